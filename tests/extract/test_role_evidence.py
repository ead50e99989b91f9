"""The one place where competing role readings are weighed (kg.extract.role_evidence)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.role_evidence import PRIORS, WEIGHTS, Evidence, best_role
from kg.model import Role
from tests.conftest import ko_article

E = Evidence


@pytest.mark.parametrize(("evidence", "expected"), [
    ([], None),
    ([E(Role.SPEAKER, "cue_after")], Role.SPEAKER),
    # a part named after the name outranks one named before it
    ([E(Role.KEYNOTE, "cue_before"), E(Role.MODERATOR, "cue_after")], Role.MODERATOR),
    # ... but a plain "took part" yields to a part named before it, and to a chair's panel
    ([E(Role.OTHER, "cue_before"), E(Role.ATTENDEE, "cue_after")], Role.OTHER),
    ([E(Role.PANELIST, "chair_object"), E(Role.ATTENDEE, "cue_after")], Role.PANELIST),
    # a chair named with 으로 does not outrank a part named for the person
    ([E(Role.PANELIST, "chair_object"), E(Role.KEYNOTE, "cue_before")], Role.KEYNOTE),
    # evidence adds up: a panel word under a chair outweighs a talk cue
    ([E(Role.SPEAKER, "cue_after"), E(Role.PANELIST, "chair_object"), E(Role.PANELIST, "panel_under_chair")],
     Role.PANELIST),
    # the label written before the name wins over everything around it
    ([E(Role.MODERATOR, "label"), E(Role.PANELIST, "list_item"), E(Role.PANELIST, "cue_before")], Role.MODERATOR),
    # a session's people speak unless a cue says otherwise
    ([E(Role.SPEAKER, "session")], Role.SPEAKER),
    ([E(Role.SPEAKER, "session"), E(Role.MODERATOR, "cue_after")], Role.MODERATOR),
    # a cue whose clause modifies the name ("진행을 맡은 X 교수는 토론을 …") outranks a later cue
    ([E(Role.MODERATOR, "cue_before"), E(Role.MODERATOR, "adnominal_before"), E(Role.PANELIST, "cue_after")],
     Role.MODERATOR),
    # attending is one fact, however often it is said: its features do not add up against a part
    ([E(Role.PANELIST, "topic_frame"), E(Role.ATTENDEE, "cue_before"), E(Role.ATTENDEE, "adnominal_before"),
      E(Role.ATTENDEE, "cue_after")], Role.PANELIST),
    ([E(Role.ATTENDEE, "cue_before"), E(Role.ATTENDEE, "cue_after")], Role.ATTENDEE),
])
def test_the_heaviest_reading_wins(evidence: list[Evidence], expected: Role | None) -> None:
    assert best_role(evidence) is expected


def test_weights_are_explicit_and_an_unknown_feature_is_an_error() -> None:
    assert all(isinstance(w, float) for w in WEIGHTS.values()) and PRIORS[Role.ATTENDEE] < 0
    with pytest.raises(ValueError, match="unknown role feature 'hunch'"):
        Evidence(Role.SPEAKER, "hunch")


@pytest.mark.parametrize(("text", "name", "role"), [
    # a part named before the name outweighs a later plain "attended"
    ("축사를 한 하서윤 한빛부 장관은 행사에 참석해 격려했다.", "하서윤", Role.OTHER),
    ("기조강연에 나선 노태민 한빛대 교수는 포럼에 참석해 방향을 제시했다.", "노태민", Role.KEYNOTE),
    # attended as someone's representative, in a sentence about a part: that part
    ("토론회가 2일 열렸다. 지정토론에는 하지현 네이버 정책총괄, 중소기업 대표로 참석한 조민기 씨엠테크 대표가 참여했다.",
     "조민기", Role.PANELIST),
    ("포럼이 2일 열렸다. 패널토론에는 학계 대표로 참석한 문서진 한빛대 교수와 하지현 다온전자 상무가 참여했다.",
     "문서진", Role.PANELIST),
    # with nothing else, "attended" stands
    ("포럼이 2일 열렸다. 이날 행사에는 업계 대표로 참석한 문서진 다온전자 대표가 함께했다.", "문서진", Role.ATTENDEE),
    ("행사에는 마서진 한빛부 국장이 참석했다.", "마서진", Role.ATTENDEE),
])
def test_sentences_weighed(text: str, name: str, role: Role) -> None:
    x = extract(ko_article(text, published="2025-06-11"))
    assert {r.role for p in x.people if p.name == name for r in p.roles} == {role}
