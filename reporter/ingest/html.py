"""Saved web pages (.html, .htm): main text and metadata through trafilatura.

Trafilatura is run for precision first (it drops more boilerplate); when that
pass collapses to a small part of what the default pass finds, the page's
structure misled it and the default (recall-leaning) text is used instead.
Paragraphs come out one per line and become blank-line separated paragraphs
after cleaning. A body that the page splits into several sibling containers
(around ads) is joined again. Comments below the article are never part of the text.

Metadata: title (trafilatura, then og:title / <title> / first <h1>, then the
first line of the text, so every page has a title), author, publication
date, site name (-> source) and canonical url.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator
from pathlib import Path

from reporter.ingest.clean import clean_article
from reporter.ingest.decode import decode
from reporter.ingest.errors import IngestError
from reporter.model import Article, SourceNote

# When the precision pass keeps less than this share of the default pass's
# words, it has thrown the article away with the boilerplate.
COLLAPSE_RATIO = 0.3
MAX_BYTES = 20_000_000
# A sibling body container counts when it holds at least this much.
SPLIT_MIN_PARAGRAPHS = 2
SPLIT_MIN_WORDS = 30

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_META_TITLE = re.compile(
    r"""(?:property|name)\s*=\s*["'](?:og:title|twitter:title)["']""", re.I
)
_CONTENT = re.compile(r"""content\s*=\s*(["'])(.*?)\1""", re.I | re.S)
# Bounds for the title fallback: it looks at the head of the page, a few tags
# at most, each of bounded length, so no page can make it slow.
SCAN_CHARS = 200_000
MAX_TAGS = 50
MAX_TAG_CHARS = 2_000
MAX_ELEMENT_CHARS = 5_000
_TAGS = re.compile(r"<[^<>]*>")  # [^<>]: linear even on "<<<<..."
_ROLE = re.compile(r"\b(writer|correspondent|reporter|editor|staff|contributor|columnist)s?\b",
                   re.I)
_TITLE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]{2,40}$")


def _extract(markup: str, url: str | None, **options):
    import trafilatura

    return trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=True,
        deduplicate=False, **options,
    )


def _norm(text: str) -> str:
    return " ".join(text.split())


def rejoin_split_body(markup: str, text: str) -> tuple[str, int]:
    """Add the body parts a page split into sibling containers around ads or widgets.

    Many CMSs cut one article into several elements of the same tag and class
    (`<div class="article__body">` ... ad ... `<div class="article__body">`);
    the extractor keeps the first. The container holding most of the
    extracted paragraphs is found in the page, and the paragraphs of every
    other element of its tag and class are added in document order (each
    such element only when it carries real paragraphs, not a one-line
    widget). Returns the text and the number of words added.
    """
    import lxml.html

    have = {_norm(line) for line in text.split("\n") if line.strip()}
    try:
        # the bytes are UTF-8 whatever the page declares: libxml2 reads undeclared
        # bytes (an HTML5 <meta charset>, which it does not honour) as Latin-1
        parser = lxml.html.HTMLParser(encoding="utf-8")
        tree = lxml.html.fromstring(markup.encode("utf-8"), parser=parser)
    except Exception:
        return text, 0
    parents: dict = {}
    for p in tree.iter("p"):
        if _norm(p.text_content()) in have:
            parent = p.getparent()
            parents[parent] = parents.get(parent, 0) + 1
    if not parents:
        return text, 0
    container, count = max(parents.items(), key=lambda item: item[1])
    cls = container.get("class")
    if not cls or count < 2:
        return text, 0
    ancestors = set(container.iterancestors())
    segments, added = [], 0
    for el in tree.iter(container.tag):
        if el is container:
            segments.append(text)
            continue
        if el.get("class") != cls or el in ancestors or container in set(el.iterancestors()):
            continue
        if _hidden(el):  # an ad-blocker notice or a template the page never shows
            continue
        new = [t for t in (_norm(p.text_content()) for p in el.iter("p"))
               if t and t not in have and len(t.split()) >= 3]
        words = sum(len(t.split()) for t in new)
        if len(new) >= SPLIT_MIN_PARAGRAPHS and words >= SPLIT_MIN_WORDS:
            segments.append("\n".join(new))
            have.update(new)
            added += words
    return ("\n".join(segments), added) if added else (text, 0)


_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(element) -> bool:
    """Whether the page hides `element` itself or through an ancestor (inline style,
    the `hidden` attribute or aria-hidden): a reader never sees its text."""
    for el in (element, *element.iterancestors()):
        if el.get("hidden") is not None or el.get("aria-hidden") == "true":
            return True
        if _DISPLAY_NONE.search(el.get("style") or ""):
            return True
    return False


