"""process_articles: one Result per article, in order, failures alone."""

from __future__ import annotations

import pytest

from reporter.model import Article
from reporter.pipeline import analyse_articles, process_articles

pytestmark = pytest.mark.usefixtures("nlp")


def test_a_text_too_long_for_the_model_fails_alone(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 100)
    items = [Article(id="a", title="A", text="Short text about a vote.", origin="a"),
             Article(id="b", title="B", text="word " * 50, origin="b"),
             Article(id="c", title="C", text="Another short text.", origin="c")]
    results = list(process_articles(items))
    assert [r.origin for r in results] == ["a", "b", "c"]
    assert results[0].ok and results[2].ok
    assert "too long" in results[1].error


def test_a_render_failure_is_that_articles_failure():
    def render(briefing, article):
        if article.id == "b":
            raise ValueError("no fonts")
        return article.id

    items = [Article(id=i, title=i, text=f"Text number {i}.", origin=i) for i in "abc"]
    results = list(analyse_articles(items, batch_size=2, render=render))
    assert [r.output for r in results] == ["a", None, "c"]
    assert results[1].error == "rendering failed: no fonts"
