"""Generic cleaning: what goes, what stays, and that every step is noted."""

from __future__ import annotations

import pytest

from reporter.ingest.clean import clean_article
from reporter.model import Article

BODY = [
    "The transport ministry said on Tuesday that the new bridge would open in May, two "
    "years later than planned, after engineers found cracks in two of its supports.",
    "Contractors blamed the delay on a shortage of steel, while the ministry said it "
    "would seek compensation for the extra cost of the repairs.",
    "Local businesses, which had expected the bridge to bring more customers, said the "
    "delay had already cost them a summer season.",
    "The ministry did not say how much the repairs would cost in total.",
]


def clean(lines: list[str], title: str = "Bridge opening delayed again", **kw) -> Article:
    return clean_article(Article(id="t", title=title, text="\n".join(lines), **kw))


def kinds(article: Article) -> list[str]:
    return [n.kind for n in article.notes]


def test_clean_text_passes_unchanged_but_for_paragraph_breaks():
    article = clean(BODY)
    assert article.text == "\n\n".join(BODY)
    assert article.notes == []


def test_repeated_headline_lines_removed_any_case_or_punctuation():
    article = clean(["Bridge opening delayed again", BODY[0], "BRIDGE OPENING DELAYED AGAIN!",
                     *BODY[1:]])
    assert article.text == "\n\n".join(BODY)
    assert kinds(article) == ["removed-headline"]
    assert "2×" in article.notes[0].detail


@pytest.mark.parametrize("noise", [
    "[an error occurred while processing this directive]",
    "<!--#include virtual=\"/ads/top.html\" -->",
    "Warning: mysql_connect(): Access denied for user in /var/www/news.php on line 12",
    "{{ article.related_links }}",
    "{% include 'sidebar.html' %}",
    "Error establishing a database connection",
    "[object Object]",
])
def test_server_and_template_errors_removed(noise):
    article = clean([BODY[0], noise, *BODY[1:]])
    assert article.text == "\n\n".join(BODY)
    assert "removed-error" in kinds(article)


def test_error_inside_a_paragraph_keeps_the_words():
    line = "Officials said [an error occurred while processing this directive] the bridge is safe."
    article = clean([BODY[0], line])
    assert article.text.endswith("Officials said the bridge is safe.")


@pytest.mark.parametrize("trailer", [
    ["Related news", "Bridge tolls to rise next year", "New ferry route announced"],
    ["Read more:", "Bridge tolls to rise next year"],
    ["Share this article", "Facebook", "Twitter"],
    ["Sign up for our morning newsletter", "Enter your email"],
    ["You may also like", "Ten best bridges in Europe"],
    ["Comments (12)", "Great article!"],
])
def test_trailers_cut(trailer):
    article = clean([*BODY, *trailer])
    assert article.text == "\n\n".join(BODY)
    assert "removed-trailer" in kinds(article)


def test_trailer_word_early_in_text_cuts_nothing():
    lines = [BODY[0], "Related news", *BODY[1:]]
    article = clean(lines)
    # a heading-like line in the first part is not a trailer; nothing after it is lost
    assert all(p in article.text for p in BODY)


@pytest.mark.parametrize("promo", [
    "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
    "Read more: Ten best bridges in Europe", "RELATED: Bridge tolls to rise next year",
    "Sign up to get our daily newsletter in your inbox", "Click here to subscribe",
    "Share on Facebook", "Facebook Twitter Email",
])
def test_promotional_lines_inside_the_body_removed(promo):
    article = clean([BODY[0], promo, *BODY[1:]])
    assert article.text == "\n\n".join(BODY)
    assert "removed-promo" in kinds(article)


def test_byline_and_wire_dateline_to_metadata():
    article = clean(["By Jane Doe and JOHN ROE, Reuters",
                     "WASHINGTON (Reuters) - " + BODY[0], *BODY[1:]])
    assert article.author == "Jane Doe, John Roe"
    assert article.source == "Reuters"
    assert article.text == "\n\n".join(BODY)
    assert kinds(article) == ["byline", "dateline"]
    assert "WASHINGTON (Reuters)" in article.notes[1].detail


