#!/usr/bin/python3
"""Generate bootstrap.json: reference values for the Bootstrap wrapper of Metrics.Dsl.

Run from this folder with Debian's interpreter (python3-sklearn, python3-numpy):

    /usr/bin/python3 make_reference_bootstrap.py

Deterministic (fixed seeds).  Library versions are recorded under "versions".

The resampling weights are an input here, drawn as the wrapper draws them: SplitMix64 uniforms (53 bits) turned into
Poisson(1) counts by inverting the distribution function (the first k with u < P(K <= k), k <= 19), one count per
element or row, copy after copy for each batch, each multiplied by the batch's weight when it has one.  Everything
after the weights is computed by scikit-learn and NumPy: each copy's value is sklearn's metric with the counts as
sample_weight (masked-out elements dropped), then the mean, the standard deviation (ddof=1, as torch.std) and the
percentile interval (numpy.quantile, linear) of the copies' values.

Each case has: metric, params, copies, seed, confidence, batches (labels, predictions, weights or null, mask or
null) and expected (values, mean, std, lower, upper).
"""

import json
import math

import numpy as np
import sklearn
from sklearn.metrics import accuracy_score, mean_absolute_error, mean_squared_error

MASK64 = (1 << 64) - 1


class PoissonSampler:
    """SplitMix64 uniforms, inverted through the Poisson(1) distribution function."""

    def __init__(self, seed):
        self.state = seed & MASK64
        probability = math.exp(-1.0)
        total = probability
        self.cumulative = [total]
        for k in range(1, 20):
            probability /= k
            total += probability
            self.cumulative.append(total)

    def uniform(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        z ^= z >> 31
        return (z >> 11) * (1.0 / (1 << 53))

    def next(self):
        u = self.uniform()
        k = 0
        while k < len(self.cumulative) - 1 and u >= self.cumulative[k]:
            k += 1
        return k


def score(metric, params, labels, predictions, weights):
    if metric == "mean_squared_error":
        return mean_squared_error(labels, predictions, sample_weight=weights)
    if metric == "mean_absolute_error":
        return mean_absolute_error(labels, predictions, sample_weight=weights)
    if metric == "binary_accuracy":
        return accuracy_score(labels.astype(int), (predictions > params["threshold"]).astype(int), sample_weight=weights)
    raise ValueError(metric)


def bootstrap(case):
    sampler = PoissonSampler(case["seed"])
    copies = case["copies"]
    labels = [[] for _ in range(copies)]
    predictions = [[] for _ in range(copies)]
    weights = [[] for _ in range(copies)]
    for batch in case["batches"]:
        y = np.array(batch["labels"], dtype=float)
        p = np.array(batch["predictions"], dtype=float)
        given = np.array(batch["weights"], dtype=float) if batch["weights"] is not None else np.ones(len(p))
        keep = np.array(batch["mask"], dtype=bool) if batch["mask"] is not None else np.ones(len(p), dtype=bool)
        for i in range(copies):
            counts = np.array([sampler.next() for _ in range(len(p))], dtype=float)
            labels[i].append(y[keep])
            predictions[i].append(p[keep])
            weights[i].append((counts * given)[keep])
    values = np.array([
        score(case["metric"], case["params"], np.concatenate(labels[i]), np.concatenate(predictions[i]), np.concatenate(weights[i]))
        for i in range(copies)])
    tail = (1.0 - case["confidence"]) / 2.0
    lower, upper = np.quantile(values, [tail, 1.0 - tail])
    return {
        "values": values.tolist(),
        "mean": float(np.mean(values)),
        "std": float(np.std(values, ddof=1)),
        "lower": float(lower),
        "upper": float(upper),
    }


def batches(rng, sizes, kind, weighted=False, masked=False):
    result = []
    for n in sizes:
        if kind == "regression":
            y = rng.normal(2.0, 1.5, n)
            p = y + rng.normal(0.3, 0.8, n)
        else:
            y = rng.integers(0, 2, n).astype(float)
            p = np.clip(0.5 + (y - 0.5) * rng.uniform(-0.4, 1.0, n), 0.0, 1.0)
        result.append({
            "labels": y.tolist(),
            "predictions": p.tolist(),
            "weights": rng.integers(1, 4, n).astype(float).tolist() if weighted else None,
            "mask": (rng.uniform(0, 1, n) > 0.2).tolist() if masked else None,
        })
    return result


def main():
    rng = np.random.default_rng(2026)
    cases = [
        {"name": "mse_three_batches", "metric": "mean_squared_error", "params": {}, "copies": 200, "seed": 42,
         "confidence": 0.95, "batches": batches(rng, [50, 80, 70], "regression")},
        {"name": "mae_weighted_masked", "metric": "mean_absolute_error", "params": {}, "copies": 64, "seed": 7,
         "confidence": 0.9, "batches": batches(rng, [120, 33], "regression", weighted=True, masked=True)},
        {"name": "binary_accuracy", "metric": "binary_accuracy", "params": {"threshold": 0.5}, "copies": 100,
         "seed": 123456789012345, "confidence": 0.95, "batches": batches(rng, [150, 150], "classification")},
    ]
    for case in cases:
        case["expected"] = bootstrap(case)
    document = {
        "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__},
        "cases": cases,
    }
    with open("bootstrap.json", "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
