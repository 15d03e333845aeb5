"""Entities merged across surface forms, with roles and majority labels."""

from __future__ import annotations

import re

from reporter.analyse.entities import find_entities


def test_sample_us_is_one_entity(sample_briefing):
    us = [e for e in sample_briefing.entities
          if {"US", "U.S.", "USA", "United States"} & ({e.name} | set(e.aliases))]
    assert len(us) == 1


def test_sample_pompeo_is_one_person(sample_briefing):
    pompeo = [e for e in sample_briefing.entities if "Pompeo" in e.name]
    assert len(pompeo) == 1
    assert pompeo[0].label == "PERSON"


def test_sample_mention_counts_are_the_articles(sample_briefing):
    """Every 'Pompeo' in the article counts, the one the tagger left untagged too."""
    text = sample_briefing.article.text
    for name in ("Pompeo", "Lavrov"):
        entity = next(e for e in sample_briefing.entities if e.name == name)
        assert entity.mentions == len(re.findall(rf"\b{name}\b", text)), name


def test_title_and_surname_resolve_to_full_name(nlp):
    doc = nlp("Vladimir Putin met reporters on Friday. Later Mr. Putin left for Sochi.")
    index = find_entities(doc)
    assert index.lookup("Mr. Putin").name == "Vladimir Putin"


def test_role_from_premodifier(nlp):
    doc = nlp("Secretary of State Mike Pompeo arrived in Sochi on Tuesday.")
    index = find_entities(doc)
    pompeo = index.lookup("Mike Pompeo")
    assert pompeo is not None
    assert pompeo.role and "Secretary" in pompeo.role


def test_role_from_a_title_the_tagger_took_into_the_name(nlp):
    doc = nlp("Republican state schools Superintendent Dana Whitcombe has cited a study. "
              "Whitcombe said the study was clear.")
    index = find_entities(doc)
    ents = [e.text for e in doc.ents]
    assert "Superintendent Dana Whitcombe" in ents  # the tagger's span, title included
    assert index.lookup("Dana Whitcombe").role == "Superintendent"


def test_role_from_apposition(nlp):
    doc = nlp("Angela Brandt, the finance minister, presented the budget on Monday.")
    index = find_entities(doc)
    assert index.lookup("Angela Brandt").role == "finance minister"


def test_epithet_before_a_full_name_is_not_part_of_it(nlp):
    from reporter.analyse.entities import _display_name
    doc = nlp("Crooked Hillary Clinton lied. Hillary Clinton denied it. Hillary Clinton left.")
    mentions = [doc[0:3], doc[5:7], doc[10:12]]
    assert [m.text for m in mentions] == ["Crooked Hillary Clinton", "Hillary Clinton",
                                          "Hillary Clinton"]
    assert _display_name(mentions) == "Hillary Clinton"
    assert _display_name([doc[5:7], doc[6:7], doc[6:7]]) == "Hillary Clinton"


def test_first_name_completes_a_surname(nlp):
    doc = nlp("Donald Trump spoke in Ohio. Trump said the polls were wrong. Trump left.")
    assert find_entities(doc).lookup("Trump").name == "Donald Trump"


def test_a_parenthesis_after_a_name_is_not_a_role(nlp):
    doc = nlp("WASHINGTON (AP) — The Latest on the presidential race between Republican Donald "
              "Trump and Democrat Hillary Clinton (all times EDT):\n\n2:45 p.m.\n\nThe tax "
              "commissioner says an internal review shows no one released the returns.")
    for name in ("Donald Trump", "Hillary Clinton"):
        ent = find_entities(doc).lookup(name)
        assert ent is None or ent.role != "all times"


def test_title_like_word_in_a_body_name_is_kept(nlp):
    doc = nlp("The Foreign Ministry said the talks would go on. The State Department "
              "said nothing. The Justice Department said it would review the case.")
    names = {e.name for e in find_entities(doc).entities}
    assert {"Foreign Ministry", "State Department", "Justice Department"} <= names


def test_honorific_makes_a_name_tagged_otherwise_a_person(nlp):
    doc = nlp("Tibor Brightwell said the party was united. Brightwell spoke at length. "
              "Brightwell left early. Mr. Brightwell then went home.")
    person = find_entities(doc).lookup("Brightwell")
    assert person is not None and person.label == "PERSON"


def test_honorific_surname_joins_a_full_name_tagged_an_organisation(nlp):
    doc = nlp("Tibor Quayson said the party was united. Quayson spoke at length. "
              "Quayson left early. Mr. Quayson then went home.")
    index = find_entities(doc)
    assert index.lookup("Mr. Quayson").name == "Tibor Quayson"
    assert index.lookup("Tibor Quayson").label == "PERSON"


def test_person_title_makes_a_name_tagged_otherwise_a_person(nlp):
    doc = nlp("Governor Daniel Brooks criticised the mayor, Eric Lund, over the budget "
              "on Monday.\n\nLund, in turn, accused Brooks of playing politics.\n\n"
              "The row started when Brooks vetoed the transit bill in May.\n\n"
              "Brooks's spokeswoman, Dana Pierce, rejected that.")
    brooks = find_entities(doc).lookup("Daniel Brooks")
    assert brooks is not None and brooks.label == "PERSON"


def test_sentence_adverb_tagged_a_name_is_no_entity(nlp):
    doc = nlp("Senator Mark Ellis spoke in Ohio on Monday.\n\n"
              "Repeatedly, he said the plan would fail within a year.")
    index = find_entities(doc)
    assert index.lookup("Repeatedly") is None


def test_platform_tagged_a_person_is_an_organisation(nlp):
    doc = nlp("Mark Ellis spoke in Ohio on Monday. The video went viral on Twitter within "
              "hours. He said the plan would pass by the end of the year.")
    index = find_entities(doc)
    assert index.lookup("Twitter").label == "ORG"


def test_a_first_name_that_is_also_a_title_is_no_role(nlp):
    doc = nlp("Earl Thomas said he would retire from football.")
    assert all(e.role != "Earl" for e in find_entities(doc).entities)


def test_a_surname_written_first_joins_the_full_name(nlp):
    from reporter.analyse.entities import find_entities

    doc = nlp("Secretary for Security Kwok Chun-yip told lawmakers on Monday that fraud "
              "had doubled. Kwok said the bill would pass, and Kwok later left for Macau.")
    index = find_entities(doc)
    kwok = index.lookup("Kwok")
    assert kwok is not None and kwok.name == "Kwok Chun-yip"
    assert kwok.label == "PERSON" and kwok.role == "Secretary for Security"


def test_an_english_compound_is_not_a_given_name(nlp):
    from reporter.analyse.entities import surname_before_given

    assert surname_before_given("Kwok Chun-yip") == "Kwok"
    assert surname_before_given("Joe Biden-era") is None
    assert surname_before_given("Alexandria Ocasio-Cortez") is None


def test_an_acronym_with_an_ampersand_joins_the_company_named_in_full(nlp):
    from reporter.analyse.entities import find_entities

    doc = nlp("Pacific Gas & Electric Co. (PG&E) cut power to 300,000 homes. PG&E said the "
              "blackouts would last two days.")
    assert [(e.name, e.aliases) for e in find_entities(doc).entities
            if e.label == "ORG"] == [("Pacific Gas & Electric Co.", ["PG&E"])]
