"""Engines: input order, failures in place, bounded memory, identical results everywhere."""

from __future__ import annotations

import json
import os
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest
from click.testing import CliRunner

from reporter.cli import main
from reporter.engine import run_batch, run_ordered
from reporter.engine.tasks import RenderFormats, ToJson
from reporter.ingest import Failure
from reporter.model import Article
from reporter.pipeline import Result
from reporter.progress import BatchProgress

pytestmark = pytest.mark.usefixtures("nlp")  # loaded once; forked workers inherit it

TEXTS = [
    "The council met on Monday. \"We will vote,\" the mayor said.",
    "Prices rose again in March, officials said. The bank may raise rates.",
    "Talks between the unions and the ministry stalled on Friday.",
    "\"It is too early to tell,\" an analyst said of the merger plans.",
    "The minister told reporters the bridge would reopen next month.",
]


def articles(n: int = len(TEXTS)) -> list[Article]:
    return [Article(id=f"a{i}", title=f"Story {i}", text=TEXTS[i % len(TEXTS)],
                    origin=f"batch.jsonl:{i + 1}") for i in range(n)]


def outcome(results: list[Result]) -> list[tuple[str, str | None, object]]:
    return [(r.origin, r.error, r.output) for r in results]


def mixed() -> list[Article | Failure]:
    items: list[Article | Failure] = list(articles())
    items.insert(2, Failure("bad.txt", "empty input (no text)"))
    items.append(Failure("worse.txt", "binary file"))
    return items


@pytest.fixture(scope="module")
def reference() -> list[tuple[str, str | None, object]]:
    return outcome(list(run_batch(mixed(), jobs=1, render=ToJson(None))))


def test_in_process_keeps_order_and_failures_in_place(reference):
    origins = [o for o, _, _ in reference]
    assert origins == [i.origin for i in mixed()]
    assert reference[2][1] == "empty input (no text)" and reference[-1][1] == "binary file"
    assert all(err is None for _, err, _ in reference[:2] + reference[3:-1])
    assert json.loads(reference[0][2])["id"] == "a0"


def test_process_pool_gives_the_same_bytes_in_the_same_order(reference):
    results = list(run_batch(mixed(), jobs=2, render=ToJson(None), chunk_size=2))
    assert outcome(results) == reference
    assert all(r.article is not None for r in results if r.error is None)


def test_dask_local_cluster_gives_the_same_bytes(reference):
    results = list(run_batch(mixed(), engine="dask", jobs=1, render=ToJson(None),
                             dask_processes=False))
    assert outcome(results) == reference


def test_dask_with_a_scheduler_address(reference):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster:
        results = list(run_batch(mixed(), engine="dask", scheduler=cluster.scheduler_address,
                                 render=ToJson(None)))
    assert outcome(results) == reference


def crash_on_a2(briefing, article):  # a native crash in a worker, for one article only
    if briefing.id == "a2":
        os._exit(3)
    return briefing.id


def test_a_crashing_worker_costs_only_its_article():
    results = list(run_batch(articles(), jobs=2, render=crash_on_a2, chunk_size=2))
    assert [r.origin for r in results] == [a.origin for a in articles()]
    assert [r.output for r in results] == ["a0", "a1", None, "a3", "a4"]
    assert "worker failed" in results[2].error


def test_rendering_in_workers_matches_write_briefing(tmp_path, sample_briefing):
    from reporter.render.write import write_briefing

    rendered = RenderFormats(("html", "md", "json"))(sample_briefing, articles(1)[0])
    paths = write_briefing(sample_briefing, tmp_path, "x", ("html", "md", "json"))
    assert list(rendered) == ["html", "md", "json"]
    assert [rendered[f] for f in rendered] == [p.read_bytes() for p in paths]


class FakePool:
    """Runs chunks on a thread, one at a time, and records what was in flight."""

    def __init__(self, fail_origin: str | None = None) -> None:
        self.in_flight = 0
        self.peak = 0
        self.submitted: list[list[str]] = []
        self.fail_origin = fail_origin

    def submit(self, chunk: list[Article]) -> Future:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        self.submitted.append([a.origin for a in chunk])
        future: Future = Future()

        def work() -> None:
            if self.fail_origin in [a.origin for a in chunk]:
                if len(chunk) > 1:
                    future.set_exception(RuntimeError("lost"))
                    return
                future.set_exception(RuntimeError("this one"))
                return
            future.set_result([Result(a.origin, output=a.id) for a in chunk])

        threading.Timer(0.001, work).start()
        future.add_done_callback(lambda f: self._done())
        return future

    def _done(self) -> None:
        self.in_flight -= 1

    def recover(self, exc: BaseException) -> bool:
        return True

    def close(self) -> None:
        pass


