"""Uncertainty cues: which words in a sentence make its claim uncertain.

A hand-written lexicon proposes candidate cue words (modals, hedging adverbs
and adjectives, epistemic and reporting verbs, conditionals, investigation
words, multi-word unresolved states). Whether a candidate really hedges its
sentence depends on how the parse uses it: "may" the modal verb hedges, "May"
the month does not; "if" marking a clause does, "as if" rarely; "expected"
governing a clause does, "expected" as an adjective of a noun less so. A
linear model (weights in data/hedge_model.json, trained by
`python -m reporter.analyse.open_questions.hedge_train`) scores each candidate from its
lemma, tag, dependency relation, head and negation; without the model a
fallback accepts the strong cues only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from reporter.analyse.learn import load_model, probability

MODEL_PATH = Path(__file__).parent / "data" / "hedge_model.json"
THRESHOLD = 0.4

# lemma -> class. The class names double as the open question's status hint.
LEXICON: dict[str, str] = {}
for _cls, _words in {
    "modal": "may might could would should can must will shall ought",
    "adverb": (
        "possibly probably perhaps maybe likely unlikely apparently allegedly reportedly "
        "presumably supposedly seemingly purportedly arguably conceivably potentially "
        "evidently ostensibly reputedly plausibly hopefully doubtless supposedly "
        "approximately roughly almost nearly somewhat largely mostly generally usually "
        "often sometimes typically frequently"
    ),
    "adjective": (
        "possible likely unlikely probable improbable potential uncertain unclear doubtful "
        "unknown questionable plausible presumed alleged apparent supposed hypothetical "
        "skeptical sceptical unsure tentative unconfirmed undecided unresolved speculative "
        "rumored rumoured suspected expected anticipated prospective confident hopeful "
        "conceivable debatable controversial disputed contested unproven theoretical "
        "estimated projected putative purported"
    ),
    "noun": (
        "possibility probability likelihood chance hypothesis speculation rumor rumour "
        "belief expectation estimate suspicion doubt uncertainty allegation accusation "
        "charge claim concern fear idea view assumption prospect potential forecast "
        "prediction theory hope guess presumption impression opinion notion suggestion "
        "indication question investigation inquiry probe study"
    ),
    "verb": (
        "believe think suppose suspect expect anticipate assume presume suggest indicate "
        "imply seem appear look sound consider regard view allege claim speculate estimate "
        "guess doubt wonder question predict forecast hope fear feel rumor rumour reckon "
        "hypothesize hypothesise propose deem accuse project investigate examine explore "
        "probe study test determine ask argue contend insist maintain intend plan aim "
        "seek consider tend"
    ),
    "condition": "if unless whether provided providing assuming lest until whenever",
}.items():
    for _w in _words.split():
        LEXICON.setdefault(_w, _cls)

# Multi-word states the article leaves open; matched on lowercased token sequences.
PHRASES: dict[tuple[str, ...], str] = {}
for _status, _phrases in {
    "unresolved": [
        "not clear", "not yet clear", "remains unclear", "remain unclear", "yet to be seen",
        "remains to be seen", "remain to be seen", "little is known", "not known",
        "not fixed", "not yet fixed", "not been fixed", "no date", "not confirmed",
        "not yet confirmed", "not been confirmed", "not decided", "not yet decided",
        "no decision", "undecided", "open question", "unanswered",
    ],
    "stalled": [
        "standstill", "stalled", "stalemate", "deadlock", "deadlocked", "impasse",
        "ground to a halt", "on hold",
    ],
    "disputed": ["deny", "denies", "denied"],
}.items():
    for _p in _phrases:
        PHRASES[tuple(_p.split())] = _status

# first word -> [(phrase, status)], in PHRASES order
PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _p, _status in PHRASES.items():
    PHRASES_BY_FIRST.setdefault(_p[0], []).append((_p, _status))

NEGATIONS = {"not", "n't", "never", "no"}


@dataclass
class Cue:
    start: int  # token indexes in the Doc
    end: int
    text: str
    kind: str  # lexicon class or phrase status
    prob: float


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in tok.children)


def cue_features(tok: Token) -> dict[str, float]:
    """Features of one candidate cue token, read from the parse."""
    lemma = tok.lemma_.lower()
    if tok.lower_ in LEXICON and tok.lower_ != lemma and lemma not in LEXICON:
        lemma = tok.lower_
    cls = LEXICON.get(lemma, LEXICON.get(tok.lower_, "other"))
    head = tok.head
    f = {
        "bias_cand": 1.0,
        f"cls={cls}": 1.0,
        f"cls_tag={cls}|{tok.tag_}": 1.0,
        f"lem={lemma}": 1.0,
        f"lem_tag={lemma}|{tok.tag_}": 1.0,
        f"lem_dep={lemma}|{tok.dep_}": 1.0,
        f"dep={tok.dep_}": 1.0,
        f"lem_headpos={lemma}|{head.pos_}": 1.0,
        f"cls_headpos={cls}|{head.pos_}": 1.0,
    }
    if _negated(tok):
        f[f"neg|{cls}"] = 1.0
        f[f"neg_lem={lemma}"] = 1.0
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
        f[f"passive_lem={lemma}"] = 1.0
        f["passive"] = 1.0
    if any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children):
        f[f"clause_lem={lemma}"] = 1.0
        f[f"clause_cls={cls}"] = 1.0
    subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if subj:
        s = subj[0]
        kind = "it" if s.lower_ == "it" else ("pron" if s.pos_ == "PRON" else "noun")
        f[f"subj={kind}|{cls}"] = 1.0
        if s.lower_ in {"i", "we"}:
            f[f"first_person|{lemma}"] = 1.0
    if tok.i > 0:
        prev = tok.doc[tok.i - 1].lower_
        f[f"prev={prev}|{lemma}"] = 1.0
    if tok.i + 1 < len(tok.doc):
        nxt = tok.doc[tok.i + 1]
        f[f"next={nxt.lower_}|{lemma}"] = 1.0
        f[f"nexttag={nxt.tag_}|{lemma}"] = 1.0
    if tok.dep_ == "ROOT":
        f[f"root|{cls}"] = 1.0
    if tok.sent.text.rstrip().endswith("?"):
        f["question"] = 1.0
    return f


def candidates(sent: Span) -> list[Token]:
    out = []
    for tok in sent:
        if tok.is_space or tok.is_punct:
            continue
        lemma = tok.lemma_.lower()
        if lemma in LEXICON or tok.lower_ in LEXICON:
            # A proper noun "May", "Will" or "Hope" is a name, not a hedge.
            if tok.pos_ == "PROPN" and tok.tag_ != "MD":
                continue
            out.append(tok)
    return out


def phrase_cues(sent: Span) -> list[Cue]:
    words = [t.lower_ for t in sent]
    out = []
    for n, word in enumerate(words):
        for phrase, status in PHRASES_BY_FIRST.get(word, ()):
            if tuple(words[n:n + len(phrase)]) == phrase:
                start = sent.start + n
                out.append(Cue(start, start + len(phrase),
                               sent.doc[start:start + len(phrase)].text, status, 1.0))
    return out


@lru_cache(maxsize=1)
def model_weights() -> dict[str, float] | None:
    if MODEL_PATH.exists():
        return load_model(MODEL_PATH)[0]
    return None


STRONG = {"may", "might", "possibly", "probably", "perhaps", "maybe", "likely", "unlikely",
          "apparently", "allegedly", "reportedly", "presumably", "supposedly", "possible",
          "whether", "unclear", "suspect", "speculate", "rumor", "rumour"}


def find_cues(sent: Span, weights: dict[str, float] | None = None,
              threshold: float = THRESHOLD, phrases: bool = True) -> list[Cue]:
    """The uncertainty cues of one sentence, in text order."""
    weights = weights if weights is not None else model_weights()
    cues = []
    for tok in candidates(sent):
        if weights is None:
            p = 1.0 if tok.lemma_.lower() in STRONG and (tok.lower_ != "may" or tok.tag_ == "MD") \
                else 0.0
        else:
            p = probability(weights, cue_features(tok))
        if p >= threshold:
            kind = LEXICON.get(tok.lemma_.lower(), LEXICON.get(tok.lower_, "other"))
            cues.append(Cue(tok.i, tok.i + 1, tok.text, kind, p))
    if phrases:
        taken = {c.start for c in cues}
        cues += [c for c in phrase_cues(sent) if c.start not in taken]
    cues.sort(key=lambda c: c.start)
    return cues
