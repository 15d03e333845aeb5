"""Descriptions resolve to the person the article gave that title or role, also when
the title is capitalised as British papers write it ('the Prime Minister') or the
role goes on with 'of' ('president of the union')."""

from __future__ import annotations

from reporter.analyse.entities import find_entities
from reporter.analyse.quotes.extract import find_quotes


def speaker_of(nlp, text: str, words: str) -> str | None:
    doc = nlp(text)
    q = next(q for q in find_quotes(doc, find_entities(doc)) if words in q.text)
    return q.speaker.name


def test_capitalised_title_before_a_name(nlp):
    text = ("Prime Minister Helen Marsh met European leaders in Brussels on Friday.\n\n"
            '"We will not be rushed," the Prime Minister said.')
    assert speaker_of(nlp, text, "not be rushed") == "Helen Marsh"


def test_capitalised_title_in_apposition(nlp):
    text = ("The Foreign Secretary, Tom Alder, was also in Brussels.\n\n"
            '"Talks were constructive," the Foreign Secretary told reporters.')
    assert speaker_of(nlp, text, "Talks were constructive") == "Tom Alder"


def test_role_going_on_with_of(nlp):
    text = ("The Chancellor of the Exchequer, Raj Mehta, spoke after the vote.\n\n"
            '"Growth is strong," the Chancellor said.')
    assert speaker_of(nlp, text, "Growth is strong") == "Raj Mehta"


def test_lowercase_role_going_on_with_of(nlp):
    text = ("Maria Lopez, president of the dockworkers' union, met the employers.\n\n"
            '"We are not going back to work," the president said.')
    assert speaker_of(nlp, text, "not going back") == "Maria Lopez"


def test_pronoun_after_a_capitalised_title(nlp):
    text = ("Prime Minister Helen Marsh met European leaders in Brussels on Friday. "
            "Anna Berg, an economist, expects little from the meeting.\n\n"
            "The Prime Minister spent two hours with them. \"It was useful,\" she said.")
    assert speaker_of(nlp, text, "It was useful") == "Helen Marsh"
