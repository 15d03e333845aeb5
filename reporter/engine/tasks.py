"""What a worker does with each Briefing besides analysing it: picklable render tasks.

A task runs where the article was analysed (a worker process, a Dask
worker), so the expensive rendering (WeasyPrint's PDF above all) is spread
over the cores too; only the rendered bytes travel back to the process that
writes the files (`reporter.render.write.write_rendered`), so Dask workers need no shared disk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reporter.model import Article, Briefing


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

    `options(article)` gives `reporter.render.write.render_formats`' keyword
    arguments for one article (page size, templates, analyst notes ...).
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
        from reporter.render.write import render_formats

        kwargs = self.options(article) if self.options else {}
        return render_formats(briefing, self.formats, **kwargs)

