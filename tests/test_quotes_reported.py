"""Reported speech and mixed quotes: boundaries of what was said, on invented sentences."""

from __future__ import annotations

import pytest


def texts(quotes):
    return [q.text for q in quotes]


def test_attribution_inside_reported_sentence_gives_two_fragments(quotes_of):
    quotes = quotes_of("The factory was a success, Ms. Irene Walsh said, until the river "
                       "flooded it.")
    assert "The factory was a success" in texts(quotes)
    assert "until the river flooded it" in texts(quotes)
    assert {q.speaker.name for q in quotes} == {"Irene Walsh"}


def test_reported_sentence_before_its_attribution(quotes_of):
    quotes = quotes_of("The harbour will reopen next spring, the port authority said on Friday.")
    q = quotes[0]
    assert q.text == "The harbour will reopen next spring"
    assert q.kind == "indirect"
    assert q.speaker.name == "the port authority"


def test_setting_before_an_inserted_attribution_is_not_what_was_said(quotes_of):
    quotes = quotes_of("In a speech on Monday, Mayor Tom Reyes said, the city would hire 200 "
                       "teachers.")
    assert "In a speech on Monday" not in texts(quotes)
    # the document named in the setting is not the source when a speaker is named
    quotes = quotes_of("In a letter to members on Friday, the chairman said, the club "
                       "would be sold.")
    assert texts(quotes) == ["the club would be sold"]
    assert quotes[0].speaker.name == "the chairman"


def test_mixed_quote_ends_with_the_quotations_punctuation(quotes_of):
    q = quotes_of('Governor Ana Silva said the plan was "a disaster for farmers."')[0]
    assert q.text == 'the plan was "a disaster for farmers."'
    assert q.speaker.name == "Ana Silva"


def test_mixed_quote_after_told_leaves_out_the_listener(quotes_of):
    q = quotes_of('Ben Ortiz told reporters that the talks were "going nowhere fast."')[0]
    assert q.text.startswith("that the talks")
    assert q.addressee == "reporters"


def test_mixed_quote_before_its_cue_keeps_its_subject(quotes_of):
    q = quotes_of('The council "has failed every family in this town," Rosa Kim said.')[0]
    assert q.text.startswith("The council")
    assert q.speaker.name == "Rosa Kim"


def test_according_to_covers_a_nested_statement(quotes_of):
    # the source that reports someone's statement is the attribution annotators keep
    q = quotes_of("Anne Moss said the mine had closed, according to local reports.")[0]
    assert q.text == "Anne Moss said the mine had closed"
    assert q.speaker.name == "local reports"


def test_reported_clause_stops_at_a_semicolon(quotes_of):
    q = quotes_of("Leo Grant said the vote was fair; his rivals disagreed.")[0]
    assert q.text == "the vote was fair"


def test_stance_object_without_time_and_place(quotes_of):
    quotes = quotes_of("Senator Mia Ford criticized the new tax in a speech on Tuesday.")
    assert "the new tax" in texts(quotes)


def test_titles_of_shows_are_not_quotes(quotes_of):
    quotes = quotes_of('Paul Hart said on "Meet the Press," that the party was united.')
    assert "Meet the Press," not in texts(quotes)
    assert all("Meet the Press" not in q.text or q.kind == "indirect" for q in quotes)


def test_reported_speech_stays_in_its_paragraph(quotes_of):
    text = ("Dana Price said the bridge was safe.\n\n"
            "The river rose by two metres overnight.")
    quotes = quotes_of(text)
    assert texts(quotes) == ["the bridge was safe"]


def test_quote_after_reported_statement_continues_its_speaker(quotes_of):
    text = ('The budget may be late, Ella Stone said. "We need another week to finish the '
            'numbers."')
    q = next(q for q in quotes_of(text) if q.kind == "direct")
    assert q.speaker.name == "Ella Stone"


