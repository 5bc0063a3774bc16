using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// SPEC §7 for every registered built-in, through the registry's untyped path (<see cref="MetricRegistry.Create(string, IReadOnlyDictionary{string, object?})"/>
/// and <see cref="MetricBatch"/>): each case of <see cref="MatrixCases"/> on a metric that already holds data. Failures
/// fixed on other branches are listed in <see cref="KnownElsewhere"/>.
/// </summary>
public sealed class BadInputMatrixTests
{
    public static TheoryData<string> Metrics() => new(BuiltInMatrix.All.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(Metrics))]
    public void UntypedUpdatesAndMergesMeetSpec7(string name)
    {
        var metric = BuiltInMatrix.All.Single(m => m.Name == name);
        var failures = MatrixRunner.Run(
            metric,
            arguments => new UntypedSubject(MetricRegistry.Create(metric.Identifier, arguments)),
            () => new UntypedSubject(MetricRegistry.Create(metric.Type == typeof(MeanSquaredError) ? "mae" : "mse")));
        KnownElsewhere.AssertMatches("untyped/" + name, failures);
    }

    public static TheoryData<string, string> TypedMetrics()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in TypedMatrix.Metrics)
        {
            foreach (var family in TypedMatrix.Families)
            {
                data.Add(type.Name, family);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TypedMetrics))]
    public void TypedUpdatesAndMergesMeetSpec7(string name, string family)
    {
        var metric = BuiltInMatrix.All.Single(m => m.Name == name);
        var failures = MatrixRunner.Run(metric, TypedMatrix.Factory(metric, family));
        KnownElsewhere.AssertMatches($"{family}/{name}", failures);
    }

    public static TheoryData<string> DotProductMetrics() => new(DotProductMatrix.Types.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(DotProductMetrics))]
    public void DotProductUpdatesAndMergesMeetSpec7(string name)
    {
        var create = DotProductMatrix.Factory(name);
        var failures = MatrixRunner.RunCases(DotProductMatrix.Cases(create, gains: name == nameof(DotProductNDCG)), () =>
        {
            var subject = create(new Dictionary<string, object?> { ["k"] = 2 });
            subject.Update(DotProductBatch.Valid() with { Weights = [1, 2] });
            return subject;
        });
        KnownElsewhere.AssertMatches("dot-product/" + name, failures);
    }

    [Theory]
    [MemberData(nameof(Metrics))]
    public void InvalidParametersAreRejectedByName(string name)
    {
        var metric = BuiltInMatrix.All.Single(m => m.Name == name);
        var failures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (caseName, parameter, arguments) in ParameterMatrix.Invalid(metric))
        {
            var error = Record.Exception(() => MetricRegistry.Create(metric.Identifier, arguments));
            if (error is null)
            {
                failures[caseName] = "accepted";
            }
            else if (!MatrixRunner.IsClear(error.GetType()))
            {
                failures[caseName] = $"{error.GetType().Name} escaped: {error.Message}";
            }
            else if (error is ArgumentException argument && !MatrixRunner.Names(argument.ParamName, parameter))
            {
                failures[caseName] = $"ParamName '{argument.ParamName}', expected {parameter}: {argument.Message}";
            }
        }

        // No state of these sizes fits in an array: the size must be rejected, naming the parameter (SPEC §7, issue 12 §6),
        // at construction or at the first update.
        foreach (var (caseName, parameter, arguments) in ParameterMatrix.Huge(metric))
        {
            var error = Record.Exception(() =>
            {
                var instance = MetricRegistry.Create(metric.Identifier, arguments);
                new UntypedSubject(instance).Update(metric.Batch);
                instance.Compute();
            });
            if (error is null)
            {
                failures[caseName] = "accepted";
            }
            else if (!MatrixRunner.IsClear(error.GetType()))
            {
                failures[caseName] = $"{error.GetType().Name} escaped: {error.Message}";
            }
            else if (error is not ArgumentException argument || !MatrixRunner.Names(argument.ParamName, parameter))
            {
                failures[caseName] = $"{error.GetType().Name} does not name {parameter}: {error.Message}";
            }
        }

        KnownElsewhere.AssertMatches("parameters/" + name, failures);
    }

    [Theory]
    [MemberData(nameof(Metrics))]
    public void TheRegistryNeedsOnlyWhatTheTypedConstructorNeeds(string name)
    {
        // A parameter with a default in the typed constructor (a constant, or a list whose empty value keeps the declared
        // initializer) must not be required by name: the walk's "accepted"/"rejected" verdicts assume the same defaults.
        var metric = BuiltInMatrix.All.Single(m => m.Name == name);
        var constructor = metric.Type.GetConstructors().MaxBy(c => c.GetParameters().Length)!;
        var required = constructor.GetParameters().Where(p => !p.HasDefaultValue).Select(p => MatrixRunner.Normalize(p.Name!)).ToHashSet();
        var arguments = metric.Arguments.Where(a => required.Contains(MatrixRunner.Normalize(a.Key))).ToDictionary(a => a.Key, a => a.Value);
        var error = Record.Exception(() => MetricRegistry.Create(metric.Identifier, arguments));
        Assert.True(error is null, $"{metric.Identifier} with only [{string.Join(", ", required)}]: {error?.Message}");
    }

    [Fact]
    public void EveryRegisteredMetricIsWalked()
    {
        var walked = BuiltInMatrix.All.Select(m => m.Type).Concat(DotProductMatrix.Types).ToHashSet();
        var builtIns = typeof(Accuracy).Assembly.GetTypes().Where(t => t.IsValueType).ToLookup(t => t.Name);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        foreach (var identifier in MetricRegistry.Identifiers)
        {
            var name = RegisteredTypeName(identifier);
            var type = builtIns[name].SingleOrDefault();
            if (type is null)
            {
                continue;
            }

            seen.Add(type);
            if (!walked.Contains(type))
            {
                missing.Add($"{identifier} ({name})");
            }
        }

        Assert.True(missing.Count == 0, "registered but not walked by the bad-input matrix: " + string.Join(", ", missing));
        Assert.True(seen.Count >= 80, $"only {seen.Count} built-in types resolved from MetricRegistry.Identifiers");
        Assert.Equal(BuiltInMatrix.All.Count, BuiltInMatrix.All.Select(m => m.Type).Distinct().Count());
    }

    // The registry's public API names an identifier's type through Create<T>: it creates T, or says "'id' names X, not T."
    // Custom metrics that other tests register resolve to types outside Metrics.Runtime, which the walk does not cover.
    private static string RegisteredTypeName(string identifier)
    {
        try
        {
            MetricRegistry.Create<Average>(identifier);
            return nameof(Average);
        }
        catch (ArgumentException e)
        {
            var match = System.Text.RegularExpressions.Regex.Match(e.Message, @"names (\w+), not Average\.");
            Assert.True(match.Success, $"'{identifier}': {e.Message}");
            return match.Groups[1].Value;
        }
    }
}
