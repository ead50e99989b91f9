"""English rules on sentences of our own."""

import re

import pytest

from kg.extract import extract
from kg.extract.en_events import _name_pattern
from kg.model import Article, Role

TEXT = ("The \"Seoul Smart Factory Forum,\" hosted by the Korea Smart Manufacturing Association in "
        "collaboration with the Korea Robot Society, was held on June 3 at Grand Hotel Seoul. The event was "
        "attended by Park Jisoo, President of the Korea Smart Manufacturing Association, and Lee Minho, "
        "Director of the Robot Institute. The keynote was given by Kim Daeho, Professor at Hanbit University. "
        "\"Factories learn,\" said Kim Daeho. More than 250 attendees joined the fifth annual forum.")


def test_event_people_and_organizations() -> None:
    x = extract(Article("en1", TEXT, "en1.txt", published="2025-06-10", lang="en"))
    [e] = x.events
    orgs = {o.id: o.name for o in x.organizations}
    assert e.name == "Seoul Smart Factory Forum" and e.start == "2025-06-03"
    assert e.venue == "Grand Hotel Seoul" and e.attendance == 250 and e.edition == 5
    assert [orgs[o] for o in e.organizers] == ["Korea Smart Manufacturing Association"]
    assert [orgs[o] for o in e.co_organizers] == ["Korea Robot Society"]
    people = {p.name: p for p in x.people}
    assert set(people) == {"Park Jisoo", "Lee Minho", "Kim Daeho"}
    assert orgs[people["Park Jisoo"].affiliations[0].org] == "Korea Smart Manufacturing Association"
    assert people["Park Jisoo"].affiliations[0].title == "President"
    assert {Role.KEYNOTE, Role.QUOTED} <= {r.role for r in people["Kim Daeho"].roles}
    assert Role.ATTENDEE in {r.role for r in people["Lee Minho"].roles}


def test_offsets_slice_back() -> None:
    x = extract(Article("en1", TEXT, "en1.txt", published="2025-06-10", lang="en"))
    for o in x.organizations:
        assert all(TEXT[s.start:s.end] in {o.name, *o.aliases} for s in o.mentions), o.name
    for p in x.people:
        assert all(TEXT[s.start:s.end] in p.name for s in p.mentions)


ROLE_TEXT = ("The Lakeside Robotics Summit was held on March 4 at Harbor Hall. The event — with Dana Whitfield, "
             "J. R. Moss Professor and associate dean at the Lakeside Institute, as the master of ceremonies — "
             "opened with welcome remarks from Omar Reyes, president of the Robotics Guild. After Reyes concluded "
             "his remarks, Nina Patel, chief engineer at Orbit Labs, provided the first keynote. The panel "
             "discussion was chaired by Leo Brandt, Director of Research at the Ridge Institute. Sam Ortiz, CEO "
             "of Bolt Works, and Ada Kim, CTO of Quanta, participated as panelists.")


def test_roles_go_to_the_person_the_cue_is_about() -> None:
    x = extract(Article("en2", ROLE_TEXT, "en2.txt", published="2025-03-10", lang="en"))
    roles = {p.name: {r.role for r in p.roles} for p in x.people}
    assert roles["Dana Whitfield"] == {Role.MODERATOR}  # "J. R. Moss" does not end the sentence
    assert roles["Omar Reyes"] == {Role.HOST_REP}  # welcome remarks from …; not the later keynote
    assert roles["Nina Patel"] == {Role.KEYNOTE}
    assert roles["Leo Brandt"] == {Role.MODERATOR}  # chaired by …
    assert roles["Sam Ortiz"] == roles["Ada Kim"] == {Role.PANELIST}  # a list before the verb


def test_title_with_of_before_at() -> None:
    x = extract(Article("en2", ROLE_TEXT, "en2.txt", published="2025-03-10", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    [leo] = [p for p in x.people if p.name == "Leo Brandt"]
    assert (leo.affiliations[0].title, orgs[leo.affiliations[0].org]) == ("Director of Research", "Ridge Institute")


def test_a_comment_in_the_title_list_is_no_title() -> None:
    """The comment line of data/en/titles.txt once made 'one of the organisers' a title."""
    text = "Jane Doe, one of the organisers, welcomed the guests. Sam Roe, Professor at Hanbit University, spoke."
    x = extract(Article("en2", text, "en2.txt", published="2025-06-10", lang="en"))
    assert [p.name for p in x.people] == ["Sam Roe"]


def test_the_list_loader_skips_comments_and_blank_lines(tmp_path) -> None:
    from kg.extract.gazetteer import word_list

    f = tmp_path / "list.txt"
    f.write_text("# a comment with words\n\nchair  dean # trailing comment\n  # indented comment\nmayor\n",
                 encoding="utf-8")
    assert word_list(f) == ["chair", "dean", "mayor"]


def _people(text: str) -> dict[str, tuple[set[Role], list[tuple[str | None, str | None]]]]:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    return {p.name: ({r.role for r in p.roles}, [(orgs.get(a.org) if a.org else None, a.title) for a in p.affiliations])
            for p in x.people}


def _parts_and_talks(text: str, published: str) -> dict[str, tuple[set[Role], str | None]]:
    """Each person's parts and the title of their talk, if any."""
    x = extract(Article("t", text, "t.txt", published=published, lang="en"))
    return {p.name: ({r.role for r in p.roles}, next((r.talk_title for r in p.roles if r.talk_title), None))
            for p in x.people}


PEOPLE = [
    # Name, title, ORG (a bullet list too); Name, title of/at ORG; Name, ORG title
    ("Confirmed speakers:\n- Maria Lopez, chief engineer, Delta Motors\n- Tom Reed, CTO of Nimbus AI\n",
     {"Maria Lopez": ("Delta Motors", "chief engineer"), "Tom Reed": ("Nimbus AI", "CTO")}),
    ("Jane Roe, Acme CEO, and Lee Min-ho, Hanbit University professor, spoke.",
     {"Jane Roe": ("Acme", "CEO"), "Lee Min-ho": ("Hanbit University", "professor")}),
    # title or ORG + title before the name; possessive; honorific and post-nominal
    ("Trade Minister Park Ji-hoon and Acme Robotics Managing Director Lars Ober attended.",
     {"Park Ji-hoon": (None, "Trade Minister"), "Lars Ober": ("Acme Robotics", "Managing Director")}),
    ("Delta's CEO Jane Roe met Ambassador Eva Lindqvist of the Norwegian Embassy.",
     {"Jane Roe": ("Delta", "CEO"), "Eva Lindqvist": ("Norwegian Embassy", "Ambassador")}),
    ("Dr Jens Gold AO, Managing Director of Ridge Manufacturing, opened the day.",
     {"Jens Gold": ("Ridge Manufacturing", "Managing Director")}),
    # the inverted appositive
    ("President of the University of Limerick, Professor Don Barry, outlined the plan.",
     {"Don Barry": ("University of Limerick", "President")}),
    # names with diacritics and a programme list without bullets
    ("Opening session:\nJörg Müller, President of euRobotics\nÉmile Dubois, Director, European Commission\n",
     {"Jörg Müller": ("euRobotics", "President"), "Émile Dubois": ("European Commission", "Director")}),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_person_shapes(text: str, expected: dict[str, tuple[str | None, str]]) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in expected} == expected


ROLES = [
    ("Panelists included Jane Roe, CEO of Acme, and Bill Stone, professor at Hill University.",
     {"Jane Roe": Role.PANELIST, "Bill Stone": Role.PANELIST}),
    ("The session was moderated by Ana Silva, editor of Tech Weekly.", {"Ana Silva": Role.MODERATOR}),
    ("The day closed with a fireside chat with Omar Haddad, founder of Zeta Labs.", {"Omar Haddad": Role.SPEAKER}),
    ("Lars Ober, managing director of Acme Robotics, delivered the keynote.", {"Lars Ober": Role.KEYNOTE}),
    ("Opening remarks came from Sen. Paul Grant.", {"Paul Grant": Role.HOST_REP}),
    ("Governor Mia Chen gave a congratulatory speech.", {"Mia Chen": Role.OTHER}),
    ("Those taking part in the panel discussions will include:\nSession 1\n• Ms Ada Tull, General Manager, "
     "Dye Works\n• Mr Ken Quick, Director, Aero Engineering\n", {"Ada Tull": Role.PANELIST, "Ken Quick": Role.PANELIST}),
]


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_role_cues_and_list_headers(text: str, roles: dict[str, Role]) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in roles} == {name: {role} for name, role in roles.items()}


def test_a_capitalised_phrase_needs_evidence_to_be_a_person() -> None:
    assert _people("The Robotics Data Center, a lab located in Boston, hosted the Future Factory Forum.") == {}


@pytest.mark.parametrize(("text", "name"), [
    ("AI fair opens\n\nTessa M. Pick\nDecember 21, 2020\n\nSEOUL — The fair opened.", "Tessa M. Pick"),
    ("Robot week\nJohn Avery\n3 March 2024\nThe week began.", "John Avery"),
    ("The forum was held on the 24th. Staff Reporter Park, Jiho |", "Park, Jiho"),
    ("Guests at the forum. Korea Times photo by Lee Han-ho\nMore text here.", "Lee Han-ho"),
    ("A robot.\nST PHOTO: LIM YAOHUI\nFollow topic:\nSINGAPORE - It began.", "LIM YAOHUI"),
    ("By Jane Roe\nThe fair opened.", "Jane Roe"),
    # credits for more than one picture
    ("Written by Mark Chen\nPhotos by Lisa Park\n\nThe AI Hackathon 2025 wrapped up on Sunday.", "Lisa Park"),
    ("The fair opened.\nPhotography: Lisa Park", "Lisa Park"),
    # the writer and the day on one line, parted by a bar or a dot
    ("AI fair opens\nSara Moss | June 4, 2026\n\nThe fair opened on June 3.", "Sara Moss"),
    ("AI fair opens\nJohn Avery · 4 June 2026 · 3 min read\n\nThe fair opened on June 3.", "John Avery"),
    # the day first, then the writer after a bar or a dot
    ("Nov 20, 2026 | By Tom Reed\n\nThe fair opened on Monday.", "Tom Reed"),
    ("AI fair opens\n4 June 2026 · Written by Sara Moss\n\nThe fair opened on June 3.", "Sara Moss"),
])
def test_bylines_and_photo_credits(text: str, name: str) -> None:
    assert _people(text)[name][0] == {Role.REPORTER}


def test_a_name_line_above_a_sentence_is_no_byline() -> None:
    assert _people("John Avery\nThe week began on 3 March 2024.") == {}


@pytest.mark.parametrize("text", [
    # a place and the day on one line are a dateline, no writer (guards: so before)
    "AI fair opens\nSeoul | June 4, 2026\n\nThe fair opened on June 3.",
    "AI fair opens\nLake Convention Center | June 4, 2026\n\nThe fair opened on June 3.",
])
def test_a_place_and_a_day_after_a_bar_are_no_byline(text: str) -> None:
    assert _people(text) == {}


def test_surnames_and_bylines() -> None:
    found = _people('Prof. Schmidt and Dr. Weber presented the winners. "It went well," Schmidt said.\nBy Tessa Pick\n')
    assert found["Schmidt"][0] == {Role.SPEAKER, Role.QUOTED} and found["Weber"][0] == {Role.SPEAKER}
    assert found["Tessa Pick"][0] == {Role.REPORTER}
    found = _people("The expo is headed by former Minnesota House Speaker Kurt Zellers.")
    assert found["Kurt Zellers"] == (set(), [("Minnesota House", "Speaker")])


def _event(text: str, published: str | None = "2025-06-10"):
    x = extract(Article("t", text, "t.txt", published=published, lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    [e] = x.events
    return e, {role: [orgs[o] for o in getattr(e, role)] for role in ("organizers", "co_organizers", "sponsors")}


EVENTS = [
    # name in any casing of the type word, date with a range, venue with "held at"
    ("The Harbor AI summit was held July 9-11 at the Bay Convention Center in Oakland.",
     ("Harbor AI summit", "2025-07-09", "2025-07-11", "Bay Convention Center")),
    # an acronym with a year; "on the 24th" against the publication date
    ("ROBOTEC 2025 opened on the 4th at Grand Lake Hotel, drawing 3,000 visitors.",
     ("ROBOTEC 2025", "2025-06-04", None, "Grand Lake Hotel")),
    # a day a little after the publication: this month's coming day, last month's when the event is said to be past
    ("The AI Forum will be held on the 14th at Pine Hall.", ("AI Forum", "2025-06-14", None, "Pine Hall")),
    ("The AI Forum was held on the 14th at Pine Hall.", ("AI Forum", "2025-05-14", None, "Pine Hall")),
    # a month's abbreviation after a hyphen ends no sentence ("Oct. 30-Nov. 1 at …")
    ("The AI Forum will be held Oct. 30-Nov. 1 at Pine Hall.", ("AI Forum", "2025-10-30", "2025-11-01", "Pine Hall")),
    # a day of the month before "for the" is no edition of the name; an ordinal before a noun is no day
    ("Some 500 people gathered at the Lotte Hotel on the 4th for the AI Leaders Forum.",
     ("AI Leaders Forum", "2025-06-04", None, "Lotte Hotel")),
    ("The AI Leaders Forum was held on the 2nd floor of Hanbit Tower on the 5th.",
     ("AI Leaders Forum", "2025-06-05", None, "Hanbit Tower")),
    ("The Korea Data Conference took place Jan. 9, 2024 at the Seoul Tower Hall.",
     ("Korea Data Conference", "2024-01-09", None, "Seoul Tower Hall")),
    # a weekday with its date written: the date; a year in the name settles an undated article's dates
    ("The Lake Robotics Expo will be held Thursday, Nov. 15 at the Pine Galleria Hotel.",
     ("Lake Robotics Expo", "2025-11-15", None, "Pine Galleria Hotel")),
    # a weekday relative to publication (Thursday 12 June): past tense looks back, "will" ahead
    ("Delta Group hosted the Future Factory Forum on Tuesday at the Ridge Hall.",
     ("Future Factory Forum", "2025-06-10", None, "Ridge Hall")),
    ("Hanbit Group will host its annual Lakeside Forum from Monday to Wednesday.",
     ("Lakeside Forum", "2025-06-16", "2025-06-18", None)),
    # an event's start told in the present tense, as the news tells what is coming
    ("The two-day Lake Data Summit kicks off Monday at the Pine Hall.",
     ("Lake Data Summit", "2025-06-16", "2025-06-17", "Pine Hall")),
    ("The Ridge Robot Fair opens on Saturday at the Bay Hall and runs through Monday.",
     ("Ridge Robot Fair", "2025-06-14", "2025-06-16", "Bay Hall")),
    ("The Ridge Robot Fair opened on Saturday at the Bay Hall.",
     ("Ridge Robot Fair", "2025-06-07", None, "Bay Hall")),
    # a name with its year before a lower-case type word; the show is no venue
    ("A robot greets a child at the Robotworld 2025 trade show in Seoul on Saturday.",
     ("Robotworld 2025", "2025-06-07", None, None)),
    ("Ministers toured the Harbor Transformation Asia 2025 exhibition at the Singapore Expo on June 4.",
     ("Harbor Transformation Asia 2025", "2025-06-04", None, "Singapore Expo")),
    # the range written in a later sentence from the same first day; "till"
    ("Nimbus will open the Data Summit 2025 in Busan on June 20. The Data Summit 2025, a three-day conference "
     "(from June 20 till June 22), is free.", ("Data Summit 2025", "2025-06-20", "2025-06-22", None)),
    # a stretch counted back from the day it ended, or on from the day it opened
    ("Children met robots at the Robo Fair 2025 trade show in Seoul on Saturday. The four-day event concluded "
     "Saturday.", ("Robo Fair 2025", "2025-06-04", "2025-06-07", None)),
    ("The Pine Robotics Fair, a three-day show, opened Tuesday at the Pine Hall.",
     ("Pine Robotics Fair", "2025-06-10", "2025-06-12", "Pine Hall")),
    # a page's date stamp is not the event's date
    ("date 2025-06-01 Acme will hold the Lake Forum on June 20.", ("Lake Forum", "2025-06-20", None, None)),
]


def test_a_year_and_a_type_word_alone_are_no_event() -> None:
    assert extract(Article("t", "In 2019 exhibition numbers rose.", "t.txt", published="2025-06-12", lang="en")).events == ()


@pytest.mark.parametrize("text", [
    "On Monday the firms met at the lab; the Seoul AI Summit followed.",
    "Sunday saw the Seoul AI Summit open, a midday break and a birthday toast.",
])
def test_an_event_name_starts_at_a_word_not_inside_one(text: str) -> None:
    # "Monday", "Sunday", "midday" and "birthday" hold the type word "day"; no name starts inside them
    assert [m.group() for m in _name_pattern().finditer(text)] == ["the Seoul AI Summit"]


def test_a_year_in_the_name_settles_the_date_of_an_undated_article() -> None:
    e, _ = _event("NANO West 2024 was held July 9-11 at the Moscone Center.", published=None)
    assert (e.name, e.start, e.end) == ("NANO West 2024", "2024-07-09", "2024-07-11")


def test_headline_host_and_a_place_that_was_host_to_the_event() -> None:
    e, orgs = _event("SK Group to host Icheon Forum focusing on AI\nThe forum will run from Monday to Wednesday.",
                     published="2025-11-20")
    assert (e.name, e.start, e.end, orgs["organizers"]) == ("Icheon Forum", "2025-11-24", "2025-11-26", ["SK Group"])
    e, _ = _event("The Bay Convention Center was host to the Harbor AI Expo on Tuesday.", published="2025-11-20")
    assert (e.name, e.venue, e.start) == ("Harbor AI Expo", "Bay Convention Center", "2025-11-18")


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_event_name_date_venue(text: str, expected: tuple) -> None:
    e, _ = _event(text, published="2025-06-12")
    assert (e.name, e.start, e.end, e.venue) == expected


ORGS = [
    ("The Lakeside Robotics Expo, organized by the Robotics Guild and sponsored by Acme Corp, opened Monday.",
     {"organizers": ["Robotics Guild"], "co_organizers": [], "sponsors": ["Acme Corp"]}),
    ("The Data Week was co-hosted by the consulates of Norway, Sweden and Finland.",
     {"organizers": [], "co_organizers": ["Norway", "Sweden", "Finland"], "sponsors": []}),
    ("The Data Week, co-presented by the Ridge Institute, opened on Friday.",
     {"organizers": [], "co_organizers": ["Ridge Institute"], "sponsors": []}),
    # a company that plays host holds it; organizers set beside their names; gathering people for a named event
    ("Acme Robotics played host to the Lake AI Forum on June 3.",
     {"organizers": ["Acme Robotics"], "co_organizers": [], "sponsors": []}),
    ("The Lake AI Forum took place on June 3. Organizers of this year's forum, Acme Robotics and Orion Bank, said "
     "300 attended.", {"organizers": ["Acme Robotics", "Orion Bank"], "co_organizers": [], "sponsors": []}),
    ("Acme Robotics brought together 300 engineers for the Lake AI Forum on June 3.",
     {"organizers": ["Acme Robotics"], "co_organizers": [], "sponsors": []}),
    ("Acme Robotics brought 30 engineers to the Lake AI Forum on June 3.",
     {"organizers": [], "co_organizers": [], "sponsors": []}),
    ("Nimbus AI teamed up with Hill University to host the Cloud Summit. Sponsors were Acme and Bolt Works.",
     {"organizers": ["Nimbus AI"], "co_organizers": ["Hill University"], "sponsors": ["Acme", "Bolt Works"]}),
    # the gathering the partner holds it for is no part of the partner's name; a body's own "for the" is (the
    # second and third guards: so before)
    ("Nimbus AI teamed up with Hill University for the Cloud Summit, held June 3 at Reed Hall.",
     {"organizers": ["Nimbus AI"], "co_organizers": ["Hill University"], "sponsors": []}),
    ("The Cloud Summit was held on June 3 in partnership with Pine Robotics at the Lake Forum.",
     {"organizers": [], "co_organizers": ["Pine Robotics"], "sponsors": []}),
    ("The Cloud Summit was held on June 3 in partnership with the Center for the Fourth Industrial Revolution.",
     {"organizers": [], "co_organizers": ["Center for the Fourth Industrial Revolution"], "sponsors": []}),
    ("Organizer: Korea Data Agency\nSponsor: Ministry of Science and ICT\nThe Data Forum 2025 took place Friday.",
     {"organizers": ["Korea Data Agency"], "co_organizers": [], "sponsors": ["Ministry of Science and ICT"]}),
    # an appositive that says the name is an event, and who organized it
    ("Vendors came to Robotworld 2025, a four-day event organized by the Korea Robot Association.",
     {"organizers": ["Korea Robot Association"], "co_organizers": [], "sponsors": []}),
    # ORG (ALIAS) held …; ORG, who are hosting …; …, ORG, organiser of EVENT
    ("The Ministry of Data (MOD) held the Data Forum 2025 on Friday.",
     {"organizers": ["Ministry of Data"], "co_organizers": [], "sponsors": []}),
    ("The Department of Design, who are hosting the Limerick Manufacturing Conference, opened a lab.",
     {"organizers": ["Department of Design"], "co_organizers": [], "sponsors": []}),
    ("Panels will follow, said Jo Tan, director at Reed Shows, organiser of the Lake Expo 2025.",
     {"organizers": ["Reed Shows"], "co_organizers": [], "sponsors": []}),
]


@pytest.mark.parametrize(("text", "expected"), ORGS)
def test_event_organizations(text: str, expected: dict[str, list[str]]) -> None:
    _, orgs = _event(text)
    assert orgs == expected


AFFILIATIONS = [
    # a ministry named by its field in lower case is the organization; a word that names no field is none
    ("Kim Min-su, a director at the science ministry, presented the plan.",
     {"Kim Min-su": ("science ministry", "director")}),
    ("Park Ji-won, a senior official of the trade and industry ministry, presented the plan.",
     {"Park Ji-won": ("trade and industry ministry", "senior official")}),
    ("Lee Sang-hoon, head of the new ministry, presented the plan.", {"Lee Sang-hoon": (None, "head of the new ministry")}),
    # whom an adviser advises is the organization; a post it serves stays in the title
    ("Anne Glover, chief scientific adviser to the Royal Society of Edinburgh, spoke.",
     {"Anne Glover": ("Royal Society of Edinburgh", "chief scientific adviser")}),
    ("Tom Reed, a consultant to Nimbus Labs, and Ana Vale, senior advisor to the CEO of Ridge Robotics, spoke.",
     {"Tom Reed": ("Nimbus Labs", "consultant"), "Ana Vale": ("Ridge Robotics", "senior advisor to the CEO")}),
    # the organization ends where a second title starts; a list's next person is no organization
    ("Yeom Jaeho, President of Hanbit University and Vice Chair of the National AI Committee, spoke.",
     {"Yeom Jaeho": ("Hanbit University", "President")}),
    ("Kwon Seok-jun, Sungkyunkwan University professor, and Baek Min-ho, Chung-Ang University professor, spoke.",
     {"Kwon Seok-jun": ("Sungkyunkwan University", "professor"), "Baek Min-ho": ("Chung-Ang University", "professor")}),
    # a title before the comma whose ORG follows it; an abbreviation inside the organization
    ("Brad Cole, Economic Advisor, Australian Workers Union, and Scott Jenner, director of strategy, "
     "U.S. Department of Commerce, attended.",
     {"Brad Cole": ("Australian Workers Union", "Economic Advisor"),
      "Scott Jenner": ("U.S. Department of Commerce", "director of strategy")}),
    # one person's title is not the next person's (no inverted appositive after a name)
    ("Speakers included Bert Loy, president and CEO of Entera, and Kay Esfar, executive vice president, Intel.",
     {"Bert Loy": ("Entera", "president and CEO"), "Kay Esfar": ("Intel", "executive vice president")}),
    # a named chair is a title
    ("Chris Rahn, J. Lee Everett Professor, opened the session.", {"Chris Rahn": (None, "J. Lee Everett Professor")}),
    # a former post keeps its marker; a portfolio after "for" is part of the title; "and" inside a title
    ("Jane Doe, former Acme CEO, now a professor at Hill University, gave the keynote.",
     {"Jane Doe": ("Acme", "former CEO")}),
    ("Welcome remarks came from The Hon. Martin Pakula, Minister for Industry.",
     {"Martin Pakula": (None, "Minister for Industry")}),
    ("Jane Doe, Systems and Safety Fellow at Acme Robotics, spoke on safety.",
     {"Jane Doe": ("Acme Robotics", "Systems and Safety Fellow")}),
    ("Min-ho Lee, director at Hanbit Labs, moderated the panel.", {"Min-ho Lee": ("Hanbit Labs", "director")}),
    # title, unit, organization: the unit joins the title
    ("Speakers included Arun Rao, Convenor, Machine Tools Panel, Indo Export Council.",
     {"Arun Rao": ("Indo Export Council", "Convenor, Machine Tools Panel")}),
    ("Lena Kurz, Head, Robotics Division, Nordwerk AG, closed the day.",
     {"Lena Kurz": ("Nordwerk AG", "Head, Robotics Division")}),
    # a programme line: title, then the organization with no preposition
    ("Opening session:\nBernd Lieper, President euRobotics aisbl\n", {"Bernd Lieper": ("euRobotics aisbl", "President")}),
    ("Jane Roe, CEO Acme Robotics, spoke.", {"Jane Roe": ("Acme Robotics", "CEO")}),
    # a modifier before the organization in a title written before the name belongs to the title
    ("Emeritus Stanford Professor Jan Rao spoke.", {"Jan Rao": ("Stanford", "Emeritus Professor")}),
    # a hyphenated title head
    ("Zoran Kos, Deputy Director-General in the European Commission, spoke.",
     {"Zoran Kos": ("European Commission", "Deputy Director-General")}),
    ("Ana Vidal, Vice-Chair of the Budget Committee, attended.", {"Ana Vidal": ("Budget Committee", "Vice-Chair")}),
    # NAME of ORG, when the organization says it is one (an organization word in it)
    ("Adele Roy of the Office of the Deputy Assistant Secretary of Defense attended the opening.",
     {"Adele Roy": ("Office of the Deputy Assistant Secretary of Defense", None)}),
    ("Maria Lopez of Hanbit University presented a new gripper.", {"Maria Lopez": ("Hanbit University", None)}),
]


@pytest.mark.parametrize(("text", "expected"), [
    # a full name with no evidence of its own, then its last word described: the full name is a person
    ("Heather Vance will use part of her keynote address to show a robot comedian. "
     "Vance, president of Monrobot Labs, is known for it.",
     {"Heather Vance": ({Role.KEYNOTE}, [("Monrobot Labs", "president")])}),
    ("Tom Reed will moderate the panel. Reed, CEO of Nimbus AI, expects a lively debate.",
     {"Tom Reed": ({Role.MODERATOR}, [("Nimbus AI", "CEO")])}),
    # an organization's last word described later is no person ("Defense, the ministry")
    ("Polaris Defense will show drones. Defense, the ministry's arm, was absent.", {}),
])
def test_a_name_made_a_person_by_its_later_description(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "The Bank of Korea said rates would hold.",
    "Leaders of the Korea Robot Association met in Seoul.",
    "Visitors from Busan of the Korea Robot Association arrived.",
])
def test_of_an_organization_is_no_evidence_alone(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(("text", "expected"), AFFILIATIONS)
def test_affiliation_boundaries(text: str, expected: dict[str, tuple[str | None, str]]) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in expected} == expected


TWO_AFFILIATIONS = [
    # a former and a current affiliation in one appositive, joined by "and now", "who is now" or a comma
    ("Jane Roe, former Acme Robotics CEO and now a professor at Stanford University, spoke at the forum.",
     {"Jane Roe": [("Acme Robotics", "former CEO"), ("Stanford University", "professor")]}),
    ("Tom Baker, a former Google engineer who is now chief scientist at Lumi AI, gave the keynote.",
     {"Tom Baker": [("Google", "former engineer"), ("Lumi AI", "chief scientist")]}),
    ("Speakers included Ana Silva, former CTO of Delta Motors, now a partner at Vega Capital.",
     {"Ana Silva": [("Delta Motors", "former CTO"), ("Vega Capital", "partner")]}),
    # "now" elsewhere is no second affiliation; a person introduced by "now" has one
    ("Ana Silva, CTO of Delta Motors, said the plant is now automated.", {"Ana Silva": [("Delta Motors", "CTO")]}),
    ("Ana Silva, CTO of Delta Motors, and Bo Kim, now a partner at Vega Capital, spoke.",
     {"Ana Silva": [("Delta Motors", "CTO")], "Bo Kim": [("Vega Capital", "partner")]}),
    # two posts held at once, each with its organization, joined by "and": the first is the affiliation
    ("Jane Roe, CTO of Acme and a professor at Ridge University, spoke on the panel.",
     {"Jane Roe": [("Acme", "CTO")]}),
    ("Jane Roe, chief scientist at Acme and an adjunct professor at Ridge University, spoke on the panel.",
     {"Jane Roe": [("Acme", "chief scientist")]}),
    # "and" inside one organization's name or one post is none
    ("Jane Roe, professor of Science and Technology at Ridge University, spoke.",
     {"Jane Roe": [("Ridge University", "professor of Science and Technology")]}),
]


@pytest.mark.parametrize(("text", "expected"), TWO_AFFILIATIONS)
def test_a_former_and_a_current_affiliation(text: str, expected: dict[str, list[tuple[str, str]]]) -> None:
    found = _people(text)
    assert {name: roles_affs[1] for name, roles_affs in found.items()} == expected


PROGRAMME = """Programme of the opening session:

10.30 Welcome Notes

Petra Holm, President Nordic Automation Society

Jonas Berg, Industrial Technologies Unit, Swedish Ministry of Enterprise, Energy and Communications

11.10 Panel Discussion

Sara Lind, Lund University, Department of Economics, Lund

- Oskar Nyberg, CTO, Volvex AB
"""


def test_programme_lines_name_people_with_no_title_word() -> None:
    """A line that opens with a name and goes on in capitalised comma-separated phrases, under a
    header that gives the role; the organization is the phrase with an organization word in it."""
    found = _people(PROGRAMME)
    assert found == {
        "Petra Holm": ({Role.HOST_REP}, [("Nordic Automation Society", "President")]),
        # (a ministry whose portfolio the text lists runs on past its commas)
        "Jonas Berg": ({Role.HOST_REP}, [("Swedish Ministry of Enterprise, Energy and Communications", None)]),
        "Sara Lind": ({Role.PANELIST}, [("Lund University", None)]),
        "Oskar Nyberg": ({Role.PANELIST}, [("Volvex AB", "CTO")]),
    }


@pytest.mark.parametrize("text", [
    "Stockholm, Sweden\nThe fair opened.",                      # a place line is no person
    "Petra Holm, Volvex, Lund, Sweden.\n",                       # a full stop: a sentence, not a programme line
    "Petra Holm, Volvex, has grown fast\n",                      # a lower-case verb phrase
    "Our thanks go to Nordic Automation Society for hosting.",   # words that open an organization's name
])
def test_lines_and_phrases_that_are_not_programme_people(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(("text", "name", "roles"), [
    # a cue word inside the person's own title or organization names no part they play
    ("Binod Rao, Convenor, Machine Tools Panel, Indo Export Council, said exports grew.", "Binod Rao", set()),
    ("Lena Kurz, head of the Panel Division at Nordwerk AG, attended the fair.", "Lena Kurz", {Role.ATTENDEE}),
    ("Lena Kurz, head of robotics at Nordwerk AG, joined the panel.", "Lena Kurz", {Role.PANELIST}),
])
def test_cues_inside_a_persons_own_description(text: str, name: str, roles: set[Role]) -> None:
    assert _people(text)[name][0] - {Role.QUOTED} == roles


WIRE = ('SEOUL, Nov. 20 (Yonhap) -- Hanbit Electronics Co. held its annual Hanbit AI Forum 2025 at its Seoul R&D '
        'campus on Tuesday, bringing together 1,500 experts.\n'
        'Hanbit Electronics Vice Chairman and CEO Han Jong-min delivered the opening remarks, while Yann Lemar, '
        'chief AI scientist at Meta, gave a keynote speech.\n'
        'In a panel discussion moderated by KAIST professor Kim Jae-hoon, participants including Dawn Cloud CEO '
        'Kim Yu-jin and Lumi AI head Bae Kyung-ho discussed the outlook for AI chips.\n'
        '"We need more data," Kim Yu-jin said.\n'
        'The forum was co-hosted by the Korea Advanced Institute of Science and Technology and sponsored by the '
        'Ministry of Science and ICT.\nBy Lee Ji-yoon')


def test_a_wire_story_end_to_end() -> None:
    found = _people(WIRE)
    assert {name: roles for name, (roles, _a) in found.items()} == {
        "Han Jong-min": {Role.HOST_REP}, "Yann Lemar": {Role.KEYNOTE}, "Kim Jae-hoon": {Role.MODERATOR},
        "Kim Yu-jin": {Role.PANELIST, Role.QUOTED}, "Bae Kyung-ho": {Role.PANELIST}, "Lee Ji-yoon": {Role.REPORTER}}
    # KAIST and its full name, both in the story, are one organization (data/org_aliases.tsv), named
    # in an English article by its longest written form
    assert found["Kim Jae-hoon"][1] == [("Korea Advanced Institute of Science and Technology", "professor")]
    e, orgs = _event(WIRE, published="2025-11-20")
    assert (e.name, e.start, e.attendance) == ("Hanbit AI Forum 2025", "2025-11-18", 1500)
    assert orgs == {"organizers": ["Hanbit Electronics Co"],
                    "co_organizers": ["Korea Advanced Institute of Science and Technology"],
                    "sponsors": ["Ministry of Science and ICT"]}


CAMPUS = ("Lakeview University hosts third annual Robotics Symposium\nMarch 12, 2024\n"
          "The College of Engineering at Lakeview University hosted its third annual Robotics Symposium on Friday, "
          "March 8, in the Hartley Student Center.\n"
          "More than 300 students, faculty and industry partners attended the event.\n"
          "Dean Maria Gonzalez welcomed attendees, and Provost James Whitfield delivered opening remarks.\n"
          "The keynote address was given by Dr. Susan Park, vice president of engineering at Orbit Dynamics.\n"
          "A panel on workforce development featured Tom Becker, CEO of Becker Automation; Alicia Moreno, director "
          "of the state Office of Manufacturing; and Raj Patel, associate professor of mechanical engineering.\n"
          "\"Robots will not replace workers; they will change the work,\" Becker said.\n"
          "The symposium was sponsored by Orbit Dynamics and the Lakeview Manufacturing Alliance.")


def test_a_university_news_story_end_to_end() -> None:
    found = _people(CAMPUS)
    assert {name: roles for name, (roles, _a) in found.items()} == {
        "Maria Gonzalez": {Role.HOST_REP}, "James Whitfield": {Role.HOST_REP}, "Susan Park": {Role.KEYNOTE},
        "Tom Becker": {Role.PANELIST, Role.QUOTED}, "Alicia Moreno": {Role.PANELIST}, "Raj Patel": {Role.PANELIST}}
    assert found["James Whitfield"][1] == [(None, "Provost")]
    e, orgs = _event(CAMPUS, published="2024-03-12")
    assert (e.name, e.edition, e.start, e.venue, e.attendance) == (
        "Robotics Symposium", 3, "2024-03-08", "Hartley Student Center", 300)
    assert orgs["sponsors"] == ["Orbit Dynamics", "Lakeview Manufacturing Alliance"]


FAIR = ("Munich, 14 June 2024 – The European Automation Conference (EAC 2024) opened at the ICM Munich with more "
        "than 2,000 visitors.\nOrganized by the VDMA and Messe München, the three-day conference features 120 "
        "speakers.\nIn his opening address, VDMA President Karl Haeusgen called for faster digitalization.\n"
        "Prof. Dr. Anna Weber of the Technical University of Munich chaired the session on AI in production, with "
        "talks by Jens Keller (Siemens) and Maria Rossi (ABB).")


def test_a_trade_fair_report_end_to_end() -> None:
    found = _people(FAIR)
    assert {name: roles for name, (roles, _a) in found.items()} == {
        "Karl Haeusgen": {Role.HOST_REP}, "Anna Weber": {Role.MODERATOR},
        "Jens Keller": {Role.SPEAKER}, "Maria Rossi": {Role.SPEAKER}}
    assert found["Jens Keller"][1] == [("Siemens", None)]
    assert found["Anna Weber"][1] == [("Technical University of Munich", "professor")]  # "Prof." says the post
    e, orgs = _event(FAIR)
    assert (e.name, e.venue, e.attendance) == ("European Automation Conference (EAC 2024)", "ICM Munich", 2000)
    assert orgs["organizers"] == ["VDMA", "Messe München"]


@pytest.mark.parametrize(("text", "organizers"), [
    ("The India Tech Expo was organized by the Ministry of Electronics and Information Technology.",
     ["Ministry of Electronics and Information Technology"]),
    ("The Data Hackathon was organized by the Friends of the Tool Laboratory and the Cyber Lab.",
     ["Friends of the Tool Laboratory", "Cyber Lab"]),
])
def test_and_inside_a_name_and_between_names(text: str, organizers: list[str]) -> None:
    assert _event(text)[1]["organizers"] == organizers


def test_a_portfolio_stays_in_the_title() -> None:
    found = _people('"Manufacturing is at a turning point," said Ahn Duk-geun, minister of trade, industry and energy.')
    assert found["Ahn Duk-geun"][1] == [(None, "minister of trade, industry and energy")]


def test_the_family_name_first_points_back_only_in_context() -> None:
    text = ("Deputy Prime Minister Heng Swee Kim opened the Future Factory Forum. DPM Heng said it matters. "
            "Heng Street is nearby.")
    x = extract(Article("t", text, "t.txt", published="2024-10-15", lang="en"))
    [p] = x.people
    assert [text[m.start:m.end] for m in p.mentions] == ["Heng Swee Kim", "Heng"]


EXPO = ("PM to inaugurate Chip Expo 2026 in Pune\nThe three-day conference will be held from April 29 to May 1 at "
        "the Pune International Centre. Prime Minister Narendra Rao will inaugurate it on Friday.\nIndustry leaders "
        "including Micron CEO Sanjay Mehta, Tata Electronics CEO Randhir Kumar and SEMI president Ajit Manocha will "
        "attend.\nMaharashtra Governor R.N. Ravi was also present. \"The industry must be futuristic,\" said "
        "K. Sundaram, Chairman, Expo Organising Committee.")


def test_initials_a_title_chain_and_a_range_across_months() -> None:
    found = _people(EXPO)
    assert found["Narendra Rao"] == ({Role.OTHER}, [(None, "Prime Minister")])
    assert {name: found[name] for name in ("Sanjay Mehta", "Randhir Kumar", "Ajit Manocha")} == {
        "Sanjay Mehta": ({Role.ATTENDEE}, [("Micron", "CEO")]),
        "Randhir Kumar": ({Role.ATTENDEE}, [("Tata Electronics", "CEO")]),
        "Ajit Manocha": ({Role.ATTENDEE}, [("SEMI", "president")])}
    assert found["R.N. Ravi"][1] == [(None, "Maharashtra Governor")]  # a state's office, as a city's or a country's
    assert found["K. Sundaram"] == ({Role.QUOTED}, [("Expo Organising Committee", "Chairman")])
    e, _ = _event(EXPO, published="2026-04-25")
    assert (e.name, e.start, e.end, e.venue) == ("Chip Expo 2026", "2026-04-29", "2026-05-01", "Pune International Centre")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a stretch counted back from the day it ended, in either order
    ("NANO West 2024 wrapped on July 11 after the three-day conference drew 5,000 people.", None,
     ("2024-07-09", "2024-07-11")),
    ("The four-day Robot Week concluded Saturday at the Lake Hall.", "2019-10-12", ("2019-10-09", "2019-10-12")),
    # a stretch said by the verb of running or lasting, or as a run
    ("The Lake AI Forum opened Tuesday at Reed Hall and will run for three days.", "2026-11-20",
     ("2026-11-17", "2026-11-19")),
    ("The Pine Robot Fair kicks off Tuesday for a two-day run at Reed Hall.", "2026-11-20", ("2026-11-24", "2026-11-25")),
    ("The Lake Data Summit began on June 3 at Reed Hall. It lasts four days.", "2026-06-01", ("2026-06-03", "2026-06-06")),
    # a stretch before a name of more words, its verb of ending far after it
    ("The two-day AI for Smart Manufacturing Summit, organised by the Lake Industry Federation and the Pine Chamber of "
     "Commerce, concluded on Friday.",
     "2026-11-20", ("2026-11-19", "2026-11-20")),
    ("The three-day Lake Robotics and Automation Expo, which drew more than 2,000 visitors from 30 countries to the "
     "city, ended on Friday.",
     "2026-11-20", ("2026-11-18", "2026-11-20")),
    # a date stamp line is no event date; a sentence about the show without a holding verb still dates it
    ("Published : Sept. 4, 2025 - 15:20\nThe Harbor AI Expo, Thursday, Sept. 18, at the Pine Hall.", "2025-09-04",
     ("2025-09-18", None)),
])
def test_event_dates_from_stretches_and_plain_sentences(text: str, published: str | None,
                                                        expected: tuple[str, str | None]) -> None:
    e, _ = _event(text, published=published)
    assert (e.start, e.end) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an owner's possessive before a name: the owner is the organization, the name the person
    ("The closing fireside chat featured Nimbus's Arlo Penn.", {"Arlo Penn": ({Role.SPEAKER}, [("Nimbus", None)])}),
    ("Hanbit Robotics's Dana Kell said demand had doubled.", {"Dana Kell": (set(), [("Hanbit Robotics", None)])}),
    # an occupation written before the name in lower case
    ("The talk was moderated by journalist Rhea Stone.", {"Rhea Stone": ({Role.MODERATOR}, [(None, "journalist")])}),
    ("The keynote came from author Theo Marsh.", {"Theo Marsh": ({Role.KEYNOTE}, [(None, "author")])}),
])
def test_possessive_owner_and_occupation_before_the_name(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "names"), [
    ("By Jane Doe and John Roe\n\nThe Data Forum was held Tuesday.", ["Jane Doe", "John Roe"]),
    ("The Data Forum was held Tuesday.\n\nReporting by Mari Saito; Editing by Tom Hogue", ["Mari Saito"]),
    ("The Data Forum was held Tuesday. Ana Park and Leo Kim contributed to this report.", ["Ana Park", "Leo Kim"]),
    ("The Data Forum was held Tuesday.\nAdditional reporting by Ben Tull", ["Ben Tull"]),
    # after a dash that sets the credit off
    ("The Data Forum was held Tuesday.\n\n\u2014 Reporting by Nora Eckert", ["Nora Eckert"]),
    ("The Data Forum was held Tuesday.\n\n-- Reporting by Nora Eckert; Editing by Tom Hogue", ["Nora Eckert"]),
    # where each wrote from after the name, and additional reporting in lower case after a semicolon
    ("The Data Forum was held Tuesday.\n(Reporting by Tom Reed in Denver; additional reporting by Jo Park in Seoul; "
     "Editing by Mia Holt)", ["Tom Reed", "Jo Park"]),
    ("The Data Forum was held Tuesday.\nReporting by Tom Reed in Denver and Jo Park in Seoul; Editing by Mia Holt",
     ["Tom Reed", "Jo Park"]),
    # a byline in capitals naming two writers; a writer's line and a translator's after "and"; a post's own line
    ("The Data Forum was held Tuesday.\n\nBY KIM HYUN-SOO, PARK JI-WON", ["KIM HYUN-SOO", "PARK JI-WON"]),
    ("The Data Forum was held Tuesday.\n\nWritten by Kim Hyun-soo and translated by Lee Ji-hye.", ["Kim Hyun-soo"]),
    ("The Data Forum was held Tuesday.\n\nKim Hyun-soo\nStaff Reporter", ["Kim Hyun-soo"]),
])
def test_byline_lists(text: str, names: list[str]) -> None:
    assert _people(text) == {n: ({Role.REPORTER}, [(None, "Reporter")]) for n in names}


def test_reported_speech_is_no_quote() -> None:
    """Quoted is for a direct quote: reported speech names no quote, a quote split off by the sentence
    splitter still counts."""
    found = _people("Dana Kell, CEO of Nimbus, said demand had doubled.")
    assert found["Dana Kell"][0] == set()
    found = _people("Dana Kell, CEO of Nimbus, added “demand has doubled. We are hiring.”")
    assert found["Dana Kell"][0] == {Role.QUOTED}
    found = _people("“Demand has doubled,” Nimbus CEO Dana Kell told reporters.")
    assert found["Dana Kell"][0] == {Role.QUOTED}



@pytest.mark.parametrize("text", [
    'Nimbus CEO Dana Kell gave the keynote. "We are only at the beginning," he said.',
    'In her keynote, Nimbus CEO Dana Kell showed a robot. "It learns fast," said she, "and it is cheap."',
])
def test_a_pronoun_quote_goes_to_the_person_named_before(text: str) -> None:
    assert _people(text)["Dana Kell"][0] == {Role.KEYNOTE, Role.QUOTED}


def test_a_pronoun_quote_reaches_back_one_sentence_only() -> None:
    text = 'Nimbus CEO Dana Kell spoke. The hall was full. Lunch was served. "It was fine," he said.'
    assert _people(text)["Dana Kell"][0] == {Role.SPEAKER}


@pytest.mark.parametrize("text", [
    "The Edge Forum 2025 was hosted by Nimbus Labs in partnership with Hill University.",
    "Talks by Nimbus Labs and a demo followed. The Edge Forum 2025 was hosted by Nimbus Labs.",
])
def test_a_host_named_as_an_organization_is_no_person(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    # the event's own name after "at" is not its venue; the place after it is
    ("Makers showed robots at the Lake Robot Exhibition, which opened Tuesday at Pine Big Hall.",
     ("Lake Robot Exhibition", "Pine Big Hall")),
    ("Engineers met at the Harbor AI Summit 2025, held at the Ridge Center on Tuesday.",
     ("Harbor AI Summit 2025", "Ridge Center")),
])
def test_the_event_is_not_its_own_venue(text: str, expected: tuple[str, str]) -> None:
    e, _ = _event(text)
    assert (e.name, e.venue) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a name does not run across a line break, nor take the weekday or preposition before it
    ("By Jane Doe\nThe AI Factory Forum was held Tuesday.", "AI Factory Forum"),
    ("Executives gathered on Wednesday for the 2025 Smart Yard Forum.", "2025 Smart Yard Forum"),
    ("Executives gathered Wednesday at the Smart Yard Forum in Busan.", "Smart Yard Forum"),
])
def test_event_name_boundaries(text: str, name: str) -> None:
    e, _ = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "name"), [
    # a headline's name with its city and the body's with its year: one event, named with the year
    ("Startups pitch at Robot Summit Lisbon\n\nTen startups took the stage at Robot Summit 2026 in Lisbon last week.",
     "Robot Summit 2026"),
    ("Startups pitch at Robot Summit 2026\n\nTen startups took the stage at Robot Summit Lisbon last week.",
     "Robot Summit 2026"),
    # a place that is part of the name stays in it
    ("AI Expo Korea 2026 opens\n\nAI Expo Korea opened on Monday at Coex.", "AI Expo Korea 2026"),
])
def test_a_name_written_with_its_city_and_with_its_year(text: str, name: str) -> None:
    e, _ = _event(text, published="2026-12-01")
    assert e.name == name


def test_a_country_that_launches_an_event_is_no_organizer() -> None:
    e, orgs = _event("SEOUL, Dec. 1 (Yonhap) -- South Korea on Monday launched the K-Chip Forum, the ministry said.\n"
                     "The Korea Robot Association hosted the Robot Day on Monday.", published="2026-12-01")
    assert orgs["organizers"] == ["Korea Robot Association"]


def test_co_organized_by_a_and_b_gives_each() -> None:
    _, orgs = _event("The Lake Robot Show is co-organized by the Robot Guild and Daily Works Press.")
    assert orgs["co_organizers"] == ["Robot Guild", "Daily Works Press"]


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause that says what the person leads
    ("Choi Da-eun, who heads the school's Vision Systems Laboratory, opened the symposium.",
     {"Choi Da-eun": ({Role.HOST_REP}, [("Vision Systems Laboratory", None)])}),
    ("Omar Haddad, who founded Zeta Labs, spoke on edge chips.", {"Omar Haddad": ({Role.SPEAKER}, [("Zeta Labs", None)])}),
    # a Korean family name and hyphenated given name "of" an organization, a brand in lower case
    ("The panel brought together Han Ji-woo of SK hynix and Bae Min-seo of Nimbus.",
     {"Han Ji-woo": ({Role.PANELIST}, [("SK hynix", None)]), "Bae Min-seo": ({Role.PANELIST}, [("Nimbus", None)])}),
    # a month that is a given name after a title or an honorific
    ("Zeta AI founder June Paik and Dr. April Ross spoke.",
     {"June Paik": ({Role.SPEAKER}, [("Zeta AI", "founder")]), "April Ross": ({Role.SPEAKER}, [])}),
])
def test_relative_clauses_korean_names_and_given_months(text: str, expected: dict) -> None:
    assert _people(text) == expected


def test_a_month_alone_is_no_name() -> None:
    assert _people("In June Paik Hall opened. The May Forum was held.") == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Panel: Scaling AI\nPanelists: Tom Becker (Siemens), Aiko Tanaka (Omron)\n",
     {"Tom Becker": ({Role.PANELIST}, [("Siemens", None)]), "Aiko Tanaka": ({Role.PANELIST}, [("Omron", None)])}),
    ("- Speakers: Lena Kurz (Nordwerk AG) and Arun Rao (Indo Tools)\n",
     {"Lena Kurz": ({Role.SPEAKER}, [("Nordwerk AG", None)]), "Arun Rao": ({Role.SPEAKER}, [("Indo Tools", None)])}),
])
def test_a_role_header_with_its_list_on_the_same_line(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "The Lake AI Forum was held on Wednesday.\n\nAbout 200 people attended.\n\nTom Reed, head of the Nimbus lab, "
    "said that AI matters.\n",
    "The Lake AI Forum was held on Wednesday.\n\nAround 150 guests were present.\n\nTom Reed, CTO of Nimbus Labs, "
    "said that data matters.\n",
])
def test_a_short_sentence_of_its_own_is_no_list_header(text: str) -> None:
    assert Role.ATTENDEE not in _people(text)["Tom Reed"][0]


def test_a_header_that_names_no_role_gives_no_people() -> None:
    assert _people("Sponsors: Tom Becker (Siemens), Aiko Tanaka (Omron)\n") == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hill University held the Data Forum 2025 on Friday with support from the Ministry of Data.",
     {"organizers": ["Hill University"], "co_organizers": [], "sponsors": ["Ministry of Data"]}),
    ("The Data Forum 2025 was held Friday with the financial backing of Acme Corp and Bolt Works.",
     {"organizers": [], "co_organizers": [], "sponsors": ["Acme Corp", "Bolt Works"]}),
])
def test_support_from_names_a_sponsor(text: str, expected: dict) -> None:
    _, orgs = _event(text)
    assert orgs == expected


def test_an_organizer_named_twice_is_listed_once() -> None:
    _, orgs = _event("Hanbit Institute of Science (HIS) held the Data Forum 2025 on Friday.\nHIS hosts the forum yearly.")
    assert orgs["organizers"] == ["Hanbit Institute of Science"]


@pytest.mark.parametrize(("text", "role"), [
    ("Among the honorees was Ayla Ward, dean of engineering at Hill University.", Role.OTHER),
    ("Guild President Jo Park presented the awards.", Role.OTHER),
    # handing over a prize of any kind is no presentation
    ("Guild President Jo Park presented the grand prize to a team from Hill University.", Role.OTHER),
    ("Guild President Jo Park handed a commemorative plaque to the winners.", Role.OTHER),
    ("Guild President Jo Park gave certificates to the finalists.", Role.OTHER),
])
def test_award_honorees_and_presenters(text: str, role: Role) -> None:
    assert [roles for roles, _affs in _people(text).values()] == [{role}]


@pytest.mark.parametrize(("text", "expected"), [
    # a plural's possessive and a lower-case brand before the title
    ("Hanbit Electronics' President Kyung Da-on gave a talk.", {"Kyung Da-on": ("Hanbit Electronics", "President")}),
    ("Nimbus Systems' CTO Ana Park spoke.", {"Ana Park": ("Nimbus Systems", "CTO")}),
    ("HB hynix CEO Kwak Do-yun gave a talk.", {"Kwak Do-yun": ("HB hynix", "CEO")}),
    ("Later, KT cloud Vice President Jo Min-ah spoke.", {"Jo Min-ah": ("KT cloud", "Vice President")}),
    # a verb "to be" after capitals is no brand's word (the second a guard: so before)
    ("The Lake AI Forum's MC was broadcaster Kate Russell.", {"Kate Russell": (None, "broadcaster")}),
    ("Its host is PBS anchor Tom Reed.", {"Tom Reed": ("PBS", "anchor")}),
])
def test_possessives_and_brands_before_a_title(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in expected} == expected


@pytest.mark.parametrize(("text", "name"), [
    ("By Park Ji-won (jwpark@example.com)\nThe Data Forum was held Tuesday.", "Park Ji-won"),
    ("By Ana Stone jwstone@example.com\nThe Data Forum was held Tuesday.", "Ana Stone"),
])
def test_a_byline_with_an_address(text: str, name: str) -> None:
    assert _people(text)[name][0] == {Role.REPORTER}


@pytest.mark.parametrize(("text", "name"), [
    # the line that closes a report by naming its writer
    ("The Lake AI Forum was held on Monday at Hanbit Hall.\n\nTom Reed is a staff writer at the Lake Times.", "Tom Reed"),
    ("The Lake AI Forum was held on Monday at Hanbit Hall.\n\nJo Park is a senior correspondent for Lake News.",
     "Jo Park"),
])
def test_a_closing_tagline_names_the_reporter(text: str, name: str) -> None:
    assert _people(text)[name][0] == {Role.REPORTER}


def test_a_writer_who_speaks_at_the_event_is_no_reporter() -> None:
    found = _people("Tom Reed is a staff writer at the Lake Times. He spoke at the Lake AI Forum on Monday about robots. "
                    "The forum drew 300 people. Most were engineers. Some were students.")
    assert found["Tom Reed"][0] == {Role.SPEAKER}



@pytest.mark.parametrize("text", [
    'Kim Jung-ho, a professor at Hill University, spoke. "The chip war is a talent war," said Kim.',
    'Kim Jung-ho, a professor at Hill University, spoke. "The chip war is a talent war," Kim said.',
])
def test_a_quote_by_the_short_form_of_a_name(text: str) -> None:
    assert _people(text)["Kim Jung-ho"][0] == {Role.SPEAKER, Role.QUOTED}


@pytest.mark.parametrize("text", [
    # a quote attributed to a title that stands for the one person named earlier with it
    'Industry Minister Ana Vale attended the forum. "AI is the future of factories," the minister said.',
    'Nimbus Labs CEO Ana Vale gave the keynote. "Data is everything," said the CEO.',
])
def test_a_quote_by_the_title_of_the_one_person_with_it(text: str) -> None:
    assert Role.QUOTED in _people("The Lake AI Forum was held on Monday. " + text)["Ana Vale"][0]


def test_a_title_two_people_hold_attributes_no_quote() -> None:
    found = _people('The Lake AI Forum was held on Monday. Nimbus Labs CEO Ana Vale and Orion Bank CEO Tom Reed spoke. '
                    '"Data is everything," the CEO said.')
    assert Role.QUOTED not in found["Ana Vale"][0] | found["Tom Reed"][0]



@pytest.mark.parametrize(("text", "full"), [
    # a family name first: the honorific's one word is the name's first
    ("Deputy Prime Minister Tan Wei Ming opened the Lake AI Forum. Speaking at the ceremony, Mr Tan said AI matters.",
     "Tan Wei Ming"),
    ("Lim Hock Seng, chairman of the Nimbus Guild, spoke at the forum. \"Data is the bottleneck,\" said Mr. Lim.",
     "Lim Hock Seng"),
    # initials before a name: the name without them
    ("Guild president K.R. Arun Kumar attended the forum. Addressing the gathering, Mr. Arun Kumar said AI matters.",
     "K.R. Arun Kumar"),
    ("M. Devi Priya, director of the Nimbus Institute, spoke at the forum. Ms. Devi Priya said data matters.",
     "M. Devi Priya"),
])
def test_an_honorific_and_part_of_a_name_point_to_the_full_name(text: str, full: str) -> None:
    found = _people(text)
    assert list(found) == [full] and Role.SPEAKER in found[full][0]



@pytest.mark.parametrize(("text", "expected"), [
    # a curated name with commas inside is one organization; other lists split at commas
    ("The Data Expo 2025 is sponsored by the Ministry of Trade, Industry and Energy.",
     ["Ministry of Trade, Industry and Energy"]),
    ("The Data Expo 2025 is sponsored by the Ministry of Culture, Sports and Tourism, Acme and Bolt.",
     ["Ministry of Culture, Sports and Tourism", "Acme", "Bolt"]),
    ("The Data Expo 2025 is sponsored by the Ministry of Science, Nimbus, Bolt and Acme.",
     ["Ministry of Science", "Nimbus", "Bolt", "Acme"]),
])
def test_names_with_commas_in_a_list(text: str, expected: list[str]) -> None:
    _, orgs = _event(text)
    assert orgs["sponsors"] == expected


def test_a_venue_written_as_an_acronym() -> None:
    e, _ = _event("The Daegu Mobility Expo 2025 kicked off Wednesday at EXCO in Daegu.")
    assert (e.venue, e.city) == ("EXCO", "Daegu")


@pytest.mark.parametrize(("text", "venue"), [
    # a venue's name in camel case, its lower-case initial before a capital
    ("The Lake AI Forum was held at the aT Center in Seoul on November 20.", "aT Center"),
    ("The Lake AI Forum was held at iPark Hall in Seoul on November 20.", "iPark Hall"),
])
def test_a_venue_named_in_camel_case(text: str, venue: str) -> None:
    e, _ = _event(text)
    assert (e.venue, e.city) == (venue, "Seoul")


@pytest.mark.parametrize(("text", "venue"), [
    # an owner in lower case before the place's name: the place
    ("Professor Ana Vale delivered the annual Lake Lecture on Thursday at the university's Engineering Hall.",
     "Engineering Hall"),
    ("The Lake AI Forum was held on Thursday in the company's Pine Auditorium.", "Pine Auditorium"),
    # (guards, as before) an owner named in capitals is the place's name's first part; no owner
    ("The Lake AI Forum was held on Thursday at Hanbit University's Engineering Hall.",
     "Hanbit University's Engineering Hall"),
    ("The Lake AI Forum was held on Thursday at the Pine Auditorium.", "Pine Auditorium"),
])
def test_a_venue_after_an_owner_in_lower_case(text: str, venue: str) -> None:
    e, _ = _event(text)
    assert e.venue == venue


@pytest.mark.parametrize(("text", "venue"), [
    # one capitalised word after "at the" in the sentence that holds the event: a place named so
    ("More than 500 people attended the Lake Smart Industry Conference at the Evoluon on Thursday.", "Evoluon"),
    ("The Lake AI Forum was held at the Kursaal on Thursday.", "Kursaal"),
    # (guards, as before) a body's word, a gathering's word or a common word after "at the" is no place
    ("The Lake AI Forum was held at the Ministry on Thursday.", None),
    ("The Lake AI Forum was held on Thursday, and speakers at the Summit agreed.", None),
    # ... nor one a lower-case noun follows, a company's thing named by its owner
    ("The Lake AI Expo opened on Monday. Visitors lined up at the Samsung booth during the expo.", None),
    ("Ana Vale spoke at the Nimbus keynote during the Lake AI Expo on Monday.", None),
])
def test_a_venue_of_one_word_after_at_the(text: str, venue: str | None) -> None:
    e, _ = _event(text)
    assert e.venue == venue


@pytest.mark.parametrize("sentence", [
    # a title and a name before the comma are another person's, no inverted title of the name after it
    "The panel, chaired by Professor Ana Vale of Ridge University, Tom Reed (Orbis) and Mia Holt (Pine Capital) "
    "discussed agents.",
    # (a guard: so before, the honorific no head)
    "In the panel chaired by Dr. Ana Vale of Ridge University, Tom Reed (Orbis) and Mia Holt (Pine Capital) "
    "discussed agents.",
])
def test_a_title_and_name_before_a_comma_are_no_inverted_title(sentence: str) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + sentence)
    assert found["Tom Reed"][1] == [("Orbis", None)] and [o for o, _t in found["Ana Vale"][1]] == ["Ridge University"]


@pytest.mark.parametrize(("text", "expected"), [
    # a lower-case word between title words; a legal form with its full stop before the title
    ("Talks came from Ridge Motor Co. chief data officer Jon Lamb.", {"Jon Lamb": ("Ridge Motor Co", "chief data officer")}),
    ("Acme Inc. chief product officer Ida Roe spoke.", {"Ida Roe": ("Acme Inc", "chief product officer")}),
    # lower-case words after "of" are still the title, up to the named organization
    ('"It works," said Jo Keller, chairman of the managing board of Nord Messe.',
     {"Jo Keller": ("Nord Messe", "chairman of the managing board")}),
    ("Ana Dell, head of the research division at Hill University, spoke.",
     {"Ana Dell": ("Hill University", "head of the research division")}),
    # "NAME of the ORG" when a legal form says it is an organization
    ("The panel was moderated by Sara Hart of the Lake Development Corp.", {"Sara Hart": ("Lake Development Corp", None)}),
])
def test_titles_with_inner_words_and_legal_forms(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in expected} == expected


@pytest.mark.parametrize("text", [
    "The fair closed on Friday, organizer Nord Messe AG said.",
    "University hosts robotics day\nThe Robot Day 2025 took place Friday.",
])
def test_organizations_are_no_people_and_common_words_no_organizations(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    assert [p.name for p in x.people] == []
    assert "University" not in [o.name for o in x.organizations]


def test_an_organizer_without_a_comma_and_an_event_named_by_its_appositive() -> None:
    e, orgs = _event("Nord Messe, the world's leading industrial trade fair, closed on Friday, organizer Nord Fairs AG said.")
    assert (e.name, orgs["organizers"]) == ("Nord Messe", ["Nord Fairs AG"])


def test_a_person_is_no_organization_of_the_event() -> None:
    _, orgs = _event("Chancellor Ola Berg opened the Nord Fair 2025 on Sunday together with Prime Minister Jan Tull.")
    assert orgs == {"organizers": [], "co_organizers": [], "sponsors": []}


def test_nationality_before_a_title_is_no_organization() -> None:
    # no organization; the nationality stays in the title as written
    assert _people("Canadian Prime Minister Jan Tull attended.")["Jan Tull"][1] == [(None, "Canadian Prime Minister")]


@pytest.mark.parametrize(("text", "expected"), [
    # "keynote speakers" is the keynote, not a talk
    ("Keynote speakers included Ada Moss, CTO at Nimbus, and Ben Hale, president of Ridge Labs.",
     {"Ada Moss": Role.KEYNOTE, "Ben Hale": Role.KEYNOTE}),
    # a cue that led to one person does not reach the people a new verb introduces; a panel is the frame
    ("A panel on safety, moderated by editor Jo Crowe, featured Nimbus CEO Ada Moss and Ben Hale, CTO at Ridge.",
     {"Jo Crowe": Role.MODERATOR, "Ada Moss": Role.PANELIST, "Ben Hale": Role.PANELIST}),
    ("The panel, chaired by Jo Crowe of Ridge Labs, included Ada Moss, CEO of Nimbus.",
     {"Jo Crowe": Role.MODERATOR, "Ada Moss": Role.PANELIST}),
    # two moderators in one list keep the cue
    ("The session was moderated by Jo Crowe, editor at Ridge News, and Ada Moss, CEO of Nimbus.",
     {"Jo Crowe": Role.MODERATOR, "Ada Moss": Role.MODERATOR}),
])
def test_keynote_speakers_and_cues_a_new_verb_ends(text: str, expected: dict[str, Role]) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in expected} == {name: {role} for name, role in expected.items()}


@pytest.mark.parametrize(("text", "expected"), [
    # a month and day with no year ahead of publication when the sentence looks ahead
    ("The Ridge Association will hold the Data Conference 2025 at COEX from Nov. 12 to 14.",
     ("Data Conference 2025", "2025-11-12", "2025-11-14", ["Ridge Association"])),
    ("The Ridge Association (RA) will hold the Lake Data Forum on Nov. 12.",
     ("Lake Data Forum", "2025-11-12", None, ["Ridge Association"])),
    # "& Expo" joins the name
    ("The Robotics Summit & Expo returned on April 30, organizer Ridge Media said.",
     ("Robotics Summit & Expo", "2025-04-30", None, ["Ridge Media"])),
])
def test_future_dates_will_hold_and_joined_type_words(text: str, expected: tuple) -> None:
    e, orgs = _event(text, published="2025-05-02")
    assert (e.name, e.start, e.end, orgs["organizers"]) == expected


def test_a_person_named_by_surname_is_no_organizer() -> None:
    _, orgs = _event("Dan Vale, the keynote speaker, spoke at the Lake Data Forum 2025. Vale, who hold a doctorate, "
                     "writes novels.")
    assert orgs["organizers"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # what only a person does at an event is evidence enough for a name
    ("The Lake Data Forum was held on Tuesday. Jane Roe delivered the keynote.", {"Jane Roe": {Role.KEYNOTE}}),
    ("The Lake Data Forum was held on Tuesday. Amazon Robotics' Tye Brady spoke on warehouses.",
     {"Tye Brady": {Role.SPEAKER}}),
    ("Editors Ana Park and Leo Kim moderated sessions on day one and day two.",
     {"Ana Park": {Role.MODERATOR}, "Leo Kim": {Role.MODERATOR}}),
])
def test_speaking_is_evidence_of_a_person(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in expected} == expected


@pytest.mark.parametrize("text", [
    "Nimbus Labs presented a new gripper at the Lake Data Forum.",
    "Ridge Robotics launched its humanoid on Tuesday.",
])
def test_what_a_company_does_is_no_evidence_of_a_person(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    # a list of "Name (Org)" items after a cue: every item, however the items are joined
    ("The panel, moderated by Ana Vale (Ridge University), featured Raj Iyer (Delta Motors), Eva Stein (Orbit Labs) "
     "and Min Cho (Hanbit Steel).",
     {"Ana Vale": {Role.MODERATOR}, "Raj Iyer": {Role.PANELIST}, "Eva Stein": {Role.PANELIST},
      "Min Cho": {Role.PANELIST}}),
    ("Talks by Jens Keller (Siemens); Aiko Tanaka (Omron); and Paul Roy (Nimbus Labs) closed the day.",
     {"Jens Keller": {Role.SPEAKER}, "Aiko Tanaka": {Role.SPEAKER}, "Paul Roy": {Role.SPEAKER}}),
])
def test_a_list_of_names_with_their_organizations_in_parentheses(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in expected} == expected
    assert all(found[name][1][0][0] for name in expected)  # each with the organization in its parentheses


@pytest.mark.parametrize(("text", "role"), [
    # a passive talk noun leads to the name after "by"
    ("The keynote address was delivered by Prof. Martin Keller of ETH Zurich.", Role.KEYNOTE),
    ("The opening speech was given by Dr. Martin Keller, who runs a robotics lab.", Role.HOST_REP),
    # a witness's testimony at a hearing is a talk; the chair who opens it speaks for the host
    ("Testifying before the committee were Martin Keller, president of the Ridge Institute, and others.",
     Role.SPEAKER),
    ("Martin Keller, president of the Ridge Institute, testified on Tuesday.", Role.SPEAKER),
    ("Committee Chair Martin Keller opened the hearing with a question.", Role.HOST_REP),
    # opening speeches or addresses given by two, each as the host's representative
    ("Lake Ministry hosted the Lake AI Forum. Lake Minister Martin Keller and Ana Vale delivered opening speeches.",
     Role.HOST_REP),
    ("Lake Corp hosted the Lake AI Forum. Martin Keller, CEO of Lake Corp, and Ana Vale gave opening addresses.",
     Role.HOST_REP),
])
def test_passive_talks_testimony_and_opening_a_hearing(text: str, role: Role) -> None:
    assert role in _people(text)["Martin Keller"][0]


@pytest.mark.parametrize("text", [
    "The School of Computing at Northfield University hosted a workshop on trustworthy AI on March 3.",
    "The Department of Robotics at the Ridge Institute of Technology held a workshop on March 3.",
])
def test_a_unit_at_its_university_is_the_host_not_the_venue(text: str) -> None:
    e, orgs = _event(text)
    assert e.venue is None
    [host] = orgs["organizers"]
    assert host.startswith(("School of Computing at", "Department of Robotics at"))


@pytest.mark.parametrize(("text", "name", "expected"), [
    # capitalised words before a lower-case title head are the organization
    ("LG AI Research head Bae Kyung-hoon gave a talk.", "Bae Kyung-hoon", ("LG AI Research", "head")),
    ("Ridge Data Lab director Ana Vale gave a talk.", "Ana Vale", ("Ridge Data Lab", "director")),
    # an acronym between lower-case title words belongs to the title
    ("Kakao's chief AI officer Kim Byung-hak spoke on Tuesday.", "Kim Byung-hak", ("Kakao", "chief AI officer")),
    ("Delta Motors chief HR officer Ana Vale spoke on Tuesday.", "Ana Vale", ("Delta Motors", "chief HR officer")),
])
def test_lower_case_title_after_the_organization(text: str, name: str, expected: tuple) -> None:
    assert _people(text)[name][1][0] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a well-known organization ending in a word that may open a title ("Research") keeps that word
    ("Samsung Research Executive Vice President Ana Vale spoke at the forum.", "Ana Vale",
     ("Samsung Research", "Executive Vice President")),
    ("LG AI Research President Tom Reed gave the keynote.", "Tom Reed", ("LG AI Research", "President")),
    ("Lam Research Chief Executive Ana Vale gave a keynote.", "Ana Vale", ("Lam Research", "Chief Executive")),
    # (guards, passed before: an organization no list knows leaves the word to the title)
    ("Ridge Corp Research Director Ana Vale spoke at the forum.", "Ana Vale", ("Ridge Corp", "Research Director")),
])
def test_a_known_organization_keeps_its_last_word_before_a_title(text: str, name: str, expected: tuple) -> None:
    assert _people(text)[name][1][0] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a title owned by an organization, then the name as an appositive
    ("Acme's vice president of engineering, Priya Nair, will present on a panel.", "Priya Nair",
     ("Acme", "vice president of engineering")),
    ("Ridge Robotics Inc. said on Monday that its chief executive officer, John Carter, will speak.", "John Carter",
     ("Ridge Robotics Inc", "chief executive officer")),
    ("The Nimbus Institute announced that its director, Ana Vale, will speak at the forum.", "Ana Vale",
     ("Nimbus Institute", "director")),
    # a country owns no organization
    ("Australia’s Chief Scientist, Dr Ana Vale AO, delivered the keynote.", "Ana Vale", (None, "Chief Scientist")),
])
def test_owned_title_before_an_appositive_name(text: str, name: str, expected: tuple) -> None:
    assert _people(text)[name][1][0] == expected


@pytest.mark.parametrize("text", [
    "Kim Hae-yoon (hykim@heraldcorp.com)",
    "Kim Hae-yoon <hykim@heraldcorp.com>",
    "Kim Hae-yoon hykim@heraldcorp.com",
])
def test_a_closing_line_with_a_name_and_an_address_is_the_byline(text: str) -> None:
    found = _people("The Lake Data Forum was held on Tuesday at COEX.\n\n" + text)
    assert found["Kim Hae-yoon"][0] == {Role.REPORTER}


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised name with its year, then a clause that says it takes place
    ("Acme will exhibit at Automate Asia 2026, taking place June 9-11 at KINTEX.",
     ("Automate Asia 2026", "2026-06-09", "2026-06-11")),
    ("SEOUL, May 20, 2026 /PRNewswire/ -- Acme will speak at Robo Expo Seoul 2026, which runs June 9-11 at COEX.",
     ("Robo Expo Seoul 2026", "2026-06-09", "2026-06-11")),
])
def test_a_named_year_event_that_takes_place_and_a_wire_dateline(text: str, expected: tuple) -> None:
    e, _ = _event(text, published="2026-05-20")
    assert (e.name, e.start, e.end) == expected


@pytest.mark.parametrize("text", [
    "Prof. Yoon Ji-ho gave the first lecture, followed by Park Min-ji, a senior engineer at Hyundai Robotics.",
    "The first presentation, followed by Park Min-ji of Hyundai Robotics, drew questions.",
])
def test_followed_by_takes_the_role_before(text: str) -> None:
    assert Role.SPEAKER in _people(text)["Park Min-ji"][0]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Among the speakers were Mark Diaz, Acme Motion's chief technology officer.", "Mark Diaz",
     ("Acme Motion", "chief technology officer")),
    ("She was joined by Tom Hardy, Bosch’s head of manufacturing AI.", "Tom Hardy", ("Bosch", "head of manufacturing AI")),
    # a generic owner names no organization, but the title stands
    ("The company's chief business officer, Lee Ji-won, also attended.", "Lee Ji-won",
     (None, "chief business officer")),
    ("The university's vice president for research, Ana Vale, also attended.", "Ana Vale",
     (None, "vice president for research")),
])
def test_possessive_organizations_before_a_title(text: str, name: str, expected: tuple) -> None:
    assert _people(text)[name][1][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a talk's title in quotes is no quote, and the cue before it still reaches the name
    ('In a keynote titled "Robots That Learn on the Job," Kim Ara argued that factories should pool their data.',
     {Role.KEYNOTE}),
    ("Kim Ara gave a talk on “Why Factories Learn,” the first of the day.", {Role.SPEAKER}),
])
def test_a_quoted_talk_title_is_no_quote(text: str, expected: set) -> None:
    assert _people(text)["Kim Ara"][0] == expected


@pytest.mark.parametrize(("text", "names"), [
    ("Also speaking were Elena Petrova and Jorge Ramirez.", ["Elena Petrova", "Jorge Ramirez"]),
    ("Other speakers included Elena Petrova, Jorge Ramirez and Aiko Tanaka.",
     ["Elena Petrova", "Jorge Ramirez", "Aiko Tanaka"]),
    ("She was joined on stage by Elena Petrova.", ["Elena Petrova"]),
    ("Elena Petrova took the stage after lunch.", ["Elena Petrova"]),
    # an adverb that opens the sentence is no part of the name after it
    ("Then Elena Petrova took the stage.", ["Elena Petrova"]),
    ("Later Jorge Ramirez spoke about robots.", ["Jorge Ramirez"]),
    # (... though a name may end in a word that is an adverb too)
    ("Other speakers included Kok Ping Soon and Lim Boon Heng.", ["Kok Ping Soon", "Lim Boon Heng"]),
    # a time or a state between the part's plural and its verb (the second a guard: so before)
    ("Speakers so far are Elena Petrova (Lake Corp) and Jorge Ramirez (Pine Labs).", ["Elena Petrova", "Jorge Ramirez"]),
    ("Speakers this year include Elena Petrova and Jorge Ramirez.", ["Elena Petrova", "Jorge Ramirez"]),
])
def test_bare_names_after_a_speaking_cue(text: str, names: list) -> None:
    found = _people(text)
    assert {n: found[n][0] for n in names} == {n: {Role.SPEAKER} for n in names}


@pytest.mark.parametrize("line", [
    "Yoo Jae-hoon, Korea JoongAng Daily",
    "Story by Yoo Jae-hoon, Midwest State News",
    # a dash before the label
    "- Written by Yoo Jae-hoon, Head of Marketing",
    "— By Yoo Jae-hoon, Midwest State News",
])
def test_a_closing_name_and_outlet_is_the_byline(line: str) -> None:
    found = _people("The Lake Data Forum was held on Tuesday at COEX.\n\n" + line)
    assert found["Yoo Jae-hoon"] == ({Role.REPORTER}, [(None, "Reporter")])


@pytest.mark.parametrize(("text", "roles"), [
    # (the one whose team won first place has a winner's part too)
    ('A team led by senior Maya Johnson won first place. "We learned a lot," Johnson said.', {Role.QUOTED, Role.OTHER}),
    # (the prize going to her team makes her one of its winners, as winning first place does)
    ('The prize went to a team led by Maya Johnson. "We learned a lot," said Johnson.', {Role.QUOTED, Role.OTHER}),
])
def test_a_full_name_becomes_a_person_when_its_surname_is_quoted(text: str, roles: set) -> None:
    assert _people(text)["Maya Johnson"][0] == roles


@pytest.mark.parametrize("text", [
    "The hackathon was run by the university's Industrial Engineering Department on March 3.",
    "The hackathon, put on by the college’s Industrial Engineering Department, opened on March 3.",
])
def test_run_by_a_unit_of_the_university(text: str) -> None:
    _, orgs = _event(text)
    assert orgs["organizers"] == ["Industrial Engineering Department"]


@pytest.mark.parametrize(("text", "expected"), [
    # a one-word name that an organizer is said to hold; a day it runs through is its end, not its start
    ("Jensen Huang spoke at Computex on Monday. Computex, organized by the Taiwan External Trade Development "
     "Council, runs through Friday at the Nangang Exhibition Center.",
     ("Computex", "2025-06-09", ["Taiwan External Trade Development Council"])),
    ("Robotica Nord, hosted by the Nordic Robot Society, opened on June 3 and runs until Friday.",
     ("Robotica Nord", "2025-06-03", ["Nordic Robot Society"])),
])
def test_an_organized_name_and_a_day_it_runs_through(text: str, expected: tuple) -> None:
    e, orgs = _event(text, published="2025-06-10")
    assert (e.name, e.start, orgs["organizers"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The congress is hosted by the China Association for Science and Technology and the Jiangsu government.",
     ["China Association for Science and Technology", "Jiangsu"]),
    ("The Lake Fair was held on May 2, organized by the Council for Trade and Industry, Ridge Media and the Lake Institute.",
     ["Council for Trade and Industry", "Ridge Media", "Lake Institute"]),
])
def test_and_inside_a_name_with_for(text: str, expected: list) -> None:
    _, orgs = _event(text)
    assert orgs["organizers"] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a lower-case "head of portfolio" title before the name, owned by the organization before it
    ("GM's vice president of manufacturing engineering Dana Ross gave a keynote.", "Dana Ross",
     ("GM", "vice president of manufacturing engineering")),
    ("Ford's director of digital operations Mark Hill spoke on Tuesday.", "Mark Hill",
     ("Ford", "director of digital operations")),
    ("Acme Robotics head of research Ana Vale spoke on Tuesday.", "Ana Vale", ("Acme Robotics", "head of research")),
])
def test_a_lower_case_title_with_a_portfolio_before_the_name(text: str, name: str, expected: tuple) -> None:
    assert _people(text)[name][1][0] == expected


@pytest.mark.parametrize("text", [
    "The Ministry of Trade, Industry and Energy held the launch ceremony in Seoul on Thursday.",
    "Earlier, the Ministry of Trade, Industry and Energy hosted the Data Forum 2025 on Thursday.",
])
def test_a_known_name_with_a_comma_holds_the_event(text: str) -> None:
    _, orgs = _event(text)
    assert orgs["organizers"] == ["Ministry of Trade, Industry and Energy"]


@pytest.mark.parametrize("text", [
    "Following the ceremony, a seminar was held at COEX on Friday.",
    "After the conference, a dinner was held at COEX on Friday.",
])
def test_a_leading_preposition_and_a_type_word_are_no_name(text: str) -> None:
    e, _ = _event(text)
    assert e.name is None


@pytest.mark.parametrize("text", [
    "The Lake Forum was held Tuesday. The panel featured Yoon Mi-ra, director at the Ridge Business Institute.",
    "The Lake Forum was held Tuesday and featured Yoon Mi-ra, a professor at Hanbit University.",
    # an adjective in -ed inside the post is no verb
    "The Lake Forum was held Tuesday. The panel featured Jo Lin, director of advanced manufacturing policy at the "
    "Ridge Department of Commerce.",
    "The Lake Forum was held Tuesday and featured Jo Lin, head of applied AI research at the Orion Research Center.",
])
def test_where_a_person_works_is_no_venue(text: str) -> None:
    e, _ = _event(text)
    assert e.venue is None


@pytest.mark.parametrize(("text", "name", "org"), [
    ("The session closed with a presentation from Naver Cloud's Lee Sang-jun on sovereign AI.", "Lee Sang-jun",
     "Naver Cloud"),
    ("The day ended with talks by Ridge Robotics’ Ana Vale and Lake Data's Tom Reed.", "Tom Reed", "Lake Data"),
])
def test_an_owner_before_a_name_is_no_person(text: str, name: str, org: str) -> None:
    found = _people(text)
    assert found[name][1][0][0] == org and Role.SPEAKER in found[name][0]
    assert org not in found


@pytest.mark.parametrize("text", [
    "John Whitaker Jr., chief operating officer of Great Lakes Castings, opened the day.",
    "John A. Whitaker Jr. (pictured), chief operating officer of Great Lakes Castings, opened the day.",
])
def test_a_generational_suffix_with_its_full_stop(text: str) -> None:
    # (the suffix that tells a father from a son is part of the name as written)
    [(name, (_roles, affiliations))] = _people(text).items()
    assert name in ("John Whitaker Jr.", "John A. Whitaker Jr.")
    assert affiliations == [("Great Lakes Castings", "chief operating officer")]


@pytest.mark.parametrize(("text", "expected"), [
    ("According to Maria Santos, who serves as director of the Lake Center at Wayne State University, data lags.",
     ("Wayne State University", "director of the Lake Center")),
    ("Roland Busch, the company's chief executive, presented an AI agent.", (None, "chief executive")),
])
def test_relative_clauses_and_generic_owners_in_a_title_after_the_name(text: str, expected: tuple) -> None:
    [(_roles, [affiliation])] = _people(text).values()
    assert affiliation == expected


def test_an_honorific_with_a_surname_is_the_person_named_in_full() -> None:
    found = _people('Maria Santos, a professor at Wayne State University, spoke. "Data lags," Ms. Santos said.')
    assert set(found) == {"Maria Santos"} and Role.QUOTED in found["Maria Santos"][0]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Smart Manufacturing Summit returned to Huntington Place on Tuesday.",
     ("Smart Manufacturing Summit", "Huntington Place")),
    ("AI dominated the opening day of Hannover Messe 2026 on Monday, April 20.", ("Hannover Messe 2026", None)),
    ("Robots filled the halls on the first day of Automatica 2026 in Munich.", ("Automatica 2026", None)),
    # days of a gathering, named in the plural
    ("The Lakeside AI Days took place on the first day of the month at Pine Hall.", ("Lakeside AI Days", "Pine Hall")),
    ("Nimbus hosted the Ridge Tech Days 2026 on Tuesday at Ridge Hall.", ("Ridge Tech Days 2026", "Ridge Hall")),
    # the name in apposition after an owner's biggest gathering, a brand's lower-case start kept
    ("TOKYO -- Japan's largest robotics trade show, iREX 2025, kicked off at Tokyo Big Sight.",
     ("iREX 2025", "Tokyo Big Sight")),
    ("Nimbus's annual developer conference, Nimbus Build, drew 5,000 people to Pine Hall.", ("Nimbus Build", "Pine Hall")),
    # a sentence opened with a named year event as its setting
    ("HANOVER, Germany -- At Hannover Messe 2026, Orbis CEO Roland Becker unveiled a copilot.",
     ("Hannover Messe 2026", None)),
    ("The robot drew crowds. During Ridge Robotik 2026 in Munich, Orbis showed its arm.", ("Ridge Robotik 2026", None)),
])
def test_returned_to_a_venue_and_the_day_of_a_named_year_event(text: str, expected: tuple) -> None:
    e, _ = _event(text, published="2026-04-22")
    assert (e.name, e.venue) == expected


def test_a_broadcast_medium_or_a_place_is_no_organization_but_part_of_the_title() -> None:
    assert _people("The emcee, local TV anchor Rachel Greene, introduced each session.")["Rachel Greene"][1] == \
        [(None, "TV anchor")]
    assert _people("The opening drew Chicago Mayor Rahm Emanuel.")["Rahm Emanuel"][1] == [(None, "Chicago Mayor")]
    assert _people("Chicago Mayor Rahm Emanuel attended.")["Rahm Emanuel"][1] == [(None, "Chicago Mayor")]


@pytest.mark.parametrize("text", [
    "The summit opened with remarks by Dan Vale. Shortly after Vale's opening remarks, iRobot founder Ana Kim showed "
    "two film clips.",
    "Dan Vale, CEO of Ridge Media, welcomed the guests. Following Vale's welcome remarks, Nimbus founder Ana Kim "
    "showed a robot.",
])
def test_a_cue_owned_by_another_persons_possessive_is_not_the_next_names(text: str) -> None:
    found = _people(text)
    assert Role.HOST_REP in found["Dan Vale"][0] and Role.HOST_REP not in found["Ana Kim"][0]


@pytest.mark.parametrize(("text", "role"), [
    ("Editors Peter Roberts and Brent Balinski moderated sessions on day one and day two.", Role.MODERATOR),
    ("Peter Roberts, Ana Vale and Brent Balinski spoke on the first day.", Role.SPEAKER),
])
def test_a_list_of_names_before_the_verb_that_says_they_spoke(text: str, role: Role) -> None:
    found = _people(text)
    assert found and all(roles == {role} for roles, _a in found.values()) and "Peter Roberts" in found


@pytest.mark.parametrize("text", [
    "SK hynix CEO Kwak Noh-jung will open the first day of the event, speaking on the impact of AI on industry.",
    "Ridge Labs CEO Ana Vale welcomed the guests, talking about the year ahead.",
])
def test_a_participle_of_talking_adds_a_talk(text: str) -> None:
    [(roles, _a)] = _people(text).values()
    assert {Role.HOST_REP, Role.SPEAKER} <= roles


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a place in the photo between the name and the title
    ("Lee Kwang-hyung, left, president of the Korea Advanced Institute of Science and Technology (KAIST), speaks.",
     "Lee Kwang-hyung", ("Korea Advanced Institute of Science and Technology", "president")),
    ("Ana Vale, second from right, CEO of Ridge Labs, poses with guests.", "Ana Vale", ("Ridge Labs", "CEO")),
    # "head of lower-case portfolio for ORG"; a capitalised portfolio after "Minister for" is the title
    ("Andrew Fairbanks, general manager of federal services for IBM Americas, gave the keynote.", "Andrew Fairbanks",
     ("IBM Americas", "general manager of federal services")),
    ("The Hon. Martin Pakula, Minister for Jobs, Innovation and Trade, spoke.", "Martin Pakula",
     (None, "Minister for Jobs, Innovation and Trade")),
    # a word between the owner and the title; a spelled-out title in parentheses
    ("Other panelists include SK Corporation's outside director Yoon Chi-won.", "Yoon Chi-won",
     ("SK Corporation", "outside director")),
    # (and after a plural's possessive)
    ("Other keynote speakers included Samsung Electronics' semiconductor chief Jun Young-hyun.", "Jun Young-hyun",
     ("Samsung Electronics", "semiconductor chief")),
    # (guard, as before) a field word and a head of two words after a plural's possessive
    ("Lake Robotics' research director Ana Vale spoke next.", "Ana Vale", ("Lake Robotics", "research director")),
    ("Kim Youngok, CAIO (Chief AI Officer) at HD Hyundai AI Center, took part.", "Kim Youngok",
     ("HD Hyundai AI Center", "CAIO (Chief AI Officer)")),
])
def test_more_title_and_organization_shapes(text: str, name: str, expected: tuple) -> None:
    assert _people(text)[name][1] == [expected]


@pytest.mark.parametrize("credit", ["Korea Times photo by Lee Han-ho", "Ridge Daily photo: Lee Han-ho"])
def test_a_photo_credit_names_the_outlet(credit: str) -> None:
    found = _people(f"Ana Vale, CEO of Ridge Labs, speaks at the Lake Forum.\n{credit}")
    assert found["Lee Han-ho"] == ({Role.REPORTER}, [(credit.split(" photo")[0], "Photographer")])


def test_two_forms_of_one_organization_are_one_affiliation() -> None:
    x = extract(Article("t", "Lee Min-ho, president of the Korea Advanced Institute of Science and Technology (KAIST), "
                             "spoke. Lee Min-ho, the president of KAIST, said the forum mattered.", "t.txt",
                        published="2025-06-10", lang="en"))
    [p] = x.people
    assert len(p.affiliations) == 1


@pytest.mark.parametrize("text", [
    '"HBM will remain the bottleneck," Samsung Electronics Vice Chairman Jun Young-hyun said in a keynote speech.',
    "Jun Young-hyun, vice chairman of Samsung Electronics, spoke on Jun. 5.",
])
def test_jun_is_a_korean_family_name_before_a_hyphenated_given_name(text: str) -> None:
    assert set(_people(text)) == {"Jun Young-hyun"}


@pytest.mark.parametrize(("text", "published", "start"), [
    ("SK hynix showcased next-generation memory at the Chip Forum 2026, held Wednesday at COEX.", "2026-06-11",
     "2026-06-10"),
    ("The Chip Forum 2026 opens next Wednesday at COEX.", "2026-06-11", "2026-06-17"),
])
def test_next_generation_does_not_look_ahead(text: str, published: str, start: str) -> None:
    e, _ = _event(text, published=published)
    assert e.start == start


@pytest.mark.parametrize("text", [
    "Also on the speaker lineup were Nvidia's Ian Buck, who joined via video link, and Arm CEO Rene Haas.",
    "Speakers included Ian Buck of Nvidia, who dialed in from California, and Rene Haas of Arm.",
])
def test_another_persons_relative_clause_does_not_block_a_cue(text: str) -> None:
    assert Role.SPEAKER in _people(text)["Rene Haas"][0]


def test_a_name_line_with_the_address_on_the_next_line_is_the_byline() -> None:
    found = _people("The Chip Forum 2026 was held Wednesday at COEX.\n\nChoi Ha-yeon\n(hayeon@koreaherald.com)")
    assert found["Choi Ha-yeon"][0] == {Role.REPORTER}


@pytest.mark.parametrize("text", [
    "Speakers included Ian Buck of Nvidia and Rene Haas of Arm.",
    "The speaker lineup featured Ian Buck of Nvidia, who dialed in from California, and Rene Haas of Arm.",
])
def test_name_of_org_items_after_a_cue(text: str) -> None:
    found = _people(text)
    assert {n: found[n][1] for n in ("Ian Buck", "Rene Haas")} == {"Ian Buck": [("Nvidia", None)],
                                                                   "Rene Haas": [("Arm", None)]}
    assert all(Role.SPEAKER in found[n][0] or Role.PANELIST in found[n][0] for n in ("Ian Buck", "Rene Haas"))


@pytest.mark.parametrize("text", [
    "Ridge Robotics will exhibit at FABTECH 2026 in booth B1234 at McCormick Place, Sept. 8-10.",
    "Visitors to FABTECH 2026 at McCormick Place can see the cell on Sept. 8.",
])
def test_the_venue_of_a_sentence_that_names_the_event(text: str) -> None:
    e, _ = _event(text, published="2026-09-02")
    assert (e.name, e.venue) == ("FABTECH 2026", "McCormick Place")


@pytest.mark.parametrize("contact", ["Media contact:\nJordan Blake\njordan.blake@ridge.com",
                                     "Press inquiries:\nJordan Blake (jordan.blake@ridge.com)"])
def test_a_press_contact_is_no_byline(contact: str) -> None:
    assert "Jordan Blake" not in _people("Ridge Robotics will exhibit at FABTECH 2026 on Sept. 8.\n\n" + contact)


@pytest.mark.parametrize(("text", "expected"), [
    # a list of subjects of a holding verb
    ("The Lake AI Forum opened on May 3. The Ridge Institute and Nimbus Labs co-hosted the event.",
     {"co_organizers": ["Ridge Institute", "Nimbus Labs"]}),
    ("The Lake AI Forum was held on May 3. Ridge Media, Nimbus Labs and the Lake Institute organized the forum.",
     {"organizers": ["Ridge Media", "Nimbus Labs", "Lake Institute"]}),
    # the event's owner
    ("The Ridge Institute's annual Lake AI Forum was held on May 3 at COEX.", {"organizers": ["Ridge Institute"]}),
    ("The Lake AI Forum, an annual event of the Ridge Institute, was held on May 3.",
     {"organizers": ["Ridge Institute"]}),
    ("The Lake AI Forum - an initiative of the Ridge Institute - was held on May 3.", {"organizers": ["Ridge Institute"]}),
    ("The Lake AI Forum — an annual event of the Ridge Institute — was held on May 3.",
     {"organizers": ["Ridge Institute"]}),
    # a holding verb in the progressive, and staging one
    ("The Ridge Institute is holding the Lake AI Forum on May 3 at COEX.", {"organizers": ["Ridge Institute"]}),
    ("The Ridge Institute will stage the Lake AI Forum on May 3 at COEX.", {"organizers": ["Ridge Institute"]}),
    # the body that announces a gathering, closing the sentence that names it (not a person, not one that said it)
    ("The Lake AI Forum returns to COEX on May 3, the Ridge Institute announced.", {"organizers": ["Ridge Institute"]}),
    ("Registration for the Lake AI Forum opens on May 1, Ridge Institute announced on Tuesday.",
     {"organizers": ["Ridge Institute"]}),
    ("The Lake AI Forum on May 3 drew 2,000 visitors, Tom Reed announced.", {"organizers": []}),
    ("The Lake AI Forum on May 3 drew 2,000 visitors, the Ridge Institute said.", {"organizers": []}),
    # (a guard: the stage one takes is no verb of holding)
    ("The Lake AI Forum opened on May 3. Taking the stage first, Tom Reed spoke.", {"organizers": []}),
    # ... not the owner of the body whose gathering it is, nor a place's
    ("The Lake AI Forum, the annual gathering of Denmark's robotics cluster, was held on May 3.", {"organizers": []}),
    ("The Lake AI Forum, the annual gathering of Nimbus Labs' partners, was held on May 3.", {"organizers": []}),
    # a lead phrase is no organization
    ("In Seoul, Ridge Media and Nimbus Labs held the Lake AI Forum on May 3.",
     {"organizers": ["Ridge Media", "Nimbus Labs"]}),
])
def test_subject_lists_and_owners_hold_the_event(text: str, expected: dict) -> None:
    _, orgs = _event(text, published="2026-05-05")
    assert {role: orgs[role] for role in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Ana Vale gave a talk titled "Robots at Work," while Tom Reed discussed supply chains.',
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    ("Ana Vale, Tom Reed and Mia Cho served as judges.",
     {"Ana Vale": {Role.OTHER}, "Tom Reed": {Role.OTHER}, "Mia Cho": {Role.OTHER}}),
    ("The session was moderated by Ana Vale, with panelists Tom Reed and Mia Cho.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.PANELIST}, "Mia Cho": {Role.PANELIST}}),
    ("Ana Vale, who chaired the session, praised the speakers.", {"Ana Vale": {Role.MODERATOR}}),
    ("Dr. Ana Vale, a research fellow with the Lake Institute, led a workshop on robot safety.",
     {"Ana Vale": {Role.SPEAKER}}),
    ("Professor Ana Vale from Ridge University gave the opening talk.", {"Ana Vale": {Role.SPEAKER}}),
])
def test_more_evidence_that_bare_names_spoke(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: roles for name, (roles, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a minister's capitalised portfolio before the name
    ("Minister of Science and ICT Bae Kyung-hoon opened the conference on Monday.", "Bae Kyung-hoon",
     (None, "Minister of Science and ICT")),
    ("First Vice Minister of Trade Koo Hyuk-chae also attended.", "Koo Hyuk-chae", (None, "First Vice Minister of Trade")),
    # a committee's name with commas inside, ending in "and … Committee"
    ("Rep. Choi Min-hee, chair of the Assembly's Science, ICT, Broadcasting and Communications Committee, attended.",
     "Choi Min-hee", ("Assembly's Science, ICT, Broadcasting and Communications Committee", "chair")),
    ("Ana Vale, CEO of Ridge Labs, Nimbus and Lake Institute, spoke.", "Ana Vale", ("Ridge Labs", "CEO")),
])
def test_capitalised_portfolios_and_names_with_commas(text: str, name: str, expected: tuple) -> None:
    assert _people(text)[name][1] == [expected]


def test_a_run_that_reaches_into_the_next_list_item_is_no_organization() -> None:
    _, orgs = _event("The AI Korea 2026 conference was co-hosted by the Ministry of Science and ICT and the National "
                     "IT Industry Promotion Agency (NIPA) on Monday.")
    assert orgs["co_organizers"] == ["Ministry of Science and ICT", "National IT Industry Promotion Agency"]


@pytest.mark.parametrize(("text", "role"), [
    ("Ana Vale, CEO of Ridge Labs, addressed the forum on Tuesday.", Role.SPEAKER),
    ("In a speech at the event, Ana Vale, CEO of Ridge Labs, said data matters.", Role.SPEAKER),
    ("Ana Vale, CEO of Ridge Labs, told the audience that data matters.", Role.SPEAKER),
    ('"Data matters," Ana Vale, CEO of Ridge Labs, told the forum.', Role.SPEAKER),
    ("Ana Vale, CEO of Ridge Labs, headlined the event.", Role.KEYNOTE),
])
def test_addressing_and_telling_the_audience_are_talks(text: str, role: Role) -> None:
    assert role in _people(text)["Ana Vale"][0]


def test_a_fireside_chat_with_a_bare_name() -> None:
    found = _people("Ana Vale, CEO of Ridge Labs, hosted a fireside chat with Tom Reed of Nimbus.")
    assert found["Tom Reed"] == ({Role.SPEAKER}, [("Nimbus", None)])


@pytest.mark.parametrize(("text", "name", "expected"), [
    # particles inside a name
    ("Speakers included Jan van der Berg, CTO of Delta Systems.", "Jan van der Berg", ("Delta Systems", "CTO")),
    ("Speakers included Maria de la Cruz, a professor at the University of Madrid.", "Maria de la Cruz",
     ("University of Madrid", "professor")),
    # a name of an organization that then speaks: the person speaks, the organization does not
    ("Jean-Pierre Dubois of Schneider Electric moderated the panel.", "Jean-Pierre Dubois",
     ("Schneider Electric", None)),
    ("Aiko Tanaka from Omron spoke about cobots.", "Aiko Tanaka", ("Omron", None)),
])
def test_name_particles_and_a_name_of_an_organization_that_speaks(text: str, name: str, expected: tuple) -> None:
    found = _people(text)
    assert set(found) == {name} and found[name][1] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # one word names the event when the appositive says it is one; the name written most often wins
    ("Automatica 2026: Munich fair focuses on AI\n\nAutomatica, the leading trade fair for robotics, opened on Tuesday "
     "at Messe München. The fair runs until Friday.", ("Automatica", "2026-06-16", "2026-06-19", "Messe München")),
    ("Robotica, the largest robotics show in the region, opened on Tuesday at Lake Hall. The show runs through Thursday.",
     ("Robotica", "2026-06-16", "2026-06-18", "Lake Hall")),
])
def test_a_one_word_event_and_the_day_it_runs_until(text: str, expected: tuple) -> None:
    e, _ = _event(text, published="2026-06-20")
    assert (e.name, e.start, e.end, e.venue) == expected


def test_a_city_that_hosts_is_no_organizer_and_the_proper_form_of_a_name_wins() -> None:
    e, orgs = _event("Bengaluru hosts Industry 5.0 summit\n\nThe two-day Industry 5.0 Summit concluded here on "
                     "Saturday. The summit was organised by the Confederation of Indian Industry.", published="2026-06-20")
    assert e.name == "Industry 5.0 Summit" and orgs["organizers"] == ["Confederation of Indian Industry"]


def test_an_organization_title_and_name_make_one_list_item() -> None:
    found = _people("Among the speakers were Tata Elxsi MD Manoj Raghavan, Bosch India's Guruprasad Mudlapur and "
                    "IISc professor Amaresh Chakrabarti.")
    assert {n: roles for n, (roles, _a) in found.items()} == {
        "Manoj Raghavan": {Role.SPEAKER}, "Guruprasad Mudlapur": {Role.SPEAKER}, "Amaresh Chakrabarti": {Role.SPEAKER}}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Lake AI Forum was held on May 3. The event was put together by the Ridge Institute.",
     {"organizers": ["Ridge Institute"]}),
    ("The Lake AI Forum was held on May 3, hosted jointly by the Ridge Institute and Nimbus Labs.",
     {"organizers": ["Ridge Institute", "Nimbus Labs"]}),
    ("The Ridge Institute was the organizer of the Lake AI Forum, held on May 3.", {"organizers": ["Ridge Institute"]}),
    ("The Lake AI Forum was held on May 3, backed by Samsung Electronics and LG Electronics.",
     {"sponsors": ["Samsung Electronics", "LG Electronics"]}),
    ("The Lake AI Forum, held on May 3, was sponsored jointly by Samsung Electronics and LG Electronics.",
     {"sponsors": ["Samsung Electronics", "LG Electronics"]}),
])
def test_more_ways_to_name_organizers_and_sponsors(text: str, expected: dict) -> None:
    _, orgs = _event(text, published="2026-05-05")
    assert {role: orgs[role] for role in expected} == expected


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Kim Yu-won and Lim Woo-hyung discussed sovereign AI. They were joined by Lee Kyung-jun, a professor at "
     "Korea University.", "Lee Kyung-jun", Role.SPEAKER),
    ("Ana Vale, CEO of Ridge Labs, and Tom Reed, CTO of Nimbus, sat on the panel. They were later joined by "
     "Mia Cho, a researcher at the Lake Institute.", "Mia Cho", Role.PANELIST),
])
def test_joined_by_takes_the_part_of_the_sentence_before(text: str, name: str, role: Role) -> None:
    assert _people(text)[name][0] == {role}


@pytest.mark.parametrize("second", [
    "Dr. Lena Fischer, CTO of Vireo Systems, and Paul Okafor, VP of operations at Delta Fabrication, followed.",
    "Lena Fischer, CTO of Vireo Systems, spoke next.",
])
def test_those_who_followed_take_the_part_of_the_sentence_before(second: str) -> None:
    found = _people("John Whitaker, COO of Great Lakes Castings, opened the day with a talk on maintenance. " + second)
    assert found["Lena Fischer"][0] == {Role.SPEAKER}


# --- fifth round: constructions found in invented articles -------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    # a capitalised type word with its topic after on / for / of
    ("The university hosted its third annual Symposium on AI in Manufacturing on March 3.",
     "Symposium on AI in Manufacturing"),
    ("Hanbit will host the 2026 International Conference on Factory Robotics from Nov. 18 to 20.",
     "2026 International Conference on Factory Robotics"),
    ("Delegates met at the Summit for Responsible Industrial AI on Tuesday.", "Summit for Responsible Industrial AI"),
    # a place before "for" is where people gather, not part of the name
    ("Engineers gather in Denver for Smart Plant Summit\nThe Smart Plant Summit opened Monday.", "Smart Plant Summit"),
    ("Leaders head to Lyon for Robot Vision Forum\nThe two-day Robot Vision Forum began on Tuesday.", "Robot Vision Forum"),
])
def test_event_names_with_a_topic_and_no_place_before(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "role", "expected"), [
    # "the <field> and <words> <head noun>" is one name; a list of two names still splits
    ("The forum was held on June 3, sponsored by the Engineering and Physical Sciences Research Council.", "sponsors",
     ["Engineering and Physical Sciences Research Council"]),
    ("The event, held on June 3, is sponsored by the Food and Drug Administration and Nimbus Labs.", "sponsors",
     ["Food and Drug Administration", "Nimbus Labs"]),
    ("The expo was held on June 3, co-organized by the Robot Guild and Daily Works Press.", "co_organizers",
     ["Robot Guild", "Daily Works Press"]),
    # one list ends where the next cue begins
    ("The workshop was held on June 3, sponsored by Acme Robotics and supported by Make Works.", "sponsors",
     ["Acme Robotics", "Make Works"]),
    ("The symposium was hosted by the Ridge Institute and sponsored by Nimbus Labs.", "sponsors", ["Nimbus Labs"]),
])
def test_organization_lists_end_at_the_next_cue_and_keep_inner_and(text: str, role: str, expected: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs[role] == expected


@pytest.mark.parametrize(("text", "organizers"), [
    ("Samsung hosts AI Forum 2026\nSamsung Electronics hosted the Samsung AI Forum 2026 on Tuesday.",
     ["Samsung Electronics"]),
    ("Hanbit to host robotics expo\nHanbit Robotics Co. will host the Hanbit Robot Expo on June 20.", ["Hanbit Robotics Co"]),
])
def test_a_one_word_organizer_that_opens_a_longer_one_is_its_short_form(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "co_organizers"), [
    ("The forum was co-hosted by Rep. Kim Min-seok and Rep. Choi Yoon-ah.", []),
    ("The seminar, co-hosted by Rep. Lee Jae-won, opened on Monday.", []),
    # (nor is a party cut off at a lawmaker's style: no name ends in one)
    ("The forum was co-hosted by Democratic Party Rep. Kim Hyun and People Power Party Rep. Choi Hyung-du.", []),
])
def test_people_who_host_are_no_organizations(text: str, co_organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["co_organizers"] == co_organizers


PEOPLE_ROUND5 = [
    # a relative clause that says where the person works: the organization after "at"
    ("Dr. Samuel Okafor, who leads the robotics group at the Hanbit Technology Centre, presented new results.",
     {"Samuel Okafor": ({Role.SPEAKER}, [("Hanbit Technology Centre", None)])}),
    ("Maria Lopez, who heads AI research at Siemens, spoke about digital twins.",
     {"Maria Lopez": ({Role.SPEAKER}, [("Siemens", None)])}),
    # an organization ends at a relative pronoun
    ("Jane Roe, a researcher at Acme Robotics who led the project, presented the results.",
     {"Jane Roe": ({Role.SPEAKER}, [("Acme Robotics", "researcher")])}),
    ("\"It is a hub,\" said Kim Jin-sook, a professor at Hanbit University which hosts the lab.",
     {"Kim Jin-sook": ({Role.QUOTED}, [("Hanbit University", "professor")])}),
    # "ORG and ORG TITLE NAME": the first organization ends where the second person's begins
    ("The forum was co-hosted by Rep. Kim Min-seok of the Democratic Party and People Power Party Rep. Choi Yoon-ah.",
     {"Kim Min-seok": ({Role.HOST_REP}, [("Democratic Party", "Rep.")]),
      "Choi Yoon-ah": ({Role.HOST_REP}, [("People Power Party", "Rep.")])}),  # the hosts speak for themselves
    ("Jane Roe of the Hanbit Institute and Nimbus Labs CEO Tom Reed spoke.",
     {"Jane Roe": ({Role.SPEAKER}, [("Hanbit Institute", None)]), "Tom Reed": ({Role.SPEAKER}, [("Nimbus Labs", "CEO")])}),
    # an office written as an abbreviation with its party before it
    ("Democratic Party Rep. Kim Min-seok spoke first.", {"Kim Min-seok": ({Role.SPEAKER}, [("Democratic Party", "Rep.")])}),
    # participants including …: attendees
    ("The event drew some 300 participants, including Hanbit Association Chairman Kwak Dong-shin.",
     {"Kwak Dong-shin": ({Role.ATTENDEE}, [("Hanbit Association", "Chairman")])}),
    ("About 200 guests, including Jane Roe, CEO of Acme, and Tom Reed, CTO of Nimbus, were present.",
     {"Jane Roe": ({Role.ATTENDEE}, [("Acme", "CEO")]), "Tom Reed": ({Role.ATTENDEE}, [("Nimbus", "CTO")])}),
    # two verb phrases joined by "and": both parts
    ("Trade Minister Park Ji-hoon attended the forum and delivered congratulatory remarks.",
     {"Park Ji-hoon": ({Role.ATTENDEE, Role.OTHER}, [(None, "Trade Minister")])}),
    # a long object between (the gathering, its place and its day)
    ("Trade Minister Park Ji-hoon attended the opening ceremony of the AI Chip Week at COEX in southern Seoul on "
     "Monday and delivered a congratulatory speech.",
     {"Park Ji-hoon": ({Role.ATTENDEE, Role.OTHER}, [(None, "Trade Minister")])}),
    ("Hanbit CEO Jane Roe welcomed the guests and later spoke about factory AI.",
     {"Jane Roe": ({Role.HOST_REP, Role.SPEAKER}, [("Hanbit", "CEO")])}),
    # "shared" as an adjective says nobody spoke; as the verb it does
    ("According to Ruth Allen, director of research at Rolls-Royce, the industry needs shared data standards.",
     {"Ruth Allen": (set(), [("Rolls-Royce", "director of research")])}),
    ("Ruth Allen, director of research at Rolls-Royce, shared problems seen in the field.",
     {"Ruth Allen": ({Role.SPEAKER}, [("Rolls-Royce", "director of research")])}),
    ("The keynote and the panel were chaired by Yeom Jae-ho, President of Taejae University.",
     {"Yeom Jae-ho": ({Role.MODERATOR}, [("Taejae University", "President")])}),
    # an owner's name joined to another participant
    ("A fireside chat between Ben Carter, managing editor of IndustryWeek, and Nvidia's Raj Patel closed the day.",
     {"Ben Carter": ({Role.SPEAKER}, [("IndustryWeek", "managing editor")]), "Raj Patel": ({Role.SPEAKER}, [("Nvidia", None)])}),
    ("The closing session paired Jane Roe, CEO of Acme, with Hanbit's Lee Min-ho.",
     {"Lee Min-ho": ({Role.SPEAKER}, [("Hanbit", None)])}),
    # the chat coming next, its people after it
    ("A fireside chat followed between Ben Carter, managing editor of IndustryWeek, and Ana Vale, CEO of Acme.",
     {"Ben Carter": ({Role.SPEAKER}, [("IndustryWeek", "managing editor")]), "Ana Vale": ({Role.SPEAKER}, [("Acme", "CEO")])}),
    # (a guard: "with" after the verb already took the people)
    ("After lunch, a conversation followed with Ben Carter of IndustryWeek and Ana Vale of Acme.",
     {"Ben Carter": ({Role.SPEAKER}, [("IndustryWeek", None)]), "Ana Vale": ({Role.SPEAKER}, [("Acme", None)])}),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_ROUND5)
def test_people_fifth_round(text: str, expected: dict) -> None:
    found = _people(text)
    assert {n: found[n] for n in expected if n in found} == expected


PEOPLE_ROUND5_B = [
    # "NAME, lower-case title at ORG, and NAME of ORG" after a cue: the second item is in the cue's list
    ("Judges included Kang Min-ji, partner at Kakao Ventures, and Peter Olsen of SoftBank Ventures Asia.",
     {"Kang Min-ji": ({Role.OTHER}, [("Kakao Ventures", "partner")]), "Peter Olsen": ({Role.OTHER}, [("SoftBank Ventures Asia", None)])}),
    ("Speakers included Jane Roe, director of research at Acme, and Tom Reed of Nimbus Robotics.",
     {"Jane Roe": ({Role.SPEAKER}, [("Acme", "director of research")]), "Tom Reed": ({Role.SPEAKER}, [("Nimbus Robotics", None)])}),
    # a minister's portfolio with commas, then a Korean name
    ("Vice Minister of Trade, Industry and Energy Park Sung-taek also attended.",
     {"Park Sung-taek": ({Role.ATTENDEE}, [(None, "Vice Minister of Trade, Industry and Energy")])}),
    ("Minister of Science, Technology and Innovation Jane Roe spoke at the forum.",
     {"Jane Roe": ({Role.SPEAKER}, [(None, "Minister of Science, Technology and Innovation")])}),
    # an envoy "to" a country
    ("British Ambassador to Korea Colin Crooks delivered opening remarks.",
     {"Colin Crooks": ({Role.HOST_REP}, [(None, "British Ambassador to Korea")])}),
    ("Ambassador to Japan Eva Lindqvist attended the forum.",
     {"Eva Lindqvist": ({Role.ATTENDEE}, [(None, "Ambassador to Japan")])}),
    # ... to a country named with "the" and with words of its own, before a name of either kind
    ("Ambassador to the Netherlands Choi Hyung-chan attended the forum.",
     {"Choi Hyung-chan": ({Role.ATTENDEE}, [(None, "Ambassador to the Netherlands")])}),
    ("Special Envoy to the United Kingdom Eva Lindqvist attended the forum.",
     {"Eva Lindqvist": ({Role.ATTENDEE}, [(None, "Special Envoy to the United Kingdom")])}),
    ("Ambassador to the United Nations Linda Thomas spoke at the forum.",
     {"Linda Thomas": ({Role.SPEAKER}, [(None, "Ambassador to the United Nations")])}),
    # a country's adjective before a post is whose country it serves, no organization
    ("The forum was attended by Choi Hyung-chan, Korean ambassador to the Netherlands.",
     {"Choi Hyung-chan": ({Role.ATTENDEE}, [(None, "Korean ambassador to the Netherlands")])}),
    ("Tom Reed, a British trade envoy, spoke at the forum.",
     {"Tom Reed": ({Role.SPEAKER}, [(None, "British trade envoy")])}),
    # (guards: a company named with a country's adjective or a place word is still one)
    ("Ana Vale, Korean Air vice president, spoke at the forum.",
     {"Ana Vale": ({Role.SPEAKER}, [("Korean Air", "vice president")])}),
    ("United Rentals CEO Ana Vale spoke at the forum.", {"Ana Vale": ({Role.SPEAKER}, [("United Rentals", "CEO")])}),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_ROUND5_B)
def test_people_fifth_round_lists_portfolios_envoys(text: str, expected: dict) -> None:
    found = _people(text)
    assert {n: found[n] for n in expected if n in found} == expected


@pytest.mark.parametrize(("text", "organizers"), [
    ("The forum, jointly organized by the British Embassy in Seoul and the Hanbit Institute, was held on Monday.",
     ["British Embassy in Seoul", "Hanbit Institute"]),
    ("The seminar was held on June 3, organized by the Korean Cultural Centre in London, and the Ridge Institute.",
     ["Korean Cultural Centre in London", "Ridge Institute"]),
])
def test_an_organization_keeps_its_seat_in_a_list(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "name"), [
    ("Startups pitch at Pangyo demo day\nTwelve startups pitched at Demo Day 2026, held Friday at the hub.", "Demo Day 2026"),
    ("Makers meet at Busan robot show\nThe Busan Robot Show opened on Tuesday. Visitors liked the Busan robot show.",
     "Busan Robot Show"),
])
def test_a_proper_name_beats_a_description_of_the_event(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "expected"), [
    # a speech given or delivered; a keynote speech stays a keynote, a congratulatory one is another part
    ("Jane Roe, CEO of Acme Robotics, delivered a speech on factory automation.", {"Jane Roe": {Role.SPEAKER}}),
    ("Tom Reed, CTO of Nimbus, gave a speech about edge chips.", {"Tom Reed": {Role.SPEAKER}}),
    ("The forum opened with a congratulatory speech by Minister Park Ji-hoon.", {"Park Ji-hoon": {Role.OTHER}}),
    ("A keynote speech by Jane Roe, CEO of Acme, followed.", {"Jane Roe": {Role.KEYNOTE}}),
    # the person's own talk or address
    ("Jane Roe, CEO of Acme Robotics, emphasized the need for data standards in her address.", {"Jane Roe": {Role.SPEAKER}}),
    ("Tom Reed, CTO of Nimbus, argued in his talk that robots need common sense.", {"Tom Reed": {Role.SPEAKER}}),
    # scheduled to speak
    ("Tom Reed, CTO of Nimbus, is scheduled to speak on the second day.", {"Tom Reed": {Role.SPEAKER}}),
    ("Jane Roe, CEO of Acme, is expected to speak at the closing session.", {"Jane Roe": {Role.SPEAKER}}),
    # an event or its sessions featured someone
    ("The afternoon sessions featured Tom Reed, CTO of Nimbus.", {"Tom Reed": {Role.SPEAKER}}),
    ("The summit featured Jane Roe, CEO of Acme, and Tom Reed, CTO of Nimbus.",
     {"Jane Roe": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # a discussion between two people: both sit on it, the moderator keeps their part
    ("Tom Reed, CTO of Nimbus, moderated a discussion between Jane Roe of Acme and Lee Min-ho of Hanbit.",
     {"Tom Reed": {Role.MODERATOR}, "Jane Roe": {Role.PANELIST}, "Lee Min-ho": {Role.PANELIST}}),
    ("A debate between Ana Vale of Ridge Labs and Kim Do-hyun of Hanbit closed the day.",
     {"Ana Vale": {Role.PANELIST}, "Kim Do-hyun": {Role.PANELIST}}),
    # congratulated: another part
    ("In a video message, Minister Park Ji-hoon congratulated the organizers.", {"Park Ji-hoon": {Role.OTHER}}),
    ("Governor Lee Jae-won congratulated the winners.", {"Lee Jae-won": {Role.OTHER}}),
    # "NAME of ORG" with a speech verb after the organization is a person (explaining how a thing works: a talk)
    ("Jane Roe of Acme Robotics explained how AI agents can run a plant.", {"Jane Roe": {Role.SPEAKER}}),
    ("Tom Reed of Nimbus Labs presented the results.", {"Tom Reed": {Role.SPEAKER}}),
])
def test_roles_fifth_round(text: str, expected: dict[str, set[Role]]) -> None:
    found = _people(f"The Hanbit AI Summit was held on June 3. {text}")
    assert {n: found[n][0] for n in expected if n in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an owner's possessive before a title that holds a preposition of its own
    ("Jane Roe, Acme Robotics' head of AI, spoke about agents.", ("Jane Roe", "Acme Robotics", "head of AI")),
    ("Tom Reed, Nimbus Labs' director of research, spoke about agents.", ("Tom Reed", "Nimbus Labs", "director of research")),
    ("Kim Min-ji, Hanbit Group's chief AI officer, spoke about agents.", ("Kim Min-ji", "Hanbit Group", "chief AI officer")),
    # (a field's initials right after the possessive, or after a modifier, are the title's)
    ("Tom Reed, Nimbus Labs' top AI executive, spoke about agents.", ("Tom Reed", "Nimbus Labs", "top AI executive")),
    ("Jane Roe, Acme Robotics' HR manager, spoke about agents.", ("Jane Roe", "Acme Robotics", "HR manager")),
    # the kind of body after its name is no part of it
    ("Jane Roe, a senior fellow at the Hanbit Institute think tank, spoke about agents.",
     ("Jane Roe", "Hanbit Institute", "senior fellow")),
    ("Tom Reed, CEO of the Nimbus Labs startup, spoke about agents.", ("Tom Reed", "Nimbus Labs", "CEO")),
    # a named chair one holds at a body
    ("Tom Reed, who holds the Lind Chair in Robotics at the Hanbit Institute, spoke about agents.",
     ("Tom Reed", "Hanbit Institute", "Lind Chair in Robotics")),
    ("Jane Roe, who holds the Pine Professorship of Engineering at Hanbit University, spoke about agents.",
     ("Jane Roe", "Hanbit University", "Pine Professorship of Engineering")),
    # a place opening the sentence starts an organization with a head noun
    ("Seoul National University professor Kim Min-ji spoke about agents.",
     ("Kim Min-ji", "Seoul National University", "professor")),
    ("Busan Robot Institute director Tom Reed spoke about agents.", ("Tom Reed", "Busan Robot Institute", "director")),
    # an academic honorific with its university before it
    ("Seoul National University Prof. Kim Min-ji spoke about agents.", ("Kim Min-ji", "Seoul National University", "Prof.")),
    ("Hanbit University Prof. Lee Jae-won gave a talk.", ("Lee Jae-won", "Hanbit University", "Prof.")),
    # an organization in parentheses, then a speech verb
    ("Jane Roe (Acme Robotics) spoke about agents.", ("Jane Roe", "Acme Robotics", None)),
    ("Tom Reed (Nimbus Labs) said demand was strong.", ("Tom Reed", "Nimbus Labs", None)),
])
def test_affiliations_fifth_round(text: str, expected: tuple[str, str, str | None]) -> None:
    name, org, title = expected
    found = _people(f"The Hanbit AI Summit was held on June 3. {text}")
    assert found[name][1] == [(org, title)]


def test_a_place_alone_before_a_title_is_still_part_of_the_title() -> None:
    found = _people("The Hanbit AI Summit was held on June 3. Chicago Mayor Rahm Emanuel spoke about jobs.")
    assert found["Rahm Emanuel"][1] == [(None, "Chicago Mayor")]


@pytest.mark.parametrize(("text", "role", "expected"), [
    # "X and Y were the (main) sponsors", "with X as a sponsor"
    ("The Hanbit AI Forum was held on June 3. Acme Robotics and Nimbus Labs were the main sponsors.", "sponsors",
     ["Acme Robotics", "Nimbus Labs"]),
    ("The Hanbit AI Forum was held on June 3. Acme Robotics was the official sponsor of the event.", "sponsors",
     ["Acme Robotics"]),
    ("The forum was organized by the Hanbit Institute on June 3, with Acme Robotics as a sponsor.", "sponsors",
     ["Acme Robotics"]),
    ("The expo was held on June 3 with the Ridge Institute as co-host.", "co_organizers", ["Ridge Institute"]),
    # "organized by" alone says an event took place
    ("The event was organized by KOTRA on June 3.", "organizers", ["KOTRA"]),
    ("The forum, now in its fifth year, is organized by Hanbit Media.", "organizers", ["Hanbit Media"]),
])
def test_organizations_named_by_their_part(text: str, role: str, expected: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs[role] == expected


@pytest.mark.parametrize("text", [
    "Under the auspices of the Ministry of SMEs and Startups, the forum was held on June 3.",
    "With support from the Hanbit Foundation, the conference took place on June 3.",
])
def test_an_organization_before_a_comma_is_no_event_name(text: str) -> None:
    e, _orgs = _event(text)
    assert e.name is None


@pytest.mark.parametrize(("text", "expected"), [
    # a venue named "… Convention and Exhibition Center" is no event called "… Convention"
    ("The Hanbit AI Summit was held at the Hanbit Convention and Exhibition Center (HCEC) on June 3.",
     ("Hanbit AI Summit", "2026-06-03", None, "Hanbit Convention and Exhibition Center", None)),
    ("The Lake Robot Forum took place at the Lake Convention & Trade Center on June 3.",
     ("Lake Robot Forum", "2026-06-03", None, "Lake Convention & Trade Center", None)),
    # a city of more than one word
    ("The two-day Hanbit AI Summit kicked off Wednesday at the Marriott Marquis in San Francisco.",
     ("Hanbit AI Summit", "2026-06-03", "2026-06-04", "Marriott Marquis", "San Francisco")),
    ("The Hanbit AI Summit was held at the Grand Hyatt in Hong Kong on June 3.",
     ("Hanbit AI Summit", "2026-06-03", None, "Grand Hyatt", "Hong Kong")),
    # a convention centre written in mixed case; "runs through" a written date
    ("The Hanbit AI Summit opened on June 2 and runs through June 4 at Bexco in Busan.",
     ("Hanbit AI Summit", "2026-06-02", "2026-06-04", "Bexco", "Busan")),
    ("The Hanbit Robot Show opened on June 1 at Coex and will run until June 5.",
     ("Hanbit Robot Show", "2026-06-01", "2026-06-05", "Coex", None)),
])
def test_venues_cities_and_stretches(text: str, expected: tuple) -> None:
    e, _orgs = _event(text, published="2026-06-05")
    assert (e.name, e.start, e.end, e.venue, e.city) == expected


@pytest.mark.parametrize(("text", "start"), [
    # a past verb dates the start, though "will" speaks of the end
    ("The Hanbit Robot Show opened on June 1 at Coex and will run until June 5.", "2026-06-01"),
    ("The Lake AI Expo began on June 2 and will close on Friday.", "2026-06-02"),
    # with no past verb, "will" still looks ahead
    ("The Hanbit Robot Show will open on June 1 at Coex.", "2027-06-01"),
])
def test_a_past_verb_dates_the_start(text: str, start: str) -> None:
    e, _orgs = _event(text, published="2026-06-05")
    assert e.start == start


@pytest.mark.parametrize(("text", "expected"), [
    ("Those speaking included Jane Roe, CEO of Acme.", {"Jane Roe": {Role.SPEAKER}}),
    ("Also speaking was Tom Reed, CTO of Nimbus.", {"Tom Reed": {Role.SPEAKER}}),
    ("The lineup included Jane Roe, CEO of Acme, and Tom Reed, CTO of Nimbus.",
     {"Jane Roe": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    ("The session, chaired by Jane Roe of Acme, featured Tom Reed of Nimbus Labs and Ana Vale of Ridge.",
     {"Jane Roe": {Role.MODERATOR}, "Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    ("The afternoon programme, featuring Tom Reed, CTO of Nimbus, ran late.", {"Tom Reed": {Role.SPEAKER}}),
    ("Opening the event, Acme CEO Jane Roe said the company would invest more.", {"Jane Roe": {Role.HOST_REP}}),
    ("Opening the forum, Hanbit President Lee Min-ho thanked the guests.", {"Lee Min-ho": {Role.HOST_REP}}),
    # a plural role noun opening the sentence is no title
    ("Panelists Jane Roe and Tom Reed agreed that data is key.", {"Jane Roe": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    ("Speakers Ana Vale, Jane Roe and Tom Reed took questions.",
     {"Ana Vale": {Role.SPEAKER}, "Jane Roe": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # "Keynote speaker NAME" is the part, not the title
    ("Keynote speaker Jane Roe, CEO of Acme, said robots are coming.", {"Jane Roe": {Role.KEYNOTE}}),
    ("Keynote speakers Tom Reed and Ana Vale shared their views.", {"Tom Reed": {Role.KEYNOTE}, "Ana Vale": {Role.KEYNOTE}}),
    # the keynote speaker who opens the event gives the keynote; the opening is no host's remarks
    ('"Start now," said keynote speaker Jane Roe, CEO of Acme, who opened the two-day summit.',
     {"Jane Roe": {Role.KEYNOTE, Role.QUOTED}}),
    ("Keynote speaker Jane Roe of Acme opened the summit with a warning about speed.", {"Jane Roe": {Role.KEYNOTE}}),
    # ... with an honorific between the part and the name
    ("Keynote speaker Dr. Jane Roe, CEO of Acme, discussed robots.", {"Jane Roe": {Role.KEYNOTE}}),
    ("Keynote speaker Prof. Tom Reed of Hanbit University talked about chips.", {"Tom Reed": {Role.KEYNOTE}}),
    ("Moderator Dr. Ana Vale of Acme opened the panel.", {"Ana Vale": {Role.MODERATOR}}),
])
def test_roles_fifth_round_lists_and_openers(text: str, expected: dict[str, set[Role]]) -> None:
    found = _people(f"The Hanbit AI Summit was held on June 3.\n{text}")
    assert {n: found[n][0] for n in expected if n in found} == expected


def test_keynote_speaker_is_no_title() -> None:
    found = _people("The Hanbit AI Summit was held on June 3.\nKeynote speaker Jane Roe, CEO of Acme, said robots are coming.")
    assert found["Jane Roe"][1] == [("Acme", "CEO")]


@pytest.mark.parametrize(("text", "expected"), [
    # an appositive between the name and the speech verb
    ("Jane Roe, a 20-year veteran of the automotive industry, spoke about agents.", ("Jane Roe", {Role.SPEAKER}, [])),
    ("Tom Reed, formerly of Acme, spoke about agents.", ("Tom Reed", {Role.SPEAKER}, [])),
    # names with their organizations in parentheses, then a verb of talking
    ("Kim Jung-ho (KAIST) and Lee Sang-hoon (SNU) gave talks.", ("Kim Jung-ho", {Role.SPEAKER}, [("KAIST", None)])),
    ("Ana Vale (Ridge Labs) and Tom Reed (Nimbus) delivered presentations.",
     ("Ana Vale", {Role.SPEAKER}, [("Ridge Labs", None)])),
    # an age after the name
    ("Jane Roe, 45, founder of Acme Robotics, spoke about agents.", ("Jane Roe", {Role.SPEAKER}, [("Acme Robotics", "founder")])),
    ("Tom Reed, 52, CTO of Nimbus, gave a talk.", ("Tom Reed", {Role.SPEAKER}, [("Nimbus", "CTO")])),
])
def test_people_past_appositives_parentheses_and_ages(text: str, expected: tuple) -> None:
    name, roles, affs = expected
    found = _people(f"The Hanbit AI Summit was held on June 3.\n{text}")
    assert found[name] == (roles, affs)


@pytest.mark.parametrize(("text", "expected"), [
    # a negated cue gives no part, and its clause is no one else's
    ("LG Corp. Chairman Koo Kwang-mo did not attend, but LG AI Research head Bae Kyung-hoon delivered the opening speech.",
     {"Koo Kwang-mo": set(), "Bae Kyung-hoon": {Role.HOST_REP}}),
    ("Trade Minister Park Ji-hoon was unable to attend the forum.", {"Park Ji-hoon": set()}),
    # an owner's name joined "alongside" another speaker
    ("Cedrik Neike, CEO of Digital Industries, presented the copilot alongside Microsoft's Judson Althoff.",
     {"Cedrik Neike": {Role.SPEAKER}, "Judson Althoff": {Role.SPEAKER}}),
    ("Jane Roe, CTO of Acme, spoke alongside Nimbus's Tom Reed.", {"Jane Roe": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
])
def test_negation_and_alongside(text: str, expected: dict[str, set[Role]]) -> None:
    found = _people(f"The Hanbit AI Summit was held on June 3.\n{text}")
    assert {n: found[n][0] for n in expected if n in found} == expected


@pytest.mark.parametrize(("text", "name"), [
    ("The forum was held on June 3.\nBY PARK EUN-JEE [park.eunjee@example.com]", "PARK EUN-JEE"),
    ("The forum was held on June 3.\nBY LEE JI-HOON", "LEE JI-HOON"),
])
def test_a_byline_in_capitals(text: str, name: str) -> None:
    assert _people(text)[name][0] == {Role.REPORTER}


@pytest.mark.parametrize(("text", "name", "organizers"), [
    # an organization opening its own event; a day after "Summit on" is no topic
    ("Siemens kicked off its two-day Xcelerator Summit on Tuesday in Munich.", "Xcelerator Summit", ["Siemens"]),
    ("Hanbit Robotics opened its annual Robot Forum on Monday at Coex.", "Robot Forum", ["Hanbit Robotics"]),
    # a talk concert is an event
    ("LG Group held its annual LG AI Talk Concert at the LG Science Park on Wednesday.", "LG AI Talk Concert", ["LG Group"]),
])
def test_events_kicked_off_and_concerts(text: str, name: str, organizers: list[str]) -> None:
    e, orgs = _event(text)
    assert (e.name, orgs["organizers"]) == (name, organizers)


@pytest.mark.parametrize(("text", "expected"), [
    # "featuring" gives the people the part named just before it
    ("The day ended with a panel featuring Jane Roe of Acme Robotics and Tom Reed of Nimbus Labs.",
     {"Jane Roe": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    ("A fireside chat featuring Ana Vale, CEO of Ridge Labs, closed the summit.", {"Ana Vale": {Role.SPEAKER}}),
    # but not a chair's clause before it
    ("The session, chaired by Jane Roe of Acme, featured Tom Reed of Nimbus Labs.",
     {"Jane Roe": {Role.MODERATOR}, "Tom Reed": {Role.SPEAKER}}),
    # on the programme
    ("Also on the program were Ana Vale, research director at Ridge Labs, and Kim Do-hyun, a KAIST professor.",
     {"Ana Vale": {Role.SPEAKER}, "Kim Do-hyun": {Role.SPEAKER}}),
    ("On the programme was Tom Reed, CTO of Nimbus.", {"Tom Reed": {Role.SPEAKER}}),
])
def test_featuring_and_programmes(text: str, expected: dict[str, set[Role]]) -> None:
    found = _people(f"The Hanbit AI Summit was held on June 3.\n{text}")
    assert {n: found[n][0] for n in expected if n in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "such as" after a part noun opens its list
    ("Speakers such as Jane Roe of Acme Robotics and Tom Reed of Nimbus Labs shared their views.",
     {"Jane Roe": ({Role.SPEAKER}, [("Acme Robotics", None)]), "Tom Reed": ({Role.SPEAKER}, [("Nimbus Labs", None)])}),
    ("Panelists such as Ana Vale of Ridge Labs agreed.", {"Ana Vale": ({Role.PANELIST}, [("Ridge Labs", None)])}),
    # a briefing is a talk
    ("Kim Min-ji, who heads the AI policy division at the Hanbit Ministry, briefed participants on the plan.",
     {"Kim Min-ji": ({Role.SPEAKER}, [("Hanbit Ministry", None)])}),
    # a ministry's portfolio with commas after "at the"
    ("Jane Roe, director general for AI policy at the Ministry of Trade, Industry and Energy, gave a policy briefing.",
     {"Jane Roe": ({Role.SPEAKER}, [("Ministry of Trade, Industry and Energy", "director general for AI policy")])}),
    ("Tom Reed, a director at the Ministry of Jobs, Skills and Training, spoke.",
     {"Tom Reed": ({Role.SPEAKER}, [("Ministry of Jobs, Skills and Training", "director")])}),
    # a passive cue reaches past names with their organizations in parentheses
    ("Keynotes were delivered by Jane Roe (Acme) and Tom Reed (Nimbus).",
     {"Jane Roe": ({Role.KEYNOTE}, [("Acme", None)]), "Tom Reed": ({Role.KEYNOTE}, [("Nimbus", None)])}),
    ("Presentations were given by Ana Vale (Ridge Labs), Jane Roe (Acme) and Tom Reed (Nimbus).",
     {"Ana Vale": ({Role.SPEAKER}, [("Ridge Labs", None)]), "Tom Reed": ({Role.SPEAKER}, [("Nimbus", None)])}),
])
def test_people_fifth_round_such_as_briefings_portfolios(text: str, expected: dict) -> None:
    found = _people(f"The Hanbit AI Summit was held on June 3.\n{text}")
    assert {n: found[n] for n in expected if n in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue that ends in "from" / "by" right before the names of its list gives them its part
    ("Jane Roe, Acme's vice president, gave the keynote, followed by presentations from Tom Reed and Ana Vale.",
     {"Jane Roe": {Role.KEYNOTE}, "Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    ("The morning opened with a keynote by Lee Min-ho, then talks by Kim Do-hyun and Park Ji-won.",
     {"Lee Min-ho": {Role.KEYNOTE}, "Kim Do-hyun": {Role.SPEAKER}, "Park Ji-won": {Role.SPEAKER}}),
    # an organization ends before "and Dr. NAME"
    ("Prof. Jane Roe of Hanbit University and Dr. Tom Reed of the Ridge Institute led a workshop.",
     {"Jane Roe": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # headline and participants
    ("Jane Roe, CEO of Acme, will headline the event.", {"Jane Roe": {Role.KEYNOTE}}),
    ("Among the participants was Tom Reed, CTO of Nimbus.", {"Tom Reed": {Role.ATTENDEE}}),
])
def test_lists_after_from_and_honorifics_after_and(text: str, expected: dict[str, set[Role]]) -> None:
    found = _people(f"The Hanbit AI Summit was held on June 3.\n{text}")
    assert {n: found[n][0] for n in expected if n in found} == expected


def test_an_organization_stops_before_an_honorific_name() -> None:
    found = _people("The Hanbit AI Summit was held on June 3.\n"
                    "Prof. Jane Roe of Hanbit University and Dr. Tom Reed of the Ridge Institute led a workshop.")
    assert found["Jane Roe"][1] == [("Hanbit University", "professor")]


@pytest.mark.parametrize(("text", "expected"), [
    # a title in the plural before a list of names is each one's; an organization in parentheses is the name's
    ("The panel brought together startup founders Liam Walsh (Sightline Robotics) and Hana Kim (Forge AI).",
     {"Liam Walsh": ({Role.PANELIST}, [("Sightline Robotics", "founder")]),
      "Hana Kim": ({Role.PANELIST}, [("Forge AI", "founder")])}),
    ("Professors Ann Lee and Tom Reed spoke on the first day.",
     {"Ann Lee": ({Role.SPEAKER}, [(None, "Professor")]), "Tom Reed": ({Role.SPEAKER}, [(None, "Professor")])}),
    ("Acme executives Lee Jae-won and Kim Min-ji attended the forum.",
     {"Lee Jae-won": ({Role.ATTENDEE}, [("Acme", "executive")]),
      "Kim Min-ji": ({Role.ATTENDEE}, [("Acme", "executive")])}),
    # a plural title with no names right after it titles nobody
    ("Representatives from Government, Business, and Academia Attend\nThe forum opened.", {}),
])
def test_plural_titles_before_lists_of_names(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a journalist led to by a cue plays that part; the byline's writer is the reporter
    ("The panel, moderated by Crain's Detroit reporter Jill Baker, drew a crowd.",
     {"Jill Baker": ({Role.MODERATOR}, [("Crain's Detroit", "reporter")])}),
    ("The keynote was followed by remarks from Lake Times correspondent Omar Haddad.",
     {"Omar Haddad": ({Role.SPEAKER}, [("Lake Times", "correspondent")])}),
    ("By Karen Holt, Staff Writer\n\nThe Lake AI Forum opened Tuesday.",
     {"Karen Holt": ({Role.REPORTER}, [(None, "Reporter")])}),
    ("By Karen Holt, Senior Correspondent\n\nThe Lake AI Forum opened Tuesday.",
     {"Karen Holt": ({Role.REPORTER}, [(None, "Senior Correspondent")])}),
    # a clause after a comma describes nobody; a party and a state in parentheses is no organization
    ("It opened at Marina Bay Sands, with Deputy Prime Minister Gan Kim Yong giving the opening address.",
     {"Gan Kim Yong": ({Role.HOST_REP}, [(None, "Deputy Prime Minister")])}),
    ("Guests included Senator Dick Durbin (D-IL) and Ann Lee (Acme Labs).",
     {"Dick Durbin": ({Role.ATTENDEE}, [(None, "Senator")]), "Ann Lee": ({Role.ATTENDEE}, [("Acme Labs", None)])}),
])
def test_journalists_bylines_clauses_and_parentheses(text: str, expected: dict) -> None:
    got = _people(text)
    assert {k: v for k, v in got.items() if k in expected} == expected and set(got) == set(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The EDB on Wednesday opened the two-day Asia Industrial AI Summit at the Bay Hotel.",
     ("Asia Industrial AI Summit", ["EDB"], [])),
    ("SINGAPORE, March 12 (Reuters) - The EDB on Wednesday opened the two-day Asia Industrial AI Summit.",
     ("Asia Industrial AI Summit", ["EDB"], [])),
    ("Acme Robotics opened the third annual Lake Robot Fair on Monday.", ("Lake Robot Fair", ["Acme Robotics"], [])),
    # an acronym before "in" is no place: the name keeps it
    ("Engineers gathered at the lab for the third annual AI in Manufacturing Forum.", ("AI in Manufacturing Forum", [], [])),
    # a legal form's period before "and" or a comma ends no list; before a new sentence it does
    ("The Lake AI Forum was hosted by the Lake Association with support from Ford Motor Co. and the University of Ohio.",
     ("Lake AI Forum", ["Lake Association"], ["Ford Motor Co", "University of Ohio"])),
    ("The Lake AI Forum was sponsored by Acme Inc., Bolt Corp. and Nimbus Ltd. Doors open at nine.",
     ("Lake AI Forum", [], ["Acme Inc", "Bolt Corp", "Nimbus Ltd"])),
    ("The Lake AI Forum was sponsored by Acme Inc. The next one is in May.", ("Lake AI Forum", [], ["Acme Inc"])),
])
def test_organizations_opening_named_events_and_sponsor_lists(text: str, expected: tuple) -> None:
    e, orgs = _event(text, published="2025-03-13")
    assert (e.name, orgs["organizers"], orgs["sponsors"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an office written as a chain of abbreviations is the title; the party before it the organization, the
    # place before it part of the title (as "Chicago Mayor", "Trade Minister": a place or a country is no body)
    ("Ohio Lt. Gov. Jon Husted announced a grant at the forum.", {"Jon Husted": [(None, "Ohio Lt. Gov.")]}),
    ("Sen. Paul Grant attended the forum.", {"Paul Grant": [(None, "Sen.")]}),
    ("People Power Party Rep. Choi Yoon-ah attended the forum.", {"Choi Yoon-ah": [("People Power Party", "Rep.")]}),
])
def test_offices_written_as_abbreviations(text: str, expected: dict) -> None:
    assert {name: affs for name, (_roles, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The conversation was led by Tom Henley, director of the Lake Center.", {"Tom Henley": {Role.MODERATOR}}),
    ("The panel was led by Tom Henley, director of the Lake Center.", {"Tom Henley": {Role.MODERATOR}}),
    ("The talk was given by Tom Henley of the Lake Center.", {"Tom Henley": {Role.SPEAKER}}),
    ("Talks were given by Ana Vale, CEO of Ridge Labs, and Tom Reed.", {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    ("Hannover Messe 2025 opened its doors on Monday, with Chancellor Olaf Scholz touring the halls.",
     {"Olaf Scholz": {Role.ATTENDEE}}),
    ("Minister Ana Vale toured the Lake Robot Fair on Tuesday.", {"Ana Vale": {Role.ATTENDEE}}),
])
def test_led_given_delivered_and_toured(text: str, expected: dict) -> None:
    assert {name: roles for name, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hannover Messe 2025 opened its doors on Monday in Hanover.", ("Hannover Messe 2025", [], [])),
    ("Automatica 2025 drew 50,000 visitors to Munich.", ("Automatica 2025", [], [])),
    # the organizer named after "of the", and its partner after "with"
    (("The talk was given by Tom Henley of the Lake Center, which organized the Lake AI Summit with the Ohio "
      "Manufacturers' Association."), ("Lake AI Summit", ["Lake Center"], ["Ohio Manufacturers' Association"])),
    ("Acme hosted the Lake AI Forum with Bolt Labs and the Ridge Institute.",
     ("Lake AI Forum", ["Acme"], ["Bolt Labs", "Ridge Institute"])),
    # "with" and what no organization is
    ("Acme hosted the Lake AI Forum with more than 300 attendees.", ("Lake AI Forum", ["Acme"], [])),
    ("Acme hosted the Lake AI Forum with the support of Bolt Labs.", ("Lake AI Forum", ["Acme"], [])),
])
def test_named_years_that_open_and_partners_in_holding(text: str, expected: tuple) -> None:
    e, orgs = _event(text, published="2025-04-03")
    assert (e.name, orgs["organizers"], orgs["co_organizers"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In the keynote session, Acme head Bae Min-ho presented a model, while Professor Kim Jin of KAIST spoke on data.",
     {"Bae Min-ho": {Role.KEYNOTE}, "Kim Jin": {Role.KEYNOTE}}),
    ("During his keynote address, Tom Reed, CEO of Ridge Labs, spoke about robots.", {"Tom Reed": {Role.KEYNOTE}}),
    # a keynote named elsewhere in the sentence sets no frame
    ("After the keynote, Tom Reed, CEO of Ridge Labs, spoke about robots.", {"Tom Reed": {Role.SPEAKER}}),
])
def test_a_sentence_set_in_the_keynote_session(text: str, expected: dict) -> None:
    assert {name: roles for name, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Korea holds manufacturing AI forum\nLeaders met in Seoul on Wednesday.", None),
    ("Firms met at an AI summit in Busan on Wednesday.", None),
    ("Firms met at the Robotworld 2019 trade show on Wednesday.", "Robotworld 2019"),
    ("Firms met at the SEMICON West show on Wednesday.", "SEMICON West show"),
])
def test_a_lower_case_type_word_after_one_capitalised_word_is_a_description(text: str, name: str | None) -> None:
    events = extract(Article("t", text, "t.txt", published="2025-06-12", lang="en")).events
    assert [e.name for e in events] == ([name] if name else [e.name for e in events if e.name is None])


@pytest.mark.parametrize(("text", "expected"), [
    # a list led by a cue, its first name after an honorific
    ("Speakers at the summit included Dr. Maria Santos of MIT, Kenji Watanabe (Fanuc) and Sara Cohen of Intel.",
     {"Maria Santos": ({Role.SPEAKER}, [("MIT", None)]), "Kenji Watanabe": ({Role.SPEAKER}, [("Fanuc", None)]),
      "Sara Cohen": ({Role.SPEAKER}, [("Intel", None)])}),
    # "on the panel were", and an organization that ends before "and NAME from"
    ("Joining him on the panel were Hiroshi Tanaka of Toyota and Emma Wilson from Rolls-Royce.",
     {"Hiroshi Tanaka": ({Role.PANELIST}, [("Toyota", None)]), "Emma Wilson": ({Role.PANELIST}, [("Rolls-Royce", None)])}),
    ("On stage were Ana Vale of Bolt Labs and Tom Reed (Ridge AI).",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)]), "Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    # a programme's host is a person's occupation; an event's host before an organization is none
    ("The event was emceed by TV host Mina Park.", {"Mina Park": ({Role.MODERATOR}, [(None, "TV host")])}),
    ("Host Samsung Electronics opened the fair with a keynote.", {}),
    ("Closing remarks were delivered by Lake Institute director Paul Kim.",
     {"Paul Kim": ({Role.HOST_REP}, [("Lake Institute", "director")])}),
])
def test_lists_after_honorifics_stages_and_hosts(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "organizers"), [
    ("Automate is produced by the Association for Advancing Automation (A3).\nAutomate 2025 opened Monday.",
     ["Association for Advancing Automation"]),
    ("The Lake AI Forum, produced by Ridge Media, opened on Monday.", ["Ridge Media"]),
])
def test_produced_by_names_the_organizer(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # a minister's portfolio with an inner "of"/"for" before the name
    ("Minister of State for Electronics and Information Technology Ravi Menon told reporters the fair would grow.",
     {"Ravi Menon": (set(), [(None, "Minister of State for Electronics and Information Technology")])}),
    ("Minister of State for Skills Anita Rao opened the session.",
     {"Anita Rao": ({Role.HOST_REP}, [(None, "Minister of State for Skills")])}),
    # any head with a short capitalised field before the name
    ("Participants included Lake University Professor of Robotics Thomas Harris.",
     {"Thomas Harris": ({Role.ATTENDEE}, [("Lake University", "Professor of Robotics")])}),
    ("Acme Director of Research Wei Walker took part in the panel.",
     {"Wei Walker": ({Role.PANELIST}, [("Acme", "Director of Research")])}),
    # an executive's organization after "of", when the name tells it is one
    ("CEO of Acme Robotics Jane Roe gave the keynote.", {"Jane Roe": ({Role.KEYNOTE}, [("Acme Robotics", "CEO")])}),
    ("Chairman of Lake Heavy Industries Tom Reed opened the summit.",
     {"Tom Reed": ({Role.HOST_REP}, [("Lake Heavy Industries", "Chairman")])}),
    # an organization word ending a body's name before the name is no kind word ("organizer Ridge Media")
    ("President of Lake University Tom Reed spoke.", {"Tom Reed": ({Role.SPEAKER}, [("Lake University", "President")])}),
    ("Organizer Ridge Media said the summit drew 500 people.", {}),
    # up to three appositives between a name and "said:", a legal form's period inside one
    ("Arun Mehta, managing director and CEO, Lakshmi Motors Pvt. Ltd., said: “We must invest in R&D.”",
     {"Arun Mehta": ({Role.QUOTED}, [("Lakshmi Motors Pvt", "managing director and CEO")])}),
    ("Ana Vale, CEO, Bolt Labs, said: “Robots need data.”", {"Ana Vale": ({Role.QUOTED}, [("Bolt Labs", "CEO")])}),
    # reported speech right after another person's quote is no quote of its own
    ("Ana Vale, CEO, Bolt Labs, said: “Robots need data.” Tom Reed, president, Lake Guild, said that sales grew.",
     {"Ana Vale": ({Role.QUOTED}, [("Bolt Labs", "CEO")]), "Tom Reed": (set(), [("Lake Guild", "president")])}),
])
def test_portfolios_appositives_and_reported_speech(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a talk of his or hers opens the sentence: the name after it gave it
    ("In his presentation, Tom Reed of Ridge AI outlined three lessons.",
     {"Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    ("During her keynote, Ana Vale of Bolt Labs showed a new arm.", {"Ana Vale": ({Role.KEYNOTE}, [("Bolt Labs", None)])}),
    # past a relative clause, the sentence's own verb says what the person is
    ("Ana Vale, who spoke at the forum on Tuesday, is the CEO of Bolt Labs.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", "CEO")])}),
    ("Tom Reed, who moderated the panel, was a director at Ridge AI until May.",
     {"Tom Reed": ({Role.MODERATOR}, [("Ridge AI", "director")])}),
    # (a relative clause with a part's word in it is no post: "the first speaker" is what one was there)
    ("Ana Vale, who took the podium as the first speaker, said data matters.", {"Ana Vale": ({Role.SPEAKER}, [])}),
    ("Tom Reed, who served on the panel as a guest speaker, praised the forum.", {"Tom Reed": ({Role.PANELIST}, [])}),
    # an organization ends at a word of time; "in" and "for" may sit inside one
    ("Jane Roe, CEO of Acme Robotics since 2019, spoke at the forum.",
     {"Jane Roe": ({Role.SPEAKER}, [("Acme Robotics", "CEO")])}),
    ("Kim Min-ji, director of the Center for AI in Manufacturing, spoke at the forum.",
     {"Kim Min-ji": ({Role.SPEAKER}, [("Center for AI in Manufacturing", "director")])}),
    # "heard from", "shared the stage"
    ("The audience heard from Mina Cho, a partner at Lake Ventures, and Omar Haddad of Wayne State University.",
     {"Mina Cho": ({Role.SPEAKER}, [("Lake Ventures", "partner")]),
      "Omar Haddad": ({Role.SPEAKER}, [("Wayne State University", None)])}),
    ("Ana Vale and Tom Reed shared the stage for a discussion on safety.",
     {"Ana Vale": ({Role.SPEAKER}, []), "Tom Reed": ({Role.SPEAKER}, [])}),
])
def test_talks_that_open_a_sentence_relative_clauses_and_hearing_from(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "title"), [
    # a modifier, a portfolio word and a head keep the order they are written in
    ("Vice Industry Minister Park Sung-taek opened the forum.", "Vice Industry Minister"),
    ("First Vice Trade Minister Ann Lee opened the forum.", "First Vice Trade Minister"),
    ("Chicago Mayor Rahm Emanuel opened the forum.", "Chicago Mayor"),
    # a nationality before an office is part of it, no organization
    ("Estonian President Alar Karis opened the forum.", "Estonian President"),
    ("Nigerian President Bola Tinubu opened the forum.", "Nigerian President"),
    # (as before: a nationality with a portfolio word before the office)
    ("Kenyan Trade Minister Lee Kinyanjui opened the forum.", "Kenyan Trade Minister"),
])
def test_titles_keep_the_order_they_are_written_in(text: str, title: str) -> None:
    [(_roles, affs)] = _people(text).values()
    assert affs == [(None, title)]


@pytest.mark.parametrize(("text", "organizers"), [
    ("The Lake AI Forum organizers, the Ridge Institute and the Lake Robotics Network, said attendance doubled.",
     ["Ridge Institute", "Lake Robotics Network"]),
    (("The event's organizers, the CMU Robotics Institute and the Pittsburgh Robotics Network, said the Robot "
      "Week grew."), ["CMU Robotics Institute", "Pittsburgh Robotics Network"]),
    # "and" inside one name stays
    ("The Lake AI Forum was organized by the Ministry of Science and ICT.", ["Ministry of Science and ICT"]),
])
def test_organizers_named_in_a_list_after_the_word(text: str, organizers: list[str]) -> None:
    assert _event(text)[1]["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    ("The panel comprised Anna Kowalski (Siemens UK), Ben Ortiz (Rolls-Royce) and Chloe Tan (Arup).",
     {"Anna Kowalski": ({Role.PANELIST}, [("Siemens UK", None)]), "Ben Ortiz": ({Role.PANELIST}, [("Rolls-Royce", None)]),
      "Chloe Tan": ({Role.PANELIST}, [("Arup", None)])}),
    ("A panel comprising Ana Vale of Bolt Labs and Tom Reed of Ridge AI closed the day.",
     {"Ana Vale": ({Role.PANELIST}, [("Bolt Labs", None)]), "Tom Reed": ({Role.PANELIST}, [("Ridge AI", None)])}),
    # the present tense lists them too, with the organization in brackets
    ("The lineup for this year's Lake AI Expo features Ana Vale (Bolt Labs) and Tom Reed (Ridge AI).",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)]), "Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    ("The Lake AI Forum features Mia Holt (Orbis Robotics), Jon Park (Kestrel) and Lena Ruiz (Nimbus Labs).",
     {"Mia Holt": ({Role.SPEAKER}, [("Orbis Robotics", None)]), "Jon Park": ({Role.SPEAKER}, [("Kestrel", None)]),
      "Lena Ruiz": ({Role.SPEAKER}, [("Nimbus Labs", None)])}),
    ("The judging panel will comprise Mia Holt (Orbis Robotics) and Jon Park (Kestrel).",
     {"Mia Holt": ({Role.OTHER}, [("Orbis Robotics", None)]), "Jon Park": ({Role.OTHER}, [("Kestrel", None)])}),
    # guard: the participants a roundtable included are its panelists
    ("Participants in the roundtable included Mia Holt (Orbis Robotics) and Jon Park (Kestrel).",
     {"Mia Holt": ({Role.PANELIST}, [("Orbis Robotics", None)]), "Jon Park": ({Role.PANELIST}, [("Kestrel", None)])}),
])
def test_a_panel_that_comprised_people(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part to come: the modal, then the verb in its base form
    ("Mina Cho will moderate, with panelists Omar Haddad and Lisa Grant.",
     {"Mina Cho": {Role.MODERATOR}, "Omar Haddad": {Role.PANELIST}, "Lisa Grant": {Role.PANELIST}}),
    ("Lee Jae-won, a professor at Seoul National University, will chair the session.", {"Lee Jae-won": {Role.MODERATOR}}),
    ("Ana Vale will deliver the keynote on the second day.", {"Ana Vale": {Role.KEYNOTE}}),
    ("Tom Reed will speak on robot safety.", {"Tom Reed": {Role.SPEAKER}}),
])
def test_parts_to_come(text: str, expected: dict) -> None:
    assert {name: roles for name, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a later short mention with its description describes the full name found before
    ("Ana Vale spoke first. Vale, founder of Bolt Labs, showed a new arm.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", "founder")])}),
    ("Tom Reed will speak on safety. Reed, CTO of Ridge AI, joined in 2019.",
     {"Tom Reed": ({Role.SPEAKER}, [("Ridge AI", "CTO")])}),
])
def test_a_later_short_mention_describes_the_full_name(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Lake AI Forum is organized by the Ridge Institute under the auspices of the Ministry of Industry.",
     {"organizers": ["Ridge Institute"], "co_organizers": [], "sponsors": ["Ministry of Industry"]}),
    ("The Lake AI Forum was held with the support of the Ministry of Industry and Acme Corp.",
     {"organizers": [], "co_organizers": [], "sponsors": ["Ministry of Industry", "Acme Corp"]}),
    ("The Ridge Institute, in partnership with Nimbus Labs, hosted the Lake AI Forum on Monday.",
     {"organizers": ["Ridge Institute"], "co_organizers": ["Nimbus Labs"], "sponsors": []}),
    ("Organizers of the Lake AI Forum include the Ridge Institute and the Lake Guild.",
     {"organizers": ["Ridge Institute", "Lake Guild"], "co_organizers": [], "sponsors": []}),
])
def test_auspices_partners_between_commas_and_organizers_that_include(text: str, expected: dict) -> None:
    e, orgs = _event(text)
    assert e.name == "Lake AI Forum" and orgs == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people with their organizations joined in one list: each item makes the others people
    (("The panel brought together Ana Vale of Ridge Robotics, Priya Raman from Kestrel Logistics and Tom Reed of "
      "Nimbus Works."), {"Ana Vale": "Ridge Robotics", "Priya Raman": "Kestrel Logistics", "Tom Reed": "Nimbus Works"}),
    ("Joining them were Mia Holt from Borealis Freight and Lars Ober of Fjord Analytics.",
     {"Mia Holt": "Borealis Freight", "Lars Ober": "Fjord Analytics"}),
    # the item before holds an "of" of its organization's own name
    ("The panel included Yuki Mori of the University of Tokyo and Lars Ober of Fjord Research.",
     {"Yuki Mori": "University of Tokyo", "Lars Ober": "Fjord Research"}),
    ("The debate brought together Ana Vale of the Bank of Lakeland, Jon Park of Hanbit Institute of Technology and "
     "Mia Holt of Orbis Research.", {"Ana Vale": "Bank of Lakeland", "Jon Park": "Hanbit Institute of Technology",
                                      "Mia Holt": "Orbis Research"}),
    # ... or is a name with its post at the organization, between commas
    ("A panel discussion followed, with Yuki Mori, professor at the University of Tokyo, and Lars Ober of Fjord "
     "Research.", {"Yuki Mori": "University of Tokyo", "Lars Ober": "Fjord Research"}),
    ("The talks ended with Ana Vale, chief economist at Lake Bank, and Tom Reed of Orbis Research.",
     {"Ana Vale": "Lake Bank", "Tom Reed": "Orbis Research"}),
])
def test_parallel_people_with_their_organizations(text: str, expected: dict[str, str]) -> None:
    found = _people(text)
    assert {name: found[name][1][0][0] for name in expected} == expected


@pytest.mark.parametrize("text", [
    # companies of a country, in the same list shape, are no people
    "Speakers came from Tata Steel of India, Posco Holdings of Korea and Nippon Steel of Japan.",
    "The forum drew delegations from Hyundai Motor of America and Kia Motors of Europe.",
])
def test_companies_of_a_country_are_no_parallel_people(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(("text", "name"), [
    # a venue and a weekday before "for the NAME" are no part of the name
    ("Executives gathered at BEXCO on Tuesday for the Smart Port Summit 2026.", "Smart Port Summit 2026"),
    ("Researchers met at KINTEX this Friday for the Robot Valley Forum.", "Robot Valley Forum"),
])
def test_a_venue_and_a_weekday_before_the_name(text: str, name: str) -> None:
    e, _ = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "title"), [
    # a government portfolio before Minister is part of the title, not an organization
    ("Oceans Minister Kang Do-hyung spoke at the forum.", "Oceans Minister"),
    ("Health Minister Ana Vale spoke at the forum.", "Health Minister"),
])
def test_a_portfolio_before_minister(text: str, title: str) -> None:
    ((_person, (_roles, affs)),) = _people(text).items()
    assert affs == [(None, title)]


@pytest.mark.parametrize("text", [
    # a dateline closed by a spaced hyphen, as by "--"
    "ANN ARBOR, Mich. - The Ridge Institute hosted the 2026 Robot Symposium on Oct. 8.",
    "SEOUL, Oct. 8 (Yonhap) - The Ridge Institute hosted the 2026 Robot Symposium on Wednesday.",
])
def test_a_dateline_closed_by_a_hyphen_before_the_organizer(text: str) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == ["Ridge Institute"]


@pytest.mark.parametrize(("text", "venue"), [
    # where a crowd is drawn to is the venue
    ("The Ridge Institute hosted the 2026 Robot Symposium, drawing 250 researchers to the Michigan League.",
     "Michigan League"),
    ("The 2026 Robot Symposium drew more than 900 visitors to the Hanbit Exhibition Hall on Oct. 8.",
     "Hanbit Exhibition Hall"),
])
def test_the_place_a_crowd_is_drawn_to(text: str, venue: str) -> None:
    e, _ = _event(text)
    assert e.venue == venue


@pytest.mark.parametrize(("text", "city"), [
    # the city before its province, the city after its district
    ("The 2026 Robot Expo opened Wednesday at CECO in Changwon, South Gyeongsang Province.", "Changwon"),
    ("The 2026 Robot Expo opened Wednesday at Hanbit Hall in Gangnam-gu, Seoul.", "Seoul"),
])
def test_the_city_around_a_province_or_district(text: str, city: str) -> None:
    e, _ = _event(text)
    assert e.city == city


@pytest.mark.parametrize(("text", "expected"), [
    # a dash sets off the post as a comma does, in bullets and in prose
    (("Other presenters included:\n• Mia Holt — research fellow, Kestrel Institute\n• Omar Haddad — co-founder and "
      "CEO, Forge Vision\n"), {"Mia Holt": ("Kestrel Institute", "research fellow"),
                           "Omar Haddad": ("Forge Vision", "co-founder and CEO")}),
    ("Omar Haddad – chief executive of Forge Vision – opened the forum.",
     {"Omar Haddad": ("Forge Vision", "chief executive")}),
    # "director of AI, ORG": a field after "of" is part of the post; the organization follows the comma
    ("Speakers:\n- Natalie Cheung, director of AI, Rockwell Automation\n",
     {"Natalie Cheung": ("Rockwell Automation", "director of AI")}),
    ("Mark Diaz, head of Engineering, Nimbus Works, spoke first.", {"Mark Diaz": ("Nimbus Works", "head of Engineering")}),
])
def test_a_dash_or_a_field_before_the_organization(text: str, expected: dict[str, tuple[str, str]]) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in expected} == expected
    assert set(found) == set(expected)


@pytest.mark.parametrize(("text", "roles"), [
    # a second verb after the first person's description introduces the next people: not the first cue's part
    ("The closing panel was moderated by Sarah Kwon of Ridge Media and included union leader Marcus Bell of the UAW.",
     {"Sarah Kwon": Role.MODERATOR, "Marcus Bell": Role.PANELIST}),
    ("The panel was chaired by Ana Vale of Nimbus Works and featured Tom Reed of Kestrel Labs.",
     {"Ana Vale": Role.MODERATOR, "Tom Reed": Role.PANELIST}),
])
def test_a_new_verb_ends_the_reach_of_a_cue(text: str, roles: dict[str, Role]) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in roles} == {name: {role} for name, role in roles.items()}


@pytest.mark.parametrize(("text", "name"), [
    # a named year event that a verb opens or takes people to; a name that "is organized by" someone
    ('"The pilots are over," said Ana Vale, opening Robot Connect 2026 at Hanbit Place on Monday.', "Robot Connect 2026"),
    ("Speaking at Factory Vision 2026 in Busan, Tom Reed said robots were ready.", "Factory Vision 2026"),
    ("Vision Connect is organized by the Ridge Institute and runs through Wednesday.", "Vision Connect"),
    # the quoted title of a seminar or workshop is its name
    ('The Ridge Institute held a half-day seminar titled "AI for SMEs: Getting Started" on Tuesday.',
     "AI for SMEs: Getting Started"),
    ("Nimbus Works organised a workshop entitled 'Machine Vision on the Line' at Hanbit Hall.",
     "Machine Vision on the Line"),
    # ... with the day it is held on between the kind and the title
    ('The Ridge Institute hosted a one-day symposium on Sept. 9 titled "AI at Scale: From Pilot to Plant."',
     "AI at Scale: From Pilot to Plant"),
    ('Nimbus Works will hold a webinar next Tuesday called "Robots in the Loop" for plant managers.',
     "Robots in the Loop"),
])
def test_names_from_verbs_organizers_and_titles(text: str, name: str) -> None:
    e, _ = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "start"), [
    ("The Ridge Institute held the Robot Forum at Hanbit Hall yesterday.", "2025-06-09"),
    ("The Robot Forum opens at Hanbit Hall today, bringing together 300 engineers.", "2025-06-10"),
])
def test_yesterday_and_today_count_from_publication(text: str, start: str) -> None:
    e, _ = _event(text)
    assert e.start == start


def test_today_as_an_adjective_is_no_date() -> None:
    e, _ = _event("The Robot Forum looked at today's factories at Hanbit Hall.")
    assert e.start is None


@pytest.mark.parametrize("text", [
    # a dateline closed by a colon, as Malaysian and Singapore papers write it
    "GEORGE TOWN: The Ridge Institute (RI) held a seminar on AI at its campus yesterday.",
    "SINGAPORE: The Ridge Institute hosted the Robot Forum on Tuesday.",
])
def test_a_colon_dateline_before_the_organizer(text: str) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == ["Ridge Institute"]


@pytest.mark.parametrize(("text", "roles"), [
    ("Also present was Ridge Institute chief executive Tom Reed.", {"Tom Reed": Role.ATTENDEE}),
    ("Also present were Ridge Institute director Tom Reed and Mia Holt, CEO of Nimbus Works.",
     {"Tom Reed": Role.ATTENDEE, "Mia Holt": Role.ATTENDEE}),
    # a part noun set off by a comma before the name
    ("Another speaker, Siti Yusof from Kestrel Berhad, presented case studies.", {"Siti Yusof": Role.SPEAKER}),
    ("The first speaker, Tom Reed of Nimbus Works, presented case studies.", {"Tom Reed": Role.SPEAKER}),
])
def test_present_and_a_part_noun_before_the_name(text: str, roles: dict[str, Role]) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in roles} == {name: {role} for name, role in roles.items()}


@pytest.mark.parametrize("text", [
    # "opening" as an adjective names a part of the event, not the event
    "Programme and press briefing at the Opening Session of Robot Connect 2015 in Vienna.",
    "After the opening Session of Robot Connect 2015, guests toured the hall.",
])
def test_an_opening_part_is_no_event_name(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    assert all(not (e.name or "").startswith("Session") for e in x.events)


@pytest.mark.parametrize(("text", "expected"), [
    # students and interns hold a post at their school
    ("The winning team was led by Kang Min-seo, a graduate student at Hanbit University.",
     {"Kang Min-seo": ("Hanbit University", "graduate student")}),
    ("The demo was built by Mia Holt, a doctoral candidate at the Ridge Institute.",
     {"Mia Holt": ("Ridge Institute", "doctoral candidate")}),
    # capitalised words, a lower-case title and a name: the words open that person's organization
    ("The session featured Nimbus Works' Tom Reed and Naver Cloud AI head Ha Jung-woo.",
     {"Tom Reed": ("Nimbus Works", None), "Ha Jung-woo": ("Naver Cloud AI", "head")}),
    ("Speakers included Kestrel Robotics chief scientist Mia Holt.", {"Mia Holt": ("Kestrel Robotics", "chief scientist")}),
])
def test_student_posts_and_an_organization_before_a_titled_name(text: str, expected: dict) -> None:
    found = _people(text)
    assert set(found) == set(expected)
    assert {name: found[name][1][0] for name in expected} == expected


@pytest.mark.parametrize(("text", "role", "orgs"), [
    # "the", field words, "and", then words up to an organization's head noun are one name
    (("The Robot Hackathon 2026 was organized by the Ministry of SMEs and Startups and the Korea Technology and "
      "Information Promotion Agency for SMEs."), "organizers",
     ["Ministry of SMEs and Startups", "Korea Technology and Information Promotion Agency for SMEs"]),
    # an alias in parentheses does not end a list
    ("The forum was co-hosted by the Federation of Korean Industries (FKI) and the Korea Economic Daily.",
     "co_organizers", ["Federation of Korean Industries", "Korea Economic Daily"]),
    ("The Robot Forum was sponsored by Nimbus Works (NW), Kestrel Labs (KL) and Ridge Media.", "sponsors",
     ["Nimbus Works", "Kestrel Labs", "Ridge Media"]),
])
def test_list_items_with_field_words_and_aliases(text: str, role: str, orgs: list[str]) -> None:
    _e, found = _event(text)
    assert found[role] == orgs


def test_a_labelled_part_beats_the_subject_of_held() -> None:
    text = ("Organizer: Ministry of Robots\nSponsor: Ridge Institute\n"
            "The Ridge Institute (RI) and the Ministry of Robots (MoR) held the 3rd Robot Megatrend Conference.")
    _e, found = _event(text)
    assert (found["organizers"], found["sponsors"]) == (["Ministry of Robots"], ["Ridge Institute"])


@pytest.mark.parametrize(("text", "venue"), [
    # a place followed by a passive "organized by" is the venue; the place people attended the event at
    ("Fifty teams competed in the Robot Hackathon 2026 held at Hanbit Techno Valley, organized by the Ridge Institute.",
     "Hanbit Techno Valley"),
    ("The 2026 Robot Forum opened on Monday. Around 400 people attended the forum at the Grand Hanbit Seoul.",
     "Grand Hanbit Seoul"),
    # ... an event with no name that people attended ("a", not "the")
    ("More than 120 researchers attended a two-day workshop on robot learning at Hanbit Hall on Oct. 14-15.",
     "Hanbit Hall"),
    ("About 300 people attended a forum on AI safety at the Lake Press Center on Monday.", "Lake Press Center"),
])
def test_venues_before_a_passive_organizer_and_after_attended(text: str, venue: str) -> None:
    e, _ = _event(text)
    assert e.venue == venue


@pytest.mark.parametrize(("text", "name"), [
    # addressing the forum, walking attendees through, introducing to the audience: a talk
    ("Addressing the forum, Nimbus Works CEO Tom Reed said robots would fill the labor gap.", "Tom Reed"),
    ("Addressing attendees, Mia Holt of the Ridge Institute called for shared data.", "Mia Holt"),
    ("Mia Holt, president of the Ridge Institute, walked attendees through the institute's roadmap.", "Mia Holt"),
    ("Tom Reed, CEO of Nimbus Works, introduced the company's AI platform to attendees.", "Tom Reed"),
])
def test_addressing_and_walking_the_audience_through_are_talks(text: str, name: str) -> None:
    assert _people(text)[name][0] == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "venue", "city"), [
    # a city's possessive before the venue; a lower-case place noun after a one-word name
    ("The Robot Forum took place at Seoul's COEX convention center on Tuesday.", "COEX convention center", "Seoul"),
    ("The Robot Forum was held Tuesday at the Hanbit exhibition center in Busan.", "Hanbit exhibition center", "Busan"),
    # a room of a building; an organization's headquarters
    ("The Robot Forum was held in the main auditorium of Hanbit University on Tuesday.", "Hanbit University", None),
    ("More than 500 people packed the ballroom of the Grand Hanbit Seoul for the Robot Forum on Tuesday.",
     "Grand Hanbit Seoul", None),
    ("The Robot Forum was hosted at the Ridge Institute's headquarters in Pangyo on Tuesday.",
     "Ridge Institute's headquarters", "Pangyo"),
])
def test_venues_with_a_city_a_room_or_a_place_noun(text: str, venue: str, city: str | None) -> None:
    e, _ = _event(text)
    assert (e.name, e.venue, e.city) == ("Robot Forum", venue, city)


@pytest.mark.parametrize(("text", "venue"), [
    # a room "of the" building it is in; ballrooms and atriums are venues after "in"
    ("The department hosted its Robot Symposium on Nov. 6 in the Fulton Ballroom of the Student Union.",
     "Fulton Ballroom of the Student Union"),
    ("The Robot Forum was held at the Main Conference Room of the Post Tower on Dec. 7.",
     "Main Conference Room of the Post Tower"),
])
def test_a_room_of_the_building_it_is_in(text: str, venue: str) -> None:
    e, _ = _event(text)
    assert e.venue == venue


def test_a_subject_list_stops_at_a_line_break() -> None:
    text = ("By Megan Doyle, College of Engineering\n\nThe Department of Industrial and Systems Engineering hosted "
            "its Robot Symposium on Nov. 6.")
    _e, orgs = _event(text)
    assert orgs["organizers"] == ["Department of Industrial and Systems Engineering"]


@pytest.mark.parametrize(("text", "roles"), [
    # the people a panel or roundtable is held with, after another person's description
    ("The forum featured a keynote by Nimbus Works founder Tom Reed, followed by a panel with Ana Vale and Mia Holt.",
     {"Tom Reed": Role.KEYNOTE, "Ana Vale": Role.PANELIST, "Mia Holt": Role.PANELIST}),
    ("The day closed with a roundtable with Lars Ober and Priya Raman.",
     {"Lars Ober": Role.PANELIST, "Priya Raman": Role.PANELIST}),
])
def test_the_people_a_panel_is_held_with(text: str, roles: dict[str, Role]) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in roles} == {name: {role} for name, role in roles.items()}


@pytest.mark.parametrize(("text", "expected"), [
    # "organized by" names a co-organizer when someone else hosts the event
    ("Hosted by the Ministry of Robots and organized by the Ridge Institute, the Robot Forum drew 300 people.",
     {"organizers": ["Ministry of Robots"], "co_organizers": ["Ridge Institute"], "sponsors": []}),
    ("The Robot Forum was organized by the Ridge Institute at Hanbit Hall.",
     {"organizers": ["Ridge Institute"], "co_organizers": [], "sponsors": []}),
    # the body that runs, manages or operates what another organizes or hosts is a co-organizer (주관)
    ("The Robot Hackathon, organized by the Ministry of Robots and run by the Ridge Agency (RA), drew 48 teams.",
     {"organizers": ["Ministry of Robots"], "co_organizers": ["Ridge Agency"], "sponsors": []}),
    ("The Robot Hackathon was held Nov. 20. The event was hosted by Hanbit City and managed by the Ridge Agency.",
     {"organizers": ["Hanbit City"], "co_organizers": ["Ridge Agency"], "sponsors": []}),
    # a body that welcomes people to an event hosts it; a person who does is no body
    ("Hanbit University's College of Engineering welcomed more than 250 guests to the Robot Symposium on Oct. 14.",
     {"organizers": ["Hanbit University's College of Engineering"], "co_organizers": [], "sponsors": []}),
    ("The Ridge Institute welcomed about 300 leaders from across Asia to its annual Robot Forum on Oct. 14.",
     {"organizers": ["Ridge Institute"], "co_organizers": [], "sponsors": []}),
    ("The Robot Forum was held on Oct. 14. Tom Reed welcomed guests to the forum.",
     {"organizers": [], "co_organizers": [], "sponsors": []}),
    # alone, it holds the event; what else it runs is no event
    ("The Robot Hackathon, run by the Ridge Agency, was held Nov. 20.",
     {"organizers": ["Ridge Agency"], "co_organizers": [], "sponsors": []}),
    ("The Robot Forum was held Nov. 20 at Hanbit Campus, which is operated by the Ridge Agency.",
     {"organizers": [], "co_organizers": [], "sponsors": []}),
    ("The Robot Forum was hosted by Hanbit City on Nov. 20. Tom Reed leads a lab run by Kestrel Labs.",
     {"organizers": ["Hanbit City"], "co_organizers": [], "sponsors": []}),
    # sponsors named as such; "is an annual event of"; "sponsored this year by"
    ("The Robot Forum was held at Hanbit Hall. It was made possible by sponsors Nimbus Works and Kestrel Labs.",
     {"organizers": [], "co_organizers": [], "sponsors": ["Nimbus Works", "Kestrel Labs"]}),
    ("The Robot Forum is an annual event of the Korea Robot Association, sponsored this year by Nimbus Works.",
     {"organizers": ["Korea Robot Association"], "co_organizers": [], "sponsors": ["Nimbus Works"]}),
])
def test_hosts_organizers_and_sponsors(text: str, expected: dict[str, list[str]]) -> None:
    _e, orgs = _event(text)
    assert orgs == expected


@pytest.mark.parametrize(("text", "roles"), [
    # people who pose in a photo at the event attended it
    ("From left, Nimbus Works CEO Tom Reed and Ridge Institute president Mia Holt pose at the Robot Forum on Tuesday.",
     {"Tom Reed": Role.ATTENDEE, "Mia Holt": Role.ATTENDEE}),
    ("Tom Reed (second from left), CEO of Nimbus Works, poses with panelists at the Robot Forum.",
     {"Tom Reed": Role.ATTENDEE}),
])
def test_people_posing_at_the_event_attended(text: str, roles: dict[str, Role]) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in roles} == {name: {role} for name, role in roles.items()}


@pytest.mark.parametrize(("text", "expected"), [
    # a title and an organization in parentheses
    ("Tom Reed (CEO, Nimbus Works) spoke first.", {"Tom Reed": ("Nimbus Works", "CEO")}),
    ("Panelists were Mia Holt (research fellow, Kestrel Institute) and Lars Ober (CTO, Fjord Analytics).",
     {"Mia Holt": ("Kestrel Institute", "research fellow"), "Lars Ober": ("Fjord Analytics", "CTO")}),
    # two titles joined before the name; a former title's marker stays with the title
    ("Nimbus Works CEO and founder Tom Reed opened the forum.", {"Tom Reed": ("Nimbus Works", "CEO and founder")}),
    ("Former Kestrel Labs executive Mia Holt moderated the panel.", {"Mia Holt": ("Kestrel Labs", "Former executive")}),
    # "who works at ORG as TITLE"
    ("Tom Reed, who works at Nimbus Works as a data scientist, presented a case study.",
     {"Tom Reed": ("Nimbus Works", "data scientist")}),
    ("Mia Holt, who worked for the Ridge Institute as chief engineer, spoke at the forum.",
     {"Mia Holt": ("Ridge Institute", "chief engineer")}),
])
def test_posts_in_parentheses_joined_former_and_in_a_clause(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in expected} == expected


@pytest.mark.parametrize("text", [
    # a participle followed by its object or topic is the verb, whatever noun stands before it
    "Kim Min-jun from Hanbit Motors' robotics division presented a case study.",
    "Lee Ji-eun of the Ridge Institute's vision team presented on defect detection.",
])
def test_a_participle_with_its_object_is_the_verb(text: str) -> None:
    ((_name, (roles, _affs)),) = _people(text).items()
    assert roles == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence's own verb right after the name says what the person is; a joined verb ends the post
    ("Mia Holt is president of the Ridge Institute.", {"Mia Holt": ("Ridge Institute", "president")}),
    ("Tom Reed was the chief engineer of Nimbus Works and spoke at the forum.",
     {"Tom Reed": ("Nimbus Works", "chief engineer")}),
    # ... and serving or working as the post
    ("Mia Holt serves as vice president of digital operations at Halden Motors.",
     {"Mia Holt": ("Halden Motors", "vice president of digital operations")}),
    ("Tom Reed works as a senior engineer at Nimbus Works.", {"Tom Reed": ("Nimbus Works", "senior engineer")}),
    # ... and the name an appositive, its verb after the comma that closes it
    ("The forum's keynote speaker, Mia Holt, is chief scientist at Halden Motors.",
     {"Mia Holt": ("Halden Motors", "chief scientist")}),
    ("Its moderator, Tom Reed, was the director of the Ridge Institute.", {"Tom Reed": ("Ridge Institute", "director")}),
])
def test_name_is_title_of_org(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in expected} == expected


def test_name_is_no_post_without_a_title() -> None:
    assert _people("Tom Reed is expected to attend the Robot Forum in Seoul.") == {}


@pytest.mark.parametrize(("text", "name", "role"), [
    # a person who hosts or organizes the event speaks for its host; a session's host chairs it
    ("The Robot Forum was organized by Rep. Kim Min-seok of the Democratic Party on Tuesday.", "Kim Min-seok",
     Role.HOST_REP),
    ("The Robot Forum, hosted by Ridge Institute President Mia Holt, drew 300 people.", "Mia Holt", Role.HOST_REP),
    ("The afternoon session hosted by Tom Reed of Nimbus Works looked at cobots.", "Tom Reed", Role.MODERATOR),
])
def test_a_person_who_hosts(text: str, name: str, role: Role) -> None:
    assert _people(text)[name][0] == {role}


@pytest.mark.parametrize(("text", "roles"), [
    # speakers announced ahead: scheduled, slated, among the speakers, giving a talk
    ("Tom Reed, CEO of Nimbus Works, is slated to speak at the Robot Forum next month.", {"Tom Reed": Role.SPEAKER}),
    ("Mia Holt and Lars Ober are scheduled to speak on the second day.",
     {"Mia Holt": Role.SPEAKER, "Lars Ober": Role.SPEAKER}),
    ("Tom Reed of Nimbus Works is among the featured speakers.", {"Tom Reed": Role.SPEAKER}),
    ("Mia Holt of the Ridge Institute is among the panelists.", {"Mia Holt": Role.PANELIST}),
    ('Tom Reed, CEO of Nimbus Works, will give a talk titled "Robots at Scale."', {"Tom Reed": Role.SPEAKER}),
])
def test_speakers_announced_ahead(text: str, roles: dict[str, Role]) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in roles} == {name: {role} for name, role in roles.items()}


@pytest.mark.parametrize(("text", "name"), [
    # a name where people gather needs no type word
    ("At Nimbus GTC in San Jose on Tuesday, Tom Reed, CEO of Nimbus Works, unveiled new chips.", "Nimbus GTC"),
    ("Thousands gathered for World of Robotics on Wednesday at the Hanbit Center.", "World of Robotics"),
    ("Robotics leaders met at RoboBusiness in Santa Clara, Calif., on Oct. 15.", "RoboBusiness"),
    # a name only "event" says is a gathering (with the audience it is for)
    ("Nimbus CEO Tom Reed spoke at the Nimbus GTC Paris event on Wednesday.", "Nimbus GTC Paris"),
    ("Lake Corp CEO Ana Vale spoke at the company's Dreamforce event in San Francisco on Tuesday.", "Dreamforce"),
    ("At its annual Orbit developer event in Seattle on Monday, Lake Corp CEO Ana Vale unveiled new agents.", "Orbit"),
])
def test_a_name_where_people_gather(text: str, name: str) -> None:
    e, _ = _event(text)
    assert e.name == name


@pytest.mark.parametrize("text", [
    # a place, a company or a city where people gather is no event
    "Officials met at Seoul Station on Monday.",
    "The ministers met at Samsung in Suwon on Monday.",
    "Delegates gathered at the Hanbit Convention Center on Monday.",
    # ... nor a company's, a city's or a field's event
    "Ana Vale of Acme spoke at the Lake Robotics event on Monday.",
    "Ana Vale of Acme spoke at the Seoul event on Monday.",
    "Ana Vale of Acme spoke at the AI event on Monday.",
])
def test_a_place_where_people_gather_is_no_event_name(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    assert all(e.name is None for e in x.events)


@pytest.mark.parametrize(("text", "expected"), [
    # the forum's organizer; which runs the event; sponsors of the named event; a company presenting it
    ("The Ridge Institute, the forum's organizer, said 500 people registered for the Robot Forum.",
     {"organizers": ["Ridge Institute"], "co_organizers": [], "sponsors": []}),
    ("The Ridge Institute, which runs the Robot Forum, said attendance doubled.",
     {"organizers": ["Ridge Institute"], "co_organizers": [], "sponsors": []}),
    ("Nimbus Works and Kestrel Labs served as sponsors of the Robot Forum.",
     {"organizers": [], "co_organizers": [], "sponsors": ["Nimbus Works", "Kestrel Labs"]}),
    ("The Robot Forum was presented by Nimbus Works in cooperation with the Ridge Institute.",
     {"organizers": ["Nimbus Works"], "co_organizers": ["Ridge Institute"], "sponsors": []}),
    # a list of sponsors of a tier ends where "while" joins a clause naming another
    ("The Robot Forum took place on Monday. Gold sponsors included Bolt Labs and Crest AI, while Nimbus Works was the "
     "event's platinum sponsor.", {"organizers": [], "co_organizers": [], "sponsors": ["Nimbus Works", "Bolt Labs", "Crest AI"]}),
    ("The Robot Forum took place on Monday. Its sponsors were Bolt Labs and Crest AI, whereas Nimbus Works was the "
     "event's host.", {"organizers": ["Nimbus Works"], "co_organizers": [], "sponsors": ["Bolt Labs", "Crest AI"]}),
])
def test_more_ways_to_name_who_holds_and_sponsors(text: str, expected: dict[str, list[str]]) -> None:
    _e, orgs = _event(text)
    assert orgs == expected


def test_a_company_word_ends_no_person_name() -> None:
    found = _people("The Robot Forum was presented by Nimbus Works and Daon Systems in Seoul.")
    assert found == {}


@pytest.mark.parametrize(("text", "expected"), [
    # a lower-case unit noun before a lower-case title: the unit's head, the organization before it
    ("Nimbus Works Vision Systems division head Tom Reed presented the roadmap.",
     {"Tom Reed": ("Nimbus Works Vision Systems", "division head")}),
    ("Ridge Institute robotics team lead Mia Holt spoke next.", {"Mia Holt": ("Ridge Institute", "robotics team lead")}),
    # ... a unit's noun that is a title's word too (business), and an owner's possessive before the unit
    ("Nimbus Works foundry business head Tom Reed presented the roadmap.",
     {"Tom Reed": ("Nimbus Works", "foundry business head")}),
    ("Daon Electronics' memory business head Kim Ji-ho spoke next.",
     {"Kim Ji-ho": ("Daon Electronics", "memory business head")}),
    ("Ridge Robotics' research team lead Mia Holt spoke next.", {"Mia Holt": ("Ridge Robotics", "research team lead")}),
    # who in a body a member is belongs to the title (faculty, staff, jury), the body before it to the organization
    ("Ridge University faculty members Tom Reed and Ana Vale also spoke.",
     {"Tom Reed": ("Ridge University", "faculty member"), "Ana Vale": ("Ridge University", "faculty member")}),
    ("Nimbus Works staff engineer Mia Holt presented the demo.", {"Mia Holt": ("Nimbus Works", "staff engineer")}),
])
def test_a_units_head_before_the_name(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in expected} == expected


@pytest.mark.parametrize(("text", "org"), [
    # "who leads FIELD for ORG": a field is no organization; the one after for/at is
    ("Priya Raman, who leads AI strategy for Kestrel Labs in Asia, moderated the panel.", "Kestrel Labs"),
    ("Tom Reed, who heads robotics research at Nimbus Works, spoke first.", "Nimbus Works"),
])
def test_who_leads_a_field_for_an_organization(text: str, org: str) -> None:
    ((_name, (_roles, affs)),) = _people(text).items()
    assert affs[0][0] == org


@pytest.mark.parametrize(("text", "roles"), [
    # a moderator moderates a part held with the people after "with": they sit on it
    (("Teo Lin, chief executive of the Port Authority, moderated a leadership dialogue with Vincent Clerc, CEO of "
      "Nimbus Shipping, and Soren Toft of Kestrel Lines."),
     {"Teo Lin": Role.MODERATOR, "Vincent Clerc": Role.PANELIST, "Soren Toft": Role.PANELIST}),
    ("Mia Holt chaired a panel with Lars Ober and Tom Reed.",
     {"Mia Holt": Role.MODERATOR, "Lars Ober": Role.PANELIST, "Tom Reed": Role.PANELIST}),
    ("Mia Holt chaired the session, where Lars Ober presented.", {"Mia Holt": Role.MODERATOR, "Lars Ober": Role.SPEAKER}),
    # the next speaker: "was followed by"
    (("Laura Chen of Magna gave the opening keynote. Chen was followed by Ford Motor Co.'s chief manufacturing "
      "officer, Kumar Galhotra, who described the paint line."), {"Laura Chen": Role.KEYNOTE, "Kumar Galhotra": Role.SPEAKER}),
    ("Tom Reed of Nimbus Works spoke first and was followed by Mia Holt, CTO of Kestrel Labs.",
     {"Tom Reed": Role.SPEAKER, "Mia Holt": Role.SPEAKER}),
    # opening and closing any kind of gathering
    ("The council's executive director, David Brousell, closed the summit by announcing next year's venue.",
     {"David Brousell": Role.HOST_REP}),
    ("Tom Reed, president of the Ridge Institute, closed the hackathon with a thank-you to the mentors.",
     {"Tom Reed": Role.HOST_REP}),
    # a part written as the label before a name: host, moderator
    ("Host Peter Reynolds, principal analyst at ARC, opened by asking panelists why pilots stall.",
     {"Peter Reynolds": Role.MODERATOR}),
    ("Moderator Ana Vale, CTO of Kestrel Labs, asked the speakers about data.", {"Ana Vale": Role.MODERATOR}),
    # the part as the subject a name is set beside: the name's own verb of speaking says no more
    ("The keynote speaker, Jane Roe, chair of the Lake Safety Board, spoke about accountability.",
     {"Jane Roe": Role.KEYNOTE}),
    ("The keynote speaker was Jane Roe of Nimbus Works, who spoke about data.", {"Jane Roe": Role.KEYNOTE}),
    ("The day's moderator, Tom Reed of Lake Media, spoke briefly before the panel.", {"Tom Reed": Role.MODERATOR}),
    # "keynote" before the word for a talk makes the talk a keynote; an address by someone is their talk
    ("Keynote lectures were given by Professor Jane Roe of Lake University and Dr. Tom Reed, CTO of Nimbus.",
     {"Jane Roe": Role.KEYNOTE, "Tom Reed": Role.KEYNOTE}),
    ("Keynote talks came from Jane Roe of Lake University and Tom Reed of Nimbus.",
     {"Jane Roe": Role.KEYNOTE, "Tom Reed": Role.KEYNOTE}),
    ("The forum opened on Monday with an address by Prime Minister Tom Reed.", {"Tom Reed": Role.SPEAKER}),
    # witnesses heard at a hearing
    ("The hearing heard testimony from Tom Reed of Nimbus Works and Mia Holt of Kestrel Labs.",
     {"Tom Reed": Role.SPEAKER, "Mia Holt": Role.SPEAKER}),
])
def test_parts_held_with_followed_closed_and_labelled(text: str, roles: dict[str, Role]) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in roles} == {name: {role} for name, role in roles.items()}


@pytest.mark.parametrize(("text", "expected"), [
    # a lower-case word for the kind of organization is no part of its name
    ("Judges included Ravi Kumar from NVIDIA's developer relations team and Mia Holt of the startup Kestrel Labs.",
     {"Ravi Kumar": ("NVIDIA", None), "Mia Holt": ("Kestrel Labs", None)}),
    ("Tom Reed, CEO of robotics firm Kestrel, and Lars Ober, founder of the AI startup Fjord Analytics, spoke.",
     {"Tom Reed": ("Kestrel", "CEO"), "Lars Ober": ("Fjord Analytics", "founder")}),
    # where the business is, before its kind, is no part of its name either
    ("The panel included Marcus Lee, founder of the Ann Arbor startup Sightline Robotics.",
     {"Marcus Lee": ("Sightline Robotics", "founder")}),
    ("Marcus Lee of the Lake Placid robotics startup Sightline Robotics spoke after lunch.",
     {"Marcus Lee": ("Sightline Robotics", None)}),
    ("Marcus Lee, who founded Ann Arbor startup Sightline Robotics in 2019, spoke on the panel.",
     {"Marcus Lee": ("Sightline Robotics", None)}),
    ("Marcus Lee, who founded the chipmaker Sightline Semi, spoke on the panel.",
     {"Marcus Lee": ("Sightline Semi", None)}),
    # nor the kind of a body of members, a plural's possessive inside its words
    ("Christine Weber, head of digital at German machine builders' association VDMA, spoke.",
     {"Christine Weber": ("VDMA", "head of digital")}),
    ("Tom Reed, director of trade body Make UK, and Lars Ober of the think tank Bruegel spoke.",
     {"Tom Reed": ("Make UK", "director"), "Lars Ober": ("Bruegel", None)}),
    # an asterisk inside an organization's name
    ("The panel included Dr Aisha Rahman (A*STAR) and Mr Daniel Ho (DBS Bank).",
     {"Aisha Rahman": ("A*STAR", None), "Daniel Ho": ("DBS Bank", None)}),
    ("Aisha Rahman of A*STAR spoke on robot learning.", {"Aisha Rahman": ("A*STAR", None)}),
    # a minister's portfolio is the title; the country owning it no organization; the next person stays apart
    ("The meeting was co-chaired by Kim Jung-kwan, Korea's Minister of Trade, Industry and Energy, and Katherina Reiche.",
     {"Kim Jung-kwan": (None, "Minister of Trade, Industry and Energy")}),
    ("Bae Kyung-hoon, South Korea's minister of science and ICT, spoke at the forum.",
     {"Bae Kyung-hoon": (None, "minister of science and ICT")}),
    (("Speakers were Yoo Sang-im, Minister of Science and ICT, Ahn Duk-geun, Minister of Trade, Industry and Energy, "
      "and Tom Reed."), {"Yoo Sang-im": (None, "Minister of Science and ICT"),
                       "Ahn Duk-geun": (None, "Minister of Trade, Industry and Energy")}),
    # a line "Name, Title of UNIT, ORG": the line's last part is the organization
    (("Our panelists were:\n- Angela Brooks, Director of Reliability Engineering, Dow\n"
      "- Jane Roe, Professor of Robotics, Hanbit University\n"),
     {"Angela Brooks": ("Dow", "Director of Reliability Engineering"),
      "Jane Roe": ("Hanbit University", "Professor of Robotics")}),
    # so when the organization ends in its legal form's dot, and the line after it names the next person
    (("Invited speakers included:\n\u2022 Wei Wang, Director of Smart Manufacturing, Daon Microelectronics Corp.\n"
      "\u2022 Prof. Ana Vale, Arden University\n"),
     {"Wei Wang": ("Daon Microelectronics Corp", "Director of Smart Manufacturing"), "Ana Vale": ("Arden University", None)}),
    (("Speakers:\n- Tom Reed, Head of Data Strategy, Nimbus Robotics Inc.\n- Jane Roe, CTO, Lake Co.\n"
      "- Bill Stone, Ridge Institute\n"),
     {"Tom Reed": ("Nimbus Robotics Inc", "Head of Data Strategy"), "Jane Roe": ("Lake Co", "CTO"),
      "Bill Stone": ("Ridge Institute", None)}),
    # initials inside an organization's name; an event word before a title is no organization
    ("Vincent Clerc, CEO of A.P. Moller-Maersk, spoke at the Robot Forum.", {"Vincent Clerc": ("A.P. Moller-Maersk", "CEO")}),
    ("Event director Jenna Wu, a senior in computer science, said organizers were pleased.",
     {"Jenna Wu": (None, "Event director")}),
    # a verb after an acronym closes the organization; a brand's lower-case tail does not
    ("At the hearing, Lee Ji-eun of KAIST testified.", {"Lee Ji-eun": ("KAIST", None)}),
    ("At the forum, Lee Ji-eun of SK hynix spoke.", {"Lee Ji-eun": ("SK hynix", None)}),
])
def test_kinds_portfolios_lines_and_acronyms(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in expected} == expected


@pytest.mark.parametrize("text", [
    # a list of companies introduced by "including" names no people
    "About 50 companies from both countries, including Hyundai Motor, LG Electronics, Siemens and SAP, took part.",
    "More than 200 exhibitors, including Doosan Robotics and Rainbow Robotics, took part in the expo.",
])
def test_companies_including_are_no_people(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(("text", "name"), [
    # writers who contributed, after their outlet and post
    ("The forum drew 300 people.\nAssociated Press writer Mary Clare Jalonick contributed to this report.",
     "Mary Clare Jalonick"),
    ("The forum drew 300 people. Yonhap reporter Kim Ji-ho contributed to this story.", "Kim Ji-ho"),
    # a name with a capital inside a word, in a contributor's line and in a byline
    ("The forum drew 300 people. Associated Press writer Matt O'Brien contributed to this report.", "Matt O'Brien"),
    ("By Sean McDonald and Ana Vale\n\nThe forum drew 300 people.", "Sean McDonald"),
])
def test_contributing_writers_are_reporters(text: str, name: str) -> None:
    assert _people(text)[name][0] == {Role.REPORTER}


@pytest.mark.parametrize(("text", "start", "organizers"), [
    # a hearing: the body that sits, the day the lede gives
    ("Tom Reed, CEO of Nimbus Works, testified at a hearing of the House Science Committee on Tuesday.",
     "2025-06-10", ["House Science Committee"]),
    ("At a Senate Commerce Committee hearing on Monday, Mia Holt of Kestrel Labs urged lawmakers to act.",
     "2025-06-09", ["Senate Commerce Committee"]),
    (("Senators questioned three executives on Monday about robots in warehouses.\nThe hearing, chaired by Sen. Bill "
      "Cassidy, heard testimony from Tom Reed of Nimbus Works."), "2025-06-09", []),
    # an organization's own event with no name of its own
    ("Last Thursday's ARC Advisory Group webinar drew over 600 registrants.", "2025-06-05", ["ARC Advisory Group"]),
    ("The Korea Robot Association seminar on Tuesday drew 80 engineers.", "2025-06-10", ["Korea Robot Association"]),
])
def test_hearings_and_an_organizations_own_event(text: str, start: str, organizers: list[str]) -> None:
    e, orgs = _event(text)
    assert (e.name, e.start, orgs["organizers"]) == (None, start, organizers)


@pytest.mark.parametrize(("text", "start"), [
    # "today" and weekdays count from the dateline's day
    ("SINGAPORE, 4 March 2025 — The Port Authority opened the Smart Port Asia Conference at Marina Bay Sands today.",
     "2025-03-04"),
    ("BERLIN, May 22 (Yonhap) -- Korea and Germany held their first industrial AI dialogue on Thursday.", "2025-05-22"),
])
def test_the_dateline_dates_the_report(text: str, start: str) -> None:
    e, _orgs = _event(text)
    assert e.start == start


@pytest.mark.parametrize(("text", "start"), [
    # an opening clause before a comma, with a date near the 80th character, is no dateline: the past verb
    # after the date puts the day before the publication date
    ("Hosted by the Fraunhofer Institute, the Industrial AI Day in Stuttgart on May 6 brought together 200 experts.",
     "2025-05-06"),
    ("Organized by the Lake Robotics Guild, the Ridge Robot Games at the COEX on May 6 drew a crowd of 300.",
     "2025-05-06"),
    # (a guard, passed before: a dateline on a line of its own)
    ("Brussels, 6 May 2025\n\nThe Lake AI Forum opened on Tuesday.", "2025-05-06"),
])
def test_a_date_at_the_end_of_the_first_80_characters_is_no_dateline(text: str, start: str) -> None:
    e, _orgs = _event(text, published="2025-11-06")
    assert e.start == start


@pytest.mark.parametrize(("text", "expected"), [
    # an organization with its alias opening the event; a sponsor "as a gold sponsor"
    ("The Maritime and Port Authority of Singapore (MPA) opened the Smart Port Asia Conference on Monday.",
     {"organizers": ["Maritime and Port Authority of Singapore"], "co_organizers": [], "sponsors": []}),
    ("The Robot Forum is organised by MPA together with the Shipping Association, with Accenture as a gold sponsor.",
     {"organizers": ["MPA"], "co_organizers": ["Shipping Association"], "sponsors": ["Accenture"]}),
    ("The Robot Forum was held on Monday with Nimbus Works and Kestrel Labs as platinum sponsors.",
     {"organizers": [], "co_organizers": [], "sponsors": ["Nimbus Works", "Kestrel Labs"]}),
])
def test_alias_before_the_verb_and_graded_sponsors(text: str, expected: dict[str, list[str]]) -> None:
    _e, orgs = _event(text)
    assert orgs == expected


def test_a_legislature_is_no_event_name() -> None:
    e, _orgs = _event("The National Assembly's science committee held a hearing on Monday, where Lee Ji-eun of KAIST "
                      "testified.")
    assert e.name is None and e.start == "2025-06-09"


@pytest.mark.parametrize(("text", "name", "host"), [
    # a person of an organizer who is only quoted speaks for it
    (('The Ridge Institute hosted the Robot Forum on Monday. "We doubled the program," said Mia Holt, director of '
      'the Ridge Institute.'), "Mia Holt", True),
    ('The Ridge Institute hosted the Robot Forum on Monday. "It was useful," said Tom Reed, CEO of Nimbus Works.',
     "Tom Reed", False),
])
def test_an_organizers_person_only_quoted_speaks_for_it(text: str, name: str, host: bool) -> None:
    assert (Role.HOST_REP in _people(text)[name][0]) is host


@pytest.mark.parametrize(("text", "expected"), [
    # a head of a capitalised field before the name; a clause before a comma is no one's title
    (("Provost Alicia Moreno opened the symposium, and Dean of Engineering Raj Patel introduced the first keynote "
      "speaker, Dr. Helen Cho, chief technology officer at Kestrel Aerospace."),
     {"Raj Patel": (None, "Dean of Engineering"), "Helen Cho": ("Kestrel Aerospace", "chief technology officer")}),
    ("Head of Research Tom Reed spoke next.", {"Tom Reed": (None, "Head of Research")}),
    # the level of a public body before its name
    ("Panelists included Karen Brooks of Midwest Castings and Tim Walsh of the state Department of Labor.",
     {"Karen Brooks": ("Midwest Castings", None), "Tim Walsh": ("Department of Labor", None)}),
    ("Mia Holt, an economist at the federal Office of Technology Policy, spoke.",
     {"Mia Holt": ("Office of Technology Policy", "economist")}),
])
def test_heads_of_fields_clauses_and_public_bodies(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in expected} == expected


@pytest.mark.parametrize(("text", "roles"), [
    # introducing or thanking someone by their part gives the greeter none of it
    ("Dean Raj Patel introduced the first keynote speaker, Helen Cho of Kestrel Aerospace.",
     {"Helen Cho": {Role.KEYNOTE}}),
    ("Tom Reed thanked the panelists, Mia Holt of Kestrel Labs and Lars Ober of Fjord Analytics.",
     {"Mia Holt": {Role.PANELIST}, "Lars Ober": {Role.PANELIST}}),
    # a session that brought people together
    (("The second session, moderated by KAIST professor Kim Jung-ho, brought together Rebellions CEO Park Sung-hyun "
      "and Lim Jeong-wook of the Ministry of SMEs and Startups."),
     {"Kim Jung-ho": {Role.MODERATOR}, "Park Sung-hyun": {Role.PANELIST}, "Lim Jeong-wook": {Role.PANELIST}}),
])
def test_greeters_and_sessions_that_bring_people_together(text: str, roles: dict[str, set[Role]]) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in roles if name in found} == roles
    assert not any(r & {Role.KEYNOTE, Role.PANELIST} for n, (r, _a) in found.items() if n not in roles)


@pytest.mark.parametrize(("text", "expected"), [
    # a grant's giver sponsors; an organization welcoming people to its event holds it
    ("The Robot Forum was held on Monday. It was supported by a grant from the National Science Foundation.",
     {"organizers": [], "co_organizers": [], "sponsors": ["National Science Foundation"]}),
    ("The College of Engineering welcomed 300 researchers to its fifth annual Robot Symposium on Nov. 6.",
     {"organizers": ["College of Engineering"], "co_organizers": [], "sponsors": []}),
    ("The Ridge Institute invited 80 engineers to its Robot Forum on Monday, funded in part by a gift from Nimbus Works.",
     {"organizers": ["Ridge Institute"], "co_organizers": [], "sponsors": ["Nimbus Works"]}),
])
def test_grants_and_welcomes(text: str, expected: dict[str, list[str]]) -> None:
    _e, orgs = _event(text)
    assert orgs == expected


def test_a_post_at_a_unit_of_an_organization_is_no_venue() -> None:
    e, _orgs = _event("The Robot Forum was held on Monday with Lim Jeong-wook, head of the startup support division at "
                      "the Ministry of SMEs and Startups.")
    assert e.venue is None


@pytest.mark.parametrize(("text", "expected"), [
    # a minister's state, country or portfolio before the title is part of it, never an organization
    ("Karnataka IT Minister Priyank Kharge inaugurated the event.", {"Priyank Kharge": (None, "Karnataka IT Minister")}),
    ("Trade, Industry and Energy Minister Lee Chang-yang spoke.",
     {"Lee Chang-yang": (None, "Trade, Industry and Energy Minister")}),
    ("German Economy Minister Katherina Reiche attended.", {"Katherina Reiche": (None, "German Economy Minister")}),
    # (but a ministry written by its name before the title is the organization)
    ("Ministry of Science and ICT Vice Minister Ryu Kwang-jun spoke.",
     {"Ryu Kwang-jun": ("Ministry of Science and ICT", "Vice Minister")}),
    ("Ministry of Trade, Industry and Energy Minister Ahn Duk-geun attended.",
     {"Ahn Duk-geun": ("Ministry of Trade, Industry and Energy", "Minister")}),
    # an auxiliary after the comma opens a clause, not a post: "The Robot Report, will moderate …"
    (("Steve Crowe, executive editor of The Robot Report, will moderate a fireside chat with Agility Robotics CEO "
      "Peggy Johnson."), {"Steve Crowe": ("Robot Report", "executive editor"), "Peggy Johnson": ("Agility Robotics", "CEO")}),
])
def test_ministers_and_clauses_after_a_comma(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in found} == expected


@pytest.mark.parametrize(("text", "start", "organizers"), [
    # "today announced": the day of the report, not of the event (who announces its speakers holds it)
    ("Ridge Media today announced the speakers for the Robot Summit, which will be held June 30 at Hanbit Hall.",
     "2025-06-30", ["Ridge Media"]),
    ("Nimbus Works said today that the Robot Forum will take place on July 2 in Seoul.", "2025-07-02", []),
    # the organizer after a person's title and organization
    (('"AI is here," said Jochen Koeckler, Chairman of the Managing Board of Deutsche Messe AG, the organizer of '
      'the Robot Fair, which opened on Monday.'), "2025-06-09", ["Managing Board of Deutsche Messe AG"]),
])
def test_report_days_and_organizers_after_a_title(text: str, start: str, organizers: list[str]) -> None:
    e, orgs = _event(text)
    assert (e.start, orgs["organizers"]) == (start, organizers)


@pytest.mark.parametrize(("text", "name"), [
    # a city or venue, then "for the NAME": the article the place leaves is no part of the name
    ("Executives gathered Tuesday at the Shilla Hotel in central Seoul for the JoongAng Physical AI Forum 2025.",
     "JoongAng Physical AI Forum 2025"),
    ("Engineers met in Busan for the Hanbit Port AI Summit on Monday.", "Hanbit Port AI Summit"),
])
def test_a_name_after_a_place_and_for_the(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "roles"), [
    # someone named by their relation to another: the other was not there
    ("The first keynote was given by Jensen Huang's deputy, Nimbus Vice President Deepu Talla.",
     {"Deepu Talla": {Role.KEYNOTE}}),
    ("Tom Reed's successor, Mia Holt of Nimbus Works, presented the roadmap.", {"Mia Holt": {Role.SPEAKER}}),
    # a panel chaired by one person included the others: they sat on it
    (("Later, a panel chaired by Hanbit University professor Lee Jeong-hoon included Nimbus CEO Lee Jung-ho and "
      "Kestrel Vice President Kim Min-pyo."),
     {"Lee Jeong-hoon": {Role.MODERATOR}, "Lee Jung-ho": {Role.PANELIST}, "Kim Min-pyo": {Role.PANELIST}}),
    ("The forum, moderated by Ana Vale of Kestrel Labs, featured Tom Reed and Mia Holt of Nimbus Works.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.SPEAKER}, "Mia Holt": {Role.SPEAKER}}),
])
def test_relations_and_people_a_moderated_part_included(text: str, roles: dict[str, set[Role]]) -> None:
    assert {name: r for name, (r, _a) in _people(text).items()} == roles


@pytest.mark.parametrize("text", [
    # the press office named under a contact header is no one at the event
    "The Robot Forum was held on Monday.\nFor more information: Thomas Regnier, Spokesperson, +32 2 299 9180\n",
    "The Robot Forum was held on Monday.\nMedia contacts:\nTom Reed, Ridge Media, +82 2 555 0100\n",
])
def test_contact_lines_name_no_participant(text: str) -> None:
    assert _people(text) == {}


def test_a_nationality_before_a_kind_word_is_no_part_of_the_name() -> None:
    found = _people("In a session on start-ups, Anna Larsson, founder of the Swedish company Nordic Vision AB, spoke.")
    assert found["Anna Larsson"][1][0] == ("Nordic Vision AB", "founder")


@pytest.mark.parametrize(("text", "start", "organizers"), [
    # a dateline on a line of its own dates "today"; a day between the organization and its verb
    ("Brussels, 12 February 2025\n\nThe European Commission today hosted an information day on AI Factories.",
     "2025-02-12", ["European Commission"]),
    ("The Ridge Institute on Tuesday held its Robot Forum at Hanbit Hall.", "2025-06-10", ["Ridge Institute"]),
])
def test_a_dateline_line_and_a_day_before_the_verb(text: str, start: str, organizers: list[str]) -> None:
    e, orgs = _event(text)
    assert (e.start, orgs["organizers"]) == (start, organizers)


@pytest.mark.parametrize(("text", "expected"), [
    # Malaysian honours before a name; a minister's two-word portfolio; an owner after "and" owns the next name
    ("PSDC chief executive officer Datuk Muhamad Roslan Saad said the seminar was part of a series.",
     {"Muhamad Roslan Saad": ("PSDC", "chief executive officer")}),
    ("Premier Cho Jung-tai and Minister of Economic Affairs Kung Ming-hsin attended the opening ceremony.",
     {"Cho Jung-tai": (None, "Premier"), "Kung Ming-hsin": (None, "Minister of Economic Affairs")}),
    (("Speakers were Dr Lim Chee Peng of Universiti Sains Malaysia and Keysight Technologies' Tan Mei Ling, who spoke "
      "on digital twins."),
     {"Lim Chee Peng": ("Universiti Sains Malaysia", None), "Tan Mei Ling": ("Keysight Technologies", None)}),
])
def test_honours_portfolios_and_owners_after_and(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in found} == expected


@pytest.mark.parametrize(("text", "host"), [
    # a person of the organizer who only said something, quoted or not, speaks for it
    (("The Ridge Institute hosted the Robot Forum on Monday. Mia Holt, director of the Ridge Institute, said "
      "attendance doubled."), True),
    ("The Ridge Institute hosted the Robot Forum on Monday. Tom Reed, CEO of Nimbus Works, said attendance doubled.",
     False),
])
def test_an_organizers_person_who_said_something_speaks_for_it(text: str, host: bool) -> None:
    (name,) = _people(text)
    assert (Role.HOST_REP in _people(text)[name][0]) is host


@pytest.mark.parametrize(("text", "expected"), [
    # the items of a list parted by semicolons after "speakers included" are speakers, whatever their shape
    (("Session speakers included Ford's global director of advanced manufacturing, Nolan Reed; Lisa Alvarez "
      "(Siemens Digital Industries Software); and two CMU faculty members, Aaron Johnson and Ding Zhao."),
     {"Nolan Reed": ("Ford", "global director of advanced manufacturing"),
      "Lisa Alvarez": ("Siemens Digital Industries Software", None), "Aaron Johnson": None, "Ding Zhao": None}),
    ("Panelists were Tom Reed, CTO of Nimbus Works; Mia Holt (Kestrel Labs); and Lars Ober.",
     {"Tom Reed": ("Nimbus Works", "CTO"), "Mia Holt": ("Kestrel Labs", None), "Lars Ober": None}),
    # initials with periods inside an organization's name; initials alone are no person
    ("Tom Reed of the U.S. Department of Energy spoke with U.S. Rep. Chris Deluzio.",
     {"Tom Reed": ("U.S. Department of Energy", None), "Chris Deluzio": (None, "Rep.")}),
])
def test_semicolon_lists_and_initials(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: (found[name][1][0] if found[name][1] else None) for name in found} == expected
    assert all(roles & {Role.SPEAKER, Role.PANELIST} for roles, _a in found.values())


def test_a_dateline_before_the_hosts_list() -> None:
    _e, orgs = _event("Robots\n\nPITTSBURGH — The Ridge Institute and the Kestrel Institute jointly hosted the Robot "
                      "Summit on Sept. 9 at Hanbit Hall.")
    assert orgs["organizers"] == ["Ridge Institute", "Kestrel Institute"]


_ATTENDING = ("The Korea Robot Association held the Robot Forum on Monday. Attending were Tom Reed, chairman of the Korea "
              "Robot Association, and Mia Holt, director of the Korea Robot Association.")


@pytest.mark.parametrize(("text", "name", "host"), [
    # the organizer's own head, attending, represents it; a unit's director does not
    (_ATTENDING, "Tom Reed", True),
    (_ATTENDING, "Mia Holt", False),
])
def test_the_organizers_head_attending_represents_it(text: str, name: str, host: bool) -> None:
    roles = _people(text)[name][0]
    assert Role.ATTENDEE in roles and (Role.HOST_REP in roles) is host


@pytest.mark.parametrize(("text", "expected"), [
    # a brand written with a lower-case first letter before the title
    ("Later, iRobot founder Colin Angle spoke about robots at war.", {"Colin Angle": ("iRobot", "founder")}),
    ("The keynote was given by eBay chief technology officer Mia Holt.", {"Mia Holt": ("eBay", "chief technology officer")}),
])
def test_a_lower_case_brand_before_the_title(text: str, expected: dict) -> None:
    found = _people(text)
    assert {name: found[name][1][0] for name in found} == expected


@pytest.mark.parametrize(("text", "name"), [
    # an office of the event itself (its chairman, its director), or the event as the person's organization
    ('The UL Robot Conference opened on Monday. Conference Chairman, Dr Peter Tiernan added "it is our best yet."',
     "Peter Tiernan"),
    ('The Robot Week opened on Monday. "We sold out," said Robby Clark, Exhibition Director of the Robot Week.',
     "Robby Clark"),
    ('The Robot Forum opened on Monday. "We sold out," said Mia Holt, the forum director.', "Mia Holt"),
])
def test_the_events_own_office_represents_its_host(text: str, name: str) -> None:
    assert Role.HOST_REP in _people(text)[name][0]


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a compound adjective names who holds or sponsors the event, and is no part of its name
    ("Speaking at the Nimbus-hosted Robot Forum on Monday, Tom Reed of Kestrel Labs praised the program.", "Robot Forum",
     {"organizers": ["Nimbus"], "co_organizers": [], "sponsors": []}),
    ("A KOTRA-organized roadshow and the Samsung-sponsored Robot Forum drew crowds on Monday.", "Robot Forum",
     {"organizers": ["KOTRA"], "co_organizers": [], "sponsors": ["Samsung"]}),
    # sponsors by tier; an organization serving as host; the producer of what another presents
    ("The Robot Forum opened on Monday. Platinum sponsors include Nimbus Works and Kestrel Labs.", "Robot Forum",
     {"organizers": [], "co_organizers": [], "sponsors": ["Nimbus Works", "Kestrel Labs"]}),
    ("The Robot Forum opened on Monday. The Ridge Institute served as host.", "Robot Forum",
     {"organizers": ["Ridge Institute"], "co_organizers": [], "sponsors": []}),
    ("The Robot Forum, presented by Nimbus Works and produced by Ridge Media, opened on Monday.", "Robot Forum",
     {"organizers": ["Nimbus Works"], "co_organizers": ["Ridge Media"], "sponsors": []}),
])
def test_compound_hosts_tiers_and_producers(text: str, name: str, expected: dict[str, list[str]]) -> None:
    e, orgs = _event(text)
    assert (e.name, orgs) == (name, expected)


def test_a_hyphenated_participle_opens_no_clause() -> None:
    found = _people("Speaking at the Nimbus-hosted Robot Forum on Monday, Tom Reed of Kestrel Labs praised the program.")
    assert found["Tom Reed"][0] == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "venue"), [
    # on the campus (grounds, premises) of a place; a talk "on" a topic names no place
    ("The hackathon took place on the campus of Hanbit University from June 3 to 5.", "Hanbit University"),
    ("The Robot Fair was held on the grounds of the Hanbit Science Park on Monday.", "Hanbit Science Park"),
    ("The Robot Forum was held on Monday. Tom Reed gave a talk on Robot Ethics at the forum.", None),
])
def test_on_the_campus_of_a_place(text: str, venue: str | None) -> None:
    e, _orgs = _event(text)
    assert e.venue == venue


@pytest.mark.parametrize(("text", "name", "role"), [
    # a person's own talk, written as their possessive; taking the audience's questions
    ("The Robot Forum was held on Monday. Tom Reed's presentation focused on factory data.", "Tom Reed", Role.SPEAKER),
    ("The Robot Forum was held on Monday. Mia Holt's opening keynote set the tone.", "Mia Holt", Role.KEYNOTE),
    ("The Robot Forum was held on Monday. Tom Reed, CEO of Nimbus Works, took questions from the audience.", "Tom Reed",
     Role.SPEAKER),
    ("The Robot Forum was held on Monday. Mia Holt of Kestrel Labs fielded questions from students.", "Mia Holt",
     Role.SPEAKER),
])
def test_a_persons_own_talk_and_questions(text: str, name: str, role: Role) -> None:
    assert _people(text)[name][0] == {role}


def test_a_persons_company_is_no_talk() -> None:
    assert _people("The Robot Forum was held on Monday. Tom Reed's company, Nimbus Works, sponsored it.") == {}


@pytest.mark.parametrize(("text", "city"), [
    # no venue named: the city the event was held in, before or after the day
    ("The forum, organized by Acme, took place on Tuesday in Sejong.", "Sejong"),
    ("The AI Summit was held in Busan on Monday. Kim Min-su, CEO of Acme, gave a keynote.", "Busan"),
    # words that are no place name give no city
    ("The forum was held on Tuesday in Future Manufacturing, organized by Acme.", None),
])
def test_the_city_an_event_was_held_in_without_a_venue(text: str, city: str | None) -> None:
    [e] = extract(Article("c", text, "c.txt", published="2025-05-20", lang="en")).events
    assert (e.venue, e.city) == (None, city)


@pytest.mark.parametrize(("text", "org"), [
    # a relative clause leading a unit of an organization: the organization is the unit's owner
    ("The AI forum was held on Monday. Kim Jung-ho, who heads Samsung's AI center, presented a roadmap.", "Samsung"),
    ("The AI forum was held on Monday. Jane Roe, who leads Acme Robotics' cobot team, spoke about safety.",
     "Acme Robotics"),
    ("The AI forum was held on Monday. Jane Roe, who runs Acme Robotics, spoke about safety.", "Acme Robotics"),
])
def test_the_owner_of_the_unit_a_person_leads(text: str, org: str) -> None:
    [(roles, affs)] = _people(text).values()
    assert Role.SPEAKER in roles and affs[0][0] == org


@pytest.mark.parametrize(("text", "name", "role"), [
    # a part of the programme led, facilitated or hosted by someone: its moderator
    ("The AI forum was held on Monday. The session on predictive maintenance was led by Priya Raman, director "
     "at GE Digital.", "Priya Raman", Role.MODERATOR),
    ("The AI forum was held on Monday. A panel discussion about robots in logistics was facilitated by Dr. Tom "
     "Reed of Acme Robotics.", "Tom Reed", Role.MODERATOR),
    # a workshop's leader teaches it
    ("The AI forum was held on Monday. The workshop was led by Jane Roe of Acme.", "Jane Roe", Role.SPEAKER),
    ("The AI forum was held on Monday. A hands-on workshop led by Jane Roe, CTO of Acme, drew 40 engineers.",
     "Jane Roe", Role.SPEAKER),
    # ... and its organiser; a session's organiser chairs it; an event's organiser represents its holder (a guard:
    # so before)
    ("The AI forum was held on Monday. The workshops were organised by Jane Roe of Acme and Tom Reed of Bolt.",
     "Jane Roe", Role.SPEAKER),
    ("The AI forum was held on Monday. The afternoon sessions were organized by Priya Raman of Lake University.",
     "Priya Raman", Role.MODERATOR),
    ("The AI forum was held on Monday. The forum was organized by Priya Raman, a professor at Lake University.",
     "Priya Raman", Role.HOST_REP),
])
def test_who_led_a_part(text: str, name: str, role: Role) -> None:
    assert _people(text)[name][0] == {role}


@pytest.mark.parametrize("text", [
    # a capitalised list head that ends in a verb is no title of the name after it
    "KIRIA held a seminar on Thursday. Participants included Oh Sang-rok, a professor at Korea University.",
    "The AI forum took place on Monday. Attendees included Oh Sang-rok, professor at Korea University, and "
    "Choi Ji-hye of ETRI.",
])
def test_participants_included(text: str) -> None:
    assert _people(text)["Oh Sang-rok"][0] == {Role.ATTENDEE}


@pytest.mark.parametrize(("text", "expected"), [
    # plural role nouns heading a list of names with their organizations in parentheses
    ("The AI forum took place on Monday. Session chairs were Park Ji-won (KAIST) and Lee Dong-hyun (POSTECH).",
     {"Park Ji-won": ({Role.MODERATOR}, "KAIST"), "Lee Dong-hyun": ({Role.MODERATOR}, "POSTECH")}),
    ("The AI forum took place on Monday. The discussants were Dr. Park Ji-won of KAIST and Lee Dong-hyun of POSTECH.",
     {"Park Ji-won": ({Role.PANELIST}, "KAIST"), "Lee Dong-hyun": ({Role.PANELIST}, "POSTECH")}),
    # a talk verb after the name, or "next up was" before it
    ("The Herald AI Forum took place on Wednesday. Next up was Kang Min-ji, CEO of VisionLab, who showed a demo.",
     {"Kang Min-ji": ({Role.SPEAKER}, "VisionLab")}),
    ("The Herald AI Forum took place on Wednesday. Kang Min-ji, CEO of VisionLab, outlined how vision AI works.",
     {"Kang Min-ji": ({Role.SPEAKER}, "VisionLab")}),
    # a part's passive with its agents listed ("were delivered by"): each agent, with their posts set off by commas
    ("The Herald AI Forum took place on Wednesday. Keynotes were delivered by Kang Min-ji, CEO of VisionLab, and "
     "Tom Reed, chief digital officer of Orbis.",
     {"Kang Min-ji": ({Role.KEYNOTE}, "VisionLab"), "Tom Reed": ({Role.KEYNOTE}, "Orbis")}),
    # going over a subject before the audience
    ("The Herald AI Forum took place on Wednesday. Kang Min-ji, CEO of VisionLab, laid out a three-year roadmap.",
     {"Kang Min-ji": ({Role.SPEAKER}, "VisionLab")}),
    ("The Herald AI Forum took place on Wednesday. Kang Min-ji of VisionLab recounted her first factory deployment.",
     {"Kang Min-ji": ({Role.SPEAKER}, "VisionLab")}),
    ("The Herald AI Forum took place on Wednesday. Tom Reed, CTO of Orbis, reflected on a decade of robotics.",
     {"Tom Reed": ({Role.SPEAKER}, "Orbis")}),
    # ... not the noun or the adjective of the same word
    ("The Herald AI Forum took place on Wednesday. For details, contact Tom Reed, CTO of Orbis, at tom@orbis.com.",
     {"Tom Reed": (set(), "Orbis")}),
    ("The Herald AI Forum took place on Wednesday. A detailed report by Tom Reed, CTO of Orbis, was released.",
     {"Tom Reed": (set(), "Orbis")}),
])
def test_chairs_discussants_and_the_next_speaker(text: str, expected: dict) -> None:
    assert {n: (roles, affs[0][0]) for n, (roles, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name and "of ORG" (no organization word) is a person when what follows is only a speaker's doing
    ("The Lake AI Forum was held on June 3. Ana Vale of Acme closed the day with a talk on agents.",
     {"Ana Vale": ({Role.SPEAKER}, "Acme")}),
    ("The Lake AI Forum was held on June 3. The afternoon belonged to Ana Vale of Acme, whose talk on agents drew a "
     "crowd.", {"Ana Vale": ({Role.SPEAKER}, "Acme")}),
    ("The Lake AI Forum was held on June 3. Tom Reed of Orbis laid out a three-year roadmap.",
     {"Tom Reed": ({Role.SPEAKER}, "Orbis")}),
    ("The Lake AI Forum was held on June 3. Tom Reed of Orbis reflected on a decade of robotics.",
     {"Tom Reed": ({Role.SPEAKER}, "Orbis")}),
    ("The Lake AI Forum was held on June 3. Experts such as Ana Vale of Acme and Tom Reed of Orbis weighed in.",
     {"Ana Vale": ({Role.SPEAKER}, "Acme"), "Tom Reed": ({Role.SPEAKER}, "Orbis")}),
    # the one joined on stage is on stage too
    ("The Lake AI Forum was held on June 3. Ana Vale of Acme joined Tom Reed of Orbis on stage.",
     {"Ana Vale": ({Role.SPEAKER}, "Acme"), "Tom Reed": ({Role.SPEAKER}, "Orbis")}),
    # attending, the name and its organization before it
    ("The Lake AI Forum was held on June 3. Ana Vale of Acme moderated the panel, and Tom Reed of Orbis attended.",
     {"Ana Vale": ({Role.MODERATOR}, "Acme"), "Tom Reed": ({Role.ATTENDEE}, "Orbis")}),
    ("The Lake AI Forum was held on June 3. Tom Reed of Orbis attended the forum as a guest.",
     {"Tom Reed": ({Role.ATTENDEE}, "Orbis")}),
    # ... not when a company could do it ("opened a new plant")
    ("The Lake AI Forum was held on June 3. Ana Vale of Acme opened a new plant.", {}),
])
def test_a_name_of_an_organization_doing_what_speakers_do(text: str, expected: dict) -> None:
    assert {n: (roles, affs[0][0]) for n, (roles, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "name", "role"), [
    # three romanised syllables, each a word, are a person's name, not the organization that holds the event
    ("Gan Kim Seng opened the Lake AI Summit on June 3 at Marina Hall.", "Gan Kim Seng", Role.HOST_REP),
    ("The Lake AI Summit was held on June 3. Heng Swee Tok delivered the keynote.", "Heng Swee Tok", Role.KEYNOTE),
])
def test_a_name_of_three_romanised_syllables(text: str, name: str, role: Role) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == []
    assert _people(text)[name][0] == {role}


@pytest.mark.parametrize(("text", "kind", "orgs"), [
    # a brand ending in a lower-case word is one list item
    ("The AI Forum took place on Monday. It was sponsored by Samsung Electronics, SK hynix and Naver.",
     "sponsors", ["Samsung Electronics", "SK hynix", "Naver"]),
    ("The AI Forum took place on Monday. Sponsors included SK hynix, KT cloud and LG.",
     "sponsors", ["SK hynix", "KT cloud", "LG"]),
    # a place after the last host is where the event was; after an embassy it is the embassy's seat
    ("The AI Forum took place on Monday. It was hosted by Acme and KIRIA in Seoul.", "organizers", ["Acme", "KIRIA"]),
    ("The AI Forum took place on Monday. It was sponsored by the British Embassy in Seoul and the EU Delegation "
     "in Korea.", "sponsors", ["British Embassy in Seoul", "EU Delegation in Korea"]),
])
def test_list_items_with_brands_and_seats(text: str, kind: str, orgs: list[str]) -> None:
    assert _event(text)[1][kind] == orgs


@pytest.mark.parametrize(("text", "name", "role"), [
    # a sentence set in a part of the programme makes the person named in it one who spoke
    ("The AI Summit was held on Tuesday. During the fireside chat, Carlos King of GE Digital answered questions "
     "from the audience.", "Carlos King", Role.SPEAKER),
    ("The AI Summit was held on Tuesday. At a panel discussion, Mary Chen of Bosch said robots need data.",
     "Mary Chen", Role.PANELIST),
    # a host with no organization or title, after the cue that leads to them
    ("The AI Summit was held on Tuesday. The event was emceed by Sven Rossi.", "Sven Rossi", Role.MODERATOR),
    ("The AI Summit was held on Tuesday. The afternoon was MCed by Hana Patel.", "Hana Patel", Role.MODERATOR),
    # verbs after the name that say the person spoke
    ("The AI Summit was held on Tuesday. Raj Lee of Siemens fielded audience questions.", "Raj Lee", Role.SPEAKER),
    ("The AI Summit was held on Tuesday. Raj Lee of Siemens led a hands-on workshop.", "Raj Lee", Role.SPEAKER),
    ("The AI Summit was held on Tuesday. Siemens sent Fatima Lee, its senior researcher, to present a roadmap.",
     "Fatima Lee", Role.SPEAKER),
])
def test_framed_sentences_and_more_speaking_verbs(text: str, name: str, role: Role) -> None:
    assert role in _people(text)[name][0]


@pytest.mark.parametrize(("text", "edition"), [
    ("The third annual Lake AI Forum began on Thursday.", 3),
    ("Governor Tom Reed opened ACMEE 2023, 15th international machine tools exhibition, on Thursday.", 15),
    # an ordinal before a lower-case word that names no gathering is no edition
    ("The India AI Summit began on Thursday. Speaking at the inaugural session, Jane Roe of Acme said so.", None),
    ("The AI Expo began on Thursday, for the first time in Busan.", None),
    ("The AI Expo began on Thursday. In the second video, a robot opened a door.", None),
])
def test_edition_only_of_a_gathering(text: str, edition: int | None) -> None:
    [e] = extract(Article("t", text, "t.txt", published="2025-05-20", lang="en")).events
    assert e.edition == edition


@pytest.mark.parametrize(("text", "title"), [
    # a capitalised portfolio after "Minister for" is part of the title, however it ends
    ("The AI Summit began on Thursday. Ashwini Vaishnaw, Union Minister for Electronics and IT, urged startups "
     "to build.", "Union Minister for Electronics and IT"),
    ("The AI Summit began on Thursday. Ashwini Vaishnaw, Minister for Electronics and IT, spoke.",
     "Minister for Electronics and IT"),
    # ... and the government whose post it is, written after it
    ("The AI Summit began on Thursday. The inaugural address was delivered by Shri Tom Reed, Minister for Industries, "
     "Government of Lakeland.", ("Government of Lakeland", "Minister for Industries")),
    ("The AI Summit began on Thursday. Ana Vale, Minister for Information Technology, Government of Lakeland, spoke.",
     ("Government of Lakeland", "Minister for Information Technology")),
])
def test_a_ministers_portfolio_after_for(text: str, title: str | tuple[str, str]) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-05-20", lang="en"))
    [p] = x.people
    org, title = title if isinstance(title, tuple) else (None, title)
    names = {o.id: o.name for o in x.organizations}
    assert [(names.get(a.org or ""), a.title) for a in p.affiliations] == [(org, title)]


def test_people_who_debated_sat_on_a_panel() -> None:
    people = _people("The AI Summit began on Thursday. Gita Gopinath took the stage to discuss trade, while "
                     "Raghuram Rajan and Kaushik Basu debated monetary policy in a session chaired by Sonal Varma of Nomura.")
    assert {n: r for n, (r, _a) in people.items()} == {
        "Gita Gopinath": {Role.SPEAKER}, "Raghuram Rajan": {Role.PANELIST}, "Kaushik Basu": {Role.PANELIST},
        "Sonal Varma": {Role.MODERATOR}}


@pytest.mark.parametrize("text", [
    # a host university before "for the NAME" is where it was held, not part of the name
    "Researchers gathered Tuesday at Carnegie Mellon University for the Future of Work Symposium.",
    "Researchers met at Stanford University on Tuesday for the Future of Work Symposium.",
])
def test_a_university_before_for_the_name(text: str) -> None:
    [e] = extract(Article("t", text, "t.txt", published="2025-05-20", lang="en")).events
    assert e.name == "Future of Work Symposium"


def test_an_award_named_in_its_ceremony_is_no_organizer() -> None:
    _e, orgs = _event("Hosted by the Manufacturing Institute, the Women MAKE Awards ceremony honored 130 women on Tuesday.")
    assert orgs["organizers"] == ["Manufacturing Institute"]


@pytest.mark.parametrize(("text", "roles"), [
    # showing or demonstrating something on stage is a talk
    ("The AI Summit was held on Tuesday. Shortly after the opening remarks, iRobot founder Colin Angle vividly "
     "illustrated the impact of robots by showing two clips.", {Role.SPEAKER}),
    ("The AI Summit was held on Tuesday. Colin Angle, CTO of Acme, demonstrated a welding robot.", {Role.SPEAKER}),
    # ... but a cue inside what the person reported is not their part (at an expo: at an event of talks, what one
    # with a post said is said speaking there, see test_reported_speech_at_an_event_of_talks)
    ("The AI Expo was held on Tuesday. Colin Angle, CTO of Acme, said a study demonstrated gains.", set()),
    ("The AI Expo was held on Tuesday. Colin Angle, CTO of Acme, said robots presented new risks.", set()),
    ("The AI Summit was held on Tuesday. Colin Angle told reporters the summit attendees were happy.", set()),
    # where one told the press is no part of what one told it: on the sidelines of the event, one attended
    ("The AI Summit was held on Tuesday. Colin Angle, CTO of Acme, told reporters on the sidelines of the summit that "
     "robots were ready.", {Role.ATTENDEE}),
    ("The AI Summit was held on Tuesday. Speaking to journalists on the sidelines of the event, Colin Angle said robots "
     "were ready.", {Role.ATTENDEE}),
])
def test_demonstrations_and_reported_cues(text: str, roles: set[Role]) -> None:
    assert _people(text)["Colin Angle"][0] == roles


@pytest.mark.parametrize("text", [
    # an acronym the text defines anywhere joins the organization it names, wherever the long form stands
    "■ Sponsor: Hanbit Research Institute\nThe Hanbit Research Institute (HRI) and Acme held the AI Forum on "
    "Tuesday. HRI President Tom Reed gave the welcome address.",
    "The AI Forum was held on Tuesday, sponsored by the Hanbit Research Institute. The Hanbit Research Institute "
    "(HRI) was founded in 1990. Tom Reed, President of HRI, gave the welcome address.",
])
def test_an_acronym_defined_anywhere_joins_its_organization(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-05-20", lang="en"))
    names = {o.id: o for o in x.organizations}
    [p] = x.people
    org = names[p.affiliations[0].org]
    assert org.name == "Hanbit Research Institute" and "HRI" in org.aliases
    assert p.affiliations[0].org in x.events[0].sponsors
    assert {r.role for r in p.roles} == {Role.HOST_REP}


@pytest.mark.parametrize(("text", "role"), [
    # opening or welcoming remarks by a guest (another organization, a minister) where the holder is known
    ("Reed Exhibitions organized the AI Expo on Tuesday. The expo was opened by Dr Jens Keller, Managing Director "
     "of AMGC.", Role.OTHER),
    ("Reed Exhibitions organized the AI Expo on Tuesday. A welcoming address came from Ana Vale, Minister for "
     "Jobs and Trade.", Role.OTHER),
    # ... but by someone of the holder or of its parent, on its behalf
    ("The Penn State College of Engineering hosted the AI Expo on Tuesday. The expo was opened by Lora Weiss, "
     "senior vice president for research at Penn State.", Role.HOST_REP),
    # the day's first remarks open it
    ("Lake University hosted the Lake AI Symposium on Oct. 22. The day began with remarks from Lake University "
     "provost Carol Flannagan.", Role.HOST_REP),
    ("Lake University hosted the Lake AI Symposium on Oct. 22. The event kicked off with remarks by Carol "
     "Flannagan, the provost of Lake University.", Role.HOST_REP),
])
def test_remarks_by_a_guest_and_by_the_host(text: str, role: Role) -> None:
    [(roles, _affs)] = _people(text).values()
    assert roles == {role}


@pytest.mark.parametrize("text", [
    # the place a person works, after "at", is no person, even before a verb that says someone spoke
    "The Herald Forum was held on Wednesday. Kim Jae-hoon, a senior analyst at KIET, and Lee Su-jin, who leads AI "
    "strategy at Hyundai Motor, joined a panel discussion moderated by Korea Herald editor Choi Min-ho.",
    "The Herald Forum was held on Wednesday. Kim Jae-hoon, a senior analyst at KIET, and Lee Su-jin, who works at "
    "Hyundai Motor, joined the afternoon panel, which Korea Herald editor Choi Min-ho moderated.",
])
def test_a_workplace_after_at_is_no_person(text: str) -> None:
    people = _people(text)
    assert set(people) == {"Kim Jae-hoon", "Lee Su-jin", "Choi Min-ho"}
    assert people["Kim Jae-hoon"][0] == people["Lee Su-jin"][0] == {Role.PANELIST}
    assert people["Choi Min-ho"][0] == {Role.MODERATOR}


@pytest.mark.parametrize(("text", "org", "unit"), [
    # the organization of a post, and the unit of it the text names
    ("The AI Summit took place on Tuesday. Kim Min-ho, Professor at the Department of Mechanical Engineering, "
     "Hanbit University, spoke on robots.", "Hanbit University", "Department of Mechanical Engineering"),
    ("The AI Summit took place on Tuesday. Professor Kim Min-ho of Seoul National University's Graduate School "
     "of AI gave a talk.", "Seoul National University", "Graduate School of AI"),
    ("The AI Summit took place on Tuesday. Kim Min-ho, who is the head of Bosch's AI division, presented.",
     "Bosch", "AI division"),
    # a possessive that is part of a name is no owner
    ("The AI Summit took place on Tuesday. Kim Min-ho, director of the Children's Research Center, presented.",
     "Children's Research Center", None),
])
def test_the_unit_of_an_organization(text: str, org: str, unit: str | None) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-05-20", lang="en"))
    names = {o.id: o.name for o in x.organizations}
    [p] = x.people
    assert [(names[a.org] if a.org else None, a.unit) for a in p.affiliations] == [(org, unit)]


@pytest.mark.parametrize(("text", "name", "venue"), [
    # a place or region after the type word is part of the name, the year after it too
    ("AI Expo Korea 2026 runs from June 3 to 5 at COEX in Seoul, organizers said Monday.", "AI Expo Korea 2026", "COEX"),
    ("Robotics firms gathered at the Robot World Asia on Tuesday at the Hilton Seoul.", "Robot World Asia",
     "Hilton Seoul"),
    # an alias in parentheses, then the year (the name is the words before the initials, as in
    # "Industrial Transformation Asia-Pacific (ITAP) 2025"); the event named after "at" is not its own venue
    ("Samsung unveiled its new chip at the Samsung Foundry Forum (SFF) 2026 in San Jose on June 12.",
     "Samsung Foundry Forum", None),
])
def test_names_with_a_place_or_an_alias_and_a_year(text: str, name: str, venue: str | None) -> None:
    [e] = extract(Article("t", text, "t.txt", published="2026-06-15", lang="en")).events
    assert (e.name, e.venue) == (name, venue)


@pytest.mark.parametrize(("text", "reporters"), [
    # a byline with an editor after a separator; a wire service's reporting credit in parentheses
    ("Written by Priya Nair | Edited by Tom Walsh\n\nThe Smart Manufacturing Summit took place on Monday in Pune.",
     {"Priya Nair"}),
    ("By Priya Nair / Mumbai\n\nThe Smart Manufacturing Summit took place on Monday in Pune.", {"Priya Nair"}),
    ("The AI Summit took place on Monday. (Reporting by Joyce Lee; Editing by Kenneth Maxwell)", {"Joyce Lee"}),
])
def test_bylines_and_reporting_credits(text: str, reporters: set[str]) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-05-20", lang="en"))
    assert {p.name for p in x.people if Role.REPORTER in {r.role for r in p.roles}} == reporters


def test_a_host_after_the_day_an_alias_after_corp_and_a_list_of_owned_names() -> None:
    text = ("DETROIT — Leaders discussed AI at the Manufacturing AI Forum, hosted Thursday by the Michigan Economic "
            "Development Corp. (MEDC) at Huntington Place.\n\n\"We have to bring workers along,\" said Gov. Gretchen "
            "Whitmer, who opened the forum.\n\nA panel on workforce featured Ford's Sarah Lin, GM's Tom Park and UAW "
            "Vice President Mike Booth. MEDC CEO Quentin Messer Jr. closed the event.")
    x = extract(Article("t", text, "t.txt", published="2026-05-22", lang="en"))
    names = {o.id: o.name for o in x.organizations}
    [e] = x.events
    assert [names[o] for o in e.organizers] == ["Michigan Economic Development Corp"]
    people = {p.name: ({r.role for r in p.roles}, [(names.get(a.org) if a.org else None, a.title)
                                                   for a in p.affiliations]) for p in x.people}
    assert people["Sarah Lin"] == ({Role.PANELIST}, [("Ford", None)])
    assert people["Mike Booth"] == ({Role.PANELIST}, [("UAW", "Vice President")])
    # the holder's head closes it for the holder; the governor's opening remarks are a guest's
    assert people["Quentin Messer Jr."] == ({Role.HOST_REP}, [("Michigan Economic Development Corp", "CEO")])
    assert people["Gretchen Whitmer"][0] == {Role.QUOTED, Role.OTHER}


@pytest.mark.parametrize("text", [
    "The Robot Forum was held on Monday, organized on Monday by the Hanbit Robot Association.",
    "The Robot Forum, hosted today by the Hanbit Robot Association, drew 300 people on Monday.",
])
def test_hosted_on_a_day_by(text: str) -> None:
    assert _event(text)[1]["organizers"] == ["Hanbit Robot Association"]


@pytest.mark.parametrize(("text", "name", "role"), [
    # the chief guest of a function, and a session addressed by someone
    ("The Semicon India 2026 conference opened on Friday. Karnataka Chief Minister Basavaraj Bommai, who was the "
     "chief guest, said the state had attracted investments.", "Basavaraj Bommai", Role.OTHER),
    ("The Semicon India 2026 conference opened on Friday. The guest of honour was Basavaraj Bommai, Chief Minister "
     "of Karnataka.", "Basavaraj Bommai", Role.OTHER),
    ("The Semicon India 2026 conference opened on Friday. The valedictory session was addressed by Ajit Manocha, "
     "president and CEO of SEMI.", "Ajit Manocha", Role.SPEAKER),
    ("The Semicon India 2026 conference opened on Friday. The plenary was addressed on Saturday by Ajit Manocha of "
     "SEMI.", "Ajit Manocha", Role.SPEAKER),
])
def test_chief_guests_and_addressed_sessions(text: str, name: str, role: Role) -> None:
    assert _people(text)[name][0] == {role}


@pytest.mark.parametrize(("text", "expected"), [
    # a jury or panel that consists of people with their organizations in parentheses
    ("The Robot Forum was held on Monday. The jury consisted of Anna Weber (Fraunhofer IPA) and Dr. Li Wei "
     "(Siemens).", {"Anna Weber": ({Role.OTHER}, "Fraunhofer IPA"), "Li Wei": ({Role.OTHER}, "Siemens")}),
    ("The Robot Forum was held on Monday. The jury, made up of Anna Weber (Fraunhofer IPA) and Marc Dubois (ABB), "
     "chose three teams.", {"Anna Weber": ({Role.OTHER}, "Fraunhofer IPA"), "Marc Dubois": ({Role.OTHER}, "ABB")}),
    # opened by two people; an honorific's person with the organization in parentheses
    ("The Robot Forum was held on Monday. It was opened by Bernd Liepert and Khalil Rouhana of the European "
     "Commission.", {"Bernd Liepert": ({Role.HOST_REP}, None), "Khalil Rouhana": ({Role.HOST_REP}, "European Commission")}),
    ("The Robot Forum was held on Monday. Dr. Li Wei (Siemens) gave a talk.", {"Li Wei": ({Role.SPEAKER}, "Siemens")}),
])
def test_juries_openers_and_honorifics_with_parentheses(text: str, expected: dict) -> None:
    got = {n: (r, affs[0][0] if affs else None) for n, (r, affs) in _people(text).items()}
    assert got == expected


@pytest.mark.parametrize(("text", "org"), [
    # "the association" refers back to the one association of the article, the event's first
    ("Robotworld 2026, a four-day show organized by the Korea Association of Robot Industry, opened Wednesday. "
     "\"Robots grow,\" Kim Jae-hwan, chairman of the association, told UPI.", "Korea Association of Robot Industry"),
    ("The AI Forum was organized by the Hanbit Robot Association on Monday. Kim Jae-hwan, chairman of the "
     "association, spoke.", "Hanbit Robot Association"),
    # ... also as the capitalised owner before a title
    ("The AI Forum was organized by the Hanbit Robot Consortium on Monday. Consortium chair Kim Jae-hwan spoke.",
     "Hanbit Robot Consortium"),
    ("The AI Forum was hosted by the Nimbus Data Alliance on Monday. Alliance President Kim Jae-hwan spoke.",
     "Nimbus Data Alliance"),
    # two of that kind: nothing to refer back to
    ("The Hanbit Institute and the Daon Institute held the AI Forum on Monday. Kim Jae-hwan, director of the "
     "institute, spoke.", None),
    ("The Hanbit Consortium and the Daon Consortium held the AI Forum on Monday. Consortium chair Kim Jae-hwan spoke.",
     None),
])
def test_an_organization_referred_back_to_by_its_kind(text: str, org: str | None) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-10-10", lang="en"))
    names = {o.id: o.name for o in x.organizations}
    [p] = x.people
    assert [names.get(a.org) if a.org else None for a in p.affiliations] == [org]
    for o in x.organizations:  # every mention still slices to one of the organization's forms
        assert all(text[m.start:m.end] in {o.name, *o.aliases} for m in o.mentions)


@pytest.mark.parametrize(("text", "name"), [
    # receiving an award is no talk, though awards "were presented to" people
    ("The 2026 Semiconductor Industry Conference was held on November 3. Awards were presented to 20 individuals, "
     "with SK hynix Vice President Kim Ju-seon receiving the Order of Industrial Service Merit.", "Kim Ju-seon"),
    ("The AI Forum was held on Monday. Tom Reed of Acme received the Best Paper Award.", "Tom Reed"),
    ("The AI Forum was held on Monday. Tom Reed of Acme accepted the prize for the team.", "Tom Reed"),
])
def test_award_recipients(text: str, name: str) -> None:
    assert _people(text)[name][0] == {Role.OTHER}


@pytest.mark.parametrize("text", [
    # the organizer's own head represents it, whatever else they do
    "Hanbit Group hosted the Hanbit AI Summit on Monday. Chey Tae-won, Chairman of Hanbit Group, gave the keynote.",
    "The Hanbit AI Summit, organized by Hanbit Group, opened Monday. Hanbit Group Chairman Chey Tae-won delivered "
    "the keynote speech.",
])
def test_the_organizers_head_represents_it_as_well(text: str) -> None:
    assert _people(text)["Chey Tae-won"][0] == {Role.KEYNOTE, Role.HOST_REP}


@pytest.mark.parametrize(("text", "expected"), [
    # "an MIT researcher": the organization between the article and the title
    ("The AI Forum was held on Monday. Participants included Tom Reed, an MIT researcher, and Ana Vale, a Samsung "
     "Electronics vice president.", {"Tom Reed": ({Role.ATTENDEE}, [("MIT", "researcher")]),
                                     "Ana Vale": ({Role.ATTENDEE}, [("Samsung Electronics", "vice president")])}),
    # chairing a department is a post, not a session; the list's cue gives the part
    ("The College of Engineering held a workshop on Monday. Speakers included Prof. Dawn Tilbury, who chairs the "
     "department of mechanical engineering, and Jim Hackett, former CEO of Ford.",
     {"Dawn Tilbury": ({Role.SPEAKER}, []), "Jim Hackett": ({Role.SPEAKER}, [("Ford", "former CEO")])}),
    # ... and so is chairing any standing body (the bodies a sentence points back to): no moderator
    ("The Lake AI Forum was held on Monday. According to Tom Reed, who chairs the alliance, costs fell.",
     {"Tom Reed": (set(), [])}),
    ("The Lake AI Forum was held on Monday. Tom Reed, who chairs the Ridge Robotics Consortium, was in the audience.",
     {"Tom Reed": ({Role.ATTENDEE}, [("Ridge Robotics Consortium", None)])}),
    # (a guard, passed before: chairing a part of the event is moderating it)
    ("The Lake AI Forum was held on Monday. Tom Reed chaired the panel on robots.", {"Tom Reed": ({Role.MODERATOR}, [])}),
    # a plant of a company: the company, the plant its unit
    ("Acme hosted a roundtable on Tuesday. Participants included Jane Roe, plant manager at Ford's Dearborn "
     "facility.", {"Jane Roe": ({Role.ATTENDEE}, [("Ford", "plant manager")])}),
])
def test_articles_before_organizations_and_chairs_of_bodies(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "according to NAME of ORG": a person, with their organization
    ("The AI Forum was held on Monday. According to Tom Reed of Nimbus, costs fell.", {"Tom Reed": (set(), [("Nimbus", None)])}),
    # ... an organization after "according to" is none
    ("The AI Forum was held on Monday. According to Acme Robotics, costs fell.", {}),
])
def test_according_to(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    # speaking on a panel is a panelist's part, not a talk of one's own
    "The AI Summit was held on Monday. Ana Vale, speaking on a panel about data, said standards lag.",
    "The AI Summit was held on Monday. Ana Vale of Acme spoke on a panel about data ethics.",
])
def test_speaking_on_a_panel(text: str) -> None:
    assert _people(text)["Ana Vale"][0] == {Role.PANELIST}


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun opening a sentence with a part: the one person of the sentence before
    ("The AI Summit was held on Monday. Tom Reed, vice president at Nimbus, attended. He moderated the afternoon "
     "panel.", {"Tom Reed": {Role.ATTENDEE, Role.MODERATOR}}),
    ("The AI Summit was held on Monday. Tom Reed, CEO of Nimbus, arrived early. He gave the keynote.",
     {"Tom Reed": {Role.KEYNOTE}}),
    # two people before: nobody to point at; a part inside what was said: none
    ("The AI Summit was held on Monday. Tom Reed of Nimbus and Ana Vale of Acme attended. He moderated the panel.",
     {"Tom Reed": {Role.ATTENDEE}, "Ana Vale": {Role.ATTENDEE}}),
    ("The AI Summit was held on Monday. Ana Vale, CTO of Acme, attended. She said the keynote was great.",
     {"Ana Vale": {Role.ATTENDEE}}),
])
def test_a_pronoun_with_a_part(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize("text", [
    # the head count of an earlier edition is not this one's
    "The AI Expo opened on Monday. Last year's edition drew 5,000 visitors; this year 7,000 visitors attended.",
    "The AI Expo opened on Monday, drawing 7,000 visitors, up from 5,000 last year.",
])
def test_this_editions_head_count(text: str) -> None:
    [e] = extract(Article("t", text, "t.txt", published="2026-05-20", lang="en")).events
    assert e.attendance == 7000


@pytest.mark.parametrize("text", [
    # programme lines: a time, the part, its title, a dash, who gives it and their organization
    'The Smart Factory Forum 2026 takes place on June 4 at the Hilton Munich.\n\nProgram:\n'
    '09:00 Welcome – Anna Weber, VDMA\n09:15 Keynote: "AI on the shop floor" – Jens Keller, Siemens\n',
    'The Smart Factory Forum 2026 takes place on June 4 at the Hilton Munich.\n\n'
    '• Welcome — Anna Weber (VDMA)\n• Keynote: “AI on the shop floor” — Jens Keller (Siemens)\n',
])
def test_programme_lines_with_times_and_dashes(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-05-20", lang="en"))
    names = {o.id: o.name for o in x.organizations}
    got = {p.name: ({(r.role, r.talk_title) for r in p.roles}, [names.get(a.org) for a in p.affiliations if a.org])
           for p in x.people}
    assert got == {"Anna Weber": ({(Role.HOST_REP, None)}, ["VDMA"]),
                   "Jens Keller": ({(Role.KEYNOTE, "AI on the shop floor")}, ["Siemens"])}


@pytest.mark.parametrize("text", [
    # ", with" after the moderator named: the people who sat on the part with them
    "The AI Forum was held on Monday. The panel on data spaces was moderated by Lisa Brandt (Fraunhofer IPA), "
    "with Marco Rossi (Comau) and Ines Duarte (Bosch).",
    "The AI Forum was held on Monday. A panel, moderated by Lisa Brandt of Fraunhofer IPA, with Marco Rossi of "
    "Comau and Ines Duarte of Bosch, closed the day.",
])
def test_with_after_the_moderator(text: str) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == {
        "Lisa Brandt": {Role.MODERATOR}, "Marco Rossi": {Role.PANELIST}, "Ines Duarte": {Role.PANELIST}}


@pytest.mark.parametrize(("text", "name"), [
    # a participle of taking the stage, before the subject or after it, and the other stage words
    ("The Lake Data Forum was held on Monday. Taking the stage first, Vela Motors Vice President Oh Ji-min said "
     "costs are falling.", "Oh Ji-min"),
    ("The Lake Data Forum was held on Monday. Oh Ji-min, vice president of Vela Motors, taking the stage after "
     "lunch, said costs are falling.", "Oh Ji-min"),
    ("The Lake Data Forum was held on Monday. Nora Banks of Tidewell Labs took to the podium after lunch.",
     "Nora Banks"),
    ("The Lake Data Forum was held on Monday. Nora Banks (Tidewell Labs) stepped up to the lectern at noon.",
     "Nora Banks"),
    ("The Lake Data Forum was held on Monday. Later, Nora Banks of Tidewell Labs took the floor.", "Nora Banks"),
])
def test_taking_the_stage_in_any_form(text: str, name: str) -> None:
    assert Role.SPEAKER in _people(text)[name][0]


@pytest.mark.parametrize("text", [
    "The Lake Data Forum was held on Monday. Oh Ji-min (KAIST) spoke on robots.",
    "The Lake Data Forum was held on Monday. Speakers were Oh Ji-min (KAIST) and Nora Banks (Tidewell Labs).",
])
def test_a_name_before_an_acronym_in_parentheses_is_no_definition_of_it(text: str) -> None:
    assert _people(text)["Oh Ji-min"] == ({Role.SPEAKER}, [("KAIST", None)])


@pytest.mark.parametrize("text", [
    "The Lake Data Forum was held on Monday. Oh Ji-min (KIST) talked about humanoids.",
    "The Lake Data Forum was held on Monday. Oh Ji-min (Tidewell Labs) talked through the results at noon.",
])
def test_talking_about_a_topic_says_a_person_spoke(text: str) -> None:
    assert Role.SPEAKER in _people(text)["Oh Ji-min"][0]


@pytest.mark.parametrize(("text", "expected"), [
    # one speaking verb shared by the clauses after it: "A spoke on P, B on Q and C on R"
    ("The Lake Data Forum was held on Monday. Oh Ji-min (KAIST) spoke on robots, Nora Banks (Tidewell Labs) on "
     "drives and Raj Patel (Arden Systems) on batteries.",
     {"Oh Ji-min": "KAIST", "Nora Banks": "Tidewell Labs", "Raj Patel": "Arden Systems"}),
    ("The Lake Data Forum was held on Monday. Nora Banks of Tidewell Labs talked about sensors; Raj Patel of "
     "Arden Systems about batteries.", {"Nora Banks": "Tidewell Labs", "Raj Patel": "Arden Systems"}),
])
def test_gapped_clauses_share_the_speaking_verb(text: str, expected: dict) -> None:
    found = _people(text)
    assert {n: found[n] for n in expected} == {n: ({Role.SPEAKER}, [(o, None)]) for n, o in expected.items()}


def test_a_gap_needs_a_speaking_verb_before_it() -> None:
    found = _people("The Lake Data Forum was held on Monday. Tidewell Labs invested in robots, Raj Patel "
                    "(Arden Systems) on drives.")
    assert "Raj Patel" not in found


@pytest.mark.parametrize("text", [
    "The Lake Data Forum was held on Monday. The discussion was moderated by Nora Banks and included Raj Patel, "
    "CTO of Arden Systems, and Mina Cho, a partner at Stone Ventures.",
    "The Lake Data Forum was held on Monday. A roundtable moderated by Nora Banks featured Raj Patel of Arden "
    "Systems and Mina Cho of Stone Ventures.",
])
def test_the_guests_of_a_moderated_part_sit_on_its_panel(text: str) -> None:
    found = _people(text)
    assert (found["Nora Banks"][0], found["Raj Patel"][0], found["Mina Cho"][0]) == \
        ({Role.MODERATOR}, {Role.PANELIST}, {Role.PANELIST})


def test_the_people_a_chaired_session_featured_keep_their_talks() -> None:
    found = _people("The Lake Data Forum was held on Monday. The session, chaired by Nora Banks, featured Raj Patel "
                    "of Arden Systems and Mina Cho of Stone Ventures.")
    assert (found["Nora Banks"][0], found["Raj Patel"][0]) == ({Role.MODERATOR}, {Role.SPEAKER})


@pytest.mark.parametrize(("text", "city"), [
    # a weekday or a month after "in Seoul, " says when; a district before the city still gives the city
    ("The Lake Data Expo opened at COEX in Seoul, Wednesday, with 300 exhibitors.", "Seoul"),
    ("The Lake Data Expo was held at COEX in Seoul, June 3, with 300 exhibitors.", "Seoul"),
    ("The Lake Data Expo was held at COEX in Gangnam-gu, Seoul, with 300 exhibitors.", "Seoul"),
])
def test_the_city_after_the_venue_is_no_day(text: str, city: str) -> None:
    event, _orgs = _event(text)
    assert (event.venue, event.city) == ("COEX", city)


@pytest.mark.parametrize("text", [
    # a photo caption's order of names, before or after them, and a ribbon cut: the people pictured
    "The Lake Data Alliance was launched on Thursday. From left are Nora Banks, CEO of Tidewell Labs; and Raj "
    "Patel, president of Arden Systems.",
    "The Lake Data Alliance was launched on Thursday. Nora Banks, CEO of Tidewell Labs, and Raj Patel, president "
    "of Arden Systems (from left), cut the ribbon.",
])
def test_the_people_of_a_photo_caption_attended(text: str) -> None:
    found = _people(text)
    assert (found["Nora Banks"][0], found["Raj Patel"][0]) == ({Role.ATTENDEE}, {Role.ATTENDEE})


def test_second_from_left_is_no_caption_of_the_people_after_it() -> None:
    found = _people("The Lake Data Alliance was launched on Thursday. Nora Banks, CEO of Tidewell Labs, second from "
                    "left, speaks at the ceremony.")
    assert found["Nora Banks"][0] == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "venue"), [
    # an unnamed ceremony or exhibition the sentence is set at is the event reported
    ("Guests applaud during the launch ceremony of the Lake Data Alliance at the Hanbit Hotel in Seoul, Thursday.",
     "Hanbit Hotel"),
    ("Nora Banks, CEO of Tidewell Labs, speaks at a signing ceremony at Arden Hall on Monday.", "Arden Hall"),
])
def test_a_sentence_set_at_a_ceremony_reports_the_event(text: str, venue: str) -> None:
    event, _orgs = _event(text)
    assert event.venue == venue and event.start is not None


def test_a_header_list_line_may_open_with_honorifics() -> None:
    found = _people("The Lake Data Expo took place on May 5. Speakers included:\n\nNora Banks, CEO, Tidewell Labs\n"
                    "Dr. Raj Patel, Chief Scientist, Arden Systems\nProf. Mina Cho, Dean, Hanbit University\n")
    assert {n: found[n][0] for n in ("Nora Banks", "Raj Patel", "Mina Cho")} == \
        {"Nora Banks": {Role.SPEAKER}, "Raj Patel": {Role.SPEAKER}, "Mina Cho": {Role.SPEAKER}}


@pytest.mark.parametrize(("text", "name", "role"), [
    # the talk a person owns, named right after their name
    ("The Lake Data Expo took place on May 5. Nora Banks's session explored cobots.", "Nora Banks", Role.SPEAKER),
    ("The Lake Data Expo took place on May 5. Raj Patel’s talk covered edge computing.", "Raj Patel", Role.SPEAKER),
    ("The Lake Data Expo took place on May 5. Mina Cho's keynote address drew a full house.", "Mina Cho", Role.KEYNOTE),
])
def test_a_talk_owned_by_a_name_is_theirs(text: str, name: str, role: Role) -> None:
    assert _people(text)[name][0] == {role}


@pytest.mark.parametrize(("text", "expected"), [
    # under a role label, the organization after the name's comma: one word closed by ";" or the line's
    # end, or a phrase with an organization word
    ("The Lake Data Expo took place on May 5.\nPanel: Nora Banks, Tidewell; Raj Patel, Arden\n",
     {"Nora Banks": "Tidewell", "Raj Patel": "Arden"}),
    ("The Lake Data Expo took place on May 5.\nModerator: Nora Banks, Hanbit Advisory Group\n",
     {"Nora Banks": "Hanbit Advisory Group"}),
])
def test_the_organization_after_a_comma_under_a_role_label(text: str, expected: dict) -> None:
    found = _people(text)
    assert {n: found[n][1] for n in expected} == {n: [(o, None)] for n, o in expected.items()}


def test_two_names_after_a_comma_under_a_role_label_are_the_next_person() -> None:
    found = _people("The Lake Data Expo took place on May 5.\nSpeakers: Nora Banks, Raj Patel and Mina Cho\n")
    assert found["Nora Banks"][1] == [] and "Raj Patel" in found


@pytest.mark.parametrize(("text", "organizers", "sponsors"), [
    # a collaboration between two bodies holds the event; power and funding from a body sponsor it
    ("The Lake AI Summit was held at Hanbit Hall on May 5. The event was a collaboration between the Tidewell "
     "Institute and Arden University, with support from Nimbus Works.",
     ["Tidewell Institute", "Arden University"], ["Nimbus Works"]),
    ("The Lake AI Summit, a partnership between the Tidewell Institute and Arden University, was held at Hanbit "
     "Hall on May 5.", ["Tidewell Institute", "Arden University"], []),
    ("The Lake AI Summit, presented by the Tidewell Institute and powered by Nimbus Works, was held at Hanbit "
     "Hall on May 5.", ["Tidewell Institute"], ["Nimbus Works"]),
    ("The Lake AI Summit was held at Hanbit Hall on May 5. It was put together by the Tidewell Institute with "
     "funding from the Vela Foundation.", ["Tidewell Institute"], ["Vela Foundation"]),
    # power named first, opening the sentence
    ("The Lake AI Summit was held at Hanbit Hall on May 5. Powered by Nimbus Works, the summit featured 30 talks.",
     [], ["Nimbus Works"]),
    ("Powered by Nimbus Works and Vela Labs, the Lake AI Summit was held at Hanbit Hall on May 5.", [],
     ["Nimbus Works", "Vela Labs"]),
    # (brought to you by: the bodies that enable it)
    ("The Lake AI Summit was held at Hanbit Hall on May 5. The summit is brought to you by Nimbus Works and Vela Labs.",
     [], ["Nimbus Works", "Vela Labs"]),
])
def test_joint_holders_and_the_bodies_that_power_or_fund_an_event(text: str, organizers: list, sponsors: list) -> None:
    _e, orgs = _event(text)
    assert (orgs["organizers"], orgs["sponsors"]) == (organizers, sponsors)


@pytest.mark.parametrize(("text", "role"), [
    # an adverb between the subject and its speaking verb
    ("The Lake AI Summit was held on Monday. Raj Patel of Arden Systems also spoke.", Role.SPEAKER),
    ("The Lake AI Summit was held on Monday. Raj Patel, CTO of Arden Systems, later moderated a panel.",
     Role.MODERATOR),
])
def test_an_adverb_before_the_speaking_verb(text: str, role: Role) -> None:
    assert _people(text)["Raj Patel"][0] == {role}


@pytest.mark.parametrize(("text", "role"), [
    # "as did X", "So was X": the part of the one named before
    ("The Lake AI Summit was held on Monday. Nora Banks of Tidewell Labs gave a keynote, as did Raj Patel of "
     "Arden Systems.", Role.KEYNOTE),
    ("The Lake AI Summit was held on Monday. Nora Banks of Tidewell Labs was among the speakers. So was Raj Patel "
     "of Arden Systems.", Role.SPEAKER),
    ("The Lake AI Summit was held on Monday. Nora Banks of Tidewell Labs moderated a panel. So did Raj Patel, CTO "
     "of Arden Systems.", Role.MODERATOR),
])
def test_an_elliptical_clause_repeats_the_part_before(text: str, role: Role) -> None:
    assert _people(text)["Raj Patel"][0] == {role}


@pytest.mark.parametrize(("text", "role"), [
    # "Guest speakers", "Keynote speaker": the part the people play, not a title or an organization
    ("The Lake AI Summit was held on Monday. Guest speakers Raj Patel and Mina Cho shared their views.", Role.SPEAKER),
    ("The Lake AI Summit was held on Monday. Keynote speaker Raj Patel shared his views.", Role.KEYNOTE),
])
def test_a_part_before_names_is_no_title(text: str, role: Role) -> None:
    assert _people(text)["Raj Patel"] == ({role}, [])


@pytest.mark.parametrize("text", [
    # a place-based descriptor (and a kind) before the organization is no part of its name
    "The Lake AI Summit was held on Monday. Nora Banks, CEO of Seoul-based startup Tidewell Labs, spoke first.",
    "The Lake AI Summit was held on Monday. Nora Banks, CEO of Seoul-based Tidewell Labs, spoke first.",
])
def test_a_place_based_descriptor_is_no_part_of_the_organization(text: str) -> None:
    assert _people(text)["Nora Banks"][1] == [("Tidewell Labs", "CEO")]


@pytest.mark.parametrize("text", [
    "The Lake Data Expo opened Wednesday at COEX in southern Seoul with 300 exhibitors.",
    "The Lake Data Expo was held at COEX in central Seoul on Wednesday.",
])
def test_a_direction_before_the_city(text: str) -> None:
    event, _orgs = _event(text)
    assert (event.venue, event.city) == ("COEX", "Seoul")


@pytest.mark.parametrize("text", [
    # saying something at the event is speaking at it
    'The Lake AI Summit was held in Seoul on Monday. "Data is key," Nora Banks, CEO of Tidewell Labs, said at the '
    'summit.',
    "The Lake AI Summit was held in Seoul on Monday. Nora Banks, CEO of Tidewell Labs, said at the two-day summit "
    "that data is key.",
    "The Lake AI Summit was held in Seoul on Monday. Nora Banks, CEO of Tidewell Labs, said during the forum that "
    "data is key.",
])
def test_saying_something_at_the_event_is_speaking(text: str) -> None:
    assert Role.SPEAKER in _people(text)["Nora Banks"][0]


def test_saying_something_elsewhere_is_no_speech_at_the_event() -> None:
    found = _people("The Lake AI Summit was held in Seoul on Monday. Nora Banks, CEO of Tidewell Labs, said in an "
                    "interview last week that data is key.")
    assert Role.SPEAKER not in found.get("Nora Banks", (set(), []))[0]


@pytest.mark.parametrize("text", [
    # presiding over a meeting chairs it (as 주재 does in Korean)
    "The Lake AI Council met on Wednesday at Hanbit Hall. Nora Banks, chair of the council, presided over the "
    "meeting.",
    "The Lake AI Council met on Wednesday at Hanbit Hall. The meeting was presided over by Nora Banks of Tidewell "
    "Labs.",
])
def test_presiding_over_a_meeting_chairs_it(text: str) -> None:
    assert Role.MODERATOR in _people(text)["Nora Banks"][0]


@pytest.mark.parametrize(("text", "role", "orgs"), [
    # more ways to say who holds, helps hold or pays for an event
    ("The Lake AI Summit was held at Hanbit Hall on May 5. It was organized in conjunction with Arden University.",
     "co_organizers", ["Arden University"]),
    ("The Lake AI Summit, an initiative of the Tidewell Institute, was held at Hanbit Hall on May 5.",
     "organizers", ["Tidewell Institute"]),
    ("The Lake AI Summit was held at Hanbit Hall on May 5 under the banner of the Tidewell Institute.",
     "organizers", ["Tidewell Institute"]),
    ("The Lake AI Summit was organised by Vela Events on behalf of the Tidewell Institute. It was held at Hanbit "
     "Hall on May 5.", "organizers", ["Tidewell Institute", "Vela Events"]),
    ("The Lake AI Summit was held at Hanbit Hall on May 5. Thanks to our sponsors Nimbus Works and Vela Motors for "
     "making it possible.", "sponsors", ["Nimbus Works", "Vela Motors"]),
    ("Hosted at Hanbit Hall by the Tidewell Institute, the Lake AI Summit drew 400 people on May 5.",
     "organizers", ["Tidewell Institute"]),
    # the date, or the date and the place, between the verb and its agent
    ("The Lake AI Summit was held on May 5 by the Tidewell Institute.", "organizers", ["Tidewell Institute"]),
    ("The Lake AI Summit, organized on May 5, 2025, at Hanbit Hall by the Tidewell Institute and Arden University, "
     "drew 400 people.", "organizers", ["Tidewell Institute", "Arden University"]),
    ("The Lake AI Summit was held last week in Seoul by the Tidewell Institute.", "organizers", ["Tidewell Institute"]),
    # the one who invites hosts
    ("The Lake AI Summit was held on May 5 at the invitation of the Tidewell Institute.", "organizers",
     ["Tidewell Institute"]),
    ("The Lake AI Summit was held on May 5 at the invitation of Arden University and drew 300 people.", "organizers",
     ["Arden University"]),
    # the subjects of a verb of sponsoring, one or a list, the gathering its object; in reported speech too
    ("The Lake AI Summit was held on May 5. Nimbus Works, Vela Motors and Arden Bank sponsored the event.", "sponsors",
     ["Nimbus Works", "Vela Motors", "Arden Bank"]),
    ("The Lake AI Summit was held on May 5. Arden Bank also sponsored this year's summit.", "sponsors", ["Arden Bank"]),
    ("The Lake AI Summit was held on May 5. Organizers said Nimbus Works sponsored the hackathon.", "sponsors",
     ["Nimbus Works"]),
    ("The Lake AI Summit was held on May 5. It sponsored the summit.", "sponsors", []),
    # partners of a tier, or the event's, listed after the verb; partners alone who "were happy" are none
    ("The Lake AI Summit was held on May 5. Premium partners are Nimbus Works, Vela Motors and Arden Bank.",
     "sponsors", ["Nimbus Works", "Vela Motors", "Arden Bank"]),
    ("The Lake AI Summit was held on May 5. The event partners were Nimbus Works and Vela Motors.", "sponsors",
     ["Nimbus Works", "Vela Motors"]),
    ("The Lake AI Summit was held on May 5. The partners were happy.", "sponsors", []),
    # awards presented by someone present no event; an event presented by a body is its
    ("The Lake AI Summit was held on May 5 by the Tidewell Institute, with awards presented by Chevron's manager of "
     "university relations, Dana Ortiz.", "organizers", ["Tidewell Institute"]),
    ("The Lake AI Summit, presented by the Tidewell Institute, was held on May 5.", "organizers",
     ["Tidewell Institute"]),
])
def test_more_ways_to_hold_or_sponsor_an_event(text: str, role: str, orgs: list) -> None:
    _e, found = _event(text)
    assert found[role] == orgs


@pytest.mark.parametrize(("text", "role", "orgs"), [
    # a local government by its place is a list item of its own, in any place in the list
    ("Arden University and the city of Tidewell co-organized the Lake AI Hackathon.", "co_organizers",
     ["Arden University", "city of Tidewell"]),
    ("The city of Tidewell and Arden University hosted the Lake AI Week on Friday.", "organizers",
     ["city of Tidewell", "Arden University"]),
    ("The Lake AI Week was hosted by the city of Tidewell and organized by the Tidewell Data Agency.", "organizers",
     ["city of Tidewell"]),
    ("The Ridge Institute, the province of Tidewell and Nimbus Labs jointly hosted the Lake AI Forum.", "organizers",
     ["Ridge Institute", "province of Tidewell", "Nimbus Labs"]),
    # a clause's subject in the part its verb phrase takes on
    ("Arden University hosted the Lake AI Hackathon, while Nexa Cloud provided computing resources as the main sponsor.",
     "sponsors", ["Nexa Cloud"]),
    ("The Ridge Institute held the Lake AI Forum on Monday. Nimbus Labs and Orion Bank joined as sponsors.", "sponsors",
     ["Nimbus Labs", "Orion Bank"]),
    ("The Ridge Institute held the Lake AI Forum on Monday, and Kestrel Systems took part as a co-organizer.",
     "co_organizers", ["Kestrel Systems"]),
])
def test_local_governments_and_subjects_that_take_on_a_part(text: str, role: str, orgs: list) -> None:
    _e, found = _event(text)
    assert found[role] == orgs


@pytest.mark.parametrize(("text", "organizers"), [
    # a headline's short form of a name the body writes in full is that organization
    ("KAIST, Hanbit Motor hold forum on robotics\n\nHanbit Motor Group and KAIST jointly held the Lake AI Forum on "
     "Wednesday.", ["Hanbit Motor Group", "KAIST"]),
    ("Nimbus, Arden University to host AI summit\n\nNimbus Labs and Arden University will host the Lake AI Summit on "
     "June 3.", ["Arden University", "Nimbus Labs"]),
    # two bodies named in full in the body both stand
    ("Nimbus Labs hosts AI summit\n\nNimbus Labs and Nimbus Labs Europe held the Lake AI Summit on June 3.",
     ["Nimbus Labs", "Nimbus Labs Europe"]),
])
def test_a_headlines_short_form_is_the_bodys_organization(text: str, organizers: list) -> None:
    _e, found = _event(text)
    assert sorted(found["organizers"]) == organizers


@pytest.mark.parametrize("text", [
    "Vantor Systems, a leader in industrial edge computing, today announced the speaker lineup for Edge AI Day 2025.",
    "Vantor Systems, the country's largest robot maker, held the Edge AI Day 2025 on Monday.",
    "Vantor Systems, a nonprofit group based in Ohio, will host the Edge AI Day 2025 on June 3.",
])
def test_an_organizer_described_between_commas(text: str) -> None:
    _e, found = _event(text)
    assert found["organizers"] == ["Vantor Systems"]


@pytest.mark.parametrize("text", [
    "Tom Reed, a professor at Arden University, held a talk at the Lake AI Summit on Monday.",
    "At the Lake AI Summit, Tom Reed of Arden University holds a short lecture on robot safety.",
])
def test_holding_a_talk_is_giving_it(text: str) -> None:
    assert _people(text)["Tom Reed"][0] == {Role.SPEAKER}


@pytest.mark.parametrize("text", [
    # offering one's view to the audience, or unveiling something before it, is a talk
    "Ana Vale of Orion Bank offered insights on AI adoption at the Lake AI Summit.",
    "At the Lake AI Summit, Ana Vale of Orion Bank shared her perspectives on factory data.",
    "Ana Vale of Orion Bank unveiled the bank's AI platform at the Lake AI Summit.",
])
def test_offering_views_or_unveiling_is_a_talk(text: str) -> None:
    assert _people(text)["Ana Vale"][0] == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "name", "title", "role"), [
    # a portfolio with "the" before the name; a member of a parliament by its initials; taking part in a panel
    ("Commissioner for the Digital Economy Anna Weber spoke at the forum.", "Anna Weber",
     "Commissioner for the Digital Economy", Role.SPEAKER),
    ("MEP Jana Novak took part in the policy panel.", "Jana Novak", "MEP", Role.PANELIST),
    ("Jana Novak (EPP, Czechia) took part in the policy panel.", "Jana Novak", None, Role.PANELIST),
])
def test_public_offices_and_taking_part_in_a_panel(text: str, name: str, title: str | None, role: Role) -> None:
    roles, affs = _people("The Lake Forum was held on Monday. " + text)[name]
    assert roles == {role} and affs[0][1] == title


@pytest.mark.parametrize("text", [
    # leading workshops: words before the part, the part in the plural, or no article at all
    "Ana Vale (Orion Bank) and Tom Reed (Nimbus Labs) led the afternoon workshops.",
    "Ana Vale of Orion Bank and Tom Reed of Nimbus Labs led the afternoon workshops.",
    "Ana Vale (Orion Bank) and Tom Reed (Nimbus Labs) led workshops, while Jo Park (Kestrel) moderated the panel.",
])
def test_leading_workshops_is_speaking(text: str) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert found["Ana Vale"][0] == {Role.SPEAKER} and found["Tom Reed"][0] == {Role.SPEAKER}


@pytest.mark.parametrize("text", [
    # names set off by commas after a plural title or part noun, then a verb of speaking
    "Presenters from Orion Bank, Ana Vale and Tom Reed, described the bank's AI rollout.",
    "Two Arden University researchers, Ana Vale and Tom Reed, presented a robot that learns.",
])
def test_names_in_apposition_to_a_plural_part_speak(text: str) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert found["Ana Vale"][0] == {Role.SPEAKER} and found["Tom Reed"][0] == {Role.SPEAKER}


def test_places_in_apposition_are_no_people() -> None:
    assert _people("The Lake AI Forum was held on Monday. Two Arden University buildings, Vale Hall and Reed Hall, "
                   "hosted the sessions.") == {}






@pytest.mark.parametrize("text", [
    # speaking to the press is an interview, not a talk
    "Ana Vale, director of the Lake AI Center, spoke to The Lake Herald on the sidelines of the Lake AI Summit.",
    "Ana Vale, director of the Lake AI Center, spoke with reporters after the Lake AI Summit.",
])
def test_speaking_to_the_press_is_no_talk(text: str) -> None:
    assert Role.SPEAKER not in _people(text)["Ana Vale"][0]


def test_speaking_to_an_audience_is_a_talk() -> None:
    assert _people("Ana Vale spoke to an audience of 300 at the Lake AI Summit.")["Ana Vale"][0] == {Role.SPEAKER}



@pytest.mark.parametrize(("text", "name", "role"), [
    # the agent of a cue ending in "by", written with an organization and a title in lower case before the name
    ("Tom Reed and Ana Vale discussed robotics in a conversation led by Lake Daily Times reporter Jo Park.", "Jo Park",
     Role.MODERATOR),
    ("Tom Reed and Ana Vale shared their plans at a panel moderated by Crain's Lake Business editor Jo Park.",
     "Jo Park", Role.MODERATOR),
    ("Tom Reed and Ana Vale spoke on a panel chaired by Nimbus Labs senior vice president Jo Park.", "Jo Park",
     Role.MODERATOR),
    ("Tom Reed and Ana Vale debated AI rules in a discussion led by Orion Bank chief economist Jo Park.", "Jo Park",
     Role.MODERATOR),
    ("Tom Reed presented new robots at a session led by Nimbus Labs senior vice president Jo Park.", "Jo Park",
     Role.MODERATOR),
])
def test_a_titled_agent_after_by(text: str, name: str, role: Role) -> None:
    assert _people(text)[name][0] == {role}


@pytest.mark.parametrize(("text", "org", "title"), [
    # a region or unit in capitals between the owner and the title, before an appositive name
    ("The session featured Tom Reed and Orion's Asia policy head, Jessica Lin.", "Orion", "Asia policy head"),
    ("The session featured Orion's North America sales chief, Jessica Lin.", "Orion", "North America sales chief"),
])
def test_an_owned_title_with_a_region_before_it(text: str, org: str, title: str) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert found["Jessica Lin"][1] == [(org, title)]


@pytest.mark.parametrize(("text", "name", "org"), [
    # "its" in a sentence's first words: the body the sentence before names
    ("Vision-inspection startup Lumora took the top prize. Its CEO, Kwon Yoo-jin, said pilots would start soon.",
     "Kwon Yoo-jin", "Lumora"),
    ("Robot maker Kestrel Dynamics won. Its founder, Ana Vale, thanked the judges.", "Ana Vale", "Kestrel Dynamics"),
    ("Nimbus Labs held the demo day. Its CEO, Ana Vale, thanked the judges.", "Ana Vale", "Nimbus Labs"),
    # the body the sentence before names with its legal form, whose dot closes the sentence too
    ("Nimbus Labs Inc. held the demo day. Its CEO, Ana Vale, thanked the judges.", "Ana Vale", "Nimbus Labs Inc"),
    ("The prize went to Factorix Co. Its founder, Mia Holt, thanked the judges.", "Mia Holt", "Factorix Co"),
    # the subject that opens the sentence before, a name no list knows, with an appositive or a verb after it
    ("Factorix, which makes inspection software, won the top prize. Its chief executive, Daniel Oh, thanked the "
     "judges.", "Daniel Oh", "Factorix"),
    ("Verdalux won the audience award. Its founder, Mia Holt, thanked the judges.", "Mia Holt", "Verdalux"),
    # not a body named two sentences back
    ("Judges included Ana Vale of the Lake Institute of Technology. Factorix, which makes inspection software, won "
     "the top prize. Its chief executive, Daniel Oh, thanked the judges.", "Daniel Oh", "Factorix"),
])
def test_its_title_after_the_sentence_that_names_the_body(text: str, name: str, org: str) -> None:
    found = _people("The Lake Demo Day was held on Thursday. " + text)
    assert found[name][1][0][0] == org




@pytest.mark.parametrize(("text", "expected"), [
    # names and organizations with particles of other languages, in a list
    ("In the first session, Ben Schuster (Nimbus) and Pieter de Vries (Lake Delft) discussed robots.",
     {"Ben Schuster": ("Nimbus", None), "Pieter de Vries": ("Lake Delft", None)}),
    ("In the first session, Ben Schuster (ORBK), Elena Rossi (Politecnico di Tidewell) and Pieter de Vries "
     "(Lake Delft) discussed robots.", {"Ben Schuster": ("ORBK", None), "Elena Rossi": ("Politecnico di Tidewell", None),
                                        "Pieter de Vries": ("Lake Delft", None)}),
    # items with honorifics before a last item with none
    ("The jury included Prof. Dr. Kara Albers (Lake Lab), Dr. Marc Stein (Orion Works) and Sabine Vogt (Trumpa).",
     {"Kara Albers": ("Lake Lab", "professor"), "Marc Stein": ("Orion Works", None), "Sabine Vogt": ("Trumpa", None)}),
    ("The jury included Dr Kara Albers (Lake Lab), Dr Marc Stein (Orion Works) and Sabine Vogt (Trumpa), with a "
     "model.", {"Kara Albers": ("Lake Lab", None), "Marc Stein": ("Orion Works", None), "Sabine Vogt": ("Trumpa", None)}),
])
def test_list_items_with_particles_and_honorifics(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert {name: affs[0] for name, (_roles, affs) in found.items()} == expected


@pytest.mark.parametrize("text", [
    # a title of an organization, then the name, after "and": a new item of its own
    "She was joined on stage by Tidewell's Minister of Economy, Joao Ferra, and by the rector of the University of "
    "Lisbon, Prof. Ana Matos.",
    "The panel had Tom Reed, and the rector of the University of Lisbon, Prof. Ana Matos.",
])
def test_an_inverted_title_after_and(text: str) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert found["Ana Matos"][1] == [("University of Lisbon", "rector")]


@pytest.mark.parametrize(("text", "expected"), [
    # the person a sentence-opening participle takes, on the panel or the stage
    ("Joining Ana Vale on the panel were Tom Reed of Nimbus Labs and Jo Park of Orion Bank.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}, "Jo Park": {Role.PANELIST}}),
    ("Following Ana Vale on the stage, Tom Reed of Nimbus Labs spoke about robots.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # a question-and-answer session frames the sentence
    ("During a Q&A session, Ana Vale, a researcher at Arden University, said data was key.", {"Ana Vale": {Role.SPEAKER}}),
    ("In the question-and-answer session, Tom Reed of Nimbus Labs said robots were safe.", {"Tom Reed": {Role.SPEAKER}}),
])
def test_participles_that_take_a_person_and_question_sessions(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday at Hanbit Hall. " + text)
    assert {name: roles for name, (roles, _a) in found.items()} == expected


@pytest.mark.parametrize("text", [
    # a demonstration and those who give it
    "Guests watched live demonstrations led by Nimbus engineers Priya Shah and Kevin Malley.",
    "The afternoon closed with demos from Priya Shah and Kevin Malley of Nimbus Labs.",
])
def test_those_who_give_a_demonstration_speak(text: str) -> None:
    found = _people("The Lake AI Forum was held on Monday at Hanbit Hall. " + text)
    assert found["Priya Shah"][0] == {Role.SPEAKER} and found["Kevin Malley"][0] == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "name", "role"), [
    # a programme line with a time of day, a dash after it, and a title and an organization after the name
    ("Day 1:\n1:30 p.m. — Case study: Predictive maintenance at scale — Tom Becker, VP Operations, Cargo Foods\n",
     "Tom Becker", Role.SPEAKER),
    ("Day 1:\n9:00 a.m. – Welcome – Ana Vale, President, Lake Institute\n", "Ana Vale", Role.HOST_REP),
])
def test_programme_lines_with_a_time_of_day(text: str, name: str, role: Role) -> None:
    found = _people("The Lake AI Summit will take place on March 18 at Hanbit Hall.\n\n" + text)
    assert role in found[name][0]



@pytest.mark.parametrize("text", [
    # the thanks that close the function are the organizer's part
    "M. Karthik, convener of the forum for the Lake Institute, proposed a vote of thanks.",
    "The vote of thanks was delivered by M. Karthik of the Lake Institute.",
])
def test_a_vote_of_thanks_is_the_organizers_part(text: str) -> None:
    found = _people("The Lake Institute held the Lake AI Forum on Friday. " + text)
    assert found["M. Karthik"][0] == {Role.HOST_REP}


@pytest.mark.parametrize("text", [
    # opening an event named with words before its kind
    "Tom Reed, CEO of Nimbus, officially opened the Lake AI Forum at Hanbit Hall.",
    "Tom Reed, CEO of Nimbus, opened Lake Robotics Forum 2025 at Hanbit Hall.",
])
def test_opening_a_named_event(text: str) -> None:
    found = _people("The Lake AI Forum was held on Tuesday. " + text)
    assert found["Tom Reed"][0] == {Role.HOST_REP}


@pytest.mark.parametrize(("text", "expected"), [
    # a part and its topic before "with" and the list of its people
    ("Jane Hart chaired a panel on AI readiness with Dr Sam Patel from Orion's Data61, Rachel Ng of Lake Motors and "
     "Michael Dunn, founder of robotics integrator Axis Automation.",
     {"Sam Patel": ("Orion's Data61", None), "Rachel Ng": ("Lake Motors", None), "Michael Dunn": ("Axis Automation", "founder")}),
    ("Ana Vale led a discussion about data with Tom Reed of Nimbus Labs, Jo Park of Orion Bank and Li Wei, CEO of "
     "software vendor Kestrel Systems.",
     {"Tom Reed": ("Nimbus Labs", None), "Jo Park": ("Orion Bank", None), "Li Wei": ("Kestrel Systems", "CEO")}),
])
def test_a_part_with_a_topic_before_its_list(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on Tuesday. " + text)
    assert {n: found[n][1][0] for n in expected} == expected and all(found[n][0] == {Role.PANELIST} for n in expected)


@pytest.mark.parametrize("text", [
    # those a cue's part is led with sit on it; the one who leads it moderates
    "Ana Vale led a discussion with Tom Reed and Jo Park.",
    "Ana Vale led the panel discussion with Tom Reed and Jo Park of Orion Bank.",
    "Ana Vale led a discussion about data with Tom Reed and Jo Park.",
])
def test_those_a_part_is_led_with_sit_on_it(text: str) -> None:
    found = _people("The Lake AI Forum was held on Tuesday. " + text)
    assert {n: roles for n, (roles, _a) in found.items()} == {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.PANELIST},
                                                              "Jo Park": {Role.PANELIST}}


@pytest.mark.parametrize(("text", "expected"), [
    # names whose part the copula names after them
    ("Ana Vale, Tom Reed and Jo Park were the panelists.", {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST},
                                                           "Jo Park": {Role.PANELIST}}),
    ("Ana Vale of Orion Bank was the moderator.", {"Ana Vale": {Role.MODERATOR}}),
    # a role noun, then a dash and the list
    ("Speakers — Ana Vale (Orion Bank), Tom Reed (Nimbus Labs) and Jo Park (Arden University) — covered AI safety.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}, "Jo Park": {Role.SPEAKER}}),
])
def test_a_part_named_by_the_copula_or_after_a_dash(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday at Hanbit Hall. " + text)
    assert {n: roles for n, (roles, _a) in found.items()} == expected






@pytest.mark.parametrize("text", [
    # the one who celebrates an opening with a ceremony holds it
    "The Lake Institute celebrated the grand opening of its AI Factory Lab on Monday with a ribbon-cutting ceremony.",
    "Orion Bank and the Lake Institute celebrated the launch of the Lake AI Alliance at a ceremony on Monday.",
])
def test_the_one_celebrating_holds_the_ceremony(text: str) -> None:
    _e, found = _event(text)
    assert "Lake Institute" in found["organizers"]


def test_celebrating_something_else_holds_nothing() -> None:
    _e, found = _event("The Lake AI Forum was held on Monday. Nimbus Labs celebrated record profits this year.")
    assert found["organizers"] == []





@pytest.mark.parametrize(("text", "orgs"), [
    # "partners" before a list of bodies, one of a single word: bodies, not people
    ("The hackathon was organised by the Lake Lab together with the industrial partners Orion Rexroth and Trumpa.",
     ["Orion Rexroth", "Trumpa"]),
    ("The Lake Forum was held in collaboration with the partners Orion Bank and Nimbus Labs.", ["Orion Bank", "Nimbus Labs"]),
])
def test_partners_before_a_list_of_bodies(text: str, orgs: list) -> None:
    e, found = _event(text)
    assert found["co_organizers"] == orgs and _people(text) == {}


def test_partners_before_full_names_are_people() -> None:
    found = _people("The forum featured industry partners Ana Lee and Tom Reed, who spoke about robots.")
    assert {name: affs for name, (_r, affs) in found.items()} == {"Ana Lee": [(None, "partner")],
                                                                  "Tom Reed": [(None, "partner")]}




@pytest.mark.parametrize(("text", "role", "orgs"), [
    # the subjects of a report whose clause says they hold the event
    ("Orion Robotics and Nimbus Cloud said Wednesday that they will jointly host the Lake AI Conference at Hanbit Hall "
     "on June 12-13.", "organizers", ["Orion Robotics", "Nimbus Cloud"]),
    ("Nimbus Labs said on Monday it will hold the Lake AI Forum on June 3 at Hanbit Hall.", "organizers", ["Nimbus Labs"]),
    ("The Ridge Institute, Orion Bank and Kestrel Systems announced today that the three organizations will co-host the "
     "Lake AI Summit.", "co_organizers", ["Ridge Institute", "Orion Bank", "Kestrel Systems"]),
    # ... or that they held it
    ("The Ministry of Lake Industry said Wednesday it held a roundtable on AI safety with eight startups.", "organizers",
     ["Ministry of Lake Industry"]),
    ("Nimbus Labs said on Monday that it had hosted the Lake AI Forum at Hanbit Hall.", "organizers", ["Nimbus Labs"]),
    # (a meeting or an assembly held)
    ("The Ministry of Lake Industry (MLI) announced that it held the 2025 AI Alliance General Meeting at Hanbit Hall "
     "on May 20.", "organizers", ["Ministry of Lake Industry"]),
    ("The Lake Robot Council said it held its annual assembly at Hanbit Hall on May 20.", "organizers",
     ["Lake Robot Council"]),
    ("Orion Robotics and Nimbus Cloud said they co-hosted the Lake AI Conference at Hanbit Hall.", "co_organizers",
     ["Orion Robotics", "Nimbus Cloud"]),
])
def test_the_subjects_of_a_report_that_they_hold_it(text: str, role: str, orgs: list) -> None:
    _e, found = _event(text, published="2025-05-22")
    assert found[role] == orgs


@pytest.mark.parametrize(("text", "start", "end"), [
    # a sentence under the dateline that says the event was held happened that day
    ("Robots in Lisbon\n\nLISBON, 12 March 2026 – More than 900 researchers gathered in Lisbon for the opening of the "
     "Lake Robotics Week 2026. The event continues until 14 March.", "2026-03-12", "2026-03-14"),
    ("TIDEWELL, Nov. 20 (Lake News) -- Experts gathered for the Lake AI Forum at Hanbit Hall to discuss robots.",
     "2025-11-20", None),
    # one that says it will be held gives no day
    ("TIDEWELL, Nov. 20 (Lake News) -- Nimbus Labs will hold the Lake AI Forum at Hanbit Hall, the company said.",
     None, None),
    # the dateline's day in parentheses, after the place or its abbreviation, is the report's: the day the text gives
    # the event is the event's, and with none the report's day is (the last two guards: so before)
    ("TIDEWELL, Ont. (Nov. 20, 2025) — The Ridge Institute hosted its third annual Lake AI Symposium on Nov. 17 at "
     "Hanbit Hall.", "2025-11-17", None),
    ("TIDEWELL (Nov. 20, 2025) — Nimbus Labs held the Lake AI Forum at Hanbit Hall on Monday, Nov. 17.",
     "2025-11-17", None),
    ("TIDEWELL, Ont. (Nov. 20, 2025) — More than 900 researchers gathered at Hanbit Hall for the Lake AI Symposium.",
     "2025-11-20", None),
    ("TIDEWELL (Nov. 20, 2025) — Experts gathered for the Lake AI Forum at Hanbit Hall to discuss robots.",
     "2025-11-20", None),
])
def test_the_datelines_day_for_an_event_it_reports(text: str, start: str | None, end: str | None) -> None:
    e, _found = _event(text, published="2025-11-21" if "Nov" in text else "2026-03-12")
    assert (e.start, e.end) == (start, end)


def test_a_report_that_it_will_hold_no_event_names_no_holder() -> None:
    _e, found = _event("The Lake AI Forum was held on Monday. Nimbus Labs said it will hold talks with unions next month.")
    assert found["organizers"] == []


def test_the_day_a_report_was_made_is_not_the_events() -> None:
    e, _found = _event("Orion Robotics and Nimbus Cloud said Wednesday that they will jointly host the Lake AI Conference "
                       "at Hanbit Hall on June 12-13.", published="2025-05-22")
    assert (e.start, e.end) == ("2025-06-12", "2025-06-13")


@pytest.mark.parametrize(("text", "orgs"), [
    # the full stops of initials inside a listed name
    ("Experts gathered for the Lake AI Forum, hosted by the Tidewell Chip Association (TCA) and the U.S. Chamber of "
     "Commerce.", ["Tidewell Chip Association", "U.S. Chamber of Commerce"]),
    ("The Lake AI Forum was hosted by the U.K. Robotics Council and Nimbus Labs on Monday.",
     ["U.K. Robotics Council", "Nimbus Labs"]),
])
def test_initials_inside_a_listed_name(text: str, orgs: list) -> None:
    _e, found = _event(text)
    assert found["organizers"] == orgs


@pytest.mark.parametrize(("text", "role", "orgs"), [
    # the organizers named at a sentence's start, and a body under whose aegis the event is held
    ("The Lake AI Forum was held on Monday. Organisers, the Ridge Institute, said 300 people attended.", "organizers",
     ["Ridge Institute"]),
    ("The Lake AI Forum was held on Monday. Organizer Nimbus Labs said 300 people attended.", "organizers", ["Nimbus Labs"]),
    ("The Lake AI Forum was held on Monday under the aegis of the Ministry of Data.", "sponsors", ["Ministry of Data"]),
])
def test_organizers_at_a_sentences_start_and_an_aegis(text: str, role: str, orgs: list) -> None:
    _e, found = _event(text)
    assert found[role] == orgs


@pytest.mark.parametrize(("text", "venue", "organizers"), [
    # a body that plays host to the event holds it; a hall is where it is; a university is both
    ("The Ridge Institute played host to the Lake AI Forum on Monday.", None, ["Ridge Institute"]),
    ("Nimbus Labs was host to the Lake AI Forum at Hanbit Hall on Monday.", "Hanbit Hall", ["Nimbus Labs"]),
    ("Hanbit Hall played host to the Lake AI Forum on Monday.", "Hanbit Hall", []),
    ("Arden University was host to the Lake AI Forum on Monday.", "Arden University", ["Arden University"]),
])
def test_host_to_the_event(text: str, venue: str | None, organizers: list) -> None:
    e, found = _event(text)
    assert (e.venue, found["organizers"]) == (venue, organizers)


@pytest.mark.parametrize(("text", "organizer"), [
    # a sitting body whose portfolio is a list with a serial comma holds the hearing as one body
    ("The House Committee on Science, Space, and Technology held a hearing on Tuesday on AI in manufacturing.",
     "House Committee on Science, Space, and Technology"),
    ("The Senate Committee on Commerce, Science and Transportation held a hearing on AI on Tuesday.",
     "Senate Committee on Commerce, Science and Transportation"),
])
def test_a_body_with_a_listed_portfolio_holds_the_hearing(text: str, organizer: str) -> None:
    _e, found = _event(text)
    assert found["organizers"] == [organizer]


def test_a_ranking_member_is_a_title() -> None:
    found = _people("The hearing was held on Tuesday. Ranking Member Zoe Lofgren questioned the witnesses.")
    assert found["Zoe Lofgren"][1] == [(None, "Ranking Member")]





def test_a_person_who_takes_on_a_part_is_no_organization() -> None:
    _e, found = _event("The Ridge Institute held the Lake AI Forum on Monday. Kim Min-su, CEO of Orion Bank, joined as "
                       "a host. Lee Ha-na participated as a partner.")
    assert found["organizers"] == ["Ridge Institute"] and found["sponsors"] == []


@pytest.mark.parametrize("text", [
    # the line above ends the owner's name: a byline's name and a country are no holder (the second a guard: so
    # before)
    "June 2, 2026 | By Tom Reed\n\nBrazil's Factory AI Week opened on Monday. It was organized by the Lake Institute.",
    "Robots at work\nWritten by Sara Moss\nFinland's Robot Week opened on Monday, organized by the Lake "
    "Institute.",
])
def test_a_line_ends_the_owner_of_an_events_name(text: str) -> None:
    _event_, orgs = _event(text)
    assert orgs["organizers"] == ["Lake Institute"]


@pytest.mark.parametrize(("text", "organizer"), [
    # the owner of the event's flagship or annual edition holds it; capitals spelling another
    # organization's initials name that organization
    ("Participants of Lake Day Summit 2025, TMF's flagship conference, discussed AI. \"We must adapt,\" said Nora "
     "Banks, President, Tidewell Manufacturing Federation.", "Tidewell Manufacturing Federation"),
    ("The Lake Forum 2025, the Tidewell Institute's annual conference, was held on Monday.", "Tidewell Institute"),
    # how far it reaches or how it ranks makes it the owner's too
    ("Hundreds came to Reed Hall on June 3 for Lake AI Days, the Tidewell Robotics Association's regional show.",
     "Tidewell Robotics Association"),
    ("Lake AI Days, Nimbus Labs' premier developer conference, opened on June 3 at Reed Hall.", "Nimbus Labs"),
    ("The Pine Summit, the Ridge Institute's international forum on robots, drew 400 people on Monday.",
     "Ridge Institute"),
])
def test_the_owner_of_a_flagship_event_holds_it(text: str, organizer: str) -> None:
    event, orgs = _event(text)
    assert orgs["organizers"] == [organizer] and not event.name.startswith("Participants")


@pytest.mark.parametrize(("text", "organizers", "names"), [
    # a form of two words or more that ends one longer form is that organization, the parent left out
    ("College of Robotics hosts symposium\n\nThe Tidewell University College of Robotics hosted its Lake AI "
     "Symposium on April 10 at Reed Hall.", ["Tidewell University College of Robotics"],
     ["Tidewell University College of Robotics"]),
    ("The Lake AI Forum was organized by Ridge Robotics Institute and Pine Works on June 3. Ana Vale of Robotics "
     "Institute spoke.", ["Ridge Robotics Institute", "Pine Works"], ["Ridge Robotics Institute", "Pine Works"]),
    # (guards: so before) a one-word tail; the organization a unit is at; a tail two organizations end with
    ("The Lake AI Forum was organized by Nimbus Cloud on June 3. Ana Vale of Cloud spoke.", ["Nimbus Cloud"],
     ["Nimbus Cloud", "Cloud"]),
    ("Tidewell University hosts symposium\n\nThe College of Robotics at Tidewell University hosted its Lake AI "
     "Symposium on April 10 at Reed Hall.", ["Tidewell University", "College of Robotics at Tidewell University"],
     ["Tidewell University", "College of Robotics at Tidewell University"]),
    ("The Lake AI Forum was organized by Ridge Robotics Institute and Pine Robotics Institute on June 3. Ana Vale of "
     "Robotics Institute spoke.", ["Ridge Robotics Institute", "Pine Robotics Institute"],
     ["Ridge Robotics Institute", "Pine Robotics Institute", "Robotics Institute"]),
])
def test_a_tail_of_one_organizations_name_is_it(text: str, organizers: list[str], names: list[str]) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    by_id = {o.id: o.name for o in x.organizations}
    assert [by_id[o] for o in x.events[0].organizers] == organizers
    assert sorted(by_id.values()) == sorted(names)


@pytest.mark.parametrize("text", [
    # a place's largest or national show is no organization's (guards: so before the ranks were an owner's)
    "Lake AI Days, Korea's largest AI fair, opened on June 3 at Reed Hall.",
    "Lake AI Days, Germany's national robotics show, opened on June 3 at Reed Hall.",
])
def test_a_places_ranked_show_has_no_organizer(text: str) -> None:
    _event_, orgs = _event(text)
    assert orgs["organizers"] == []


@pytest.mark.parametrize("text", [
    # the initials of an organization known only as the event's holder
    'The Lake AI Summit, hosted by the Tidewell Manufacturers\' Association, drew 600 people on Monday. "Every plant '
    'has a pilot," said Mark Dent, president and CEO of the TMA, who opened the two-day event.',
    "The Lake AI Summit was organized by the Tidewell Robotics Council on Monday. TRC chair Mark Dent opened the summit.",
])
def test_initials_of_the_events_holder_name_it(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    [dent] = [p for p in x.people if p.name == "Mark Dent"]
    orgs = {o.id: o.name for o in x.organizations}
    assert [orgs[a.org] for a in dent.affiliations if a.org] == [orgs[x.events[0].organizers[0]]]
    assert Role.HOST_REP in {r.role for r in dent.roles}


def test_initials_shared_by_two_organizations_join_neither() -> None:
    _e, orgs = _event("Lake Day Summit 2025, TMF's flagship conference, was held on Monday with the Tidewell Maker "
                      "Fund and the Tidewell Manufacturing Federation.")
    assert orgs["organizers"] == ["TMF"]


@pytest.mark.parametrize(("text", "organizer"), [
    # a kind (and where it is from) before the holder's name is no part of it
    ('"We need help," he said during The Lake Forum 2025 hosted by Korean daily Hanbit Ilbo newspaper, the sister '
     "newspaper of The Lake Times, at The Westin Seoul, Tuesday.", "Hanbit Ilbo"),
    ("The Lake Forum 2025 was hosted by local startup Tidewell Labs at Hanbit Hall on Tuesday.", "Tidewell Labs"),
])
def test_a_kind_before_the_holders_name(text: str, organizer: str) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == [organizer]


@pytest.mark.parametrize("text", [
    # an appositive that makes the person this event's organizer: by an event word, its name or its initials
    "The Hanbit College of Engineering hosted the Lake AI Forum on Monday. Nora Banks, a professor at Arden "
    "University and organizer of the forum, moderated a panel.",
    "The Hanbit College of Engineering hosted the Lake AI Forum on Monday. \"It was great,\" said Nora Banks, "
    "director of industry engagement in the college and organizer of Lake AI Forum.",
    "The Lake AI Forum was held on Monday. \"It was great,\" said Nora Banks, group director at Vela Events, "
    "organiser of LAF 2025.",
])
def test_the_organizer_of_this_event_represents_its_host(text: str) -> None:
    assert Role.HOST_REP in _people(text)["Nora Banks"][0]


def test_the_organizer_of_another_event_does_not() -> None:
    found = _people("The Hanbit College of Engineering hosted the Lake AI Forum on Monday. Nora Banks, an organizer "
                    "of the Arden Marathon, attended.")
    assert found["Nora Banks"][0] == {Role.ATTENDEE}


@pytest.mark.parametrize("text", [
    # "in the college": the one organization of that kind the article names
    "The Hanbit College of Engineering hosted the Lake AI Forum on Monday. Nora Banks, a professor in the college, "
    "spoke.",
    "The Hanbit College of Engineering hosted the Lake AI Forum on Monday. \"It was great,\" said Nora Banks, "
    "director of industry engagement in the college.",
])
def test_a_post_in_the_kind_of_organization_named_before(text: str) -> None:
    assert _people(text)["Nora Banks"][1][0][0] == "Hanbit College of Engineering"


@pytest.mark.parametrize(("text", "role"), [
    # a public office of the body that holds the event represents it; another body's is a guest
    ("The Ministry of Science and ICT held a briefing session in Sejong on Tuesday. Science Minister Nora Banks "
     "gave the opening remarks.", Role.HOST_REP),
    ("The Hanbit Metropolitan Government held the Hanbit AI Summit on Tuesday. Hanbit Mayor Nora Banks gave the "
     "welcome speech.", Role.HOST_REP),
    ("The Ministry of Science and ICT held a briefing session in Sejong on Tuesday. Trade Minister Nora Banks gave "
     "the opening remarks.", Role.OTHER),
    # a bare office, with no place in it, heads the kind of government that holds the event
    ("The Hanbit Provincial Government held the 2025 AI Fair on Nov. 5. Gov. Nora Banks said in her opening address "
     "that the province would invest more.", Role.HOST_REP),
    ("Hanbit City held the 2025 AI Fair on Nov. 5. Mayor Nora Banks gave the welcome speech.", Role.HOST_REP),
    ("Nimbus Labs held the 2025 AI Fair on Nov. 5. Gov. Nora Banks gave the opening remarks.", Role.OTHER),
    # a minister's portfolio sharing a word with a business body's name heads no such body
    ("The Lake Industry Group held the 2025 AI Fair on Nov. 5. Nora Banks, Minister for Industry and Science, gave "
     "the opening remarks.", Role.OTHER),
    ("The Hanbit Science Council held the 2025 AI Fair on Nov. 5. Science Minister Nora Banks gave the opening remarks.",
     Role.HOST_REP),
])
def test_a_public_office_of_the_holder_represents_it(text: str, role: Role) -> None:
    assert _people(text)["Nora Banks"][0] == {role}


@pytest.mark.parametrize("text", [
    # an ordinal before an office is no edition of the event
    "SK Group hosted the Lake AI Summit 2026 on Monday. First Vice Minister Nora Banks delivered congratulatory "
    "remarks.",
    "SK Group hosted the Lake AI Summit 2026 on Monday. Second Vice Minister Nora Banks attended.",
])
def test_an_ordinal_before_an_office_is_no_edition(text: str) -> None:
    event, _orgs = _event(text)
    assert event.edition is None


@pytest.mark.parametrize("text", [
    "SK Group hosted the Lake AI Summit 2026 on Monday. Tidewell CEO Nora Banks joined via video link.",
    "SK Group hosted the Lake AI Summit 2026 on Monday. Nora Banks of Tidewell spoke in a video message.",
])
def test_speaking_by_video(text: str) -> None:
    assert _people(text)["Nora Banks"][0] == {Role.SPEAKER}


@pytest.mark.parametrize("text", [
    "The Lake AI Summit was held on Tuesday. Speakers were Nora Banks (the University of Leeds) and Raj Patel (Acme).",
    "The Lake AI Summit was held on Tuesday. Raj Patel of Acme spoke on robots, Nora Banks (the University of Leeds) "
    "on drives.",
])
def test_an_organization_in_parentheses_may_open_with_the(text: str) -> None:
    assert _people(text)["Nora Banks"] == ({Role.SPEAKER}, [("University of Leeds", None)])


@pytest.mark.parametrize("text", [
    # a part written with one name alone: in parentheses after it, or in an absolute phrase
    "The Lake AI Summit was held on Tuesday. The panel featured Nora Banks of Acme (moderator), Tom Reed of Nimbus "
    "and Mia Holt of Kestrel.",
    "The Lake AI Summit was held on Tuesday. On the panel were Tom Reed of Nimbus and Mia Holt of Kestrel, with Nora "
    "Banks of Acme moderating.",
])
def test_a_part_written_with_one_name_is_theirs_alone(text: str) -> None:
    found = _people(text)
    assert (found["Nora Banks"][0], found["Tom Reed"][0], found["Mia Holt"][0]) == \
        ({Role.MODERATOR}, {Role.PANELIST}, {Role.PANELIST})


@pytest.mark.parametrize(("text", "edition"), [
    # an edition said after the name
    ("The Lake AI Summit, now in its fifth year, was held on Tuesday at Hanbit Hall.", 5),
    ("This year's Lake AI Summit, the 12th, was held on Tuesday at Hanbit Hall.", 12),
    ("The Lake AI Summit was held on Tuesday at Hanbit Hall. The forum, in its second year, drew 300 people.", 2),
    ("The Lake AI Summit was held on Tuesday at Hanbit Hall. Kim finished in first place.", None),
])
def test_an_edition_said_after_the_name(text: str, edition: int | None) -> None:
    event, _orgs = _event(text)
    assert event.edition == edition


@pytest.mark.parametrize(("text", "role"), [
    # inaugural and valedictory addresses: a host's remarks, or a guest's when another body holds the event
    ("The Tidewell Institute held the Lake AI Expo on Thursday. Nora Banks, president of the Tidewell Institute, "
     "delivered the inaugural address.", Role.HOST_REP),
    ("The Tidewell Institute held the Lake AI Expo on Thursday. The valedictory address was delivered by Nora Banks, "
     "director of Arden University.", Role.OTHER),
])
def test_inaugural_and_valedictory_addresses(text: str, role: Role) -> None:
    assert role in _people(text)["Nora Banks"][0]


@pytest.mark.parametrize(("text", "name"), [
    # a brand-shaped name (a capital inside) after "annual" is the event's, with no type word of its own
    ("The Hanbit College of Engineering hosted the fourth annual roboXchange on Dec. 7-8.", "roboXchange"),
    ("Tidewell Labs held its second annual dataFest, which drew 300 people.", "dataFest"),
])
def test_a_brand_shaped_name_after_annual_is_the_event(text: str, name: str) -> None:
    event, _orgs = _event(text)
    assert event.name == name


@pytest.mark.parametrize(("text", "expected"), [
    # a part fronted before the copula: the names after it hold it
    ("Moderating the closing panel was Ellen Park, editor of Factory Weekly.",
     {"Ellen Park": ({Role.MODERATOR}, [("Factory Weekly", "editor")])}),
    ("Chairing the afternoon session was Omar Haddad of Lake Ventures.",
     {"Omar Haddad": ({Role.MODERATOR}, [("Lake Ventures", None)])}),
    ("Also chairing sessions were Ana Vale of Bolt Labs and Tom Reed of Ridge AI.",
     {"Ana Vale": ({Role.MODERATOR}, [("Bolt Labs", None)]), "Tom Reed": ({Role.MODERATOR}, [("Ridge AI", None)])}),
    ("Leading the discussion was Mina Cho, a partner at Lake Ventures.",
     {"Mina Cho": ({Role.MODERATOR}, [("Lake Ventures", "partner")])}),
    ("Speaking first was Ana Vale of Bolt Labs.", {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)])}),
    ("Delivering the opening keynote was Tom Reed, CTO of Ridge AI.",
     {"Tom Reed": ({Role.KEYNOTE}, [("Ridge AI", "CTO")])}),
    # leading or running a body is a post, not a part
    ("Leading the company is Ana Vale of Bolt Labs.", {"Ana Vale": (set(), [("Bolt Labs", None)])}),
    ("Running the plant was Tom Reed of Ridge AI.", {}),
])
def test_a_part_fronted_before_the_copula(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "followed by" after a talk: the next talk
    ("Ana Vale of Bolt Labs spoke first, followed by Tom Reed of Ridge AI.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)]), "Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    ("The first talk was given by Mina Cho, a partner at Lake Ventures, followed by Omar Haddad of Wayne Labs.",
     {"Mina Cho": ({Role.SPEAKER}, [("Lake Ventures", "partner")]),
      "Omar Haddad": ({Role.SPEAKER}, [("Wayne Labs", None)])}),
    # with no talk before it, "followed by" says nothing
    ("The merger of Bolt Labs was approved, followed by Tom Reed of Ridge AI.", {}),
])
def test_followed_by_after_a_talk(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a talk that opens the sentence, with its title or topic
    ('In a presentation titled "Vision at the Edge," Ingrid Solberg of Fjord Machines showed two cases.',
     {"Ingrid Solberg": ({Role.SPEAKER}, [("Fjord Machines", None)])}),
    ("In a talk on predictive maintenance, Tom Reed of Ridge AI showed three cases.",
     {"Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    ('During a session titled "Data First", Ana Vale, CEO of Bolt Labs, argued that data matters.',
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", "CEO")])}),
    ("During the afternoon session, Omar Haddad of Wayne Labs argued that labels matter.",
     {"Omar Haddad": ({Role.SPEAKER}, [("Wayne Labs", None)])}),
    ("During the panel discussion, Mina Cho of Lake Ventures argued that labels matter.",
     {"Mina Cho": ({Role.PANELIST}, [("Lake Ventures", None)])}),
    # no talk opens it
    ("In a statement on Monday, Omar Haddad of Wayne Labs argued that labels matter.",
     {"Omar Haddad": (set(), [("Wayne Labs", None)])}),
])
def test_a_talk_with_its_title_or_topic_opens_the_sentence(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # addressing or telling the audience, however it is written
    ("Ana Vale, CEO of Bolt Labs, addressed the delegates on the first day.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", "CEO")])}),
    ("Tom Reed, CTO of Ridge AI, told the assembled audience that robots were coming.",
     {"Tom Reed": ({Role.SPEAKER}, [("Ridge AI", "CTO")])}),
    ("Mina Cho, a partner at Lake Ventures, addressed the opening ceremony.",
     {"Mina Cho": ({Role.SPEAKER}, [("Lake Ventures", "partner")])}),
    # telling reporters is no talk
    ("Tom Reed, CTO of Ridge AI, told reporters the summit would grow.", {"Tom Reed": (set(), [("Ridge AI", "CTO")])}),
])
def test_addressing_the_audience(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the alliance's executive director": the one organization of that kind named before
    ("The Texas Robotics Alliance hosted the Edge AI Summit. Owen Grant, the alliance's executive director, spoke.",
     {"Owen Grant": ("Texas Robotics Alliance", "executive director")}),
    ("The Korea Federation of SMEs held the forum on Monday. Kim Min-su, the federation's vice chairman, spoke.",
     {"Kim Min-su": ("Korea Federation of SMEs", "vice chairman")}),
    # two of that kind: none is meant for sure
    ("Hanbit University and Lake University held the forum. Ana Vale, the university's president, spoke.",
     {"Ana Vale": (None, "president")}),
])
def test_a_possessive_kind_refers_to_the_organization_named_before(text: str, expected: dict) -> None:
    got = {name: affs for name, (_roles, affs) in _people(text).items()}
    assert got == {name: [aff] for name, aff in expected.items()}


@pytest.mark.parametrize(("text", "expected"), [
    # "followed with" an analysis: the next talk
    ("Tom Reed of Ridge AI presented a study. Ana Vale, a researcher at Bolt Labs, followed with an analysis.",
     {"Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)]), "Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", "researcher")])}),
    ("Mina Cho of Lake Ventures followed with a look at financing.",
     {"Mina Cho": ({Role.SPEAKER}, [("Lake Ventures", None)])}),
    # a discussion named before the moderator, past a comma: the people it included sat on it
    ("The discussion that followed, moderated by Song Min-jae of Hanbit University, included Park Tae-hoon of Naver.",
     {"Song Min-jae": ({Role.MODERATOR}, [("Hanbit University", None)]),
      "Park Tae-hoon": ({Role.PANELIST}, [("Naver", None)])}),
    ("A roundtable on jobs, chaired by Ana Vale of Bolt Labs, featured Tom Reed of Ridge AI.",
     {"Ana Vale": ({Role.MODERATOR}, [("Bolt Labs", None)]), "Tom Reed": ({Role.PANELIST}, [("Ridge AI", None)])}),
    # a jury or mentors: other
    ("Judging the final pitches were Leo Martins of Lake University and Sara Nunez of Bright Peak Capital.",
     {"Leo Martins": ({Role.OTHER}, [("Lake University", None)]),
      "Sara Nunez": ({Role.OTHER}, [("Bright Peak Capital", None)])}),
    ("Mentors included Greg Olsen, an engineer at Corvid Systems, and Ana Vale of Bolt Labs.",
     {"Greg Olsen": ({Role.OTHER}, [("Corvid Systems", "engineer")]), "Ana Vale": ({Role.OTHER}, [("Bolt Labs", None)])}),
])
def test_following_talks_discussions_past_a_comma_and_juries(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list goes on past an item's lower-case title
    ("Speakers included Prof. Leo Martins, the school's associate dean, Sara Nunez of Bright Peak Capital, "
     "and Ivan Petrov.",
     {"Leo Martins": ({Role.SPEAKER}, [(None, "associate dean")]), "Sara Nunez": ({Role.SPEAKER}, [("Bright Peak Capital", None)]),
      "Ivan Petrov": ({Role.SPEAKER}, [])}),
    # and the next item, a name with its organization, is no organization of the one before
    ("Speakers included Leo Martins, an associate dean, Sara Nunez of Bright Peak Capital, and Ivan Petrov.",
     {"Leo Martins": ({Role.SPEAKER}, [(None, "associate dean")]),
      "Sara Nunez": ({Role.SPEAKER}, [("Bright Peak Capital", None)]), "Ivan Petrov": ({Role.SPEAKER}, [])}),
    # an organization with "of" after a title still is one
    ("Tom Reed, president, University of Warsaw, spoke at the forum.",
     {"Tom Reed": ({Role.SPEAKER}, [("University of Warsaw", "president")])}),
])
def test_lists_past_lower_case_titles(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a role header after a time, or after the sentence before on its line; "Chair:" as a header
    ("Programme\n11:20 Panel: Mia Cho (Lake Ventures), Omar Haddad (Wayne Labs)\n",
     {"Mia Cho": ({Role.PANELIST}, [("Lake Ventures", None)]), "Omar Haddad": ({Role.PANELIST}, [("Wayne Labs", None)])}),
    ("Programme\n10:40 Session 1 — Data for the shop floor. Chair: Tom Reed (Nimbus Works)\n",
     {"Tom Reed": ({Role.MODERATOR}, [("Nimbus Works", None)])}),
    ("Programme\nChair: Ana Vale (Bolt Labs)\nSpeakers: Tom Reed (Ridge AI)\n",
     {"Ana Vale": ({Role.MODERATOR}, [("Bolt Labs", None)]), "Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    # a session's chair in apposition; a board's chair is a post
    ("The session chair, Tom Reed of Ridge AI, opened the debate.", {"Tom Reed": ({Role.MODERATOR}, [("Ridge AI", None)])}),
    ("The panel chair, Mia Cho of Lake Ventures, asked the first question.",
     {"Mia Cho": ({Role.MODERATOR}, [("Lake Ventures", None)])}),
    ("The board chair Tom Reed resigned.", {"Tom Reed": (set(), [(None, "board chair")])}),
])
def test_headers_after_a_time_and_chairs(text: str, expected: dict) -> None:
    got = _people(text)
    assert {n: got.get(n) for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # captions in the present tense
    ("Tom Reed of Ridge AI talks about robots during a session at the Lake Forum in Seoul, Tuesday.",
     {"Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    ("Ana Vale of Bolt Labs makes opening remarks at the Lake Forum in Seoul, Tuesday.",
     {"Ana Vale": ({Role.HOST_REP}, [("Bolt Labs", None)])}),
    ("Ana Vale of Bolt Labs made a presentation on robots.", {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)])}),
    # making a thing is no talk; a company's talks are negotiations
    ("Ana Vale of Bolt Labs made a robot for the show.", {"Ana Vale": (set(), [("Bolt Labs", None)])}),
    ("Bolt Labs talks about a merger with Ridge AI.", {}),
    # a name alone, set off by the photo's position or not, with a part's verb in the present tense
    ("Ana Vale, left, and Tom Reed discuss robot safety during a panel session at the Lake Forum on Tuesday.",
     {"Ana Vale": ({Role.PANELIST}, []), "Tom Reed": ({Role.PANELIST}, [])}),
    ("Ana Vale speaks during a session at the Lake Forum in Seoul, Tuesday.", {"Ana Vale": ({Role.SPEAKER}, [])}),
    ("Ana Vale, right, speaks during a session at the Lake Forum in Seoul, Tuesday.", {"Ana Vale": ({Role.SPEAKER}, [])}),
    ("The Lake Forum was held on Tuesday. Ana Vale, right, spoke during a session at the forum.",
     {"Ana Vale": ({Role.SPEAKER}, [])}),
])
def test_captions_in_the_present_tense(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "role"), [
    # a caption's people do what the sentence before it, naming no one, says
    ("Panelists discuss the future of manufacturing at the Lake Summit in Seoul, Thursday. From left are Tom Reed, "
     "a professor at Hanbit University; and Ana Vale, CEO of Bolt Labs.", Role.PANELIST),
    ("Speakers answer questions at the Lake Summit. From left: Tom Reed of Hanbit University and Ana Vale of Bolt Labs.",
     Role.SPEAKER),
    # guests who pose are pictured only
    ("Guests pose for a photo at the Lake Summit. Left to right: Tom Reed of Hanbit University and Ana Vale of Bolt Labs.",
     Role.ATTENDEE),
])
def test_a_caption_after_a_sentence_about_a_part(text: str, role: Role) -> None:
    got = _people(text)
    assert (got["Tom Reed"][0], got["Ana Vale"][0]) == ({role}, {role})


@pytest.mark.parametrize(("text", "expected"), [
    # capitalised field words between a title's opener and its head, after a possessive owner or not
    ("LG Electronics' Chief Digital Officer Kim Seung-rok gave a presentation.",
     {"Kim Seung-rok": ({Role.SPEAKER}, [("LG Electronics", "Chief Digital Officer")])}),
    ("Bolt Labs' Chief Information Security Officer Ana Vale gave a presentation.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", "Chief Information Security Officer")])}),
    ("Ridge AI Chief Technology Officer Tom Reed gave a keynote.",
     {"Tom Reed": ({Role.KEYNOTE}, [("Ridge AI", "Chief Technology Officer")])}),
    # the common fields of a chief's post are title words, so a second title after "and" shares the owner
    ("Nimbus AI Chief People Officer Mia Holt and Chief Innovation Officer Tom Reed gave a keynote.",
     {"Mia Holt": ({Role.KEYNOTE}, [("Nimbus AI", "Chief People Officer")]),
      "Tom Reed": ({Role.KEYNOTE}, [("Nimbus AI", "Chief Innovation Officer")])}),
    ("Ridge AI Chief Revenue Officer Ana Vale and Chief Operating Officer Dana Ross spoke.",
     {"Ana Vale": ({Role.SPEAKER}, [("Ridge AI", "Chief Revenue Officer")]),
      "Dana Ross": ({Role.SPEAKER}, [("Ridge AI", "Chief Operating Officer")])}),
    # an acronym in a lower-case title's portfolio
    ("The panel included Naver Cloud's head of AI Ha Jung-woo and Bolt Labs CEO Ana Vale.",
     {"Ha Jung-woo": ({Role.PANELIST}, [("Naver Cloud", "head of AI")]),
      "Ana Vale": ({Role.PANELIST}, [("Bolt Labs", "CEO")])}),
    ("Ridge AI's vice president of IT Dana Ross spoke.", {"Dana Ross": ({Role.SPEAKER}, [("Ridge AI", "vice president of IT")])}),
])
def test_capitalised_field_words_and_acronyms_inside_titles(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "start"), [
    # the verb a weekday belongs to sets its direction, not a "will" elsewhere in the sentence
    ("Manufacturers said on Wednesday that AI agents will arrive soon, at the Lake AI Summit 2026.", "2026-06-17"),
    ("The Lake AI Summit 2026 will open on Wednesday at Hanbit Hall.", "2026-06-24"),
    ("The Lake AI Summit 2026 is scheduled on Wednesday, and ministers will attend.", "2026-06-24"),
])
def test_a_weekday_takes_the_tense_of_its_verb(text: str, start: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-06-19", lang="en"))
    [e] = x.events
    assert e.start == start


@pytest.mark.parametrize(("text", "expected"), [
    # "A joined B for a fireside chat / a panel": both held the part
    ("Ana Vale, plant manager at Bolt Foods, joined Ridge AI's Tom Reed for a fireside chat on old lines.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Foods", "plant manager")]), "Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    ("Ana Vale of Bolt Foods joined Tom Reed of Ridge AI for a fireside chat.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Foods", None)]), "Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    ("Ana Vale of Bolt Foods joined Tom Reed for a panel discussion on jobs.",
     {"Ana Vale": ({Role.PANELIST}, [("Bolt Foods", None)]), "Tom Reed": ({Role.PANELIST}, [])}),
    # joining a company is no part
    ("Ana Vale of Bolt Foods joined Tom Reed of Ridge AI in 2019.", {}),
    # a participle that inaugurates
    ("Inaugurating the summit, Ana Vale, Minister for Industries, said the state would act.",
     {"Ana Vale": ({Role.OTHER}, [(None, "Minister for Industries")])}),
])
def test_joined_for_a_part_and_inaugurating(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause after the moderated part introduces the people who sat on it
    ("Tom Reed of Ridge AI led the discussion, which included Ana Vale of Bolt Labs and Mia Cho of Lake Ventures.",
     {"Tom Reed": {Role.MODERATOR}, "Ana Vale": {Role.PANELIST}, "Mia Cho": {Role.PANELIST}}),
    ("Tom Reed of Ridge AI moderated the session, which featured Ana Vale of Bolt Labs.",
     {"Tom Reed": {Role.MODERATOR}, "Ana Vale": {Role.SPEAKER}}),
    # a list of chairs is no relative clause
    ("The session chairs included Kwon Min, professor at Hanbit University, and Jung Ara of the Lake Institute.",
     {"Kwon Min": {Role.MODERATOR}, "Jung Ara": {Role.MODERATOR}}),
    # an overview given is a talk
    ("Tom Reed, head of research at Ridge AI, gave an overview of the lab's work.", {"Tom Reed": {Role.SPEAKER}}),
])
def test_a_relative_clause_after_a_moderated_part(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an owner with "of" inside, or with a place word before its organization word, written with "the" or not
    ("Speakers included the University of Leeds's Ahmed Lewis.",
     {"Ahmed Lewis": ({Role.SPEAKER}, [("University of Leeds", None)])}),
    ("On Tuesday, Seoul National University's Kim Min-ji spoke.",
     {"Kim Min-ji": ({Role.SPEAKER}, [("Seoul National University", None)])}),
    ("Jane Roe of Acme joined the University of Leeds's Ahmed Lewis for a fireside chat.",
     {"Jane Roe": ({Role.SPEAKER}, [("Acme", None)]), "Ahmed Lewis": ({Role.SPEAKER}, [("University of Leeds", None)])}),
])
def test_owners_with_of_or_a_place_word(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    # testimony attributes a quote as "said" does
    '"Manufacturers want certainty," Jay Timmons, president of the Lake Association, testified.',
    'Jay Timmons, president of the Lake Association, testified: "Manufacturers want certainty."',
])
def test_a_quote_attributed_by_testimony(text: str) -> None:
    roles, affs = _people(text)["Jay Timmons"]
    assert Role.QUOTED in roles and affs == [("Lake Association", "president")]


@pytest.mark.parametrize(("text", "sponsors"), [
    # a curated name with a comma and "and" inside, then "and" another organization
    ("The Lake AI Summit 2026 took place on Tuesday, with support from the Ministry of Trade, Industry and Energy "
     "and Samsung Electronics.", ["Ministry of Trade, Industry and Energy", "Samsung Electronics"]),
    ("The Lake AI Summit 2026 took place on Tuesday. It was sponsored by the Ministry of Trade, Industry and Energy.",
     ["Ministry of Trade, Industry and Energy"]),
])
def test_a_curated_name_with_and_inside_ends_before_the_next_and(text: str, sponsors: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["sponsors"] == sponsors


@pytest.mark.parametrize(("text", "name"), [
    # the name in apposition after a holder's own gathering, or an annual one
    ("Lake Robotics hosted its annual customer conference, Lake Connect 2026, in Austin on Thursday.", "Lake Connect 2026"),
    ("Acme hosted the third annual developer summit, Acme Build, at its campus on Monday.", "Acme Build"),
    ("Bolt Labs held their first hackathon, HackBolt, on Friday.", "HackBolt"),
    # ... or with no comma, a name with its year or number, or an acronym
    ("Lake Robotics hosted its annual customer conference Lake Connect 26 on Thursday at Coex.", "Lake Connect 26"),
    ("Bolt Labs held its developer conference BOLTCON in Austin on Friday.", "BOLTCON"),
    ("The annual forum Bolt Labs hosted drew 300 people on Friday.", None),
    # a person after "the conference," is no name of it
    ("At the conference, Jane Roe, CEO of Acme, said robots were coming.", None),
])
def test_an_event_named_in_apposition_after_its_kind(text: str, name: str | None) -> None:
    event, _orgs = _event(text)
    assert (event.name if event else None) == name


@pytest.mark.parametrize("text", [
    # a convention centre's name alone, in any case, after a word that is a post too ("developer")
    "Nimbus hosted its annual developer conference on Wednesday at Coex.",
    "Nimbus hosted its annual developer conference on Wednesday at COEX.",
])
def test_a_convention_centres_name_in_any_case_is_a_venue(text: str) -> None:
    event, _orgs = _event(text)
    assert event.venue.upper() == "COEX"


@pytest.mark.parametrize(("text", "expected"), [
    # a talk that opens the sentence gives its part to every subject listed right after it
    ("During the session, Kim Min-ji of Bolt Labs and Park Tae-hoon of Ridge AI compared notes on safety.",
     {"Kim Min-ji": {Role.SPEAKER}, "Park Tae-hoon": {Role.SPEAKER}}),
    ("In the panel discussion, Kim Min-ji (Bolt Labs), Park Tae-hoon (Ridge AI) and Lee Ara (Lake Lab) debated jobs.",
     {"Kim Min-ji": {Role.PANELIST}, "Park Tae-hoon": {Role.PANELIST}, "Lee Ara": {Role.PANELIST}}),
    # subjects whose organization and title come before the name
    ("During the session, Bolt Labs vice president Kim Min-ji and Ridge AI CEO Park Tae-hoon compared notes.",
     {"Kim Min-ji": {Role.SPEAKER}, "Park Tae-hoon": {Role.SPEAKER}}),
    ('During the panel titled "Safe Robots," Dr. Lee Ara of Lake Lab argued for audits.', {"Lee Ara": {Role.PANELIST}}),
    ("In her keynote, Bolt Labs' CEO Kim Min-ji outlined the roadmap.", {"Kim Min-ji": {Role.KEYNOTE}}),
    # not someone the words after the frame act on
    ("During the session, the audience asked Kim Min-ji of Bolt Labs about safety.", {"Kim Min-ji": set()}),
    # not someone named in what the subject said
    ("During the session, Kim Min-ji of Bolt Labs said that Park Tae-hoon of Ridge AI was right.",
     {"Kim Min-ji": {Role.SPEAKER}, "Park Tae-hoon": set()}),
    # an adverb after an acronym is no part of the organization
    ("Kim Min-ji of Bolt Labs and Park Tae-hoon of Ridge AI also took the stage.",
     {"Kim Min-ji": {Role.SPEAKER}, "Park Tae-hoon": {Role.SPEAKER}}),
])
def test_a_talk_frame_gives_its_part_to_the_listed_subjects(text: str, expected: dict) -> None:
    got = _people(text)
    assert {n: roles for n, (roles, _affs) in got.items()} == expected
    assert all(org != "Ridge AI also" for _roles, affs in got.values() for org, _t in affs)


@pytest.mark.parametrize(("text", "org"), [
    # a unit of an organization, then "at" the organization: the organization holds the post
    ("Professor Jane Roe of the Department of Mechanical Engineering at Lake University spoke at the forum.",
     "Lake University"),
    ("Jane Roe of the School of Engineering at Lake University spoke at the forum.", "Lake University"),
    ("Jane Roe of the Department of Robotics, Lake University, spoke at the forum.", "Lake University"),
])
def test_a_unit_at_its_organization(text: str, org: str) -> None:
    [(_roles, affs)] = _people(text).values()
    assert affs[0][0] == org


@pytest.mark.parametrize(("text", "expected"), [
    # introducing a thing at the event is presenting it
    ("The Lake AI Forum 2026 was held on Tuesday. Kim Min-ji, CEO of Bolt Labs, introduced the company's smart "
     "factory platform.", {"Kim Min-ji": {Role.SPEAKER}}),
    ("The Lake AI Forum 2026 was held on Tuesday. Kim Min-ji, CEO of Bolt Labs, introduced Bolt Labs' new welding "
     "robot.", {"Kim Min-ji": {Role.SPEAKER}}),
    # introducing a person: the one introduced speaks
    ("The Lake AI Forum 2026 was held on Tuesday. Kim Min-ji, CEO of Bolt Labs, introduced Tom Reed, who spoke on "
     "robots.", {"Kim Min-ji": set(), "Tom Reed": {Role.SPEAKER}}),
    ("The Lake AI Forum 2026 was held on Tuesday. Kim Min-ji, CEO of Bolt Labs, introduced the first keynote "
     "speaker, Tom Reed.", {"Kim Min-ji": set(), "Tom Reed": {Role.KEYNOTE}}),
    # ... named before, by a pronoun; but "her" before a noun is a possessive, a thing introduced
    ("The Lake AI Forum 2026 was held on Tuesday. Ana Vale spoke first. Kim Min-ji, CEO of Bolt Labs, introduced her.",
     {"Kim Min-ji": set(), "Ana Vale": {Role.SPEAKER}}),
    ("The Lake AI Forum 2026 was held on Tuesday. Kim Min-ji, CEO of Bolt Labs, introduced him as a pioneer of robots.",
     {"Kim Min-ji": set()}),
    ("The Lake AI Forum 2026 was held on Tuesday. Kim Min-ji, CEO of Bolt Labs, introduced her team's welding robot.",
     {"Kim Min-ji": {Role.SPEAKER}}),
    # introducing the judges of a list parted by semicolons: each of them, the last one after "and" too, judges
    ("The Lake AI Forum 2026 was held on Tuesday. Kim Min-ji of Bolt Labs introduced the judges: Tom Reed, managing "
     "director at Ridge Ventures; Ana Vale, co-founder of Nimbus; and Sanjay Rao of Orbis Capital.",
     {"Kim Min-ji": set(), "Tom Reed": {Role.OTHER}, "Ana Vale": {Role.OTHER}, "Sanjay Rao": {Role.OTHER}}),
    ("The Lake AI Forum 2026 was held on Tuesday. Judges were Tom Reed, managing director at Ridge Ventures; Ana "
     "Vale, co-founder of Nimbus; and Sanjay Rao of Orbis Capital.",
     {"Tom Reed": {Role.OTHER}, "Ana Vale": {Role.OTHER}, "Sanjay Rao": {Role.OTHER}}),
])
def test_introducing_a_thing_or_a_person(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # explaining a thing at the event (how, why, the plan) is a talk, as 설명했다 with an object is
    ("Kim Min-ji, CEO of Bolt Labs, explained how AI cut defects by 30 percent.", {Role.SPEAKER}),
    ("Kim Min-ji, CEO of Bolt Labs, explained the company's AI strategy.", {Role.SPEAKER}),
    # explaining as the verb of a quote is saying
    ('"Data matters," Kim Min-ji, CEO of Bolt Labs, explained.', {Role.QUOTED}),
])
def test_explaining_a_thing_is_a_talk(text: str, expected: set) -> None:
    assert _people(text)["Kim Min-ji"][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb between a cue's words leaves the cue whole
    ("The lineup also includes Kim Min-ji, CEO of Bolt Labs, and Tom Reed, CTO of Ridge AI.",
     {"Kim Min-ji": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    ("The discussion was then moderated by Kim Min-ji, CEO of Bolt Labs.", {"Kim Min-ji": {Role.MODERATOR}}),
    # without the cue, no part
    ("The company also includes Kim Min-ji, CEO of Bolt Labs, in its board.", {"Kim Min-ji": set()}),
])
def test_an_adverb_inside_a_cue(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "start"), [
    # a month and day with a past verb: on or before the publication date, however near the next one is
    ("The Lake AI Forum took place at Harbor Hall on 14 March.", "2025-03-14"),
    ("The Lake AI Forum was held on March 14 at Harbor Hall.", "2025-03-14"),
    # a future verb: after it
    ("The Lake AI Forum will be held on March 14 at Harbor Hall.", "2026-03-14"),
])
def test_a_day_without_a_year_takes_the_tense_of_its_verb(text: str, start: str) -> None:
    e, _orgs = _event(text, published="2025-11-14")
    assert e.start == start


@pytest.mark.parametrize(("text", "organizers"), [
    # a name written in lower case with a capital inside is a name
    ("The Lake AI Forum, organised by techUK in partnership with the Ridge Institute, was held on Tuesday.",
     ["techUK"]),
    ("The Lake AI Forum, hosted by eBay and the Ridge Institute, was held on Tuesday.", ["eBay", "Ridge Institute"]),
])
def test_organizers_whose_name_starts_in_lower_case(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "organizers"), [
    # the subjects of a holding verb in any tense are a list, split at "and the"
    ("Lake Province and the Ridge Business Accelerator (RBA) will hold the Lake AI Forum on Dec. 4.",
     ["Lake Province", "Ridge Business Accelerator"]),
    ("Bolt Labs and the Ridge Institute jointly hold the Lake AI Forum 2026 at Harbor Hall on Tuesday.",
     ["Bolt Labs", "Ridge Institute"]),
    # a headline in the present
    ("Bolt Labs and KAIST host Lake AI Forum\nThe Lake AI Forum was held at Harbor Hall on Tuesday.",
     ["Bolt Labs", "KAIST"]),
])
def test_subjects_of_a_holding_verb_in_any_tense(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # an organization with "of" (and an "and" after it) written before the title
    ("Federation of Ridge Industries Chairman Kim Min-ji spoke at the forum.",
     [("Federation of Ridge Industries", "Chairman")]),
    ("Lake Chamber of Commerce and Industry Chairman Kim Min-ji spoke at the forum.",
     [("Lake Chamber of Commerce and Industry", "Chairman")]),
    # an "and" with no "of" before it joins two people, not one organization
    ("Tom Reed and Bolt Labs CEO Kim Min-ji spoke at the forum.", [("Bolt Labs", "CEO")]),
    # ... nor after a name that ends in a place ("… Party of Korea")
    ("Rep. Tom Reed of the Lake Party of Korea and RIST President Kim Min-ji spoke at the forum.", [("RIST", "President")]),
    # a lower-case title of two words between the organization and the name
    ("Bolt Labs board member Kim Min-ji spoke at the forum.", [("Bolt Labs", "board member")]),
    # ... nor when an owner's possessive stands on each side of the "and"
    ("Speakers included Tom Reed from Hanbit University's School of AI and Bolt Labs' head of AI Kim Min-ji.",
     [("Bolt Labs", "head of AI")]),
    ("Speakers included Tom Reed from Pine's Institute of Robotics and Bolt Labs's CTO Kim Min-ji.",
     [("Bolt Labs", "CTO")]),
    # (a guard, as before) one owner's possessive, at the end of a name with "of" and "and"
    ("Speakers included the Lake Chamber of Commerce and Industry's chairman Kim Min-ji.",
     [("Lake Chamber of Commerce and Industry", "chairman")]),
])
def test_an_organization_with_of_and_and_before_a_title(text: str, expected: list) -> None:
    assert _people(text)["Kim Min-ji"][1] == expected


@pytest.mark.parametrize("text", [
    # a post set off by dashes (or by hyphens written for them) after the name
    "The Lake AI Forum was held on June 3. Kim Min-ji — CTO, Bolt Labs — spoke about agents.",
    "The Lake AI Forum was held on June 3. Kim Min-ji - CTO of Bolt Labs - spoke about agents.",
    "The Lake AI Forum was held on June 3. Kim Min-ji – CTO, Bolt Labs – spoke about agents.",
])
def test_a_post_set_off_by_dashes(text: str) -> None:
    assert _people(text)["Kim Min-ji"] == ({Role.SPEAKER}, [("Bolt Labs", "CTO")])


@pytest.mark.parametrize("text", [
    # what follows a name's comma is the next person with their own title, not the first one's post
    "The forum was held on Friday. Participants included Rep. Tom Reed, NAM President Kim Min-ji and Mia Holt.",
    "The forum was held on Friday. Participants included Rep. Tom Reed, NAM President Kim Min-ji, and Mia Holt.",
])
def test_the_next_person_after_a_comma_is_no_post(text: str) -> None:
    got = _people(text)
    assert all(org != "NAM" for org, _t in got["Tom Reed"][1])
    assert got["Kim Min-ji"][1] == [("NAM", "President")]


@pytest.mark.parametrize("text", [
    # a programme line may open with a bullet and an honorific; the organization after the comma is theirs
    "The Lake AI Forum was held on Thursday. Speakers included:\n- Prof. Tom Reed, Lake University\n"
    "- Kim Min-ji, Bolt Labs\n",
    "The Lake AI Forum was held on Thursday.\nSpeakers:\n• Dr. Tom Reed, Lake University\n• Kim Min-ji, Bolt Labs\n",
])
def test_programme_lines_with_bullets_and_honorifics(text: str) -> None:
    got = _people(text)
    assert got["Tom Reed"] == ({Role.SPEAKER}, [("Lake University", None)])
    assert got["Kim Min-ji"] == ({Role.SPEAKER}, [("Bolt Labs", None)])


@pytest.mark.parametrize(("text", "role"), [
    # a header at the end of a paragraph heads the list by its own sentence, not by the cues before it
    ("Ana Vale, president of Lake Corp, opened the forum with welcome remarks. Invited speakers included:\n\n"
     "- Tom Reed, CTO, Bolt Labs\n- Kim Min-ji, Daon\n", Role.SPEAKER),
    ("The forum opened with a keynote by Ana Vale of Lake Corp. The panelists were:\n"
     "\u2022 Tom Reed, CTO, Bolt Labs\n\u2022 Kim Min-ji, Daon\n", Role.PANELIST),
])
def test_a_header_ending_a_paragraph(text: str, role: Role) -> None:
    got = _people("The Lake AI Forum was held on Thursday. " + text)
    assert got["Tom Reed"][0] == {role}
    assert got["Kim Min-ji"][0] == {role}


@pytest.mark.parametrize(("text", "name", "edition"), [
    # "the Fourth Industrial Revolution" is an era, no edition of the event
    ("The Lake AI Forum, on the Fourth Industrial Revolution, was held on Tuesday at Harbor Hall.",
     "Lake AI Forum", None),
    ("The Lake AI Forum was held on Tuesday at Harbor Hall to prepare for the Fourth Industrial Revolution.",
     "Lake AI Forum", None),
    ("The Fourth Lake AI Forum was held on Tuesday at Harbor Hall.", "Fourth Lake AI Forum", 4),
])
def test_an_era_is_no_edition(text: str, name: str, edition: int | None) -> None:
    e, _orgs = _event(text)
    assert (e.name, e.edition) == (name, edition)


@pytest.mark.parametrize("text", [
    # a "Forum" that owns a centre or an institute is an organization, not the event
    "The Lake AI Summit was held on Tuesday with the Ridge Economic Forum's Centre for Robotics.",
    "The Lake AI Summit, backed by the Ridge Economic Forum's Policy Institute, was held on Tuesday.",
])
def test_a_forum_that_owns_a_body_is_an_organization(text: str) -> None:
    e, _orgs = _event(text)
    assert e.name == "Lake AI Summit"


@pytest.mark.parametrize(("text", "expected"), [
    # a colon closing a clause that names a part: the list after it has that part
    ("The Lake AI Forum was held on Tuesday. It featured presentations by three members: Bolt's Tom Reed, "
     "Ridge's Mia Holt and Lake's Ana Vale.",
     {"Tom Reed": {Role.SPEAKER}, "Mia Holt": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    ("The Lake AI Forum was held on Tuesday. The lineup included: Bolt's Tom Reed, Ridge's Mia Holt and "
     "Lake's Ana Vale.",
     {"Tom Reed": {Role.SPEAKER}, "Mia Holt": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
])
def test_a_list_after_a_colon_that_names_a_part(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


def test_a_colon_without_a_part_gives_none() -> None:
    got = _people("The Lake AI Forum was held on Tuesday. The company has three offices: Bolt's Tom Reed, "
                  "Ridge's Mia Holt and Lake's Ana Vale.")
    assert "Tom Reed" not in got and "Mia Holt" not in got


@pytest.mark.parametrize(("text", "city"), [
    # the city of a place named inside a quote is not where the event is
    ('The Lake AI Summit opened on Sunday. "We need AI made in Europe," Tom Reed told guests at the summit.', None),
    ('The Lake AI Summit opened on Sunday in Hanover. "We need AI made in Europe," Tom Reed told guests at the '
     'summit.', "Hanover"),
])
def test_no_city_from_a_quote(text: str, city: str | None) -> None:
    e, _orgs = _event(text)
    assert e.city == city


def _talks(text: str) -> dict[str, dict[Role, str | None]]:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    return {p.name: {r.role: r.talk_title for r in p.roles} for p in x.people}


@pytest.mark.parametrize(("text", "expected"), [
    # a quote right after a word for the talk, or after its verb, is the talk's title
    ('Tom Reed, CTO of Bolt Labs, gave a presentation titled "Steel Meets AI."',
     {"Tom Reed": {Role.SPEAKER: "Steel Meets AI"}}),
    ("Tom Reed, CTO of Bolt Labs, delivered the opening keynote titled ‘Reversing the flow – what robots’ "
     "makers can teach AI’.", {"Tom Reed": {Role.KEYNOTE: "Reversing the flow – what robots’ makers can teach AI"}}),
    ('Tom Reed of Bolt Labs spoke on "AI and the Future of Work" at the forum.',
     {"Tom Reed": {Role.SPEAKER: "AI and the Future of Work"}}),
    # the speaker named last before it; a talk frame gives it to the first one after it
    ('Tom Reed of Bolt Labs presented "Digital Twins in Practice," while Mia Holt of Ridge AI spoke about safety.',
     {"Tom Reed": {Role.SPEAKER: "Digital Twins in Practice"}, "Mia Holt": {Role.SPEAKER: None}}),
    ('In a keynote titled "Robots That Learn," Tom Reed, CEO of Bolt Labs, argued that data matters.',
     {"Tom Reed": {Role.KEYNOTE: "Robots That Learn"}}),
    # ... and a name with its verb right after a title named as one (titled, entitled, called)
    ('In a presentation titled "Digital Twins at Scale," Jon Lind of Ericsson explained how the plant works.',
     {"Jon Lind": {Role.SPEAKER: "Digital Twins at Scale"}}),
    ('In a talk called "Robots on Call," Mia Holt of Ridge AI said the cost fell.',
     {"Mia Holt": {Role.SPEAKER: "Robots on Call"}}),
    # what a speaker said is no title
    ('"Data is the new oil," said Tom Reed, CEO of Bolt Labs, in his keynote.',
     {"Tom Reed": {Role.KEYNOTE: None, Role.QUOTED: None}}),
    ('In his speech, "We must act now," Tom Reed of Bolt Labs said.',
     {"Tom Reed": {Role.SPEAKER: None, Role.QUOTED: None}}),
])
def test_talk_titles(text: str, expected: dict) -> None:
    assert _talks(text) == expected


@pytest.mark.parametrize(("text", "name", "venue"), [
    # a name written as the place an event is held at is its venue, even when it ends in a type word
    ("The Lake AI Forum opened at the Harbor Expo on Tuesday.", "Lake AI Forum", "Harbor Expo"),
    ("The Lake Robotics 2026 exhibition was held at the Harbor Expo on Tuesday.", "Lake Robotics 2026", "Harbor Expo"),
    # speaking at an event is no place
    ("Tom Reed spoke at the Lake AI Forum on Tuesday.", "Lake AI Forum", None),
])
def test_a_place_that_ends_in_a_type_word(text: str, name: str, venue: str | None) -> None:
    e, _orgs = _event(text)
    assert (e.name, e.venue) == (name, venue)


@pytest.mark.parametrize(("text", "role"), [
    # what a speaker does to those listening
    ("Tom Reed, CEO of Bolt Labs, urged participants to adopt AI.", Role.SPEAKER),
    ("Tom Reed, CEO of Bolt Labs, challenged the audience to rethink safety.", Role.SPEAKER),
    # a session or workshop of one's own
    ("Tom Reed of Bolt Labs led a session on AI safety.", Role.SPEAKER),
    ("Tom Reed of Bolt Labs hosted a workshop on AI safety.", Role.SPEAKER),
    ("Tom Reed of Bolt Labs led the panel on AI safety.", Role.MODERATOR),
    # views exchanged on stage, a speaker on hand, a case made
    ("Tom Reed of Bolt Labs exchanged views on AI safety with the audience.", Role.PANELIST),
    ("Tom Reed of Bolt Labs was on hand to discuss AI safety.", Role.SPEAKER),
    ("Tom Reed of Bolt Labs made the case for AI rules.", Role.SPEAKER),
    ("Tom Reed of Bolt Labs painted a picture of AI factories.", Role.SPEAKER),
])
def test_more_speaking_cues(text: str, role: Role) -> None:
    got = _people("The Lake AI Forum was held on Tuesday. " + text)
    assert got["Tom Reed"][0] == {role}


@pytest.mark.parametrize("text", [
    # the same verbs without a session, a panel or listeners are no part
    "Tom Reed of Bolt Labs urged the government to act.",
    "Tom Reed of Bolt Labs led the company for ten years.",
])
def test_the_verbs_alone_give_no_part(text: str) -> None:
    assert _people("The Lake AI Forum was held on Tuesday. " + text)["Tom Reed"][0] == set()


@pytest.mark.parametrize("text", [
    # the words after an acronym inside a name's parentheses are the rest of an organization's name
    "The Lake AI Summit took place on March 5. Featured speakers: Tom Reed (Dean, Lake College) and Mia Holt "
    "(UC San Diego).",
    "The Lake AI Summit took place on March 5. Panelists: Tom Reed (Lake College), Mia Holt (UC Santa Cruz).",
])
def test_no_person_from_an_organization_after_its_acronym(text: str) -> None:
    assert set(_people(text)) == {"Tom Reed", "Mia Holt"}


@pytest.mark.parametrize(("text", "org"), [
    # a unit of up to six words written after its owner's possessive: the owner is the organization
    ("Professor Mia Holt, director of Lake University's Computer Science and Artificial Intelligence Laboratory, "
     "spoke at the forum.", "Lake University"),
    ("Mia Holt of Bolt Labs' Advanced Manufacturing and Robotics Systems Research Center spoke at the forum.",
     "Bolt Labs"),
])
def test_a_long_unit_after_a_possessive(text: str, org: str) -> None:
    assert _people(text)["Mia Holt"][1][0][0] == org


@pytest.mark.parametrize("text", [
    # the body whose members hear testimony holds the hearing
    "Lawmakers on the House Science Committee heard testimony Thursday from Tom Reed, CEO of Bolt Labs.",
    "Members of the Senate Commerce Committee questioned Tom Reed, CEO of Bolt Labs, at a hearing on Thursday.",
])
def test_a_committee_whose_members_hear_testimony(text: str) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] in (["House Science Committee"], ["Senate Commerce Committee"])


@pytest.mark.parametrize(("text", "co"), [
    # a known name with a comma inside, right after "co-organized by": the whole name, once
    ("The Lake AI Forum, co-organized by the Ministry of Trade, Industry and Energy and the Ridge Institute, was "
     "held on Tuesday.", ["Ministry of Trade, Industry and Energy", "Ridge Institute"]),
    ("The Lake AI Forum was held on Tuesday, co-hosted by the Ministry of Trade, Industry and Energy.",
     ["Ministry of Trade, Industry and Energy"]),
])
def test_a_comma_name_after_co_organized_by(text: str, co: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["co_organizers"] == co


@pytest.mark.parametrize(("text", "expected"), [
    # a part that is the subject of a passive belongs to the agent after "by", not to the name before it
    ("Bolt Labs CEO Tom Reed opened the show, and keynotes were delivered by Mia Holt of Acme.",
     {"Tom Reed": set(), "Mia Holt": {Role.KEYNOTE}}),
    ("Bolt Labs CEO Tom Reed praised the exhibits, while the panel was moderated by Mia Holt of Acme.",
     {"Tom Reed": set(), "Mia Holt": {Role.MODERATOR}}),
    # an active verb still gives its subject the part
    ("Bolt Labs CEO Tom Reed delivered the keynote, and talks were given by Mia Holt of Acme.",
     {"Tom Reed": {Role.KEYNOTE}, "Mia Holt": {Role.SPEAKER}}),
])
def test_a_passive_part_goes_to_its_agent(text: str, expected: dict) -> None:
    got = _people("The Lake AI Forum was held on Tuesday. " + text)
    assert {n: roles for n, (roles, _affs) in got.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # titles joined by a slash before the name, singular or plural
    ("Bolt Labs founder/CEO Tom Reed spoke about robots.", {"Tom Reed": [("Bolt Labs", "founder/CEO")]}),
    ("Bolt Labs editors/cofounders Tom Reed and Mia Holt moderated the panel.",
     {"Tom Reed": [("Bolt Labs", "editors/cofounder")], "Mia Holt": [("Bolt Labs", "editors/cofounder")]}),
    # and after the name
    ("Tom Reed, co-founder/CTO of Bolt Labs, spoke about robots.", {"Tom Reed": [("Bolt Labs", "co-founder/CTO")]}),
])
def test_titles_joined_by_a_slash(text: str, expected: dict) -> None:
    got = _people("The Lake AI Forum was held on Tuesday. " + text)
    assert {n: affs for n, (_roles, affs) in got.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted participle with a comma after it fronts no copula that comes later in what was said
    ("Speaking on the occasion, Tom Reed, chairman of Bolt Labs, said the market was growing.",
     {"Tom Reed": {Role.SPEAKER}}),
    ("Speaking at the forum, Tom Reed, chairman of Bolt Labs, said the market was growing.",
     {"Tom Reed": {Role.SPEAKER}}),
    # a talk frame with a pronoun: the one person of the sentence before
    ("Tom Reed, chairman of Bolt Labs, arrived in the morning. In his speech, he noted that AI was growing.",
     {"Tom Reed": {Role.SPEAKER}}),
    # the participation of people at the event: they attended
    ("The forum saw the participation of Tom Reed, chairman of Bolt Labs, and Mia Holt, CEO of Ridge AI.",
     {"Tom Reed": {Role.ATTENDEE}, "Mia Holt": {Role.ATTENDEE}}),
])
def test_occasion_frames_and_participation(text: str, expected: dict) -> None:
    got = _people("The Lake AI Forum opened in Bengaluru on Friday. " + text)
    assert {n: roles for n, (roles, _affs) in got.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # every item of a list of owned names that a joining word opens is a person of that part
    ("A panel followed, with Naver's Ha Jung-woo, Bolt Labs' Tom Reed and Ridge's Mia Holt taking part.",
     {"Ha Jung-woo": "Naver", "Tom Reed": "Bolt Labs", "Mia Holt": "Ridge"}),
    # an owner with an acronym inside ("LG AI Research's")
    ("A panel followed, with Naver's Ha Jung-woo, LG AI Research's Tom Reed and Ridge's Mia Holt taking part.",
     {"Ha Jung-woo": "Naver", "Tom Reed": "LG AI Research", "Mia Holt": "Ridge"}),
])
def test_owned_names_in_a_joined_list(text: str, expected: dict) -> None:
    got = _people("The Lake AI Forum was held on Tuesday. " + text)
    assert {n: affs[0][0] for n, (roles, affs) in got.items() if roles == {Role.PANELIST}} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part in apposition, then where the person comes from: the organization is theirs, the part a cue
    ("Tom Reed, a panelist from Bolt Labs, said regulation was needed.", ({Role.PANELIST}, [("Bolt Labs", None)])),
    ("Tom Reed, a guest speaker from the University of Lake, said regulation was needed.",
     ({Role.SPEAKER}, [("University of Lake", None)])),
    # remarks of one's own are a talk; the opening or closing ones are the host's
    ("Tom Reed of Bolt Labs offered remarks on the state of the industry.", ({Role.SPEAKER}, [("Bolt Labs", None)])),
    ("Tom Reed of Bolt Labs delivered brief remarks.", ({Role.SPEAKER}, [("Bolt Labs", None)])),
])
def test_a_part_in_apposition_and_remarks(text: str, expected: tuple) -> None:
    got = _people("The Lake AI Forum was held on Tuesday. " + text)
    assert got["Tom Reed"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # breakout sessions of one's own; speaking to the hall or the room
    ("Ana Vale of Lake Corp led breakout sessions.", {Role.SPEAKER}),
    ('"We have to move faster," Ana Vale of Lake Corp told the packed hall.', {Role.SPEAKER, Role.QUOTED}),
    ("Ana Vale of Lake Corp addressed a full auditorium.", {Role.SPEAKER}),
    # a room or a hall alone is no audience
    ("Ana Vale of Lake Corp rented a room in the hall.", set()),
])
def test_breakout_sessions_and_the_hall(text: str, expected: set) -> None:
    assert _people("The Lake AI Forum was held on Tuesday. " + text)["Ana Vale"][0] == expected


@pytest.mark.parametrize("text", [
    # a quote attributed to a name with its organization after "of"
    '"We have to move faster," Ana Vale of Lake Corp said.',
    '"We have to move faster," Ana Vale of the Lake Institute of Technology told reporters.',
])
def test_a_quote_of_a_name_with_its_organization(text: str) -> None:
    assert _people("The Lake AI Forum was held on Tuesday. " + text)["Ana Vale"][0] == {Role.QUOTED}


@pytest.mark.parametrize(("text", "sponsors"), [
    # "Sponsors of <the event by name or by a noun> included / were …"
    ("The Lake AI Forum was held on June 3. Sponsors of the Lake AI Forum included Vexa Cloud, Norrland Steel "
     "and the Bank of Lumen.", ["Vexa Cloud", "Norrland Steel", "Bank of Lumen"]),
    ("The Lake AI Forum was held on June 3. Sponsors of this year's event were Vexa Cloud and Norrland Steel.",
     ["Vexa Cloud", "Norrland Steel"]),
])
def test_sponsors_of_the_event_by_name(text: str, sponsors: list[str]) -> None:
    assert _event(text)[1]["sponsors"] == sponsors


@pytest.mark.parametrize(("text", "name", "venue"), [
    # a lower-case "in"/"for" inside a name: the words before it are the name's, not a place's
    ("The Data in Motion Summit took place at the Pier Hall on June 3.", "Data in Motion Summit", "Pier Hall"),
    ("Lake Institute convened its annual Robots for Good Forum on June 3 at the Pier Hall.",
     "Robots for Good Forum", "Pier Hall"),
    # a known place, or any word after a preposition of place, before "for" is where it happens
    ("More than 300 engineers met in Tulsa for Smart Factory Summit on June 3 at the Pier Hall.",
     "Smart Factory Summit", "Pier Hall"),
    ("Engineers gathered on June 3 at the Pier Hall. Oslo for Smart Factory Summit was the headline.",
     "Smart Factory Summit", "Pier Hall"),
    # the words of the event's own name are no venue ("… in Industry Forum")
    ("Sponsors of the AI in Industry Forum, held on June 3, included Vexa Cloud.", "AI in Industry Forum", None),
])
def test_names_with_in_or_for_inside(text: str, name: str, venue: str | None) -> None:
    e, _orgs = _event(text)
    assert (e.name, e.venue) == (name, venue)


@pytest.mark.parametrize(("text", "role", "names"), [
    # "and" after a name that ends in "of" and a country or city starts the next name
    ("The Lake AI Forum, co-organized by the Embassy of Finland and Business Finland, was held on June 3.",
     "co_organizers", ["Embassy of Finland", "Business Finland"]),
    ("The Lake AI Forum was hosted by the Bank of Korea and Norrland Steel on June 3.",
     "organizers", ["Bank of Korea", "Norrland Steel"]),
    # a portfolio's "and" stays inside the name
    ("The Lake AI Forum was hosted by the Ministry of Oceans and Fisheries on June 3.",
     "organizers", ["Ministry of Oceans and Fisheries"]),
])
def test_and_after_a_name_of_a_place(text: str, role: str, names: list[str]) -> None:
    assert _event(text)[1][role] == names


@pytest.mark.parametrize("text", [
    # "and" then a title and a name: the person before keeps their own organization and title
    "The closing session featured a fireside chat between Orion CEO Sam Cole and journalist Amy Ward.",
    "Orion CEO Sam Cole and moderator Amy Ward closed the Lake AI Forum.",
])
def test_a_joined_title_after_a_name_is_the_next_persons(text: str) -> None:
    people = _people("The Lake AI Forum was held on Tuesday. " + text)
    assert people["Sam Cole"][1] == [("Orion", "CEO")] and "Amy Ward" in people


@pytest.mark.parametrize(("text", "expected"), [
    # the talk a quote came from, as the speaker's own
    ('"We are only getting started," said Ana Vale, CEO of Lake Corp, during her session.',
     {Role.SPEAKER, Role.QUOTED}),
    ('"We are only getting started," Ana Vale of Lake Corp said in her presentation.', {Role.SPEAKER, Role.QUOTED}),
    ("Ana Vale of Lake Corp said during her panel that data matters.", {Role.PANELIST}),
    # ... with a word or two between ("her own session", "his closing keynote")
    ("Ana Vale of Lake Corp echoed that view in her own session.", {Role.SPEAKER}),
    # (guards, so before by other cues: a keynote's and a panel's own word)
    ('"We are only getting started," Ana Vale of Lake Corp said during her closing keynote.', {Role.KEYNOTE, Role.QUOTED}),
    ("Ana Vale of Lake Corp said during her afternoon panel that data matters.", {Role.PANELIST}),
    # a session that is not hers
    ('"We are only getting started," Ana Vale of Lake Corp said after the session.', {Role.QUOTED}),
])
def test_the_talk_a_quote_came_from(text: str, expected: set) -> None:
    assert _people("The Lake AI Forum was held on Tuesday. " + text)["Ana Vale"][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a seat on a panel, its order or kind between
    ("Ana Vale, who founded Lake Corp in 2015, spoke on the first panel.", {Role.PANELIST}),
    # (an organization with no organization word: the verb is the evidence that a person is named)
    ("Ana Vale of Vexa Cloud sat on a policy panel.", {Role.PANELIST}),
    # opening with a keynote is giving it; opening the event alone is the host's
    ("Lake Corp's chief executive, Ana Vale, opened the event with a keynote.", {Role.KEYNOTE}),
    ("Ana Vale of Vexa Cloud kicked off the day with a keynote on agents.", {Role.KEYNOTE}),
    ("Ana Vale of Vexa Cloud opened the forum.", {Role.HOST_REP}),
])
def test_a_seat_on_a_panel_and_opening_with_a_keynote(text: str, expected: set) -> None:
    assert _people("The Lake AI Forum was held on Tuesday. " + text)["Ana Vale"][0] == expected


@pytest.mark.parametrize(("text", "roles"), [
    # "and The …" with a capital article starts the next name
    ("The Lake AI Forum was jointly hosted by the Ministry of Science and ICT and The Lake Herald on June 3.",
     {"organizers": ["Ministry of Science and ICT", "Lake Herald"]}),
    # a fronted "Hosted by …" list ends at the comma before the subject
    ("Hosted by Lake Corp and the Ridge Institute, the Lake AI Forum opened in Oslo on June 3.",
     {"organizers": ["Lake Corp", "Ridge Institute"]}),
    ("Organized by Lake Corp, Nimbus Labs and the Ridge Institute, the Lake AI Forum opened on June 3.",
     {"organizers": ["Lake Corp", "Nimbus Labs", "Ridge Institute"]}),
    # "X, which organized the event, said …": X holds it and is no person
    ("The Lake AI Forum took place on June 3. Vexa Cloud, which organized the event, said 500 people came.",
     {"organizers": ["Vexa Cloud"]}),
    # every pair of one "with … as …"
    ("The Lake AI Forum took place on June 3, with the Ridge Institute as organizer and Vexa Cloud as main sponsor.",
     {"organizers": ["Ridge Institute"], "sponsors": ["Vexa Cloud"]}),
    ("The Lake AI Forum took place on June 3, with the Ridge Institute as organizer, Lake Corp as co-host and "
     "Vexa Cloud as a sponsor.",
     {"organizers": ["Ridge Institute"], "co_organizers": ["Lake Corp"], "sponsors": ["Vexa Cloud"]}),
])
def test_organizer_lists_fronted_joined_and_paired(text: str, roles: dict) -> None:
    _e, orgs = _event(text)
    assert {k: v for k, v in orgs.items() if v} == roles


@pytest.mark.parametrize(("text", "venue"), [
    # a title word used as a verb ("will host the …") is no post that places the venue at an employer
    ("The Ridge Institute will host the Lake AI Forum at the Oslo Spektrum on June 3.", "Oslo Spektrum"),
    ("Lake Corp is set to host the Lake AI Forum at the Pier Arena on June 3.", "Pier Arena"),
    # a post before "at" still is one
    ("Ana Vale, host of the Lake AI Forum at the Pier Arena, spoke on June 3.", None),
])
def test_a_title_word_as_a_verb_before_the_venue(text: str, venue: str | None) -> None:
    e, _orgs = _event(text)
    assert e.venue == venue


@pytest.mark.parametrize(("text", "venue", "city"), [
    # "in …" right after a venue says where the venue is; a hyphenated one-word name is a venue
    ("More than 200 executives gathered at the Ritz-Carlton in Seoul's Gangnam District for the Lake AI Forum "
     "on June 3.", "Ritz-Carlton", "Seoul"),
    ("The Lake AI Forum was held on June 3 at the Pier Hall in the Harbor District.", "Pier Hall", None),
])
def test_where_the_venue_is_is_no_venue(text: str, venue: str, city: str | None) -> None:
    e, _orgs = _event(text)
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize(("text", "expected"), [
    # a caption's "From left:" heads a list of the people pictured, items closed by semicolons
    ("From left: Ana Vale, Lake Corp; Tom Reed, Nimbus AI; and Mia Holt, Ridge Labs, at the forum.",
     {"Ana Vale": ({Role.ATTENDEE}, [("Lake Corp", None)]), "Tom Reed": ({Role.ATTENDEE}, [("Nimbus AI", None)]),
      "Mia Holt": ({Role.ATTENDEE}, [("Ridge Labs", None)])}),
    ("Pictured: Ana Vale, Lake Corp; Tom Reed, Nimbus AI.",
     {"Ana Vale": ({Role.ATTENDEE}, [("Lake Corp", None)]), "Tom Reed": ({Role.ATTENDEE}, [("Nimbus AI", None)])}),
    # so are the items of a sentence's list after a role cue, each a name and its organization
    ("Other presenters included Ana Vale, Lake Robotics; Tom Reed, Nimbus Inc.; and Mia Holt, Ridge University.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Robotics", None)]), "Tom Reed": ({Role.SPEAKER}, [("Nimbus Inc", None)]),
      "Mia Holt": ({Role.SPEAKER}, [("Ridge University", None)])}),
    ("Panelists were Ana Vale, Lake; Tom Reed, Nimbus; and two students.",
     {"Ana Vale": ({Role.PANELIST}, [("Lake", None)]), "Tom Reed": ({Role.PANELIST}, [("Nimbus", None)])}),
    # "Photo:" before a person who does something is a caption, not a photographer's credit
    ("Photo: Ana Vale, Lake Corp CEO, addresses attendees.", {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", "CEO")])}),
    ("The forum drew 300 people.\nPhoto: Tom Reed", {"Tom Reed": ({Role.REPORTER}, [(None, "Photographer")])}),
    # a title after a dash is the name's, not a person of its own
    ("\nSpeakers\nAna Vale — Chief Scientist, Lake Corp\nTom Reed — VP Engineering, Nimbus AI\n",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", "Chief Scientist")]),
      "Tom Reed": ({Role.SPEAKER}, [("Nimbus AI", "VP Engineering")])}),
    # ... whatever field stands between the title's first word and its head
    ("\nSpeakers\nAna Vale - Chief Operating Officer, Lake Corp\nTom Reed - Senior Fleet Telemetry Manager, Nimbus AI\n",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", "Chief Operating Officer")]),
      "Tom Reed": ({Role.SPEAKER}, [("Nimbus AI", "Senior Fleet Telemetry Manager")])}),
    ("\nPanel\nAna Vale — Chief Quantum Officer, Lake Corp\n",
     {"Ana Vale": ({Role.PANELIST}, [("Lake Corp", "Chief Quantum Officer")])}),
    # what a speaker shares is evidence of the names before it
    ("Industry veterans such as Ana Vale and Tom Reed shared their experiences.",
     {"Ana Vale": ({Role.SPEAKER}, []), "Tom Reed": ({Role.SPEAKER}, [])}),
])
def test_captions_dashed_titles_and_shared_experiences(text: str, expected: dict) -> None:
    people = _people("The Lake AI Forum was held on June 3. " + text)
    assert {k: (v[0], [a for a in v[1] if a != (None, None)]) for k, v in people.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # only quoted, with an organization and a title, in the report of an event of talks: a speaker there
    ('The Lake AI Forum was held on June 3. "Data matters," said Ana Vale, CEO of Lake Corp.',
     {Role.QUOTED, Role.SPEAKER}),
    ('The Lake AI Conference took place on June 3. "Data matters," Ana Vale, CEO of Lake Corp, told reporters.',
     {Role.QUOTED, Role.SPEAKER}),
    # not at a trade show, nor at a meeting named for a forum, nor for someone of the organizer
    ('The Lake AI Expo was held on June 3. "Data matters," said Ana Vale, CEO of Lake Corp.', {Role.QUOTED}),
    ("The Lake Guild held a ‘general meeting for the Lake AI Forum’ on June 3. \"Data matters,\" said Ana Vale, "
     "CEO of Lake Corp.",
     {Role.QUOTED}),
    ('The Lake AI Forum, hosted by Lake Corp, was held on June 3. "Data matters," said Ana Vale, CTO of Lake Corp.',
     {Role.QUOTED, Role.HOST_REP}),
    # ... written with its legal form once and without it once
    ('The Lake AI Forum, hosted by Lake Messe AG, was held on June 3. "Data matters," said Ana Vale, chair of Lake '
     'Messe.', {Role.QUOTED, Role.HOST_REP}),
    ('The Lake AI Forum, hosted by Lake Corp., was held on June 3. "Data matters," said Ana Vale, CTO of Lake.',
     {Role.QUOTED, Role.HOST_REP}),
])
def test_quoted_at_an_event_of_talks(text: str, expected: set) -> None:
    assert _people(text)["Ana Vale"][0] == expected


@pytest.mark.parametrize("text", [
    # where in the photo, in parentheses after the name, is no organization
    "Science Minister Yoo Sang-im (C) poses with participants at the forum.",
    "Science Minister Yoo Sang-im (R) and others pose for a photo.",
])
def test_a_place_in_the_photo_in_parentheses_is_no_organization(text: str) -> None:
    people = _people("The Lake AI Forum was held in Seoul on June 3. " + text)
    assert people["Yoo Sang-im"] == ({Role.ATTENDEE}, [(None, "Science Minister")])


@pytest.mark.parametrize("text", [
    # a middle initial in an earlier item does not end the list the cue opens
    "Speakers included Mary K. Smith of Lake Corp, Mia Holt of Ridge Labs and Tom Moreau of Nimbus AI.",
    "Panelists were Ana Vale of Lake Corp, John Q. Public of Ridge Labs and Tom Moreau of Nimbus AI.",
])
def test_a_middle_initial_inside_a_list(text: str) -> None:
    people = _people("The Lake AI Forum was held on June 3. " + text)
    assert people["Tom Moreau"][1] == [("Nimbus AI", None)] and people["Tom Moreau"][0] & {Role.SPEAKER, Role.PANELIST}


@pytest.mark.parametrize(("text", "expected"), [
    # ", and" opens a clause of its own: the part before it was the first person's; "followed" gives the next talk
    ("Ana Vale of Lake Corp gave a keynote, and Tom Reed of Nimbus AI followed.",
     {"Ana Vale": {Role.KEYNOTE}, "Tom Reed": {Role.SPEAKER}}),
    ("Ana Vale of Lake Corp moderated the first panel, while Tom Reed of Nimbus AI spoke next.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.SPEAKER}}),
    # a cue before a list of names still reaches every name
    ("The keynote speakers were Ana Vale of Lake Corp and Tom Reed of Nimbus AI.",
     {"Ana Vale": {Role.KEYNOTE}, "Tom Reed": {Role.KEYNOTE}}),
])
def test_a_clause_of_its_own_after_a_comma_and(text: str, expected: dict) -> None:
    people = _people("The Lake AI Forum was held on June 3. " + text)
    assert {k: v[0] for k, v in people.items()} == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # the subject that gathers people at its own event
    ("Lake Corp brought together 300 experts at its Lake AI Forum on June 3.", ["Lake Corp"]),
    ("The Ridge Institute convened policymakers for its annual Lake AI Summit on June 3.", ["Ridge Institute"]),
    # an adverb between the holding verb and its agent or subject
    ("The Lake AI Forum is organized annually by the Ridge Institute. This year's edition took place on June 3.",
     ["Ridge Institute"]),
    ("The Ridge Institute will again host the Lake AI Forum on June 3.", ["Ridge Institute"]),
    # not a company's goods at its shops
    ("Lake Corp brought 300 robots to its stores. The Lake AI Forum took place on June 3.", []),
])
def test_an_own_event_and_an_adverb_before_the_holder(text: str, organizers: list[str]) -> None:
    assert _event(text)[1]["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause that makes the person the event's organizer
    ("Ana Vale of Lake Corp, who organized the event, thanked the sponsors.", {Role.HOST_REP}),
    ("Ana Vale, chief scientist at Lake Corp, who also runs the forum, spoke first.", {Role.HOST_REP, Role.SPEAKER}),
    # … not one about another body
    ("Ana Vale of Lake Corp, who chaired the department until 2020, spoke.", {Role.SPEAKER}),
])
def test_who_organized_the_event(text: str, expected: set) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + text)["Ana Vale"][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a kind word owning the title refers back to the article's one organization of that kind
    ("The Lake AI Forum, hosted by the Lake Robotics Association, was held on June 3. The association's chairman, "
     "Tom Reed, gave a welcome speech.", [("Lake Robotics Association", "chairman")]),
    ("The Lake AI Forum, hosted by the Lake Robotics Association, was held on June 3. The association's chairman "
     "Tom Reed gave a welcome speech.", [("Lake Robotics Association", "chairman")]),
    # a degree after the name, its full stops in tokens of their own
    ("The Lake AI Forum was held on June 3. Tom Reed, Ph.D., a principal scientist with Nimbus AI, spoke about agents.",
     [("Nimbus AI", "principal scientist")]),
])
def test_a_kind_word_owning_the_title_and_a_dotted_degree(text: str, expected: list) -> None:
    assert _people(text)["Tom Reed"][1] == expected


@pytest.mark.parametrize(("text", "role", "names"), [
    # the holder in a relative clause after the event, or after a place that hosted it
    ("The Lake AI Forum, which Lake Corp hosts every year, took place on June 3.", "organizers", ["Lake Corp"]),
    # several holders in the relative clause, the verb in the plural; co-hosts as co-organizers
    ("The Lake Data Forum, which the Ridge Institute and Lake University host every year, took place on June 3.",
     "organizers", ["Ridge Institute", "Lake University"]),
    ("The Lake Data Forum, which the Ridge Institute and Lake University co-host, took place on June 3.",
     "co_organizers", ["Ridge Institute", "Lake University"]),
    ("The Lake AI Forum took place on June 3 at Nimbus Labs, which hosted the event for the first time.",
     "organizers", ["Nimbus Labs"]),
    # supporting organizations are sponsors
    ("The Lake AI Forum took place on June 3. Supporting organizations included Vexa Cloud and the Ridge Institute.",
     "sponsors", ["Vexa Cloud", "Ridge Institute"]),
    # a relative clause about something else names no holder
    ("The Lake AI Forum took place on June 3 at Nimbus Labs, which hosted a robot lab until 2020.", "organizers", []),
])
def test_holders_in_relative_clauses_and_supporting_organizations(text: str, role: str, names: list[str]) -> None:
    assert _event(text)[1][role] == names


@pytest.mark.parametrize(("text", "expected"), [
    # a list closed by a dash, then its verb
    ("A panel of experts — Ana Vale, Tom Reed and Mia Holt — discussed regulation.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}, "Mia Holt": {Role.PANELIST}}),
    # the names that make up a panel sit on it
    ("Ana Vale (Lake Corp), Tom Reed (Nimbus AI), and Mia Holt (Ridge Labs) made up the panel.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}, "Mia Holt": {Role.PANELIST}}),
    # "both of ORG" between the names and their verb
    ("Ana Vale and Tom Reed, both of Lake Corp, led the workshop.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
])
def test_lists_closed_by_a_dash_or_both_of_and_making_up_a_panel(text: str, expected: dict) -> None:
    people = _people("The Lake AI Forum was held on June 3. " + text)
    assert {k: v[0] for k, v in people.items()} == expected


@pytest.mark.parametrize(("text", "venue", "city"), [
    # the owner's place with a word or two describing it
    ("The Lake AI Forum was held on June 3 at Lakeside College's main auditorium.", "Lakeside College's main auditorium",
     None),
    ("The Lake AI Forum was held on June 3 at the Ridge Institute's new engineering building.",
     "Ridge Institute's new engineering building", None),
    # a district is no city
    ("The Lake AI Forum took place on June 3 at the Four Seasons Hotel Seoul in Jongno District.",
     "Four Seasons Hotel Seoul", None),
    ("The Lake AI Forum took place on June 3 at the Pier Hall in Busan.", "Pier Hall", "Busan"),
])
def test_an_owners_described_place_and_no_district_as_city(text: str, venue: str, city: str | None) -> None:
    e, _orgs = _event(text)
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize(("text", "expected"), [
    # the one joined by others for a discussion held it with them
    ("Ana Vale of Lake Corp was joined by Tom Reed of Nimbus AI and Mia Holt of Ridge Labs for a discussion on chips.",
     {"Ana Vale": ({Role.PANELIST}, "Lake Corp"), "Tom Reed": ({Role.PANELIST}, "Nimbus AI"),
      "Mia Holt": ({Role.PANELIST}, "Ridge Labs")}),
    # joining someone on stage is being on it
    ("Tom Reed of Nimbus AI joined Ana Vale of Lake Corp on stage.",
     {"Tom Reed": ({Role.SPEAKER}, "Nimbus AI"), "Ana Vale": ({Role.SPEAKER}, "Lake Corp")}),
    # a debate the two took part in; a verb in the past tense is no brand's tail ("Nimbus AI went")
    ("Ana Vale of Lake Corp and Tom Reed of Nimbus AI went head to head in a debate on open models.",
     {"Ana Vale": ({Role.PANELIST}, "Lake Corp"), "Tom Reed": ({Role.PANELIST}, "Nimbus AI")}),
])
def test_joined_by_for_a_discussion_on_stage_and_in_a_debate(text: str, expected: dict) -> None:
    people = _people("The Lake AI Forum was held on June 3. " + text)
    assert {k: (v[0], v[1][0][0]) for k, v in people.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part, its quoted title, then "by" its giver and their organization
    ('The Lake AI Forum will be held on June 3.\nKeynote: "Robots That Learn" by Ana Vale, Lake Corp\n'
     'Talk: "Edge AI in Practice" by Tom Reed (Nimbus AI)\n',
     {"Ana Vale": (Role.KEYNOTE, "Robots That Learn", "Lake Corp"), "Tom Reed": (Role.SPEAKER, "Edge AI in Practice",
                                                                             "Nimbus AI")}),
    # the items under a session's line: a name, its organization, a colon, the talk; a chair in parentheses
    ("The Lake AI Forum will be held on June 3.\nSession 1 (chair: Mia Holt, Ridge Labs)\n"
     "- Ana Vale (Lake Corp): Robots that learn\n- Tom Reed, Nimbus AI: Edge AI in practice\n",
     {"Mia Holt": (Role.MODERATOR, None, "Ridge Labs"), "Ana Vale": (Role.SPEAKER, "Robots that learn", "Lake Corp"),
      "Tom Reed": (Role.SPEAKER, "Edge AI in practice", "Nimbus AI")}),
])
def test_programme_lines_by_and_items_under_a_session(text: str, expected: dict) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-05-28", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    assert {p.name: (p.roles[0].role, p.roles[0].talk_title, orgs.get(p.affiliations[0].org or ""))
            for p in x.people} == expected


def test_items_not_under_a_session_line_are_no_talks() -> None:
    text = "The Lake AI Forum will be held on June 3.\nOur partners say:\n- Ana Vale (Lake Corp): Great event\n"
    x = extract(Article("t", text, "t.txt", published="2025-05-28", lang="en"))
    assert all(r.role is not Role.SPEAKER for p in x.people for r in p.roles)


def test_a_chair_in_parentheses_after_a_header_word_has_its_organization() -> None:
    text = "The Lake AI Forum will be held on June 3.\n10:30 Panel: The Future of AI (Moderator: Tom Reed, Nimbus AI)\n"
    assert _people(text)["Tom Reed"] == ({Role.MODERATOR}, [("Nimbus AI", None)])


@pytest.mark.parametrize(("text", "expected"), [
    # a modifier after the head of a title before the name stays in the title
    ("Ridge University professor emeritus Ana Vale gave a talk.", [("Ridge University", "professor emeritus")]),
    ("Lake Guild president-elect Ana Vale gave a talk.", [("Lake Guild", "president-elect")]),
    # an organization in parentheses with its country after a comma
    ("Ana Vale (Ridge University, USA) gave a talk.", [("Ridge University", None)]),
    ("Ana Vale (Lake Corp, Germany) gave a talk.", [("Lake Corp", None)]),
])
def test_a_modifier_after_the_head_and_a_country_in_parentheses(text: str, expected: list) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + text)["Ana Vale"][1] == expected


@pytest.mark.parametrize("text", [
    # more bylines: a colon after "by", a post's date after the name, a bar and the post
    "Written by: Ana Vale\nThe Lake AI Forum was held on June 3.",
    "Posted by Ana Vale on June 4, 2025\nThe Lake AI Forum was held on June 3.",
    "Ana Vale | Reporter\nThe Lake AI Forum was held on June 3.",
    "The Lake AI Forum was held on June 3.\nAna Vale / Staff Writer",
])
def test_more_bylines(text: str) -> None:
    assert _people(text)["Ana Vale"][0] == {Role.REPORTER}


@pytest.mark.parametrize("text", [
    # a day written as an ordinal before its month is no edition
    "The Lake AI Forum was held on 27th November at the Pier Hall.",
    "The Lake AI Forum was held on the 27th of November at the Pier Hall.",
])
def test_an_ordinal_day_before_its_month_is_no_edition(text: str) -> None:
    e, _orgs = _event(text, published="2025-11-30")
    assert (e.edition, e.start) == (None, "2025-11-27")


@pytest.mark.parametrize(("text", "expected"), [
    # an announcement's labelled lines, or its items on one line between bars
    ("Lake Corp will host an AI forum next month.\nWhen: Dec. 9, 2025\nWhere: Pier Hall, Oslo\nOrganizer: Lake Corp\n",
     ("2025-12-09", "Pier Hall", "Oslo")),
    ("The Lake AI Forum is coming.\nDate: December 9, 2025 | Venue: Grand Hyatt Seoul | Host: Lake AI Association\n",
     ("2025-12-09", "Grand Hyatt Seoul", None)),
    ("Event: Lake AI Forum 2025\nDate: 9 December 2025\nLocation: Pier Hall, Oslo, Norway\n",
     ("2025-12-09", "Pier Hall", "Oslo")),
])
def test_english_fact_boxes(text: str, expected: tuple) -> None:
    e, _orgs = _event(text, published="2025-11-28")
    assert (e.start, e.venue, e.city) == expected


@pytest.mark.parametrize(("text", "role", "names"), [
    ("The Lake AI Forum took place on June 3. Co-hosts included the Ridge Institute and Lake Corp.",
     "co_organizers", ["Ridge Institute", "Lake Corp"]),
    ("The Lake AI Forum took place on June 3 under the sponsorship of Vexa Cloud.", "sponsors", ["Vexa Cloud"]),
    ("The Lake AI Forum took place on June 3, with funding from the Horizon Fund and in-kind support from Vexa Cloud.",
     "sponsors", ["Vexa Cloud", "Horizon Fund"]),
])
def test_co_host_lists_sponsorship_and_in_kind_support(text: str, role: str, names: list[str]) -> None:
    assert sorted(_event(text)[1][role]) == sorted(names)


@pytest.mark.parametrize(("text", "org"), [
    # "both of ORG" / "all from ORG" after a list gives every name its organization
    ("Ana Vale and Tom Reed, both of Lake Corp, led the workshop.", "Lake Corp"),
    ("Ana Vale, Tom Reed and Mia Holt, all from the Ridge Institute, spoke.", "Ridge Institute"),
])
def test_both_of_an_organization_after_a_list(text: str, org: str) -> None:
    people = _people("The Lake AI Forum was held on June 3. " + text)
    assert people and all(v[1] == [(org, None)] for v in people.values())


@pytest.mark.parametrize(("text", "start", "end"), [
    # a range across the year, each end with its own year or with none
    ("The Lake AI Forum will take place from Dec. 30, 2025, to Jan. 2, 2026, at the Pier Hall.",
     "2025-12-30", "2026-01-02"),
    ("The Lake AI Forum will take place from Dec. 30 to Jan. 2 at the Pier Hall.", "2025-12-30", "2026-01-02"),
])
def test_a_range_across_the_year(text: str, start: str, end: str) -> None:
    e, _orgs = _event(text, published="2025-11-28")
    assert (e.start, e.end) == (start, end)


def test_a_city_government_by_either_of_its_names_is_one_organization() -> None:
    text = ("The Hanbit AI Summit was held on June 3. It was hosted by the Seoul Metropolitan Government. "
            "Mayor Dana Cho of Seoul City gave opening remarks.")
    found = _people(text)
    assert found["Dana Cho"][1] == [("Seoul Metropolitan Government", "Mayor")]
    _e, orgs = _event(text, published="2026-06-05")
    assert orgs == {"organizers": ["Seoul Metropolitan Government"], "co_organizers": [], "sponsors": []}


@pytest.mark.parametrize("text", [
    # the people before a participle with its agent ("moderated by X") are not its agents: they had the talk
    "The afternoon featured a fireside chat between Ana Vale, CEO of Lake Corp, and Ben Stone, CTO of Rock Inc, "
    "moderated by Lake Times editor Tom Nguyen.",
    "Ana Vale, CEO of Lake Corp, and Ben Stone, CTO of Rock Inc, attended. The afternoon featured a fireside chat "
    "between Vale and Stone, moderated by Tom Nguyen, editor of Lake Times.",
])
def test_a_chat_between_two_people_moderated_by_a_third(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {name: roles - {Role.ATTENDEE} for name, (roles, _a) in found.items()} == {
        "Ana Vale": {Role.SPEAKER}, "Ben Stone": {Role.SPEAKER}, "Tom Nguyen": {Role.MODERATOR}}


def test_the_agent_of_a_participle_is_still_the_one_named_before_an_active_verb() -> None:
    found = _people("The Lake AI Forum was held on June 3. Ana Vale, CEO of Lake Corp, moderated the panel.")
    assert found["Ana Vale"][0] == {Role.MODERATOR}


@pytest.mark.parametrize(("text", "name", "org"), [
    # an office with no organization written belongs to the article's one body such an office heads
    ("The Lake AI Forum, hosted by the Ministry of Science and ICT, was held on June 3. In his opening speech, "
     "Vice Minister Lee Seung-ryeol said the government will invest.", "Lee Seung-ryeol", "Ministry of Science and ICT"),
    ("The Lake AI Forum was hosted by Hanbit City on June 3. Mayor Kim Do-yun gave a welcome speech.",
     "Kim Do-yun", "Hanbit City"),
    ("The Korea AI Association held the Lake AI Forum on June 3. Association chairman Park Min-su welcomed the guests.",
     "Park Min-su", "Korea AI Association"),
    # two bodies it could head, or an office that heads none of them: no organization is guessed
    ("The Lake AI Forum, hosted by the Ministry of Science and ICT and the Ministry of Trade, was held on June 3. "
     "Vice Minister Lee Seung-ryeol spoke.", "Lee Seung-ryeol", None),
    ("The Lake AI Forum, hosted by the Ministry of Science and ICT, was held on June 3. "
     "Prime Minister Lee Seung-ryeol spoke.", "Lee Seung-ryeol", None),
    # the words before the office name the body: it must be named with them too
    ("The Lake AI Forum, hosted by the Ministry of Science and ICT, was held on June 3. "
     "Science Minister Lee Seung-ryeol spoke.", "Lee Seung-ryeol", "Ministry of Science and ICT"),
    ("The Lake AI Forum, hosted by the Ministry of Science and ICT, was held on June 3. "
     "Trade Minister Lee Seung-ryeol spoke.", "Lee Seung-ryeol", None),
    # no holder of that kind, and the text names another body of it than the one a role made an organization
    ("The Lake AI Dialogue was held in Berlin on Monday, the Ministry of Science and ICT said. Vice Minister Park "
     "Yun-kyu led the Korean side, and State Secretary Anna Kohl of the Federal Ministry for Economic Affairs the "
     "German one.", "Park Yun-kyu", None),
    # (guards, so before: a mayor beside a governor of a province; the one body of the kind the text names)
    ("According to Hanbit City, the Lake AI Forum was held on June 3. Mayor Kim Do-yun and Governor Ana Kohl of "
     "Lake Province spoke.", "Kim Do-yun", None),
    ("The Lake AI Dialogue was held in Berlin on Monday. Vice Minister Park Yun-kyu led the Korean side, and State "
     "Secretary Anna Kohl of the Federal Ministry for Economic Affairs the German one.", "Park Yun-kyu",
     "Federal Ministry for Economic Affairs"),
])
def test_an_office_alone_names_the_body_it_heads(text: str, name: str, org: str | None) -> None:
    [(found, _title)] = _people(text)[name][1]
    assert found == org


def test_a_head_of_the_organizer_giving_a_welcome_represents_it() -> None:
    roles, _affs = _people("The Lake AI Forum was hosted by Hanbit City on June 3. "
                           "Mayor Kim Do-yun gave a welcome speech.")["Kim Do-yun"]
    assert roles == {Role.HOST_REP}


@pytest.mark.parametrize(("text", "expected"), [
    # "Prof." says the post: a professor of the organization after the name (other honorifics say none)
    ("Prof. Park Joon-ho of Seoul National University spoke.", ("Seoul National University", "professor")),
    ("Talks by Prof. Jens Keller (TU Munich) followed.", ("TU Munich", "professor")),
    ("Dr. Park Joon-ho of Seoul National University spoke.", ("Seoul National University", None)),
])
def test_prof_is_a_professors_post(text: str, expected: tuple) -> None:
    [(_roles, affs)] = _people("The Lake AI Forum was held on June 3. " + text).values()
    assert affs == [expected]


@pytest.mark.parametrize("text", [
    # a discussion "led by" someone is moderated by them; the people it featured sat on it
    "A panel led by Ana Vale of Lake Corp featured Ben Stone of Rock Inc and Cy Park of Hanbit Labs.",
    "The panel was led by Ana Vale of Lake Corp and featured Ben Stone of Rock Inc and Cy Park of Hanbit Labs.",
    "The day closed with a roundtable discussion led by Ana Vale of Lake Corp, with Ben Stone of Rock Inc and "
    "Cy Park of Hanbit Labs.",
])
def test_a_discussion_led_by_someone(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {name: roles for name, (roles, _a) in found.items()} == {
        "Ana Vale": {Role.MODERATOR}, "Ben Stone": {Role.PANELIST}, "Cy Park": {Role.PANELIST}}


@pytest.mark.parametrize(("text", "expected"), [
    # a unit of "the company" or "the university": the article's one organization of that kind, an event's
    # holder no word calls a body of another kind being a company
    ("Hanbit Electronics held the Lake AI Forum on June 3. Ana Vale, head of the company's robotics lab, spoke.",
     [("Hanbit Electronics", "head")]),
    ("Hanbit Electronics held the Lake AI Forum on June 3. Ana Vale, head of the company's Manufacturing AI Lab, "
     "spoke.", [("Hanbit Electronics", "head")]),
    ("Hanbit Electronics and Hanbit University held the Lake AI Forum on June 3. Ana Vale, head of the company's "
     "robotics lab, spoke.", [("Hanbit Electronics", "head")]),
    ("Hanbit University held the Lake AI Forum on June 3. Ana Vale, director of the university's robotics center, "
     "spoke.", [("Hanbit University", "director")]),
    # two companies hold it: which one is not guessed
    ("Hanbit Electronics and Dano Motors held the Lake AI Forum on June 3. Ana Vale, head of the company's robotics "
     "lab, spoke.", [(None, "head")]),
])
def test_a_unit_of_the_kind_of_organization_named_before(text: str, expected: list) -> None:
    assert _people(text)["Ana Vale"][1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known organization with a comma inside, after a title in a comma list
    ("Speakers will include:\n• Park Hye-rin, Director General for Robotics Policy, Ministry of Trade, Industry and "
     "Energy\n• Kevin Reed, CTO, Arden Automation",
     {"Park Hye-rin": [("Ministry of Trade, Industry and Energy", "Director General for Robotics Policy")],
      "Kevin Reed": [("Arden Automation", "CTO")]}),
    # a country owning a field is no organization: an office ("trade minister"), matched to the ministry named
    ("Ahn Duk-geun, Korea's trade minister, delivered a congratulatory speech.",
     {"Ahn Duk-geun": [(None, "trade minister")]}),
    ("It was hosted by the Ministry of Trade, Industry and Energy. Ahn Duk-geun, Korea's trade minister, "
     "delivered the opening speech.", {"Ahn Duk-geun": [("Ministry of Trade, Industry and Energy", "trade minister")]}),
    ("Ana Vale, Lake Corp's chief engineer, spoke.", {"Ana Vale": [("Lake Corp", "chief engineer")]}),
])
def test_comma_names_and_a_countrys_office(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {name: found[name][1] for name in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a country owning a post written before the name owns no organization, whatever its list knows it as
    ("Participants included Britain's Secretary of State for Science Peter Kyle and Tom Reed.",
     {"Peter Kyle": [(None, "Britain's Secretary of State for Science")]}),
    ("Participants included South Korea's trade minister Ahn Duk-geun and Tom Reed.",
     {"Ahn Duk-geun": [(None, "South Korea's trade minister")]}),
    # a portfolio's words in title case run to the name ("Minister for Digital Transformation Taira Masaaki")
    ("Participants included Japan's Minister for Digital Transformation Taira Masaaki and Tom Reed.",
     {"Taira Masaaki": [(None, "Japan's Minister for Digital Transformation")]}),
])
def test_a_countrys_post_before_the_name(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {name: found[name][1] for name in expected} == expected


@pytest.mark.parametrize(("text", "role"), [
    # "Participants …" after a sentence that names a discussion: those who took part in it sat on it
    ("The Lake AI Summit opened on Monday. Ana Vale of Lake Corp chaired a roundtable on AI governance. "
     "Participants included Tom Reed of Nimbus and Mia Holt of Orbis.", Role.PANELIST),
    ("The Lake AI Summit opened on Monday. A panel discussion closed the day. Participants were Tom Reed of Nimbus "
     "and Mia Holt of Orbis.", Role.PANELIST),
    # ... and after one that names the event alone, they attended it
    ("The Lake AI Summit opened on Monday with 300 guests. Participants included Tom Reed of Nimbus and Mia Holt "
     "of Orbis.", Role.ATTENDEE),
])
def test_participants_of_a_discussion_named_before(text: str, role: Role) -> None:
    found = _people(text)
    assert found["Tom Reed"][0] == found["Mia Holt"][0] == {role}


@pytest.mark.parametrize(("text", "expected"), [
    # an organization's name before a title ends at "and" after a person's "of ORG"
    ("In the first session, Ana Vale of Lake Corp and Rock Inc's chief engineer Ben Stone presented.",
     {"Ana Vale": [("Lake Corp", None)], "Ben Stone": [("Rock Inc", "chief engineer")]}),
    ("Ana Vale of Lake Corp and Rock Inc's chief engineer, Ben Stone, presented.",
     {"Ana Vale": [("Lake Corp", None)], "Ben Stone": [("Rock Inc", "chief engineer")]}),
    # a legal form owning a title is the end of a name, not a kind word ("the company's")
    ("Rock Inc's chief engineer, Ben Stone, presented.", {"Ben Stone": [("Rock Inc", "chief engineer")]}),
    ("Hanbit Corp held it. The company's chief engineer, Ben Stone, presented.",
     {"Ben Stone": [("Hanbit Corp", "chief engineer")]}),
    # "official" is a post
    ("Ministry of Trade and Industry official Ana Vale spoke.",
     {"Ana Vale": [("Ministry of Trade and Industry", "official")]}),
    ("Ana Vale, a senior official at the Ministry of Trade and Industry, spoke.",
     {"Ana Vale": [("Ministry of Trade and Industry", "senior official")]}),
])
def test_owners_of_titles_next_to_another_person(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {name: affs for name, (_r, affs) in found.items()} == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # who announces an event's lineup, programme or speakers holds it
    ("The Hanbit Robotics Association today announced the lineup for Robot Week Korea 2026, to be held May 12-14 "
     "at KINTEX.", ["Hanbit Robotics Association"]),
    ("The Hanbit Robotics Association unveiled the program of the Lake AI Forum 2026, which runs June 3-4.",
     ["Hanbit Robotics Association"]),
    ("Hanbit Corp announced the speakers for its Lake AI Forum 2026 on Monday.", ["Hanbit Corp"]),
    # other announcements say nothing about the event
    ("The Lake AI Forum 2026 runs June 3-4. Hanbit Corp announced the results for its third quarter.", []),
])
def test_announcing_an_events_lineup_is_holding_it(text: str, organizers: list) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize("text", [
    # a header line "Kind — ORGANIZATION" is no programme line with a person
    "Press release — Hanbit Robotics Association\n\nThe Lake AI Forum was held on June 3.",
    "The Lake AI Forum was held on June 3.\nWelcome — Hanbit Robotics Association",
])
def test_an_organization_after_a_dash_is_no_person(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(("text", "name"), [
    # a headline's words before "the" and the event's year are no part of its name
    ("[Hanbit Daily] AI Leaders Gather for the 2026 Lake AI Summit\n\nThe 2026 Lake AI Summit took place on the 18th.",
     "2026 Lake AI Summit"),
    ("Experts Head to the 2026 Lake Robotics Expo\n\nThe expo opened on Monday.", "2026 Lake Robotics Expo"),
])
def test_a_headlines_verb_is_no_part_of_the_name(text: str, name: str) -> None:
    e, _orgs = _event(text, published="2026-11-19")
    assert e.name == name


@pytest.mark.parametrize("byline", ["By Reporter Kim Min-jun", "By Staff Reporter Kim Min-jun", "By Kim Min-jun"])
def test_a_byline_with_the_writers_post(byline: str) -> None:
    found = _people(f"The Lake AI Forum was held on June 3.\n\n{byline}")
    assert list(found) == ["Kim Min-jun"]
    assert found["Kim Min-jun"][0] == {Role.REPORTER}


@pytest.mark.parametrize(("text", "affs"), [
    # a post said of a person by surname after the copula
    ("Ana Vale spoke. Vale is chief scientist at Lake Corp.", [("Lake Corp", "chief scientist")]),
    ("Ana Vale spoke. Vale is a professor of robotics at Hanbit University.",
     [("Hanbit University", "professor of robotics")]),
    ("Ana Vale spoke. Vale serves as CTO of Rock Inc.", [("Rock Inc", "CTO")]),
    # no title, or a post held before
    ("Ana Vale spoke. Vale is optimistic about robots.", []),
    ("Ana Vale spoke. Vale was the CEO of Rock Inc until 2020.", []),
])
def test_a_post_said_after_the_copula(text: str, affs: list) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + text)["Ana Vale"][1] == affs


@pytest.mark.parametrize(("text", "affs"), [
    # a post set off by commas after a Korean surname alone, with its article
    ("Park Ji-hoon spoke. Park, a professor at Hanbit University, said data matters.", [("Hanbit University", "professor")]),
    ("Park Ji-hoon spoke. Park, the chief scientist of Lake Corp, said data matters.", [("Lake Corp", "chief scientist")]),
    # (guards, as before) no title in it; a post said after the copula
    ("Park Ji-hoon spoke. Park, a veteran of the industry, said data matters.", []),
    ("Park Ji-hoon spoke. Park is chief scientist at Lake Corp.", [("Lake Corp", "chief scientist")]),
])
def test_a_post_set_off_after_a_surname(text: str, affs: list) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + text)["Park Ji-hoon"][1] == affs


@pytest.mark.parametrize(("text", "sponsors"), [
    # a curated name with "and" inside ends at its own end: the next "and" starts the next name
    ("It was sponsored by the Ministry of Science and ICT and Hanbit City.", ["Ministry of Science and ICT", "Hanbit City"]),
    ("It was held with the support of the Ministry of Science and ICT and Hanbit City.",
     ["Ministry of Science and ICT", "Hanbit City"]),
    ("It was sponsored by Hanbit City and the Ministry of Science and ICT.", ["Hanbit City", "Ministry of Science and ICT"]),
])
def test_a_curated_name_with_and_inside_ends_a_list_item(text: str, sponsors: list) -> None:
    _e, orgs = _event("The Lake AI Forum was held on June 3. " + text)
    assert orgs["sponsors"] == sponsors


@pytest.mark.parametrize(("text", "titles"), [
    # a minister's portfolio before the title stops at the person named before it
    ("Science Minister Bae Kyung-hoon and Trade Minister Kim Jung-kwan attended.",
     {"Bae Kyung-hoon": "Science Minister", "Kim Jung-kwan": "Trade Minister"}),
    ("Ana Vale, CEO of Lake Corp, and Science Minister Bae Kyung-hoon attended.",
     {"Ana Vale": "CEO", "Bae Kyung-hoon": "Science Minister"}),
    # a portfolio with a comma and "and" inside is whole
    ("Trade, Industry and Energy Minister Kim Jung-kwan attended.", {"Kim Jung-kwan": "Trade, Industry and Energy Minister"}),
    # a romanised given name before the comma ends the person before
    ("From left are Lake Corp President Jun Young-hyun, Science Minister Bae Kyung-hoon and Ana Vale, CEO of Pine Labs.",
     {"Jun Young-hyun": "President", "Bae Kyung-hoon": "Science Minister", "Ana Vale": "CEO"}),
    ("Guests were Pine Labs founder Han Ji-min, Trade Minister Choi Sang-mok and Lake Corp CEO Kim Yu-na.",
     {"Han Ji-min": "founder", "Choi Sang-mok": "Trade Minister", "Kim Yu-na": "CEO"}),
])
def test_a_ministers_portfolio_stops_at_the_person_before(text: str, titles: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {name: affs[0][1] for name, (_r, affs) in found.items()} == titles


@pytest.mark.parametrize(("text", "roles"), [
    # a caption that says what the photo shows: the people in it were there
    ("Photo shows Lake Corp CEO Ana Vale (third from left) with guests.", {"Ana Vale": {Role.ATTENDEE}}),
    ("The photo shows Ana Vale, CEO of Lake Corp, and Ben Stone, CTO of Rock Inc.",
     {"Ana Vale": {Role.ATTENDEE}, "Ben Stone": {Role.ATTENDEE}}),
    # (a photo in what one said is no caption: not pictured; what she said at a forum she said speaking there)
    ("Ana Vale, CEO of Lake Corp, said the photo shows the factory.", {"Ana Vale": {Role.SPEAKER}}),
])
def test_what_a_photo_shows(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {name: r for name, (r, _a) in found.items()} == roles


@pytest.mark.parametrize("text", [
    # the first of two names joined by "and" shares the verb after the second's organization
    "Priya Desai and Tom Becker of Becker Automation spoke about edge AI.",
    "Priya Desai and Tom Becker of Becker Automation led a hands-on workshop on edge AI.",
])
def test_a_name_joined_to_one_with_an_organization_shares_the_verb(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {name: roles for name, (roles, _a) in found.items()} == {"Priya Desai": {Role.SPEAKER},
                                                                      "Tom Becker": {Role.SPEAKER}}
    assert found["Tom Becker"][1] == [("Becker Automation", None)]


@pytest.mark.parametrize(("text", "attendance"), [
    # a head count: a number whose commas group thousands, words between it and the people
    ("The Lake AI Forum returned to Hanbit Hall on Oct. 8, drawing nearly 900 attendees.", 900),
    ("The Lake AI Forum was held on Oct. 8, drawing nearly 1,200 attendees.", 1200),
    ("The Lake AI Forum drew 12,500 visitors on Oct. 8.", 12500),
])
def test_a_head_count_after_a_date(text: str, attendance: int) -> None:
    e, _orgs = _event(text, published="2026-10-10")
    assert e.attendance == attendance


@pytest.mark.parametrize(("text", "name", "org", "title"), [
    # title heads of public service, schools and the professions; a local tier before a public office
    ("District Collector Kranthi Kumar Pati and Mayor R. Anand were present.", "Kranthi Kumar Pati", None,
     "District Collector"),
    ("County Commissioner Ana Vale attended the forum.", "Ana Vale", None, "County Commissioner"),
    ("Tom Reed, a teacher at Hanbit High School, spoke at the forum.", "Tom Reed", "Hanbit High School", "teacher"),
    ("Ana Vale, an associate at Kim & Chang, spoke at the forum.", "Ana Vale", "Kim & Chang", "associate"),
    ("Jo Park, a curator at the Lake Science Museum, spoke at the forum.", "Jo Park", "Lake Science Museum", "curator"),
])
def test_more_title_heads(text: str, name: str, org: str | None, title: str) -> None:
    assert _people(text)[name][1] == [(org, title)]


@pytest.mark.parametrize(("text", "name", "org", "title"), [
    # an academic degree in a title keeps its full stops
    ("Ana Vale, a Ph.D. candidate at Arden University, presented her work on robot safety.", "Ana Vale",
     "Arden University", "Ph.D. candidate"),
    ("Jo Park, an M.Sc. student at Arden University, presented a poster.", "Jo Park", "Arden University",
     "M.Sc. student"),
])
def test_a_degree_in_a_title(text: str, name: str, org: str, title: str) -> None:
    assert _people("The Lake AI Forum was held on Monday. " + text)[name][1] == [(org, title)]



@pytest.mark.parametrize(("text", "attendance"), [
    # head counts of more kinds of people
    ("The Lake AI Day was held on Oct. 8, bringing together more than 150 faculty, students and industry partners.", 150),
    ("Some 300 representatives from industry and academia attended the Lake AI Forum on Oct. 8.", 300),
    ("The Lake AI Forum on Oct. 8 drew 80 engineers and developers.", 80),
    # a year is no head count
    ("At the Lake AI Forum on Oct. 8, Ana Vale looked back to 2011 when a few leaders met.", None),
    ("The Lake AI Forum on Oct. 8 recalled that in 2019 researchers first met there.", None),
    # a head count by its noun: a crowd, a turnout, an audience, or those in attendance
    ("The Lake AI Forum on Oct. 8 drew a crowd of 500.", 500),
    ("The Lake AI Forum on Oct. 8 saw a turnout of about 250.", 250),
    ("The Lake AI Forum on Oct. 8 had 300 people in attendance.", 300),
    ("The Lake AI Forum on Oct. 8 drew a crowd of 40% more than last year.", None),
    # a day of the month before the verb is no head count
    ("The Lake AI Forum in Chicago on Oct. 8 drew engineers from across the Midwest.", None),
    ("The Lake AI Forum on 8 October drew 300 engineers from across the Midwest.", 300),

    # ... or the count the attendance came to
    ("The Lake AI Forum was held on Oct. 8. Attendance topped 5,000.", 5000),
    ("The Lake AI Forum was held on Oct. 8, and turnout reached about 800.", 800),
    ("The Lake AI Forum was held on Oct. 8. Attendance rose 20% from last year.", None),
    # a clock's minutes on a dateline, before the next line's words, are no head count
    ("Published: Oct 10, 2026 - 15:02\n\nExperts from industry met at the Lake AI Forum on Oct. 8.", None),
    ("Updated 09:30 KST\n\n40 engineers from industry met at the Lake AI Forum on Oct. 8.", 40),
])
def test_head_counts_of_more_kinds_and_years_that_are_none(text: str, attendance: int | None) -> None:
    e, _orgs = _event(text, published="2026-10-10")
    assert e.attendance == attendance


@pytest.mark.parametrize("text", [
    # a number in a quote is no head count of the event
    'The Lake AI Center opened on Oct. 8. "The center will train 200 researchers a year," Ana Vale said.',
    'The Lake AI Forum was held on Oct. 8. "We want 5,000 engineers trained by 2030," said Tom Reed.',
])
def test_a_head_count_in_a_quote_is_none(text: str) -> None:
    e, _orgs = _event(text, published="2026-10-10")
    assert e.attendance is None


@pytest.mark.parametrize(("text", "city"), [
    # the city before its state; a district before its known city
    ("The Lake AI Summit will take place on March 18 at the Marriott Marquis in Houston, Texas.", "Houston"),
    ("The Lake AI Summit will take place on March 18 at the Marriott Marquis in Tidewell, Ohio.", "Tidewell"),
    ("The Lake AI Summit was held on March 18 at the Lotte Hotel in Gangnam-gu, Seoul.", "Seoul"),
    # the city before its country or a region the lists know
    ("The Lake AI Summit was held on March 18 at the Taj Hotel in Pune, India.", "Pune"),
    ("The Lake AI Summit was held on March 18 at the Lake Centre in Tidewell, Tamil Nadu.", "Tidewell"),
    ("The Lake AI Summit was held on March 18 at the Lotte Hotel in Seoul, South Korea.", "Seoul"),
])
def test_the_city_before_its_state(text: str, city: str) -> None:
    e, _orgs = _event(text, published="2025-02-01")
    assert e.city == city




@pytest.mark.parametrize(("text", "attendance"), [
    # exhibitors and member companies are no head count of those who came
    ("The Lake AI Fair opened on Oct. 8 with over 400 exhibitors. Some 2,000 visitors came.", 2000),
    ("The Lake AI Forum was held on Oct. 8. The alliance will bring together 50 companies.", None),
])
def test_exhibitors_and_companies_are_no_attendance(text: str, attendance: int | None) -> None:
    e, _orgs = _event(text, published="2026-10-10")
    assert e.attendance == attendance


@pytest.mark.parametrize(("text", "name"), [
    # a name with its initials and its year: the name before the initials
    ("Firms met at the Lake Industrial Transformation (LIT) 2025 conference on Oct 21.", "Lake Industrial Transformation"),
    ("The Smart Tidewell Korea (STK) 2025 exhibition opened on Tuesday at Hanbit Hall.", "Smart Tidewell Korea"),
])
def test_an_event_named_with_initials_before_its_year(text: str, name: str) -> None:
    e, _orgs = _event(text, published="2025-10-10")
    assert e.name == name


@pytest.mark.parametrize(("text", "name"), [
    # a quoted title after the event's kind names it
    ('The Lake Association held its quarterly webinar, "AI on the Shop Floor: Beyond the Pilot," on Sept. 24.',
     "AI on the Shop Floor: Beyond the Pilot"),
    ('The Ridge Institute will hold its annual summit "Factories That Learn" on June 3 at Hanbit Hall.',
     "Factories That Learn"),
])
def test_a_quoted_title_after_the_kind(text: str, name: str) -> None:
    e, _orgs = _event(text, published="2025-10-10")
    assert e.name == name


@pytest.mark.parametrize(("text", "name", "theme"), [
    # the theme as written inside its quotes, however the sentence introduces it; never the event's name
    ('The Lake AI Forum was held on Monday under the theme "Factories That Learn."', "Lake AI Forum",
     "Factories That Learn"),
    ('Held under the theme of "AI for All", the Lake AI Forum drew 300 people on Monday.', "Lake AI Forum", "AI for All"),
    ('The Lake AI Forum, themed "Robots at Work", was held on Monday.', "Lake AI Forum", "Robots at Work"),
    ("The Lake AI Forum was held on Monday. The theme of this year's forum was \"Data First\".", "Lake AI Forum",
     "Data First"),
    ("The Lake AI Forum was held on Monday.", "Lake AI Forum", None),
])
def test_an_events_theme(text: str, name: str, theme: str | None) -> None:
    e, _orgs = _event(text)
    assert (e.name, e.theme) == (name, theme)



@pytest.mark.parametrize(("text", "name"), [
    # more kinds of gathering
    ("The Ridge Institute and Orion Bank held the Lake-Tidewell Industrial AI Roadshow in Seoul on Nov. 14.",
     "Lake-Tidewell Industrial AI Roadshow"),
    ("Nimbus Labs hosted the Lake Robotics Gala on Nov. 14 at Hanbit Hall.", "Lake Robotics Gala"),
    ("Nimbus held the Ridge AI Retreat at Lake Hall on Monday.", "Ridge AI Retreat"),
    ("Nimbus held the Ridge AI Jamboree at Lake Hall on Monday.", "Ridge AI Jamboree"),
    ("Nimbus held the Ridge AI Ideathon at Lake Hall on Monday.", "Ridge AI Ideathon"),
    ("Students met at the Ridge Datathon 2025 at Lake Hall on Monday.", "Ridge Datathon 2025"),
    ("Nimbus hosted the Ridge Robotics Makeathon at Lake Hall on Monday.", "Ridge Robotics Makeathon"),
    ("Nimbus hosted the Ridge AI Townhall at Lake Hall on Monday.", "Ridge AI Townhall"),
    # the meals an industry gathers over
    ("The second annual Women in Robotics Luncheon took place Sept. 18 at Lake Hall.", "Women in Robotics Luncheon"),
    ("Nimbus hosted the Ridge AI Awards Dinner at Lake Hall on Monday.", "Ridge AI Awards Dinner"),
    ("The Lake Manufacturing Breakfast drew 80 plant managers to Hanbit Hall on Monday.", "Lake Manufacturing Breakfast"),
])
def test_more_kinds_of_gathering(text: str, name: str) -> None:
    e, _orgs = _event(text, published="2025-11-20")
    assert e.name == name


@pytest.mark.parametrize("text", [
    # a kind and a topic that goes on in lower case describe the event, they do not name it
    "Conference on AI in manufacturing held in Tidewell\n\nA two-day conference began at Hanbit Hall on Friday.",
    "Tidewell hosts Workshop on Robots and factory safety\n\nThe workshop began at Hanbit Hall on Friday.",
])
def test_a_topic_in_lower_case_is_no_name(text: str) -> None:
    e, _orgs = _event(text)
    assert e.name is None


def test_a_topic_in_capitals_names_the_event() -> None:
    e, _orgs = _event("The Symposium on AI in Manufacturing began at Hanbit Hall on Friday.")
    assert e.name == "Symposium on AI in Manufacturing"





@pytest.mark.parametrize(("text", "expected"), [
    # a graduate's class year after the name, and a degree level before a student's title
    ("Keynote speaker Jane Roe '98, now a vice president at Lake Corp, spoke about careers.",
     {"Jane Roe": [("Lake Corp", "vice president")]}),
    ("Jane Roe ’05, CEO of Lake Corp, gave the keynote.", {"Jane Roe": [("Lake Corp", "CEO")]}),
    ("Graduate students Tom Reed and Mia Cho presented posters.",
     {"Tom Reed": [(None, "Graduate student")], "Mia Cho": [(None, "Graduate student")]}),
    ("Hanbit University graduate student Tom Reed presented.", {"Tom Reed": [("Hanbit University", "graduate student")]}),
])
def test_university_people(text: str, expected: dict) -> None:
    found = _people("The Lake AI Symposium was held on March 3. " + text)
    assert {name: affs for name, (_r, affs) in found.items()} == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # the parties that sign an agreement hold the signing, when no one else is said to hold the event
    ("Lake Corp and Hanbit University signed a memorandum of understanding on AI research at a ceremony in Seoul on "
     "Tuesday.", ["Lake Corp", "Hanbit University"]),
    ("The Korea AI Association and Hanbit City on Tuesday signed an MOU on AI training at a ceremony in Seoul.",
     ["Korea AI Association", "Hanbit City"]),
    ("The Lake AI Forum was hosted by the Lake Institute on June 3. At the forum, Lake Corp and Rock Inc signed an "
     "agreement on robots.", ["Lake Institute"]),
])
def test_the_parties_that_sign_hold_the_signing(text: str, organizers: list) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "name", "roles"), [
    # a participial clause that opens the sentence gives its part to the subject after the comma, past an
    # organization named as an agent inside it
    ("Speaking at a seminar organized by the Korea Institute for Industrial Economics and Trade on Tuesday, Ana Vale, "
     "CEO of Lake Corp, said AI is key.", "Ana Vale", {Role.SPEAKER}),
    ("Moderating the panel, Ana Vale of Lake Corp asked about jobs.", "Ana Vale", {Role.MODERATOR}),
    # a person quoted in the report of an event named only by its kind ("at a forum hosted by …")
    ("Industry leaders called for faster AI adoption at a forum hosted by the Korea Chamber of Commerce and Industry "
     "in Seoul on Tuesday. \"We are late,\" said Ana Vale, CEO of Lake Corp.", "Ana Vale", {Role.QUOTED, Role.SPEAKER}),
    ("Lake Corp opened a new plant in a ceremony in Seoul on Tuesday. \"We are late,\" said Ana Vale, CEO of Rock Inc.",
     "Ana Vale", {Role.QUOTED}),
])
def test_opening_participles_and_events_named_by_their_kind(text: str, name: str, roles: set) -> None:
    assert _people(text)[name][0] == roles


def test_a_day_is_no_ministers_portfolio() -> None:
    found = _people("At a conference in Busan on Thursday, Science Minister Bae Kyung-hoon said the government would "
                    "fund AI factories.")
    assert found["Bae Kyung-hoon"][1] == [(None, "Science Minister")]


@pytest.mark.parametrize(("text", "people"), [
    # a press release's closing boilerplate names people with no part in the event
    ("Ana Vale, CEO of Lake Corp, gave the keynote.\n\nAbout Lake Corp\nLake Corp is a robotics company founded in "
     "2010 by Ben Stone, who serves as its chairman.", {"Ana Vale"}),
    # the event's people named again there stay
    ("Ben Stone, chairman of Lake Corp, gave the keynote.\n\nAbout Lake Corp\nLake Corp was founded in 2010 by Ben "
     "Stone.", {"Ben Stone"}),
    # "About 300 people" is no such section
    ("About 300 people attended. Ben Stone, an engineer, said it was great.", {"Ben Stone"}),
])
def test_a_press_releases_boilerplate_names_no_one_at_the_event(text: str, people: set) -> None:
    assert set(_people("The Lake AI Forum was held on June 3. " + text)) == people


@pytest.mark.parametrize(("text", "roles"), [
    # a person quoted away from the event did not speak at it
    ('"It was a good event," said Tom Reed, an analyst at Rock Research, who did not attend.', {Role.QUOTED}),
    ('"Demand is strong," Tom Reed, an analyst at Rock Research, said in a phone interview.', {Role.QUOTED}),
    ('"Demand is strong," Tom Reed, an analyst at Rock Research, told the audience.', {Role.QUOTED, Role.SPEAKER}),
])
def test_quoted_away_from_the_event(text: str, roles: set) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + text)["Tom Reed"][0] == roles


@pytest.mark.parametrize(("text", "expected"), [
    # a possessive after "NAME of ORG" owned by the whole phrase: the person's talk
    ("Ana Vale of Lake Corp's keynote drew a full house.", {"Ana Vale": ({Role.KEYNOTE}, [("Lake Corp", None)])}),
    ("Ana Vale of Lake Corp's presentation on edge AI came next.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)])}),
    # a thing the organization owns is no talk of a person
    ("Ana Vale of Lake Corp's new robot drew a crowd.", {}),
])
def test_a_persons_talk_owned_past_their_organization(text: str, expected: dict) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "…, respectively": each name takes the title (in the singular) and the organization in its place
    ("Ana Vale and Ben Stone, the CEOs of Lake Corp and Rock Inc respectively, gave keynotes.",
     {"Ana Vale": ({Role.KEYNOTE}, [("Lake Corp", "CEO")]), "Ben Stone": ({Role.KEYNOTE}, [("Rock Inc", "CEO")])}),
    ("Ana Vale and Ben Stone, chief executives of Lake Corp and Rock Inc, respectively, spoke.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", "chief executive")]),
      "Ben Stone": ({Role.SPEAKER}, [("Rock Inc", "chief executive")])}),
])
def test_respectively(text: str, expected: dict) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Minister of State" is a rank of the office: its portfolio after "for" is part of the title, no organization
    ("Ana Vale, Minister of State for Artificial Intelligence, spoke at the forum.",
     {"Ana Vale": ({Role.SPEAKER}, [(None, "Minister of State for Artificial Intelligence")])}),
    ('"We must act," said Tom Reed, the UK\'s Minister of State for Artificial Intelligence.',
     {"Tom Reed": ({Role.QUOTED}, [(None, "Minister of State for Artificial Intelligence")])}),
    # a country owning a minister's office is no part of the title
    ("Mia Holt, the UAE's Minister for Artificial Intelligence, spoke at the forum.",
     {"Mia Holt": ({Role.SPEAKER}, [(None, "Minister for Artificial Intelligence")])}),
])
def test_a_minister_of_state_and_a_country_owning_the_office(text: str, expected: dict) -> None:
    assert _people(f"The Lake AI Forum was held on June 3 in Seoul. {text}") == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # a country owning a body is no part of the body's name
    ("Korea's Ministry of Science and ICT hosted the Lake AI Forum in Seoul on Thursday.",
     ["Ministry of Science and ICT"]),
    ("The Lake AI Forum was held in Seoul on Thursday. It was organized by the UAE's Artificial Intelligence Office "
     "and Singapore's Infocomm Media Development Authority.",
     ["Artificial Intelligence Office", "Infocomm Media Development Authority"]),
    # a ministry whose portfolio lists common words is one name, commas and all, in a list of names
    ("The Lake AI Forum was held in Tokyo on Thursday. It was organized by Japan's Ministry of Economy, Trade and "
     "Industry and the Lake Robot Guild.", ["Ministry of Economy, Trade and Industry", "Lake Robot Guild"]),
    ("The Lake AI Forum was held in Tokyo on Thursday. It was organized by the Department of Health, Education, and "
     "Welfare and Acme Corp.", ["Department of Health, Education, and Welfare", "Acme Corp"]),
    # names that are not common words after the comma are the list's next items
    ("The Lake AI Forum was held in Seoul on Thursday. It was organized by the Ministry of Economy, Samsung and LG.",
     ["Ministry of Economy", "Samsung", "LG"]),
])
def test_a_country_owning_a_body_and_a_listed_portfolio(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] + orgs["co_organizers"] == organizers


@pytest.mark.parametrize("text", [
    # a run of place words is no name, before a title either
    "The Lake AI Conclave was inaugurated by Tamil Nadu Industries Minister Ravi Kumar on Friday.",
    "The Lake AI Conclave was opened by West Bengal Chief Minister Ravi Kumar on Friday.",
])
def test_a_place_before_a_title_is_no_person(text: str) -> None:
    assert list(_people(text)) == ["Ravi Kumar"]


@pytest.mark.parametrize(("text", "name"), [
    # "conclave" is a kind of gathering, named in quotes or not
    ("The Lake Institute on Friday hosted the 'National Conclave on AI for Smart Manufacturing' in Chennai.",
     "National Conclave on AI for Smart Manufacturing"),
    ("Over 600 delegates attended the Lake AI Conclave 2024 in Pune on Friday.", "Lake AI Conclave 2024"),
    # a name in single quotes ends at its closing quote, whatever follows it
    ("The Lake Institute on Friday hosted the 'National Forum on AI for Smart Manufacturing' in Chennai.",
     "National Forum on AI for Smart Manufacturing"),
])
def test_a_conclave_is_an_event(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "expected"), [
    # a participle with its partner after the holder: "…, jointly organised with X"
    ("The Lake Institute on Friday hosted the Lake AI Conclave, jointly organised with the Confederation of Indian "
     "Industry (CII) and supported by the Robot Guild.",
     {"organizers": ["Lake Institute"], "co_organizers": ["Confederation of Indian Industry"],
      "sponsors": ["Robot Guild"]}),
    ("The Lake AI Summit, hosted with Acme Corp, drew 300 people on Friday.",
     {"organizers": [], "co_organizers": ["Acme Corp"], "sponsors": []}),
    # support is no partner in holding it
    ("The Lake AI Summit was held with the support of the Robot Guild on Friday.",
     {"organizers": [], "co_organizers": [], "sponsors": ["Robot Guild"]}),
])
def test_held_with_a_partner(text: str, expected: dict) -> None:
    _e, orgs = _event(text)
    assert orgs == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # a name opening with the initials of another's first words, the rest the same, is that organization
    ("IIT Madras hosts AI conclave\nThe Indian Institute of Technology Madras on Friday hosted the Lake AI Conclave, "
     "supported by the Robot Guild.", ["Indian Institute of Technology Madras"]),
    ("LIR Boston hosts robotics summit\nThe Lake Institute of Robotics Boston hosted the Lake Robotics Summit on "
     "Friday, with the Robot Guild as a sponsor.", ["Lake Institute of Robotics Boston"]),
])
def test_initials_of_a_longer_name_with_the_same_rest(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers and orgs["sponsors"] == ["Robot Guild"]


@pytest.mark.parametrize(("text", "organizers"), [
    # a dateline's dash opens the sentence whose subject holds the event
    ("WEST LAFAYETTE, Ind. — The College of Engineering welcomed more than 400 guests to its fifth annual Smart "
     "Manufacturing Day on Oct. 3.", ["College of Engineering"]),
    ("SEOUL -- Acme Corp brought together 200 engineers at its Acme AI Forum on Tuesday.", ["Acme Corp"]),
    ("DETROIT — The Lake Robot Guild teamed up with Acme Corp to host the Lake AI Summit on Tuesday.",
     ["Lake Robot Guild", "Acme Corp"]),
])
def test_a_holder_right_after_a_datelines_dash(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] + orgs["co_organizers"] == organizers


@pytest.mark.parametrize(("text", "published", "start"), [
    # "last Friday" in a Friday's paper is the week before; "next Friday" the week after
    ("The Lake AI Summit, held last Friday at the Marina Bay Sands in Singapore, drew 2,000 people.", "2024-11-15",
     "2024-11-08"),
    ("The Lake AI Summit will be held next Friday at the Marina Bay Sands in Singapore.", "2024-11-15", "2024-11-22"),
    # on another day, the nearest such day in the verb's direction
    ("The Lake AI Summit, held last Friday at the Marina Bay Sands in Singapore, drew 2,000 people.", "2024-11-18",
     "2024-11-15"),
    # a past verb before the day, the future only in a clause after it: the day is past
    ("Lawmakers at the Lake AI Hearing pressed industry leaders Tuesday on how AI will reshape factory jobs.",
     "2024-11-20", "2024-11-19"),
    # the future before the day, or no verb before it: the day ahead
    ("The Lake AI Hearing will question industry leaders Tuesday.", "2024-11-20", "2024-11-26"),
    ("The Lake AI Hearing on Tuesday will examine how AI will reshape factory jobs.", "2024-11-20", "2024-11-26"),
])
def test_last_and_next_weekday(text: str, published: str, start: str) -> None:
    e, _orgs = _event(text, published=published)
    assert e.start == start


@pytest.mark.parametrize(("text", "venue"), [
    # a hotel brand names a venue alone
    ("The Lake AI Summit was held on Tuesday at the Marriott in Austin.", "Marriott"),
    ("The Lake AI Summit was held on Tuesday at the Grand Hyatt Seoul.", "Grand Hyatt Seoul"),
])
def test_a_hotel_brand_is_a_venue(text: str, venue: str) -> None:
    e, _orgs = _event(text)
    assert e.venue == venue


@pytest.mark.parametrize(("text", "role"), [
    # chairing the judges is no moderating
    ('"We saw a big jump in quality," said Alice Moon, who chaired the judging panel.', Role.OTHER),
    ("Alice Moon of Blue Lake Ventures chairs the jury this year.", Role.OTHER),
    # chairing a session is
    ("Alice Moon of Blue Lake Ventures chaired the afternoon session.", Role.MODERATOR),
])
def test_the_chair_of_the_judges_is_a_guest(text: str, role: Role) -> None:
    found = _people("Lake Demo Day was held on Thursday in Pangyo. " + text)
    assert role in found["Alice Moon"][0] and (role is Role.MODERATOR or Role.MODERATOR not in found["Alice Moon"][0])


@pytest.mark.parametrize("text", [
    # a byline as a label and its colon
    "The Lake AI Forum was held on Monday in Seoul.\n\nReporter: Park Hye-rin",
    "The Lake AI Forum was held on Monday in Seoul.\n\nAuthor: Park Hye-rin\n",
])
def test_a_labelled_byline(text: str) -> None:
    assert _people(text) == {"Park Hye-rin": ({Role.REPORTER}, [(None, "Reporter")])}


def test_a_company_word_ends_no_name_in_a_list_of_titled_people() -> None:
    found = _people("The Lake AI Forum was held on Monday in Busan. Participants included Hanwha Ocean CEO Kim Hee-cheul, "
                    "Samsung Heavy Industries President Choi Sung-an and Lake Chemical Vice Chairman Park Ji-won.")
    assert sorted(found) == ["Choi Sung-an", "Kim Hee-cheul", "Park Ji-won"]
    assert found["Choi Sung-an"][1] == [("Samsung Heavy Industries", "President")]


@pytest.mark.parametrize(("text", "expected"), [
    # a hyphenated title is no part of the name after it
    ("Executive Vice-President Henna Virkkunen opened the forum with a video message.",
     {"Henna Virkkunen": (None, "Executive Vice-President")}),
    ("Co-Chair Ana Vale of Lake Corp moderated the panel.", {"Ana Vale": ("Lake Corp", "Co-Chair")}),
    # a post written after the name, among its letters
    ("The first panel brought together Axel Voss MEP and Siemens CTO Peter Körte.",
     {"Axel Voss": (None, "MEP"), "Peter Körte": ("Siemens", "CTO")}),
    ("Speakers included Jane Roe MP and Tom Reed of Acme.", {"Jane Roe": (None, "MP"), "Tom Reed": ("Acme", None)}),
])
def test_hyphenated_titles_and_posts_after_the_name(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday in Brussels. " + text)
    assert {n: found[n][1][0] if found[n][1] else (None, None) for n in found} == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # a portfolio listed in items of one or two words is one name
    ("The Lake AI Forum was held in Brussels on Thursday. It was organised by Orgalim in cooperation with the "
     "Directorate-General for Communications Networks, Content and Technology.",
     ["Orgalim", "Directorate-General for Communications Networks, Content and Technology"]),
    ("The Lake AI Forum was held in Seoul on Thursday. It was organized by the Ministry of Agriculture, Food and "
     "Rural Affairs and the Lake Robot Guild.", ["Ministry of Agriculture, Food and Rural Affairs", "Lake Robot Guild"]),
])
def test_a_portfolio_of_nouns_in_a_list_of_names(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] + orgs["co_organizers"] == organizers


@pytest.mark.parametrize(("text", "venue"), [
    # delegates converging on a place, or flocking to it
    ("More than 600 delegates converged on the Melbourne Convention and Exhibition Centre on Tuesday for the Lake AI "
     "Summit.", "Melbourne Convention and Exhibition Centre"),
    ("Some 2,000 visitors flocked to the Bay Exhibition Hall on Tuesday for the Lake AI Summit.", "Bay Exhibition Hall"),
])
def test_a_venue_converged_on(text: str, venue: str) -> None:
    e, _orgs = _event(text)
    assert e.venue == venue


@pytest.mark.parametrize(("text", "role"), [
    # opening the proceedings: the host's opening, or a keynote when one opens them
    ("Ana Vale, chair of the Lake Guild, opened proceedings on Tuesday.", Role.HOST_REP),
    ("Jane Roe of Acme opened proceedings with a keynote on robots.", Role.KEYNOTE),
])
def test_opening_the_proceedings(text: str, role: Role) -> None:
    found = _people("The Lake AI Summit, hosted by the Lake Guild, was held on Tuesday in Melbourne. " + text)
    name = text.split(",")[0].split(" of ")[0]
    assert found[name][0] == {role}


@pytest.mark.parametrize(("text", "roles"), [
    # the crowd a speaker tells or addresses attended; the speaker spoke
    ('"Most pilots fail," Moon Jae-kyung of Hanbit AI told some 500 attendees at the forum.',
     {Role.SPEAKER, Role.QUOTED}),
    ("Moon Jae-kyung of Hanbit AI addressed more than 300 delegates on Thursday.", {Role.SPEAKER}),
    # a cue ending in "by" names its agent after it, not the person before
    ('"Most pilots fail," Moon Jae-kyung of Hanbit AI said at the forum, which was organized by the Lake Guild.',
     {Role.QUOTED, Role.SPEAKER}),
])
def test_telling_the_crowd_is_speaking(text: str, roles: set[Role]) -> None:
    found = _people("The Lake AI Forum was held on Thursday in Seoul. " + text)
    assert found["Moon Jae-kyung"][0] == roles


def test_a_ministers_portfolio_then_a_three_word_name() -> None:
    found = _people("The Smart Industry Conference was held on Nov 12 in Singapore. Manufacturers must move faster, "
                    "Senior Minister of State for Trade and Industry Low Yen Ling said on Nov 12. Ms Low said grants "
                    "would grow.")
    assert found == {"Low Yen Ling": (set(), [(None, "Senior Minister of State for Trade and Industry")])}


@pytest.mark.parametrize("text", [
    # the owner of the event with its initials between: the organizer, less its possessive
    "Speaking at the Singapore Manufacturing Federation's (SMF) annual Smart Industry Conference on Nov 12, Ms Low "
    "said grants would grow. Mr Douglas Foo, SMF's president, agreed.",
    "About 800 people attended the Lake Robot Guild's (LRG) Smart Industry Conference on Nov 12. Mr Douglas Foo, "
    "LRG's president, opened it.",
])
def test_an_owner_with_its_initials_holds_the_event(text: str) -> None:
    e, orgs = _event(text)
    assert e.name == "Smart Industry Conference" and len(orgs["organizers"]) == 1
    assert not orgs["organizers"][0].endswith(("'s", "’s"))


def test_an_adjective_that_opens_a_body_opens_no_name() -> None:
    found = _people("The Smart Industry Conference was held on Nov 12. The panel featured Dr Lim Kok Hwa, chief executive "
                    "of A*Star's Advanced Remanufacturing and Technology Centre, and Ms Tan Hui Min of Jurong Precision.")
    assert sorted(found) == ["Lim Kok Hwa", "Tan Hui Min"]


@pytest.mark.parametrize(("text", "expected"), [
    # the name of an endowed chair is no person, and its initial's full stop ends no sentence of a list
    ("Afternoon sessions featured talks by Aaron Stebner, an associate professor in mechanical engineering; Chuck Zhang, "
     "the Harold E. Smalley Professor in industrial and systems engineering; and Kathy Hsu of Siemens Digital Industries "
     "Software.", ["Aaron Stebner", "Chuck Zhang", "Kathy Hsu"]),
    ("Speakers included Mia Holt, the J. Lee Everett Professor of Robotics; and Tom Reed of Acme Inc.",
     ["Mia Holt", "Tom Reed"]),
])
def test_an_endowed_chair_and_initials_in_a_semicolon_list(text: str, expected: list[str]) -> None:
    found = _people("The Lake AI Symposium was held on Oct. 24. " + text)
    assert sorted(found) == expected and all(Role.SPEAKER in found[n][0] for n in expected)


PROGRAMME_PAGE = """Lake Robotics Forum 2025 – Programme

Date: Thursday, 12 June 2025
Venue: Lake Conference Centre, Manchester
Organiser: Lake Robotics Association

09:30 Welcome address – Dr Helen Marsh, Chair, Lake Robotics Association
09:45 Keynote: "Robots that learn on the job" – Prof. Ian Cole, University of Manchester
10:30 Panel: Automation and the workforce
      Moderator: Sarah Lee, BBC Technology
      Panellists: Tom Baker (Siemens UK), Owen Price (Unite the Union)
13:00 Case study: AI in aerospace assembly – Mark Evans, Head of Automation, Airbus UK
"""


def test_a_programme_page_with_honorifics_and_bare_talks() -> None:
    x = extract(Article("t", PROGRAMME_PAGE, "t.txt", published="2025-05-01", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    got = {p.name: ({r.role for r in p.roles}, {r.talk_title for r in p.roles} - {None},
                    [orgs.get(a.org) if a.org else None for a in p.affiliations]) for p in x.people}
    assert got == {
        "Helen Marsh": ({Role.HOST_REP}, set(), ["Lake Robotics Association"]),  # one person, not "Dr Helen Marsh"
        "Ian Cole": ({Role.KEYNOTE}, {"Robots that learn on the job"}, ["University of Manchester"]),
        "Sarah Lee": ({Role.MODERATOR}, set(), ["BBC Technology"]),  # one name on its line, then its organization
        "Tom Baker": ({Role.PANELIST}, set(), ["Siemens UK"]),
        "Owen Price": ({Role.PANELIST}, set(), ["Unite the Union"]),  # "the" inside a name in parentheses
        "Mark Evans": ({Role.SPEAKER}, {"AI in aerospace assembly"}, ["Airbus UK"]),  # a talk's title after its label
    }


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("14:00 Talk: \"Edge AI\" – Dr. Ana Vale, Lake Corp", "Ana Vale", ("Lake Corp", "Edge AI")),
    ("Chair: Tom Reed, Reuters Breakingviews", "Tom Reed", ("Reuters Breakingviews", None)),
    ("Speakers: Mia Holt (Bank of the West), Jo Park (Acme)", "Mia Holt", ("Bank of the West", None)),
    ("11:00 Presentation: Robots in retail – Jo Park, Acme Retail", "Jo Park", ("Acme Retail", "Robots in retail")),
])
def test_programme_lines_second_shapes(text: str, name: str, expected: tuple) -> None:
    x = extract(Article("t", "The Lake AI Forum 2025 – Programme\n" + text + "\n", "t.txt", published="2025-05-01",
                        lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    [p] = [p for p in x.people if p.name == name]
    talks = {r.talk_title for r in p.roles} - {None}
    assert (orgs.get(p.affiliations[0].org), next(iter(talks), None)) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a quoted name before its kind, or with an appositive kind; a name given with "known as"
    ('Acme hosted the "Future of Manufacturing" conference on Tuesday at its headquarters in Austin.',
     "Future of Manufacturing"),
    ('More than 200 people attended "AI on the Line," a one-day workshop organized by the Lake Institute on Friday.',
     "AI on the Line"),
    ("The Lake Institute's annual flagship event, known as Lake Connect, returned to the Hilton Austin on Tuesday.",
     "Lake Connect"),
    ("Acme's yearly customer conference, dubbed Acme Days, opened on Tuesday in Austin.", "Acme Days"),
    # a quoted talk in apposition with a session names no event
    ("The Lake AI Summit was held on Tuesday in Austin. Jane Roe of Acme presented \"Data First,\" a session on data.",
     "Lake AI Summit"),
])
def test_a_name_quoted_before_its_kind_or_known_as(text: str, name: str) -> None:
    e, _orgs = _event(text, published="2024-11-20")
    assert e.name == name


@pytest.mark.parametrize(("text", "expected"), [
    # a person joined to a part with "alongside" / "along with" holds it too
    ("Jane Roe of Acme delivered the keynote alongside Tom Reed of Nimbus.",
     {"Jane Roe": {Role.KEYNOTE}, "Tom Reed": {Role.KEYNOTE}}),
    ("Jane Roe of Acme delivered the keynote, along with Tom Reed of Nimbus.",
     {"Jane Roe": {Role.KEYNOTE}, "Tom Reed": {Role.KEYNOTE}}),
    # running or teaching workshops is giving talks
    ("Jane Roe of Acme ran a hands-on workshop.", {"Jane Roe": {Role.SPEAKER}}),
    ("Jane Roe, Tom Reed and Mia Holt, all of Acme, ran hands-on workshops.",
     {"Jane Roe": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}, "Mia Holt": {Role.SPEAKER}}),
    # an aside joining others to the subject before its verb: the subject and the aside's people
    ("Jane Roe of Acme, joined by Tom Reed of Nimbus and Mia Holt of Bolt, discussed supply chains.",
     {"Jane Roe": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}, "Mia Holt": {Role.SPEAKER}}),
    ("Jane Roe of Acme, joined by Tom Reed of Nimbus, presented the results.",
     {"Jane Roe": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
])
def test_joined_parts_workshops_and_asides(text: str, expected: dict) -> None:
    found = _people("The Lake AI Summit was held on Tuesday in Detroit. " + text)
    assert {n: found[n][0] for n in found} == expected


@pytest.mark.parametrize(("text", "roles"), [
    # answering in the Q&A, telling the panel, presenting something in an opening participle: speaking
    ('"We need data," Jane Roe of Acme said during a Q&A session.', {Role.SPEAKER, Role.QUOTED}),
    ("Jane Roe of Acme said during the Q&A that costs were falling.", {Role.SPEAKER}),
    ("Jane Roe of Acme told the panel that costs were falling.", {Role.SPEAKER}),
    ("Jane Roe of Acme told the committee that rules lag behind.", {Role.SPEAKER}),
    ("Presenting the results of a survey, Jane Roe of Acme said costs were falling.", {Role.SPEAKER}),
    ("Presenting a new robot, Jane Roe of Acme said it would ship in May.", {Role.SPEAKER}),
])
def test_speaking_in_the_qa_to_the_panel_and_presenting(text: str, roles: set[Role]) -> None:
    found = _people("The Lake AI Summit was held on Tuesday in Austin. " + text)
    assert found["Jane Roe"][0] == roles


@pytest.mark.parametrize(("text", "expected"), [
    # an Indian honorific is no part of the name
    ("Shri Uday Samant, Minister of Industries, was the Chief Guest.", {"Uday Samant": "Minister of Industries"}),
    ("Smt. Rhea Mehta, Convenor, CII Pune Zonal Council, proposed the vote of thanks.", {"Rhea Mehta": "Convenor"}),
])
def test_indian_honorifics(text: str, expected: dict) -> None:
    found = _people("The National Summit on AI was held at Hotel JW Marriott, Pune on Saturday. " + text)
    assert {n: found[n][1][0][1] for n in found} == expected


@pytest.mark.parametrize("text", [
    # a unit named by the organizer's initials is the organizer's: its head welcomes for it
    "The Confederation of Indian Industry (CII) organised the National Summit on AI at Hotel JW Marriott, Pune on "
    "Saturday. Mr. Sanjay Kirloskar, Chairman, CII Western Region, welcomed the delegates.",
    "The Lake Robot Guild (LRG) organised the Lake AI Summit in Leeds on Saturday. Ana Vale, Chair, LRG Yorkshire, "
    "welcomed the delegates.",
])
def test_the_head_of_an_organizers_unit_named_by_its_initials(text: str) -> None:
    found = _people(text)
    [(roles, _affs)] = found.values()
    assert roles == {Role.HOST_REP}


@pytest.mark.parametrize(("text", "name", "expected"), [
    # an owner, then a region or a country, then the title: the region is the title's, the owner the body
    ("Speakers included Applied Materials' Korea head Kim Tae-ho.", "Kim Tae-ho", ("Applied Materials", "Korea head")),
    ("Speakers included Micron's Asia chief Ana Vale.", "Ana Vale", ("Micron", "Asia chief")),
    # a city in a paper's name stays the paper's
    ("The panel, moderated by Crain's Detroit reporter Jill Baker, drew a crowd.", "Jill Baker",
     ("Crain's Detroit", "reporter")),
])
def test_an_owner_then_a_region_before_the_title(text: str, name: str, expected: tuple) -> None:
    found = _people("The Lake AI Forum was held on Wednesday in Seoul. " + text)
    assert found[name][1] == [expected]


@pytest.mark.parametrize(("text", "name", "organizers"), [
    # a dateline's city before a colon, in capitals or not, opens the sentence that names the holder
    ("Chennai: The Ridge Institute organised a two-day workshop titled 'AI for Smart Manufacturing' on November 18.",
     "AI for Smart Manufacturing", ["Ridge Institute"]),
    ("New Delhi: The Ridge Institute (RI) organised the Robot Forum on November 18.", "Robot Forum", ["Ridge Institute"]),
    # the quoted subject of a workshop or seminar is its name
    ("The Ridge Institute organised a two-day national workshop on 'Edge AI for Plants' on November 18 and 19, 2026.",
     "Edge AI for Plants", ["Ridge Institute"]),
])
def test_commonwealth_datelines_and_a_workshop_on_a_quoted_subject(text: str, name: str, organizers: list[str]) -> None:
    e, orgs = _event(text, published="2026-11-21")
    assert (e.name, orgs["organizers"]) == (name, organizers)


@pytest.mark.parametrize(("text", "roles"), [
    # the speakers who handled or took a session of talks; a session led by someone is chaired
    ("The Robot Forum was held on Monday. Technical sessions were handled by Dr. Tom Reed (Nimbus Works), "
     "Ms. Ana Vale (Ridge Labs) and Prof. Mia Holt (Lake University).",
     {"Tom Reed": Role.SPEAKER, "Ana Vale": Role.SPEAKER, "Mia Holt": Role.SPEAKER}),
    ("The Robot Forum was held on Monday. The expert session was taken by Dr. Tom Reed of Nimbus Works.",
     {"Tom Reed": Role.SPEAKER}),
    ("The Robot Forum was held on Monday. The session was led by Dr. Tom Reed of Nimbus Works.",
     {"Tom Reed": Role.MODERATOR}),
])
def test_sessions_handled_by_their_speakers(text: str, roles: dict[str, Role]) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in roles} == {name: {role} for name, role in roles.items()}


@pytest.mark.parametrize(("text", "name", "venue"), [
    # a name's tail found again (MESSE 2026 inside HANNOVER MESSE 2026) is no name of its own, even where the
    # tail's word is written more often ("Deutsche Messe AG"); of names written as often, the headline's
    ("Lake Messe: AI takes centre stage\n\nLAKETOWN. The opening day of LAKE MESSE 2026 on 20 April drew 2,000 "
     "guests to the Lake Congress Centrum. Ana Vale, CEO of Ridge Messe AG, opened it. At the Robot AI Conference "
     "in Hall 14, Tom Reed spoke. The Robot AI Conference ends today.", "LAKE MESSE 2026", "Lake Congress Centrum"),
    # a German or Dutch Zentrum or Centrum is a venue, not a gathering
    ("The Robot Forum 2026 took place at the Ridge Kongress Zentrum on 20 April.", "Robot Forum 2026",
     "Ridge Kongress Zentrum"),
])
def test_a_names_tail_the_headlines_name_and_centrum_venues(text: str, name: str, venue: str) -> None:
    e, _orgs = _event(text, published="2026-04-21")
    assert (e.name, e.venue) == (name, venue)


@pytest.mark.parametrize(("text", "name"), [
    # a quoted phrase as the subject's verdict (called, described as, praised as) and "According to NAME" quote them
    ('The Robot Fair was held Monday. Chancellor Ana Vale praised the fair as "the shop window of our engineering".',
     "Ana Vale"),
    ('The Robot Fair was held Monday. Tom Reed, CEO of Nimbus, called the fair "a turning point".', "Tom Reed"),
    ('The Robot Fair was held Monday. According to Tom Reed, CEO of Nimbus, "the market is ready."', "Tom Reed"),
])
def test_a_verdict_in_quotes_and_according_to_quote_the_person(text: str, name: str) -> None:
    assert Role.QUOTED in _people(text)[name][0]


def test_calling_for_something_is_no_quote() -> None:
    found = _people('The Robot Fair was held Monday. Tom Reed, CEO of Nimbus, called for new rules. '
                    '"We are ready," said Ana Vale, CTO of Ridge.')
    assert Role.QUOTED not in found["Tom Reed"][0] and Role.QUOTED in found["Ana Vale"][0]


@pytest.mark.parametrize(("text", "name", "venue"), [
    # the initials in parentheses after a name, written again alone, are the same event: the full name, and
    # the place after it stays the venue
    ("Speaking at the Robot Transformation Asia-Pacific (RTAP) 2026 conference at Lake Expo, Ana Vale said grants "
     "would grow. RTAP, which is organised by Ridge Messe, runs until Nov 27.",
     "Robot Transformation Asia-Pacific", "Lake Expo"),
    ("The Lake Industrial AI Forum (LIAF) opened at Ridge Hall on Monday. LIAF runs until Friday. LIAF drew 900 people.",
     "Lake Industrial AI Forum", "Ridge Hall"),
])
def test_a_names_initials_written_alone(text: str, name: str, venue: str) -> None:
    e, _orgs = _event(text, published="2026-11-25")
    assert (e.name, e.venue) == (name, venue)


@pytest.mark.parametrize(("text", "name", "organizers"), [
    # a title-case headline's verb ends its subject: the subject holds the event, the rest names it
    # (the first edition's word is its edition, no part of the name, as "Second Annual" is)
    ("Ridge Robotics Hosts Inaugural Physical AI Summit in Austin\n\nThe summit drew 500 people on Monday.",
     "Physical AI Summit", ["Ridge Robotics"]),
    ("Ridge Robotics Hosts Second Annual Physical AI Summit\n\nThe summit drew 500 people on Monday.",
     "Physical AI Summit", ["Ridge Robotics"]),
    ("Lake Institute To Host Robot Forum 2026\n\nThe forum drew 500 people on Monday.", "Robot Forum 2026",
     ["Lake Institute"]),
    # a headline's verb that launches no gathering holds nothing
    ("Lake Institute Launches New Robot Fund\n\nThe Robot Forum drew 500 people on Monday.", "Robot Forum", []),
    # a verb's base form inside a name (Open, Launch) ends nothing
    ("The Lake Open Source Summit was held on Monday.", "Lake Open Source Summit", []),
    ("The Launch Pad Summit was held on Monday.", "Launch Pad Summit", []),
])
def test_title_case_headlines(text: str, name: str, organizers: list[str]) -> None:
    e, orgs = _event(text, published="2026-11-19")
    assert (e.name, orgs["organizers"]) == (name, organizers)


@pytest.mark.parametrize("text", [
    # a description set off by commas, then the day, then the verb of holding
    "AUSTIN, Texas, Nov. 19, 2026 /PRNewswire/ -- Ridge Robotics, a leader in warehouse automation, today hosted its "
    "inaugural Physical AI Summit at the Lake Marriott.",
    "Ridge Robotics, a maker of mobile robots, yesterday held the Physical AI Summit at the Lake Marriott.",
])
def test_a_day_after_the_holders_description(text: str) -> None:
    _e, orgs = _event(text, published="2026-11-19")
    assert orgs["organizers"] == ["Ridge Robotics"]


def test_title_case_headline_words_are_no_person() -> None:
    found = _people("Ridge Robotics Hosts Inaugural Physical AI Summit in Austin\n\nThe summit drew 500 people on "
                    "Monday. Tom Reed, CEO of Ridge Robotics, spoke first.")
    assert set(found) == {"Tom Reed"}


@pytest.mark.parametrize(("text", "org"), [
    # a campus after "at" in a university's name stays in the name
    ("Featured speakers included:\n- Dr. Tom Reed, Director of Robotics Research, University of Lake at Ridgeton\n"
     "- Ana Vale, VP of Supply Chain, Nimbus\n", "University of Lake at Ridgeton"),
    ("The Robot Forum was held Monday. Tom Reed, professor, University of Lake at Ridgeton, spoke first.",
     "University of Lake at Ridgeton"),
])
def test_a_university_named_with_its_campus(text: str, org: str) -> None:
    assert _people(text)["Tom Reed"][1][0][0] == org


@pytest.mark.parametrize(("text", "expected"), [
    # an owner in the possessive as the description's first word
    ("Tom Reed, Nimbus's head of AI, spoke first.", ("Nimbus", "head of AI")),
    ("Tom Reed, Ridge Labs' chief scientist, spoke first.", ("Ridge Labs", "chief scientist")),
    # a field after "of" is the title's, not an organization ("the company's" points back to the holder)
    ("Tom Reed, the company's head of AI, spoke first.", ("Lake Robotics", "head of AI")),
    ("Tom Reed, director of Smart Manufacturing, spoke first.", (None, "director of Smart Manufacturing")),
    # … but an event or an organization after "of" is one
    ("Tom Reed, Exhibition Director of Lake Manufacturing Week, spoke first.",
     ("Lake Manufacturing Week", "Exhibition Director")),
    ("Tom Reed, president of Ridge University, spoke first.", ("Ridge University", "president")),
    # "who works at ORG" after the title
    ("Tom Reed, an engineer who works at Nimbus, spoke first.", ("Nimbus", "engineer")),
])
def test_possessive_owners_fields_and_who_works_at(text: str, expected: tuple) -> None:
    found = _people("Lake Robotics held the Robot Forum on Monday. " + text)
    assert found["Tom Reed"][1][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the ORG title" as "a ORG title"; a place after "the" is no organization
    ("Tom Reed, the Nimbus CTO, spoke first.", ("Nimbus", "CTO")),
    ("Tom Reed, the Nimbus executive in charge of robotics, spoke first.", ("Nimbus", "executive in charge of robotics")),
    ("Tom Reed, the Korea chair at CSIS, spoke first.", ("CSIS", "Korea chair")),
    # the body a person represents, with no post
    ("Tom Reed, representing Nimbus Works, spoke first.", ("Nimbus Works", None)),
    ("Tom Reed, on behalf of the Ridge Institute, spoke first.", ("Ridge Institute", None)),
])
def test_the_org_before_a_title_and_the_body_represented(text: str, expected: tuple) -> None:
    found = _people("The Robot Forum was held on Monday. " + text)
    assert found["Tom Reed"][1][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # holders joined by "and", the day between them and "kicked off"
    ("The Ridge Institute and Nimbus Works on Monday kicked off the Robot Forum.",
     {"organizers": ["Ridge Institute", "Nimbus Works"], "co_organizers": [], "sponsors": []}),
    # "ORG, which runs the forum": the body after a preposition or at a sentence's start, not the words before it
    ("The Robot Forum opened Monday. Tom Reed of the Ridge Institute, which runs the forum, said 900 people came.",
     {"organizers": ["Ridge Institute"], "co_organizers": [], "sponsors": []}),
    ("The Robot Forum opened Monday. The Ridge Institute, which organizes the forum, said 900 people came.",
     {"organizers": ["Ridge Institute"], "co_organizers": [], "sponsors": []}),
    # funding and grants name sponsors
    ("The Robot Forum opened Monday. The event was made possible through funding from the Lake Foundation.",
     {"organizers": [], "co_organizers": [], "sponsors": ["Lake Foundation"]}),
    ("The Robot Forum opened Monday thanks to a grant from the Lake Foundation.",
     {"organizers": [], "co_organizers": [], "sponsors": ["Lake Foundation"]}),
])
def test_kicked_off_which_runs_and_funding(text: str, expected: dict) -> None:
    _e, orgs = _event(text, published="2026-11-19")
    assert orgs == expected


@pytest.mark.parametrize(("text", "roles"), [
    # talks that came from their speakers, with the cue opening the sentence right before the first name
    ("The Robot Forum was held Monday. Case studies came from Tom Reed of Nimbus and Ana Vale of Ridge Labs.",
     {"Tom Reed": Role.SPEAKER, "Ana Vale": Role.SPEAKER}),
    ("The Robot Forum was held Monday. Presentations came from Tom Reed, CEO of Nimbus.", {"Tom Reed": Role.SPEAKER}),
    # trading views is a panel's
    ("The Robot Forum was held Monday. Tom Reed of Nimbus and Ana Vale of Ridge Labs traded views on humanoids.",
     {"Tom Reed": Role.PANELIST, "Ana Vale": Role.PANELIST}),
])
def test_talks_that_came_from_speakers_and_traded_views(text: str, roles: dict[str, Role]) -> None:
    found = _people(text)
    assert {name: found[name][0] for name in roles} == {name: {role} for name, role in roles.items()}


def test_an_idea_that_came_from_someone_is_no_talk() -> None:
    found = _people("The Robot Forum was held Monday. Tom Reed of Nimbus said the idea came from Ana Vale of Ridge Labs.")
    assert found["Ana Vale"][0] == set()


@pytest.mark.parametrize(("text", "start", "end"), [
    # a range written day first, the month once after the last day
    ("The Robot Forum was held on 24 and 25 November at Lake Hall.", "2026-11-24", "2026-11-25"),
    ("The Robot Forum will be held from 24 to 26 November 2026 at Lake Hall.", "2026-11-24", "2026-11-26"),
    ("The Robot Forum took place on 12-13 November at Lake Hall.", "2026-11-12", "2026-11-13"),
])
def test_day_first_ranges(text: str, start: str, end: str) -> None:
    e, _orgs = _event(text, published="2026-12-04")
    assert (e.start, e.end) == (start, end)


@pytest.mark.parametrize(("text", "expected"), [
    # "MD & CEO": a managing director, not a doctor of medicine, when another title is joined to it
    ("Also present was Mr. Vikram Singh, MD & CEO, Tata Technologies.", ("Tata Technologies", "MD & CEO")),
    ("Also present was Mr. Vikram Singh, MD and CEO, Tata Technologies.", ("Tata Technologies", "MD and CEO")),
    # (and alone, before a company's name: a legal form, a word only companies' names end with)
    ("Also present was Mr. Vikram Singh, MD, Ridge Industries Ltd.", ("Ridge Industries Ltd", "MD")),
    ("Mr. Vikram Singh, MD, Tata Technologies, spoke first.", ("Tata Technologies", "MD")),
    # (a doctor's MD before a hospital or a clinic, a body: hers, with no post; the second a guard: so before)
    ("Dr. Anita Rao, MD, Ridge Hospital, spoke first.", ("Ridge Hospital", None)),
    ("Anita Rao, MD, chief of radiology at Lake Clinic, spoke first.", ("Lake Clinic", "chief of radiology")),
    # a title's own field in parentheses, then the organization after a comma
    ("Also present was Ms. Anita Rao, Director (Technology), Ridge Industries.", ("Ridge Industries", "Director (Technology)")),
    ("Ms. Anita Rao, Director (R&D), Tata Motors, spoke first.", ("Tata Motors", "Director (R&D)")),
])
def test_commonwealth_designations(text: str, expected: tuple) -> None:
    found = _people("The AI Summit was held on Nov. 12. " + text)
    [name] = [n for n in found if n in ("Vikram Singh", "Anita Rao")]
    assert found[name][1][0] == expected


def test_a_partys_initials_after_a_name_are_no_field() -> None:
    found = _people("The AI Summit was held on Nov. 12. Attending were Lake Mayor Tom Reed, U.S. Senator Ana Vale "
                    "(D-IL), Ridge Governor Mia Holt and others.")
    assert found["Tom Reed"][1][0] == ("Lake", "Mayor") and found["Ana Vale"][1][0] == (None, "Senator")


@pytest.mark.parametrize(("text", "expected"), [
    # a minister's portfolio of government nouns, commas, "and" and "&" in it, then whose government it is
    ("It was inaugurated by Shri Tom Reed, Minister of Railways, Communications and Electronics & IT, Government of "
     "Lakeland.", ("Government of Lakeland", "Minister of Railways, Communications and Electronics & IT")),
    ("It was inaugurated by Tom Reed, Hon'ble Minister of Textiles, Government of Lakeland.",
     ("Government of Lakeland", "Hon'ble Minister of Textiles")),
    # no government after it: the portfolio alone
    ("Tom Reed, Minister of Railways and Shipping, spoke first.", (None, "Minister of Railways and Shipping")),
])
def test_a_ministers_portfolio_and_government(text: str, expected: tuple) -> None:
    found = _people("The AI Summit was held on Nov. 12. " + text)
    assert found["Tom Reed"][1][0] == expected


@pytest.mark.parametrize("text", [
    # guests of note, those on hand and those who made an appearance attended
    "The Ridge Institute held the Robot Forum on Monday. VIPs included Tom Reed, CEO of Nimbus.",
    "The Ridge Institute held the Robot Forum on Monday. Dignitaries present included Tom Reed, CEO of Nimbus.",
    "The Ridge Institute held the Robot Forum on Monday. Tom Reed, CEO of Nimbus, was also on hand.",
    "The Ridge Institute held the Robot Forum on Monday. Tom Reed, CEO of Nimbus, made a surprise appearance.",
])
def test_guests_of_note_and_those_on_hand_attended(text: str) -> None:
    assert _people(text)["Tom Reed"][0] == {Role.ATTENDEE}


@pytest.mark.parametrize(("text", "expected"), [
    # an institution's initials before "Prof." name the professor's institution; a country's do not
    ("The Robot Forum was held Monday. KAIST Prof. Kim Jong-won gave the keynote.", ("KAIST", "Prof.")),
    ("The Robot Forum was held Monday. RIT Prof. Kim Jong-won gave the keynote.", ("RIT", "Prof.")),
    ("The Robot Forum was held Monday. US Prof. Kim Jong-won gave the keynote.", None),
])
def test_initials_before_prof(text: str, expected: tuple | None) -> None:
    affs = [a for a in _people(text)["Kim Jong-won"][1] if a != (None, None)]
    assert (affs[0] if affs else None) == expected


@pytest.mark.parametrize("text", [
    # a name and its organization, then a verb of chairing: emceed, was the MC, facilitated or hosted a discussion
    "The Robot Forum was held Monday. Tom Reed of Nimbus emceed the event.",
    "The Robot Forum was held Monday. Tom Reed of Nimbus was the MC for the evening.",
    "The Robot Forum was held Monday. Tom Reed of Nimbus facilitated the discussion.",
    "The Robot Forum was held Monday. Tom Reed of Nimbus hosted the panel discussion.",
])
def test_emcees_and_facilitators_chair(text: str) -> None:
    assert _people(text)["Tom Reed"][0] == {Role.MODERATOR}


def test_hosting_a_podcast_is_no_part() -> None:
    assert _people("The Robot Forum was held Monday. Tom Reed of Nimbus is the host of a podcast.")["Tom Reed"][0] == set()


@pytest.mark.parametrize(("text", "expected"), [
    # a post in parentheses after the name, in any of the orders a post is written in
    ("Panelists were Tom Reed (CEO, Nimbus) and Ana Vale (CTO, Ridge Labs).", ("Nimbus", "CEO")),
    ("Panelists were Tom Reed (Nimbus CEO) and Ana Vale (Ridge Labs CTO).", ("Nimbus", "CEO")),
    ("Panelists were Tom Reed (CEO of Nimbus) and Ana Vale (CTO at Ridge Labs).", ("Nimbus", "CEO")),
    # a country before the title is no organization
    ("Panelists were Tom Reed (Korea CEO) and Ana Vale (moderator).", (None, "CEO")),
])
def test_a_post_in_parentheses(text: str, expected: tuple) -> None:
    assert _people("The Robot Forum was held Monday. " + text)["Tom Reed"][1][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a post in the plural set after a list of names is each one's
    ("Tom Reed and Ana Vale, co-founders of Nimbus, spoke on the first panel.", ("Nimbus", "co-founder")),
    ("Tom Reed and Ana Vale, senior researchers at Ridge University, spoke on the first panel.",
     ("Ridge University", "senior researcher")),
    ("Tom Reed and Ana Vale, both of Nimbus, spoke on the first panel.", ("Nimbus", None)),
])
def test_a_plural_post_after_a_list_of_names(text: str, expected: tuple) -> None:
    found = _people("The Robot Forum was held Monday. " + text)
    assert found["Tom Reed"][1][0] == expected and found["Ana Vale"][1][0] == expected
    assert found["Tom Reed"][0] == found["Ana Vale"][0] == {Role.PANELIST}


@pytest.mark.parametrize(("text", "name"), [
    # peerage and state styles are no part of the name; nor are a fellowship's letters after it
    ("The panel was chaired by Baroness Martha Lane-Fox.", "Martha Lane-Fox"),
    ("The panel was chaired by Viscount Tom Reed of Nimbus.", "Tom Reed"),
    ("His Excellency Omar Sultan Al Olama, Minister of State for AI, opened the forum.", "Omar Sultan Al Olama"),
    ("Sheikh Tom Reed attended the opening ceremony.", "Tom Reed"),
    ("Professor Dame Anne Glover FRSE gave the keynote.", "Anne Glover"),
    ("Professor Ana Vale FMedSci gave the keynote.", "Ana Vale"),
    # a name goes on after its particles, which count for no word
    ("H.E. Sheikh Abdullah bin Hamad Al Thani attended the opening ceremony.", "Abdullah bin Hamad Al Thani"),
    ("Mohammed bin Rashid Al Maktoum, Ruler of Dubai, opened the forum.", "Mohammed bin Rashid Al Maktoum"),
    ("Dr. Maria de la Cruz Garcia, CTO of Nimbus, spoke on the first panel.", "Maria de la Cruz Garcia"),
])
def test_styles_fellowships_and_particles_around_a_name(text: str, name: str) -> None:
    assert name in _people("The Robot Forum was held Monday. " + text)


@pytest.mark.parametrize(("text", "organizers"), [
    ("The forum, organised by the Mohamed bin Zayed University of Artificial Intelligence, drew 300 delegates.",
     ["Mohamed bin Zayed University of Artificial Intelligence"]),
    ("The AI Forum was hosted by the Universidad de Chile on Monday.", ["Universidad de Chile"]),
])
def test_a_name_particle_inside_a_body_name(text: str, organizers: list[str]) -> None:
    assert _event(text)[1]["organizers"] == organizers


@pytest.mark.parametrize("text", [
    "Ana Vale, CEO of Nimbus, addressed the AI Industry Days conference on 4 March.",
    "Ana Vale, CEO of Nimbus, addressed the Ridge Robotics and Automation Summit on Tuesday.",
])
def test_addressing_an_event_by_its_name_is_speaking(text: str) -> None:
    assert _people(text)["Ana Vale"][0] == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "start"), [
    # a verb in the simple past puts a month and day without a year before publication
    ("Ana Vale addressed the AI Industry Days conference in Brussels on 4 March.", "2026-03-04"),
    ("Nimbus hosted the Ridge AI Forum on March 4.", "2026-03-04"),
    # a participle after a form of be, or the future, does not
    ("The Ridge AI Forum will be hosted by Nimbus on March 4.", "2027-03-04"),
])
def test_a_past_verb_dates_a_day_without_a_year_back(text: str, start: str) -> None:
    assert _event(text, published="2026-11-12")[0].start == start


@pytest.mark.parametrize(("text", "organizers"), [
    # a dateline's double dash is no part of the subjects that hold the event
    ("TOKYO -- Fanuc and Preferred Networks jointly held the Smart Factory AI Summit on Nov. 5.",
     ["Fanuc", "Preferred Networks"]),
    ("SEOUL, Nov. 20 (Yonhap) -- Hanbit Robotics and Nimbus held the AI Factory Forum in Seoul on Thursday.",
     ["Hanbit Robotics", "Nimbus"]),
    # a chamber's committee named by its fields is one body
    ("WASHINGTON — The House Energy and Commerce Committee held a hearing Wednesday on AI.",
     ["House Energy and Commerce Committee"]),
    ("The AI hearing was hosted by the Senate Health and Education Committee and Nimbus on Monday.",
     ["Senate Health and Education Committee", "Nimbus"]),
])
def test_subjects_after_a_dateline_and_a_chambers_committee(text: str, organizers: list[str]) -> None:
    assert _event(text, published="2026-11-21")[1]["organizers"] == organizers


@pytest.mark.parametrize("text", [
    "Witnesses included Jay Timmons, president of the NAM; Sarah Kim, director of the MIT lab; "
    "and Robert Ortiz, a machinist from Toledo, Ohio.",
    "Testifying were Jay Timmons, president of the NAM; Sarah Kim, director of the MIT lab; "
    "and Robert Ortiz, a machinist from Toledo, Ohio.",
])
def test_a_hearings_witnesses_speak(text: str) -> None:
    found = _people("The Senate Commerce Committee held a hearing on Monday. " + text)
    assert {name: found[name][0] for name in ("Jay Timmons", "Sarah Kim", "Robert Ortiz")} \
        == dict.fromkeys(("Jay Timmons", "Sarah Kim", "Robert Ortiz"), {Role.SPEAKER})


@pytest.mark.parametrize(("text", "name"), [
    # a title in title case after a gathering's kind and a comma names it
    ('The Ridge Association will host a free webinar, "Physical AI on the Factory Floor," on Dec. 9.',
     "Physical AI on the Factory Floor"),
    ('Nimbus held a one-day workshop, "Robots That Learn", at its Ridge campus on Monday.', "Robots That Learn"),
])
def test_a_title_after_the_kind_names_the_event(text: str, name: str) -> None:
    assert _event(text, published="2026-11-21")[0].name == name


@pytest.mark.parametrize("text", [
    'The Ridge AI Forum was held Monday. At a panel, "We need more engineers who understand AI," Tom Reed said.',
    'The Ridge AI Forum was held Monday at a conference, "This Is Only the Beginning," said Ana Vale.',
])
def test_a_spoken_quote_after_the_kind_is_no_name(text: str) -> None:
    assert _event(text, published="2026-11-21")[0].name == "Ridge AI Forum"


@pytest.mark.parametrize(("text", "expected"), [
    # a place's government in lower case is a body; a government ends its name before "and"
    ("The AI Expo is co-hosted by the Ministry of Industry and the Tianjin municipal government.",
     ["Ministry of Industry", "Tianjin municipal government"]),
    ("The AI Expo is co-hosted by the Daegu city government and Kyungpook National University.",
     ["Daegu city government", "Kyungpook National University"]),
    ("The AI Expo is co-hosted by the Daegu Metropolitan Government and Kyungpook National University.",
     ["Daegu Metropolitan Government", "Kyungpook National University"]),
    # ... and its unit after its possessive
    ("The AI Expo is co-hosted by the Karnataka government's Department of Electronics, IT and Biotechnology.",
     ["Karnataka government's Department of Electronics, IT and Biotechnology"]),
    ("The AI Expo is co-hosted by the Ontario government's Ministry of Economic Development and Nimbus Labs.",
     ["Ontario government's Ministry of Economic Development", "Nimbus Labs"]),
    # a portfolio after "and" ends in no company's or school's word
    ("The AI Expo is co-hosted by the Ministry of Science and Technology and Nimbus Robotics.",
     ["Ministry of Science and Technology", "Nimbus Robotics"]),
    ("The AI Expo is co-hosted by the Ministry of Education and Lake National University.",
     ["Ministry of Education", "Lake National University"]),
    ("The AI Expo is co-hosted by the Ministry of Electronics and Information Technology.",
     ["Ministry of Electronics and Information Technology"]),
])
def test_a_places_government_in_a_list(text: str, expected: list[str]) -> None:
    assert _event(text, published="2026-11-21")[1]["co_organizers"] == expected


@pytest.mark.parametrize(("text", "city"), [
    ("The 2026 World Intelligence Expo opened Thursday in Tianjin with 500 exhibitors.", "Tianjin"),
    ("The Ridge AI Summit was held in Chengdu on Monday.", "Chengdu"),
])
def test_cities_of_china_and_elsewhere(text: str, city: str) -> None:
    assert _event(text, published="2026-11-21")[0].city == city


@pytest.mark.parametrize(("text", "name", "organizers"), [
    # a name with its year and a past clause after it; the body with its initials that produces the show
    ("Physical AI dominated Automate 2026, which ran June 22-25 in Detroit, according to the Association "
     "for Advancing Automation (A3), which produces the show.", "Automate 2026", ["Association for Advancing Automation"]),
    ("Robots filled Ridgecon 2026, which took place at Pier Hall, said the Lake Trade Council (LTC), which "
     "organizes the fair.", "Ridgecon 2026", ["Lake Trade Council"]),
])
def test_a_year_name_in_the_past_and_its_producer(text: str, name: str, organizers: list[str]) -> None:
    e, orgs = _event(text, published="2026-06-26")
    assert (e.name, orgs["organizers"]) == (name, organizers)


@pytest.mark.parametrize("text", [
    # a surname that opens another name (a school's, a person's) points back to no one
    "Professor Choi Jae-sik of KAIST's Kim Jaechul Graduate School of AI moderated the panel.",
    "Tom Reed of the Kim Jaechul Graduate School of AI moderated the panel.",
])
def test_a_surname_opening_another_name_is_no_mention(text: str) -> None:
    found = _people("The AI Forum was held Monday. Trade Minister Kim Jung-kwan gave a congratulatory speech. " + text)
    assert found["Kim Jung-kwan"][0] == {Role.OTHER}


def test_a_surname_before_a_verb_still_points_back() -> None:
    found = _people("The AI Forum was held Monday. Trade Minister Kim Jung-kwan attended. Kim moderated the panel.")
    assert Role.MODERATOR in found["Kim Jung-kwan"][0]


@pytest.mark.parametrize(("text", "city"), [
    # with no venue, the city the event was held in, a part of it said in lower case before it
    ("Manufacturers gathered at the 2026 Korea Manufacturing AI Conference in southern Seoul on Wednesday.", "Seoul"),
    ("The Ridge AI Forum took place in downtown Detroit on Wednesday.", "Detroit"),
])
def test_a_city_with_its_part_said_before_it(text: str, city: str) -> None:
    e, _ = _event(text, published="2026-11-20")
    assert (e.venue, e.city) == (None, city)


@pytest.mark.parametrize(("line", "name", "role"), [
    # a timed programme line whose label is followed by its giver after a comma
    ("9:00 a.m. — Welcome, Mung Chiang, President, Ridge University", "Mung Chiang", Role.HOST_REP),
    ("8:45 Welcome and introductions, Dr. Ana Vale, Nimbus", "Ana Vale", Role.HOST_REP),
    ("17:00 - Farewell, Tom Reed, CTO, Nimbus", "Tom Reed", Role.HOST_REP),
])
def test_a_timed_programme_line_with_a_comma(line: str, name: str, role: Role) -> None:
    text = "The Ridge AI Symposium will be held on April 14 at Lake Hall.\n\nAgenda\n" + line + "\n"
    assert role in _people(text)[name][0]


@pytest.mark.parametrize("text", [
    # a verb with "his" or "her" after it is a person's act, and a pitch on stage is a talk
    "Ana Vale of Nimbus pitched her company's vision system to investors.",
    "Ana Vale of Nimbus delivered a five-minute pitch to investors.",
])
def test_a_founders_pitch(text: str) -> None:
    found = _people("The Ridge AI Summit was held Monday at Lake Hall. " + text)
    assert found["Ana Vale"] == ({Role.SPEAKER}, [("Nimbus", None)])


@pytest.mark.parametrize("text", [
    "Investors pitched their ideas to Tom Reed, CEO of Ridge Labs.",   # the one pitched to gives no talk
    "Startups pitched their products to Tom Reed, CEO of Ridge Labs.",
])
def test_the_one_pitched_to_gives_no_talk(text: str) -> None:
    assert _people("The Ridge AI Summit was held Monday at Lake Hall. " + text)["Tom Reed"][0] == set()


def test_an_organization_with_its_is_no_person() -> None:
    assert _people("The Ridge AI Summit was held Monday. Oxford Economics of London released its forecast.") == {}


@pytest.mark.parametrize(("text", "expected"), [
    # where one is from, set off by commas, is the organization; a title before the name stays
    ("Speakers included Professor Ana Vale, from the University of Sydney, and Tom Reed.",
     ("University of Sydney", "Professor")),
    ("Speakers included Ana Vale, of CSIRO's Data61, and Tom Reed.", ("CSIRO's Data61", None)),
    # a place or a phrase is no organization
    ("Speakers included Ana Vale, from Seoul, and Tom Reed.", None),
    ("Speakers included Ana Vale, of course, and Tom Reed.", None),
])
def test_where_one_is_from_after_a_comma(text: str, expected: tuple | None) -> None:
    affiliations = _people("The Ridge AI Summit was held Monday at Lake Hall. " + text)["Ana Vale"][1]
    assert (affiliations[0] if affiliations else None) == expected


def test_one_who_interviews_a_person_is_a_person() -> None:
    found = _people("The Ridge AI Summit was held Monday. Jane Roe of Tech Weekly interviewed Ana Vale, CEO of Nimbus, "
                    "on stage. Ridge Research of Boston interviewed 500 factory managers for a report.")
    assert "Jane Roe" in found and "Ridge Research" not in found


@pytest.mark.parametrize(("text", "role", "expected"), [
    # support that made the event possible; parts the event owns; a body that puts on or stages it
    ("The Ridge AI Summit was made possible by support from the Lake Foundation and Acme Corp.", "sponsors",
     ["Lake Foundation", "Acme Corp"]),
    ("The Ridge AI Summit was held Monday. Nimbus and the Lake Institute were the event's co-hosts.", "co_organizers",
     ["Nimbus", "Lake Institute"]),
    ("The Ridge AI Summit was held Monday. Nimbus and Acme were the summit's main sponsors.", "sponsors",
     ["Nimbus", "Acme"]),
    ("The Lake Institute put on the Ridge AI Summit on Monday.", "organizers", ["Lake Institute"]),
    ("The Lake Institute staged the Ridge AI Summit on Monday.", "organizers", ["Lake Institute"]),
])
def test_support_owned_parts_and_staging(text: str, role: str, expected: list[str]) -> None:
    assert _event(text, published="2026-11-28")[1][role] == expected


@pytest.mark.parametrize("text", [
    # an organization in parentheses that ends in its legal form's abbreviating dot
    "Jane Roe (Acme Inc.) and Tom Reed (Ridge Co.) spoke on the panel.",
    "Panelists were Jane Roe (Acme Corp.) and Tom Reed (Ridge Ltd.).",
])
def test_a_legal_forms_dot_in_parentheses(text: str) -> None:
    found = _people("The Ridge AI Summit was held Monday at Lake Hall. " + text)
    assert found["Jane Roe"][1][0][0] in ("Acme Inc", "Acme Corp") and found["Tom Reed"][1][0][0] in ("Ridge Co", "Ridge Ltd")


@pytest.mark.parametrize(("text", "role", "expected"), [
    # a ministry named by its field in lower case, as Korean English-language outlets write it
    ("SEOUL, Nov. 27 (Yonhap) -- South Korea's science ministry on Thursday held the AI Factory Forum.", "organizers",
     ["science ministry"]),
    ("The industry ministry hosted the AI Factory Forum in Seoul on Monday.", "organizers", ["industry ministry"]),
    ("The AI Factory Forum, organized by the SMEs ministry and Nimbus, was held in Seoul on Monday.", "organizers",
     ["SMEs ministry", "Nimbus"]),
    ("The AI Factory Forum was co-hosted by the science and ICT ministry and the Korea Herald on Monday.",
     "co_organizers", ["science and ICT ministry", "Korea Herald"]),
    # a word that names no portfolio makes no ministry
    ("The new ministry hosted the AI Factory Forum in Seoul on Monday.", "organizers", []),
])
def test_a_ministry_by_its_field_in_lower_case(text: str, role: str, expected: list[str]) -> None:
    assert _event(text, published="2026-11-27")[1][role] == expected


@pytest.mark.parametrize(("text", "venue"), [
    # a lower-case building or offices after a body's name; "of" and "and" are whole words in a venue
    ("The seminar was held at the KCCI building in central Seoul on Wednesday.", "KCCI building"),
    ("The Ridge AI Forum was held at the Nimbus offices in Austin on Monday.", "Nimbus offices"),
])
def test_a_bodys_building_as_venue(text: str, venue: str) -> None:
    assert _event(text, published="2026-11-27")[0].venue == venue


@pytest.mark.parametrize(("text", "organizers"), [
    # partners who team up for the event hold it
    ("Nimbus and Acme teamed up for the Ridge AI Summit on Monday.", ["Nimbus", "Acme"]),
    ("Nimbus and the Lake Institute joined forces on the Ridge AI Forum, held Monday at Lake Hall.",
     ["Nimbus", "Lake Institute"]),
    # the gathering the report is at, in lower case, of a body
    ("Speaking at a forum of the Korea Robot Industry Association on Monday, Tom Reed said robots are ready.",
     ["Korea Robot Industry Association"]),
    ("Tom Reed spoke at the annual meeting of the Lake Institute on Monday.", ["Lake Institute"]),
    # another gathering the report is not at holds nothing
    ("The Ridge AI Summit was held Monday. It followed the annual meeting of the Lake Institute in March.", []),
    ("Nimbus and Acme teamed up for a new product launch on Monday. The Ridge AI Summit was held Tuesday.", []),
])
def test_partners_teaming_up_and_a_bodys_gathering(text: str, organizers: list[str]) -> None:
    assert _event(text, published="2026-11-27")[1]["organizers"] == organizers


@pytest.mark.parametrize(("text", "name"), [
    # a holder's verb before a name with its year; a series' name after its edition's year
    ("Nimbus hosted AI@Work 2026 in Austin on Monday.", "AI@Work 2026"),
    ("The Lake Guild staged Robotica Live 2026 in Austin on Monday.", "Robotica Live 2026"),
    ("Nimbus hosted the 2026 edition of Ridgecon in Austin on Monday.", "Ridgecon"),
    ("This year's edition of Robotica drew 300 people to Austin on Monday.", "Robotica"),
])
def test_names_after_a_holders_verb_or_an_edition(text: str, name: str) -> None:
    assert _event(text, published="2026-11-27")[0].name == name


@pytest.mark.parametrize("text", [
    # a word describing the person, capitalised only to open the sentence, is no organization
    "Veteran engineer Tom Reed, who spent 30 years at Ford, spoke on the first panel.",
    "Longtime analyst Tom Reed spoke on the first panel.",
])
def test_a_describing_word_opening_the_sentence_is_no_organization(text: str) -> None:
    assert _people("The Ridge AI Summit was held Monday at Lake Hall. " + text)["Tom Reed"][1][0][0] is None


@pytest.mark.parametrize("text", [
    # a quote set above the one who said it, after a dash; "As X put it"
    '"Robots are ready for the factory floor." — Ana Vale, CEO of Nimbus',
    '"Robots are ready for the factory floor" – Ana Vale, CEO of Nimbus.',
    'As Ana Vale, CEO of Nimbus, put it, "Robots are ready for the factory floor."',
])
def test_a_pull_quote_and_as_one_put_it(text: str) -> None:
    x = extract(Article("t", "The Ridge AI Summit was held Monday at Lake Hall.\n" + text, "t.txt",
                        published="2026-11-27", lang="en"))
    [p] = [p for p in x.people if p.name == "Ana Vale"]
    assert Role.QUOTED in {r.role for r in p.roles}
    assert [q.text.rstrip(".") for q in p.quotes] == ["Robots are ready for the factory floor"]


def test_a_dash_after_a_quote_names_no_one_else() -> None:
    x = extract(Article("t", 'The Ridge AI Summit was held Monday. Ana Vale, CEO of Nimbus, spoke first.\n'
                        '"We must act." — that was the message of the day.', "t.txt", published="2026-11-27", lang="en"))
    assert [p.quotes for p in x.people if p.name == "Ana Vale"] == [()]


@pytest.mark.parametrize("text", [
    # one who hosts a ceremony or an evening, leads its questions or introduces its speakers is its MC
    "Tom Reed of Ridge Radio hosted the evening.",
    "Tom Reed of Ridge Radio was the host of the awards ceremony.",
    "Tom Reed of Ridge Radio led the Q&A.",
    "Tom Reed, the event's MC, introduced each speaker.",
])
def test_the_master_of_ceremonies(text: str) -> None:
    assert _people("The Ridge AI Summit was held Monday at Lake Hall. " + text)["Tom Reed"][0] == {Role.MODERATOR}


def test_a_head_hosting_a_dinner_is_no_mc() -> None:
    found = _people("The Ridge AI Summit was held Monday. Ana Vale, CEO of Nimbus, hosted a dinner for the speakers.")
    assert Role.MODERATOR not in found["Ana Vale"][0]


@pytest.mark.parametrize("text", [
    # an address given by video is a talk (a message sent is a greeting: see test_a_message_sent)
    "Ana Vale, CEO of Nimbus, delivered a recorded address.",
    "Ana Vale, CEO of Nimbus, spoke to the forum in a recorded video.",
])
def test_a_video_message_sent_to_the_event(text: str) -> None:
    found = _people("The AI Forum was held Tuesday. " + text)
    assert [roles for roles, _affs in found.values()] == [{Role.SPEAKER}]


@pytest.mark.parametrize(("text", "name"), [
    # a place or a common word that is also a given name or a surname, beside another part of a name
    ("Austin Chen, CEO of Orbis, spoke first.", "Austin Chen"),
    ("Orbis CEO Sydney Park spoke first.", "Sydney Park"),
    ("Greg Hall, chief operating officer of Orbis, spoke first.", "Greg Hall"),
    ("Orbis CEO Ann Day and Mark West, CTO of Nimbus, spoke.", "Ann Day"),
    ("Orbis CEO Ann Day and Mark West, CTO of Nimbus, spoke.", "Mark West"),
])
def test_a_place_that_is_also_a_name(text: str, name: str) -> None:
    assert Role.SPEAKER in _people("The AI Forum was held on Oct. 8. " + text)[name][0]


@pytest.mark.parametrize("text", [
    # alone, or naming a hall or a day, it is no one
    "The AI Forum was held on Oct. 8 at Ridley Hall. Director Tom Reed opened it.",
    "Carnegie Hall hosted the AI Gala on Oct. 8, said director Tom Reed.",
    "Hanbit held its Demo Day on Oct. 8, and founder Tom Reed spoke.",
    "Ridley Hall, a venue on campus, hosted the forum on Oct. 8. Director Tom Reed opened it.",
])
def test_a_hall_or_a_day_is_no_one(text: str) -> None:
    assert set(_people(text)) == {"Tom Reed"}


@pytest.mark.parametrize(("text", "name"), [
    # a Korean family name that is also an English word, then a hyphenated given name of two syllables
    ("Seoul Mayor Oh Se-hoon gave a congratulatory speech, and An Cheol-soo, a lawmaker of the Hanbit Party, spoke.",
     "An Cheol-soo"),
    ("Speakers included No Tae-moon, head of Daon's AI center.", "No Tae-moon"),
    ("Speakers included In Yo-han, a professor at Hanbit University.", "In Yo-han"),
])
def test_a_korean_family_name_that_is_an_english_word(text: str, name: str) -> None:
    assert Role.SPEAKER in _people("The AI Forum was held on Oct. 8. " + text)[name][0]


def test_a_word_with_a_hyphen_after_in_is_no_korean_name() -> None:
    found = _people("The AI Forum was held on Oct. 8. In Seoul-based Orbis, CEO Tom Reed spoke. In Co-host news, "
                    "nothing.")
    assert set(found) == {"Tom Reed"}


@pytest.mark.parametrize(("text", "expected"), [
    # a place unknown to the lists before a comma is no person: the clause after it has its own subject
    ("During GTC 2025 in San Jose, Nvidia CEO Jensen Huang unveiled a robot.",
     {"Jensen Huang": ({Role.SPEAKER}, [("Nvidia", "CEO")])}),
    # (saying it at the forum that opens the sentence is saying it on its stage, as "said at the forum" is)
    ("At the AI Forum in Kortrijk, Orbis founder Ana Vale said the plant would open.",
     {"Ana Vale": ({Role.SPEAKER}, [("Orbis", "founder")])}),
])
def test_a_place_before_a_clause_with_its_own_subject(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title owned by the next organization after "and", then the name after a comma
    ("Speakers included Orbis chief operating officer Greg Hall and Tokai's head of digital, Mina Cho.",
     {"Greg Hall": ({Role.SPEAKER}, [("Orbis", "chief operating officer")]),
      "Mina Cho": ({Role.SPEAKER}, [("Tokai", "head of digital")])}),
    ("Speakers included Greg Holt of Orbis and Tokai's head of digital, Mina Cho.",
     {"Greg Holt": ({Role.SPEAKER}, [("Orbis", None)]), "Mina Cho": ({Role.SPEAKER}, [("Tokai", "head of digital")])}),
    # the title's own "of" before the organization's "at"
    ("The head of digital at Tokai, Mina Cho, spoke first.", {"Mina Cho": ({Role.SPEAKER}, [("Tokai", "head of digital")])}),
    ("The director of research at Orbis Labs, Dr. Ana Vale, spoke first.",
     {"Ana Vale": ({Role.SPEAKER}, [("Orbis Labs", "director of research")])}),
])
def test_a_title_then_the_name_after_a_comma(text: str, expected: dict) -> None:
    assert _people("The AI Forum was held on Oct. 8. " + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "… of A and ORG title NAME": an organization, its title (in lower or title case), then the next person
    ("Panelists were Kim Dong-shin of Motional and Hanbit National University professor Jang Byung-tak.",
     {"Kim Dong-shin": ({Role.PANELIST}, [("Motional", None)]),
      "Jang Byung-tak": ({Role.PANELIST}, [("Hanbit National University", "professor")])}),
    ("Speakers were Ana Vale of Lake Corp and Nimbus Chief Technology Officer Tom Reed.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)]),
      "Tom Reed": ({Role.SPEAKER}, [("Nimbus", "Chief Technology Officer")])}),
    ("Speakers were Ana Vale of Lake Corp and Nimbus chief technology officer Tom Reed.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)]),
      "Tom Reed": ({Role.SPEAKER}, [("Nimbus", "chief technology officer")])}),
])
def test_an_organization_and_a_title_after_and_open_the_next_person(text: str, expected: dict) -> None:
    assert _people("The AI Forum was held on Oct. 8. " + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title and a head with its field in parentheses after the name
    ("Panelists include Sarah Kim (Head of Research, Tokai Motors) and Raj Mehta (Director of AI, Nimbus Cloud).",
     {"Sarah Kim": ({Role.PANELIST}, [("Tokai Motors", "Head of Research")]),
      "Raj Mehta": ({Role.PANELIST}, [("Nimbus Cloud", "Director of AI")])}),
    # capitalised words after an article are a thing's name, not a person's, even after a part's label
    ('Keynote: "AI on the Factory Floor" - Dr. Ana Silva, Chief Scientist, Nimbus',
     {"Ana Silva": ({Role.KEYNOTE}, [("Nimbus", "Chief Scientist")])}),
    ("Keynote: AI on the Factory Floor - Ana Silva, Chief Scientist, Nimbus",
     {"Ana Silva": ({Role.KEYNOTE}, [("Nimbus", "Chief Scientist")])}),
])
def test_a_programme_line_names_its_people_only(text: str, expected: dict) -> None:
    assert _people("The Ridge AI Forum was held on Oct. 8.\n" + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ministry whose portfolio has commas inside, after the name's "of"
    ("Deputy Minister Choi Nam-ho of the Ministry of Trade, Industry and Energy gave a congratulatory speech.",
     {"Choi Nam-ho": ({Role.OTHER}, [("Ministry of Trade, Industry and Energy", "Deputy Minister")])}),
    ("Ana Vale of the Department of Jobs, Skills and Industry gave a congratulatory speech.",
     {"Ana Vale": ({Role.OTHER}, [("Department of Jobs, Skills and Industry", None)])}),
    # a brand written as capitals and a lower-case word owns the name after it
    ("During the forum, SK hynix's Park Myoung-jae spoke on memory for AI.",
     {"Park Myoung-jae": ({Role.SPEAKER}, [("SK hynix", None)])}),
    ("During the forum, KT cloud's Lee Min-ho spoke on memory for AI.",
     {"Lee Min-ho": ({Role.SPEAKER}, [("KT cloud", None)])}),
])
def test_an_organization_written_with_commas_or_lower_case(text: str, expected: dict) -> None:
    assert _people("The AI Forum was held on Oct. 8. " + text) == expected


@pytest.mark.parametrize(("text", "quoted"), [
    # two people of one surname: a later surname alone is the one named last before it
    ('Ha Jung-woo, the presidential secretary for AI, delivered a keynote. "We aim high," Ha said. Later, Naver '
     "Cloud's Ha Sang-wook joined a panel.", "Ha Jung-woo"),
    ("Kim Min-ji of Orbis opened the day. Kim Tae-ho of Nimbus gave the keynote. \"Chips matter,\" Kim said.",
     "Kim Tae-ho"),
])
def test_a_surname_shared_by_two_is_the_one_named_last(text: str, quoted: str) -> None:
    found = _people("The AI Forum was held in Seoul on Wednesday. " + text)
    assert [n for n, (roles, _affs) in found.items() if Role.QUOTED in roles] == [quoted]


def test_a_shared_surname_before_anyone_is_named_in_full_is_no_one() -> None:
    found = _people('"Chips matter," Kim said at the AI Forum on Wednesday. Kim Min-ji of Orbis and Kim Tae-ho of '
                    "Nimbus spoke.")
    assert not any(Role.QUOTED in roles for roles, _affs in found.values())


@pytest.mark.parametrize(("text", "name", "title"), [
    # a portfolio in capitals between a title and the name, its last words too
    ("Commissioner for Internal Market Thierry Breton opened the summit.", "Thierry Breton",
     "Commissioner for Internal Market"),
    ("Commissioner for Jobs and Social Rights Nicolas Schmit opened the summit.", "Nicolas Schmit",
     "Commissioner for Jobs and Social Rights"),
])
def test_a_portfolio_in_capitals_before_the_name(text: str, name: str, title: str) -> None:
    found = _people("The AI Summit was held in Brussels on Tuesday. " + text)
    assert set(found) == {name} and found[name][1] == [(None, title)]


@pytest.mark.parametrize("text", [
    # remarks of one's own, with nothing said about them
    "Secretary of Commerce Gina Raimondo delivered remarks, and the day went on.",
    "Ana Vale, CEO of Nimbus, gave remarks at the reception.",
])
def test_remarks_of_ones_own(text: str) -> None:
    found = _people("The AI Summit was held in Washington on Tuesday. " + text)
    assert [roles for roles, _affs in found.values()] == [{Role.SPEAKER}]


@pytest.mark.parametrize(("text", "expected"), [
    # a part's header on a line of its own, then one person per bulleted line, with or without an organization
    ("Speakers:\n- Marco Bianchi (Orbis Robotics)\n- Ana Vale (Nimbus)",
     {"Marco Bianchi": ({Role.SPEAKER}, [("Orbis Robotics", None)]), "Ana Vale": ({Role.SPEAKER}, [("Nimbus", None)])}),
    ("Panelists:\n1. Marco Bianchi\n2. Ana Vale",
     {"Marco Bianchi": ({Role.PANELIST}, []), "Ana Vale": ({Role.PANELIST}, [])}),
    # a blank line ends the list; a header of no part heads no people
    ("Speakers:\n- Marco Bianchi (Orbis Robotics)\n\n- Ana Vale (Nimbus)",
     {"Marco Bianchi": ({Role.SPEAKER}, [("Orbis Robotics", None)])}),
    ("Topics:\n- Data Spaces\n- Edge Robotics", {}),
])
def test_a_header_line_above_bulleted_people(text: str, expected: dict) -> None:
    assert _people("The Lakeside AI Forum took place on 3 March in Porto.\n" + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part's header on a line of its own, then one body per bulleted line
    ("Sponsors:\n- Orbis Robotics\n- Daon Capital", ([], ["Orbis Robotics", "Daon Capital"])),
    ("Organized by\n- Ridge University\n- Lake Institute (LI)\n\nSupporters:\n* Nimbus Cloud",
     (["Ridge University", "Lake Institute"], ["Nimbus Cloud"])),
])
def test_a_header_line_above_bulleted_bodies(text: str, expected: tuple) -> None:
    _e, orgs = _event("The Lakeside AI Forum took place on 3 March in Porto.\n" + text, published="2026-03-10")
    assert (orgs["organizers"], orgs["sponsors"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a labelled line lists every body to its end, its bar, its sentence's end or the next label
    ("Sponsors: Orbis Robotics, Daon Capital", ([], ["Orbis Robotics", "Daon Capital"])),
    ("Organizers: Ridge University and Lake Institute | Sponsor: Nimbus Cloud",
     (["Ridge University", "Lake Institute"], ["Nimbus Cloud"])),
    ("Sponsors: Orbis Robotics, Daon Capital and Nimbus Cloud. The event drew 300 people.",
     ([], ["Orbis Robotics", "Daon Capital", "Nimbus Cloud"])),
    # one body alone stays one
    ("Organizer: Ridge University  Sponsor: Nimbus Cloud", (["Ridge University"], ["Nimbus Cloud"])),
    # the full stops of initials and legal forms end no list
    ("Organizer: U.S. Chamber of Commerce\nSponsors: Acme Inc., Daon Co. and St. Mary's Hospital",
     (["U.S. Chamber of Commerce"], ["Acme Inc", "Daon Co", "St. Mary's Hospital"])),
])
def test_a_labelled_line_lists_every_body(text: str, expected: tuple) -> None:
    _e, orgs = _event("The Lakeside AI Forum took place on 3 March in Porto.\n" + text, published="2026-03-10")
    assert (orgs["organizers"], orgs["sponsors"]) == expected


@pytest.mark.parametrize("text", [
    # the city a sentence holding the event names, when the venue's own sentence names none
    "At Lake Automate 2026 in Detroit, Marc Segal of Norvik spoke. The four-day show drew 45,000 visitors to Huntington "
    "Place.",
    "The Lake AI Forum in Detroit opened on Monday. The show was held at Huntington Place.",
])
def test_the_city_of_the_events_sentence_for_a_venue_named_later(text: str) -> None:
    e, _orgs = _event(text, published="2026-05-20")
    assert (e.venue, e.city) == ("Huntington Place", "Detroit")



@pytest.mark.parametrize(("text", "expected"), [
    # a district of its own words before the city, the city's part written before it
    ("The AI Forum was held at the Korea Press Center in Jung District, central Seoul, on Thursday.",
     ("Korea Press Center", "Seoul")),
    ("The AI Forum was held at the Hanbit Hall in Yuseong District, Daejeon, on Thursday.", ("Hanbit Hall", "Daejeon")),
])
def test_the_city_after_a_district(text: str, expected: tuple) -> None:
    e, _ = _event(text, published="2025-11-27")
    assert (e.venue, e.city) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural's possessive owns the title before an appositive name, whatever the title's words
    ("General Motors' vice president of global manufacturing engineering, Gerald Johnson, gave the morning keynote.",
     {"Gerald Johnson": ({Role.KEYNOTE}, [("General Motors", "vice president of global manufacturing engineering")])}),
    ("Ridge Robotics' head of field operations, Ana Vale, gave the morning keynote.",
     {"Ana Vale": ({Role.KEYNOTE}, [("Ridge Robotics", "head of field operations")])}),
    # an owner whose name ends in a business's word keeps the words before it; "brought together" introduces
    ("The panel brought together Siemens Digital Industries Software's Del Costy and Kathy Pham of Nimbus.",
     {"Del Costy": ({Role.PANELIST}, [("Siemens Digital Industries Software", None)]),
      "Kathy Pham": ({Role.PANELIST}, [("Nimbus", None)])}),
    ("The panel brought together Microsoft's Çağlayan Arkan and Kathy Pham of Nimbus.",
     {"Çağlayan Arkan": ({Role.PANELIST}, [("Microsoft", None)]), "Kathy Pham": ({Role.PANELIST}, [("Nimbus", None)])}),
])
def test_owners_before_titles_and_names(text: str, expected: dict) -> None:
    assert _people("The AI Forum was held on Tuesday. " + text) == expected


@pytest.mark.parametrize(("text", "role"), [
    # a talk of one's own by its kind; the host's opening address stays the host's
    ("S. Krishnan, Secretary, Ministry of Electronics, delivered the special address.", Role.SPEAKER),
    ("Tom Reed, CEO of Orbis, gave a plenary lecture on robot safety.", Role.SPEAKER),
    ("Tom Reed, CEO of Orbis, delivered the address.", Role.SPEAKER),
    ("Tom Reed, CEO of Orbis, delivered the opening address.", Role.HOST_REP),
])
def test_an_address_by_its_kind(text: str, role: Role) -> None:
    found = _people("The AI Forum was held on Friday. " + text)
    assert [roles for roles, _affs in found.values()] == [{role}]


@pytest.mark.parametrize(("text", "expected"), [
    # a place with a name after it opening the sentence is part of the organization's name
    ("Busan Techno Park President Kim Hyung-gyun spoke at the AI Forum on Friday.",
     {"Kim Hyung-gyun": ({Role.SPEAKER}, [("Busan Techno Park", "President")])}),
    ("Korean Air CEO Cho Won-tae spoke at the AI Forum on Friday.",
     {"Cho Won-tae": ({Role.SPEAKER}, [("Korean Air", "CEO")])}),
    ("Chicago Mayor Rahm Emanuel spoke at the AI Forum on Friday.",
     {"Rahm Emanuel": ({Role.SPEAKER}, [(None, "Chicago Mayor")])}),
    # the organization a relative "whose" refers back to
    ("At the AI Forum on Friday, the prize went to Seawise Robotics, whose CEO Park Jun-young presented a robot.",
     {"Park Jun-young": ({Role.SPEAKER}, [("Seawise Robotics", "CEO")])}),
    # ... the name set off by commas after the title
    ("At the AI Forum on Friday, the prize went to Seawise Robotics, whose CEO, Park Jun-young, presented a robot.",
     {"Park Jun-young": ({Role.SPEAKER}, [("Seawise Robotics", "CEO")])}),
    ("The AI Forum was organized by the Ridge Institute, whose president, Ana Vale, welcomed the guests.",
     {"Ana Vale": ({Role.HOST_REP}, [("Ridge Institute", "president")])}),
    # the chair of a jury judges
    ("At the AI Forum on Friday, the judging panel was chaired by Choi Dong-hoon, a professor at Ridge University.",
     {"Choi Dong-hoon": ({Role.OTHER}, [("Ridge University", "professor")])}),
    ("At the AI Forum on Friday, a jury headed by Choi Dong-hoon, a professor at Ridge University, picked the winners.",
     {"Choi Dong-hoon": ({Role.OTHER}, [("Ridge University", "professor")])}),
])
def test_places_in_names_whose_and_juries(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Team" opening a sentence is no organization: "Team member" is the person's place in a team
    ("Team member Jordan Ellis, a student, said the mentors made the difference.",
     {"Jordan Ellis": (set(), [(None, "Team member")])}),
    ("Team leader Jordan Ellis of Lakeview Tech presented the winning model.",
     {"Jordan Ellis": ({Role.SPEAKER}, [("Lakeview Tech", "Team leader")])}),
])
def test_a_team_is_no_organization(text: str, expected: dict) -> None:
    assert _people("The AI Hackathon was held on Friday. " + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # German academic and engineering styles before a name; an honorific after "and" opens the next person
    ("Dipl.-Ing. Anna Weber of Orbis GmbH and Univ.-Prof. Dr. Klaus Meier (TU Munich) joined the panel.",
     {"Anna Weber": ({Role.PANELIST}, [("Orbis GmbH", None)]), "Klaus Meier": ({Role.PANELIST}, [("TU Munich", None)])}),
    ("Prof. Dr.-Ing. Thomas Bauer, head of the Ridge Institute for Robotics, gave the keynote.",
     {"Thomas Bauer": ({Role.KEYNOTE}, [("Ridge Institute for Robotics", "head")])}),
    # an Arabic name's particles, capitalised or not, are no words of its length
    ("H.H. Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum delivered the keynote.",
     {"Hamdan bin Mohammed bin Rashid Al Maktoum": ({Role.KEYNOTE}, [])}),
])
def test_styles_before_names_and_long_arabic_names(text: str, expected: dict) -> None:
    assert _people("The AI Summit was held on Tuesday. " + text) == expected


@pytest.mark.parametrize(("text", "role"), [
    # those named out of a counted crowd attended, whatever gathered them
    ("The forum brought together some 200 officials and industry leaders, including Kwak Noh-jung, CEO of SK hynix.",
     Role.ATTENDEE),
    ("The forum drew some 200 officials and industry leaders, including Kwak Noh-jung, CEO of SK hynix.",
     Role.ATTENDEE),
    # a count of those who take a part leaves the part to its cue
    ("The forum featured 12 speakers, including Kwak Noh-jung, CEO of SK hynix.", Role.SPEAKER),
])
def test_those_named_out_of_a_counted_crowd(text: str, role: Role) -> None:
    assert _people("The AI Forum was held on Tuesday. " + text)["Kwak Noh-jung"][0] == {role}


@pytest.mark.parametrize(("text", "organizers"), [
    # organizers named in the plural before the sentence's verb are each one
    ("Organizers Nimbus Labs and Orbis said attendance doubled.", ["Nimbus Labs", "Orbis"]),
    # two fields of one name joined by "and" stay one name
    ("Organizers Ridge Science and Technology Park said attendance doubled.", ["Ridge Science and Technology Park"]),
])
def test_organizers_named_in_the_plural(text: str, organizers: list[str]) -> None:
    _e, orgs = _event("The Ridge AI Summit took place Tuesday at Pine Hall. " + text, published="2025-11-26")
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # a part's word right before the last name of a list labels that name alone
    ("Panelists discuss AI safety at the forum. From left are Ana Vale of Nimbus, Tom Reed of Orbis and moderator "
     "Lee Min-ho.", {"Ana Vale": Role.PANELIST, "Tom Reed": Role.PANELIST, "Lee Min-ho": Role.MODERATOR}),
    ("The panel featured Ana Vale of Nimbus, Tom Reed of Orbis and moderator Lee Min-ho.",
     {"Ana Vale": Role.PANELIST, "Tom Reed": Role.PANELIST, "Lee Min-ho": Role.MODERATOR}),
])
def test_a_label_before_the_last_name_of_a_list(text: str, expected: dict) -> None:
    found = _people("The AI Forum was held on Tuesday at Pine Hall.\n\n" + text)
    assert {n: roles for n, (roles, _affs) in found.items()} == {n: {r} for n, r in expected.items()}


@pytest.mark.parametrize(("text", "sponsors"), [
    # a sponsor's tier, then its name
    ("Title sponsor Nimbus Labs and gold sponsor Orbis hosted booths.", ["Nimbus Labs", "Orbis"]),
    ("Booths were set up by platinum sponsor Orbis.", ["Orbis"]),
])
def test_a_sponsors_tier_before_its_name(text: str, sponsors: list[str]) -> None:
    _e, orgs = _event("The Ridge AI Summit took place Tuesday at Pine Hall. " + text, published="2025-11-26")
    assert orgs["sponsors"] == sponsors


@pytest.mark.parametrize(("text", "expected"), [
    # a post-nominal's full stop before "of" ends no item; a Vietnamese given name that is an English word
    ("Speakers included Robert Kim Jr. of Daon and Zhang Wei of Baidu.",
     {"Robert Kim Jr.": ({Role.SPEAKER}, [("Daon", None)]), "Zhang Wei": ({Role.SPEAKER}, [("Baidu", None)])}),
    ("Speakers included Nguyen Van An of VinAI and Zhang Wei of Baidu.",
     {"Nguyen Van An": ({Role.SPEAKER}, [("VinAI", None)]), "Zhang Wei": ({Role.SPEAKER}, [("Baidu", None)])}),
])
def test_names_with_post_nominals_and_given_names_that_are_words(text: str, expected: dict) -> None:
    assert _people("The AI Forum was held on Tuesday. " + text) == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # a title-case headline's subject, before its verb of holding
    ("Nimbus Labs Hosts Robot Week 2025\n\nThe event drew 2,000 engineers to the Pine Convention Center on Tuesday.",
     ["Nimbus Labs"]),
    ("Ridge State University Convenes Industrial AI Summit\n\nThe summit drew 300 people to Pine Hall on Tuesday.",
     ["Ridge State University"]),
])
def test_a_title_case_headlines_subject_holds_the_event(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text, published="2025-11-26")
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause after the post says more about the person, no part of the post
    ("Sessions featured Henry Liu, a Lake University professor of civil engineering who directs Mcity.",
     {"Henry Liu": ("Lake University", "professor of civil engineering")}),
    ("Speakers included Ana Vale, head of robotics at Nimbus, which builds arms, and Tom Reed.",
     {"Ana Vale": ("Nimbus", "head of robotics")}),
    ("Speakers included Ana Vale, a professor of robotics whose lab builds arms, and Tom Reed.",
     {"Ana Vale": (None, "professor of robotics")}),
    # a field or unit word before the head: an owner's or a company's country manager, plant manager
    ("Panelists were Intel's Korea country manager Bae Tae-won and Tom Reed of Daon.",
     {"Bae Tae-won": ("Intel", "Korea country manager")}),
    ("Lake Motors plant manager Ana Vale and Nimbus quality director Tom Reed spoke.",
     {"Ana Vale": ("Lake Motors", "plant manager"), "Tom Reed": ("Nimbus", "quality director")}),
])
def test_relative_clauses_and_field_words_in_a_post(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert {name: found[name][1][0] for name in expected} == expected


@pytest.mark.parametrize("text", [
    # a list whose first item is an owner's title and a name: the items after it are the cue's people too
    "Sessions featured Ford's director of automated driving Sam Abuelsamid, GM's Kristin Kolodge and Tom Reed.",
    "The panel included Nimbus's head of AI Sam Abuelsamid and Orbis's Kristin Kolodge.",
])
def test_a_list_opening_with_an_owned_title(text: str) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert "Sam Abuelsamid" in found and "Kristin Kolodge" in found
    assert found["Kristin Kolodge"][0] == found["Sam Abuelsamid"][0] != set()


def test_the_words_of_an_organization_named_in_a_semicolon_list_are_no_person() -> None:
    # "CEO of the German Research Center for Artificial Intelligence (DFKI)": "Artificial Intelligence" is the
    # body's, not a person with the body in parentheses
    found = _people("The Lake AI Forum was held on May 5. Speakers include Roland Vale, CEO of Siemens AG; Ana Kruger, CEO "
                    "of the Lake Research Center for Artificial Intelligence (LRCAI); and Mia Holt, former CEO of Orbis.")
    assert set(found) == {"Roland Vale", "Ana Kruger", "Mia Holt"}
    assert found["Ana Kruger"][1] == [("Lake Research Center for Artificial Intelligence", "CEO")]


@pytest.mark.parametrize(("text", "name", "org"), [
    # a name an owner's possessive opens is a person when it has a Korean name's shape or a relative clause
    # only a person takes, whatever the verb after it
    ("Lee Sang-hoon of Samsung presented a platform, while LG Electronics' Kim Hee-jung, who heads its research "
     "institute, introduced a digital twin project.", "Kim Hee-jung", "LG Electronics"),
    ("Nimbus Labs' Ana Vale, who leads its robotics team, demonstrated a new arm.", "Ana Vale", "Nimbus Labs"),
])
def test_an_owned_name_with_a_persons_evidence(text: str, name: str, org: str) -> None:
    found = _people("The Lake AI Forum was held on Friday. " + text)
    assert found[name][0] == {Role.SPEAKER}
    assert found[name][1][0][0] == org


def test_an_owned_product_is_no_person() -> None:
    assert _people("The Lake AI Forum was held on Friday. Samsung's Galaxy Ring introduced new sensors.") == {}


@pytest.mark.parametrize(("text", "expected"), [
    # a portfolio after "Minister of State for" set before the name is the whole title, no organization
    ("The Union Minister of State for Electronics and Information Technology, Shri Jitin Prasada, inaugurated the "
     "summit.", ("Jitin Prasada", None, "Union Minister of State for Electronics and Information Technology")),
    # a former post between commas keeps its marker before the organization
    ("Shri Vikram Kirloskar, former President, CII, also spoke on the occasion.",
     ("Vikram Kirloskar", "CII", "former President")),
    ("Tom Reed, Former Director, Lake Corp, spoke.", ("Tom Reed", "Lake Corp", "Former Director")),
])
def test_a_portfolio_before_the_name_and_a_former_post_between_commas(text: str, expected: tuple) -> None:
    found = _people("The Lake AI Summit was held on Friday. " + text)
    name, org, title = expected
    assert found[name][1] == [(org, title)]


@pytest.mark.parametrize(("text", "roles", "org"), [
    # '"…," said NAME of ORG': the verb of saying is a person's evidence for the one-word organization after "of";
    # the session the quote came from is the speaker's
    ('"Data is the bottleneck," said Tom Reed of Nimbus during a session on quality.', {Role.QUOTED, Role.SPEAKER},
     "Nimbus"),
    ('"Data is the bottleneck," said Tom Reed of Orbis.', {Role.QUOTED}, "Orbis"),
    # a demonstration given on stage is a talk
    ("Tom Reed, CTO of Nimbus, gave a live demo of the new arm.", {Role.SPEAKER}, "Nimbus"),
])
def test_said_of_one_word_organization_sessions_and_demos(text: str, roles: set, org: str) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert found["Tom Reed"][0] == roles
    assert found["Tom Reed"][1][0][0] == org


@pytest.mark.parametrize(("text", "name", "org", "title"), [
    # a party by its place in parliament before its name
    ("Rep. Kim Sung-won of the ruling People Power Party attended.", "Kim Sung-won", "People Power Party", "Rep."),
    ("Rep. Kim Sung-won of the main opposition Democratic Party attended.", "Kim Sung-won", "Democratic Party", "Rep."),
    # a field in capitals after an owner's possessive is the title's, as a region is
    ("Naver Cloud CEO Kim Yu-won and Kakao's AI head Lee Sang-ho joined a panel.", "Lee Sang-ho", "Kakao", "AI head"),
    ("Samsung's R&D head Tom Reed spoke.", "Tom Reed", "Samsung", "R&D head"),
])
def test_a_partys_place_and_a_field_after_an_owner(text: str, name: str, org: str, title: str) -> None:
    found = _people("The Korea AI Forum was held on Monday. " + text)
    assert found[name][1] == [(org, title)]


@pytest.mark.parametrize("text", [
    # an acronym defined after the second of two bodies whose names open with the same word names the second
    ("The Lake AI Summit, hosted by the Korea Economic Daily and the Korea Association of Robot Industry (KAR), "
     "drew 700 people.\n\nKim Kyung-min, chairman of KAR, said in his closing remarks that it would grow."),
    ("The Lake AI Summit, hosted by Lake Media and the Lake Association of Robot Makers (LARM), drew 700 people. "
     "Kim Kyung-min, chairman of LARM, gave the closing remarks."),
])
def test_an_acronym_defined_after_the_second_of_two_bodies(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    orgs = {o.id: o for o in x.organizations}
    [e] = x.events
    assert sorted(orgs[o].name for o in e.organizers) == sorted(
        ["Korea Economic Daily", "Korea Association of Robot Industry"] if "KAR" in text
        else ["Lake Media", "Lake Association of Robot Makers"])
    [kim] = [p for p in x.people if p.name == "Kim Kyung-min"]
    assert orgs[kim.affiliations[0].org].name in ("Korea Association of Robot Industry", "Lake Association of Robot Makers")


@pytest.mark.parametrize(("text", "name", "org"), [
    # a month's word after a given name is the name's last part when no day follows it
    ("Robin Li, co-founder and CEO of Baidu, and Lei Jun, founder of Xiaomi, also addressed the event.", "Lei Jun",
     "Xiaomi"),
    ("Xiaomi founder Lei Jun spoke at the expo.", "Lei Jun", "Xiaomi"),
])
def test_a_month_as_a_names_last_part(text: str, name: str, org: str) -> None:
    found = _people("The Lake AI Expo opened on Monday May 5 in Seoul. " + text)
    assert found[name][1][0][0] == org
    assert found[name][0] == {Role.SPEAKER}
    assert not any(n.endswith(("May", "March")) for n in found)  # "Monday May 5": a date


def test_the_place_of_a_unit_with_a_long_name_is_no_venue() -> None:
    e, _ = _event("The 9th Lake Intelligence Expo opened Saturday in Tianjin. Speaking at a forum during the expo, Zhang "
                  "Yaqin, dean of the Institute for AI Industry Research at Hanbit University, said models would change.")
    assert e.venue is None and e.city == "Tianjin"


def test_appearing_alongside_a_speaker_in_a_session() -> None:
    found = _people("The Lake AI Forum was held on Tuesday. Toyota Motor President Koji Sato appeared alongside Denso CEO "
                    "Shinnosuke Hayashi in a session titled \"Mobility in the Age of AI.\"")
    assert found["Koji Sato"][0] == found["Shinnosuke Hayashi"][0] == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "expected"), [
    # an occupation before the name is a title; a master of ceremonies' duties are the moderator's part
    ("Emcee duties were handled by comedian Tom Reed.", {"Tom Reed": ({Role.MODERATOR}, [(None, "comedian")])}),
    ("Novelist Ana Vale read from her new book.", {"Ana Vale": (set(), [(None, "Novelist")])}),
    # a conversation on stage: "sat down with"
    ("Tom Reed of Nimbus sat down with Mia Holt of Kestrel for a conversation about hiring.",
     {"Tom Reed": ({Role.SPEAKER}, [("Nimbus", None)]), "Mia Holt": ({Role.SPEAKER}, [("Kestrel", None)])}),
    ("Later, Tom Reed, CEO of Nimbus, sat down with Mia Holt, CTO of Kestrel.",
     {"Tom Reed": ({Role.SPEAKER}, [("Nimbus", "CEO")]), "Mia Holt": ({Role.SPEAKER}, [("Kestrel", "CTO")])}),
])
def test_occupations_emcees_and_conversations(text: str, expected: dict) -> None:
    assert _people("The Lake AI Forum was held on Monday. " + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an owner's annual event with a word of its kind between; a second clause's "acted as co-host"
    ("Nimbus Labs' annual user conference, Nimbus Connect 2025, was held on May 5 at Lake Hall.",
     {"organizers": ["Nimbus Labs"]}),
    ("The Lake AI Summit was held on May 5 at Lake Hall. The Ridge Institute acted as organizer, while Nimbus Labs "
     "acted as co-host.", {"organizers": ["Ridge Institute"], "co_organizers": ["Nimbus Labs"]}),
    # a part taken again, or kept
    ("The Lake AI Summit was held on May 5 at Lake Hall. Nimbus Labs returned as the summit's lead sponsor.",
     {"sponsors": ["Nimbus Labs"]}),
    ("The Lake AI Summit was held on May 5 at Lake Hall. The Ridge Institute remained the event's host, and Nimbus Labs "
     "came back as a partner.", {"organizers": ["Ridge Institute"], "sponsors": ["Nimbus Labs"]}),
    # a partner in organizing it, before its name; the part an appositive gives a body
    ("The Lake AI Summit was held on May 5 at Lake Hall. Organizing partner Arden University handled registration.",
     {"co_organizers": ["Arden University"]}),
    # a sponsor's own reception is no event it holds
    ("The Lake AI Summit was held on May 5 at Lake Hall. Arden Bank, the summit's founding sponsor, hosted a "
     "reception.", {"organizers": [], "sponsors": ["Arden Bank"]}),
    ("The Lake AI Summit was held on May 5 at Lake Hall. Arden Bank hosted a dinner for the speakers.",
     {"organizers": []}),
])
def test_annual_events_second_clauses_partners_and_side_events(text: str, expected: dict) -> None:
    _e, found = _event(text)
    assert {role: found[role] for role in expected} == expected


@pytest.mark.parametrize(("text", "name"), [
    # "May" after a preposition of time, or before a day, ends an event's name
    ("Arden Bank hosted the Lake AI Summit on May 5.", "Lake AI Summit"),
    ("The Lake AI Summit in May drew 300 people.", "Lake AI Summit"),
    ("The May Robotics Summit opened on Tuesday.", "May Robotics Summit"),
])
def test_may_as_a_month_after_an_events_name(text: str, name: str) -> None:
    e, _ = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "name", "start"), [
    # the dates written before an event's name are no part of it
    ("The Nov. 5-6 Lake AI Summit drew 300 people to Lake Hall.", "Lake AI Summit", "2024-11-05"),
    ("The March 3 Lake AI Summit drew 300 people to Lake Hall.", "Lake AI Summit", "2025-03-03"),
    ("The March of Robots Summit drew 300 people to Lake Hall on Monday.", "March of Robots Summit", "2025-06-09"),
])
def test_a_date_before_an_events_name(text: str, name: str, start: str) -> None:
    e, _ = _event(text)
    assert (e.name, e.start) == (name, start)


@pytest.mark.parametrize(("text", "org", "title"), [
    # a former body, then the current post after "now"
    ("Tom Reed, formerly of Orbis, now chief scientist at Nimbus Labs, spoke first.", "Nimbus Labs", "chief scientist"),
    ("Tom Reed, previously at Orbis, now head of AI at Nimbus Labs, spoke first.", "Nimbus Labs", "head of AI"),
    # the body joined and the post it was joined as
    ("Tom Reed, who joined Nimbus Labs last year as CTO, spoke first.", "Nimbus Labs", "CTO"),
    ("Tom Reed, who joined Arden University in 2021 as a professor of robotics, spoke first.", "Arden University",
     "professor of robotics"),
])
def test_a_former_body_and_a_body_joined_as(text: str, org: str, title: str) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert found["Tom Reed"][1] == [(org, title)]


@pytest.mark.parametrize("text", [
    # those a gathering drew, named as examples of the crowd, attended it
    "The forum drew executives such as Tom Reed of Nimbus and Mia Holt of Kestrel.",
    "The forum attracted industry leaders including Tom Reed, CEO of Nimbus, and Mia Holt, CTO of Kestrel.",
])
def test_those_a_gathering_drew_as_examples(text: str) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert found["Tom Reed"][0] == found["Mia Holt"][0] == {Role.ATTENDEE}


@pytest.mark.parametrize(("text", "quoted"), [
    # the subject's participle of saying before its quote
    ('Tom Reed, CEO of Nimbus, gave the keynote, telling the audience: "Data is everything."', {"Tom Reed"}),
    ('Tom Reed, CEO of Nimbus, gave the keynote, saying that "data is everything."', {"Tom Reed"}),
    # not for a person named after the subject, nor, past them, for the subject
    ('Tom Reed, CEO of Nimbus, introduced Mia Holt, CTO of Kestrel, saying: "She built our first robot."', set()),
])
def test_a_participle_of_saying_before_the_quote(text: str, quoted: set) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert {n for n, (roles, _a) in found.items() if Role.QUOTED in roles} == quoted


@pytest.mark.parametrize(("text", "roles"), [
    # a person of a one-word organization taking a part "as" it
    ("The panel, with Tom Reed of Nimbus as moderator, featured Mia Holt of Kestrel and Ana Vale of Orbis.",
     {"Tom Reed": {Role.MODERATOR}, "Mia Holt": {Role.PANELIST}, "Ana Vale": {Role.PANELIST}}),
    ("The closing session, with Tom Reed of Nimbus as the host, ran late.", {"Tom Reed": {Role.MODERATOR}}),
])
def test_a_part_taken_as_it(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday. " + text)
    assert {n: found[n][0] for n in roles} == roles


@pytest.mark.parametrize(("text", "expected"), [
    # two bodies named after "of", each with its own word for an organization; one name's fields joined by "and"
    ("The Lake AI Forum drew 300 people on Monday. The forum is an initiative of the Ridge Institute and Arden "
     "University.", {"organizers": ["Ridge Institute", "Arden University"]}),
    ("The Lake AI Forum, an initiative of the Ministry of Trade and Industry, drew 300 people on Monday.",
     {"organizers": ["Ministry of Trade and Industry"]}),
    # the owners of a joint gathering; the part an appositive gives a body
    ("The Ridge Institute and Nimbus Labs' joint forum on AI drew 300 people on Monday.",
     {"organizers": ["Ridge Institute", "Nimbus Labs"]}),
    ("The Lake AI Forum drew 300 people on Monday. The Ridge Institute, the forum's organizer, said it would return.",
     {"organizers": ["Ridge Institute"]}),
])
def test_two_bodies_joint_owners_and_an_organizer_in_apposition(text: str, expected: dict) -> None:
    _e, found = _event(text)
    assert {role: found[role] for role in expected} == expected


@pytest.mark.parametrize(("text", "org"), [
    # "who heads/leads …": the body one leads, by its name or by its kind word referring back to the event's
    ("The Ridge Institute organized the Lake AI Forum on Monday. Ana Vale, who heads the institute, welcomed the "
     "guests.", "Ridge Institute"),
    ("The Lake AI Forum was held on Monday. Ana Vale, who leads Nimbus Labs, spoke first.", "Nimbus Labs"),
])
def test_the_body_one_heads(text: str, org: str) -> None:
    assert _people(text)["Ana Vale"][1] == [(org, None)]


def test_a_kind_word_that_finds_no_body_leaves_no_empty_affiliation() -> None:
    found = _people("The Lake AI Forum was held on Monday. Ana Vale, who heads the institute, spoke first.")
    assert found["Ana Vale"] == ({Role.SPEAKER}, [])


@pytest.mark.parametrize(("text", "roles"), [
    # a caption's place of the person (third from left) says they were there, when nothing else gives a part
    ("Tom Reed (third from left), CEO of Nimbus, cuts the ribbon with guests at the forum. (Courtesy of Nimbus)",
     {Role.ATTENDEE}),
    ("Tom Reed (R), CEO of Nimbus, shakes hands with guests at the forum.", {Role.ATTENDEE}),
    # ... and a part the sentence gives stays the part
    ("Tom Reed (left), CEO of Nimbus, speaks at the forum.", {Role.SPEAKER}),
])
def test_a_captions_place_of_the_person(text: str, roles: set) -> None:
    found = _people("The Lake AI Forum was held on Monday in Seoul.\n\n" + text)
    assert found["Tom Reed"][0] == roles


@pytest.mark.parametrize(("text", "org", "title"), [
    # the organization an "its" refers to: the name the phrase hangs on, the same sentence's subject
    ("Among the exhibitors was Corvane Dynamics, represented by its chief technology officer, Ana Vale, who showed "
     "a welding robot.", "Corvane Dynamics", "chief technology officer"),
    ("Corvane Dynamics, led by its founder, Ana Vale, showed a welding robot.", "Corvane Dynamics", "founder"),
    ("Corvane Dynamics and its CEO Ana Vale showed a welding robot.", "Corvane Dynamics", "CEO"),
    ("Corvane Dynamics sent its chief technology officer, Ana Vale, who showed a welding robot.", "Corvane Dynamics",
     "chief technology officer"),
    ("Corvane Dynamics said its CEO Ana Vale would give the keynote.", "Corvane Dynamics", "CEO"),
])
def test_the_body_its_refers_to_in_the_same_sentence(text: str, org: str, title: str) -> None:
    found = _people("The Lake AI Forum was held on Monday in Seoul. " + text)
    assert found["Ana Vale"][1] == [(org, title)]


@pytest.mark.parametrize(("text", "org", "title"), [
    # an editor's, a publisher's, a founder's "of" names a body, whatever its words
    ("The panel was moderated by Ana Vale, editor of Manufacturing Today.", "Manufacturing Today", "editor"),
    ("Speakers included Ana Vale, publisher of Robot Report, and Tom Reed.", "Robot Report", "publisher"),
    ("Ana Vale, founder of Smart Factory Hub, spoke first.", "Smart Factory Hub", "founder"),
    # ... while another head's "of" in such words is a field
    ("Ana Vale, director of Smart Manufacturing, spoke first.", None, "director of Smart Manufacturing"),
])
def test_heads_whose_of_names_a_body(text: str, org: str | None, title: str) -> None:
    found = _people("The Lake AI Forum was held on Monday in Seoul. " + text)
    assert found["Ana Vale"][1] == [(org, title)]


@pytest.mark.parametrize(("text", "org", "title"), [
    # a field after "of", then the organization after the comma (in a list, not only at a line's end)
    ("Speakers include Ana Vale, Head of Smart Factory, Corvane Connect; and Tom Reed, CTO, Flex Ltd.",
     "Corvane Connect", "Head of Smart Factory"),
    ("Speakers include Ana Vale, Vice President of Global Operations, Corvane, and Tom Reed.", "Corvane",
     "Vice President of Global Operations"),
    # "MD of/at ORG" is a managing director, not the letters of a doctor of medicine
    ("The panel featured Ana Vale, MD of Bosch India, and Tom Reed.", "Bosch India", "MD"),
    ("The panel featured Ana Vale, MD at Corvane.", "Corvane", "MD"),
])
def test_a_field_then_the_organization_and_a_managing_director(text: str, org: str, title: str) -> None:
    found = _people("The Lake AI Forum was held on Monday in Seoul. " + text)
    assert found["Ana Vale"][1] == [(org, title)]
    assert "Corvane Connect" not in found


@pytest.mark.parametrize(("text", "organizers"), [
    # a press release's subject that says it will host the event (a legal form's full stop, "today", "is hosting")
    ("Veritas Automation Inc. today announced that it will host the Industrial AI Leadership Summit on Oct. 21.",
     ["Veritas Automation Inc"]),
    ("Veritas Automation announced it is hosting its first Industrial AI Leadership Summit on Oct. 21.",
     ["Veritas Automation"]),
    ("Veritas Automation said Tuesday it will be holding the Industrial AI Leadership Summit on Oct. 21.",
     ["Veritas Automation"]),
])
def test_a_subject_that_says_it_will_host(text: str, organizers: list) -> None:
    _e, found = _event(text, published="2026-09-03")
    assert found["organizers"] == organizers


@pytest.mark.parametrize(("text", "city"), [
    # a city whose words are names too, known as a whole; the day after it is no part of it
    ("The Lake AI Forum was held in San Jose Monday.", "San Jose"),
    ("The Lake AI Forum was held on Monday in Salt Lake City.", "Salt Lake City"),
    ("The Lake AI Forum was held on Monday in Seoul.", "Seoul"),
])
def test_cities_named_by_words_that_are_names_too(text: str, city: str) -> None:
    e, _found = _event(text)
    assert e.city == city


@pytest.mark.parametrize(("text", "roles"), [
    # a relative clause of one item ("who spoke about hands") keeps the list's cue for the items after it
    ("Speakers included Ana Vale of Corvane, who spoke about hands, and Tom Reed, a researcher at Ridge Lab.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    ("Panelists included Ana Vale of Corvane, who founded the firm in 2019, and Tom Reed of Ridge Lab.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    # ... and the clause's own cue stays its subject's
    ("Ana Vale, who gave a keynote, and Tom Reed of Ridge Lab attended the dinner.",
     {"Ana Vale": {Role.KEYNOTE}, "Tom Reed": {Role.ATTENDEE}}),
])
def test_a_relative_clause_inside_a_list(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum opened on Monday. " + text)
    assert {name: found[name][0] for name in roles} == roles


def test_a_place_before_a_companys_ending_is_the_companys_name() -> None:
    found = _people("The Lake AI Forum opened on Monday. Boston Dynamics CEO Robert Playter gave a video address.")
    assert found["Robert Playter"][1] == [("Boston Dynamics", "CEO")]
    found = _people("The Lake AI Forum opened on Monday. Chicago Mayor Brandon Johnson gave a video address.")
    assert found["Brandon Johnson"][1] == [(None, "Chicago Mayor")]


@pytest.mark.parametrize(("text", "expected"), [
    # a part of the event held by a body of its own: not the event's organizer
    ("The Lake AI Forum opened Tuesday in Seoul. Workshops covered robots. One, organised by Fraunhofer IPA, was "
     "chaired by Dr. Ana Vale.", {"organizers": []}),
    ("The Lake AI Forum opened Tuesday in Seoul. Another session, organized by Nimbus Labs, looked at chips.",
     {"organizers": []}),
    ("The Lake AI Forum, organized by Nimbus Labs, opened Tuesday in Seoul.", {"organizers": ["Nimbus Labs"]}),
    # the host for the year of an organizer's series; a university of a part of a country, then another body
    ("The Lake AI Forum 2026 opened Tuesday in Odense. The forum is organised by euRobotics and hosted this year by "
     "the University of Southern Denmark and Odense Robotics.",
     {"organizers": ["euRobotics"], "co_organizers": ["University of Southern Denmark", "Odense Robotics"]}),
    ("The Lake AI Forum 2026 opened Tuesday in Odense. It was organized by Nimbus Labs and sponsored this year by "
     "Orbis Bank.", {"organizers": ["Nimbus Labs"], "sponsors": ["Orbis Bank"]}),
    ("The Lake AI Forum was hosted by the University of Science and Technology on Monday.",
     {"organizers": ["University of Science and Technology"]}),
])
def test_a_parts_host_and_the_host_of_the_year(text: str, expected: dict) -> None:
    _e, found = _event(text)
    assert {role: found[role] for role in expected} == expected


def test_a_commissioner_for_a_portfolio_addressing_the_plenary() -> None:
    found = _people("The Lake AI Forum opened Tuesday in Odense. European Commissioner for Tech Sovereignty Ana Vale "
                    "addressed the opening plenary by video.")
    assert found["Ana Vale"] == ({Role.SPEAKER}, [(None, "European Commissioner for Tech Sovereignty")])


@pytest.mark.parametrize(("text", "venue"), [
    # "drew … to" names the place drawn to, not whose word a number is ("according to")
    ("The Lake AI Forum was held at a hotel in southern Seoul on Monday, which drew some 250 officials, according to "
     "the Ministry of Science and ICT.", None),
    ("The Lake AI Forum drew 250 officials to the Grand Hyatt Seoul on Monday.", "Grand Hyatt Seoul"),
])
def test_the_place_a_gathering_drew_people_to(text: str, venue: str | None) -> None:
    e, _found = _event(text)
    assert e.venue == venue


@pytest.mark.parametrize(("text", "org", "title"), [
    # a field of study or work in lower case between the organization and a lower-case head is the title's
    ("The panel was moderated by Seoul National University mechanical engineering professor Ana Vale.",
     "Seoul National University", "mechanical engineering professor"),
    ("The panel was moderated by KAIST computer science professor Ana Vale.", "KAIST", "computer science professor"),
    ("The panel was moderated by Nimbus Labs senior data scientist Ana Vale.", "Nimbus Labs", "senior data scientist"),
    # ... a capitalised word before a head stays the organization's
    ("Lotte Chemical CEO Ana Vale gave a talk.", "Lotte Chemical", "CEO"),
])
def test_a_field_in_lower_case_before_the_head(text: str, org: str, title: str) -> None:
    found = _people("The Lake AI Forum opened on Monday. " + text)
    assert found["Ana Vale"][1] == [(org, title)]


@pytest.mark.parametrize(("text", "city"), [
    # a province or a country after the venue is no city
    ("The Lake AI Expo opened Wednesday at Changwon Exhibition Convention Center in South Gyeongsang.", None),
    ("The Lake AI Expo opened Wednesday at the George R. Brown Convention Center in Houston, Texas.", "Houston"),
])
def test_a_region_after_the_venue_is_no_city(text: str, city: str | None) -> None:
    e, _found = _event(text)
    assert e.city == city


@pytest.mark.parametrize("text", [
    # the audience between the verb and what one gave them is no part of the one who gave it
    "Ana Vale of Nimbus Labs gave attendees an overview of the project.",
    "Ana Vale of Nimbus Labs offered the audience an overview of the project.",
    "Ana Vale of Nimbus Labs walked attendees through a case study.",
])
def test_an_overview_given_to_the_audience(text: str) -> None:
    found = _people("The Lake AI Forum was held on Monday in Seoul. " + text)
    assert found["Ana Vale"][0] == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "org", "title"), [
    # a former body, then the current post after "and now"
    ("Ana Vale, formerly of Google and now CTO at Nimbus Labs, spoke first.", "Nimbus Labs", "CTO"),
    ("Ana Vale, previously at Google and now chief scientist of Nimbus Labs, spoke first.", "Nimbus Labs",
     "chief scientist"),
    # a minister's post at a ministry: the ministry is the organization, not part of a portfolio
    ("Ana Vale, the deputy minister for AI policy at the Ministry of Science and ICT, spoke first.",
     "Ministry of Science and ICT", "deputy minister for AI policy"),
    ("Ana Vale, Minister of Trade, Industry and Energy, spoke first.", None, "Minister of Trade, Industry and Energy"),
    # an organization by its own word right after the name, with no post
    ("Ana Vale, Nimbus Labs, spoke first.", "Nimbus Labs", None),
    ("Speakers were Ana Vale, Orbis Inc.; Tom Reed, Ridge University; and Mia Holt.", "Orbis Inc", None),
])
def test_a_current_post_a_ministrys_post_and_a_bare_body(text: str, org: str | None, title: str | None) -> None:
    found = _people("The Lake AI Forum was held on Monday in Seoul. " + text)
    assert found["Ana Vale"][1] == [(org, title)]


@pytest.mark.parametrize("text", [
    # the writer's line: a name and the outlet after a slash, a bar, a line break or "The"; a staff post before a name
    "The Lake AI Forum was held on Monday in Seoul.\n\nAna Vale / Korea JoongAng Daily",
    "The Lake AI Forum was held on Monday in Seoul.\n\nAna Vale | The Lake Times",
    "Ana Vale\nThe Korea Herald\n\nThe Lake AI Forum was held on Monday in Seoul.",
    "Ana Vale The Korea Herald\n\nThe Lake AI Forum was held on Monday in Seoul.",
    "Staff writer Ana Vale\n\nThe Lake AI Forum was held on Monday in Seoul.",
    "Senior reporter Ana Vale\n\nThe Lake AI Forum was held on Monday in Seoul.",
])
def test_a_writers_line(text: str) -> None:
    assert _people(text)["Ana Vale"][0] == {Role.REPORTER}


@pytest.mark.parametrize(("text", "org", "title"), [
    # a news outlet's name opening the sentence, a place as its first word
    ("Korea Times President-Publisher Ana Vale delivered opening remarks.", "Korea Times", "President-Publisher"),
    ("Korea Herald CEO Ana Vale delivered opening remarks.", "Korea Herald", "CEO"),
    ("Seoul Mayor Ana Vale delivered opening remarks.", None, "Seoul Mayor"),
])
def test_an_outlet_named_with_a_place(text: str, org: str | None, title: str) -> None:
    found = _people("The Lake AI Forum opened on Monday.\n\n" + text)
    assert found["Ana Vale"][1] == [(org, title)]


@pytest.mark.parametrize(("text", "name", "organizers"), [
    # a name in single quotes before its kind; an apostrophe inside a word opens no quote
    ("The 'AI for Industry' webinar, hosted by Nimbus Labs, drew 900 viewers on Nov. 12.", "AI for Industry",
     ["Nimbus Labs"]),
    ("Nimbus Labs held 'Robots at Work,' a forum on factory AI, at COEX on Nov. 12.", "Robots at Work", ["Nimbus Labs"]),
    # the group a name is for owns nothing
    ("The Women's AI Forum was held at COEX on Nov. 12.", "Women's AI Forum", []),
    ("The Ridge Institute's annual Lake AI Forum was held at COEX on Nov. 12.", "Lake AI Forum", ["Ridge Institute"]),
    # a plus between a name's words, its initials after the year
    ("Smart Factory + Automation World 2026 (AW 2026) opened at COEX on Nov. 12.",
     "Smart Factory + Automation World 2026", []),
    ("Smart Factory Automation World 2026 (AW 2026) opened at COEX on Nov. 12.", "Smart Factory Automation World 2026",
     []),
])
def test_names_in_single_quotes_for_a_group_and_with_a_plus(text: str, name: str, organizers: list) -> None:
    e, found = _event(text, published="2026-11-14")
    assert (e.name, found["organizers"]) == (name, organizers)


@pytest.mark.parametrize(("text", "roles"), [
    # a verb of siding with or answering another speaker says a person spoke; "agreed to" commits, says nothing
    ("Tom Reed of Orbis agreed. \"Data is the new steel,\" he said.", {"Tom Reed": {Role.QUOTED}}),
    ("Tom Reed of Orbis countered that data was scarce.", {"Tom Reed": set()}),
    ("Tom Reed of Orbis agreed to sponsor the event.", {}),
])
def test_agreeing_and_answering_speak(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday in Seoul. Ana Vale of Nimbus Labs gave the keynote. " + text)
    assert {name: found[name][0] for name in found if name != "Ana Vale"} == roles


@pytest.mark.parametrize(("text", "name", "org", "title"), [
    # two capitals as a given name right after an honorific or a title
    ("Illinois Gov. JB Pritzker spoke.", "JB Pritzker", None, "Illinois Gov."),
    ("Nimbus CEO TJ Parker spoke.", "TJ Parker", "Nimbus", "CEO"),
    # a state's or a city's office is the title, as a minister's country is (no organization written)
    ("Michigan Lt. Gov. Garlin Gilchrist spoke.", "Garlin Gilchrist", None, "Michigan Lt. Gov."),
    ("Gyeonggi Governor Kim Dong-yeon spoke.", "Kim Dong-yeon", None, "Gyeonggi Governor"),
    # ... while a party's or a university's stays its organization
    ("People Power Party Rep. Choi Yoon-ah spoke.", "Choi Yoon-ah", "People Power Party", "Rep."),
    ("LG Chem CEO Shin Hak-cheol spoke.", "Shin Hak-cheol", "LG Chem", "CEO"),
])
def test_capital_initials_and_a_places_office(text: str, name: str, org: str | None, title: str) -> None:
    found = _people("The Lake AI Forum was held on Monday.\n\n" + text)
    assert found[name][1] == [(org, title)]


@pytest.mark.parametrize("text", [
    # a description after the holder's comma names no second holder
    "MxD, the Chicago-based digital manufacturing institute, hosted its annual Lake AI Forum on Sept. 17.",
    "MxD, a Chicago-based institute, hosted its annual Lake AI Forum on Sept. 17.",
])
def test_a_based_description_is_no_holder(text: str) -> None:
    _e, found = _event(text, published="2026-09-18")
    assert found["organizers"] == ["MxD"]


@pytest.mark.parametrize("text", [
    # the audience as a list's head; joining or visiting the gathering
    "The audience included Ana Vale of Nimbus Labs and Tom Reed of Orbis.",
    "Ana Vale of Nimbus Labs and Tom Reed of Orbis joined the event.",
    "Ana Vale of Nimbus Labs and Tom Reed of Orbis visited the exhibitors' booths.",
])
def test_the_audience_and_those_who_joined_or_visited(text: str) -> None:
    found = _people("The Lake AI Forum was held on Monday in Seoul. " + text)
    assert {name: found[name][0] for name in ("Ana Vale", "Tom Reed")} == {"Ana Vale": {Role.ATTENDEE},
                                                                        "Tom Reed": {Role.ATTENDEE}}


@pytest.mark.parametrize(("text", "name", "venue"), [
    # a headline's bracketed tag is the outlet's column, a name only when no other is written
    ("[Herald Forum] AI agents to reshape factories\n\nSpeakers at the Herald Industrial AI Forum said Tuesday that "
     "AI was ready. The forum took place at the Lotte Hotel World in Seoul.", "Herald Industrial AI Forum",
     "Lotte Hotel World"),
    ("[Lake AI Forum] AI agents to reshape factories\n\nThe forum took place Tuesday at the Lotte Hotel World in Seoul.",
     "Lake AI Forum", "Lotte Hotel World"),
])
def test_a_headlines_bracketed_tag(text: str, name: str, venue: str) -> None:
    e, _found = _event(text, published="2026-11-19")
    assert (e.name, e.venue) == (name, venue)


@pytest.mark.parametrize(("text", "roles"), [
    # the names after a colon that closes a part held with people
    ("Ana Vale moderated a panel with representatives from Corning and Siemens: Tom Reed and Mia Holt.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.PANELIST}, "Mia Holt": {Role.PANELIST}}),
    ("The day closed with a discussion between two founders: Tom Reed and Mia Holt.",
     {"Tom Reed": {Role.PANELIST}, "Mia Holt": {Role.PANELIST}}),
    # one of the parts named before, by its rank, led by someone
    ("The symposium featured three sessions. The first, on maintenance, was led by Tom Reed, associate professor "
     "of industrial engineering.", {"Tom Reed": {Role.MODERATOR}}),
])
def test_a_parts_people_after_a_colon_and_a_part_by_its_rank(text: str, roles: dict) -> None:
    found = _people("The Lake AI Symposium was held on Monday in Seoul. " + text)
    assert {name: found[name][0] for name in roles} == roles


@pytest.mark.parametrize(("text", "name", "roles"), [
    # initials with a space between them count as one word each, not as words and stops
    ("Dr. V. K. Saraswat, Member, NITI Aayog, delivered the keynote address.", "V. K. Saraswat", {Role.KEYNOTE}),
    ("V. K. Saraswat of NITI Aayog delivered the keynote address.", "V. K. Saraswat", {Role.KEYNOTE}),
    # those before whom something was done were there
    ("Ana Vale inaugurated the forum in the presence of Shri S. Krishnan, Secretary, MeitY.", "S. Krishnan",
     {Role.ATTENDEE}),
    ("The forum opened in the presence of Tom Reed of Nimbus Labs and Mia Holt of Orbis.", "Mia Holt", {Role.ATTENDEE}),
])
def test_spaced_initials_and_those_in_whose_presence(text: str, name: str, roles: set) -> None:
    assert _people("The Lake AI Forum was held on Monday in Delhi. " + text)[name][0] == roles


@pytest.mark.parametrize(("text", "expected"), [
    # the subject that partners with another on the gathering holds it; the owner of a yearly one holds it
    ("Nimbus Labs partnered with Orbis Bank on the forum.", {"organizers": ["Nimbus Labs"], "co_organizers": ["Orbis Bank"]}),
    ("Nimbus Labs teamed up with Orbis Bank for this year's forum.",
     {"organizers": ["Nimbus Labs"], "co_organizers": ["Orbis Bank"]}),
    ("Nimbus Labs' annual forum drew 500 people.", {"organizers": ["Nimbus Labs"]}),
    # a holder hyphened to its participle after a sentence's end, not the sentence before
    ("The Nimbus Labs-hosted forum drew 500 people.", {"organizers": ["Nimbus Labs"]}),
])
def test_partners_owners_and_hyphened_holders(text: str, expected: dict) -> None:
    _e, found = _event("The Lake AI Forum was held on Monday in Seoul. " + text, published="2026-11-14")
    assert {role: found[role] for role in expected} == expected


def test_a_pages_other_stories_name_no_one() -> None:
    text = ("Ana Vale, CEO of Nimbus Labs, called for shared data at the Lake AI Forum held Tuesday at COEX in Seoul. "
            "The forum was hosted by the Korea AI Association.\n\nRelated Articles\nSamsung chief Lee Jae-yong meets "
            "Nvidia's Jensen Huang\nSK hynix CEO Kwak Noh-jung to speak at Semicon Korea 2027\n\nMost Popular\n"
            "1. Finance Minister Choi Sang-mok says growth to slow\n")
    found = _people(text)
    assert set(found) == {"Ana Vale"}
    # a person with a post who speaks at the event is no list of its holders
    _e, orgs = _event(text, published="2026-11-19")
    assert orgs["organizers"] == ["Korea AI Association"]


@pytest.mark.parametrize("text", [
    # a caption's present tense: cutting the ribbon says one was there
    "Ana Vale, CEO of Nimbus Labs, second from left, cuts the ribbon with guests at the forum. [NIMBUS LABS]",
    "Ana Vale, CEO of Nimbus Labs, cuts a ribbon at the forum's opening.",
])
def test_a_captions_ribbon_cut(text: str) -> None:
    assert _people("The Lake AI Forum was held on Monday in Seoul.\n\n" + text)["Ana Vale"][0] == {Role.ATTENDEE}


@pytest.mark.parametrize(("text", "expected"), [
    # a full name with its organization and no evidence yet, then its surname with a part: the organization kept
    ("Tom Reed of Orbis arrived early. Reed later delivered the closing keynote.",
     ({Role.KEYNOTE}, [("Orbis", None)])),
    # the people a gathering's plural noun lists, after "Among the … was"
    ("Among the attendees was Tom Reed of Orbis. The keynote was given by Reed.",
     ({Role.ATTENDEE, Role.KEYNOTE}, [("Orbis", None)])),
    ("The guests included Tom Reed of Orbis.", ({Role.ATTENDEE}, [("Orbis", None)])),
])
def test_an_organization_named_before_the_evidence_and_listed_attendees(text: str, expected: tuple) -> None:
    assert _people("The Lake AI Forum was held on Monday in Seoul. " + text)["Tom Reed"] == expected


@pytest.mark.parametrize(("text", "name", "organizers", "co_organizers"), [
    # a date before "for the" ends what comes before the name
    ("More than 80 exhibitors will fill the hall on May 14-15 for the Upper Midwest Robotics Expo, organized by the "
     "Minnesota High Tech Association.", "Upper Midwest Robotics Expo", ["Minnesota High Tech Association"], []),
    # money handed over "presented by" someone presents no event
    ("The second Lake AI Hackathon was organized by the Ridge Institute together with Nimbus Labs. The winners "
     "received 5,000 euros, presented by Orbis Bank plant manager Tom Reed.", "Lake AI Hackathon", ["Ridge Institute"],
     ["Nimbus Labs"]),
])
def test_a_date_before_the_name_and_money_presented(text: str, name: str, organizers: list, co_organizers: list) -> None:
    e, found = _event(text, published="2026-05-08")
    assert (e.name, found["organizers"], found["co_organizers"]) == (name, organizers, co_organizers)


def test_an_organization_named_with_a_digit_first() -> None:
    found = _people("The Lake AI Expo opens on May 14. Among the presenters is Karen Cho, a senior engineer at 3M.")
    assert found["Karen Cho"][1] == [("3M", "senior engineer")]


@pytest.mark.parametrize(("text", "roles"), [
    # the subjects who join another for a part all have it, the second subject too
    ("Gov. Ana Vale and U.S. Sen. Tom Reed joined Nimbus Executive Director Mia Holt for the ribbon cutting.",
     {"Ana Vale": {Role.ATTENDEE}, "Tom Reed": {Role.ATTENDEE}, "Mia Holt": {Role.ATTENDEE}}),
    ("Ana Vale of Nimbus and Tom Reed of Orbis joined Kestrel CEO Mia Holt for a ribbon-cutting.",
     {"Ana Vale": {Role.ATTENDEE}, "Tom Reed": {Role.ATTENDEE}, "Mia Holt": {Role.ATTENDEE}}),
    # ... and the one joined, named with an organization only, is a person by the occasion joined for
    ("Ana Vale of Nimbus and Tom Reed of Orbis joined Mia Holt of Kestrel for a ribbon-cutting.",
     {"Ana Vale": {Role.ATTENDEE}, "Tom Reed": {Role.ATTENDEE}, "Mia Holt": {Role.ATTENDEE}}),
])
def test_subjects_joining_another_for_a_part(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum opened on Thursday in Detroit.\n\n" + text)
    assert {name: found[name][0] for name in roles} == roles


@pytest.mark.parametrize(("text", "quoted"), [
    # "the ORG TITLE said": the one person who holds that post at that organization
    ("Ana Vale, CEO of Nimbus Labs, and Tom Reed, CEO of Orbis, gave keynotes. \"Data is the new steel,\" the "
     "Nimbus Labs CEO said.", "Ana Vale"),
    ("Ana Vale, CEO of Nimbus Labs, and Tom Reed, CEO of Orbis, gave keynotes. \"Data is the new steel,\" said the "
     "Orbis CEO.", "Tom Reed"),
])
def test_a_quote_of_the_organizations_post_holder(text: str, quoted: str) -> None:
    found = _people("The Lake AI Forum was held on Monday in Seoul. " + text)
    assert {name for name, (roles, _a) in found.items() if Role.QUOTED in roles} == {quoted}


@pytest.mark.parametrize(("text", "organizers"), [
    # the body witnesses testify before holds the hearing, its listed portfolio and all
    ("Three AI executives testified Tuesday before the Senate Commerce Committee at a hearing on AI safety.",
     ["Senate Commerce Committee"]),
    ("The AI hearing was held on Tuesday. Ana Vale of Nimbus testified before the House Committee on Science, Space, "
     "and Technology.", ["House Committee on Science, Space, and Technology"]),
])
def test_the_body_witnesses_testify_before(text: str, organizers: list) -> None:
    _e, found = _event(text, published="2026-10-08")
    assert found["organizers"] == organizers


def test_what_a_witness_tells_the_hearing() -> None:
    found = _people("Three AI executives testified Tuesday before the Senate Commerce Committee at a hearing.\n\n"
                    "Ana Vale, co-founder of Nimbus, told senators that testing should be mandatory. Tom Reed of Orbis "
                    "told the committee that it should wait.")
    assert {name: found[name][0] for name in ("Ana Vale", "Tom Reed")} == {"Ana Vale": {Role.SPEAKER},
                                                                        "Tom Reed": {Role.SPEAKER}}


@pytest.mark.parametrize(("text", "name"), [
    # a headline's name capitalised only as the line's first word yields to the body's name
    ("Factory AI conference opens in Stuttgart\n\nSTUTTGART (Reuters) - Executives opened the Smart Factory Europe "
     "conference on Tuesday.", "Smart Factory Europe conference"),
    ("Robotics summit draws crowds\n\nSome 300 engineers attended the Lake Robotics Summit on Monday.",
     "Lake Robotics Summit"),
    # a headline that writes the shorter form names the longer one holding it
    ("Industry shares AI roadmaps at Ridgeview symposium\n\nThe third Ridgeview Symposium on Industrial Intelligence "
     "drew researchers to the campus on April 9. The Ridgeview symposium closed with a panel.",
     "Ridgeview Symposium on Industrial Intelligence"),
    ("Lake Forum opens\n\nThe Lake Forum on Smart Manufacturing opened on Monday. The Lake Forum has run since 2019.",
     "Lake Forum on Smart Manufacturing"),
    # ... or drops words of it
    ("Engineers Bet on Edge AI at Smart Factory Summit\n\nSome 800 engineers gathered on Oct. 21 for the Smart Factory "
     "AI Summit 2025, organized by the Lake Guild.", "Smart Factory AI Summit 2025"),
    ("Ridge Robotics Forum draws 300\n\nThe Ridge Industrial Robotics Forum opened in Lyon on Monday.",
     "Ridge Industrial Robotics Forum"),
    # guard: a headline's event that is no shortening of the body's keeps its name
    ("Ridge Robotics Forum draws 300\n\nThe Ridge Robotics Forum opened on Monday beside the Lyon AI Expo.",
     "Ridge Robotics Forum"),
])
def test_a_headlines_sentence_case_and_short_form(text: str, name: str) -> None:
    e, _found = _event(text, published="2026-05-10")
    assert e.name == name


@pytest.mark.parametrize(("text", "names"), [
    # a full stop after a number or a longer word ends the sentence, and any name with it
    ("Researchers met on April 9. The Ridgeview symposium closed with a panel.", ["Ridgeview symposium"]),
    ("It was the largest gathering in Europe. The Lake Robotics Forum drew 400.", ["Lake Robotics Forum"]),
    # an abbreviation's or a version's full stop is inside the name
    ("Delegates came to the U.S. AI Summit and the Industry 5.0 Forum.", ["U.S. AI Summit", "Industry 5.0 Forum"]),
    ("The St. Louis Robotics Expo opened.", ["St. Louis Robotics Expo"]),
])
def test_a_name_ends_with_its_sentence(text: str, names: list[str]) -> None:
    found = [re.sub(r"^(?:(?:on|in|and|the|The)\s+)+", "", m.group()) for m in _name_pattern().finditer(text)]
    assert found == names


@pytest.mark.parametrize(("text", "roles"), [
    # a part and its leader in a participle between commas
    ("A panel on workforce, led by Ohio State University professor Amy Liu, featured union representative "
     "Frank O'Neil and Sandra Brooks, HR director at Tristate Tool.",
     {"Amy Liu": {Role.MODERATOR}, "Frank O'Neil": {Role.PANELIST}, "Sandra Brooks": {Role.PANELIST}}),
    ("The closing session, led by Tom Reed of Acme, brought together Mia Holt and Ana Vale.",
     {"Tom Reed": {Role.MODERATOR}, "Mia Holt": {Role.PANELIST}, "Ana Vale": {Role.PANELIST}}),
])
def test_a_parts_leader_in_a_participle(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday in Oslo. " + text)
    assert {name: found[name][0] for name in roles} == roles


@pytest.mark.parametrize(("text", "edition"), [
    # an edition said by the event's own sentence after its name
    ("The Midwest Manufacturing AI Summit returned for its fifth year on Wednesday in Columbus.", 5),
    ("The Lake AI Forum, held for the third time, drew 300 people on Wednesday in Columbus.", 3),
    ("The Lake AI Forum drew 300 people on Wednesday in Columbus. The forum marked its 10th edition with a gala.", 10),
    # a company's years are no edition
    ("Acme, marking its 50th year in business, hosted the Lake AI Forum on Wednesday in Columbus.", None),
])
def test_an_edition_in_the_events_own_sentence(text: str, edition: int | None) -> None:
    e, _found = _event(text, published="2025-06-14")
    assert e.edition == edition


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause or a participle between the holder and its verb
    ("Acme, marking its 50th year in business, hosted the Lake AI Forum on Wednesday in Columbus.",
     {"organizers": ["Acme"], "co_organizers": [], "sponsors": []}),
    ("The Ohio Manufacturers' Association, which represents 1,400 companies, organized the Lake AI Forum on "
     "Wednesday.", {"organizers": ["Ohio Manufacturers' Association"], "co_organizers": [], "sponsors": []}),
    ("Nimbus Labs, founded in 2019 by two roboticists, held the Lake AI Forum on Wednesday.",
     {"organizers": ["Nimbus Labs"], "co_organizers": [], "sponsors": []}),
    # the part fronted before the copula, the holders after it
    ("The Lake AI Forum was held on Wednesday. Organizing the event were the Ohio Manufacturers' Association and "
     "JobsOhio.", {"organizers": ["Ohio Manufacturers' Association", "JobsOhio"], "co_organizers": [], "sponsors": []}),
    ("The Lake AI Forum was held on Wednesday. Sponsoring this year's forum were Verizon, Rockwell Automation and "
     "Microsoft.", {"organizers": [], "co_organizers": [], "sponsors": ["Verizon", "Rockwell Automation", "Microsoft"]}),
    ("The Lake AI Forum was held on Wednesday. Co-hosting the summit was JobsOhio, a state agency. Hosting the event "
     "was the Ohio Manufacturers' Association.",
     {"organizers": ["Ohio Manufacturers' Association"], "co_organizers": ["JobsOhio"], "sponsors": []}),
])
def test_holders_past_a_clause_and_fronted(text: str, expected: dict[str, list[str]]) -> None:
    _, orgs = _event(text)
    assert orgs == expected


@pytest.mark.parametrize(("text", "roles"), [
    # a fronted participle that names the session a talk was given in, or the gathering it was given to
    ("Speaking in a subsequent session, John Neuffer, president of the Lake Chip Association, called for closer "
     "ties.", {"John Neuffer": {Role.SPEAKER}}),
    ("Speaking during the afternoon session, Ana Vale said robots help.", {"Ana Vale": {Role.SPEAKER}}),
    ("Speaking to the forum by video, Ana Vale said robots help.", {"Ana Vale": {Role.SPEAKER}}),
])
def test_a_fronted_participle_names_the_talks_session(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday in Oslo. " + text)
    assert {name: found[name][0] for name in roles} == roles


@pytest.mark.parametrize("text", [
    # an aside between the event's word and "run by": the body runs the event
    "The Lake AI Forum was held Tuesday. The forum, now in its third year, is run by the nonprofit Lake Robotics "
    "Network.",
    "The Lake AI Forum was held Tuesday. The event, which draws 400 engineers, is run by the Lake Robotics Network.",
])
def test_a_body_runs_the_event_past_an_aside(text: str) -> None:
    _, orgs = _event(text)
    assert orgs["organizers"] == ["Lake Robotics Network"]


@pytest.mark.parametrize(("text", "roles"), [
    # "heard from" leads to its list, a later item with only its organization too
    ("The conference heard from Ana Vale, CEO of Nimbus, and Tom Reed of Acme.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    ("Attendees also heard from Tom Reed of Acme and Mia Holt of Orbis.",
     {"Tom Reed": {Role.SPEAKER}, "Mia Holt": {Role.SPEAKER}}),
    # a talk as the subject of a passive, its speakers the agents
    ("The opening session was given by Ana Vale, CEO of Nimbus.", {"Ana Vale": {Role.SPEAKER}}),
    ("Talks were delivered by Ana Vale, CEO of Nimbus; Tom Reed, CTO of Acme; and Mia Holt, a professor at Lake "
     "University.", {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}, "Mia Holt": {Role.SPEAKER}}),
])
def test_heard_from_and_a_talk_given_by(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday in Oslo. " + text)
    assert {name: found[name][0] for name in roles} == roles


@pytest.mark.parametrize(("text", "start"), [
    # any verb in the past dates a month and day on or before publication; a report's verb does not
    ("The Lake AI Forum returned to the Javits Center in New York on June 4.", "2024-06-04"),
    ("The Lake AI Forum moved to a larger hall on June 4.", "2024-06-04"),
    ("Acme said the Lake AI Forum on June 4 would draw 500.", "2025-06-04"),
])
def test_a_past_verb_dates_the_event_before_publication(text: str, start: str) -> None:
    e, _found = _event(text, published="2024-12-06")
    assert e.start == start


@pytest.mark.parametrize(("text", "expected"), [
    # partners who teamed up or joined forces to hold the event
    ("Acme Robotics and Nimbus Labs teamed up to host the Lake AI Forum on Monday.",
     {"organizers": ["Acme Robotics", "Nimbus Labs"], "co_organizers": [], "sponsors": []}),
    ("Acme Robotics and Nimbus Labs joined forces to organize the Lake AI Forum on Monday.",
     {"organizers": ["Acme Robotics", "Nimbus Labs"], "co_organizers": [], "sponsors": []}),
    ("Acme Robotics and Nimbus Labs teamed up to study robots. The Lake AI Forum was held on Monday.",
     {"organizers": [], "co_organizers": [], "sponsors": []}),
    # the host "in conjunction with" a partner
    ("Acme Robotics, in conjunction with Lake University, hosted the Lake AI Forum on Monday.",
     {"organizers": ["Acme Robotics"], "co_organizers": ["Lake University"], "sponsors": []}),
    # sponsors "in part", and sponsors by their tier after "while"
    ("The Lake AI Forum was held Monday. The event was sponsored in part by Verizon and Microsoft.",
     {"organizers": [], "co_organizers": [], "sponsors": ["Verizon", "Microsoft"]}),
    ("The Lake AI Forum was held Monday. Acme Robotics was the title sponsor, while Verizon and Microsoft were gold "
     "sponsors.", {"organizers": [], "co_organizers": [], "sponsors": ["Acme Robotics", "Verizon", "Microsoft"]}),
])
def test_partners_teaming_up_and_sponsors_by_tier(text: str, expected: dict[str, list[str]]) -> None:
    _, orgs = _event(text)
    assert orgs == expected


def _first_affiliations(x, names) -> dict:
    """Each of ``names`` with the organization and title of its first affiliation (None, None without one)."""
    orgs = {o.id: o.name for o in x.organizations}
    got = {p.name: (orgs.get(p.affiliations[0].org) if p.affiliations and p.affiliations[0].org else None,
                    p.affiliations[0].title if p.affiliations else None) for p in x.people}
    return {name: got.get(name) for name in names}


@pytest.mark.parametrize(("text", "expected"), [
    # letters after a name close it: the title after "and" is the next person's alone
    ("The summit featured keynote addresses from Business Secretary Jonathan Reynolds MP and Professor Dame Lynn "
     "Gladden of Imperial College London.", {"Jonathan Reynolds": (None, "Business Secretary"),
                                            "Lynn Gladden": ("Imperial College London", "Professor")}),
    ("Speakers included Dr Jane Roe CBE and Professor Tom Reed of Lake University.",
     {"Tom Reed": ("Lake University", "Professor")}),
    # a company's word before the letters: two titles joined
    ("Nimbus Works MD and founder Tom Reed spoke at the forum.", {"Tom Reed": ("Nimbus Works", "MD and founder")}),
])
def test_letters_after_a_name_close_it(text: str, expected: dict) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-03-14", lang="en"))
    assert _first_affiliations(x, expected) == expected


@pytest.mark.parametrize(("text", "roles"), [
    # "addresses from" leads to its names; a plenary frames the talk of the subject after it
    ("The summit featured keynote addresses from Jonathan Reynolds and Mia Holt.",
     {"Jonathan Reynolds": {Role.KEYNOTE}, "Mia Holt": {Role.KEYNOTE}}),
    ("In the morning plenary, Tom Reed, chief executive of Acme, set out the case for data.",
     {"Tom Reed": {Role.SPEAKER}}),
])
def test_addresses_from_and_a_plenary(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday in Oslo. " + text)
    assert {name: found[name][0] for name in roles} == roles


@pytest.mark.parametrize(("text", "name", "title"), [
    # initials with no full stops after a title, then the surname (Indian English style)
    ("Large and Medium Industries Minister M B Patil said on Tuesday that 300 exhibitors would come.", "M B Patil",
     "Large and Medium Industries Minister"),
    ("Tamil Nadu Industries Minister T R B Rajaa on Friday inaugurated the summit.", "T R B Rajaa",
     "Tamil Nadu Industries Minister"),
    ("IMTMA president Ana Vale and director general V Anbu were also present.", "V Anbu", "director general"),
])
def test_initials_without_full_stops_after_a_title(text: str, name: str, title: str) -> None:
    x = extract(Article("t", "The Lake AI Expo was held on Monday in Chennai. " + text, "t.txt",
                        published="2024-11-22", lang="en"))
    [p] = [p for p in x.people if p.name == name]
    assert (p.affiliations[0].title if p.affiliations else None) == title


@pytest.mark.parametrize("text", [
    # a single capital is no initial where no title stands before it
    "Series A investors and Plan B Robotics attended the Lake AI Expo on Monday.",
    "The Lake AI Expo on Monday had a Hall B Annex for robots.",
])
def test_a_capital_letter_without_a_title_opens_no_name(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2024-11-22", lang="en"))
    assert x.people == ()


@pytest.mark.parametrize(("text", "roles"), [
    # addressing an event named with "a": a talk at it
    ("Addressing a curtain raiser event here, Tom Reed, CEO of Acme, said 300 exhibitors would come.",
     {"Tom Reed": {Role.SPEAKER}}),
    ("Tom Reed, CEO of Acme, addressed a packed industry event on Monday.", {"Tom Reed": {Role.SPEAKER}}),
])
def test_addressing_an_event_named_with_a(text: str, roles: dict) -> None:
    found = _people("The Lake AI Expo was held on Monday in Chennai. " + text)
    assert {name: found[name][0] for name in roles} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # welcome addresses in the plural, given by their speakers
    ("Welcome addresses were also given by Federal Minister Martin Kocher and Lucilla Sioli, director at the "
     "European Commission.", {"Martin Kocher": {Role.HOST_REP}, "Lucilla Sioli": {Role.HOST_REP}}),
    ("Tom Reed, CEO of Acme, gave the welcoming address.", {"Tom Reed": {Role.HOST_REP}}),
])
def test_welcome_addresses(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum opened on Monday in Oslo. " + text)
    assert {name: found[name][0] for name in roles} == roles


@pytest.mark.parametrize(("text", "venue"), [
    # the body people belong to is no venue
    ("The Lake AI Forum was opened on Monday by Ana Vale, who thanked the local organizers at TU Wien.", None),
    ("The Lake AI Forum was held on Monday at the Hofburg Congress Center, with thanks to the team at Lake "
     "University.", "Hofburg Congress Center"),
])
def test_where_people_work_is_no_venue(text: str, venue: str | None) -> None:
    e, _found = _event(text, published="2025-03-13")
    assert e.venue == venue


@pytest.mark.parametrize(("text", "roles"), [
    # the guest who officiates an opening ceremony
    ("Tom Reed, CEO of Acme, officiated the opening ceremony.", {"Tom Reed": {Role.OTHER}}),
    ("The forum opened with Deputy Prime Minister Tom Reed officiating the opening ceremony.",
     {"Tom Reed": {Role.OTHER}}),
])
def test_officiating_an_opening(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum opened on Monday in Oslo. " + text)
    assert {name: found[name][0] for name in roles} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # people who joined another to cut the ribbon share the part
    ("Governor Bruce Rauner and Senator Dick Durbin joined Lake Labs CEO Carla Nowak to cut the ribbon.",
     {"Bruce Rauner": {Role.ATTENDEE}, "Dick Durbin": {Role.ATTENDEE}, "Carla Nowak": {Role.ATTENDEE}}),
    # "on hand" fronted before the copula
    ("Also on hand were representatives of the Department of Defense, including Deputy Assistant Secretary Mark "
     "Brown.", {"Mark Brown": {Role.ATTENDEE}}),
    ("On hand were Tom Reed of Acme and Mia Holt of Orbis.", {"Tom Reed": {Role.ATTENDEE}, "Mia Holt": {Role.ATTENDEE}}),
])
def test_joined_to_cut_the_ribbon_and_on_hand(text: str, roles: dict) -> None:
    found = _people("The Lake Labs institute opened on Monday in Chicago. " + text)
    assert {name: found[name][0] for name in roles} == roles


@pytest.mark.parametrize("text", [
    # what someone said, quoted, names no event
    'Lake Labs opened its institute on Monday. "This is a great day for Chicago," said Rahm Emanuel, the mayor.',
    'Lake Labs opened its institute on Monday. Tom Reed said: "Today is a day of celebration."',
])
def test_a_spoken_quote_names_no_event(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2015-05-14", lang="en"))
    assert all(e.name is None for e in x.events)


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised field word after "of", "for" or a lone "and" ends the organization's name, not the title
    ("Korea Institute for Advancement of Technology President Min Byung-joo spoke.",
     {"Min Byung-joo": ("Korea Institute for Advancement of Technology", "President")}),
    ("Lake University of Science and Technology President Ana Vale spoke.",
     {"Ana Vale": ("Lake University of Science and Technology", "President")}),
    # two title words joined stay the title
    ("Nimbus Research and Technology Director Ana Vale spoke.", {"Ana Vale": ("Nimbus", "Research and Technology Director")}),
    ("Nimbus Chief Technology Officer Ana Vale spoke.", {"Ana Vale": ("Nimbus", "Chief Technology Officer")}),
])
def test_a_field_word_ending_an_organizations_name(text: str, expected: dict) -> None:
    x = extract(Article("t", "The Lake AI Forum was held on Tuesday. " + text, "t.txt", published="2025-06-05", lang="en"))
    assert _first_affiliations(x, expected) == expected


@pytest.mark.parametrize(("text", "edition"), [
    # in a report of a past event, the edition of one to be held later is not its own
    ("The alliance was launched on Thursday at the Seoul Dragon City hotel. The ministry said the alliance will hold "
     "its first forum in September.", None),
    # a preview's edition is the event's
    ("The fifth Lake AI Forum will be held on June 20 in Oslo, organizers said.", 5),
])
def test_a_later_events_edition(text: str, edition: int | None) -> None:
    e, _found = _event(text, published="2025-06-05")
    assert e.edition == edition


@pytest.mark.parametrize(("text", "organizers"), [
    # an owner's possessive and a kind before the holder's name
    ("The Icheon Forum 2025 opened Monday in Seoul. The forum, hosted by SK's think tank Chey Jong-hyun Academic "
     "Foundation, brings together scholars.", ["Chey Jong-hyun Academic Foundation"]),
    ("The Icheon Forum 2025 opened Monday in Seoul. The forum is hosted by Samsung's research arm Samsung Advanced "
     "Institute of Technology.", ["Samsung Advanced Institute of Technology"]),
])
def test_a_holder_after_its_owner_and_kind(text: str, organizers: list[str]) -> None:
    _, orgs = _event(text, published="2025-06-17")
    assert orgs["organizers"] == organizers


def test_initials_in_parentheses_inside_an_organizations_name() -> None:
    x = extract(Article("t", "The Icheon Forum opened Monday. Amazon Web Services (AWS) Korea chief Ham Kee-ho took part "
                        "in a session on AI.", "t.txt", published="2025-06-17", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    [p] = x.people
    assert (orgs[p.affiliations[0].org], p.affiliations[0].title) == ("Amazon Web Services (AWS) Korea", "chief")


_NEEDLE_TEXTS = [
    "The Lake AI Forum was held on June 3. Gold sponsors Ridge Labs and Nimbus Works hosted booths.",
    "Lake Corp, the forum's organizer, said the Lake AI Forum drew 400.",
    "Tom Reed of the Ridge Institute, which runs the Lake AI Forum, spoke.",
    "The Lake AI Forum, which Lake Corp hosts every year, opened.",
    "The Lake AI Forum, which Lake Corp and the Ridge Institute co-host, opened.",
    "Engineers met at the Nimbus-hosted Robot Forum and the KOTRA-organized roadshow.",
    "The Acme-sponsored hackathon drew 80 teams.",
    "Nimbus Labs' annual user conference opened on Monday.",
    "Acme and Orbis sponsored the Lake AI Forum.",
    "Doosan Robotics and Naver Cloud said Wednesday that they will jointly host the Robot Forum.",
    "Lake Corp announced it is hosting the Lake AI Summit.",
    "The Lake AI Forum opened. The event's gold sponsors included Acme and Orbis.",
    "Leaders met at the Lake Chamber of Commerce for the Lake AI Forum, hosted by the chamber.",
    "The Lake AI Forum returns to COEX on May 3, the Ridge Institute announced.",
    "The Lake AI Forum opened. Among the sponsors were Acme and Orbis.",
    "The Lake AI Forum opened. Partners for this year's forum include Acme and Orbis.",
]


@pytest.mark.parametrize("text", _NEEDLE_TEXTS)
def test_a_pattern_matches_only_where_one_of_its_needles_is(text: str) -> None:
    from kg.extract.en_events import _NEEDLES
    lower = text.lower()
    matched = [p for p, needles in _NEEDLES.items() if p.search(text)]
    assert matched  # each text is written for one of the needled patterns
    assert all(any(n in lower for n in _NEEDLES[p]) for p in matched)


def test_every_needled_pattern_is_exercised() -> None:
    from kg.extract.en_events import _NEEDLES
    assert all(any(p.search(t) for t in _NEEDLE_TEXTS) for p in _NEEDLES)


@pytest.mark.parametrize(("text", "roles", "title"), [
    # a talk's quoted title set off by commas: the title of the talk, and its agent after "by" has the part
    ('The keynote, "AI Everywhere," was delivered by Ana Vale of Nimbus.', {"Ana Vale": {Role.KEYNOTE}}, None),
    ('Tom Reed\'s presentation, "Data at the Edge," explored sensor networks.', {"Tom Reed": {Role.SPEAKER}},
     ("Tom Reed", "Data at the Edge")),
    # what was said after "speech," is no title
    ('In his speech, "We must act now," Tom Reed of Acme said.', {"Tom Reed": {Role.SPEAKER, Role.QUOTED}},
     ("Tom Reed", None)),
])
def test_a_talks_title_set_off_by_commas(text: str, roles: dict, title: tuple | None) -> None:
    x = extract(Article("t", "The Lake AI Forum was held on Monday in Oslo. " + text, "t.txt", published="2025-03-13",
                        lang="en"))
    got = {p.name: {r.role for r in p.roles} for p in x.people}
    assert {name: got.get(name) for name in roles} == roles
    if title is not None:
        [p] = [p for p in x.people if p.name == title[0]]
        assert next((r.talk_title for r in p.roles if r.role is Role.SPEAKER), None) == title[1]


@pytest.mark.parametrize(("text", "expected"), [
    # an organization's initials in parentheses right before the title: the name before them is the organization
    ("Pohang University of Science and Technology (POSTECH) professor Kim Dae-sik spoke on robots.",
     {"Kim Dae-sik": ("Pohang University of Science and Technology", "professor")}),
    ("Korea Electrotechnology Research Institute (KERI) President Kim Nam-kyun spoke on robots.",
     {"Kim Nam-kyun": ("Korea Electrotechnology Research Institute", "President")}),
])
def test_initials_in_parentheses_before_a_title(text: str, expected: dict) -> None:
    x = extract(Article("t", "The Lake AI Forum was held on Tuesday. " + text, "t.txt", published="2025-03-13", lang="en"))
    assert _first_affiliations(x, expected) == expected


@pytest.mark.parametrize(("text", "name"), [
    # "this year's" says the capitalised words after it name an edition, whatever they are
    ("At this year's Hannover Messe, Siemens unveiled new AI tools.", "Hannover Messe"),
    ("Siemens exhibited at this year's Automatica in Munich.", "Automatica"),
])
def test_this_years_name(text: str, name: str) -> None:
    e, _found = _event(text, published="2025-04-02")
    assert e.name == name


@pytest.mark.parametrize(("text", "organizers"), [
    # a body's own annual gathering, named by its kind
    ("The annual meeting of the Lake Robotics Association took place Monday in Oslo.", ["Lake Robotics Association"]),
    ("The 12th general assembly of the Nordic Automation Society was held Monday in Oslo.",
     ["Nordic Automation Society"]),
])
def test_a_bodys_own_gathering(text: str, organizers: list[str]) -> None:
    _, orgs = _event(text, published="2025-04-02")
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "name"), [
    # a company showing something at a named edition: the edition is the event
    ("Nimbus Labs will exhibit at Automate 2025, May 12-15 at Huntington Place in Detroit, booth 3412.", "Automate 2025"),
    ("Siemens unveiled new AI tools at Hannover Messe 2025 on Monday.", "Hannover Messe 2025"),
    ("Acme will demonstrate its welding robot at Automate 2025 in Detroit.", "Automate 2025"),
    # a talk or a stand at a name with its year, whatever its last word
    ("Nimbus Labs said its CEO, Ana Vale, will deliver a keynote address at the Smart Manufacturing Experience 2025 in "
     "Boston.", "Smart Manufacturing Experience 2025"),
    ("Ana Vale of Nimbus Labs gave a talk at Robotics Week Lakeside 2025 on Tuesday.", "Robotics Week Lakeside 2025"),
    ("Nimbus Labs showed its welding robot at its booth at Ridge Automation 2025 in Tulsa.", "Ridge Automation 2025"),
])
def test_showing_at_a_named_edition(text: str, name: str) -> None:
    e, _found = _event(text, published="2025-04-02")
    assert e.name == name


def test_a_contact_blocks_company_is_no_writer() -> None:
    text = ('Nimbus Labs will exhibit at Automate 2025 in Detroit. "We are ready," said Rita Gomez, vice president '
            "at Nimbus Labs.\n\nMedia Contact:\nKaren Lee\nNimbus Labs\npress@nimbuslabs.com\n")
    x = extract(Article("t", text, "t.txt", published="2025-05-05", lang="en"))
    assert [p.name for p in x.people] == ["Rita Gomez"]


@pytest.mark.parametrize(("text", "roles"), [
    # the guests who grace an occasion or flag it off (Indian English): a part of their own
    ("Gracing the occasion were Tom Reed, CEO of Acme, and Mia Holt of Orbis.",
     {"Tom Reed": {Role.OTHER}, "Mia Holt": {Role.OTHER}}),
    ("The event was graced by Tamil Nadu Industries Minister T R B Rajaa.", {"T R B Rajaa": {Role.OTHER}}),
    ("Industries Minister Tom Reed flagged off the expo.", {"Tom Reed": {Role.OTHER}}),
])
def test_guests_who_grace_an_occasion(text: str, roles: dict) -> None:
    found = _people("The Lake AI Expo was held on Monday in Chennai. " + text)
    assert {name: found[name][0] for name in roles} == roles


@pytest.mark.parametrize(("text", "name"), [
    # what a page says about an event ("Agenda for", "Highlights from") is no part of its name
    ("Agenda for the Ridgeview AI in Energy Symposium, held June 5 at Lakeside Hall in Tulsa.",
     "Ridgeview AI in Energy Symposium"),
    ("Program of the Gulf Coast Robotics Forum, June 5, Tulsa\n9:15 a.m. Keynote: Ana Vale, CEO, Lake Corp",
     "Gulf Coast Robotics Forum"),
    ("Highlights from the 2025 Lake Data Summit\n\nThe summit took place on June 3 in Tulsa.", "2025 Lake Data Summit"),
    # (a type word before "of the" names the event itself)
    ("The Forum of the Pacific Robotics Makers met on June 3 in Tulsa.", "Forum of the Pacific Robotics Makers"),
    # which day or part of the event a report is about
    ("DAY TWO of the Lake Factory Summit 2026 opened in Tulsa on June 3.", "Lake Factory Summit 2026"),
    ("Day 2 of the Lake Factory Summit opened in Tulsa on June 3.", "Lake Factory Summit"),
    ("Part Three of the Lake AI Workshop opened in Tulsa on June 3.", "Lake AI Workshop"),
    # a headline's verb after "to", and the edition's ordinal with "Annual", open no name
    ("Orbis Robotics to Host Second Annual Lake AI Summit\n\nThe summit takes place in Tulsa on June 3.",
     "Lake AI Summit"),
    ("The 5th Annual Lake Robotics Summit opened in Tulsa on June 3.", "Lake Robotics Summit"),
    # a series of talks is named with its word for a run
    ("The Ridge Robotics Speaker Series continued in Tulsa on June 3 with a talk by Ana Vale of Nimbus Labs.",
     "Ridge Robotics Speaker Series"),
    ("The third installment of the Lake AI Lecture Series took place June 3 at Hanbit Hall.", "Lake AI Lecture Series"),
])
def test_a_pages_word_for_the_event_is_no_part_of_its_name(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name
    assert "Series" not in _people(text)  # (a run of talks is no person titled Speaker)


@pytest.mark.parametrize(("text", "names"), [
    # a header's capitalised words after a lower-case one are a title, not its people
    ("The Lake AI Forum was held on June 3.\n10:00 a.m. Panel: AI for Reservoir Modeling\n11:00 a.m. Lunch", []),
    ("The Lake AI Forum was held on June 3.\nSession: Robots in Cold Storage Logistics\n", []),
    ("The Lake AI Forum was held on June 3.\nSpeakers:\n- Lessons from Pilot Plants\n- Ana Vale (Lake Corp)\n",
     ["Ana Vale"]),
    # the items of a list open after its header, a separator, or an honorific
    ("The Lake AI Forum was held on June 3.\nPanel: Tom Becker (Siemens), Aiko Tanaka (Omron) and Ana Vale (Lake Corp)",
     ["Tom Becker", "Aiko Tanaka", "Ana Vale"]),
    ("The Lake AI Forum was held on June 3.\nModerator: Prof. Ian Cole\nPanelists: Dr. Mia Holt; Tom Reed",
     ["Ian Cole", "Mia Holt", "Tom Reed"]),
])
def test_a_headers_people_open_its_items(text: str, names: list[str]) -> None:
    assert list(_people(text)) == names


@pytest.mark.parametrize("text", [
    # a phrase of place or time fronted before a participle is no holder
    "At the Lake AI Forum, held at the Lake Hotel in Tulsa on June 10, Ana Vale of Rock Inc gave a keynote.",
    "During the Lake AI Forum, hosted at Lake Hall on June 10, Ana Vale of Rock Inc gave a keynote.",
])
def test_a_fronted_phrase_of_place_holds_nothing(text: str) -> None:
    e, _orgs = _event(text)
    assert e.name == "Lake AI Forum" and _orgs == {"organizers": [], "co_organizers": [], "sponsors": []}


def test_a_fronted_phrase_keeps_the_holder_its_participle_names() -> None:
    e, orgs = _event("During the Lake AI Forum, organized by Hanbit Labs on June 10, Ana Vale of Rock Inc gave a keynote.")
    assert orgs["organizers"] == ["Hanbit Labs"]


@pytest.mark.parametrize(("text", "name", "aff"), [
    # an owner of several words before a title after "and", the name in apposition
    ("FuriosaAI founder June Paik and Hanbit Cloud's head of hyperscale AI, Sung Nak-ho, joined a panel.",
     "Sung Nak-ho", ("Hanbit Cloud", "head of hyperscale AI")),
    ("Orbis COO Greg Hall and Tokai Robotics Lab's head of digital, Mina Cho, spoke on a panel.",
     "Mina Cho", ("Tokai Robotics Lab", "head of digital")),
    # a legal form with the possessive keeps the words of the name before it
    ("Tokai Robotics Corp's head of digital, Mina Cho, spoke on a panel.", "Mina Cho",
     ("Tokai Robotics Corp", "head of digital")),
    ("Orbis COO Greg Hall and Tokai Robotics Inc.'s head of digital, Mina Cho, spoke on a panel.", "Mina Cho",
     ("Tokai Robotics Inc", "head of digital")),
])
def test_an_owners_title_in_apposition_after_and(text: str, name: str, aff: tuple[str, str]) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert found[name][1] == [aff] and Role.PANELIST in found[name][0]


@pytest.mark.parametrize(("text", "name", "edition"), [
    # title-case words after "annual" or "inaugural" name the event whatever its last word
    ("Some 1,200 people came to Detroit last week for the third annual Smart Manufacturing Experience, organized by "
     "Hanbit Labs.", "Smart Manufacturing Experience", 3),
    ("Over 300 people attended the inaugural Ridge Robotics Challenge in Tulsa on June 3.", "Ridge Robotics Challenge", 1),
    ("Teams met at the annual Lake Automation Games on Monday.", "Lake Automation Games", None),
    # a type word before a place's noun names the place, not the event
    ("More than 1,200 attendees packed the Huntington Place convention center in Detroit for the third annual Lake "
     "Data Experience.", "Lake Data Experience", 3),
])
def test_a_name_after_annual_or_inaugural(text: str, name: str, edition: int | None) -> None:
    e, _orgs = _event(text)
    assert (e.name, e.edition) == (name, edition)


@pytest.mark.parametrize("text", [
    # what a body publishes each year is no event
    "Hanbit Corp published its annual Sustainability Report. Ana Vale of Rock Inc said the results were good.",
    "The annual State of AI Report came out on Monday.",
])
def test_an_annual_document_is_no_event(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    assert [e.name for e in x.events if e.name] == []


@pytest.mark.parametrize(("text", "sponsors"), [
    # sponsors owned by the event, of any tier, listed by a verb
    ("The event's platinum sponsors included Rockwell Automation, Hanbit Digital Software and Cisco.",
     ["Rockwell Automation", "Hanbit Digital Software", "Cisco"]),
    ("Its sponsors were Rock Inc and Hanbit Labs.", ["Rock Inc", "Hanbit Labs"]),
    ("This year's gold and silver sponsors include Hanbit Labs and Rock Inc.", ["Hanbit Labs", "Rock Inc"]),
    # sponsors said of something with no list after them
    ("Hanbit said its sponsors were pleased with the turnout.", []),
])
def test_the_events_own_sponsors_listed(text: str, sponsors: list[str]) -> None:
    _e, orgs = _event("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert orgs["sponsors"] == sponsors


@pytest.mark.parametrize(("text", "name", "aff"), [
    # the owner's possessive before a name gives the organization of the post written after it
    ("Hanbit's Kathleen Mitford, corporate vice president of industry marketing, spoke.", "Kathleen Mitford",
     ("Hanbit", "corporate vice president of industry marketing")),
    ("The session was a conversation between Lake Corp's Ana Vale, senior vice president of operations, and Tom Reed.",
     "Ana Vale", ("Lake Corp", "senior vice president of operations")),
    # (a country's possessive is no organization)
    ("Korea's Kim Min-ji, a former minister, spoke.", "Kim Min-ji", (None, "former minister")),
    # a legal form's full stop before the lower-case title of the name after it
    ("Hanbit Motor Co. manufacturing engineering director Linda Zhang spoke on a panel.", "Linda Zhang",
     ("Hanbit Motor Co", "manufacturing engineering director")),
])
def test_an_owner_before_a_name_and_its_post(text: str, name: str, aff: tuple) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert found[name][1] == [aff]


@pytest.mark.parametrize(("text", "venue"), [
    # a crowd that packs a place names it when it is a place by its words
    ("More than 1,200 attendees packed the Huntington Place convention center in Tulsa for the Lake AI Forum on June 3.",
     "Huntington Place convention center"),
    ("Visitors packed the Ridge Exhibition Hall for the Lake AI Forum on June 3.", "Ridge Exhibition Hall"),
    ("Fans filled Tulsa for the Lake AI Forum on June 3.", None),
])
def test_a_place_a_crowd_packs(text: str, venue: str | None) -> None:
    e, _orgs = _event(text)
    assert e.venue == venue


@pytest.mark.parametrize(("text", "names"), [
    # where an item stands in the photo is passed over on the way back to its list's cue
    ("Participants, including Tom Reed, second from left, and Ana Vale, third from right, pose at the forum.",
     ["Tom Reed", "Ana Vale"]),
    ("Guests, including Mia Holt, far left, and Ana Vale, right, toured the booths.", ["Mia Holt", "Ana Vale"]),
])
def test_a_list_past_where_its_items_stand(text: str, names: list[str]) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa.\n" + text)
    assert list(found) == names and all(Role.ATTENDEE in found[n][0] for n in names)


@pytest.mark.parametrize("text", [
    # a part's word in lower case right before the first item labels that item alone
    "Panelists discuss AI adoption at the forum. From left are moderator Tom Reed of Rock Inc, Ana Vale of Lake Corp, "
    "and Mia Holt of Hanbit Labs.",
    "The panel, with moderator Tom Reed of Rock Inc, Ana Vale of Lake Corp, and Mia Holt of Hanbit Labs, ran long.",
])
def test_a_label_before_a_lists_first_item_is_its_alone(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: roles for n, (roles, _affs) in found.items()} == {
        "Tom Reed": {Role.MODERATOR}, "Ana Vale": {Role.PANELIST}, "Mia Holt": {Role.PANELIST}}


@pytest.mark.parametrize(("text", "roles"), [
    # a part one takes part in gives its role, and says the name is a person's
    ("Joelle Pineau of Meta participated in a fireside chat.", {"Joelle Pineau": {Role.SPEAKER}}),
    ("Joelle Pineau of Meta joined a fireside chat moderated by Karl Moore.",
     {"Joelle Pineau": {Role.SPEAKER}, "Karl Moore": {Role.MODERATOR}}),
    ("Joelle Pineau of Meta participated in a panel discussion moderated by Karl Moore.",
     {"Joelle Pineau": {Role.PANELIST}, "Karl Moore": {Role.MODERATOR}}),
    # (the agent after the part's modifier moderates; the subject of the verb that takes the part holds it)
    ("Joelle Pineau, Vice-President of AI Research at Meta, participated in a fireside chat moderated by journalist "
     "Karl Moore.", {"Joelle Pineau": {Role.SPEAKER}, "Karl Moore": {Role.MODERATOR}}),
    # taking part in the event itself is no part on stage
    ("Joelle Pineau of Meta participated in the forum.", {}),
])
def test_taking_part_in_a_part(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {n: r for n, (r, _a) in found.items()} == roles


@pytest.mark.parametrize(("text", "name"), [
    # Commonwealth styles written in full are honorifics
    ("The Honourable Jean Dubois, Minister of Industry, delivered remarks at the forum.", "Jean Dubois"),
    ("Today, the Honourable François-Philippe Champagne, Minister of Innovation, Science and Industry, delivered "
     "remarks at the forum.", "François-Philippe Champagne"),
    ("The Right Honourable Mark Carney spoke at the forum.", "Mark Carney"),
    ("Speaking at the forum, Cllr Jane Roe, leader of Leeds City Council, welcomed delegates.", "Jane Roe"),
])
def test_a_style_in_full_before_a_name(text: str, name: str) -> None:
    assert list(_people("The Lake AI Forum was held on June 3. " + text)) == [name]


@pytest.mark.parametrize(("text", "aff"), [
    # posts in a row, parted by commas, then the organization
    ("Anand Rao, Founder, Chairman and MD, Lake Systems, delivered the keynote address.",
     ("Lake Systems", "Founder, Chairman and MD")),
    ("Anand Rao, Chairman, Managing Director, Lake Systems, delivered the keynote address.",
     ("Lake Systems", "Chairman, Managing Director")),
    # a post's field after a dash
    ("Rajesh Nair, Director – Operations, Hanbit Auto, delivered the keynote address.",
     ("Hanbit Auto", "Director – Operations")),
    # ... a hyphen spaced as the dash
    ("Kavita Menon, Head - Digital, Hanbit Auto, delivered the keynote address.", ("Hanbit Auto", "Head - Digital")),
    ("Rajesh Nair, Vice President - Operations, Lake Systems, delivered the keynote address.",
     ("Lake Systems", "Vice President - Operations")),
    # (a post, then the organization, as before)
    ("Anand Rao, Founder, Lake Systems, delivered the keynote address.", ("Lake Systems", "Founder")),
])
def test_posts_in_a_row_before_the_organization(text: str, aff: tuple[str, str]) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    [(_roles, affs)] = found.values()
    assert affs == [aff]


@pytest.mark.parametrize(("text", "aff"), [
    # the event's own office after a name is a title, its type word no organization
    ("Mr. Arvind Patil, Conclave Chairman, proposed the vote of thanks.", (None, "Conclave Chairman")),
    ("Ana Vale, Summit Chair, opened the day.", (None, "Summit Chair")),
    ("Ana Vale, Acme CEO, spoke on robots.", ("Acme", "CEO")),
])
def test_an_office_of_the_event_after_a_name(text: str, aff: tuple) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    [(_roles, affs)] = found.values()
    assert affs == [aff]


@pytest.mark.parametrize(("text", "sponsors"), [
    # the sponsors one thanks or acknowledges, listed after the noun
    ("Dean Mia Holt opened the day by thanking sponsors Rock Inc, Hanbit Labs and the Lake Development Corporation.",
     ["Rock Inc", "Hanbit Labs", "Lake Development Corporation"]),
    ("Ana Vale thanked the event's sponsors, Rock Inc and Hanbit Labs, for their support.", ["Rock Inc", "Hanbit Labs"]),
    ("Ana Vale thanked sponsors for their support.", []),
])
def test_the_sponsors_one_thanks(text: str, sponsors: list[str]) -> None:
    _e, orgs = _event("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert orgs["sponsors"] == sponsors


@pytest.mark.parametrize("lead", ["Speaking after lunch", "Speaking from the podium", "Speaking via video",
                                  "Speaking later in the day"])
def test_a_fronted_participle_of_when_or_where_one_spoke(lead: str) -> None:
    found = _people(f"The Lake AI Forum was held on June 3 in Tulsa. {lead}, Mia Holt of Hanbit Labs warned about hype.")
    assert found == {"Mia Holt": ({Role.SPEAKER}, [("Hanbit Labs", None)])}


@pytest.mark.parametrize(("text", "second"), [
    # "ORG TITLE A and TITLE B": the organization written first is the second's too
    ("Hanbit Labs CEO Ana Vale and CTO Tom Reed presented the roadmap.", ("Hanbit Labs", "CTO")),
    ("Hanbit Labs CEO Ana Vale and chief data officer Tom Reed presented the roadmap.",
     ("Hanbit Labs", "chief data officer")),
    # (another organization, or a professor's chair, is the second's own)
    ("Hanbit Labs CEO Ana Vale and Rock Inc CTO Tom Reed presented the roadmap.", ("Rock Inc", "CTO")),
    ("Hanbit Labs CEO Ana Vale and Professor Tom Reed presented the roadmap.", (None, "Professor")),
])
def test_one_organization_before_two_titled_names(text: str, second: tuple) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert found["Ana Vale"][1] == [("Hanbit Labs", "CEO")] and found["Tom Reed"][1] == [second]


@pytest.mark.parametrize(("text", "people"), [
    # a title and a name after "and" open the next person, not a longer organization
    ("Ana Vale of Hanbit Labs and CTO Tom Reed presented the roadmap.",
     {"Ana Vale": [("Hanbit Labs", None)], "Tom Reed": [(None, "CTO")]}),
    ("Ana Vale of Hanbit Labs and chief executive Tom Reed presented the roadmap.",
     {"Ana Vale": [("Hanbit Labs", None)], "Tom Reed": [(None, "chief executive")]}),
    # (words of a name joined by "and" stay one organization)
    ("Ana Vale of the Ministry of Science and ICT spoke.", {"Ana Vale": [("Ministry of Science and ICT", None)]}),
])
def test_a_titled_name_after_and_ends_the_organization(text: str, people: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: affs for n, (_r, affs) in found.items()} == people


@pytest.mark.parametrize(("text", "people"), [
    # two posts in the names' order, one organization for both
    ("Ana Vale and Tom Reed, CEO and CTO of Hanbit Labs respectively, presented.",
     {"Ana Vale": [("Hanbit Labs", "CEO")], "Tom Reed": [("Hanbit Labs", "CTO")]}),
    ("Ana Vale and Tom Reed, the CEO and chief technology officer of Hanbit Labs, presented.",
     {"Ana Vale": [("Hanbit Labs", "CEO")], "Tom Reed": [("Hanbit Labs", "chief technology officer")]}),
])
def test_two_posts_in_order_at_one_organization(text: str, people: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: affs for n, (_r, affs) in found.items()} == people


@pytest.mark.parametrize("text", [
    # "its" after a titled person and "and" is the body further back, not the person
    "Hanbit Labs' CEO Ana Vale and its CTO Tom Reed presented.",
    "Hanbit Labs CEO Ana Vale and its CTO Tom Reed presented.",
])
def test_its_after_a_titled_person(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert found["Tom Reed"][1] == [("Hanbit Labs", "CTO")]


@pytest.mark.parametrize(("text", "names"), [
    # a name's particles between its capitalised words keep a list going
    ("Speakers included Pieter van der Berg of ASML, Maria de la Cruz of Cemex and Omar Al-Farsi of Aramco.",
     ["Pieter van der Berg", "Maria de la Cruz", "Omar Al-Farsi"]),
    ("Speakers included Pieter van der Berg of ASML, Maria Cruz of Cemex and Omar Farsi of Aramco.",
     ["Pieter van der Berg", "Maria Cruz", "Omar Farsi"]),
    # a word that is a name only beside another name's word ("An") ends no name after "and"
    ("Speakers included Łukasz Wójcik of Orlen and Nguyễn Văn An of FPT.", ["Łukasz Wójcik", "Nguyễn Văn An"]),
    ("Speakers included Ana Vale of Orlen and Nguyen Van An of FPT.", ["Ana Vale", "Nguyen Van An"]),
])
def test_names_of_many_languages_in_a_list(text: str, names: list[str]) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert list(found) == names and all(found[n][0] == {Role.SPEAKER} for n in names)


@pytest.mark.parametrize(("text", "expected"), [
    # presenting a gathering holds it; presenting an award or a product does not
    ("Hanbit Labs presents the Lake AI Summit on June 3 in Tulsa.", {"organizers": ["Hanbit Labs"]}),
    ("Hanbit Labs presented its annual Lake AI Summit on June 3 in Tulsa.", {"organizers": ["Hanbit Labs"]}),
    ("The Lake AI Summit took place on June 3 in Tulsa. Rock Inc presented its new robot at the summit.",
     {"organizers": []}),
    # the progressive after its auxiliary
    ("The Lake AI Summit took place on June 3 in Tulsa. Hanbit Labs and Rock Inc are co-organizing the summit.",
     {"co_organizers": ["Hanbit Labs", "Rock Inc"]}),
    ("The Lake AI Summit took place on June 3 in Tulsa. Hanbit Labs and Rock Inc were hosting the summit.",
     {"organizers": ["Hanbit Labs", "Rock Inc"]}),
    ("The Lake AI Summit took place on June 3 in Tulsa. Hanbit Labs and Rock Inc hosting the summit made sense.",
     {"organizers": []}),
])
def test_presenting_and_progressive_holders(text: str, expected: dict) -> None:
    _e, orgs = _event(text)
    assert {k: orgs[k] for k in expected} == expected


@pytest.mark.parametrize(("closing", "names"), [
    # the closing line that gives the writers' address names them
    ("Write to Kim Min-ji at mjkim@hankyung.com", ["Kim Min-ji"]),
    ("Write to Kim Min-ji and Lee Jae-won at tech@hankyung.com", ["Kim Min-ji", "Lee Jae-won"]),
])
def test_the_write_to_line_names_the_writers(closing: str, names: list[str]) -> None:
    found = _people(f"The Lake AI Forum was held on June 3 in Seoul.\n\n{closing}")
    assert list(found) == names and all(found[n][0] == {Role.REPORTER} for n in names)


def test_a_paragraph_under_a_parts_header_gives_the_part_to_its_sentences_subjects() -> None:
    text = ("The 2025 Lake AI Forum took place on June 3 at Lake Hall in Tulsa.\n\nSession 1: Data infrastructure\n\n"
            "Ana Vale of Rock Inc argued that plants lack clean data. Tom Reed, CTO of Hanbit Labs, agreed, adding "
            "that labels cost more than sensors. Both cited a study by the Ridge Institute.\n")
    found = _people(text)
    assert found["Ana Vale"][0] == {Role.SPEAKER} and found["Tom Reed"][0] == {Role.SPEAKER}


def test_a_name_inside_a_sentence_under_a_parts_header_takes_no_part() -> None:
    text = ("The 2025 Lake AI Forum took place on June 3 at Lake Hall in Tulsa.\n\nSession 1: Data infrastructure\n\n"
            "Ana Vale of Rock Inc argued that plants lack clean data, citing work by Professor Tom Reed of Lake "
            "University.\n")
    found = _people(text)
    assert found["Ana Vale"][0] == {Role.SPEAKER} and Role.SPEAKER not in found.get("Tom Reed", (set(), []))[0]


@pytest.mark.parametrize("text", [
    # a public body's unit, owned by the kind word that refers back to the body
    "The Ministry of Hanbit Affairs held the Lake AI Forum on June 3. \"We will invest,\" said Kim Jung-ho, head of "
    "the ministry's AI policy bureau.",
    "The Ministry of Hanbit Affairs held the Lake AI Forum on June 3. Kim Jung-ho, director of the ministry's data "
    "directorate, spoke first.",
])
def test_a_unit_of_the_body_a_kind_word_refers_to(text: str) -> None:
    found = _people(text)
    assert found["Kim Jung-ho"][1][0][0] == "Ministry of Hanbit Affairs"


@pytest.mark.parametrize(("text", "people"), [
    # a newspaper's own word in another language is no name, and a newsroom's desk is a title's field
    ("It was moderated by JoongAng Ilbo tech editor Park Soo-ryun.",
     {"Park Soo-ryun": ({Role.MODERATOR}, [("JoongAng Ilbo", "tech editor")])}),
    ("Park Soo-ryun of the Hankook Ilbo moderated.", {"Park Soo-ryun": ({Role.MODERATOR}, [("Hankook Ilbo", None)])}),
    # a correspondent with a part of her own on stage is no reporter of the article
    ("Hanbit Wire health correspondent Ana Vale moderated the panel.",
     {"Ana Vale": ({Role.MODERATOR}, [("Hanbit Wire", "health correspondent")])}),
])
def test_journalists_on_stage(text: str, people: dict) -> None:
    assert _people("The Lake AI Forum was held on June 3 in Seoul. " + text) == people


@pytest.mark.parametrize(("text", "expected"), [
    # the holder's partner after "organized by X with"
    ("The Lake AI Summit, organized by the Hanbit Fabless Association with the Ministry of Lake Affairs, drew 700.",
     {"organizers": ["Hanbit Fabless Association"], "co_organizers": ["Ministry of Lake Affairs"], "sponsors": []}),
    # (support after "with" is a sponsor's; an aim is nobody's)
    ("The Lake AI Summit, hosted by Hanbit Labs with support from Rock Inc, took place on June 3.",
     {"organizers": ["Hanbit Labs"], "co_organizers": [], "sponsors": ["Rock Inc"]}),
    ("The Lake AI Summit, hosted by Hanbit Labs with the aim of sharing ideas, took place on June 3.",
     {"organizers": ["Hanbit Labs"], "co_organizers": [], "sponsors": []}),
])
def test_the_holders_partner_after_by_and_with(text: str, expected: dict) -> None:
    _e, orgs = _event(text)
    assert orgs == expected


@pytest.mark.parametrize(("text", "names"), [
    # a person's possessive and a relation before a name: the owner is no one at the event, the name is
    ("The panel featured Jensen Huang's deputy Ian Buck and Lee Kyung-il of Hanbit Securities.",
     ["Ian Buck", "Lee Kyung-il"]),
    ("The panel featured Lee Kyung-il of Hanbit Securities and Jensen Huang's deputy Ian Buck.",
     ["Lee Kyung-il", "Ian Buck"]),
    ("The panel featured Sam Altman's former colleague Peter Deng, now a partner at Felicis Ventures, and Lee Kyung-il "
     "of Hanbit Securities.", ["Peter Deng", "Lee Kyung-il"]),
])
def test_a_persons_relation_before_a_listed_name(text: str, names: list[str]) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert list(found) == names and all(found[n][0] == {Role.PANELIST} for n in names)


@pytest.mark.parametrize(("text", "role"), [
    # the span of a line-up names its first and its last
    ("The day's speakers ranged from Ana Vale of Rock Inc to Tom Reed of Hanbit Labs.", Role.SPEAKER),
    ("Panelists ranged from Ana Vale of Rock Inc to Tom Reed of Hanbit Labs.", Role.PANELIST),
])
def test_the_span_of_a_line_up(text: str, role: Role) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == {"Ana Vale": {role}, "Tom Reed": {role}}


@pytest.mark.parametrize(("text", "names"), [
    # a generation's suffix after a listed name is part of it, and ends no list
    ("Speakers included Ana M. Vale of Rock Inc and John Smith III of Lake Corp.", ["Ana M. Vale", "John Smith III"]),
    ("Speakers included Robert Kim Jr. of Hanbit Labs, Ana Vale of Rock Inc and Tom Reed Sr. of Lake Corp.",
     ["Robert Kim Jr.", "Ana Vale", "Tom Reed Sr."]),
])
def test_a_generations_suffix_in_a_list(text: str, names: list[str]) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert list(found) == names and all(found[n][0] == {Role.SPEAKER} for n in names)


@pytest.mark.parametrize("text", [
    # two hyphens typed for a dash set off an aside as the dash does
    "Ana Vale -- CEO of Rock Inc -- delivered the keynote.",
    "The keynote speaker -- Ana Vale, CEO of Rock Inc -- urged caution.",
    "Ana Vale — CEO of Rock Inc — delivered the keynote.",
])
def test_two_hyphens_for_a_dash(text: str) -> None:
    assert _people("The Lake AI Forum was held on June 3 in Tulsa. " + text) == {
        "Ana Vale": ({Role.KEYNOTE}, [("Rock Inc", "CEO")])}


@pytest.mark.parametrize(("text", "people"), [
    # a post in the plural after one name is the next item of a list, not that name's post
    ("The forum was attended by 200 people, including First Vice Minister Lee Chang-yoon, representatives of AI chip "
     "companies such as Rebellions, and researchers.", {"Lee Chang-yoon": [(None, "First Vice Minister")]}),
    # (after two names it is both names' post)
    ("Ana Vale and Tom Reed, co-founders of Hanbit Labs, led the workshop.",
     {"Ana Vale": [("Hanbit Labs", "co-founder")], "Tom Reed": [("Hanbit Labs", "co-founder")]}),
])
def test_a_plural_post_after_one_name(text: str, people: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: a for n, (_r, a) in found.items()} == people


@pytest.mark.parametrize(("text", "people"), [
    # a body's parentheses that name its head, as Korean releases write them in English
    ("The Ministry of Lake Affairs (Minister Yoo Sang-im) held the Lake AI Forum on June 10 in Seoul.",
     {"Yoo Sang-im": ({Role.HOST_REP}, [("Ministry of Lake Affairs", "Minister")])}),
    ("The Lake AI Forum was held on June 10 in Seoul, co-organized by the Hanbit IT Promotion Agency (HIPA, President "
     "Park Yoon-kyu).", {"Park Yoon-kyu": ({Role.HOST_REP}, [("Hanbit IT Promotion Agency", "President")])}),
    # (a title in parentheses after a word that is no body's name names none)
    ("The Lake AI Forum was held on June 10 in Seoul. Its guests (Minister Yoo Sang-im among them) toured the booths.",
     {"Yoo Sang-im": ({Role.ATTENDEE}, [(None, "Minister")])}),
])
def test_a_bodys_head_in_its_parentheses(text: str, people: dict) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "organizers"), [
    # a body whose name opens with a number
    ("The Lake AI Forum, organized by 3M, took place on June 3 in Tulsa.", ["3M"]),
    # an owner named by its kind, then what its arm does
    ("The Lake AI Forum, organized by the group's AI research arm 42dot, took place on June 3 in Tulsa.", ["42dot"]),
    ("The Lake AI Forum, organized by the group's AI research arm Hanbit Labs, took place on June 3 in Tulsa.",
     ["Hanbit Labs"]),
    # (a year is no body)
    ("The Lake AI Forum took place on June 3 in Tulsa, organized by 2025 Events.", []),
])
def test_holders_by_number_and_by_their_owners_kind(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "people"), [
    # a part alone after a name is no post: the role cues read it
    ("Ana Vale, the keynote speaker, said data matters.", {"Ana Vale": ({Role.KEYNOTE}, [])}),
    ("Ana Vale, a panelist, said data matters.", {"Ana Vale": ({Role.PANELIST}, [])}),
    # one's own talk begun or ended
    ("Ana Vale of Rock Inc opened her talk by citing a survey.", {"Ana Vale": ({Role.SPEAKER}, [("Rock Inc", None)])}),
    ("Tom Reed of Hanbit Labs wrapped up his presentation with a demo.",
     {"Tom Reed": ({Role.SPEAKER}, [("Hanbit Labs", None)])}),
])
def test_a_part_alone_and_ones_own_talk(text: str, people: dict) -> None:
    assert _people("The Lake AI Forum was held on June 3 in Tulsa. " + text) == people


@pytest.mark.parametrize(("text", "roles"), [
    # the next turn of a programme gives its one who takes it the talk the turn before gave
    ("Ana Vale of Rock Inc presented first. Next, Tom Reed of Hanbit Labs walked through a case. Finally, Mia Holt of "
     "Lake University offered a forecast.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}, "Mia Holt": {Role.SPEAKER}}),
    ("Ana Vale of Rock Inc presented first. Last up was Mia Holt of Lake University, who offered a forecast.",
     {"Ana Vale": {Role.SPEAKER}, "Mia Holt": {Role.SPEAKER}}),
    # (a turn after no talk gives none)
    ("Ana Vale of Rock Inc attended the forum. Finally, Mia Holt of Lake University offered a forecast.",
     {"Ana Vale": {Role.ATTENDEE}}),
])
def test_the_next_turn_of_a_programme(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items() if r} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # names set beside the part they play, in the plural with a determiner, are people with that part
    ("The panelists, Ana Vale and Tom Reed, agreed on data.", {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    ("Its two keynote speakers, Ana Vale and Tom Reed, agreed on data.",
     {"Ana Vale": {Role.KEYNOTE}, "Tom Reed": {Role.KEYNOTE}}),
    ("For speakers, Ana Vale is a good example.", {}),
    # speaking up in a discussion on stage
    ("Ana Vale of Rock Inc weighed in on the debate, arguing for standards.", {"Ana Vale": {Role.PANELIST}}),
])
def test_names_beside_their_parts_and_weighing_in(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == roles


@pytest.mark.parametrize("text", [
    # what an audience heard from a speaker, whatever it heard
    "Attendees also heard perspectives from Ana Vale of Rock Inc.",
    "Participants heard updates from Ana Vale of Rock Inc.",
])
def test_what_an_audience_heard_from_a_speaker(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert found["Ana Vale"][0] == {Role.SPEAKER}


@pytest.mark.parametrize("verb", ["presented", "gave", "made"])
def test_a_keynote_given_by_a_verb_of_talks(verb: str) -> None:
    found = _people(f"The Lake AI Forum was held on June 3 in Seoul. Kim Jung-ho of Hanbit University {verb} a keynote "
                    "speech on chips.")
    assert found["Kim Jung-ho"][0] == {Role.KEYNOTE}


@pytest.mark.parametrize(("text", "expected"), [
    # a part given with "as" after a list is the last one's, not the list's
    ("A panel on robots featured Ana Vale of Bolt Labs, Omar Haddad of Wayne Labs and Tom Reed of Ridge AI, with "
     "Hanbit University professor Mia Holt as moderator.",
     {"Ana Vale": {Role.PANELIST}, "Omar Haddad": {Role.PANELIST}, "Tom Reed": {Role.PANELIST},
      "Mia Holt": {Role.MODERATOR}}),
    ("The panel featured Ana Vale of Bolt Labs and Tom Reed of Ridge AI, with Mia Holt of Lake Lab serving as the "
     "moderator.", {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}, "Mia Holt": {Role.MODERATOR}}),
    # a plural part given with "as" is everyone's
    ("Ana Vale of Bolt Labs and Tom Reed of Ridge AI served as moderators.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.MODERATOR}}),
])
def test_a_part_given_with_as_is_the_one_named_before_it(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the last of a line-up, fronted before the copula or after the names
    ("Rounding out the lineup were Ana Vale of Bolt Labs and Omar Haddad, director of AI at Wayne Labs.",
     {"Ana Vale": {Role.SPEAKER}, "Omar Haddad": {Role.SPEAKER}}),
    ("Rounding out the panel were Ana Vale of Bolt Labs and Omar Haddad of Wayne Labs.",
     {"Ana Vale": {Role.PANELIST}, "Omar Haddad": {Role.PANELIST}}),
    ("Completing the program was Ana Vale, a partner at Bolt Labs.", {"Ana Vale": {Role.SPEAKER}}),
    ("Ana Vale of Bolt Labs and Omar Haddad of Wayne Labs rounded out the lineup.",
     {"Ana Vale": {Role.SPEAKER}, "Omar Haddad": {Role.SPEAKER}}),
    # rounding out something else gives no part
    ("Rounding out the year, Ana Vale of Bolt Labs was promoted.", {}),
])
def test_the_last_of_a_lineup(text: str, expected: dict) -> None:
    got = {n: roles for n, (roles, _affs) in _people(text).items() if roles}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name with lower-case particles after "and" opens the next person, not more of the organization
    ("Also on the panel were Tom Reed of Ridge Vernova and Maria de la Cruz of Lake Partners.",
     {"Tom Reed": [("Ridge Vernova", None)], "Maria de la Cruz": [("Lake Partners", None)]}),
    ("Speakers were Tom Reed of Hanbit University and Jan van der Berg of Pine Electronics.",
     {"Tom Reed": [("Hanbit University", None)], "Jan van der Berg": [("Pine Electronics", None)]}),
    # (an organization's own "and" stays in it)
    ("Tom Reed of Ridge and Pine Partners spoke at the forum.", {"Tom Reed": [("Ridge and Pine Partners", None)]}),
])
def test_a_name_with_particles_after_and_is_the_next_person(text: str, expected: dict) -> None:
    assert {n: affs for n, (_roles, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue ending in "by" reaches past the honorifics of the name after it
    ("The hearing, convened by Sen. Ana Vale, heard testimony from Bolt Labs CEO Tom Reed.",
     {"Ana Vale": {Role.HOST_REP}, "Tom Reed": {Role.SPEAKER}}),
    ("The workshop was organized by Dr. Ana Vale, and featured talks by Prof. Tom Reed and Dr. Mia Holt.",
     {"Ana Vale": {Role.HOST_REP}, "Tom Reed": {Role.SPEAKER}, "Mia Holt": {Role.SPEAKER}}),
    # the one who convened a hearing holds it; an agent's organization and title in capitals ("Bolt Labs CEO")
    ("The hearing, convened by Ana Vale, heard testimony from Bolt Labs CEO Tom Reed.",
     {"Ana Vale": {Role.HOST_REP}, "Tom Reed": {Role.SPEAKER}}),
    ("The roundtable, convened by Hanbit Labs, heard from Ridge Robotics President Tom Reed.",
     {"Tom Reed": {Role.SPEAKER}}),
])
def test_a_cue_by_reaches_past_honorifics(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a gathering that opens the sentence, then its subject presenting something: a talk at it
    ("At the Lake AI Summit in Detroit on Tuesday, Bolt Labs' chief AI officer Ana Vale highlighted digital twins.",
     {"Ana Vale": {Role.SPEAKER}}),
    ("During the forum, Ana Vale, a professor at Hanbit University, argued that robots need people.",
     {"Ana Vale": {Role.SPEAKER}}),
    # a talk told by the room it was given to
    ("Speaking to a packed room, Tom Reed of Ridge AI argued that agents will replace dashboards.",
     {"Tom Reed": {Role.SPEAKER}}),
    # not anything one may say or do there
    ("At the forum, Ana Vale of Bolt Labs said the market was growing.", {"Ana Vale": set()}),
    ("At the ceremony, Bolt Labs CEO Ana Vale received the award.", {"Ana Vale": {Role.OTHER}}),
    # going up on stage to receive an award is no talk
    ("At the ceremony, Bolt Labs CEO Ana Vale took the stage to accept the Innovator of the Year award.",
     {"Ana Vale": {Role.OTHER}}),
])
def test_a_gathering_opening_the_sentence_and_its_presenting_subject(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize("text", [
    "The summit closed with a panel discussion on workforce, featuring Ana Vale, a researcher at the Lake Labor "
    "Institute, and Tom Reed, vice president of Ridge SDS.",
    "The day ended with a panel about hiring, featuring Ana Vale of the Lake Labor Institute and Tom Reed of Ridge SDS.",
])
def test_featuring_after_a_parts_topic_and_a_comma(text: str) -> None:
    # "featuring" after the part's topic and a comma still introduces that part's people
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == {"Ana Vale": {Role.PANELIST},
                                                                         "Tom Reed": {Role.PANELIST}}


@pytest.mark.parametrize(("text", "expected"), [
    # an item whose organization is written with "the" still continues the list its cue opened
    ("The panel featured Ana Vale of the Lake Labor Institute and Tom Reed of Ridge SDS.",
     {"Ana Vale": [("Lake Labor Institute", None)], "Tom Reed": [("Ridge SDS", None)]}),
    ("Speakers included Ana Vale of the Bay Institute, Mia Holt of the Pine Lab and Tom Reed of SDS.",
     {"Ana Vale": [("Bay Institute", None)], "Mia Holt": [("Pine Lab", None)], "Tom Reed": [("SDS", None)]}),
    # a list's last item with no organization is no part of the one before
    ("Speakers included Ana Vale of the Lake Labor Institute and Tom Reed.",
     {"Ana Vale": [("Lake Labor Institute", None)], "Tom Reed": []}),
    ("Speakers included Ana Vale of Lake Labs and Tom Reed; the panel followed.",
     {"Ana Vale": [("Lake Labs", None)], "Tom Reed": []}),
    # (an organization's own "and" before a word that is no name stays in it)
    ("Tom Reed of the Ministry of Trade and Industry spoke.", {"Tom Reed": [("Ministry of Trade and Industry", None)]}),
])
def test_list_items_after_an_organization_with_the(text: str, expected: dict) -> None:
    assert {n: affs for n, (_roles, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "venue"), [
    # an acronym in parentheses inside a building's name is part of it
    ("The Lake AI Forum was held at the Federation of Pine Industries (FPI) Tower on Monday.",
     "Federation of Pine Industries (FPI) Tower"),
    ("The Lake AI Forum took place at the Korea Bay Center (KBC) Grand Hall on Monday.", "Korea Bay Center (KBC) Grand Hall"),
    # not a place's own words in parentheses after it
    ("The Lake AI Forum was held at the Federation of Pine Industries (FPI) in Yeouido on Monday.",
     "Federation of Pine Industries"),
])
def test_an_acronym_inside_a_venues_name(text: str, venue: str) -> None:
    e, _ = _event(text)
    assert e.venue == venue


def test_a_breakout_an_exhibitor_hosts_makes_it_no_organizer() -> None:
    e, orgs = _event("The Lake Automate 2025 show runs June 22-25 in Detroit. Bolt Labs will also host a breakout "
                     "session on vision AI on June 23.")
    assert (e.name, orgs["organizers"]) == ("Lake Automate 2025", [])


@pytest.mark.parametrize(("text", "org"), [
    ("SAN JOSE, Calif., March 18, 2025 /PRNewswire/ -- Acme Robotics today announced that its CEO, Ana Vale, will "
     "deliver a keynote at the Lake AI Summit.", "Acme Robotics"),
    ("SEOUL, June 9 (Yonhap) -- Kestrel said Monday that its CEO, Ana Vale, will speak at the Lake AI Summit.", "Kestrel"),
])
def test_its_after_a_dateline_refers_to_the_subject_after_the_dash(text: str, org: str) -> None:
    assert _people(text)["Ana Vale"][1] == [(org, "CEO")]


@pytest.mark.parametrize(("text", "start"), [
    # the report's day, the event ahead and its day unsaid
    ("Bolt Labs said Monday that its CEO, Ana Vale, will speak at the Lake AI Summit.", None),
    ("Bolt Labs announced Tuesday that the Lake AI Summit will open Friday.", "2025-06-13"),
    # the report's day is the event's when it was held
    ("Bolt Labs said Monday it hosted the Lake AI Summit.", "2025-06-09"),
])
def test_a_reports_day_before_a_part_still_ahead(text: str, start: str | None) -> None:
    e, _ = _event(text)
    assert e.start == start


@pytest.mark.parametrize(("text", "expected"), [
    # a programme line: the name, its body (and post) after commas, its talk after a colon
    ("Speakers:\nAna Vale, Bolt Labs: Agents on the Line\nTom Reed, Ridge AI: Vision at Scale",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)], "Agents on the Line"),
      "Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)], "Vision at Scale")}),
    ('Keynote speakers:\n- Ana Vale, CEO, Bolt Labs: "Agents on the Line"\n- Tom Reed, CTO of Ridge AI: Vision at Scale',
     {"Ana Vale": ({Role.KEYNOTE}, [("Bolt Labs", "CEO")], "Agents on the Line"),
      "Tom Reed": ({Role.KEYNOTE}, [("Ridge AI", "CTO")], "Vision at Scale")}),
    # a chair's line names no talk
    ("Moderator: Tom Reed, Ridge AI", {"Tom Reed": ({Role.MODERATOR}, [("Ridge AI", None)], None)}),
])
def test_a_programme_lines_talk_after_a_colon(text: str, expected: dict) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    assert {p.name: ({r.role for r in p.roles}, [(orgs.get(a.org) if a.org else None, a.title) for a in p.affiliations],
                     next((r.talk_title for r in p.roles if r.talk_title), None)) for p in x.people} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a presenter or a lecturer gives a talk
    ("Ana Vale of Bolt Labs was the first presenter, followed by Tom Reed of Ridge AI.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)]), "Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    # "guest" is a modifier of a title, no organization
    ("Guest lecturer Ana Vale of Bolt Labs explained agents.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", "Guest lecturer")])}),
])
def test_presenters_lecturers_and_guests(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "Participants pose at the Lake AI Forum in Seoul on Monday. From left are Kim Do-yun, Jane Roe and Tom Reed.",
    "Participants pose at the Lake AI Forum in Seoul on Monday. From left to right: Kim Do-yun, Jane Roe and Tom Reed.",
    "Participants pose at the Lake AI Forum in Seoul on Monday. From left, Kim Do-yun, Jane Roe and Tom Reed cut the "
    "ribbon.",
])
def test_a_captions_people_from_left_need_no_organization(text: str) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == {
        "Kim Do-yun": {Role.ATTENDEE}, "Jane Roe": {Role.ATTENDEE}, "Tom Reed": {Role.ATTENDEE}}


def test_an_initialism_after_a_hyphen_ends_no_sentence() -> None:
    # "Korea-U.S." is one name's word: the city and the day after it are the event's
    e, _ = _event("Officials met at the Korea-U.S. AI Dialogue in Washington on Monday.")
    assert (e.name, e.city, e.start) == ("Korea-U.S. AI Dialogue", "Washington", "2025-06-09")


@pytest.mark.parametrize(("text", "expected"), [
    # the guest of honour, hyphenated; the vote of thanks said for the hosts, in either order
    ("The Guest-of-Honour at the Lake Summit was Mr Tan Wei Ming, Minister for Manpower.", {"Tan Wei Ming": {Role.OTHER}}),
    ("The vote of thanks was proposed by Arun Kumar, Convenor, Lake Industry Council.", {"Arun Kumar": {Role.HOST_REP}}),
    ("Arun Kumar, Convenor, Lake Industry Council, proposed the vote of thanks.", {"Arun Kumar": {Role.HOST_REP}}),
])
def test_guests_of_honour_and_votes_of_thanks(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one name after a public office, acting or described next
    ("Chief Minister Siddaramaiah inaugurated the Lake Tech Summit 2025 on Tuesday.", {"Siddaramaiah": {Role.OTHER}}),
    ("President Prabowo, who opened the forum, urged investment.", {"Prabowo": {Role.HOST_REP}}),
    # a later short mention of a full name stays that person
    ("Prime Minister Narendra Modi opened the summit. Modi said India would lead.", {"Narendra Modi": {Role.HOST_REP}}),
    # not a place, a post's own word or a day
    ("Minister Seoul said the ministry would help.", {}),
    ("The Minister Counsellor said the embassy would help.", {}),
    ("Acme President Tuesday announced a plan.", {}),
    # a scholar by the surname after "Professor" spelled out, as after "Prof."; letters beyond ASCII
    ("The Lake AI Forum was held on June 3 in Aachen. Professor Müller spoke.", {"Müller": {Role.SPEAKER}}),
    ("Minister Šefčovič inaugurated the Lake Tech Summit 2025 on Tuesday.", {"Šefčovič": {Role.OTHER}}),
    ("The Lake AI Forum was held on June 3 in Aachen. Professor Emeritus spoke.", {}),
])
def test_one_name_after_a_public_office(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part set beside a name with its organization is the evidence of a person
    ("Tom Reed of Ridge AI, a panelist at the forum, said regulation lags.",
     {"Tom Reed": ({Role.PANELIST}, [("Ridge AI", None)])}),
    ("Tom Reed of Ridge AI, one of the speakers, said regulation lags.",
     {"Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    # a verb of a part past an aside about the organization is the evidence of a person
    ("Jill Baker of Crain's, a business weekly, moderated.", {"Jill Baker": ({Role.MODERATOR}, [("Crain's", None)])}),
    ("Tom Reed of Acme, a robot maker, spoke about arms.", {"Tom Reed": ({Role.SPEAKER}, [("Acme", None)])}),
    # ... and a verb of a part past the unit an owner's possessive leads to
    ("Jill Baker of Lake Corp's robotics unit spoke.", {"Jill Baker": ({Role.SPEAKER}, [("Lake Corp", None)])}),
    ("Jill Baker of Lake Corp's software division gave a talk.", {"Jill Baker": ({Role.SPEAKER}, [("Lake Corp", None)])}),
    ("Jill Baker from Acme's AI lab moderated the panel.",  # (passed before)
     {"Jill Baker": ({Role.MODERATOR}, [("Acme", None)])}),
    # an appositive that is no part is none ("a company that builds robots"), a verb of saying after it neither
    ("Tom Reed of Ridge AI, a company that builds robots, said robots help.", {}),
    # a speaker's place in the programme is no title
    ("The forum's first speaker, Tom Reed of Ridge AI, opened with a demo.",
     {"Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
])
def test_a_part_apposed_to_a_name(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "Omar Haddad, who will speak at the Lake AI Forum, leads Wayne Labs' robotics team.",
    "Omar Haddad, who will speak at the Lake AI Forum, founded Wayne Labs.",
])
def test_the_body_the_main_verb_leads_past_a_relative_clause(text: str) -> None:
    assert _people(text) == {"Omar Haddad": ({Role.SPEAKER}, [("Wayne Labs", None)])}


@pytest.mark.parametrize(("text", "expected"), [
    # awards given, in the passive: the one who gave them, as in the active
    ("The awards were presented by Omar Haddad, president of the Lake Robotics Association.", {"Omar Haddad": {Role.OTHER}}),
    ("The prizes were handed out by Omar Haddad of Bolt Labs.", {"Omar Haddad": {Role.OTHER}}),
    # ... or a participle after the prize
    ("The day ended with the Lake Startup Award, presented by Omar Haddad of Bolt Labs.", {"Omar Haddad": {Role.OTHER}}),
    ("The Lake Startup Award presented by Omar Haddad went to Nimbus.", {"Omar Haddad": {Role.OTHER}}),
    # a keynote presented in the passive is a keynote; research presented a talk
    ("The keynote was presented by Omar Haddad of Bolt Labs.", {"Omar Haddad": {Role.KEYNOTE}}),
    ("The research was presented by Omar Haddad of Bolt Labs.", {"Omar Haddad": {Role.SPEAKER}}),
])
def test_what_was_presented_in_the_passive(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize("text", [
    # the writer's interview of someone is no talk of theirs
    "The Lake Summit was held on Monday. Afterwards, we spoke with Prof. Omar Haddad of Bolt Labs about AI.",
    "The Lake Summit was held on Monday. I also talked to Omar Haddad, CEO of Bolt Labs.",
])
def test_the_writer_speaking_with_someone(text: str) -> None:
    assert _people(text)["Omar Haddad"][0] == set()


@pytest.mark.parametrize(("text", "expected"), [
    # speaker cards: under a header of a part, a name alone on its line and its post on the line below
    ("Speakers:\nAna Vale\nPresident, Lake AI Association\nTom Reed\nCTO, Ridge Robotics",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake AI Association", "President")]),
      "Tom Reed": ({Role.SPEAKER}, [("Ridge Robotics", "CTO")])}),
    ("PANELISTS\n\nAna Vale\nPresident, Lake AI Association\n\nDr. Tom Reed\nChief Technology Officer at Ridge Robotics",
     {"Ana Vale": ({Role.PANELIST}, [("Lake AI Association", "President")]),
      "Tom Reed": ({Role.PANELIST}, [("Ridge Robotics", "Chief Technology Officer")])}),
    # a header of the part and its slot ("Keynote session", "Panel session") over names and their bodies
    ("The Lake AI Forum was held on June 3.\nKeynote session\nAna Vale (Lake AI Association)",
     {"Ana Vale": ({Role.KEYNOTE}, [("Lake AI Association", None)])}),
    ("The Lake AI Forum was held on June 3.\nPanel session\nAna Vale (Lake AI Association)\nTom Reed (Ridge Robotics)",
     {"Ana Vale": ({Role.PANELIST}, [("Lake AI Association", None)]),
      "Tom Reed": ({Role.PANELIST}, [("Ridge Robotics", None)])}),
    # no header, or running text between: no cards
    ("The forum drew 300 people.\nAna Vale\nPresident, Lake AI Association", {}),
    ("The forum drew 300 people.\nSpring session\nAna Vale (Lake AI Association)", {}),
    ("Speakers:\nThe forum drew 300 people from industry and academia over two busy days.\nAna Vale\n"
     "President, Lake AI Association", {}),
])
def test_speaker_cards_under_a_header(text: str, expected: dict) -> None:
    assert _people(text) == expected


def test_a_programme_table_row_parted_by_bars() -> None:
    # "time | part: talk | giver, post, organization": a table's bars stand for the dash
    text = ("Agenda\n09:00 – 09:15 | Opening Remarks | Ana Vale, President, Lake AI Association\n"
            "09:15 – 10:00 | Keynote: The Physical AI Era | Tom Reed, CTO, Ridge Robotics\n")
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    assert {p.name: [(r.role, r.talk_title) for r in p.roles] for p in x.people} == {
        "Ana Vale": [(Role.HOST_REP, None)], "Tom Reed": [(Role.KEYNOTE, "The Physical AI Era")]}


@pytest.mark.parametrize(("text", "expected"), [
    # a header's items on lines of their own with no bullets
    ("Confirmed speakers include:\nAna Vale (Bolt Labs)\nTom Reed (Ridge AI)\n",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)]), "Tom Reed": ({Role.SPEAKER}, [("Ridge AI", None)])}),
    ("PANELISTS\nAna Vale (Bolt Labs)\nTom Reed (Ridge AI)\n",
     {"Ana Vale": ({Role.PANELIST}, [("Bolt Labs", None)]), "Tom Reed": ({Role.PANELIST}, [("Ridge AI", None)])}),
    # not under a header of a part
    ("The forum drew 300 people.\nAna Vale (Bolt Labs)\n", {}),
])
def test_a_headers_items_with_no_bullets(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a Korean family name in capitals before the hyphenated given name, as written
    ("KIM Min-su, CEO of Bolt Labs, spoke at the Lake AI Forum.", "KIM Min-su"),
    ("The keynote was given by PARK Ji-won of Ridge AI.", "PARK Ji-won"),
])
def test_a_korean_family_name_in_capitals_first(text: str, name: str) -> None:
    assert list(_people(text)) == [name]


@pytest.mark.parametrize(("text", "expected"), [
    # a broadcaster or an entertainer who hosts the event is its master of ceremonies
    ("The Lake AI Forum was hosted by KBS anchor Kim Min-ji.", {"Kim Min-ji": {Role.MODERATOR}}),
    ("KBS announcer Kim Min-ji hosted the Lake AI Forum.", {"Kim Min-ji": {Role.MODERATOR}}),
    # an organization's head who hosts it represents the host
    ("Bolt Labs CEO Ana Vale hosted the Lake AI Forum on Tuesday.", {"Ana Vale": {Role.HOST_REP}}),
    ("The Lake AI Forum was hosted by Ana Vale, president of the Lake AI Association.", {"Ana Vale": {Role.HOST_REP}}),
])
def test_hosting_on_air_is_the_mcs(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a speaker gives an audience makes a person of a name with its organization, and a talk
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge AI offered insights into robot safety.",
     {"Tom Reed": {Role.SPEAKER}}),
    ("The Lake AI Forum opened Tuesday. Mia Holt of Pine Ventures gave attendees a look at the funding market.",
     {"Mia Holt": {Role.SPEAKER}}),
    # opening the event oneself
    ("The Lake AI Forum opened Tuesday. Ana Vale of Bolt Labs kicked off the event with a look at agentic AI.",
     {"Ana Vale": {Role.HOST_REP}}),
    # (a company gives no insights of a person's: no one)
    ("The Lake AI Forum opened Tuesday. Bolt Labs offered insights into robot safety.", {}),
])
def test_what_a_speaker_gives_an_audience(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "roles"), [
    # presenting something to the audience makes a person of a name with its organization
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors demonstrated a humanoid.", {Role.SPEAKER}),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors showed a demo of its robot arm.", {Role.SPEAKER}),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors walked the audience through a case study.",
     {Role.SPEAKER}),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors made the case for open models.", {Role.SPEAKER}),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors talked attendees through the data.", {Role.SPEAKER}),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors previewed the company's roadmap.", {Role.SPEAKER}),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors gave a masterclass on robot vision.", {Role.SPEAKER}),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors taught a tutorial on robot vision.", {Role.SPEAKER}),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors gave the headline talk.", {Role.KEYNOTE}),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors delivered the day's headline address.", {Role.KEYNOTE}),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors posed questions to the panel.", {Role.MODERATOR}),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors posed the last questions to the speakers.",
     {Role.MODERATOR}),
    # (what anyone may say or call for is a person's, but no talk by itself)
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors called for more data sharing.", set()),
    ("The Lake AI Forum opened Tuesday. Tom Reed of Ridge Motors highlighted three trends.", set()),
])
def test_presenting_to_the_audience_names_a_person(text: str, roles: set) -> None:
    assert {n: r for n, (r, _affs) in _people(text).items()} == {"Tom Reed": roles}


@pytest.mark.parametrize(("text", "roles"), [
    # a talk that opens or closes a part of the event is a talk, its title after it
    ('Ana Vale of Rock Inc closed the day with a talk titled "Hybrid AI in the Factory."',
     {"Ana Vale": ({Role.SPEAKER}, "Hybrid AI in the Factory")}),
    ("Rock Inc CTO Ana Vale kicked off the second day with a presentation on edge AI.",
     {"Ana Vale": ({Role.SPEAKER}, None)}),
    ("Ana Vale of Rock Inc wrapped up the morning with a short lecture on robot safety.",
     {"Ana Vale": ({Role.SPEAKER}, None)}),
    ("Ana Vale of Rock Inc closed the forum with a keynote on robot safety.", {"Ana Vale": ({Role.KEYNOTE}, None)}),
    ("Ana Vale of Rock Inc closed the forum with a talk on robot safety.", {"Ana Vale": ({Role.SPEAKER}, None)}),
    # ... also the event itself kicked off with one's own talk or keynote
    ("Ana Vale of Rock Inc kicked off the forum with a talk on robot safety.", {"Ana Vale": ({Role.SPEAKER}, None)}),
    ("Ana Vale of Rock Inc kicks off the Lake AI Summit with her keynote on agents.",
     {"Ana Vale": ({Role.KEYNOTE}, None)}),
    # what one did in one's own keynote is the keynote
    ("Ana Vale of Rock Inc unveiled a humanoid during her keynote.", {"Ana Vale": ({Role.KEYNOTE}, None)}),
    ("Ana Vale of Rock Inc demonstrated a new arm in her keynote address.", {"Ana Vale": ({Role.KEYNOTE}, None)}),
    # (closing the event itself is its host's)
    ("Ana Vale of Rock Inc closed the forum.", {"Ana Vale": ({Role.HOST_REP}, None)}),
])
def test_a_talk_that_opens_or_closes_a_part(text: str, roles: dict) -> None:
    assert _parts_and_talks("The Lake AI Forum was held on June 3 in Tulsa. " + text, "2025-06-10") == roles


@pytest.mark.parametrize(("text", "venue", "city", "people"), [
    # a hotel or a hall after the one who opened the event is where it was held, not where one works
    ("The Lake AI Summit 2025 was inaugurated on Friday by Industries Minister Ana Vale at the JW Marriott, Pune.",
     "JW Marriott", "Pune", {"Ana Vale": [(None, "Industries Minister")]}),
    ("The Lake AI Summit 2025 was opened on Friday by Tom Reed at the Grand Hyatt Seoul.",
     "Grand Hyatt Seoul", None, {"Tom Reed": []}),
    ("The Lake AI Summit 2025 was held at the Grand Hyatt, Seoul, on Friday.", "Grand Hyatt", "Seoul", {}),
    # (a region after the comma is no city; a research centre is where one works)
    ("The Lake AI Summit 2025 was held at the Grand Hyatt, Texas, on Friday.", "Grand Hyatt", None, {}),
    ("The Lake AI Summit 2025 opened Friday at Hanbit Hall. Tom Reed at the Ridge Research Center spoke.",
     "Hanbit Hall", None, {"Tom Reed": [("Ridge Research Center", None)]}),
])
def test_a_venue_after_the_one_who_opened_it(text: str, venue: str, city: str | None, people: dict) -> None:
    e, _orgs = _event(text)
    assert (e.venue, e.city) == (venue, city)
    assert {n: affs for n, (_r, affs) in _people(text).items()} == people


@pytest.mark.parametrize(("text", "expected"), [
    # a list line's name and post parted by a bar or a slash, as by a dash
    ("Speakers\n- Marco Rossi | Director of Automation, Eni\n- Jane Roe | CTO, Acme\n",
     {"Marco Rossi": [("Eni", "Director of Automation")], "Jane Roe": [("Acme", "CTO")]}),
    ("Speakers:\nMarco Rossi / Director of Automation, Eni\nJane Roe / CTO, Acme\n",
     {"Marco Rossi": [("Eni", "Director of Automation")], "Jane Roe": [("Acme", "CTO")]}),
    # a secretary of a ministry named in full works there (a portfolio alone is the post's)
    ("The AI Summit opened on Friday. Amit Kalyani, secretary of the Ministry of Electronics and IT, spoke.",
     {"Amit Kalyani": [("Ministry of Electronics and IT", "secretary")]}),
    ("The AI Summit opened on Friday. Amit Kalyani, Secretary of the Department of Commerce, spoke.",
     {"Amit Kalyani": [("Department of Commerce", "Secretary")]}),
    ("The AI Summit opened on Friday. Amit Kalyani, Secretary of State for Science, spoke.",
     {"Amit Kalyani": [(None, "Secretary of State for Science")]}),
    # a joint or an additional post
    ("The AI Summit opened on Friday. Bharat Forge joint managing director Amit Kalyani spoke.",
     {"Amit Kalyani": [("Bharat Forge", "joint managing director")]}),
])
def test_posts_parted_by_bars_and_secretaries_of_a_ministry(text: str, expected: dict) -> None:
    assert {n: affs for n, (_r, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "name"), [
    # a gathering's kind, a colon and a title in title case on a line of their own name the event
    ("Webinar: Generative AI in Process Industries\n\nDate: 18 September 2025\nHost: ARC Advisory Group\n",
     "Generative AI in Process Industries"),
    ("Symposium: Robots That Learn on the Line\n\nThe symposium will be held on September 18 at Hanbit Hall.\n",
     "Robots That Learn on the Line"),
    # a title in quotes after a sentence's first "The" and the kind
    ('The webinar, "Generative AI in Process Industries," will be held on September 18.',
     "Generative AI in Process Industries"),
    # (a headline's sentence after the kind is no title; a panel's title is a talk's)
    ("Summit: what we learned about robots this year\n\nThe Lake AI Summit was held on June 3.\n", "Lake AI Summit"),
    ("The Lake AI Summit was held on June 3.\nPanel: AI for Reservoir Modeling\nAna Vale, CTO, Acme\n",
     "Lake AI Summit"),
])
def test_a_kind_then_its_title(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "expected"), [
    # the closing line on the writer's beat names the writer
    ("The Lake AI Forum was held on June 3 in Seoul. Ana Vale of Acme spoke.\n\n"
     "Tom Krisher covers the auto industry for The Associated Press.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Krisher": {Role.REPORTER}}),
    ("The Lake AI Forum was held on June 3 in Seoul. Ana Vale of Acme spoke.\n\n"
     "Mia Holt and Tom Reed write about manufacturing for Lake Weekly.",
     {"Ana Vale": {Role.SPEAKER}, "Mia Holt": {Role.REPORTER}, "Tom Reed": {Role.REPORTER}}),
    # (a guest's beat in the report's body names no writer)
    ("Mia Holt covers robotics for Lake Weekly. She moderated the Lake AI Forum, held on June 3 in Seoul, where "
     "Ana Vale of Acme spoke about the plants of the region and what their workers learned from a year of robots "
     "on the line; the forum drew 300 engineers and managers from the region's factories, and its organizers said "
     "a second edition would follow next spring at the same hall in the city.",
     {"Ana Vale": {Role.SPEAKER}}),
])
def test_the_closing_line_on_the_writers_beat(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "roles"), [
    # a plural part, then the names it counts: their part is the plural's, not the verb's after them
    ("Panelists including SK Telecom's Chief AI Officer Chung Suk-geun and Google Korea's Kim Kyoung-hoon discussed "
     "ways to expand cooperation.", {"Chung Suk-geun": {Role.PANELIST}, "Kim Kyoung-hoon": {Role.PANELIST}}),
    ("Panelists, including Acme chief executive Ana Vale and Ridge senior researcher Tom Reed, debated robots.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    # ... with the bodies they came from between
    ("Panelists from Acme and the Ridge Institute, including Ana Vale and Tom Reed, discussed robots.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    ("Speakers from Lake University such as Ana Vale discussed robots.", {"Ana Vale": {Role.SPEAKER}}),
    # the last of the subjects, a bare name before a verb only people do
    ("Ana Vale of Acme, Tom Reed of Ridge and Mia Holt moderated the sessions.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.MODERATOR}, "Mia Holt": {Role.MODERATOR}}),
    ("Ana Vale of Acme and Tom Reed spoke.", {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
])
def test_names_a_plural_part_counts(text: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Seoul. " + text)
    assert {n: r for n, (r, _a) in found.items()} == roles


@pytest.mark.parametrize(("text", "organizers", "city"), [
    # a body seated in a place keeps the seat in its name, its field after "of" between
    ("The Lake AI Forum was held on June 3, hosted by the American Chamber of Commerce in Korea (AMCHAM).",
     ["American Chamber of Commerce in Korea"], None),
    ("The Lake AI Forum was held on June 3, hosted by the Embassy of Finland in Seoul and Acme.",
     ["Embassy of Finland in Seoul", "Acme"], "Seoul"),
    # (a country is no city)
    ("The Lake AI Forum was held in Korea on June 3, hosted by Acme.", ["Acme"], None),
    ("The Lake AI Forum was held in Busan on June 3, hosted by Acme.", ["Acme"], "Busan"),
])
def test_a_seated_body_of_a_field_and_no_country_for_a_city(text: str, organizers: list, city: str | None) -> None:
    e, orgs = _event(text)
    assert orgs["organizers"] == organizers and e.city == city


@pytest.mark.parametrize(("text", "people"), [
    # an office with its portfolio, commas and all, before the name set off by commas
    ("The Minister for Enterprise, Trade and Employment, Peter Burke TD, spoke at the Lake AI Forum on June 3.",
     {"Peter Burke": ({Role.SPEAKER}, [(None, "Minister for Enterprise, Trade and Employment")])}),
    ("The Lake AI Forum opened on June 3. The Secretary of State for Science, Innovation and Technology, Peter Kyle, "
     "spoke.", {"Peter Kyle": ({Role.SPEAKER}, [(None, "Secretary of State for Science, Innovation and Technology")])}),
    ("The Minister for Enterprise, Peter Burke, spoke at the Lake AI Forum on June 3.",
     {"Peter Burke": ({Role.SPEAKER}, [(None, "Minister for Enterprise")])}),
    # those who contribute to a programme are its speakers
    ("The Lake AI Forum was held on June 3 in Seoul. Other contributors included Dr. Ana Vale, Head of Digital at "
     "Medtronic, and Mr. Tom Reed, Operations Director, Boston Scientific.",
     {"Ana Vale": ({Role.SPEAKER}, [("Medtronic", "Head of Digital")]),
      "Tom Reed": ({Role.SPEAKER}, [("Boston Scientific", "Operations Director")])}),
    ("The Lake AI Forum was held on June 3 in Seoul. Contributors to the programme were Ana Vale of Acme and Tom "
     "Reed of Ridge.", {"Ana Vale": ({Role.SPEAKER}, [("Acme", None)]), "Tom Reed": ({Role.SPEAKER}, [("Ridge", None)])}),
])
def test_an_office_with_its_portfolio_and_the_programmes_contributors(text: str, people: dict) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "roles"), [
    # more verbs of saying attribute a quote (and make a person of a name with its organization)
    ('"Data is the new tooling," declared Acme CEO Ana Vale.', {"Ana Vale": {Role.QUOTED}}),
    ('"Data is the new tooling," Ana Vale of Acme quipped.', {"Ana Vale": {Role.QUOTED}}),
    ('"Data is the new tooling," joked Ana Vale of Acme.', {"Ana Vale": {Role.QUOTED}}),
    # those joining a speaker take the part; those joining a moderator sit on the panel
    ('"We are seeing real deployments," said Jim Lawton of Acme during a panel on cobots. Joining him were Esben '
     "Ostergaard and Melonee Wise.",
     {"Jim Lawton": {Role.PANELIST, Role.QUOTED}, "Esben Ostergaard": {Role.PANELIST}, "Melonee Wise": {Role.PANELIST}}),
    ("Ana Vale of Acme moderated a panel on robots. Joining her on the panel were Tom Reed and Mia Holt.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.PANELIST}, "Mia Holt": {Role.PANELIST}}),
    ("Ana Vale of Acme moderated a panel on robots. She was joined by Tom Reed of Ridge and Mia Holt of Lake Labs.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.PANELIST}, "Mia Holt": {Role.PANELIST}}),
    ("Ana Vale of Acme gave a talk. Joining her on stage was Tom Reed.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
])
def test_verbs_of_saying_and_those_joining_a_speaker(text: str, roles: dict) -> None:
    found = _people("The Lake AI Expo was held on June 3 in Seoul. " + text)
    assert {n: r for n, (r, _a) in found.items()} == roles


@pytest.mark.parametrize(("text", "dates", "city"), [
    # an event that closed after some days began that many days before; the city its sentence names before the venue
    ("The fourth Smart Factory Expo closed its doors in Chicago on Thursday after three days of exhibits and talks "
     "at McCormick Place.", ("2025-06-10", "2025-06-12"), "Chicago"),
    ("The Smart Factory Expo concluded in Busan on Thursday after two days of talks at BEXCO.",
     ("2025-06-11", "2025-06-12"), "Busan"),
    # (a city said of someone else is no venue's)
    ("The Smart Factory Expo was held at McCormick Place on Thursday. Acme, based in Boston, exhibited.",
     ("2025-06-12", None), None),
])
def test_days_an_event_closed_after_and_the_city_before_its_venue(text: str, dates: tuple, city: str | None) -> None:
    e, _orgs = _event(text, published="2025-06-14")
    assert ((e.start, e.end), e.city) == (dates, city)


@pytest.mark.parametrize(("text", "expected"), [
    # a talk's title after the verb in the future; leading a workshop in the base form after a modal
    ('At the show, Acme CEO Dana Whitfield will present "Physical AI: From Pilot to Plant Floor" on June 23.',
     {"Dana Whitfield": ({Role.SPEAKER}, "Physical AI: From Pilot to Plant Floor")}),
    ('Dana Whitfield of Acme is set to present "Physical AI on the Floor."',
     {"Dana Whitfield": ({Role.SPEAKER}, "Physical AI on the Floor")}),
    ("At the show, VP of Engineering Lisa Chen will lead a hands-on workshop on vision-guided picking.",
     {"Lisa Chen": ({Role.SPEAKER}, None)}),
    ("At the show, Lisa Chen of Acme will run a session on vision-guided picking.", {"Lisa Chen": ({Role.SPEAKER}, None)}),
])
def test_talks_to_come(text: str, expected: dict) -> None:
    assert _parts_and_talks("Automate 2026 takes place June 22-25 at Huntington Place in Detroit. " + text,
                            "2026-03-03") == expected


@pytest.mark.parametrize(("text", "name", "organizers", "sponsors"), [
    # a plural's possessive before the name owns it, as a singular's does
    ("Acme Robotics' Lake AI Summit took place on June 3 in Tulsa.", "Lake AI Summit", ["Acme Robotics"], []),
    ("The Ridge Institute's Lake AI Summit took place on June 3 in Tulsa.", "Lake AI Summit", ["Ridge Institute"], []),
    # (a short name after it is the name's own word)
    ("The Lake Manufacturers' AI Forum took place on June 3 in Tulsa.", "Lake Manufacturers' AI Forum", [], []),
    # those who made the gathering possible are its sponsors
    ("The Lake AI Summit was held on June 3 in Tulsa. The summit was made possible by Acme Robotics and Lake Bank.",
     "Lake AI Summit", [], ["Acme Robotics", "Lake Bank"]),
    ("The Lake AI Summit was held on June 3 in Tulsa. Progress was made possible by better data.",
     "Lake AI Summit", [], []),
])
def test_a_plurals_possessive_owner_and_what_made_it_possible(text: str, name: str, organizers: list,
                                                              sponsors: list) -> None:
    e, orgs = _event(text)
    assert (e.name, orgs["organizers"], orgs["sponsors"]) == (name, organizers, sponsors)


@pytest.mark.parametrize(("text", "name"), [
    # initials in parentheses after the name are an alias, a year after them the edition's
    ("The Lake AI Summit (LAIS) was held on June 3 in Tulsa.", "Lake AI Summit"),
    ("The Lake AI Summit (LAIS) 2025 was held on June 3 in Tulsa.", "Lake AI Summit"),
    ("The 5th Lake Robotics Forum (LRF2015) was held on June 3 in Vienna.", "5th Lake Robotics Forum"),
    # a date in parentheses after it is no part of it
    ("On the opening day of the Lake AI Summit (June 3), Ana Vale of Acme spoke.", "Lake AI Summit"),
    # (a word in parentheses may be)
    ("The Lake AI Summit (Asia) was held on June 3 in Tulsa.", "Lake AI Summit (Asia)"),
])
def test_initials_and_dates_in_parentheses_after_a_name(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun after a fronted phrase of time or place acts for the one person named before
    ("Jane Roe, the CTO of Acme, has spent 20 years in robotics. At the summit, she will present the company's new arm.",
     {"Jane Roe": ({Role.SPEAKER}, None)}),
    ("Tom Reed, CTO of Ridge, arrived early. Later, he moderated the closing panel.",
     {"Tom Reed": ({Role.MODERATOR}, None)}),
    # the talk of the one named before, as the subject
    ('Professor Jane Roe of Lake University opened the second day. Her lecture, "Robots That Learn," drew a full house.',
     {"Jane Roe": ({Role.SPEAKER}, "Robots That Learn")}),
    ("Tom Reed, CTO of Ridge, arrived early. His keynote covered robot safety.", {"Tom Reed": ({Role.KEYNOTE}, None)}),
    # (two people named before: whose talk it is cannot be told)
    ("Tom Reed, CTO of Ridge, and Jane Roe, CEO of Acme, arrived early. His keynote covered robot safety.",
     {"Tom Reed": (set(), None), "Jane Roe": (set(), None)}),
    # those joining a moderator on stage sit on the panel
    ("Tom Reed of Ridge moderated. Jane Roe of Acme and Mia Holt of Lake Labs joined him on stage.",
     {"Tom Reed": ({Role.MODERATOR}, None), "Jane Roe": ({Role.PANELIST}, None), "Mia Holt": ({Role.PANELIST}, None)}),
    ("Tom Reed of Ridge spoke first. Jane Roe of Acme joined him on stage.",
     {"Tom Reed": ({Role.SPEAKER}, None), "Jane Roe": ({Role.SPEAKER}, None)}),
    # a participle of speaking that opens the sentence before the pronoun; a pronoun's verb in the progressive
    ("The summit was inaugurated by Minister Jane Roe. Speaking on the occasion, she said AI will help small firms.",
     {"Jane Roe": ({Role.OTHER, Role.SPEAKER}, None)}),
    ("Minister Tom Reed on Tuesday called upon industry to invest in AI. He was addressing the inaugural session.",
     {"Tom Reed": ({Role.SPEAKER}, None)}),
    ("Tom Reed, CTO of Ridge, arrived early. Moderating the closing panel, he kept the debate lively.",
     {"Tom Reed": ({Role.MODERATOR}, None)}),
])
def test_a_pronoun_after_a_fronted_phrase_and_their_talk(text: str, expected: dict) -> None:
    assert _parts_and_talks("The Lake AI Summit was held on June 3 in Tulsa. " + text, "2025-06-14") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name that opened the sentence before, then a pronoun that speaks or owns a talk: a person
    ("Tom Reed of Ridge arrived early. His keynote covered robot safety.", {"Tom Reed": {Role.KEYNOTE}}),
    ("Tom Reed of Ridge arrived early. Later, he moderated the closing panel.", {"Tom Reed": {Role.MODERATOR}}),
    ("Tom Reed was there. He told the audience that robots help.", {"Tom Reed": {Role.SPEAKER}}),
    # (a place is no subject; two names leave the pronoun's person untold)
    ("The delegates stayed near Lake Tahoe. He said robots help.", {}),
    ("Tom Reed and Jane Roe arrived early. He said robots help.", {}),
])
def test_a_pronoun_that_speaks_makes_a_person_of_the_subject_before(text: str, expected: dict) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "org"), [
    # where one is now, after where one was
    ("Jane Roe, formerly of Acme Robotics and now at Ridge Labs, spoke.", "Ridge Labs"),
    ("Jane Roe, now with the Ridge Institute, spoke.", "Ridge Institute"),
    # a unit in lower case that one leads, the organization after it
    ("Jane Roe, who chairs the board of Acme Robotics, spoke.", "Acme Robotics"),
    ("Jane Roe, who runs the AI team at Ridge Labs, spoke.", "Ridge Labs"),
    # (a field one leads names no organization)
    ("Jane Roe, who leads research on robots, spoke.", None),
    # the sentence's own verb of leading, in the present, right after the name
    ("Jane Roe heads the robotics division of Acme Robotics. She spoke first.", "Acme Robotics"),
    ("Jane Roe runs the AI lab at Ridge Labs. She spoke first.", "Ridge Labs"),
    ("Jane Roe leads Nimbus Works' vision team. She spoke first.", "Nimbus Works"),
    # (a part at the event one leads, and where it is, are no organization)
    ("Jane Roe leads a workshop at Hanbit Hall on robots. She spoke first.", None),
    ("Jane Roe runs the demo sessions at Pier Hall. She spoke first.", None),
])
def test_where_one_is_now_and_a_unit_one_leads(text: str, org: str | None) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. " + text)
    assert found["Jane Roe"][1] == ([(org, None)] if org else [])


@pytest.mark.parametrize(("text", "venue"), [
    # running a unit at a company is no sentence of the event being held there
    ("Jane Roe runs the AI lab at Acme Motors. She spoke on data.", None),
    ("Jane Roe leads the vision group at Ridge Labs and spoke on data.", None),
    # (the event running through a day, and run by a body, still say where it is held)
    ("The summit ran through Friday at the Hanbit Convention Center.", "Hanbit Convention Center"),
    ("The summit, run by Ridge Labs, opened at Pier Hall.", "Pier Hall"),
])
def test_running_a_unit_names_no_venue(text: str, venue: str | None) -> None:
    e, _orgs = _event("Acme held the Lake AI Summit in Tulsa on June 3. " + text)
    assert e.venue == venue


@pytest.mark.parametrize(("text", "name"), [
    # an acronym of its own before the kind names the event
    ("He spoke at Nvidia's GTC conference on June 3 in San Jose.", "GTC conference"),
    ("The KIAT forum was held on June 3 in Seoul.", "KIAT forum"),
    # (a field's or a post's acronym describes it; a body's initials given in the text make it that body's forum)
    ("The ESG conference was held on June 3 in Seoul.", None),
    ("The Korea Institute for Advancement of Technology (KIAT) said the KIAT forum was held on June 3 in Seoul.", None),
])
def test_an_acronym_of_its_own_names_the_event(text: str, name: str | None) -> None:
    e, _orgs = _event(text)
    assert e.name == name


@pytest.mark.parametrize("credit", [
    # a wire agency's photo credit names the photographer, a reporter of the article
    "REUTERS/Nick Oxford", "(AP Photo/Nick Oxford)", "Nick Oxford/Reuters", "Photo credit: Nick Oxford",
    "(Yonhap/Nick Oxford)",
])
def test_a_wire_agencys_photo_credit(credit: str) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa.\n\nJane Roe, CTO of Acme, speaks at the summit. "
                    + credit)
    assert found["Nick Oxford"][0] == {Role.REPORTER} and found["Jane Roe"][0] == {Role.SPEAKER}


def test_a_slash_between_two_names_is_no_credit() -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. Jane Roe/Tom Reed of Acme spoke.")
    assert not any(Role.REPORTER in r for r, _a in found.values())


@pytest.mark.parametrize(("text", "organizers", "people"), [
    # an organization written before a person's post is that person's, no holder of the event; a journalist
    # who hosts the evening is its master of ceremonies
    ("The Lake AI Awards were held on June 3. The evening was hosted by CBC journalist Ian Hanomansing.", [],
     {"Ian Hanomansing": {Role.MODERATOR}}),
    ("The Lake AI Forum was hosted by KBS anchor Kim Min-ji.", [], {"Kim Min-ji": {Role.MODERATOR}}),
    ("The Lake AI Forum was held on June 3, hosted by Acme and Ridge. Ridge chief executive Tom Reed spoke.",
     ["Acme", "Ridge"], {"Tom Reed": {Role.SPEAKER, Role.HOST_REP}}),
    # an organization giving out its own awards holds them; their winners have a part of another kind
    ("The Vector Institute handed out its annual AI Impact Awards on Thursday. Geoffrey Hinton received a lifetime "
     "achievement award.", ["Vector Institute"], {"Geoffrey Hinton": {Role.OTHER}}),
    ("The Lake Robot Association presented its 12th Korea Robot Awards on June 3. Ana Vale of Acme won the top "
     "prize, and Tom Reed of Ridge took second place.", ["Lake Robot Association"],
     {"Ana Vale": {Role.OTHER}, "Tom Reed": {Role.OTHER}}),
    # (presenting a product is holding nothing)
    ("Acme presented its new robot at the Lake AI Expo on June 3.", [], {}),
])
def test_awards_their_holders_winners_and_hosts_on_air(text: str, organizers: list, people: dict) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers
    assert {n: r for n, (r, _a) in _people(text).items()} == people


def test_opening_a_named_event_with_its_initials_before_the_year() -> None:
    e, orgs = _event("SINGAPORE — Deputy Prime Minister Ana Vale opened the Lake Transformation Asia-Pacific (LTAP) 2025 "
                     "on Tuesday at the Singapore Expo, organised by Ridge Messe.")
    assert (e.name, e.venue, orgs["organizers"]) == ("Lake Transformation Asia-Pacific", "Singapore Expo", ["Ridge Messe"])


@pytest.mark.parametrize(("city", "text"), [
    # more cities where events are held, one word or several
    ("Tulsa", "The Lake AI Congress was held on June 3 in Tulsa."),
    ("Aachen", "The Lake AI Hackathon took place on June 3 in Aachen."),
    ("Ann Arbor", "The Lake AI Forum was held on June 3 in Ann Arbor."),
    ("Galway", "The Lake AI Forum was held on June 3 in Galway."),
])
def test_more_cities(city: str, text: str) -> None:
    e, _orgs = _event(text)
    assert e.city == city


@pytest.mark.parametrize(("text", "organizers"), [
    # a country shortened in a headline stands for its government, which it does not name
    ("S. Korea hosts global forum on manufacturing AI\n\nThe Lake AI Forum 2025 was held on June 3 in Seoul.", []),
    ("South Korea hosts global forum on manufacturing AI\n\nThe Lake AI Forum 2025 was held on June 3 in Seoul.", []),
    # (a body named for the country is one)
    ("Korea Robot Association hosts forum\n\nThe Lake AI Forum 2025 was held on June 3 in Seoul.",
     ["Korea Robot Association"]),
])
def test_a_country_shortened_in_a_headline_holds_nothing(text: str, organizers: list) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # being on the programme is speaking at the event
    ("Ana Vale of Acme and Tom Reed of Ridge were also on the program.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    ("Ana Vale of Acme is on the lineup.", {"Ana Vale": {Role.SPEAKER}}),
])
def test_being_on_the_programme(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum will be held on June 3 in Seoul. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a run of capitalised words across a sentence's end: the part on the cue's side of it
    ("The Lake AI Summit was held on June 3 in Tulsa. Acme Robotics, the summit's organiser, said 800 people came.",
     {"organizers": ["Acme Robotics"]}),
    ("The Lake AI Summit was organised by Vela Events on behalf of the Tidewell Institute. It was held on May 5.",
     {"organizers": ["Tidewell Institute", "Vela Events"]}),
    # the one whose event it is; the giver of grants
    ("The Lake AI Summit, held on June 3 in Tulsa, is an Acme Robotics event.", {"organizers": ["Acme Robotics"]}),
    ("The Lake AI Summit, held on June 3 in Tulsa, was supported by grants from the Ridge Foundation.",
     {"sponsors": ["Ridge Foundation"]}),
    # (an event's sponsor by kind is no holder)
    ("The Lake AI Summit was held on June 3 in Tulsa. Acme is an AI event sponsor.", {"organizers": []}),
])
def test_holders_across_a_sentence_end_owners_and_grants(text: str, expected: dict) -> None:
    _e, orgs = _event(text)
    assert {role: orgs[role] for role in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # holding it with a partner, the event as a pronoun
    ("The Lake AI Forum took place on June 3. The Ridge Institute organized it with Lake University.",
     {"organizers": ["Ridge Institute"], "co_organizers": ["Lake University"]}),
    # (with the support of a body: a sponsor, no partner)
    ("The Lake AI Forum took place on June 3. The Ridge Institute held it with the support of Lake Bank.",
     {"organizers": ["Ridge Institute"], "co_organizers": [], "sponsors": ["Lake Bank"]}),
])
def test_holding_it_with_a_partner(text: str, expected: dict) -> None:
    _e, orgs = _event(text)
    assert {role: orgs[role] for role in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a university named with its campus after "at": one name, as holder, partner, venue or owner of a unit
    ("The University of Texas at Austin hosted the Lake AI Forum on June 3.",
     {"organizers": ["University of Texas at Austin"]}),
    ("The Lake AI Forum, hosted by the University of North Carolina at Chapel Hill, was held on June 3.",
     {"organizers": ["University of North Carolina at Chapel Hill"], "venue": None}),
    ("The Lake AI Forum was co-hosted by Acme and the University of Illinois at Urbana-Champaign on June 3.",
     {"co_organizers": ["Acme", "University of Illinois at Urbana-Champaign"]}),
    ("The University at Buffalo hosted the Lake AI Forum on June 3.", {"organizers": ["University at Buffalo"]}),
    ("The University of Texas at Austin's Cockrell School of Engineering hosted the Lake AI Forum on June 3.",
     {"organizers": ["University of Texas at Austin's Cockrell School of Engineering"]}),
    ("The Lake AI Forum was held at the University of North Carolina at Chapel Hill on June 3.",
     {"venue": "University of North Carolina at Chapel Hill"}),
    # (the campus's own place owns the venue; a hall after "at" is a venue, not a campus)
    ("The Lake AI Forum was held on June 3 at the University of Texas at Austin's Lake Hotel.",
     {"venue": "Lake Hotel", "city": "Austin"}),
    ("The Lake AI Forum was held on June 3. Hanbit University at Coex hosted it.", {"organizers": []}),
    ("The University of Seoul hosted the Lake AI Forum at Olympic Hall on June 3.",
     {"organizers": ["University of Seoul"], "venue": "Olympic Hall"}),
])
def test_a_university_and_its_campus(text: str, expected: dict) -> None:
    e, orgs = _event(text)
    got = {**orgs, "venue": e.venue, "city": e.city}
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(("text", "org"), [
    ("The Lake AI Forum was held on June 3. Speakers included Dan Weiss of the University of Illinois at "
     "Urbana-Champaign and Amy Cho of Acme.", "University of Illinois at Urbana-Champaign"),
    ("The Lake AI Forum was held on June 3. Dan Weiss of the University at Buffalo spoke.", "University at Buffalo"),
    # (not a venue after "at")
    ("The Lake AI Forum was held on June 3. Dan Weiss of Hanbit University at Coex spoke.", "Hanbit University"),
])
def test_a_speaker_of_a_university_and_its_campus(text: str, org: str) -> None:
    assert _people(text)["Dan Weiss"][1] == [(org, None)]


@pytest.mark.parametrize(("text", "expected"), [
    # "on May 3" after a list of holders: the date, not the end of the last name (May is no modal verb there)
    ("The Lake AI Forum was hosted by Acme and Hanbit University on May 3.",
     {"organizers": ["Acme", "Hanbit University"]}),
    ("The Lake AI Forum was co-hosted by Hanbit University on May 3.", {"co_organizers": ["Hanbit University"]}),
    ("The Lake AI Forum was sponsored by Acme and Ridge Bank in May.", {"sponsors": ["Acme", "Ridge Bank"]}),
])
def test_holders_before_a_date_in_may(text: str, expected: dict) -> None:
    _e, orgs = _event(text)
    assert {role: orgs[role] for role in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ampersand inside the organization of a list's item: the next item is still a person of the list
    ("The panel featured Tom Hargrove of Deere & Company and Amara Okafor of Ridge Vernova.",
     {"Tom Hargrove": ({Role.PANELIST}, [("Deere & Company", None)]),
      "Amara Okafor": ({Role.PANELIST}, [("Ridge Vernova", None)])}),
    ("Speakers included Lisa Chen of Nvidia, Tom Hargrove of Procter & Gamble and Amara Okafor of Acme.",
     {"Lisa Chen": ({Role.SPEAKER}, [("Nvidia", None)]), "Tom Hargrove": ({Role.SPEAKER}, [("Procter & Gamble", None)]),
      "Amara Okafor": ({Role.SPEAKER}, [("Acme", None)])}),
])
def test_a_list_item_whose_organization_has_an_ampersand(text: str, expected: dict) -> None:
    assert _people("The Lake AI Forum was held on June 3 in Tulsa. " + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # introducing or unveiling one's own company's product on stage is presenting it
    ("Bernd Schmitt of Bosch Rexroth introduced its open automation platform.", {"Bernd Schmitt": {Role.SPEAKER}}),
    ("Lee Jae-hoon of LG Electronics presented the lighthouse factory, while Bernd Schmitt of Bosch Rexroth "
     "unveiled the company's new controller.", {"Lee Jae-hoon": {Role.SPEAKER}, "Bernd Schmitt": {Role.SPEAKER}}),
    # (introducing someone, or a policy, is no talk)
    ("Bernd Schmitt of Bosch Rexroth introduced a policy.", {}),
])
def test_introducing_ones_own_product(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items() if r} == expected


@pytest.mark.parametrize("text", [
    "SEOUL -- South Korea and Germany held the Lake AI Forum in Seoul on June 3.",
    "South Korea and Japan hosted the Lake AI Forum in Seoul on June 3.",
])
def test_countries_joined_as_a_subject_hold_nothing(text: str) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a part the subject chaired, then the people who joined it: they sat on it
    ("Later, Seamus Nevin of Make UK chaired a session on skills, joined by Professor Aisha Khan of the University of "
     "Sheffield and Tom Greaves, managing director of Greaves Precision.",
     {"Seamus Nevin": {Role.MODERATOR}, "Aisha Khan": {Role.PANELIST}, "Tom Greaves": {Role.PANELIST}}),
    ("Seamus Nevin of Make UK moderated a panel on skills, joined by Aisha Khan of Acme and Tom Greaves of Ridge.",
     {"Seamus Nevin": {Role.MODERATOR}, "Aisha Khan": {Role.PANELIST}, "Tom Greaves": {Role.PANELIST}}),
    ("Seamus Nevin of Make UK moderated the panel, joined by Aisha Khan of Acme.",
     {"Seamus Nevin": {Role.MODERATOR}, "Aisha Khan": {Role.PANELIST}}),
])
def test_joined_on_a_part_someone_chaired(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "name", "city"), [
    # a known place after the name's last "in" says where it is held, not what it is called
    ("The European Commission hosted the High-Level Conference on Artificial Intelligence in Industry in Brussels.",
     "High-Level Conference on Artificial Intelligence in Industry", "Brussels"),
    ("The Ridge Institute hosted the Conference on Robotics in San Jose on June 3.", "Conference on Robotics", "San Jose"),
    # (a field after "in" is part of it)
    ("The Ridge Institute hosted the Summit on AI in Manufacturing on June 3 in Seoul.",
     "Summit on AI in Manufacturing", "Seoul"),
])
def test_a_place_after_the_name_is_no_part_of_it(text: str, name: str, city: str) -> None:
    e, _orgs = _event(text)
    assert (e.name, e.city) == (name, city)


@pytest.mark.parametrize(("text", "reporters"), [
    # writers who contributed, each with where they wrote from
    ("Associated Press writer Tom Krisher in Detroit contributed to this report.", ["Tom Krisher"]),
    ("Tom Krisher in Detroit and Mari Yamaguchi in New York contributed to this report.",
     ["Mari Yamaguchi", "Tom Krisher"]),
    ("Mari Yamaguchi from Tokyo contributed reporting.", ["Mari Yamaguchi"]),
])
def test_contributors_writing_from_a_place(text: str, reporters: list) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. Ana Vale of Acme spoke.\n\n" + text)
    assert sorted(n for n, (r, _a) in found.items() if Role.REPORTER in r) == reporters
    assert set(found) == {"Ana Vale", *reporters}


@pytest.mark.parametrize(("text", "organizers"), [
    # a body whose portfolio is listed before its word, commas and all, is one name
    ("The hearing was held by the House Science, Space and Technology Subcommittee on Research and Technology.",
     ["House Science, Space and Technology Subcommittee on Research and Technology"]),
    ("The Lake AI Forum was hosted by the Senate Commerce, Science, and Transportation Committee on June 3.",
     ["Senate Commerce, Science, and Transportation Committee"]),
    # (names that are no portfolio stay a list)
    ("The Lake AI Forum was hosted by Acme, Ridge and Lake University on June 3.", ["Acme", "Ridge", "Lake University"]),
])
def test_a_portfolio_listed_before_the_bodys_word(text: str, organizers: list) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "name"), [
    # the quoted title of a hearing is its name, a colon and all
    ('The hearing, titled "AI on the Factory Floor: Opportunities and Risks," was held by the House Subcommittee on '
     'Research on Tuesday.', "AI on the Factory Floor: Opportunities and Risks"),
    ('The subcommittee held a hearing titled "AI on the Factory Floor" on Tuesday.', "AI on the Factory Floor"),
    ('The institute held a colloquium entitled "Robots at Work" on Tuesday.', "Robots at Work"),
])
def test_the_quoted_title_of_a_hearing(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "expected"), [
    # one of the line-up, counted or not
    ("Ana Vale of Acme was one of 12 speakers at the event.", {"Ana Vale": {Role.SPEAKER}}),
    ("Ana Vale of Acme was one of the keynote speakers.", {"Ana Vale": {Role.KEYNOTE}}),
    ("Ana Vale of Acme was one of the featured panelists.", {"Ana Vale": {Role.PANELIST}}),
    # a talk given by two
    ("Ana Vale of Acme co-presented a case study.", {"Ana Vale": {Role.SPEAKER}}),
    ("Ana Vale and Tom Reed of Acme co-presented a case study.", {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # (one of the organizers gives no talk)
    ("Ana Vale of Acme was one of the organizers.", {}),
])
def test_one_of_the_line_up_and_a_talk_given_by_two(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items() if r} == expected


@pytest.mark.parametrize(("text", "venue", "city"), [
    # a city written with accents after the venue
    ("The Lake AI Forum took place at the Hotel Nikko in Düsseldorf on May 6.", "Hotel Nikko", "Düsseldorf"),
    ("The Lake AI Forum took place at the Expo Center Norte in São Paulo on May 6.", "Expo Center Norte", "São Paulo"),
    # a known city owning the venue is the city, not part of the venue's name
    ("The Lake AI Forum returns to Tulsa's Cox Business Convention Center on March 3.",
     "Cox Business Convention Center", "Tulsa"),
    ("The Lake AI Forum was held at Pittsburgh's David L. Lawrence Convention Center on March 3.",
     "David L. Lawrence Convention Center", "Pittsburgh"),
])
def test_a_venues_city_with_accents_or_as_its_owner(text: str, venue: str, city: str) -> None:
    e, _orgs = _event(text)
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize(("text", "expected"), [
    # a standing body chaired, in the passive: its chairs sit on it, they moderate nothing at the event
    ("The alliance's first steering committee is co-chaired by KAIST President Lee Kwang-hyung and Hyundai Motor "
     "President Chang Jae-hoon.", {"Lee Kwang-hyung": {Role.OTHER}, "Chang Jae-hoon": {Role.OTHER}}),
    # ... but the chairs of the event's organizing committee speak for those who hold it, as a 조직위원장 or a
    # "Conference Chairman" does (this row read OTHER before; made consistent with them)
    ("The organizing committee was chaired by Ana Vale of Acme.", {"Ana Vale": {Role.HOST_REP}}),
    ("The forum's organizing committee is co-chaired by Ana Vale of Acme and Tom Reed of Orbis.",
     {"Ana Vale": {Role.HOST_REP}, "Tom Reed": {Role.HOST_REP}}),
    # (a part chaired is moderated)
    ("The panel was chaired by Ana Vale of Acme.", {"Ana Vale": {Role.MODERATOR}}),
])
def test_a_standing_body_chaired_in_the_passive(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize("text", [
    # opening the event officially or formally, as opening it
    "Ana Vale of Acme officially opened the forum.",
    "Ana Vale of Acme formally opened the conference.",
    "Ana Vale of Acme opened the forum.",
])
def test_opening_the_event_officially(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert found == {"Ana Vale": ({Role.HOST_REP}, [("Acme", None)])}


@pytest.mark.parametrize(("text", "expected"), [
    # acting or serving as the one who keeps it going, fronted before the copula
    ("Acting as master of ceremonies was Tom Reed of Lake Radio.", {"Tom Reed": {Role.MODERATOR}}),
    ("Serving as moderator was Tom Reed, a partner at Lake Ventures.", {"Tom Reed": {Role.MODERATOR}}),
    # the part a quote was given at
    ('"Data is the bottleneck," said Ana Vale of Acme at a session on data.', {"Ana Vale": {Role.SPEAKER, Role.QUOTED}}),
    ('"Data is the bottleneck," Ana Vale of Acme said at the closing panel.',
     {"Ana Vale": {Role.PANELIST, Role.QUOTED}}),
    # (a quote alone gives no part)
    ('"Data is the bottleneck," said Ana Vale of Acme.', {"Ana Vale": {Role.QUOTED}}),
])
def test_acting_as_emcee_and_the_part_a_quote_was_given_at(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "name"), [
    # a name set beside an appositive that says it is an event: a place's superlative, a "+" and a short form in
    # parentheses between
    ("Acme is showcasing robots at Smart Factory + Automation World 2026 (AW 2026), Korea's largest smart "
     "manufacturing exhibition, held at COEX in Seoul from March 11 to 13. At the AW Conference, held alongside the "
     "exhibition, Tom Reed of Acme will deliver a keynote.", "Smart Factory + Automation World 2026"),
    ("Acme is showcasing robots at Automation World 2026, Korea's largest smart manufacturing exhibition, held at "
     "COEX in Seoul.", "Automation World 2026"),
])
def test_a_name_beside_a_places_superlative(text: str, name: str) -> None:
    e, _orgs = _event(text, "2026-03-11")
    assert e.name == name


def test_the_events_short_form_is_no_organization() -> None:
    text = ("Acme is at Smart Factory + Automation World 2026 (AW 2026), Korea's largest smart manufacturing "
            "exhibition, held at COEX in Seoul from March 11 to 13. Hosted by the Korea Automation Industry "
            "Association and organized by Korea E&EX, AW 2026 brings together 500 exhibitors.")
    _e, orgs = _event(text, "2026-03-11")
    assert orgs["organizers"] + orgs["co_organizers"] == ["Korea Automation Industry Association", "Korea E&EX"]


def test_joining_others_named_with_long_posts_for_a_part() -> None:
    # the subject joining others for a part is at it too, however long the posts of those it joined
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. At the opening ceremony, Acme CEO Kim Min-pyo "
                    "joined Vice Minister of Trade, Industry and Energy Park Sung-taek and KAIA Chairman Park "
                    "Byung-gyu for the ribbon cutting.")
    assert {n: r for n, (r, _a) in found.items()} == {"Kim Min-pyo": {Role.ATTENDEE}, "Park Sung-taek": {Role.ATTENDEE},
                                                      "Park Byung-gyu": {Role.ATTENDEE}}


@pytest.mark.parametrize(("text", "expected"), [
    # the partner after a holder in the passive, with "co-organized" too
    ("The forum was co-organized by Acme with the Ridge Institute.", {"co_organizers": ["Acme", "Ridge Institute"]}),
    ("The forum was organized by Acme with the Ridge Institute.",
     {"organizers": ["Acme"], "co_organizers": ["Ridge Institute"]}),
])
def test_the_partner_of_a_co_organizer(text: str, expected: dict) -> None:
    _e, orgs = _event("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {role: orgs[role] for role in expected} == expected


@pytest.mark.parametrize("text", [
    # a caption opening with where the people stand, in parentheses: everyone named after it is pictured
    "(From left) Ana Vale, Tom Reed and Mia Holt pose at the forum.",
    "(L-R) Ana Vale, Tom Reed and Mia Holt pose at the forum.",
    "(Left to right) Ana Vale, Tom Reed and Mia Holt pose at the forum.",
])
def test_a_caption_opening_with_where_they_stand_in_parentheses(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == {n: {Role.ATTENDEE} for n in ("Ana Vale", "Tom Reed", "Mia Holt")}


@pytest.mark.parametrize(("text", "expected"), [
    # a programme line's part and topic, then its people after a dash
    ("11:00 Panel: Data in factories — Tom Reed (Ridge Labs), Mia Holt (Lake University)",
     {"Tom Reed": ({Role.PANELIST}, [("Ridge Labs", None)]), "Mia Holt": ({Role.PANELIST}, [("Lake University", None)])}),
    ("11:00 Panel: Data in factories - Tom Reed (Ridge Labs), Mia Holt (Lake University)",
     {"Tom Reed": ({Role.PANELIST}, [("Ridge Labs", None)]), "Mia Holt": ({Role.PANELIST}, [("Lake University", None)])}),
])
def test_a_parts_topic_then_its_people_after_a_dash(text: str, expected: dict) -> None:
    assert _people("The Lake AI Forum was held on June 3 in Tulsa.\n\n" + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bulleted line-up whose lines end in a quoted title after a dash: talks
    ('• Ana Vale, CEO, Acme — "Robots at Work"\n• Tom Reed, CTO, Ridge Labs — "Data First"',
     {"Ana Vale": ({Role.SPEAKER}, "Robots at Work"), "Tom Reed": ({Role.SPEAKER}, "Data First")}),
    ('- Dr. Ana Vale (Acme) - "Robots at Work"', {"Ana Vale": ({Role.SPEAKER}, "Robots at Work")}),
])
def test_a_bulleted_line_up_with_quoted_titles(text: str, expected: dict) -> None:
    assert _parts_and_talks("The Lake AI Forum was held on June 3 in Tulsa.\n\n" + text, "2026-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # attending, in a sentence about a panel, is being in its audience
    ("The panel was moderated by Ana Vale of Acme, and Tom Reed of Ridge Labs attended.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.ATTENDEE}}),
    ("The panel was moderated by Ana Vale of Acme, and Tom Reed of Ridge Labs was among the guests.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.ATTENDEE}}),
    # (the people of a panel the sentence is set in sit on it)
    ("In a panel discussion moderated by Ana Vale, Tom Reed and Mia Holt discussed data.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.PANELIST}, "Mia Holt": {Role.PANELIST}}),
])
def test_attending_in_a_sentence_about_a_panel(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


def test_an_event_held_in_every_sentence_is_found_in_linear_time() -> None:
    # every sentence says an event was held: the sentences held, named and about it are looked up, not scanned
    import time

    from kg.extract.en_events import find_event
    from kg.extract.text import sentences

    def timed(n: int) -> float:
        text = "The Lake AI Forum was held at Lake Hall. " * n
        spans = sentences(text)
        start = time.perf_counter()
        find_event(text, spans, "2026-06-10", set())
        return time.perf_counter() - start

    timed(50)  # (the patterns compiled once)
    small, large = timed(250), timed(8_000)
    assert large < max(small, 0.002) * 32 * 2  # 32 times the text, with room for noise (a scan per sentence: ~110x)


@pytest.mark.parametrize(("text", "expected"), [
    # running a showcase, a hearing or a meeting is holding it
    ("The Lake AI Showcase was held on June 3. The showcase is run by the Ridge Institute.",
     {"organizers": ["Ridge Institute"]}),
    ("The Lake AI Showcase was held on June 3. The showcase, now in its second year, is run by Purdue's School of "
     "Industrial Engineering with sponsorship from Cummins.",
     {"organizers": ["Purdue's School of Industrial Engineering"], "sponsors": ["Cummins"]}),
])
def test_running_a_showcase(text: str, expected: dict) -> None:
    _e, orgs = _event(text)
    assert {role: orgs[role] for role in expected} == expected


@pytest.mark.parametrize("line", ["Writer: Tim Brouk, tbrouk@purdue.edu", "By Tim Brouk, tbrouk@purdue.edu"])
def test_a_byline_with_the_address_after_a_comma(line: str) -> None:
    found = _people("The Lake AI Showcase was held on June 3.\n\n" + line)
    assert found == {"Tim Brouk": ({Role.REPORTER}, [(None, "Reporter")])}


@pytest.mark.parametrize(("text", "expected"), [
    # among those attending, present or taking part: at the event
    ("Among those attending was Tom Reed of Acme.", {"Tom Reed": {Role.ATTENDEE}}),
    ("Among those taking part were Ana Vale and Tom Reed.", {"Ana Vale": {Role.ATTENDEE}, "Tom Reed": {Role.ATTENDEE}}),
    ("Among those taking part were Dame Ann Dowling, former president of the Royal Academy of Engineering, and Sir "
     "James Dyson.", {"Ann Dowling": {Role.ATTENDEE}, "James Dyson": {Role.ATTENDEE}}),
])
def test_among_those_attending(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on 3 June in Leeds. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun opening a sentence that names others after its part: the one person of the sentence before holds it
    ("Acme CEO Ana Vale opened the forum. Later in the day, she moderated a panel with Tom Reed of Ridge Labs.",
     {"Ana Vale": {Role.HOST_REP, Role.MODERATOR}, "Tom Reed": {Role.PANELIST}}),
    ("Acme CEO Ana Vale opened the forum. She then moderated a panel with Tom Reed of Ridge Labs.",
     {"Ana Vale": {Role.HOST_REP, Role.MODERATOR}, "Tom Reed": {Role.PANELIST}}),
    # (the cue after a name of the sentence is that name's)
    ("Acme CEO Ana Vale opened the forum. She praised Tom Reed of Ridge Labs, who gave the keynote.",
     {"Ana Vale": {Role.HOST_REP}, "Tom Reed": {Role.KEYNOTE}}),
])
def test_a_pronouns_part_before_the_names_of_its_sentence(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lawmaker's party and state between the name and the post
    ("Sen. Ted Cruz, R-Texas, the committee's chairman, said in his opening statement that rules should not slow "
     "adoption.", {"Ted Cruz": ({Role.HOST_REP}, [("Senate Commerce Committee", "chairman")])}),
    ("Sen. Ted Cruz, the committee's chairman, said in his opening statement that rules should not slow adoption.",
     {"Ted Cruz": ({Role.HOST_REP}, [("Senate Commerce Committee", "chairman")])}),
])
def test_a_lawmakers_party_and_state_before_the_post(text: str, expected: dict) -> None:
    assert _people("The hearing was held by the Senate Commerce Committee on June 3. " + text) == expected


@pytest.mark.parametrize(("text", "org"), [
    # "the company's" refers back to the company named last before it, when the article has no one company
    ("Tom Reed of Acme Robotics spoke. The company's CEO, Sarah Chen, spoke too.", "Acme Robotics"),
    ("Tom Reed of Acme Robotics spoke. The company's CEO Sarah Chen spoke too.", "Acme Robotics"),
    # (an institute is no company)
    ("Tom Reed of the Ridge Institute spoke. The company's CEO, Sarah Chen, spoke too.", None),
])
def test_the_company_named_last_before(text: str, org: str | None) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert found["Sarah Chen"][1] == [(org, "CEO")]


def test_a_quote_of_two_sentences_names_no_event() -> None:
    # words said, with the speaker's post between commas before the verb: no event's name, whatever words it holds
    e, _orgs = _event('The forum was held on June 3 in Tulsa. "Everyone wants a humanoid demo. Nobody wants to sign a '
                      'purchase order," Aaron Prather, director of robotics at ASTM International, told a session.')
    assert e.name is None


@pytest.mark.parametrize(("text", "name", "organizers"), [
    # a known city's own gathering, its name between the city and the kind in lower case
    ("At Detroit's Automate show, the talk was of humanoids. Automate runs through Thursday at Huntington Place.",
     "Automate", []),
    ("Tokyo's iREX exhibition opened on Wednesday at Tokyo Big Sight.", "iREX", []),
    # (a body's own gathering keeps its holder)
    ("The Ridge Institute's annual Lake AI Forum opened on Wednesday at Hanbit Hall.", "Lake AI Forum",
     ["Ridge Institute"]),
])
def test_a_citys_own_gathering(text: str, name: str, organizers: list) -> None:
    e, orgs = _event(text)
    assert (e.name, orgs["organizers"]) == (name, organizers)


@pytest.mark.parametrize(("text", "expected"), [
    # telling a session is speaking at it; the one who joined the speaker named by the surname takes the part too
    ('"Nobody signs orders," Aaron Prather, director at ASTM International, told a packed session on standards. '
     "Prather was joined by Melonee Wise of Agility Robotics, who said sales are slow.",
     {"Aaron Prather": {Role.SPEAKER, Role.QUOTED}, "Melonee Wise": {Role.SPEAKER}}),
    ("Tom Reed of Acme spoke on Tuesday. Reed was joined by Ana Vale of Ridge Labs, who said demand is strong.",
     {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
])
def test_telling_a_session_and_joining_its_speaker(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # remarks delivered in the passive: a talk, or the host's when they welcome or open
    ("Remarks were delivered by Tom Reed, president of the Lake AI Alliance.", {"Tom Reed": {Role.SPEAKER}}),
    ("Welcoming remarks were offered by Tom Reed, president of the Lake AI Alliance.", {"Tom Reed": {Role.HOST_REP}}),
    # the first or the last to take the stage or to speak
    ("Ana Vale of Acme was the first to take the stage.", {"Ana Vale": {Role.SPEAKER}}),
    ("Ana Vale of Acme was the last to speak.", {"Ana Vale": {Role.SPEAKER}}),
])
def test_remarks_in_the_passive_and_the_first_to_speak(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # announcing a gathering "it" will hold, and gathering people at a named one ahead of it: holding it
    ("Acme Robotics today announced the Lake AI Summit, a two-day event it will host on Oct. 6-7 in Boston.",
     ["Acme Robotics"]),
    ("Acme Robotics, a maker of arms, announced the Lake AI Summit, which it will hold on Oct. 6 in Boston.",
     ["Acme Robotics"]),
    ("Acme Robotics will bring together 500 engineers at the Lake AI Summit in Boston on Oct. 6.", ["Acme Robotics"]),
    # (announcing a product at it holds nothing)
    ("Acme Robotics announced a new robot at the Lake AI Summit on Oct. 6 in Boston, where it will demo it.", []),
])
def test_announcing_a_gathering_it_will_hold(text: str, organizers: list) -> None:
    _e, orgs = _event(text, "2026-09-10")
    assert orgs["organizers"] == organizers


def test_the_owner_of_a_gathering_after_the_sentences_preposition() -> None:
    # "At Samsung's annual Foundry Forum …": the preposition opening the sentence is no part of the holder's name
    e, orgs = _event("At Samsung's annual Foundry Forum in San Jose on June 12, executives unveiled a roadmap.")
    assert (e.name, orgs["organizers"]) == ("Foundry Forum", ["Samsung"])


@pytest.mark.parametrize("text", [
    # speaking at someone's gathering, fronted before the name: a gathering, no post of the speaker's
    "Speaking at Hyundai Motor Group's Pleos 25 developer conference in Seoul on March 27, Song Chang-hyeon said "
    "software matters.",
    "Speaking at Acme's developer conference in Seoul on March 27, Song Chang-hyeon said software matters.",
])
def test_a_gathering_fronted_before_the_name_is_no_post(text: str) -> None:
    assert _people(text)["Song Chang-hyeon"][1] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a place kept for someone not named yet is no post, no organization and no part of the names before it
    ("Panelists: Raj Patel (Cummins), Lisa Chen (Nvidia), Speaker TBA",
     {"Raj Patel": ({Role.PANELIST}, [("Cummins", None)]), "Lisa Chen": ({Role.PANELIST}, [("Nvidia", None)])}),
    ("Moderator: TBD\nPanelists: Raj Patel (Cummins), Lisa Chen (Nvidia)",
     {"Raj Patel": ({Role.PANELIST}, [("Cummins", None)]), "Lisa Chen": ({Role.PANELIST}, [("Nvidia", None)])}),
    # a timed line's part, a colon, then its giver
    ("9:00 a.m. Welcome: Jane Doe, President, Lake AI Alliance",
     {"Jane Doe": ({Role.HOST_REP}, [("Lake AI Alliance", "President")])}),
    # a workshop led by its teacher, in parentheses on a programme line
    ("10:00 a.m. Workshop: Vision inspection hands-on (led by Omar Haddad, Acme Robotics)",
     {"Omar Haddad": ({Role.SPEAKER}, [])}),
])
def test_programme_placeholders_colons_and_workshops(text: str, expected: dict) -> None:
    assert _people("The Lake AI Summit 2026 takes place Oct. 6-7 in Tulsa.\n\n" + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an award's winners: at the event, in no part of its programme
    ("The Innovator of the Year award went to Ana Vale of Acme.", {"Ana Vale": {Role.OTHER}}),
    ("The top prize went to Tom Reed.", {"Tom Reed": {Role.OTHER}}),
    ("Winners included Ana Vale of Acme and Tom Reed of Ridge Labs.", {"Ana Vale": {Role.OTHER}, "Tom Reed": {Role.OTHER}}),
    ("Among the winners was Ana Vale of Acme.", {"Ana Vale": {Role.OTHER}}),
    # (money going to someone is no award)
    ("The money went to Tom Reed.", {}),
])
def test_an_awards_winners(text: str, expected: dict) -> None:
    found = _people("The Lake AI Awards were held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "venue", "city"), [
    # a region owning the venue is no part of its name, and no city
    ("The Lake AI Forum, held June 3 at Gyeonggi Province's Pangyo Techno Valley, drew 300 people.",
     "Pangyo Techno Valley", None),
    ("The Lake AI Forum was held at Korea's COEX on June 3.", "COEX", None),
    # (a city owning it is the city)
    ("The Lake AI Forum was held at Seoul's COEX on June 3.", "COEX", "Seoul"),
])
def test_a_region_owning_the_venue(text: str, venue: str, city: str | None) -> None:
    e, _orgs = _event(text)
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause's part, then the main verb's part after it: both the person's
    ("LG Electronics CEO Cho Joo-wan, who attended the forum, said in a congratulatory speech that AI matters.",
     {"Cho Joo-wan": {Role.ATTENDEE, Role.OTHER}}),
    ("Cho Joo-wan of LG, who attended the forum, said in his keynote that AI matters.",
     {"Cho Joo-wan": {Role.ATTENDEE, Role.KEYNOTE}}),
    # (a cue of another person's after the clause is theirs)
    ("Cho Joo-wan of LG, who attended the forum, met Tom Reed, who gave the keynote.",
     {"Cho Joo-wan": {Role.ATTENDEE}, "Tom Reed": {Role.KEYNOTE}}),
])
def test_a_relative_clauses_part_and_the_main_verbs(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Seoul. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "org"), [
    # a relative clause in the perfect that says the person leads a body
    ("Ana Vale, who has led Acme since 2020, gave the keynote.", "Acme"),
    ("Ana Vale, who had headed the Ridge Institute, gave the keynote.", "Ridge Institute"),
    # (having spoken there says no post)
    ("Ana Vale, who has spoken at Acme, gave the keynote.", None),
])
def test_leading_a_body_in_the_perfect(text: str, org: str | None) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert found["Ana Vale"][1] == ([(org, None)] if org else [])


@pytest.mark.parametrize(("text", "expected"), [
    # the subject's part joined by another in the same sentence: the joiner's too (a moderator's: the panel)
    ("Tom Reed of Acme spoke on Tuesday and was joined by Ana Vale of Ridge Labs.",
     {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    ("Tom Reed of Acme moderated the panel and was joined by Ana Vale of Ridge Labs.",
     {"Tom Reed": {Role.MODERATOR}, "Ana Vale": {Role.PANELIST}}),
    # (arriving and being joined is no part)
    ("Tom Reed of Acme arrived early and was joined by Ana Vale of Ridge Labs.", {"Ana Vale": set()}),
])
def test_a_part_joined_in_the_same_sentence(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "name"), [
    # the last day of a range written with an en dash, then "for the NAME": no part of the name
    ("More than 120 researchers gathered at the Lake Inn on Oct. 14–15 for the Workshop on AI in Advanced "
     "Manufacturing.", "Workshop on AI in Advanced Manufacturing"),
    ("About 80 engineers met in Tulsa on March 3–4 for the Edge AI Summit, hosted by Acme.", "Edge AI Summit"),
])
def test_the_days_end_before_for_the_name(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "expected"), [
    # the name of an endowed chair in apposition after the holder's comma, one donor or two
    ("The keynote was given by Tim Simpson, Paul Morrow Professor of Engineering Design.",
     {"Tim Simpson": [(None, "Paul Morrow Professor of Engineering Design")]}),
    ("The workshop was co-chaired by Ana Vale, Carl and Mary Reed Professor of Computing, and Bo Kim, director of "
     "Nimbus Labs.", {"Ana Vale": [(None, "Carl and Mary Reed Professor of Computing")],
                      "Bo Kim": [("Nimbus Labs", "director")]}),
    ("The workshop was co-chaired by Soundar Kumara, Allen E. Pearce and Allen M. Pearce Professor of Industrial "
     "Engineering at Lake University.",
     {"Soundar Kumara": [("Lake University", "Allen E. Pearce and Allen M. Pearce Professor of Industrial Engineering")]}),
    # (two people in a list after the comma are people: no chair word follows them)
    ("The keynote speakers were Ana Vale, Tom Reed and Bo Kim.", {"Ana Vale": [], "Tom Reed": [], "Bo Kim": []}),
])
def test_an_endowed_chair_after_the_holders_comma(text: str, expected: dict) -> None:
    found = _people("The Lake AI Workshop was held on June 3 in Tulsa. " + text)
    assert {n: a for n, (_r, a) in found.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a professor of a field in capitals: the field is part of the post, no organization
    ("Ana Vale, Professor of Mechanical Engineering, gave the keynote.",
     [(None, "Professor of Mechanical Engineering")]),
    ("Ana Vale, Associate Professor of Computing and Data Science, gave the keynote.",
     [(None, "Associate Professor of Computing and Data Science")]),
    # (a body after it is the organization)
    ("Ana Vale, Professor of Mechanical Engineering at Lake University, gave the keynote.",
     [("Lake University", "Professor of Mechanical Engineering")]),
    ("Ana Vale, Professor of Lake University, gave the keynote.", [("Lake University", "Professor")]),
])
def test_a_professor_of_a_field_in_capitals(text: str, expected: list) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert found["Ana Vale"][1] == expected


@pytest.mark.parametrize("text", [
    # those leading the programme's sessions speak at it
    "Session leaders included Ana Vale of Acme and Tom Reed of Ridge Labs.",
    "Breakout leads were Ana Vale of Acme and Tom Reed of Ridge Labs.",
    "Ana Vale of Acme and Tom Reed of Ridge Labs served as workshop leaders.",
])
def test_session_leaders_speak(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}


@pytest.mark.parametrize(("text", "org"), [
    # a sentence opened by the body its subject speaks for
    ("Representing Crest Motors, Park Min outlined the firm's roadmap.", "Crest Motors"),
    ("On behalf of Pine Robotics, Park Min presented the new arm.", "Pine Robotics"),
    ("Presenting on behalf of the Ridge Institute of Technology, Park Min showed a robot.", "Ridge Institute of Technology"),
    # (not a phrase of another kind: "On Monday, …"; a guard, so before)
    ("On Monday, Park Min presented the new arm.", None),
])
def test_a_fronted_body_one_speaks_for(text: str, org: str | None) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert [a for a, _t in found["Park Min"][1]] == ([org] if org else [])


@pytest.mark.parametrize(("text", "expected"), [
    # a post, the region it covers between commas, then "at" and the organization
    ("Maria Gonzalez, vice president, Asia Pacific, at Siemens, spoke.", [("Siemens", "vice president, Asia Pacific")]),
    ("Maria Gonzalez, head of AI, Europe, at Pine Robotics, spoke.", [("Pine Robotics", "head of AI, Europe")]),
    # (a region with the organization after it, no "at": so before)
    ("Maria Gonzalez, managing director, Korea, Pine Robotics, spoke.",
     [("Pine Robotics", "managing director, Korea")]),
])
def test_a_post_and_its_region_before_at(text: str, expected: list) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert found["Maria Gonzalez"][1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a post "for" a body: the body it serves is the organization, with or without a field between
    ("Maria Gonzalez, AI lead for Rockwell Automation, spoke.", [("Rockwell Automation", "AI lead")]),
    ("Maria Gonzalez, director for Rockwell Automation, spoke.", [("Rockwell Automation", "director")]),
    ("Maria Gonzalez, global head of AI for Rockwell Automation, spoke.", [("Rockwell Automation", "global head of AI")]),
    ("Maria Gonzalez, head of Data Science for the Ridge Group, spoke.", [("Ridge Group", "head of Data Science")]),
    # a field in lower case, then the body by a name that says it is one
    ("Maria Gonzalez, executive vice president and general manager of manufacturing for Crest Motors Corporation, "
     "spoke.", [("Crest Motors Corporation", "executive vice president and general manager of manufacturing")]),
    ("Maria Gonzalez, chief engineer and head of quality for Pine Robotics Inc., spoke.",
     [("Pine Robotics Inc", "chief engineer and head of quality")]),
    # (a region, a portfolio or a field it is for is no body; nor a programme in capitals, the body after it: guards,
    # so before)
    ("Maria Gonzalez, head of sales for Asia Pacific, spoke.", [(None, "head of sales for Asia Pacific")]),
    ("Maria Gonzalez, director of workforce strategy for CHIPS, U.S. Department of Commerce, spoke.",
     [("U.S. Department of Commerce", "director of workforce strategy for CHIPS")]),
    ("Maria Gonzalez, director for Digital Policy, spoke.", [(None, "director for Digital Policy")]),
])
def test_a_post_for_the_body_it_serves(text: str, expected: list) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert found["Maria Gonzalez"][1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the one joined on a part by those the sentence brings: a person with the same part
    ("Joining Ana Vale of Acme on the panel were Tom Reed, CTO of Ridge Labs, and Bo Kim of Nimbus.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}, "Bo Kim": {Role.PANELIST}}),
    ("Joining Ana Vale in the debate was Tom Reed of Ridge Labs.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    ("Joining Ana Vale on stage were Tom Reed of Ridge Labs and Bo Kim of Nimbus.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}, "Bo Kim": {Role.SPEAKER}}),
    # (a body joined on a list is none)
    ("Joining Acme on the list were Ridge Labs and Nimbus.", {}),
])
def test_the_one_joined_on_a_part(text: str, expected: dict) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company whose words are common ones (an outlet's, a field's) with its legal form, or after a company's head
    ("Ana Vale, CEO of Herald Corp., spoke.", [("Herald Corp", "CEO")]),
    ("Ana Vale, CEO of News Corp, spoke.", [("News Corp", "CEO")]),
    ("Ana Vale, CEO of Herald Media, spoke.", [("Herald Media", "CEO")]),
    ("Ana Vale, chairman of Smart Robotics, spoke.", [("Smart Robotics", "chairman")]),
    # (a field after another head is the post's)
    ("Ana Vale, head of Smart Factory, spoke.", [(None, "head of Smart Factory")]),
])
def test_a_company_of_common_words(text: str, expected: list) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert found["Ana Vale"][1] == expected


CARDS_OF_THREE_LINES = """Lake AI Summit 2026
June 9, 2026, Tulsa

SPEAKERS

Ana Vale
Chief Technology Officer
Acme Robotics

Tom Reed
Professor of Industrial Engineering
Ridge University

Priya Nair
VP, Digital Operations | Orbis Inc.
"""

CARDS_OF_TWO_LINES = """Lake AI Summit 2026
June 9, 2026, Tulsa

Speakers
Ana Vale
Chief Technology Officer
Tom Reed
Professor
"""


@pytest.mark.parametrize(("text", "expected"), [
    # a speaker card's organization on a line of its own under the post; a bar parting the card's post and body
    (CARDS_OF_THREE_LINES, {"Ana Vale": [("Acme Robotics", "Chief Technology Officer")],
                            "Tom Reed": [("Ridge University", "Professor of Industrial Engineering")],
                            "Priya Nair": [("Orbis Inc", "VP, Digital Operations")]}),
    # (cards of a name and a post, one after another: the next name is no organization)
    (CARDS_OF_TWO_LINES, {"Ana Vale": [(None, "Chief Technology Officer")], "Tom Reed": [(None, "Professor")]}),
])
def test_speaker_cards_with_the_body_on_its_own_line(text: str, expected: dict) -> None:
    found = _people(text)
    assert {n: a for n, (_r, a) in found.items()} == expected and all(Role.SPEAKER in r for r, _a in found.values())


@pytest.mark.parametrize(("text", "expected"), [
    # what a post is of, with no body's word, before a body's name after the comma: the post's field, no person
    ("Panelists: Tom Reed; Marcus Bell, Director of Workforce Programs, Lake Manufacturing Center",
     {"Tom Reed": [], "Marcus Bell": [("Lake Manufacturing Center", "Director of Workforce Programs")]}),
    ("Panelists were Marcus Bell, head of Customer Success, Orbis Inc., and Tom Reed.",
     {"Marcus Bell": [("Orbis Inc", "head of Customer Success")], "Tom Reed": []}),
    # (a body's own word before the comma keeps it the organization)
    ("Panelists were Marcus Bell, Director of Ridge Robotics, and Tom Reed.",
     {"Marcus Bell": [("Ridge Robotics", "Director")], "Tom Reed": []}),
])
def test_a_posts_field_before_the_body(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3.\n" + text)
    assert {n: a for n, (_r, a) in found.items()} == expected


@pytest.mark.parametrize("text", [
    # a legal form's full stop inside a list of people ends no item before the next
    "Panelists were Marcus Bell, CTO, Orbis Inc., and Tom Reed.",
    "Panelists were Marcus Bell, CTO of Orbis Inc., and Tom Reed.",
])
def test_a_legal_forms_full_stop_inside_a_list(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {n: r for n, (r, _a) in found.items()} == {"Marcus Bell": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}


@pytest.mark.parametrize(("text", "organizers"), [
    # "Hosted by X" on a line of its own: the list ends with its line
    ("Lake AI Summit 2026\nJune 9, 2026, Tulsa\n\nHosted by the Midwest Manufacturing Alliance\n\nAna Vale of Acme will "
     "speak.", ["Midwest Manufacturing Alliance"]),
    ("Lake AI Summit 2026\nOrganized by Ridge Labs and Orbis Inc.\nAna Vale of Acme will speak on June 9, 2026.",
     ["Ridge Labs", "Orbis Inc"]),
])
def test_a_holders_line_of_its_own(text: str, organizers: list) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "when", "venue", "city"), [
    # a page's header line: the date, and beside it after a bar or a dot, the place
    ("Lake AI Summit 2026\nJune 9-10, 2026 | Hyatt Regency, Chicago\nAna Vale of Acme will speak.",
     ("2026-06-09", "2026-06-10"), "Hyatt Regency", "Chicago"),
    ("Lake AI Summit 2026\nTulsa Convention Center • March 3, 2026\nAna Vale of Acme will speak.",
     ("2026-03-03", None), "Tulsa Convention Center", None),
    # (a city and its region: no venue; no place beside the date: none)
    ("Lake AI Summit 2026\nMarch 3, 2026 | Chicago, Illinois\nAna Vale of Acme will speak.",
     ("2026-03-03", None), None, "Chicago"),
    ("Lake AI Summit 2026\nMarch 3, 2026 | Online\nAna Vale of Acme will speak.", (None, None), None, None),
])
def test_a_header_lines_date_and_place(text: str, when: tuple, venue: str | None, city: str | None) -> None:
    e, _orgs = _event(text, published="2026-01-10")
    assert ((e.start, e.end), e.venue, e.city) == (when, venue, city)


@pytest.mark.parametrize(("text", "expected"), [
    # a verb and its preposition before the part, the part's moderator after it: the subject sits on the part
    ("Satya Nadella of Microsoft sat on a panel moderated by Tom Reed.",
     {"Satya Nadella": {Role.PANELIST}, "Tom Reed": {Role.MODERATOR}}),
    ("Microsoft's Satya Nadella and Google's Sundar Pichai appeared on a panel moderated by CNBC's Andrew Sorkin.",
     {"Satya Nadella": {Role.PANELIST}, "Sundar Pichai": {Role.PANELIST}, "Andrew Sorkin": {Role.MODERATOR}}),
    ("Satya Nadella of Microsoft spoke on a panel moderated by Tom Reed.",
     {"Satya Nadella": {Role.PANELIST}, "Tom Reed": {Role.MODERATOR}}),
])
def test_a_verb_on_a_part_its_moderator_after(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an honorific that is a given name too, before a surname alone and with no full stop: the given name
    ("Speakers included Nvidia's Rev Lebaredian and ABB's Sami Atiya.", ["Rev Lebaredian", "Sami Atiya"]),
    ("Rev Lebaredian of Nvidia spoke.", ["Rev Lebaredian"]),
    # (with an article, a full stop or a given name after it: the honorific)
    ("The Rev John Smith spoke and Rev. Mary Jones gave the keynote.", ["John Smith", "Mary Jones"]),
])
def test_an_honorific_that_is_a_given_name(text: str, expected: list) -> None:
    assert list(_people("The Lake AI Forum was held on June 3 in Tulsa. " + text)) == expected


@pytest.mark.parametrize(("text", "when", "venue"), [
    # another year's edition of the series, held later: not where or when this one was
    ("More than 40,000 people descended on Huntington Place last week for Automate 2026, the largest robotics show "
     "in North America. Automate 2027 will be held at McCormick Place in Chicago, June 21-24.",
     (None, None), "Huntington Place"),
    ("Lake AI Summit 2026 was held at Ridge Hall on June 3. Lake AI Summit 2027 will take place at Orbis Center on "
     "June 9.", ("2026-06-03", None), "Ridge Hall"),
])
def test_another_years_edition_is_not_this_one(text: str, when: tuple, venue: str) -> None:
    e, _orgs = _event(text, published="2026-06-29")
    assert ((e.start, e.end), e.venue) == (when, venue)


@pytest.mark.parametrize(("text", "name", "venue"), [
    # those who came somewhere for a name with its year: the name; a known city before "for" no part of it, no venue
    ("More than 40,000 people came to Huntington Place last week for Automate 2026.", "Automate 2026",
     "Huntington Place"),
    ("Thousands flocked to Las Vegas for CES 2026, which opened on Tuesday.", "CES 2026", None),
    ("Robotics fans headed to Munich in June for Automatica 2025.", "Automatica 2025", None),
])
def test_coming_somewhere_for_a_named_edition(text: str, name: str, venue: str | None) -> None:
    e, _orgs = _event(text, published="2026-06-29")
    assert (e.name, e.venue) == (name, venue)


def test_coming_somewhere_for_work_names_nothing() -> None:
    x = extract(Article("t", "She came to Seoul for work in 2025. Ana Vale of Acme spoke.", "t.txt",
                        published="2026-06-29", lang="en"))
    assert all(e.name is None for e in x.events)


@pytest.mark.parametrize(("text", "expected"), [
    # a short form of two words in parentheses (initials and the name's last word) is the organization's alias
    ("The conference, hosted by the Australian Industry Group (Ai Group), opened on June 3. Ai Group Chief Executive "
     "Innes Willox welcomed delegates.", {"Innes Willox": ({Role.HOST_REP}, [("Australian Industry Group",
                                                                              "Chief Executive")])}),
    ("The forum, hosted by the Lake Robotics Association (LR Association), opened on June 3. LR Association president "
     "Ana Vale welcomed delegates.", {"Ana Vale": ({Role.HOST_REP}, [("Lake Robotics Association", "president")])}),
])
def test_a_short_form_of_two_words(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "organizers", "people"), [
    # a name with its initials inside, before its kind: one name, its initials and kind an alias
    ("The Lake AI Forum was organized by the Advanced Robotics for Manufacturing (ARM) Institute. ARM Institute CEO "
     "Jorgen Pedersen opened it.", ["Advanced Robotics for Manufacturing (ARM) Institute"],
     {"Jorgen Pedersen": ({Role.HOST_REP}, [("Advanced Robotics for Manufacturing (ARM) Institute", "CEO")])}),
    # (an alias after the name closes it before "and")
    ("The Lake AI Forum was organized by the Korea Institute for Advancement of Technology (KIAT) and Acme.",
     ["Korea Institute for Advancement of Technology", "Acme"], {}),
])
def test_initials_inside_a_name_and_after_it(text: str, organizers: list, people: dict) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers and _people(text) == people


@pytest.mark.parametrize(("text", "expected"), [
    # whom one met, greeted or posed with are others: the cue word names them, not the subject
    ("Lee Jae-yong, executive chairman of Samsung Electronics, met with the speakers.", {"Lee Jae-yong": set()}),
    ("Lee Jae-yong of Samsung greeted the keynote speaker before the session.", {"Lee Jae-yong": set()}),
    # (posing for photos with them: pictured there, an attendee)
    ("Lee Jae-yong of Samsung posed for photos with the panelists.", {"Lee Jae-yong": {Role.ATTENDEE}}),
    # (speaking with one's own verb stays the subject's)
    ("Lee Jae-yong of Samsung spoke after the panelists.", {"Lee Jae-yong": {Role.SPEAKER}}),
])
def test_meeting_the_speakers_is_no_part(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Seoul. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "org"), [
    # a brand's plus ends its word: part of the organization's name
    ("LG U+ CEO Hong Bum-shik spoke on a panel.", "LG U+"),
    ("Hong Bum-shik, CEO of LG U+, spoke on a panel.", "LG U+"),
])
def test_a_brands_plus(text: str, org: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Seoul. " + text)
    assert found["Hong Bum-shik"][1] == [(org, "CEO")]


@pytest.mark.parametrize(("text", "expected"), [
    # a name and its organization, then what only a speaker does: a person with the part
    ("Ana Vale of Acme delivered remarks on data.", {"Ana Vale": {Role.SPEAKER}}),
    ("Ana Vale of Acme briefed attendees on the plan.", {"Ana Vale": {Role.SPEAKER}}),
    ("Ana Vale of Acme was a featured speaker.", {"Ana Vale": {Role.SPEAKER}}),
    ("Ana Vale of Acme taught a masterclass.", {"Ana Vale": {Role.SPEAKER}}),
    ("Ana Vale of Acme unveiled the roadmap during her talk.", {"Ana Vale": {Role.SPEAKER}}),
    ("Ana Vale of the Lake AI Guild wrapped up the summit.", {"Ana Vale": {Role.HOST_REP}}),
    # (a guest, a donation: nothing says a person spoke, nor that the name is one)
    ("Ana Vale of Acme was a guest of the organizers.", {}),
    ("Ana Vale of Acme made a donation.", {}),
])
def test_what_only_a_speaker_does_after_a_name_and_its_body(text: str, expected: dict) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. It was organized by the Lake AI Guild. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an interview on stage: the one interviewed and the interviewer both speak, in either voice
    ("Jane Roe of Tech Weekly interviewed Ana Vale of Acme on stage.",
     {"Jane Roe": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    ("Ana Vale of Acme was interviewed on stage by Jane Roe of Tech Weekly.",
     {"Ana Vale": {Role.SPEAKER}, "Jane Roe": {Role.SPEAKER}}),
    # (an interview off stage is none; a firm's survey interviews no one named)
    ("Ana Vale, CEO of Acme, was interviewed after the session.", {"Ana Vale": set()}),
    ("Jane Roe of Tech Weekly interviewed 500 managers for the study.", {}),
])
def test_an_interview_on_stage(text: str, expected: dict) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part at another edition or gathering, named as its subject or as where: none at the one reported
    ("Last year's summit featured Tom Reed of Acme.", {"Tom Reed": set()}),
    ("Tom Reed of Acme, who spoke at last year's summit, chatted with guests.", {"Tom Reed": set()}),
    ("Tom Reed of Acme spoke at a different conference in May.", {"Tom Reed": set()}),
    # (another session, the first lecture: parts of the one reported)
    ("Another session featured Tom Reed of Acme.", {"Tom Reed": {Role.SPEAKER}}),
    ("Tom Reed of Acme gave the first lecture.", {"Tom Reed": {Role.SPEAKER}}),
    # (the main verb past a relative clause about another edition gives its part at this one)
    ("Tom Reed of Acme, who spoke at last year's summit, attended the forum as a guest.",
     {"Tom Reed": {Role.ATTENDEE}}),
    ("Tom Reed of Acme, a speaker at last year's summit, moderated the opening panel.",
     {"Tom Reed": {Role.MODERATOR}}),
])
def test_a_part_at_another_edition(text: str, expected: dict) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # a legal form's full stop inside the subjects that team up to host
    ("Ridge Labs and Orbis Inc. teamed up to host the Lake AI Summit on June 3 in Tulsa.", ["Ridge Labs", "Orbis Inc"]),
    ("Ridge Labs and Orbis Inc. partnered to host the Lake AI Summit on June 3 in Tulsa.", ["Ridge Labs", "Orbis Inc"]),
    # the date between the verb and its agent with no "on"; a company named Labs in the city it holds the event in
    ("At the Lake AI Summit, hosted June 3 by Ridge Labs in Tulsa, speakers discussed data.", ["Ridge Labs"]),
    ("The Lake AI Summit, hosted by Ridge Labs in Tulsa, drew 300 people.", ["Ridge Labs"]),
    # (an embassy's seat stays in its name)
    ("The Lake AI Summit, hosted by the British Embassy in Seoul, drew 300 people.", ["British Embassy in Seoul"]),
])
def test_holders_past_a_legal_form_a_bare_date_and_a_city(text: str, organizers: list) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # a title before the name, then posts joined by "and" or a long post with its body after the comma: the latter
    ("Professor Koen Lamberts, President and Vice-Chancellor of the University of Sheffield, opened it.",
     {"Koen Lamberts": [("University of Sheffield", "President and Vice-Chancellor")]}),
    ("Panellists included Councillor Mazher Iqbal, Sheffield City Council's cabinet member for economic development.",
     {"Mazher Iqbal": [("Sheffield City Council", "cabinet member for economic development")]}),
    # a middle initial with no full stop; a portfolio's last words after "and" are no person
    ("It was attended by Mr Rajendra S Rajamane, President, IMTMA.", {"Rajendra S Rajamane": [("IMTMA", "President")]}),
    ("It was inaugurated by Jitan Ram Manjhi, Union Minister of Micro, Small and Medium Enterprises.",
     {"Jitan Ram Manjhi": [(None, "Union Minister of Micro, Small and Medium Enterprises")]}),
    ("It was inaugurated by H D Kumaraswamy, Union Minister of Heavy Industries.",
     {"H D Kumaraswamy": [(None, "Union Minister of Heavy Industries")]}),
])
def test_posts_after_a_title_initials_and_portfolios(text: str, expected: dict) -> None:
    found = _people("The Lake AI Symposium was held on 6 March 2025 in Sheffield. " + text)
    assert {n: a for n, (_r, a) in found.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what an audience heard from those named after "from": people on stage
    ("The panel, chaired by Zoe Kleinman, heard contributions from Jenny Foster (Siemens UK) and Tom Reed (Acme).",
     {"Zoe Kleinman": {Role.MODERATOR}, "Jenny Foster": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    ("Attendees heard insights from Jenny Foster of Siemens UK.", {"Jenny Foster": {Role.SPEAKER}}),
    # (a contact line's name is no one at the event)
    ("Tom Reed of Acme spoke.\n\nFor media enquiries contact: Sarah Jones, Media Relations Officer, s.jones@acme.com",
     {"Tom Reed": {Role.SPEAKER}}),
])
def test_heard_from_and_contact_lines(text: str, expected: dict) -> None:
    found = _people("The Lake AI Symposium was held on 6 March 2025 in Sheffield. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize("text", [
    # a card's line: the name, the post and the body parted by dashes or a bar
    "The Lake AI Summit will be held on June 3 in Tulsa.\nSpeakers include:\n• Ana Vale – CEO – Acme\n"
    "• Tom Reed – CTO – Ridge Labs\n",
    "The Lake AI Summit will be held on June 3 in Tulsa.\n\nFeatured speakers\nAna Vale, CEO | Acme\n"
    "Tom Reed, CTO | Ridge Labs\n",
    # a bar after each cell, the post with its region after a comma: the body is the last cell
    "The Lake AI Summit will be held on June 3 in Tulsa.\nSpeakers include:\nAna Vale | CEO, Asia Pacific | Acme\n"
    "Tom Reed | CTO, Europe | Ridge Labs\n",
])
def test_a_cards_post_and_body_parted_by_dashes_or_a_bar(text: str) -> None:
    found = _people(text)
    assert found == {"Ana Vale": ({Role.SPEAKER}, [("Acme", "CEO")]), "Tom Reed": ({Role.SPEAKER}, [("Ridge Labs", "CTO")])}


def test_a_dash_aside_in_running_text_keeps_its_body() -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. Jane Roe — CTO of Acme — spoke at the summit.")
    assert found == {"Jane Roe": ({Role.SPEAKER}, [("Acme", "CTO")])}


def test_many_names_in_one_sentence_are_read_in_linear_time() -> None:
    # one sentence holding a name list that runs on: what the sentence says (an interview on stage) is read once
    import time

    unit = "startup founders Liam Walsh (Sightline Robotics) and Hana Kim (Forge AI) and "

    def timed(n: int) -> float:
        text = "The Lake AI Forum was held on June 3. " + unit * n
        start = time.perf_counter()
        extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
        return time.perf_counter() - start

    timed(20)  # (the patterns compiled once)
    small, large = timed(100), timed(800)
    assert large < small * 8 * 2, (small, large)  # 8 times the text, with room for noise (a scan per name: ~60x)


@pytest.mark.parametrize(("byline", "writers"), [
    # two writers in the byline, their address in brackets after the names
    ("By Shin Ha-nee, Lee Jae-eun [shin.hanee@joongang.co.kr]", ["Shin Ha-nee", "Lee Jae-eun"]),
    ("BY SHIN HA-NEE, LEE JAE-EUN [shin.hanee@joongang.co.kr]", ["SHIN HA-NEE", "LEE JAE-EUN"]),
    ("By Ana Vale and Tom Reed (desk@acme-news.com)", ["Ana Vale", "Tom Reed"]),
])
def test_a_bylines_writers_before_their_address(byline: str, writers: list) -> None:
    found = _people(byline + "\n\nThe Lake AI Forum was held on June 3. Jim Lee of Acme spoke.")
    assert [n for n, (r, _a) in found.items() if r == {Role.REPORTER}] == writers


@pytest.mark.parametrize(("text", "expected"), [
    # a photo's marker in parentheses after a name is no cue: the part the sentence gives stands
    ("Ana Vale (pictured), CEO of Acme, gave the keynote.", ({Role.KEYNOTE}, [("Acme", "CEO")])),
    ("Acme CEO Ana Vale (pictured) gave the keynote.", ({Role.KEYNOTE}, [("Acme", "CEO")])),
    # (pictured, and nothing else said: there)
    ("Acme CEO Ana Vale (pictured) toured the booths.", ({Role.ATTENDEE}, [("Acme", "CEO")])),
    # a part in parentheses after a name and its body says a person
    ("Ana Vale of Acme (moderator) led the panel.", ({Role.MODERATOR}, [("Acme", None)])),
])
def test_a_photo_marker_and_a_part_in_parentheses(text: str, expected: tuple) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert found == {"Ana Vale": expected}


@pytest.mark.parametrize(("text", "expected"), [
    # an item of a list written as an organization, a lower-case title and the name: the next items stay on the list
    ("Other speakers included Advantech senior vice president Allan Yang, Delta Electronics' Kelvin Huang and "
     "Tom Reed.", {"Allan Yang": [("Advantech", "senior vice president")], "Kelvin Huang": [("Delta Electronics", None)],
                   "Tom Reed": []}),
    ("Speakers included Acme CEO Ana Vale, Ridge CTO Tom Reed and Bo Kim.",
     {"Ana Vale": [("Acme", "CEO")], "Tom Reed": [("Ridge", "CTO")], "Bo Kim": []}),
])
def test_an_organization_and_title_before_a_listed_name(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 in Tulsa. " + text)
    assert {n: a for n, (r, a) in found.items() if r == {Role.SPEAKER}} == expected


@pytest.mark.parametrize(("text", "name"), [
    # a topic whose last word ends in the letters of a preposition ("Automation", "Integration") ends no name early
    ("The International Conference on Robotics and Automation was held on May 19 in Atlanta.",
     "International Conference on Robotics and Automation"),
    ("The Workshop on Data Integration was held on May 19 in Atlanta.", "Workshop on Data Integration"),
    # (a name that ends in the preposition itself is cut back)
    ("The Lake Conference on Robotics for Manufacturing was held on May 19 in Atlanta.",
     "Lake Conference on Robotics for Manufacturing"),
])
def test_a_topic_ending_in_a_prepositions_letters(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "city"), [
    # a gathering that returns or comes to a known city is held there
    ("The Robotics Summit & Expo returned to Boston on April 30.", "Boston"),
    ("The Lake AI Summit comes to Chicago on June 3.", "Chicago"),
    # (a person's trip is no place of the event)
    ("The Lake AI Summit was held on June 3. Ana Vale of Acme flew to Boston after it.", None),
])
def test_a_gathering_that_returns_to_a_city(text: str, city: str | None) -> None:
    e, _orgs = _event(text)
    assert e.city == city


RELEASE = ("Orbis Robotics Announces Keynote Speakers for ORBIS LIVE 2026\n\n"
           "BOSTON, Feb. 3, 2026 /PRNewswire/ -- Orbis Robotics, a leader in warehouse automation, today announced the "
           "keynote lineup for ORBIS LIVE 2026, its annual customer conference, taking place April 14-16 at the Boston "
           "Convention and Exhibition Center.\n\n"
           "\"This year's speakers have done it,\" said Jeff Carter, CEO of Orbis Robotics.\n")


def test_a_releases_keynote_lineup_its_brand_in_capitals_and_the_editions_year() -> None:
    # announcing the keynote lineup holds the event; a brand's name in capitals; a month and day with no year of
    # their own, in a release before the edition, fall in the edition's year
    e, orgs = _event(RELEASE, published="2026-02-03")
    assert (e.name, e.start, e.end, orgs["organizers"]) == ("ORBIS LIVE 2026", "2026-04-14", "2026-04-16",
                                                             ["Orbis Robotics"])
    assert Role.HOST_REP in _people(RELEASE)["Jeff Carter"][0]


def test_a_year_written_with_the_date_stands() -> None:
    e, _orgs = _event("Lake AI Summit 2026 organizers said the last edition ran April 14-16, 2025 at Ridge Hall.",
                      published="2026-02-03")
    assert e.start is None or e.start.startswith("2025")


@pytest.mark.parametrize(("text", "expected"), [
    # the talks came from the names after "from": their givers, with the organization in parentheses
    ("Further talks came from Tom Reed (Ridge Labs) and Mia Holt (Orbis).",
     {"Tom Reed": ({Role.SPEAKER}, [("Ridge Labs", None)]), "Mia Holt": ({Role.SPEAKER}, [("Orbis", None)])}),
    ("The keynote will come from Tom Reed (Ridge Labs).", {"Tom Reed": ({Role.KEYNOTE}, [("Ridge Labs", None)])}),
    # (a name after "came from" with no talk before it is where someone came from, not a person)
    ("Most visitors came from Hanbit Robotics (Seoul).", {}),
])
def test_the_talks_came_from(text: str, expected: dict) -> None:
    assert _people("The Lake AI Summit was held on June 3 in Tulsa. " + text) == expected


@pytest.mark.parametrize("unit", [
    # a unit's long name between the post and "at": where the person works, however long, no venue
    "director of the Laboratory for Machine Tools and Production Engineering",
    "head of the Institute of Industrial Production and Management IFF",
    "chair of the Department of Mechanical, Aerospace and Nuclear Engineering",
])
def test_a_long_unit_before_at_names_no_venue(unit: str) -> None:
    e, _orgs = _event(f"The Lake AI Summit was held on June 3 in Tulsa. A panel was chaired by Tom Reed, {unit} at "
                      "Ridge University.")
    assert (e.venue, e.city) == (None, "Tulsa")


@pytest.mark.parametrize("unit", [
    # the capitalised words of a unit's field before its initials are no person's name
    "head of the Institute of Industrial Production and Management IFF",
    "director of the Center for Design and Marketing CDM",
    "head of the School of Business and Information Studies SBIS",
])
def test_a_units_field_words_before_its_initials_are_no_name(unit: str) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. The second day featured a panel chaired by "
                    f"Prof. Dr. Tom Reed, {unit} at Ridge University. Panellists were Ana Vale of Acme and Mia Holt "
                    "of Orbis.")
    assert sorted(found) == ["Ana Vale", "Mia Holt", "Tom Reed"]


@pytest.mark.parametrize(("text", "venue"), [
    # the place a relative clause sets the gathering in
    ("Posters lined the atrium of the Hanbit Robotics Building, where the symposium took place.",
     "Hanbit Robotics Building"),
    ("Guests toured Pier Hall, where the summit was held, before the dinner.", "Pier Hall"),
    ("At the Ridge Convention Center, where this year's event is being held, crowds lined up early.",
     "Ridge Convention Center"),
    # (a town there is the city, not the venue; another edition's place is none)
    ("Crowds came to Tulsa, where the summit was held.", None),
    ("Crowds came to Pier Hall, where last year's summit was held.", None),
    ("Last year's summit was held at Pier Hall.", None),
    ("The previous edition took place at the Hanbit Convention Center.", None),
])
def test_the_place_where_the_gathering_was_held(text: str, venue: str | None) -> None:
    e, _orgs = _event("Acme held the Lake AI Summit on June 3. " + text)
    assert e.venue == venue


@pytest.mark.parametrize(("text", "org"), [
    # a body or a place made an adjective before the organization's name is no part of it
    ("Rahul Menon, head of AI at Temasek-backed Vertex Automation, spoke.", "Vertex Automation"),
    ("Rahul Menon, CEO of state-run Hanbit Power, spoke.", "Hanbit Power"),
    ("Rahul Menon, CEO of Seoul-based startup Vertex Robotics, spoke.", "Vertex Robotics"),
])
def test_an_adjective_made_of_a_name_before_the_organization(text: str, org: str) -> None:
    found = _people("Acme held the Lake AI Summit on June 3 in Tulsa. " + text)
    assert found["Rahul Menon"][1][0][0] == org


@pytest.mark.parametrize(("text", "organizers"), [
    # a unit owned by a body whose long name holds commas holds the hearing
    ("The House Committee on Science, Space, and Technology's Subcommittee on Research and Technology held the "
     "hearing on AI in factories on June 3 in Washington.", ["Subcommittee on Research and Technology"]),
    ("The National Committee on Trade, Energy and Labor's Subcommittee on Work held the Lake AI Forum on June 3 "
     "in Tulsa.", ["Subcommittee on Work"]),
    # (a short owner before a capitalised unit stays in the holder's name, as before)
    ("The Ridge Institute's Center for Work held the Lake AI Forum on June 3 in Tulsa.",
     ["Ridge Institute's Center for Work"]),
])
def test_a_unit_of_a_long_owner_holds_the_event(text: str, organizers: list) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize("text", [
    # a line-up named with its people speaks at the event
    "The lineup: Mary Ann Lopez, CEO, Acme; Xu Li, CTO, Orbis Labs.",
    "The lineup: Mary Ann Lopez of Acme and Xu Li of Orbis Labs.",
    "The line-up: Mary Ann Lopez of Acme and Xu Li of Orbis Labs.",
])
def test_a_lineup_as_a_list_header(text: str) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == {"Mary Ann Lopez": {Role.SPEAKER}, "Xu Li": {Role.SPEAKER}}


@pytest.mark.parametrize(("byline", "writers"), [
    # bylines in more of the shapes outlets use: in brackets, with the writer's post after a comma, the desk and
    # its city before the writer, a photographer's credit after a semicolon, the outlet after a comma
    ("[By Jane Roe]", {"Jane Roe"}),
    ("Jane Roe, Contributing Writer", {"Jane Roe"}),
    ("Staff reporter, Taipei; Jane Roe, DIGITIMES Asia", {"Jane Roe"}),
    ("Story by Jane Roe; photos by Mia Holt", {"Jane Roe", "Mia Holt"}),
    ("By Jane Roe, The Korea Herald", {"Jane Roe"}),
    ("By Jane Roe, Mia Holt", {"Jane Roe", "Mia Holt"}),
    # (an author's line above the date line, both indented)
    ("\tJane Roe\n\tDecember 21, 2020", {"Jane Roe"}),
])
def test_more_byline_shapes(byline: str, writers: set) -> None:
    found = _people(f"The Lake AI Summit was held on June 3 in Tulsa. Tom Reed of Acme spoke.\n\n{byline}\n")
    assert {n for n, (r, _a) in found.items() if Role.REPORTER in r} == writers
    assert set(found) == writers | {"Tom Reed"}


@pytest.mark.parametrize(("text", "role"), [
    # taking the audience through something is a talk
    ("Jane Roe, CTO of Acme, took the audience through a case study.", Role.SPEAKER),
    ("Jane Roe, CTO of Acme, takes attendees through the data.", Role.SPEAKER),
    # opening a day or a half of it is its first talk; with a keynote, the keynote
    ("Jane Roe, CTO of Acme, kicked off the second day.", Role.SPEAKER),
    ("Jane Roe, CTO of Acme, kicked off the afternoon with a keynote on data.", Role.KEYNOTE),
    ("Jane Roe, CTO of Acme, kicked off the second day with a keynote on data.", Role.KEYNOTE),
    ("Jane Roe, CTO of Acme, opened the second day.", Role.SPEAKER),
    ("Jane Roe, CTO of Acme, opened the morning with a keynote on data.", Role.KEYNOTE),
    # (the proceedings opened: the host's side)
    ("Jane Roe, CTO of Acme, opened the proceedings.", Role.HOST_REP),
    # (taking a taxi through a city is no talk)
    ("Jane Roe, CTO of Acme, took a taxi through Tulsa.", None),
])
def test_taking_the_audience_through_and_opening_a_day(text: str, role: Role | None) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. " + text)
    assert found["Jane Roe"][0] == ({role} if role else set())


@pytest.mark.parametrize(("text", "org"), [
    # "our" post is the writer's body: the subject of the sentence before, not a place or body it names elsewhere
    ("We welcomed 80 customers at the Technology Centre in Wolfsburg for the Lake AI Day on June 3. Our managing "
     "director, Dr. Jane Roe, opened the day.", None),
    ("The Lake AI Forum was held on June 3 at the Ridge Institute. Our CEO, Jane Roe, opened the forum.", None),
    ("Nimbus Labs hosted the Lake AI Forum on June 3. Our CEO, Jane Roe, opened the forum.", "Nimbus Labs"),
])
def test_our_post_is_the_writers_body(text: str, org: str | None) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    names = {o.id: o.name for o in x.organizations}
    [p] = x.people
    assert [names.get(a.org) if a.org else None for a in p.affiliations][:1] in ([org], [] if org is None else [org])


@pytest.mark.parametrize(("text", "expected"), [
    # an academician of an academy, a laureate of a prize's body: posts
    ("Wang Jian, academician of the Chinese Academy of Engineering, delivered a keynote.",
     {"Wang Jian": ({Role.KEYNOTE}, [("Chinese Academy of Engineering", "academician")])}),
    ("Ana Vale, an academician at the Lake Academy of Sciences, gave a talk.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Academy of Sciences", "academician")])}),
])
def test_academicians(text: str, expected: dict) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + text) == expected


@pytest.mark.parametrize(("text", "city"), [
    # a square, a street or a park after the venue is a place in a city, no city
    ("Acme held the Lake AI Summit at the Marriott Marquis in Times Square on June 12.", None),
    ("Acme held the Lake AI Summit at the Grand Hotel in Union Square on June 12.", None),
    # (a city of more words stays one)
    ("Acme held the Lake AI Summit at Pier Hall in Salt Lake City on June 12.", "Salt Lake City"),
])
def test_a_square_or_a_street_is_no_city(text: str, city: str | None) -> None:
    e, _orgs = _event(text)
    assert e.city == city


@pytest.mark.parametrize(("text", "expected"), [
    # a name and an organization with no organization's word, then being there or judging: a person
    ("Ana Vale of Acme made an appearance at the summit.", {"Ana Vale": {Role.ATTENDEE}}),
    ("Ana Vale of Acme was also in attendance.", {"Ana Vale": {Role.ATTENDEE}}),
    ("Ana Vale of Acme judged the pitch competition.", {"Ana Vale": {Role.OTHER}}),
    # the one debated or met head to head on stage is a person on the panel too
    ("Ana Vale of Acme debated Tom Reed of Orbis on regulation.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    ("Ana Vale, Acme's CEO, went head to head with Tom Reed of Orbis.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    # (a company making an appearance, a person's proposal debated: nobody)
    ("Nimbus Works made an appearance at the summit.", {}),
    ("The panel debated Tom Reed's proposal.", {}),
])
def test_being_there_judging_and_debating(text: str, expected: dict) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == expected


@pytest.mark.parametrize(("written", "name"), [
    # local and state lawmakers' titles and clergy's styles before a name are no part of it
    ("Councilwoman Ana Vale", "Ana Vale"),
    ("Assemblymember Tom Reed", "Tom Reed"),
    ("Congresswoman Ana Vale", "Ana Vale"),
    ("Father Tom Reed", "Tom Reed"),
    ("Fr. Tom Reed", "Tom Reed"),
    ("Rabbi Tom Reed", "Tom Reed"),
])
def test_lawmakers_and_clergy_before_a_name(written: str, name: str) -> None:
    found = _people(f"The Lake AI Summit was held on June 3 in Tulsa. {written} delivered the keynote.")
    assert {n: r for n, (r, _a) in found.items()} == {name: {Role.KEYNOTE}}


@pytest.mark.parametrize("text", [
    # a competition's winners named after a dash, a place that went to them, a prize won by them
    "The winning team — Aisha Khan, Lucas Meyer and Chen Yu — built a vision system.",
    "The winning team, made up of Aisha Khan, Lucas Meyer and Chen Yu, built a vision system.",
    "First place went to Aisha Khan, Lucas Meyer and Chen Yu of Ridge University.",
    "The top prize was won by Aisha Khan, Lucas Meyer and Chen Yu.",
    # ... the team "of" its members, or its members set beside it with commas
    "The winning team of Aisha Khan, Lucas Meyer and Chen Yu built a vision system.",
    "First place went to a team of Aisha Khan, Lucas Meyer and Chen Yu.",
    "The winning team, Aisha Khan, Lucas Meyer and Chen Yu, built a vision system.",
])
def test_a_competitions_winners(text: str) -> None:
    found = _people("The Lake AI Hackathon was held on June 3 in Tulsa. " + text)
    assert {n: r for n, (r, _a) in found.items()} == {n: {Role.OTHER} for n in ("Aisha Khan", "Lucas Meyer", "Chen Yu")}


def test_a_game_won_by_a_goal_names_no_winner() -> None:
    assert _people("The Lake AI Hackathon was held on June 3 in Tulsa. The game was won by a goal from Tom Reed.") == {}


@pytest.mark.parametrize("text", [
    # the other verbs of saying, set at the event, are said on its stage as "said at the summit" is
    "Jane Roe, CTO of Acme, argued at the event that data matters.",
    "Jane Roe, CTO of Acme, warned at the summit that data matters.",
    "Jane Roe, CTO of Acme, stressed during the forum that data matters.",
])
def test_verbs_of_saying_set_at_the_event(text: str) -> None:
    found = _people("The Lake AI Summit was held on June 3 in Tulsa. " + text)
    assert found["Jane Roe"][0] == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "expected"), [
    # a report's own day before "that", the event's day in the clause: the event's; the reporter holds it
    ("LG AI Research said on the 20th that it hosted the LG AI Talk Concert 2025 at the LG Science Park on the 19th.",
     ("2025-11-19", ["LG AI Research"])),
    ("Acme announced on Nov. 20 that it held the Lake AI Forum at Reed Hall on Nov. 18.", ("2025-11-18", ["Acme"])),
    # (with no other date in the sentence, the day written is all there is)
    ("Acme said on the 3rd that it held the Lake AI Forum at Reed Hall.", ("2025-11-03", ["Acme"])),
])
def test_the_day_of_a_report_and_the_day_of_the_event(text: str, expected: tuple) -> None:
    e, orgs = _event(text, published="2025-11-20")
    assert (e.start, orgs["organizers"]) == expected


@pytest.mark.parametrize("text", [
    # those a panel held in the sentence was held with sat on it
    "Following this, a panel discussion was held with participants including CEO Ana Vale of Lake Corp and Tom Reed "
    "of Ridge AI.",
    "A panel discussion followed with experts including Ana Vale of Lake Corp and Tom Reed of Ridge AI.",
])
def test_a_panel_held_with_its_participants(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {n: r for n, (r, _a) in found.items()} == {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}


@pytest.mark.parametrize(("text", "roles"), [
    # lawmakers who host the event in person stay its hosts when a body organizes it for them
    ("The Lake AI Forum was held on Tuesday. It was co-hosted by Rep. Ana Vale of the Nimbus Party and Rep. Tom Reed "
     "of the Ridge Party, and organized by the Lake Robotics Association.",
     {"Ana Vale": {Role.HOST_REP}, "Tom Reed": {Role.HOST_REP}}),
    # (guests who give remarks after a host named by its body are guests)
    ("The Lake AI Forum was held on Tuesday, hosted by Lake Corp. Rep. Ana Vale of the Nimbus Party and Rep. Tom Reed "
     "of the Ridge Party gave congratulatory remarks.", {"Ana Vale": {Role.OTHER}, "Tom Reed": {Role.OTHER}}),
])
def test_lawmakers_who_host_in_person(text: str, roles: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == roles


@pytest.mark.parametrize("text", [
    # a degree or an honour after a bare name makes a person of it, as an honorific before it does
    "The Lake AI Forum was held on June 3. Ana Vale, PhD, gave a talk on robots.",
    "The Lake AI Forum was held on June 3. Ana Vale, PhD ’12, gave a talk on robots.",
])
def test_a_degree_after_a_bare_name(text: str) -> None:
    assert _people(text) == {"Ana Vale": ({Role.SPEAKER}, [])}


def test_a_legal_form_after_a_company_is_no_degree() -> None:
    assert _people("The Lake AI Forum was held on June 3. Lake Corp, Inc., gave a talk on robots.") == {}


@pytest.mark.parametrize(("text", "org"), [
    # a plural's possessive inside an organization's name after "of"
    ("The Lake AI Forum was held on June 3. Omar Haddad of the Lake Manufacturing Workers' Union spoke.",
     "Lake Manufacturing Workers' Union"),
    ("The Lake AI Forum was held on June 3. Omar Haddad of the National Farmers’ Federation spoke.",
     "National Farmers’ Federation"),
])
def test_a_plurals_possessive_inside_an_organizations_name(text: str, org: str) -> None:
    assert _people(text) == {"Omar Haddad": ({Role.SPEAKER}, [(org, None)])}


@pytest.mark.parametrize(("text", "organizers"), [
    # the capitalised words after a body's word and "for"/"of" are the rest of its name, no person's
    ("The AI Summit, hosted by the Center for Operational Excellence at the University of Houston, will take place "
     "on April 14 at the Hilton.", ["Center for Operational Excellence"]),
    ("The AI Summit was hosted by the Institute for Operational Excellence at Lake University on April 14.",
     ["Institute for Operational Excellence"]),
])
def test_the_words_after_a_bodys_word_and_for(text: str, organizers: list[str]) -> None:
    e, orgs = _event(text)
    assert (orgs["organizers"], _people(text)) == (organizers, {})


@pytest.mark.parametrize(("text", "people"), [
    # a list whose items open with their person's organization (a possessive, or a name and a title)
    ("Lake Corp's Ana Vale and Reed Inc. executive Tom Reed also presented.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)]), "Tom Reed": ({Role.SPEAKER}, [("Reed Inc", "executive")])}),
    ("Lake Corp's Ana Vale, Fanuc Corp President Ken Yama and Orbit's Mia Holt spoke at the forum.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)]), "Ken Yama": ({Role.SPEAKER}, [("Fanuc Corp", "President")]),
      "Mia Holt": ({Role.SPEAKER}, [("Orbit", None)])}),
    # attending after the list, or after one owned name
    ("Lake Corp's Ana Vale and Reed University's Tom Reed attended.",
     {"Ana Vale": ({Role.ATTENDEE}, [("Lake Corp", None)]), "Tom Reed": ({Role.ATTENDEE}, [("Reed University", None)])}),
    ("Lake Corp's Ana Vale attended the forum.", {"Ana Vale": ({Role.ATTENDEE}, [("Lake Corp", None)])}),
])
def test_a_list_of_names_with_their_owners(text: str, people: dict) -> None:
    assert _people("The Lake AI Forum was held on June 3 at Reed Hall. " + text) == people


@pytest.mark.parametrize("text", [
    # "organizers" then the list with its article: each body is one organizer
    "The Lake AI Forum kicked off on Wednesday at Reed Hall, with organizers the Lake Robot Association and Nikkan "
    "Kogyo Shimbun expecting 1,000 visitors.",
    "The Lake AI Forum kicked off on Wednesday at Reed Hall. The organizers, the Lake Robot Association and Nikkan "
    "Kogyo Shimbun, expect 1,000 visitors.",
])
def test_organizers_then_a_list_after_the_article(text: str) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == ["Lake Robot Association", "Nikkan Kogyo Shimbun"]


@pytest.mark.parametrize("text", [
    # a keynote from the owner's post set off by a comma, then the name: the keynote is the name's,
    # whatever a relative clause after the name says it did
    "The forum opened with a keynote from Lake Corp's vice president of engineering, Ana Vale, who described the work.",
    "The forum opened with a keynote from Lake Corp's chief scientist, Ana Vale, who described the work.",
    "It featured a keynote by Lake Corp’s head of AI, Ana Vale, who explained the plan.",
])
def test_a_keynote_from_an_owners_post_and_a_name(text: str) -> None:
    [(roles, _affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + text).values()
    assert roles == {Role.KEYNOTE}


@pytest.mark.parametrize("text", [
    # a unit, then its organization, after a name's comma: the organization, in running text and on a card
    "The Lake AI Forum was held on June 3. Ana Vale, School of Computing, Lake University, spoke about robots.",
    "The Lake AI Forum was held on June 3. Prof. Ana Vale, Department of Chemical Engineering, Lake University, spoke.",
    "The Lake AI Forum was held on June 3.\n\nConfirmed speakers include:\nDr. Mia Holt, CTO, Dow\n"
    "Prof. Ana Vale, Department of Chemical Engineering, Lake University\nTom Reed, CEO, Reed Inc.\n",
])
def test_a_unit_then_its_organization_after_a_name(text: str) -> None:
    assert _people(text)["Ana Vale"] == ({Role.SPEAKER}, [("Lake University", None)])


@pytest.mark.parametrize("text", [
    # well-known bodies whose names look like people's are no people
    "The Lake AI Forum was held on June 3. Lockheed Martin and Johnson Controls presented their robots.",
    "The Lake AI Forum was held on June 3. Goldman Sachs and Morgan Stanley presented their research at the forum.",
])
def test_well_known_bodies_named_like_people(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(("text", "people"), [
    # (a person whose given name is a company's one word stays a person)
    ("The Lake AI Forum was held on June 3. Emerson Tan of Lake Corp spoke.",
     {"Emerson Tan": ({Role.SPEAKER}, [("Lake Corp", None)])}),
    # a well-known body after a name's comma, or in parentheses, is the person's organization
    ("The Lake AI Forum was held on June 3. Ana Vale, Lockheed Martin, spoke about robots. Tom Reed, SK hynix, "
     "followed.", {"Ana Vale": ({Role.SPEAKER}, [("Lockheed Martin", None)]),
                   "Tom Reed": ({Role.SPEAKER}, [("SK hynix", None)])}),
    ("The Lake AI Forum was held on June 3. Ana Vale (SK hynix) spoke about robots.",
     {"Ana Vale": ({Role.SPEAKER}, [("SK hynix", None)])}),
    # a body's word and what it is of, anywhere in the name
    ("The Lake AI Forum was held on June 3. Ana Vale, Technical University of Munich, spoke about robots.",
     {"Ana Vale": ({Role.SPEAKER}, [("Technical University of Munich", None)])}),
    # a campus inside parentheses
    ("The Lake AI Forum was held on June 3. Dr. Mei Lin (University of Texas at Austin) and Jake Morrow "
     "(Dell Technologies) led a workshop.", {"Mei Lin": ({Role.SPEAKER}, [("University of Texas at Austin", None)]),
                                              "Jake Morrow": ({Role.SPEAKER}, [("Dell Technologies", None)])}),
])
def test_known_bodies_and_campuses_as_a_persons_organization(text: str, people: dict) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text", [
    # a list of bodies after a comma is no person's organization
    "The Lake AI Forum was held on June 3. Applied Total Control Treatment (ATC), Lenovo, Zebra Technologies and IBM "
    "are members.",
    "The Lake AI Forum was held on June 3. Members are Ridge Dynamic Control, Lenovo, Lake Corp and IBM.",
])
def test_a_list_of_bodies_gives_no_person(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize("text", [
    # names set off by spaced hyphens, or by commas, after a plural: each with the body in its parentheses
    "Later, a panel of startup founders - Lukas Meyer (Neura Robotics), Sophie Wagner (Agile Robots) and Jan Becker "
    "(Wandelbots) - debated the future.",
    "A panel of startup founders, Lukas Meyer (Neura Robotics), Sophie Wagner (Agile Robots) and Jan Becker "
    "(Wandelbots), debated the future.",
])
def test_a_panel_set_off_after_a_plural(text: str) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + text) == {
        "Lukas Meyer": ({Role.PANELIST}, [("Neura Robotics", None)]),
        "Sophie Wagner": ({Role.PANELIST}, [("Agile Robots", None)]),
        "Jan Becker": ({Role.PANELIST}, [("Wandelbots", None)])}


@pytest.mark.parametrize(("text", "name"), [
    # a title's word or a company's word that is a surname too, beside a given name
    ("The Lake AI Forum was held on June 3 at Reed Hall, hosted by comedian Jo Brand.", "Jo Brand"),
    ("The Lake AI Forum was held on June 3 at Reed Hall. Sally Field of Lake Corp spoke.", "Sally Field"),
])
def test_surnames_that_are_title_or_company_words(text: str, name: str) -> None:
    assert list(_people(text)) == [name]


@pytest.mark.parametrize(("text", "post"), [
    # (the same words in a title stay the title's)
    ("The Lake AI Forum was held on June 3. Ana Vale, Global Brand Manager at Lake Corp, spoke.",
     ("Lake Corp", "Global Brand Manager")),
    ("The Lake AI Forum was held on June 3. Ana Vale, Field Sales Director at Lake Corp, spoke.",
     ("Lake Corp", "Field Sales Director")),
])
def test_title_words_that_are_surnames_too_stay_in_titles(text: str, post: tuple) -> None:
    assert _people(text) == {"Ana Vale": ({Role.SPEAKER}, [post])}


@pytest.mark.parametrize(("sentence", "roles"), [
    # verbs and frames of talks
    ("Lake Corp CTO Ana Vale unpacked the findings of a new survey.", {"Ana Vale": {Role.SPEAKER}}),
    ("Lake Corp CTO Ana Vale offered a case study from the company's plant in Ohio.", {"Ana Vale": {Role.SPEAKER}}),
    ("Among those presenting was Lake Corp CTO Ana Vale.", {"Ana Vale": {Role.SPEAKER}}),
    ("The morning session opened with Lake Corp CTO Ana Vale.", {"Ana Vale": {Role.SPEAKER}}),
    ("The afternoon kicked off with Lake Corp CTO Ana Vale.", {"Ana Vale": {Role.SPEAKER}}),
    ('Lake Corp CTO Ana Vale, in a talk titled "Robots at Work", argued for retraining.', {"Ana Vale": {Role.SPEAKER}}),
    # (a keynote set off so stays one)
    ("Lake Corp CTO Ana Vale, in a keynote on safety, argued for retraining.", {"Ana Vale": {Role.KEYNOTE}}),
    # the host of a chat or an interview leads it; the guest talks
    ("Lake Corp CTO Ana Vale hosted a fireside chat with Tom Reed of Reed Inc.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.SPEAKER}}),
    ("Lake Corp CTO Ana Vale hosted an interview with Tom Reed of Reed Inc.",
     {"Ana Vale": {Role.MODERATOR}, "Tom Reed": {Role.SPEAKER}}),
    # (exhibitors pitching products is no talk of the one who says so)
    ("Jeff Burnstein, president of Lake Corp, opened the show by noting that every exhibitor pitched an AI feature.",
     {"Jeff Burnstein": {Role.HOST_REP}}),
])
def test_more_verbs_and_frames_of_talks(sentence: str, roles: dict) -> None:
    found = _people("The Lake AI Forum, organized by Lake Corp, was held on June 3 at Reed Hall. " + sentence)
    assert {n: r for n, (r, _a) in found.items()} == roles


@pytest.mark.parametrize("text", [
    # the listed fields of the post set after a name end in no name of their own
    "The Lake AI Forum was held on June 3. His Excellency Omar Sultan Al Olama, Minister of State for Artificial "
    "Intelligence, Digital Economy and Remote Work Applications, opened the forum.",
    "The Lake AI Forum was held on June 3. Omar Sultan Al Olama, Minister for Science, Industry and Remote Work "
    "Programs, opened the forum.",
])
def test_listed_fields_of_a_post_after_a_name(text: str) -> None:
    assert list(_people(text)) == ["Omar Sultan Al Olama"]


@pytest.mark.parametrize("text", [
    # capitalised words of the event's name are no person, in the headline either
    "UAE hosts Machines Can See summit in Dubai\n\nThe minister inaugurated the Machines Can See 2025 summit at the "
    "Museum of the Future on Monday.",
    "Lake City hosts Dreams Come True summit\n\nThe mayor inaugurated the Dreams Come True 2025 summit at Reed Hall "
    "on Monday.",
])
def test_words_of_the_events_name_are_no_person(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(("text", "people"), [
    # a head in the plural before one name is a verb ("hosts"), not that name's title
    ("Lake City hosts Ana Vale for a day of talks. The Lake AI Forum was held on June 3.", {}),
    # (before a list of names it titles each)
    ("The Lake AI Forum was held on June 3. Lake Corp co-founders Liam Walsh and Hana Kim spoke.",
     {"Liam Walsh": ({Role.SPEAKER}, [("Lake Corp", "co-founder")]),
      "Hana Kim": ({Role.SPEAKER}, [("Lake Corp", "co-founder")])}),
])
def test_a_plural_head_before_one_name(text: str, people: dict) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text", [
    # those billed on the programme, fronted; the span of a line-up of presenters
    "Also on the program were Ana Vale (Lake Corp) and Tom Reed (Reed Inc.).",
    "On the agenda were Ana Vale of Lake Corp and Tom Reed of Reed Inc.",  # (items of "of" read so before)
    "Presenters ranged from Lake Corp CEO Ana Vale to Reed Inc. CTO Tom Reed.",
])
def test_those_billed_and_a_range_of_presenters(text: str) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert ({n: r for n, (r, _a) in found.items()}, [a[0][0] for _r, a in found.values()]) \
        == ({"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}, ["Lake Corp", "Reed Inc"])


@pytest.mark.parametrize(("text", "venue", "city"), [
    # a city of two words owning the venue
    ("Held at San Francisco's Moscone Center, the Lake AI Summit drew 5,000 people on June 3.",
     "Moscone Center", "San Francisco"),
    ("The Lake AI Summit was held at Los Angeles' Reed Convention Center on June 3.", "Reed Convention Center",
     "Los Angeles"),
    # venues named in the languages of Europe, with their particles
    ("The Lake AI Forum took place at the Haus der Wirtschaft in Stuttgart on June 3.", "Haus der Wirtschaft",
     "Stuttgart"),
    ("The Lake AI Summit was held at the Palais des Congrès in Paris on June 3.", "Palais des Congrès", "Paris"),
    # a campus's union building
    ("The Lake AI Workshop was held June 3 in the Purdue Memorial Union.", "Purdue Memorial Union", None),
    ("The Lake AI Workshop was held June 3 at the Lake Student Union.", "Lake Student Union", None),  # (after "at" too)
])
def test_more_venues(text: str, venue: str, city: str | None) -> None:
    e, _orgs = _event(text)
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize("sentence", [
    # a moderator or a panelist named by the part before the name moderates, whatever the verb after says
    "Moderator Kevin Parker closed the session with audience questions.",
    "Moderator Kevin Parker, editor of Plant Engineering, opened the session.",
    "The moderator, Kevin Parker, closed the session.",
])
def test_the_part_written_before_the_name_beats_the_verb_after(sentence: str) -> None:
    found = _people("The Lake AI Webinar was held on June 3, hosted by Lake Corp. " + sentence)
    assert found["Kevin Parker"][0] == {Role.MODERATOR}


@pytest.mark.parametrize(("text", "name", "post"), [
    # the owner's post set before the name with a comma, after another title earlier in the sentence
    ("A panel discussion moderated by KAIST professor Kim Jung-ho featured Hyundai Motor Group's head of robotics, "
     "Hyun Dong-jin, and Naver Labs CEO Seok Sang-ok.", "Hyun Dong-jin", ("Hyundai Motor Group", "head of robotics")),
    ("The talk by Lake Corp CEO Ana Vale was followed by one from Reed Inc.'s chief scientist, Tom Reed.", "Tom Reed",
     ("Reed Inc", "chief scientist")),
])
def test_an_owned_post_after_another_title(text: str, name: str, post: tuple) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert found[name][1] == [post]


@pytest.mark.parametrize(("text", "days"), [
    # a stretch of days from the day an opening verb gives, though the sentence also says it ended
    ("The three-day Lake AI Forum, which began on June 3, wrapped up at Reed Hall.", ("2025-06-03", "2025-06-05")),
    ("The two-day Lake AI Forum opened Tuesday at Reed Hall and closed with a gala.", ("2025-06-03", "2025-06-04")),
    # (the day it concluded on ends the stretch)
    ("The three-day Lake AI Forum concluded on June 3 at Reed Hall.", ("2025-06-01", "2025-06-03")),
])
def test_the_stretch_from_the_opening_day(text: str, days: tuple) -> None:
    e, _orgs = _event(text, published="2025-06-05")
    assert (e.start, e.end) == days


@pytest.mark.parametrize(("place", "venue", "city"), [
    # a labelled venue line ending in its city and the state's code or abbreviation
    ("Pittsburgh Convention Center, Pittsburgh, PA", "Pittsburgh Convention Center", "Pittsburgh"),
    ("Reed Hall, Austin, Tex.", "Reed Hall", "Austin"),
    ("Reed Hall, Austin, Texas", "Reed Hall", "Austin"),
])
def test_a_labelled_venue_with_its_city_and_state(place: str, venue: str, city: str) -> None:
    e, _orgs = _event(f"Lake AI Summit\n\nDate: June 3, 2025\nVenue: {place}\n\nThe summit brings together engineers.")
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize(("text", "venue"), [
    # the name less its year, in the body under a headline that names it with the year, names the event
    ("Lake AI Summit 2025 recap\n\nThe Lake AI Summit returned to the Reed Center on April 30.", "Reed Center"),
    ("Robotics Summit & Expo 2025 recap: humanoids\n\nBOSTON — The Robotics Summit & Expo returned to the Boston "
     "Convention and Exhibition Center on April 30 and May 1.", "Boston Convention and Exhibition Center"),
])
def test_the_name_less_its_year_names_the_event(text: str, venue: str) -> None:
    e, _orgs = _event(text, published="2025-05-03")
    assert (e.venue, e.start) == (venue, "2025-04-30")


@pytest.mark.parametrize(("text", "owner"), [
    # the owner's possessive before the name where the body names the event under its headline
    ("Lake AI Summit 2025 recap\n\nThe Ridge Institute's Lake AI Summit returned to the Reed Center on April 30.",
     "Ridge Institute"),
    ("Robotics Summit & Expo 2025 recap\n\nBOSTON — The Robot Report's Robotics Summit & Expo returned to the Boston "
     "Convention and Exhibition Center on April 30.", "Robot Report"),
])
def test_the_owner_of_the_name_in_the_body(text: str, owner: str) -> None:
    e, orgs = _event(text, published="2025-05-03")
    assert orgs["organizers"] == [owner]


@pytest.mark.parametrize(("sentence", "role"), [
    ("Lake Corp CTO Ana Vale shed light on the company's approach to safety.", Role.SPEAKER),
    ("Lake Corp CTO Ana Vale demoed the new robot.", Role.SPEAKER),
    ("Lake Corp CTO Ana Vale gave an update on the project.", Role.SPEAKER),
    ("Lake Corp CTO Ana Vale provided the latest updates from the pilot line.", Role.SPEAKER),
    ("Lake Corp CTO Ana Vale steered the discussion.", Role.MODERATOR),
    ("Lake Corp CTO Ana Vale steered a lively panel on skills.", Role.MODERATOR),
])
def test_talks_shed_light_demoed_updates_and_steered_discussions(sentence: str, role: Role) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Ana Vale"][0] == {role}


@pytest.mark.parametrize(("text", "organizer"), [
    # lower-case words describing the subject body between its article and its name
    ("The bipartisan Congressional AI Caucus hosted a briefing on AI in manufacturing on Thursday.",
     "Congressional AI Caucus"),
    ("The nonprofit Lake Robotics Association hosted the Lake AI Forum on Thursday.", "Lake Robotics Association"),
    ("The newly formed Lake Robotics Association held the Lake AI Forum on Thursday.", "Lake Robotics Association"),
])
def test_words_describing_the_subject_body(text: str, organizer: str) -> None:
    _e, orgs = _event(text, published="2025-11-12")
    assert orgs["organizers"] == [organizer]


@pytest.mark.parametrize("text", [
    # the members of a named team, set off by dashes or parentheses after its name
    'First place went to team "Line Guardians" - Priya Shah, Daniel Cho and Maria Gomez - for a defect detector.',
    "First place went to team Line Guardians — Priya Shah, Daniel Cho and Maria Gomez — for a defect detector.",
    'The prize went to team "Line Guardians" (Priya Shah, Daniel Cho and Maria Gomez) for a defect detector.',
])
def test_the_members_of_a_named_team(text: str) -> None:
    found = _people("The Lake Hackathon was held on June 3. " + text)
    assert {n: r for n, (r, _a) in found.items()} == {"Priya Shah": {Role.OTHER}, "Daniel Cho": {Role.OTHER},
                                                       "Maria Gomez": {Role.OTHER}}


@pytest.mark.parametrize(("byline", "top", "name"), [
    # more bylines: a contributor's, one in capitals with the writer's post, a dash before the name and the outlet
    ("Contributed by Jane Doe", False, "Jane Doe"),
    ("Compiled by Jane Doe", True, "Jane Doe"),
    ("BY JANE DOE / STAFF REPORTER", True, "JANE DOE"),
    # ... with the post written in mixed case
    ("By JANE DOE | Staff Writer", True, "JANE DOE"),
    ("BY KIM MIN-JI, Senior Reporter", True, "KIM MIN-JI"),
    ("— Jane Doe, The Korea Times", False, "Jane Doe"),
])
def test_contributors_capitals_and_dashed_bylines(byline: str, top: bool, name: str) -> None:
    body = "The Lake AI Forum was held on June 3 at Reed Hall. Ana Vale of Lake Corp gave the keynote."
    found = _people(f"{byline}\n\n{body}" if top else f"{body}\n\n{byline}")
    assert found[name][0] == {Role.REPORTER}


@pytest.mark.parametrize(("sentence", "post"), [
    # a body's name, then a lower-case head and the field it is of, after a name's comma
    ("Ana Vale, Lake Corp head of AI, spoke about robots.", ("Lake Corp", "head of AI")),
    ("Ana Vale, Reed Motors director of Smart Manufacturing, spoke about robots.",
     ("Reed Motors", "director of Smart Manufacturing")),
])
def test_a_body_then_a_head_of_a_field_after_a_name(sentence: str, post: tuple) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + sentence) == {"Ana Vale": ({Role.SPEAKER}, [post])}


@pytest.mark.parametrize(("sentence", "post"), [
    # when one took the post is no part of it
    ("Ana Vale, Lake Corp's chief executive since 2019, spoke about robots.", ("Lake Corp", "chief executive")),
    ("Ana Vale, CEO of Lake Corp since March 2021, spoke about robots.", ("Lake Corp", "CEO")),
])
def test_a_post_held_since_a_year(sentence: str, post: tuple) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + sentence) == {"Ana Vale": ({Role.SPEAKER}, [post])}


@pytest.mark.parametrize(("text", "name", "edition"), [
    # of two events written as often, the one a verb of holding is said of; the other's edition is its own
    ("The Lake AI Forum was held on June 3 at Reed Hall. That evening, the fifth annual Lake AI Awards were presented "
     "at a gala dinner.", "Lake AI Forum", None),
    ("Lake Corp hosted the Lake AI Forum on June 3. The 12th Lake Robotics Awards were also presented.",
     "Lake AI Forum", None),
    # (the event's own edition stays)
    ("The fifth annual Lake AI Forum was held on June 3 at Reed Hall.", "Lake AI Forum", 5),
])
def test_the_event_held_and_another_events_edition(text: str, name: str, edition: int | None) -> None:
    e, _orgs = _event(text)
    assert (e.name, e.edition) == (name, edition)


@pytest.mark.parametrize("sentence", [
    # an owner's possessive, then an honorific and the name: the owner is the person's organization, no person
    "In the opening keynote, Ridge University's Dr. Omar Haddad argued that data matters.",
    "Ridge University's Prof. Omar Haddad gave the keynote.",
])
def test_an_owner_then_an_honorific(sentence: str) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + sentence)
    assert found == {"Omar Haddad": ({Role.KEYNOTE}, [("Ridge University", None)])}


@pytest.mark.parametrize(("text", "name", "venue"), [
    # a named place, "for", then the event held there: two names, not one
    ("Last Thursday, more than 300 people packed the Lake Innovation Center for Manufacturing AI Day 2025.",
     "Manufacturing AI Day 2025", "Lake Innovation Center"),
    ("Some 200 engineers gathered at the Reed Conference Hall for Lake Robotics Day 2025 on June 3.",
     "Lake Robotics Day 2025", "Reed Conference Hall"),
    # the place in its city, then the event held there
    ("Last Thursday, more than 180 people joined us at the Crest Innovation Center in Austin for Pine AI Day 2025.",
     "Pine AI Day 2025", "Crest Innovation Center"),
    ("Some 200 engineers gathered at the Reed Conference Hall in Busan for Lake Robotics Day 2025 on June 3.",
     "Lake Robotics Day 2025", "Reed Conference Hall"),
    # a place of any name, then "for the" and the gathering (the second a guard: so before)
    ("On Monday, over 500 delegates gathered at the Grand Lake Marina Bay for the Pine Robotics Summit.",
     "Pine Robotics Summit", "Grand Lake Marina Bay"),
    ("Some 200 engineers met at the Hanbit Riverside Seoul for the Lake AI Conference on June 3.",
     "Lake AI Conference", "Hanbit Riverside Seoul"),
    # (one word before "for" is the name's own)
    ("The Center for Data Science Summit 2025 was held on June 3.", "Center for Data Science Summit 2025", None),
])
def test_a_place_for_the_event_held_there(text: str, name: str, venue: str | None) -> None:
    e, _orgs = _event(text, published="2025-10-03")
    assert (e.name, e.venue) == (name, venue)


@pytest.mark.parametrize("text", [
    # an ordinal ending a line (a numbered heading's "first") gives no edition to the capitalised line after it
    "The Lake AI Forum was held on June 3.\n\n1. Data comes first\nIn the opening keynote, Omar Haddad of Lake Corp "
    "argued that data matters.",
    "The Lake AI Forum was held on June 3.\n\nWhy safety came second\nLake Corp's Omar Haddad explained the plan.",
])
def test_an_ordinal_at_a_lines_end_is_no_edition(text: str) -> None:
    e, _orgs = _event(text)
    assert e.edition is None


@pytest.mark.parametrize("sentence", [
    # a title in lower case (its body referred to by its kind) between the cue's "by" and the name
    "The closing panel, led by alliance director Maria Santos, featured Joe Miller of Lake Corp.",
    "The panel, moderated by association president Maria Santos, featured Joe Miller of Lake Corp.",  # (read so before)
])
def test_a_lower_case_title_after_the_cue(sentence: str) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + sentence)
    assert (found["Maria Santos"][0], found["Joe Miller"][0]) == ({Role.MODERATOR}, {Role.PANELIST})


@pytest.mark.parametrize(("sentence", "affiliations"), [
    # names, then the bodies they represent in the same order, "respectively"
    ("Ana Vale, Tom Reed and Mia Holt, representing Lake Corp, Reed Inc. and Orbit University respectively, gave talks.",
     {"Ana Vale": "Lake Corp", "Tom Reed": "Reed Inc", "Mia Holt": "Orbit University"}),
    ("Ana Vale and Tom Reed, from Lake Corp and the Reed Institute respectively, gave talks.",
     {"Ana Vale": "Lake Corp", "Tom Reed": "Reed Institute"}),
])
def test_names_and_the_bodies_they_represent_respectively(sentence: str, affiliations: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + sentence)
    assert {n: a[0][0] for n, (_r, a) in found.items()} == affiliations


@pytest.mark.parametrize(("text", "expected"), [
    # a head's title with no body written, in the sentence that names the event's one organizer before it
    ("Lake Corp hosted the Lake AI Forum on June 3, with CEO Ana Vale delivering the keynote.",
     ({Role.KEYNOTE, Role.HOST_REP}, [("Lake Corp", "CEO")])),
    ("SK Group hosted the SK AI Summit 2025 at COEX on Monday, with Chairman Chey Tae-won delivering the keynote.",
     ({Role.KEYNOTE, Role.HOST_REP}, [("SK Group", "Chairman")])),
    # (in a later sentence, or with a body of its own, it stays as written)
    ("Lake Corp hosted the Lake AI Forum on June 3. Chairman Ana Vale delivered the keynote.",
     ({Role.KEYNOTE}, [(None, "Chairman")])),
    ("Lake Corp hosted the Lake AI Forum on June 3, with Reed Inc. CEO Ana Vale delivering the keynote.",
     ({Role.KEYNOTE}, [("Reed Inc", "CEO")])),
])
def test_a_head_of_the_host_in_its_sentence(text: str, expected: tuple) -> None:
    [found] = _people(text).values()
    assert found == expected


_FORUM = "The Lake AI Forum was held on June 3 at Reed Hall.\n\n"


@pytest.mark.parametrize("text, expected", [
    ("10:30 Panel: Scaling Vision Inspection\nModerator: Tom Reed, Analyst, Reed Inc.", {"Tom Reed"}),
    ("11:00 Session: Leveraging Generative Design\nSpeaker: Ana Vale, CTO, Lake Corp", {"Ana Vale"}),
    ("The afternoon featured Leveraging Generative Design, a talk by Ana Vale of Lake Corp.", {"Ana Vale"}),
    # (a second shape that passed before: the title ends in a word no name has)
    ("The day closed with Running Robots Safely, a panel chaired by Tom Reed of Reed Inc.", {"Tom Reed"}),
    # (guards: given names that end in -ing and are no verb's, and a verb's -ing form that takes a person)
    ("Sterling Anderson, co-founder of Lake Corp, gave the keynote.", {"Sterling Anderson"}),
    ("10:30 Welcome: Manning Cole, President, Lake University", {"Manning Cole"}),
    ("Xiaoming Chen of Lake Corp spoke on a panel.", {"Xiaoming Chen"}),
    ("Joining Ana Vale on the panel was Tom Reed of Reed Inc.", {"Ana Vale", "Tom Reed"}),
])
def test_a_verbs_ing_form_opens_a_talks_title_no_name(text: str, expected: set[str]) -> None:
    assert set(_people(_FORUM + text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("DETROIT, April 2, 2026 /PRNewswire/ -- Vantic Inc., a maker of machine vision software, today announced that "
     "Chief Executive Officer Jane Holloway will deliver a keynote at the Lake AI Forum on June 3.",
     {"Jane Holloway": [("Vantic Inc", "Chief Executive Officer")]}),
    ("SEOUL, May 2, 2026 -- Lake Robotics (KOSDAQ: 123456) announced today it will exhibit at the Lake AI Forum on "
     "June 3. Ana Vale, vice president of sales, will present the company's new arm, and Tom Reed, a professor at "
     "Reed University, will join her on stage. Professor Mia Cole will chair the session.",
     {"Ana Vale": [("Lake Robotics", "vice president of sales")], "Tom Reed": [("Reed University", "professor")],
      "Mia Cole": [(None, "Professor")]}),
    # (guards: a person who announces is no company; no release, no announcer)
    ("Governor Ana Vale today announced that Chief Executive Officer Tom Reed will speak at the Lake AI Forum on June 3.",
     {"Ana Vale": [(None, "Governor")], "Tom Reed": [(None, "Chief Executive Officer")]}),
    ("Lake Robotics will exhibit at the Lake AI Forum on June 3. Ana Vale, vice president of sales, will present.",
     {"Ana Vale": [(None, "vice president of sales")]}),
])
def test_a_press_releases_announcer_employs_the_posts_it_names(text: str, expected: dict) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-04-02", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    got = {p.name: [(orgs.get(a.org) if a.org else None, a.title) for a in p.affiliations] or [(None, p.title)]
           for p in x.people}
    assert {n: got.get(n) for n in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ("Leaders gathered at the Korea Chamber of Commerce and Industry on Thursday for the 2025 AI Forum, co-hosted by "
     "the chamber and the Ministry of Science and ICT.",
     {"co_organizers": ["Korea Chamber of Commerce and Industry", "Ministry of Science and ICT"]}),
    ("The Lake Robotics Association turned 20 this year. Its 2025 AI Forum, hosted by the association, was held on "
     "June 3.", {"organizers": ["Lake Robotics Association"]}),
    ("Tom Reed joined the Ridge Institute in 2019. The 2025 AI Forum, sponsored by the institute, was held on June 3.",
     {"sponsors": ["Ridge Institute"]}),
    # (guard: no body of that kind named before, no referent)
    ("The 2025 AI Forum, hosted by the association, was held on June 3.", {"organizers": []}),
])
def test_a_body_named_by_its_kind_holds_the_event(text: str, expected: dict) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-11-14", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    [e] = x.events
    assert {k: [orgs[i] for i in getattr(e, k)] for k in expected} == expected


@pytest.mark.parametrize("sentence, roles", [
    # saying it at the gathering of talks that opens the sentence: as if quoted there
    ("At the forum, Lake Corp CEO Ana Vale said data matters.", {Role.SPEAKER}),
    ("During the forum, Ana Vale, CTO of Lake Corp, said data matters.", {Role.SPEAKER}),
    # (guards: to the press on the side; no post written; the host's own head; a sentence the gathering does not
    # open, whose reported saying by one with a post is still said there: see test_reported_speech_at_an_event_of_talks)
    ("At the forum, Lake Corp CEO Ana Vale told reporters that data matters.", set()),
    ("At the forum, Ana Vale of Lake Corp said data matters.", set()),
    ("At the forum, Reed Group CEO Ana Vale said data matters.", {Role.HOST_REP}),
    ("Lake Corp CEO Ana Vale said data matters for the forum.", {Role.SPEAKER}),
])
def test_saying_it_at_the_gathering_that_opens_the_sentence(sentence: str, roles: set) -> None:
    found = _people("The Lake AI Forum, hosted by Reed Group, was held on June 3 at Reed Hall. " + sentence)
    assert found["Ana Vale"][0] == roles


@pytest.mark.parametrize("text, name, venue", [
    # a yearless expo or fair written as where the event is held is the hall
    ("Held at the Singapore Expo from Oct 21 to 23, the event is organised by Deutsche Messe.", None, "Singapore Expo"),
    ("The show, which takes place at the Lake Expo on June 3, is organised by Reed Group.", None, "Lake Expo"),
    # the opening of a named year event, its initials before the year
    ("Minister Ana Vale was the guest of honour at the opening of the Industrial Transformation Asia-Pacific (ITAP) "
     "2025 on Tuesday. Held at the Singapore Expo from Oct 21 to 23, the event is organised by Deutsche Messe.",
     "Industrial Transformation Asia-Pacific", "Singapore Expo"),
    # (guard: a named expo with its year is the event)
    ("The Lake Expo 2025 was held at Reed Hall on June 3.", "Lake Expo 2025", "Reed Hall"),
])
def test_an_expo_a_show_is_held_at_is_its_hall(text: str, name: str | None, venue: str) -> None:
    [e] = extract(Article("t", text, "t.txt", published="2025-10-25", lang="en")).events
    assert (e.name, e.venue) == (name, venue)


@pytest.mark.parametrize("text, org", [
    # a title-case name with a city in it after a possessive is one body (a publication), no owner's unit
    ("The panel was moderated by Ana Vale, a reporter at Crain's Detroit Business.", "Crain's Detroit Business"),
    ("The panel was moderated by Ana Vale of Crain's New York Business.", "Crain's New York Business"),
    # (guards: an owner's unit, named with a place or in title case)
    ("Ana Vale, head of Bosch's Korea division, moderated the panel.", "Bosch"),
    ("Ana Vale, head of Samsung's Foundry Business, moderated the panel.", "Samsung"),
])
def test_a_possessive_name_with_a_city_is_one_body(text: str, org: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + text)
    assert found["Ana Vale"][1][0][0] == org


@pytest.mark.parametrize("text, affs", [
    # he or she, then a post: the one person the sentence before named, with no post written there
    ("Ana Vale gave the keynote. She is the chief technology officer of Lake Corp.",
     {"Ana Vale": [("Lake Corp", "chief technology officer")]}),
    ("Ana Vale gave the keynote. He serves as head of robotics at Lake Corp.",
     {"Ana Vale": [("Lake Corp", "head of robotics")]}),
    # (guards: two people before; a post written with the name already)
    ("Ana Vale and Tom Reed gave the keynote. She is the CTO of Lake Corp.", {"Ana Vale": [], "Tom Reed": []}),
    ("Ana Vale, CEO of Reed Inc., gave the keynote. She is also a board member of Lake Corp.",
     {"Ana Vale": [("Reed Inc", "CEO")]}),
])
def test_a_post_said_of_the_one_person_before_by_a_pronoun(text: str, affs: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + text)
    assert {n: [a for a in found[n][1] if a[0]] for n in affs} == affs


@pytest.mark.parametrize("text, expected", [
    # a prize where an organization would stand is none; a laureate described by a prize keeps the part they give
    ("Geoffrey Hinton, a Nobel laureate and Turing Award winner, delivered a keynote speech via video link.",
     {"Geoffrey Hinton": ({Role.KEYNOTE}, [])}),
    ("Geoffrey Hinton, the Nobel Prize-winning computer scientist, delivered a keynote speech.",
     {"Geoffrey Hinton": ({Role.KEYNOTE}, [])}),
    ("Geoffrey Hinton, a Turing Award winner, delivered a keynote speech.", {"Geoffrey Hinton": ({Role.KEYNOTE}, [])}),
    # (guards: a body named for the prize is one; the event's own award winner)
    ("Ana Vale, director of the Nobel Foundation, delivered a keynote speech.",
     {"Ana Vale": ({Role.KEYNOTE}, [("Nobel Foundation", "director")])}),
    ("Ana Vale of Lake Corp, this year's Rising Star award recipient, accepted the trophy.",
     {"Ana Vale": ({Role.OTHER}, [("Lake Corp", None)])}),
])
def test_a_prize_is_no_organization_and_a_laureate_no_winner_here(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert {n: (r, [a for a in affs if a[0]]) for n, (r, affs) in found.items()} == expected


@pytest.mark.parametrize("text", [
    "Hon'ble Minister of State Shri Jitin Prasada graced the occasion.",
    "Hon’ble Minister of State Jitin Prasada graced the occasion.",
])
def test_the_honourable_written_short_is_an_honorific(text: str) -> None:
    found = _people("The India AI Summit opened on Monday. " + text)
    assert list(found) == ["Jitin Prasada"] and not any(a[0] for a in found["Jitin Prasada"][1])


@pytest.mark.parametrize(("sentence", "roles"), [
    # a verb of presenting with the gathering named later in its clause
    ("Ana Vale, CEO of Lake Corp, highlighted the need for data standards at the forum.", {Role.SPEAKER}),
    ("Tom Reed of Ridge AI warned of a skills gap during this year's summit.", {Role.SPEAKER}),
    # remarks framed without an article, with where they were given
    ("In remarks at the forum, Ana Vale, CEO of Lake Corp, said robots need data.", {Role.SPEAKER}),
    ("During remarks to the conference, Tom Reed of Ridge AI said robots need data.", {Role.SPEAKER}),
    # the other verbs of speaking to those gathered; what one said after one's own talk
    ("Ana Vale, CEO of Lake Corp, explained to participants how the robot works.", {Role.SPEAKER}),
    ("Tom Reed of Ridge AI described to the audience a week on the shop floor.", {Role.SPEAKER}),
    ("Ana Vale, CEO of Lake Corp, told reporters after her keynote that AI is costly.", {Role.SPEAKER}),
    # the people gathered named by where they were
    ("Tom Reed of Ridge AI told those in the audience that robots need data.", {Role.SPEAKER}),
    # (passed before)
    ('"Robots need data," Ana Vale, CEO of Lake Corp, told those gathered.', {Role.SPEAKER, Role.QUOTED}),
    # one of the audience, and those seated in it named after the copula
    ("Ana Vale, CEO of Lake Corp, was in the audience.", {Role.ATTENDEE}),
    ("Sitting in the audience was Tom Reed of Ridge AI.", {Role.ATTENDEE}),
    ("Seated in the front row was Tom Reed of Ridge AI.", {Role.ATTENDEE}),
    # guards: an award presented at a ceremony; a claim with no gathering, by one with a post, in the report of a
    # forum (said there, as a quote would be: see test_reported_speech_at_an_event_of_talks)
    ("Ana Vale, CEO of Lake Corp, presented the awards at the ceremony.", {Role.OTHER}),
    ("Ana Vale, CEO of Lake Corp, stressed that AI is costly.", {Role.SPEAKER}),
])
def test_speaking_to_the_room_in_more_words(sentence: str, roles: set) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    [(got, _affs)] = found.values()
    assert got == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # the words of Indian and British English for the parts of a ceremony: the presiding head's address, the
    # compere, the lamp lit at the opening, the honours given, and a function for a gathering
    ("In her presidential address, Ana Vale, CEO of Lake Corp, said AI will change factories.", {Role.HOST_REP}),
    ("Ana Vale, CEO of Lake Corp, compered the event.", {Role.MODERATOR}),
    ("The session was compered by Ana Vale, CEO of Lake Corp.", {Role.MODERATOR}),
    ("Ana Vale, CEO of Lake Corp, lit the ceremonial lamp.", {Role.OTHER}),
    ("Ana Vale, CEO of Lake Corp, felicitated the winners.", {Role.OTHER}),
    ("Ana Vale, CEO of Lake Corp, highlighted the achievements of the sector at the inaugural function.",
     {Role.SPEAKER}),
    # (a guard, passed before: the press addressed is no audience)
    ("Addressing the media, Ana Vale, CEO of Lake Corp, said AI will change factories.", set()),
])
def test_the_parts_of_a_ceremony_in_indian_and_british_english(sentence: str, roles: set) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Ana Vale"][0] == roles


@pytest.mark.parametrize(("sentence", "org"), [
    # a name that ends in 's with nothing owned after it keeps it; an owner before what it owns does not
    ("The panel was moderated by Jill Baker of Crain's, a business weekly.", "Crain's"),
    ("Speakers included Jill Baker of Crain's.", "Crain's"),
    ("Jill Baker, head of Lake Corp's robotics unit, spoke.", "Lake Corp"),  # (a guard, passed before)
])
def test_an_organization_whose_name_ends_in_s(sentence: str, org: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Jill Baker"][1][0][0] == org


@pytest.mark.parametrize(("sentence", "expected"), [
    # what the body is to the event, between "of" or "at" and its name: the body's kind, no part of the title
    ("Also present was Ana Vale, chief executive of organiser Informa Markets Asia.",
     ("Informa Markets Asia", "chief executive")),
    ("Ana Vale, head of AI at event partner Nimbus Labs, spoke.", ("Nimbus Labs", "head of AI")),
    ("Ana Vale, chief executive of sponsor Ridge Robotics, spoke.", ("Ridge Robotics", "chief executive")),
])
def test_the_bodys_part_in_the_event_before_its_name(sentence: str, expected: tuple) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Ana Vale"][1] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a chair's cue in a phrase of where that opens the sentence: the subject after its comma sat on that part
    ("Speaking on a panel moderated by Peter Novak, managing director of Lake AI Alliance, Olga Petrova said costs "
     "are the main barrier.", {"Peter Novak": {Role.MODERATOR}, "Olga Petrova": {Role.PANELIST}}),
    ("On a panel moderated by Peter Novak of Acme, Olga Petrova argued that costs are the main barrier.",
     {"Peter Novak": {Role.MODERATOR}, "Olga Petrova": {Role.PANELIST}}),
    ("At a session chaired by Peter Novak, Olga Petrova of Skoda said costs are the main barrier.",
     {"Peter Novak": {Role.MODERATOR}, "Olga Petrova": {Role.SPEAKER}}),
    # ... the subjects listed with their owners and honorifics, their verb after the last
    ("On a workforce panel moderated by Jill Baker of Crain's, Ohio State's Dr. Marcus Lee and Honda's Tamika Brown "
     "agreed that colleges hold the key.",
     {"Jill Baker": {Role.MODERATOR}, "Marcus Lee": {Role.PANELIST}, "Tamika Brown": {Role.PANELIST}}),
    ("At a session chaired by Peter Novak, Olga Petrova of Skoda and Tom Reed of Acme discussed costs.",
     {"Peter Novak": {Role.MODERATOR}, "Olga Petrova": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # (a guard, passed before: a co-chair joined by "and")
    ("At a session chaired by Peter Novak and Olga Petrova, costs were the main topic.",
     {"Peter Novak": {Role.MODERATOR}, "Olga Petrova": {Role.MODERATOR}}),
])
def test_the_subject_after_a_fronted_chairs_phrase(sentence: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert {name: roles for name, (roles, _affs) in found.items()} == expected


def test_a_long_list_after_a_fronted_chairs_phrase_with_no_verb_of_saying() -> None:
    # sixty capitalised words set off by commas and no verb of saying: no subject of the phrase (read in one pass:
    # the list's pieces can be taken one way only)
    listed = ", ".join(["Acme"] * 60)
    sentence = f"At a session chaired by Peter Novak, Olga Petrova, {listed} and Nimbus were thanked."
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert Role.SPEAKER not in found.get("Olga Petrova", (set(), []))[0]


@pytest.mark.parametrize(("sentence", "roles"), [
    # a discussion joined; a talk given from afar; one's own talk put to a purpose
    ("Ana Vale, CEO of Lake Corp, joined a discussion on robots.", {Role.PANELIST}),
    ("Ana Vale of Lake Corp joined the debate on open models.", {Role.PANELIST}),
    ("Ana Vale, CEO of Lake Corp, appeared virtually.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp spoke remotely from Boston.", {Role.SPEAKER}),  # (passed before)
    ("Ana Vale, CEO of Lake Corp, used her talk to call for shared data.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp used her keynote to announce a robot.", {Role.KEYNOTE}),  # (passed before)
    # a part hosted by someone: its chair (the event hosted by someone: its host's)
    ("The panel was hosted by Ana Vale, CEO of Lake Corp.", {Role.MODERATOR}),
    ("A session on skills, hosted by Ana Vale of Lake Corp, closed the day.", {Role.MODERATOR}),
    ("The forum was hosted by Ana Vale, CEO of Lake Corp.", {Role.HOST_REP}),  # (a guard, passed before)
])
def test_joining_a_discussion_speaking_from_afar_and_a_part_hosted(sentence: str, roles: set) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Ana Vale"][0] == roles


@pytest.mark.parametrize(("sentence", "expected"), [
    # a talk, its topic, then its speaker (with an organization owning the name)
    ("Among the highlights was a talk on edge AI by Qualcomm's Hiro Tanaka.", {"Hiro Tanaka": ({Role.SPEAKER}, "Qualcomm")}),
    ("A presentation about robot safety by Ana Vale drew questions.", {"Ana Vale": ({Role.SPEAKER}, None)}),
    # people of a plural title, "such as" them
    ("Visitors also heard from startup founders such as Ola Nwosu (Gridly) and Pablo Ruiz (Fabrik AI).",
     {"Ola Nwosu": ({Role.SPEAKER}, "Gridly"), "Pablo Ruiz": ({Role.SPEAKER}, "Fabrik AI")}),
    ("The panel featured executives such as Ola Nwosu and Pablo Ruiz.",
     {"Ola Nwosu": ({Role.PANELIST}, None), "Pablo Ruiz": ({Role.PANELIST}, None)}),
    # the one joined on the panel or on stage, and who joined them (past the organization owning the name)
    ("Tom Reed of Acme was joined on the panel by Lake Corp's Ana Vale.",
     {"Tom Reed": ({Role.PANELIST}, "Acme"), "Ana Vale": ({Role.PANELIST}, "Lake Corp")}),
    ("Tom Reed of Acme was joined by Ana Vale of Lake Corp on stage.",
     {"Tom Reed": ({Role.SPEAKER}, "Acme"), "Ana Vale": ({Role.SPEAKER}, "Lake Corp")}),
    # (guards: a report on a topic by someone is no talk; places such as cities are no people)
    ("The report on robot safety by Ana Vale was released.", {}),
    ("Cities such as Boston and Austin sent delegates.", {}),
])
def test_a_talk_on_a_topic_by_its_speaker_and_people_such_as(sentence: str, expected: dict) -> None:
    found = _people("The Lake AI Expo closed on Friday after three days. " + sentence)
    assert {n: (roles, affs[0][0] if affs else None) for n, (roles, affs) in found.items()} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # closing a part of the day with a talk of one's own
    ("Mia Holt closed the morning with a look at regulation.", {"Mia Holt": {Role.SPEAKER}}),
    ("Tom Reed of Acme ended the afternoon with a demo of a welding robot.", {"Tom Reed": {Role.SPEAKER}}),
    # views traded on stage: a discussion's panelists, named with nothing else
    ("In the afternoon, Sam Lee and Kim Ji-woo traded views on open models.",
     {"Sam Lee": {Role.PANELIST}, "Kim Ji-woo": {Role.PANELIST}}),
    ("Tom Reed and Ana Vale exchanged ideas on data.", {"Tom Reed": {Role.PANELIST}, "Ana Vale": {Role.PANELIST}}),
    # a talk's reception
    ("Tom Becker, plant manager at Lake Glass, drew applause with a blunt message to vendors.",
     {"Tom Becker": {Role.SPEAKER}}),
    ("Yuki Sato of Acme earned laughter with a story about a robot.", {"Yuki Sato": {Role.SPEAKER}}),
    # the last to speak
    ("The final word went to Yuki Sato.", {"Yuki Sato": {Role.SPEAKER}}),
    ("Yuki Sato had the last word.", {"Yuki Sato": {Role.SPEAKER}}),
    # (a guard: closing the event itself is the host's)
    ("Mia Holt of the Lake Guild closed the forum.", {"Mia Holt": {Role.HOST_REP}}),
])
def test_closing_a_part_trading_views_and_the_last_word(sentence: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert {name: roles for name, (roles, _affs) in found.items()} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # talks of a kind, then one of them and who gave it: the part the noun names
    ("Faculty presentations followed, including one by Associate Professor Laura Chen on robot learning.",
     {"Laura Chen": {Role.SPEAKER}}),
    ("Student talks came next, notably one by Ana Vale on grippers.", {"Ana Vale": {Role.SPEAKER}}),
    ("Two panels closed the day, including one by Tom Reed and Ana Vale on data.",
     {"Tom Reed": {Role.PANELIST}, "Ana Vale": {Role.PANELIST}}),
    ("Lightning talks filled the afternoon, among them one from Tom Reed on data.", {"Tom Reed": {Role.SPEAKER}}),
    # (passed before: a verb of giving between, and names with organizations)
    ("The day had three keynotes, among them two by Tom Reed of Acme and Ana Vale of Nimbus.",
     {"Tom Reed": {Role.KEYNOTE}, "Ana Vale": {Role.KEYNOTE}}),
    ("Several talks touched on safety, including those given by Tom Reed and Ana Vale.",
     {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    # (a guard: one of something else, founded by a person, gives no part)
    ("Ten startups pitched, including one founded by Tom Reed.", {}),
])
def test_one_of_the_talks_by_its_speaker(sentence: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert {name: roles for name, (roles, _affs) in found.items()} == expected


@pytest.mark.parametrize(("text", "where"), [
    # the venue named as such, with its city
    ("The venue for the Lake AI Forum on Nov. 12 was the Hyatt Regency in Chicago.", ("Hyatt Regency", "Chicago")),
    ("The Lake AI Forum opened Nov. 12. The venue for this year's edition is the Orbis Convention Center.",
     ("Orbis Convention Center", None)),
    # guards: a city named as the location is no venue; a venue of something else does not replace the one held at
    ("The Lake AI Forum opened Nov. 12. The location of the forum was Seoul.", (None, None)),
    ("The Lake AI Forum opened Nov. 12 at Reed Hall. The venue of the talks was a mystery.", ("Reed Hall", None)),
])
def test_the_venue_named_as_such(text: str, where: tuple) -> None:
    e, _orgs = _event(text, published="2025-11-13")
    assert (e.venue, e.city) == where


@pytest.mark.parametrize("text", [
    # the name of a law or a treaty, where a person's name and organization would stand, is no person
    "The ministry held a public hearing on the decree of the AI Basic Act at the Korea Press Center on Wednesday.",
    # (shapes that passed before)
    "Officials explained the Robot Safety Decree at the Lake Hotel on Wednesday.",
    "Delegates discussed the Digital Markets Act at the Lake Hotel on Wednesday.",
])
def test_a_laws_name_is_no_person(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    # an organizer's spokeswoman, named with the body she speaks for, by its name or its kind, represents it
    ('The Lake AI Forum was held on June 3. "We expect 300 people," said Ana Vale, a spokeswoman for the Ridge '
     'Institute, which organized the Lake AI Forum.', ({Role.QUOTED, Role.HOST_REP}, [("Ridge Institute", "spokeswoman")])),
    ('The Lake AI Forum was organized by the Ridge Institute. "We expect 300 people," said Ana Vale, a spokeswoman '
     'for the institute.', ({Role.QUOTED, Role.HOST_REP}, [("Ridge Institute", "spokeswoman")])),
    ("The Lake AI Forum was organized by the Lake Robotics Association. Tom Reed, a spokesman for the association, "
     "said 300 came.", ({Role.HOST_REP}, [("Lake Robotics Association", "spokesman")])),
])
def test_an_organizers_spokesperson(text: str, expected: tuple) -> None:
    [got] = _people(text).values()
    assert got == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # who announces that an event will be held holds it (a press release's announcer)
    ("AUSTIN, Texas, June 2, 2025 /PRNewswire/ -- Lake Corp today announced that the Lake AI Summit 2025 will take "
     "place Sept. 9-10 at the Austin Convention Center.", ["Lake Corp"]),
    ("The Ridge Institute announced that its annual Robotics Forum will return to Pittsburgh on Oct. 3.",
     ["Ridge Institute"]),
    # guard: an exhibitor announcing where it will be is no holder
    ("Lake Corp today announced that it will exhibit at the Lake AI Expo, which will take place in Las Vegas in "
     "January.", []),
])
def test_the_announcer_of_an_event_to_be_held(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "name"), [
    # "said", then the speaker's owner and post before the name
    ('"Physical AI is no longer a concept," said Hyundai Motor Group\'s robotics lab head Hyun Dong-jin in his talk.',
     "Hyun Dong-jin"),
    ('"Data comes first," said Lake Corp\'s chief data scientist Ana Vale.', "Ana Vale"),
    # (a shape that passed before: three words between)
    ('"Data comes first," said Lake Corp CEO Ana Vale.', "Ana Vale"),
])
def test_said_then_an_owners_post_and_the_name(text: str, name: str) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + text)
    assert Role.QUOTED in found[name][0]


@pytest.mark.parametrize(("text", "roles"), [
    # the head of the organizer written without its group word represents it
    ("Lake Group kicked off its two-day Lake AI Summit 2025 on Monday. Lake Chairman Tom Reed opened the event with "
     "a keynote.", {Role.KEYNOTE, Role.HOST_REP}),
    ("The Lake AI Summit was hosted by Orbis Holdings. Orbis CEO Ana Vale gave the keynote.",
     {Role.KEYNOTE, Role.HOST_REP}),
    # guard: another company of the same first word is no part of it
    ("The Lake AI Summit was hosted by Orbis Holdings. Orbis Robotics CEO Ana Vale gave the keynote.", {Role.KEYNOTE}),
])
def test_the_head_of_the_organizer_without_its_group_word(text: str, roles: set) -> None:
    [(got, _affs)] = _people(text).values()
    assert got == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # the other parts, named with their kind nearer the name than a talk's or a panel's word
    ("Congratulatory remarks were given by Ana Vale of Lake Corp.", {Role.OTHER}),
    ("Ana Vale of Lake Corp sat on the judging panel.", {Role.OTHER}),
    # (shapes that passed before)
    ("A congratulatory speech was delivered by Ana Vale of Lake Corp.", {Role.OTHER}),
    ("Ana Vale of Lake Corp served on the jury.", {Role.OTHER}),
    # performers, and the event's committees
    ("Ana Vale of Lake Corp performed a violin piece.", {Role.OTHER}),
    ("Ana Vale, a member of the organizing committee, said the event grew.", {Role.OTHER}),
    ("Ana Vale, a member of the forum's steering committee, said the event grew.", {Role.OTHER}),
    # one seen among those watching
    ("Ana Vale of Lake Corp was spotted in the audience.", {Role.ATTENDEE}),
    # guards: a committee of a company is no event's (what its member said at the forum, she said speaking there);
    # remarks with no kind are a talk
    ("Ana Vale, a member of the ethics committee of Lake Corp, said the event grew.", {Role.SPEAKER}),
    ("Remarks were given by Ana Vale of Lake Corp.", {Role.SPEAKER}),
])
def test_other_parts_named_near_the_name(sentence: str, roles: set) -> None:
    [(got, _affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence).values()
    assert got == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # the one joined for a part holds it too, a post in lower case before the name or not
    ("Ana Torres of Aurora Labs joined Jake Lyons of Gecko Robotics for a conversation.",
     {"Ana Torres": {Role.SPEAKER}, "Jake Lyons": {Role.SPEAKER}}),
    ("Ana Torres, who leads autonomy at Aurora Labs, joined Gecko Robotics co-founder Jake Lyons for a panel discussion.",
     {"Ana Torres": {Role.PANELIST}, "Jake Lyons": {Role.PANELIST}}),
])
def test_the_one_joined_for_a_part(sentence: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert {n: r for n, (r, _a) in found.items()} == roles


@pytest.mark.parametrize(("sentence", "affiliation"), [
    # the level an office is held at is part of its title, no organization
    ("State Sen. Jay Costa also addressed the audience.", (None, "State Sen.")),
    # (as before: a level before a whole title; the party before an office is its organization)
    ("County Commissioner Ana Vale also addressed the audience.", (None, "County Commissioner")),
    ("People Power Party Rep. Choi Yoon-ah also addressed the audience.", ("People Power Party", "Rep.")),
])
def test_the_level_of_an_office(sentence: str, affiliation: tuple) -> None:
    x = extract(Article("t", "The Lake AI Forum was held on June 3. " + sentence, "t.txt", published="2025-06-10",
                        lang="en"))
    names = {o.id: o.name for o in x.organizations}
    [p] = x.people
    assert [(names.get(a.org or ""), a.title) for a in p.affiliations] == [affiliation]


@pytest.mark.parametrize(("text", "org"), [
    # the body named before, written again by its kind: a network, a lab, a coalition
    ("The Lake AI Forum was organized by the Pittsburgh Robotics Network on Thursday. Joel Reed, the network's "
     "executive director, welcomed attendees.", "Pittsburgh Robotics Network"),
    ("The Lake AI Forum was organized by the Ridge Robotics Lab on Thursday. Joel Reed, director of the lab, "
     "welcomed attendees.", "Ridge Robotics Lab"),
    ("The Lake AI Forum was organized by the Lake Manufacturing Coalition on Thursday. The coalition's president, "
     "Joel Reed, welcomed attendees.", "Lake Manufacturing Coalition"),
])
def test_more_kinds_that_name_the_body_again(text: str, org: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    names = {o.id: o.name for o in x.organizations}
    [p] = x.people
    assert [names.get(a.org or "") for a in p.affiliations] == [org]


@pytest.mark.parametrize("sentence", [
    # the keynote that came from someone, whatever their own clause after the name says
    "The morning keynote came from Lake University professor Mia Holt, who described the lab's work.",
    "The keynote came from Mia Holt of Lake University, who described the lab's work.",
    "The keynote address came from Mia Holt, who described the lab's work.",
])
def test_the_keynote_came_from(sentence: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Mia Holt"][0] == {Role.KEYNOTE}


@pytest.mark.parametrize(("sentence", "expected"), [
    # "said", then the name's owner and the name: a person quoted
    ('"Data comes first," said Lake Corp\'s Ana Vale.', {"Ana Vale": ({Role.QUOTED}, [("Lake Corp", None)])}),
    ('"Data comes first," said Nimbus Labs\' Ana Vale, adding that chips matter.',
     {"Ana Vale": ({Role.QUOTED}, [("Nimbus Labs", None)])}),
    # ... and an organization's possessive before a post is no person
    ('"Data comes first," said Lake Corp\'s CEO.', {}),
    ('"Data comes first," said Ridge Institute\'s Director.', {}),
])
def test_said_then_the_names_owner(sentence: str, expected: dict) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + sentence) == expected


@pytest.mark.parametrize(("sentence", "roles"), [
    # steering a part on stage chairs it; keynoting, fronted, gives the keynote
    ("Ana Vale of Lake Corp guided the discussion.", {Role.MODERATOR}),
    ("Tom Reed of Ridge Labs guided the fireside conversation.", {Role.MODERATOR}),
    ("Keynoting the event was Ana Vale of Lake Corp.", {Role.KEYNOTE}),
    ("Keynoting the second day was Tom Reed of Ridge AI.", {Role.KEYNOTE}),
    # (as before: steering it, headlining it)
    ("Ana Vale of Lake Corp steered the panel conversation.", {Role.MODERATOR}),
    ("Headlining the event was Ana Vale of Lake Corp.", {Role.KEYNOTE}),
])
def test_guiding_a_discussion_and_keynoting(sentence: str, roles: set) -> None:
    [(got, _affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence).values()
    assert got == roles


@pytest.mark.parametrize(("sentence", "expected"), [
    # a clause after a name's comma, then an owner's post and the next name: that post is the next name's,
    # and the talk "from" them is theirs, not the first name's
    ("Opening remarks came from Mayor Ana Vale, followed by a keynote from Orbis's head of AI, Tom Reed.",
     {"Ana Vale": ({Role.HOST_REP}, [(None, "Mayor")]), "Tom Reed": ({Role.KEYNOTE}, [("Orbis", "head of AI")])}),
    ("The morning opened with Ana Vale of Lake Corp, then a talk by Orbis's chief scientist, Tom Reed.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)]), "Tom Reed": ({Role.SPEAKER}, [("Orbis", "chief scientist")])}),
    ("Welcome remarks came from Ana Vale, president of Lake Corp, followed by a keynote from Tom Reed of Orbis.",
     {"Ana Vale": ({Role.HOST_REP}, [("Lake Corp", "president")]), "Tom Reed": ({Role.KEYNOTE}, [("Orbis", None)])}),
    # a post opened by a qualifier or an article between a name's commas: the list goes on past it
    ("The panel included Ana Vale, former president of Lake Corp, Tom Reed, then CEO of Orbis, and Mia Holt "
     "of Ridge AI.", {"Ana Vale": ({Role.PANELIST}, [("Lake Corp", "former president")]),
                      "Tom Reed": ({Role.PANELIST}, [("Orbis", "then CEO")]),
                      "Mia Holt": ({Role.PANELIST}, [("Ridge AI", None)])}),
    ("Speakers included Tom Reed, the CEO of Orbis, and Mia Holt.",
     {"Tom Reed": ({Role.SPEAKER}, [("Orbis", "CEO")]), "Mia Holt": ({Role.SPEAKER}, [])}),
    # (as before: a keynote given "from" a place is the subject's)
    ("Ana Vale of Lake Corp gave a keynote from Seoul.", {"Ana Vale": ({Role.KEYNOTE}, [("Lake Corp", None)])}),
])
def test_a_clause_then_the_next_names_post_and_a_talk_from_them(sentence: str, expected: dict) -> None:
    assert _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a programme's talk lines: the giver, the body in parentheses or after a comma, a dash, then the talk's title;
    # under a session's line (itself timed or not) or opened by a time of day
    ("10:30 Session 1: Predictive maintenance\n      Anna Kowalska (Shell) – \"Ten years of failure data\"\n"
     "      Pieter Jansen (ASML) – \"Vision inspection\"\n",
     {"Anna Kowalska": ({Role.SPEAKER}, "Ten years of failure data"), "Pieter Jansen": ({Role.SPEAKER}, "Vision inspection")}),
    ("10:30 Anna Kowalska (Shell) – \"Ten years of failure data\"\n11:00 Pieter Jansen, ASML – Vision inspection\n",
     {"Anna Kowalska": ({Role.SPEAKER}, "Ten years of failure data"), "Pieter Jansen": ({Role.SPEAKER}, "Vision inspection")}),
    ("Speakers\nAnna Kowalska, Shell – \"Ten years of failure data\"\n",
     {"Anna Kowalska": ({Role.SPEAKER}, "Ten years of failure data")}),
    # a name with particles on a programme's line, and a title, its unit and the body after it
    ("Session 2: Robots\n- Pieter van der Berg (ASML): Vision inspection\n",
     {"Pieter van der Berg": ({Role.SPEAKER}, "Vision inspection")}),
    ("09:30 Welcome – Prof. Marieke de Vries, Dean, Faculty of Mechanical Engineering, TU Delft\n",
     {"Marieke de Vries": ({Role.HOST_REP}, None)}),
    # (guard: a line alone, with no time and no session's line above it, is no programme)
    ("Anna Kowalska (Shell) – \"Ten years of failure data\"\n", {}),
])
def test_a_programmes_talk_lines(text: str, expected: dict) -> None:
    lead = "The Industrial AI Forum 2026 takes place on 12 March 2026 at the Westin Centre, Delft.\n\n"
    assert _parts_and_talks(lead + text, "2026-02-10") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a photo's caption tells it in the present: the owner's name presenting, explaining, answering questions
    ("Lake Corp's Ana Vale presents at the forum on Tuesday.", {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)])}),
    ("Lake Corp's Ana Vale explains the company's robot at the forum.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)])}),
    ("Lake Corp's Ana Vale answers questions at the forum on Tuesday.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)])}),
    ("Ana Vale, CEO of Lake Corp, takes questions from the audience.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", "CEO")])}),
    # (guards: as before, a past "took questions"; a company presenting a product is no person)
    ("Lake Corp's Ana Vale took questions from the audience.", {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)])}),
    ("Lake Corp presents its new robot at the forum.", {}),
])
def test_a_captions_present_tense(sentence: str, expected: dict) -> None:
    assert _people("The Ridge AI Forum was held on May 12 at Lake Hall. " + sentence) == expected


@pytest.mark.parametrize(("text", "name"), [
    # how long the event lasts, written before its name, is no part of the name
    ("Students build copilots at 48-hour Manufacturing AI Hackathon\n\nThe hackathon was held Nov. 7-9 at Lake Hall.",
     "Manufacturing AI Hackathon"),
    ("The Two-Day Smart Factory Summit opened on Nov. 7 at Lake Hall.", "Smart Factory Summit"),
    ("Ridge Labs Hosts 24-Hour Robot Hackathon\n\nThe hackathon ran from Nov. 7 to 8.", "Robot Hackathon"),
    # (guards: a name of two words keeps them; a number without its unit's hyphen stays)
    ("The 24 Hour Robot Hackathon was held on Nov. 7 at Lake Hall.", "24 Hour Robot Hackathon"),
])
def test_how_long_it_lasts_is_no_part_of_the_name(text: str, name: str) -> None:
    e, _orgs = _event(text, published="2026-11-12")
    assert e.name == name


@pytest.mark.parametrize(("sentence", "expected"), [
    # a list's post in the plural with its body before it (Purdue seniors, Lake Corp engineers): the cue before the post
    ("Team \"Torque,\" made up of Purdue seniors Emily Zhao, Marcus Webb and Ravi Shankar, took first place.",
     {"Emily Zhao", "Marcus Webb", "Ravi Shankar"}),
    ("First place went to Purdue seniors Emily Zhao, Marcus Webb and Ravi Shankar.",
     {"Emily Zhao", "Marcus Webb", "Ravi Shankar"}),
    # (guards: as before, a cue that features the people, and a plural post with no body before it)
    ("The panel featured Lake Corp engineers Emily Zhao and Marcus Webb.", {"Emily Zhao", "Marcus Webb"}),
    ("Speakers included startup founders Emily Zhao (Gridly) and Marcus Webb (Voltic).", {"Emily Zhao", "Marcus Webb"}),
])
def test_a_cue_before_a_lists_plural_post_and_its_body(sentence: str, expected: set[str]) -> None:
    assert set(_people("The Lake Hackathon was held on Nov. 7 at Reed Hall. " + sentence)) == expected


@pytest.mark.parametrize(("sentence", "roles"), [
    # a view offered from the stage, the occasion used to say something, a part of the day ended with what one
    # showed, a keynote that belonged to its speaker
    ("Ana Vale of Lake Corp offered a contrarian view.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp shared her perspective on data rights.", {Role.SPEAKER}),  # (as before)
    ("Ana Vale of Lake Corp used the occasion to announce a new model.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp used the stage to call for open standards.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp rounded out the morning with a look at edge AI.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp wrapped up the day with a deep dive into chips.", {Role.SPEAKER}),
    ("The opening keynote belonged to Ana Vale of Lake Corp.", {Role.KEYNOTE}),
])
def test_a_view_an_occasion_and_a_keynote_that_belonged_to_one(sentence: str, roles: set) -> None:
    [(got, _affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence).values()
    assert got == roles


def test_a_reports_view_is_no_ones_part() -> None:
    assert _people("The Lake AI Forum was held on June 3 at Reed Hall. The report offered a gloomy view of the market.") == {}


@pytest.mark.parametrize(("sentence", "roles"), [
    # the next on the programme; keeping a discussion going or putting questions to a panel is chairing it
    ("Ana Vale of Lake Corp was up next, describing the firm's data lake.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp kept the discussion on track.", {Role.MODERATOR}),
    ("Ana Vale of Lake Corp put questions to the panel.", {Role.MODERATOR}),
    ("Ana Vale of Lake Corp put tough questions to the panelists.", {Role.MODERATOR}),
    # (as before: fronted)
    ("Up next was Ana Vale of Lake Corp.", {Role.SPEAKER}),
])
def test_up_next_and_keeping_a_discussion_going(sentence: str, roles: set) -> None:
    [(got, _affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence).values()
    assert got == roles


@pytest.mark.parametrize(("text", "name"), [
    # a word for the gathering with its article right before a quoted title-case name: that name
    ('The webinar "AI for Small Factories" was held online on June 8.', "AI for Small Factories"),
    ('The Lake Institute held the workshop "Robots on the Line" on June 8 at Reed Hall.', "Robots on the Line"),
    # (guards: words said to the forum in quotes; a quote written in a sentence's case)
    ('The Lake AI Forum was held on June 8. Kim told the forum "We Need Data Now" before leaving.', "Lake AI Forum"),
    ('The Lake AI Forum was held on June 8. Kim told the forum "AI is coming for every factory," adding that costs fall.',
     "Lake AI Forum"),
])
def test_a_quoted_name_right_after_the_word_for_the_gathering(text: str, name: str) -> None:
    e, _orgs = _event(text, published="2026-06-12")
    assert e.name == name


@pytest.mark.parametrize(("sentence", "org"), [
    # a name that ends in 's, a verb or a conjunction after it: the whole name, owning nothing
    ("Jill Baker of McDonald's spoke.", "McDonald's"),
    ("Jill Baker of Lowe's moderated the panel.", "Lowe's"),
    ("Jill Baker of McDonald's and Tom Reed of Orbis spoke.", "McDonald's"),
    # (guards: an owner of the unit after it, and of a lab whose head speaks)
    ("Jill Baker of Lake Corp's robotics unit spoke.", "Lake Corp"),
    ("Jill Baker of Lake Corp's AI lab said costs fall.", "Lake Corp"),
])
def test_a_name_ending_in_s_before_a_verb(sentence: str, org: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Jill Baker"][1][0][0] == org


@pytest.mark.parametrize(("sentence", "expected"), [
    # an aside between dashes, then the verb; an aside between commas, then attending: a person
    ("Ana Vale — a veteran of Lake Corp — spoke.", {"Ana Vale": {Role.SPEAKER}}),
    ("Ana Vale, a welder at Lake Corp, attended.", {"Ana Vale": {Role.ATTENDEE}}),
    ("Ana Vale, a welder at Lake Corp, was in attendance.", {"Ana Vale": {Role.ATTENDEE}}),
    # (guards: as before, a comma aside then speaking; a company described the same way is no person)
    ("Ana Vale, a welder at Lake Corp, spoke.", {"Ana Vale": {Role.SPEAKER}}),
    ("Lake Corp, a maker of robots, attended.", {}),
    ("Lake Corp — a maker of robots — attended.", {}),
])
def test_an_aside_between_dashes_or_then_attending(sentence: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert {name: roles for name, (roles, _affs) in found.items()} == expected


@pytest.mark.parametrize(("sentence", "affiliation"), [
    # the trades of the shop floor and the sciences by their practitioner are posts like any other
    ("Ana Vale, a welder at Lake Corp, spoke.", ("Lake Corp", "welder")),
    ("Lake Corp machinist Ana Vale spoke.", ("Lake Corp", "machinist")),
    ("Ana Vale, a roboticist at Ridge University, gave a talk on cobots.", ("Ridge University", "roboticist")),
    ("Ana Vale, 34, a chemist at Lake Corp, spoke.", ("Lake Corp", "chemist")),
])
def test_trades_and_sciences_are_posts(sentence: str, affiliation: tuple) -> None:
    [(_roles, affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence).values()
    assert affs == [affiliation]


@pytest.mark.parametrize(("sentence", "expected"), [
    # among those attending or present, after an aside about the person
    ("Ana Vale, a longtime member of the guild, was among those attending.", {"Ana Vale": {Role.ATTENDEE}}),
    # (guards: as before, "in attendance"; a thing described the same way is no person)
    ("Ana Vale, a veteran of Lake Corp, was among those in attendance.", {"Ana Vale": {Role.ATTENDEE}}),
    ("The Lake Corp robot, a new model, was among those attending.", {}),
])
def test_among_those_attending_after_an_aside(sentence: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert {name: roles for name, (roles, _affs) in found.items()} == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # a committee news names by a short form with commas inside (data/org_aliases.tsv) holds the hearing
    ("The House Science, Space, and Technology Committee held a hearing on AI in factories on June 3 in Washington.",
     ["House Science, Space, and Technology Committee"]),
    ("The Senate Health, Education, Labor, and Pensions Committee held a hearing on AI and jobs on June 3 in "
     "Washington.", ["Senate Health, Education, Labor, and Pensions Committee"]),
    # its unit whose portfolio has no comma holds it too (the owner's commas cut no piece of it)
    ("The House Science, Space, and Technology Committee's Subcommittee on Research and Technology held a hearing "
     "on AI in factories on June 3 in Washington.", ["Subcommittee on Research and Technology"]),
    # (guard: as before, a portfolio listed after "on" is one name)
    ("The Senate Committee on Commerce, Science and Transportation held a hearing on AI on June 3 in Washington.",
     ["Senate Committee on Commerce, Science and Transportation"]),
])
def test_a_committee_with_commas_in_its_short_name_holds_the_hearing(text: str, organizers: list) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("sentence", "roles"), [
    # a named stage of the event, and a question-and-answer session held with someone
    ("On the main stage, Apptronik CEO Ana Vale argued that logistics comes first.", {Role.SPEAKER}),
    ("On the keynote stage, Ana Vale of Lake Corp said data comes first.", {Role.SPEAKER}),
    ("Q&A with Lake Corp's Ana Vale closed the day.", {Role.SPEAKER}),
    ("The day ended with a question-and-answer session with Ana Vale, president of Lake Corp.", {Role.SPEAKER}),
    # (as before: on stage, and a fireside chat)
    ("On stage, Ana Vale of Lake Corp said data comes first.", {Role.SPEAKER}),
    ("The day ended with a fireside chat with Ana Vale, president of Lake Corp.", {Role.SPEAKER}),
])
def test_a_named_stage_and_a_q_and_a_with_one(sentence: str, roles: set) -> None:
    [(got, _affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence).values()
    assert got == roles


def test_the_world_stage_is_no_stage_of_the_event() -> None:
    # (guard, as before: the stage named must be the event's)
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. Lake Corp's Ana Vale competes on the world stage.")
    assert found == {}


@pytest.mark.parametrize(("text", "name"), [
    # a fair or conference the lists know by a name with no word for a gathering (data/en/event_brands.txt)
    ("Siemens showed its copilot at Hannover Messe on Monday. Ana Vale, CEO of Lake Corp, spoke on the main stage.",
     "Hannover Messe"),
    ("Computex opened in Taipei on Tuesday. Ana Vale, CEO of Lake Corp, gave the opening keynote.", "Computex"),
    ("Automate 2026: five takeaways\n\nDETROIT — Automate drew record crowds to Huntington Place on Monday. Ana Vale, "
     "CEO of Lake Corp, spoke on the main stage.", "Automate"),
    ("Ana Vale, CEO of Lake Corp, spoke at Automate in Detroit on Monday.", "Automate"),
    ("The annual gathering, known as RoboBusiness, took place at the Santa Clara Convention Center. Ana Vale, CEO of "
     "Lake Corp, spoke.", "RoboBusiness"),
    # (a name that is also a verb opens a sentence with a verb of its own after it, or its year)
    ("Automate drew record crowds to Huntington Place on Monday. Ana Vale, CEO of Lake Corp, spoke.", "Automate"),
    ("Automate opens in Detroit on Monday. Ana Vale, CEO of Lake Corp, will speak.", "Automate"),
    # (guard: a name that is also a verb, opening a sentence as the verb, is no event)
    ("Automate your line first, Ana Vale, CEO of Lake Corp, said at the Lake AI Forum on Monday.", "Lake AI Forum"),
])
def test_a_gathering_known_by_its_name_alone(text: str, name: str | None) -> None:
    e, _orgs = _event(text, published="2026-06-05")
    assert e.name == name


@pytest.mark.parametrize(("sentence", "org"), [
    # a known name with commas inside, after a country's possessive, runs on to its end
    ("Ana Vale, director-general at Japan's Ministry of Economy, Trade and Industry, spoke.",
     "Ministry of Economy, Trade and Industry"),
    ("Ana Vale of Britain's Department for Science, Innovation and Technology spoke.",
     "Department for Science, Innovation and Technology"),
    # a country owns no unit: the body is what follows its possessive
    ("Ana Vale of Britain's Department for Business and Trade spoke.", "Department for Business and Trade"),
    # (guard, as before: a company owns its department)
    ("Ana Vale of Lake Corp's Department of Robotics spoke.", "Lake Corp"),
    # (guard, as before: without the possessive)
    ("Ana Vale, director-general at the Ministry of Economy, Trade and Industry, spoke.",
     "Ministry of Economy, Trade and Industry"),
])
def test_a_known_name_with_commas_after_a_countrys_possessive(sentence: str, org: str) -> None:
    [(_roles, affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence).values()
    assert [o for o, _t in affs] == [org]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a post in parentheses whose field after "of" is in lower-case words of any kind
    ("Panelists Ana Vale (director of digital operations, Whirlpool) and Raj Patel (founder, SiftSense) debated data.",
     [("Whirlpool", "director of digital operations")]),
    ("Ana Vale (head of advanced manufacturing research, Lake Corp) spoke.",
     [("Lake Corp", "head of advanced manufacturing research")]),
    # (guard, as before: a field of title words)
    ("Ana Vale (director of operations, Whirlpool) spoke.", [("Whirlpool", "director of operations")]),
])
def test_a_post_in_parentheses_with_its_field_in_any_words(sentence: str, expected: list) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Ana Vale"][1] == expected


@pytest.mark.parametrize(("sentence", "roles"), [
    # a clause about the gathering whose subject is a pronoun: the part of the one person the sentence names
    ('"Start small," Ana Vale of Lake Corp told reporters at the forum, where she gave a keynote on robots.',
     {Role.KEYNOTE, Role.QUOTED}),
    ("Ana Vale of Lake Corp met investors at the forum, at which she also presented a case study.", {Role.SPEAKER}),
    # (guard: with two people named, the pronoun's person is not known)
    ("Ana Vale of Lake Corp met Tom Reed, CEO of Orbis, at the forum, where she gave a keynote on robots.", set()),
])
def test_a_pronoun_in_a_clause_about_the_gathering(sentence: str, roles: set) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found.get("Ana Vale", (set(), []))[0] == roles


@pytest.mark.parametrize(("text", "start"), [
    # a day's ordinal with its month after "of", with or without the year
    ("The Lake AI Summit was held on the 14th of March at Reed Hall in Houston.", "2026-03-14"),
    ("The Lake AI Summit will be held on the 3rd of December, 2026 at Reed Hall.", "2026-12-03"),
    # (and a range of ordinals, the month named after the last)
    ("The Lake AI Summit will take place on the 28th and 29th of October at Reed Hall.", "2026-10-28"),
    # (guard, as before: the range's first day when its month was read already)
    ("The Lake AI Summit was held on the 5th to 6th of September at Reed Hall.", "2026-09-05"),
    # (guard, as before) "from … to the Nth of"
    ("The Lake AI Summit runs from the 20th to the 22nd of December at Reed Hall.", "2026-12-20"),
    # a weekday with its date in parentheses: the date
    ("The Lake AI Summit was held on Wednesday (Oct. 8) at Reed Hall.", "2026-10-08"),
    # (guard, as before: the ordinal alone is a day of the publication month)
    ("The Lake AI Summit was held on the 1st at Reed Hall.", "2026-10-01"),
])
def test_an_ordinal_day_of_a_named_month_and_a_weekday_with_its_date(text: str, start: str) -> None:
    e, _orgs = _event(text, published="2026-10-02")
    assert e.start == start


@pytest.mark.parametrize(("text", "dates"), [
    # two ordinals of the publication month, a range with no month named
    ("The Lake AI Summit was held at Reed Hall from the 1st to the 3rd.", ("2026-10-01", "2026-10-03")),
    ("Orbis said on the 4th that it took part in the Lake AI Summit held at Reed Hall on the 1st and 2nd.",
     ("2026-10-01", "2026-10-02")),
    # (guard, as before) one ordinal
    ("The Lake AI Summit was held on the 1st at Reed Hall.", ("2026-10-01", None)),
])
def test_a_range_of_ordinal_days(text: str, dates: tuple) -> None:
    e, _orgs = _event(text, published="2026-10-05")
    assert (e.start, e.end) == dates


@pytest.mark.parametrize(("sentence", "sponsors"), [
    # sponsors of a tier, then their names; a tier in parentheses after each name of a list
    ("Gold sponsors Ridge Labs and Nimbus Works supported the event.", ["Ridge Labs", "Nimbus Works"]),
    ("Sponsors included Orbis Bank (presenting), Ridge Labs (gold) and Nimbus Works (silver).",
     ["Orbis Bank", "Ridge Labs", "Nimbus Works"]),
    # (guard, as before: one sponsor of a tier)
    ("Presenting sponsor Orbis Bank supported the event.", ["Orbis Bank"]),
])
def test_sponsors_by_their_tier(sentence: str, sponsors: list) -> None:
    _e, orgs = _event("The Lake AI Summit was held on June 3 in Tulsa. " + sentence)
    assert orgs["sponsors"] == sponsors and orgs["organizers"] == []


def test_sponsors_hosting_booths_hold_no_event() -> None:
    _e, orgs = _event("The Lake AI Summit was held on June 3 in Tulsa. Silver sponsors, the Ridge Institute and Nimbus "
                      "Works, hosted booths.")
    assert orgs["organizers"] == [] and orgs["sponsors"] == ["Ridge Institute", "Nimbus Works"]


@pytest.mark.parametrize(("text", "organizers"), [
    # the announcer of its own gathering, an edition's ordinal in words, with its initials and "today"
    ("The Lake Robotics Association (LRA) today announced that its third annual Physical AI Summit will take place "
     "October 14-15, 2026, in Tulsa.", ["Lake Robotics Association"]),
    ("The Lake Robotics Association said its annual Physical AI Summit will be held October 14-15, 2026, in Tulsa.",
     ["Lake Robotics Association"]),
    # a headline's subject that is to host the event
    ("Lake Robotics Association to Host Third Annual Physical AI Summit\n\nThe summit will take place October 14-15, "
     "2026, in Tulsa.", ["Lake Robotics Association"]),
    # (guards, as before: a headline's future with the event's own name after it; saying that another's event will be
    # held, announcing one's own part in it)
    ("Lake Corp Will Host Lake AI Summit in Tulsa\n\nThe summit will take place October 14-15, 2026, in Tulsa.",
     ["Lake Corp"]),
    ("Lake Corp said the Lake AI Summit will be held October 14-15, 2026, in Tulsa, where its CEO will speak.", []),
    ("Lake Corp announced that it will exhibit at the Lake AI Expo, which will take place October 14-15, 2026, in Tulsa.",
     []),
])
def test_the_announcer_of_its_own_gathering_and_a_headline_to_host(text: str, organizers: list) -> None:
    _e, orgs = _event(text, published="2026-09-02")
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("sentence", "roles"), [
    # those who join a moderator (on stage or not, in the present too) sit on the panel
    ("Moderator Tom Reed (Orbis Media) is joined by Ana Vale of Lake Corp and Raj Patel of Nimbus.",
     {"Tom Reed": {Role.MODERATOR}, "Ana Vale": {Role.PANELIST}, "Raj Patel": {Role.PANELIST}}),
    ("Moderator Tom Reed of Orbis Media was joined on stage by Ana Vale of Lake Corp.",
     {"Tom Reed": {Role.MODERATOR}, "Ana Vale": {Role.PANELIST}}),
    # a live report's present
    ("Ana Vale, CTO at Lake Corp, is up now.", {"Ana Vale": {Role.SPEAKER}}),
    # (guard, as before: joining a speaker on stage)
    ("Tom Reed of Orbis Media spoke first and was joined on stage by Ana Vale of Lake Corp.",
     {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
])
def test_joining_a_moderator_and_a_live_reports_present(sentence: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert {n: r for n, (r, _a) in found.items()} == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a prize's capitalised name before "went to" is no title of the name after it; honoured with a prize
    ("The Innovation Award went to Ana Vale of Lake Corp.", {Role.OTHER}),
    ("First Prize went to Ana Vale of Lake Corp.", {Role.OTHER}),
    ("Ana Vale of Lake Corp was honored with a lifetime achievement award.", {Role.OTHER}),
    # (guards, as before: a prize in lower case; a part's word as a title)
    ("The innovation award went to Ana Vale of Lake Corp.", {Role.OTHER}),
    ("Moderator Ana Vale of Lake Corp opened the panel.", {Role.MODERATOR}),
])
def test_a_prize_that_went_to_one_or_honoured_one(sentence: str, roles: set) -> None:
    [(got, _affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence).values()
    assert got == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a fronted part, then the copula and the owner's post set off with a comma before the name
    ("Headlining the first day was Lake Corp's chief technology officer, Ana Vale, who walked attendees through the "
     "roadmap.", {"Ana Vale": {Role.KEYNOTE}}),
    # (guard, as before: no cue of her own after the name)
    ("Moderating the panel was Orbis Media's editor, Ana Vale, who kept it brisk.", {"Ana Vale": {Role.MODERATOR}}),
    # an opening participle, then the subject with its post written before the name
    ("Kicking off the event, association chairman Ana Vale urged suppliers to adopt AI.", {"Ana Vale": {Role.HOST_REP}}),
    # (guard, as before: welcoming is the host's own cue)
    ("Opening the forum, Lake Corp CEO Ana Vale welcomed the guests.", {"Ana Vale": {Role.HOST_REP}}),
    ("Opening the forum, association chairman Ana Vale urged suppliers to share data.", {"Ana Vale": {Role.HOST_REP}}),
    # on the bill, inverted or with a colon
    ("Also on the bill were Tom Reed of Orbis and Ana Vale of Lake Corp.",
     {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    ("Also on the agenda: Tom Reed of Orbis and Ana Vale of Lake Corp.",
     {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    # contributions heard; in a roundtable, from those who sat on it
    ("The program included contributions from Tom Reed of Orbis and Ana Vale of Lake Corp.",
     {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    ("A roundtable on training closed the day, with contributions from Tom Reed of the UAW and Ana Vale of Lake Corp.",
     {"Tom Reed": {Role.PANELIST}, "Ana Vale": {Role.PANELIST}}),
    ("The closing roundtable heard contributions from Ana Vale of Lake Corp and Tom Reed of Orbis.",
     {"Tom Reed": {Role.PANELIST}, "Ana Vale": {Role.PANELIST}}),
    # a stretch of the programme that belonged to one speaker
    ("The morning belonged to Ana Vale of Lake Corp, who argued that data quality matters most.",
     {"Ana Vale": {Role.SPEAKER}}),
    ("The afternoon session belonged to Ana Vale of Lake Corp.", {"Ana Vale": {Role.SPEAKER}}),
    # one joined to a part by "alongside", a bare name; the copula after it gives no post
    ("Sitting on the panel alongside Tom Reed was Ana Vale of Lake Corp.",
     {"Tom Reed": {Role.PANELIST}, "Ana Vale": {Role.PANELIST}}),
    ("Seated on the panel alongside Tom Reed was Ana Vale of Lake Corp.",
     {"Tom Reed": {Role.PANELIST}, "Ana Vale": {Role.PANELIST}}),
])
def test_fronted_parts_bills_contributions_and_stretches(sentence: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert {n: r for n, (r, _a) in found.items()} == roles


def test_a_roundtable_that_is_the_gathering_frames_no_panel() -> None:
    # (guard, as before: a roundtable convened by a body is the gathering; those it heard from spoke at it)
    found = _people("The roundtable, hosted by Hanbit Labs, heard from Ridge Robotics President Tom Reed.")
    assert {n: r for n, (r, _a) in found.items()} == {"Tom Reed": {Role.SPEAKER}}


@pytest.mark.parametrize(("sentence", "expected"), [
    # an officer's post in lower case after the kind of body: the article's body of that kind
    ("Kicking off the event, association chairman Ana Vale urged suppliers to adopt AI.",
     [("Lake Robotics Association", "chairman")]),
    ("Later, institute director Ana Vale thanked the sponsors.", [("Ridge Institute", "director")]),
    # (a network's, a guild's, a commission's: the same)
    ("Later, network executive director Ana Vale thanked the sponsors.", [("Lake Robotics Network", "executive director")]),
    ("Later, guild president Ana Vale thanked the sponsors.", [("Lake Makers Guild", "president")]),
    # (guards, as before: the kind's possessive; the kind capitalised opening the sentence)
    ("The association's chairman, Ana Vale, opened the forum.", [("Lake Robotics Association", "chairman")]),
    ("Association president Ana Vale opened the forum.", [("Lake Robotics Association", "Association president")]),
    # (guard, as before: a university's professor may be of any university)
    ("Later, university professor Ana Vale thanked the sponsors.", [(None, "professor")]),
])
def test_an_officer_of_the_kind_of_body_in_lower_case(sentence: str, expected: list) -> None:
    text = "The Lake Robotics Association, the Ridge Institute, the Lake Robotics Network, the Lake Makers Guild and " \
        "Ridge University held the Lake AI Forum on June 3. " + sentence
    [(_roles, affs)] = _people(text).values()
    assert affs == expected


@pytest.mark.parametrize(("sentence", "roles"), [
    # a talk of a kind given or delivered
    ("Lake Corp CEO Ana Vale gave a lightning talk.", {Role.SPEAKER}),
    ("Lake Corp CEO Ana Vale gave a technical talk.", {Role.SPEAKER}),
    # (any kind in a word or two, a title after it)
    ('Later, Ana Vale, director of analytics at Lake Corp, gave an invited talk titled "From Pilot to Plant."',
     {Role.SPEAKER}),
    ("Ana Vale of Lake Corp delivered a well-received talk.", {Role.SPEAKER}),
    # (guards, as before: a lecture's and a presentation's own cues; a congratulatory speech is a guest's; a plain talk)
    ("Lake Corp CEO Ana Vale gave a brief lecture.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp delivered a short presentation on edge AI.", {Role.SPEAKER}),
    ("Governor Ana Vale gave a congratulatory speech.", {Role.OTHER}),
    ("Ana Vale of Lake Corp gave a talk.", {Role.SPEAKER}),
])
def test_a_talk_of_a_kind(sentence: str, roles: set) -> None:
    [(got, _affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence).values()
    assert got == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # "invited" as the part's adjective greets nobody
    ("Ana Vale of Lake Corp, an invited speaker, stressed data quality.", {Role.SPEAKER}),
    ("Ana Vale, an invited speaker from Lake Corp, stressed data quality.", {Role.SPEAKER}),
    # taking part from afar; a session of one's own
    ("Ana Vale of Lake Corp joined virtually to discuss edge AI.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp joined virtually from her office to take questions.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp held a session on data quality.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp held a workshop on vision systems.", {Role.SPEAKER}),
    # (guards, as before: joining from a place; the one who invites others greets them)
    ("Ana Vale of Lake Corp joined remotely from Berlin.", {Role.SPEAKER}),
    ("Ana Vale of Lake Corp invited the speakers to dinner.", set()),
])
def test_invited_speakers_remote_joiners_and_sessions_held(sentence: str, roles: set) -> None:
    [(got, _affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence).values()
    assert got == roles


@pytest.mark.parametrize(("sentence", "name", "roles"), [
    # a name and its organization, then a speaking part's cue: the name is a person's who spoke
    ("Mia Holt of Orbis presided over a session on standards.", "Mia Holt", {Role.MODERATOR}),
    ("Mia Holt of Orbis challenged the audience to rethink safety.", "Mia Holt", {Role.SPEAKER}),
    ("Jon Lind of Bolt Labs fielded questions on open models.", "Jon Lind", {Role.SPEAKER}),
    # a photo caption's speaker, a gesture while talking
    ("Tom Reed of Orbis gestures as he speaks at the forum.", "Tom Reed", {Role.SPEAKER}),
    ("Mia Holt, CTO of Ridge Labs, smiles as she answers a question.", "Mia Holt", {Role.SPEAKER}),
    # ... and one seen there
    ("Mia Holt, CTO of Ridge Labs, is seen at the forum.", "Mia Holt", {Role.ATTENDEE}),
    # the chair by its passive, or by the questions put to a panel
    ("The discussion was steered by Tom Reed of Orbis.", "Tom Reed", {Role.MODERATOR}),
    ("Tom Reed of Orbis quizzed the panelists on data.", "Tom Reed", {Role.MODERATOR}),
    ("Tom Reed of Orbis fired sharp questions at the panelists.", "Tom Reed", {Role.MODERATOR}),
    # a subject looked into before the audience
    ("Tom Reed of Orbis examined robot safety.", "Tom Reed", {Role.SPEAKER}),
    ("Mia Holt, CTO of Orbis, analyzed the results of a survey of 500 plants.", "Mia Holt", {Role.SPEAKER}),
    # speaking from the stage; one's slot put to use
    ("Ana Vale of Pine Capital argued from the stage that robots need better data.", "Ana Vale", {Role.SPEAKER}),
    ("Jon Lind of Bolt Labs used his slot to announce a new chip.", "Jon Lind", {Role.SPEAKER}),
    # one the audience heard; one among those who spoke
    ("The audience also heard Tom Reed of Orbis describe his firm's robots.", "Tom Reed", {Role.SPEAKER}),
    ("Delegates heard Mia Holt, a partner at Pine Capital, warn of a bubble.", "Mia Holt", {Role.SPEAKER}),
    ("Tom Reed of Orbis was among those who took the stage.", "Tom Reed", {Role.SPEAKER}),
    # (guards: so before) a title's name and the same cue; a product's makers' verb
    ("Mia Holt, CTO of Orbis, presided over a session on standards.", "Mia Holt", {Role.MODERATOR}),
    ("Jon Lind of Bolt Labs introduced its new chip.", "Jon Lind", {Role.SPEAKER}),
])
def test_a_name_and_its_organization_before_a_speaking_cue(sentence: str, name: str, roles: set) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found[name][0] == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a panel one makes or sells is no discussion on stage (the second a guard: its nearer cue decided before)
    ("Tom Reed, CEO of Orbis, invested in a panel maker.", set()),
    ("Tom Reed, CEO of Orbis, toured a display panel plant.", {Role.ATTENDEE}),
    # (guards: so before) a panel joined; a panel on a made thing
    ("Tom Reed, CEO of Orbis, joined the panel.", {Role.PANELIST}),
    ("Tom Reed, CEO of Orbis, sat on the panel on display technology.", {Role.PANELIST}),
])
def test_a_panel_made_or_sold_is_no_discussion(sentence: str, roles: set) -> None:
    [(got, _affs)] = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence).values()
    assert got == roles


@pytest.mark.parametrize("sentence", [
    # what a company or a product does too is no evidence of a person (guards: so before)
    "Nimbus Ring of Orbis unveiled new sensors.",
    "Ridge Works of Korea showcased a welding robot.",
])
def test_a_things_verb_after_a_name_and_organization_names_no_person(sentence: str) -> None:
    assert _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence) == {}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a second post joined with "and" after the first one's organization
    ("Ana Vale, professor at Ridge University and chief scientist at Lake Corp, spoke.",
     [("Ridge University", "professor"), ("Lake Corp", "chief scientist")]),
    ("Ana Vale, CEO of Lake Corp and chair of the Lake Robotics Association, spoke.",
     [("Lake Corp", "CEO"), ("Lake Robotics Association", "chair")]),
    # (not a part at a gathering: "organizer of the forum")
    ("Ana Vale, director at Ridge University and organizer of the Lake AI Forum, spoke.",
     [("Ridge University", "director")]),
    # (guard, as before: "and" before another person's name)
    ("Ana Vale, CEO of Lake Corp, and Tom Reed, CTO of Orbis, spoke.", [("Lake Corp", "CEO")]),
])
def test_a_second_post_joined_by_and(sentence: str, expected: list) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Ana Vale"][1] == expected


@pytest.mark.parametrize(("text", "city", "organizers"), [
    # a gathering named by its owner's possessive and its kind: the sentence is set at the event
    ("Ana Vale of Lake Corp spoke at the Association for Advancing Automation's annual meeting in Orlando on Monday.",
     "Orlando", ["Association for Advancing Automation"]),
    ("Ana Vale of Lake Corp spoke at the association's annual meeting in Orlando on Monday.", "Orlando", []),
    # ... with no article before the owner, whose possessive names no venue
    ("Ana Vale of Lake Corp spoke at Nimbus Labs' user conference in Orlando on Monday.", "Orlando", []),
])
def test_a_gathering_named_by_its_owners_possessive(text: str, city: str, organizers: list) -> None:
    e, orgs = _event(text)
    assert (e.name, e.venue, e.city, orgs["organizers"]) == (None, None, city, organizers)


@pytest.mark.parametrize(("sentence", "roles"), [
    # a conversation on stage with another: both talk in it
    ("Ana Vale of Lake Corp, in conversation with Tom Reed of Orbis, said data matters.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    ("Ana Vale of Lake Corp sat in conversation with Tom Reed of Orbis.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # the microphone taken; the next talk, what it did after a comma
    ("Ana Vale of Lake Corp took the mic next.", {"Ana Vale": {Role.SPEAKER}}),
    ("Tom Reed of Orbis gave a talk. Ana Vale of Lake Corp followed, describing a pilot.",
     {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
])
def test_conversations_microphones_and_the_next_talk(sentence: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert {n: r for n, (r, _a) in found.items()} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # a discussion hosted at a place or on a day is the gathering itself: its host holds it
    ("Rep. Ana Vale hosted a policy debate on industrial AI at the National Assembly on Tuesday.", {Role.HOST_REP}),
    ("Ana Vale of Lake Corp hosted a roundtable on data quality on Monday.", {Role.HOST_REP}),
    # (guards, as before: a part of the event hosted is chaired)
    ("The Lake AI Forum was held on June 3 at Reed Hall. Ana Vale of Lake Corp hosted a panel discussion on data "
     "quality.", {Role.MODERATOR}),
    ("The Lake AI Forum was held on June 3 at Reed Hall. Ana Vale of Lake Corp hosted a fireside chat in the main hall.",
     {Role.MODERATOR}),
])
def test_a_discussion_hosted_at_a_place_or_on_a_day(text: str, roles: set) -> None:
    [(got, _affs)] = _people(text).values()
    assert got == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # one who joins two others on a panel sits on it with them
    ("Ana Vale of Lake Corp joined Tom Reed of Orbis and Mia Holt of Ridge Labs on a panel about regulation.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}, "Mia Holt": {Role.PANELIST}}),
    ("Ana Vale of Lake Corp joined Tom Reed of Orbis on the closing panel.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    # keeping the conversation going is chairing it
    ("Ana Vale of Lake Corp kept the conversation moving.", {"Ana Vale": {Role.MODERATOR}}),
    # (guard, as before: joined for a chat)
    ("Ana Vale of Lake Corp joined Tom Reed of Orbis for a fireside chat.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
])
def test_joined_on_a_panel_and_keeping_it_going(sentence: str, roles: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert {n: r for n, (r, _a) in found.items()} == roles


@pytest.mark.parametrize("sentence", [
    # bare names listed, then "each" or "both" and the talks they gave, in the plural too
    "Ana Vale, Tom Reed and Mia Holt each gave short talks.",
    "Ana Vale and Tom Reed gave lightning talks.",
    "Ana Vale and Tom Reed both spoke.",
    # (guard, as before: one talk each)
    "Ana Vale and Tom Reed each gave a talk.",
])
def test_bare_names_each_or_both_giving_talks(sentence: str) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert {n for n, (r, _a) in found.items() if r == {Role.SPEAKER}} >= {"Ana Vale", "Tom Reed"}


@pytest.mark.parametrize(("text", "affiliations"), [
    # the organization first without a post, then the surname in apposition with the post at that organization
    ("Lake Corp's Ana Vale spoke first. Vale, chief scientist at Lake Corp, said robots are ready.",
     [("Lake Corp", "chief scientist")]),
    ("Ana Vale of Lake Corp spoke first. Vale, an executive vice president of Lake Corp, said robots are ready.",
     [("Lake Corp", "executive vice president")]),
    # (guard, as before: a post at another organization is a second affiliation; the first post is kept)
    ("Lake Corp's Ana Vale spoke first. Vale, a professor at Ridge University, said robots are ready.",
     [("Lake Corp", None), ("Ridge University", "professor")]),
    ("Ana Vale, chief scientist at Lake Corp, spoke first. Vale, head of AI at Lake Corp, said robots are ready.",
     [("Lake Corp", "chief scientist")]),
])
def test_a_later_post_at_the_same_organization_fills_its_title(text: str, affiliations: list) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + text)["Ana Vale"][1] == affiliations


@pytest.mark.parametrize(("sentence", "expected"), [
    # after a comma, an organization's title then a given name that is an honorific too: the next clause's subject
    ("In a fireside chat with Tom Becker, Nvidia vice president Rev Lebaredian said robots work.",
     {"Tom Becker": [], "Rev Lebaredian": [("Nvidia", "vice president")]}),
    ("After a talk by Tom Becker, Lake Corp chief executive Rev Adams spoke about data.",
     {"Tom Becker": [], "Rev Adams": [("Lake Corp", "chief executive")]}),
    # (guard, as before: a given name that is no honorific)
    ("In a fireside chat with Tom Becker, Nvidia vice president Ana Vale said robots work.",
     {"Tom Becker": [], "Ana Vale": [("Nvidia", "vice president")]}),
])
def test_a_given_name_that_is_an_honorific_opens_the_next_subject(sentence: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + sentence)
    assert {n: a for n, (_r, a) in found.items()} == expected


@pytest.mark.parametrize(("sentence", "affiliation"), [
    # "X State" before a university's post is the university's short name
    ("Penn State President Eric Barron gave welcoming remarks.", ("Penn State", "President")),
    ("Wayne State Provost Ana Vale gave welcoming remarks.", ("Wayne State", "Provost")),
    # (guard, as before: a state's office keeps "State" in the title, and a post in lower case)
    ("Wayne State provost Ana Vale gave welcoming remarks.", ("Wayne State", "provost")),
    ("Michigan State Sen. Ana Vale gave welcoming remarks.", (None, "Michigan State Sen.")),
    ("Boise State professor Ana Vale gave welcoming remarks.", ("Boise State", "professor")),
])
def test_a_state_university_before_a_campus_post(sentence: str, affiliation: tuple) -> None:
    found = _people("The Lake AI Forum was held on June 3. " + sentence)
    assert [affiliation] in [a for _r, a in found.values()]


@pytest.mark.parametrize("talk", [
    # a talk presented by a person sets no tier of the event's holders: "organized by" stays the organizer's verb
    "Sessions covered machine vision and supply chain analytics, presented by Raj Patel of Deloitte.",
    "The last session, on robotics, was hosted by Ana Vale of Lake Corp.",
])
def test_a_person_presenting_a_talk_leaves_the_organizer(talk: str) -> None:
    _e, orgs = _event("The Lake AI Symposium, organized by Ridge University's College of Engineering, took place on "
                      "April 22. " + talk)
    assert orgs["organizers"] == ["Ridge University's College of Engineering"] and orgs["co_organizers"] == []


@pytest.mark.parametrize(("sentence", "roles"), [
    # the kind of speech at the end of a longer cue ("opened the forum with … speech") is the part
    ("Lake Corp President Ana Vale opened the forum with a welcome speech.", {Role.HOST_REP}),
    ("Ana Vale, president of Lake Corp, closed the forum with a closing speech.", {Role.HOST_REP}),
    ("Ana Vale opened the forum with a congratulatory speech.", {Role.OTHER}),
    # (guard, as before: a talk or a keynote, closing remarks, and the welcome speech given)
    ("Ana Vale, president of Lake Corp, closed the event with closing remarks.", {Role.HOST_REP}),
    ("Ana Vale opened the forum with a talk on robots.", {Role.SPEAKER}),
    ("Ana Vale opened the forum with a keynote on robots.", {Role.KEYNOTE}),
    ("Lake Corp President Ana Vale gave a welcome speech.", {Role.HOST_REP}),
])
def test_the_kind_of_speech_a_longer_cue_takes_in(sentence: str, roles: set) -> None:
    found = _people("Lake Corp held the Lake AI Forum on June 3 at Reed Hall. " + sentence)
    assert found["Ana Vale"][0] == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a part in apposition, at the gathering: no post, the part is the role
    ("Ana Vale, a speaker at the forum, said robots are ready.", {Role.SPEAKER}),
    ("Ana Vale, a presenter at this year's forum, said robots are ready.", {Role.SPEAKER}),
    # (guard, as before: a panelist at the forum; the part from an organization)
    ("Ana Vale, a panelist at the forum, said robots are ready.", {Role.PANELIST}),
    ("Ana Vale, a speaker from Lake Corp, said robots are ready.", {Role.SPEAKER}),
])
def test_a_part_at_the_gathering_in_apposition(sentence: str, roles: set) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Ana Vale"][0] == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a bare name, a first verb of its own, then "and" and a verb of speaking: the subject of both
    ("Ana Vale joined remotely and gave a talk on robots.", {Role.SPEAKER}),
    ("Ana Vale flew in from Paris and gave a talk on robots.", {Role.SPEAKER}),
    ("Ana Vale arrived late and spoke about data.", {Role.SPEAKER}),
    # (guard, as before: a verb of speaking first, then the people a panel is held with)
    ("Ana Vale chaired a panel with Lars Ober and Tom Reed.", {Role.MODERATOR}),
])
def test_a_bare_name_with_a_second_verb_of_speaking(sentence: str, roles: set) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Ana Vale"][0] == roles


@pytest.mark.parametrize(("text", "name"), [
    # after "the", one capitalised word no list knows, then the kind of gathering in lower case: the name
    ("The Automate show opened Monday at Huntington Place.", "Automate show"),
    ("The Ridgecon conference opened Monday at Huntington Place.", "Ridgecon conference"),
    # (guards, as before: a place, a known company or a nationality before the kind names no event)
    ("The Detroit show opened Monday at Huntington Place.", None),
    ("The Nvidia conference opened Monday at Huntington Place.", None),
    ("The Korean forum opened Monday at Huntington Place.", None),
])
def test_one_unknown_capitalised_word_before_the_kind(text: str, name: str | None) -> None:
    event, _orgs = _event(text)
    assert event.name == name


@pytest.mark.parametrize(("text", "affiliation"), [
    # an event's name with its year as the body whose office the post is: after the title's comma, or before it
    ("The ACMEE 2026 exhibition opened on Thursday. Ana Vale, chairman, ACMEE 2026, said 600 firms signed up.",
     ("ACMEE 2026", "chairman")),
    ("The ACMEE 2026 exhibition opened on Thursday. ACMEE 2026 chairman Ana Vale said 600 firms signed up.",
     ("ACMEE 2026", "chairman")),
    # and the name less its year
    ("The Lake Expo 2026 exhibition opened on Thursday. Ana Vale, chairman, Lake Expo, said 600 firms signed up.",
     ("Lake Expo", "chairman")),
])
def test_an_office_of_the_event_named_with_its_year(text: str, affiliation: tuple) -> None:
    assert _people(text)["Ana Vale"] == ({Role.HOST_REP}, [affiliation])


@pytest.mark.parametrize("sentence", [
    # (guards, as before and kept by the year's rule: a year after a preposition, a month or a common word before
    # the title is when, not a body)
    "In 2026 chairman Ana Vale said 600 firms signed up.",
    "Since 2019 CEO Ana Vale has led Lake Corp.",
    "Until March 2019 CEO Ana Vale led Lake Corp.",
])
def test_a_year_after_a_preposition_is_no_body_before_a_title(sentence: str) -> None:
    found = _people("The Lake AI Forum opened on Thursday. " + sentence)
    assert all(org is None for org, _t in found["Ana Vale"][1])


@pytest.mark.parametrize("sentence", [
    # the day between a one-word name after its office and the verb
    "Chief Minister Siddaramaiah on Thursday inaugurated the Lake Tech Summit 2025.",
    "Governor Khofifah on Oct. 21 inaugurated the Lake Tech Summit 2025.",
    # (guard, as before: the verb right after the name)
    "Chief Minister Siddaramaiah inaugurated the Lake Tech Summit 2025 on Thursday.",
])
def test_a_day_between_a_one_word_name_and_its_verb(sentence: str) -> None:
    found = _people(sentence)
    assert [r for r, _a in found.values()] == [{Role.OTHER}] and len(next(iter(found)).split()) == 1


@pytest.mark.parametrize(("text", "name"), [
    # the opening of a name with its initials in parentheses: an event's name, no year or kind word needed
    ("Deputy Prime Minister Gan Kim Yong officiated at the opening of the Industrial Transformation Asia-Pacific "
     "(ITAP) on Oct 21.", "Industrial Transformation Asia-Pacific"),
    ("On the first day of the Lake Robotics Asia-Pacific (LRAP) on Oct 21, Ana Vale of Lake Corp spoke.",
     "Lake Robotics Asia-Pacific"),
])
def test_the_opening_of_a_name_with_its_initials(text: str, name: str) -> None:
    event, _orgs = _event(text, "2026-10-24")
    assert event.name == name


def test_the_opening_of_a_body_with_its_initials_is_no_event() -> None:
    # (guard, as before: a centre's opening names a body, not an event)
    x = extract(Article("t", "The minister attended the opening of the Advanced Remanufacturing and Technology Centre "
                        "(ARTC) on Oct 21.", "t.txt", published="2026-10-24", lang="en"))
    assert all(e.name is None for e in x.events)


@pytest.mark.parametrize("text", [
    # the kind of body in lower case after the holder's name, and a place's possessive before it
    "Britain's Made Smarter programme held its annual Technology Showcase in Manchester on Wednesday.",
    "The Made Smarter programme held its annual Technology Showcase in Manchester on Wednesday.",
    # (guard, as before: the name alone)
    "Made Smarter held its annual Technology Showcase in Manchester on Wednesday.",
])
def test_a_holder_with_its_kind_after_and_a_place_before(text: str) -> None:
    _e, orgs = _event(text, "2026-11-20")
    assert orgs["organizers"] == ["Made Smarter"]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # a portfolio's last word (promotion, exports) is no given name of the holder after it
    ("The conference was opened by Minister of State for Trade Promotion Neale Richmond TD.", "Neale Richmond",
     "Minister of State for Trade Promotion"),
    ("Minister for Export Promotion Ana Vale spoke.", "Ana Vale", "Minister for Export Promotion"),
])
def test_a_portfolio_word_before_the_holders_name(sentence: str, name: str, title: str) -> None:
    x = extract(Article("t", "The Lake AI Conference was held on June 3. " + sentence, "t.txt",
                        published="2025-06-10", lang="en"))
    assert [(p.name, p.affiliations[0].title) for p in x.people] == [(name, title)]


@pytest.mark.parametrize(("sentence", "roles"), [
    # remarks made by someone; a panel's members listed; acting as moderator; steering the discussion; a part with
    # no article after the copula; the panel's own moderator
    ("Remarks were also made by Ana Vale.", {Role.SPEAKER}),
    ("A short presentation was made by Ana Vale.", {Role.SPEAKER}),
    ("Panel members included Ana Vale and Tom Reed.", {Role.PANELIST}),
    ("Ana Vale acted as moderator.", {Role.MODERATOR}),
    ("Ana Vale steered the discussion.", {Role.MODERATOR}),
    ("Ana Vale was master of ceremonies.", {Role.MODERATOR}),
    ("Ana Vale was the panel's moderator.", {Role.MODERATOR}),
    # (guards, as before: served as moderator, a talk given by, the panelists listed)
    ("Ana Vale served as moderator.", {Role.MODERATOR}),
    ("The first presentation was given by Ana Vale.", {Role.SPEAKER}),
    ("Panelists included Ana Vale and Tom Reed.", {Role.PANELIST}),
])
def test_more_ways_to_say_a_part(sentence: str, roles: set) -> None:
    found = _people("The Lake AI Forum was held on June 3 at Reed Hall. " + sentence)
    assert found["Ana Vale"][0] == roles


@pytest.mark.parametrize(("sentence", "affiliation"), [
    # a field in lower case right before a singular head, after a word that opens a list: one post
    ("Speakers included software lead Ana Vale of Orbis.", ("Orbis", "software lead")),
    ("The panel was moderated by robotics engineer Ana Vale of Orbis.", ("Orbis", "robotics engineer")),
    # (guard, as before: a title the lists know whole)
    ("Speakers included data scientist Ana Vale of Orbis.", ("Orbis", "data scientist")),
])
def test_a_field_before_a_lower_case_head_after_a_list_opener(sentence: str, affiliation: tuple) -> None:
    assert _people("The Lake AI Forum was held on June 3. " + sentence)["Ana Vale"][1] == [affiliation]


@pytest.mark.parametrize(("text", "expected"), [
    # the body after a list's last name is every name's when no item before it names one of its own
    ("Speakers included Omar Haddad, Lena Fisk and Ravi Menon of Kestrel Robotics, who presented a roadmap.",
     {"Omar Haddad": ("Kestrel Robotics", None), "Lena Fisk": ("Kestrel Robotics", None),
      "Ravi Menon": ("Kestrel Robotics", None)}),
    ("Sara Lind and Jonas Berg from Orbis Automation led a workshop on vision systems.",
     {"Sara Lind": ("Orbis Automation", None), "Jonas Berg": ("Orbis Automation", None)}),
    # (a name's particles, two in a row, inside the last name)
    ("Speakers included Omar Haddad and Maria de la Cruz of Kestrel Robotics.",
     {"Omar Haddad": ("Kestrel Robotics", None), "Maria de la Cruz": ("Kestrel Robotics", None)}),
    ("Speakers included Lena Fisk and Khalid bin Salman of Reed Inc.",
     {"Lena Fisk": ("Reed Inc", None), "Khalid bin Salman": ("Reed Inc", None)}),
    # (guards, passed before: an item before with a body of its own; each item with its own; no "and" before the
    # last name)
    ("Speakers included Omar Haddad of Reed Inc., Lena Fisk and Ravi Menon of Kestrel Robotics.",
     {"Omar Haddad": ("Reed Inc", None), "Lena Fisk": (None, None), "Ravi Menon": ("Kestrel Robotics", None)}),
    ("Speakers included Omar Haddad of Kestrel Robotics and Lena Fisk of Reed Inc.",
     {"Omar Haddad": ("Kestrel Robotics", None), "Lena Fisk": ("Reed Inc", None)}),
    ("During a fireside chat with Tom Reed, Ana Vale of Lake Corp said data matters.",
     {"Tom Reed": (None, None), "Ana Vale": ("Lake Corp", None)}),
])
def test_a_body_after_a_list_of_bare_names(text: str, expected: dict) -> None:
    found = _people("The Lake AI Forum was held on Monday in Brussels. " + text)
    assert {n: found[n][1][0] if found[n][1] else (None, None) for n in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ministry by its initials before a minister's title is the body, not the portfolio
    ("The Lake AI Forum was held on Monday in Tokyo. KETI Vice Minister Ana Vale spoke about data.",
     {"Ana Vale": ("KETI", "Vice Minister")}),
    ("The Lake AI Forum was held by the Ministry of Ocean Data (MOD) on Monday. MOD Minister Ana Vale spoke about "
     "data.", {"Ana Vale": ("Ministry of Ocean Data", "Minister")}),
    # (guards, passed before: a country's letters and a portfolio stay the title)
    ("The Lake AI Forum was held on Monday in London. UK Minister Ana Vale spoke about data.",
     {"Ana Vale": (None, "UK Minister")}),
    ("The Lake AI Forum was held on Monday in Seoul. Science Minister Ana Vale spoke about data.",
     {"Ana Vale": (None, "Science Minister")}),
])
def test_a_ministry_by_its_initials_before_a_ministers_title(text: str, expected: dict) -> None:
    found = _people(text)
    assert {n: found[n][1][0] if found[n][1] else (None, None) for n in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the nearest cue before a name is its part, though a farther one leads to it past a title
    ("The Lake AI Forum was held on Monday. Tom Reed gave the opening keynote, followed by a fireside chat between "
     "Orbis President Ana Vale and Raj Patel.", {"Tom Reed": {Role.KEYNOTE}, "Ana Vale": {Role.SPEAKER},
                                                 "Raj Patel": {Role.SPEAKER}}),
    # (guards, passed before: a part "with" its people; no cue between)
    ("The Lake AI Forum was held on Monday. Tom Reed delivered the keynote, followed by a panel with Orbis CEO "
     "Ana Vale and Raj Patel.", {"Tom Reed": {Role.KEYNOTE}, "Ana Vale": {Role.PANELIST}, "Raj Patel": {Role.PANELIST}}),
    ("The Lake AI Forum was held on Monday. The keynote was delivered by Orbis President Ana Vale.",
     {"Ana Vale": {Role.KEYNOTE}}),
])
def test_the_nearest_cue_before_a_titled_name(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "organizers", "start"), [
    # a day's possessive before a body and a hearing: the body holds it that day; neither is a place
    ("Witnesses at Thursday's Lake Assembly Energy Committee hearing on AI urged lawmakers to fund training.",
     ["Lake Assembly Energy Committee"], "2025-06-05"),
    ("At Monday's Senate Labor Committee hearing, executives urged Congress to act on AI skills.",
     ["Senate Labor Committee"], "2025-06-09"),
    # (guard, passed before: the body and the hearing after an article)
    ("Witnesses at a Senate Labor Committee hearing on Thursday urged Congress to act.",
     ["Senate Labor Committee"], "2025-06-05"),
])
def test_a_days_hearing_is_its_bodys_and_no_place(text: str, organizers: list[str], start: str) -> None:
    e, orgs = _event(text)
    assert (orgs["organizers"], e.start, e.venue, e.city) == (organizers, start, None, None)


@pytest.mark.parametrize(("text", "venue"), [
    # capitalised words before a word for a gathering in lower case name its holder, no place
    ("The Lake AI Forum was held on Monday. Speakers at the Ridge Council symposium praised it.", None),
    ("The Lake AI Forum was held on Monday. Mentors at the Ridge Institute hackathon praised it.", None),
    # (guard, passed before: a hall)
    ("The Lake AI Forum was held on Monday at the Ridge Convention Center.", "Ridge Convention Center"),
])
def test_a_holder_before_a_gathering_word_is_no_venue(text: str, venue: str | None) -> None:
    assert _event(text)[0].venue == venue


@pytest.mark.parametrize(("text", "expected"), [
    # a plural's possessive inside a body's name: no person, and the body of the name before it
    ("The Lake AI Forum was held on Monday.\nModerator: Ana Vale, Lake Growers' Association",
     {"Ana Vale": ({Role.MODERATOR}, [("Lake Growers' Association", None)])}),
    ("The Lake AI Forum was held on Monday.\nPanelists: Tom Reed, Orbis; Ana Vale, Ridge Machinists' Union",
     {"Tom Reed": ({Role.PANELIST}, [("Orbis", None)]), "Ana Vale": ({Role.PANELIST}, [("Ridge Machinists' Union", None)])}),
    # (guard, passed before: the body after "of")
    ("The Lake AI Forum was held on Monday. Ana Vale of the Lake Growers' Association moderated the panel.",
     {"Ana Vale": ({Role.MODERATOR}, [("Lake Growers' Association", None)])}),
])
def test_a_plurals_possessive_inside_a_bodys_name(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a programme's line: a part, its quoted title (a comma inside the quote or after it), the giver, the body
    ('The Lake AI Forum was held on June 3.\nKeynote: "AI on the Factory Floor," Dr. Ana Vale, Lake Corp',
     {"Ana Vale": ({Role.KEYNOTE}, "AI on the Factory Floor")}),
    ('The Lake AI Forum was held on June 3.\n10:00 a.m. — Talk: "Edge AI", Tom Reed, Orbis',
     {"Tom Reed": ({Role.SPEAKER}, "Edge AI")}),
])
def test_a_programme_line_with_a_quoted_title_then_its_giver(text: str, expected: dict) -> None:
    assert _parts_and_talks(text, "2025-06-01") == expected


def test_a_programme_line_with_no_title_gives_no_empty_one() -> None:
    text = "The Lake AI Forum was held on June 3.\n9:30 a.m. — Keynote: Dr. Ana Vale, Lake Corp"
    x = extract(Article("t", text, "t.txt", published="2025-06-01", lang="en"))
    assert [(p.name, [(r.role, r.talk_title) for r in p.roles]) for p in x.people] == [
        ("Ana Vale", [(Role.KEYNOTE, None)])]


@pytest.mark.parametrize(("text", "expected"), [
    # a clause about the gathering, set off by commas, between the plural part and its verb
    ("Speakers at the two-day Lake Robotics Expo, which opened Wednesday at Reed Hall, included Orbis CEO Ana Vale and "
     "Ridge Labs Chairman Tom Reed.", {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    ("Panelists at the Lake AI Forum, where some 300 guests gathered, included Ana Vale and Tom Reed.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    # a name's own clause names its part, whatever the cue that led to the name
    ("The Lake AI Forum opened on Monday. Tom Reed spoke first. He was followed by Orbis chairman Ana Vale, who delivered "
     "the opening keynote.", {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.KEYNOTE}}),
    # (guards, passed before: a part after "from"; a verb of speaking in the clause leaves the part that led to the name)
    ("The Lake AI Forum opened on Monday. Remarks came from Orbis CEO Ana Vale, who moderated the closing panel.",
     {"Ana Vale": {Role.MODERATOR}}),
    ("The forum opened with a keynote from Lake Corp's vice president of engineering, Ana Vale, who described the work.",
     {"Ana Vale": {Role.KEYNOTE}}),
])
def test_a_clause_between_the_part_and_the_name(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "venue"), [
    # a lodging's or an arena's kind in lower case after its name is the venue's, before the district after "in"
    ("The Lake AI Forum was held at the Harbor Crown hotel in Ridge District, central Lakeside, on Thursday.",
     "Harbor Crown hotel"),
    ("The Lake AI Forum took place Monday at the Pine Valley resort in Ridge County.", "Pine Valley resort"),
    # (guard, passed before: the kind in capitals)
    ("The Lake AI Forum was held at the Harbor Crown Hotel in Ridge District on Thursday.", "Harbor Crown Hotel"),
])
def test_a_lodgings_kind_in_lower_case_ends_the_venue(text: str, venue: str) -> None:
    assert _event(text)[0].venue == venue


@pytest.mark.parametrize(("text", "expected"), [
    # words a field could be made of, followed by their initials in parentheses, name a body
    ("The Lake AI Forum opened on Monday. The keynote was given by Dame Ana Vale, chief executive of UK Research and "
     "Innovation (UKRI).", {"Ana Vale": ("UK Research and Innovation", "chief executive")}),
    ("The Lake AI Forum opened on Monday. Tom Reed, chief executive of Japan Science and Technology (JST), spoke "
     "first.", {"Tom Reed": ("Japan Science and Technology", "chief executive")}),
    # (guards, passed before: a body's own words; a field with no initials stays the title's)
    ("The Lake AI Forum opened on Monday. Tom Reed, director of Korea Robotics and Automation (KRA), spoke first.",
     {"Tom Reed": ("Korea Robotics and Automation", "director")}),
    ("The Lake AI Forum opened on Monday. Tom Reed, director of Research and Innovation, spoke first.",
     {"Tom Reed": (None, "director of Research and Innovation")}),
])
def test_initials_after_a_post_of_name_a_body(text: str, expected: dict) -> None:
    found = _people(text)
    assert {n: found[n][1][0] if found[n][1] else (None, None) for n in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a field's initials inside a lower-case title do not end the list: the item after "and" is still a name
    ("The Lake AI Forum opened on Monday. A panel brought together Mia Holt, head of AI at Ridge Steel, and Tom Reed "
     "of Orbis.", {"Mia Holt": ({Role.PANELIST}, [("Ridge Steel", "head of AI")]),
                   "Tom Reed": ({Role.PANELIST}, [("Orbis", None)])}),
    ("The Lake AI Forum opened on Monday. A panel brought together Ana Vale, head of AI at Lake Corp; Jon Lind, "
     "senior vice president at Pine Capital; and Sara Moss of Orbis.",
     {"Ana Vale": ({Role.PANELIST}, [("Lake Corp", "head of AI")]),
      "Jon Lind": ({Role.PANELIST}, [("Pine Capital", "senior vice president")]),
      "Sara Moss": ({Role.PANELIST}, [("Orbis", None)])}),
    # (guards, passed before: items set apart by semicolons after "included"; a lower-case field)
    ("The Lake AI Forum opened on Monday. The panel included Ana Vale, director of IT at Lake Corp; Jon Lind, "
     "a partner at Pine Capital; and Sara Moss of Bolt Labs.",
     {"Ana Vale": ({Role.PANELIST}, [("Lake Corp", "director of IT")]),
      "Jon Lind": ({Role.PANELIST}, [("Pine Capital", "partner")]),
      "Sara Moss": ({Role.PANELIST}, [("Bolt Labs", None)])}),
    ("The Lake AI Forum opened on Monday. A panel brought together Mia Holt, head of research at Ridge Steel, and Tom "
     "Reed of Orbis.", {"Mia Holt": ({Role.PANELIST}, [("Ridge Steel", "head of research")]),
                        "Tom Reed": ({Role.PANELIST}, [("Orbis", None)])}),
])
def test_a_fields_initials_inside_a_listed_title(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural part before names that carry their bodies (in parentheses, after "of"): all of them play it,
    # whatever the verb after the list
    ("The Lake AI Forum opened on Monday. Panelists Ana Vale (Orbis), Tom Reed (Ridge Labs) and Mia Holt (Bolt) "
     "discussed standards.", {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}, "Mia Holt": {Role.PANELIST}}),
    ("The Lake AI Forum opened on Monday. Moderators Jon Lind of Pine Capital and Sara Moss of Lake Corp discussed "
     "the agenda.", {"Jon Lind": {Role.MODERATOR}, "Sara Moss": {Role.MODERATOR}}),
])
def test_a_plural_part_before_names_with_their_bodies(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a talk's title set off by commas, then the passive that names its giver
    ('The Lake AI Forum opened on Monday. The closing talk, "Factories That Learn," will be given by Dr. Ana Vale of '
     'Orbis.', {"Ana Vale": ({Role.SPEAKER}, "Factories That Learn")}),
    ('The Lake AI Forum opened on Monday. The keynote, "Data First," was delivered by Tom Reed, CEO of Ridge Labs.',
     {"Tom Reed": ({Role.KEYNOTE}, "Data First")}),
    # the passive of a talk in the present or the future, no title
    ("The Lake AI Forum opens on Monday. The opening talk will be given by Mia Holt of Bolt Labs.",
     {"Mia Holt": ({Role.SPEAKER}, None)}),
    # (guard, passed before: "presented" alone)
    ("The Lake AI Forum opens on Monday. The sessions are presented by Jon Lind and Sara Moss.",
     {"Jon Lind": ({Role.SPEAKER}, None), "Sara Moss": ({Role.SPEAKER}, None)}),
])
def test_a_talks_title_then_the_passive_of_its_giver(text: str, expected: dict) -> None:
    assert _parts_and_talks(text, "2025-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered session's line given by several, each with the body in parentheses
    ("The Lake AI Forum was held on June 3.\n10:30 a.m. Session 1: Vision AI — Ana Vale (Orbis), Tom Reed (Ridge Labs)",
     {"Ana Vale": ({Role.SPEAKER}, "Vision AI"), "Tom Reed": ({Role.SPEAKER}, "Vision AI")}),
    ("The Lake AI Forum was held on June 3.\nTrack 2: Robots on the Line – Mia Holt (Bolt), Jon Lind (Pine Capital) "
     "and Sara Moss (Lake Corp)", {"Mia Holt": ({Role.SPEAKER}, "Robots on the Line"),
                                   "Jon Lind": ({Role.SPEAKER}, "Robots on the Line"),
                                   "Sara Moss": ({Role.SPEAKER}, "Robots on the Line")}),
    # a numbered session's one giver, the body after a comma
    ("The Lake AI Forum was held on June 3.\nSession 2: Predictive Maintenance — Ana Vale, Orbis",
     {"Ana Vale": ({Role.SPEAKER}, "Predictive Maintenance")}),
])
def test_a_programme_line_given_by_several(text: str, expected: dict) -> None:
    assert _parts_and_talks(text, "2025-06-01") == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # a sitting body's portfolio whose last field has its article: "on Education and the Workforce"
    ("Lawmakers pressed executives on Tuesday during a hearing of the House Committee on Labor and the Economy.",
     ["House Committee on Labor and the Economy"]),
    ("Five executives testified Tuesday before the Senate Committee on Trade and the Workforce about AI.",
     ["Senate Committee on Trade and the Workforce"]),
    # (guard, passed before: "and the" before a second body is no part of the first's name)
    ("The hearing was held by the House Committee on Labor and the Senate Committee on Trade on Tuesday.",
     ["House Committee on Labor", "Senate Committee on Trade"]),
])
def test_a_sitting_bodys_last_field_with_its_article(text: str, organizers: list[str]) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    assert [orgs[o] for o in x.events[0].organizers] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # a unit's own name in capitals, then its kind: the organization is the one after "at"/"of", or none
    ("The Lake AI Forum was held on Monday. Ana Vale leads the Atlas program at Orbis. She gave a talk on robots.",
     {"Ana Vale": ({Role.SPEAKER}, [("Orbis", None)])}),
    ("The Lake AI Forum was held on Monday. Tom Reed, who heads the Nova team of Lake Corp, gave a talk on robots.",
     {"Tom Reed": ({Role.SPEAKER}, [("Lake Corp", None)])}),
    ("The Lake AI Forum was held on Monday. Ana Vale leads the Atlas program. She gave a talk on robots.",
     {"Ana Vale": ({Role.SPEAKER}, [])}),
    # the unit led, said in a later sentence that opens with the surname or a pronoun
    ("The Lake AI Forum was held on Monday. Dr. Ana Vale's presentation on robots drew questions. Vale leads the data "
     "team at Orbis.", {"Ana Vale": ({Role.SPEAKER}, [("Orbis", None)])}),
    ("The Lake AI Forum was held on Monday. Tom Reed gave a talk on robots. He leads the vision team at Lake Corp.",
     {"Tom Reed": ({Role.SPEAKER}, [("Lake Corp", None)])}),
    ("The Lake AI Forum was held on Monday. Tom Reed gave a talk on robots. He runs Orbis Labs, a startup.",
     {"Tom Reed": ({Role.SPEAKER}, [("Orbis Labs", None)])}),
    # (guard, passed before: a part at the event is no organization)
    ("The Lake AI Forum was held on Monday. Ana Vale gave a talk on robots. She leads a workshop at Reed Hall.",
     {"Ana Vale": ({Role.SPEAKER}, [])}),
])
def test_the_unit_one_leads_and_its_organization(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a preposition ends the lower-case words of a unit before a title: the word before it is no organization
    ("The Lake AI Forum was held on Monday. Moderated by center director Ana Vale, the panel included Tom Reed of "
     "Orbis.", {"Ana Vale": [(None, "director")], "Tom Reed": [("Orbis", None)]}),
    ("The Lake AI Forum was held on Monday. Introduced by lab director Mia Holt, Jon Lind gave the keynote.",
     {"Mia Holt": [(None, "director")], "Jon Lind": []}),
    # (guard, passed before: the unit's words after its organization)
    ("The Lake AI Forum was held on Monday. Lake Corp robotics team head Ana Vale gave the keynote.",
     {"Ana Vale": [("Lake Corp", "robotics team head")]}),
])
def test_a_preposition_ends_a_units_words_before_a_title(text: str, expected: dict) -> None:
    assert {n: affs for n, (_roles, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body whose name has "and" inside, before "and" and the next person (an honorific first)
    ("The Lake AI Forum was held on Monday. Dame Ana Vale of Lake Research and Innovation and Mr Tom Reed, co-founder "
     "of Orbis, debated chips.", {"Ana Vale": [("Lake Research and Innovation", None)], "Tom Reed": [("Orbis", "co-founder")]}),
    ("The Lake AI Forum was held on Monday. Speakers included Mia Holt of Ridge Science and Technology and Dr. Jon Lind "
     "of Pine Labs.", {"Mia Holt": [("Ridge Science and Technology", None)], "Jon Lind": [("Pine Labs", None)]}),
    # (guard, passed before: one "and", then an organization, a title and a name)
    ("The Lake AI Forum was held on Monday. Speakers included Mia Holt of Orbis and Ridge Labs professor Jon Lind.",
     {"Mia Holt": [("Orbis", None)], "Jon Lind": [("Ridge Labs", "professor")]}),
])
def test_a_bodys_inner_and_before_the_next_person(text: str, expected: dict) -> None:
    assert {n: affs for n, (_roles, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a workshop or a masterclass led by bare names: they gave it
    ("The Lake AI Forum was held on June 3. Ana Vale and Tom Reed co-led a workshop on data labeling.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # (guard, passed before: a masterclass taught)
    ("The Lake AI Forum was held on June 3. Mia Holt taught a masterclass on robot vision.", {"Mia Holt": {Role.SPEAKER}}),
    # speaking on the sidelines of an event, or on condition of anonymity, is no talk
    ("The Lake AI Forum was held on June 3. Orbis CEO Sara Moss, speaking on the sidelines of the forum, told "
     "reporters that funding was tight.", {"Sara Moss": {Role.ATTENDEE}}),
    ("The Lake AI Forum was held on June 3. Jon Lind of Pine Labs, speaking on condition of anonymity, said the deal "
     "was close.", {"Jon Lind": set()}),
    # a talking participle set off after the name and its body: a talk
    ("The Lake AI Forum was held on June 3. Sara Moss of Orbis, speaking on robots, said funding was tight.",
     {"Sara Moss": {Role.SPEAKER}}),
])
def test_leading_a_workshop_and_speaking_on_the_sidelines(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a caption that opens with where each one stands, no verb: those named are pictured there
    ("The Lake AI Forum was held on June 3.\n\n(L-R) Ana Vale, Orbis; Tom Reed, Ridge Labs; Mia Holt, Pine Capital.",
     {"Ana Vale": ({Role.ATTENDEE}, [("Orbis", None)]), "Tom Reed": ({Role.ATTENDEE}, [("Ridge Labs", None)]),
      "Mia Holt": ({Role.ATTENDEE}, [("Pine Capital", None)])}),
    # (guards, passed before: "From left to right:" with a closing "and"; a part written in the caption beats being
    # pictured)
    ("The Lake AI Forum was held on June 3.\n\nFrom left to right: Jon Lind, Bolt; and Sara Moss, Lake Corp.",
     {"Jon Lind": ({Role.ATTENDEE}, [("Bolt", None)]), "Sara Moss": ({Role.ATTENDEE}, [("Lake Corp", None)])}),
    ("The Lake AI Forum was held on June 3.\n\n(From left) Ana Vale of Orbis and Tom Reed of Ridge Labs speak on a "
     "panel.", {"Ana Vale": ({Role.PANELIST}, [("Orbis", None)]), "Tom Reed": ({Role.PANELIST}, [("Ridge Labs", None)])}),
])
def test_a_caption_that_opens_with_where_each_stands(text: str, expected: dict) -> None:
    assert _people(text) == expected


# (the second a guard, passed before)
@pytest.mark.parametrize("credit", ["Lake AI Forum", "Ridge Robotics Summit"])
def test_a_photo_credit_to_an_event_is_no_photographer(credit: str) -> None:
    text = f"The Lake AI Forum was held on June 3 at Reed Hall. Ana Vale of Orbis spoke.\n\nPhoto: {credit}"
    assert list(_people(text)) == ["Ana Vale"]


@pytest.mark.parametrize(("text", "expected"), [
    # a card's dash before the body that closes the line, under a header whose part is its first word
    ("The Lake AI Forum was held on June 3.\n\nSpeakers at the forum:\n• Dr. Mia Holt — Pine Capital\n• Ana Vale - Orbis",
     {"Mia Holt": ({Role.SPEAKER}, [("Pine Capital", None)]), "Ana Vale": ({Role.SPEAKER}, [("Orbis", None)])}),
    ("The Lake AI Forum was held on June 3.\n\nSpeakers:\nTom Reed — Ridge Labs\nSara Moss — Bolt Robotics",
     {"Tom Reed": ({Role.SPEAKER}, [("Ridge Labs", None)]), "Sara Moss": ({Role.SPEAKER}, [("Bolt Robotics", None)])}),
    # a title after the dash is no body
    ("The Lake AI Forum was held on June 3.\n\nSpeakers at the forum:\n• Jon Lind — Chief Scientist\n• Ana Vale - Orbis",
     {"Jon Lind": ({Role.SPEAKER}, [(None, "Chief Scientist")]), "Ana Vale": ({Role.SPEAKER}, [("Orbis", None)])}),
])
def test_a_cards_dash_before_the_body(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what one with a post and a body said, reported in the report's words at an event of talks: they spoke there
    ("The Lake AI Forum was held on June 3 at Reed Hall. Tom Reed, Orbis's chairman and CEO, argued that open models "
     "would win.", {"Tom Reed": {Role.SPEAKER}}),
    ("The Lake AI Forum was held on June 3 at Reed Hall. Ridge Labs CEO Mia Holt noted that funding was tight.",
     {"Mia Holt": {Role.SPEAKER}}),
    # what one said, reported before the name
    ("The Lake AI Forum was held on June 3 at Reed Hall. According to Mia Holt, chief scientist at Ridge Labs, funding "
     "was tight.", {"Mia Holt": {Role.SPEAKER}}),
    ("The Lake AI Forum was held on June 3 at Reed Hall. According to Ridge Labs CEO Mia Holt, funding was tight.",
     {"Mia Holt": {Role.SPEAKER}}),
    # (guards, passed before: not in an interview, not one of the host, not without a post)
    ("The Lake AI Forum was held on June 3 at Reed Hall. Ridge Labs CEO Mia Holt noted in an interview that funding "
     "was tight.", {"Mia Holt": set()}),
    ("Lake Corp hosted the Lake AI Forum on June 3 at Reed Hall. Lake Corp CEO Mia Holt noted that funding was tight.",
     {"Mia Holt": {Role.HOST_REP}}),
    ("The Lake AI Forum was held on June 3 at Reed Hall. Sara Moss of Orbis said funding was tight.",
     {"Sara Moss": set()}),
])
def test_reported_speech_at_an_event_of_talks(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # the owner of an edition by its ordinal, or of the first, holds it
    ("Robot makers met at the Lake Robotics Alliance's first general meeting, held at Reed Hall on Thursday.",
     ["Lake Robotics Alliance"]),
    ("Robot makers gathered on Thursday at the Ridge Institute's inaugural robotics forum at Reed Hall.",
     ["Ridge Institute"]),
    # a day written before the owner is no part of its name (an annual one too)
    ("Robot makers gathered on Thursday for Orbis Corp's third developer conference.", ["Orbis Corp"]),
    ("Robot makers gathered on Thursday for Orbis Corp's annual developer conference.", ["Orbis Corp"]),
    # (guard, passed before: a place's own gathering is held by no body it names)
    ("Robot makers gathered on Thursday for Korea's first humanoid summit at Reed Hall.", []),
])
def test_the_owner_of_an_edition_holds_it(text: str, organizers: list[str]) -> None:
    assert _event(text)[1]["organizers"] == organizers


@pytest.mark.parametrize(("text", "venue"), [
    # a word for a job before a word for a gathering names its audience, no post held at the place after "at"
    ("Orbis Corp held its annual developer conference at Reed Hall on Thursday.", "Reed Hall"),
    ("Robot makers gathered on Thursday for Orbis Corp's partner summit at the Pine Convention Center.",
     "Pine Convention Center"),
    # (guard, passed before: a developer working at a body is no venue)
    ("Ana Vale, a software developer at Orbis Corp, spoke at the Lake AI Forum on Thursday.", None),
])
def test_a_gatherings_audience_is_no_post_before_the_venue(text: str, venue: str | None) -> None:
    assert _event(text)[0].venue == venue


@pytest.mark.parametrize(("text", "expected"), [
    # a title in the plural before a list of bare names, the body after the last: every name's post and body
    ("The Lake AI Forum was held on June 3. Professors Ana Vale and Tom Reed of Lake University gave a talk.",
     {"Ana Vale": [("Lake University", "Professor")], "Tom Reed": [("Lake University", "Professor")]}),
    ("The Lake AI Forum was held on June 3. Engineers Ana Vale, Mia Holt and Tom Reed of Orbis gave a talk.",
     {"Ana Vale": [("Orbis", "Engineer")], "Mia Holt": [("Orbis", "Engineer")], "Tom Reed": [("Orbis", "Engineer")]}),
    # (guard, passed before: a title in the singular is the first name's alone)
    ("The Lake AI Forum was held on June 3. Professor Ana Vale and Tom Reed of Orbis gave a talk.",
     {"Ana Vale": [(None, "Professor")], "Tom Reed": [("Orbis", None)]}),
    # a determiner before the list is no part of a name
    ("The Lake AI Forum was held on June 3. Both Tom Reed of Pine Capital and Mia Holt of Ridge Labs spoke.",
     {"Tom Reed": [("Pine Capital", None)], "Mia Holt": [("Ridge Labs", None)]}),
])
def test_a_plural_title_before_a_list_with_the_body_after(text: str, expected: dict) -> None:
    assert {n: affs for n, (_roles, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cleft: the clause after "who" says the part of the name it sets apart
    ("The Lake AI Forum was held on June 3. It was Mia Holt of Orbis who delivered the keynote.",
     {"Mia Holt": ({Role.KEYNOTE}, [("Orbis", None)])}),
    ("The Lake AI Forum was held on June 3. It was Jon Lind who moderated the closing panel.",
     {"Jon Lind": ({Role.MODERATOR}, [])}),
    # (guard, passed before: a clause that says no part names no one)
    ("The Lake AI Forum was held on June 3. It was Jon Lind of Orbis who paid for dinner.", {}),
])
def test_a_cleft_sets_apart_the_one_with_the_part(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a run of honorifics between a title (or a body and its title) and the name
    ("The Lake AI Forum was held on June 3. Firms must adopt AI, said Trade Minister Tengku Datuk Seri Amir Hamzah.",
     {"Amir Hamzah": (None, "Trade Minister")}),
    ("The Lake AI Forum was held on June 3. Also present was Lake Guild president Tan Sri Lim Kok Wing.",
     {"Lim Kok Wing": ("Lake Guild", "president")}),
    ("The Lake AI Forum was held on June 3. Orbis chairman Dato' Paduka Rosli Omar spoke first.",
     {"Rosli Omar": ("Orbis", "chairman")}),
    # an event after "at" is no body of the one named before it
    ("The Lake AI Forum 2026 was held on June 3. Firms must adopt AI, said Ana Vale at the Lake AI Forum 2026.",
     {"Ana Vale": (None, None)}),
])
def test_a_run_of_honorifics_after_a_title(text: str, expected: dict) -> None:
    found = _people(text)
    assert {n: found[n][1][0] if found[n][1] else (None, None) for n in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a quote was said in, after the pronoun that says it, is the part of the one named before
    ('The Lake AI Forum was held on June 3. Firms must adopt AI, said Trade Minister Tom Reed. "We cannot wait," he '
     'said in his keynote address.', {"Tom Reed": {Role.KEYNOTE, Role.QUOTED}}),
    ('The Lake AI Forum was held on June 3. Firms must adopt AI, said Ana Vale of Orbis. "We cannot wait," she said '
     'during her presentation.', {"Ana Vale": {Role.SPEAKER, Role.QUOTED}}),
    # (guard, passed before: opening remarks are no talk of their own)
    ('The Lake AI Forum was held on June 3. Firms must adopt AI, said Ana Vale of Orbis. "We cannot wait," she said '
     'in her opening remarks.', {"Ana Vale": {Role.QUOTED}}),
])
def test_what_a_quote_was_said_in_after_the_pronoun(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a programme line whose talk's quoted title comes last, after a dash
    ('The Lake AI Forum was held on June 3.\n\n14:00 – Keynote – Ana Vale, CEO, Orbis – "AI on the Line"',
     {"Ana Vale": ({Role.KEYNOTE}, "AI on the Line")}),
    ('The Lake AI Forum was held on June 3.\n\n09:30 – Talk – Tom Reed (Ridge Labs) – "Data First"',
     {"Tom Reed": ({Role.SPEAKER}, "Data First")}),
    # a chat on stage: one in conversation with another
    ("The Lake AI Forum was held on June 3.\n\n14:45 – Fireside chat – Jon Lind (Bolt) in conversation with Mia Holt "
     "(Pine Capital)", {"Jon Lind": ({Role.SPEAKER}, None), "Mia Holt": ({Role.SPEAKER}, None)}),
    ("The Lake AI Forum was held on June 3. Jon Lind of Bolt in conversation with Mia Holt was the highlight.",
     {"Jon Lind": ({Role.SPEAKER}, None), "Mia Holt": ({Role.SPEAKER}, None)}),
])
def test_a_programme_lines_last_title_and_a_conversation(text: str, expected: dict) -> None:
    assert _parts_and_talks(text, "2025-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a jury's chair and the members it included judge: no panel of talks
    ("The Lake AI Hackathon ended on June 3. The judging panel was chaired by Ana Vale, chief data officer at Orbis, "
     "and included Tom Reed of Pine Capital and Mia Holt.",
     {"Ana Vale": {Role.OTHER}, "Tom Reed": {Role.OTHER}, "Mia Holt": {Role.OTHER}}),
    ("The Lake AI Hackathon ended on June 3. The jury, chaired by Jon Lind, included Sara Moss of Bolt Labs.",
     {"Jon Lind": {Role.OTHER}, "Sara Moss": {Role.OTHER}}),
    # (guard, passed before: a panel chaired by one includes its panelists)
    ("The Lake AI Forum was held on June 3. The panel, chaired by Jon Lind, included Sara Moss of Bolt Labs.",
     {"Jon Lind": {Role.MODERATOR}, "Sara Moss": {Role.PANELIST}}),
])
def test_a_jury_chaired_by_one_includes_its_members(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a student's year is the title after the school
    ("The Lake AI Hackathon ended on June 3. Team Weld, led by Lake University sophomore Jon Lind, took first place.",
     {"Jon Lind": [("Lake University", "sophomore")]}),
    ("The Lake AI Hackathon ended on June 3. Ridge College freshman Sara Moss presented her team's robot.",
     {"Sara Moss": [("Ridge College", "freshman")]}),
])
def test_a_students_year_after_the_school(text: str, expected: dict) -> None:
    assert {n: affs for n, (_roles, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the one body a plural's people come from, for each name the list after "including" or "such as" counts
    ("The Lake AI Forum was held on June 3. Speakers from Bolt Labs, including engineer Priya Shah and Tom Reed, "
     "presented robots.", {"Priya Shah": [("Bolt Labs", "engineer")], "Tom Reed": [("Bolt Labs", None)]}),
    ("The Lake AI Hackathon ended on June 3. Mentors from Orbis, such as Jon Lind, coached teams.",
     {"Jon Lind": [("Orbis", None)]}),
    # (guard, passed before: a plural from two bodies gives neither)
    ("The Lake AI Forum was held on June 3. Executives from Orbis and Bolt Labs, including Mia Holt, discussed safety.",
     {"Mia Holt": []}),
])
def test_the_body_a_counted_plural_comes_from(text: str, expected: dict) -> None:
    assert {n: affs for n, (_roles, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body set off by commas right after an agent's or a listed name, then the verb or the next item
    ("The Lake AI Forum was held on June 3. The panel, moderated by Ana Vale, Orbis, discussed standards.",
     {"Ana Vale": [("Orbis", None)]}),
    ("The Lake AI Forum was held on June 3. Speakers included Jon Lind, Pine Labs, and Tom Reed, Bolt.",
     {"Jon Lind": [("Pine Labs", None)], "Tom Reed": [("Bolt", None)]}),
    # (guards, passed before: a place set off is no body; a list of names is no body)
    ("The Lake AI Forum was held on June 3. The panel, moderated by Ana Vale, Seoul, discussed standards.",
     {"Ana Vale": []}),
    ("The Lake AI Forum was held on June 3. The panel was moderated by Ana Vale, Tom Reed and Mia Holt.",
     {"Ana Vale": [], "Tom Reed": [], "Mia Holt": []}),
])
def test_a_body_set_off_by_commas_after_a_name(text: str, expected: dict) -> None:
    assert {n: affs for n, (_roles, affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "quoted"), [
    # a quoted name after its determiner is no one's words
    ('Orbis Vice Chairman Tom Reed called for a strategy at the "Lake AI Revolution Forum" hosted by Ridge Labs on '
     'Wednesday.', {}),
    ('The Lake AI Forum was held on June 3. "We must act," said Tom Reed of Orbis, calling it the "next frontier".',
     {"Tom Reed": 1}),
    # (guard, passed before: "that" before a quote opens what was said)
    ('The Lake AI Forum was held on June 3. Tom Reed, CEO of Orbis, gave the keynote, saying that "data is everything."',
     {"Tom Reed": 1}),
])
def test_a_quoted_name_after_its_determiner_is_no_quote(text: str, quoted: dict) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    assert {p.name: len(p.quotes) for p in x.people if p.quotes} == quoted


@pytest.mark.parametrize(("text", "organizers"), [
    # after an aside, "which" is the aside's last noun's: the sitting body holds the hearing, not the one named first
    ('Senators pressed executives Wednesday. "This is real," said Sen. Ana Vale, D-Ohio, the top Democrat on the '
     'Senate Trade Committee, which held the hearing.', ["Senate Trade Committee"]),
    # (guards, passed before: a body of members, the clause right after it; an aside between the subject and its verb)
    ("Executives testified on Wednesday. Tom Reed is a member of the House Labor Committee, which held the hearing.",
     ["House Labor Committee"]),
    ("The Ridge Institute, which represents 400 firms, hosted the Lake AI Forum on Monday.", ["Ridge Institute"]),
])
def test_which_after_an_aside_is_its_last_nouns(text: str, organizers: list[str]) -> None:
    assert _event(text)[1]["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # a state by its kind after a city is no person; a writer who wrote from a city and its state is the reporter
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis spoke.\n\nAP writer Tom Reed in Providence, Rhode Island, "
     "contributed to this report.", {"Ana Vale": False, "Tom Reed": True}),
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis spoke.\n\nAP writers Tom Reed in Austin, Texas, and Mia "
     "Holt in Tokyo contributed to this report.", {"Ana Vale": False, "Tom Reed": True, "Mia Holt": True}),
])
def test_a_writer_from_a_city_and_its_state(text: str, expected: dict) -> None:
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    assert {p.name: any(r.role is Role.REPORTER for r in p.roles) for p in x.people} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a phrase of time opening the sentence before is no body "our" points back to
    ("Last week we hosted the Lake AI Forum at Reed Hall. Our CEO, Ana Vale, opened the morning with a talk.",
     {"Ana Vale": ({Role.SPEAKER}, [(None, "CEO")])}),
    # (guard, passed before: the subject of the sentence before is the body)
    ("Orbis Labs hosted the Lake AI Forum at Reed Hall last week. Our CEO, Ana Vale, opened the morning with a talk.",
     {"Ana Vale": ({Role.SPEAKER, Role.HOST_REP}, [("Orbis Labs", "CEO")])}),
    # the writer's own colleague after the cue
    ("The Lake AI Forum was held on June 3. The panel was moderated by our own Priya Shah.",
     {"Priya Shah": ({Role.MODERATOR}, [])}),
])
def test_our_after_a_phrase_of_time_and_our_own(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue that opens the sentence before the name; a passive with no agent after it names no one's part
    ("The Lake AI Conclave was held on June 3. In the presence of Tom Reed, Chairman of Orbis Ltd, the awards were "
     "presented.", {"Tom Reed": {Role.ATTENDEE}}),
    ("The Lake AI Conclave was held on June 3. In the presence of Mia Holt of Ridge Labs, the new centre was opened.",
     {"Mia Holt": {Role.ATTENDEE}}),
    # (guard, passed before: the passive's agent has the part)
    ("The Lake AI Conclave was held on June 3. The awards were presented by Tom Reed, Chairman of Orbis Ltd.",
     {"Tom Reed": {Role.OTHER}}),
])
def test_in_the_presence_of_and_a_passive_with_no_agent(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "roles"), [
    # what one with a post wrote in a report or a post of their own was said away from the event
    ('The Lake AI Forum was held on June 3. "Investment is rising," Ana Vale, an analyst at Orbis, wrote in a recent '
     'report.', {Role.QUOTED}),
    ('The Lake AI Forum was held on June 3. "Investment is rising," Ana Vale, an analyst at Orbis, said in a LinkedIn '
     'post.', {Role.QUOTED}),
    # (guard, passed before: a quote with no other place, at a forum)
    ('The Lake AI Forum was held on June 3. "Investment is rising," said Ana Vale, an analyst at Orbis.',
     {Role.QUOTED, Role.SPEAKER}),
])
def test_what_one_wrote_in_a_report_was_said_away(text: str, roles: set) -> None:
    assert _people(text)["Ana Vale"][0] == roles


@pytest.mark.parametrize(("text", "expected"), [
    # names with their bodies, then a verb and "in a debate" (a discussion on stage) a few words on
    ("The Lake AI Forum was held on June 3. Mia Holt (Ridge Labs) and Jon Lind (Pine Capital) went head to head in a "
     "debate on open models.", {"Mia Holt": {Role.PANELIST}, "Jon Lind": {Role.PANELIST}}),
    # (guards, passed before: taking part; nothing said of a discussion, no one)
    ("The Lake AI Forum was held on June 3. Sara Moss (Bolt) took part in a lively panel discussion.",
     {"Sara Moss": {Role.PANELIST}}),
    ("The Lake AI Forum was held on June 3. Sara Moss (Bolt) flew home early.", {}),
])
def test_a_discussion_a_few_words_after_the_verb(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's facts keyed by colons in its parentheses: the head after its post's key, of that company
    ("Orbis Corporation (Headquarters: Tokyo; President and CEO: Kenji Yamada) held the Lake AI Summit on June 3.",
     ("Orbis Corporation", "President and CEO")),
    ("The Lake AI Forum was hosted on June 3 by Ridge Industries Ltd. (President: Kenji Yamada; Headquarters: Osaka).",
     ("Ridge Industries Ltd.", "President")),
])
def test_a_head_keyed_in_a_companys_parentheses(text: str, expected: tuple[str, str]) -> None:
    org, title = expected
    x = extract(Article("t", text, "t.txt", published="2026-06-10", lang="en"))
    [p] = x.people
    orgs = {o.id: o.name for o in x.organizations}
    assert (p.name, orgs[p.affiliations[0].org], p.affiliations[0].title) == ("Kenji Yamada", org.rstrip("."), title)
    assert Role.HOST_REP in {r.role for r in p.roles}


@pytest.mark.parametrize("text", [
    # a post inside the holder's parentheses governs no "at" after them: the venue stays the event's
    "Orbis Corporation (Headquarters: Tokyo; President and CEO: Kenji Yamada) held the Lake AI Summit at Reed Hall on "
    "June 3.",
    # (a guard: so before, the key's post with no "and")
    "Orbis Corporation (Headquarters: Tokyo; President: Kenji Yamada) held the Lake AI Summit at Reed Hall on June 3.",
])
def test_a_post_in_the_holders_parentheses_keeps_the_venue(text: str) -> None:
    e, _orgs = _event(text)
    assert e.venue == "Reed Hall"


def test_a_key_with_no_post_names_no_person() -> None:
    # (a guard: so before) the year it was founded and its city are no one's
    x = extract(Article("t", "Orbis Corporation (Headquarters: Tokyo; Founded: 1990) held the Lake AI Summit on June 3.",
                        "t.txt", published="2026-06-10", lang="en"))
    assert x.people == ()


@pytest.mark.parametrize("text", [
    # the partners in organizing it, listed after their plural
    "The Lake AI Summit was held at Hanbit Hall on May 5. Organizing partners included the Tidewell Institute and "
    "Nimbus Works.",
    "The Lake AI Summit was held at Hanbit Hall on May 5. The organising partners were the Tidewell Institute and "
    "Nimbus Works.",
])
def test_organizing_partners_listed(text: str) -> None:
    _e, orgs = _event(text)
    assert orgs["co_organizers"] == ["Tidewell Institute", "Nimbus Works"]


@pytest.mark.parametrize(("text", "organizers"), [
    # running a gathering is holding it
    ("The Lake AI Summit was held at Hanbit Hall on May 5. The Tidewell Institute has run the summit since 2019.",
     ["Tidewell Institute"]),
    ("The Lake AI Summit was held at Hanbit Hall on May 5. Nimbus Works runs the annual AI summit.", ["Nimbus Works"]),
    # (guard: so before) running a lab is no holding
    ("The Lake AI Summit was held at Hanbit Hall on May 5. Nimbus Works runs the robotics lab where it began.", []),
])
def test_running_a_gathering_is_holding_it(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # where one works is no body: "based in" a city, "in" a city, a city made an adjective
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Nora Lind, an analyst based in Tokyo, spoke first.",
     ("analyst", None)),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Nora Lind, a consultant in Berlin, spoke first.",
     ("consultant", None)),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Nora Lind, a Berlin-based consultant, spoke first.",
     ("Berlin-based consultant", None)),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Nora Lind spoke.\n\nNora Lind is a freelance writer based in "
     "Chicago.", ("freelance writer", None)),
    # the body after "based at" is one's, and a city after the body no part of its name
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Nora Lind, an engineer based at Vela Robotics in Osaka, spoke "
     "first.", ("engineer", "Vela Robotics")),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Nora Lind, a professor at Crest University in Boston, spoke "
     "first.", ("professor", "Crest University")),
    # (guards: so before) a body whose name has "in" and no place after it; a body's own city in its name
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Nora Lind, a researcher at Vela Robotics, spoke first.",
     ("researcher", "Vela Robotics")),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Nora Lind, a professor at the University of Tokyo, spoke "
     "first.", ("professor", "University of Tokyo")),
])
def test_where_one_works_is_no_body(text: str, expected: tuple[str, str | None]) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-06-10", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    [p] = [p for p in x.people if p.name == "Nora Lind"]
    if expected[1] is None:
        assert [(a.title, a.org) for a in p.affiliations] == [(expected[0], None)]
    else:
        assert [(a.title, orgs.get(a.org or "")) for a in p.affiliations] == [expected]


@pytest.mark.parametrize(("text", "organizers"), [
    # the organizers named between dashes, as between commas
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Organizers — the Crest Institute and Vela Robotics — said "
     "about 300 people came.", ["Crest Institute", "Vela Robotics"]),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The organiser – Vela Robotics – expects 500 visitors.",
     ["Vela Robotics"]),
    # (guards: so before) between commas
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Organizers, the Crest Institute and Vela Robotics, said about "
     "300 people came.", ["Crest Institute", "Vela Robotics"]),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Nora Lind, an organizer — and a speaker — said 500 came.", []),
])
def test_organizers_between_dashes(text: str, organizers: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["organizers"] == organizers


@pytest.mark.parametrize("text", [
    # a turn given to the name after the cue: the next up, the one who came next, the one given the floor
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Next up was Lena Voss of Arden Labs.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Then came Lena Voss of Arden Labs, with a look at welding robots.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. The floor then went to Lena Voss of Arden Labs.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. The floor was given to Lena Voss of Arden Labs.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Ravi Das of Orbis spoke first and handed the floor to Lena Voss of "
    "Arden Labs.",
    # the turn after the name, and one's talk in an aside before the verb
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Lena Voss of Arden Labs was next to take the stage.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Lena Voss of Arden Labs, in a talk titled \"Weld Lines\", said "
    "pilots paid off.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Lena Voss of Arden Labs, during his presentation, noted that "
    "pilots paid off.",
])
def test_a_turn_given_to_a_name_and_a_talk_in_an_aside(text: str) -> None:
    people = _people(text)
    assert people["Lena Voss"] == ({Role.SPEAKER}, [("Arden Labs", None)])


@pytest.mark.parametrize("text", [
    # (guards) what comes next is no person's turn; a statement in an aside is no talk
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Then came the awards for Arden Labs.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Lena Voss of Arden Labs, in a statement, said pilots paid off.",
])
def test_no_turn_without_a_talk(text: str) -> None:
    assert Role.SPEAKER not in _people(text).get("Lena Voss", (set(), []))[0]


@pytest.mark.parametrize(("text", "expected"), [
    # "with A moderating" after the panel's list, with A's honorific, or A's body and post, before the name
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. A panel brought together Omar Haddad of Bolt Labs and Rhea "
     "Mills of Crest AI, with Professor Lena Voss of Arden University moderating.",
     {"Omar Haddad": {Role.PANELIST}, "Rhea Mills": {Role.PANELIST}, "Lena Voss": {Role.MODERATOR}}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. A panel brought together Omar Haddad of Bolt Labs and Rhea "
     "Mills of Crest AI, with Arden Labs CEO Lena Voss moderating.",
     {"Omar Haddad": {Role.PANELIST}, "Rhea Mills": {Role.PANELIST}, "Lena Voss": {Role.MODERATOR}}),
    # ... and a body in capitals before the participle: no lower-case brand's tail ("SK hynix")
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. A panel brought together Omar Haddad of Bolt Labs, with Lena "
     "Voss of NASA moderating.", {"Omar Haddad": {Role.PANELIST}, "Lena Voss": {Role.MODERATOR}}),
    # (guard, as before)
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. A panel brought together Omar Haddad of Bolt Labs, with Lena "
     "Voss of Arden Labs moderating.", {"Omar Haddad": {Role.PANELIST}, "Lena Voss": {Role.MODERATOR}}),
])
def test_with_a_titled_name_moderating(text: str, expected: dict) -> None:
    assert {n: roles for n, (roles, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part at the event as the subject of a copula: the name after it took it
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The moderator was Lena Voss.", {Role.MODERATOR}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The MC for the evening was Lena Voss.", {Role.MODERATOR}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The master of ceremonies was Lena Voss.", {Role.MODERATOR}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The moderator of the panel is Lena Voss.", {Role.MODERATOR}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The forum's keynote speaker was Lena Voss.", {Role.KEYNOTE}),
    # (guard) an office in capitals is no part
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The Speaker of the House was Lena Voss.", None),
])
def test_a_part_as_the_subject_of_a_copula(text: str, expected: set | None) -> None:
    people = _people(text)
    assert (people["Lena Voss"][0] if "Lena Voss" in people else None) == expected
    assert all(t is None or " was" not in t for _o, t in people.get("Lena Voss", (set(), []))[1])


@pytest.mark.parametrize(("text", "expected"), [
    # a company's master, as its fellow, is a post
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. A panel brought together Omar Haddad of Bolt Labs and Orbis "
     "Master Choi Sung-woo.", ("Orbis", "Master")),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. A panel brought together Omar Haddad of Bolt Labs and Orbis "
     "Fellow Choi Sung-woo.", ("Orbis", "Fellow")),
])
def test_a_companys_master(text: str, expected: tuple[str, str]) -> None:
    assert _people(text)["Choi Sung-woo"] == ({Role.PANELIST}, [expected])


@pytest.mark.parametrize(("text", "venue"), [
    # a headline's place and the gathering's kind in lower case: the place stays the venue the text gives
    ("Lawmakers weigh AI rules at National Assembly forum\n\nLawmakers debated AI rules on Monday at a policy forum "
     "at the National Assembly in Seoul. Omar Haddad of Bolt Labs spoke.", "National Assembly"),
    ("Robot makers meet at Hanbit Hall symposium\n\nRobot makers met on Monday at a symposium at Hanbit Hall in "
     "Seoul. Omar Haddad of Bolt Labs spoke.", "Hanbit Hall"),
    # (guard, as before) the event named after "at" is no venue
    ("Visitors flocked on Monday to the Hanbit Robot Exhibition, which opened at Crest Hall in Seoul. Omar Haddad of "
     "Bolt Labs spoke.", "Crest Hall"),
])
def test_a_headlines_place_and_kind(text: str, venue: str) -> None:
    e, _orgs = _event(text)
    assert e.venue == venue


@pytest.mark.parametrize("text", [
    # an insight given with the audience between, a question tackled, the audience led through, a paper's author
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills, head of data at Crest AI, gave delegates an insight "
    "into weld inspection.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI offered attendees insights on weld "
    "inspection.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI tackled the question of skills.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI took on the issue of data silos.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI led delegates through a digital twin.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI led the audience through a case study.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. A paper by Rhea Mills of Crest AI looked at weld inspection.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Papers by Rhea Mills of Crest AI and others followed.",
])
def test_insights_questions_and_papers(text: str) -> None:
    assert _people(text)["Rhea Mills"][0] == {Role.SPEAKER}


@pytest.mark.parametrize("text", [
    # (guards) leading a body through a change, a question one was asked
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI led the company through a merger.",
    "The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI faced the question of a merger in May.",
])
def test_no_talk_in_leading_a_body(text: str) -> None:
    assert Role.SPEAKER not in _people(text).get("Rhea Mills", (set(), []))[0]


@pytest.mark.parametrize(("text", "expected"), [
    # the next item of a list with its title of two or three words before the name: its own person, each one's body
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Experts including Professor Kim Joo-young of KAIST and "
     "Executive Director Lee Jae-jin of SK hynix gave talks.",
     {"Kim Joo-young": ({Role.SPEAKER}, [("KAIST", "Professor")]),
      "Lee Jae-jin": ({Role.SPEAKER}, [("SK hynix", "Executive Director")])}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI and Chief Technology Officer Lena Voss "
     "of Arden Labs spoke.",
     {"Rhea Mills": ({Role.SPEAKER}, [("Crest AI", None)]),
      "Lena Voss": ({Role.SPEAKER}, [("Arden Labs", "Chief Technology Officer")])}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI and Vice President Lena Voss of Arden "
     "Labs spoke.",
     {"Rhea Mills": ({Role.SPEAKER}, [("Crest AI", None)]),
      "Lena Voss": ({Role.SPEAKER}, [("Arden Labs", "Vice President")])}),
    # ... and "and" after a body in capitals is no lower-case tail of its name ("SK hynix")
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Speakers included Rhea Mills of Crest AI and Director Lena "
     "Voss.", {"Rhea Mills": ({Role.SPEAKER}, [("Crest AI", None)]), "Lena Voss": ({Role.SPEAKER}, [(None, "Director")])}),
])
def test_a_list_item_with_a_title_of_words(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    # the subject's participle of saying before its quote: stating, emphasizing, urging … that "…"
    'The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI gave the keynote, stating that "chips '
    'are the foundation."',
    'The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI gave the keynote, emphasizing that "chips '
    'are the foundation."',
    'The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI gave the keynote, urging students to "fall '
    'in love with the problem."',
    # ... and "stated" after the quote
    'The Pine AI Forum opened on May 2 at Hanbit Hall. "Chips are the foundation," Rhea Mills of Crest AI stated.',
    # (guard, as before)
    'The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI gave the keynote, saying that "chips are '
    'the foundation."',
])
def test_participles_and_verbs_of_stating_a_quote(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-06-10", lang="en"))
    [p] = [p for p in x.people if p.name == "Rhea Mills"]
    assert Role.QUOTED in {r.role for r in p.roles} and len(p.quotes) == 1


@pytest.mark.parametrize("bio", [
    # a card's line of biography under its post: the next cards are still cards of the list
    "Rhea leads research on factory AI at Crest AI.",
    "Before joining Crest AI in 2019, Rhea spent ten years at a chipmaker, where she built its first vision team.",
])
def test_cards_with_a_line_of_biography(bio: str) -> None:
    text = ("The Pine AI Forum opened on May 2 at Hanbit Hall.\n\nMeet the speakers\n\nRhea Mills\nChief Technology "
            f"Officer, Crest AI\n{bio}\n\nLena Voss\nHead of Data, Arden Labs\n{bio}\n\nOmar Haddad\nProfessor, "
            "Hanbit University\n")
    assert _people(text) == {"Rhea Mills": ({Role.SPEAKER}, [("Crest AI", "Chief Technology Officer")]),
                             "Lena Voss": ({Role.SPEAKER}, [("Arden Labs", "Head of Data")]),
                             "Omar Haddad": ({Role.SPEAKER}, [("Hanbit University", "Professor")])}


def test_running_text_under_two_short_lines_is_no_card() -> None:
    # (guard, as before) a paragraph under a headline and a byline, with no header of a part above, names no card
    text = ("Robots take over Hanbit Hall\nBy Tom Fisher\nThe Pine AI Forum opened on May 2 at Hanbit Hall, where "
            "robot makers showed their latest arms.\n\nLena Voss\nHead of Data, Arden Labs\n")
    assert "Lena Voss" not in _people(text)


@pytest.mark.parametrize(("text", "role"), [
    # how one spoke in an aside, addressing the gathering, and the part one came to take
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI, speaking remotely, said pilots paid "
     "off.", Role.SPEAKER),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI, speaking via video link, said pilots "
     "paid off.", Role.SPEAKER),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI, addressing the forum, said pilots paid "
     "off.", Role.SPEAKER),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI dialled in from Tokyo to speak.",
     Role.SPEAKER),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI flew in from Paris to deliver the "
     "keynote.", Role.KEYNOTE),
    # (guards) addressing the press; staying on for interviews
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI, addressing reporters later, said "
     "pilots paid off.", None),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Crest AI stayed on to give interviews.", None),
])
def test_how_one_spoke_and_what_one_came_to_do(text: str, role: Role | None) -> None:
    roles = _people(text).get("Rhea Mills", (set(), []))[0]
    assert roles == ({role} if role else set())


@pytest.mark.parametrize(("text", "mentions"), [
    # a surname that closes a body's or a place's name is no mention of the person of that surname
    ("The Pine AI Hackathon was held May 16 at Hanbit Hall, hosted by the Gyeongbuk Techno Park. Park Ji-hoon of Bolt "
     "Labs spoke.", 1),
    ("Park Ji-hoon of Bolt Labs spoke at the Pine AI Forum, held May 16 at the Seoul Olympic Park.", 1),
    # one capitalised word before it, a place's own (not a title's head, an honorific or a post in capitals)
    ("Park Ji-hoon of Bolt Labs spoke at the Pine AI Forum, held May 16 at Olympic Park.", 1),
    ("Park Ji-hoon of Bolt Labs gave the Pine AI Lecture on May 16 in the university's Engineering Park.", 1),
    # (guards, as before) one title's head, one post in capitals, one word opening a line
    ("Park Ji-hoon of Bolt Labs spoke at the Pine AI Forum on May 16. Chairman Park later said it went well.", 2),
    ("Park Ji-hoon of Bolt Labs spoke at the Pine AI Forum on May 16. Its host, DPM Park, later said it went well.", 2),
    ("Park Ji-hoon of Bolt Labs spoke at the Pine AI Forum on May 16.\nMeanwhile Park said it went well.", 2),
    # (guards, as before) after titles, an honorific or a sentence's start it is one
    ("Park Ji-hoon of Bolt Labs spoke at the Pine AI Forum on May 16. First Vice Minister Park later said it went well.",
     2),
    ('Park Ji-hoon of Bolt Labs spoke at the Pine AI Forum on May 16. "It went well," Park said. Then Park left.', 3),
])
def test_a_surname_closing_a_bodys_name(text: str, mentions: int) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-06-10", lang="en"))
    [p] = [p for p in x.people if p.name == "Park Ji-hoon"]
    assert len(p.mentions) == mentions
    assert Role.HOST_REP not in {r.role for r in p.roles}


@pytest.mark.parametrize(("text", "roles"), [
    # another edition opening the sentence as its subject: every part the sentence names is that edition's
    ("The Pine AI Summit opened on June 3 at Hanbit Hall. Last year's summit featured Intel CEO Lena Voss as its "
     "keynote speaker.", set()),
    ("The Pine AI Summit opened on June 3 at Hanbit Hall. The previous edition featured Lena Voss of Arden Labs as "
     "moderator.", set()),
    # (guards, as before) this edition's part; another edition named after the cue
    ("The Pine AI Summit opened on June 3 at Hanbit Hall. This year's summit featured Lena Voss of Arden Labs as its "
     "keynote speaker.", {Role.KEYNOTE}),
    ("The Pine AI Summit opened on June 3 at Hanbit Hall. Lena Voss of Arden Labs, who spoke at last year's summit, "
     "moderated this year.", {Role.MODERATOR}),
])
def test_another_edition_as_the_sentences_subject(text: str, roles: set) -> None:
    assert _people(text)["Lena Voss"][0] == roles


@pytest.mark.parametrize(("text", "expected"), [
    # one's own lessons or findings described, recounted
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Sam Ortiz of Vela Robotics described lessons from 40 "
     "deployments.", {"Sam Ortiz": {Role.SPEAKER}}),
    # (a guard: so before, by "recounted")
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Sam Ortiz of Vela Robotics recounted hard-won experiences "
     "with welding robots.", {"Sam Ortiz": {Role.SPEAKER}}),
    # questions taken from the audience, then the one moderating after a comma: each has their part
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Tom Fisher (Crest AI) and Ana Kim (Hanbit University) took "
     "questions from the audience, with Sam Ortiz moderating.",
     {"Tom Fisher": {Role.SPEAKER}, "Ana Kim": {Role.SPEAKER}, "Sam Ortiz": {Role.MODERATOR}}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Tom Fisher (Crest AI) and Ana Kim (Hanbit University) took "
     "questions from the audience, with Sam Ortiz of Vela Robotics in the chair.",
     {"Tom Fisher": {Role.SPEAKER}, "Ana Kim": {Role.SPEAKER}, "Sam Ortiz": {Role.MODERATOR}}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. A panel brought together Tom Fisher of Crest AI and Ana Kim "
     "of Hanbit University, with Professor Sam Ortiz in the chair.",
     {"Tom Fisher": {Role.PANELIST}, "Ana Kim": {Role.PANELIST}, "Sam Ortiz": {Role.MODERATOR}}),
    # (guard, as before) a talk from the one named right after "from"
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The day closed with a keynote from Sam Ortiz of Vela "
     "Robotics.", {"Sam Ortiz": {Role.KEYNOTE}}),
])
def test_lessons_described_and_a_chair_after_the_comma(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "role"), [
    # a session opened with what one brought to it is its first talk
    ("The Pine AI Forum opened on May 2 at Hanbit Hall, hosted by the Crest Institute. Rhea Mills of Arden Labs opened "
     "the session with a frank account of a failed pilot.", Role.SPEAKER),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall, hosted by the Crest Institute. Rhea Mills of Arden Labs kicked "
     "off the afternoon session with a case study.", Role.SPEAKER),
    # (guard, as before) the gathering opened by one of its host
    ("The Pine AI Forum opened on May 2 at Hanbit Hall, hosted by the Crest Institute. Rhea Mills of the Crest "
     "Institute opened the forum with a welcome speech.", Role.HOST_REP),
])
def test_a_session_opened_with_a_talk(text: str, role: Role) -> None:
    assert _people(text)["Rhea Mills"][0] == {role}


@pytest.mark.parametrize(("text", "roles"), [
    # one of several sponsors or co-hosts
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Crest AI was among the sponsors.",
     {"sponsors": ["Crest AI"]}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Crest AI and Vela Robotics were among the forum's sponsors.",
     {"sponsors": ["Crest AI", "Vela Robotics"]}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Crest AI was one of the co-hosts.",
     {"co_organizers": ["Crest AI"]}),
    # the holder after a fronted participle's clause and its comma
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Hosting the forum for the third time, the Pine Institute drew "
     "500 guests.", {"organizers": ["Pine Institute"]}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Sponsoring this year's forum, Crest AI brought 20 engineers.",
     {"sponsors": ["Crest AI"]}),
    # (guards, as before) the copula after the fronted participle; exhibitors are no sponsors
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Hosting the forum were the Pine Institute and Crest AI.",
     {"organizers": ["Pine Institute", "Crest AI"]}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Crest AI was among the exhibitors.", {}),
])
def test_one_of_several_holders_and_a_fronted_participle(text: str, roles: dict) -> None:
    _e, orgs = _event(text)
    assert {k: v for k, v in orgs.items() if v} == roles


@pytest.mark.parametrize(("text", "expected"), [
    # names, then their bodies with no comma before "of", and "respectively": each with the body in its place
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Keynotes were delivered by Rhea Mills and Tom Fisher of Crest "
     "AI and Vela Robotics, respectively.",
     {"Rhea Mills": ({Role.KEYNOTE}, [("Crest AI", None)]), "Tom Fisher": ({Role.KEYNOTE}, [("Vela Robotics", None)])}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills, Tom Fisher and Ana Kim of Crest AI, Vela Robotics "
     "and Orbis respectively spoke.",
     {"Rhea Mills": ({Role.SPEAKER}, [("Crest AI", None)]), "Tom Fisher": ({Role.SPEAKER}, [("Vela Robotics", None)]),
      "Ana Kim": ({Role.SPEAKER}, [("Orbis", None)])}),
    # (guard, as before) no "respectively": one body for both
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills and Tom Fisher of Crest AI spoke.",
     {"Rhea Mills": ({Role.SPEAKER}, [("Crest AI", None)]), "Tom Fisher": ({Role.SPEAKER}, [("Crest AI", None)])}),
])
def test_bodies_respectively_with_no_comma(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # those who joined a part on stage, after its name and the copula
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Joining the discussion were Rhea Mills (Crest AI) and Tom "
     "Fisher (Vela Robotics).", {"Rhea Mills": {Role.PANELIST}, "Tom Fisher": {Role.PANELIST}}),
    # (guards, as before) with a body after each name; joining a body is no part
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Joining the panel were Rhea Mills of Crest AI and Tom Fisher "
     "of Vela Robotics.", {"Rhea Mills": {Role.PANELIST}, "Tom Fisher": {Role.PANELIST}}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Joining the company were Rhea Mills and Tom Fisher.", {}),
])
def test_joining_a_part_on_stage(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "role"), [
    # a fronted participle of a part, its clause closed by a comma before the subject: the subject's part
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Moderating the panel, Rhea Mills of Crest AI asked about "
     "skills.", Role.MODERATOR),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Leading the discussion, Rhea Mills of Crest AI asked about "
     "skills.", Role.MODERATOR),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Kicking off the day, Rhea Mills of Crest AI said data "
     "matters.", Role.SPEAKER),
    # (guard, as before) speaking there
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Speaking at the forum, Rhea Mills of Crest AI said data "
     "matters.", Role.SPEAKER),
])
def test_a_fronted_participle_and_its_comma(text: str, role: Role) -> None:
    assert _people(text)["Rhea Mills"][0] == {role}


@pytest.mark.parametrize(("text", "edition"), [
    # the edition's ordinal inside the event's own name, the name followed by "on" and a day
    ("The Pine Institute held the 3rd Pine AI Forum on May 2 at Hanbit Hall. Rhea Mills of Crest AI spoke.", 3),
    ("Participants came to the 5th Crest Power Forum on Thursday at Hanbit Hall. Rhea Mills of Crest AI spoke.", 5),
    # (guards, as before) another event's ordinal; the ordinal before "The"
    ("The Pine AI Forum was held on May 2 at Hanbit Hall. The 3rd Crest Robot Expo follows on June 4.", None),
    ("The 3rd Pine AI Forum was held on May 2 at Hanbit Hall. Rhea Mills of Crest AI spoke.", 3),
])
def test_an_ordinal_inside_the_events_own_name(text: str, edition: int | None) -> None:
    e, _orgs = _event(text, "2026-06-10")
    assert e.edition == edition


@pytest.mark.parametrize(("text", "sponsors"), [
    # the sponsors fronted before the gathering, their participle capitalised
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Sponsored by Crest AI and Vela Robotics, the forum drew 500 "
     "people.", ["Crest AI", "Vela Robotics"]),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Supported by Crest AI, the forum drew 500 people.", ["Crest AI"]),
    # (guard, as before)
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The forum was sponsored by Crest AI.", ["Crest AI"]),
])
def test_sponsors_fronted_before_the_gathering(text: str, sponsors: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs["sponsors"] == sponsors


@pytest.mark.parametrize(("text", "venue"), [
    # a hall's or a room's letter at a sentence's end is no initial of the name that opens the next sentence
    ("The Pine AI Forum took place on May 2 at the Hanbit Convention Center's Hall B. Rhea Mills of Crest AI spoke.",
     "Hanbit Convention Center's Hall B"),
    ("The Pine AI Forum took place on May 2 in Room C. Rhea Mills of Crest AI spoke.", "Room C"),
    # (guard, as before) a middle initial inside a name
    ("The Pine AI Forum took place on May 2 at the John F. Kennedy Center. Rhea Mills of Crest AI spoke.",
     "John F. Kennedy Center"),
])
def test_a_halls_letter_before_a_name(text: str, venue: str) -> None:
    e, _orgs = _event(text, "2026-06-10")
    assert e.venue == venue
    assert "Rhea Mills" in _people(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a titled person and the clause they open before a list item's comma: no title of the next name
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. A panel moderated by Lake Times editor Ana Vale featured Rhea "
     "Mills of Crest AI, Tom Fisher of Vela Robotics and Jin Park of Orbis.",
     {"Rhea Mills": [("Crest AI", None)], "Tom Fisher": [("Vela Robotics", None)]}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The session chaired by Crest AI CTO Ana Vale included Rhea "
     "Mills of Lake Corp, Tom Fisher of Vela Robotics and Jin Park of Orbis.",
     {"Rhea Mills": [("Lake Corp", None)], "Tom Fisher": [("Vela Robotics", None)]}),
    # (guard, as before) a title of a body before the comma
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The keynote came from the president of Lake University, Tom "
     "Fisher.", {"Tom Fisher": [("Lake University", "president")]}),
])
def test_a_person_and_their_clause_before_a_comma(text: str, expected: dict) -> None:
    people = _people(text)
    assert {n: people[n][1] for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # those a host welcomed or greeted were there; the welcome was the host's
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Professor Ana Vale welcomed Rhea Mills of Lake Corp and Tom "
     "Fisher of Vela Robotics.", {"Ana Vale": {Role.HOST_REP}, "Rhea Mills": {Role.ATTENDEE},
                                  "Tom Fisher": {Role.ATTENDEE}}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Ana Vale, the forum's chair, welcomed guests including Rhea "
     "Mills of Lake Corp.", {"Ana Vale": {Role.HOST_REP}, "Rhea Mills": {Role.ATTENDEE}}),
    # a list's last item with no body, and names with none at all
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Professor Ana Vale welcomed Rhea Mills of Lake Corp, Tom "
     "Fisher of Vela Robotics and Jin Park.", {"Ana Vale": {Role.HOST_REP}, "Rhea Mills": {Role.ATTENDEE},
                                               "Tom Fisher": {Role.ATTENDEE}, "Jin Park": {Role.ATTENDEE}}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The chair, Ana Vale, welcomed Rhea Mills and Tom Fisher.",
     {"Ana Vale": {Role.HOST_REP}, "Rhea Mills": {Role.ATTENDEE}, "Tom Fisher": {Role.ATTENDEE}}),
    # (guard, as before) a welcome given by someone
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Welcoming remarks were given by Rhea Mills of Lake Corp.",
     {"Rhea Mills": {Role.HOST_REP}}),
])
def test_those_a_host_welcomed(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "roles"), [
    # a day written before its month ends a body's name as "on May 3" does
    ("The Pine AI Workshop was convened by the Lake Society of Automation on 3 March at Hanbit Hall.",
     {"organizers": ["Lake Society of Automation"], "co_organizers": [], "sponsors": []}),
    ("The Pine AI Workshop was hosted by the Pine Institute on 21st March at Hanbit Hall, sponsored by Crest AI.",
     {"organizers": ["Pine Institute"], "co_organizers": [], "sponsors": ["Crest AI"]}),
    # (guard, as before) the month first
    ("The Pine AI Workshop was hosted by the Pine Institute on March 3 at Hanbit Hall.",
     {"organizers": ["Pine Institute"], "co_organizers": [], "sponsors": []}),
])
def test_a_day_before_its_month_ends_a_bodys_name(text: str, roles: dict) -> None:
    e, orgs = _event(text, "2026-06-10")
    assert orgs == roles
    assert e.start == ("2026-03-21" if "21st" in text else "2026-03-03")


@pytest.mark.parametrize(("text", "expected"), [
    # a programme's item that one person leads, by its label: a workshop, a tutorial, a demo
    ("The Pine AI Forum opened on May 2 at Hanbit Hall.\n9:30 Welcome – Ana Vale, CEO, Crest AI\n"
     "13:30 Workshop: Building a vision model – Rhea Mills, Lake Corp\n",
     {"Ana Vale": ({Role.HOST_REP}, None), "Rhea Mills": ({Role.SPEAKER}, "Building a vision model")}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall.\n10:00 Tutorial: Edge AI on a budget – Tom Fisher (Vela)\n"
     "11:00 Demo: A robot that sorts – Jin Park (Orbis)\n",
     {"Tom Fisher": ({Role.SPEAKER}, "Edge AI on a budget"), "Jin Park": ({Role.SPEAKER}, "A robot that sorts")}),
    # (guard, as before) a talk
    ("The Pine AI Forum opened on May 2 at Hanbit Hall.\n13:30 Talk: Building a vision model – Rhea Mills, Lake Corp\n",
     {"Rhea Mills": ({Role.SPEAKER}, "Building a vision model")}),
])
def test_programme_items_one_person_leads(text: str, expected: dict) -> None:
    assert _parts_and_talks(text, "2026-06-10") == expected


@pytest.mark.parametrize("text", [
    # the minutes of a programme's time are no part of an event's name
    "9:30 Welcome – Ana Vale, CEO, Crest AI\n13:30 Workshop: Building a vision model – Rhea Mills, Lake Corp\n",
    "09.00 Opening – Ana Vale, CEO, Crest AI\n10.30 Seminar: Vision models – Rhea Mills, Lake Corp\n",
])
def test_a_times_minutes_name_no_event(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-06-10", lang="en"))
    assert [e.name for e in x.events if e.name and e.name[:1].isdigit()] == []


@pytest.mark.parametrize(("text", "expected"), [
    # two put on stage together: paired with, pitted against
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The fireside chat paired Tom Reed of Nvidia with journalist "
     "Ana Vale.", {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The closing session paired Crest AI's Tom Reed with Ana Vale "
     "of Lake Corp.", {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. A lively debate pitted Tom Reed of Nvidia against Ana Vale "
     "of Lake Corp.", {"Tom Reed": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}),
    # (guard, as before) a programme pairing others, said by its director
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. The programme paired startups with mentors, said Ana Vale, "
     "its director.", {"Ana Vale": {Role.OTHER}}),
])
def test_two_put_on_stage_together(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list's next item owned with a plural's possessive: the first name is in the list, before the verb
    ("The Pine AI Forum opens on May 2 at Hanbit Hall. Lake Corp's Rhea Mills and Vela Robotics' Tom Fisher are "
     "among the featured speakers.", {"Rhea Mills": [("Lake Corp", None)], "Tom Fisher": [("Vela Robotics", None)]}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Crest AI's Rhea Mills and Pine Systems' Tom Fisher spoke.",
     {"Rhea Mills": [("Crest AI", None)], "Tom Fisher": [("Pine Systems", None)]}),
    # (guard, as before) a singular possessive
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Crest AI's Rhea Mills and Vela's Tom Fisher spoke.",
     {"Rhea Mills": [("Crest AI", None)], "Tom Fisher": [("Vela", None)]}),
])
def test_a_list_item_owned_by_a_plural(text: str, expected: dict) -> None:
    people = _people(text)
    assert {n: a for n, (_r, a) in people.items()} == expected
    assert all(r == {Role.SPEAKER} for r, _a in people.values())


@pytest.mark.parametrize(("text", "expected"), [
    # ahead of the event: what an audience will hear, and who will join a named speaker on stage
    ("The Pine AI Forum opens on May 2 at Hanbit Hall. Attendees will hear from Rhea Mills of Lake Corp.",
     {"Rhea Mills": {Role.SPEAKER}}),
    ("The Pine AI Forum opens on May 2 at Hanbit Hall. Delegates will also hear from Rhea Mills of Lake Corp and Tom "
     "Fisher.", {"Rhea Mills": {Role.SPEAKER}, "Tom Fisher": {Role.SPEAKER}}),
    ("The Pine AI Forum opens on May 2 at Hanbit Hall. Joining Rhea Mills of Lake Corp on the panel will be Tom "
     "Fisher of Vela Robotics.", {"Rhea Mills": {Role.PANELIST}, "Tom Fisher": {Role.PANELIST}}),
    ("The Pine AI Forum opens on May 2 at Hanbit Hall. Joining her on stage will be Tom Fisher of Vela Robotics.",
     {"Tom Fisher": {Role.SPEAKER}}),
    # (guards, as before) the past; joining a body is no part
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Joining her on stage was Tom Fisher of Vela Robotics.",
     {"Tom Fisher": {Role.SPEAKER}}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Joining Lake Corp last year was Tom Fisher.", {}),
])
def test_ahead_of_the_event_hear_and_join(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an announcement's labelled lines report an event it never names; the place's line names no person
    ("Event details\nDate: October 7, 2026\nVenue: Lake Convention Center, Busan\nOrganizer: Pine Institute\n"
     "Sponsors: Crest AI, Vela Robotics\n\nProgram\n10:20 Keynote – Rhea Mills, CTO, Lake Corp\n",
     ("2026-10-07", "Lake Convention Center", ["Pine Institute"], ["Crest AI", "Vela Robotics"])),
    ("When: Thursday, Oct. 8, 2026\nWhere: Hanbit Hall, Pine University\nOrganizers: Pine Institute\n\n"
     "Speakers include Rhea Mills of Lake Corp.",
     ("2026-10-08", "Hanbit Hall, Pine University", ["Pine Institute"], [])),
])
def test_an_announcements_box_of_an_unnamed_event(text: str, expected: tuple) -> None:
    e, orgs = _event(text, "2026-09-30")
    assert (e.start, e.venue, orgs["organizers"], orgs["sponsors"]) == expected
    assert set(_people(text)) == {"Rhea Mills"}


@pytest.mark.parametrize(("text", "expected"), [
    # a body with its head named in parentheses after it, as Korean releases write it in English: the head of that
    # body; the body's verb is no part of its head's, a later sentence's is
    ("Hanbit Daon (CEO Kim Ji-min) took part in the Smart Factory Expo 2026 held at COEX on Oct. 1. At the expo, CEO "
     "Kim presented the company's vision system in a seminar session.",
     {"Kim Ji-min": ({Role.SPEAKER}, [("Hanbit Daon", "CEO")])}),
    ("Lake Corp (CEO Rhea Mills) took part in the Smart Factory Expo 2026 held at COEX on Oct. 1.",
     {"Rhea Mills": (set(), [("Lake Corp", "CEO")])}),
    ("Daon Tech (CEO Han Ji-min) exhibited at the Smart Factory Expo 2026 held at COEX on Oct. 1.",
     {"Han Ji-min": (set(), [("Daon Tech", "CEO")])}),
    # (guard, as before) an association's chairman in its parentheses, the association hosting
    ("The Pine AI Association (Chairman Seo Dong-hoon) hosted the Pine AI Summit at COEX on Oct. 1.",
     {"Seo Dong-hoon": ({Role.HOST_REP}, [("Pine AI Association", "Chairman")])}),
])
def test_a_companys_head_named_in_its_parentheses(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence opened by another year than the report's sets every part in it at another edition
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Lake Corp gave the keynote. Last year, Tom "
     "Fisher of Vela Robotics keynoted the Lake Robot Summit.", {"Rhea Mills": {Role.KEYNOTE}, "Tom Fisher": set()}),
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Rhea Mills of Lake Corp gave the keynote. A year ago, Tom "
     "Fisher of Vela Robotics moderated its panel.", {"Rhea Mills": {Role.KEYNOTE}, "Tom Fisher": set()}),
    # (guard, as before) another year inside the sentence, no opener
    ("The Pine AI Forum opened on May 2 at Hanbit Hall. Tom Fisher of Vela Robotics, who founded the company last "
     "year, gave the keynote.", {"Tom Fisher": {Role.KEYNOTE}}),
])
def test_a_sentence_opened_by_another_year(text: str, expected: dict) -> None:
    people = _people(text)
    assert {n: people[n][0] for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of a participle after "with" or a comma: the participle says the part as its past tense would
    ("The Pine AI Forum opened on Tuesday, with Ana Vale delivering the keynote.", {"Ana Vale": {Role.KEYNOTE}}),
    ("The Pine AI Forum opened on Tuesday with Ana Vale giving the keynote and Tom Reed moderating.",
     {"Ana Vale": {Role.KEYNOTE}, "Tom Reed": {Role.MODERATOR}}),
    ("The Pine AI Forum opened on Tuesday, with Ana Vale speaking on welding robots.", {"Ana Vale": {Role.SPEAKER}}),
    ("The Pine AI Forum opened on Tuesday, with Ana Vale of Lake Corp talking about welding robots.",
     {"Ana Vale": {Role.SPEAKER}}),
    ("The Pine AI Forum opened on Tuesday, with Ana Vale making the opening remarks.", {"Ana Vale": {Role.HOST_REP}}),
    ("The Pine AI Forum opened on Tuesday, with Ana Vale serving as moderator.", {"Ana Vale": {Role.MODERATOR}}),
    # (guards, as before) the past tense; a participle after a comma
    ("The Pine AI Forum opened on Tuesday. Ana Vale delivered the keynote.", {"Ana Vale": {Role.KEYNOTE}}),
    ("The Pine AI Forum opened on Tuesday. Ana Vale, speaking on welding robots, said data matters.",
     {"Ana Vale": {Role.SPEAKER}}),
    # speaking aside from the programme is no talk: one who was there
    ("The Pine AI Forum opened on Tuesday. Ana Vale speaking on the sidelines of the forum said prices would fall.",
     {"Ana Vale": {Role.ATTENDEE}}),
])
def test_the_subject_of_a_participle_after_with(text: str, expected: dict) -> None:
    assert {name: roles for name, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a prize set off by commas after a name describes the person; the verb after it says the part
    ("The Pine AI Forum opened on Tuesday. Yoshua Bengio, the Turing Award winner, delivered the keynote.",
     {Role.KEYNOTE}),
    # (guards, as before) a prize of another name; an indefinite laureate; the event's own award with no part after it
    ("The Pine AI Forum opened on Tuesday. Ana Vale, the 2023 Lake Prize recipient, moderated the panel.",
     {Role.MODERATOR}),
    ("The Pine AI Forum opened on Tuesday. Ana Vale, a Turing Award winner, delivered the keynote.", {Role.KEYNOTE}),
    ("The Pine AI Forum opened on Tuesday. The Innovator Award winner, Ana Vale of Lake Corp, thanked the judges.",
     {Role.OTHER}),
])
def test_a_prize_that_describes_the_speaker(text: str, expected: set) -> None:
    name = "Yoshua Bengio" if "Bengio" in text else "Ana Vale"
    assert _people(text)[name][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name's particle in lower case (el, ben) between its capitalised words
    ("The Pine AI Forum opened on Monday. The session was moderated by Rana el Kaliouby, co-founder of Lake AI.",
     {"Rana el Kaliouby": ({Role.MODERATOR}, [("Lake AI", "co-founder")])}),
    ("The Pine AI Forum opened on Monday. The keynote was given by Tal ben Haim of Bolt Labs.",
     {"Tal ben Haim": ({Role.KEYNOTE}, [("Bolt Labs", None)])}),
    # the next name's honorific after a comma is no body of the name before it
    ("The Pine AI Forum opened on Monday. Among the panelists were Dr. Ana Vale, Prof. Tom Reed and Dr. Mia Holt.",
     {"Ana Vale": ({Role.PANELIST}, []), "Tom Reed": ({Role.PANELIST}, []), "Mia Holt": ({Role.PANELIST}, [])}),
    ("The Pine AI Forum opened on Monday. Panelists were Ana Vale, Dr. Tom Reed and Mia Holt.",
     {"Ana Vale": ({Role.PANELIST}, []), "Tom Reed": ({Role.PANELIST}, []), "Mia Holt": ({Role.PANELIST}, [])}),
    # a generation's suffix or a middle initial in an earlier item keeps the items after it in the list
    ("The Pine AI Forum opened on Monday. Speakers included John Smith Jr., chief executive of Apex Robotics; Ana "
     "Vale of Lake Corp; and Zhang Wei.",
     {"John Smith Jr.": ({Role.SPEAKER}, [("Apex Robotics", "chief executive")]),
      "Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)]), "Zhang Wei": ({Role.SPEAKER}, [])}),
    ("The Pine AI Forum opened on Monday. Speakers included John D. Smith Jr., chief executive of Apex Robotics; "
     "Ana Vale, Lake Corp; and Zhang Wei.",
     {"John D. Smith Jr.": ({Role.SPEAKER}, [("Apex Robotics", "chief executive")]),
      "Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)]), "Zhang Wei": ({Role.SPEAKER}, [])}),
    # (a guard, as before) no suffix
    ("The Pine AI Forum opened on Monday. Speakers included John Smith, chief executive of Apex Robotics; Ana Vale "
     "of Lake Corp; and Zhang Wei.",
     {"John Smith": ({Role.SPEAKER}, [("Apex Robotics", "chief executive")]),
      "Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)]), "Zhang Wei": ({Role.SPEAKER}, [])}),
])
def test_names_with_particles_honorifics_and_suffixes_in_lists(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a caption's list after "Pictured (l-r):" or "Pictured:": the people pictured, with a body after each comma
    ("The Pine AI Forum was held on Monday.\n\nPictured (l-r): Ana Vale, Tom Reed and Mia Holt.",
     {"Ana Vale": ({Role.ATTENDEE}, []), "Tom Reed": ({Role.ATTENDEE}, []), "Mia Holt": ({Role.ATTENDEE}, [])}),
    ("The Pine AI Forum was held on Monday.\n\nPictured (l-r): Ana Vale, Crest; Tom Reed, Bolt; Mia Holt, Lake.",
     {"Ana Vale": ({Role.ATTENDEE}, [("Crest", None)]), "Tom Reed": ({Role.ATTENDEE}, [("Bolt", None)]),
      "Mia Holt": ({Role.ATTENDEE}, [("Lake", None)])}),
    # an acronym closing the words after a listed name's comma names a body, not the next person
    ("The Pine AI Forum was held on Monday. Speakers included Ana Vale, Lake Corp, and Mia Holt, Crest AI.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)]), "Mia Holt": ({Role.SPEAKER}, [("Crest AI", None)])}),
    # (guards, as before) "Pictured:" before a list parted by semicolons; a body known by its first word in the middle
    # of a list; a caption "(From left)" before names
    ("The Pine AI Forum was held on Monday.\n\nPictured: Ana Vale, Crest AI; Tom Reed, Bolt; and Mia Holt, Lake.",
     {"Ana Vale": ({Role.ATTENDEE}, [("Crest AI", None)]), "Tom Reed": ({Role.ATTENDEE}, [("Bolt", None)]),
      "Mia Holt": ({Role.ATTENDEE}, [("Lake", None)])}),
    ("The Pine AI Forum was held on Monday. Speakers included Mia Holt, Fraunhofer IPA, and Ana Vale, Lake Corp.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Corp", None)]), "Mia Holt": ({Role.SPEAKER}, [("Fraunhofer IPA", None)])}),
    ("The Pine AI Forum was held on Monday.\n\n(From left) Ana Vale, Tom Reed and Mia Holt pose during the forum.",
     {"Ana Vale": ({Role.ATTENDEE}, []), "Tom Reed": ({Role.ATTENDEE}, []), "Mia Holt": ({Role.ATTENDEE}, [])}),
])
def test_caption_lists_and_bodies_closed_by_an_acronym(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "people", "organizers"), [
    # a person's name after "organized by", with the person's body or post after it: a person who holds the event
    ("The Pine AI Workshop took place on Friday. The workshop was organized by Ana Vale of Bolt.",
     {"Ana Vale": ({Role.HOST_REP}, [("Bolt", None)])}, []),
    ("The Pine AI Forum took place on Monday. The afternoon session was organized by Priya Raman of Crest Digital.",
     {"Priya Raman": ({Role.MODERATOR}, [("Crest Digital", None)])}, []),
    # (guards, as before) a post after the name's comma; two capitalised words with nothing of a person after them
    # are a body
    ("The Pine AI Workshop took place on Friday. It was organised by Ana Vale, a professor at Hanbit University.",
     {"Ana Vale": ({Role.HOST_REP}, [("Hanbit University", "professor")])}, []),
    ("The Pine AI Forum took place on Monday at the Lake Expo, organised by Ridge Messe.", {}, ["Ridge Messe"]),
    ("The Pine AI Forum took place on Monday. It was organized by Ridge Messe, which runs 40 fairs a year.",
     {}, ["Ridge Messe"]),
])
def test_a_person_who_organized_the_event(text: str, people: dict, organizers: list) -> None:
    assert _people(text) == people
    assert _event(text)[1]["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # "also of" a body after the name's comma: the person's body
    ("The Pine AI Forum opened on Monday. Ana Vale of Bolt Labs spoke first. Tom Reed, also of Bolt Labs, followed.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)]), "Tom Reed": ({Role.SPEAKER}, [("Bolt Labs", None)])}),
    ("The Pine AI Forum opened on Monday. Ana Vale of Crest spoke first. Tom Reed, also from Crest, followed.",
     {"Ana Vale": ({Role.SPEAKER}, [("Crest", None)]), "Tom Reed": ({Role.SPEAKER}, [("Crest", None)])}),
    # the one who followed, named after a pronoun and a relation to the one before
    ("The Pine AI Forum opened on Monday. Ana Vale of Bolt Labs spoke first, followed by her colleague Tom Reed.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)]), "Tom Reed": ({Role.SPEAKER}, [])}),
    ("The Pine AI Forum opened on Monday. Ana Vale of Bolt Labs spoke first, followed by his longtime deputy Tom Reed.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)]), "Tom Reed": ({Role.SPEAKER}, [])}),
    # (a guard, as before) the name right after "followed by"
    ("The Pine AI Forum opened on Monday. Ana Vale of Bolt Labs spoke first, followed by Tom Reed.",
     {"Ana Vale": ({Role.SPEAKER}, [("Bolt Labs", None)]), "Tom Reed": ({Role.SPEAKER}, [])}),
])
def test_also_of_a_body_and_a_colleague_who_followed(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a post of the event's own in lower case, then "and" and a head of a body "of" it: the body is the
    # organization, the joiner no part of the title
    ("The awards were presented by Ana Vale, chair of the judging panel and CTO of Lake Robotics.",
     {"Ana Vale": ({Role.OTHER}, [("Lake Robotics", "chair of the judging panel and CTO")])}),
    # (a guard: so before, by another branch)
    ("The Lake AI Forum was held on Monday. Tom Reed, head of the program committee and president of Rock Systems, "
     "spoke first.", {"Tom Reed": ({Role.SPEAKER}, [("Rock Systems", "head of the program committee and president")])}),
])
def test_a_lower_case_post_and_a_head_of_a_body(text: str, expected: dict) -> None:
    found = _people(text)
    assert {n: found[n] for n in expected if n in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company named for its field ("… Engineering", "… Construction"), then a title its rank opens
    ("HD Korea Shipbuilding & Offshore Engineering Vice Chairman Chung Ki-sun gave the keynote.",
     {"Chung Ki-sun": ({Role.KEYNOTE}, [("HD Korea Shipbuilding & Offshore Engineering", "Vice Chairman")])}),
    # (a guard: so before, "Construction" being no title's word)
    ("The Lake AI Forum was held on Monday. Daon Construction Executive Vice President Ana Vale spoke first.",
     {"Ana Vale": ({Role.SPEAKER}, [("Daon Construction", "Executive Vice President")])}),
    # (guards: a field before a head with no rank, and a scope before a rank, stay the title's)
    ("Acme Engineering Director Tom Reed gave the keynote.", {"Tom Reed": ({Role.KEYNOTE}, [("Acme", "Engineering Director")])}),
    ("Ford Motor Global Vice President Ana Vale gave the keynote.",
     {"Ana Vale": ({Role.KEYNOTE}, [("Ford Motor", "Global Vice President")])}),
])
def test_a_company_named_for_its_field_before_a_ranked_title(text: str, expected: dict) -> None:
    found = _people(text)
    assert {n: found[n] for n in expected if n in found} == expected


@pytest.mark.parametrize(("text", "expected", "organizers"), [
    # an organizer named like a person who speaks is a person, the event's own, not a body that holds it
    ("The Pine AI Workshop took place on Friday. Organizer Ana Vale said it would return next year.",
     {"Ana Vale": ({Role.HOST_REP}, [(None, "Organizer")])}, []),
    ("The Pine AI Workshop took place on Friday. Workshop organizer Ana Vale said it would return next year.",
     {"Ana Vale": ({Role.HOST_REP}, [(None, "Workshop organizer")])}, []),
    ("The Pine AI Workshop took place on Friday. \"We doubled our attendance,\" organizer Ana Vale said.",
     {"Ana Vale": ({Role.HOST_REP, Role.QUOTED}, [(None, "organizer")])}, []),
    # (guards: a body by its place word or a well-known one stays the organizer)
    ("The Pine AI Workshop took place on Friday. Organizer Messe Frankfurt said it would return next year.", {},
     ["Messe Frankfurt"]),
    ("The Pine AI Workshop took place on Friday. Co-organizer Lockheed Martin said it would return next year.", {},
     ["Lockheed Martin"]),
    # ... and a body by a word of the companies that run trade shows
    ("The Pine AI Workshop took place on Friday. Organizer Informa Markets said it would return next year.", {},
     ["Informa Markets"]),
    ("The Pine AI Workshop took place on Friday. Organizer Messe Muenchen said it would return next year.", {},
     ["Messe Muenchen"]),
])
def test_an_organizer_named_like_a_person_who_speaks(text: str, expected: dict, organizers: list[str]) -> None:
    assert _people(text) == expected
    e, orgs = _event(text)
    assert orgs["organizers"] + orgs["co_organizers"] == organizers


@pytest.mark.parametrize(("text", "role", "bodies"), [
    # a body's name with a place after "in", then the list's next item: one body, as written, not also its
    # name cut before "in"
    ("The Lake AI Dialogue was held on the 24th, co-organized by the American Chamber of Commerce in Korea and the "
     "Hanbit Chamber of Commerce and Industry.", "co_organizers",
     ["American Chamber of Commerce in Korea", "Hanbit Chamber of Commerce and Industry"]),
    # (a guard: "organized by" reads the list once, so before)
    ("The Lake AI Dialogue was held on the 24th, organized by the European Chamber of Commerce in Korea and Hanbit "
     "Labs.", "organizers", ["European Chamber of Commerce in Korea", "Hanbit Labs"]),
])
def test_a_listed_body_named_with_its_place(text: str, role: str, bodies: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs[role] == bodies


@pytest.mark.parametrize(("text", "role", "bodies"), [
    # the part noun fronted with "among", then its list
    ("The Lake AI Forum was held on Monday. Among the sponsors were Orbis Bank and Rock Systems.", "sponsors",
     ["Orbis Bank", "Rock Systems"]),
    ("The Lake AI Forum was held on Monday. Among this year's gold sponsors are Orbis Bank, Rock Systems and Hanbit "
     "Labs.", "sponsors", ["Orbis Bank", "Rock Systems", "Hanbit Labs"]),
    ("The Lake AI Forum was held on Monday. Among its co-hosts was the Ridge Institute.", "co_organizers",
     ["Ridge Institute"]),
    # (a guard: people among the speakers hold nothing)
    ("The Lake AI Forum was held on Monday. Among the speakers were Ana Vale of Orbis Bank and Tom Reed of Rock "
     "Systems.", "sponsors", []),
])
def test_the_part_noun_fronted_with_among(text: str, role: str, bodies: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs[role] == bodies


@pytest.mark.parametrize(("text", "name"), [
    # "Jun" is a Japanese given name too, before any surname; June's abbreviation has a day or a dot after it
    ("The Lake AI Forum was held on Monday. Executive Vice President Jun Abe gave the keynote.", "Jun Abe"),
    ("The Lake AI Forum was held on Monday. Jun Murai, a professor at Keio University, gave the keynote.", "Jun Murai"),
    # (a guard: the month before a day stays the month)
    ("The Lake AI Forum will be held Jun 12 at Lake Hall. Ana Vale, CEO of Lake Corp, will give the keynote.", "Ana Vale"),
])
def test_jun_is_a_given_name_before_a_surname(text: str, name: str) -> None:
    assert set(_people(text)) == {name}


@pytest.mark.parametrize(("text", "expected"), [
    # "Under Secretary" is one title ("under" a modifier before its head), no body named "Under"
    ("The Lake AI Dialogue was held on Monday. Vice Minister Han Ji-min gave opening remarks, followed by a keynote by "
     "Under Secretary of Commerce Tom Reed.",
     {"Han Ji-min": ({Role.HOST_REP}, [(None, "Vice Minister")]),
      "Tom Reed": ({Role.KEYNOTE}, [(None, "Under Secretary of Commerce")])}),
    ("The Lake AI Dialogue was held on Monday. The keynote was given by Under Secretary Tom Reed.",
     {"Tom Reed": ({Role.KEYNOTE}, [(None, "Under Secretary")])}),
])
def test_under_secretary_is_one_title(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "role"), [
    # a contest judged by a panel: its members judge, they sit on no discussion panel
    ("The Lake AI Forum closes Thursday with a hackathon judged by a panel that includes Ridge University professor "
     "Ana Vale.", Role.OTHER),
    # (guards, so before: a panel of judges; a panel that discusses)
    ("The Lake AI Forum was held on Monday. A panel of judges including Ana Vale of Rock Ventures picked the winners.",
     Role.OTHER),
    ("The Lake AI Forum was held on Monday. A panel that included Ana Vale of Rock Ventures discussed AI.",
     Role.PANELIST),
])
def test_a_panel_of_judges(text: str, role: Role) -> None:
    assert _people(text)["Ana Vale"][0] == {role}


@pytest.mark.parametrize("text", [
    # a programme line: the part's label, its title quoted or closed by a comma, then "with" and its people
    "Highlights of the Lake AI Forum:\n- Panel: \"Data Readiness\" with Ana Vale (Orbis Bank), Tom Reed (Rock Systems) "
    "and Mia Holt (Hanbit Labs)",
    "Highlights of the Lake AI Forum:\nPanel: Data readiness, with Ana Vale (Orbis Bank), Tom Reed (Rock Systems) and "
    "Mia Holt (Hanbit Labs)",
])
def test_a_programme_lines_title_then_with_its_people(text: str) -> None:
    assert _people(text) == {
        "Ana Vale": ({Role.PANELIST}, [("Orbis Bank", None)]), "Tom Reed": ({Role.PANELIST}, [("Rock Systems", None)]),
        "Mia Holt": ({Role.PANELIST}, [("Hanbit Labs", None)])}


@pytest.mark.parametrize(("text", "expected"), [
    # those named as sharing their insights or lessons spoke
    ("The Lake AI Forum was held on Monday. Among those sharing insights were Ana Vale of Orbis Bank and Tom Reed of "
     "Rock Systems.", {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank and Tom Reed of Rock Systems were also there, "
     "sharing lessons from their plants.", {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # one who attended, said in a relative clause after the name and its organization (one named by letters too)
    ("The Lake AI Forum was held on Monday. Ana Vale of TSMC, who attended the forum, said data was key.",
     {"Ana Vale": {Role.ATTENDEE}}),
    ("The Lake AI Forum was held on Monday. Ana Vale of ABB, who also attended, said data was key.",
     {"Ana Vale": {Role.ATTENDEE}}),
    # (guards, so before: a body's word in the organization; no organization)
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank, who attended the forum, said data was key.",
     {"Ana Vale": {Role.ATTENDEE}}),
    ("The Lake AI Forum was held on Monday. Ana Vale, who also attended, said data was key.",
     {"Ana Vale": {Role.ATTENDEE}}),
])
def test_sharing_insights_and_who_attended(text: str, expected: dict) -> None:
    assert {name: roles for name, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "role"), [
    # a message sent instead of coming is a guest's greeting (other), not a talk
    ("The Lake AI Forum was held on Monday. Mayor Tom Reed did not attend the forum but sent a video message.",
     Role.OTHER),
    ("The Lake AI Forum was held on Monday. Mayor Tom Reed sent a written message to the participants.", Role.OTHER),
    ("The Lake AI Forum was held on Monday. Mayor Tom Reed sent a video message to the forum.", Role.OTHER),
    # (a guard, so before: speaking in a video message is a talk)
    ("The Lake AI Forum was held on Monday. In a video message, Mayor Tom Reed said the city would fund AI labs.",
     Role.SPEAKER),
])
def test_a_message_sent(text: str, role: Role) -> None:
    assert _people(text)["Tom Reed"][0] == {role}


@pytest.mark.parametrize(("text", "role", "bodies"), [
    # a gathering "run by" a body: the body holds it
    ("The Lake AI Forum, an annual gathering run by the Ridge Institute, took place in Boston on Monday.",
     "organizers", ["Ridge Institute"]),
    # several bodies that convened or staged the event hold it together ("convened" is no "co-" verb)
    ("The Lake AI Forum took place in Boston on Monday. Orbis Media and the Ridge Institute convened the forum.",
     "organizers", ["Orbis Media", "Ridge Institute"]),
    ("The Lake AI Forum took place in Boston on Monday. Orbis Media, Hanbit Labs and the Ridge Institute staged the "
     "forum.", "organizers", ["Orbis Media", "Hanbit Labs", "Ridge Institute"]),
    # (guards, so before: their report that they convened it, read by one rule for a co- verb with the lists above;
    # a body that runs something else; co-hosting)
    ("The Lake AI Forum took place in Boston on Monday. Orbis Media and the Ridge Institute said they convened the "
     "forum.", "organizers", ["Orbis Media", "Ridge Institute"]),
    ("The Lake AI Forum took place in Boston on Monday. Ana Vale, who runs a lab run by the Ridge Institute, spoke.",
     "organizers", []),
    ("The Lake AI Forum took place in Boston on Monday. Orbis Media and the Ridge Institute co-hosted the forum.",
     "co_organizers", ["Orbis Media", "Ridge Institute"]),
])
def test_bodies_that_run_convene_or_stage_the_event(text: str, role: str, bodies: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs[role] == bodies


@pytest.mark.parametrize("text", [
    # one who convenes a panel chairs it; the panel is the event's part, its convener no organizer
    "The Lake AI Forum took place in Boston on Monday. Ana Vale of Orbis Media convened a panel on robotics.",
    "The Lake AI Forum took place in Boston on Monday. Ana Vale of Orbis Media convened the session on data.",
])
def test_convening_a_panel(text: str) -> None:
    e, orgs = _event(text)
    assert orgs["organizers"] == [] and _people(text) == {"Ana Vale": ({Role.MODERATOR}, [("Orbis Media", None)])}


@pytest.mark.parametrize(("text", "org"), [
    # a relative clause that says the person is in charge of something at a body
    ("The Lake AI Forum was held on Monday. Speaking next was Ana Vale, who is in charge of AI at Orbis Bank.",
     "Orbis Bank"),
    ("The Lake AI Forum was held on Monday. Ana Vale, who was in charge of robotics at Hanbit Labs, gave a talk.",
     "Hanbit Labs"),
    # (a guard, so before: one who works there)
    ("The Lake AI Forum was held on Monday. Ana Vale, who works on robotics at Hanbit Labs, gave a talk.", "Hanbit Labs"),
])
def test_in_charge_at_a_body(text: str, org: str) -> None:
    assert _people(text)["Ana Vale"][1] == [(org, None)]


@pytest.mark.parametrize("text", [
    # one whose words a speaker cites takes no part in the sentence's talk
    "The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank gave the keynote, citing Tom Reed, the founder of "
    "Rock Systems.",
    "The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank gave the keynote, quoting Rock Systems founder Tom "
    "Reed.",
    # (a guard, so before: the cited one fronted)
    "The Lake AI Forum was held on Monday. Quoting Tom Reed of Rock Systems, Ana Vale of Orbis Bank opened her keynote.",
])
def test_one_cited_takes_no_part(text: str) -> None:
    found = _people(text)
    assert found["Ana Vale"][0] == {Role.KEYNOTE} and found.get("Tom Reed", (set(), []))[0] == set()


@pytest.mark.parametrize(("text", "role", "bodies"), [
    # a body set off by its owner's possessive and what it is, then its verb
    ("KOTRA, Korea's trade promotion agency, hosted the Lake AI Forum in Boston on Monday.", "organizers", ["KOTRA"]),
    ("The Ridge Institute, Boston's oldest robotics lab, hosted the Lake AI Forum on Monday.", "organizers",
     ["Ridge Institute"]),
    # the sponsors or partners of the gathering named after the noun, or the event's own partners
    ("The Lake AI Forum opened in Boston on Monday. Partners for this year's forum include Rock Systems and Orbis "
     "Bank.", "sponsors", ["Rock Systems", "Orbis Bank"]),
    ("The Lake AI Forum opened in Boston on Monday. Sponsors of the forum were Rock Systems and Orbis Bank.",
     "sponsors", ["Rock Systems", "Orbis Bank"]),
    ("The Lake AI Forum opened in Boston on Monday. The forum's partners include Rock Systems and Orbis Bank.",
     "sponsors", ["Rock Systems", "Orbis Bank"]),
    # (a guard, so before: sponsors with no gathering named)
    ("The Lake AI Forum opened in Boston on Monday. Sponsors include Rock Systems and Orbis Bank.", "sponsors",
     ["Rock Systems", "Orbis Bank"]),
])
def test_a_possessive_aside_and_the_partners_of_the_event(text: str, role: str, bodies: list[str]) -> None:
    _e, orgs = _event(text)
    assert orgs[role] == bodies


@pytest.mark.parametrize(("text", "expected"), [
    # two set against each other on stage sat on a panel
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank and Tom Reed of Rock Systems squared off over chip "
     "subsidies.", {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank sparred with a rival banker over chip subsidies.",
     {"Ana Vale": {Role.PANELIST}}),
])
def test_squaring_off_on_stage(text: str, expected: dict) -> None:
    assert {name: roles for name, (roles, _affs) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "role"), [
    # one who kicks off or opens a session of the day gives its first talk
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank kicked off the afternoon session.", Role.SPEAKER),
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank opened the morning session.", Role.SPEAKER),
    # (guards, so before: kicking off the event, or its first edition, is the host's opening)
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank kicked off the forum.", Role.HOST_REP),
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank kicked off the first forum of its kind.",
     Role.HOST_REP),
])
def test_kicking_off_a_session(text: str, role: Role) -> None:
    assert _people(text)["Ana Vale"][0] == {role}


@pytest.mark.parametrize("text", [
    # the head of a delegation, or the one a side was represented by, is at the meeting
    "The Lake AI Dialogue was held in Berlin on Monday. Vice Minister Ana Vale led the Korean delegation.",
    "The Lake AI Dialogue was held in Berlin on Monday. A 12-member delegation headed by Ana Vale, CEO of Orbis Bank, "
    "took part.",
    "The Lake AI Dialogue was held in Berlin on Monday. The German side was represented by Ana Vale, State Secretary.",
    "The Lake AI Dialogue was held in Berlin on Monday. Ana Vale of KOTRA heads a delegation of 20 startups there.",
])
def test_the_head_of_a_delegation_attends(text: str) -> None:
    assert _people(text)["Ana Vale"][0] == {Role.ATTENDEE}


@pytest.mark.parametrize(("text", "org"), [
    # the body an "its" refers to, its legal form set off by a comma
    ("Acme Robotics, Inc., a leader in AI-driven inspection, today announced that its CEO, Ana Vale, will speak at the "
     "Lake AI Summit.", "Acme Robotics"),
    ("Nimbus Works, LLC said on Monday that its chief scientist, Ana Vale, will speak at the Lake AI Summit.",
     "Nimbus Works"),
    # (a guard, so before: the legal form with no comma)
    ("Acme Robotics Inc. said its CEO, Ana Vale, will speak at the Lake AI Summit.", "Acme Robotics Inc"),
])
def test_its_body_before_a_comma_and_legal_form(text: str, org: str) -> None:
    [(found, _title)] = _people(text)["Ana Vale"][1]
    assert found == org


@pytest.mark.parametrize(("text", "expected"), [
    # a city, then its state after a comma, where the body is: no part of its name
    ("The Lake AI hearing was held on Monday. Witnesses included Ana Vale, owner of Vale Precision Parts in El Paso, "
     "Texas; and Tom Reed.", [("Vale Precision Parts", "owner")]),
    ("The Lake AI Forum was held on Monday. Speakers included Ana Vale, CEO of Ridge Robotics in Fort Wayne, Indiana.",
     [("Ridge Robotics", "CEO")]),
    ("The Lake AI Forum was held on Monday. Ana Vale, president of Hanbit Tooling in Grand Rapids, Michigan, spoke.",
     [("Hanbit Tooling", "president")]),
    # (a guard, so before: a city the word lists know, no state after it)
    ("The Lake AI Forum was held on Monday. Ana Vale, president of Hanbit Tooling in Dallas, spoke.",
     [("Hanbit Tooling", "president")]),
])
def test_a_bodys_city_and_state(text: str, expected: list) -> None:
    assert _people(text)["Ana Vale"][1] == expected


@pytest.mark.parametrize(("text", "name", "venue"), [
    # a name right after another and "at the" is the place the first is held at
    ("Around 1,500 delegates attended the Lake Transformation Asia-Pacific conference at the Hanbit Expo on June 3.",
     "Lake Transformation Asia-Pacific conference", "Hanbit Expo"),
    # ... and a place after a name with its title before it is where, not the person's body
    ("The Lake AI Forum was opened by Mayor Ana Vale at the Hanbit Science Park on Friday.", "Lake AI Forum",
     "Hanbit Science Park"),
    ("The Lake AI Forum was inaugurated by Industries Minister T.R. Vale at the Ridge Research Park on June 3.",
     "Lake AI Forum", "Ridge Research Park"),
    # (guards, so before: held at a place with an event's word; a place with one, the name before it proper)
    ("The Lake Robotics Summit was held at the Hanbit Expo on June 3.", "Lake Robotics Summit", "Hanbit Expo"),
    ("The Lake AI Forum at the Ridge Expo drew 800 visitors on June 3.", "Lake AI Forum", "Ridge Expo"),
])
def test_a_place_after_a_name_and_at(text: str, name: str, venue: str) -> None:
    e, _orgs = _event(text)
    assert (e.name, e.venue) == (name, venue)


def test_a_park_after_a_titled_name_and_before_a_day_is_no_body() -> None:
    found = _people("The Lake AI Forum was opened by Mayor Ana Vale at the Hanbit Science Park on Friday.")
    assert found["Ana Vale"][1] == [(None, "Mayor")]


@pytest.mark.parametrize(("text", "expected"), [
    # a place and a portfolio's word before a title are a body's name when the text writes them so elsewhere
    ("Asia Economy held the Lake AI Forum on Tuesday. Asia Economy President Ana Vale delivered opening remarks.",
     [("Asia Economy", "President")]),
    ("Korea Trade held the Lake AI Forum on Tuesday.\n\nKorea Trade chairman Ana Vale delivered opening remarks.",
     [("Korea Trade", "chairman")]),
    # (a guard, so before: a minister's portfolio and country, written once)
    ("The Lake AI Forum was held on Tuesday. Korea Trade Minister Ana Vale delivered opening remarks.",
     [(None, "Korea Trade Minister")]),
])
def test_a_place_and_a_portfolio_word_named_elsewhere_as_a_body(text: str, expected: list) -> None:
    assert _people(text)["Ana Vale"][1] == expected


@pytest.mark.parametrize("text", [
    # handing out honours, with a word or two on what kind, is no talk
    "The Lake AI Forum was held on Tuesday. Vice Minister Ana Vale presented government commendations to 25 people.",
    # (a guard, so before: prizes after a word or two)
    "The Lake AI Forum was held on Tuesday. Ana Vale, CEO of Orbis, handed out special prizes to the winners.",
])
def test_presenting_honours_is_no_talk(text: str) -> None:
    assert _people(text)["Ana Vale"][0] == {Role.OTHER}


@pytest.mark.parametrize(("text", "expected"), [
    # a bulleted line that ends in what its person spoke on gives a talk with no title
    ("The Lake AI Forum was held on Tuesday.\n\nOther highlights:\n- Ana Vale, chief product officer at Orbis, on "
     "deploying humanoids\n- Tom Reed, CEO of Bolt Labs, about open-source robot software\n",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # (a guard, so before: a line with its own cue)
    ("The Lake AI Forum was held on Tuesday.\n\nOther highlights:\n- Ana Vale, CEO of Orbis, moderated a panel on "
     "humanoids\n", {"Ana Vale": {Role.MODERATOR}}),
])
def test_a_bulleted_line_on_a_topic(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "name"), [
    # a body's gathering after a numbered edition is a series' own, named so
    ("The 35th Korea-Lake Business Council meeting was held in Seoul on Wednesday.",
     "35th Korea-Lake Business Council meeting"),
    ("Leaders met in Seoul on Wednesday for the 12th Hanbit Robotics Association conference.",
     "12th Hanbit Robotics Association conference"),
])
def test_a_numbered_gathering_of_a_body(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name


def test_a_bodys_gathering_with_no_edition_has_no_name() -> None:
    # (a guard, so before: an organization's webinar, no name of its own)
    e, _orgs = _event("The Hanbit Robotics Association webinar was held on Wednesday.")
    assert e.name is None


@pytest.mark.parametrize(("text", "expected"), [
    # "including" after a count of things is no list of those who attended
    ('"Factories need AI," said Ana Vale, CEO of Orbis, during the Lake AI Forum.\n\nVale\'s company has deployed '
     "its software in more than 50 plants, including those of Bolt Labs.", {Role.QUOTED, Role.SPEAKER}),
    # (guards, so before: a count of people, then the one attending among them)
    ("The Lake AI Forum drew some 200 officials and industry leaders, including Ana Vale, CEO of Orbis.",
     {Role.ATTENDEE}),
    ("The Lake AI Forum drew 300 dignitaries, including Ana Vale, CEO of Orbis.", {Role.ATTENDEE}),
])
def test_including_after_a_count(text: str, expected: set) -> None:
    assert _people(text)["Ana Vale"][0] == expected


@pytest.mark.parametrize(("text", "day"), [
    # a day in a participle after reported words in the future is the sayer's, in the tense of "said"
    ('Executives said "physical AI" will be the next battleground, speaking at the Lake AI Forum in Seoul on '
     "Wednesday.", "2025-06-04"),
    ("Ana Vale said robots will run half the plant by 2030, addressing the Lake AI Forum on Monday.", "2025-06-09"),
    # (a guard, so before: a future with no reported words before it)
    ("Ana Vale will speak at the Lake AI Forum in Seoul on Wednesday.", "2025-06-11"),
    # a day in a participle's clause that opens the sentence takes the tense of the main verb after its comma
    ("Speaking at the Lake AI Forum in Seoul on Wednesday, Ana Vale of Orbis said AI will reshape factories.",
     "2025-06-04"),
    ("Addressing the Lake AI Forum on Monday, Ana Vale said robots will run half the plant by 2030.", "2025-06-09"),
    # (guards, so before: the main verb in the future; in the past with no "will")
    ("Speaking at the Lake AI Forum on Wednesday, Ana Vale will announce a new fund.", "2025-06-11"),
    ("Speaking at the Lake AI Forum on Wednesday, Ana Vale of Orbis said AI is reshaping factories.", "2025-06-04"),
])
def test_a_participle_takes_the_tense_of_the_verb_it_belongs_to(text: str, day: str) -> None:
    e, _orgs = _event(text)
    assert e.start == day


@pytest.mark.parametrize("text", [
    # "and" then a name whose verb opens a speaking part ends the organization before it
    "The Lake AI Forum was held on Tuesday. Ana Vale of Orbis and Tom Reed addressed the forum.",
    "The Lake AI Forum was held on Tuesday. Ana Vale of Orbis and Tom Reed presided over the closing session.",
    # (a guard, so before: a verb of speech)
    "The Lake AI Forum was held on Tuesday. Ana Vale of Orbis and Tom Reed spoke at the forum.",
])
def test_and_a_name_taking_a_speaking_part_ends_the_body(text: str) -> None:
    found = _people(text)
    assert found["Ana Vale"][1] == [("Orbis", None)] and "Tom Reed" in found


@pytest.mark.parametrize(("text", "name"), [
    # a participle of holding fronted before the event is no part of its name
    ("Co-hosting the Lake AI Summit were Hanbit University and the Daon Institute.", "Lake AI Summit"),
    ("Sponsoring the Lake AI Summit was Orbis Bank, the summit's main partner.", "Lake AI Summit"),
    # (a guard, so before: a headline's verb)
    ("Hanbit University to Host Lake AI Summit\n\nThe summit will be held on June 3.", "Lake AI Summit"),
])
def test_a_fronted_participle_of_holding_is_no_name(text: str, name: str) -> None:
    e, _orgs = _event(text)
    assert e.name == name


@pytest.mark.parametrize(("text", "expected"), [
    # the head of a sponsor, only quoted, has a sponsor head's part (other), no talk
    ('The Lake AI Forum was held on Tuesday. It was hosted by the Hanbit Association and sponsored by Orbis Bank. '
     '"AI talent matters," Orbis Bank CEO Ana Vale said.', {Role.QUOTED, Role.OTHER}),
    ('The Lake AI Forum, sponsored by Orbis Bank, was held on Tuesday. "AI talent matters," said Ana Vale, chairman of '
     'Orbis Bank.', {Role.QUOTED, Role.OTHER}),
    # (guards, so before: a sponsor's staff who is no head; the organizer's head)
    ('The Lake AI Forum was held on Tuesday. It was hosted by the Hanbit Association and sponsored by Orbis Bank. '
     '"AI talent matters," Orbis Bank economist Ana Vale said.', {Role.QUOTED, Role.SPEAKER}),
    ('The Lake AI Forum was held on Tuesday. It was hosted by the Hanbit Association and sponsored by Orbis Bank. '
     '"AI talent matters," Hanbit Association chairman Ana Vale said.', {Role.QUOTED, Role.HOST_REP}),
])
def test_a_sponsors_head_quoted(text: str, expected: set) -> None:
    assert _people(text)["Ana Vale"][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the plural of a part after a verb of addressing is its object: those addressed take it, not the subject
    ("The Lake AI Forum was held on Tuesday. Tom Reed of Orbis moderated the panel. Mr. Reed asked the panelists "
     "about safety.", {Role.MODERATOR}),
    ("The Lake AI Forum was held on Tuesday. Tom Reed of Orbis gave the welcome address and thanked the speakers.",
     {Role.HOST_REP}),
    # (a guard, so before: "fellow" makes the subject one of them)
    ("The Lake AI Forum was held on Tuesday. Tom Reed of Orbis told fellow panelists that data is scarce.",
     {Role.PANELIST}),
])
def test_a_part_addressed_is_no_part_of_the_subject(text: str, expected: set) -> None:
    assert _people(text)["Tom Reed"][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name and its organization, then a copula and a speaking part: a person who takes it
    ("The Lake AI Forum was held on Tuesday. Ana Vale of Orbis was on the panel alongside Tom Reed of Bolt Labs.",
     {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    # (guards, so before by other rules: a part named with its article; a body is none, by its words; "among")
    ("The Lake AI Forum was held on Tuesday. Ana Vale of Orbis was the keynote speaker.", {"Ana Vale": {Role.KEYNOTE}}),
    ("The Lake AI Forum was held on Tuesday. Ana Vale of Orbis will be the moderator.", {"Ana Vale": {Role.MODERATOR}}),
    ("The Lake AI Forum was held on Tuesday. Hanbit Robotics of Korea was the keynote sponsor.", {}),
    ("The Lake AI Forum was held on Tuesday. Ana Vale of Orbis was among the speakers.", {"Ana Vale": {Role.SPEAKER}}),
])
def test_a_copula_and_a_speaking_part(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a speaking part's cue that ends in "with" points at the name after it: the one set against, the guest
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank sparred with Tom Reed of Rock Systems over chip "
     "subsidies.", {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    ("The Lake AI Forum was held on Monday. Ana Vale of Orbis Bank clashed with Tom Reed of Rock Systems over chip "
     "subsidies.", {"Ana Vale": {Role.PANELIST}, "Tom Reed": {Role.PANELIST}}),
    ("The Lake AI Forum was held on Monday. The day closed with a Q&A with Tom Reed of Rock Systems.",
     {"Tom Reed": {Role.SPEAKER}}),
])
def test_a_cue_ending_in_with_points_at_the_name_after(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("line", "expected"), [
    # a programme line given by several, each with the organization after a comma, parted by semicolons
    ("Session 1: Data infrastructure — Raj Patel, Orbis; Lena Berg, Crest AI",
     {"Raj Patel": ("Orbis", Role.SPEAKER), "Lena Berg": ("Crest AI", Role.SPEAKER)}),
    # (guards, so before: three givers, which the line's entry never took whole; each organization in parentheses)
    ("Panel: Scaling AI – Raj Patel, Orbis; Lena Berg, Crest AI; Omar Haddad, Rock Systems",
     {"Raj Patel": ("Orbis", Role.PANELIST), "Lena Berg": ("Crest AI", Role.PANELIST),
      "Omar Haddad": ("Rock Systems", Role.PANELIST)}),
    ("Session 1: Data infrastructure — Raj Patel (Orbis), Lena Berg (Crest AI)",
     {"Raj Patel": ("Orbis", Role.SPEAKER), "Lena Berg": ("Crest AI", Role.SPEAKER)}),
])
def test_a_programme_line_given_by_several_with_semicolons(line: str, expected: dict) -> None:
    found = _people("Lake AI Summit 2026 agenda\n\n" + line + "\n")
    assert {n: (affs[0][0], next(iter(roles))) for n, (roles, affs) in found.items()} == expected


@pytest.mark.parametrize("text", [
    # a programme's day header dates the event, though it is no sentence
    "Lake AI Summit 2025 agenda\n\nDay 1 (June 3)\nOpening keynote: Tom Reed (Bolt Labs)\n",
    "Lake AI Summit 2025 agenda\n\nDay One: June 3\nOpening keynote: Tom Reed (Bolt Labs)\n",
])
def test_a_programmes_day_header_dates_the_event(text: str) -> None:
    e, _orgs = _event(text, published="2025-05-20")
    assert e.start == "2025-06-03"


def test_a_date_stamp_line_is_still_no_date_of_the_event() -> None:
    # (a guard, so before: a page's stamp)
    e, _orgs = _event("Lake AI Summit 2025 agenda\n\nPublished: June 3, 2025\nOpening keynote: Tom Reed (Bolt Labs)\n",
                      published="2025-05-20")
    assert e.start is None


@pytest.mark.parametrize(("text", "expected"), [
    # the chair or head of the organizing committee speaks for those who hold the event
    ("Business leaders met on Wednesday for the Lake CEO Summit. Orbis Chairman Tom Reed, who chairs the summit's "
     "organizing committee, opened the event.", {Role.HOST_REP}),
    ('The Lake CEO Summit opened on Monday. "We received 1,200 papers," said Tom Reed, who chairs the organizing '
     "committee.", {Role.HOST_REP, Role.QUOTED}),
    # (guards, so before: a welcome of the committee's chairman; a member of the committee)
    ("The Lake CEO Summit was held on Wednesday. Tom Reed, chairman of the organizing committee, welcomed the guests.",
     {Role.HOST_REP}),
    ("The Lake CEO Summit was held on Wednesday. Tom Reed, a member of the organizing committee, attended.",
     {Role.ATTENDEE, Role.OTHER}),
])
def test_the_chair_of_the_organizing_committee(text: str, expected: set) -> None:
    assert _people(text)["Tom Reed"][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # those who took a part as the subject, the event's own words and an aside on who held it, then "included":
    # the subject's part is the names' (not the roundtable's word in the name, not the host's "convened by")
    ("Attendees at Thursday's AI in Healthcare Roundtable, convened by Sen. Maria Cantwell (D-Wash.), included "
     "Orbis CEO Ana Vale and Delta CTO Tom Reed.",
     {"Maria Cantwell": {Role.HOST_REP}, "Ana Vale": {Role.ATTENDEE}, "Tom Reed": {Role.ATTENDEE}}),
    ("Attendees at Thursday's AI in Healthcare Roundtable included Orbis CEO Ana Vale and Delta CTO Tom Reed.",
     {"Ana Vale": {Role.ATTENDEE}, "Tom Reed": {Role.ATTENDEE}}),
    ("Speakers at the Lake AI Roundtable, hosted by the Hanbit Institute, included Ana Vale, CEO of Orbis, and "
     "Tom Reed, CTO of Delta.", {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # (guard: passed before) a part of one's own after the list keeps its cue
    ("Speakers at the Lake AI Forum included Ana Vale, CEO of Orbis, and the panel was moderated by Tom Reed, CTO of "
     "Delta.", {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.MODERATOR}}),
])
def test_the_part_of_those_listed_as_the_subject(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # taking part in a chat or a conversation is talking in it (in a panel discussion, sitting on it)
    ("General Motors President Mark Reuss took part in a fireside chat at the Lake AI Congress on Tuesday.",
     {"Mark Reuss": {Role.SPEAKER}}),
    ("Ana Vale, CEO of Orbis, took part in a conversation with Tom Reed at the Lake AI Forum on Tuesday.",
     {"Ana Vale": {Role.SPEAKER}, "Tom Reed": {Role.SPEAKER}}),
    # (guard: passed before)
    ("Ford CEO Jim Farley took part in a panel discussion at the Lake AI Congress on Tuesday.", {"Jim Farley": {Role.PANELIST}}),
    # telling a working group or a meeting is speaking to it; telling a company named Group is not (its row a guard:
    # passed before)
    ("The Lake AI study group met on Thursday. Hiroshi Tanaka, an executive officer at Toyota, told the group that the "
     "company had deployed AI.", {"Hiroshi Tanaka": {Role.SPEAKER}}),
    ("The Lake AI study group met on Thursday. Ana Vale, a director at Orbis, told the working group that standards "
     "were needed.", {"Ana Vale": {Role.SPEAKER}}),
    ("The Lake AI study group met on Thursday. Ana Vale, CEO of Orbis, told the Korea Times Group that standards were "
     "needed.", {"Ana Vale": set()}),
])
def test_taking_part_in_a_chat_and_telling_a_group(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "dates"), [
    # a participle with its agent set off by commas tells no tense: the present of the main verb looks ahead
    ("The Lake AI Summit, produced by WTWH Media, takes place April 30-May 1 at the Lake Convention Center.",
     ("2027-04-30", "2027-05-01")),
    ("The Lake AI Summit, organized by the Lake Institute and Delta Corp., runs March 3-5 at the Lake Convention "
     "Center.", ("2027-03-03", "2027-03-05")),
    # (guards: passed before) the main verb in the past, with or without the aside
    ("The Lake AI Summit, organized by the Lake Institute, opened March 3 at the Lake Convention Center.",
     ("2026-03-03", None)),
    ("The Lake AI Summit, organized by the Lake Institute, drew 500 people on March 3 at the Lake Convention Center.",
     ("2026-03-03", None)),
])
def test_an_aside_of_who_holds_the_event_tells_no_tense(text: str, dates: tuple) -> None:
    [e] = extract(Article("t", text, "t.txt", published="2026-11-21", lang="en")).events
    assert (e.start, e.end) == dates


@pytest.mark.parametrize(("text", "expected"), [
    # a well-known body whose name opens with a title's word ("General") is the body before the title, not a
    # capitalised title with its field ("Chief Digital Officer")
    ("General Motors President Mark Reuss spoke at the Lake AI Congress on Tuesday.",
     {"Mark Reuss": ({Role.SPEAKER}, [("General Motors", "President")])}),
    ("The Lake AI Congress was held Tuesday. General Dynamics President Tom Reed spoke.",
     {"Tom Reed": ({Role.SPEAKER}, [("General Dynamics", "President")])}),
    # (guard: passed before)
    ("Lake Robotics Chief Digital Officer Ana Vale spoke at the Lake AI Congress on Tuesday.",
     {"Ana Vale": ({Role.SPEAKER}, [("Lake Robotics", "Chief Digital Officer")])}),
])
def test_a_known_body_opening_with_a_titles_word(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part, then "followed from" or "came from" and its givers: each of them, titled after commas or not
    ("The Lake AI Forum was held on Monday. Congratulatory speeches followed from Choi Sang-mok, deputy prime minister "
     "for economic affairs, and Chung Chang-ho, president of the Lake Chamber.",
     {"Choi Sang-mok": {Role.OTHER}, "Chung Chang-ho": {Role.OTHER}}),
    ("The Lake AI Forum was held on Monday. Keynote speeches followed from Choi Sang-mok of Orbis and Chung Chang-ho "
     "of the Lake Chamber.", {"Choi Sang-mok": {Role.KEYNOTE}, "Chung Chang-ho": {Role.KEYNOTE}}),
    # (guards: passed before) one giver after "came from"; what came from one that is no part
    ("The Lake AI Forum was held on Monday. Closing remarks came from Ana Vale, CEO of Orbis.", {"Ana Vale": {Role.HOST_REP}}),
    ("The Lake AI Forum was held on Monday. The idea came from Ana Vale, CEO of Orbis.", {"Ana Vale": set()}),
])
def test_a_part_followed_from_its_givers(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("text", "orgs"), [
    # a later mention that leaves out the field after "of" or "for" is the same organization, when one fits
    ("The seminar was hosted by the Lake Chamber of Commerce and Industry. Chung Chang-ho, president of the Lake "
     "Chamber, spoke.", ["Lake Chamber of Commerce and Industry"]),
    ("The forum was hosted by the Lake Association of Robot Makers. Ana Vale, chair of the Lake Association, opened it.",
     ["Lake Association of Robot Makers"]),
    # two that fit: neither (guard: passed before)
    ("The forum was hosted by the Lake Institute of Science and Technology and the Lake Institute for Advancement of "
     "Technology. Ana Vale, a researcher at the Lake Institute, spoke.",
     ["Lake Institute", "Lake Institute of Science and Technology", "Lake Institute for Advancement of Technology"]),
])
def test_a_short_form_that_leaves_out_the_field(text: str, orgs: list) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-12-03", lang="en"))
    assert [o.name for o in x.organizations] == orgs


@pytest.mark.parametrize(("text", "day"), [
    # the words quoted tell no tense of the event: the verb outside them does
    ('"Manufacturers that wait will fall behind," said Ana Vale of Orbis during the opening session of the Lake AI '
     'Summit in Chicago on Wednesday.', "2026-11-18"),
    ('Ana Vale of Orbis said "the next plants will run on AI" at the Lake AI Summit on Wednesday.', "2026-11-18"),
    # (guards: passed before) the future outside the quote; no quote at all
    ('Ana Vale of Orbis will speak at the Lake AI Summit on Wednesday, where she will say "AI is here."', "2026-11-25"),
    ("Ana Vale of Orbis said on Wednesday that plants will fall behind at the Lake AI Summit.", "2026-11-18"),
])
def test_the_words_quoted_tell_no_tense(text: str, day: str) -> None:
    [e] = extract(Article("t", text, "t.txt", published="2026-11-21", lang="en")).events
    assert e.start == day


@pytest.mark.parametrize(("text", "expected"), [
    # an aside after a body's comma, opened by an owner's possessive, describes that body: no body of its own
    ("The Lake AI Conference was organized by the Lake Institute in cooperation with VDMA, Germany's engineering "
     "association.", (["Lake Institute"], ["VDMA"])),
    ("The Lake AI Conference was co-hosted by VDMA, Germany's engineering association, and Orbis.", ([], ["VDMA", "Orbis"])),
    ("The Lake AI Conference was hosted by KITECH, South Korea's state-run industrial technology institute.",
     (["KITECH"], [])),
    # (guard: passed before)
    ("The Lake AI Conference was hosted by Samsung, Hyundai and LG.", (["Samsung", "Hyundai", "LG"], [])),
])
def test_an_owners_aside_after_a_body(text: str, expected: tuple) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-11-21", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    [e] = x.events
    assert ([orgs[o] for o in e.organizers], [orgs[o] for o in e.co_organizers]) == expected


@pytest.mark.parametrize(("text", "expected", "day"), [
    # where one stands in a picture makes the line a caption, not a photographer's credit; and its present tells of
    # a day gone by
    ("Photo: Rahul Mehta (center), CEO of Tata Elxsi, speaks at the Lake AI Summit in New Delhi on Feb. 19.",
     {"Rahul Mehta": ({Role.SPEAKER}, [("Tata Elxsi", "CEO")])}, "2026-02-19"),
    ("Rahul Mehta (left), CEO of Tata Elxsi, speaks at the Lake AI Summit in New Delhi on Feb. 19.",
     {"Rahul Mehta": ({Role.SPEAKER}, [("Tata Elxsi", "CEO")])}, "2026-02-19"),
    # (guards: passed before) a credit with the outlet in parentheses; a summit ahead told in the present
    ("The Lake AI Summit takes place in New Delhi on Feb. 19.\nPhoto: Nick Oxford (Lake Times)",
     {"Nick Oxford": ({Role.REPORTER}, [(None, "Photographer")])}, "2027-02-19"),
])
def test_a_captions_place_in_the_picture(text: str, expected: dict, day: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-11-21", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    assert {p.name: ({r.role for r in p.roles}, [(orgs.get(a.org) if a.org else None, a.title) for a in p.affiliations])
            for p in x.people} == expected
    assert x.events[0].start == day


@pytest.mark.parametrize(("text", "expected"), [
    # a dinner or a reception beside the event: its host holds no part of the event
    ("The Lake AI Forum was held Monday. The forum was followed by a networking dinner hosted by the Lake Chamber.",
     ([], [])),
    ("The Lake AI Forum was held Monday. Afterwards, guests attended a reception hosted by Orbis.", ([], [])),
    # a post before a person's name after "hosted by" is no body
    ("The Lake AI Forum was held Monday. It was hosted by Korean Ambassador to the UAE Park Sang-jin.", ([], [])),
    # (guards: passed before) the luncheon the article is about; a body that hosts the forum
    ("The Lake AI Luncheon took place Sept. 18. The luncheon was presented by the Lake Institute.", (["Lake Institute"], [])),
    ("The Lake AI Forum was held Monday. It was hosted by the Lake Chamber.", (["Lake Chamber"], [])),
])
def test_the_host_of_a_dinner_beside_the_event_and_a_post_after_hosted_by(text: str, expected: tuple) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-11-25", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    [e] = x.events
    assert ([orgs[o] for o in e.organizers], [orgs[o] for o in e.sponsors]) == expected


@pytest.mark.parametrize(("text", "name", "organizers"), [
    # a place of several words owning the event's description holds nothing
    ("This year's edition of Automate, North America's largest automation trade show, opened Monday in Detroit.",
     "Automate", []),
    # (guard: passed before) a place of one word
    ("Automate, Korea's largest automation trade show, opened Monday in Detroit.", "Automate", []),
    # the other event held beside the one reported is not its name
    ("The Lake AI Forum, which ran alongside the Lake Robotics Expo, drew 1,200 visitors on Thursday.",
     "Lake AI Forum", []),
    ("The Lake AI Forum was co-located with the Lake Robotics Expo this year. It drew 1,200 visitors.", "Lake AI Forum", []),
    # (guard: passed before) the only name written
    ("Ministers met on the sidelines of the Lake AI Summit on Thursday.", "Lake AI Summit", []),
])
def test_a_places_event_and_the_event_beside_it(text: str, name: str, organizers: list) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-11-28", lang="en"))
    orgs = {o.id: o.name for o in x.organizations}
    [e] = x.events
    assert (e.name, [orgs[o] for o in e.organizers]) == (name, organizers)


@pytest.mark.parametrize(("text", "expected"), [
    # a list's header of a sentence's length, ending in its colon, its part among its first words
    ("Featured speakers at this year's Lake AI Summit include:\n• Raj Patel (Crest AI)\n• Lena Berg (Rock Systems)",
     {"Raj Patel": {Role.SPEAKER}, "Lena Berg": {Role.SPEAKER}}),
    ("Panelists for the closing session of the Lake AI Summit are:\n- Raj Patel (Crest AI)\n- Lena Berg (Rock Systems)",
     {"Raj Patel": {Role.PANELIST}, "Lena Berg": {Role.PANELIST}}),
    # (guard: passed before) a short header
    ("Speakers:\n• Raj Patel (Crest AI)\n• Lena Berg (Rock Systems)", {"Raj Patel": {Role.SPEAKER}, "Lena Berg": {Role.SPEAKER}}),
    # "moderated by A (X) with B (Y) and C (Z)": those after "with" sat on A's panel
    ("The Lake AI Summit was held Monday. A panel discussion moderated by Raj Patel (Crest AI) with Lena Berg (Rock "
     "Systems) and Omar Haddad (Delta) followed.",
     {"Raj Patel": {Role.MODERATOR}, "Lena Berg": {Role.PANELIST}, "Omar Haddad": {Role.PANELIST}}),
    # a welcome as a noun, then its giver
    ("The Lake AI Summit opened with a welcome by Ana Vale of the Lake Institute.", {"Ana Vale": {Role.HOST_REP}}),
    ("The Lake AI Summit was held Monday. A warm welcome from Ana Vale of Orbis drew applause.", {"Ana Vale": {Role.HOST_REP}}),
])
def test_a_long_header_a_chair_in_parentheses_and_a_welcome(text: str, expected: dict) -> None:
    assert {n: r for n, (r, _a) in _people(text).items()} == expected


@pytest.mark.parametrize(("line", "expected"), [
    # a table's bars between the part, its title and its givers
    ('Keynote | "The Physical AI Era" | Tom Reed, CTO, Orbis', {"Tom Reed": ({Role.KEYNOTE}, "The Physical AI Era")}),
    ("Session 1 | Data Infrastructure | Raj Patel, Crest AI; Lena Berg, Rock Systems",
     {"Raj Patel": ({Role.SPEAKER}, "Data Infrastructure"), "Lena Berg": ({Role.SPEAKER}, "Data Infrastructure")}),
    # (guard: passed before) the colon and the dash
    ('Keynote: "The Physical AI Era" – Tom Reed, CTO, Orbis', {"Tom Reed": ({Role.KEYNOTE}, "The Physical AI Era")}),
])
def test_a_programme_table_with_bars(line: str, expected: dict) -> None:
    assert _parts_and_talks("Lake AI Summit 2026 — Program\n\n" + line + "\n", "2026-11-28") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region's possessive is no name, with a compass word or another word before it
    ('At the Lake AI Forum on Monday, Ana Vale said Southeast Asia\'s factories were "two years behind."', {"Ana Vale"}),
    ('At the Lake AI Forum on Monday, Tom Reed said Central Europe\'s plants were "slow" to adopt AI.', {"Tom Reed"}),
    # (guards: passed before) a country's possessive; a person's possessive is still a name
    ('At the Lake AI Forum on Monday, Tom Reed said South Korea\'s plants were "slow" to adopt AI.', {"Tom Reed"}),
    ("Ana Vale's keynote at the Lake AI Forum on Monday drew 300 people.", {"Ana Vale"}),
])
def test_a_places_possessive_is_no_name(text: str, expected: set) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-11-21", lang="en"))
    assert {p.name for p in x.people} == expected


@pytest.mark.parametrize(("text", "venue"), [
    # "at" after a word for one who works somewhere is where that one works, not where the event is
    ("The Edge AI Forum was held Nov. 3. A panel brought together Forrest Norrod, a deputy at AMD, and Cyril Perducat.",
     None),
    # (guards: passed before) a body's word ends the name; a post's head before "at"; the event held at a place
    ("The Edge AI Forum was held Nov. 3 in Austin. Its panel brought together Forrest Norrod, an associate at Boston "
     "Consulting Group, and Cyril Perducat.", None),
    ("The Edge AI Forum was held Nov. 3. A panel brought together Forrest Norrod, an engineer at AMD, and Cyril "
     "Perducat.", None),
    ("The Edge AI Forum was held Nov. 3 at Moscone Center. Forrest Norrod spoke.", "Moscone Center"),
])
def test_one_who_works_at_a_place_names_no_venue(text: str, venue: str | None) -> None:
    [e] = extract(Article("t", text, "t.txt", published="2026-11-21", lang="en")).events
    assert e.venue == venue


@pytest.mark.parametrize(("text", "title"), [
    # the title of one's talk: the owner's talk the subject of a verb of arguing; set off by a comma in a frame with a
    # pronoun; the complement of "was titled"
    ('Ana Vale of Orbis spoke at the Lake AI Day. Vale\'s talk, "Digital twins that pay," argued that most projects fail.',
     "Digital twins that pay"),
    ('Ana Vale of Orbis spoke at the Lake AI Day. Ana Vale\'s presentation, "Twins at scale," stressed data ownership.',
     "Twins at scale"),
    ('Ana Vale of Orbis spoke at the Lake AI Day. In her talk, titled "Digital twins that pay," she argued that most '
     'projects fail.', "Digital twins that pay"),
    ('Ana Vale of Orbis spoke at the Lake AI Day. Her talk was titled "Digital twins that pay."', "Digital twins that pay"),
    # (guards: passed before) the quote said in one's speech is no title; a talk titled in the one's own sentence
    ('Ana Vale of Orbis spoke at the Lake AI Day. In his speech, "We must act now," said Vale.', None),
    ('Ana Vale of Orbis spoke at the Lake AI Day. "We must act now," Vale said in her talk.', None),
    ('Ana Vale of Orbis gave a talk titled "Digital twins that pay" at the Lake AI Day.', "Digital twins that pay"),
])
def test_the_title_of_ones_own_talk(text: str, title: str | None) -> None:
    [p] = extract(Article("t", text, "t.txt", published="2026-11-21", lang="en")).people
    assert [r.talk_title for r in p.roles if r.role in (Role.SPEAKER, Role.KEYNOTE)] == [title]


@pytest.mark.parametrize("text", [
    # a byline of the writer and the outlet, then the writer's address in brackets, at the top or at the end
    "Kim Yoo-jin, The Korea Herald (kyj@heraldcorp.com)\n\nThe Lake AI Forum was held Tuesday with a keynote by Bae Kyung-hoon.",
    "The Lake AI Forum was held Tuesday with a keynote by Bae Kyung-hoon.\n\nKim Yoo-jin, Korea JoongAng Daily [kim@joongang.co.kr]",
    # (guards: passed before) without the address; the address alone
    "The Lake AI Forum was held Tuesday with a keynote by Bae Kyung-hoon.\n\nKim Yoo-jin, The Korea Herald",
    "The Lake AI Forum was held Tuesday with a keynote by Bae Kyung-hoon.\n\nKim Yoo-jin (kyj@heraldcorp.com)",
])
def test_a_byline_with_the_outlet_and_the_address(text: str) -> None:
    x = extract(Article("t", text, "t.txt", published="2026-11-21", lang="en"))
    assert {p.name: {r.role for r in p.roles} for p in x.people} == {"Kim Yoo-jin": {Role.REPORTER},
                                                                     "Bae Kyung-hoon": {Role.KEYNOTE}}


@pytest.mark.parametrize(("text", "name"), [
    # an article opening the sentence is no part of the event's name
    ("An AI Forum was held Tuesday in Seoul with a keynote by Bae Kyung-hoon.", "AI Forum"),
    ("A Lake Robotics Summit took place Tuesday in Seoul with a keynote by Bae Kyung-hoon.", "Lake Robotics Summit"),
    ("An AI conference was held Tuesday in Seoul with a keynote by Bae Kyung-hoon.", None),
    # (guards: passed before) "The" as before; an article inside the name
    ("The Lake Robotics Summit took place Tuesday in Seoul with a keynote by Bae Kyung-hoon.", "Lake Robotics Summit"),
    ('The "A Day of AI" Forum was held Tuesday in Seoul with a keynote by Bae Kyung-hoon.', "A Day of AI"),
])
def test_an_article_before_the_events_name(text: str, name: str | None) -> None:
    [e] = extract(Article("t", text, "t.txt", published="2026-11-21", lang="en")).events
    assert e.name == name
