"""Write one briefing in each requested format, atomically, named by its slug."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reporter.model import Briefing
from reporter.output import atomic_write, inside

EXTENSIONS = {"html": "html", "pdf": "pdf", "md": "md", "json": "json"}


def write_briefing(briefing: Briefing, folder: Path, slug: str, formats: Sequence[str],
                   *, page_size: str = "A4") -> list[Path]:
    """Render and write each format; returns the paths written, in format order."""
    from reporter.render.html import render_html
    from reporter.render.json import to_json
    from reporter.render.markdown import render_markdown

    written = []
    html = None
    for fmt in formats:
        path = inside(folder, f"{slug}.{EXTENSIONS[fmt]}")
        if fmt == "json":
            data: str | bytes = to_json(briefing) + "\n"
        elif fmt == "md":
            data = render_markdown(briefing)
        elif fmt == "html":
            html = html or render_html(briefing)
            data = html
        else:
            from reporter.render.pdf import render_pdf

            data = render_pdf(briefing, page_size=page_size)
        atomic_write(path, data)
        written.append(path)
    return written
