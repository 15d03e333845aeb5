"""Objects made once that live as long as the process: kept out of the collector's way."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def made_to_last() -> Iterator[None]:
    """Within the block, no garbage collection; after it, what exists is frozen.

    Importing spaCy or WeasyPrint and loading a pipeline make hundreds of thousands of
    objects that are never freed. The collector would scan them over and over for
    nothing (0.05-0.08 s of each of a cold build's two processes), and every later
    collection of a long batch would traverse them again. So the collection waits
    (a high gen-0 threshold, not `gc.disable()`: srsly's msgpack re-enables the
    collector), and `gc.freeze()` then moves all of it out of the collector's sight,
    as the gc documentation advises for long-lived objects.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(1_000_000, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
    gc.freeze()
