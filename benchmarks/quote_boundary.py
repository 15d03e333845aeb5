"""Cross-validate the reported-statement boundary chooser by article.

    .venv/bin/python benchmarks/quote_boundary.py [--margin M]

Five folds by article: for each fold, the chooser is trained on the other
folds, the statement filter is retrained on the other folds' proposals as that
chooser shapes them, and the fold's articles are predicted with both. Prints
the candidate oracle (how many proposals some candidate would make exact), then
the CV scores with and without the chooser (score.py's last line each).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes as bq


def main(argv: list[str] | None = None) -> int:
    from reporter.analyse.entities import find_entities
    from reporter.analyse.learn import folds
    from reporter.analyse.learn import score as score_of
    from reporter.analyse.quotes import boundary
    from reporter.analyse.quotes import boundary_train as bt
    from reporter.analyse.quotes import filter as qf
    from reporter.analyse.quotes import filter_train as qt
    from reporter.analyse.quotes.extract import find_quotes

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--margin", type=float, default=boundary.MARGIN)
    ap.add_argument("-k", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="the choice counts only, no scoring")
    a = ap.parse_args(argv)
    boundary.MARGIN = a.margin
    score = bq.load_scorer()
    gold_recs = score.load(bq.DEFAULT_GOLD)
    gold = {str(r["id"]): r for r in gold_recs}
    articles, docs = bq.load_docs(bq.DEFAULT_GOLD, None)
    groups = [bt.groups_for(d, gold[x.id]) for x, d in zip(articles, docs, strict=True)]
    flat = [g for gs in groups for g in gs]
    orig = sum(g[0][1] for g in flat)
    fixable = sum(1 for g in flat if not g[0][1] and any(y for _, y in g[1:]))
    print(f"proposals {len(flat)}, exact as built {orig}, fixable by a candidate {fixable}, "
          f"candidates {sum(len(g) for g in flat)}")
    fold = folds([x.id for x in articles], a.k)
    k = a.k

    def predict(chooser: list | None) -> dict:
        preds = []
        filt: dict[int, dict] = {}
        for f in range(k):
            if chooser is not None:
                boundary.use_model(chooser[f])
            else:
                boundary.use_model(None)
            qf.use_model(None)
            rows, labels = [], []
            for i, (x, d) in enumerate(zip(articles, docs, strict=True)):
                if fold[i] != f:
                    r, y = qt.rows_for(d, gold[x.id])
                    rows += r
                    labels += y
            qf.restore_model()
            filt[f] = qt.train(rows, labels)
            qf.use_model(filt[f], float(qt.PARAMS["threshold"]))
            for i, (x, d) in enumerate(zip(articles, docs, strict=True)):
                if fold[i] == f:
                    qs = find_quotes(d, find_entities(d))
                    preds.append({"id": x.id, "article": {"text": x.text},
                                  "quotes": [asdict(q) for q in qs]})
            qf.restore_model()
            boundary.restore_model()
        return score.score_quotes(gold_recs, preds)

    chooser = []
    for f in range(k):
        train_groups = [g for i, gs in enumerate(groups) if fold[i] != f for g in gs]
        chooser.append(bt.train(*bt.rows_of(train_groups)))
    fixed = broken = 0
    for f in range(k):
        for i, gs in enumerate(groups):
            if fold[i] != f:
                continue
            for g in gs:
                if len(g) < 2:
                    continue
                sc = [score_of(chooser[f], feats) for feats, _ in g]
                best = max(range(len(g)), key=lambda j: (sc[j], -j))
                if best and sc[best] - sc[0] > boundary.MARGIN:
                    fixed += g[best][1] and not g[0][1]
                    broken += g[0][1] and not g[best][1]
    print(f"CV choice: made exact {fixed}, broke {broken}, net {fixed - broken}")
    if a.quick:
        return 0
    base = predict(None)
    print("CV no chooser ", json.dumps(base, sort_keys=True))
    res = predict(chooser)
    print("CV with chooser", json.dumps(res, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
