"""PLACEHOLDER (being replaced under issue 4)."""

from __future__ import annotations

from spacy.tokens import Doc

from reporter.analyse.entities import EntityIndex
from reporter.model import Keyphrase


def rank_keyphrases(doc: Doc, entities: EntityIndex) -> list[Keyphrase]:
    return []
