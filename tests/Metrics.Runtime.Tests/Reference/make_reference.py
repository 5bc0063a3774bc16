#!/usr/bin/python3
"""Generate reference.json: reference values for the Metrics.Dsl metrics.

How to run (from this folder; uses the Debian packages python3-sklearn,
python3-scipy and python3-numpy, NOT a pyenv/venv interpreter):

    /usr/bin/python3 make_reference.py

The output is deterministic (fixed seeds, sorted keys).  The library versions
used are recorded in reference.json under "versions".

Schema of every case (see the test project for the consumer):
    name, metric, params, shape ("value" | "pair" | "row" | "rowpair"),
    labels (null for "value"), predictions (row shapes: flattened row-major),
    columns (row shapes only, else null), mask (per element / per row, or null),
    weights (per element / per row, or null), expected (number or object;
    NaN / +-inf encoded as the strings "NaN", "Infinity", "-Infinity").

Semantics: a mask selects elements (rows) exactly like x[mask]; weights are
sample weights (sum(w*x)/sum(w), sklearn's sample_weight); an element with
weight 0 is excluded entirely.

Where the expected value is computed:
  * Average, Sum, Welford: exact rational arithmetic (fractions.Fraction on the
    exact binary values of the doubles), rounded once to double; checked
    against numpy (np.average / np.sum) for agreement.
  * Min, Max: numpy min/max over the selected elements with weight > 0.
  * Accuracy, Precision, Recall, F1Score, MeanAbsoluteError, MeanSquaredError,
    RootMeanSquaredError (= sqrt(MSE)), MeanSquaredLogError,
    RootMeanSquaredLogError (= sqrt(MSLE)): sklearn.metrics with
    sample_weight; checked against the direct formula.  Undefined
    precision/recall/F1 are detected here (not via sklearn's zero_division).
  * LogProb: scipy.special.log_softmax / gammaln / logaddexp formula, checked
    against scipy.stats.multinomial.logpmf (rows with n > 0),
    scipy.stats.bernoulli.logpmf (1 column) and -sklearn log_loss (one-hot).
  * LpError: numpy (np.average of |T(y) - T(p)|**p); checked against sklearn
    MAE/MSE/MSLE for p = 1, 2.
"""

import json
import math
import os
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

import numpy as np
import scipy
import scipy.special
import scipy.stats
import sklearn
from sklearn import metrics as skm

getcontext().prec = 60

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reference.json")

CASES = []
NAMES = set()


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def enc(v):
    """Encode a float for JSON (NaN/inf as strings)."""
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return v


def close(a, b, rtol=1e-9, atol=1e-12):
    a = float(a)
    b = float(b)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= atol + rtol * max(abs(a), abs(b))


def check(a, b, what, rtol=1e-9, atol=1e-12):
    if not close(a, b, rtol, atol):
        raise AssertionError(f"cross-check failed for {what}: {a!r} vs {b!r}")


