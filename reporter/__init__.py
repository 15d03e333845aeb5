"""reporter: English news articles in, analyst briefings out."""

__version__ = "0.1.0"
