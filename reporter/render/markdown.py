"""The Markdown briefing, for wikis, tickets and plain-text mail."""

from __future__ import annotations

import re

from reporter.model import Briefing
from reporter.render.context import build_context
from reporter.render.environment import environment


def render_markdown(briefing: Briefing, *, templates: str | None = None,
                    notes: str | None = None) -> str:
    """`notes` (the analyst's Markdown) is kept as Markdown, with raw HTML neutralised."""
    context = build_context(briefing)
    if notes:  # headings go below the briefing's own "## Analyst notes"
        notes = re.sub(r"(?m)^(#{1,4})(?=\s)", r"##\1", notes.replace("<", "&lt;")).strip()
    context["notes_md"] = notes or None
    text = environment(templates).get_template("briefing.md.j2").render(context)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
