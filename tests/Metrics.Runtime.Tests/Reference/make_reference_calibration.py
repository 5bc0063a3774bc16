#!/usr/bin/python3
"""Generate calibration.json: reference values for the calibration metrics of Metrics.Dsl.

Run from this folder with Debian's interpreter (python3-sklearn, python3-numpy):

    /usr/bin/python3 make_reference_calibration.py

Deterministic (fixed seeds).  Library versions are recorded under "versions".

"binary_cases": labels (0/1), probabilities, mask (or null), weights (or null),
num_bins, and "expected", computed on x[mask] (a mask selects exactly like
x[mask]):

  * brier              sklearn.metrics.brier_score_loss(pos_label=1, sample_weight)
  * curve_prob_true, curve_prob_pred
                       sklearn.calibration.calibration_curve(n_bins, strategy="uniform").
                       scikit-learn has no sample weights: integer weights are
                       passed as repetitions (np.repeat), which is what a weight
                       means in Metrics.Dsl; cases with fractional weights carry
                       no curve.
  * ece, rmsce, mce    TorchMetrics' binary_calibration_error (norm l1, l2, max)
                       re-implemented in numpy from its source
                       (functional/classification/calibration_error.py:
                       confidences = probabilities, accuracies = labels,
                       bucketize(right=True) - 1 on linspace(0, 1, n + 1), so a
                       probability of 1 has a bin of its own); weights weight
                       each bin's sums.  TorchMetrics is not installable here.

"multiclass_cases": labels (class indices), probabilities (rows, row-major),
columns, mask, weights, num_bins, expected:

  * brier              mean over rows of sum_c (p_c - onehot_c)^2 in numpy, the
                       definition of scikit-learn >= 1.7's multi-class
                       brier_score_loss (scale_by_half=False); Debian's
                       scikit-learn (see "versions") only has the binary one.
  * ece, rmsce, mce    TorchMetrics' multiclass_calibration_error in numpy:
                       confidence = row max, accuracy = (argmax == label).

"torchmetrics_examples": the examples of TorchMetrics' BinaryCalibrationError
and MulticlassCalibrationError docstrings (v1.x), with their printed values
(4 decimals), copied from the documentation, not computed here.
"""

import json
import math
import warnings

import numpy as np
import sklearn
from sklearn.calibration import calibration_curve
from sklearn.metrics import brier_score_loss

warnings.simplefilter("ignore")


def enc(x):
    if isinstance(x, (list, tuple, np.ndarray)):
        return [enc(v) for v in x]
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    x = float(x)
    if math.isnan(x):
        return "NaN"
    return x


