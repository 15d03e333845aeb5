"""The timeline: dated events, dates normalised.

Every DATE entity that names a point in time ("March 12, 1999", "next month",
"February this year") becomes an event: the clause its verb heads, shortened.
Relative dates are resolved against the publication date when it is known
and otherwise kept as written (date None). Events are ordered by date, the
unresolved ones last in text order.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reporter.analyse.dates import is_datelike, resolve, sort_key
from reporter.analyse.keyphrases.spans import (
    clause,
    entities_by_sentence,
    join,
    noun_phrase,
    sentence_case,
)
from reporter.analyse.sentences import sentence_spans
from reporter.model import TimelineEvent


def _anchor(ent: Span) -> Token:
    """The verb (or, failing that, the nearest noun) the date expression belongs to: in
    'the state with the lowest salary increases since 2002' the increases, not 'since'."""
    cur = ent.root
    noun = None
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"aux", "auxpass"}:
            return cur
        if noun is None and cur.pos_ in {"NOUN", "PROPN"} and cur.ent_type_ not in {"DATE", "TIME"}:
            noun = cur
        if cur.head is cur:
            break
        cur = cur.head
    return noun or ent.root.head


def _event(ent: Span) -> str:
    root = ent.root
    mods = {"compound", "nummod", "amod", "poss"}
    while root.dep_ in mods and root.head.ent_type_ in {"DATE", "TIME"} \
            and root.head is not root:
        root = root.head  # "Monday night's debate": up to the night
    if root.dep_ in mods and root.head.pos_ in {"NOUN", "PROPN"} \
            and ent.end <= root.head.i <= ent.end + 6 \
            and root.head.ent_type_ not in {"DATE", "TIME"}:
        # "the 1987 INF Treaty", "Monday's debate": the date names a thing, not an event
        return sentence_case(noun_phrase(root.head, max_words=10, drop_dates=False))
    anchor = _anchor(ent)
    if anchor.dep_ == "relcl" and anchor.head.pos_ in {"NOUN", "PROPN"} \
            and any(c.tag_ in {"WP", "WDT"} and c.dep_ in {"nsubj", "nsubjpass"}
                    for c in anchor.children):
        # "a man who committed suicide in June 2015" -> "Man committed suicide ..."
        head = anchor.head
        left = [t for t in head.lefts if t.dep_ in {"compound", "amod", "nmod"}]
        name = join([*[d for t in left for d in t.subtree], head])
        rest = clause(anchor, max_words=16)
        words = rest.split(maxsplit=1)
        if len(words) == 2 and words[0].lower() in {"who", "which", "that"}:
            rest = words[1]
        text = f"{name} {rest}"
    elif anchor.dep_ in {"acl", "relcl"} and anchor.head.pos_ in {"NOUN", "PROPN"}:
        text = noun_phrase(anchor.head, max_words=16, drop_dates=False)
    elif anchor.pos_ in {"NOUN", "PROPN"}:
        text = noun_phrase(anchor, drop_dates=False)
    else:
        text = clause(anchor, max_words=20)
    return sentence_case(text) or ent.sent.text.strip()


def build_timeline(doc: Doc, published: str | None) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    seen: set[tuple[int, str]] = set()
    told: set[tuple[str, str]] = set()
    ents_by_sentence = entities_by_sentence(doc)
    for n in range(len(sentence_spans(doc))):
        for ent in ents_by_sentence.get(n, ()):
            if ent.label_ != "DATE" or not is_datelike(ent.text):
                continue
            as_written = " ".join(ent.text.split())
            if (n, as_written.lower()) in seen:
                continue
            seen.add((n, as_written.lower()))
            date = resolve(as_written, published)
            event = _event(ent)
            # "Monday's presidential debate" said five times is one event
            key = (date or as_written.lower(), " ".join(event.lower().replace("’", "'").split()))
            if key in told:
                continue
            told.add(key)
            events.append(TimelineEvent(date=date, as_written=as_written, event=event,
                                        sentence=n))
    events.sort(key=lambda e: (e.date is None, sort_key(e.date), e.sentence))
    return events
