"""A learned choice of where a reported statement starts and ends.

The patterns in `extract` build a reported statement's span from the parse, and
the annotators' boundaries differ from it in systematic ways: a leading 'that'
kept or not, a trailing time or place adjunct, a ', which ...' clause or a
second conjunct left out, the clause running on to the sentence's end. This
module proposes a few alternative spans from the parse around the one built
(`alternatives`) and scores each with a small logistic model over what the
candidate looks like relative to the proposal (`candidate_features`); the best
one replaces the proposal only when it clearly outscores it. Only statements
with no quotation marks in or next to them are touched: a quotation's marks
already fix its boundaries.

Weights: data/quote_boundary.json, trained by
`python -m reporter.analyse.quotes.boundary_train`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from spacy.tokens import Doc, Token

from reporter.analyse.learn import ShippedModel, score
from reporter.analyse.quotes.cues import wordlist
from reporter.analyse.quotes.marks import strip_edges

MODEL_PATH = Path(__file__).parent / "data" / "quote_boundary.json"

_CUT_PUNCT = frozenset([",", ";", "—", "–", "-", "--", "(", ":"])
_LEAD_WORDS = frozenset(["that", "to", "as", "after", "while", "because", "and", "but"])
_ADJUNCT_ENTS = frozenset(["DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"])
_FUNCTION = frozenset(wordlist("""that to as after while because and but or which who whom whose
when where whether if according in on at for with from by of about than even though
although since during before said says told according last this next"""))
# a candidate must beat the proposal by this much (log-odds) to replace it
MARGIN = 0.5

Span_ = tuple[int, int, str]


def misparsed_subject(verb: Token) -> Token | None:
    """'X said A mishandled the case and critics accused Y': the parse often joins
    'critics' to 'the case' and leaves the finite verb after it without a subject; that
    noun is its subject, and the clause a statement of its own."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or \
            verb.dep_ not in ("ROOT", "ccomp", "conj", "advcl") or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ != "conj" or prev.head.i >= prev.i \
            or prev.left_edge.i < 1 or verb.doc[prev.left_edge.i - 1].dep_ != "cc":
        return None
    return prev


def _end_of(tok: Token) -> int:
    return tok.idx + len(tok.text)