def torch_bins(confidences, accuracies, weights, n_bins):
    boundaries = np.linspace(0, 1, n_bins + 1)
    index = np.searchsorted(boundaries, confidences, side="right") - 1
    count = np.bincount(index, weights=weights, minlength=n_bins + 1)
    conf = np.bincount(index, weights=weights * confidences, minlength=n_bins + 1)
    acc = np.bincount(index, weights=weights * accuracies, minlength=n_bins + 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        conf = np.nan_to_num(conf / count)
        acc = np.nan_to_num(acc / count)
    prop = count / count.sum()
    gap = np.abs(acc - conf)
    l2 = np.sum(gap ** 2 * prop)
    return {
        "ece": np.sum(gap * prop),
        "rmsce": math.sqrt(l2) if l2 > 0 else 0.0,
        "mce": np.max(gap),
    }


def binary_case(name, rng, n, n_bins, mask, weights, boundary_values=False):
    labels = rng.integers(0, 2, n)
    # Probabilities loosely related to the labels, so the curves are not flat.
    probabilities = np.clip(0.3 * labels + 0.7 * rng.random(n), 0, 1)
    if boundary_values:
        # Values on bin boundaries (including 0 and 1) exercise both libraries' edge conventions.
        edges = np.linspace(0, 1, n_bins + 1)
        probabilities[: len(edges)] = edges
        probabilities[len(edges): 2 * len(edges)] = edges
    m = np.ones(n, bool) if mask is None else mask
    w = np.ones(n) if weights is None else weights
    y, p, ww = labels[m], probabilities[m], w[m]
    expected = {"brier": brier_score_loss(y, p, sample_weight=ww if weights is not None else None, pos_label=1)}
    integer = weights is None or np.all(weights == np.round(weights))
    if integer:
        reps = ww.astype(int)
        prob_true, prob_pred = calibration_curve(np.repeat(y, reps), np.repeat(p, reps), n_bins=n_bins, strategy="uniform")
        expected["curve_prob_true"] = prob_true
        expected["curve_prob_pred"] = prob_pred
    expected.update(torch_bins(p, y.astype(float), ww, n_bins))
    return {
        "name": name,
        "labels": labels.tolist(),
        "probabilities": enc(probabilities),
        "mask": None if mask is None else [bool(v) for v in mask],
        "weights": None if weights is None else enc(weights),
        "num_bins": n_bins,
        "expected": {k: enc(v) for k, v in expected.items()},
    }


def multiclass_case(name, rng, n, columns, n_bins, mask, weights):
    labels = rng.integers(0, columns, n)
    logits = rng.normal(size=(n, columns))
    logits[np.arange(n), labels] += 1.0
    rows = np.exp(logits)
    rows /= rows.sum(axis=1, keepdims=True)
    m = np.ones(n, bool) if mask is None else mask
    w = np.ones(n) if weights is None else weights
    y, p, ww = labels[m], rows[m], w[m]
    onehot = np.eye(columns)[y]
    expected = {"brier": np.average(np.sum((p - onehot) ** 2, axis=1), weights=ww)}
    expected.update(torch_bins(p.max(axis=1), (p.argmax(axis=1) == y).astype(float), ww, n_bins))
    return {
        "name": name,
        "labels": labels.tolist(),
        "probabilities": enc(rows.reshape(-1)),
        "columns": columns,
        "mask": None if mask is None else [bool(v) for v in mask],
        "weights": None if weights is None else enc(weights),
        "num_bins": n_bins,
        "expected": {k: enc(v) for k, v in expected.items()},
    }


def main():
    rng = np.random.default_rng(20261207)
    binary = []
    for i, (n, n_bins) in enumerate([(40, 5), (150, 10), (400, 15), (300, 7)]):
        binary.append(binary_case(f"binary_{i}_plain", rng, n, n_bins, None, None))
        binary.append(binary_case(f"binary_{i}_mask", rng, n, n_bins, rng.random(n) < 0.7, None))
        binary.append(binary_case(f"binary_{i}_int_weights", rng, n, n_bins, None, rng.integers(0, 4, n).astype(float)))
        binary.append(binary_case(f"binary_{i}_weights_mask", rng, n, n_bins, rng.random(n) < 0.8, rng.random(n) * 3))
    binary.append(binary_case("binary_boundaries_5", rng, 60, 5, None, None, boundary_values=True))
    binary.append(binary_case("binary_boundaries_10", rng, 60, 10, None, rng.integers(1, 3, 60).astype(float), boundary_values=True))
    multiclass = []
    for i, (n, columns, n_bins) in enumerate([(50, 3, 5), (200, 4, 15), (300, 6, 10)]):
        multiclass.append(multiclass_case(f"multiclass_{i}_plain", rng, n, columns, n_bins, None, None))
        multiclass.append(multiclass_case(f"multiclass_{i}_mask", rng, n, columns, n_bins, rng.random(n) < 0.6, None))
        multiclass.append(multiclass_case(f"multiclass_{i}_weights_mask", rng, n, columns, n_bins, rng.random(n) < 0.8, rng.random(n) * 2))
    torchmetrics_examples = [
        {
            "name": "BinaryCalibrationError",
            "labels": [0, 0, 1, 1, 1],
            "probabilities": [0.25, 0.25, 0.55, 0.75, 0.75],
            "num_bins": 2,
            "expected": {"ece": 0.2900, "rmsce": 0.2918, "mce": 0.3167},
        },
        {
            "name": "MulticlassCalibrationError",
            "labels": [0, 1, 2, 0],
            "probabilities": [0.25, 0.20, 0.55, 0.55, 0.05, 0.40, 0.10, 0.30, 0.60, 0.90, 0.05, 0.05],
            "columns": 3,
            "num_bins": 3,
            "expected": {"ece": 0.2000, "rmsce": 0.2082, "mce": 0.2333},
        },
    ]
    out = {
        "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__},
        "binary_cases": binary,
        "multiclass_cases": multiclass,
        "torchmetrics_examples": torchmetrics_examples,
    }
    with open("calibration.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
