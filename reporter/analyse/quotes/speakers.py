"""Who is speaking: noun phrases, names, roles and pronouns resolved to entities.

Resolution works offline over the dependency parse and the article's merged
entities (no coreference model to download):

- a subject that is (part of) a named entity mention gives that entity, its
  full name ("Mr. Putin" -> "Vladimir Putin" when the article names him so);
- a subject whose apposition names someone ("the bloc's foreign policy chief,
  Federica Mogherini,") gives that person, the rest being the role;
- a pronoun (he, she, it, they) first goes to the subject of a clause it is
  embedded in ("Lynch said she recalled ...", "the campaign is seeking to
  contrast ... what they call ..."), then to the nearest compatible
  antecedent outside quotations, scanning back sentence by sentence and
  preferring subjects; a definite description of a titled person ("the
  president") counts as a mention of that person; gender comes from
  honorifics, first names and earlier resolutions; a name the tagger labelled
  an organisation still counts as a person when a first name or honorific
  marks it as one;
- a verb misparsed with several subjects ("THE BORROWING Back when ...,
  Mr. McKinley said", "His ex - wife") gives the words nearest the verb;
- a definite description ("the senator", "the Prime Minister" as British
  papers capitalise it) goes to the person the article gave that title or
  role, when exactly one did; one that is no title ("the billionaire", "the
  Democrat") to the main subject of the sentence before, when it is a person;
- a subject 'he'/'she' prefers the topic of the sentences before to a name
  met in passing in its own sentence, looks further back when nothing near
  fits, and can stand for a person described, not named ("my aunt", "a
  spokeswoman"); possessives and reflexives ("said his ...") tell genders;
- a list item that leaves its subject out ("Keeps saying ...") speaks for the
  person last placed as a source, never for the verb the parser took for a
  noun;
- anything else is kept as written ("the expert", "sources", "a spokesman").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from reporter.analyse import entities as _entities
from reporter.analyse.entities import (
    EntityIndex,
    first_names,
    given_names,
    initials,
    surname_before_given,
)
from reporter.analyse.quotes.cues import SPEECH
from reporter.model import Entity, Speaker

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
# The subject pronouns that continue a chain for each form, and a form standing for a
# person of either gender (a list item's left-out subject).
_ANY_PERSON = "~person"
PRONOUN_FORMS = {"he": ("he",), "him": ("he",), "she": ("she",), "her": ("she",),
                 "they": ("they",), "them": ("they",), _ANY_PERSON: ("he", "she")}
GROUP_PRONOUNS = {"it", "they", "them", "we", "us"}
# Possessives before a noun for those who speak for someone ('his office'), and the
# pronoun form whose antecedent they share.
_POSSESSIVE_FORMS = {"his": "he", "her": "she", "their": "they"}
_REPRESENTATIVES = {"office", "campaign", "spokesman", "spokeswoman", "spokesperson",
                    "aide", "lawyer", "attorney", "team", "staff", "representative",
                    "adviser", "advisor", "secretary", "camp", "press", "family",
                    "publicist", "agent", "counsel"}
FIRST_PERSON = {"i", "me", "we", "us", "you"}
# entities' gender honorifics as the tokens come (with a full stop or without), and the
# royal titles that mark one too
MALE_HONORIFICS = {*_entities.MALE_HONORIFICS, "mr.", "king", "prince"}
FEMALE_HONORIFICS = {*_entities.FEMALE_HONORIFICS, "mrs.", "ms.", "madam", "queen",
                     "princess"}
PEOPLE_LABELS = {"PERSON"}
GROUP_LABELS = {"ORG", "GPE", "NORP"}
# Dependents that do not belong to the words naming a speaker.
_NP_DROP = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "prep_drop", "cc", "conj"}
_LOOKBACK_SENTENCES = 6
# Documents that speak for whoever wrote them ('the agency's report', 'a survey by X').
_AUTHORED = {"report", "survey", "study", "analysis", "poll", "audit", "review", "datum",
             "figure", "filing", "finding", "record", "document", "research", "investigation",
             "assessment", "estimate"}
# Verbs that issue a document ('the ministry issued a statement').
_ISSUING = {"issue", "release", "send", "write", "post", "publish", "sign", "put", "tweet",
            "circulate", "submit", "file", "deliver", "pen"}


def _own_issuer(document: Token) -> Token | None:
    """The issuer a document's own words name: 'the agency's report', 'the police
    statement', 'a report from E! News', 'a survey by X', 'a letter signed by X'; not
    a place ('a report from Gaza')."""
    for c in document.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "compound" and c.i == document.i - 1 and (
                (c.pos_ == "PROPN" and c.ent_type_) or
                c.lemma_.lower() in _ORG_WORDS - {"court", "office", "house", "news"}):
            return c  # 'a Quinnipiac University poll', 'the police statement' (not 'court
            # documents', 'the office release': what they are, not who issued them)

        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            source = next((g for g in c.children if g.dep_ == "pobj"), None)
            if source is not None and source.ent_type_ not in _PLACES_AND_TIMES:
                return source
    return None


def _signed_by(document: Token) -> Token | None:
    """Who signed, wrote or issued a document ('a letter written by the mayor'), when
    no one is said to have issued it otherwise."""
    for c in document.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _ISSUING:
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            source = next((g for g in agent.children if g.dep_ == "pobj"), None) \
                if agent is not None else None
            if source is not None:
                return source
    return None


def _issuing_subject(document: Token) -> Token | None:
    """The active subject of the verb that issued a document: 'X said in a statement',
    'In a statement, X said', 'X issued a statement'; not 'The allegations were denied in
    a statement', nor 'Opposition leaders criticised a statement'."""
    verb = document.head
    if document.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
        if verb.lemma_.lower() not in SPEECH:
            return None
    elif document.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING:
        return None
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubjpass", "auxpass")
                                                for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


_PLACES_AND_TIMES = {"GPE", "LOC", "FAC", "DATE", "TIME"}
# Words for whoever leads something, and the titles of those who do.
_LEADER_WORDS = {"chief", "boss", "head", "leader"}
_LEADING_TITLES = {"president", "chairman", "chairwoman", "chair", "chairperson", "director",
                   "manager", "executive", "ceo", "secretary", "minister", "mayor", "leader",
                   "head", "chief", "coach"}
# Roles whose holder leads nothing ('Shadow Health Secretary', 'deputy director').
_NOT_LEADING = {"shadow", "deputy", "assistant", "former", "vice", "acting", "associate"}
# Executives' titles and their initials ('CEO', 'chief executive').
_EXECUTIVE_TITLES = {"ceo": ("chief", "executive"), "cfo": ("chief", "financial"),
                     "coo": ("chief", "operating"), "cto": ("chief", "technology")}
_EXECUTIVE_OF = {long[1]: short for short, long in _EXECUTIVE_TITLES.items()}
# Honorifics before a surname alone ('Dr Were', 'Mr. May').
_NAME_HONORIFICS = {*_entities.MALE_HONORIFICS, *_entities.FEMALE_HONORIFICS, "dr", "prof"}
# Verbs whose subject wrote a document, not only made it public ('wrote a report'; 'The
# Lancet published a study', 'The Post published a leaked memo' did not write it).
_AUTHORING = {"issue", "write", "sign", "send", "tweet", "post", "pen"}
# Documents that are the voice of whoever releases them ('released a statement').
_OWN_VOICE = {"statement", "post", "tweet", "release", "announcement"}
# Documents that speak for whoever issued them ('the statement read'), and how many
# sentences back the issuing is looked for.
_DOCUMENT_NOUNS = {"statement", "letter", "release", "memo", "email", "e-mail", "post",
                   "tweet", "message", "note", "communique", "communiqué"}
_ISSUER_SENTENCES = 3
_FAR_LOOKBACK = 20  # for a person pronoun nothing nearer fits
_UNNAMED = "#"  # an antecedent candidate described by a noun of its gender, not named
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# How a pronoun's clause hangs under the clause whose subject can bind it ("Lynch said
# she ...", "X agreed, but he said ...", "the campaign is seeking to contrast ... with
# what they call ...", "the impact it said ...").
_BINDING_PATH = {"ccomp", "xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "relcl", "dobj",
                 "acl"}
_BINDING_HOPS = 6
_GENERIC_HEADS = {"someone", "somebody", "anyone", "anybody", "one"}
# Nouns naming a person ('a spokesman said he ...'), with the gender some of them mark.
PERSON_NOUNS = {
    "spokesman": "m", "spokeswoman": "f", "man": "m", "woman": "f", "father": "m",
    "mother": "f", "husband": "m", "wife": "f", "son": "m", "daughter": "f", "brother": "m",
    "sister": "f", "boy": "m", "girl": "f", "congressman": "m", "congresswoman": "f",
    "chairman": "m", "chairwoman": "f", "businessman": "m", "businesswoman": "f",
    "spokesperson": "", "official": "", "senator": "", "president": "", "minister": "",
    "mayor": "", "governor": "", "candidate": "", "nominee": "", "director": "",
    "lawyer": "", "attorney": "", "aide": "", "adviser": "", "advisor": "", "analyst": "",
    "economist": "", "professor": "", "expert": "", "leader": "", "chief": "",
    "executive": "", "officer": "", "secretary": "", "ambassador": "", "judge": "",
    "lawmaker": "", "representative": "", "strategist": "", "researcher": "",
    "scientist": "", "doctor": "", "author": "", "manager": "", "founder": "", "owner": "",
    "resident": "", "voter": "", "supporter": "", "critic": "", "witness": "",
    "student": "", "teacher": "", "worker": "", "employee": "", "member": "",
    "commissioner": "", "prosecutor": "", "investigator": "", "diplomat": "",
    "activist": "", "historian": "", "journalist": "", "reporter": "", "editor": "",
    "host": "", "friend": "", "neighbor": "", "neighbour": "", "chancellor": "",
    "premier": "", "speaker": "", "veteran": "", "pastor": "", "coach": "", "player": "",
    "billionaire": "", "millionaire": "", "entrepreneur": "", "tycoon": "", "mogul": "",
    "magnate": "", "nurse": "", "actress": "f", "actor": "", "star": "", "celebrity": "",
    "athlete": "", "politician": "", "grandmother": "f", "grandfather": "m", "mum": "f",
    "dad": "m", "heiress": "f", "widow": "f", "widower": "m", "victim": "", "survivor": "",
    "lady": "f", "gentleman": "m", "mom": "f", "guy": "m", "child": "", "kid": "",
    "citizen": "", "immigrant": "", "refugee": "", "soldier": "", "agent": "", "cop": "",
    "pilot": "", "patient": "", "person": "", "aunt": "f", "uncle": "m", "niece": "f",
    "nephew": "m", "grandson": "m", "granddaughter": "f", "girlfriend": "f",
    "boyfriend": "m", "fiancee": "f", "fiance": "m", "stepmother": "f", "stepfather": "m",
    "advocate": "", "colleague": "", "ally": "", "rival": "", "attendee": "", "trustee": "",
    "retiree": "", "parent": "", "delegate": "", "pundit": "", "guard": "", "cleric": "",
    "scholar": "", "academic": "", "fan": "", "priest": "", "chef": "", "consultant": "",
}
# Collective nouns that English refers to as 'they' as often as 'it'.
COLLECTIVE_NOUNS = {
    "campaign", "administration", "government", "company", "team", "group", "committee",
    "party", "police", "agency", "department", "ministry", "board", "council", "union",
    "firm", "bank", "court", "family", "staff", "organization", "organisation", "coalition",
    "alliance", "network", "office", "panel", "commission", "army", "military", "league",
}
# What a business is called once named ('the company said').
_COMPANY_NOUNS = {"company", "firm", "corporation", "business", "conglomerate", "retailer",
                  "carrier", "airline", "automaker", "carmaker", "insurer", "lender",
                  "chipmaker", "manufacturer", "startup", "giant", "utility",
                  "studio", "provider", "supplier", "distributor", "brokerage",
                  "publisher", "broadcaster", "newspaper", "paper", "outlet"}
# Company nouns for a news outlet: 'the newspaper' is the paper named last, not the
# company that spoke to it ('Boeing told the New York Times ... The newspaper said').
_MEDIA_NOUNS = {"newspaper", "paper", "outlet", "broadcaster"}
# News outlets known by their initials ('the FBI' is none).
_OUTLET_INITIALS = {"BBC", "CNN", "CNBC", "NBC", "ABC", "CBS", "NPR", "AFP", "AP", "PBS",
                    "RTE", "SBS", "ITV", "RT", "DW", "NHK", "KBS", "CBC", "TOI", "SCMP", "FT",
                    "WSJ", "NYT", "UPI", "TASS"}
