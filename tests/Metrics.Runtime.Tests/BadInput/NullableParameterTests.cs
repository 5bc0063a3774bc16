using System;
using Metrics.Runtime.Tests.Custom;
using Xunit;
using static Metrics.Runtime.Tests.Helpers.ArgumentChecks;

namespace Metrics.Runtime.Tests;

/// <summary>A <c>double?</c> parameter rejects NaN like a <c>double</c> does (the README's promise), with or without a declared range.</summary>
public sealed class NullableParameterTests
{
    [Fact]
    public void NaNIsRejectedAtConstruction() =>
        Rejects<ArgumentOutOfRangeException>(() => new ShiftedMean(shift: double.NaN), "Shift", "NaN");

    [Fact]
    public void NaNGivenWithWithIsRejectedAtUpdate()
    {
        var metric = new ShiftedMean() with { Shift = double.NaN };
        Rejects<ArgumentOutOfRangeException>(() => metric.Update(new[] { 1.0 }), "Shift", "NaN");
    }

    [Fact]
    public void NullAndFiniteValuesAreAccepted()
    {
        Assert.Equal(2.0, new ShiftedMean().Update(new[] { 1.0, 3.0 }).Compute());
        Assert.Equal(1.0, new ShiftedMean(shift: 1).Update(new[] { 1.0, 3.0 }).Compute());
    }
}
