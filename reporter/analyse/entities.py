"""People, organisations and places, merged across their surface forms.

spaCy's NER gives one span per mention ("U.S.", "USA", "United States",
"President Trump", "Trump"). Analysts want one row per real-world actor, so
mentions are clustered by a normalised key (titles, articles, dots and
possessives stripped), acronyms are matched to the names they abbreviate,
surnames to the full name given earlier, and each cluster takes the label
most of its mentions carry.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from reporter.model import Entity

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT",
                "WORK_OF_ART"}

# Honorifics and titles that precede a name; stripped to find the name itself.
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "president",
    "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative",
    "gov", "governor", "mayor", "judge", "justice", "chancellor", "king", "queen", "prince",
    "princess", "pope", "general", "gen", "col", "colonel", "capt", "captain", "lt",
    "sgt", "adm", "admiral", "chairman", "chairwoman", "chief", "director", "ambassador",
    "rev", "reverend", "sheikh", "gov.", "premier", "speaker", "leader", "commissioner",
    "state", "foreign", "defense", "defence", "attorney", "former", "u.s.", "us", "senior",
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman",
    "inspector", "detective", "superintendent", "bishop", "archbishop", "cardinal", "rabbi",
    "imam", "baroness", "baron", "duke", "duchess", "earl", "taoiseach", "tánaiste",
}

# Well-known alternative names of countries and blocs that no rule derives
# (an acronym rule covers "US" for "United States"; nothing covers "America").
ALIASES = {
    "america": "united states",
    "united states of america": "united states",
    "usa": "united states",
    "us": "united states",
    "russian federation": "russia",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "eu": "european union",
    "un": "united nations",
    "prc": "china",
    "people's republic of china": "china",
    "dprk": "north korea",
    "democratic people's republic of korea": "north korea",
    "uae": "united arab emirates",
}

_DOTS = re.compile(r"\.(?=\w)|\.$")
_POSSESSIVE = re.compile(r"['’]s?$")


def normalise(text: str) -> str:
    """A comparison key for an entity mention: 'the U.S.' -> 'us'."""
    text = " ".join(text.split()).strip(" \"'“”‘’,.;:()")
    text = _POSSESSIVE.sub("", text)
    text = _DOTS.sub("", text).lower()
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


# Head nouns of public bodies: title-like words before them name the body ('Foreign
# Ministry', 'State Department', 'Justice Department'), they are not a person's title.
BODY_HEADS = {
    "ministry", "department", "office", "committee", "council", "agency", "bureau",
    "commission", "court", "board", "administration", "service", "services", "party",
    "government", "police", "army", "navy", "command", "institute", "university", "college",
    "school", "bank", "fund", "union", "league", "corps", "guard", "forces", "assembly",
    "parliament", "senate", "congress", "cabinet", "secretariat", "directorate", "authority",
    "inspectorate", "division", "unit", "staff", "team", "caucus", "delegation", "embassy",
    "consulate", "mission", "house", "chamber", "tribunal",
}


def strip_titles(key: str) -> str:
    """'president donald trump' -> 'donald trump'; never strips to nothing, nor a
    body's name to its head noun ('foreign ministry' stays)."""
    words = key.split()
    strip = _PREFIXES if words and words[-1] in BODY_HEADS else TITLES
    while len(words) > 1 and words[0].rstrip(".") in strip:
        words = words[1:]
    return " ".join(words)


# What comes off a body's name: 'U.S. Senate' is the Senate, 'Foreign Ministry' stays.
_PREFIXES = {"us", "u.s.", "u.s", "former"}


# A given name written after the surname, as in Cantonese and Korean romanisation:
# 'Kwok Chun-yip', 'Moon Jae-in' (not a hyphenated surname: 'Ocasio-Cortez').
_GIVEN_AFTER_SURNAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")
# Second halves of English compounds that look like such a given name ('Biden-era').
_COMPOUND_ENDS = {"era", "led", "backed", "owned", "style", "based", "born", "like", "made",
                  "run", "free", "wide", "long", "old", "year", "day", "time", "term",
                  "level", "class", "scale", "sized", "type", "bound", "linked", "held",
                  "hit", "torn", "in", "out", "up", "off", "over", "on"}


