"""The Jinja environment shared by every renderer.

Templates are looked up first in the user's folder (`--templates DIR`), then
in the packaged ones, so a user can override any single template. HTML and
XML templates are autoescaped: article text is hostile input and never
reaches the page unescaped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")
PACKAGE_DIR = Path(__file__).resolve().parent.parent


def templates_dir() -> Path:
    """The packaged templates: inside the wheel, or templates/ in a source checkout."""
    for candidate in (PACKAGE_DIR / "templates", PACKAGE_DIR.parent / "templates"):
        if (candidate / "base.html.j2").is_file():
            return candidate
    raise FileNotFoundError("reporter's templates are missing from this installation")


@lru_cache(maxsize=8)
def environment(user_dir: str | None = None) -> Environment:
    loaders = [FileSystemLoader(user_dir)] if user_dir else []
    loaders.append(FileSystemLoader(str(templates_dir())))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(
            enabled_extensions=("html", "htm", "xml", "svg", "html.j2", "svg.j2"),
            default_for_string=True,
            default=False,
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pct"] = lambda x: f"{x:.0%}"
    env.filters["initials"] = lambda s: "".join(w[0] for w in str(s).split()[:2]).upper()
    env.filters["md"] = md_escape
    env.filters["quotation"] = quotation
    return env


def quotation(text: object) -> str:
    """A quotation shown on its own: without the comma that led into its attribution
    in the article ('"We will fight this," she said' -> “We will fight this”). The
    analysis keeps the words exactly as they stand in the article."""
    return str(text).rstrip().removesuffix(",").rstrip()


def md_escape(text: object) -> str:
    """Escape Markdown syntax (and raw HTML) in article-derived text, on one line."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
