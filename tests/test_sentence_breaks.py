"""Sentence boundaries set before the parser: paragraphs, and closing quotation marks."""

from __future__ import annotations

from reporter.sentence_breaks import NAME


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_the_pipeline_runs_it_before_the_parser(nlp):
    assert nlp.pipe_names.index(NAME) == nlp.pipe_names.index("parser") - 1


def test_a_closing_mark_stays_with_its_sentence(nlp):
    text = ("'We were promised this in 2019,' she said. 'I will believe it when I see the "
            "concrete.'\n\nOkafor told reporters that the city would apply for funds.")
    assert sentences(nlp, text)[-2:] == [
        "'I will believe it when I see the concrete.'",
        "Okafor told reporters that the city would apply for funds."]


def test_a_paragraph_starts_a_sentence(nlp):
    text = ("Council backs flood barrier\n\nThe council voted 7-2 on Tuesday to fund it.\n\n"
            "\"It is the vote of the decade\"\n\nResidents packed the chamber.")
    assert sentences(nlp, text) == ["Council backs flood barrier",
                                    "The council voted 7-2 on Tuesday to fund it.",
                                    "\"It is the vote of the decade\"",
                                    "Residents packed the chamber."]


def test_an_opening_mark_after_a_space_still_starts_its_sentence(nlp):
    text = 'He paused. "We will rebuild," he said.'
    assert sentences(nlp, text) == ["He paused.", '"We will rebuild," he said.']
