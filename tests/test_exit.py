"""How a `reporter` process ends: with its status, its outputs whole, nothing left in TMPDIR.

`reporter.cli.run` leaves without tearing the interpreter down, so these run the
command as a real process (`python -m reporter.cli`, as the console script does).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "seed-pompeo-lavrov.txt"


def _reporter(*args: str, tmp: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TMPDIR": str(tmp)}
    return subprocess.run([sys.executable, "-m", "reporter.cli", *args], env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize("articles, jobs", [(1, "1"), (1, "2"), (2, "2")],
                         ids=["one-article-in-process", "one-article-pdf-helper", "worker-pool"])
def test_a_build_exits_with_whole_outputs_and_no_temporary_fonts(tmp_path, articles, jobs):
    inputs = []
    for n in range(articles):
        copy = tmp_path / "in" / f"story-{n}.txt"
        copy.parent.mkdir(exist_ok=True)
        shutil.copy(SAMPLE, copy)
        inputs.append(str(copy))
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    out = tmp_path / "out"
    done = _reporter("build", *inputs, "-o", str(out), "--format", "pdf,json", "--jobs", jobs,
                     tmp=tmp)
    assert done.returncode == 0, done.stderr
    assert f"{articles} built, 0 failed" in done.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == articles
    for pdf in pdfs:
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert list(tmp.iterdir()) == []  # WeasyPrint's font folders are removed in every process


@pytest.mark.slow
def test_a_failed_input_still_exits_1_after_the_rest_is_built(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    done = _reporter("build", str(tmp_path / "missing.txt"), str(SAMPLE), "-o",
                     str(tmp_path / "out"), "--format", "pdf", "--jobs", "1", tmp=tmp)
    assert done.returncode == 1
    assert "1 built, 1 failed" in done.stderr
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 1
    assert list(tmp.iterdir()) == []


def test_usage_errors_keep_click_exit_code_and_message(tmp_path):
    done = _reporter("build", str(SAMPLE), "--format", "docx", tmp=tmp_path)
    assert done.returncode == 2
    assert "unknown format docx" in done.stderr
