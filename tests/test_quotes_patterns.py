"""Reported-speech patterns added for recall, on invented sentences."""

from __future__ import annotations


def texts(quotes):
    return [q.text for q in quotes]


def test_relative_word_before_the_cue_is_not_what_was_said(quotes_of):
    quotes = quotes_of("The new fees, which the regulator said were far too high, will be "
                       "cut next year.")
    assert "were far too high" in texts(quotes)


def test_as_clause_attributes_the_clause_it_is_set_off_from(quotes_of):
    quotes = quotes_of("As several economists have pointed out, the plan would cost far "
                       "more than the campaign says.")
    assert texts(quotes) == ["the plan would cost far more than the campaign says"]
    assert quotes[0].speaker.name == "several economists"
    # no one named: 'as might be expected' is not a source
    assert texts(quotes_of("The mayor has not answered the letter or, as might be expected "
                           "from such a careful politician, made any promise.")) == []


def test_a_poll_shows_its_finding(quotes_of):
    quotes = quotes_of("Recent polls show a tight race in the state.")
    assert texts(quotes) == ["a tight race in the state"]
    assert quotes[0].speaker.name == "Recent polls"
    # a person showing something is not a finding
    assert texts(quotes_of("The guide showed the visitors a map of the old harbour.")) == []


def test_a_quotation_inside_a_mixed_quote_is_not_a_quote_of_its_own(quotes_of):
    quotes = quotes_of('The mayor called the plan "reckless," "very unfair" and "dangerous."')
    assert texts(quotes) == ['the plan "reckless," "very unfair" and "dangerous."']


def test_partial_quote_is_governed_from_its_first_word(quotes_of):
    # the parse hangs the quotation's second clause on 'attacked'; its first word
    # hangs on 'saying', which reports the whole of it
    quotes = quotes_of('Meanwhile, the paper attacked the mayor, saying he "has offended '
                       'voters with his insults, and he has neither the temperament nor the '
                       'judgment to lead."')
    assert 'he "has offended voters with his insults, and he has neither the temperament ' \
        'nor the judgment to lead."' in texts(quotes)


def test_a_wire_dateline_is_not_what_was_said(quotes_of):
    quotes = quotes_of("WASHINGTON ― The new tariffs are a tax on every family, the senator "
                       "said on Monday.")
    assert texts(quotes) == ["The new tariffs are a tax on every family"]
    quotes = quotes_of("LOS ANGELES, Sept. 28 (AP) — The studio will close its lot next year, "
                       "a spokeswoman said.")
    assert texts(quotes) == ["The studio will close its lot next year"]


def test_unveiling_or_disclosing_something_is_not_a_stance(quotes_of):
    assert texts(quotes_of("The council unveiled the final version of its housing plan "
                           "on Monday.")) == []
    assert texts(quotes_of("Charities do not have to disclose their donors and their "
                           "sources of income.")) == []


def test_a_passive_stance_is_held_by_its_agent(quotes_of):
    quotes = quotes_of("The governor has been endorsed by dozens of newspapers across the state.")
    assert texts(quotes) == ["The governor"]
    assert quotes[0].speaker.name == "dozens of newspapers"
    assert texts(quotes_of("The bridge was built by the army in two weeks.")) == []


def test_a_second_attribution_after_and_ends_the_statement(quotes_of):
    quotes = quotes_of("There is a sharp difference between what the senator says his tax "
                       "plan would do and how experts say it would change the tax code.")
    assert texts(quotes) == ["his tax plan would do", "it would change the tax code"]
    assert [q.speaker.name for q in quotes] == ["the senator", "experts"]


def test_a_clause_ending_in_a_colon_introduces_its_subjects_words(quotes_of):
    quotes = quotes_of('The plan has critics. Friends of the Fjord was blunter: "This is a gamble '
                       'with the only coast we have."\n\nThe minister had a warning for the banks: '
                       '"Pay up or face the courts."\n\nThe result was clear: "Nobody wins this '
                       'kind of fight in the end."')
    said = {q.text: q.speaker.name for q in quotes}
    assert said["This is a gamble with the only coast we have."] == "Friends of the Fjord"
    assert said["Pay up or face the courts."] == "The minister"
    assert said.get("Nobody wins this kind of fight in the end.") in (None, "")


def test_an_interviews_answers_are_quoted_as_spoken(quotes_of):
    quotes = quotes_of("Dr. Helena Strand studies sea ice.\n\nQ: Why refreeze the Arctic?\n\n"
                       "Strand: Because the ice is the planet's air conditioner.\n\n"
                       "Q: Is it a distraction?\n\nStrand: It is no substitute for cutting "
                       "emissions, but we are out of time.")
    answers = [q for q in quotes if q.speaker.name == "Helena Strand"]
    assert len(answers) == 2 and {q.kind for q in answers} == {"direct"}
    assert not [q for q in quotes if q.text.startswith("Why refreeze")]


def test_a_headline_style_colon_line_stays_a_paraphrase(quotes_of):
    quotes = quotes_of("Sanders: Clinton needs to answer for her speeches to banks\n\n"
                       "The senator spoke in Ohio on Monday.")
    assert [q.kind for q in quotes if q.speaker.name == "Sanders"] == ["indirect"]


def test_answers_labelled_a_belong_to_the_interviewee(quotes_of):
    quotes = quotes_of(
        "The cellist Tomasz Wierzbicki, 48, has recorded all of Bach's suites twice. "
        "We spoke in Kraków.\n\n"
        "Q: Why record them a second time?\n\n"
        "A: Because the first time I was playing to my teachers. I was twenty-six and "
        "frightened of every one of them, and you can hear it in every bar of the first "
        "suite if you listen closely enough to the bowing.\n\n"
        "Q: And now?\n\n"
        "A: Now I play to the room, and it's kinder.")
    answers = [q for q in quotes if q.text.startswith(("Because the first", "Now I play"))]
    assert [q.kind for q in answers] == ["direct", "direct"]
    assert {q.speaker.name for q in answers} == {"Tomasz Wierzbicki"}
    # what the answer says is not reported speech of its own
    assert not [q for q in quotes if q.kind == "indirect" and "hear it" in q.text]


def test_interview_answers_under_name_labels_of_any_length(quotes_of):
    quotes = quotes_of(
        "The economist Dr. Farida Osei has advised three finance ministers on debt.\n\n"
        "Q: Is the debt crisis over?\n\n"
        "Osei: Not remotely. The headline numbers look better because rates fell for a year, "
        "but the countries that borrowed most still spend more on interest than on schools "
        "and clinics combined, and that cannot last.\n\n"
        "Q: What should lenders do?\n\n"
        "Osei: Write some of it off. Quietly, if they must.\n\n"
        "INTERVIEWER: And the IMF?\n\n"
        "OSEI: The fund has to stop pretending every crisis is about liquidity.")
    assert [q.text.split()[0] for q in quotes] == ["Not", "Write", "The"]
    assert {q.speaker.name for q in quotes} == {"Farida Osei"}
    assert {q.kind for q in quotes} == {"direct"}
    assert quotes[1].text == "Write some of it off. Quietly, if they must."
