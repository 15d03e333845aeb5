"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reporter.model import Article, Briefing

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SAMPLE = EXAMPLES / "seed-pompeo-lavrov.txt"


@pytest.fixture(scope="session")
def nlp():
    from reporter.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyse_text(nlp) -> Callable[..., Briefing]:
    """Analyse a body text (already clean) as an article of its own."""
    from reporter.analyse import analyse

    def run(text: str, title: str = "Test article", published: str | None = None) -> Briefing:
        article = Article(id="test", title=title, text=text, published=published)
        return analyse(article, nlp(text))

    return run


@pytest.fixture(scope="session")
def quotes_of(nlp) -> Callable[[str], list]:
    """The quotes `find_quotes` gives for a text of one's own (entities found first)."""
    from reporter.analyse.entities import find_entities
    from reporter.analyse.quotes.extract import find_quotes

    def run(text: str) -> list:
        doc = nlp(text)
        return find_quotes(doc, find_entities(doc))

    return run


@pytest.fixture(scope="session")
def sample_briefing(nlp) -> Briefing:
    """The founding sample article, read and analysed the way the CLI does it."""
    from reporter.analyse import analyse
    from reporter.ingest.text import parse_text

    article = parse_text(SAMPLE.read_text(encoding="utf-8"), id=SAMPLE.stem, origin=str(SAMPLE))
    return analyse(article, nlp(article.text))
