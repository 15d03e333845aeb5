"""Where outputs go: safe file names and atomic writes.

Titles come from hostile input, so a file name is a slug of ASCII letters,
digits and dashes, never a path; and every file is written to a temporary
file in the destination folder and renamed into place, so an interrupted run
never leaves a half-written output behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

MAX_SLUG = 80
# Names Windows refuses whatever the extension; harmless elsewhere, so avoided everywhere.
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
            *(f"lpt{i}" for i in range(10))}


def slugify(title: str, fallback: str = "article") -> str:
    """'At odds on many fronts, U.S. …' -> 'at-odds-on-many-fronts-u-s'."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    if not slug:
        slug = re.sub(r"[^a-z0-9]+", "-", fallback.lower()).strip("-") or "article"
    if slug in RESERVED:
        slug = f"{slug}-article"
    return slug


class SlugAllocator:
    """Hands out unique slugs within one run, so two articles never overwrite each other."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def __call__(self, title: str, fallback: str = "article") -> str:
        base = slugify(title, fallback)
        slug, n = base, 2
        while slug in self._used:
            slug = f"{base}-{n}"
            n += 1
        self._used.add(slug)
        return slug


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write `data` to `path` through a temporary file and a rename."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def inside(folder: Path, name: str) -> Path:
    """`folder/name`, refusing any name that would land outside `folder`."""
    target = (folder / name).resolve()
    if folder.resolve() not in target.parents:
        raise ValueError(f"refusing to write outside {folder}: {name!r}")
    return target
