namespace Metrics.Data;

/// <summary>Typed arrays reused from one row group to the next (one per element type, grown to the largest row group).</summary>
internal sealed class ParquetScratch
{
    private static readonly HashSet<Type> Integers =
        [typeof(long), typeof(int), typeof(short), typeof(sbyte), typeof(ulong), typeof(uint), typeof(ushort), typeof(byte)];

    private readonly Dictionary<Type, Array> _arrays = [];
    private double[] _maskValues = [];
    private bool[] _maskValidity = [];

    public static bool IsInteger(Type type) => Integers.Contains(type);

    public static bool IsNumeric(Type type) => type == typeof(double) || type == typeof(float) || type == typeof(bool) || IsInteger(type);

    public T[] Get<T>(int rows)
    {
        if (_arrays.TryGetValue(typeof(T), out var array) && array.Length >= rows)
        {
            return (T[])array;
        }

        var grown = new T[rows];
        _arrays[typeof(T)] = grown;
        return grown;
    }

    public double[] GetMaskValues(int rows) => _maskValues.Length >= rows ? _maskValues : _maskValues = new double[rows];

    public bool[] GetMaskValidity(int rows) => _maskValidity.Length >= rows ? _maskValidity : _maskValidity = new bool[rows];
}
