"""Uncertainty benchmark: reporter's open questions against the Szeged Uncertainty Corpus.

    .venv/bin/python benchmarks/uncertainty.py            # the shipped model
    .venv/bin/python benchmarks/uncertainty.py --cv 5     # k-fold cross-validation

Each sentence is an article of its own (read with reporter's ingest, as
`reporter analyze FILE.jsonl --jsonl` reads it); a record counts as uncertain
when its open_questions list is non-empty. The sentences are parsed once with
nlp.pipe, analysed in-process (find_open_questions), and scored by the shared
score.py on the news domain and on everything; both JSON lines are printed.
With --cv the cue model is retrained on k-1 folds (folds by source document,
so sentences of one article never straddle train and test) and each
sentence is judged by a model that never saw it. Gold labels are read at run
time only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_EVAL = HERE.parent.parent / "shared" / "eval"


def main(argv: list[str] | None = None) -> int:
    from reporter.analyse.entities import find_entities
    from reporter.analyse.learn import cross_validated, folds
    from reporter.analyse.open_questions import hedge
    from reporter.analyse.open_questions.extract import find_open_questions
    from reporter.analyse.open_questions.hedge_train import parse_gold, rows_for, train

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the shared eval folder")
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation (k >= 2)")
    ap.add_argument("--keep", type=Path, help="also keep the predictions in this file")
    ap.add_argument("--model", help="spaCy pipeline")
    args = ap.parse_args(argv)
    gold = args.eval / "uncertainty" / "szeged-dev.jsonl"
    parsed = parse_gold(gold, args.model)
    weights_for: list[dict | None] = [None] * len(parsed)
    if args.cv >= 2:
        fold = folds([r.get("doc_id") or r["id"] for r, _ in parsed], args.cv)
        data = [rows_for(doc, r) for r, doc in parsed]
        weights_for = cross_validated(data, fold, args.cv, train)
    shipped = hedge.model_weights
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as out:
        for (record, doc), w in zip(parsed, weights_for, strict=True):
            # under --cv, the fold's own model stands in for the shipped one
            hedge.model_weights = shipped if w is None else (lambda w=w: w)
            oq = find_open_questions(doc, find_entities(doc), None)
            out.write(json.dumps({"id": record["id"],
                                  "open_questions": [{"summary": q.summary, "cues": q.cues}
                                                     for q in oq]}) + "\n")
    hedge.model_weights = shipped
    pred = Path(out.name)
    if args.keep:
        args.keep.write_text(pred.read_text(encoding="utf-8"), encoding="utf-8")
    print(("cross-validated " if args.cv >= 2 else "shipped model ") + "uncertainty "
          "(news, then all):", file=sys.stderr)
    for extra in (["--domain", "news"], []):
        res = subprocess.run([sys.executable, str(args.eval / "score.py"), "uncertainty",
                              str(gold), str(pred), *extra], capture_output=True, text=True,
                             check=True)
        print(res.stdout.strip().splitlines()[-1])
    pred.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
