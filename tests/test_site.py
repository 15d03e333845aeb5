"""The static site: relative links, reproducible bytes, incremental rebuilds, people pages."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reporter.publish.site import build_site

ARTICLES = [
    {"id": "a1", "title": "Council approves budget", "published": "2024-03-02",
     "source": "City Times",
     "text": "The city council approved the budget on Monday, a week after Northwind "
             "Logistics closed its depot.\n\n\"This budget protects "
             "jobs,\" said Mayor Jane Harlow. Harlow told reporters the vote may be "
             "challenged in court."},
    {"id": "a2", "title": "Harlow defends spending plan", "published": "2024-03-05",
     "source": "City Times",
     "text": "Mayor Jane Harlow defended the plan on Thursday.\n\n\"We will not cut "
             "schools,\" Harlow said. The opposition leader, Tom Reyes, said the plan was "
             "reckless."},
]


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return [str(path)]


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def all_links(site: Path) -> dict[Path, list[str]]:
    out = {}
    for page in site.rglob("*.html"):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        out[page] = parser.links
    return out


def snapshot(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file()}


def test_site_layout_and_relative_links(inputs, tmp_path, nlp):
    site = tmp_path / "site"
    report = build_site(inputs, site, cache_dir=tmp_path / "cache")
    assert report.pages == 2 and not report.failures
    assert (site / "index.html").is_file()
    assert sorted(p.name for p in (site / "briefings").iterdir()) == [
        "council-approves-budget.html", "harlow-defends-spending-plan.html"]
    people = {p.name for p in (site / "people").iterdir()}
    assert "jane-harlow.html" in people
    for page, links in all_links(site).items():
        for link in links:
            assert not re.match(r"^([a-z]+:|/)", link), (page, link)
            target = link.split("#")[0]
            if target:
                assert (page.parent / target).resolve().is_file(), (page, link)


def test_people_pages_are_for_people_worth_following(inputs, tmp_path, nlp):
    """Quoted people get a page; a company named once in passing does not, and the
    index links only to pages that exist."""
    site = tmp_path / "site"
    build_site(inputs, site, cache_dir=tmp_path / "cache")
    people = {p.name for p in (site / "people").iterdir()}
    assert {"jane-harlow.html", "tom-reyes.html"} <= people
    assert not any(name.startswith("northwind") for name in people)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "people/jane-harlow.html" in index and "people/northwind" not in index


def test_person_page_gathers_statements_across_articles(inputs, tmp_path, nlp):
    site = tmp_path / "site"
    build_site(inputs, site, cache_dir=tmp_path / "cache")
    page = (site / "people" / "jane-harlow.html").read_text(encoding="utf-8")
    assert "This budget protects jobs" in page and "We will not cut schools" in page
    assert "../briefings/council-approves-budget.html#s" in page


def test_index_lists_briefings_newest_first_and_works_without_js(inputs, tmp_path, nlp):
    site = tmp_path / "site"
    build_site(inputs, site, cache_dir=tmp_path / "cache")
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.index("Harlow defends spending plan") < index.index("Council approves budget")
    assert '<div class="search" hidden>' in index  # the search box appears only with JS
    assert "<script>" in index and "src=" not in index.split("<script>")[1]


def test_rebuild_is_reproducible_and_incremental(inputs, tmp_path, nlp):
    cache = tmp_path / "cache"
    first = build_site(inputs, tmp_path / "one", cache_dir=cache)
    assert first.analysed == 2 and first.cached == 0
    again = build_site(inputs, tmp_path / "one", cache_dir=cache)
    assert again.analysed == 0 and again.cached == 2 and again.rendered == 0
    build_site(inputs, tmp_path / "two", cache_dir=cache)
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_timestamp_only_when_asked(inputs, tmp_path, nlp):
    build_site(inputs, tmp_path / "s", cache_dir=tmp_path / "c", timestamp="2024-03-06 09:00")
    assert "2024-03-06 09:00" in (tmp_path / "s" / "index.html").read_text(encoding="utf-8")


def test_removed_article_page_is_deleted(inputs, tmp_path, nlp):
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_site(inputs, site, cache_dir=cache)
    only_first = tmp_path / "first.jsonl"
    only_first.write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    build_site([str(only_first)], site, cache_dir=cache)
    assert not (site / "briefings" / "harlow-defends-spending-plan.html").exists()
    assert "Harlow defends" not in (site / "index.html").read_text(encoding="utf-8")


def test_site_command_reports_failures_and_builds_the_rest(inputs, tmp_path, nlp):
    from click.testing import CliRunner

    from reporter.cli import main

    result = CliRunner().invoke(main, ["site", *inputs, str(tmp_path / "nothing.txt"),
                                       "-o", str(tmp_path / "site"),
                                       "--cache", str(tmp_path / "cache"), "--jobs", "1"])
    assert result.exit_code == 1
    assert "nothing.txt" in result.stderr
    assert "2 briefings" in result.stderr
    assert (tmp_path / "site" / "index.html").is_file()
