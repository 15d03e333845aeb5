"""Speaker resolution: pronouns, relative clauses, possessives, appositions."""

from __future__ import annotations

from reporter.analyse.entities import find_entities
from reporter.analyse.quotes import find_quotes


def quotes_of(nlp, text):
    doc = nlp(text)
    return find_quotes(doc, find_entities(doc))


def test_she_skips_a_man_known_from_his_honorific(nlp):
    text = ("Mr. Daniel Reed met Ms. Laura Chen in Geneva.\n\n"
            "\"The talks went well,\" she said.")
    q = next(q for q in quotes_of(nlp, text) if "talks went well" in q.text)
    assert q.speaker.name == "Laura Chen"


def test_relative_pronoun_goes_to_its_noun(nlp):
    text = "Omar Haddad, who said the vote would be delayed, left the hall early."
    q = next(q for q in quotes_of(nlp, text) if "vote would be delayed" in q.text)
    assert q.speaker.name == "Omar Haddad"


def test_possessive_is_not_the_speaker(nlp):
    text = '"We expected more," Haddad\'s spokesman said.'
    q = next(q for q in quotes_of(nlp, text) if "We expected more" in q.text)
    assert "spokesman" in q.speaker.name


def test_apposition_gives_person_and_role(nlp):
    text = ('"Prices will fall," the central bank governor, Lena Vogt, told reporters.')
    q = next(q for q in quotes_of(nlp, text) if "Prices will fall" in q.text)
    assert q.speaker.name == "Lena Vogt"
