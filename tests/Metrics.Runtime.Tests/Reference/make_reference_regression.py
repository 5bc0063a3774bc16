#!/usr/bin/python3
"""Generate regression.json: reference values for the regression, ranking and
dot-product ranking metrics of issue 4.

How to run (from this folder; Debian's python3-sklearn/scipy/numpy, NOT a
pyenv/venv interpreter):

    /usr/bin/python3 make_reference_regression.py

Deterministic (fixed seeds). Versions are recorded under "versions".

Schema of every case:
    name, metric, params, shape, labels, predictions, columns, mask, weights,
    queries, keys, indices, features, expected.
  shape "pair":    labels/predictions 1-D; mask/weights per element.
  shape "rowpair": labels/predictions [rows, columns] row-major; mask/weights
                   per row (row metrics and ranking: labels = relevance,
                   predictions = scores).
  shape "outputs": labels/predictions [rows, columns] row-major, one output per
                   column, mask/weights per row; expected = {"raw": [...],
                   "uniform": x, "variance_weighted": x} (one metric per column).
  shape "dot":     labels/indices [queries, items], queries [queries, features],
                   keys [candidates, features]; mask/weights per query.
NaN/inf are encoded as the strings "NaN", "Infinity", "-Infinity".

A mask selects elements (rows, queries) exactly like x[mask]; weights are
sample weights (sklearn's sample_weight), frequency weights for Pearson and
concordance.

Where each expected value comes from:
  * MeanAbsolutePercentageError: the Keras/TF.js formula in numpy
    (100*|y-p|/max(|y|, 1e-7)); checked against 100 * sklearn's
    mean_absolute_percentage_error when no |y| is below 1e-7.
  * Huber, LogCoshError: numpy formulas (Keras' definitions); log(cosh(e)).
  * CosineSimilarity: numpy per-row cosine, checked against
    sklearn.metrics.pairwise.cosine_similarity.
  * PearsonCorrelation: scipy.stats.pearsonr (unweighted); weighted with the
    frequency-weighted formula, checked against pearsonr on repeated rows.
  * ConcordanceCorrelation: Lin's formula with population moments (numpy).
  * RowPearsonCorrelation / RowConcordanceCorrelation: mean over rows of
    scipy.stats.pearsonr / Lin's formula (Keras' per-row metrics).
  * R2Score / ExplainedVariance: sklearn r2_score / explained_variance_score
    (force_finite=True, sample_weight, multioutput raw / uniform /
    variance_weighted); adjusted R2 by Keras' formula on sklearn's R2.
  * PrecisionAtK, RecallAtK, MeanReciprocalRank, MeanAveragePrecision, NDCG,
    DCG: trec_eval-style numpy formulas (flax_metrics.md section 5): ranking by
    a stable sort of -score (equal scores: lower index first), relevance
    label > 0, linear gains, log2 discounts, 0 for queries without relevant
    items, P@k over the declared k; NDCG and DCG checked against
    sklearn.metrics.ndcg_score / dcg_score on tie-free rows.
  * DotProduct*: scores = einsum(query, keys[indices]) in float64, then the
    same formulas.
"""

import json
import math
import os

import numpy as np
import scipy
import scipy.stats
import sklearn
from sklearn import metrics as skm
from sklearn.metrics.pairwise import cosine_similarity

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "regression.json")
CASES = []
NAMES = set()
EPS = 1e-7


def enc(v):
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return v


def arr(a):
    return None if a is None else [enc(x) for x in np.asarray(a, dtype=float).ravel()]


def check(a, b, what, rtol=1e-9, atol=1e-12):
    a, b = float(a), float(b)
    if math.isnan(a) and math.isnan(b):
        return
    if not (abs(a - b) <= atol + rtol * abs(b)):
        raise AssertionError(f"{what}: {a} != {b}")


