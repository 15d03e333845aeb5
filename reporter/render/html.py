"""The self-contained HTML briefing: one file, CSS inline, no network resources."""

from __future__ import annotations

from reporter.model import Briefing
from reporter.render.context import build_context
from reporter.render.environment import environment


def render_html(briefing: Briefing, *, medium: str = "screen", templates: str | None = None,
                notes_html: str | None = None) -> str:
    """`medium="print"` gives the variant WeasyPrint lays out (print CSS, no dark mode)."""
    context = build_context(briefing, notes_html=notes_html)
    context["medium"] = medium
    return environment(templates).get_template("briefing.html.j2").render(context)
