"""Train the uncertainty-cue classifier from sentences annotated with hedge cues.

    python -m reporter.analyse.open_questions.hedge_train GOLD.jsonl [-o OUT.json]

GOLD is JSON Lines with "id", "text", "uncertain" and "cues" (the cue words as
written), e.g. the Szeged Uncertainty Corpus in the project's eval data. Each
record is read and cleaned the way `reporter analyze` reads it and parsed with
the configured spaCy pipeline; every lexicon candidate (see `hedge.candidates`)
becomes one training row, positive when its word is one of the record's gold
cue words. Deterministic: the same data and pipeline give the same weights.
"""

from __future__ import annotations

from pathlib import Path

from reporter.analyse.learn import parse_records, train_command, train_logreg
from reporter.analyse.open_questions.hedge import MODEL_PATH, candidates, cue_features
from reporter.analyse.sentences import sentence_spans

PARAMS = {"l2": 1.0, "epochs": 400, "lr": 0.3, "min_count": 2, "class_weight": 1.0}


def rows_for(doc, record: dict):
    cue_words = {w for c in record.get("cues") or [] for w in c.lower().split()}
    rows, labels = [], []
    for sent in sentence_spans(doc):
        for tok in candidates(sent):
            rows.append(cue_features(tok))
            labels.append(int(bool(record.get("uncertain")) and tok.lower_ in cue_words))
    return rows, labels


def train(rows, labels, **params):
    return train_logreg(rows, labels, **{**PARAMS, **params})


def parse_gold(path: Path, model: str | None = None):
    """(record, Doc) pairs, parsed like `reporter analyze` parses a JSONL file."""
    return parse_records(path, model, batch_size=256)


def main(argv: list[str] | None = None) -> int:
    return train_command(argv, __doc__, MODEL_PATH, lambda record, doc: rows_for(doc, record),
                         train, PARAMS, batch_size=256)


if __name__ == "__main__":
    raise SystemExit(main())