def test_quote_after_a_mixed_statement_continues_its_speaker(quotes_of):
    """The fragment quoted inside the statement is not another quotation in between."""
    text = ('Doctors should "take really detailed histories" of their patients, Ella Stone '
            'said. "That way they may find what triggers the disease."')
    q = next(q for q in quotes_of(text) if q.text.startswith("That way"))
    assert q.speaker.name == "Ella Stone"


def test_quote_paragraph_after_a_statement_paragraph_continues_its_speaker(quotes_of):
    text = ("The talks resumed on Monday.\n\n"
            "Omar Haddad said the offer was only the latest attempt to force a deal.\n\n"
            '"They wanted us on our knees. We stand tall and we will stand tall."')
    q = next(q for q in quotes_of(text) if q.text.startswith("They wanted"))
    assert q.speaker.name == "Omar Haddad"


def test_quote_paragraph_after_other_text_stays_unattributed(quotes_of):
    text = ("Omar Haddad said the offer was only the latest attempt to force a deal. "
            "The talks resumed on Monday in a hotel by the lake.\n\n"
            '"They wanted us on our knees. We stand tall and we will stand tall."')
    q = next(q for q in quotes_of(text) if q.text.startswith("They wanted"))
    assert q.speaker.name is None


def test_the_person_described_is_the_speaker(quotes_of):
    """'"...," the patient described' parses as 'the patient (who was) described'."""
    text = ('The man went back to the doctor. "Going upstairs to bed was a 30 min[ute] '
            'activity as I could only manage two stairs at a time," the patient described '
            'in the case report.')
    assert quotes_of(text)[0].speaker.name == "the patient"


def test_subject_word_inside_the_quote_is_not_the_speaker(quotes_of):
    q = quotes_of('"The campaign is in panic mode. Full panic mode," said Leslie Grant, '
                  "a local organiser.")[0]
    assert q.speaker.name == "Leslie Grant"


def test_timestamp_paragraph_is_not_a_speaker(quotes_of):
    text = ("The count went on.\n\n12:15 p.m.\n\n"
            "Donald Ray says the count will be over by the evening.")
    q = next(q for q in quotes_of(text) if "count will be over" in q.text)
    assert q.speaker.name == "Donald Ray"


def test_trailing_dash_glued_to_the_closing_mark(quotes_of):
    q = quotes_of("“He never listened to the workers on the floor.”― Pamela Ortiz")[0]
    assert q.speaker.name == "Pamela Ortiz"


def test_transcript_labels_give_speakers_and_split_quotations(quotes_of):
    text = ('Vice presidential nominee Mike Hale spoke to Fox News on Sunday.\n\n'
            '"ROSS: Will the former mayor be there tomorrow night?\n\n'
            '"HALE: She will not be attending the debate tomorrow night."')
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text for q in quotes] == ["Will the former mayor be there tomorrow night?",
                                        "She will not be attending the debate tomorrow night."]
    assert quotes[0].speaker.name == "ROSS"
    assert quotes[1].speaker.name == "Mike Hale"


def test_headline_colon_attribution(quotes_of):
    text = ("Senator Ruth Kane: Farm subsidies must be cut by half next year\n\n"
            "Note: this story was updated on Monday with new figures.")
    quotes = quotes_of(text)
    assert texts(quotes) == ["Farm subsidies must be cut by half next year"]
    assert quotes[0].speaker.name == "Ruth Kane"


def test_intention_reported_through_its_infinitive(quotes_of):
    quotes = quotes_of("Mayor Ellen Rourke wants to double the number of bus lanes by 2030.")
    assert "to double the number of bus lanes by 2030" in texts(quotes)
    assert quotes[0].speaker.name == "Ellen Rourke"


def test_who_was_urged_belongs_to_the_statement(quotes_of):
    quotes = quotes_of("Governor Paul Hendry urged farmers to report any sick cattle at once.")
    assert any(t.startswith("farmers to report any sick cattle") for t in texts(quotes))


