"""JSON Lines: one article per line.

Each record has an "id" and either "text" (plain text) or "html" (a web page,
read like an .html file), with optional "title", "url", "published",
"source", "author"; other fields are ignored. A line that is not a valid
record fails alone; the file's other records are still read. The file is
read line by line, so a large file never sits in memory whole.

A record without a title gets its first line as the title, but that line
stays in the body: in a JSON record the text is all content (a one-sentence
record keeps its sentence).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from reporter.ingest.clean import clean_article
from reporter.ingest.decode import DecodeError, decode, sniff_binary
from reporter.ingest.errors import Failure, IngestError
from reporter.ingest.limits import DEFAULT_LIMITS, size
from reporter.model import Article, SourceNote

METADATA = ("url", "published", "source", "author")
MAX_LINE_BYTES = DEFAULT_LIMITS.max_bytes
_CHUNK = 1 << 20


def parse_record(record: object, *, origin: str) -> Article:
    if not isinstance(record, dict):
        raise IngestError("record is not a JSON object")
    if "id" not in record or record["id"] in (None, "") or isinstance(record["id"], (dict, list)):
        raise IngestError('record has no "id"')
    rid = str(record["id"])
    meta = {k: str(record[k]).strip() for k in METADATA
            if record.get(k) not in (None, "") and not isinstance(record[k], (dict, list))}
    if meta.get("published"):
        meta["published"] = _iso_date(meta["published"])
        if not meta["published"]:
            del meta["published"]
    title = record.get("title")
    title = " ".join(title.split()) if isinstance(title, str) else ""
    text = record.get("text")
    if not (isinstance(text, str) and text.strip()):
        markup = record.get("html")
        if isinstance(markup, str) and markup.strip():
            from reporter.ingest.html import parse_html

            return parse_html(markup, id=rid, origin=origin, url=meta.get("url"),
                              title=title or None, metadata=meta)
        raise IngestError('record has no "text" (or "html")')
    notes = []
    title_in_body = not title
    if not title:
        title = _headline(text)
        notes.append(SourceNote("title", "record has no title; its first line is used"))
    article = Article(id=rid, title=title, text=text, origin=origin, notes=notes, **meta)
    return clean_article(article, title_in_body=title_in_body)


def _iso_date(value: str) -> str | None:
    """The YYYY-MM-DD date of an ISO date or timestamp; None for anything else."""
    from datetime import date

    head = value.strip()[:10]
    try:
        return date.fromisoformat(head).isoformat()
    except ValueError:
        return None


def _headline(text: str) -> str:
    """A title for a record that has none: its first line, shortened if it is long."""
    first = next(line for line in text.split("\n") if line.strip()).strip()
    words = first.split()
    return " ".join(words) if len(words) <= 20 else " ".join(words[:16]) + " …"


def bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """The lines of a byte stream, none held in memory beyond `max_bytes` + 1 bytes.

    A longer line is yielded as its first `max_bytes + 1` bytes (so the caller
    sees it is over the limit) and the rest of it is skipped in chunks.
    """
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line


def read_lines(lines: Iterable[bytes], name: str, *, max_bytes: int = MAX_LINE_BYTES
               ) -> Iterator[Article | Failure]:
    """The records of a JSON Lines stream; `name` is used in origins ("name:LINE")."""
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        origin = f"{name}:{n}"
        if len(raw) > max_bytes:
            yield Failure(origin, f"record too large (over the {size(max_bytes)} limit)")
            continue
        try:
            line = decode(raw)
            yield parse_record(json.loads(line), origin=origin)
        except json.JSONDecodeError as exc:
            yield Failure(origin, f"not valid JSON at column {exc.colno}: {exc.msg}")
        except (IngestError, UnicodeDecodeError, RecursionError) as exc:
            yield Failure(origin, str(exc) or exc.__class__.__name__)


def read_file(path: Path, *, max_bytes: int = MAX_LINE_BYTES) -> Iterator[Article | Failure]:
    """The records of a .jsonl file; each record (line) may be up to `max_bytes` long."""
    with path.open("rb") as fh:
        head = fh.read(8192)
        kind = sniff_binary(head)
        if kind or (b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))):
            raise IngestError(f"binary file ({kind or 'NUL bytes'}), not JSON Lines")
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            # UTF-16 JSON Lines cannot be split on b"\n"; decode it whole.
            fh.seek(0)
            data = fh.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise IngestError(f"UTF-16 JSON Lines file too large (over the "
                                  f"{size(max_bytes)} limit; save it as UTF-8 to stream it)")
            try:
                text = decode(data)
            except DecodeError as exc:
                raise IngestError(str(exc)) from None
            yield from read_lines((line.encode("utf-8") for line in text.split("\n")), str(path),
                                  max_bytes=max_bytes)
            return
        fh.seek(0)
        yield from read_lines(bounded_lines(fh, max_bytes), str(path), max_bytes=max_bytes)
