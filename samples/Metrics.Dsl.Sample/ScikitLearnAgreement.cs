using System;
using System.IO;

namespace Metrics.Dsl.Sample;

// scikit-learn 1.2.1's values for these exact CSV files, as printed by data/make_data.py and listed in
// data/README.md. Returns the number of metrics that disagree.
internal static class ScikitLearnAgreement
{
    private const double Tolerance = 1e-9;

    public static int Print(TextWriter output, DigitsData digits, DiabetesData diabetes)
    {
        var multiclass = Evaluations.Multiclass(digits);
        var binary = Evaluations.Binary(digits);
        var regression = Evaluations.Regression(diabetes);
        var rows = new (string Name, double Ours, double ScikitLearn)[]
        {
            ("multiclass accuracy", multiclass.Value("Accuracy (argmax)"), 0.9699499165275459),
            ("is-8 accuracy", binary.Value("Accuracy"), 0.9616026711185309),
            ("is-8 precision", binary.Value("Precision"), 0.8301886792452831),
            ("is-8 recall", binary.Value("Recall"), 0.7586206896551724),
            ("is-8 F1", binary.Value("F1Score"), 0.7927927927927928),
            ("diabetes MAE", regression.Value("MAE"), 48.84055135746606),
            ("diabetes MSE", regression.Value("MSE"), 3406.43519113776),
            ("diabetes RMSE", regression.Value("RMSE"), 58.3646741714349),
            ("diabetes R² = 1 - MSE/Var(target)", Evaluations.RSquared(diabetes), 0.42554783940028973),
        };

        var table = new TablePrinter(
            $"scikit-learn agreement (relative difference, tolerance {TablePrinter.Scientific(Tolerance)})",
            "lrrrl",
            "metric",
            "Metrics.Dsl",
            "scikit-learn",
            "rel. diff",
            "check");
        var failures = 0;
        foreach (var (name, ours, reference) in rows)
        {
            var difference = Math.Abs(ours - reference) / Math.Abs(reference);
            var ok = difference <= Tolerance;
            failures += ok ? 0 : 1;
            table.Add(name, TablePrinter.Exact(ours), TablePrinter.Exact(reference), TablePrinter.Scientific(difference), ok ? "ok" : "DIFFERS");
        }

        table.Note(failures == 0
            ? $"all {rows.Length} values agree with scikit-learn"
            : $"{failures} of {rows.Length} values differ from scikit-learn by more than {TablePrinter.Scientific(Tolerance)}");
        table.Print(output);
        return failures;
    }
}
