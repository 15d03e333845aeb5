"""Markdown articles (.md): markdown-it-py, with YAML front matter for metadata.

Front matter keys read: title, source (or publisher/site), url (or link),
published (or date), author (or authors, a list). Without a title in the
front matter, the first heading is the title (and leaves the body); without
any heading, the first line is. Headings, paragraphs, list items, block
quotes and table rows each become one paragraph of plain text: emphasis,
links and inline code keep their words, images and raw HTML tags go.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from collections.abc import Iterator
from pathlib import Path

from reporter.ingest.clean import clean_article
from reporter.ingest.decode import decode
from reporter.ingest.errors import IngestError
from reporter.model import Article, SourceNote

FIELDS = {
    "title": ("title", "headline"),
    "source": ("source", "publisher", "site", "sitename"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "pubdate", "published_at"),
    "author": ("author", "authors", "byline"),
}
_TAGS = re.compile(r"<[^<>]*>")  # [^<>]: linear even on "<<<<..."


def _parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    return md.use(front_matter_plugin)


def _inline_text(token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        # html_inline tags and images carry no article words: skipped.
    return " ".join(htmllib.unescape("".join(parts)).split())


MAX_FRONT_MATTER = 64_000


def _loader():
    """yaml.SafeLoader without aliases: `*ref` lets a few lines expand to billions of items."""
    import yaml

    class NoAliases(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(None, None, "aliases are not allowed",
                                                  event.start_mark)
            return super().compose_node(parent, index)

    return NoAliases


def _front_matter(content: str, notes: list[SourceNote]) -> dict[str, str]:
    import yaml

    if len(content) > MAX_FRONT_MATTER:
        notes.append(SourceNote("front-matter", "front matter too long; ignored"))
        return {}
    try:
        data = yaml.load(content, Loader=_loader())  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        notes.append(SourceNote("front-matter", f"front matter is not valid YAML{where}; ignored"))
        return {}
    if not isinstance(data, dict):
        return {}
    lowered = {str(k).lower(): v for k, v in data.items()}
    meta: dict[str, str] = {}
    for field, keys in FIELDS.items():
        for key in keys:
            value = lowered.get(key)
            if value in (None, "", []):
                continue
            if isinstance(value, (list, tuple)):
                value = ", ".join(str(v) for v in value if v not in (None, ""))
            elif isinstance(value, dict):
                value = value.get("name") or ""
            if field == "published":
                value = _iso_date(value)
            if value:
                meta[field] = " ".join(str(value).split())
                break
    return meta


def _iso_date(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        return None


def parse_markdown(raw: str, *, id: str, origin: str) -> Article:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if not raw.strip():
        raise IngestError("empty input (no text)")
    notes: list[SourceNote] = []
    meta: dict[str, str] = {}
    lines: list[str] = []
    heading_title: str | None = None
    row: list[str] | None = None
    in_heading = False
    for token in _parser().parse(raw):
        kind = token.type
        if kind == "front_matter":
            meta = _front_matter(token.content, notes)
        elif kind == "heading_open":
            in_heading = True
        elif kind == "heading_close":
            in_heading = False
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            if row and any(row):
                lines.append(" | ".join(cell for cell in row if cell))
            row = None
        elif kind == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text)
            elif in_heading and heading_title is None and "title" not in meta and text:
                heading_title = text  # the title, not a body paragraph
            elif text:
                lines.append(text)
        elif kind in ("fence", "code_block"):
            code = " ".join(token.content.split())
            if code:
                lines.append(code)
        elif kind == "html_block":
            text = " ".join(htmllib.unescape(_TAGS.sub(" ", token.content)).split())
            if text and not token.content.lstrip().startswith("<!--"):
                lines.append(text)
    title = meta.pop("title", None) or heading_title
    if not title:
        if not lines:
            raise IngestError("empty input (no text)")
        title = lines.pop(0)
        notes.append(SourceNote("title", "no title or heading; the first line is used"))
    if not any(lines):
        raise IngestError("no article text below the title")
    article = Article(id=id, title=title, text="\n".join(lines), origin=origin, notes=notes,
                      **meta)
    return clean_article(article)


def read_file(path: Path) -> Iterator[Article]:
    yield parse_markdown(decode(path.read_bytes()), id=path.stem, origin=str(path))
