"""PLACEHOLDER (being replaced under issue 4)."""

from __future__ import annotations

from spacy.tokens import Doc

from reporter.analyse.entities import EntityIndex
from reporter.model import Issue, Keyphrase


def find_issues(doc: Doc, keyphrases: list[Keyphrase], entities: EntityIndex) -> list[Issue]:
    return []