def alternatives(doc: Doc, text: str, start: int, end: int, verb: Token | None,
                 blocked: Callable[[int, int], bool] | None = None) -> list[Span_]:
    """The proposal (first, variant 'orig|orig') and spans the annotators might have
    marked instead, each as (start, end, 'start-variant|end-variant'), trimmed."""
    span = doc.char_span(start, end, alignment_mode="expand")
    out: list[Span_] = [(start, end, "orig|orig")]
    if span is None or not len(span):
        return out
    first, last = span[0], span[-1]
    sent = first.sent
    starts: dict[int, str] = {start: "orig"}
    if first.lower_ in _LEAD_WORDS and len(span) > 2:
        starts.setdefault(span[1].idx, f"drop_{first.lower_}")
    if first.i > sent.start and doc[first.i - 1].lower_ == "that":
        starts.setdefault(doc[first.i - 1].idx, "add_that")
    root = span.root
    if root.left_edge.i > first.i and root.left_edge.i < last.i:
        starts.setdefault(root.left_edge.idx, "root_left")
    if verb is not None:
        for c in verb.children:
            if c.dep_ in ("ccomp", "xcomp") and first.i < c.left_edge.i < last.i:
                starts.setdefault(c.left_edge.idx, "comp_left")
    # an inner 'that'/'to' clause ('the time that ...', 'Holt, ..., to fact check')
    for t in span[1: max(2, len(span) // 2)]:
        if t.lower_ in ("that", "to") and t.dep_ in ("mark", "aux") and t.i < last.i - 1:
            starts.setdefault(t.idx, f"at_inner_{t.lower_}")
            starts.setdefault(doc[t.i + 1].idx, f"after_inner_{t.lower_}")
            break
    # 'of' after a leading noun ('accused her of being ...')
    for t in span[1: min(len(span) - 1, 5)]:
        if t.lower_ == "of" and t.dep_ == "prep":
            starts.setdefault(doc[t.i + 1].idx, "after_of")
            break
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass") and first.i < c.left_edge.i < c.i:
            starts.setdefault(c.left_edge.idx, "root_subject")
    # leading ', ' opener ('Details aside, ...'): start after the first comma
    for t in span[: min(len(span) - 2, 8)]:
        if t.text == "," and t.i > first.i:
            starts.setdefault(doc[t.i + 1].idx, "after_comma")
            break
    ends: dict[int, str] = {end: "orig"}
    n_cut = 0
    for t in span[2:]:
        if t.text in _CUT_PUNCT and t.i < last.i:
            name = "punct_first" if n_cut == 0 else "punct_later"
            ends.setdefault(_end_of(doc[t.i - 1]), name)
            n_cut += 1
        elif t.dep_ == "cc" and t.i > first.i + 2 and t.head.i < t.i and t.i < last.i:
            ends.setdefault(_end_of(doc[t.i - 1]), "before_cc")
    if last.dep_ in ("advmod", "npadvmod") and last.head.i < last.i and last.i > first.i + 2:
        ends.setdefault(_end_of(doc[last.i - 1]), "before_advmod")
    if last.ent_type_ in _ADJUNCT_ENTS:
        k = last.i
        while k > first.i and doc[k].ent_iob_ == "I":
            k -= 1
        if k - 1 > first.i + 1:
            ends.setdefault(_end_of(doc[k - 1]), f"before_{last.ent_type_.lower()}")
    if root.right_edge.i < last.i and root.right_edge.i > first.i:
        ends.setdefault(_end_of(root.right_edge), "root_right")
    # nothing runs on into the cue's next act ('May said [A] and suggested that B': B is
    # a statement of its own)
    limit = sent.end
    if verb is not None:
        for c in verb.children:
            if c.dep_ == "conj" and c.i > last.i:
                limit = min(limit, c.left_edge.i)
    for k in range(last.i + 1, limit):
        subj = misparsed_subject(doc[k])
        if subj is not None:  # '... and critics accused ...': another statement
            limit = min(limit, subj.left_edge.i)
            break
    while limit - 1 > last.i and (doc[limit - 1].dep_ == "cc" or doc[limit - 1].is_punct):
        limit -= 1
    # on to the sentence's end (its closing punctuation left out)
    k = limit - 1
    while k > last.i and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    if k > last.i and k - last.i <= 30:
        ends.setdefault(_end_of(doc[k]), "sent_end")
    # on to the next comma, dash or the sentence's end
    j = last.i + 1
    while j < limit and doc[j].text not in _CUT_PUNCT and not doc[j].is_space:
        j += 1
    while j - 1 > last.i and doc[j - 1].is_punct:
        j -= 1
    if j - 1 > last.i:
        ends.setdefault(_end_of(doc[j - 1]), "next_punct")
    seen = {(start, end)}
    # one edge moves at a time: the annotators' spans differ from the built ones at
    # one end far more often than at both
    pairs = [(s, end, f"{sname}|orig") for s, sname in starts.items()] + \
        [(start, e, f"orig|{ename}") for e, ename in ends.items()]
    for s, e, name in pairs:
        ts, te = strip_edges(text, s, e)
        if te - ts < 3 or (ts, te) in seen or (blocked is not None and blocked(ts, te)):
            continue
        seen.add((ts, te))
        out.append((ts, te, name))
    return out


def _bucket(x: float) -> str:
    for top in (0.3, 0.6, 0.9, 1.0, 1.3, 2.0):
        if x <= top + 1e-9:
            return f"<={top}"
    return ">2"


def _word(tok: Token | None) -> str:
    if tok is None:
        return "none"
    if tok.lower_ in _FUNCTION or tok.is_punct:
        return tok.lower_
    return tok.pos_


def candidate_features(doc: Doc, text: str, cand: Span_, orig: tuple[int, int], how: str,
                       verb: Token | None) -> dict[str, float]:
    """What one candidate looks like: which variant, its edge words and dep labels,
    its length relative to the proposal, the punctuation next to it."""
    s, e, variant = cand
    sv, ev = variant.split("|")
    f: dict[str, float] = {f"v={variant}": 1.0, f"sv={sv}": 1.0, f"ev={ev}": 1.0,
                           f"how_v={how}|{variant}": 1.0}
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return f
    first, last = span[0], span[-1]
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    f[f"first={_word(first)}"] = 1.0
    f[f"first_dep={first.dep_}"] = 1.0
    f[f"last={_word(last)}"] = 1.0
    f[f"last_dep={last.dep_}"] = 1.0
    f[f"before={_word(before)}"] = 1.0
    f[f"after={_word(after)}"] = 1.0
    f[f"ev_after={ev}|{_word(after)}"] = 1.0
    f[f"sv_first={sv}|{_word(first)}"] = 1.0
    f[f"ev_last={ev}|{_word(last)}"] = 1.0
    f[f"sv_before={sv}|{_word(before)}"] = 1.0
    f[f"ev_last_dep={ev}|{last.dep_}"] = 1.0
    if after is not None and after.is_punct and last.i + 2 < len(doc):
        f[f"after2={_word(doc[last.i + 2])}"] = 1.0
        f[f"ev_after2={ev}|{_word(doc[last.i + 2])}"] = 1.0
    f[f"root_dep={span.root.dep_}"] = 1.0
    f[f"root_pos={span.root.pos_}"] = 1.0
    if verb is not None:
        lemma = verb.lemma_.lower()
        f[f"v_lemma={variant}|{lemma}"] = 1.0
        if span.root.head.i == verb.i:
            f["root_on_cue"] = 1.0
            f[f"root_on_cue_dep={span.root.dep_}"] = 1.0
    sent = first.sent
    k = sent.end - 1
    while k > first.i and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    if last.i == k:
        f["to_sentence_end"] = 1.0
        f[f"ev_sent_end={ev}"] = 1.0
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        f["has_verb"] = 1.0
    # the words the candidate adds or removes at its moved edge
    if (s, e) != orig:
        if e != orig[1]:
            lo, hi, side = min(e, orig[1]), max(e, orig[1]), "end"
        else:
            lo, hi, side = min(s, orig[0]), max(s, orig[0]), "start"
        delta = "add" if (e - s) > (orig[1] - orig[0]) else "cut"
        seg = doc.char_span(lo, hi, alignment_mode="expand")
        if seg is not None and len(seg):
            tag = f"{side}_{delta}"
            toks = [t for t in seg if not t.is_space]
            if toks:
                head = toks[0] if not toks[0].is_punct or len(toks) == 1 else toks[1]
                f[f"{tag}_first={_word(head)}"] = 1.0
                f[f"{tag}_first_dep={head.dep_}"] = 1.0
                f[f"{tag}_n={_bucket(len(toks) / 10)}"] = 1.0
                if any(t.pos_ in ("VERB", "AUX") for t in toks):
                    f[f"{tag}_verb"] = 1.0
                if any(t.lemma_.lower() in ("say", "tell", "according") for t in toks):
                    f[f"{tag}_attribution"] = 1.0
                if any(t.ent_type_ in ("PERSON", "ORG") for t in toks):
                    f[f"{tag}_person"] = 1.0
                inside = {t.i for t in span}
                own = {t.i for t in toks}
                outside = [t for t in toks if t.head.i not in own]
                if outside:
                    # cut words always hang off something outside themselves
                    attach = "kept" if outside[0].head.i in inside or delta == "cut" \
                        else "other"
                    f[f"{tag}_attach={attach}|{outside[0].dep_}"] = 1.0
    o_len = max(1, orig[1] - orig[0])
    f[f"ratio={_bucket((e - s) / o_len)}"] = 1.0
    f[f"ev_ratio={ev}|{_bucket((e - s) / o_len)}"] = 1.0
    nxt = text[e:e + 1]
    f[f"next_char={nxt if nxt in '.,;:!?—–-()' else ('space' if nxt.isspace() else 'other')}"] = 1.0
    return f


_MODEL = ShippedModel(MODEL_PATH)
# set by the trainer: every (candidates, features) group seen, in order
_collect: list[list[tuple[Span_, dict[str, float]]]] | None = None


def use_model(weights: Mapping[str, float] | None) -> None:
    """Choose with these weights (cross-validation); None keeps every proposal."""
    _MODEL.use(weights)


def restore_model() -> None:
    _MODEL.restore()


def collect(into: list | None) -> None:
    """Record every candidate group (training); None stops recording."""
    global _collect
    _collect = into


def choose(doc: Doc, text: str, start: int, end: int, how: str, verb: Token | None,
           blocked: Callable[[int, int], bool] | None = None) -> tuple[int, int]:
    """The span to report for a statement proposed at text[start:end]: the proposal
    unless a candidate outscores it by MARGIN."""
    weights = _MODEL.current()
    if weights is None and _collect is None:
        return start, end
    cands = alternatives(doc, text, start, end, verb, blocked)
    feats = [candidate_features(doc, text, c, (start, end), how, verb) for c in cands]
    if _collect is not None:
        _collect.append(list(zip(cands, feats, strict=True)))
    if weights is None or len(cands) < 2:
        return start, end
    scores = [score(weights, f) for f in feats]
    best = max(range(len(cands)), key=lambda i: (scores[i], -i))
    if best == 0 or scores[best] - scores[0] <= MARGIN:
        return start, end
    return cands[best][0], cands[best][1]
