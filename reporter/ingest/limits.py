"""Limits on what one input may cost, so a hostile or broken file fails alone and fast.

`Limits` is passed to `read_inputs`; the defaults suit news articles (a long
feature is well under 1 MB of text) while leaving room for big documents of
a few MB, which are read in time linear in their size.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1_000_000


@dataclass(frozen=True)
class Limits:
    """What a single input may be; anything over a limit fails with a clear reason.

    max_bytes:   size of one file (or of standard input, or of one JSON Lines
                 record) in bytes. A JSON Lines file as a whole may be larger:
                 it is read record by record.
    max_chars:   length of one article's cleaned text, in characters.
    max_title:   characters kept of a title (a longer one is shortened, not refused).
    """

    max_bytes: int = 10 * MB
    max_chars: int = 5 * MB
    max_title: int = 300

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_chars", "max_title"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")


DEFAULT_LIMITS = Limits()


def size(n: int) -> str:
    """A byte count for messages: '10 MB', '512 kB', '80 bytes'."""
    if n >= MB:
        return f"{n / MB:.3g} MB"
    if n >= 1000:
        return f"{n / 1000:.3g} kB"
    return f"{n} bytes"


_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": MB, "mb": MB, "g": 1000 * MB, "gb": 1000 * MB,
          "kib": 1024, "mib": 1024 ** 2, "gib": 1024 ** 3}


def parse_size(text: str) -> int:
    """'10MB', '512 kB', '2.5M', '1000' -> bytes (for a --max-size option); ValueError if not."""
    import re

    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", text.lower())
    if not match or match.group(2) not in _UNITS:
        raise ValueError(f"not a size: {text!r} (e.g. 10MB, 512kB)")
    value = int(float(match.group(1)) * _UNITS[match.group(2)])
    if value <= 0:
        raise ValueError(f"size must be positive: {text!r}")
    return value
