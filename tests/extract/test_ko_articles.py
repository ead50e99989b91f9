"""Whole articles of other event types (컨퍼런스, 해커톤, 토론회, 출범식, 심포지엄, 설명회, 간담회),
written for these tests
(``tests/data/ko_event_types.jsonl``): what an analyst needs from each."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract
from kg.ingest import read_file
from kg.model import Extraction, Role

ARTICLES = {a.id: a for a in read_file(Path(__file__).parent.parent / "data" / "ko_event_types.jsonl")}


@pytest.fixture(scope="module", params=sorted(ARTICLES))
def x(request: pytest.FixtureRequest) -> Extraction:
    return extract(ARTICLES[request.param])


def _view(x: Extraction) -> dict:
    orgs = {o.id: o.name for o in x.organizations}
    e = x.events[0]
    return {
        "event": (e.name, e.edition, e.start, e.end, e.venue, e.city, e.attendance),
        "organizers": [orgs[o] for o in e.organizers], "co": [orgs[o] for o in e.co_organizers],
        "sponsors": [orgs[o] for o in e.sponsors],
        "people": {p.name: (orgs.get(p.affiliations[0].org) if p.affiliations else None,
                            p.affiliations[0].title if p.affiliations else None,
                            {r.role for r in p.roles}) for p in x.people},
    }


EXPECTED = {
    "conf": {
        "event": ("2025 제조 AI 컨퍼런스", 5, "2025-09-03", None, "코엑스 그랜드볼룸", "서울", 500),
        "organizers": ["한국인공지능산업협회"], "co": ["한국스마트제조협회"], "sponsors": ["산업통상자원부", "한국산업기술진흥원"],
        "people": {
            "한지수": ("디지털경제", "기자", {Role.REPORTER}),
            "오명훈": ("한국인공지능산업협회", "회장", {Role.HOST_REP, Role.QUOTED}),
            "박세은": ("삼성전자", "부사장", {Role.KEYNOTE}),
            "류현우": ("현대자동차", "상무", {Role.SPEAKER, Role.PANELIST}),
            "안소희": ("LG에너지솔루션", "팀장", {Role.SPEAKER, Role.PANELIST}),
            "정민재": ("서울대학교", "교수", {Role.MODERATOR}),
        },
    },
    "hack": {
        "event": ("제2회 AI 반도체 해커톤", 2, "2024-07-13", "2024-07-14", "KAIST 학술문화관", "대전", 120),
        "organizers": ["과학기술정보통신부"], "co": ["정보통신산업진흥원"], "sponsors": [],
        "people": {
            "남궁현": ("과학기술정보통신부", "정보통신정책실장", {Role.ATTENDEE, Role.QUOTED}),
            "고은서": ("한국과학기술원", "교수", {Role.OTHER}),
        },
    },
    "talk": {
        "event": ("생성형 AI와 일자리 토론회", None, "2023-03-09", None, "국회의원회관 대회의실", None, None),
        "organizers": ["국회 4차산업혁명포럼"], "co": ["한국노동연구원"], "sponsors": [],
        "people": {
            "윤태호": ("한국노동연구원", "선임연구위원", {Role.SPEAKER}),
            "배지민": ("고용노동부", "과장", {Role.PANELIST}),
            "허준영": ("네이버", "정책실장", {Role.PANELIST}),
            "신가은": ("한국노총", "정책국장", {Role.PANELIST}),
            "차동훈": ("고려대학교", "교수", {Role.MODERATOR}),
        },
    },
    "launch": {
        "event": ("산업 AI 얼라이언스 출범식", None, "2026-02-02", None, "FKI타워 컨퍼런스센터", "서울", 200),
        "organizers": [], "co": [], "sponsors": [],
        "people": {
            "안도윤": ("산업통상자원부", "장관", {Role.ATTENDEE, Role.OTHER, Role.QUOTED}),
            "최서진": ("대한상공회의소", "부회장", {Role.ATTENDEE}),
            "염지훈": ("포스코홀딩스", "부회장", {Role.OTHER, Role.QUOTED}),
        },
    },
    "sym": {
        "event": ("AI 신뢰성 심포지엄 2024", None, "2024-11-07", None, "스타트업캠퍼스", "성남", None),
        "organizers": ["한국정보통신기술협회"], "co": [], "sponsors": [],
        "people": {
            "권태준": ("한국정보통신기술협회", "단장", {Role.SPEAKER}),
            "이수민": ("한국전자통신연구원", "책임연구원", {Role.SPEAKER}),
            "문지성": ("셀렉트스타", "이사", {Role.SPEAKER}),
            "한다인": ("LG유플러스", "팀장", {Role.SPEAKER}),
            "손민호": ("한국정보통신기술협회", "회장", {Role.HOST_REP, Role.QUOTED}),
            "송재윤": (None, "기자", {Role.REPORTER}),
        },
    },
    "brief": {
        "event": ("2025년 AI 바우처 지원사업 설명회", None, "2025-01-23", None, "을지트윈타워", "서울", None),
        "organizers": ["정보통신산업진흥원"], "co": [], "sponsors": [], "people": {},
    },
    "meet": {
        "event": (None, None, "2025-04-10", None, "한국과학기술회관", "서울", None),
        "organizers": [], "co": [], "sponsors": [],
        "people": {
            "이창윤": ("과학기술정보통신부", "제1차관", {Role.HOST_REP, Role.QUOTED}),  # he held the meeting
            "김성훈": ("업스테이지", "대표", {Role.QUOTED}),
            "박성현": ("리벨리온", "대표", {Role.QUOTED}),
        },
    },
}


def test_sessions_named_in_an_overview_sentence() -> None:
    x = extract(ARTICLES["sym"])
    sessions = [p for p in x.events[0].parts if p.kind.value == "session"]
    names = {p.id: p.name for p in x.people}
    assert [(s.order, s.name, [names[i] for i in s.speakers]) for s in sessions] == [
        (1, "AI 신뢰성 표준", ["권태준", "이수민"]), (2, "산업별 적용 사례", ["문지성", "한다인"])]


def test_quotes_follow_their_speaker() -> None:
    x = extract(ARTICLES["meet"])
    quotes = {p.name: [q.text for q in p.quotes] for p in x.people}
    assert quotes["이창윤"] == ["현장의 목소리를 정책에 반영하겠다"]  # "이 차관은 “…”"
    assert quotes["박성현"] == ["공공 수요가 중요하다"]
    [host] = [p for p in extract(ARTICLES["sym"]).people if p.name == "손민호"]
    assert len(host.quotes) == 2  # "그는 “…”고 덧붙였다"


def test_article(x: Extraction) -> None:
    assert _view(x) == EXPECTED[x.article.id]
