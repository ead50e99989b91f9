"""Event facts from Korean sentences of our own: name, edition, date, venue, organizers."""

import pytest

from kg.extract import extract
from kg.model import Extraction
from tests.conftest import ko_article


def _orgs(x: Extraction, ids: tuple[str, ...]) -> list[str]:
    names = {o.id: o.name for o in x.organizations}
    return [names[i] for i in ids]


def _event_roles(text: str, published: str = "2025-11-26") -> dict[str, list[str]]:
    """The names of the one event's organizers, co-organizers and sponsors."""
    x = extract(ko_article(text, published=published))
    [e] = x.events
    return {role: _orgs(x, getattr(e, role)) for role in ("organizers", "co_organizers", "sponsors")}


def _holders_after_a_forum(text: str) -> dict[str, list[str]]:
    """The organizations of the one event of a report that opens with a forum held, then ``text``."""
    return _event_roles("'제조 AI 포럼'이 10일 서울 코엑스에서 열렸다. " + text, published="2025-02-11")


def test_organizer_subject_co_organizers_and_sponsors() -> None:
    x = extract(ko_article(
        "한국인공지능협회(회장 김현철)는 3일 부산 해운대 벡스코에서 '2025 부산 AI 서밋'을 개최했다. "
        "이번 행사는 부산대학교, 한국전자통신연구원(ETRI)이 공동 주최했으며 과학기술정보통신부와 부산시가 후원했다.",
        published="2025-06-04"))
    [e] = x.events
    assert (e.name, e.start, e.venue, e.city) == ("2025 부산 AI 서밋", "2025-06-03", "벡스코", "부산")
    assert _orgs(x, e.organizers) == ["한국인공지능협회"]
    assert _orgs(x, e.co_organizers) == ["부산대학교", "한국전자통신연구원"]
    assert _orgs(x, e.sponsors) == ["과학기술정보통신부", "부산광역시"]  # the curated full name
    etri = next(o for o in x.organizations if o.name == "한국전자통신연구원")
    assert "ETRI" in etri.aliases


def test_two_organizers_joined_by_gwa_after_parentheses() -> None:
    x = extract(ko_article(
        "미래산업포럼(회장 이도현)과 스마트제조협회(회장 박세진)는 오는 20일 판교 경기창조경제혁신센터에서 "
        "'제조 AI 전망'을 주제로 포럼을 개최한다.", published="2025-02-07"))
    [e] = x.events
    assert _orgs(x, e.organizers) == ["미래산업포럼", "스마트제조협회"]
    assert e.start == "2025-02-20" and e.theme == "제조 AI 전망"


@pytest.mark.parametrize(("text", "expected"), [
    ("이번 포럼은 한빛대 연구처와 경기테크노파크가 공동 주최했다.", ["한빛대 연구처", "경기테크노파크"]),
    ("포럼은 경기테크노파크와 한결대 교무처가 공동 주최했다.", ["경기테크노파크", "한결대 교무처"]),
])
def test_a_body_and_its_unit_each_shaped_like_a_name_co_organize(text: str, expected: list[str]) -> None:
    # 한빛대 and 연구처 each start with a surname syllable; written in a row they are a body and its unit
    x = extract(ko_article("다온협회는 10일 AI 포럼을 열었다. " + text, published="2025-02-07"))
    [e] = x.events
    assert _orgs(x, e.co_organizers) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a public institute's ending (혁신원, 분석원, 문화원 …) ends the first item before 과
    ("포럼은 부산산업과학혁신원과 한결정보산업진흥원이 공동 주최했다.", ["부산산업과학혁신원", "한결정보산업진흥원"]),
    ("포럼은 금융정보분석원과 한결정보산업진흥원이 공동 주최했다.", ["금융정보분석원", "한결정보산업진흥원"]),
    # (guard: passed before) the first a 진흥원, the second a 문화원
    ("포럼은 한결정보산업진흥원과 뉴욕한국문화원이 공동 주최했다.", ["한결정보산업진흥원", "뉴욕한국문화원"]),
])
def test_a_public_institutes_ending_ends_a_listed_body(text: str, expected: list[str]) -> None:
    x = extract(ko_article("다온협회는 10일 AI 포럼을 열었다. " + text, published="2025-02-07"))
    [e] = x.events
    assert _orgs(x, e.co_organizers) == expected


@pytest.mark.parametrize("text", [
    # a university's short form, shaped like a name, where an adnominal cue's organizations are written
    "행사를 공동 주최한 한빛대와 다온전자는 매년 포럼을 열기로 했다.",
    "행사를 공동 주최한 다온전자와 한결대는 매년 포럼을 열기로 했다.",
])
def test_a_short_form_after_an_adnominal_cue(text: str) -> None:
    holders = _holders_after_a_forum(text)
    assert sorted(holders["organizers"] + holders["co_organizers"]) \
        == sorted(["다온전자", "한빛대" if "한빛대" in text else "한결대"])


@pytest.mark.parametrize("text", [
    # the organization less its people and their count
    "행사에는 포럼을 공동 주최한 한빛협회와 다온재단 관계자 50여명이 참석했다.",
    "행사에는 포럼을 공동 주최한 한빛협회와 다온재단 임직원 30명이 참석했다.",
])
def test_an_organization_less_its_counted_people(text: str) -> None:
    holders = _holders_after_a_forum(text)
    both = holders["organizers"] + holders["co_organizers"]
    assert "다온재단" in both and not any("명" in o for o in both)


@pytest.mark.parametrize(("text", "role", "expected"), [
    # a university's short form alone as the subject of a holding cue holds it; a name shaped one does not
    ("포럼은 한빛대가 주최했다.", "organizers", ["한빛대"]),
    ("포럼은 한결대가 주관했다.", "co_organizers", ["한결대"]),
    ("포럼은 김민수가 주최했다.", "organizers", []),
])
def test_a_short_form_as_the_holding_subject(text: str, role: str, expected: list[str]) -> None:
    assert _holders_after_a_forum(text)[role] == expected


def test_edition_and_attendance() -> None:
    x = extract(ko_article(
        "'스마트공장 컨퍼런스'가 24일 서울 코엑스에서 열렸다. 올해로 7회째를 맞은 행사에는 300여 명이 참석했다.",
        published="2025-09-25"))
    [e] = x.events
    assert (e.name, e.edition, e.attendance, e.start) == ("스마트공장 컨퍼런스", 7, 300, "2025-09-24")


