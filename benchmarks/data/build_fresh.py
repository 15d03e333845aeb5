"""Build benchmarks/data/fresh-quotes.jsonl from the articles in fresh/ and the
annotations below (offsets are computed here from the words, never by hand).

The fresh set is a held-out check: six articles written and annotated after
the fixes made on the house corpus, blind to reporter's output, and scored
once without any code change (see README.md, "Fresh held-out set").

    python benchmarks/data/build_fresh.py            # writes fresh-quotes.jsonl
    python benchmarks/data/build_fresh.py --show     # prints every annotated span

Same format and conventions as build_house.py: an annotation is (type, speaker
as written, speaker resolved, cue, fragments...); a fragment is the exact
quoted/reported words, or (first words, last words) of them. Annotations are
listed in text order; each is searched for from where the previous one starts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
D, M, IND = "direct", "mixed", "indirect"

ANN: dict[str, list[tuple]] = {
    "01-rail-ombudsman": [
        (
            M,
            "Opposition parties and consumer groups",
            "Opposition parties and consumer groups",
            "accused",
            ("ministers of “gutting”", "passenger protections"),
        ),
        (
            M,
            "Joanna Threlfall",
            "Joanna Threlfall",
            "told",
            ("that the change would save", "three different complaints bodies"),
        ),
        (
            D,
            "she",
            "Joanna Threlfall",
            "said",
            ("Nobody who has tried", "current system works,"),
            ("We are replacing a maze", "single front door."),
        ),
        (
            IND,
            "Threlfall",
            "Joanna Threlfall",
            "said",
            ("that the ombudsman’s 60 staff", "would be honoured"),
        ),
        (
            D,
            "Marcus Adeyemi-Hart",
            "Marcus Adeyemi-Hart",
            "said",
            ("This is a government that", "will pay the price."),
        ),
        (
            M,
            "Fiona Carradine",
            "Fiona Carradine",
            "called",
            ("the move “a stitch-up", "as a simplification"),
        ),
        (IND, "Fiona Carradine", "Fiona Carradine", "said", "her party would force a vote on it"),
        (IND, "Which?", "Which?", "said", ("that the ombudsman had won", "compensation last year")),
        (D, "Which?", "Which?", "adding", ("Taking away the one body", "a baffling choice.")),
        (
            M,
            "Declan Furlong",
            "Declan Furlong",
            "warned",
            ("that the merger was “the first step", "level of the railway"),
        ),
        (
            M,
            "Transport Focus",
            "Transport Focus",
            "said",
            ("it would “study the detail", "commenting further"),
        ),
        (
            D,
            "he",
            "Anthony Pelling",
            "said",
            "I have some sympathy with the minister,",
            ("But independence is not", "write it into law."),
        ),
        (
            M,
            "Dr Helena Brightwater",
            "Helena Brightwater",
            "said in a statement",
            ("that she was “disappointed", "not surprised"),
        ),
        (
            IND,
            "She",
            "Helena Brightwater",
            "said",
            ("her office had resolved", "within eight weeks"),
        ),
        (
            D,
            "Brightwater",
            "Helena Brightwater",
            "said",
            ("We have shown that", "fair and cheap,"),
            ("I hope whatever", "those three things."),
        ),
        (
            D,
            "A Department for Transport spokesperson",
            "Department for Transport spokesperson",
            "said",
            ("Passengers will have stronger", "independent in its decisions."),
        ),
    ],
    "02-kemsa-audit": [
        (
            IND,
            "Health Cabinet Secretary Dr Beatrice Wanjiru Kamau",
            "Beatrice Wanjiru Kamau",
            "saying",
            ("the public must know how", "essential drugs was spent"),
        ),
        (
            IND,
            "the CS",
            "Beatrice Wanjiru Kamau",
            "said",
            ("that preliminary reports from", "funds being disbursed"),
        ),
        (
            D,
            "the CS",
            "Beatrice Wanjiru Kamau",
            "said",
            ("We cannot have mothers", "That era is over,"),
        ),
        (
            IND,
            "She",
            "Beatrice Wanjiru Kamau",
            "warning",
            ("that officers found culpable", "surcharged and prosecuted"),
        ),
        (
            D,
            "Dr Kamau",
            "Beatrice Wanjiru Kamau",
            "told",
            ("I want to be very clear", "must be accounted for,"),
        ),
        (
            M,
            "Nakuru Governor Hon. Peter Kiprotich Langat",
            "Peter Kiprotich Langat",
            "saying",
            ("his administration had “nothing", "with investigators"),
        ),
        (
            D,
            "Mr Langat",
            "Peter Kiprotich Langat",
            "said",
            ("We have already handed", "take its course,"),
        ),
        (
            IND,
            "the Council of Governors (CoG)",
            "Council of Governors",
            "terming",
            ("it an attempt by the national", "claw back devolved functions"),
        ),
        (
            IND,
            "the council",
            "Council of Governors",
            "said",
            ("health was a devolved function", "audit county accounts"),
        ),
        (
            D,
            "the statement",
            "Council of Governors",
            "read",
            ("The Ministry of Health should", "in five years,"),
        ),
        (
            IND,
            "Dr Otieno Were",
            "Otieno Were",
            "said",
            ("that doctors had raised", "more than a year"),
        ),
        (D, "Dr Were", "Otieno Were", "said", ("Our members have been", "who suffers,")),
        (IND, "He", "Otieno Were", "urged", ("the CS to publish", "within 90 days")),
        (
            IND,
            "Kemsa chief executive Mr Joseph Mwangi Ndung’u",
            "Joseph Mwangi Ndung’u",
            "said",
            ("the authority had delivered", "by the counties"),
        ),
        (
            M,
            "Kemsa chief executive Mr Joseph Mwangi Ndung’u",
            "Joseph Mwangi Ndung’u",
            "blamed",
            ("the delays on “late payments", "by county officials"),
        ),
        (
            IND,
            "the Controller of Budget’s latest report",
            "Controller of Budget",
            "According to",
            ("counties spent only 61 per cent", "last financial year"),
        ),
    ],
    "03-nitrate-rules": [
        (
            IND,
            "The European Commission",
            "European Commission",
            "warned",
            "that its groundwater nitrate levels breach EU law",
        ),
        (
            D,
            "Joachim Brandauer",
            "Joachim Brandauer",
            "told",
            "We are not going to let Berlin turn our fields into a museum,",
            ("My members already", "for some farms, the end."),
        ),
        (
            IND,
            "Brandauer",
            "Joachim Brandauer",
            "said",
            ("that farmers would block", "withdraw the plan"),
        ),
        (
            IND,
            "Agriculture Minister Katrin Oberhauser",
            "Katrin Oberhauser",
            "saying",
            ("Germany faced fines", "nitrates directive"),
        ),
        (
            D,
            "the minister",
            "Katrin Oberhauser",
            "told",
            ("I understand the anger.", "that is the measurement,"),
        ),
        (
            IND,
            "Oberhauser",
            "Katrin Oberhauser",
            "said",
            ("she was prepared to offer", "highest losses"),
        ),
        (
            IND,
            "Marlies Vogt-Reinhardt",
            "Marlies Vogt-Reinhardt",
            "said in an interview with DW",
            ("that treatment costs", "since 2018"),
        ),
        (
            D,
            "Vogt-Reinhardt",
            "Marlies Vogt-Reinhardt",
            "said",
            ("Ultimately it is the consumer", "the drinking water,"),
            "Polluter pays should apply here as well.",
        ),
        (
            IND,
            "pig farmer Henrik Lübbers",
            "Henrik Lübbers",
            "told",
            ("he had already switched", "cost him €40,000"),
        ),
        (
            D,
            "he",
            "Henrik Lübbers",
            "said",
            ("I did what they asked.", "still not enough,"),
            ("At some point you ask", "why you bother."),
        ),
        (
            M,
            "The opposition Christian Democrats (CDU)",
            "Christian Democrats",
            "accused",
            ('the government of an "ideological', "farming policy."),
        ),
        (
            IND,
            "CDU agriculture spokesman Thomas Reisinger",
            "Thomas Reisinger",
            "said",
            ("the party would seek", "in the Bundesrat"),
        ),
        (
            IND,
            "The ministry",
            "Agriculture Ministry",
            "said",
            ("the draft would be open", "end of March"),
        ),
    ],
    "04-lumio-shutdown": [
        (
            IND,
            "the company",
            "Lumio",
            "announced in a blog post",
            ("Lumio, the smart home startup", "on June 30th"),
        ),
        (
            D,
            "Lumio CEO Dana Whitcombe",
            "Dana Whitcombe",
            "wrote",
            "This was not an easy decision,",
            ("Running a cloud service", "quietly degrade."),
        ),
        (
            IND,
            "Whitcombe",
            "Dana Whitcombe",
            "said",
            ("the company would release", "over a local network"),
        ),
        (IND, "the company", "Lumio", "said", ("Owners who bought a Halo", "a partial refund")),
        (
            D,
            "one owner",
            "one owner",
            "tweeted",
            "I paid $249 for a thermostat that’s about to become a $249 dial,",
        ),
        (
            M,
            "Others",
            "Others",
            "pointed out",
            ("that Lumio’s marketing promised", "as recently as 2021"),
        ),
        (
            M,
            "Lumio spokesperson Greg Tanaka",
            "Greg Tanaka",
            "told",
            ("that “lifetime” meant", "lifetime of the product."),
        ),
        (IND, "Consumer advocates", "Consumer advocates", "say", "this is exactly the problem"),
        (
            IND,
            "Nathan Oduya",
            "Nathan Oduya",
            "said",
            ("that companies should be required", "shut down a product"),
        ),
        (
            D,
            "Oduya",
            "Nathan Oduya",
            "said in an email",
            ("If you sell someone", "stops being theirs,"),
            ("Lumio at least gave", "how broken the system is."),
        ),
        (
            IND,
            "The developer behind a popular Home Assistant integration for the Halo",
            "kestrel",
            "posted on GitHub",
            ("that they had already reverse-engineered", "local API"),
        ),
        (D, "they", "kestrel", "wrote", "Give me a week,"),
        (
            M,
            "the Federal Trade Commission",
            "Federal Trade Commission",
            "described",
            "the move as “potentially deceptive",
        ),
        (
            M,
            "Lumio co-founder Raj Mehta",
            "Raj Mehta",
            "tweeted",
            ("that the team was “looking at”", "over to the community"),
        ),
        (D, "he", "Raj Mehta", "wrote", "No promises, but we hear you,"),
    ],
    "05-pharmacy-burglaries": [
        (
            IND,
            "sheriff's office",
            "Linn County Sheriff's Office",
            "says",
            "Man charged in string of pharmacy break-ins across 3 Oregon towns",
        ),
        (
            IND,
            "the Linn County Sheriff's Office",
            "Linn County Sheriff's Office",
            "said",
            ("A 34-year-old man has been charged", "three western Oregon towns"),
        ),
        (
            IND,
            "the sheriff's office",
            "Linn County Sheriff's Office",
            "said in a news release",
            ("Travis Dean Holcomb, of Lebanon", "from a surveillance photo"),
        ),
        (
            IND,
            "court documents",
            "court documents",
            "according to",
            ("Holcomb is suspected", "prescription painkillers and cash"),
        ),
        (
            M,
            "a deputy",
            "Linn County Sheriff's Office deputy",
            "wrote",
            ("that the safe at the Sweet Home", "a can of sardines."),
        ),
        (
            M,
            "Sheriff Michelle Dunaway",
            "Michelle Dunaway",
            "said",
            ("that the arrest was", "observant motel clerk."),
        ),
        (
            D,
            "Dunaway",
            "Michelle Dunaway",
            "said",
            ("These were not crimes", "where it was kept,"),
            ("We believe he had help", "looking at that."),
        ),
        (
            IND,
            "Albany police",
            "Albany police",
            "said",
            ("The pickup had been reported", "in July"),
        ),
        (M, "Kevin Strand", "Kevin Strand", "said", ('his client "intends', "these charges.")),
        (
            IND,
            "Strand",
            "Kevin Strand",
            "noting",
            ("that Holcomb has a young daughter", "as a roofer"),
        ),
        (
            IND,
            "Lebanon Police Chief Frank Oyelaran",
            "Frank Oyelaran",
            "said",
            ("the break-ins had rattled", "across the area"),
        ),
        (
            IND,
            "Rick Vanlandingham",
            "Rick Vanlandingham",
            "said",
            ("his store was hit", "in August"),
        ),
        (
            D,
            "he",
            "Rick Vanlandingham",
            "said",
            "The second time, I'd just replaced the door,",
            ("I've been in this business", "about it now."),
        ),
        (
            IND,
            "The Oregon Board of Pharmacy",
            "Oregon Board of Pharmacy",
            "said in a statement",
            ("that it was working with", "for controlled substances"),
        ),
        (
            IND,
            "the Linn County District Attorney's Office",
            "Linn County District Attorney's Office",
            "according to",
            ("If convicted of the most serious", "20 years in prison"),
        ),
    ],
    "06-ferry-fiddler": [
        (D, None, "Morag Linklater", None, "Every crossing is a different tune"),
        (
            D,
            "she",
            "Morag Linklater",
            "says",
            "I started because I was terrified of the crossing,",
            ("My daughter had moved", "I've never been sick since."),
        ),
        (
            IND,
            "Serco NorthLink Ferries",
            "Serco NorthLink Ferries",
            "says",
            ("the sessions have become a draw", "in their own right"),
        ),
        (
            M,
            "A spokeswoman for the company",
            "Serco NorthLink Ferries spokeswoman",
            "said",
            ("passengers regularly booked", "part of the ship"),
        ),
        (
            IND,
            "Linklater",
            "Morag Linklater",
            "says",
            ("not everyone was a convert", "take a phone call"),
        ),
        (D, "she", "Morag Linklater", "says", "He came back the next year with a bodhrán,"),
        (
            D,
            "MacAskill",
            "Calum MacAskill",
            "says",
            ("I went straight over", "even named it,"),
            ("So I said,", "like I was daft."),
        ),
        (D, "I", "Calum MacAskill", "said", "Name it after the boat,"),
        (D, None, "Calum MacAskill", None, ("It's one of the best new tunes", "at every gig.")),
        (IND, "Linklater", "Morag Linklater", "says", "she has no plans to stop"),
        (M, "She", "Morag Linklater", "says", ("she has started teaching", "when she does")),
        (
            D,
            "she",
            "Morag Linklater",
            "says",
            ("Every crossing is a different tune.", "whether you're any good,"),
            ("It just wants", "doing out there."),
        ),
    ],
}


def _span(text: str, frag: str | tuple[str, str], pos: int) -> tuple[int, int]:
    first, last = (frag, frag) if isinstance(frag, str) else frag
    s = text.find(first, pos)
    assert s >= 0, f"not found after {pos}: {first!r}"
    e = text.find(last, s) + len(last) if last != first else s + len(first)
    assert e >= s + len(last), f"end not found: {last!r}"
    return s, e


def _nearest(text: str, word: str | None, s: int, e: int) -> tuple[int, int] | None:
    """Offsets of the occurrence of `word` closest to the span [s, e)."""
    if not word:
        return None
    best, i = None, text.find(word)
    while i >= 0:
        d = s - (i + len(word)) if i < s else i - e
        if (best is None or abs(d) < best[0]) and not (s <= i < e):
            best = (abs(d), i)
        i = text.find(word, i + 1)
    return (best[1], best[1] + len(word)) if best else None


def build() -> list[dict]:
    records = []
    paths = sorted((HERE / "fresh").glob("*.txt"))
    assert {p.stem for p in paths} == set(ANN), "articles and annotations differ"
    for path in paths:
        text = path.read_text(encoding="utf-8").strip()
        quotes, cursor = [], 0
        for kind, speaker, resolved, cue, *frags in ANN[path.stem]:
            spans, pos = [], cursor
            for frag in frags:
                s, e = _span(text, frag, pos)
                spans.append([s, e])
                pos = e
            cursor = spans[0][0]
            start, end = spans[0][0], spans[-1][1]
            for (s, e), frag in zip(spans, frags, strict=True):
                words = frag if isinstance(frag, str) else frag[0]
                assert text[s:e].startswith(words)
                if not isinstance(frag, str):
                    assert text[s:e].endswith(frag[1])
            q = {
                "start": start,
                "end": end,
                "text": text[start:end],
                "type": kind,
                "speaker": speaker,
                "speaker_resolved": resolved,
                "cue": cue,
                "fragments": spans,
            }
            for key, word in (("speaker", speaker), ("cue", cue)):
                loc = _nearest(text, word, start, end)
                if loc:
                    q[f"{key}_start"], q[f"{key}_end"] = loc
            quotes.append(q)
        records.append(
            {
                "id": path.stem,
                "text": text,
                "publisher": "fresh",
                "annotator": "fresh",
                "n_annotators": 1,
                "quotes": quotes,
            }
        )
    return records


def main() -> None:
    records = build()
    if "--show" in sys.argv:
        for r in records:
            print(f"== {r['id']}")
            for q in r["quotes"]:
                frags = " | ".join(r["text"][s:e] for s, e in q["fragments"])
                print(f"  {q['type']:8} [{q['speaker_resolved']}] <{q['cue']}> {frags}")
        return
    out = HERE / "fresh-quotes.jsonl"
    out.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    n = sum(len(r["quotes"]) for r in records)
    print(f"{len(records)} articles, {n} attributions -> {out}")


if __name__ == "__main__":
    main()