def surname_before_given(name: str) -> str | None:
    """The surname of a name written surname first ('Kwok' of 'Kwok Chun-yip', 'Kwan' of
    'Elizabeth Kwan Mei-ling'), else None; not of 'Joe Biden-era'."""
    words = name.split()
    if len(words) > 1 and _GIVEN_AFTER_SURNAME.fullmatch(words[-1]) and \
            words[-1].split("-")[1] not in _COMPOUND_ENDS:
        return words[-2]
    return None


# Legal forms ending a company's name, left out of its initials.
_LEGAL_FORMS = {"co", "inc", "corp", "ltd", "llc", "plc", "company", "corporation"}


def initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in {"of", "the", "and", "for"})


@dataclass
class _Cluster:
    key: str
    mentions: list[Span] = field(default_factory=list)


class EntityIndex:
    """The merged entities of one Doc, and a lookup from any mention to them."""

    def __init__(self, entities: list[Entity], by_key: dict[str, str],
                 by_token: dict[int, str]) -> None:
        self.entities = entities
        self._by_id = {e.id: e for e in entities}
        self._by_key = by_key
        self._by_token = by_token
        self._by_initials: dict[str, list[Entity]] | None = None  # see abbreviated

    def get(self, entity_id: str | None) -> Entity | None:
        return self._by_id.get(entity_id) if entity_id else None

    def at_token(self, i: int) -> Entity | None:
        """The entity a token belongs to, if it is part of an entity mention."""
        return self.get(self._by_token.get(i))

    def abbreviated(self, text: str) -> Entity | None:
        """The one organisation named in full that an untagged acronym stands for ('says
        WHO.' after 'the World Health Organization'), if exactly one."""
        if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
            return None
        if self._by_initials is None:  # made on the first question, once
            self._by_initials = {}
            for e in self.entities:
                if e.label == "ORG" and len(e.name.split()) > 1:
                    self._by_initials.setdefault(initials(normalise(e.name)), []).append(e)
        found = self._by_initials.get(text.lower(), [])
        return found[0] if len(found) == 1 else None

    def lookup(self, text: str) -> Entity | None:
        """The entity a piece of text names ('Mr. Putin' -> Vladimir Putin), if any."""
        key = normalise(text)
        for candidate in (key, strip_titles(key), ALIASES.get(key, "")):
            if candidate and candidate in self._by_key:
                return self.get(self._by_key[candidate])
        return None


def _canonical_key(key: str) -> str:
    key = strip_titles(key)
    return ALIASES.get(key, key)