def _strip_tags(fragment: str) -> str:
    return " ".join(htmllib.unescape(_TAGS.sub(" ", fragment)).split())


def _tags(lower: str, name: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the first MAX_TAGS opening tags `<name ...>` in `lower`."""
    pos = 0
    for _ in range(MAX_TAGS):
        start = lower.find(f"<{name}", pos)
        if start < 0:
            return
        pos = start + len(name) + 1
        if pos < len(lower) and (lower[pos].isalnum() or lower[pos] in "-_:"):
            continue  # <titles>, <h10> ...: another tag
        end = lower.find(">", pos, pos + MAX_TAG_CHARS)
        if end >= 0:
            yield start, end + 1


def _element_text(markup: str, lower: str, name: str) -> str | None:
    for _start, end in _tags(lower, name):
        close = lower.find(f"</{name}", end, end + MAX_ELEMENT_CHARS)
        if close >= 0 and _strip_tags(markup[end:close]):
            return _strip_tags(markup[end:close])
    return None


def fallback_title(markup: str) -> str | None:
    """A title from the page's own markup when trafilatura found none.

    og:title / twitter:title, then the first <h1>, then <title> (without the
    site name). Plain string searches over the head of the page with bounded
    tags: linear time whatever the markup.
    """
    head = markup[:SCAN_CHARS]
    lower = head.lower()
    for start, end in _tags(lower, "meta"):
        tag = head[start:end]
        if _META_TITLE.search(tag):
            content = _CONTENT.search(tag)
            if content and content.group(2).strip():
                return _strip_tags(content.group(2))
    h1 = _element_text(head, lower, "h1")
    if h1:
        return h1
    title = _element_text(head, lower, "title")
    return _TITLE_SUFFIX.sub("", title) if title else None


def _author(author: str | None, sitename: str | None) -> str | None:
    if not author:
        return None
    site = (sitename or "").strip().lower()
    parts = [p.strip() for p in re.split(r"\s*;\s*", author) if p.strip()]
    parts = [p for p in parts if p.lower() != site and not p.lower().startswith("http")
             and not _ROLE.search(p)]
    return "; ".join(dict.fromkeys(parts)) or None


def parse_html(markup: str, *, id: str, origin: str, url: str | None = None,
               title: str | None = None, metadata: dict | None = None) -> Article:
    """The article a web page holds; raises IngestError when it holds none."""
    if not markup.strip():
        raise IngestError("empty input (no text)")
    if "<" not in markup:
        raise IngestError("not an HTML page (no markup)")
    try:
        precise = _extract(markup, url, favor_precision=True)
        default = _extract(markup, url)
    except Exception as exc:  # lxml/trafilatura on hostile or broken markup
        raise IngestError(f"cannot parse the HTML page ({exc.__class__.__name__})") from None
    doc = precise
    notes: list[SourceNote] = []
    if default is not None and (doc is None or not (doc.text or "").strip()
                                or len((doc.text or "").split())
                                < COLLAPSE_RATIO * len((default.text or "").split())):
        doc = default
        if precise is not None:
            notes.append(SourceNote("extraction",
                                    "precise extraction kept too little; used the fuller one"))
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise IngestError("no article text found in the HTML page")
    text, added = rejoin_split_body(markup, text)
    if added:
        notes.append(SourceNote("extraction",
                                f"article body split across the page; {added} words rejoined"))

    meta = dict(metadata or {})
    page_title = title or (doc.title or "").strip() or fallback_title(markup)
    if not page_title:
        page_title = _first_line(text)
        notes.append(SourceNote("title", "page has no title; first line of the text used"))
    published = meta.get("published") or doc.date
    if published and not _ISO_DATE.match(str(published)):
        published = None
    article = Article(
        id=id,
        title=" ".join(page_title.split()),
        text=text,
        source=meta.get("source") or (doc.sitename or None),
        url=meta.get("url") or url or (doc.url or None),
        published=str(published)[:10] if published else None,
        author=meta.get("author") or _author(doc.author, doc.sitename),
        origin=origin,
        notes=notes,
    )
    return clean_article(article)


def _first_line(text: str) -> str:
    first = next(line for line in text.split("\n") if line.strip()).strip()
    words = first.split()
    return first if len(words) <= 20 else " ".join(words[:16]) + " …"


def read_file(path: Path) -> Iterator[Article]:
    if path.stat().st_size > MAX_BYTES:
        raise IngestError(f"file too large ({path.stat().st_size // 1_000_000} MB; "
                          f"limit {MAX_BYTES // 1_000_000} MB)")
    yield parse_html(decode(path.read_bytes(), html=True), id=path.stem, origin=str(path))
