"""Who said what: direct, partial and reported speech with their speakers.

1. Quotations are found by their marks (see `quote_marks`), one paragraph at
   a time, with multi-paragraph quotes joined; transcript turns ("PENCE: ...")
   are split and labelled. Title Case names of shows, books and songs
   ('on "Face the Nation,"') are not quotations.
2. Each quotation is attributed from the words around it, outside any quote:
   first the stretch after it up to the end of its sentence or the next
   quotation ("...," Lavrov said), then the stretch before it (Pompeo said:
   "..."), through a speech verb of the lexicon and its subject in the parse
   (never a word inside the quotation, never across a paragraph break);
   else "according to X", a trailing dash (― Jane Doe), a colon introduction
   (Jane Doe: "..."). A quotation inside a larger clause (spoke of "truly
   overlapping interests") is a partial quote, attributed through the verb
   that governs it and reported as the clause around it (a mixed quote).
   A quotation with no attribution of its own continues the previous one's
   speaker when it follows in the same paragraph, opens the paragraph right
   after one, or follows a reported statement of the same paragraph;
   otherwise it stays unattributed.
3. Reported speech: a speech or opinion verb outside quotations with a
   subject and a clausal complement ("Pompeo demanded that Russia ...")
   gives an indirect quote, and so do "according to X", an attribution set
   off by commas ("A, X said, B." as two fragments), a stance verb's object
   ("criticized [the plan]"), or its passive subject when an agent holds it
   ("[the nominee] was endorsed by X"), an intention or impression through its
   infinitive ("wants [to triple ...]", "seems [to have vanished]", "urged
   [farmers to ...]"), a finding of a poll or study ("polls show [a close
   race]"), an "as" clause ("As X pointed out, [the plan ...]"), a source
   heading the sentence ("In this poll, [Trump rose ...]") and a headline-style
   "Name: statement" line.
   Boundaries follow how annotators mark what was said: one paragraph, a
   quotation's own closing punctuation kept, trailing "; ...", ", according
   to ...", participial and concessive clauses and the speaker's next act
   ("and warned ...") left out. When a clause holds a quotation, the whole
   clause is reported unless the quotation is nearly all of it.
4. Speakers are resolved by `speakers.SpeakerResolver`.

Everything is linear in the article's length: quotations and mentions are
looked up by bisection, never by scanning all of them per cue.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from reporter.analyse.entities import EntityIndex
from reporter.analyse.quotes.boundary import choose as choose_boundary
from reporter.analyse.quotes.boundary import misparsed_subject
from reporter.analyse.quotes.cues import (
    DASHES,
    INTENT,
    REPORTING,
    SPEECH,
    SPEECH_NOUNS,
    STANCE,
    WH_WORDS,
    wordlist,
)
from reporter.analyse.quotes.filter import keep as keep_statement
from reporter.analyse.quotes.filter import statement_features
from reporter.analyse.quotes.marks import QuoteSpan, find_quote_spans, strip_edges
from reporter.analyse.quotes.speaker_subject import controller
from reporter.analyse.quotes.speakers import (
    PERSON_NOUNS,
    SpeakerResolver,
    beside_speech,
    mention_text,
)
from reporter.analyse.sentences import sentence_index
from reporter.model import Quote, Speaker

# Verbs that govern a partial quote ("spoke of", "called it", "described as").
PARTIAL_CUES = SPEECH | REPORTING | frozenset(wordlist(
    "speak call describe label dub term brand characterize characterise praise "
    "criticize criticise slam blast mock dismiss refer promise vow pledge")) | STANCE
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_END_PUNCT = {".", "!", "?"}
MIN_UNATTRIBUTED_WORDS = 4
MAX_SCARE_WORDS = 2


@dataclass
class _Attribution:
    speaker: Speaker
    cue: str | None = None
    addressee: str | None = None
    verb: Token | None = None
    how: str = ""
    verbatim: bool = False  # words as spoken, without quote marks: an interview's answers


_TEXT_KEY = "reporter.quotes.text"
# benchmarks only: REPORTER_QUOTES_DEBUG=1 appends the pattern that found a reported
# statement to its cue ('said|ccomp') so each pattern's precision can be measured
_DEBUG = bool(os.environ.get("REPORTER_QUOTES_DEBUG"))


def _txt(doc: Doc) -> str:
    """The Doc's text, built once per analysis (`Doc.text` joins every token each call)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
    return text


def find_quotes(doc: Doc, entities: EntityIndex) -> list[Quote]:
    """Every quotation and reported statement in `doc`, ordered by start offset."""
    doc.user_data[_TEXT_KEY] = doc.text
    try:
        return _find_quotes(doc, entities)
    finally:
        doc.user_data.pop(_TEXT_KEY, None)


def statement_candidates(doc: Doc, entities: EntityIndex) -> list[tuple[Quote, dict[str, float]]]:
    """Every reported statement proposed before the confidence filter, with the
    features the filter scores (for training it: `quote_filter_train`)."""
    collected: list[tuple[Quote, dict[str, float]]] = []
    doc.user_data[_TEXT_KEY] = doc.text
    try:
        _find_quotes(doc, entities, collected)
    finally:
        doc.user_data.pop(_TEXT_KEY, None)
    return collected


def _find_quotes(doc: Doc, entities: EntityIndex,
                 collect: list[tuple[Quote, dict[str, float]]] | None = None) -> list[Quote]:
    text = _txt(doc)
    spans, labels = _transcript_labels(text, _split_inserted(text, find_quote_spans(text)))
    quoted: set[int] = set()
    span_tokens: list[Span | None] = []
    for qs in spans:
        tok_span = doc.char_span(qs.start, qs.end, alignment_mode="expand")
        span_tokens.append(tok_span)
        if tok_span is not None:
            quoted.update(range(tok_span.start, tok_span.end))
    # the quote marks themselves count as quoted for attribution purposes
    mark_tokens = set()
    for qs in spans:
        for pos in (qs.open_mark, qs.close_mark):
            t = _token_at(doc, pos)
            if t is not None:
                mark_tokens.add(t.i)
    resolver = SpeakerResolver(doc, entities, quoted)
    sent_of = sentence_index(doc)

    # reported speech first: it tells which quotations sit inside a reported clause
    indirect, absorbed = _reported(doc, spans, quoted | mark_tokens, resolver)
    _colon_lines(doc, spans, resolver, indirect, absorbed)

    reported_starts = [start for start, _, _ in indirect]
    out: list[Quote] = []
    previous: tuple[QuoteSpan, _Attribution | None] | None = None
    for n, (qs, toks) in enumerate(zip(spans, span_tokens, strict=False)):
        if toks is None or len(toks) == 0:
            continue
        if n in absorbed:
            previous = (qs, None)
            continue
        partial = _is_partial(doc, qs)
        attr: _Attribution | None
        if n in labels:  # a transcript: 'PENCE: Well, the question ...'
            partial = False
            attr = _Attribution(resolver.resolve_label(labels[n]), ":")
        elif partial:
            attr = _govern(toks, quoted, resolver)
        else:
            attr = _attribute(doc, spans, n, quoted | mark_tokens, resolver)
        if attr is None:
            attr = _continued(doc, text, spans, n, previous)
        if attr is None and not partial:
            attr = _after_statement(text, spans, n, indirect, reported_starts, resolver.people)
        if attr is None and not partial:
            attr = _introduced(doc, text, spans, n, resolver)
        if attr is None and not partial:
            attr = _headline_source(doc, text, qs, resolver)
        words = len(text[qs.start:qs.end].split())
        if _is_title(text[qs.start:qs.end]) and (
                not text[qs.start:qs.end].rstrip().endswith((".", "!", "?"))
                or _word_before(doc, qs) in ("on", "of", "titled", "entitled")
                or _word_before(doc, qs).endswith(("'s", "’s"))
                or _own_line(text, qs)):
            if _own_line(text, qs):
                previous = (qs, None)  # a subheading ends the previous speaker's turn
            continue  # "Fox News Sunday", "All Bets Are Off": a title, not speech
        previous = (qs, attr)
        if attr is None and (partial or words < MIN_UNATTRIBUTED_WORDS):
            continue  # a title or scare quotes, not speech
        if partial and attr is not None and attr.verb is not None:
            # a mixed quote: the reported words around the quoted fragment
            mixed = _mixed_span(attr.verb, spans, qs)
            if mixed is not None and mixed[0] <= qs.start and mixed[1] >= qs.end:
                indirect.append((mixed[0], mixed[1], _Attribution(
                    attr.speaker, attr.cue, attr.addressee, attr.verb, how="mixed")))
                continue
        run_on = _runs_on(text, qs) if not partial and attr is not None and \
            n not in labels else None
        if run_on is not None:
            # '"Jail is the only way" for bankers, she said': the sentence goes on
            # after the quotation, up to the attribution
            indirect.append((qs.start, run_on, _Attribution(
                attr.speaker, attr.cue, attr.addressee, attr.verb, how="run-on")))
            continue
        if partial and words <= MAX_SCARE_WORDS and \
                not text[qs.start:qs.end].rstrip().endswith((".", "!", "?")):
            continue  # a word or two in scare quotes ("a con") is not a statement
        if _STAGE_DIRECTION.fullmatch(text[qs.start:qs.end].strip()):
            continue  # '(CROSSTALK)', '[Applause.]': a stage direction, not speech
        speaker = attr.speaker if attr else Speaker()
        out.append(Quote(
            text=text[qs.start:qs.end].strip(),
            kind="partial" if partial else "direct",
            speaker=speaker,
            cue=attr.cue if attr else None,
            addressee=attr.addressee if attr else None,
            sentence=sent_of.get(toks.start, 0),
            start=qs.start + (len(text[qs.start:qs.end]) - len(text[qs.start:qs.end].lstrip())),
            end=qs.start + len(text[qs.start:qs.end].rstrip()),
        ))
    marked = len(out)
    mixed: list[tuple[int, int]] = []
    for start, end, attr in _dedupe(_finish(text, spans, indirect)):
        if not attr.verbatim and not _overlaps_quote(spans, start - 1, end + 1):
            # where the annotators would draw it: a learned choice among parse variants
            # (not for an interview's answers: the words spoken are all of the line)
            start, end = choose_boundary(doc, text, start, end, attr.how, attr.verb,
                                         lambda s, e: _overlaps_quote(spans, s - 1, e + 1))
        inside = [k for k in _quotes_within(spans, start, end)
                  if start <= spans[k].start and spans[k].end <= end]
        kind = "partial" if inside else "indirect"
        if inside:
            # a mixed quote keeps the marks of the quotations it begins or ends with, so
            # its text reads with balanced marks: '"truly overlapping interests" that ...'
            first, last = spans[inside[0]], spans[inside[-1]]
            if last.close_mark < end and _dash_after(text, last.close_mark, end):
                end = last.close_mark
            if not text[start:first.start].strip():
                start = first.open_mark
            if not text[last.end:end].strip() and last.close_mark >= end:
                end = last.close_mark + (2 if text.startswith("''", last.close_mark) else 1)
        tok = _token_at(doc, start)
        quote = Quote(text=text[start:end], kind="direct" if attr.verbatim and not inside else kind,
                      speaker=attr.speaker,
                      cue=(f"{attr.cue}|{attr.how}" if _DEBUG else attr.cue),
                      addressee=attr.addressee,
                      sentence=sent_of.get(tok.i, 0) if tok is not None else 0,
                      start=start, end=end)
        features = statement_features(doc, text, start, end, attr.how, kind, attr.cue, attr.verb,
                                      attr.speaker)
        if collect is not None:
            collect.append((quote, features))
        elif not keep_statement(features):
            continue
        if (attr.speaker.mention or "").lower() == "you":
            continue  # 'you know that ...', 'you want to play ...': the reader, no source
        if inside:
            mixed.append((start, end))
        out.append(quote)
    if mixed:
        mixed.sort()
        out = [q for q in out[:marked] if not _within(mixed, q.start, q.end)] + out[marked:]
    out.sort(key=lambda q: (q.start, q.end))
    _echoed_speakers(out)
    return out


