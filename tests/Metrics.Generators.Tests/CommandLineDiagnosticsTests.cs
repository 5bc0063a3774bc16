using System.Linq;
using Microsoft.CodeAnalysis;

namespace Metrics.Generators.Tests;

/// <summary>
/// A broken declaration of the README's metric (a parameter with an initializer) shows its MET diagnostic in a
/// command-line build, not only CS8983 ("a 'struct' with field initializers must include an explicitly declared
/// constructor"), and each problem is reported once, by the generator or by an analyzer.
/// </summary>
public sealed class CommandLineDiagnosticsTests
{
    private const string Parameter = "[Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;";
    private const string Fields = "[Sum] public double Total; [Sum] public double Count;";
    private const string Update = "static HuberLoss Update(double label, double prediction, double delta) => new() { Total = System.Math.Abs(prediction - label) * delta, Count = 1 };";
    private const string Compute = "public readonly double Compute() => Total / Count;";

    private static string Metric(string members, string declaration = "[Metric] public partial record struct HuberLoss") =>
        "using Metrics; namespace App;\n" + declaration + "\n{\n" + members + "\n}\n";

    private static string Members(string parameter = Parameter, string fields = Fields, string update = Update, string compute = Compute) =>
        string.Join("\n", parameter, fields, update, compute);

    public static TheoryData<string, string, string> Mistakes() => new()
    {
        { "not partial", Metric(Members(), "[Metric] public record struct HuberLoss"), "MET001" },
        { "a plain struct, not partial", Metric(Members(), "[Metric] public struct HuberLoss"), "MET002" },
        { "a plain partial struct", Metric(Members(), "[Metric] public partial struct HuberLoss"), "MET002" },
        { "file-local", Metric(Members(), "[Metric] file partial record struct HuberLoss"), "MET002" },
        { "generic", Metric(Members(update: Update.Replace("static HuberLoss", "static HuberLoss<T>")), "[Metric] public partial record struct HuberLoss<T>"), "MET003" },
        {
            "nested in a generic type",
            "using Metrics; namespace App; public partial class Outer<T> where T : struct {\n" + Metric(Members()).Replace("using Metrics; namespace App;\n", string.Empty) + "}",
            "MET004"
        },
        {
            "in a containing type that is not partial",
            "using Metrics; namespace App; public class Outer {\n" + Metric(Members()).Replace("using Metrics; namespace App;\n", string.Empty) + "}",
            "MET005"
        },
        { "no update", Metric(Members(update: string.Empty)), "MET007" },
        { "an instance update", Metric(Members(update: Update.Replace("static ", string.Empty))), "MET009" },
        { "an update argument named like a parameter, of another type", Metric(Members(update: Update.Replace("double delta", "int delta"))), "MET010" },
        { "no compute", Metric(Members(compute: string.Empty)), "MET013" },
        { "a state field without a merge", Metric(Members(fields: "[Sum] public double Total; public double Count;")), "MET016" },
        { "a [SizedBy] naming no parameter", Metric(Members(fields: Fields + " [Sum, SizedBy(\"Binz\")] public SumArray Bins;")), "MET019" },
        { "a [SizedBy] on a double", Metric(Members(fields: "[Sum, SizedBy(nameof(Delta))] public double Total; [Sum] public double Count;")), "MET019" },
        { "a parameter with a setter", Metric(Members(parameter: Parameter.Replace("init;", "set;"))), "MET021" },
        { "a parameter named Empty", Metric(Members(parameter: Parameter.Replace("Delta", "Empty"), update: Update.Replace(", double delta", string.Empty).Replace(" * delta", string.Empty))), "MET028" },
        { "a field named Merge", Metric(Members(fields: "[Sum] public double Total; [Sum] public double Merge;", update: Update.Replace("Count = 1", "Merge = 1"), compute: "public readonly double Compute() => Total / Merge;")), "MET028" },
        { "a parameter named Merge", Metric(Members(parameter: Parameter.Replace("Delta", "Merge"), update: Update.Replace(", double delta", string.Empty).Replace(" * delta", string.Empty))), "MET028" },
        { "a nested type named Merge", Metric(Members() + "\npublic struct Merge { }"), "MET028" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void TheBuildReportsTheMistake(string mistake, string source, string id)
    {
        var (diagnostics, _) = CommandLineBuild.Run(("HuberLoss.cs", source));
        Assert.True(diagnostics.Any(d => d.Id == id && d.Severity == DiagnosticSeverity.Error), $"{mistake}: no {id} in\n{CommandLineBuild.Format(diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void EachProblemIsReportedOnce(string mistake, string source, string id)
    {
        var (diagnostics, _) = CommandLineBuild.Run(("HuberLoss.cs", source));
        var repeated = diagnostics.GroupBy(d => (d.Id, d.Location.SourceSpan, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))).Where(g => g.Count() > 1).ToList();
        Assert.True(repeated.Count == 0, $"{mistake} ({id}): reported twice:\n{CommandLineBuild.Format(repeated.Select(g => g.First()))}");
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void NoGeneratedCodeFails(string mistake, string source, string id)
    {
        var (_, output) = CommandLineBuild.Run(("HuberLoss.cs", source));
        var generated = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true).ToList();
        Assert.True(generated.Count == 0, $"{mistake} ({id}): errors in generated code:\n{CommandLineBuild.Format(generated)}");
    }

    [Fact]
    public void TheValidMetricBuildsWithoutDiagnostics()
    {
        var (diagnostics, _) = CommandLineBuild.Run(("HuberLoss.cs", Metric(Members())));
        Assert.True(diagnostics.Count == 0, CommandLineBuild.Format(diagnostics));
    }

    [Fact]
    public void AnUnsupportedStructGetsOnlyTheConstructorItsInitializersNeed()
    {
        var (diagnostics, output) = CommandLineBuild.Run(("HuberLoss.cs", Metric(Members(compute: string.Empty))));
        var generated = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("App.HuberLoss.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Contains("partial record struct HuberLoss", generated, System.StringComparison.Ordinal);
        Assert.Contains("public HuberLoss()", generated, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Merge", generated, System.StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS8983");

        // The constructor runs the initializers, as the user's declaration says.
        using var image = new System.IO.MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, CommandLineBuild.Format(emitted.Diagnostics));
        var assembly = System.Reflection.Assembly.Load(image.ToArray());
        var metric = System.Activator.CreateInstance(assembly.GetType("App.HuberLoss")!)!;
        Assert.Equal(1.0, metric.GetType().GetProperty("Delta")!.GetValue(metric));
    }

    [Fact]
    public void AStructWithoutInitializersGetsNothing()
    {
        var (_, output) = CommandLineBuild.Run(("HuberLoss.cs", Metric(Members(parameter: "[Parameter] public double Delta { get; init; }", compute: string.Empty))));
        Assert.DoesNotContain(output.SyntaxTrees, t => t.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal));
    }
}
