"""The local engine: a pool of worker processes on this machine.

Each worker loads the spaCy model once (the pool's initializer) and then
parses, analyses and renders chunks of articles with `process_articles`.
On Linux the workers are forked after this process has loaded the model
and imported the renderers, so they start at once and share those pages;
elsewhere they are spawned and load the model themselves.

A worker that dies (a crash in a native library, the OOM killer) breaks the
pool: the pool is rebuilt and the articles it held are retried one by one,
so only the article at fault fails.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from reporter.model import Article
from reporter.pipeline import Render, Result, process_articles


def _init_worker(model: str | None, render: Render | None) -> None:
    # Ctrl-C is the parent's to handle: it shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm(model, render)


def warm(model: str | None, render: Render | None) -> None:
    """Load the model and import what the render task needs (once per process)."""
    import reporter.analyse  # noqa: F401
    from reporter.nlp import load_pipeline

    load_pipeline(model)
    if render is not None and hasattr(render, "warm"):
        render.warm()


def run_chunk(articles: list[Article], model: str | None, render: Render | None) -> list[Result]:
    """A worker's task: Results without the articles (the parent has them already)."""
    results = list(process_articles(articles, model, render))
    for result in results:
        result.article = None
    return results


class ProcessPool:
    """`jobs` worker processes, rebuilt if one of them dies."""

    def __init__(self, jobs: int, *, model: str | None = None,
                 render: Render | None = None) -> None:
        self.jobs = jobs
        self.model = model
        self.render = render
        fork = sys.platform.startswith("linux") and \
            "fork" in multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if fork else "spawn")
        if fork:  # load once here; the forked workers inherit the loaded model
            warm(model, render)
            # the model outlives every worker: keep the workers' collector off it (no
            # traversal, no copy-on-write of its pages), as the gc module docs advise
            gc.freeze()
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=self.context, initializer=_init_worker,
                                   initargs=(self.model, self.render))

    def submit(self, articles: list[Article]) -> Future:
        return self.executor.submit(run_chunk, articles, self.model, self.render)

    def recover(self, exc: BaseException) -> bool:
        if not isinstance(exc, BrokenProcessPool):
            return False
        try:  # several chunks fail with the same broken pool: rebuild it once only
            self.executor.submit(int).cancel()
        except (BrokenProcessPool, RuntimeError):
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()
        return True

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