# Last words of a news outlet's name.
_OUTLET_WORDS = {"times", "post", "journal", "news", "herald", "guardian", "telegraph",
                 "tribune", "gazette", "press", "chronicle", "daily", "mail", "observer",
                 "express", "independent", "economist", "magazine", "radio", "television",
                 "reuters", "bloomberg", "variety", "politico", "axios", "agency", "star",
                 "standard", "sun", "mirror", "insider", "wire", "today"}
# Public bodies a description names by kind ('the agency said' after 'Customs and Border
# Protection ...'): the organisation named last, when none is called so.
_BODY_NOUNS = {"agency", "authority", "regulator", "watchdog", "bureau", "organization",
               "organisation"}
# What else a description's title may be called in the role the article gave.
_TITLE_SYNONYMS = {"minister": ("secretary",), "judge": ("justice", "magistrate")}
# Titles of those who speak or act for someone else ('Spokesman for Senator Jane Doe',
# 'Attorney for Jane Doe', 'Deputy to Mayor Eric Adams').
_SERVING = {"deputy", "assistant", "envoy", "emissary", "spokesman", "spokeswoman",
            "spokesperson", "aide", "lawyer", "attorney", "adviser", "advisor", "counsel",
            "agent", "publicist", "representative"}
# Titles only a company gives ('Lumio CEO Dana Whitcombe'); not those a person has too
# ('Clinton spokesman Brian Fallon').
_EXECUTIVES = {"ceo", "cfo", "coo", "cto", "founder", "co-founder", "cofounder"}
# The legal forms that end a company's name ('Halvorsen Lines Ltd.', 'Apex Holdings plc').
_LEGAL_FORMS = {"inc", "ltd", "llc", "plc", "corp", "co", "corporation", "limited", "ag",
                "sa", "nv", "bv", "gmbh", "asa", "ab", "oyj", "spa", "holdings", "group"}
# Words that end the name of a place or body named after someone ('Nasser Hospital', 'Jomo
# Kenyatta International Airport') and are no one's surname: never a person, whatever the
# tagger said.
_NAMED_AFTER = {"airport", "hospital", "stadium", "school", "college", "museum", "library",
                "station", "prize", "award", "memorial", "university", "institute",
                "foundation"}
# Last words of a firm's name, never of a person's ('Dick Clark Productions').
_FIRM_WORDS = {"productions", "records", "pictures", "studios", "entertainment", "media",
               "holdings", "industries", "technologies", "systems", "partners", "labs",
               "airlines", "motors", "enterprises", "ventures", "pharmaceuticals", "inc",
               "ltd", "llc", "plc", "corp"}
