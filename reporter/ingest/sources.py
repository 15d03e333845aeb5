"""Find the inputs and dispatch each to the reader for its kind."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from reporter.ingest import jsonl, text
from reporter.ingest.errors import Failure, IngestError
from reporter.model import Article

READERS = {
    ".txt": text.read_file,
    ".jsonl": jsonl.read_file,
}



def discover(inputs: Iterable[str]) -> Iterator[Path | Failure]:
    """Expand folders (recursively, supported files only, sorted) and check files exist."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS
            )
            if not found:
                yield Failure(raw, "folder holds no supported files (" + ", ".join(READERS) + ")")
            yield from found
        elif path.is_file():
            yield path
        else:
            yield Failure(raw, "no such file or folder")


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | Failure]:
    """Every article of every input, in input order; failures in their place."""
    for item in discover(inputs):
        if isinstance(item, Failure):
            yield item
            continue
        reader = READERS.get(item.suffix.lower())
        if reader is None:
            yield Failure(str(item), f"unsupported file type {item.suffix or '(none)'!r}; "
                          "use " + ", ".join(READERS))
            continue
        try:
            yield from reader(item)
        except (IngestError, OSError, UnicodeDecodeError) as exc:
            yield Failure(str(item), str(exc) or exc.__class__.__name__)
