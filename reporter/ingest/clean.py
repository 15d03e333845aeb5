"""Generic cleaning of scraped article text.

Scraped wire copy carries noise that would otherwise be analysed as content:
the headline repeated as body lines, server-side include and template errors,
"Related news" / "Read more" / share / newsletter lines and trailers, bylines
("By Jane Doe") and datelines ("WASHINGTON (Reuters) -") that belong in the
metadata. Each step records what it did as a SourceNote, so the briefing can
say what was dropped. The cleaned text is what gets analysed, so every offset
in the analysis points into `Article.text`.

The cleaned body has one paragraph per non-empty input line, paragraphs
separated by a blank line, runs of spaces collapsed. A step never empties a
body: when it would, it is skipped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reporter.model import Article, SourceNote

# Error strings that web servers and template engines leave in scraped pages.
ERROR_PATTERNS = [
    re.compile(p, re.I)
    for p in (
        r"\[an error occurred while processing (this|the) directive\]",
        # quantifiers are bounded: an unclosed "{%" or "<!--#" repeated along a
        # hostile line must not make the search quadratic
        r"<!--\s*#\s*(include|echo|exec|config|set|if|elif|else|endif)\b[^>]{0,300}-->",
        r"^\s*(php )?(warning|notice|fatal error|parse error|deprecated)\s*:.*\bon line\b\s*\d+.*$",
        r"^\s*(internal server error|404 not found|403 forbidden|page not found)\s*\.?\s*$",
        r"\{\{\s*[\w.|' ]+\s*\}\}|\{%\s*\w+.{0,200}?%\}",
        r"\$\{\s*[\w.]+\s*\}",
        r"^\s*(undefined|null|NaN|\[object Object\])\s*$",
        r"^\s*(please )?(enable|javascript (is )?(required|disabled))\b.*javascript.*$",
        r"^\s*javascript (is )?(required|disabled)\b.*$",
        r"\bError establishing a database connection\b",
        r"^\s*Traceback \(most recent call last\):.*$",
    )
]

# Lines that start a trailer of links and promotions: everything from such a
# line to the end of the text is dropped when it sits in the last part.
TRAILER_START = re.compile(
    r"^\s*(related (news|stories|articles|coverage|content|posts|links|reading)|read more"
    r"|more on this( story| topic)?|read (also|next)|see also|what to read next"
    r"|you (may|might) also (like|be interested in|enjoy)"
    r"|recommended( for you| stories| reading)?|most (read|popular|viewed|shared)"
    r"|share (this|on)( article| story| page)?|sign up for (our|the)\b.*newsletter.*"
    r"|subscribe to (our|the)\b.*|follow us on\b.*|trending( now| stories)?|more from\b.*"
    r"|also read|top stories|latest news|more stories|further reading"
    r"|comments?( \(\d+\))?|leave a (comment|reply)|join the conversation|tags?)\s*[:.!]?\s*$",
    re.I,
)
TRAILER_MAX_WORDS = 40  # a trailer line is short; a real paragraph is not a trailer

# Promotional lines that can sit anywhere in the body; each is dropped alone.
PROMO_LINE = re.compile(
    r"^\s*(advertisement|advertising|sponsored( content)?|story continues below( advertisement)?"
    r"|article continues below( advertisement)?|continue reading( below| the main story)?"
    r"|(read|see|watch)( more| also| next)?\s*:.*|(related|more|also read|recommended)\s*:.*"
    r"|share (this|on)\b.*|(share|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit"
    r"|pinterest|copy link)((\s*[|/·•,]\s*|\s+)(share|tweet|email|print|facebook|twitter|linkedin"
    r"|whatsapp|reddit|pinterest|copy link))*"
    r"|(sign up|subscribe)\b.*\b(newsletter|inbox|updates|alerts|email)\b.*"
    r"|get (our|the)\b.*\bnewsletter\b.*|click here\b.*|follow (us|@\w+)\b.*"
    r"|(image|photo|video|picture) (credit|source)\s*:.*"
    r"|(this|the) (article|story) (was|has been) (updated|corrected)\b.{0,60}"
    r"|(last )?(updated|published|posted)( at| on)?\s*:?\s*(?=[^\n]*\d)[\w ,:./-]{3,40}"
    r"|(all rights reserved|copyright\s*(©|\(c\))?\s*\d{4})\b.*)\s*[.!:]?\s*$",
    re.I,
)
PROMO_MAX_WORDS = 16
TIMESTAMP = re.compile(r"^\s*(published|posted|first published)\b", re.I)

MONTHS = {m: n for n, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MDY = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DMY = re.compile(r"\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b")


def parse_date(text: str) -> str | None:
    """The first full date in `text` ("2019-05-05", "May 5, 2019", "5 May 2019") as ISO."""
    import datetime as dt

    for pattern, order in ((_ISO, "ymd"), (_MDY, "mdy"), (_DMY, "dmy")):
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = parts["m"]
        month_n = int(month) if month.isdigit() else MONTHS.get(month[:3].lower())
        try:
            return dt.date(int(parts["y"]), month_n or 0, int(parts["d"])).isoformat()
        except ValueError:
            continue
    return None

# "By Jane Doe", "By JANE DOE and JOHN ROE, Reuters", "By Jane Doe | May 5, 2019".
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|la|le|bin|al))*"
BYLINE = re.compile(
    rf"^\s*by\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?P<rest>\s*(?:[,|/·•–—-].*)?)$",
    re.I,
)
BYLINE_MAX_WORDS = 14
BYLINE_SMALL_WORDS = {"and", "for", "of", "in", "the", "at", "on", "de", "updated", "published"}
AGENCIES = (
    "Reuters", "AP", "AFP", "Associated Press", "Bloomberg", "Xinhua", "dpa", "DPA", "UPI",
    "TASS", "EFE", "ANSA", "Kyodo", "Yonhap", "PTI", "IANS", "ANI", "CNN", "BBC",
    "Agence France-Presse", "Agence France Presse", "RIA Novosti", "Interfax", "CP", "AAP",
)
_AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
# "WASHINGTON (Reuters) -", "MOSCOW, May 14 (AP) —", "LONDON —", "NEW YORK, N.Y. --"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,\s*\d{4})?)?)"
    rf"\s*(?:\((?P<agency>{_AGENCY}|[A-Za-z][\w .&'-]{{1,30}})\)\s*)?"
    r"(?P<dash>--|[-–—]|:)\s+(?=\S)"
)
# "Indianapolis – ", "Charlotte, N.C. — ": a place in title case, only before a spaced en or
# em dash and a capitalised sentence (a hyphen or a colon is too common after a title-case
# word to mean a dateline: "Trump - who ...").
TITLE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?)"
    rf"(?:\s*\((?P<agency>{_AGENCY}|[A-Za-z][\w .&'-]{{1,30}})\))?"
    r" (?P<dash>[–—])\s+(?=[A-Z])"
)
KICKERS = {"UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "BREAKING", "BREAKING NEWS",
           "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "LIVE", "FACT CHECK", "CORRECTION",
           "REVIEW", "EXPLAINER", "COMMENT", "EDITORIAL", "INTERVIEW", "PODCAST", "VIDEO",
           "PHOTOS", "FEATURE", "PREVIEW", "OBITUARY", "LETTERS", "SOURCES", "SPONSORED"}
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
DUPLICATE_MIN_WORDS = 20


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def clean_article(article: Article, *, title_in_body: bool = False) -> Article:
    """The article with noise removed from its body and each removal noted.

    `title_in_body` says the title was taken from the body's first line (a
    JSON record without a title): that first line then stays as content and
    only later copies of it are removed.
    """
    notes = list(article.notes)
    meta: dict[str, str] = {}
    text = _CONTROL.sub("", _ZERO_WIDTH.sub("", article.text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n")
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]

    lines = _remove_headline(lines, article.title, title_in_body, notes)
    lines = _remove_errors(lines, notes)
    lines = _move_byline(lines, article, meta, notes)
    lines = _move_dateline(lines, article, meta, notes)
    lines, trailer = _drop_trailer(lines)
    if trailer:
        notes.append(SourceNote("removed-trailer",
                                f"a trailer of links or promotions after the article "
                                f"({len(trailer)} line{'s' if len(trailer) != 1 else ''}) "
                                "was removed"))
    lines = _remove_promos(lines, notes, article, meta)
    lines = _remove_duplicates(lines, notes)

    body = "\n\n".join(_paragraphs(lines))
    return replace(article, text=body, notes=notes, **meta)


def _remove_headline(lines: list[str], title: str, title_in_body: bool,
                     notes: list[SourceNote]) -> list[str]:
    title_key = _key(title)
    if not title_key:
        return lines
    kept: list[str] = []
    repeats = 0
    seen_first = not title_in_body
    for line in lines:
        if _key(line) == title_key:
            if not seen_first:
                seen_first = True
                kept.append(line)
                continue
            repeats += 1
            continue
        kept.append(line)
    if repeats and any(kept):
        notes.append(SourceNote("removed-headline",
                                f"headline repeated in the body {repeats}× — removed"))
        return kept
    return lines


def _remove_errors(lines: list[str], notes: list[SourceNote]) -> list[str]:
    kept: list[str] = []
    for line in lines:
        stripped = line
        for pattern in ERROR_PATTERNS:
            stripped, n = pattern.subn("", stripped)
            if n:
                # described, not quoted: the briefing must not repeat the noise it removed
                notes.append(SourceNote("removed-error",
                                        "a server-side include or template error message "
                                        "left in the scraped page was removed"))
        if stripped != line:
            stripped = _SPACE.sub(" ", stripped).strip()
            if stripped:
                kept.append(stripped)
        else:
            kept.append(line)
    return kept if any(kept) else lines


def _content_indexes(lines: list[str]) -> list[int]:
    return [n for n, line in enumerate(lines) if line]


def _move_byline(lines: list[str], article: Article, meta: dict[str, str],
                 notes: list[SourceNote]) -> list[str]:
    """A "By Jane Doe" line among the first few lines becomes the author."""
    content = _content_indexes(lines)
    if len(content) < 2:
        return lines
    for n in content[:3]:
        line = lines[n]
        match = BYLINE.match(line)
        if not match or len(line.split()) > BYLINE_MAX_WORDS:
            continue
        names = _split_names(match.group("names"))
        agencies = [n for n in names if n in AGENCIES]
        names = [n for n in names if n not in AGENCIES]
        if not names:
            continue
        rest = match.group("rest").strip(" ,|/·•–—-")
        if any(w.islower() and w not in BYLINE_SMALL_WORDS for w in re.findall(r"[^\W\d]+", rest)):
            continue  # "By Friday, the talks had collapsed." is a sentence, not a byline
        agency = agencies[0] if agencies else _agency(rest)
        if not article.author:
            meta["author"] = ", ".join(names)
        published = parse_date(rest)
        if published and not article.published:
            meta["published"] = published
        if agency and not article.source:
            meta["source"] = agency
        notes.append(SourceNote("byline", f"byline moved to the metadata: {line[:80]!r}"))
        return lines[:n] + lines[n + 1:]
    return lines


def _split_names(names: str) -> list[str]:
    parts = [p.strip(" .,") for p in re.split(r"\s*(?:,|\band\b|&)\s*", names) if p.strip(" .,")]
    out = []
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 5 or not words[0][0].isupper():
            return []
        out.append(part.title() if part.isupper() else part)
    return out


def _agency(text: str) -> str | None:
    for agency in sorted(AGENCIES, key=len, reverse=True):
        if re.search(rf"\b{re.escape(agency)}\b", text):
            return agency
    return None


def _move_dateline(lines: list[str], article: Article, meta: dict[str, str],
                   notes: list[SourceNote]) -> list[str]:
    """"WASHINGTON (Reuters) - The ..." at the start of the body: place and agency to metadata."""
    content = _content_indexes(lines)
    if not content:
        return lines
    n = content[0]
    line = lines[n]
    # A dateline's place is written in capitals ("WASHINGTON", "NEW YORK, N.Y."), or in
    # title case before a spaced en or em dash ("Indianapolis – ", "Charlotte, N.C. — ").
    match = DATELINE.match(line)
    if match:
        letters = [c for c in match.group("place").split(",")[0] if c.isalpha()]
        if len(letters) < 2 or not all(c.isupper() for c in letters):
            match = None
    if match is None:
        match = TITLE_DATELINE.match(line)
        if match is not None and _dash_aside(line[match.end():]):
            match = None  # 'Elon Musk — the world's richest man — said ...': an aside
    if not match:
        return lines
    place = match.group("place")
    agency = match.groupdict().get("agency")
    if not agency and (match.group("dash") in (":", "-") or place.upper() in KICKERS):
        return lines  # "NOTE: ...", "NATO - ..." and "UPDATE — ..." are not datelines
    rest = line[match.end():]
    if len(rest.split()) < 3:
        return lines
    if agency and not article.source and "source" not in meta:
        meta["source"] = agency
    dateline = line[:match.end()].strip(" -–—:")
    notes.append(SourceNote("dateline", f"dateline moved to the metadata: {dateline}"))
    return [*lines[:n], rest, *lines[n + 1:]]


def _dash_aside(rest: str) -> bool:
    """Whether the first sentence after a title-case 'dateline' closes a dash aside that
    the dash after the 'place' opened (so the 'place' is the sentence's subject)."""
    sentence = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
    return bool(re.search(r"\s[–—]\s", sentence))


def _drop_trailer(lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut from the first trailer heading in the text's last third to the end."""
    content = _content_indexes(lines)
    if len(content) < 2:
        return lines, []
    cutoff = content[len(content) * 2 // 3] if len(content) >= 3 else content[-1]
    for n in content:
        if n < cutoff and n != content[-1]:
            continue
        line = lines[n]
        if TRAILER_START.match(line) and len(line.split()) <= TRAILER_MAX_WORDS:
            removed = [x for x in lines[n:] if x]
            if any(lines[:n]):
                return lines[:n], removed
    return lines, []


def _remove_promos(lines: list[str], notes: list[SourceNote], article: Article,
                   meta: dict[str, str]) -> list[str]:
    kept, removed = [], []
    for line in lines:
        if line and len(line.split()) <= PROMO_MAX_WORDS and PROMO_LINE.match(line):
            removed.append(line)
            if (TIMESTAMP.match(line) and not article.published
                    and "published" not in meta and (date := parse_date(line))):
                meta["published"] = date
            continue
        kept.append(line)
    if removed and any(kept):
        notes.append(SourceNote("removed-promo",
                                f"{len(removed)} promotional or page-furniture line(s) removed: "
                                + " / ".join(removed)[:120]))
        return kept
    return lines


def _remove_duplicates(lines: list[str], notes: list[SourceNote]) -> list[str]:
    """A long paragraph that repeats an earlier one word for word is dropped."""
    seen: set[str] = set()
    kept, dropped = [], 0
    for line in lines:
        key = _key(line)
        if len(key.split()) >= DUPLICATE_MIN_WORDS:
            if key in seen:
                dropped += 1
                continue
            seen.add(key)
        kept.append(line)
    if dropped:
        notes.append(SourceNote("removed-duplicate",
                                f"{dropped} repeated paragraph(s) removed"))
    return kept


def _paragraphs(lines: list[str]) -> list[str]:
    """One paragraph per non-empty line, joined by blank lines in the cleaned text."""
    return [line for line in lines if line]
