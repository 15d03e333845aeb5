"""Open questions: hedges the parse confirms, with summary, status, cues and date."""

from __future__ import annotations

from reporter.analyse.dates import resolve
from reporter.analyse.open_questions.hedge import find_cues


def _by_sentence(briefing, needle):
    return [q for q in briefing.open_questions if needle in q.text]


def test_sample_osaka_meeting_is_open(sample_briefing):
    [q] = _by_sentence(sample_briefing, "Osaka")
    assert q.summary.startswith("Possible US-Russian presidential meeting")
    assert "Osaka" in q.summary and "G20" in q.summary
    assert "apparently" in q.cues and "not fixed" in q.cues
    assert q.status == "planned"
    assert q.date == "next month"  # no publication date: kept as written
    names = {sample_briefing.entity(a).name for a in q.actors}
    assert "Osaka" in names


def test_sample_maduro_support_is_open(sample_briefing):
    [q] = _by_sentence(sample_briefing, "Maduro")
    assert q.cues == ["may"]
    assert "Moscow may terminate its support for Nicolás Maduro" in q.summary
    assert q.status == "speculative"


def test_sample_stalled_relations(sample_briefing):
    [q] = _by_sentence(sample_briefing, "standstill")
    assert q.status == "stalled"


def test_relative_date_resolved_when_published_known(analyse_text):
    text = ("A possible meeting of the two leaders next month in Geneva was discussed "
            "but not fixed, officials said.")
    b = analyse_text(text, published="2019-05-14")
    [q] = b.open_questions
    assert q.date == "2019-06"


def test_month_name_is_no_cue(nlp):
    sent = next(nlp("The factory opened in May and employs 300 people.").sents)
    assert find_cues(sent) == []


def test_modal_may_is_a_cue(nlp):
    sent = next(nlp("The central bank may raise interest rates again.").sents)
    assert [c.text for c in find_cues(sent)] == ["may"]


def test_plain_facts_have_no_open_questions(analyse_text):
    b = analyse_text("The city council approved the budget on Tuesday. "
                     "The vote was 7 to 2. The new budget takes effect in July.")
    assert b.open_questions == []


def test_conditional_and_investigation(analyse_text):
    b = analyse_text("Regulators are investigating whether the airline broke safety rules. "
                     "The union said it would strike if the talks collapse.")
    statuses = {q.sentence: q.status for q in b.open_questions}
    assert statuses.get(0) == "under investigation"
    assert statuses.get(1) == "conditional"


def test_dates_resolve():
    assert resolve("next month", "2019-05-14") == "2019-06"
    assert resolve("February this year", "2019-05-14") == "2019-02"
    assert resolve("previous year", "2019-05-14") == "2018"
    assert resolve("March 12, 1999", None) == "1999-03-12"
    assert resolve("next month", None) is None
    assert resolve("three hours", "2019-05-14") is None


def test_summaries_read_like_headlines(sample_briefing):
    summaries = {q.sentence: q.summary for q in sample_briefing.open_questions}
    assert all("…" not in s and len(s.split()) <= 16 for s in summaries.values())
    [arms] = _by_sentence(sample_briefing, "likely to talk")
    assert arms.summary == "Lavrov and Pompeo to talk about arms control"
    [stalled] = _by_sentence(sample_briefing, "standstill")
    assert stalled.summary == "US-North Korea relations at a standstill"
    [putin] = _by_sentence(sample_briefing, "expects to hold")
    assert putin.summary.startswith("Trump expects to hold a meeting")  # "he" named


def test_opinion_is_not_summarised_as_fact(analyse_text):
    b = analyse_text("Senator Jones thinks the new tariffs will hurt exporters in Ohio.")
    [q] = b.open_questions
    assert q.summary.lower().startswith(("whether", "senator jones thinks"))


def test_condition_comes_with_its_claim(analyse_text):
    b = analyse_text("The coal industry will lose thousands of jobs if the rules survive.")
    [q] = b.open_questions
    assert q.status == "conditional"
    assert q.summary == "The coal industry will lose thousands of jobs if the rules survive"


def test_what_is_on_hold_is_the_object(analyse_text):
    b = analyse_text("The agency issued the rules, which the Supreme Court has put on hold "
                     "while the case is litigated.")
    [q] = b.open_questions
    assert q.status == "stalled" and q.summary == "Rules on hold"


def test_long_article_keeps_the_open_questions_worth_reading(analyse_text):
    chatter = " ".join(f"You might like item {n} of the list." for n in range(12))
    text = (chatter + " A possible summit of the two presidents in Geneva was discussed "
            "but not fixed.")
    b = analyse_text(text)
    assert len(b.open_questions) == 10
    assert any("Geneva" in q.summary for q in b.open_questions)
    assert [q.sentence for q in b.open_questions] == sorted(q.sentence for q in b.open_questions)
