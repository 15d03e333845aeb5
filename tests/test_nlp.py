"""Loading the spaCy pipeline: the tokenizer we skip reading is the one saved."""

from __future__ import annotations

import pytest

from reporter.nlp import PREFERRED_MODELS, add_title_abbreviations, choose_model


@pytest.mark.slow
def test_skipping_the_saved_tokenizer_gives_the_same_tokenizer(nlp):
    """reporter loads the official pipelines without re-reading their tokenizer from
    disk; that is only right while the saved one is spaCy's English default."""
    import spacy

    name = choose_model()
    assert name in PREFERRED_MODELS
    as_saved = spacy.load(name)
    add_title_abbreviations(as_saved)  # reporter's one addition to it
    # the rules and patterns; the shared vocab grows with every text parsed
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == \
        as_saved.tokenizer.to_bytes(exclude=["vocab"])
    text = "Mr. Putin didn't say \"no\" -- he said U.S.-Russian ties can't wait (until 2019)."
    assert [t.text for t in nlp(text)] == [t.text for t in as_saved(text)]
    # the saved components, and reporter's sentence breaks before the parser
    from reporter.name_particles import NAME as PARTICLES
    from reporter.sentence_breaks import NAME

    assert [p for p in nlp.pipe_names if p not in (NAME, PARTICLES)] == as_saved.pipe_names


_FRESH_LOAD = """
import gc, sys
from reporter.nlp import load_pipeline
thresholds = gc.get_threshold()
collections = []
gc.callbacks.append(lambda phase, info: phase == "stop" and collections.append(info))
nlp = load_pipeline()
assert collections == [], collections  # the collector waited for the load
assert gc.get_threshold() == thresholds and gc.isenabled()
assert gc.get_freeze_count() > 100_000  # what the load made is kept out of its way
nlp("Lavrov said the talks would go on.")
import reporter.analyse  # everything a build imports from spaCy
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("weasel", "typer", "httpx")
                or m.startswith("spacy.cli"))
print("before:", loaded)
import catalogue, importlib.metadata
installed = importlib.metadata.entry_points()
for group in ("spacy_factories", "spacy_loggers", "thinc_layers", "console_scripts"):
    assert catalogue.AVAILABLE_ENTRY_POINTS.get(group, []) == list(installed.select(group=group))
assert catalogue.AVAILABLE_ENTRY_POINTS["spacy_loggers"]  # spacy-loggers registers some
import spacy
assert spacy.cli.info is not spacy.info  # the real command, imported on demand
assert sys.modules["spacy.cli.info"].info is spacy.cli.info and "weasel" in sys.modules
assert callable(spacy.info) and spacy.info().get("spacy_version")
print("after: ok")
"""


@pytest.mark.slow
def test_loading_a_pipeline_leaves_spacys_command_line_unimported():
    """`import spacy` would import spaCy's whole CLI (typer, weasel, httpx), a quarter of
    the import; reporter never runs it, but spacy.cli and spacy.info still work.
    catalogue's entry points, grouped for speed, are the ones installed. The garbage
    collector sits out the load and then leaves the loaded objects alone."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", _FRESH_LOAD], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "before: []" in run.stdout
    assert "after: ok" in run.stdout


def test_an_abbreviated_title_does_not_end_the_sentence(nlp):
    """spaCy splits 'Hon.' from its full stop, and the parser then ended the sentence
    inside 'Governor Hon. Rosemary Atieno'."""
    doc = nlp("In a letter signed by its chairperson, Kakamega Governor Hon. Rosemary "
              "Atieno, the council said the audit was unlawful. Lt. Col. Ann Hart agreed.")
    assert "Hon." in [t.text for t in doc]
    assert [s.text.split()[0] for s in doc.sents] == ["In", "Lt."]


def test_an_abbreviation_that_also_ends_sentences_still_ends_them(nlp):
    """'Col.' is Colorado at the end of a sentence as often as a colonel before a name."""
    doc = nlp('He was arrested in Denver, Col. "We got him," the sheriff said.')
    assert "Col." not in [t.text for t in doc]
