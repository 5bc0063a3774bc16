#!/usr/bin/python3
"""Generate parity_multilabel.json: reference values for the classification conventions and the multi-label family of
issue 18 (all-classes averaging, multi-label precision/recall/F-beta/Jaccard with every average, exact match, Hamming
loss, label ranking metrics, multi-label and one-vs-rest average precision, log_loss, binary F-beta, Lp error per row).

How to run (from this folder; Debian's python3-sklearn/numpy, NOT a pyenv/venv interpreter):

    /usr/bin/python3 make_reference_parity_multilabel.py

Deterministic (fixed seed). Versions are recorded under "versions". The schema is parity.json's (see
make_reference_parity.py): name, metric (a registry identifier), params (registry arguments), labels, predictions
(row-major when columns > 0), columns, mask and weights (per element, or per row when columns > 0), expected.
A mask selects rows exactly like x[mask]; weights are scikit-learn's sample_weight.

Where each expected value comes from (scikit-learn, with sample_weight when the case has weights):
  * multiclass_precision / multiclass_recall / f_beta_score with all_classes=true: precision_score / recall_score /
    fbeta_score(labels=range(C), average=..., zero_division=...) on labels where some classes are absent.
  * multi_label_precision / _recall / _f_beta_score / _jaccard (threshold 0.5, all_labels=true): precision_score /
    recall_score / fbeta_score / jaccard_score on the indicator matrix of scores > 0.5, average macro, micro,
    weighted or samples, zero_division 0 or 1.
  * multi_label_exact_match: accuracy_score; hamming_loss: hamming_loss (both on scores > 0.5).
  * label_ranking_average_precision / coverage_error / label_ranking_loss: the functions of the same names, on scores
    rounded to a tenth (ties).
  * multi_label_average_precision: average_precision_score on the indicator matrix (macro, weighted, micro, samples);
    multi_label_auc: roc_auc_score(average="samples");
    one_vs_rest_average_precision: the same on label_binarize(y, classes=range(C)) (scikit-learn 1.2 rejects
    multi-class labels; 1.3 binarizes them like this).
  * log_loss: log_loss(eps=..., normalize=..., labels=range(C)), from one probability column or from rows (some not
    summing to 1, some with zeros); cases without eps use scikit-learn's default eps="auto" (float64's machine epsilon);
    on float32 probabilities eps="auto" is float32's machine epsilon, reproduced by epsilon=1.1920928955078125e-07.
  * binary_f_beta_score: fbeta_score(y, scores > threshold, beta=..., zero_division=...).
  * row_lp_error: numpy, the weighted mean over rows of np.linalg.norm(y - p, ord=p, axis=1) (of the sum of
    |y - p|^p without norm).
"""

import json
import math
import os
import warnings

import numpy as np
import sklearn
from sklearn import metrics as skm
from sklearn.preprocessing import label_binarize

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "parity_multilabel.json")
CASES = []
NAMES = set()


def enc(v):
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return v


def arr(a):
    return None if a is None else [enc(x) for x in np.asarray(a, dtype=float).ravel()]


def add(name, metric, expected, y, p, mask=None, weights=None, params=None, columns=0):
    assert name not in NAMES, name
    NAMES.add(name)
    CASES.append({
        "method": None,
        "name": name, "metric": metric, "params": params or {},
        "labels": arr(y), "predictions": arr(p), "columns": columns,
        "mask": None if mask is None else [bool(m) for m in np.asarray(mask).ravel()],
        "weights": arr(weights), "expected": enc(expected),
    })


