"""Where a subject pronoun's antecedent is: the topic of the sentences before rather
than a name met in passing in its own sentence, and further back than a few
sentences when nothing nearer fits."""

from __future__ import annotations

from reporter.analyse.entities import find_entities
from reporter.analyse.quotes.extract import find_quotes


def speaker_of(nlp, text: str, words: str) -> str | None:
    doc = nlp(text)
    q = next(q for q in find_quotes(doc, find_entities(doc)) if words in q.text)
    return q.speaker.name


def test_subject_pronoun_continues_the_topic_not_a_name_in_passing(nlp):
    text = ("Senator Jane Moss spent Monday campaigning in Ohio. She visited two "
            "factories.\n\nAt a fundraiser with the singer Laura Chen, she said the "
            "race was closer than the polls suggested.")
    assert speaker_of(nlp, text, "race was closer") == "Jane Moss"


def test_person_pronoun_reaches_past_a_long_stretch_without_people(nlp):
    filler = " ".join(f"The plan covers item {n} of the budget." for n in range(1, 9))
    text = ("Mayor Paul Brandt presented the budget on Monday.\n\n" + filler +
            "\n\nHe said the city would borrow less next year.")
    assert speaker_of(nlp, text, "borrow less") == "Paul Brandt"


def test_they_goes_to_plural_bodies_as_subject(nlp):
    text = ("Nine provinces led by Alberta are challenging the tax in the federal court. "
            "They argue that Ottawa overstepped its powers.")
    assert speaker_of(nlp, text, "overstepped its powers") == "Nine provinces"


def test_they_goes_to_people_cited_as_sources(nlp):
    text = ("The star mocked younger colleagues on the tour, according to play "
            "insiders. They said he shouted at them for hours.")
    assert "insiders" in speaker_of(nlp, text, "shouted at them")


def test_it_is_never_a_person_described(nlp):
    text = ("The Daily Ledger endorsed Anna Vale on Sunday, praising her record.\n\n"
            "The retired farmer is a careful planner with a long record in the county.\n\n"
            'Meanwhile, it attacked her rival, saying he "has no plan for the hospitals."')
    assert speaker_of(nlp, text, "no plan for the hospitals") == "Daily Ledger"


def test_person_pronoun_goes_to_an_unnamed_person_when_no_one_named_fits(nlp):
    text = ("Mr. Tom Reid, the chief executive, announced the merger on Monday.\n\n"
            "A spokeswoman for the union said the deal would cost jobs. "
            '"We will fight it," she said.')
    assert speaker_of(nlp, text, "fight it") == "A spokeswoman for the union"


def test_pronoun_goes_to_a_nearer_unnamed_person_of_its_gender(nlp):
    text = ("A spokeswoman for the union said the deal would cost jobs. "
            '"We will fight it," she said.\n\n'
            "My aunt never trusted the company. Once, when I asked why, she said, "
            '"They promise the moon and pay in pennies."')
    assert speaker_of(nlp, text, "promise the moon") == "My aunt"


def test_he_is_not_a_name_later_in_his_own_clause(nlp):
    text = ("Kane grilled Lund for two hours on Tuesday.\n\nKane told Lund to resign after he "
            "admitted under Kane's questioning that the bank had misled thousands of "
            "customers.")
    doc = nlp(text)
    q = next(q for q in find_quotes(doc, find_entities(doc)) if "misled" in q.text)
    assert q.speaker.name == "Lund"


def test_a_one_word_question_is_no_antecedent(nlp):
    # the tagger takes 'Blunt?' for a person's name
    text = ("Ms. Dana Wells wants shoppers to buy less. Mr. Tom Alder suggested asking "
            "yourself whether each purchase is worth an hour of work.\n\n"
            'Blunt? He does not think so. "I only ask people to be honest with '
            'themselves," he said.')
    assert speaker_of(nlp, text, "honest with themselves") == "Tom Alder"


def test_they_goes_to_a_body_the_tagger_took_for_a_person(nlp):
    # the tagger labels 'Truthmeter' a person; one word with no gender, it is a body
    text = ("Following the debate Truthmeter did a fact-check on Tom Alder's claim that "
            'crime doubled. On Tuesday they published the results, announcing that the '
            'claim was "false."')
    assert speaker_of(nlp, text, "claim was") == "Truthmeter"


