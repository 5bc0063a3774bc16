using Metrics.Generators.Emitting;
using Metrics.Generators.Parsing;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// Warns (MET030) when the generator leaves a batch <c>Update</c> overload of one update function out because an
/// overload of another update function, or an update function itself, already has its parameter types. It runs the
/// generator's own parser and overload emitter, so it fires exactly for the overloads the generated code lacks.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OverloadClashAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public OverloadClashAnalyzer()
        : base(DiagnosticDescriptors.OverloadClash)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        ParsedMetrics.Register(context, Analyze, MayClash);
    }

    /// <summary>
    /// Whether the generator can leave an overload out for a reason MET030 reports. Overloads of one update function
    /// never clash with each other in a way worth a warning, and the generated ones all take spans, arrays or tensors:
    /// a type with one static <c>Update</c> of element parameters (the everyday metric) needs no parse.
    /// </summary>
    private static bool MayClash(INamedTypeSymbol type)
    {
        IMethodSymbol? single = null;
        foreach (var member in type.GetMembers("Update"))
        {
            if (member is IMethodSymbol { IsStatic: true } method)
            {
                if (single is not null)
                {
                    return true;
                }

                single = method;
            }
        }

        return single is not null && single.Parameters.Any(p => p.Type is IArrayTypeSymbol or INamedTypeSymbol { IsGenericType: true } or ITypeParameterSymbol);
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol type, MetricModel model, IReadOnlyList<ParsedMetrics.ScalarUpdate> scalar)
    {
        // The parser takes the static Update methods in member order, one update function each.
        var updates = type.GetMembers("Update").OfType<IMethodSymbol>().Where(m => m.IsStatic).ToList();
        if (updates.Count != model.Updates.Count)
        {
            return;
        }

        var clashes = new Dictionary<(int Loser, string Holder), List<string>>();
        foreach (var (signature, holder, loser) in UpdateEmitter.DroppedOverloads(model))
        {
            var holderText = Holder(type, updates, signature, holder, loser, context);
            if (holderText is null)
            {
                continue;
            }

            var key = (loser, holderText);
            if (!clashes.TryGetValue(key, out var overloads))
            {
                clashes.Add(key, overloads = new List<string>());
            }

            var overload = "'Update(" + Readable(signature) + ")'";
            if (!overloads.Contains(overload))
            {
                overloads.Add(overload);
            }
        }

        foreach (var clash in clashes)
        {
            var method = updates[clash.Key.Loser];
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.OverloadClash,
                MetricSymbols.MemberLocation(method),
                MetricSymbols.Display(method),
                string.Join(", ", clash.Value),
                clash.Key.Holder));
        }
    }

    /// <summary>
    /// What holds the signature, or null when nothing is worth a warning: an overload the same function already has,
    /// or a method the user wrote on purpose (an instance <c>Update</c> replaces the generated overload).
    /// </summary>
    private static string? Holder(
        INamedTypeSymbol type, List<IMethodSymbol> updates, string signature, int holder, int loser, SymbolAnalysisContext context)
    {
        if (loser < 0 || holder == loser)
        {
            return null;
        }

        if (holder >= 0)
        {
            return "the batch overload of update function '" + MetricSymbols.Display(updates[holder]) + "'";
        }

        var own = type.GetMembers("Update").OfType<IMethodSymbol>().FirstOrDefault(m =>
            m.IsStatic && MetricSymbols.IsUserDeclared(m, context.CancellationToken) && MetricParser.SignatureKey(m) == signature);
        return own is null ? null : "update function '" + MetricSymbols.Display(own) + "' itself";
    }

    /// <summary>A signature key as C# a reader knows: short type names, a space after each comma.</summary>
    private static string Readable(string signature) =>
        signature
            .Replace("global::System.Numerics.Tensors.", string.Empty)
            .Replace("global::System.", string.Empty)
            .Replace("global::", string.Empty)
            .Replace("inReadOnlyTensorSpan", "in ReadOnlyTensorSpan")
            .Replace(",", ", ");
}
