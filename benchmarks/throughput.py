"""Throughput, overhead, scaling, memory and start-up of reporter, measured in one run.

    .venv/bin/python benchmarks/throughput.py [--corpus FILE.jsonl] [--build-articles N]

Every whole-process measurement runs the installed `reporter` command (or a
plain spaCy script) as a fresh process, so model loading is included; peak
RSS is the largest resident set of any process of that run. The targets of
issue 7 are checked as ratios measured in this same run:

- overhead   `reporter analyze --jobs 1` / spaCy's own `nlp.pipe` over the same texts <= 1.3
- jobs       `--jobs 2` / `--jobs 1` (build with all four formats; analyze too)       <= 0.75
- memory     peak RSS with 4x the articles (the corpus repeated) / 1x                 <= 1.25
- start-up   `reporter --help` < 0.3 s; one article to all four formats, cold, < 3 s
             (the median of --cold-runs runs; default --jobs; also shown with --jobs 1,
             where nothing runs beside it)

Measure an installation made as the README says (`pip install '.[test]'` compiles
every module); an editable install with PYTHONDONTWRITEBYTECODE set recompiles
reporter's own modules at every start, about 0.1 s of a cold build.

It ends with the cost of each stage per article (ingest, nlp, analyse, html,
pdf), measured in this process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
REPORTER = str(BIN / "reporter")
DEFAULT_CORPUS = Path("/work/shared/eval/quotes/polnear-dev.jsonl")
SAMPLE = ROOT / "examples" / "seed-pompeo-lavrov.txt"

# Runs a command, then reports its wall time, CPU time (user + system, all its processes)
# and the peak RSS of its process tree.
MEASURE = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - t
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "wall": wall, "rss_mb": usage.ru_maxrss / 1024,
                  "cpu": usage.ru_utime + usage.ru_stime}))
"""

PIPE_ONLY = r"""
import json, sys
import spacy
from reporter.nlp import choose_model
nlp = spacy.load(choose_model())
nlp.max_length = max(nlp.max_length, 5_000_000)
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip())
for doc in nlp.pipe(texts, batch_size=32):
    pass
"""


