"""Where outputs go: safe file names and atomic writes.

Titles come from hostile input, so a file name is a slug of ASCII letters,
digits and dashes, never a path; and every file is written to a temporary
file in the destination folder and renamed into place, so an interrupted run
never leaves a half-written output behind.

A temporary file is hidden (`.NAME.HOST-PID.RANDOM.part`), so no reader of
the folder mistakes it for an output. One left behind by a run that was
killed outright (SIGKILL, power loss) is removed by the next run that writes
into the same folder, once its process is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import socket
import time
import unicodedata
import zlib
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


TEMP_SUFFIX = ".part"
# Temporary files in the old format (no process id), or from another host, are
# removed once they are this old: no write takes that long.
STALE_AFTER = 3600.0
_HOST = f"{zlib.crc32(socket.gethostname().encode()) & 0xFFFFFFFF:08x}"
_TEMP = re.compile(r"^\..+\.(?P<host>[0-9a-f]{8})-(?P<pid>\d+)\.[^.]+\.part$")
_swept: set[Path] = set()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's), or we cannot tell: keep its file
    return True


def remove_stale_temporaries(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete the temporary files that killed runs left in `folder`; returns them.

    A temporary file of this host is stale when the process that wrote it is
    gone; any other hidden `.part` file when it is over STALE_AFTER seconds
    old. Files of live writers are never touched, so concurrent runs are safe.
    """
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            match = _TEMP.match(name)
            if match and match["host"] == _HOST:
                stale = not _alive(int(match["pid"]))
            else:
                stale = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            if stale:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write `data` to `path` through a temporary file and a rename.

    The first write into a folder also clears the temporary files that
    killed runs left there (`remove_stale_temporaries`).
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = path.parent.resolve()
    if folder not in _swept:
        _swept.add(folder)
        remove_stale_temporaries(folder)
    # The name is chosen before the file exists, so an interrupt that lands
    # anywhere after creation (even inside open) is cleaned up below.
    tmp = path.parent / f".{path.name}.{_HOST}-{os.getpid()}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
    try:
        with open(tmp, "xb") as fh:  # O_EXCL, as mkstemp
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
    """`folder/name`, refusing any name that would land outside `folder`.

    `name` is a relative path of plain components ("x.html", "people/x.html"):
    no absolute path, no `..`, no hidden or reserved (CON, NUL ...) component,
    no backslash or control character; and, symbolic links resolved, the
    target must still be inside `folder`.
    """
    parts = name.split("/")
    if (not name or name.startswith("/") or any(c in name for c in "\\\x00")
            or any(ord(c) < 32 for c in name)
            or any(not p or p in (".", "..") or p.startswith(".")
                   or p.split(".", 1)[0].lower() in RESERVED for p in parts)):
        raise ValueError(f"refusing an unsafe output name: {name!r}")
    target = (folder / name).resolve()
    if folder.resolve() not in target.parents:
        raise ValueError(f"refusing to write outside {folder}: {name!r}")
    return target
