"""Rendering: the HTML is safe and self-contained, Markdown escaped, JSON stable, PDF true."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reporter.model import Article
from reporter.render.html import render_html
from reporter.render.json import to_json
from reporter.render.markdown import render_markdown

HOSTILE = (
    '"<script>alert(1)</script> is here," said Jane Doe, the <b>mayor</b>. '
    "<img src=x onerror=alert(2)> The council met on Monday in Springfield."
)


@pytest.fixture(scope="module")
def hostile(nlp):
    from reporter.analyse import analyse

    article = Article(id="h", title="<script>alert('t')</script> Council & co",
                      text=HOSTILE, url="javascript:alert(3)")
    return analyse(article, nlp(article.text))


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.add(attrs["id"])


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    return c


def test_html_escapes_article_text(hostile):
    html = render_html(hostile)
    tags = {t for t, _ in parse(html).tags}
    assert "script" not in tags and "img" not in tags and "b" not in tags
    assert "&lt;script&gt;" in html
    assert "javascript:" not in html  # the url is not a link unless http(s)


def test_html_is_self_contained(sample_briefing):
    html = render_html(sample_briefing)
    for tag, attrs in parse(html).tags:
        for attr in ("src", "href"):
            value = attrs.get(attr) or ""
            assert not re.match(r"(https?:)?//", value), (tag, attrs)
        assert tag not in {"link", "script", "iframe"}
    assert "url(" not in html.split("</style>")[0].split("<style>")[1]


def test_every_evidence_link_has_a_target(sample_briefing):
    parsed = parse(render_html(sample_briefing))
    targets = {a["href"][1:] for t, a in parsed.tags if t == "a" and a.get("href", "")[:1] == "#"}
    assert targets, "the briefing links to its evidence"
    assert targets <= parsed.ids


def test_sample_title_once_and_no_noise(sample_briefing):
    html = render_html(sample_briefing)
    body = html.split("<body", 1)[1]
    assert body.count("At odds on many fronts") == 1
    assert "an error occurred" not in body
    assert "Related news" not in body


def test_markdown_escapes_syntax(hostile):
    md = render_markdown(hostile)
    assert "<script>" not in md and "\\<script\\>" in md
    assert md.startswith("# \\<script\\>")


def test_json_round_trip_is_stable(sample_briefing):
    assert to_json(sample_briefing) == to_json(sample_briefing)
    assert "\n" not in to_json(sample_briefing, indent=None)


@pytest.mark.slow
def test_pdf_metadata_bookmarks_and_text(sample_briefing, tmp_path):
    from reporter.render.pdf import render_pdf

    pdf = render_pdf(sample_briefing)
    assert pdf.startswith(b"%PDF")
    path = tmp_path / "b.pdf"
    path.write_bytes(pdf)
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "Title:" in info and "At odds on many fronts" in info
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 2 <= pages <= 5
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "Page 1 of" in text
    assert "an error occurred" not in text
    outline = subprocess.run(["pdftohtml", "-xml", "-stdout", "-i", str(path)],
                             capture_output=True, text=True).stdout
    for section in ("Key points", "Who said what", "Open questions"):
        assert section in outline


@pytest.mark.slow
def test_pdf_fetcher_refuses_files_and_network(tmp_path):
    from reporter.render.pdf import RefusedResource, safe_fetcher

    fetcher = safe_fetcher()
    for url in ("file:///etc/passwd", "http://127.0.0.1:9/x.png", "https://example.org/a.css",
                "file:///etc/../etc/passwd"):
        with pytest.raises(RefusedResource):
            fetcher.fetch(url)


def test_notes_are_safe_markdown(sample_briefing):
    from reporter.render.notes import render_notes

    notes = ("# Watch\n\nCall the **desk**. <script>alert(1)</script> <b>raw</b>\n\n"
             "[bad](javascript:alert(1)) [file](file:///etc/passwd) [ok](https://example.org) "
             "![img](http://127.0.0.1:9/x.png)")
    html = render_html(sample_briefing, notes_html=render_notes(notes))
    section = html.split('id="analyst-notes"')[1].split("</section>")[0]
    assert "<h3>Watch</h3>" in section and "<strong>desk</strong>" in section
    assert "<script>" not in section and "<b>" not in section
    hrefs = re.findall(r'href="([^"]*)"', section)
    assert "https://example.org" in hrefs
    assert all(h.startswith(("http://", "https://", "mailto:", "#")) for h in hrefs)
    assert "<img" not in section
    md = render_markdown(sample_briefing, notes=notes)
    assert "### Watch" in md and "<script>" not in md


def test_user_templates_override_packaged_ones(sample_briefing, tmp_path):
    (tmp_path / "macros.html.j2").write_text(
        (Path(__file__).resolve().parent.parent / "templates" / "macros.html.j2")
        .read_text(encoding="utf-8").replace("¶{{ n + 1 }}", "see sentence {{ n + 1 }}"),
        encoding="utf-8")
    html = render_html(sample_briefing, templates=str(tmp_path))
    assert "source see sentence 1" in html and "source ¶" not in html
    assert "source ¶" in render_html(sample_briefing)


def test_notes_file_beside_article_is_found(tmp_path):
    from reporter.render.notes import notes_beside

    story = tmp_path / "story.txt"
    story.write_text("Title\n\nBody.", encoding="utf-8")
    assert notes_beside(str(story)) is None
    (tmp_path / "story.notes.md").write_text("# n", encoding="utf-8")
    assert notes_beside(str(story)) == tmp_path / "story.notes.md"
    assert notes_beside(f"{tmp_path / 'batch.jsonl'}:3") is None


@pytest.mark.slow
def test_pdf_fonts_survive_a_forked_child_that_drops_them(sample_briefing):
    """Each process keeps one font configuration (and a temporary folder of our fonts);
    a forked child making its own must not remove the folder its parent still uses."""
    import gc
    import os

    from reporter.render.pdf import font_configuration, render_pdf

    render_pdf(sample_briefing)  # this process's fonts are set up
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        try:
            font_configuration()  # the child's own; the inherited one is dropped
            gc.collect()
        finally:
            os._exit(0)
    os.waitpid(child, 0)
    assert render_pdf(sample_briefing).startswith(b"%PDF-")


def test_a_quotation_shown_alone_drops_the_comma_that_led_to_its_attribution(analyse_text):
    """'"We will fight this," she said': the briefing shows “We will fight this”,
    the JSON keeps the words as they stand in the article."""
    from reporter.render.html import render_html
    from reporter.render.json import to_json
    from reporter.render.markdown import render_markdown

    briefing = analyse_text('"We will fight this," said Maria Lopez, the union leader.')
    (quote,) = briefing.quotes
    assert quote.text == "We will fight this,"
    assert "“We will fight this”" in render_html(briefing)
    assert "“We will fight this”" in render_markdown(briefing)
    assert '"We will fight this,"' in to_json(briefing)


@pytest.mark.slow
@pytest.mark.parametrize(("size", "points"), [("A4", "595.276 x 841.89"), ("Letter", "612 x 792")])
def test_pdf_pages_have_the_size_asked_for(sample_briefing, tmp_path, size, points):
    """The size rule follows print.css's @page rule, so it wins (it once lost: Letter gave A4)."""
    from reporter.render.pdf import render_pdf

    path = tmp_path / "b.pdf"
    path.write_bytes(render_pdf(sample_briefing, page_size=size))
    if not shutil.which("pdfinfo"):
        pytest.skip("poppler-utils not installed")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert f"Page size:       {points} pts" in info


