"""Reading inputs: every kind of file, folders, globs, stdin, bad input. No spaCy needed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reporter.ingest import Failure, read_inputs
from reporter.model import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "seed-pompeo-lavrov.txt"


def read(*inputs: str, stdin: bytes | None = None) -> list[Article | Failure]:
    return list(read_inputs(list(inputs), stdin=io.BytesIO(stdin) if stdin is not None else None))


def one(*inputs: str, stdin: bytes | None = None) -> Article:
    items = read(*inputs, stdin=stdin)
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def kinds(article: Article) -> list[str]:
    return [n.kind for n in article.notes]


# ------------------------------------------------------------------ plain text
def test_sample_article_title_once_no_noise():
    article = one(str(SAMPLE))
    assert article.id == "seed-pompeo-lavrov"
    assert article.title.startswith("At odds on many fronts")
    assert article.title not in article.text
    assert "error occurred" not in article.text
    assert "Related news" not in article.text
    assert {"removed-headline", "removed-error", "removed-trailer"} <= set(kinds(article))
    assert "\n\n" in article.text and "\n\n\n" not in article.text


def test_wire_copy_byline_dateline_and_trailers():
    article = one(str(FIXTURES / "wire-copy.txt"))
    assert article.title == "Regional leaders agree to share flood warning data"
    assert article.author == "Jonas Lindqvist"
    assert article.source == "Reuters"
    assert article.text.startswith("Leaders of five river-basin countries agreed on Friday")
    for noise in ("GENEVA", "By Jonas", "error occurred", "Read more", "Share this",
                  "newsletter", "Related news", "Record rainfall", "flood warning data\n"):
        assert noise not in article.text, noise
    assert "it is unclear whether the funding" in article.text
    assert {"byline", "dateline", "removed-promo", "removed-trailer"} <= set(kinds(article))


# ------------------------------------------------------------------ HTML
def test_html_page_text_metadata_and_split_body():
    article = one(str(FIXTURES / "harbour-strike.html"))
    assert article.id == "harbour-strike"
    assert article.title == "Dock workers end week-long strike after pay deal"
    assert article.source == "Coastal Courier"
    assert article.author == "Maria Okafor"
    assert article.published == "2023-03-14"
    assert article.url == "https://courier.example.com/business/2023/03/14/dock-strike-ends"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Dock workers at the port of Easthaven voted")
    # the second half of the body sits in a sibling container after an ad
    assert paragraphs[-1].startswith('"We lost trust on both sides')
    assert len(paragraphs) == 6
    for noise in ("Advertisement", "Home", "Related stories", "Privacy", "All rights reserved"):
        assert noise not in article.text


def test_html_split_body_keeps_non_ascii_characters(tmp_path):
    """The rejoined half of a UTF-8 page is not read as Latin-1 by lxml, which does not
    see an HTML5 <meta charset> after a non-ASCII title (as on a WIRED page)."""
    markup = (FIXTURES / "harbour-strike.html").read_text(encoding="utf-8")
    head = ('<meta charset="utf-8">\n'
            "<title>Dock workers end strike after pay deal | Coastal Courier</title>")
    assert head in markup
    markup = markup.replace(head, '<title>Dock workers end strike \u2026 | Coastal Courier</title>'
                                  '<meta charset="utf-8">')
    markup = markup.replace("Wednesday morning but", "Wednesday morning \u2014 but")
    markup = markup.replace('"We lost trust', "\u201cWe lost trust")
    markup = markup.replace('schedule,"', "schedule,\u201d")
    page = tmp_path / "harbour-strike-typeset.html"
    page.write_bytes(markup.encode("utf-8"))
    article = one(str(page))
    assert "Wednesday morning \u2014 but" in article.text
    assert article.text.split("\n\n")[-1].startswith("\u201cWe lost trust on both sides")
    assert "\u00e2\u20ac" not in article.text and "\u00e2\x80" not in article.text


def test_html_split_body_skips_hidden_containers(tmp_path):
    """A hidden element of the body's class (an ad-blocker notice) is not body text."""
    notice = "".join(f"<p>We rely on advertising to fund our journalism, reason {n} of many, "
                     f"so please turn off your ad blocker for this website today.</p>"
                     for n in range(3))
    markup = (FIXTURES / "harbour-strike.html").read_text(encoding="utf-8")
    markup = markup.replace("</article>", f'<div style="display: none;" class="notice">'
                                          f'<div class="story-body">{notice}</div></div></article>')
    page = tmp_path / "harbour-strike-adblock.html"
    page.write_bytes(markup.encode("utf-8"))
    article = one(str(page))
    assert "ad blocker" not in article.text
    assert article.text.split("\n\n")[-1].startswith('"We lost trust on both sides')


def test_html_without_title_gets_one(tmp_path):
    body = "".join(f"<p>Paragraph {n} of a page that has no title element, but it has "
                   f"enough words in it to count as an article body for the reader.</p>"
                   for n in range(5))
    page = tmp_path / "untitled.htm"
    page.write_text(f"<html><body><div>{body}</div></body></html>", encoding="utf-8")
    article = one(str(page))
    assert article.title
    assert "Paragraph 1 of a page" in article.text


