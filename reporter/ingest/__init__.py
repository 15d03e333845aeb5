"""ingest: turn the user's inputs into Articles.

Inputs: .txt (first non-empty line is the headline), .md (markdown-it-py,
YAML front matter), .html/.htm (trafilatura), .jsonl (one article per line,
"text" or "html"), folders (recursive, stable order), glob patterns, and `-`
for standard input (format sniffed). Bytes are decoded by BOM, UTF-8, the
page's declared charset or charset-normalizer; binary input is refused.
Every body goes through `clean.clean_article`, which records each step as a
SourceNote.

`read_inputs` is lazy: it yields each Article (or a Failure naming the input
and the reason) as soon as it is read, so a batch of thousands never sits in
memory and one bad input never stops the rest.

Hostile or broken input: every article passes `safety.check_article` before
it is handed on. Sizes are bounded by `Limits` (10 MB per file or JSON Lines
record by default, 5 M characters of text), empty and symbol-only texts are
refused, metadata becomes one line of visible text, the article's link is
kept only when it is plain http(s), and text that is not English is refused
(`language.detect`: script and function words, no model) unless
`read_inputs(..., any_language=True)`. Readers run in time linear in their
input (no regex backtracking on unclosed tags, YAML without aliases).
"""

from reporter.ingest.errors import Failure
from reporter.ingest.limits import DEFAULT_LIMITS, Limits
from reporter.ingest.sources import read_inputs

__all__ = ["DEFAULT_LIMITS", "Failure", "Limits", "read_inputs"]
