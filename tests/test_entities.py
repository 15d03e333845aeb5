"""Entities merged across surface forms, with roles and majority labels."""

from __future__ import annotations

from reporter.analyse.entities import find_entities


def test_sample_us_is_one_entity(sample_briefing):
    us = [e for e in sample_briefing.entities
          if {"US", "U.S.", "USA", "United States"} & ({e.name} | set(e.aliases))]
    assert len(us) == 1


def test_sample_pompeo_is_one_person(sample_briefing):
    pompeo = [e for e in sample_briefing.entities if "Pompeo" in e.name]
    assert len(pompeo) == 1
    assert pompeo[0].label == "PERSON"


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


def test_role_from_apposition(nlp):
    doc = nlp("Angela Brandt, the finance minister, presented the budget on Monday.")
    index = find_entities(doc)
    assert index.lookup("Angela Brandt").role == "finance minister"
