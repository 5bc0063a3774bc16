using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Metrics.Generators.Tests;

/// <summary>
/// The generated <c>IPersistentMetric</c> part of custom metrics: it compiles for every parameter and state kind,
/// <c>GetConfig</c>/<c>FromConfig</c> round-trip, a parameter without a configuration form throws, the layout text
/// readers fingerprint follows every change of a field or parameter, and the part stays cached across edits that
/// leave the model unchanged.
/// </summary>
public sealed class PersistencePartTests
{
    // Every parameter kind (int, long, float, double, int?, double?, bool, enum, ParameterArray<int>,
    // ParameterArray<double>, an IConfigValue struct) and every state kind but a user merge ([Sum] double and long,
    // [Min]/[Max] double, SumArray sized by one and by two parameters, SampleBuffer).
    private const string Everything = """
        using System;
        using System.Globalization;
        using Metrics;
        namespace Users;

        public enum Mode { Plain, SquaredError }

        public readonly record struct Band(double Low, double High) : IConfigValue<Band>
        {
            public static Band FromConfigValue(object? value, string key) => value is object?[] { Length: 2 } pair
                ? new(Convert.ToDouble(pair[0], CultureInfo.InvariantCulture), Convert.ToDouble(pair[1], CultureInfo.InvariantCulture))
                : throw new ArgumentException($"'{key}' should be [low, high].", key);

            public object? ToConfigValue() => new object?[] { Low, High };
        }

        [Metric]
        public partial record struct Everything
        {
            [Parameter(Min = 1)] public int NumClasses { get; init; } = 2;
            [Parameter] public long Seed { get; init; } = 7;
            [Parameter(Min = 0)] public float Scale { get; init; } = 1.5f;
            [Parameter] public double Offset { get; init; } = 0.25;
            [Parameter(Min = 1)] public int? TopK { get; init; } = null;
            [Parameter] public double? Cap { get; init; } = 3.5;
            [Parameter] public bool Strict { get; init; } = true;
            [Parameter] public Mode Mode { get; init; } = Mode.Plain;
            [Parameter(Min = 0)] public ParameterArray<int> Bins { get; init; } = [1, 2, 3];
            [Parameter(Min = 0, Max = 1)] public ParameterArray<double> Thresholds { get; init; } = [0.25, 0.75];
            [Parameter] public Band Band { get; init; } = default;

            [Sum] public double Total;
            [Sum] public long Count;
            [Min] public double Lowest;
            [Max] public double Highest;
            [Sum, SizedBy(nameof(Thresholds))] public SumArray PerThreshold;
            [Sum, SizedBy(nameof(NumClasses), nameof(NumClasses))] public SumArray Confusion;
            [Append] public SampleBuffer Samples;

            static Everything Update(double value) => new()
            {
                Total = value,
                Count = 1,
                Lowest = value,
                Highest = value,
                PerThreshold = SumArray.At(0),
                Confusion = SumArray.At(0),
                Samples = SampleBuffer.Of(value, 0),
            };

            public readonly double Compute() => Total / Count;
        }

        public static class Probe
        {
            public static Everything Configured() => new(
                numClasses: 3, seed: -9, scale: 0.5f, offset: -1.25, topK: 4, cap: null, strict: false, mode: Mode.SquaredError,
                bins: [4, 5], thresholds: [0.1, 0.6, 0.9], band: new Band(-1, 2));

            public static string Layout<T>() where T : struct, IPersistentMetric<T> => T.StateLayout;
        }
        """;

    // A user Merge beside a [Sum] field, and a SumArray sized by two different parameters.
    private const string Spread = """
        using Metrics;
        namespace Users;

        [Metric]
        public partial record struct Spread
        {
            [Parameter(Min = 1)] public int Rows { get; init; } = 2;
            [Parameter(Min = 1)] public int Columns { get; init; } = 3;
            [Sum, SizedBy(nameof(Rows), nameof(Columns))] public SumArray Grid;
            [Sum] public double Count;
            public double Largest;

            static Spread Update(double value) => new() { Grid = SumArray.At(0), Count = 1, Largest = value };

            static Spread Merge(Spread a, Spread b) => new() { Count = a.Count + b.Count, Largest = b.Count == 0 || a.Largest > b.Largest ? a.Largest : b.Largest };

            public readonly double Compute() => Largest;
        }
        """;

