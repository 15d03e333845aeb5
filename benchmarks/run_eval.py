#!/usr/bin/env python3
"""Run `reporter analyze` over the dev splits in ../shared/eval and print the scores.

    python benchmarks/run_eval.py [TASK ...] [--eval DIR] [--keep DIR]

TASK is any of quotes, keyphrases, uncertainty, extraction (default: all).
Each task's predictions come from the real command line, exactly as a user
(or the held-out scorer) would run it; score.py then prints its JSON line.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"

TASKS = {
    "quotes": ("quotes/polnear-dev.jsonl", lambda e: [str(e / "quotes/polnear-dev.jsonl")]),
    "keyphrases": ("keyphrases/duc2001-dev.jsonl",
                   lambda e: [str(e / "keyphrases/duc2001-dev.jsonl")]),
    "uncertainty": ("uncertainty/szeged-dev.jsonl",
                    lambda e: [str(e / "uncertainty/szeged-dev.jsonl")]),
    "extraction": ("extraction/scrapinghub-dev.jsonl",
                   lambda e: sorted(str(p) for p in (e / "extraction/pages").glob("*.html"))),
}


def reporter_command() -> list[str]:
    exe = Path(sys.executable).parent / "reporter"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "reporter.cli"]


def run(task: str, eval_dir: Path, keep: Path) -> dict:
    gold, inputs = TASKS[task]
    pred = keep / f"{task}.pred.jsonl"
    started = time.perf_counter()
    with pred.open("w", encoding="utf-8") as out:
        # the benchmark's pages include some in other languages: score them all, as trafilatura does
        extra = ["--any-language"] if task == "extraction" else []
        proc = subprocess.run([*reporter_command(), "analyze", *inputs(eval_dir), "--jsonl",
                               *extra],
                              stdout=out, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        sys.exit(f"{task}: reporter failed ({proc.returncode}): {proc.stderr[-2000:]}")
    summary = re.compile(r"^reporter: \d+ articles?: ")  # the closing summary line
    failures = [line for line in proc.stderr.splitlines() if line.startswith("reporter: ")
                and not summary.match(line)]
    scored = subprocess.run([sys.executable, str(eval_dir / "score.py"), task,
                             str(eval_dir / gold), str(pred)],
                            capture_output=True, text=True, check=True)
    scores = json.loads(scored.stdout.strip().splitlines()[-1])
    if task == "uncertainty":
        news = subprocess.run([sys.executable, str(eval_dir / "score.py"), task,
                               str(eval_dir / gold), str(pred), "--domain", "news"],
                              capture_output=True, text=True, check=True)
        scores = {"all": scores, "news": json.loads(news.stdout.strip().splitlines()[-1])}
    return {"task": task, "seconds": round(elapsed, 1), "input_failures": len(failures),
            "scores": scores}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tasks", nargs="*", metavar="TASK",
                    help=f"any of {', '.join(TASKS)} (default: all)")
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the shared eval folder")
    ap.add_argument("--keep", type=Path, help="keep predictions in this folder")
    args = ap.parse_args()
    unknown = [t for t in args.tasks if t not in TASKS]
    if unknown:
        ap.error(f"unknown task {', '.join(unknown)}; choose from {', '.join(TASKS)}")
    keep = args.keep or Path(tempfile.mkdtemp(prefix="reporter-eval-"))
    keep.mkdir(parents=True, exist_ok=True)
    for task in args.tasks or list(TASKS):
        print(json.dumps(run(task, args.eval, keep), sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
