"""The hostile corpus (tests/hostile/) through every output: nothing active, nothing fetched.

A local HTTP server on 127.0.0.1 stands in for the attacker's: its address is
written into the hostile inputs (scripts, images, style sheets, frames, CSS
url(), SVG, Markdown images and links ...) and it must receive no connection
while reporter reads, analyses and renders them as HTML, PDF, Markdown, JSON,
the static site and the e-mail. Every bad input fails alone with one line that
names it; the good ones are all built, inside the output folder, under safe
names.
"""

from __future__ import annotations

import email
import json
import re
import shutil
from email import policy
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_security_audit import LocalServer, audit_html, audit_markdown

from reporter.cli import main
from reporter.ingest import read_inputs
from reporter.output import RESERVED, SlugAllocator
from reporter.pipeline import analyse_articles

HOSTILE = Path(__file__).resolve().parent / "hostile"

# input (relative to the corpus) -> what its one-line failure must say
EXPECTED_FAILURES = {
    "bad/deutsch.md": "not English (looks like German)",
    "bad/empty.txt": "empty input",
    "bad/francais.txt": "not English (looks like French)",
    "bad/image.txt": "binary file (a PNG image)",
    "bad/noise.md": "binary",
    "bad/not-html.html": "not an HTML page",
    "bad/russian.txt": "not English",
    "bad/scripts-only.html": "no article text",
    "bad/truncated-utf16.txt": "invalid utf-16",
    "bad/whitespace.txt": "empty input",
    "bad/zip.jsonl": "binary file (a ZIP archive",
    "bad/too-big.txt": "file too large",
    "records.jsonl:5": "not valid JSON",
    "records.jsonl:6": "not a JSON object",
}
EXPECTED_ARTICLES = 14  # 9 files + 4 good JSON Lines records + the huge line


@pytest.fixture(scope="module")
def server():
    with LocalServer() as srv:
        yield srv


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, server) -> Path:
    """The corpus copied with the server's address filled in, plus generated inputs."""
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    for src in HOSTILE.rglob("*"):
        if src.is_file() and src.suffix != ".rst":
            dst = corpus / src.relative_to(HOSTILE)
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(src.read_bytes().replace(b"{{SERVER}}", server.url.encode()))
    # generated: one file over the default 10 MB limit, one huge line within it
    with (corpus / "bad" / "too-big.txt").open("wb") as fh:
        fh.write(b"Too big\n")
        chunk = b"The committee said it would meet again next week to discuss the plan. " * 1000
        while fh.tell() <= 10_500_000:
            fh.write(chunk)
    sentence = "Officials said the talks would resume and a deal might follow. "
    (corpus / "huge-line.txt").write_text(
        "A very long line\n" + sentence * 150 + f'"It is <b>open</b>," {server.url}/x said.\n',
        encoding="utf-8")
    for sub in ("out", "site", "cache", "cwd"):
        (root / sub).mkdir()
    return root


def _key(origin: str, corpus: Path) -> str:
    return origin.replace(str(corpus) + "/", "")


@pytest.fixture(scope="module")
def results(workspace, nlp):
    """Every input read and analysed in this process (the session's spaCy pipeline)."""
    corpus = workspace / "corpus"
    return list(analyse_articles(read_inputs([str(corpus)])))


@pytest.fixture(scope="module")
def built(workspace, results, server):
    """html, md, json and .eml of every briefing, written as the CLI writes them."""
    from reporter.output import atomic_write, inside
    from reporter.render.eml import build_message
    from reporter.render.write import write_briefing

    out = workspace / "out"
    slugs = SlugAllocator()
    written: list[Path] = []
    for result in results:
        if result.briefing is None:
            continue
        slug = slugs(result.briefing.article.title, result.briefing.id)
        written += write_briefing(result.briefing, out, slug, ["html", "md", "json"])
        message = build_message(result.briefing, to=["analyst@example.org"],
                                sender="reporter@example.org", pdf=b"%PDF-1.7 stub",
                                pdf_name=f"{slug}.pdf")
        path = inside(out, f"{slug}.eml")
        atomic_write(path, message.as_bytes())
        written.append(path)
    return written


def test_every_bad_input_fails_alone_with_its_reason(workspace, results):
    corpus = workspace / "corpus"
    failures = {_key(r.origin, corpus): r.error for r in results if r.briefing is None}
    assert set(failures) == set(EXPECTED_FAILURES), failures
    for origin, reason in failures.items():
        assert EXPECTED_FAILURES[origin] in reason, (origin, reason)
        assert "\n" not in reason and len(reason) < 200
    assert sum(r.briefing is not None for r in results) == EXPECTED_ARTICLES


