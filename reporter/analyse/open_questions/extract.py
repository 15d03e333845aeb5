"""Open questions: what the article leaves uncertain, planned, disputed or stalled.

Each sentence's uncertainty cues come from `hedge.find_cues` (a lexicon whose
candidates a parse-aware model accepts or rejects: "may" the modal, not
"May" the month). For each sentence with cues, the claim the cue governs is
cut from the parse for the summary (the noun phrase a "possible" modifies,
the subject of "was apparently discussed, but not fixed", the clause a
"may" or "whether" heads), and the status is read from the cue's kind.
A long article keeps its MAX_OPEN most worthwhile open questions (planned,
stalled, investigated and disputed matters with named actors and dates before
talk such as "If you have failed so many times"), in text order.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from reporter.analyse.dates import is_datelike, resolve
from reporter.analyse.entities import EntityIndex
from reporter.analyse.issues import _in_list
from reporter.analyse.keyphrases.spans import (
    clause,
    entities_by_sentence,
    join,
    noun_phrase,
    sentence_case,
)
from reporter.analyse.open_questions.hedge import Cue, find_cues
from reporter.analyse.sentences import sentence_spans
from reporter.model import OpenQuestion

INVESTIGATION = {"investigate", "investigation", "examine", "probe", "inquiry", "study",
                 "explore", "determine", "test", "whether"}
DISPUTED = {"deny", "denies", "denied", "allege", "alleged", "allegedly", "accuse",
            "accusation", "allegation", "charge", "claim", "dispute", "disputed", "contest",
            "contested", "controversial", "debatable", "questionable", "question", "doubt",
            "skeptical", "sceptical", "argue", "contend", "insist"}
CONDITIONAL = {"if", "unless", "provided", "providing", "assuming", "lest", "until", "whenever"}
EXPECTED = {"expect", "expected", "expectation", "anticipate", "anticipated", "forecast",
            "predict", "prediction", "project", "projected", "likely", "unlikely", "probably",
            "probable", "likelihood", "will", "shall", "estimate", "estimated", "tend"}
PLANNED = {"plan", "intend", "aim", "propose", "seek", "scheduled", "prospective"}
EVENT_WORDS = {"meeting", "summit", "talks", "visit", "trip", "conference", "vote", "election",
               "deal", "agreement", "treaty", "negotiation", "negotiations", "referendum",
               "hearing", "trial", "launch", "release", "sale", "merger", "session"}
MAX_OPEN = 10  # a long article's open questions, best first, are cut to this many
STATUS_WORTH = {"stalled": 3.0, "planned": 3.0, "under investigation": 3.0, "disputed": 2.0,
                "expected": 2.0, "conditional": 1.0, "speculative": 1.0}
CHATTY = {"i", "we", "you", "it", "that", "this", "my", "our", "your", "they", "there"}
STATUS_ORDER = ["stalled", "disputed", "under investigation", "conditional", "planned",
                "expected", "speculative"]


def _cue_lemma(doc: Doc, cue: Cue) -> str:
    return doc[cue.start].lemma_.lower() if cue.end - cue.start == 1 else cue.text.lower()


def status_of(doc: Doc, sent: Span, cues: list[Cue]) -> str:
    found = set()
    nouns = {t.lower_ for t in sent}
    for cue in cues:
        lemma, low = _cue_lemma(doc, cue), cue.text.lower()
        if cue.kind == "stalled":
            found.add("stalled")
        elif cue.kind == "disputed" or lemma in DISPUTED or low in DISPUTED:
            found.add("disputed")
        elif lemma in INVESTIGATION or (lemma == "if" and doc[cue.start].head.dep_ == "ccomp"):
            found.add("under investigation")  # "asked if ..." is "asked whether ..."
        elif lemma in CONDITIONAL:
            found.add("conditional")
        elif lemma in PLANNED or (cue.kind == "unresolved" and nouns & EVENT_WORDS):
            found.add("planned")
        elif lemma in EXPECTED or low in EXPECTED:
            found.add("expected")
        else:
            found.add("speculative")
    for status in STATUS_ORDER:
        if status in found:
            return status
    return "speculative"


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"}:
            return child
    return None


def _verb_of(tok: Token) -> Token:
    """The verb (or predicate) a cue word hangs on."""
    cur, first_verb = tok, None
    for _ in range(5):
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"aux", "auxpass"}:
            first_verb = first_verb or cur
            if _subject(cur) is not None:
                return cur
        if cur.head is cur:
            break
        cur = cur.head
    return first_verb or cur


PRONOUNS = {"he", "she"}
_ENTS: list = []  # [(doc, entities by sentence, sentence index by start)]: the last Doc
FUTURE_ADJ = {"likely", "unlikely", "expected", "set", "due", "poised", "slated", "scheduled"}
STALLED_NOUNS = {"standstill", "stalemate", "deadlock", "impasse", "halt"}
MAX_SUMMARY = 16


def _sentence_ents(sent: Span) -> list[Span]:
    """The sentence's entities from the per-Doc index (`Span.ents` scans the whole Doc)."""
    doc = sent.doc
    entry = _ENTS[0] if _ENTS else None  # built once per Doc (its entities are fixed)
    if entry is None or entry[0] is not doc:
        entry = (doc, entities_by_sentence(doc),
                 {s.start: n for n, s in enumerate(sentence_spans(doc))})
        _ENTS[:] = [entry]
    index = entry[1:]
    n = index[1].get(sent.start)
    if n is None:
        return [e for e in doc.ents if sent.start <= e.start < sent.end]
    return [e for e in index[0].get(n, ()) if e.end <= sent.end]