# Words that make a name an organisation's, whatever the tagger said.
_ORG_WORDS = {
    "committee", "party", "department", "university", "company", "inc", "corp", "association",
    "council", "news", "times", "post", "journal", "institute", "foundation", "bank", "group",
    "agency", "ministry", "office", "court", "house", "center", "centre", "union", "league",
    "network", "service", "administration", "campaign", "board", "commission", "fund", "club",
    "authority", "corporation", "trust", "society", "federation", "organisation",
    "organization", "alliance", "coalition", "bureau", "directorate", "secretariat",
    "tribunal", "assembly", "parliament", "senate", "congress", "police", "army", "navy",
    *_NAMED_AFTER, *_FIRM_WORDS,
}
# What a body is called in apposition and then by ('The group, WeWorkers Coalition, ...
# the group said'); companies and agencies are the organisation named last instead.
_GROUP_KINDS = (COLLECTIVE_NOUNS | _ORG_WORDS) - _COMPANY_NOUNS - _BODY_NOUNS


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
        self._chain: dict[int, Speaker | None] = {}  # see the end of __init__
        self._owners: set[int] = set()  # possessives being resolved (see _representative)
        self._company_ids: set[str] | None = None  # see _companies
        self._place_cache: dict[str, set[str]] | None = None  # see _places
        self._reporter_ids: dict[str, bool] | None = None  # see _reports
        self._first_at: dict[str, int] | None = None  # see _first_named
        self.sent_of: dict[int, int] = {}
        self.sents = [s for s in doc.sents]
        for n, s in enumerate(self.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = n
        tokens = list(doc)  # made once: each pass over the Doc makes every Token anew
        names = first_names()
        given = given_names()
        # people the tagger labelled otherwise ('Ava DuVernay' as ORG): a usual first
        # name or an honorific before a mention shows a person
        self.people: set[str] = set()
        for ent in entities.entities:
            words = ent.name.split()
            if len(words) > 1 and words[-1].lower().strip(".,") in _NAMED_AFTER | _FIRM_WORDS:
                continue  # 'Nasser Hospital' tagged PERSON is a hospital, 'Dick Clark
                # Productions' a firm
            if ent.label in PEOPLE_LABELS or (
                    len(words) > 1 and (words[0].lower() in names or (
                        words[0].lower() in given and _surname_alone(doc.text, words))) and
                    not (words[0].lower() in ("al", "el") and
                         words[1].lower() in _ARABIC_ARTICLE_BODIES)  # 'Al Jazeera'
                    and not any(w.lower().strip(".,") in _ORG_WORDS for w in words)):
                self.people.add(ent.id)
        # a name the tagger labelled a body or place that an apposition calls a person
        # ('Kemal Arslan, the foreign minister, ...' with the name as ORG)
        for ent in doc.ents:
            e = entities.at_token(ent.root.i)
            if e is not None and e.id not in self.people and \
                    e.label in ("ORG", "LOC", "FAC", "GPE") and _name_like(e.name) and \
                    any(a.pos_ == "NOUN" and a.lemma_.lower() in PERSON_NOUNS
                        for a in ent.root.children if a.dep_ == "appos"):
                self.people.add(e.id)
        # a surname the tagger gave another label ('Putney' as a place) is the one person
        # with that surname
        by_surname: dict[str, list[str]] = {}
        for ent in entities.entities:
            if ent.id in self.people and len(ent.name.split()) > 1:
                by_surname.setdefault(ent.name.split()[-1].lower(), []).append(ent.id)
                surname = surname_before_given(ent.name)  # 'Kwok' of 'Kwok Chun-yip'
                if surname:
                    by_surname.setdefault(surname.lower(), []).append(ent.id)
        self.by_surname = by_surname
        # entity mentions outside quotations: (token index, entity id, how much a source
        # it is placed as: see _source_rank)
        self.mentions: list[tuple[int, str, int]] = []
        covered: set[int] = set()
        for ent in doc.ents:
            e = entities.at_token(ent.root.i)
            if e is None or ent.root.i in quoted:
                continue
            if e.id not in self.people and len(ent) == 1:
                e = self.surnamed(ent.text) or e
            covered.update(range(ent.start, ent.end))
            if _alone(ent):
                continue  # 'Blunt? He does not think so.': a word asked, not someone named
            rank = max(_source_rank(t) for t in ent)
            self.mentions.append((ent.root.i, e.id, rank))
            before = doc[ent.start - 1].lower_ if ent.start else ""
            if before in MALE_HONORIFICS:
                self.gender.setdefault(e.id, "m")
                self.people.add(e.id)
            elif before in FEMALE_HONORIFICS:
                self.gender.setdefault(e.id, "f")
                self.people.add(e.id)
        # a surname the tagger missed ('Lynch said ...', 'according to Ham') still mentions
        # the person it names
        for t in tokens:
            if t.pos_ == "PROPN" and (t.dep_ not in ("compound", "flat") or
                                      _subject_read_as_compound(t)) and \
                    t.i not in covered and t.i not in quoted and t.text[:1].isupper():
                e = self.named(t.text)
                if e is not None:
                    self.mentions.append((t.i, e.id, _source_rank(t)))
            elif t.i not in covered and t.i not in quoted and beside_speech(t):
                # 'says Early', 'Early still says' with the surname read as an adverb:
                # the one person of that surname is who speaks there
                e = self.surnamed(t.text)
                if e is not None:
                    self.mentions.append((t.i, e.id, 3 if t.head.dep_ == "ROOT" else 1))
        # a person the tagger missed altogether ('Theresa May said ...'), known as one by a
        # usual first name or an honorific, is a mention too
        self.pseudo: dict[str, Speaker] = {}
        taken = {i for i, _, _ in self.mentions}
        for t in tokens:
            if t.pos_ != "PROPN" or t.dep_ not in _SUBJECT_DEPS or t.i in covered or \
                    t.i in taken or t.i in quoted:
                continue
            run = [c for c in t.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
            words = [w.text for w in run] + [t.text]
            g = None
            if words[0].lower() in MALE_HONORIFICS | FEMALE_HONORIFICS:
                g = "m" if words[0].lower() in MALE_HONORIFICS else "f"
                words = words[1:]
            elif len(words) > 1:
                g = names.get(words[0].lower())
            if g is None or not words:
                continue
            eid = f"~{t.i}"
            self.pseudo[eid] = Speaker(name=" ".join(words))
            self.people.add(eid)
            self.gender[eid] = g
            self.mentions.append((t.i, eid, _source_rank(t)))
        # a usual first name tells the gender when no honorific did ('Laura Chen' -> she)
        # ('Laura' alone too, when no one's surname is Laura)
        for ent in entities.entities:
            if ent.id in self.people and ent.id not in self.gender:
                words = ent.name.split()
                first = words[0].lower() if len(words) > 1 else ""
                if len(words) == 1 and words[0].lower() not in by_surname:
                    first = words[0].lower()
                if first in names:
                    self.gender[ent.id] = names[first]
        # 'The group, WeWorkers Coalition, formed ...', 'Doctors United, a group of
        # physicians, ...': what an organisation is called in apposition ('the group');
        # 'the company' and 'the agency' are `_last_organisation`'s
        self.kind_of: dict[str, list[Entity]] = {}
        for t in tokens:
            if t.dep_ != "appos":
                continue
            for noun, name in ((t.head, t), (t, t.head)):
                org = self.entities.at_token(name.i)
                kind = noun.lemma_.lower()
                if noun.pos_ == "NOUN" and kind in _GROUP_KINDS and org is not None and \
                        org.label == "ORG" and org not in self.kind_of.get(kind, []):
                    self.kind_of.setdefault(kind, []).append(org)
        # 'the senator' -> people the article gave that title or role, by head word
        # (the person, the words of the role or title)
        self.titled: dict[str, list[tuple[Entity, list[str]]]] = {}
        for ent in entities.entities:
            if ent.id not in self.people:
                continue
            # the head of the role: 'the chairman' for "the state's campaign chairman",
            # never 'the campaign'; 'the chancellor' for 'Chancellor of the Exchequer'
            words = (ent.role or "").lower().split()
            head = words[:next((k for k, w in enumerate(words) if w in _ROLE_PREPS and k),
                               len(words))]
            if head:
                self.titled.setdefault(head[-1].strip(".,"), []).append((ent, words))
        # a title before a name ('Sen. Ruth Bader', 'Deputy Minister Omar Haddad') also
        # tells what 'the senator' or 'the deputy minister' is
        for ent in doc.ents:
            e = entities.at_token(ent.root.i)
            if e is None or e.id not in self.people:
                continue
            title = _title_before(ent)
            if title and not any(x.id == e.id for x, _ in self.titled.get(title[-1], [])):
                self.titled.setdefault(title[-1], []).append((e, title))
        # 'the CS' for 'Health Cabinet Secretary', 'the AG' for 'Attorney General': a
        # title's initials, two words or more; and the executives written both ways
        # ('the CEO' for a chief executive, 'the chief executive' for a CEO)
        self.acronyms: dict[str, list[Entity]] = {}
        self.executives: dict[str, list[Entity]] = {}  # 'ceo' -> the chief executive(s)
        for entries in list(self.titled.values()):
            for e, words in entries:
                # 'Deputy commissioner of police (cyber)' is a DCP: what the brackets
                # add is no part of the initials
                plain = re.sub(r"\([^)]*\)?", " ", " ".join(words))
                office = [w for w in plain.replace("-", " ").split() if w not in _ROLE_PREPS]
                for n in range(2, len(office) + 1):
                    found = self.acronyms.setdefault("".join(w[0] for w in office[-n:]), [])
                    if e not in found:
                        found.append(e)
                for short, long in _EXECUTIVE_TITLES.items():
                    said_so = short in office or any(
                        office[k:k + len(long)] == list(long) for k in range(len(office)))
                    if said_so and e not in self.executives.get(short, []):
                        self.executives.setdefault(short, []).append(e)
        # 'the president' is a mention of the one person titled so, for later pronouns
        for t in tokens:
            if t.i not in quoted and t.i not in covered and self._title_head(t) and \
                    not any(c.dep_ == "appos" and c.i in covered for c in t.children):
                # ('the author of the report, Lena Vogt': the name is the mention)
                described = self.description(t, noun_phrase(t))
                if described is not None:
                    self.mentions.append((t.i, described.id, _source_rank(t)))
        # 'the CS' is the Cabinet Secretary, not a body called CS; 'the Scot' is the
        # manager named before, not a person called Scot
        for t in tokens:
            if t.i in quoted or not t.ent_type_ or t.i == 0 or doc[t.i - 1].lower_ != "the":
                continue
            holder = self._acronym_title(t, noun_phrase(t))
            if holder is None and _demonym(t, self.entities.at_token(t.i)):
                found = self.epithet(t, noun_phrase(t))
                holder = self.entities.get(found.entity) if found and found.entity else None
            if holder is not None:
                self.mentions = [m for m in self.mentions if m[0] != t.i]
                self.mentions.append((t.i, holder.id, _source_rank(t)))
        self.mentions.sort()
        self.mention_at = [i for i, _, _ in self.mentions]
        # 'Tom Alder said his party ...', 'Ms. Cole defended herself': a possessive or
        # reflexive in a sentence naming one person only, the subject of its clause,
        # shows that person's gender
        people_in: dict[int, set[str]] = {}
        for i, eid, _ in self.mentions:
            if eid in self.people:
                people_in.setdefault(self.sent_of.get(i, -1), set()).add(eid)
        for t in tokens:
            g = _OWN_FORMS.get(t.lower_)
            if g is None or t.i in quoted or (t.lower_ == "her" and t.dep_ != "poss"):
                continue
            subj = _clause_subject(t)
            ent = self.entities.at_token(subj.i) if subj is not None else None
            if ent is not None and subj.i not in quoted and \
                    people_in.get(self.sent_of.get(t.i, -1)) == {ent.id}:
                self.gender.setdefault(ent.id, g)
        # 'DuVernay said she felt ...' shows a person, and her gender, for later pronouns
        for t in tokens:
            if t.lower_ in ("he", "she") and t.i not in quoted:
                found = self.bound(t)
                if found is not None and found.entity is not None:
                    self.people.add(found.entity)
                    self.gender.setdefault(found.entity, PERSON_PRONOUNS[t.lower_])
        # 'He ... He ..., he said': a subject pronoun continues the chain of the one before
        # it; resolved in text order, each link once
        for t in tokens:
            if t.lower_ in ("he", "she", "they") and t.dep_ in _SUBJECT_DEPS and \
                    t.i not in quoted:
                self._chain[t.i] = self.bound(t) or self.antecedent(t)

    # -- public ---------------------------------------------------------------
    def resolve(self, token: Token, owner: bool = False) -> Speaker:
        """A Speaker for the head token of a subject (or an "according to" object); with
        `owner`, a possessive names the speaker itself ("Trump's claim" -> Trump)."""
        doc = self.doc
        low = token.lower_
        if token.lower_ in _GENERIC_HEADS:
            # 'someone like Mr. Clarke' -> Mr. Clarke
            like = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "like"
                    for g in c.children if g.dep_ == "pobj"]
            if like and (like[0].pos_ == "PROPN" or self.entities.at_token(like[0].i)):
                return self.resolve(like[0])
        if low in ("'s", "’s") and token.i and doc[token.i - 1].lower_ == "let":
            return Speaker(name="us", mention=token.text)  # "let's say ...": the writer
        if token.pos_ == "PRON" or low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
            mention = token.text
            if low in ("who", "that", "which") and token.head.dep_ == "relcl":
                noun = token.head.head
                if low == "who" and not self._who_fits(noun):
                    # 'to calm investors in London, who have warned': 'who' is
                    # people, named a few words before it
                    start = max(token.sent.start, token.i - 10)
                    noun = next((t for t in reversed(self.doc[start:token.i])
                                 if t.pos_ in ("NOUN", "PROPN") and t.i not in self.quoted
                                 and t.dep_ not in ("compound", "amod", "poss")
                                 and self._who_fits(t)), noun)
                return self.resolve(noun)  # "Smith, who said ..." -> Smith
            if low in FIRST_PERSON or low in ("who", "that", "which"):
                return Speaker(name=mention, mention=mention)
            found = self.bound(token) or self.antecedent(token)
            if found is None:
                return Speaker(name=mention, mention=mention)
            return Speaker(name=found.name, mention=mention, role=found.role,
                           entity=found.entity)
        if token.lemma_.lower() in _AUTHORED | _DOCUMENT_NOUNS and token.i not in self._owners:
            # 'according to the agency's report', '"...," the statement read'
            issuer = self._issuer(token)
            if issuer is not None:
                return Speaker(name=issuer.name,
                               mention=" ".join(noun_phrase(token).text.split()),
                               role=issuer.role, entity=issuer.entity)
        if token.dep_ == "poss" and token.head.pos_ in ("NOUN", "PROPN") and not owner:
            token = token.head  # "Obama's former strategist" is not Obama
        if token.dep_ == "appos" and self.entities.at_token(token.head.i) is not None and \
                self.entities.at_token(token.i) is None:
            token = token.head  # 'McConnell, now the Senate majority leader, who said'
        if _list_item_verb(token, self.entities.at_token(token.i) is not None or
                           self.entities.lookup(token.text) is not None):
            # 'Keeps claiming she ...', 'Calls critics ...': a list item whose subject is left
            # out is about the person the list is about
            found = self.antecedent(token, _ANY_PERSON)
            if found is None:
                return Speaker()
            return Speaker(name=found.name, role=found.role, entity=found.entity)
        token, run_start = self._nearest_subject(token)
        span = noun_phrase(token)
        if run_start is not None and run_start < span.start:
            span = _clean_span(doc, run_start, span.end)
        ent = self.entities.at_token(token.i)
        if ent is None and token.pos_ == "PROPN":
            ent = self.entities.abbreviated(token.text)  # 'says WHO', left untagged
        if ent is None:
            # "E.U. foreign affairs chief, Federica Mogherini," -> the apposition
            for child in _appositions(token):
                ent = self.entities.at_token(child.i)
                if ent is not None and ent.label in PEOPLE_LABELS | GROUP_LABELS:
                    role = " ".join(span.text.split())
                    # 'The two firms, Apex and Borealis, said': both
                    more = [e for c in child.conjuncts if c.i > child.i
                            if (e := self.entities.at_token(c.i)) is not None and e.id != ent.id]
                    if more and token.tag_ in ("NNS", "NNPS"):
                        return Speaker(name=_joined([ent.name] + [e.name for e in more]),
                                       mention=" ".join(span.text.split()))
                    return Speaker(name=ent.name, mention=mention_text(doc, child),
                                   role=ent.role or _role_text(role), entity=ent.id)
        member = self._titled_member(token) or self._title_holding_name(token)
        if member is not None:
            person, title_start = member
            return Speaker.of(person, " ".join(
                doc[title_start:token.head.i].text.split()))
        titled = self._acronym_title(token, span)
        if titled is not None:
            return Speaker.of(titled, " ".join(span.text.split()))
        if token.tag_ == "NNP" and _demonym(token, ent) and span and span[0].lower_ == "the":
            # 'the Democrat said', 'the Briton said': one person, named before
            found = self.epithet(token, span)
            if found is not None:
                return Speaker(name=found.name, mention=" ".join(span.text.split()),
                               role=found.role, entity=found.entity)
        if ent is not None and ent.label in PEOPLE_LABELS | GROUP_LABELS | {"LOC", "FAC"}:
            # 'McConnell and Ryan said ...': a joint statement, by both
            others = [self.entities.at_token(c.i) for c in token.conjuncts if c.i > token.i]
            others = [o for o in others if o is not None and o.id != ent.id and
                      (o.label == ent.label or {o.id, ent.id} <= self.people)]
            if others and len(others) == len([c for c in token.conjuncts if c.i > token.i]):
                return Speaker(name=_joined([ent.name] + [o.name for o in others]),
                               mention=" ".join(span.text.split()))
            return Speaker(name=_with_acronym(ent.name, token),
                           mention=" ".join(span.text.split()), role=ent.role,
                           entity=ent.id)
        written = " ".join(span.text.split()) or token.text
        opener = self._name_before_verb(span) if ent is None else None
        if opener is not None:
            return Speaker.of(opener, written)
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and token.lower_.rstrip(".") in _NAME_HONORIFICS and \
                after.is_title and after.is_alpha and after.i not in self.quoted and \
                token.dep_ in _SUBJECT_DEPS:
            # 'Dr Were said' with the surname read as a verb ('Were'), 'Mr May said': the
            # one person of that surname, unless the honorific says another gender ('Otieno
            # Were led the strike ... Mrs Were said' is his wife)
            named = self.surnamed(after.text)
            said = "m" if token.lower_.rstrip(".") in _entities.MALE_HONORIFICS else \
                "f" if token.lower_.rstrip(".") in _entities.FEMALE_HONORIFICS else None
            written = f"{token.text} {after.text}"
            if named is None or (said and self.gender.get(named.id, said) != said):
                return Speaker(name=written, mention=written)
            return Speaker.of(named, written)
        if token.pos_ == "PROPN" or beside_speech(token) or (
                token.text[:1].isupper() and token.tag_ == "NN" and
                not any(True for _ in token.children)):
            # a surname the tagger missed ('"...," Vogt said'), or took for a bare noun
            # ('Price blamed the weather' after 'Dana Price') or an adverb ('Early says'),
            # is the person it names
            named = self.surnamed(token.text)
            if named is not None:
                return Speaker.of(named, written)
        described = self.description(token, span)
        if described is not None:
            return Speaker.of(described, written)
        found = self.epithet(token, span)
        if found is not None:
            return Speaker(name=found.name, mention=written, role=found.role,
                           entity=found.entity)
        owned = self._representative(token, span)
        if owned is not None:
            return Speaker(name=owned, mention=written)
        return Speaker(name=written, mention=written)

    def _representative(self, token: Token, span: Span) -> str | None:
        """'His office said', 'her spokeswoman said': who speaks for whom, with the
        possessive named ('Eric Holcomb's office'), since 'His office' means nothing in a
        list of speakers."""
        if token.lemma_.lower() not in _REPRESENTATIVES:
            return None
        poss = next((c for c in token.children if c.dep_ == "poss"
                     and c.lower_ in _POSSESSIVE_FORMS), None)
        if poss is None or poss.i != span.start or poss.i in self._owners:
            return None
        self._owners.add(poss.i)  # 'Their aides said' may lead back here through 'they'
        try:
            found = self.antecedent(poss, _POSSESSIVE_FORMS[poss.lower_])
        finally:
            self._owners.discard(poss.i)
        if found is None or not found.entity or not found.name:
            return None
        rest = " ".join(self.doc[poss.i + 1:span.end].text.split())
        return f"{found.name}'s {rest}"

    def _titled_member(self, token: Token) -> tuple[Entity, int] | None:
        """'Kenya Medical Practitioners Union (KMPDU) Secretary-General Dr Otieno Were
        said': the parser makes the body the subject and the person its apposition; the
        one who speaks is the person whose title follows the body, named right before
        the verb."""
        verb = token.head
        if token.dep_ not in _SUBJECT_DEPS or self.entities.at_token(token.i) is None:
            return None
        for a in token.children:
            person = self.entities.at_token(a.i) if a.dep_ == "appos" else None
            if person is None or person.id not in self.people or a.i > verb.i:
                continue
            end = a.i + 1
            while end < verb.i and self.entities.at_token(end) is person:
                end += 1
            titles = {w.lower().rstrip(".") for t in self.doc[a.left_edge.i:a.i]
                      for w in t.text.split("-")}
            if end == verb.i and titles & (_TITLES | _EXECUTIVES):
                return person, a.left_edge.i  # and where its title starts, for the mention
        return None

    def _title_holding_name(self, token: Token) -> tuple[Entity, int] | None:
        """'Secretary for Security Kwok Chun-yip told lawmakers': the parser makes the
        title the subject and the name the object of its 'for'; the one who speaks is
        the person named at the end of the title, right before the verb."""
        verb = token.head
        title = token.lower_.rstrip(".")
        if token.dep_ not in _SUBJECT_DEPS or self.entities.at_token(token.i) is not None \
                or title not in _TITLES or title in _SERVING or \
                not token.text[:1].isupper():
            return None
        last = token.right_edge
        person = self.entities.at_token(last.i)
        prep = next((c for c in token.children if c.dep_ == "prep"), None)
        if person is None or person.id not in self.people or last.i + 1 != verb.i or \
                prep is None or prep.lower_ not in ("for", "of") or prep.i != token.i + 1:
            return None
        # 'for Security' before the name: words of a portfolio, capitalised, no verb, no
        # title of someone else ('Spokesman for Senator Jane Doe' is not Jane Doe)
        portfolio = [t for t in self.doc[prep.i + 1:last.i + 1]
                     if self.entities.at_token(t.i) is not person]
        if not portfolio or any(
                not (t.text[:1].isupper() or t.text in ("-", "&", "and")) or
                t.pos_ in ("VERB", "AUX") or t.lower_.rstrip(".") in _TITLES
                for t in portfolio):
            return None
        return person, token.left_edge.i

    def _acronym_title(self, token: Token, span: Span) -> Entity | None:
        """'the CS said' -> the one person whose title has those initials ('Health
        Cabinet Secretary Beatrice Kamau'), whatever label the tagger gave 'CS'; never an
        organisation the article names by those initials ('the WHO'). So too a title the
        tagger took for a name ('The Tánaiste' as an organisation)."""
        if token.ent_type_ and token.ent_iob_ == "B" and span and span[0].lower_ == "the" \
                and len(span) == 2 and token.lower_ in self.titled and \
                token.lower_ in _TITLES and token.text[:1].isupper():
            return self.description(token, span) if token.pos_ == "NOUN" else \
                self._latest([e for e, _ in self.titled[token.lower_]], token)
        short = token.text.replace(".", "")
        if not (2 <= len(short) <= 4 and short.isupper() and short.isalpha()) or \
                not span or span[0].lower_ != "the":
            return None
        if short.lower() in self.executives:  # 'the CEO' for the chief executive
            return self._latest(self.executives[short.lower()], token)
        if short.lower() not in self.acronyms:
            return None
        if any(initials(e.name.lower()) == short.lower() and e.label not in PEOPLE_LABELS
               for e in self.entities.entities):
            return None
        return self._latest(self.acronyms[short.lower()], token)

    def _issuer(self, document: Token) -> Speaker | None:
        """Who a document speaks for. Its own words name them ('the agency's report', 'the
        police statement', 'a survey by Penelope Abernathy', 'a letter signed by the
        mayor'); else '"...," the statement read' is the statement the article last said
        someone issued ('In a statement, the council said ...', 'the council said in a
        statement', 'the ministry issued a statement'), a few sentences back at most."""
        asked = document.i
        self._owners.add(asked)
        try:
            own = _own_issuer(document) or _signed_by(document)
            if own is None and document.dep_ == "dobj" and (
                    document.head.lemma_.lower() in _AUTHORING or
                    document.lemma_.lower() in _OWN_VOICE):
                # 'The company published a blog post that said ...': issued right there;
                # not 'The Lancet published a study that found ...', which it only printed
                own = _issuing_subject(document)
            if own is not None:
                return self._as_issuer(own)
            if document.lemma_.lower() not in _DOCUMENT_NOUNS or \
                    document.left_edge.lower_ != "the":
                return None
            for _ in range(_ISSUER_SENTENCES):  # 'The statement ... claimed' names it again
                earlier = self._mentioned_before(document)
                if earlier is None:
                    return None
                own = _own_issuer(earlier)
                if own is not None:
                    return self._as_issuer(own)
                if earlier.dep_ not in _SUBJECT_DEPS:
                    source = _issuing_subject(earlier) or _signed_by(earlier)
                    return self._as_issuer(source) if source is not None else None
                document = earlier
            return None
        finally:
            self._owners.discard(asked)

    def _first_named(self, entity_id: str) -> int:
        """Where the article first names an entity, quotations included."""
        if self._first_at is None:
            self._first_at = {}
            for ent in self.doc.ents:
                if (e := self.entities.at_token(ent.root.i)) is not None:
                    self._first_at.setdefault(e.id, ent.start)
        return self._first_at.get(entity_id, len(self.doc))

    def _window_start(self, token: Token, sentences: int = _LOOKBACK_SENTENCES) -> int:
        """Where looking back from `token` stops: the start of the sentence `sentences`
        before its own."""
        return self.sents[max(self.sent_of.get(token.i, 0) - sentences, 0)].start

    def _mentioned_before(self, document: Token) -> Token | None:
        """The same kind of document mentioned last before this one, outside quotations,
        a few sentences back at most."""
        first = self._window_start(document, _ISSUER_SENTENCES)
        lemma = document.lemma_.lower()
        return next((t for t in reversed(self.doc[first:document.left_edge.i])
                     if t.lemma_.lower() == lemma and t.i not in self.quoted), None)

    def _as_issuer(self, token: Token) -> Speaker | None:
        """The speaker an issuer's words name, when they name someone ('the agency' left
        unresolved, or an unresolved 'his', is no one)."""
        if token.i in self.quoted or token.i in self._owners:
            return None
        if token.dep_ == "compound" and token.pos_ == "NOUN":
            return Speaker(name=token.text)  # 'the police statement'
        self._owners.add(token.i)
        try:
            found = self.resolve(token, owner=True)
        finally:
            self._owners.discard(token.i)
        if token.pos_ == "PROPN" and (found.entity is None or "," in (found.name or "")):
            # a name the tagger missed ('a new report from E! News'): its own words, not
            # a phrase the parse ran on into ('by Politico, Democratic party insiders')
            lo = token.i
            while lo > 0 and self.doc[lo - 1].dep_ in ("compound", "nmod", "flat") and \
                    self.doc[lo - 1].head.i <= token.i:
                lo -= 1
            return Speaker(name=self.doc[lo:token.i + 1].text)
        if found.entity is None and token.pos_ == "PRON":
            return None  # 'his statement' with 'his' unresolved
        name = found.name or ""
        for suffix in ("'s", "’s"):  # "the government's statement"
            name = name.removesuffix(suffix)
        return Speaker(name=name, mention=found.mention, role=found.role, entity=found.entity)

    def _name_before_verb(self, span: Span) -> Entity | None:
        """The person or body opening a phrase whose next word is a verb the parser read
        as a noun, the phrase running on after it: 'Elizabeth Warren Hammers Wells Fargo
        CEO: "..."' (a headline) or 'Trump demands accountability ..., yet refuses to
        explain' make one noun phrase of the name, the verb and its object, and the
        speaker is the name. 'Trump supporters said' keeps its people noun."""
        first = self.entities.at_token(span.start)
        if first is None or first.label not in PEOPLE_LABELS | GROUP_LABELS:
            return None
        k = span.start
        while k < span.end and self.entities.at_token(k) is first:
            k += 1
        if k >= span.end - 1:  # the word after the name must not be the phrase's head
            return None
        word = self.doc[k]
        if word.dep_ != "compound" or not word.lower_.endswith("s") or \
                word.tag_ not in ("NNS", "NNP", "NNPS", "VBZ") or people_noun(word) or \
                self.entities.at_token(k) is not None:
            return None
        return first

    def resolve_span(self, span: Span) -> Speaker:
        """A Speaker for a stretch of words ("― Jane Doe", "the expert:")."""
        for t in span:
            ent = self.entities.at_token(t.i)
            if ent is not None and ent.label in PEOPLE_LABELS | GROUP_LABELS:
                written = " ".join(span.text.split())
                words = written.split()
                if len(ent.name.split()) < len(words) <= 4 and written.startswith(ent.name) and all(
                        w[:1].isupper() and w.isalpha() for w in words):
                    # '― Nadia Carden Hale' with only 'Nadia' tagged: the whole signature
                    return Speaker(name=written, mention=written)
                return Speaker.of(ent, written)
        return Speaker(name=" ".join(span.text.split()), mention=" ".join(span.text.split()))

    def resolve_label(self, label: str) -> Speaker:
        """A transcript label ('PENCE', 'SEN. KAINE') to the person the article names."""
        words = label.replace(".", " ").split()
        last = words[-1].lower() if words else ""
        for ent in self.entities.entities:
            if ent.id in self.people and ent.name.split()[-1].lower() == last:
                return Speaker.of(ent, label)
        return Speaker(name=label, mention=label)

    def _who_fits(self, token: Token) -> bool:
        """Whether 'who' can stand for a word: a person or people, not a place or thing."""
        if token.pos_ == "PRON":
            return True
        ent = self.entities.at_token(token.i)
        if ent is not None:
            return ent.label in ("PERSON", "NORP") or ent.id in self.people
        return token.pos_ == "NOUN" and (people_noun(token) or
                                         token.lemma_.lower() in PERSON_NOUNS)

    def named(self, text: str) -> Entity | None:
        """The entity a name the tagger missed stands for: one the article uses, or the
        surname of the one person it names so ('Quimbley later informed ...' after 'Harold
        Quimbley')."""
        return self.entities.lookup(text) or self.surnamed(text)

    def surnamed(self, word: str) -> Entity | None:
        """The one person the article names with this surname, if exactly one."""
        same = self.by_surname.get(word.lower(), [])
        return self.entities.get(same[0]) if len(same) == 1 else None

    def note(self, token: Token, speaker: Speaker) -> None:
        """Learn from a resolution: 'she' resolved to X tells X's gender."""
        g = PERSON_PRONOUNS.get(token.lower_)
        if g and speaker.entity:
            self.gender.setdefault(speaker.entity, g)
            self.people.add(speaker.entity)

    # -- resolution -----------------------------------------------------------
    def _nearest_subject(self, token: Token) -> tuple[Token, int | None]:
        """Of several subjects the parse gave one verb (a misparse: 'THE BORROWING Back
        when ..., Mr. McKinley said', 'His ex - wife agreed'), the run of adjacent ones
        nearest the verb: its head word, and where its words start when it has several."""
        if token.dep_ not in _SUBJECT_DEPS or token.i > token.head.i:
            return token, None
        verb = token.head
        side = sorted(c.i for c in verb.children if c.dep_ == token.dep_ and c.i < verb.i)
        if len(side) < 2:
            return token, None
        run = [side[-1]]
        while run[-1] - 1 in side:
            run.append(run[-1] - 1)
        start = min(self.doc[i].left_edge.i for i in run) if len(run) > 1 else None
        if token.i in run:
            return self.doc[run[0]], start
        nearer = self.doc[run[0]]
        # a named subject stays ('Paul Ryan, despite ..., the victims "deserve ..."');
        # other words before the verb's own subject are the misparse
        if self.entities.at_token(token.i) is not None:
            return token, None
        return nearer, start

    def _compatible(self, pronoun: Token, cand: Token) -> Speaker | None:
        """What `cand` (a subject) names, if the pronoun can stand for it."""
        low = pronoun.lower_
        if cand.i in self.quoted or cand.pos_ == "PRON" or cand.lower_ in ("who", "that",
                                                                            "which"):
            return None
        ent = self.entities.at_token(cand.i)
        if ent is None and cand.pos_ == "PROPN":
            ent = self.named(mention_text(self.doc, cand))
        if ent is None:
            # 'The local MP, Rachel Aldous, said she ...': the name in apposition
            ent = next((e for c in _appositions(cand)
                        if (e := self.entities.at_token(c.i)) is not None
                        and e.label in PEOPLE_LABELS | GROUP_LABELS), None)
        if low in PERSON_PRONOUNS:
            want = PERSON_PRONOUNS[low]
            if ent is not None:
                # a name the tagger called an organisation or a place can be a person's
                # ('Ava DuVernay said she ...'), never a one-word one ('Patriot')
                if ent.id not in self.people and not (
                        cand.pos_ == "PROPN" and ent.label in ("ORG", "LOC", "FAC")
                        and _name_like(ent.name)):
                    return None
                g = self.gender.get(ent.id)
                if g and g != want:
                    return None
                return Speaker.of(ent)
            if cand.tag_ in ("NNS", "NNPS"):
                return None  # 'she' is not 'at least four officers'
            title = self._title_head(cand)
            if cand.pos_ == "NOUN" or title:
                g = PERSON_NOUNS.get(title or cand.lemma_.lower())
                if g is None and title is None:
                    return None
                if g and g != want:
                    return None
                found = self.resolve(cand)
                if found.entity is None and cand.left_edge.lower_ == "the":
                    return None  # 'the GOP candidate' is itself anaphoric: look further back
                return found
            return None
        if ent is not None:
            if ent.id in self.people and not (low in ("they", "them") and
                                              self._body_like(ent)):
                return None
            if low == "it" and ent.label in ("ORG", "GPE"):
                return Speaker.of(ent)
            if low in ("they", "them") and (ent.label in ("ORG", "NORP") or
                                            self._body_like(ent)):
                more = [e for c in cand.conjuncts if c.i > cand.i
                        if (e := self.entities.at_token(c.i)) is not None and e.id != ent.id
                        and e.label in ("ORG", "NORP") and e.id not in self.people]
                if more:  # 'Apple and Google said they ...': both
                    return Speaker(name=_joined([ent.name] + [e.name for e in more]))
                return Speaker.of(ent)
            return None
        if cand.pos_ != "NOUN" or cand.lemma_.lower() in PERSON_NOUNS:
            return None
        plural = cand.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in cand.children)
        collective = cand.lemma_.lower() in COLLECTIVE_NOUNS
        if low == "it" and not plural:
            return self.resolve(cand)
        if low in ("they", "them") and (collective or (plural and people_noun(cand))):
            return self.resolve(cand)
        return None

    def bound(self, token: Token) -> Speaker | None:
        """The subject of a clause the pronoun's clause is embedded in: 'Lynch said she
        recalled ...' -> Lynch; 'the campaign is seeking ... what they call' -> the
        campaign."""
        if token.lower_ not in ("he", "she", "it", "they"):
            return None
        v = token.head
        for _ in range(_BINDING_HOPS):
            if v.dep_ not in _BINDING_PATH or v.head.i == v.i:
                return None
            up = v.head
            if up.pos_ in ("VERB", "AUX"):
                for c in up.children:
                    if c.dep_ in _SUBJECT_DEPS and c.i != token.i:
                        found = self._compatible(token, c)
                        if found is not None and found.entity in self._named_after(token):
                            found = None  # see _named_after
                        if found is not None:
                            return found
                        # 'The report said he ...': a subject the pronoun cannot stand
                        # for ends the search
                        if c.pos_ != "PRON" and v.dep_ in ("ccomp", "xcomp") and (
                                c.pos_ != "NOUN" or c.tag_ in ("NNS", "NNPS")
                                or self.entities.at_token(c.i) is not None):
                            return None
            v = up
        return None

    def _named_after(self, token: Token) -> set[str]:
        """The entities named in the rest of a subject pronoun's clause, which it cannot
        stand for: in 'after he admitted under Kane's questioning' he is not Kane."""
        if token.dep_ not in _SUBJECT_DEPS or token.i > token.head.i:
            return set()
        found = set()
        for t in token.head.subtree:
            if t.i > token.i and t.i not in self.quoted:
                ent = self.entities.at_token(t.i)
                if ent is not None:
                    found.add(ent.id)
        return found

    def antecedent(self, token: Token, form: str | None = None,
                   reach: int = _LOOKBACK_SENTENCES) -> Speaker | None:
        """The mention a pronoun stands for, scanning back `reach` sentences at most;
        `form` stands in for the pronoun's own form (_ANY_PERSON: a person of either
        gender)."""
        low = form or token.lower_
        want_person = low in PERSON_PRONOUNS or low == _ANY_PERSON
        gender = PERSON_PRONOUNS.get(low)
        here = self.sent_of.get(token.i, 0)
        deferred: list[tuple[int, str, int]] = []
        not_this = self._named_after(token)
        unnamed: list[int] = []  # people described, not named, as subjects: a last resort
        by_sentence: dict[int, list[tuple[int, str, int]]] = {}
        # mentions are sorted by token: walk back from the pronoun, a few sentences at most
        k = bisect_left(self.mention_at, token.i) - 1
        while k >= 0:
            i, eid, subj = self.mentions[k]
            n = self.sent_of.get(i, 0)
            if here - n > reach:
                break
            by_sentence.setdefault(n, []).insert(0, (i, eid, subj))
            k -= 1
        for n in range(here, max(-1, here - reach - 1), -1):
            cands = []
            for i, eid, subj in by_sentence.get(n, []):
                ent = self.entities.get(eid)
                if (ent is None and eid not in self.pseudo) or eid in not_this:
                    continue
                label = ent.label if ent is not None else "PERSON"
                if want_person:
                    if eid not in self.people or (low == _ANY_PERSON and not subj):
                        continue  # a list's subject is a source, not any name in passing
                    if eid in self._companies():
                        continue  # 'Lumio CEO Dana Whitcombe': Lumio is no 'he'

                    g = self.gender.get(eid)
                    if g and gender and g != gender:
                        continue
                    if not subj and gender and ent is not None and ent.mentions == 1 and \
                            (i == self.sents[n].start or _place_object(self.doc[i])) and \
                            self._body_like(ent):
                        # 'Flour prices have doubled', 'a retired nurse from Harray': a
                        # capitalised word opening its sentence, or where someone is from,
                        # that the tagger took for a one-word name, once and in passing,
                        # is no one 'he' stands for
                        continue
                elif low in ("they", "them", "their"):
                    # 'Republicans said ... They ...': a group named as the subject just before
                    if not subj or here - n > 2 or label != "NORP" or \
                            not self.doc[i].text.endswith("s"):
                        continue
                elif label != "ORG" or eid in self.people or low not in ("it", "its"):
                    continue
                cands.append((i, eid, subj))
            if want_person or low in ("they", "them"):  # earlier subject pronouns alike
                for t in self.sents[n] if n < len(self.sents) else ():
                    if t.i >= token.i:
                        break
                    if t.lower_ in PRONOUN_FORMS.get(low, ()) and t.dep_ in _SUBJECT_DEPS and \
                            t.i in self._chain:
                        cands.append((t.i, "", _source_rank(t)))
                    elif want_person and self._unnamed_person(t, gender):
                        unnamed.append(t.i)
                        if gender and PERSON_NOUNS.get(t.lemma_.lower()) == gender:
                            # 'My mother ... she said': a noun of the pronoun's gender
                            # competes like a name
                            cands.append((t.i, _UNNAMED, _source_rank(t)))
                cands.sort()
            if low == "it" and n < here and here - n <= 2:
                # 'The city sent a letter. It says ...', 'The ad then references FBI
                # criticism ... It also mentions ...': the sentence's own subject first
                thing = self._thing_subject(n)
                if thing is not None:
                    return thing
            if not cands and low in ("they", "them", "it") and here - n <= 1:
                # 'McConnell aides acknowledged ... But they emphasized ...', 'The Smith
                # campaign released a statement. It said ...'
                group = self._group_subject(n, token.i, plural=low != "it")
                if group is not None:
                    return group
            if not cands:
                continue
            if n == here:  # same sentence: the nearest mention before the pronoun
                subjects = [c for c in cands if c[2]]
                if not subjects and want_person and token.dep_ in _SUBJECT_DEPS and \
                        not deferred:
                    # 'At a dinner with the singer Chen, she said ...': a subject pronoun
                    # continues the topic of the sentences before rather than a name
                    # met in passing; that name only if nothing before fits
                    deferred = cands
                    continue
                i, eid, _ = (subjects or cands)[-1]
            else:  # an earlier sentence: the mention placed most as its source, first first
                best = max(c[2] for c in cands)
                tied = [c for c in cands if c[2] == best]
                # the main subject (or, with no source at all, the first mention); of
                # lesser sources (subjects of lesser clauses, names given with a role,
                # 'according to' objects) the nearest: in 'as Kay went on, Lee said
                # yes, until Ross reached the end' the last one
                i, eid, _ = tied[0] if best >= 3 or best == 0 else tied[-1]
            if not eid:  # a pronoun: what it was resolved to
                found = self._chain.get(i)
                if found is None:
                    continue
                return found
            if eid == _UNNAMED:
                return self.resolve(self.doc[i])
            if eid in self.pseudo:
                return self.pseudo[eid]
            ent = self.entities.get(eid)
            return Speaker.of(ent)
        if want_person and reach < _FAR_LOOKBACK:
            # 'Brandt said ... [a quotation of many sentences] ... He told ...': further
            # back, a person is still likelier than no one
            found = self.antecedent(token, form, reach=_FAR_LOOKBACK)
            if found is not None:
                return found
        if not deferred and unnamed and reach >= _FAR_LOOKBACK:
            # 'A spokeswoman for the union said ... "...," she said' with no one named
            found = self._as_antecedent(self.resolve(self.doc[max(unnamed)]), gender)
            if found is not None:
                return found
        if deferred:
            i, eid, _ = deferred[-1]
            if not eid:
                return self._chain.get(i)
            if eid in self.pseudo:
                return self.pseudo[eid]
            ent = self.entities.get(eid)
            return Speaker.of(ent)
        return None

    def _unnamed_person(self, t: Token, gender: str | None) -> bool:
        """Whether a subject names one person without a name ('A spokeswoman for the
        union said ...', 'my mother'), of a gender a pronoun can stand for."""
        if t.dep_ not in _SUBJECT_DEPS or t.pos_ != "NOUN" or t.tag_ != "NN" or \
                t.i in self.quoted or self.entities.at_token(t.i) is not None or \
                t.lemma_.lower() not in PERSON_NOUNS:
            return False
        marked = PERSON_NOUNS.get(t.lemma_.lower())
        return not (gender and marked and marked != gender)

    def _as_antecedent(self, found: Speaker, gender: str | None) -> Speaker | None:
        """A resolved description as a pronoun's antecedent, unless its person is known
        to be of the other gender."""
        if gender and found.entity and self.gender.get(found.entity, gender) != gender:
            return None
        return Speaker(name=found.name, role=found.role, entity=found.entity)

    def _thing_subject(self, n: int) -> Speaker | None:
        """The main-clause subject of sentence `n` when 'it' can stand for it: an
        organisation, a place, or a singular common noun that names no person."""
        if n >= len(self.sents):
            return None
        for c in self.sents[n].root.children:
            if c.dep_ not in _SUBJECT_DEPS or c.i in self.quoted:
                continue
            ent = self.entities.at_token(c.i)
            if ent is not None:
                if ent.label in ("ORG", "GPE") and ent.id not in self.people:
                    return Speaker.of(ent)
                return None
            if c.pos_ == "NOUN" and c.tag_ == "NN" and not _person_word(c) \
                    and not any(t.pos_ == "PROPN" for t in c.lefts if t.dep_ == "poss"):
                return self.resolve(c)
            return None
        return None

    def _body_like(self, ent: Entity) -> bool:
        """Whether a 'person' is likelier an organisation the tagger labelled a person
        ('Truthmeter' as PERSON): one word, no usual first name, no one's
        surname, and nothing (honorific, he/she, first name) telling a gender."""
        words = ent.name.split()
        return ent.label in PEOPLE_LABELS and len(words) == 1 and \
            ent.id not in self.gender and words[0].lower() not in first_names() and \
            words[0].lower() not in self.by_surname

    def _group_subject(self, n: int, before: int, plural: bool) -> Speaker | None:
        """The main-clause subject of sentence `n` when it names a group: people in the
        plural ('aides'), an organisation in the singular ('the campaign')."""
        if n >= len(self.sents):
            return None
        sent = self.sents[n]
        for c in sent.root.children:
            if c.dep_ not in _SUBJECT_DEPS or c.i >= before or c.i in self.quoted:
                continue
            if not plural:
                if c.pos_ == "NOUN" and c.tag_ == "NN" and c.lemma_.lower() in COLLECTIVE_NOUNS:
                    return self.resolve(c)
                continue
            members = [c, *c.conjuncts]
            ents = [self.entities.at_token(m.i) for m in members]
            if len(members) > 1 and all(e is not None and e.id in self.people for e in ents):
                # 'Mr. Grassley and Mr. Leahy say ...'
                return Speaker(name=_joined([e.name for e in ents if e is not None]))
            body = ents[0] is not None and (
                (ents[0].label == "ORG" and ents[0].id not in self.people)
                or self._body_like(ents[0]))
            if body and len(members) > 1 and all(
                    e is not None and e.label == "ORG" and e.id not in self.people
                    for e in ents) and len({e.id for e in ents if e is not None}) > 1:
                # 'Apple and Google said they would appeal. "...," they said': both
                return Speaker(name=_joined([e.name for e in ents if e is not None]))
            if body and ents[0] is not None:
                # 'Politifact checked the Tribune ... they turned to the police'
                return Speaker(name=ents[0].name, role=ents[0].role, entity=ents[0].id)
            if ents[0] is None and c.tag_ == "NNP" and len(members) == 1 and any(
                    v.tag_ == "VBP" for v in (sent.root, *(
                        a for a in sent.root.children if a.dep_ in ("aux", "auxpass")))):
                # 'Big Machine have denied it. "...," they said': a body the tagger missed,
                # in the plural a British paper gives a firm or a band
                run = [x.i for x in c.lefts if x.dep_ in ("compound", "flat")
                       and x.pos_ == "PROPN"]  # the name, not 'Nashville label' before it
                return Speaker(name=" ".join(self.doc[min(run, default=c.i):c.i + 1]
                                             .text.split()))
            if c.pos_ == "NOUN" and c.tag_ == "NNS" and (people_noun(c) or len(members) > 1):
                return self.resolve(c)  # 'aides', 'states and industry groups'
            if len(members) > 1 and all(m.pos_ == "NOUN" and people_noun(m) for m in members):
                # 'The union and the company failed to agree. They said ...'
                return Speaker(name=" ".join(self.doc[c.left_edge.i:members[-1].i + 1]
                                             .text.split()))
        if plural:
            # 'The study that Kay and Lee ordered ... They said ...', or a pair the parse
            # hung somewhere else than as the subject: two people named together, not
            # in a quotation
            for t in sent:
                if t.i >= before or t.i in self.quoted:
                    continue
                pair = [t, *(c for c in t.children if c.dep_ == "conj" and c.i < before)]
                ents = [self.entities.at_token(m.i) for m in pair]
                if len(pair) == 2 and all(e is not None and e.id in self.people
                                          for e in ents) and ents[0] != ents[1]:
                    return Speaker(name=_joined([e.name for e in ents if e is not None]))
        if plural:  # 'according to show insiders. They said ...'
            for t in sent:
                if t.i >= before or t.lower_ != "according" or t.i + 1 >= len(self.doc) or \
                        self.doc[t.i + 1].lower_ != "to":
                    continue
                # the people the source is, however 'to ...' was parsed ('play insiders' with
                # 'play' a verb)
                for w in t.subtree:
                    if w.tag_ == "NNS" and people_noun(w) and w.i not in self.quoted:
                        return self.resolve(w)
        return None

    def description(self, token: Token, span: Span):
        """'the senator' -> the one person the article called senator, if exactly one;
        'the senators' are more than one, whoever has the title, and stay as written."""
        if token.tag_ in ("NNS", "NNPS"):
            return None
        head = self._title_head(token)
        if head is None and token.pos_ == "NOUN":
            head = token.lemma_.lower()
        if head is None or not span:
            return None
        begin = _after_place(span) or (1 if span[0].lower_ == "the" else None)
        if begin is None:
            return None
        said = {t.lower_ for t in span[begin:]}
        # 'the Democratic presidential nominee' is not the 'Democratic vice presidential
        # nominee', nor 'the president' a 'vice president': every word of the description
        # is in the role, and a rank word of the role is in the description
        found = [e for e, words in self.titled.get(head, [])
                 if _role_fits(said - {token.lower_}, words)]
        demonyms = [t for t in span[begin:] if t.ent_type_ == "NORP" and t.pos_ == "ADJ"
                    and t.lower_ not in _PARTY_WORDS]
        if not found and demonyms:
            # 'the Iraqi minister' for "Iraq's Minister of Water Resources, Karim
            # al-Obeidi": the nationality is where the holder was placed, not a word of
            # the role
            rest = said - {token.lower_} - {t.lower_ for t in demonyms}
            keys = {_place_key(t) for t in demonyms}
            found = [e for e, words in self.titled.get(head, [])
                     if _role_fits(rest, words) and keys <= self._places(e)]
        for other in _TITLE_SYNONYMS.get(head, ()) if not found else ():
            # 'The Environment Secretary, Helen Marchbank, ... The minister was blunt': a
            # secretary of a department is a minister; 'Justice Miriam Oyelaran ... the
            # judge': a justice is a judge
            found = [e for e, words in self.titled.get(other, [])
                     if _role_fits(said - {token.lower_}, words)]
            if found:
                break
        if not found and "chief" in said:
            # 'the chief executive' for the CEO, 'the chief financial officer' for the CFO
            kind = next((_EXECUTIVE_OF[w] for w in said if w in _EXECUTIVE_OF), None)
            found = self.executives.get(kind, []) if kind else []
        if not found and head in _LEADER_WORDS and said - {token.lower_}:
            # 'the Commission chief' for the European Commission president, 'the
            # security chief' for the Secretary for Security: whoever leads what the
            # description names
            found = [e for title in _LEADING_TITLES for e, words in self.titled.get(title, [])
                     if _role_fits(said - {token.lower_}, words)
                     and not _NOT_LEADING & set(words)]
        if begin > 1 and span[begin - 2].lower_ in _WIDE_PLACES:
            # "the country's president": of the country the article named last, if a
            # holder was placed there ('Ukraine's president, Volodymyr Zelensky')
            country = self._country_named_last(token)
            found = [e for e in found if country is not None and country in self._places(e)]
        elif begin > 1 and span[begin - 2].ent_type_ == "GPE":
            # "Germany's interior minister" is not the French one: a holder whose title
            # or apposition names another country is out
            place = _place_key(span[begin - 2])
            found = [e for e in found if place in (self._places(e) or {place})]
        if found and self._introduced_since(token, found):
            return None  # 'a federal judge blocked the law ... the judge wrote': a new one
        named = [t for t in span[begin:] if t.pos_ == "PROPN" or self.entities.at_token(t.i)]
        nationality = bool(named) and all(t.ent_type_ == "NORP" and t.pos_ != "PROPN"
                                          for t in named)
        if named and not (head in _COMPANY_NOUNS | _BODY_NOUNS and not found and nationality):
            # 'the Labour leader'; 'the German automaker' is a company said to be German
            return self._latest(found, token)
        if not found and head in COLLECTIVE_NOUNS | _ORG_WORDS:
            # 'the ministry', 'the fund' -> the one organisation named so, before it
            # ('The company published ...' is not Fast Company, named further down)
            found = [e for e in self.entities.entities if e.label == "ORG"
                     and (_org_head(e.name) == head or e in self.kind_of.get(head, []))]
            before = [e for e in found if self._first_named(e.id) < token.i]
            if said - {token.lower_} == set() or before:
                # a bare 'the company' looks back only; 'the provincial health authority'
                # in a lede may be named in full further down
                found = before
        if not found and head in _COMPANY_NOUNS | _BODY_NOUNS:
            # 'Bezos founded Amazon in 1994. The company said ...': the organisation
            # named last, a few sentences back at most, unless its name says it is
            # another kind of body ('the Justice Department')
            # 'the newspaper', 'the news organization' are a news outlet; with its
            # nationality ('the Japanese automaker') only the one organisation in reach
            outlet = head in _MEDIA_NOUNS or ("news" in said and head in _BODY_NOUNS)
            return self._last_organisation(token, outlet=outlet, alone=nationality,
                                           news="news" in said)
        return self._latest(found, token)

    def _places(self, entity: Entity) -> set[str]:
        """The countries a person is placed in where named ('French Interior Minister
        Gerald Darmanin', 'Annalena Baerbock of Germany', 'Li, China's ambassador'), as
        `_place_key`s, so that 'France' and 'French' meet; party words are no place."""
        if self._place_cache is None:
            self._place_cache = {}
            doc = self.doc
            for ent in doc.ents:
                e = self.entities.at_token(ent.root.i)
                if e is None:
                    continue
                # the title run right before the name ('French Interior Minister', 'U.S.
                # Ambassador'), in its sentence, capitalised words and 'of' only
                near = []
                k = ent.start - 1
                while k >= ent.sent.start and ent.start - k <= 6 and not doc[k].is_punct \
                        and (doc[k].is_title or doc[k].is_upper or doc[k].lower_ in _OF):
                    near.append(doc[k])
                    k -= 1
                if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("of", "from"):
                    near.append(doc[ent.end + 1])
                for a in ent.root.children:
                    if a.dep_ == "appos":  # not 'the U.S. ambassador to Israel': Israel
                        near.extend(t for t in a.subtree if not (
                            t.dep_ == "pobj" and t.head.lower_ in ("to", "in", "at")))
                if ent.root.dep_ == "appos":  # "Ukraine's president, Volodymyr Zelensky"
                    head = ent.root.head
                    near.extend(doc[head.left_edge.i:head.i + 1])
                self._place_cache.setdefault(e.id, set()).update(
                    _place_key(t) for t in near if t.ent_type_ in ("GPE", "NORP")
                    and t.lower_ not in _PARTY_WORDS)
        return self._place_cache.get(entity.id, set())

    def _country_named_last(self, token: Token) -> str | None:
        """The `_place_key` of the country named last before `token`, outside quotations,
        a few sentences back at most."""
        first = self._window_start(token)
        for t in reversed(self.doc[first:token.left_edge.i]):
            if t.ent_type_ == "GPE" and t.i not in self.quoted:
                return _place_key(t)
        return None

    def _introduced_since(self, token: Token, found: list[Entity]) -> bool:
        """Whether the article brought in someone new of the description's kind ('In Texas,
        a federal judge blocked the law') after it last named the people it fits, a few
        sentences back: not 'Maria Lopez, a federal judge', 'Lopez is a judge who ...' or
        'a minister's job', which say what a named person or anyone is."""
        lemma = token.lemma_.lower()
        ids = {e.id for e in found}
        first = self._window_start(token)
        for t in reversed(self.doc[first:token.left_edge.i]):
            e = self.entities.at_token(t.i)
            if e is not None and e.id in ids:
                return False
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or \
                    t.left_edge.lower_ not in ("a", "an") or t.i in self.quoted or \
                    t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
                continue  # 'Maria Lopez, a federal judge' (appos), 'Lopez is a judge' (attr)
            return True
        return False

    def _latest(self, found: list[Entity], token: Token) -> Entity | None:
        """Of the people a description fits, the one it means: the only one, or of several
        ('the chairman' in an article naming three) the one named last before it, a few
        sentences back at most."""
        if len(found) <= 1:
            return found[0] if found else None
        ids = {e.id for e in found}
        here = self.sent_of.get(token.i, 0)
        for ent in reversed(self.doc.ents):
            if ent.end > token.i or ent.start >= token.i:
                continue
            if here - self.sent_of.get(ent.start, 0) > _LOOKBACK_SENTENCES:
                return None
            e = self.entities.at_token(ent.root.i)
            if e is not None and e.id in ids and ent.root.i not in self.quoted:
                return e
        return None

    def epithet(self, token: Token, span: Span) -> Speaker | None:
        """'Tech billionaire Marcus Hale bought the club. The billionaire said ...': a
        definite description the article gave no one as a title or role, headed by a
        noun for a person that is no title ('the billionaire', 'the 45-year-old
        entrepreneur', 'the Democrat'), is the person last placed as a source, two
        sentences back at most. Titles ('the senator') are left to `description`: a
        title no one was given is more often somebody new. An age alone ('The
        47-year-old said') is such a description too."""
        if not span or span[0].lower_ != "the":
            return None
        if _age_epithet(token):
            head = ""
        elif token.tag_ not in ("NN", "NNP"):
            return None
        else:
            head = token.lower_ if token.pos_ == "PROPN" else token.lemma_.lower()
            if token.pos_ == "PROPN":
                ent = self.entities.at_token(token.i)
                if not _demonym(token, ent) or head.endswith("s"):
                    return None
            elif token.pos_ != "NOUN" or not _person_word(token):
                return None
        if head in _TITLES or head in COLLECTIVE_NOUNS or \
                any(t.ent_type_ == "PERSON" and t.i != token.i for t in span):
            return None
        others: set[str] = set()
        if head in self.titled:
            # a role someone was given is `description`'s; one that does not fit them
            # ('the Conservative nominee' when only the Liberal one was named) is
            # another person's
            said = {t.lower_ for t in span[1:]} - {token.lower_}
            if not said or any(_role_fits(said, words) for _, words in self.titled[head]):
                return None
            others = {e.id for e, _ in self.titled[head]}
        # itself the main subject ('after the tycoon claimed ...' in a
        # sentence about someone else is about a third person), standing for the main
        # subject of the sentence before (in the same paragraph, or the last of the
        # paragraph before when the description opens its own), a person the noun's
        # gender fits
        if token.dep_ not in _SUBJECT_DEPS or token.head.dep_ != "ROOT":
            return None
        n = self.sent_of.get(token.i, 0) - 1
        while n >= 0 and self.sents[n].root.i in self.quoted:
            n -= 1  # '"... other. That's all I ask," the Scot said': the quotation's own
            # sentences are not the one before
        if n < 0:
            return None
        # across a paragraph break only when the description opens its paragraph
        between = self.doc[self.sents[n].end - 1:token.i].text
        opening = self.doc[self.sents[n + 1].start:token.i].text
        if "\n" in between and "\n" in opening:
            return None
        gender = PERSON_NOUNS.get(head) or ""
        if n > 0 and len(self.sents[n]) <= 8 and \
                not any(c.dep_ in _SUBJECT_DEPS for c in self.sents[n].root.children):
            n -= 1  # 'Vance says little about the debate. Except one thing. The billionaire ...'
        for c in self.sents[n].root.children:
            if c.dep_ in _SUBJECT_DEPS and c.i not in self.quoted:
                ent = self.entities.at_token(c.i)
                if ent is None and c.pos_ == "PROPN":  # a name the tagger missed there
                    ent = self.named(mention_text(self.doc, c))
                if ent is None:  # 'Her deputy, Raj Menon, will ...'
                    named = [self.entities.at_token(a.i) for a in _appositions(c)]
                    ent = next((e for e in named if e is not None), None)
                if ent is None or ent.id not in self.people or ent.id in others or \
                        (gender and self.gender.get(ent.id, gender) != gender):
                    return None
                return Speaker.of(ent)
        return None

    def _title_head(self, token: Token) -> str | None:
        """The title a description's head word gives ('senator' for 'the senator',
        'minister' for 'the Prime Minister', capitalised as British papers write it)
        when the article gave someone that title or role, else None."""
        if token.pos_ == "NOUN":
            head = token.lemma_.lower()
        elif token.pos_ == "PROPN" and not token.ent_type_ and \
                token.left_edge.lower_ == "the" and token.dep_ not in ("compound", "flat"):
            head = token.lower_
        else:
            return None
        return head if head in self.titled else None

    def _companies(self) -> set[str]:
        """The names the article calls a company ('Lumio, the startup that ...') or gives
        an executive ('Lumio CEO Dana Whitcombe') anywhere, whatever the tagger's label."""
        if self._company_ids is not None:
            return self._company_ids
        doc = self.doc
        found = {eid for i, eid, _ in self.mentions
                 if any(c.dep_ == "appos" and c.lemma_.lower() in _COMPANY_NOUNS
                        and c.pos_ == "NOUN" for c in doc[i].children)  # not 'CNN Business'
                 or (i + 1 < len(doc) and doc[i + 1].lower_ in _EXECUTIVES)}
        if hasattr(self, "mention_at"):  # the mentions are all in: keep the answer
            self._company_ids = found
        return found

    def _reports(self, entity_id: str, any_object: bool = False) -> bool:
        """Whether the article has this organisation report that something happened
        ('Yonhap reported that ...'): a news outlet, whatever its name; not a company
        that 'reported a loss'. With `any_object` (the description said 'news'), also
        one that 'reported the launch'."""
        if self._reporter_ids is None:
            self._reporter_ids = {}
            for t in self.doc:
                if t.dep_ == "nsubj" and t.head.lemma_ == "report" and \
                        (e := self.entities.at_token(t.i)) is not None and \
                        e.label == "ORG" and e.id not in self._companies():
                    clause = any(c.dep_ == "ccomp" for c in t.head.children)
                    self._reporter_ids[e.id] = self._reporter_ids.get(e.id, False) or clause
        said = self._reporter_ids.get(entity_id)
        return said is not None and (said or any_object)

    def _outlet_or_body(self, entity: Entity) -> bool:
        """A news outlet or a public body: no company a company noun could mean."""
        return _outlet_like(entity.name) or self._reports(entity.id) or \
            _names_a_body(entity.name)

    def _last_organisation(self, token: Token, outlet: bool = False, alone: bool = False,
                           news: bool = False) -> Entity | None:
        """The business 'the company' means: the organisation named last, a few sentences
        back at most, not one named inside the description itself or only as where
        something is based ('the Oslo-based carrier' is not Oslo); failing that, the one
        organisation named before with a company's legal form ('Halvorsen Lines Ltd.').
        With `outlet`, only a news outlet ('the newspaper'; with `news`, the description
        said so: 'the news agency' after 'Yonhap reported the launch'); with `alone`,
        only when one organisation is in reach ('the Japanese automaker' after
        Volkswagen and Toyota may be either)."""
        here = self.sent_of.get(token.i, 0)
        k = bisect_left(getattr(self, "mention_at", []), token.i) - 1
        recent: list[tuple[int, Entity]] = []  # (how surely the company, name), nearest first
        while k >= 0:
            i, eid, rank = self.mentions[k]
            if here - self.sent_of.get(i, 0) > 3:
                break
            ent = self.entities.get(eid)
            k -= 1
            if ent is None or token.left_edge.i <= i <= token.i or _based(self.doc, i):
                continue
            called = eid in self._companies()
            firm = ent.label == "ORG" or ent.name.split()[-1].lower().strip(".,") in _FIRM_WORDS
            if not called and (not firm or eid in self.people):
                continue
            if outlet and not (_outlet_like(ent.name) or self._reports(eid, news)):
                continue
            recent.append((2 if called else int(bool(rank)), ent))
        if alone and len({e.id for _, e in recent if not self._outlet_or_body(e)}) > 1:
            return None  # 'Toyota told Reuters': Reuters is no automaker
        if recent and outlet:
            return recent[0][1]  # the outlet named last ('The New York Times')
        if recent:
            # a name called a company first, then a subject, then a name in passing:
            # 'Lumio, the startup that sold its Halo thermostats, will shut down ..., the
            # company said' is Lumio, not the Halo
            best = max(tier for tier, _ in recent)
            ent = next(e for tier, e in recent if tier == best)
            return None if _names_a_body(ent.name) else ent
        # (the mentions may not be sorted yet: this runs during __init__ too)
        if outlet:
            return None
        firms = {eid for i, eid, _ in self.mentions if i < token.i
                 and (e := self.entities.get(eid)) is not None and e.label == "ORG" and
                 e.name.split()[-1].lower().strip(".,") in _LEGAL_FORMS}
        return self.entities.get(next(iter(firms))) if len(firms) == 1 else None


