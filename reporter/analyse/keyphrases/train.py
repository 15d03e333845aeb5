"""Train the keyphrase ranker from articles with gold keyphrases.

    python -m reporter.analyse.keyphrases.train GOLD.jsonl [-o OUT.json]

GOLD is JSON Lines with "id", "text" and "keyphrases" (e.g. DUC-2001 as in the
project's eval data). Articles are read and cleaned the way `reporter analyze`
reads them, parsed with the configured spaCy pipeline, and every candidate is
labelled positive when its text matches a gold keyphrase (lowercased,
punctuation removed). Training is deterministic: the same data and pipeline
give the same weights.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from reporter.analyse.keyphrases.features import featurise
from reporter.analyse.keyphrases.rank import MODEL_PATH
from reporter.analyse.learn import parse_records, train_command, train_logreg

PARAMS = {"l2": 1.0, "epochs": 400, "lr": 0.3, "min_count": 3, "class_weight": 1.0}


def norm_kp(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def rows_for(doc, gold: list[str]):
    golds = {norm_kp(g) for g in gold}
    rows, labels = [], []
    for cand, feats in featurise(doc):
        rows.append(feats)
        labels.append(int(norm_kp(cand.text) in golds))
    return rows, labels


def train(rows, labels, **params):
    return train_logreg(rows, labels, **{**PARAMS, **params})


def parse_gold(path: Path, model: str | None = None):
    """(id, Doc, gold keyphrases) for each record, parsed like `reporter analyze` does."""
    return [(r["id"], doc, r["keyphrases"]) for r, doc in parse_records(path, model)]


def main(argv: list[str] | None = None) -> int:
    return train_command(argv, __doc__, MODEL_PATH,
                         lambda record, doc: rows_for(doc, record["keyphrases"]), train, PARAMS)


if __name__ == "__main__":
    raise SystemExit(main())
