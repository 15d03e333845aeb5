"""Train the reported-statement confidence filter from quote-annotated articles.

    python -m reporter.analyse.quotes.filter_train GOLD.jsonl [-o OUT.json]

GOLD is JSON Lines with "id", "text" and "quotes" (each with "start", "end" and
optionally "fragments", offsets into "text"), e.g. the PolNeAR split in the
project's eval data; OUT defaults to reporter/analyse/quotes/data/quote_filter.json.
Each record is read and parsed the way `reporter analyze` reads it; every
reported statement `quotes` proposes (before the filter) is one row, positive
when its span, trimmed of spaces and quote marks, matches a gold fragment
(LABEL: exactly, by default, or overlapping it by half the longer span, the
scorer's lenient match). Deterministic: the same data and pipeline give the same
weights.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable

from reporter.analyse.learn import train_command, train_logreg
from reporter.analyse.quotes.filter import MODEL_PATH
from reporter.analyse.quotes.marks import strip_edges

PARAMS: dict[str, object] = {"l2": 2.0, "epochs": 400, "lr": 0.3, "min_count": 3,
                             "class_weight": 1.0, "threshold": 0.25}
# What a proposal must match to count as right: "exact" or "lenient" (overlapping a
# gold fragment by half the longer span, the scorer's lenient match). Exact: a
# statement kept with the wrong boundaries counts against every exact-span score,
# and the model learns which proposals the annotators would draw as they are (dev,
# 5-fold CV: direct exact F1 +0.005 for all-lenient F1 -0.001 at the same threshold).
LABEL = os.environ.get("REPORTER_QUOTE_FILTER_LABEL", "exact")
_TRIM = " \t\r\n\u00a0\"“”‘’„‟«»`'"


def trim_like_scorer(text: str, start: int, end: int) -> tuple[int, int]:
    """A span narrowed the way score.py trims quotes before matching them."""
    return strip_edges(text, start, end, _TRIM)


def _squeeze(text: str) -> tuple[str, list[int]]:
    """Whitespace runs as one space, with each character's offset in `text`."""
    out, idx, prev = [], [], False
    for i, ch in enumerate(text):
        space = ch.isspace() or ch == "\u200b"
        if space and prev:
            continue
        out.append(" " if space else ch)
        idx.append(i)
        prev = space
    return "".join(out), idx


def aligner(src: str, dst: str) -> Callable[[int], int]:
    """Map character offsets in `src` to `dst`, the same words cleaned by ingest
    (spaces normalised, a stray word or two removed)."""
    if src == dst:
        return lambda k: k
    a, a_idx = _squeeze(src)
    b, b_idx = _squeeze(dst)
    to_a = [0] * (len(src) + 1)
    j = 0
    for n, i in enumerate(a_idx):
        while j <= i:
            to_a[j] = n
            j += 1
    while j <= len(src):
        to_a[j] = len(a)
        j += 1
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() \
        if a != b else [(0, 0, len(a))]

    def to_b(n: int) -> int:
        for x, y, size in blocks:
            if x <= n < x + size:
                return y + n - x
            if x > n:
                return y
        return len(b)

    def f(k: int) -> int:
        n = to_b(to_a[k])
        return b_idx[n] if n < len(b_idx) else len(dst)
    return f


def gold_fragments(record: dict, doc_text: str) -> set[tuple[int, int]]:
    """The gold units (fragments, adjacent ones merged) as trimmed offsets into `doc_text`."""
    text = record["text"]
    to_doc = aligner(text, doc_text)
    out = set()
    for q in record.get("quotes") or []:
        frags = sorted(tuple(f) for f in (q.get("fragments") or [[q["start"], q["end"]]]))
        merged: list[list[int]] = []
        for s, e in frags:
            s, e = trim_like_scorer(text, s, e)
            if s >= e:
                continue
            if merged and text[merged[-1][1]:s].strip(_TRIM) == "":
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        for s, e in merged:
            out.add(trim_like_scorer(doc_text, to_doc(s), to_doc(e)))
    return out


def rows_for(doc, record: dict) -> tuple[list[dict[str, float]], list[int]]:
    from reporter.analyse.entities import find_entities
    from reporter.analyse.quotes.extract import statement_candidates

    text = doc.text
    gold = gold_fragments(record, text)
    rows, labels = [], []
    for quote, features in statement_candidates(doc, find_entities(doc)):
        rows.append(features)
        s, e = trim_like_scorer(text, quote.start, quote.end)
        if LABEL == "exact":
            labels.append(int((s, e) in gold))
        else:
            labels.append(int(any(min(e, ge) - max(s, gs) >= 0.5 * max(e - s, ge - gs) > 0
                                  for gs, ge in gold)))
    return rows, labels


def train(rows, labels, **params) -> dict[str, float]:
    fit = {k: v for k, v in {**PARAMS, **params}.items() if k != "threshold"}
    return train_logreg(rows, labels, **fit)


def main(argv: list[str] | None = None) -> int:
    from reporter.analyse.quotes.filter import use_model

    use_model(None)  # the proposals before any filter
    # the threshold travels with the weights
    return train_command(argv, __doc__, MODEL_PATH, lambda record, doc: rows_for(doc, record),
                         train, PARAMS, meta={"threshold": PARAMS["threshold"]})


if __name__ == "__main__":
    raise SystemExit(main())
