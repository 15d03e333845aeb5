"""What the templates see: the Briefing plus views that are awkward in Jinja.

Grouping quotes by speaker, splitting the article into highlighted pieces
and laying out chart bars are data work; doing it here keeps the templates
about presentation only, and every output format shares it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reporter import __version__
from reporter.model import Briefing, Entity, Quote

WORDS_PER_MINUTE = 230
PRINT_ISSUE_LIMIT = 6  # the PDF shows the most salient issues and names the rest in a line
KIND_NAMES = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "place",
              "LOC": "place", "FAC": "place"}


@dataclass
class SpeakerGroup:
    """Everything one speaker said, for the 'who said what' section."""

    name: str
    role: str | None
    entity: Entity | None
    quotes: list[Quote] = field(default_factory=list)
    positions: list[Quote] = field(default_factory=list)  # indirect speech

    @property
    def count(self) -> int:
        return len(self.quotes) + len(self.positions)

    @property
    def anchor(self) -> str:
        return "speaker-" + "".join(c if c.isalnum() else "-" for c in self.name.lower())


@dataclass
class Piece:
    """A run of article text with the highlight it carries (None, 'quote', 'key')."""

    text: str
    mark: str | None = None


@dataclass
class SentenceView:
    index: int
    pieces: list[Piece]
    classes: list[str]
    anchor: bool = True  # False for the continuation of a sentence split by a paragraph break


@dataclass
class Bar:
    label: str
    value: int | str  # what is printed at the end of the bar
    width: float  # 0..1 of the chart's bar area


def speaker_groups(briefing: Briefing) -> tuple[list[SpeakerGroup], list[Quote]]:
    """Attributed quotes grouped by speaker (most quoted first), and the unattributed ones."""
    groups: dict[str, SpeakerGroup] = {}
    unattributed: list[Quote] = []
    for quote in briefing.quotes:
        name = quote.speaker.name
        if not name:
            if quote.kind != "indirect":  # "X is expected to ..." names no one: not a quote
                unattributed.append(quote)
            continue
        # the same speaker may come with or without an entity id: match on either
        keys = [k for k in (quote.speaker.entity, name.lower()) if k]
        group = next((groups[k] for k in keys if k in groups), None)
        if group is None:
            entity = briefing.entity(quote.speaker.entity)
            role = quote.speaker.role or (entity.role if entity else None)
            group = SpeakerGroup(name=name, role=role, entity=entity)
        elif not group.role and quote.speaker.role:
            group.role = quote.speaker.role
        for k in keys:
            groups.setdefault(k, group)
        (group.positions if quote.kind == "indirect" else group.quotes).append(quote)
    unique = list({id(g): g for g in groups.values()}.values())
    ordered = sorted(unique, key=lambda g: (-g.count, g.name.lower()))
    return ordered, unattributed


def chart_bars(groups: list[SpeakerGroup], limit: int = 8) -> list[Bar]:
    top = groups[:limit]
    most = max((g.count for g in top), default=0) or 1
    return [Bar(g.name, g.count, g.count / most) for g in top]


def issue_bars(briefing: Briefing, limit: int = 8) -> list[Bar]:
    """Issues by salience, relative to the most salient (shown as a share of it)."""
    top = briefing.issues[:limit]
    most = max((i.salience for i in top), default=0) or 1
    return [Bar(i.label.split(":")[0], f"{i.salience / most:.0%}", max(0.0, i.salience / most))
            for i in top]


def annotated_paragraphs(briefing: Briefing) -> list[list[SentenceView]]:
    """The article as paragraphs of sentences, quotes marked, ready for anchors.

    A sentence that runs over a paragraph break (spaCy sometimes joins a
    heading to the next line) is split at the break so paragraphs stay true.
    """
    text = briefing.article.text
    quote_spans = sorted((q.start, q.end) for q in briefing.quotes
                         if q.kind != "indirect" and q.end > q.start)
    key_points = set(briefing.key_points)
    questions = {q.sentence for q in briefing.open_questions}
    breaks = _paragraph_breaks(text)
    paragraphs: list[list[SentenceView]] = []
    last_end = 0
    for n, sentence in enumerate(briefing.sentences):
        classes = [name for name, hit in (("key-point", n in key_points),
                                          ("open-question", n in questions)) if hit]
        start, first = sentence.start, True
        while start < sentence.end:
            end = next((b for b in breaks if start < b < sentence.end), sentence.end)
            chunk = text[start:end]
            lead = start + len(chunk) - len(chunk.lstrip())
            stop = start + len(chunk.rstrip())
            if stop > lead:
                view = SentenceView(n, _pieces(text, lead, stop, quote_spans), classes,
                                    anchor=first)
                first = False
                if not paragraphs or any(last_end <= b < lead for b in breaks):
                    paragraphs.append([view])
                else:
                    paragraphs[-1].append(view)
                last_end = stop
            start = end
    return paragraphs


def _paragraph_breaks(text: str) -> list[int]:
    breaks, pos = [], text.find("\n\n")
    while pos >= 0:
        breaks.append(pos)
        pos = text.find("\n\n", pos + 2)
    return breaks


def _pieces(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> list[Piece]:
    pieces: list[Piece] = []
    pos = start
    for q_start, q_end in quotes:
        if q_end <= pos or q_start >= end:
            continue
        s, e = max(q_start, pos), min(q_end, end)
        if s > pos:
            pieces.append(Piece(text[pos:s]))
        pieces.append(Piece(text[s:e], "quote"))
        pos = e
    if pos < end:
        pieces.append(Piece(text[pos:end]))
    return pieces


def _notable_entities(briefing: Briefing) -> set[str]:
    """Entities worth a row in the PDF: mentioned twice or more, quoted, or with a role."""
    speakers = {q.speaker.entity for q in briefing.quotes if q.speaker.entity}
    return {e.id for e in briefing.entities if e.mentions >= 2 or e.role or e.id in speakers}


def reading_minutes(words: int) -> int:
    return max(1, round(words / WORDS_PER_MINUTE))


def build_context(briefing: Briefing, *, generated: date | None = None,
                  notes_html: str | None = None) -> dict:
    """The variables every briefing template receives."""
    groups, unattributed = speaker_groups(briefing)
    return {
        "b": briefing,
        "article": briefing.article,
        "groups": groups,
        "unattributed": unattributed,
        "bars": chart_bars(groups),
        "issue_bars": issue_bars(briefing),
        "paragraphs": annotated_paragraphs(briefing),
        "minutes": reading_minutes(briefing.article.words),
        "entity": briefing.entity,
        "sentence_text": lambda i: briefing.sentences[i].text
        if 0 <= i < len(briefing.sentences) else "",
        "people": [e for e in briefing.entities if e.label == "PERSON"],
        "organisations": [e for e in briefing.entities if e.label in ("ORG", "NORP")],
        "places": [e for e in briefing.entities if e.label in ("GPE", "LOC", "FAC")],
        "kind_names": KIND_NAMES,
        "print_issue_limit": PRINT_ISSUE_LIMIT,
        "notable": _notable_entities(briefing),
        "version": __version__,
        "generated": generated.isoformat() if generated else None,
        "notes_html": notes_html,
    }