def test_leading_and_is_not_what_was_said(quotes_of):
    quotes = quotes_of("The council met on Monday.\n\nAnd the old bridge will close in May, "
                       "Mayor Ellen Rourke said, because repairs cost too much.")
    assert "the old bridge will close in May" in texts(quotes)


def test_setting_before_an_inverted_attribution_is_not_what_was_said(quotes_of):
    quotes = quotes_of("While she admitted the budget was tight, Mayor Ellen Rourke noted several "
                       "other reasons for the delay.")
    assert not any(t.startswith("While") for t in texts(quotes))
    quotes = quotes_of("Mr. Obama never tires of telling the story of Copenhagen: the talks were "
                       "about to fail, Mr. Obama recalled.")
    assert "the talks were about to fail" in texts(quotes)


def test_the_speakers_next_act_after_and_is_left_out(quotes_of):
    quotes = quotes_of("Mayor Ellen Rourke said the bridge would reopen in May and promised "
                       "that tolls would stay low.")
    assert "the bridge would reopen in May" in texts(quotes)


def test_a_reported_clause_does_not_end_on_a_preposition(quotes_of):
    quotes = quotes_of("Mayor Ellen Rourke said the council had talked about which roads it "
                       "would close first.")
    assert all(not t.endswith(" about") for t in texts(quotes))


def test_seem_reported_through_its_infinitive(quotes_of):
    quotes = quotes_of("Mayor Ellen Rourke seems to have dropped her plan for a new stadium.")
    assert "to have dropped her plan for a new stadium" in texts(quotes)


def test_a_poll_heading_the_sentence_is_its_source(quotes_of):
    quotes = quotes_of("The race is tight.\n\nIn the latest poll, Rourke leads Hendry by four "
                       "points among likely voters.")
    q = [q for q in quotes if q.text.startswith("Rourke leads")]
    assert q and q[0].speaker.name == "the latest poll"
    assert q[0].text == "Rourke leads Hendry by four points among likely voters"


def test_what_someone_called_a_quotation_is_part_of_the_mixed_quote(quotes_of):
    quotes = quotes_of('The senator condemned what he called a "reckless gamble" with '
                       'public money.')
    assert any(t.startswith('what he called a "reckless gamble"') for t in texts(quotes))


def test_a_coordination_inside_the_reported_clause_stays(quotes_of):
    quotes = quotes_of("Mayor Ellen Rourke said the council never told the staff what to build "
                       "or not build.")
    assert "the council never told the staff what to build or not build" in texts(quotes)


def test_wanting_to_know_reports_what_is_asked(quotes_of):
    quotes = quotes_of("Senator Paul Hendry wanted to know who had approved the contracts.")
    assert "who had approved the contracts" in texts(quotes)


def test_told_someone_to_do_something(quotes_of):
    quotes = quotes_of("Governor Paul Hendry told his advisers to find a way around the "
                       "legislature.")
    assert "his advisers to find a way around the legislature" in texts(quotes)


def test_is_expected_to_names_no_one(quotes_of):
    quotes = quotes_of("The governor's veto is expected to come before the deadline on Friday.")
    q = [q for q in quotes if q.text.startswith("to come before the deadline")]
    assert q and q[0].speaker.name is None
    quotes = quotes_of("Mayor Ellen Rourke expects to sign the budget before the deadline.")
    q = [q for q in quotes if q.text.startswith("to sign the budget")]
    assert q and q[0].speaker.name == "Ellen Rourke"


def test_someones_claim_that(quotes_of):
    quotes = quotes_of("Paul Hendry spoke in Ohio.\n\nReporters checked Hendry's claim that "
                       "crime had doubled in the city this year.")
    q = [q for q in quotes if q.text.startswith("that crime had doubled")]
    assert q and q[0].speaker.name == "Paul Hendry"


def test_a_subject_is_never_found_across_a_colon(quotes_of):
    quotes = quotes_of("The Latest: Hendry urges supporters to watch the polling places.")
    assert all(q.speaker.name != "The Latest" for q in quotes)


