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
