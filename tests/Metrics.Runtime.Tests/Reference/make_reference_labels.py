#!/usr/bin/python3
"""Generate labels.json: reference values for Keras' class_id and top_k on score rows (Metrics.Dsl).

How to run (from this folder; Debian's python3-sklearn and python3-numpy, NOT a venv interpreter):

    /usr/bin/python3 make_reference_labels.py

Deterministic (fixed seed). Library versions are recorded under "versions". Schema of make_reference.py: name,
metric, params, shape "rowpair", labels and predictions (rows, row-major), columns, mask and weights (per row),
expected (a number, or a list with one number per threshold); NaN is the string "NaN". Values are computed on the
selected rows (mask applied like x[mask]); a row's weight applies to each of its elements.

Where the expected values come from (peers.md section 1.8; Keras itself is not installable here):
  * TruePositives ... RecallAtThresholds with class_id: sklearn confusion_matrix of (score > t) on column class_id;
    without class_id on the flattened rows (Keras flattens), the row weight repeated per element.
  * PrecisionAtRecall, RecallAtPrecision, SensitivityAtSpecificity, SpecificityAtSensitivity with class_id: Keras'
    formulas in numpy (make_reference_curves.keras_at) on the column (or the flattened rows); the confusion counts at
    every grid threshold are cross-checked against sklearn confusion_matrix.
  * TopKPrecision, TopKRecall: numpy, Keras' top_k rule: per row keep the k largest scores (np.argsort(-s,
    kind="stable"): equal scores keep the lower index first, as tf.math.top_k), the others become -1e10; positive iff
    score > threshold (-1e10 when no threshold is given); then class_id slices the column. Precision TP/(TP+FP),
    recall TP/(TP+FN), NaN for 0/0 (Keras: 0). Cross-checked with sklearn precision_score/recall_score on the
    flattened 0/1 decisions.
  * MultiLabelBinnedAuc (Keras AUC(multi_label, num_labels, label_weights)): numpy, make_reference_curves.keras_auc
    (Keras' binned formulas) per label column; Macro = multi_label=True (mean, or label_weights-weighted mean),
    Micro = multi_label=False (flattened pairs, weight = row weight x label weight), Weighted = per-label AUC weighted
    by label weight x weighted positives. NaN where a label's area is undefined (Keras: 0). The per-label ROC areas
    with 20,001 thresholds are cross-checked against sklearn roc_auc_score within 1e-3.
"""

import json
import math
import os
import sys

import numpy as np
import sklearn
from sklearn import metrics as skm

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_reference_curves import keras_at, keras_auc, keras_confusion  # noqa: E402

OUT = os.path.join(HERE, "labels.json")
NEG_INF = -1e10
CASES = []
NAMES = set()
THRESHOLDS = [0.0, 0.3, 0.5, 0.7, 1.0]
AT_KINDS = {
    "PrecisionAtRecall": ("precision_at_recall", "recall", 0.5),
    "RecallAtPrecision": ("recall_at_precision", "precision", 0.6),
    "SensitivityAtSpecificity": ("sensitivity_at_specificity", "specificity", 0.5),
    "SpecificityAtSensitivity": ("specificity_at_sensitivity", "sensitivity", 0.5),
}


def enc(x):
    x = float(x)
    if math.isnan(x):
        return "NaN"
    return x


def compact(values):
    if values is None:
        return None
    return [float(v) if float(v) != int(v) else int(v) for v in np.asarray(values, dtype=float).ravel()]


def add(name, metric, params, labels, scores, mask, weights, expected):
    assert name not in NAMES, name
    NAMES.add(name)
    expected = [enc(v) for v in np.asarray(expected, dtype=float).ravel()] if np.ndim(expected) else enc(expected)
    CASES.append({
        "name": name, "metric": metric, "params": params, "shape": "rowpair",
        "labels": compact(labels), "predictions": compact(scores), "columns": int(labels.shape[1]),
        "mask": None if mask is None else [bool(m) for m in mask],
        "weights": compact(weights), "expected": expected,
    })


def elements(Y, S, w, class_id):
    """The counted (label, score, weight) elements: column class_id, or every element (row weight repeated)."""
    if class_id is None:
        return Y.ravel(), S.ravel(), np.repeat(w, Y.shape[1])
    return Y[:, class_id], S[:, class_id], w