def test_clause_after_the_cue_wins_over_one_before_it(quotes_of):
    # the parse hangs both clauses on 'says'; what the team says is the one after it
    quotes = quotes_of("The delay is odd; the Harbor Board says the ferry will resume on Monday.")
    assert "the ferry will resume on Monday" in texts(quotes)


def test_relative_clause_speaker_is_the_noun_it_modifies(quotes_of):
    quotes = quotes_of("The fine was imposed by the Tidewater Commission, which contended that "
                       "the mill had polluted the bay.")
    q = next(q for q in quotes if q.text == "that the mill had polluted the bay")
    assert q.speaker.name and "Tidewater Commission" in q.speaker.name


def test_a_two_word_infinitive_is_a_position(quotes_of):
    quotes = quotes_of("Reached by phone, Mayor Lena Ortiz vowed to resign.")
    q = next(q for q in quotes if q.text == "to resign")
    assert q.speaker.name == "Lena Ortiz"


@pytest.mark.parametrize("text", [
    "Reached by phone, Mayor Lena Ortiz declined to comment.",
    "A spokeswoman for Harlow Mills declined to comment on the report.",
    "The ministry refused to say when the bridge would reopen.",
    "Ortiz declined to address whether the council had been warned.",
])
def test_a_refusal_to_speak_is_not_a_statement(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, position", [
    ("The Supreme Court declined to step into the fray over the map.",
     "to step into the fray"),
    ("The Supreme Court declined to release the records.", "to release the records"),
    ("Mayor Lena Ortiz declined to name a replacement for the police chief.",
     "to name a replacement"),
    ("The company declined to share its profits with workers.", "to share its profits"),
    ("The Fed declined to address inflation with a rate rise in March.",
     "to address inflation"),
    ("The health ministry declined to release the report, citing privacy concerns.",
     "to release the report"),
])
def test_declining_to_act_is_still_a_position(quotes_of, text, position):
    assert any(q.text.startswith(position) for q in quotes_of(text))


@pytest.mark.parametrize("text", [
    "The ministry declined to provide details of the contract.",
    "The White House declined to address the allegations.",
    "The senator declined to give an interview.",
])
def test_declining_to_give_out_information_is_a_refusal(quotes_of, text):
    assert quotes_of(text) == []


def test_a_place_after_a_stance_verb_is_not_a_position(quotes_of):
    quotes = quotes_of("Governor Ruth Vance called into a radio show on Monday.")
    assert "a radio show" not in texts(quotes)
    quotes = quotes_of("Governor Ruth Vance called for an inquiry into the fire.")
    assert any(q.text.startswith("an inquiry") for q in quotes)


def test_an_aim_through_its_infinitive_is_a_position(quotes_of):
    quotes = quotes_of("Senator Ada Brooks intends to block the pipeline bill next week.")
    assert "to block the pipeline bill next week" in texts(quotes)


def test_mixed_quote_stops_before_a_dash_or_parenthesis_after_its_quotation(quotes_of):
    q = quotes_of('Senator Jo Marsh said the plan was "a fantasy" — a claim her rivals '
                  'rejected.')[0]
    assert q.text == 'the plan was "a fantasy"'
    q = quotes_of('Senator Jo Marsh described the plan as "a fantasy" (her rivals disagreed) '
                  'on Monday.')[0]
    assert q.text == 'the plan as "a fantasy"'


def test_quotation_as_a_stance_verbs_object_is_attributed(quotes_of):
    quotes = quotes_of('In a speech on Monday, Senator Alma Ruiz attacked "the cruel logic of '
                       'these cuts to school meals."')
    q = next(q for q in quotes if "cruel logic" in q.text)
    assert q.text.strip('"') == "the cruel logic of these cuts to school meals."
    assert q.speaker.name == "Alma Ruiz"


