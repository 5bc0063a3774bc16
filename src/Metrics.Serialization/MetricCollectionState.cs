using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Metrics;

/// <summary>
/// The state of a whole <see cref="MetricCollection"/>: its configuration (member names, metrics and parameters) and
/// each state it accumulates, once (members that share statistics share one state), with a checksum over everything.
/// A collection written in one process reads back in another to a collection with the same members and the same
/// states, which computes, updates and merges exactly as the original would. The layout is documented in
/// docs/serialization.md ("Collections").
/// </summary>
/// <remarks>
/// Equal collections (same configuration, bit-identical states) give equal bytes. A refused input throws a
/// <see cref="MetricStateException"/> whose <see cref="MetricStateException.Problem"/> says why, and a refused
/// <see cref="ReadInto(ReadOnlySpan{byte}, MetricCollection)"/> leaves the collection unchanged.
/// </remarks>
public static partial class MetricCollectionState
{
    /// <summary>The bytes of <paramref name="collection"/>'s configuration and states.</summary>
    /// <param name="collection">The collection.</param>
    /// <returns>A new array holding exactly the collection state.</returns>
    /// <exception cref="NotSupportedException">A member's parameter has no configuration form.</exception>
    /// <exception cref="InvalidOperationException">The state is too large for one array.</exception>
    public static byte[] ToBytes(MetricCollection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var config = Encoding.UTF8.GetBytes(collection.GetConfig().ToJson());
        var measure = new StateMeasure();
        collection.VisitStates(ref measure);
        var total = (long)CollectionFormat.MinimumLength + config.Length + measure.Length;
        if (total > System.Array.MaxLength)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"The collection's state takes {total} bytes, more than one array holds ({System.Array.MaxLength}); write its members separately."));
        }

        var bytes = new byte[total];
        var span = bytes.AsSpan();
        CollectionFormat.Magic.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], CollectionFormat.Version);
        BinaryPrimitives.WriteInt64LittleEndian(span[6..], total);
        BinaryPrimitives.WriteInt32LittleEndian(span[BinaryFormat.PrefixLength..], config.Length);
        var at = BinaryFormat.PrefixLength + sizeof(int);
        config.CopyTo(span[at..]);
        at += config.Length;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], measure.Count);
        var states = new StateBlockWriter(bytes, at + sizeof(int));
        collection.VisitStates(ref states);
        var checksumAt = bytes.Length - BinaryFormat.ChecksumSize;
        if (states.Position != checksumAt)
        {
            throw new InvalidOperationException("The collection's states wrote another number of bytes than they measured.");
        }

        BinaryFormat.WriteUInt64(span[checksumAt..], BinaryFormat.Checksum(span[..checksumAt]));
        return bytes;
    }

    /// <summary>Writes <paramref name="collection"/>'s configuration and states to <paramref name="output"/>.</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="output">Receives the bytes of <see cref="ToBytes"/>.</param>
    /// <exception cref="NotSupportedException">A member's parameter has no configuration form.</exception>
    /// <exception cref="InvalidOperationException">The state is too large for one array.</exception>
    public static void Write(MetricCollection collection, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToBytes(collection));
    }

    /// <summary>Writes <paramref name="collection"/>'s configuration and states to <paramref name="stream"/>.</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="stream">A writable stream; states written one after another read back one after another.</param>
    /// <exception cref="NotSupportedException">A member's parameter has no configuration form.</exception>
    /// <exception cref="InvalidOperationException">The state is too large for one array.</exception>
    public static void Write(MetricCollection collection, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(ToBytes(collection));
    }

    /// <summary>
    /// Reads a collection from bytes written by <see cref="ToBytes"/>: the collection is recreated from the stored
    /// configuration (<see cref="MetricCollection.FromConfig"/>), then its states are replaced by the stored ones.
    /// </summary>
    /// <param name="bytes">Exactly one collection state.</param>
    /// <returns>A collection with the members and states written.</returns>
    /// <exception cref="MetricStateException">The bytes are refused; <see cref="MetricStateException.Problem"/> says why.</exception>
    public static MetricCollection Read(ReadOnlySpan<byte> bytes) => Read(bytes, bytes.ToArray());

    /// <summary>Reads one collection state from <paramref name="stream"/>, consuming exactly its bytes.</summary>
    /// <param name="stream">A readable stream positioned at a collection state.</param>
    /// <returns>A collection with the members and states written.</returns>
    /// <exception cref="MetricStateException">The bytes are refused (a stream that ends early: <see cref="MetricStateProblem.Truncated"/>).</exception>
    public static MetricCollection Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = StreamInput.ReadDeclared(stream, CheckPrefix, out var length);
        return Read(buffer.AsSpan(0, length), buffer);
    }

    /// <summary>
    /// Replaces the states of <paramref name="collection"/> (a collection built from the same configuration, e.g. from
    /// the configuration file of an evaluation being resumed) by those in <paramref name="bytes"/>: all of them, or none
    /// when the bytes are refused.
    /// </summary>
    /// <param name="bytes">Exactly one collection state.</param>
    /// <param name="collection">The collection whose states are replaced; its members stay.</param>
    /// <exception cref="MetricStateException">
    /// The bytes are refused; with <see cref="MetricStateProblem.OtherLayout"/> when they hold another collection's
    /// state (other members, metrics or parameters; the message names the first difference).
    /// </exception>
    public static void ReadInto(ReadOnlySpan<byte> bytes, MetricCollection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var sections = Open(bytes);
        var own = collection.GetConfig();
        if (!own.Equals(sections.Config))
        {
            throw new MetricStateException(MetricStateProblem.OtherLayout, CollectionDifference.Describe(sections.Config, own));
        }

        Replace(collection, sections.Count, bytes.ToArray().AsMemory(sections.StatesAt, sections.StatesLength));
    }

    private static MetricCollection Read(ReadOnlySpan<byte> bytes, byte[] array)
    {
        var sections = Open(bytes);
        var collection = Recreate(sections.Config);
        Replace(collection, sections.Count, array.AsMemory(sections.StatesAt, sections.StatesLength));
        return collection;
    }

    /// <summary>Creates the collection a stored configuration describes; a configuration this build refuses is <see cref="MetricStateProblem.Invalid"/>.</summary>
    private static MetricCollection Recreate(CollectionConfig config)
    {
        try
        {
            return MetricCollection.FromConfig(config);
        }
        catch (ArgumentException e)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"The stored collection configuration cannot be recreated: {e.Message}", e);
        }
    }

    /// <summary>Checks the stored state count against the collection's, then replaces every state or none.</summary>
    private static void Replace(MetricCollection collection, int count, ReadOnlyMemory<byte> states)
    {
        RequireCount(collection, count);
        var replacer = new StateBlockReplacer(states, count);
        Apply(collection, ref replacer);
    }

    private static void RequireCount(MetricCollection collection, int count)
    {
        if (count != collection.StatesPerUpdate)
        {
            throw new MetricStateException(MetricStateProblem.OtherLayout, string.Create(
                CultureInfo.InvariantCulture, $"The input holds {count} states but the collection of [{string.Join(", ", collection.Names)}] accumulates {collection.StatesPerUpdate}."));
        }
    }

    private static void Apply<TReplacer>(MetricCollection collection, ref TReplacer replacer)
        where TReplacer : IStateReplacer
    {
        try
        {
            collection.ReplaceStates(ref replacer);
        }
        catch (ArgumentException e)
        {
            // The replacers check parameters themselves; this is the collection's own check, kept as a last guard.
            throw new MetricStateException(MetricStateProblem.OtherLayout, e.Message, e);
        }
    }

    /// <summary>Checks the prefix, length and checksum, reads the configuration and the state count.</summary>
    private static Sections Open(ReadOnlySpan<byte> bytes)
    {
        var total = CheckPrefix(bytes);
        var body = MetricState.Verified(bytes, total, "collection state", "collection");
        var configLength = BinaryPrimitives.ReadInt32LittleEndian(body);
        if (configLength < 0 || configLength > body.Length - (2 * sizeof(int)))
        {
            throw new MetricStateException(MetricStateProblem.Invalid, string.Create(
                CultureInfo.InvariantCulture, $"The configuration claims {configLength} bytes but only {body.Length - (2 * sizeof(int))} remain."));
        }

        var configText = body.Slice(sizeof(int), configLength);
        if (!System.Text.Unicode.Utf8.IsValid(configText))
        {
            throw new MetricStateException(MetricStateProblem.Invalid, "The stored collection configuration is not UTF-8 text.");
        }

        CollectionConfig config;
        try
        {
            config = CollectionConfig.FromJson(configText);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"The stored collection configuration is invalid: {e.Message}", e);
        }

        var countAt = sizeof(int) + configLength;
        var count = BinaryPrimitives.ReadInt32LittleEndian(body[countAt..]);
        var statesAt = BinaryFormat.PrefixLength + countAt + sizeof(int);
        return new Sections(config, count, statesAt, BinaryFormat.PrefixLength + body.Length - statesAt);
    }

    /// <summary>Checks the magic number, version and declared length; returns the declared length.</summary>
    private static long CheckPrefix(ReadOnlySpan<byte> bytes)
    {
        var magic = CollectionFormat.Magic;
        var start = bytes[..Math.Min(bytes.Length, magic.Length)];
        if (bytes.IsEmpty)
        {
            throw new MetricStateException(MetricStateProblem.NotAState, "The input is empty: it is not a serialized collection state.");
        }

        if (!start.SequenceEqual(magic[..start.Length]))
        {
            var single = start.SequenceEqual(BinaryFormat.Magic[..start.Length]) ? " (it is the state of a single metric: read it with MetricState)" : string.Empty;
            throw new MetricStateException(MetricStateProblem.NotAState, string.Create(
                CultureInfo.InvariantCulture, $"The input is not a serialized collection state{single}: it starts with {Convert.ToHexString(start)}, not {Convert.ToHexString(magic)} (\"MDSC\")."));
        }

        return FormatPrefix.VersionAndLength(bytes, magic.Length, CollectionFormat.Version, CollectionFormat.MinimumLength, "The collection state", "one");
    }

    /// <summary>The parts of a collection state whose prefix and checksum were checked.</summary>
    /// <param name="Config">The stored configuration.</param>
    /// <param name="Count">The stored number of states.</param>
    /// <param name="StatesAt">Where the states start in the input.</param>
    /// <param name="StatesLength">The bytes of the states.</param>
    private readonly record struct Sections(CollectionConfig Config, int Count, int StatesAt, int StatesLength);
}
