"""The command line as a user meets it: files written, JSON printed, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reporter.cli import main

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "seed-pompeo-lavrov.txt"

pytestmark = pytest.mark.usefixtures("nlp")  # load the model once, before the first command


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_help_lists_commands(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "build" in result.output and "analyze" in result.output


def test_build_writes_every_format_named_by_title(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SAMPLE), "-o", str(tmp_path / "out"),
                                  "--format", "html,md,json"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    slug = "at-odds-on-many-fronts-united-states-and-russian-federation-hope-for-better-ties"
    assert names == [f"{slug}.html", f"{slug}.json", f"{slug}.md"]


def test_analyze_prints_the_documented_json(runner):
    result = runner.invoke(main, ["analyze", str(SAMPLE)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["id"] == "seed-pompeo-lavrov"
    assert data["schema_version"] == "1"
    assert list(data) == ["id", "schema_version", "article", "quotes", "entities", "keyphrases",
                          "issues", "open_questions", "timeline", "key_points", "source_notes",
                          "sentences"]
    assert set(data["article"]) == {"title", "text", "source", "url", "published", "author",
                                    "words"}
    text = data["article"]["text"]
    for s in data["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"]
    for q in data["quotes"]:
        assert set(q) >= {"text", "kind", "speaker", "cue", "addressee", "sentence", "start", "end"}
        assert set(q["speaker"]) == {"name", "mention", "role", "entity"}


def test_analyze_is_deterministic(runner):
    first = runner.invoke(main, ["analyze", str(SAMPLE)]).stdout_bytes
    second = runner.invoke(main, ["analyze", str(SAMPLE)]).stdout_bytes
    assert first == second


def test_jsonl_in_input_order_with_failures_named(runner, tmp_path):
    records = [
        {"id": "b", "text": "The council met on Monday. \"We will vote,\" the mayor said."},
        {"id": "a", "title": "Second", "text": "Prices rose again in March, officials said."},
    ]
    good = write(tmp_path / "batch.jsonl",
                 "\n".join(json.dumps(r) for r in records) + "\n{not json}\n")
    result = runner.invoke(main, ["analyze", str(good), str(tmp_path / "missing.txt"), "--jsonl"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in lines] == ["b", "a"]
    assert lines[1]["article"]["title"] == "Second"
    assert "batch.jsonl:3" in result.stderr and "not valid JSON" in result.stderr
    assert "missing.txt" in result.stderr and "no such file" in result.stderr


def test_folder_input_builds_what_it_can(runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write(src / "one.txt", "Budget agreed\n\nThe council agreed the budget on Monday.")
    write(src / "empty.txt", "   \n\n")
    result = runner.invoke(main, ["build", str(src), "-o", str(tmp_path / "out"),
                                  "--format", "json"])
    assert result.exit_code == 1
    assert (tmp_path / "out" / "budget-agreed.json").is_file()
    assert "empty.txt" in result.stderr


@pytest.mark.parametrize("args", [["build"], ["build", "x.txt", "--format", "docx"],
                                  ["nonsense"]])
def test_usage_errors_exit_2(runner, args):
    assert runner.invoke(main, args).exit_code == 2


def test_missing_model_is_one_clear_line(runner, monkeypatch):
    monkeypatch.setenv("REPORTER_MODEL", "no_such_model_xyz")
    result = runner.invoke(main, ["analyze", str(SAMPLE)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no_such_model_xyz" in lines[0] and "pip install" in lines[0]


FRENCH = ("Le gouvernement a annoncé mardi que les négociations avec les syndicats "
          "reprendraient la semaine prochaine. « Nous sommes prêts à discuter », a déclaré "
          "la ministre du Travail, qui espère un accord avant la fin du mois.")


def test_not_english_fails_unless_the_user_insists(runner, tmp_path):
    src = write(tmp_path / "fr.txt", "Les négociations reprennent\n\n" + FRENCH)
    refused = runner.invoke(main, ["analyze", str(src)])
    assert refused.exit_code == 1
    assert "fr.txt" in refused.stderr and "--any-language" in refused.stderr
    insisted = runner.invoke(main, ["analyze", str(src), "--any-language"])
    assert insisted.exit_code == 0
    assert json.loads(insisted.stdout)["article"]["title"] == "Les négociations reprennent"


def test_max_size_is_configurable(runner, tmp_path):
    src = write(tmp_path / "big.txt", "Budget agreed\n\n" + "The council met again. " * 100)
    small = runner.invoke(main, ["analyze", str(src), "--max-size", "1kB"])
    assert small.exit_code == 1 and "big.txt" in small.stderr
    assert runner.invoke(main, ["analyze", str(src), "--max-size", "1MB"]).exit_code == 0
    assert runner.invoke(main, ["analyze", str(src), "--max-size", "lots"]).exit_code == 2


def test_failure_lines_cannot_forge_output(runner, tmp_path):
    result = runner.invoke(main, ["analyze", str(tmp_path / "evil\nreporter: all good\x1b[2J.txt")])
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr
    assert not any(line.startswith("reporter: all good") for line in result.stderr.splitlines())
