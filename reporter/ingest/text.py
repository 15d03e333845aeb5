"""Plain-text articles: the first non-empty line is the headline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from reporter.ingest.clean import clean_article
from reporter.ingest.decode import decode
from reporter.ingest.errors import IngestError
from reporter.model import Article


def parse_text(raw: str, *, id: str, origin: str) -> Article:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    lines = raw.split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise IngestError("empty input (no text)")
    title = " ".join(lines[first].split())
    body = "\n".join(lines[first + 1:])
    return clean_article(Article(id=id, title=title, text=body, origin=origin))


def read_file(path: Path) -> Iterator[Article]:
    yield parse_text(decode(path.read_bytes()), id=path.stem, origin=str(path))
