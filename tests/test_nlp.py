"""Loading the spaCy pipeline: the tokenizer we skip reading is the one saved."""

from __future__ import annotations

import pytest

from reporter.nlp import PREFERRED_MODELS, choose_model


@pytest.mark.slow
def test_skipping_the_saved_tokenizer_gives_the_same_tokenizer(nlp):
    """reporter loads the official pipelines without re-reading their tokenizer from
    disk; that is only right while the saved one is spaCy's English default."""
    import spacy

    name = choose_model()
    assert name in PREFERRED_MODELS
    as_saved = spacy.load(name)
    # the rules and patterns; the shared vocab grows with every text parsed
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == \
        as_saved.tokenizer.to_bytes(exclude=["vocab"])
    text = "Mr. Putin didn't say \"no\" -- he said U.S.-Russian ties can't wait (until 2019)."
    assert [t.text for t in nlp(text)] == [t.text for t in as_saved(text)]
    assert nlp.pipe_names == as_saved.pipe_names