def _named(tok: Token, sent: Span) -> str | None:
    """'he' -> the nearest person named before it in the sentence (None if there is none)."""
    if tok.lower_ not in PRONOUNS:
        return None
    people = {e.text for e in _sentence_ents(sent) if e.label_ == "PERSON" and e.end <= tok.i}
    return people.pop() if len(people) == 1 else None  # one candidate, or no guess


def _with_subject(text: str, subj: Token | None, sent: Span) -> str:
    """Put the named person in place of a leading 'he'/'she'."""
    if subj is None:
        return text
    name = _named(subj, sent)
    if name and text.lower().startswith(subj.lower_ + " "):
        return name + text[len(subj.text):]
    return text


def _first_clause(text: str) -> str:
    """Up to the first comma when what precedes it is a clause of its own:
    'X might ward off, including tuberculosis' -> 'X might ward off' (but 'The House
    bill, would make ...' stays whole)."""
    head, sep, _ = text.partition(", ")
    return head if sep and len(head.split()) >= 4 else text


def _cap(text: str) -> str:
    """At most MAX_SUMMARY words, not ending on a function word, quotes closed."""
    words = text.split()
    if len(words) > MAX_SUMMARY:
        words = words[:MAX_SUMMARY]
        while len(words) > 3 and words[-1].lower().strip("“”\"'‘’,;:") in STOP_WORDS:
            words.pop()
        text = " ".join(words).rstrip(",;:")
    if text.count("“") > text.count("”"):
        text += "”"
    elif text.count('"') % 2:
        text += '"'
    return text


def _clause(verb: Token, drop_dates: bool = False) -> str:
    """A clause short enough for a summary, cut at a phrase boundary."""
    return clause(verb, max_words=MAX_SUMMARY, drop_dates=drop_dates, short_subject=True)


def summarise(doc: Doc, sent: Span, cues: list[Cue]) -> tuple[str, list[int]]:
    """A short statement of what is open, and the token indexes it covers."""
    text, focus = _summary(doc, sent, cues)
    if not text.lower().startswith(("possible", "potential", "alleged")):
        text = _first_clause(text)  # noun phrases keep their places: "in Osaka, Japan, on"
    text = _cap(text).rstrip(" ,;:-")
    return sentence_case(text), focus