def _names_a_body(name: str) -> bool:
    """Whether an organisation's name says it is no company: 'the Justice Department' is
    not; 'Sony Corporation' and 'Dick Clark Productions' are."""
    return name.split()[-1].lower().strip(".,") in _ORG_WORDS - _LEGAL_FORMS - _FIRM_WORDS


def _outlet_like(name: str) -> bool:
    """Whether an organisation's name looks like a news outlet's: 'The New York Times',
    'Fox News', 'BBC', 'CNBC'."""
    words = name.replace(".", "").split()
    return bool(words) and (words[-1].lower() in _OUTLET_WORDS or
                            (len(words) == 1 and words[0] in _OUTLET_INITIALS))


# Abbreviated titles, written out as a description would name them.
_TITLE_WORDS = {"sen": "senator", "gov": "governor", "rep": "representative",
                "gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant",
                "adm": "admiral", "atty": "attorney", "supt": "superintendent",
                "pres": "president", "sec": "secretary", "capt": "captain", "cmdr": "commander"}
_TITLES = set(_TITLE_WORDS.values()) | {
    "president", "minister", "secretary", "chancellor", "mayor", "premier", "senator",
    "governor", "judge", "justice", "ambassador", "chairman", "chairwoman", "director",
    "commissioner", "speaker", "leader", "chief", "king", "queen", "prince", "princess",
    "pope", "sheriff", "prosecutor", "attorney", "general", "congressman", "congresswoman",
    "councilman", "councilwoman", "treasurer", "spokesman", "spokeswoman", "coach",
    "officer", "detective", "professor", "bishop", "archbishop", "cardinal", "rabbi",
    "imam", "pastor", "reverend", "dean", "provost", "emir", "sheikh", "sultan", "deputy",
    "vice", "former", "prime", "foreign", "defense", "defence", "state", "acting", "district",
    "taoiseach", "tánaiste"}


