"""Keyphrases: ranked noun phrases and entities, deterministic."""

from __future__ import annotations

from reporter.analyse.dates import is_datelike
from reporter.analyse.learn import probability, train_logreg


def test_sample_keyphrases(sample_briefing):
    texts = [k.text for k in sample_briefing.keyphrases]
    assert 10 <= len(texts) <= 20
    assert len({t.lower() for t in texts}) == len(texts)
    scores = [k.score for k in sample_briefing.keyphrases]
    assert scores == sorted(scores, reverse=True)
    assert any("energy security" in t for t in texts)


def test_keyphrases_on_a_science_story(analyse_text):
    text = (
        "Coral reefs bleach as ocean temperatures climb\n\n"
        "Coral reefs in the Great Barrier Reef suffered mass bleaching this summer as ocean "
        "temperatures reached record highs, marine biologists said. Coral bleaching happens "
        "when heat stress drives out the algae that feed the corals. Scientists surveyed "
        "700 reefs and found bleaching on most of them. Repeated bleaching leaves coral reefs "
        "little time to recover, the biologists warned.")
    b = analyse_text(text)
    top = [k.text.lower() for k in b.keyphrases[:6]]
    assert any("coral" in t or "bleaching" in t for t in top)
    assert not any(is_datelike(t) for t in top)


def test_deterministic(nlp, analyse_text):
    text = "The mayor opened a new bridge over the river. The bridge cost 40 million dollars."
    assert analyse_text(text).keyphrases == analyse_text(text).keyphrases


def test_logreg_learns_a_separable_rule():
    rows = [{"a": 1.0}, {"b": 1.0}] * 10
    labels = [1, 0] * 10
    w = train_logreg(rows, labels, min_count=1, epochs=200)
    assert probability(w, {"a": 1.0}) > 0.8 > 0.2 > probability(w, {"b": 1.0})


def test_an_adjective_goes_with_the_head_it_describes(analyse_text):
    b = analyse_text("Talks stall\n\nOne senior EU official said the talks were going round in "
                     "circles. A senior EU official later denied it.")
    assert not any(k.text.lower().startswith("senior") and "official" not in k.text.lower()
                   for k in b.keyphrases)
