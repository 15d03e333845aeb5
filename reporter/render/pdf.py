"""The PDF briefing: the HTML briefing laid out by WeasyPrint with print CSS.

WeasyPrint is given a URL fetcher that refuses every network URL and every
file outside reporter's own templates and fonts, so nothing named by article
content (or a user template gone wrong) can make it fetch a URL or read a
local file.
"""

from __future__ import annotations

import atexit
import multiprocessing
import multiprocessing.util
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from reporter.lifetime import made_to_last
from reporter.model import Briefing
from reporter.render.environment import templates_dir
from reporter.render.html import render_html
from reporter.render.native import import_weasyprint


class RefusedResource(ValueError):
    """A resource outside reporter's own templates was requested."""


def _fetcher_class():
    import_weasyprint()
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
    """The briefing as a tagged PDF: its print HTML (`render_html`) laid out by WeasyPrint."""
    html = render_html(briefing, medium="print", templates=templates, notes_html=notes_html,
                       page_size=page_size)
    return html_to_pdf(html, templates=templates)


def start_pdf(briefing: Briefing, *, page_size: str = "A4", templates: str | None = None,
              notes_html: str | None = None) -> Callable[[], bytes]:
    """`render_pdf`, begun now; call the result for the bytes.

    With a `pdf_helper` running, the whole PDF (print HTML included: the helper's
    templates are compiled already) is made at once in the helper and the caller may
    render the other formats meanwhile; otherwise nothing is done until the call.
    """
    options = {"page_size": page_size, "templates": templates, "notes_html": notes_html}
    helper = _helper
    if helper is None:
        return lambda: render_pdf(briefing, **options)
    _job_waiting.set()  # the helper may skip the rest of its warm-up
    future = helper.submit(render_pdf, briefing, **options)

    def helped() -> bytes:
        try:
            return future.result()
        except Exception:  # made here instead: the same bytes, or the real error
            return render_pdf(briefing, **options)

    return helped


# This process's font configuration, made by `font_configuration`: (pid, configuration).
_fonts: tuple[int, Any] | None = None


def font_configuration() -> Any:
    """One WeasyPrint font configuration for every PDF this process lays out.

    A new one per document rescans the system's fonts with Fontconfig and copies our
    @font-face files into a new temporary folder: 0.2-0.3 s of a 1.3 s layout. Shared,
    each face is added once (WeasyPrint keys faces by their descriptors, source URL
    included, so a user template's own fonts are still added) and the bytes are the same.
    A forked process makes its own, so no two processes share the temporary folder.
    """
    global _fonts
    if _fonts is None or _fonts[0] != os.getpid():
        _fonts = (os.getpid(), _font_configuration_class()())
        # WeasyPrint removes the folder when the configuration is collected, which a cached
        # one only is at exit: atexit here, the multiprocessing finalizers in a worker
        atexit.register(release_fonts)
        multiprocessing.util.Finalize(None, release_fonts, exitpriority=10)
    return _fonts[1]


@cache
def _font_configuration_class() -> type:
    import_weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    class ProcessFontConfiguration(FontConfiguration):
        """A font configuration whose temporary folder only its own process removes.

        A forked child inherits the parent's configuration; when the child drops or
        collects it, WeasyPrint's clean-up would delete the folder the parent still uses.
        """

        def __init__(self) -> None:
            super().__init__()
            self.made_in = os.getpid()

        def __del__(self) -> None:
            if getattr(self, "made_in", None) == os.getpid():
                super().__del__()

    return ProcessFontConfiguration


def release_fonts() -> None:
    """Remove this process's font configuration and its temporary folder of fonts."""
    global _fonts
    if _fonts is not None and _fonts[0] == os.getpid():
        fonts, _fonts = _fonts[1], None
        fonts.__del__()  # WeasyPrint's own clean-up; other references may keep it alive


