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
"""

from reporter.ingest.errors import Failure
from reporter.ingest.sources import read_inputs

__all__ = ["Failure", "read_inputs"]