def tolist_float(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def compact(values):
    """Integral values are written as JSON integers (keeps the file small)."""
    if values is None:
        return None
    return [int(v) if float(v).is_integer() and abs(v) < 2 ** 53 else float(v) for v in values]


def tolist_int(a):
    return [int(v) for v in np.asarray(a).ravel()]


def add(name, metric, params, shape, labels, predictions, columns, mask, weights, expected):
    assert name not in NAMES, name
    NAMES.add(name)
    if isinstance(expected, dict):
        expected = {k: enc(v) for k, v in expected.items()}
    else:
        expected = enc(expected)
    for arr in (labels, predictions, weights):
        if arr is not None:
            for v in arr:
                assert isinstance(v, (int, float)) and math.isfinite(v)
    if weights is not None:
        assert all(w >= 0 for w in weights)
    CASES.append({
        "name": name,
        "metric": metric,
        "params": params,
        "shape": shape,
        "labels": compact(labels),
        "predictions": compact(predictions),
        "columns": columns,
        "mask": None if mask is None else [bool(m) for m in mask],
        "weights": compact(weights),
        "expected": expected,
    })


def select(n, mask, weights):
    """Return (index array of selected elements/rows, their weights)."""
    sel = np.ones(n, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    assert len(sel) == n
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    assert len(w) == n
    idx = np.nonzero(sel)[0]
    return idx, w[idx]


def frac(v):
    return Fraction(float(v))


def frac_sqrt(f):
    """Correctly rounded (to ~60 digits, then to double) sqrt of a Fraction."""
    if f == 0:
        return 0.0
    d = Decimal(f.numerator) / Decimal(f.denominator)
    return float(d.sqrt())


# --------------------------------------------------------------------------
# reference computations
# --------------------------------------------------------------------------

def ref_average(x, mask, weights):
    x = np.asarray(x, dtype=float)
    idx, w = select(len(x), mask, weights)
    xs = x[idx]
    sw = sum(frac(v) for v in w)
    if len(xs) == 0 or sw == 0:
        return float("nan")
    exact = float(sum(frac(a) * frac(b) for a, b in zip(w, xs)) / sw)
    check(exact, np.average(xs, weights=w), "Average")
    return exact


def ref_sum(x, mask, weights):
    x = np.asarray(x, dtype=float)
    idx, w = select(len(x), mask, weights)
    xs = x[idx]
    if len(xs) == 0:
        return 0.0
    exact = float(sum(frac(a) * frac(b) for a, b in zip(w, xs)))
    check(exact, np.sum(w * xs), "Sum", rtol=1e-10, atol=1e-9)
    return exact


def ref_minmax(x, mask, weights, fn):
    x = np.asarray(x, dtype=float)
    idx, w = select(len(x), mask, weights)
    xs = x[idx][w > 0]
    if len(xs) == 0:
        return float("nan")
    return float(fn(xs))


def ref_welford(x, mask, weights):
    x = np.asarray(x, dtype=float)
    idx, w = select(len(x), mask, weights)
    xs = x[idx]
    fw = [frac(v) for v in w]
    fx = [frac(v) for v in xs]
    sw = sum(fw, Fraction(0))
    nan = float("nan")
    if sw == 0:
        return {"count": 0.0, "mean": nan, "variance": nan, "sampleVariance": nan,
                "standardDeviation": nan, "standardErrorOfMean": nan}
    mean = sum((a * b for a, b in zip(fw, fx)), Fraction(0)) / sw
    ss = sum((a * (b - mean) ** 2 for a, b in zip(fw, fx)), Fraction(0))
    var = ss / sw
    svar = ss / (sw - 1) if sw > 1 else None
    res = {
        "count": float(sw),
        "mean": float(mean),
        "variance": float(var),
        "sampleVariance": nan if svar is None else float(svar),
        "standardDeviation": frac_sqrt(var),
        "standardErrorOfMean": frac_sqrt(var / sw),
    }
    # cross-check with numpy where numpy is accurate enough (no huge offset)
    if np.max(np.abs(xs)) < 1e6:
        m = np.average(xs, weights=w)
        check(res["mean"], m, "Welford mean", atol=1e-10)
        v = np.average((xs - m) ** 2, weights=w)
        check(res["variance"], v, "Welford variance", rtol=1e-8, atol=1e-10)
        check(res["standardDeviation"], math.sqrt(v), "Welford sd", rtol=1e-8, atol=1e-10)
        if svar is not None and np.all(w == np.round(w)) and np.all(w > 0):
            rep = np.repeat(xs, w.astype(int))
            check(res["sampleVariance"], np.var(rep, ddof=1), "Welford sample var", rtol=1e-8, atol=1e-10)
            check(res["variance"], np.var(rep), "Welford var (repeat)", rtol=1e-8, atol=1e-10)
    return res


def ref_accuracy_binary(labels, preds, threshold, mask, weights):
    y = np.asarray(labels)
    p = np.asarray(preds, dtype=float)
    idx, w = select(len(y), mask, weights)
    if len(idx) == 0 or w.sum() == 0:
        return float("nan")
    yt = (y[idx] == 1)
    yp = (p[idx] > threshold)
    r = skm.accuracy_score(yt, yp, sample_weight=w)
    check(r, np.sum(w * (yt == yp)) / np.sum(w), "Accuracy binary")
    return float(r)


def ref_accuracy_multi(labels, preds, columns, mask, weights):
    y = np.asarray(labels)
    p = np.asarray(preds, dtype=float).reshape(-1, columns)
    assert p.shape[0] == len(y)
    idx, w = select(len(y), mask, weights)
    if len(idx) == 0 or w.sum() == 0:
        return float("nan")
    am = np.argmax(p[idx], axis=1)  # first maximal index wins
    r = skm.accuracy_score(y[idx], am, sample_weight=w)
    check(r, np.sum(w * (am == y[idx])) / np.sum(w), "Accuracy multiclass")
    return float(r)


def ref_prf(metric, labels, preds, threshold, mask, weights, zero_division=None):
    y = np.asarray(labels)
    p = np.asarray(preds, dtype=float)
    idx, w = select(len(y), mask, weights)
    yt = (y[idx] == 1).astype(int)
    yp = (p[idx] > threshold).astype(int)
    tp = float(np.sum(w * (yt == 1) * (yp == 1)))
    fp = float(np.sum(w * (yt == 0) * (yp == 1)))
    fn = float(np.sum(w * (yt == 1) * (yp == 0)))
    pred_pos = tp + fp
    act_pos = tp + fn
    if metric == "Precision":
        undefined = pred_pos == 0
    elif metric == "Recall":
        undefined = act_pos == 0
    else:
        undefined = pred_pos == 0 and act_pos == 0
    if undefined:
        if zero_division is None:
            return float("nan")
        return {"Zero": 0.0, "One": 1.0}[zero_division]
    zd = 0 if zero_division in (None, "Zero") else 1
    fn_sk = {"Precision": skm.precision_score, "Recall": skm.recall_score, "F1Score": skm.f1_score}[metric]
    r = fn_sk(yt, yp, sample_weight=w, zero_division=zd, labels=[0, 1], pos_label=1, average="binary")
    direct = {"Precision": tp / pred_pos if pred_pos else None,
              "Recall": tp / act_pos if act_pos else None,
              "F1Score": 2 * tp / (2 * tp + fp + fn)}[metric]
    if direct is not None:
        check(r, direct, metric)
    return float(r)


def ref_logprob(labels, preds, columns, mask, weights):
    y = np.asarray(labels, dtype=float).reshape(-1, columns)
    z = np.asarray(preds, dtype=float).reshape(-1, columns)
    idx, w = select(y.shape[0], mask, weights)
    if len(idx) == 0 or w.sum() == 0:
        return float("nan")
    y = y[idx]
    z = z[idx]
    if columns == 1:
        per = y[:, 0] * z[:, 0] - np.logaddexp(0.0, z[:, 0])
        for yy, zz, pp in zip(y[:, 0], z[:, 0], per):
            if abs(zz) < 30:  # scipy's expit/logpmf route loses precision beyond this
                check(pp, scipy.stats.bernoulli.logpmf(int(yy), scipy.special.expit(zz)), "LogProb bernoulli", rtol=1e-7, atol=1e-9)
    else:
        ls = scipy.special.log_softmax(z, axis=1)
        n = y.sum(axis=1)
        per = (y * ls).sum(axis=1) + scipy.special.gammaln(n + 1) - scipy.special.gammaln(y + 1).sum(axis=1)
        for yy, zz, pp in zip(y, z, per):
            if yy.sum() > 0 and np.ptp(zz) < 30:  # n = 0: scipy returns nan; huge spreads underflow p
                pr = scipy.special.softmax(zz)
                check(pp, scipy.stats.multinomial.logpmf(yy, int(yy.sum()), pr), "LogProb multinomial", rtol=1e-7, atol=1e-9)
        onehot = np.all((y == 0) | (y == 1)) and np.all(y.sum(axis=1) == 1)
        if onehot:
            ll = skm.log_loss(np.argmax(y, axis=1), scipy.special.softmax(z, axis=1),
                              sample_weight=w, labels=list(range(columns)))
            check(-ll, np.average(per, weights=w), "LogProb vs log_loss", rtol=1e-7, atol=1e-9)
    return float(np.average(per, weights=w))


def ref_lp(labels, preds, p, norm, transform, mask, weights):
    y = np.asarray(labels, dtype=float)
    q = np.asarray(preds, dtype=float)
    idx, w = select(len(y), mask, weights)
    if len(idx) == 0 or w.sum() == 0:
        return float("nan")
    T = np.log1p if transform == "Log1p" else (lambda a: a)
    e = np.abs(T(y[idx]) - T(q[idx])) ** p
    m = float(np.average(e, weights=w))
    if transform == "None" and p == 1:
        check(m, skm.mean_absolute_error(y[idx], q[idx], sample_weight=w), "Lp MAE")
    if transform == "None" and p == 2:
        check(m, skm.mean_squared_error(y[idx], q[idx], sample_weight=w), "Lp MSE")
    if transform == "Log1p" and p == 2:
        check(m, skm.mean_squared_log_error(y[idx], q[idx], sample_weight=w), "Lp MSLE")
    return m ** (1.0 / p) if norm else m


def ref_regression(metric, labels, preds, mask, weights):
    y = np.asarray(labels, dtype=float)
    q = np.asarray(preds, dtype=float)
    idx, w = select(len(y), mask, weights)
    if len(idx) == 0 or w.sum() == 0:
        return float("nan")
    y = y[idx]
    q = q[idx]
    if metric == "MeanAbsoluteError":
        r = skm.mean_absolute_error(y, q, sample_weight=w)
        d = np.average(np.abs(y - q), weights=w)
    elif metric == "MeanSquaredError":
        r = skm.mean_squared_error(y, q, sample_weight=w)
        d = np.average((y - q) ** 2, weights=w)
    elif metric == "RootMeanSquaredError":
        r = math.sqrt(skm.mean_squared_error(y, q, sample_weight=w))
        d = math.sqrt(np.average((y - q) ** 2, weights=w))
    elif metric == "MeanSquaredLogError":
        r = skm.mean_squared_log_error(y, q, sample_weight=w)
        d = np.average((np.log1p(y) - np.log1p(q)) ** 2, weights=w)
    elif metric == "RootMeanSquaredLogError":
        r = math.sqrt(skm.mean_squared_log_error(y, q, sample_weight=w))
        d = math.sqrt(np.average((np.log1p(y) - np.log1p(q)) ** 2, weights=w))
    else:
        raise ValueError(metric)
    check(r, d, metric)
    return float(r)


# --------------------------------------------------------------------------
# case emitters
# --------------------------------------------------------------------------

def value_case(metric, name, x, mask=None, weights=None):
    x = tolist_float(x)
    w = None if weights is None else tolist_float(weights)
    if metric == "Average":
        e = ref_average(x, mask, w)
    elif metric == "Sum":
        e = ref_sum(x, mask, w)
    elif metric == "Min":
        e = ref_minmax(x, mask, w, np.min)
    elif metric == "Max":
        e = ref_minmax(x, mask, w, np.max)
    elif metric == "Welford":
        e = ref_welford(x, mask, w)
    else:
        raise ValueError(metric)
    add(f"{metric}: {name}", metric, {}, "value", None, x, None, mask, w, e)
    return e


def acc_bin_case(name, labels, preds, threshold=0.0, mask=None, weights=None):
    labels = tolist_int(labels)
    preds = tolist_float(preds)
    w = None if weights is None else tolist_float(weights)
    e = ref_accuracy_binary(labels, preds, threshold, mask, w)
    add(f"Accuracy binary: {name}", "Accuracy", {"threshold": float(threshold)}, "pair",
        labels, preds, None, mask, w, e)
    return e


def acc_multi_case(name, labels, preds, columns, mask=None, weights=None):
    labels = tolist_int(labels)
    preds = tolist_float(preds)
    w = None if weights is None else tolist_float(weights)
    e = ref_accuracy_multi(labels, preds, columns, mask, w)
    add(f"Accuracy multiclass: {name}", "Accuracy", {}, "row", labels, preds, columns, mask, w, e)
    return e


def prf_case(metric, name, labels, preds, threshold=0.0, mask=None, weights=None, zero_division=None):
    labels = tolist_int(labels)
    preds = tolist_float(preds)
    w = None if weights is None else tolist_float(weights)
    e = ref_prf(metric, labels, preds, threshold, mask, w, zero_division)
    params = {"threshold": float(threshold)}
    if zero_division is not None:
        params["zeroDivision"] = zero_division
    add(f"{metric}: {name}", metric, params, "pair", labels, preds, None, mask, w, e)
    return e


def logprob_case(name, labels, preds, columns, mask=None, weights=None):
    labels = tolist_float(labels)
    preds = tolist_float(preds)
    w = None if weights is None else tolist_float(weights)
    e = ref_logprob(labels, preds, columns, mask, w)
    add(f"LogProb: {name}", "LogProb", {}, "rowpair", labels, preds, columns, mask, w, e)
    return e


def lp_case(name, labels, preds, p, norm, transform="None", mask=None, weights=None):
    labels = tolist_float(labels)
    preds = tolist_float(preds)
    w = None if weights is None else tolist_float(weights)
    e = ref_lp(labels, preds, p, norm, transform, mask, w)
    add(f"LpError: {name}", "LpError", {"p": float(p), "norm": bool(norm), "transform": transform},
        "pair", labels, preds, None, mask, w, e)
    return e


def reg_case(metric, name, labels, preds, mask=None, weights=None):
    labels = tolist_float(labels)
    preds = tolist_float(preds)
    w = None if weights is None else tolist_float(weights)
    e = ref_regression(metric, labels, preds, mask, w)
    add(f"{metric}: {name}", metric, {}, "pair", labels, preds, None, mask, w, e)
    return e


# --------------------------------------------------------------------------
# the cases
# --------------------------------------------------------------------------

N_BIG = 10_000
N_SMALL = 500
T, F = True, False


def value_metrics():
    for metric in ["Average", "Sum", "Min", "Max", "Welford"]:
        rng = np.random.default_rng({"Average": 11, "Sum": 12, "Min": 13, "Max": 14, "Welford": 15}[metric])
        x = [3.0, -1.5, 4.0, 1.0, 5.5, -9.0, 2.0, 6.25]
        m = [T, F, T, T, F, T, T, F]
        wi = [1, 2, 0, 3, 1, 1, 4, 2]
        wf = [0.5, 1.25, 0.0, 2.0, 0.1, 0.75, 3.5, 0.3]
        value_case(metric, "small", x)
        value_case(metric, "single element", [42.5])
        value_case(metric, "masked", x, mask=m)
        value_case(metric, "weighted integer (one zero weight)", x, weights=wi)
        value_case(metric, "weighted fractional", x, weights=wf)
        value_case(metric, "masked and weighted", x, mask=m, weights=wf)
        value_case(metric, "empty", [])
        value_case(metric, "all masked", x, mask=[F] * len(x))
        value_case(metric, "all weights zero", x, weights=[0.0] * len(x))
        value_case(metric, "ties (repeated values)", [2.0, 7.0, 2.0, 7.0, 7.0, 2.0])
        value_case(metric, "constant values", [1.1] * 7)
        # the minimum/maximum element carries weight 0 or is masked out
        value_case(metric, "extreme element has weight zero", [1.0, -100.0, 100.0, 2.0, 3.0],
                   weights=[1.0, 0.0, 0.0, 2.0, 1.0])
        value_case(metric, "extreme element masked", [1.0, -100.0, 100.0, 2.0, 3.0],
                   mask=[T, F, F, T, T])
        value_case(metric, "negative values", [-3.0, -0.5, -7.25, -1.0])
        # random, 10,000 elements, mask + weights
        xb = np.round(rng.normal(10.0, 5.0, N_BIG), 1)
        mb = (rng.random(N_BIG) < 0.8).tolist()
        wb = rng.integers(0, 5, N_BIG) / 2.0  # {0, .5, 1, 1.5, 2}
        value_case(metric, "random 10000 masked weighted", xb, mask=mb, weights=wb)
        xb2 = rng.uniform(-1.0, 1.0, N_SMALL)  # full double precision values
        wb2 = rng.integers(0, 4, N_SMALL)
        value_case(metric, "random 500 full-precision values, integer weights", xb2, weights=wb2)

    # Welford extras
    rng = np.random.default_rng(1009)
    big = 1e9 + rng.normal(0.0, 1.0, 1000)
    value_case("Welford", "offset 1e9 plus N(0,1) noise, 1000 values (exact)", big)
    wb = rng.integers(1, 5, 1000)
    value_case("Welford", "offset 1e9 plus N(0,1) noise, 1000 values, integer weights (exact)", big, weights=wb)
    value_case("Average", "offset 1e9 plus N(0,1) noise, 1000 values (exact)", big)
    value_case("Welford", "fractional weights summing below one", [1.0, 3.0], weights=[0.25, 0.5])
    value_case("Welford", "weights summing to exactly one", [1.0, 3.0], weights=[0.25, 0.75])
    value_case("Welford", "two elements", [1.0, 2.0])


def accuracy_cases():
    labels = [0, 1, 1, 0, 1, 0, 0, 1]
    probs = [0.1, 0.9, 0.4, 0.6, 0.7, 0.2, 0.5, 0.5]
    m = [T, T, F, T, T, F, T, T]
    wi = [1, 2, 0, 3, 1, 1, 4, 2]
    wf = [0.5, 1.25, 0.0, 2.0, 0.1, 0.75, 3.5, 0.3]
    acc_bin_case("small, threshold 0.5", labels, probs, 0.5)
    acc_bin_case("small logits, threshold 0", labels, [-2.0, 2.2, -0.4, 0.3, 1.0, -1.5, 0.0, 0.0], 0.0)
    acc_bin_case("masked", labels, probs, 0.5, mask=m)
    acc_bin_case("weighted integer", labels, probs, 0.5, weights=wi)
    acc_bin_case("weighted fractional", labels, probs, 0.5, weights=wf)
    acc_bin_case("masked and weighted", labels, probs, 0.5, mask=m, weights=wf)
    acc_bin_case("empty", [], [], 0.5)
    acc_bin_case("all masked", labels, probs, 0.5, mask=[F] * 8)
    acc_bin_case("all weights zero", labels, probs, 0.5, weights=[0.0] * 8)
    acc_bin_case("all labels positive", [1] * 6, [0.2, 0.7, 0.5, 0.9, 0.51, 0.1], 0.5)
    acc_bin_case("all labels negative", [0] * 6, [0.2, 0.7, 0.5, 0.9, 0.51, 0.1], 0.5)
    acc_bin_case("ties at threshold (strict >)", [0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5], 0.5)
    acc_bin_case("ties at threshold 0 (strict >)", [0, 1, 1, 0], [0.0, 0.0, 1e-300, -1e-300], 0.0)
    acc_bin_case("threshold 0.3", labels, probs, 0.3)
    rng = np.random.default_rng(21)
    yb = rng.integers(0, 2, N_BIG)
    pb = np.round(np.clip(0.5 + (yb - 0.5) * 0.3 + rng.normal(0, 0.25, N_BIG), 0, 1), 2)
    mb = (rng.random(N_BIG) < 0.8).tolist()
    wb = rng.integers(0, 5, N_BIG) / 2.0  # {0, .5, 1, 1.5, 2}
    acc_bin_case("random 10000 masked weighted", yb, pb, 0.5, mask=mb, weights=wb)

    # multiclass
    C = 3
    ml = [0, 2, 1, 1, 0]
    mp = [0.7, 0.2, 0.1,
          0.1, 0.3, 0.6,
          0.3, 0.3, 0.4,
          0.2, 0.5, 0.3,
          0.1, 0.8, 0.1]
    mm = [T, F, T, T, T]
    mwi = [1, 3, 2, 0, 1]
    mwf = [0.5, 1.5, 0.25, 2.0, 0.0]
    acc_multi_case("small", ml, mp, C)
    acc_multi_case("masked", ml, mp, C, mask=mm)
    acc_multi_case("weighted integer", ml, mp, C, weights=mwi)
    acc_multi_case("weighted fractional", ml, mp, C, weights=mwf)
    acc_multi_case("masked and weighted", ml, mp, C, mask=mm, weights=mwf)
    acc_multi_case("empty", [], [], C)
    acc_multi_case("all masked", ml, mp, C, mask=[F] * 5)
    acc_multi_case("all weights zero", ml, mp, C, weights=[0.0] * 5)
    acc_multi_case("all labels one class", [1, 1, 1, 1], [0.1, 0.8, 0.1, 0.5, 0.2, 0.3, 0.3, 0.4, 0.3, 0.0, 1.0, -1.0], C)
    # ties: first maximal index wins
    acc_multi_case("argmax ties (first index wins)", [0, 1, 2, 1, 0, 2],
                   [0.4, 0.4, 0.2,
                    0.4, 0.4, 0.2,
                    0.3, 0.3, 0.3,
                    0.1, 0.45, 0.45,
                    0.5, 0.5, 0.5,
                    0.0, 1.0, 1.0], C)
    acc_multi_case("single column", [0, 0, 0], [0.3, -1.0, 5.0], 1)
    acc_multi_case("logits with negative values", [2, 0, 1], [-3.0, -2.0, -1.0, -0.5, -0.7, -0.9, -5.0, -4.0, -4.5], C)
    rng = np.random.default_rng(22)
    C5 = 5
    yb = rng.integers(0, C5, N_BIG)
    sc = rng.normal(0, 1, (N_BIG, C5))
    sc[np.arange(N_BIG), yb] += 1.0
    sc = np.round(sc, 1)  # coarse rounding -> plenty of argmax ties
    mb = (rng.random(N_BIG) < 0.8).tolist()
    wb = rng.integers(0, 5, N_BIG) / 2.0  # {0, .5, 1, 1.5, 2}
    acc_multi_case("random 10000 rows x 5 masked weighted (rounded scores, ties)", yb, sc.ravel(), C5, mask=mb, weights=wb)


def prf_cases():
    labels = [0, 1, 1, 0, 1, 0, 0, 1, 1]
    logits = [-1.2, 2.0, -0.3, 0.4, 1.1, -2.5, 0.9, 0.0, 3.0]
    m = [T, T, F, F, T, F, T, T, F]  # masks out a false positive and a true positive
    wi = [1, 2, 0, 3, 1, 1, 4, 2, 1]
    wf = [0.5, 1.25, 0.0, 2.0, 0.1, 0.75, 3.5, 0.3, 1.0]
    rng = np.random.default_rng(31)
    yb = rng.integers(0, 2, N_BIG)
    lb = np.round((yb - 0.5) * 1.5 + rng.normal(0, 1.2, N_BIG), 1)  # 1 decimal: many exact ties at 0
    mb = (rng.random(N_BIG) < 0.8).tolist()
    wb = rng.integers(0, 5, N_BIG) / 2.0  # {0, .5, 1, 1.5, 2}
    ys, ls = yb[:N_SMALL], rng.normal(0.5, 1.0, N_SMALL)  # full precision logits
    ms, ws = mb[:N_SMALL], rng.random(N_SMALL) * 2.0
    for metric in ["Precision", "Recall", "F1Score"]:
        prf_case(metric, "small", labels, logits)
        prf_case(metric, "masked", labels, logits, mask=m)
        prf_case(metric, "weighted integer", labels, logits, weights=wi)
        prf_case(metric, "weighted fractional", labels, logits, weights=wf)
        prf_case(metric, "masked and weighted", labels, logits, mask=m, weights=wf)
        prf_case(metric, "empty", [], [])
        prf_case(metric, "all masked", labels, logits, mask=[F] * 9)
        prf_case(metric, "all weights zero", labels, logits, weights=[0.0] * 9)
        prf_case(metric, "all labels positive", [1] * 5, [-1.0, 2.0, 0.5, -0.1, 3.0])
        prf_case(metric, "all labels negative", [0] * 5, [-1.0, 2.0, 0.5, -0.1, 3.0])
        prf_case(metric, "all labels negative, no positive predictions", [0] * 4, [-1.0, -2.0, 0.0, -0.1])
        prf_case(metric, "all labels positive, no positive predictions", [1] * 4, [-1.0, -2.0, 0.0, -0.1])
        prf_case(metric, "ties at threshold 0 (strict >)", [1, 0, 1, 0, 1], [0.0, 0.0, 0.5, 0.5, 0.0])
        prf_case(metric, "probabilities, threshold 0.5, ties", [1, 0, 1, 0, 1, 0],
                 [0.5, 0.5, 0.8, 0.2, 0.51, 0.7], threshold=0.5)
        prf_case(metric, "random 10000 masked weighted", yb, lb, mask=mb, weights=wb)
        prf_case(metric, "random 500 full-precision, masked weighted, threshold 0.75", ys, ls, threshold=0.75, mask=ms, weights=ws)
        # documented values
        e = prf_case(metric, "documented labels [0,0,0,1,1,1,1] logits [-1,-1,1,1,1,-1,-1]",
                     [0, 0, 0, 1, 1, 1, 1], [-1, -1, 1, 1, 1, -1, -1])
        check(e, {"Precision": 0.6666667, "Recall": 0.5, "F1Score": 0.5714286}[metric], "documented " + metric, rtol=1e-6)
        # zero division
        undefined = {
            "Precision": ("no predicted positives", [1, 0, 1], [-1.0, -0.5, 0.0]),
            "Recall": ("no actual positives", [0, 0, 0], [1.0, -0.5, 0.0]),
            "F1Score": ("no predicted and no actual positives", [0, 0, 0], [-1.0, -0.5, 0.0]),
        }[metric]
        uname, ul, up = undefined
        for zd in [None, "Zero", "One"]:
            sfx = "" if zd is None else f", zeroDivision {zd}"
            prf_case(metric, f"undefined ({uname}){sfx}", ul, up, zero_division=zd)
        prf_case(metric, "empty, zeroDivision One", [], [], zero_division="One")
        prf_case(metric, "defined case with zeroDivision One (ignored)", labels, logits, zero_division="One")
    # flax Recall doc example
    e = prf_case("Recall", "flax doc labels [0,0,0,1,1,1] logits [-1,-2,2,1,-1,-2]",
                 [0, 0, 0, 1, 1, 1], [-1, -2, 2, 1, -1, -2])
    check(e, 1 / 3, "flax recall")
    e = prf_case("Recall", "flax doc masked [T,T,T,T,F,T]",
                 [0, 0, 0, 1, 1, 1], [-1, -2, 2, 1, -1, -2], mask=[T, T, T, T, F, T])
    check(e, 0.5, "flax recall masked")
    # F1 where precision is undefined but recall is 0 (F1 defined = 0), and vice versa
    prf_case("F1Score", "no predicted positives but actual positives (F1 = 0)", [1, 0, 1], [-1.0, -0.5, 0.0])
    prf_case("F1Score", "no actual positives but predicted positives (F1 = 0)", [0, 0, 0], [1.0, -0.5, 0.0])


def logprob_cases():
    C = 3
    onehot = [1, 0, 0,
              0, 0, 1,
              0, 1, 0,
              1, 0, 0]
    logits = [2.0, 0.5, -1.0,
              0.1, 0.2, 0.3,
              -1.0, 3.0, 0.0,
              0.0, 0.0, 0.0]
    m = [T, F, T, T]
    wi = [1, 3, 0, 2]
    wf = [0.5, 1.5, 0.25, 0.0]
    logprob_case("one-hot small", onehot, logits, C)
    logprob_case("one-hot masked", onehot, logits, C, mask=m)
    logprob_case("one-hot weighted integer", onehot, logits, C, weights=wi)
    logprob_case("one-hot weighted fractional", onehot, logits, C, weights=wf)
    logprob_case("one-hot masked and weighted", onehot, logits, C, mask=m, weights=wf)
    logprob_case("empty", [], [], C)
    logprob_case("all masked", onehot, logits, C, mask=[F] * 4)
    logprob_case("all weights zero", onehot, logits, C, weights=[0.0] * 4)
    logprob_case("all labels one class", [0, 1, 0] * 3, [0.0, 1.0, 2.0, 1.0, 1.0, 1.0, -2.0, 5.0, 0.0], C)
    logprob_case("ties (equal logits, uniform softmax)", [1, 0, 0, 0, 0, 1], [0.7] * 6, C)
    counts = [2, 0, 1,
              0, 3, 0,
              1, 1, 1,
              4, 0, 2]
    logprob_case("counts (multinomial)", counts, logits, C)
    logprob_case("counts masked and weighted", counts, logits, C, mask=m, weights=wf)
    logprob_case("many-hot", [1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1], logits, C)
    logprob_case("row of all-zero counts (log pmf 0)", [0, 0, 0, 1, 0, 0], [1.0, 2.0, 3.0, 1.0, 2.0, 3.0], C)
    logprob_case("large logits (stability)", [1, 0, 0, 0, 1, 0], [1000.0, 0.0, -1000.0, 1000.0, 999.0, 0.0], C)
    # single column binary
    yb1 = [1, 0, 1, 0, 1]
    zb1 = [2.0, -1.0, -0.5, 3.0, 0.0]
    logprob_case("single column binary", yb1, zb1, 1)
    logprob_case("single column binary masked and weighted", yb1, zb1, 1, mask=[T, T, F, T, T], weights=[1.0, 0.5, 2.0, 3.0, 0.0])
    logprob_case("single column binary all labels positive", [1, 1, 1], [0.0, 5.0, -5.0], 1)
    logprob_case("single column binary large logits (stability)", [1, 0, 0, 1], [50.0, -50.0, 800.0, -800.0], 1)
    e = logprob_case("documented labels [[0,0,0,1,1,1,1]] logits [[-1,-1,1,1,1,-1,-1]]",
                     [0, 0, 0, 1, 1, 1, 1], [-1, -1, 1, 1, 1, -1, -1], 7)
    check(e, -5.879968, "documented LogProb", rtol=1e-6)
    rng = np.random.default_rng(41)
    C5 = 5
    yb = rng.integers(0, C5, N_BIG)
    oh = np.zeros((N_BIG, C5), dtype=int)
    oh[np.arange(N_BIG), yb] = 1
    sc = np.round(rng.normal(0, 1.5, (N_BIG, C5)), 1)
    mb = (rng.random(N_BIG) < 0.8).tolist()
    wb = rng.integers(0, 5, N_BIG) / 2.0  # {0, .5, 1, 1.5, 2}
    logprob_case("random 10000 rows x 5 one-hot masked weighted", oh.ravel(), sc.ravel(), C5, mask=mb, weights=wb)
    rng = np.random.default_rng(42)
    n_small = 1000
    cnt = rng.integers(0, 3, (n_small, 4))
    sc = np.round(rng.normal(0, 1.0, (n_small, 4)), 2)
    mb = (rng.random(n_small) < 0.8).tolist()
    wb = rng.integers(0, 4, n_small)
    logprob_case("random 1000 rows x 4 counts masked integer weights", cnt.ravel(), sc.ravel(), 4, mask=mb, weights=wb)


def regression_data():
    y = [3.0, 0.5, 2.0, 7.0, 4.5, 1.0, 0.0, 10.0]
    p = [2.5, 0.0, 2.0, 8.0, 4.0, 1.5, 0.25, 7.5]
    m = [T, T, F, T, T, F, T, T]
    wi = [1, 2, 0, 3, 1, 1, 4, 2]
    wf = [0.5, 1.25, 0.0, 2.0, 0.1, 0.75, 3.5, 0.3]
    return y, p, m, wi, wf


def lp_cases():
    y, p, m, wi, wf = regression_data()
    for pp in [1.0, 2.0, 3.0, 0.5]:
        for norm in [False, True]:
            for tr in ["None", "Log1p"]:
                tag = f"p={pp:g} norm={norm} transform={tr}"
                lp_case(f"small {tag}", y, p, pp, norm, tr)
    lp_case("masked p=2 norm=True", y, p, 2.0, True, mask=m)
    lp_case("weighted integer p=2 norm=False", y, p, 2.0, False, weights=wi)
    lp_case("weighted fractional p=1 norm=False", y, p, 1.0, False, weights=wf)
    lp_case("weighted fractional p=3 norm=True", y, p, 3.0, True, weights=wf)
    lp_case("masked and weighted p=2 norm=True Log1p", y, p, 2.0, True, "Log1p", mask=m, weights=wf)
    lp_case("masked and weighted p=1.5 norm=True", y, p, 1.5, True, mask=m, weights=wf)
    lp_case("empty p=2 norm=True", [], [], 2.0, True)
    lp_case("empty p=1 norm=False", [], [], 1.0, False)
    lp_case("all masked p=2 norm=False", y, p, 2.0, False, mask=[F] * 8)
    lp_case("all weights zero p=2 norm=True", y, p, 2.0, True, weights=[0.0] * 8)
    lp_case("ties (perfect predictions) p=2 norm=True", [1.0, 2.0, 3.0], [1.0, 2.0, 3.0], 2.0, True)
    lp_case("ties (perfect predictions) p=0.5 norm=True", [1.0, 2.0, 3.0], [1.0, 2.0, 3.0], 0.5, True)
    lp_case("documented target [1,2,3] pred [1.5,2,2.5] p=1", [1, 2, 3], [1.5, 2, 2.5], 1.0, False)
    lp_case("documented target [1,2,3] pred [1.5,2,2.5] p=2 norm", [1, 2, 3], [1.5, 2, 2.5], 2.0, True)
    rng = np.random.default_rng(51)
    yb = np.round(rng.uniform(0, 10, N_BIG), 1)
    pb = np.round(np.clip(yb + rng.normal(0, 1.0, N_BIG), 0, None), 1)
    mb = (rng.random(N_BIG) < 0.8).tolist()
    wb = rng.integers(0, 5, N_BIG) / 2.0  # {0, .5, 1, 1.5, 2}
    lp_case("random 10000 masked weighted p=2 norm=True Log1p", yb, pb, 2.0, True, "Log1p", mask=mb, weights=wb)
    ys = rng.uniform(0, 10, N_SMALL)
    ps = np.clip(ys + rng.normal(0, 1.0, N_SMALL), 0, None)
    lp_case("random 500 full-precision masked weighted p=3 norm=True", ys, ps, 3.0, True, "None",
            mask=mb[:N_SMALL], weights=rng.random(N_SMALL) * 2.0)


def regression_cases():
    y, p, m, wi, wf = regression_data()
    seeds = {"MeanAbsoluteError": 61, "MeanSquaredError": 62, "RootMeanSquaredError": 63,
             "MeanSquaredLogError": 64, "RootMeanSquaredLogError": 65}
    for metric, seed in seeds.items():
        reg_case(metric, "small", y, p)
        reg_case(metric, "masked", y, p, mask=m)
        reg_case(metric, "weighted integer", y, p, weights=wi)
        reg_case(metric, "weighted fractional", y, p, weights=wf)
        reg_case(metric, "masked and weighted", y, p, mask=m, weights=wf)
        reg_case(metric, "empty", [], [])
        reg_case(metric, "all masked", y, p, mask=[F] * 8)
        reg_case(metric, "all weights zero", y, p, weights=[0.0] * 8)
        reg_case(metric, "ties (perfect predictions)", [1.0, 2.0, 3.0], [1.0, 2.0, 3.0])
        reg_case(metric, "single element", [2.0], [5.0])
        e = reg_case(metric, "documented target [1,2,3] pred [1.5,2,2.5]", [1, 2, 3], [1.5, 2, 2.5])
        doc = {"MeanAbsoluteError": 1 / 3, "MeanSquaredError": 1 / 6, "RootMeanSquaredError": math.sqrt(1 / 6)}
        if metric in doc:
            check(e, doc[metric], "documented " + metric)
            check(e, {"MeanAbsoluteError": .3333, "MeanSquaredError": .1667, "RootMeanSquaredError": .4082}[metric],
                  "documented rounded " + metric, rtol=2e-4)
        if "Log" in metric:
            reg_case(metric, "documented target [1,2,3] pred [1.5,2.5,3.5]", [1, 2, 3], [1.5, 2.5, 3.5])
        rng = np.random.default_rng(seed)
        yb = np.round(rng.uniform(0, 10, N_BIG), 1)
        pb = np.round(np.clip(yb + rng.normal(0, 1.0, N_BIG), 0, None), 1)
        mb = (rng.random(N_BIG) < 0.8).tolist()
        wb = rng.integers(0, 5, N_BIG) / 2.0  # {0, .5, 1, 1.5, 2}
        reg_case(metric, "random 10000 masked weighted", yb, pb, mask=mb, weights=wb)


def main():
    value_metrics()
    accuracy_cases()
    prf_cases()
    logprob_cases()
    lp_cases()
    regression_cases()

    versions = {
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "sklearn": sklearn.__version__,
    }
    # one case per line keeps the file compact but diffable; keys sorted.
    dumps = lambda o: json.dumps(o, sort_keys=True, separators=(",", ":"), allow_nan=False)
    text = ("{\n\"cases\": [\n"
            + ",\n".join(dumps(c) for c in CASES)
            + "\n],\n\"versions\": " + dumps(versions) + "\n}\n")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

    # verify
    with open(OUT, encoding="utf-8") as f:
        loaded = json.load(f)
    assert len(loaded["cases"]) == len(CASES)
    counts = {}
    for c in loaded["cases"]:
        counts[c["metric"]] = counts.get(c["metric"], 0) + 1
    print(f"wrote {OUT} ({os.path.getsize(OUT)} bytes, {len(CASES)} cases)")
    print("versions:", versions)
    for k in sorted(counts):
        print(f"  {k:26s} {counts[k]}")


if __name__ == "__main__":
    main()