def add(name, metric, shape, expected, labels=None, predictions=None, columns=None, mask=None,
        weights=None, params=None, queries=None, keys=None, indices=None, features=None):
    assert name not in NAMES, name
    NAMES.add(name)
    CASES.append({
        "name": name, "metric": metric, "params": params or {}, "shape": shape,
        "labels": arr(labels), "predictions": arr(predictions), "columns": columns,
        "mask": None if mask is None else [bool(m) for m in np.asarray(mask).ravel()],
        "weights": arr(weights),
        "queries": arr(queries), "keys": arr(keys),
        "indices": None if indices is None else [int(i) for i in np.asarray(indices).ravel()],
        "features": features,
        "expected": expected if isinstance(expected, dict) else enc(expected),
    })


def select(mask, weights, n):
    keep = np.ones(n, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    keep = keep & (w > 0)
    return keep, w


# ---------------------------------------------------------------- element-wise

def mape(y, p, w):
    return np.average(100 * np.abs(y - p) / np.maximum(np.abs(y), EPS), weights=w)


def huber(y, p, w, delta):
    e = np.abs(p - y)
    return np.average(np.where(e <= delta, 0.5 * e * e, delta * (e - 0.5 * delta)), weights=w)


def logcosh(y, p, w):
    return np.average(np.log(np.cosh(p - y)), weights=w)


def pearson_w(x, y, w):
    mx, my = np.average(x, weights=w), np.average(y, weights=w)
    cov = np.sum(w * (x - mx) * (y - my))
    return cov / math.sqrt(np.sum(w * (x - mx) ** 2) * np.sum(w * (y - my) ** 2))


def ccc_w(x, y, w):
    n = np.sum(w)
    mx, my = np.average(x, weights=w), np.average(y, weights=w)
    cov = np.sum(w * (x - mx) * (y - my)) / n
    vx, vy = np.sum(w * (x - mx) ** 2) / n, np.sum(w * (y - my) ** 2) / n
    return 2 * cov / (vx + vy + (mx - my) ** 2)


def pair_cases(metric, fn, y, p, prefix, mask=None, weights=None, params=None, rtol=1e-9):
    keep, w = select(mask, weights, len(y))
    value = fn(y[keep], p[keep], w[keep])
    add(prefix, metric, "pair", value, y, p, mask=mask, weights=weights, params=params)
    return value


def elementwise():
    rng = np.random.default_rng(2024)
    n = 64
    y = rng.normal(2.0, 1.5, n)
    p = y + rng.normal(0, 0.8, n)
    mask = rng.random(n) < 0.7
    wts = rng.integers(0, 4, n).astype(float)
    big_y = np.round(rng.normal(5.0, 2.0, 12000), 4)
    big_p = np.round(big_y + rng.normal(0, 1.5, 12000), 4)
    big_w = np.round(rng.random(12000) * 3, 3)

    # MAPE: check against sklearn (fraction) where |y| >= eps.
    check(mape(y, p, np.ones(n)), 100 * skm.mean_absolute_percentage_error(y, p), "mape sklearn")
    check(mape(y, p, wts), 100 * skm.mean_absolute_percentage_error(y, p, sample_weight=wts), "mape sklearn w")
    for metric, fn, params in [
        ("MeanAbsolutePercentageError", lambda a, b, w: mape(a, b, w), None),
        ("Huber", lambda a, b, w: huber(a, b, w, 1.0), None),
        ("Huber", lambda a, b, w: huber(a, b, w, 0.5), {"delta": 0.5}),
        ("LogCoshError", logcosh, None),
        ("PearsonCorrelation", pearson_w, None),
        ("ConcordanceCorrelation", ccc_w, None),
    ]:
        tag = metric + ("" if params is None else "_delta0.5")
        pair_cases(metric, fn, y, p, tag + "_plain", params=params)
        pair_cases(metric, fn, y, p, tag + "_masked", mask=mask, params=params)
        pair_cases(metric, fn, y, p, tag + "_weighted", weights=wts, params=params)
        pair_cases(metric, fn, y, p, tag + "_masked_weighted", mask=mask, weights=wts, params=params)
        pair_cases(metric, fn, big_y, big_p, tag + "_12000", weights=big_w, params=params)

    # Cross-checks of the Pearson references.
    check(pearson_w(y, p, np.ones(n)), scipy.stats.pearsonr(y, p)[0], "pearsonr")
    rep = np.repeat(np.arange(n), wts.astype(int))
    check(pearson_w(y, p, wts), scipy.stats.pearsonr(y[rep], p[rep])[0], "pearsonr repetition")
    check(ccc_w(y, p, wts), ccc_w(y[rep], p[rep], np.ones(len(rep))), "ccc repetition")

    # MAPE with zero targets (Keras' epsilon: huge but finite).
    yz = np.array([0.0, 1.0, 0.0, 2.0, -3.0])
    pz = np.array([1.0, 1.5, 0.0, 2.5, -2.0])
    add("MeanAbsolutePercentageError_zero_targets", "MeanAbsolutePercentageError", "pair", mape(yz, pz, np.ones(5)), yz, pz)

    # Huber: large errors (linear branch), delta 2.
    yh = np.array([0.0, 0.0, 0.0, 0.0]); ph = np.array([0.5, -1.0, 3.0, -10.0])
    add("Huber_linear_delta2", "Huber", "pair", huber(yh, ph, np.ones(4), 2.0), yh, ph, params={"delta": 2.0})
    # LogCosh on large errors (the naive cosh overflows past 710).
    yl = np.array([0.0, 0.0, 0.0]); pl = np.array([800.0, -0.001, 30.0])
    expected = np.mean([800 - math.log(2), math.log(math.cosh(0.001)), 30 + math.log1p(math.exp(-60)) - math.log(2)])
    add("LogCoshError_large", "LogCoshError", "pair", expected, yl, pl)

    # Correlations on data offset by 1e9 (unit noise): the reference is two-pass float64.
    off_y = 1e9 + np.round(rng.normal(0, 1, 1000), 3)
    off_p = off_y + np.round(rng.normal(0, 0.5, 1000), 3)
    dy, dp = off_y - 1e9, off_p - 1e9
    for metric, fn in [("PearsonCorrelation", pearson_w), ("ConcordanceCorrelation", ccc_w)]:
        ref = fn(off_y, off_p, np.ones(1000))
        check(ref, fn(dy, dp, np.ones(1000)), metric + " offset", rtol=1e-6)
        add(metric + "_offset_1e9", metric, "pair", ref, off_y, off_p)
    # Constant target / prediction: undefined correlation.
    c = np.full(5, 3.0)
    add("PearsonCorrelation_constant", "PearsonCorrelation", "pair", float("nan"), c, np.arange(5.0))
    add("ConcordanceCorrelation_constant_equal", "ConcordanceCorrelation", "pair", float("nan"), c, c)
    add("ConcordanceCorrelation_constant_shifted", "ConcordanceCorrelation", "pair", 0.0, c, c + 1)


# ---------------------------------------------------------------- row metrics

def row_metric(kind, y, p):
    if kind == "CosineSimilarity":
        ny = math.sqrt(max(np.sum(y * y), 1e-12)); npp = math.sqrt(max(np.sum(p * p), 1e-12))
        return np.sum(y * p) / (ny * npp)
    if kind == "RowPearsonCorrelation":
        if np.all(y == y[0]) or np.all(p == p[0]):
            return float("nan")
        return scipy.stats.pearsonr(y, p)[0]
    return ccc_w(y, p, np.ones(len(y)))


def rows():
    rng = np.random.default_rng(7)
    r, c = 40, 6
    y = rng.normal(0, 1, (r, c))
    p = y + rng.normal(0, 0.7, (r, c))
    mask = rng.random(r) < 0.6
    wts = rng.integers(0, 3, r).astype(float)
    big = np.round(rng.normal(0, 1, (1500, 8)), 4); bigp = np.round(big + rng.normal(0, 1, (1500, 8)), 4)
    bigw = np.round(rng.random(1500), 3)
    # cross-check the cosine reference
    check(row_metric("CosineSimilarity", y[0], p[0]), cosine_similarity(y[:1], p[:1])[0, 0], "cosine")
    for kind in ["CosineSimilarity", "RowPearsonCorrelation", "RowConcordanceCorrelation"]:
        for tag, m, w in [("plain", None, None), ("masked", mask, None), ("weighted", None, wts), ("masked_weighted", mask, wts)]:
            keep, ww = select(m, w, r)
            vals = np.array([row_metric(kind, y[i], p[i]) for i in range(r)])
            add(f"{kind}_{tag}", kind, "rowpair", np.average(vals[keep], weights=ww[keep]), y, p, columns=c, mask=m, weights=w)
        vals = np.array([row_metric(kind, big[i], bigp[i]) for i in range(1500)])
        add(f"{kind}_12000", kind, "rowpair", np.average(vals, weights=bigw), big, bigp, columns=8, weights=bigw)
    z = np.array([[0.0, 0.0, 0.0], [1.0, 2.0, 3.0]]); zp = np.array([[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]])
    add("CosineSimilarity_zero_row", "CosineSimilarity", "rowpair", 0.5, z, zp, columns=3)


# ---------------------------------------------------------------- R2 / explained variance

def adjusted(r2, n, p):
    return float("nan") if n - p - 1 <= 0 else 1 - (1 - r2) * (n - 1) / (n - p - 1)


def outputs():
    rng = np.random.default_rng(11)
    r, c = 50, 3
    y = rng.normal(0, 1, (r, c)) * np.array([1.0, 5.0, 0.3]) + np.array([0.0, 10.0, -2.0])
    p = y + rng.normal(0, 0.9, (r, c))
    mask = rng.random(r) < 0.7
    wts = rng.integers(0, 4, r).astype(float)
    for metric, fn in [("R2Score", skm.r2_score), ("ExplainedVariance", skm.explained_variance_score)]:
        for tag, m, w in [("plain", None, None), ("masked", mask, None), ("weighted", None, wts), ("masked_weighted", mask, wts)]:
            keep, ww = select(m, w, r)
            sw = None if w is None else ww[keep]
            exp = {
                "raw": [enc(v) for v in fn(y[keep], p[keep], sample_weight=sw, multioutput="raw_values")],
                "uniform": enc(fn(y[keep], p[keep], sample_weight=sw, multioutput="uniform_average")),
                "variance_weighted": enc(fn(y[keep], p[keep], sample_weight=sw, multioutput="variance_weighted")),
            }
            add(f"{metric}_outputs_{tag}", metric, "outputs", exp, y, p, columns=c, mask=m, weights=w)
            # single output (column 0) as a pair batch
            mk = None if m is None else m
            add(f"{metric}_pair_{tag}", metric, "pair", fn(y[keep, 0], p[keep, 0], sample_weight=sw), y[:, 0], p[:, 0], mask=mk, weights=w)
        # constant target: force_finite (1 if perfect, else 0), plus a constant output among others
        const = np.full(6, 2.5)
        add(f"{metric}_constant_perfect", metric, "pair", fn(const, const), const, const)
        add(f"{metric}_constant_imperfect", metric, "pair", fn(const, const + np.arange(6)), const, const + np.arange(6))
        yc = y[:10].copy(); yc[:, 1] = 4.0
        exp = {
            "raw": [enc(v) for v in fn(yc, p[:10], multioutput="raw_values")],
            "uniform": enc(fn(yc, p[:10], multioutput="uniform_average")),
            "variance_weighted": enc(fn(yc, p[:10], multioutput="variance_weighted")),
        }
        add(f"{metric}_outputs_constant_column", metric, "outputs", exp, yc, p[:10], columns=c)
        # 12,000 elements, weighted
        by = np.round(rng.normal(3, 2, 12000), 4); bp = np.round(by + rng.normal(0, 1, 12000), 4)
        bw = np.round(rng.random(12000) * 2, 3)
        add(f"{metric}_12000", metric, "pair", fn(by, bp, sample_weight=bw), by, bp, weights=bw)
        # data offset by 1e9
        oy = 1e9 + np.round(rng.normal(0, 1, 1000), 3); op = oy + np.round(rng.normal(0, 0.5, 1000), 3)
        ref = fn(oy, op)
        check(ref, fn(oy - 1e9, op - 1e9), metric + " offset", rtol=1e-6)
        add(f"{metric}_offset_1e9", metric, "pair", ref, oy, op)
    # adjusted R2 (Keras' num_regressors)
    r2 = skm.r2_score(y[:, 0], p[:, 0])
    add("R2Score_adjusted_p3", "R2Score", "pair", adjusted(r2, r, 3), y[:, 0], p[:, 0], params={"num_regressors": 3})
    add("R2Score_adjusted_undefined", "R2Score", "pair", float("nan"), y[:4, 0], p[:4, 0], params={"num_regressors": 3})
    exp = {
        "raw": [enc(adjusted(v, r, 2)) for v in skm.r2_score(y, p, multioutput="raw_values")],
        "uniform": enc(adjusted(skm.r2_score(y, p), r, 2)),
        "variance_weighted": enc(adjusted(skm.r2_score(y, p, multioutput="variance_weighted"), r, 2)),
    }
    add("R2Score_outputs_adjusted_p2", "R2Score", "outputs", exp, y, p, columns=c, params={"num_regressors": 2})


# ---------------------------------------------------------------- ranking

def query_values(labels, scores, k):
    """trec_eval-style per-query values (flax_metrics.md section 5)."""
    n = len(scores)
    top = min(k, n)
    order = np.argsort(-np.asarray(scores, dtype=float), kind="stable")[:top]
    rel = np.asarray(labels, dtype=float) > 0
    hits_at = rel[order]
    hits = int(hits_at.sum())
    R = int(rel.sum())
    ranks = np.arange(1, top + 1)
    disc = 1 / np.log2(ranks + 1)
    dcg = float(np.sum(np.asarray(labels, dtype=float)[order] * disc))
    ideal = np.sort(np.asarray(labels, dtype=float))[::-1][:top]
    idcg = float(np.sum(ideal * disc))
    first = np.nonzero(hits_at)[0]
    return {
        "PrecisionAtK": hits / k,
        "RecallAtK": 0.0 if R == 0 else hits / R,
        "MeanReciprocalRank": 0.0 if len(first) == 0 else 1.0 / (first[0] + 1),
        "MeanAveragePrecision": 0.0 if R == 0 else float(np.sum(hits_at * np.cumsum(hits_at) / ranks)) / R,
        "NDCG": dcg / idcg if idcg > 0 else 0.0,
        "DCG": dcg,
    }


RANKING = ["PrecisionAtK", "RecallAtK", "MeanReciprocalRank", "MeanAveragePrecision", "NDCG", "DCG"]
K_NONE = 2147483647


def ranking_cases(prefix, labels, scores, k, mask=None, weights=None, shape="rowpair", extra=None, metrics=RANKING):
    q = labels.shape[0]
    keep, w = select(mask, weights, q)
    per = [query_values(labels[i], scores[i], k) for i in range(q)]
    for metric in metrics:
        vals = np.array([d[metric] for d in per])
        value = np.average(vals[keep], weights=w[keep]) if keep.any() else float("nan")
        params = {"k": k}
        if shape == "rowpair":
            add(f"{prefix}_{metric}", metric, shape, value, labels, scores, columns=labels.shape[1], mask=mask, weights=weights, params=params)
        else:
            add(f"DotProduct{metric}_{prefix}", "DotProduct" + metric, shape, value, labels, None, mask=mask, weights=weights, params=params, **extra)


def ranking():
    rng = np.random.default_rng(99)
    q, n = 30, 12
    scores = rng.random((q, n))
    labels = rng.integers(0, 4, (q, n)).astype(float) * (rng.random((q, n)) < 0.4)
    labels[3] = 0  # a query with no relevant item
    mask = rng.random(q) < 0.7
    wts = rng.integers(0, 3, q).astype(float)
    for k in [1, 3, 12, 50]:
        ranking_cases(f"k{k}", labels, scores, k)
    ranking_cases("k3_masked", labels, scores, 3, mask=mask)
    ranking_cases("k3_weighted", labels, scores, 3, weights=wts)
    ranking_cases("k5_masked_weighted", labels, scores, 5, mask=mask, weights=wts)
    ranking_cases("kall", labels, scores, K_NONE, metrics=RANKING[2:])
    # ties: scores rounded to a few levels; the rule is "lower index first"
    tied = np.round(scores * 3) / 3
    ranking_cases("ties_k4", labels, tied, 4)
    # no relevant item at all
    ranking_cases("none_relevant_k3", np.zeros((2, 5)), scores[:2, :5], 3)
    # 1,000 queries x 12 items, k = 5 (12,000 elements)
    bq, bn = 1000, 12
    bs = np.round(rng.random((bq, bn)), 4)
    bl = (rng.random((bq, bn)) < 0.15).astype(float) * rng.integers(1, 4, (bq, bn))
    ranking_cases("big_k5", bl, bs, 5)
    # sklearn agreement on tie-free rows (NDCG, DCG)
    for k in [3, 12]:
        per = [query_values(labels[i], scores[i], k) for i in range(q)]
        check(np.mean([d["NDCG"] for d in per]), skm.ndcg_score(labels, scores, k=k), f"ndcg sklearn k{k}")
        check(np.mean([d["DCG"] for d in per]), skm.dcg_score(labels, scores, k=k), f"dcg sklearn k{k}")
    check(np.average([query_values(labels[i], scores[i], 5)["NDCG"] for i in range(q)], weights=wts),
          skm.ndcg_score(labels, scores, k=5, sample_weight=wts), "ndcg sklearn weighted")


def dot_ranking():
    rng = np.random.default_rng(123)
    f, cands, q, s = 8, 40, 25, 10
    queries = rng.normal(0, 1, (q, f))
    keys = rng.normal(0, 1, (cands, f))
    indices = rng.integers(0, cands, (q, s))
    labels = rng.integers(0, 3, (q, s)).astype(float)
    labels[2] = 0
    mask = rng.random(q) < 0.6
    wts = rng.integers(0, 3, q).astype(float)
    scores = np.einsum("qf,qsf->qs", queries, keys[indices])
    extra = {"queries": queries, "keys": keys, "indices": indices, "features": f}
    for tag, k, m, w in [("k3", 3, None, None), ("k15", 15, None, None), ("kall", K_NONE, None, None),
                         ("k3_masked", 3, mask, None), ("k4_masked_weighted", 4, mask, wts)]:
        q_labels = labels
        per = [query_values(q_labels[i], scores[i], k) for i in range(q)]
        keep, ww = select(m, w, q)
        metrics = RANKING[:5] if k != K_NONE else RANKING[2:5]
        for metric in metrics:
            vals = np.array([d[metric] for d in per])
            add(f"DotProduct{metric}_{tag}", "DotProduct" + metric, "dot", np.average(vals[keep], weights=ww[keep]),
                labels, None, mask=m, weights=w, params={"k": k}, **extra)
    # masked queries may carry out-of-range indices (padding)
    bad = indices.copy(); bad[~mask] = cands + 5
    per = [query_values(labels[i], scores[i], 3) for i in range(q)]
    for metric in RANKING[:5]:
        vals = np.array([d[metric] for d in per])
        add(f"DotProduct{metric}_padding", "DotProduct" + metric, "dot", np.mean(vals[mask]),
            labels, None, mask=mask, params={"k": 3}, queries=queries, keys=keys, indices=bad, features=f)


def main():
    elementwise()
    rows()
    outputs()
    ranking()
    dot_ranking()
    data = {
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__},
        "cases": CASES,
    }
    with open(OUT, "w") as fh:
        json.dump(data, fh, indent=None, separators=(",", ":"))
        fh.write("\n")
    print(f"{len(CASES)} cases -> {OUT}")


if __name__ == "__main__":
    main()
