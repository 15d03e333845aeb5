"""Issues discussed: keyphrases and topical entities grouped into topics.

Terms are the ranked keyphrase candidates and the places, laws, events and
organisations the article mentions without them being its main actors (the
people, and the countries or bodies that act throughout). Each term is
located in the sentences that mention it (a capital counts for its country,
"INF" for "Intermediate-Range Nuclear Forces Treaty"). A mention that is one
item of an enumeration ("This included Venezuela, Ukraine, Syria ...") is
not evidence that the article discusses it; only the other ("core") mentions
are.

Grouping is seeded, not transitive: terms are taken most-discussed first,
and each joins the one group it shares most of its core sentences with, or
that it elaborates in the parse ("arms control agreements, including the
1987 INF Treaty"), or that names it in full (acronyms); otherwise it seeds a
group of its own. Two big topics that meet in one sentence stay apart.

An issue needs evidence: a group whose terms only ever appear as list items
is folded into one closing "Also mentioned: ..." issue, and a group with a
single evidence sentence survives only when it carries one of the article's
top keyphrases or several names ("meeting in Osaka, Japan, on the sidelines of
the G20 summit"). The label is the group's most specific, most discussed term
as a compact noun phrase ("US-Russian presidential meeting", not the
"Russian presidential meeting" the keyphrase ranker keeps), followed by up
to two companions: the phrase a place or country is embedded in ("new
agreement that also includes China"), an acronym with its kind ("INF
Treaty"), or another term. Each issue carries its actors (people,
organisations and countries in its evidence sentences), its evidence
sentences and a salience score (0-1, the top issue is 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from reporter.analyse.dates import is_datelike
from reporter.analyse.entities import EntityIndex, normalise
from reporter.analyse.keyphrases.features import STOP
from reporter.analyse.keyphrases.rank import scored_candidates
from reporter.analyse.keyphrases.spans import noun_phrase, sentence_case
from reporter.analyse.sentences import sentence_spans
from reporter.model import Issue, Keyphrase

CAPITALS = Path(__file__).parent / "data" / "capitals.tsv"
TOPIC_LABELS = {"GPE", "LOC", "LAW", "EVENT", "ORG", "FAC", "PRODUCT"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
MAX_ISSUES = 8
MAX_CANDIDATES = 30
MAX_TOPICAL = 60
MAX_ACTORS = 6
TOP_RANK = 10  # a single-sentence issue must carry one of this many best candidates
# Modifiers that hedge a noun rather than name the topic ("a possible meeting").
# ("alleged", "suspected" stay: dropping them would assert what the article does not)
HEDGE_MODIFIERS = {"possible", "potential", "likely", "apparent", "prospective", "proposed",
                   "planned", "expected", "future", "further"}
# Words too vague to name an issue on their own.
GENERIC = {
    "details", "detail", "source", "sources", "thousands", "hundreds", "millions", "dozens",
    "supporters", "heads", "head", "results", "result", "night", "favor", "favour", "error",
    "margin", "state", "states", "interview", "clip", "analysis", "forefront", "question",
    "questions", "event", "events", "race", "story", "stories", "meeting", "meetings", "talks",
    "comments", "comment", "remarks", "issue", "issues", "problem", "problems", "situation",
    "effort", "efforts", "plan", "plans", "move", "decision", "claim", "claims", "view",
    "views", "concern", "concerns", "interest", "interests", "trip", "visit", "support",
    "relationship", "relations", "ties", "deal", "agreement", "country", "countries", "nation",
    "nations", "world", "government", "leader", "leaders", "side", "sides", "team", "campaign",
    "show", "video", "tweet", "tweets", "post", "record", "records", "data", "thing", "work",
    "job", "life", "home", "man", "woman", "men", "women", "family", "friend", "friends",
    "members", "member", "group", "groups", "case", "cases", "change", "changes", "order",
    "orders", "help", "need", "needs", "reason", "reasons", "term", "terms", "process",
}
# Kinds a long name adds after its acronym: "INF" + "Treaty" -> "INF Treaty".
NAME_KINDS = {"treaty", "agreement", "accord", "accords", "act", "pact", "party", "convention",
              "organization", "organisation", "programme", "program", "bill", "law", "deal",
              "initiative", "summit", "council", "commission", "agency", "bank", "fund",
              "alliance", "union", "court", "committee", "protocol", "plan"}
LOCATED = {"GPE", "LOC", "FAC"}


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
    label: str = ""  # the entity's label, if any
    rank: int = 99  # position among the ranked candidates (99: not a candidate)
    sentences: set[int] = field(default_factory=set)
    core: set[int] = field(default_factory=set)  # sentences where it is not a list item
    core_heads: list[Token] = field(default_factory=list)


def _list_items(head: Token) -> int:
    """How many items the enumeration headed by `head` holds (1 when it is none)."""
    return 1 + sum(1 for t in head.subtree if t.dep_ == "conj" and t.head.i >= head.i
                   and t.pos_ == head.pos_)


def _in_list(tok: Token) -> bool:
    """Is this mention one item of an enumeration of three or more?"""
    head = tok
    steps = 0
    while head.dep_ == "conj" and head.head is not head and steps < 50:
        head = head.head
        steps += 1
    if tok.dep_ != "conj" and not any(c.dep_ == "conj" for c in tok.children):
        return False
    return _list_items(head) >= 3


def _acronym_of(short: str, long: str, strict: bool = False) -> bool:
    """Is `short` the initials of `long` ("INF", "Intermediate-Range Nuclear Forces Treaty")?

    `strict` asks that every word of `long` be accounted for.
    """
    letters = [c for c in short.lower() if c.isalpha()]
    spaced = long.lower() if strict else long.lower().replace("-", " ")
    words = [w for w in spaced.split() if w not in {"of", "the", "and"}]
    if not (2 <= len(letters) <= 6 and short.isupper() and words and words[0][0] == letters[0]):
        return False
    if strict:
        return len(words) == len(letters) and \
            all(w[0] == c for w, c in zip(words, letters, strict=True))
    i = 0
    for w in words:
        if i < len(letters) and w[0] == letters[i]:
            i += 1
    return i == len(letters)


def _acronym_with_kind(short: str, long: str) -> str | None:
    """'INF' + 'Intermediate-Range Nuclear Forces Treaty' -> 'INF Treaty'."""
    words = long.split()
    if len(words) >= 2 and words[-1].lower() in NAME_KINDS and \
            _acronym_of(short, " ".join(words[:-1]), strict=True):
        return f"{short} {words[-1]}"
    return None


def _main_actors(entities: EntityIndex) -> set[str]:
    """People, and the two most-mentioned countries/organisations if they recur."""
    out = {e.id for e in entities.entities if e.label in {"PERSON", "NORP"}}
    others = [e for e in entities.entities if e.label in {"GPE", "ORG"} and e.mentions >= 3]
    out |= {e.id for e in others[:2]}
    return out


def _junk(text: str) -> bool:
    """Handles, links and dates are no topics."""
    low = text.lower()
    letters = sum(ch.isalpha() for ch in text)
    return (any(ch in text for ch in "@/#") or ".com" in low or "http" in low or letters == 0
            or low.endswith(("n't", "n’t")) or (text.endswith(".") and len(text) <= 6)
            or (is_datelike(text) and len(text.split()) <= 3))


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
    for rank, (value, cand) in enumerate(ranked[:MAX_CANDIDATES]):
        if _junk(cand.text):
            continue
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
        term = _Term(cand.text, 1.0 + value - top, heads, rank=rank)
        if len(ent_ids) == 1:
            term.entity = ent_ids.pop()
            ent = entities.get(term.entity)
            term.label = ent.label if ent else ""
            if term.entity in by_entity:
                continue
            by_entity[term.entity] = term
            term.heads = list(heads_of.get(term.entity, heads))
        terms.append(term)
    # topical entities the candidates missed (a country named once in a list); the most
    # mentioned MAX_TOPICAL only, so that a huge article does not make pairing slow
    caps = capitals()
    topical = sorted(entities.entities, key=lambda e: -e.mentions)[:MAX_TOPICAL]
    for ent in topical:
        country = entities.lookup(caps.get(normalise(ent.name), "")) if ent.label == "GPE" \
            else None
        if country is not None and country.id in actors:
            continue
        if ent.id in actors or ent.label not in TOPIC_LABELS or ent.id in by_entity \
                or _junk(ent.name):
            continue
        term = _Term(ent.name, 0.5 + 0.1 * ent.mentions, heads_of.get(ent.id, []), ent.id,
                     ent.label)
        by_entity[ent.id] = term
        terms.append(term)
    # a capital's mentions count for its country
    for ent in entities.entities:
        country = caps.get(normalise(ent.name))
        target = entities.lookup(country) if country else None
        if target is not None and target.id in by_entity and target.id != ent.id:
            by_entity[target.id].heads += heads_of.get(ent.id, [])
    for term in terms:
        for h in term.heads:
            n = sent_of.get(h.i)
            if n is None:
                continue
            term.sentences.add(n)
            if not _in_list(h):
                term.core.add(n)
                term.core_heads.append(h)
    headline = _headline_sentence(doc)
    return [t for t in terms if t.sentences and not (
        headline and t.sentences == {0} and not t.entity and _title_cased(t.text))]


def _title_cased(text: str) -> bool:
    words = [w for w in text.split() if len(w) > 3]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _headline_sentence(doc: Doc) -> bool:
    """Is the first sentence a Title Case headline on a line of its own?"""
    sents = sentence_spans(doc)
    if not sents:
        return False
    first = sents[0]
    raw = first.text
    after = raw[len(raw.rstrip()):] + first[-1].whitespace_ + _space_after(first)
    words = [t for t in first if t.is_alpha and len(t.text) > 3]
    capped = sum(1 for t in words if t.text[0].isupper())
    return "\n" in after and bool(words) and capped >= 0.7 * len(words)


def _strong_links(terms: list[_Term]) -> dict[int, set[int]]:
    """Term index -> indexes of terms it is tied to by name or by the parse."""
    links: dict[int, set[int]] = {i: set() for i in range(len(terms))}
    lows = [t.text.lower() for t in terms]
    # only these can be the short side of `_acronym_of` (the rest fail its first test)
    acronyms = [t.text.isupper() and 2 <= sum(1 for c in low if c.isalpha()) <= 6
                for t, low in zip(terms, lows, strict=True)]
    for i, a in enumerate(terms):  # names: acronyms, "energy security" in "European energy ..."
        for j in range(i + 1, len(terms)):
            b = terms[j]
            short, long = sorted((lows[i], lows[j]), key=len)
            if (acronyms[j] and _acronym_of(b.text, a.text)) or \
                    (acronyms[i] and _acronym_of(a.text, b.text)) or \
                    (len(short.split()) >= 2 and f" {short} " in f" {long} "):
                links[i].add(j)
                links[j].add(i)
    owner: dict[int, int] = {}
    for i, t in enumerate(terms):
        for h in t.heads:
            owner.setdefault(h.i, i)
    for j, b in enumerate(terms):  # the parse: b elaborates a ("agreements, including X")
        for hb in b.heads:
            if _in_list(hb):
                continue
            prev = hb
            for steps, anc in enumerate(hb.ancestors):
                if steps >= 6:
                    break
                i = owner.get(anc.i)
                if i is not None and i != j:
                    if prev.dep_ not in {"conj", "cc"}:
                        links[i].add(j)
                        links[j].add(i)
                    break
                prev = anc
    return links


def _group(terms: list[_Term]) -> tuple[list[list[_Term]], list[_Term]]:
    """Seeded grouping (see the module doc); also returns the list-only leftovers."""
    order = sorted(range(len(terms)), key=lambda i: (-len(terms[i].core),
                                                     -len(terms[i].sentences),
                                                     -terms[i].score, terms[i].text))
    links = _strong_links(terms)
    group_of: dict[int, int] = {}
    groups: list[list[int]] = []
    at_sentence: dict[int, list[int]] = {}
    leftovers: list[_Term] = []
    for i in order:
        term = terms[i]
        shared: dict[int, int] = {}
        for n in term.core:
            for g in {group_of[k] for k in at_sentence.get(n, ())}:
                shared[g] = shared.get(g, 0) + 1
        strong = {group_of[k] for k in links[i] if k in group_of}
        best = None
        if strong:
            best = max(strong, key=lambda g: (shared.get(g, 0), -g))
        elif shared:
            g = max(shared, key=lambda g: (shared[g], -g))
            if shared[g] * 2 >= len(term.core):
                best = g
        if best is None:
            if not term.core:
                leftovers.append(term)
                continue
            best = len(groups)
            groups.append([])
        groups[best].append(i)
        group_of[i] = best
        for n in term.core:
            at_sentence.setdefault(n, []).append(i)
    return [[terms[i] for i in g] for g in groups], leftovers


def compact_np(head: Token, max_words: int = 6) -> str:
    """The head noun with its adjacent left modifiers, hedges and dates dropped.

    "A possible US-Russian presidential meeting next month" -> "US-Russian presidential
    meeting".
    """
    keep: list[Token] = [head]
    doc = head.doc
    for child in reversed(list(head.lefts)):
        if child.text in {"-", "–"} and child.i + 1 == keep[0].i:
            keep = [child, *keep]  # "counter-terrorism"
            continue
        if child.dep_ not in {"compound", "amod", "nmod", "npadvmod", "nummod"} \
                or child.lower_ in HEDGE_MODIFIERS or child.ent_type_ in {"DATE", "TIME"} \
                or (child.dep_ == "nummod" and child.ent_type_ != "LAW"):
            break
        sub = list(child.subtree)
        nxt = child.right_edge.i + 1
        # "previously-scheduled", "counter-terrorism"
        hyphenated = any(t.text in {"-", "–"} for t in sub) or \
            (nxt < len(doc) and doc[nxt].text in {"-", "–"})
        if any((t.pos_ in {"DET", "PRON", "PUNCT", "NUM", "ADV"} and t.text not in {"-", "–"}
               and not (hyphenated and t.pos_ == "ADV"))
               or t.ent_type_ in {"DATE", "TIME"} or t.like_num or t.lower_ in STOP
               for t in sub):
            break
        keep = sub + keep
    words = [t for t in keep if t.text not in {"-", "–"}]
    if len(words) > max_words:
        keep = keep[-max_words:]
    while keep and keep[0].text in {"-", "–"}:
        keep = keep[1:]
    out = ""
    for n, t in enumerate(keep):
        out += t.text + (t.whitespace_ if n + 1 < len(keep) else "")
    return " ".join(out.split())


def _phrase_around(tok: Token, stop: set[int]) -> str | None:
    """The noun phrase a place or name is embedded in: 'a new agreement that also includes
    China' -> 'new agreement that also includes China' (None when there is none)."""
    prev = tok
    for steps, anc in enumerate(tok.ancestors):
        if steps >= 4 or anc.i in stop:
            return None
        if prev.dep_ not in {"pobj", "prep", "compound", "dobj", "relcl", "acl", "poss", "nmod",
                             "amod"}:
            return None
        if anc.pos_ == "NOUN" and not anc.ent_type_:
            text = noun_phrase(anc, max_words=8)
            for lead in ("its ", "their ", "his ", "her ", "our ", "a ", "an ", "the "):
                if text.lower().startswith(lead):
                    text = text[len(lead):]
            n = len(text.split())
            return text if 2 <= n <= 8 and tok.text in text else None
        if anc.pos_ == "VERB" and anc.dep_ not in {"relcl", "acl"}:
            return None
        prev = anc
    return None


