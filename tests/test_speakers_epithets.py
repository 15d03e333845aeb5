"""A definite description that is no title ('the billionaire', 'the Democrat'), the
main subject of its sentence, stands for the person the sentence before was about."""

from __future__ import annotations

from reporter.analyse.entities import find_entities
from reporter.analyse.quotes.extract import find_quotes


def speaker_of(nlp, text: str, words: str) -> str | None:
    doc = nlp(text)
    q = next(q for q in find_quotes(doc, find_entities(doc)) if words in q.text)
    return q.speaker.name


def test_party_noun_for_a_person(nlp):
    text = ("Senator Ruth Klein, a Democrat from Ohio, opposed the bill on Monday. "
            "The Democrat said it would hurt workers.")
    assert speaker_of(nlp, text, "hurt workers") == "Ruth Klein"


def test_occupation_noun_for_a_person(nlp):
    text = ("Helen Marsh sold her stake in the airline in March. "
            "The billionaire said she had no regrets about the sale.")
    assert speaker_of(nlp, text, "no regrets") == "Helen Marsh"


def test_description_opening_a_paragraph_continues_the_one_before(nlp):
    text = ("Helen Marsh sold her stake in the airline in March.\n\n"
            "The billionaire said she had no regrets about the sale.")
    assert speaker_of(nlp, text, "no regrets") == "Helen Marsh"


def test_a_body_is_no_description_of_a_person(nlp):
    # 'the hospital', 'the university', 'the city': bodies that speak, never the person
    # the sentence before was about
    text = ("Dr. Helen Ward treated the patients. The hospital later said the clinic "
            "was full.")
    assert speaker_of(nlp, text, "clinic was full") == "The hospital"
    text = ("Mayor Tom Reid opened the new library on Monday. The city said it cost "
            "$4 million.")
    assert speaker_of(nlp, text, "cost $4 million") == "The city"
