"""Find quoted passages by their quote marks, over plain text.

Handles straight, curly and low double quotes, guillemets, the doubled
apostrophes some wires use (''like this'', ‘‘or this’’), British single quotes, nested
quotes (an inner pair stays part of the outer quotation), apostrophes that
are not quote marks (don't, the voters' choice, '90s), and multi-paragraph
quotations whose paragraphs reopen without closing. Marks are paired one
paragraph at a time, so one stray mark never costs the rest of the article:
an opening mark that is not closed by the end of its paragraph (and is not
continued by the next paragraph) is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
ALL_MARKS = "\"“”‘’„‟«»‹›'`"
# The space French typography sets inside guillemets: « comme ceci ».
_FRENCH_SPACES = " \u00a0\u202f"
# Characters after which a straight mark opens a quotation.
_OPENING_CONTEXT = " \t\n([{—–-/:;,\u00a0"
# Characters before which a straight mark closes one.
_CLOSING_CONTEXT = " \t\n)]}.,;:!?—–-…\u00a0"


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: `start`/`end` are the quoted words (marks excluded)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark
    paragraphs: int = 1  # how many paragraphs the quotation runs over


@dataclass(frozen=True)
class _Mark:
    pos: int
    width: int
    kind: str  # "open", "close" or "either"


# What a quote's span never starts or ends with: space, quotation marks, and the
# punctuation that joins it to its attribution.
SPAN_EDGES = " \t\n\u00a0\"“”‘’„«»',;:—–-"


def strip_edges(text: str, start: int, end: int, chars: str = SPAN_EDGES) -> tuple[int, int]:
    """text[start:end] narrowed past any of `chars` at either end, as offsets."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Line-based paragraphs (start, end), blank lines skipped."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _double_marks(text: str, start: int, end: int) -> list[_Mark]:
    marks: list[_Mark] = []
    i = start
    while i < end:
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        if ch in DOUBLE_OPEN:
            nxt = text[i + 1] if i + 1 < end else " "
            if nxt not in " \t\n\u00a0":  # an opening mark followed by a space is stray
                marks.append(_Mark(i, 1, "open"))
            elif ch == "«" and text[i + 1:i + 3].lstrip(_FRENCH_SPACES)[:1].isalnum():
                marks.append(_Mark(i, 1, "open"))  # « set French style, a space inside
        elif ch in DOUBLE_CLOSE:
            nxt = text[i + 1] if i + 1 < end else " "
            if (i == start or prev in _OPENING_CONTEXT) and nxt.isalnum():
                # the wrong mark opening a paragraph or a quotation: 'said: ”We ...”'
                marks.append(_Mark(i, 1, "open"))
            else:
                marks.append(_Mark(i, 1, "close"))
        elif ch == '"' or ((ch in "'`’‘" and i + 1 < end and text[i + 1] == ch)
                           and not (prev.isalnum() and i + 2 < end and text[i + 2].isalnum())):
            width = 1 if ch == '"' else 2
            nxt = text[i + width] if i + width < end else " "
            if prev in _OPENING_CONTEXT and nxt not in " \t\n\u00a0":
                kind = "open"
            elif nxt in _CLOSING_CONTEXT or nxt in ALL_MARKS:
                kind = "close"
            else:
                kind = "either"
            marks.append(_Mark(i, width, kind))
            i += width
            continue
        i += 1
    return marks


def _is_single_open(text: str, i: int, start: int, end: int) -> bool:
    ch = text[i]
    if ch not in SINGLE_OPEN and ch != "'":
        return False
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if not (prev in _OPENING_CONTEXT or prev in '"“'):
        return False
    if not (nxt.isalpha() or nxt in "[(…"):
        return False
    # '90s, 'em, 'til: a leading apostrophe, not a quote mark
    word = text[i + 1:i + 5].lower()
    return not (word[:2].isdigit() or word.startswith(("em ", "til ", "n ", "cause ")))


def _is_single_close(text: str, i: int, start: int, end: int) -> bool:
    ch = text[i]
    if ch not in SINGLE_CLOSE and ch != "'":
        return False
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if prev in " \t\n\u00a0":
        return False
    return nxt in _CLOSING_CONTEXT or nxt in '"”'


