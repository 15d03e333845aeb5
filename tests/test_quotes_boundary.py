"""The reported-statement boundary chooser: its candidate spans and its choice."""

from __future__ import annotations

from reporter.analyse.entities import find_entities
from reporter.analyse.quotes import boundary
from reporter.analyse.quotes.extract import find_quotes

WHICH = "The minister said that the new tax would raise money, which angered farmers."
MIXED = 'Lang said the bridge was "perfectly safe" and would reopen in May, officials said.'


def _spans(nlp, text: str, start_text: str, end_text: str) -> dict[str, str]:
    doc = nlp(text)
    start = text.index(start_text)
    end = text.index(end_text) + len(end_text)
    return {name: text[s:e] for s, e, name in
            boundary.alternatives(doc, text, start, end, None)}


def test_alternatives_offer_the_proposal_first_and_one_edge_moves(nlp):
    cands = _spans(nlp, WHICH, "that the new", "angered farmers")
    assert cands["orig|orig"] == "that the new tax would raise money, which angered farmers"
    assert cands["drop_that|orig"] == "the new tax would raise money, which angered farmers"
    assert cands["orig|punct_first"] == "that the new tax would raise money"
    assert all(name.startswith("orig|") or name.endswith("|orig") for name in cands)


def test_alternatives_run_on_to_the_sentence_end(nlp):
    text = "She suspected the driver was under the influence of drugs on Friday."
    cands = _spans(nlp, text, "the driver", "the influence")
    assert cands["orig|sent_end"] == "the driver was under the influence of drugs on Friday"


def _statements(nlp, text: str, weights) -> list[tuple[str, str]]:
    doc = nlp(text)
    boundary.use_model(weights)
    try:
        return [(q.kind, q.text) for q in find_quotes(doc, find_entities(doc))]
    finally:
        boundary.restore_model()


def test_a_clearly_better_candidate_replaces_the_proposal(nlp):
    # a model that has learnt that a ', which' clause is not part of what was said
    weights = {"ev_after=punct_first|,": 1.0, "after2=which": 3.0}
    got = _statements(nlp, WHICH, weights)
    assert ("indirect", "that the new tax would raise money") in got


def test_the_proposal_stays_unless_a_candidate_wins_by_the_margin(nlp):
    weights = {"after2=which": boundary.MARGIN / 2}
    got = _statements(nlp, WHICH, weights)
    assert ("indirect", "that the new tax would raise money, which angered farmers") in got


def test_quotations_and_mixed_quotes_keep_their_boundaries(nlp):
    text = '"We are ready," Lang told reporters. ' + MIXED
    weights = {"__bias__": 0.0, "ev=punct_first": 30.0, "ev=sent_end": 30.0,
               "sv=drop_that": 30.0}
    with_model = _statements(nlp, text, weights)
    without = _statements(nlp, text, None)
    assert [q for q in with_model if q[0] != "indirect"] == \
        [q for q in without if q[0] != "indirect"]
    assert ("direct", "We are ready,") in with_model


def test_a_statement_does_not_run_on_into_the_speakers_next_act(nlp):
    """'said [A] and suggested that B': no boundary variant reaches past 'and', which
    would swallow the second statement (and report it twice)."""
    from reporter.analyse.quotes.boundary import alternatives

    text = "Ms. Ortiz said the offer was the best available and suggested that it would pass."
    doc = nlp(text)
    start = text.index("the offer")
    end = text.index(" and suggested")
    said = next(t for t in doc if t.lower_ == "said")
    spans = alternatives(doc, text, start, end, said)
    assert spans and all(e <= end for _, e, _ in spans)