@pytest.mark.parametrize("text, venue, city", [
    ("'AI 해커톤'은 한빛진흥원이 주최했다. 장소는 서울 마포구 서울창업허브였다.", "서울창업허브", "서울"),
    ("'AI 포럼'이 10일 열린다. 행사 장소는 코엑스 그랜드볼룸이다.", "코엑스 그랜드볼룸", None),
    ("'AI 포럼'이 10일 열렸다. 장소는 한빛대 본관 대강당이었고 300명이 참석했다.", "한빛대 본관 대강당", None),
    # (guard: the place of a sentence's venue stands)
    ("'AI 포럼'이 10일 한빛홀에서 열렸다. 장소를 옮겨 진행한 뒤풀이도 있었다.", "한빛홀", None),
])
def test_a_sentence_that_says_where_as_a_fact_box_would(text: str, venue: str, city: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-11-01")).events
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize("text, venue, end", [
    # a later sentence that runs the event on to its last day says where it is held
    ("'2026 광주 AI 엑스포'가 12일 개막했다. 올해로 7회째를 맞은 이 행사는 광주 김대중컨벤션센터(DJC) 전시동에서 오는 15일까지 "
     "계속된다.", "김대중컨벤션센터(DJC) 전시동", "2025-11-15"),
    ("'2026 광주 AI 엑스포'가 12일 개막했다. 전시는 한빛전시장 2홀에서 15일까지 이어진다.", "한빛전시장 2홀", "2025-11-15"),
    # (guard: passed before) the place of the sentence that holds it stands
    ("'2026 광주 AI 엑스포'가 12일 한빛홀에서 개막했다. 전시는 다온전시장 2홀에서 15일까지 이어진다.", "한빛홀", "2025-11-15"),
])
def test_a_sentence_that_runs_the_event_on_says_where(text: str, venue: str, end: str) -> None:
    [e] = extract(ko_article(text, published="2025-11-12")).events
    assert (e.venue, e.end) == (venue, end)


@pytest.mark.parametrize("text, start", [
    ("한빛협회는 전날 서울 코엑스에서 '2025 한빛 AI 포럼'을 열었다.", "2025-11-30"),
    ("'2025 한빛 AI 포럼'이 내일 서울 코엑스에서 열린다.", "2025-12-02"),
    # (guards: yesterday and today as before, a day written, and 이날)
    ("'2025 한빛 AI 포럼'이 어제 서울 코엑스에서 열렸다.", "2025-11-30"),
    ("'2025 한빛 AI 포럼'이 오늘부터 서울 코엑스에서 열린다.", "2025-12-01"),
    ("'2025 한빛 AI 포럼'이 어제인 30일 서울 코엑스에서 열렸다.", "2025-11-30"),
    ("한빛협회는 이날 서울 코엑스에서 '2025 한빛 AI 포럼'을 열었다.", "2025-12-01"),
])
def test_a_day_counted_from_the_reports_day(text: str, start: str) -> None:
    [e] = extract(ko_article(text, published="2025-12-01")).events
    assert e.start == start


@pytest.mark.parametrize("text, venue, city", [
    # a day named by a word (today, yesterday, that day) is no part of the venue after it
    ("'AI 포럼'이 오늘 부산에서 열렸습니다. 포럼은 벡스코에서 개막했습니다.", "벡스코", "부산"),
    ("'AI 포럼'이 어제 한빛홀에서 열렸다.", "한빛홀", None),
    ("'AI 포럼'이 이날 한빛홀에서 열렸다.", "한빛홀", None),  # (passed before)
])
def test_a_day_word_before_the_venue(text: str, venue: str, city: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-12-03")).events
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize("text, start", [
    # a broadcast's polite endings hold the event as the plain ones do
    ("부산시는 오는 10일 벡스코에서 'AI 포럼'을 엽니다.", "2025-12-10"),
    ("부산시는 오는 10일 벡스코에서 'AI 포럼'을 개최합니다.", "2025-12-10"),
    ("부산시는 오는 10일 벡스코에서 'AI 포럼'을 마련합니다.", "2025-12-10"),
    ("'AI 포럼'이 10일 열립니다. 포럼은 부산시가 주최합니다.", "2025-12-10"),
    ("'AI 포럼'이 1일 열렸습니다. 포럼은 부산시와 다온협회가 함께 마련했습니다.", "2025-12-01"),
])
def test_a_broadcasts_polite_endings_hold_the_event(text: str, start: str) -> None:
    x = extract(ko_article(text, published="2025-12-03"))
    [e] = x.events
    orgs = {o.id: o.name for o in x.organizations}
    assert e.start == start and orgs[e.organizers[0]] == "부산광역시"


def test_a_fact_box_with_its_labels_spaced() -> None:
    text = ("○ 행사명 : 제2회 스마트 물류 AI 세미나\n○ 일 시 : 2025. 11. 20.(목) 10:00 ~ 12:00\n○ 장 소 : 한빛항만공사 대강당\n"
            "○ 주 최 : 한빛항만공사\n○ 주 관 : 다온물류협회\n○ 후 원 : 해양수산부\n")
    x = extract(ko_article(text, published="2025-11-01"))
    [e] = x.events
    orgs = {o.id: o.name for o in x.organizations}
    assert (e.start, e.venue) == ("2025-11-20", "한빛항만공사 대강당")
    assert ([orgs[o] for o in e.organizers], [orgs[o] for o in e.co_organizers], [orgs[o] for o in e.sponsors]) \
        == (["한빛항만공사"], ["다온물류협회"], ["해양수산부"])
    assert x.article.text == text  # (the article as written: only the reading closes the labels up)


@pytest.mark.parametrize("room", ["국회 본관 제2회의장", "시청 별관 제3회의실"])
def test_a_numbered_meeting_room_is_no_edition(room: str) -> None:
    x = extract(ko_article(f"한빛위원회는 2일 {room}에서 '로봇 산업 공청회'를 열었다.", published="2025-12-03"))
    [e] = x.events
    assert (e.name, e.edition) == ("로봇 산업 공청회", None)
    y = extract(ko_article(f"한빛위원회는 2일 {room}에서 '제4회 로봇 산업 공청회'를 열었다.", published="2025-12-03"))
    assert y.events[0].edition == 4  # (the edition in the name still counts)


def test_no_date_rather_than_a_wrong_one() -> None:
    x = extract(ko_article("'AI 혁신 세미나'가 24일 대전컨벤션센터에서 열린다.", published=None))
    [e] = x.events
    assert e.start is None and e.venue == "대전컨벤션센터"


def test_announcement_date_is_not_the_event_date() -> None:
    x = extract(ko_article("서울시는 '제1회 AI 포럼'을 오는 30일 연다고 25일 밝혔다.", published="2025-06-25"))
    assert x.events[0].start == "2025-06-30"


def test_the_holder_from_an_earlier_sentence_when_the_report_names_none() -> None:
    for text, holder in [
        ("한빛과학기술원(HIST)이 지역 최초로 인공지능 학술대회를 열었다. 30일 한빛관 대강당에서 '오픈 AI 워크숍' "
         "행사가 시작됐다.", "한빛과학기술원"),
        ("미래로봇협회는 로봇 인재를 위한 행사를 마련했다. 이번 '로봇 잡페어 2025'는 12일 킨텍스에서 개최됐다.",
         "미래로봇협회"),
    ]:
        x = extract(ko_article(text, published="2025-06-30"))
        [e] = x.events
        assert _orgs(x, e.organizers) == [holder], text
        assert e.venue and not e.venue.startswith("30일")


def test_the_event_is_not_its_own_holder() -> None:
    x = extract(ko_article("세계미래기술포럼이 오는 18일 대전컨벤션센터에서 열린다.", published="2025-06-10"))
    [e] = x.events
    assert e.organizers == () and e.venue == "대전컨벤션센터"


def test_a_year_after_the_name_settles_the_date_and_a_city_may_close_the_name() -> None:
    x = extract(ko_article("한빛그룹이 11월 4~5일 코엑스에서 개최한 '한빛 AI 서밋 2024'가 막을 내렸다.", published=None))
    assert (x.events[0].start, x.events[0].end) == ("2024-11-04", "2024-11-05")
    x = extract(ko_article("미래재단은 ‘2019 AI 페스티벌 대전’을 한빛대 문지캠퍼스에서 개최했다고 7일 밝혔다.",
                           published="2019-07-07"))
    assert (x.events[0].name, x.events[0].venue) == ("2019 AI 페스티벌 대전", "한빛대 문지캠퍼스")


def test_an_event_named_in_an_adnominal_clause() -> None:
    for text, name, venue in [
        ("김도윤 한빛 대표는 24일 서울 롯데호텔에서 열린 2023 미래기술포럼에 참석했다.", "2023 미래기술포럼", "롯데호텔"),
        ("박서연 교수는 25일 벡스코에서 개최된 제3회 해양AI 심포지엄에서 발표했다.", "제3회 해양AI 심포지엄", "벡스코"),
    ]:
        [e] = extract(ko_article(text, published="2024-05-26")).events
        assert (e.name, e.venue) == (name, venue), text


@pytest.mark.parametrize("text", [
    # the verbs of an event's close, opening and being run, in the adnominal clause before its name
    "지난 2일 부산 벡스코에서 막을 내린 '2026 해양 AI 컨퍼런스'에서는 발표가 이어졌다.",
    "2일 부산 벡스코에서 막을 올린 '2026 해양 AI 컨퍼런스'에는 300여명이 몰렸다.",
    "2일 부산 벡스코에서 치러진 '2026 해양 AI 컨퍼런스'에서 김하늘 한빛대 교수가 발표했다.",
    "'2026 해양 AI 컨퍼런스'가 2일 부산 벡스코에서 치러졌다.",
])
def test_an_event_closed_opened_or_run_in_an_adnominal_clause(text: str) -> None:
    [e] = extract(ko_article(text, published="2026-03-09")).events
    assert (e.name, e.start, e.venue, e.city) == ("2026 해양 AI 컨퍼런스", "2026-03-02", "벡스코", "부산")


@pytest.mark.parametrize(("text", "name", "venue"), [
    # a contest run, a debate streamed: a quoted name with no word of its kind is an event's all the same
    ("'2026 한빛 AI 챌린지'가 지난 2일 한빛대 체육관에서 펼쳐졌다.", "2026 한빛 AI 챌린지", "한빛대 체육관"),
    ("'한빛 로봇 그랑프리'가 지난 2일 한빛대 체육관에서 치러졌다.", "한빛 로봇 그랑프리", "한빛대 체육관"),
    ("'제3회 로봇산업 발전 토론회'가 지난 2일 온라인으로 생중계됐다. 행사는 한국로봇산업협회가 마련했다.",
     "제3회 로봇산업 발전 토론회", None),
    ("지난 2일 유튜브로 실시간 중계된 '제3회 로봇산업 발전 토론회'에는 500여 명이 접속했다.", "제3회 로봇산업 발전 토론회",
     None),
])
def test_an_event_run_or_streamed_on_its_day(text: str, name: str, venue: str | None) -> None:
    [e] = extract(ko_article(text, published="2026-03-09")).events
    assert (e.name, e.start, e.venue) == (name, "2026-03-02", venue)


@pytest.mark.parametrize("text", [
    "오는 25일 열리는 'AI 페스타'의 연사 명단이 공개됐다.",
    "'AI 페스타'가 25일 열린다. 발표자 명단에는 10명이 이름을 올렸다.",
])
def test_a_common_noun_after_a_parts_noun_is_no_name(text: str) -> None:
    assert extract(ko_article(text, published="2026-03-09")).people == ()


def test_names_in_a_headline_and_with_an_alias() -> None:
    x = extract(ko_article("[2024 스마트제조 혁신 컨퍼런스] 제조 AI의 미래\n한빛협회는 24일 코엑스에서 행사를 열었다.",
                           published="2024-05-25"))
    assert x.events[0].name == "2024 스마트제조 혁신 컨퍼런스"
    x = extract(ko_article("한빛협회는 24일 국제 인공지능 로봇 학술대회(ICAIR 2024)를 개최했다.", published="2024-05-25"))
    assert x.events[0].name == "국제 인공지능 로봇 학술대회(ICAIR 2024)"


@pytest.mark.parametrize(("text", "name"), [
    # a grand exhibition (…대전) in a compound, its alias after it; alone, 대전 is the city
    ("국내 최대 AI 전시회인 한빛인공지능대전(HAI EXPO 2024)이 1일 서울 코엑스에서 개막했다.", "한빛인공지능대전(HAI EXPO 2024)"),
    ("다온협회는 1일 킨텍스에서 2024 다온로봇대전을 개최했다.", "2024 다온로봇대전"),
    # an unquoted name with its year after the event word
    ("다온진흥원은 오는 12일 한빛시청 대회의실에서 제조AI 혁신포럼 2024를 개최한다고 5일 밝혔다.", "제조AI 혁신포럼 2024"),
    ("다온진흥원이 12일 개최한 한빛 AI 컨퍼런스 2024에는 300명이 참석했다.", "한빛 AI 컨퍼런스 2024"),
])
def test_unquoted_names_of_exhibitions_and_with_their_year(text: str, name: str) -> None:
    assert extract(ko_article(text, published="2024-05-02")).events[0].name == name


@pytest.mark.parametrize(("text", "name"), [
    # the general word for an event ends descriptions too: it names one only with a year or an edition
    ("한빛협회는 25일 서울에서 포럼을 열었다. 포럼 이후에는 참가 기업 간 네트워킹 행사가 이어졌다.", None),
    ("다온진흥원은 3일 세미나를 개최했다. 세미나에 앞서 회원사 교류 행사가 진행됐다.", None),
    ("한빛협회는 25일 서울에서 2026 한빛 AI 행사를 열었다.", "2026 한빛 AI 행사"),
    ("한빛협회는 25일 서울에서 제3회 한빛 AI 행사를 열었다.", "제3회 한빛 AI 행사"),
])
def test_the_general_word_for_an_event_names_one_only_with_its_year(text: str, name: str | None) -> None:
    assert extract(ko_article(text, published="2024-05-02")).events[0].name == name


@pytest.mark.parametrize(("text", "name"), [
    # a quoted name held, opening with its edition, names the event whatever its last word (a council's meeting)
    ("조준희 한빛협회장이 15일 협회 회의실에서 열린 '제1차 AI 정책 협의회'에서 기념촬영을 하고 있다.", "제1차 AI 정책 협의회"),
    ("15일 열린 '제3차 K-제조AI 얼라이언스'에는 50개 기업이 참여했다.", "제3차 K-제조AI 얼라이언스"),
    # (guard: passed before) no edition, no kind of event: a body
    ("15일 열린 '한빛 AI 협의회'에는 50개 기업이 참여했다.", None),
])
def test_a_quoted_name_held_with_its_edition(text: str, name: str | None) -> None:
    assert extract(ko_article(text, published="2024-05-02")).events[0].name == name


@pytest.mark.parametrize(("text", "name"), [
    # a side event's quoted name is the event's only when the text names no other
    ("한빛협회는 3일 코엑스에서 AI 리더스 서밋을 열었다. 이와 함께 부대행사로 'AI 스타트업 피칭 대회'도 진행됐다.", "AI 리더스 서밋"),
    # (guards: passed before) the name the holding verb takes; the only name written
    ("사전 행사인 'AI 네트워킹 나이트'에 이어 4일 '2026 한빛 AI 포럼'이 개막했다.", "2026 한빛 AI 포럼"),
    ("한빛협회는 3일 코엑스에서 부대행사로 'AI 스타트업 피칭 대회'를 진행했다.", "AI 스타트업 피칭 대회"),
])
def test_a_side_events_name(text: str, name: str) -> None:
    assert extract(ko_article(text, published="2024-05-02")).events[0].name == name


@pytest.mark.parametrize(("text", "name"), [
    # an unquoted name in Latin letters, an acronym among its words, with its year, in a sentence that holds it
    ("HIS 2024가 6일(현지시간) 미국 라스베이거스에서 개막했다.", "HIS 2024"),
    ("6일 한빛시에서 개막한 DAON Korea 2024에서 김하늘 한빛전자 대표가 기조연설을 했다.", "DAON Korea 2024"),
    ("세계 최대 로봇 전시회 ROBO 2024가 2일 코엑스에서 열렸다.", "ROBO 2024"),
])
def test_an_unquoted_latin_name_with_its_year(text: str, name: str) -> None:
    assert extract(ko_article(text, published="2024-05-02")).events[0].name == name


def test_a_name_in_square_brackets_is_quoted_and_its_holder_the_subject() -> None:
    [e] = extract(ko_article("한빛협회는 3일 코엑스에서 [2026 AI 제조 포럼]을 개최했다.", published="2026-11-20")).events
    assert (e.name, e.venue, e.start) == ("2026 AI 제조 포럼", "코엑스", "2026-11-03")
    x = extract(ko_article("한빛협회는 3일 코엑스에서 [2026 AI 제조 포럼]을 개최했다.", published="2026-11-20"))
    assert _orgs(x, x.events[0].organizers) == ["한빛협회"]


@pytest.mark.parametrize(("text", "venue", "organizers"), [
    # a body's seat is where an event said to be held there took place
    ("'AI 기본법 토론회'가 5일 국회에서 열렸다.", "국회", []),
    ("'AI 제조 포럼'이 5일 한빛상공회의소에서 개최됐다.", "한빛상공회의소", []),
    # ... or where another body, the sentence's subject, held it
    ("한빛협회는 5일 국회에서 'AI 기본법 토론회'를 개최했다.", "국회", ["한빛협회"]),
    ("다온연구원은 5일 한빛상공회의소에서 'AI 제조 포럼'을 열고 정책을 논의했다.", "한빛상공회의소", ["다온연구원"]),
    # ... but a body that holds it, written with 에서, is its subject
    ("한빛협회에서 개최한 'AI 제조 포럼'이 5일 열렸다.", None, ["한빛협회"]),
    # (guards: passed before) the subject's own seat is no place named apart
    ("한빛협회는 5일 한빛협회에서 'AI 제조 포럼'을 개최했다.", None, ["한빛협회"]),
])
def test_a_bodys_seat_as_the_venue(text: str, venue: str | None, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2026-11-20"))
    [e] = x.events
    assert (e.venue, _orgs(x, e.organizers)) == (venue, organizers)


def test_a_latin_name_with_a_year_in_a_sentence_holding_nothing_is_no_event() -> None:
    assert extract(ko_article("한빛전자는 이날 HBX 2024 모델을 공개했다.", published="2024-05-02")).events == ()


def test_the_city_alone_is_no_event() -> None:
    x = extract(ko_article("'2024 AI 포럼'이 1일 대전에서 열렸다.", published="2024-05-02"))
    assert (x.events[0].name, x.events[0].city) == ("2024 AI 포럼", "대전")


def test_a_venue_before_its_alias() -> None:
    x = extract(ko_article("한빛협회는 24일 울산전시컨벤션센터(UECO)에서 포럼을 개최했다.", published="2024-05-25"))
    assert (x.events[0].venue, x.events[0].city) == ("울산전시컨벤션센터", "울산")


def test_a_caption_about_another_meeting_does_not_give_the_date_or_holder() -> None:
    x = extract(ko_article(
        "김하준 의원이 지난 7월 2일 국회에서 열린 전체회의에서 발언하고 있다.\n"
        "4일 김 의원 측에 따르면 토론회는 오는 5일 국회의원회관 제3세미나실에서 열린다. "
        "한빛학회와 미래포럼이 공동 주최한다.", published="2024-09-04"))
    [e] = x.events
    assert (e.start, e.venue) == ("2024-09-05", "국회의원회관 제3세미나실")


def test_the_holder_of_an_adnominal_clause() -> None:
    x = extract(ko_article("한빛그룹이 4일 코엑스에서 개최한 '한빛 AI 서밋'이 막을 내렸다.", published="2024-11-06"))
    assert _orgs(x, x.events[0].organizers) == ["한빛그룹"]


def test_stretches_of_days_and_every_range_mark() -> None:
    for text, expected in [
        ("'AI 포럼'이 24일부터 이틀간 부산 벡스코 제1전시장에서 열린다.", ("2025-11-24", "2025-11-25", "벡스코 제1전시장")),
        ("'AI 포럼'이 오는 24∼25일 대전컨벤션센터에서 열린다.", ("2025-11-24", "2025-11-25", "대전컨벤션센터")),
        # (held, in the past tense, on a day after publication: last month's)
        ("'AI 포럼'이 24일 송도컨벤시아에서 열렸다.", ("2025-10-24", None, "송도컨벤시아")),
        ("'AI 포럼'이 21일 송도컨벤시아에서 열렸다.", ("2025-11-21", None, "송도컨벤시아")),  # (a time zone's day)
    ]:
        [e] = extract(ko_article(text, published="2025-11-20")).events
        assert (e.start, e.end, e.venue) == expected, text


def test_dot_joined_organizations_and_a_stretch_counted_back() -> None:
    x = extract(ko_article("'AI 포럼'이 24일 열렸다. 행사는 한빛대학교․다온연구원․루미재단이 공동 주관했다.",
                           published="2025-05-25"))
    assert _orgs(x, x.events[0].co_organizers) == ["한빛대학교", "다온연구원", "루미재단"]
    x = extract(ko_article("'AI 포럼'이 24일 열렸다. 한국인공지능·소프트웨어산업협회가 주최했다.", published="2025-05-25"))
    assert _orgs(x, x.events[0].organizers) == ["한국인공지능·소프트웨어산업협회"]  # one name, not two
    [e] = extract(ko_article("'AI 엑스포'가 사흘간의 일정을 마치고 15일 막을 내렸다.", published="2025-05-16")).events
    assert (e.start, e.end) == ("2025-05-13", "2025-05-15")


def test_a_quoted_name_a_holding_verb_takes_is_an_event_and_latin_type_words() -> None:
    for text, name in [
        ("'World IT Show 2025'가 24일 코엑스에서 개막했다.", "World IT Show 2025"),
        ("한빛그룹은 24일 'Hanbit Developer Conference 2025'를 열었다.", "Hanbit Developer Conference 2025"),
        ("한빛협회는 24일 코엑스에서 'AI EXPO KOREA 2025'를 개최했다.", "AI EXPO KOREA 2025"),
        ("한빛협회는 24일 'AI 엑스포 코리아 2025'를 개최했다.", "AI 엑스포 코리아 2025"),
    ]:
        [e] = extract(ko_article(text, published="2025-05-25")).events
        assert (e.name, e.start) == (name, "2025-05-24"), text
    # a theme is no event: "'AI와 일자리'를 주제로 열린 포럼"
    [e] = extract(ko_article("'AI와 일자리'를 주제로 한빛포럼이 24일 열렸다.", published="2025-05-25")).events
    assert e.name != "AI와 일자리" and e.theme == "AI와 일자리"


def test_a_quoted_name_before_its_type_word_with_any_particle() -> None:
    for text, name in [
        ("25일 서울 한빛호텔에서 열린 ‘제조와 스마트공장’ 좌담회에서 정만수 1차관이 발언하고 있다.", "제조와 스마트공장 좌담회"),
        ("한빛협회는 24일 ‘AI와 일자리’ 토론회로 새해를 열었다.", "AI와 일자리 토론회"),
    ]:
        [e] = extract(ko_article(text, published="2025-06-29")).events
        assert e.name == name


def test_new_type_words_and_a_clause_noun_is_no_part_of_a_name() -> None:
    x = extract(ko_article("광주시와 한빛사업단은 15일 김대중컨벤션센터에서 광주인공지능학교 성과공유회 및 수료식을 개최했다.",
                           published="2025-12-16"))
    [e] = x.events
    assert (e.name, e.start) == ("광주인공지능학교 성과공유회 및 수료식", "2025-12-15")
    x = extract(ko_article("김도현 국토부 장관이 5일 한빛연구원에서 열린 ‘5G로 대화하는 자율주행차 시연회’에서 차를 살펴보고 있다.",
                           published="2025-02-05"))
    assert x.events[0].name == "5G로 대화하는 자율주행차 시연회"
    # "…이 참석한 가운데 워크숍을 열었다": 가운데 heads the clause, it is no part of the event's name
    x = extract(ko_article("한빛진흥원은 28일 제주 한빛호텔에서 관계자 100여명이 참석한 가운데 통합워크숍을 열었다.",
                           published="2025-06-29"))
    assert x.events[0].name != "가운데 통합워크숍" and x.events[0].venue == "한빛호텔"


def test_a_list_declared_as_organizations_needs_no_organization_word() -> None:
    x = extract(ko_article(
        "이번 행사는 과학기술정보통신부가 주최하고, 한빛평가원, 인공지능 혁신 허브, 한빛 리서치(Hanbit Research), "
        "고려대 인공지능연구원 등 4개 기관이 공동으로 주관한다. 'AI 서밋 2025'는 14일 열린다.", published="2025-06-01"))
    [e] = x.events
    assert _orgs(x, e.organizers) == ["과학기술정보통신부"]
    # a Korean article names the organization by its Hangul form, the Latin original is an alias
    assert _orgs(x, e.co_organizers) == ["한빛평가원", "인공지능 혁신 허브", "한빛 리서치", "고려대 인공지능연구원"]
    # without the declaration, an item with no organization word is no organization
    x = extract(ko_article("이번 행사는 한빛협회가 주최하고 인공지능 혁신 허브 등이 주관한다. 'AI 서밋 2025'는 14일 열린다.",
                           published="2025-06-01"))
    assert _orgs(x, x.events[0].co_organizers) == []


@pytest.mark.parametrize("text, slot, expected", [
    # a body's kind written as a word of its own after a compound or a coined noun names a body: as the co-host
    # alone, and as the first of a list joined by 와
    ("이번 포럼은 한빛협회가 주최하고 미래로봇 연합회가 주관했다.", "co", ["미래로봇 연합회"]),
    ("이번 포럼은 한빛협회가 주최하고 인공지능 얼라이언스와 다온전자가 후원했다.", "sp", ["인공지능 얼라이언스", "다온전자"]),
    ("이번 포럼은 한빛협회가 주최하고 스마트제조 컨소시엄과 다온전자가 후원했다.", "sp", ["스마트제조 컨소시엄", "다온전자"]),
    # guards: one common noun before the kind names no body ("관련 협회": the associations concerned)
    ("이번 포럼은 한빛협회가 주최하고 관련 협회가 후원했다.", "sp", []),
    ("이번 포럼은 한빛협회가 주최하고 지역 재단이 후원했다.", "sp", []),
    # guard: a proper noun before the kind, as before
    ("이번 포럼은 한빛협회가 주최하고 누리 테크노파크가 주관했다.", "co", ["누리 테크노파크"]),
])
def test_a_bodys_kind_as_a_word_after_a_coined_noun(text: str, slot: str, expected: list[str]) -> None:
    x = extract(ko_article("다온협회는 3일 'AI 포럼'을 열었다. " + text, published="2025-06-05"))
    [e] = x.events
    assert _orgs(x, e.co_organizers if slot == "co" else e.sponsors) == expected


def test_this_day_is_the_day_last_named_and_more_venue_words() -> None:
    x = extract(ko_article("한빛시가 배터리 정책을 논의하는 장을 22일 마련했다. ‘배터리 국제 컨퍼런스’는 올해 5회째로 "
                           "한빛국제관에서 개최됐다. 이날 컨퍼런스에 앞서 협약을 체결했다.", published="2025-11-24"))
    [e] = x.events
    assert (e.start, e.venue) == ("2025-11-22", "한빛국제관")
    x = extract(ko_article("권선호(오른쪽) 한빛시장이 8일 시청에서 ‘AI 특별시 선포식’을 열고 의미를 설명하고 있다.",
                           published="2025-06-09"))
    assert (x.events[0].start, x.events[0].venue) == ("2025-06-08", "시청")


def test_a_province_and_the_head_of_a_city_hold_events() -> None:
    for text in ["데이터 산업 육성을 위해 경기도가 주최한 '2025 빅포럼'이 13일 판교에서 열렸다.",
                 "강원도는 13일 춘천에서 '2025 빅포럼'을 개최했다."]:
        x = extract(ko_article(text, published="2025-06-14"))
        # named by the curated full name (강원도 is 강원특별자치도 since 2023)
        assert [_orgs(x, e.organizers) for e in x.events] in ([["경기도"]], [["강원특별자치도"]])
    # a person whose title fuses the organization holds the event for it
    for text in ["권선호(오른쪽) 한빛시장이 8일 시청에서 ‘AI 특별시 선포식’을 열고 의미를 설명하고 있다.",
                 "김도윤 한빛시장이 8일 시청에서 ‘AI 특별시 선포식’을 열었다."]:
        x = extract(ko_article(text, published="2025-06-09"))
        assert _orgs(x, x.events[0].organizers) == ["한빛시"]


def test_a_fact_box_with_bracketed_cues() -> None:
    for opening, closing in (("[", "]"), ("【", "】")):
        x = extract(ko_article(
            f"{opening}주최{closing} 과학기술정보통신부\n"
            f"{opening}주관{closing} 한국지능정보사회진흥원(NIA), 한국인공지능협회\n"
            f"{opening}후원{closing} 미래클라우드, 한빛텔레콤\n\n"
            "'2026 인공지능 융합 세미나'가 다음 달 5일 서울 양재 aT센터에서 개최된다.", published="2026-06-04"))
        [e] = x.events
        assert _orgs(x, e.organizers) == ["과학기술정보통신부"]
        assert _orgs(x, e.co_organizers) == ["한국지능정보사회진흥원", "한국인공지능협회"]  # the alias does not end the box
        assert _orgs(x, e.sponsors) == ["미래클라우드", "한빛텔레콤"]


def test_a_finished_event_is_held_and_an_explicit_cue_beats_the_subject() -> None:
    for verb in ("성황리에 마쳤다고 4일 밝혔다", "마무리했다고 4일 밝혔다"):
        x = extract(ko_article(
            f"한국로봇진흥원(원장 손민호)은 대구 엑스코에서 '2026 로봇 인공지능 포럼'을 {verb}. "
            "이번 포럼은 산업통상자원부가 주최하고 한국로봇진흥원과 대구테크노파크가 공동 주관했다.",
            published="2026-06-04"))
        [e] = x.events
        assert (e.venue, e.city) == ("엑스코", "대구")
        assert _orgs(x, e.organizers) == ["산업통상자원부"]
        assert _orgs(x, e.co_organizers) == ["한국로봇진흥원", "대구테크노파크"]


def test_a_lawmakers_office_written_apart_is_an_organization_of_a_list() -> None:
    for text in ("김성호 의원실과 스마트제조혁신협회가 공동 주최한 '스마트제조 혁신 포럼'이 12일 국회의원회관에서 열렸다.",
                 "'스마트제조 혁신 포럼'이 12일 국회의원회관에서 열렸다. 행사는 스마트제조혁신협회와 김성호 의원실이 "
                 "주최했다."):
        x = extract(ko_article(text, published="2026-06-13"))
        [e] = x.events
        assert sorted(_orgs(x, e.organizers) + _orgs(x, e.co_organizers)) == ["김성호 의원실", "스마트제조혁신협회"]


def test_alliances_and_consortia_hold_events() -> None:
    for holder in ("제조AI얼라이언스", "스마트물류컨소시엄"):
        x = extract(ko_article(f"{holder}는 지난 15일 서울 엘타워에서 기술세미나를 열었다.", published="2026-06-25"))
        [e] = x.events
        assert _orgs(x, e.organizers) == [holder]


def test_a_described_organization_with_its_head_in_parentheses_opens_the_event() -> None:
    for verb in ("개막했다", "개최했다"):
        x = extract(ko_article(
            "포항공대 인공지능연구원(원장 서영주)과 인공지능 전문매체 더에이아이(THE AI, 대표 황민수)는 24일 킨텍스에서 "
            f"제조 AI 컨퍼런스 'AIM 2024'를 {verb}.", published="2024-10-25"))
        [e] = x.events
        assert _orgs(x, e.organizers) == ["포항공대 인공지능연구원", "더에이아이"]
        assert "THE AI" in next(o for o in x.organizations if o.name == "더에이아이").aliases


def test_a_dateline_and_a_topic_particle_after_parentheses_end_no_organization() -> None:
    for lead in ("[한빛경제신문 김하늘 기자] ", "(서울=한빛뉴스) 김하늘 기자 = "):
        x = extract(ko_article(
            f"{lead}세종대학교(총장 배덕효)는 세종대학교 산학협력단·세종연구원과 공동으로 지난달 30일 대양AI센터에서 "
            "'AI 세미나'를 주최했다고 14일 밝혔다.", published="2023-12-14"))
        [e] = x.events
        assert _orgs(x, e.organizers) == ["세종대학교"]
        assert _orgs(x, e.co_organizers) == ["세종대학교 산학협력단", "세종연구원"]


def test_the_subject_of_a_cue_without_the_adverbs_after_it() -> None:
    for adverb in ("올해 두 번째로", "매년"):
        x = extract(ko_article(
            f"광주연구원은 25일 'AI 전문가 포럼'을 개최한다. 광주연구원 인공지능센터가 {adverb} 주관하는 이번 포럼은 "
            "반도체를 다룬다.", published="2023-11-20"))
        [e] = x.events
        assert _orgs(x, e.co_organizers) == ["광주연구원 인공지능센터"]


def test_both_institutions_are_the_two_named_before() -> None:
    for both in ("양 기관은", "두 기관은"):
        x = extract(ko_article(
            f"한결대와 대전테크노파크가 혁신성장을 위해 손을 맞잡았다. {both} 3일 한결대 대회의실에서 업무협약을 체결했다.",
            published="2023-12-04"))
        [e] = x.events
        assert _orgs(x, e.organizers) == ["한결대", "대전테크노파크"]


def test_a_proper_subject_with_a_topic_particle_holds_a_quoted_event() -> None:
    for holder, verb in (("한빛대", "열었다고 27일 밝혔다"), ("한빛시", "가졌다")):
        x = extract(ko_article(f"{holder}는 지난 11일 시청 대회의실에서 'AI 도시 선포식'을 {verb}.", published="2026-06-27"))
        [e] = x.events
        assert (_orgs(x, e.organizers), e.start, e.venue) == ([holder], "2026-06-11", "시청 대회의실")


def test_a_hall_is_no_title_and_a_person_subject_is_no_organization() -> None:
    x = extract(ko_article("한빛협회는 지난달 28일 부산 해운대구 벡스코 제2전시장 3층 회의실에서 세미나를 개최했다. "
                           "중소기업기술정보진흥원 최철안 원장은 개회사를 했다. 김규환 의원은 축사를 했다.",
                           published="2026-06-12"))
    assert {p.name for p in x.people} == {"최철안", "김규환"}
    assert [a.org for p in x.people if p.name == "김규환" for a in p.affiliations] == [None]
    assert next(iter(x.events)).venue == "벡스코 제2전시장 3층 회의실"


def test_a_persons_name_as_subject_is_no_organizer() -> None:
    for subject in ("김철수는", "박영희가"):
        x = extract(ko_article(f"{subject} 25일 서울 코엑스에서 AI 포럼을 열었다.", published="2026-06-26"))
        [e] = x.events
        assert _orgs(x, e.organizers) == []
    x = extract(ko_article("한빛랩스는 25일 서울 코엑스에서 AI 포럼을 열었다.", published="2026-06-26"))
    assert _orgs(x, x.events[0].organizers) == ["한빛랩스"]


@pytest.mark.parametrize(("text", "name"), [
    ("산업부는 18일 코엑스에서 'K-제조 AI 얼라이언스' 2차 총회를 열었다.", "K-제조 AI 얼라이언스 2차 총회"),
    ("협회는 5일 'AI 품질 인증' 제3회 세미나를 개최했다.", "AI 품질 인증 제3회 세미나"),
    ("시는 오는 9일 '스마트시티 리빙랩' 2025 컨퍼런스를 연다.", "스마트시티 리빙랩 2025 컨퍼런스"),
    ("협회는 5일 '생성형 AI와 일자리' 토론회를 개최했다.", "생성형 AI와 일자리 토론회"),
    # what the ceremony is held for between (one or two verbal nouns): the thing quoted is no event, the ceremony is
    ("한빛전자와 다온대는 19일 다온대에서 '모빌리티 AI 연구센터' 설립 협약식을 가졌다.", "모빌리티 AI 연구센터 설립 협약식"),
    ("협회는 5일 'K-AI 얼라이언스' 창립 총회를 열었다.", "K-AI 얼라이언스 창립 총회"),
    ("시는 5일 '스마트 제조 플랫폼' 구축 착수보고회를 열었다.", "스마트 제조 플랫폼 구축 착수보고회"),
    # (guard: passed before) a ceremony word that names the purpose itself
    ("협회는 5일 'K-AI 얼라이언스' 출범식을 열었다.", "K-AI 얼라이언스 출범식"),
])
def test_a_quoted_name_then_an_edition_or_year_then_the_type_word(text: str, name: str) -> None:
    [e] = extract(ko_article(text, published="2025-06-20")).events
    assert e.name == name


@pytest.mark.parametrize(("text", "published", "dates"), [
    ("'2025 로봇 컨퍼런스'가 22일 코엑스에서 막을 올렸다. 행사는 24일까지 사흘간 열린다.", "2025-06-23",
     ("2025-06-22", "2025-06-24")),
    ("'스마트공장 엑스포'가 30일 킨텍스에서 개막했다. 전시는 다음 달 2일까지 이어진다.", "2025-06-30",
     ("2025-06-30", "2025-07-02")),
    ("'스마트공장 엑스포'가 3일 킨텍스에서 개막했다. 신청은 20일까지 받는다.", "2025-06-04", ("2025-06-03", None)),
    # two sentences on, after the opening's guests
    ("다온시는 24일 다온컨벤션에서 '2025 AI 제조 페어'를 개막했다. 개막식에는 기업인 등 500여 명이 참석했다. "
     "행사는 26일까지 이어진다.", "2025-06-24", ("2025-06-24", "2025-06-26")),
    ("'2025 로봇 컨퍼런스'가 22일 코엑스에서 막을 올렸다. 첫날 개막식에는 300여 명이 참석했다. 전시는 "
     "24일까지 계속된다.", "2025-06-23", ("2025-06-22", "2025-06-24")),
    # a place of several words between the last day and the verb
    ("16일 개막한 '2026 한빛 로봇쇼'에는 1만여 명이 몰렸다. 이번 전시회는 19일까지 경기 고양시 킨텍스 제1전시장에서 "
     "열린다.", "2026-04-17", ("2026-04-16", "2026-04-19")),
    ("'2026 한빛 AI 엑스포'가 16일 개막했다. 엑스포는 19일까지 사흘간 서울 강남구 코엑스 A홀에서 진행된다.", "2026-04-17",
     ("2026-04-16", "2026-04-19")),
])
def test_the_last_day_written_as_until(text: str, published: str, dates: tuple) -> None:
    [e] = extract(ko_article(text, published=published)).events
    assert (e.start, e.end) == dates


@pytest.mark.parametrize(("text", "sponsors"), [
    ("한빛협회가 주최하고 산업부가 후원하는 '2025 로봇 컨퍼런스'가 22일 코엑스에서 열렸다.", ["산업통상자원부"]),
    ("다온전자가 후원한 스마트제조 포럼에서 김도윤 교수가 발표했다. 포럼은 3일 열렸다.", ["다온전자"]),
])
def test_an_adnominal_cue_before_an_event_names_no_organization(text: str, sponsors: list[str]) -> None:
    x = extract(ko_article(text, published="2025-06-23"))
    [e] = x.events
    assert _orgs(x, e.sponsors) == sponsors


@pytest.mark.parametrize(("text", "venue", "city"), [
    # a hall of a venue named with its alias; a hotel named with its city
    ("한빛협회는 3일 대전컨벤션센터(DCC) 제1전시장에서 'AI 제조 포럼'을 열었다.", "대전컨벤션센터(DCC) 제1전시장", "대전"),
    ("한빛협회는 3일 울산전시컨벤션센터(UECO)에서 'AI 제조 포럼'을 열었다.", "울산전시컨벤션센터", "울산"),
    ("'AI 제조 포럼'이 3일 더플라자호텔 서울 그랜드볼룸에서 열렸다.", "더플라자호텔 서울 그랜드볼룸", "서울"),
    ("'AI 제조 포럼'이 3일 서울 롯데호텔 크리스탈볼룸에서 열렸다.", "롯데호텔 크리스탈볼룸", "서울"),
    # a generic hall named by the city written before it
    ("한빛협회는 3일(현지시간) 미국 라스베이거스 컨벤션센터에서 'AI 제조 포럼'을 열었다.", "라스베이거스 컨벤션센터", "라스베이거스"),
    ("한빛협회는 3일 대구 문화회관에서 'AI 제조 포럼'을 열었다.", "대구 문화회관", "대구"),
])
def test_venues_with_an_alias_or_a_city_inside(text: str, venue: str, city: str) -> None:
    [e] = extract(ko_article(text, published="2025-06-05")).events
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize(("text", "venue", "city"), [
    # a hotel brand, then its city, then the rest of its name: the city is inside the venue's name
    ("'AI 제조 포럼'이 3일 서울 강남구 그랜드 인터컨티넨탈 서울 파르나스에서 열렸다.", "그랜드 인터컨티넨탈 서울 파르나스", "서울"),
    ("'AI 제조 포럼'이 3일 부산 해운대구 웨스틴 부산 그랜드볼룸에서 열렸다.", "웨스틴 부산 그랜드볼룸", "부산"),
    # (the brand with a word of its own written as one: 그랜드인터컨티넨탈, 파크하얏트 …)
    ("'AI 제조 포럼'이 3일 서울 강남구 그랜드인터컨티넨탈 서울 파르나스에서 열렸다.", "그랜드인터컨티넨탈 서울 파르나스", "서울"),
    ("'AI 제조 포럼'이 3일 부산 해운대구 더웨스틴 부산 누리마루홀에서 열렸다.", "더웨스틴 부산 누리마루홀", "부산"),
    # a headline's 서 for 에서 after a venue's word, and its 열려
    ("'AI 제조 포럼' 3일 킨텍스서 개막", "킨텍스", None),
    ("'AI 제조 포럼' 3일 한빛컨벤션센터서 열려", "한빛컨벤션센터", None),
])
def test_a_hotel_named_with_its_city_and_a_headlines_venue(text: str, venue: str, city: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-06-05")).events
    assert (e.venue, e.city, e.start) == (venue, city, "2025-06-03")


@pytest.mark.parametrize(("text", "organizers", "co_organizers"), [
    # the partner joined by 와/과 before 공동으로, without the date and place written before it
    ("한빛협회는 5일 국회의원회관에서 한국로봇산업진흥원과 공동으로 '산업AI 정책토론회'를 개최했다.",
     ["한빛협회"], ["한국로봇산업진흥원"]),
    ("한빛협회는 5일 국회의원회관에서 '산업AI 정책토론회'를 개최했다. 이번 토론회는 국회 산업통상자원중소벤처기업위원회 소속 "
     "김민석 의원실과 공동으로 주최했다.", ["한빛협회"], ["김민석 의원실"]),
    # a list of partners
    ("한빛협회는 5일 '산업AI 정책토론회'를 개최했다. 다온전자, 한국로봇산업진흥원 등과 공동으로 주최한 이번 행사에는 "
     "100명이 참석했다.", ["한빛협회"], ["다온전자", "한국로봇산업진흥원"]),
])
def test_the_partner_before_gongdong_euro(text: str, organizers: list[str], co_organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2025-11-06"))
    [e] = x.events
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers)) == (organizers, co_organizers)


@pytest.mark.parametrize("text", [
    # an event a minister chairs (주재) is held by the ministry that reports it, on that day
    "과학기술정보통신부는 유상임 장관이 18일 판교 글로벌R&D센터에서 'AI 반도체 기업 간담회'를 주재했다고 밝혔다.",
    "과학기술정보통신부는 18일 판교 글로벌R&D센터에서 'AI 반도체 기업 간담회'를 주재하고 업계 의견을 들었다.",
])
def test_an_event_chaired_by_a_minister(text: str) -> None:
    x = extract(ko_article(text, published="2026-11-19"))
    [e] = x.events
    assert (e.name, e.start, _orgs(x, e.organizers)) == ("AI 반도체 기업 간담회", "2026-11-18", ["과학기술정보통신부"])


@pytest.mark.parametrize(("text", "sponsors"), [
    # "A와 B의 지원을 받아": the bodies whose support the event had are its sponsors
    ("'2026 로봇 포럼'은 산업통상자원부와 한국산업기술진흥원의 지원을 받아 12일 코엑스에서 열렸다.",
     ["산업통상자원부", "한국산업기술진흥원"]),
    ("한빛협회는 다온전자의 지원으로 12일 코엑스에서 '2026 로봇 포럼'을 열었다.", ["다온전자"]),
    # support of something else is no sponsorship
    ("한빛협회는 12일 코엑스에서 '2026 로봇 포럼'을 열고 중소기업 지원을 늘리기로 했다.", []),
])
def test_the_support_an_event_had(text: str, sponsors: list[str]) -> None:
    x = extract(ko_article(text, published="2026-11-13"))
    [e] = x.events
    assert _orgs(x, e.sponsors) == sponsors


@pytest.mark.parametrize(("text", "venue"), [
    # a date written with dots or dashes before the venue is no part of it
    ("한빛협회는 2025.6.5 코엑스에서 '로봇 포럼'을 열었다.", "코엑스"),
    ("한빛협회는 2025-06-05 코엑스 그랜드볼룸에서 '로봇 포럼'을 열었다.", "코엑스 그랜드볼룸"),
])
def test_a_numeric_date_before_the_venue(text: str, venue: str) -> None:
    [e] = extract(ko_article(text)).events
    assert e.venue == venue and e.start == "2025-06-05"


@pytest.mark.parametrize(("text", "start"), [
    # a bare day more than a week ahead: the verb's tense says whether it is this month's or last month's
    ("한빛시는 23일 한빛컨벤션센터에서 '2025 한빛 제조AI 페스티벌'을 개최한다고 밝혔다.", "2025-06-23"),
    ("'2025 한빛 제조AI 페스티벌'이 23일 한빛컨벤션센터에서 열린다.", "2025-06-23"),
    ("'2025 한빛 제조AI 페스티벌'이 3일 한빛컨벤션센터에서 열릴 예정이다.", "2025-07-03"),
    ("한빛시는 23일 한빛컨벤션센터에서 '2025 한빛 제조AI 페스티벌'을 개최했다.", "2025-05-23"),
    ("'2025 한빛 제조AI 페스티벌'이 23일 한빛컨벤션센터에서 열렸다.", "2025-05-23"),
    # the past adnominal of holding is the past too: "15일 개최된 간담회에 참석했다", "15일 열린 포럼에서"
    ("류하늘 차관은 15일 한빛타워에서 개최된 'AI 반도체 간담회'에 참석해 의견을 청취했다.", "2025-05-15"),
    ("이서연 교수가 15일 코엑스에서 열린 'AI 포럼'에서 발표하고 있다.", "2025-05-15"),
    # (guard: passed before) the future adnominal
    ("류하늘 차관은 15일 한빛타워에서 열릴 'AI 반도체 간담회'에 참석한다.", "2025-06-15"),
])
def test_the_tense_of_the_holding_verb_places_a_bare_day(text: str, start: str) -> None:
    [e] = extract(ko_article(text, published="2025-06-12")).events
    assert e.start == start


@pytest.mark.parametrize(("text", "venue", "city"), [
    # a province before a city, or before a venue named after it, is no city; a 읍 is no part of the venue
    ("한빛협회는 5일 경남 창원 한빛컨벤션센터에서 'AI 포럼'을 개최했다.", "한빛컨벤션센터", "창원"),
    ("한빛협회는 5일 경기도 고양시 한빛홀에서 'AI 포럼'을 개최했다.", "한빛홀", "고양"),
    ("한빛협회는 5일 경기창조경제혁신센터에서 'AI 포럼'을 개최했다.", "경기창조경제혁신센터", None),
    ("한빛협회는 5일 대전컨벤션센터에서 'AI 포럼'을 개최했다.", "대전컨벤션센터", "대전"),
    ("한빛협회는 5일 경남 양산시 물금읍 한빛연구센터에서 'AI 포럼'을 개최했다.", "한빛연구센터", "양산"),
    # a district of the city written before it, by its ending, no list knowing it, is no part of the venue
    ("한빛협회는 25일 부산 해운대구 한빛센텀홀 오디토리움에서 'AI 포럼'을 개최했다.", "한빛센텀홀 오디토리움", "부산"),
    ("한빛협회는 25일 대구 수성구 한빛호텔에서 'AI 포럼'을 개최했다.", "한빛호텔", "대구"),
    ("한빛협회는 25일 경기 성남시 분당구 한빛디자인센터에서 'AI 포럼'을 개최했다.", "한빛디자인센터", "성남"),
    # nor is the street of its address
    ("한빛협회는 25일 서울 중구 소공로 한빛호텔 그랜드볼룸에서 'AI 포럼'을 개최했다.", "한빛호텔 그랜드볼룸", "서울"),
    ("한빛협회는 25일 서울 강남구 테헤란로 다온타워 20층에서 'AI 포럼'을 개최했다.", "다온타워 20층", "서울"),
    # a building its owner names by a number (not a year)
    ("한빛협회는 25일 경기 성남시 분당구 다온 1784에서 'AI 포럼'을 개최했다.", "다온 1784", "성남"),
])
def test_provinces_cities_and_towns_before_a_venue(text: str, venue: str, city: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-06-12")).events
    assert (e.venue, e.city) == (venue, city)


def test_a_year_after_a_name_is_no_building() -> None:
    [e] = extract(ko_article("한빛전자는 3일 라스베이거스에서 열린 다온쇼 2025에서 신제품을 공개했다.",
                             published="2025-06-12")).events
    assert e.venue != "다온쇼 2025"


@pytest.mark.parametrize(("text", "role", "name"), [
    # "X 산하 Y": the body under the parent holds or runs the event
    ("중소벤처기업부 산하 한빛기술진흥원은 10일 'AI 성과공유회'를 가졌다.", "organizers", "한빛기술진흥원"),
    ("'AI 성과공유회'가 10일 열렸다. 행사는 산업통상자원부 소속 한빛기술평가원이 주관했다.", "co_organizers", "한빛기술평가원"),
])
def test_the_body_under_a_parent_is_the_organization(text: str, role: str, name: str) -> None:
    x = extract(ko_article(text, published="2025-06-12"))
    assert _orgs(x, getattr(x.events[0], role)) == [name]


@pytest.mark.parametrize("text", [
    # the subject's organizations hold the event together; a partner after 와 함께 only co-organizes
    "한빛일보와 다온연구원이 함께 여는 'AI 대전환 포럼'이 18일 한빛홀에서 열린다.",
    "한빛일보와 다온연구원이 함께 18일 한빛홀에서 'AI 대전환 포럼'을 열었다.",
])
def test_organizations_that_hold_an_event_together(text: str) -> None:
    x = extract(ko_article(text, published="2025-06-12"))
    assert (_orgs(x, x.events[0].organizers), _orgs(x, x.events[0].co_organizers)) == (["한빛일보", "다온연구원"], [])


@pytest.mark.parametrize("text", [
    "한빛일보는 한국미래한림원과 손잡고 18일 'AI 대전환 포럼'을 열었다.",
    "한빛일보는 한국미래한림원과 함께 18일 'AI 대전환 포럼'을 열었다.",
])
def test_a_partner_named_by_a_general_suffix_co_organizes(text: str) -> None:
    x = extract(ko_article(text, published="2025-06-12"))
    assert (_orgs(x, x.events[0].organizers), _orgs(x, x.events[0].co_organizers)) == (["한빛일보"], ["한국미래한림원"])


@pytest.mark.parametrize("text", [
    # preparing the event, said of it as the topic or the object, is holding it
    "'AI 제조 포럼'이 18일 한빛홀에서 열렸다. 이번 포럼은 다온산업협회가 마련했다.",
    "'AI 제조 포럼'이 18일 한빛홀에서 열렸다. 행사를 준비한 다온산업협회 김민수 회장은 \"의미가 크다\"고 말했다.",
    "'AI 제조 포럼'이 18일 한빛홀에서 열렸다. 포럼을 마련한 다온산업협회 관계자는 \"의미가 크다\"고 말했다.",
])
def test_the_body_that_prepared_the_event_holds_it(text: str) -> None:
    x = extract(ko_article(text, published="2025-06-20"))
    assert _orgs(x, x.events[0].organizers) == ["다온산업협회"]


def test_preparing_something_else_holds_nothing() -> None:
    x = extract(ko_article("한빛시는 18일 한빛홀에서 'AI 제조 포럼'을 열었다. 다온산업협회는 기업 지원 방안을 마련했다.",
                           published="2025-06-20"))
    assert _orgs(x, x.events[0].organizers) == ["한빛시"]


@pytest.mark.parametrize("text", [
    # the people of an organization ("관계자", "측", "임직원") are no part of its name
    "'AI 제조 포럼'이 18일 한빛홀에서 열렸다. 포럼을 주최한 다온산업협회 관계자는 \"의미가 크다\"고 말했다.",
    "다온산업협회 측은 18일 한빛홀에서 'AI 제조 포럼'을 열었다고 밝혔다.",
])
def test_the_people_of_an_organization_are_no_part_of_its_name(text: str) -> None:
    x = extract(ko_article(text, published="2025-06-20"))
    assert _orgs(x, x.events[0].organizers) == ["다온산업협회"]


@pytest.mark.parametrize(("text", "role", "name"), [
    # the side of the event a body is on, named after the cue (주최 측인, 주관사인, 후원사인)
    ("'AI 제조 포럼'이 18일 한빛홀에서 열렸다. 주최 측인 다온산업협회는 \"의미 있는 자리\"라고 밝혔다.", "organizers",
     "다온산업협회"),
    ("'AI 제조 포럼'이 18일 한빛홀에서 열렸다. 주최측인 다온산업협회는 \"의미 있는 자리\"라고 밝혔다.", "organizers",
     "다온산업협회"),
    ("'AI 제조 포럼'이 18일 한빛홀에서 열렸다. 주관사인 다온연구원 관계자는 \"의미 있는 자리\"라고 밝혔다.",
     "co_organizers", "다온연구원"),
    ("'AI 제조 포럼'이 18일 한빛홀에서 열렸다. 후원사인 다온전자의 김민수 대표도 참석했다.", "sponsors", "다온전자"),
    # a postposition-like noun closes the phrase before it: "…의 후원 아래 X가 주관했다"
    ("'AI 제조 포럼'이 18일 한빛홀에서 열렸다. 이번 행사는 산업통상자원부의 후원 아래 다온연구원이 주관했다.",
     "co_organizers", "다온연구원"),
])
def test_the_side_a_body_is_on(text: str, role: str, name: str) -> None:
    x = extract(ko_article(text, published="2025-06-20"))
    assert _orgs(x, getattr(x.events[0], role)) == [name]


@pytest.mark.parametrize(("text", "role", "office"), [
    # a lawmaker who holds an event holds it through their office, named after them
    ("하도윤 다온당 국회의원이 주최하고 한빛협회가 주관하는 'AI 법률안 공청회'가 16일 한빛센터에서 열린다.",
     "organizers", "하도윤 의원실"),
    ("'AI 토론회'가 5일 국회의원회관에서 열린다. 이번 토론회는 노시우 의원이 주최한다.", "organizers", "노시우 의원실"),
    # a surname and the title take the full name the article gave the lawmaker before
    ("민지유 다온당 의원은 'AI 토론회'에 대해 설명했다. 토론회는 한빛학회가 주최하고, 민 의원이 주관한다.",
     "co_organizers", "민지유 의원실"),
])
def test_a_lawmaker_holds_an_event_through_their_office(text: str, role: str, office: str) -> None:
    x = extract(ko_article(text, published="2025-06-12"))
    assert office in _orgs(x, getattr(x.events[0], role))


@pytest.mark.parametrize("text", [
    # lawmakers listed before one title, each with a party in parentheses or none, hold it through their offices
    "'AI 토론회'가 5일 국회에서 열렸다. 이번 토론회는 하서준(다온당)·민지유(한빛당) 의원이 공동 주최했다.",
    "하서준(다온당)·민지유(한빛당) 의원이 공동 주최한 'AI 토론회'가 5일 국회에서 열렸다.",
    "'AI 토론회'가 5일 국회에서 열렸다. 토론회는 하서준·민지유 의원이 공동 주최했다.",
    "'AI 토론회'가 5일 국회에서 열렸다. 토론회는 하서준, 민지유 의원이 공동 주최했다.",
])
def test_lawmakers_listed_before_one_title_hold_it_together(text: str) -> None:
    x = extract(ko_article(text, published="2025-06-12"))
    assert _orgs(x, x.events[0].organizers) == ["하서준 의원실", "민지유 의원실"]


def test_a_lawmaker_who_attends_holds_nothing() -> None:
    x = extract(ko_article("한빛협회는 16일 'AI 공청회'를 열었다. 이날 하도윤 국회의원이 참석했다.", published="2025-06-17"))
    assert _orgs(x, x.events[0].organizers) == ["한빛협회"] and x.events[0].co_organizers == ()


@pytest.mark.parametrize(("text", "holder"), [
    # a body launching itself holds its launch, even when its name reads as an event's (…포럼)
    ("'한빛 인공지능포럼'이 전문가 200여명이 동참한 가운데 22일 한빛홀에서 기념식을 갖고 출범했다.", "한빛 인공지능포럼"),
    ("한빛인공지능협의회가 22일 한빛홀에서 발족식을 열고 공식 출범했다.", "한빛인공지능협의회"),
])
def test_a_body_launching_itself_holds_its_launch(text: str, holder: str) -> None:
    x = extract(ko_article(text, published="2025-06-12"))
    assert _orgs(x, x.events[0].organizers) == [holder]


def test_an_implied_office_is_an_organization_without_a_mention() -> None:
    # "X 의원실" is implied by "X 의원이 주최하고": kept as an organization, but no span of the text names it
    text = "하도윤 다온당 국회의원이 주최하고 한빛협회가 주관하는 'AI 법률안 공청회'가 16일 한빛센터에서 열린다."
    x = extract(ko_article(text, published="2025-06-12"))
    office = next(o for o in x.organizations if o.name == "하도윤 의원실")
    assert office.mentions == () and office.id in x.events[0].organizers
    assert all(text[s.start:s.end] in {o.name, *o.aliases} for o in x.organizations for s in o.mentions)


@pytest.mark.parametrize("text", [
    # a stretch of days or a weekday in parentheses before the venue is no part of it
    "'AI 포럼'이 지난 10일부터 12일까지 사흘간 한빛홀에서 열렸다.",
    "'AI 포럼'이 오는 12월 3일(수) 한빛홀에서 열린다.",
])
def test_when_before_the_venue_is_no_part_of_it(text: str) -> None:
    [e] = extract(ko_article(text, published="2025-11-20")).events
    assert e.venue == "한빛홀"


@pytest.mark.parametrize(("text", "venue"), [
    # the country's convention centres by their own names, no city or suffix written before them
    ("대구시는 3일 엑스코에서 'AI 제조 포럼'을 열었다.", "엑스코"),
    ("한빛협회는 3일 세텍에서 'AI 제조 포럼'을 열었다.", "세텍"),
    ("경북도는 3일 구미코에서 'AI 제조 포럼'을 열었다.", "구미코"),
])
def test_convention_centres_by_their_own_names(text: str, venue: str) -> None:
    [e] = extract(ko_article(text, published="2025-06-05")).events
    assert e.venue == venue


@pytest.mark.parametrize(("text", "venue"), [
    # a building named by its own name and 관, with or without "on campus" before it
    ("한빛과학기술원은 26일 교내 누리관에서 'AI 반도체 세미나'를 열었다.", "누리관"),
    ("'AI 반도체 세미나'가 지난 3일 다온대 학생회관에서 열렸다.", "다온대 학생회관"),
    ("한빛시는 3일 시립도서관에서 'AI 교육 설명회'를 개최했다.", "시립도서관"),
])
def test_a_building_named_with_gwan(text: str, venue: str) -> None:
    [e] = extract(ko_article(text, published="2025-06-05")).events
    assert e.venue == venue


@pytest.mark.parametrize("text", [
    # an institution and a title ending in 관 are no buildings
    "한빛협회는 3일 회원 기관에서 모인 전문가들과 'AI 제조 포럼'을 열었다.",
    "'AI 제조 포럼'은 3일 감독관에서 물러난 오세린 씨가 기획했다.",
])
def test_an_institution_or_a_title_ending_in_gwan_is_no_venue(text: str) -> None:
    [e] = extract(ko_article(text, published="2025-06-05")).events
    assert e.venue is None


@pytest.mark.parametrize(("text", "name"), [
    # an adverb before the event's type says how it was held and is no part of its name
    ("한빛협회는 26일 회원사 전문가들과 함께 AI 제조 세미나를 열었다.", "AI 제조 세미나"),
    ("두 기관은 26일 한빛홀에서 처음으로 로봇 해커톤을 공동 개최했다.", "로봇 해커톤"),
    # 및 joins two events into one name
    ("한빛협회는 26일 제3기 AI 아카데미 성과공유회 및 수료식을 열었다.", "제3기 AI 아카데미 성과공유회 및 수료식"),
])
def test_an_adverb_before_the_event_word(text: str, name: str) -> None:
    [e] = extract(ko_article(text, published="2025-06-05")).events
    assert e.name == name


@pytest.mark.parametrize(("text", "co_organizers"), [
    # a partner body in holding the event (in collaboration with)
    ("'AI 제조 포럼'이 3일 열렸다. 행사는 한빛도가 주최하고 한빛테크노파크가 주관했으며 다온진흥원이 협력기관으로 참여했다.",
     ["한빛테크노파크", "다온진흥원"]),
    ("'AI 제조 포럼'이 3일 열렸다. 다온진흥원은 협력기관으로 이번 포럼에 함께했다.", ["다온진흥원"]),
    # cooperation and a company's partners are no part in holding it
    ("'AI 제조 포럼'이 3일 열렸다. 한빛도와 다온전자는 협력 방안을 논의했다.", []),
    ("'AI 제조 포럼'이 3일 열렸다. 다온전자는 협력사 200곳과 함께 참여했다.", []),
    # held in collaboration with a body: its cooperation, after a genitive
    ("다온전자는 7일 'AI 데모데이'를 진행했다. 이번 행사는 한빛창조경제혁신센터의 협력으로 진행됐다.", ["한빛창조경제혁신센터"]),
    ("'AI 제조 포럼'이 3일 열렸다. 포럼은 한빛재단의 협조하에 마련됐다.", ["한빛재단"]),
    ("'AI 제조 포럼'이 3일 열렸다. 한빛대는 산학 협력으로 로봇을 개발했다.", []),
    # a lawmaker as the partner, through their office
    ("한빛협회는 김도윤 다온당 의원과 함께 7일 국회의원회관에서 'AI 정책토론회'를 공동 주최했다.", ["김도윤 의원실"]),
    ("한빛협회는 김도윤 의원(다온당)과 함께 7일 국회에서 'AI 정책토론회'를 열었다.", ["김도윤 의원실"]),
])
def test_a_partner_body_in_holding_the_event(text: str, co_organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2025-06-05"))
    [e] = x.events
    assert _orgs(x, e.co_organizers) == co_organizers


@pytest.mark.parametrize(("text", "organizers"), [
    # a lawmaker as the subject of the verb that holds the event holds it through their office, as with 주최
    ("국회 과방위 소속 김도윤 의원(다온당)은 15일 국회의원회관에서 'AI 기본법 공청회'를 개최했다.", ["김도윤 의원실"]),
    ("김도윤 다온당 의원은 15일 국회의원회관에서 'AI 기본법 공청회'를 열었다.", ["김도윤 의원실"]),
    ("김도윤 의원이 15일 국회에서 'AI 정책 토론회'를 개최했다.", ["김도윤 의원실"]),
    # another subject holds it
    ("김도윤 의원은 박서진 협회장이 15일 개최한 'AI 정책 토론회'에 참석했다.", []),
    # the lawmakers as the topic of 주최했다, each with their party (and seat) in parentheses, or as a list
    ("김도윤 의원은 15일 국회의원회관에서 'AI 기본법' 토론회를 주최했다.", ["김도윤 의원실"]),
    ("김도윤 의원(다온당·서울 마포갑)과 박서진 의원(한빛당)은 15일 국회의원회관에서 'AI 기본법' 토론회를 공동 주최했다.",
     ["김도윤 의원실", "박서진 의원실"]),
    ("김도윤 다온당 의원과 박서진 한빛당 의원이 공동 주최한 'AI 기본법' 토론회가 15일 열렸다.", ["김도윤 의원실", "박서진 의원실"]),
    # a lawmaker joined by 과/와 to an organization as the subject: both hold it (the office is no part of a name)
    ("국회 과방위 소속 김도윤 의원(다온당)과 한빛포럼은 15일 국회의원회관에서 'AI 정책토론회'를 공동 개최했다.",
     ["김도윤 의원실", "한빛포럼"]),
    ("김도윤 의원과 한빛협회는 15일 국회의원회관에서 'AI 정책토론회'를 공동 주최했다.", ["김도윤 의원실", "한빛협회"]),
    # the adnominal 주최한 with the day and the place between the lawmaker and the verb
    ("국회 과방위 소속 김도윤 의원(다온당)이 15일 국회의원회관 제1소회의실에서 주최한 'AI 정책토론회'에서 박서진 교수가 "
     "발제했다.", ["김도윤 의원실"]),
    ("김도윤 다온당 의원과 박서진 한빛당 의원이 15일 국회에서 공동 주최한 'AI 기본법' 토론회에 300명이 참석했다.",
     ["김도윤 의원실", "박서진 의원실"]),
    # (guard: so before) with nothing between
    ("김도윤 의원이 주최한 'AI 정책토론회'에서 박서진 교수가 발제했다.", ["김도윤 의원실"]),
    # the party before the name, not after it: the office, not "다온당 김도윤 의원" as one organization
    ("국민의힘 김도윤 의원이 주최한 'AI 정책토론회'가 15일 국회의원회관에서 열렸다.", ["김도윤 의원실"]),
    ("'AI 정책토론회'는 더불어민주당 박서진 의원이 주최하고 한빛협회가 주관했다.", ["박서진 의원실"]),
    ("국회 과방위 소속 김도윤 의원과 더불어민주당 박서진 의원이 공동 주최한 'AI 기본법' 토론회가 15일 열렸다.",
     ["김도윤 의원실", "박서진 의원실"]),
])
def test_a_lawmaker_holding_the_event_holds_it_through_the_office(text: str, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2025-06-17"))
    [e] = x.events
    assert _orgs(x, e.organizers) == organizers


@pytest.mark.parametrize(("text", "organizers"), [
    # a body's head, named with their title after it, as the subject: the body holds it, not the whole phrase
    ("한빛인공지능협회 김도윤 회장이 주최한 'AI 정책 세미나'가 8일 서울에서 열렸다.", ["한빛인공지능협회"]),
    ("'AI 정책 세미나'는 다온AI협회 박서진 회장과 한빛대학교가 공동 주최했다.", ["다온AI협회", "한빛대학교"]),
    # (guard) the body alone
    ("한빛인공지능협회가 주최한 'AI 정책 세미나'가 8일 서울에서 열렸다.", ["한빛인공지능협회"]),
])
def test_a_heads_name_and_title_after_the_body_leave_the_body(text: str, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2025-06-17"))
    [e] = x.events
    assert _orgs(x, e.organizers) == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # 연, the adnominal of 열다, right before the quoted name: the subject held it, there and then
    ("한빛협회가 10일 서울 코엑스에서 연 '2026 AI 포럼'에는 300명이 참석했다.",
     ("2026-06-10", "코엑스", ["한빛협회"], [])),
    ("다온재단이 3일 부산 벡스코에서 연 '해양 AI 세미나'에서 김도윤 교수가 발표했다.",
     ("2026-06-03", "벡스코", ["다온재단"], [])),
    # prepared jointly with nobody else holding it: both hold it
    ("'2026 AI 포럼'이 10일 서울 코엑스에서 열렸다. 이번 행사는 한빛협회와 다온재단이 공동으로 마련했다.",
     ("2026-06-10", "코엑스", ["한빛협회", "다온재단"], [])),
])
def test_held_by_an_adnominal_before_the_name_and_prepared_jointly(text: str, expected: tuple) -> None:
    x = extract(ko_article(text, published="2026-06-11"))
    [e] = x.events
    assert (e.start, e.venue, _orgs(x, e.organizers), _orgs(x, e.co_organizers)) == expected


@pytest.mark.parametrize(("text", "start"), [
    # plans to hold it: the day is to come, and the planner holds it
    ("한빛협회는 20일 서울 코엑스에서 '2026 AI 포럼'을 열 예정이다.", "2026-06-20"),
    ("한빛협회는 20일 서울 코엑스에서 '2026 AI 포럼'을 열기로 했다.", "2026-06-20"),
    ("한빛협회는 이달 20일 서울 코엑스에서 '2026 AI 포럼'을 개최할 예정이다.", "2026-06-20"),
    # held: the day is past
    ("한빛협회는 20일 서울 코엑스에서 '2026 AI 포럼'을 열었다.", "2026-05-20"),
])
def test_a_planned_event_is_to_come_and_held_by_its_planner(text: str, start: str) -> None:
    x = extract(ko_article(text, published="2026-06-11"))
    [e] = x.events
    assert (e.start, _orgs(x, e.organizers)) == (start, ["한빛협회"])


@pytest.mark.parametrize(("text", "organizers"), [
    # the agents of a preparing verb, with an alias in parentheses between them and the verb
    ("'2025 한빛 AI 포럼'이 27일 코엑스에서 열렸다. 포럼은 다온경제신문사와 한빛과학기술원(HIST)이 마련했다.",
     ["다온경제신문사", "한빛과학기술원"]),
    ("'2025 한빛 AI 포럼'이 27일 코엑스에서 열렸다. 이번 행사는 다온방송사와 한빛연구원(HRI)이 함께 준비했다.",
     ["다온방송사", "한빛연구원"]),
    # a news company (신문사, 방송사 …) is an organization by its ending
    ("'2025 한빛 AI 포럼'이 27일 코엑스에서 열렸다. 포럼은 다온경제신문사가 마련했다.", ["다온경제신문사"]),
])
def test_preparing_agents_after_an_alias_and_news_companies(text: str, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2025-11-27"))
    [e] = x.events
    assert _orgs(x, e.organizers) == organizers


@pytest.mark.parametrize(("text", "organizers", "co", "sponsors"), [
    # a cue word as the topic: the names after it, up to their subject particle
    ("'2025 한빛 AI 포럼'이 27일 코엑스에서 열렸다. 행사 주최는 한빛협회, 주관은 다온연구원이 맡았다.",
     ["한빛협회"], ["다온연구원"], []),
    ("'2025 한빛 AI 포럼'이 27일 코엑스에서 열렸다. 주최는 한빛협회가, 후원은 다온전자가 맡았다.",
     ["한빛협회"], [], ["다온전자"]),
    # how they held it together ("손잡고", "협력해") does not end the clause that names them
    ("'2025 한빛 AI 포럼'이 27일 코엑스에서 열렸다. 이번 행사는 한빛시와 한빛테크노파크가 손잡고 준비했다.",
     ["한빛시", "한빛테크노파크"], [], []),
    ("'2025 한빛 AI 포럼'이 27일 코엑스에서 열렸다. 이번 행사는 한빛협회와 다온연구원이 협력해 마련했다.",
     ["한빛협회", "다온연구원"], [], []),
])
def test_topic_cues_and_holding_together(text: str, organizers: list, co: list, sponsors: list) -> None:
    x = extract(ko_article(text, published="2025-11-27"))
    [e] = x.events
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers), _orgs(x, e.sponsors)) == (organizers, co, sponsors)


@pytest.mark.parametrize(("text", "co"), [
    # a proper noun as the subject of a cue is its agent, though no list names it an organization
    ("'2025 한빛 로봇 엑스포'는 한빛협회가 주최하고 코엑스가 주관한다.", ["코엑스"]),
    ("'2025 한빛 로봇 엑스포'는 한빛협회가 주최하고 킨텍스가 주관하는 행사다.", ["킨텍스"]),
    # not a word shaped like a person's name
    ("'2025 한빛 로봇 엑스포'는 한빛협회가 주최하고 김도윤이 주관했다.", []),
])
def test_a_proper_noun_as_the_subject_of_a_cue(text: str, co: list[str]) -> None:
    x = extract(ko_article(text, published="2025-11-27"))
    [e] = x.events
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers)) == (["한빛협회"], co)


@pytest.mark.parametrize(("text", "expected"), [
    # 양일간 (two days) stretches the date and is no part of the venue
    ("'AI 포럼'이 24~25일 양일간 대전컨벤션센터(DCC)에서 열린다.", ("2025-11-24", "2025-11-25", "대전컨벤션센터", "대전")),
    ("'AI 포럼'이 24일부터 양일간 한빛홀에서 열린다.", ("2025-11-24", "2025-11-25", "한빛홀", None)),
    # a city abroad before the venue, after its country
    ("다온전자는 24일(현지시간) 미국 라스베이거스 만달레이베이 호텔에서 'AI 파트너 서밋'을 연다.",
     ("2025-11-24", None, "만달레이베이 호텔", "라스베이거스")),
    ("다온전자는 24일 독일 하노버 메세 전시장에서 'AI 파트너 서밋'을 연다.", ("2025-11-24", None, "메세 전시장", "하노버")),
])
def test_two_days_and_cities_abroad(text: str, expected: tuple) -> None:
    [e] = extract(ko_article(text, published="2025-11-20")).events
    assert (e.start, e.end, e.venue, e.city) == expected


@pytest.mark.parametrize(("text", "name"), [
    # more kinds of gathering: a council's launch, an award ceremony, an investment briefing
    ("한빛시는 24일 시청에서 AI 산업 육성 협의회 발족식을 가졌다.", "AI 산업 육성 협의회 발족식"),
    ("한빛협회는 24일 한빛홀에서 AI 우수기업 인증서 수여식을 열었다.", "AI 우수기업 인증서 수여식"),
    # the stage of an event after its name ("본선", "결선"): the event is the name before it
    ("제5회 한빛 AI 해커톤 본선이 24일 한빛홀에서 진행됐다.", "제5회 한빛 AI 해커톤"),
    ("제2회 다온 로봇 경진대회 결선이 24일 한빛홀에서 열렸다.", "제2회 다온 로봇 경진대회"),
])
def test_more_kinds_and_the_stage_after_a_name(text: str, name: str) -> None:
    [e] = extract(ko_article(text, published="2025-11-26")).events
    assert e.name == name


@pytest.mark.parametrize(("text", "organizers", "co"), [
    # a list declared to be of several bodies holds the event jointly
    ("'2025 한빛 AI 포럼'은 한빛협회 등 5개 기관이 공동 주최했다.", ["한빛협회"], []),
    ("'2025 한빛 AI 포럼'은 한빛협회 등 5개 기관이 공동 주관했다.", [], ["한빛협회"]),
    # the subject of an adnominal holding verb, when the event is the topic
    ("'2025 한빛 AI 포럼'이 27일 열렸다. 이 행사는 한빛협회가 매년 개최하는 국내 최대 AI 행사다.", ["한빛협회"], []),
    ("'2025 한빛 AI 포럼'이 27일 열렸다. 포럼은 다온연구원이 2019년부터 개최해온 행사다.", ["다온연구원"], []),
    # … not another event's holder
    ("'2025 한빛 AI 포럼'이 27일 열렸다. 김철수 회장은 다온협회가 여는 행사에도 참석할 예정이다.", [], []),
])
def test_declared_joint_holders_and_adnominal_holding(text: str, organizers: list, co: list) -> None:
    x = extract(ko_article(text, published="2025-11-27"))
    [e] = x.events
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers)) == (organizers, co)