def html_to_pdf(html: str, *, templates: str | None = None) -> bytes:
    """Lay out the print HTML of a briefing (see `render_pdf`) as a tagged PDF.

    The briefing's one <style> element is parsed once per process and given to
    WeasyPrint as a stylesheet (see `_stylesheet_apart`): the same rules, in the same
    order, and 0.04-0.05 s less per PDF (tinycss2 and cssselect2's selector compiler).
    """
    import_weasyprint()
    from weasyprint import HTML

    extra = [Path(templates)] if templates else []
    fonts = font_configuration()
    html, css = _stylesheet_apart(html)
    stylesheets = [_stylesheet(css, tuple(extra))] if css is not None else []
    document = HTML(string=html, base_url=str(templates_dir()) + "/",
                    url_fetcher=safe_fetcher(extra))
    # PDF/UA-1: tagged, with document language and title, for screen-reader users
    return document.write_pdf(stylesheets=stylesheets, font_config=fonts,
                              pdf_variant="pdf/ua-1", pdf_tags=True)


def _stylesheet_apart(html: str) -> tuple[str, str | None]:
    """The HTML without its <style> element, and that element's text.

    Only for a page with exactly one <style>, in its head, as reporter's templates
    make: given apart, the rules are WeasyPrint's "user" stylesheet instead of the
    page's "author" one, which matters only against other author rules (none are left)
    and the user-agent sheet (which both outrank). Article text cannot add one: it is
    escaped. Any other page is laid out as it is.
    """
    head_end = html.find("</head>")
    start = html.find("<style>")
    if html.count("<style") != 1 or not 0 <= start < head_end:
        return html, None
    end = html.find("</style>", start)
    if not start < end < head_end:
        return html, None
    return html[:start] + html[end + len("</style>"):], html[start + len("<style>"):end]


# Stylesheets parsed in this process: (pid, {(css, extra folders): weasyprint.CSS}).
_stylesheets: tuple[int, dict[tuple[str, tuple[Path, ...]], Any]] = (0, {})


def _stylesheet(css: str, extra: tuple[Path, ...]) -> Any:
    """`css` parsed for this process's font configuration, once (the last few kept).

    Parsing a stylesheet adds its @font-face rules to the font configuration, so a
    forked process, which makes its own configuration, parses its own.
    """
    from weasyprint import CSS

    global _stylesheets
    if _stylesheets[0] != os.getpid():
        _stylesheets = (os.getpid(), {})
    parsed = _stylesheets[1]
    key = (css, extra)
    if key not in parsed:
        if len(parsed) >= 4:
            del parsed[next(iter(parsed))]
        parsed[key] = CSS(string=css, base_url=str(templates_dir()) + "/",
                          url_fetcher=safe_fetcher(list(extra)), font_config=font_configuration())
    return parsed[key]


# The process `pdf_helper` started, while its block runs, and the flag telling it that a
# PDF was sent (set by `start_pdf`).
_helper: Any = None
_job_waiting: Any = None


# What a briefing's PDF uses, in small: both stylesheets, every font face, a grid, a list,
# a table, inline SVG, links; laying it out once imports and sets up all of it.
_WARM_BODY = """<body class="print"><main id="main"><p class="kicker" data-source="-">-</p>
<h1>-</h1><h2>-</h2><p>- <i>-</i> <b>-</b> <em>-</em> <strong>-</strong> <a href="#main">-</a></p>
<ol class="issues"><li class="issue"><h3>-</h3><p class="terms">-</p><p class="actors">
<span class="chip chip-person">-</span><span class="chip chip-gpe">-</span></p></li>
<li class="issue"><h3>-</h3><p class="terms">-</p></li></ol>
<figure class="quote"><blockquote>-</blockquote><figcaption><i>-</i></figcaption></figure>
<table><tr><th>-</th><td>-</td></tr></table>
<svg class="chart" viewBox="0 0 20 10" role="img"><title>-</title><rect width="5" height="5"/>
<text x="6" y="8">-</text></svg><p class="colophon">-</p></main></body>"""


