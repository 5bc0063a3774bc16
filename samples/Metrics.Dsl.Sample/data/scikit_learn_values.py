#!/usr/bin/python3
"""Write scikit_learn_values.json: scikit-learn's (and SciPy's) values of every metric the sample checks, computed
from the shipped CSV files as they are (make_data.py made them; this script only reads them).

Run from this folder with Debian's python3-sklearn, python3-scipy and python3-numpy (not a venv interpreter):

    /usr/bin/python3 scikit_learn_values.py

Each entry: the metric as the sample names it, the scikit-learn call that computed it, and the value.
"""

import csv
import json
import os
import sys

import numpy as np
import scipy
import scipy.special
import scipy.stats
import sklearn
from sklearn import metrics as skm

HERE = os.path.dirname(os.path.abspath(__file__))


def read(path):
    with open(os.path.join(HERE, path), newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], np.array(rows[1:], dtype=float)


def main():
    _, digits = read("digits_predictions.csv")
    y = digits[:, 0].astype(int)
    scores = digits[:, 1:11]
    pred = scores.argmax(axis=1)
    eight = (y == 8).astype(int)
    logit = digits[:, 12]
    onehot = np.eye(10, dtype=int)[y]
    _, diabetes = read("diabetes_predictions.csv")
    t, p = diabetes[:, 0], diabetes[:, 1]

    _, cancer = read("breast_cancer_predictions.csv")
    yc, pc = cancer[:, 0].astype(int), cancer[:, 1]
    values = []

    def add(name, call, value):
        values.append({"metric": name, "scikit_learn": call, "value": float(value)})

    add("multiclass accuracy", "accuracy_score(y, argmax)", skm.accuracy_score(y, pred))
    add("multiclass top-2 accuracy", "top_k_accuracy_score(y, scores, k=2)", skm.top_k_accuracy_score(y, scores, k=2))
    add("multiclass macro precision", "precision_score(y, argmax, average='macro')", skm.precision_score(y, pred, average="macro"))
    add("multiclass macro recall", "recall_score(y, argmax, average='macro')", skm.recall_score(y, pred, average="macro"))
    add("multiclass weighted F1", "f1_score(y, argmax, average='weighted')", skm.f1_score(y, pred, average="weighted"))
    add("multiclass MCC", "matthews_corrcoef(y, argmax)", skm.matthews_corrcoef(y, pred))
    add("multiclass Cohen kappa (quadratic)", "cohen_kappa_score(y, argmax, weights='quadratic')", skm.cohen_kappa_score(y, pred, weights="quadratic"))
    add("multiclass balanced accuracy", "balanced_accuracy_score(y, argmax)", skm.balanced_accuracy_score(y, pred))
    add("multiclass one-vs-rest macro ROC AUC", "mean over c of roc_auc_score(y == c, scores[:, c])",
        np.mean([skm.roc_auc_score(y == c, scores[:, c]) for c in range(10)]))
    add("multi-label macro F1 (softmax > 0.5)", "f1_score(onehot, softmax(scores) > 0.5, average='macro')",
        skm.f1_score(onehot, (scipy.special.softmax(scores, axis=1) > 0.5).astype(int), average="macro"))
    add("is-8 accuracy", "accuracy_score(y == 8, logit > 0)", skm.accuracy_score(eight, logit > 0))
    add("is-8 precision", "precision_score(y == 8, logit > 0)", skm.precision_score(eight, logit > 0))
    add("is-8 recall", "recall_score(y == 8, logit > 0)", skm.recall_score(eight, logit > 0))
    add("is-8 F1", "f1_score(y == 8, logit > 0)", skm.f1_score(eight, logit > 0))
    add("is-8 ROC AUC (exact)", "roc_auc_score(y == 8, logit)", skm.roc_auc_score(eight, logit))
    add("is-8 average precision", "average_precision_score(y == 8, logit)", skm.average_precision_score(eight, logit))
    add("diabetes MAE", "mean_absolute_error(t, p)", skm.mean_absolute_error(t, p))
    add("diabetes MSE", "mean_squared_error(t, p)", skm.mean_squared_error(t, p))
    add("diabetes RMSE", "mean_squared_error(t, p, squared=False)", skm.mean_squared_error(t, p, squared=False))
    add("diabetes MAPE (%)", "100 * mean_absolute_percentage_error(t, p)", 100 * skm.mean_absolute_percentage_error(t, p))
    add("diabetes R2", "r2_score(t, p)", skm.r2_score(t, p))
    add("diabetes explained variance", "explained_variance_score(t, p)", skm.explained_variance_score(t, p))
    add("diabetes Pearson r", "scipy.stats.pearsonr(t, p)", scipy.stats.pearsonr(t, p)[0])

    add("breast cancer accuracy", "accuracy_score(y, p > 0.5)", skm.accuracy_score(yc, pc > 0.5))
    add("breast cancer precision", "precision_score(y, p > 0.5)", skm.precision_score(yc, pc > 0.5))
    add("breast cancer recall", "recall_score(y, p > 0.5)", skm.recall_score(yc, pc > 0.5))
    add("breast cancer F1", "f1_score(y, p > 0.5)", skm.f1_score(yc, pc > 0.5))
    add("breast cancer ROC AUC", "roc_auc_score(y, p)", skm.roc_auc_score(yc, pc))
    add("breast cancer average precision", "average_precision_score(y, p)", skm.average_precision_score(yc, pc))
    add("breast cancer Brier score", "brier_score_loss(y, p)", skm.brier_score_loss(yc, pc))
    versions = {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__}
    with open(os.path.join(HERE, "scikit_learn_values.json"), "w") as f:
        json.dump({"versions": versions, "values": values}, f, indent=1)
        f.write("\n")
    for v in values:
        print(f"{v['metric']}: {v['value']!r}")


if __name__ == "__main__":
    main()
