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

# Verbs whose subject, not their object, does what the complement says.
SUBJECT_CONTROL = {"promise", "vow", "pledge", "threaten", "offer", "agree", "refuse",
                   "decline", "want", "try", "hope", "plan", "seek", "expect", "use"}


def controller(verb: Token, excluded: set[int] | frozenset[int] = frozenset()) -> Token | None:
    """The object of the verb governing `verb`, when it is who does `verb`: 'forced
    Stumpf to admit' -> Stumpf; None when `verb` is no such complement. Also the noun a
    relative pronoun subject stands for when the parse did not make its clause a relative
    one ('auditors wrote to the council which reported ...' -> council)."""
    noun = _relative_noun(verb, excluded)
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
