"""WeasyPrint's native libraries, looked up without running the C compiler."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys

import pytest

from reporter.render import native

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux lookup")

# The names WeasyPrint tries, hits and misses, and names no system has.
NAMES = ["gobject-2.0", "libgobject-2.0-0", "gobject-2.0-0", "libgobject-2.0.so.0",
         "pango-1.0", "harfbuzz", "harfbuzz-subset", "harfbuzz-vector", "fontconfig-1",
         "fontconfig", "pangoft2-1.0", "c", "m", "z", "no-such-library-at-all"]


@linux_only
def test_quick_lookup_gives_find_librarys_answers():
    expected = {name: ctypes.util.find_library(name) for name in NAMES}
    with native.quick_library_lookup():
        got = {name: ctypes.util.find_library(name) for name in NAMES}
    assert got == expected
    assert expected["gobject-2.0"]  # WeasyPrint's own dependency is installed here


@linux_only
def test_quick_lookup_runs_no_compiler_for_a_miss(monkeypatch):
    calls = []
    with native.quick_library_lookup():
        monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: calls.append(a))
        assert ctypes.util.find_library("no-such-library-at-all") is None
        assert ctypes.util.find_library("libgobject-2.0-0") is None
    assert calls == []


@linux_only
def test_a_linkable_file_outside_the_cache_still_goes_to_find_library(tmp_path, monkeypatch):
    (tmp_path / "libreporterprobe.so").write_bytes(b"not really a library")
    monkeypatch.setenv("LIBRARY_PATH", str(tmp_path))
    asked = []
    find = native._quick_find_library(b"", lambda name: asked.append(name) or None)
    assert find("reporterprobe") is None
    assert find("reporterprobe") is None  # answered once
    assert find("absent-probe") is None
    assert asked == ["reporterprobe"]


def test_find_library_is_restored_after_the_block():
    original = ctypes.util.find_library
    with native.quick_library_lookup():
        pass
    assert ctypes.util.find_library is original


def test_weasyprint_imports_through_it():
    """In a fresh interpreter: WeasyPrint works, and its import ran no gcc."""
    code = (
        "import subprocess, sys\n"
        "spawned = []\n"
        "real = subprocess.Popen.__init__\n"
        "def spy(self, args, *a, **k):\n"
        "    spawned.append(args[0] if isinstance(args, (list, tuple)) else args)\n"
        "    real(self, args, *a, **k)\n"
        "subprocess.Popen.__init__ = spy\n"
        "from reporter.render.native import import_weasyprint\n"
        "wp = import_weasyprint()\n"
        "assert wp.HTML(string='<p>x</p>').write_pdf().startswith(b'%PDF')\n"
        "print(spawned)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    spawned = eval(out.strip().splitlines()[-1])  # a list of program names
    assert not [p for p in spawned if "gcc" in str(p) or str(p).endswith("ld")]
    if sys.platform.startswith("linux"):
        assert len(spawned) <= 1  # ldconfig, once


def test_fixed_arrays_are_made_without_parsing_their_spelling():
    import cffi

    ffi = cffi.FFI()
    ffi.cdef("typedef unsigned int hb_codepoint_t;")
    ffi = native.FixedArrays(ffi)
    parsed_before = len(ffi._ffi._parsed_types)
    for n in (3, 26, 1751):
        array = ffi.new(f"hb_codepoint_t[{n}]", tuple(range(2, n + 2)))
        assert ffi.typeof(array) is ffi.typeof("hb_codepoint_t[]") and len(array) == n
        assert list(array) == list(range(2, n + 2))
    assert len(ffi._ffi._parsed_types) <= parsed_before + 1  # "hb_codepoint_t[]" alone
    assert list(ffi.new("hb_codepoint_t[4]", [7])) == [7, 0, 0, 0]
    assert list(ffi.new("hb_codepoint_t[2]")) == [0, 0]
    with pytest.raises(IndexError):
        ffi.new("hb_codepoint_t[2]", (1, 2, 3))
    assert ffi.new("hb_codepoint_t *", 5)[0] == 5  # anything else as cffi makes it
    assert ffi.string(ffi.new("char[4]", b"ab")) == b"ab"


def test_only_font_subsetting_gets_the_fixed_arrays():
    """The layout's own `ffi.new` calls (some 10,000 per PDF) stay cffi's, unwrapped."""
    native.import_weasyprint()
    import weasyprint.pdf.fonts
    import weasyprint.text.ffi

    assert isinstance(weasyprint.pdf.fonts.ffi, native.FixedArrays)
    assert weasyprint.pdf.fonts.ffi._ffi is weasyprint.text.ffi.ffi
    assert not isinstance(weasyprint.text.ffi.ffi, native.FixedArrays)
