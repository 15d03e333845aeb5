"""analyse: spaCy Doc -> Briefing. One module per section of the briefing."""

from reporter.analyse.briefing import analyse

__all__ = ["analyse"]
