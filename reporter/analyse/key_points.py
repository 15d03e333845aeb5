"""Key points: the 3-5 sentences that carry the story.

Sentences are scored by the keyphrases and entities they carry (weighted by
keyphrase rank), with a bonus for the lead and a penalty for sentences that
are mostly direct quotation (a briefing's key points say what happened, the
quotes section says who said what; a sentence that is a third quotation
is as good as out), too short to stand alone, or opening on a pronoun that
points back ('This included ...', 'It said ...'), which means nothing out of its text. Picks avoid
repeating the same keyphrases, and come back in text order.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from reporter.analyse.entities import EntityIndex
from reporter.analyse.keyphrases.features import extract_candidates
from reporter.analyse.sentences import sentence_spans
from reporter.model import Keyphrase, Quote

MIN_WORDS = 8
# Openings that point back to an earlier sentence when they are pronouns ('This included',
# 'They said'); as determiners ('This treaty') they stand on their own.
BACK_POINTING = {"this", "that", "these", "those", "it", "they", "he", "she", "such"}
QUOTE_OPENERS = set("\"“”‘’«»„")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _headline(sent) -> bool:
    """A first line in Title Case standing alone in its paragraph reads as the headline."""
    text = sent.text.strip()
    raw = sent.text
    after = raw[len(raw.rstrip()):] + sent[-1].whitespace_ + _space_after(sent)
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    capped = sum(1 for t in words if t.text[0].isupper())
    return "\n" in after and len(text.split()) <= 25 and bool(words) \
        and capped >= 0.7 * len(words)


def pick_key_points(doc: Doc, quotes: list[Quote], keyphrases: list[Keyphrase],
                    entities: EntityIndex) -> list[int]:
    sents = sentence_spans(doc)
    if not sents:
        return []
    weight = {_norm(k.text): 1.0 / (1 + rank) ** 0.5 for rank, k in enumerate(keyphrases)}
    cands, _ = extract_candidates(doc)
    terms_in: dict[int, set[str]] = {}
    for c in cands:
        for form in c.forms:
            key = _norm(form)
            if key in weight:
                for pos in c.positions:
                    terms_in.setdefault(pos, set()).add(key)
    quoted = [0.0] * len(sents)
    starts = [s.start_char for s in sents]
    for q in quotes:
        if q.kind == "indirect" or q.end <= q.start:
            continue
        part = 0.5 if q.kind == "partial" else 1.0  # a phrase quoted inside a report
        n = max(0, bisect_right(starts, q.start) - 1)
        while n < len(sents) and sents[n].start_char < q.end:
            overlap = min(sents[n].end_char, q.end) - max(sents[n].start_char, q.start)
            if overlap > 0:
                quoted[n] += part * overlap
            n += 1
    scores = []
    for n, s in enumerate(sents):
        words = sum(1 for t in s if t.is_alpha)
        if words < MIN_WORDS:
            continue
        ents = {ent.id for t in s if (ent := entities.at_token(t.i))}
        score = sum(weight[k] for k in terms_in.get(n, ())) + 0.3 * len(ents)
        score += 1.5 / (1 + n)  # the lead carries the story in news writing
        share = quoted[n] / max(1, len(s.text.strip()))
        if s.text.strip()[:1] in QUOTE_OPENERS:
            share = max(share, 0.5)  # quotation the quote finder left without a speaker
        # a quote with its attribution is the quotes section's, not a key point
        score *= 1.0 - 0.9 * min(1.0, 2.5 * share)
        if n == 0 and _headline(s):
            continue  # the headline repeated as the first line: the briefing shows it already
        if re.search(r"https?:|@\w|pic\.twitter|t\.co/", s.text):
            score *= 0.3  # an embedded tweet
        first = next((t for t in s if not t.is_space and not t.is_punct), None)
        if first is not None and first.lower_ in BACK_POINTING and first.pos_ == "PRON":
            score *= 0.3  # 'This included ...' needs the sentence before it
        if "\n" in s.text.strip():
            score *= 0.5  # runs across paragraphs: a heading or a transcript cue glued on
        score /= max(1.0, words / 40)  # very long sentences are poor summaries
        scores.append((score, n))
    scores.sort(key=lambda sn: (-sn[0], sn[1]))
    want = 3 if len(sents) < 12 else (4 if len(sents) < 25 else 5)
    picked: list[int] = []
    covered: set[str] = set()
    for _, n in scores:
        terms = terms_in.get(n, set())
        if terms and len(terms & covered) > len(terms) / 2:
            continue
        picked.append(n)
        covered |= terms
        if len(picked) == want:
            break
    if len(picked) < min(want, len(sents)):
        for _, n in scores:
            if n not in picked:
                picked.append(n)
            if len(picked) == want:
                break
    return sorted(picked)


def _space_after(span) -> str:
    """The whitespace token that follows a span, if any (without building the Doc's text)."""
    doc = span.doc
    return doc[span.end].text if span.end < len(doc) and doc[span.end].is_space else ""
