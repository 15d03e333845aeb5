"""Issues discussed: keyphrases and topical entities grouped into topics.

Terms are the ranked keyphrase candidates and the places, laws, events and
organisations the article mentions without them being its main actors (the
people, and the countries or bodies that act throughout). Each term is
located in the sentences that mention it (a capital counts for its country,
"INF" for "Intermediate-Range Nuclear Forces Treaty"). Terms are grouped
when they share sentences outside enumerations ("This included Venezuela,
Ukraine, Syria ..." mentions everything once and links nothing), or when one
elaborates the other in the parse ("arms control agreements, including the
1987 INF Treaty"). An issue is labelled by its most salient term with its
best companions ("Arms control: Intermediate-Range Nuclear Forces Treaty;
new agreement that also includes China"), and carries its actors (people,
organisations and countries in its sentences), its evidence sentences and a
salience score (0-1, the top issue is 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from reporter.analyse.entities import EntityIndex, normalise
from reporter.analyse.keyphrases import scored_candidates
from reporter.analyse.kp_spans import noun_phrase, sentence_case
from reporter.analyse.sentences import sentence_index
from reporter.model import Issue, Keyphrase

CAPITALS = Path(__file__).parent / "data" / "capitals.tsv"
TOPIC_LABELS = {"GPE", "LOC", "LAW", "EVENT", "ORG", "FAC", "PRODUCT"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
MAX_ISSUES = 12
MAX_CANDIDATES = 30


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    out = {}
    for line in CAPITALS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            city, country = line.split("\t", 1)
            out[city.strip()] = country.strip()
    return out


@dataclass
class _Term:
    text: str
    score: float
    heads: list[Token] = field(default_factory=list)  # one head token per mention
    entity: str | None = None
    sentences: set[int] = field(default_factory=set)
    core: set[int] = field(default_factory=set)  # sentences where it is not a list item


def _in_list(tok: Token) -> bool:
    """Is this mention one item of an enumeration of three or more?"""
    head = tok
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    items = 1 + sum(1 for t in head.subtree if t.dep_ == "conj" and t.head.i >= head.i
                    and t.pos_ == head.pos_)
    return items >= 3 and (tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children))


def _acronym_of(short: str, long: str) -> bool:
    letters = [c for c in short.lower() if c.isalpha()]
    words = [w for w in long.lower().replace("-", " ").split() if w not in {"of", "the", "and"}]
    if not (2 <= len(letters) <= 6 and short.isupper() and words and words[0][0] == letters[0]):
        return False
    i = 0
    for w in words:
        if i < len(letters) and w[0] == letters[i]:
            i += 1
    return i == len(letters)


def _main_actors(entities: EntityIndex) -> set[str]:
    """People, and the two most-mentioned countries/organisations if they recur."""
    out = {e.id for e in entities.entities if e.label in {"PERSON", "NORP"}}
    others = [e for e in entities.entities if e.label in {"GPE", "ORG"} and e.mentions >= 3]
    out |= {e.id for e in others[:2]}
    return out


def _terms(doc: Doc, entities: EntityIndex, sent_of: dict[int, int]) -> list[_Term]:
    actors = _main_actors(entities)
    terms: list[_Term] = []
    by_entity: dict[str, _Term] = {}
    heads_of: dict[str, list[Token]] = {}
    for tok in doc:
        ent = entities.at_token(tok.i)
        if ent and tok.ent_iob_ in {"B", "I"} and (tok.i + 1 == len(doc)
                                                  or doc[tok.i + 1].ent_iob_ != "I"):
            heads_of.setdefault(ent.id, []).append(tok)
    ranked = scored_candidates(doc)
    top = ranked[0][0] if ranked else 0.0
    for value, cand in ranked[:MAX_CANDIDATES]:
        heads = []
        ent_ids = set()
        for start in cand.token_starts:
            end = start
            words = 0
            while end < len(doc) and words < cand.n_words:
                words += doc[end].text not in {"-", "–"}
                end += 1
            heads.append(doc[end - 1])
            ent = entities.at_token(end - 1)
            if ent:
                ent_ids.add(ent.id)
        if ent_ids & actors:
            continue
        term = _Term(cand.text, 1.0 + value - top, heads)
        if len(ent_ids) == 1:
            term.entity = ent_ids.pop()
            if term.entity in by_entity:
                continue
            by_entity[term.entity] = term
            term.heads = list(heads_of.get(term.entity, heads))
        terms.append(term)
    # topical entities the candidates missed (a country named once in a list)
    caps = capitals()
    for ent in entities.entities:
        country = entities.lookup(caps.get(normalise(ent.name), "")) if ent.label == "GPE" \
            else None
        if country is not None and country.id in actors:
            continue
        if ent.id in actors or ent.label not in TOPIC_LABELS or ent.id in by_entity:
            continue
        term = _Term(ent.name, 0.5 + 0.1 * ent.mentions, heads_of.get(ent.id, []), ent.id)
        by_entity[ent.id] = term
        terms.append(term)
    # a capital's mentions count for its country
    for ent in entities.entities:
        country = caps.get(normalise(ent.name))
        target = entities.lookup(country) if country else None
        if target is not None and target.id in by_entity:
            by_entity[target.id].heads += heads_of.get(ent.id, [])
    for term in terms:
        for h in term.heads:
            n = sent_of.get(h.i)
            if n is None:
                continue
            term.sentences.add(n)
            if not _in_list(h):
                term.core.add(n)
    return [t for t in terms if t.sentences]


def _linked(a: _Term, b: _Term) -> bool:
    """Does term b belong with term a?"""
    if b.core and a.core and len(b.core & a.core) * 2 >= len(b.core):
        return True
    if _acronym_of(b.text, a.text) or _acronym_of(a.text, b.text):
        return True
    short, long = sorted((a.text.lower(), b.text.lower()), key=len)
    if len(short.split()) >= 2 and f" {short} " in f" {long} ":
        return True
    for ha in a.heads:
        sub = {t.i for c in ha.children if c.dep_ not in {"conj", "cc"} for t in c.subtree}
        for hb in b.heads:
            if hb.i in sub and hb.i != ha.i and not _in_list(hb):
                return True
    return False


def _companion(term: _Term) -> str:
    if term.entity or not term.heads:
        return term.text
    text = noun_phrase(term.heads[0], max_words=8)
    return text if 0 < len(text.split()) <= 8 else term.text


def find_issues(doc: Doc, keyphrases: list[Keyphrase], entities: EntityIndex) -> list[Issue]:
    sent_of = sentence_index(doc)
    terms = _terms(doc, entities, sent_of)
    # Seeds: terms mentioned in more sentences first, then by ranker score.
    order = sorted(terms, key=lambda t: (-len(t.sentences), -t.score, t.text))
    groups: list[list[_Term]] = []
    used: set[int] = set()
    for seed in order:
        if id(seed) in used:
            continue
        group = [seed]
        used.add(id(seed))
        grew = True
        while grew:  # until no further term links to the group
            grew = False
            for other in order:
                if id(other) not in used and any(_linked(g, other) for g in group):
                    group.append(other)
                    used.add(id(other))
                    grew = True
        groups.append(group)
    issues = []
    for group in groups:
        sentences = sorted(set().union(*(t.sentences for t in group)))
        salience = sum(len(t.sentences) + max(0.0, t.score) for t in group)
        # a concept ("arms control") names an issue better than a place mentioned as often
        def weight(t: _Term, group=group) -> tuple:
            shared = sum(1 for o in group if o is not t and o.core & t.core)
            return (len(t.sentences) + (0.0 if t.entity else 0.5) + 0.5 * shared, t.score,
                    t.text)

        head = max(group, key=weight)
        rest = sorted((t for t in group if t is not head), key=lambda t: (-t.score, t.text))
        rest = [t for t in rest if not _acronym_of(t.text, head.text)]
        companions: list[str] = []
        for t in rest:
            longer = [o.text for o in rest if _acronym_of(t.text, o.text)]
            if any(_acronym_of(o.text, t.text) for o in rest if o is not t) and not longer:
                text = t.text  # the full name; its acronym is skipped below
            elif longer:
                continue
            else:
                text = _companion(t)
            low = text.lower()
            if low in head.text.lower() or any(low in c.lower() for c in companions):
                continue
            companions.append(text)
            if len(companions) == 2:
                break
        label = sentence_case(head.text)
        if companions:
            label += ": " + "; ".join(companions)
        own = {t.entity for t in group if t.entity}
        counts: dict[str, int] = {}
        for n in sentences:
            for tok_i, s_n in sent_of.items():
                if s_n != n:
                    continue
                ent = entities.at_token(tok_i)
                if ent and ent.label in ACTOR_LABELS and ent.id not in own:
                    counts[ent.id] = counts.get(ent.id, 0) + 1
        actors = sorted(counts, key=lambda e: (-counts[e], e))[:6]
        issues.append(Issue(label=label, terms=[t.text for t in group], actors=actors,
                            sentences=sentences, salience=salience))
    issues.sort(key=lambda i: (-i.salience, i.sentences[0] if i.sentences else 0))
    issues = issues[:MAX_ISSUES]
    top = issues[0].salience if issues else 1.0
    for issue in issues:
        issue.salience = round(issue.salience / top, 3) if top else 0.0
    return issues
