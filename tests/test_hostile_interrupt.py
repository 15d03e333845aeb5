"""An interrupted `reporter build` leaves no half-written output, and the next run completes.

The build runs as a real subprocess (its own process group, as a shell job
would be) over a folder of articles; as soon as its first outputs appear it
is interrupted with Ctrl-C (SIGINT) or killed outright (SIGKILL). Every
visible file must then be complete, and a second run must finish the batch
and leave no temporary file behind.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLES = 24
TOPICS = ["the budget", "the border talks", "the rail strike", "the new port", "the election",
          "the water plan"]


def _write_articles(folder: Path) -> None:
    folder.mkdir()
    for n in range(ARTICLES):
        topic = TOPICS[n % len(TOPICS)]
        body = " ".join(
            f'"We will decide on {topic} soon," minister number {n} said on day {k}. '
            f"Officials said talks on {topic} might resume next month, but nothing is fixed."
            for k in range(12))
        (folder / f"story-{n:02d}.txt").write_text(f"Story {n} on {topic}\n{body}\n",
                                                   encoding="utf-8")


def _complete(path: Path) -> bool:
    data = path.read_bytes()
    if path.suffix == ".json":
        try:
            json.loads(data)
        except ValueError:
            return False
        return True
    if path.suffix == ".html":
        return data.rstrip().endswith(b"</html>")
    return data.endswith(b"\n") and len(data) > 20


def _as_a_terminal_starts_it() -> None:
    """Ctrl-C at its default in the build, as in a job a terminal starts, whatever this
    test process inherited: a background job of a non-interactive shell (`.ci/run &`)
    starts with SIGINT ignored, and the build would then rightly ignore Ctrl-C too."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _build(inputs: Path, out: Path, jobs: int = 1) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "reporter.cli", "build", str(inputs), "-o", str(out),
         "--format", "json,html,md", "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True,
        preexec_fn=_as_a_terminal_starts_it)


def _interrupt(proc: subprocess.Popen, out: Path, sig: int) -> None:
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if out.is_dir() and any(p.suffix == ".json" for p in out.iterdir()):
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the build finished before it could be interrupted"
        os.killpg(proc.pid, sig)
        proc.wait(timeout=60)
        if sig == signal.SIGINT:  # Ctrl-C: the workers go too, none is left behind
            assert _group_gone(proc.pid), "worker processes outlived the interrupted build"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


def _group_gone(pgid: int, wait: float = 20.0) -> bool:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    os.killpg(pgid, signal.SIGKILL)
    return False


def _visible(out: Path) -> list[Path]:
    return sorted(p for p in out.iterdir() if not p.name.startswith("."))


@pytest.mark.slow
@pytest.mark.parametrize(("sig", "jobs"), [(signal.SIGINT, 1), (signal.SIGKILL, 1),
                                           (signal.SIGINT, 2)],
                         ids=["ctrl-c", "kill", "ctrl-c-2-workers"])
def test_interrupted_build_leaves_no_partial_file_and_next_run_completes(tmp_path, sig, jobs):
    inputs, out = tmp_path / "articles", tmp_path / "out"
    _write_articles(inputs)

    _interrupt(_build(inputs, out, jobs), out, sig)
    first = _visible(out)
    assert first, "nothing was written before the interruption"
    assert len(first) < 3 * ARTICLES, "the build was not interrupted mid-batch"
    assert all(_complete(p) for p in first), [p.name for p in first if not _complete(p)]
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".")]
    if sig == signal.SIGINT:
        assert leftovers == []  # Ctrl-C: the write in progress removes its temporary file
    assert all(name.endswith(".part") for name in leftovers)

    proc = subprocess.run(
        [sys.executable, "-m", "reporter.cli", "build", str(inputs), "-o", str(out),
         "--format", "json,html,md", "--jobs", "1"],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    final = _visible(out)
    assert len(final) == 3 * ARTICLES
    assert all(_complete(p) for p in final)
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
