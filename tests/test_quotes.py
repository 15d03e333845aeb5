"""Quote extraction and attribution: the sample article and invented sentences."""

from __future__ import annotations

from reporter.analyse.entities import find_entities
from reporter.analyse.quotes.extract import find_quotes


def find(quotes, words: str):
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote contains {words!r}: {[q.text for q in quotes]}"
    return hits[0]


# ---------------------------------------------------------------- the sample article
def test_sample_direct_quotes(sample_briefing):
    quotes = sample_briefing.quotes
    assert find(quotes, "We can not rescue everything").speaker.name.endswith("Putin")
    for words in ("We have places where we just have very different views",
                  "It's about trying to find solutions"):
        q = find(quotes, words)
        assert q.speaker.name == "Pompeo"
        assert q.kind == "direct"
    assert find(quotes, "We have places where").speaker.mention == "he"
    q = find(quotes, "We were told during the night")
    assert q.speaker.name == "Federica Mogherini"
    assert q.speaker.role == "E.U. foreign affairs chief"
    assert find(quotes, "We of course heard President Trump's statement").speaker.name == "Lavrov"
    q = find(quotes, "I am here today because")
    assert q.speaker.name == "Pompeo"
    assert q.addressee == "Lavrov"
    assert q.cue == "told"


def test_sample_unnamed_partial_and_unattributed(sample_briefing):
    quotes = sample_briefing.quotes
    assert find(quotes, "Today's meeting proved").speaker.name == "the expert"
    assert find(quotes, "there can be no European energy security").speaker.name == "the expert"
    q = find(quotes, "truly overlapping interests")
    assert q.speaker.name == "Pompeo"
    assert q.kind == "partial"
    assert find(quotes, "We would not tolerate that").speaker.name is None


def test_sample_quotes_are_ordered_and_located(sample_briefing):
    text = sample_briefing.article.text
    starts = [q.start for q in sample_briefing.quotes]
    assert starts == sorted(starts)
    for q in sample_briefing.quotes:
        assert text[q.start:q.end] == q.text
        if q.kind == "direct":
            assert '"' not in (q.text[0], q.text[-1])
        else:  # a mixed quote carries the marks of the words it quotes, balanced
            assert q.text.count('"') % 2 == 0


def test_sample_reported_speech(sample_briefing):
    q = find(sample_briefing.quotes, "Russia unconditionally release the Ukrainian sailors")
    assert q.kind == "indirect"
    assert q.speaker.name == "Pompeo"
    assert q.cue == "demanded"


def test_sample_mogherini_role_on_entity(sample_briefing):
    people = {e.name: e for e in sample_briefing.entities}
    assert people["Federica Mogherini"].role == "E.U. foreign affairs chief"


# ---------------------------------------------------------------- invented sentences
def test_split_quote_both_halves_attributed(quotes_of):
    quotes = quotes_of('"We are ready," Anna Berg said, "and we will not wait any longer."')
    assert [q.speaker.name for q in quotes] == ["Anna Berg", "Anna Berg"]
    assert quotes[0].text == "We are ready,"
    assert quotes[1].text == "and we will not wait any longer."


def test_curly_quote_after_said_with_pronoun(quotes_of):
    text = ("Maria Lopez visited the plant on Monday.\n\n"
            "“The workers deserve better than this,” she said.")
    q = find(quotes_of(text), "The workers deserve")
    assert q.speaker.name == "Maria Lopez"
    assert q.speaker.mention == "she"


def test_colon_introduction(quotes_of):
    q = find(quotes_of("Senator John Harris said: “This bill will pass next week.”"), "This bill")
    assert q.speaker.name == "John Harris"


def test_guillemets(quotes_of):
    q = find(quotes_of("«We will not sign this treaty», said Pierre Dubois."), "We will not sign")
    assert q.speaker.name == "Pierre Dubois"


