using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using V = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.PurityAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET022 (writes outside the function's own locals) and MET023 (impure APIs, one case per category and API).</summary>
public sealed class PurityAnalyzerTests
{
    private static string WithUpdateBody(string statements, string extraMembers = "") => Sources.Metric($$"""
            [Sum] public double Total;
            static double s_last;
            static double[] s_cells = new double[4];
            static double LastValue { get; set; }
        {{extraMembers}}
            static M Update(double value)
            {
        {{statements}}
                return new() { Total = value };
            }
            public readonly double Compute() => Total;
        """);

    [Fact]
    public Task ValidMetricHasNoDiagnostics() => V.VerifyAsync(Sources.Huber);

    [Fact]
    public Task LocalsTheResultAndPureCallsAreFine() => V.VerifyAsync(WithUpdateBody("""
                var squared = value * value;
                squared += Math.Sqrt(Math.Abs(value));
                var result = new M();
                result.Total = squared;
                var cells = new double[2];
                cells[0] = value;
                var name = System.IO.Path.GetFileName("a/b");
                Func<double, double> twice = x => { var y = x; y *= 2; return y; };
                squared = twice(squared) + name.Length + cells[0] + s_cells.Length + s_last;
        """));

    [Fact]
    public Task HelpersOutsideTheDslFunctionsAreNotChecked() => V.VerifyAsync(WithUpdateBody(
        string.Empty,
        "    static void Log(double value) => Console.WriteLine(value);"));

    [Theory]
    [InlineData("        {|#0:s_last|} = value;", "the static field 'M.s_last'")]
    [InlineData("        {|#0:s_last|} += value;", "the static field 'M.s_last'")]
    [InlineData("        {|#0:s_last|}++;", "the static field 'M.s_last'")]
    [InlineData("        {|#0:LastValue|} = value;", "the static property 'M.LastValue'")]
    [InlineData("        {|#0:s_cells[0]|} = value;", "the static field 'M.s_cells'")]
    [InlineData("        var captured = 0.0; Action set = () => {|#0:captured|} = value; set();", "the captured variable 'captured'")]
    [InlineData("        var counts = new double[1]; Action set = () => {|#0:value|} = 1; set();", "the captured variable 'value'")]
    [InlineData("        Swap(ref {|#0:s_last|});", "the static field 'M.s_last'")]
    public Task MET022_ImpureAssignment(string statement, string what) => V.VerifyAsync(
        WithUpdateBody(statement, "    static void Swap(ref double x) => x = -x;"),
        V.Diagnostic(DiagnosticIds.ImpureAssignment).WithLocation(0).WithArguments("M.Update(double)", what));

    [Fact]
    public Task MET022_ComputeWritingTheState() => V.VerifyAsync(
        Sources.Metric("""
                [Sum] public double Total;
                static M Update(double value) => new() { Total = value };
                public double Compute() { {|#0:Total|} = 0; return 1; }
            """),
        V.Diagnostic(DiagnosticIds.ImpureAssignment).WithLocation(0).WithArguments("M.Compute()", "'Total' of this metric (its state or parameters)"));

    [Fact]
    public Task MET022_MergeWritingAnArgumentsArray() => V.VerifyAsync(
        Sources.Metric("""
                [Sum] public double Total;
                public double Last;
                static M Update(double value) => new() { Total = value };
                static M Merge(M a, M b) { var shared = Cells(a); {|#0:Cells(b)[0]|} = 1; return new() { Total = a.Total + b.Total + shared[0] }; }
                static double[] Cells(M m) => new double[1];
                public readonly double Compute() => Total;
            """),
        V.Diagnostic(DiagnosticIds.ImpureAssignment).WithLocation(0).WithArguments("M.Merge(M, M)", "an element of a shared array"));

    [Theory]
    [InlineData("{|#0:Console.WriteLine(value)|};", "Console.WriteLine", "console output")]
    [InlineData("var o = {|#0:Console.Out|};", "Console.Out", "console output")]
    [InlineData("{|#0:System.IO.File.Exists(\"x\")|};", "File.Exists", "I/O")]
    [InlineData("using var s = {|#0:new System.IO.MemoryStream()|};", "MemoryStream.ctor", "I/O")]
    [InlineData("var c = {|#0:new System.Net.Http.HttpClient()|};", "HttpClient.ctor", "I/O")]
    [InlineData("var p = {|#0:System.Diagnostics.Process.GetCurrentProcess()|};", "Process.GetCurrentProcess", "I/O")]
    [InlineData("var r = {|#0:new Random()|};", "Random.ctor", "randomness")]
    [InlineData("var r = {|#0:Random.Shared|};", "Random.Shared", "randomness")]
    [InlineData("var r = {|#0:System.Security.Cryptography.RandomNumberGenerator.GetInt32(10)|};", "RandomNumberGenerator.GetInt32", "randomness")]
    [InlineData("var g = {|#0:Guid.NewGuid()|};", "Guid.NewGuid", "randomness")]
    [InlineData("var g = {|#0:Guid.CreateVersion7()|};", "Guid.CreateVersion7", "randomness")]
    [InlineData("var t = {|#0:DateTime.Now|};", "DateTime.Now", "the clock")]
    [InlineData("var t = {|#0:DateTime.UtcNow|};", "DateTime.UtcNow", "the clock")]
    [InlineData("var t = {|#0:DateTime.Today|};", "DateTime.Today", "the clock")]
    [InlineData("var t = {|#0:DateTimeOffset.UtcNow|};", "DateTimeOffset.UtcNow", "the clock")]
    [InlineData("var t = {|#0:System.Diagnostics.Stopwatch.GetTimestamp()|};", "Stopwatch.GetTimestamp", "the clock")]
    [InlineData("var t = {|#0:TimeProvider.System|};", "TimeProvider.System", "the clock")]
    [InlineData("var e = {|#0:Environment.ProcessorCount|};", "Environment.ProcessorCount", "the process environment")]
    [InlineData("var e = {|#0:Environment.GetEnvironmentVariable(\"HOME\")|};", "Environment.GetEnvironmentVariable", "the process environment")]
    [InlineData("var t = {|#0:System.Threading.Tasks.Task.Run(() => 1)|};", "Task.Run", "threads and tasks")]
    [InlineData("{|#0:System.Threading.Thread.Sleep(1)|};", "Thread.Sleep", "threads and tasks")]
    [InlineData("var n = 0; {|#0:System.Threading.Interlocked.Increment(ref n)|};", "Interlocked.Increment", "threads and tasks")]
    [InlineData("{|#0:System.Threading.Tasks.Parallel.For(0, 2, i => { })|};", "Parallel.For", "threads and tasks")]
    public Task MET023_ImpureCall(string statement, string api, string category) => V.VerifyAsync(
        WithUpdateBody("        " + statement),
        V.Diagnostic(DiagnosticIds.ImpureCall).WithLocation(0).WithArguments("M.Update(double)", api, category));

    [Fact]
    public Task MET023_InCompute() => V.VerifyAsync(
        Sources.Metric("""
                [Sum] public double Total;
                static M Update(double value) => new() { Total = value };
                public readonly double Compute() => Total + {|#0:Random.Shared|}.NextDouble();
            """),
        V.Diagnostic(DiagnosticIds.ImpureCall).WithLocation(0).WithArguments("M.Compute()", "Random.Shared", "randomness"));
}
