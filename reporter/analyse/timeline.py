"""PLACEHOLDER (being replaced under issue 4)."""

from __future__ import annotations

from spacy.tokens import Doc

from reporter.model import TimelineEvent


def build_timeline(doc: Doc, published: str | None) -> list[TimelineEvent]:
    return []