def measure(cmd: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def repeated(rows: list[dict], times: int) -> list[dict]:
    return [{**r, "id": f"{r.get('id', 'a')}-{n}"} for n in range(times) for r in rows]


def stage_costs(corpus: Path, pdf_articles: int) -> dict[str, float]:
    """Milliseconds per article of each stage, in this process (model load excluded)."""
    from reporter.analyse import analyse
    from reporter.ingest import read_inputs
    from reporter.model import Article
    from reporter.nlp import load_pipeline
    from reporter.render.html import render_html
    from reporter.render.pdf import render_pdf

    nlp = load_pipeline()
    t = time.perf_counter()
    articles = [a for a in read_inputs([str(corpus)]) if isinstance(a, Article)]
    ingest = time.perf_counter() - t
    t = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    parse = time.perf_counter() - t
    t = time.perf_counter()
    briefings = [analyse(a, d) for a, d in zip(articles, docs, strict=True)]
    analysis = time.perf_counter() - t
    del docs
    t = time.perf_counter()
    for b in briefings:
        render_html(b)
    html = time.perf_counter() - t
    sample = briefings[:pdf_articles]
    render_pdf(sample[0])  # WeasyPrint's first document pays for font setup: not per article
    t = time.perf_counter()
    for b in sample:
        render_pdf(b)
    pdf = time.perf_counter() - t
    n = len(articles)
    return {"ingest": 1000 * ingest / n, "nlp": 1000 * parse / n,
            "analyse": 1000 * analysis / n, "html": 1000 * html / n,
            "pdf": 1000 * pdf / max(1, len(sample)), "articles": n,
            "words": sum(a.words for a in articles)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--build-articles", type=int, default=12,
                        help="articles for the build (PDF) scaling runs (default: 12)")
    parser.add_argument("--memory-articles", type=int, default=12,
                        help="the 1x set of the memory test; 4x repeats it (default: 12)")
    parser.add_argument("--cold-runs", type=int, default=5,
                        help="runs of the one-article cold build; the median counts (default: 5)")
    parser.add_argument("--pdf-articles", type=int, default=8,
                        help="articles rendered to PDF for the per-stage cost (default: 8)")
    args = parser.parse_args()

    rows = records(args.corpus)
    words = sum(len(r["text"].split()) for r in rows)
    tmp = Path(tempfile.mkdtemp(prefix="reporter-bench-"))
    try:
        corpus = write_jsonl(tmp / "corpus.jsonl", rows)
        small = write_jsonl(tmp / "build.jsonl", rows[:args.build_articles])
        small_words = sum(len(r["text"].split()) for r in rows[:args.build_articles])
        mem1 = write_jsonl(tmp / "mem1.jsonl", rows[:args.memory_articles])
        mem4 = write_jsonl(tmp / "mem4.jsonl", repeated(rows[:args.memory_articles], 4))
        out = tmp / "out"

        runs: list[tuple[str, int, int, dict]] = []

        def run(label: str, cmd: list[str], n: int, w: int) -> dict:
            shutil.rmtree(out, ignore_errors=True)
            result = measure(cmd)
            runs.append((label, n, w, result))
            print(f"  {label:<44} {result['wall']:7.2f} s  rc={result['rc']}", file=sys.stderr,
                  flush=True)
            return result

        def run_median(label: str, cmd: list[str], n: int, w: int, times: int) -> dict:
            """A short run is at the mercy of the machine: the median of several."""
            results = []
            for _ in range(times):
                shutil.rmtree(out, ignore_errors=True)
                results.append(measure(cmd))
            results.sort(key=lambda r: r["wall"])
            median = results[len(results) // 2]
            runs.append((f"{label}, median of {times}", n, w, median))
            walls = ", ".join(f"{r['wall']:.2f}" for r in results)
            print(f"  {label:<44} {median['wall']:7.2f} s  (runs: {walls})  "
                  f"rc={max(r['rc'] for r in results)}", file=sys.stderr, flush=True)
            return median

        print(f"corpus {args.corpus} ({len(rows)} articles, {words} words); "
              f"cores: {os.cpu_count()}", file=sys.stderr)
        helps = [measure([REPORTER, "--help"])["wall"] for _ in range(3)]
        sample_words = len(SAMPLE.read_text(encoding="utf-8").split())
        # as a user runs it (default --jobs: the cores; the PDF helper loads WeasyPrint
        # on the second core), then everything in one process
        cold = run_median("build 1 article, 4 formats (cold)",
                          [REPORTER, "build", str(SAMPLE), "-o", str(out)], 1, sample_words,
                          args.cold_runs)
        cold1 = run_median("build 1 article, 4 formats (cold) --jobs 1",
                           [REPORTER, "build", str(SAMPLE), "-o", str(out), "--jobs", "1"], 1,
                           sample_words, args.cold_runs)
        pipe = run("spaCy nlp.pipe alone", [sys.executable, "-c", PIPE_ONLY, str(corpus)],
                   len(rows), words)
        an1 = run("analyze --jobs 1", [REPORTER, "analyze", "--jsonl", str(corpus), "--jobs", "1"],
                  len(rows), words)
        an2 = run("analyze --jobs 2", [REPORTER, "analyze", "--jsonl", str(corpus), "--jobs", "2"],
                  len(rows), words)
        fmt = ["--format", "html,pdf,md,json"]
        b1 = run(f"build {args.build_articles} (4 formats) --jobs 1",
                 [REPORTER, "build", str(small), "-o", str(out), *fmt, "--jobs", "1"],
                 args.build_articles, small_words)
        b2 = run(f"build {args.build_articles} (4 formats) --jobs 2",
                 [REPORTER, "build", str(small), "-o", str(out), *fmt, "--jobs", "2"],
                 args.build_articles, small_words)
        m_words = sum(len(r["text"].split()) for r in rows[:args.memory_articles])
        m1 = run(f"analyze {args.memory_articles} --jobs 1 (memory 1x)",
                 [REPORTER, "analyze", "--jsonl", str(mem1), "--jobs", "1"],
                 args.memory_articles, m_words)
        m4 = run(f"analyze {4 * args.memory_articles} --jobs 1 (memory 4x)",
                 [REPORTER, "analyze", "--jsonl", str(mem4), "--jobs", "1"],
                 4 * args.memory_articles, 4 * m_words)
        print("  per-stage costs in this process ...", file=sys.stderr, flush=True)
        stages = stage_costs(corpus, args.pdf_articles)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"\nreporter throughput — {args.corpus.name}: {len(rows)} articles, {words} words, "
          f"{os.cpu_count()} cores\n")
    print(f"{'run (whole process, model load included)':<56} {'wall s':>7} {'art/s':>7} "
          f"{'words/s':>8} {'CPU s':>7} {'peak MB':>8}")
    for label, n, w, r in runs:
        print(f"{label:<56} {r['wall']:7.2f} {n / r['wall']:7.2f} {w / r['wall']:8.0f} "
              f"{r['cpu']:7.2f} {r['rss_mb']:8.0f}")
    print(f"\n{'stage (in process)':<20} {'ms/article':>10}")
    for stage in ("ingest", "nlp", "analyse", "html", "pdf"):
        print(f"{stage:<20} {stages[stage]:10.1f}")

    checks = [
        ("reporter --help (best of 3)", min(helps), "s", 0.3),
        ("1 article -> 4 formats, cold (median)", cold["wall"], "s", 3.0),
        ("  the same with --jobs 1 (median)", cold1["wall"], "s", 3.0),
        ("analyze --jobs 1 / nlp.pipe", an1["wall"] / pipe["wall"], "x", 1.3),
        ("  the same in CPU time", an1["cpu"] / pipe["cpu"], "x", 1.3),
        ("analyze --jobs 2 / nlp.pipe", an2["wall"] / pipe["wall"], "x", 1.3),
        ("analyze --jobs 2 / --jobs 1", an2["wall"] / an1["wall"], "x", 0.75),
        ("build --jobs 2 / --jobs 1", b2["wall"] / b1["wall"], "x", 0.75),
        ("peak RSS 4x / 1x articles", m4["rss_mb"] / m1["rss_mb"], "x", 1.25),
    ]
    print(f"\n{'target':<40} {'measured':>9} {'limit':>7}  ok")
    for label, value, unit, limit in checks:
        mark = "yes" if value <= limit else "NO"
        print(f"{label:<40} {value:8.2f}{unit} {limit:6.2f}{unit}  {mark}")
    try:
        load = os.getloadavg()[0]
        print(f"\nload average at the end: {load:.2f} on {os.cpu_count()} cores "
              "(other processes make wall-time ratios noisy; CPU time is not affected)")
    except OSError:  # pragma: no cover
        pass
    failed_runs = [label for label, _, _, r in runs if r["rc"] != 0]
    if failed_runs:
        print(f"\nruns that exited non-zero: {', '.join(failed_runs)}")


if __name__ == "__main__":
    main()
