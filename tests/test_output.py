from pathlib import Path

import pytest

from reporter.output import SlugAllocator, atomic_write, inside, slugify


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("At odds on many fronts, U.S. and Russia", "at-odds-on-many-fronts-u-s-and-russia"),
        ("../../etc/passwd", "etc-passwd"),
        ("Nicolás Maduro: ¿qué pasa?", "nicolas-maduro-que-pasa"),
        ("CON", "con-article"),
        ("", "article"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
    ],
)
def test_slugify(title, expected):
    assert slugify(title) == expected


def test_slug_is_bounded_and_falls_back():
    assert len(slugify("word " * 100)) <= 80
    assert slugify("!!!", fallback="doc-7") == "doc-7"
    assert slugify("中文标题") == "article"


def test_allocator_never_repeats():
    alloc = SlugAllocator()
    assert [alloc("Same"), alloc("Same"), alloc("same!")] == ["same", "same-2", "same-3"]


def test_atomic_write_replaces_and_leaves_no_temporary(tmp_path: Path):
    target = tmp_path / "out" / "a.json"
    atomic_write(target, "one")
    atomic_write(target, b"two")
    assert target.read_text() == "two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.json"]


def test_atomic_write_failure_keeps_old_file(tmp_path: Path):
    target = tmp_path / "a.txt"
    atomic_write(target, "old")
    with pytest.raises(TypeError):
        atomic_write(target, 42)  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_inside_refuses_escape(tmp_path: Path):
    assert inside(tmp_path, "x.html") == (tmp_path / "x.html").resolve()
    with pytest.raises(ValueError):
        inside(tmp_path, "../x.html")
