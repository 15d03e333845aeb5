"""analyse: spaCy Doc -> Briefing. One module (or package) per section of the briefing.

    briefing.py      the orchestrator: every section from one parsed article
    entities.py      people, organisations and places, merged and counted
    quotes/          who said what
    keyphrases/      the terms an article is about
    issues.py        issues: keyphrases grouped by the sentences and parse they share
    open_questions/  what the article leaves open
    timeline.py      dated events (dates.py resolves relative dates)
    key_points.py    the sentences that carry the story
    sentences.py     sentence records and per-Doc memos the sections share
    source_notes.py  what ingest changed or noticed, for the reader
    learn.py         the logistic fit, scoring and cross-validation the trained models share
"""

from reporter.analyse.briefing import analyse

__all__ = ["analyse"]
