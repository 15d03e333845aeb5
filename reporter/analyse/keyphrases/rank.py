"""Rank an article's keyphrases: noun phrases and named entities, best first.

Candidates and their features come from `kp_features`; a linear model scores
them. The model's weights are a small JSON file shipped in the package
(`data/keyphrase_model.json`, trained by `python -m reporter.analyse.keyphrases.train`);
without it a hand-set fallback (frequency, early position, centrality) is used.
Mentions of one entity under several surface forms ("INF", "Intermediate-Range
Nuclear Forces Treaty") are merged, keeping the best-scored form.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from reporter.analyse.entities import EntityIndex
from reporter.analyse.keyphrases.features import featurise
from reporter.analyse.learn import load_model, score
from reporter.model import Keyphrase

MODEL_PATH = Path(__file__).parent / "data" / "keyphrase_model.json"
TOP_N = 20

FALLBACK = {
    "__bias__": 0.0, "log_tf": 1.0, "first_inv": 1.0, "graph_mean": 1.0, "in_title": 1.0,
    "len=2": 0.5, "len=3": 0.3, "tf1": -0.5,
}


@lru_cache(maxsize=1)
def model_weights() -> dict[str, float]:
    if MODEL_PATH.exists():
        return load_model(MODEL_PATH)[0]
    return dict(FALLBACK)


_last: list = []  # [(doc, rows)]: keyphrases and issues both rank the same Doc in a row


def scored_candidates(doc: Doc, weights: dict[str, float] | None = None):
    """Every candidate with its score, best first (ties broken by first position, text).

    With the shipped weights the last Doc's ranking is reused, so ranking keyphrases
    and then grouping them into issues featurises the Doc once.
    """
    entry = _last[0] if weights is None and _last else None
    if entry is not None and entry[0] is doc:  # one read: safe if threads share the module
        return list(entry[1])
    rows = [(score(weights if weights is not None else model_weights(), f), c)
            for c, f in featurise(doc)]
    rows.sort(key=lambda sc: (-sc[0], min(sc[1].token_starts), sc[1].key))
    if weights is None:
        _last[:] = [(doc, rows)]  # one entry, replaced whole
    return list(rows)


def rank_keyphrases(doc: Doc, entities: EntityIndex, top_n: int = TOP_N,
                    weights: dict[str, float] | None = None) -> list[Keyphrase]:
    out: list[Keyphrase] = []
    seen_entities: set[str] = set()
    seen_text: set[str] = set()
    for value, cand in scored_candidates(doc, weights):
        ent = None
        for start in cand.token_starts:
            last = doc[start + cand_len(doc, start, cand) - 1]
            ent = entities.at_token(last.i)
            if ent:
                break
        if ent is not None and _whole_entity(cand.text, ent):
            if ent.id in seen_entities:
                continue
            seen_entities.add(ent.id)
        text = cand.text
        if text.lower() in seen_text:
            continue
        seen_text.add(text.lower())
        out.append(Keyphrase(text=text, score=round(value, 4)))
        if len(out) >= top_n:
            break
    return out


def cand_len(doc: Doc, start: int, cand) -> int:
    """Token length of a candidate's mention starting at `start` (hyphens included)."""
    words, i = 0, start
    while i < len(doc) and words < cand.n_words:
        if doc[i].text not in {"-", "–"}:
            words += 1
        i += 1
    return i - start


def _whole_entity(text: str, ent) -> bool:
    """Does the phrase name the entity itself (not something merely involving it)?"""
    from reporter.analyse.entities import normalise, strip_titles

    key = strip_titles(normalise(text))
    names = {strip_titles(normalise(a)) for a in [ent.name, *ent.aliases]}
    return key in names
