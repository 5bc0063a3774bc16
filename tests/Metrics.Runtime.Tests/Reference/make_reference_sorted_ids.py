#!/usr/bin/python3
"""Generate sorted_ids.json: reference values for SparseTopKSortedIdsAccuracy,
Keras' SparseTopKCategoricalAccuracy(from_sorted_ids=True).

How to run (from this folder; Debian's python3-sklearn/numpy, NOT a
pyenv/venv interpreter):

    /usr/bin/python3 make_reference_sorted_ids.py

Deterministic (fixed seeds). Versions are recorded under "versions".

Schema of every case (the schema of reference.json, so ReferenceData.LoadFile
reads it): name, metric ("SparseTopKSortedIdsAccuracy"), shape ("row"), params
({"k": k}), labels (one class per row), predictions ([rows, columns] row-major
class IDs sorted by score), columns, mask (per row or null), weights (per row
or null), expected. A mask selects rows like y[mask]; weights are sample
weights.

Expected values: the weighted mean over kept rows of
any(ids[:, :k] == label[:, None], axis=1), Keras' rule (a row is a hit or not,
so a repeated ID counts once; fewer than k columns compares them all). Where
the IDs are the full or truncated argsort of tie-free scores and k is at most
the number of ID columns, the value is checked against
sklearn.metrics.top_k_accuracy_score on the scores (sample_weight included).
"""

import json
import os

import numpy as np
import sklearn
from sklearn import metrics as skm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sorted_ids.json")
CASES = []
NAMES = set()


def expected(labels, ids, k, mask=None, weights=None):
    labels = np.asarray(labels)
    ids = np.asarray(ids)
    hit = np.any(ids[:, :k] == labels[:, None], axis=1).astype(float)
    keep = np.ones(len(labels), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    w = np.ones(len(labels)) if weights is None else np.asarray(weights, dtype=float)
    return float(np.sum(hit[keep] * w[keep]) / np.sum(w[keep]))


def add(name, labels, ids, k, mask=None, weights=None, scores=None):
    assert name not in NAMES, name
    NAMES.add(name)
    ids = np.asarray(ids)
    value = expected(labels, ids, k, mask, weights)
    if scores is not None and k <= ids.shape[1]:
        keep = np.ones(len(labels), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
        sw = None if weights is None else np.asarray(weights, dtype=float)[keep]
        ref = skm.top_k_accuracy_score(np.asarray(labels)[keep], scores[keep], k=k, labels=np.arange(scores.shape[1]), sample_weight=sw)
        assert abs(ref - value) < 1e-12, (name, ref, value)
    CASES.append({
        "name": name, "metric": "SparseTopKSortedIdsAccuracy", "shape": "row", "params": {"k": int(k)},
        "labels": [float(l) for l in labels], "predictions": [float(i) for i in ids.ravel()],
        "columns": int(ids.shape[1]),
        "mask": None if mask is None else [bool(m) for m in mask],
        "weights": None if weights is None else [float(w) for w in weights],
        "expected": value,
    })


def main():
    rng = np.random.default_rng(33)
    # Keras' documented example: k=1, y [2, 1], ids [[1, 0, 3], [1, 2, 3]] -> 0.5
    add("keras_doc", [2, 1], [[1, 0, 3], [1, 2, 3]], 1)

    rows, classes = 200, 10
    scores = rng.permuted(np.tile(np.arange(classes, dtype=float), (rows, 1)), axis=1) + rng.random((rows, 1)) * 0.1
    labels = rng.integers(0, classes, rows)
    order = np.argsort(-scores, axis=1, kind="stable")
    mask = rng.random(rows) < 0.7
    weights = rng.integers(0, 4, rows) * 0.5
    for width in (classes, 4):
        ids = order[:, :width]
        for k in (1, 3, 5):
            add(f"ids{width}_k{k}", labels, ids, k, scores=scores)
            add(f"ids{width}_k{k}_masked", labels, ids, k, mask=mask, scores=scores)
            add(f"ids{width}_k{k}_weighted", labels, ids, k, weights=weights, scores=scores)
            add(f"ids{width}_k{k}_masked_weighted", labels, ids, k, mask=mask, weights=weights, scores=scores)

    # repeated IDs count once; a repeated ID can push the label out of the first k
    add("duplicates", [1, 0, 1, 2], [[1, 1, 2], [0, 0, 0], [3, 3, 1], [2, 2, 2]], 2)
    # k larger than the number of ID columns compares every column
    add("k_beyond_columns", [4, 7, 0], [[4, 1, 2], [0, 1, 2], [5, 6, 0]], 5)
    # padding IDs that no label equals
    add("padding", [3, 5, 1], [[-1, -1, 3], [5, -1, -1], [-1, -1, -1]], 3)

    big = 10_000
    scores = rng.random((big, 20))
    labels = rng.integers(0, 20, big)
    ids = np.argsort(-scores, axis=1, kind="stable")[:, :8]
    bw = np.round(rng.random(big) * 2, 2)
    add("rows_10000_weighted_k5", labels, ids, 5, weights=bw, scores=scores)

    data = {"versions": {"numpy": np.__version__, "sklearn": sklearn.__version__}, "cases": CASES}
    with open(OUT, "w") as fh:
        json.dump(data, fh, indent=None, separators=(",", ":"))
        fh.write("\n")
    print(f"{len(CASES)} cases -> {OUT}")


if __name__ == "__main__":
    main()
