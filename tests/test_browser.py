"""The HTML as readers meet it: in a real browser (Debian's Chromium, driven by Playwright).

Checks that pages raise no console errors, make no network request, have
their landmarks and a heading order without gaps, and that the site index's
search works. Screenshots land in the pytest temp folder for a human look.
"""

from __future__ import annotations

import json
import os
import shutil
from itertools import pairwise
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("REPORTER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

ARTICLES = [
    {"id": "a1", "title": "Council approves budget", "published": "2024-03-02",
     "text": "The council approved the budget on Monday.\n\n\"This budget protects jobs,\" "
             "said Mayor Jane Harlow. The vote may be challenged in court."},
    {"id": "a2", "title": "Harlow defends plan", "published": "2024-03-05",
     "text": "Mayor Jane Harlow defended the plan.\n\n\"We will not cut schools,\" "
             "Harlow said."},
]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory, sample_briefing, nlp):
    from reporter.publish.site import build_site
    from reporter.render.html import render_html

    root = tmp_path_factory.mktemp("browser")
    (root / "briefing.html").write_text(render_html(sample_briefing), encoding="utf-8")
    batch = root / "in.jsonl"
    batch.write_text("\n".join(json.dumps(a) for a in ARTICLES), encoding="utf-8")
    build_site([str(batch)], root / "site", cache_dir=root / "cache")
    return root


def open_page(browser, path: Path, dark: bool = False):
    page = browser.new_page(viewport={"width": 1100, "height": 1400},
                            color_scheme="dark" if dark else "light")
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: m.type in ("error", "warning") and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, requests, errors


def heading_levels(page) -> list[int]:
    return page.eval_on_selector_all("h1, h2, h3, h4, h5, h6",
                                     "els => els.map(e => Number(e.tagName[1]))")


@pytest.mark.parametrize("name", ["briefing.html", "site/index.html",
                                  "site/briefings/council-approves-budget.html",
                                  "site/people/jane-harlow.html"])
def test_page_is_clean_in_a_real_browser(browser, pages, name, tmp_path):
    page, requests, errors = open_page(browser, pages / name)
    assert errors == []
    assert [u for u in requests if not u.startswith("file://")] == []
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("main").count() == 1
    assert page.locator("header[role=banner], footer[role=contentinfo]").count() == 2
    levels = heading_levels(page)
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in pairwise(levels)), levels
    page.screenshot(path=str(tmp_path / (name.replace("/", "_") + ".png")), full_page=True)
    page.close()


def test_evidence_links_scroll_to_highlighted_sentence(browser, pages):
    page, _, _ = open_page(browser, pages / "briefing.html")
    link = page.locator("a.evidence").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(f"[id='{target[1:]}']").is_visible()
    page.close()


def test_index_search_filters_rows(browser, pages):
    page, _, errors = open_page(browser, pages / "site" / "index.html")
    assert page.locator(".search").is_visible()
    page.fill("#filter", "defends")
    visible = page.locator("#briefings tbody tr:visible")
    assert visible.count() == 1 and "Harlow defends plan" in visible.inner_text()
    page.fill("#filter", "")
    assert page.locator("#briefings tbody tr:visible").count() == 2
    page.click("#briefings thead th:first-child button")
    first = page.locator("#briefings tbody tr").first.inner_text()
    assert first.startswith("Council approves budget")
    assert errors == []
    page.close()


def test_dark_mode_changes_colours(browser, pages):
    light, _, _ = open_page(browser, pages / "briefing.html")
    dark, _, _ = open_page(browser, pages / "briefing.html", dark=True)
    style = "getComputedStyle(document.body).backgroundColor"
    assert light.evaluate(style) != dark.evaluate(style)
    light.close()
    dark.close()
