"""Assemble a Briefing from an Article and its parsed Doc.

The order matters: entities first (quotes resolve speakers against them),
keyphrases before issues (issues group them), quotes before key points
(key points prefer sentences that are not quotes alone).
"""

from __future__ import annotations

from spacy.tokens import Doc

from reporter.analyse.entities import find_entities
from reporter.analyse.issues import find_issues
from reporter.analyse.key_points import pick_key_points
from reporter.analyse.keyphrases.rank import rank_keyphrases
from reporter.analyse.open_questions.extract import find_open_questions
from reporter.analyse.quotes.extract import find_quotes
from reporter.analyse.sentences import doc_memo, sentence_records
from reporter.analyse.source_notes import source_notes
from reporter.analyse.timeline import build_timeline
from reporter.model import Article, ArticleInfo, Briefing


def analyse(article: Article, doc: Doc) -> Briefing:
    """Run every analysis over one article; `doc` must be the parse of `article.text`."""
    if doc.text != article.text:
        raise ValueError("the Doc was not parsed from this article's text")
    with doc_memo(doc):  # sentence spans, keyphrase candidates ...: built once per article
        return _analyse(article, doc)


def _analyse(article: Article, doc: Doc) -> Briefing:
    sentences = sentence_records(doc)
    entities = find_entities(doc)
    quotes = find_quotes(doc, entities)
    keyphrases = rank_keyphrases(doc, entities)
    issues = find_issues(doc, keyphrases, entities)
    open_questions = find_open_questions(doc, entities, article.published)
    timeline = build_timeline(doc, article.published)
    key_points = pick_key_points(doc, quotes, keyphrases, entities)
    info = ArticleInfo(
        title=article.title, text=article.text, source=article.source, url=article.url,
        published=article.published, author=article.author, words=article.words,
    )
    return Briefing(
        id=article.id,
        article=info,
        quotes=quotes,
        entities=entities.entities,
        keyphrases=keyphrases,
        issues=issues,
        open_questions=open_questions,
        timeline=timeline,
        key_points=key_points,
        source_notes=source_notes(article, quotes, sentences),
        sentences=sentences,
    )
