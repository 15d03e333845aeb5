"""Who does the saying when the parse hangs a speech verb elsewhere: a participle
describing what a verb's object shows, a second act of the one who said something, a
subject the parse took for an object."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from reporter.analyse.quotes.speaker_subject import controller


def test_participle_after_a_recording_of_someone_is_theirs(quotes_of):
    text = 'The campaign used a recording of Mark Ellison asking, "Who will pay for all of this?"'
    q = next(q for q in quotes_of(text) if "Who will pay" in q.text)
    assert q.speaker.name == "Mark Ellison"


def test_second_act_joined_to_a_reported_modal_clause_is_the_sayers(quotes_of):
    text = ("Chancellor Greta Lindqvist announced on Monday that the government would cut "
            "fuel taxes before the summer and hinted that ministers might scrap the steel "
            "tariff.")
    q = next(q for q in quotes_of(text) if "scrap the steel" in q.text)
    assert q.speaker.name == "Greta Lindqvist"


def test_subject_parsed_as_a_second_object_is_the_verbs():
    # 'the board ignored the report and unions blamed the firm', 'unions' joined to
    # 'report' by the parse
    words = ["the", "board", "ignored", "the", "report", "and", "unions", "blamed", "the",
             "firm"]
    heads = [1, 2, 2, 4, 2, 4, 4, 2, 9, 7]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "cc", "conj", "ccomp", "det", "dobj"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "NOUN", "VERB", "DET", "NOUN"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "CC", "NNS", "VBD", "DT", "NN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              tags=tags)
    assert controller(doc[7]).text == "unions"


def test_since_parsed_as_a_preposition_opens_its_own_subjects_clause(quotes_of):
    text = ("Officials have been wary of Dunmore since Ferris, at a closed meeting, cited "
            "safety lapses Dunmore had ignored for years.")
    q = next(q for q in quotes_of(text) if "safety lapses" in q.text)
    assert q.speaker.name == "Ferris"


def test_participle_after_a_relative_clause_is_the_main_clauses(quotes_of):
    text = ('Mark Lund refused to pay a builder who said he was cheated, saying, "He did poor '
            'work and I owe him nothing."')
    q = next(q for q in quotes_of(text) if "poor work" in q.text)
    assert q.speaker.name == "Mark Lund"


def test_participle_after_a_where_clause_is_the_main_clauses(quotes_of):
    text = ("Hundreds of angry fans kept up their protest on Sunday, circling the streets "
            "around Harlow Arena - where the city's Hawks beat the Lions - while chanting, "
            '"Sell the team now."')
    q = next(q for q in quotes_of(text) if "Sell the team" in q.text)
    assert q.speaker.name == "Hundreds of angry fans"


def test_saying_after_a_reported_clause_about_a_thing_is_the_reporters(quotes_of):
    text = ("The Health Secretary, Dana Kowalczyk, announced on Friday that the rural "
            "clinic subsidy would end in May, saying the money would go to city hospitals.")
    q = next(q for q in quotes_of(text) if "city hospitals" in q.text)
    assert q.speaker.name == "Dana Kowalczyk"


def test_it_standing_for_a_that_clause_is_no_speaker(quotes_of):
    text = ("Councillor Dev Patel chaired the meeting on Monday.\n\n"
            "It is striking that Patel demands openness from the board, yet refuses to "
            "publish his own expenses or explain how his office spent the grant.")
    assert not any(q.speaker.name == "It" for q in quotes_of(text))


def test_it_for_an_organisation_still_speaks(quotes_of):
    text = ("The Harbour Trust met on Monday.\n\n"
            "It said that the pier would reopen in May.")
    q = next(q for q in quotes_of(text) if "pier would reopen" in q.text)
    assert q.speaker.name == "Harbour Trust"


def test_neither_is_no_one_holding_a_position(quotes_of):
    text = ("The two contractors met the council on Monday.\n\n"
            "Neither expected to be starting over, officials said.")
    quotes = quotes_of(text)
    assert not any(q.speaker.name == "Neither" for q in quotes)
    assert any(q.speaker.name == "officials" for q in quotes)


def test_saying_after_a_clause_about_the_number_of_things_is_the_reporters(quotes_of):
    q = next(q for q in quotes_of("The ministry announced that the number of cases would "
                                  "rise, saying hospitals were ready.")
             if "hospitals were ready" in q.text)
    assert q.speaker.name == "The ministry"


def test_a_document_speaks_for_its_issuer(quotes_of):
    """'"...," the statement read': whoever the article said issued the statement."""
    text = ("In a statement signed by its chairman, Governor Hon. Samuel Kariuki, the "
            "council said the audit was unlawful.\n\n"
            "\"The ministry should put its own house in order first,\" the statement read.\n\n"
            "The harbour authority issued a letter on Monday. \"Berths will reopen on "
            "Friday at the latest,\" the letter said.")
    qs = quotes_of(text)
    council = next(q for q in qs if "audit was unlawful" in q.text)
    assert council.speaker.mention == "the council"
    assert next(q for q in qs if "own house" in q.text).speaker.name == council.speaker.name
    letter = next(q for q in qs if "Berths will reopen" in q.text)
    assert letter.speaker.name.lower().endswith("harbour authority")


def test_a_report_speaks_for_its_author(quotes_of):
    text = ("According to the Auditor General's latest report, counties spent only half "
            "of their budgets. The chain cut jobs at every paper, according to a 2018 "
            "survey by Penelope Hale. Regional stocks fell sharply on Friday, according to a "
            "new report from "
            "Harbour Analytics.")
    speakers = [q.speaker.name for q in quotes_of(text)]
    assert speakers == ["Auditor General", "Penelope Hale", "Harbour Analytics"]


def test_the_subject_next_to_the_verb_after_a_fronted_phrase(quotes_of):
    """'In a statement signed by its chair, X, the council said': the council speaks;
    'Ban Ki-moon, the secretary general, vowed': the name does."""
    qs = quotes_of("In a letter signed by its chair, Mary Ochieng, the board said the "
                   "fees would rise.\n\nBan Ki-moon, the secretary general of the United "
                   "Nations, said the inquiry would go on.")
    assert qs[0].speaker.mention == "the board"
    assert qs[1].speaker.name == "Ban Ki-moon"


def test_the_utility_and_the_agency_are_the_bodies_named_before(quotes_of):
    text = ("Harbor Power Co. warned of new blackouts on Tuesday. The utility said it would "
            "restore power by Thursday.\n\n"
            "Coastal Border Protection did not accept the offer. The agency said it had "
            "never run vaccine clinics in its holding centres.")
    qs = quotes_of(text)
    assert next(q for q in qs if "restore power" in q.text).speaker.name == "Harbor Power Co."
    agency = next(q for q in qs if "vaccine clinics" in q.text).speaker.name
    assert agency.endswith("Border Protection")


def test_a_company_described_by_its_nationality_or_trade_is_the_one_named_before(quotes_of):
    """'The German automaker', 'the brokerage', 'the news organization': the business
    named last; 'German' only says where it is from."""
    qs = quotes_of("Volkswagen showed a concept car in Los Angeles. The German automaker "
                   "said the wagon would go 300 miles on one charge.\n\n"
                   '"Earnings will recover," said Kotak Institutional Equities. A slowdown '
                   "could hurt demand, the brokerage said.\n\n"
                   "Oil prices fell on Monday after Reuters reported that the talks had stalled. "
                   "The news organization said the two sides would meet again in May.")
    assert next(q for q in qs if "300 miles" in q.text).speaker.name == "Volkswagen"
    assert next(q for q in qs if "hurt demand" in q.text).speaker.name == \
        "Kotak Institutional Equities"
    assert next(q for q in qs if "meet again" in q.text).speaker.name == "Reuters"


@pytest.mark.parametrize("text, description", [
    ("Volkswagen overtook Toyota in global sales last year. The Japanese automaker said "
     "it would recover.", "The Japanese automaker"),
    ("Comcast bid for Sky in 2018. The British broadcaster said the offer was too low.",
     "The British broadcaster"),
    ("Boeing made the changes in May. The newspaper said regulators had been warned.",
     "The newspaper"),
    ("Goldman Sachs cut its forecast for Tesla. The broker said deliveries would fall.",
     "The broker"),
])
def test_a_description_that_may_mean_another_body_stays_as_written(quotes_of, text,
                                                                   description):
    """With two companies in reach, 'the Japanese automaker' may be either; 'the
    newspaper' is a news outlet, not the company named before; a broker may be a person."""
    assert quotes_of(text)[-1].speaker.name == description


