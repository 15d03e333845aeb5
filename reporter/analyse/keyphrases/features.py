"""Keyphrase candidates and their features.

A candidate is a maximal run of modifiers and nouns ending in a noun
("illegal aliens", "Intermediate-Range Nuclear Forces Treaty"), found in
the parse with determiners, pronouns, numbers and function words trimmed.
Mentions are grouped by their lemmas ("tornado", "tornadoes" stay apart
only if their lemma differs), and each group is described by features a
ranker scores: frequency, first position, spread, length, whether it is a
named entity or in the headline, and how central its words are in a
co-occurrence graph (TextRank-style).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from reporter.analyse.sentences import memoised, sentence_spans

MAX_WORDS = 5
CONTENT_POS = {"NOUN", "PROPN", "ADJ"}
# Words that make poor keyphrase members whatever their tag.
STOP = {
    "mr", "mrs", "ms", "dr", "other", "many", "much", "several", "such", "own", "same",
    "last", "next", "first", "second", "third", "new", "few", "more", "most", "less",
    "least", "former", "latter", "certain", "various", "recent", "total", "major", "main",
    "year", "years", "day", "days", "week", "weeks", "month", "months", "time", "times",
    "today", "yesterday", "tomorrow", "thing", "things", "way", "lot", "part", "percent",
    "number", "people", "official", "officials", "spokesman", "spokeswoman", "report",
    "reports", "statement", "news", "conference", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "am", "pm", "a.m.", "p.m.", "yes", "mrs.",
    "mr.", "ms.", "dr.", "st.", "inc.", "co.", "corp.", "jr.", "per", "cent", "top", "end",
}
HEAD_STOP = STOP | {"case", "kind", "sort", "type", "member", "members", "group", "side",
                    "area", "place", "period", "point", "fact", "matter", "level"}
ENT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT",
              "WORK_OF_ART"}


@dataclass
class Candidate:
    key: str  # lemma form, lowercased: the grouping key
    forms: Counter = field(default_factory=Counter)  # surface forms (lowercased joins)
    display: Counter = field(default_factory=Counter)  # surface forms as written
    positions: list[int] = field(default_factory=list)  # sentence indexes
    token_starts: list[int] = field(default_factory=list)
    n_words: int = 0
    ent_labels: Counter = field(default_factory=Counter)
    head_pos: Counter = field(default_factory=Counter)
    lemmas: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return max(self.display, key=lambda f: (self.display[f], f))


def _member(tok: Token) -> bool:
    if tok.is_space or (tok.is_punct and tok.text not in {"-", "–"}):
        return False
    if tok.text in {"-", "–"}:
        return True
    if tok.like_num or tok.pos_ == "NUM":
        return False
    if tok.pos_ not in CONTENT_POS and not (tok.tag_ == "VBN" and tok.dep_ == "amod"):
        return False
    if tok.lower_ in STOP or tok.is_stop:
        return False
    return any(ch.isalpha() for ch in tok.text)


def _members(doc: Doc) -> list[bool]:
    """`_member` of every token of the Doc (once per Doc while it is analysed)."""
    return memoised(doc, "kp_members", lambda: [_member(t) for t in doc])


def _runs(sent: Span, members: list[bool] | None = None) -> list[tuple[int, int]]:
    """Maximal runs of member tokens in a sentence, as (start, end) token indexes."""
    runs, start = [], None
    for tok in sent:
        if members[tok.i] if members is not None else _member(tok):
            if start is None:
                start = tok.i
        elif start is not None:
            runs.append((start, tok.i))
            start = None
    if start is not None:
        runs.append((start, sent.end))
    return runs


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Trim a run to end in a noun and start with a content word."""
    while start < end and (doc[start].text in {"-", "–"} or (doc[start].pos_ == "ADJ"
                           and doc[start].dep_ not in {"amod", "compound"})):
        start += 1
    while end > start and (doc[end - 1].pos_ not in {"NOUN", "PROPN"}
                           or doc[end - 1].lower_ in HEAD_STOP):
        end -= 1
    if end <= start:
        return None
    # an adjective of a head trimmed away goes with it ('senior EU official' is not
    # 'senior EU')
    while start < end and doc[start].pos_ == "ADJ" and doc[start].head.i >= end:
        start += 1
    while end - start > MAX_WORDS:
        start += 1
    while start < end and doc[start].text in {"-", "–"}:
        start += 1
    return (start, end) if end > start else None


def _lemma(tok: Token) -> str:
    if tok.pos_ == "PROPN":
        return tok.lower_
    return tok.lemma_.lower()


def _join(tokens: list[Token], attr) -> str:
    out = ""
    for n, tok in enumerate(tokens):
        piece = attr(tok)
        if n and (tok.text in {"-", "–"} or tokens[n - 1].text in {"-", "–"}) \
                and not tokens[n - 1].whitespace_:
            out += piece
        else:
            out += (" " if n else "") + piece
    return out


def extract_candidates(doc: Doc) -> tuple[list[Candidate], list[Span]]:
    """Keyphrase candidates and the sentences they were found in.

    While the Doc is analysed (`doc_memo`) the same Candidates are handed to every
    caller, so they must be treated as read-only.
    """
    cands, sents = memoised(doc, "kp_candidates", lambda: _extract_candidates(doc))
    return list(cands), list(sents)


