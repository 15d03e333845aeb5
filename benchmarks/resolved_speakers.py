"""Speaker accuracy where the gold speaker is written as a pronoun, against names resolved by hand.

    .venv/bin/python benchmarks/resolved_speakers.py             # scores (JSON, last line)
    .venv/bin/python benchmarks/resolved_speakers.py --errors    # plus every wrong case

The shared scorer (score.py) skips quotes whose gold speaker is a pronoun
("he said"), so that case goes unmeasured on the dev set; the hidden corpora
carry `speaker_resolved`, which score.py prefers. This script adds that
field to polnear-dev from OUR OWN annotation layer,
benchmarks/data/polnear-dev-resolved-speakers.jsonl (one line per gold quote
with a pronoun speaker: id, start, end, pronoun, resolved name or null), made
by reading the dev articles (see benchmarks/data/README.md). Reporter's code
never reads that file; only this benchmark does, at run time.

The predictions are made as benchmarks/quotes.py makes them (same cached
parse); matching and the speaker rule are score.py's own.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes import DEFAULT_GOLD, load_scorer, predict_in_process

LAYER = Path(__file__).resolve().parent / "data" / "polnear-dev-resolved-speakers.jsonl"


def with_resolved(gold: list[dict], layer: Path) -> list[dict]:
    """The gold records with `speaker_resolved` set on the quotes the layer resolves."""
    names = {}
    for line in layer.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            names[(str(row["id"]), row["start"], row["end"])] = row["resolved"]
    out = []
    for rec in gold:
        quotes = []
        for q in rec["quotes"]:
            name = names.get((str(rec["id"]), q["start"], q["end"]))
            quotes.append({**q, "speaker_resolved": name} if name else q)
        out.append({**rec, "quotes": quotes})
    return out


def pronoun_scores(score, gold: list[dict], preds: list[dict], lenient: bool,
                   errors: list | None = None) -> tuple[float | None, int]:
    """Speaker accuracy on matched units whose written speaker is a pronoun with a resolution."""
    by_id = score.by_id(preds)
    ok = n = 0
    for rec in gold:
        text = rec["text"]
        norm, idx = score.normalise_with_map(text)
        units = score.gold_units(rec)
        # the quote each unit comes from, in gold_units' own order (one quote at a time)
        source = [q for q in rec["quotes"] for _ in score.gold_units({"text": text, "quotes": [q]})]
        spans, quotes, hint = [], [], 0
        for p in (by_id.get(str(rec["id"])) or {}).get("quotes") or []:
            loc = score.locate(text, norm, idx, p.get("text") or "", hint)
            if loc is None:
                continue
            s, e, hint = loc
            spans.append(score.trim(text, s, e))
            quotes.append(p)
        for i, j in score.match(spans, units, lenient):
            u = units[j]
            src = source[j]
            if not src.get("speaker_resolved"):
                continue
            if (src.get("speaker") or "").strip().lower() not in score.PRONOUNS:
                continue
            pred = (quotes[i].get("speaker") or {}).get("name") or ""
            n += 1
            good = score.speaker_ok(pred, u["speaker"])
            ok += good
            if errors is not None and not good:
                errors.append((rec, src, quotes[i], pred))
    return (round(ok / n, 3) if n else None), n


def print_errors(errors: list) -> None:
    for rec, q, p, pred in errors:
        text = rec["text"]
        s = q["speaker_start"]
        before = text[max(0, s - 220):s].replace("\n", " / ")
        after = text[q["speaker_end"]:q["speaker_end"] + 60].replace("\n", " / ")
        mention = (p.get("speaker") or {}).get("mention")
        print(f"{rec['id']} {q['start']}-{q['end']}  {q['speaker']!r} -> gold "
              f"{q['speaker_resolved']!r}  pred {pred!r} (mention {mention!r})")
        print(f"    ...{before}[[{q['speaker']}]]{after}...")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--layer", type=Path, default=LAYER)
    ap.add_argument("--model", default=None)
    ap.add_argument("--errors", action="store_true", help="print each wrong case (lenient match)")
    ap.add_argument("--save-gold", type=Path, help="write the gold with speaker_resolved here")
    a = ap.parse_args(argv)
    score = load_scorer()
    gold = with_resolved(score.load(a.gold), a.layer)
    if a.save_gold:
        a.save_gold.write_text("".join(json.dumps(r) + "\n" for r in gold), encoding="utf-8")
    preds = predict_in_process(a.gold, a.model)
    errors: list = []
    res = {}
    for mode in ("exact", "lenient"):
        acc, n = pronoun_scores(score, gold, preds, mode == "lenient",
                                errors if mode == "lenient" else None)
        res[f"{mode}_pronoun_speaker_acc"] = acc
        res[f"{mode}_pronoun_speaker_n"] = n
    overall = score.score_quotes(gold, preds)
    for key in ("exact_speaker_acc", "exact_speaker_n", "lenient_speaker_acc",
                "lenient_speaker_n"):
        res[f"with_resolved_{key}"] = overall[key]
    if a.errors:
        print_errors(errors)
    print(json.dumps(res, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
