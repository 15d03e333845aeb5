"""A learned confidence check on reported statements (indirect and mixed quotes).

The parse-driven patterns in `quotes` propose a reported statement wherever a
cue verb, its subject and a complement line up; some are not statements at all
('called a meeting') and some have the wrong boundaries. A small logistic
regression over what the pattern saw (which pattern, the cue's lemma and place in
the parse, the speaker, the span's length and edges) scores each proposal; those
below the model's threshold are dropped. Direct quotations are never filtered:
their marks already say what was quoted.

The weights are plain JSON (data/quote_filter.json), trained by
`python -m reporter.analyse.quotes.filter_train`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from spacy.tokens import Doc, Token

from reporter.analyse.learn import ShippedModel, probability
from reporter.analyse.quotes.cues import WH_WORDS, wordlist
from reporter.model import Speaker

MODEL_PATH = Path(__file__).parent / "data" / "quote_filter.json"

_PRONOUNS = frozenset(wordlist("i we you he she it they this that who"))


def _length_bucket(n: int) -> str:
    for top in (3, 6, 12, 25, 50):
        if n <= top:
            return f"<={top}"
    return ">50"


def statement_features(doc: Doc, text: str, start: int, end: int, how: str, kind: str,
                       cue: str | None, verb: Token | None, speaker: Speaker) -> dict[str, float]:
    """What a reported-statement proposal looks like, as named binary features.

    `text` is the Doc's text, passed in: `Doc.text` joins every token on each call,
    which per proposal made long articles quadratic.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    f: dict[str, float] = {f"how={how}": 1.0, f"kind={kind}": 1.0}
    if verb is not None:
        lemma = verb.lemma_.lower()
        f[f"lemma={lemma}"] = 1.0
        f[f"how_lemma={how}|{lemma}"] = 1.0
        f[f"cue_dep={verb.dep_}"] = 1.0
        f[f"cue_tag={verb.tag_}"] = 1.0
        if any(c.dep_ == "neg" for c in verb.children):
            f["cue_negated"] = 1.0
        if verb.idx > end:
            f["cue_after"] = 1.0
        subj = _subject_of(verb)
        if subj is None:
            f["subj=none"] = 1.0
        else:
            f[f"subj_ent={subj.ent_type_ or 'none'}"] = 1.0
            f[f"subj_pos={subj.pos_}"] = 1.0
            if subj.pos_ == "NOUN":
                f[f"subj_lemma={subj.lemma_.lower()}"] = 1.0
            f[f"lemma_subj={verb.lemma_.lower()}|{subj.ent_type_ or subj.pos_}"] = 1.0
        gap = (doc[span.start].i - verb.i) if span is not None and len(span) else 0
        f[f"gap={'before' if gap < 0 else min(gap, 4)}"] = 1.0
    elif cue:
        f[f"cue={cue.lower()}"] = 1.0
    words = text[start:end].split()
    f[f"len={_length_bucket(len(words))}"] = 1.0
    f[f"how_len={how}|{_length_bucket(len(words))}"] = 1.0
    if span is not None and len(span):
        first, last = span[0], span[-1]
        f[f"first_pos={first.pos_}"] = 1.0
        if first.lower_ in ("that", "to") or first.lower_ in WH_WORDS:
            f[f"first={first.lower_}"] = 1.0
        f[f"last_pos={last.pos_}"] = 1.0
        if span.root.dep_ in ("ccomp", "dobj", "xcomp", "pobj", "ROOT", "conj", "advcl"):
            f[f"root_dep={span.root.dep_}"] = 1.0
        f[f"root_pos={span.root.pos_}"] = 1.0
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in span):
            f["has_verb"] = 1.0
        sent = first.sent
        if first.i == sent.start:
            f["starts_sentence"] = 1.0
        if last.i >= sent.end - 2:
            f["ends_sentence"] = 1.0
    after = text[end:end + 1]
    if not after or after not in ".,;:!?)—–-":
        after = "space" if after.isspace() else "other"
    f[f"after={after}"] = 1.0
    if any(ch in text[start:end] for ch in "\"“”"):
        f["has_quote_mark"] = 1.0
    name = (speaker.name or "").strip()
    mention = (speaker.mention or "").strip().lower()
    if not name:
        f["speaker=none"] = 1.0
    elif speaker.entity:
        f["speaker=entity"] = 1.0
    elif mention in _PRONOUNS:
        f["speaker=pronoun"] = 1.0
    elif name[:1].isupper():
        f["speaker=capitalised"] = 1.0
    else:
        f["speaker=description"] = 1.0
    return f


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, through one 'and'/'saying' link; a relative clause's noun."""
    for v in (verb, verb.head):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ in ("which", "that", "who") and v.dep_ == "relcl":
                    return v.head
                return c
        if v.dep_ not in ("conj", "advcl", "xcomp"):
            break
    return None


_MODEL = ShippedModel(MODEL_PATH,
                      lambda weights, meta: (weights, float(meta.get("threshold", 0.5))))


def keep(features: Mapping[str, float]) -> bool:
    """Whether a proposal scores at or above the model's threshold (all kept without one)."""
    model = _MODEL.current()
    if model is None:
        return True
    weights, threshold = model
    return probability(weights, features) >= threshold


def use_model(weights: Mapping[str, float] | None, threshold: float = 0.5) -> None:
    """Score with these weights instead of the shipped ones (cross-validation); None
    turns the filter off; `restore_model` undoes it."""
    _MODEL.use(None if weights is None else (weights, threshold))


def restore_model() -> None:
    _MODEL.restore()