def _extract_candidates(doc: Doc) -> tuple[list[Candidate], list[Span]]:
    sents = sentence_spans(doc)
    members = _members(doc)
    cands: dict[str, Candidate] = {}
    for n, sent in enumerate(sents):
        for start, end in _runs(sent, members):
            span = _trim(doc, start, end)
            if span is None:
                continue
            toks = list(doc[span[0]:span[1]])
            words = [t for t in toks if t.text not in {"-", "–"}]
            if not words or len("".join(t.text for t in words)) < 3:
                continue
            key = " ".join(_lemma(t) for t in words)
            cand = cands.get(key)
            if cand is None:
                cand = cands[key] = Candidate(key=key, n_words=len(words),
                                              lemmas=tuple(_lemma(t) for t in words))
            cand.forms[_join(toks, lambda t: t.lower_)] += 1
            cand.display[_join(toks, lambda t: t.text)] += 1
            cand.positions.append(n)
            cand.token_starts.append(span[0])
            ent = toks[-1].ent_type_
            if ent:
                cand.ent_labels[ent] += 1
            cand.head_pos[toks[-1].pos_] += 1
    return list(cands.values()), sents


def _word_graph_scores(doc: Doc, sents: list[Span], window: int = 4) -> dict[str, float]:
    """TextRank over content-word lemmas (co-occurrence within `window` tokens).

    The 30 iterations run in numpy with the very arithmetic of the plain Python
    version (`score[v] * c / out_weight[v]`, summed per node in edge order:
    `np.bincount` adds its weights one after another), so the scores are the same
    floats to the last bit.
    """
    import numpy as np

    members = _members(doc)
    edges: dict[str, Counter] = defaultdict(Counter)
    for sent in sents:
        words = [_lemma(t) for t in sent if members[t.i] and t.text not in {"-", "–"}]
        for i, w in enumerate(words):
            for v in words[i + 1:i + window]:
                if v != w:
                    edges[w][v] += 1
                    edges[v][w] += 1
    nodes = sorted(edges)
    if not nodes:
        return {}
    index = {w: n for n, w in enumerate(nodes)}
    src: list[int] = []
    dst: list[int] = []
    count: list[int] = []
    for n, w in enumerate(nodes):
        for v, c in edges[w].items():
            src.append(index[v])
            dst.append(n)
            count.append(c)
    out_weight = np.array([sum(edges[w].values()) for w in nodes], dtype=np.float64)
    src_a = np.array(src, dtype=np.intp)
    dst_a = np.array(dst, dtype=np.intp)
    count_a = np.array(count, dtype=np.float64)
    src_weight = out_weight[src_a]
    score = np.ones(len(nodes), dtype=np.float64)
    for _ in range(30):
        total = np.bincount(dst_a, weights=score[src_a] * count_a / src_weight,
                            minlength=len(nodes))
        score = 0.15 + 0.85 * total
    top = float(score.max())
    return dict(zip(nodes, (score / top).tolist(), strict=True))


def featurise(doc: Doc, title_sentences: int = 1) -> list[tuple[Candidate, dict[str, float]]]:
    """Candidates of a Doc with their feature rows."""
    cands, sents = extract_candidates(doc)
    if not cands:
        return []
    n_sents = max(1, len(sents))
    word_tf: Counter = Counter()
    for c in cands:
        for lem in c.lemmas:
            word_tf[lem] += len(c.positions)
    max_wtf = max(word_tf.values())
    graph = _word_graph_scores(doc, sents)
    title_keys = {c.key for c in cands if min(c.positions) < title_sentences}
    title_words = {lem for c in cands if c.key in title_keys for lem in c.lemmas}
    keys = {c.key for c in cands}
    # How often each candidate occurs inside a longer candidate, and vice versa.
    contained_in: Counter = Counter()
    contains: Counter = Counter()
    for c in cands:
        for m in range(1, c.n_words):
            for s in range(0, c.n_words - m + 1):
                sub = " ".join(c.lemmas[s:s + m])
                if sub in keys:
                    contained_in[sub] += len(c.positions)
                    contains[c.key] += 1
    rows = []
    max_tf = max(len(c.positions) for c in cands)
    for c in cands:
        tf = len(c.positions)
        first = min(c.positions) / n_sents
        last = max(c.positions) / n_sents
        ent = c.ent_labels.most_common(1)[0][0] if c.ent_labels else "NONE"
        wtf = [word_tf[lem] / max_wtf for lem in c.lemmas]
        gs = [graph.get(lem, 0.0) for lem in c.lemmas]
        f: dict[str, float] = {
            "log_tf": math.log1p(tf),
            "tf_rel": tf / max_tf,
            "tf1": float(tf == 1),
            "first": first,
            "first_inv": 1.0 / (1.0 + min(c.positions)),
            "spread": last - first,
            f"len={min(c.n_words, 4)}": 1.0,
            f"ent={ent}": 1.0,
            f"head={c.head_pos.most_common(1)[0][0]}": 1.0,
            "in_title": float(c.key in title_keys),
            "title_words": sum(lem in title_words for lem in c.lemmas) / c.n_words,
            "wtf_mean": sum(wtf) / len(wtf),
            "wtf_max": max(wtf),
            "graph_sum": sum(gs),
            "graph_mean": sum(gs) / len(gs),
            "contained_in": math.log1p(contained_in[c.key]),
            "contains": float(contains[c.key] > 0),
            "upper": float(any(ch.isupper() for ch in c.text)),
            "acronym": float(c.n_words == 1 and c.text.isupper()),
            "plural": float(c.text.lower() != c.key),
            "position_weight": sum(1.0 / (1 + p) for p in c.positions),
        }
        rows.append((c, f))
    return rows