_WORDS = re.compile(r"\w+")


def _echoed_speakers(quotes: list[Quote]) -> None:
    """An unattributed quotation whose words recur in an attributed one (a headline or a
    pull quote repeating the body: "'You stop noticing you are tired': the nurses who
    ...") is that speaker's."""
    def key(words: str) -> str:
        return " " + " ".join(_WORDS.findall(words.lower())) + " "

    alone = [q for q in quotes if q.speaker.name is None and q.kind == "direct"
             and len(q.text.split()) >= 3]
    if not alone:
        return
    said = [(key(q.text), q) for q in quotes if q.speaker.name is not None]
    for q in alone:
        k = key(q.text)
        source = next((other for words, other in said if k in words and other is not q), None)
        if source is not None:
            q.speaker = source.speaker


# ', she said, ' inside one pair of marks: the marks around an inserted attribution were
# dropped ('"We lost every file, she said, and rebuilt the records."').
_INSERTED = re.compile(
    r",[ \u00a0]+(?:he|she|they|(?:(?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]+)?"
    r"[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+)?)"
    r"[ \u00a0]+(?:said|says|added|adds|explained|continued)(?=,[ \u00a0]+\w)")


def _split_inserted(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """A quotation whose marks lost an inserted attribution becomes the two quotations
    around it, so the attribution is found between them as usual."""
    out = []
    for qs in spans:
        m = _INSERTED.search(text, qs.start, qs.end) if qs.paragraphs == 1 else None
        if m is None or _attributed_outside(text, qs):
            # '"Last year, Biden said, it would change," Smith said.' quotes Smith
            out.append(qs)
            continue
        cut = m.start() + 1  # after the comma, which stays with the first part
        resume = m.end() + 1  # past the comma and the spaces after it
        while resume < qs.end and text[resume] in " \u00a0":
            resume += 1
        out.append(QuoteSpan(qs.start, cut, qs.open_mark, cut))
        out.append(QuoteSpan(resume, qs.end, resume - 1, qs.close_mark))
    return out


_SPEECH_WORD = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks)\b")


def _attributed_outside(text: str, qs: QuoteSpan) -> bool:
    """Whether a quotation has an attribution of its own outside its marks: a speech verb
    after it in its sentence, or an introduction ending in a colon or a speech verb
    before it."""
    after = text[qs.close_mark + 1:qs.close_mark + 120]
    after = re.split(r"(?<=[.!?])\s|\n", after, maxsplit=1)[0]
    before = text[max(0, qs.open_mark - 80):qs.open_mark].rsplit("\n", 1)[-1].rstrip()
    return bool(_SPEECH_WORD.search(after)) or before.endswith(":") or \
        bool(_SPEECH_WORD.search(before[-12:]))


_STAGE_DIRECTION = re.compile(r"[(\[][^()\[\]]+[)\]][.!]?")