def test_ordering_loop_reads_lazily_and_bounds_work_in_flight():
    read = []

    def items():
        for a in articles(40):
            read.append(a.origin)
            yield a

    pool = FakePool()
    out = run_ordered(items(), pool, chunk_size=2, window=3)
    first = next(out)
    assert first.output == "a0"
    assert len(read) <= 2 * 3 + 1  # never reads far ahead of what is done
    rest = list(out)
    assert [r.output for r in [first, *rest]] == [f"a{i}" for i in range(40)]
    assert pool.peak <= 3


def test_a_failed_chunk_is_retried_article_by_article():
    pool = FakePool(fail_origin="batch.jsonl:2")
    results = list(run_ordered(articles(4), pool, chunk_size=2))
    assert [r.output for r in results] == ["a0", None, "a2", "a3"]
    assert results[0].error is None
    assert "this one" in results[1].error


def test_summary_line_and_no_bar_off_a_terminal(capsys):
    with BatchProgress("built") as progress:
        progress.ok(10)
        progress.fail("x.txt", "no such\nfile")
    assert progress.bar is False
    err = capsys.readouterr().err
    assert err == "reporter: x.txt: no such file\n"
    assert progress.summary().startswith("reporter: 2 articles: 1 built, 1 failed in ")


# --- the command line ---------------------------------------------------------------------

def batch(tmp_path: Path) -> Path:
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"r{i}", "title": f"Story {i}", "text": t})
             for i, t in enumerate(TEXTS)]
    lines.insert(1, "{not json}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("extra", [["--jobs", "2"], ["--engine", "dask", "--jobs", "1"]])
def test_cli_engines_print_what_one_process_prints(tmp_path, extra, monkeypatch):
    if "dask" in extra:  # keep the test quick: the LocalCluster's worker as a thread
        import reporter.engine.dask_engine as dask_engine

        real = dask_engine.LocalCluster
        monkeypatch.setattr(dask_engine, "LocalCluster",
                            lambda **kw: real(**{**kw, "processes": False}))
    runner = CliRunner()
    src = batch(tmp_path)
    one = runner.invoke(main, ["analyze", str(src), "--jobs", "1"])
    other = runner.invoke(main, ["analyze", str(src), *extra])
    assert one.exit_code == other.exit_code == 1
    assert other.stdout_bytes == one.stdout_bytes
    assert [d["id"] for d in json.loads(other.stdout)] == [f"r{i}" for i in range(5)]
    lines = other.stderr.strip().splitlines()
    assert len(lines) == 2
    assert "batch.jsonl:2" in lines[0]
    assert lines[1].startswith("reporter: 6 articles: 5 analysed, 1 failed in ")


def test_cli_build_with_two_jobs(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(batch(tmp_path)), "-o", str(tmp_path / "out"),
                                  "--format", "md,json", "--jobs", "2"])
    assert result.exit_code == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"story-{i}.{ext}" for i in range(5) for ext in ("md", "json"))
    assert result.stdout.splitlines()[:2] == [str((tmp_path / "out" / f"story-0.{e}").resolve())
                                              for e in ("md", "json")]
    assert "5 built, 1 failed" in result.stderr


def test_cli_scheduler_needs_the_dask_engine(tmp_path):
    result = CliRunner().invoke(main, ["analyze", str(batch(tmp_path)),
                                       "--scheduler", "tcp://localhost:8786"])
    assert result.exit_code == 2
    assert "--engine dask" in result.stderr


@pytest.mark.slow
def test_pdf_helper_lays_out_the_same_bytes(sample_briefing):
    """A lone article's PDF laid out by the helper process is the PDF of this process."""
    from reporter.render import pdf

    here = pdf.render_pdf(sample_briefing)
    with pdf.pdf_helper():
        assert pdf._helper is not None
        with pdf.pdf_helper():  # nested: the same helper
            helped = pdf.render_pdf(sample_briefing)
    assert pdf._helper is None
    assert helped == here


@pytest.mark.slow
@pytest.mark.parametrize("waiting", [False, True])
def test_pdf_helper_warm_up_skips_its_sample_page_when_a_pdf_is_waiting(monkeypatch, waiting):
    """The helper sets up fonts and templates first; its sample page (0.4 s) is only
    worth laying out while the real PDF has not been sent yet."""
    import gc
    import signal
    import threading

    from reporter.render import pdf

    laid_out = []
    monkeypatch.setattr(pdf, "html_to_pdf", lambda html, **_: laid_out.append(html) or b"")
    flag = threading.Event()
    if waiting:
        flag.set()
    handler = signal.getsignal(signal.SIGINT)
    try:
        pdf._warm_helper(flag)
    finally:
        signal.signal(signal.SIGINT, handler)
        gc.unfreeze()
    assert pdf.font_configuration() is not None
    assert len(laid_out) == (0 if waiting else 1)
    if laid_out:
        assert 'class="issues"' in laid_out[0] and "Source Serif Pro" in laid_out[0]
