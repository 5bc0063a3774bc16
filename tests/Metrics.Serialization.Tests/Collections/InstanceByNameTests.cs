using System;
using System.Linq;
using Metrics.Serialization.Tests.Binary;
using Metrics.Serialization.Worker;

namespace Metrics.Serialization.Tests.Collections;

/// <summary>
/// States of metrics known only by name (<see cref="IMetricInstance"/>): every registered built-in a batch can carry
/// round-trips through <c>MetricState.ReadInstance</c> and <c>MetricStateJson.ReadInstance</c>; unknown names are refused.
/// </summary>
public sealed class InstanceByNameTests
{
    public static TheoryData<string> Instances() => [.. BuiltInCases.All.Where(c => c.CreateInstance is not null).Select(c => c.Name)];

    /// <summary>
    /// Every built-in case (which cover every registered built-in, see <c>BinaryRoundTripTests</c>) takes part, except
    /// the dot-product ranking metrics, whose inputs a batch cannot carry.
    /// </summary>
    [Fact]
    public void EveryBuiltInThatABatchCarriesTakesPart()
    {
        Assert.True(Instances().Count >= 80, $"only {Instances().Count} built-ins by name");
        Assert.All(BuiltInCases.All.Where(c => c.CreateInstance is null), c => Assert.StartsWith("dot_product_", c.Name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void BinaryRoundTripByName(string name)
    {
        var instance = BuiltInCases.Get(name).CreateInstance!();
        var bytes = MetricState.ToBytes(instance);

        var read = MetricState.ReadInstance(bytes);
        Assert.Equal(instance.GetType(), read.GetType());
        Assert.Equal(instance.State, read.State);
        Assert.Equal(ValueText.Of(instance.Compute()), ValueText.Of(read.Compute()));
        Assert.Equal(bytes, MetricState.ToBytes(read));
        Assert.Equal(bytes, RoundTrip.Invoke(nameof(TypedBytes), instance.State, typeof(InstanceByNameTests)));

        var output = new System.Buffers.ArrayBufferWriter<byte>();
        MetricState.Write(instance, output);
        Assert.Equal(bytes, output.WrittenSpan.ToArray());

        instance.Merge(instance.Clone());
        read.Merge(MetricState.ReadInstance(MetricState.ToBytes(read.Clone())));
        Assert.Equal(MetricState.ToBytes(instance), MetricState.ToBytes(read));
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void JsonRoundTripByName(string name)
    {
        var instance = BuiltInCases.Get(name).CreateInstance!();
        var json = MetricStateJson.ToJson(instance);

        var read = MetricStateJson.ReadInstance(json);
        Assert.Equal(instance.GetType(), read.GetType());
        Assert.Equal(json, MetricStateJson.ToJson(read));
        Assert.Equal(MetricState.ToBytes(instance), MetricState.ToBytes(read));
        Assert.Equal(ValueText.Of(instance.Compute()), ValueText.Of(read.Compute()));
    }

    [Fact]
    public void AnUnknownNameIsRefused()
    {
        var bytes = MetricState.ToBytes(new Accuracy());
        var at = ForgedBytes.NameAt + 2;
        Assert.Equal((byte)'A', bytes[at]);
        bytes[at] = (byte)'X';
        var e = Assert.Throws<MetricStateException>(() => MetricState.ReadInstance(ForgedBytes.Reseal(bytes)));
        Assert.Equal(MetricStateProblem.OtherMetric, e.Problem);
        Assert.Contains("Xccuracy", e.Message, StringComparison.Ordinal);

        var json = MetricStateJson.ToJson(new Accuracy()).Replace("\"Accuracy\"", "\"Acuracy\"", StringComparison.Ordinal);
        var fromJson = Assert.Throws<MetricStateException>(() => MetricStateJson.ReadInstance(json));
        Assert.Equal(MetricStateProblem.OtherMetric, fromJson.Problem);
        Assert.Contains("Acuracy", fromJson.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMetricABatchCannotCarryIsRefusedByName()
    {
        var bytes = MetricState.ToBytes(new DotProductNDCG(2));
        var e = Assert.Throws<MetricStateException>(() => MetricState.ReadInstance(bytes));
        Assert.Equal(MetricStateProblem.OtherMetric, e.Problem);
        Assert.Contains("MetricBatch", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedBytesAreRefusedBeforeTheNameIsLookedUp()
    {
        var bytes = MetricState.ToBytes(MetricRegistry.Create("mse"));
        bytes[^9] ^= 1;
        Assert.Equal(MetricStateProblem.Corrupted, Assert.Throws<MetricStateException>(() => MetricState.ReadInstance(bytes)).Problem);
        Assert.Equal(MetricStateProblem.Truncated, Assert.Throws<MetricStateException>(() => MetricState.ReadInstance(bytes.AsSpan(0, 30))).Problem);
        Assert.Equal(MetricStateProblem.Invalid, Assert.Throws<MetricStateException>(() => MetricStateJson.ReadInstance("{")).Problem);
    }

    private static byte[] TypedBytes<TMetric>(TMetric metric)
        where TMetric : struct, IPersistentMetric<TMetric> => MetricState.ToBytes(metric);
}