def _display(term: _Term, group: list[_Term], entities: EntityIndex) -> str:
    """How a term reads in a label."""
    if term.entity:
        ent = entities.get(term.entity)
        if ent is not None and term.text in ent.name and " " not in term.text:
            return ent.name  # "Ground" -> "Ground Zero"
        return term.text
    mentions = term.core_heads or term.heads
    # a mention in the body reads better than the headline's Title Case
    head = next((h for h in mentions if h.sent.start > 0), mentions[0])
    text = compact_np(head)
    if term.text.endswith(("-" + text, "–" + text)):
        return term.text  # the parse split "counter-terrorism"; the candidate did not
    return text if text and text.lower().endswith(head.lower_) else term.text


def _specific(term: _Term) -> bool:
    """A phrase, a name, or a single word said often enough, and not a generic one."""
    if len(term.text.split()) > 1:
        return True
    if term.text.lower() in GENERIC:
        return False
    # a common noun capitalised only where it opens a sentence ("Diplomats said ...")
    lower = term.text.islower() or (not term.entity and bool(term.heads) and all(
        h.i == h.sent.start for h in term.heads))
    return not (lower and len(term.sentences) < 3)


def _actors(sents: list[Span], sentences: list[int], entities: EntityIndex,
            own: set[str]) -> list[str]:
    """Who acts in the evidence: entities named there, not as a list item nor as a topic."""
    counts: dict[str, int] = {}
    for n in sentences:
        for tok in sents[n]:
            if tok.ent_iob_ != "B" and not (tok.ent_iob_ == "I" and tok.i == sents[n].start):
                continue
            ent = entities.at_token(tok.i)
            if ent is None or ent.label not in ACTOR_LABELS or ent.id in own \
                    or _junk(ent.name):
                continue
            if ent.label == "NORP" and (tok.pos_ == "ADJ" or tok.dep_ in {"amod", "compound"}):
                continue  # "Russian waters": a modifier, not a group that acts
            span_end = tok.i
            while span_end + 1 < sents[n].end and sents[n].doc[span_end + 1].ent_iob_ == "I":
                span_end += 1
            if _in_list(sents[n].doc[span_end]):
                continue
            counts[ent.id] = counts.get(ent.id, 0) + 1
    return sorted(counts, key=lambda e: (-counts[e], e))[:MAX_ACTORS]


