using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using Verify = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.DeclarationAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET001-MET006: the form of a [Metric] type.</summary>
public sealed class DeclarationAnalyzerTests
{
    private const string Body = """
        {
            [Sum] public double Total;
            static {0} Update(double value) => new() { Total = value };
            public readonly double Compute() => Total;
        }
        """;

    private static string Members(string name) => Body.Replace("{0}", name, System.StringComparison.Ordinal);

    [Fact]
    public Task ValidMetricHasNoDiagnostics() => Verify.VerifyAsync(Sources.Huber);

    [Fact]
    public Task MET001_NotPartial() => Verify.VerifyAsync(
        "using Metrics; namespace App; [Metric] public record struct {|MET001:M|}\n" + Members("M"));

    [Fact]
    public Task MET001_EveryPartMustBePartial() => Verify.VerifyAsync(
        new[]
        {
            "using Metrics; namespace App; [Metric] public partial record struct M\n" + Members("M"),
            "namespace App; public record struct {|#0:M|} { public int Extra() => 1; }",
        },
        Verify.Diagnostic(DiagnosticIds.NotPartial).WithLocation(0).WithArguments("M"),
        Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS0260").WithLocation(0).WithArguments("M"));

    // With an initializer the compiler stops at CS8983 before the analyzers (see DeclarationForm): the generator reports
    // MET001, the analyzer does not, so the IDE and the build show it once.
    [Fact]
    public Task MET001_WithAnInitializerIsReportedOnceByTheGenerator() => Verify.VerifyWithGeneratorDiagnosticsAsync(
        "using Metrics; namespace App; [Metric] public record struct {|#0:M|}\n" + Members("M").Replace("{\n", "{\n    [Parameter] public double Scale { get; init; } = 1.0;\n", System.StringComparison.Ordinal),
        Verify.Diagnostic(DiagnosticIds.NotPartial).WithLocation(0).WithArguments("M"),
        Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS8983").WithLocation(0));

    [Fact]
    public Task MET005_WithAnInitializerIsReportedOnceByTheGenerator() => Verify.VerifyWithGeneratorDiagnosticsAsync(
        "using Metrics; namespace App; public class {|#0:Outer|} { [Metric] public partial record struct {|#1:M|}\n"
            + Members("M").Replace("{\n", "{\n    [Parameter] public double Scale { get; init; } = 1.0;\n", System.StringComparison.Ordinal) + "\n}",
        Verify.Diagnostic(DiagnosticIds.ContainingTypeNotPartial).WithLocation(0).WithArguments("Outer", "Outer.M"),
        Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS8983").WithLocation(1));

    [Fact]
    public Task MET002_PlainStruct() => Verify.VerifyAsync(
        "using Metrics; namespace App; [Metric] public partial struct {|#0:M|}\n" + Members("M"),
        Verify.Diagnostic(DiagnosticIds.NotRecordStruct).WithLocation(0).WithArguments("M", "a plain struct"));

    [Fact]
    public Task MET002_ReadOnlyRecordStruct() => Verify.VerifyAsync(
        "using Metrics; namespace App; [Metric] public readonly partial record struct {|#0:M|} { [Sum] public readonly double Total; static M Update(double value) => default; public double Compute() => Total; }",
        Verify.Diagnostic(DiagnosticIds.NotRecordStruct).WithLocation(0).WithArguments("M", "a readonly record struct (its state is accumulated in place)"));

    [Fact]
    public Task MET002_RecordClass() => Verify.VerifyAsync(
        "using Metrics; namespace App; [{|CS0592:Metric|}] public partial record class {|#0:M|} { public double Total; static M Update(double value) => new() { Total = value }; public double Compute() => Total; }",
        Verify.Diagnostic(DiagnosticIds.NotRecordStruct).WithLocation(0).WithArguments("M", "a record class"));

    [Fact]
    public Task MET002_FileLocal() => Verify.VerifyAsync(
        "using Metrics; namespace App; [Metric] file partial record struct {|#0:M|}\n" + Members("M"),
        Verify.Diagnostic(DiagnosticIds.NotRecordStruct).WithLocation(0).WithArguments("M", "a file-local type (the generated part is in another file)"));

    [Theory]
    [InlineData("[Parameter] public int {|#0:Empty|} { get; init; }", "Empty")]
    [InlineData("public readonly M {|#0:Copy|}() => this;", "Copy")]
    [InlineData("public override readonly string {|#0:ToString|}() => \"m\";", "ToString")]
    [InlineData("private static void {|#0:StoreState|}() { }", "StoreState")]
    [InlineData("private struct {|#0:ValueOperator|} { }", "ValueOperator")]
    public Task MET028_ReservedMemberName(string member, string name) => Verify.VerifyAsync(
        "using Metrics; namespace App; [Metric] public partial record struct M\n{\n    " + member + "\n    [Sum] public double Total;\n    static M Update(double value) => new() { Total = value };\n    public readonly double Compute() => Total;\n}",
        Verify.Diagnostic(DiagnosticIds.ReservedMemberName).WithLocation(0).WithArguments(name, "M"));

    [Fact]
    public Task MET003_GenericMetric() => Verify.VerifyAsync(
        "using Metrics; namespace App; [Metric] public partial record struct {|MET003:M|}<T>\n" + Members("M<T>"));

    [Fact]
    public Task MET004_NestedInGenericType() => Verify.VerifyAsync(
        "using Metrics; namespace App; public partial class Outer<T> { [Metric] public partial record struct {|MET004:M|}\n" + Members("M") + "\n}");

    [Fact]
    public Task MET004_NestedInNonGenericTypeIsFine() => Verify.VerifyAsync(
        "using Metrics; namespace App; public partial class Outer { public partial record Inner { [Metric] public partial record struct M\n" + Members("M") + "\n} }");

    [Fact]
    public Task MET005_ContainingTypeNotPartial() => Verify.VerifyAsync(
        "using Metrics; namespace App; public static partial class A { public class {|MET005:B|} { [Metric] public partial record struct M\n" + Members("M") + "\n} }");

    [Fact]
    public Task MET006_AttributeNotOnFirstPart() => Verify.VerifyAsync(new[]
    {
        "namespace App; public partial record struct M { public int Extra() => 1; }",
        "using Metrics; namespace App; [{|MET006:Metric|}] public partial record struct M\n" + Members("M"),
    });

    [Fact]
    public Task MET006_AttributeOnFirstPartIsFine() => Verify.VerifyAsync(new[]
    {
        "using Metrics; namespace App; [Metric] public partial record struct M\n" + Members("M"),
        "namespace App; public partial record struct M { public int Extra() => 1; }",
    });

    [Fact]
    public Task MessagesNameTheMember() => Verify.VerifyAsync(
        "using Metrics; namespace App; public partial class Outer<T> { [Metric] public record struct {|#0:M|}\n" + Members("M") + "\n}",
        Verify.Diagnostic(DiagnosticIds.NotPartial).WithLocation(0).WithArguments("Outer<T>.M"),
        Verify.Diagnostic(DiagnosticIds.NestedInGenericType).WithLocation(0).WithArguments("Outer<T>.M", "Outer<T>"));
}