# Nationalities the tagger may label a person or a body ('the Scot', 'the Dutchman').
_DEMONYMS = {"scot", "briton", "brit", "swede", "dane", "finn", "pole", "czech", "slovak",
             "spaniard", "turk", "greek", "kiwi", "aussie", "argentine", "croat", "serb",
             "slovene", "norwegian", "belgian", "swiss", "austrian", "italian", "german",
             "portuguese", "brazilian", "nigerian", "ghanaian", "kenyan", "egyptian",
             "frenchman", "frenchwoman", "englishman", "englishwoman", "dutchman",
             "dutchwoman", "irishman", "irishwoman", "scotsman", "scotswoman", "welshman",
             "welshwoman", "cornishman", "manxman"}
# Second words of organisations named with the Arabic article ('Al Jazeera'), not people.
_ARABIC_ARTICLE_BODIES = {"jazeera", "arabiya", "qaeda", "shabaab", "ahly", "hilal", "nassr",
                          "aqsa", "azhar", "ahram", "nusra", "quds", "watan", "masry",
                          "hayat", "akhbar", "manar", "mayadeen", "ittihad", "jazira"}


def _demonym(token: Token, ent: Entity | None) -> bool:
    """Whether a proper noun names a nationality ('the Democrat', 'the Briton', 'the
    Dutchman', 'the Scot'), whatever label the tagger gave it."""
    return (ent is not None and ent.label == "NORP") or token.lower_ in _DEMONYMS


