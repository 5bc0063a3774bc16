using System.Globalization;
using System.IO;
using System.Linq;
using Metrics;

namespace Metrics.Dsl.Sample;

// The three tasks, each evaluated once on all rows.
internal static class Report
{
    public static void Multiclass(TextWriter output, DigitsData digits)
    {
        var table = new TablePrinter($"Digits, multiclass ({digits.Classes} classes, {digits.Rows} rows)", "lr", "metric", "value");
        foreach (var metric in Evaluations.Multiclass(digits))
        {
            table.Add(metric.Name, TablePrinter.Number(metric.Value));
        }

        var matrix = new ConfusionMatrix(digits.Classes).Update(digits.Labels, digits.Predicted).Compute();
        var correct = Evaluations.Diagonal(matrix);
        table.Note(
            $"ConfusionMatrix diagonal: {TablePrinter.Count(correct)} of {digits.Rows} rows"
            + $" = {TablePrinter.Number(correct / digits.Rows)}, the accuracy again")
            .Print(output);
        PerClass(digits.Classes, matrix).Print(output);
    }

    public static void Binary(TextWriter output, DigitsData digits)
    {
        var table = new TablePrinter(
            $"Digits, binary: is it an 8? (is_eight_logit > {TablePrinter.Count(Evaluations.LogitThreshold)} vs label == 8, {digits.Rows} rows)",
            "lr",
            "metric",
            "value");
        foreach (var metric in Evaluations.Binary(digits))
        {
            table.Add(metric.Name, TablePrinter.Number(metric.Value));
        }

        // The state fields are public: F1Score keeps exactly the counts of the confusion table.
        var f1 = new F1Score(Evaluations.LogitThreshold).Update(digits.IsEight, digits.EightLogits);
        table.Note(
            $"{TablePrinter.Count(f1.Counts.TruePositives + f1.Counts.FalseNegatives)} actual positives, {TablePrinter.Count(f1.Counts.TruePositives + f1.Counts.FalsePositives)} predicted,"
            + $" {TablePrinter.Count(f1.Counts.TruePositives)} true positives")
            .Print(output);
    }

    public static void Regression(TextWriter output, DiabetesData diabetes)
    {
        var table = new TablePrinter($"Diabetes regression ({diabetes.Rows} rows, Ridge predictions)", "lr", "metric", "value");
        foreach (var metric in Evaluations.Regression(diabetes))
        {
            table.Add(metric.Name, TablePrinter.Number(metric.Value));
        }

        table.Note($"residual = prediction - target; target range {TablePrinter.Count(diabetes.Targets.Min())} to {TablePrinter.Count(diabetes.Targets.Max())}")
            .Print(output);
    }

    // Rows of the confusion matrix are true classes, columns predicted classes.
    private static TablePrinter PerClass(int classes, double[,] matrix)
    {
        var range = Enumerable.Range(0, classes).ToArray();
        var support = range.Select(c => range.Sum(p => matrix[c, p])).ToArray();
        var predicted = range.Select(p => range.Sum(c => matrix[c, p])).ToArray();
        var align = "l" + new string('r', classes);
        return new TablePrinter($"Digits, per class, from ConfusionMatrix(numClasses: {classes})", align, ["class", .. range.Select(c => c.ToString(CultureInfo.InvariantCulture))])
            .Add(["support", .. support.Select(TablePrinter.Count)])
            .Add(["predicted", .. predicted.Select(TablePrinter.Count)])
            .Add(["correct", .. range.Select(c => TablePrinter.Count(matrix[c, c]))])
            .Add(["recall", .. range.Select(c => TablePrinter.Number(matrix[c, c] / support[c], 3))])
            .Add(["precision", .. range.Select(c => TablePrinter.Number(matrix[c, c] / predicted[c], 3))]);
    }
}
