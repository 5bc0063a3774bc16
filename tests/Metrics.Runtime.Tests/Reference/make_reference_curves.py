#!/usr/bin/python3
"""Generate curves.json: reference values for the curve metrics of Metrics.Dsl.

Run from this folder with Debian's interpreter (python3-sklearn, python3-numpy):

    /usr/bin/python3 make_reference_curves.py

Deterministic (fixed seeds).  Library versions are recorded under "versions".

Every case: name, labels (0/1), scores, mask (or null), weights (or null), and
"expected": a dict of values computed on labels[mask], scores[mask],
weights[mask] (a mask selects exactly like x[mask]):

  * roc_auc            sklearn.metrics.roc_auc_score(sample_weight)     (NaN: one class)
  * average_precision  sklearn.metrics.average_precision_score          (NaN: no positive)
  * pr_auc             sklearn.metrics.auc(recall, precision) over
                       sklearn.metrics.precision_recall_curve           (NaN: no positive)
  * roc_fpr, roc_tpr, roc_thresholds (curve points only for <= 1000 elements)   sklearn.metrics.roc_curve(drop_intermediate=True),
                       first threshold replaced by +inf (sklearn >= 1.3's convention)
  * roc_fpr_all ...    the same with drop_intermediate=False
  * pr_precision, pr_recall, pr_thresholds   sklearn.metrics.precision_recall_curve
  * binned_*           Keras AUC (binned) re-implemented in numpy from Keras's
                       documented formulas (keras/src/metrics/confusion_metrics.py,
                       metrics_utils.py; see peers.md section 1.8): thresholds
                       [-1e-7, i/(n-1) ..., 1+1e-7], positive iff score > t,
                       trapezoid / minoring / majoring, PR interpolation of
                       Davis & Goadrich.  Keras itself is not installable here.
  * binned_*_from_logits: the same on sigmoid(score) (Keras's from_logits=True).
  * at_*               Keras SensitivityAtSpecificity & co, numpy, same source.
"ovr_cases" (one-vs-rest multi-class): labels (class indices), scores (rows,
row-major), columns, mask, weights, expected {macro, weighted, per_class}:
sklearn.metrics.roc_auc_score(multi_class="ovr", average=..., labels=range(C));
per_class with average=None over the binarised labels.  NaN when a class has
no positive or no negative (sklearn raises).
"multilabel_cases": labels and scores (rows, row-major), columns, mask,
weights, expected {macro, weighted, micro, per_label}: sklearn.metrics.
roc_auc_score on the indicator matrix (NaN when a label column has one class).
Zero-weight elements are dropped before calling sklearn (they are excluded from
the curve in Metrics.Dsl; sklearn would keep their thresholds, which changes
the curve points but none of the areas).
"""

import json
import math
import warnings

import numpy as np
import sklearn
from sklearn.metrics import (auc, average_precision_score, precision_recall_curve,
                             roc_auc_score, roc_curve)

warnings.simplefilter("ignore")
EPS = 1e-7


def enc(x):
    if isinstance(x, (list, tuple, np.ndarray)):
        return [enc(v) for v in x]
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def keras_confusion(y, s, w, thresholds):
    t = np.asarray(thresholds)[:, None]
    pred = s[None, :] > t
    tp = (pred * (y * w)[None, :]).sum(axis=1)
    fp = (pred * ((1 - y) * w)[None, :]).sum(axis=1)
    pos = (y * w).sum()
    neg = ((1 - y) * w).sum()
    return tp, fp, pos - tp, neg - fp


