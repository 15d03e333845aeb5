"""Build benchmarks/data/house-quotes.jsonl from the articles in house/ and the
annotations below (offsets are computed here from the words, never by hand).

    python benchmarks/data/build_house.py            # writes house-quotes.jsonl
    python benchmarks/data/build_house.py --show     # prints every annotated span

An annotation is (type, speaker as written, speaker resolved, cue, fragments...);
a fragment is the exact quoted/reported words, or (first words, last words) of
them. Annotations are listed in text order; each is searched for from where
the previous one starts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
D, M, IND = "direct", "mixed", "indirect"

ANN: dict[str, list[tuple]] = {
    "01-calderbridge-floods": [
        (M, "Calderbridge residents", "Calderbridge residents", "say",
         ("Flood defences", "within hours")),
        (IND, "Residents of a West Yorkshire market town", "Calderbridge residents", "accused",
         ("the Environment Agency of leaving", "fend for themselves")),
        (IND, "Margaret Holloway", "Margaret Holloway", "said",
         ("the water reached", "four o'clock")),
        (D, "she", "Margaret Holloway", "told",
         ("We were told the barriers", "planned around,"),
         ("My neighbour rang", "under a foot of water.")),
        (D, "a man", "a man", "said", "There's no need to move anything upstairs."),
        (M, "Councillor David Okafor", "David Okafor", "said",
         ("that an independent review", "as soon as the water goes down")),
        (D, "Mr Okafor", "David Okafor", "said", "People have every right to be angry,",
         ("I am angry.", "still waiting for it.")),
        (IND, "He", "David Okafor", "added", ("that the council had opened", "leisure centre")),
        (M, "The Environment Agency", "Environment Agency", "said in a statement",
         ("that the temporary barriers", "worked through the night")),
        (D, "An agency spokesperson", "Environment Agency spokesperson", "told",
         ("The volume of rain", "one-in-200-year event.")),
        (IND, "Tom Pickering", "Tom Pickering", "said",
         ("the warnings had come too late", "move their stock")),
        (D, "he", "Tom Pickering", "said", "I got a text at half past two in the morning,",
         "By then the road was a river."),
        (IND, "Forecasters", "Met Office forecasters", "said",
         ("further flooding was possible", "saturated ground")),
        (IND, "Rachel Aldous", "Rachel Aldous", "said",
         "she would raise the matter in the Commons"),
        (D, "she", "Rachel Aldous", "said", ("Calderbridge has flooded", "Enough is enough.")),
    ],
    "02-lantern-rooms": [
        (IND, "its owners", "Halden Leisure", "have announced",
         ("The Lantern Rooms, the basement venue", "end of March")),
        (IND, "Halden Leisure", "Halden Leisure", "according to",
         ("The club, which opened", "since the pandemic")),
        (D, "Priya Castellano", "Priya Castellano", "said",
         ("We have tried everything", "add up any more,"),
         ("Nobody wanted this.", "when I was 16.")),
        (IND, "Castellano", "Priya Castellano", "said",
         ("the final night, on 29 March", "the club’s history")),
        (M, "Declan Morrow", "Declan Morrow", "described",
         ("it as ‘the end of something", "can’t be rebuilt")),
        (D, "he", "Declan Morrow", "said", ("People talk about the Smiths", "music lives,"),
         ("It isn’t.", "a broken PA.")),
        (M, "Manchester city council", "Manchester city council", "said",
         ("it had no power to intervene", "planning application for the site")),
        (D, "A council spokesperson", "Manchester city council spokesperson", "added",
         ("We recognise the Lantern Rooms", "on that corner.")),
        (M, "Hollie Brennan", "Hollie Brennan", "said",
         ("she did not expect to save the club", "at the very least")),
        (D, "she", "Hollie Brennan", "said", ("My mum met my dad", "in ’94,"),
         ("So in a way", "the place everything.")),
        (IND, "Halden Leisure", "Halden Leisure", "said",
         ("staff would be offered jobs", "Leeds and Sheffield")),
    ],
    "03-hedgerow-payments": [
        (IND, "the National Farmers' Federation", "National Farmers' Federation", "has warned",
         ("Hundreds of farms could", "woodland upkeep")),
        (IND, "Helen Marchbank", "Helen Marchbank", "announced",
         ("that the Countryside Stewardship", "18 per cent from April")),
        (M, "Helen Marchbank", "Helen Marchbank", "saying",
         ("the money would be", "does most good")),
        (D, "Gareth Pryce-Williams", "Gareth Pryce-Williams", "said",
         ("This is a cliff edge", "actually means.")),
        (D, "Mr Pryce-Williams", "Gareth Pryce-Williams", "said",
         "We were told there would be a transition,", ("and instead we've been", "notice.")),
        (D, "The minister", "Helen Marchbank", "was blunt",
         ("Every pound we spend", "never planted.")),
        (IND, "Mrs Marchbank", "Helen Marchbank", "told",
         ("that inspections last year", "farms in the scheme")),
        (IND, "She", "Helen Marchbank", "denied", "that the cut had been driven by the Treasury"),
        (D, "she", "Helen Marchbank", "said", "This is not about saving money,",
         "It is about spending it properly."),
        (M, "Owen Tredgold", "Owen Tredgold", "accused",
         ("the Government of \"breaking faith", "with the countryside")),
        (D, "he", "Owen Tredgold", "said in a statement",
         ("Ministers promised farmers", "a trapdoor,")),
        (M, "The Country Land and Business Association",
         "Country Land and Business Association", "said",
         ("it was \"deeply concerned", "with the department")),
        (IND, "Sian Powell", "Sian Powell", "said", ("the payments made up", "of their income")),
        (D, "Mrs Powell", "Sian Powell", "said", ("We laid two miles", "asked us to,"),
         ("Now they tell us", "look at it.")),
        (IND, "Defra", "Defra", "said", "the changes would be reviewed after 12 months"),
    ],
    "04-marseille-dockers": [
        (IND, "port officials", "port officials", "said",
         ("Dockworkers at the port", "waiting offshore")),
        (D, "union delegate Karim Benhaddou", "Karim Benhaddou", "told",
         ("We will not go back", "on the table"), ("They want to replace", "with software.")),
        (IND, "The port authority", "port authority", "said",
         ("the stoppage was costing", "a day")),
        (M, "Sophie Lemaire-Vidal", "Sophie Lemaire-Vidal", "According to",
         ("the automation project is", "could be discussed")),
        (D, "Lemaire-Vidal", "Sophie Lemaire-Vidal", "said in a statement",
         ("Nobody is going to lose", "retire as dockers")),
        (IND, "Transport Minister Alain Desrosiers", "Alain Desrosiers", "called on",
         "both sides to return to talks"),
        (M, "Alain Desrosiers", "Alain Desrosiers", "warning",
         ("that the blockade risked", "for good")),
        (M, "A spokesperson for the ministry", "spokesperson for the transport ministry", "told",
         ("that a mediator could be appointed", "by Wednesday")),
        (IND, "Shipping group CMA CGM", "CMA CGM", "said",
         ("it had diverted eleven", "Mediterranean ports")),
        (D, "Jean-Marc Ferrando", "Jean-Marc Ferrando", "said",
         ("My father worked", "before him"), ("They think we are a cost.", "We are the port.")),
        (IND, "the union", "CGT-affiliated union", "said",
         ("Dockers voted on Monday", "at least Friday")),
    ],
    "05-north-sea-cod": [
        (M, "the International Council for the Exploration of the Sea (ICES)",
         "International Council for the Exploration of the Sea", "advice",
         ("that stocks remained", "biological limits.")),
        (D, "Irish Agriculture and Marine Minister Colm Devaney", "Colm Devaney", "told",
         ("This is a balanced outcome", "the fishermen,")),
        (IND, "Environmental groups", "Environmental groups", "said",
         "the deal ignored the science"),
        (M, "Oceana Europe", "Oceana Europe", "said in a statement",
         ("that ministers had", "survival of the fleet.")),
        (IND, "EU Fisheries Commissioner Lina Sørensen", "Lina Sørensen", "said",
         ("she regretted that member", "review clause in June")),
        (D, "Sørensen", "Lina Sørensen", "said", ("If the stock does not respond", "cut harder,"),
         ("Nobody should read this", "end of the story.")),
        (IND, "two diplomats involved in the talks", "two diplomats involved in the talks",
         "according to", ("The deal was held up", "in the Channel")),
        (IND, "Dutch fisheries minister Pieter Hoogendam", "Pieter Hoogendam", "denied",
         "that his country had blocked agreement"),
        (D, "he", "Pieter Hoogendam", "said", ("We were defending our fleet", "that room was,")),
        (M, "The Scottish Fishermen’s Federation", "Scottish Fishermen’s Federation", "said",
         ("the outcome would", "a similar cut")),
        (M, "The Danish Fishermen’s Producer Organisation",
         "Danish Fishermen’s Producer Organisation", "said in a statement",
         ("that the compromise would", "stocks recovered")),
        (D, "Henrik Vestergaard", "Henrik Vestergaard", "said",
         "We are not the enemy of the cod,", ("Nobody has a bigger", "than we do.")),
    ],
    "06-columbus-legionnaires": [
        (IND, "Health officials in central Ohio", "Health officials in central Ohio", "said",
         ("they had traced an outbreak", "a downtown hotel")),
        (IND, "Franklin County Public Health", "Franklin County Public Health", "according to",
         ("Two of the patients", "have died")),
        (IND, "Dr. Naomi Ferreira-Lund", "Naomi Ferreira-Lund", "said",
         ("that the tower at the Riverside", "on Wednesday")),
        (D, "Ferreira-Lund", "Naomi Ferreira-Lund", "said",
         ("We are confident this is the source.", "from our patients,")),
        (D, None, "Naomi Ferreira-Lund", None,
         ("I want to be clear", "tell them where you were.")),
        (M, "Curtis Abernathy", "Curtis Abernathy", "said in a written statement",
         ("that the company was", "its water systems")),
        (D, "the statement", "Curtis Abernathy", "said",
         ("Our guests and our staff", "first priority,")),
        (IND, "Dr. Raymond Tillis", "Raymond Tillis", "said",
         ("the state would review", "registered in Ohio")),
        (IND, "Dr. Tillis", "Raymond Tillis", "said",
         ("New York City had required", "killed 12 people")),
        (D, "he", "Raymond Tillis", "said", "It's a gap, and we know it's a gap,"),
        (IND, "Amy Kessler-Ruiz", "Amy Kessler-Ruiz", "said",
         ("her mother spent nine days", "intensive care")),
        (D, "Kessler-Ruiz", "Amy Kessler-Ruiz", "said", ("They kept saying", "probably the flu,"),
         ("It wasn't until", "tested her for Legionella.")),
        (IND, "officials", "Health officials", "said", "Patients ranged in age from 41 to 88"),
    ],
    "07-solvang-interview": [
        (D, None, "Ingrid Solvang", None, "A building should be allowed to grow old"),
        (D, None, "Ingrid Solvang", None, ("Because everyone starts", "stupid in the Arctic.")),
        (D, None, "Ingrid Solvang", None, ("Slowly, yes.", "usually right.")),
        (D, None, "Ingrid Solvang", None, ("Some of them, yes.", "for the weather.")),
        (D, None, "Ingrid Solvang", None, ("Spend a winter", "certainly know.")),
        (D, None, "Ingrid Solvang", None, ("Every day.", "stops being questioned.")),
        (IND, "She", "Ingrid Solvang", "said", ("the school would be built", "of the site")),
        (D, "she", "Ingrid Solvang", "said", "It is a small building,",
         "which is exactly why I wanted it."),
    ],
    "08-halvorsen-lines": [
        (IND, "Halvorsen Lines Ltd.", "Halvorsen Lines", "saying",
         ("longer routes around", "second-half earnings")),
        (IND, "the company", "Halvorsen Lines", "said",
         ("The Oslo-based container carrier now expects", "$1.1 billion")),
        (D, "Chief Executive Adaeze Okonkwo", "Adaeze Okonkwo", "said",
         ("We are sailing further", "every box we carry,"),
         ("That is not a combination", "absorb for long.")),
        (IND, "Ms. Okonkwo", "Adaeze Okonkwo", "said",
         ("the company would idle", "South Korean yard")),
        (M, "Bernhard Vollmer", "Bernhard Vollmer", "said",
         ("the guidance implied", "in the fourth quarter")),
        (D, "Mr. Vollmer", "Bernhard Vollmer", "said",
         ("The market was pricing", "not a collapse,")),
        (IND, "He", "Bernhard Vollmer", "believes", ("rates will stay weak", "enter service")),
        (IND, "people familiar with the matter", "people familiar with the matter",
         "according to", ("Halvorsen is also in talks", "in Rotterdam")),
        (IND, "the people", "people familiar with the matter", "said",
         "A deal could be announced within weeks"),
        (IND, "The company", "Halvorsen Lines", "said",
         "it doesn't comment on market speculation"),
        (IND, "Halvorsen", "Halvorsen Lines", "said",
         ("its balance sheet remained strong", "end of June")),
        (IND, "Ms. Okonkwo", "Adaeze Okonkwo", "said", "The company will keep paying a dividend",
         "though at a reduced level"),
    ],
    "09-harlow-brennock": [
        (M, "Harlow head coach Stuart Kemp", "Stuart Kemp", "said",
         ("his side had “found something", "in the final quarter")),
        (D, "Kemp", "Stuart Kemp", "said", ("At half-time I told them", "hold of the ball,"),
         "They did exactly that."),
        (D, "he", "Lewis Aderinto", "said", "We had them,",
         ("We had them for 70 minutes", "off the hook.")),
        (IND, "Ellery", "Josh Ellery", "admitted", ("he had barely slept", "before the match")),
        (D, "he", "Josh Ellery", "said", "I was too nervous to eat breakfast,",
         "My mum had to drive me here."),
        (M, "he", "Alan Frew", "said", ("the decision had been", "marginal at best")),
        (IND, "Tomas Lindgren", "Tomas Lindgren", "said",
         ("the squad had watched footage", "all week")),
        (IND, "Lindgren", "Tomas Lindgren", "According to",
         ("the plan was simply", "make Brennock tackle")),
        (D, "he", "Tomas Lindgren", "said", "They’re a brilliant side for an hour,",
         ("We backed ourselves", "last twenty minutes.")),
        (D, "Kemp", "Stuart Kemp", None,
         ("I’m proud of every one", "nobody in that dressing room listened.")),
        (D, "Aderinto", "Lewis Aderinto", None, ("It hurts.", "be back here.")),
        (D, "Frew", "Alan Frew", None,
         ("The referee had a tough afternoon", "leave it at that.")),
        (D, "Margaret Doyle", "Margaret Doyle", None, ("That was the loudest", "in 20 years.")),
    ],
    "10-night-shift": [
        (D, None, "Aoife Gallagher", None, "You stop noticing you are tired"),
        (IND, "The Irish Nurses and Midwives Organisation",
         "Irish Nurses and Midwives Organisation", "says",
         ("the night rota at the hospital", "14 posts")),
        (IND, "the nurses", "the nurses", "say", "they feel it"),
        (D, None, "Aoife Gallagher", None,
         ("On a good night we are five", "That's the dangerous part.")),
        (M, "She", "Aoife Gallagher", "said",
         ("she had raised staffing", "recruitment was under way")),
        (M, "the HSE's Dublin Midlands group", "HSE's Dublin Midlands group", "said",
         ("the hospital had recruited", "every ward, every night")),
        (D, "he", "Finbar Quigley", "said",
         ("People think nights are quiet.", "come in frightened,")),
        (D, None, "Finbar Quigley", None, ("I've held the hand", "than some of the doctors.")),
        (D, "Aoife Gallagher", "Aoife Gallagher", None,
         ("Two more nurses per ward.", "That's the whole list.")),
        (D, "Dr Seán Mulcahy", "Seán Mulcahy", None, ("Somewhere to sleep", "in the canteen.")),
        (D, "Patricia Nwosu", "Patricia Nwosu", None,
         ("A manager who has worked", "last five years.")),
        (IND, "Dermot Keane", "Dermot Keane", "said",
         ("the organisation would ballot", "next month")),
        (IND, "He", "Dermot Keane", "warned",
         ("that the hospital would struggle", "more night staff")),
    ],
    "11-glacier-study": [
        (IND, "study", "Nature Geoscience study", "finds",
         ("Alpine glaciers losing ice", "a decade ago")),
        (IND, "a study published on Monday in the journal Nature Geoscience",
         "Nature Geoscience study", "according to",
         ("Glaciers in the Swiss and Austrian Alps", "early 2010s")),
        (M, "Brandstätter", "Elke Brandstätter", "said",
         ("that the acceleration had been", "before 2040")),
        (IND, "she", "Elke Brandstätter", "warned",
         ("that summer heatwaves", "average temperatures")),
        (D, "Professor Brandstätter", "Elke Brandstätter", "said",
         ("One extreme summer", "winters put back,"),
         ("We measured it happening", "again last year.")),
        (IND, "Co-author Dr Luca Ferrante", "Luca Ferrante", "believes",
         ("dust from Saharan storms", "absorbs more heat")),
        (IND, "He", "Luca Ferrante", "said", ("the effect was small", "added up over time")),
        (M, "Dr Miriam Osei-Bonsu", "Miriam Osei-Bonsu", "said",
         ("the dust estimates rested on", "a lot of assumption")),
        (D, "Dr Osei-Bonsu", "Miriam Osei-Bonsu", "told", "I don't doubt the direction of travel,",
         ("I'd want more seasons", "number on it.")),
        (IND, "The Swiss Federal Office for the Environment",
         "Swiss Federal Office for the Environment", "said",
         ("the findings were consistent", "mountain cantons")),
        (IND, "A spokesman for the Austrian hydropower company Alpstrom", "Alpstrom spokesman",
         "denied", ("that lower meltwater flows", "electricity output")),
        (M, "he", "Alpstrom spokesman", "said",
         ("Reservoir levels were", "for the time of year")),
        (IND, "The researchers", "researchers", "said",
         ("they would publish their station data", "test the results")),
    ],
    "12-court-fraud": [
        (IND, "The court", "court", "heard", ("Whitcombe created invoices", "payments himself")),
        (M, "Judge Carmel Ridgeway", "Carmel Ridgeway", "said",
         ("the offending was", "deeply cynical")),
        (D, "Judge Ridgeway", "Carmel Ridgeway", "told", ("You took money", "on yourself,"),
         ("The damage to the foundation", "difficult to measure.")),
        (IND, "Crown prosecutor Daniel Leuchars", "Daniel Leuchars", "told",
         ("the fraud was only uncovered", "in Whitcombe's name")),
        (M, "Defence barrister Anne-Marie Tully", "Anne-Marie Tully", "said",
         ("her client had been struggling", "profoundly ashamed")),
        (D, "Ms Tully", "Anne-Marie Tully", "said", ("He has lost his marriage", "and his home,"),
         ("He does not ask", "for sympathy.")),
        (IND, "Lisa Papadakis", "Lisa Papadakis", "said",
         ("the charity had repaid every", "financial controls")),
        (D, "she", "Lisa Papadakis", "said", "We've had to rebuild from the ground up,",
         "and we have."),
        (IND, "Ms Papadakis", "Lisa Papadakis", "said",
         ("the foundation's work with families", "continued throughout")),
        (IND, "Ken Adeyemi", "Ken Adeyemi", "told", ("he had raised concerns", "was discovered")),
        (D, "Mr Adeyemi", "Ken Adeyemi", "said",
         ("I was told I didn't understand", "of that size operated,"),
         "I understood it perfectly well."),
    ],
    "13-chennai-water": [
        (IND, "Metrowater officials", "Metrowater officials", "said",
         ("The city's four main reservoirs", "from next week")),
        (IND, "Municipal Administration Minister K. Selvaraj", "K. Selvaraj", "said",
         ("the government had sanctioned", "additional water lorries")),
        (D, "Mr. Selvaraj", "K. Selvaraj", "said",
         ("There is no need for panic.", "this kind of situation,"),
         "Every household will get drinking water."),
        (IND, "residents of Velachery and Madipakkam", "residents of Velachery and Madipakkam",
         "said", "lorry supply had already become irregular"),
        (D, "S. Meenakshi", "S. Meenakshi", "said", ("We booked a tanker", "came on Thursday,"),
         "Who will pay for the days in between?"),
        (IND, "Metrowater", "Metrowater", "According to",
         ("the north-east monsoon delivered", "this year")),
        (IND, "Opposition leader R. Anbalagan", "R. Anbalagan", "blamed",
         ("the government for failing", "before the monsoon")),
        (IND, "The Minister", "K. Selvaraj", "saying",
         ("desilting works worth", "completed in June")),
        (IND, "T. Ramakrishnan", "T. Ramakrishnan", "said",
         ("the water table in the southern", "in a decade")),
        (D, "Prof. Ramakrishnan", "T. Ramakrishnan", "said",
         ("Chennai does not have a rainfall problem", "storage problem,")),
        (IND, "He", "T. Ramakrishnan", "urged",
         ("the Corporation to enforce", "new apartment blocks")),
        (IND, "A senior Metrowater official", "Metrowater official", "said",
         ("the board was considering", "swimming pools")),
        (D, "the official", "Metrowater official", "said",
         ("If the January rains also fail", "harder decisions,")),
        (IND, "The Chennai Metropolitan Water Supply and Sewerage Board",
         "Chennai Metropolitan Water Supply and Sewerage Board", "said",
         ("desalination plants at Minjur", "full capacity")),
    ],
    "14-school-board": [
        (IND, "she", "Dana Whitfield", "told",
         ("Enrollment in the district has fallen", "since 2015")),
        (D, "Whitfield", "Dana Whitfield", "said", ("Nobody goes into education", "close schools,"),
         ("But we are heating", "out of classrooms.")),
        (IND, "Board president Marcus Delgado", "Marcus Delgado", "said",
         ("the board needed more information", "could decide")),
        (IND, "he", "Marcus Delgado", "said", "The vote", "would be held on March 18"),
        (D, "Delgado", "Marcus Delgado", "said", "The numbers,",
         ("are not in dispute.", "actually see.")),
        (IND, "Jennifer Kowalczyk", "Jennifer Kowalczyk", "said",
         ("the district had known", "to tell families")),
        (D, "she", "Jennifer Kowalczyk", "said", ("My son has autism.", "the people in it,"),
         ("You are asking him", "twice the size.")),
        (IND, "Luis Arrieta", "Luis Arrieta", "told",
         ("that closing Oakridge", "neighborhood school")),
        (M, "He", "Luis Arrieta", "accused", ("the district of \"balancing", "with the least.")),
        (M, "Carol Ng", "Carol Ng", "said",
         ("teachers at both schools", "where they'll land")),
        (IND, "Whitfield", "Dana Whitfield", "said",
         ("that she understood the anger", "in the room")),
        (IND, "She", "Dana Whitfield", "said", ("the district would publish", "the March vote")),
    ],
    "15-prairie-hospital": [
        (IND, "health authority", "Saskatchewan Health Authority", "says",
         ("Saskatchewan town's ER", "for the summer")),
        (IND, "the provincial health authority", "Saskatchewan Health Authority", "says",
         ("The emergency department in Kindersley", "to staff it")),
        (M, "the Saskatchewan Health Authority", "Saskatchewan Health Authority", "said",
         ("the overnight closures were", "100 kilometres away")),
        (IND, "Mayor Rod Kessler", "Rod Kessler", "says", "people in town are scared"),
        (D, "Kessler", "Rod Kessler", "tells",
         ("We’ve got grain farmers", "an hour and a half from help,")),
        (D, None, "Rod Kessler", None, ("I understand they can’t", "nobody asked us.")),
        (IND, "Dr. Priyanka Deol", "Priyanka Deol", "says",
         ("the remaining doctors have been", "for months")),
        (D, "Deol", "Priyanka Deol", "says", "I did 14 night shifts in March,",
         ("You can’t keep that up", "making mistakes.")),
        (IND, "Health Minister Carla Beaudry", "Carla Beaudry", "told",
         ("that the province had hired", "since last fall")),
        (D, "the minister", "Carla Beaudry", "said", ("That’s real progress", "apologise for it,"),
         "Recruitment takes time."),
        (IND, "Opposition health critic Jamal Okeke", "Jamal Okeke", "says",
         ("the government has known", "too little, too late")),
        (IND, "She", "Carla Beaudry", "said",
         ("the province was offering", "in a rural community")),
        (IND, "Paramedic supervisor Lise Arcand", "Lise Arcand", "says",
         "ambulance crews are preparing for longer trips"),
        (D, "she", "Lise Arcand", "says", ("Every transfer to Rosetown", "for three hours,"),
         "Some nights we only have two."),
        (IND, "Kessler", "Rod Kessler", "says",
         ("council will hold a public meeting", "Thursday night")),
    ],
    "16-mining-deal": [
        (IND, "people with knowledge of the matter", "people with knowledge of the matter",
         "according to", ("Kasai Copper Plc is in advanced talks", "about $1.2 billion")),
        (IND, "the people", "people with knowledge of the matter", "said",
         "An agreement could be announced as soon as next week"),
        (IND, "they", "people with knowledge of the matter", "said",
         "Terms could still change and talks may fall apart"),
        (M, "he", "Martin Hale", "said", ("the company would", "for its African assets")),
        (M, "Mines Minister Grace Tembo", "Grace Tembo", "said",
         ("that Lusaka would", "ownership at Mwinilunga")),
        (D, "Tembo", "Grace Tembo", "wrote", "Zambia's copper is not a bargain-bin item,",
         ("Any buyer must honour", "our communities.")),
        (IND, "Analysts", "Analysts", "said", "the price looked full"),
        (D, "Olusegun Adebayo", "Olusegun Adebayo", "said",
         ("At $1.2 billion they're", "reserves left,")),
        (M, "Hale", "Martin Hale", "told", ("that the company had", "for the sake of selling.")),
        (IND, "He", "Martin Hale", "said",
         ("any deal would have to leave Kasai", "Peruvian projects")),
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


def build(folder: str = "house", annotations: dict[str, list[tuple]] | None = None,
          publisher: str = "house") -> list[dict]:
    """The records of the articles in `folder` with their annotations located in them."""
    annotations = ANN if annotations is None else annotations
    paths = sorted((HERE / folder).glob("*.txt"))
    assert {p.stem for p in paths} == set(annotations), "articles and annotations differ"
    return [record(p.stem, p.read_text(encoding="utf-8").strip(), annotations[p.stem], publisher)
            for p in paths]


def record(article_id: str, text: str, annotations: list[tuple], publisher: str) -> dict:
    """One article's record, every annotation located in `text` by its words."""
    quotes, cursor = [], 0
    for kind, speaker, resolved, cue, *frags in annotations:
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
        q = {"start": start, "end": end, "text": text[start:end], "type": kind,
             "speaker": speaker, "speaker_resolved": resolved, "cue": cue,
             "fragments": spans}
        for key, word in (("speaker", speaker), ("cue", cue)):
            loc = _nearest(text, word, start, end)
            if loc:
                q[f"{key}_start"], q[f"{key}_end"] = loc
        quotes.append(q)
    return {"id": article_id, "text": text, "publisher": publisher,
            "annotator": publisher, "n_annotators": 1, "quotes": quotes}


def main(folder: str = "house", annotations: dict[str, list[tuple]] | None = None) -> None:
    """Write `folder`-quotes.jsonl beside this script, or with --show print every span."""
    write(build(folder, annotations, publisher=folder), HERE / f"{folder}-quotes.jsonl")


def write(records: list[dict], out: Path) -> None:
    """Write the records as JSON Lines to `out`, or with --show print every span."""
    if "--show" in sys.argv:
        for r in records:
            print(f"== {r['id']}")
            for q in r["quotes"]:
                frags = " | ".join(r["text"][s:e] for s, e in q["fragments"])
                print(f"  {q['type']:8} [{q['speaker_resolved']}] <{q['cue']}> {frags}")
        return
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    n = sum(len(r["quotes"]) for r in records)
    print(f"{len(records)} articles, {n} attributions -> {out}")


if __name__ == "__main__":
    main()
