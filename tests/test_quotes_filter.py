"""The reported-statement confidence filter and its trainer's helpers."""

from __future__ import annotations

from reporter.analyse.entities import find_entities
from reporter.analyse.quotes.extract import find_quotes, statement_candidates
from reporter.analyse.quotes.filter import restore_model, use_model
from reporter.analyse.quotes.filter_train import aligner, gold_fragments

TEXT = ('Mayor Ivo Lang said the bridge would reopen in May. "We are ready," '
        'Lang told reporters.')


def test_filter_drops_reported_statements_but_never_direct_quotes(nlp):
    doc = nlp(TEXT)
    use_model({"__bias__": -30.0}, 0.5)  # a model that rejects every proposal
    try:
        kinds = {q.kind for q in find_quotes(doc, find_entities(doc))}
    finally:
        restore_model()
    assert kinds == {"direct"}


def test_filter_off_keeps_every_proposal(nlp):
    doc = nlp(TEXT)
    use_model(None)
    try:
        texts = [q.text for q in find_quotes(doc, find_entities(doc))]
    finally:
        restore_model()
    assert "the bridge would reopen in May" in texts


def test_candidates_carry_the_features_the_filter_scores(nlp):
    doc = nlp(TEXT)
    rows = statement_candidates(doc, find_entities(doc))
    features = next(f for q, f in rows if q.text == "the bridge would reopen in May")
    assert features["how=ccomp"] == 1.0
    assert features["lemma=say"] == 1.0
    assert "speaker=none" not in features


def test_aligner_maps_offsets_across_cleaned_spaces():
    src = "Ann\u00a0said  the   vote was fair."
    dst = "Ann said the vote was fair."
    to_dst = aligner(src, dst)
    start = src.index("the")
    assert dst[to_dst(start):to_dst(len(src) - 1)] == "the vote was fair"


def test_gold_fragments_merge_adjacent_pieces_and_trim_marks():
    record = {"text": 'He said "the vote was fair" today.',
              "quotes": [{"start": 8, "end": 19, "fragments": [[8, 13], [13, 27]]}]}
    assert gold_fragments(record, record["text"]) == {(9, 26)}


def test_trainer_counts_a_proposal_right_only_with_the_annotators_boundaries(nlp):
    from reporter.analyse.quotes.filter_train import rows_for

    text = "Mayor Ivo Lang said the bridge would reopen in May."
    doc = nlp(text)
    use_model(None)
    try:
        # gold marks 'the bridge would reopen' only: the proposal overlaps it by far
        # more than half, but a statement with other boundaries is not right
        start = text.index("the bridge")
        record = {"text": text, "quotes": [{"start": start,
                                            "end": start + len("the bridge would reopen")}]}
        _, labels = rows_for(doc, record)
        record["quotes"][0]["end"] = text.index(" in May") + len(" in May")
        _, exact_labels = rows_for(doc, record)
    finally:
        restore_model()
    assert labels == [0]
    assert exact_labels == [1]