@pytest.mark.parametrize(("text", "expected"), [
    # a line of marked items: the name, the day, the place and the bodies, each after its label
    ("한빛협회가 AI 포럼을 연다.\n▲행사명: 2025 한빛 AI 포럼 ▲일시: 2025. 11. 27.(목) 14:00~17:00 ▲장소: 코엑스 그랜드볼룸 "
     "▲주최: 한빛협회 ▲주관: 다온연구원",
     ("2025 한빛 AI 포럼", "2025-11-27", "코엑스 그랜드볼룸", None, ["한빛협회"], ["다온연구원"])),
    # labelled lines: the district after the city is no part of the place
    ("한빛협회가 AI 포럼을 연다.\n- 일시: 11월 27일(목) 오후 2시\n- 장소: 서울 중구 다온센터 20층\n- 주최: 한빛협회",
     ("AI 포럼", "2025-11-27", "다온센터 20층", "서울", ["한빛협회"], [])),
    # items of one line set apart by a spaced slash, the place before the day or after it
    ("2025 한빛 AI 포럼 프로그램\n\n일시: 2025년 11월 27일(목) 13:30~17:30 / 장소: 서울 다온홀(DH) 컨벤션홀\n"
     "주최: 한빛협회 / 주관: 다온연구원",
     ("2025 한빛 AI 포럼", "2025-11-27", "다온홀(DH) 컨벤션홀", "서울", ["한빛협회"], ["다온연구원"])),
    ("2025 한빛 AI 포럼 프로그램\n\n장소: 서울 다온센터 그랜드홀 / 일시: 2025년 11월 27일(목)\n주최: 한빛협회",
     ("2025 한빛 AI 포럼", "2025-11-27", "다온센터 그랜드홀", "서울", ["한빛협회"], [])),
])
def test_fact_boxes_of_marked_items_and_labelled_lines(text: str, expected: tuple) -> None:
    x = extract(ko_article(text, published="2025-11-20"))
    [e] = x.events
    assert (e.name, e.start, e.venue, e.city, _orgs(x, e.organizers), _orgs(x, e.co_organizers)) == expected