def kept(mask, weights, *arrays):
    """The rows the metric keeps (mask) of each array, and their weights (None when unweighted)."""
    keep = np.ones(len(arrays[0]), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    w = None if weights is None else np.asarray(weights, dtype=float)[keep]
    return [np.asarray(a)[keep] for a in arrays] + [w]


rng = np.random.default_rng(1818)
n = 40
mask = rng.uniform(size=n) > 0.25
wf = rng.uniform(0.2, 3, n)
wf[3] = 0.0
ZD = (("zero", 0), ("one", 1))

# ---------------------------------------------------------------- multi-class averages over all classes
C = 5
yc = rng.integers(0, 3, n)            # classes 3 and 4 never occur as labels
pc = rng.integers(0, 4, n)            # class 3 only predicted, class 4 absent from both
for metric, fn, extra in (("multiclass_precision", skm.precision_score, {}), ("multiclass_recall", skm.recall_score, {}),
                          ("f_beta_score", skm.fbeta_score, {"beta": 1.0}), ("f_beta_score", skm.fbeta_score, {"beta": 2.0})):
    for average in ("macro", "weighted", "micro"):
        for zname, zd in ZD:
            params = {"num_classes": C, "average": average, "zero_division": zname, "all_classes": True, **extra}
            label = f"{metric} {extra} all classes {average} zero_division={zname}"
            add(label, metric, fn(yc, pc, labels=range(C), average=average, zero_division=zd, **extra), yc, pc, params=params)
            yk, pk, w = kept(mask, wf, yc, pc)
            add(label + " masked weighted", metric,
                fn(yk, pk, labels=range(C), average=average, zero_division=zd, sample_weight=w, **extra), yc, pc, mask, wf, params)

# ---------------------------------------------------------------- multi-label family (threshold 0.5)
L = 5
ym = (rng.uniform(size=(n, L)) < 0.4).astype(int)
sm = np.clip(ym * 0.35 + rng.uniform(0, 0.7, (n, L)), 0, 1).round(2)
ym[:, 4] = 0                          # label 4: never a label ...
sm[:, 4] = np.minimum(sm[:, 4], 0.4)  # ... nor a prediction (absent)
ym[5], sm[5] = 0, 0.1                 # a row without labels or predictions (0/0 in every row score)
ym[6], sm[6, :4] = 0, 0.9             # a row of predictions without labels
pm = (sm > 0.5).astype(int)
for metric, fn, extra in (("multi_label_precision", skm.precision_score, {}), ("multi_label_recall", skm.recall_score, {}),
                          ("multi_label_f_beta_score", skm.fbeta_score, {"beta": 1.0}),
                          ("multi_label_f_beta_score", skm.fbeta_score, {"beta": 0.5}),
                          ("multi_label_jaccard", skm.jaccard_score, {})):
    for average in ("macro", "micro", "weighted", "samples"):
        for zname, zd in ZD:
            params = {"num_labels": L, "average": average, "zero_division": zname, "all_labels": True, **extra}
            if metric == "multi_label_f_beta_score":
                params["threshold"] = 0.5
            label = f"{metric} {extra} {average} zero_division={zname}"
            add(label, metric, fn(ym, pm, average=average, zero_division=zd, **extra), ym, sm, params=params, columns=L)
            yk, sk_, w = kept(mask, wf, ym, sm)
            add(label + " masked weighted", metric,
                fn(yk, (sk_ > 0.5).astype(int), average=average, zero_division=zd, sample_weight=w, **extra),
                ym, sm, mask, wf, params, L)
present = slice(0, 4)                 # without the absent label, leaving it out is scikit-learn's own label set
add("multi_label_precision macro present labels only", "multi_label_precision",
    skm.precision_score(ym[:, present], pm[:, present], average="macro", zero_division=1), ym[:, present], sm[:, present],
    params={"num_labels": 4, "zero_division": "one"}, columns=4)
yk, sk_, w = kept(mask, wf, ym, sm)
for metric, fn in (("multi_label_exact_match", skm.accuracy_score), ("hamming_loss", skm.hamming_loss)):
    add(metric, metric, fn(ym, pm), ym, sm, params={"num_labels": L}, columns=L)
    add(metric + " masked weighted", metric, fn(yk, (sk_ > 0.5).astype(int), sample_weight=w), ym, sm, mask, wf,
        {"num_labels": L}, L)
add("subset accuracy threshold 0.3", "subset_accuracy", skm.accuracy_score(ym, (sm > 0.3).astype(int)), ym, sm,
    params={"num_labels": L, "threshold": 0.3}, columns=L)

# ---------------------------------------------------------------- label ranking
yr = (rng.uniform(size=(n, L)) < 0.35).astype(int)
sr = np.round(yr * 0.3 + rng.uniform(0, 0.7, (n, L)), 1)
yr[0] = 0                             # no relevant label
yr[1] = 1                             # only relevant labels
sr[2] = 0.5                           # every score tied
yk, sk_, w = kept(mask, wf, yr, sr)
for metric, fn in (("label_ranking_average_precision", skm.label_ranking_average_precision_score),
                   ("coverage_error", skm.coverage_error), ("label_ranking_loss", skm.label_ranking_loss)):
    add(metric, metric, fn(yr, sr), yr, sr, columns=L)
    add(metric + " masked weighted", metric, fn(yk, sk_, sample_weight=w), yr, sr, mask, wf, columns=L)

# ---------------------------------------------------------------- average precision, multi-label and one-vs-rest
ya = (rng.uniform(size=(n, L)) < 0.4).astype(int)
ya[0] = 1                             # every label has a positive
sa = np.round(ya * 0.25 + rng.uniform(0, 0.75, (n, L)), 1)
yk, sk_, w = kept(mask, wf, ya, sa)
for average in ("macro", "weighted", "micro"):
    add(f"multi-label average precision {average}", "multi_label_average_precision",
        skm.average_precision_score(ya, sa, average=average), ya, sa, params={"average": average}, columns=L)
    add(f"multi-label average precision {average} masked weighted", "multi_label_average_precision",
        skm.average_precision_score(yk, sk_, average=average, sample_weight=w), ya, sa, mask, wf, {"average": average}, L)
ya_empty = ya.copy()
ya_empty[:, 2] = 0
add("multi-label average precision label without positives zero", "multi_label_average_precision",
    skm.average_precision_score(ya_empty, sa, average="macro"), ya_empty, sa, params={"zero_division": "zero"}, columns=L)
yo = rng.integers(0, 4, n)
so = np.round(rng.dirichlet(np.ones(4), n), 2)
so[np.arange(n), yo] += 0.2
yk, sk_, w = kept(mask, wf, yo, so)
for average in ("macro", "weighted", "micro"):
    add(f"one-vs-rest average precision {average}", "one_vs_rest_average_precision",
        skm.average_precision_score(label_binarize(yo, classes=range(4)), so, average=average), yo, so,
        params={"average": average}, columns=4)
    add(f"one-vs-rest average precision {average} masked weighted", "one_vs_rest_average_precision",
        skm.average_precision_score(label_binarize(yk, classes=range(4)), sk_, average=average, sample_weight=w),
        yo, so, mask, wf, {"average": average}, 4)

# ---------------------------------------------------------------- log_loss
yb = rng.integers(0, 2, n)
pb = rng.beta(2, 2, n)
pb[0], pb[1], pb[2], pb[3] = 0.0, 1.0, 1e-20, 1.0
yb[0], yb[1], yb[2], yb[3] = 1, 0, 1, 1
yk, pk, w = kept(mask, wf, yb, pb)
for eps in (1e-15, 1e-7, 0.01):
    for normalize in (True, False):
        params = {"epsilon": eps, "normalize": normalize}
        add(f"log_loss binary eps={eps} normalize={normalize}", "log_loss",
            skm.log_loss(yb, pb, eps=eps, normalize=normalize, labels=[0, 1]), yb, pb, params=params)
        add(f"log_loss binary eps={eps} normalize={normalize} masked weighted", "log_loss",
            skm.log_loss(yk, pk, eps=eps, normalize=normalize, sample_weight=w, labels=[0, 1]), yb, pb, mask, wf, params)
yl = rng.integers(0, 4, n)
pl = rng.dirichlet(np.ones(4), n)
pl[0, yl[0]] = 0.0                    # the true class has probability 0 (clipped)
pl[1] *= 0.8                          # a row not summing to 1 (renormalized)
pl[2] = np.eye(4)[yl[2]]              # a certain, right row
yk, pk, w = kept(mask, wf, yl, pl)
for eps in (1e-15, 1e-3):
    for normalize in (True, False):
        params = {"epsilon": eps, "normalize": normalize, "num_classes": 4}
        add(f"log_loss rows eps={eps} normalize={normalize}", "log_loss",
            skm.log_loss(yl, pl, eps=eps, normalize=normalize, labels=range(4)), yl, pl, params=params, columns=4)
        add(f"log_loss rows eps={eps} normalize={normalize} masked weighted", "log_loss",
            skm.log_loss(yk, pk, eps=eps, normalize=normalize, sample_weight=w, labels=range(4)), yl, pl, mask, wf, params, 4)
add("log_loss default eps binary", "log_loss", skm.log_loss(yb, pb, labels=[0, 1]), yb, pb)
add("log_loss two-column rows", "log_loss", skm.log_loss(yb, np.column_stack([1 - pb, pb]), labels=[0, 1]), yb,
    np.column_stack([1 - pb, pb]), columns=2)

# ---------------------------------------------------------------- binary F-beta
bs = rng.uniform(0, 1, n)
by = (rng.uniform(size=n) < 0.3 + 0.4 * bs).astype(int)
yk, sk_, w = kept(mask, wf, by, bs)
for beta in (0.5, 1.0, 2.0):
    for threshold in (0.5, 0.3):
        params = {"beta": beta, "threshold": threshold}
        add(f"binary f-beta beta={beta} threshold={threshold}", "binary_f_beta_score",
            skm.fbeta_score(by, bs > threshold, beta=beta), by, bs, params=params)
        add(f"binary f-beta beta={beta} threshold={threshold} masked weighted", "binary_f_beta_score",
            skm.fbeta_score(yk, sk_ > threshold, beta=beta, sample_weight=w), by, bs, mask, wf, params)
for zname, zd in ZD:
    add(f"binary f-beta no positives zero_division={zname}", "binary_f_beta_score",
        skm.fbeta_score(np.zeros(6), np.zeros(6), beta=2.0, zero_division=zd), np.zeros(6), np.full(6, 0.2),
        params={"beta": 2.0, "threshold": 0.5, "zero_division": zname})

# ---------------------------------------------------------------- Lp error per row
D = 3
ye = rng.normal(0, 2, (n, D))
pe = ye + rng.normal(0, 1, (n, D))
yk, pk, w = kept(mask, wf, ye, pe)
for p in (1.0, 2.0, 3.0, 0.5):
    for norm in (True, False):
        def row_value(yy, pp):
            s = np.sum(np.abs(yy - pp) ** p, axis=1)
            return s ** (1 / p) if norm else s
        params = {"p": p, "norm": norm}
        add(f"lp error per row p={p} norm={norm}", "row_lp_error", np.mean(row_value(ye, pe)), ye, pe, params=params, columns=D)
        add(f"lp error per row p={p} norm={norm} masked weighted", "row_lp_error", np.average(row_value(yk, pk), weights=w),
            ye, pe, mask, wf, params, D)
add("lp error per row p=2 np.linalg.norm", "row_lp_error", np.mean(np.linalg.norm(ye - pe, ord=2, axis=1)), ye, pe,
    params={"p": 2.0}, columns=D)

# ---------------------------------------------------------------- log_loss on float32 probabilities
# scikit-learn 1.2.1's eps="auto" is np.finfo(y_pred.dtype).eps: 1.1920928955078125e-07 for float32 probabilities,
# whose arithmetic is then float32 too. The expected value is the float64 log_loss of the same float32 values with that
# eps (what `epsilon: 1.1920928955078125e-07` computes); the float32 call agrees with it to float32 rounding.
p32 = pb.astype(np.float32)
eps32 = float(np.finfo(np.float32).eps)
auto32 = skm.log_loss(yb, p32, labels=[0, 1])
exact32 = skm.log_loss(yb, p32.astype(np.float64), eps=eps32, labels=[0, 1])
assert abs(auto32 - exact32) <= 1e-6 * abs(exact32), (auto32, exact32)
assert abs(exact32 - skm.log_loss(yb, pb, labels=[0, 1])) > 1e-3, "the float32 eps must matter in this case"
add("log_loss float32 probabilities eps=auto", "log_loss", exact32, yb, p32, params={"epsilon": eps32})
yk, pk, w = kept(mask, wf, yb, p32)
add("log_loss float32 probabilities eps=auto masked weighted", "log_loss",
    skm.log_loss(yk, pk.astype(np.float64), eps=eps32, sample_weight=w, labels=[0, 1]), yb, p32, mask, wf, {"epsilon": eps32})

# ---------------------------------------------------------------- average="samples": per row over its labels
# average_precision_score(average="samples") gives a row without positives 0 (zero_division: zero); roc_auc_score
# (average="samples") needs both classes in every row, so two columns are set to 1 and 0.
yk, sk_, w = kept(mask, wf, ya, sa)
add("multi-label average precision samples", "multi_label_average_precision",
    skm.average_precision_score(ya, sa, average="samples"), ya, sa, params={"average": "samples", "zero_division": "zero"}, columns=L)
add("multi-label average precision samples masked weighted", "multi_label_average_precision",
    skm.average_precision_score(yk, sk_, average="samples", sample_weight=w), ya, sa, mask, wf,
    {"average": "samples", "zero_division": "zero"}, L)
yr2 = ya.copy()
yr2[:, 0], yr2[:, 1] = 1, 0
yk, sk_, w = kept(mask, wf, yr2, sa)
add("multi-label roc auc samples", "multi_label_auc", skm.roc_auc_score(yr2, sa, average="samples"), yr2, sa,
    params={"average": "samples"}, columns=L)
add("multi-label roc auc samples masked weighted", "multi_label_auc",
    skm.roc_auc_score(yk, sk_, average="samples", sample_weight=w), yr2, sa, mask, wf, {"average": "samples"}, L)

with open(OUT, "w") as f:
    json.dump({
        "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__},
        "cases": CASES,
    }, f, indent=1)
    f.write("\n")
print(f"{len(CASES)} cases -> {OUT}")
