using System.Diagnostics.CodeAnalysis;
using Orleans.Serialization;
using Orleans.Serialization.Buffers;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.Serializers;
using Orleans.Serialization.WireProtocol;

namespace Metrics.Orleans.Serialization;

/// <summary>
/// The Orleans codec and copier of every metric (a struct implementing <see cref="IPersistentMetric{TSelf}"/>,
/// built-in or user-declared) and of <see cref="MetricCollection"/>. A value travels as its type and its binary state
/// (<see cref="MetricState"/>, <see cref="MetricCollectionState"/>): versioned, checksummed bytes that read back to a
/// bit-identical state, so user metrics need no Orleans attributes. The bytes travel packed (<see cref="PackedState"/>:
/// runs of zeros left out), so a mostly empty histogram state of 1 MiB crosses as a small part of that. Registered by
/// <see cref="MetricSerializerBuilderExtensions.AddMetrics"/>.
/// </summary>
[Alias(WellKnownAlias)]
public sealed class MetricCodec : IGeneralizedCodec, IGeneralizedCopier, ITypeFilter
{
    /// <summary>The alias under which the codec's own type is written on the wire.</summary>
    public const string WellKnownAlias = "metrics-dsl-state";

    private const uint TypeField = 0;
    // Field 1 (the state bytes as they are) was written by earlier builds and is still read.
    private const uint BytesField = 1;
    private const uint PackedBytesField = 2;
    private static readonly Type CodecType = typeof(MetricCodec);

    /// <summary>Whether <paramref name="type"/> is a metric or a collection, the values this codec handles.</summary>
    /// <param name="type">The type.</param>
    public static bool IsMetricType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type == typeof(MetricCollection) || MetricBytes.For(type) is not null;
    }

    /// <inheritdoc/>
    bool IGeneralizedCodec.IsSupportedType(Type type) => type == CodecType || IsMetricType(type);

    /// <inheritdoc/>
    bool IGeneralizedCopier.IsSupportedType(Type type) => IsMetricType(type);

    /// <inheritdoc/>
    bool? ITypeFilter.IsTypeAllowed(Type type) => IsMetricType(type) ? true : null;

    /// <inheritdoc/>
    void IFieldCodec.WriteField<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, Type? expectedType, object? value)
    {
        if (ReferenceCodec.TryWriteReferenceField(ref writer, fieldIdDelta, expectedType, value))
        {
            return;
        }

        // The field's type on the wire is the codec's (a well-known alias); the value's own type follows inside it.
        var type = value.GetType();
        var bytes = PackedState.Pack(ToBytes(type, value));
        writer.WriteFieldHeader(fieldIdDelta, expectedType, CodecType, WireType.TagDelimited);
        ReferenceCodec.MarkValueField(writer.Session);
        writer.WriteFieldHeaderExpected(TypeField, WireType.LengthPrefixed);
        writer.Session.TypeCodec.WriteLengthPrefixed(ref writer, type);
        ReferenceCodec.MarkValueField(writer.Session);
        writer.WriteFieldHeaderExpected(PackedBytesField - TypeField, WireType.LengthPrefixed);
        writer.WriteVarUInt32((uint)bytes.Length);
        writer.Write(bytes);
        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    object? IFieldCodec.ReadValue<TInput>(ref Reader<TInput> reader, Field field)
    {
        if (field.IsReference)
        {
            return ReferenceCodec.ReadReference(ref reader, field.FieldType);
        }

        field.EnsureWireTypeTagDelimited();
        var placeholder = ReferenceCodec.CreateRecordPlaceholder(reader.Session);
        Type? type = null;
        object? result = null;
        uint fieldId = 0;
        while (true)
        {
            var header = reader.ReadFieldHeader();
            if (header.IsEndBaseOrEndObject)
            {
                break;
            }

            fieldId += header.FieldIdDelta;
            switch (fieldId)
            {
                case TypeField:
                    ReferenceCodec.MarkValueField(reader.Session);
                    type = reader.Session.TypeCodec.ReadLengthPrefixed(ref reader);
                    break;
                case BytesField:
                    ReferenceCodec.MarkValueField(reader.Session);
                    var bytes = reader.ReadBytes(reader.ReadVarUInt32());
                    result = FromBytes(type ?? throw new RequiredFieldMissingException("A metric state arrived without its type."), bytes);
                    break;
                case PackedBytesField:
                    ReferenceCodec.MarkValueField(reader.Session);
                    var packed = reader.ReadBytes(reader.ReadVarUInt32());
                    var packedType = type ?? throw new RequiredFieldMissingException("A metric state arrived without its type.");
                    result = PackedState.Read(packed, state => FromBytes(packedType, state));
                    break;
                default:
                    reader.ConsumeUnknownField(header);
                    break;
            }
        }

        if (result is null)
        {
            throw new RequiredFieldMissingException($"A value of {type?.FullName ?? "unknown type"} arrived without its state bytes.");
        }

        ReferenceCodec.RecordObject(reader.Session, result, placeholder);
        return result;
    }

    /// <inheritdoc/>
    [return: NotNullIfNotNull(nameof(input))]
    object? IDeepCopier.DeepCopy(object? input, CopyContext context)
    {
        if (input is null)
        {
            return null;
        }

        if (context.TryGetCopy(input, out object? copy))
        {
            return copy!;
        }

        // A metric's arrays (SumArray, SampleBuffer) are shared by value copies, so a deep copy goes through the bytes.
        var type = input.GetType();
        copy = FromBytes(type, ToBytes(type, input));
        context.RecordCopy(input, copy);
        return copy;
    }

    private static byte[] ToBytes(Type type, object value) =>
        value is MetricCollection collection
            ? MetricCollectionState.ToBytes(collection)
            : Bytes(type).ToBytes(value);

    private static object FromBytes(Type type, ReadOnlySpan<byte> bytes) =>
        type == typeof(MetricCollection) ? MetricCollectionState.Read(bytes) : Bytes(type).Read(bytes);

    private static MetricBytes Bytes(Type type) =>
        MetricBytes.For(type) ?? throw new NotSupportedException(
            $"{type.FullName} is neither a metric (a struct implementing IPersistentMetric<itself>) nor a MetricCollection.");
}