def test_outputs_are_inside_the_folder_under_safe_names(workspace, built):
    out = (workspace / "out").resolve()
    assert built and all(p.resolve().parent == out for p in built)
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 4 * EXPECTED_ARTICLES
    for name in names:
        stem, ext = name.rsplit(".", 1)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", stem), name
        assert ext in ("html", "md", "json", "eml") and stem not in RESERVED
    # the path-traversal title climbed nowhere
    assert not Path("/tmp/reporter-escape").exists()
    outside = [p for p in workspace.rglob("*") if p.is_file()
               and not p.is_relative_to(workspace / "corpus") and not p.is_relative_to(out)]
    assert outside == []


def test_html_has_no_article_script_handler_frame_or_resource(workspace, built, server):
    pages = [p for p in built if p.suffix == ".html"]
    assert len(pages) == EXPECTED_ARTICLES
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert audit_html(html, server=server.url) == [], page.name
        assert "alert(" not in html or "&lt;" in html  # only ever as escaped text
    assert server.contacted == []


def test_markdown_has_no_raw_html_and_only_safe_links(built):
    docs = [p for p in built if p.suffix == ".md"]
    assert len(docs) == EXPECTED_ARTICLES
    for doc in docs:
        assert audit_markdown(doc.read_text(encoding="utf-8")) == [], doc.name


def test_no_entity_was_expanded_nor_local_file_read(built):
    for path in built:
        data = path.read_text(encoding="utf-8", errors="replace")
        assert "root:x:0:0" not in data and "lollollol" not in data, path.name


def test_json_keeps_the_hostile_text_as_data(built, results):
    docs = [p for p in built if p.suffix == ".json"]
    titles = {json.loads(p.read_text(encoding="utf-8"))["article"]["title"] for p in docs}
    assert "<script>alert('jsonl')</script> Trade deal signed" in titles
    for p in docs:
        data = json.loads(p.read_text(encoding="utf-8"))
        url = data["article"]["url"]
        assert url is None or url.startswith(("http://", "https://"))
        assert "\x00" not in json.dumps(data, ensure_ascii=False)


def test_email_parts_are_safe(built, server):
    for path in (p for p in built if p.suffix == ".eml"):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
        html = message.get_body(("html",)).get_content()
        assert audit_html(html, server=server.url) == [], path.name
        text = message.get_body(("plain",)).get_content()
        assert "<script" not in text or "alert" in text  # plain text: harmless as text
    assert server.contacted == []


def test_site_over_the_hostile_corpus(workspace, results, server):
    from reporter.publish.site import build_site

    corpus = workspace / "corpus"
    site = workspace / "site"
    report = build_site([str(corpus)], site, cache_dir=workspace / "cache",
                        analyse_batch=lambda articles: iter(
                            r for r in results if r.article in articles))
    assert {_key(f.origin, corpus) for f in report.failures} == set(EXPECTED_FAILURES)
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > EXPECTED_ARTICLES
    for page in pages:
        assert page.resolve().is_relative_to(site.resolve())
        assert audit_html(page.read_text(encoding="utf-8"), server=server.url) == [], page
    assert server.contacted == []


def test_cli_names_each_bad_input_on_one_line_and_exits_1(workspace, results, monkeypatch):
    monkeypatch.chdir(workspace / "cwd")
    corpus = workspace / "corpus"
    out = workspace / "cwd" / "cli-out"
    inputs = [str(corpus / "bad"), str(corpus / "records.jsonl"), str(corpus / "truncated.html"),
              str(corpus / "bad" / "drawing.svg")]  # named: a folder walk skips other types
    result = CliRunner().invoke(main, ["build", *inputs, "-o", str(out), "--format", "json"])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("reporter: ")
             and not re.match(r"reporter: \d+ built", line)]
    for origin in [*EXPECTED_FAILURES, "bad/drawing.svg"]:
        assert sum(f"{corpus}/{origin}:" in line for line in lines) == 1, (origin, lines)
    assert any("drawing.svg: unsupported file type" in line for line in lines)
    assert len(list(out.glob("*.json"))) == 5  # 4 good records and the truncated page
    shutil.rmtree(out)


PDF_SAMPLES = ("script-tags.html", "svg-and-css.html", "hostile.md", "records.jsonl:1",
               "entities.xhtml")


@pytest.mark.slow
def test_pdf_fetches_nothing(workspace, results, server):
    from reporter.render.pdf import render_pdf

    for result in results:
        if result.briefing is None or not result.origin.endswith(PDF_SAMPLES):
            continue
        pdf = render_pdf(result.briefing)
        assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
        for needle in (b"/JavaScript", b"/Launch", b"javascript:", b"file:", b"root:x:0:0",
                       b"lollollol"):
            assert needle not in pdf, (result.origin, needle)
    assert server.contacted == []
