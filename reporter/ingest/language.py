"""Is this text English? A light check with no model to download.

Two signals, both linear in the size of the sample and needing no data
files:

- the script: a text whose letters are mostly not Latin (Cyrillic, Arabic,
  CJK ...) is not English;
- function words: in English prose roughly a third to a half of the words
  are "the", "of", "and", "to", "said" ... In French, German, Spanish,
  Italian, Portuguese or Dutch that share is small, and the function words
  of the text's own language dominate instead.

Short texts (fewer than `MIN_WORDS` words) are given the benefit of the doubt:
too little to judge. Names, numbers and quotations in other languages inside
an English article do not tip the balance.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SAMPLE_CHARS = 40_000
MIN_WORDS = 25
MIN_LETTERS = 60
# An English text has at least this share of English function words ...
MIN_ENGLISH = 0.12
# ... unless another language's function words clearly dominate anyway.
OTHER_DOMINATES = 1.5

_ENGLISH_WORDS = """
a about after against all also an and any are as at be because been before being between both
but by can could did do does during each for from had has have he her hers him his how i if in
into is it its itself just may me might more most must my no nor not of off on once only or
other our out over own said says she should so some such than that the their them then there
these they this those through to too under until up very was we were what when where which
while who whom why will with would you your
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())

OTHERS = {
    "French": """le la les des du de un une et est sont pour dans par sur avec ce cette ces qui que
        pas plus mais ou où nous vous ils elles leur leurs été être avait fait aux au ont se sa son
        ses il elle lui y comme selon déjà très aussi""",
    "German": """der die das den dem des ein eine einer eines und ist sind nicht mit von zu im auf
        für auch sich dass es er sie wir ihr wird werden wurde hat haben bei nach aus noch nur
        oder aber wie über vor zum zur sagte""",
    "Spanish": """el la los las de del y en un una es son que por para con no se su sus al lo
        como más pero ha han fue este esta estos sobre también entre según dijo""",
    "Italian": """il lo la gli le di del della dei delle e è un una che per con non si da al alla
        sono ha hanno come più ma anche questo questa nel nella ha detto""",
    "Portuguese": """o os a as de do da dos das e é um uma que em no na nos nas por para com não se
        seu sua ao foi são mais mas como também disse""",
    "Dutch": """de het een en van is in op te dat die niet met zijn voor er aan ook als bij of
        maar om naar dan wordt werd heeft hebben zei""",
}
OTHER_WORDS = {lang: frozenset(words.split()) - ENGLISH for lang, words in OTHERS.items()}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

SCRIPT_NAMES = {
    "CJK": "Chinese or Japanese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese",
    "HANGUL": "Korean", "CYRILLIC": "a Cyrillic-script language", "ARABIC": "Arabic script",
    "HEBREW": "Hebrew", "GREEK": "Greek", "DEVANAGARI": "Hindi (Devanagari)", "THAI": "Thai",
}


@dataclass(frozen=True)
class Verdict:
    english: bool
    language: str | None = None  # the best guess when not English ("French", "Greek" ...)
    reason: str = ""


def _script(ch: str) -> str:
    if ch < "\u0250":
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "OTHER"


def detect(text: str) -> Verdict:
    """Whether `text` reads as English; judged on its first SAMPLE_CHARS characters."""
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        return Verdict(True, reason="too short to judge")
    scripts: dict[str, int] = {}
    for ch in letters:
        script = _script(ch)
        scripts[script] = scripts.get(script, 0) + 1
    latin = scripts.get("LATIN", 0)
    if latin < 0.5 * len(letters):
        main = max((s for s in scripts if s != "LATIN"), key=scripts.__getitem__)
        name = SCRIPT_NAMES.get(main, f"{main.title()} script")
        return Verdict(False, name, f"{1 - latin / len(letters):.0%} of letters are not Latin")
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return Verdict(True, reason="too few words to judge")
    english = sum(w in ENGLISH for w in words) / len(words)
    scores = {lang: sum(w in vocab for w in words) / len(words)
              for lang, vocab in OTHER_WORDS.items()}
    best = max(scores, key=scores.__getitem__)
    if english >= MIN_ENGLISH and scores[best] < OTHER_DOMINATES * english:
        return Verdict(True, reason=f"{english:.0%} English function words")
    if scores[best] >= max(0.08, english):
        return Verdict(False, best, f"{scores[best]:.0%} {best} function words, "
                                    f"{english:.0%} English")
    if english >= 0.06:
        return Verdict(True, reason=f"only {english:.0%} English function words")
    return Verdict(False, None, f"only {english:.0%} English function words")


def describe(verdict: Verdict) -> str:
    """'not English (looks like French)' for messages."""
    return f"not English (looks like {verdict.language})" if verdict.language else "not English"
