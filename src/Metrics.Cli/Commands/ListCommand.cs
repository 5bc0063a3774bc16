using System.CommandLine;
using Spectre.Console;

namespace Metrics.Cli.Commands;

/// <summary><c>metrics list</c>: the metrics the registry knows, with their other names and their parameters' defaults.</summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("list", "Lists the metrics --metrics and --config accept: each metric's names and its parameters with their defaults.");
        command.SetAction(_ =>
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("metric");
            table.AddColumn("other names");
            table.AddColumn("parameters (defaults)");
            foreach (var (type, names, parameters) in Metrics())
            {
                var name = PrimaryName(type, names);
                table.AddRow(
                    Markup.Escape(name),
                    Markup.Escape(string.Join(", ", names.Where(n => n != name && n != type.Name))),
                    Markup.Escape(parameters));
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    // Identifiers grouped by the metric they make: the type and its defaults (Keras' "precision" and flax-metrics'
    // "flax_precision" are one type with other defaults); metrics whose inputs a file's columns cannot carry are left out.
    private static IEnumerable<(Type Type, string[] Names, string Parameters)> Metrics()
    {
        var groups = new Dictionary<(Type, string), List<string>>();
        foreach (var identifier in MetricRegistry.Identifiers)
        {
            Type type;
            try
            {
                type = MetricRegistry.VisitType(identifier, TypeOf.Instance);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var key = (type, Parameters(identifier));
            if (!groups.TryGetValue(key, out var names))
            {
                groups[key] = names = [];
            }

            names.Add(identifier);
        }

        return groups
            .Select(p => (Type: p.Key.Item1, Names: p.Value.ToArray(), Parameters: p.Key.Item2))
            .OrderBy(g => PrimaryName(g.Type, g.Names), StringComparer.Ordinal);
    }

    // The type's snake_case name when it names this group, else the group's first snake_case identifier ("flax_precision").
    private static string PrimaryName(Type type, string[] names)
    {
        var snake = MetricRegistry.SnakeCase(type.Name);
        return names.Contains(snake, StringComparer.Ordinal)
            ? snake
            : names.FirstOrDefault(n => n.Contains('_', StringComparison.Ordinal)) ?? names[0];
    }

    private static string Parameters(string name)
    {
        try
        {
            var config = MetricRegistry.Create(name).GetConfig();
            return string.Join(", ", config.Parameters.Select(p => $"{p.Key}={Show(p.Value)}"));
        }
        catch (ArgumentException e) when (e.ParamName is { } required)
        {
            // A metric with a required parameter (confusion_matrix's num_classes) cannot be made with defaults only.
            return $"{MetricRegistry.SnakeCase(required)} (required)";
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        double d => Reports.ValueText.Number(d),
        System.Collections.IEnumerable items => $"[{string.Join(", ", items.Cast<object?>().Select(Show))}]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private sealed class TypeOf : IMetricTypeVisitor<Type>
    {
        public static readonly TypeOf Instance = new();

        public Type Visit<TMetric, TResult>()
            where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric> => typeof(TMetric);
    }
}
