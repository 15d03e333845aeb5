"""PLACEHOLDER (being replaced under issue 4)."""

from __future__ import annotations

from spacy.tokens import Doc

from reporter.analyse.entities import EntityIndex
from reporter.model import OpenQuestion


def find_open_questions(doc: Doc, entities: EntityIndex, published: str | None) -> list[OpenQuestion]:
    return []
