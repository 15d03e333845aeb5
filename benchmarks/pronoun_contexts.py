"""Print the gold quotes of a dev file whose speaker is written as a pronoun, in context.

    .venv/bin/python benchmarks/pronoun_contexts.py              # every article, marked up
    .venv/bin/python benchmarks/pronoun_contexts.py --list       # one line per case

An aid for annotating by hand who each pronoun refers to (the annotation
layer benchmarks/data/polnear-dev-resolved-speakers.jsonl). Each article is
printed up to its last pronoun speaker, with that pronoun marked
``[[#n he]]`` in place and the quote it speaks shown under the article; the
text is read at run time, nothing is copied from it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes import DEFAULT_GOLD, load_scorer

PRONOUNS = load_scorer().PRONOUNS


def pronoun_cases(rec: dict) -> list[dict]:
    """The gold quotes of one record whose written speaker is a pronoun, in text order."""
    qs = [q for q in rec["quotes"] if (q.get("speaker") or "").strip().lower() in PRONOUNS]
    return sorted(qs, key=lambda q: (q["speaker_start"], q["start"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--list", action="store_true", help="one line per case")
    ap.add_argument("--only", help="only this article id")
    a = ap.parse_args(argv)
    n = 0
    for rec in map(json.loads, a.gold.read_text(encoding="utf-8").splitlines()):
        if a.only and rec["id"] != a.only:
            continue
        cases = pronoun_cases(rec)
        if not cases:
            continue
        text = rec["text"]
        if a.list:
            for q in cases:
                n += 1
                print(json.dumps({"id": rec["id"], "start": q["start"], "end": q["end"],
                                  "pronoun": q["speaker"]}))
            continue
        print(f"=================== {rec['id']}")
        out, pos, numbered = [], 0, []
        for q in cases:
            n += 1
            numbered.append((n, q))
            if q["speaker_start"] < pos:  # a second quote of the same "he said"
                out[-1] = out[-1][:-2] + f" #{n}]]"
                continue
            out.append(text[pos:q["speaker_start"]])
            out.append(f"[[#{n} {text[q['speaker_start']:q['speaker_end']]}]]")
            pos = q["speaker_end"]
        end = text.find("\n", pos)
        out.append(text[pos:end if end > 0 else len(text)])
        print("".join(out))
        print("---")
        for k, q in numbered:
            print(f"#{k} {q['start']}-{q['end']} {q['speaker']}: {q['text'][:90]!r}")
    print(f"# {n} cases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
