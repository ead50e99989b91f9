"""The English role cues compiled from data/en/cues.tsv, and the speaking part a phrase after a name opens with."""

from __future__ import annotations

import pytest

from kg.extract.en_cues import _choices, role_cues, speaking_cue_leads, speaking_cue_opens
from kg.extract.gazetteer import cue_list
from kg.model import Role
from kg.resources import data_dir


def test_no_cue_line_expands_into_hundreds_of_patterns() -> None:
    # each a/b choice multiplies a line's compiled patterns, which every process compiles at start-up: a line of
    # ten verbs, six parts, two articles and six nouns made 720 (the widest line kept makes 273)
    widest = max(cue_list(data_dir() / "en" / "cues.tsv"), key=lambda c: len(_choices(c[0])))
    assert len(_choices(widest[0])) <= 300, widest[0]


def test_no_choice_is_an_auxiliary_beside_other_words() -> None:
    # a choice stands for one word: "features/will feature" read as "features feature" and "will feature", so
    # "The lineup features A" had no cue; an auxiliary alone among the choices is such a slip
    for phrase, _role in cue_list(data_dir() / "en" / "cues.tsv"):
        for group in (w.split("/") for w in phrase.split() if "/" in w):
            assert not {"will", "would", "shall"} & set(group), phrase


def test_choices_gaps_and_gatherings_compile_as_written() -> None:
    assert _choices("took/takes the stage/podium") == ["took the stage", "took the podium", "takes the stage",
                                                       "takes the podium"]
    cues = role_cues()
    # "~": up to two words of any kind; {event}: a word for a gathering; an adverb between a cue's words
    assert any(c.role is Role.MODERATOR and c.pattern.search("posed sharp questions to the panelists") for c in cues)
    assert any(c.role is Role.SPEAKER and c.pattern.search("was again addressed by") for c in cues)
    # {event}: a day, a week or a show named in capitals, its owner's initials in parentheses between
    assert any(c.role is Role.SPEAKER and c.pattern.search("said at the Lake Federation's (LF) Manufacturing Day 2026")
               for c in cues)
    assert not any(c.role is Role.SPEAKER and c.pattern.search("said at the end of the day") for c in cues)
    # "~~": up to six words of a topic, commas between them; no more
    assert any(c.role is Role.SPEAKER and c.pattern.search("Sessions on predictive maintenance, vision and safety were "
                                                           "handled by") for c in cues)
    assert not any(c.role is Role.SPEAKER and c.pattern.search("Sessions on one two three four five six seven eight "
                                                               "were handled by") for c in cues)
    # the longest pattern first, so that a longer phrase hides the shorter ones inside it
    lengths = [len(c.pattern.pattern) for c in cues]
    assert lengths == sorted(lengths, reverse=True)


@pytest.mark.parametrize(("words", "opens"), [
    # a speaking part's cue at the start of the words: chairing, answering, speaking from the stage
    ("presided over a session on standards .", True),
    ("fielded questions on safety .", True),
    ("rounded out the lineup .", True),
    ("used his slot to announce a chip .", True),
    # no speaking part's cue, or one further on, or one of another part
    ("flew in from Berlin .", False),
    ("said the forum went well , and later spoke .", False),
    ("attended the forum .", False),
])
def test_a_speaking_cue_opens_the_words(words: str, opens: bool) -> None:
    assert speaking_cue_opens(words) is opens


@pytest.mark.parametrize(("words", "leads"), [
    # a speaking cue that points at the name after the words, ending them
    ("Hanbit Hall . Next up was", True),
    ("The floor then went to", True),
    ("and handed the microphone over to", True),
    ("Then came", True),
    # a cue that does not end the words, one of no speaking part, or one that points at no one after it
    ("Next up was a coffee break with", False),
    ("The award went to", False),
    ("Then came the", False),
    ("spoke about robots and", False),
])
def test_a_speaking_cue_leads_to_the_name_after_it(words: str, leads: bool) -> None:
    assert speaking_cue_leads(words) is leads
