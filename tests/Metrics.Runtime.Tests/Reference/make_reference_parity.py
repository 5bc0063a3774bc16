#!/usr/bin/python3
"""Generate parity.json: reference values for the scikit-learn parity metrics and parameters of issue 18.

How to run (from this folder; Debian's python3-sklearn/scipy/numpy, NOT a pyenv/venv interpreter):

    /usr/bin/python3 make_reference_parity.py

Deterministic (fixed seeds). Versions are recorded under "versions".

Schema of every case:
    name, metric (a registry identifier), params (registry arguments: numbers, booleans, enum names in
    snake_case), labels, predictions (row-major when columns > 0), columns (0: one value per element), mask and
    weights (per element, or per row when columns > 0; or null), expected (a number, or a flat row-major matrix),
    method (binary_counts: the ConfusionCounts method whose value is expected; functional_r2_score: Functional.R2Score
    with the params, not a registry metric).
NaN/inf are encoded as the strings "NaN", "Infinity", "-Infinity".
A mask selects elements exactly like x[mask]; weights are scikit-learn's sample_weight.

Where each expected value comes from:
  * mean_pinball_loss, mean_tweedie_deviance (checked against mean_poisson_deviance / mean_gamma_deviance at
    powers 1 and 2), d2_tweedie_score, d2_pinball_score, d2_absolute_error_score, median_absolute_error, max_error,
    explained_variance_score (force_finite both ways), mean_absolute_percentage_error: scikit-learn, called with
    sample_weight when the case has weights.
  * The quantile rule: scikit-learn takes np.percentile / np.median without sample_weight and its lower weighted
    percentile with it. Cases with params quantile=weighted_lower call scikit-learn with sample_weight; cases with
    the default (linear) and integer weights call scikit-learn without weights on the rows repeated by their
    weights (np.repeat), which is what the linear rule's "a weight counts as copies" means.
  * multiclass_hinge: scikit-learn's hinge_loss(y, decision, labels=range(C)) (Crammer-Singer), with sample_weight.
  * binary_counts methods: specificity = recall_score(pos_label=0), npv = precision_score(pos_label=0),
    false_positive_rate = 1 - specificity, false_negative_rate = 1 - recall_score, informedness =
    balanced_accuracy_score(adjusted=True) (Youden's J for two classes), markedness = precision + npv - 1.
  * ndcg / dcg with average_ties=true: ndcg_score / dcg_score(ignore_ties=False), with sample_weight; untied
    scores with the default rule: the same functions with their defaults.
  * mean_iou / binary_iou with zero_division and micro: jaccard_score(labels=range(C), average='macro' or
    'micro', zero_division=...), with sample_weight; binary_iou's predictions are scores > 0.5.
  * iou with target_class_ids [0, 3]: jaccard_score(labels=[0, 3], average='macro' or 'micro', zero_division=...).
  * one_hot_iou / one_hot_mean_iou: jaccard_score of the argmax of the one-hot label rows and of the score rows,
    labels= the target classes, average None (target_class_ids [c]) / 'macro' / 'micro', zero_division, with
    sample_weight; ignore_class: the rows of other label classes.
  * functional_r2_score with force_finite=false: r2_score(force_finite=False), TF.js' division on a constant target.
  * spearman_correlation / kendall_tau: scipy.stats.spearmanr / kendalltau (tau-b); with integer weights on the
    rows repeated by their weights.
  * max_error with weights: scikit-learn's max_error (which takes no weights) on the rows of non-zero weight.
  * symmetric_mean_absolute_percentage_error / weighted_mean_absolute_percentage_error: TorchMetrics' formulas in
    numpy (scikit-learn has neither): mean(2|y-p| / max(|y|+|p|, 1.17e-6)) and sum|y-p| / max(sum|y|, 1.17e-6),
    weighted by sample_weight; the SMAPE formula is checked against TorchMetrics' documented example (0.2290).
"""

import json
import math
import os

import numpy as np
import scipy
import scipy.special
import scipy.stats
import sklearn
from sklearn import metrics as skm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "parity.json")
CASES = []
NAMES = set()
TORCH_EPS = 1.17e-6


def enc(v):
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return v