def test_british_single_quotes(quotes_of):
    q = find(quotes_of("‘The railway will reopen in spring,’ said Tom Baker, the minister."),
             "The railway will reopen")
    assert q.speaker.name == "Tom Baker"


def test_trailing_dash_attribution(quotes_of):
    q = find(quotes_of("“Never give up on the people you love.” ― Christina Lastra"),
             "Never give up")
    assert q.speaker.name == "Christina Lastra"


def test_according_to_reported(quotes_of):
    quotes = quotes_of("According to the ministry, the new bridge will open in March.")
    q = find(quotes, "the new bridge will open")
    assert q.speaker.name == "the ministry"
    assert q.cue == "according to"


def test_indirect_speech_with_that(quotes_of):
    q = find(quotes_of("Prime Minister Karen Holt said that the budget would be balanced."),
             "the budget would be balanced")
    assert q.kind == "indirect"
    assert q.speaker.name == "Karen Holt"


def test_unnamed_source_kept_as_written(quotes_of):
    q = find(quotes_of('"The deal is off," a senior official said.'), "The deal is off")
    assert q.speaker.name == "a senior official"
    assert q.speaker.entity is None


def test_unattributed_quote_is_not_guessed(quotes_of):
    text = ('"Nobody will ever accept these terms at all". The talks lasted three hours.')
    q = find(quotes_of(text), "Nobody will ever accept")
    assert q.speaker.name is None


def test_consecutive_quote_in_same_paragraph_keeps_speaker(quotes_of):
    text = ('"We tried everything," said Paul Novak. "There was simply no money left for it."')
    q = find(quotes_of(text), "There was simply no money")
    assert q.speaker.name == "Paul Novak"


def test_multi_paragraph_quote_is_one_quotation(quotes_of):
    text = ("Mayor Ruth Adler spoke at length.\n\n"
            "“We will rebuild the harbour first.\n\n"
            "“Then we will rebuild the schools,” she said.")
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].speaker.name == "Ruth Adler"
    assert "rebuild the schools" in quotes[0].text


def test_scare_quotes_are_not_speech(quotes_of):
    quotes = quotes_of("The film “Blue Harbor” opened in theatres on Friday.")
    assert quotes == []


def test_a_quoted_subheading_on_its_own_line_is_not_speech(quotes_of):
    text = ("The mine closed in May, the company said.\n\n"
            "'Coal Isn't the Villain.'\n\n"
            "It was raining when the miners returned.")
    assert all("Villain" not in q.text for q in quotes_of(text))


def test_apostrophes_do_not_make_quotes(quotes_of):
    quotes = quotes_of("The farmers’ union isn’t happy with the ministry’s plan.")
    assert all(q.kind != "direct" for q in quotes)


def test_deterministic(nlp):
    text = ('"We are ready," Anna Berg said. She added that the team would travel on Sunday.')
    doc = nlp(text)
    first = find_quotes(doc, find_entities(doc))
    second = find_quotes(doc, find_entities(doc))
    assert first == second


def test_a_letter_reads(quotes_of):
    text = ('Parents sent a letter to the board.\n\n"We see schools offering our children hope," '
            'the letter reads.')
    speaker = find(quotes_of(text), "We see schools").speaker
    assert (speaker.mention, speaker.name) == ("the letter", "Parents")  # its senders


def test_as_someone_put_it(quotes_of):
    text = ("As Laura Chen, a tax lawyer, recently put it, \"Did he lower his taxes legally or "
            "not?\"")
    assert find(quotes_of(text), "Did he lower").speaker.name == "Laura Chen"


def test_a_name_inside_an_apposition_is_not_the_speaker(quotes_of):
    text = ('Paul Novak spoke first.\n\n"The harbour will reopen in May," Novak, a senior '
            'Hendry adviser, said on Friday.')
    assert find(quotes_of(text), "The harbour will reopen").speaker.name == "Paul Novak"


