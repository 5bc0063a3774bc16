namespace Metrics.Generators.Symbols;

/// <summary>
/// The signatures the generator accepts for <c>Compute</c> and a user <c>Merge</c>: the parser keeps a method only when
/// its list of problems is empty, and the analyzers report the list.
/// </summary>
internal static class SignatureRules
{
    /// <summary>Why a member named Compute is not the one the generator uses (empty when it is).</summary>
    public static List<string> ComputeProblems(ISymbol member)
    {
        var problems = new List<string>();
        if (member is not IMethodSymbol method)
        {
            problems.Add("is not a method");
            return problems;
        }

        if (method.IsStatic)
        {
            problems.Add("is static");
        }

        if (method.DeclaredAccessibility != Accessibility.Public)
        {
            problems.Add("is not public");
        }

        if (method.Parameters.Length > 0)
        {
            problems.Add("takes parameters");
        }

        if (method.ReturnsVoid)
        {
            problems.Add("returns void");
        }
        else if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            problems.Add("returns by reference");
        }
        else if (!MetricSymbols.IsValidResultType(method))
        {
            problems.Add("returns a pointer, a ref struct or dynamic, which cannot be the result type of IMetric");
        }

        if (method.TypeParameters.Length > 0)
        {
            problems.Add("is generic");
        }

        return problems;
    }

    /// <summary>Why a method named Merge is not a user merge the generated code can call (empty when it is).</summary>
    public static List<string> MergeProblems(IMethodSymbol merge, INamedTypeSymbol type)
    {
        var problems = new List<string>();
        if (!merge.IsStatic)
        {
            problems.Add("is not static (the generated instance 'Merge(other)' would clash with it)");
        }

        if (!SymbolEqualityComparer.Default.Equals(merge.ReturnType, type) || merge.ReturnsByRef || merge.ReturnsByRefReadonly)
        {
            problems.Add($"does not return '{type.Name}' by value");
        }

        if (merge.Parameters.Length != 2 || merge.Parameters.Any(p => !SymbolEqualityComparer.Default.Equals(p.Type, type)))
        {
            problems.Add($"does not take two '{type.Name}' arguments");
        }
        else if (merge.Parameters.Any(p => p.RefKind is not (RefKind.None or RefKind.In)))
        {
            problems.Add("takes an argument by 'ref' or 'out'");
        }

        if (merge.TypeParameters.Length > 0)
        {
            problems.Add("is generic");
        }

        return problems;
    }
}
