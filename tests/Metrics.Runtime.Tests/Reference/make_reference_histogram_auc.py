#!/usr/bin/python3
"""Generate histogram_auc.json: reference values for HistogramRocAuc of Metrics.Dsl.

Run from this folder with Debian's interpreter (python3-sklearn, python3-numpy, python3-pandas):

    /usr/bin/python3 make_reference_histogram_auc.py

Deterministic (fixed seeds).  Library versions are recorded under "versions".

Each case has labels (0/1), scores, weights (or null) and, under "expected":

  * roc_auc           sklearn.metrics.roc_auc_score(labels, scores, sample_weight): the exact area.
  * average_precision sklearn.metrics.average_precision_score on the exact scores.
  * bits_<B>          for B in BITS, computed on the bin of every score instead of the score:
      - roc_auc            roc_auc_score(labels, bins, sample_weight): what the histogram must give
                           (scores in one bin are ties).
      - average_precision  average_precision_score(labels, bins, sample_weight).
      - error_bound        1/2 * sum_b P_b N_b / (P N) in numpy.
    The bins are computed here independently of the C# code: the score rounded to
    numpy float32 (-0 as +0), its IEEE bits as uint32, the sign bit flipped for
    positives and every bit flipped for negatives, shifted right by 32 - B.

Cases: the sample's out-of-fold breast cancer probabilities
(samples/Metrics.Dsl.Sample/data/breast_cancer_predictions.csv) and their logits;
a logistic regression's held-out probabilities on make_classification (10,000
rows; unweighted, with integer weights 1-4, and sharpened towards 0 and 1 so that
they crowd into the few float bins near 1); finite extremes (huge, tiny, float
subnormal and double-only subnormal values of both signs).
"""

import json
import math
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

warnings.simplefilter("ignore")

BITS = [10, 12, 16, 20]
SAMPLE = "../../../samples/Metrics.Dsl.Sample/data/breast_cancer_predictions.csv"


def enc(x):
    if isinstance(x, (list, tuple, np.ndarray)):
        return [enc(v) for v in x]
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def bins(scores, bits):
    single = scores.astype(np.float32)
    single[single == 0] = 0.0
    raw = single.view(np.uint32).astype(np.uint64)
    key = np.where(raw & 0x80000000, ~raw & 0xFFFFFFFF, raw | 0x80000000)
    return (key >> (32 - bits)).astype(np.int64)


def bound(labels, binned, weights):
    w = np.ones(len(labels)) if weights is None else weights
    _, index = np.unique(binned, return_inverse=True)
    pos = np.bincount(index, weights=w * (labels == 1))
    neg = np.bincount(index, weights=w * (labels == 0))
    return 0.5 * np.sum(pos * neg) / (pos.sum() * neg.sum())


def case(name, labels, scores, weights=None):
    sw = weights
    expected = {
        "roc_auc": roc_auc_score(labels, scores, sample_weight=sw),
        "average_precision": average_precision_score(labels, scores, sample_weight=sw),
    }
    for b in BITS:
        binned = bins(scores, b)
        expected[f"bits_{b}"] = {
            "roc_auc": enc(roc_auc_score(labels, binned, sample_weight=sw)),
            "average_precision": enc(average_precision_score(labels, binned, sample_weight=sw)),
            "error_bound": enc(bound(labels, binned, weights)),
        }
    return {
        "name": name,
        "labels": [int(v) for v in labels],
        "scores": enc(scores),
        "weights": None if weights is None else enc(weights),
        "expected": {k: (enc(v) if not isinstance(v, dict) else v) for k, v in expected.items()},
    }


def main():
    cases = []
    sample = pd.read_csv(SAMPLE)
    y = sample["label"].to_numpy()
    p = sample["probability"].to_numpy(dtype=np.float64)
    cases.append(case("breast_cancer_probabilities", y, p))
    with np.errstate(divide="ignore"):
        cases.append(case("breast_cancer_logits", y, np.log(p) - np.log1p(-p)))

    x, target = make_classification(n_samples=20000, n_features=20, n_informative=5, flip_y=0.05, random_state=0)
    model = LogisticRegression(max_iter=1000).fit(x[:10000], target[:10000])
    held_y = target[10000:]
    held_p = model.predict_proba(x[10000:])[:, 1]
    cases.append(case("logistic_10k", held_y, held_p))
    weights = np.random.default_rng(1).integers(1, 5, len(held_y)).astype(float)
    cases.append(case("logistic_10k_integer_weights", held_y, held_p, weights))
    sharpened = 1 / (1 + np.exp(-8 * model.decision_function(x[10000:])))
    cases.append(case("logistic_10k_sharpened", held_y, sharpened))

    rng = np.random.default_rng(2)
    magnitudes = np.array([1e300, 3.4e38, 3.5e38, 1e10, 1.0, 1e-30, 1e-40, 1e-44, 1e-46, 1e-310, 5e-324, 0.0])
    extremes = np.concatenate([magnitudes, -magnitudes, rng.choice(np.concatenate([magnitudes, -magnitudes]), 400)])
    extreme_labels = np.concatenate([np.arange(len(magnitudes) * 2) % 2, rng.integers(0, 2, 400)])
    cases.append(case("finite_extremes", extreme_labels, extremes))

    out = {
        "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__, "pandas": pd.__version__},
        "bits": BITS,
        "cases": cases,
    }
    with open("histogram_auc.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
