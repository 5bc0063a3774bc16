namespace Metrics.Generators;

/// <summary>Identifier helpers shared by the parser and the emitter.</summary>
internal static class Naming
{
    public static string CamelCase(string name)
    {
        var camel = name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
        return Escape(camel);
    }

    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None
            ? "@" + identifier
            : identifier;
}