def dnn(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    out = np.zeros_like(a * b)
    np.divide(a, b, out=out, where=(b != 0))
    return out


def keras_auc(y, s, w, num_thresholds=200, thresholds=None, curve="ROC", summation="interpolation"):
    if thresholds is None:
        inner = [(i + 1) * 1.0 / (num_thresholds - 1) for i in range(num_thresholds - 2)]
    else:
        inner = sorted(thresholds)
    grid = [0.0 - EPS] + inner + [1.0 + EPS]
    tp, fp, fn, tn = keras_confusion(y, s, w, grid)
    pos, neg = (y * w).sum(), ((1 - y) * w).sum()
    if pos == 0 or (curve == "ROC" and neg == 0):
        return float("nan")
    if curve == "PR" and summation == "interpolation":
        dtp = tp[:-1] - tp[1:]
        p = tp + fp
        dp = p[:-1] - p[1:]
        slope = dnn(dtp, np.maximum(dp, 0))
        intercept = tp[1:] - slope * p[1:]
        ratio = np.where((p[:-1] > 0) & (p[1:] > 0), dnn(p[:-1], np.maximum(p[1:], 0)), np.ones_like(p[1:]))
        return float(np.sum(dnn(slope * (dtp + intercept * np.log(ratio)), np.maximum(tp[1:] + fn[1:], 0))))
    if curve == "ROC":
        x = dnn(fp, fp + tn)
        yv = dnn(tp, tp + fn)
    else:
        x = dnn(tp, tp + fn)
        yv = dnn(tp, tp + fp)
    if summation == "interpolation":
        h = (yv[:-1] + yv[1:]) / 2
    elif summation == "minoring":
        h = np.minimum(yv[:-1], yv[1:])
    else:
        h = np.maximum(yv[:-1], yv[1:])
    return float(np.sum((x[:-1] - x[1:]) * h))


def keras_at(y, s, w, kind, value, num_thresholds=200):
    if num_thresholds == 1:
        grid = [0.5]
    else:
        grid = [0.0] + [(i + 1) * 1.0 / (num_thresholds - 1) for i in range(num_thresholds - 2)] + [1.0]
    tp, fp, fn, tn = keras_confusion(y, s, w, grid)
    sens = dnn(tp, tp + fn)
    spec = dnn(tn, tn + fp)
    prec = dnn(tp, tp + fp)
    constrained, dependent = {
        "sensitivity_at_specificity": (spec, sens),
        "specificity_at_sensitivity": (sens, spec),
        "precision_at_recall": (sens, prec),
        "recall_at_precision": (prec, sens),
    }[kind]
    feasible = constrained >= value
    return float(dependent[feasible].max()) if feasible.any() else float("nan")


def expected(y, s, w):
    keep = w > 0
    y, s, w = y[keep], s[keep], w[keep]
    out = {}
    both = len(y) > 0 and y.min() != y.max()
    has_pos = (y * w).sum() > 0
    out["roc_auc"] = roc_auc_score(y, s, sample_weight=w) if both else float("nan")
    out["average_precision"] = average_precision_score(y, s, sample_weight=w) if has_pos else float("nan")
    if len(y) > 0:
        p, r, t = precision_recall_curve(y, s, sample_weight=w)
        out["pr_auc"] = auc(r, p) if has_pos else float("nan")
        if has_pos and len(y) <= 1000:
            out["pr_precision"], out["pr_recall"], out["pr_thresholds"] = p, r, t
        if both and len(y) <= 1000:
            for suffix, drop in (("", True), ("_all", False)):
                fpr, tpr, th = roc_curve(y, s, sample_weight=w, drop_intermediate=drop)
                th = th.astype(float)
                th[0] = float("inf")
                out["roc_fpr" + suffix], out["roc_tpr" + suffix], out["roc_thresholds" + suffix] = fpr, tpr, th
    else:
        out["pr_auc"] = float("nan")
    for curve in ("ROC", "PR"):
        for summation in ("interpolation", "minoring", "majoring"):
            out[f"binned_{curve}_{summation}"] = keras_auc(y, s, w, curve=curve, summation=summation)
    out["binned_ROC_interpolation_n7"] = keras_auc(y, s, w, num_thresholds=7)
    out["binned_PR_interpolation_n7"] = keras_auc(y, s, w, num_thresholds=7, curve="PR")
    sig = 1 / (1 + np.exp(-s))
    out["binned_ROC_from_logits"] = keras_auc(y, sig, w)
    out["binned_PR_from_logits"] = keras_auc(y, sig, w, curve="PR")
    out["binned_ROC_explicit"] = keras_auc(y, s, w, thresholds=[0.3, 0.1, 0.5, 0.77])
    out["binned_PR_explicit"] = keras_auc(y, s, w, thresholds=[0.3, 0.1, 0.5, 0.77], curve="PR")
    for kind in ("sensitivity_at_specificity", "specificity_at_sensitivity", "precision_at_recall", "recall_at_precision"):
        out["at_" + kind] = keras_at(y, s, w, kind, 0.6)
        out["at_" + kind + "_n11"] = keras_at(y, s, w, kind, 0.6, num_thresholds=11)
    return {k: enc(v) for k, v in out.items()}


def case(name, labels, scores, mask=None, weights=None):
    y = np.asarray(labels, dtype=float)
    s = np.asarray(scores, dtype=float)
    w = np.ones_like(y) if weights is None else np.asarray(weights, dtype=float)
    m = np.ones(len(y), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    return {
        "name": name,
        "labels": enc(y),
        "scores": enc(s),
        "mask": None if mask is None else [bool(v) for v in m],
        "weights": None if weights is None else enc(w),
        "expected": expected(y[m], s[m], w[m]),
    }


def main():
    rng = np.random.default_rng(20261123)
    cases = []

    def probs(n, sep=1.2, decimals=None):
        y = rng.integers(0, 2, n)
        z = (y - 0.5) * sep + rng.normal(size=n)
        p = 1 / (1 + np.exp(-z))
        if decimals is not None:
            p = np.round(p, decimals)
        return y, p

    y, p = probs(40)
    cases.append(case("small", y, p))
    cases.append(case("small_weighted", y, p, weights=rng.uniform(0, 3, 40)))
    cases.append(case("small_masked", y, p, mask=rng.random(40) < 0.7))
    cases.append(case("small_masked_weighted", y, p, mask=rng.random(40) < 0.7, weights=rng.integers(0, 4, 40)))
    y, p = probs(300, decimals=1)
    cases.append(case("ties", y, p))
    cases.append(case("ties_weighted_masked", y, p, mask=rng.random(300) < 0.8, weights=rng.uniform(0.1, 2, 300)))
    cases.append(case("all_equal_scores", rng.integers(0, 2, 50), np.full(50, 0.5)))
    cases.append(case("one_class_positive", np.ones(20), rng.random(20)))
    cases.append(case("one_class_negative", np.zeros(20), rng.random(20)))
    cases.append(case("perfect", [0, 0, 0, 1, 1], [0.1, 0.2, 0.3, 0.8, 0.9]))
    cases.append(case("reversed", [1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]))
    cases.append(case("endpoints_0_and_1", [0, 1, 0, 1, 1, 0], [0.0, 1.0, 1.0, 0.0, 0.5, 0.5]))
    cases.append(case("keras_doc", [0, 0, 1, 1], [0, 0.5, 0.3, 0.9]))
    cases.append(case("keras_doc_weighted", [0, 0, 1, 1], [0, 0.5, 0.3, 0.9], weights=[1, 0, 0, 1]))
    y, p = probs(12000)
    cases.append(case("large", y, p))
    cases.append(case("large_weighted_masked", y, p, mask=rng.random(12000) < 0.9, weights=rng.uniform(0, 2, 12000)))
    y, p = probs(10000, sep=0.8, decimals=3)
    cases.append(case("large_ties", y, p))
    # logits (scores outside [0, 1]) and negative values: exact metrics rank any real number
    y = rng.integers(0, 2, 500)
    z = (y - 0.5) * 2 + rng.normal(size=500) * 3
    cases.append(case("logits", y, z))

    ovr = []

    def ovr_case(name, labels, scores, mask=None, weights=None):
        y = np.asarray(labels)
        P = np.asarray(scores, dtype=float)
        n, C = P.shape
        w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
        m = np.ones(n, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
        ys, Ps, ws = y[m], P[m], w[m]
        keep = ws > 0
        ys, Ps, ws = ys[keep], Ps[keep], ws[keep]
        per_class = []
        for c in range(C):
            b = (ys == c).astype(int)
            per_class.append(roc_auc_score(b, Ps[:, c], sample_weight=ws) if 0 < b.sum() < len(b) else float("nan"))
        defined = all(not math.isnan(v) for v in per_class)
        exp = {"per_class": enc(per_class)}
        for average in ("macro", "weighted"):
            exp[average] = enc(roc_auc_score(ys, Ps, multi_class="ovr", average=average, labels=list(range(C)), sample_weight=ws)
                               if defined else float("nan"))
        ovr.append({
            "name": name, "labels": [int(v) for v in y], "scores": enc(P.reshape(-1)), "columns": C,
            "mask": None if mask is None else [bool(v) for v in m],
            "weights": None if weights is None else enc(w), "expected": exp,
        })

    def softmax_rows(n, C, decimals=None):
        y = rng.integers(0, C, n)
        z = rng.normal(size=(n, C))
        z[np.arange(n), y] += 1.0
        P = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
        if decimals is not None:
            P = np.round(P, decimals)
        return y, P

    y, P = softmax_rows(60, 3)
    ovr_case("ovr_small", y, P)
    ovr_case("ovr_weighted_masked", y, P, mask=rng.random(60) < 0.8, weights=rng.uniform(0, 2, 60))
    # ties: every row is one of six fixed probability vectors (rows must sum to 1 for sklearn)
    palette = np.array([[0.7, 0.1, 0.1, 0.1], [0.25, 0.25, 0.25, 0.25], [0.1, 0.6, 0.2, 0.1],
                        [0.1, 0.2, 0.6, 0.1], [0.05, 0.05, 0.1, 0.8], [0.4, 0.4, 0.1, 0.1]])
    y = rng.integers(0, 4, 400)
    pick = np.where(rng.random(400) < 0.5, y, rng.integers(0, 6, 400))
    ovr_case("ovr_ties", y, palette[pick], weights=rng.integers(0, 3, 400))
    y, P = softmax_rows(10000, 4)
    ovr_case("ovr_large", y, P, mask=rng.random(10000) < 0.9)
    ovr_case("ovr_absent_class", np.array([0, 1, 0, 1, 0]), softmax_rows(5, 3)[1])

    multilabel = []

    def multilabel_case(name, Y, S, mask=None, weights=None):
        Y = np.asarray(Y)
        S = np.asarray(S, dtype=float)
        n, L = S.shape
        w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
        m = np.ones(n, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
        Ys, Ss, ws = Y[m], S[m], w[m]
        keep = ws > 0
        Ys, Ss, ws = Ys[keep], Ss[keep], ws[keep]
        per_label = [roc_auc_score(Ys[:, c], Ss[:, c], sample_weight=ws) if 0 < Ys[:, c].sum() < len(Ys) else float("nan")
                     for c in range(L)]
        defined = all(not math.isnan(v) for v in per_label)
        exp = {"per_label": enc(per_label)}
        exp["macro"] = enc(roc_auc_score(Ys, Ss, average="macro", sample_weight=ws) if defined else float("nan"))
        # Weighted: a label without positives has weight 0 and is left out (sklearn raises on it instead); the
        # others are averaged by support, as sklearn's average="weighted" does when every label is defined.
        support = (Ys * ws[:, None]).sum(axis=0)
        counted = [c for c in range(L) if support[c] > 0]
        if defined:
            exp["weighted"] = enc(roc_auc_score(Ys, Ss, average="weighted", sample_weight=ws))
        elif counted and all(not math.isnan(per_label[c]) for c in counted):
            exp["weighted"] = enc(np.average([per_label[c] for c in counted], weights=[support[c] for c in counted]))
        else:
            exp["weighted"] = enc(float("nan"))
        exp["micro"] = enc(roc_auc_score(Ys, Ss, average="micro", sample_weight=ws))
        multilabel.append({
            "name": name, "labels": [int(v) for v in Y.reshape(-1)], "scores": enc(S.reshape(-1)), "columns": L,
            "mask": None if mask is None else [bool(v) for v in m],
            "weights": None if weights is None else enc(w), "expected": exp,
        })

    def multilabel_data(n, L, decimals=None):
        Y = (rng.random((n, L)) < 0.4).astype(int)
        S = 1 / (1 + np.exp(-((Y - 0.5) * 1.5 + rng.normal(size=(n, L)))))
        if decimals is not None:
            S = np.round(S, decimals)
        return Y, S

    Y, S = multilabel_data(50, 3)
    multilabel_case("multilabel_small", Y, S)
    multilabel_case("multilabel_weighted_masked", Y, S, mask=rng.random(50) < 0.8, weights=rng.uniform(0, 2, 50))
    Y, S = multilabel_data(300, 4, decimals=1)
    multilabel_case("multilabel_ties", Y, S, weights=rng.integers(0, 3, 300))
    Y, S = multilabel_data(10000, 3)
    multilabel_case("multilabel_large", Y, S)
    Y, S = multilabel_data(6, 2)
    Y[:, 1] = 0
    multilabel_case("multilabel_one_class_column", Y, S)

    doc = {
        "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__},
        "cases": cases,
        "ovr_cases": ovr,
        "multilabel_cases": multilabel,
    }
    with open("curves.json", "w") as f:
        json.dump(doc, f, indent=None, separators=(",", ":"), sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