def test_html_legacy_encoding_declared(tmp_path):
    text = ("<html><head><meta charset='windows-1252'><title>Caf\u00e9 owners protest</title>"
            "</head><body><article><h1>Caf\u00e9 owners protest</h1>"
            + "<p>The caf\u00e9 owners said the new \u201cterrace fee\u201d would cost them "
              "dearly, and they asked the mayor to delay it until next year.</p>" * 3
            + "</article></body></html>")
    page = tmp_path / "cafe.html"
    page.write_bytes(text.encode("cp1252"))
    article = one(str(page))
    assert article.title == "Caf\u00e9 owners protest"
    assert "\u201cterrace fee\u201d" in article.text


def test_html_with_nothing_to_read_fails(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    [item] = read(str(page))
    assert isinstance(item, Failure)
    assert "no article text" in item.reason


def test_hostile_html_is_text_only(tmp_path):
    page = tmp_path / "hostile.html"
    paragraph = ("<p>The council met on Monday and agreed to publish the minutes of every "
                 "meeting online within a week, officials said.</p>")
    page.write_text("<html><head><title>Council minutes</title></head><body><article>"
                    + paragraph * 3
                    + "<script>alert('x')</script><iframe src='http://evil.example'></iframe>"
                    "<img src=x onerror=alert(1)></article></body></html>")
    article = one(str(page))
    assert "alert" not in article.text and "<" not in article.text


# ------------------------------------------------------------------ Markdown
def test_markdown_front_matter_and_structure():
    article = one(str(FIXTURES / "budget-notes.md"))
    assert article.title == "City council passes a leaner budget"
    assert article.source == "Metro Ledger"
    assert article.url == "https://ledger.example.org/council-budget"
    assert article.published == "2024-06-02"
    assert article.author == "Sam Whitfield, Priya Natarajan"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("The council approved the 2025 budget by seven votes")
    assert "Road repairs fall by 12 percent." in paragraphs
    assert "A public consultation opens in July." in paragraphs
    assert not any(mark in article.text for mark in ("**", "#", "](", "---", "tags"))
    assert article.text.count("City council passes a leaner budget") == 0


def test_markdown_first_heading_is_title():
    article = one(str(FIXTURES / "heading-title.md"))
    assert article.title == "Rail operator apologises for weekend delays"
    assert article.text.startswith("Passengers on the northern line")
    assert "*" not in article.text


def test_markdown_bad_front_matter_is_noted(tmp_path):
    md = tmp_path / "bad.md"
    md.write_text("---\ntitle: [unclosed\n---\n\n# Storm closes schools\n\nAll schools in "
                  "the district were closed on Thursday as the storm approached.\n")
    article = one(str(md))
    assert article.title == "Storm closes schools"
    assert "front-matter" in kinds(article)


# ------------------------------------------------------------------ JSON Lines
def test_jsonl_records_and_bad_lines_fail_alone():
    items = read(str(FIXTURES / "records.jsonl"))
    assert [type(i).__name__ for i in items] == [
        "Article", "Article", "Failure", "Failure", "Failure", "Article", "Failure"]
    a1, a2, bad_json, no_id, not_object, a6, blank = items
    assert (a1.id, a1.title, a1.source, a1.published) == (
        "a1", "Ferry service resumes", "Island News", "2022-05-09")
    assert a1.text.split("\n\n")[1] == "Officials said the timetable would be normal by Friday."
    # a one-sentence record without a title keeps its sentence as the body
    assert a2.text == "Analysts say the merger may not be approved before next year."
    assert a2.title == a2.text
    assert bad_json.origin.endswith("records.jsonl:3") and "not valid JSON" in bad_json.reason
    assert no_id.reason == 'record has no "id"'
    assert "not a JSON object" in not_object.reason
    assert a6.id == "a6" and a6.title == "Museum reopens"
    assert a6.text.startswith("The city museum reopened on Saturday")
    assert "no \"text\"" in blank.reason


def test_jsonl_untitled_record_keeps_first_line(tmp_path):
    path = tmp_path / "r.jsonl"
    text = "Mayor resigns.\n\nThe mayor resigned on Monday, the city said.\n\nMayor resigns."
    path.write_text(json.dumps({"id": 1, "text": text}) + "\n")
    article = one(str(path))
    assert article.title == "Mayor resigns."
    assert article.text == "Mayor resigns.\n\nThe mayor resigned on Monday, the city said."


# ------------------------------------------------------------------ decoding
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
def test_text_encodings(tmp_path, encoding):
    path = tmp_path / f"enc-{encoding}.txt"
    body = ("Señor García’s café reopens\n\nThe café on the main square reopened on "
            "Monday, its owner, José García, said. “We missed our customers,” he said.\n")
    if encoding in ("latin-1",):
        body = body.replace("’", "'").replace("“", '"').replace("”", '"')
    path.write_bytes(body.encode(encoding))
    article = one(str(path))
    assert article.title.startswith("Señor García")
    assert "José García" in article.text


def test_jsonl_utf16(tmp_path):
    path = tmp_path / "u16.jsonl"
    record = json.dumps({"id": "x", "title": "Título", "text": "Él dijo que sí."},
                        ensure_ascii=False)
    path.write_bytes((record + "\n").encode("utf-16"))
    article = one(str(path))
    assert (article.id, article.title, article.text) == ("x", "Título", "Él dijo que sí.")


@pytest.mark.parametrize("name,data,expect", [
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
    ("doc.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)), "PDF"),
    ("blob.md", bytes(range(256)) * 8, "binary"),
    ("data.jsonl", b"PK\x03\x04" + bytes(200), "ZIP"),
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n\t\n", "empty"),
])
def test_binary_and_empty_refused(tmp_path, name, data, expect):
    path = tmp_path / name
    path.write_bytes(data)
    items = read(str(path))
    assert len(items) == 1 and isinstance(items[0], Failure), items
    assert items[0].origin == str(path)
    assert expect.lower() in items[0].reason.lower()
    assert "\n" not in items[0].reason


# ------------------------------------------------------------------ folders, globs, stdin
def _tree(root: Path) -> None:
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("Alpha headline\n\nAlpha body text here.\n")
    (root / "b" / "c.md").write_text("# Charlie headline\n\nCharlie body text.\n")
    (root / "b" / "deep" / "d.jsonl").write_text('{"id": "d", "text": "Delta body."}\n')
    (root / "b" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / ".hidden" / "e.txt").write_text("Hidden\n\nNot read.\n")
    (root / "Z.txt").write_text("Zulu headline\n\nZulu body.\n")


def test_folder_recursive_stable_order(tmp_path):
    _tree(tmp_path)
    ids = [a.id for a in read(str(tmp_path))]
    assert ids == ["Z", "a", "c", "d"]
    assert ids == [a.id for a in read(str(tmp_path))]


def test_glob_and_missing_inputs_in_order(tmp_path):
    _tree(tmp_path)
    items = read(str(tmp_path / "**" / "*.md"), str(tmp_path / "nope.txt"),
                 str(tmp_path / "*.xyz"), str(tmp_path / "a.txt"))
    assert isinstance(items[0], Article) and items[0].id == "c"
    assert isinstance(items[1], Failure) and items[1].reason == "no such file or folder"
    assert isinstance(items[2], Failure) and "pattern" in items[2].reason
    assert isinstance(items[3], Article) and items[3].id == "a"


def test_empty_folder_and_unsupported_file(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    first, second = read(str(tmp_path / "empty"), str(tmp_path / "notes.docx"))
    assert isinstance(first, Failure) and "no supported files" in first.reason
    assert isinstance(second, Failure) and "unsupported file type '.docx'" in second.reason


@pytest.mark.parametrize("data,title,text_start", [
    (b"Plain headline\n\nPlain body sentence one.\n", "Plain headline", "Plain body"),
    (b"---\ntitle: Front matter title\n---\n\nMarkdown *body* here.\n", "Front matter title",
     "Markdown body here."),
    (b"<!DOCTYPE html><html><head><title>Page title</title></head><body><article>"
     + b"<p>An HTML body sentence that is long enough to be taken as the article text.</p>" * 3
     + b"</article></body></html>", "Page title", "An HTML body sentence"),
])
def test_stdin_sniffs_format(data, title, text_start):
    article = one("-", stdin=data)
    assert article.id == "stdin" and article.origin == "stdin"
    assert article.title == title
    assert article.text.startswith(text_start)


def test_stdin_jsonl_streams_records():
    data = b'\n{"id": "s1", "text": "One."}\n{bad\n{"id": "s2", "text": "Two."}\n'
    items = read("-", stdin=data)
    assert [getattr(i, "id", None) for i in items] == ["s1", None, "s2"]
    assert items[1].origin == "stdin:3"


def test_stdin_empty():
    [item] = read("-", stdin=b"")
    assert isinstance(item, Failure) and item.origin == "stdin" and "empty" in item.reason


def test_read_inputs_is_lazy(tmp_path):
    (tmp_path / "a.txt").write_text("A\n\nBody of a.\n")
    consumed = []

    def inputs():
        for name in ("a.txt", "b.txt"):
            consumed.append(name)
            yield str(tmp_path / name)

    stream = read_inputs(inputs())
    first = next(stream)
    assert first.id == "a" and consumed == ["a.txt"]
    second = next(stream)
    assert isinstance(second, Failure) and consumed == ["a.txt", "b.txt"]


def test_html_author_drops_roles_and_site_name():
    from reporter.ingest.html import _author

    assert _author("Tom Krisher; AP Auto Writer", "Post") == "Tom Krisher"
    assert _author("Condé Nast; Louise Matsakis", "Condé Nast") == "Louise Matsakis"
    assert _author(None, "Post") is None
