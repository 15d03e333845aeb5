"""List items that leave their subject out ('Keeps saying ...') speak for the person
the list is about, never for the verb the parser took for a noun."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from reporter.analyse.entities import find_entities
from reporter.analyse.quotes.extract import find_quotes
from reporter.analyse.quotes.speakers import SpeakerResolver

INTRO = "Senator Jane Moss has had a busy week on the campaign trail.\n\n"


@pytest.mark.parametrize("bullet", ["", "- "])
def test_opening_verb_taken_for_a_noun_is_not_the_speaker(nlp, bullet):
    doc = nlp(INTRO + bullet + "Keeps saying she opposed the levy from the start.\n")
    q = next(q for q in find_quotes(doc, find_entities(doc)) if "opposed the levy" in q.text)
    assert q.speaker.name == "Jane Moss"


def test_noun_after_an_opening_verb_is_not_the_speaker(nlp):
    # the parse the rule is for, written out: the tagger does not always make it
    words = ["Senator", "Jane", "Moss", "spoke", ".", "\n\n", "Calls", "critics", "cowards",
             "."]
    spaces = [True, True, False, False, False, False, True, True, False, False]
    heads = [2, 2, 3, 3, 3, 4, 6, 6, 6, 6]
    deps = ["compound", "compound", "nsubj", "ROOT", "punct", "dep", "ROOT", "nsubj",
            "oprd", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "SPACE", "VERB", "NOUN", "NOUN",
           "PUNCT"]
    tags = ["NNP", "NNP", "NNP", "VBD", ".", "_SP", "VBZ", "NNS", "NNS", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"]
    starts = [True] + [False] * 5 + [True] + [False] * 3
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              tags=tags, ents=ents, sent_starts=starts)
    critics = doc[7]
    speaker = SpeakerResolver(doc, find_entities(doc), set()).resolve(critics)
    assert speaker.name == "Jane Moss"