def test_of_lesser_subjects_in_the_sentence_before_the_nearest(nlp):
    text = ("Ms. Ann Lee watched the convention at home with her neighbour, Tom Ross.\n\n"
            '"Is he winning?" she asked, but Ross was falling asleep, and as Mr. Ed Kay '
            "went on about jobs and taxes, Lee nodded again and again, until Kay reached "
            'the last words of his speech.\n\n"I will never let you down," he said.')
    assert speaker_of(nlp, text, "never let you down") == "Ed Kay"


def test_a_name_read_as_part_of_a_noun_is_still_the_subject(nlp):
    # the parser reads 'Hale balks' as a noun, 'Hale' a compound of it
    text = ("Mayor Tom Hale wants a third term.\n\n"
            '"There is an uncertainty whether he can raise money," said Paul Dunn, a '
            "professor at the state college.\n\n"
            "Hale balks at the suggestion he won't be ready. \"I have won every race I "
            'ran," he said.')
    assert speaker_of(nlp, text, "every race I ran") == "Tom Hale"


def test_they_goes_to_two_people_named_together_in_a_lesser_clause(nlp):
    text = ("Mayor Ed Kay and Governor Ann Lee met the mill owners on Friday.\n\n"
            "The study that Kay and Lee ordered last year was never published. They said "
            "the printer had lost the only copy.")
    assert speaker_of(nlp, text, "lost the only copy") == "Ed Kay and Ann Lee"


def test_they_goes_to_two_bodies_named_together_as_subject(nlp):
    text = ("The union and the company failed to agree on Monday. They said talks would "
            "resume next week.")
    assert speaker_of(nlp, text, "resume next week") == "The union and the company"


def test_he_is_not_a_capitalised_word_the_tagger_took_for_a_name(nlp):
    # the tagger labels 'Flour' in 'Flour prices' a person
    text = ("Chidi Okafor runs a bakery in Lagos. Last year he hired four people.\n\n"
            "Flour prices have doubled since then, and the government has done little.\n\n"
            '"We cannot raise prices again," he said.')
    assert speaker_of(nlp, text, "raise prices again") == "Chidi Okafor"


def test_his_office_is_named_for_whom_it_speaks(quotes_of):
    text = ("Governor Eric Holcomb did not attend the rally.\n\n"
            "His office said he was keeping long-standing plans to travel to Florida.")
    q = next(q for q in quotes_of(text) if "long-standing plans" in q.text)
    assert q.speaker.name == "Eric Holcomb's office"
    assert q.speaker.mention == "His office"


def test_according_to_their_attorneys_does_not_loop(quotes_of):
    """'their' resolved through the very clause its noun attributes ('X watched ...,
    according to their attorneys, and said they ...') neither loops nor guesses."""
    text = ("Officers shot a man in Charlotte on Tuesday.\n\n"
            "Ortega's relatives, including his wife, watched the police videos on Thursday, "
            "according to their attorneys, and said they came away with more questions.")
    quotes = quotes_of(text)
    assert any("watched the police videos" in q.text or "came away" in q.text for q in quotes)


def test_she_after_a_subject_named_in_apposition(quotes_of):
    """'The constituency's MP, Fiona Marsh, said she ...': the 'she' is the MP named beside the
    subject, and so is a later 'she', not a woman named paragraphs before."""
    text = ("Joan Pritchard said the river rose within minutes.\n\n"
            "The constituency's MP, Fiona Marsh, said she would ask for an inquiry. "
            "Speaking later, she said: 'This town has flooded twice in five years.'")
    q = next(q for q in quotes_of(text) if "flooded twice" in q.text)
    assert q.speaker.name == "Fiona Marsh"


def test_they_after_two_bodies_is_both(quotes_of):
    text = ('Apple and Google said they would appeal. "The ruling is wrong and we will '
            'fight it," they said.')
    q = next(q for q in quotes_of(text) if "ruling is wrong" in q.text)
    assert q.speaker.name == "Apple and Google"


def test_they_after_a_body_the_tagger_missed_in_the_plural(quotes_of):
    """'Big Machine have twice denied ...' (a firm in a British paper's plural, untagged):
    the 'they' of the next quotation, not the two senators of the sentence before."""
    text = ("Her post got the attention of two politicians: Senator Ellen Ward and "
            "congresswoman Ana Ruiz.\n\nThey criticised the label.\n\n"
            "Big Machine have twice denied doing anything wrong.\n\n"
            '"At no point did we say she could not perform," they said in a statement.')
    q = next(q for q in quotes_of(text) if "At no point" in q.text)
    assert q.speaker.name == "Big Machine"
