"""Render one briefing in each requested format, and write the files atomically.

`render_formats` is the one place formats are rendered (in memory): a build
in one process writes its result with `write_rendered`, and worker processes
(reporter.engine) send the same bytes back to be written the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reporter.model import Briefing
from reporter.output import atomic_write, inside

EXTENSIONS = {"html": "html", "pdf": "pdf", "md": "md", "json": "json"}


def render_formats(briefing: Briefing, formats: Sequence[str], *, page_size: str = "A4",
                   templates: str | None = None, notes: str | None = None) -> dict[str, bytes]:
    """{format: bytes}, in the order of `formats`.

    `notes` is the analyst's Markdown (see render/notes.py), shown in every format.
    """
    from reporter.render.html import render_html
    from reporter.render.json import to_json
    from reporter.render.markdown import render_markdown
    from reporter.render.notes import render_notes

    notes_html = render_notes(notes) if notes else None
    pdf = None
    if "pdf" in formats:  # begun first: a PDF helper process may lay it out meanwhile
        from reporter.render.pdf import start_pdf

        pdf = start_pdf(briefing, page_size=page_size, templates=templates,
                        notes_html=notes_html)
    rendered: dict[str, bytes] = {}
    for fmt in formats:
        if fmt == "json":
            data: str | bytes = to_json(briefing) + "\n"
        elif fmt == "md":
            data = render_markdown(briefing, templates=templates, notes=notes)
        elif fmt == "html":
            data = render_html(briefing, templates=templates, notes_html=notes_html)
        elif fmt == "pdf" and pdf is not None:
            data = pdf()
        else:
            raise ValueError(f"unknown format {fmt!r}")
        rendered[fmt] = data.encode("utf-8") if isinstance(data, str) else data
    return rendered


def write_rendered(rendered: dict[str, bytes], folder: Path, slug: str) -> list[Path]:
    """Write each rendered format atomically as `folder/slug.ext`; the paths, in order."""
    written = []
    for fmt, data in rendered.items():
        path = inside(folder, f"{slug}.{EXTENSIONS.get(fmt, fmt)}")
        atomic_write(path, data)
        written.append(path)
    return written


def write_briefing(briefing: Briefing, folder: Path, slug: str, formats: Sequence[str],
                   **options) -> list[Path]:
    """Render each format (options as for `render_formats`) and write it; the paths written."""
    return write_rendered(render_formats(briefing, formats, **options), folder, slug)