def test_that_and_a_comma_before_a_quotation_make_a_mixed_quote(quotes_of):
    q = quotes_of('Mayor Ken Ito tweeted that, "The bridge will open in May, whatever the '
                  'council says."')[0]
    assert q.text.startswith('that, "The bridge')
    assert q.speaker.name == "Ken Ito"
    q = quotes_of('Mayor Ken Ito said, "The bridge will open in May."')[0]
    assert (q.kind, q.text) == ("direct", "The bridge will open in May.")


def test_as_and_a_comma_before_a_quotation_make_a_mixed_quote(quotes_of):
    q = quotes_of('Mayor Ken Ito described the plan as, "a fantasy dreamed up by consultants '
                  'who never visited."')[0]
    assert q.text.startswith('the plan as, "a fantasy')
    assert q.speaker.name == "Ken Ito"


def test_quotation_continued_by_the_writer_before_its_attribution(quotes_of):
    q = quotes_of('"Jail is the only answer" for reckless bankers, Senator Ada Moss said.')[0]
    assert q.text == '"Jail is the only answer" for reckless bankers'
    assert q.speaker.name == "Ada Moss"
    q = quotes_of('"Jail is the only answer," Senator Ada Moss said.')[0]
    assert (q.kind, q.text) == ("direct", "Jail is the only answer,")
    q = quotes_of('"People say, \'It is over,\'" said Ada Moss, a senator.')[0]
    assert q.kind == "direct"


def test_the_object_of_forced_to_admit_is_who_speaks(quotes_of):
    quotes = quotes_of("Senator Ruth Calder forced the banker Tom Vance to admit that the fees "
                       "were illegal.")
    said = [q for q in quotes if "fees were illegal" in q.text]
    assert said and said[0].speaker.name == "Tom Vance"


def test_bare_verbs_listed_after_an_infinitive_belong_to_it(quotes_of):
    # the parse joins 'hire' and 'open' to 'wants'; their form says they continue 'to double'
    quotes = quotes_of("The union wants to double the fund, hire more nurses and open two "
                       "clinics.")
    assert texts(quotes) == ["to double the fund, hire more nurses and open two clinics"]


def test_a_finite_next_act_after_an_infinitive_stays_out(quotes_of):
    quotes = quotes_of("The club pledged to keep its ground and signed a new striker.")
    assert texts(quotes)[0] == "to keep its ground"


def test_a_second_speaker_joined_by_and_gets_a_statement_of_their_own(quotes_of):
    # the parse joins 'opposition leaders' to 'costs'; the second 'said' has no subject
    quotes = quotes_of("Governor Ann Hale said the plan would cut costs and opposition leaders "
                       "said it would close rural clinics.")
    got = {(q.text, q.speaker.name if q.speaker else None) for q in quotes}
    assert ("the plan would cut costs", "Ann Hale") in got
    assert ("it would close rural clinics", "opposition leaders") in got


def test_a_reported_clause_led_into_a_closing_quotation_is_one_mixed_quote(quotes_of):
    # the quotation is a sentence of its own, which the parse keeps apart from the clause
    quotes = quotes_of('In an interview, the senator said she had one regret about the campaign: '
                       '"I trusted the wrong people for far too long."')
    assert texts(quotes) == ['she had one regret about the campaign: "I trusted the wrong '
                             'people for far too long."']
    assert quotes[0].kind == "partial"


def test_a_mixed_quote_runs_on_through_a_second_closing_quotation(quotes_of):
    quotes = quotes_of('The mayor kept claiming that the budget was "in great shape" but '
                       '"nobody wants to hear the good news."')
    assert texts(quotes) == ['that the budget was "in great shape" but "nobody wants to hear '
                             'the good news."']
    # a short lead-in and the quotation it introduces make one statement
    quotes = quotes_of('Ms. Okafor said she remembered thinking, "Nobody in this room can '
                       'see me at all."')
    assert len(quotes) == 1 and quotes[0].text.startswith("she remembered thinking")


def test_a_stage_direction_in_quote_marks_is_not_speech(quotes_of):
    assert texts(quotes_of('GUEST: "(LAUGHTER.)"')) == []
    assert texts(quotes_of('GUEST: "[Applause]"')) == []