def find_entities(doc: Doc) -> EntityIndex:
    """Cluster the Doc's named-entity mentions into entities."""
    clusters: dict[str, _Cluster] = {}
    order: list[str] = []
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS or _sentence_adverb(ent):
            continue
        key = _canonical_key(normalise(ent.text))
        if not key or not any(ch.isalpha() for ch in key):
            continue
        if key not in clusters:
            clusters[key] = _Cluster(key)
            order.append(key)
        clusters[key].mentions.append(ent)

    # Merge acronyms into the name they abbreviate, and surnames (or other
    # shorter forms ending a longer person's name) into that person.
    # Indexes instead of comparing every pair of keys (articles can name hundreds).
    # A name the tagger called an organisation or a place is still a person's when an
    # honorific marks one of its forms ('Ms. Okafor' for 'Ada Okafor' tagged ORG).
    by_initials: dict[str, list[int]] = {}
    by_suffix: dict[tuple[str, ...], list[int]] = {}
    name_like: dict[tuple[str, ...], list[int]] = {}
    for n, other in enumerate(order):
        other_words = other.split()
        by_initials.setdefault(initials(other), []).append(n)
        short = initials(" ".join(other_words[:-1]))
        if len(other_words) > 2 and other_words[-1] in _LEGAL_FORMS and len(short) > 2:
            # 'pg&e' for 'Pacific Gas & Electric Co.' (not 'ba' for 'Bank of America Corp.')
            by_initials.setdefault(short, []).append(n)
        if len(other_words) > 1 and _mostly(clusters[other], {"PERSON"}):
            for k in range(1, len(other_words)):
                by_suffix.setdefault(tuple(other_words[k:]), []).append(n)
            surname = surname_before_given(" ".join(clusters[other].mentions[0].text.split()))
            if surname:  # 'Kwok' for 'Kwok Chun-yip'
                by_suffix.setdefault((surname.lower(),), []).append(n)
        elif len(other_words) > 1 and other_words[-1] not in BODY_HEADS and \
                _mostly(clusters[other], PERSON_LIKE_LABELS):
            name_like.setdefault(tuple(other_words[-1:]), []).append(n)
    parent: dict[str, str] = {}
    for key in order:
        words = key.split()
        cands = list(by_suffix.get(tuple(words), []))
        if not cands and any(_honorific_before(m) for m in clusters[key].mentions):
            cands = list(name_like.get(tuple(words), []))
        if len(words) == 1 and len(key) >= 2:
            cands += by_initials.get(key, [])
        cands = [n for n in cands if order[n] != key and len(order[n]) > len(key)]
        # 'Mr. Hartwell' is not the 'Susan Hartwell' named first: an honorific's gender
        # rules out a full name whose first name is of the other
        said = _honorific_gender(clusters[key].mentions)
        if said:
            cands = [n for n in cands if _first_name_gender(order[n]) in (said, None)]
        if cands:
            parent[key] = order[min(cands)]

    def root(key: str) -> str:
        seen = set()
        while key in parent and key not in seen:
            seen.add(key)
            key = parent[key]
        return key

    merged: dict[str, list[Span]] = {}
    for key in order:
        merged.setdefault(root(key), []).extend(clusters[key].mentions)

    entities: list[Entity] = []
    by_key: dict[str, str] = {}
    by_token: dict[int, str] = {}
    ranked = sorted(merged.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start))
    for n, (key, mentions) in enumerate(ranked, start=1):
        entity_id = f"e{n}"
        label = Counter(m.label_ for m in mentions).most_common(1)[0][0]
        if surname_before_given(" ".join(clusters[key].mentions[0].text.split())) and \
                _mostly(clusters[key], {"PERSON"}):
            label = "PERSON"  # 'Kwok Chun-yip', with 'Kwok' alone tagged a body twice
        if label in PERSON_LIKE_LABELS and key.split()[-1] not in BODY_HEADS and \
                any(_honorific_before(m) for m in mentions):
            label = "PERSON"  # 'Mr. Varga' once, 'Varga' tagged ORG twice
        if label == "PERSON" and (key in PLATFORMS or _WEB_NAME.search(key)):
            label = "ORG"  # 'went viral on Twitter': a site, not a person
        surface = [" ".join(m.text.split()) for m in mentions]
        name = _display_name(mentions)
        aliases = sorted(set(surface) - {name})
        entities.append(Entity(entity_id, name, label, aliases, len(mentions)))
        for m in mentions:
            by_key[_canonical_key(normalise(m.text))] = entity_id
            by_key[normalise(m.text)] = entity_id
            for tok in m:
                by_token[tok.i] = entity_id
        by_key[key] = entity_id
    for key, target in parent.items():
        by_key.setdefault(key, by_key.get(root(target), ""))
    _count_untagged_repeats(doc, entities, by_key, by_token)
    index = EntityIndex(entities, by_key, by_token)
    _assign_roles(doc, index)
    return index


