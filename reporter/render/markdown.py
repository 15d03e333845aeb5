"""The Markdown briefing, for wikis, tickets and plain-text mail.

Article text reaches the Markdown through the `md` filter (syntax escaped,
see environment.py). The analyst's notes stay Markdown, but are held to the
same rules as in HTML: no raw HTML, no images, links only to http(s),
mailto and in-page anchors. A real parser checks the result; if anything
unsafe is left, the notes are shown as escaped text instead.
"""

from __future__ import annotations

import re

from reporter.model import Briefing
from reporter.render.context import build_context
from reporter.render.environment import environment, md_escape
from reporter.render.notes import SAFE_LINK_PREFIXES

_URL = r"((?:[^()\s>]|\([^()\s]*\))*)"  # a link destination, one level of parentheses
_IMAGE = re.compile(r"!\[([^\]]*)\](\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\]]*)\]\([ \t]*<?" + _URL + r">?(?:[^()]|\([^()]*\))*\)")
_REFERENCE = re.compile(r"(?m)^ {0,3}\[[^\]]+\]:[ \t]*<?(\S*?)>?([ \t].*)?$")
_SAFE_URL = re.compile(r"(?i)^https?://[^\s<>\"]+$")


def _safe(url: str) -> bool:
    return url.strip().lower().startswith(SAFE_LINK_PREFIXES)


def safe_notes(notes: str) -> str:
    """The notes as Markdown with images, raw HTML and unsafe links taken out."""
    text = notes.replace("<", "&lt;")
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(0) if _safe(m.group(2)) else m.group(1), text)
    text = _REFERENCE.sub(lambda m: m.group(0) if _safe(m.group(1)) else "", text)
    text = re.sub(r"(?m)^(#{1,4})(?=\s)", r"##\1", text).strip()  # below "## Analyst notes"
    return text if not _unsafe(text) else md_escape(notes)


def _unsafe(markdown: str) -> bool:
    """Whether a permissive Markdown renderer would make raw HTML, an image or a bad link."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True})
    md.validateLink = lambda url: True
    for block in md.parse(markdown):
        for token in [block, *(block.children or [])]:
            if token.type in ("html_block", "html_inline", "image"):
                return True
            if token.type == "link_open" and not _safe(str(token.attrs.get("href", ""))):
                return True
    return False


def safe_url(url: str | None) -> str:
    """An http(s) URL fit for a Markdown autolink, or "" (javascript:, data:, tabs...)."""
    from urllib.parse import quote

    if not url or not _SAFE_URL.match(url.strip()):
        return ""
    return quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%~-._")


def render_markdown(briefing: Briefing, *, templates: str | None = None,
                    notes: str | None = None) -> str:
    context = build_context(briefing)
    context["notes_md"] = safe_notes(notes) if notes else None
    context["article_link"] = safe_url(briefing.article.url)
    text = environment(templates).get_template("briefing.md.j2").render(context)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
