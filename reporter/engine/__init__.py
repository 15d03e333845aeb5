"""engine: run a batch of articles on this process, on all cores, or on a Dask cluster.

`run_batch` is the one entry point every command uses (build, analyze, and
any later one): it takes Articles and Failures (as `read_inputs` yields them,
lazily) and yields one `Result` per input, **in input order**, each as soon
as it and every input before it are done. Work goes out in small chunks and
only a bounded number of chunks is ever in flight, so memory stays flat
however long the batch.

- ``jobs == 1`` and engine ``local``: everything in this process.
- ``jobs > 1`` and engine ``local``: a pool of worker processes
  (`reporter.engine.local`), each loading the spaCy model once.
- engine ``dask``: a Dask distributed cluster (`reporter.engine.dask_engine`),
  a LocalCluster of `jobs` workers unless a scheduler address is given.

Each article is parsed, analysed and rendered (`render`, e.g. a
`tasks.RenderFormats`) where it runs; a failing article becomes a Result
with an `error`, and never stops the batch.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import Any, Protocol

from reporter.ingest import Failure, Limits, read_inputs
from reporter.model import Article
from reporter.pipeline import Render, Result, analyse_articles

ENGINES = ("local", "dask")
CHUNK_SIZE = 2  # articles per task: small, so cores stay busy and outputs arrive steadily


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class Pool(Protocol):
    """What an engine offers the ordering loop."""

    def submit(self, articles: list[Article]) -> Any:
        """Start work on a chunk; a future whose result() is its list of Results."""

    def recover(self, exc: BaseException) -> bool:
        """After a chunk's future raised `exc`: may its articles be retried one by one?"""

    def close(self) -> None: ...


class _Chunk:
    __slots__ = ("articles", "future", "results")

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.future: Any = None
        self.results: list[Result] | None = None


def run_ordered(items: Iterable[Article | Failure], pool: Pool, *, chunk_size: int = CHUNK_SIZE,
                window: int = 8) -> Iterator[Result]:
    """Send articles to `pool` in chunks; yield Results in input order as they complete.

    At most `window` chunks are in flight: reading the inputs waits for the
    oldest one, which bounds memory (and keeps outputs flowing in order).
    """
    # Each slot: a Failure result ready to go, or (chunk, index in chunk).
    slots: deque[Result | tuple[_Chunk, int]] = deque()
    open_chunk = _Chunk()
    in_flight = 0

    def submit_open() -> None:
        nonlocal open_chunk, in_flight
        if open_chunk.articles:
            open_chunk.future = pool.submit(open_chunk.articles)
            in_flight += 1
            open_chunk = _Chunk()

    def collect(chunk: _Chunk) -> list[Result]:
        if chunk.results is None:
            try:
                chunk.results = list(chunk.future.result())
            except Exception as exc:  # the task as a whole failed: worker died, cluster gone ...
                chunk.results = _retry_alone(chunk.articles, pool, exc)
            for result, article in zip(chunk.results, chunk.articles, strict=True):
                result.article = article  # workers do not send the article back
            chunk.future = None
        return chunk.results

    def drain(block: bool) -> Iterator[Result]:
        nonlocal in_flight
        while slots:
            head = slots[0]
            if isinstance(head, Result):
                slots.popleft()
                yield head
                continue
            chunk, index = head
            if chunk.future is None and chunk.results is None:  # still open: send it now
                if not block:
                    return
                submit_open()
            if not block and chunk.results is None and not chunk.future.done():
                return
            results = collect(chunk)
            slots.popleft()
            if index == len(results) - 1:
                in_flight -= 1
                chunk.results = None
            yield results[index]

    for item in items:
        if isinstance(item, Failure):
            slots.append(Result(item.origin, error=item.reason))
        else:
            open_chunk.articles.append(item)
            slots.append((open_chunk, len(open_chunk.articles) - 1))
            if len(open_chunk.articles) >= chunk_size:
                submit_open()
        yield from drain(block=False)
        while in_flight >= window:
            before = in_flight
            for result in drain(block=True):
                yield result
                if in_flight < before:
                    break
    submit_open()
    yield from drain(block=True)


def _retry_alone(articles: list[Article], pool: Pool, exc: BaseException) -> list[Result]:
    """A whole chunk failed: retry each article on its own, so only the culprit fails.

    (A chunk may also fail because another chunk's article broke the pool it
    shared, so a chunk of one is retried too.)
    """
    reason = f"worker failed: {exc.__class__.__name__}: {exc}".strip().rstrip(":")[:300]
    if not pool.recover(exc):
        return [Result(a.origin, error=reason) for a in articles]
    out = []
    for article in articles:
        try:
            out.extend(pool.submit([article]).result())
        except Exception as again:
            pool.recover(again)
            out.append(Result(article.origin,
                              error=f"worker failed: {again.__class__.__name__}: {again}"[:300]))
    return out


def run_batch(items: Iterable[Article | Failure], *, model: str | None = None,
              jobs: int | None = None, engine: str = "local", scheduler: str | None = None,
              render: Render | None = None, chunk_size: int = CHUNK_SIZE,
              dask_processes: bool = True) -> Iterator[Result]:
    """One Result per item, in input order (see the module docstring).

    `render(briefing)` runs where the article is analysed; its return value is
    `Result.output`. `dask_processes=False` runs a LocalCluster's workers as
    threads of this process (tests).
    """
    jobs = default_jobs() if jobs is None or jobs < 1 else jobs
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    items = iter(items)
    head = list(islice(items, 2))
    items = chain(head, items)
    if engine == "local" and (jobs == 1 or len(head) < 2):
        # one article: starting worker processes would cost more than it saves; with a core
        # to spare, its PDF is laid out by a helper that loads WeasyPrint meanwhile
        if jobs > 1 and "pdf" in getattr(render, "formats", ()):
            from reporter.render.pdf import pdf_helper

            with pdf_helper():
                yield from analyse_articles(items, model=model, render=render)
            return
        yield from analyse_articles(items, model=model, render=render)
        return
    pool: Pool
    if engine == "local":
        from reporter.engine.local import ProcessPool

        pool = ProcessPool(jobs, model=model, render=render)
    else:
        try:
            from reporter.engine.dask_engine import DaskPool
        except ImportError as exc:
            raise RuntimeError("the dask engine needs dask.distributed: "
                               "pip install 'reporter[distributed]'") from exc

        pool = DaskPool(jobs, model=model, render=render, scheduler=scheduler,
                        processes=dask_processes)
    try:
        yield from run_ordered(items, pool, chunk_size=chunk_size, window=max(4, 3 * jobs))
    finally:
        pool.close()


def run_inputs(inputs: Iterable[str], *, limits: Limits | None = None,
               any_language: bool = False, **options: Any) -> Iterator[Result]:
    """`run_batch` over the user's inputs (files, folders, globs, `-`), read lazily."""
    return run_batch(read_inputs(inputs, limits=limits, any_language=any_language), **options)


__all__ = ["ENGINES", "Result", "default_jobs", "run_batch", "run_inputs", "run_ordered"]
