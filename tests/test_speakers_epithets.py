"""A definite description that is no title ('the billionaire', 'the Democrat'), the
main subject of its sentence, stands for the person the sentence before was about."""

from __future__ import annotations

from reporter.analyse.entities import find_entities
from reporter.analyse.quotes.extract import find_quotes


def speaker_of(nlp, text: str, words: str) -> str | None:
    doc = nlp(text)
    q = next(q for q in find_quotes(doc, find_entities(doc)) if words in q.text)
    return q.speaker.name


def test_party_noun_for_a_person(nlp):
    text = ("Senator Ruth Klein, a Democrat from Ohio, opposed the bill on Monday. "
            "The Democrat said it would hurt workers.")
    assert speaker_of(nlp, text, "hurt workers") == "Ruth Klein"


def test_occupation_noun_for_a_person(nlp):
    text = ("Helen Marsh sold her stake in the airline in March. "
            "The billionaire said she had no regrets about the sale.")
    assert speaker_of(nlp, text, "no regrets") == "Helen Marsh"


def test_description_opening_a_paragraph_continues_the_one_before(nlp):
    text = ("Helen Marsh sold her stake in the airline in March.\n\n"
            "The billionaire said she had no regrets about the sale.")
    assert speaker_of(nlp, text, "no regrets") == "Helen Marsh"


def test_a_body_is_no_description_of_a_person(nlp):
    # 'the hospital', 'the university', 'the city': bodies that speak, never the person
    # the sentence before was about
    text = ("Dr. Helen Ward treated the patients. The hospital later said the clinic "
            "was full.")
    assert speaker_of(nlp, text, "clinic was full") == "The hospital"
    text = ("Mayor Tom Reid opened the new library on Monday. The city said it cost "
            "$4 million.")
    assert speaker_of(nlp, text, "cost $4 million") == "The city"


def test_the_company_is_not_the_city_it_is_based_in(quotes_of):
    text = ("Nordvik Ferries ASA cut its forecast on Monday.\n\n"
            "The Bergen-based ferry operator now expects a loss for the year, the company said.")
    q = next(q for q in quotes_of(text) if "expects a loss" in q.text)
    assert q.speaker.name == "Nordvik Ferries ASA"


def test_the_company_far_back_is_the_one_company_with_a_legal_form(quotes_of):
    text = ("Nordvik Ferries ASA cut its forecast on Monday.\n\n"
            "Shares fell sharply. Analysts had expected worse. Traders shrugged. Fuel is dear.\n\n"
            "The company said it does not comment on rumours.")
    q = next(q for q in quotes_of(text) if "rumours" in q.text)
    assert q.speaker.name == "Nordvik Ferries ASA"


def test_the_minister_is_the_secretary_of_a_department(quotes_of):
    text = ("The Transport Secretary, Olu Adebayo, announced the cuts on Monday.\n\n"
            'The minister was blunt: "Every route has to pay its way."')
    q = next(q for q in quotes_of(text) if "pay its way" in q.text)
    assert q.speaker.name == "Olu Adebayo"


def test_the_court_is_not_a_person_named_outside_it(quotes_of):
    text = ("Mark Dunne pleaded guilty in the Perth District Court on Monday.\n\n"
            "Outside court, the foundation's current chair, Maria Castellanos, said the "
            "charity had repaid every donor.\n\n"
            "The court heard Dunne forged the invoices himself.")
    q = next(q for q in quotes_of(text) if "forged the invoices" in q.text)
    assert q.speaker.name == "Perth District Court"
    r = next(q for q in quotes_of(text) if "repaid every donor" in q.text)
    assert r.speaker.role == "foundation's current chair"


def test_the_company_is_the_subject_not_its_product(quotes_of):
    text = ("Lumio, the smart home startup that sold more than 200,000 of its Lumen bulbs, "
            "will shut down its servers in March, the company said.")
    q = next(q for q in quotes_of(text) if "shut down its servers" in q.text)
    assert q.speaker.name == "Lumio"


def test_a_described_startup_resolves_without_crashing(quotes_of):
    """'the struggling startup' looked up while the resolver is still being built."""
    text = ("Lumio, the smart home startup, will shut down next month. The struggling "
            "startup said sales had collapsed.")
    q = next(q for q in quotes_of(text) if "sales had collapsed" in q.text)
    assert q.speaker.name == "Lumio"


def test_the_company_is_a_corporation_named_so(quotes_of):
    text = ("Sony Corporation reported a loss on Tuesday. The company said demand for its "
            "cameras had fallen.")
    q = next(q for q in quotes_of(text) if "demand for its cameras" in q.text)
    assert q.speaker.name == "Sony Corporation"


def test_the_company_is_the_one_whose_executive_is_named(quotes_of):
    """'Brightwell CEO Ana Ruiz' says Brightwell is a company, whatever its tag; the
    product named nearer to 'the company' is not."""
    text = ("Brightwell will shut down its cloud service in June, the company announced.\n\n"
            '"This was not an easy decision," Brightwell CEO Ana Ruiz wrote in a post.\n\n'
            "Ruiz said a final update in May would let the Orbit work offline. Owners who "
            "bought an Orbit this year can apply for a refund, the company said.")
    quotes = quotes_of(text)
    q = next(q for q in quotes if "apply for a refund" in q.text)
    assert q.speaker.name == "Brightwell"


def test_a_nationality_the_tagger_labelled_otherwise(nlp):
    """'the Scot' tagged as a person and 'the Dutchman' as a body are still the manager
    named before the quotation, whose own sentences are skipped."""
    text = ("Arsenal manager Ruud van der Linde said the teenager had shown great "
            "maturity.\n\n"
            "\"He was quiet in the first half, and I told him that was fine,\" the "
            "Dutchman said.\n\n"
            "Newcastle manager Graham Pollock described the decision as soft.\n\n"
            "\"If that's a penalty at one end, it's a penalty at the other. That's all I "
            "ask for,\" the Scot said.")
    from reporter.analyse.entities import find_entities
    from reporter.analyse.quotes.extract import find_quotes

    doc = nlp(text)
    by_text = {q.text[:10]: q.speaker.name for q in find_quotes(doc, find_entities(doc))}
    assert by_text["He was qui"] == "Ruud van der Linde"
    assert by_text["If that's "] == "Graham Pollock"


def test_a_pronoun_after_a_nationality_epithet_is_the_person_not_a_name(nlp):
    """'the Scot' tagged as a person called Scot must not take the later 'he'."""
    text = ("Newcastle manager Graham Pollock described the decision as soft.\n\n"
            "\"If that's a penalty at one end, it's a penalty at the other. That's all I "
            "ask for,\" the Scot said.\n\n"
            "He said he would not be asking the referees' body for an explanation.")
    from reporter.analyse.entities import find_entities
    from reporter.analyse.quotes.extract import find_quotes

    doc = nlp(text)
    last = find_quotes(doc, find_entities(doc))[-1]
    assert last.speaker.name == "Graham Pollock"


def test_a_title_ending_in_woman_is_no_nationality(nlp):
    from reporter.analyse.entities import find_entities
    from reporter.analyse.quotes.extract import find_quotes

    doc = nlp("Mayor Eric Adams faced questions at City Hall. \"His record on housing is a "
              "disgrace,\" the Assemblywoman said.")
    assert find_quotes(doc, find_entities(doc))[-1].speaker.name != "Eric Adams"