def _merge_names(group: list[_Term]) -> list[_Term]:
    """An acronym and its full name as one term ("INF" + "Intermediate-Range ... Treaty")."""
    out = list(group)
    for short in group:
        if not short.entity:
            continue
        for long in group:
            if long is not short and long.entity and long in out and short in out \
                    and _acronym_of(short.text, long.text):
                merged = _Term(long.text, max(long.score, short.score), long.heads + short.heads,
                               long.entity, long.label, min(long.rank, short.rank),
                               long.sentences | short.sentences, long.core | short.core,
                               long.core_heads + short.core_heads)
                merged.text = _acronym_with_kind(short.text, long.text) or long.text
                out[out.index(long)] = merged
                out.remove(short)
                break
    return out


def _label(group: list[_Term], entities: EntityIndex) -> str:
    group = _merge_names(group)

    # "arms control" counts the sentences of "arms control agreements" too
    padded = [f" {t.text.lower()} " for t in group]

    def weight(t: _Term) -> tuple:
        key = f" {t.text.lower()} "
        said = set().union(*(o.sentences for o, p in zip(group, padded, strict=True)
                             if key in p))
        # a concept ("arms control") names an issue better than a name mentioned as often
        return (_specific(t), len(said) + (0.0 if t.entity else 0.5), len(t.core), t.score,
                t.text)

    head = max(group, key=weight)
    if " " not in head.text and head.text.islower():
        # "customers" names less than "fake accounts" said half as often
        said = weight(head)[1]
        richer = [t for t in group if (" " in t.text or t.entity) and _specific(t)
                  and weight(t)[1] >= 0.5 * said]
        if richer:
            head = max(richer, key=weight)
    head_text = _display(head, group, entities)
    head_tokens = {h.i for h in head.heads}
    rest = [t for t in group if t is not head]
    rest.sort(key=lambda t: (not _specific(t), -len(t.core), -t.score, t.text))
    words_of = [f" {t.text.lower()} " for t in group]
    companions: list[str] = []
    if head.entity and head.core_heads and head.label in LOCATED \
            and head.core_heads[0].dep_ != "poss":
        # "North Korea" discussed as "US-North Korea relations": say so first
        around = _phrase_around(head.core_heads[0], set())
        if around and around.lower() != head_text.lower() and len(around.split()) <= 5:
            companions.append(around)
    for t in rest:
        if t.entity and sum(f" {t.text.lower()} " in w for w in words_of) > 1:
            continue  # "G20" inside "G20 summit": the longer phrase says it
        if t.entity and t.core_heads and t.label != "LAW":
            h = t.core_heads[0]
            if h.dep_ == "appos" or h.head.i in head_tokens:
                continue  # "Osaka, Japan": Japan adds nothing
            text = _phrase_around(h, head_tokens) or _display(t, group, entities)
        else:
            text = _display(t, group, entities)
        low = text.lower()
        if not text or low in head_text.lower() or any(low in c.lower() or c.lower() in low
                                                       for c in companions):
            continue
        if head_text.lower() in low and \
                len(low.replace("-", " ").split()) - len(head_text.replace("-", " ").split()) < 2:
            continue  # "Tax increase: average tax increase" says nothing new
        if low.startswith(head_text.lower() + " "):
            text = text[len(head_text) + 1:]  # "European Union: interior ministers", once
        if not _specific(t) and not t.entity:
            continue
        companions.append(text)
        if len(companions) == 2:
            break
    label = sentence_case(head_text)
    if companions:
        label += ": " + "; ".join(companions)
    return label


