"""Who said what: quotations, reported statements and their speakers.

    marks.py            quotation marks of every kind, paired (stray ones cost only their paragraph)
    cues.py             the speech-verb lexicon
    extract.py          quotes attributed through the parse (before, after, inside, ...)
    speakers.py         speakers resolved to people and organisations (pronouns, titles, roles)
    speaker_subject.py  who speaks under another verb's object ('forced X to admit')
    boundary.py         the learned choice among parse variants of a reported statement's span
    boundary_train.py   its deterministic trainer
    filter.py           the learned confidence check on reported statements
    filter_train.py     its deterministic trainer (run each trainer with `python -m`)
"""
