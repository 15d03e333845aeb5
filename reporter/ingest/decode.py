"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32, or a detected legacy encoding.

Binary input (images, PDFs, archives, office files, executables) is refused
with a message that says what it looks like, rather than decoded into noise.
"""

from __future__ import annotations

import codecs
import re

from reporter.ingest.errors import IngestError


class DecodeError(IngestError):
    """The input's bytes are not text we can read."""


BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of the binary files users most often pass by mistake.
MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "an executable (Windows)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
)

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)
WESTERN = ("cp1252", "latin_1", "iso8859_15")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ESCAPED = re.compile("[\udc80-\udcff]+")
# A few stray NUL bytes in a text file are dropped; more than this share means binary.
MAX_NUL_SHARE = 0.001


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file `data` is, or None when it may be text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            # "MZ" and "ID3" are also plausible starts of text; demand a NUL nearby too.
            if magic in (b"MZ", b"ID3", b"BZh") and b"\x00" not in data[:1024]:
                continue
            return kind
    return None


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML or XML document declares for itself, when Python knows it."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of mostly-ASCII text is NUL."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _check_text(text: str) -> str:
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > 0.01 * len(sample) + 1:
        raise DecodeError("binary data, not text (control characters throughout)")
    if not any(ch.isalnum() for ch in text):
        raise DecodeError("empty input (no words, only whitespace or symbols)")
    return text


def _mixed(data: bytes, fallback: str = "cp1252") -> str | None:
    """Text that is mostly UTF-8 with some bytes in a legacy code page, repaired.

    Files pasted together from several sources mix UTF-8 with windows-1252
    (curly quotes, accented letters). When the bytes hold real multi-byte
    UTF-8 characters, the UTF-8 parts are kept and only the invalid bytes are
    read in `fallback`, instead of reading the whole file in one wrong code page.
    """
    text = data.decode("utf-8", "surrogateescape")
    bad = sum(len(m) for m in _ESCAPED.findall(text))
    good = sum(1 for ch in text if ch > "\x7f" and not "\udc80" <= ch <= "\udcff")
    if good < 2 or bad == 0:
        return None

    def repair(match: re.Match) -> str:
        return match.group().encode("utf-8", "surrogateescape").decode(fallback, "replace")

    return _ESCAPED.sub(repair, text)


def decode(data: bytes, *, html: bool = False) -> str:
    """The text of `data`; raises DecodeError for binary or undecodable input.

    Order: a byte-order mark wins; then strict UTF-8; then, for HTML, the
    charset the page declares; then UTF-8 mixed with windows-1252 when the
    bytes hold real UTF-8 characters; then charset-normalizer's best guess.
    A few stray NUL bytes are dropped; text with no letters or digits at all
    is refused as empty.
    """
    if not data.strip():
        raise DecodeError("empty input (no text)")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} text ({exc.reason})") from None
    kind = sniff_binary(data)
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return _check_text(data.decode(utf16))
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        head = data[:8192]
        if head.count(0) > MAX_NUL_SHARE * len(head) + 2:
            raise DecodeError("binary file (NUL bytes), not text")
        data = data.replace(b"\x00", b"")
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(data) if html else None
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return _check_text(data.decode(declared))
        except UnicodeDecodeError:
            pass
    mixed = _mixed(data, declared if declared in WESTERN else "cp1252")
    if mixed is not None:
        return _check_text(mixed)
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise DecodeError("cannot detect the text encoding (binary file?)")
    # Short texts often fit several code pages equally well; for English news
    # the Western one (windows-1252, a superset of latin-1) is the likely one.
    for match in matches:
        if (match.chaos, match.coherence) == (best.chaos, best.coherence) and any(
            name in WESTERN for name in match.could_be_from_charset
        ):
            best = match
            break
    return _check_text(str(best))
