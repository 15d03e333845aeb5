"""The first-name table pronoun resolution checks 'he'/'she' against: the 1990 US
Census lists, then the hand-made list of names common in international news
(world_first_names.tsv), then the quotes module's hand-made list, a later entry
replacing an earlier one and an 'x' entry (ambiguous) removing the name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reporter.analyse import entities
from reporter.analyse.entities import find_entities, first_names
from reporter.analyse.quotes.extract import find_quotes

DATA = Path(entities.__file__).parent / "quotes" / "data"
WORLD = DATA / "world_first_names.tsv"


def _entries(path: Path) -> list[tuple[str, str]]:
    return [tuple(line.split("\t")) for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


@pytest.mark.parametrize("name, gender", [
    ("olaf", "m"), ("mette", "f"),         # Nordic
    ("kemal", "m"), ("zeynep", "f"),       # Turkish
    ("chidi", "m"), ("ngozi", "f"),        # Nigerian (Igbo)
    ("babatunde", "m"), ("yetunde", "f"),  # Nigerian (Yoruba)
    ("arjun", "m"), ("priya", "f"),        # Indian
    ("volodymyr", "m"), ("kwame", "m"), ("shinzo", "m"), ("giorgia", "f"),
])
def test_names_common_in_international_news_have_their_gender(name, gender):
    assert first_names().get(name) == gender


@pytest.mark.parametrize("name", ["wei", "sasha", "nikita", "simone", "michele"])
def test_an_ambiguous_name_leaves_the_table_though_the_census_has_it(name):
    assert (name, "f") in _entries(DATA / "census_first_names.tsv")
    assert (name, "x") in _entries(WORLD)
    assert name not in first_names()


@pytest.mark.parametrize("name", ["jan", "kim", "yuki", "leslie", "andrea"])
def test_unisex_names_are_marked_ambiguous(name):
    assert (name, "x") in _entries(WORLD)


def test_the_hand_made_quotes_list_still_wins():
    """Every entry of the hand-made list is in the table as it says (the files' order is
    tested on files of one's own below)."""
    entries = _entries(DATA / "quotes_first_names.tsv")
    assert len(entries) > 300
    table = first_names()
    for name, gender in entries:
        assert table.get(name) == (None if gender == "x" else gender), name


@pytest.fixture
def table_from(tmp_path, monkeypatch):
    """first_names() read from files of one's own, the real table restored after."""
    def make(*contents: str) -> dict[str, str]:
        paths = []
        for n, text in enumerate(contents):
            path = tmp_path / f"names{n}.tsv"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        monkeypatch.setattr(entities, "_FIRST_NAME_FILES", paths)
        entities._name_table.cache_clear()
        entities.given_names.cache_clear()
        return first_names()

    yield make
    entities._name_table.cache_clear()
    entities.given_names.cache_clear()


def test_a_later_file_wins_and_x_removes(table_from):
    census = "# census\nalex\tm\nana\tf\nkai\tf\nwei\tf\n"
    world = "# world\nkai\tm\nwei\tx\nzoe\tx\nana\tx\n"
    quotes = "# hand-made\nana\tf\n"
    table = table_from(census, world, quotes)
    assert table == {"alex": "m", "ana": "f", "kai": "m"}


def test_repeated_calls_are_cached():
    assert first_names() is first_names()


def test_world_list_is_well_formed():
    text = WORLD.read_text(encoding="utf-8")
    lines = text.splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert header and lines[:len(header)] == header  # the header comes first
    assert "by hand" in " ".join(header) and "x" in " ".join(header)
    body = lines[len(header):]
    assert all(body), "no empty lines"
    names = [line.split("\t")[0] for line in body]
    assert names == sorted(names) and len(names) == len(set(names))
    for line in body:
        name, gender = line.split("\t")
        assert gender in ("m", "f", "x"), line
        assert re.fullmatch(r"[^\W\d_]+(?:['-][^\W\d_]+)*", name) and name == name.lower(), line
    assert len(body) >= 1500


def test_he_and_she_go_to_people_only_the_world_list_knows(nlp):
    # neither 'kemal' nor 'priya' is in the census or the quotes list
    text = ("Priya Raman and Kemal Arslan met in Geneva on Tuesday to discuss the water "
            "treaty.\n\n"
            '"We have made real progress," he said.\n\n'
            '"There is more work to do," she said.')
    doc = nlp(text)
    quotes = find_quotes(doc, find_entities(doc))
    he = next(q for q in quotes if "real progress" in q.text)
    she = next(q for q in quotes if "more work to do" in q.text)
    assert he.speaker is not None and he.speaker.name == "Kemal Arslan"
    assert she.speaker is not None and she.speaker.name == "Priya Raman"


def test_a_first_name_written_with_accents_is_found():
    from reporter.analyse.entities import first_names

    names = first_names()
    assert names.get("siobhán") == names.get("siobhan") == "f"
    assert "josé" in names and "xyzé" not in names


def test_given_names_keep_the_names_of_either_gender_from_every_file(table_from):
    table_from("# census\nalex\tm\njessie\tx\n", "# world\nandrea\tx\n", "# hand\n")
    assert {"alex", "jessie", "andrea"} <= entities.given_names()
    assert "jessie" not in first_names() and "andrea" not in first_names()
