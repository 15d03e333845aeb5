"""Names kept whole: 'Ruud van der Linde', 'Ursula von der Leyen', 'Peter Kiprotich Langat'.

The small English tagger often ends a person's name at a lowercase particle and
gives the rest another label ('Ruud van' PERSON, 'Linde' ORG), so the speaker
becomes an organisation called 'Linde'; or it leaves out the last word of a name
it does not know ('Peter Kiprotich' PERSON, 'Langat' untagged). After the tagger,
a person's name that runs on through particles into a capitalised word, or into
the untagged proper noun it modifies, is made one PERSON again.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

NAME = "reporter_name_particles"
# Words after a name that are titles or make it a place's or a body's, not its last word
# (kept here, not imported from the analysis, which a pipeline must not load).
NOT_SURNAMES = frozenset({
    "speaker", "president", "minister", "secretary", "senator", "governor", "mayor", "judge",
    "chancellor", "chairman", "chairwoman", "chief", "director", "ambassador", "leader",
    "commissioner", "general", "captain", "coach", "manager", "spokesman", "spokeswoman",
    "trust", "holdings", "memorial", "campaign", "mosque", "church", "estate", "foundation",
    "group", "company", "street", "road", "avenue", "park", "square", "hall", "centre",
    "center", "house", "stadium", "airport", "hospital", "bridge", "tower", "library",
    "museum", "prize", "award", "show", "administration", "ministry", "department",
    "office", "committee", "council", "agency", "bureau", "commission", "court", "board",
    "service", "party", "government", "police", "institute", "university", "college",
    "school", "bank", "fund", "union", "league", "assembly", "parliament", "senate",
    "congress", "cabinet", "authority", "team", "club", "family", "inc", "ltd", "llc", "corp"})
PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du",
                       "le", "la", "ten", "ter", "bin", "ibn", "dos", "das", "vander"})


def add_name_particles(nlp: Language) -> None:
    """Put `name_particles` right after the tagger's entities (pipelines without one are
    left alone)."""
    if "ner" in nlp.pipe_names and NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, after="ner")


@Language.component(NAME)
def name_particles(doc: Doc) -> Doc:
    """Extend each person's name over particles and the capitalised word after them."""
    spans = list(doc.ents)
    changed = False
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start, ent.end
        while end > start + 1 and doc[end - 1].lower_ in PARTICLES:
            end -= 1  # 'Ruud van' + 'der Linde'
        k = end
        while k < len(doc) and doc[k].lower_ in PARTICLES and doc[k].is_lower and \
                doc[k].pos_ not in ("VERB", "AUX"):  # not 'let Putin do Ukraine harm'
            k += 1
        if k < len(doc) and k > end and doc[k].is_title and doc[k].pos_ == "PROPN":
            spans.append(Span(doc, start, k + 1, label="PERSON"))
            changed = True
        elif end == ent.end and end < len(doc) and _surname_left_out(doc, ent):
            # 'Governor Hon. Peter Kiprotich' + 'Langat', the head of the name
            spans.append(Span(doc, start, end + 1, label="PERSON"))
            changed = True
    if changed:
        doc.ents = filter_spans(spans)
    return doc


def _surname_left_out(doc: Doc, ent: Span) -> bool:
    """Whether the word after a person's name is its untagged last word: a capitalised
    proper noun that the name's last word modifies ('Peter Kiprotich' -> 'Langat')."""
    after = doc[ent.end]
    if ent.end + 1 < len(doc) and doc[ent.end + 1].is_title:
        return False  # a title-case headline: 'Nora Whitfield Blasts Harbor Board Chief'
    if after.lower_ in NOT_SURNAMES:
        return False  # 'Kevin McCarthy Speaker of the House', 'Peter Kiprotich Trust'
    return after.ent_type_ == "" and after.pos_ == "PROPN" and after.is_title and \
        doc[ent.end - 1].head.i == after.i and doc[ent.end - 1].dep_ == "compound" and \
        doc[ent.end - 1].whitespace_ != ""
