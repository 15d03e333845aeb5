"""Sentence boundaries the parser is given before it parses: paragraphs and closing marks.

The small English parser places sentence boundaries itself, and on news copy it
makes two mistakes a reader sees at once: a sentence that runs on across a
paragraph break (the headline into the first paragraph, a quotation's last line
into the next paragraph), and a closing quotation mark left to start the next
sentence ("... the concrete." + "'" + "Okafor told ..."), so a key point begins
with a stray mark. Boundaries set before the parser are constraints it keeps.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "reporter_sentence_breaks"
CLOSING_MARKS = frozenset({"'", "’", '"', "”", "»", "''"})
SENTENCE_END = frozenset({".", "!", "?", ","})


def add_sentence_breaks(nlp: Language) -> None:
    """Put `sentence_breaks` before the parser (pipelines without one are left alone)."""
    if "parser" in nlp.pipe_names and NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")


@Language.component(NAME)
def sentence_breaks(doc: Doc) -> Doc:
    """A paragraph's first word starts a sentence; a mark closing a quotation does not."""
    for token in doc[1:]:
        if token.is_space:
            continue
        before = doc[token.i - 1]
        if token.text in CLOSING_MARKS and before.text in SENTENCE_END and not before.whitespace_:
            token.is_sent_start = False  # 'the concrete.' + the mark that closes it
        elif "\n\n" in before.whitespace_ or (before.is_space and "\n\n" in before.text_with_ws):
            token.is_sent_start = True
    return doc