def _summary(doc: Doc, sent: Span, cues: list[Cue]) -> tuple[str, list[int]]:
    lexical = [c for c in cues if c.end - c.start == 1]
    cue = max(lexical, key=lambda c: c.prob) if lexical else cues[0]
    tok = doc[cue.start]
    # "a possible meeting", "the alleged violations": the noun phrase itself
    if tok.dep_ == "amod" and tok.head.pos_ in {"NOUN", "PROPN"}:
        head = tok.head
        return noun_phrase(head, max_words=MAX_SUMMARY), [t.i for t in head.subtree]
    # "if/whether/unless X": the clause it marks ("whether" when it is asked, "if" a condition)
    if tok.dep_ == "mark" or tok.lower_ in {"whether", "if"}:
        verb = tok.head
        text = _with_subject(_clause(verb), _subject(verb), sent)
        if len(text.split()) < 3:  # "if I may"
            root = sent.root
            return _with_subject(_clause(root), _subject(root), sent), [t.i for t in root.subtree]
        word = tok.lower_
        if word == "if" and verb.dep_ == "ccomp":
            word = "whether"  # "asked if ...": a question, not a condition
        if word in {"if", "unless"} and verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"}:
            # "If Trump is elected, the rules could be undone": the claim, then its condition
            main_verb = verb.head
            main = _with_subject(_clause(main_verb), _subject(main_verb), sent)
            if len(main.split()) >= 3 and len(main.split()) + len(text.split()) < MAX_SUMMARY:
                return f"{main} {word} {text}", [t.i for t in main_verb.subtree]
        if word in {"whether", "if", "unless"}:
            text = f"{word} {text}"
        return text, [t.i for t in verb.subtree]
    verb = _verb_of(tok)
    subj = _subject(verb)
    # "relations appear to have ground to a standstill": the subject, stalled
    # "the court put the rule on hold": the object is what stalls
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}),
               None)
    if obj is None and verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ == "WDT"
                                                    for c in verb.children):
        obj = verb.head  # "the rules, which the court has put on hold"
    stuck = obj if obj is not None and cue.kind == "stalled" else subj
    if cue.kind == "stalled" and stuck is not None and stuck.pos_ in {"NOUN", "PROPN"}:
        word = cue.text.lower().split()[-1]
        state = f"at a {word}" if word in STALLED_NOUNS else "stalled"
        if cue.text.lower().endswith("on hold"):
            state = "on hold"
        return f"{noun_phrase(stuck, max_words=8)} {state}", [t.i for t in stuck.subtree]
    # "expects to hold", "believed that ...", "likely to talk": the complement clause
    if tok.pos_ in {"VERB", "ADJ"}:
        for child in tok.children:
            if child.dep_ in {"ccomp", "xcomp"} and child.i > tok.i:
                inner = _clause(child)
                own = _subject(child)
                if own is None and subj is not None and subj.i < tok.i:
                    holder = _named(subj, sent) or noun_phrase(subj, drop_dates=False)
                    if tok.lower_ in FUTURE_ADJ and child.dep_ == "xcomp" \
                            and subj.pos_ != "PRON":
                        # "X are likely to talk about Y" -> "X to talk about Y"
                        inner = f"{holder} {inner}"
                    else:
                        inner = f"{holder} {tok.text} {inner}"
                elif own is not None and tok.pos_ == "VERB" and child.dep_ == "ccomp" \
                        and (own.pos_ in {"NOUN", "PROPN"} or _named(own, sent)) \
                        and own.tag_ not in {"WP", "WDT"} \
                        and not any(t.tag_ in {"WP", "WDT"} for t in own.subtree):
                    # "I think X is Y": an opinion, not a fact -> "Whether X is Y"
                    inner = f"whether {_with_subject(inner, own, sent)}"
                if len(inner.split()) >= 3:
                    holder_tokens = [t.i for t in subj.subtree] if subj is not None else []
                    return inner.strip(), [*holder_tokens, *(t.i for t in child.subtree)]
    # "X was apparently discussed, but not fixed": the subject, when it is a full phrase
    if cue.kind != "stalled" and subj is not None and subj.pos_ in {"NOUN", "PROPN"} \
            and tok.pos_ not in {"AUX", "VERB"} and sum(1 for _ in subj.subtree) >= 4:
        text = noun_phrase(subj)
        extra = [p for p in verb.children if p.dep_ == "prep" and subj.i < p.i < verb.i]
        for p in extra:
            text += ", " + join(list(p.subtree))
        return text, [t.i for t in subj.subtree]
    text = _with_subject(_clause(verb, drop_dates=False), subj, sent)
    if len(text.split()) < 3:  # "I may": say the whole sentence's main clause
        root = sent.root
        text = _with_subject(_clause(root, drop_dates=False), _subject(root), sent)
        return text, [t.i for t in root.subtree]
    return text, [t.i for t in verb.subtree]


def _actors(doc: Doc, entities: EntityIndex, focus: list[int], sent: Span) -> list[str]:
    """Who the open matter involves: names in the summarised claim, else in the sentence
    (not as items of a list, nor nationalities used as adjectives: "Russian violations")."""
    def collect(indexes) -> list[str]:
        out: list[str] = []
        for i in indexes:
            tok = doc[i]
            ent = entities.at_token(i)
            if not ent or ent.label not in {"PERSON", "ORG", "GPE", "NORP"} or ent.id in out:
                continue
            if ent.label == "NORP" and (tok.pos_ == "ADJ" or tok.dep_ == "amod"):
                continue
            if _in_list(tok):
                continue
            out.append(ent.id)
        return out

    return collect(sorted(set(focus))) or collect(range(sent.start, sent.end))


def _date(sent: Span, published: str | None, focus: list[int]) -> str | None:
    inside = set(focus)
    for ent in _sentence_ents(sent):
        if ent.label_ == "DATE" and ent.start in inside and is_datelike(ent.text):
            return resolve(ent.text, published) or ent.text
    return None


def find_open_questions(doc: Doc, entities: EntityIndex,
                        published: str | None) -> list[OpenQuestion]:
    out = []
    for n, sent in enumerate(sentence_spans(doc)):
        cues = find_cues(sent)
        if not cues:
            continue
        summary, focus = summarise(doc, sent, cues)
        out.append(OpenQuestion(
            text=sent.text.strip(),
            summary=summary or sent.text.strip(),
            status=status_of(doc, sent, cues),
            cues=[c.text for c in cues],
            actors=_actors(doc, entities, focus, sent),
            date=_date(sent, published, focus),
            sentence=n,
        ))
    if len(out) > MAX_OPEN:
        keep = sorted(out, key=lambda q: (-_worth(q), q.sentence))[:MAX_OPEN]
        out = sorted(keep, key=lambda q: q.sentence)
    return out


def _worth(q: OpenQuestion) -> float:
    """How much an open question deserves an analyst's time (for long articles only)."""
    worth = STATUS_WORTH.get(q.status, 1.0) + min(2, len(q.actors)) * 0.5
    worth += 0.5 if q.date else 0.0
    first = q.summary.split()[0].lower() if q.summary.split() else ""
    if first in CHATTY or len(q.summary.split()) < 4:
        worth -= 2.0  # "If you have failed so many times": talk, not an open matter
    return worth
