"""What a reader says when an input cannot become an article."""

from __future__ import annotations

from dataclasses import dataclass


def printable(text: str) -> str:
    """`text` safe to print on one terminal line: control and format characters escaped.

    File names and reasons may carry newlines or terminal escape sequences
    (a file called "a\\x1b[2J.txt"); printed as is they would forge or hide
    lines of the report.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)


@dataclass
class Failure:
    """An input that could not be read: where it came from and why, in one line.

    Both fields are made printable (control characters escaped) on creation.
    """

    origin: str
    reason: str

    def __post_init__(self) -> None:
        self.origin = printable(str(self.origin))
        self.reason = printable(str(self.reason))


class IngestError(ValueError):
    """Raised by readers for an input they cannot turn into an article."""
