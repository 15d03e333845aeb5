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
    Stumpf to admit' -> Stumpf; None when `verb` is no such complement."""
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
