"""Short readable phrases cut from the parse: a noun phrase with its modifiers,
a clause without its side clauses. Used for issue labels, open-question
summaries and timeline events.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

SIDE_DEPS = {"advcl", "conj", "cc", "parataxis", "discourse", "intj", "meta", "preconj", "appos"}
EDGE_DROP = {"DET", "PUNCT", "CCONJ", "SCONJ", "SPACE"}


def _subtree_without(root: Token, drop_deps: set[str], drop_tokens: set[int]) -> list[Token]:
    keep: list[Token] = []

    def walk(tok: Token) -> None:
        if tok.i in drop_tokens:
            return
        keep.append(tok)
        for child in tok.children:
            if child.dep_ in drop_deps and tok is root:
                continue
            if child.dep_ in {"conj", "cc"} and tok is not root and child.head.pos_ == "VERB":
                continue
            walk(child)

    walk(root)
    keep.sort(key=lambda t: t.i)
    return keep


def join(tokens: list[Token]) -> str:
    """Tokens back to text, with their original spacing where they were adjacent."""
    out = ""
    for n, tok in enumerate(tokens):
        if n and tokens[n - 1].i + 1 != tok.i and not out.endswith(" "):
            out += " "
        out += tok.text_with_ws if n + 1 < len(tokens) else tok.text
    out = " ".join(out.split())
    out = re.sub(r"\s+([,.;:!?])", r"\1", out)
    out = re.sub(r"([,;:])(?=[,;:.])", "", out)
    return out.strip(" ,;:-\"“”'‘’")


def _trim_edges(tokens: list[Token], drop_det: bool = True) -> list[Token]:
    while tokens and ((tokens[0].pos_ in EDGE_DROP and (drop_det or tokens[0].pos_ != "DET"))
                      or tokens[0].is_quote):
        tokens = tokens[1:]
    while tokens and (tokens[-1].pos_ in {"PUNCT", "CCONJ", "SCONJ", "SPACE", "ADP", "DET"}
                      or tokens[-1].is_quote):
        tokens = tokens[:-1]
    return tokens


def date_tokens(root: Token) -> set[int]:
    """Indexes of DATE/TIME entity tokens under `root` (with a preposition that only holds them)."""
    out = {t.i for t in root.subtree if t.ent_type_ in {"DATE", "TIME"}}
    for t in root.subtree:
        kids = list(t.subtree)[1:]
        if t.pos_ == "ADP" and kids and all(k.i in out for k in kids):
            out.add(t.i)
    return out


def noun_phrase(noun: Token, max_words: int = 14, drop_dates: bool = True) -> str:
    """'A possible US-Russian presidential meeting next month in Osaka' -> without dates."""
    drop = date_tokens(noun) if drop_dates else set()
    tokens = _subtree_without(noun, {"relcl", "acl", "appos"} if _size(noun) > max_words
                              else set(), drop)
    tokens = _trim_edges(tokens)
    if len(tokens) > max_words:
        tokens = [t for t in tokens if t.i <= noun.i or t.i - noun.i < max_words // 2]
        tokens = _trim_edges(tokens[-max_words:] if tokens[0].i < noun.i - max_words
                             else tokens[:max_words])
    return join(tokens)


def clause(verb: Token, max_words: int = 22, drop_dates: bool = False,
           short_subject: bool = False) -> str:
    """The core of the clause headed by `verb`: subject, verb, objects; side clauses dropped.

    `short_subject` drops a long subject's clauses (and then its prepositional phrases),
    for summaries; a too-long clause is cut at a phrase boundary, never mid-phrase.
    """
    drop = date_tokens(verb) if drop_dates else set()
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if short_subject and subj and _size(subj[0]) > 6:
        # "Further study of a newly isolated hormone found in ... may lead to ...":
        # the subject without its clauses, and without its prepositions if still long
        side = [t for t in subj[0].subtree if t.dep_ in {"acl", "relcl", "appos"}]
        drop |= {d.i for t in side for d in t.subtree}
        if _size(subj[0]) - len(drop) > 8:
            drop |= {d.i for c in subj[0].children if c.dep_ == "prep" for d in c.subtree}
    if subj:
        # "In these circumstances, ...: Moscow may ..." -> start at the subject
        for child in verb.children:
            if child.i < subj[0].i and child.dep_ in {"prep", "ccomp", "advmod", "npadvmod"}:
                drop |= {t.i for t in child.subtree}
    tokens = _subtree_without(verb, SIDE_DEPS | {"mark"}, drop)
    tokens = _trim_edges(tokens, drop_det=False)
    doc = verb.doc
    for k in range(1, len(tokens)):
        # "talk about arms control [after ...], a key treaty": stop where a side clause left
        # a comma-separated remainder behind
        gap = tokens[k].i - tokens[k - 1].i > 1
        if gap and tokens[k].i > verb.i and doc[tokens[k].i - 1].text == "," \
                and tokens[k].head.i != tokens[k - 1].i:
            tokens = _trim_edges(tokens[:k], drop_det=False)
            break
    if len(tokens) > max_words:
        tokens = _trim_edges(tokens[:_phrase_cut(tokens, max_words, verb)], drop_det=False)
        while len(tokens) > 3 and tokens[-1].head.i > tokens[-1].i \
                and tokens[-1].pos_ not in {"NOUN", "PROPN", "VERB"}:
            tokens = _trim_edges(tokens[:-1], drop_det=False)  # "could bring unprecedented
            # [damage]": no dangling modifier
    return join(tokens)


def _phrase_cut(tokens: list[Token], max_words: int, head: Token | None = None) -> int:
    """Where to cut a too-long token list so the text ends whole: before a clause or a
    coordination that starts within `max_words` ("..., and possibly not until ...",
    "accusation [that the US threatened ...]"), else before a preposition."""
    position = {t.i: n for n, t in enumerate(tokens)}
    low = max(2, max_words // 2)
    prep = None
    for k in range(max_words, low, -1):
        tok = tokens[k]
        if tok.dep_ in {"cc", "punct", "mark", "relcl", "advcl", "conj", "acl", "ccomp"}:
            start = position.get(tok.left_edge.i, k) if tok.dep_ in {"relcl", "acl", "advcl",
                                                                    "ccomp"} else k
            if start > low and (head is None or head.i <= tokens[start - 1].i):
                return start  # (a subject alone says nothing: "A surge, up to ...")
        if prep is None and tok.lower_ != "of" and (tok.dep_ == "prep" or tok.pos_ == "ADP") \
                and (head is None or head.i <= tokens[k - 1].i):
            prep = k  # "a series of attacks" stays one phrase
    return prep if prep is not None else max_words


def _size(tok: Token) -> int:
    return sum(1 for _ in tok.subtree)


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def entities_by_sentence(doc: Doc) -> dict[int, list[Span]]:
    """Named-entity spans grouped by sentence index (see `sentence_spans`), in one pass.

    `Span.ents` scans every entity of the Doc, so asking each sentence for its own
    makes long articles quadratic.
    """
    from reporter.analyse.sentences import sentence_spans

    starts = [s.start for s in sentence_spans(doc)]
    out: dict[int, list[Span]] = {}
    for ent in doc.ents:
        n = bisect_right(starts, ent.start) - 1
        if n >= 0:
            out.setdefault(n, []).append(ent)
    return out
