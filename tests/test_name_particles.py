"""Names with particles stay one person's name."""

from __future__ import annotations


def test_a_name_with_particles_is_one_person(nlp):
    doc = nlp("Arsenal manager Ruud van der Linde said the 19-year-old had shown great "
              "maturity. Commission President Ursula von der Leyen agreed.")
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Ruud van der Linde" in people
    assert "Ursula von der Leyen" in people



def test_an_untagged_last_word_of_a_name_is_kept(nlp):
    """'Peter Kiprotich' tagged, 'Langat' left out: the name's head joins it."""
    doc = nlp("Nakuru Governor Hon. Peter Kiprotich Langat welcomed the audit, saying his "
              "administration had nothing to hide.")
    assert "Peter Kiprotich Langat" in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_names_are_not_extended_over_titles_places_or_verbs(nlp):
    doc = nlp("The letter was signed by Kevin McCarthy Speaker of the House. Analysts "
              "asked whether Biden would let Putin do Ukraine any more harm this winter.")
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Kevin McCarthy Speaker" not in people
    assert not any("Ukraine" in p for p in people)
