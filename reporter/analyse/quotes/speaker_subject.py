"""Who does the saying when a speech verb hangs under another verb's object.

In "the senator forced Stumpf to admit that ...", "this led the journalist to fear
a pact" and "the collapse left many nations feeling that ...", the one who admits,
fears or feels is the object of the governing verb (object control), not its
subject. quote finding climbs from a speech verb to the subject of the verb above
it; `controller` is the check to make before climbing out of such a complement.
Verbs of subject control ("promised voters to cut taxes") keep their subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from reporter.analyse.quotes.speakers import COLLECTIVE_NOUNS, PERSON_NOUNS

# Verbs whose subject, not their object, does what the complement says.
SUBJECT_CONTROL = {"promise", "vow", "pledge", "threaten", "offer", "agree", "refuse",
                   "decline", "want", "try", "hope", "plan", "seek", "expect", "use"}


def controller(verb: Token, excluded: set[int] | frozenset[int] = frozenset()) -> Token | None:
    """The object of the verb governing `verb`, when it is who does `verb`: 'forced
    Stumpf to admit' -> Stumpf; None when `verb` is no such complement. Also the noun a
    relative pronoun subject stands for when the parse did not make its clause a relative
    one ('auditors wrote to the council which reported ...' -> council)."""
    for rule in (_relative_noun, _misparsed_subject, _outer_speaker, _pictured,
                 _subordinate_subject, _after_relative, _reporter_of_clause):
        noun = rule(verb, excluded)
        if noun is not None:
            return noun
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    head = verb.head
    if head.lemma_.lower() in SUBJECT_CONTROL:
        return None
    for child in head.children:
        if child.dep_ == "dobj" and child.i < verb.i and child.i not in excluded and \
                child.pos_ in ("NOUN", "PROPN"):
            return child
    return None


def _relative_noun(verb: Token, excluded: set[int] | frozenset[int]) -> Token | None:
    """'the council which reported ...' parsed with 'reported' hanging on another verb:
    the noun right before the relative pronoun that is the verb's subject."""
    if verb.dep_ == "relcl":
        return None  # the relative clause rule names its noun
    rel = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.lower_ in ("which", "who")), None)
    if rel is None or rel.i == 0:
        return None
    before = verb.doc[rel.i - 1]
    if before.i in excluded or before.pos_ not in ("NOUN", "PROPN") or \
            before.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "conj", "appos"):
        return None
    return before


_FINITE = ("VBD", "VBZ", "VBP")


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _misparsed_subject(verb: Token, excluded: set[int] | frozenset[int]) -> Token | None:
    """'the board ignored the report and unions blamed the firm' parsed with 'unions'
    a second object: a finite verb with no subject right after a noun the parse joined
    to an object is that noun's."""
    if verb.tag_ not in _FINITE or verb.i == 0 or _subject_of(verb) is not None:
        return None
    before = verb.doc[verb.i - 1]
    if before.i in excluded or before.dep_ != "conj" or before.pos_ not in ("NOUN", "PROPN") \
            or before.head.i > before.i or before.head.dep_ not in ("dobj", "pobj"):
        return None
    if verb.doc[before.i - 1].lower_ not in ("and", "but", "while"):
        return None
    return before


def _outer_speaker(verb: Token, excluded: set[int] | frozenset[int]) -> Token | None:
    """'X announced that the government would cut ... and hinted that ...': a finite verb
    joined to the modal verb of what someone said is that someone's second act, not the
    reported clause's ('would cut ... and hint' would be)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB" or \
            head.dep_ != "ccomp" or _subject_of(verb) is not None or \
            not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None
    outer = _subject_of(head.head)
    if outer is None or outer.i in excluded or outer.i > head.i:
        return None
    return outer


def _pictured(verb: Token, excluded: set[int] | frozenset[int]) -> Token | None:
    """'The campaign used a recording of Mark Ellison asking, "..."', 'heard the crowd
    chanting':
    a participle right after its governing verb's object describes that object, or the
    person the object shows."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG" or verb.head.i == verb.i:
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj"
                and c.right_edge.i == verb.i - 1), None)
    if obj is None or obj.i in excluded:
        return None
    shown = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj" and g.right_edge.i == verb.i - 1]
    if shown and shown[0].pos_ == "PROPN" and shown[0].i not in excluded:
        return shown[0]
    return obj if obj.pos_ in ("NOUN", "PROPN") else None


# Conjunctions opening a clause that the parse can take for prepositions.
_SUBORDINATORS = {"since", "after", "before", "because", "until", "while", "although",
                  "though", "once", "unless", "as"}


def _subordinate_subject(verb: Token, excluded: set[int] | frozenset[int]) -> Token | None:
    """'Officials have been wary of Dunmore since Ferris, at a meeting, cited lapses': the
    subject of a clause opened by 'since' or 'after', parsed as the object of a
    preposition and the clause's verb as a second main verb."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or _subject_of(verb) is not None or \
            any(c.dep_ == "cc" and c.i < verb.i for c in head.children):
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SUBORDINATORS or prep.i > verb.i:
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None or pobj.i in excluded or pobj.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        between = verb.doc[pobj.right_edge.i + 1:verb.i]
        if not any(t.pos_ in ("VERB", "AUX") for t in between):
            return pobj
    return None


def _after_relative(verb: Token, excluded: set[int] | frozenset[int]) -> Token | None:
    """'Mark Lund refused to pay a builder who said he was cheated, saying, "..."': a
    participle set off by a comma after a relative clause belongs to the clause the
    relative clause's noun is in, not to the relative clause."""
    head = verb.head
    # a 'where' clause the parse made a complement ('looping the streets around the
    # stadium - where the team played - while chanting') is a relative one too
    relative = head.dep_ == "relcl" or (head.dep_ == "ccomp" and any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < head.i
        for c in head.children))
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not relative or \
            verb.i < head.i or verb.left_edge.i == 0:
        return None
    if verb.doc[verb.left_edge.i - 1].text not in (",", "-", "–", "—"):
        return None
    t = head.head  # the noun the relative clause is about, or the verb of its clause
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.i != head.i:
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.lower_ not in ("who", "which", "that")), None)
            if subj is not None:
                return None if subj.i in excluded else subj
            if t.dep_ == "relcl":
                return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _reporter_of_clause(verb: Token, excluded: set[int] | frozenset[int]) -> Token | None:
    """'Marchbank announced that the grant would fall by 18 per cent, saying the money
    ...': a participle set off by a comma at the end of a reported clause whose subject
    is a thing, not someone, is said by the one who reported the clause."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "ccomp" or \
            verb.i < head.i or verb.left_edge.i == 0 or \
            verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    inner = _subject_of(head)
    lemma = inner.lemma_.lower() if inner is not None else ""
    if inner is None or inner.pos_ != "NOUN" or inner.ent_type_ or lemma in PERSON_NOUNS or \
            lemma in COLLECTIVE_NOUNS or lemma.endswith(("ist", "ian")):
        # 'the spokesman would step down, saying ...' is the spokesman's; an ending in
        # -er or -or would take 'the number', 'water' or 'the sector' for people
        return None
    outer = _subject_of(head.head)
    if outer is None or outer.i in excluded or outer.i > head.i:
        return None
    return outer
