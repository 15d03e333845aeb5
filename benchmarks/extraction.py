"""Extraction benchmark: how well reporter reads saved web pages.

Reads every page in ../shared/eval/extraction/pages/*.html through
`reporter.ingest` (no NLP), writes the {"id", "article": {"title", "text"}}
records the scorer reads, runs `score.py extraction` and prints its JSON.

    .venv/bin/python benchmarks/extraction.py [--eval ../shared/eval] [--keep PRED.jsonl]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reporter.ingest import Failure, read_inputs

HERE = Path(__file__).resolve().parent
DEFAULT_EVAL = HERE.parent.parent / "shared" / "eval"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the shared eval folder")
    ap.add_argument("--keep", type=Path, help="also keep the predictions in this file")
    args = ap.parse_args(argv)
    folder = args.eval / "extraction"
    pages = sorted((folder / "pages").glob("*.html"))
    if not pages:
        print(f"no pages in {folder / 'pages'}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.keep or Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            # the dev pages include some in other languages: extraction is scored on all
            for item in read_inputs((str(p) for p in pages), any_language=True):
                if isinstance(item, Failure):
                    failed += 1
                    print(f"failed: {item.origin}: {item.reason}", file=sys.stderr)
                    continue
                record = {"id": item.id, "article": {"title": item.title, "text": item.text}}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elapsed = time.perf_counter() - started
        print(f"{len(pages)} pages read in {elapsed:.1f}s, {failed} failed", file=sys.stderr)
        result = subprocess.run(
            [sys.executable, str(args.eval / "score.py"), "extraction",
             str(folder / "scrapinghub-dev.jsonl"), str(pred)],
            check=False, capture_output=True, text=True,
        )
    sys.stdout.write(result.stdout)
    if result.returncode:
        sys.stderr.write(result.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
