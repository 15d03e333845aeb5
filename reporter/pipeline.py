"""The pipeline in one place: inputs -> Articles -> Docs -> Briefings.

Articles stream through spaCy's `nlp.pipe` in batches, and each Briefing is
yielded as soon as it is ready, so memory stays flat however long the batch
and the caller can write each article's outputs straight away.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reporter.ingest import Failure, read_inputs
from reporter.model import Article, Briefing

BATCH_SIZE = 32


@dataclass
class Result:
    """One input's outcome: a briefing, or the failure that prevented it."""

    origin: str
    briefing: Briefing | None = None
    error: str | None = None
    article: Article | None = None


def analyse_articles(items: Iterable[Article | Failure], model: str | None = None,
                     batch_size: int = BATCH_SIZE) -> Iterator[Result]:
    """Parse and analyse each article, in input order; failures pass through in place."""
    from reporter.analyse import analyse
    from reporter.nlp import load_pipeline

    nlp = load_pipeline(model)

    def texts(buffer: list[Article | Failure]) -> Iterator[tuple[str, Article | Failure]]:
        for item in buffer:
            if isinstance(item, Article):
                yield item.text, item

    buffer: list[Article | Failure] = []

    def flush() -> Iterator[Result]:
        docs = {id(a): doc for doc, a in nlp.pipe(texts(buffer), as_tuples=True,
                                                   batch_size=batch_size)}
        for item in buffer:
            if isinstance(item, Failure):
                yield Result(item.origin, error=item.reason)
                continue
            try:
                yield Result(item.origin, analyse(item, docs[id(item)]), article=item)
            except Exception as exc:  # one broken article never stops the batch
                yield Result(item.origin, error=f"analysis failed: {exc!r}", article=item)
        buffer.clear()

    for item in items:
        buffer.append(item)
        if len(buffer) >= batch_size:
            yield from flush()
    if buffer:
        yield from flush()


def analyse_inputs(inputs: Iterable[str], model: str | None = None) -> Iterator[Result]:
    """Read, parse and analyse every input (files, folders, JSON Lines)."""
    return analyse_articles(read_inputs(inputs), model=model)