def _place_object(token: Token) -> bool:
    """Whether a word is where someone or something is, comes from or goes ('from
    Harray', 'in Stenness')."""
    return token.dep_ == "pobj" and token.head.lower_ in (
        "from", "in", "at", "near", "outside", "around", "across", "to", "into")


def _based(doc: Doc, i: int) -> bool:
    """Whether the name at `i` only says where something is based ('the Oslo-based
    carrier', 'a London-based firm')."""
    return i + 2 < len(doc) and doc[i + 1].text in ("-", "–") and doc[i + 2].lower_ == "based"


def _age_epithet(token: Token) -> bool:
    """'old' in 'the 47-year-old', standing for a person on its own."""
    return token.lower_ == "old" and token.pos_ == "ADJ" and any(
        c.dep_ == "npadvmod" and c.lower_ in ("year", "years") and
        any(n.like_num for n in c.children) for c in token.children)


def _appositions(token: Token) -> list[Token]:
    """The appositions naming who a subject is: its own, or a name the parser hung on the
    noun its role is of or for ("The MP for Leeds West, Anna Clarke, said"; "A spokeswoman
    for the mayor, Ann Lee, said": in news style the name is the spokeswoman's)."""
    found = [c for c in token.children if c.dep_ == "appos"]
    # 'Its organiser, the student Hollie Brennan, said': the name in apposition to the
    # apposition
    found += [g for c in list(found) if c.pos_ == "NOUN" and not c.ent_type_
              for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN" and g.ent_type_]
    if not found and token.pos_ == "NOUN":
        # 'The firm's engineers, Hollis & Grant, said': a name with '&' or 'and' in it,
        # set off by commas, that the parser took for a second subject
        doc = token.doc
        for c in token.children:
            if c.dep_ != "conj" or c.ent_iob_ != "B" or c.ent_type_ not in ("ORG", "PERSON"):
                continue  # the entity must start at the conjunct (read off the token, not
                # doc.ents, which builds every span anew on each call)
            end = c.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end - c.i > 2 and doc[c.i - 1].text == "," and end < len(doc) and \
                    doc[end].text == "," and token.i < c.i:
                found.append(c)
    for prep in token.children:
        if prep.dep_ != "prep" or prep.i < token.i or prep.lower_ not in ("of", "for", "to"):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                # ('The Minister for Housing, Darragh Byrne, said' with the name parsed
                # as a second object of 'for')
                found += [c for c in pobj.children if c.dep_ in ("appos", "conj") and
                          c.i > pobj.i and c.ent_type_ == "PERSON" and
                          c.doc[c.left_edge.i - 1].text == "," and
                          (c.dep_ == "appos" or c.doc[c.right_edge.i + 1:c.right_edge.i + 2]
                           .text in (",", ""))]
    return found


def _title_before(mention: Span) -> list[str]:
    """The title words right before a name, written out: 'Sen.' -> ['senator'],
    'Deputy Minister' -> ['deputy', 'minister']; empty when the last is no title."""
    doc = mention.doc

    def title(k: int) -> str | None:
        w = doc[k].lower_.rstrip(".")
        w = _TITLE_WORDS.get(w, w)
        return w if doc[k].text[:1].isupper() and w in _TITLES else None

    words: list[str] = []
    k = mention.start  # the tagger may take the title into the name: 'Sen. Ruth Bader'
    while k < mention.end - 1 and title(k):
        words.append(title(k) or "")
        k += 1
    k = mention.start - 1
    while k >= 0 and not doc[k].ent_type_ and title(k) and len(words) < 5:
        words.insert(0, title(k) or "")
        k -= 1
    while words and words[-1] in _RANK_WORDS | {"prime", "foreign", "defense", "defence",
                                                 "state", "district"}:
        words.pop()
    return words


# Prepositions after the head of a role ('Chancellor of the Exchequer').
_ROLE_PREPS = {"of", "for", "at", "in", "on", "to"}
_RANK_WORDS = {"vice", "deputy", "assistant", "former", "acting", "co", "associate", "lieutenant"}


def _role_fits(described: set[str], role: list[str]) -> bool:
    """Whether a description's words ('democratic', 'presidential') fit a stated role."""
    words = {w.strip(".,'’s").lower() for w in role} | {w.lower() for w in role}
    if any(w not in words for w in described if w.isalpha()):
        return False
    return not any(w in _RANK_WORDS and w not in described for w in words)


def _with_acronym(name: str, token: Token) -> str:
    """An organisation's full name, with the acronym the article calls it by when it
    does: 'the WTO said' -> 'World Trade Organization (WTO)'."""
    short = token.text.replace(".", "")
    if len(short) < 2 or not short.isupper() or short in name.split() or \
            initials(name.lower()) != short.lower():
        return name
    return f"{name} ({token.text})"


def _org_head(name: str) -> str:
    """What an organisation is called for short: 'the fund' for 'International Monetary
    Fund', 'the department' for 'Department of Health'."""
    words = name.lower().split()
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    return words[-1].strip(".,") if words else ""


def _joined(names: list[str]) -> str:
    """'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _name_like(name: str) -> bool:
    """Whether an organisation's name could be a person's: two or more capitalised words,
    none of them an organisation's ('Ava DuVernay', not 'Patriot' or 'Fox News')."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() and not w.isupper() for w in words) and \
        not any(w.lower().strip(".,") in _ORG_WORDS for w in words)


def _source_rank(token: Token) -> int:
    """How much a mention is placed as a sentence's source, for a later pronoun: 3 the
    main clause's subject, 2 a name introduced with its role ('Henry Cole, president of
    ...') or the object of 'according to', 1 another subject, 0 anything else."""
    if token.dep_ in _SUBJECT_DEPS:
        return 3 if token.head.dep_ == "ROOT" else 1
    if _subject_read_as_compound(token):
        return 3
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return 2
    return 2 if any(c.dep_ == "appos" for c in token.children) else 0


def _surname_alone(text: str, words: list[str]) -> bool:
    """Whether the last word of a name also stands alone ('Jessie Buckley' ... 'Buckley
    said'), as a person's surname does and a firm's last word ('Morgan Stanley') does
    not, not even as the first word of another name ('Stanley Black & Decker'): a first
    name of either gender ('Jessie', 'Morgan') needs that to show a person."""
    last, before = words[-1], words[-2]
    for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text):
        if text[max(0, m.start() - len(before) - 1):m.start()].rstrip() != before and \
                not re.match(r"\s+[A-Z]", text[m.end():m.end() + 2]):
            return True
    return False


