using System;
using System.Reflection;
using System.Threading;
using Metrics;
using Metrics.Runtime.Tests.Custom;
using Xunit;

namespace Metrics.Runtime.Tests.Registry;

/// <summary>
/// Hostile identifiers: lookups and "did you mean" suggestions never wait for the registry's lock, their cost is
/// bounded, and the message echoes a bounded part of the name. Aliases that name nothing are refused.
/// </summary>
public sealed class RegistryLookupTests
{
    [Fact]
    public void AHugeUnknownNameIsEchoedShortened()
    {
        var name = new string('z', 1_000_000);
        var e = Assert.Throws<ArgumentException>(() => MetricRegistry.Create(name));
        Assert.Equal("identifier", e.ParamName);
        Assert.True(e.Message.Length < 400, $"The message has {e.Message.Length} characters.");
        Assert.Contains("1000000 characters", e.Message, StringComparison.Ordinal);
        Assert.Contains(new string('z', 64), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestionsStillFindCloseNamesAfterTheBound()
    {
        var e = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("mean_squared_eror"));
        Assert.Contains("'mean_squared_error'", e.Message, StringComparison.Ordinal);

        // A long name is still looked up exactly (registered spellings may be long); only suggestions are bounded.
        var near = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("sparse_top_k_categorical_accuracyy"));
        Assert.Contains("'sparse_top_k_categorical_accuracy'", near.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LookupsAndSuggestionsDoNotWaitForTheRegistryLock()
    {
        // The registry's lock guards registration only; hold it here, as a long registration would, and look
        // metrics up (a hit, and a huge miss with its suggestions) from another thread.
        var gate = typeof(MetricRegistry).GetField("Gate", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        _ = MetricRegistry.Contains("mse");
        Exception? failure = null;
        string? found = null;
        string? message = null;
        var lookup = new Thread(() =>
        {
            try
            {
                found = MetricRegistry.Create("mse").Name;
                message = Assert.Throws<ArgumentException>(() => MetricRegistry.Create(new string('q', 100_000))).Message;
                _ = MetricRegistry.Identifiers;
            }
            catch (Exception e)
            {
                failure = e;
            }
        });

        bool finished;
        lock (gate)
        {
            lookup.Start();
            // Generous: the lookups take milliseconds; a lookup that needs the lock never finishes while it is held.
            finished = lookup.Join(TimeSpan.FromSeconds(60));
        }

        lookup.Join();
        Assert.True(finished, "A lookup waited for the registry's lock.");
        Assert.Null(failure);
        Assert.Equal("MeanSquaredError", found);
        Assert.Contains("100000 characters", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---")]
    [InlineData("")]
    [InlineData(" _ ")]
    public void AnAliasWithoutLettersOrDigitsIsRejected(string alias)
    {
        var e = Assert.Throws<ArgumentException>(() => MetricRegistry.Register<SignedError, double>(alias));
        Assert.Equal("aliases", e.ParamName);
        Assert.False(MetricRegistry.Contains("SignedError"));
    }

    [Fact]
    public void ANullAliasIsRejected()
    {
        var e = Assert.Throws<ArgumentNullException>(() => MetricRegistry.Register<SignedError, double>("signed", null!));
        Assert.Equal("aliases", e.ParamName);
        Assert.False(MetricRegistry.Contains("signed"));
    }
}