def _within(outer: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of `outer` (sorted, not nested): a quotation
    already reported inside a mixed quote ('called him "rude" and "unstable"') is not
    a quote of its own."""
    k = bisect_right(outer, (start, float("inf"))) - 1
    return k >= 0 and end <= outer[k][1] and outer[k] != (start, end)


# ---------------------------------------------------------------- helpers
def _dash_after(text: str, close_mark: int, end: int) -> bool:
    """Whether a statement runs on past its last quotation into a dash or a parenthesis:
    'dismissed Estonia as "the suburbs" — a remark that ...' is the writer's aside."""
    stripped = text[close_mark + 1:end].lstrip()
    return bool(stripped) and stripped[0] in "—–―("


_RUN_ON = re.compile(r"[ \u00a0]+[a-z][^,.;:!?\n\"“”‘’']{0,60}(?=,)")


def _runs_on(text: str, qs: QuoteSpan) -> int | None:
    """Where the reported words end when a quotation opening its sentence is continued
    by the writer before a comma ('"I have admiration for the mechanics" of the plan,
    he said'): the comma; None when the quotation ends where its marks do."""
    if text[qs.start:qs.end].rstrip(" \u00a0\"“”‘’'")[-1:] in (",", ".", "!", "?", ";", ":"):
        return None
    m = _RUN_ON.match(text, qs.close_mark + 1)
    return m.end() if m else None


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _is_partial(doc: Doc, qs: QuoteSpan) -> bool:
    """A quotation embedded in a larger clause: 'spoke of "truly overlapping interests"'."""
    text = _txt(doc)
    before = text[:qs.open_mark].rstrip(" \u00a0\t")
    if not before or before[-1] in "\n:.!?\"”'’—―–-([":
        return False
    if before[-1] == ",":
        # 'tweeted that, "For those ..."': the clause before the comma holds the quotation
        last_word = before[:-1].rstrip().rsplit(None, 1)[-1].lower()
        return last_word in _OPEN_BEFORE_COMMA
    prev = _token_at(doc, len(before) - 1)
    quoted = text[qs.start:qs.end].lstrip()
    # 'said "We need change."' introduces a full quotation, not a fragment
    if prev is not None and prev.lemma_.lower() in SPEECH and prev.pos_ in ("VERB", "AUX") \
            and quoted[:1].isupper():
        return False
    return before[-1].isalnum() or before[-1] in ")%"


# Words that leave a clause open when a comma and a quotation follow them: 'tweeted
# that, "..."', 'described him as, "..."', 'asked questions, including, "..."'.
_OPEN_BEFORE_COMMA = frozenset(wordlist("that as including"))
_TITLE_SMALL = frozenset(wordlist(
    "a an the and or but nor of in on at to for by with from as into over vs vs. is are be"))


_LABEL = re.compile(r"([A-Z][A-Z.'’ -]{0,30}[A-Z])(?: \([^)\n]{1,30}\))?:[ \u00a0]+(?=\S)")


_COLON_LINE = re.compile(r"^([A-Z][^:\n\d\"“”‘’']{1,40}):[ \u00a0]+([^\n]+)$", re.M)
_NOT_SOURCES = frozenset(wordlist(
    "note update updated editor editor's correction related source sources photo video watch "
    "read listen see also more disclosure clarification caption credit"))


_QUESTION_LINE = re.compile(r"^(?:Q|Question)[ \u00a0]*[:.][ \u00a0]+\S", re.M)


def _colon_lines(doc: Doc, spans: list[QuoteSpan], resolver: SpeakerResolver,
                 indirect: list[tuple[int, int, _Attribution]], absorbed: set[int]) -> None:
    """Headline-style attributions without quote marks: 'Sanders: Clinton needs to get
    away from all of this personality stuff'."""
    text = _txt(doc)
    question = _QUESTION_LINE.search(text)
    interview = question is not None
    interviewee = _interviewee(doc, question.start(), resolver) if question else None
    if interviewee is not None:
        for m in _ANSWER_LINE.finditer(text):
            # 'A: ...' in a Q&A: the interviewee's words, however long the answer
            start, end = strip_edges(text, m.start(1), m.end(1))
            inside = _quotes_within(spans, start, end)
            if end > start and \
                    not any(spans[k].start < start or spans[k].end > end for k in inside):
                absorbed.update(inside)
                indirect.append((start, end, _Attribution(interviewee, ":", how="colon",
                                                          verbatim=True)))
    for m in _COLON_LINE.finditer(text):
        label, rest = m.group(1).strip(), m.group(2).strip()
        words = label.split()
        if len(words) > 5 or label.lower() in _NOT_SOURCES or words[0].lower() in _NOT_SOURCES:
            continue
        if interview and label.lower() in _ASKERS:
            continue  # the interviewer's question
        # a headline's length, not a section heading over a paragraph; an interview's
        # answers ('Osei: Not remotely. ...') run as long as they run
        longest = 400 if interview else 25
        if not 3 <= len(rest.split()) <= longest or rest[0] in "\"“”‘’'«":
            continue
        span = doc.char_span(m.start(1), m.start(1) + len(label), alignment_mode="contract")
        if span is None or not len(span):
            continue
        named = any(resolver.entities.at_token(t.i) is not None for t in span)
        if not named and not (len(words) == 1 and words[0][:1].isupper()):
            continue
        body = doc.char_span(m.start(2), m.start(2) + len(rest), alignment_mode="contract")
        if any((e := resolver.entities.at_token(t.i)) is not None and e.label in ("GPE", "LOC")
               for t in span) or (body is not None and any(
                   t.lemma_.lower() in SPEECH and t.pos_ == "VERB" and t.i not in resolver.quoted
                   and any(c.dep_ in _SUBJECT_DEPS and c.i >= body.start for c in t.children)
                   for t in body)):
            continue  # a dateline ('MUMBAI: ..., officials said'), not a source
        start = m.start(2)
        start, end = strip_edges(text, start, start + len(rest))
        if text[end - 1:end] == "." and not interview:  # an answer keeps its full stop
            end = _through_quote(text, spans, end - 1)
        inside = _quotes_within(spans, start, end)
        if any(spans[k].start < start or spans[k].end > end for k in inside):
            continue
        absorbed.update(inside)
        # in an interview ('Q: ...' / 'Strand: ...') the answers are the words spoken; a
        # label the entities miss ('Osei:', 'OSEI:') is the person the article names
        source = resolver.resolve_span(span) if named else resolver.resolve_label(label)
        indirect.append((start, end, _Attribution(source, ":", how="colon", verbatim=interview)))


_ASKERS = frozenset(wordlist("q question interviewer"))
_ANSWER_LINE = re.compile(r"^(?:A|Answer)[ \u00a0]*:[ \u00a0]+([^\s\"“”‘’'«](?:[^\n]*\S)?)", re.M)


def _interviewee(doc: Doc, before: int, resolver: SpeakerResolver) -> Speaker | None:
    """Who answers a Q&A whose answers are only labelled 'A:': the first person the
    introduction (before the first question) names."""
    for tok in doc:
        if tok.idx >= before:
            break
        ent = resolver.entities.at_token(tok.i)
        if ent is not None and ent.label == "PERSON":
            return Speaker.of(ent, ent.name)
    return None


def _transcript_labels(text: str, spans: list[QuoteSpan]
                       ) -> tuple[list[QuoteSpan], dict[int, str]]:
    """Transcript quotations: a speaker label in capitals opens the quotation
    ('"WALLACE: If I may, sir ...'); a later paragraph of a multi-paragraph quotation
    that opens with another label starts a new quotation."""
    out: list[QuoteSpan] = []
    labels: dict[int, str] = {}
    for qs in spans:
        pieces = [qs]
        if qs.paragraphs > 1:
            pieces = []
            start, open_mark = qs.start, qs.open_mark
            pos = text.find("\n", qs.start, qs.end)
            while pos != -1:
                nxt = pos
                while nxt < qs.end and (text[nxt].isspace() or text[nxt] in "\"“„«'"):
                    nxt += 1
                if _LABEL.match(text, nxt) and text[start:pos].strip():
                    pieces.append(QuoteSpan(start, pos, open_mark, pos))
                    start, open_mark = nxt, nxt - 1
                pos = text.find("\n", nxt, qs.end) if nxt < qs.end else -1
            pieces.append(QuoteSpan(start, qs.end, open_mark, qs.close_mark))
        for piece in pieces:
            m = _LABEL.match(text, piece.start)
            if m and m.end() < piece.end:
                labels[len(out)] = m.group(1)
                piece = QuoteSpan(m.end(), piece.end, piece.open_mark, piece.close_mark,
                                  piece.paragraphs)
            out.append(piece)
    return out, labels


def _is_title(quoted: str) -> bool:
    """Title Case words: a programme, book, song or headline ("Face the Nation")."""
    words = [w.strip(".,;:!?'\"“”‘’()") for w in quoted.split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= 10 or all(w.isupper() or not w.isalpha() for w in words):
        return False
    big = [w for w in words if w.lower() not in _TITLE_SMALL]
    return len(big) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in big) and \
        words[0][0].isupper()


def _own_line(text: str, qs: QuoteSpan) -> bool:
    """A quotation standing alone on its line: a subheading ("'Coal Isn't the Villain.'")."""
    before = text[text.rfind("\n", 0, qs.open_mark) + 1:qs.open_mark]
    end = text.find("\n", qs.close_mark)
    after = text[qs.close_mark + 1:len(text) if end == -1 else end]
    return not before.strip() and not after.strip(" \u00a0\t'’\"”")


def _word_before(doc: Doc, qs: QuoteSpan) -> str:
    before = _txt(doc)[max(0, qs.open_mark - 40):qs.open_mark].split()
    return before[-1].lower() if before else ""


def _region_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return list(span) if span is not None else []


def _after_region(doc: Doc, spans: list[QuoteSpan], n: int) -> list[Token]:
    qs = spans[n]
    text = _txt(doc)
    nxt = text[qs.close_mark + 1:qs.close_mark + 40].lstrip(" \u00a0\"”’'")
    if text[qs.start:qs.end].rstrip().endswith(".") and nxt[:1].isupper() and \
            len(nxt.split()) > 1 and nxt.split()[1].lower() not in _SAID_FORMS:
        return []  # '... boasted, "That makes me smart." Trump was ...': a new sentence
    limit = spans[n + 1].open_mark if n + 1 < len(spans) else len(_txt(doc))
    para_end = _txt(doc).find("\n", qs.close_mark)
    if para_end != -1:
        limit = min(limit, para_end)
    out = []
    for t in _region_tokens(doc, qs.close_mark + 1, limit):
        out.append(t)
        if t.text in _END_PUNCT:
            break
    return out


def _before_region(doc: Doc, spans: list[QuoteSpan], n: int) -> list[Token]:
    qs = spans[n]
    limit = spans[n - 1].close_mark + 1 if n > 0 else 0
    para_start = _txt(doc).rfind("\n", 0, qs.open_mark) + 1
    limit = max(limit, para_start)
    toks = _region_tokens(doc, limit, qs.open_mark)
    out: list[Token] = []
    for t in reversed(toks):
        if t.text in _END_PUNCT:
            break
        out.append(t)
    return list(reversed(out))


def _subject(verb: Token, excluded: set[int] | frozenset[int] = frozenset()) -> Token | None:
    """The subject of a speech verb, climbing through 'and said', 'adding', 'saying'."""
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None  # 'Asked whether it would last, Boyle paused': Boyle was asked
    seen = 0
    v = verb
    own = misparsed_subject(verb)
    if own is not None and own.i not in excluded and _same_paragraph(own, verb):
        return own
    while v is not None and seen < 4:
        for child in _nearest_subject_first(v):
            if child.dep_ in _SUBJECT_DEPS and child.lower_ not in ("that", "which", "what") \
                    and child.i not in excluded and _same_paragraph(child, verb) and not any(
                        verb.doc[k].text == ":" for k in range(child.i + 1, v.i)):
                if v is not verb and _expletive(child):
                    return None  # 'It is odd that Lopez ... refuses to explain ...'
                if child.lower_ in _NO_ONE:
                    return None  # 'Neither expected to ...': no one holds it
                return child  # never across a colon ('The Latest: Trump urges ...')
            if child.dep_ == "agent":  # "was told by X"
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
        obj = controller(v, excluded)  # "forced X to admit": X admits
        if obj is not None:
            return obj
        if v is verb and _second_cue(v):
            # 'X acknowledged that A had happened but noted that B': the parse joins the
            # second cue to the reported clause; its speaker is the first cue's
            v = v.head.head
            seen += 1
            continue
        if v.dep_ in ("conj", "advcl", "xcomp", "ccomp") and v.head.i != v.i:
            v = v.head
            seen += 1
            continue
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head  # 'sings to Clinton before asking her'
            seen += 1
            continue
        break
    # a misparse ('... with the editorial board of the Post Trump said that ...'): a name
    # right before the verb, with no subject found, is its subject
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and prev.pos_ == "PROPN" and prev.i not in excluded and \
            prev.ent_type_ in ("PERSON", "ORG", "NORP") and verb.dep_ == "ROOT":
        return prev
    return None


def _nearest_subject_first(verb: Token) -> list[Token]:
    """The verb's children, with two subjects before it put nearest first when the
    first is set off by a comma: in 'In a statement signed by its chair, Rosemary
    Atieno, the council said' the parser makes both the chair's name and 'the council'
    subjects, and the one next to the verb is."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i]
    if len(subjects) < 2 or subjects[0].left_edge.i == 0 or \
            verb.doc[subjects[0].left_edge.i - 1].text != ",":
        return children  # 'Ban Ki-moon, the secretary general, vowed': the name
    return sorted(subjects, key=lambda c: -c.i) + [c for c in children if c not in subjects]


# Subjects saying that no one said or holds something ('Neither expected to ...').
_NO_ONE = {"neither", "none", "nobody", "no-one"}


def _expletive(subject: Token) -> bool:
    """'It' standing in for a that-clause ('It seems clear that X ...', 'It is striking
    that X demands ...', 'It was reported that ...'): no one who says anything."""
    verb = subject.head
    if subject.lower_ != "it" or not any(
            c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                       for m in c.children)
            for c in verb.children):
        return False
    copula = verb.lemma_ in ("be", "seem", "appear", "remain") and \
        any(c.dep_ in ("acomp", "attr") for c in verb.children)
    with_be = verb.tag_ in ("VBG", "VBN", "JJ") and \
        any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children)
    return copula or with_be


