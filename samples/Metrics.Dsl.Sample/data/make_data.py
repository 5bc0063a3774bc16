#!/usr/bin/python3
"""Generate the sample data sets for Metrics.Dsl.Sample.

How to run (from this folder; uses the Debian packages python3-sklearn,
python3-scipy and python3-numpy, NOT a pyenv/venv interpreter):

    /usr/bin/python3 make_data.py

Outputs (deterministic):
  digits_predictions.csv    label, score0..score9, fold, is_eight_logit
  diabetes_predictions.csv  target, prediction, fold
  breast_cancer_predictions.csv  label, probability, fold
and prints scikit-learn's own metric values, computed from the CSV files as
written (i.e. after rounding to 6 significant digits), for cross-checking.

Both data sets ship inside scikit-learn (no download).
"""

import csv
import math
import os
import sys

import numpy as np
import scipy
import sklearn
from sklearn import metrics as skm
from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.model_selection import KFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))


def fmt(v):
    """Invariant formatting, '.' decimal separator, at most 6 significant digits, no exponent."""
    v = float(v)
    assert math.isfinite(v)
    if float(v).is_integer() and abs(v) < 1e15:
        return str(int(v))
    s = np.format_float_positional(v, precision=6, unique=False, fractional=False, trim="-")
    if s in ("-0", "-0."):
        s = "0"
    return s


def fold_ids(n, cv):
    fold = np.full(n, -1, dtype=int)
    for k, (_, test) in enumerate(cv.split(np.arange(n))):
        fold[test] = k
    assert (fold >= 0).all()
    return fold


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def read_csv(path):
    with open(path, encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        data = np.array([[float(x) for x in row] for row in r])
    return header, data


def make_digits():
    X, y = load_digits(return_X_y=True)
    assert X.shape == (1797, 64)
    cv = KFold(n_splits=5, shuffle=True, random_state=0)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
    scores = cross_val_predict(model, X, y, cv=cv, method="decision_function")
    assert scores.shape == (1797, 10)
    bin_model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
    eight = cross_val_predict(bin_model, X, (y == 8).astype(int), cv=cv, method="decision_function")
    assert eight.shape == (1797,)
    fold = fold_ids(len(y), cv)
    header = ["label"] + [f"score{c}" for c in range(10)] + ["fold", "is_eight_logit"]
    rows = []
    for i in range(len(y)):
        rows.append([str(int(y[i]))] + [fmt(s) for s in scores[i]] + [str(int(fold[i])), fmt(eight[i])])
    path = os.path.join(HERE, "digits_predictions.csv")
    write_csv(path, header, rows)
    return path


def make_diabetes():
    X, y = load_diabetes(return_X_y=True)
    assert X.shape == (442, 10)
    cv = KFold(n_splits=5, shuffle=True, random_state=0)
    pred = cross_val_predict(Ridge(alpha=1.0), X, y, cv=cv)
    fold = fold_ids(len(y), cv)
    rows = [[fmt(y[i]), fmt(pred[i]), str(int(fold[i]))] for i in range(len(y))]
    path = os.path.join(HERE, "diabetes_predictions.csv")
    write_csv(path, ["target", "prediction", "fold"], rows)
    return path


def make_breast_cancer():
    X, y = load_breast_cancer(return_X_y=True)
    assert X.shape == (569, 30)
    cv = KFold(n_splits=5, shuffle=True, random_state=0)
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.05, max_iter=2000))
    proba = cross_val_predict(model, X, y, cv=cv, method="predict_proba")[:, 1]
    fold = fold_ids(len(y), cv)
    rows = [[str(int(y[i])), fmt(proba[i]), str(int(fold[i]))] for i in range(len(y))]
    path = os.path.join(HERE, "breast_cancer_predictions.csv")
    write_csv(path, ["label", "probability", "fold"], rows)
    return path


def check_values(digits_path, diabetes_path):
    out = {}
    header, d = read_csv(digits_path)
    label = d[:, 0].astype(int)
    scores = d[:, 1:11]
    eight = d[:, header.index("is_eight_logit")]
    out["digits rows"] = len(label)
    # argmax: first maximal index on ties
    out["digits multiclass accuracy (argmax of score0..score9)"] = skm.accuracy_score(label, np.argmax(scores, axis=1))
    yt = (label == 8).astype(int)
    yp = (eight > 0).astype(int)
    out["digits binary (is_eight_logit > 0 vs label == 8) accuracy"] = skm.accuracy_score(yt, yp)
    out["digits binary precision"] = skm.precision_score(yt, yp)
    out["digits binary recall"] = skm.recall_score(yt, yp)
    out["digits binary F1"] = skm.f1_score(yt, yp)
    out["digits binary positives (label == 8)"] = int(yt.sum())
    out["digits binary predicted positives"] = int(yp.sum())

    _, r = read_csv(diabetes_path)
    t, p = r[:, 0], r[:, 1]
    out["diabetes rows"] = len(t)
    out["diabetes MAE"] = skm.mean_absolute_error(t, p)
    out["diabetes MSE"] = skm.mean_squared_error(t, p)
    out["diabetes RMSE"] = math.sqrt(skm.mean_squared_error(t, p))
    out["diabetes R2"] = skm.r2_score(t, p)
    return out


def main():
    versions = {"python": sys.version.split()[0], "numpy": np.__version__,
                "scipy": scipy.__version__, "sklearn": sklearn.__version__}
    dp = make_digits()
    bp = make_diabetes()
    make_breast_cancer()
    vals = check_values(dp, bp)
    print("versions:", versions)
    for k, v in vals.items():
        print(f"{k}: {v!r}")


if __name__ == "__main__":
    main()
