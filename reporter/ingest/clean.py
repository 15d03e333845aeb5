"""Generic cleaning of scraped article text.

Scraped wire copy carries noise that would otherwise be analysed as content:
the headline repeated as body lines, server-side include errors, "Related
news" / "Read more" / share trailers. Each step removes whole lines only and
records what it removed as a SourceNote, so the briefing can say what was
dropped; analysis then runs on the cleaned text, so every offset in the
analysis points into `Article.text`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reporter.model import Article, SourceNote

# Error strings that web servers and template engines leave in scraped pages.
ERROR_PATTERNS = [
    re.compile(p, re.I)
    for p in (
        r"\[an error occurred while processing (this|the) directive\]",
        r"^\s*(warning|notice|fatal error|parse error)\s*:.*\bon line\b\s*\d+",
        r"^\s*(internal server error|404 not found|403 forbidden|page not found)\s*\.?\s*$",
        r"\{\{\s*[\w.]+\s*\}\}|\{%\s*\w+.*?%\}",
        r"^\s*(undefined|null|NaN|\[object Object\])\s*$",
        r"^\s*javascript (is )?(required|disabled)\b.*$",
    )
]

# Lines that start a trailer of links and promotions: everything from such a
# line to the end of the text is dropped when it sits in the last part.
TRAILER_START = re.compile(
    r"^\s*(related (news|stories|articles|coverage|content|posts|links)|read more|more on this"
    r"( story| topic)?|read (also|next)|see also|you (may|might) also (like|be interested in)"
    r"|recommended( for you| stories)?|most (read|popular|viewed)|share (this|on)( article| story)?"
    r"|sign up for (our|the)\b.*newsletter.*|subscribe to (our|the)\b.*|follow us on\b.*"
    r"|trending( now)?|more from\b.*|also read|top stories|latest news"
    r"|comments?( \(\d+\))?|leave a (comment|reply))\s*[:.!]?\s*$",
    re.I,
)
TRAILER_MAX_WORDS = 40  # a trailer line is short; a real paragraph is not a trailer
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def clean_article(article: Article) -> Article:
    """The article with noise removed from its body and each removal noted."""
    notes = list(article.notes)
    text = _CONTROL.sub("", _ZERO_WIDTH.sub("", article.text))
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]

    title_key = _key(article.title)
    kept: list[str] = []
    repeats = 0
    for line in lines:
        if title_key and _key(line) == title_key:
            repeats += 1
            continue
        kept.append(line)
    if repeats and any(line for line in kept):
        notes.append(SourceNote("removed-headline",
                                f"headline repeated in the body {repeats}× — removed"))
        lines = kept

    kept = []
    for line in lines:
        stripped = line
        for pattern in ERROR_PATTERNS:
            stripped, n = pattern.subn("", stripped)
            if n:
                notes.append(SourceNote("removed-error",
                                        f"server or template error string removed: {line[:80]!r}"))
        if stripped.strip() or not line:
            kept.append(stripped.strip() if stripped != line else line)
    lines = kept

    lines, trailer = _drop_trailer(lines)
    if trailer:
        notes.append(SourceNote("removed-trailer",
                                "trailer removed: " + " / ".join(trailer)[:120]))

    body = "\n\n".join(_paragraphs(lines))
    return replace(article, text=body, notes=notes)


def _drop_trailer(lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut from the first trailer heading in the text's last third to the end."""
    content = [n for n, line in enumerate(lines) if line]
    if len(content) < 2:
        return lines, []
    cutoff = content[len(content) * 2 // 3] if len(content) >= 3 else content[-1]
    for n in content:
        if n < cutoff and n != content[-1]:
            continue
        line = lines[n]
        if TRAILER_START.match(line) and len(line.split()) <= TRAILER_MAX_WORDS:
            removed = [x for x in lines[n:] if x]
            if any(lines[:n]):
                return lines[:n], removed
    return lines, []


def _paragraphs(lines: list[str]) -> list[str]:
    """One paragraph per non-empty line, joined by blank lines in the cleaned text."""
    return [line for line in lines if line]
