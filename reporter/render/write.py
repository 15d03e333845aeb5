"""Write one briefing in each requested format, atomically, named by its slug."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reporter.model import Briefing
from reporter.output import atomic_write, inside

EXTENSIONS = {"html": "html", "pdf": "pdf", "md": "md", "json": "json"}


def write_briefing(briefing: Briefing, folder: Path, slug: str, formats: Sequence[str],
                   *, page_size: str = "A4", templates: str | None = None,
                   notes: str | None = None) -> list[Path]:
    """Render and write each format; returns the paths written, in format order.

    `notes` is the analyst's Markdown (see render/notes.py), shown in every format.
    """
    from reporter.render.html import render_html
    from reporter.render.json import to_json
    from reporter.render.markdown import render_markdown
    from reporter.render.notes import render_notes

    notes_html = render_notes(notes) if notes else None
    pdf = None
    if "pdf" in formats:  # begun first: a PDF helper process lays it out meanwhile
        from reporter.render.pdf import start_pdf

        pdf = start_pdf(briefing, page_size=page_size, templates=templates,
                        notes_html=notes_html)
    written = []
    for fmt in formats:
        path = inside(folder, f"{slug}.{EXTENSIONS[fmt]}")
        if fmt == "json":
            data: str | bytes = to_json(briefing) + "\n"
        elif fmt == "md":
            data = render_markdown(briefing, templates=templates, notes=notes)
        elif fmt == "html":
            data = render_html(briefing, templates=templates, notes_html=notes_html)
        else:
            assert pdf is not None
            data = pdf()
        atomic_write(path, data)
        written.append(path)
    return written
