"""Find the inputs and dispatch each to the reader for its kind.

An input is a file, a folder (read recursively: supported files only, hidden
ones skipped, in a stable sorted order), a glob pattern (`pages/*.html`,
`news/**/*.md`), or `-` for standard input, whose format is sniffed from its
content. Everything is lazy: each input is found and read only when the
caller asks for the next article.

Every article a reader returns is checked before it is handed on
(`check_article`): within the `Limits`, with words in its body, metadata
free of control characters, a link that is http(s) or nothing, and English
unless the caller allows any language.
"""

from __future__ import annotations

import glob
import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from reporter.ingest import html, jsonl, markdown, text
from reporter.ingest.decode import decode
from reporter.ingest.errors import Failure, IngestError
from reporter.ingest.limits import DEFAULT_LIMITS, Limits, size
from reporter.ingest.safety import check_article
from reporter.model import Article

Reader = Callable[[Path], Iterator[Article | Failure]]

READERS: dict[str, Reader] = {
    ".txt": text.read_file,
    ".md": markdown.read_file,
    ".markdown": markdown.read_file,
    ".html": html.read_file,
    ".htm": html.read_file,
    ".xhtml": html.read_file,
    ".jsonl": jsonl.read_file,
    ".ndjson": jsonl.read_file,
}
SUPPORTED = ".txt, .md, .html, .htm, .jsonl"
STDIN = "-"
# Analyst notes kept beside an article (story.txt -> story.notes.md) are not articles.
NOTES_SUFFIX = ".notes.md"
_GLOB_CHARS = set("*?[")


def _folder(path: Path) -> list[Path | Failure]:
    """The supported files under `path`, in a stable order.

    Symbolic links to folders are not followed, and a symbolic link to a file
    outside `path` is not read (a Failure says so): a folder unpacked from
    somewhere else must not make reporter publish `~/.ssh/id_rsa` as an
    article. A file named on the command line is always read.
    """
    found: list[Path | Failure] = []
    root = path.resolve()
    for p in path.rglob("*"):
        rel = p.relative_to(path).parts
        if any(part.startswith(".") for part in rel):
            continue
        if p.suffix.lower() in READERS and p.is_file() and not _is_notes(p):
            if p.is_symlink() and not p.resolve().is_relative_to(root):
                found.append(Failure(str(p), "symbolic link to a file outside the folder; "
                                             "not read (name the file itself to read it)"))
            else:
                found.append(p)
    return sorted(found, key=lambda item: _sort_key(item, path))


def _sort_key(item: Path | Failure, folder: Path) -> tuple[str, ...]:
    path = Path(item.origin) if isinstance(item, Failure) else item
    return path.relative_to(folder).parts


def _is_notes(path: Path) -> bool:
    return path.name.lower().endswith(NOTES_SUFFIX)


def discover(inputs: Iterable[str]) -> Iterator[Path | str | Failure]:
    """Each input expanded to the files it names, `-` kept as is, or a Failure."""
    for raw in inputs:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            found = _folder(path)
            if not found:
                yield Failure(raw, f"folder holds no supported files ({SUPPORTED})")
            yield from found
        elif path.is_file():
            yield path
        elif _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(str(path), recursive=True))
            files: list[Path | Failure] = []
            for match in matches:
                p = Path(match)
                if p.is_dir():
                    files.extend(_folder(p))
                elif p.suffix.lower() in READERS and p.is_file() and not _is_notes(p):
                    files.append(p)
            if not files:
                yield Failure(raw, "no supported files match this pattern" if not matches
                              else f"pattern matches no supported files ({SUPPORTED})")
            yield from files
        elif path.exists():
            yield Failure(raw, "not a regular file or folder")
        else:
            yield Failure(raw, "no such file or folder")


def sniff(data: str) -> str:
    """The format of text of unknown kind: "jsonl", "html", "md" or "txt"."""
    head = data.lstrip("\ufeff \t\r\n")[:4096]
    lower = head.lower()
    if head.startswith("{"):
        return "jsonl"
    if lower.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body", "<article")) or (
        head.startswith("<") and any(t in lower for t in ("<p>", "<p ", "<div", "<body", "<title"))
    ):
        return "html"
    if head.startswith("---\n") or any(
        line.startswith(("# ", "## ")) for line in head.split("\n")[:5]
    ):
        return "md"
    return "txt"


