"""The literal strings a pattern's every match needs (kg.extract.needles)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import en, en_events, en_people
from kg.extract.needles import folded, required_literals, scan


@pytest.mark.parametrize(("pattern", "expected"), [
    # a literal run, a small class spelled out
    (r"\borgani[sz]ers?\b", ("organiser", "organizer")),
    (r"[A-Z]\w+ Institute hosted", (" institute hosted",)),
    # each branch's own strings, where every branch has some
    (r"(?:co-?hosted|organi[sz]ed) by [A-Z]\w+", ("hosted", "organised", "organized")),
    (r"\b(?:testified|appeared)\s+before\b", ("appeared", "testified")),
    # the rarer of two runs, the longer strings (the branches' common "h" goes on the run before them)
    (r"[A-Z]\w+, which (?:hosts|held) the", (", which h",)),
    (r"[A-Z]\w+ (?:hosted|held) the summit", (" the summit",)),
    # a repetition that must occur once; a positive lookahead's words are in the text
    (r"(?:joint\s+)+[A-Z]\w+", ("joint",)),
    (r"[A-Z]\w+(?=\s+summit)", ("summit",)),
    (r"(?<=keynote by )[A-Z]\w+", ("keynote by ",)),
    # case is folded: a pattern that ignores it, or one in capitals
    (r"(?i)Panel Discussion", ("panel discussion",)),
    (r"\bMODERATOR\b", ("moderator",)),
])
def test_the_strings_every_match_needs(pattern: str, expected: tuple[str, ...]) -> None:
    assert required_literals(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [
    r"(?:the\s+)?[A-Z]\w+",  # an optional word and classes only
    r"[A-Z]\w+(?! summit)",  # a negative lookahead's words are absent
    r"(?:hosted by|[A-Z]{2,})",  # a branch with no literal of its own
    r"\b(?:a|an|of)\b",  # strings too short to be a test
    r"(?:keynote\s+)?[A-Z]\w+ said",  # " said" is four characters: enough; the optional word gives nothing
])
def test_no_strings_where_a_match_may_hold_none(pattern: str) -> None:
    found = required_literals(re.compile(pattern))
    assert found == ((" said",) if pattern.endswith(" said") else ())


def test_a_class_beyond_ascii_or_many_characters_breaks_the_run() -> None:
    assert required_literals(re.compile(r"organ[a-z]zer")) == ("organ",)
    assert required_literals(re.compile(r"caf[éè] talk")) == (" talk",)
    assert required_literals(re.compile(r"(?i)ıstanbul forum")) == ("stanbul forum",)


def test_scan_skips_a_text_without_them_and_matches_as_finditer_with_them() -> None:
    pattern = re.compile(r"(?P<org>[A-Z]\w+(?: [A-Z]\w+)*), (?:the )?organi[sz]ers? of\b")
    assert list(scan(pattern, "Ana Vale spoke at the Lake AI Forum.")) == []
    text = "Orbis Labs, the organizers of the forum, and Ridge Institute, organiser of the fair, said so."
    assert [m.group("org") for m in scan(pattern, text)] == [m.group("org") for m in pattern.finditer(text)] \
        == ["Orbis Labs", "Ridge Institute"]
    # a match in capitals or with a dotless i is found: the text is case-folded as the engine compares
    upper = re.compile(r"(?i)keynote speaker")
    assert [m.group() for m in scan(upper, "KEYNOTE SPEAKER: Ana Vale")] == ["KEYNOTE SPEAKER"]
    assert folded("KEYNOTE") == "keynote" and folded("Dılan") == "dilan"


def _grammar_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for module in (en, en_events, en_people):
        for name in sorted(vars(module)):
            value = getattr(module, name)
            if isinstance(value, re.Pattern) and required_literals(value):
                found.append((f"{module.__name__}.{name}", value))
    return found


_PATTERNS = _grammar_patterns()


def test_most_of_the_grammars_patterns_have_strings() -> None:
    assert len(_PATTERNS) >= 150


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_every_text_a_grammar_pattern_matches_holds_one_of_its_strings(data: st.DataObject) -> None:
    # texts drawn from the pattern itself (Hypothesis writes strings a regular expression matches)
    name, pattern = data.draw(st.sampled_from(_PATTERNS))
    text = data.draw(st.from_regex(pattern), label=name)
    if pattern.search(text):
        assert any(n in folded(text) for n in required_literals(pattern)), (name, text)
