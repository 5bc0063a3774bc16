using System;
using System.Globalization;
using Metrics.Kernels;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// <see cref="BatchConversion.Convert{T}"/> to int converts whole numbers a vector at a time and hands the first vector
/// holding anything else to the element loop: the same ints, and the same error naming the first offending index and
/// value, wherever it sits (inside a vector, at its edges, in the tail), as the element rule gives.
/// </summary>
public sealed class BatchConversionTests
{
    private static readonly double[] Offending =
        [0.5, -0.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 2147483648.0, -2147483649.0, 1e300];

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(1003)]
    public void WholeNumbersConvertToTheSameInts(int length)
    {
        var rng = new Random(length);
        var source = new double[length];
        for (var i = 0; i < length; i++)
        {
            source[i] = (i % 5) switch
            {
                0 => rng.Next(2),
                1 => -rng.Next(1000),
                2 => i % 2 == 0 ? int.MaxValue : int.MinValue,
                3 => -0.0,
                _ => rng.Next(),
            };
        }

        var converted = Convert(source);

        Assert.Equal(Array.ConvertAll(source, v => (int)v), converted);
    }

    [Theory]
    [InlineData(40, 0)]
    [InlineData(40, 7)]
    [InlineData(40, 8)]
    [InlineData(40, 15)]
    [InlineData(40, 16)]
    [InlineData(40, 33)]
    [InlineData(40, 39)]
    [InlineData(5, 3)]
    public void TheFirstValueThatIsNotAWholeIntIsNamed(int length, int at)
    {
        foreach (var value in Offending)
        {
            var source = new double[length];
            Array.Fill(source, 1.0);
            source[at] = value;
            if (at + 1 < length)
            {
                source[length - 1] = 0.25;
            }

            var error = Assert.Throws<ArgumentException>(() => Convert(source));

            Assert.Equal("labels", error.ParamName);
            Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"labels[{at}] = {value.ToString("R", CultureInfo.InvariantCulture)} must be"), error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MaskedValuesAreNotChecked()
    {
        double[] source = [1, 0.5, 0, 1, double.NaN, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0];
        var mask = Array.ConvertAll(source, double.IsInteger);
        int[]? rented = null;

        var converted = BatchConversion.Convert(source, ref rented, "labels", mask, hasMask: true, stride: 1).ToArray();
        BatchConversion.Return(rented);

        Assert.Equal(Array.ConvertAll(source, v => double.IsInteger(v) ? (int)v : 0), converted);
    }

    private static int[] Convert(double[] source)
    {
        int[]? rented = null;
        try
        {
            return BatchConversion.Convert(source, ref rented, "labels", default, hasMask: false, stride: 1).ToArray();
        }
        finally
        {
            BatchConversion.Return(rented);
        }
    }
}
