#!/usr/bin/python3
"""Generate outputs.json: reference values for MultiOutputR2Score, R2 over
[rows, outputs] batches as one metric (Keras' R2Score surface).

How to run (from this folder; Debian's python3-sklearn/numpy, NOT a
pyenv/venv interpreter):

    /usr/bin/python3 make_reference_outputs.py

Deterministic (fixed seeds). Versions are recorded under "versions".

Schema of every case (the schema of reference.json, so ReferenceData.LoadFile
reads it):
    name, metric ("MultiOutputR2Score"), shape ("outputs"), labels, predictions (both [rows, columns] row-major), columns,
    mask (per row or null), weights (per row or null), params
    ({"num_regressors": p} or {}), float32 (true when every label, prediction
    and weight is a float32 value, so the float overloads must agree), expected
    = {"raw": [...], "uniform": x, "variance_weighted": x}.
NaN is encoded as the string "NaN".

A mask selects rows exactly like y[mask]; weights are scikit-learn's
sample_weight (per row, shared by every output).

Where each expected value comes from: sklearn.metrics.r2_score(y[keep],
p[keep], sample_weight=w[keep], multioutput="raw_values" / "uniform_average" /
"variance_weighted") with its default force_finite=True (a constant output
scores 1.0 if predicted perfectly, else 0.0; variance_weighted falls back to
uniform when every output is constant). Adjusted R2 (num_regressors = p):
Keras' formula 1 - (1 - r2)(n - 1)/(n - p - 1) applied to each of sklearn's
values, n = the sum of the kept rows' weights (the row count when unweighted),
NaN when n - p - 1 <= 0. The adjustment is affine with one n for every output,
so adjusting the average equals averaging the adjusted values (Keras adjusts
after averaging).
"""

import json
import math
import os

import numpy as np
import sklearn
from sklearn import metrics as skm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "outputs.json")
CASES = []
NAMES = set()


def enc(v):
    v = float(v)
    if math.isnan(v):
        return "NaN"
    assert not math.isinf(v)
    return v


def arr(a):
    return None if a is None else [enc(x) for x in np.asarray(a, dtype=float).ravel()]


def f32(a):
    return np.asarray(a, dtype=np.float32).astype(np.float64)


def adjusted(r2, n, p):
    return float("nan") if n - p - 1 <= 0 else 1 - (1 - r2) * (n - 1) / (n - p - 1)


def add(name, y, p, mask=None, weights=None, regressors=0, float32=True):
    assert name not in NAMES, name
    NAMES.add(name)
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    rows, columns = y.shape
    keep = np.ones(rows, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    w = None if weights is None else np.asarray(weights, dtype=float)
    if w is not None:
        keep = keep & (w > 0)
    sw = None if w is None else w[keep]
    n = keep.sum() if w is None else w[keep].sum()

    def r2(multioutput):
        v = skm.r2_score(y[keep], p[keep], sample_weight=sw, multioutput=multioutput)
        return [adjusted(x, n, regressors) for x in v] if multioutput == "raw_values" and regressors else (
            adjusted(v, n, regressors) if regressors else v)

    expected = {
        "raw": [enc(v) for v in r2("raw_values")],
        "uniform": enc(r2("uniform_average")),
        "variance_weighted": enc(r2("variance_weighted")),
    }
    if float32:
        for a in (y, p, w):
            assert a is None or np.array_equal(a, f32(a)), name
    CASES.append({
        "name": name, "metric": "MultiOutputR2Score", "shape": "outputs", "labels": arr(y), "predictions": arr(p), "columns": int(columns),
        "mask": None if mask is None else [bool(m) for m in np.asarray(mask).ravel()],
        "weights": arr(w), "params": {"num_regressors": regressors} if regressors else {},
        "float32": bool(float32), "expected": expected,
    })


def main():
    rng = np.random.default_rng(44)

    # Keras' documented example, y [[1],[4],[3]], p [[2],[4],[4]] -> 0.57142854 (float32)
    add("keras_doc", [[1.0], [4.0], [3.0]], [[2.0], [4.0], [4.0]])

    # three outputs of different scales and offsets
    r, c = 60, 3
    y = f32(rng.normal(0, 1, (r, c)) * np.array([1.0, 5.0, 0.3]) + np.array([0.0, 10.0, -2.0]))
    p = f32(y + rng.normal(0, 0.9, (r, c)))
    mask = rng.random(r) < 0.7
    weights = f32(rng.integers(0, 4, r) * 0.5)
    add("plain", y, p)
    add("masked", y, p, mask=mask)
    add("weighted", y, p, weights=weights)
    add("masked_weighted", y, p, mask=mask, weights=weights)
    add("adjusted_p2", y, p, regressors=2)
    add("adjusted_p2_masked_weighted", y, p, mask=mask, weights=weights, regressors=2)
    add("adjusted_undefined", y[:4], p[:4], regressors=3)

    # a constant output predicted imperfectly (0) and one predicted perfectly (1), among ordinary ones
    yc = y[:12].copy(); pc = p[:12].copy()
    yc[:, 1] = 4.0
    yc[:, 2] = -1.5; pc[:, 2] = -1.5
    add("constant_outputs", yc, pc)
    # every output constant: variance_weighted falls back to the uniform mean
    ya = np.tile(np.array([2.0, 3.0]), (5, 1)); pa = ya.copy(); pa[2, 0] = 2.5
    add("all_constant", ya, pa)

    # ties and repeated rows, negative R2
    yt = f32(np.repeat(rng.integers(0, 3, (8, 2)), 2, axis=0).astype(float))
    pt = f32(yt[::-1] * 2.0)
    add("ties_negative", yt, pt)

    # 10,000 rows of three outputs, masked and weighted
    rb, cb = 10_000, 3
    yb = f32(np.round(rng.normal(3, 2, (rb, cb)), 2))
    pb = f32(np.round(yb + rng.normal(0, 1, (rb, cb)) * np.array([0.5, 1.0, 4.0]), 3))
    wb = f32(np.round(rng.random(rb) * 2, 2))
    mb = rng.random(rb) < 0.9
    add("rows_10000_masked_weighted", yb, pb, mask=mb, weights=wb)

    # targets offset by 1e9 (not float32 values): shifted moments must keep the precision
    ro = 2000
    base = np.round(rng.normal(0, 1, (ro, 2)), 3)
    yo = 1e9 + base
    po = yo + np.round(rng.normal(0, 0.5, (ro, 2)), 3)
    ref = skm.r2_score(yo, po, multioutput="raw_values")
    again = skm.r2_score(yo - 1e9, po - 1e9, multioutput="raw_values")
    assert np.allclose(ref, again, rtol=1e-6), (ref, again)
    add("offset_1e9", yo, po, float32=False)

    data = {"versions": {"numpy": np.__version__, "sklearn": sklearn.__version__}, "cases": CASES}
    with open(OUT, "w") as fh:
        json.dump(data, fh, indent=None, separators=(",", ":"))
        fh.write("\n")
    print(f"{len(CASES)} cases -> {OUT}")


if __name__ == "__main__":
    main()
