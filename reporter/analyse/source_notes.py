"""What a reader should know about the source: cleaning, attribution gaps, quote share."""

from __future__ import annotations

from reporter.analyse.quotes.speakers import COLLECTIVE_NOUNS
from reporter.model import Article, Quote, Sentence, SourceNote

PRONOUNS = {"he", "she", "they", "it", "i", "we", "you"}


def source_notes(article: Article, quotes: list[Quote],
                 sentences: list[Sentence]) -> list[SourceNote]:
    notes = list(article.notes)
    unattributed = [q for q in quotes if not q.speaker.name and q.kind != "indirect"]
    if unattributed:
        shown = "; ".join(f"“{_short(q.text)}”" for q in unattributed[:3])
        notes.append(SourceNote(
            "unattributed-quotes",
            f"{len(unattributed)} quotation(s) with no speaker named in the text: {shown}",
        ))
    anonymous = sorted({q.speaker.name for q in quotes if _unnamed(q.speaker.name,
                                                                  q.speaker.entity)})
    if anonymous:
        notes.append(SourceNote("anonymous-sources",
                                "unnamed sources quoted: " + ", ".join(anonymous)))
    direct = [q for q in quotes if q.kind in ("direct", "partial")]
    if article.text:
        quoted = sum(q.end - q.start for q in direct)
        share = min(1.0, quoted / max(1, len(article.text)))
        notes.append(SourceNote("quotation-share",
                                f"{share:.0%} of the text is direct quotation "
                                f"({len(direct)} direct or partial quotes)"))
    return notes


def _unnamed(name: str | None, entity: str | None) -> bool:
    """A source quoted without a name ('the expert', 'officials'); a body is not one
    ('the Trump team', 'the campaign': who speaks is known, if not by name)."""
    if not name or entity or not name[:1].islower():
        return False
    words = name.lower().split()
    head = next((k for k, w in enumerate(words) if k and w in _HEAD_ENDS), len(words))
    return words[head - 1] not in COLLECTIVE_NOUNS  # 'attorneys for the family': people


# Words after which a speaker's head noun has been said ('aides to the governor').
_HEAD_ENDS = {"of", "for", "to", "at", "in", "with", "from", "on"}


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
