"""Key points: 3-5 story sentences, in text order, not quotes alone."""

from __future__ import annotations


def test_sample_key_points(sample_briefing):
    kp = sample_briefing.key_points
    assert 3 <= len(kp) <= 5
    assert kp == sorted(set(kp))
    texts = [sample_briefing.sentences[n].text for n in kp]
    assert not all(t.startswith(('"', "“")) for t in texts)
    assert any("arms control" in t or "Ukrain" in t for t in texts)


def test_key_points_on_short_article(analyse_text):
    text = (
        "Port strike halts container traffic in Rotterdam\n\n"
        "Dock workers at the port of Rotterdam walked out on Monday, halting container traffic "
        "at Europe's largest port. The union wants a pay rise of six percent and shorter shifts "
        "for night crews. \"We will stay out as long as it takes,\" a union leader said. "
        "Shipping companies have begun diverting vessels to Antwerp and Hamburg. "
        "Talks between the union and port employers are set to resume on Thursday.")
    b = analyse_text(text)
    assert 3 <= len(b.key_points) <= 5
    assert all(0 <= n < len(b.sentences) for n in b.key_points)


def test_a_sentence_pointing_back_makes_way_for_one_that_stands_alone(analyse_text):
    """'This included ...' means nothing shown alone, however many terms it carries."""
    text = (
        "Foreign ministers from Austria, Hungary and Slovakia met in Vienna on Monday. "
        "The talks covered gas supplies for the winter. "
        "This included gas prices, pipeline repairs, gas storage, the Vienna gas agreement and "
        "shared gas reserves for Austria, Hungary and Slovakia. "
        "Officials said gas prices had doubled since the spring. "
        "Austria and Hungary agreed to share gas reserves and pipeline capacity until March. "
        "Slovakia will decide next week. The ministers meet again in May. "
        "Gas storage in Slovakia is at 60 percent, officials said.")
    b = analyse_text(text, title="Ministers meet in Vienna")
    picked = [b.sentences[n].text for n in b.key_points]
    assert not any(t.startswith("This included") for t in picked), picked
    assert any(t.startswith("Austria and Hungary agreed") for t in picked), picked