def selected(Y, S, mask, weights):
    n = len(Y)
    sel = np.ones(n, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    return Y[sel], S[sel], w[sel]


def counts(y, p, w):
    if len(y) == 0:
        return 0.0, 0.0, 0.0, 0.0
    tn, fp, fn, tp = skm.confusion_matrix(y, p.astype(int), labels=[0, 1], sample_weight=w).ravel()
    return tp, fp, tn, fn


def ratio(a, b):
    return a / b if b > 0 else float("nan")


def threshold_family(Y, S, w, class_id, metric):
    y, s, ww = elements(Y, S, w, class_id)
    out = []
    for t in THRESHOLDS:
        tp, fp, tn, fn = counts(y, s > t, ww)
        out.append({"TruePositives": tp, "FalsePositives": fp, "TrueNegatives": tn, "FalseNegatives": fn,
                    "PrecisionAtThresholds": ratio(tp, tp + fp), "RecallAtThresholds": ratio(tp, tp + fn)}[metric])
    return out


def at_metric(Y, S, w, class_id, metric, num_thresholds):
    y, s, ww = elements(Y, S, w, class_id)
    grid = [0.5] if num_thresholds == 1 else [0.0] + [(i + 1) / (num_thresholds - 1) for i in range(num_thresholds - 2)] + [1.0]
    tp, fp, fn, tn = keras_confusion(y.astype(float), s, ww, grid)
    for j, t in enumerate(grid):
        ref = counts(y, s > t, ww)
        assert np.allclose([tp[j], fp[j], tn[j], fn[j]], ref, rtol=1e-12, atol=1e-9), (metric, t)
    kind, _, value = AT_KINDS[metric]
    return keras_at(y.astype(float), s, ww, kind, value, num_thresholds)


def top_k_decisions(S, k, threshold):
    kept = np.full(S.shape, NEG_INF)
    for i, row in enumerate(S):
        top = np.argsort(-row, kind="stable")[:k]
        kept[i, top] = row[top]
    return kept > (NEG_INF if threshold is None else threshold)


def top_k_metric(Y, S, w, class_id, metric, k, threshold):
    D = top_k_decisions(S, k, threshold)
    y, d, ww = elements(Y, D, w, class_id)
    tp = float(np.sum(ww * (y == 1) * d))
    fp = float(np.sum(ww * (y == 0) * d))
    fn = float(np.sum(ww * (y == 1) * ~d))
    value = ratio(tp, tp + fp) if metric == "TopKPrecision" else ratio(tp, tp + fn)
    keep = ww > 0
    if keep.any() and not math.isnan(value):
        fn_ = skm.precision_score if metric == "TopKPrecision" else skm.recall_score
        ref = fn_(y[keep], d[keep].astype(int), sample_weight=ww[keep], zero_division=0)
        assert abs(ref - value) < 1e-12, (metric, ref, value)
    return value


def binned_auc(Y, S, w, average, label_weights, num_thresholds, thresholds, curve):
    L = Y.shape[1]
    lw = np.ones(L) if label_weights is None else np.asarray(label_weights, dtype=float)
    if average == "Micro":
        return keras_auc(Y.ravel().astype(float), S.ravel(), np.repeat(w, L) * np.tile(lw, len(Y)), num_thresholds, thresholds, curve)
    per = np.array([keras_auc(Y[:, l].astype(float), S[:, l], w, num_thresholds, thresholds, curve) if len(Y) else float("nan") for l in range(L)])
    if curve == "ROC" and len(Y):
        for l in range(L):
            yl = Y[:, l]
            keep = w > 0
            if 0 < yl[keep].sum() < keep.sum():
                fine = keras_auc(yl.astype(float), S[:, l], w, 20001, None, "ROC")
                ref = skm.roc_auc_score(yl[keep], S[keep, l], sample_weight=w[keep])
                assert abs(fine - ref) < 1e-3, (fine, ref)
    weights = lw * (Y * w[:, None]).sum(axis=0) if average == "Weighted" else lw
    return float(np.sum(weights * per) / np.sum(weights))


def data(rng, rows, columns, ties):
    Y = rng.integers(0, 2, (rows, columns))
    S = np.clip(Y * 0.3 + rng.random((rows, columns)) * 0.7, 0, 1)
    S = np.round(S, 1 if ties else 2)   # 2 decimals: scores tie with thresholds; 1 decimal: many ties inside rows
    return Y, S


def variants(rng, rows, large):
    mask = rng.random(rows) < 0.7
    weights = rng.choice([0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0], size=rows)
    if large:
        return [(" masked weighted", mask, weights)]
    return [("", None, None), (" masked", mask, None), (" weighted", None, weights), (" masked weighted", mask, weights)]


def main():
    rng = np.random.default_rng(20261124)
    for rows, columns, tag in [(120, 4, ""), (2500, 4, " large")]:
        Y, S = data(rng, rows, columns, ties=False)
        for suffix, mask, weights in variants(rng, rows, tag != ""):
            Ys, Ss, ws = selected(Y, S, mask, weights)
            for class_id in [None, 2]:
                cid = "" if class_id is None else f" class_id={class_id}"
                params = {"thresholds": THRESHOLDS}
                if class_id is not None:
                    params["classId"] = class_id
                for metric in ["TruePositives", "FalsePositives", "TrueNegatives", "FalseNegatives",
                               "PrecisionAtThresholds", "RecallAtThresholds"]:
                    add(f"{metric}{cid}{suffix}{tag}", metric, params, Y, S, mask, weights,
                        threshold_family(Ys, Ss, ws, class_id, metric))
                for metric, (_, constraint, value) in AT_KINDS.items():
                    for n in ([200, 7] if tag == "" else [200]):
                        p = {constraint: value, "numThresholds": n}
                        if class_id is not None:
                            p["classId"] = class_id
                        add(f"{metric} n={n}{cid}{suffix}{tag}", metric, p, Y, S, mask, weights,
                            at_metric(Ys, Ss, ws, class_id, metric, n))
        Yt, St = data(rng, rows, columns, ties=True)
        for suffix, mask, weights in variants(rng, rows, tag != ""):
            Ys, Ss, ws = selected(Yt, St, mask, weights)
            for metric in ["TopKPrecision", "TopKRecall"]:
                for k, class_id, threshold in [(1, None, None), (2, None, None), (2, 1, None), (3, None, 0.5), (4, 3, 0.4), (2, 0, 0.0)]:
                    p = {"k": k}
                    name = f"{metric} k={k}"
                    if class_id is not None:
                        p["classId"] = class_id
                        name += f" class_id={class_id}"
                    if threshold is not None:
                        p["threshold"] = threshold
                        name += f" t={threshold}"
                    add(f"{name}{suffix}{tag}", metric, p, Yt, St, mask, weights,
                        top_k_metric(Ys, Ss, ws, class_id, metric, k, threshold))
    for rows, tag in [(150, ""), (2500, " large")]:
        Y = rng.integers(0, 2, (rows, 4))
        S = np.round(np.clip(Y * 0.25 + rng.random((rows, 4)) * 0.75, 0, 1), 2)
        for suffix, mask, weights in variants(rng, rows, tag != ""):
            Ys, Ss, ws = selected(Y, S, mask, weights)
            for average in ["Macro", "Micro", "Weighted"]:
                for label_weights in [None, [0.5, 1.0, 2.0, 0.25]]:
                    for curve, n, ths in ([("ROC", 200, None), ("PR", 200, None), ("ROC", 0, [0.1, 0.35, 0.5, 0.9])] if tag == "" else [("ROC", 200, None)]):
                        p = {"numLabels": 4, "average": average, "curve": "Roc" if curve == "ROC" else "PrecisionRecall"}
                        name = f"MultiLabelBinnedAuc {average} {curve}"
                        if label_weights is not None:
                            p["labelWeights"] = label_weights
                            name += " label_weights"
                        if ths is None:
                            p["numThresholds"] = n
                        else:
                            p["thresholds"] = ths
                            name += f" {ths}"
                        add(f"{name}{suffix}{tag}", "MultiLabelBinnedAuc", p, Y, S, mask, weights,
                            binned_auc(Ys, Ss, ws, average, label_weights, n, ths, curve))
    Y1 = np.array([[0, 1, 1], [1, 1, 0], [0, 1, 1], [1, 1, 0]])
    S1 = np.array([[0.2, 0.6, 0.6], [0.7, 0.3, 0.6], [0.9, 0.1, 0.6], [0.4, 0.5, 0.0]])
    for average in ["Macro", "Micro"]:
        add(f"MultiLabelBinnedAuc {average} one class column", "MultiLabelBinnedAuc", {"numLabels": 3, "average": average, "numThresholds": 200, "curve": "Roc"},
            Y1, S1, None, None, binned_auc(Y1, S1, np.ones(4), average, None, 200, None, "ROC"))

    # edge cases: every row masked out (empty), one class only in the column, all scores equal (ties everywhere)
    Y = np.array([[0, 1, 1], [1, 1, 0], [0, 1, 1]])
    S = np.array([[0.2, 0.6, 0.6], [0.6, 0.6, 0.6], [0.9, 0.1, 0.6]])
    none = np.zeros(3, dtype=bool)
    add("RecallAtThresholds class_id=1 one class", "RecallAtThresholds", {"thresholds": [0.5], "classId": 1}, Y, S, None, None,
        threshold_family(Y, S, np.ones(3), 1, "RecallAtThresholds")[2:3])
    add("PrecisionAtThresholds class_id=0 empty", "PrecisionAtThresholds", {"thresholds": [0.5], "classId": 0}, Y, S, none, None, [float("nan")])
    add("SensitivityAtSpecificity class_id=1 one class", "SensitivityAtSpecificity", {"specificity": 0.5, "numThresholds": 200, "classId": 1},
        Y, S, None, None, at_metric(Y, S, np.ones(3), 1, "SensitivityAtSpecificity", 200))
    for k in [1, 2, 3]:
        add(f"TopKPrecision k={k} ties", "TopKPrecision", {"k": k}, Y, S, None, None, top_k_metric(Y, S, np.ones(3), None, "TopKPrecision", k, None))
        add(f"TopKRecall k={k} ties", "TopKRecall", {"k": k}, Y, S, None, None, top_k_metric(Y, S, np.ones(3), None, "TopKRecall", k, None))
    add("TopKRecall k=1 empty", "TopKRecall", {"k": 1}, Y, S, none, None, float("nan"))
    doc = {
        "generator": "make_reference_labels.py",
        "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__},
        "cases": CASES,
    }
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    print(f"{len(CASES)} cases, {len(set(c['metric'] for c in CASES))} metrics -> {OUT}")


if __name__ == "__main__":
    main()
