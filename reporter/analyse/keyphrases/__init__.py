"""The terms an article is about, ranked: the raw material of its issues.

    spans.py     candidate noun phrases and names
    features.py  what is measured of each candidate (frequency, position, centrality)
    rank.py      the shipped linear ranker over those features
    train.py     its deterministic trainer (`python -m reporter.analyse.keyphrases.train`)
"""
