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


def test_they_goes_to_a_group_named_as_subject(nlp):
    text = ("Republicans met in Ohio on Monday. They said the tax plan would create jobs "
            "within a year.")
    q = next(q for q in quotes_of(nlp, text) if "tax plan would create" in q.text)
    assert q.speaker.name == "Republicans"
    assert q.speaker.mention == "They"


def test_description_resolves_through_the_role_head_only(nlp):
    text = ("The state's campaign chairman, Phil Novak, spoke first.\n\n"
            "The campaign said it would appeal the ruling within a week.")
    q = next(q for q in quotes_of(nlp, text) if "appeal the ruling" in q.text)
    assert q.speaker.name != "Phil Novak"


def test_she_skips_a_man_known_from_his_first_name(nlp):
    text = ("Laura Chen met Mark Davis in Geneva on Tuesday.\n\n"
            "\"The talks went well,\" she said.")
    q = next(q for q in quotes_of(nlp, text) if "talks went well" in q.text)
    assert q.speaker.name == "Laura Chen"
