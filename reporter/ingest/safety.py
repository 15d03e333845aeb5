"""The last check on every article before analysis: limits, emptiness, metadata, language.

Readers turn bytes into an Article; this module makes sure what they hand on
is safe to analyse and to render whatever the input was:

- lone surrogates (from JSON escapes) become U+FFFD, so every output can be encoded;
- the body has words (a title alone, or a body of symbols, is no article) and
  is within `Limits.max_chars`;
- title, id and metadata are single lines of text without control or
  zero-width characters, of bounded length (a title is shortened, never
  refused; without one, the body's first words stand in);
- the article's link is kept only when it is a plain http(s) URL, so no
  `javascript:`, `data:` or `file:` link (nor one smuggling markup) reaches
  any output;
- the text is English, unless the caller allows any language; then a note
  says the analysis ran on another language.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from reporter.ingest.errors import Failure
from reporter.ingest.language import describe, detect
from reporter.ingest.limits import DEFAULT_LIMITS, Limits
from reporter.model import Article, SourceNote

#: Appended to the "not English" reason; names the CLI flag that overrides the check.
LANGUAGE_HINT = "use --any-language to analyse it anyway"
MAX_META = 300
MAX_URL = 2048
MAX_ID = 200

# C0/C1 controls (line breaks included: metadata is one line), zero-width and
# bidirectional formatting characters (which can disguise a title), BOMs.
_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
    "\ufff9-\ufffb]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UNSAFE_URL = re.compile(r"""[\s<>"'`\\{}|^\x00-\x1f\x7f]""")


def one_line(value: str, limit: int = MAX_META) -> str:
    """`value` as one line of visible text, at most `limit` characters (cut at a word)."""
    text = " ".join(_INVISIBLE.sub(" ", value).split())
    if len(text) > limit:
        cut = text[:limit - 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2:] else cut) + "…"
    return text


def safe_url(url: str | None) -> str | None:
    """`url` when it is a plain absolute http(s) URL, else None."""
    if not url:
        return None
    url = url.strip()
    if len(url) > MAX_URL or _UNSAFE_URL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def check_article(article: Article, limits: Limits = DEFAULT_LIMITS, *,
                  any_language: bool = False) -> Article | Failure:
    """The article made safe to analyse, or a Failure saying why it cannot be."""
    origin = article.origin or article.id
    # lone surrogates (a JSON "\\ud800") cannot be encoded: U+FFFD, one for one
    article = replace(article, **{key: _SURROGATE.sub("\ufffd", value) for key in
                                  ("id", "title", "text", "source", "author", "url")
                                  if isinstance(value := getattr(article, key), str)})
    text = article.text
    if not _has_words(text):
        what = "only a title, no article text" if _has_words(article.title) else "no text"
        return Failure(origin, f"empty input ({what})")
    if len(text) > limits.max_chars:
        return Failure(origin, f"article text too long ({len(text):,} characters; the limit "
                               f"is {limits.max_chars:,})")
    notes = list(article.notes)
    title = one_line(article.title, limits.max_title)
    if not _has_words(title):
        title = one_line(" ".join(text[:2000].split()[:12]), limits.max_title)
        notes.append(SourceNote("title", "no usable title; the first words of the text are used"))
    meta = {}
    for key in ("source", "author", "published"):
        value = getattr(article, key)
        if value is not None:
            meta[key] = one_line(str(value)) or None
    if meta.get("published") and not _ISO_DATE.fullmatch(meta["published"]):
        meta["published"] = None
    url = safe_url(article.url)
    if article.url and url is None:
        notes.append(SourceNote("url", "the article's link was dropped: not a plain http(s) URL"))
    ident = one_line(str(article.id), MAX_ID) or "article"
    if not any_language:
        verdict = detect(text)
        if not verdict.english:
            return Failure(origin, f"{describe(verdict)}; {LANGUAGE_HINT}")
    else:
        verdict = detect(text)
        if not verdict.english:
            notes.append(SourceNote("language", f"{describe(verdict)}: analysed on request; "
                                                "the English model may misread it"))
    return replace(article, id=ident, title=title, url=url, notes=notes, **meta)
