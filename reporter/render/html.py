"""The self-contained HTML briefing: one file, CSS inline, no network resources."""

from __future__ import annotations

from reporter.model import Briefing
from reporter.render.context import build_context
from reporter.render.environment import environment

PAGE_SIZES = ("A4", "Letter")


def render_html(briefing: Briefing, *, medium: str = "screen", templates: str | None = None,
                notes_html: str | None = None, page_size: str = "A4") -> str:
    """`medium="print"` gives the variant WeasyPrint lays out (print CSS, no dark mode,
    pages of `page_size`: A4 or Letter)."""
    context = build_context(briefing, notes_html=notes_html)
    context["medium"] = medium
    context["page_size"] = _page_size(page_size)
    return environment(templates).get_template("briefing.html.j2").render(context)


def _page_size(name: str) -> str:
    for size in PAGE_SIZES:
        if name.lower() == size.lower():
            return size
    raise ValueError(f"page size {name!r}: choose one of {', '.join(PAGE_SIZES)}")