    // A parameter of an immutable struct without a configuration form (MET034): generated, but not configurable.
    private const string Tagged = """
        using Metrics;
        namespace Users;

        public readonly record struct Tag(int Code);

        [Metric]
        public partial record struct Tagged
        {
            [Parameter] public double Weight { get; init; } = 1;
            [Parameter] public Tag Label { get; init; } = default;
            [Sum] public double Total;
            static Tagged Update(double value) => new() { Total = value };
            public readonly double Compute() => Total;
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(() => Load(("Everything.cs", Everything), ("Spread.cs", Spread), ("Tagged.cs", Tagged)));

    [Fact]
    public void ThePersistencePartCompilesForEveryParameterAndStateKind()
    {
        var (output, result) = GeneratorHarness.Run(Compilation(("Everything.cs", Everything), ("Spread.cs", Spread), ("Tagged.cs", Tagged)));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        var generatedWarnings = output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && result.GeneratedTrees.Contains(tree))
            .ToList();
        Assert.True(generatedWarnings.Count == 0, string.Join(Environment.NewLine, generatedWarnings));

        var everything = Generated(result, "Everything");
        foreach (var call in new[]
        {
            "reader.Number<int>(\"NumClasses\")", "reader.Number<long>(\"Seed\")", "reader.Number<float>(\"Scale\")",
            "reader.Number<double>(\"Offset\")", "reader.NullableNumber<int>(\"TopK\")", "reader.NullableNumber<double>(\"Cap\")",
            "reader.Flag(\"Strict\")", "reader.Choice<global::Users.Mode>(\"Mode\")", "reader.Array<int>(\"Bins\")",
            "reader.Array<double>(\"Thresholds\")", "reader.Value<global::Users.Band>(\"Band\")",
            "writer.Real(\"Total\", this.Total)", "writer.Whole(\"Count\", this.Count)", "writer.Real(\"Lowest\", this.Lowest)",
            "writer.Real(\"Highest\", this.Highest)", "writer.Cells(\"PerThreshold\", this.PerThreshold, RequiredLength(0))",
            "writer.Cells(\"Confusion\", this.Confusion, RequiredLength(1))", "writer.Samples(\"Samples\", this.Samples)",
            "reader.Whole(\"Count\")", "reader.Cells(\"Confusion\", RequiredLength(1))", "reader.Samples(\"Samples\")",
        })
        {
            Assert.Contains(call, everything, StringComparison.Ordinal);
        }

        Assert.Contains("throw global::Metrics.MetricConfig.NoConfigForm(MetricName, \"Label\", \"Users.Tag\");", Generated(result, "Tagged"), StringComparison.Ordinal);
    }

    [Fact]
    public void GetConfigGivesSnakeCaseKeysInDeclarationOrderWithTheValues()
    {
        var metric = Configured();
        var config = GetConfig(metric);

        Assert.Equal(
            new[] { "num_classes", "seed", "scale", "offset", "top_k", "cap", "strict", "mode", "bins", "thresholds", "band" },
            config.Parameters.Select(p => p.Key));
        var values = config.Parameters.Select(p => p.Value).ToArray();
        Assert.Equal(3, Assert.IsType<int>(values[0]));
        Assert.Equal(-9L, Assert.IsType<long>(values[1]));
        Assert.Equal(0.5f, Assert.IsType<float>(values[2]));
        Assert.Equal(-1.25, Assert.IsType<double>(values[3]));
        Assert.Equal(4, Assert.IsType<int>(values[4]));
        Assert.Null(values[5]);
        Assert.False(Assert.IsType<bool>(values[6]));
        Assert.Equal("squarederror", Assert.IsType<string>(values[7]));
        Assert.Equal(new[] { 4, 5 }, Assert.IsType<int[]>(values[8]));
        Assert.Equal(new[] { 0.1, 0.6, 0.9 }, Assert.IsType<double[]>(values[9]));
        Assert.Equal(new object?[] { -1.0, 2.0 }, Assert.IsType<object?[]>(values[10]));
        Assert.Equal(metric.GetType().GetProperty("MetricName", BindingFlags.Public | BindingFlags.Static)!.GetValue(null), config.Name);
    }

    [Fact]
    public void FromConfigOfGetConfigHasTheSameParameters()
    {
        var metric = Configured();
        var restored = metric.GetType().GetMethod("FromConfig", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [GetConfig(metric)])!;

        var parameters = ParameterProperties(metric.GetType());
        Assert.Equal(11, parameters.Count);
        var defaults = Activator.CreateInstance(metric.GetType())!;
        foreach (var parameter in parameters)
        {
            // Every configured value differs from the default, so a parameter FromConfig drops would show.
            Assert.NotEqual(parameter.GetValue(defaults), parameter.GetValue(metric));
            Assert.Equal(parameter.GetValue(metric), parameter.GetValue(restored));
        }

        Assert.Equal(GetConfig(metric), GetConfig(restored));
    }

    [Fact]
    public void GetConfigOfAParameterWithoutAConfigFormThrowsNamingIt()
    {
        var type = Compiled.Value.GetType("Users.Tagged")!;
        var metric = Activator.CreateInstance(type)!;
        var thrown = Assert.Throws<TargetInvocationException>(() => type.GetMethod("GetConfig")!.Invoke(metric, null));
        var exception = Assert.IsType<NotSupportedException>(thrown.InnerException);
        Assert.Contains("'Label'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Users.Tag", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLayoutNamesEveryParameterAndField()
    {
        var layout = Layout(Compiled.Value.GetType("Users.Everything")!);
        Assert.Equal(layout, LayoutText(Generated(GeneratorHarness.Run(Compilation(("Everything.cs", Everything))).Result, "Everything")));
        var names = new[] { "NumClasses", "Seed", "Scale", "Offset", "TopK", "Cap", "Strict", "Mode", "Bins", "Thresholds", "Band" }
            .Concat(new[] { "Total", "Count", "Lowest", "Highest", "PerThreshold", "Confusion", "Samples" });
        Assert.All(names, name => Assert.Contains(name + ": ", layout, StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> LayoutChanges() => new()
    {
        { "a field added", "[Sum] public double Total;", "[Sum] public double Total;\n    [Sum] public double Extra;" },
        { "a field retyped", "[Sum] public long Count;", "[Sum] public double Count;" },
        { "a field's merge changed", "[Max] public double Highest;", "[Min] public double Highest;" },
        { "a field renamed", "[Min] public double Lowest;", "[Min] public double Least;" },
        { "an array sized differently", "[Sum, SizedBy(nameof(Thresholds))] public SumArray PerThreshold;", "[Sum, SizedBy(nameof(Bins))] public SumArray PerThreshold;" },
        { "a parameter retyped", "[Parameter(Min = 0)] public float Scale { get; init; } = 1.5f;", "[Parameter(Min = 0)] public double Scale { get; init; } = 1.5;" },
        { "a parameter made nullable", "[Parameter] public double Offset { get; init; } = 0.25;", "[Parameter] public double? Offset { get; init; } = 0.25;" },
        { "a parameter list retyped", "public ParameterArray<int> Bins", "public ParameterArray<long> Bins" },
        { "a parameter added", "[Parameter] public bool Strict { get; init; } = true;", "[Parameter] public bool Strict { get; init; } = true;\n    [Parameter] public bool Loose { get; init; }" },
    };

    [Theory]
    [MemberData(nameof(LayoutChanges))]
    public void TheLayoutChangesWithTheState(string change, string from, string to)
    {
        var before = LayoutText(Generated(GeneratorHarness.Run(Compilation(("Everything.cs", Everything))).Result, "Everything"));
        var after = LayoutText(Generated(GeneratorHarness.Run(Compilation(("Everything.cs", Edit(Everything, from, to)))).Result, "Everything"));
        Assert.True(before != after, $"{change}: the layout stayed '{before}'");
    }

    [Fact]
    public void AUserMergeShowsInTheLayout()
    {
        var withUserMerge = LayoutText(Generated(GeneratorHarness.Run(Compilation(("Spread.cs", Spread))).Result, "Spread"));
        var withMax = LayoutText(Generated(GeneratorHarness.Run(Compilation(("Spread.cs", Edit(
            Edit(Spread, "public double Largest;", "[Max] public double Largest;"),
            "static Spread Merge(Spread a, Spread b) => new() { Count = a.Count + b.Count, Largest = b.Count == 0 || a.Largest > b.Largest ? a.Largest : b.Largest };",
            string.Empty)))).Result, "Spread"));
        Assert.NotEqual(withUserMerge, withMax);
        Assert.Contains("Rows × Columns", withUserMerge, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the metric's Compute body", "public readonly double Compute() => Total / Count;", "public readonly double Compute() => Count == 0 ? 0 : Total / Count;")]
    [InlineData("the IConfigValue type's conversion", "new object?[] { Low, High }", "new object?[] { Low, High, }")]
    [InlineData("a comment in the metric", "[Sum] public double Total;", "// the sum\n    [Sum] public double Total;")]
    public void EditsThatKeepTheModelKeepThePersistencePartCached(string edit, string from, string to)
    {
        var compilation = Compilation(("Everything.cs", Everything));
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = driver.GetRunResult().GeneratedTrees.Single().ToString();
        Assert.Contains("StateLayout", first, StringComparison.Ordinal);

        var old = compilation.SyntaxTrees.Single(t => t.FilePath == "Everything.cs");
        var edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(Edit(Everything, from, to), GeneratorHarness.ParseOptions, "Everything.cs"));
        var run = driver.RunGenerators(edited).GetRunResult();
        var outputs = run.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"{edit}: {o.Reason}"));
        Assert.Equal(first, run.GeneratedTrees.Single().ToString());
    }

    [Fact]
    public void RetypingAParameterRegeneratesThePersistencePart()
    {
        var compilation = Compilation(("Everything.cs", Everything));
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var before = LayoutText(driver.GetRunResult().GeneratedTrees.Single().ToString());

        var old = compilation.SyntaxTrees.Single(t => t.FilePath == "Everything.cs");
        var edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(
            Edit(Everything, "public ParameterArray<int> Bins", "public ParameterArray<long> Bins"), GeneratorHarness.ParseOptions, "Everything.cs"));
        var run = driver.RunGenerators(edited).GetRunResult();
        var outputs = run.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Contains(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
        var text = run.GeneratedTrees.Single().ToString();
        Assert.Contains("reader.Array<long>(\"Bins\")", text, StringComparison.Ordinal);
        Assert.NotEqual(before, LayoutText(text));
    }

    private static object Configured() =>
        Compiled.Value.GetType("Users.Probe")!.GetMethod("Configured")!.Invoke(null, null)!;

    private static MetricConfig GetConfig(object metric) =>
        (MetricConfig)metric.GetType().GetMethod("GetConfig")!.Invoke(metric, null)!;

    private static string Layout(Type metric) =>
        (string)Compiled.Value.GetType("Users.Probe")!.GetMethod("Layout")!.MakeGenericMethod(metric).Invoke(null, null)!;

    private static List<PropertyInfo> ParameterProperties(Type metric) =>
        metric.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<ParameterAttribute>() is not null)
            .OrderBy(p => p.MetadataToken)
            .ToList();

    // The StateLayout literal of a generated source (the layout has no quotes or backslashes to unescape).
    private static string LayoutText(string generated)
    {
        var match = Regex.Match(generated, "\\.StateLayout => \"(?<layout>[^\"]*)\";");
        Assert.True(match.Success, "no StateLayout in the generated source");
        return match.Groups["layout"].Value;
    }

    private static string Generated(GeneratorDriverRunResult result, string metric) =>
        result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Users." + metric + ".g.cs", StringComparison.Ordinal)).ToString();

    private static string Edit(string source, string from, string to)
    {
        Assert.Contains(from, source, StringComparison.Ordinal);
        return source.Replace(from, to, StringComparison.Ordinal);
    }

    private static CSharpCompilation Compilation(params (string Path, string Text)[] sources) =>
        GeneratorHarness.Compile(sources, includeRuntime: true);

    private static Assembly Load(params (string Path, string Text)[] sources)
    {
        var (output, _) = GeneratorHarness.Run(Compilation(sources));
        using var image = new System.IO.MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(image.ToArray());
    }
}