def _count_untagged_repeats(doc: Doc, entities: list[Entity], by_key: dict[str, str],
                            by_token: dict[int, str]) -> None:
    """Count the mentions the tagger left untagged: a capitalised one-word name written
    exactly as one of a person's or organisation's tagged forms ('Pompeo spoke of ...'
    after six tagged 'Pompeo's), standing alone, so the briefing's count is the
    article's. Only the count: the mention stays out of the token index."""
    forms = {f: e for e in entities if e.label in ("PERSON", "ORG")
             for f in (e.name, *e.aliases) if " " not in f and len(f) > 2}
    if not forms:
        return
    for tok in doc:
        entity = forms.get(tok.text)
        if entity is None or tok.i in by_token or tok.ent_type_ or tok.pos_ != "PROPN":
            continue
        if any(0 <= k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title
               for k in (tok.i - 1, tok.i + 1)):
            continue  # part of a longer name the tagger missed ('Pompeo Street')
        entity.mentions += 1


# Honorifics are not roles.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "hon", "rt", "the",
              "a", "an"}
_ROLE_DEPS = {"compound", "amod", "nmod", "prep", "pobj", "poss", "case", "npadvmod"}


def _role_from_premodifiers(mention: Span) -> str | None:
    """'Secretary of State Mike Pompeo' -> 'Secretary of State'; with nothing before the
    name, a title the tagger took into it: 'Superintendent Jennifer McCormick' ->
    'Superintendent'."""
    doc = mention.doc
    inside = set(range(mention.start, mention.end))
    i = mention.start - 1
    first = None
    while i >= 0:
        t = doc[i]
        if t.is_space or (t.is_punct and t.text not in ("-", ".")):
            break
        head_ok = t.head.i in inside or (first is not None and t.head.i >= i)
        if t.dep_ not in _ROLE_DEPS or not head_ok:
            break
        if t.ent_type_ == "PERSON":
            break
        inside.add(i)
        first = i
        i -= 1
    # a run of capitalised title words: "Secretary of State", "Foreign Minister"
    k = mention.start - 1
    run = None
    while k >= 0 and (doc[k].is_title or doc[k].is_upper or doc[k].lower_ in ("of", "for")
                      or _joining_hyphen(doc[k])) \
            and doc[k].ent_type_ != "PERSON" and (not doc[k].is_punct or _joining_hyphen(doc[k])):
        if doc[k].lower_.rstrip(".") in TITLES and doc[k].lower_.rstrip(".") not in HONORIFICS:
            run = k
        elif run is not None and run == k + 1 and doc[k].pos_ == "PROPN" and \
                doc[k].ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
            run = k  # the words of the office: 'Health Cabinet Secretary', 'Senate Majority Leader'
        k -= 1
    if run is not None and (first is None or run < first):
        first = run
    end = mention.start
    if first is None:
        # only a title the tagger took into the name ('Superintendent Jennifer McCormick'),
        # not a first name that is also a title ('Earl Thomas', 'Dean Smith')
        while end < mention.end - 1 and doc[end].lower_.rstrip(".") in TITLES and \
                doc[end].lower_.rstrip(".") not in HONORIFICS and \
                not (mention.end - end == 2 and doc[end].lower_ in first_names()):
            end += 1
        first = mention.start if end > mention.start else None
    if first is None:
        return None
    tokens = [doc[k] for k in range(first, end)]
    while tokens and tokens[0].lower_.rstrip(".") in HONORIFICS:
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_.rstrip(".") in HONORIFICS:
        tokens = tokens[:-1]
    return _role_words(tokens)


def _joining_hyphen(token) -> bool:
    """The hyphen inside 'Secretary-General', 'Attorney-General': no space either side."""
    return token.text == "-" and token.i > 0 and not token.whitespace_ and \
        not token.doc[token.i - 1].whitespace_


