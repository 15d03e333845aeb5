"""Relative pronouns as speakers: the people 'who' stands for, a 'which' the parse left
out of its relative clause."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from reporter.analyse.quotes.speaker_subject import controller


def test_who_is_the_people_not_the_place_before_it(quotes_of):
    text = ("The decision should calm nervous investors in London, who have warned that the "
            "currency could fall further.")
    q = next(q for q in quotes_of(text) if "currency could fall" in q.text)
    assert q.speaker.name == "nervous investors"


def test_who_is_the_person_not_the_organisation_she_works_for(quotes_of):
    text = ("The ruling was welcomed by Anna Berg, counsel to the Harbor Trust, who argued "
            "that the port had dumped waste for years.")
    q = next(q for q in quotes_of(text) if "dumped waste" in q.text)
    assert q.speaker.name == "Anna Berg"


def test_which_misparsed_outside_its_relative_clause_is_the_noun_before_it():
    # 'auditors wrote to the council which reported losses', 'reported' hung on 'wrote'
    words = ["auditors", "wrote", "to", "the", "council", "which", "reported", "losses"]
    heads = [1, 1, 1, 4, 2, 6, 1, 6]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "nsubj", "advcl", "dobj"]
    pos = ["NOUN", "VERB", "ADP", "DET", "NOUN", "PRON", "VERB", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert controller(doc[6]).text == "council"
