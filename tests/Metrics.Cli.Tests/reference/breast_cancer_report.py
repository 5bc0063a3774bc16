#!/usr/bin/python3
"""Write breast_cancer_report.json: scikit-learn's values of the binary report the CLI tests run on the shipped
samples/Metrics.Dsl.Sample/data/breast_cancer_predictions.csv (label, probability, fold), read with the csv module.

Run from this folder with Debian's python3-sklearn (not a venv interpreter):

    /usr/bin/python3 breast_cancer_report.py

Each entry: the CLI's metric (as given to --metrics), the scikit-learn call, and the value; with --group-by fold,
the same per fold. (binary_crossentropy is Keras's, with ε = 1e-7 added inside the logs, so scikit-learn's log_loss
is not its reference: it differs by about 1e-7.)
"""

import csv
import json
import os

import numpy as np
import sklearn
from sklearn import metrics as skm

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "samples", "Metrics.Dsl.Sample", "data", "breast_cancer_predictions.csv")


def report(y, p):
    predicted = (p > 0.5).astype(int)  # the library's thresholds are strict: positive iff score > threshold
    return [
        ("roc_auc", "roc_auc_score(y, p)", skm.roc_auc_score(y, p)),
        ("average_precision", "average_precision_score(y, p)", skm.average_precision_score(y, p)),
        ("f1_score(threshold=0.5)", "f1_score(y, p > 0.5)", skm.f1_score(y, predicted)),
        ("precision(threshold=0.5)", "precision_score(y, p > 0.5)", skm.precision_score(y, predicted)),
        ("recall(threshold=0.5)", "recall_score(y, p > 0.5)", skm.recall_score(y, predicted)),
        ("binary_accuracy", "accuracy_score(y, p > 0.5)", skm.accuracy_score(y, predicted)),
        ("brier_score", "brier_score_loss(y, p)", skm.brier_score_loss(y, p)),
    ]


def entries(y, p):
    return [{"metric": m, "scikit_learn": call, "value": float(v)} for m, call, v in report(y, p)]


def main():
    with open(DATA, newline="") as f:
        rows = list(csv.reader(f))
    data = np.array(rows[1:], dtype=float)
    y, p, fold = data[:, 0].astype(int), data[:, 1], data[:, 2].astype(int)
    out = {
        "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__},
        "rows": int(len(y)),
        "total": entries(y, p),
        "folds": {str(k): entries(y[fold == k], p[fold == k]) for k in sorted(set(fold.tolist()))},
    }
    with open(os.path.join(HERE, "breast_cancer_report.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
