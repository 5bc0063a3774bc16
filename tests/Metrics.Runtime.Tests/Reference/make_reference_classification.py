#!/usr/bin/python3
"""Generate classification.json: reference values for the Keras/TF.js classification metrics of Metrics.Dsl.

How to run (from this folder; Debian's python3-sklearn, python3-scipy, python3-numpy, NOT a venv interpreter):

    /usr/bin/python3 make_reference_classification.py

Deterministic (fixed seeds). Library versions are recorded under "versions". The schema is the one of
make_reference.py (name, metric, params, shape "pair" | "row" | "rowpair", labels, predictions flattened row-major,
columns, mask, weights, expected); "expected" is a number or a list of numbers (one per threshold, per class, or the
row-major cells of a matrix); NaN is the string "NaN".

Where the expected values come from (sklearn where it has the metric, else numpy following Keras' formulas, with
a cross-check against sklearn/scipy where one exists):
  * BinaryAccuracy, ExactMatchAccuracy, CategoricalAccuracy, SparseCategoricalAccuracy: sklearn accuracy_score.
  * TopKCategoricalAccuracy, SparseTopKCategoricalAccuracy: numpy, TF's in_top_k rule (label in the top k iff fewer
    than k scores are strictly greater); checked against sklearn top_k_accuracy_score on tie-free data.
  * BinaryCrossentropy, CategoricalCrossentropy, SparseCategoricalCrossentropy: numpy, Keras' clip to [1e-7, 1-1e-7]
    (rows rescaled to sum 1; binary: Keras 3's log(p + 1e-7) and log(1 - p + 1e-7)), log-softmax / sigmoid-CE for
    logits, label smoothing; checked against sklearn log_loss on unclipped data.
  * KLDivergence: numpy (clip to [1e-7, 1]); checked against scipy.special.rel_entr. Poisson: numpy; checked against
    sklearn mean_poisson_deviance. Hinge: numpy; checked against sklearn hinge_loss. SquaredHinge, CategoricalHinge:
    numpy (Keras formulas).
  * TruePositives ... RecallAtThresholds: sklearn confusion_matrix of (score > t) per threshold.
  * MulticlassPrecision/Recall, FBetaScore: sklearn precision_recall_fscore_support(average=None) per class; a 0/0
    class is found by comparing zero_division=0 and 1 and becomes NaN; classes absent from labels and predictions
    are NaN; averages leave NaN classes out (macro: mean, weighted: by support, micro: sklearn micro).
  * MatthewsCorrelation: sklearn matthews_corrcoef (NaN where undefined, sklearn says 0). CohenKappa: sklearn
    cohen_kappa_score(labels=range(C)). BalancedAccuracy: sklearn balanced_accuracy_score. ConfusionMatrix:
    sklearn confusion_matrix(normalize=...) with 0/0 cells NaN.
  * IoU, MeanIoU, OneHotIoU, OneHotMeanIoU, BinaryIoU: sklearn jaccard_score(average=None, labels=range(C)); mean
    over target classes whose union is not empty; ignored labels removed first.
"""

import json
import math
import os

import numpy as np
import scipy
import scipy.special
import sklearn
from sklearn import metrics as skm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "classification.json")
EPS = 1e-7
CASES = []
NAMES = set()


def enc(v):
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return v


def compact(values):
    if values is None:
        return None
    return [int(v) if float(v).is_integer() and abs(v) < 2 ** 53 else float(v) for v in np.asarray(values, dtype=float).ravel()]


def close(a, b, rtol=1e-9, atol=1e-12):
    a, b = float(a), float(b)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= atol + rtol * max(abs(a), abs(b))


def check(a, b, what, rtol=1e-9, atol=1e-12):
    a, b = np.atleast_1d(a), np.atleast_1d(b)
    assert len(a) == len(b), what
    for x, y in zip(a, b):
        if not close(x, y, rtol, atol):
            raise AssertionError(f"cross-check failed for {what}: {a!r} vs {b!r}")


def add(name, metric, params, shape, labels, preds, columns, mask, weights, expected):
    assert name not in NAMES, name
    NAMES.add(name)
    expected = [enc(v) for v in np.asarray(expected, dtype=float).ravel()] if np.ndim(expected) else enc(expected)
    CASES.append({
        "name": name, "metric": metric, "params": params, "shape": shape,
        "labels": compact(labels), "predictions": compact(preds), "columns": columns,
        "mask": None if mask is None else [bool(m) for m in mask],
        "weights": compact(weights), "expected": expected,
    })


