"""The speech-verb lexicon: words that introduce what someone said or holds.

Lemmas, grouped by how they attribute. `SPEECH` verbs attribute a quotation
wherever it stands ("...," she said); `REPORTING` verbs introduce reported
speech or a position through a clause ("X believes that ..."); `INTENT`
verbs carry a position through an infinitive ("X pledged to ...").
"""

from __future__ import annotations


def wordlist(text: str) -> list[str]:
    return text.split()


SPEECH = frozenset(wordlist("""
say tell add state note explain claim argue insist warn write ask reply respond answer
announce declare acknowledge admit concede recall suggest stress emphasize emphasise
continue complain comment confirm deny predict promise pledge vow urge demand tweet post
report testify quip joke shout yell scream cry exclaim muse observe remark mention agree
caution conclude contend maintain assert allege affirm charge counter retort reiterate
repeat boast brag lament wonder question plead speculate tout reveal disclose inform
assure advise recount describe proclaim lash fire snap chime sigh laugh scoff whisper
murmur mutter interject begin conclude summarize summarise highlight underline recommend
propose acknowledge thunder gush rail declare threaten concur dispute object protest
retort hint signal imply told blog text email message sing chant read
"""))

REPORTING = SPEECH | frozenset(wordlist("""
believe think feel hope fear worry expect know estimate find show learn hear doubt
reckon guess understand consider anticipate forecast suspect accept recognize recognise
realize realise indicate prove demonstrate decide determine rule suggest predict assume
figure imagine insist contend agree disagree acknowledge concede notice see read point
"""))

INTENT = frozenset(wordlist("""
pledge promise vow threaten refuse decline urge call want plan offer agree demand ask
encourage invite order want plan tell instruct seek intend aim hope wish prefer propose
attempt strive
"""))

# Verbs whose object is a stance or claim ("Clinton criticized the officer for ...",
# "the study found a rise in ..."): their object phrase is reported as a position.
STANCE = frozenset(wordlist("""
criticize criticise accuse praise defend attack blast slam condemn support endorse cite
describe urge ask announce propose reject dismiss deny question challenge mention
discuss acknowledge tout highlight promise pledge warn blame thank applaud oppose demand
recommend advocate predict estimate report list call dispute reveal detail
outline concede admit emphasize emphasise stress insist decry denounce mock note
"""))

# Nouns that name an utterance ("in a statement", "told reporters in an interview").
SPEECH_NOUNS = frozenset(wordlist("""
statement interview remarks speech tweet post release letter op-ed editorial memo email
testimony briefing address press conference comment comments
"""))

# Words opening a question's clause ('did not say whether ...', 'asked how ...').
WH_WORDS = frozenset(wordlist("whether if how when what why where who whom which"))

# Prepositional cues: "according to X", "in the words of X".
ACCORDING = ("according to", "in the words of", "per")

# Dashes that introduce an attribution after a quotation: "..." — Jane Doe
DASHES = "—―–-"

FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
