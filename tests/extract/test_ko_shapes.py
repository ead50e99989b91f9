"""Table tests for the shapes Korean event news takes (issue #3), two or more examples each.

Every sentence here is written for the tests; none is copied from an article.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Extraction, Role
from tests.conftest import ko_article


def _x(text: str, published: str | None = "2025-11-25") -> Extraction:
    return extract(ko_article(text, published=published))


def _org_names(x: Extraction, ids: tuple[str, ...]) -> list[str]:
    names = {o.id: o.name for o in x.organizations}
    return [names[i] for i in ids]


def _affs(x: Extraction) -> list[tuple[str, str | None, str | None]]:
    names = {o.id: o.name for o in x.organizations}
    return [(p.name, names.get(p.affiliations[0].org) if p.affiliations else None,
             p.affiliations[0].title if p.affiliations else None) for p in x.people]


def _roles(x: Extraction) -> dict[str, set[Role]]:
    return {p.name: {r.role for r in p.roles} for p in x.people}


# ---------------------------------------------------------------- people

FUSED = [
    # a local government fused with its head: the head keeps the unit, as in 포항시 + 시장
    ("정용수 유성구청장이 축사를 했다.", ("정용수", "유성구", "구청장")),
    ("김가온 경기도지사가 참석했다.", ("김가온", "경기도", "도지사")),
    ("박나래 양평군수와 직원들이 참석했다.", ("박나래", "양평군", "군수")),
    ("최다온 충남지사는 환영사를 했다.", ("최다온", "충남", "지사")),
    ("윤하람 경기도교육감이 축사를 했다.", ("윤하람", "경기도", "교육감")),
    ("한보람 화성시장이 인사말을 했다.", ("한보람", "화성시", "시장")),
    # a unit fused with its head: the organization before it holds that unit (the unit: test_ko_people); an
    # organization's head is its last syllable + 장
    ("송하루 다온모터스 AVP본부장이 발표했다.", ("송하루", "다온모터스", "본부장")),
    ("윤가람 한빛전자 AI센터장이 발표했다.", ("윤가람", "한빛전자", "센터장")),
    ("박여울 한빛로봇협회장이 인사말을 했다.", ("박여울", "한빛로봇협회", "회장")),
    # an organization and post joined to the name by 인; a known organization before a foreign name
    ("이날 다온전자 최고기술책임자(CTO)인 김하준 사장이 발표했다.", ("김하준", "다온전자", "사장")),
    ("좌장은 누리대 공대 학장인 이세온 교수가 맡았다.", ("이세온", "누리대", "교수")),
    ("엔비디아 젠슨 황 CEO가 기조연설을 했다.", ("젠슨 황", "엔비디아", "CEO")),
    ("마이크로소프트(MS) 브래드 스미스 부회장이 기조연설을 했다.", ("브래드 스미스", "마이크로소프트", "부회장")),
    # an age in parentheses after the name
    ("이날 발표는 김하준(45) 다온랩 대표가 맡았다.", ("김하준", "다온랩", "대표")),
    ("김하준(45) 다온랩 대표는 창업 경험을 소개했다.", ("김하준", "다온랩", "대표")),
    # a task force head
    ("오지후 다온중공업 스마트야드 TF장이 발표했다.", ("오지후", "다온중공업", "TF장")),
    # a company-in-company's head (CIC장), after the company or before the name
    ("이어 오지후 다온텔레콤 CIC장이 발표했다.", ("오지후", "다온텔레콤", "CIC장")),
    ("다온텔레콤 CIC장인 오지후 씨가 발표했다.", ("오지후", "다온텔레콤", "CIC장")),
    ("이민영 한국생산기술연구원장이 참석했다.", ("이민영", "한국생산기술연구원", "원장")),
    # public bodies named by the kind of their charge + 원 (감독원, 결제원, 보안원), fused with the head's title
    ("이민영 한빛금융감독원장이 참석했다.", ("이민영", "한빛금융감독원", "원장")),
    ("이민영 다온보안원장이 인사말을 했다.", ("이민영", "다온보안원", "원장")),
    ("권오성 KAIST 공과대학장이 발표했다.", ("권오성", "한국과학기술원", "학장")),
]


@pytest.mark.parametrize(("text", "expected"), FUSED)
def test_fused_organization_and_title(text: str, expected: tuple[str, str, str]) -> None:
    assert _affs(_x(text))[0] == expected


LEGAL_FORMS_AND_ASIDES = [
    # a legal-form mark written onto the organization's name, before or after it
    ("송혜진 (주)블루랩 대표의 기조강연이 이어졌다.", ("송혜진", "(주)블루랩", "대표")),
    ("송응철 코드랩(주) 대표 등이 토론에 참여했다.", ("송응철", "코드랩(주)", "대표")),
    ("행사에는 엄형석 ㈜엘리온 이사 등이 참석했다.", ("엄형석", "㈜엘리온", "이사")),
    ("최형철 (사)부산시민포럼 이사장이 환영사를 했다.", ("최형철", "(사)부산시민포럼", "이사장")),
    # a position in the picture between the name and the organization
    ("정만수(가운데) 산업통상자원부 1차관이 발언하고 있다.", ("정만수", "산업통상자원부", "1차관")),
    ("한지우(왼쪽) 한빛로보틱스 대표가 설명하고 있다.", ("한지우", "한빛로보틱스", "대표")),
    # a plain noun qualifying an organization word stands in the organization slot
    ("박대호 국가 AI전략위원회 자문위원이 토론 좌장을 맡는다.", ("박대호", "국가 AI전략위원회", "자문위원")),
    ("정하윤 지역 혁신센터 센터장이 발표했다.", ("정하윤", "지역 혁신센터", "센터장")),
    # …기술원 is an institute: the fused head splits off (한빛융합기술원장 -> 한빛융합기술원 + 원장)
    ("행사는 김성호 한빛융합기술원장의 개회사로 시작된다.", ("김성호", "한빛융합기술원", "원장")),
    # 행장 is a title head (부행장, 은행장)
    ("이주원 BNK디지털그룹 부행장이 토론자로 나섰다.", ("이주원", "BNK디지털그룹", "부행장")),
]


@pytest.mark.parametrize(("text", "expected"), LEGAL_FORMS_AND_ASIDES)
def test_legal_forms_and_asides(text: str, expected: tuple[str, str, str]) -> None:
    assert _affs(_x(text))[0] == expected


def test_a_legal_form_mark_is_no_part_of_an_organizations_identity() -> None:
    from kg.extract.gazetteer import org_key
    assert org_key("(주)블루랩") == org_key("블루랩") == org_key("㈜블루랩") and org_key("(사)부산포럼") == org_key("부산포럼")


LISTS = [
    ("두 번째 세션에서는 △한도윤 삼성전자 상무의 '제조 AI' △유지민 토트 대표의 '로봇 자동화' 발표가 이어졌다.",
     [("한도윤", "삼성전자", "상무"), ("유지민", "토트", "대표")]),
    ("행사에는 정하준 카카오 부사장과 서예린 네이버 이사, 오태양 LG전자 상무 등이 참석했다.",
     [("정하준", "카카오", "부사장"), ("서예린", "네이버", "이사"), ("오태양", "LG전자", "상무")]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _affs(_x(text)) == expected


@pytest.mark.parametrize("text", [
    "사진 왼쪽부터 산기협 이도훈 이사, 토트 박서준 대표, 딥아이 최윤아 대표.",
    "(왼쪽부터) 산기협 이도훈 이사, 토트 박서준 대표, 딥아이 최윤아 대표가 기념촬영을 하고 있다.",
    # the order counted from a row or from a place in it
    "앞줄 왼쪽 세 번째부터 산기협 이도훈 이사, 토트 박서준 대표, 딥아이 최윤아 대표.",
    "사진 오른쪽에서 두 번째부터 산기협 이도훈 이사, 토트 박서준 대표, 딥아이 최윤아 대표.",
    # a caption's marker before the order
    "▲(왼쪽부터) 산기협 이도훈 이사, 토트 박서준 대표, 딥아이 최윤아 대표가 협약을 체결하고 있다.",
    "■ 오른쪽부터 산기협 이도훈 이사, 토트 박서준 대표, 딥아이 최윤아 대표.",
])
def test_photo_captions_are_attendees(text: str) -> None:
    roles = _roles(_x(text))
    assert roles == {"이도훈": {Role.ATTENDEE}, "박서준": {Role.ATTENDEE}, "최윤아": {Role.ATTENDEE}}


@pytest.mark.parametrize("text", [
    "이번 포럼에서 김태오 포스코홀딩스 부장이 발표했다. 김태오 부장은 현장 사례를 소개했다.",
    "산기협 홍지원 이사가 발표했다. 특히 홍지원 이사는 “협력이 중요하다”고 강조했다.",
])
def test_short_later_mentions_join_the_full_one(text: str) -> None:
    x = _x(text)
    assert len(x.people) == 1 and len(x.people[0].mentions) == 2


def test_same_name_at_two_organizations_in_one_caption_are_two_people() -> None:
    x = _x("사진 왼쪽부터 포스코홀딩스 김도현 부사장, 딥아이 김도현 대표.\n"
           "이어 김도현 딥아이 대표이사가 발표했다.")
    kims = [p for p in x.people if p.name == "김도현"]
    assert len(kims) == 2
    speaker = next(p for p in kims if Role.SPEAKER in {r.role for r in p.roles})
    assert _org_names(x, (speaker.affiliations[0].org,)) == ["딥아이"]


@pytest.mark.parametrize(("text", "name"), [
    ("좌장은 과기정통부 차관 이승렬이 맡았다.", "이승렬"),
    ("환영사는 산기협 회장 구민철을 대신해 읽었다.", "구민철"),
])
def test_a_name_does_not_swallow_its_particle(text: str, name: str) -> None:
    assert [p.name for p in _x(text).people] == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("사진 왼쪽부터 토트 이상형 대표, 산기협 채규민 상무.", "이상형"),  # the analyser splits 이상형 (이 + 상형)
    ("이어 장현수 한국전력기술 소장이 발표했다.", "장현수"),
    # read as a determiner and a verb (석도 + ㄴ) before an organization and a title
    ("이어 석도진 누리대 교수를 좌장으로 토론이 이어졌다.", "석도진"),
    # a name written together with 씨, as when spaced
    ("행사에는 개발자 마서현씨 등이 참가했다.", "마서현"),
    ("마서현씨가 수상 소감을 밝혔다.", "마서현"),
    # a given name ending in 한, read as a noun and a verb's adnominal form (강범 + 하 + ㄴ)
    ("이어 전율한 루미랩 이사의 강연이 이어졌다.", "전율한"),
    ("토론자로는 연종한 다온전자 상무, 박성민 루미랩 대표가 나섰다.", "연종한"),
    ("기조강연은 강범한 다온전자 대표가 맡았다.", "강범한"),
    # read as a noun, a verb, its connective and the topic's ㄴ (성 + 가 + 서 + ㄴ)
    ("오세린 한빛대 교수가 '데이터 공유'를, 성가선 다온연구소 책임연구원이 '정책 동향'을 발제했다.", "성가선"),
    ("이어 오아선 누리클라우드 AI연구소장이 모델을 시연했다.", "오아선"),
    # read as a quotation contracted with its verb (진보 + 이 + 라고 + 하 + ㅁ), which news prose never writes
    ("이어 진보람 삼성SDS 상무와 하도윤 루미랩 연구소장이 각각 발표했다.", "진보람"),
    ("토론에는 성과람 SK하이닉스 부사장이 참여했다.", "성과람"),
    ("정의람 다온전자 상무는 \"좋다\"고 말했다.", "정의람"),
])
def test_names_the_analyser_splits(text: str, name: str) -> None:
    assert name in [p.name for p in _x(text).people]


@pytest.mark.parametrize("text", [
    "행사를 주최한 다온전자 상무가 개회사를 했다.",        # 주최 + 한: a verb before an organization and a title
    "사례를 발표한 누리로봇 이사는 \"좋다\"고 말했다.",
    "이를 강조한 교수(한빛대)가 많았다.",
    "다온전자와 손잡고 한빛대 교수가 연구를 이끌었다.",   # 손 + 잡 + 고: a verb's connective form
])
def test_a_verbs_adnominal_form_before_a_title_is_no_name(text: str) -> None:
    assert [p.name for p in _x(text).people] == []


# ---------------------------------------------------------------- organizations

@pytest.mark.parametrize(("text", "name", "alias"), [
    ("과학기술정보통신부(과기정통부)가 후원했다. 과기정통부 박한결 국장이 참석했다.", "과학기술정보통신부", "과기정통부"),
    ("한국로봇산업협회(이하 로봇협회)는 세미나를 열었다. 로봇협회 오세진 회장이 인사말을 했다.", "한국로봇산업협회", "로봇협회"),
])
def test_abbreviations_defined_in_the_text(text: str, name: str, alias: str) -> None:
    x = _x(text)
    [org] = [o for o in x.organizations if o.name == name]
    assert alias in org.aliases
    assert len(x.organizations) == 1


@pytest.mark.parametrize(("text", "canonical"), [
    ("UNIST 윤채원 교수가 발표했다.", "울산과학기술원"),
    ("SKT 문하준 부사장이 발표했다.", "SK텔레콤"),
    # local governments by their full name, whichever form the text writes (fused with the title or not)
    ("정하윤 경북도지사가 축사를 했다.", "경상북도"),
    ("대전시 정하윤 과장이 발표했다.", "대전광역시"),
    ("정하윤 세종시장이 축사를 했다.", "세종특별자치시"),
])
def test_curated_aliases(text: str, canonical: str) -> None:
    x = _x(text)
    assert [o.name for o in x.organizations] == [canonical]
    assert x.people[0].affiliations[0].org == x.organizations[0].id


def test_the_bare_region_is_no_organization() -> None:
    # 경기 (also "a match", "the economy") and 충남 name regions; only their governments' forms are curated
    x = _x("정하윤 한빛전자 대표는 경기 침체 속에서도 충남 지역 공장에 AI를 도입했다고 발표했다.")
    assert [o.name for o in x.organizations] == ["한빛전자"]


@pytest.mark.parametrize(("text", "org"), [
    ("특히 나은호 HD현대삼호 상무는 “조선 AI가 중요하다”고 말했다.", "HD현대삼호"),
    ("이어 민서아 LG AI연구원 랩장이 좌장을 맡았다.", "LG AI연구원"),
])
def test_organization_boundaries_skip_adverbs(text: str, org: str) -> None:
    assert [o.name for o in _x(text).organizations] == [org]


# ---------------------------------------------------------------- roles

ROLES = [
    ("이날 기조강연에서 고태민 카이스트 교수는 방향을 제시했다.", "고태민", Role.KEYNOTE),
    ("기조연설에 나선 배수아 삼성전자 부사장은 협력을 강조했다.", "배수아", Role.KEYNOTE),
    ("이어 남도현 네이버 팀장이 사례를 발표했다.", "남도현", Role.SPEAKER),
    ("황보서연 LG전자 상무는 주제발표를 맡았다.", "황보서연", Role.SPEAKER),
    ("윤재하 카카오 이사가 발제를 했다.", "윤재하", Role.SPEAKER),
    ("패널토론에는 곽민준 토트 대표가 참여했다.", "곽민준", Role.PANELIST),
    ("토론자로 나선 성하린 딥아이 대표는 의견을 냈다.", "성하린", Role.PANELIST),
    ("패널토론은 진우석 서울대 교수가 좌장을 맡았다.", "진우석", Role.MODERATOR),
    ("이날 사회는 변지안 산기협 본부장이 맡았다.", "변지안", Role.MODERATOR),
    ("개회사에서 탁세윤 산기협 회장은 감사를 전했다.", "탁세윤", Role.HOST_REP),
    ("환영사를 한 함도경 협회장은 참석자를 맞았다.", "함도경", Role.HOST_REP),
    ("염재민 과기정통부 차관이 축사를 했다.", "염재민", Role.OTHER),
    ("축사에 나선 국하은 산업부 실장은 지원을 약속했다.", "국하은", Role.OTHER),
    ("행사에는 마서진 산업부 국장 등 300여 명이 참석했다.", "마서진", Role.ATTENDEE),
    ("이날 출범식에는 여도훈 대한상의 부회장 등 100여 명이 자리했다.", "여도훈", Role.ATTENDEE),
    ("이어 설민재 카이스트 교수가 특별강연을 했다.", "설민재", Role.SPEAKER),
    ("인사말을 한 추은서 협회 부회장은 감사를 전했다.", "추은서", Role.HOST_REP),
    # cues over lemmas, not one surface form
    ("이어 민다온 한빛대 교수가 강단에 올라 사례를 소개한다.", "민다온", Role.SPEAKER),
    ("권하율 카카오 이사는 최신 동향을 설명할 예정이다.", "권하율", Role.SPEAKER),
    ("오후에는 류시온 작가의 특강이 이어진다.", "류시온", Role.SPEAKER),
    ("이어진 대담에서 선하람 네이버 이사는 경험을 나눴다.", "선하람", Role.SPEAKER),
    ("안서율 한빛 회장은 개막 세션을 주재했다.", "안서율", Role.MODERATOR),
    ("토론 진행을 맡은 봉지후 서울대 교수는 질문을 던졌다.", "봉지후", Role.MODERATOR),
    ("이어진 토론에는 변해솔 다온랩 대표가 참여했다.", "변해솔", Role.PANELIST),
    ("옥채윤 협회장이 개회를 선언했다.", "옥채윤", Role.HOST_REP),
    ("행사 진행은 하서윤 아나운서가 맡았다.", "하서윤", Role.MODERATOR),
    ("이날 MC는 노시우 아나운서가 맡았다.", "노시우", Role.MODERATOR),
    # past tense of the talk cues: presented or shared what they know
    ("이어 정세린 한빛대 교수가 전고체전지 연구 동향을 소개했다.", "정세린", Role.SPEAKER),
    ("다음으로 장도하 다온랩 대표가 현장 적용 사례를 공유했다.", "장도하", Role.SPEAKER),
    # the chair of a debate (토론 좌장), whatever the word before it; a keynote given as a 발제
    ("박대호 국가 AI전략위원회 자문위원이 토론 좌장을 맡는다.", "박대호", Role.MODERATOR),
    ("세션 좌장은 윤하진 한빛대 교수가 맡았다.", "윤하진", Role.MODERATOR),
    ("기조 발제는 김선호 성균관대학교 산학교수가 진행한다.", "김선호", Role.KEYNOTE),
    # the keynote session, taken or given
    ("김선호 한빛대 교수가 기조 세션을 맡았다.", "김선호", Role.KEYNOTE),
    ("기조세션은 오하린 다온전자 부사장이 진행한다.", "오하린", Role.KEYNOTE),
    # a keynote speaker's later "발표했다" is the keynote, no second part
    ("한빛협회 엄도열 국장이 기조강연에 나섰다. 엄도열 국장은 이날 ‘AI 정책’을 주제로 발표했다.", "엄도열", Role.KEYNOTE),
    # the people under a chair named with 으로 sit on the panel of a "발표 및 패널토론"
    ("한지민 부총장을 좌장으로 심세훈 교수, 이경준 연구원 등이 참여한 발표 및 패널토론이 진행됐다.", "심세훈", Role.PANELIST),
    ("도하윤 교수를 좌장으로 진행된 세션에서 남궁연 대표가 발표했다.", "남궁연", Role.SPEAKER),
    # the subject of 주최 holds the event; someone else's 주최 is no part of theirs
    ("이서하 의원(한빛당)과 노태윤 의원(다온당)이 공동 주최한 토론회가 열렸다.", "이서하", Role.HOST_REP),
    ("이서하 의원(한빛당)과 노태윤 의원(다온당)이 공동 주최한 토론회가 열렸다.", "노태윤", Role.HOST_REP),
    ("한빛대 여하람 교수가 주최한 세미나에서 문도윤 박사가 발표했다.", "여하람", Role.HOST_REP),
    ("한빛대 여하람 교수가 주최한 세미나에서 문도윤 박사가 발표했다.", "문도윤", Role.SPEAKER),
    ("여하람 교수는 과기정통부가 주최한 포럼에서 발표했다.", "여하람", Role.SPEAKER),
    # judges, advisors and award presenters are "other"
    ("심사위원장은 고은채 한빛대 교수가 맡았다.", "고은채", Role.OTHER),
    ("심사위원장을 맡은 고은채 한빛대 교수는 수준이 높았다고 평가했다.", "고은채", Role.OTHER),
    ("시상은 정다인 다온시장이 맡았다.", "정다인", Role.OTHER),
    ("석하준 한빛대 교수 등 20명이 정책 자문위원을 맡았다.", "석하준", Role.OTHER),
]

# an event word that holds a cue (토론회, 강연회) is the event, not the person's part in it; announcing a
# plan (계획을 발표했다) is no talk
NOT_CUES = [
    ("하서준 한빛부 장관은 포럼에 참석해 지원 계획을 발표했다.", "하서준", Role.ATTENDEE),
    ("민지유 다온협회 회장은 행사에 참석해 새 전략을 발표했다.", "민지유", Role.ATTENDEE),
    ("권서아 한빛협회 회장은 포럼에 참석했다고 24일 발표했다.", "권서아", Role.ATTENDEE),
    ("정다솜 한빛대 교수는 토론회에 참석했다.", "정다솜", Role.ATTENDEE),
    ("문하린 협회 이사는 강연회에 참석했다.", "문하린", Role.ATTENDEE),
    ("하도원 한빛부 장관은 포럼에 참석해 새 지원 정책을 소개했다.", "하도원", Role.ATTENDEE),
]


@pytest.mark.parametrize("text", ["도내 31개 시군 의원들이 참석했다.", "관내 기업 대표들이 참석했다."])
def test_words_for_within_a_place_are_no_names(text: str) -> None:
    assert _x(text).people == ()


def test_a_short_form_in_the_sentence_that_named_the_person_is_that_person() -> None:
    x = _x("기조연설을 하는 김정훈 한빛대 교수의 얼굴을 그리고, 현장에서 김 교수의 음성을 따 영상으로 만들었다.")
    assert [(p.name, len(p.mentions)) for p in x.people] == [("김정훈", 2)]


@pytest.mark.parametrize(("text", "name", "role"), NOT_CUES)
def test_event_words_are_no_cues(text: str, name: str, role: Role) -> None:
    assert _roles(_x(text))[name] == {role}


ANAPHORS = [
    ("최태성 한빛 회장은 오프닝 세션을 주재했다. 최 회장은 기조연설에서 비전을 제시했다.", "최태성",
     {Role.MODERATOR, Role.KEYNOTE}),
    ("남궁윤 다온 대표가 참석했다. 이어 남궁 대표는 발표에서 계획을 밝혔다.", "남궁윤", {Role.ATTENDEE, Role.SPEAKER}),
    # the person's body written before the short form
    ("행사에는 장도하 현대차 부회장이 참석했다. 현대차 장 부회장은 발표에서 계획을 밝혔다.", "장도하",
     {Role.ATTENDEE, Role.SPEAKER}),
    ("행사에는 윤재석 한빛대 교수가 참석했다. 한빛대 윤 교수는 \"데이터가 먼저\"라고 말했다.", "윤재석",
     {Role.ATTENDEE, Role.QUOTED}),
    # (guard: passed before)
    ("이날 윤재석 다온대 교수가 참석했다. 다온대 윤 교수는 기조연설에서 비전을 제시했다.", "윤재석",
     {Role.ATTENDEE, Role.KEYNOTE}),
    # a degree or a courtesy goes with any post: "장 박사", "장 선생" for the one 장 of the text
    ("좌장은 한빛대 석좌교수인 장민석 박사가 맡았다. 장 박사는 \"산학협력이 해답\"이라고 말했다.", "장민석",
     {Role.MODERATOR, Role.QUOTED}),
    ("장서윤 다온랩 대표가 발표했다. 장 박사는 \"데이터가 먼저\"라고 말했다.", "장서윤", {Role.SPEAKER, Role.QUOTED}),
    # the body's kind fused with the head, as the full mention wrote it: 한빛로봇협회장 is 협회장 later
    ("개막식에는 강도윤 한빛로봇협회장이 참석했다. 강 협회장은 개회사에서 \"로봇 시대\"라고 했다.", "강도윤",
     {Role.ATTENDEE, Role.HOST_REP, Role.QUOTED}),
    ("행사에는 윤서하 다온산업진흥원장이 참석했다. 윤 진흥원장은 기조연설에서 비전을 제시했다.", "윤서하",
     {Role.ATTENDEE, Role.KEYNOTE}),
    # (a guard: so before, the head alone)
    ("행사에는 윤서하 다온산업진흥원장이 참석했다. 윤 원장은 기조연설에서 비전을 제시했다.", "윤서하",
     {Role.ATTENDEE, Role.KEYNOTE}),
]


def test_a_degree_points_back_only_to_the_one_person_of_its_surname() -> None:
    x = _x("장민석 한빛대 석좌교수와 장서윤 다온랩 대표가 발표했다. 장 박사는 \"산학협력이 해답\"이라고 말했다.")
    assert not any(Role.QUOTED in {r.role for r in p.roles} for p in x.people)


@pytest.mark.parametrize(("text", "name", "roles"), ANAPHORS)
def test_surname_and_title_link_back_to_the_full_mention(text: str, name: str, roles: set[Role]) -> None:
    x = _x(text)
    [person] = [p for p in x.people if p.name == name]
    assert {r.role for r in person.roles} == roles
    assert len(person.mentions) == 2 and all(text[m.start:m.end] in name for m in person.mentions)


def test_a_short_form_after_another_body_is_someone_else() -> None:
    x = _x("이날 윤재석 다온대 교수가 참석했다. 한빛대 윤 교수는 기조연설에서 비전을 제시했다.")
    [person] = [p for p in x.people if p.name == "윤재석"]
    assert {r.role for r in person.roles} == {Role.ATTENDEE} and len(person.mentions) == 1


@pytest.mark.parametrize(("text", "name", "role"), ROLES)
def test_role_cues(text: str, name: str, role: Role) -> None:
    assert role in _roles(_x(text)).get(name, set()), _roles(_x(text))


@pytest.mark.parametrize(("text", "name", "talk"), [
    ("'제조 AI의 미래'를 주제로 기조강연에 나선 오하람 카이스트 교수는 말했다.", "오하람", "제조 AI의 미래"),
    ("이어 엄태윤 네이버 팀장은 '생성형 AI 활용 사례'를 주제로 발표했다.", "엄태윤", "생성형 AI 활용 사례"),
    ("△도하윤 토트 대표의 '로봇 자동화 전략' 발표가 이어졌다.", "도하윤", "로봇 자동화 전략"),
])
def test_talk_titles(text: str, name: str, talk: str) -> None:
    [p] = [p for p in _x(text).people if p.name == name]
    assert talk in {r.talk_title for r in p.roles}


@pytest.mark.parametrize(("text", "speaker", "quote"), [
    ("구하준 산기협 회장은 “AI 인재가 절실하다”고 강조했다.", "구하준", "AI 인재가 절실하다"),
    ("표서윤 카카오 대표는 “협력이 답”이라고 말했다.", "표서윤", "협력이 답"),
    # a quote that opens the text, then "X의 말이다": in the next sentence or the quote's own
    ("“공장의 눈이 사라지는 셈입니다.” 세미나에서 첫 연사로 나선 강민준 한빛대 교수의 말이다.", "강민준",
     "공장의 눈이 사라지는 셈입니다."),
    ("“데이터가 먼저”라는 게 이서연 다온랩 대표의 설명이다.", "이서연", "데이터가 먼저"),
    # "X의 첫 마디다", "X가 꺼낸 일성이다", past "…의 첫마디였다": the words opening the text are X's
    ("“현장이 먼저 바뀌어야 합니다.” 포럼 기조강연에 나선 강민준 한빛대 교수의 첫 마디다.", "강민준", "현장이 먼저 바뀌어야 합니다."),
    ("“데이터 없이는 AI도 없다.” 이 말은 이날 강연에서 이서연 다온랩 대표가 꺼낸 일성이다.", "이서연", "데이터 없이는 AI도 없다."),
    ("“데이터 없이는 AI도 없다.” 이날 이서연 다온랩 대표의 첫마디였다.", "이서연", "데이터 없이는 AI도 없다."),
    # a connective with the subject left out continues the one person of the sentence before
    ("강민준 한빛대 교수가 발표했다. 그러면서 “데이터 표준이 먼저”라고 덧붙였다.", "강민준", "데이터 표준이 먼저"),
    ("강민준 한빛대 교수가 발표했다. 아울러 “인재 양성이 시급하다”고 강조했다.", "강민준", "인재 양성이 시급하다"),
    # "X가 (어디에서) 한 말이다"
    ("“규제가 혁신을 막아선 안 된다.” 이서연 다온랩 대표가 축사에서 한 말이다.", "이서연", "규제가 혁신을 막아선 안 된다."),
])
def test_quotes_are_attributed(text: str, speaker: str, quote: str) -> None:
    [p] = _x(text).people
    assert p.name == speaker and [q.text for q in p.quotes] == [quote] and Role.QUOTED in _roles(_x(text))[speaker]


def test_a_connectives_quote_with_no_verb_of_saying_is_no_ones() -> None:
    # (guards: passed before) a remark that came up ("라는 지적도 나왔다") is no one's words; a speaker named after the
    # quote is its speaker, not the one person before
    x = _x("강민준 한빛대 교수가 발표했다. 또 “데이터 표준이 먼저”라는 지적도 나왔다.")
    assert all(not p.quotes for p in x.people)
    x = _x("강민준 한빛대 교수가 발표했다. 이어 “데이터가 먼저”라고 이서연 다온랩 대표는 말했다.")
    assert {p.name: [q.text for q in p.quotes] for p in x.people} == {"강민준": [], "이서연": ["데이터가 먼저"]}


# ---------------------------------------------------------------- events

@pytest.mark.parametrize(("text", "edition"), [
    ("'스마트제조 포럼'은 올해로 4회째를 맞았다. 포럼은 24일 서울에서 열렸다.", 4),
    ("산기협은 24일 '제3회 산업AI 세미나'를 개최했다.", 3),
])
def test_editions(text: str, edition: int) -> None:
    assert _x(text).events[0].edition == edition


@pytest.mark.parametrize(("text", "sessions"), [
    ("'AI 포럼'이 24일 열렸다. 첫 번째 세션에서는 고은비 네이버 팀장이 발표했다. "
     "두 번째 세션에서는 모준서 카카오 이사가 발표했다.", [1, 2]),
    ("'AI 포럼'이 24일 열렸다. 제1세션에서는 고은비 네이버 팀장이 발표했다. 제2세션에서는 모준서 카카오 이사가 발표했다.", [1, 2]),
])
def test_sessions(text: str, sessions: list[int]) -> None:
    parts = [p for p in _x(text).events[0].parts if p.kind.value == "session"]
    assert [p.order for p in parts] == sessions and all(len(p.speakers) == 1 for p in parts)


@pytest.mark.parametrize("text", [
    "'AI 포럼'이 24일 열렸다. 패널토론에서는 반지호 서울대 교수가 좌장을 맡았다.",
    "'AI 포럼'이 24일 열렸다. 이어진 패널 토론은 석도윤 카이스트 교수가 좌장을 맡아 진행했다.",
])
def test_panels_with_a_moderator(text: str) -> None:
    [panel] = [p for p in _x(text).events[0].parts if p.kind.value == "panel"]
    assert len(panel.moderators) == 1


@pytest.mark.parametrize(("text", "roles"), [
    ("한국AI협회는 24일 '2025 AI 서밋'을 개최했다. 이번 행사는 카이스트와 포스텍이 공동 주최하고 "
     "과학기술정보통신부가 후원했다.",
     {"organizers": ["한국AI협회"], "co_organizers": ["한국과학기술원", "포항공과대학교"], "sponsors": ["과학기술정보통신부"]}),
    ("부산시는 오는 3일 '부산 AI 컨퍼런스'를 연다. 행사는 부산정보산업진흥원이 주관하고 한빛전자가 협찬한다.",
     {"organizers": ["부산광역시"], "co_organizers": ["부산정보산업진흥원"], "sponsors": ["한빛전자"]}),
    # 가졌다 with any event word: the subject holds it
    ("한빛정보산업진흥원(원장 김나라)은 지난 5일 '제3회 한빛 AI 해커톤' 시상식을 가졌다.",
     {"organizers": ["한빛정보산업진흥원"], "co_organizers": [], "sponsors": []}),
    ("다온협회는 3일 '2025 다온 로봇 포럼' 발대식을 가졌다고 밝혔다.",
     {"organizers": ["다온협회"], "co_organizers": [], "sponsors": []}),
    # 진행한다 with the event as its object: the subject holds it
    ("다온모터스와 한빛기아가 협력사와 함께 'AI 모빌리티 테크데이 2025'를 26일부터 사흘간 화성 남양연구소에서 "
     "진행한다고 25일 밝혔다.", {"organizers": ["다온모터스", "한빛기아"], "co_organizers": [], "sponsors": []}),
    ("한빛협회는 지난 4일 서울 코엑스에서 '제2회 AI 데모데이'를 진행했다.",
     {"organizers": ["한빛협회"], "co_organizers": [], "sponsors": []}),
    # what the company is, then its name: the name holds it
    ("AI 반도체 전문기업 누리칩스는 2일 서울 코엑스에서 '누리 테크데이'를 열었다.",
     {"organizers": ["누리칩스"], "co_organizers": [], "sponsors": []}),
    ("로봇 스타트업 한빛로보는 2일 서울 코엑스에서 '한빛 데모데이'를 열었다.",
     {"organizers": ["한빛로보"], "co_organizers": [], "sponsors": []}),
    # ... a name the analyser splits into common nouns, and a description holding an alias in parentheses
    ("AI 스타트업 업스테이지는 12일 서울 코엑스에서 'AI 데이 2026'을 열었다.",
     {"organizers": ["업스테이지"], "co_organizers": [], "sponsors": []}),
    ("인공지능(AI) 스타트업 업스테이지는 12일 서울 코엑스에서 'AI 데이 2026'을 열었다.",
     {"organizers": ["업스테이지"], "co_organizers": [], "sponsors": []}),
    # (a guard, passed before: a body's own words after a word ending in 기업)
    ("중소기업 기술정보진흥원은 2일 서울 코엑스에서 'AI 포럼'을 열었다.",
     {"organizers": ["중소기업 기술정보진흥원"], "co_organizers": [], "sponsors": []}),
])
def test_organizers_co_organizers_sponsors(text: str, roles: dict[str, list[str]]) -> None:
    x = _x(text)
    e = x.events[0]
    got = {"organizers": _org_names(x, e.organizers), "co_organizers": _org_names(x, e.co_organizers),
           "sponsors": _org_names(x, e.sponsors)}
    assert got == roles


@pytest.mark.parametrize(("text", "venue", "city"), [
    ("산기협은 24일 서울 강남 포스코센터에서 'AI 포럼'을 개최했다.", "포스코센터", "서울"),
    ("'AI 세미나'가 오는 3일 대전 유성 대전컨벤션센터에서 열린다.", "대전컨벤션센터", "대전"),
    ("'AI 세미나'가 24일 광주 김대중컨벤션센터 컨퍼런스룸에서 열렸다.", "김대중컨벤션센터 컨퍼런스룸", "광주"),
])
def test_venue_and_city(text: str, venue: str, city: str) -> None:
    e = _x(text).events[0]
    assert (e.venue, e.city) == (venue, city)


@pytest.mark.parametrize(("text", "attendance"), [
    ("'AI 포럼'이 24일 열렸다. 행사에는 200여 명이 참석했다.", 200),
    ("'AI 포럼'이 24일 열렸다. 기업인 1,500명이 참가했다.", 1500),
])
def test_attendance(text: str, attendance: int) -> None:
    assert _x(text).events[0].attendance == attendance


@pytest.mark.parametrize("text", [
    "정부가 제조 AI 확산 전략을 발표했다. 업계는 이를 환영하며 후속 조치를",
    "인공지능 반도체 시장이 커지면서 국내 기업의 투자도 늘고 있다. 전문가들은 인재 확보가",
])
def test_articles_naming_nobody_invent_nothing(text: str) -> None:
    x = _x(text)
    assert x.people == ()


FRAMES = [
    ("초청강연은 로봇 신기술을 다뤘다. 하도윤 한빛대 교수는 '아바타 로봇'에 대해 설명했다. "
     "이어 윤서아 다온랩 대표는 '현장 AI'를 주제로 이야기했다.", {"하도윤": Role.SPEAKER, "윤서아": Role.SPEAKER}),
    ("패널토론에는 산업계와 학계가 함께했다. 변지호 한빛 상무와 공예린 다온대 교수가 의견을 나눴다.",
     {"변지호": Role.PANELIST, "공예린": Role.PANELIST}),
]


@pytest.mark.parametrize(("text", "roles"), FRAMES)
def test_a_programme_header_gives_its_role_to_the_sentences_after_it(text: str, roles: dict[str, Role]) -> None:
    found = _roles(_x(text))
    assert {name: found[name] for name in roles} == {name: {role} for name, role in roles.items()}


@pytest.mark.parametrize("text", [
    # a numbered item: the speaker (the body in parentheses, or after the name), a spaced dash, the talk to the line's end
    "'2026 한빛 AI 포럼'이 18일 열렸다.\n발표자\n1. 윤채원(한빛대 교수) - 제조 AI 동향\n2. 장시우(다온랩 대표) - 현장 적용 사례",
    "'2026 한빛 AI 포럼'이 18일 열렸다.\n발표자\n1. 윤채원 한빛대 교수 - 제조 AI 동향\n2. 장시우 다온랩 대표 - 현장 적용 사례",
    "'2026 한빛 AI 포럼'이 18일 열렸다.\n발표자\n△윤채원(한빛대 교수) - 제조 AI 동향\n△장시우(다온랩 대표) - 현장 적용 사례",
])
def test_a_numbered_items_talk_after_a_dash(text: str) -> None:
    x = _x(text)
    assert {p.name: {(r.role, r.talk_title) for r in p.roles} for p in x.people} == {
        "윤채원": {(Role.SPEAKER, "제조 AI 동향")}, "장시우": {(Role.SPEAKER, "현장 적용 사례")}}


def test_a_quoted_remark_after_a_header_is_no_talk() -> None:
    found = _roles(_x("토론에서는 다양한 의견이 제시됐다. 마서윤 한빛공사 사장은 “논의를 바탕으로 검토하겠다”고 말했다."))
    assert found["마서윤"] == {Role.QUOTED}


@pytest.mark.parametrize(("text", "role"), [
    ("사진 왼쪽부터 하서준 한빛 대표, 민지유 다온대 교수가 패널토론을 하고 있다.", Role.PANELIST),
    ("왼쪽부터 도해인 한빛 상무, 신유찬 다온 이사가 기조강연을 마친 뒤 기념촬영을 하고 있다.", Role.KEYNOTE),
    ("사진 왼쪽부터 남하진 한빛 대표, 봉서하 다온 이사가 기념촬영을 하고 있다.", Role.ATTENDEE),
    # the word for the photo inside the parenthesis, and no verb of its own: the act the sentence before names
    ("패널토론이 이어졌다.\n(사진 왼쪽부터) 하서준 한빛 대표, 민지유 다온대 교수", Role.PANELIST),
    # (guards: passed before) the parenthesis with the side alone; a photo's word with a verb of its own
    ("패널토론이 이어졌다.\n(왼쪽부터) 하서준 한빛 대표, 민지유 다온대 교수", Role.PANELIST),
    ("(사진 왼쪽부터) 하서준 한빛 대표, 민지유 다온대 교수가 패널토론을 하고 있다.", Role.PANELIST),
])
def test_a_caption_gives_the_act_it_shows(text: str, role: Role) -> None:
    assert set(map(frozenset, _roles(_x(text)).values())) == {frozenset({role})}


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence before the caption reports who gave the part: those pictured after it attended
    ("기조연설은 하서준 한빛대 교수가 맡았다.\n사진 왼쪽부터 민지유 다온 대표, 하서준 교수, 도해인 상무.",
     {"하서준": {Role.KEYNOTE, Role.ATTENDEE}, "민지유": {Role.ATTENDEE}, "도해인": {Role.ATTENDEE}}),
    ("▲기조연설: 하서준(한빛대 교수) ▲주제발표: 봉서하(다온 이사)\n(왼쪽부터) 민지유 다온 대표, 도해인 상무",
     {"하서준": {Role.KEYNOTE}, "봉서하": {Role.SPEAKER}, "민지유": {Role.ATTENDEE}, "도해인": {Role.ATTENDEE}}),
    # guards: a sentence that shows the act, or one that names no giver, gives it to those pictured
    ("패널들이 토론하고 있다. (왼쪽부터) 민지유 다온 대표, 도해인 다온랩 상무.",
     {"민지유": {Role.PANELIST}, "도해인": {Role.PANELIST}}),
    ("패널토론이 이어졌다.\n(사진 왼쪽부터) 민지유 다온 대표, 도해인 다온랩 상무",
     {"민지유": {Role.PANELIST}, "도해인": {Role.PANELIST}}),
])
def test_a_caption_after_a_report_of_who_gave_the_part(text: str, expected: dict) -> None:
    assert _roles(_x("한빛협회는 24일 코엑스에서 '2025 한빛 AI 포럼'을 개최했다. " + text)) == expected


def test_heads_named_after_organizers_and_sponsors() -> None:
    x = _x("한빛협회(회장 김도윤)와 다온재단(이사장 박서연)은 24일 코엑스에서 AI 포럼을 개최했다. "
           "미래학회(회장 이하진)가 후원했다.")
    assert _roles(x) == {"김도윤": {Role.HOST_REP}, "박서연": {Role.HOST_REP}, "이하진": {Role.OTHER}}


DATELINES = [
    ("【부산=한빛뉴스】김도현 기자 = 부산시는 24일 벡스코에서 AI 포럼을 열었다.", "김도현", "한빛뉴스", "부산광역시"),
    ("(서울=다온통신) 박서연 기자 = 서울시는 24일 코엑스에서 포럼을 열었다.", "박서연", "다온통신", "서울특별시"),
    ("한빛일보(대전)=이하준 기자 대전시는 24일 포럼을 열었다.", "이하준", "한빛일보", "대전광역시"),
    ("[디지털경제=한지수 기자] 미래협회는 24일 포럼을 열었다.", "한지수", "디지털경제", "미래협회"),
    # the outlet, then the city its reporter files from
    ("[한빛경제 대구=도윤서 기자] 미래협회는 24일 포럼을 열었다.", "도윤서", "한빛경제", "미래협회"),
    ("[다온일보 부산=편도현 기자] 미래협회는 24일 포럼을 열었다.", "편도현", "다온일보", "미래협회"),
    # the outlet, then its reporter, opening a line with no brackets
    ("한빛뉴스=김도윤 기자 | 미래협회는 24일 포럼을 열었다.", "김도윤", "한빛뉴스", "미래협회"),
    ("다온경제=박서연 기자\n미래협회는 24일 포럼을 열었다.", "박서연", "다온경제", "미래협회"),
]


def test_a_city_before_the_reporter_is_not_the_outlet() -> None:
    x = _x("미래협회는 24일 포럼을 열었다.\n대전=김도윤기자 kdy@hanbitnews.com")
    assert x.reporter_org is None or {o.id: o.name for o in x.organizations}[x.reporter_org] != "대전"


@pytest.mark.parametrize(("text", "reporter", "outlet", "organizer"), DATELINES)
def test_datelines_name_the_outlet_and_the_reporter(text: str, reporter: str, outlet: str, organizer: str) -> None:
    x = _x(text)
    names = {o.id: o.name for o in x.organizations}
    [p] = x.people
    assert (p.name, {r.role for r in p.roles}, names[p.affiliations[0].org]) == (reporter, {Role.REPORTER}, outlet)
    assert _org_names(x, x.events[0].organizers) == [organizer]


def test_a_photo_credit_is_not_the_outlet() -> None:
    x = _x("[사진=한국AI협회] 미래협회는 24일 코엑스에서 포럼을 열었다. 경제부 정하람 대기자")
    assert x.reporter_org is None
    assert {p.name: {r.role for r in p.roles} for p in x.people} == {"정하람": {Role.REPORTER}}


@pytest.mark.parametrize("credit", ["취재=정하람 기자", "정리=정하람 기자", "글=정하람 기자"])
def test_a_credit_for_the_work_is_not_the_outlet(credit: str) -> None:
    x = _x("미래협회는 24일 코엑스에서 포럼을 열었다.\n" + credit)
    assert x.reporter_org is None and _affs(x) == [("정하람", None, "기자")]


PART_PHRASES = [
    # "A를 좌장으로 B, C가 참여": A chairs, B and C sit on the panel
    ("정민수 한빛대 교수를 좌장으로 최유나 다온랩 대표, 강민재 루미큐브 이사가 참여했다.",
     {"정민수": Role.MODERATOR, "최유나": Role.PANELIST, "강민재": Role.PANELIST}),
    ("토론은 하서윤 다온대 교수를 좌장으로 노시우 한빛랩 대표가 함께했다.",
     {"하서윤": Role.MODERATOR, "노시우": Role.PANELIST}),
    # "발표자로 나선 X": a people noun with 로 gives X the part
    ("기조연설자로 나선 윤재하 카카오 이사는 협력을 강조했다.", {"윤재하": Role.KEYNOTE}),
    ("이어 발표자로 나선 남도현 네이버 팀장은 사례를 공유했다.", {"남도현": Role.SPEAKER}),
]


@pytest.mark.parametrize(("text", "roles"), PART_PHRASES)
def test_parts_named_with_ro(text: str, roles: dict[str, Role]) -> None:
    found = _roles(_x(text))
    assert {name: found[name] for name in roles} == {name: {role} for name, role in roles.items()}


ORG_CUES = [
    ("한빛협회 주최, 다온재단 주관으로 열린 이번 포럼에는 300여 명이 참석했다.",
     {"organizers": ["한빛협회"], "co": ["다온재단"], "sponsors": []}),
    # organizations that jointly hold an event nobody else is said to hold are its organizers
    ("'스마트 제조 포럼'이 한빛협회, 다온재단 공동 주최로 24일 벡스코에서 개최됐다.",
     {"organizers": ["한빛협회", "다온재단"], "co": [], "sponsors": []}),
    ("'스마트 제조 포럼'이 24일 개막했다. 이번 포럼은 한빛협회와 다온재단이 공동으로 주최하고 루미재단이 주관했다.",
     {"organizers": ["한빛협회", "다온재단"], "co": ["루미재단"], "sponsors": []}),
    # a proper noun listed with an organization as a joint holder is one too
    ("'스마트 제조 포럼'이 24일 개막했다. 이번 포럼은 한빛협회와 코엑스가 공동 주최했다.",
     {"organizers": ["한빛협회", "코엑스"], "co": [], "sponsors": []}),
    # ... but next to the one that holds it, they are its partners
    ("한빛협회는 24일 '스마트 제조 포럼'을 열었다. 이번 포럼은 한빛협회와 다온재단이 공동 주최했다.",
     {"organizers": ["한빛협회"], "co": ["다온재단"], "sponsors": []}),
    ("한빛협회는 다온재단과 공동으로 24일 '스마트 제조 포럼'을 개최했다.",
     {"organizers": ["한빛협회"], "co": ["다온재단"], "sponsors": []}),
    # an adnominal cue describes the list of organizations after it
    ("한빛협회가 마련한 '스마트 제조 포럼'이 24일 열렸다. 행사를 공동 주관한 다온재단과 루미연구원은 세션을 운영했다.",
     {"organizers": ["한빛협회"], "co": ["다온재단", "루미연구원"], "sponsors": []}),
    ("'스마트 제조 포럼'이 24일 열렸다. 포럼을 후원한 다온전자, 루미랩 관계자들도 참석했다.",
     {"organizers": [], "co": [], "sponsors": ["다온전자", "루미랩"]}),
    # a province by its short form with 도, a local government among the holders
    ("경북도와 한빛대는 24일 한빛대 국제관에서 '스마트 제조 포럼'을 열었다.",
     {"organizers": ["경상북도", "한빛대"], "co": [], "sponsors": []}),
    ("충남도와 다온재단이 24일 '스마트 제조 포럼'을 공동 주최했다.",
     {"organizers": ["충청남도", "다온재단"], "co": [], "sponsors": []}),
    # 연, the adnominal of 열다, before the event: its subjects held it
    ("'스마트 제조 포럼'이 24일 열렸다. 한빛협회가 연 이번 행사에는 300명이 참석했다.",
     {"organizers": ["한빛협회"], "co": [], "sponsors": []}),
    ("'스마트 제조 포럼'이 24일 열렸다. 한빛협회와 다온재단이 함께 연 이번 행사에는 300명이 참석했다.",
     {"organizers": ["한빛협회", "다온재단"], "co": [], "sponsors": []}),
    # the partner the holder works with: 협력해, 손잡고, 손을 잡고 after "A와"
    ("한빛협회는 다온재단과 협력해 24일 '스마트 제조 포럼'을 개최했다.",
     {"organizers": ["한빛협회"], "co": ["다온재단"], "sponsors": []}),
    ("한빛협회는 다온재단과 손을 잡고 24일 '스마트 제조 포럼'을 열었다.",
     {"organizers": ["한빛협회"], "co": ["다온재단"], "sponsors": []}),
    ("한빛협회는 기업들과 협력해 24일 '스마트 제조 포럼'을 열었다.",
     {"organizers": ["한빛협회"], "co": [], "sponsors": []}),
    ("'AI 포럼'이 24일 코엑스에서 열렸다. 이번 행사는 한빛협회가 주최하고 다온재단이 주관하며 루미재단이 후원했다.",
     {"organizers": ["한빛협회"], "co": ["다온재단"], "sponsors": ["루미재단"]}),
    ("'AI 포럼'이 24일 코엑스에서 열렸다. 이번 포럼은 한빛협회가 주최·주관하고 다온재단이 후원했다.",
     {"organizers": ["한빛협회"], "co": [], "sponsors": ["다온재단"]}),
]


def _event_orgs(text: str) -> dict[str, list[str]]:
    x = _x(text)
    [e] = x.events
    return {"organizers": _org_names(x, e.organizers), "co": _org_names(x, e.co_organizers),
            "sponsors": _org_names(x, e.sponsors)}


@pytest.mark.parametrize(("text", "expected"), ORG_CUES)
def test_each_cue_word_gives_its_role_to_the_organizations_before_it(text: str, expected: dict) -> None:
    assert _event_orgs(text) == expected


@pytest.mark.parametrize("text", [
    "오다연 한빛대 교수와 주하린 다온랩 대표가 각각 'AI 반도체'와 '엣지 AI'를 주제로 발표했다.",
    # each speaker's topic right after them, 각각 at the end
    "세미나에서는 오다연 한빛대 교수가 'AI 반도체', 주하린 다온랩 대표가 '엣지 AI'에 대해 각각 발표했다.",
    "포럼에서 오다연 한빛대 교수는 'AI 반도체'를, 주하린 다온랩 대표는 '엣지 AI'를 주제로 각각 강연했다.",
    # each topic right before its speaker, the verb written once after the last
    "포럼 1부는 'AI 반도체'를 주제로 오다연 한빛대 교수가, 2부는 '엣지 AI'를 주제로 주하린 다온랩 대표가 발표했다.",
    "포럼 오전에는 'AI 반도체'에 대해 한빛대 오다연 교수가, 오후에는 '엣지 AI'에 대해 다온랩 주하린 대표가 강연했다.",
])
def test_talks_given_respectively(text: str) -> None:
    talks = {p.name: [r.talk_title for r in p.roles] for p in _x(text).people}
    assert talks == {"오다연": ["AI 반도체"], "주하린": ["엣지 AI"]}


@pytest.mark.parametrize(("text", "name", "talk"), [
    # "'topic'에 대해 발표했다": what the talk was about is its title
    ("포럼에서 오다연 한빛대 교수는 '스마트 팩토리'에 대해 발표했다.", "오다연", "스마트 팩토리"),
    ("이어 주하린 다온랩 대표가 '엣지 AI의 미래'에 관해 강연했다.", "주하린", "엣지 AI의 미래"),
    # the talk as the object of a verb of talking: 발제, 특강, 연설
    ("토론회에서 오다연 한빛대 교수가 '제조 데이터의 쟁점'을 발제했다.", "오다연", "제조 데이터의 쟁점"),
    ("포럼에서 오다연 한빛대 교수가 '엣지 AI'를, 주하린 다온연구소 책임연구원이 '해외 AI 정책 동향'을 발제했다.",
     "주하린", "해외 AI 정책 동향"),
    ("이어 주하린 다온랩 대표가 '스타트업과 AI'라는 특강을 했다.", "주하린", "스타트업과 AI"),
    # a programme's marked items: the quote right before the next item's marker
    ("△기조강연=오다연 한빛AI 대표 '제조 AI 에이전트의 시대' △주제발표=주하린 다온자동차 전무 '스마트팩토리 3.0'",
     "오다연", "제조 AI 에이전트의 시대"),
    ("▲기조강연: 오다연 한빛AI 대표 '제조 AI 에이전트' ▲주제발표: 주하린 다온자동차 전무 '스마트팩토리 3.0'",
     "주하린", "스마트팩토리 3.0"),
    # ... and the last item's, before what closes the list
    ("포럼에서는 △오다연 한빛AI 대표 '제조 AI 에이전트' △주하린 다온자동차 전무 '스마트팩토리 3.0' 등이 발표한다.",
     "주하린", "스마트팩토리 3.0"),
    ("발표는 △오다연 한빛AI 대표 '제조 AI 에이전트' △주하린 한빛대 교수 '로봇과 공장' 순으로 진행된다.",
     "주하린", "로봇과 공장"),
    # a programme line's talk before its giver, parted by a bar or a slash
    ("14:20~15:00 기조강연 '제조 AI 에이전트의 현재와 미래' | 오다연 한빛과학기술원 교수", "오다연", "제조 AI 에이전트의 현재와 미래"),
    ("15:10~15:40 사례발표 '용접 공정의 AI 품질검사' / 다온중공업 주하린 수석", "주하린", "용접 공정의 AI 품질검사"),
])
def test_a_talk_about_a_quoted_topic(text: str, name: str, talk: str) -> None:
    [p] = [p for p in _x(text).people if p.name == name]
    assert talk in {r.talk_title for r in p.roles}


def test_a_quote_before_what_closes_a_list_is_no_talk_of_an_unmarked_name() -> None:
    [p] = [p for p in _x("포럼이 열렸다. 오다연 한빛AI 대표 '제조 AI 에이전트' 등이 눈길을 끌었다.").people]
    assert {r.talk_title for r in p.roles} <= {None}


@pytest.mark.parametrize("text", [
    "개회사는 민다온 한빛협회 회장이, 환영사는 권하율 다온재단 이사장이 맡았다.",  # 민다온 read as verbs
    "환영사는 권하율 다온재단 이사장이, 개회사는 민다온 한빛협회 회장이 맡았다.",
])
def test_a_name_the_analyser_reads_as_a_verb_chain(text: str) -> None:
    assert _roles(_x(text)) == {"민다온": {Role.HOST_REP}, "권하율": {Role.HOST_REP}}


FACT_BOXES = [
    ("'2025 AI 포럼'이 24일 코엑스에서 열린다.\n주최: 과학기술정보통신부 / 주관: 정보통신산업진흥원 / 후원: 한빛협회, 다온재단",
     {"organizers": ["과학기술정보통신부"], "co": ["정보통신산업진흥원"], "sponsors": ["한빛협회", "다온재단"]}),
    ("'2025 AI 포럼'이 24일 코엑스에서 열린다.\n■ 주최 : 한빛협회\n■ 주관 : 다온재단\n■ 후원 : 루미재단",
     {"organizers": ["한빛협회"], "co": ["다온재단"], "sponsors": ["루미재단"]}),
    ("'2025 AI 포럼'(주최 한빛협회, 주관 다온재단)이 24일 코엑스에서 열린다.",
     {"organizers": ["한빛협회"], "co": ["다온재단"], "sponsors": []}),
]


@pytest.mark.parametrize(("text", "expected"), FACT_BOXES)
def test_fact_boxes_name_the_organizations_after_the_cue(text: str, expected: dict) -> None:
    assert _event_orgs(text) == expected


def test_each_item_of_a_marked_programme_carries_its_label() -> None:
    found = _roles(_x("'AI 포럼'이 24일 열린다. 프로그램은 ▲기조강연: 하도윤 한빛대 교수 ▲주제발표: 노시우 다온랩 대표, "
                      "변지호 루미큐브 이사 ▲패널토론: 좌장 류시온 한빛대 교수 순이다."))
    assert found == {"하도윤": {Role.KEYNOTE}, "노시우": {Role.SPEAKER}, "변지호": {Role.SPEAKER},
                     "류시온": {Role.MODERATOR}}


@pytest.mark.parametrize(("text", "roles"), [
    ("이날 좌장 하도윤과 연사 노시우가 무대에 올랐다.", {"하도윤": {Role.MODERATOR}, "노시우": {Role.SPEAKER}}),
    ("사회자 변지호의 진행으로 토론이 이어졌다.", {"변지호": {Role.MODERATOR}}),
    ("발표자 류시온은 “AI가 제조를 바꾼다”고 말했다.", {"류시온": {Role.SPEAKER, Role.QUOTED}}),
    ("수상자 선하람은 소감을 밝혔다.", {"선하람": {Role.OTHER}}),
])
def test_a_part_written_before_the_name(text: str, roles: dict[str, set[Role]]) -> None:
    assert _roles(_x(text)) == roles


def test_award_winners_have_a_part_of_another_kind() -> None:
    found = _roles(_x("대상은 다온랩(대표 주하린)이 받았으며, 최우수상은 루미큐브 하도윤 대표에게 돌아갔다."))
    assert found == {"주하린": {Role.OTHER}, "하도윤": {Role.OTHER}}


@pytest.mark.parametrize("text", [
    # an award by whose name it is given
    "최고상인 한빛부 장관상은 스마트공장 구축에 기여한 주하린 다온랩 대표가 받았다.",
    "주하린 다온랩 대표는 이날 한빛시 시장상을 받았다.",
    "한빛진흥원 원장상은 주하린 다온랩 대표에게 주어졌다.",
])
def test_an_award_by_whose_name_it_is_given(text: str) -> None:
    assert _roles(_x("'2025 한빛 AI 대상 시상식'이 27일 열렸다. " + text)) == {"주하린": {Role.OTHER}}


@pytest.mark.parametrize(("text", "roles"), [
    ("하서준 한빛부 장관은 노시우 한빛대 교수의 강연을 들었다.", {"하서준": set(), "노시우": {Role.SPEAKER}}),
    ("이어 하서준 한빛대 교수와 노시우 다온랩 대표의 발표가 이어졌다.", {"하서준": {Role.SPEAKER}, "노시우": {Role.SPEAKER}}),
])
def test_a_talk_owned_by_a_genitive_is_that_persons(text: str, roles: dict[str, set[Role]]) -> None:
    assert _roles(_x(text)) == roles


def test_a_keynote_named_in_a_sessions_sentence_is_no_talk_of_the_session() -> None:
    found = _roles(_x("2부 행사에서는 신하준 한빛대 총장이 '제조 AI의 길'을 주제로 기조강연을 한다. "
                      "2부 행사에서 김태호 다온대 교수는 '로봇과 일자리'를 주제로 발표한다."))
    assert found == {"신하준": {Role.KEYNOTE}, "김태호": {Role.SPEAKER}}


@pytest.mark.parametrize("text", [
    "이어지는 2부 패널토론에서는 이윤호 한빛학회장이 좌장을 맡고 ▲김상훈 교수(다온대) ▲박영진 센터장(루미랩)이 "
    "참여해 의견을 나눈다.",
    "패널토론에는 이윤호 한빛학회장이 좌장을 맡고 ▲김상훈 다온대 교수 ▲박영진 루미랩 센터장이 토론자로 참여한다.",
])
def test_a_chair_before_a_marked_list_is_the_chairs_alone(text: str) -> None:
    """The clause that names the chair ends before the list; the list's people sit on the panel the
    sentence is about."""
    found = _roles(_x(text))
    assert found["이윤호"] == {Role.MODERATOR}
    assert found["김상훈"] == found["박영진"] == {Role.PANELIST}


@pytest.mark.parametrize(("text", "names"), [
    ("이번 컨퍼런스에는 최재석 한빛대 교수와 정운호 다온랩 대표이사 등이 연사와 토론자로 나서 방향을 모색했다.",
     ("최재석", "정운호")),
    ("김도윤 한빛대 교수가 발표 및 토론을 맡았다.", ("김도윤",)),
])
def test_two_parts_joined_give_both(text: str, names: tuple[str, ...]) -> None:
    found = _roles(_x(text))
    assert all(found[n] == {Role.SPEAKER, Role.PANELIST} for n in names)


def test_the_speakers_join_a_panel_held_with_them() -> None:
    found = _roles(_x("이날 포럼에서는 황지훈 한빛원 본부장의 ‘전략기술 전망’을 주제로 한 발표가 있었다. "
                      "조욱진 다온전기 상무가 사례를 발표했다. 이어지는 패널토론에서는 김영호 한빛전기 고문이 좌장을 "
                      "맡아 발표자들과 함께 논의를 진행했다."))
    assert found == {"황지훈": {Role.SPEAKER, Role.PANELIST}, "조욱진": {Role.SPEAKER, Role.PANELIST},
                     "김영호": {Role.MODERATOR}}


def test_common_noun_compounds_after_an_organization_are_no_foreign_name() -> None:
    x = _x("황도윤 한빛대 교수(국토교통부 자율주행 융복합 미래포럼 공동위원장) 등 20여 명이 참석했다.")
    assert [p.name for p in x.people] == ["황도윤"]


@pytest.mark.parametrize("word", ["주식시장", "전시장", "경기장", "반도체시장", "경기도청", "수원시청"])
def test_words_that_end_like_a_local_head_are_no_fused_title(word: str) -> None:
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.ko_names import _local_head

    assert _local_head(word, load_gazetteer()) is None


def test_a_proper_noun_inside_a_longer_subject_is_no_holder() -> None:
    x = _x("'2025 다온 AI 포럼'이 18일 열린다. 둘째 날에는 한빛상 수상 경력이 있는 박세아 교수가 오전 강연을 진행한다.")
    assert x.events[0].organizers == ()


# ---------------------------------------------------------------- fifth round

@pytest.mark.parametrize(("text", "expected"), [
    # NAME, a name-shaped organization (한빛대: a surname, a syllable, 대), its department (the unit), the title
    ("종합토론은 최영수 한빛대 산업공학과 교수가 좌장을 맡았다.", ("최영수", "한빛대", "교수", "산업공학과")),
    ("이어 박다온 경상대 전자공학부 교수가 발표했다.", ("박다온", "경상대", "교수", "전자공학부")),
    ("이어 박다온 교수(경상대 전자공학부)가 발표했다.", ("박다온", "경상대", "교수", "전자공학부")),
])
def test_a_name_shaped_university_with_its_department_is_no_foreign_name(text: str,
                                                                         expected: tuple[str, str, str, str]) -> None:
    x = _x(text)
    units = [p.affiliations[0].unit for p in x.people]
    assert [(*a, u) for a, u in zip(_affs(x), units)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a known organization fused with a whole title, even when the word ends like a hall (회의장)
    ("우원식 국회의장은 축사를 보냈다.", ("우원식", "국회", "의장")),
    ("이날 행사에는 김한솔 국회부의장이 참석했다.", ("김한솔", "국회", "부의장")),
    ("김도윤 산기협회장이 개회사를 했다.", ("김도윤", "한국산업기술진흥협회", "회장")),
])
def test_a_known_organization_fused_with_a_title_is_split(text: str, expected: tuple[str, str, str]) -> None:
    assert _affs(_x(text)) == [expected]


@pytest.mark.parametrize("text", ["국제회의장에서 포럼이 열렸다. 김하람 교수가 발표했다.",
                                  "포럼은 컨벤션센터 대회의장에서 열렸다. 김하람 교수가 발표했다."])
def test_a_hall_is_still_no_title(text: str) -> None:
    assert _affs(_x(text)) == [("김하람", None, "교수")]


@pytest.mark.parametrize("text", ['참석한 한 중소기업 대표는 "도움이 됐다"고 말했다.',
                                  '행사에 온 두 기업 대표는 "좋은 자리였다"고 말했다.'])
def test_a_determiner_and_a_common_noun_are_no_foreign_name(text: str) -> None:
    assert _x(text).people == ()


@pytest.mark.parametrize(("text", "role", "org"), [
    # an adnominal cue describes the organization written right after it
    ("17일 코엑스에서 세미나가 열렸다. 세미나를 주최한 스마트제조혁신추진단의 양승우 단장은 인사말을 했다.",
     "organizers", "스마트제조혁신추진단"),
    ("17일 코엑스에서 포럼이 열렸다. 포럼을 후원한 다온전자 관계자는 만족을 나타냈다.", "sponsors", "다온전자"),
    ("17일 한빛홀에서 포럼이 열렸다. 행사를 주관한 한빛정보산업진흥원은 내년에도 포럼을 열 계획이다.",
     "co_organizers", "한빛정보산업진흥원"),
])
def test_an_adnominal_cue_points_to_the_organization_after_it(text: str, role: str, org: str) -> None:
    x = _x(text)
    assert org in _org_names(x, getattr(x.events[0], role))


@pytest.mark.parametrize(("text", "role", "org"), [
    # the organization a clause is about did what its finite cue verb says
    ("'2026 로봇 미래 포럼'이 3일 코엑스에서 열렸다. 다온전자는 이번 포럼을 후원했다고 밝혔다.", "sponsors", "다온전자"),
    ("'2026 로봇 미래 포럼'이 3일 코엑스에서 열렸다. 한빛정보산업진흥원이 올해 포럼을 주관했다.", "co_organizers",
     "한빛정보산업진흥원"),
])
def test_a_topic_organization_takes_its_finite_cue(text: str, role: str, org: str) -> None:
    x = _x(text)
    assert org in _org_names(x, getattr(x.events[0], role))


@pytest.mark.parametrize(("text", "expected"), [
    # a part named as the topic, a subject and a comma with the verb left out: the part is that subject's
    ("'한빛 포럼'이 3일 열렸다. 좌장은 김철수 한빛대 교수가, 토론자로는 박영희 다온전자 상무와 이민수 누리소프트 대표가 참여했다.",
     {"김철수": {Role.MODERATOR}, "박영희": {Role.PANELIST}, "이민수": {Role.PANELIST}}),
    ("'한빛 포럼'이 3일 열렸다. 기조강연은 최서윤 다온연구원 원장이, 주제발표는 정하늘 누리소프트 대표가 맡았다.",
     {"최서윤": {Role.KEYNOTE}, "정하늘": {Role.SPEAKER}}),
    # taking the microphone is taking the floor
    ("'한빛 포럼'이 3일 열렸다. 이어 김철수 한빛대 교수가 마이크를 잡았다.", {"김철수": {Role.SPEAKER}}),
    ("'한빛 포럼'이 3일 열렸다. 박영희 다온전자 상무가 마이크를 이어받아 사례를 소개했다.", {"박영희": {Role.SPEAKER}}),
])
def test_roles_fifth_round(text: str, expected: dict[str, set[Role]]) -> None:
    assert _roles(_x(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "(이상 ORG)": all the people named before it in its clause belong to ORG
    ("'한빛 포럼'이 3일 열렸다. 발표는 김철수 대표와 박영희 이사(이상 한빛로보틱스)가 맡았다.",
     [("김철수", "한빛로보틱스", "대표"), ("박영희", "한빛로보틱스", "이사")]),
    ("'한빛 포럼'이 3일 열렸다. 좌장은 최민호 교수가, 토론자로는 김철수 대표, 박영희 이사(이상 한빛로보틱스), "
     "정하늘 상무(다온전자)가 참여했다.",
     [("최민호", None, "교수"), ("김철수", "한빛로보틱스", "대표"), ("박영희", "한빛로보틱스", "이사"),
      ("정하늘", "다온전자", "상무")]),
    # an organization prefix in the parenthesis after a title
    ("'한빛 포럼'이 3일 열렸다. 발표는 김철수 변호사(법무법인 한빛)가 맡았다.", [("김철수", "법무법인 한빛", "변호사")]),
    ("'한빛 포럼'이 3일 열렸다. 토론에는 이서연 회계사(회계법인 다온)가 참여했다.", [("이서연", "회계법인 다온", "회계사")]),
])
def test_organizations_for_several_and_by_prefix(text: str, expected: list) -> None:
    assert _affs(_x(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the head named after the organizer represents it, quoted or not
    ("한빛정보산업진흥원(원장 이정훈)은 1일 한빛홀에서 '한빛 AI 해커톤'을 개최했다. 이정훈 원장은 \"힘쓰겠다\"고 말했다.",
     {"이정훈": {Role.HOST_REP, Role.QUOTED}}),
    ("다온협회(회장 박서윤)는 1일 '다온 로봇 포럼'을 열었다. 행사에는 박서윤 회장 등 100여 명이 참석했다.",
     {"박서윤": {Role.HOST_REP, Role.ATTENDEE}}),
    # explaining a thing (an object) at the event is a talk; explaining in a quote is saying
    ("'한빛 설명회'가 3일 열렸다. 한빛추진단 정재훈 팀장이 신청 절차를 설명했다.", {"정재훈": {Role.SPEAKER}}),
    ("'한빛 설명회'가 3일 열렸다. 김철수 한빛대 교수는 \"규제가 필요하다\"고 설명했다.",
     {"김철수": {Role.QUOTED, Role.SPEAKER}}),
    # judging, named as the topic
    ("'한빛 해커톤'이 3일 열렸다. 심사는 정민아 한빛대 교수를 위원장으로 전문가 5명이 맡았다.", {"정민아": {Role.OTHER}}),
    ("'한빛 해커톤'이 3일 열렸다. 심사위원은 이하늘 다온전자 상무 등 5명이다.", {"이하늘": {Role.OTHER}}),
])
def test_roles_fifth_round_heads_explaining_judging(text: str, expected: dict[str, set[Role]]) -> None:
    assert _roles(_x(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a programme line: the part, the talk, a slash, then its speaker
    ("- 기조강연 : 'AI 팩토리의 현재와 미래' / 장영재 한빛대 교수\n- 발표1 : 제조 데이터 플랫폼 사례 / 손정민 다온랩 상무",
     {"장영재": {Role.KEYNOTE}, "손정민": {Role.SPEAKER}}),
    ("기조강연: 로봇과 AI / 박서준 한빛대 교수", {"박서준": {Role.KEYNOTE}}),
    # a slash after a person still parts two items
    ("좌장: 김도윤 한빛대 교수 / 토론: 이서연 다온랩 대표, 최민호 누리TP 원장",
     {"김도윤": {Role.MODERATOR}, "이서연": {Role.PANELIST}, "최민호": {Role.PANELIST}}),
])
def test_programme_lines_with_a_talk_before_the_slash(text: str, expected: dict[str, set[Role]]) -> None:
    assert _roles(_x(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part noun before a name that an organization and a title follow: the label, the organization and the title
    ("패널토론은 좌장 황보영 산업연구원 선임연구위원, 패널 김명진 다온일렉트릭 이사가 참여했다.",
     [("황보영", "산업연구원", "선임연구위원"), ("김명진", "다온일렉트릭", "이사")]),
    ("이어진 토론에는 좌장 윤서진 한빛대 교수와 토론자 박서준 다온랩 대표가 나섰다.",
     [("윤서진", "한빛대", "교수"), ("박서준", "다온랩", "대표")]),
])
def test_a_part_noun_then_a_name_an_organization_and_a_title(text: str, expected: list) -> None:
    x = _x(text)
    assert _affs(x) == expected
    assert all(p.roles for p in x.people)


@pytest.mark.parametrize(("text", "expected"), [
    # a part noun before a name that a body in parentheses follows: the label, and the body
    ("▲패널토론: 좌장 송지호 한빛대 교수 / 패널 백승민(다온전자), 유채린(누리AI)",
     [("송지호", "한빛대", "교수"), ("백승민", "다온전자", None), ("유채린", "누리AI", None)]),
    ("'AI 포럼'이 10일 열렸다. 발표자 이수진(다온랩)은 사례를 소개했다.", [("이수진", "다온랩", None)]),
    # (guard: passed before) the body in parentheses after a name with no part noun before it
    ("▲패널: 백승민(다온전자), 유채린(누리AI)", [("백승민", "다온전자", None), ("유채린", "누리AI", None)]),
])
def test_a_part_noun_then_a_name_and_its_body_in_parentheses(text: str, expected: list) -> None:
    x = _x(text)
    assert _affs(x) == expected
    assert all(p.roles for p in x.people)


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's noun of holding after the name, and an announcement's labelled lines
    ("[행사] 2025 제조혁신 AI 컨퍼런스 개최\n\n○ 일시 : 2025년 7월 10일(목) 13:00~17:30\n○ 장소 : 서울 aT센터 그랜드홀",
     ("2025 제조혁신 AI 컨퍼런스", "2025-07-10", "aT센터 그랜드홀", "서울")),
    ("제5회 스마트항만 포럼 성료\n\n일시: 2025년 6월 12일\n장소: 부산 벡스코 제2전시장(해운대구)",
     ("제5회 스마트항만 포럼", "2025-06-12", "벡스코 제2전시장", "부산")),
])
def test_headline_names_and_announcement_lines(text: str, expected: tuple) -> None:
    [e] = _x(text, published="2025-06-30").events
    assert (e.name, e.start, e.venue, e.city) == expected


@pytest.mark.parametrize(("text", "hosts"), [
    ("더불어민주당 정하준 의원과 국민의힘 최서윤 의원은 8일 국회에서 'AI 기본법' 토론회를 공동 개최했다.", {"정하준", "최서윤"}),
    ("정하준 의원과 최서윤 의원, 이도현 의원은 8일 국회에서 정책토론회를 공동으로 개최했다.", {"정하준", "최서윤", "이도현"}),
    # joined people who only attended hold nothing
    ("정하준 의원과 최서윤 의원은 8일 국회에서 열린 토론회에 참석했다.", set()),
])
def test_people_joined_by_gwa_who_hold_the_event(text: str, hosts: set[str]) -> None:
    assert {n for n, roles in _roles(_x(text)).items() if Role.HOST_REP in roles} == hosts


@pytest.mark.parametrize(("text", "name"), [
    ("두 의원은 8일 'AI 기본법 이후 제조업의 과제' 정책토론회를 열었다.", "AI 기본법 이후 제조업의 과제 정책토론회"),
    ("협회는 5일 '스마트공장 고도화' 기술세미나를 개최했다.", "스마트공장 고도화 기술세미나"),
])
def test_a_quoted_name_then_a_compound_type_word(text: str, name: str) -> None:
    [e] = _x(text).events
    assert e.name == name


@pytest.mark.parametrize("text", [
    "[사진] 24일 코엑스에서 열린 포럼에서 이도현 과기정통부 장관(가운데)이 참석자들과 기념촬영을 하고 있다.",
    "이날 포럼에서 최서윤 한빛대 총장과 박준호 다온랩 대표가 포즈를 취하고 있다.",
])
def test_people_posing_for_a_photo_attended(text: str) -> None:
    roles = _roles(_x(text))
    assert roles and all(r == {Role.ATTENDEE} for r in roles.values())


@pytest.mark.parametrize(("text", "expected"), [
    # a chair's part with 로 and a verb of appearing names the chair itself; with an object it names the panel's
    ("진행자로 나선 윤지호 한결소프트 대표는 질문을 던졌다.", {"윤지호": {Role.MODERATOR}}),
    ("좌장으로 참여한 최서윤 한빛대 교수는 토론을 이끌었다.", {"최서윤": {Role.MODERATOR}}),
    ("토론은 김도윤 한빛대 교수를 좌장으로 이서연 다온랩 대표가 참여했다.",
     {"김도윤": {Role.MODERATOR}, "이서연": {Role.PANELIST}}),
])
def test_a_chair_named_with_ro(text: str, expected: dict[str, set[Role]]) -> None:
    assert _roles(_x(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the part set as the sentence's topic beats a plain "took part" after a name in a later clause
    ("토론자로는 산업계에서 다온전자 김지훈 상무가, 학계에서 한빛대 최서윤 교수가 참여했다.",
     {"김지훈": {Role.PANELIST}, "최서윤": {Role.PANELIST}}),
    ("패널토론에는 누리TP 박준호 원장이, 이어 다온랩 정하늘 대표가 참여했다.",
     {"박준호": {Role.PANELIST}, "정하늘": {Role.PANELIST}}),
])
def test_a_topic_part_beats_a_plain_took_part(text: str, expected: dict[str, set[Role]]) -> None:
    assert _roles(_x(text)) == expected


@pytest.mark.parametrize("text", [
    # proclaiming or declaring something on the event's stage is a talk
    "김도윤 한빛텔레콤 CEO는 'AI 인프라 고속도로' 구축을 선포하며 데이터센터 허브로의 도약을 강조했다.",
    "이날 이서연 다온전자 대표는 '제조 AI 원년'을 선언했다.",
])
def test_proclaiming_on_stage_is_a_talk(text: str) -> None:
    [person] = _x(text).people
    assert {r.role for r in person.roles} == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "expected"), [
    # 선임 and 책임 are posts (the companies' grades), 최고경영자 a chief's title
    ("한빛협회는 5일 포럼을 열었다. 행사 사회는 한빛전자 김유리 선임이 맡았다.", ("김유리", "한빛전자", "선임")),
    ("한빛협회는 5일 포럼을 열었다. 사회는 다온랩 박민수 책임이 맡았다.", ("박민수", "다온랩", "책임")),
    ("조주완 한빛전자 최고경영자(CEO)가 7일 기조연설 무대에 올랐다.", ("조주완", "한빛전자", "최고경영자")),
    ("이서연 다온랩 최고경영자가 기조연설을 했다.", ("이서연", "다온랩", "최고경영자")),
    # a unit's head fused with the unit: the head keeps the whole unit word (the body before it holds the unit)
    ("이석환 한빛대 소프트웨어혁신센터장이 발표했다.", ("이석환", "한빛대", "센터장")),
    ("박진 다온전자 로봇사업본부장이 발표했다.", ("박진", "다온전자", "본부장")),
    # ... a 사업부 whose suffix the lists know by its last syllable
    ("김민우 한빛텔레콤 AI사업부장이 발표했다.", ("김민우", "한빛텔레콤", "사업부장")),
    # a modifier of the head's post before the body's kind and 장: the whole word is the title
    ("이홍락 다온AI연구원 공동연구원장이 발표했다.", ("이홍락", "다온AI연구원", "공동연구원장")),
    ("김철수 한빛연구원 부센터장이 발표했다.", ("김철수", "한빛연구원", "부센터장")),
    # a post held in another's stead
    ("민병석 한빛진흥원 원장직무대행이 발표했다.", ("민병석", "한빛진흥원", "원장직무대행")),
    ("박서준 한빛시 시장권한대행이 발표했다.", ("박서준", "한빛시", "시장권한대행")),
])
def test_grades_chiefs_and_unit_heads(text: str, expected: tuple[str, str, str]) -> None:
    assert _affs(_x(text))[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's name in quotes with its chief in parentheses
    ("대상은 '비전에이아이'(대표 서지훈)가 차지했다.", [("서지훈", "비전에이아이", "대표")]),
    ('이날 "로보웍스"(대표 김하늘)와 \'딥 팩토리\'(대표 이준호)가 시연을 했다.',
     [("김하늘", "로보웍스", "대표"), ("이준호", "딥 팩토리", "대표")]),
    # an organization with its alias in parentheses, in the genitive before a name (Korean or foreign)
    ('행사를 주관하는 한빛협회(HBA)의 김철수 회장은 "AI가 답"이라고 말했다.', [("김철수", "한빛협회", "회장")]),
    ('CES를 주관하는 미국소비자기술협회(CTA)의 게리 샤피로 회장은 "AI가 확산된다"고 말했다.',
     [("게리 샤피로", "미국소비자기술협회", "회장")]),
    # a foreign name after an organization in the genitive
    ('한빛협회의 마이클 로건 회장은 "AI가 답"이라고 말했다.', [("마이클 로건", "한빛협회", "회장")]),
    ("이날 엔비디아의 젠슨 황 CEO가 기조연설을 했다.", [("젠슨 황", "엔비디아", "CEO")]),
])
def test_quoted_companies_and_genitive_organizations(text: str, expected: list) -> None:
    assert _affs(_x(text)) == expected


@pytest.mark.parametrize(("text", "name", "host"), [
    # a head's title in the adnominal 인, naming the body that holds the event, makes its representative
    ('국회 과학기술정보방송통신위원회는 17일 공청회를 열었다. 위원장인 최민희 의원은 "결론을 내겠다"고 밝혔다.',
     "최민희", True),
    ('한빛협회는 5일 포럼을 열었다. 협회 회장인 김철수 한빛전자 대표는 "AI가 답"이라고 말했다.', "김철수", True),
    # the head of another body does not
    ('한빛진흥원은 5일 포럼을 열었다. 한빛연구원 원장인 김철수 박사는 "AI가 답"이라고 말했다.', "김철수", False),
    ('한빛협회는 5일 포럼을 열었다. 한빛대 총장인 김철수 교수는 "AI가 답"이라고 말했다.', "김철수", False),
    # a person of an organizer who is only quoted speaks for it
    ('한빛협회는 5일 서울에서 포럼을 열었다. 한빛협회 김철수 본부장은 "AI가 답"이라고 말했다.', "김철수", True),
    ('한빛협회는 5일 서울에서 포럼을 열었다. 다온전자 김철수 본부장은 "AI가 답"이라고 말했다.', "김철수", False),
])
def test_who_speaks_for_the_organizer(text: str, name: str, host: bool) -> None:
    assert (Role.HOST_REP in _roles(_x(text))[name]) is host


@pytest.mark.parametrize(("text", "co_organizers"), [
    # the object of an adnominal 주관 is the event, not an organization
    ("'CES 2025'가 7일 개막했다. CES를 주관하는 미국소비자기술협회(CTA)의 게리 샤피로 회장이 연설했다.",
     ["미국소비자기술협회"]),
    ("한빛협회는 5일 '로봇 포럼'을 열었다. 행사를 주관한 한빛진흥원의 김철수 원장이 발표했다.", ["한빛진흥원"]),
])
def test_the_object_of_a_cue_is_no_organizer(text: str, co_organizers: list[str]) -> None:
    x = _x(text)
    assert _org_names(x, x.events[0].co_organizers) == co_organizers


@pytest.mark.parametrize(("text", "expected"), [
    # the person a discussion is held around (를 중심으로) chairs it; the others' cue is not theirs
    ("패널토론에서는 좌장을 맡은 한빛대 최재현 교수를 중심으로 패널들이 과제를 논의했다.", {"최재현": {Role.MODERATOR}}),
    ("토론은 한빛대 김도윤 교수를 중심으로 진행됐으며, 다온랩 이서연 대표가 패널로 참여했다.",
     {"김도윤": {Role.MODERATOR}, "이서연": {Role.PANELIST}}),
    ("패널토론은 다온전자 박준호 상무를 중심으로 진행됐다.", {"박준호": {Role.MODERATOR}}),
])
def test_the_person_a_discussion_is_held_around(text: str, expected: dict[str, set[Role]]) -> None:
    assert _roles(_x(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of conducting or leading a discussion (진행한, 이끈 + 토론) chairs it; those in it are panelists
    ("송하람 한빛대 교수가 진행한 패널토론에는 나태린 다온전자 대표, 문진호 누리랩 이사가 참여했다.",
     {"송하람": {Role.MODERATOR}, "나태린": {Role.PANELIST}, "문진호": {Role.PANELIST}}),
    ("송하람 한빛대 교수가 이끈 토론에서 나태린 다온전자 대표는 규제 완화를 요구했다.",
     {"송하람": {Role.MODERATOR}, "나태린": {Role.PANELIST}}),
    ("송하람 한빛대 교수가 진행하는 좌담에는 나태린 다온전자 대표가 함께한다.",
     {"송하람": {Role.MODERATOR}, "나태린": {Role.PANELIST}}),
    # a body that conducted a 토론회 (an event) chairs no one's part; a study conducted is no discussion
    ("다온전자가 진행한 토론회에는 송하람 한빛대 교수가 참석했다.", {"송하람": {Role.ATTENDEE}}),
])
def test_the_one_who_conducts_a_discussion(text: str, expected: dict[str, set[Role]]) -> None:
    assert _roles(_x(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign company's Korean branch in the genitive before a name
    ("이어 마이크로소프트 한국지사의 제임스 리 상무가 발표했다.", ("제임스 리", "마이크로소프트", "상무")),
    ("이어 구글 한국법인의 김하늘 전무가 발표했다.", ("김하늘", "구글", "전무")),
])
def test_a_korean_branch_in_the_genitive(text: str, expected: tuple[str, str, str]) -> None:
    assert _affs(_x(text))[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company written with its legal form, its chief in parentheses
    ("대상은 공정 이상 탐지 솔루션을 개발한 ㈜딥인사이트(대표 한지민)가 받았다.", ("한지민", "㈜딥인사이트", "대표")),
    ("최우수상은 (주)로보웍스(대표 김하늘)에 돌아갔다.", ("김하늘", "(주)로보웍스", "대표")),
])
def test_a_company_with_its_legal_form_and_its_chief(text: str, expected: tuple[str, str, str]) -> None:
    assert _affs(_x(text))[0] == expected


def test_a_transcript_label_line_names_whose_words_follow() -> None:
    text = ("한빛협회는 5일 서울에서 포럼을 열었다.\n<인터뷰> 송재조 한빛경제TV 대표이사\n\"해답을 찾는 데 초점을 맞췄습니다.\"\n"
            "[인터뷰] 김도윤 한빛대 교수\n\"데이터가 먼저입니다.\"\n")
    roles = _roles(_x(text))
    assert Role.QUOTED in roles["송재조"] and Role.QUOTED in roles["김도윤"]


@pytest.mark.parametrize(("text", "host"), [
    # a person of the organizer named with no part of their own speaks for it
    ("한빛협회는 5일 서울에서 포럼을 열었다. 한빛협회 김철수 본부장은 참가 기업이 늘었다고 전했다.", True),
    ("한빛협회는 5일 서울에서 포럼을 열었다. 다온전자 김철수 본부장은 참가 기업이 늘었다고 전했다.", False),
])
def test_an_organizers_person_with_no_part_speaks_for_it(text: str, host: bool) -> None:
    assert (Role.HOST_REP in _roles(_x(text))["김철수"]) is host


@pytest.mark.parametrize(("text", "expected"), [
    # a company by its legal form before the name
    ("특히 ㈜대성하이텍 박영민 상무는 '가공 공정 예지보전 사례'를 발표했다.", ("박영민", "㈜대성하이텍", "상무")),
    ("이날 (주)로보웍스 김하늘 대표가 발표했다.", ("김하늘", "(주)로보웍스", "대표")),
])
def test_a_company_by_its_legal_form_before_the_name(text: str, expected: tuple[str, str, str]) -> None:
    assert _affs(_x(text))[0] == expected


@pytest.mark.parametrize(("text", "name", "host"), [
    # the organizer's own head, attending, represents it; a co-organizer's head attends
    ("창원시는 28일 창원컨벤션센터에서 홍남표 창원시장을 비롯해 200여 명이 참석한 가운데 '스마트제조 성과보고회'를 개최했다.",
     "홍남표", True),
    ("한빛협회가 주최하고 다온진흥원이 주관한 '로봇 포럼'이 5일 열렸다. 행사에는 김도윤 한빛협회 회장과 이서연 다온진흥원 원장이 참석했다.",
     "김도윤", True),
    ("한빛협회가 주최하고 다온진흥원이 주관한 '로봇 포럼'이 5일 열렸다. 행사에는 김도윤 한빛협회 회장과 이서연 다온진흥원 원장이 참석했다.",
     "이서연", False),
])
def test_the_organizers_head_attending_represents_it(text: str, name: str, host: bool) -> None:
    roles = _roles(_x(text))[name]
    assert Role.ATTENDEE in roles and (Role.HOST_REP in roles) is host


@pytest.mark.parametrize(("text", "name"), [
    # the event's own office (조직위원장, 대회장) represents its host
    ('한빛협회는 5일 서울에서 \'로봇 포럼\'을 열었다. 김도윤 조직위원장은 "역대 최대 규모"라고 말했다.', "김도윤"),
    ("한빛협회는 5일 서울에서 '로봇 포럼'을 열었다. 행사에는 이서연 대회장과 기업인 100여 명이 참석했다.", "이서연"),
    # a person of the organizer written with its name short (특구진흥재단 for 연구개발특구진흥재단)
    ('연구개발특구진흥재단은 5일 대전에서 \'AI 페스티벌\'을 열었다. 김도윤 특구진흥재단 이사장은 "성과를 나누겠다"고 말했다.',
     "김도윤"),
])
def test_event_offices_and_short_organizer_names_represent_the_host(text: str, name: str) -> None:
    assert Role.HOST_REP in _roles(_x(text))[name]


@pytest.mark.parametrize("text", [
    # a lawmaker whose office holds the event represents it
    "한빛협회와 이인선 국회의원실이 공동 주최한 '로봇 포럼'이 5일 국회에서 열렸다. 이인선 의원은 \"입법으로 돕겠다\"고 말했다.",
    "'로봇 포럼'이 5일 국회에서 열렸다. 이번 포럼은 김도윤 의원실이 주최했다. 김도윤 의원은 \"입법으로 돕겠다\"고 말했다.",
])
def test_a_lawmaker_whose_office_holds_the_event(text: str) -> None:
    roles = _roles(_x(text))
    (name,) = roles
    assert Role.HOST_REP in roles[name]


@pytest.mark.parametrize(("text", "expected", "role"), [
    # a part written before a name whose organization and title follow in parentheses
    ("좌장 김철수(한빛대 교수)가 토론을 진행했다.", ("김철수", "한빛대", "교수"), Role.MODERATOR),
    ("발표자 이영희(다온전자 대표)는 사례를 소개했다.", ("이영희", "다온전자", "대표"), Role.SPEAKER),
])
def test_a_part_label_before_a_name_with_its_post_in_parentheses(text: str, expected: tuple, role: Role) -> None:
    x = _x(text)
    assert _affs(x)[0] == expected and _roles(x)[expected[0]] == {role}


@pytest.mark.parametrize("text", [
    # a name read as a shorter proper noun and a particle, right before 씨
    "행사에는 정혁은 씨 등 100여 명이 참석했다.",
    "이날 포럼에는 정혁은 씨와 김현수 씨가 참석했다.",
])
def test_a_glued_name_before_ssi(text: str) -> None:
    assert _roles(_x(text))["정혁은"] == {Role.ATTENDEE}


@pytest.mark.parametrize(("text", "roles"), [
    # what a person stressed, proposed or made official in their own (indirect) words at the event: a talk
    ("한빛협회는 20일 '2026 AI 포럼'을 개최했다. 주하린 다온랩 대표는 정부와 기업이 원팀으로 결집해야 한다고 강조했다.",
     {Role.SPEAKER}),
    ("한빛협회는 20일 '2026 AI 포럼'을 개최했다. 주하린 다온랩 대표는 AI 인프라 지원의 필요성을 제기했다.", {Role.SPEAKER}),
    ("한빛협회는 20일 '2026 AI 포럼'을 개최했다. 주하린 다온랩 대표는 신제품 개발을 공식화했다.", {Role.SPEAKER}),
    # a direct quote at an event of talks: what they said there, they said speaking
    ("한빛협회는 20일 '2026 AI 포럼'을 개최했다. 주하린 다온랩 대표는 \"원팀이 필요하다\"고 강조했다.",
     {Role.QUOTED, Role.SPEAKER}),
])
def test_indirect_speech_at_the_event(text: str, roles: set[Role]) -> None:
    assert _roles(_x(text))["주하린"] == roles


@pytest.mark.parametrize("text", [
    # the city said in the sentence that holds the event stays when a later sentence names no place
    "'스마트 제조 포럼'이 24일 부산에서 열렸다. 한빛협회 주최로 열린 이번 포럼에는 200여 명이 참석했다.",
    "한빛협회는 24일 부산에서 '스마트 제조 포럼'을 개최했다. 이날 열린 포럼에는 200여 명이 참석했다.",
])
def test_the_city_of_the_holding_sentence_stays(text: str) -> None:
    [e] = _x(text).events
    assert (e.venue, e.city) == (None, "부산")


@pytest.mark.parametrize("text", [
    # a marked item's topic in quote marks, its presenter in parentheses: the title without the marks
    "세미나는 △'제조 데이터 표준화 동향'(김태호 한빛연구원 수석연구원) △'AI 품질검사 사례'(박소연 비전랩 대표) 순으로 진행된다.",
    "세미나는 ▲「제조 데이터 표준화 동향」(김태호 한빛연구원 수석연구원) ▲「AI 품질검사 사례」(박소연 비전랩 대표) 순으로 진행된다.",
])
def test_a_quoted_topic_of_a_marked_item(text: str) -> None:
    x = _x(text)
    talks = {p.name: [r.talk_title for r in p.roles] for p in x.people}
    assert talks == {"김태호": ["제조 데이터 표준화 동향"], "박소연": ["AI 품질검사 사례"]}
    for p in x.people:
        for r in p.roles:
            assert r.talk_title and r.talk_title in text


@pytest.mark.parametrize("text", [
    # an adnominal verb before an event word describes the event, it is no part of a name
    "2부에서는 '생성형 AI와 산업'을 주제로 한 토크콘서트가 이어졌다.",
    "한빛협회는 20일 코엑스에서 AI 도입을 위한 세미나를 열었다.",
])
def test_an_adnominal_verb_is_no_part_of_an_event_name(text: str) -> None:
    for e in _x(text).events:
        assert e.name is None or not e.name.startswith(("한 ", "위한 "))


@pytest.mark.parametrize("text", [
    # taking the stage is giving a talk
    "이어 사티아 나델라 마이크로소프트 CEO와 리사 수 AMD CEO가 차례로 무대에 올랐다.",
    "무대에 오른 사티아 나델라 마이크로소프트 CEO와 리사 수 AMD CEO는 AI를 강조했다.",
])
def test_taking_the_stage(text: str) -> None:
    assert _roles(_x(text)) == {"사티아 나델라": {Role.SPEAKER}, "리사 수": {Role.SPEAKER}}


@pytest.mark.parametrize("text", [
    # closing remarks, like opening ones, are the holder's
    "폐회사는 정우성 한빛협회 부회장이 했다.",
    "정우성 한빛협회 부회장은 폐회 인사에서 참석자들에게 감사를 전했다.",
])
def test_closing_remarks(text: str) -> None:
    assert _roles(_x(text)) == {"정우성": {Role.HOST_REP}}


@pytest.mark.parametrize("text", [
    # the organizer's own head represents it, whatever else they do
    "한빛그룹은 4일 코엑스에서 '한빛 AI 서밋'을 개최했다. 최태원 한빛그룹 회장은 기조연설에서 비전을 제시했다.",
    "한빛그룹이 주최한 '한빛 AI 서밋'이 4일 열렸다. 기조강연은 최태원 한빛그룹 회장이 맡았다.",
])
def test_the_organizers_head_represents_it_as_well(text: str) -> None:
    assert _roles(_x(text))["최태원"] == {Role.KEYNOTE, Role.HOST_REP}


@pytest.mark.parametrize(("text", "roles"), [
    # a counted subject between the name and 참석 attended, not the person named before it
    ("'스마트 제조 포럼'이 24일 열렸다. 한빛협회(회장 홍길동)와 다온재단이 함께 연 이번 행사에는 300명이 참석했다.",
     {"홍길동": {Role.HOST_REP}}),
    # ... unless the person is one of them
    ("행사에는 홍길동 한빛대 교수 등 200여 명이 참석했다.", {"홍길동": {Role.ATTENDEE}}),
    ("행사에는 홍길동 한빛대 교수를 비롯해 200여 명이 참석했다.", {"홍길동": {Role.ATTENDEE}}),
])
def test_a_counted_crowd_attends(text: str, roles: dict) -> None:
    assert _roles(_x(text)) == roles


@pytest.mark.parametrize("text", [
    # programme lines: a label with a colon, the person, and a talk title closing the line
    "한빛협회는 24일 '스마트 제조 포럼'을 열었다.\n발제: 정하늘 한빛연구원 박사 '제조 AI 동향'\n사회: 오세훈 한빛일보 논설위원",
    "한빛협회는 24일 '스마트 제조 포럼'을 열었다.\n발제 : 정하늘 한빛연구원 박사 '제조 AI 동향'\n진행 : 오세훈 한빛일보 논설위원",
])
def test_programme_lines_with_colons(text: str) -> None:
    x = _x(text)
    got = {p.name: {(r.role, r.talk_title) for r in p.roles} for p in x.people}
    assert got == {"정하늘": {(Role.SPEAKER, "제조 AI 동향")}, "오세훈": {(Role.MODERATOR, None)}}


@pytest.mark.parametrize(("text", "roles"), [
    # a sentence that opens with 그/그녀 and names no one: its part is the one person's of the sentence before
    ("한빛협회는 20일 '2026 AI 포럼'을 열었다. 김민수 한빛대 교수도 참석했다. 그는 '제조 AI'를 주제로 발표했다.",
     {"김민수": {Role.ATTENDEE, Role.SPEAKER}}),
    ("한빛협회는 20일 '2026 AI 포럼'을 열었다. 김민수 한빛대 교수가 참석했다. 그는 좌장을 맡았다.",
     {"김민수": {Role.ATTENDEE, Role.MODERATOR}}),
    # two people before: nobody to point at
    ("한빛협회는 20일 '2026 AI 포럼'을 열었다. 김민수 한빛대 교수와 이영희 다온랩 대표가 참석했다. 그는 발표했다.",
     {"김민수": {Role.ATTENDEE}, "이영희": {Role.ATTENDEE}}),
])
def test_a_pronoun_with_a_part(text: str, roles: dict) -> None:
    assert _roles(_x(text)) == roles


@pytest.mark.parametrize(("text", "edition", "attendance"), [
    # an edition spelled as an ordinal word; a head count of an earlier edition is not this one's
    ("한빛협회는 20일 코엑스에서 '제5회 AI 포럼'을 열었다. 지난해 열린 제4회 포럼에는 200명이 참석했다. "
     "올해는 300여 명이 참석했다.", 5, 300),
    ("지난해에 이어 두 번째로 열린 이번 'AI 포럼'은 20일 코엑스에서 진행됐다.", 2, None),
    ("올해로 세 번째인 이번 'AI 포럼'은 20일 열렸다. 행사에는 150명이 참석했다.", 3, 150),
    # a programme's second session is no second edition
    ("'AI 포럼'이 20일 열렸다. 두 번째 세션에서는 김민수 한빛대 교수가 발표했다.", None, None),
])
def test_spelled_editions_and_this_editions_head_count(text: str, edition: int | None, attendance: int | None) -> None:
    [e] = _x(text).events
    assert (e.edition, e.attendance) == (edition, attendance)


@pytest.mark.parametrize(("text", "expected"), [
    # subjects closed by a comma, each with the organization they speak for (에서는), share the verb after them
    ("'AI 포럼'이 24일 열렸다. 다온전자에서는 이상훈 상무가, 누리소프트에서는 박지영 이사가 발표를 맡았다.",
     {"이상훈": ("다온전자", "상무", {Role.SPEAKER}), "박지영": ("누리소프트", "이사", {Role.SPEAKER})}),
    ("'AI 포럼'이 24일 열렸다. 이날 한가온 다온전자 상무가, 이어 도해솔 누리소프트 이사가 주제발표를 했다.",
     {"한가온": ("다온전자", "상무", {Role.SPEAKER}), "도해솔": ("누리소프트", "이사", {Role.SPEAKER})}),
    # the parallel subject after the comma is a list joined by 과/와
    ("'AI 포럼'이 24일 열렸다. 1부에서는 강민서 한빛대 총장이, 2부에서는 조은호 누리전자 부사장과 신예린 다온랩 대표가 "
     "각각 발표에 나섰다.", {"강민서": ("한빛대", "총장", {Role.SPEAKER}), "신예린": ("다온랩", "대표", {Role.SPEAKER})}),
    ("'AI 포럼'이 24일 열렸다. 한가온 다온전자 상무가, 도해솔 누리소프트 이사와 정다인 한빛대 교수가 각각 강연했다.",
     {"한가온": ("다온전자", "상무", {Role.SPEAKER}), "정다인": ("한빛대", "교수", {Role.SPEAKER})}),
])
def test_gapped_subjects_share_the_verb_after_them(text: str, expected: dict) -> None:
    x = _x(text)
    affs = {n: (o, t) for n, o, t in _affs(x)}
    roles = _roles(x)
    assert {n: (*affs[n], roles[n]) for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the last subject, after a comma, with another day or turn as its topic takes the part the first clause's
    # topic gave: "첫날 기조강연은 A가, 둘째 날은 B가 맡는다"
    ("첫날 기조강연은 노하람 한빛대 교수가, 둘째 날은 유지안 다온랩 센터장이 맡는다.",
     {"노하람": {Role.KEYNOTE}, "유지안": {Role.KEYNOTE}}),
    ("오전 세션 좌장은 노하람 한빛대 교수가, 오후 세션은 유지안 다온대 교수가 맡았다.",
     {"노하람": {Role.MODERATOR}, "유지안": {Role.MODERATOR}}),
    ("기조강연은 오전에 노하람 한빛대 교수가, 오후에 유지안 다온대 교수가 한다.",
     {"노하람": {Role.KEYNOTE}, "유지안": {Role.KEYNOTE}}),
    # another duty as the topic is no turn of the same part; nor is a clause with its own finite verb
    ("기조강연은 노하람 한빛대 교수가, 행사 안내는 유지안 다온랩 매니저가 맡았다.", {"노하람": {Role.KEYNOTE}, "유지안": set()}),
    ("기조강연은 노하람 한빛대 교수가 맡았고, 유지안 다온대 교수가 질문했다.", {"노하람": {Role.KEYNOTE}, "유지안": set()}),
    # (guard: passed before) a turn with its own part keeps it
    ("발표는 노하람 한빛대 교수가, 진행은 유지안 다온랩 대표가 맡았다.", {"노하람": {Role.SPEAKER}, "유지안": {Role.MODERATOR}}),
])
def test_a_gapped_turn_takes_the_part_of_the_clause_before(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


def test_a_subject_with_its_own_part_keeps_it() -> None:
    roles = _roles(_x("'AI 포럼'이 24일 열렸다. 좌장은 한가온 한빛대 교수가, 토론에는 도해솔 다온전자 전무가 참여했다."))
    assert (roles["한가온"], roles["도해솔"]) == ({Role.MODERATOR}, {Role.PANELIST})


def test_a_venue_with_eseo_is_no_organization_of_the_name_after_it() -> None:
    affs = _affs(_x("다온시는 28일 다온컨벤션센터에서는 한가온 다온시장이 참석한 가운데 'AI 포럼'을 열었다."))
    assert ("한가온", "다온컨벤션센터", "다온시장") not in affs


@pytest.mark.parametrize(("text", "name", "org"), [
    # Japanese given names end in 시 (히로시, 다카시) without being a city; universities abroad by their short forms
    ("'AI 포럼'이 24일 열렸다. 사토 히로시 도쿄대 교수가 주제발표를 했다.", "사토 히로시", "도쿄대"),
    ("'AI 포럼'이 24일 열렸다. 이날 다나카 다카시 소니 부사장이 기조강연을 했다.", "다나카 다카시", "소니"),
    ("'AI 포럼'이 24일 열렸다. 이날 왕리 칭화대 교수가 주제발표를 했다.", "왕리", "칭화대"),
])
def test_foreign_names_and_universities_abroad(text: str, name: str, org: str) -> None:
    assert (name, org) in {(n, o) for n, o, _t in _affs(_x(text))}


@pytest.mark.parametrize(("text", "expected"), [
    # a name-shaped university (한빛대) with its department before the name, and before a title after it
    ("'AI 포럼'이 24일 열렸다. 이날 한빛대 경영학과 이서연 교수가 발표했다.", ("이서연", "한빛대", "교수")),
    ("'AI 포럼'이 24일 열렸다. 기조강연은 한빛대 교수 김도윤이 맡았다.", ("김도윤", "한빛대", "교수")),
    ("'AI 포럼'이 24일 열렸다. 기조강연은 한빛대 교수 김도윤 씨가 맡았다.", ("김도윤", "한빛대", "교수")),
])
def test_a_name_shaped_university_before_the_name(text: str, expected: tuple) -> None:
    assert _affs(_x(text)) == [expected]


@pytest.mark.parametrize("text", [
    # a former marker before the organization, between it and the title, or in an adnominal 인 clause
    "'AI 포럼'이 24일 열렸다. 전 다온전자 대표 최민준 씨가 특별강연을 했다.",
    "'AI 포럼'이 24일 열렸다. 전 다온전자 대표인 최민준 씨가 특별강연을 했다.",
    "'AI 포럼'이 24일 열렸다. 최민준 다온전자 전 대표가 특별강연을 했다.",
    "'AI 포럼'이 24일 열렸다. 최민준 전 다온전자 대표가 특별강연을 했다.",
])
def test_a_former_title_keeps_its_marker_wherever_it_stands(text: str) -> None:
    x = _x(text)
    assert (_affs(x), _roles(x)) == ([("최민준", "다온전자", "전 대표")], {"최민준": {Role.SPEAKER}})


def test_an_adnominal_title_yields_to_the_organization_and_title_after_the_name() -> None:
    assert _affs(_x("'AI 포럼'이 24일 열렸다. 한빛협회 회장인 김철수 다온전자 대표가 축사를 했다.")) == \
        [("김철수", "다온전자", "대표")]


@pytest.mark.parametrize("listed", ["김진희", "박서하"])
def test_a_listed_name_with_its_own_parenthesis_needs_no_single_proper_noun_reading(listed: str) -> None:
    # the analyser may read a name as a proper noun and a common noun (김진+희); its own parenthesis with an
    # organization, in a list of such items, still makes it a person
    x = _x(f"'AI 해커톤'이 24일 열렸다. 최우수상은 최희현(한결대/팀장), {listed}(한결대), 신민아(다온대) 학생으로 "
           "구성된 'ANYTHINK' 팀이 받았다.")
    assert (listed, "한결대", "학생") in _affs(x)


@pytest.mark.parametrize("text", [
    # a department in the parenthesis of a second post belongs to the organization of the first
    "'AI 포럼'이 24일 열렸다. 포럼을 공동 주최한 한빛대의 안희갑 기획처장(컴퓨터공학과 교수)은 개회사를 했다.",
    "'AI 포럼'이 24일 열렸다. 안희갑 한빛대 기획처장(컴퓨터공학과 교수)이 개회사를 했다.",
])
def test_a_department_in_a_second_post_is_no_organization(text: str) -> None:
    x = _x(text)
    names = {o.id: o.name for o in x.organizations}
    [p] = x.people
    assert "컴퓨터공학과" not in {names.get(a.org) for a in p.affiliations}
    assert all(names.get(a.org, "").startswith("한빛대") for a in p.affiliations)


@pytest.mark.parametrize(("text", "expected"), [
    # a short organization name fused with its head's title splits into the two, as a long one does
    ("'AI 포럼'이 24일 열렸다. 이날 김민수 한빛협회장은 개회사를 했다.", ("김민수", "한빛협회", "회장")),
    ("'AI 포럼'이 24일 열렸다. 이날 김민수 다온진흥원장은 개회사를 했다.", ("김민수", "다온진흥원", "원장")),
    # a field word before a whole title stays one title
    ("'AI 포럼'이 24일 열렸다. 이날 김민수 한빛시 경제부시장은 개회사를 했다.", ("김민수", "한빛시", "경제부시장")),
])
def test_a_short_organization_fused_with_its_heads_title(text: str, expected: tuple) -> None:
    assert _affs(_x(text)) == [expected]


@pytest.mark.parametrize("text", [
    # a verb the analyser leaves whole (했고, 했으며) and a comma still close the first person's clause
    "'AI 포럼'이 10일 열렸다. 이날 김도윤 한빛대 교수와 박서연 다온전자 상무가 참석했다. 김 교수는 기조강연을 했고, "
    "박 상무는 사례를 발표했다.",
    "'AI 포럼'이 10일 열렸다. 김도윤 한빛대 교수는 기조강연을 했으며, 박서연 다온전자 상무는 사례를 발표했다.",
])
def test_a_whole_verb_with_a_connective_ending_closes_its_clause(text: str) -> None:
    roles = _roles(_x(text))
    assert Role.KEYNOTE in roles["김도윤"] and Role.SPEAKER in roles["박서연"] and Role.KEYNOTE not in roles["박서연"]


@pytest.mark.parametrize(("text", "expected"), [
    # a part alone in parentheses after a person is theirs, not the people's after them
    ("'AI 포럼'이 10일 열렸다. 패널토론에는 김도윤 한빛대 교수(좌장), 박서연 다온전자 상무, 최민준 누리소프트 대표가 참여했다.",
     {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    ("'AI 포럼'이 10일 열렸다. 패널토론에는 박서연 다온전자 상무, 최민준 누리소프트 대표, 김도윤 한빛대 교수(사회)가 참여했다.",
     {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    ("'AI 포럼'이 10일 열렸다. 이날 행사에는 김도윤 한빛대 교수(발표), 박서연 다온전자 상무(토론)가 나섰다.",
     {"김도윤": {Role.SPEAKER}, "박서연": {Role.PANELIST}}),
])
def test_a_part_in_parentheses_after_a_person(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles[n] for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a chair described in an adnominal clause, then 비롯해 / 와 함께: the part is the chair's alone
    ("'AI 포럼'이 10일 열렸다. 패널토론에는 좌장인 김도윤 한빛대 교수를 비롯해 박서연 다온전자 상무, 최민준 누리소프트 대표가 "
     "참여했다.", {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    ("'AI 포럼'이 10일 열렸다. 좌장을 맡은 김도윤 한빛대 교수와 함께 박서연 다온전자 상무, 최민준 누리소프트 대표가 토론을 "
     "벌였다.", {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    # 외에: the verb after is the others', not the chair's
    ("'AI 포럼'이 10일 열렸다. 토론에는 사회를 맡은 김도윤 한빛대 교수 외에 박서연 다온전자 상무와 최민준 누리소프트 대표가 "
     "패널로 나섰다.", {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    # a coordinated pair after the adnominal clause shares it
    ("'AI 포럼'이 10일 열렸다. 발표를 맡은 박서연 다온전자 상무와 최민준 누리소프트 대표는 사례를 소개했다.",
     {"박서연": {Role.SPEAKER}, "최민준": {Role.SPEAKER}}),
    # a bare label before the others ("토론자 B"): their part, not the chair's before it
    ("'AI 포럼'이 10일 열렸다. 패널토론은 사회를 맡은 김도윤 한빛대 교수를 비롯해 토론자 박서연 다온전자 상무, 최민준 누리소프트 "
     "대표가 참여했다.", {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    ("'AI 포럼'이 10일 열렸다. 패널토론은 좌장을 맡은 김도윤 한빛대 교수를 비롯해 토론자 박서연(다온전자 상무), 최민준(누리소프트 "
     "대표)이 참여했다.", {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    # a chair's clause before a list joined by 와 / commas: the first item's alone (a chair is one)
    ("'AI 포럼'이 10일 열렸다. 패널토론에는 좌장을 맡은 김도윤 한빛대 교수와 박서연 다온전자 상무, 최민준 누리소프트 대표가 "
     "참여했다.", {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    ("'AI 포럼'이 10일 열렸다. 토론에는 사회를 맡은 김도윤 한빛대 교수와 박서연 다온전자 상무가 참여했다.",
     {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}}),
    # (guard: so before)
    ("'AI 포럼'이 10일 열렸다. 좌장을 맡은 김도윤 한빛대 교수와 발표자 박서연 다온전자 상무가 참석했다.",
     {"김도윤": {Role.MODERATOR}, "박서연": {Role.SPEAKER}}),
])
def test_a_part_described_for_one_person_before_besides(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles[n] for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part taken with 맡아 / 맡고 is the subject's; the people named after it act in a clause of their own
    ("'AI 포럼'이 10일 열렸다. 패널토론은 김도윤 한빛대 교수가 좌장을 맡아 박서연 다온전자 상무, 최민준 누리소프트 대표와 함께 "
     "인력 문제를 논의했다.", {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    ("'AI 포럼'이 10일 열렸다. 패널토론에서는 김도윤 한빛대 교수가 사회를 맡고 박서연 다온전자 상무와 최민준 누리소프트 대표가 "
     "토론자로 참여했다.", {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    # so does a part taken with an adnominal verb and 가운데 ("while …")
    ("'AI 포럼'이 10일 열렸다. 지정토론은 김도윤 한빛대 교수가 좌장을 맡은 가운데 박서연 다온전자 상무, 최민준 누리소프트 대표가 "
     "참여했다.", {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    ("'AI 포럼'이 10일 열렸다. 김도윤 한빛협회 부회장이 사회를 본 가운데 박서연 다온전자 상무와 최민준 누리소프트 대표가 "
     "토론을 벌였다.", {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    # the people who take it on together still share it
    ("'AI 포럼'이 10일 열렸다. 김도윤 한빛대 교수와 박서연 다온전자 상무가 발표를 맡아 사례를 소개했다.",
     {"김도윤": {Role.SPEAKER}, "박서연": {Role.SPEAKER}}),
])
def test_a_part_taken_with_a_connective_ending_is_the_subjects(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles[n] for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # attending, then speaking, joined by a connective ending: both parts
    ("'AI 포럼'이 10일 열렸다. 김도윤 다온부 국장이 참석해 정책 방향을 소개했다.", {"김도윤": {Role.ATTENDEE, Role.SPEAKER}}),
    ("'AI 포럼'이 10일 열렸다. 행사에는 김도윤 한빛협회 회장이 참석하여 인사말을 전했다.",
     {"김도윤": {Role.ATTENDEE, Role.HOST_REP}}),
    # what the person did to others is no part of theirs
    ("'AI 포럼'이 10일 열렸다. 김도윤 다온부 국장이 참석해 수상자들을 격려했다.", {"김도윤": {Role.ATTENDEE}}),
    # an object and a comma, its verb left out: each subject has its own part
    ("'AI 포럼'이 10일 열렸다. 1부에서는 김도윤 한빛대 교수가 기조강연을, 박서연 다온텍 대표가 사례발표를 했다.",
     {"김도윤": {Role.KEYNOTE}, "박서연": {Role.SPEAKER}}),
    ("'AI 포럼'이 10일 열렸다. 김도윤 한빛대 교수가 좌장을, 박서연 다온텍 대표와 최민준 누리소프트 대표가 토론을 맡았다.",
     {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
])
def test_attending_then_speaking_and_gapped_verbs_after_objects(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles[n] for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part noun for people as a label before a colon or 는: the names after it hold the part
    ("'AI 포럼'이 10일 열렸다.\n발표자: 김도윤(한빛대 교수), 박서연(다온텍 대표)", {"김도윤": {Role.SPEAKER}, "박서연": {Role.SPEAKER}}),
    ("'AI 포럼'이 10일 열렸다. 토론자: 김도윤 한빛대 교수, 박서연 다온텍 대표", {"김도윤": {Role.PANELIST}, "박서연": {Role.PANELIST}}),
    ("'AI 포럼'이 10일 열렸다. 발표자는 김도윤(한빛대 교수), 박서연(다온텍 대표)이다.",
     {"김도윤": {Role.SPEAKER}, "박서연": {Role.SPEAKER}}),
])
def test_a_part_noun_for_people_as_a_label(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles[n] for n in expected} == expected


@pytest.mark.parametrize(("text", "reporter"), [
    # a reporter's title written apart from the name (선임기자, 수석기자, 사진기자) is no fused name
    ("한빛협회는 10일 서울 코엑스에서 'AI 포럼'을 열었다.\n김도현 선임기자", "김도현"),
    ("한빛협회는 10일 서울 코엑스에서 'AI 포럼'을 열었다.\n김도현 수석기자 kim@news.kr", "김도현"),
    ("한빛협회는 10일 서울 코엑스에서 'AI 포럼'을 열었다.\n사진=이하준 사진기자", "이하준"),
    # a name fused with 기자 still is one
    ("한빛협회는 10일 서울 코엑스에서 'AI 포럼'을 열었다.\n김도현기자", "김도현"),
    # a mark written right before the name (▶, ※) is no part of it
    ("한빛협회는 10일 서울 코엑스에서 'AI 포럼'을 열었다.\n▶김도현 기자", "김도현"),
    ("한빛협회는 10일 서울 코엑스에서 'AI 포럼'을 열었다.\n※김도현 기자 kim@news.kr", "김도현"),
])
def test_a_reporters_title_apart_from_the_name(text: str, reporter: str) -> None:
    assert _roles(_x(text)) == {reporter: {Role.REPORTER}}


@pytest.mark.parametrize(("text", "roles"), [
    # quoted with an organization and a title in the report of an event of talks: spoke there
    ("'2026 스마트제조 세미나'가 10일 열렸다. 인터랩 박정윤 대표는 \"작은 성공을 빠르게 만들어야 한다\"고 말했다.",
     {Role.QUOTED, Role.SPEAKER}),
    ("한빛협회는 10일 '2026 AI 컨퍼런스'를 열었다. 다온화학 박찬샘 팀장은 \"데이터가 핵심\"이라고 설명했다.",
     {Role.QUOTED, Role.SPEAKER}),
    # not at a competition or a ceremony, not with no title, not for the host
    ("'2026 AI 해커톤'이 10일 열렸다. 다온대 배진우 부단장은 \"참가자가 늘었다\"고 말했다.", {Role.QUOTED}),
    ("'다온위원회 출범식'이 10일 열렸다. 한빛조합 한병준 이사장은 \"힘을 모으자\"고 말했다.", {Role.QUOTED}),
    ("한빛협회는 10일 '2026 AI 포럼'을 열었다. 한빛협회 김도윤 회장은 \"AI가 답이다\"라고 말했다.",
     {Role.QUOTED, Role.HOST_REP}),
])
def test_quoted_at_an_event_of_talks(text: str, roles: set[Role]) -> None:
    found = _roles(_x(text))
    [person] = [n for n in found if n != "기자"]
    assert found[person] == roles


def test_quoted_at_an_event_of_talks_with_the_organization_of_the_sentence_before() -> None:
    text = ("'2026 스마트제조 세미나'가 10일 열렸다. 다온오토는 AI 도입 사례를 소개했다. 장연세 상무는 \"수요기업 중심의 "
            "생태계가 열쇠\"라고 강조했다.")
    assert _roles(_x(text))["장연세"] == {Role.QUOTED, Role.SPEAKER}


@pytest.mark.parametrize(("text", "expected"), [
    # a country written as one Hanja letter before the organization
    ("'AI 포럼'이 10일 열렸다. 김도윤 美 다온대 교수가 발표했다.", ("김도윤", "다온대", "교수")),
    ("'AI 포럼'이 10일 열렸다. 존 스미스 美 다온대 교수가 발표했다.", ("존 스미스", "다온대", "교수")),
    ("'AI 포럼'이 10일 열렸다. 김도윤 日 다온전자 부사장이 발표했다.", ("김도윤", "다온전자", "부사장")),
])
def test_a_country_as_one_hanja_letter_before_the_organization(text: str, expected: tuple) -> None:
    x = _x(text)
    assert _affs(x) == [expected] and _roles(x)[expected[0]] == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "role"), [
    # a caption that opens with the order of the people: they do what the sentence before says
    ("'2026 AI 포럼'이 10일 열렸다. 패널토론 참석자들이 기념촬영을 하고 있다. (왼쪽부터) 김도윤 한빛대 교수, 박서연 다온전자 상무.",
     Role.PANELIST),
    ("'2026 AI 포럼'이 10일 열렸다. 이날 연사들이 기념촬영을 했다. 왼쪽부터 김도윤 한빛대 교수, 박서연 다온전자 상무.",
     Role.SPEAKER),
    ("'2026 AI 포럼'이 10일 열렸다. 패널토론 참석자들이 기념촬영을 하고 있다. 뒷줄 오른쪽 두 번째부터 김도윤 한빛대 교수, "
     "박서연 다온전자 상무.", Role.PANELIST),
    # guests who pose are pictured only
    ("'2026 AI 포럼'이 10일 열렸다. 참석자들이 기념촬영을 하고 있다. (왼쪽부터) 김도윤 한빛대 교수, 박서연 다온전자 상무.",
     Role.ATTENDEE),
    # a list of the people pictured, each with where they stand
    ("'2026 AI 포럼'이 10일 열렸다. 좌담회 참석자들이 기념촬영을 하고 있다. 김도윤(가운데) 한빛대 교수, 박서연(왼쪽) "
     "다온전자 상무.", Role.ATTENDEE),
    ("'2026 AI 포럼'이 10일 열렸다. 패널토론 참석자들이 토론하고 있다. 김도윤(가운데) 한빛대 교수, 박서연(왼쪽 두번째) "
     "다온전자 상무.", Role.PANELIST),
    # a caption that says what they do itself: pictured only, whatever the sentence before was about
    ("'2026 AI 포럼'이 10일 열렸다. 세션3에서는 안전 표준을 두고 토론이 이어졌다. (왼쪽부터) 김도윤 한빛대 교수, 박서연 "
     "다온전자 상무가 기념촬영을 하고 있다.", Role.ATTENDEE),
    ("'2026 AI 포럼'이 10일 열렸다. 오후에는 패널토론이 진행됐다. 사진 왼쪽부터 김도윤 한빛대 교수, 박서연 다온전자 상무가 "
     "협약서를 들고 있다.", Role.ATTENDEE),
])
def test_a_caption_after_a_sentence_about_a_part(text: str, role: Role) -> None:
    roles = _roles(_x(text))
    assert roles["김도윤"] == {role} and roles["박서연"] == {role}


@pytest.mark.parametrize("text", [
    # a university's full name and its short form (…대학교, …대) are one organization, named by the full one
    "한빛대학교가 주최한 'AI 포럼'이 10일 열렸다. 한빛대 정하윤 총장이 환영사를 했다.",
    "한빛대가 주최한 'AI 포럼'이 10일 열렸다. 한빛대학교 정하윤 총장이 환영사를 했다.",
])
def test_a_university_and_its_short_form_are_one(text: str) -> None:
    x = _x(text)
    assert [o.name for o in x.organizations] == ["한빛대학교"]
    assert x.people[0].affiliations[0].org == x.events[0].organizers[0]


def test_a_unit_of_a_university_by_either_form_is_one() -> None:
    x = _x("'AI 포럼'이 10일 열렸다. 한빛대학교 AI융합연구소가 주최하고 한빛대 AI융합연구소가 주관했다.")
    assert [o.name for o in x.organizations] == ["한빛대학교 AI융합연구소"]


@pytest.mark.parametrize(("text", "expected"), [
    # a part at an earlier edition is no part at this one
    ("'제5회 AI 포럼'이 5일 열렸다. 박서연 다온대 교수가 발표했다. 지난해 4회 포럼에서는 김도윤 한빛대 교수가 기조강연을 맡은 바 "
     "있다.", {"박서연": {Role.SPEAKER}, "김도윤": set()}),
    ("'제5회 AI 포럼'이 5일 열렸다. 작년 행사에서는 김도윤 한빛대 교수가 좌장을 맡았다. 박서연 다온대 교수가 발표했다.",
     {"박서연": {Role.SPEAKER}, "김도윤": set()}),
    # … but "지난해에 이어" carries it on into this one
    ("'제5회 AI 포럼'이 5일 열렸다. 지난해에 이어 올해도 김도윤 한빛대 교수가 기조강연을 맡았다.", {"김도윤": {Role.KEYNOTE}}),
])
def test_a_part_at_an_earlier_edition(text: str, expected: dict) -> None:
    roles = {p.name: {r.role for r in p.roles} for p in _x(text).people}
    assert {n: roles.get(n, set()) for n in expected} == expected



@pytest.mark.parametrize(("text", "expected"), [
    # the programme names what each numbered half holds; a sentence about one half gives its part to the
    # people with none of their own
    ("'AI 포럼'이 14일 열렸다. 이날 포럼은 1부 기조강연, 2부 주제발표 순으로 진행됐다. 1부에서는 오세린 한빛대 교수가 "
     "나섰다. 2부에서는 권도훈 다온연구소 책임연구원과 임채원 다온정밀 대표가 연단에 섰다.",
     {"오세린": {Role.KEYNOTE}, "권도훈": {Role.SPEAKER}, "임채원": {Role.SPEAKER}}),
    ("'AI 포럼'이 14일 열렸다. 행사는 1부 기조강연과 2부 패널토론으로 구성됐다. 1부는 오세린 한빛대 교수가 맡았다. "
     "2부에는 권도훈 다온연구소 책임연구원과 임채원 다온정밀 대표가 참여했다.",
     {"오세린": {Role.KEYNOTE}, "권도훈": {Role.PANELIST}, "임채원": {Role.PANELIST}}),
    # a part of one's own stays
    ("'AI 포럼'이 14일 열렸다. 행사는 1부 기조강연과 2부 패널토론으로 구성됐다. 2부에서는 오세린 한빛대 교수가 좌장을 "
     "맡았다.", {"오세린": {Role.MODERATOR}}),
    # with no half named, "1부에서는" gives nothing
    ("'AI 포럼'이 14일 열렸다. 1부에서는 오세린 한빛대 교수가 나섰다.", {"오세린": set()}),
])
def test_a_numbered_half_gives_the_part_the_programme_names(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize("text", [
    # a foreign name's last word and a title point back to the full name
    "'AI 세미나'가 20일 열린다. 연사로는 독일 프라운호퍼연구소의 미하엘 바그너(Michael Wagner) 박사가 초청됐다. 바그너 박사는 "
    "'인더스트리 4.0 이후의 공장'을 발표한다.",
    "'AI 세미나'가 20일 열린다. 미하엘 바그너 프라운호퍼연구소 박사가 참석했다. 바그너 박사는 '인더스트리 4.0 이후의 공장'을 "
    "주제로 강연했다.",
])
def test_a_foreign_surname_and_title_point_back(text: str) -> None:
    [p] = _x(text).people
    assert p.name == "미하엘 바그너" and "인더스트리 4.0 이후의 공장" in {r.talk_title for r in p.roles}


@pytest.mark.parametrize(("text", "name"), [
    # ... also a last word of one syllable that is no Korean surname (응, 팜)
    ("'AI 세미나'가 20일 열린다. 기조연설은 미하엘 응 다온AI 창업자가 맡는다. 응 창업자는 '인더스트리 4.0 이후의 공장'을 "
     "주제로 발표할 예정이다.", "미하엘 응"),
    ("'AI 세미나'가 20일 열린다. 미하엘 팜 다온AI 박사가 참석했다. 팜 박사는 '인더스트리 4.0 이후의 공장'을 주제로 강연했다.",
     "미하엘 팜"),
])
def test_a_foreign_surname_of_one_syllable_points_back(text: str, name: str) -> None:
    [p] = _x(text).people
    assert p.name == name and "인더스트리 4.0 이후의 공장" in {r.talk_title for r in p.roles}


@pytest.mark.parametrize(("text", "name"), [
    # a foreign name's last word of one syllable that is a Korean surname too (황 CEO: 젠슨 황), and a last word the
    # analyser reads a particle into (나델라): the quote is that person's
    ("'AI 서밋'이 20일 열렸다. 젠슨 황 엔비디아 CEO가 특별연설을 했다. 황 CEO는 \"한국은 AI 공장의 최적지\"라고 말했다.",
     "젠슨 황"),
    ("'AI 서밋'이 20일 열렸다. 사티아 나델라 마이크로소프트 CEO가 발표했다. 나델라 CEO는 \"데이터가 핵심\"이라고 말했다.",
     "사티아 나델라"),
])
def test_a_foreign_names_last_word_and_title_point_back(text: str, name: str) -> None:
    [p] = _x(text).people
    assert p.name == name and Role.QUOTED in {r.role for r in p.roles}


@pytest.mark.parametrize(("text", "names"), [
    # a noun for a group of people before 대표 is the group a person represents, no name
    ("'AI 발대식'이 15일 열렸다. 선서는 단원 대표인 한빛대 4학년 채다은 씨가 했다.", ["채다은"]),
    ("'AI 체육대회'가 15일 열렸다. 이어 선수 대표 김민수 씨가 선서를 했다.", ["김민수"]),
])
def test_a_group_noun_before_a_representative_is_no_name(text: str, names: list[str]) -> None:
    assert [p.name for p in _x(text).people] == names


@pytest.mark.parametrize(("text", "expected"), [
    # the people taking part in a clause a discussion is held amid sat on it; the talk before 에 이어 is its giver's
    ("'AI 포럼'이 12일 열렸다. 이날 행사에서는 김도윤 한빛대 교수의 'AI와 일자리' 특강에 이어 박서연 다온랩 대표, 최민준 누리소프트 "
     "이사가 참여한 가운데 '현장의 AI'를 주제로 토론이 진행됐다.",
     {"김도윤": {Role.SPEAKER}, "박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    ("'AI 포럼'이 12일 열렸다. 박서연 다온랩 대표와 최민준 누리소프트 이사가 참여한 가운데 열띤 토론이 펼쳐졌다.",
     {"박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    # a discussion set by the sentence's opening words: every subject of the sentence sat on it
    ("'AI 포럼'이 12일 열렸다. 이어진 토론에서 박서연 다온랩 대표는 \"데이터가 핵심\"이라고 말했고, 최민준 누리소프트 이사는 "
     "인력 문제를 지적했다.", {"박서연": {Role.PANELIST, Role.QUOTED}, "최민준": {Role.PANELIST}}),
    ("'AI 포럼'이 12일 열렸다. 패널토론에서 박서연 다온랩 대표는 사례를 소개했고, 최민준 누리소프트 이사는 과제를 짚었다.",
     {"박서연": {Role.PANELIST}, "최민준": {Role.PANELIST}}),
    # attending the event held amid, or a counted crowd, is no panel
    ("'AI 포럼'이 12일 열렸다. 김도윤 장관이 참석한 가운데 토론회가 열렸다.", {"김도윤": {Role.ATTENDEE}}),
])
def test_a_discussion_held_amid_and_set_by_the_opening(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part owned by a person's genitive with 씨 between ("A 씨의 진행으로") is that person's alone
    ("'AI 포럼'이 12일 열렸다. 토크콘서트에서는 방송인 최민준 씨의 진행으로 박서연 다온랩 대표와 정하은 루미AI 연구원이 이야기를 "
     "나눴다.", {"최민준": {Role.MODERATOR}, "박서연": {Role.SPEAKER}, "정하은": {Role.SPEAKER}}),
    ("'AI 포럼'이 12일 열렸다. 패널토론은 아나운서 최민준 씨의 사회로 박서연 다온랩 대표와 정하은 루미AI 연구원이 참여했다.",
     {"최민준": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "정하은": {Role.PANELIST}}),
])
def test_a_part_owned_by_a_genitive_with_ssi(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize("text", [
    # a message sent by video or in writing is a greeting, as 축하 영상 is
    "포럼에서 김민수 과기정통부 장관은 영상 메시지를 통해 AI 인재 양성을 강조했다.",
    "포럼에서 김민수 과기정통부 장관은 서면 메시지로 포럼 개최를 축하했다.",
])
def test_a_message_sent_to_the_event_is_a_greeting(text: str) -> None:
    assert _roles(_x(text)) == {"김민수": {Role.OTHER}}


@pytest.mark.parametrize(("text", "roles"), [
    # a discussion round by its other names gives its people the panel
    ("한빛협회는 12일 '2025 제조AI 포럼'을 열었다. 이어진 라운드테이블에서는 김도윤 한빛대 교수와 이수진 다온 대표가 의견을 나눴다.",
     {"김도윤": {Role.PANELIST}, "이수진": {Role.PANELIST}}),
    ("한빛협회는 12일 '2025 제조AI 포럼'을 열었다. 원탁 토론에는 김도윤 한빛대 교수와 이수진 다온 대표가 나섰다.",
     {"김도윤": {Role.PANELIST}, "이수진": {Role.PANELIST}}),
    # answering the audience's questions is speaking to it
    ("한빛협회는 12일 '2025 제조AI 포럼'을 열었다. 질의응답 시간에는 김도윤 한빛대 교수가 참석자들의 질문에 답했다.",
     {"김도윤": {Role.SPEAKER}}),
    # (exchanging views at a minister's meeting is no part on stage)
    ("한빛부는 12일 'AI 간담회'를 열었다. 이날 간담회에서 이수진 다온 대표 등은 규제 개선에 대해 의견을 나눴다.",
     {"이수진": set()}),
])
def test_discussion_rounds_and_answers(text: str, roles: dict) -> None:
    x = _x(text)
    assert {p.name: {r.role for r in p.roles} for p in x.people} == roles


@pytest.mark.parametrize("name", ["이수진", "김하준", "박지훈"])
def test_a_parts_noun_the_analyser_reads_as_a_copula(name: str) -> None:
    # "발표자 이수진은": 발표자 may be read as 발표 + 이 + 자; the word as written is the part's noun
    x = _x(f"한빛협회는 12일 '2025 제조AI 포럼'을 열었다. 발표자 {name}은 데이터를 강조했다.")
    assert {p.name: {r.role for r in p.roles} for p in x.people} == {name: {Role.SPEAKER}}


@pytest.mark.parametrize(("text", "roles"), [
    # the next turn of a programme gives its one person the talk the turns before gave
    ("한빛협회는 12일 '2025 제조AI 포럼'을 열었다. 첫 발표자로 나선 김도윤 한빛대 교수는 표준화를 강조했다. 다음으로 이수진 "
     "다온 대표가 사례를 소개했다. 마지막으로 박서준 누리 상무는 시장 전망을 내놨다.",
     {"김도윤": {Role.SPEAKER}, "이수진": {Role.SPEAKER}, "박서준": {Role.SPEAKER}}),
    # (a turn's word before someone who does something else than the turns before is no talk)
    ("한빛협회는 12일 '2025 제조AI 포럼'을 열었다. 김도윤 한빛대 교수가 발표했다. 이어 행사장을 찾은 이수진 다온 대표는 부스를 "
     "둘러봤다.", {"김도윤": {Role.SPEAKER}, "이수진": {Role.ATTENDEE}}),
])
def test_the_next_turn_of_a_programme(text: str, roles: dict) -> None:
    assert _roles(_x(text)) == roles


@pytest.mark.parametrize(("text", "roles"), [
    # a part one attends as is that part, for every name it describes
    ("한빛협회는 12일 '2025 제조AI 포럼'을 열었다. 패널로 참석한 김도윤 교수, 이수진 대표는 데이터 공유를 강조했다.",
     {"김도윤": {Role.PANELIST}, "이수진": {Role.PANELIST}}),
    ("한빛협회는 12일 '2025 제조AI 포럼'을 열었다. 토론자로 참여한 김도윤 한빛대 교수와 이수진 다온 대표는 규제를 논의했다.",
     {"김도윤": {Role.PANELIST}, "이수진": {Role.PANELIST}}),
])
def test_a_part_one_attends_as(text: str, roles: dict) -> None:
    assert _roles(_x(text)) == roles


@pytest.mark.parametrize(("text", "expected"), [
    # a part of two words set as the sentence's topic holds past a chair's clause ("패널 토론에는")
    ("'AI 포럼'이 12일 열렸다. 패널 토론에는 좌장을 맡은 박종오 한빛대 교수와 함께 이재원 누리로보틱스 전무, 최혁렬 가온대 교수가 "
     "참여했다.", {"박종오": {Role.MODERATOR}, "이재원": {Role.PANELIST}, "최혁렬": {Role.PANELIST}}),
    ("'AI 포럼'이 12일 열렸다. 종합 토론에서는 사회를 맡은 김도윤 한빛대 교수와 함께 박서연 누리전자 상무가 의견을 나눴다.",
     {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}}),
    # a part written as a bare topic that its own clause's verb takes is that clause's alone
    ("'AI 포럼'이 12일 열렸다. 기조 강연은 김선우 한빛대 교수가 맡고 장인성 누리대 총장, 홍순국 가온랩 대표가 발표했다.",
     {"김선우": {Role.KEYNOTE}, "장인성": {Role.SPEAKER}, "홍순국": {Role.SPEAKER}}),
    ("'AI 포럼'이 12일 열렸다. 기조 발제는 김선우 한빛대 교수가 진행하며 장인성 누리대 총장, 홍순국 가온랩 대표가 참석했다.",
     {"김선우": {Role.KEYNOTE}, "장인성": {Role.ATTENDEE}, "홍순국": {Role.ATTENDEE}}),
    # while a topic whose clause names another part (좌장) is the whole sentence's
    ("'AI 포럼'이 12일 열렸다. 패널토론은 김선우 한빛대 교수가 좌장을 맡아 장인성 누리대 총장, 홍순국 가온랩 대표가 참여했다.",
     {"김선우": {Role.MODERATOR}, "장인성": {Role.PANELIST}, "홍순국": {Role.PANELIST}}),
    # a post held now ("맡고 있는") describes the name after it and closes no clause
    ("'AI 포럼'이 12일 열렸다. 기조강연은 한빛협회 회장을 맡고 있는 김선우 교수가 했다.", {"김선우": {Role.KEYNOTE}}),
])
def test_a_topic_part_reaches_as_far_as_its_clause(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the topic in parentheses of a marked list's last item, before "순으로" / "등이"
    ("'AI 포럼'이 12일 열렸다. 발표는 ▲조성배 한빛대 교수(AI와 로봇) ▲이은주 누리전자 부사장(제조 GPT 활용) 순으로 진행됐다.",
     {"조성배": "AI와 로봇", "이은주": "제조 GPT 활용"}),
    ("'AI 포럼'이 12일 열렸다. 2부에서는 ▲김재환 가온랩 상무(스마트팩토리 혁신) ▲이은주 누리전자 부사장(제조 GPT) 순서로 "
     "발표가 이어졌다.", {"김재환": "스마트팩토리 혁신", "이은주": "제조 GPT"}),
])
def test_a_topic_in_parentheses_before_the_lists_order(text: str, expected: dict) -> None:
    x = _x(text)
    assert {p.name: next((r.talk_title for r in p.roles if r.talk_title), None) for p in x.people} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # presenting a strategy or plan at the event is a talk ("소개했다", "공유했다")
    ("'AI 포럼'이 5일 열렸다. 박지은 한빛랩 이사가 플랫폼 도입 전략을 공유했다.", {"박지은": {Role.SPEAKER}}),
    ("'AI 포럼'이 5일 열렸다. 김민수 누리전자 상무는 AI 전환 로드맵을 소개했다.", {"김민수": {Role.SPEAKER}}),
    # and so is "발표" of one in a session the sentence is set in
    ("'AI 포럼'이 5일 열렸다. 이어진 세션에서는 박지은 한빛랩 이사가 플랫폼 도입 전략을 발표했다.", {"박지은": {Role.SPEAKER}}),
    # (or in the gathering itself: "이 자리에서", "이날 포럼에서")
    ("'AI 포럼'이 5일 열렸다. 이 자리에서 박지은 한빛랩 이사는 플랫폼 도입 전략을 발표했다.", {"박지은": {Role.SPEAKER}}),
    ("'AI 포럼'이 5일 열렸다. 박지은 한빛랩 이사는 이날 포럼에서 피지컬 AI 로드맵을 발표했다.", {"박지은": {Role.SPEAKER}}),
    # (or the gathering by its name, quoted or not)
    ("'AI 포럼'이 5일 열렸다. 박지은 한빛랩 이사는 지난 3일 열린 '스마트제조 혁신포럼'에서 AI 도입 전략을 발표했다.",
     {"박지은": {Role.SPEAKER}}),
    ("'AI 포럼'이 5일 열렸다. 박지은 한빛랩 이사는 AI 포럼에서 플랫폼 전략을 발표해 주목을 받았다.",
     {"박지은": {Role.SPEAKER}}),
    ("'AI 포럼'이 5일 열렸다. 박지은 한빛랩 이사는 피지컬 AI 전략을 발표했다.", {"박지은": set()}),
    # announcing a plan is no talk; a congratulatory speech keeps its own part
    ("'AI 포럼'이 5일 열렸다. 유상임 과기정통부 장관은 이날 AI 기본계획을 발표했다.", {"유상임": set()}),
    ("'AI 포럼'이 5일 열렸다. 유상임 과기정통부 장관은 축사에서 정부의 AI 정책 방향을 소개했다.", {"유상임": {Role.OTHER}}),
])
def test_presenting_a_strategy_is_a_talk_announcing_a_plan_is_not(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize(("text", "title"), [
    # the talk's title after the subject and a word of when or where it spoke
    ("'AI 포럼'이 5일 열렸다. 박서연 누리전자 상무는 이날 '피지컬 AI 시대'를 주제로 특강했다.", "피지컬 AI 시대"),
    ("'AI 포럼'이 5일 열렸다. 김도윤 한빛대 교수는 이 자리에서 '제조 데이터의 가치'에 대해 강연했다.", "제조 데이터의 가치"),
    ("'AI 포럼'이 5일 열렸다. 이하준 가온랩 대표는 마지막으로 '에이전트와 공장'을 주제로 발표했다.", "에이전트와 공장"),
    # ... or how it spoke (by video, online), one or two such words
    ("'AI 포럼'이 5일 열렸다. 이어 앤드루 응 가온랩 대표가 화상으로 '산업 AI의 다음 10년'을 주제로 특별강연을 했다.",
     "산업 AI의 다음 10년"),
    ("'AI 포럼'이 5일 열렸다. 김도윤 한빛대 교수는 이날 온라인으로 '제조 데이터의 가치'에 대해 강연했다.", "제조 데이터의 가치"),
])
def test_a_talks_title_after_a_word_of_when(text: str, title: str) -> None:
    [p] = _x(text).people
    assert [r.talk_title for r in p.roles] == [title]


@pytest.mark.parametrize(("text", "title"), [
    # what the subject shared, quoted, is its talk
    ("'AI 포럼'이 5일 열렸다. 이어 박서연 누리전자 상무가 '철강 공정 예지보전 사례'를 공유했다.", "철강 공정 예지보전 사례"),
    ("'AI 포럼'이 5일 열렸다. 박서연 누리전자 상무는 이날 '스마트 물류 3년의 기록'을 공유했다.", "스마트 물류 3년의 기록"),
    ("'AI 포럼'이 5일 열렸다. 이어 박서연 누리전자 상무가 무대에 올라 '스마트 물류 3년의 기록'을 공유했다.",
     "스마트 물류 3년의 기록"),
    # (guards: passed before) what one presented names as often a product: no talk's title
    ("'AI 포럼'이 5일 열렸다. 박서연 누리전자 상무는 '누리 비전 검사기'를 소개했다.", None),
])
def test_a_shared_quote_is_the_talks_title(text: str, title: str | None) -> None:
    [p] = _x(text).people
    assert [r.talk_title for r in p.roles] == [title]


@pytest.mark.parametrize(("text", "expected"), [
    # closed syllables only a foreign name is written with (클, 슨, 튼 …): the two words are one foreign name
    ("'AI 포럼'이 5일 열렸다. 마이클 로건 스캐터랩 최고기술책임자가 기조연설을 했다.", ("마이클 로건", "스캐터랩", "최고기술책임자")),
    ("'AI 포럼'이 5일 열렸다. 잭슨 리 한빛소프트 대표가 발표했다.", ("잭슨 리", "한빛소프트", "대표")),
])
def test_closed_foreign_syllables_make_a_foreign_name(text: str, expected: tuple) -> None:
    assert _affs(_x(text)) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign name, its organization with the alias in parentheses, the title (in parentheses too)
    ("'AI 포럼'이 5일 열렸다. 사티아 나델라 마이크로소프트(MS) 최고경영자(CEO)가 발표자로 나섰다.",
     ("사티아 나델라", "마이크로소프트", "최고경영자")),
    ("'AI 포럼'이 5일 열렸다. 존 스미스 한빛테크(Hanbit Tech) 부사장이 발표했다.", ("존 스미스", "한빛테크", "부사장")),
])
def test_a_foreign_name_before_an_organization_with_its_alias(text: str, expected: tuple) -> None:
    assert _affs(_x(text)) == [expected]


@pytest.mark.parametrize("text", [
    # a programme table's row: time, part, speaker, talk, parted by bars
    "'AI 포럼'이 5일 열렸다.\n10:00~10:30 | 기조강연 | 김도윤 한빛대 교수 | AI의 미래\n"
    "10:30~11:00 | 주제발표 | 박서연 누리전자 상무 | 제조 데이터 전략\n",
    # the part in brackets, the talk after a spaced dash
    "'AI 포럼'이 5일 열렸다.\n[기조강연] 김도윤 한빛대 교수 - AI의 미래\n[주제발표] 박서연 누리전자 상무 - 제조 데이터 전략\n",
])
def test_a_programme_rows_talk_after_a_bar_or_a_dash(text: str) -> None:
    x = _x(text)
    assert {p.name: [(r.role, r.talk_title) for r in p.roles] for p in x.people} == {
        "김도윤": [(Role.KEYNOTE, "AI의 미래")], "박서연": [(Role.SPEAKER, "제조 데이터 전략")]}


@pytest.mark.parametrize(("text", "role"), [
    # a header line of its own naming the people of a part ("■ 발표자", "◇ 토론자"): the items below take it
    ("'AI 포럼'이 5일 열렸다.\n■ 발표자\n- 김도윤 한빛대 교수\n- 박서연 누리전자 상무", Role.SPEAKER),
    ("'AI 포럼'이 5일 열렸다.\n◇ 토론자\n김도윤 한빛대 교수, 박서연 누리전자 상무", Role.PANELIST),
])
def test_a_header_naming_the_people_of_a_part(text: str, role: Role) -> None:
    assert _roles(_x(text)) == {"김도윤": {role}, "박서연": {role}}


@pytest.mark.parametrize(("text", "roles"), [
    # as many people before 각각 as parts listed after it: paired in the order written
    ("김도윤 한빛대 교수와 박서연 다온전자 상무는 각각 기조강연과 주제발표를 맡았다.",
     {"김도윤": {Role.KEYNOTE}, "박서연": {Role.SPEAKER}}),
    # one chair and the rest on the panel
    ("김도윤 교수와 박서연 상무, 이하늘 대표가 각각 좌장과 토론자로 참여했다.",
     {"김도윤": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "이하늘": {Role.PANELIST}}),
    # (each takes the one part in a session of their own: no list of parts)
    ("이수영 한빛대 교수와 정지훈 다온대 교수가 각각 좌장을 맡아 자유 토론을 진행한다.",
     {"이수영": {Role.MODERATOR}, "정지훈": {Role.MODERATOR}}),
])
def test_parts_taken_respectively(text: str, roles: dict[str, set[Role]]) -> None:
    assert _roles(_x("'2026 AI 포럼'이 10일 열렸다. " + text)) == roles


@pytest.mark.parametrize(("text", "expected"), [
    # watching the event as a visitor; running a workshop; giving the session that opens or closes the programme
    ("'AI 포럼'이 5일 열렸다. 이날 김지훈 다온테크 상무는 전시를 참관했다.", {"김지훈": {Role.ATTENDEE}}),
    ("'AI 포럼'이 5일 열렸다. 이날 김지훈 다온테크 상무는 워크숍을 진행했다.", {"김지훈": {Role.SPEAKER}}),
    ("'AI 포럼'이 5일 열렸다. 이날 김지훈 다온테크 상무가 오프닝 세션을 맡았다.", {"김지훈": {Role.SPEAKER}}),
    ("'AI 포럼'이 5일 열렸다. 클로징 세션에 나선 김지훈 다온테크 상무는 계획을 소개했다.", {"김지훈": {Role.SPEAKER}}),
    # (presiding over the opening session is the chair's)
    ("'AI 포럼'이 5일 열렸다. 김지훈 다온테크 상무가 오프닝 세션을 주재했다.", {"김지훈": {Role.MODERATOR}}),
])
def test_visiting_workshops_and_the_opening_session(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


# ("미국" passed before: a second shape)
@pytest.mark.parametrize("place", ["판교", "여의도", "경남", "미국"])
def test_a_district_province_or_country_before_the_reporter_is_not_the_outlet(place: str) -> None:
    x = _x(f"미래협회는 24일 코엑스에서 포럼을 열었다.\n{place}=이서진 기자 sjlee@example.com")
    assert x.reporter_org is None and _affs(x) == [("이서진", None, "기자")]
    y = _x("미래협회는 24일 코엑스에서 포럼을 열었다.\n다온경제=이서진 기자")  # (an outlet still is one)
    assert _affs(y) == [("이서진", "다온경제", "기자")]


@pytest.mark.parametrize("beat", ["국회", "국방부", "청와대", "정부세종청사"])
def test_the_press_room_before_the_reporter_is_not_the_outlet(beat: str) -> None:
    # "국회=이서진 기자": the press room the report was filed from, not the outlet (as a city is not)
    x = _x(f"미래협회는 24일 코엑스에서 포럼을 열었다.\n{beat}=이서진 기자")
    assert x.reporter_org is None and _affs(x) == [("이서진", None, "기자")]


_FORUM_HELD = "한빛협회는 10일 'AI 포럼'을 열었다. "


@pytest.mark.parametrize("text, expected", [
    # a journalist a sentence gives a part to takes it (the title takes a particle: no byline)
    ("사회는 여승현 다온일보 기자가 맡았다.", {"여승현": {Role.MODERATOR}}),
    ("대담 진행은 한빛경제 김도윤 기자가 맡았다. 대담에는 박민수 다온 대표가 나섰다.",
     {"김도윤": {Role.MODERATOR}, "박민수": {Role.SPEAKER}}),
    # (guards: a byline, a broadcast's reporter introduced, and the page's line about the writer)
    ("행사에는 200여 명이 참석했다.\n이서진 기자 sjlee@example.com", {"이서진": {Role.REPORTER}}),
    ("이서진 기자가 그 현장을 소개해드립니다.\n행사에는 200여 명이 참석했다.", {"이서진": {Role.REPORTER}}),
    ("행사에는 200여 명이 참석했다.\n이서진 기자 sjlee@example.com\n이서진 기자의 다른 기사 보기",
     {"이서진": {Role.REPORTER}}),
])
def test_a_journalist_taking_a_part_is_no_byline(text: str, expected: dict) -> None:
    x = _x(_FORUM_HELD + text)
    assert {p.name: {r.role for r in p.roles} for p in x.people if p.name in expected} == expected
    assert len(x.people) == len(expected)


@pytest.mark.parametrize("text, expected", [
    # an adnominal clause's part is the one person it describes, not whoever the sentence names after
    ("대담에서는 진행을 맡은 여승현 다온일보 부장의 질문에 구자영 다온 대표가 답했다.",
     {"여승현": {Role.MODERATOR}, "구자영": {Role.SPEAKER}}),
    ("사회를 맡은 여승현 한빛대 교수는 구자영 다온 대표에게 질문했다.", {"여승현": {Role.MODERATOR}, "구자영": set()}),
    ("좌장을 맡은 여승현 한빛대 교수가 구자영 다온 대표와 이민수 교수에게 질문을 던졌다.",
     {"여승현": {Role.MODERATOR}, "구자영": set(), "이민수": set()}),
    # (guards: a list joined by 와 or commas shares the clause; a topic frame holds for all)
    ("패널로 나선 여승현 한빛대 교수와 구자영 다온 대표는 규제를 두고 토론했다.",
     {"여승현": {Role.PANELIST}, "구자영": {Role.PANELIST}}),
    ("패널토론에는 좌장인 여승현 한빛대 교수를 비롯해 구자영 다온 대표, 이민수 누리랩 이사가 참여했다.",
     {"여승현": {Role.MODERATOR}, "구자영": {Role.PANELIST}, "이민수": {Role.PANELIST}}),
])
def test_an_adnominal_clause_describes_the_one_person_after_it(text: str, expected: dict) -> None:
    roles = _roles(_x(_FORUM_HELD + text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # presiding written right after a person (no particle between) is theirs, not another's before it
    ("한빛부(장관 강민지)는 10일 윤재석 제2차관 주재로 'AI 간담회'를 열었다.",
     {"강민지": {Role.HOST_REP}, "윤재석": {Role.MODERATOR}}),
    ("한빛협회(회장 강민지)는 윤재석 한빛대 교수 주재로 'AI 간담회'를 열었다.",
     {"강민지": {Role.HOST_REP}, "윤재석": {Role.MODERATOR}}),
    # (guard: a subject's own presiding)
    ("'AI 간담회'가 10일 열렸다. 강민지 한빛부 차관이 좌담을 주재했다.", {"강민지": {Role.MODERATOR}}),
])
def test_presiding_written_right_after_a_person_is_theirs(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize("text", [
    "설명회는 오영주 장관의 인사말에 이어, 윤재석 차관이 '2026년 제조 AI 지원사업'을 직접 설명하는 순서로 진행됐다.",
    "이어 윤재석 다온랩 대표가 자사 사례를 발표하는 순서로 진행됐다.",
    "윤재석 한빛부 과장이 '신청 방법'을 직접 설명했다.",
])
def test_a_talk_a_programme_gives_in_turn(text: str) -> None:
    roles = _roles(_x("'AI 정책 설명회'가 26일 열렸다. " + text))
    assert roles["윤재석"] == {Role.SPEAKER}


@pytest.mark.parametrize("text, expected", [
    # a numbered head with no body written: the one body of the article that such a head leads
    ("한빛부는 10일 류제명 제2차관 주재로 'AI 간담회'를 열었다.", ("류제명", "한빛부", "제2차관")),
    ("다온시와 한빛협회가 10일 'AI 포럼'을 열었다. 이날 류제명 제1부시장이 인사말을 했다.", ("류제명", "다온시", "제1부시장")),
    # ... and a deputy head's (data/ko/head_bodies.tsv)
    ("다온시와 한빛협회가 10일 'AI 포럼'을 열었다. 이날 류제명 행정부시장이 인사말을 했다.", ("류제명", "다온시", "행정부시장")),
    ("충청북도와 다온협회가 10일 'AI 포럼'을 열었다. 이날 류제명 부지사가 인사말을 했다.", ("류제명", "충청북도", "부지사")),
    # (guard: the head not numbered, as before)
    ("한빛부는 10일 류제명 차관 주재로 'AI 간담회'를 열었다.", ("류제명", "한빛부", "차관")),
])
def test_a_numbered_heads_body(text: str, expected: tuple) -> None:
    assert _affs(_x(text)) == [expected]


@pytest.mark.parametrize("text, expected", [
    # gapped clauses: each part written as a topic names the people after it, up to the next
    ("좌장은 김민수 한빛대 교수, 토론자는 박서연 다온 대표와 최지훈 누리랩 이사가 맡았다.",
     {"김민수": {Role.MODERATOR}, "박서연": {Role.PANELIST}, "최지훈": {Role.PANELIST}}),
    # (a second shape that passed before)
    ("기조강연은 김민수 한빛대 교수, 주제발표는 박서연 다온 대표가 맡았다.",
     {"김민수": {Role.KEYNOTE}, "박서연": {Role.SPEAKER}}),
    # (guard: a part after the name that no one follows is the name's)
    ("김민수 한빛대 교수가 좌장을 맡았고, 박서연 다온 대표는 토론자로 나섰다.",
     {"김민수": {Role.MODERATOR}, "박서연": {Role.PANELIST}}),
])
def test_gapped_clauses_each_with_its_topic_part(text: str, expected: dict) -> None:
    roles = _roles(_x("'2025 한빛 AI 포럼'이 3일 열렸다. " + text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize("text, role", [
    # a list's label with its 명단 or 목록 before the colon gives the part
    ("발표자 명단: 김민수(한빛대), 박서연(다온)", Role.SPEAKER),
    ("토론자 목록 : 김민수 한빛대 교수, 박서연 다온 대표", Role.PANELIST),  # (passed before: 토론자 is a cue)
    # (guards: the label alone, as before; the list announced, no part)
    ("발표자: 김민수(한빛대), 박서연(다온)", Role.SPEAKER),
    ("발표자 명단이 공개됐다. 김민수 한빛대 교수와 박서연 다온 대표도 참석한다.", Role.ATTENDEE),
])
def test_a_lists_label_with_its_list_word(text: str, role: Role) -> None:
    roles = _roles(_x("'2025 한빛 AI 포럼'이 3일 열렸다.\n" + text))
    assert roles["김민수"] == {role} and roles["박서연"] == {role}


@pytest.mark.parametrize("text, expected", [
    # a broadcast's caption of the one speaking: the name, a slash, the organization and the post
    ("'AI 포럼'이 열렸습니다.\n[인터뷰] 김철수 / 한빛대 교수\n\"데이터가 먼저입니다.\"", ("김철수", "한빛대", "교수")),
    ("<앵커> 'AI 세미나'가 열렸습니다.\n<인터뷰> 최민호 / 누리로봇 대표 : 비용 부담이 큽니다.", ("최민호", "누리로봇", "대표")),
    ("'AI 포럼'이 열렸습니다.\n[이영희 / 다온전자 상무]\n\"재교육이 시급합니다.\"", ("이영희", "다온전자", "상무")),
])
def test_a_broadcasts_caption_of_the_one_speaking(text: str, expected: tuple) -> None:
    x = _x(text)
    [p] = [p for p in x.people if p.name == expected[0]]
    names = {o.id: o.name for o in x.organizations}
    assert (p.name, names[p.affiliations[0].org], p.affiliations[0].title) == expected
    assert Role.QUOTED in {r.role for r in p.roles} and len(p.quotes) == 1


@pytest.mark.parametrize("text", [
    # (guards: a slash in a title, a date, and a byline after a slash are no caption)
    "'AI/로봇 세미나'가 열렸다. 김철수 한빛대 교수가 발표했다.",
    "'AI 세미나'가 2025/12/03 열렸다. 김철수 한빛대 교수가 발표했다.",
    "'AI 세미나'가 열렸다. 김철수 한빛대 교수가 발표했다. /이영희 기자",
])
def test_no_caption_where_a_slash_is_something_else(text: str) -> None:
    x = _x(text)
    assert {p.name for p in x.people} <= {"김철수", "이영희"}
    assert all(len(p.affiliations) <= 1 for p in x.people)


@pytest.mark.parametrize(("text", "expected"), [
    # a subject with its topic as the object, closed by a comma, shares the verb of the parallel subject after it
    ("'AI 포럼'이 24일 열렸다. 세션1에서는 한가온 다온전자 상무가 디지털 트윈 전략을, 세션2에서는 도해솔 누리소프트 이사가 "
     "협동로봇 사례를 각각 발표했다.", {"한가온": {Role.SPEAKER}, "도해솔": {Role.SPEAKER}}),
    ("'AI 포럼'이 24일 열렸다. 정다인 한빛대 교수가 제조 데이터 표준화를, 신예린 다온랩 대표가 품질검사 자동화를 소개했다.",
     {"정다인": {Role.SPEAKER}, "신예린": {Role.SPEAKER}}),
    # (guards, passed before: an object that is a part of its own keeps it)
    ("'AI 포럼'이 24일 열렸다. 한가온 한빛협회 회장이 환영사를, 도해솔 한빛대 교수가 기조강연을 했다.",
     {"한가온": {Role.HOST_REP}, "도해솔": {Role.KEYNOTE}}),
    ("'AI 포럼'이 24일 열렸다. 한가온 한빛협회 회장이 사회를, 도해솔 한빛대 교수가 발표를 맡았다.",
     {"한가온": {Role.MODERATOR}, "도해솔": {Role.SPEAKER}}),
    # prizes, each one's, the verb once after the last (with 각각 between the prize and the verb)
    ("'로봇산업 포상식'이 24일 열렸다. 이날 한가온 한빛로보틱스 대표가 은탑산업훈장을, 도해솔 한빛대 교수가 대통령 표창을 "
     "각각 받았다.", {"한가온": {Role.OTHER}, "도해솔": {Role.OTHER}}),
    ("'로봇산업 포상식'이 24일 열렸다. 이날 한가온 한빛로보틱스 대표가 산업훈장을, 도해솔 한빛대 교수가 장관 표창을 받았다.",
     {"한가온": {Role.OTHER}, "도해솔": {Role.OTHER}}),
])
def test_a_gapped_subject_with_its_topic_as_the_object(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles[n] for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a subject closed by a comma shares the attending of the parallel subjects after it
    ("'AI 포럼'이 24일 열렸다. 정부 측에서는 한가온 한빛부 제2차관이, 업계에서는 도해솔 다온전자 대표와 신예린 누리랩 "
     "대표가 참석했다.", {"한가온": {Role.ATTENDEE}, "도해솔": {Role.ATTENDEE}, "신예린": {Role.ATTENDEE}}),
    ("'AI 포럼'이 24일 열렸다. 이날 한가온 한빛부 차관이, 도해솔 다온전자 대표가 자리했다.",
     {"한가온": {Role.ATTENDEE}, "도해솔": {Role.ATTENDEE}}),
    # (guard: passed before) a clause with a part of its own keeps it
    ("'AI 포럼'이 24일 열렸다. 한가온 한빛협회 회장이 환영사를 했고, 도해솔 다온전자 대표가 참석했다.",
     {"한가온": {Role.HOST_REP}, "도해솔": {Role.ATTENDEE}}),
])
def test_a_gapped_subject_shares_the_attending(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles[n] for n in expected} == expected


def _talks(x: Extraction) -> dict[str, str | None]:
    return {p.name: next((r.talk_title for r in p.roles if r.talk_title), None) for p in x.people}


@pytest.mark.parametrize(("text", "expected"), [
    # a Chinese surname that opens common words too (리, 런), then a title: the Chinese name written whole before
    ("'AI 포럼'이 24일 열렸다. 첫 발표는 다온대 리웨이 교수가 맡았다. 리 교수는 '공장의 모델'을 주제로 강연했다.",
     {"리웨이": "공장의 모델"}),
    ("'AI 포럼'이 24일 열렸다. 한빛전자 런정웨이 부사장이 발표했다. 런 부사장은 '데이터 공장'을 주제로 강연했다.",
     {"런정웨이": "데이터 공장"}),
    # (guard, passed before: no Chinese name before, no one to point back to)
    ("'AI 포럼'이 24일 열렸다. 첫 발표는 다온대 한가온 교수가 맡았다. 리 교수는 '공장의 모델'을 주제로 강연했다.",
     {"한가온": None}),
])
def test_a_chinese_surname_that_opens_words_points_back(text: str, expected: dict) -> None:
    assert _talks(_x(text)) == expected


@pytest.mark.parametrize(("text", "names"), [
    # a team's leader named alone in its parentheses, then their department and year
    ("'AI 해커톤'이 20일 열렸다. 대상은 '스마트용접'팀(팀장 김도윤·기계공학과 4학년)이 차지했다.", ["김도윤"]),
    # (guards, passed before: the leader before a comma; the members listed by name)
    ("'AI 해커톤'이 20일 열렸다. 최우수상은 '누리'팀(팀장 정다인, 전자공학부 3학년)에게 돌아갔다.", ["정다인"]),
    ("'AI 해커톤'이 20일 열렸다. 대상은 '다온'팀(팀장 한가온·도해솔·신예린)이 차지했다.", ["한가온", "도해솔", "신예린"]),
    # the team's word before its quoted name
    ("'AI 해커톤'이 20일 열렸다. 대상은 팀 '스마트용접'(팀장 김도윤·기계공학과 4학년)이 차지했다.", ["김도윤"]),
    ("'AI 해커톤'이 20일 열렸다. 대상은 팀 '다온'(한가온·도해솔·신예린)이 차지했다.", ["한가온", "도해솔", "신예린"]),
])
def test_a_teams_leader_named_alone_in_its_parentheses(text: str, names: list[str]) -> None:
    assert [p.name for p in _x(text).people] == names


@pytest.mark.parametrize(("text", "roles"), [
    # what one with a post wrote in a report, a column or a statement was said away from the event
    ("'AI 포럼'이 24일 서울에서 열렸다. 한편 정다인 한빛경제연구소 연구위원은 최근 보고서에서 \"투자가 늘고 있다\"고 밝혔다.",
     {Role.QUOTED}),
    ("'AI 포럼'이 24일 서울에서 열렸다. 도해솔 다온전자 대표는 입장문을 통해 \"성과가 컸다\"고 밝혔다.", {Role.QUOTED}),
    # (guard, passed before: said at the forum's report with no other place, spoken there)
    ("'AI 포럼'이 24일 서울에서 열렸다. 도해솔 다온전자 대표는 \"성과가 컸다\"고 말했다.", {Role.QUOTED, Role.SPEAKER}),
])
def test_what_one_wrote_elsewhere_was_said_away(text: str, roles: set) -> None:
    [p] = _x(text).people
    assert {r.role for r in p.roles} == roles


@pytest.mark.parametrize(("text", "expected"), [
    # a part labelled with a colon inside parentheses is the part of those named there alone
    ("'AI 포럼'이 5일 열렸다.\n16:00 패널토론 (좌장: 국태윤 부산대 교수) - 한소율 삼성중공업 그룹장, 여재민 한화오션 팀장",
     {"국태윤": {Role.MODERATOR}, "한소율": {Role.PANELIST}, "여재민": {Role.PANELIST}}),
    ("'AI 포럼'이 5일 열렸다.\n16:00 종합토론 - 한소율 삼성중공업 그룹장, 여재민 한화오션 팀장 (사회: 국태윤 부산대 교수)",
     {"국태윤": {Role.MODERATOR}, "한소율": {Role.PANELIST}, "여재민": {Role.PANELIST}}),
    # ... or with a space, right after the part's word, those who sit on it named after the parentheses
    ("'AI 포럼'이 5일 열렸다. 이어진 패널토론(좌장 국태윤 부산대 교수)에는 한소율 삼성중공업 그룹장과 여재민 한화오션 팀장이 "
     "참여했다.", {"국태윤": {Role.MODERATOR}, "한소율": {Role.PANELIST}, "여재민": {Role.PANELIST}}),
    ("'AI 포럼'이 5일 열렸다. 토론회(사회 국태윤 아나운서)에서는 한소율 부산대 교수와 여재민 한화오션 팀장이 토론했다.",
     {"국태윤": {Role.MODERATOR}, "한소율": {Role.PANELIST}, "여재민": {Role.PANELIST}}),
    # (guard, as before) the part alone in parentheses after a name
    ("'AI 포럼'이 5일 열렸다. 토론에는 국태윤 부산대 교수(좌장), 한소율 삼성중공업 그룹장, 여재민 한화오션 팀장이 참여했다.",
     {"국태윤": {Role.MODERATOR}, "한소율": {Role.PANELIST}, "여재민": {Role.PANELIST}}),
])
def test_a_part_labelled_inside_parentheses(text: str, expected: dict) -> None:
    assert _roles(_x(text)) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a hyphenated original may be written as one Hangul word: the word a hyphen allows is no common word before it
    ("'AI 포럼'이 5일 열렸다. 이날 장뤼크 모로(Jean-Luc Moreau) 다쏘시스템 부사장이 기조강연을 했다.", "장뤼크 모로"),
    ("'AI 포럼'이 5일 열렸다. 또 마리안 뒤퐁(Marie-Anne Dupont) 다쏘시스템 이사가 발표했다.", "마리안 뒤퐁"),
    # (guard, as before) written as two words
    ("'AI 포럼'이 5일 열렸다. 이날 장 뤼크 모로(Jean-Luc Moreau) 다쏘시스템 부사장이 기조강연을 했다.", "장 뤼크 모로"),
])
def test_a_hyphenated_original_written_as_one_word(text: str, name: str) -> None:
    assert [p.name for p in _x(text).people] == [name]


@pytest.mark.parametrize(("text", "expected"), [
    # a part at another event, dated apart and named otherwise, is no part at this one
    ("한빛협회는 10일 '2026 AI 포럼'을 개최했다. 기조강연은 김도윤 한빛대 교수가 맡았다. 한편 이서연 다온테크 대표는 내달 열리는 "
     "'로봇 포럼'에서 기조강연을 할 예정이다.", {"김도윤": {Role.KEYNOTE}, "이서연": set()}),
    ("한빛협회는 10일 '2026 AI 포럼'을 개최했다. 기조강연은 김도윤 한빛대 교수가 맡았다. 이서연 다온테크 대표는 다음 달 "
     "'스마트팩토리 엑스포'에서 신제품을 발표할 예정이다.", {"김도윤": {Role.KEYNOTE}, "이서연": set()}),
    # (guards, as before) an earlier talk elsewhere; this event named with its time in a preview; a session inside it
    ("한빛협회는 10일 '2026 AI 포럼'을 개최했다. 기조강연은 김도윤 한빛대 교수가 맡았다. 김 교수는 지난해 '로봇 서밋'에서도 "
     "강연한 바 있다.", {"김도윤": {Role.KEYNOTE}}),
    ("한빛협회는 내달 열리는 '2026 AI 포럼'에서 김도윤 한빛대 교수가 기조강연을 한다고 밝혔다.", {"김도윤": {Role.KEYNOTE}}),
    ("한빛협회는 10일 '2026 AI 포럼'을 개최했다. 부대행사로 열린 '로봇 세미나'에서는 이서연 다온테크 대표가 발표했다.",
     {"이서연": {Role.SPEAKER}}),
])
def test_a_part_at_another_event(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the one who came next after a talk, as the subject: the next to speak
    ("'한빛 포럼'이 3일 열렸다. 먼저 김철수 한빛대 교수가 발표했고, 박영희 다온전자 상무가 뒤를 이었다.",
     {"김철수": {Role.SPEAKER}, "박영희": {Role.SPEAKER}}),
    ("'한빛 포럼'이 3일 열렸다. 김철수 교수의 기조강연에 이어 박영희 다온전자 상무가 뒤를 이었다.",
     {"김철수": {Role.KEYNOTE}, "박영희": {Role.SPEAKER}}),
    # (guard: passed before) a post taken over from another, after the genitive
    ("'한빛 포럼'이 3일 열렸다. 박영희 다온전자 상무는 부친의 뒤를 이어 대표에 올랐다.", {"박영희": set()}),
])
def test_the_next_to_speak(text: str, expected: dict[str, set[Role]]) -> None:
    assert _roles(_x(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one the report says did not attend, with no part but attending, is no person of the event
    ("'AI 포럼'이 10일 열렸다. 김철수 한빛대 교수가 발표했다. 최태원 다온그룹 회장은 이날 행사에 불참했다.",
     {"김철수": {Role.SPEAKER}}),
    ("'AI 포럼'이 10일 열렸다. 김철수 한빛대 교수가 발표했다. 당초 참석할 예정이던 최태원 다온그룹 회장은 일정상 참석하지 "
     "못했다.", {"김철수": {Role.SPEAKER}}),
    ("'AI 포럼'이 10일 열렸다. 최태원 다온그룹 회장은 참석했지만 구광모 누리그룹 회장은 참석하지 않았다.",
     {"최태원": {Role.ATTENDEE}}),
    # a clause that goes on to what one did instead keeps the person, with the part that clause gives
    ("'AI 포럼'이 10일 열렸다. 최태원 다온그룹 회장은 불참했지만 영상으로 축사를 보냈다.", {"최태원": {Role.OTHER}}),
])
def test_one_who_did_not_attend_is_no_person_of_the_event(text: str, expected: dict[str, set[Role]]) -> None:
    assert _roles(_x(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # presenting a strategy or a roadmap on the programme of an event ahead is a talk
    ("'AI 포럼'이 5일 열린다. 배경훈 한빛랩 원장이 엑사원의 로드맵을 발표한다.", {"배경훈": {Role.SPEAKER}}),
    ("'AI 포럼'이 5일 열린다. 김민수 누리전자 상무는 AI 전환 전략을 발표할 예정이다.", {"김민수": {Role.SPEAKER}}),
    # ... and so is one presented as the next turn of the programme
    ("'AI 포럼'이 5일 열렸다. 이어 김민수 누리전자 대표, 박서진 한빛텔레콤 대표가 각 사의 AI 인프라 전략을 발표했다.",
     {"김민수": {Role.SPEAKER}, "박서진": {Role.SPEAKER}}),
    ("'AI 포럼'이 5일 열렸다. 다음으로 김민수 누리전자 상무가 AI 전환 로드맵을 발표했다.", {"김민수": {Role.SPEAKER}}),
    # (guard: so before) announcing one, with no session said, stays none
    ("'AI 포럼'이 5일 열렸다. 김민수 누리전자 상무는 AI 전환 전략을 발표했다.", {"김민수": set()}),
])
def test_a_strategy_on_the_programme_ahead_is_a_talk(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a session of the programme as the sentence's topic, no part named: its people speak in it
    ("'AI 포럼'이 5일 열린다. 특별 세션에는 김하늘 한빛대 교수가 나선다.", {"김하늘": {Role.SPEAKER}}),
    ("'AI 포럼'이 5일 열렸다. 오후 세션에는 김하늘 한빛대 교수와 박서진 누리랩 대표가 참여했다.",
     {"김하늘": {Role.SPEAKER}, "박서진": {Role.SPEAKER}}),
    ("'AI 포럼'이 5일 열린다. 특별 세션에는 앤드루 응 랜딩AI 창업자가 화상으로 참여해 에이전트의 미래에 대해 이야기한다.",
     {"앤드루 응": {Role.SPEAKER}}),
    # (guards: so before) a part named for the session, a part of one's own, and a session after the subject
    ("'AI 포럼'이 5일 열렸다. 패널 세션에는 김하늘 한빛대 교수와 박서진 누리랩 대표가 참여했다.",
     {"김하늘": {Role.PANELIST}, "박서진": {Role.PANELIST}}),
    ("'AI 포럼'이 5일 열렸다. 오후 세션에서는 김하늘 한빛대 교수가 좌장을 맡았다.", {"김하늘": {Role.MODERATOR}}),
    ("'AI 포럼'이 5일 열렸다. 김하늘 한빛대 교수는 오후 세션에는 참석하지 않았다.", {"김하늘": set()}),
])
def test_a_session_as_the_sentences_topic(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the fields of a part the sentence before announced, each taken on by its people with no object: their talks
    ("'AI 포럼'이 5일 열린다. 오후에는 '산업별 AI 사례' 세션이 이어진다. 제조 분야는 김하늘 한빛전자 상무, 금융 분야는 "
     "박서진 누리은행 본부장이 맡는다.", {"김하늘": {Role.SPEAKER}, "박서진": {Role.SPEAKER}}),
    ("'AI 포럼'이 5일 열렸다. 이어 사례 발표가 진행됐다. 제조 부문은 김하늘 한빛전자 상무가, 의료 부문은 박서진 누리병원 "
     "교수가 맡았다.", {"김하늘": {Role.SPEAKER}, "박서진": {Role.SPEAKER}}),
    # (guards: so before) no part announced before; a part of its own in the sentence
    ("'AI 포럼'이 5일 열렸다. 행사 준비는 협회가 했다. 제조 분야는 김하늘 한빛전자 상무가 맡았다.", {"김하늘": set()}),
    ("'AI 포럼'이 5일 열렸다. 이어 사례 발표가 진행됐다. 제조 분야 좌장은 김하늘 한빛전자 상무가 맡았다.",
     {"김하늘": {Role.MODERATOR}}),
])
def test_the_fields_of_a_part_announced_before(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # taking the floor is speaking; the keynote remarks that open a meeting are its keynote
    ("'AI 윤리 라운드테이블'이 14일 열렸다. 라운드테이블은 고학수 위원장의 기조발언으로 시작됐으며, 이어 네이버 하정우 "
     "센터장, 카카오 김미래 팀장이 발언했다.",
     {"고학수": {Role.KEYNOTE}, "하정우": {Role.SPEAKER}, "김미래": {Role.SPEAKER}}),
    ("'AI 포럼'이 14일 열렸다. 토론회에서는 김하늘 한빛대 교수와 박서진 누리랩 대표가 차례로 발언했다.",
     {"김하늘": {Role.SPEAKER}, "박서진": {Role.SPEAKER}}),
    # (guard: so before) the host's opening statement
    ("'AI 포럼'이 14일 열렸다. 류제명 차관은 모두발언에서 투자를 늘리겠다고 말했다.", {"류제명": {Role.HOST_REP}}),
])
def test_taking_the_floor_is_speaking(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part at a gathering held on a day dated with its month, named otherwise than the report's event, with or
    # without quotes: a file photo of another occasion, no part at this event
    ("'AI 포럼'이 14일 열렸다. 박민재 한빛당 의원이 지난 7월 2일 국회에서 열린 '과방위 전체회의'에서 발표하고 있다.",
     {"박민재": set()}),
    # (guard: so before, when taking the floor was no cue; with it, the day dated apart holds the part)
    ("'AI 포럼'이 14일 열렸다. 박민재 한빛당 의원이 지난 7월 2일 국회에서 열린 과방위 전체회의에서 발언하고 있다.",
     {"박민재": set()}),
    # (guards: so before) the report's own event named, and a gathering named by its kind alone
    ("'AI 포럼'이 14일 열렸다. 김하늘 한빛대 교수가 지난 9월 14일 열린 'AI 포럼'에서 발표하고 있다.",
     {"김하늘": {Role.SPEAKER}}),
    ("'AI 포럼'이 14일 열렸다. 김하늘 한빛대 교수가 지난 9월 14일 서울 코엑스에서 열린 포럼에서 발표하고 있다.",
     {"김하늘": {Role.SPEAKER}}),
])
def test_a_part_at_a_gathering_of_another_dated_day(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the chair's word written right before one name is that person's label alone, whatever the list after it
    ("'AI 포럼'이 3일 열렸다. 토론에는 좌장 이정동 한빛대 교수를 비롯해 조경현 다온대 교수, 이동수 누리랩 전무 등이 참여했다.",
     {"이정동": {Role.MODERATOR}, "조경현": {Role.PANELIST}, "이동수": {Role.PANELIST}}),
    ("'AI 포럼'이 3일 열렸다. 패널토론에는 좌장 이정동 한빛대 교수, 조경현 다온대 교수, 이동수 누리랩 전무가 참여했다.",
     {"이정동": {Role.MODERATOR}, "조경현": {Role.PANELIST}, "이동수": {Role.PANELIST}}),
    # (guards: so before) the chair's clause in the adnominal, and a part of the chair's own after a list
    ("'AI 포럼'이 3일 열렸다. 토론에는 좌장인 이정동 한빛대 교수를 비롯해 조경현 다온대 교수, 이동수 누리랩 전무 등이 참여했다.",
     {"이정동": {Role.MODERATOR}, "조경현": {Role.PANELIST}, "이동수": {Role.PANELIST}}),
    ("'AI 포럼'이 3일 열렸다. 사회는 이정동 아나운서와 조경현 교수가 맡았다.",
     {"이정동": {Role.MODERATOR}, "조경현": {Role.MODERATOR}}),
])
def test_the_chairs_label_is_one_persons(text: str, expected: dict) -> None:
    roles = _roles(_x(text))
    assert {n: roles.get(n, set()) for n in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body written as a subject closed by a comma shares the verb of the parallel subject after it
    ("'AI 포럼'이 4일 열린다. 첫날은 한빛연구원이, 둘째 날은 다온리서치가 주관한다.",
     {"organizers": [], "co_organizers": ["다온리서치", "한빛연구원"], "sponsors": []}),
    ("한빛전자가 4일 'AI 포럼'을 개최한다. 오전은 한빛종합기술원이, 오후는 한빛리서치가 주관한다.",
     {"organizers": ["한빛전자"], "co_organizers": ["한빛리서치", "한빛종합기술원"], "sponsors": []}),
    # (guard: so before) two clauses, each with its own verb
    ("'AI 포럼'이 4일 열린다. 행사는 한빛협회가 주최하고 다온재단이 주관한다.",
     {"organizers": ["한빛협회"], "co_organizers": ["다온재단"], "sponsors": []}),
])
def test_a_gapped_subject_shares_the_cue_of_the_next(text: str, expected: dict) -> None:
    x = _x(text)
    e = x.events[0]
    got = {"organizers": _org_names(x, e.organizers), "co_organizers": _org_names(x, e.co_organizers),
           "sponsors": _org_names(x, e.sponsors)}
    assert got == expected


@pytest.mark.parametrize(("text", "organizers", "roles"), [
    # the kind of a body alone as the subject of a holding verb, after the text named a body of that kind in full:
    # that body holds the event (and its people, quoted, speak for it)
    ("다온산업협회 하민지 사무총장은 \"규모를 키우겠다\"고 말했다. 협회는 지난 10일 '2026 다온 AI 포럼'을 열었다.",
     ["다온산업협회"], {"하민지": {Role.HOST_REP, Role.QUOTED}}),
    ("하민지 누리과학재단 이사는 \"성과가 크다\"고 말했다. 재단은 지난 10일 서울 코엑스에서 '2026 누리 AI 심포지엄'을 "
     "개최했다.", ["누리과학재단"], {"하민지": {Role.HOST_REP, Role.QUOTED}}),
    # (guards: so before) the body named in full as the subject; no body of the kind named before
    ("다온산업협회는 지난 10일 '2026 다온 AI 포럼'을 열었다. 협회는 이번 포럼에서 백서를 냈다.", ["다온산업협회"], {}),
    ("협회는 지난 10일 '2026 다온 AI 포럼'을 열었다.", [], {}),
])
def test_the_kind_of_a_body_named_before_holds_the_event(text: str, organizers: list[str], roles: dict) -> None:
    x = _x(text)
    assert (_org_names(x, x.events[0].organizers), _roles(x)) == (organizers, roles)


@pytest.mark.parametrize(("text", "affs"), [
    # a proper noun no list knows as the sentence's topic right before a name with a title and no organization:
    # the person's company
    ("'2026 AI 보안 컨퍼런스'가 17일 열렸다. 다온시큐리티는 하민지 사장이 직접 연사로 나섰다.",
     [("하민지", "다온시큐리티", "사장")]),
    ("'2026 AI 보안 컨퍼런스'가 17일 열렸다. 누리웍스는 하민지 대표가 발표를 맡았다.", [("하민지", "누리웍스", "대표")]),
    # (guards: so before) a name's own organization; a place as the topic; words between the topic and the name
    ("'2026 AI 보안 컨퍼런스'가 17일 열렸다. 다온시큐리티는 하민지 한빛대 교수가 발표했다.", [("하민지", "한빛대", "교수")]),
    ("'2026 AI 보안 컨퍼런스'가 17일 열렸다. 부산은 하민지 시장이 참석했다.", [("하민지", None, "시장")]),
    ("'2026 AI 보안 컨퍼런스'가 17일 열렸다. 다온시큐리티는 올해 처음 참가했으며 하민지 사장이 발표했다.",
     [("하민지", None, "사장")]),
])
def test_a_proper_topic_right_before_the_name_is_its_company(text: str, affs: list) -> None:
    assert _affs(_x(text)) == affs


@pytest.mark.parametrize(("text", "co"), [
    # a dot right after an alias's parenthesis parts two bodies of a list
    ("'2026 AI 안전 심포지엄'이 28일 열렸다. 이번 심포지엄은 한빛정보기술협회(HIT)·AI안전연구소 공동 주관으로 마련됐다.",
     ["한빛정보기술협회", "AI안전연구소"]),
    ("'2026 AI 안전 심포지엄'이 28일 열렸다. 주관은 다온연구원(DRI)·한빛진흥원(HPA)이 맡았다.", ["다온연구원", "한빛진흥원"]),
    # the subject's particle written apart after an alias's parenthesis ends the names after a cue as the topic
    ("'2026 AI 안전 심포지엄'이 28일 열렸다. 주관은 다온연구원(DRI), 한빛진흥원(HPA)이 맡았다.", ["다온연구원", "한빛진흥원"]),
    # (guard: so before) bodies joined by a dot with no parenthesis between
    ("'2026 AI 안전 심포지엄'이 28일 열렸다. 이번 심포지엄은 한빛정보기술협회·AI안전연구소 공동 주관으로 마련됐다.",
     ["한빛정보기술협회", "AI안전연구소"]),
])
def test_a_dot_after_an_alias_parts_two_bodies(text: str, co: list[str]) -> None:
    x = _x(text)
    assert _org_names(x, x.events[0].co_organizers) == co


@pytest.mark.parametrize(("text", "names"), [
    # a session's name in parentheses right after its number
    ("'AI 포럼'이 24일 열렸다.\n\n▲1세션(AI와 안전) - 발표: 고은비(한빛연구원 책임연구원)\n▲2세션(AI와 산업) - 발표: "
     "모준서(누리전자 부사장)\n", ["AI와 안전", "AI와 산업"]),
    ("'AI 포럼'이 24일 열렸다. 세션 1(제조 데이터)에서는 고은비 네이버 팀장이 발표했다. 세션 2(로봇)에서는 모준서 카카오 "
     "이사가 발표했다.", ["제조 데이터", "로봇"]),
    # (guard: so before) a time in the parentheses is no name
    ("'AI 포럼'이 24일 열렸다. 세션 1(오후 2시)에서는 고은비 네이버 팀장이 발표했다. 세션 2(오후 3시)에서는 모준서 카카오 "
     "이사가 발표했다.", [None, None]),
])
def test_a_sessions_name_in_parentheses(text: str, names: list) -> None:
    parts = [p for p in _x(text).events[0].parts if p.kind.value == "session"]
    assert [p.name for p in sorted(parts, key=lambda p: p.order)] == names


@pytest.mark.parametrize(("text", "expected"), [
    # one who presented something on an earlier day or year, in a sentence that names no part of this event, is
    # no person of it
    ("한국로봇산업협회는 24일 코엑스에서 '로봇 산업 포럼'을 열었다. 기조강연은 김진오 로보티즈 대표가 맡았다. "
     "한편 일론 머스크 테슬라 CEO는 지난해 옵티머스 로봇을 공개했다.", {"김진오": {Role.KEYNOTE}}),
    ("한국로봇산업협회는 24일 코엑스에서 '로봇 산업 포럼'을 열었다. 기조강연은 김진오 로보티즈 대표가 맡았다. "
     "샘 올트먼 오픈AI CEO는 지난 3월 신형 모델을 발표했다.", {"김진오": {Role.KEYNOTE}}),
    # (guards: passed before) as last year, this year too; this event's day, by "이날" or by its date
    ("한국로봇산업협회는 24일 코엑스에서 '로봇 산업 포럼'을 열었다. 김진오 로보티즈 대표는 지난해에 이어 올해도 "
     "기조강연을 맡았다.", {"김진오": {Role.KEYNOTE}}),
    ("한국로봇산업협회는 지난달 24일 코엑스에서 '로봇 산업 포럼'을 열었다. 김진오 로보티즈 대표는 지난달 24일 코엑스에서 "
     "신형 로봇을 공개했다.", {"김진오": {Role.SPEAKER}}),
    ("한국로봇산업협회는 24일 코엑스에서 '로봇 산업 포럼'을 열었다. 김진오 로보티즈 대표는 이날 신형 로봇을 공개했다.",
     {"김진오": {Role.SPEAKER}}),
])
def test_one_who_presented_on_an_earlier_occasion(text: str, expected: dict) -> None:
    assert _roles(_x(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a gapped subject that is a list by commas, and a parallel subject that is one too, each name after its body
    ("'AI 포럼'이 24일 열렸다. 1부에서는 다온전자 한가온 상무, 누리소프트 도해솔 이사가, 2부에서는 한빛랩 정다인 대표, "
     "세움테크 강민서 대표가 각각 발표한다.",
     {"한가온": {Role.SPEAKER}, "도해솔": {Role.SPEAKER}, "정다인": {Role.SPEAKER}, "강민서": {Role.SPEAKER}}),
    ("'AI 포럼'이 24일 열렸다. 오전에는 한가온 다온전자 상무, 도해솔 누리소프트 이사가, 오후에는 정다인 한빛대 교수가 "
     "강연했다.", {"한가온": {Role.SPEAKER}, "도해솔": {Role.SPEAKER}, "정다인": {Role.SPEAKER}}),
    # (guard: so before) joined by 과
    ("'AI 포럼'이 24일 열렸다. 1부에서는 다온전자 한가온 상무와 누리소프트 도해솔 이사가, 2부에서는 한빛랩 정다인 대표가 "
     "각각 발표한다.", {"한가온": {Role.SPEAKER}, "도해솔": {Role.SPEAKER}, "정다인": {Role.SPEAKER}}),
])
def test_gapped_lists_by_commas(text: str, expected: dict) -> None:
    assert _roles(_x(text)) == expected
