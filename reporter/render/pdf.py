"""The PDF briefing: the HTML briefing laid out by WeasyPrint with print CSS.

WeasyPrint is given a URL fetcher that refuses every network URL and every
file outside reporter's own templates and fonts, so nothing named by article
content (or a user template gone wrong) can make it fetch a URL or read a
local file.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from reporter.model import Briefing
from reporter.render.environment import templates_dir
from reporter.render.html import render_html


class RefusedResource(ValueError):
    """A resource outside reporter's own templates was requested."""


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class PackagedFilesOnly(URLFetcher):
        """Serves files under the allowed folders, and nothing else."""

        def __init__(self, allowed: list[Path]) -> None:
            super().__init__(allowed_protocols=("file",), allow_redirects=False)
            self._allowed = [p.resolve() for p in allowed]

        def fetch(self, url: str, headers=None):
            parts = urlsplit(url)
            if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
                raise RefusedResource(f"refused to fetch {url[:80]!r}")
            path = Path(unquote(parts.path)).resolve()
            if not any(folder == path or folder in path.parents for folder in self._allowed):
                raise RefusedResource(f"refused to read {url[:80]!r}")
            if not path.is_file():
                raise RefusedResource(f"no such packaged file {url[:80]!r}")
            return URLFetcherResponse(url, body=path.read_bytes())

    return PackagedFilesOnly


def safe_fetcher(extra: list[Path] | None = None):
    """A WeasyPrint URL fetcher limited to the packaged templates (and `extra` folders)."""
    return _fetcher_class()([templates_dir(), *(extra or [])])


def render_pdf(briefing: Briefing, *, page_size: str = "A4", templates: str | None = None,
               notes_html: str | None = None) -> bytes:
    from weasyprint import CSS, HTML

    html = render_html(briefing, medium="print", templates=templates, notes_html=notes_html)
    base = templates_dir()
    extra = [Path(templates)] if templates else []
    document = HTML(string=html, base_url=str(base) + "/", url_fetcher=safe_fetcher(extra))
    size = CSS(string=f"@page {{ size: {'A4' if page_size.upper() == 'A4' else 'Letter'}; }}",
               url_fetcher=safe_fetcher(extra))
    # PDF/UA-1: tagged, with document language and title, for screen-reader users
    return document.write_pdf(stylesheets=[size], pdf_variant="pdf/ua-1", pdf_tags=True)