@pytest.mark.parametrize(("text", "sponsors"), [
    # a body every list knows, written bare before 지원으로, supported the event
    ("'2025 한빛 AI 포럼'이 27일 열렸다. 행사는 산업통상자원부 지원으로 진행됐다.", ["산업통상자원부"]),
    ("'2025 한빛 AI 포럼'이 27일 열렸다. 행사는 과학기술정보통신부 지원하에 열렸다.", ["과학기술정보통신부"]),
    # a common noun before it is what is supported, not who supports
    ("'2025 한빛 AI 포럼'이 27일 열렸다. 정부는 중소기업 지원으로 300억원을 쓴다.", []),
])
def test_a_known_body_bare_before_its_support(text: str, sponsors: list[str]) -> None:
    x = extract(ko_article(text, published="2025-11-28"))
    [e] = x.events
    assert _orgs(x, e.sponsors) == sponsors


@pytest.mark.parametrize(("box", "sponsors"), [
    # a fact box lists organizations: a name no list knows is one of them, listed with others or alone
    ("후원: 과학기술정보통신부, 한빛시", ["과학기술정보통신부", "한빛시"]),
    ("주최: 한빛협회 / 후원: 과학기술정보통신부, 다온시, 누리 AI 허브", ["과학기술정보통신부", "다온시", "누리 AI 허브"]),
    ("(주최 한빛협회, 후원 다온시·과학기술정보통신부)", ["다온시", "과학기술정보통신부"]),
    ("[후원] 한빛시", ["한빛시"]),
    # not a year, and not a person
    ("주최: 한빛협회 / 후원: 2026년 한빛시", []),
    ("주최: 한빛협회 / 후원: 과학기술정보통신부, 김도윤 의원", ["과학기술정보통신부"]),
])
def test_a_fact_box_lists_organizations_no_list_knows(box: str, sponsors: list[str]) -> None:
    x = extract(ko_article("'AI 포럼'이 10일 열린다.\n" + box, published="2026-12-01"))
    assert _orgs(x, x.events[0].sponsors) == sponsors


@pytest.mark.parametrize("text", [
    # the body said to run it (주관) under another's 주최 is a co-organizer, by whichever form the text gives it
    "한빛정보협회(HIA)는 26일 '2026 AI 컨퍼런스'를 개최했다. 과학기술정보통신부가 주최하고 HIA가 주관한 이번 행사에는 "
    "500여명이 참석했다.",
    "한빛정보협회(이하 정보협회)는 26일 '2026 AI 컨퍼런스'를 개최했다. 과학기술정보통신부가 주최하고 정보협회가 주관했다.",
    "한빛정보협회는 26일 '2026 AI 컨퍼런스'를 개최했다. 과학기술정보통신부가 주최하고 한빛정보협회(HIA)가 주관했다.",
    # the alias defined in a sentence of its own
    "한빛정보협회(HIA)는 AI 사업을 확대한다고 밝혔다. HIA는 26일 '2026 AI 컨퍼런스'를 개최했다. 과학기술정보통신부가 "
    "주최하고 한빛정보협회가 주관했다.",
    # by its kind alone, the one organization of the article so named
    "한빛정보협회는 26일 '2026 AI 컨퍼런스'를 개최했다. 이번 행사는 과학기술정보통신부가 주최하고 협회가 주관했다.",
    "한빛정보협회는 26일 '2026 AI 컨퍼런스'를 개최한다고 밝혔다. 과학기술정보통신부 주최, 협회 주관으로 열리는 이번 "
    "행사에는 500여명이 참석한다.",
    # by a short form the text never defines
    "한빛정보협회는 26일 '2026 AI 컨퍼런스'를 개최했다. 이번 행사는 과학기술정보통신부가 주최하고 한정협이 주관했다.",
])
def test_a_holder_that_runs_it_under_anothers_hosting_by_any_form(text: str) -> None:
    x = extract(ko_article(text, published="2026-11-27"))
    [e] = x.events
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers)) == (["과학기술정보통신부"], ["한빛정보협회"])


@pytest.mark.parametrize(("text", "co_organizers"), [
    ("'2026 AI 컨퍼런스'가 26일 열렸다. 이번 행사는 과학기술정보통신부가 주최하고 대한상의가 주관했다. "
     "대한상공회의소 관계자는 \"뜻깊은 자리\"라고 말했다.", ["대한상공회의소"]),
    ("한빛재단은 26일 '2026 AI 컨퍼런스'를 열었다. 행사는 다온시가 주최하고 재단이 주관했다.", ["한빛재단"]),
    # in a list with another body
    ("한빛정보협회는 26일 '2026 AI 컨퍼런스'를 열었다. 다온시가 주최하고 협회와 루미진흥원이 공동 주관했다.",
     ["한빛정보협회", "루미진흥원"]),
    # two organizations of that kind: the kind alone names neither
    ("한빛정보협회와 다온로봇협회는 26일 '2026 AI 컨퍼런스'를 열었다. 행사는 다온시가 주최하고 협회가 주관했다.", []),
])
def test_an_organization_by_its_kind_or_short_form_in_a_cues_slot(text: str, co_organizers: list[str]) -> None:
    assert _event_roles(text, published="2026-11-27")["co_organizers"] == co_organizers


def test_an_event_word_before_eseo_is_no_venue() -> None:
    # "2회 포럼에서는": the earlier edition the sentence speaks of, not a place
    x = extract(ko_article("한빛협회는 오는 12월 3일 '제3회 한빛 AI 포럼'을 연다. 지난 5월 열린 2회 포럼에서는 정하윤 한빛대 "
                           "교수가 기조강연을 했다.", published="2026-11-19"))
    assert x.events[0].venue is None
    x = extract(ko_article("'2026 한빛 AI 포럼'이 18일 한빛컨벤션센터 세미나실에서 열렸다.", published="2026-11-19"))
    assert x.events[0].venue == "한빛컨벤션센터 세미나실"


@pytest.mark.parametrize(("sentence", "attendance"), [
    # head counts with their ten thousands and thousands in Hangul, and visitors who came
    ("관람객 1만2000여명이 행사장을 찾았다.", 12000),
    ("국내외 AI 전문가와 일반 관람객 등 3만여 명이 참여했다.", 30000),
    ("1천500여명이 참석했다.", 1500),
    ("기업 120곳과 2,000여 명이 참석했다.", 2000),
    ("기업인 300여명이 참석했다.", 300),
    # visitors counted by the words for those who view an exhibition
    ("행사는 온·오프라인으로 동시 진행됐으며 누적 참관객은 1만2000명에 달했다.", 12000),
    ("사흘간 관람객 3만 명의 발길이 이어졌다.", 30000),
])
def test_head_counts_in_hangul_units(sentence: str, attendance: int) -> None:
    x = extract(ko_article("'2026 경남 제조 AI 엑스포'가 27일 폐막했다. " + sentence, published="2026-11-28"))
    assert x.events[0].attendance == attendance


def test_a_side_agreement_does_not_name_the_host_when_the_report_does() -> None:
    text = ("경상남도와 창원시가 주최하고 경남테크노파크가 주관한 '2026 경남 제조 AI 엑스포'가 지난 27일 창원컨벤션센터에서 "
            "폐막했다. 한편 행사 기간 중 경남테크노파크와 한국산업기술진흥원은 '제조 AI 확산을 위한 업무협약'을 체결했다.")
    x = extract(ko_article(text, published="2026-11-28"))
    [e] = x.events
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers)) == (["경상남도", "창원시"], ["경남테크노파크"])


@pytest.mark.parametrize(("text", "role", "orgs"), [
    # a part's noun, then the bodies in that part: in its role, as the topic, or written apart from its cue
    ("다온협회가 'AI 위크 2024'를 개최했다. 협회는 올해 행사에 후원사로 누리은행, 한결소프트, 미래정밀이 참여했다고 밝혔다.",
     "sponsors", ["누리은행", "한결소프트", "미래정밀"]),
    ("다온협회가 'AI 위크 2024'를 개최했다. 이번 행사의 후원사는 누리은행과 한결소프트다.", "sponsors", ["누리은행", "한결소프트"]),
    ("'AI 위크 2024'가 10일 열린다. 주관 기관으로는 다온연구원이 나섰고, 협찬사로 미래정밀이 참여했다.", "co_organizers",
     ["다온연구원"]),
    ("'AI 위크 2024'가 10일 열린다. 후원 기관은 누리은행과 미래정밀이다.", "sponsors", ["누리은행", "미래정밀"]),
    # no names after the part's noun: the ones before it
    ("'AI 위크 2024'가 10일 열린다. 올해는 다온연구원이 주관사로 선정됐다.", "co_organizers", ["다온연구원"]),
])
def test_a_parts_noun_then_its_bodies(text: str, role: str, orgs: list[str]) -> None:
    x = extract(ko_article(text, published="2024-09-04"))
    [e] = x.events
    assert _orgs(x, getattr(e, role)) == orgs


@pytest.mark.parametrize(("text", "role", "orgs"), [
    # the adnominal of preparing, right before the event it describes
    ("다온연구원이 준비한 '2024 AI 포럼'이 5일 열렸다.", "organizers", ["다온연구원"]),
    ("한빛시와 다온재단이 마련한 '2024 AI 포럼'이 5일 열렸다.", "organizers", ["한빛시", "다온재단"]),
    ("'2024 AI 포럼'이 5일 열렸다. 참가자들은 다온연구원이 준비한 점심을 먹었다.", "organizers", []),
    # presenting a gathering of one's own; (a product one shows is none)
    ("다온연구원이 올해 처음 선보인 '2024 AI 포럼'이 5일 열렸다.", "organizers", ["다온연구원"]),
    ("'2024 AI 포럼'이 5일 열렸다. 이 자리에서 다온전자가 선보인 'AI 로봇'이 눈길을 끌었다.", "organizers", []),
    # support from a body by its form, written bare before 지원으로; not support for a group of firms
    ("'2024 AI 포럼'이 5일 열렸다. 행사는 한빛재단 지원으로 진행됐다.", "sponsors", ["한빛재단"]),
    ("'2024 AI 포럼'이 5일 열렸다. 행사는 중소기업 지원으로 마련된 예산으로 진행됐다.", "sponsors", []),
])
def test_preparing_before_the_name_and_support_from_a_body(text: str, role: str, orgs: list[str]) -> None:
    x = extract(ko_article(text, published="2024-06-06"))
    [e] = x.events
    assert _orgs(x, getattr(e, role)) == orgs



@pytest.mark.parametrize(("text", "organizers"), [
    # the head of a body as the subject of the verb that holds the event holds it for the body, in either
    # order of name and body, with the verb finite or connective
    ("유상임 과학기술정보통신부 장관이 26일 판교에서 'AI 반도체 간담회'를 열고 애로사항을 청취했다.", ["과학기술정보통신부"]),
    ("과학기술정보통신부 유상임 장관은 26일 판교에서 'AI 반도체 간담회'를 개최하고 의견을 들었다.", ["과학기술정보통신부"]),
    ("김도윤 다온전자 대표는 26일 본사에서 'AI 파트너 간담회'를 가졌다.", ["다온전자"]),
    # a person who is no body's head holds it as a person
    ("김도윤 한빛대 교수는 26일 연구실에서 'AI 세미나'를 열었다.", []),
    # a person whose clause is set in the holder's ("… 참석한 가운데") holds nothing
    ("박성현 리벨리온 대표가 참석한 가운데 과학기술정보통신부는 26일 판교에서 'AI 반도체 간담회'를 열었다.",
     ["과학기술정보통신부"]),
])
def test_the_head_of_a_body_holds_the_event_for_the_body(text: str, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2024-06-27"))
    [e] = x.events
    assert _orgs(x, e.organizers) == organizers


@pytest.mark.parametrize(("text", "name"), [
    # a headline's phrase ending in an event word, closed by an ellipsis or the line's end, names the event
    ("과기정통부 장관, AI 반도체 기업 간담회…\"규제 풀겠다\"\n유상임 장관이 26일 판교에서 기업 대표들과 간담회를 열었다.",
     "AI 반도체 기업 간담회"),
    ("다온전자, 협력사 AI 전환 설명회\n다온전자는 26일 본사에서 협력사 대표들과 설명회를 가졌다.", "협력사 AI 전환 설명회"),
    # the event word alone is no name
    ("과기정통부, 간담회…\"규제 풀겠다\"\n유상임 장관이 26일 판교에서 기업 대표들과 간담회를 열었다.", None),
])
def test_a_headline_phrase_names_the_event(text: str, name: str | None) -> None:
    x = extract(ko_article(text, published="2024-06-27"))
    [e] = x.events
    assert e.name == name


@pytest.mark.parametrize(("text", "name", "organizers"), [
    # an agreement signed: its quoted name names the signing, and both parties hold it
    ("한빛테크노파크(원장 표은진)는 12일 다온전자와 '제조AI 실증 확산을 위한 업무협약'을 체결했다고 13일 밝혔다. 이날 "
     "한빛테크노파크 본원 대회의실에서 열린 협약식에는 양 기관 관계자 20여 명이 참석했다.",
     "제조AI 실증 확산을 위한 업무협약", ["한빛테크노파크", "다온전자"]),
    ("한빛대는 12일 본관 회의실에서 누리로보틱스와 '스마트제조 인재 양성 MOU'를 맺었다.",
     "스마트제조 인재 양성 MOU", ["한빛대", "누리로보틱스"]),
])
def test_an_agreement_signed_is_the_event(text: str, name: str, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2024-11-13"))
    [e] = x.events
    assert (e.name, _orgs(x, e.organizers)) == (name, organizers)


@pytest.mark.parametrize(("text", "name", "theme"), [
    # a quoted name with a word of its kind before the type word; the body's sentence, not the headline,
    # reports the holding (its theme too)
    ("한빛대 AI융합대학원, 'AI와 제조의 미래' 온라인 세미나 개최\n한빛대학교 AI융합대학원은 오는 20일 오후 3시 '생성형 AI와 "
     "제조의 미래'를 주제로 온라인 세미나를 개최한다고 밝혔다.", "AI와 제조의 미래 온라인 세미나", "생성형 AI와 제조의 미래"),
    ("다온협회, '로봇 안전' 정책 토론회 개최\n다온협회는 오는 20일 국회에서 '협동로봇 안전 기준'을 주제로 정책 토론회를 "
     "연다고 밝혔다.", "로봇 안전 정책 토론회", "협동로봇 안전 기준"),
])
def test_a_quoted_name_with_a_kind_word_and_the_bodys_holding(text: str, name: str, theme: str) -> None:
    x = extract(ko_article(text, published="2024-11-13"))
    [e] = x.events
    assert (e.name, e.start, e.theme) == (name, "2024-11-20", theme)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a programme page or an announcement: its title names the event, its labelled lines say when and where
    ("2025 한빛 제조AI 컨퍼런스 프로그램\n\n일시: 2025년 6월 12일(목) 13:30~17:00\n장소: 한빛컨벤션센터 3층 그랜드홀\n"
     "주최: 한빛제조AI협회 / 후원: 한빛시\n\n14:00~14:10 개회사 | 도윤재 한빛제조AI협회장\n", "2025-05-01",
     ("2025 한빛 제조AI 컨퍼런스", "2025-06-12", "한빛컨벤션센터 3층 그랜드홀", None, ["한빛제조AI협회"])),
    ("제3회 다온 AI 해커톤 참가 안내\n▲일시: 11월 20일(수) 오전 10시\n▲장소: 서울 코엑스 그랜드볼룸\n▲주최: 다온협회\n",
     "2024-11-01", ("제3회 다온 AI 해커톤", "2024-11-20", "코엑스 그랜드볼룸", "서울", ["다온협회"])),
])
def test_a_programme_pages_labelled_lines(text: str, published: str, expected: tuple) -> None:
    x = extract(ko_article(text, published=published))
    [e] = x.events
    assert (e.name, e.start, e.venue, e.city, _orgs(x, e.organizers)) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a quoted name taken by the holding verb, its initials in parentheses between, a date and place after
    ("'스마트팩토리+오토메이션월드 2025'(SFAW 2025)가 12일부터 14일까지 코엑스 전관에서 열린다.", "스마트팩토리+오토메이션월드 2025"),
    ("'한빛 로봇 페어'(HRF)를 한빛협회가 12일부터 사흘간 부산 벡스코 제1전시장에서 개최한다.", "한빛 로봇 페어"),
])
def test_a_quoted_name_with_its_initials_held_later_in_the_sentence(text: str, name: str) -> None:
    x = extract(ko_article(text, published="2025-05-14"))
    [e] = x.events
    assert e.name == name


@pytest.mark.parametrize("text", [
    # the last day in the next sentence, in an adnominal form
    "국내 최대 인공지능 전시회 'AI EXPO KOREA 2025'가 14일 서울 코엑스에서 개막했다. 16일까지 사흘간 열리는 이번 전시회에는 "
    "320개 기업이 참가했다.",
    "'한빛 AI 엑스포'가 14일 부산 벡스코에서 막을 올렸다. 16일까지 이어지는 전시에는 200개 기업이 나왔다.",
])
def test_the_last_day_in_an_adnominal_form(text: str) -> None:
    x = extract(ko_article(text, published="2025-05-14"))
    [e] = x.events
    assert (e.start, e.end) == ("2025-05-14", "2025-05-16")