@pytest.mark.parametrize("text, outlet", [
    ("Boeing told the Wall Street Journal on Monday that the changes were made in May. The "
     "newspaper said regulators had been warned.", "Wall Street Journal"),
    ("Yonhap reported the launch on Tuesday. The news agency said the missile flew 600 km.",
     "Yonhap"),
    ("Toyota told Reuters that sales would fall. The Japanese automaker said it would cut "
     "output.", "Toyota"),
])
def test_the_newspaper_is_the_outlet_and_the_automaker_no_outlet(quotes_of, text, outlet):
    assert quotes_of(text)[-1].speaker.name == outlet


def test_a_company_that_reported_a_loss_is_no_news_outlet(quotes_of):
    text = ("Honda said sales fell in China. Toyota reported record profit on Tuesday. The "
            "Japanese automaker said it would raise output.")
    assert quotes_of(text)[-1].speaker.name == "The Japanese automaker"  # either of two


@pytest.mark.parametrize("text, issuer", [
    ("Elon Musk posted a message on X that said the company would appeal.", "Elon Musk"),
    ("The White House released a statement that said the program would end.",
     "White House"),
])
def test_a_message_posted_or_statement_released_speaks_for_its_issuer(quotes_of, text,
                                                                       issuer):
    assert quotes_of(text)[0].speaker.name == issuer


