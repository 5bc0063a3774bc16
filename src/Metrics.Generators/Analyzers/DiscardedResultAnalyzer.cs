using Microsoft.CodeAnalysis.Operations;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// A call to a metric's <c>Compute()</c>, <c>Merge(other)</c>, <c>Empty()</c>, <c>Copy()</c> or
/// <c>HasSameParameters(other)</c> used as a statement (MET027): they change nothing, so the call is lost.
/// <c>Update</c> and <c>Reset</c> update the metric in place and may be called for their effect.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DiscardedResultAnalyzer : MetricAnalyzer
{
    private static readonly ImmutableHashSet<string> PureMembers =
        ImmutableHashSet.Create("Compute", "Merge", "Empty", "Copy", "HasSameParameters");

    /// <summary>Creates the analyzer.</summary>
    public DiscardedResultAnalyzer()
        : base(DiagnosticDescriptors.DiscardedResult)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterOperationAction(Analyze, OperationKind.ExpressionStatement);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var statement = (IExpressionStatementOperation)context.Operation;
        if (statement.Operation is not IInvocationOperation { TargetMethod: { IsStatic: false, ReturnsVoid: false } method } invocation
            || !PureMembers.Contains(method.Name)
            || !MetricSymbols.IsMetric(method.ContainingType)
            || (method.Name == "Compute" && method.Parameters.Length != 0))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.DiscardedResult, invocation.Syntax.GetLocation(), MetricSymbols.Display(method)));
    }
}
