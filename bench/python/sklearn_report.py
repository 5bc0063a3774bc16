#!/usr/bin/env python3
"""The baseline of the data benchmarks (bench/Metrics.Benchmarks, group `data`): a binary report of one CSV file
with pandas and scikit-learn, printed as one JSON object keyed by Metrics.Dsl's registry names.

    /usr/bin/python3 bench/python/sklearn_report.py FILE [LABEL_COLUMN SCORE_COLUMN THRESHOLD]

Decisions are score > threshold (strict, 0.5 by default), as Metrics.Dsl's thresholded metrics decide. The whole run
(interpreter start, imports, read_csv, the six functions) is what the benchmark times.
"""
import json
import sys

import pandas as pd
from sklearn.metrics import (accuracy_score, average_precision_score, f1_score, precision_score, recall_score,
                             roc_auc_score)


def main(argv):
    path = argv[1]
    label, score = (argv[2], argv[3]) if len(argv) > 3 else ("label", "score")
    threshold = float(argv[4]) if len(argv) > 4 else 0.5
    frame = pd.read_csv(path)
    y = frame[label].to_numpy()
    s = frame[score].to_numpy()
    decisions = (s > threshold).astype(y.dtype)
    values = {
        "binary_accuracy": accuracy_score(y, decisions),
        "precision": precision_score(y, decisions),
        "recall": recall_score(y, decisions),
        "f1_score": f1_score(y, decisions),
        "roc_auc": roc_auc_score(y, s),
        "average_precision": average_precision_score(y, s),
    }
    print(json.dumps({k: float(v) for k, v in values.items()}))


if __name__ == "__main__":
    main(sys.argv)
