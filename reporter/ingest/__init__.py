"""ingest: turn the user's inputs (files, folders, JSON Lines) into Articles.

`read_inputs` is lazy: it yields each Article (or a Failure naming the input
and the reason) as soon as it is read, so a batch of thousands never sits in
memory and one bad input never stops the rest.
"""

from reporter.ingest.errors import Failure
from reporter.ingest.sources import read_inputs

__all__ = ["Failure", "read_inputs"]
