"""The data model: plain dataclasses that every stage passes along.

An `Article` is what ingest produces; a `Briefing` is what analysis produces
and every renderer consumes. `Briefing.to_dict()` is the JSON analysis
(schema_version "1") documented in SPEC.md, so field names here are the
public contract: rename nothing without bumping the schema version.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1"


@dataclass
class SourceNote:
    """Something a reader of the briefing should know about the source text."""

    kind: str  # e.g. "removed-headline", "removed-error", "unattributed-quote"
    detail: str


@dataclass
class Article:
    """One input article, cleaned, with its metadata.

    `text` is the cleaned body: every offset in the analysis points into it.
    `origin` names where the article came from (a path, "stdin", "file.jsonl:3")
    and is used in messages only.
    """

    id: str
    title: str
    text: str
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    author: str | None = None
    origin: str = ""
    notes: list[SourceNote] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Sentence:
    text: str
    start: int
    end: int


@dataclass
class Speaker:
    """Who a quote is attributed to.

    `name` is the resolved person or organisation, the source as written when
    it is unnamed ("the expert"), or None when the text names nobody.
    `mention` is the words in the text that point at the speaker ("he").
    """

    name: str | None = None
    mention: str | None = None
    role: str | None = None
    entity: str | None = None  # Entity.id

    @classmethod
    def of(cls, entity: Entity, mention: str | None = None) -> Speaker:
        """The speaker one of the article's entities is, as `mention` points at it."""
        return cls(name=entity.name, mention=mention, role=entity.role, entity=entity.id)


@dataclass
class Quote:
    text: str  # the quoted words exactly as in the article (no quote marks)
    kind: str  # direct | partial | indirect
    speaker: Speaker
    cue: str | None = None  # the speech verb or phrase ("said", "according to")
    addressee: str | None = None
    sentence: int = 0
    start: int = 0
    end: int = 0


@dataclass
class Entity:
    id: str
    name: str
    label: str  # PERSON, ORG, GPE, NORP, ...
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    role: str | None = None


@dataclass
class Keyphrase:
    text: str
    score: float


@dataclass
class Issue:
    label: str
    terms: list[str]
    actors: list[str]  # Entity ids
    sentences: list[int]
    salience: float


@dataclass
class OpenQuestion:
    text: str  # the evidence sentence
    summary: str
    status: str  # speculative | planned | expected | disputed | conditional | ...
    cues: list[str]
    actors: list[str]  # Entity ids
    date: str | None
    sentence: int


@dataclass
class TimelineEvent:
    date: str | None  # ISO date (or YYYY-MM / YYYY) when it could be resolved
    as_written: str
    event: str
    sentence: int


@dataclass
class ArticleInfo:
    """The article as it appears in the JSON analysis."""

    title: str
    text: str
    source: str | None
    url: str | None
    published: str | None
    author: str | None
    words: int


@dataclass
class Briefing:
    id: str
    article: ArticleInfo
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    keyphrases: list[Keyphrase] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    open_questions: list[OpenQuestion] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    key_points: list[int] = field(default_factory=list)  # sentence indexes
    source_notes: list[SourceNote] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The JSON analysis, keys in the order SPEC.md lists them."""
        data = asdict(self)
        order = [
            "id", "schema_version", "article", "quotes", "entities", "keyphrases",
            "issues", "open_questions", "timeline", "key_points", "source_notes",
            "sentences",
        ]
        return {key: data[key] for key in order}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Briefing:
        """Rebuild a Briefing from `to_dict()` output (the site's cache reads it back)."""
        quotes = [Quote(**{**q, "speaker": Speaker(**q["speaker"])}) for q in data["quotes"]]
        return cls(
            id=data["id"],
            article=ArticleInfo(**data["article"]),
            quotes=quotes,
            entities=[Entity(**e) for e in data["entities"]],
            keyphrases=[Keyphrase(**k) for k in data["keyphrases"]],
            issues=[Issue(**i) for i in data["issues"]],
            open_questions=[OpenQuestion(**o) for o in data["open_questions"]],
            timeline=[TimelineEvent(**t) for t in data["timeline"]],
            key_points=list(data["key_points"]),
            source_notes=[SourceNote(**n) for n in data["source_notes"]],
            sentences=[Sentence(**s) for s in data["sentences"]],
            schema_version=data.get("schema_version", SCHEMA_VERSION),
        )

    def entity(self, entity_id: str | None) -> Entity | None:
        """Look an entity up by id (templates use this to show actor names)."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None
