"""Reference values for the retrieval metrics (issue 18), written to retrieval.json.

Run with Debian's python3 (scikit-learn 1.2.1, NumPy):  /usr/bin/python3 make_reference_retrieval.py

Cases are ragged queries given as TorchMetrics' flat lists (indexes, preds, target). Per query:
  * NDCG@k: scikit-learn's ndcg_score(ignore_ties=False) (graded relevance, tied scores included);
  * AP (no cut-off): scikit-learn's average_precision_score on relevance > 0 (tied scores are one step);
  * precision@k, recall@k, hit rate@k, fall-out@k, MRR@k, R-precision: TorchMetrics' definitions on untied scores,
    from NumPy's ranking (argsort of -score);
then the mean over queries, with empty_target_action neg/pos/skip applied to queries without a relevant item
(fall-out: without a non-relevant item) and ignore_index items removed first.
"""
import json
import numpy as np
import sklearn
from sklearn.metrics import ndcg_score, average_precision_score

rng = np.random.default_rng(18)
cases = []


def queries(indexes, preds, target, ignore_index):
    keep = np.ones(len(target), bool) if ignore_index is None else target != ignore_index
    indexes, preds, target = indexes[keep], preds[keep], target[keep]
    for q in np.unique(indexes):
        sel = indexes == q
        yield preds[sel], target[sel]


def per_query(metric, s, t, k, adaptive):
    rel = (t > 0).astype(float)
    n = len(s)
    if metric == "retrieval_fall_out":
        if (1 - rel).sum() == 0:
            return None
    elif rel.sum() == 0:
        return None
    order = np.argsort(-s, kind="stable")
    kk = n if k is None else k
    top = rel[order][: min(kk, n)]
    if metric == "retrieval_normalized_dcg":
        return float(ndcg_score([t], [s], k=k, ignore_ties=False))
    if metric == "retrieval_map":
        return float(average_precision_score(rel, s))
    if metric == "retrieval_precision":
        if adaptive:
            kk = min(kk, n)
        return top.sum() / kk
    if metric == "retrieval_recall":
        return top.sum() / rel.sum()
    if metric == "retrieval_hit_rate":
        return float(top.sum() > 0)
    if metric == "retrieval_fall_out":
        return (1 - top).sum() / (1 - rel).sum()
    if metric == "retrieval_mrr":
        hits = np.nonzero(top)[0]
        return 0.0 if len(hits) == 0 else 1.0 / (hits[0] + 1)
    if metric == "retrieval_r_precision":
        r = int(rel.sum())
        return rel[order][:r].sum() / r
    raise ValueError(metric)


def mean(metric, indexes, preds, target, k=None, ignore_index=None, action="neg", adaptive=False):
    values = []
    for s, t in queries(indexes, preds, target, ignore_index):
        v = per_query(metric, s, t, k, adaptive)
        if v is None:
            if action == "skip":
                continue
            v = 1.0 if action == "pos" else 0.0
        values.append(v)
    return float(np.mean(values)) if values else float("nan")


def add(name, metric, indexes, preds, target, expected, **params):
    cases.append({
        "name": name, "metric": metric, "params": params,
        "indexes": [int(i) for i in indexes], "preds": [float(p) for p in preds], "target": [float(t) for t in target],
        "expected": expected,
    })


def ragged(queries_count, graded, distinct):
    sizes = rng.integers(2, 9, queries_count)  # ndcg_score needs two items a query
    indexes = np.repeat(rng.permutation(queries_count) * 3 + 1, sizes)
    perm = rng.permutation(len(indexes))
    indexes = indexes[perm]
    preds = rng.permutation(len(indexes)) / len(indexes) if distinct else np.round(rng.random(len(indexes)), 1)
    target = rng.integers(0, 4 if graded else 2, len(indexes)) * (rng.random(len(indexes)) < 0.6)
    return indexes, preds.astype(float), target.astype(float)


untied = ["retrieval_precision", "retrieval_recall", "retrieval_hit_rate", "retrieval_fall_out", "retrieval_mrr",
          "retrieval_r_precision"]
for seed in range(3):
    idx, p, t = ragged(6, graded=False, distinct=True)
    for metric in untied:
        for k in ([None] if metric == "retrieval_r_precision" else [None, 1, 3, 10]):
            for action in ["neg", "pos", "skip"]:
                params = {"empty_target_action": action}
                if k is not None:
                    params["top_k"] = k
                add(f"{metric} untied {seed} k={k} {action}", metric, idx, p, t, mean(metric, idx, p, t, k, None, action), **params)
        if metric == "retrieval_precision":
            add(f"{metric} adaptive {seed}", metric, idx, p, t, mean(metric, idx, p, t, 10, None, "neg", True), top_k=10, adaptive_k=True)
    t_ignored = t.copy()
    t_ignored[rng.random(len(t)) < 0.2] = -1
    for metric in untied:
        add(f"{metric} ignore_index {seed}", metric, idx, p, t_ignored, mean(metric, idx, p, t_ignored, None, -1, "skip"),
            ignore_index=-1, empty_target_action="skip")

for seed in range(3):
    idx, p, t = ragged(6, graded=True, distinct=False)
    for k in [None, 2, 5]:
        for action in ["neg", "skip"]:
            params = {"empty_target_action": action}
            if k is not None:
                params["top_k"] = k
            add(f"ndcg ties {seed} k={k} {action}", "retrieval_normalized_dcg", idx, p, t,
                mean("retrieval_normalized_dcg", idx, p, t, k, None, action), **params)
    for action in ["neg", "pos", "skip"]:
        add(f"map ties {seed} {action}", "retrieval_map", idx, p, t, mean("retrieval_map", idx, p, t, None, None, action),
            empty_target_action=action)

with open("retrieval.json", "w") as f:
    json.dump({"sklearn": sklearn.__version__, "numpy": np.__version__, "cases": cases}, f, indent=1)
print(len(cases), "cases")
