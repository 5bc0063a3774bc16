using System.Numerics;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Metrics.ML;

/// <summary>Copies one row's value of a scored column into a chunk's buffers, as <see cref="double"/>s.</summary>
internal abstract class ScoredColumnReader
{
    /// <summary>Values per row: 1, or the class count of a score vector.</summary>
    public virtual int Width => 1;

    /// <summary>Writes the current row's value(s) to <paramref name="target"/>; false when the value is missing (a key of 0).</summary>
    public abstract bool Read(Span<double> target);

    /// <summary>A reader of a Single, Double or Boolean column.</summary>
    public static ScoredColumnReader Scalar(DataViewRow row, DataViewSchema.Column column, string role, bool allowBoolean, bool allowNumber)
    {
        var type = column.Type;
        if (allowNumber && type.Equals(NumberDataViewType.Single))
        {
            return new NumberReader<float>(row.GetGetter<float>(column));
        }

        if (allowNumber && type.Equals(NumberDataViewType.Double))
        {
            return new NumberReader<double>(row.GetGetter<double>(column));
        }

        if (allowBoolean && type.Equals(BooleanDataViewType.Instance))
        {
            return new BooleanReader(row.GetGetter<bool>(column));
        }

        var expected = (allowBoolean, allowNumber) switch
        {
            (true, true) => "Boolean, Single or Double",
            (true, false) => "Boolean",
            _ => "Single or Double",
        };
        throw IllTyped(column, role, expected);
    }

    /// <summary>A reader of a key-typed (UInt32) label: key k becomes class k - 1; key 0 (missing) masks the row out.</summary>
    public static ScoredColumnReader Key(DataViewRow row, DataViewSchema.Column column, string role) =>
        column.Type is KeyDataViewType key && key.RawType == typeof(uint)
            ? new KeyReader(row.GetGetter<uint>(column))
            : throw IllTyped(column, role, "a key type (UInt32 keys, as MapValueToKey makes)");

    /// <summary>A reader of a known-size vector of Single, one value per class.</summary>
    public static ScoredColumnReader Vector(DataViewRow row, DataViewSchema.Column column, string role) =>
        column.Type is VectorDataViewType { IsKnownSize: true } vector && vector.ItemType.Equals(NumberDataViewType.Single)
            ? new VectorReader(row.GetGetter<VBuffer<float>>(column), vector.Size)
            : throw IllTyped(column, role, "a known-size vector of Single");

    /// <summary>The exception for a column of the wrong type, naming it, its type and the expected one.</summary>
    public static ArgumentException IllTyped(DataViewSchema.Column column, string role, string expected) =>
        new($"The {role} column '{column.Name}' has type {column.Type}; expected {expected}.", "data");

    private sealed class NumberReader<T>(ValueGetter<T> getter) : ScoredColumnReader
        where T : struct, INumberBase<T>
    {
        private T _value;

        public override bool Read(Span<double> target)
        {
            getter(ref _value);
            target[0] = double.CreateTruncating(_value);
            return true;
        }
    }

    private sealed class BooleanReader(ValueGetter<bool> getter) : ScoredColumnReader
    {
        private bool _value;

        public override bool Read(Span<double> target)
        {
            getter(ref _value);
            target[0] = _value ? 1 : 0;
            return true;
        }
    }

    private sealed class KeyReader(ValueGetter<uint> getter) : ScoredColumnReader
    {
        private uint _value;

        public override bool Read(Span<double> target)
        {
            getter(ref _value);
            target[0] = _value == 0 ? 0 : _value - 1.0;
            return _value != 0;
        }
    }

    private sealed class VectorReader(ValueGetter<VBuffer<float>> getter, int size) : ScoredColumnReader
    {
        private VBuffer<float> _value;

        public override int Width => size;

        public override bool Read(Span<double> target)
        {
            getter(ref _value);
            var values = _value.GetValues();
            if (_value.IsDense)
            {
                for (var i = 0; i < size; i++)
                {
                    target[i] = values[i];
                }

                return true;
            }

            target[..size].Clear();
            var indices = _value.GetIndices();
            for (var i = 0; i < indices.Length; i++)
            {
                target[indices[i]] = values[i];
            }

            return true;
        }
    }
}
