"""Who is speaking: noun phrases, names, roles and pronouns resolved to entities.

Resolution works offline over the dependency parse and the article's merged
entities (no coreference model to download):

- a subject that is (part of) a named entity mention gives that entity, its
  full name ("Mr. Putin" -> "Vladimir Putin" when the article names him so);
- a subject whose apposition names someone ("the bloc's foreign policy chief,
  Federica Mogherini,") gives that person, the rest being the role;
- a pronoun (he, she, it, they) goes to the nearest compatible antecedent
  outside quotations, scanning back sentence by sentence and preferring
  subjects; gender comes from honorifics and from earlier resolutions;
- a definite description ("the senator") goes to the person the article
  gave that title or role, when exactly one did;
- anything else is kept as written ("the expert", "sources", "a spokesman").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from reporter.analyse.entities import EntityIndex
from reporter.model import Speaker

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"it", "they", "them", "we", "us"}
FIRST_PERSON = {"i", "me", "we", "us", "you"}
MALE_HONORIFICS = {"mr", "mr.", "sir", "lord", "king", "prince"}
FEMALE_HONORIFICS = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen",
                     "princess"}
FIRST_NAMES = Path(__file__).parent / "data" / "quotes_first_names.tsv"
PEOPLE_LABELS = {"PERSON"}
GROUP_LABELS = {"ORG", "GPE", "NORP"}
# Dependents that do not belong to the words naming a speaker.
_NP_DROP = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "prep_drop", "cc", "conj"}
_LOOKBACK_SENTENCES = 6


def _clean_span(doc: Doc, start: int, end: int) -> Span:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def noun_phrase(token: Token) -> Span:
    """The words naming a speaker: the head with its modifiers, no clauses or appositions."""
    doc = token.doc
    keep = {token.i}
    stack = [token]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in _NP_DROP or child.i in keep:
                continue
            if child.dep_ == "prep" and t is token and child.i > token.i and \
                    child.lower_ not in ("of", "for", "at", "with", "from", "in"):
                continue
            keep.add(child.i)
            stack.append(child)
    # keep "Obama and Clinton" together
    for conj in token.conjuncts:
        if conj.i > token.i and conj.dep_ == "conj":
            keep.update(range(token.i, conj.i + 1))
    start, end = min(keep), max(keep) + 1
    # never across a paragraph break ("12:15 p.m.\n\nDonald Trump")
    for k in range(token.i - 1, start - 1, -1):
        if "\n" in doc[k].text:
            start = k + 1
            break
    for k in range(token.i + 1, end):
        if "\n" in doc[k].text:
            end = k
            break
    span = _clean_span(doc, start, end)
    if len(span) > 12:  # an over-long subject: keep the head and its left modifiers
        span = _clean_span(doc, token.left_edge.i, token.i + 1)
    return span


class SpeakerResolver:
    """Resolve the subject tokens of speech verbs to speakers for one Doc."""

    def __init__(self, doc: Doc, entities: EntityIndex, quoted: set[int]) -> None:
        self.doc = doc
        self.entities = entities
        self.quoted = quoted  # token indexes inside quotations
        self.gender: dict[str, str] = {}
        self.sent_of: dict[int, int] = {}
        self.sents = [s for s in doc.sents]
        for n, s in enumerate(self.sents):
            for t in s:
                self.sent_of[t.i] = n
        # entity mentions outside quotations: (token index, entity id, is subject)
        self.mentions: list[tuple[int, str, bool]] = []
        for ent in doc.ents:
            e = entities.at_token(ent.root.i)
            if e is None or ent.root.i in quoted:
                continue
            subj = ent.root.dep_ in ("nsubj", "nsubjpass") or any(
                t.dep_ in ("nsubj", "nsubjpass") for t in ent)
            self.mentions.append((ent.root.i, e.id, subj))
            if e.label == "PERSON":
                before = doc[ent.start - 1].lower_ if ent.start else ""
                if before in MALE_HONORIFICS:
                    self.gender.setdefault(e.id, "m")
                elif before in FEMALE_HONORIFICS:
                    self.gender.setdefault(e.id, "f")
        self.mentions.sort()
        # a usual first name tells the gender when no honorific did ('Laura Chen' -> she)
        names = _first_names()
        for ent in entities.entities:
            if ent.label == "PERSON" and ent.id not in self.gender:
                first = ent.name.split()[0].lower() if len(ent.name.split()) > 1 else ""
                if first in names:
                    self.gender[ent.id] = names[first]
        self.mention_at = [i for i, _, _ in self.mentions]
        # 'the senator' -> people the article gave that title or role, by head word
        self.titled: dict[str, list] = {}
        for ent in entities.entities:
            if ent.label != "PERSON":
                continue
            # the head of the role: 'the chairman' for "the state's campaign chairman",
            # never 'the campaign'
            words = (ent.role or "").split()
            if words:
                self.titled.setdefault(words[-1].strip(".,").lower(), []).append(ent)

    # -- public ---------------------------------------------------------------
    def resolve(self, token: Token, owner: bool = False) -> Speaker:
        """A Speaker for the head token of a subject (or an "according to" object); with
        `owner`, a possessive names the speaker itself ("Trump's claim" -> Trump)."""
        doc = self.doc
        low = token.lower_
        if token.pos_ == "PRON" or low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
            mention = token.text
            if low in ("who", "that", "which") and token.head.dep_ == "relcl":
                return self.resolve(token.head.head)  # "Smith, who said ..." -> Smith
            if low in FIRST_PERSON or low in ("who", "that", "which"):
                return Speaker(name=mention, mention=mention)
            ent = self.antecedent(token)
            if ent is None:
                return Speaker(name=mention, mention=mention)
            return Speaker(name=ent.name, mention=mention, role=ent.role, entity=ent.id)
        if token.dep_ == "poss" and token.head.pos_ in ("NOUN", "PROPN") and not owner:
            token = token.head  # "Obama's former strategist" is not Obama
        span = noun_phrase(token)
        ent = self.entities.at_token(token.i)
        if ent is None:
            # "E.U. foreign affairs chief, Federica Mogherini," -> the apposition
            for child in token.children:
                if child.dep_ == "appos":
                    ent = self.entities.at_token(child.i)
                    if ent is not None and ent.label in PEOPLE_LABELS | GROUP_LABELS:
                        role = " ".join(span.text.split())
                        return Speaker(name=ent.name, mention=mention_text(doc, child),
                                       role=ent.role or _role_text(role), entity=ent.id)
        if ent is None and token.dep_ == "appos":
            ent = None
        if ent is not None and ent.label in PEOPLE_LABELS | GROUP_LABELS | {"LOC", "FAC"}:
            return Speaker(name=ent.name, mention=" ".join(span.text.split()), role=ent.role,
                           entity=ent.id)
        written = " ".join(span.text.split()) or token.text
        described = self.description(token, span)
        if described is not None:
            return Speaker(name=described.name, mention=written, role=described.role,
                           entity=described.id)
        return Speaker(name=written, mention=written)

    def resolve_span(self, span: Span) -> Speaker:
        """A Speaker for a stretch of words ("― Jane Doe", "the expert:")."""
        for t in span:
            ent = self.entities.at_token(t.i)
            if ent is not None and ent.label in PEOPLE_LABELS | GROUP_LABELS:
                return Speaker(name=ent.name, mention=" ".join(span.text.split()),
                               role=ent.role, entity=ent.id)
        return Speaker(name=" ".join(span.text.split()), mention=" ".join(span.text.split()))

    def resolve_label(self, label: str) -> Speaker:
        """A transcript label ('PENCE', 'SEN. KAINE') to the person the article names."""
        words = label.replace(".", " ").split()
        last = words[-1].lower() if words else ""
        for ent in self.entities.entities:
            if ent.label in PEOPLE_LABELS and ent.name.split()[-1].lower() == last:
                return Speaker(name=ent.name, mention=label, role=ent.role, entity=ent.id)
        return Speaker(name=label, mention=label)

    def note(self, token: Token, speaker: Speaker) -> None:
        """Learn from a resolution: 'she' resolved to X tells X's gender."""
        g = PERSON_PRONOUNS.get(token.lower_)
        if g and speaker.entity:
            self.gender.setdefault(speaker.entity, g)

    # -- resolution -----------------------------------------------------------
    def antecedent(self, token: Token):
        low = token.lower_
        want_person = low in PERSON_PRONOUNS
        gender = PERSON_PRONOUNS.get(low)
        here = self.sent_of.get(token.i, 0)
        by_sentence: dict[int, list[tuple[int, str, bool]]] = {}
        # mentions are sorted by token: walk back from the pronoun, a few sentences at most
        k = bisect_left(self.mention_at, token.i) - 1
        while k >= 0:
            i, eid, subj = self.mentions[k]
            n = self.sent_of.get(i, 0)
            if here - n > _LOOKBACK_SENTENCES:
                break
            by_sentence.setdefault(n, []).insert(0, (i, eid, subj))
            k -= 1
        for n in range(here, max(-1, here - _LOOKBACK_SENTENCES - 1), -1):
            cands = []
            for i, eid, subj in by_sentence.get(n, []):
                ent = self.entities.get(eid)
                if ent is None:
                    continue
                if want_person:
                    if ent.label != "PERSON":
                        continue
                    g = self.gender.get(eid)
                    if g and gender and g != gender:
                        continue
                elif low in ("they", "them", "their"):
                    # 'Republicans said ... They ...': a group named as the subject just before
                    if not subj or here - n > 2 or ent.label != "NORP" or \
                            not self.doc[i].text.endswith("s"):
                        continue
                elif ent.label != "ORG" or low not in ("it", "its"):
                    continue
                cands.append((i, eid, subj))
            if not cands:
                continue
            if n == here:  # same sentence: the nearest mention before the pronoun
                subjects = [c for c in cands if c[2]]
                return self.entities.get((subjects or cands)[-1][1])
            subjects = [c for c in cands if c[2]]
            return self.entities.get((subjects or cands)[0][1])
        return None

    def description(self, token: Token, span: Span):
        """'the senator' -> the one person the article called senator, if exactly one."""
        if token.pos_ not in ("NOUN",) or not span or span[0].lower_ != "the":
            return None
        if any(t.pos_ == "PROPN" or self.entities.at_token(t.i) for t in span):
            return None
        found = self.titled.get(token.lemma_.lower(), [])
        return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    out = {}
    for line in FIRST_NAMES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            out[name] = gender
    return out


def mention_text(doc: Doc, token: Token) -> str:
    """The named-entity mention holding `token`, else the token."""
    if token.ent_iob_ not in ("B", "I"):
        return token.text
    lo, hi = token.i, token.i + 1
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return doc[lo:hi].text


def _role_text(text: str) -> str | None:
    text = text.strip(" ,")
    return text or None
