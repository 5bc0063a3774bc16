using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Metrics;

namespace Metrics.Dsl.Sample;

// Metrics picked by name, as from a configuration file: one MetricCollection per task, updated with untyped batches
// given once. The digits scores are logits, so the classification metrics are flax-metrics' (threshold 0), named
// flax_*; Keras' "precision" would decide at 0.5. Precision, recall and F1 share one set of confusion counts, MSE and RMSE one
// squared-error sum. Each value must equal the typed metric's (to rounding: derived counts sum in another order).
internal static class ByName
{
    private const double Tolerance = 1e-12;

    public static int Print(TextWriter output, DigitsData digits, DiabetesData diabetes)
    {
        MetricRegistry.Register<HuberLoss, double>("huber_loss_50");
        var binary = new MetricCollection("flax_precision", "flax_recall", "flax_f1_score", "flax_accuracy");
        var regression = new MetricCollection()
            .Add("mse", MetricRegistry.Create("mse"))
            .Add("rmse", MetricRegistry.Create("RootMeanSquaredError"))
            .Add("mae", MetricRegistry.Create("MAE"))
            .Add("r2", MetricRegistry.Create("r2_score"))
            .Add("huber", MetricRegistry.Create("HuberLoss", new Dictionary<string, object?> { ["delta"] = Evaluations.HuberDelta }));

        var isEight = Array.ConvertAll(digits.IsEight, l => (double)l);
        binary.Update(new MetricBatch(isEight, digits.EightLogits));
        regression.Update(new MetricBatch(diabetes.Targets, diabetes.Predictions));

        var typed = new Dictionary<string, double>
        {
            ["flax_precision"] = new Precision().Update(digits.IsEight, digits.EightLogits).Compute(),
            ["flax_recall"] = new Recall().Update(digits.IsEight, digits.EightLogits).Compute(),
            ["flax_f1_score"] = new F1Score().Update(digits.IsEight, digits.EightLogits).Compute(),
            ["flax_accuracy"] = new Accuracy().Update(digits.IsEight, digits.EightLogits).Compute(),
            ["mse"] = new MeanSquaredError().Update(diabetes.Targets, diabetes.Predictions).Compute(),
            ["rmse"] = new RootMeanSquaredError().Update(diabetes.Targets, diabetes.Predictions).Compute(),
            ["mae"] = new MeanAbsoluteError().Update(diabetes.Targets, diabetes.Predictions).Compute(),
            ["r2"] = new R2Score().Update(diabetes.Targets, diabetes.Predictions).Compute(),
            ["huber"] = new HuberLoss(Evaluations.HuberDelta).Update(diabetes.Targets, diabetes.Predictions).Compute(),
        };

        var table = new TablePrinter("Metrics by name: two MetricCollections from registry identifiers", "llrl", "task", "identifier", "value", "typed API");
        var failures = 0;
        foreach (var (task, collection) in new[] { ("digits is-8", binary), ("diabetes", regression) })
        {
            table.RuleBetweenGroups();
            var first = true;
            foreach (var (name, boxed) in collection.Compute())
            {
                var value = (double)boxed;
                var ok = Math.Abs(value - typed[name]) <= Tolerance * Math.Abs(typed[name]);
                failures += ok ? 0 : 1;
                table.Add(first ? task : "", name, TablePrinter.Number(value), ok ? "equal" : $"MISMATCH: {TablePrinter.Exact(typed[name])}");
                first = false;
            }
        }

        table.Note($"states updated per batch: {binary.StatesPerUpdate} for 4 classification metrics (precision, recall and F1 share one set of counts), "
            + $"{regression.StatesPerUpdate} for 5 regression metrics (MSE and RMSE share one sum)")
            .Print(output);
        return failures;
    }
}
