"""Sentence helpers shared by the analysis modules.

Every finding points at a sentence by its index in `doc.sents`; this module
is the one place that numbering is defined.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from reporter.model import Sentence


def sentence_spans(doc: Doc) -> list[Span]:
    """The Doc's sentences, skipping whitespace-only ones, in order."""
    return [s for s in doc.sents if s.text.strip()]


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
