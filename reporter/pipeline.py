"""The pipeline in one place: inputs -> Articles -> Docs -> Briefings (-> rendered outputs).

Articles stream through spaCy's `nlp.pipe` in batches, and each Result is
yielded as soon as it is ready, so memory stays flat however long the batch
and the caller can write each article's outputs straight away.

`process_articles` is the unit of work every engine runs: in this process
(`--jobs 1`), in a worker process (`reporter.engine.local`) or on a Dask
worker (`reporter.engine.dask_engine`). One code path is what makes the
engines' results byte-identical.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from reporter.ingest import Failure, Limits, read_inputs
from reporter.model import Article, Briefing

BATCH_SIZE = 4  # small batches: flat peak memory, steady output; spaCy on CPU gains little

#: `render(briefing, article)`: what the caller wants from the worker (JSON
#: text, rendered files ...). Must be picklable (a top-level function or
#: class, or a functools.partial of one) for the process and Dask engines.
Render = Callable[[Briefing, Article], Any]


@dataclass
class Result:
    """One input's outcome: a briefing (and its rendered output), or the failure that stopped it.

    `output` is what the batch's `render` callable returned for the briefing.
    """

    origin: str
    briefing: Briefing | None = None
    error: str | None = None
    article: Article | None = None
    output: Any = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.briefing is not None


def _finish(article: Article, doc: Any, render: Render | None) -> Result:
    from reporter.analyse import analyse

    try:
        briefing = analyse(article, doc)
    except Exception as exc:  # one broken article never stops the batch
        return Result(article.origin, error=f"analysis failed: {exc!r}", article=article)
    output = None
    if render is not None:
        try:
            output = render(briefing, article)
        except Exception as exc:
            return Result(article.origin, briefing=briefing, article=article,
                          error=f"rendering failed: {exc}")
    return Result(article.origin, briefing=briefing, article=article, output=output)


def process_articles(articles: list[Article], model: str | None = None,
                     render: Render | None = None,
                     batch_size: int = BATCH_SIZE) -> Iterator[Result]:
    """Parse, analyse (and render) each article, yielding one Result each, in order.

    A text the model cannot take (longer than `nlp.max_length`) fails alone;
    if spaCy raises inside a batch, the rest of the batch is parsed one by
    one so that only the article at fault fails.
    """
    from reporter.nlp import load_pipeline

    nlp = load_pipeline(model)
    limit = nlp.max_length

    def too_long(article: Article) -> Result:
        return Result(article.origin, article=article,
                      error=f"article too long for the model ({len(article.text):,} characters;"
                      f" the limit is {limit:,})")

    fit = [a for a in articles if len(a.text) <= limit]
    docs = iter(nlp.pipe((a.text for a in fit), batch_size=batch_size))
    position = 0
    try:
        for position, article in enumerate(articles):  # noqa: B007 - used after the loop
            if len(article.text) > limit:
                yield too_long(article)
                continue
            yield _finish(article, next(docs), render)
        return
    except StopIteration:  # pragma: no cover - nlp.pipe yields one Doc per text
        pass
    except Exception:  # spaCy failed inside the batch: isolate the article at fault
        pass
    for article in articles[position:]:
        if len(article.text) > limit:
            yield too_long(article)
            continue
        try:
            doc = nlp(article.text)
        except Exception as exc:
            yield Result(article.origin, article=article, error=f"parsing failed: {exc!r}")
            continue
        yield _finish(article, doc, render)


def analyse_articles(items: Iterable[Article | Failure], model: str | None = None,
                     batch_size: int = BATCH_SIZE,
                     render: Render | None = None) -> Iterator[Result]:
    """Parse and analyse each article in this process, in input order.

    Failures pass through in place. Inputs are consumed lazily, `batch_size`
    at a time, and each Result is yielded as soon as its article is done.
    """
    buffer: list[Article | Failure] = []

    def flush() -> Iterator[Result]:
        done = process_articles([i for i in buffer if isinstance(i, Article)], model, render,
                                batch_size)
        for item in buffer:
            if isinstance(item, Failure):
                yield Result(item.origin, error=item.reason)
            else:
                yield next(done)
        buffer.clear()

    for item in items:
        buffer.append(item)
        if len(buffer) >= batch_size:
            yield from flush()
    if buffer:
        yield from flush()


def analyse_inputs(inputs: Iterable[str], model: str | None = None, *,
                   limits: Limits | None = None, any_language: bool = False
                   ) -> Iterator[Result]:
    """Read, parse and analyse every input (files, folders, JSON Lines) in this process."""
    return analyse_articles(read_inputs(inputs, limits=limits, any_language=any_language),
                            model=model)
