"""Quote-mark pairing over plain text (no spaCy needed)."""

from __future__ import annotations

import pytest

from reporter.analyse.quotes.marks import find_quote_spans


def quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quote_spans(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ('"We will win," she said.', ["We will win,"]),
    ("“We will win,” she said.", ["We will win,"]),
    ("«Nous gagnerons», a-t-il dit.", ["Nous gagnerons"]),
    ("‘We will win,’ she said.", ["We will win,"]),
    ("''We will win,'' she said.", ["We will win,"]),
    ("“We will win,’’ she said. ‘‘And soon.’’", ["We will win,", "And soon."]),
    ('"A," he said, "B and C."', ["A,", "B and C."]),
    ("He said: “Go.”", ["Go."]),
])
def test_mark_styles(text, expected):
    assert quoted(text) == expected


def test_nested_single_quotes_stay_inside():
    text = "“He told me, ‘never again,’ and left,” she said."
    assert quoted(text) == ["He told me, ‘never again,’ and left,"]


def test_apostrophes_are_not_quotes():
    text = "The voters’ choice isn’t easy, and it won’t be in the ’90s style either."
    assert quoted(text) == []


def test_multi_paragraph_quote_reopens_without_closing():
    text = "“First paragraph of the speech.\n\n“Second paragraph,” she said.\n\nAfter."
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start:spans[0].end].startswith("First paragraph")
    assert text[spans[0].start:spans[0].end].endswith("Second paragraph,")
    assert spans[0].paragraphs == 2


def test_stray_mark_costs_only_its_paragraph():
    text = "A stray “ mark in this paragraph.\n\n“This one is fine,” he said.\n\n“So is this.”"
    assert quoted(text) == ["This one is fine,", "So is this."]


def test_unbalanced_straight_mark_does_not_swallow_the_article():
    text = 'He measured 6\'2" tall.\n\n"Next quote," she said.'
    assert quoted(text)[-1] == "Next quote,"


def test_paragraph_opened_with_a_closing_mark():
    text = "Readers wrote in.\n\n”He never listened to the workers.” ― Ana Ruiz"
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["He never listened to the workers."]


@pytest.mark.parametrize(("text", "expected"), [
    # curly marks nested in a straight quotation do not close it
    ('"The board called it “a final offer” and walked out," the union said.',
     ["The board called it “a final offer” and walked out,"]),
    ('"Nobody asked: “Who pays?” Nobody," she wrote.', ["Nobody asked: “Who pays?” Nobody,"]),
    # and straight ones nested in a curly quotation
    ('“They kept saying "later" for a year,” he said.', ['They kept saying "later" for a year,']),
])
def test_nested_quotes_in_the_other_family_of_marks(text, expected):
    assert quoted(text) == expected


def test_unclosed_excerpt_with_curly_marks_is_not_nested():
    # the straight quotation never closes in its paragraph: no nesting assumed
    text = '"The crowd waited for hours, chanting “four more years”\n\nThen it rained.'
    assert "The crowd waited for hours, chanting " in quoted(text)


def test_a_quotation_opened_after_a_full_stop_runs_on_into_a_reopened_paragraph():
    text = ('"I left the mill at noon," he said, sitting in his garden. "My uncle worked '
            'there. So did his sons.\n\n"It was our whole town."\n\nThe mill closed in May.')
    assert quoted(text) == ["I left the mill at noon,",
                            'My uncle worked there. So did his sons.\n\n"It was our whole town.']
    assert [s.paragraphs for s in find_quote_spans(text)] == [1, 2]


def test_guillemets_with_french_spacing():
    # « ... » set with spaces inside the marks, as French-trained wire desks do
    text = "« The harvest is lost », a grower said. « We start again in March. »"
    assert [q.strip() for q in quoted(text)] == ["The harvest is lost",
                                                "We start again in March."]
    # the space inside is not part of the quotation's words
    spans = find_quote_spans(text)
    assert text[spans[0].start] == "T" and text[spans[0].end - 1] == "t"


def test_plural_possessive_inside_single_quotes():
    # a closing mark after an "s" and before a word is a possessive when the
    # quotation closes later in the paragraph
    text = "‘We played the Beatles’ songs every night,’ he said. ‘Nobody minded.’"
    assert quoted(text) == ["We played the Beatles’ songs every night,", "Nobody minded."]
    text = "'The nurses' union was right,' she said."
    assert quoted(text) == ["The nurses' union was right,"]
    # a real closing mark before a word still closes: 'would ‘look again’ at it'
    assert quoted("The mayor said he would ‘look again’ at the plans.") == ["look again"]


def test_double_quotes_nested_in_british_single_quotes():
    text = "'The caller told me, \"Stay where you are.\" So we stayed,' she said."
    assert quoted(text) == ['The caller told me, "Stay where you are." So we stayed,']
    text = "‘He shouted “Run!” and we ran,’ she said. “Later,” he added, “we slept.”"
    assert quoted(text) == ["He shouted “Run!” and we ran,", "Later,", "we slept."]


def test_british_multi_paragraph_quote_reopens_without_closing():
    text = ("'We ran the shelter for thirty years on goodwill.\n\n"
            "'That is finished. The council must step in,' she said.\n\nAfter.")
    spans = find_quote_spans(text)
    assert len(spans) == 1 and spans[0].paragraphs == 2
    assert text[spans[0].start:spans[0].end].startswith("We ran the shelter")
    assert text[spans[0].start:spans[0].end].endswith("must step in,")
    # an unclosed single mark whose next paragraph does not reopen stays stray
    text = "'We ran the shelter for thirty years.\n\nThe council said nothing."
    assert find_quote_spans(text) == []


def test_closing_curly_mark_used_to_open():
    # some systems set ” for both marks: after a space or colon, before a word, it opens
    assert quoted("The mayor said: ”We will not raise taxes this year.”") == [
        "We will not raise taxes this year."]
    assert quoted("He called it ”a farce” twice.") == ["a farce"]


def test_a_quotation_quoting_someone_else_is_not_split(quotes_of):
    """'"..., Biden said, ...," Smith said.': the inner attribution is part of Smith's words."""
    text = ("\u201cLast spring, Ortega said, it would be different, but nothing changed,\u201d "
            "Keller said.")
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].speaker.name == "Keller"
    assert quotes[0].text.startswith("Last spring, Ortega said")
