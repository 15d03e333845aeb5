"""What a reader should know about the source: cleaning, attribution gaps, quote share."""

from __future__ import annotations

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
    anonymous = sorted({q.speaker.name for q in quotes
                        if q.speaker.name and not q.speaker.entity
                        and q.speaker.name[:1].islower()})
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


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
