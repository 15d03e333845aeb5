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
from collections import Counter
from dataclasses import dataclass, field

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


def strip_titles(key: str) -> str:
    """'president donald trump' -> 'donald trump'; never strips to nothing."""
    words = key.split()
    while len(words) > 1 and words[0].rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


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

    def get(self, entity_id: str | None) -> Entity | None:
        return self._by_id.get(entity_id) if entity_id else None

    def at_token(self, i: int) -> Entity | None:
        """The entity a token belongs to, if it is part of an entity mention."""
        return self.get(self._by_token.get(i))

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
        if ent.label_ not in ACTOR_LABELS:
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
    parent: dict[str, str] = {}
    for key in order:
        words = key.split()
        best = None
        for other in order:
            if other == key or len(other) <= len(key):
                continue
            other_words = other.split()
            if (len(words) == 1 and key == initials(other) and len(key) >= 2) or (len(words) < len(other_words) and other_words[-len(words):] == words
                  and _mostly(clusters[other], "PERSON")):
                best = best or other
        if best:
            parent[key] = best

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
    return EntityIndex(entities, by_key, by_token)


def _mostly(cluster: _Cluster, label: str) -> bool:
    labels = Counter(m.label_ for m in cluster.mentions)
    return labels[label] * 2 >= sum(labels.values())


def _display_name(mentions: list[Span]) -> str:
    """The fullest title-free form: 'Donald Trump' over 'Trump' or 'President Trump'."""
    forms: Counter[str] = Counter()
    for m in mentions:
        tokens = list(m)
        if tokens and tokens[0].lower_ == "the":
            tokens = tokens[1:]
        while len(tokens) > 1 and tokens[0].lower_.rstrip(".") in TITLES:
            tokens = tokens[1:]
        if tokens and tokens[-1].text in {"'s", "’s"}:
            tokens = tokens[:-1]
        if tokens:
            form = " ".join(m.doc[tokens[0].i:tokens[-1].i + 1].text.split())
            forms[form] += 1
    if not forms:
        return " ".join(mentions[0].text.split())
    return max(forms, key=lambda f: (len(f.split()), forms[f], -len(f)))
