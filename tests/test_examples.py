"""The CI examples users copy must stay valid: YAML that parses, reporter commands that exist."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reporter.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "ci"


def reporter_lines(data) -> list[str]:
    if isinstance(data, dict):
        return [line for value in data.values() for line in reporter_lines(value)]
    if isinstance(data, list):
        return [line for value in data for line in reporter_lines(value)]
    if isinstance(data, str):
        return [line.strip() for line in data.splitlines() if line.strip().startswith("reporter ")]
    return []


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yml")), ids=lambda p: p.name)
def test_ci_example_runs_real_reporter_options(path):
    lines = reporter_lines(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert lines, "the example runs reporter"
    runner = CliRunner()
    for line in lines:
        words = shlex.split(line)[1:]
        command = main.get_command(None, words[0])
        assert command is not None, line
        known = {opt for p in command.params for opt in p.opts}
        for word in words[1:]:
            if word.startswith("-"):
                assert word.split("=")[0] in known, (line, word)
        assert runner.invoke(main, [words[0], "--help"]).exit_code == 0