def _possessive(text: str, i: int) -> bool:
    """A mark that may end a plural possessive: after an "s", before a space and a word."""
    return text[i - 1:i] in ("s", "S") and text[i + 1:i + 2] == " " and \
        text[i + 2:i + 3].isalnum()


def _closes_later(text: str, i: int, start: int, end: int) -> bool:
    """Whether a single quotation still open at `i` closes before another opens."""
    for j in range(i, end):
        if _is_single_close(text, j, start, end) and not _possessive(text, j):
            return True
        if _is_single_open(text, j, start, end):
            return False
    return False


def _single_pairs(text: str, start: int, end: int,
                  skip: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """British-style single-quoted passages in text[start:end], as mark offsets; the
    `skip` stretches (double quotations, marks included) are stepped over whole, so a
    double quotation can sit inside a single one."""
    pairs = []
    jump = {a: b for a, b in skip}
    i = start
    while i < end:
        if i in jump:
            i = jump[i] + 1
            continue
        if _is_single_open(text, i, start, end):
            j = i + 1
            found = None
            while j < end:
                if j in jump:
                    j = jump[j] + 1
                    continue
                if _is_single_close(text, j, start, end):
                    # a closing mark directly before a letter is not one; after an "s"
                    # and before a word it is a plural possessive (the Beatles' songs)
                    # when the quotation closes later on
                    if _possessive(text, j) and _closes_later(text, j + 1, start, end):
                        j += 1
                        continue
                    found = j
                    break
                if _is_single_open(text, j, start, end):
                    break
                j += 1
            if found is not None and found - i > 1:
                pairs.append((i, found))
                i = found + 1
                continue
        i += 1
    return pairs


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All top-level quotations in `text`, in order of their opening marks."""
    paragraphs = _paragraphs(text)
    spans: list[QuoteSpan] = []
    open_at: _Mark | None = None
    open_paras = 0
    single_open: int | None = None  # a single quotation running over paragraphs
    single_paras = 0
    for n, (p_start, p_end) in enumerate(paragraphs):
        marks = _double_marks(text, p_start, p_end)
        continuing = open_at is not None
        if continuing:
            # a continued quotation reopens its new paragraph with an opening mark
            if marks and marks[0].kind in ("open", "either") and \
                    not text[p_start:marks[0].pos].strip():
                marks = marks[1:]
                open_paras += 1
            else:
                open_at, continuing = None, False
        covered: list[tuple[int, int]] = []
        inner_end = -1
        for k, mark in enumerate(marks):
            if mark.pos <= inner_end:
                continue
            if open_at is None:
                if mark.kind in ("open", "either"):
                    open_at, open_paras = mark, 1
                continue
            inner = _inner_close(text, open_at, marks, k)
            if inner is not None:
                inner_end = inner  # a quotation inside, in the other family of marks
                continue
            if mark.kind == "open" and text[mark.pos] in DOUBLE_OPEN and \
                    text[open_at.pos] in DOUBLE_OPEN:
                # two curly openers in a row: the first was stray
                if open_at.pos >= p_start:
                    open_at, open_paras = mark, 1
                continue
            if mark.kind == "open" and text[mark.pos] == '"' and \
                    _looks_like_stray_open(text, open_at, mark):
                open_at, open_paras = mark, 1
                continue
            s, e = open_at.pos + open_at.width, mark.pos
            if text[open_at.pos] == "«" or text[e] == "»":
                s, e = strip_edges(text, s, e, _FRENCH_SPACES)
            if text[s:e].strip():
                spans.append(QuoteSpan(s, e, open_at.pos, mark.pos, open_paras))
                covered.append((open_at.pos, mark.pos))
            open_at = None
        if open_at is not None:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            reopens = False
            if nxt is not None:
                first = text[nxt[0]:nxt[1]].lstrip()
                reopens = (bool(first) and first[0] in "\"“„«") or first.startswith("''")
            # a paragraph that ends inside a quotation continues when the next reopens,
            # if the quotation opened the paragraph, a sentence or followed an introduction
            lead = text[p_start:open_at.pos].rstrip() if open_at.pos >= p_start else ""
            introduced = not lead or lead[-1] in ":,.!?"
            if not reopens or not introduced or open_paras > 12:
                open_at = None
        # British single quotes, in the stretches no double quotation covers; a double
        # quotation inside a single one ('He told me, "Stay," so we did,') is nested
        singles = _singles_outside(text, p_start, p_end, covered, open_at)
        # British quotations over paragraphs: a paragraph opened by a single mark that it
        # never closes goes on while the next paragraphs reopen with one
        lead = _is_single_open(text, p_start, p_start, p_end)
        closed = next((q for q in singles if q.open_mark == p_start), None)
        if single_open is not None and lead and closed is not None:
            singles.remove(closed)
            singles.append(QuoteSpan(single_open + 1, closed.end, single_open,
                                     closed.close_mark, single_paras + 1))
            single_open = None
        elif single_open is not None and lead and single_paras < 12:
            single_paras += 1
        else:
            single_open = None
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if lead and closed is None and open_at is None and nxt is not None and \
                    _is_single_open(text, nxt[0], nxt[0], nxt[1]):
                single_open, single_paras = p_start, 1
        if singles:
            # this paragraph's quotations are the tail of the list: filter only those,
            # not the whole article's once per single-quoted passage
            k = len(spans)
            while k and spans[k - 1].open_mark >= p_start:
                k -= 1
            spans[k:] = [s for s in spans[k:] if not any(
                outer.start <= s.open_mark < outer.end for outer in singles)]
        spans.extend(singles)
    spans.sort(key=lambda s: s.start)
    return spans


def _straight(text: str, mark: _Mark) -> bool:
    return text[mark.pos] in "\"'`"


def _inner_close(text: str, open_at: _Mark, marks: list[_Mark], k: int) -> int | None:
    """Where a quotation nested in the open one ends, if marks[k] plainly opens one in
    the other family of marks: curly marks inside a straight quotation ('"He called it
    “a farce” twice."'), straight ones inside a curly quotation. None otherwise."""
    mark = marks[k]
    inner_straight = _straight(text, mark)
    if mark.kind != "open" or inner_straight == _straight(text, open_at):
        return None
    closes = ("close", "either") if inner_straight else ("close",)
    for j in range(k + 1, len(marks)):
        m = marks[j]
        if _straight(text, m) != inner_straight:
            if not inner_straight:
                return None  # the outer quotation closes first: not nested
            continue
        if m.kind in closes:
            # nested only if the outer quotation closes after it, in this paragraph
            # (otherwise the marks are mixed, or an excerpt runs on unclosed)
            outer = ("close",) if inner_straight else ("close", "either")
            if not any(_straight(text, o) != inner_straight and o.kind in outer
                       for o in marks[j + 1:]):
                return None
            return m.pos
        return None
    return None


def _looks_like_stray_open(text: str, open_at: _Mark, mark: _Mark) -> bool:
    """A straight mark that plainly opens while another is open: was the first stray?"""
    if open_at.kind != "open":
        return False
    between = text[open_at.pos + open_at.width:mark.pos]
    prev = text[mark.pos - 1] if mark.pos else " "
    nxt = text[mark.pos + 1] if mark.pos + 1 < len(text) else " "
    return prev in " \n" and nxt.isupper() and between.rstrip()[-1:] in ".!?"


def _singles_outside(text: str, p_start: int, p_end: int, covered: list[tuple[int, int]],
                     open_at: _Mark | None) -> list[QuoteSpan]:
    """Single-quoted passages of a paragraph, outside its double quotations or around
    them, and before a double quotation left open at its end."""
    begin, skip = p_start, []
    for a, b in covered:
        if a < p_start:  # the end of a quotation continued from an earlier paragraph
            begin = max(begin, b + 1)
        else:
            skip.append((a, b))
    last = max([begin] + [b + 1 for _, b in skip])
    stop = p_end if open_at is None else max(open_at.pos, last)
    out = []
    for i, j in _single_pairs(text, begin, stop, skip):
        content = text[i + 1:j]
        # one-word 'scare quotes' are kept; a lone letter is not a quotation
        if len(content.strip()) >= 2:
            out.append(QuoteSpan(i + 1, j, i, j))
    return out
