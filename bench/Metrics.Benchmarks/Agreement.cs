using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Metrics.Benchmarks;

/// <summary>
/// Runs both sides of <see cref="MlNetBenchmarks"/> once and compares their values (relative 1e-6: ML.NET sums in
/// double like us, but in another order). Program refuses to report timings of reports that disagree.
/// </summary>
public static class Agreement
{
    public static (bool Agree, string Markdown) Check()
    {
        var b = new MlNetBenchmarks();
        b.Setup();
        var reg = b.MlNetRegression();
        var ours = b.OurRegression();
        var bin = b.MlNetBinary();
        var oursBin = b.OurBinary();
        var rows = new List<(string Name, double MlNet, double Ours)>
        {
            ("MAE", reg.MeanAbsoluteError, ours.MeanAbsoluteError),
            ("MSE", reg.MeanSquaredError, ours.MeanSquaredError),
            ("RMSE", reg.RootMeanSquaredError, ours.RootMeanSquaredError),
            ("R2", reg.RSquared, ours.R2),
            ("R2 (Welford)", reg.RSquared, b.OurRegressionWelford().R2),
            ("R2 (R2Score)", reg.RSquared, b.OurRegressionR2Score().R2),
            ("Accuracy", bin.Accuracy, oursBin.Accuracy),
            ("Precision", bin.PositivePrecision, oursBin.Precision),
            ("Recall", bin.PositiveRecall, oursBin.Recall),
            ("F1", bin.F1Score, oursBin.F1),
            ("ROC AUC (exact)", bin.AreaUnderRocCurve, b.OurBinaryExactAuc().Auc),
        };
        var binned = b.OurBinaryBinnedAuc().Auc;
        var agree = true;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Values on the same {MlNetBenchmarks.Rows:N0} rows (binned AUC, 200 thresholds on the probabilities: {binned:R}, {Math.Abs(binned - bin.AreaUnderRocCurve):E1} from ML.NET's):");
        text.AppendLine();
        text.AppendLine("| Value | ML.NET | Metrics.Dsl | Relative difference |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var (name, mlNet, mine) in rows)
        {
            var relative = Math.Abs(mlNet - mine) / Math.Max(Math.Abs(mlNet), 1e-300);
            agree &= relative <= 1e-6;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {mlNet:R} | {mine:R} | {relative:E1} |");
        }

        return (agree, text.ToString());
    }
}
