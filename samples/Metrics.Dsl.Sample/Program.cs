using System;
using System.IO;
using Metrics.Dsl.Sample;

// Evaluates out-of-fold predictions on two scikit-learn data sets with Metrics.Dsl, checks the masked,
// weighted and sharded paths against each other and the results against scikit-learn. Exit code 1 on any failure.
var data = Path.Combine(AppContext.BaseDirectory, "data");
var digits = DigitsData.Load(Path.Combine(data, "digits_predictions.csv"));
var diabetes = DiabetesData.Load(Path.Combine(data, "diabetes_predictions.csv"));
var output = Console.Out;

output.WriteLine(
    $"Data: 5-fold out-of-fold predictions on scikit-learn's bundled Digits ({digits.Rows} images, UCI optdigits)"
    + $" and Diabetes ({diabetes.Rows} patients, Efron et al. 2004); provenance in data/README.md");

Report.Multiclass(output, digits);
Report.Binary(output, digits);
Report.Regression(output, diabetes);

var failures = Variants.Masked(output, digits, diabetes);
Variants.Weighted(output, digits, diabetes);
failures += Variants.Sharded(output, digits, diabetes);
failures += ByName.Print(output, digits, diabetes);
failures += ScikitLearnAgreement.Print(output, digits, diabetes, Path.Combine(data, "scikit_learn_values.json"));

output.WriteLine();
output.WriteLine(failures == 0 ? "All checks passed." : $"{failures} check(s) FAILED.");
return failures == 0 ? 0 : 1;
