"""PLACEHOLDER (being replaced under issue 3): direct quotations and speakers."""

from __future__ import annotations

from spacy.tokens import Doc

from reporter.analyse.entities import EntityIndex
from reporter.model import Quote


def find_quotes(doc: Doc, entities: EntityIndex) -> list[Quote]:
    return []