def find_issues(doc: Doc, keyphrases: list[Keyphrase], entities: EntityIndex) -> list[Issue]:
    sents = sentence_spans(doc)
    sent_of = {i: n for n, s in enumerate(sents) for i in range(s.start, s.end)}
    terms = _terms(doc, entities, sent_of)
    groups, leftovers = _group(terms)
    scored = []
    for group in groups:
        evidence = set().union(*(t.core for t in group))
        if not evidence:
            leftovers += group
            continue
        mentioned = set().union(*(t.sentences for t in group))
        if not any(_specific(t) for t in group) and (len(evidence) == 1 or len(group) == 1):
            continue  # "father", said twice, is no issue
        named = sum(1 for t in group if t.entity)
        if len(mentioned) == 1 and (len(group) < 2 or (min(t.rank for t in group) >= TOP_RANK
                                                       and (named < 2 or len(group) < 3))):
            continue  # one sentence, one passing phrase: no issue
        extra = mentioned - evidence
        best = sorted((max(0.0, t.score) for t in group), reverse=True)[:3]
        salience = len(evidence) + 0.25 * len(extra) + 0.5 * sum(best)
        scored.append((salience, min(evidence), group, sorted(evidence | extra)))
    scored.sort(key=lambda s: (-s[0], s[1]))
    scored = scored[:MAX_ISSUES]
    top = scored[0][0] if scored else 1.0
    issues = []
    topics = {t.entity for _, _, group, _ in scored for t in group if t.entity}
    for salience, _, group, sentences in scored:
        label = _label(group, entities)
        own = topics
        terms = []
        for t in _merge_names(group):
            text = _display(t, group, entities)
            if text and text.lower() not in {x.lower() for x in terms}:
                terms.append(text)
        issues.append(Issue(label=label, terms=terms,
                            actors=_actors(sents, sentences, entities, own),
                            sentences=sentences, salience=round(salience / top, 3)))
    listed = [t for t in leftovers if t.entity or t.text.lower() not in GENERIC]
    if len(listed) >= 2 and issues:
        listed.sort(key=lambda t: (min(t.sentences), t.text))
        sentences = sorted(set().union(*(t.sentences for t in listed)))
        issues.append(Issue(
            label="Also mentioned: " + "; ".join(_display(t, listed, entities)
                                           for t in listed[:6]),
            terms=[t.text for t in listed], actors=[], sentences=sentences,
            salience=round(min(i.salience for i in issues) / 2, 3)))
    return issues


def _space_after(span) -> str:
    """The whitespace token that follows a span, if any (without building the Doc's text)."""
    doc = span.doc
    return doc[span.end].text if span.end < len(doc) and doc[span.end].is_space else ""
