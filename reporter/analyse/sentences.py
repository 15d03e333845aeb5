"""Sentence helpers shared by the analysis modules.

Every finding points at a sentence by its index in `doc.sents`; this module
is the one place that numbering is defined.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from spacy.tokens import Doc, Span

from reporter.model import Sentence

T = TypeVar("T")

# id(doc) -> (doc, {name: value}) for the Docs being analysed right now (see `doc_memo`)
_memos: dict[int, tuple[Doc, dict[str, object]]] = {}


@contextmanager
def doc_memo(doc: Doc) -> Iterator[None]:
    """Within the block, per-Doc results asked for through `memoised` are computed once.

    `analyse` wraps one article's analysis in it: several modules need the same
    sentence spans and keyphrase candidates, and building them again is most of
    what analysis would cost. Outside the block nothing is kept, so a Doc that
    changes later (or a test building its own) never sees a stale value.
    """
    key = id(doc)
    outer = _memos.get(key)
    if outer is not None and outer[0] is doc:  # nested: the outer block owns the memo
        yield
        return
    _memos[key] = (doc, {})
    try:
        yield
    finally:
        _memos.pop(key, None)


def memoised(doc: Doc, name: str, compute: Callable[[], T]) -> T:
    """`compute()`, once per Doc inside `doc_memo(doc)` (every time outside it)."""
    entry = _memos.get(id(doc))
    if entry is None or entry[0] is not doc:
        return compute()
    store = entry[1]
    if name not in store:
        store[name] = compute()
    return store[name]  # type: ignore[return-value]


def sentence_spans(doc: Doc) -> list[Span]:
    """The Doc's sentences, skipping whitespace-only ones, in order."""
    return list(memoised(doc, "sentence_spans",
                         lambda: [s for s in doc.sents if s.text.strip()]))


def sentence_records(doc: Doc) -> list[Sentence]:
    """Sentences as data: text trimmed of surrounding whitespace, offsets to match."""
    out = []
    for span in sentence_spans(doc):
        raw = span.text
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        start = span.start_char + lead
        out.append(Sentence(text=text, start=start, end=start + len(text)))
    return out


def sentence_index(doc: Doc) -> dict[int, int]:
    """Map each token index to the index of its sentence (see `sentence_spans`)."""
    index: dict[int, int] = {}
    for n, span in enumerate(sentence_spans(doc)):
        for i in range(span.start, span.end):
            index[i] = n
    return index


def sentence_at_char(sentences: list[Sentence], char: int) -> int:
    """The index of the sentence holding character offset `char` (nearest before it)."""
    best = 0
    for n, s in enumerate(sentences):
        if s.start <= char:
            best = n
        else:
            break
    return best