def beside_speech(token: Token, verb: Token | None = None) -> bool:
    """Whether a capitalised word that is no name to the tagger stands where a speaker's
    surname does, next to a speech verb: 'says Early', 'Early says', 'Early still says'
    (the surname of Chris Early read as an adverb). Not a sentence's opening word when
    the verb has a subject of its own ('Early on, she said')."""
    verb = token.head if verb is None else verb
    if not token.is_title or (token.pos_ == "PROPN" and token.dep_ not in (
            "advmod", "npadvmod")) or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH:
        return False  # a name the tagger read as one is its own subject, unless the
        # parse hung it on the verb as a modifier ('Long says ...', 'Long' advmod)
    if token.is_sent_start and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i
                                   for c in verb.children):
        return False
    doc = token.doc
    return abs(verb.i - token.i) == 1 or (
        token.i == verb.i - 2 and doc[verb.i - 1].pos_ == "ADV")


def _subject_read_as_compound(token: Token) -> bool:
    """Whether a name opening its sentence is the subject of a verb the parser read as
    a noun it modifies ('Hale balks at ...' as the noun 'Hale balks')."""
    head = token.head
    return token.dep_ == "compound" and head.dep_ == "ROOT" and \
        head.tag_ in ("NNS", "VBZ", "VBD") and head.i == token.i + 1 and \
        all(t.pos_ == "PROPN" for t in token.doc[token.sent.start:token.i + 1])


