"""English rules on sentences of our own."""

from kg.extract import extract
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
