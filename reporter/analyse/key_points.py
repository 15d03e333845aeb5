"""PLACEHOLDER (being replaced under issue 4)."""

from __future__ import annotations

from spacy.tokens import Doc

from reporter.analyse.entities import EntityIndex
from reporter.model import Keyphrase, Quote


def pick_key_points(doc: Doc, quotes: list[Quote], keyphrases: list[Keyphrase],
                    entities: EntityIndex) -> list[int]:
    return []