def _alone(ent: Span) -> bool:
    """Whether a name is a sentence of its own with no verb ('Blunt?', 'Harsh?'): the
    tagger's guess at a capitalised word asked as a question, not a person a later
    pronoun can stand for."""
    doc = ent.doc
    # a word right before or after it in its sentence (most names): not alone, and no
    # need to find the sentence
    if ent.start and doc[ent.start - 1].is_alpha and not doc[ent.start].is_sent_start:
        return False
    if ent.end < len(doc) and doc[ent.end].is_alpha and not doc[ent.end].is_sent_start:
        return False
    sent = ent.sent
    return not any(t.pos_ in ("VERB", "AUX") for t in sent) and \
        all(ent.start <= t.i < ent.end for t in sent if t.is_alpha)


# Possessives and reflexives, the gender they show of their clause's subject.
_OWN_FORMS = {"his": "m", "himself": "m", "her": "f", "hers": "f", "herself": "f"}


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above a word ('Alder said his ...' -> Alder)."""
    v = token.head
    for _ in range(5):
        if v.pos_ in ("VERB", "AUX"):
            for c in v.children:
                if c.dep_ in _SUBJECT_DEPS and not c.left_edge.i <= token.i <= c.right_edge.i:
                    return c  # not the subject holding the word ('his offer was ...')
        if v.head.i == v.i:
            return None
        v = v.head
    return None


_BULLETS = {"-", "–", "—", "•", "*", "·", "‣", "◦", "▪"}


def _starts_line(token: Token) -> bool:
    """Whether a token opens a line, after a bullet or not."""
    k = token.i - 1
    if k >= 0 and token.doc[k].text in _BULLETS:
        k -= 1
    return k < 0 or "\n" in token.doc[k].text_with_ws


def _list_item_verb(token: Token, named: bool) -> bool:
    """Whether a subject is the parser's guess in a list item that leaves its subject
    out: the item's capitalised opening verb taken for a noun ('Keeps claiming she
    ...'), or a bare noun after that verb ('Calls critics ...'). `named`: the word is a
    name the article uses, so a real subject ('Rice saying ...')."""
    sent = token.sent
    first = next((t for t in sent if t.is_alpha), None)
    if first is None or not first.text[:1].isupper() or first.ent_type_:
        return False
    if not _starts_line(first):  # a list item stands on a line of its own
        return False
    if token.i == first.i:
        # 'Strikers chanting ...' is a noun for people
        return (not named and token.tag_ in ("NNS", "NNPS", "NNP") and token.lower_.endswith("s")
                and not people_noun(token)
                and all(c.is_punct for c in token.children) and token.head.i == token.i + 1
                and token.head.tag_ == "VBG")
    return (token.head.i == first.i and first.tag_ == "VBZ" and token.i > first.i
            and token.pos_ == "NOUN" and not named
            and not any(c.dep_ in ("det", "nummod", "poss", "compound") for c in token.children))


# Bodies that act and speak as 'they' in the plural ('Nine provinces ... They argue').
_ACTOR_NOUNS = {"state", "country", "nation", "city", "county", "province", "region",
                "university", "school", "hospital", "newspaper", "outlet", "publisher",
                "automaker", "insurer", "lender", "retailer", "airline", "carrier"}


def _person_word(token: Token) -> bool:
    """Whether a singular noun names a person ('the former first lady', 'the farmer'),
    which 'it' never stands for."""
    lemma = token.lemma_.lower()
    return lemma in PERSON_NOUNS or (lemma not in COLLECTIVE_NOUNS and lemma not in
                                     _ACTOR_NOUNS and people_noun(token))


def people_noun(token: Token) -> bool:
    """Whether a plural noun names people ('aides', 'proponents', 'analysts') or bodies
    that speak ('states', 'companies'), not things ('returns'): the lexicon, or an
    agent-noun ending."""
    lemma = token.lemma_.lower()
    if lemma in PERSON_NOUNS or lemma in COLLECTIVE_NOUNS or lemma in _ACTOR_NOUNS:
        return True
    return lemma.endswith(("er", "or", "ist", "ent", "ant", "ian", "crat", "can"))


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


# Places whose offices a description names by them ("the city's security chief", "the
# country's president"). A city or a town rarely has two officers of one title in an
# article; a country's (`_WIDE_PLACES`) must have been placed in the country named last
# ("Ukraine's president, Volodymyr Zelensky"): not a company's president, nor France's
# in an article about Kenya. A state's officers are left alone: 'the state's attorney
# general' is not the federal one, and the article may name several states.
_PLACE_NOUNS = frozenset({"city", "town", "country", "nation"})
_WIDE_PLACES = frozenset({"country", "nation"})


# Nationality words and short forms whose first letters are not their country's.
# (A country of several words is keyed by its last: 'Saudi Arabia', 'the United States'.)
_COUNTRY_OF = {"french": "france", "spanish": "spain", "british": "britain", "uk": "britain",
               "english": "england", "welsh": "wales", "scottish": "scotland",
               "irish": "ireland", "dutch": "netherlands", "holland": "netherlands",
               "polish": "poland", "swiss": "switzerland", "danish": "denmark",
               "finnish": "finland", "us": "america", "usa": "america",
               "american": "america", "filipino": "philippines", "greek": "greece",
               "portuguese": "portugal", "norwegian": "norway", "icelandic": "iceland",
               "thai": "thailand", "lebanese": "lebanon", "cypriot": "cyprus",
               "belgian": "belgium", "emirati": "uae", "saudi": "saudi arabia",
               "kiwi": "zealand", "afghan": "afghanistan", "pakistani": "pakistan",
               "states": "america", "arabia": "saudi arabia", "kingdom": "britain",
               "emirates": "uae"}
# Directions that open a place's name ('South Carolina').
_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern",
               "western"}
# Words a title run goes on through ('Minister of Water', "Iraq's").
_OF = {"of", "for", "'s", "’s"}
# Nationality-like words that name a party, not a country ('Democratic Gov. Gavin Newsom').
_PARTY_WORDS = {"democratic", "democrat", "republican", "labour", "conservative", "tory",
                "liberal", "green", "socialist", "communist", "gop"}


def _place_key(token: Token) -> str:
    """A country's key, the same for its name and its people's ('France', 'French' ->
    'fran'; 'U.S.', 'American' -> 'amer'), from the last word of its name, with the
    direction that opens it ('South Carolina' is not 'North Carolina')."""
    word = token.lower_.replace(".", "")
    key = _COUNTRY_OF.get(word, word)[:4]
    k = token.i
    while k > 0 and token.doc[k - 1].ent_type_ == token.ent_type_ and \
            token.doc[k].ent_iob_ == "I":
        k -= 1
    opener = token.doc[k].lower_
    return f"{opener} {key}" if k < token.i and opener in _DIRECTIONS else key



def _after_place(span: Span) -> int | None:
    """Where the words of a description begin after the place whose office it names
    ("Austria's interior minister" -> 2, "the city's security chief" -> 3), or None
    when it begins otherwise."""
    k = next((k for k, t in enumerate(span) if t.tag_ == "POS"), None)
    if k is None or k == 0:
        return None
    place = [t.lower_ for t in span[:k]]
    if all(t.ent_type_ == "GPE" for t in span[:k]) or (
            len(place) == 2 and place[0] == "the" and place[1] in _PLACE_NOUNS):
        return k + 1  # "Austria's", "the city's"
    return None


def _role_text(text: str) -> str | None:
    """A role as the article gave it, without its article: 'The Tory MP for Leeds West,'
    -> 'Tory MP for Leeds West', like the roles taken from appositions."""
    words = text.strip(" ,").split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or None
