using System.Globalization;
using System.Text;

namespace Metrics.Data;

/// <summary>
/// The distinct group keys of one read of a source, numbered in order of first appearance. Lookups by character
/// span or by integer allocate only for a key not seen before.
/// </summary>
internal sealed class GroupKeys
{
    private readonly Dictionary<string, int> _byText = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _byInteger = [];
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public int IndexOf(ReadOnlySpan<char> key)
    {
        var lookup = _byText.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var index))
        {
            return index;
        }

        return Add(key.ToString());
    }

    public int IndexOfUtf8(ReadOnlySpan<byte> key)
    {
        const int OnStack = 256;
        Span<char> stack = stackalloc char[OnStack];
        var chars = Encoding.UTF8.GetMaxCharCount(key.Length) <= OnStack ? stack : new char[Encoding.UTF8.GetMaxCharCount(key.Length)];
        var length = Encoding.UTF8.GetChars(key, chars);
        return IndexOf(chars[..length]);
    }

    public int IndexOf(long key)
    {
        if (_byInteger.TryGetValue(key, out var index))
        {
            return index;
        }

        index = IndexOf(key.ToString(CultureInfo.InvariantCulture));
        _byInteger.Add(key, index);
        return index;
    }

    private int Add(string key)
    {
        var index = _names.Count;
        _byText.Add(key, index);
        _names.Add(key);
        return index;
    }
}
