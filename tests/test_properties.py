"""Property-based tests (hypothesis): random and hostile text never crashes ingest, and
what reaches the rendered HTML and Markdown is always text, never markup.

Kept fast: modest example counts, no deadline (spaCy's first calls are slow),
the session's spaCy pipeline.
"""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_security_audit import audit_html, audit_markdown

from reporter.ingest import Failure, read_inputs
from reporter.ingest.decode import DecodeError, decode
from reporter.ingest.errors import IngestError
from reporter.ingest.html import parse_html
from reporter.ingest.jsonl import read_lines
from reporter.ingest.markdown import parse_markdown
from reporter.ingest.safety import check_article
from reporter.ingest.text import parse_text
from reporter.model import Article

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
RENDER = settings(max_examples=20, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow,
                                         HealthCheck.function_scoped_fixture])

# Fragments an attacker would try; `x-evil` and `data-evil` mark markup that must stay text.
HOSTILE = [
    "<x-evil>", "</x-evil>", "<x-evil data-evil=1 onclick=alert(1)>", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", '"', "'", "&", "&amp;", "&lt;x-evil&gt;", "<!--", "-->",
    "<![CDATA[", "]]>", "javascript:alert(1)", "[link](javascript:alert(1))", "<http://e.org>",
    "![img](http://127.0.0.1:9/x.png)", "{{ 7*7 }}", "{% raw %}", "`code`", "*", "_", "#", "|",
    "\\", "<", ">", "\u202e", "\u200b", "\x00", "\n", "\n\n", "said", "“", "”", "The minister",
    "<svg onload=alert(1)>", "<style>@import url(http://127.0.0.1:9/a.css)</style>", "---",
    "<iframe src=//127.0.0.1:9>", "url(http://127.0.0.1:9/x)", "<a href='javascript:x'>a</a>",
]
WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
PIECES = st.lists(st.one_of(st.sampled_from(HOSTILE), WORDS), min_size=1, max_size=40)
TEXT = PIECES.map(" ".join)
SENTENCE = ('The minister said on Monday that the talks would continue. "We are close," she '
            "told reporters, adding that a deal might follow next month. ")


@FAST
@given(st.binary(max_size=3000))
def test_decode_returns_text_or_refuses(data):
    try:
        text = decode(data)
    except DecodeError:
        return
    assert isinstance(text, str)


@FAST
@given(TEXT)
def test_text_and_markdown_readers_never_crash(raw):
    for parse in (parse_text, parse_markdown):
        try:
            article = parse(raw, id="x", origin="x")
        except IngestError:
            continue
        assert isinstance(article, Article)
        assert isinstance(check_article(article, any_language=True), (Article, Failure))


@settings(max_examples=25, deadline=None)
@given(TEXT)
def test_html_reader_never_crashes(raw):
    for markup in (raw, f"<html><body><article><p>{raw}</p><p>{SENTENCE}</p>", f"<p>{raw}"):
        try:
            article = parse_html(markup, id="x", origin="x")
        except IngestError:
            continue
        assert isinstance(article, Article)


@FAST
@given(st.lists(st.one_of(st.binary(max_size=200), TEXT.map(str.encode),
                          st.builds(lambda t, u: json.dumps({"id": "r", "title": t, "text": t,
                                                             "url": u}).encode(), TEXT, TEXT)),
                max_size=8))
def test_jsonl_lines_each_become_an_article_or_a_failure(lines):
    items = list(read_lines([line.replace(b"\n", b" ") + b"\n" for line in lines], "feed"))
    assert all(isinstance(i, (Article, Failure)) for i in items)
    assert len(items) <= len(lines)


@FAST
@given(st.binary(max_size=2000))
def test_stdin_of_random_bytes_never_raises(data):
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert items and all(isinstance(i, (Article, Failure)) for i in items)


@FAST
@given(TEXT, TEXT, st.one_of(st.none(), TEXT, st.sampled_from(
    ["https://e.org/a", "javascript:alert(1)", "http://a/\t<img src=x>", "file:///etc/passwd"])))
def test_checked_articles_have_clean_metadata(title, body, url):
    item = check_article(Article(id=title, title=title, text=body + " " + SENTENCE, url=url,
                                 source=title, author=body[:50], origin="x"), any_language=True)
    assert isinstance(item, Article)
    for value in (item.title, item.id, item.source or "", item.author or ""):
        assert not re.search(r"[\x00-\x1f\x7f\u200b\u202e]", value)
    assert item.url in (None, "https://e.org/a")


_TEMPLATE_TAGS: set[str] = set()


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]


@pytest.fixture(scope="module")
def briefing_of(nlp):
    from reporter.analyse import analyse

    def run(title: str, text: str):
        article = check_article(Article(id="p", title=title, text=text, origin="p"),
                                any_language=True)
        assert isinstance(article, Article)
        return analyse(article, nlp(article.text))

    return run


@RENDER
@given(title=TEXT, body=TEXT)
def test_rendered_html_parses_and_carries_no_markup_from_input(briefing_of, title, body):
    from reporter.render.html import render_html

    briefing = briefing_of(title, f"{body}\n\n{SENTENCE}{body}")
    html = render_html(briefing)
    parser = _Tags()
    parser.feed(html)
    parser.close()
    assert "x-evil" not in parser.tags and "data-evil" not in parser.attrs
    assert audit_html(html) == []
    assert html.count("<x-evil") == 0 and "<script>alert" not in html


@RENDER
@given(title=TEXT, body=TEXT)
def test_rendered_markdown_and_json_stay_text(briefing_of, title, body):
    from markdown_it import MarkdownIt

    from reporter.render.json import to_json
    from reporter.render.markdown import render_markdown

    briefing = briefing_of(title, f"{body}\n\n{SENTENCE}{body}")
    md = render_markdown(briefing)
    assert audit_markdown(md) == []
    rendered = MarkdownIt("commonmark", {"html": True}).render(md)
    parser = _Tags()
    parser.feed(rendered)
    assert "x-evil" not in parser.tags and "script" not in parser.tags
    data = json.loads(to_json(briefing))
    assert data["article"]["title"] == briefing.article.title


@FAST
@given(TEXT)
def test_analyst_notes_render_to_safe_html(notes):
    from reporter.render.notes import render_notes

    html = str(render_notes(notes))
    assert audit_html(html) == []
    parser = _Tags()
    parser.feed(html)
    assert "x-evil" not in parser.tags and "img" not in parser.tags