def arr(a):
    return None if a is None else [enc(x) for x in np.asarray(a, dtype=float).ravel()]


def add(name, metric, expected, y, p, mask=None, weights=None, params=None, columns=0, method=None):
    assert name not in NAMES, name
    NAMES.add(name)
    CASES.append({
        "method": method,
        "name": name, "metric": metric, "params": params or {},
        "labels": arr(y), "predictions": arr(p), "columns": columns,
        "mask": None if mask is None else [bool(m) for m in np.asarray(mask).ravel()],
        "weights": arr(weights), "expected": arr(expected) if np.ndim(expected) > 0 else enc(expected),
    })


def kept(y, p, mask, weights):
    """The rows the metric keeps (mask, non-zero weight) and their weights (None when unweighted)."""
    keep = np.ones(len(y), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    if weights is not None:
        keep = keep & (np.asarray(weights) > 0)
    w = None if weights is None else np.asarray(weights, dtype=float)[keep]
    return np.asarray(y, dtype=float)[keep], np.asarray(p, dtype=float)[keep], w


def repeated(y, p, w):
    """Rows repeated by their integer weights."""
    if w is None:
        return y, p
    counts = np.asarray(w).astype(int)
    assert np.all(counts == w)
    return np.repeat(y, counts), np.repeat(p, counts)


rng = np.random.default_rng(18)
n = 40
y = rng.uniform(1, 10, n)
p = y + rng.normal(0, 1.5, n)
p_pos = np.abs(p) + 0.1
y_zero = y.copy()
y_zero[::7] = 0.0
mask = rng.uniform(size=n) > 0.25
wf = rng.uniform(0.2, 3, n)
wf[3] = 0.0
wi = rng.integers(0, 4, n).astype(float)
y_ties = np.round(rng.uniform(0, 5, n))
p_ties = np.round(y_ties + rng.normal(0, 1.5, n))

# ---------------------------------------------------------------- pinball loss
for alpha in (0.5, 0.1, 0.9):
    add(f"pinball alpha={alpha}", "mean_pinball_loss", skm.mean_pinball_loss(y, p, alpha=alpha), y, p, params={"alpha": alpha})
    yk, pk, w = kept(y, p, mask, wf)
    add(f"pinball alpha={alpha} masked weighted", "mean_pinball_loss",
        skm.mean_pinball_loss(yk, pk, alpha=alpha, sample_weight=w), y, p, mask, wf, {"alpha": alpha})

# ---------------------------------------------------------------- MAPE as scikit-learn
SK_EPS = float(np.finfo(np.float64).eps)
for label, yy in (("", y), (" zero targets", y_zero)):
    add(f"mape fraction sklearn{label}", "mean_absolute_percentage_error",
        skm.mean_absolute_percentage_error(yy, p), yy, p, params={"percent": False, "epsilon": SK_EPS})
    yk, pk, w = kept(yy, p, mask, wf)
    add(f"mape fraction sklearn{label} masked weighted", "mean_absolute_percentage_error",
        skm.mean_absolute_percentage_error(yk, pk, sample_weight=w), yy, p, mask, wf, {"percent": False, "epsilon": SK_EPS})
add("mape percent keras default", "mean_absolute_percentage_error",
    np.mean(100 * np.abs(y_zero - p) / np.maximum(np.abs(y_zero), 1e-7)), y_zero, p)

# ---------------------------------------------------------------- SMAPE / WMAPE (TorchMetrics' formulas)
def smape(yy, pp, w=None):
    return np.average(2 * np.abs(yy - pp) / np.maximum(np.abs(yy) + np.abs(pp), TORCH_EPS), weights=w)


def wmape(yy, pp, w=None):
    w = np.ones(len(yy)) if w is None else w
    return np.sum(w * np.abs(yy - pp)) / max(np.sum(w * np.abs(yy)), TORCH_EPS)


doc_y, doc_p = np.array([1, 10, 1e6]), np.array([0.9, 15, 1.2e6])
assert abs(smape(doc_y, doc_p) - 0.2290) < 5e-5, smape(doc_y, doc_p)
add("smape torchmetrics doc example", "symmetric_mean_absolute_percentage_error", smape(doc_y, doc_p), doc_y, doc_p)
add("smape zeros", "smape", smape(np.array([0.0, 0, 1]), np.array([0.0, 2, 1])), [0, 0, 1], [0, 2, 1])
for label, yy in (("", y), (" zero targets", y_zero)):
    add(f"smape{label}", "smape", smape(yy, p), yy, p)
    yk, pk, w = kept(yy, p, mask, wf)
    add(f"smape{label} masked weighted", "smape", smape(yk, pk, w), yy, p, mask, wf)
    add(f"wmape{label}", "weighted_mean_absolute_percentage_error", wmape(yy, p), yy, p)
    add(f"wmape{label} masked weighted", "wmape", wmape(yk, pk, w), yy, p, mask, wf)

# ---------------------------------------------------------------- Tweedie deviance and D² Tweedie
assert skm.mean_tweedie_deviance(y_zero, p_pos, power=1) == skm.mean_poisson_deviance(y_zero, p_pos)
assert skm.mean_tweedie_deviance(y, p_pos, power=2) == skm.mean_gamma_deviance(y, p_pos)
for power, yy, pp in ((0, y, p), (1, y_zero, p_pos), (2, y, p_pos), (1.5, y_zero, p_pos), (3, y, p_pos),
                      (-1, y - 3, p_pos), (-0.5, y - 3, p_pos)):
    add(f"tweedie power={power}", "mean_tweedie_deviance", skm.mean_tweedie_deviance(yy, pp, power=power), yy, pp,
        params={"power": power})
    yk, pk, w = kept(yy, pp, mask, wf)
    add(f"tweedie power={power} masked weighted", "mean_tweedie_deviance",
        skm.mean_tweedie_deviance(yk, pk, power=power, sample_weight=w), yy, pp, mask, wf, {"power": power})
    add(f"d2 tweedie power={power}", "d2_tweedie_score", skm.d2_tweedie_score(yy, pp, power=power), yy, pp,
        params={"power": power})
    add(f"d2 tweedie power={power} masked weighted", "d2_tweedie_score",
        skm.d2_tweedie_score(yk, pk, power=power, sample_weight=w), yy, pp, mask, wf, {"power": power})
add("d2 tweedie one sample", "d2_tweedie_score", float("nan"), [1.0], [2.0])
add("d2 tweedie constant target", "d2_tweedie_score", skm.d2_tweedie_score([2.0, 2, 2], [1.0, 2, 3]), [2, 2, 2], [1, 2, 3])

# ---------------------------------------------------------------- D² pinball / absolute error
for alpha in (0.5, 0.1, 0.9, 0.25):
    add(f"d2 pinball alpha={alpha}", "d2_pinball_score", skm.d2_pinball_score(y, p, alpha=alpha), y, p, params={"alpha": alpha})
    add(f"d2 pinball alpha={alpha} ties", "d2_pinball_score", skm.d2_pinball_score(y_ties, p_ties, alpha=alpha), y_ties,
        p_ties, params={"alpha": alpha})
    yk, pk, w = kept(y, p, mask, wf)
    add(f"d2 pinball alpha={alpha} weighted_lower", "d2_pinball_score",
        skm.d2_pinball_score(yk, pk, alpha=alpha, sample_weight=w), y, p, mask, wf,
        {"alpha": alpha, "quantile": "weighted_lower"})
    yk, pk, w = kept(y, p, mask, wi)
    yr, pr = repeated(yk, pk, w)
    add(f"d2 pinball alpha={alpha} integer weights linear", "d2_pinball_score",
        skm.d2_pinball_score(yr, pr, alpha=alpha), y, p, mask, wi, {"alpha": alpha})
add("d2 absolute error", "d2_absolute_error_score", skm.d2_absolute_error_score(y, p), y, p)
add("d2 absolute error perfect", "d2_absolute_error_score", skm.d2_absolute_error_score([1.0, 2, 3], [1.0, 2, 3]), [1, 2, 3], [1, 2, 3])
add("d2 absolute error constant target", "d2_absolute_error_score",
    skm.d2_absolute_error_score([2.0, 2, 2], [1.0, 2, 3]), [2, 2, 2], [1, 2, 3])
add("d2 pinball one sample", "d2_pinball_score", float("nan"), [1.0], [2.0])

# ---------------------------------------------------------------- median absolute error, max error
for count in (n, n - 1):
    add(f"median absolute error n={count}", "median_absolute_error", skm.median_absolute_error(y[:count], p[:count]),
        y[:count], p[:count])
add("median absolute error ties", "median_absolute_error", skm.median_absolute_error(y_ties, p_ties), y_ties, p_ties)
yk, pk, w = kept(y, p, mask, wf)
add("median absolute error weighted_lower", "median_absolute_error",
    skm.median_absolute_error(yk, pk, sample_weight=w), y, p, mask, wf, {"quantile": "weighted_lower"})
add("median absolute error weighted_lower unit weights", "median_absolute_error",
    skm.median_absolute_error(y, p, sample_weight=np.ones(n)), y, p, None, np.ones(n), {"quantile": "weighted_lower"})
yk, pk, w = kept(y, p, mask, wi)
yr, pr = repeated(yk, pk, w)
add("median absolute error integer weights linear", "median_absolute_error", skm.median_absolute_error(yr, pr),
    y, p, mask, wi)
add("max error", "max_error", skm.max_error(y, p), y, p)
yk, pk, _ = kept(y, p, mask, wf)
add("max error masked weighted", "max_error", skm.max_error(yk, pk), y, p, mask, wf)

# ---------------------------------------------------------------- explained variance force_finite
for ff in (True, False):
    for label, yy, pp in (("perfect constant", [2.0, 2, 2], [2.0, 2, 2]), ("constant target", [2.0, 2, 2], [1.0, 2, 3]),
                          ("constant residual", [2.0, 2, 2], [3.0, 3, 3]), ("varied", y, p)):
        add(f"explained variance force_finite={ff} {label}", "explained_variance_score",
            skm.explained_variance_score(yy, pp, force_finite=ff), yy, pp, params={"force_finite": ff})

# ---------------------------------------------------------------- Spearman and Kendall tau-b
for label, yy, pp in (("", y, p), (" ties", y_ties, p_ties)):
    add(f"spearman{label}", "spearman_correlation", scipy.stats.spearmanr(yy, pp).correlation, yy, pp)
    add(f"kendall{label}", "kendall_tau", scipy.stats.kendalltau(yy, pp).correlation, yy, pp)
    yk, pk, w = kept(yy, pp, mask, wi)
    yr, pr = repeated(yk, pk, w)
    add(f"spearman{label} masked integer weights", "spearmanr", scipy.stats.spearmanr(yr, pr).correlation, yy, pp, mask, wi)
    add(f"kendall{label} masked integer weights", "kendalltau", scipy.stats.kendalltau(yr, pr).correlation, yy, pp, mask, wi)
big = 3000
by = np.round(rng.normal(0, 2, big))
bp = np.round(by + rng.normal(0, 2, big), 1)
add("spearman large ties", "spearman_correlation", scipy.stats.spearmanr(by, bp).correlation, by, bp)
add("kendall large ties", "kendall_tau", scipy.stats.kendalltau(by, bp).correlation, by, bp)
add("kendall anti", "kendall_tau", scipy.stats.kendalltau([1.0, 2, 3, 4], [4.0, 3, 2, 2]).correlation, [1, 2, 3, 4], [4, 3, 2, 2])
add("spearman constant", "spearman_correlation", float("nan"), [1.0, 1, 1], [1.0, 2, 3])
add("kendall constant", "kendall_tau", float("nan"), [1.0, 2, 3], [5.0, 5, 5])

# ---------------------------------------------------------------- log loss, KL, Poisson, confusion matrix (issue 18 part 2)
yb = rng.integers(0, 2, n).astype(float)
pb = np.clip(rng.beta(2, 2, n), 0, 1)
pb[0], pb[1], pb[2] = 0.0, 1.0, 1e-20
yb[0], yb[1], yb[2] = 1.0, 0.0, 1.0
for eps in (1e-15, 1e-7):
    add(f"log_loss eps={eps}", "binary_crossentropy", skm.log_loss(yb, pb, eps=eps), yb, pb,
        params={"clip_only": True, "epsilon": eps})
    yk, pk, w = kept(yb, pb, mask, wf)
    add(f"log_loss eps={eps} masked weighted", "bce", skm.log_loss(yk, pk, eps=eps, sample_weight=w, labels=[0, 1]),
        yb, pb, mask, wf, {"clip_only": True, "epsilon": eps})
rows, cols = 12, 4
kl_y = rng.dirichlet(np.ones(cols), rows)
kl_y[kl_y < 0.15] = 0.0
kl_p = rng.dirichlet(np.ones(cols), rows)
kl_p[0, 0] = 0.0
kl_y[0, 0] = 0.0
row_mask = rng.uniform(size=rows) > 0.2
row_w = rng.uniform(0.5, 2, rows)
kl_rows = scipy.special.rel_entr(kl_y, kl_p).sum(axis=1)
add("kl rel_entr", "kl_divergence", kl_rows.mean(), kl_y, kl_p, params={"keras_clip": False}, columns=cols)
add("kl rel_entr masked weighted", "kld", np.average(kl_rows[row_mask], weights=row_w[row_mask]), kl_y, kl_p,
    row_mask, row_w, {"keras_clip": False}, cols)
inf_y, inf_p = np.array([[0.5, 0.5], [1.0, 0.0]]), np.array([[0.5, 0.5], [0.0, 1.0]])
add("kl rel_entr infinite", "kl_divergence", scipy.special.rel_entr(inf_y, inf_p).sum(axis=1).mean(), inf_y, inf_p,
    params={"keras_clip": False}, columns=2)
py = rng.poisson(3, n).astype(float)
pp = rng.uniform(0.0, 6, n)
pp[0] = 0.0
py[0] = 0.0
for eps in (1e-8, 1e-7):
    add(f"poisson eps={eps}", "poisson", np.mean(pp - py * np.log(pp + eps)), py, pp, params={"epsilon": eps})
add("poisson eps=0 positive predictions", "poisson", np.mean(pp[1:] - py[1:] * np.log(pp[1:])), py[1:], pp[1:],
    params={"epsilon": 0.0})
cm_y = rng.integers(0, 3, n).astype(float)
cm_p = rng.integers(0, 3, n).astype(float)
cm_p[cm_p == 1] = 0.0
for norm in ("true", "pred", "all"):
    expected = skm.confusion_matrix(cm_y, cm_p, labels=[0, 1, 2, 3], normalize=norm)
    add(f"confusion matrix normalize={norm} zero", "confusion_matrix", expected, cm_y, cm_p,
        params={"num_classes": 4, "normalize": norm, "zero_division": "zero"})
    yk, pk, w = kept(cm_y, cm_p, mask, wf)
    add(f"confusion matrix normalize={norm} zero masked weighted", "confusion_matrix",
        skm.confusion_matrix(yk, pk, labels=[0, 1, 2, 3], normalize=norm, sample_weight=w), cm_y, cm_p, mask, wf,
        {"num_classes": 4, "normalize": norm, "zero_division": "zero"})

# ---------------------------------------------------------------- Crammer-Singer hinge (issue 18 part 3)
hc = 4
h_y = rng.integers(0, hc, n)
h_y[:hc] = np.arange(hc)
h_d = rng.normal(0, 1.5, (n, hc))
h_d[1] = [0.5, 0.5, 0.5, 0.5]
add("multiclass hinge", "multiclass_hinge", skm.hinge_loss(h_y, h_d, labels=list(range(hc))), h_y, h_d, columns=hc)
yk, dk, w = h_y[mask & (wf > 0)], h_d[mask & (wf > 0)], wf[mask & (wf > 0)]
add("multiclass hinge masked weighted", "crammer_singer_hinge",
    skm.hinge_loss(yk, dk, labels=list(range(hc)), sample_weight=w), h_y, h_d, mask, wf, columns=hc)

# ---------------------------------------------------------------- ConfusionCounts rates, Functional.R2Score (TF.js)
cy = rng.integers(0, 2, n)
cs = rng.uniform(0, 1, n)
cp = (cs > 0.5).astype(int)
kk = mask & (wf > 0)
for label, m, w in (("", None, None), (" masked weighted", mask, wf)):
    sel = np.ones(n, dtype=bool) if m is None else kk
    ww = None if w is None else wf[sel]
    yy, pp = cy[sel], cp[sel]
    spec = skm.recall_score(yy, pp, pos_label=0, sample_weight=ww)
    npv = skm.precision_score(yy, pp, pos_label=0, sample_weight=ww)
    rec = skm.recall_score(yy, pp, sample_weight=ww)
    prec = skm.precision_score(yy, pp, sample_weight=ww)
    j = skm.balanced_accuracy_score(yy, pp, adjusted=True, sample_weight=ww)
    assert abs(j - (rec + spec - 1)) < 1e-12
    for method, value in (("specificity", spec), ("npv", npv), ("false_positive_rate", 1 - spec),
                          ("false_negative_rate", 1 - rec), ("informedness", j), ("markedness", prec + npv - 1)):
        add(f"binary counts {method}{label}", "binary_counts", value, cy, cs, m, w, {"threshold": 0.5}, method=method)
for label, yy, pp in (("constant target", [2.0, 2, 2], [1.0, 2, 3]), ("perfect constant", [2.0, 2, 2], [2.0, 2, 2]),
                      ("varied", y, p)):
    for ff in (True, False):
        add(f"functional r2 force_finite={ff} {label}", "functional_r2_score", skm.r2_score(yy, pp, force_finite=ff),
            yy, pp, params={"force_finite": ff})

# ---------------------------------------------------------------- NDCG/DCG with tied scores (issue 18, second part)
nq, ni = 10, 7
r_y = rng.integers(0, 4, (nq, ni)).astype(float)
r_s = rng.integers(0, 3, (nq, ni)).astype(float)
r_y[0] = 0.0
r_s[1] = 1.0
r_mask = rng.uniform(size=nq) > 0.2
r_w = rng.uniform(0.5, 2, nq)
for k in (None, 1, 2, 3, 5, ni):
    kp = {} if k is None else {"k": k}
    for metric, fn in (("ndcg", skm.ndcg_score), ("dcg", skm.dcg_score)):
        add(f"{metric} ties k={k}", metric, fn(r_y, r_s, k=k, ignore_ties=False), r_y, r_s,
            params={"average_ties": True, **kp}, columns=ni)
        add(f"{metric} ties k={k} masked weighted", metric,
            fn(r_y[r_mask], r_s[r_mask], k=k, ignore_ties=False, sample_weight=r_w[r_mask]), r_y, r_s, r_mask, r_w,
            {"average_ties": True, **kp}, ni)
u_s = rng.permutation(nq * ni).reshape(nq, ni).astype(float)
for k in (None, 3):
    kp = {} if k is None else {"k": k}
    for metric, fn in (("ndcg", skm.ndcg_score), ("dcg", skm.dcg_score)):
        add(f"{metric} untied k={k} default rule", metric, fn(r_y, u_s, k=k), r_y, u_s, params=kp, columns=ni)

# ---------------------------------------------------------------- IoU family: zero_division, micro (issue 18, second part)
io_y = rng.integers(0, 3, n).astype(float)
io_p = rng.integers(0, 3, n).astype(float)
io_p[io_p == 2] = 0.0
io_y[io_y == 2] = 1.0
io_p[5] = 2.0
iou_labels = [0, 1, 2, 3]
for zd, zname in ((0, "zero"), (1, "one")):
    for micro in (False, True):
        average = "micro" if micro else "macro"
        add(f"mean iou zero_division={zname} {average}", "mean_iou",
            skm.jaccard_score(io_y, io_p, labels=iou_labels, average=average, zero_division=zd), io_y, io_p,
            params={"num_classes": 4, "zero_division": zname, "micro": micro})
        yk, pk, w = kept(io_y, io_p, mask, wf)
        add(f"mean iou zero_division={zname} {average} masked weighted", "mean_iou",
            skm.jaccard_score(yk, pk, labels=iou_labels, average=average, zero_division=zd, sample_weight=w),
            io_y, io_p, mask, wf, {"num_classes": 4, "zero_division": zname, "micro": micro})
# IoU over listed target classes: jaccard_score(labels=the targets); class 3 has an empty union.
for zd, zname in ((0, "zero"), (1, "one")):
    for micro in (False, True):
        average = "micro" if micro else "macro"
        params = {"num_classes": 4, "target_class_ids": [0, 3], "zero_division": zname, "micro": micro}
        add(f"iou targets 0 3 zero_division={zname} {average}", "iou",
            skm.jaccard_score(io_y, io_p, labels=[0, 3], average=average, zero_division=zd), io_y, io_p, params=params)
        yk, pk, w = kept(io_y, io_p, mask, wf)
        add(f"iou targets 0 3 zero_division={zname} {average} masked weighted", "iou",
            skm.jaccard_score(yk, pk, labels=[0, 3], average=average, zero_division=zd, sample_weight=w),
            io_y, io_p, mask, wf, params)
add("mean iou micro default", "mean_iou", skm.jaccard_score(io_y, io_p, labels=iou_labels, average="micro"), io_y, io_p,
    params={"num_classes": 4, "micro": True})
bi_y = rng.integers(0, 2, n).astype(float)
bi_s = rng.uniform(0, 1, n)
for zd, zname in ((0, "zero"), (1, "one")):
    for micro in (False, True):
        average = "micro" if micro else "macro"
        add(f"binary iou zero_division={zname} {average}", "binary_iou",
            skm.jaccard_score(bi_y, bi_s > 0.5, labels=[0, 1], average=average, zero_division=zd), bi_y, bi_s,
            params={"zero_division": zname, "micro": micro})
        neg = np.zeros(6)
        add(f"binary iou all negative zero_division={zname} {average}", "binary_iou",
            skm.jaccard_score(neg, np.zeros(6), labels=[0, 1], average=average, zero_division=zd), neg, np.full(6, 0.2),
            params={"zero_division": zname, "micro": micro})
        yk, sk_, w = kept(bi_y, bi_s, mask, wf)
        add(f"binary iou zero_division={zname} {average} masked weighted", "binary_iou",
            skm.jaccard_score(yk, sk_ > 0.5, labels=[0, 1], average=average, zero_division=zd, sample_weight=w),
            bi_y, bi_s, mask, wf, {"zero_division": zname, "micro": micro})

# scikit-learn's default jaccard_score(y, p > 0.5) (average="binary"): class 1 alone, the registry's "jaccard_score".
add("jaccard_score binary", "jaccard_score", skm.jaccard_score(bi_y, bi_s > 0.5), bi_y, bi_s)
yk, sk_, w = kept(bi_y, bi_s, mask, wf)
add("jaccard_score binary masked weighted", "jaccard_score", skm.jaccard_score(yk, sk_ > 0.5, sample_weight=w),
    bi_y, bi_s, mask, wf)
for zd, zname in ((0, "zero"), (1, "one")):
    add(f"jaccard_score binary all negative zero_division={zname}", "jaccard_score",
        skm.jaccard_score(np.zeros(6), np.zeros(6), zero_division=zd), np.zeros(6), np.full(6, 0.2),
        params={"zero_division": zname})

# ---------------------------------------------------------------- one-hot IoU family: label rows and score rows
# OneHotIoU / OneHotMeanIoU reduce each one-hot label row and each score row to its argmax (continuous scores: no
# ties), then take the IoU of the C x C confusion matrix: jaccard_score of the two argmax vectors with labels= (the
# target classes), average None (one class at a time through target_class_ids [c]), 'macro' or 'micro', and
# zero_division. Class 3 is in neither labels nor predictions (its union is empty). ignore_class drops the rows of
# that label class, as indexing the rows before scikit-learn does.
oh_rng = np.random.default_rng(1818)  # its own generator: the cases after this section keep their data
oh_c = 4
oh_y = oh_rng.integers(0, 3, n)
oh_s = oh_rng.dirichlet(np.ones(oh_c), n)
oh_s[:, 3] *= 0.01
oh_s[np.arange(n), oh_y] += np.where(oh_rng.uniform(size=n) < 0.6, 1.0, 0.0)
oh_p = oh_s.argmax(axis=1)
oh_rows = np.eye(oh_c)[oh_y]
assert 3 not in oh_y and 3 not in oh_p
for metric, targets in (("one_hot_mean_iou", None), ("one_hot_iou", [0, 2])):
    labels = list(range(oh_c)) if targets is None else targets
    base = {"num_classes": oh_c} if targets is None else {"num_classes": oh_c, "target_class_ids": targets}
    for zd, zname in ((0, "zero"), (1, "one")):
        for micro in (False, True):
            average = "micro" if micro else "macro"
            params = dict(base, zero_division=zname, micro=micro)
            add(f"{metric} zero_division={zname} {average}", metric,
                skm.jaccard_score(oh_y, oh_p, labels=labels, average=average, zero_division=zd),
                oh_rows, oh_s, params=params, columns=oh_c)
            keep = mask & (wf > 0)
            add(f"{metric} zero_division={zname} {average} masked weighted", metric,
                skm.jaccard_score(oh_y[keep], oh_p[keep], labels=labels, average=average, zero_division=zd,
                                  sample_weight=wf[keep]),
                oh_rows, oh_s, mask, wf, params, columns=oh_c)
    # The default (NaN) leaves a class with an empty union out of the mean: scikit-learn over the classes present.
    present = [c for c in labels if c in oh_y or c in oh_p]
    add(f"{metric} default macro", metric, skm.jaccard_score(oh_y, oh_p, labels=present, average="macro"),
        oh_rows, oh_s, params=base, columns=oh_c)
    keep = oh_y != 1
    add(f"{metric} ignore_class=1", metric,
        skm.jaccard_score(oh_y[keep], oh_p[keep], labels=labels, average="macro", zero_division=0),
        oh_rows, oh_s, params=dict(base, ignore_class=1, zero_division="zero"), columns=oh_c)
per_class = skm.jaccard_score(oh_y, oh_p, labels=list(range(oh_c)), average=None, zero_division=1)
per_class_w = skm.jaccard_score(oh_y[mask], oh_p[mask], labels=list(range(oh_c)), average=None, zero_division=1,
                                sample_weight=wi[mask])
for c in range(oh_c):
    params = {"num_classes": oh_c, "target_class_ids": [c], "zero_division": "one"}
    add(f"one_hot_iou class {c} (average None)", "one_hot_iou", per_class[c], oh_rows, oh_s, params=params, columns=oh_c)
    add(f"one_hot_iou class {c} (average None) masked integer weights", "one_hot_iou", per_class_w[c],
        oh_rows, oh_s, mask, wi, params, columns=oh_c)

# ---------------------------------------------------------------- per-class rates of a multi-class confusion matrix
# BalancedAccuracy.ClassCounts(): the one-vs-rest counts of each class; scikit-learn's recall_score/precision_score of
# (y == c, p == c) with pos_label=False give specificity and NPV, with the positive class recall (for FNR).
mc_y = rng.integers(0, 4, n)
mc_p = np.where(rng.uniform(size=n) < 0.6, mc_y, rng.integers(0, 4, n))
for label, m, w in (("", None, None), (" masked weighted", mask, wf)):
    yy, pp, ww = kept(mc_y, mc_p, m, w)
    rates = {"specificity": [], "npv": [], "false_positive_rate": [], "false_negative_rate": []}
    for c in range(4):
        t, q = yy == c, pp == c
        spec = skm.recall_score(t, q, pos_label=False, sample_weight=ww)
        rates["specificity"].append(spec)
        rates["npv"].append(skm.precision_score(t, q, pos_label=False, sample_weight=ww))
        rates["false_positive_rate"].append(1 - spec)
        rates["false_negative_rate"].append(1 - skm.recall_score(t, q, sample_weight=ww))
    for method, values in rates.items():
        add(f"class rates {method}{label}", "balanced_accuracy", np.array(values), mc_y, mc_p, m, w,
            {"num_classes": 4}, method="class_" + method)

with open(OUT, "w") as f:
    json.dump({
        "versions": {"sklearn": sklearn.__version__, "scipy": scipy.__version__, "numpy": np.__version__},
        "cases": CASES,
    }, f, indent=1)
    f.write("\n")
print(f"{len(CASES)} cases -> {OUT}")
