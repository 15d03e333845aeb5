"""Build benchmarks/data/pages-quotes.jsonl: quotes we annotated in real news
pages, the true article bodies of the shared extraction dev set
(`../shared/eval/extraction/scrapinghub-dev.jsonl`, ScrapingHub, MIT).

The bodies are read from the shared file at build time and are not kept in
this repository; only our annotations are (`pages/ann_*.py`, one dict per
annotator, keyed by the first 8 characters of the page's id). The JSONL this
writes is git-ignored: build it before measuring.

    python benchmarks/data/build_pages.py            # writes pages-quotes.jsonl
    python benchmarks/data/build_pages.py --show     # prints every annotated span
    python benchmarks/data/build_pages.py --only a   # pages/ann_a.py alone
    python benchmarks/data/build_pages.py --set pages2   # pages2/ann_*.py -> pages2-quotes.jsonl
    python benchmarks/data/build_pages.py --set pages3   # pages3/ann_*.py -> pages3-quotes.jsonl

Same annotation format, guideline and builder as build_house.py.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlparse

from build_house import HERE, record, write

SHARED = (Path(os.environ.get("REPORTER_EVAL", HERE.parents[2] / "shared" / "eval"))
          / "extraction" / "scrapinghub-dev.jsonl")


def annotations(folder: str = "pages", only: str = "*") -> dict[str, list[tuple]]:
    """Every annotator's annotations (`folder`/ann_*.py), keyed by page-id prefix."""
    merged: dict[str, list[tuple]] = {}
    for path in sorted((HERE / folder).glob(f"ann_{only}.py")):
        module = importlib.import_module(f"{folder}.{path.stem}")
        assert not set(module.ANN) & set(merged), f"{path.name} annotates a page twice"
        merged.update(module.ANN)
    return merged


def main(shared: Path = SHARED) -> None:
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else "*"
    folder = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "pages"
    ann = annotations(folder, only)
    pages = [json.loads(line) for line in shared.read_text(encoding="utf-8").splitlines()]
    records = []
    for page in pages:
        key = page["id"][:8]
        if key in ann:
            publisher = urlparse(page["url"]).netloc.removeprefix("www.")
            records.append(record(key, page["body"].strip(), ann.pop(key), publisher))
    assert not ann, f"annotated pages not in {shared}: {sorted(ann)}"
    write(records, HERE / f"{folder}-quotes.jsonl")


if __name__ == "__main__":
    main()