def _second_cue(verb: Token) -> bool:
    """A speech verb with no subject of its own joined to the clause another speech verb
    reports, and itself reporting a clause: the speaker's second statement."""
    head = verb.head
    return verb.dep_ == "conj" and verb.lemma_.lower() in SPEECH and \
        head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEECH | REPORTING and \
        any(c.dep_ == "ccomp" for c in verb.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _relative_subject(verb: Token, excluded: set[int]) -> Token | None:
    """The noun a relative clause hangs on, as the subject of its verb: in 'the EU,
    which contended that ...' and 'rules that promise to ...' the EU and the rules
    hold the position."""
    if verb.dep_ != "relcl" or verb.head.i in excluded or verb.head.pos_ not in (
            "NOUN", "PROPN") or not _same_paragraph(verb.head, verb):
        return None
    if any(c.dep_ in _SUBJECT_DEPS and c.lower_ in ("which", "that", "who") for c in verb.children):
        return verb.head
    return None


def _addressee(verb: Token) -> str | None:
    if verb.lemma_.lower() not in ("tell", "inform", "assure", "ask", "warn", "urge", "remind"):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return mention_text(child.doc, child)
    return None


def _cue_in(region: list[Token], excluded: set[int], resolver: SpeakerResolver,
            nearest_last: bool) -> _Attribution | None:
    """A speech verb with a subject among the region's tokens."""
    ids = {t.i for t in region}
    verbs = [t for t in region if t.i not in excluded and t.pos_ in ("VERB", "AUX")
             and (t.lemma_.lower() in SPEECH | _FINDING or _put_it(t))]
    if nearest_last:
        verbs.reverse()
    for verb in verbs:
        subj = _subject(verb, excluded)
        if subj is not None and not _same_paragraph(subj, verb):
            subj = None
        if subj is None:
            named = _surname_beside(verb, ids, excluded, resolver)
            if named is not None:
                return _Attribution(named, _cue_text(verb), _addressee(verb))
        if subj is None and verb.dep_ == "acl" and verb.head.i == verb.i - 1 and \
                verb.tag_ == "VBN" and verb.head.i in ids and verb.head.i not in excluded and (
                    verb.head.lemma_.lower() in PERSON_NOUNS or
                    resolver.entities.at_token(verb.head.i) is not None):
            # '"...," the patient described', parsed as 'the patient (who was) described'
            subj = verb.head
        if verb.lemma_.lower() in _FINDING and (subj is None or not (
                subj.lower_ == "it" or subj.lemma_.lower() in _DOCUMENTS)):
            continue  # '..., it found': only a document finds what a quotation says
        if subj is not None and subj.i not in excluded and (
                subj.i in ids or (verb.i in ids and abs(subj.i - verb.i) < 12)
                or (verb.i in ids and verb.tag_ == "VBG" and subj.sent == verb.sent)):
            speaker = resolver.resolve(subj)
            resolver.note(subj, speaker)
            return _Attribution(speaker, _cue_text(verb), _addressee(verb))
        # no subject: "..., E.U. foreign affairs chief, Federica Mogherini, told reporters"
        names = [t for t in region if t.i < verb.i and t.i not in excluded
                 and resolver.entities.at_token(t.i) is not None
                 and resolver.entities.at_token(t.i).label in ("PERSON", "ORG")]
        # a name modifying a noun ('a top Trump surrogate', "Obama's spokesman") is not
        # the speaker; the people named in their own right are, the last one first
        heads = [t for t in names if not _modifies_noun(t)] or names
        if names:
            ent = resolver.entities.at_token(heads[-1].i)
            words = _clean(region, verb)
            return _Attribution(Speaker.of(ent, words or names[-1].text),
                                _cue_text(verb), _addressee(verb))
    # "according to X"
    for t in region:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            for g in t.doc[t.i + 1].children:
                if g.dep_ == "pobj":
                    return _Attribution(resolver.resolve(g), "according to")
    return None


def _surname_beside(verb: Token, ids: set[int], excluded: set[int],
                    resolver: SpeakerResolver) -> Speaker | None:
    """'"...," says Early' and 'Early still says' with the surname of Chris Early read as
    an adverb: a word next to the verb where a speaker's name stands (`beside_speech`)
    that is the surname of exactly one person named in the article."""
    word = _surname_token(verb, ids, excluded, resolver)
    return Speaker.of(resolver.surnamed(word.text), word.text) if word is not None else None


def _surname_token(verb: Token, ids: set[int] | None, excluded: set[int],
                   resolver: SpeakerResolver) -> Token | None:
    """The word `_surname_beside` finds, within `ids` when given."""
    doc = verb.doc
    for i in (verb.i + 1, verb.i - 1, verb.i - 2):
        if not 0 <= i < len(doc) or (ids is not None and i not in ids) or i in excluded:
            continue
        if beside_speech(doc[i], verb) and resolver.surnamed(doc[i].text) is not None:
            return doc[i]
    return None


# '"Complaints were lost," the report found': a document's findings quoted from it.
_FINDING = frozenset(wordlist("find show"))
_DOCUMENTS = frozenset(wordlist(
    "report study review audit inquiry investigation survey poll analysis paper ruling "
    "judgment judgement research"))


def _modifies_noun(token: Token) -> bool:
    """Whether the name holding `token` modifies a common noun ('a Trump surrogate')."""
    t = token
    while t.head.i != t.i and t.head.ent_iob_ == "I" and t.dep_ in ("compound", "flat"):
        t = t.head
    while t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN" and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("poss", "compound", "amod", "nmod") and t.head.pos_ == "NOUN"


def _put_it(verb: Token) -> bool:
    """'As Rosenthal put it, "..."'."""
    return verb.lemma_.lower() == "put" and any(
        c.dep_ == "dobj" and c.lower_ in ("it", "this", "that") for c in verb.children) and \
        not any(c.dep_ == "prep" for c in verb.children)


def _clean(region: list[Token], verb: Token) -> str:
    words = [t.text_with_ws for t in region if t.i < verb.i]
    return "".join(words).strip(" ,;\n")


def _cue_text(verb: Token) -> str:
    """The cue as readers see it: the verb with its particle ('pointed out') and, when
    it is negated, with its negation ('did not say', "isn't saying", 'never said'), so
    the briefing does not show what someone did not say as said."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    parts = sorted([verb, *(c for c in verb.children if c.dep_ == "prt" or (
        negated and c.dep_ in ("neg", "aux") and c.i < verb.i))], key=lambda t: t.i)
    return "".join(t.text + (t.whitespace_ if nxt.i == t.i + 1 else " ")
                   for t, nxt in pairwise(parts)) + parts[-1].text


def _attribute(doc: Doc, spans: list[QuoteSpan], n: int, excluded: set[int],
               resolver: SpeakerResolver) -> _Attribution | None:
    after = _after_region(doc, spans, n)
    attr = _cue_in(after, excluded, resolver, nearest_last=False)
    if attr is not None:
        return attr
    before = _before_region(doc, spans, n)
    attr = _cue_in(before, excluded, resolver, nearest_last=True)
    if attr is not None:
        return attr
    # a trailing dash: "..." ― Jane Doe
    rest = _txt(doc)[spans[n].close_mark + 1:spans[n].close_mark + 4].lstrip(" \u00a0")
    words = [t for t in after if not t.is_space and not (t.is_punct and t.text[0] in DASHES)]
    if rest[:1] in DASHES and words:
        names = [t for t in words[:5] if t.pos_ == "PROPN" or resolver.entities.at_token(t.i)]
        if names and names[0].i == words[0].i:
            span = doc[names[0].i:names[-1].i + 1]
            return _Attribution(resolver.resolve_span(span), rest[0])
    # a colon introduction: Jane Doe: "..."
    words = [t for t in before if not t.is_space]
    if len(words) >= 2 and words[-1].text == ":" and len(words) <= 8:
        head = words[-2]
        ent = resolver.entities.at_token(head.i)
        if (ent is not None and ent.label in ("PERSON", "ORG")) or head.pos_ == "PROPN":
            return _Attribution(resolver.resolve(head), ":")
    if len(words) >= 3 and words[-1].text == ":":
        subj = _introducer(words, excluded, resolver)
        if subj is not None:
            return _Attribution(resolver.resolve(subj), ":")
    if not words:
        # the previous paragraph introduced it: 'Mr. Burman put it this way:'
        qs = spans[n]
        para_start = _txt(doc).rfind("\n", 0, qs.open_mark)
        prev_text = _txt(doc)[:max(para_start, 0)].rstrip()
        if prev_text.endswith(":"):
            prev_start = prev_text.rfind("\n") + 1
            if n == 0 or spans[n - 1].close_mark < prev_start:
                region = _region_tokens(doc, prev_start, len(prev_text))
                tail: list[Token] = []
                for t in reversed(region):
                    if t.text in _END_PUNCT:
                        break
                    tail.append(t)
                tail.reverse()
                attr = _cue_in(tail, excluded, resolver, nearest_last=True)
                if attr is not None:
                    return attr
    return None


def _introducer(words: list[Token], excluded: set[int],
                resolver: SpeakerResolver) -> Token | None:
    """Whose quotation a clause ending in a colon introduces, when it names someone as
    its subject: 'Greenpeace was blunter: "..."', 'The minister had a warning: "..."'.

    The subject must be a person, an organisation or a person noun, and it must be the
    subject of the clause the colon ends ('The result was clear:' introduces no one).
    """
    clause = words[-2]
    while clause.head.i != clause.i and clause.dep_ not in ("ccomp", "advcl", "relcl") \
            and words[0].i <= clause.head.i <= words[-1].i:
        clause = clause.head
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i not in excluded), None)
    if subj is None or subj.i < words[0].i:
        return None
    ent = resolver.entities.at_token(subj.i)
    if (ent is not None and ent.label in ("PERSON", "ORG", "NORP")) or \
            subj.lower_ in ("he", "she", "they") or \
            (subj.pos_ == "NOUN" and subj.lemma_.lower() in PERSON_NOUNS):
        return subj
    return None


def _govern(toks: Span, quoted: set[int], resolver: SpeakerResolver) -> _Attribution | None:
    """The speech verb governing a partial quote, and its subject: climbing from where
    the quotation's first word hangs, not from the span's root, which the parse may have
    put in a later clause ('saying he "has offended ..., and he has neither ..."')."""
    t = next((x for x in toks if not (x.is_punct or x.is_space)), toks.root)
    while t.head.i != t.i and toks.start <= t.head.i < toks.end:
        t = t.head
    seen = 0
    while t.head is not t and seen < 8:
        t = t.head
        seen += 1
        if t.i in quoted:
            continue
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in PARTIAL_CUES:
            if t.lemma_.lower() in _NAMING_VERBS and _names(t, proper_names=False):
                return None  # 'HP is called "feather duvet lung."': a name, not words said
            up = t.head
            if t.lemma_.lower() not in SPEECH and t.dep_ == "ccomp" and up.i not in quoted \
                    and up.pos_ == "VERB" and up.lemma_.lower() in SPEECH:
                t = up  # 'Ditto said she expects the campaign "to continue ..."'
            subj = _subject(t, quoted)
            if subj is not None and subj.i not in quoted:
                speaker = resolver.resolve(subj)
                resolver.note(subj, speaker)
                return _Attribution(speaker, _cue_text(t), _addressee(t), verb=t)
            return None
    return None


def _mixed_span(verb: Token, spans: list[QuoteSpan],
                qs: QuoteSpan | None = None) -> tuple[int, int] | None:
    """The reported words a cue verb governs, quotes included.

    After the verb: the complement holding the quotation ('told reporters that he
    "honestly [doesn't] know"' -> 'that he "honestly [doesn't] know"'), else the verb's
    objects. Before the verb ('Mills "got an immunity agreement," Jordan said'): the
    sentence up to the end of the quotation.
    """
    doc = verb.doc
    if qs is not None and qs.close_mark < verb.idx:
        return _before_cue_span(doc, spans, qs)
    right = [c for c in verb.children if c.i > verb.i and c.dep_ not in (
        "punct", "prt", "advmod", "npadvmod", "cc", "conj", "advcl", "parataxis")]
    if qs is not None:
        holding = [c for c in right if c.left_edge.idx <= qs.start
                   and c.right_edge.idx + len(c.right_edge) >= qs.start]
        if holding and holding[0].dep_ == "ccomp":
            right = [c for c in right if c.i >= holding[0].i]
    if not right:
        return None
    first = right[0]
    held: list[Token] = []
    if first.dep_ in ("prep", "agent") and first.i == verb.i + 1 + sum(
            1 for c in verb.children if c.dep_ == "prt" and c.i > verb.i):
        objs = [g for g in first.children if g.dep_ in ("pobj", "pcomp")]
        held = [c for c in objs[0].children if c.i > objs[0].i and c.dep_ in (
            "acl", "relcl", "ccomp") and c.left_edge.lower_ == "that"] if objs and \
            objs[0].lemma_.lower() in _SOURCE_NOUNS else []
        # 'said in a statement that ...': the clause the parse hung on the noun
        first = held[0].left_edge if held else objs[0].left_edge if objs else first.right_edge
    else:
        first = first.left_edge
    what = [c for c in verb.children if c.i < verb.i and c.lower_ == "what"
            and c.dep_ in ("dobj", "nsubj", "nsubjpass", "oprd")]
    if what:  # 'what he called a "brazen breach"': the words naming it are part of it
        first = what[0]
    last = max(c.right_edge.i for c in right)
    clause = held or [c for c in right if c.dep_ == "ccomp"]
    more = _reported_conjunct(verb, clause[0]) if clause else None
    if more is not None:
        last = max(last, more.right_edge.i)
    start, end = doc[first.i].idx, doc[last].idx + len(doc[last])
    p_start, p_end = _paragraph_of(_txt(doc), verb.idx)
    start, end = strip_edges(_txt(doc), max(start, p_start), min(end, p_end))
    end = _through_quote(_txt(doc), spans, end)
    if end - start < 3:
        return None
    return start, end


def _through_quote(text: str, spans: list[QuoteSpan], end: int) -> int:
    """An end inside a quotation moves to the quotation's end, its closing punctuation
    included ('a "one-term president."')."""
    k = bisect_right(spans, end, key=lambda q: q.start) - 1
    if k >= 0 and spans[k].start < end <= spans[k].end:
        return len(text[:spans[k].end].rstrip())
    return end


_LEAD_IN = re.compile(r"[:,][ \u00a0]?|,?[ \u00a0]+(?:and|but)[ \u00a0]+")


def _led_into_quote(text: str, spans: list[QuoteSpan], end: int) -> int:
    """'She said she had the one quality the job needs: "Patience, and more patience."':
    a reported clause that a colon or comma leads into a quotation ending the sentence
    is one mixed statement with it. `end` moves to the quotation's end when so."""
    k = bisect_left(spans, end, key=lambda q: q.open_mark)
    if k < len(spans) and spans[k].open_mark > end and spans[k].paragraphs == 1 and \
            not text[end:spans[k].open_mark].strip(" \u00a0"):
        # 'said the school would reopen on Monday "if the heating holds".': a fragment
        # going on with the clause, without a break, up to the sentence's end
        qs = spans[k]
        words = text[qs.start:qs.end].rstrip()
        after = text[qs.close_mark + 1:qs.close_mark + 2]
        if words[:1].islower() and after in (".", "!", "?", "\n", ""):
            return qs.start + len(words)
    lead = end
    if k > 0 and spans[k - 1].end == end:  # 'that X is "A" but "B."': on from "A"'s mark
        lead = spans[k - 1].close_mark + 1
    if k >= len(spans) or not _LEAD_IN.fullmatch(text[lead:spans[k].open_mark]):
        return end
    qs = spans[k]
    words = text[qs.start:qs.end].rstrip()
    after = text[qs.close_mark + 1:qs.close_mark + 3].lstrip(" \u00a0")
    if qs.paragraphs > 1 or not words or words[-1] not in ".!?" or after[:1].islower():
        return end  # not the sentence's end, or the quotation has its own attribution
    return len(words) + qs.start


# Intention verbs reported through their infinitive only ('wants to triple the size ...').
_WANT = frozenset(wordlist(
    "want plan seem decline expect seek intend aim wish prefer attempt strive"))
# Nouns that carry what someone holds: "Trump's claim that ...".
_CLAIM_NOUNS = frozenset(wordlist(
    "claim assertion argument allegation insistence contention warning promise pledge "
    "belief view suggestion prediction charge"))
# Sources that head a sentence: 'In this poll, ...', 'In a statement, ...'.
_SOURCE_NOUNS = frozenset(wordlist(
    "poll survey study report analysis statement interview letter memo filing ruling"))
_SAID_FORMS = frozenset(wordlist("said says say added adds told asked wrote"))
_WITH_OBJECT = frozenset(wordlist("as for of"))
# Prepositions that name what a stance is about ('called for [an inquiry]', 'spoke out
# against [the plan]'); 'reported from [Midway Atoll]', 'called into [a radio show]' do not.
_TOPIC_PREPS = frozenset(wordlist("about on for against over"))


def _stance_span(verb: Token) -> tuple[int, int] | None:
    """The object of a stance verb ('Clinton criticized [the officer]', 'called for
    [an inquiry]'), without the adjuncts of place and time around it."""
    doc = verb.doc
    parts = [c for c in verb.children
             if c.i > verb.i and c.dep_ in ("dobj", "attr", "oprd", "dative")]
    if not parts:
        nxt = [c for c in verb.children if c.i > verb.i and c.dep_ in ("prep", "prt")]
        for c in nxt:
            if c.dep_ == "prep" and c.i <= verb.i + 2 and c.lower_ in _TOPIC_PREPS:
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                parts = objs[:1]
                break
    if not parts:
        return None
    first, last = parts[0].left_edge.i, parts[0].right_edge.i
    end_object = last
    for c in verb.children:  # 'cited X as Y', 'accused X of Y', 'called X a hoax', 'urged X to'
        if c.left_edge.i == last + 1 and (c.dep_ in ("xcomp", "oprd", "ccomp", "dobj", "acomp")
                                          or (c.dep_ == "prep" and c.lower_ in _WITH_OBJECT)):
            last = c.right_edge.i
    if verb.lemma_.lower() == "call" and last == end_object and parts[0].dep_ == "dobj" \
            and last - first < 6:
        return None  # 'called a meeting', 'called the hotline': not a stance
    p_start, p_end = _paragraph_of(_txt(doc), verb.idx)
    start, end = strip_edges(_txt(doc), max(doc[first].idx, p_start),
                       min(doc[last].idx + len(doc[last]), p_end))
    if end - start < 3:
        return None
    return start, end


# Evidence that reports a finding through its object ('polls show [a close race]',
# 'a study found [a sharp rise in rents]'): the verbs, and the nouns that do it.
_EVIDENCE_VERBS = frozenset(wordlist("show find indicate suggest reveal"))
_EVIDENCE_NOUNS = frozenset(wordlist(
    "poll survey average analysis study data video footage record document figure number "
    "report research return audit investigation review estimate"))


def _evidence(verb: Token) -> bool:
    """Whether `verb` is 'show'/'find'... with an object and a poll, study or video
    as its subject."""
    if verb.lemma_.lower() not in _EVIDENCE_VERBS or not any(
            c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in _EVIDENCE_NOUNS


def _passive_stance(verb: Token, excluded: set[int]) -> tuple[tuple[int, int], Token] | None:
    """'[The nominee] has been endorsed by dozens of papers': a stance verb in the passive
    with its agent; what the stance is about is the passive subject, the agent holds it."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"), None)
    if patient is None or agent is None or patient.i in excluded or agent.i in excluded \
            or patient.lower_ in ("that", "which", "who") or not _same_paragraph(agent, verb):
        return None
    doc = verb.doc
    start, end = strip_edges(_txt(doc), patient.left_edge.idx,
                             patient.right_edge.idx + len(patient.right_edge))
    p_start, p_end = _paragraph_of(_txt(doc), verb.idx)
    if start < p_start or end > p_end or end - start < 2:
        return None
    return (start, end), agent


def _quotes_within(spans: list[QuoteSpan], start: int, end: int) -> range:
    """Indexes of the quotations overlapping text[start:end] (spans are sorted and
    do not overlap, so their ends are sorted too)."""
    lo = bisect_right(spans, start, key=lambda q: q.end)
    hi = bisect_left(spans, end, key=lambda q: q.start)
    return range(lo, max(lo, hi))


def _overlaps_quote(spans: list[QuoteSpan], start: int, end: int) -> bool:
    k = bisect_right(spans, end, key=lambda q: q.start) - 1
    return k >= 0 and spans[k].end > start


def _before_cue_span(doc: Doc, spans: list[QuoteSpan], qs: QuoteSpan) -> tuple[int, int] | None:
    """'Mills "got an immunity agreement," Jordan said': the sentence up to the quotation."""
    text = _txt(doc)
    para = text.rfind("\n", 0, qs.open_mark) + 1
    start = para
    tok = _token_at(doc, qs.open_mark)
    if tok is not None:
        for k in range(tok.i - 1, -1, -1):
            t = doc[k]
            if t.idx < para:
                break
            closes = t.text in ("”", '"', "''") and k < tok.i - 1 and doc[k - 1].text in _END_PUNCT
            if t.text in _END_PUNCT or closes:
                start = t.idx + len(t)
                break
    start, end = strip_edges(text, start, qs.end)
    end = _through_quote(text, spans, end)
    if end - start < 3 or start >= qs.open_mark:
        return None
    return start, end


_SENTENCE_END = re.compile(r"[.?!][\"”’']?\s")
# A paragraph after a quotation that says whose it is, or brings in someone new.
_NEW_VOICE = re.compile(r"(?:That|Those|These|This|Such) (?:was|were|is|are)\b|"
                        r"[A-Z][\w'’-]+ [A-Z][\w'’-]+,")


def _after_statement(text: str, spans: list[QuoteSpan], n: int,
                     indirect: list[tuple[int, int, _Attribution]],
                     starts: list[int], people: set[str]) -> _Attribution | None:
    """A quotation opening a sentence right after a reported statement in the same
    paragraph continues it: 'The administration may be reluctant, Schiff said. "The
    other factor ..."'; so does one opening the next paragraph when the statement
    ended its own."""
    qs = spans[n]
    k = bisect_right(starts, qs.open_mark) - 1
    if k < 0:
        return None
    start, end, attr = indirect[k]
    if end > qs.open_mark or "\n" in text[start:end]:
        return None
    if n > 0 and spans[n - 1].close_mark > end:
        return None  # another quotation came in between
    between = text[end:qs.open_mark]
    if len(between) > 120 or not between.rstrip().endswith((".", ":")):
        return None
    if "\n" in between:
        # 'Erekat said it was only the latest move.' closing its paragraph, and the
        # next paragraph opening with the quotation
        line_start = text.rfind("\n", 0, qs.open_mark) + 1
        tail, _, gap = between.partition("\n")
        if gap.strip() or text[line_start:qs.open_mark].strip() or \
                not tail.rstrip().endswith(".") or any(c in tail.strip()[:-1] for c in ".?!"):
            return None  # only the statement's own attribution may follow it
        if attr.how not in ("ccomp", "inverted") or attr.speaker.entity not in people:
            return None  # a person's reported clause, not a stance ('admitted the assault')
        if _SENTENCE_END.search(text[text.rfind("\n", 0, start) + 1:start]):
            return None  # the statement is not all of its paragraph
        line_end = text.find("\n", qs.close_mark)
        line_end = len(text) if line_end == -1 else line_end
        if text[qs.close_mark + 1:line_end].strip():
            return None  # the paragraph goes on after the quotation
        if _NEW_VOICE.match(text[line_end:].lstrip()):
            return None  # '... That was the message from striking nurses', 'Sarah Jones, 67,'
    speaker = attr.speaker
    if speaker.name is None or speaker.name.lower() in ("i", "we", "you"):
        return None
    return _Attribution(speaker, attr.cue, attr.addressee)


def _continued(doc: Doc, text: str, spans: list[QuoteSpan], n: int,
               previous: tuple[QuoteSpan, _Attribution | None] | None) -> _Attribution | None:
    """An unattributed quotation continuing the previous quotation's speaker."""
    if previous is None or previous[1] is None:
        return None
    prev_qs, prev_attr = previous
    qs = spans[n]
    between = text[prev_qs.close_mark + 1:qs.open_mark]
    if "\n" not in between:
        # same paragraph: nothing but the attribution between them
        return prev_attr
    # the next paragraph opens with this quotation, and the previous paragraph
    # ended with the attributed one
    para_start = text.rfind("\n", 0, qs.open_mark) + 1
    if text[para_start:qs.open_mark].strip():
        return None
    prev_para_end = text.find("\n", prev_qs.close_mark)
    rest = text[prev_para_end:qs.open_mark]
    if rest.strip():
        return None
    return prev_attr


def _headline_source(doc: Doc, text: str, qs: QuoteSpan,
                     resolver: SpeakerResolver) -> _Attribution | None:
    """A headline quotation followed by a colon and the person it is from: "'I'd do it
    again': Jane Doe on twenty years at sea", "'...': an interview with Jane Doe"."""
    line_start = text.rfind("\n", 0, qs.open_mark) + 1
    if text[line_start:qs.open_mark].strip():
        return None
    line_end = text.find("\n", qs.close_mark)
    line_end = len(text) if line_end == -1 else line_end
    rest = text[qs.close_mark + 1:line_end]
    if not rest.lstrip(" \u00a0").startswith(":") or rest.rstrip().endswith("."):
        return None
    span = doc.char_span(qs.close_mark + 1, line_end, alignment_mode="contract")
    for tok in span or ():
        ent = resolver.entities.at_token(tok.i)
        if ent is not None and ent.label == "PERSON":
            return _Attribution(Speaker.of(ent, tok.text))
    return None


def _introduced(doc: Doc, text: str, spans: list[QuoteSpan], n: int,
                resolver: SpeakerResolver) -> _Attribution | None:
    """A quotation opening the paragraph after one that introduces a person and quotes
    nobody is that person's: 'Aoife Gallagher has worked nights for nine years. She
    starts her shift by counting beds.' then '"On a good night we are five ..."'."""
    qs = spans[n]
    para_start = text.rfind("\n", 0, qs.open_mark) + 1
    if para_start == 0 or text[para_start:qs.open_mark].strip():
        return None
    prev_end = para_start
    while prev_end > 0 and text[prev_end - 1].isspace():  # not text[:k].rstrip(): a copy
        prev_end -= 1
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if not text[prev_start:prev_end].endswith((".", ":")) or \
            _overlaps_quote(spans, prev_start, prev_end):
        return None
    last = _token_at(doc, prev_end - 1)
    if last is None:
        return None
    subj = next((c for c in last.sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i in resolver.quoted:
        return None
    speaker = resolver.resolve(subj)
    if speaker.entity is None or speaker.entity not in resolver.people:
        return None
    # introduced, not named in passing: the paragraph goes on about the person ('... He
    # checks the swell'), or names them twice ('Mark Doyle was jailed on Monday.' then a
    # quotation is not Doyle's)
    named = sum(1 for i, eid, _rank in resolver.mentions
                if eid == speaker.entity and prev_start <= doc[i].idx < prev_end)
    if subj.lower_ not in ("he", "she") and named < 2:
        return None
    return _Attribution(speaker)


# ---------------------------------------------------------------- reported speech
def _reported(doc: Doc, spans: list[QuoteSpan], excluded: set[int],
              resolver: SpeakerResolver) -> tuple[list[tuple[int, int, _Attribution]], set[int]]:
    """Indirect statements, and the indexes of quotations absorbed into them."""
    out: list[tuple[int, int, _Attribution]] = []
    absorbed: set[int] = set()
    text = _txt(doc)
    for t in doc:
        if t.i in excluded:
            continue
        lemma = t.lemma_.lower()
        if lemma in _NAMING_VERBS and _names(t):
            continue
        content: Token | None = None
        cue = None
        subj = None
        if t.pos_ == "VERB" and lemma in REPORTING and t.dep_ == "advcl":
            held = _as_clause(t, excluded)
            if held is not None:
                # its own subject ('as might be expected' names no one; 'as you know' is
                # common ground, not a source)
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.i not in excluded and lemma != "know":
                    speaker = resolver.resolve(subj)
                    resolver.note(subj, speaker)
                    out.append((*held, _Attribution(speaker, _cue_text(t), _addressee(t),
                                                    verb=t, how="as")))
                continue
        if t.pos_ == "VERB" and lemma in SPEECH:
            frags = _inserted(doc, t, excluded)
            if frags:
                subj = _subject(t, excluded)
                speaker = resolver.resolve(subj)
                resolver.note(subj, speaker)
                for start, end in frags:
                    end = _through_quote(text, spans, end)
                    inside = _quotes_within(spans, start, end)
                    if any(spans[k].start < start or spans[k].end > end for k in inside):
                        continue
                    absorbed.update(inside)
                    out.append((start, end, _Attribution(speaker, _cue_text(t), _addressee(t),
                                                         verb=t, how="inserted")))
                continue
        if t.pos_ in ("VERB", "AUX") and (lemma in REPORTING or lemma in _WANT):
            # a clause after the cue before one before it: in 'It's unlikely; the team says
            # she'll ...' the parse hangs both on 'says'
            for child in sorted(t.children, key=lambda c: c.i < t.i):
                if child.dep_ == "ccomp" and child.i not in excluded:
                    content = child
                    break
            if content is None and lemma in SPEECH:
                content = _that_clause_hung_on_a_noun(t, excluded)
            if content is None and (lemma in INTENT or lemma in _WANT):
                for child in t.children:
                    if child.dep_ == "xcomp" and child.i > t.i and child.i not in excluded:
                        content = child
                        break
                if content is not None and content.lemma_.lower() in REPORTING and any(
                        c.dep_ == "ccomp" for c in content.children):
                    continue  # 'wanted to know who ...': the inner verb reports it
                if content is not None and content.lemma_.lower() in _ANONYMITY and any(
                        c.dep_ == "auxpass" for c in content.children):
                    continue  # 'asked not to be named': how a source is quoted, not a statement
            if content is not None and _refusal(t, content):
                continue
            if content is None and lemma not in STANCE and not _evidence(t):
                continue
            subj = _subject(t, excluded) or _relative_subject(t, excluded) or (
                _surname_token(t, None, excluded, resolver) if lemma in SPEECH else None)
            if subj is None or subj.i in excluded or not _same_paragraph(subj, t):
                continue
            cue = _cue_text(t)
        elif t.pos_ == "VERB" and lemma in STANCE:
            passive = _passive_stance(t, excluded)
            if passive is not None:
                (start, end), source = passive
                if not _overlaps_quote(spans, start, end):
                    speaker = resolver.resolve(source)
                    resolver.note(source, speaker)
                    out.append((start, end, _Attribution(speaker, _cue_text(t), None, verb=t,
                                                        how="passive")))
                continue
            subj = _subject(t, excluded) or _relative_subject(t, excluded)
            if subj is None or subj.i in excluded or not _same_paragraph(subj, t):
                continue
            cue = _cue_text(t)
        if content is None and cue is not None and cue != "according to":
            span = _stance_span(t)
            if span is None:
                continue
            start, end = span
            if _overlaps_quote(spans, start, end) or len(text[start:end].split()) < 2 \
                    or "\n" in text[start:end]:
                continue
            how = "stance" if lemma in STANCE else "show"
            speaker = resolver.resolve(subj)
            resolver.note(subj, speaker)
            out.append((start, end, _Attribution(speaker, cue, _addressee(t), verb=t,
                                                  how=how)))
            continue
        if cue is not None:
            pass
        elif t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            pobj = [g for g in doc[t.i + 1].children if g.dep_ == "pobj"]
            if not pobj:
                continue
            subj = pobj[0]
            head = t.head
            while head.dep_ != "ROOT" and _same_paragraph(head.head, t):
                head = head.head
            content = head
            cue = "according to"
            frags = _according_inserted(t, subj, content, excluded)
            if frags:
                # 'The plan, according to the ministry, will cost ...': the two parts
                speaker = resolver.resolve(subj)
                resolver.note(subj, speaker)
                for start, end in frags:
                    out.append((start, end, _Attribution(speaker, cue, verb=t,
                                                         how="according")))
                continue
        elif t.pos_ == "NOUN" and lemma in _CLAIM_NOUNS:
            # "Trump's claim that there have been ...": whose claim, and what it says
            poss = [c for c in t.children if c.dep_ == "poss" and c.i not in excluded]
            that = [c for c in t.children if c.dep_ in ("acl", "ccomp") and c.i > t.i
                    and c.left_edge.lower_ == "that" and c.i not in excluded]
            if not poss or not that or poss[0].pos_ == "PRON":
                continue
            subj, content, cue = poss[0], that[0], t.text
        elif t.lower_ == "in" and t.dep_ == "prep" and t.head.dep_ == "ROOT" and \
                t.i == t.sent.start and t.head.i > t.right_edge.i and \
                t.right_edge.i + 1 < len(doc) and doc[t.right_edge.i + 1].text == ",":
            # 'In this poll, Trump rose 1 point': the source heads the sentence
            pobj = [g for g in t.children if g.dep_ == "pobj"]
            if not pobj or pobj[0].lemma_.lower() not in _SOURCE_NOUNS or \
                    t.head.lemma_.lower() in REPORTING | STANCE or any(
                        c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH
                        for c in t.head.children):  # 'In a statement, X said(, ...)'
                continue
            subj = pobj[0]
            if subj.lemma_.lower() in SPEECH_NOUNS:  # 'In a statement, Clinton was ...'
                subj = next((c for c in t.head.children if c.dep_ in _SUBJECT_DEPS), subj)
            content = t.head
            cue = "in"
        else:
            continue
        if content is None:
            continue
        tokens = _content_tokens(content, t, subj, excluded)
        if not tokens:
            continue
        start, end = strip_edges(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
        # what is said stays in the cue's paragraph (the parse can run across them)
        p_start, p_end = _paragraph_of(text, t.idx)
        start, end = strip_edges(text, max(start, p_start), min(end, p_end))
        if end <= start:
            continue
        if end - start < 8 or len(text[start:end].split()) < (
                2 if content.dep_ == "xcomp" else 3):  # 'declined [to comment]'
            continue
        led = _led_into_quote(text, spans, end) \
            if t.dep_ != "relcl" and cue != "according to" else end
        inside = _quotes_within(spans, start, end)
        if inside:
            covered = sum(min(spans[k].end, end) - max(spans[k].start, start) for k in inside)
            if covered >= 0.6 * (end - start):
                continue  # the quotation is the statement: it is reported as a quote
        if led != end:  # the clause runs on into a closing quotation
            end = led
            inside = _quotes_within(spans, start, end)
        if inside:
            absorbed.update(inside)
        if content.dep_ == "xcomp" and subj.dep_ == "nsubjpass" and not any(
                c.dep_ == "agent" for c in t.children):
            speaker = Speaker()  # 'the veto is expected to come ...': expected by no one named
        else:
            speaker = resolver.resolve(subj, owner=subj.dep_ == "poss" and t.pos_ == "NOUN")
            resolver.note(subj, speaker)
        how = "according" if cue == "according to" else (
            "inverted" if content.i < t.i else
            ("xcomp" if content.dep_ == "xcomp" else "ccomp"))
        out.append((start, end, _Attribution(speaker, cue,
                                              _addressee(t) if cue != "according to" else None,
                                              verb=t, how=how)))
    return _dedupe(out), absorbed


_ATTRIBUTION_DEPS = {"nsubj", "npadvmod", "prep", "advmod", "dative", "dobj", "agent", "prt",
                     "aux", "neg", "punct_none"}


def _that_clause_hung_on_a_noun(verb: Token, excluded: set[int]) -> Token | None:
    """The that-clause a cue reports, where the parse hung it on a noun after the cue.

    'said in a statement that work could begin', 'told reporters after the meeting that
    the city would apply': the parse makes the clause a relative clause of 'statement' or
    'meeting'. A relative clause has its own relative pronoun ('a statement that was
    read out'); this one opens with the conjunction 'that' and has its own subject.
    """
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("prep", "npadvmod", "dobj", "dative"):
            continue
        nouns = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" \
            else [child]
        for noun in nouns:
            for clause in noun.children:
                if clause.dep_ not in ("relcl", "acl") or clause.i < noun.i or \
                        clause.i in excluded:
                    continue
                first = clause.left_edge
                if first.lower_ == "that" and first.dep_ == "mark" and first.head == clause \
                        and any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
                    return clause
    return None


def _inserted(doc: Doc, verb: Token, excluded: set[int]) -> list[tuple[int, int]] | None:
    """Reported words around an attribution set off by commas, outside quotation marks:
    'Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.' gives
    two fragments; 'The deal is off, she said.' one."""
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    subj = _subject(verb, excluded)
    if subj is None or subj.head.i != verb.i or subj.i in excluded:
        return None
    a, b = min(subj.left_edge.i, verb.i), max(verb.i, subj.right_edge.i)
    for c in verb.children:  # 'said Friday', 'said in an interview', 'told reporters'
        if c.i > b and c.dep_ in _ATTRIBUTION_DEPS and c.left_edge.i == b + 1:
            size = c.right_edge.i - c.left_edge.i + 1
            if size > (3 if c.dep_ in ("dobj", "dative") else 8):
                return None  # 'proclaimed a goal of ...': an object, not an attribution
            b = c.right_edge.i
    for c in verb.children:
        if a <= c.i <= b and c.dep_ not in _ATTRIBUTION_DEPS and not c.is_punct \
                and c.i != subj.i:
            return None
    n = len(doc)
    if a < 2 or b + 1 >= n or doc[a - 1].text != "," or doc[b + 1].text not in (",", "."):
        return None
    # before: back to the start of the sentence (an end mark or a paragraph break) or a
    # colon introducing what was said
    k = a - 2
    while k >= 0 and doc[k].text not in _END_PUNCT and "\n" not in doc[k].text and \
            not (doc[k].text == ":" and k not in excluded):
        k -= 1
    before = (k + 1, a - 1)
    frags = [before]
    first = doc[k + 1]
    if first.pos_ == "ADP" or first.tag_ == "VBG" or first.lower_ in (
            "when", "while", "as", "after", "before", "since", "once"):
        # 'In his speech on Friday, she said, ...': the setting, not what was said
        if doc[b + 1].text != ",":
            return None
        frags = []
    if doc[b + 1].text == ",":
        k = b + 2
        while k < n and doc[k].text not in _END_PUNCT and "\n" not in doc[k].text:
            k += 1
        if k >= n or doc[k].text not in _END_PUNCT:
            return None
        frags.append((b + 2, k))
    elif frags:
        toks = _drop_connective([doc[i] for i in range(*frags[0])])
        frags = [(toks[0].i, toks[-1].i + 1)] if toks else []
    out = []
    for lo, hi in frags:
        if hi - lo < 2 or lo in excluded or doc[lo].is_quote or doc[lo].text == "''":
            return None  # a quotation split by its attribution is a direct quote
        start, end = strip_edges(_txt(doc), doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
        out.append((start, end))
    if len(out) == 1 and len(_txt(doc)[out[0][0]:out[0][1]].split()) < 4:
        return None
    return out


# 'asked not to be identified', 'did not wish to be named': a source's terms.
_ANONYMITY = frozenset(wordlist("name identify quote"))
# Verbs that give something a name ('a condition called "feather duvet lung"').
_NAMING_VERBS = frozenset(wordlist("call dub name term nickname"))


def _names(verb: Token, proper_names: bool = True) -> bool:
    """'a script called "Wild Rose"', 'what is called X', 'was dubbed X', 'we call it the
    Sylphy': naming something is no stance; 'called the plan "a disaster"' is one. A
    quotation the verb governs is never a proper name here (`proper_names` False): the
    parse reads "called Trump a 'pathological liar'" and headline capitals as names."""
    if verb.dep_ == "acl":
        return True
    if any(c.dep_ == "auxpass" for c in verb.children):
        # not 'has been called a charlatan by fellow physicians' (a stance, by the agent)
        # nor "who's called for tax hikes" ('s read as a passive's)
        return not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "for")
                       for c in verb.children)
    return proper_names and any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ == "PROPN"
                                and c.i > verb.i for c in verb.children)


# What a refusal declines to do: speak ('declined to comment', 'refused to say when
# ...'), or give out something the article wanted to know ('declined to identify the
# officers' is not a refusal to speak; 'declined to provide details' is).
_REFUSING = frozenset(wordlist("decline refuse"))
_SPEAKING = frozenset(wordlist(
    "comment say discuss elaborate specify confirm disclose reveal explain speak detail "
    "state answer"))
_DISCLOSING = frozenset(wordlist("address identify name provide give grant release share"))
_INFORMATION = frozenset(wordlist(
    "detail details information comment comments specifics figure figures number numbers "
    "name names identity reason reasons explanation timeline timetable estimate breakdown "
    "interview interviews answer answers allegation allegations question questions claim "
    "claims criticism matter accusation accusations"))


def _refusal(verb: Token, content: Token) -> bool:
    """'X declined to comment', 'refused to say when ...', 'declined to provide details':
    a refusal to speak is not a statement, and a briefing should not list it as a
    position ('to comment'). Declining to act stays one ('declined to release the
    records'), as does what someone did not say ('isn't saying if ...': its cue shows
    the negation)."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING:
        verb, content = verb.head, verb  # 'refused to say [when ...]'
    if verb.lemma_.lower() not in _REFUSING or content.dep_ != "xcomp":
        return False
    act = content.lemma_.lower()
    if act in _SPEAKING:
        return True
    return act in _DISCLOSING and any(
        (c.dep_ == "dobj" and c.lemma_.lower() in _INFORMATION) or
        (c.dep_ == "ccomp" and c.left_edge.lower_ in WH_WORDS) for c in content.children)



def _according_inserted(according: Token, source: Token, content: Token,
                        excluded: set[int]) -> list[tuple[int, int]] | None:
    """The statement around an 'according to X' set off by commas inside it, as two
    fragments; None when it does not stand inside the statement."""
    doc = according.doc
    before, after = according.i - 1, source.right_edge.i + 1
    first, last = content.left_edge.i, content.right_edge.i
    while last > after and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if not (first < before and after < last) or doc[before].text != "," or \
            doc[after].text != "," or any(k in excluded for k in range(first, last + 1)):
        return None
    if before - first < 1 or last - after < 3:
        return None
    return [(doc[first].idx, doc[before - 1].idx + len(doc[before - 1])),
            (doc[after + 1].idx, doc[last].idx + len(doc[last]))]


def _as_clause(verb: Token, excluded: set[int]) -> tuple[int, int] | None:
    """'As several economists have pointed out, [the plan would cost more]': an 'as'
    clause with no object of its own attributes the clause it is set off from."""
    doc = verb.doc
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children) \
            or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    head = verb.head
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if lo > head.i and lo > 0 and doc[lo - 1].text == ",":
        first, last = head.left_edge.i, lo - 2  # 'A, as X noted'
    elif hi < head.i and hi + 1 < len(doc) and doc[hi + 1].text == ",":
        first, last = hi + 2, head.right_edge.i  # 'As X noted, A'
    else:
        return None
    sent = verb.sent
    first, last = max(first, sent.start), min(last, sent.end - 1)
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last - first < 2 or any(k in excluded for k in range(first, last + 1)):
        return None
    start, end = strip_edges(_txt(doc), doc[first].idx, doc[last].idx + len(doc[last]))
    p_start, p_end = _paragraph_of(_txt(doc), verb.idx)
    if start < p_start or end > p_end:
        return None
    return start, end


def _paragraph_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


def _same_paragraph(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in _txt(a.doc)[lo:hi]


def _content_tokens(content: Token, cue: Token, subj: Token,
                    quoted: set[int]) -> list[Token]:
    """The tokens of the reported clause, without the cue, its subject or 'according to X'."""
    doc = content.doc
    skip = set()
    if cue.lower_ == "in":
        tokens = [t for t in content.subtree if t.i > cue.right_edge.i]
    elif cue.lower_ == "according":
        skip.update(range(cue.i, cue.head.i + 1) if cue.head.i == cue.i else [])
        skip.update(t.i for t in cue.subtree)
        skip.add(cue.i)
        tokens = [t for t in content.subtree if t.i not in skip]
    elif content.i < cue.i and subj.i > content.i:
        # "CONTENT, the source added.": the whole stretch before the attribution
        first = min(subj.left_edge.i, cue.i)
        if first == 0 or doc[first - 1].text not in _SET_OFF_BEFORE_CUE:
            return []  # 'X said A; Y disagreed': not an inverted attribution
        start = content.sent.start
        # not past an earlier attribution or quotation boundary in the sentence
        for k in range(content.left_edge.i - 1, start - 1, -1):
            if doc[k].text in (".", "!", "?", ";") or "\n" in doc[k].text:
                start = k + 1
                break
        for k in range(first - 1, start, -1):
            if doc[k].text == ":" and k not in quoted:  # 'the story of X: CONTENT, she said'
                start = k + 1
                break
        tokens = _drop_connective([doc[k] for k in range(start, first)])
        lead = next((t for t in tokens if not (t.is_punct or t.is_space)), None)
        if lead is None or (lead.tag_ == "VBG" and lead.dep_ in ("advcl", "ROOT", "ccomp")) \
                or (lead.lower_ in _SUBORDINATORS and lead.dep_ in ("mark", "aux")) or any(
                t.lemma_.lower() in SPEECH and t.pos_ == "VERB" and t.i not in quoted
                and any(c.dep_ in _SUBJECT_DEPS for c in t.children) for t in tokens):
            # 'While he acknowledged ..., Ham noted', 'Claiming ..., Trump told Fox',
            # 'Bamberg said ..., the footage showed': a setting or another attribution
            return []
    elif content.dep_ == "xcomp":
        # 'urged Republicans to vote': who was urged belongs to what was said
        objs = [c for c in cue.children if c.dep_ in ("dobj", "dative") and cue.i < c.i < content.i]
        lo = objs[0].left_edge.i if objs else content.left_edge.i
        hi = content.right_edge.i
        for c in _listed_with_infinitive(cue, content):
            hi = max(hi, c.right_edge.i)
        tokens = [doc[k] for k in range(lo, hi + 1)]
    elif content.i > cue.i:
        # 'which he said [were accompanied by ...]', 'what Trump says [his plan would do]':
        # a relative or wh-word moved before the cue is not part of what was said
        tokens = [t for t in content.subtree if t.i > cue.i]
        more = _reported_conjunct(cue, content) if content.dep_ == "ccomp" else None
        if more is not None and tokens:
            tokens += [doc[k] for k in range(tokens[-1].i + 1, more.right_edge.i + 1)]
    else:
        tokens = list(content.subtree)
    # the clause keeps its "that"; edge punctuation goes
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    # keep it contiguous: cut at the first gap
    out = []
    for t in tokens:
        if out and t.i != out[-1].i + 1 and not all(
                doc[k].is_punct or doc[k].is_space for k in range(out[-1].i + 1, t.i)):
            break
        out.append(t)
    if out and out[-1].pos_ in _DANGLING and out[-1].i + 1 < len(doc) and out[-1].i > cue.i:
        # the parse left the rest out ('talked about [which ones ...]'): a clause does not
        # end on a preposition, so it runs on to the end of the sentence
        k = out[-1].i + 1
        while k < len(doc) and doc[k].text not in _END_PUNCT and doc[k].text != ";" \
                and "\n" not in doc[k].text and k != cue.i:
            out.append(doc[k])
            k += 1
    return _cut_trailing(out, quoted)


def _listed_with_infinitive(cue: Token, content: Token) -> list[Token]:
    """'wants to cut taxes, hire nurses and build roads': bare verbs the parse joined to
    the finite cue are more items of its infinitive (a finite verb's own next act,
    'vowed to ... and resigned', agrees with it in form)."""
    if content.tag_ != "VB" or cue.tag_ not in ("VBZ", "VBD", "VBP"):
        return []
    return [c for c in cue.children if c.dep_ == "conj" and c.i > content.right_edge.i
            and c.tag_ == "VB" and not any(g.dep_ in ("nsubj", "nsubjpass", "aux")
                                           for g in c.children)]


# Trailing material set off by punctuation that is not part of what was said:
# "; they ...", ", according to ...", ", although ...", "and warned ...". (Relative
# clauses and appositions are kept: annotators keep them about as often as not.)
_TRAILING_DEPS = {"conj", "prep", "advcl"}
_SET_OFF = {",", ";", "—", "--", "–", "―", "(", ":"}
_DANGLING = {"ADP", "DET", "PART"}
_SUBORDINATORS = frozenset(wordlist(
    "while although though whereas if unless should when whenever"))
_CONCESSIVE = frozenset(wordlist("although though while whereas even"))
_SET_OFF_BEFORE_CUE = {",", "—", "--", "–", "―", '"', "”", "''", "’", "'", ")"}


def _cut_trailing(tokens: list[Token], quoted: set[int]) -> list[Token]:
    if len(tokens) < 4:
        return tokens
    last = tokens[-1].i
    first = tokens[0].i
    doc = tokens[0].doc
    for t in tokens[1:]:
        if t.text == ";" and t.i not in quoted:
            return _strip_punct(tokens[:t.i - first])
        if t.dep_ == "conj" and t.i + 1 < len(doc) and t.i not in quoted and \
                t.left_edge.i - 1 > first and _subject_of_next(t):
            # '... the case and critics [accused ...]': the next statement's subject
            return _strip_punct(tokens[:t.left_edge.i - 1 - first])
        if t.dep_ not in _TRAILING_DEPS or t.right_edge.i < last:
            continue
        k = t.left_edge.i - 1
        if t.dep_ == "conj":
            # a clause with its own subject is part of what was said ("..., but X declined");
            # a bare verb phrase after "and" is the speaker's next act ("and warned ...");
            # a second attribution ('... and how experts say it would ...') is not
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
            if own_subject and t.lemma_.lower() in REPORTING and t.i not in quoted and any(
                    c.dep_ == "ccomp" for c in t.children):
                while k > first and (doc[k].dep_ == "cc" or doc[k].is_punct):
                    k -= 1
                if k > first and k not in quoted:
                    return _strip_punct(tokens[:k - first + 1])
                continue
            if own_subject or t.lemma_.lower() not in SPEECH | STANCE or _backshifted(t):
                continue
            if k > first and doc[k].dep_ == "cc" and doc[k - 1].text not in _SET_OFF and \
                    k not in quoted and not first <= t.head.head.i <= last:
                return _strip_punct(tokens[:k - first])  # '... and said she would ...'
            while k > first and doc[k].dep_ == "cc":
                k -= 1
        elif t.dep_ == "prep" and t.lower_ != "according":
            continue
        elif t.dep_ == "advcl" and t.tag_ != "VBG" and not any(
                c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in t.children):
            continue  # ', because ...', ', to avoid ...' are part of what was said
        if k <= first or doc[k].text not in _SET_OFF or k in quoted:
            continue
        return _strip_punct(tokens[:k - first])
    return tokens


# Auxiliaries of a reported verb phrase: 'said it was worried and [would write] ...',
# 'said that the shop had burned and [had asked] ...'. The speaker's own next act is
# told in the simple past ('and left'); these tenses are the reported clause's.
_BACKSHIFT = frozenset(wordlist("had would could might should 'd"))


def _backshifted(verb: Token) -> bool:
    """A verb phrase in a reported tense, with no subject of its own."""
    return any(c.dep_ == "aux" and c.lower_ in _BACKSHIFT for c in verb.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _reported_conjunct(cue: Token, content: Token) -> Token | None:
    """'X said it was worried and would write to the mayor', 'X said A and that B': the
    parse joins the second clause to the cue, but its tense or its 'that' makes it part
    of what was said."""
    for c in cue.children:
        if c.dep_ == "conj" and c.i > content.right_edge.i and c.pos_ in ("VERB", "AUX") \
                and (_backshifted(c) or any(g.dep_ == "mark" and g.lower_ == "that"
                                            for g in c.children)) and all(
                    w.dep_ == "cc" or w.is_punct
                    for w in c.doc[content.right_edge.i + 1:c.left_edge.i]):
            return c
    return None


def _subject_of_next(noun: Token) -> bool:
    subj = misparsed_subject(noun.doc[noun.i + 1])
    return subj is not None and subj.i == noun.i


def _strip_punct(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


_CONNECTIVES = frozenset(wordlist("and however also meanwhile moreover furthermore besides "
                                  "instead"))  # "But ..." stays: annotators keep it


def _drop_connective(tokens: list[Token]) -> list[Token]:
    """'And the plan ...', 'However, the plan ...', 'In addition, the plan ...': the
    reporter's link to the previous sentence is not part of what was said."""
    if len(tokens) < 4:
        return tokens
    if tokens[0].lower_ in _CONNECTIVES:
        k = 1
    elif tokens[0].dep_ == "prep" and tokens[0].lower_ == "in" and tokens[1].lower_ in (
            "addition", "fact", "short", "particular", "contrast", "turn"):
        k = 2
    else:
        return tokens
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    return tokens[k:]


# A wire dateline opening the paragraph: 'WASHINGTON ― ', 'LOS ANGELES, Sept. 28 (UPI) — '.
# 'WASHINGTON (AP) —', 'LYON, France (AFP) -' (a hyphen set off by spaces), 'MUMBAI:'
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.](?:,[^\n—―–]{1,25}?)?(?: \([A-Za-z. ]{2,20}\))?"
                       r"(?:[ \u00a0]*(?:—|―|–|--)|[ \u00a0]+-(?=[ \u00a0])|:)[ \u00a0]*")
_LEADING_AND = re.compile(r"(?:and|And),?[ \u00a0]+(?![\"“'‘])")
_TRAILING_AND = re.compile(r"[,;—–-]*[ \u00a0]+(?:and|or|but)$")


def _finish(text: str, spans: list[QuoteSpan],
            items: list[tuple[int, int, _Attribution]]) -> list[tuple[int, int, _Attribution]]:
    """Final boundaries of reported statements: one paragraph; a statement ending in a
    quotation keeps the quotation's own closing punctuation ('a "one-term president."')."""
    out = []
    for start, end, attr in items:
        cut = text.find("\n", start, end)
        if cut != -1:
            start, end = strip_edges(text, start, cut)
        m = _DATELINE.match(text, start, end)
        if m and end - m.end() > 12:
            start = m.end()
        # a leading 'And' links to the previous sentence; a dangling 'and' at the end is
        # the start of the next act ('..., and')
        m = _LEADING_AND.match(text, start, end)
        if m and end - m.end() > 12:
            start = m.end()
        m = _TRAILING_AND.search(text, start, end)
        if m and m.end() == end and m.start() - start > 12:
            start, end = strip_edges(text, start, m.start())
        end = _through_quote(text, spans, end)
        if end - start >= 3:
            out.append((start, end, attr))
    return out


def _dedupe(items: list[tuple[int, int, _Attribution]]) -> list[tuple[int, int, _Attribution]]:
    """Drop statements nested in a longer one (keep the outermost)."""
    items.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, int, _Attribution]] = []
    for s, e, a in items:
        if out and s >= out[-1][0] and e <= out[-1][1]:
            continue
        out.append((s, e, a))
    return out
