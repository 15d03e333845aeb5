"""Timeline: dated events, relative dates resolved against the publication date."""

from __future__ import annotations


def test_sample_relative_dates_as_written_without_publication_date(sample_briefing):
    written = {e.as_written: e for e in sample_briefing.timeline}
    for phrase in ("next month", "February this year", "previous year"):
        assert phrase in written
        assert written[phrase].date is None
    assert written["1987"].date == "1987"


def test_relative_dates_resolved_with_publication_date(analyse_text):
    text = ("The ministers met in Brussels on March 3, 2021. A follow-up summit is planned "
            "for next month. Talks collapsed the previous year over fishing quotas.")
    b = analyse_text(text, published="2021-03-10")
    dates = {e.as_written: e.date for e in b.timeline}
    assert dates["March 3, 2021"] == "2021-03-03"
    assert dates["next month"] == "2021-04"
    assert dates["the previous year"] == "2020"
    assert [e.date for e in b.timeline] == sorted(e.date for e in b.timeline)
    assert all(e.event for e in b.timeline)


def test_durations_are_not_events(analyse_text):
    b = analyse_text("The negotiators talked for three hours without a break.")
    assert b.timeline == []


def test_last_week_resolves_to_its_iso_week(analyse_text):
    from reporter.analyse.dates import resolve, sort_key

    assert resolve("last week", "2019-05-14") == "2019-W19"
    assert resolve("next week", "2019-05-14") == "2019-W21"
    assert sort_key("2019-W19") == "2019-05-06"
    b = analyse_text("The ministers met last week in Geneva. They met again on May 14, 2019. "
                     "The talks began in April 2019.", published="2019-05-14")
    dates = [t.date for t in b.timeline]
    assert dates == ["2019-04", "2019-W19", "2019-05-14"]


def test_dated_names_and_repeats(analyse_text):
    b = analyse_text("Russia left the 1987 Intermediate-Range Nuclear Forces Treaty. "
                     "Critics attacked Monday's debate. Viewers loved Monday's debate.")
    events = [(t.as_written, t.event) for t in b.timeline]
    assert ("1987", "1987 Intermediate-Range Nuclear Forces Treaty") in events
    assert sum(1 for _, e in events if e == "Monday's debate") == 1


def test_a_date_far_below_its_verb_names_the_nearest_noun(analyse_text):
    """'since 2003' six words below any verb: the event is the noun it dates, not '2003'."""
    b = analyse_text("Superintendent Dana Ruiz cited a study showing Ohio as the state with "
                     "the smallest nurse wage rises since 2003.")
    event = next(e.event for e in b.timeline if e.as_written == "2003")
    assert "wage rises since 2003" in event