def _role_from_apposition(mention: Span) -> str | None:
    """'Federica Mogherini, E.U. foreign affairs chief' and 'the chief, Federica Mogherini'."""
    doc = mention.doc
    root = mention.root

    def crosses_paragraph(a: int, b: int) -> bool:  # '(all times EDT):\n\nDonald Trump'
        return any("\n" in doc[k].text for k in range(min(a, b), max(a, b) + 1))

    if root.dep_ == "appos" and root.head.ent_type_ == "" and _role_head(root.head) and \
            not crosses_paragraph(root.head.left_edge.i, root.i):
        head = root.head
        # 'Outside court, the foundation's chair, Lisa Papadakis, said' parsed with both
        # phrases in apposition to 'court': the role is the one next to the name
        beside = [c for c in head.children if c.dep_ == "appos" and c.i < mention.start
                  and c.right_edge.i < mention.start and _role_head(c)]
        if beside:
            near = beside[-1]
            return _role_words([doc[k] for k in range(near.left_edge.i, near.right_edge.i + 1)])
        # 'The Chancellor of the Exchequer, Raj Mehta': up to the name's comma
        end = head.i + 1
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at") and \
                    prep.i == end and prep.right_edge.i < mention.start:
                end = prep.right_edge.i + 1
        if end < mention.start and doc[end].text == ")" and \
                any(doc[k].text == "(" for k in range(head.left_edge.i, end)):
            end += 1  # 'of police (cyber)': the bracket closes
        return _role_words([doc[k] for k in range(head.left_edge.i, end)])
    if root.dep_ == "conj" and mention.start > 0 and doc[mention.start - 1].text == "," and \
            root.head.dep_ == "pobj" and root.head.head.lower_ in ("of", "for") and \
            root.head.head.head.i < mention.start and _role_head(root.head.head.head):
        # 'The Minister for Housing, Darragh Byrne, ...' with the name parsed as a second
        # object of 'for': the role is the phrase before the comma
        head = root.head.head.head
        return _role_words([doc[k] for k in range(head.left_edge.i, mention.start - 1)])
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ in ("", "ORG", "GPE", "NORP") and \
                _role_head(child) and not crosses_paragraph(root.i, child.right_edge.i) \
                and doc[max(child.left_edge.i - 1, 0)].text != "(":  # '(all times EDT)'
            tokens = [doc[k] for k in range(child.left_edge.i, child.right_edge.i + 1)]
            return _role_words(tokens)
    return None


