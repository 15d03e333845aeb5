"""Batch feedback on stderr: a progress bar on a terminal, one line per failure, a summary.

The bar (rich) appears only when stderr is a terminal; the failure lines and
the summary line are always printed, one line each, so logs and CI output
stay greppable. The bar is redrawn on each finished article rather than by
a background thread, so worker processes can be forked safely meanwhile.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import IO, Any


class BatchProgress:
    """Counts Results as they come; `summary()` says how the batch went."""

    def __init__(self, verb: str = "built", *, stream: IO[str] | None = None,
                 bar: bool | None = None) -> None:
        self.verb = verb
        self.stream = stream if stream is not None else sys.stderr
        self.bar = _isatty(self.stream) if bar is None else bar
        self.done = 0
        self.failed = 0
        self.words = 0
        self.started = time.perf_counter()
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> BatchProgress:
        self.started = time.perf_counter()
        if self.bar:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            console = Console(file=self.stream, stderr=self.stream is sys.stderr)
            self._progress = Progress(
                SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                MofNCompleteColumn(), TextColumn("{task.fields[failed]} failed"),
                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                console=console, auto_refresh=False, transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("articles", total=None, failed=0, rate="")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def ok(self, words: int = 0) -> None:
        self.done += 1
        self.words += words
        self._update()

    def fail(self, origin: str, reason: str) -> None:
        """One line on stderr naming the input and the reason; the batch goes on."""
        self.failed += 1
        self.echo(f"reporter: {origin}: {' '.join(reason.split())}")
        self._update()

    def echo(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=self.stream, flush=True)

    def _update(self) -> None:
        if self._progress is None:
            return
        total = self.done + self.failed
        elapsed = self.elapsed
        rate = f"{_rate(total / elapsed)}/s" if elapsed > 0 else ""
        self._progress.update(self._task, completed=total, failed=self.failed, rate=rate,
                              refresh=True)

    def summary(self) -> str:
        total = self.done + self.failed
        elapsed = self.elapsed
        rate = f", {_rate(total / elapsed)} articles/s" if elapsed > 0 and total else ""
        return (f"reporter: {total} articles: {self.done} {self.verb}, {self.failed} failed "
                f"in {elapsed:.1f}s{rate}")


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _rate(per_second: float) -> str:
    return f"{per_second:.1f}" if per_second >= 1 else f"{per_second:.2f}"
