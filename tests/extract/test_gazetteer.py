"""The word lists behind one loader: how a cue phrase is read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.extract import extract
from kg.extract.gazetteer import (
    _cue_pattern,
    cue_list,
    is_abbreviation,
    load_gazetteer,
    phrase_list,
    short_form,
    without_national_mark,
)
from tests.conftest import ko_article


@pytest.mark.parametrize(("phrase", "text", "matches"), [
    # a space matches any spacing, or none
    ("기조 연설", "기조연설을 했다", True),
    ("기조 연설", "기조  연설을 했다", True),
    # a verb's dictionary form matches every form of the verb
    ("시연하다", "로봇을 시연했다", True),
    ("시연하다", "로봇을 시연하며 설명했다", True),
    ("시연하다", "로봇을 시연해 눈길을 끌었다", True),
    ("시연하다", "직접 시연합니다", True),
    # but not the noun alone, nor the event named by it
    ("시연하다", "로봇 시연이 열렸다", False),
    ("시연하다", "시연회가 열렸다", False),
    # nor its adnominal forms, which say what the event is for
    ("선포하다", "청사진을 선포하는 자리로 마련됐다", False),
    ("선포하다", "비전을 선포했다", True),
])
def test_a_cue_phrase(phrase: str, text: str, matches: bool) -> None:
    assert (re.search(_cue_pattern(phrase), text) is not None) is matches


def test_a_cue_file_with_an_unknown_role_names_the_file(tmp_path: Path) -> None:
    f = tmp_path / "cues.tsv"
    f.write_text("# role, phrase\nspeaker\t발표\nsinger\t노래\n", encoding="utf-8")
    with pytest.raises(KGError, match=r"cues\.tsv: unknown role 'singer'"):
        cue_list(f)


@pytest.mark.parametrize(("form", "canonical"), [
    # Korea's universities by the short forms news writes, their full and English names
    ("부산대", "부산대학교"), ("경북대학교", "경북대학교"), ("Pusan National University", "부산대학교"),
    ("한기대", "한국기술교육대학교"), ("국립창원대", "창원대학교"), ("Ewha Womans University", "이화여자대학교"),
])
def test_universities_by_their_short_forms(form: str, canonical: str) -> None:
    gz = load_gazetteer()
    assert gz.known_org(form) and gz.canonical_org(form) == canonical


def test_a_known_short_form_is_an_organization_not_a_name() -> None:
    x = extract(ko_article("'AI 포럼'이 3일 열렸다. 조현우 조선대 교수와 한지민 인하대 교수가 발표했다."))
    orgs = {o.id: o.name for o in x.organizations}
    assert {p.name: orgs[p.affiliations[0].org] for p in x.people} == {"조현우": "조선대학교", "한지민": "인하대학교"}


@pytest.mark.parametrize("name", ["셀트리온", "코오롱", "루닛", "딥엑스", "히타치"])
def test_major_companies_with_no_telling_suffix_are_known(name: str) -> None:
    assert load_gazetteer().known_org(name)


def test_a_phrase_list_keeps_each_line_whole(tmp_path: Path) -> None:
    f = tmp_path / "cities.txt"
    f.write_text("# cities\n\nSan  Jose\n  # indented comment\nSalt Lake City\n", encoding="utf-8")
    assert phrase_list(f) == ["San Jose", "Salt Lake City"]


@pytest.mark.parametrize(("short", "full", "shortens"), [
    # syllables in order from the first (after 한국) to one in the kind, the shortest suffix
    ("해로연", "한국해양로봇연구원", True), ("해양로봇연", "한국해양로봇연구원", True), ("나진공", "나래산업진흥공단", True),
    ("다온협", "다온산업기술진흥협회", True), ("누리청", "누리행정복합도시청", True), ("한빛원", "한빛정보기술연구원", True),
    # the last syllable outside the kind, the order broken, too short, or not all Hangul
    ("한빛시", "한빛시의회", False), ("누리대", "누리대학교병원", False), ("로해연", "한국해양로봇연구원", False),
    ("나래", "나래산업진흥공단", False), ("해로연", "한국해양Robot연구원", False), ("한빛랩", "한빛랩클라우드", False),
    # the whole name less its national prefix, from four syllables on (not a bare kind: 은행, 학회)
    ("반도체산업협회", "한국반도체산업협회", True), ("해양로봇연구원", "한국해양로봇연구원", True),
    ("생산기술연구원", "한국생산기술연구원", True),
    # (as before: five syllables in order; a bare kind, or the name's middle, is none)
    ("상공회의소", "대한상공회의소", True), ("반도체협회", "한국반도체산업협회", True),
    ("은행", "한국은행", False), ("산업협회", "한국반도체산업협회", False),
])
def test_a_korean_short_form_of_a_body(short: str, full: str, shortens: bool) -> None:
    assert is_abbreviation(short, full, load_gazetteer().suffixes_of(full)) is shortens


@pytest.mark.parametrize("text", [
    # a body and the short form news writes of it later in the article are one organization
    "한국해양로봇연구원은 22일 부산에서 'AI 로봇 포럼'을 열었다. 정하윤 해로연 원장은 개회사를 했다.",
    "나래산업진흥공단이 22일 'AI 제조 세미나'를 주최했다. 이 자리에서 정하윤 나진공 이사장은 환영사를 했다.",
    "한국로봇제조협회가 22일 'AI 제조 세미나'를 주최했다. 이 자리에서 정하윤 로봇제조협회 회장은 환영사를 했다.",
    # a national university by its official name and later by the name news shortens (a known one, or one no list knows)
    "국립한밭대학교는 27일 'AI 뿌리산업 워크숍'을 개최했다. 한밭대 오용준 총장은 환영사를 했다.",
    "한빛대는 27일 'AI 뿌리산업 워크숍'을 개최했다. 국립한빛대학교 오용준 총장은 환영사를 했다.",
    # (guard, as before: the whole name less its national prefix, which no list knows)
    "국립누리대학교는 27일 'AI 뿌리산업 워크숍'을 개최했다. 누리대학교 오용준 총장은 환영사를 했다.",
    # a technopark and its initials (one no list knows); a body by the short form the lists know (경총)
    "누리테크노파크는 27일 'AI 제조 워크숍'을 개최했다. 누리TP 오용준 원장은 환영사를 했다.",
    "한국경영자총협회는 26일 'AI 노동 세미나'를 열었다. 손경식 경총 회장은 개회사를 했다.",
])
def test_a_short_form_in_the_article_is_its_body(text: str) -> None:
    x = extract(ko_article(text))
    [event] = x.events
    [person] = x.people
    assert person.affiliations[0].org in event.organizers
    assert [r.role.value for r in person.roles] == ["host_rep"]


def test_a_known_short_form_names_only_its_own_body() -> None:
    x = extract(ko_article("서울예술대학교와 서울대 연구진이 22일 'AI 예술 포럼'을 열었다. 정하윤 서울예술대 교수가 발표했다."))
    names = {o.name for o in x.organizations}
    assert "서울대학교" in names and any(n.startswith("서울예술대") for n in names)


@pytest.mark.parametrize(("name", "plain"), [
    ("국립한빛대학교", "한빛대학교"), ("국립누리대", "누리대"), ("국립다온과학대학", "다온과학대학"),
    # not a university, too short, or no 국립 at all
    ("국립중앙과학관", None), ("국립대", None), ("한빛대학교", None),
])
def test_a_national_universitys_name_less_its_mark(name: str, plain: str | None) -> None:
    assert without_national_mark(name) == plain


@pytest.mark.parametrize(("name", "short"), [
    ("한빛대학교", "한빛대"), ("한빛대학교 AI융합연구소", "한빛대 AI융합연구소"),
    # a technopark by its initials, as news writes it (대전TP, 경남TP)
    ("누리테크노파크", "누리TP"), ("테크노파크", None), ("한빛연구원", None),
])
def test_the_short_form_news_writes_of_a_name(name: str, short: str | None) -> None:
    assert short_form(name) == short