def _warm_helper(job_waiting: Any = None) -> None:
    """A helper's first work, while this process still loads spaCy.

    First what every PDF needs: WeasyPrint imported, the print template compiled,
    the fonts set up and the stylesheet parsed (0.1-0.2 s after the 0.6 s import).
    Then, unless the real PDF is already waiting (`job_waiting` is set), one small page
    in the briefing's styles (0.3 s), which makes the real layout about 0.2 s faster: it
    imports and sets up what WeasyPrint only loads on first use, and every font face. A
    whole little briefing would save no more and cost twice as long.

    What that leaves lives as long as the helper, so it is kept out of the garbage
    collector's way (`made_to_last`): the real layout, which allocates a great deal,
    runs faster.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    with made_to_last(), suppress(Exception):  # a warm-up: the real PDF says what is wrong
        import_weasyprint()
        # the briefing's stylesheet, as every A4 briefing's print HTML has it, parsed
        _, css = _stylesheet_apart(render_html(_warm_briefing(), medium="print"))
        if css is not None:
            _stylesheet(css, ())
        if job_waiting is None or not job_waiting.is_set():
            html_to_pdf(f'<html lang="en"><head><title>-</title><style>{css}</style></head>'
                        f"{_WARM_BODY}</html>")


def _warm_briefing() -> Briefing:
    from reporter.model import (
        ArticleInfo,
        Entity,
        Issue,
        Keyphrase,
        OpenQuestion,
        Quote,
        Sentence,
        Speaker,
        TimelineEvent,
    )

    one = 'Ann Lee met the council in Oslo on Monday. "We may vote," she said.'
    two = one.index('"')
    people = [Entity("e1", "Ann Lee", "PERSON", mentions=2),
              Entity("e2", "Oslo", "GPE", mentions=1)]
    return Briefing(
        id="warm-up",
        article=ArticleInfo(title="Council meets", text=one, source="-", url=None,
                            published="2020-01-06", author=None, words=13),
        quotes=[Quote("We may vote,", "direct", Speaker(name="Ann Lee", entity="e1"),
                      cue="said", sentence=1, start=two + 1, end=two + 13)],
        entities=people,
        keyphrases=[Keyphrase("council", 1.0)],
        issues=[Issue("Council vote", ["council"], ["e1"], [0], 1.0),
                Issue("Oslo", ["Oslo"], ["e2"], [0, 1], 0.5)],
        open_questions=[OpenQuestion(one[two:], "a vote", "speculative", ["may"], ["e1"],
                                     None, 1)],
        timeline=[TimelineEvent("2020-01-06", "Monday", "Ann Lee met the council", 0)],
        key_points=[0],
        sentences=[Sentence(one[:two - 1], 0, two - 1), Sentence(one[two:], two, len(one))],
    )


@contextmanager
def pdf_helper() -> Iterator[None]:
    """Within the block, `render_pdf` lays PDFs out in a helper process, started at once.

    For a lone article built from a cold start: the helper imports WeasyPrint and
    sets up its fonts (1.1-1.6 s, see `_warm_helper`) on another core while this
    process loads spaCy and analyses the article, so the PDF costs only its layout,
    print HTML included. The other formats are rendered here meanwhile, and the
    helper returns the very bytes `html_to_pdf` gives in this process (which is also
    the fallback if the helper fails). Linux only (fork); elsewhere, and inside
    another helper block, nothing changes.
    """
    global _helper, _job_waiting
    if _helper is not None or "fork" not in multiprocessing.get_all_start_methods() \
            or not sys.platform.startswith("linux"):
        yield
        return
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    _job_waiting = context.Event()
    executor = ProcessPoolExecutor(1, mp_context=context, initializer=_warm_helper,
                                   initargs=(_job_waiting,))
    executor.submit(int)  # fork the helper now, before this process grows
    _helper = executor
    try:
        yield
    except BaseException:  # an error or Ctrl-C: leave at once, the helper ends on its own
        _helper = None
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    _helper = None
    executor.shutdown(wait=True)  # a few ms: the helper ends before we do
