"""Reference values for the curve metrics of issue 18, written to curves_parity.json.

Run with Debian's python3 (scikit-learn 1.2.1):  /usr/bin/python3 make_reference_curves_parity.py

  * partial_roc_auc: roc_auc_score(y, s, max_fpr=m) (McClish-standardized), with and without sample_weight;
  * one_vs_one_auc: roc_auc_score(y, S, multi_class="ovo", average=macro|weighted) (scikit-learn takes no weights here);
  * det_curve: det_curve(y, s[, sample_weight]) points.
"""
import json
import numpy as np
import sklearn
from sklearn.metrics import roc_auc_score, det_curve

rng = np.random.default_rng(1818)
cases = []


def floats(a):
    return [float(x) for x in np.asarray(a).ravel()]


for seed in range(4):
    n = int(rng.integers(12, 60))
    y = rng.integers(0, 2, n)
    y[:2] = [0, 1]
    s = np.round(rng.normal(y * 0.8, 1.0), 1 if seed % 2 else 3)
    w = rng.integers(1, 4, n) * 0.5
    for m in [0.05, 0.2, 0.5, 0.8, 1.0]:
        cases.append({"name": f"partial {seed} max_fpr={m}", "metric": "partial_roc_auc", "params": {"max_fpr": m},
                      "labels": floats(y), "predictions": floats(s), "columns": 0,
                      "expected": [float(roc_auc_score(y, s, max_fpr=m))]})
        cases.append({"name": f"partial {seed} max_fpr={m} weighted", "metric": "partial_roc_auc", "params": {"max_fpr": m},
                      "labels": floats(y), "predictions": floats(s), "columns": 0, "weights": floats(w),
                      "expected": [float(roc_auc_score(y, s, max_fpr=m, sample_weight=w))]})
    fpr, fnr, thr = det_curve(y, s)
    cases.append({"name": f"det {seed}", "metric": "det_curve", "params": {}, "labels": floats(y), "predictions": floats(s),
                  "columns": 0, "expected": floats(np.concatenate([fpr, fnr, thr]))})
    fpr, fnr, thr = det_curve(y, s, sample_weight=w)
    cases.append({"name": f"det {seed} weighted", "metric": "det_curve", "params": {}, "labels": floats(y),
                  "predictions": floats(s), "columns": 0, "weights": floats(w),
                  "expected": floats(np.concatenate([fpr, fnr, thr]))})

for seed in range(4):
    classes = int(rng.integers(3, 6))
    n = int(rng.integers(15, 70))
    y = rng.integers(0, classes, n)
    y[:classes] = np.arange(classes)
    logits = rng.normal(0, 1, (n, classes)) + 1.2 * np.eye(classes)[y]
    scores = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    scores = np.round(scores, 2 if seed % 2 else 6)
    scores = scores / scores.sum(axis=1, keepdims=True)
    for average in ["macro", "weighted"]:
        cases.append({"name": f"ovo {seed} {average}", "metric": "one_vs_one_auc", "params": {"average": average},
                      "labels": floats(y), "predictions": floats(scores), "columns": classes,
                      "expected": [float(roc_auc_score(y, scores, multi_class="ovo", average=average))]})

with open("curves_parity.json", "w") as f:
    json.dump({"sklearn": sklearn.__version__, "cases": cases}, f, indent=1)
print(len(cases), "cases")
