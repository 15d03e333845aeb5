"""Train the reported-statement boundary chooser from quote-annotated articles.

    python -m reporter.analyse.quotes.boundary_train GOLD.jsonl [-o OUT.json]

For every reported statement `quotes` proposes (quotation-free ones, before the
confidence filter), `boundary.alternatives` gives the candidate spans; a
candidate is positive when, trimmed of spaces and quote marks, it equals a gold
unit (the scorer's exact match). OUT defaults to
reporter/analyse/quotes/data/quote_boundary.json. Deterministic. The statement
filter scores the chosen spans, so retrain it afterwards
(`python -m reporter.analyse.quotes.filter_train`).
"""

from __future__ import annotations

from reporter.analyse.learn import train_command, train_logreg
from reporter.analyse.quotes import boundary
from reporter.analyse.quotes.filter_train import gold_fragments, trim_like_scorer

PARAMS: dict[str, object] = {"l2": 1.0, "epochs": 400, "lr": 0.3, "min_count": 3,
                             "class_weight": 1.0}

Group = list[tuple[dict[str, float], int]]


def groups_for(doc, record: dict) -> list[Group]:
    """Each proposal's candidates as (features, is-exact) pairs, the proposal first."""
    from reporter.analyse.entities import find_entities
    from reporter.analyse.quotes.extract import statement_candidates

    text = doc.text
    gold = gold_fragments(record, text)
    seen: list = []
    boundary.use_model(None)
    boundary.collect(seen)
    try:
        statement_candidates(doc, find_entities(doc))
    finally:
        boundary.collect(None)
        boundary.restore_model()
    return [[(f, int(trim_like_scorer(text, s, e) in gold)) for (s, e, _), f in group]
            for group in seen]


def rows_of(groups: list[Group]) -> tuple[list[dict[str, float]], list[int]]:
    """Training rows: the candidates of proposals that have more than one."""
    rows, labels = [], []
    for g in groups:
        if len(g) < 2:
            continue
        for f, y in g:
            rows.append(f)
            labels.append(y)
    return rows, labels


def train(rows, labels, **params) -> dict[str, float]:
    return train_logreg(rows, labels, **{**PARAMS, **params})


def main(argv: list[str] | None = None) -> int:
    from reporter.analyse.quotes.filter import use_model

    use_model(None)  # the proposals before any filter
    return train_command(argv, __doc__, boundary.MODEL_PATH,
                         lambda record, doc: rows_of(groups_for(doc, record)), train, PARAMS)


if __name__ == "__main__":
    raise SystemExit(main())
