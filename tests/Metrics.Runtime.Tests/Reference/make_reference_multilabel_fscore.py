#!/usr/bin/python3
"""Generate multilabel_fscore.json: reference values for MultiLabelFBetaScore (Keras' FBetaScore/F1Score on label
indicator rows).

How to run (from this folder; Debian's python3-sklearn and python3-numpy, NOT a venv interpreter):

    /usr/bin/python3 make_reference_multilabel_fscore.py

Deterministic (fixed seed); the schema is make_reference.py's (shape "rowpair": labels and predictions flattened
row-major, "columns" labels per row; mask and weights per row). Expected: [averaged, per-label...].

Source of truth: sklearn.metrics.precision_recall_fscore_support on the 0/1 indicator matrices (multilabel support),
with sample_weight. The decisions are score > threshold, or, without a threshold, Keras' row-maximum rule
(score >= row max and |score| > 1e-9). A label absent from labels and predictions is NaN and left out of averages;
sklearn 1.2 has no zero_division=nan, so a 0/0 score is found by comparing zero_division=0 and 1 and becomes NaN.
"""

import json
import math
import os

import numpy as np
import sklearn
from sklearn import metrics as skm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "multilabel_fscore.json")
CASES = []


def enc(v):
    v = float(v)
    return "NaN" if math.isnan(v) else v


def compact(values):
    if values is None:
        return None
    return [int(v) if float(v).is_integer() else float(v) for v in np.asarray(values, dtype=float).ravel()]


def decisions(P, threshold):
    if threshold is not None:
        return (P > threshold).astype(int)
    row_max = P.max(axis=1, keepdims=True)
    return ((P >= row_max) & (np.abs(P) > 1e-9)).astype(int)


def expected(Y, D, w, beta, average):
    L = Y.shape[1]
    if len(Y) == 0:
        return [float("nan")] * (L + 1)
    kw = dict(average=None, sample_weight=w, beta=beta)
    f0 = skm.precision_recall_fscore_support(Y, D, zero_division=0, **kw)[2]
    f1 = skm.precision_recall_fscore_support(Y, D, zero_division=1, **kw)[2]
    per = np.where(f0 == f1, f0, np.nan)
    support = (Y * w[:, None]).sum(axis=0)
    predicted = (D * w[:, None]).sum(axis=0)
    per = np.where((support == 0) & (predicted == 0), np.nan, per)
    if average == "Micro":
        kw["average"] = "micro"
        a = skm.precision_recall_fscore_support(Y, D, zero_division=0, **kw)[2]
        b = skm.precision_recall_fscore_support(Y, D, zero_division=1, **kw)[2]
        avg = a if a == b else float("nan")
    else:
        ok = ~np.isnan(per)
        if not ok.any():
            avg = float("nan")
        elif average == "Macro":
            avg = float(np.mean(per[ok]))
            check = skm.fbeta_score(Y[:, ok], D[:, ok], beta=beta, average="macro", sample_weight=w, zero_division=0)
            assert abs(check - avg) < 1e-12 or np.isnan(f0[ok]).any() or (f0[ok] != f1[ok]).any(), (check, avg)
        else:
            s = support[ok]
            avg = float(np.sum(per[ok] * s) / np.sum(s)) if s.sum() > 0 else float("nan")
    return [avg] + list(per)


def add(name, params, Y, P, mask, weights, threshold, beta, average):
    n = len(Y)
    keep = np.ones(n, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    sel = keep & (w > 0)
    values = expected(Y[sel], decisions(P, threshold)[sel], w[sel], beta, average)
    CASES.append({
        "name": name, "metric": "MultiLabelFBetaScore", "params": params, "shape": "rowpair",
        "labels": compact(Y), "predictions": compact(P), "columns": int(Y.shape[1]),
        "mask": None if mask is None else [bool(m) for m in mask],
        "weights": compact(weights), "expected": [enc(v) for v in values],
    })


def main():
    rng = np.random.default_rng(20261123)
    shapes = [(12, 3), (40, 5), (10000, 4)]
    for rows, labels in shapes:
        Y = (rng.random((rows, labels)) < 0.35).astype(int)
        if rows == 12:
            Y[:, 2] = 0          # a label that never occurs as a label
        P = np.round(rng.random((rows, labels)), 2)   # rounding makes ties within rows
        mask = rng.random(rows) < 0.7
        weights = rng.choice([0.0, 0.5, 1.0, 2.0, 3.0], size=rows)
        variants = [("", None, None), (" masked", mask, None), (" weighted", None, weights), (" masked weighted", mask, weights)]
        if rows >= 10000:
            variants = [(" weighted", None, weights)]
        for threshold in (None, 0.5, 0.9):
            for beta in (1.0, 2.0):
                for average in ("Macro", "Micro", "Weighted"):
                    if rows >= 10000 and (beta, average) not in ((1.0, "Macro"), (2.0, "Weighted")):
                        continue   # large batches: two cases per threshold keep the file small
                    for suffix, m, w in variants:
                        params = {"numLabels": labels, "beta": beta, "threshold": threshold, "average": average}
                        name = f"MultiLabelFBetaScore {rows}x{labels} t={threshold} beta={beta} {average}{suffix}"
                        add(name, params, Y, P, m, w, threshold, beta, average)
    # one label only, all-zero scores (no prediction under the row-max rule), and an empty batch
    add("MultiLabelFBetaScore all-zero scores", {"numLabels": 2, "beta": 1.0, "threshold": None, "average": "Macro"},
        np.array([[1, 0], [0, 1]]), np.zeros((2, 2)), None, None, None, 1.0, "Macro")
    add("MultiLabelFBetaScore empty", {"numLabels": 3, "beta": 1.0, "threshold": 0.5, "average": "Macro"},
        np.zeros((0, 3), dtype=int), np.zeros((0, 3)), None, None, 0.5, 1.0, "Macro")
    with open(OUT, "w") as f:
        json.dump({"versions": {"sklearn": sklearn.__version__, "numpy": np.__version__}, "cases": CASES}, f, separators=(",", ":"))
    print(f"{len(CASES)} cases -> {OUT}")


if __name__ == "__main__":
    main()
