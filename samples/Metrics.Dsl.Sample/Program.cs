using System;
using System.IO;
using Metrics.Dsl.Sample;

// Evaluates out-of-fold predictions on three scikit-learn data sets with Metrics.Dsl, checks the masked,
// weighted and sharded paths against each other and the results against scikit-learn, and writes plots into the
// folder given as the first argument (artifacts/sample-plots by default). Exit code 1 on any failure.
var data = Path.Combine(AppContext.BaseDirectory, "data");
var plots = args.Length > 0 ? args[0] : Path.Combine("artifacts", "sample-plots");
var digits = DigitsData.Load(Path.Combine(data, "digits_predictions.csv"));
var diabetes = DiabetesData.Load(Path.Combine(data, "diabetes_predictions.csv"));
var output = Console.Out;

output.WriteLine(
    $"Data: 5-fold out-of-fold predictions on scikit-learn's bundled Digits ({digits.Rows} images, UCI optdigits),"
    + $" Diabetes ({diabetes.Rows} patients, Efron et al. 2004) and Breast cancer (Wisconsin diagnostic); provenance in data/README.md");

Report.Multiclass(output, digits);
Report.Binary(output, digits);
Report.Regression(output, diabetes);
var cancer = FileEvaluation.Binary(output, Path.Combine(data, "breast_cancer_predictions.csv"));

var failures = Variants.Masked(output, digits, diabetes);
Variants.Weighted(output, digits, diabetes);
failures += Variants.Sharded(output, digits, diabetes);
failures += ByName.Print(output, digits, diabetes);
failures += ScikitLearnAgreement.Print(output, digits, diabetes, cancer.Total, Path.Combine(data, "scikit_learn_values.json"));

Plots.Write(output, plots, cancer, digits);

output.WriteLine();
output.WriteLine(failures == 0 ? "All checks passed." : $"{failures} check(s) FAILED.");
return failures == 0 ? 0 : 1;