def select(n, mask, weights):
    sel = np.ones(n, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    idx = np.nonzero(sel & (w > 0))[0]
    return idx, w[idx]


def variants(rng, n):
    """(suffix, mask, weights): plain, masked, weighted (with zeros), masked and weighted."""
    mask = rng.random(n) < 0.7
    weights = np.round(rng.choice([0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0], size=n), 2)
    if n >= 2000:   # large (10,000+ element) batches: one weighted case keeps the file small
        return [(" weighted", None, weights)]
    return [("", None, None), (" masked", mask, None), (" weighted", None, weights), (" masked weighted", mask, weights)]


def wmean(values, w):
    return np.sum(values * w) / np.sum(w) if np.sum(w) > 0 else float("nan")


# ------------------------------------------------------------------ per-metric references (on selected data)

def top_k_hits(labels, scores, k):
    own = scores[np.arange(len(labels)), labels]
    greater = (scores > own[:, None]).sum(axis=1)
    return ((greater < k) & ~np.isnan(own)).astype(float)


def bce(y, p, from_logits, ls):
    y = y * (1 - ls) + 0.5 * ls
    if from_logits:
        return np.maximum(p, 0) - p * y + np.log1p(np.exp(-np.abs(p)))
    p = np.clip(p, EPS, 1 - EPS)
    return -(y * np.log(p + EPS) + (1 - y) * np.log(1 - p + EPS))


def log_probs(P, from_logits):
    if from_logits:
        return scipy.special.log_softmax(P, axis=1)
    q = P / P.sum(axis=1, keepdims=True)
    return np.log(np.clip(q, EPS, 1 - EPS))


def cce(Y, P, from_logits, ls):
    Y = Y * (1 - ls) + ls / Y.shape[1]
    return -(Y * log_probs(P, from_logits)).sum(axis=1)


def per_class_scores(y, p, w, C, beta, which):
    labels = list(range(C))
    kw = dict(labels=labels, average=None, sample_weight=w, beta=beta)
    r0 = skm.precision_recall_fscore_support(y, p, zero_division=0, **kw)
    r1 = skm.precision_recall_fscore_support(y, p, zero_division=1, **kw)
    idx = {"precision": 0, "recall": 1, "fbeta": 2}[which]
    v = np.where(r0[idx] == r1[idx], r0[idx], np.nan)
    actual = np.array([w[y == c].sum() for c in labels])
    predicted = np.array([w[p == c].sum() for c in labels])
    v = np.where((actual == 0) & (predicted == 0), np.nan, v)
    return v, actual


def averaged(y, p, w, C, beta, which, average):
    if len(y) == 0:
        return float("nan")
    v, support = per_class_scores(y, p, w, C, beta, which)
    if average == "Micro":
        kw = dict(labels=list(range(C)), average="micro", sample_weight=w, beta=beta)
        idx = {"precision": 0, "recall": 1, "fbeta": 2}[which]
        a = skm.precision_recall_fscore_support(y, p, zero_division=0, **kw)[idx]
        b = skm.precision_recall_fscore_support(y, p, zero_division=1, **kw)[idx]
        return a if a == b else float("nan")
    ok = ~np.isnan(v)
    if not ok.any():
        return float("nan")
    if average == "Macro":
        return float(np.mean(v[ok]))
    s = support[ok]
    return float(np.sum(v[ok] * s) / np.sum(s)) if s.sum() > 0 else float("nan")


def iou_mean(y, p, w, C, targets):
    if len(y) == 0:
        return float("nan")
    j0 = skm.jaccard_score(y, p, labels=list(range(C)), average=None, sample_weight=w, zero_division=0)
    j1 = skm.jaccard_score(y, p, labels=list(range(C)), average=None, sample_weight=w, zero_division=1)
    valid = [c for c in targets if j0[c] == j1[c]]
    return float(np.mean([j0[c] for c in valid])) if valid else float("nan")


def mcc(y, p, w):
    if len(y) == 0 or len(set(y)) < 2 and len(set(p)) < 2:
        return float("nan")
    t = np.bincount(y, weights=w)
    q = np.bincount(p, weights=w)
    if (t > 0).sum() < 2 or (q > 0).sum() < 2:
        return float("nan")
    return skm.matthews_corrcoef(y, p, sample_weight=w)


# ------------------------------------------------------------------ case builders

def pair_cases(rng, metric, base, params, labels, preds, fn, variants_list=None):
    n = len(labels)
    for suffix, mask, weights in (variants_list or variants(rng, n)):
        idx, w = select(n, mask, weights)
        add(base + suffix, metric, params, "pair", labels, preds, None, mask, weights, fn(labels[idx], preds[idx], w))


def row_cases(rng, metric, base, params, labels, P, fn, shape):
    n = P.shape[0]
    for suffix, mask, weights in variants(rng, n):
        idx, w = select(n, mask, weights)
        add(base + suffix, metric, params, shape, labels, P, P.shape[1], mask, weights, fn(labels[idx], P[idx], w))


def scores(rng, n, C, label, ties=False):
    s = rng.normal(size=(n, C))
    s[np.arange(n), label] += 0.8
    return np.round(s, 1 if ties else 4)


def probs(rng, n, C, label):
    s = scores(rng, n, C, label)
    e = np.exp(s)
    return np.round(e / e.sum(axis=1, keepdims=True), 4) + 0.0001


def onehot(y, C):
    return np.eye(C)[y]


def accuracy_family(rng):
    for n, tag in [(300, ""), (10000, " large")]:
        y = rng.integers(0, 2, n)
        p = np.round(np.clip(y * 0.3 + rng.random(n) * 0.7, 0, 1), 3)
        for t in ([0.5, 0.3] if tag == "" else [0.5]):
            f = lambda yy, pp, w, t=t: skm.accuracy_score(yy, (pp > t).astype(int), sample_weight=w) if len(yy) else float("nan")
            pair_cases(rng, "BinaryAccuracy", f"BinaryAccuracy t={t}{tag}", {"threshold": t}, y, p, f)
        yi = rng.integers(0, 4, n)
        pi = np.where(rng.random(n) < 0.6, yi, rng.integers(0, 4, n))
        pair_cases(rng, "ExactMatchAccuracy", f"ExactMatchAccuracy{tag}", {}, yi, pi,
                   lambda yy, pp, w: skm.accuracy_score(yy, pp, sample_weight=w) if len(yy) else float("nan"))
        C = 5
        rows = n // C
        lab = rng.integers(0, C, rows)
        for ties in [False, True]:
            tt = " ties" if ties else ""
            P = scores(rng, rows, C, lab, ties)
            row_cases(rng, "SparseCategoricalAccuracy", f"SparseCategoricalAccuracy{tt}{tag}", {}, lab, P,
                      lambda yy, PP, w: skm.accuracy_score(yy, PP.argmax(1), sample_weight=w) if len(yy) else float("nan"), "row")
            row_cases(rng, "CategoricalAccuracy", f"CategoricalAccuracy{tt}{tag}", {}, onehot(lab, C), P,
                      lambda YY, PP, w: skm.accuracy_score(YY.argmax(1), PP.argmax(1), sample_weight=w) if len(YY) else float("nan"), "rowpair")
            for k in ([1, 2, 5] if tag == "" else [2]):
                def f(yy, PP, w, k=k, ties=ties):
                    if len(yy) == 0:
                        return float("nan")
                    v = wmean(top_k_hits(yy, PP, k), w)
                    if not ties:
                        check(v, skm.top_k_accuracy_score(yy, PP, k=k, labels=list(range(C)), sample_weight=w), "top-k")
                    return v
                row_cases(rng, "SparseTopKCategoricalAccuracy", f"SparseTopK k={k}{tt}{tag}", {"k": k}, lab, P, f, "row")
                row_cases(rng, "TopKCategoricalAccuracy", f"TopK k={k}{tt}{tag}", {"k": k}, onehot(lab, C), P,
                          lambda YY, PP, w, f=f: f(YY.argmax(1), PP, w), "rowpair")
    # edge cases: all predictions equal (every class tied: in_top_k counts every class), one class only
    P = np.full((6, 4), 0.25)
    lab = np.array([0, 1, 2, 3, 0, 1])
    add("TopK all tied k=1", "SparseTopKCategoricalAccuracy", {"k": 1}, "row", lab, P, 4, None, None, 1.0)
    add("SparseCategoricalAccuracy all tied", "SparseCategoricalAccuracy", {}, "row", lab, P, 4, None, None,
        skm.accuracy_score(lab, P.argmax(1)))
    y1 = np.ones(8, dtype=int)
    p1 = np.round(rng.random(8), 3)
    add("BinaryAccuracy one class", "BinaryAccuracy", {"threshold": 0.5}, "pair", y1, p1, None, None, None,
        skm.accuracy_score(y1, (p1 > 0.5).astype(int)))
    yt, pt = np.array([1, 0, 1, 0]), np.array([0.5, 0.5, 0.50001, 0.49999])
    add("BinaryAccuracy score at threshold", "BinaryAccuracy", {"threshold": 0.5}, "pair", yt, pt, None, None, None,
        skm.accuracy_score(yt, (pt > 0.5).astype(int)))


def probabilistic_family(rng):
    for n, tag in [(300, ""), (10000, " large")]:
        y = rng.integers(0, 2, n).astype(float)
        soft = np.round(rng.random(n), 3)
        p = np.round(np.clip(y * 0.4 + rng.random(n) * 0.6, 0.0005, 0.9995), 4)
        p_edge = p.copy()
        p_edge[:10] = [0, 1, 0, 1, 1e-9, 1 - 1e-9, 0, 1, 0.5, 0.5]
        z = np.round(rng.normal(0, 3, n), 3)
        for fl, ls, preds, labels, nm in [(False, 0.0, p, y, ""), (False, 0.1, p, y, " smoothing"), (False, 0.0, p_edge, y, " clipped"),
                                           (True, 0.0, z, y, " logits"), (True, 0.2, z, soft, " logits soft smoothing"), (False, 0.0, p, soft, " soft")][: 6 if tag == "" else 1]:
            def f(yy, pp, w, fl=fl, ls=ls, nm=nm):
                if len(yy) == 0:
                    return float("nan")
                v = wmean(bce(yy, pp, fl, ls), w)
                if nm == "":
                    check(v, skm.log_loss(yy, pp, sample_weight=w, labels=[0, 1]), "bce vs log_loss", 1e-5)
                return v
            pair_cases(rng, "BinaryCrossentropy", f"BinaryCrossentropy{nm}{tag}", {"fromLogits": fl, "labelSmoothing": ls}, labels, preds, f)
        C = 4
        rows = n // C
        lab = rng.integers(0, C, rows)
        P = probs(rng, rows, C, lab)
        Z = scores(rng, rows, C, lab)
        Ysoft = rng.random((rows, C))
        Ysoft = np.round(Ysoft / Ysoft.sum(1, keepdims=True), 3)
        for fl, ls, PP, YY, nm in [(False, 0.0, P, onehot(lab, C), ""), (False, 0.1, P, onehot(lab, C), " smoothing"),
                                   (True, 0.0, Z, onehot(lab, C), " logits"), (True, 0.15, Z, Ysoft, " logits soft smoothing")][: 4 if tag == "" else 1]:
            def f(Yy, Pp, w, fl=fl, ls=ls, nm=nm):
                if len(Yy) == 0:
                    return float("nan")
                v = wmean(cce(Yy, Pp, fl, ls), w)
                if nm == "":
                    check(v, skm.log_loss(Yy.argmax(1), Pp / Pp.sum(1, keepdims=True), sample_weight=w, labels=list(range(C))), "cce vs log_loss")
                return v
            row_cases(rng, "CategoricalCrossentropy", f"CategoricalCrossentropy{nm}{tag}", {"fromLogits": fl, "labelSmoothing": ls}, YY, PP, f, "rowpair")
        for fl, PP, ignore, nm in [(False, P, None, ""), (True, Z, None, " logits"), (False, P, 2, " ignore 2"), (True, Z, -1, " logits ignore -1")][0 if tag == "" else 3:]:
            labels = lab.copy()
            if ignore == -1:
                labels[rng.random(rows) < 0.2] = -1

            def f(yy, Pp, w, fl=fl, ignore=ignore):
                keep = yy != ignore if ignore is not None else np.ones(len(yy), dtype=bool)
                yy, Pp, w = yy[keep], Pp[keep], w[keep]
                if len(yy) == 0:
                    return float("nan")
                return wmean(-log_probs(Pp, fl)[np.arange(len(yy)), yy], w)
            params = {"fromLogits": fl}
            if ignore is not None:
                params["ignoreClass"] = ignore
            row_cases(rng, "SparseCategoricalCrossentropy", f"SparseCategoricalCrossentropy{nm}{tag}", params, labels, PP, f, "row")
        Q = probs(rng, rows, C, lab)
        Q[:3] = [[0, 0.5, 0.5, 0], [1, 0, 0, 0], [0.25, 0.25, 0.25, 0.25]]

        def kld(Yy, Pp, w):
            if len(Yy) == 0:
                return float("nan")
            yc, pc = np.clip(Yy, EPS, 1), np.clip(Pp, EPS, 1)
            v = wmean((yc * np.log(yc / pc)).sum(1), w)
            check(v, wmean(scipy.special.rel_entr(yc, pc).sum(1), w), "kld vs rel_entr")
            return v
        row_cases(rng, "KLDivergence", f"KLDivergence{tag}", {}, P, Q, kld, "rowpair")
        counts = rng.poisson(2.0, n).astype(float)
        rate = np.round(rng.gamma(2.0, 1.0, n) + 0.01, 3)

        def pois(yy, pp, w):
            if len(yy) == 0:
                return float("nan")
            v = wmean(pp - yy * np.log(pp + EPS), w)
            exact = wmean(pp - yy * np.log(pp), w)
            ylogy = wmean(np.where(yy > 0, yy * np.log(np.where(yy > 0, yy, 1)), 0) - yy, w)
            check(2 * (exact + ylogy), skm.mean_poisson_deviance(yy, pp, sample_weight=w), "poisson vs deviance", 1e-9, 1e-9)
            check(v, exact, "poisson eps", 1e-5, 1e-5)
            return v
        pair_cases(rng, "Poisson", f"Poisson{tag}", {}, counts, rate, pois)
        # hinge: {0,1} labels and {-1,+1} labels
        d = np.round(rng.normal(0, 1.5, n), 3)
        for lbl, nm in [(y, " zero-one"), (2 * y - 1, " signed")][: 2 if tag == "" else 1]:
            def hinge(yy, pp, w):
                if len(yy) == 0:
                    return float("nan")
                s = np.where(yy == 0, -1, yy)
                v = wmean(np.maximum(1 - s * pp, 0), w)
                check(v, skm.hinge_loss(s, pp, sample_weight=w) if len(set(s)) == 2 else v, "hinge")
                return v
            pair_cases(rng, "Hinge", f"Hinge{nm}{tag}", {}, lbl, d, hinge)
            pair_cases(rng, "SquaredHinge", f"SquaredHinge{nm}{tag}", {}, lbl, d,
                       lambda yy, pp, w: wmean(np.maximum(1 - np.where(yy == 0, -1, yy) * pp, 0) ** 2, w) if len(yy) else float("nan"))
        def chinge(Yy, Pp, w):
            if len(Yy) == 0:
                return float("nan")
            pos = (Yy * Pp).sum(1)
            neg = ((1 - Yy) * Pp).max(1)
            return wmean(np.maximum(neg - pos + 1, 0), w)
        row_cases(rng, "CategoricalHinge", f"CategoricalHinge{tag}", {}, onehot(lab, C), Z, chinge, "rowpair")


def confusion_family(rng):
    for n, tag in [(300, ""), (10000, " large")]:
        y = rng.integers(0, 2, n)
        p = np.round(np.clip(y * 0.3 + rng.random(n) * 0.7, 0, 1), 2)   # 2 decimals: scores tie with thresholds
        for ths in ([[0.5], [0.0, 0.3, 0.5, 0.7, 1.0], [0.7, 0.2, 0.45, 0.2]] if tag == "" else [[0.0, 0.3, 0.5, 0.7, 1.0]]):
            def counts(yy, pp, w, t):
                if len(yy) == 0:
                    return 0.0, 0.0, 0.0, 0.0
                tn, fp, fn, tp = skm.confusion_matrix(yy, (pp > t).astype(int), labels=[0, 1], sample_weight=w).ravel()
                return tp, fp, tn, fn
            for metric, pick in [("TruePositives", lambda c: c[0]), ("FalsePositives", lambda c: c[1]), ("TrueNegatives", lambda c: c[2]),
                                 ("FalseNegatives", lambda c: c[3]),
                                 ("PrecisionAtThresholds", lambda c: c[0] / (c[0] + c[1]) if c[0] + c[1] > 0 else float("nan")),
                                 ("RecallAtThresholds", lambda c: c[0] / (c[0] + c[3]) if c[0] + c[3] > 0 else float("nan"))]:
                pair_cases(rng, metric, f"{metric} {ths}{tag}", {"thresholds": ths}, y, p,
                           lambda yy, pp, w, pick=pick, ths=ths: [pick(counts(yy, pp, w, t)) for t in ths])
        C = 4
        yi = rng.integers(0, C, n)
        yi[yi == 3] = rng.integers(0, 3, (yi == 3).sum()) if tag == "" else yi[yi == 3]  # small: class 3 never a label
        pi = np.where(rng.random(n) < 0.55, yi, rng.integers(0, C, n))
        for avg in (["Macro", "Micro", "Weighted"] if tag == "" else ["Macro"]):
            for metric, which, beta in [("MulticlassPrecision", "precision", 1.0), ("MulticlassRecall", "recall", 1.0),
                                        ("FBetaScore", "fbeta", 1.0), ("FBetaScore", "fbeta", 2.0)]:
                params = {"numClasses": C, "average": avg}
                if metric == "FBetaScore":
                    params["beta"] = beta
                nm = f"{metric}{' beta=2' if beta == 2.0 else ''} {avg}{tag}"
                pair_cases(rng, metric, nm, params, yi, pi,
                           lambda yy, pp, w, which=which, beta=beta, avg=avg: averaged(yy, pp, w, C, beta, which, avg))
        pair_cases(rng, "MatthewsCorrelation", f"MatthewsCorrelation{tag}", {"numClasses": C}, yi, pi, mcc)
        for kw in ["None", "Linear", "Quadratic"]:
            pair_cases(rng, "CohenKappa", f"CohenKappa {kw}{tag}", {"numClasses": C, "weighting": kw}, yi, pi,
                       lambda yy, pp, w, kw=kw: skm.cohen_kappa_score(yy, pp, labels=list(range(C)), weights=None if kw == "None" else kw.lower(), sample_weight=w) if len(yy) else float("nan"))
        pair_cases(rng, "BalancedAccuracy", f"BalancedAccuracy{tag}", {"numClasses": C}, yi, pi,
                   lambda yy, pp, w: skm.balanced_accuracy_score(yy, pp, sample_weight=w) if len(yy) else float("nan"))
        for norm in (["None", "True", "Pred", "All"] if tag == "" else ["True"]):
            def cm(yy, pp, w, norm=norm):
                m = skm.confusion_matrix(yy, pp, labels=list(range(C)), sample_weight=w).astype(float) if len(yy) else np.zeros((C, C))
                if norm == "True":
                    m = m / m.sum(1, keepdims=True) if True else m
                elif norm == "Pred":
                    m = m / m.sum(0, keepdims=True)
                elif norm == "All":
                    m = m / m.sum()
                if norm != "None" and len(yy):
                    ref = skm.confusion_matrix(yy, pp, labels=list(range(C)), sample_weight=w, normalize=norm.lower())
                    check(np.nan_to_num(m).ravel(), ref.ravel(), "confusion normalize")
                return m.ravel()
            with np.errstate(invalid="ignore", divide="ignore"):
                pair_cases(rng, "ConfusionMatrix", f"ConfusionMatrix {norm}{tag}", {"numClasses": C, "normalize": norm}, yi, pi, cm)
        # row inputs (argmax) for the multi-class family
        P = scores(rng, n // C, C, yi[: n // C], ties=True)
        row_cases(rng, "FBetaScore", f"FBetaScore rows Macro{tag}", {"numClasses": C, "average": "Macro", "beta": 1.0}, yi[: n // C], P,
                  lambda yy, PP, w: averaged(yy, PP.argmax(1), w, C, 1.0, "fbeta", "Macro"), "row")
        row_cases(rng, "MulticlassRecall", f"MulticlassRecall onehot Weighted{tag}", {"numClasses": C, "average": "Weighted"}, onehot(yi[: n // C], C), P,
                  lambda YY, PP, w: averaged(YY.argmax(1), PP.argmax(1), w, C, 1.0, "recall", "Weighted"), "rowpair")
    # edge cases
    add("MatthewsCorrelation constant prediction", "MatthewsCorrelation", {"numClasses": 3}, "pair", [0, 1, 2, 1], [1, 1, 1, 1], None, None, None, float("nan"))
    add("MatthewsCorrelation perfect", "MatthewsCorrelation", {"numClasses": 3}, "pair", [0, 1, 2, 1], [0, 1, 2, 1], None, None, None,
        skm.matthews_corrcoef([0, 1, 2, 1], [0, 1, 2, 1]))
    add("BalancedAccuracy one class", "BalancedAccuracy", {"numClasses": 3}, "pair", [1, 1, 1, 1], [1, 0, 1, 2], None, None, None,
        skm.balanced_accuracy_score([1, 1, 1, 1], [1, 0, 1, 2]))
    add("FBetaScore one class Macro", "FBetaScore", {"numClasses": 3, "average": "Macro", "beta": 1.0}, "pair", [1, 1, 1, 1], [1, 1, 1, 1], None, None, None,
        averaged(np.array([1, 1, 1, 1]), np.array([1, 1, 1, 1]), np.ones(4), 3, 1.0, "fbeta", "Macro"))
    add("PrecisionAtThresholds all negative", "PrecisionAtThresholds", {"thresholds": [0.5]}, "pair", [0, 1, 0], [0.1, 0.2, 0.3], None, None, None, [float("nan")])


def segmentation_family(rng):
    for n, tag in [(400, ""), (10000, " large")]:
        C = 4
        y = rng.integers(0, C, n)
        p = np.where(rng.random(n) < 0.6, y, rng.integers(0, C, n))
        yig = y.copy()
        yig[rng.random(n) < 0.15] = 255
        fw = np.round(rng.random(n) * 2, 3)   # fractional weights

        def iou_fn(targets, ignore):
            def f(yy, pp, w):
                keep = yy != ignore if ignore is not None else np.ones(len(yy), dtype=bool)
                return iou_mean(yy[keep], pp[keep], w[keep], C, targets)
            return f
        vs = variants(rng, n) + ([(" fractional", None, fw)] if tag == "" else [])
        pair_cases(rng, "MeanIoU", f"MeanIoU{tag}", {"numClasses": C}, y, p, iou_fn(range(C), None), vs)
        pair_cases(rng, "MeanIoU", f"MeanIoU ignore 255{tag}", {"numClasses": C, "ignoreClass": 255}, yig, p, iou_fn(range(C), 255), vs)
        pair_cases(rng, "IoU", f"IoU [0,2]{tag}", {"numClasses": C, "targetClassIds": [0, 2]}, y, p, iou_fn([0, 2], None), vs)
        rows = n // C
        lab = y[:rows]
        P = scores(rng, rows, C, lab)
        row_cases(rng, "OneHotMeanIoU", f"OneHotMeanIoU{tag}", {"numClasses": C}, onehot(lab, C), P,
                  lambda YY, PP, w: iou_mean(YY.argmax(1), PP.argmax(1), w, C, range(C)), "rowpair")
        row_cases(rng, "OneHotIoU", f"OneHotIoU [1,3]{tag}", {"numClasses": C, "targetClassIds": [1, 3], "ignoreClass": 0}, onehot(lab, C), P,
                  lambda YY, PP, w: iou_mean(YY.argmax(1)[YY.argmax(1) != 0], PP.argmax(1)[YY.argmax(1) != 0], w[YY.argmax(1) != 0], C, [1, 3]), "rowpair")
        row_cases(rng, "MeanIoU", f"MeanIoU rows{tag}", {"numClasses": C}, lab, P,
                  lambda yy, PP, w: iou_mean(yy, PP.argmax(1), w, C, range(C)), "row")
        yb = rng.integers(0, 2, n)
        pb = np.round(np.clip(yb * 0.3 + rng.random(n) * 0.7, 0, 1), 2)
        for t, targets in [(0.5, [0, 1]), (0.3, [1])]:
            pair_cases(rng, "BinaryIoU", f"BinaryIoU t={t} {targets}{tag}", {"threshold": t, "targetClassIds": targets}, yb, pb,
                       lambda yy, pp, w, t=t, targets=targets: iou_mean(yy, (pp > t).astype(int), w, 2, targets), vs)
    add("MeanIoU one class", "MeanIoU", {"numClasses": 3}, "pair", [2, 2, 2], [2, 2, 2], None, None, None, 1.0)


def main():
    rng = np.random.default_rng(20261123)
    accuracy_family(rng)
    probabilistic_family(rng)
    confusion_family(rng)
    segmentation_family(rng)
    doc = {
        "generator": "make_reference_classification.py",
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__},
        "cases": CASES,
    }
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    print(f"{len(CASES)} cases, {len(set(c['metric'] for c in CASES))} metrics -> {OUT}")


if __name__ == "__main__":
    main()
