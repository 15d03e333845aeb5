"""The JSON analysis: deterministic bytes for the same input."""

from __future__ import annotations

import json

from reporter.model import Briefing


def to_json(briefing: Briefing, *, indent: int | None = 2) -> str:
    """The analysis as JSON text; `indent=None` gives one line (for JSON Lines)."""
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(briefing.to_dict(), ensure_ascii=False, indent=indent,
                      separators=separators)
