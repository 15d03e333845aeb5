"""The Dask engine: the same batch on a dask.distributed cluster.

Without a scheduler address a LocalCluster of `jobs` single-threaded worker
processes is started (and stopped at the end). With one, the batch runs on
that cluster; every worker needs reporter and its model installed (the same
versions as here), e.g. `pip install 'reporter[distributed]'` in the
workers' environment. Workers load the model once: a worker plugin loads it
when the worker joins, and `load_pipeline` is cached per process.

The tasks are the local engine's (`run_chunk`), so results are identical;
rendering happens on the workers and only bytes come back, which this
process writes, so the workers need no shared file system.
"""

from __future__ import annotations

import threading
from typing import Any

from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from reporter.model import Article
from reporter.pipeline import Render, Result

# A worker with several threads would run our tasks concurrently on one
# spaCy pipeline; the GIL gives threads nothing here, so they take turns.
_LOCK = threading.Lock()


def run_chunk_locked(articles: list[Article], model: str | None,
                     render: Render | None) -> list[Result]:
    from reporter.engine.local import run_chunk

    with _LOCK:
        return run_chunk(articles, model, render)


class LoadModel(WorkerPlugin):
    """Loads the spaCy model (and the renderers) on each worker as it starts."""

    name = "reporter-load-model"
    idempotent = True

    def __init__(self, model: str | None, render: Render | None) -> None:
        self.model = model
        self.render = render

    def setup(self, worker: Any) -> None:
        from reporter.engine.local import warm

        with _LOCK:
            warm(self.model, self.render)


class DaskPool:
    """Chunks go to a Dask cluster; `submit` returns distributed Futures."""

    def __init__(self, jobs: int, *, model: str | None = None, render: Render | None = None,
                 scheduler: str | None = None, processes: bool = True) -> None:
        self.model = model
        self.render = render
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1,
                                        processes=processes, dashboard_address=None)
            self.client = Client(self.cluster)
        try:
            self.client.register_plugin(LoadModel(model, render))
        except Exception:
            self.close()
            raise

    def submit(self, articles: list[Article]) -> Any:
        return self.client.submit(run_chunk_locked, articles, self.model, self.render,
                                  pure=False)

    def recover(self, exc: BaseException) -> bool:
        # A worker died (KilledWorker) or a task could not run there: retry one by one.
        return self.client.status == "running"

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
