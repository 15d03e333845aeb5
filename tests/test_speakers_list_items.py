"""List items that leave their subject out ('Keeps saying ...') speak for the person
the list is about, never for the verb the parser took for a noun."""

from __future__ import annotations

import pytest

from reporter.analyse.entities import find_entities
from reporter.analyse.quotes.extract import find_quotes
from reporter.analyse.quotes.speakers import SpeakerResolver

INTRO = "Senator Jane Moss has had a busy week on the campaign trail.\n\n"


@pytest.mark.parametrize("bullet", ["", "- "])
def test_opening_verb_taken_for_a_noun_is_not_the_speaker(nlp, bullet):
    doc = nlp(INTRO + bullet + "Keeps saying she opposed the war from the start.\n")
    q = next(q for q in find_quotes(doc, find_entities(doc)) if "opposed the war" in q.text)
    assert q.speaker.name == "Jane Moss"


def test_noun_after_an_opening_verb_is_not_the_speaker(nlp):
    doc = nlp(INTRO + "Calls men derogatory names in public.\n")
    men = next(t for t in doc if t.text == "men")
    speaker = SpeakerResolver(doc, find_entities(doc), set()).resolve(men)
    assert speaker.name == "Jane Moss"