def test_a_show_title_does_not_end_the_speakers_turn(quotes_of):
    text = ('"The harbour will reopen," Paul Novak said on CBS\'s "Face the Nation." "There is '
            'simply no money left for the schools."')
    assert find(quotes_of(text), "There is simply no money").speaker.name == "Paul Novak"


def test_a_new_sentence_after_a_closed_quotation_does_not_attribute_it(quotes_of):
    text = ('Paul Novak spoke first. Novak boasted, "That makes me smart." Novak later refused '
            'to pay an architect who said he was owed money.')
    q = find(quotes_of(text), "That makes me smart")
    assert q.speaker.name != "an architect"


def test_anonymous_sources_note_names_people_not_bodies(sample_briefing):
    """In the sample 'the expert' spoke without a name; 'the Trump team' is a body whose
    position is reported, not a hidden source."""
    (note,) = [n for n in sample_briefing.source_notes if n.kind == "anonymous-sources"]
    assert "the expert" in note.detail
    assert "the Trump team" in {q.speaker.name for q in sample_briefing.quotes}
    assert "team" not in note.detail


def test_attribution_left_inside_a_quotation_by_missing_marks(quotes_of):
    # the marks around ', she said,' were dropped: the attribution still splits the quote
    quotes = quotes_of('The clinic reopened in June.\n\n"We lost every file in the flood, '
                       'she said, and we rebuilt the records by hand."')
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["We lost every file in the flood,",
                                       "and we rebuilt the records by hand."]
    assert [q.cue for q in direct] == ["said", "said"]


def test_quotation_after_a_paragraph_introducing_a_person(quotes_of):
    quotes = quotes_of("The ferry to Inishmore has run late every day this month.\n\n"
                       "Colm Breathnach has skippered the morning crossing for eleven years. "
                       "He checks the swell from the harbour wall before dawn.\n\n"
                       '"Some mornings the sea makes the decision for you. You learn not to '
                       'argue with it."')
    assert [q.speaker.name for q in quotes] == ["Colm Breathnach"]
    # a paragraph about a thing does not lend the quotation a speaker
    quotes = quotes_of("The ferry to Inishmore has run late every day this month.\n\n"
                       '"Some mornings the sea makes the decision for you. You learn not to '
                       'argue with it."')
    assert [q.speaker.name for q in quotes] == [None]


def test_headline_quotation_repeated_in_the_body_takes_its_speaker(quotes_of):
    quotes = quotes_of("'The river gave us no warning': a village counts the cost\n\n"
                       "Floodwater reached the school in Ballinrobe on Sunday.\n\n"
                       '"The river gave us no warning at all," said the headteacher, '
                       "Nuala Geraghty.")
    assert {q.speaker.name for q in quotes} == {"Nuala Geraghty"}


def test_quotation_from_a_document_attributed_by_its_finding(quotes_of):
    quotes = quotes_of("The auditor's report was scathing. \"Invoices were paid twice, or not "
                       'at all," it found.')
    assert [(q.kind, q.cue) for q in quotes] == [("direct", "found")]
    assert quotes[0].speaker.name is not None
    # a person does not 'find' a quotation: '"...," she found' stays as it was
    quotes = quotes_of('"The door was open," she found, and went in.')
    assert all(q.cue != "found" for q in quotes)


def test_headline_quotation_followed_by_whose_it_is(quotes_of):
    quotes = quotes_of("'Nobody reads the small print': an interview with Olga Brandt\n\n"
                       "The consumer lawyer Olga Brandt has spent a decade suing airlines.")
    assert [q.speaker.name for q in quotes] == ["Olga Brandt"]


def test_a_quotation_after_a_paragraph_naming_someone_in_passing_is_not_theirs(quotes_of):
    text = ("Owen Pryce admitted the assault and was jailed for four years on Monday.\n\n"
            '"Justice has been done."\n\n'
            "Those were the words of the victim's father outside Cardiff Crown Court.")
    q = next(q for q in quotes_of(text) if "Justice has been done" in q.text)
    assert q.speaker.name != "Owen Pryce"