@pytest.mark.parametrize(("text", "expected"), [
    # the event as the clause's topic, its holder the subject of a finite verb of holding
    ("'AI 제조 포럼'이 3일 열렸다. 행사는 한빛협회가 개최했다.", (["한빛협회"], [], [])),
    ("'AI 제조 포럼'이 3일 열렸다. 포럼은 다온진흥원 주관으로 한빛협회가 열었다.", (["한빛협회"], ["다온진흥원"], [])),
    # a cue used as an adverb (후원으로) gives its part to the noun right before it, not to the subject
    ("'AI 제조 포럼'이 3일 열렸다. 행사는 한빛협회가 산업부 후원으로 개최했다.", (["한빛협회"], [], ["산업통상자원부"])),
    # a list of holders, then 함께 and the verb of preparing, with the event as the topic far before it
    ("'AI 제조 포럼'이 3일 열렸다. 이번 행사는 한빛협회와 다온진흥원, 누리재단이 함께 준비했다.",
     (["한빛협회", "다온진흥원", "누리재단"], [], [])),
])
def test_the_event_as_topic_and_its_holder(text: str, expected: tuple) -> None:
    x = extract(ko_article(text, published="2026-12-04"))
    [e] = x.events
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers), _orgs(x, e.sponsors)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an event named nowhere, the topic of a sentence that says who took a part in holding it
    ("이번 토론회는 한빛협회가 주관했다.", ([], ["한빛협회"], [])),
    ("패널토론에서는 여러 의견이 나왔다. 이번 세미나는 한빛협회가 주최하고 다온진흥원이 주관했으며 누리재단이 후원했다.",
     (["한빛협회"], ["다온진흥원"], ["누리재단"])),
])
def test_an_unnamed_event_as_the_topic_of_its_holders(text: str, expected: tuple) -> None:
    x = extract(ko_article(text, published="2026-12-04"))
    [e] = x.events
    assert e.name is None
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers), _orgs(x, e.sponsors)) == expected


@pytest.mark.parametrize("text", [
    "한빛협회가 주관하는 지원사업은 다음 달 시작된다.",     # a programme, no gathering
    "이번 사업은 한빛협회가 주관했다.",
])
def test_no_event_from_a_cue_about_something_else(text: str) -> None:
    assert extract(ko_article(text, published="2026-12-04")).events == ()


@pytest.mark.parametrize(("name"), ["2026 제조 AI 써밋", "제조 AI 심포지움", "제조 AI 데이터톤", "2025 한빛 메이커톤", "2025 AI 프롬프톤"])
def test_other_spellings_and_kinds_of_gathering(name: str) -> None:
    # (unquoted: the type word is what makes the words an event's name)
    [e] = extract(ko_article(f"한빛협회는 10일 서울 코엑스에서 {name}을 열었다.", published="2025-02-11")).events
    assert e.name == name


@pytest.mark.parametrize(("text", "organizers"), [
    # a headline that opens with the holders before its comma, with a noun or verb of holding
    ("한빛협회, '2025 AI 포럼' 개최\n\n지난 24일 서울 더케이호텔에서 '2025 AI 포럼'이 열렸다.", ["한빛협회"]),
    ("한빛대학교·다온재단, AI 인재 세미나 공동 개최…300명 몰려\n\n지난 24일 '2025 AI 인재 세미나'가 열렸다.",
     ["한빛대학교", "다온재단"]),
    # a university's short form joined by a dot to a body named as one
    ("한빛대·다온재단, AI 인재 세미나 공동 개최\n\n지난 24일 '2025 AI 인재 세미나'가 열렸다.", ["한빛대", "다온재단"]),
    ("누리대·한빛연구원은 지난 24일 '2025 AI 인재 세미나'를 열었다.", ["누리대", "한빛연구원"]),
    # one name with a dot inside stays one
    ("한국인공지능·소프트웨어산업협회는 지난 24일 '2025 AI 인재 세미나'를 열었다.", ["한국인공지능·소프트웨어산업협회"]),
    # the one who reports that the event ended well held it
    ("한빛협회는 지난 24일 서울 더케이호텔에서 열린 '2025 AI 포럼'이 성황리에 마무리됐다고 25일 밝혔다.", ["한빛협회"]),
    # an outlet's or a section's tag in brackets before the headline is no holder; a headline's "연다" holds
    ("[다온일보] 경남도·창원시, 스마트 조선 세미나 개최\n\n경남도와 창원시가 공동 주최하는 '스마트 조선 세미나'가 "
     "3일 열린다.", ["경상남도", "창원시"]),
    ("[포토] 한빛협회, '2025 AI 포럼' 개최\n\n지난 24일 '2025 AI 포럼'이 열렸다.", ["한빛협회"]),
    ("【단독】 다온재단, 로봇 해커톤 연다\n\n'2025 로봇 해커톤'이 3일 열린다.", ["다온재단"]),
    # a headline of a person, or one that says no holding, or a body sentence: no holder
    ("김도윤 장관, '2025 AI 포럼' 참석\n\n지난 24일 '2025 AI 포럼'이 열렸다.", []),
    ("한빛협회, 다온재단과 협력\n\n지난 24일 '2025 AI 포럼'이 열렸다.", []),
    ("지난 24일 '2025 AI 포럼'이 열렸다. 다온재단은 '2025 AI 포럼'이 성황리에 마무리됐다고 전했다.", ["다온재단"]),
])
def test_a_headline_or_a_report_of_success_names_the_holder(text: str, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2025-11-26"))
    [e] = x.events
    assert _orgs(x, e.organizers) == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # a fact box's cue on a line of its own, its bodies on the lines below (bulleted, or listed with commas)
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n\n■ 주최\n- 한빛협회\n■ 후원\n- 다온전자\n- 한빛반도체",
     (["한빛협회"], [], ["다온전자", "한빛반도체"])),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n\n[주관]\n다온재단, 누리연구원", ([], ["다온재단", "누리연구원"], [])),
    # a blank line ends the items: a sentence after it is no item
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n\n[후원]\n\n다온전자는 이번 포럼에 부스를 냈다.", ([], [], [])),
])
def test_a_box_cue_on_a_line_of_its_own_heads_the_bodies_below(text: str, expected: tuple) -> None:
    x = extract(ko_article(text, published="2026-04-20"))
    [e] = x.events
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers), _orgs(x, e.sponsors)) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a quoted name right after a verb of holding, shaped as only a name is (a year, Latin capitals)
    ("다온전자는 지난 20일 미국 새너제이에서 열린 'NVIDIA GTC 2025'에 참가해 신제품을 공개했다.", "NVIDIA GTC 2025"),
    ("다온전자는 지난 7일 미국 라스베이거스에서 개막한 'CES'에 참가했다.", "CES"),
    # ... or with a kind of event among its words, whatever ends it
    ("다온클라우드가 25일 서울 코엑스에서 개최한 '팀 다온 컨퍼런스 단 26(DAN 26)'에는 3000여명이 몰렸다.",
     "팀 다온 컨퍼런스 단 26(DAN 26)"),
    ("지난 20일 열린 '한빛 AI 포럼 시즌 3'에서 김도윤 한빛대 교수는 발표했다.", "한빛 AI 포럼 시즌 3"),
    # words in quotes after it that are no name stay none
    ("지난 20일 열린 '인공지능과 일자리'에서 김도윤 한빛대 교수는 발표했다.", None),
])
def test_a_quoted_name_after_a_verb_of_holding(text: str, name: str | None) -> None:
    x = extract(ko_article(text, published="2025-11-26"))
    assert [e.name for e in x.events] == [name]


@pytest.mark.parametrize(("text", "venue", "city"), [
    # a university where the event was held is its own campus (a city in its name is no city written)
    ("한빛학회는 24일 서울대에서 '2025 추계학술대회'를 열었다.", "서울대", None),
    ("한빛학회는 24일 한빛대학교에서 '2025 추계학술대회'를 열었다.", "한빛대학교", None),
    # by its short form, whose full name says it is a university
    ("한빛학회는 24일 KAIST에서 '2025 추계학술대회'를 열었다.", "KAIST", None),
    # the subject that hosts it is no place
    ("한빛대학교에서 주최한 '2025 추계학술대회'가 24일 열렸다.", None, None),
])
def test_a_university_as_the_place(text: str, venue: str | None, city: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-11-26")).events
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize(("text", "organizers"), [
    # a short form defined in quotes inside the subject's parentheses opens no quote of the clause
    ("다온부(장관 배경훈, 이하 '다온부')는 11월 24일(월) 서울 중구 대한상공회의소에서 「제3차 AI 반도체 협의회」를 "
     "개최하였다고 밝혔다.", ["다온부"]),
    ("한빛협회(회장 노태식, 이하 \"협회\")는 24일 코엑스에서 '2025 AI 포럼'을 열었다.", ["한빛협회"]),
])
def test_a_short_form_in_quotes_inside_the_subjects_parentheses(text: str, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2025-11-25"))
    [e] = x.events
    assert _orgs(x, e.organizers) == organizers


def test_a_government_date_with_dots_and_spaces() -> None:
    x = extract(ko_article("다온부는 11. 24.(월) 서울 코엑스에서 'AI 포럼'을 개최하였다.", published="2025-11-25"))
    [e] = x.events
    assert (e.start, e.venue, _orgs(x, e.organizers)) == ("2025-11-24", "코엑스", ["다온부"])


@pytest.mark.parametrize("box", [
    # a government release's labels in parentheses, both in one line or each on its own
    "  ○ (일시/장소) 2025. 11. 24.(월) 14:00~17:00 / 서울 코엑스 그랜드볼룸",
    "  ○ (일시) 2025. 11. 24.(월) 14:00\n  ○ (장소) 서울 코엑스 그랜드볼룸",
    # ... or both labels in one before a colon, when and where parted by a comma or a spaced slash
    "○ 일시/장소: 11월 24일(월) 오후 2시, 서울 코엑스 그랜드볼룸",
    "○ 일시·장소: 11월 24일(월) 14:00 / 서울 코엑스 그랜드볼룸",
])
def test_a_fact_box_with_labels_in_parentheses(box: str) -> None:
    x = extract(ko_article("□ 다온부는 「2025 AI 반도체 포럼」을 개최한다.\n\n" + box, published="2025-11-20"))
    [e] = x.events
    assert (e.start, e.venue, e.city) == ("2025-11-24", "코엑스 그랜드볼룸", "서울")


@pytest.mark.parametrize("box", [
    # a fact box is an event's announcement though the text names the event nowhere: both labels in one line
    "□ 행사 개요\n ○ 일시/장소 : 2025. 11. 24.(월) 14:00 / 서울 코엑스 그랜드볼룸\n ○ 주최/주관 : 다온부 / 한빛진흥원",
    "□ 행사 개요\n ○ 일시·장소: 11월 24일(월) 오후 2시, 서울 코엑스 그랜드볼룸\n ○ 주최/주관 : 다온부 / 한빛진흥원",
    # (guard: so before) each on its own line
    "□ 행사 개요\n ○ 일시 : 2025. 11. 24.(월) 14:00\n ○ 장소 : 서울 코엑스 그랜드볼룸\n ○ 주최/주관 : 다온부 / 한빛진흥원",
])
def test_a_fact_box_of_an_event_named_nowhere(box: str) -> None:
    x = extract(ko_article(box, published="2025-11-20"))
    [e] = x.events
    assert (e.name, e.start, e.venue, _orgs(x, e.organizers), _orgs(x, e.co_organizers)) \
        == (None, "2025-11-24", "코엑스 그랜드볼룸", ["다온부"], ["한빛진흥원"])


@pytest.mark.parametrize(("box", "expected"), [
    # a government release's role labels in parentheses, two in one with their bodies parted by a slash
    ("  ○ (주최/주관) 다온부 / 한빛진흥원\n  ○ (후원) 누리협회", (["다온부"], ["한빛진흥원"], ["누리협회"])),
    ("  ○ (주최) 다온부\n  ○ (주관) 한빛진흥원, 누리협회", (["다온부"], ["한빛진흥원", "누리협회"], [])),
])
def test_role_labels_in_parentheses(box: str, expected: tuple) -> None:
    x = extract(ko_article("□ 「2025 AI 반도체 포럼」이 열린다.\n\n" + box, published="2025-11-20"))
    [e] = x.events
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers), _orgs(x, e.sponsors)) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a quoted name with its initials in parentheses, the subject or object of a holding verb many words on
    ("누리일보가 주최한 '누리 제조 AI 컨퍼런스(NMAC 2025)'가 지난 18일부터 19일까지 이틀간 부산 벡스코 제1전시장에서 "
     "열렸다.", "누리 제조 AI 컨퍼런스(NMAC 2025)"),
    ("한빛협회는 '2025 스마트 물류 포럼(SLF)'을 지난 18일 오후 서울 강남구 삼성동 코엑스 그랜드볼룸에서 성황리에 "
     "개최했다고 밝혔다.", "2025 스마트 물류 포럼(SLF)"),
])
def test_a_quoted_name_with_initials_far_from_its_holding_verb(text: str, name: str) -> None:
    [e] = extract(ko_article(text, published="2025-11-26")).events
    assert e.name == name


@pytest.mark.parametrize("text", [
    # a partner the holder prepared the event with, in a sentence whose topic is the event
    "'AI 포럼'이 25일 열렸다. 이번 행사는 한빛협회가 다온재단과 손잡고 마련한 자리다.",
    "'AI 포럼'이 25일 열렸다. 이번 포럼은 한빛협회가 다온재단과 협력해 준비했다.",
    # ... in a sentence of its own that holds the event as its object, or before it with a holding adnominal
    "'AI 포럼'이 25일 서울 코엑스에서 열렸다. 한빛협회는 다온재단과 함께 이번 포럼을 열었다.",
    "'AI 포럼'이 25일 서울 코엑스에서 열렸다. 한빛협회가 다온재단과 손잡고 개최한 이번 포럼에는 300명이 참석했다.",
])
def test_a_partner_in_a_sentence_whose_topic_is_the_event(text: str) -> None:
    found = _event_roles(text)
    assert (found["organizers"], found["co_organizers"]) == (["한빛협회"], ["다온재단"])


@pytest.mark.parametrize(("text", "organizers"), [
    # 진행 (to carry out) holds the event only when what is carried out is one
    ("'AI 포럼'이 25일 서울 코엑스에서 열렸다. 한빛협회는 다온재단과 공동연구를 진행했다.", []),
    ("'AI 포럼'이 25일 서울 코엑스에서 열렸다. 한빛협회는 다온재단과 함께 이번 포럼에 참석했다.", []),
    ("'AI 포럼'이 25일 서울 코엑스에서 열렸다. 한빛협회는 이날 포럼을 진행했다.", ["한빛협회"]),
])
def test_carrying_out_something_else_holds_no_event(text: str, organizers: list) -> None:
    found = _event_roles(text)
    assert (found["organizers"], found["co_organizers"]) == (organizers, [])


@pytest.mark.parametrize(("text", "organizers", "co_organizers"), [
    # a cue written against the next name with a middle dot; two cues joined so hold it
    ("'AI 포럼'이 25일 서울 코엑스에서 열렸다. 행사는 한빛협회 주최·다온재단 주관으로 열렸다.", ["한빛협회"], ["다온재단"]),
    ("'AI 포럼'이 25일 서울 코엑스에서 열렸다. 행사는 한빛협회 후원·다온재단 주관으로 열렸다.", [], ["다온재단"]),
    ("'AI 포럼'이 25일 서울 코엑스에서 열렸다. 주최·주관은 한빛협회가 맡았다.", ["한빛협회"], []),
    # a list declared to be of bodies, holding it together
    ("'AI 포럼'이 25일 서울 코엑스에서 열렸다. 한빛협회, 다온재단, 한빛대 등 3개 기관이 함께 마련한 이번 포럼에는 "
     "300명이 참석했다.", ["한빛협회", "다온재단", "한빛대"], []),
])
def test_cues_with_middle_dots_and_declared_holders(text: str, organizers: list, co_organizers: list) -> None:
    found = _event_roles(text)
    assert (found["organizers"], found["co_organizers"]) == (organizers, co_organizers)


@pytest.mark.parametrize(("text", "expected"), [
    # whose support it is: the genitive right before the cue, not the sentence's subject
    ("이번 행사는 한빛협회가 다온재단의 후원을 받아 개최했다.", {"organizers": ["한빛협회"], "sponsors": ["다온재단"]}),
    ("한빛협회는 다온재단과 한빛시의 후원을 받아 이번 포럼을 개최했다.",
     {"organizers": ["한빛협회"], "sponsors": ["다온재단", "한빛시"]}),
    # the partner joined to the subject right before 공동 and the cue
    ("한빛협회가 다온재단과 공동 주관했다.", {"co_organizers": ["한빛협회", "다온재단"]}),
    ("한빛협회가 다온재단과 주관했다.", {"co_organizers": ["한빛협회"]}),
    # the event as the topic of a habitual or present holding, after a connective
    ("한편, 이번 포럼은 한빛협회와 다온재단이 2024년부터 매년 공동 개최하고 있다.", {"organizers": ["한빛협회", "다온재단"]}),
    ("이 포럼은 매년 한빛협회가 개최한다.", {"organizers": ["한빛협회"]}),
    # the genitive before the programme in quotes, or before the kind of support
    ("이번 포럼은 중소벤처기업부의 '스마트공장 보급사업' 지원으로 열렸다.", {"sponsors": ["중소벤처기업부"]}),
    ("이번 포럼은 부산시의 재정 지원을 받아 부산대 산학협력단이 운영했다.",
     {"sponsors": ["부산광역시"], "co_organizers": ["부산대 산학협력단"]}),
    # (a body's support of something else is no sponsorship of the event)
    ("부산대 산학협력단은 중소기업의 기술 지원을 늘린다.", {"sponsors": [], "co_organizers": []}),
    # the event in the genitive before its part: the part is the topic's
    ("부산대학교는 이번 포럼의 주관을 맡았다.", {"co_organizers": ["부산대학교"]}),
    ("부산시는 행사의 후원을 맡았다.", {"sponsors": ["부산광역시"]}),
])
def test_support_of_a_genitive_a_joined_partner_and_a_habitual_holder(text: str, expected: dict) -> None:
    found = _event_roles("'AI 포럼'이 25일 서울 코엑스에서 열렸다. " + text)
    assert {role: found[role] for role in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # as many bodies as parts, paired in the order written (각각)
    ("한빛협회와 다온재단이 각각 주최와 주관을 맡았다.", {"organizers": ["한빛협회"], "co_organizers": ["다온재단"]}),
    ("주최와 주관은 각각 한빛협회와 다온재단이 맡았다.", {"organizers": ["한빛협회"], "co_organizers": ["다온재단"]}),
    ("이번 포럼은 한빛협회와 다온재단이 각각 주최·주관했다.", {"organizers": ["한빛협회"], "co_organizers": ["다온재단"]}),
    ("한빛협회와 다온재단, 부산시가 각각 주최와 주관, 후원을 맡았다.",
     {"organizers": ["한빛협회"], "co_organizers": ["다온재단"], "sponsors": ["부산광역시"]}),
    # ... and 각각 with no parts pairs nothing
    ("한빛협회와 다온재단은 각각 기조강연을 했다.", {"organizers": [], "co_organizers": []}),
])
def test_bodies_and_parts_paired_respectively(text: str, expected: dict) -> None:
    found = _event_roles("'AI 포럼'이 25일 서울 코엑스에서 열렸다. " + text)
    assert {role: found[role] for role in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list of heads in parentheses, the middle dot between them no part of the next organization
    ("한빛AI협회(회장 정하윤)·다온로봇학회(회장 김도현)가 공동 주최한 '제조 AI 포럼'이 22일 서울에서 열렸다.",
     {"organizers": ["한빛AI협회", "다온로봇학회"], "co_organizers": [], "sponsors": []}),
    ("누리연구원(원장 정하윤)·다온재단(이사장 김도현)·한빛대학교(총장 이서연)가 주최한 '제조 AI 포럼'이 22일 열렸다.",
     {"organizers": ["누리연구원", "다온재단", "한빛대학교"], "co_organizers": [], "sponsors": []}),
    # the partner joined to "공동" before a verb of holding, after the event as object
    ("누리테크노파크는 22일 '제조 AI 포럼'을 한빛대학교와 공동 개최했다고 밝혔다.",
     {"organizers": ["누리테크노파크"], "co_organizers": ["한빛대학교"], "sponsors": []}),
    ("다온재단은 '제조 AI 포럼'을 누리연구원과 공동 진행했다.",
     {"organizers": ["다온재단"], "co_organizers": ["누리연구원"], "sponsors": []}),
    # the body an adnominal verb of holding describes, the quoted event its object
    ("지난 22일 '제조 AI 포럼'을 연 한빛AI협회는 내년에도 행사를 이어가겠다고 밝혔다.",
     {"organizers": ["한빛AI협회"], "co_organizers": [], "sponsors": []}),
    ("'제조 AI 포럼'을 개최한 다온재단은 이번 행사에 500명이 참석했다고 밝혔다.",
     {"organizers": ["다온재단"], "co_organizers": [], "sponsors": []}),
])
def test_listed_heads_a_joint_partner_and_an_adnominal_holder(text: str, expected: dict[str, list[str]]) -> None:
    assert _event_roles(text, published="2025-10-23") == expected


def test_an_adnominal_holding_verb_dates_the_event() -> None:
    x = extract(ko_article("지난 22일 '제조 AI 포럼'을 연 한빛AI협회는 내년에도 행사를 이어가겠다고 밝혔다.",
                           published="2025-10-23"))
    assert x.events[0].start == "2025-10-22"


@pytest.mark.parametrize("text", [
    # the body of the head who presides over the meeting holds it
    "안덕근 산업통상자원부 장관은 22일 서울에서 'AI 자율제조 간담회'를 주재했다.",
    "안덕근 산업통상자원부 장관 주재로 'AI 자율제조 간담회'가 22일 서울에서 열렸다.",
    "'AI 자율제조 간담회'가 22일 산업통상자원부 안덕근 장관 주재로 서울에서 열렸다.",
    # ... a deputy's too, numbered or not
    "'AI 자율제조 간담회'가 22일 산업통상자원부 이승렬 제2차관 주재로 서울에서 열렸다.",
    "이승렬 산업통상자원부 1차관 주재로 'AI 자율제조 간담회'가 22일 서울에서 열렸다.",
    "'AI 자율제조 간담회'가 22일 산업통상자원부 이승렬 차관 주재로 서울에서 열렸다.",
])
def test_the_presiding_heads_body_holds_the_meeting(text: str) -> None:
    assert _event_roles(text, published="2024-10-23")["organizers"] == ["산업통상자원부"]


@pytest.mark.parametrize(("text", "name"), [
    # a short name in double quotes ending in an event word, a particle after it
    ("한빛협회는 22일 서울에서 “2024 제조 AI 포럼”을 열었다.", "2024 제조 AI 포럼"),
    ("“제3회 다온 로봇 심포지엄”이 22일 대전에서 열렸다.", "제3회 다온 로봇 심포지엄"),
    # what someone said in double quotes is no name
    ("한빛협회는 22일 서울에서 'AI 포럼'을 열었다. 김도현 회장은 “이번 포럼은 성공적인 포럼”이라고 말했다.", "AI 포럼"),
])
def test_a_name_in_double_quotes(text: str, name: str) -> None:
    x = extract(ko_article(text, published="2024-10-23"))
    assert x.events[0].name == name


@pytest.mark.parametrize(("text", "venue", "city"), [
    # a week of a month or the time of day before the city is no part of a venue
    ("'AI 포럼'이 12월 첫째 주 서울에서 열린다.", None, "서울"),
    ("'AI 포럼'이 다음 주 부산에서 열린다.", None, "부산"),
])
def test_a_week_before_the_city_is_no_venue(text: str, venue: str | None, city: str) -> None:
    x = extract(ko_article(text, published="2024-10-20"))
    assert (x.events[0].venue, x.events[0].city) == (venue, city)


