"""Import WeasyPrint without running the C compiler, and spare its cffi a C parser.

WeasyPrint opens Pango, HarfBuzz, Fontconfig and GObject through cffi, trying
several names per library for the sake of Windows and macOS ("libgobject-2.0-0",
"gobject-2.0-0", "gobject-2.0", ...). cffi hands each name it cannot open
directly to `ctypes.util.find_library`, which on Linux runs `ldconfig -p` and, when
that has no such library, gcc and ld as well: 22 lookups, 16 of them misses,
about 0.3 s of a 1 s import (and of every worker that renders PDFs).

`quick_library_lookup` answers the same questions from one reading of the linker's
cache, and calls the real `find_library` only where a compiler could find more.

And when it subsets a font for a PDF, WeasyPrint asks cffi for arrays spelled with
their length ("hb_codepoint_t[1751]"); cffi parses every new spelling with pycparser
(2-4 ms), a dozen times per PDF (`FixedArrays`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# Where `gcc -l` and `ld -l` look on Linux besides the folders named by the linker's
# cache and by LD_LIBRARY_PATH / LIBRARY_PATH (binutils' default SEARCH_DIRs).
SYSTEM_LIBRARY_DIRS = (
    "/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib", "/usr/local/lib64",
    "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/usr/local/lib/x86_64-linux-gnu",
    "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/local/lib/aarch64-linux-gnu",
)


def import_weasyprint() -> types.ModuleType:
    """`import weasyprint`, its native libraries looked up by `quick_library_lookup`."""
    if "weasyprint" not in sys.modules:
        with quick_library_lookup():
            import weasyprint  # noqa: F401
        fonts = sys.modules["weasyprint.pdf.fonts"]
        fonts.ffi = FixedArrays(fonts.ffi)
    return sys.modules["weasyprint"]


FIXED_ARRAY = re.compile(r"(\w+)\[(\d+)\]\Z")


class FixedArrays:
    """A cffi `ffi` whose `new("T[n]", items)` is `new("T[]", n)` filled with the items.

    The same zeroed array of n items with the same contents, and the same IndexError
    for too many items, but cffi parses "T[]" once instead of each new n. Everything
    else is the wrapped `ffi`'s own. Only WeasyPrint's font subsetting gets it: the
    layout calls `ffi.new` some 10,000 times per PDF and keeps cffi's own, unwrapped.
    """

    def __init__(self, ffi: Any) -> None:
        self._ffi = ffi

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ffi, name)

    def new(self, cdecl: Any, init: Any = None) -> Any:
        fixed = FIXED_ARRAY.match(cdecl) if isinstance(cdecl, str) else None
        if fixed is None or not isinstance(init, list | tuple | type(None)):
            return self._ffi.new(cdecl, init)
        array = self._ffi.new(f"{fixed[1]}[]", int(fixed[2]))
        if init:
            if len(init) > len(array):
                raise IndexError(f"too many initializers for '{cdecl}' (got {len(init)})")
            array[0:len(init)] = init
        return array


@contextmanager
def quick_library_lookup() -> Iterator[None]:
    """Within the block, `ctypes.util.find_library` gives its usual answers, faster.

    A name found in the linker's cache (`ldconfig -p`, read once) is answered as
    CPython answers it, from the same listing with the same pattern. A name it lacks
    is only looked for by gcc and ld (CPython's fallbacks, a few processes each) if a
    file they could link, lib<name>.so or lib<name>.a, exists in a folder they search;
    otherwise the answer is the one they would give: None. Linux only; elsewhere, and
    if ldconfig cannot be run, nothing changes.
    """
    import ctypes.util

    original = ctypes.util.find_library
    listing = _linker_cache() if sys.platform.startswith("linux") else None
    if listing is None:
        yield
        return
    ctypes.util.find_library = _quick_find_library(listing, original)
    try:
        yield
    finally:
        ctypes.util.find_library = original


def _quick_find_library(listing: bytes,
                        original: Callable[[str], str | None]) -> Callable[[str], str | None]:
    folders = _library_folders(listing)
    answers: dict[str, str | None] = {}

    def find_library(name: str) -> str | None:
        if name not in answers:
            found = _in_linker_cache(listing, name)
            if found is None and _linkable(name, folders):
                found = original(name)
            answers[name] = found
        return answers[name]

    return find_library


def _linker_cache() -> bytes | None:
    """`ldconfig -p`, run as CPython's `find_library` runs it."""
    try:
        return subprocess.run(["/sbin/ldconfig", "-p"], stdin=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              env={"LC_ALL": "C", "LANG": "C"}, check=False).stdout
    except OSError:
        return None


def _in_linker_cache(listing: bytes, name: str) -> str | None:
    """CPython's `_findSoname_ldconfig` on an `ldconfig -p` listing already read."""
    machine = os.uname().machine + ("-64" if sys.maxsize > 2**32 else "-32")
    abi_type = {
        "x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
        "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64",
    }.get(machine, "libc6")
    pattern = os.fsencode(rf"\s+(lib{re.escape(name)}\.[^\s]+)\s+\({abi_type}")
    found = re.search(pattern, listing)
    return os.fsdecode(found.group(1)) if found else None


def _library_folders(listing: bytes) -> list[str]:
    """Every folder gcc or ld might find a library in: see SYSTEM_LIBRARY_DIRS."""
    folders = {os.path.dirname(os.fsdecode(path))
               for path in re.findall(rb"=> (\S+)", listing)}
    for variable in ("LD_LIBRARY_PATH", "LIBRARY_PATH"):
        folders.update(p for p in os.environ.get(variable, "").split(os.pathsep) if p)
    folders.update(SYSTEM_LIBRARY_DIRS)
    return sorted(f for f in folders if os.path.isdir(f))


def _linkable(name: str, folders: list[str]) -> bool:
    """Whether `-l<name>` could find a file in `folders`."""
    files = (f"lib{name}.so", f"lib{name}.a")
    return any(os.path.exists(os.path.join(folder, file)) for folder in folders for file in files)