def test_print_html_names_its_page_size(sample_briefing):
    assert "@page { size: Letter; }" in render_html(sample_briefing, medium="print",
                                                     page_size="letter")
    assert "@page { size: A4; }" in render_html(sample_briefing, medium="print")
    assert "@page { size:" not in render_html(sample_briefing)
    with pytest.raises(ValueError, match="page size"):
        render_html(sample_briefing, medium="print", page_size="A5")


def test_the_briefings_stylesheet_is_laid_out_apart_only_when_it_is_the_only_one(
        sample_briefing):
    from reporter.render.pdf import _stylesheet_apart

    html = render_html(sample_briefing, medium="print")
    rest, css = _stylesheet_apart(html)
    assert "<style" not in rest and "</style>" not in rest
    assert "@font-face" in css and "@page { size: A4; }" in css
    at = html.index("<style>")
    assert rest[:at] + "<style>" + css + "</style>" + rest[at:] == html  # taken out whole
    two = html.replace("</head>", "<style>p { color: red }</style></head>")
    assert _stylesheet_apart(two) == (two, None)
    in_body = "<html><head><title>t</title></head><body><style>p {}</style></body></html>"
    assert _stylesheet_apart(in_body) == (in_body, None)


@pytest.mark.slow
def test_a_stylesheet_is_parsed_once_per_process():
    import os

    from reporter.render.pdf import _stylesheet

    css = "p { color: #123456 }"
    first = _stylesheet(css, ())
    assert _stylesheet(css, ()) is first
    assert _stylesheet(css + " ", ()) is not first
    child = os.fork()
    if child == 0:  # pragma: no cover - the child: its own font configuration, its own parse
        os._exit(0 if _stylesheet(css, ()) is not first else 1)
    assert os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]) == 0


def test_chart_labels_fit_their_column_whatever_the_font():
    """A label is cut to 20 characters (Jinja's truncate would let 25 through): in the
    170 px label column that fits even a wide fallback font, which once cut off the
    start of 'Single independent estimate' in the browser."""
    from reporter.render.context import Bar
    from reporter.render.environment import environment

    macros = environment().get_template("macros.html.j2").module
    svg = str(macros.bar_chart([Bar(label="Single independent estimate", value="33%", width=0.33),
                                Bar(label="Vote", value="100%", width=1.0)], "Issues"))
    labels = re.findall(r'class="chart-label"[^>]*>([^<]*)<', svg)
    assert labels == ["Single independent…", "Vote"]
    assert 'x="162"' in svg  # the labels end 8 px before the bars