@pytest.mark.parametrize(("text", "expected"), [
    # running the event is a part in holding it, as 주관 is: the part taken (맡다) or named by its noun
    ("한빛협회는 3일 코엑스에서 '2025 제조AI 포럼'을 열었다. 행사 운영은 다온연구원이 맡았다.",
     {"organizers": ["한빛협회"], "co_organizers": ["다온연구원"], "sponsors": []}),
    ("한빛시는 5일 '2025 한빛 AI 해커톤'을 개최했다. 해커톤은 다온정보산업진흥원이 운영을 맡았으며 누리전자가 후원했다.",
     {"organizers": ["한빛시"], "co_organizers": ["다온정보산업진흥원"], "sponsors": ["누리전자"]}),
    ("한빛협회는 3일 코엑스에서 '2025 제조AI 포럼'을 열었다. 운영사로 누리이벤트가 참여했다.",
     {"organizers": ["한빛협회"], "co_organizers": ["누리이벤트"], "sponsors": []}),
    # the adnominal verb of running before the event's word or name
    ("'2025 제조AI 포럼'이 3일 코엑스에서 열렸다. 한빛시가 주최하고 다온테크노파크가 운영하는 이번 포럼은 올해로 3회째다.",
     {"organizers": ["한빛시"], "co_organizers": ["다온테크노파크"], "sponsors": []}),
    ("한빛시가 주최하고 다온테크노파크가 운영하는 '2025 제조AI 포럼'이 3일 코엑스에서 열렸다.",
     {"organizers": ["한빛시"], "co_organizers": ["다온테크노파크"], "sponsors": []}),
    # running something else is no part in the event
    ("한빛협회는 3일 코엑스에서 '2025 제조AI 포럼'을 열었다. 한빛협회는 스마트공장 운영을 맡을 인력을 키운다.",
     {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": []}),
    ("한빛협회는 3일 다온테크노파크가 운영하는 센터에서 '2025 제조AI 포럼'을 열었다.",
     {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": []}),
    # a part's noun says its names are bodies, each of a list joined by 와/과
    ("한빛협회는 3일 코엑스에서 '2025 제조AI 포럼'을 열었다. 후원사로 다온플러스와 누리이벤트가 참여했다.",
     {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": ["다온플러스", "누리이벤트"]}),
    ("한빛협회는 3일 코엑스에서 '2025 제조AI 포럼'을 열었다. 후원사는 다온플러스와 누리이벤트다.",
     {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": ["다온플러스", "누리이벤트"]}),
    # the part with 에는, then those who joined in it
    ("한빛협회는 3일 코엑스에서 '2025 제조AI 포럼'을 열었다. 행사 협찬에는 다온플러스, 누리이벤트, 한빛전자가 참여했다.",
     {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": ["다온플러스", "누리이벤트", "한빛전자"]}),
    ("한빛협회는 3일 코엑스에서 '2025 제조AI 포럼'을 열었다. 후원에는 다온전자와 누리소프트가 이름을 올렸다.",
     {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": ["다온전자", "누리소프트"]}),
    # (guard: passed before) the part with 에는 and no joining verb
    ("한빛협회는 3일 코엑스에서 '2025 제조AI 포럼'을 열었다. 후원에는 예산 1억원이 들었다.",
     {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": []}),
])
def test_running_the_event_and_the_bodies_a_parts_noun_names(text: str, expected: dict[str, list[str]]) -> None:
    x = extract(ko_article(text, published="2025-06-05"))
    [e] = x.events
    assert {"organizers": _orgs(x, e.organizers), "co_organizers": _orgs(x, e.co_organizers),
            "sponsors": _orgs(x, e.sponsors)} == expected


@pytest.mark.parametrize(("text", "name"), [
    # a region's word (and a year) after the event's word closes an unquoted name
    ("국내 최대 AI 전시회인 AI EXPO KOREA 2025가 14일 서울 코엑스에서 개막했다.", "AI EXPO KOREA 2025"),
    ("한빛협회는 14일 코엑스에서 로봇 엑스포 코리아를 열었다.", "로봇 엑스포 코리아"),
    ("한빛협회는 14일 코엑스에서 스마트팩토리 서밋 아시아 2025를 열었다.", "스마트팩토리 서밋 아시아 2025"),
])
def test_a_region_after_the_event_word_closes_its_name(text: str, name: str) -> None:
    [e] = extract(ko_article(text, published="2025-06-10")).events
    assert e.name == name


@pytest.mark.parametrize(("text", "sponsors"), [
    # support given to the event itself is a sponsor's: the event as the clause's topic, or named right after
    ("'2025 제조AI 포럼'이 12일 열렸다. 이번 포럼은 다온부가 지원하고 한빛진흥원이 주관했다.", ["다온부"]),
    ("다온부가 지원하는 '2025 제조AI 포럼'이 12일 열렸다.", ["다온부"]),
    ("'2025 제조AI 포럼'이 12일 열렸다. 행사는 다온부와 누리재단이 지원했다.", ["다온부", "누리재단"]),
    # support for anything else is not
    ("'2025 제조AI 포럼'이 12일 열렸다. 정부가 지원하는 사업은 늘었다.", []),
    ("'2025 제조AI 포럼'이 12일 열렸다. 한빛시는 중소기업을 지원한다.", []),
])
def test_support_given_to_the_event(text: str, sponsors: list[str]) -> None:
    assert _event_roles(text, published="2025-06-12")["sponsors"] == sponsors


@pytest.mark.parametrize(("text", "expected"), [
    # a body that cooperates in the event the sentence opens with partners in holding it
    ("'2025 제조AI 포럼'이 12일 열렸다. 포럼은 한빛협회가 주최하고 다온재단이 협력했다.",
     {"organizers": ["한빛협회"], "co_organizers": ["다온재단"], "sponsors": []}),
    # (the event as the topic of the sentence's first clause is the later clause's too)
    ("'2025 제조AI 포럼'이 12일 열렸다. 이번 포럼은 한빛진흥원이 주관하고 다온부가 지원했다.",
     {"organizers": [], "co_organizers": ["한빛진흥원"], "sponsors": ["다온부"]}),
    # cooperation in anything else is no part in holding it
    ("'2025 제조AI 포럼'이 12일 열렸다. 한빛대와 다온전자는 로봇 개발에 협력했다.",
     {"organizers": [], "co_organizers": [], "sponsors": []}),
])
def test_a_body_that_cooperates_in_the_event(text: str, expected: dict) -> None:
    assert _event_roles(text, published="2025-06-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a box's cue before each name, the next cue written against the name before it with a middle dot
    ("'2025 제조AI 포럼'(주최 한빛협회·주관 다온재단)이 12일 열렸다.",
     {"organizers": ["한빛협회"], "co_organizers": ["다온재단"], "sponsors": []}),
    ("'2025 제조AI 포럼'(주최 한빛협회·주관 다온재단·후원 누리전자)이 12일 열렸다.",
     {"organizers": ["한빛협회"], "co_organizers": ["다온재단"], "sponsors": ["누리전자"]}),
    # (the cue after each name, as before)
    ("한빛협회 주최·다온재단 주관으로 '2025 제조AI 포럼'이 12일 열렸다.",
     {"organizers": ["한빛협회"], "co_organizers": ["다온재단"], "sponsors": []}),
])
def test_box_cues_joined_by_middle_dots(text: str, expected: dict) -> None:
    assert _event_roles(text, published="2025-06-12") == expected


@pytest.mark.parametrize(("text", "holders"), [
    # the lawmakers an adnominal cue describes hold the event through their offices
    ("한빛협회는 12일 국회의원회관에서 'AI 정책 토론회'를 열었다. 토론회를 주최한 김도윤 의원(다온당)은 개회사를 했다.",
     ["한빛협회", "김도윤 의원실"]),
    ("'AI 정책 토론회'가 12일 국회의원회관에서 열렸다. 토론회를 공동 주최한 김도윤 다온당 의원과 이수진 의원은 인사말을 했다.",
     ["김도윤 의원실", "이수진 의원실"]),
    # (a body's head after the cue: the body, as before)
    ("'AI 정책 토론회'가 12일 국회의원회관에서 열렸다. 토론회를 후원한 한빛전자 김도윤 대표는 인사말을 했다.", ["한빛전자"]),
])
def test_lawmakers_an_adnominal_cue_describes(text: str, holders: list[str]) -> None:
    roles = _event_roles(text, published="2025-06-12")
    assert roles["organizers"] + roles["co_organizers"] + roles["sponsors"] == holders


@pytest.mark.parametrize(("text", "organizers"), [
    # the body that leads the event holds it
    ("한빛협회 주도로 열린 '2025 제조AI 포럼'이 12일 코엑스에서 개막했다.", ["한빛협회"]),
    ("'2025 제조AI 포럼'이 12일 열렸다. 이번 포럼은 한빛협회 주도로 마련됐다.", ["한빛협회"]),
    ("'2025 제조AI 포럼'이 12일 열렸다. 민간 주도로 AI 생태계를 키워야 한다는 의견이 나왔다.", []),
    # a holding verb right before the named event it describes
    ("한빛협회가 여는 '2025 제조AI 포럼'이 오는 20일 코엑스에서 열린다.", ["한빛협회"]),
    ("다온재단이 개최하는 '2025 제조AI 포럼'이 오는 20일 열린다.", ["다온재단"]),
])
def test_the_body_that_leads_or_opens_the_named_event(text: str, organizers: list[str]) -> None:
    assert _event_roles(text, published="2025-06-12")["organizers"] == organizers


@pytest.mark.parametrize(("text", "expected"), [
    # taking a part jointly: the subject, not "공동" read as the cue's own noun
    ("'2025 제조AI 포럼'이 12일 열렸다. 올해 다온재단이 처음으로 공동 주최자로 나섰다.",
     {"organizers": [], "co_organizers": ["다온재단"], "sponsors": []}),
    ("'2025 제조AI 포럼'이 12일 열렸다. 다온재단이 공동 주관사로 나섰다.",
     {"organizers": [], "co_organizers": ["다온재단"], "sponsors": []}),
    # the side that holds it, as the topic of a copula
    ("'2025 제조AI 포럼'이 12일 열렸다. 주최 측은 한빛협회다.", {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": []}),
    # (the cue's own noun before it, as before: "산업부 후원으로")
    ("한빛협회가 산업부 후원으로 12일 '2025 제조AI 포럼'을 개최했다.",
     {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": ["산업통상자원부"]}),
])
def test_taking_a_part_jointly_and_the_holding_side(text: str, expected: dict) -> None:
    assert _event_roles(text, published="2025-06-12") == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # preparing the event (준비한, 준비했다) is holding it, as 마련 is
    ("한국로봇산업협회가 준비한 이번 포럼에는 200여 명이 참석했다.", ["한국로봇산업협회"]),
    ("부산시와 부산상공회의소가 준비한 이번 포럼에는 200여 명이 참석했다.", ["부산광역시", "부산상공회의소"]),
    ("이번 행사는 한빛협회가 준비했다.", ["한빛협회"]),
    # opening, preparing or holding something that is no event holds none
    ("한빛전자는 부스를 열었다.", []),
    ("한빛전자는 이날 체험관을 열었다.", []),
    ("참가를 준비한 한빛전자는 제품을 전시했다.", []),
    ("한빛협회는 협력 방안을 마련했다.", []),
])
def test_preparing_the_event_holds_it_opening_a_booth_does_not(text: str, organizers: list[str]) -> None:
    assert _holders_after_a_forum(text)["organizers"] == organizers


@pytest.mark.parametrize(("text", "roles"), [
    # one body under 주최 joined to 주관 hosts and runs the event: its organizer
    ("\n주최/주관: 한국인공지능협회\n후원: 과학기술정보통신부",
     {"organizers": ["한국인공지능협회"], "co_organizers": [], "sponsors": ["과학기술정보통신부"]}),
    ("주최 및 주관은 한국인공지능협회가 맡았다.", {"organizers": ["한국인공지능협회"], "co_organizers": [], "sponsors": []}),
    # each cue its own body
    ("주최는 한빛협회, 주관은 누리재단이 맡았다.", {"organizers": ["한빛협회"], "co_organizers": ["누리재단"], "sponsors": []}),
])
def test_hosting_joined_to_running_is_holding(text: str, roles: dict) -> None:
    assert _holders_after_a_forum(text) == roles


@pytest.mark.parametrize(("text", "published", "dates"), [
    # a stretch of days from the opening gives the last day
    ("올해로 7회째를 맞는 '스마트팩토리 서밋'은 이날 경기 고양시 킨텍스에서 개막해 사흘간 이어진다.", "2025-06-14",
     ("2025-06-14", "2025-06-16")),
    ("'스마트팩토리 서밋'이 20일 킨텍스에서 개막해 나흘 동안 열린다.", "2025-06-14", ("2025-06-20", "2025-06-23")),
    # ... or written as the opening's schedule before its verb
    ("세계 최대 전시회 '한빛 테크쇼 2026'이 6일(현지시간) 미국 라스베이거스에서 나흘간의 일정으로 개막했다.", "2026-01-07",
     ("2026-01-06", "2026-01-09")),
    ("'누리 산업전 2026'이 5일(현지시간) 독일 하노버에서 닷새 일정으로 막을 올렸다.", "2026-04-06", ("2026-04-05", "2026-04-09")),
    # (a day alone is one day)
    ("'스마트팩토리 서밋'이 20일 킨텍스에서 개막한다.", "2025-06-14", ("2025-06-20", None)),
    ("'누리 산업전 2026'이 5일(현지시간) 독일 하노버에서 막을 올렸다.", "2026-04-06", ("2026-04-05", None)),
])
def test_a_stretch_of_days_from_the_opening(text: str, published: str, dates: tuple) -> None:
    [e] = extract(ko_article(text, published=published)).events
    assert (e.start, e.end) == dates


@pytest.mark.parametrize(("text", "attendance"), [
    # the speakers counted are no audience
    ("한빛협회는 9일 서울에서 한빛포럼을 열었다. 이번 행사에는 국내외 연사 20여명이 참여해 사례를 공유했다.", None),
    ("한빛협회는 9일 서울에서 한빛포럼을 열었다. 이번 행사에는 연사 20여명과 관람객 500여명이 참여했다.", 500),
    ("한빛협회는 9일 서울에서 한빛포럼을 열었다. 이번 행사에는 전문가 200여명이 참석했다.", 200),
    # (the part named after the count: the counted are on stage)
    ("한빛협회는 9일 서울에서 한빛포럼을 연다. 국내외 전문가 30여명이 연사로 참여한다.", None),
    ("한빛협회는 9일 서울에서 한빛포럼을 열었다. 업계 전문가 12명이 발표자로 나서 사례를 공유했다.", None),
    # a part of the programme as the topic: its takers counted (the event itself as the topic is the audience)
    ("한빛협회는 9일 서울에서 한빛포럼을 열었다. 종합토론에는 김도윤 한빛대 교수를 좌장으로 기업 대표 4명이 참여했다.", None),
    ("한빛협회는 9일 서울에서 한빛포럼을 열었다. 2부 세션에서는 기업 관계자 30명이 참여해 토론했다. 행사에는 300명이 참석했다.",
     300),
    ("한빛협회는 9일 서울에서 'AI 토론회'를 열었다. 이날 토론회에는 200여명이 참석했다.", 200),
    # a count joined to others not counted is a part of the whole; the sum after 등 is the whole
    ("한빛협회는 9일 서울에서 한빛포럼을 열었다. 이날 포럼에는 기업 대표 8명과 공급기업 관계자 등이 참석했다.", None),
    ("한빛협회는 9일 서울에서 한빛포럼을 열었다. 이날 포럼에는 기업 대표 80명과 학생 50명 등 130명이 참석했다.", 130),
    ("한빛협회는 9일 서울에서 한빛포럼을 열었다. 이날 포럼에는 기업 대표와 학생 등 200여명이 참석했다.", 200),
])
def test_the_speakers_counted_are_no_audience(text: str, attendance: int | None) -> None:
    [e] = extract(ko_article(text, published="2026-06-10")).events
    assert e.attendance == attendance


@pytest.mark.parametrize(("text", "co_organizers"), [
    # a cue the box's comma opens declares its one name, though no list knows it
    ("'2026 한빛 AI 포럼'(주최 한빛협회, 주관 한빛대)이 3일 서울 코엑스에서 열렸다.", ["한빛대"]),
    ("'2026 한빛 AI 포럼'(주최 한빛협회, 주관 다온랩)이 3일 서울 코엑스에서 열렸다.", ["다온랩"]),
    ("'2026 한빛 AI 포럼'(주최 한빛협회)이 3일 서울 코엑스에서 열렸다.", []),
])
def test_a_cue_opened_by_a_boxs_comma(text: str, co_organizers: list) -> None:
    x = extract(ko_article(text, published="2026-06-10"))
    orgs = {o.id: o.name for o in x.organizations}
    [e] = x.events
    assert [orgs[o] for o in e.co_organizers] == co_organizers


@pytest.mark.parametrize(("text", "expected"), [
    # a fact box's labels and values paired by slashes, in order
    ("한빛포럼이 3일 서울에서 열렸다.\nㅇ 주최/주관 : 한빛협회 / 다온재단\nㅇ 후원/협찬 : 산업통상자원부 / 누리전자(주)\n",
     {"organizers": ["한빛협회"], "co_organizers": ["다온재단"], "sponsors": ["산업통상자원부", "누리전자(주)"]}),
    # (one value for both labels: the one who holds and runs it)
    ("한빛포럼이 3일 서울에서 열렸다.\nㅇ 주최/주관 : 한빛협회\n", {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": []}),
    # a press release's jamo bullet opens a box's line
    ("한빛포럼이 3일 서울에서 열렸다.\nㅇ 주최 : 한빛협회\nㅇ 후원 : 다온재단\n",
     {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": ["다온재단"]}),
])
def test_a_boxs_labels_and_values_paired_by_slashes(text: str, expected: dict) -> None:
    assert _event_roles(text, published="2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the arrows that open a box's items, glued to the label, and the equals sign between label and value
    ("한빛포럼이 3일 서울에서 열렸다.\n▷주최: 한빛협회\n▷주관: 다온재단, 누리연구원\n▷후원: 산업통상자원부\n",
     {"organizers": ["한빛협회"], "co_organizers": ["다온재단", "누리연구원"], "sponsors": ["산업통상자원부"]}),
    ("한빛포럼이 3일 서울에서 열렸다.\n▶주최=한빛협회 ▶주관=다온재단 ▶후원=산업통상자원부\n",
     {"organizers": ["한빛협회"], "co_organizers": ["다온재단"], "sponsors": ["산업통상자원부"]}),
    # (guard: passed before)
    ("한빛포럼이 3일 서울에서 열렸다.\n■ 주최: 한빛협회\n■ 후원: 산업통상자원부\n",
     {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": ["산업통상자원부"]}),
])
def test_a_boxs_arrows_and_equals_signs(text: str, expected: dict) -> None:
    assert _event_roles(text, published="2025-06-10") == expected


@pytest.mark.parametrize("text", [
    # a company's legal form in parentheses is no second name of it
    "한빛포럼이 3일 서울에서 열렸다.\n○ 후원: 누리전자(주)\n",
    "누리전자(주)(대표 김철수)는 3일 서울에서 한빛포럼을 열었다.",
])
def test_a_legal_form_in_parentheses_is_no_alias(text: str) -> None:
    x = extract(ko_article(text, published="2025-06-10"))
    assert all("주" not in o.aliases for o in x.organizations) and x.organizations


@pytest.mark.parametrize("text, name", [
    # a German trade fair named by its own word (메세, Messe), with or without its year
    ("지멘스는 22일 독일 하노버에서 열린 하노버 메세 2026에서 산업용 AI 비서를 공개했다. 발표는 김영수 지멘스코리아 상무가 맡았다.",
     "하노버 메세 2026"),
    ("지멘스는 22일 독일 '하노버 메쎄'에서 산업용 AI 비서를 공개했다. 발표는 김영수 지멘스코리아 상무가 맡았다.", "하노버 메쎄"),
    # (guard, as before: a fair with its year in Latin letters)
    ("삼성전자는 6일 미국 라스베이거스에서 개막한 CES 2026에서 AI 가전 전략을 발표했다. 발표는 김영수 삼성전자 상무가 맡았다.", "CES 2026"),
])
def test_a_german_trade_fair_by_its_own_word(text: str, name: str) -> None:
    [e] = extract(ko_article(text, published="2026-06-30")).events
    assert e.name == name


@pytest.mark.parametrize("text, name, city", [
    # 대전 after words that name no kind of event is a grand exhibition ('… 산업 대전'), whatever particle follows
    ("'2026 스마트제조 산업 대전'은 25일 서울 코엑스에서 열린다.", "2026 스마트제조 산업 대전", "서울"),
    ("'AI 로봇 대전'은 25일 킨텍스에서 열린다.", "AI 로봇 대전", None),
    # (guard, as before: after a kind of event, 대전 is the host city)
    ("'2019 AI 페스티벌 대전'이 25일 열렸다.", "2019 AI 페스티벌 대전", None),
])
def test_daejeon_as_a_grand_exhibition(text: str, name: str, city: str | None) -> None:
    [event] = extract(ko_article(text, published="2026-11-20")).events
    assert (event.name, event.city) == (name, city)


@pytest.mark.parametrize(("text", "start"), [
    # no verb holds the event, but a day is written right before its name and 에서: the day someone was there
    ("한가온 다온랩 대표는 지난 14일 '한빛 제조 AI 컨퍼런스'에서 기조연설자로 나서 도입 전략을 제시했다.", "2025-11-14"),
    ("지난 20일(목) '누리 로봇 포럼'에서 도해솔 한빛대 교수가 기조연설을 했다.", "2025-11-20"),
    # (guard, passed before: no day before the name, none)
    ("한가온 다온랩 대표는 '한빛 제조 AI 컨퍼런스'에서 기조연설을 했다.", None),
    # ... or before one of its parts, right after one, or attending it
    ("한가온 다온랩 대표는 지난 14일 '한빛 제조 AI 컨퍼런스' 기조연설 직후 기자와 만나 이같이 말했다.", "2025-11-14"),
    ("한가온 다온랩 대표는 14일 '한빛 제조 AI 컨퍼런스' 개막식에서 축사를 했다.", "2025-11-14"),  # (a guard: so before)
    ("한가온 다온랩 대표는 지난 14일 '한빛 제조 AI 컨퍼런스'에 참석해 축사를 했다.", "2025-11-14"),
    # (guard: the day before a name that someone was not at, none)
    ("한가온 다온랩 대표는 지난 14일 '한빛 제조 AI 컨퍼런스' 후원사로 이름을 올렸다.", None),
])
def test_a_day_before_the_name_of_the_event_one_was_at(text: str, start: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-11-26")).events
    assert e.start == start


@pytest.mark.parametrize("text", [
    # a partner's alias quoted inside its parentheses, its head there too: the partner all the same
    "과학기술정보통신부는 20일 서울 aT센터에서 정보통신산업진흥원(이하 'NIPA')과 함께 「2026 제조 AI 총회」를 개최했다고 밝혔다.",
    "과학기술정보통신부(장관 배경훈)는 20일 서울 aT센터에서 정보통신산업진흥원(원장 박윤규, 이하 'NIPA')과 함께 "
    "「2026 제조 AI 총회」를 개최했다고 밝혔다.",
    # (a guard: so before) the alias unquoted
    "과학기술정보통신부는 20일 서울 aT센터에서 정보통신산업진흥원(NIPA)과 함께 「2026 제조 AI 총회」를 개최했다고 밝혔다.",
])
def test_a_partners_quoted_alias_in_its_parentheses(text: str) -> None:
    assert _event_roles(text) == {"organizers": ["과학기술정보통신부"], "co_organizers": ["정보통신산업진흥원"],
                                  "sponsors": []}


@pytest.mark.parametrize(("text", "name"), [
    # a kind of event the analyser splits at a line's end (웨비나 read as 웨비 and the ending 나): still the kind
    ("[행사 안내] 제7회 한빛 제조 웨비나\n\n■ 일시: 2026년 7월 2일(목) 14:00\n■ 주최: 한빛협회", "제7회 한빛 제조 웨비나"),
    ("제7회 한빛 제조 웨비나\n\n한빛협회는 2일 웨비나를 연다.", "제7회 한빛 제조 웨비나"),
    # (guard, as before) the kind with its particle
    ("한빛협회는 2일 '제7회 한빛 제조 웨비나'를 연다.", "제7회 한빛 제조 웨비나"),
])
def test_a_kind_the_analyser_splits_at_a_lines_end(text: str, name: str) -> None:
    [e] = extract(ko_article(text, published="2026-06-20")).events
    assert (e.name, e.start) == (name, "2026-07-02")


@pytest.mark.parametrize("text", [
    # an announcement's fact box says when and where an event it never names is held
    "◇행사 개요\n- 일시: 2026년 10월 7일(수) 14:00~17:30\n- 장소: 부산 벡스코 제1전시장\n- 주최: 부산광역시 / 주관: "
    "부산정보산업진흥원\n\n◇프로그램\n14:00 개회사 - 변재석 부산정보산업진흥원장\n14:20 기조강연 - 천민호 한빛조선 상무",
    "○ 일시 : 2026. 10. 7.(수) 14:00\n○ 장소 : 부산 벡스코 제1전시장\n○ 주최 : 부산광역시\n○ 주관 : 부산정보산업진흥원\n"
    "14:20 기조강연 - 천민호 한빛조선 상무",
])
def test_a_fact_box_of_an_unnamed_event(text: str) -> None:
    x = extract(ko_article(text, published="2026-09-30"))
    [e] = x.events
    assert (e.name, e.start, e.venue) == (None, "2026-10-07", "벡스코 제1전시장")
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers)) == (["부산광역시"], ["부산정보산업진흥원"])


@pytest.mark.parametrize(("text", "venue"), [
    # a body whose name is also a common word owns the building or room written after it
    ("한빛위원회는 2일 국회 본관에서 '로봇 산업 공청회'를 열었다.", "국회 본관"),
    ("'로봇 산업 공청회'가 2일 국회 의원회관 대회의실에서 열렸다.", "국회 의원회관 대회의실"),
    # (guards, as before) a common word before the place is none of its name; a body's own word is
    ("'로봇 산업 공청회'가 2일 행사 본관에서 열렸다.", "본관"),
    ("한빛위원회는 2일 협회 본관 강당에서 '로봇 산업 공청회'를 열었다.", "협회 본관 강당"),
])
def test_a_body_named_by_a_common_word_owns_its_building(text: str, venue: str) -> None:
    [e] = extract(ko_article(text, published="2025-12-03")).events
    assert e.venue == venue


@pytest.mark.parametrize(("text", "organizers"), [
    # a part of the event's name, where the name is written, holds nothing
    ("한빛협회가 주최한 AI Seoul 2026이 3일 코엑스에서 개막했다.", ["한빛협회"]),
    ("다온협회가 주최한 Robot Busan 2026이 3일 벡스코에서 개막했다.", ["다온협회"]),
    # (a guard, so before: the event as the subject, no holder named)
    ("세계과학문화포럼이 3일 코엑스에서 열린다.", []),
])
def test_a_part_of_the_events_name_holds_nothing(text: str, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2025-06-05"))
    [e] = x.events
    assert _orgs(x, e.organizers) == organizers


@pytest.mark.parametrize(("text", "name"), [
    # an unquoted name of capitalised Latin words and its year, taken by a holding verb, with no acronym in it
    ("다온협회가 주최한 Robot Busan 2026이 3일 벡스코에서 개막했다.", "Robot Busan 2026"),
    ("다온협회는 Smart Factory Week 2026을 3일 벡스코에서 개최했다.", "Smart Factory Week 2026"),
    # (a guard, so before: an acronym in it)
    ("CES 2026이 6일 라스베이거스에서 개막했다.", "CES 2026"),
])
def test_a_latin_name_with_its_year_and_no_acronym(text: str, name: str) -> None:
    [e] = extract(ko_article(text, published="2026-06-05")).events
    assert e.name == name


@pytest.mark.parametrize("box", [
    # a fact box's items on one line, a bar between them
    "주최: 한빛협회 | 주관: 다온연구원 | 후원: 과학기술정보통신부, 누리시",
    "주최 : 한빛협회｜주관 : 다온연구원｜후원 : 과학기술정보통신부, 누리시",
    # (a guard, so before: a slash between them)
    "주최: 한빛협회 / 주관: 다온연구원 / 후원: 과학기술정보통신부, 누리시",
])
def test_a_fact_box_on_one_line_with_bars(box: str) -> None:
    x = extract(ko_article("'AI 포럼'이 10일 열린다.\n" + box, published="2026-12-01"))
    [e] = x.events
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers), _orgs(x, e.sponsors)) == (
        ["한빛협회"], ["다온연구원"], ["과학기술정보통신부", "누리시"])


@pytest.mark.parametrize(("text", "venue"), [
    # a place set within an area written before it (내, 소재): the place alone
    ("한빛협회는 25일 경기 성남시 판교 테크노밸리 내 다온혁신센터에서 'AI 밋업'을 개최했다.", "다온혁신센터"),
    # (guards, so before: 소재 after a district, the walk ending there anyway; a hall of its venue)
    ("한빛협회는 25일 판교 소재 다온타워 3층 대강당에서 'AI 밋업'을 개최했다.", "다온타워 3층 대강당"),
    ("한빛협회는 25일 부산 벡스코 제2전시장 4층 회의실에서 'AI 밋업'을 개최했다.", "벡스코 제2전시장 4층 회의실"),
])
def test_a_place_within_an_area(text: str, venue: str) -> None:
    [e] = extract(ko_article(text, published="2026-11-28")).events
    assert e.venue == venue


@pytest.mark.parametrize(("text", "venue"), [
    # a position by someone or something (앞, 위, 현장) is no place's name
    ("한빛협회 주최로 5일 열린 'AI 데모데이'에서는 스타트업 8곳이 투자자들 앞에서 기술을 시연했다.", None),
    ("5일 열린 'AI 데모데이'에서 스타트업들은 코엑스 특설 무대 위에서 발표했다.", None),
    # (guards, so before: a scene in a later sentence; a place named before the event; a hall of its venue)
    ("한빛협회는 5일 'AI 데모데이'를 열었다. 참가자들은 공장 현장에서 로봇을 시연했다.", None),
    ("5일 코엑스에서 열린 'AI 데모데이'에서 스타트업들은 300명의 관객 앞에서 발표했다.", "코엑스"),
    ("한빛협회는 5일 다온타워 3층 대강당에서 'AI 데모데이'를 개최했다.", "다온타워 3층 대강당"),
])
def test_a_position_by_someone_is_no_venue(text: str, venue: str | None) -> None:
    [e] = extract(ko_article(text, published="2026-12-05")).events
    assert e.venue == venue


@pytest.mark.parametrize(("text", "expected"), [
    # a report that opens on its scene, a day and a place with no verb: the event's day and venue
    ("[현장] 창원 스마트제조 세미나\n\n25일 경남 창원컨벤션센터 3층 회의실. 200여 석을 가득 메운 청중 앞에서 발표에 나선 "
     "조현석 책임연구원이 영상을 틀었다.\n\n이번 세미나는 경남도와 경남테크노파크가 공동 주최했다.",
     ("2026-10-25", "창원컨벤션센터 3층 회의실", "경남")),
    ("지난 15일 오후 서울 코엑스 그랜드볼룸. 'AI 제조 포럼' 기조강연에 나선 조현석 교수가 무대에 올랐다.",
     ("2026-11-15", "코엑스 그랜드볼룸", "서울")),
    # (guards: passed before) the day and place said in the sentence that holds the event; no scene at all
    ("한빛협회는 15일 서울 코엑스 그랜드볼룸에서 'AI 제조 포럼'을 열었다.", ("2026-11-15", "코엑스 그랜드볼룸", "서울")),
    ("'AI 제조 포럼' 기조강연에 나선 조현석 교수가 무대에 올랐다. 200여 명이 모였다.", (None, None, None)),
])
def test_the_scene_a_report_opens_on(text: str, expected: tuple) -> None:
    [e] = extract(ko_article(text, published="2026-11-20")).events
    assert (e.start, e.venue, e.city) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a trade show named by what it shows and 전 (국제로봇전, 한국전자전) is an event's name, its short form in
    # parentheses after it too
    ("야마구치 사장은 16일 도쿄에서 열린 '국제로봇전' 기조연설에서 말했다.", "국제로봇전"),
    ("야마구치 사장은 16일 도쿄에서 열린 '국제로봇전(iREX)' 기조연설에서 말했다.", "국제로봇전(iREX)"),
    ("야마구치 사장은 16일 도쿄에서 열린 '스마트공장 엑스포(SFX)' 기조연설에서 말했다.", "스마트공장 엑스포(SFX)"),
    # (guards: passed before) the name held with its year; 대전 the city after a kind
    ("16일 코엑스에서 '2026 한국전자전'이 개막했다.", "2026 한국전자전"),
    ("16일 '2026 AI 포럼 대전'이 대전컨벤션센터에서 열렸다.", "2026 AI 포럼 대전"),
])
def test_a_trade_show_by_what_it_shows_and_a_short_form_after_it(text: str, name: str) -> None:
    [e] = extract(ko_article(text, published="2026-11-20")).events
    assert e.name == name


@pytest.mark.parametrize(("text", "expected"), [
    # 열려 as a connective, the sentence going on, holds the event (not "열려 있다", open)
    ("한빛협회가 주관한 '2026 제조 AI 포럼'이 19일 포항 포스코국제관에서 300여 명이 참석한 가운데 열려 방안을 모색했다.\n\n"
     "부대행사로 열린 '스타트업 IR 데모데이'에서는 6곳이 발표를 했다.", ("2026 제조 AI 포럼", "2026-11-19", "포스코국제관")),
    # a city written with its 시 is the city, no venue
    ("한빛협회는 17일 양산시에서 '춘계 세미나'를 열었다.", ("춘계 세미나", "2026-11-17", None)),
    # (guards: passed before) the finite verb; a city's hall
    ("한빛협회가 주관한 '2026 제조 AI 포럼'이 19일 포항 포스코국제관에서 열렸다.\n\n부대행사로 열린 '스타트업 IR 데모데이'에서는 "
     "6곳이 발표를 했다.", ("2026 제조 AI 포럼", "2026-11-19", "포스코국제관")),
    ("한빛협회는 17일 양산시청에서 '춘계 세미나'를 열었다.", ("춘계 세미나", "2026-11-17", "양산시청")),
])
def test_a_connective_that_holds_and_a_city_with_its_si(text: str, expected: tuple) -> None:
    [e] = extract(ko_article(text, published="2026-11-20")).events
    assert (e.name, e.start, e.venue) == expected


@pytest.mark.parametrize(("text", "start"), [
    # the holding sentence names no day: the day an earlier adnominal of holding gave with the event's name
    ("17일 열린 '스마트 물류 AI 세미나'의 연사는 4명이었다. 강민정 소장이 발표했다. "
     "세미나는 한빛물류협회 주최로 서울 양재동 엘타워에서 진행됐다.", "2026-08-17"),
    ("오는 17일 열리는 '스마트 물류 AI 세미나'의 연사가 확정됐다. 세미나는 한빛물류협회 주최로 서울 엘타워에서 진행된다.",
     "2026-09-17"),
    # (guards: passed before) an earlier edition with no day; the holding sentence's own day
    ("지난해 열린 '스마트 물류 AI 세미나'에는 300명이 왔다. 올해 세미나는 한빛물류협회 주최로 서울 엘타워에서 진행됐다.",
     None),
    ("17일 열린 '스마트 물류 AI 세미나'의 연사는 4명이었다. 세미나는 한빛물류협회 주최로 10일 서울 엘타워에서 진행됐다.",
     "2026-09-10"),
])
def test_the_day_an_earlier_adnominal_of_holding_gave(text: str, start: str | None) -> None:
    [e] = extract(ko_article(text, published="2026-09-12")).events
    assert e.start == start


@pytest.mark.parametrize(("text", "end"), [
    # the last day in a later sentence whose topic is the event by its kind, past the two after the date's
    ("'스마트 울산 2026'이 9일 울산전시컨벤션센터에서 개막했다. 개막식에서 내빈들이 테이프 커팅을 했다. "
     "김 시장은 환영사를 했다. 전시회는 11일까지 사흘간 이어진다.", "2026-09-11"),
    ("'스마트 울산 2026'이 9일 울산전시컨벤션센터에서 개막했다. 개막식에서 내빈들이 테이프 커팅을 했다. "
     "김 시장은 환영사를 했다. 참석자들은 부스를 둘러봤다. 이번 행사는 12일까지 나흘간 열린다.", "2026-09-12"),
    # ... after a word that only links it to what came before
    ("'스마트 울산 2026'이 9일 울산전시컨벤션센터에서 개막했다. 개막식에서 내빈들이 테이프 커팅을 했다. "
     "김 시장은 환영사를 했다. 한편 엑스포는 11일까지 이어진다.", "2026-09-11"),
    ("'스마트 울산 2026'이 9일 울산전시컨벤션센터에서 개막했다. 개막식에서 내빈들이 테이프 커팅을 했다. "
     "김 시장은 환영사를 했다. 참석자들은 부스를 둘러봤다. 또한 이번 행사는 12일까지 나흘간 열린다.", "2026-09-12"),
    # (guards: passed before) a later sentence of another topic, with or without the linking word
    ("'스마트 울산 2026'이 9일 울산전시컨벤션센터에서 개막했다. 개막식에서 내빈들이 테이프 커팅을 했다. "
     "김 시장은 환영사를 했다. 접수는 11일까지 이어진다.", None),
    ("'스마트 울산 2026'이 9일 울산전시컨벤션센터에서 개막했다. 개막식에서 내빈들이 테이프 커팅을 했다. "
     "김 시장은 환영사를 했다. 한편 접수는 11일까지 이어진다.", None),
])
def test_the_last_day_where_the_event_is_the_topic(text: str, end: str | None) -> None:
    [e] = extract(ko_article(text, published="2026-09-10")).events
    assert (e.start, e.end) == ("2026-09-09", end)


@pytest.mark.parametrize(("text", "end"), [
    # a later sentence with no subject that opens on the last day: the topic's, the event's
    ("'스마트 울산 2026'이 9일 울산전시컨벤션센터에서 개막했다. 개막식에서 내빈들이 테이프 커팅을 했다. "
     "김 시장은 환영사를 했다. 참석자들은 부스를 둘러봤다. 11일까지 사흘간 이어진다.", "2026-09-11"),
    ("'스마트 울산 2026'이 9일 울산전시컨벤션센터에서 개막했다. 개막식에서 내빈들이 테이프 커팅을 했다. "
     "행사는 울산시가 주최했다. 김 시장은 환영사를 했다. 12일까지 나흘간 열린다.", "2026-09-12"),
    # (guard: passed before) a later sentence whose subject is another part of the programme
    ("'스마트 울산 2026'이 9일 울산전시컨벤션센터에서 개막했다. 개막식에서 내빈들이 테이프 커팅을 했다. "
     "김 시장은 환영사를 했다. 참석자들은 부스를 둘러봤다. 부대행사는 11일까지 이어진다.", None),
])
def test_the_last_day_in_a_sentence_with_no_subject(text: str, end: str | None) -> None:
    [e] = extract(ko_article(text, published="2026-09-10")).events
    assert (e.start, e.end) == ("2026-09-09", end)


@pytest.mark.parametrize(("text", "name"), [
    # a dialogue held between government and industry is an event's kind
    ("과학기술정보통신부는 25일 서울 코엑스에서 'AI 반도체 최고위 전략대화'를 열었다.", "AI 반도체 최고위 전략대화"),
    ("이날 서울 코엑스에서 열린 '한미 AI 정책대화'에서 박영희 차관이 발언했다.", "한미 AI 정책대화"),
    # (guards: passed before) a quoted name held; a talk had between two, no event
    ("산업통상자원부는 10일 '반도체 민관대화'를 열고 업계 의견을 들었다.", "반도체 민관대화"),
    ("두 사람은 10일 '미래에 대한 대화'를 나눴다.", None),
])
def test_a_dialogue_between_government_and_industry(text: str, name: str | None) -> None:
    events = extract(ko_article(text, published="2026-11-20")).events
    assert [e.name for e in events] == ([name] if name else [])


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence that opens on the event's dates, as a fact box's line would, gives them when no other does
    ("행사 일정은 11월 5일(목)~6일(금), 장소는 광주 김대중컨벤션센터다. 행사명은 '2026 광주 AI 제조 엑스포'다.",
     ("2026-11-05", "2026-11-06")),
    ("'2026 광주 AI 제조 엑스포'가 열린다. 일시는 11월 5일 오후 2시다. 장소는 김대중컨벤션센터다.", ("2026-11-05", None)),
    # (guards: passed before) another stretch's dates; the dates of the holding sentence
    ("'2026 광주 AI 제조 엑스포'가 열린다. 참가 신청 기간은 10월 31일까지다.", (None, None)),
    ("'2026 광주 AI 제조 엑스포'가 5일 열렸다. 참가 신청 기간은 10월 31일까지다.", ("2026-09-05", None)),
])
def test_a_sentence_that_opens_on_the_events_dates(text: str, expected: tuple) -> None:
    [e] = extract(ko_article(text, published="2026-10-02")).events
    assert (e.start, e.end) == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # a company's press event at the event is its own: it holds no event the report names
    ("'CES 2027'이 6일 라스베이거스 컨벤션센터에서 개막했다. 다온전자에서는 박영희 사장이 프레스 콘퍼런스를 진행했다.", []),
    ("'CES 2027'이 6일 라스베이거스 컨벤션센터에서 개막했다. 다온전자는 기자간담회를 열었다.", []),
    # (guards: passed before) the press event the report is about; a holder of the event
    ("다온전자는 6일 기자간담회를 열고 AI 전략을 발표했다.", ["다온전자"]),
    ("'CES 2027'이 6일 라스베이거스 컨벤션센터에서 개막했다. 행사는 한빛협회가 주최했다.", ["한빛협회"]),
])
def test_a_companys_press_event_at_the_event(text: str, organizers: list[str]) -> None:
    assert _event_roles(text)["organizers"] == organizers


@pytest.mark.parametrize(("text", "venue"), [
    # a place's own name after the area of the city it stands in, as an address writes it
    ("한빛협회는 20일 송도 트라이보울에서 '한빛 AI 포럼'을 개최했다.", "트라이보울"),
    ("한빛협회는 20일 분당 라온제나에서 '한빛 AI 포럼'을 개최했다.", "라온제나"),
    # a university by its 공대 ending is its own campus
    ("울산대학교는 3일 독일 아헨공대에서 '한·독 제조AI 워크숍'을 열었다.", "아헨공대"),
    # (guards: passed before) the city before the area; a company the lists know after the area; a common noun
    ("한빛협회는 20일 인천 송도 트라이보울에서 '한빛 AI 포럼'을 개최했다.", "트라이보울"),
    ("한빛협회는 20일 판교 엔씨소프트에서 '한빛 AI 포럼'을 개최했다.", None),
    ("한빛협회는 20일 여의도 한복판에서 '한빛 AI 포럼'을 개최했다.", None),
])
def test_a_venue_named_after_its_area_and_a_schools_campus(text: str, venue: str | None) -> None:
    [e] = extract(ko_article(text, published="2026-11-20")).events
    assert e.venue == venue


@pytest.mark.parametrize(("text", "start"), [
    # the scene's day written as gone by (지난) is last month's when its day is after the publication's
    ("지난 15일 경기 시흥시 한빛산업단지 대회의실. 'AI 실무 아카데미' 첫 수업에서 나온 질문이다.", "2026-08-15"),
    ("지난 15일 오후 서울 한빛타워 3층. 'AI 실무 아카데미' 첫 수업이 시작되는 순간이다.", "2026-08-15"),
    # (guard: passed before) a scene's day with no 지난, in the past by the sentence after
    ("15일 서울 한빛타워 3층. 'AI 실무 아카데미' 첫 수업이 열렸다.", "2026-08-15"),
])
def test_a_scenes_day_written_as_gone_by(text: str, start: str) -> None:
    [e] = extract(ko_article(text, published="2026-09-12")).events
    assert e.start == start



@pytest.mark.parametrize(("text", "expected"), [
    # a stretch that closed counts back from the last day written before the close, not the opening's day
    ("지난 3일 청주 오스코에서 막을 올린 '2026 충북 AI 엑스포'가 5일 사흘간의 일정을 마치고 폐막했다.",
     ("2026-12-03", "2026-12-05")),
    ("지난 2일 개막한 '2026 한빛 로봇 페어'가 5일 나흘간의 일정을 마무리했다.", ("2026-12-02", "2026-12-05")),
    # (guard: passed before) the close's day alone
    ("'2026 충북 AI 엑스포'가 사흘간의 일정을 마치고 5일 막을 내렸다.", ("2026-12-03", "2026-12-05")),
])
def test_a_closed_stretch_counts_back_from_its_last_day(text: str, expected: tuple) -> None:
    [e] = extract(ko_article(text, published="2026-12-06")).events
    assert (e.start, e.end) == expected


@pytest.mark.parametrize(("text", "venue"), [
    # a 동 after the 구 it lies in is the address's, no part of the venue's name
    ("한빛협회는 지난 24일 서울 마포구 상암동 누리꿈스퀘어에서 '한빛 포럼'을 열었다.", "누리꿈스퀘어"),
    ("한빛협회는 지난 24일 서울 강남구 역삼동 한빛타워에서 '한빛 포럼'을 열었다.", "한빛타워"),
    # (guard: passed before) a 동 after its city
    ("한빛협회는 지난 24일 서울 삼성동 코엑스에서 '한빛 포럼'을 열었다.", "코엑스"),
])
def test_a_dong_after_its_gu_is_no_part_of_the_venue(text: str, venue: str) -> None:
    [e] = extract(ko_article(text, published="2026-11-26")).events
    assert e.venue == venue


@pytest.mark.parametrize(("text", "end"), [
    # a later sentence whose topic is the event by its name (less its year) gives the last day
    ("독일 하노버에서 20일 개막한 '하노버 메세 2027'에서 한국관이 문을 열었다. 한국관에는 기업 40곳이 참가했다. "
     "개관식에는 김윤희 본부장이 참석했다. 참가 기업 대표는 수요가 크다고 말했다. 하노버 메세는 24일까지 닷새간 열린다.",
     "2027-04-24"),
    ("20일 '한빛 로봇쇼'가 킨텍스에서 개막했다. 기업 300곳이 참가했다. 개막식에는 장관이 참석했다. 관람객이 몰렸다. "
     "한빛 로봇쇼는 23일까지 이어진다.", "2027-04-23"),
    # (guard: passed before) a later sentence whose topic is something else named
    ("독일 하노버에서 20일 개막한 '하노버 메세 2027'에서 한국관이 문을 열었다. 한국관에는 기업 40곳이 참가했다. "
     "개관식에는 김윤희 본부장이 참석했다. 참가 기업 대표는 수요가 크다고 말했다. 한국관은 22일까지 운영된다.", None),
])
def test_the_last_day_where_the_event_by_its_name_is_the_topic(text: str, end: str | None) -> None:
    [e] = extract(ko_article(text, published="2027-04-21")).events
    assert e.end == end


@pytest.mark.parametrize(("text", "venue"), [
    # a part of a month, a month, a year or a season written before the place is when, no part of the venue's name
    ("'한빛 AI 포럼'은 다음 달 초 코엑스에서 열린다.", "코엑스"),
    ("'한빛 AI 포럼'은 다음 달 코엑스에서 열린다.", "코엑스"),
    ("'한빛 AI 포럼'은 2027년 킨텍스에서 열린다.", "킨텍스"),
    ("'한빛 AI 포럼'은 11월 중 판교에서 열릴 예정이다.", None),
    # (guards: passed before) a half-year before a venue named by its city; the part of a month then the city and the
    # venue; a venue of two words
    ("'한빛 AI 포럼'은 내년 상반기 대전컨벤션센터에서 열린다.", "대전컨벤션센터"),
    ("'한빛 AI 포럼'은 오는 11월 하순 부산 벡스코에서 열린다.", "벡스코"),
    ("한빛협회는 지난 24일 한빛타워 그랜드볼룸에서 '한빛 포럼'을 열었다.", "한빛타워 그랜드볼룸"),
])
def test_when_written_before_the_place_is_no_part_of_the_venue(text: str, venue: str | None) -> None:
    [e] = extract(ko_article(text, published="2026-09-12")).events
    assert e.venue == venue


@pytest.mark.parametrize(("text", "name"), [
    # a quoted name, the topic of a verb of being held that closes the sentence, is the event's (no kind's word in it)
    ("'2026 한빛 로봇 챌린지'는 지난 5일부터 7일까지 대구 엑스코에서 열렸다.", "2026 한빛 로봇 챌린지"),
    ("'한빛 AI 그랑프리'는 지난 5일 한빛대 체육관에서 펼쳐졌다.", "한빛 AI 그랑프리"),
    ("'2026 한빛 로봇 챌린지'는 한빛협회 주관 아래 지난 5일 대구 엑스코에서 개최됐다.", "2026 한빛 로봇 챌린지"),
    # (guards: passed before) the subject's particle; a topic that was what a gathering discussed
    ("'2026 한빛 로봇 챌린지'가 지난 5일 대구 엑스코에서 열렸다.", "2026 한빛 로봇 챌린지"),
    ("'AI 윤리'는 한빛협회가 지난 5일 개최한 포럼의 핵심 주제였다.", None),
    ("'제조 혁신'은 이번 포럼에서 가장 많이 나온 말이었다. 포럼은 지난 5일 코엑스에서 열렸다.", None),
])
def test_a_quoted_name_as_the_topic_of_being_held(text: str, name: str | None) -> None:
    [e] = extract(ko_article(text, published="2026-09-12")).events
    assert e.name == name


@pytest.mark.parametrize(("text", "venue"), [
    # a spoken part of the programme, which one speaks "in" (…에서), is no place
    ("'AI 부산 2026'이 3일 개막했다. 박형준 부산시장은 이날 개막 축사에서 \"허브로 만들겠다\"고 밝혔다.", None),
    ("'AI 부산 2026'이 3일 개막했다. 한도윤 다온전자 대표는 이날 폐막 연설에서 \"데이터가 먼저\"라고 말했다.", None),
    ("'AI 부산 2026'이 3일 개막했다. 한도윤 다온전자 대표는 폐막 세션에서 \"데이터가 먼저\"라고 말했다.", None),
    # (guards, so before: a keynote's words by the day, and the place written before the part)
    ("'AI 부산 2026'이 3일 개막했다. 한도윤 다온전자 대표는 첫날 기조 연설에서 \"데이터가 먼저\"라고 말했다.", None),
    ("'AI 부산 2026'이 3일 벡스코에서 개막했다. 박형준 부산시장은 이날 개막 축사에서 \"허브로 만들겠다\"고 밝혔다.", "벡스코"),
])
def test_a_spoken_part_is_no_venue(text: str, venue: str | None) -> None:
    [e] = extract(ko_article(text, published="2026-09-05")).events
    assert e.venue == venue


@pytest.mark.parametrize(("text", "organizers"), [
    # a connective that opens the sentence is no part of the holder's name
    ("한편 다온협회는 18일 서울 코엑스에서 '로봇 조찬회'를 열었다.", ["다온협회"]),
    ("한편 한빛로봇산업협회는 매월 '품질 조찬회'를 열고 있다.", ["한빛로봇산업협회"]),
    # (guards, so before: the connective closed by a comma, and another connective)
    ("한편, 한빛로봇산업협회는 매월 '품질 조찬회'를 열고 있다.", ["한빛로봇산업협회"]),
    ("또한 다온협회는 18일 서울 코엑스에서 '로봇 조찬회'를 열었다.", ["다온협회"]),
])
def test_a_connective_before_the_holder(text: str, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2026-09-20"))
    [e] = x.events
    assert _orgs(x, e.organizers) == organizers


@pytest.mark.parametrize(("text", "dates"), [
    # the event as the topic, held over days in the connective form (열리며, 열리고, 진행되며), after a release that
    # gave no day of its own
    ("다온협회는 대구 엑스코에서 '로봇 포럼'을 개최한다고 3일 밝혔다. 포럼은 4일부터 이틀간 열리며, 첫날 기조강연은 한도윤 교수가 맡는다.",
     ("2026-12-04", "2026-12-05")),
    ("다온협회는 대구 엑스코에서 '로봇 포럼'을 개최한다고 3일 밝혔다. 행사는 7일 열리고 한도윤 교수가 기조강연을 한다.",
     ("2026-12-07", None)),
    ("다온협회는 대구 엑스코에서 '로봇 포럼'을 개최한다고 3일 밝혔다. 행사는 9일 오후 2시부터 진행되며 누구나 참가할 수 있다.",
     ("2026-12-09", None)),
    # (guard, so before: the final form)
    ("다온협회는 대구 엑스코에서 '로봇 포럼'을 개최한다고 3일 밝혔다. 포럼은 4일부터 이틀간 열린다.",
     ("2026-12-04", "2026-12-05")),
])
def test_held_over_days_in_the_connective_form(text: str, dates: tuple) -> None:
    [e] = extract(ko_article(text, published="2026-12-03")).events
    assert (e.start, e.end) == dates


@pytest.mark.parametrize(("text", "venue"), [
    # a venue named as a town or a hall (전당)
    ("다온협회는 13일 대덕컨벤션타운에서 '2026 AI 세미나'를 개최했다.", "대덕컨벤션타운"),
    ("다온협회는 13일 국립아시아문화전당에서 '2026 AI 세미나'를 개최했다.", "국립아시아문화전당"),
    # (guards, so before: a centre, and a venue's own name before 아레나)
    ("다온협회는 13일 고양 킨텍스아레나에서 '2026 AI 세미나'를 개최했다.", "킨텍스아레나"),
    ("다온협회는 13일 대덕컨벤션센터에서 '2026 AI 세미나'를 개최했다.", "대덕컨벤션센터"),
])
def test_venues_named_as_a_town_or_a_hall(text: str, venue: str) -> None:
    [e] = extract(ko_article(text, published="2026-11-14")).events
    assert e.venue == venue


@pytest.mark.parametrize(("text", "expected"), [
    # a public body named by the kind of its charge + 원, one the analyser reads as common nouns (금융 + 보안원)
    ("한빛위원회가 주최하고 금융보안원이 주관한다.", {"organizers": ["한빛위원회"], "co_organizers": ["금융보안원"], "sponsors": []}),
    # (guards, so before: the holding verb makes any subject a holder) a public body named by its charge + 원
    ("한빛금융위원회가 주최하고 다온보안원이 주관한다.", {"organizers": ["한빛금융위원회"], "co_organizers": ["다온보안원"], "sponsors": []}),
    ("다온결제원이 주최한다.", {"organizers": ["다온결제원"], "co_organizers": [], "sponsors": []}),
])
def test_a_public_body_by_its_charge(text: str, expected: dict) -> None:
    assert _holders_after_a_forum(text) == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # a place with 에서 between the day and the adnominal verb is where the subject before the day holds it, no agent
    ("한빛부가 28일 다온컨벤션센터에서 개최한 'AI 토론회'에서 김하늘 장관은 이렇게 말했다.", ["한빛부"]),
    ("한빛협회는 28일 누리창조경제혁신센터에서 연 'AI 밋업'에 300명이 참석했다고 밝혔다.", ["한빛협회"]),
    # (guards: so before) a place the lists know as one, and a body with 에서 as the agent (협회에서 주최했다)
    ("한빛협회가 28일 서울 코엑스에서 개최한 'AI 토론회'에서 김하늘 회장은 이렇게 말했다.", ["한빛협회"]),
    ("'AI 토론회'는 한빛협회에서 주최했다.", ["한빛협회"]),
])
def test_a_place_with_eseo_after_the_subject_is_no_organizer(text: str, organizers: list) -> None:
    assert _event_roles(text)["organizers"] == organizers


@pytest.mark.parametrize("text, venue, city", [
    # a city alone before 에서, then the place after it in the same sentence: the place is the venue, the city its
    ("창원에서 20일 '경남 AI 컨퍼런스'가 창원컨벤션센터 2층 컨벤션홀에서 개최됐다.", "창원컨벤션센터 2층 컨벤션홀", "창원"),
    ("부산에서 3일 '해양 AI 포럼'이 한빛호텔 그랜드볼룸에서 열렸다.", "한빛호텔 그랜드볼룸", "부산"),
    # (guards: so before) the city alone; a city with its 시
    ("창원에서 20일 '경남 AI 컨퍼런스'가 열렸다.", None, "창원"),
    ("양산시에서 20일 '경남 AI 컨퍼런스'가 열렸다.", None, "양산"),
])
def test_a_city_before_the_place_with_eseo(text: str, venue: str | None, city: str) -> None:
    [e] = extract(ko_article(text, published="2026-11-25")).events
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize("text, theme", [
    # the theme given in a later sentence whose topic is the event, when the sentence that holds it gives none
    ("'한빛 제조AI 포럼'이 25일 다온컨벤션센터에서 열렸다. 이번 포럼은 'AI로 여는 제조 대전환'을 주제로 "
     "300여 명이 참석한 가운데 진행됐다.", "AI로 여는 제조 대전환"),
    ("한빛협회는 25일 코엑스에서 '제3회 로봇 세미나'를 개최했다. 한빛로봇 김철수 대표가 발표했다. "
     "올해 세미나는 ‘사람과 로봇의 협업’을 주제로 꾸며졌다.", "사람과 로봇의 협업"),
    # (guards) a talk's topic in a sentence about the event: another subject before it, or a noun it describes
    ("'한빛 제조AI 포럼'이 25일 다온컨벤션센터에서 열렸다. 이날 포럼은 먼저 김도윤 다온랩 팀장이 "
     "'공장 데이터 표준'을 주제로 발표했다.", None),
    ("'한빛 제조AI 포럼'이 25일 다온컨벤션센터에서 열렸다. 포럼은 '산업 AI 전환'을 주제로 한 "
     "김도윤 한빛대 교수의 기조강연을 시작으로 진행됐다.", None),
    # (guard: so before) the theme in the sentence that holds the event
    ("'한빛 제조AI 포럼'이 25일 'AI로 여는 제조 대전환'을 주제로 다온컨벤션센터에서 열렸다.", "AI로 여는 제조 대전환"),
])
def test_a_theme_in_a_sentence_about_the_event(text: str, theme: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-11-26")).events
    assert e.theme == theme


@pytest.mark.parametrize("text, theme", [
    # the event as topic after a clause that describes it: that clause's subject is no other speaker
    ("'한빛 제조AI 포럼'이 25일 다온컨벤션센터에서 열렸다. 산업부가 후원한 이번 포럼은 '피지컬 AI와 휴머노이드'를 "
     "주제로 열렸으며 300여명이 참석했다.", "피지컬 AI와 휴머노이드"),
    ("한빛협회는 25일 코엑스에서 '제3회 로봇 세미나'를 개최했다. 다온재단이 후원한 올해 세미나는 ‘사람과 로봇의 "
     "협업’을 주제로 진행됐다.", "사람과 로봇의 협업"),
    # a talk's topic, the talk's verb after 주제로, in the sentence that holds the event
    ("한빛협회가 주최한 '한빛 제조AI 포럼'은 김도윤 다온랩 팀장이 '공장 데이터 표준'을 주제로 발표했다.", None),
    # (guards: so before) the same in a sentence about the event; a gathering's kind after 주제로 is the event's theme
    ("'한빛 제조AI 포럼'이 25일 열렸다. 다온재단이 후원한 이번 포럼은 김도윤 팀장이 '공장 데이터'를 주제로 "
     "강연했다.", None),
    ("한빛협회는 24일 'AI 전략'을 주제로 '한빛 강연회'를 열었다.", "AI 전략"),
])
def test_a_theme_after_a_clause_that_describes_the_event(text: str, theme: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-11-26")).events
    assert e.theme == theme


@pytest.mark.parametrize("text, name", [
    # a talk between guests (대담) is a kind of event
    ("한빛일보는 지난 2일 '제조 AI 대담'을 마련했다. 대담에는 김도윤 한빛대 교수가 참여했다.", "제조 AI 대담"),
    ("다온신문은 지난 2일 '로봇과 일자리 대담'을 준비했다.", "로봇과 일자리 대담"),
    # (guards: so before) held with 열었다, a name is the event's whatever its last word; meetings named with 회
    ("다온신문은 지난 2일 '로봇과 일자리 대담'을 열었다. 이서연 다온랩 대표가 참여했다.", "로봇과 일자리 대담"),
    ("한빛협회는 2일 코엑스에서 '로봇 규제 집담회'를 열었다.", "로봇 규제 집담회"),
    ("한빛협회는 2일 코엑스에서 '산업 AI 대담회'를 열었다.", "산업 AI 대담회"),
    ("한빛협회는 2일 코엑스에서 '산업 AI 좌담회'를 열었다.", "산업 AI 좌담회"),
])
def test_talks_between_guests_are_events(text: str, name: str) -> None:
    [e] = extract(ko_article(text, published="2025-09-05")).events
    assert e.name == name


@pytest.mark.parametrize("text, expected", [
    # the subjects of a finite cue with the event as its object: every item of the subject's list
    ("삼성전자와 신한은행이 행사를 협찬했다.", {"organizers": [], "co_organizers": [], "sponsors": ["삼성전자", "신한은행"]}),
    ("삼성전자, LG전자와 신한은행이 이번 포럼을 후원했다.",
     {"organizers": [], "co_organizers": [], "sponsors": ["삼성전자", "LG전자", "신한은행"]}),
    # the topic that did it and the partner it did it with (함께), past the day before the partner
    ("한국로봇산업협회는 16일 삼성전자와 함께 포럼을 후원했다.",
     {"organizers": [], "co_organizers": [], "sponsors": ["한국로봇산업협회", "삼성전자"]}),
    ("한국로봇산업협회는 16일 오후 삼성전자, LG전자와 공동으로 포럼을 주최했다.",
     {"organizers": ["한국로봇산업협회"], "co_organizers": ["삼성전자", "LG전자"], "sponsors": []}),
    # (guards: so before) the topic alone
    ("다온전자는 3일 포럼을 후원했다.", {"organizers": [], "co_organizers": [], "sponsors": ["다온전자"]}),
])
def test_the_subjects_and_partners_of_a_finite_cue(text: str, expected: dict) -> None:
    assert _holders_after_a_forum(text) == expected


@pytest.mark.parametrize("text, name", [
    # the study meetings of a trade's members and of a body's staff are kinds of event, named without quotes too
    ("한빛협회는 24일 코엑스에서 2025 제조 AI 연찬회를 개최했다.", "2025 제조 AI 연찬회"),
    ("한빛협회는 24일 코엑스에서 2025 제조 AI 연수회를 개최했다.", "2025 제조 AI 연수회"),
    # (guards: so before) a kind the lists had; a contest program's name (챌린지) is no kind of gathering
    ("한빛협회는 24일 코엑스에서 2025 제조 AI 성과공유회를 개최했다.", "2025 제조 AI 성과공유회"),
    ("한빛협회는 24일 코엑스에서 2025 제조 AI 챌린지를 개최했다.", None),
])
def test_study_meetings_are_events(text: str, name: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-11-26")).events
    assert e.name == name


@pytest.mark.parametrize("text, organizers", [
    # the central offices whose names end in 실 or 원 hold events; 감사원 is the audit board, no title (감 + 사원)
    ("감사원은 3일 세종에서 '공공AI 감사 세미나'를 열었다.", ["감사원"]),
    ("'제조AI 규제혁신 토론회'가 3일 열렸다. 토론회는 국무조정실 주최로 진행됐다.", ["국무조정실"]),
    ("대통령실은 3일 '제조AI 규제혁신 토론회'를 열었다.", ["대통령실"]),
    # (guards: so before) an agency with a telling ending
    ("특허청은 3일 세종에서 '공공AI 감사 세미나'를 열었다.", ["특허청"]),
])
def test_central_offices_hold_events(text: str, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2025-11-26"))
    names = {o.id: o.name for o in x.organizations}
    assert [names[o] for o in x.events[0].organizers] == organizers


@pytest.mark.parametrize(("text", "venue"), [
    # a venue named as a ground or a gallery
    ("다온대는 13일 교내 체인지업그라운드에서 '2026 AI 해커톤'을 개최했다.", "체인지업그라운드"),
    ("다온대는 13일 교내 AI갤러리에서 '2026 AI 전시회'를 개최했다.", "AI갤러리"),
    # (guards, so before: a space after its city and district, a library, a square, and a square in its borrowed word)
    ("다온협회는 13일 서울 성수동 에스팩토리 스페이스에서 '2026 AI 세미나'를 개최했다.", "에스팩토리 스페이스"),
    ("다온대는 13일 중앙도서관에서 '2026 AI 세미나'를 개최했다.", "중앙도서관"),
    ("다온시는 13일 시청 광장에서 '2026 AI 축제'를 개최했다.", "시청 광장"),
    ("다온전자는 13일 사내 이노베이션스퀘어에서 '2026 AI 포럼'을 개최했다.", "이노베이션스퀘어"),
])
def test_venues_named_as_a_ground_or_a_gallery(text: str, venue: str) -> None:
    [e] = extract(ko_article(text, published="2026-11-14")).events
    assert e.venue == venue


@pytest.mark.parametrize(("text", "organizers", "co_organizers"), [
    # the part a body takes written in parentheses after its name: no alias, no part of the name
    ("'AI 포럼'이 3일 열렸다. 한빛협회(주최)와 다온재단(주관)이 마련한 이번 포럼에는 200명이 참석했다.",
     ["한빛협회"], ["다온재단"]),
    ("'AI 포럼'이 3일 열렸다. 한빛협회(주최), 다온재단(주관), 누리시(후원)가 함께 마련했다.", ["한빛협회"], ["다온재단"]),
    # (guard: so before) the head in parentheses
    ("'AI 포럼'이 3일 열렸다. 포럼은 한빛협회(회장 김도윤)가 주최했다.", ["한빛협회"], []),
])
def test_a_bodys_part_in_parentheses(text: str, organizers: list[str], co_organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2025-06-05"))
    [e] = x.events
    assert (_orgs(x, e.organizers), _orgs(x, e.co_organizers)) == (organizers, co_organizers)
    assert all("(" not in o.name and o.aliases == () for o in x.organizations if o.name in organizers + co_organizers)


@pytest.mark.parametrize(("text", "organizers"), [
    # a purpose phrase (…를 위해, …하기 위해) between the holder and the verb of preparing: the verb's topic is the event
    ("'AI 포럼'이 3일 열렸다. 이 자리는 한빛협회가 회원사 간 교류를 위해 마련했다.", ["한빛협회"]),
    ("'AI 포럼'이 3일 열렸다. 이번 포럼은 한빛협회가 지역 제조기업의 AI 전환을 지원하기 위해 마련했다.", ["한빛협회"]),
    # (guards: so before) the verb's own object after the purpose is no event; no purpose between
    ("'AI 포럼'이 3일 열렸다. 한빛전자는 교류를 위해 부스를 마련했다.", []),
    ("'AI 포럼'이 3일 열렸다. 이번 자리는 한빛협회가 마련했다.", ["한빛협회"]),
])
def test_a_purpose_between_the_holder_and_the_verb(text: str, organizers: list[str]) -> None:
    x = extract(ko_article(text, published="2025-06-05"))
    [e] = x.events
    assert _orgs(x, e.organizers) == organizers


@pytest.mark.parametrize("text, theme", [
    # the clauses that describe the event joined before the one with its topic: none of them has a topic of its own
    ("'한빛 제조AI 포럼'이 25일 다온컨벤션센터에서 열렸다. 한빛협회가 주최하고 다온재단이 주관한 이번 포럼은 '현장의 "
     "AI'를 주제로 열렸다.", "현장의 AI"),
    ("한빛협회는 25일 코엑스에서 '제3회 로봇 세미나'를 개최했다. 산업부가 후원하고 다온대가 공동 주관하는 이번 "
     "세미나는 '사람과 로봇'을 주제로 진행됐다.", "사람과 로봇"),
    # (guards) a talk's topic after a joined clause; a clause with a topic of its own before
    ("'한빛 제조AI 포럼'이 25일 열렸다. 한빛협회가 주최하고 김도윤 팀장이 '공장 데이터'를 주제로 강연했다.", None),
    ("'한빛 제조AI 포럼'이 25일 열렸다. 협회는 예산을 늘렸고 다온재단이 후원한 이번 포럼은 '현장의 AI'를 주제로 "
     "열렸다.", None),
])
def test_a_theme_after_joined_clauses_that_describe_the_event(text: str, theme: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-11-26")).events
    assert e.theme == theme


@pytest.mark.parametrize("text, venue, city", [
    # the city an adnominal description of the place names: "X에 위치한", "X 소재 … 기업인"
    ("중소벤처기업부는 17일 시흥에 위치한 한빛정밀에서 'AI 공장 간담회'를 열었다.", "한빛정밀", "시흥"),
    ("중소벤처기업부는 17일 경기 시흥 소재 스마트공장 도입기업인 ㈜한빛정밀에서 'AI 공장 간담회'를 개최했다.",
     "㈜한빛정밀", "시흥"),
    ("중소벤처기업부는 17일 경기 시흥에 있는 한빛정밀 본사에서 'AI 공장 간담회'를 열었다.", "한빛정밀 본사", "시흥"),
    # (guard) a body that hosts after its description is no place
    ("17일 서울에 있는 한빛협회에서 주최한 'AI 공장 간담회'에 김하늘 교수가 참석했다.", None, None),
])
def test_the_city_of_a_places_description(text: str, venue: str | None, city: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-06-01")).events
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize("text, venue, city", [
    # the place the subject visits to hold the event, set in a city or named as a place
    ("오영주 중소벤처기업부 장관은 17일 경기 시흥 소재 한빛정밀을 방문해 'AI 공장 간담회'를 개최했다.", "한빛정밀", "시흥"),
    ("중기부는 17일 오영주 장관이 시흥의 한빛정밀을 찾아 'AI 공장 간담회'를 열었다고 밝혔다.", "한빛정밀", "시흥"),
    ("오영주 장관은 17일 한빛정밀 본사를 찾아 'AI 공장 간담회'를 열었다.", "한빛정밀 본사", None),
    ("오영주 장관은 17일 평택공장을 방문해 'AI 공장 간담회'를 열었다.", "평택공장", None),
    # (not a person visited, nor the site as a common word)
    ("오영주 장관은 17일 김하늘 대표를 찾아 'AI 공장 간담회'를 열었다.", None, None),
    ("오영주 장관은 17일 현장을 방문해 'AI 공장 간담회'를 열었다.", None, None),
    # a venue with 에서 comes first, the time after the visit no part of its name
    ("오영주 장관은 17일 한빛정밀을 방문한 뒤 다온홀에서 'AI 공장 간담회'를 열었다.", "다온홀", None),
    ("오영주 장관은 17일 개막식을 마친 후 다온홀에서 'AI 공장 간담회'를 열었다.", "다온홀", None),
])
def test_the_place_visited_to_hold_the_event(text: str, venue: str | None, city: str | None) -> None:
    [e] = extract(ko_article(text, published="2025-06-01")).events
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize("text, start, venue", [
    # a paragraph broken by hand inside its sentence reads as one sentence
    ("한빛협회(회장 김하늘)는 5일 대구 엑스코에서\n'2025 로봇 포럼'을 개최했다고 6일 밝혔다.", "2025-11-05", "엑스코"),
    ("한빛협회는 지난 5일 서울 코엑스에서 열린\n'2025 로봇 포럼'을 주최했으며\n500여명이 참석했다.", "2025-11-05", "코엑스"),
])
def test_a_sentence_broken_across_lines(text: str, start: str, venue: str) -> None:
    [e] = extract(ko_article(text, published="2025-11-06")).events
    assert (e.start, e.venue) == (start, venue)


@pytest.mark.parametrize(("sentence", "organizers"), [
    # lawmakers listed as the subject of the verb that holds the event: each one's office
    ("이정헌 의원과 최수진 의원은 11일 국회의원회관에서 'AI 반도체 토론회'를 공동 개최했다.", ["이정헌 의원실", "최수진 의원실"]),
    ("이정헌 더불어민주당 의원과 최수진 국민의힘 의원은 11일 국회의원회관에서 'AI 반도체 토론회'를 공동 개최했다.",
     ["이정헌 의원실", "최수진 의원실"]),
    # (guards: as before) one lawmaker; lawmakers with their parties in parentheses
    ("이정헌 더불어민주당 의원은 11일 국회의원회관에서 'AI 반도체 토론회'를 개최했다.", ["이정헌 의원실"]),
    ("김하늘 의원(다온당)과 박지성 의원(한빛당)은 5일 국회에서 'AI 토론회'를 공동 개최했다.", ["김하늘 의원실", "박지성 의원실"]),
])
def test_lawmakers_listed_as_the_subject_that_holds_the_event(sentence: str, organizers: list[str]) -> None:
    x = extract(ko_article(sentence))
    [e] = x.events
    assert _orgs(x, e.organizers) == organizers


@pytest.mark.parametrize(("text", "organizers", "co_organizers"), [
    # the subject of a 주관 before the event's name is its co-organizer, however the sentence that holds it goes on
    ("창원시와 다온테크노파크가 공동 주관한 '2026 한빛 제조AI 페스타'가 15일 한빛컨벤션센터에서 열려 성황리에 막을 내렸다.",
     [], ["창원시", "다온테크노파크"]),
    ("경기도와 다온테크노파크가 공동 주관한 '2026 한빛 로봇 해커톤'이 15일 수원에서 성황리에 마무리됐다.",
     [], ["경기도", "다온테크노파크"]),
    ("다온테크노파크가 주관한 '2026 한빛 로봇 해커톤'이 15일 수원컨벤션센터에서 성황리에 종료됐다.", [], ["다온테크노파크"]),
    # (guards: so before) with a verb that only says it was held; the subject of the verb of holding holds it, its
    # partner in 주관 co-organizes
    ("한빛협회가 주관한 '2026 한빛 AI 포럼'이 15일 한빛컨벤션센터에서 열렸다.", [], ["한빛협회"]),
    ("한빛협회는 다온재단과 공동 주관으로 15일 '2026 한빛 AI 포럼'을 개최했다.", ["한빛협회"], ["다온재단"]),
])
def test_the_subject_of_a_juguan_before_the_name(text: str, organizers: list, co_organizers: list) -> None:
    found = _event_roles(text, published="2026-10-17")
    assert (found["organizers"], found["co_organizers"]) == (organizers, co_organizers)


@pytest.mark.parametrize(("text", "organizers", "co_organizers"), [
    # a 주관 shared "together" (함께) is co-organizing still
    ("한빛협회와 다온재단이 함께 주관한 '2026 한빛 AI 포럼'이 15일 코엑스에서 열렸다.", [], ["한빛협회", "다온재단"]),
    ("한빛협회와 다온재단이 함께 주관하는 '2026 한빛 AI 포럼'이 15일 코엑스에서 열린다.", [], ["한빛협회", "다온재단"]),
    # (a guard: so before) an event made together is held together
    ("한빛협회와 다온재단이 함께 마련한 '2026 한빛 AI 포럼'이 15일 코엑스에서 열렸다.", ["한빛협회", "다온재단"], []),
])
def test_a_juguan_shared_together(text: str, organizers: list, co_organizers: list) -> None:
    found = _event_roles(text, published="2026-10-17")
    assert (found["organizers"], found["co_organizers"]) == (organizers, co_organizers)


@pytest.mark.parametrize(("text", "published", "dates"), [
    # a day, then the stretch that ended on it: the stretch counted back from the day
    ("'AI 엑스포'가 15일 사흘간의 일정을 마치고 폐막했다.", "2025-05-16", ("2025-05-13", "2025-05-15")),
    ("'다온 로봇쇼'가 15일 나흘간의 일정을 마치고 막을 내렸다.", "2025-05-16", ("2025-05-12", "2025-05-15")),
    # the day it closed, and the day it opened said in a sentence after it
    ("'AI 포럼'이 지난 18일 막을 내렸다. 지난 16일 개막한 포럼에는 3만 명이 찾았다.", "2026-11-20",
     ("2026-11-16", "2026-11-18")),
    ("'2026 AI 엑스포'가 18일 폐막했다. 16일부터 사흘간 코엑스에서 열린 엑스포에는 3만 명이 다녀갔다.", "2026-11-20",
     ("2026-11-16", "2026-11-18")),
    # guards: the stretch before the day, a range written out, a close alone, a next edition's opening
    ("'AI 엑스포'가 사흘간의 일정을 마치고 15일 막을 내렸다.", "2025-05-16", ("2025-05-13", "2025-05-15")),
    ("'AI 엑스포'가 13일부터 15일까지 사흘간의 일정을 마치고 폐막했다.", "2025-05-16", ("2025-05-13", "2025-05-15")),
    ("'AI 포럼'이 18일 막을 내렸다.", "2026-11-20", ("2026-11-18", None)),
    ("'2026 AI 엑스포'가 18일 폐막했다. 내년 행사는 11월 3일 개막한다.", "2026-11-20", ("2026-11-18", None)),
])
def test_the_day_an_event_closed_and_the_day_it_opened(text: str, published: str, dates: tuple) -> None:
    [e] = extract(ko_article(text, published=published)).events
    assert (e.start, e.end) == dates