def _role_head(token) -> bool:
    """Whether a word can head a stated role: a common noun ('the finance minister'),
    or a title capitalised as a name ('the Foreign Secretary')."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_ and
                                    token.lower_.rstrip(".") in TITLES)


def _role_words(tokens: list) -> str | None:
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("the", "a", "an")
                      or tokens[0].dep_ == "preconj"):  # 'either President
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and not (
            tokens[-1].text == ")" and any(t.text == "(" for t in tokens)):
        tokens = tokens[:-1]  # 'of police (cyber)' keeps its closing bracket
    if not tokens or len(tokens) > 10:
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
        return None
    text = "".join(t.text_with_ws for t in tokens).strip()
    return " ".join(text.split()) or None


def _assign_roles(doc: Doc, index: EntityIndex) -> None:
    """Give people the role or title the article states for them, first statement wins."""
    for ent in doc.ents:
        entity = index.at_token(ent.root.i)
        if entity is None or entity.role:
            continue
        if ent.label_ == "PERSON" and entity.label == "PERSON":
            role = _role_from_apposition(ent) or _role_from_premodifiers(ent)
        elif ent.label_ in PERSON_LIKE_LABELS and _first_named(ent):
            # 'Health Cabinet Secretary Dr Beatrice Kamau' with the name tagged ORG: a
            # title before a first name shows the person, and the title is the role
            role = _role_from_premodifiers(ent)
            if role and not any(w.lower().rstrip(".") in TITLES - _NOT_ALONE
                                for w in role.replace("-", " ").split()):
                role = None
        else:
            continue
        if role:
            entity.role = role


# Words of TITLES that show no person alone ('Foreign', 'Dr').
_NOT_ALONE = HONORIFICS | {"state", "foreign", "defense", "defence", "former", "u.s.", "us",
                           "senior", "vice", "prime"}


def _first_named(ent: Span) -> bool:
    """A name of two words or more opening with a usual first name ('Beatrice Kamau')."""
    words = ent.text.split()
    return len(words) > 1 and words[0].lower() in first_names()


# Labels the tagger gives people's names by mistake.
PERSON_LIKE_LABELS = {"PERSON", "ORG", "LOC", "FAC", "GPE", "NORP"}
_HONORIFIC_WORDS = {"mr", "mrs", "ms", "miss", "mx", "sir", "dame"}
# Capitalised titles that only people carry ('Governor Daniel Brooks', 'Sen. Cole').
_PERSON_TITLES = {"governor", "gov", "senator", "sen", "rep", "congressman", "congresswoman",
                  "president", "minister", "mayor", "judge", "sheriff", "premier",
                  "chancellor", "ambassador", "pope"}


def _honorific_before(mention: Span) -> bool:
    """Whether an honorific or a person's title opens the mention or stands right before
    it ('Mr. Varga', 'Governor Daniel Brooks')."""
    doc = mention.doc

    def marks(token) -> bool:
        word = token.lower_.rstrip(".")
        return word in _HONORIFIC_WORDS or (word in _PERSON_TITLES and token.text[:1].isupper())

    if len(mention) > 1 and marks(mention[0]):
        return True
    return mention.start > 0 and marks(doc[mention.start - 1])


# Honorifics that mark a gender (without their full stop); speakers.py adds royal titles.
MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "dame", "lady"})
# Read in this order, a later file's entry for a name replacing an earlier one's: the
# 1990 US Census lists, the hand-made list of names common in international news
# (which corrects the census for the world: 'wei', 'andrea'), and the hand-made list
# of the quotes module, which wins.
_FIRST_NAME_FILES = [Path(__file__).parent / "quotes" / "data" / name
                     for name in ("census_first_names.tsv", "world_first_names.tsv",
                                  "quotes_first_names.tsv")]
# The gender column's mark for a name that tells no gender (unisex, or 'm' in one
# country and 'f' in another): the name leaves the table.
_AMBIGUOUS = "x"


def _honorific_gender(mentions: list[Span]) -> str | None:
    """'m' or 'f' when the honorifics before a name's mentions all mark one gender."""
    found = set()
    for m in mentions:
        for token in (m[0], m.doc[m.start - 1] if m.start else None):
            word = token.lower_.rstrip(".") if token is not None else ""
            if word in MALE_HONORIFICS:
                found.add("m")
            elif word in FEMALE_HONORIFICS:
                found.add("f")
    return found.pop() if len(found) == 1 else None


class _FirstNames(dict):
    """The first-name table, looked up with the accents folded when a name is not in it
    as written: 'siobhán' finds 'siobhan', 'josé' finds 'jose'."""

    def __missing__(self, key: str) -> str:
        folded = _fold(key)
        if folded != key and dict.__contains__(self, folded):
            return dict.__getitem__(self, folded)
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or (
            isinstance(key, str) and dict.__contains__(self, _fold(key)))

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        try:
            return self[key]
        except KeyError:
            return default


def _fold(text: str) -> str:
    """The text without its accents ('siobhán' -> 'siobhan')."""
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _name_table() -> tuple[dict[str, str], frozenset[str]]:
    """The first-name files read once: the gender table, and the names marked x."""
    out: dict[str, str] = _FirstNames()
    either: set[str] = set()
    for path in _FIRST_NAME_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                name, gender = line.split("\t")
                if gender == _AMBIGUOUS:
                    out.pop(name, None)
                    either.add(name)
                else:
                    out[name] = gender
    return out, frozenset(either)


