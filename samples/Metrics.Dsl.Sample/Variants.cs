using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Metrics;

namespace Metrics.Dsl.Sample;

// The same metrics under a mask, under sample weights and as merged shards. Each check returns its number of
// failures.
internal static class Variants
{
    private const int MaskedFold = 0;

    // Shards are merged, and SIMD lanes see other elements once masked rows are skipped rather than removed, so
    // sums add up in another order: the values may differ in the last bits only.
    private const double SummationOrderTolerance = 1e-12;

    public static int Masked(TextWriter output, DigitsData digits, DiabetesData diabetes)
    {
        var digitsMask = Selection.Fold(digits.Folds, MaskedFold);
        var diabetesMask = Selection.Fold(diabetes.Folds, MaskedFold);
        var table = new TablePrinter(
            $"Masked evaluation: fold {MaskedFold} only (mask = fold == {MaskedFold}:"
            + $" {Selection.Count(digitsMask)} digits rows, {Selection.Count(diabetesMask)} diabetes rows)",
            "llrr",
            "task",
            "metric",
            "all rows",
            $"fold {MaskedFold} (mask)");

        // The masked update must equal updating with the fold's rows copied out into new arrays.
        var (digitsFold, diabetesFold) = (digits.Where(digitsMask), diabetes.Where(diabetesMask));
        var groups = new (string Task, MetricValue[] All, MetricValue[] Masked, MetricValue[] Indexed)[]
        {
            ("digits 10-class", Evaluations.Multiclass(digits), Evaluations.Multiclass(digits, digitsMask), Evaluations.Multiclass(digitsFold)),
            ("digits is-8", Evaluations.Binary(digits), Evaluations.Binary(digits, digitsMask), Evaluations.Binary(digitsFold)),
            ("diabetes", Evaluations.Regression(diabetes), Evaluations.Regression(diabetes, diabetesMask), Evaluations.Regression(diabetesFold)),
        };

        var mismatches = new List<string>();
        foreach (var (task, all, masked, indexed) in groups)
        {
            table.RuleBetweenGroups();
            for (var i = 0; i < all.Length; i++)
            {
                table.Add(i == 0 ? task : "", all[i].Name, TablePrinter.Number(all[i].Value), TablePrinter.Number(masked[i].Value));
                if (!Agree(masked[i].Value, indexed[i].Value))
                {
                    mismatches.Add(
                        $"{task} {all[i].Name}: mask {TablePrinter.Exact(masked[i].Value)}, indexing {TablePrinter.Exact(indexed[i].Value)}");
                }
            }
        }

        var count = groups.Sum(g => g.All.Length);
        table.Note(mismatches.Count == 0
            ? $"mask ≡ indexing: ok ({count} of {count} metrics equal, to 1e-12 relative, to evaluating the fold's rows alone)"
            : $"mask ≡ indexing: MISMATCH in {mismatches.Count} of {count} metrics");
        foreach (var mismatch in mismatches)
        {
            table.Note("  " + mismatch);
        }

        table.Print(output);
        return mismatches.Count;
    }

    private static bool Agree(double a, double b) =>
        a.Equals(b) || Math.Abs(a - b) <= SummationOrderTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    public static void Weighted(TextWriter output, DigitsData digits, DiabetesData diabetes)
    {
        var balanced = Evaluations.ClassBalanced(digits.IsEight);
        var binaryNotes = new Dictionary<string, string>
        {
            ["Accuracy"] = "= balanced accuracy",
            ["Recall"] = "unchanged: all positives weigh the same",
        };

        var table = new TablePrinter("Weighted evaluation", "llrrl", "task", "metric", "unweighted", "weighted", "note");
        AddGroup(table, "is-8, w = n/(2·n_class)", Evaluations.Binary(digits), Evaluations.Binary(digits, weights: balanced), binaryNotes);
        var byFold = Evaluations.ByFold(diabetes.Folds);
        AddGroup(table, "diabetes, w = 1/(fold+1)", Evaluations.Regression(diabetes), Evaluations.Regression(diabetes, weights: byFold), []);
        table.Note($"is-8 weights: {TablePrinter.Number(balanced.Min(), 4)} per non-8, {TablePrinter.Number(balanced.Max(), 4)} per 8")
            .Print(output);
    }

    public static int Sharded(TextWriter output, DigitsData digits, DiabetesData diabetes)
    {
        var (labels, scores, folds) = (digits.Labels, digits.Scores, digits.Folds);
        var (t, p) = (diabetes.Targets, diabetes.Predictions);
        var checks = new[]
        {
            Sharding.Check("Accuracy (10-class)", new Accuracy(), folds, (m, mask) => m.Update(labels, scores, mask), m => m.Compute()),
            Sharding.Check("LogProb", new LogProb(), folds, (m, mask) => m.Update(digits.OneHot, scores, mask), m => m.Compute()),
            Sharding.Check(
                "ConfusionMatrix (diagonal)",
                new ConfusionMatrix(digits.Classes),
                folds,
                (m, mask) => m.Update(labels, digits.Predicted, mask),
                m => Evaluations.Diagonal(m.Compute())),
            Sharding.Check(
                "F1Score (is-8)",
                new F1Score(Evaluations.LogitThreshold),
                folds,
                (m, mask) => m.Update(digits.IsEight, digits.EightLogits, mask),
                m => m.Compute()),
            Sharding.Check("MSE", new MeanSquaredError(), diabetes.Folds, (m, mask) => m.Update(t, p, mask), m => m.Compute()),
            Sharding.Check(
                "HuberLoss (custom)",
                new HuberLoss(Evaluations.HuberDelta),
                diabetes.Folds,
                (m, mask) => m.Update(t, p, mask),
                m => m.Compute()),
            Sharding.Check(
                "residual sd (Welford)",
                new Welford(),
                diabetes.Folds,
                (m, mask) => m.Update(diabetes.Residuals, mask),
                m => m.Compute().StandardDeviation),
        };

        var table = new TablePrinter(
            "Sharded evaluation: one metric per fold from Empty(), then Merge",
            "lrrl",
            "metric",
            "one pass",
            $"{folds.Distinct().Count()} folds merged",
            "check");
        var failures = 0;
        foreach (var check in checks)
        {
            var difference = Math.Abs(check.Merged - check.OnePass) / Math.Abs(check.OnePass);
            var ok = check.SameState || difference <= SummationOrderTolerance;
            failures += ok ? 0 : 1;
            table.Add(
                check.Name,
                TablePrinter.Exact(check.OnePass),
                TablePrinter.Exact(check.Merged),
                check.SameState ? "ok, identical state"
                    : ok ? $"ok, rel. diff {TablePrinter.Scientific(difference)}"
                    : $"MISMATCH, rel. diff {TablePrinter.Scientific(difference)}");
        }

        table.Print(output);
        return failures;
    }

    private static void AddGroup(
        TablePrinter table, string task, MetricValue[] unweighted, MetricValue[] weighted, Dictionary<string, string> notes)
    {
        table.RuleBetweenGroups();
        for (var i = 0; i < unweighted.Length; i++)
        {
            var name = unweighted[i].Name;
            table.Add(
                i == 0 ? task : "",
                name,
                TablePrinter.Number(unweighted[i].Value),
                TablePrinter.Number(weighted[i].Value),
                notes.GetValueOrDefault(name, ""));
        }
    }
}
