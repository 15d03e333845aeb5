"""What a worker does with each Briefing besides analysing it: picklable render tasks.

A task runs where the article was analysed (a worker process, a Dask
worker), so the expensive rendering (WeasyPrint's PDF above all) is spread
over the cores too; only the rendered bytes travel back to the process that
writes the files (`write_rendered`), so Dask workers need no shared disk.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reporter.model import Article, Briefing

_SCRATCH = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


@dataclass(frozen=True)
class ToJson:
    """The analysis as JSON text (`indent=None`: one line, for JSON Lines)."""

    indent: int | None = 2

    def warm(self) -> None:
        import reporter.render.json  # noqa: F401

    def __call__(self, briefing: Briefing, article: Article | None = None) -> str:
        from reporter.render.json import to_json

        return to_json(briefing, indent=self.indent)


@dataclass(frozen=True)
class RenderFormats:
    """Every requested format rendered in memory: {format: bytes}, in format order.

    It renders through `reporter.render.write.write_briefing` itself (into a
    scratch folder), so the files are exactly what a build in one process
    writes. `options(article)` gives write_briefing's keyword arguments for
    one article (page size, templates, analyst notes ...).
    """

    formats: tuple[str, ...]
    options: Callable[[Article], dict[str, Any]] | None = None

    def warm(self) -> None:
        import reporter.render.html
        import reporter.render.json
        import reporter.render.markdown
        import reporter.render.write

        if "pdf" in self.formats:
            import weasyprint  # noqa: F401

            import reporter.render.pdf  # noqa: F401

    def __call__(self, briefing: Briefing, article: Article) -> dict[str, bytes]:
        from reporter.render.write import write_briefing

        kwargs = self.options(article) if self.options else {}
        with tempfile.TemporaryDirectory(prefix="reporter-", dir=_SCRATCH) as scratch:
            paths = write_briefing(briefing, Path(scratch), "briefing", self.formats, **kwargs)
            return {fmt: path.read_bytes() for fmt, path in zip(self.formats, paths, strict=True)}


def write_rendered(rendered: dict[str, bytes], folder: Path, slug: str) -> list[Path]:
    """Write each rendered format atomically as `folder/slug.ext`; the paths, in order."""
    from reporter.output import atomic_write, inside
    from reporter.render.write import EXTENSIONS

    written = []
    for fmt, data in rendered.items():
        path = inside(folder, f"{slug}.{EXTENSIONS.get(fmt, fmt)}")
        atomic_write(path, data)
        written.append(path)
    return written