def first_names() -> dict[str, str]:
    """{first name: 'm' or 'f'}, the gender a lowercase first name usually marks.

    Read once (cached) from `_FIRST_NAME_FILES` in order: the 1990 US Census lists,
    then world_first_names.tsv (names common in international news), then the
    quotes module's hand-made list, a later entry replacing an earlier one. An 'x'
    entry marks a name as ambiguous and removes it ('wei': f in the census, a mostly
    male Chinese name; 'jan': m in Dutch or Polish, f in English), unless a later
    file gives it a gender again."""
    return _name_table()[0]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every usual first name, with those that tell no gender (marked x in any of the
    files: 'Jessie', 'Charlie', 'Andrea'), which `first_names` leaves out. Whether a
    name is a person's is not a question of gender. (A plain set: unlike `first_names`,
    it does not fold accents.)"""
    genders, either = _name_table()
    return frozenset(genders) | (either - _NOT_GIVEN)


# Names of either gender in the hand-made lists that open the names of places and firms
# more often than a person's ('Santa Clara', 'India Today', 'Sun Life', 'Hong Leong').
_NOT_GIVEN = frozenset({"santa", "india", "asia", "sun", "hong", "trinidad", "guadalupe",
                        "rosario", "sri", "angel", "eden", "ma", "song", "neo", "lee", "kim"})


def _first_name_gender(key: str) -> str | None:
    """The gender a full name's usual first name marks ('susan hartwell' -> 'f')."""
    words = key.split()
    return first_names().get(words[0]) if len(words) > 1 else None


# Websites and platforms the small model can take for people ('Twitter announced').
PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "tiktok", "reddit", "snapchat",
             "linkedin", "whatsapp", "telegram", "tumblr", "pinterest", "google", "wikipedia",
             "wikileaks", "substack", "yahoo", "netflix", "spotify", "uber", "airbnb"}
_WEB_NAME = re.compile(r"\.(com|org|net|gov|edu|io|co\.uk)$")
# Endings of adverbs that open a sentence ('Repeatedly, he said ...'), never of a name.
_ADVERB_ENDINGS = ("edly", "ally", "ably", "ibly", "ously", "ively", "ingly", "fully",
                   "lessly", "ently", "antly", "ately")


def _sentence_adverb(ent: Span) -> bool:
    """'Repeatedly' in 'Repeatedly, he said ...', tagged a name by the small model."""
    word = ent.text.lower()
    doc = ent.doc
    return len(ent) == 1 and word.endswith(_ADVERB_ENDINGS) and ent.start == ent.sent.start \
        and ent.end < len(doc) and doc[ent.end].text == ","


def _mostly(cluster: _Cluster, labels: set[str]) -> bool:
    """Whether at least half of a cluster's mentions carry one of `labels`."""
    return sum(m.label_ in labels for m in cluster.mentions) * 2 >= len(cluster.mentions)


def _display_name(mentions: list[Span]) -> str:
    """The fullest title-free form: 'Donald Trump' over 'Trump' or 'President Trump'."""
    forms: Counter[str] = Counter()
    for m in mentions:
        tokens = list(m)
        if tokens and tokens[0].lower_ == "the":
            tokens = tokens[1:]
        # 'Foreign Ministry' keeps 'Foreign', 'the state Department of Health' loses 'state'
        body = any(t.lower_ in BODY_HEADS for t in tokens[-1:])
        while len(tokens) > 1 and tokens[0].lower_.rstrip(".") in TITLES and (
                not body or tokens[0].is_lower):
            tokens = tokens[1:]
        while tokens and (tokens[-1].text in {"'s", "’s"} or tokens[-1].is_punct
                          or tokens[-1].is_quote):
            tokens = tokens[:-1]
        while tokens and (tokens[0].is_punct or tokens[0].is_quote):
            tokens = tokens[1:]
        if tokens:
            form = " ".join(m.doc[tokens[0].i:tokens[-1].i + 1].text.split())
            forms[form] += 1
    if not forms:
        return " ".join(mentions[0].text.split())
    best = max(forms, key=lambda f: (len(f.split()), forms[f], -len(f)))
    # words in front of a full name given as often without them are a nickname or
    # epithet, not part of the name ('Crooked Hillary Clinton' -> 'Hillary Clinton')
    for form in sorted(forms, key=lambda f: -len(f.split())):
        if len(form.split()) >= 2 and best.endswith(" " + form) and forms[form] >= forms[best]:
            best = form
    return best
