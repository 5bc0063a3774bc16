using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Metrics.Generators.Tests;

/// <summary>
/// The generator never throws and never emits broken code: hundreds of malformed and unusual declarations
/// (missing bodies, syntax errors, truncations, generic and nested types, every namespace form, records in records,
/// keywords as identifiers, partial parts across files, odd parameter and result types) run through the generator;
/// it must report no exception (no CS8785) and every generated tree must compile without errors, or be absent.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20261123;

    private static readonly string[] Containers =
    {
        "{0}",
        "namespace Fuzz.Space;\n{0}",
        "namespace Fuzz {{\n{0}\n}}",
        "namespace A {{ namespace B.C {{\n{0}\n}} }}",
        "namespace @class.@event;\n{0}",
        "namespace {1};\n{0}",
        "namespace N; public partial class Outer {{\n{0}\n}}",
        "namespace N; public static partial class Outer {{\n{0}\n}}",
        "namespace N; public class Outer {{\n{0}\n}}",
        "namespace N; public partial class Outer<T> {{\n{0}\n}}",
        "namespace N; public partial record Outer(int X) {{\n{0}\n}}",
        "namespace N; public partial interface IOuter {{\n{0}\n}}",
        "namespace N; public partial struct Outer {{\n{0}\n}}",
        "namespace N; partial class A {{ partial record B {{ partial struct C {{\n{0}\n}} }} }}",
        "namespace N; public partial class @class {{\n{0}\n}}",
        "namespace N; [Metric] public partial record struct Host {{ [Sum] public double X; static Host Update(double v) => new() {{ X = v }}; public readonly double Compute() => X;\n{0}\n}}",
    };

    private static readonly string[] Names = { "M", "@class", "@event", "Métrique", "_", "M2", "record", "Outer", "Host", "Fuzz" };

    private static readonly string[] Kinds =
    {
        "public partial record struct", "internal partial record struct", "partial record struct", "public unsafe partial record struct",
        "public record struct", "public readonly partial record struct", "public partial struct", "public partial record",
        "public partial class", "file partial record struct", "public sealed partial record struct",
        "public partial record struct {0}<T> where T : struct,",
    };

    private static readonly string[] Fields =
    {
        "[Sum] public double Total;", "[Sum] public double @double;", "[Sum] public long Count;", "[Min] public double Lowest;",
        "[Max] public double Highest;", "[Sum] public double @class;", "[Sum] internal double Internal;", "[Sum] public double Initialized = 0;",
        "public double Unmarked;", "[Sum] public readonly double Frozen;", "[Sum] public int Wrong;",
        "[Sum, SizedBy(nameof(Classes))] public SumArray Cells;", "[Sum] public SumArray Unsized;", "[Sum] public double Missing",
        "[Sum] public static double Shared;", "[Sum] private double _private;",
        "[Sum] public double Total { get; set; }", "[Sum, Max] public double Both;",
        "[Sum] public double Total, Other;", "public const double Constant = 1;",
    };

    private static readonly string[] Parameters =
    {
        "[Parameter] public int Classes { get; init; } = 3;", "[Parameter] public double @checked { get; init; } = 0.5;",
        "[Parameter(Min = 0)] public double Delta { get; init; }", "[Parameter] public double Mutable { get; set; }",
        "[Parameter] public ZeroDivision Zd { get; init; } = ZeroDivision.NaN;", "[Parameter] public string Label { get; init; } = \"x\\\"y\";",
        "[Parameter] public bool Flag { get; init; } = true;", "[Parameter] public float Scale { get; init; } = 1.5f;",
        "[Parameter] public long Big { get; init; } = long.MaxValue;", "[Parameter] public double Nan { get; init; } = double.NaN;",
        "[Parameter] public double Tiny { get; init; } = -1e-300;", "[Parameter] public char Quote { get; init; } = '\\'';",
        "[Parameter] public decimal Money { get; init; } = 1.5m;", "[Parameter] public int Classes { get; init; } = ",
        "[Parameter] public static int Static { get; set; }", "[Parameter] public int? Maybe { get; init; }",
        "[Parameter(Min = 1, Max = 0)] public int Empty { get; init; } = 1;", "[Parameter] public double @in { get; init; } = 2;",
    };

    private static readonly string[] Updates =
    {
        "static {0} Update(double value) => default;", "static {0} Update(double value) => new();",
        "static {0} Update(double label, double prediction) {{ var d = prediction - label; return new(); }}",
        "static {0} Update(double value);", "static {0} Update(double value) =>", "{0} Update(double value) => default;",
        "static {0} Update<T>(T value) where T : System.Numerics.INumber<T> => default;",
        "static {0} Update(double @in, double @params) => default;", "static {0} Update(double value, int classes) => default;",
        "static {0} Update(double value, double @checked, double @in) => default;",
        "static {0} Update([ClassIndex] int label, System.ReadOnlySpan<float> row) => default;",
        "static {0} Update([ClassIndex(2)] int label, double prediction) => default;",
        "static {0} Update([ClassIndex(nameof(Classes))] int label, [ClassIndex(nameof(Classes))] int prediction) => default;",
        "static {0} Update(System.ReadOnlySpan<double> labels, System.ReadOnlySpan<double> predictions) => default;",
        "static {0} Update(System.ReadOnlySpan<double> labels, System.ReadOnlySpan<double> predictions, int columns) => default;",
        "static {0} Update(System.ReadOnlySpan<double> labels, System.ReadOnlySpan<double> predictions, SumArrayWriter cells) {{ cells.Add(0); return default; }}",
        "static {0} Update(double value, SumArrayWriter cells) => default;", "static {0} Update(double value, SumArrayWriter unknown) => default;",
        "static {0} Update(double value, ref SumArrayWriter cells) => default;", "static {0} Update(double value, SumArrayWriter cells, SumArrayWriter cells2) => default;",
        "static {0} Update(ref double value) => default;", "static {0} Update(string value) => default;",
        "static {0} Update(params double[] values) => default;", "static {0} Update(double value, double weight = 1) => default;",
        "static double Update(double value) => value;", "static {0} Update() => default;", "static {0} Update(bool hit) => default;",
        "static {0} Update(long count, int label) => default;", "static {0} Update(float value) => default;",
        "static {0} Update(double value) {{ if (value > 0) return default; return new(); }}",
        "static {0} Update(double value) => new() {{ Total = System.Math.Log(value) }};",
        "static {0} Update(in double value) => default;", "static extern {0} Update(double value);",
        "static {0} Update(double value) => throw null!;", "static {0} Update(double value) => default; static {0} Update(float value) => default;",
    };

    private static readonly string[] Computes =
    {
        "public readonly double Compute() => 0;", "public readonly {0} Compute() => this;",
        "public readonly (double Mean, long N) Compute() => (1, 2);", "public readonly double? Compute() => null;",
        "public readonly string Compute() => \"\";", "public readonly int[] Compute() => new int[0];",
        "public readonly double Compute();", "public static double Compute() => 0;", string.Empty,
        "public readonly dynamic Compute() => 0;", "public readonly T Compute<T>() => default!;",
        "public readonly ref readonly double Compute() => ref System.Runtime.CompilerServices.Unsafe.NullRef<double>();",
        "public readonly System.Span<double> Compute() => default;", "public readonly unsafe int* Compute() => null;",
        "public readonly double Compute() => 0; public readonly double Compute(int digits) => digits;",
        "internal readonly double Compute() => 0;", "public readonly void Compute() {{ }}", "public double Compute => 0;",
        "public readonly System.Collections.Generic.List<double> Compute() => new();", "public readonly object Compute() => 0;",
    };

    private static readonly string[] Extras =
    {
        string.Empty, string.Empty, string.Empty,
        "static {0} Merge({0} a, {0} b) => a;", "public {0} Merge({0} other) => other;", "static {0} Merge({0} a) => a;",
        "static {0} Merge({0} a, ref {0} b) => a;", "public {0}() {{ }}", "public {0}(int x) : this() {{ }}",
        "public void Reset() {{ }}", "public override string ToString() => \"x\";", "public {0} Empty() => default;",
        "public {0} Copy() => this;", "public bool HasSameParameters({0} other) => true;", "public static string MetricName => \"x\";",
        "public {0} Update(System.ReadOnlySpan<double> values) => this;", "private struct Nested {{ }}", "#error broken",
        "public int this[int i] => i;", "public event System.Action? Changed;",
    };

    [Fact]
    public void HundredsOfDeclarationsNeverThrowOrEmitBrokenCode()
    {
        var random = new Random(Seed);
        var failures = new List<string>();
        var emitted = 0;
        const int cases = 400;
        for (var i = 0; i < cases; i++)
        {
            var files = Declaration(random, i);
            emitted += Check(files, failures);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} failed:\n\n" + string.Join("\n\n", failures.Take(8)));
        Assert.True(emitted > 30, "too few declarations were generated to exercise the emitter: " + emitted);
    }

    [Fact]
    public void TruncatedAndMutilatedValidDeclarationsNeverThrowOrEmitBrokenCode()
    {
        var runtime = GeneratorHarness.RuntimeSources();
        var valid = runtime.Where(s => s.Path.Contains("/Metrics/", StringComparison.Ordinal)).ToList();
        // The declarations are valid with their project's global usings; without them every mutation is broken already.
        var globalUsings = runtime.Single(s => s.Path.EndsWith("/GlobalUsings.cs", StringComparison.Ordinal));
        var random = new Random(Seed + 1);
        var failures = new List<string>();
        for (var i = 0; i < 150; i++)
        {
            var (path, text) = valid[random.Next(valid.Count)];
            var mutated = (i % 3) switch
            {
                0 => text.Substring(0, random.Next(text.Length)),
                1 => text.Remove(random.Next(text.Length), 1 + random.Next(Math.Min(20, text.Length / 4))),
                _ => text.Insert(random.Next(text.Length), new[] { "{", "}", ";", "(", "static ", "[Sum] ", "@", "<T>", "," }[random.Next(9)]),
            };
            Check(new[] { ("Mutated.cs", "using System; using Metrics;\n" + mutated), globalUsings }, failures);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failed:\n\n" + string.Join("\n\n", failures.Take(8)));
    }

    private static (string Path, string Text)[] Declaration(Random random, int index)
    {
        var name = Pick(random, Names);
        var kind = string.Format(Pick(random, Kinds), name);
        var header = kind.EndsWith(',') ? kind.TrimEnd(',') : kind + " " + name;
        if (kind.EndsWith(',') )
        {
            header = kind.Replace(" where T : struct,", string.Empty, StringComparison.Ordinal) + " where T : struct";
        }

        var self = kind.EndsWith(',') ? name + "<T>" : name;
        var members = new List<string>();
        members.AddRange(Many(random, Parameters, 0, 2));
        members.AddRange(Many(random, Fields, 1, 3));
        members.AddRange(Many(random, Updates, 1, random.Next(4) == 0 ? 2 : 1).Select(u => string.Format(u, self)));
        members.Add(string.Format(Pick(random, Computes), self));
        members.Add(string.Format(Pick(random, Extras), self));
        if (random.Next(4) == 0)
        {
            members.Add(string.Format(Pick(random, Extras), self));
        }

        var split = random.Next(5) == 0 && !header.StartsWith("file", StringComparison.Ordinal);
        var attribute = random.Next(12) == 0 ? "[Metric(Name = \"odd \\\"name\\\"\")]" : "[Metric]";
        var first = members.Take(split ? members.Count / 2 : members.Count);
        var body = $"{attribute}\n{header}\n{{\n    {string.Join("\n    ", first)}\n}}";
        var container = Pick(random, Containers);
        var files = new List<(string, string)> { ($"Fuzz{index}.cs", "using System; using Metrics;\n" + string.Format(container, body, name.TrimStart('@'))) };
        if (split)
        {
            var rest = $"{header.Replace("public ", string.Empty, StringComparison.Ordinal)}\n{{\n    {string.Join("\n    ", members.Skip(members.Count / 2))}\n}}";
            var order = random.Next(2) == 0;
            var second = ($"Fuzz{index}b.cs", "using System; using Metrics;\n" + string.Format(container, rest, name.TrimStart('@')));
            files = order ? new List<(string, string)> { second, files[0] } : new List<(string, string)> { files[0], second };
        }

        return files.ToArray();
    }

    /// <summary>Runs the generator; records a failure for an exception or an error in a generated tree. Returns the number of generated trees.</summary>
    private static int Check(IReadOnlyList<(string Path, string Text)> files, List<string> failures)
    {
        var compilation = GeneratorHarness.Compile(files, includeRuntime: true);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        var source = string.Join("\n// ---- next file ----\n", files.Select(f => f.Text));
        var exception = result.Results.Single().Exception;
        // The generator's own MET diagnostics are expected (the form of a type it cannot re-open, see DeclarationForm).
        if (exception is not null || diagnostics.Any(d => !d.Id.StartsWith("MET", StringComparison.Ordinal)))
        {
            failures.Add($"generator failed: {exception?.GetType().Name} {exception?.Message} {string.Join("; ", diagnostics)}\n{source}");
            return 0;
        }

        foreach (var tree in result.GeneratedTrees)
        {
            var errors = output.GetSemanticModel(tree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                failures.Add($"generated code does not compile: {string.Join("; ", errors.Take(3))}\n{source}");
            }
        }

        return result.GeneratedTrees.Length;
    }

    /// <summary>Three picks in four come from the first <see cref="CommonChoices"/> items (the plausible ones), so that enough declarations are generated.</summary>
    private static string Pick(Random random, string[] items) =>
        items[random.Next(4) < 3 ? random.Next(Math.Min(CommonChoices, items.Length)) : random.Next(items.Length)];

    private const int CommonChoices = 8;

    private static IEnumerable<string> Many(Random random, string[] items, int min, int max)
    {
        var count = random.Next(min, max + 1);
        for (var i = 0; i < count; i++)
        {
            yield return Pick(random, items);
        }
    }
}
