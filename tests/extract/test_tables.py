"""A programme written as a table (kg.extract.tables)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.gazetteer import table
from kg.extract.tables import find_tables
from kg.model import Article, Role
from kg.resources import data_dir
from tests.conftest import ko_article

_KO_TABLE = """한국산업기술진흥원은 오는 30일 서울 코엑스에서 '2025 제조 AI 세미나'를 개최한다.

| 시간 | 주제 | 발표자 |
|---|---|---|
| 14:00 | 개회사 | 민병주 한국산업기술진흥원장 |
| 14:10 | 제조 AI 정책 방향 | 김동욱 산업통상자원부 과장 |
| 14:40 | 품질검사 AI 적용 사례 | 이수정 LG전자 책임 |
"""


def _cells(text: str) -> list[list[list[str]]]:
    return [[[text[c.start:c.end] for c in row] for row in t.rows] for t in find_tables(text)]


def test_rows_between_bars_or_tabs_the_line_under_the_header_skipped() -> None:
    text = "Program\n| Time | Topic | Speaker |\n|---|:---:|---|\n| 10:00 | Edge AI | Ana Vale, Orbis |\nThe end."
    assert _cells(text) == [[["Time", "Topic", "Speaker"], ["10:00", "Edge AI", "Ana Vale, Orbis"]]]
    # no outer bars; tabs; an empty cell keeps its place
    assert _cells("시간 | 주제 | 발표자\n10:00 |  | 김철수") == [[["시간", "주제", "발표자"], ["10:00", "", "김철수"]]]
    assert _cells("Time\tTopic\tSpeaker\n10:00\tEdge AI\tAna Vale") == [[["Time", "Topic", "Speaker"],
                                                                          ["10:00", "Edge AI", "Ana Vale"]]]


@pytest.mark.parametrize("text", [
    "| Time | Topic | Speaker |",  # one row is no table
    "Time | Speaker\n10:00 | Ana Vale",  # two cells a row: a label and its value, no table
    "A sentence with a | bar.\nAnother | one.",
])
def test_no_table(text: str) -> None:
    assert find_tables(text) == []


def test_the_header_gives_its_column_a_part_and_its_title_column_the_talks() -> None:
    x = extract(ko_article(_KO_TABLE))
    got = {p.name: {(r.role, r.talk_title) for r in p.roles} for p in x.people}
    assert got["김동욱"] == {(Role.SPEAKER, "제조 AI 정책 방향")}
    assert got["이수정"] == {(Role.SPEAKER, "품질검사 AI 적용 사례")}
    # a ceremony's row is left to the article's cues: the host's opening address
    assert got["민병주"] == {(Role.HOST_REP, None)}


def test_a_moderators_and_panelists_columns_between_tabs() -> None:
    text = ("한국로봇산업협회는 5일 대구 엑스코에서 '로봇 AI 포럼'을 열었다.\n\n"
            "세션\t좌장\t토론자\n"
            "2부\t김태수 서울대 교수\t윤지혜 삼성SDS 그룹장\n")
    got = {p.name: {r.role for r in p.roles} for p in extract(ko_article(text)).people}
    assert got["김태수"] == {Role.MODERATOR} and got["윤지혜"] == {Role.PANELIST}


def test_an_english_programme_table() -> None:
    text = ("The Lake AI Summit runs Oct. 15-17 at Reed Hall in Oslo.\n\n"
            "| Time | Session | Speaker |\n|---|---|---|\n"
            "| 10:00 | AI for maintenance | Yuki Sato, Chief Engineer, Mitsubishi Electric |\n"
            "| 11:00 | Vision AI | Ana Vale, CTO, Orbis Labs |\n")
    x = extract(Article("t", text, "t.txt", published="2025-10-01", lang="en"))
    got = {p.name: {r.role for r in p.roles} for p in x.people}
    assert got == {"Yuki Sato": {Role.SPEAKER}, "Ana Vale": {Role.SPEAKER}}


def test_a_table_with_no_part_in_its_header_gives_none() -> None:
    text = ("한국로봇산업협회는 5일 대구 엑스코에서 '로봇 AI 포럼'을 열었다.\n\n"
            "| 이름 | 소속 | 직함 |\n| 김태수 | 서울대 | 교수 |\n| 윤지혜 | 삼성SDS | 그룹장 |\n")
    x = extract(ko_article(text))
    assert all(not p.roles for p in x.people if p.name in ("김태수", "윤지혜"))


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_header_lists_name_known_columns(lang: str) -> None:
    words = table(data_dir() / lang / "table_headers.tsv")
    assert set(words) == {"keynote", "speaker", "panelist", "moderator", "title", "ceremony"}
    assert all(w.strip() == w and w for ws in words.values() for w in ws)