@pytest.mark.parametrize("text", [
    "The Washington Post published a leaked memo that said the agency would cut 500 jobs.",
    "Lawmakers released emails that said the chief executive knew about the defect.",
])
def test_a_document_someone_made_public_is_not_theirs(quotes_of, text):
    assert quotes_of(text)[0].speaker.name in ("a leaked memo", "emails")


def test_a_document_a_journal_printed_is_not_the_journals(quotes_of):
    qs = quotes_of("The Lancet published a study that found the drug cut deaths by a third.")
    assert qs[0].speaker.name == "a study"


def test_an_organisation_named_in_a_quotation_is_named_before(quotes_of):
    text = ('"The Walt Disney Company betrayed us," said a former worker. The company said '
            "the layoffs were needed.")
    assert quotes_of(text)[-1].speaker.name == "Walt Disney Company"


def test_a_dateline_outlet_does_not_make_its_city_a_company(quotes_of):
    """'Hong Kong (CNN Business)': 'Business' is part of a name, not an apposition
    calling Hong Kong a business."""
    text = ("Hong Kong (CNN Business) Asian markets were mixed on Tuesday.\n\n"
            "Stocks slipped after CNBC reported that the mood in Beijing was gloomy. The "
            "news organization said tariffs were weighing on the talks.")
    q = next(q for q in quotes_of(text) if "tariffs" in q.text)
    assert q.speaker.name == "CNBC"


def test_an_acronym_the_tagger_missed_is_the_body_named_in_full(quotes_of):
    text = ("Symptoms appear within a week, says the World Health Organization. Untreated "
            'pneumonic plague is "always fatal", says WHO.')
    q = next(q for q in quotes_of(text) if "always fatal" in q.text)
    assert q.speaker.name.startswith("World Health Organization")


def test_a_body_called_a_group_in_apposition_is_the_group(quotes_of):
    """'The group, WeWorkers Coalition, formed ...': 'the group' after it is the coalition,
    not the employees the article mentioned first."""
    text = ("Layoffs start on Monday, according to a group of employees. The group, "
            "WeWorkers Coalition, formed in recent weeks. The group said the contract had "
            "confused employees.")
    q = next(q for q in quotes_of(text) if "confused" in q.text)
    assert q.speaker.name == "WeWorkers Coalition"


def test_a_document_issued_in_the_same_clause_speaks_for_its_issuer(quotes_of):
    """'The ministry issued a report that said ...': the ministry; not when the subject
    only read it."""
    qs = quotes_of("The ministry issued a report that said the river was polluted. "
                   "Critics read a report that said the river was clean.")
    assert [q.speaker.name for q in qs] == ["The ministry", "a report"]


def _speaker_of_last(quotes_of, text: str) -> str | None:
    return quotes_of(text)[-1].speaker.name


def test_a_document_names_its_own_issuer(quotes_of):
    """A statement 'from X', 'X's statement', a letter 'written by X': X, not the subject
    of whatever verb the document is the object of."""
    assert _speaker_of_last(quotes_of, (
        "The victim was named in a statement from Thames Valley Police as John Smith, 45. "
        '"He was a loving father," the statement said.')) == "Thames Valley Police"
    assert _speaker_of_last(quotes_of, (
        "Reporters obtained a letter written by the mayor. "
        '"I will not resign under any circumstances," the letter read.')) == "the mayor"
    assert _speaker_of_last(quotes_of, (
        "The family released a statement on Monday. "
        '"We are investigating every lead we have," the police statement said.')) == "police"


def test_a_document_received_or_criticised_is_not_its_readers(quotes_of):
    for text in ("The allegations were denied in a statement on Monday. "
                 '"We reject every claim made against us," the statement read.',
                 "The BBC received a statement on Monday. "
                 '"We are devastated by the news of his death," the statement said.'):
        assert _speaker_of_last(quotes_of, text) == "the statement"


def test_a_report_from_a_place_is_not_the_place_speaking(quotes_of):
    text = '"The situation is dire," according to a report from Gaza.'
    assert quotes_of(text)[0].speaker.name != "Gaza"


def test_an_honorific_of_the_other_gender_is_another_person(quotes_of):
    text = ('Otieno Were led the strike. "We are tired of waiting," Mrs Were said.')
    assert quotes_of(text)[-1].speaker.name == "Mrs Were"
