"""What a reader says when an input cannot become an article."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Failure:
    """An input that could not be read: where it came from and why, in one line."""

    origin: str
    reason: str


class IngestError(ValueError):
    """Raised by readers for an input they cannot turn into an article."""