def test_a_that_clause_the_parse_hangs_on_the_cues_noun_is_what_was_said(quotes_of):
    quotes = quotes_of("Vance told reporters after the hearing that the county would appeal the "
                       "ruling.\n\nThe builders, Lark & Moss, said in a statement that work could "
                       "start in April.")
    said = {q.text: q.speaker.name for q in quotes}
    assert said.get("that the county would appeal the ruling") == "Vance"
    assert "that work could start in April" in said


def test_a_relative_clause_after_the_cue_is_not_a_statement(quotes_of):
    quotes = quotes_of("Vance spoke at a meeting that lasted three hours.")
    assert quotes == []


def test_a_negated_cue_shows_its_negation(quotes_of):
    quotes = quotes_of("The mayor did not say what would happen to the depot. Judge Ortiz never "
                       "said that the fines would rise. The agency isn't saying whether the "
                       "bridge will reopen.")
    cues = {q.text: q.cue for q in quotes}
    assert cues["what would happen to the depot"] == "did not say"
    assert cues["that the fines would rise"] == "never said"
    assert cues["whether the bridge will reopen"] == "isn't saying"


def test_a_question_put_to_someone_is_not_their_statement(quotes_of):
    quotes = quotes_of("Asked whether the plant would ever reopen, Boyle shrugged and left.")
    assert [q for q in quotes if q.speaker.name == "Boyle"] == []


def test_mixed_quote_said_in_a_statement_starts_at_that(quotes_of):
    # the parse hangs the that-clause on "statement"; the noun is not what was said
    quotes = quotes_of('The bakery\'s owner, Ruth Mabry, said in a written statement that the '
                       'shop was "devastated" by the fire.')
    assert [q.text for q in quotes] == ['that the shop was "devastated" by the fire']


def test_second_verb_phrase_in_a_reported_tense_is_still_reported(quotes_of):
    # 'and would write', 'and had asked': the reported clause's tense, not the
    # speaker's next act (which the narrative tells in the simple past)
    q = quotes_of("The Cyclists' Alliance said it was worried and would write to the mayor "
                  "before the weekend.")[0]
    assert q.text == "it was worried and would write to the mayor before the weekend"
    q = quotes_of('The Cyclists\' Alliance said it was "appalled" and would write to the '
                  'mayor.')[0]
    assert q.text == 'it was "appalled" and would write to the mayor'
    quotes = quotes_of("The bakery's owner, Ruth Mabry, said in a written statement that the "
                       "shop was devastated by the fire and had asked an engineer to inspect "
                       "the ovens.")
    assert [q.text for q in quotes] == ["that the shop was devastated by the fire and had "
                                        "asked an engineer to inspect the ovens"]


def test_reported_tense_conjunct_after_a_statement_noun_clause(quotes_of):
    quotes = quotes_of("The museum's director, Paul Genner, said in a written statement that "
                       'the trust was "shocked" by the theft and had hired a private '
                       "investigator.")
    assert [q.text for q in quotes] == ['that the trust was "shocked" by the theft and had '
                                        "hired a private investigator"]


@pytest.mark.parametrize("dateline", [
    "BRUSSELS (Reuters) - ", "LYON, France (AFP) - ", "MUMBAI: ", "OSLO, Norway (AP) — "])
def test_wire_datelines_are_not_what_was_said(quotes_of, dateline):
    quotes = quotes_of(dateline + "The bloc's fishing fleets will shrink by a fifth within "
                       "a decade, officials said on Monday.")
    assert [q.text for q in quotes] == ["The bloc's fishing fleets will shrink by a fifth "
                                        "within a decade"]


