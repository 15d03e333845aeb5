"""Keyphrase benchmark: reporter's ranked keyphrases against DUC-2001 (dev split).

    .venv/bin/python benchmarks/keyphrases.py            # the shipped model, scored by score.py
    .venv/bin/python benchmarks/keyphrases.py --cv 5     # k-fold cross-validation of the ranker

Articles are read with reporter's own ingest (as `reporter analyze` reads a
JSONL file), parsed once with nlp.pipe, analysed in-process, written as the
{"id", "keyphrases": [{"text"}]} records the scorer reads, and scored by the
shared score.py, whose JSON is printed last. With --cv the ranker is retrained
on k-1 folds (`reporter.analyse.keyphrases.train`) and each article is ranked by the
model that never saw it; the shipped model is not used. Gold labels are read
at run time only.
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
    from reporter.analyse.keyphrases.rank import rank_keyphrases
    from reporter.analyse.keyphrases.train import parse_gold, rows_for, train
    from reporter.analyse.learn import cross_validated, folds

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the shared eval folder")
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation (k >= 2)")
    ap.add_argument("--keep", type=Path, help="also keep the predictions in this file")
    ap.add_argument("--model", help="spaCy pipeline")
    args = ap.parse_args(argv)
    gold = args.eval / "keyphrases" / "duc2001-dev.jsonl"
    parsed = parse_gold(gold, args.model)
    weights_for = [None] * len(parsed)
    if args.cv >= 2:
        fold = folds([rid for rid, _, _ in parsed], args.cv)
        data = [rows_for(doc, kps) for _, doc, kps in parsed]
        weights_for = cross_validated(data, fold, args.cv, train)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as out:
        for (rid, doc, _), w in zip(parsed, weights_for, strict=True):
            kps = rank_keyphrases(doc, find_entities(doc), weights=w)
            out.write(json.dumps({"id": rid, "keyphrases": [{"text": k.text} for k in kps]})
                      + "\n")
    pred = Path(out.name)
    if args.keep:
        args.keep.write_text(pred.read_text(encoding="utf-8"), encoding="utf-8")
    res = subprocess.run([sys.executable, str(args.eval / "score.py"), "keyphrases", str(gold),
                          str(pred)], capture_output=True, text=True, check=True)
    pred.unlink()
    print(("cross-validated " if args.cv >= 2 else "shipped model ") + "keyphrases:",
          file=sys.stderr)
    print(res.stdout.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
