"""Benchmark quote extraction and attribution on an annotated dev set.

    .venv/bin/python benchmarks/quotes.py                 # scores (JSON, score.py's last line)
    .venv/bin/python benchmarks/quotes.py --errors        # plus misses and false positives
    .venv/bin/python benchmarks/quotes.py --cli           # through `reporter analyze --jsonl`

By default the articles are read with reporter's own ingest and parsed once;
the parsed Docs are cached (keyed by model and text) under
$REPORTER_BENCH_CACHE or /tmp, so iterating on the quote code only re-runs
the analysis. The scores come from the shared scorer, score.py, unchanged.
Gold labels are read at run time only, never copied into the code.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("REPORTER_EVAL", ROOT.parent / "shared" / "eval"))
DEFAULT_GOLD = EVAL / "quotes" / "polnear-dev.jsonl"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_docs(gold_path: Path, model: str | None) -> tuple[list, list]:
    """The articles as reporter reads them and their parsed Docs (cached)."""
    from spacy.tokens import DocBin

    from reporter.ingest import Failure, read_inputs
    from reporter.nlp import load_pipeline, pipeline_label

    nlp = load_pipeline(model)
    articles = [a for a in read_inputs([str(gold_path)]) if not isinstance(a, Failure)]
    digest = hashlib.sha1(pipeline_label(nlp).encode())
    for a in articles:
        digest.update(a.text.encode())
    cache_dir = Path(os.environ.get("REPORTER_BENCH_CACHE", tempfile.gettempdir()))
    cache = cache_dir / f"reporter-quotes-bench-{digest.hexdigest()[:16]}.spacy"
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
        bin_ = DocBin(store_user_data=False)
        for d in docs:
            bin_.add(d)
        bin_.to_disk(cache)
    return articles, docs


def predict_in_process(gold_path: Path, model: str | None,
                       weights_for: dict[str, tuple[dict, float]] | None = None) -> list[dict]:
    """Predictions for every article; `weights_for` gives some articles their own
    statement-filter weights and threshold (cross-validation)."""
    from reporter.analyse.entities import find_entities
    from reporter.analyse.quotes.extract import find_quotes
    from reporter.analyse.quotes.filter import restore_model, use_model

    articles, docs = load_docs(gold_path, model)
    preds = []
    for article, doc in zip(articles, docs, strict=False):
        if weights_for is not None:
            use_model(*weights_for[article.id])
        try:
            quotes = find_quotes(doc, find_entities(doc))
        finally:
            if weights_for is not None:
                restore_model()
        preds.append({"id": article.id, "article": {"text": article.text},
                      "quotes": [asdict(q) for q in quotes]})
    return preds


def cross_validated_filter(gold_path: Path, model: str | None, k: int = 5,
                           threshold: float | None = None) -> dict[str, tuple[dict, float]]:
    """For each article, statement-filter weights trained on the other folds (by article)."""
    from reporter.analyse.learn import cross_validated, folds
    from reporter.analyse.quotes import filter_train as qt

    gold = {str(r["id"]): r for r in load_scorer().load(gold_path)}
    articles, docs = load_docs(gold_path, model)
    data = [qt.rows_for(doc, gold[a.id]) for a, doc in zip(articles, docs, strict=True)]
    fold = folds([a.id for a in articles], k)
    weights = cross_validated(data, fold, k, qt.train)
    t = float(qt.PARAMS["threshold"]) if threshold is None else threshold
    return {a.id: (w, t) for a, w in zip(articles, weights, strict=True)}


def predict_cli(gold_path: Path, model: str | None) -> list[dict]:
    cmd = [str(ROOT / ".venv" / "bin" / "reporter"), "analyze", str(gold_path), "--jsonl"]
    if model:
        cmd += ["--model", model]
    out = subprocess.run(cmd, check=False, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def error_report(score, gold: list[dict], preds: list[dict], limit: int, only: str) -> None:
    """Print, per article, gold units missed and predictions matching nothing (lenient)."""
    by_id = score.by_id(preds)
    for rec in gold:
        text = rec["text"]
        norm, idx = score.normalise_with_map(text)
        units = score.gold_units(rec)
        spans, quotes, hint = [], [], 0
        for q in (by_id.get(str(rec["id"])) or {}).get("quotes") or []:
            loc = score.locate(text, norm, idx, q.get("text") or "", hint)
            if loc is None:
                print(f"UNLOCATED {rec['id']}: {q.get('text')!r}")
                continue
            s, e, hint = loc
            spans.append(score.trim(text, s, e))
            quotes.append(q)
        pairs = score.match(spans, units, True)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        lines = []
        if only in ("all", "miss"):
            for j, u in enumerate(units):
                if j not in matched_g and (True):
                    frag = text[u["start"]:u["end"]].replace("\n", " / ")
                    lines.append(f"  MISS {u['type']:8} [{u['speaker']}] {frag[:160]}")
        if only in ("all", "fp"):
            for i, q in enumerate(quotes):
                if i not in matched_p:
                    frag = q["text"].replace("\n", " / ")
                    who = (q.get("speaker") or {}).get("name")
                    lines.append(f"  FP   {q['kind']:8} [{who}] <{q.get('cue')}> {frag[:160]}")
        if only in ("all", "speaker"):
            for i, j in pairs:
                g = units[j]["speaker"]
                p = (quotes[i].get("speaker") or {}).get("name") or ""
                if g and g.strip().lower() not in score.PRONOUNS and not score.speaker_ok(p, g):
                    frag = quotes[i]["text"].replace("\n", " / ")
                    lines.append(f"  SPK  gold={g!r} pred={p!r} "
                                 f"mention={(quotes[i].get('speaker') or {}).get('mention')!r}"
                                 f" :: {frag[:100]}")
        if lines:
            print(rec["id"])
            print("\n".join(lines[:limit]))


def without_cues(quotes: list[dict], cues: str) -> list[dict]:
    """The quotes but the reported statements whose cue's last word is one of `cues`."""
    words = {w.strip().lower() for w in cues.split(",") if w.strip()}
    return [q for q in quotes if q.get("kind") != "indirect" or
            not (q.get("cue") or "").lower().split()[-1:] or
            (q.get("cue") or "").lower().split()[-1] not in words]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--model", default=None)
    ap.add_argument("--cli", action="store_true", help="run `reporter analyze --jsonl`")
    ap.add_argument("--errors", nargs="?", const="all", default=None,
                    choices=["all", "miss", "fp", "speaker"], help="print error analysis")
    ap.add_argument("--limit", type=int, default=60, help="error lines per article")
    ap.add_argument("--save", type=Path, help="write the predictions (JSONL) here")
    ap.add_argument("--cv", action="store_true",
                    help="statement filter cross-validated by article (5 folds), not shipped; "
                         "the boundary chooser stays the shipped one (for its CV: "
                         "benchmarks/quote_boundary.py)")
    ap.add_argument("--threshold", type=float, help="with --cv: the filter's threshold")
    ap.add_argument("--no-filter", action="store_true", help="no statement filter")
    ap.add_argument("--drop-cues", default="",
                    help="comma-separated cue words: reported statements whose cue ends "
                         "with one are left out before scoring (to measure what a "
                         "speech-only guideline would score; reporter is unchanged)")
    a = ap.parse_args(argv)
    score = load_scorer()
    gold = score.load(a.gold)
    if a.cli:
        preds = predict_cli(a.gold, a.model)
    elif a.cv:
        preds = predict_in_process(a.gold, a.model,
                                   cross_validated_filter(a.gold, a.model, threshold=a.threshold))
    elif a.no_filter:
        from reporter.analyse.quotes.filter import use_model
        use_model(None)
        preds = predict_in_process(a.gold, a.model)
    else:
        preds = predict_in_process(a.gold, a.model)
    if a.drop_cues:
        preds = [dict(p, quotes=without_cues(p.get("quotes") or [], a.drop_cues))
                 for p in preds]
    if a.save:
        a.save.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    if a.errors:
        error_report(score, gold, preds, a.limit, a.errors)
    res = score.score_quotes(gold, preds)
    print(json.dumps(res, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
