using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Metrics;

/// <summary>
/// A collection's configuration: its members in order, each a name and the configuration of its metric. It
/// recreates the collection with <see cref="MetricCollection.FromConfig"/>; its JSON form,
/// <c>{"version": 2, "metrics": [{"name": "acc", "class_name": "Accuracy", "config": {...}}, ...]}</c>, can drive a collection from a file.
/// </summary>
public sealed class CollectionConfig : IEquatable<CollectionConfig>
{
    /// <summary>
    /// The format this library writes: 2, in which Keras' names mean Keras' metrics (<c>"precision"</c> at threshold
    /// 0.5). Version 1 (a file without <c>"version"</c>) is read unless a member is ambiguous between the two (see
    /// <see cref="MetricCollection.FromConfig"/>).
    /// </summary>
    public const int CurrentVersion = 2;

    private const string VersionKey = "version";
    private const string MetricsKey = "metrics";
    private const string NameKey = "name";
    private const string NotACollection = "Not a collection configuration ({\"metrics\": [{\"name\": \"...\", \"class_name\": \"...\", \"config\": {...}}, ...]}):";

    // Indented with "\n" on every platform, without escaping what needs none in a file: stable and diffable text.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    private readonly KeyValuePair<string, MetricConfig>[] _members;

    /// <summary>Creates a collection configuration.</summary>
    /// <param name="members">The members in order: each a name (unique, not empty) and its metric's configuration.</param>
    /// <exception cref="ArgumentException">A name is empty or repeated, or a configuration is null.</exception>
    public CollectionConfig(IEnumerable<KeyValuePair<string, MetricConfig>> members)
        : this(members, CurrentVersion)
    {
    }

    /// <summary>Creates a collection configuration of a given format version.</summary>
    /// <param name="members">The members in order: each a name (unique, not empty) and its metric's configuration.</param>
    /// <param name="version">The format version: 1 (names as before Keras' names meant Keras' metrics) or 2 (<see cref="CurrentVersion"/>).</param>
    /// <exception cref="ArgumentException">A name is empty or repeated, or a configuration is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not 1 or 2.</exception>
    public CollectionConfig(IEnumerable<KeyValuePair<string, MetricConfig>> members, int version)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, CurrentVersion);
        Version = version;
        _members = members.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _members.Length; i++)
        {
            var (name, config) = _members[i];
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException($"Member {i} has no name: every member needs a non-empty name.", nameof(members));
            }

            if (!names.Add(name))
            {
                throw new ArgumentException($"The name '{name}' is given to more than one member.", nameof(members));
            }

            if (config is null)
            {
                throw new ArgumentException($"Member '{name}' has no configuration.", nameof(members));
            }
        }
    }

    /// <summary>The format version: 1 for a file without <c>"version"</c>, else the file's (<see cref="CurrentVersion"/> for configurations made in code).</summary>
    public int Version { get; }

    /// <summary>The members in order: name and configuration.</summary>
    public IReadOnlyList<KeyValuePair<string, MetricConfig>> Members => _members;

    /// <summary>
    /// The configuration as indented JSON, <c>{"version": 2, "metrics": [{"name": ..., "class_name": ..., "config": {...}}, ...]}</c>,
    /// members and parameters in order, numbers as <see cref="MetricConfig.ToJson"/> writes them.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            WriteJson(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the configuration as a JSON object (see <see cref="ToJson"/>).</summary>
    /// <param name="writer">The writer.</param>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber(VersionKey, Version);
        writer.WriteStartArray(MetricsKey);
        foreach (var (name, config) in _members)
        {
            writer.WriteStartObject();
            writer.WriteString(NameKey, name);
            config.WriteJsonProperties(writer);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads a collection configuration from JSON text (a configuration file's content).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="JsonException">The text is not JSON, or not a collection configuration (the message says where and why).</exception>
    public static CollectionConfig FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Parse(() => JsonDocument.Parse(json, DocumentOptions));
        return FromJson(document.RootElement);
    }

    /// <summary>Reads a collection configuration from UTF-8 JSON.</summary>
    /// <param name="utf8">The UTF-8 JSON text.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="JsonException">The text is not JSON, or not a collection configuration (the message says where and why).</exception>
    public static CollectionConfig FromJson(ReadOnlySpan<byte> utf8)
    {
        // A string of invalid UTF-8 would otherwise surface later, as an InvalidOperationException from GetString.
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            throw new JsonException($"{NotACollection} the text is not valid UTF-8.");
        }

        var bytes = utf8.ToArray();
        using var document = Parse(() => JsonDocument.Parse(bytes, DocumentOptions));
        return FromJson(document.RootElement);
    }

    /// <summary>Reads a collection configuration from a JSON object.</summary>
    /// <param name="json">The JSON object.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="JsonException">The value is not a collection configuration (the message says why).</exception>
    public static CollectionConfig FromJson(JsonElement json)
    {
        CollectionConfigDocument? document;
        try
        {
            document = json.Deserialize(CollectionConfigJsonContext.Default.CollectionConfigDocument);
        }
        catch (JsonException e)
        {
            throw new JsonException($"{NotACollection} {Reason(e)}", e.Path, e.LineNumber, e.BytePositionInLine, e);
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"{NotACollection} {e.Message}", e);
        }

        if (document?.Metrics is not { } metrics)
        {
            throw new JsonException($"{NotACollection} it has no \"metrics\" array.");
        }

        var members = new List<KeyValuePair<string, MetricConfig>>(metrics.Count);
        for (var i = 0; i < metrics.Count; i++)
        {
            if (metrics[i] is not { Name: { Length: > 0 } name } member)
            {
                throw new JsonException($"{NotACollection} member {i} has no non-empty \"name\".");
            }

            if (members.Exists(m => m.Key == name))
            {
                throw new JsonException($"{NotACollection} the name '{name}' is given to more than one member.");
            }

            try
            {
                members.Add(new(name, MetricConfig.FromJson(member.ClassName, member.Config)));
            }
            catch (JsonException e)
            {
                throw new JsonException($"Member '{name}': {e.Message}", e);
            }
        }

        var version = document.Version ?? 1;
        if (version is < 1 or > CurrentVersion)
        {
            throw new JsonException($"{NotACollection} \"version\" is {version}; this library reads versions 1 and {CurrentVersion}.");
        }

        return new CollectionConfig(members, version);
    }

    /// <summary>
    /// Whether the members are the same, names, order and configurations. The <see cref="Version"/> is not compared: a
    /// version 1 configuration that collection creation accepts means the same metrics as in version 2.
    /// </summary>
    /// <param name="other">The other configuration.</param>
    public bool Equals(CollectionConfig? other) =>
        other is not null
        && _members.Length == other._members.Length
        && _members.Zip(other._members).All(p => p.First.Key == p.Second.Key && p.First.Value.Equals(p.Second.Value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CollectionConfig);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (name, config) in _members)
        {
            hash.Add(name);
            hash.Add(config);
        }

        return hash.ToHashCode();
    }

    private static JsonDocument Parse(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new JsonException($"The collection configuration is not valid JSON: {e.Message}", e.Path, e.LineNumber, e.BytePositionInLine, e);
        }
    }

    private static string Reason(JsonException e) =>
        (e.Message ?? string.Empty)
            .Replace("Metrics.CollectionConfigDocument", "the collection configuration", StringComparison.Ordinal)
            .Replace("Metrics.CollectionMemberDocument", "a member", StringComparison.Ordinal);
}