def _parse(data: str, kind: str, *, id: str, origin: str) -> Iterator[Article | Failure]:
    if kind == "html":
        yield html.parse_html(data, id=id, origin=origin)
    elif kind == "md":
        yield markdown.parse_markdown(data, id=id, origin=origin)
    elif kind == "jsonl":
        yield from jsonl.read_lines((line.encode("utf-8") for line in data.split("\n")), origin)
    else:
        yield text.parse_text(data, id=id, origin=origin)


def read_stream(stream: BinaryIO, name: str = "stdin", limits: Limits = DEFAULT_LIMITS
                ) -> Iterator[Article | Failure]:
    """Articles from a byte stream of unknown format (standard input).

    JSON Lines are streamed record by record; any other format is one article
    read whole (its id is `name`), up to `limits.max_bytes`.
    """
    first = b""
    skipped: list[bytes] = []
    seen = 0
    for line in jsonl.bounded_lines(stream, limits.max_bytes):
        if line.strip():
            first = line
            break
        skipped.append(line)
        seen += len(line)
        if seen > limits.max_bytes:
            break
    if not first:
        yield Failure(name, "empty input (no text)")
        return
    if first.lstrip(b"\xef\xbb\xbf \t").startswith(b"{"):
        rest = jsonl.bounded_lines(stream, limits.max_bytes)
        yield from jsonl.read_lines(itertools.chain(skipped, [first], rest), name,
                                    max_bytes=limits.max_bytes)
        return
    head = b"".join(skipped) + first
    data = head + stream.read(max(0, limits.max_bytes + 1 - len(head)))
    if len(data) > limits.max_bytes:
        yield Failure(name, f"input too large (over the {size(limits.max_bytes)} limit)")
        return
    try:
        decoded = decode(data)
        yield from _parse(decoded, sniff(decoded), id=name, origin=name)
    except IngestError as exc:
        yield Failure(name, str(exc))


def read_path(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Article | Failure]:
    """The articles of one file (one, or one per record for JSON Lines)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        if path.suffix:
            yield Failure(str(path), f"unsupported file type {path.suffix!r}; use {SUPPORTED}")
            return
        # No extension: sniff the content.
        with path.open("rb") as fh:
            yield from read_stream(fh, str(path), limits)
        return
    if reader is jsonl.read_file:  # streamed: the limit is per record
        yield from jsonl.read_file(path, max_bytes=limits.max_bytes)
        return
    bytes_ = path.stat().st_size
    if bytes_ > limits.max_bytes:
        yield Failure(str(path), f"file too large ({size(bytes_)}; the limit is "
                                 f"{size(limits.max_bytes)})")
        return
    yield from reader(path)


def read_inputs(inputs: Iterable[str], stdin: BinaryIO | None = None, *,
                limits: Limits | None = None, any_language: bool = False
                ) -> Iterator[Article | Failure]:
    """Every article of every input, in input order; failures in their place.

    Never raises for a bad input: a file that cannot be read, a bad record,
    an undecodable, binary, empty or oversized file, and (unless
    `any_language`) a text that is not English each become one
    Failure(origin, reason).
    """
    limits = limits or DEFAULT_LIMITS
    for item in discover(inputs):
        if isinstance(item, Failure):
            yield item
            continue
        origin = "stdin" if item == STDIN else str(item)
        try:
            if item == STDIN:
                found = read_stream(stdin or sys.stdin.buffer, "stdin", limits)
            else:
                found = read_path(item, limits)
            for article in found:
                if isinstance(article, Article):
                    article = check_article(article, limits, any_language=any_language)
                yield article
        except (IngestError, OSError, UnicodeError, ValueError, RecursionError) as exc:
            yield Failure(origin, _reason(exc))
        except Exception as exc:  # a reader bug must not stop the batch
            yield Failure(origin, f"cannot read ({exc.__class__.__name__}: {exc})"[:200])


def _reason(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "input nested too deeply to read"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return " ".join(str(exc).split()) or exc.__class__.__name__
