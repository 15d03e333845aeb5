"""What the article leaves open: hedged, conditional and speculative statements.

    hedge.py        is this word a hedge here? (a learned check over the parse)
    hedge_train.py  its deterministic trainer (`python -m` this module)
    extract.py      open questions with a headline, status, cues, actors and date
"""
