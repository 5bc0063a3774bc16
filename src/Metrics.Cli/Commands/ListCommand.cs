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
            foreach (var (type, names) in Metrics())
            {
                var name = MetricRegistry.SnakeCase(type.Name);
                table.AddRow(
                    Markup.Escape(name),
                    Markup.Escape(string.Join(", ", names.Where(n => n != name && n != type.Name))),
                    Markup.Escape(Parameters(name)));
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    // Identifiers grouped by the type they name; metrics whose inputs a file's columns cannot carry are left out.
    private static IEnumerable<(Type Type, string[] Names)> Metrics()
    {
        var byType = new Dictionary<Type, List<string>>();
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

            if (!byType.TryGetValue(type, out var names))
            {
                byType[type] = names = [];
            }

            names.Add(identifier);
        }

        return byType.OrderBy(p => MetricRegistry.SnakeCase(p.Key.Name), StringComparer.Ordinal).Select(p => (p.Key, p.Value.ToArray()));
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