@pytest.mark.parametrize("dateline,source", [
    ("MOSCOW, May 14 (AP) — ", "AP"),
    ("NEW YORK, N.Y. -- ", None),
    ("HANOI, Vietnam (AFP) – ", "AFP"),
    ("LONDON — ", None),
    ("Indianapolis – ", None),
    ("Charlotte, N.C. — ", None),
])
def test_dateline_forms(dateline, source):
    article = clean([dateline + BODY[0], *BODY[1:]])
    assert article.text == "\n\n".join(BODY)
    assert article.source == source
    assert "dateline" in kinds(article)


def test_existing_metadata_wins_over_byline():
    article = clean(["By Jane Doe", "PARIS (AFP) - " + BODY[0]], author="J. Doe",
                    source="Le Monde")
    assert (article.author, article.source) == ("J. Doe", "Le Monde")


@pytest.mark.parametrize("line", [
    "By Friday, the talks had collapsed and both sides had left the capital.",
    "NATO - the alliance said on Monday - would send more ships to the region.",
    "UPDATE — the ministry has since confirmed the date.",
    "US officials said the talks would resume next week.",
    "Analysis — The ministry has since confirmed the date.",
    "Brexit - The word that defined a decade is back in the headlines.",
    "Ortiz – who had led the talks – said the deal was close.",
    "Dana Ortiz — The mayor's chief of staff — said the deal was close.",
    "Review – The new phone is fast and its battery lasts two days.",
    "Sources — Three officials said the talks had stalled again.",
])
def test_sentences_that_look_like_bylines_or_datelines_stay(line):
    article = clean([line, *BODY])
    assert article.text.startswith(line)
    assert not {"byline", "dateline"} & set(kinds(article))


def test_long_duplicate_paragraph_removed_short_repeats_kept():
    question = "What inspired you to start?"
    lines = [BODY[0], question, BODY[1], BODY[0], question, BODY[2]]
    article = clean(lines)
    assert article.text.count(BODY[0]) == 1
    assert article.text.count(question) == 2
    assert "removed-duplicate" in kinds(article)


def test_whitespace_and_invisible_characters_normalised():
    article = clean(["  The\u00a0bridge\u200b  will\topen   in May.  \r", "", "", "",
                     "It\u00adwas late."])
    assert article.text == "The bridge will open in May.\n\nItwas late."


def test_a_single_sentence_is_never_emptied():
    for text in ("Advertisement", "Read more: the bridge will open in May.",
                 "Bridge opening delayed again"):
        article = clean([text])
        assert article.text == text, text


def test_title_in_body_keeps_first_occurrence():
    title = "Bridge opening delayed again."
    article = clean_article(Article(id="t", title=title, text="\n".join([title, *BODY, title])),
                            title_in_body=True)
    assert article.text == "\n\n".join([title, *BODY])


@pytest.mark.parametrize("line", ["Updated at 1:23 p.m.", "Published: 14 March 2023, 09:30",
                                  "Last updated on May 5, 2019"])
def test_timestamp_lines_removed(line):
    article = clean([line, *BODY])
    assert article.text == "\n\n".join(BODY)


def test_sentence_about_an_update_stays():
    line = "Published in 1998, the report found that the bridge needed new supports."
    article = clean([*BODY[:2], line, *BODY[2:]])
    assert line in article.text


def test_dates_from_byline_and_published_line():
    article = clean(["By Jane Doe | May 5, 2019", *BODY])
    assert (article.author, article.published) == ("Jane Doe", "2019-05-05")
    article = clean(["Published: 14 March 2023, 09:30", *BODY])
    assert article.published == "2023-03-14"
    article = clean(["Published: 14 March 2023", *BODY], published="2023-03-15")
    assert article.published == "2023-03-15"
    article = clean(["Updated on 2024-01-31", *BODY])
    assert article.published is None  # an update is not the publication date