def test_second_that_clause_joined_to_the_cue_is_still_reported(quotes_of):
    quotes = quotes_of('The water board said in a statement that the pumps had been '
                       '"overwhelmed rather than broken" and that its crews had worked all '
                       'weekend.')
    assert [q.text for q in quotes] == ['that the pumps had been "overwhelmed rather than '
                                        'broken" and that its crews had worked all weekend']
    # 'but that was not the case' is the writer's: that is its subject, not a 'that'-clause
    quotes = quotes_of("The landlord claimed that the boiler had been serviced in May, but "
                       "that was not true.")
    assert "not true" not in " ".join(q.text for q in quotes)


def test_second_cue_joined_to_the_reported_clause_keeps_the_first_speaker(quotes_of):
    quotes = quotes_of("Sir Alan Crowther, the inquiry chairman, acknowledged that the hearings "
                       'had taken longer than planned but noted that "every family deserved '
                       'to be heard".')
    assert [q.speaker.name for q in quotes] == ["Alan Crowther", "Alan Crowther"]


def test_quoted_fragment_going_on_with_the_reported_clause(quotes_of):
    quotes = quotes_of("Ana Ruiz is a union steward.\n\nShe added that the school would reopen "
                       'on Monday "if the heating holds".')
    assert [q.text for q in quotes] == ['that the school would reopen on Monday "if the '
                                        'heating holds"']


def test_according_to_inside_the_statement_gives_two_fragments(quotes_of):
    quotes = quotes_of("The plan, according to the ministry, will cost about 40 million euros "
                       "over five years.")
    assert [q.text for q in quotes] == ["The plan",
                                       "will cost about 40 million euros over five years"]
    assert {q.speaker.name for q in quotes} == {"the ministry"}


def test_a_sources_terms_of_anonymity_are_not_a_statement(quotes_of):
    quotes = quotes_of("A deal is close, said two officials, who asked not to be identified "
                       "because the talks are private.\n\nA senior nurse, who did not wish to "
                       "be named, said the ward had closed twice.")
    assert [q.text for q in quotes] == ["A deal is close", "the ward had closed twice"]


def test_the_reader_addressed_as_you_holds_no_position(quotes_of):
    text = ("The new console costs $499.\n\n"
            "If you want to play the new games at launch, you know that the price will rise.\n\n"
            "Sony said supplies would be limited.")
    quotes = quotes_of(text)
    assert not any((q.speaker.mention or "").lower() == "you" for q in quotes)
    assert any(q.speaker.name == "Sony" for q in quotes)


def test_a_quote_paragraph_followed_by_its_own_speaker_is_not_the_statement_before(
        quotes_of):
    text = ("Omar Haddad said temperatures would reach 40C on Tuesday.\n\n"
            '"I have never known heat like it. We cannot sleep at night."\n\n'
            "Sarah Jones, 67, from Maidstone, said she had not left the house for days.")
    q = next(q for q in quotes_of(text) if q.text.startswith("I have never"))
    assert q.speaker.name != "Omar Haddad"


def test_a_quote_paragraph_after_a_body_s_statement_stays_unattributed(quotes_of):
    text = ("Prices rose by 5 per cent in the year to March, according to the Office for "
            "National Statistics.\n\n"
            '"This is the worst squeeze on living standards in a generation."')
    q = next(q for q in quotes_of(text) if q.text.startswith("This is the worst"))
    assert q.speaker.name is None


@pytest.mark.parametrize("text", [
    "When the substance is feathers, the illness is called “feather duvet lung.”",
    "His charity, called the Harbour Light Fund, will still own the land.",
    "In China we call it the Sylphy.",
    "Everyone called him Mike.",
])
def test_naming_something_is_not_a_statement(quotes_of, text):
    assert quotes_of(text) == []


def test_calling_something_a_name_in_a_stance_still_counts(quotes_of):
    quotes = quotes_of("Senator Ada Brooks called the plan “a disaster for farmers.”")
    assert quotes and quotes[0].speaker.name == "Ada Brooks"
    quotes = quotes_of("Dr. Mehmet Oz has been called a charlatan by fellow physicians.")
    assert any(q.speaker.name == "fellow physicians" for q in quotes)  # by the agent
