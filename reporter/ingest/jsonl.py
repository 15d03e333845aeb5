"""JSON Lines: one article per line ("id", "text", optional metadata).

A line that is not a valid record fails alone; the file's other records
are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from reporter.ingest.clean import clean_article
from reporter.ingest.decode import decode
from reporter.ingest.errors import Failure, IngestError
from reporter.model import Article

METADATA = ("url", "published", "source", "author")


def parse_record(record: object, *, origin: str) -> Article:
    if not isinstance(record, dict):
        raise IngestError("record is not a JSON object")
    if "id" not in record or record["id"] in (None, ""):
        raise IngestError('record has no "id"')
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError('record has no "text"')
    text = text.replace("\r\n", "\n")
    title = record.get("title")
    if not isinstance(title, str) or not title.strip():
        title = _headline(text)
    meta = {k: str(record[k]) for k in METADATA if record.get(k) not in (None, "")}
    article = Article(id=str(record["id"]), title=" ".join(title.split()), text=text,
                      origin=origin, **meta)
    return clean_article(article)


def _headline(text: str) -> str:
    """A title for a record that has none: its first line, shortened if it is long."""
    first = next(line for line in text.split("\n") if line.strip()).strip()
    words = first.split()
    return first if len(words) <= 20 else " ".join(words[:16]) + " …"


def read_file(path: Path) -> Iterator[Article]:
    for n, line in enumerate(decode(path.read_bytes()).split("\n"), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{n}"
        try:
            yield parse_record(json.loads(line), origin=origin)
        except json.JSONDecodeError as exc:
            yield Failure(origin, f"not valid JSON ({exc.msg})")
        except IngestError as exc:
            yield Failure(origin, str(exc))
