"""Normalise the dates an article gives ("March 12, 1999", "next month",
"February this year", "previous year", "on Wednesday") to ISO form.

Absolute dates resolve on their own; relative ones only against the
publication date (`published`, ISO YYYY-MM-DD). The result is as precise as
the text: "2019-05-14", "2019-06", "2019" or, for "last week", the ISO week
"2019-W19". None means the expression could
not be resolved (a relative date without a publication date, or a duration).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: n for n, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: n for n, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}
ANCHORS = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|next|last|previous|past|this|coming|ago|"
    r"earlier|later|following|(?:1[6-9]|20)\d\d|" + "|".join(sorted(MONTHS, key=len,
                                                                        reverse=True))
    + "|" + "|".join(WEEKDAYS) + r")\b", re.I)


def parse_iso(published: str | None) -> date | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _shift_month(d: date, months: int) -> tuple[int, int]:
    n = d.year * 12 + (d.month - 1) + months
    return n // 12, n % 12 + 1


def is_datelike(text: str) -> bool:
    """Does the expression name a point in time (rather than a duration like 'three hours')?"""
    return bool(ANCHORS.search(text))


def resolve(text: str, published: str | date | None) -> str | None:
    """The ISO form of a date expression, or None when it cannot be pinned down."""
    ref = published if isinstance(published, date) else parse_iso(published)
    t = " ".join(text.lower().replace(",", " ").replace(".", " ").split())
    t = re.sub(r"^(the|on|in|at|by|since|until|from|back in|back)\s+", "", t)

    # Absolute: "march 12 1999", "12 march 1999", "march 1999", "march 12", "1999"
    m = re.search(r"\b([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})\b", t)
    if m and m[1] in MONTHS:
        return _iso(int(m[3]), MONTHS[m[1]], int(m[2]))
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+) (\d{4})\b", t)
    if m and m[2] in MONTHS:
        return _iso(int(m[3]), MONTHS[m[2]], int(m[1]))
    m = re.search(r"\b([a-z]+) (\d{4})\b", t)
    if m and m[1] in MONTHS:
        return f"{int(m[2]):04d}-{MONTHS[m[1]]:02d}"
    month_year = None
    m = re.search(r"\b([a-z]+) (this|last|previous|next) year\b", t)
    if m and m[1] in MONTHS:
        month_year = (MONTHS[m[1]], {"this": 0, "last": -1, "previous": -1, "next": 1}[m[2]])
    if month_year:
        return f"{ref.year + month_year[1]:04d}-{month_year[0]:02d}" if ref else None
    m = re.search(r"\b([a-z]+) (\d{1,2})(?:st|nd|rd|th)?\b", t)
    if m and m[1] in MONTHS and ref:
        return _iso(ref.year, MONTHS[m[1]], int(m[2]))
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\b", t)
    if m and m[2] in MONTHS and ref:
        return _iso(ref.year, MONTHS[m[2]], int(m[1]))
    m = re.fullmatch(r"(?:the )?(?:year )?((?:1[6-9]|20)\d\d)", t)
    if m:
        return m[1]
    if t in MONTHS and ref and t not in {"may", "mar", "jun", "jan", "dec", "sep"}:
        return f"{ref.year:04d}-{MONTHS[t]:02d}"

    if ref is None:
        return None
    # Relative to the publication date
    if t in {"today", "tonight", "this morning", "this afternoon", "this evening", "now"}:
        return ref.isoformat()
    m = re.fullmatch(r"(?:earlier|later) (?:this|in the) (year|month)", t)
    if m:
        return f"{ref.year:04d}" if m[1] == "year" else f"{ref.year:04d}-{ref.month:02d}"
    if t in {"yesterday", "last night"}:
        return (ref - timedelta(days=1)).isoformat()
    if t == "tomorrow":
        return (ref + timedelta(days=1)).isoformat()
    m = re.fullmatch(r"(this|next|last|previous|past|coming|the following|following) "
                     r"(week|month|year|spring|summer|autumn|fall|winter)", t)
    if m:
        offset = {"this": 0, "coming": 1, "next": 1, "following": 1, "the following": 1,
                  "last": -1, "previous": -1, "past": -1}[m[1]]
        unit = m[2]
        if unit == "year":
            return f"{ref.year + offset:04d}"
        if unit == "month":
            y, mo = _shift_month(ref, offset)
            return f"{y:04d}-{mo:02d}"
        if unit == "week":
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
            return iso_week(monday)
        return f"{ref.year + (offset if offset > 0 else 0):04d}" if offset >= 0 else \
            f"{ref.year - 1:04d}"
    m = re.fullmatch(r"(\w+) (day|week|month|year)s? (ago|later|from now)", t)
    if (m and NUMBERS.get(m[1]) is not None) or (m and m[1].isdigit()):
        n = int(m[1]) if m[1].isdigit() else NUMBERS[m[1]]
        sign = -1 if m[3] == "ago" else 1
        if m[2] == "day":
            return (ref + timedelta(days=sign * n)).isoformat()
        if m[2] == "week":
            return (ref + timedelta(weeks=sign * n)).isoformat()
        if m[2] == "month":
            y, mo = _shift_month(ref, sign * n)
            return f"{y:04d}-{mo:02d}"
        return f"{ref.year + sign * n:04d}"
    m = re.fullmatch(r"(last |next |this |coming )?(monday|tuesday|wednesday|thursday|friday|"
                     r"saturday|sunday)( night| morning| afternoon| evening)?", t)
    if m:
        target = WEEKDAYS[m[2]]
        if (m[1] or "").strip() in {"next", "coming"}:
            delta = (target - ref.weekday()) % 7 or 7
            return (ref + timedelta(days=delta)).isoformat()
        # News usage: a bare weekday is the most recent one (the day itself included).
        delta = (ref.weekday() - target) % 7
        if (m[1] or "").strip() == "last" and delta == 0:
            delta = 7
        return (ref - timedelta(days=delta)).isoformat()
    return None


def iso_week(day: date) -> str:
    """The ISO 8601 week holding `day`: '2019-W19'."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def sort_key(value: str | None) -> str:
    """A key that orders ISO dates, months, years and weeks ('2019-W19') by time."""
    if not value:
        return ""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        return date.fromisocalendar(int(m[1]), int(m[2]), 1).isoformat()
    return value


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return f"{y:04d}-{m:02d}"
