"""Issues discussed: topics with analyst-style labels, actors and evidence."""

from __future__ import annotations

from pathlib import Path


def _labels(b):
    return [i.label for i in b.issues]


def test_sample_issues_cover_the_story(sample_briefing):
    labels = " | ".join(_labels(sample_briefing))
    assert "Arms control" in labels
    assert "Intermediate-Range Nuclear Forces Treaty" in labels or "INF" in labels
    for topic in ("Ukraine", "Venezuela", "North Korea"):
        assert topic in labels


def test_sample_arms_control_label_reads_like_an_analyst(sample_briefing):
    [arms] = [i for i in sample_briefing.issues if i.label.startswith("Arms control")]
    head, _, rest = arms.label.partition(": ")
    assert head == "Arms control" and rest
    assert arms.sentences and arms.actors
    assert 0 < arms.salience <= 1


def test_people_are_actors_not_issues(sample_briefing):
    for issue in sample_briefing.issues:
        assert not issue.label.startswith(("Pompeo", "Lavrov"))


def test_issues_on_another_topic(analyse_text):
    text = (
        "Drought hits wheat farmers across Kansas\n\n"
        "A severe drought has cut the wheat harvest in Kansas by a third, farmers said on "
        "Monday. The drought has also raised feed prices for cattle ranchers. State officials "
        "asked Washington for emergency drought relief. The Agriculture Department said wheat "
        "prices rose 12 percent in a week. Cattle ranchers in Nebraska face the same feed "
        "shortage, and some ranchers have started selling their herds.")
    b = analyse_text(text)
    assert b.issues
    top = " ".join(_labels(b)[:3]).lower()
    assert "drought" in top or "wheat" in top
    for issue in b.issues:
        assert issue.sentences == sorted(issue.sentences)
        assert all(0 <= n < len(b.sentences) for n in issue.sentences)
    assert b.issues == sorted(b.issues, key=lambda i: -i.salience)


def test_sample_labels_are_compact_and_whole(sample_briefing):
    labels = _labels(sample_briefing)
    assert "Arms control: INF Treaty; new agreement that also includes China" in labels
    # the "US" of "US-Russian" is kept, the hedge "possible" is not
    assert any(label.startswith("US-Russian presidential meeting") for label in labels)
    assert not any(label.startswith("Meeting") for label in labels)


def test_list_only_mentions_are_folded_not_issues(sample_briefing):
    labels = _labels(sample_briefing)
    for country in ("Syria", "Iran", "Afghanistan"):
        assert country not in [label.split(":")[0] for label in labels]
    assert labels[-1].startswith("Also mentioned:") and "Syria" in labels[-1]
    for issue in sample_briefing.issues:
        if issue.label.startswith("Arms control"):
            names = {sample_briefing.entity(a).name for a in issue.actors}
            assert not names & {"Syria", "Iran", "Venezuela"}  # list items are no actors


def test_single_passing_phrase_is_no_issue(analyse_text):
    text = (
        "Drought hits wheat farmers across Kansas\n\n"
        "A severe drought has cut the wheat harvest in Kansas by a third, farmers said on "
        "Monday. The drought has also raised feed prices for cattle ranchers. The wheat "
        "harvest is the smallest since 1990, and wheat prices rose 12 percent in a week. "
        "One farmer said the fire alarm in his barn rang twice.")
    b = analyse_text(text)
    assert not any("alarm" in i.label.lower() for i in b.issues)



ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def _issue_labels_of(nlp, name: str) -> list[str]:
    """The issues of one of our own probe articles, read as the command line reads it."""
    from reporter.analyse import analyse
    from reporter.ingest.text import parse_text

    path = ARTICLES / name
    article = parse_text(path.read_text(encoding="utf-8"), id=path.stem, origin=str(path))
    return _labels(analyse(article, nlp(article.text)))


def test_issue_labels_name_the_topic_once(nlp):
    """'Senior EU: European Union interior ministers; asylum seekers' and 'Diplomats: Sweden'
    before: an adjective left behind by its trimmed head, a companion repeating the head,
    and a plural noun capitalised only where it opens sentences."""
    labels = _issue_labels_of(nlp, "migration-pact.txt")
    assert labels
    assert not any(label.startswith(("Senior", "Diplomats")) for label in labels)
    assert not any("European Union: European Union" in label for label in labels)


def test_a_common_noun_said_twice_is_no_issue(nlp):
    """'My father worked there. His father worked there.' made "Father" an issue."""
    labels = _issue_labels_of(nlp, "steelworkers.txt")
    assert labels and "Father" not in labels
