"""Analyst notes: the analyst's own Markdown, shown in the briefing.

markdown-it-py renders it with raw HTML and images disabled, and links are
limited to http(s), mailto and in-page anchors, so a notes file can never
inject script, load a remote resource or add a javascript:/file: link to a
briefing that is mailed or published. Headings are shifted below the
briefing's own section headings to keep the outline in order.
"""

from __future__ import annotations

import re
from pathlib import Path

from markupsafe import Markup

SAFE_LINK_PREFIXES = ("http://", "https://", "mailto:", "#")
NOTES_SUFFIX = ".notes.md"
HEADING_SHIFT = 2  # notes' "# Heading" becomes an <h3> inside the notes section


def _parser():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": True})
    md.enable(["table", "strikethrough"])
    md.disable(["image"])
    md.validateLink = lambda url: url.strip().lower().startswith(SAFE_LINK_PREFIXES)
    return md


def render_notes(text: str) -> Markup:
    """Notes Markdown as HTML that is safe to place in a briefing."""
    md = _parser()
    tokens = md.parse(text)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(6, int(token.tag[1]) + HEADING_SHIFT)}"
    return Markup(md.renderer.render(tokens, md.options, {}))


def notes_beside(origin: str) -> Path | None:
    """The notes an analyst keeps beside an article file: `story.txt` -> `story.notes.md`.

    Records of a JSON Lines file (origin 'batch.jsonl:3') have no notes of their own.
    """
    if re.search(r":\d+$", origin) or origin in ("", "-", "<stdin>"):
        return None
    path = Path(origin)
    candidate = path.with_name(path.name.split(".")[0] + NOTES_SUFFIX)
    return candidate if candidate.is_file() and candidate != path else None
