"""The Markdown briefing, for wikis, tickets and plain-text mail."""

from __future__ import annotations

import re

from reporter.model import Briefing
from reporter.render.context import build_context
from reporter.render.environment import environment


def render_markdown(briefing: Briefing, *, templates: str | None = None) -> str:
    text = environment(templates).get_template("briefing.md.j2").render(build_context(briefing))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
