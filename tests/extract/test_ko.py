"""The Korean extractor on the user's own example (the seed) and on sentences of our own."""

from __future__ import annotations

import json

import pytest

from kg.extract import extract, to_record
from kg.model import Extraction, PartKind, Role
from tests.conftest import ko_article


def _first_parts(x: Extraction) -> dict[str, tuple[str, str | None]]:
    """Each person's first part and the title of that talk."""
    return {p.name: (p.roles[0].role.value, p.roles[0].talk_title) for p in x.people}


def _role_values(text: str) -> dict[str, set[str]]:
    """Each person of a Korean report and the values of their roles."""
    return {p.name: {r.role.value for r in p.roles} for p in extract(ko_article(text)).people}

def _org(x: Extraction, oid: str | None) -> str | None:
    return next((o.name for o in x.organizations if o.id == oid), None)


def _people(x: Extraction) -> dict[tuple[str, str | None], set[Role]]:
    out = {}
    for p in x.people:
        org = _org(x, p.affiliations[0].org) if p.affiliations else None
        out[(p.name, org)] = {r.role for r in p.roles}
    return out


SEED_PEOPLE = [
    # (name, organization, title as written in the first mention that has them)
    ("김종훈", "한국산업기술진흥협회", "이사"), ("이상형", "토트", "대표"), ("김무상", "포스코홀딩스", "부장"),
    ("조준희", "국가AI전략위원회", "분과장"), ("박태완", "과학기술정보통신부", "정보통신산업정책관"),
    ("구자균", "한국산업기술진흥협회", "회장"), ("이상목", "한국생산기술연구원", "원장"),
    ("김기수", "포스코홀딩스", "부사장"), ("안현실", "울산과학기술원", "연구부총장"),
    ("채규일", "HD현대삼호", "상무"), ("장현영", "한국전력기술", "소장"), ("김기수", "딥아이", "대표"),
    ("고서곤", "한국산업기술진흥협회", "부회장"), ("이순영", "LG AI연구원", "랩장"), ("김영준", "전자신문", "기자"),
]


def test_seed_finds_all_fifteen_people_with_org_and_title(seed_extraction: Extraction) -> None:
    got = [(p.name, _org(seed_extraction, p.affiliations[0].org), p.affiliations[0].title)
           for p in seed_extraction.people]
    assert sorted(got) == sorted(SEED_PEOPLE)


def test_seed_two_kim_kisu_stay_two_and_cho_junhee_stays_one(seed_extraction: Extraction) -> None:
    kims = [p for p in seed_extraction.people if p.name == "김기수"]
    assert len(kims) == 2
    assert {_org(seed_extraction, k.affiliations[0].org) for k in kims} == {"포스코홀딩스", "딥아이"}
    [cho] = [p for p in seed_extraction.people if p.name == "조준희"]
    assert {_org(seed_extraction, a.org) for a in cho.affiliations} == {"국가AI전략위원회", "한국인공지능·소프트웨어산업협회"}
    assert len(cho.mentions) == 2


def test_seed_roles(seed_extraction: Extraction) -> None:
    roles = _people(seed_extraction)
    assert Role.KEYNOTE in roles[("조준희", "국가AI전략위원회")]
    for name, org in [("김무상", "포스코홀딩스"), ("채규일", "HD현대삼호"), ("장현영", "한국전력기술"),
                      ("김종훈", "한국산업기술진흥협회"), ("이상형", "토트"), ("김기수", "딥아이")]:
        assert {Role.SPEAKER, Role.PANELIST} <= roles[(name, org)], name
    assert roles[("이순영", "LG AI연구원")] == {Role.MODERATOR}
    assert roles[("김영준", "전자신문")] == {Role.REPORTER}
    assert Role.ATTENDEE in roles[("고서곤", "한국산업기술진흥협회")]
    assert Role.QUOTED in roles[("구자균", "한국산업기술진흥협회")]


def test_seed_talk_titles(seed_extraction: Extraction) -> None:
    talks = {p.name + (_org(seed_extraction, p.affiliations[0].org) or ""): r.talk_title
             for p in seed_extraction.people for r in p.roles if r.talk_title}
    assert talks == {
        "조준희국가AI전략위원회": "피지컬AI와 AX의 전략적 방향",
        "김무상포스코홀딩스": "포스코그룹 AI 활용 및 인재육성 현황",
        "김종훈한국산업기술진흥협회": "기업의 AI 활용현황 및 AI관련 정부정책 인식 실태조사 결과발표",
        "이상형토트": "Physical AI 기반 자동화 솔루션 및 신사업 발굴",
        "김기수딥아이": "AI 전환 시대, 비파괴검사의 진화에 따른 비파괴 검사의 미래",
    }


def test_seed_event(seed_extraction: Extraction) -> None:
    [e] = seed_extraction.events
    assert (e.name, e.edition, e.start, e.venue, e.city, e.attendance) == (
        "2025 코리아 인더스트리얼 AI 공동포럼", 4, "2025-11-24", "포스코센터", "서울", 200)
    assert e.theme == "AI+산업혁신 : 산업현장 AI 활용과 인재혁신"
    names = {o.id: o for o in seed_extraction.organizations}
    assert [names[o].name for o in e.organizers] == ["한국산업기술진흥협회"]
    assert "산기협" in names[e.organizers[0]].aliases
    assert sorted(names[o].name for o in e.co_organizers) == sorted(
        ["울산과학기술원", "한국생산기술연구원", "LS일렉트릭", "LG AI연구원", "포스코홀딩스"])
    sponsors = [names[o] for o in e.sponsors]
    assert sponsors[0].name == "과학기술정보통신부" and "과기정통부" in sponsors[0].aliases
    assert sponsors[1].name.startswith("사단법인 과실연") and "과실연" in sponsors[1].aliases


def test_seed_parts(seed_extraction: Extraction) -> None:
    [e] = seed_extraction.events
    by_kind = {}
    for p in e.parts:
        by_kind.setdefault(p.kind, []).append(p)
    people = {p.id: p.name for p in seed_extraction.people}
    s1, s2 = sorted(by_kind[PartKind.SESSION], key=lambda p: p.order)
    assert (s1.name, sorted(people[x] for x in s1.speakers)) == ("AI 활용과 인재혁신 사례", ["김무상", "장현영", "채규일"])
    assert sorted(people[x] for x in s2.speakers) == ["김기수", "김종훈", "이상형"]
    [panel] = by_kind[PartKind.PANEL]
    assert [people[x] for x in panel.moderators] == ["이순영"]
    assert len(panel.speakers) == 6
    assert [people[x] for x in by_kind[PartKind.KEYNOTE][0].speakers] == ["조준희"]
    talks = {(p.parent, people[p.speakers[0]], p.name) for p in by_kind[PartKind.TALK] if p.parent}
    assert (s2.id, "김기수", "AI 전환 시대, 비파괴검사의 진화에 따른 비파괴 검사의 미래") in talks
    assert (s1.id, "김무상", "포스코그룹 AI 활용 및 인재육성 현황") in talks
    assert len(talks) == 4  # titled talks: one in session 1, three in session 2


def test_every_offset_slices_back(seed_extraction: Extraction) -> None:
    text = seed_extraction.article.text
    for p in seed_extraction.people:
        assert all(text[s.start:s.end] == p.name for s in p.mentions)
        assert all(text[q.span.start:q.span.end] == q.text for q in p.quotes)
    for o in seed_extraction.organizations:
        forms = {o.name, *o.aliases}
        assert all(text[s.start:s.end] in forms for s in o.mentions), o.name


def test_record_matches_the_documented_shape(seed_extraction: Extraction) -> None:
    r = to_record(seed_extraction)
    assert set(r) == {"article", "events", "people", "organizations"}
    assert set(r["article"]) >= {"id", "source", "published", "lang"}
    assert set(r["events"][0]) >= {"id", "name", "edition", "start", "end", "venue", "city", "theme", "attendance",
                                   "organizers", "co_organizers", "sponsors", "parts"}
    assert set(r["people"][0]) >= {"id", "name", "affiliations", "roles", "mentions"}
    assert set(r["organizations"][0]) >= {"id", "name", "aliases", "mentions"}


ROLE_SENTENCES = [
    # a topic put to the audience, a talk on a subject, questions answered before them, stories told
    ("이날 오세린 다온전자 대표는 화두를 던졌다.", "오세린", Role.SPEAKER),
    ("이날 오세린 다온전자 대표는 'AI 공장'을 주제로 이야기했다.", "오세린", Role.SPEAKER),
    ("이날 한도윤 한빛대 교수는 'AI 인재'를 주제로 이야기를 나눴다.", "한도윤", Role.SPEAKER),
    ("이날 오세린 다온전자 대표는 청중과 질의응답을 나눴다.", "오세린", Role.SPEAKER),
    ("이날 오세린 다온전자 대표는 창업 경험담을 풀어놨다.", "오세린", Role.SPEAKER),
    # a prize that went to a team its people make up
    ("대상의 영예는 김하늘, 박서준, 이도윤 학생으로 구성된 '로보닥'팀에 돌아갔다.", "박서준", Role.OTHER),
    ("축하 영상을 보낸 윤석진 한빛시장은 협력을 약속했다.", "윤석진", Role.OTHER),
    ("윤석진 한빛시장은 축하 메시지를 보냈다.", "윤석진", Role.OTHER),
    ("심사에는 탁윤성 한빛벤처스 상무가 참여했다.", "탁윤성", Role.OTHER),
    ("멘토로는 마동철 부산대 교수가 함께했다.", "마동철", Role.OTHER),
    ("설명회에서는 오지환 팀장이 신청 방법을 안내했다.", "오지환", Role.SPEAKER),
    ("행사는 윤가온 한빛대 교수의 진행으로 이뤄졌다.", "윤가온", Role.MODERATOR),
    ("패널토론은 윤가온 한빛대 교수의 진행 아래 열렸다.", "윤가온", Role.MODERATOR),
    ("'미래 제조'를 주제로 기조강연에 나선 오세훈 카이스트 교수는 설명했다.", "오세훈", Role.KEYNOTE),
    ("패널토론에서는 정다은 네이버 팀장이 좌장을 맡았다.", "정다은", Role.MODERATOR),
    ("이어 한민호 삼성전자 상무가 사례를 발표했다.", "한민호", Role.SPEAKER),
    ("류진우 SK텔레콤 부사장이 패널로 참여해 의견을 나눴다.", "류진우", Role.PANELIST),
    ("행사에는 문가영 산업통상자원부 차관 등 100여 명이 참석했다.", "문가영", Role.ATTENDEE),
    # opening the event's talks
    ("'AI 포럼'이 3일 열렸다. 포럼의 포문은 노은채 한빛대 교수가 열었다.", "노은채", Role.SPEAKER),
    ("'AI 포럼'이 3일 열렸다. 노은채 한빛대 교수가 '공장의 눈'을 주제로 포문을 열었다.", "노은채", Role.SPEAKER),
    # opening one's speech
    ("'AI 밋업'에서 노은채 다온랩 부사장은 이렇게 말문을 열었다.", "노은채", Role.SPEAKER),
    ("첫 순서로 노은채 다온랩 부사장이 데이터 이야기로 말문을 열었다.", "노은채", Role.SPEAKER),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLE_SENTENCES)
def test_role_cues(text: str, name: str, role: Role) -> None:
    x = extract(ko_article(text))
    [p] = [p for p in x.people if p.name == name]
    assert role in {r.role for r in p.roles}


def test_quote_attributed_to_the_speaker_named_before_it() -> None:
    x = extract(ko_article("윤서준 포스코 부사장은 “AI는 현장에서 완성된다”고 말했다. 또 “인재가 핵심”이라고 강조했다."))
    [p] = x.people
    assert [q.text for q in p.quotes] == ["AI는 현장에서 완성된다", "인재가 핵심"]
    assert Role.QUOTED in {r.role for r in p.roles}


def test_text_that_names_nobody_invents_nothing() -> None:
    x = extract(ko_article("인공지능 기술이 빠르게 발전하면서 제조 현장의 변화도 빨라지고 있다. 이에 따라"))
    assert x.people == () and x.events == ()


def test_record_round_trip(seed_extraction: Extraction) -> None:
    from kg.extract import from_record

    record = json.loads(json.dumps(to_record(seed_extraction), ensure_ascii=False))
    assert from_record(record, seed_extraction.article.text) == seed_extraction


def test_a_title_without_an_organization_survives_the_record_beside_affiliations() -> None:
    """A person with an organization and, in another mention, a title alone (a byline) reads back the same."""
    from kg.extract import from_record
    from kg.model import Affiliation, Extraction, Person

    x = Extraction(ko_article("본문"), (), (Person("p1", "김하나", (Affiliation("o1", "교수"), Affiliation(None, "기자"))),),
                   ())
    record = json.loads(json.dumps(to_record(x), ensure_ascii=False))
    assert to_record(from_record(record, x.article.text)) == to_record(x)


@pytest.mark.parametrize(("text", "expected"), [
    # a slash parts the items of a programme line: each label reaches only its own names
    ("좌장: 노태윤 한빛대 교수 / 토론: 권하은 미래로봇 상무, 장민성 한빛전자 팀장",
     {"노태윤": {Role.MODERATOR}, "권하은": {Role.PANELIST}, "장민성": {Role.PANELIST}}),
    ("발표: 문지후 한빛대 교수 | 좌장: 배시우 미래로봇 CTO",
     {"문지후": {Role.SPEAKER}, "배시우": {Role.MODERATOR}}),
    # a slash inside a person's description parts nothing
    ("기조강연은 송다인 블루랩 대표(위원회 분과위원 / TF 리더)가 맡았다.", {"송다인": {Role.KEYNOTE}}),
])
def test_slash_separated_programme_items(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert {p.name: {r.role for r in p.roles} for p in x.people} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hearing's witnesses (진술인) speak
    ("공청회에는 진술인으로 한상민 한국인공지능협회 부회장, 서지우 한빛대 교수가 참석했다.",
     {"한상민": {Role.SPEAKER}, "서지우": {Role.SPEAKER}}),
    ("한상민 한국인공지능협회 부회장이 진술인으로 나섰다.", {"한상민": {Role.SPEAKER}}),
    # a cue in the adnominal 인 describes the name after it, not the names before it
    ("행사에는 조동민 미래재단 이사장과 자문위원인 이남호 한빛대 총장이 참석했다.",
     {"조동민": {Role.ATTENDEE}, "이남호": {Role.OTHER}}),
    ("심사위원장인 하성우 부산대 교수는 수준이 높았다고 평가했다.", {"하성우": {Role.OTHER}}),
    # a post of the body the event launches or of its committees, given there
    ("'한빛 제조 AI 얼라이언스' 출범식이 3일 열렸다. 초대 의장으로는 오민준 한빛전자 사장이 선출됐다.", {"오민준": {Role.OTHER}}),
    ("'한빛 AI 포럼'이 3일 열렸다. 회장으로는 하성우 다온전자 대표가 추대됐다.", {"하성우": {Role.OTHER}}),
    # (guards: so before) a committee's post named in the cue, and a senior researcher's title, no appointment
    ("'한빛 AI 포럼'이 3일 열렸다. 협회는 이날 하성우 부산대 교수를 자문위원장으로 위촉했다.", {"하성우": {Role.OTHER}}),
    ("'한빛 AI 포럼'이 3일 열렸다. 하성우 한빛연구원 선임연구원이 발표했다.", {"하성우": {Role.SPEAKER}}),
])
def test_witnesses_and_adnominal_cues(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert {p.name: {r.role for r in p.roles} for p in x.people} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a person who holds the event (the subject of a finite holding verb) speaks for its host
    ("한성숙 중소벤처기업부 장관은 11일 판교에서 AI 스타트업 대표들과 간담회를 가졌다.", {"한성숙": {Role.HOST_REP}}),
    ("김도윤 의원은 2일 국회의원회관에서 'AI 제조 혁신 토론회'를 개최했다.", {"김도윤": {Role.HOST_REP}}),
    # the holding verb in a connective form, the subject going on to do more
    ("유상임 과학기술정보통신부 장관이 26일 판교에서 AI 반도체 기업 대표들과 간담회를 열고 애로사항을 청취했다.",
     {"유상임": {Role.HOST_REP}}),
    # ... in -어 too: what the holder then explains is the body's programme, no talk of the head's
    ("과학기술정보통신부와 한빛원(원장 석제범)은 9일 엘타워에서 사업 설명회를 열어 사업 내용을 설명했다.",
     {"석제범": {Role.HOST_REP}}),
    ("한빛협회(회장 박기한)는 9일 엘타워에서 포럼을 개최해 회원사의 AI 도입 사례를 짚었다.", {"박기한": {Role.HOST_REP}}),
    # someone else's holding is not theirs
    ("김도윤 의원은 박서진 협회장이 개최한 토론회에 참석했다.", {"김도윤": {Role.ATTENDEE}}),
    # a party or body written aside before the particle
    ("국회 과방위 소속 최민정 의원(더불어민주당)은 27일 국회의원회관에서 'AI 기본법 1년' 토론회를 개최했다.",
     {"최민정": {Role.HOST_REP}}),
    ("한빛로봇진흥원(원장 박기한)은 28일 제주에서 관계자 100여명이 참석한 가운데 통합워크숍을 열었다.",
     {"박기한": {Role.HOST_REP}}),
    # the topic is none of the people counted as attending, though they are a list ("및")
    ("한빛진흥원(원장 정대호)은 28일 제주에서 기업 및 기관 관계자 100여명이 참석한 가운데 워크숍을 열었다.",
     {"정대호": {Role.HOST_REP}}),
    ("오지훈 한빛시장은 시민, 업계 관계자 등 200여 명이 참석한 가운데 'AI 엑스포'를 개최했다.", {"오지훈": {Role.HOST_REP}}),
])
def test_the_person_who_holds_the_event(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    found = {p.name: {r.role for r in p.roles} for p in x.people}
    assert {name: found[name] for name in expected} == expected


@pytest.mark.parametrize("text", [
    "대니얼 리 펜실베니아대 교수는 재난 현장의 로봇을 시연하며 설명했다.",
    "대니얼 리 펜실베니아대 교수가 협동로봇 시연에 나섰다.",
    "황보민재 누리클라우드 AI연구소장은 자체 개발한 소형언어모델을 시연해 눈길을 끌었다.",
    "김도윤 다온랩 대표는 협동로봇을 시연하고 질문을 받았다.",
])
def test_a_demonstration_is_a_talk(text: str) -> None:
    x = extract(ko_article(text))
    assert {r.role for p in x.people for r in p.roles} == {Role.SPEAKER}


@pytest.mark.parametrize(("text", "role"), [
    # a speech given at the event is a talk; one that congratulates or opens it is the guest's or the host's
    ("이어 마리아 첸(Maria Chen) 엔비디아 부사장이 'AI 팩토리의 조건'을 주제로 특별 연설을 했다.", Role.SPEAKER),
    ("김도윤 다온랩 대표는 이날 연설에서 제조 AI를 강조했다.", Role.SPEAKER),
    ("이어 김도윤 다온랩 대표가 무대에 올라 연설했다.", Role.SPEAKER),
    ("김도윤 과기정통부 장관이 축하 연설을 했다.", Role.OTHER),
    ("김도윤 한빛협회장이 개회 연설을 했다.", Role.HOST_REP),
    # ... a speech written as the loanword 스피치, the same
    ("김도윤 다온랩 대표가 스피치를 했다.", Role.SPEAKER),
    ("김도윤 한빛협회장이 오프닝 스피치를 했다.", Role.HOST_REP),
    ("김도윤 과기정통부 장관이 축하 스피치를 했다.", Role.OTHER),
    # (guards: on the stage, or what the speech stressed, as before)
    ("이어 김도윤 다온랩 대표가 무대에 올라 스피치를 했다.", Role.SPEAKER),
    ("김도윤 다온랩 대표는 이날 스피치에서 제조 AI를 강조했다.", Role.SPEAKER),
    # a performer is the event's guest
    ("이날 축하공연은 가수 윤하나 씨가 맡았다.", Role.OTHER),
    ("이어 가수 윤하나 씨가 무대에서 공연했다.", Role.OTHER),
])
def test_a_speech_is_a_talk(text: str, role: Role | None) -> None:
    x = extract(ko_article("'AI 서밋'이 10일 서울에서 열렸다. " + text))
    assert {r.role for p in x.people for r in p.roles} == ({role} if role else set())


@pytest.mark.parametrize("text", [
    "기조연설자로 나선 앤드루 맥아피 MIT 교수는 'AI와 기계 시대'를 주제로 강연했다.",
    "기조강연에서는 로니 로센펠드 카네기멜론대 교수가 '인공지능 학과의 방향'을 발표했다.",
])
def test_a_keynote_described_as_a_talk_stays_a_keynote(text: str) -> None:
    x = extract(ko_article(text))
    assert {r.role for p in x.people for r in p.roles} == {Role.KEYNOTE}


def test_a_second_post_is_one_person_with_two_affiliations() -> None:
    x = extract(ko_article("최현석 대한의료인공지능학회 이사(서울의료원 영상의학과장)가 좌장을 맡았다."))
    orgs = {o.id: o.name for o in x.organizations}
    [p] = x.people
    assert [(orgs[a.org], a.title) for a in p.affiliations] == [("대한의료인공지능학회", "이사"), ("서울의료원", "영상의학과장")]
    assert {r.role for r in p.roles} == {Role.MODERATOR}


@pytest.mark.parametrize("text", [
    "이번 협약식에서 한결대는 김선재 총장을 비롯해 박성태 대외협력부총장이, 대전테크노파크는 최수만 원장과 "
    "윤종환 행정지원실장 등이 참석했다.",
    "협약식에는 한결대는 김선재 총장, 박성태 대외협력부총장이, 대전테크노파크는 최수만 원장, 윤종환 행정지원실장이 "
    "참석했다.",
])
def test_people_listed_after_an_organization_as_topic_are_its_people(text: str) -> None:
    x = extract(ko_article(text))
    orgs = {o.id: o.name for o in x.organizations}
    found = {p.name: orgs.get(p.affiliations[0].org) for p in x.people}
    assert found == {"김선재": "한결대", "박성태": "한결대", "최수만": "대전테크노파크", "윤종환": "대전테크노파크"}


@pytest.mark.parametrize(("text", "name", "role"), [
    # a cue's clause that modifies the name right after it outweighs a cue word later in the sentence
    ("진행을 맡은 성다인 한빛대 교수는 토론을 마무리했다.", "성다인", Role.MODERATOR),
    ("패널로 참여한 배도윤 한빛로봇 대표는 협동로봇 사례를 발표했다.", "배도윤", Role.PANELIST),
    # "첫 발표자인 X": the one who presents, not a noun for people
    ("첫 발표자인 문채원 한빛대 교수는 데이터 표준화를 강조했다.", "문채원", Role.SPEAKER),
])
def test_an_adnominal_clause_describes_the_name_after_it(text: str, name: str, role: Role) -> None:
    x = extract(ko_article(text))
    assert {r.role for p in x.people if p.name == name for r in p.roles} == {role}


@pytest.mark.parametrize(("text", "expected"), [
    # a marked programme item: a topic, then its presenter in parentheses (the topic is the talk)
    (("세미나는 ▲AI 기반 설비 예지보전(김태윤 한빛연구원 수석연구원) ▲디지털트윈 구축 전략(이소라 다온시스템 이사) "
      "순으로 진행된다."), {"김태윤": ("speaker", "AI 기반 설비 예지보전"), "이소라": ("speaker", "디지털트윈 구축 전략")}),
    ("이날 ▲스마트공장 보안 실무(정민재 한빛진흥원 팀장) ▲생성형 AI 품질관리(한예린 다온랩 대표) 발표가 이어졌다.",
     {"정민재": ("speaker", "스마트공장 보안 실무"), "한예린": ("speaker", "생성형 AI 품질관리")}),
    # one word before the parenthesis is the person's body, not a topic
    ("참석 기관은 ▲한빛대(김도윤 총장) ▲다온전자(이서연 대표) 등이다.",
     {"김도윤": ("attendee", None), "이서연": ("attendee", None)}),
    # the part's label and its number before the quoted topic are no part of the title
    ("세미나는 ▲주제발표1 '제조 데이터 플랫폼'(남궁윤 한빛대 교수) ▲주제발표2 'AI 도입 사례'(오세라 다온랩 대표) 순이다.",
     {"남궁윤": ("speaker", "제조 데이터 플랫폼"), "오세라": ("speaker", "AI 도입 사례")}),
    # a session's label with its number before it, on a marked line or on a line of its own
    ("'한빛 AI 포럼'이 5일 열린다.\n▲1세션: 제조 데이터 플랫폼(남궁윤 한빛대 교수)\n▲2세션: AI 도입 사례(오세라 다온랩 대표)",
     {"남궁윤": ("speaker", "제조 데이터 플랫폼"), "오세라": ("speaker", "AI 도입 사례")}),
    ("'한빛 AI 포럼'이 5일 열린다.\n1세션: 제조 데이터 플랫폼(남궁윤 한빛대 교수)\n세션 2: AI 도입 사례(오세라 다온랩 대표)",
     {"남궁윤": ("speaker", "제조 데이터 플랫폼"), "오세라": ("speaker", "AI 도입 사례")}),
])
def test_a_topic_with_its_presenter_in_parentheses(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert _first_parts(x) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a marked programme item: a topic, then a slash or a spaced dash, then its presenter
    ("세미나 프로그램은 ▲엣지 AI 칩 동향/하윤재 한빛대 교수 ▲공정 데이터 표준/문세아 다온시스템 이사 등으로 구성됐다.",
     {"하윤재": ("speaker", "엣지 AI 칩 동향"), "문세아": ("speaker", "공정 데이터 표준")}),
    ("'한빛 AI 포럼'이 5일 열린다.\n▲엣지 AI 칩 동향 - 하윤재 한빛대 교수\n▲공정 데이터 표준 - 문세아 다온시스템 이사",
     {"하윤재": ("speaker", "엣지 AI 칩 동향"), "문세아": ("speaker", "공정 데이터 표준")}),
    # (guards, passed before: a part's label before the dash; a body before the slash)
    ("'한빛 AI 포럼'이 5일 열린다.\n▲패널토론 - 하윤재 한빛대 교수, 문세아 다온시스템 이사",
     {"하윤재": ("panelist", None), "문세아": ("panelist", None)}),
    ("'한빛 AI 포럼'이 5일 열린다. 참석자는 ▲한빛대/하윤재 교수 ▲다온시스템/문세아 이사 등이다.",
     {"하윤재": ("attendee", None), "문세아": ("attendee", None)}),
    # a topic in double marks after a programme line's time and label is a title, as in single marks
    ("'한빛 AI 포럼'이 5일 열린다.\n13:30 기조강연 - “엣지 AI 칩 동향” / 하윤재 한빛대 교수\n"
     "14:10 주제발표: “공정 데이터 표준” / 문세아 다온시스템 이사",
     {"하윤재": ("keynote", "엣지 AI 칩 동향"), "문세아": ("speaker", "공정 데이터 표준")}),
    ("'한빛 AI 포럼'이 5일 열린다.\n▲특별강연: \"엣지 AI 칩 동향\" / 하윤재 한빛대 교수",  # (a guard: so before)
     {"하윤재": ("speaker", "엣지 AI 칩 동향")}),
    # a timetable's line: its time, the part's label, a bar, a colon or a spaced dash, the talk, then its giver
    ("'한빛 AI 포럼'이 5일 열린다.\n14:20 기조강연 | 엣지 AI 칩 동향 - 하윤재 한빛대 교수\n"
     "15:00~15:30 주제발표2: 공정 데이터 표준 - 문세아 다온시스템 이사",
     {"하윤재": ("keynote", "엣지 AI 칩 동향"), "문세아": ("speaker", "공정 데이터 표준")}),
    ("'한빛 AI 포럼'이 5일 열린다.\n14:20 기조강연 - 엣지 AI 칩 동향 / 하윤재 한빛대 교수\n"
     "15:00 주제발표: 공정 데이터 표준(문세아 다온시스템 이사)",
     {"하윤재": ("keynote", "엣지 AI 칩 동향"), "문세아": ("speaker", "공정 데이터 표준")}),
    ("'한빛 AI 포럼'이 5일 열린다.\n▲기조강연 | 엣지 AI 칩 동향 - 하윤재 한빛대 교수",
     {"하윤재": ("keynote", "엣지 AI 칩 동향")}),
    # a numbered session's line: its label, a spaced dash or a colon, the presenter, then a spaced slash and the talk
    ("'한빛 AI 포럼'이 5일 열린다.\n1세션 - 하윤재 한빛대 교수 / 엣지 AI 칩 동향\n"
     "2세션 - 문세아 다온시스템 이사 / 공정 데이터 표준",
     {"하윤재": ("speaker", "엣지 AI 칩 동향"), "문세아": ("speaker", "공정 데이터 표준")}),
    ("'한빛 AI 포럼'이 5일 열린다.\n□ 프로그램\n제1세션: 하윤재 한빛대 교수 / 엣지 AI 칩 동향",
     {"하윤재": ("speaker", "엣지 AI 칩 동향")}),
    # (guards, so before: a photo's credit after a slash; a count of sessions)
    ("'한빛 AI 포럼'이 5일 열린다.\n하윤재 한빛대 교수가 발표하고 있다.\n하윤재 한빛대 교수 / 한빛뉴스 DB",
     {"하윤재": ("speaker", None)}),
    ("'한빛 AI 포럼'이 5일 열린다. 포럼은 4세션으로 구성되며 하윤재 한빛대 교수가 참석한다.",
     {"하윤재": ("attendee", None)}),
])
def test_a_topic_then_a_slash_or_a_dash_then_its_presenter(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert _first_parts(x) == expected


@pytest.mark.parametrize("text", [
    # 외에도 (besides … also): the one named before it takes the part the verb gives the others
    "'AI 밋업'에서는 노은채 다온랩 부사장 외에도 한도윤 한빛대 교수, 오세린 누리전자 매니저가 연사로 참여했다.",
    "'AI 밋업'에는 노은채 다온랩 부사장 외에도 한도윤 한빛대 교수와 오세린 누리전자 매니저가 발표자로 나섰다.",
])
def test_one_named_before_besides_also_takes_the_part(text: str) -> None:
    assert _role_values(text) == {"노은채": {"speaker"}, "한도윤": {"speaker"}, "오세린": {"speaker"}}


@pytest.mark.parametrize("text", [
    # (guards, passed before: without 도, or with a part of one's own before the name, the verb is the others')
    "'AI 밋업'에는 노은채 다온랩 부사장 외에 한도윤 한빛대 교수, 오세린 누리전자 매니저가 연사로 참여했다.",
    "'AI 밋업'에는 사회를 맡은 노은채 다온랩 부사장 외에도 한도윤 한빛대 교수, 오세린 누리전자 매니저가 연사로 참여했다.",
])
def test_one_named_before_besides_keeps_a_part_of_its_own(text: str) -> None:
    roles = _role_values(text)
    assert "speaker" not in roles["노은채"] and roles["한도윤"] == roles["오세린"] == {"speaker"}


@pytest.mark.parametrize("text", [
    # a quoted title, then "이라는 주제 발표" (or 주제강연)
    "'AI 포럼'이 3일 열렸다. 노은채 한빛대 교수는 '로봇의 눈'이라는 주제 발표에서 비전 AI를 소개했다.",
    "'AI 포럼'이 3일 열렸다. 노은채 한빛대 교수는 '로봇의 눈' 주제강연을 통해 비전 AI를 소개했다.",
])
def test_a_title_before_a_topic_talk(text: str) -> None:
    assert _first_parts(extract(ko_article(text))) == {"노은채": ("speaker", "로봇의 눈")}


@pytest.mark.parametrize(("text", "expected"), [
    # a topic whose adnominal clause ends right before a person is that person's talk, though others are named after
    ("'AI 포럼'이 3일 열렸다. '에이전트가 바꿀 공장'을 주제로 한 노은채 한빛대 교수의 기조강연에 이어 한도윤 다온랩 "
     "상무가 사례를 소개했다.", {"노은채": ("keynote", "에이전트가 바꿀 공장"), "한도윤": ("speaker", None)}),
    ("'AI 포럼'이 3일 열렸다. '에이전트가 바꿀 공장'을 주제로 한 한빛대 노은채 교수의 발표에 이어 한도윤 다온랩 "
     "상무가 발표했다.", {"노은채": ("speaker", "에이전트가 바꿀 공장"), "한도윤": ("speaker", None)}),
    # (a guard, so before: the topic of a discussion named between is the discussion's)
    ("'AI 포럼'이 3일 열렸다. '에이전트가 바꿀 공장'을 주제로 한 토론에서 노은채 한빛대 교수와 한도윤 다온랩 상무가 "
     "의견을 나눴다.", {"노은채": ("panelist", None), "한도윤": ("panelist", None)}),
])
def test_a_topic_clause_right_before_one_of_several(text: str, expected: dict) -> None:
    assert _first_parts(extract(ko_article(text))) == expected


@pytest.mark.parametrize("text", [
    # a programme's item that is only its ceremony, a break or a meal is no talk of the person after it
    "'한빛 AI 포럼'이 5일 열린다.\n▲엣지 AI 칩 동향(하윤재 한빛대 교수)\n▲오찬 및 네트워킹(문세아 한빛협회 부회장)",
    "'한빛 AI 포럼'이 5일 열린다.\n14:00 엣지 AI 칩 동향 (하윤재 한빛대 교수)\n17:00 폐회·네트워킹 (문세아 한빛협회 부회장)",
])
def test_a_programmes_ceremony_is_no_talk(text: str) -> None:
    x = extract(ko_article(text))
    assert {p.name: [(r.role.value, r.talk_title) for r in p.roles] for p in x.people} \
        == {"하윤재": [("speaker", "엣지 AI 칩 동향")], "문세아": []}


@pytest.mark.parametrize(("text", "expected"), [
    # 진행 (to conduct) makes the subject the chair of the part that is the topic
    ("질의응답 세션은 한빛협회 박하은 실장이 진행했다.", {"박하은": {Role.MODERATOR}}),
    ("종합토론은 김도윤 한빛대 교수가 진행할 예정이다.", {"김도윤": {Role.MODERATOR}}),
    # … but a speaking part as the topic is what they conduct
    ("발제는 김도윤 교수와 이서연 대표가 각각 'AI 공장'과 '로봇 물류'를 주제로 진행한다.",
     {"김도윤": {Role.SPEAKER}, "이서연": {Role.SPEAKER}}),
    ("발표는 김도윤 교수가, 진행은 이서연 대표가 맡았다.", {"김도윤": {Role.SPEAKER}, "이서연": {Role.MODERATOR}}),
])
def test_who_conducts_a_part(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert {p.name: {r.role for r in p.roles} for p in x.people} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "…한 데 이어", "…한 뒤": the first person's part ends with their clause
    ("김도윤 한빛로보틱스 대표가 '피지컬 AI'를 주제로 기조강연을 한 데 이어 이서연 한빛대 교수와 박준혁 다온연구원 박사가 "
     "각각 '협동로봇 안전'과 '공장 데이터'에 대해 발표했다.",
     {"김도윤": ("keynote", "피지컬 AI"), "이서연": ("speaker", "협동로봇 안전"), "박준혁": ("speaker", "공장 데이터")}),
    ("김도윤 대표가 기조연설을 한 뒤 이서연 교수가 주제발표를 했다.",
     {"김도윤": ("keynote", None), "이서연": ("speaker", None)}),
])
def test_a_clause_that_ends_before_the_next_part(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert _first_parts(x) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clause closed by 고/며 and a comma before "B와 C가 각각 'X', 'Y'": the topics are those of 각각's own clause
    ("한빛진흥원 김도윤 본부장이 지원사업을 소개했고, 다온클라우드 이서연 리더와 누리랩 박준혁 대표가 각각 "
     "'기업 활용법', '작은 모델의 성과'를 주제로 강연했다.",
     {"김도윤": ("speaker", None), "이서연": ("speaker", "기업 활용법"), "박준혁": ("speaker", "작은 모델의 성과")}),
    ("한빛진흥원 김도윤 본부장이 사업을 설명했으며, 다온랩 이서연 대표와 누리텍 박준혁 상무가 각각 "
     "'공장 데이터', '로봇 물류'에 대해 발표했다.",
     {"김도윤": ("speaker", None), "이서연": ("speaker", "공장 데이터"), "박준혁": ("speaker", "로봇 물류")}),
    # (guard: so before) the clause before is the host's, no speaker's
    ("김도윤 한빛대 교수가 개회사를 했으며, 이서연 다온랩 대표, 박준혁 누리텍 상무, 최하늘 한빛대 교수가 각각 "
     "'A 공장', 'B 물류', 'C 품질'을 발표했다.",
     {"김도윤": ("host_rep", None), "이서연": ("speaker", "A 공장"), "박준혁": ("speaker", "B 물류"),
      "최하늘": ("speaker", "C 품질")}),
])
def test_respective_topics_after_a_closed_clause(text: str, expected: dict) -> None:
    x = extract(ko_article("한빛진흥원은 13일 '생성형AI 설명회'를 개최했다. " + text))
    assert _first_parts(x) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title fused with a unit of its own names no organization when one is the sentence's topic
    ("협약식에서 한빛대는 김도윤 총장을 비롯해 이서연 학생지원처장이, 다온테크노파크는 박준혁 원장과 최민호 "
     "정책기획단장 등이 참석했다.",
     {"김도윤": ("한빛대", "총장"), "이서연": ("한빛대", "학생지원처장"), "박준혁": ("다온테크노파크", "원장"),
      "최민호": ("다온테크노파크", "정책기획단장")}),
    # … and with no topic, the unit is what the title says
    ("이서연 학생지원처장이 참석했다.", {"이서연": ("학생지원처", "처장")}),
])
def test_a_fused_unit_title_under_a_topic_organization(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    orgs = {o.id: o.name for o in x.organizations}
    assert {p.name: (orgs.get(p.affiliations[0].org), p.affiliations[0].title) for p in x.people} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "A가 발표자로, B가 토론자로 참여했다": each part given with 로 is its subject's, the shared verb left out
    ("두 번째 세션에서는 정유진 한빛대 교수가 발표자로, 오세영 다온전자 부장이 토론자로 참여했다.",
     {"정유진": {Role.SPEAKER}, "오세영": {Role.PANELIST}}),
    ("이날 김도윤 대표가 좌장으로, 이서연 교수가 발표자로 나섰다.", {"김도윤": {Role.MODERATOR}, "이서연": {Role.SPEAKER}}),
])
def test_parts_given_with_ro_and_the_verb_left_out(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert {p.name: {r.role for r in p.roles} for p in x.people} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted topic right before the parenthesis stands for an item's marker
    ("이날 '공장 데이터 표준'(정민재 한빛진흥원 팀장), '품질검사 AI'(한예린 다온랩 대표) 발표가 이어졌다.",
     {"정민재": ("speaker", "공장 데이터 표준"), "한예린": ("speaker", "품질검사 AI")}),
    # in a marked item, the topic in parentheses after the titled person, quoted or not
    ("주제발표는 ▲정민재 한빛진흥원 팀장(공장 데이터 표준) ▲한예린 다온랩 대표(품질검사 AI)가 맡았다.",
     {"정민재": ("speaker", "공장 데이터 표준"), "한예린": ("speaker", "품질검사 AI")}),
    ("발표자는 △정민재 한빛진흥원 팀장('공장 데이터 표준') △한예린 다온랩 대표('품질검사 AI') 등이다.",
     {"정민재": ("speaker", "공장 데이터 표준"), "한예린": ("speaker", "품질검사 AI")}),
    # a body or a part in those parentheses is no topic
    ("토론에는 ▲정민재 팀장(한빛진흥원) ▲한예린 대표(다온랩)가 참여했다.",
     {"정민재": ("panelist", None), "한예린": ("panelist", None)}),
    ("토론에는 ▲정민재 한빛진흥원 팀장(좌장) ▲한예린 다온랩 대표가 참여했다.",
     {"정민재": ("moderator", None), "한예린": ("panelist", None)}),
])
def test_a_topic_and_its_presenter_in_either_order(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert _first_parts(x) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the person's body in parentheses between the mention and the talk's title
    ("정민재 팀장(한빛진흥원)이 '공장 데이터 표준'을 발표했다.", {"정민재": ("speaker", "공장 데이터 표준")}),
    ("한예린 대표(다온랩)는 '품질검사 AI'를 주제로 강연했다.", {"한예린": ("speaker", "품질검사 AI")}),
    # parallel subjects, each with a topic, share the verb after the last
    ("정민재 한빛진흥원 팀장이 '공장 데이터 표준'에 대해, 한예린 다온랩 대표가 '품질검사 AI'에 대해 발표했다.",
     {"정민재": ("speaker", "공장 데이터 표준"), "한예린": ("speaker", "품질검사 AI")}),
    ("정민재 한빛진흥원 팀장이 '공장 데이터 표준'을 주제로, 한예린 다온랩 대표가 '품질검사 AI'를 주제로 강연했다.",
     {"정민재": ("speaker", "공장 데이터 표준"), "한예린": ("speaker", "품질검사 AI")}),
    # the same with topics (은/는) instead of subjects
    ("정민재 한빛진흥원 팀장은 '공장 데이터 표준'에 대해, 한예린 다온랩 대표는 '품질검사 AI'에 대해 각각 발표했다.",
     {"정민재": ("speaker", "공장 데이터 표준"), "한예린": ("speaker", "품질검사 AI")}),
    ("정민재 한빛진흥원 팀장은 '공장 데이터 표준'을 주제로, 한예린 다온랩 대표는 '품질검사 AI'를 주제로 강연했다.",
     {"정민재": ("speaker", "공장 데이터 표준"), "한예린": ("speaker", "품질검사 AI")}),
    # a clause with a part of its own keeps it
    ("정민재 한빛진흥원 팀장은 축사를 했고, 한예린 다온랩 대표는 발표했다.",
     {"정민재": ("other", None), "한예린": ("speaker", None)}),
    ("정민재 한빛진흥원 팀장이 축사를 했고, 한예린 다온랩 대표가 발표했다.",
     {"정민재": ("other", None), "한예린": ("speaker", None)}),
])
def test_a_body_aside_and_parallel_subjects_with_topics(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert _first_parts(x) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the subject takes its part (맡아, 나서, 연단에 올라), then names its talk
    ("기조연설은 탁현우 한빛대 교수가 맡아 '피지컬 AI 시대의 공장'을 주제로 발표했다.",
     {"탁현우": ("keynote", "피지컬 AI 시대의 공장")}),
    ("이어 오세린 다온전자 대표가 연단에 올라 '제조 데이터의 가치'에 대해 강연했다.",
     {"오세린": ("speaker", "제조 데이터의 가치")}),
    ("첫 발표자로는 오세린 다온전자 대표가 나서 '제조 데이터의 가치'를 발표했다.",
     {"오세린": ("speaker", "제조 데이터의 가치")}),
    # the part taken is a chair's: what follows is the discussion's subject, not a talk
    ("좌장은 오세린 다온전자 대표가 맡아 '제조 데이터의 가치'를 놓고 토론을 이끌었다.",
     {"오세린": ("moderator", None)}),
    # taking part, and how, before the talk
    ("기조강연에서는 탁현우 한빛대 교수가 화상으로 참여해 '피지컬 AI 시대의 공장'을 주제로 강연했다.",
     {"탁현우": ("keynote", "피지컬 AI 시대의 공장")}),
    ("오세린 다온전자 대표는 연사로 참여해 '제조 데이터의 가치'에 대해 발표했다.",
     {"오세린": ("speaker", "제조 데이터의 가치")}),
    # (guard: so before) taking part, then saying something of a quote: no talk
    ("오세린 다온전자 대표는 직접 참석해 '제조 데이터의 가치'를 강조했다.", {"오세린": ("attendee", None)}),
])
def test_a_talk_named_after_taking_the_part(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert _first_parts(x) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people joined as one subject share the talk named after the last of them
    ("정민재 한빛진흥원 팀장과 한예린 다온랩 대표가 'AI와 일자리'를 주제로 대담을 나눴다.",
     {"정민재": ("speaker", "AI와 일자리"), "한예린": ("speaker", "AI와 일자리")}),
    ("정민재 한빛진흥원 팀장, 한예린 다온랩 대표가 '품질검사 AI'에 대해 발표했다.",
     {"정민재": ("speaker", "품질검사 AI"), "한예린": ("speaker", "품질검사 AI")}),
    # a verb with a connective ending closes the first person's clause, comma or not
    ("정민재 한빛진흥원 팀장이 기조강연을 했고 한예린 다온랩 대표가 '품질검사 AI'를 주제로 발표했다.",
     {"정민재": ("keynote", None), "한예린": ("speaker", "품질검사 AI")}),
    ("정민재 한빛진흥원 팀장이 축사를 했으며 한예린 다온랩 대표가 발표했다.",
     {"정민재": ("other", None), "한예린": ("speaker", None)}),
])
def test_a_shared_talk_and_a_clause_closed_without_a_comma(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert _first_parts(x) == expected


@pytest.mark.parametrize("text", [
    # visiting the venue or its booths is attending
    "행사장을 찾은 정민재 한빛시장은 전시 부스를 둘러봤다.",
    "정민재 한빛시장은 이날 다온전자 부스를 방문했다.",
    # ... or the event itself, by its kind
    "행사를 찾은 정민재 한빛시장은 참가 기업 대표들과 인사를 나눴다.",
    "정민재 한빛시장은 이날 박람회를 방문해 참가 기업을 격려했다.",
    # the venue as the topic, then a visit; cheering the participants on
    "한편 이날 행사장에는 정민재 한빛시장도 방문해 눈길을 끌었다.",
    "정민재 한빛시장은 현장을 찾아 참가자들을 격려했다.",
    # being there with the others, the occasion as the topic
    "이 자리에는 정민재 한빛시장이 함께했다.",
    "행사에는 정민재 한빛시장이 함께 했다.",
])
def test_visiting_the_venue_is_attending(text: str) -> None:
    x = extract(ko_article("'2025 한빛 AI 포럼'이 27일 열렸다. " + text))
    assert {p.name: {r.role for r in p.roles} for p in x.people} == {"정민재": {Role.ATTENDEE}}


@pytest.mark.parametrize(("text", "expected"), [
    # quoted in or right after a sentence about a panel discussion: a panelist
    ("패널토론이 이어졌다. 정민재 한빛대 교수는 \"규제가 문제\"라고 했고, 한예린 다온랩 대표는 \"투자가 필요하다\"고 했다.",
     {"정민재": {Role.PANELIST, Role.QUOTED}, "한예린": {Role.PANELIST, Role.QUOTED}}),
    # … elsewhere in a seminar's report: a speaker
    ("정민재 한빛대 교수는 \"규제가 문제\"라고 말했다.", {"정민재": {Role.SPEAKER, Role.QUOTED}}),
    # going over a subject is speaking
    ("정민재 한빛대 교수는 AI 반도체 동향을 짚었다.", {"정민재": {Role.SPEAKER}}),
    ("한예린 다온랩 대표는 현장 적용 사례를 풀어냈다.", {"한예린": {Role.SPEAKER}}),
    ("정민재 한빛대 교수는 국내외 동향을 살폈다.", {"정민재": {Role.SPEAKER}}),
    ("한예린 다온랩 대표는 제조 AI 시장 전망을 내놨다.", {"한예린": {Role.SPEAKER}}),
    ("정민재 한빛대 교수는 중소기업의 AI 도입 현황을 진단했다.", {"정민재": {Role.SPEAKER}}),
    ("한예린 다온랩 대표는 정책 방향을 제언했다.", {"한예린": {Role.SPEAKER}}),
    ("정민재 한빛대 교수는 현장 노하우를 전수했다.", {"정민재": {Role.SPEAKER}}),
    ("한예린 다온랩 대표가 창업 인사이트를 전했다.", {"한예린": {Role.SPEAKER}}),
    # going up on stage leads to the act the next cue names (an award, greetings), no talk of its own
    ("정민재 한빛대 교수가 무대에 올라 최우수상을 받았다.", {"정민재": {Role.OTHER}}),
    ("한예린 다온랩 대표가 단상에 올라 축사를 했다.", {"한예린": {Role.OTHER}}),
    ("정민재 한빛대 교수가 무대에 올라 발표했다.", {"정민재": {Role.SPEAKER}}),
    # the act named right before the stage is the part: "기조강연 무대에 오른 A", "기조연설 연단에 선 A"
    ("기조강연 무대에 오른 정민재 한빛대 교수는 사례를 소개했다.", {"정민재": {Role.KEYNOTE}}),
    ("이날 기조연설 연단에 선 한예린 다온랩 대표는 데이터를 강조했다.", {"한예린": {Role.KEYNOTE}}),
    ("축사 무대에 오른 정민재 한빛대 교수는 인사를 건넸다.", {"정민재": {Role.OTHER}}),
    # the owner of what another presented took no part by it ("A 대표는 B 교수의 연구를 소개했다")
    ("이서연 다온랩 대표는 정민재 한빛대 교수의 연구를 소개했다.", {"이서연": {Role.SPEAKER}, "정민재": set()}),
    ("이서연 다온랩 대표는 정민재 한빛대 교수의 최근 발언을 소개하며 시장을 전망했다.", {"이서연": {Role.SPEAKER}, "정민재": set()}),
    # (guards: passed before) a talk the genitive owns is the owner's; one's own work
    ("이서연 다온랩 대표는 정민재 한빛대 교수의 강연을 들었다.", {"이서연": set(), "정민재": {Role.SPEAKER}}),
    ("정민재 한빛대 교수는 자신의 연구를 소개했다.", {"정민재": {Role.SPEAKER}}),
    # the time one took to present or explain something, and briefing those gathered: speaking
    ("정민재 한빛대 교수는 최신 연구 성과를 소개하는 시간을 가졌다.", {"정민재": {Role.SPEAKER}}),
    ("이어 한예린 다온랩 대표가 사업 현황을 설명하는 시간을 가졌다.", {"한예린": {Role.SPEAKER}}),
    ("정부 측에서는 정민재 과학기술정보통신부 인공지능정책관이 정책 방향을 브리핑했다.", {"정민재": {Role.SPEAKER}}),
    # (guard: passed before) a time to network is no talk
    ("참석자들은 네트워킹하는 시간을 가졌다. 정민재 한빛대 교수도 참석했다.", {"정민재": {Role.ATTENDEE}}),
    # turning out in force, gathering in one place, showing up: attending
    ("이날 행사에는 정민재 한빛대 교수와 한예린 다온랩 대표 등 업계 수장들이 총출동했다.",
     {"정민재": {Role.ATTENDEE}, "한예린": {Role.ATTENDEE}}),
    ("이날 정민재 한빛대 교수와 한예린 다온랩 대표 등 100여명이 한자리에 모였다.", {"정민재": {Role.ATTENDEE}, "한예린": {Role.ATTENDEE}}),
    # (guards: passed before) the venue as the topic says it already; the words inside a quote
    ("이날 행사장에는 한예린 다온랩 대표도 모습을 드러냈다.", {"한예린": {Role.ATTENDEE}}),
    ("정민재 한빛대 교수는 \"업계가 한자리에 모였다는 점이 의미 있다\"고 말했다.", {"정민재": {Role.SPEAKER, Role.QUOTED}}),
    # the one who runs a class, a workshop or a lecture gives it (a discussion one runs, one chairs)
    ("이날 오후에는 정민재 한빛대 교수가 진행하는 실무 워크숍이 열렸다.", {"정민재": {Role.SPEAKER}}),
    ("이어 한예린 다온랩 대표가 진행한 생성형 AI 실습에는 50명이 참여했다.", {"한예린": {Role.SPEAKER}}),
    # (guards: passed before) a lecture's own word says it already; a discussion one runs
    ("오후에는 정민재 한빛대 교수가 이끄는 특강이 마련됐다.", {"정민재": {Role.SPEAKER}}),
    ("이어 정민재 한빛대 교수가 진행한 패널토론에는 한예린 다온랩 대표가 참여했다.",
     {"정민재": {Role.MODERATOR}, "한예린": {Role.PANELIST}}),
    # leading a session is chairing it
    ("오후 세션을 이끈 정민재 한빛대 교수는 토론을 정리했다.", {"정민재": {Role.MODERATOR}}),
    # showing or putting forward something before the audience is speaking
    ("이 자리에서 제갈윤 한빛로보틱스 최고기술책임자는 휴머노이드 로봇 개발 현황을 공개했다.", {"제갈윤": {Role.SPEAKER}}),
    ("한예린 다온랩 대표는 중소 제조기업의 AI 도입 해법을 제시했다.", {"한예린": {Role.SPEAKER}}),
])
def test_quoted_at_a_panel_and_going_over_a_subject(text: str, expected: dict) -> None:
    x = extract(ko_article("'2025 한빛 AI 세미나'가 27일 열렸다. " + text))
    assert {p.name: {r.role for r in p.roles} for p in x.people} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun subject before a quote: the one person of the sentence before said it
    ("정민재 한빛대 교수가 발표했다. 그는 \"데이터가 핵심\"이라고 말했다.", {"정민재": ({Role.SPEAKER, Role.QUOTED}, None)}),
    ("정민재 한빛대 교수가 발표했다. 이어 그는 \"데이터가 핵심\"이라고 강조했다.",
     {"정민재": ({Role.SPEAKER, Role.QUOTED}, None)}),
    # … not when two people were named there
    ("정민재 한빛대 교수와 한예린 다온랩 대표가 발표했다. 그는 \"데이터가 핵심\"이라고 말했다.",
     {"정민재": ({Role.SPEAKER}, None), "한예린": ({Role.SPEAKER}, None)}),
    # a talk's title in corner brackets
    ("정민재 한빛대 교수는 「AI 시대의 제조」를 주제로 발표했다.", {"정민재": ({Role.SPEAKER}, "AI 시대의 제조")}),
])
def test_a_pronoun_before_a_quote_and_corner_bracket_titles(text: str, expected: dict) -> None:
    x = extract(ko_article("'2025 한빛 AI 세미나'가 27일 열렸다. " + text))
    assert {p.name: ({r.role for r in p.roles}, next((r.talk_title for r in p.roles if r.talk_title), None))
            for p in x.people} == expected


def _affiliations(text: str) -> dict[str, list[tuple[str | None, str | None]]]:
    x = extract(ko_article(text))
    names = {o.id: o.name for o in x.organizations}
    return {p.name: [(names.get(a.org) if a.org else None, a.title) for a in p.affiliations] for p in x.people}


@pytest.mark.parametrize(("text", "expected"), [
    # a head's title alone names the one organization of the article such a head leads
    ("한빛AI협회가 주최한 'AI 성과공유회'가 열렸다. 환영사는 정하윤 협회장이 맡았다.",
     {"정하윤": [("한빛AI협회", "협회장")]}),
    ("'AI 성과공유회'가 열렸다. 다온정책연구원이 행사를 주관했다. 정하윤 원장은 \"성과를 나누자\"고 말했다.",
     {"정하윤": [("다온정책연구원", "원장")]}),
    ("한빛대학교가 주최한 'AI 포럼'이 열렸다. 정하윤 총장은 환영사를 했다.",
     {"정하윤": [("한빛대학교", "총장")]}),
    # (a superintendent of education leads an office of education, in the topic's sentence or after it)
    ("한빛도교육청은 3일 'AI 교육 포럼'을 열었다. 개회사는 정하윤 교육감이 맡았다.",
     {"정하윤": [("한빛도교육청", "교육감")]}),
    ("다온AI협회와 한빛시교육청은 3일 'AI 교육 포럼'을 공동 개최했다. 이날 포럼에는 정하윤 교육감이 참석했다.",
     {"정하윤": [("한빛시교육청", "교육감")]}),
    # two bodies a head could lead, or a former head: no organization is guessed
    ("한빛AI협회와 다온로봇협회가 주최한 'AI 성과공유회'가 열렸다. 환영사는 정하윤 협회장이 맡았다.",
     {"정하윤": [(None, "협회장")]}),
    ("한빛AI협회가 주최한 'AI 성과공유회'가 열렸다. 이날 정하윤 전 회장이 축사를 했다.",
     {"정하윤": [(None, "전 회장")]}),
    # a title no body is listed for
    ("한빛AI협회가 주최한 'AI 성과공유회'가 열렸다. 이날 정하윤 작가가 강연했다.",
     {"정하윤": [(None, "작가")]}),
])
def test_a_heads_title_alone_names_the_body_it_leads(text: str, expected: dict) -> None:
    assert _affiliations(text) == expected


@pytest.mark.parametrize(("text", "people"), [
    # a name repeated in one sentence with no organization is the person named before
    ("이날 한빛대 정하윤 총장의 환영사, 다온랩 한예린 대표의 축사, 정하윤 총장의 기조강연이 이어졌다.",
     {"정하윤": [("한빛대", "총장")], "한예린": [("다온랩", "대표")]}),
    ("한빛대 정하윤 총장은 환영사를 했고, 정하윤 총장은 이어 기조강연도 맡았다.",
     {"정하윤": [("한빛대", "총장")]}),
])
def test_a_name_repeated_in_one_sentence_is_one_person(text: str, people: dict) -> None:
    x = extract(ko_article(text))
    assert sorted(p.name for p in x.people) == sorted(people)
    assert _affiliations(text) == people


def test_namesakes_with_organizations_of_their_own_stay_two() -> None:
    x = extract(ko_article("왼쪽부터 정하윤 한빛대 교수, 한예린 다온랩 대표, 정하윤 누리전자 상무."))
    assert sorted(p.name for p in x.people) == ["정하윤", "정하윤", "한예린"]


@pytest.mark.parametrize(("text", "expected"), [
    # a former (전) or current (현) post with no organization, or the organization before the name
    ("'AI 포럼'이 열렸다. 이날 정하윤 전 장관이 축사를 했다.", {"정하윤": [(None, "전 장관")]}),
    ("'AI 포럼'이 열렸다. 토론에는 정하윤 전 의원이 참여했다.", {"정하윤": [(None, "전 의원")]}),
    ("'AI 포럼'이 열렸다. 이날 한빛부 정하윤 전 장관이 축사를 했다.", {"정하윤": [("한빛부", "전 장관")]}),
    # after the marker, the word before the title is the organization, not a name (한빛부 is shaped like one)
    ("'AI 포럼'이 열렸다. 이날 정하윤 전 한빛부 장관이 축사를 했다.", {"정하윤": [("한빛부", "전 장관")]}),
    ("'AI 포럼'이 열렸다. 토론에는 정하윤 전 다온랩 대표가 참여했다.", {"정하윤": [("다온랩", "전 대표")]}),
])
def test_former_posts_with_and_without_an_organization(text: str, expected: dict) -> None:
    assert _affiliations(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a middle dot after a title ends one person's post: the next person, or another post, follows it
    ("'AI 포럼'이 열렸다. 토론자로 김태오 누리로봇 대표·오지민 다온랩 과장이 참여했다.",
     {"김태오": [("누리로봇", "대표")], "오지민": [("다온랩", "과장")]}),
    ("'AI 포럼'이 열렸다.\n▲패널토론: 좌장 한예린 한빛대 교수, 토론자 김태오 누리로봇 대표·오지민 다온랩 과장·이하은 한빛대 교수",
     {"한예린": [("한빛대", "교수")], "김태오": [("누리로봇", "대표")], "오지민": [("다온랩", "과장")],
      "이하은": [("한빛대", "교수")]}),
    ("'AI 포럼'이 열렸다. 김태오 누리로봇 대표·이사회 의장이 발표했다.", {"김태오": [("누리로봇", "대표")]}),
    # names joined by dots still share the post after the last
    ("'AI 포럼'이 열렸다. 김태오·오지민 한빛대 교수가 발표했다.",
     {"김태오": [("한빛대", "교수")], "오지민": [("한빛대", "교수")]}),
])
def test_a_dot_after_a_title_ends_a_post(text: str, expected: dict) -> None:
    assert _affiliations(text) == expected


def test_a_board_is_no_name() -> None:
    assert extract(ko_article("'AI 포럼'이 열렸다. 이사회 의장이 발표했다.")).people == ()


@pytest.mark.parametrize(("text", "roles"), [
    # a part given with 로 is its own clause's; a topic (에는, 로는) is the whole sentence's
    ("'2026 한빛 AI 포럼'이 18일 열린다. 배성훈 LG전자 원장이 기조연설자로 나서고, 서민아 다온대 교수가 강연한다.",
     {"배성훈": {"keynote"}, "서민아": {"speaker"}}),
    ("'2026 한빛 AI 포럼'이 18일 열린다. 첫날에는 배성훈 LG전자 원장이 기조연설자로 나서고, 둘째 날에는 서민아 다온대 교수가 "
     "강연한다.", {"배성훈": {"keynote"}, "서민아": {"speaker"}}),
    ("'2026 한빛 AI 포럼'이 18일 열린다. 패널토론에는 배성훈 LG전자 원장이 좌장을 맡고, 서민아 다온대 교수와 정도윤 다온랩 "
     "대표가 참여한다.", {"배성훈": {"moderator"}, "서민아": {"panelist"}, "정도윤": {"panelist"}}),
])
def test_a_part_given_with_ro_stays_in_its_clause(text: str, roles: dict) -> None:
    assert _role_values(text) == roles


@pytest.mark.parametrize(("text", "organizers"), [
    # a date and a place between the event and the verb that holds it; a lawmaker holds it through the office
    ("정하윤 의원은 '피지컬 AI 시대' 토론회를 2일 국회의원회관에서 열었다.", ["정하윤 의원실"]),
    ("정하윤 의원(다온당)은 한빛AI협회와 공동으로 '피지컬 AI 시대' 정책토론회를 2일 국회의원회관 제2소회의실에서 개최했다.",
     ["정하윤 의원실"]),
    # meeting people at it is not holding it
    ("정하윤 의원은 '피지컬 AI 시대' 토론회 참석자들을 2일 국회에서 만나 의견을 들었다.", []),
])
def test_holding_with_a_date_and_a_place_before_the_verb(text: str, organizers: list) -> None:
    x = extract(ko_article(text, published="2026-12-02"))
    names = {o.id: o.name for o in x.organizations}
    assert [names[o] for o in x.events[0].organizers] == organizers
    roles = {r.role.value for r in x.people[0].roles}
    assert ("host_rep" in roles) == bool(organizers)


@pytest.mark.parametrize(("text", "org"), [
    # the body the sentence before opened with: a public office is never one of its posts
    ("한빛협회는 'AI 포럼'을 2일 열었다. 정하윤 의원은 축사를 했다.", None),
    ("한빛시는 'AI 포럼'을 2일 열었다. 정하윤 시장은 축사를 했다.", "한빛시"),
    ("한빛협회는 'AI 포럼'을 2일 열었다. 정하윤 회장은 축사를 했다.", "한빛협회"),
])
def test_a_public_office_takes_no_association_from_the_sentence_before(text: str, org: str | None) -> None:
    [(found, _title)] = _affiliations(text)["정하윤"]
    assert found == org


@pytest.mark.parametrize(("text", "roles"), [
    # a verb with a connective ending closes its clause before the next clause's part, set as its topic
    ("'2025 AI 포럼'이 24일 열렸다. 패널토론 좌장은 류하늘 누리소프트 대표가 맡았고 토론에는 조예린 한빛연구원 박사와 "
     "문가영 다온부 과장이 참여했다.", {"류하늘": {"moderator"}, "조예린": {"panelist"}, "문가영": {"panelist"}}),
    ("'2025 AI 포럼'이 24일 열렸다. 기조강연은 류하늘 누리소프트 대표가 했고 발표는 조예린 한빛연구원 박사가 맡았다.",
     {"류하늘": {"keynote"}, "조예린": {"speaker"}}),
    # ... or before the next clause's own subject a few words on
    ("'2025 AI 포럼'이 24일 열렸다. 종합토론 좌장은 한빛대 첨단소재공학부 류하늘 교수가 맡았으며 발표자 전원이 "
     "토론자로 참여했다.", {"류하늘": {"moderator"}}),
    ("'2025 AI 포럼'이 24일 열렸다. 좌장은 류하늘 누리소프트 대표가 맡았고 참석자 모두가 토론에 참여했다.",
     {"류하늘": {"moderator"}}),
    # subjects closed by commas, their verb left out, share the last one's, however many there are
    ("'2025 AI 포럼'이 24일 열렸다. 1세션에서는 류하늘 한빛대 교수가, 2세션에서는 조예린 다온전자 센터장이, 3세션에서는 "
     "문가영 누리연구원 선임연구원이 각각 발표했다.", {"류하늘": {"speaker"}, "조예린": {"speaker"}, "문가영": {"speaker"}}),
    ("'2025 AI 포럼'이 24일 열렸다. 류하늘 한빛대 교수가, 조예린 다온전자 센터장이, 문가영 누리연구원 선임연구원과 "
     "한지우 다온칩스 대표가 차례로 발표했다.",
     {"류하늘": {"speaker"}, "조예린": {"speaker"}, "문가영": {"speaker"}, "한지우": {"speaker"}}),
    # the people joined by 과 to a gapped subject share its verb too
    ("'2025 AI 포럼'이 24일 열렸다. 1세션 '의료 AI'에서는 류하늘 한빛대 교수와 조예린 다온병원 교수가, 2세션에서는 "
     "문가영 누리연구원 원장이 발표했다.", {"류하늘": {"speaker"}, "조예린": {"speaker"}, "문가영": {"speaker"}}),
    ("'2025 AI 포럼'이 24일 열렸다. 오전에는 류하늘 교수와 조예린 박사가, 오후에는 문가영 대표와 한지우 이사가 "
     "각각 발표를 맡았다.", {"류하늘": {"speaker"}, "조예린": {"speaker"}, "문가영": {"speaker"}, "한지우": {"speaker"}}),
    # (guard: so before) a subject with its own cue keeps it
    ("'2025 AI 포럼'이 24일 열렸다. 류하늘 교수는 축사를, 조예린 박사와 문가영 대표가 발표를 맡았다.",
     {"류하늘": {"other"}, "조예린": {"speaker"}, "문가영": {"speaker"}}),
    # a verb whose ending fused into its stem's syllable ("봤고", "줬으며") closes its clause as "맡았고" does
    ("'2025 AI 포럼'이 24일 열렸다. 사회는 류하늘 한빛대 교수가 봤고, 조예린 다온전자 센터장, 문가영 누리연구원 "
     "선임연구원이 패널로 참여했다.", {"류하늘": {"moderator"}, "조예린": {"panelist"}, "문가영": {"panelist"}}),
    ("'2025 AI 포럼'이 24일 열렸다. 좌장은 류하늘 한빛대 교수가 봤으며 조예린 다온전자 센터장이 토론자로 나섰다.",
     {"류하늘": {"moderator"}, "조예린": {"panelist"}}),
])
def test_a_connective_verb_closes_its_clause_before_the_next_topic(text: str, roles: dict) -> None:
    assert _role_values(text) == roles


@pytest.mark.parametrize(("text", "roles"), [
    # the subject with 도 and no cue of its own does what the one the sentence before named did
    ("'2026 한빛 AI 포럼'이 18일 열렸다. 패널토론에서 윤재석 한빛대 교수는 데이터 공유를 강조했다. "
     "강민지 다온전자 상무도 표준화의 필요성을 언급했다.", {"윤재석": {"panelist"}, "강민지": {"panelist"}}),
    ("다온부는 26일 'AI 반도체 간담회'를 열었다. 이어 진행된 토의에서 한지우 다온칩스 대표는 수요 창출을 건의했다. "
     "오민석 누리반도체 부사장도 인력 확보의 어려움을 호소했다.", {"한지우": {"panelist"}, "오민석": {"panelist"}}),
    # without 도, or after a sentence of two parts, nothing follows
    ("'2026 한빛 AI 포럼'이 18일 열렸다. 윤재석 한빛대 교수는 '제조 AI의 미래'를 주제로 발표했다. "
     "강민지 다온전자 상무는 행사장을 둘러봤다.", {"윤재석": {"speaker"}, "강민지": set()}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다. 윤재석 한빛대 교수가 발표하고 배성우 누리연구원 본부장이 좌장을 맡았다. "
     "강민지 다온전자 상무도 행사장을 둘러봤다.", {"윤재석": {"speaker"}, "배성우": {"moderator"}, "강민지": set()}),
])
def test_a_subject_with_do_does_what_the_one_before_did(text: str, roles: dict) -> None:
    assert _role_values(text) == roles


@pytest.mark.parametrize(("text", "roles"), [
    # a header line naming a part ("◇연사", "[토론자]", "■ 좌장") gives it to the people listed below it
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n◇연사\n- 김도윤 한빛대 교수: 제조 AI의 현재\n- 이서연 다온랩 대표: 에이전트와 공장\n"
     "[토론자]\n- 박준호 누리전자 상무\n- 최유나 다온시 팀장",
     {"김도윤": {"speaker"}, "이서연": {"speaker"}, "박준호": {"panelist"}, "최유나": {"panelist"}}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n■ 좌장\n박준호 누리전자 상무", {"박준호": {"moderator"}}),
    # the part and the people who take it ("◇좌담 참석자"), and the chair after "사회=" in the same box
    ("지난 10일 '제조 AI 좌담회'가 열렸다.\n\n◇좌담 참석자\n△윤재석 한빛대 교수\n△강민지 다온전자 상무\n\n"
     "◇사회=임도윤 한빛일보 부장",
     {"윤재석": {"panelist"}, "강민지": {"panelist"}, "임도윤": {"moderator"}}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n[토론 참가자]\n- 박준호 누리전자 상무\n- 최유나 다온시 팀장\n좌장 = 김도윤 한빛대 교수",
     {"박준호": {"panelist"}, "최유나": {"panelist"}, "김도윤": {"moderator"}}),
    # however many items the list under the header holds
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n◇연사\n△윤재석 한빛대 교수\n△강민지 다온전자 상무\n△배성우 누리연구원 본부장\n"
     "△류하늘 누리소프트 대표\n△조예린 한빛연구원 박사",
     {"윤재석": {"speaker"}, "강민지": {"speaker"}, "배성우": {"speaker"}, "류하늘": {"speaker"}, "조예린": {"speaker"}}),
    # those who attended, listed under "◇주요 참석자" or "[참석자 명단]"
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n◇주요 참석자\n△윤재석 한빛대 교수\n△강민지 다온전자 상무",
     {"윤재석": {"attendee"}, "강민지": {"attendee"}}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n[참석자 명단]\n- 윤재석 한빛대 교수\n- 강민지 다온전자 상무",
     {"윤재석": {"attendee"}, "강민지": {"attendee"}}),
    # the part and its slot in the programme ("■ 발표 세션", "◆ 강연 순서"); items numbered on lines of their own
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n■ 발표 세션\n윤재석 한빛대 교수 - 제조 AI\n강민지 다온전자 상무 - 현장 데이터",
     {"윤재석": {"speaker"}, "강민지": {"speaker"}}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n[토론 세션]\n박준호 누리전자 상무\n최유나 다온시 팀장",
     {"박준호": {"panelist"}, "최유나": {"panelist"}}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n◇연사\n1. 윤재석 한빛대 교수\n2. 강민지 다온전자 상무\n3. 배성우 누리연구원 본부장",
     {"윤재석": {"speaker"}, "강민지": {"speaker"}, "배성우": {"speaker"}}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n◆ 강연 순서\n1) 윤재석 한빛대 교수 '제조 데이터'\n2) 강민지 다온전자 상무 '현장 AI'",
     {"윤재석": {"speaker"}, "강민지": {"speaker"}}),
    # two words that are not the part and its people are no header
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n◇토론 일정\n△윤재석 한빛대 교수",
     {"윤재석": set()}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n■ 참석 세션\n윤재석 한빛대 교수", {"윤재석": set()}),
    # a sentence is no header
    ("'2026 한빛 AI 포럼'이 18일 열렸다. 발표는 다음과 같다.\n김도윤 한빛대 교수가 참석했다.", {"김도윤": {"attendee"}}),
    # ... but its topic, wherever it stands, is the part of the list it announces
    ("'2026 한빛 AI 포럼'이 18일 열린다. 이어지는 세션 발표자는 다음과 같다.\n\n△윤재석 한빛대 교수 '제조 AI의 미래' "
     "△강민지 다온전자 상무 '에이전트와 공장'", {"윤재석": {"speaker"}, "강민지": {"speaker"}}),
    ("'2026 한빛 AI 포럼'이 18일 열린다. 오후 토론에 참여하는 패널은 아래와 같습니다.\n- 윤재석 한빛대 교수\n- 강민지 다온전자 상무",
     {"윤재석": {"panelist"}, "강민지": {"panelist"}}),
    ("'2026 한빛 AI 포럼'이 18일 열린다. 행사 일정은 다음과 같다.\n△윤재석 한빛대 교수 △강민지 다온전자 상무",
     {"윤재석": set(), "강민지": set()}),
    # the list's header with its name-list word, and a note in parentheses after it
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n발표자 명단\n1. 윤재석(한빛대 교수)\n2. 강민지(다온전자 상무)",
     {"윤재석": {"speaker"}, "강민지": {"speaker"}}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n토론자 명단(가나다 순)\n△윤재석 한빛대 교수\n△강민지 다온전자 상무",
     {"윤재석": {"panelist"}, "강민지": {"panelist"}}),
])
def test_a_header_line_names_the_part_of_the_items_below(text: str, roles: dict) -> None:
    assert _role_values(text) == roles


@pytest.mark.parametrize(("text", "expected"), [
    # a brand written apart before the organization word is part of its name
    ("'AI 포럼'이 열렸다. 다온 AI연구원 이홍민 최고AI과학자가 특별강연을 했다.", {"이홍민": [("다온 AI연구원", "최고AI과학자")]}),
    ("'AI 포럼'이 열렸다. 정하윤 한빛대 교수와 다온 AI연구원 이홍민 박사가 발표했다.",
     {"정하윤": [("한빛대", "교수")], "이홍민": [("다온 AI연구원", "박사")]}),
    # a common word is none
    ("'AI 포럼'이 열렸다. 이날 AI연구원 이홍민 박사가 특별강연을 했다.", {"이홍민": [("AI연구원", "박사")]}),
])
def test_a_brand_written_apart_before_the_organization_word(text: str, expected: dict) -> None:
    assert _affiliations(text) == expected


@pytest.mark.parametrize(("text", "roles"), [
    # parts owned by genitives in a programme's list: each part is its own person's
    ("'2026 한빛 AI 포럼'이 18일 열렸다. 이날 행사는 정하윤 한빛협회장의 개회사를 시작으로 김도윤 한빛부 차관의 축사, 이서연 한빛대 "
     "교수의 기조강연, 박준호 다온랩 박사와 최유나 누리전자 대표의 주제발표, 한지민 서울대 교수를 좌장으로 한 패널토론 순으로 "
     "진행됐다.", {"정하윤": {"host_rep"}, "김도윤": {"other"}, "이서연": {"keynote"}, "박준호": {"speaker"},
                 "최유나": {"speaker"}, "한지민": {"moderator"}}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다. 이서연 한빛대 교수의 기조강연에 이어 박준호 다온랩 박사의 발표가 있었다.",
     {"이서연": {"keynote"}, "박준호": {"speaker"}}),
    # a keynote part the person is described by stays theirs
    ("'2026 한빛 AI 포럼'이 18일 열렸다. 기조연설자로 나선 이서연 한빛대 교수는 'AI와 제조'를 주제로 강연했다.",
     {"이서연": {"keynote"}}),
])
def test_parts_owned_by_genitives_in_a_list(text: str, roles: dict) -> None:
    assert _role_values(text) == roles


@pytest.mark.parametrize("text", [
    # each subject with its quoted talk and a comma, the verb written once after the last
    "1부에서는 이서연 한빛대 교수가 'AI와 제조'를, 박준호 다온랩 박사가 '데이터 표준'을 발표했다.",
    "이서연 한빛대 교수는 'AI와 제조'를 주제로, 박준호 다온랩 박사는 '데이터 표준'을 주제로 강연했다.",
])
def test_each_subject_with_its_talk_before_one_verb(text: str) -> None:
    x = extract(ko_article("'2026 한빛 AI 포럼'이 18일 열렸다. " + text))
    assert _first_parts(x) == {
        "이서연": ("speaker", "AI와 제조"), "박준호": ("speaker", "데이터 표준")}


@pytest.mark.parametrize("sentence", [
    # a part at an earlier edition (an adnominal verb between the time and the event word), or at another event
    # that one attends (에 참석), is none at this one
    "지난해 열린 제4회 포럼에서는 정하윤 다온랩 부사장이 기조강연을 했다.",
    "작년에 개최된 포럼에서는 정하윤 다온랩 부사장이 기조강연을 했다.",
    "한편 정하윤 산업부 장관은 다음 달 부산에서 열리는 '로봇 엑스포'에 참석할 예정이다.",
])
def test_a_part_at_an_earlier_edition_or_another_event(sentence: str) -> None:
    assert _role_values("한빛협회는 3일 '제5회 한빛 AI 포럼'을 열었다. 기조강연은 김하늘 한빛대 교수가 맡았다. " + sentence) \
        == {"김하늘": {"keynote"}, "정하윤": set()}


@pytest.mark.parametrize(("sentence", "roles"), [
    # a person quoted away from the forum (on the phone, not having attended) did not speak at it
    ("정하윤 다온랩 대표는 \"수요가 많다\"고 통화에서 말했다.", {"quoted"}),
    ("행사에 참석하지 않은 정하윤 다온랩 대표는 \"수요가 많다\"고 말했다.", {"quoted"}),
    ("정하윤 다온랩 대표는 \"수요가 많다\"고 말했다.", {"quoted", "speaker"}),
    # (nor one whose impression is quoted: an award winner's; guard, so before: a visitor's, who attended)
    ("대상은 다온랩이 받았다. 정하윤 다온랩 대표는 \"현장의 힘\"이라고 소감을 밝혔다.", {"quoted"}),
    ("정하윤 다온랩 대표는 \"많이 배웠다\"고 참석 소감을 전했다.", {"quoted", "attendee"}),
])
def test_quoted_away_from_the_forum(sentence: str, roles: set) -> None:
    x = extract(ko_article("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence))
    assert {r.role.value for r in x.people[0].roles} == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a cue's verb negated right after it gives no part (and one who did not attend at all is no person of the event:
    # see test_ko_shapes.test_one_who_did_not_attend_is_no_person_of_the_event)
    ("정하윤 다온랩 대표는 일정 때문에 발표하지 못했다.", {"정하윤": set()}),
    ("정하윤 다온랩 대표는 행사에 참석하지 않았다.", {}),
    ("정하윤 다온랩 대표가 참석해 발표했다.", {"정하윤": {"attendee", "speaker"}}),
])
def test_a_negated_cue_gives_no_part(sentence: str, roles: dict) -> None:
    x = extract(ko_article("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence))
    assert {p.name: {r.role.value for r in p.roles} for p in x.people} == roles


@pytest.mark.parametrize(("org", "expected"), [
    # a group's letters and a company's own name written apart are one organization
    ("KT 클라우드", ("KT 클라우드", None)),
    ("CJ 올리브네트웍스", ("CJ 올리브네트웍스", None)),
    ("KB 국민은행", ("KB 국민은행", None)),
    # a unit after the letters stays a unit
    ("KT 전략기획실", ("KT", "전략기획실")),
])
def test_a_groups_letters_and_a_company_name_written_apart(org: str, expected: tuple) -> None:
    x = extract(ko_article(f"'AI 포럼'이 열렸다. 토론에는 김도윤 {org} 상무가 참여했다."))
    names = {o.id: o.name for o in x.organizations}
    [a] = x.people[0].affiliations
    assert (names[a.org], a.unit) == expected


@pytest.mark.parametrize(("org", "expected"), [
    # a name in capitals written as two words, then a unit of it
    ("LG CNS 제조DX담당", ("LG CNS", "제조DX담당")),
    ("SK C&C 클라우드사업부", ("SK C&C", "클라우드사업부")),
    ("KT DS 전략팀", ("KT DS", "전략팀")),
])
def test_a_name_in_capitals_of_two_words_then_its_unit(org: str, expected: tuple) -> None:
    x = extract(ko_article(f"'AI 포럼'이 열렸다. 토론에는 김도윤 {org} 상무가 참여했다."))
    names = {o.id: o.name for o in x.organizations}
    assert [p.name for p in x.people] == ["김도윤"]
    [a] = x.people[0].affiliations
    assert (names[a.org], a.unit) == expected


@pytest.mark.parametrize("text", [
    # a name in Latin letters after an organization in the genitive, or before the organization
    "이날 IBM의 John Smith 부사장이 기조연설을 했다.",
    "이날 John Smith IBM 부사장이 기조연설을 했다.",
])
def test_a_latin_name_after_a_genitive_organization(text: str) -> None:
    assert _affiliations("'2026 한빛 AI 포럼'이 18일 열렸다. " + text) == {"John Smith": [("IBM", "부사장")]}


@pytest.mark.parametrize(("sentence", "roles"), [
    # leading a discussion is chairing it
    ("정하윤 한빛대 교수가 토론을 이끌었다.", {"정하윤": {"moderator"}}),
    ("토론을 이끈 정하윤 한빛대 교수는 \"규제가 문제\"라고 말했다.", {"정하윤": {"moderator", "quoted"}}),
    ("정하윤 한빛대 교수가 논의를 이끌었고, 한예린 다온랩 대표가 토론자로 참여했다.",
     {"정하윤": {"moderator"}, "한예린": {"panelist"}}),
    # the discussion as the sentence's topic: who leads or conducts it chairs it, who takes part sits on it
    ("토론은 정하윤 한빛대 교수가 이끌었다.", {"정하윤": {"moderator"}}),
    ("이어진 패널토론은 정하윤 한빛대 교수가 진행했고 한예린 다온랩 대표와 오민석 누리전자 상무가 참여했다.",
     {"정하윤": {"moderator"}, "한예린": {"panelist"}, "오민석": {"panelist"}}),
    # (this one, or the day's, as its determiner)
    ("이번 토론은 정하윤 한빛대 교수가 진행했으며 한예린 다온랩 대표가 토론자로 참석했다.",
     {"정하윤": {"moderator"}, "한예린": {"panelist"}}),
    ("이날 패널토론은 한빛대 정하윤 교수가 이끌었고 다온랩 한예린 대표와 누리전자 오민석 상무가 참여했다.",
     {"정하윤": {"moderator"}, "한예린": {"panelist"}, "오민석": {"panelist"}}),
    # (leading a company is no chair's part)
    ("정하윤 한빛대 교수는 30년간 다온전자를 이끌었다.", {"정하윤": set()}),
    # presiding over a discussion is chairing it
    ("정하윤 한빛대 교수가 토론을 주재했다.", {"정하윤": {"moderator"}}),
    ("정하윤 한빛대 교수가 좌담을 주재했고 한예린 다온랩 대표가 참여했다.", {"정하윤": {"moderator"}, "한예린": {"panelist"}}),
])
def test_leading_a_discussion_is_chairing_it(sentence: str, roles: dict) -> None:
    x = extract(ko_article("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence))
    assert {p.name: {r.role.value for r in p.roles} for p in x.people} == roles


@pytest.mark.parametrize(("text", "talks"), [
    # a programme line's talk after the speaker and a colon, quoted or not
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n◇연사\n- 김도윤 한빛대 교수: 제조 AI의 현재\n- 이서연 다온랩 대표: '에이전트와 공장'",
     {"김도윤": "제조 AI의 현재", "이서연": "에이전트와 공장"}),
    # a colon later in a sentence is no programme line
    ("'2026 한빛 AI 포럼'이 18일 열렸다. 김도윤 한빛대 교수가 발표했다. 요지는 다음과 같다: 데이터가 중요하다.",
     {"김도윤": None}),
    # a transcript's line after the speaker's colon ends as a sentence: what they said, no talk's title
    ("한빛일보는 18일 'AI 제조 대담'을 열었다.\n대담: 김도윤 한빛대 교수, 이서연 다온랩 대표\n김도윤 교수: 아직 초기 단계다.\n"
     "이서연 대표: 데이터부터 부족합니다.", {"김도윤": None, "이서연": None}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n◇연사\n- 김도윤 한빛대 교수: 공장은 데이터로 돌아간다\n- 이서연 다온랩 대표: 현장이 답이다!",
     {"김도윤": "공장은 데이터로 돌아간다", "이서연": None}),
])
def test_a_programme_lines_talk_after_a_colon(text: str, talks: dict) -> None:
    x = extract(ko_article(text))
    assert {p.name: p.roles[0].talk_title for p in x.people} == talks


@pytest.mark.parametrize("text", [
    # the speaker named as the subject right after the quote and its particle (inverted attribution)
    "'AI 포럼'이 3일 열렸다. \"제조 데이터가 핵심\"이라고 오세린 다온전자 대표는 강조했다.",
    "'AI 포럼'이 3일 열렸다. 오세린 다온전자 대표가 발표했다. \"제조 데이터가 핵심\"이라고 오 대표는 강조했다.",
    "'AI 포럼'이 3일 열렸다. 오세린 다온전자 대표가 발표했다. \"데이터가 핵심\"이라며 그는 표준화를 주문했다.",
])
def test_a_quote_then_its_speaker(text: str) -> None:
    x = extract(ko_article(text))
    assert [p.name for p in x.people] == ["오세린"]  # (no person made of "이라고" and the surname)
    assert Role.QUOTED in {r.role for r in x.people[0].roles}
    assert x.people[0].quotes


@pytest.mark.parametrize("text", [
    # the quote first, with no one named, then a sentence whose subject said so (이렇게, 이같이)
    "'AI 포럼'이 3일 열렸다.\n\n\"데이터가 핵심입니다.\"\n\n포럼에서 오세린 다온전자 대표는 이렇게 말문을 열었다.",
    "'AI 포럼'이 3일 열렸다. \"데이터가 핵심입니다.\"\n\n오세린 다온전자 대표는 폐회사에서 이같이 강조했다.",
    # (the subject's title with its initials in parentheses before the particle)
    "\"데이터가 핵심입니다.\"\n\n3일 열린 'AI 포럼'에서 오세린 다온전자 최고기술책임자(CTO)는 이렇게 강조했다.",
    "\"데이터가 핵심입니다.\" 기조연설에 나선 오세린 다온전자 대표(한빛협회장)가 이같이 말했다.",
])
def test_a_quote_then_one_who_said_so(text: str) -> None:
    x = extract(ko_article(text))
    [p] = x.people
    assert Role.QUOTED in {r.role for r in p.roles} and p.quotes


def test_one_who_said_so_of_another_persons_words_is_not_quoted() -> None:
    # (a guard, so before: the subject of 이렇게 말했다 only when nobody is named between the quote and it)
    x = extract(ko_article("'AI 포럼'이 3일 열렸다. \"데이터가 핵심입니다.\" 오세린 다온전자 대표의 말을 들은 "
                           "한도윤 한빛대 교수는 이렇게 답했다."))
    assert {p.name: Role.QUOTED in {r.role for r in p.roles} for p in x.people} == {"오세린": False, "한도윤": False}


@pytest.mark.parametrize("text", [
    # the quote's speaker is the sentence's topic, not one named after it as an owner or an object
    "'AI 포럼'이 3일 열렸다. 오세린 다온전자 대표는 한도윤 한빛테크 CEO의 발언을 인용하며 \"로봇이 노동을 바꾼다\"고 말했다.",
    "'AI 포럼'이 3일 열렸다. 오세린 다온전자 대표는 질문을 던진 한도윤 한빛대 교수에게 \"아직 이르다\"고 답했다.",
    # ... nor one joined to the subject by 와의, nor the source of a question (로부터)
    "'AI 포럼'이 3일 열렸다. 오세린 다온전자 대표는 한도윤 한빛대 교수와의 대담에서 \"AI는 도구\"라고 말했다.",
    "'AI 포럼'이 3일 열렸다. 오세린 다온전자 대표는 한도윤 한빛대 교수로부터 질문을 받고 \"아직 이르다\"고 답했다.",
])
def test_a_quote_is_the_subjects_not_an_owners(text: str) -> None:
    x = extract(ko_article(text))
    # (one the subject cites, named for that alone, is no person of the event: test_one_cited_or_of_another_occasion)
    assert {p.name: bool(p.quotes) for p in x.people}.items() >= {"오세린": True}.items()
    assert not any(p.quotes for p in x.people if p.name == "한도윤")


@pytest.mark.parametrize(("text", "roles"), [
    # a discussion's transcript: each line's speaker before "=" said the words after it, and took the discussion's part
    ("▲노은채 한빛대 교수(이하 노)=제조 AI의 장벽은 데이터입니다.\n\n▲한도윤 다온전자 상무(이하 한)=표준이 없는 게 문제죠.\n\n"
     "이번 좌담회는 지난 10일 한빛일보 본사에서 열렸다.", {"노은채": {"quoted", "panelist"}, "한도윤": {"quoted", "panelist"}}),
    ("■ 다온전자 한도윤 상무 = 표준이 없는 게 문제죠.\n■ 노은채 한빛대 교수 = 데이터가 먼저입니다.\n\n대담은 지난 10일 열렸다.",
     {"노은채": {"quoted", "speaker"}, "한도윤": {"quoted", "speaker"}}),
    # (guards: a caption's credit after "=", and a line with a sentence before the "=", are no transcript)
    ("'AI 포럼'이 3일 열렸다.\n\n노은채 한빛대 교수가 3일 'AI 포럼'에서 발표하고 있다. /사진=한빛대 제공",
     {"노은채": {"speaker"}}),
])
def test_a_discussions_transcript(text: str, roles: dict) -> None:
    assert _role_values(text) == roles


@pytest.mark.parametrize("mark", ["▲", "■ "])
def test_a_transcripts_later_lines_by_the_short_name(mark: str) -> None:
    # the short name a transcript gives its speaker ("(이하 노)") stands for them on its later lines
    x = extract(ko_article(f"{mark}노은채 한빛대 교수(이하 노)=데이터가 먼저입니다.\n{mark}한도윤 다온전자 상무(이하 한)=표준이 "
                           f"문제죠.\n{mark}노=그래서 표준화가 급합니다.\n{mark}한=동의합니다.\n\n이번 좌담회는 10일 열렸다."))
    assert {p.name: [q.text for q in p.quotes] for p in x.people} == {
        "노은채": ["데이터가 먼저입니다.", "그래서 표준화가 급합니다."], "한도윤": ["표준이 문제죠.", "동의합니다."]}


def test_a_quote_with_no_speaker_after_it_is_no_ones() -> None:
    x = extract(ko_article("'AI 포럼'이 3일 열렸다. 오세린 다온전자 대표가 발표했다. "
                           "\"데이터가 핵심\"이라는 주장도 나왔다."))
    assert Role.QUOTED not in {r.role for p in x.people for r in p.roles}


@pytest.mark.parametrize(("text", "roles"), [
    # in a caption, a part written before a name is that person's own; the others do what the sentence before says
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n\n패널토론 참석자들이 토론하고 있다. 왼쪽부터 윤재석 한빛대 교수, 강민지 다온전자 "
     "상무, 좌장 배성우 누리연구원 본부장.",
     {"윤재석": {"panelist"}, "강민지": {"panelist"}, "배성우": {"moderator"}}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n\n(왼쪽부터) 사회자 윤재석 한빛대 교수, 강민지 다온전자 상무가 기념촬영을 하고 있다.",
     {"윤재석": {"moderator"}, "강민지": {"attendee"}}),
])
def test_a_label_in_a_caption(text: str, roles: dict) -> None:
    assert _role_values(text) == roles


@pytest.mark.parametrize("contact", [
    # the press office of an announcement is no one at the event
    "문의: 한빛협회 사무국 김민수 과장(02-123-4567)",
    "▲문의처 = 한빛협회 김민수 과장 02-123-4567",
])
def test_a_contact_line_names_no_one(contact: str) -> None:
    x = extract(ko_article("한빛협회는 다음 달 10일 서울 코엑스에서 '2026 AI 제조 컨퍼런스'를 개최한다고 밝혔다. 이번 "
                           "컨퍼런스에서는 윤재석 한빛대 교수가 기조강연을 맡는다.\n\n" + contact, published="2026-11-20"))
    assert [p.name for p in x.people] == ["윤재석"]


@pytest.mark.parametrize(("text", "names"), [
    # a team's members named in its parentheses
    ("'2025 AI 해커톤'이 24일 열렸다. 대상은 한빛대 '다온팀'(김민수·이서연·박준호)이 차지했다.", ["김민수", "이서연", "박준호"]),
    ("'2025 AI 해커톤'이 24일 열렸다. 대상은 누리랩팀(팀장 김민수, 이서연)이 받았다.", ["김민수", "이서연"]),
    # ... with where they study or work after a comma, in Latin letters
    ("'2025 AI 해커톤'이 24일 열렸다. 대상은 '다온'팀(김민수·이서연·박준호, KAIST)이 차지했다.", ["김민수", "이서연", "박준호"]),
    ("'2025 AI 해커톤'이 24일 열렸다. 우수상은 누리랩팀(김민수, 이서연, UNIST)에게 돌아갔다.", ["김민수", "이서연"]),
    # fields in a team's parentheses are no people
    ("'2025 AI 해커톤'이 24일 열렸다. 한빛대 로봇팀(AI·로봇)이 참가했다.", []),
])
def test_a_teams_members_in_parentheses(text: str, names: list[str]) -> None:
    assert [p.name for p in extract(ko_article(text)).people] == names


@pytest.mark.parametrize("text", [
    # a commemorative photo, its words written apart or together, shows who attended
    "'2025 AI 포럼'이 25일 열렸다.\n\n류하늘 다온전자 대표(왼쪽 세 번째)가 참석자들과 기념 촬영을 하고 있다.",
    "'2025 AI 포럼'이 25일 열렸다. 류하늘 다온전자 대표가 참석자들과 기념촬영을 하고 있다.",
])
def test_a_commemorative_photo_written_apart_or_together(text: str) -> None:
    assert _role_values(text) == {"류하늘": {"attendee"}}


def test_a_post_held_now_keeps_the_persons_part() -> None:
    # "대표를 맡고 있는 A 씨가 발표했다": a post held now (맡고 있는) describes A and ends no clause of A's part
    x = extract(ko_article("'AI 포럼'이 25일 서울 코엑스에서 열렸다. 다온전자 대표를 맡고 있는 최지우 씨가 발표했다.",
                           published="2025-11-26"))
    [p] = x.people
    assert (p.name, {r.role for r in p.roles}) == ("최지우", {Role.SPEAKER})


@pytest.mark.parametrize(("text", "name", "org"), [
    # a government research institute's short form in news (에너지연, 화학연) is the institute that holds the event
    ("한국전력공사와 한국에너지기술연구원은 22일 대전에서 'AI 진단 기술 협약식'을 가졌다. 협약식에는 이창근 에너지연 "
     "원장 등 30여 명이 참석했다.", "이창근", "한국에너지기술연구원"),
    ("한국화학연구원은 22일 대전 본원에서 'AI 소재 포럼'을 열었다. 이영국 화학연 원장은 개회사에서 \"함께 가자\"고 말했다.",
     "이영국", "한국화학연구원"),
    # a minister or a mayor with no organization written heads the one ministry or city of the article
    ("산업통상자원부는 22일 서울에서 안덕근 장관 주재로 'AI 자율제조 간담회'를 개최했다.", "안덕근", "산업통상자원부"),
    ("창원시는 22일 'AI 제조 포럼'을 열었다. 홍남표 시장은 개회사에서 \"AI 도시가 되겠다\"고 말했다.", "홍남표", "창원시"),
])
def test_the_holders_head_by_its_short_form_or_the_heads_title(text: str, name: str, org: str) -> None:
    x = extract(ko_article(text))
    [p] = [p for p in x.people if p.name == name]
    assert _org(x, p.affiliations[0].org) == org
    assert Role.HOST_REP in {r.role for r in p.roles}


@pytest.mark.parametrize(("text", "expected"), [
    # a session's people who each cover a topic, or introduce something before the next clause
    ("'반도체 AI 세미나'가 22일 열렸다. 2세션은 박지성 한빛전자 상무와 이민정 다온대 교수가 각각 'AI 계측'과 "
     "'이상탐지'를 다뤘다.", {"박지성": {"speaker"}, "이민정": {"speaker"}}),
    ("'반도체 AI 세미나'가 22일 열렸다. 마지막 세션에서는 최우식 누리IPS 연구소장이 장비 AI를 소개하고, "
     "정해인 다온대 교수가 질문을 받았다.", {"최우식": {"speaker"}}),
    # what one went through, told or shared before the audience
    ("'반도체 AI 세미나'가 22일 열렸다. 이날 석주원 한빛전자 상무는 AI 품질검사 도입 경험을 털어놨다.",
     {"석주원": {"speaker"}}),
    ("'반도체 AI 세미나'가 22일 열렸다. 이어 길하람 누리로보틱스 대표가 창업 경험을 나눴다.", {"길하람": {"speaker"}}),
    # (the connective 소개해, then how it was received; the second a guard: its 사례를 소개 read it before)
    ("'반도체 AI 세미나'가 22일 열렸다. 특히 석주원 박사는 자체 개발한 로봇 제어 모델을 소개해 눈길을 끌었다.",
     {"석주원": {"speaker"}}),
    ("'반도체 AI 세미나'가 22일 열렸다. 이어 길하람 한빛전자 상무가 스마트공장 구축 사례를 소개해 호응을 얻었다.",
     {"길하람": {"speaker"}}),
    # a Latin title after the company: a person with a title
    ("'반도체 AI 세미나'가 22일 열렸다. 1세션에서는 '공정 데이터 표준화'를 주제로 김하늘 한빛하이닉스 TL이 발표했다.",
     {"김하늘": {"speaker"}}),
    # what the event is for is no one's talk
    ("'반도체 AI 세미나'가 22일 열렸다. 이번 행사는 한빛협회 정하윤 회장이 AI 기술을 소개하고 협력 방안을 논의하기 "
     "위해 마련했다.", {"정하윤": set()}),
])
def test_topics_covered_and_introduced(text: str, expected: dict[str, set[str]]) -> None:
    found = _role_values(text)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # names parted by slashes after one label all take it; a slash before another label parts the items
    ("'2024 AI 컨퍼런스'가 22일 열렸다. 발표자: 김철수(한빛전자)/이영희(다온소프트)/박영수(누리대학교)",
     {"김철수": {"speaker"}, "이영희": {"speaker"}, "박영수": {"speaker"}}),
    ("'2024 AI 컨퍼런스'가 22일 열렸다. 토론자: 김철수 한빛전자 상무 / 이영희 다온대 교수",
     {"김철수": {"panelist"}, "이영희": {"panelist"}}),
    ("'2024 AI 컨퍼런스'가 22일 열렸다. 좌장: 김철수 다온대 교수 / 토론: 이영희 한빛전자 상무, 박영수 누리대 교수",
     {"김철수": {"moderator"}, "이영희": {"panelist"}, "박영수": {"panelist"}}),
])
def test_names_parted_by_slashes_under_one_label(text: str, expected: dict[str, set[str]]) -> None:
    found = _role_values(text)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # conducting a demonstration is giving it; conducting a discussion is chairing it
    ("'AI 시연회'가 22일 열렸다. 시연은 이서연 한빛로봇 연구소장이 직접 진행했다.", {"이서연": {"speaker"}}),
    ("'AI 시연회'가 22일 열렸다. 이서연 한빛로봇 연구소장이 시연을 진행했다.", {"이서연": {"speaker"}}),
    ("'AI 시연회'가 22일 열렸다. 토론은 이서연 한빛대 교수가 진행했다.", {"이서연": {"moderator"}}),
])
def test_conducting_a_demonstration(text: str, expected: dict[str, set[str]]) -> None:
    found = _role_values(text)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a talk's title in double quotes or angle brackets, its frame after it: a title, no one's words
    ("김도윤 한빛대 교수는 \"제조 AI의 현재와 미래\"에 대해 발표했다.",
     {"김도윤": ({Role.SPEAKER}, "제조 AI의 현재와 미래")}),
    ("김도윤 한빛대 교수는 <제조 AI의 현재와 미래>라는 제목으로 강연했다.",
     {"김도윤": ({Role.SPEAKER}, "제조 AI의 현재와 미래")}),
    # a topic's adnominal before the talk
    ("김도윤 한빛대 교수는 '제조 AI의 현재와 미래'라는 주제의 기조강연에서 데이터를 강조했다.",
     {"김도윤": ({Role.KEYNOTE}, "제조 AI의 현재와 미래")}),
    # (words in double quotes that end a sentence are what one said)
    ("김도윤 한빛대 교수는 \"제조 AI는 데이터가 전부다\"라고 말했다.", {"김도윤": ({Role.SPEAKER, Role.QUOTED}, None)}),
])
def test_titles_in_double_quotes_and_brackets(text: str, expected: dict) -> None:
    x = extract(ko_article("'2025 한빛 AI 포럼'이 3일 열렸다. " + text))
    assert {p.name: ({r.role for r in p.roles}, next((r.talk_title for r in p.roles if r.talk_title), None))
            for p in x.people} == expected


@pytest.mark.parametrize(("text", "person", "org"), [
    # a person opening a sentence with no organization takes the one the sentence before opened with ...
    ("한빛전자는 3일 서울에서 한빛포럼을 열었다. 김철수 상무가 발표했다.", "김철수", "한빛전자"),
    ("한빛대는 3일 서울에서 한빛포럼을 열었다. 김철수 교수가 발표했다.", "김철수", "한빛대"),
    # ... but a professor teaches at a school, and an event held is no body one works for
    ("한빛협회는 3일 서울에서 한빛포럼을 열었다. 김철수 교수가 발표했다.", "김철수", None),
    ("한빛포럼이 3일 서울에서 열렸다. 김철수 상무가 발표했다.", "김철수", None),
    ("한빛세미나가 3일 서울에서 개최됐다. 마이클 로건 상무가 발표했다.", "마이클 로건", None),
])
def test_the_organization_of_the_sentence_before(text: str, person: str, org: str | None) -> None:
    x = extract(ko_article(text))
    assert [name for name, o in _people(x) if name == person and o == org] == [person]


@pytest.mark.parametrize(("text", "person", "org"), [
    # a titled person joined by 과/와 to one whose organization is written before the name is of that organization
    ("2부에서는 스마트제조혁신추진단 황보영 팀장과 최민호 책임이 세부 사업을 소개한다.", "최민호", "스마트제조혁신추진단"),
    ("행사에는 한빛전자 김철수 상무와 이영희 부장이 참석했다.", "이영희", "한빛전자"),
    # ... or by a middle dot
    ("행사에는 한빛전자 김철수 상무·이영희 부장이 참석했다.", "이영희", "한빛전자"),
    ("2부에서는 스마트제조혁신추진단 황보영 팀장ㆍ최민호 책임이 세부 사업을 소개한다.", "최민호", "스마트제조혁신추진단"),
    # (not after one whose organization follows the name, and a professor is of no company)
    ("행사에는 한빛전자 김철수 상무·이영희 교수가 참석했다.", "이영희", None),
    ("행사에는 김철수 한빛전자 상무와 이영희 부장이 참석했다.", "이영희", None),
    ("행사에는 한빛전자 김철수 상무와 이영희 교수가 참석했다.", "이영희", None),
])
def test_a_partner_in_a_pair_shares_the_organization_before(text: str, person: str, org: str | None) -> None:
    x = extract(ko_article(text))
    assert [name for name, o in _people(x) if name == person and o == org] == [person]


@pytest.mark.parametrize(("text", "expected"), [
    # explaining a subject, in the connective too, is a talk
    ("한빛협회는 10일 서울에서 포럼을 연다. 1부에서는 김성준 다온전자 상무가 정책 방향을 설명하고, 2부에서는 황보영 한빛대 "
     "교수가 세부 사업을 소개한다.", {"김성준": {Role.SPEAKER}, "황보영": {Role.SPEAKER}}),
    ("한빛협회는 10일 서울에서 포럼을 연다. 김성준 다온전자 상무는 공정 데이터를 설명하며 사례를 들었다.",
     {"김성준": {Role.SPEAKER}}),
    # ... and going over a programme's content at a briefing (its guide sense takes people)
    ("한빛원은 9일 'AI 바우처 설명회'를 연다. 설명회에서는 정민아 다온랩 팀장이 사업 개요와 신청 방법을 안내하고, 오태경 "
     "누리비전 대표가 사례를 발표한다.", {"정민아": {Role.SPEAKER}, "오태경": {Role.SPEAKER}}),
    ("한빛원은 9일 'AI 바우처 설명회'를 연다. 정민아 다온랩 팀장은 지원 절차를 안내하며 질문을 받는다.",
     {"정민아": {Role.SPEAKER}}),
])
def test_explaining_in_the_connective(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert {name: roles for (name, _o), roles in _people(x).items()} == expected


@pytest.mark.parametrize("foot", [
    "담당 부서: 반도체디스플레이과\n책임자: 과장 홍길동 (044-202-6250)\n담당자: 사무관 이영희 (044-202-6251)",
    "문의: 한빛협회 홍보팀 홍길동 과장 (02-123-4567)",
])
def test_a_releases_contacts_are_nobody_at_the_event(foot: str) -> None:
    x = extract(ko_article("한빛협회는 1일 서울 엘타워에서 한빛포럼을 개최했다. 김정호 다온대 교수가 발제했다.\n\n" + foot))
    assert [p.name for p in x.people] == ["김정호"]


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence opening with 그는 that names others after its part: the part of the one person of the sentence before
    ("한빛협회는 3일 서울에서 포럼을 열었다. 김도윤 한빛협회장이 개회사를 했다. 그는 이어 패널토론 좌장을 맡아 이수진 다온전자 "
     "상무, 최민호 누리랩 대표와 토론했다.",
     {"김도윤": {Role.HOST_REP, Role.MODERATOR}, "이수진": {Role.PANELIST}, "최민호": {Role.PANELIST}}),
    # (a part written after the names is theirs)
    ("한빛협회는 3일 서울에서 포럼을 열었다. 김도윤 한빛협회장이 개회사를 했다. 그는 이수진 다온전자 상무의 발표를 소개했다.",
     {"김도윤": {Role.HOST_REP}, "이수진": {Role.SPEAKER}}),
])
def test_a_pronouns_part_before_the_names_of_its_sentence(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert {name: roles for (name, _o), roles in _people(x).items()} == expected


@pytest.mark.parametrize("text", [
    # cutting the ribbon or opening it on stage with the other guests: at the event
    "3일 킨텍스에서 열린 '2026 스마트공장 엑스포' 개막식에서 이수진 산업부 제1차관(왼쪽 네 번째)과 김도윤 한빛협회장 등 내빈들이 "
    "테이프 커팅을 하고 있다.",
    "3일 킨텍스에서 열린 '2026 스마트공장 엑스포' 개막식에서 이수진 산업부 제1차관과 김도윤 한빛협회장 등 내빈들이 개막 "
    "퍼포먼스를 하고 있다.",
])
def test_cutting_the_ribbon_with_the_guests(text: str) -> None:
    x = extract(ko_article(text, published="2026-06-03"))
    assert {name: roles for (name, _o), roles in _people(x).items()} == {"이수진": {Role.ATTENDEE},
                                                                         "김도윤": {Role.ATTENDEE}}


@pytest.mark.parametrize(("text", "expected"), [
    # a part taken on, its subject left out: the one person of the sentence before
    ("한빛협회는 3일 서울에서 포럼을 열었다. 김도윤 한빛협회장이 개회사를 했다. 이어 패널토론 좌장도 맡았다.",
     {"김도윤": {Role.HOST_REP, Role.MODERATOR}}),
    ("한빛협회는 3일 서울에서 포럼을 열었다. 김도윤 한빛협회장이 개회사를 했다. 이어 기조강연도 직접 했다.",
     {"김도윤": {Role.HOST_REP, Role.KEYNOTE}}),
    # (a part held, or one a subject of its own takes on, is not theirs)
    ("한빛협회는 3일 서울에서 포럼을 열었다. 김도윤 한빛협회장이 개회사를 했다. 이어 패널토론이 진행됐다.",
     {"김도윤": {Role.HOST_REP}}),
    ("한빛협회는 3일 서울에서 포럼을 열었다. 김도윤 한빛협회장이 개회사를 했다. 협회는 이어 패널토론 좌장도 맡았다.",
     {"김도윤": {Role.HOST_REP}}),
])
def test_a_part_taken_on_with_the_subject_left_out(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert {name: roles for (name, _o), roles in _people(x).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the people at a roundtable someone moderates take part in its discussion
    ("한빛일보는 지난 2일 서울 본사에서 '제조 AI의 미래'를 주제로 좌담회를 열었다. 사회는 박서준 한빛대 교수가 맡았다.\n\n참석자\n"
     "김도윤 다온전자 상무\n이수진 누리랩 대표\n",
     {"박서준": {Role.MODERATOR}, "김도윤": {Role.PANELIST}, "이수진": {Role.PANELIST}}),
    # (at a forum, the ones who attend attend)
    ("한빛협회는 지난 2일 서울에서 한빛포럼을 열었다. 사회는 박서준 한빛대 교수가 맡았다. 이날 행사에는 김도윤 다온전자 상무, "
     "이수진 누리랩 대표가 참석했다.",
     {"박서준": {Role.MODERATOR}, "김도윤": {Role.ATTENDEE}, "이수진": {Role.ATTENDEE}}),
])
def test_the_people_at_a_moderated_roundtable(text: str, expected: dict) -> None:
    x = extract(ko_article(text, published="2026-12-03"))
    assert {name: roles for (name, _o), roles in _people(x).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a programme line: the part as a label, a colon or a bar, the talk unquoted, then a slash or a bar before
    # its giver (the giver's organization may come first)
    ("한빛협회는 12일 세미나를 개최한다.\n\n- 주제발표1: 제조 데이터 플랫폼의 현재와 미래 / 남궁윤 한빛대 교수\n"
     "- 주제발표2: 중소기업 AI 도입 사례 / 오세라 다온랩 대표\n",
     {"남궁윤": ("speaker", "제조 데이터 플랫폼의 현재와 미래"), "오세라": ("speaker", "중소기업 AI 도입 사례")}),
    ("한빛협회는 12일 세미나를 개최한다.\n\n- 기조강연 | 피지컬 AI의 시대 | 남궁윤 한빛대 교수\n"
     "- 발표: 제조 AI 현황 / 한빛대 오세라 교수\n",
     {"남궁윤": ("keynote", "피지컬 AI의 시대"), "오세라": ("speaker", "제조 AI 현황")}),
])
def test_a_labelled_programme_line_names_the_talk_before_its_giver(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert _first_parts(x) == expected


@pytest.mark.parametrize("text", [
    # a participant with no post who opens the sentence after the host's is nobody's staff
    "한빛협회는 12일 코엑스에서 'AI 해커톤'을 열었다. 김도윤(45) 씨는 \"재밌었다\"고 말했다.",
    "한빛협회는 12일 코엑스에서 'AI 해커톤'을 열었다. 김도윤 씨는 \"재밌었다\"고 말했다.",
])
def test_a_participant_with_no_post_is_not_the_hosts(text: str) -> None:
    [p] = extract(ko_article(text)).people
    assert p.affiliations == ()


@pytest.mark.parametrize(("text", "expected"), [
    # a part that opens the sentence with 에서 sets it, but the next turn with a talking part of its own is that part
    ("기조강연에서 이상균 한빛중공업 사장은 '스마트 야드'를 소개했고, 이어 정연우 한빛대 교수와 리처드 박 다온코리아 "
     "전무가 발표자로 나섰다.", {"이상균": {Role.KEYNOTE}, "정연우": {Role.SPEAKER}, "리처드 박": {Role.SPEAKER}}),
    ("기조강연에서 이상균 한빛중공업 사장은 '스마트 야드'를 소개했고, 이어 정연우 한빛대 교수가 '미래 조선'을 주제로 "
     "강연했다.", {"이상균": {Role.KEYNOTE}, "정연우": {Role.SPEAKER}}),
    # (with no part of its own, the next turn stays in the setting)
    ("패널토론에서 김도윤 대표는 사례를 소개했고, 이어 박서연 교수가 의견을 밝혔다.",
     {"김도윤": {Role.PANELIST}, "박서연": {Role.PANELIST}}),
])
def test_the_next_turn_with_a_part_of_its_own_leaves_the_setting(text: str, expected: dict) -> None:
    x = extract(ko_article(text))
    assert {p.name: {r.role for r in p.roles} for p in x.people} == expected


@pytest.mark.parametrize(("sentence", "roles"), [
    # a toast and a judge's review are no talks; a seminar's instructor gives one
    ("정하윤 한빛대 총장이 건배사를 했다.", {"정하윤": {"other"}}),
    ("정하윤 한빛대 교수는 심사평에서 수준이 높았다고 평가했다.", {"정하윤": {"other"}}),
    ("세미나 강사로는 정하윤 한빛대 교수가 나섰다.", {"정하윤": {"speaker"}}),
    ("강사로 나선 정하윤 한빛대 교수는 사례를 소개했다.", {"정하윤": {"speaker"}}),
])
def test_toasts_reviews_and_instructors(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a briefing taken on as a part is a talk, also by the host's own official
    ("사업 설명은 정하윤 중기부 스마트제조혁신과장이 맡았다.", {"정하윤": {"speaker"}}),
    ("이날 설명에 나선 정하윤 한빛진흥원 팀장도 자리를 지켰다.", {"정하윤": {"speaker"}}),
    ("정책 설명을 맡은 정하윤 과장은 오후에 떠났다.", {"정하윤": {"speaker"}}),
    ("정하윤 한빛대 교수는 도입 사례를 들며 설명을 이어갔다.", {"정하윤": {"speaker"}}),
    # (a briefing spoken of in a quote is none)
    ("정하윤 과장은 \"설명은 충분했다\"고 말했다. 정하윤 과장도 참석했다.", {"정하윤": {"attendee", "quoted"}}),
])
def test_a_briefing_taken_on_as_a_part(sentence: str, roles: dict) -> None:
    assert _role_values("중소벤처기업부는 18일 'AI 제조혁신 설명회'를 열었다. " + sentence) == roles


@pytest.mark.parametrize(("sentence", "name", "org"), [
    # a foreign name's word written with a palatal glide (슈, 샤, 쇼 …) is no Korean name of its own
    ("롤란트 부슈 한빛대 교수가 발표했다.", "롤란트 부슈", "한빛대"),
    ("좌장은 안나 로쇼 다온랩 대표가 맡았다.", "안나 로쇼", "다온랩"),
    # (also when the analyser reads that word as a verb form, after the organization)
    ("한빛전자 롤란트 부슈 상무는 기조연설을 했다.", "롤란트 부슈", "한빛전자"),
    ("다온랩 토마스 부슈 회장은 기조연설을 했다.", "토마스 부슈", "다온랩"),
    # (a Korean-shaped first name, then that word, then the organization)
    ("안나 로쇼 한빛협회 회장은 기조연설을 했다.", "안나 로쇼", "한빛협회"),
])
def test_foreign_names_with_palatal_glides(sentence: str, name: str, org: str) -> None:
    x = extract(ko_article("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence))
    assert [(p.name, _org(x, p.affiliations[0].org)) for p in x.people] == [(name, org)]


@pytest.mark.parametrize(("item", "name", "talk"), [
    # a marked item's label with its colon, the topic, then the giver in parentheses after the part's own label
    ("▲세션1: 제조 데이터 플랫폼(발표: 김도윤 다온랩 대표)", "김도윤", "제조 데이터 플랫폼"),
    ("▲세션2: 품질검사 AI 적용 사례(발표자: 박서연 한빛대 교수)", "박서연", "품질검사 AI 적용 사례"),
    ("△주제발표: 설계 자동화의 현재(정민호 한빛전자 수석)", "정민호", "설계 자동화의 현재"),
    # (a topic opening with a number keeps it)
    ("▲3D 프린팅 기술(김도윤 다온랩 대표)", "김도윤", "3D 프린팅 기술"),
])
def test_a_labelled_topic_before_its_giver_in_parentheses(item: str, name: str, talk: str) -> None:
    x = extract(ko_article(f"'2026 한빛 AI 포럼'이 18일 열렸다. 이번 행사는 다음과 같이 진행된다.\n{item}\n"))
    [p] = x.people
    assert (p.name, [r.talk_title for r in p.roles]) == (name, [talk])


@pytest.mark.parametrize(("text", "names"), [
    # a two-syllable word of everyday news is no name, though it opens with a surname
    ("'2026 한빛 AI 포럼'이 18일 열렸다. 이번 행사는 다음과 같이 진행된다.\n△설계 자동화의 현재(정민호 한빛전자 수석)\n",
     ["정민호"]),
    ("'2026 한빛 AI 포럼'이 18일 열렸다. 이번 행사는 다음과 같이 진행된다.\n△제조 AI의 오늘(정민호 한빛전자 수석)\n",
     ["정민호"]),
    # (two-syllable names stay names)
    ("'2026 한빛 AI 포럼'이 18일 열렸다. 이준 한빛대 교수와 김현 다온랩 대표가 발표했다.", ["이준", "김현"]),
])
def test_everyday_words_that_open_with_a_surname(text: str, names: list) -> None:
    assert [p.name for p in extract(ko_article(text)).people] == names


@pytest.mark.parametrize(("sentence", "roles"), [
    # officials sitting in beside the one who presides attend
    ("정부 측에서는 정하윤 정보통신산업정책관, 김도윤 인공지능기반정책관이 배석했다.",
     {"정하윤": {"attendee"}, "김도윤": {"attendee"}}),
    ("이날 회의에는 배석한 정하윤 한빛부 과장도 의견을 냈다.", {"정하윤": {"attendee"}}),
])
def test_officials_sitting_in(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("text", "edition"), [
    # another event's own edition, inside its quoted name, is not this event's
    ("한빛협회는 18일 서울 코엑스에서 '2025 한빛 AI 포럼'을 열었다. 같은 날 오후에는 '제5회 한빛 AI 어워즈' 시상식도 진행됐다.",
     None),
    ("한빛협회는 18일 '한빛 AI 포럼'을 열었다. 이어 「제2회 한빛 해커톤」 시상식이 열렸다.", None),
    # (the event's own, in its name or said of it, stays)
    ("한빛협회는 18일 서울 코엑스에서 '제3회 한빛 AI 포럼'을 열었다.", 3),
    ("한빛협회는 18일 '한빛 AI 포럼'을 열었다. 올해로 제3회를 맞은 이번 포럼에는 200명이 참석했다.", 3),
])
def test_another_events_edition(text: str, edition: int | None) -> None:
    [e] = extract(ko_article(text)).events
    assert e.edition == edition


@pytest.mark.parametrize("byline", ["<김민지 기자>", "<한빛일보 김민지 기자>"])
@pytest.mark.parametrize("top", [True, False])
def test_a_byline_in_angle_brackets(byline: str, top: bool) -> None:
    # a byline in angle brackets is the writer's, no title in quotes
    body = "'2025 한빛 AI 포럼'이 3일 서울 코엑스에서 열렸다. 김도윤 다온랩 대표가 기조강연을 했다."
    x = extract(ko_article(f"{byline}\n\n{body}" if top else f"{body}\n\n{byline}"))
    assert [p.name for p in x.people if any(r.role is Role.REPORTER for r in p.roles)] == ["김민지"]


@pytest.mark.parametrize(("text", "org"), [
    # a group's chairman written with no body: the article's one group
    ("SK그룹은 3일 서울 코엑스에서 'SK AI 서밋 2025'를 열었다. 이날 최태원 회장이 기조연설을 했다.", "SK그룹"),
    ("한빛그룹은 3일 '2025 한빛 AI 포럼'을 열었다. 정하윤 회장은 개회사를 했다.", "한빛그룹"),
    # (with a group and an association both named, neither)
    ("한빛그룹과 한빛협회는 3일 '2025 한빛 AI 포럼'을 열었다. 정하윤 회장은 개회사를 했다.", None),
])
def test_a_groups_chairman_with_no_body_written(text: str, org: str | None) -> None:
    x = extract(ko_article(text))
    [p] = x.people
    assert _org(x, p.affiliations[0].org if p.affiliations else None) == org


@pytest.mark.parametrize(("sentence", "roles"), [
    # research results presented by a researcher are a talk; a survey's results a body announces are not
    ("윤재석 한빛대 교수는 연구 결과를 발표했다.", {"윤재석": {"speaker"}}),
    ("윤재석 한빛대 교수는 최신 연구결과를 발표했다.", {"윤재석": {"speaker"}}),
    ("한빛협회는 이날 조사 결과를 발표했다. 윤재석 회장도 참석했다.", {"윤재석": {"attendee"}}),
    # what one showed through a demonstration of one's own (a company's demonstration is no one's talk)
    ("윤재석 한빛대 교수는 시연을 통해 로봇을 선보였다.", {"윤재석": {"speaker"}}),
    ("한빛전자는 시연을 통해 로봇을 선보였다. 윤재석 한빛전자 상무도 참석했다.", {"윤재석": {"attendee"}}),
])
def test_research_results_presented(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("text", "expected"), [
    # a surname and a title written shorter than the first mention's (its first part or its last) point back to
    # that person, before a quote and before a part
    ("행사에는 정민재 다온전자 대표이사가 참석했다. 정 대표는 \"인재를 키우겠다\"고 화답했다.",
     {"정민재": {Role.ATTENDEE, Role.QUOTED}}),
    ("행사에는 한예린 한빛협회 사무총장이 참석했다. 한 총장은 \"함께 가겠다\"고 말했다.",
     {"한예린": {Role.ATTENDEE, Role.QUOTED}}),
    ("행사에는 정민재 다온전자 대표이사가 참석했다. 정 대표는 축사를 했다.", {"정민재": {Role.ATTENDEE, Role.OTHER}}),
    # a chief officer's English letters for the Korean title (CTO: 최고기술책임자, CEO: 최고경영자)
    ("행사에는 권오준 다온로보틱스 최고기술책임자(CTO)가 참석했다. 권 CTO는 \"3년 안에 온다\"고 내다봤다.",
     {"권오준": {Role.ATTENDEE, Role.QUOTED}}),
    ("행사에는 김철수 한빛전자 최고경영자가 참석했다. 김 CEO는 \"데이터가 핵심\"이라고 말했다.",
     {"김철수": {Role.ATTENDEE, Role.QUOTED}}),
    # (a guard: two chief officers of that surname, neither)
    ("김철수 한빛전자 최고경영자와 김영희 누리 최고재무책임자가 참석했다. 김 CEO는 \"데이터가 핵심\"이라고 말했다.",
     {"김철수": {Role.ATTENDEE}, "김영희": {Role.ATTENDEE}}),
    # guards (held before): the one written with that very title goes first; two people the short title fits
    # point back to neither
    ("정민재 다온전자 대표이사와 정하윤 한빛랩 대표가 참석했다. 정 대표는 \"함께 가겠다\"고 말했다.",
     {"정민재": {Role.ATTENDEE}, "정하윤": {Role.ATTENDEE, Role.QUOTED}}),
    ("정민재 다온전자 대표이사와 정하윤 한빛랩 대표이사가 참석했다. 정 대표는 \"함께 가겠다\"고 말했다.",
     {"정민재": {Role.ATTENDEE}, "정하윤": {Role.ATTENDEE}}),
])
def test_a_surname_and_a_shortened_title(text: str, expected: dict) -> None:
    x = extract(ko_article("'2025 한빛 AI 세미나'가 27일 열렸다. " + text))
    assert {p.name: {r.role for r in p.roles} for p in x.people} == expected


@pytest.mark.parametrize(("text", "organizers"), [
    # "본지" (this paper) holding the event is the outlet its byline names
    ("[한빛일보=김민수 기자] 본지가 주최한 '제3회 스마트공장 콘퍼런스'가 10일 부산 벡스코에서 열렸다.", ["한빛일보"]),
    ("[한빛일보=김민수 기자] 본지는 10일 서울 코엑스에서 '로봇 포럼'을 열었다.", ["한빛일보"]),
    # ... with another body joined to it, each
    ("[한빛일보=김민수 기자] 본지와 한국로봇산업협회가 공동 주최한 '로봇 포럼'이 10일 열렸다.", ["한국로봇산업협회", "한빛일보"]),
    # ... and no outlet at all when no byline names it
    ("본지와 한국로봇산업협회가 공동 주최한 '로봇 포럼'이 10일 열렸다.", ["한국로봇산업협회"]),
    # (guard, as before)
    ("본지가 주최한 '로봇 포럼'이 10일 열렸다.", []),
])
def test_this_paper_holding_the_event_is_the_outlet(text: str, organizers: list) -> None:
    x = extract(ko_article(text, published="2026-12-02"))
    names = {o.id: o.name for o in x.organizations}
    assert sorted(names[o] for o in x.events[0].organizers) == organizers
    assert "본지" not in names.values()


@pytest.mark.parametrize(("foot", "outlet"), [
    # the copyright line at the foot names the outlet of a byline that names none
    ("<저작권자 © 한빛뉴스, 무단 전재 및 재배포 금지>\n\n이하늘 기자", "한빛뉴스"),
    ("이하늘 기자\n\nCopyright © 다온경제 All rights reserved.", "다온경제"),
    ("이하늘 기자\n\nⓒ 누리일보 무단전재 및 재배포금지", "누리일보"),
    # (guard, as before: a photo's credit names no outlet)
    ("사진 ⓒ 한빛협회\n\n이하늘 기자", None),
])
def test_the_copyright_line_names_the_outlet(foot: str, outlet: str | None) -> None:
    x = extract(ko_article(f"'AI 포럼'이 10일 열렸다. 김민수 다온전자 대표가 발표했다.\n\n{foot}"))
    [reporter] = [p for p in x.people if p.name == "이하늘"]
    assert [_org(x, a.org) for a in reporter.affiliations if a.org] == ([outlet] if outlet else [])


@pytest.mark.parametrize(("text", "roles"), [
    # the head of a body named for its kind represents it when it holds the event: a 연구소's 소장, a 사업단's 단장
    ("한빛AI연구소는 10일 '2026 AI 안전 포럼'을 열었다. 정하윤 소장은 이 자리에서 평가의 중요성을 설명했다.",
     {"정하윤": {"host_rep", "speaker"}}),
    # (attending too, as a 원장 of a 진흥원 holding it does)
    ("한빛로봇사업단은 10일 '2026 로봇 포럼'을 열었다. 정하윤 한빛로봇사업단 단장이 참석했다.",
     {"정하윤": {"host_rep", "attendee"}}),
    ("다온혁신센터는 10일 '2026 AI 포럼'을 열었다. 정하윤 센터장도 자리를 함께했다.", {"정하윤": {"host_rep", "attendee"}}),
    # (guards, as before) the same title heading a unit of the body that holds it
    ("한빛협회는 10일 '2026 AI 포럼'을 열었다. 정하윤 한빛협회 단장이 참석했다.", {"정하윤": {"attendee"}}),
    ("다온전자는 10일 '2026 AI 포럼'을 열었다. 정하윤 다온전자 AI센터장이 참석했다.", {"정하윤": {"attendee"}}),
])
def test_the_head_of_a_body_named_for_its_kind(text: str, roles: dict) -> None:
    assert _role_values(text) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # what one said, in the report's own words, at an event of talks: said speaking there, as a quote is
    ("윤재석 한빛대 교수는 이 자리에서 AI 인재 양성의 중요성을 역설했다.", {"윤재석": {"speaker"}}),
    ("윤재석 다온전자 상무는 데이터 표준이 시급하다고 주장했다.", {"윤재석": {"speaker"}}),
    ("윤재석 다온전자 상무도 데이터 공유 체계 구축을 제안했다.", {"윤재석": {"speaker"}}),
    # ... in a panel discussion, a panelist
    ("패널토론에서 윤재석 한빛대 교수는 규제 완화를 촉구했다.", {"윤재석": {"panelist"}}),
    # (guards, as before) one of the body holding it represents it; one with no body written; the sentence's
    # object, not its subject
    ("한빛재단 윤재석 이사장은 이 자리에서 AI 인재 양성의 중요성을 강조했다.", {"윤재석": {"host_rep"}}),
    ("윤재석 교수는 AI 인재 양성의 중요성을 강조했다.", {"윤재석": set()}),
    ("업계는 윤재석 한빛대 교수의 연구를 언급했다.", {"윤재석": set()}),
])
def test_what_one_said_in_the_reports_words(sentence: str, roles: dict) -> None:
    text = "한빛재단은 지난 3일 서울 코엑스에서 '제5회 한빛 AI 포럼'을 개최했다. " + sentence
    assert _role_values(text) == roles


@pytest.mark.parametrize(("sentence", "expected"), [
    # a body fused with its head's title, alone in the parentheses after the name: the body, then the title
    ("이날 정하윤(차세대반도체사업단장)이 발표했다.", ("차세대반도체사업단", "단장")),
    ("이날 정하윤(다온연구원장), 윤재석(한빛대 교수)이 발표했다.", ("다온연구원", "원장")),
    # (guard, as before) the body and the title written apart
    ("이날 정하윤(한빛대 교수)이 발표했다.", ("한빛대", "교수")),
])
def test_a_fused_post_alone_in_parentheses(sentence: str, expected: tuple[str, str]) -> None:
    x = extract(ko_article("'2026 한빛 AI 포럼'이 10일 열렸다. " + sentence))
    [p] = [p for p in x.people if p.name == "정하윤"]
    assert (_org(x, p.affiliations[0].org), p.affiliations[0].title) == expected
    assert {r.role.value for r in p.roles} == {"speaker"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the title alone in the parentheses after the name, the organization before the name (or none)
    ("이날 다온로보틱스 정하윤(대표이사)이 발표했다.", ("다온로보틱스", "대표이사")),
    ("첫 주제발표에 나선 한빛전자 정하윤(사장)은 AI 전략을 소개했다.", ("한빛전자", "사장")),
    ("이날 누리랩 윤재석(연구소장)과 다온로보틱스 정하윤(대표)이 발표했다.", ("다온로보틱스", "대표")),
    ("이날 정하윤(상무)이 발표했다.", (None, "상무")),
])
def test_a_title_alone_in_parentheses(sentence: str, expected: tuple[str | None, str]) -> None:
    x = extract(ko_article("'2026 한빛 AI 포럼'이 10일 열렸다. " + sentence))
    [p] = [p for p in x.people if p.name == "정하윤"]
    assert (_org(x, p.affiliations[0].org), p.affiliations[0].title) == expected
    assert {r.role.value for r in p.roles} == {"speaker"}


@pytest.mark.parametrize(("text", "name", "org"), [
    # the short name an article gave a body, before a name shaped like a surname's: the body, then the person
    ("경기도경제과학진흥원(경과원)은 지난 15일 'AI 제조혁신 세미나'를 열었다. 2부에서는 경과원 라윤하 본부장이 지원사업을 "
     "소개했다.", "라윤하", "경기도경제과학진흥원"),
    ("한국산업기술진흥원(이하 진흥원)은 지난 15일 'AI 제조혁신 세미나'를 열었다. 이어 진흥원 나윤하 본부장이 발표했다.",
     "나윤하", "한국산업기술진흥원"),
    # (guard, as before) the name first, then the short name
    ("경기도경제과학진흥원(경과원)은 지난 15일 'AI 제조혁신 세미나'를 열었다. 2부에서는 라윤하 경과원 본부장이 지원사업을 "
     "소개했다.", "라윤하", "경기도경제과학진흥원"),
])
def test_an_articles_short_name_before_a_name(text: str, name: str, org: str) -> None:
    x = extract(ko_article(text))
    assert [p.name for p in x.people] == [name]
    [p] = x.people
    assert (_org(x, p.affiliations[0].org), p.affiliations[0].title) == (org, "본부장")
    assert {r.role.value for r in p.roles} == {"speaker"}


@pytest.mark.parametrize(("text", "roles", "organizers"), [
    # a lawmaker's office is named after them: the lawmaker is a person, who represents the office holding the event
    ("한지민 의원실 주최로 3일 국회에서 'AI 반도체 토론회'가 열렸다. 한 의원은 개회사에서 \"지원을 늘리겠다\"고 말했다.",
     {"한지민": {"host_rep", "quoted"}}, ["한지민 의원실"]),
    ("도윤성 국회의원실과 누리시가 공동 주최한 'AI 반도체 토론회'가 3일 열렸다. 발제는 석하늘 한빛대 교수가 맡았다.",
     {"도윤성": {"host_rep"}, "석하늘": {"speaker"}}, ["도윤성 국회의원실", "누리시"]),
])
def test_a_lawmakers_office_names_the_lawmaker(text: str, roles: dict, organizers: list) -> None:
    x = extract(ko_article(text))
    assert {p.name: {r.role.value for r in p.roles} for p in x.people} == roles
    [event] = x.events
    assert sorted(_org(x, o) or "" for o in event.organizers) == sorted(organizers)


@pytest.mark.parametrize(("text", "expected"), [
    # the people in parentheses right after a part's word have that part, not the one named after them
    ("프로그램은 기조발표(배경훈 한빛연구원장), 사례발표(조성배 다온대 교수, 하정우 누리클라우드 센터장), 패널토론 순으로 "
     "진행된다.", {"배경훈": {"keynote"}, "조성배": {"speaker"}, "하정우": {"speaker"}}),
    ("프로그램은 사례발표(조성배 다온대 교수), 패널토론(하정우 누리클라우드 센터장) 순으로 진행된다.",
     {"조성배": {"speaker"}, "하정우": {"panelist"}}),
    # (a guard, as before) the parts joined by 와 with nothing after them
    ("프로그램은 기조발표(배경훈 한빛연구원장)와 사례발표(조성배 다온대 교수)로 구성됐다.",
     {"배경훈": {"keynote"}, "조성배": {"speaker"}}),
])
def test_the_people_in_parentheses_after_a_part(text: str, expected: dict[str, set[str]]) -> None:
    assert _role_values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a prize's winner written as what a person is yields to the part the verb after the name says
    ("특히 이번 세미나에는 노벨상 수상자인 한도윤 한빛대 교수가 연사로 참여해 눈길을 끌었다.", {"한도윤": {"speaker"}}),
    ("튜링상 수상자인 오세린 다온대 교수가 기조강연을 맡았다.", {"오세린": {"keynote"}}),
    # (guards, as before) the event's own winner with no part after the name; no prize
    ("이번 대회 대상 수상자인 한도윤 한빛텍 대표는 소감을 밝혔다.", {"한도윤": {"other"}}),
    ("이어 한도윤 한빛대 교수가 연사로 참여했다.", {"한도윤": {"speaker"}}),
])
def test_a_prize_that_describes_the_speaker(text: str, expected: dict[str, set[str]]) -> None:
    assert _role_values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the head of a sponsor, only quoted, has a sponsor head's part (other)
    ("'한빛 AI 포럼'이 25일 코엑스에서 열렸다. 행사를 후원한 다온은행 김철수 행장은 \"내년에도 후원하겠다\"고 말했다.",
     {"quoted", "other"}),
    ("'한빛 AI 포럼'이 25일 코엑스에서 열렸다. 한빛협회가 주최하고 다온전자가 후원했다. 다온전자 김철수 대표는 "
     "\"AI 인재가 중요하다\"고 말했다.", {"quoted", "other"}),
    # (guards, so before: a sponsor's staff who is no head stays quoted; an organizer's head represents it)
    ("'한빛 AI 포럼'이 25일 코엑스에서 열렸다. 한빛협회가 주최하고 다온전자가 후원했다. 다온전자 김철수 상무는 "
     "\"AI 인재가 중요하다\"고 말했다.", {"quoted"}),
    ("'한빛 AI 포럼'이 25일 코엑스에서 열렸다. 한빛협회가 주최하고 다온전자가 후원했다. 한빛협회 김철수 회장은 "
     "\"AI 인재가 중요하다\"고 말했다.", {"quoted", "host_rep"}),
])
def test_a_sponsors_head_quoted(text: str, expected: set) -> None:
    assert _role_values(text)["김철수"] == expected


@pytest.mark.parametrize("text", [
    # dropping in unannounced is attending
    "'한빛 AI 포럼'이 25일 열렸다. 특히 이날 행사에는 정하늘 다온그룹 회장이 깜짝 방문해 눈길을 끌었다.",
    "'한빛 AI 포럼'이 25일 열렸다. 행사장에 깜짝 등장한 정하늘 다온그룹 회장은 참가자들과 인사를 나눴다.",
])
def test_a_surprise_visit_is_attending(text: str) -> None:
    assert _role_values(text)["정하늘"] == {"attendee"}


@pytest.mark.parametrize("text", [
    # a member of the event's committees, in the adnominal 인 before the name, has a committee member's part
    "'한빛 AI 포럼'이 25일 열렸다. 포럼 운영위원인 이민수 다온전자 상무도 자리를 함께했다.",
    # (guards, so before: an advisory member read so by another rule; a jury's member)
    "'한빛 AI 포럼'이 25일 열렸다. 포럼 자문위원인 이민수 한빛대 교수는 행사를 참관했다.",
    "'한빛 AI 포럼'이 25일 열렸다. 심사위원인 이민수 한빛대 교수는 행사를 참관했다.",
])
def test_a_committee_member_before_the_name(text: str) -> None:
    assert "other" in _role_values(text)["이민수"]


@pytest.mark.parametrize(("text", "expected"), [
    # a programme line: the part as a label, its talk quoted, then its giver with no mark between (the giver's
    # organization may come first)
    ("'AI 포럼'이 25일 열린다.\n◇프로그램\n▲기조강연: '제조 AI의 미래' 정송 한빛대 AI대학원장\n"
     "▲주제발표1: '스마트 팩토리 데이터 플랫폼' 이민정 다온랩 팀장\n",
     {"정송": ("keynote", "제조 AI의 미래"), "이민정": ("speaker", "스마트 팩토리 데이터 플랫폼")}),
    ("'AI 포럼'이 25일 열린다.\n\n- 기조강연 '제조 AI의 미래' 한빛대 정송 교수\n- 발표 '예지보전 AI' 다온랩 이민정 팀장\n",
     {"정송": ("keynote", "제조 AI의 미래"), "이민정": ("speaker", "예지보전 AI")}),
    # (guards: passed before) the title quoted after the giver; a label and its giver alone
    ("'AI 포럼'이 25일 열린다.\n◇프로그램\n▲기조강연: 정송 한빛대 교수 '제조 AI의 미래'\n",
     {"정송": ("keynote", "제조 AI의 미래")}),
    ("'AI 포럼'이 25일 열린다.\n◇프로그램\n▲기조강연: 정송 한빛대 교수\n", {"정송": ("keynote", None)}),
])
def test_a_labelled_programme_line_with_its_talk_quoted_before_the_giver(text: str, expected: dict) -> None:
    x = extract(ko_article(text, published="2026-11-20"))
    assert _first_parts(x) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a province's short form as a body (충남지사) is the province's government the text names in full: one
    # organization, whose head speaks for the event it holds
    ("충남도는 24일 'AI 간담회'를 개최했다. 김태흠 충남지사는 \"바우처를 확대하겠다\"고 답했다.",
     (["충청남도"], {Role.QUOTED, Role.HOST_REP})),
    ("경상남도는 24일 'AI 간담회'를 열었다. 박완수 경남지사는 \"지원하겠다\"고 말했다.",
     (["경상남도"], {Role.QUOTED, Role.HOST_REP})),
    # (guards: passed before) the province written in full both times; another body holding the event
    ("충청남도는 24일 'AI 간담회'를 개최했다. 김태흠 충청남도지사는 \"확대하겠다\"고 답했다.",
     (["충청남도"], {Role.QUOTED, Role.HOST_REP})),
    ("한빛협회는 24일 'AI 간담회'를 개최했다. 김태흠 충남지사는 \"확대하겠다\"고 말했다.", (["한빛협회", "충남"], {Role.QUOTED})),
])
def test_a_provinces_short_form_as_its_government(text: str, expected: tuple) -> None:
    x = extract(ko_article(text, published="2026-11-25"))
    [p] = x.people
    assert ([o.name for o in x.organizations], {r.role for r in p.roles}) == expected


@pytest.mark.parametrize(("text", "role"), [
    # the chair of a steering or advisory committee is a member of the event's committees; the chair of the organizing
    # committee speaks for those who hold it
    ("'AI 연합 출범식'이 28일 열렸다. 연합 운영위원장은 이병주 한빛대 교수가 맡았다.", Role.OTHER),
    ("'AI 연합 출범식'이 28일 열렸다. 이병주 한빛대 교수가 자문위원장을 맡았다.", Role.OTHER),
    ("'AI 엑스포'가 28일 열렸다. 조직위원장인 이병주 한빛대 교수가 개막을 선언했다.", Role.HOST_REP),
    ("'AI 엑스포'가 28일 열렸다. 이병주 한빛대 교수가 조직위원장으로 참여했다.", Role.HOST_REP),
    # (guard: passed before) a judging panel's chair
    ("'AI 해커톤'이 28일 열렸다. 심사위원장은 이병주 한빛대 교수가 맡았다.", Role.OTHER),
])
def test_the_chair_of_a_committee_of_the_event(text: str, role: Role) -> None:
    [p] = extract(ko_article(text, published="2026-11-30")).people
    assert role in {r.role for r in p.roles}


@pytest.mark.parametrize(("text", "expected"), [
    # an adnominal clause before a list of names describes every item of it, its verb after them telling no more
    ("'AI 포럼'이 3일 열렸다. 토론자로 참여한 최서윤 한빛대 교수와 박재형 다온중공업 부장은 인력 양성 문제를 짚었다.",
     {"최서윤": {Role.PANELIST}, "박재형": {Role.PANELIST}}),
    ("'AI 포럼'이 3일 열렸다. 토론자로 참여한 최서윤 교수, 박재형 부장, 이민호 대표는 인력 문제를 짚었다.",
     {"최서윤": {Role.PANELIST}, "박재형": {Role.PANELIST}, "이민호": {Role.PANELIST}}),
    # (guards: passed before) a chair, who is one; the clause right before one name
    ("'AI 포럼'이 3일 열렸다. 좌장을 맡은 최서윤 교수와 박재형 부장이 발표했다.",
     {"최서윤": {Role.MODERATOR}, "박재형": {Role.SPEAKER}}),
    ("'AI 포럼'이 3일 열렸다. 토론자로 참여한 최서윤 교수는 인력 문제를 짚었다.", {"최서윤": {Role.PANELIST}}),
])
def test_an_adnominal_clause_before_a_list_of_names(text: str, expected: dict) -> None:
    x = extract(ko_article(text, published="2026-11-20"))
    assert {p.name: {r.role for r in p.roles} for p in x.people} == expected


@pytest.mark.parametrize("text", [
    # the opening statement of a meeting (모두발언) is its host's
    "과기정통부는 4일 'AI 간담회'를 열었다. 류제명 제2차관은 모두발언에서 \"시장을 열겠다\"고 말했다.",
    "과기정통부는 4일 'AI 간담회'를 열었다. 류제명 제2차관은 모두 발언을 통해 \"시장을 열겠다\"고 말했다.",
    # (guard: passed before) the organizer's own head, named with it
    "과기정통부는 4일 'AI 간담회'를 열었다. 류제명 과기정통부 제2차관은 모두발언에서 \"시장을 열겠다\"고 말했다.",
])
def test_the_opening_statement_of_a_meeting(text: str) -> None:
    [p] = extract(ko_article(text, published="2026-11-20")).people
    assert Role.HOST_REP in {r.role for r in p.roles}


@pytest.mark.parametrize(("text", "expected"), [
    # a table's row: its time, the part, the talk and its giver in cells parted by bars
    ("'AI 컨퍼런스'가 18일 열린다.\n\n| 시간 | 구분 | 내용 | 연사 |\n| 13:30~14:10 | 기조강연 | 산업 AI 전환 전략 | 정재훈 한빛대 "
     "교수 |\n| 14:10~14:40 | 주제발표 | 제조 데이터 스페이스 | 김선영 다온연구원 팀장 |\n",
     {"정재훈": ("keynote", "산업 AI 전환 전략"), "김선영": ("speaker", "제조 데이터 스페이스")}),
    ("'AI 컨퍼런스'가 18일 열린다.\n\n| 기조강연 | 산업 AI 전환 전략 | 정재훈 한빛대 교수 |\n", {"정재훈": ("keynote", "산업 AI 전환 전략")}),
    # the name, the organization and the post each in a cell of its own (or the last two in one)
    ("'AI 컨퍼런스'가 18일 열린다.\n\n| 구분 | 연사 | 소속 | 직위 |\n| 기조강연 | 정재훈 | 한빛대 | 교수 |\n"
     "| 주제발표 | 김선영 | 다온연구원 | 팀장 |\n", {"정재훈": ("keynote", None), "김선영": ("speaker", None)}),
    ("'AI 컨퍼런스'가 18일 열린다.\n\n| 세션 | 발표자 | 소속 | 주제 |\n|---|---|---|---|\n"
     "| 기조강연 | 정재훈 | 한빛대 교수 | AI와 제조 |\n| 세션1 | 김선영 | 다온연구원 팀장 | 비전 AI |\n",
     {"정재훈": ("keynote", None), "김선영": ("speaker", None)}),
    # (guard: passed before) a line with a time and bars, no leading bar
    ("'AI 컨퍼런스'가 18일 열린다.\n\n14:20 기조강연 | 산업 AI 전환 전략 | 정재훈 한빛대 교수\n", {"정재훈": ("keynote", "산업 AI 전환 전략")}),
])
def test_a_programme_tables_row_with_bars(text: str, expected: dict) -> None:
    x = extract(ko_article(text, published="2026-12-10"))
    assert _first_parts(x) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered line's talk, unquoted and unlabelled, then a dash or a slash before its giver; a list announced by
    # the part's order or list as the sentence's topic
    ("'AI 컨퍼런스'가 18일 열렸다. 발표는 다음과 같은 순서로 진행됐다.\n1. 제조 AI 도입 현황 - 정재훈 한빛대 교수\n"
     "2. 현장 적용 사례 - 김선영 다온연구원 팀장\n", {"정재훈": ("speaker", "제조 AI 도입 현황"), "김선영": ("speaker", "현장 적용 사례")}),
    ("'AI 컨퍼런스'가 18일 열렸다. 발표 순서는 다음과 같다.\n① 제조 AI 도입 현황 / 정재훈 한빛대 교수\n"
     "② 현장 적용 사례 / 김선영 다온연구원 팀장\n", {"정재훈": ("speaker", "제조 AI 도입 현황"), "김선영": ("speaker", "현장 적용 사례")}),
    # (guard: so before) a part's own label on the numbered line names no talk
    ("'AI 컨퍼런스'가 18일 열렸다. 발표는 다음과 같은 순서로 진행됐다.\n1. 기조강연 - 정재훈 한빛대 교수\n"
     "2. 주제발표 - 김선영 다온연구원 팀장\n", {"정재훈": ("keynote", None), "김선영": ("speaker", None)}),
])
def test_a_numbered_lines_talk_before_its_giver(text: str, expected: dict) -> None:
    x = extract(ko_article(text, published="2026-12-10"))
    assert _first_parts(x) == expected


@pytest.mark.parametrize(("text", "role"), [
    # the opening of a fair declared (개막 선언) is its opener's part, as 개회 선언 is; a toast proposed is a guest's
    ("'AI 엑스포'가 28일 개막했다. 김철수 한빛협회장이 개막을 선언했다.", Role.HOST_REP),
    ("'AI 엑스포'가 28일 개막했다. 개막 선언은 김철수 한빛협회장이 했다.", Role.HOST_REP),
    ("'AI 엑스포'가 28일 개막했다. 김철수 한빛협회장이 건배를 제의했다.", Role.OTHER),
    # (guards: passed before) 개회 선언; a toast's speech
    ("'AI 포럼'이 28일 열렸다. 김철수 한빛협회장이 개회를 선언했다.", Role.HOST_REP),
    ("'AI 포럼'이 28일 열렸다. 김철수 한빛협회장이 건배사를 했다.", Role.OTHER),
])
def test_the_opening_declared_and_a_toast(text: str, role: Role) -> None:
    [p] = extract(ko_article(text, published="2026-11-30")).people
    assert {r.role for r in p.roles} == {role}


@pytest.mark.parametrize(("text", "expected"), [
    # a page template's label before the writer's name is no name: the name after it is the reporter's
    ("기자명 윤서진 기자   입력 2026.11.25 15:42\n\n한빛협회는 25일 '한빛 포럼'을 열었다.", [("윤서진", ["reporter"])]),
    ("[기자명 윤서진 기자]\n\n한빛협회는 25일 '한빛 포럼'을 열었다.", [("윤서진", ["reporter"])]),
    # (guards: passed before) another label the analyser reads as a common noun; the byline with no label
    ("작성자 윤서진 기자\n\n한빛협회는 25일 '한빛 포럼'을 열었다.", [("윤서진", ["reporter"])]),
    ("윤서진 기자   입력 2026.11.25 15:42\n\n한빛협회는 25일 '한빛 포럼'을 열었다.", [("윤서진", ["reporter"])]),
])
def test_a_bylines_label_before_the_name(text: str, expected: list) -> None:
    x = extract(ko_article(text, published="2026-11-26"))
    assert [(p.name, [r.role.value for r in p.roles]) for p in x.people] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a 원장 with no organization leads the article's one technopark or public institute (혁신원, 문화원 …)
    ("한빛테크노파크가 지난 21일 개최한 '스마트공장 성과보고회'에서 박은서 원장(왼쪽 세 번째)과 수상 기업 대표들이 "
     "기념촬영을 하고 있다.", [("박은서", "한빛테크노파크")]),
    ("부산산업과학혁신원은 21일 '혁신 포럼'을 열었다. 행사에는 200명이 참석했다. 김도윤 원장은 환영사를 했다.",
     [("김도윤", "부산산업과학혁신원")]),
    # (guard: passed before) a research institute's
    ("한빛연구원은 21일 '혁신 포럼'을 열었다. 행사에는 200명이 참석했다. 김도윤 원장은 환영사를 했다.",
     [("김도윤", "한빛연구원")]),
])
def test_a_heads_title_leads_a_technopark_or_public_institute(text: str, expected: list) -> None:
    x = extract(ko_article(text, published="2026-11-26"))
    names = {o.id: o.name for o in x.organizations}
    assert [(p.name, names.get(p.affiliations[0].org or "") if p.affiliations else None) for p in x.people] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # introducing a person (a post or a noun for people as the object), on the stage or not, is no talk of one's own
    ("'CES 2027'이 6일 라스베이거스에서 열렸다. 게리 샤피로 CTA 회장도 이날 무대에 올라 노 사장을 소개했다.",
     [("게리 샤피로", [])]),
    ("'CES 2027'이 6일 라스베이거스에서 열렸다. 게리 샤피로 CTA 회장이 무대에 올라 연사를 소개했다.",
     [("게리 샤피로", [])]),
    ("'CES 2027'이 6일 라스베이거스에서 열렸다. 게리 샤피로 CTA 회장도 연단에 올라 노태문 사장을 소개했다.",
     [("게리 샤피로", []), ("노태문", [])]),
    # (guards: passed before) presenting a thing, on the stage or not
    ("'CES 2027'이 6일 라스베이거스에서 열렸다. 박영희 다온랩 대표는 무대에 올라 AI 비서를 소개했다.",
     [("박영희", ["speaker"])]),
    ("'CES 2027'이 6일 라스베이거스에서 열렸다. 박영희 다온랩 대표는 AI 사례를 소개했다.", [("박영희", ["speaker"])]),
])
def test_introducing_a_person_is_no_talk(text: str, expected: list) -> None:
    x = extract(ko_article(text, published="2026-11-20"))
    assert [(p.name, [r.role.value for r in p.roles]) for p in x.people] == expected


@pytest.mark.parametrize("text, expected", [
    # a programme line's talk in double quotes after its giver, under the talk's label: the talk's title, no quote
    ('■ 주최: 한빛대학교\n- 특강: 오혜연 한빛대 교수 "AI와 과학의 미래"\n', {"오혜연": ("speaker", "AI와 과학의 미래")}),
    ('▲기조강연 = 김도윤 다온랩 대표 "제조 AI의 다음 단계"\n▲주제발표 = 박서진 한빛대 교수\n',
     {"김도윤": ("keynote", "제조 AI의 다음 단계"), "박서진": ("speaker", None)}),
    # (guard: passed before) in single quotes
    ("■ 주최: 한빛대학교\n- 특강: 오혜연 한빛대 교수 'AI와 과학의 미래'\n", {"오혜연": ("speaker", "AI와 과학의 미래")}),
])
def test_a_programme_lines_talk_in_double_quotes(text: str, expected: dict) -> None:
    assert _first_parts(extract(ko_article(text))) == expected


def test_a_headlines_words_in_double_quotes_stay_a_quote() -> None:
    # (guard: passed before) no talk's label opens the line: the words are the person's
    x = extract(ko_article('김도윤 다온랩 대표 "제조 AI는 데이터가 먼저"\n한빛협회는 3일 포럼을 열었다. 김 대표는 발표했다.'))
    [p] = x.people
    assert [q.text for q in p.quotes] == ["제조 AI는 데이터가 먼저"]


@pytest.mark.parametrize("text, expected", [
    # a person joined by 과/와 to a counted crowd that attended: among them
    ("한빛협회는 3일 '2026 AI 포럼'을 열었다. 이날 포럼에는 안덕근 산업부 장관과 회원사 대표 50여 명이 참석했다.",
     {"안덕근": {"attendee"}}),
    ("'한빛 AI 얼라이언스' 출범식이 3일 서울에서 열렸다. 출범식에는 김서진 한빛대 총장과 기업 관계자 100여 명이 참석했다.",
     {"김서진": {"attendee"}}),
    # (guards: passed before) among them by 비롯해; the counted alone after the host, who held it
    ("한빛협회는 3일 '2026 AI 포럼'을 열었다. 이날 포럼에는 안덕근 산업부 장관을 비롯해 회원사 대표 50여 명이 참석했다.",
     {"안덕근": {"attendee"}}),
    ("박서준 한빛협회장이 3일 연 '2026 AI 포럼'에는 300여 명이 참석했다.", {"박서준": {"host_rep"}}),
])
def test_a_person_joined_to_a_counted_crowd(text: str, expected: dict) -> None:
    assert _role_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plaque or a letter of merit, thanks or appointment handed over at the ceremony: a part of its own (other)
    ("한빛협회는 3일 창립 10주년 기념식을 열었다. 기념식에서 한지성 초대 회장은 공로패를 받았다.", {"한지성": {"other"}}),
    ("한빛협회는 3일 '2026 AI 포럼'을 열었다. 이날 박서윤 한빛대 교수는 자문위원 위촉장을 받았다.", {"박서윤": {"other"}}),
    # (guard: passed before) a plaque of thanks
    ("한빛협회는 3일 창립 10주년 기념식을 열었다. 기념식에서 한지성 초대 회장은 감사패를 받았다.", {"한지성": {"other"}}),
])
def test_a_plaque_or_a_letter_handed_over(text: str, expected: dict) -> None:
    assert _role_values(text) == expected


@pytest.mark.parametrize(("sentence", "roles"), [
    # a guest who appears on a talk show or a talk concert speaks there
    ("2부 순서에는 박민재 한빛대 교수와 최재원 다온전자 대표가 출연해 로봇과 일자리를 이야기했다.",
     {"박민재": {"speaker"}, "최재원": {"speaker"}}),
    ("최재원 다온전자 대표가 축사를 했다. 'AI와 나' 코너에는 박민재 한빛대 교수가 출연했다.",
     {"최재원": {"other"}, "박민재": {"speaker"}}),
    # (guards, so before: the talk concert's own word)
    ("토크콘서트에는 박민재 한빛대 교수와 최재원 다온전자 대표가 출연한다.", {"박민재": {"speaker"}, "최재원": {"speaker"}}),
    # (guards: a sum of money given to a foundation is no appearance, as no announcement is a talk)
    ("한빛재단은 박민재 이사장이 사재 10억원을 출연해 세웠다. 박 이사장도 포럼에 참석했다.", {"박민재": {"attendee"}}),
    ("정부출연연구기관인 한빛연구원의 박민재 원장이 참석했다.", {"박민재": {"attendee"}}),
])
def test_guests_who_appear(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a report given to the meeting is a part of its programme
    ("최재원 다온전자 대표가 개회사를 했고, 박민재 한빛협회 본부장이 운영 성과를 보고했다.",
     {"최재원": {"host_rep"}, "박민재": {"speaker"}}),
    ("최재원 다온전자 대표가 개회사를 했다. 이어 경과 보고는 박민재 한빛협회 사무국장이 맡았다.",
     {"최재원": {"host_rep"}, "박민재": {"speaker"}}),
    # (guards: "보고" of seeing to it, and a report meeting's name)
    ("최재원 다온전자 대표가 개회사를 했다. 토론 사회는 박민재 한빛대 교수가 보고, 이수진 다온랩 대표가 토론자로 나섰다.",
     {"최재원": {"host_rep"}, "박민재": {"moderator"}, "이수진": {"panelist"}}),
    ("최재원 다온전자 대표가 개회사를 했다. 이어 열린 '사업 성과 보고회'에는 박민재 한빛대 교수가 참석했다.",
     {"최재원": {"host_rep"}, "박민재": {"attendee"}}),
])
def test_a_report_given(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a part planned, then not given (the one planned for it did not come, or it was called off): no part on stage
    ("당초 기조연설을 할 예정이던 박민재 다온전자 대표는 일정상 불참했다. 이수진 한빛대 교수가 발표했다.",
     {"이수진": {"speaker"}}),
    ("박민재 다온전자 대표는 기조연설을 맡을 예정이었으나 해외 출장으로 참석하지 못했다. 이수진 한빛대 교수가 발표했다.",
     {"이수진": {"speaker"}}),
    ("박민재 다온전자 대표가 기조연설을 했다. 이수진 한빛대 교수는 발표가 예정됐으나 취소됐다.",
     {"박민재": {"keynote"}, "이수진": set()}),
    # (guards: a plan with no one giving it up, and those who cannot come watching online)
    ("박민재 다온전자 대표가 기조연설을 할 예정이며, 현장에 참석하지 못하는 이들을 위해 온라인 중계도 한다.",
     {"박민재": {"keynote"}}),
    ("박민재 다온전자 대표는 불참했지만 영상 축사를 했다.", {"박민재": {"other"}}),
])
def test_a_part_planned_then_given_up(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # one another stood in for took no part; the one who stood in did
    ("최태원 대한상의 회장을 대신해 박일준 상근부회장이 개회사를 했다.", {"최태원": set(), "박일준": {"host_rep"}}),
    ("박민재 한빛부 장관 대신 이수진 차관이 축사를 했다.", {"박민재": set(), "이수진": {"other"}}),
    ("이수진 한빛부 차관은 박민재 장관을 대신해 축사를 했다.", {"이수진": {"other"}, "박민재": set()}),
    # (guards: a company named 대신…, and a message read out for its sender)
    ("박민재 대신증권 대표가 축사를 했다.", {"박민재": {"other"}}),
    ("박민재 장관의 축사는 이수진 한빛부 차관이 대독했다.", {"박민재": set(), "이수진": {"other"}}),
])
def test_one_stood_in_for(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 한빛협회 주최로 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # visiting the site, in the report of the event, is attending it
    ("정부에서는 박민재 한빛부 장관이 현장을 찾았다.", {"박민재": {"attendee"}}),
    ("이수진 한빛대 교수가 발표했다. 현장을 방문한 박민재 한빛부 장관은 기업인들을 격려했다.",
     {"이수진": {"speaker"}, "박민재": {"attendee"}}),
])
def test_visiting_the_site(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize("sentence", [
    # the talk's title after the event the subject spoke at, quoted too, or after where it spoke, by any word
    "박민재 다온전자 대표가 18일 서울 코엑스에서 열린 '2026 한빛 AI 포럼'에서 '제조 AI의 현재'를 주제로 기조연설을 했다.",
    "박민재 다온전자 대표가 이날 포럼에서 '제조 AI의 현재'를 주제로 기조연설을 했다.",
    # (a guard, so before: the title right after the subject)
    "박민재 다온전자 대표가 '제조 AI의 현재'를 주제로 기조연설을 했다.",
])
def test_the_talks_title_after_where_it_was_given(sentence: str) -> None:
    [p] = extract(ko_article("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence)).people
    assert [(r.role.value, r.talk_title) for r in p.roles] == [("keynote", "제조 AI의 현재")]


@pytest.mark.parametrize(("sentence", "roles"), [
    # a later clause with a cue, no person and no subject of its own goes on with the first clause's topic
    ("박민재 다온전자 대표는 현장에 오지 못했지만 영상으로 축사를 전했다.", {"박민재": {"other"}}),
    ("박민재 다온전자 대표는 개회사를 했고 오후에는 특강도 했다.", {"박민재": {"host_rep", "speaker"}}),
    ("박민재 다온전자 대표는 행사장을 찾았고 영상으로 축사를 했다.", {"박민재": {"attendee", "other"}}),
    # (guards: a clause with its own subject, and a subject (이/가) rather than a topic)
    ("박민재 다온전자 대표는 개회사를 했고, 이어 기조강연이 진행됐다.", {"박민재": {"host_rep"}}),
    ("박민재 다온전자 대표가 참석했고 이수진 한빛대 교수는 발표했다.", {"박민재": {"attendee"}, "이수진": {"speaker"}}),
])
def test_the_topic_goes_on_into_a_later_clause(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a rank written in parentheses after the post, then the surname with that rank
    ("박민재 다온전자 DS부문장(부회장)이 기조연설을 했다. 박 부회장은 \"AI가 답\"이라고 말했다.",
     {"박민재": {"keynote", "quoted"}}),
    ("이수진 한빛그룹 AI본부장(사장)은 발표에서 전략을 소개했다. 이 사장은 \"속도가 핵심\"이라고 강조했다.",
     {"이수진": {"speaker", "quoted"}}),
    ("박민재 다온전자 대표(CEO)가 개회사를 했다. 박 CEO는 \"함께 가자\"고 말했다.", {"박민재": {"host_rep", "quoted"}}),
    # (guards: the post itself, and a rank nobody was written with)
    ("박민재 다온전자 부문장이 발표했다. 박 부문장은 \"AI가 답\"이라고 말했다.", {"박민재": {"speaker", "quoted"}}),
    ("박민재 다온전자 부문장이 발표했다. 박 회장은 \"AI가 답\"이라고 말했다.", {"박민재": {"speaker"}}),
])
def test_a_rank_in_parentheses_is_a_later_short_form(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a caption of the event in the progressive: those pictured, with no part of their own, attend
    ("박민재 다온전자 대표(오른쪽)가 18일 서울 코엑스에서 열린 '2026 한빛 AI 포럼'에서 이수진 한빛랩 CEO와 악수하고 있다.",
     {"박민재": {"attendee"}, "이수진": {"attendee"}}),
    ("박민재 한빛부 장관이 18일 열린 '2026 한빛 AI 포럼'을 찾아 로봇 시연을 지켜보고 있다.", {"박민재": {"attendee"}}),
    # (guards: a part the caption gives, a file photo of another day, and prose in the progressive)
    ("18일 열린 '2026 한빛 AI 포럼'에서 박민재 다온전자 대표가 기조연설을 하고 있다.", {"박민재": {"keynote"}}),
    # (a file photo of another day names no person of the event: test_one_cited_or_of_another_occasion)
    ("박민재 한빛당 의원이 지난 7월 2일 국회에서 열린 '과방위 전체회의'에서 발언하고 있다.", {}),
    ("박민재 다온전자 대표는 현재 다온랩을 이끌고 있다.", {"박민재": set()}),
])
def test_a_caption_of_the_event_in_the_progressive(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # a cue in Latin letters is a word of its own: MC, not the letters inside TSMC
    ("한빛대 김민수 교수와 TSMC 이영희 부사장이 기조강연을 맡았다.", {"김민수": {"keynote"}, "이영희": {"keynote"}}),
    ("김민수 한빛대 교수와 이영희 DSMC 상무가 발표했다.", {"김민수": {"speaker"}, "이영희": {"speaker"}}),
    # (guards: the master of ceremonies)
    ("MC는 김민지 아나운서가 맡았다.", {"김민지": {"moderator"}}),
    ("행사 MC를 맡은 김민지 아나운서가 개막을 알렸다.", {"김민지": {"moderator"}}),
])
def test_a_latin_cue_is_a_word_of_its_own(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # introducing those taking part (the companies, the teams), one by one, is no talk of one's own
    ("행사 진행을 맡은 방송인 박슬기 씨는 참가 기업을 한 곳씩 소개했다.", {"박슬기": {"moderator"}}),
    # (guards: so before, the chair's cue before the teams or people taking part, a company's own product, and
    # speakers introduced)
    ("사회를 맡은 박슬기 아나운서가 수상팀을 차례로 소개했다.", {"박슬기": {"moderator"}}),
    ("사회자 박슬기 씨가 참가자들을 소개했다.", {"박슬기": {"moderator"}}),
    ("박민재 다온전자 대표가 자사 솔루션을 소개했다.", {"박민재": {"speaker"}}),
    ("사회를 맡은 박슬기 아나운서가 연사를 소개했다.", {"박슬기": {"moderator"}}),
])
def test_introducing_those_taking_part(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("text", "roles"), [
    # the head of the group a host company belongs to (its first word, then 그룹) speaks for the host
    ("다온홀딩스가 17일 본사에서 'AI 혁신 데이'를 열었다. 장민호 다온그룹 회장은 \"AI 없이는 미래도 없다\"고 말했다.",
     {"장민호": {"host_rep", "quoted"}}),
    ("한빛전자는 17일 'AI 혁신 데이'를 개최했다. 한빛그룹 김도윤 회장은 \"전환을 서두르자\"고 강조했다.",
     {"김도윤": {"host_rep", "quoted"}}),
    # (guards: so before, the host itself; another group's head; a group whose first word is another company's)
    ("다온그룹이 17일 본사에서 'AI 혁신 데이'를 열었다. 장민호 다온그룹 회장은 \"AI 없이는 미래도 없다\"고 말했다.",
     {"장민호": {"host_rep", "quoted"}}),
    ("다온홀딩스가 17일 본사에서 'AI 혁신 데이'를 열었다. 장민호 누리그룹 회장은 \"AI 없이는 미래도 없다\"고 말했다.",
     {"장민호": {"quoted"}}),
    ("다온홀딩스가 17일 본사에서 'AI 혁신 데이'를 열었다. 장민호 다온누리그룹 회장은 \"AI 없이는 미래도 없다\"고 말했다.",
     {"장민호": {"quoted"}}),
])
def test_the_head_of_a_host_companys_group(text: str, roles: dict) -> None:
    assert _role_values(text) == roles


@pytest.mark.parametrize(("text", "expected"), [
    # a person before 에 이어 did what the person after does, in that one's clause
    ("포럼에서는 정하늘 다온랩 대표에 이어 윤서연 한빛전자 상무가 발표자로 나섰다.",
     {"정하늘": {"speaker"}, "윤서연": {"speaker"}}),
    ("이날 정하늘 다온랩 대표에 이어 윤서연 한빛전자 상무가 기조강연을 했다.", {"정하늘": {"keynote"}, "윤서연": {"keynote"}}),
    # (guards: so before) a talk before 에 이어 is its speaker's, and a clause closed by 한 데 이어
    ("정하늘 다온랩 대표의 특강에 이어 윤서연 한빛전자 상무가 발표했다.", {"정하늘": {"speaker"}, "윤서연": {"speaker"}}),
    ("정하늘 다온랩 대표가 개회사를 한 데 이어 윤서연 한빛전자 상무가 발표했다.", {"정하늘": {"host_rep"}, "윤서연": {"speaker"}}),
    # last year before 에 이어 closes no clause: the part the topic names is the person's after it ("as last year")
    ("이번 포럼의 좌장은 지난해에 이어 윤서연 한빛대 명예교수가 맡았다.", {"윤서연": {"moderator"}}),
    ("기조강연은 작년에 이어 올해도 윤서연 한빛대 교수가 맡았다.", {"윤서연": {"keynote"}}),
])
def test_a_person_before_e_ieo_shares_the_part(text: str, expected: dict) -> None:
    assert _role_values("'AI 포럼'이 12일 한빛협회 주최로 열렸다. " + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part joined to another in the topic of a sentence that announces the list after it
    ("발표자와 주제는 다음과 같다. 노은비 한빛대 교수(AI와 제조), 권도윤 다온랩 연구원(합성 데이터).",
     {"노은비": {"speaker"}, "권도윤": {"speaker"}}),
    ("토론자와 소속은 다음과 같다.\n노은비 한빛대 교수, 권도윤 다온랩 연구원.", {"노은비": {"panelist"}, "권도윤": {"panelist"}}),
    # (guard: so before) the part alone as the topic
    ("발표자는 다음과 같다.\n노은비 한빛대 교수, 권도윤 다온랩 연구원.", {"노은비": {"speaker"}, "권도윤": {"speaker"}}),
])
def test_a_joined_topic_announcing_a_list(text: str, expected: dict) -> None:
    assert _role_values("'AI 포럼'이 12일 한빛협회 주최로 열렸다. " + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # words said before on another occasion (… 바 있다) are no quote at the event, and name no one of it
    ("김도윤 한빛대 교수가 기조강연을 했다. 한편 박서연 장관은 지난달 국무회의에서 \"AI에 총력을 다하라\"고 지시한 바 있다.",
     {"김도윤": {"keynote"}}),
    ("김도윤 한빛대 교수가 기조강연을 했다. 박서연 장관은 앞서 \"AI에 투자하겠다\"고 밝힌 바 있다.", {"김도윤": {"keynote"}}),
    # (guard: so before) a quote at the event
    ("김도윤 한빛대 교수가 기조강연을 했다. 박서연 장관은 \"AI에 투자하겠다\"고 밝혔다.",
     {"김도윤": {"keynote"}, "박서연": {"quoted"}}),
])
def test_words_said_before_on_another_occasion(text: str, expected: dict) -> None:
    assert _role_values("'AI 포럼'이 12일 한빛협회 주최로 열렸다. " + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one the subject cites, or the subject of a sentence set at another time or passed on through a channel, named
    # for that alone, is no person of the event
    ("김도윤 한빛대 교수는 샘 올트먼 다온AI CEO의 발언을 인용하며 \"AI는 전기\"라고 말했다.", {"김도윤": {"quoted", "speaker"}}),
    ("김도윤 한빛대 교수가 기조강연을 했다. 이는 박서연 다온전자 CEO가 지난 3월 한빛 서밋에서 강조한 내용이다.",
     {"김도윤": {"keynote"}}),
    ("김도윤 한빛대 교수가 기조강연을 했다. 박서연 다온전자 CEO는 최근 SNS를 통해 휴머노이드 양산 계획을 밝혔다.",
     {"김도윤": {"keynote"}}),
    ("김도윤 한빛대 교수가 기조강연을 했다. 박서연 장관은 지난해 이 포럼에서 기조강연을 맡았었다.", {"김도윤": {"keynote"}}),
    # (guards: so before) the subject who cites another speaks, and the time of what another said is no other occasion
    ("이서연 다온랩 대표는 정민재 한빛대 교수의 최근 발언을 소개하며 시장을 전망했다.", {"이서연": {"speaker"}, "정민재": set()}),
])
def test_one_cited_or_of_another_occasion(text: str, expected: dict) -> None:
    assert _role_values("'AI 포럼'이 12일 한빛협회 주최로 열렸다. " + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the judges named after their label and a colon
    ("○ 심사위원: 김하준(다온벤처스 대표), 이도윤(한빛인베스트 이사)", {"김하준": {"other"}, "이도윤": {"other"}}),
    ("○ 심사위원장 : 김하준 다온벤처스 대표", {"김하준": {"other"}}),
    # (guard: so before) the judges' part with 으로
    ("심사위원으로는 김하준 다온벤처스 대표, 이도윤 한빛인베스트 이사가 참여했다.", {"김하준": {"other"}, "이도윤": {"other"}}),
])
def test_judges_after_their_label(text: str, expected: dict) -> None:
    assert _role_values("'AI 데모데이'가 28일 한빛협회 주최로 열렸다.\n" + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the lawmaker who hosts (주최한, with the day and the place before the verb; 주최로 right after the name)
    # represents the host, and the cue of the one who presents there is not theirs
    ("김도윤 의원이 15일 국회의원회관 제1소회의실에서 주최한 'AI 정책토론회'에서 발제자로 나선 박서진 연구위원은 "
     "\"시행령이 중요하다\"고 말했다.", {"김도윤": {"host_rep"}, "박서진": {"speaker", "quoted"}}),
    ("김도윤 의원 주최로 15일 국회에서 열린 'AI 정책토론회'에서 박서진 연구위원이 발제했다.",
     {"김도윤": {"host_rep"}, "박서진": {"speaker"}}),
    # (guard: so before) nothing between the lawmaker and 주최한
    ("김도윤 의원이 주최한 'AI 정책토론회'에서 박서진 연구위원이 발제했다.", {"김도윤": {"host_rep"}, "박서진": {"speaker"}}),
])
def test_a_hosting_lawmaker_with_the_day_and_place_between(text: str, expected: dict) -> None:
    assert _role_values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the head of the organizer that is a university's unit, the unit fused with the title, represents it
    ("한빛대학교 AI융합연구소는 11일 'AI 포럼'을 열었다. 김도윤 한빛대 AI융합연구소장은 \"뜻깊은 자리\"라고 말했다.",
     {"김도윤": {"host_rep", "quoted"}}),
    ("다온대학교 인공지능연구원은 3일 'AI 석학 세미나'를 개최했다. 박서진 다온대학교 인공지능연구원장이 환영의 뜻을 밝혔다. "
     "박 원장은 \"소통의 자리\"라고 말했다.", {"박서진": {"host_rep", "quoted"}}),
    # (guards: so before) the unit written apart from the title; another unit of the university
    ("한빛대 AI융합연구소는 11일 'AI 포럼'을 열었다. 김도윤 한빛대 AI융합연구소 소장은 \"뜻깊은 자리\"라고 말했다.",
     {"김도윤": {"host_rep", "quoted"}}),
    ("한빛대 AI융합연구소는 11일 'AI 포럼'을 열었다. 김도윤 한빛대 로봇연구소장은 \"뜻깊은 자리\"라고 말했다.",
     {"김도윤": {"speaker", "quoted"}}),
])
def test_the_head_of_a_hosting_unit_fused_with_the_title(text: str, expected: dict) -> None:
    assert _role_values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a subject standing for the people the sentence before names (이들은, 두 사람은, 세 연사는) takes a part for all
    ("'AI 포럼'이 3일 열렸다. 행사에는 김하늘 다온전자 대표와 박서진 한빛대 교수가 참석했다. 두 사람은 패널토론에서 AI 인재 "
     "문제를 논의했다.", {"김하늘": {"attendee", "panelist"}, "박서진": {"attendee", "panelist"}}),
    ("'AI 포럼'이 3일 열렸다. 행사에는 김하늘 다온전자 대표, 박서진 한빛대 교수, 최유나 누리랩 상무가 참석했다. 세 사람은 "
     "발표자로 나섰다.", {"김하늘": {"attendee", "speaker"}, "박서진": {"attendee", "speaker"}, "최유나": {"attendee", "speaker"}}),
    ("'AI 포럼'이 3일 열렸다. 행사에는 김하늘 다온전자 대표와 박서진 한빛대 교수가 참석했다. 이들은 이어진 대담에서 의견을 "
     "나눴다.", {"김하늘": {"attendee", "speaker"}, "박서진": {"attendee", "speaker"}}),
    # not when the count differs, nor with no part
    ("'AI 포럼'이 3일 열렸다. 행사에는 김하늘 다온전자 대표와 박서진 한빛대 교수가 참석했다. 세 사람은 발표자로 나섰다.",
     {"김하늘": {"attendee"}, "박서진": {"attendee"}}),
    ("'AI 포럼'이 3일 열렸다. 행사에는 김하늘 다온전자 대표와 박서진 한빛대 교수가 참석했다. 두 사람은 오랜 친구다.",
     {"김하늘": {"attendee"}, "박서진": {"attendee"}}),
])
def test_a_subject_standing_for_the_people_named_before(text: str, expected: dict) -> None:
    assert _role_values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a news agency closing the article after a slash is a photo's credit, no writer
    ("'AI 포럼'이 9일 열렸다. 참석자들이 기념촬영을 하고 있다.\n\n/연합뉴스", {}),
    ("'AI 포럼'이 9일 열렸다. 참석자들이 기념촬영을 하고 있다. /전자신문", {}),
    # (guard: so before) a writer's name after the slash
    ("'AI 포럼'이 9일 열렸다. 참석자들이 기념촬영을 하고 있다.\n\n/김다은", {"김다은": {"reporter"}}),
])
def test_a_news_agency_after_a_slash_is_no_writer(text: str, expected: dict) -> None:
    assert _role_values(text) == expected


def test_many_people_in_one_sentence_are_read_in_linear_time() -> None:
    # one sentence naming many people with no part: what the sentence says of another occasion is read once for all
    import time

    unit = "위원장인 김도윤 한빛협회 회장과 ㈜다온랩(대표 이서연), 이인선 의원실의 박준호 원장 "

    def timed(n: int) -> float:
        text = "'AI 포럼'이 3일 열렸다. " + unit * n
        start = time.perf_counter()
        extract(ko_article(text))
        return time.perf_counter() - start

    timed(20)  # (the analyser and the patterns loaded once)
    small, large = timed(100), timed(1600)
    # 16 times the text, with room for noise (a scan of the sentence per person: ~45x)
    assert large < small * 16 * 1.8, (small, large)


@pytest.mark.parametrize(("text", "expected"), [
    # speaker cards: a name alone on its line, the post on the next, read as one person with the post
    ("'2026 한빛 AI 포럼'이 18일 서울 코엑스에서 열린다.\n\n■ 연사\n김하늘\n한빛대 교수\n\n박서진\n다온랩 대표\n",
     {("김하늘", "한빛대"): {Role.SPEAKER}, ("박서진", "다온랩"): {Role.SPEAKER}}),
    ("'2026 한빛 AI 포럼'이 18일 열린다.\n\n■ 패널토론\n김하늘\n한빛대 교수\n박서진\n다온랩 대표\n",
     {("김하늘", "한빛대"): {Role.PANELIST}, ("박서진", "다온랩"): {Role.PANELIST}}),
    # (guards: so before) a name and its post on one line, and a line that ends in no post
    ("'2026 한빛 AI 포럼'이 18일 서울 코엑스에서 열린다.\n\n■ 연사\n김하늘 한빛대 교수\n박서진 다온랩 대표\n",
     {("김하늘", "한빛대"): {Role.SPEAKER}, ("박서진", "다온랩"): {Role.SPEAKER}}),
    ("'2026 한빛 AI 포럼'이 18일 서울 코엑스에서 열린다.\n\n김하늘\n행사 안내\n", {}),
])
def test_speaker_cards_of_a_name_over_its_post(text: str, expected: dict) -> None:
    x = extract(ko_article(text, published="2026-12-03"))
    assert {(name, org): roles for (name, org), roles in _people(x).items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a header that introduces who takes a part ("[연사 소개]", "◇발표자 약력") over the list below it
    ("'2026 한빛 AI 포럼'이 18일 서울 코엑스에서 열린다.\n\n[연사 소개]\n김하늘 한빛대 교수\n박서진 다온랩 대표\n",
     {("김하늘", "한빛대"): {Role.SPEAKER}, ("박서진", "다온랩"): {Role.SPEAKER}}),
    ("'2026 한빛 AI 포럼'이 18일 서울 코엑스에서 열린다.\n\n◇패널 라인업\n김하늘 한빛대 교수\n박서진 다온랩 대표\n",
     {("김하늘", "한빛대"): {Role.PANELIST}, ("박서진", "다온랩"): {Role.PANELIST}}),
    # ... after the event's quoted name on the header's line
    ("'2026 한빛 AI 포럼' 연사 소개\n\n김하늘(한빛대 교수): 20년간 로봇 제어를 연구해 왔다.\n박서진(다온랩 대표): 제조 AI "
     "플랫폼을 만든다.\n", {("김하늘", "한빛대"): {Role.SPEAKER}, ("박서진", "다온랩"): {Role.SPEAKER}}),
    ("'2026 한빛 AI 포럼'이 18일 열린다.\n\n'2026 한빛 AI 포럼' 패널 라인업\n김하늘 한빛대 교수\n박서진 다온랩 대표\n",
     {("김하늘", "한빛대"): {Role.PANELIST}, ("박서진", "다온랩"): {Role.PANELIST}}),
    # (guard: so before) the part's word alone
    ("'2026 한빛 AI 포럼'이 18일 서울 코엑스에서 열린다.\n\n[연사]\n김하늘 한빛대 교수\n박서진 다온랩 대표\n",
     {("김하늘", "한빛대"): {Role.SPEAKER}, ("박서진", "다온랩"): {Role.SPEAKER}}),
])
def test_a_header_introducing_who_takes_a_part(text: str, expected: dict) -> None:
    x = extract(ko_article(text, published="2026-12-03"))
    assert {(name, org): roles for (name, org), roles in _people(x).items()} == expected


@pytest.mark.parametrize(("sentence", "roles"), [
    # venting, warning, rebutting and a concern voiced, in the report's own words: said speaking there
    ("윤재석 다온전자 상무는 AI 도입의 어려움을 토로했다.", {"윤재석": {"speaker"}}),
    ("윤재석 다온전자 상무는 AI 규제에 대한 우려를 나타냈다.", {"윤재석": {"speaker"}}),
    ("윤재석 한빛대 교수는 규제 무용론을 반박했다.", {"윤재석": {"speaker"}}),
    # (guards, as before) a warning (a cue of its own); one with no body written; one of the body holding it
    ("윤재석 한빛대 교수는 데이터 편향의 위험을 경고했다.", {"윤재석": {"speaker"}}),
    ("윤재석 교수는 AI 도입의 어려움을 토로했다.", {"윤재석": set()}),
    ("한빛재단 윤재석 이사장은 이 자리에서 AI 인재 양성의 중요성을 강조했다.", {"윤재석": {"host_rep"}}),
])
def test_more_verbs_of_what_one_said_in_the_reports_words(sentence: str, roles: dict) -> None:
    text = "한빛재단은 지난 3일 서울 코엑스에서 '제5회 한빛 AI 포럼'을 개최했다. " + sentence
    assert _role_values(text) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # results shared are a talk's, not an announcement
    ("정민수 다온전자 전무는 로봇 배송 실험 결과를 공유했다.", {"정민수": {"speaker"}}),
    # the verb of saying at the sentence's end is its last clause's, that subject's too
    ("김동현 한빛물류 상무는 물류센터 운영 사례를 소개했고, 정민수 다온전자 전무는 로봇 배송 계획을 밝혔다.",
     {"김동현": {"speaker"}, "정민수": {"speaker"}}),
    ("김동현 한빛물류 상무가 물류센터 사례를 설명하며, 정민수 다온전자 전무는 규제 완화를 촉구했다.",
     {"김동현": {"speaker"}, "정민수": {"speaker"}}),
    # (guards, as before) experience shared; results announced by a body's head of the holder
    ("정민수 다온전자 전무는 로봇 배송 경험을 공유했다.", {"정민수": {"speaker"}}),
    ("한빛재단 윤재석 이사장은 이 자리에서 조사 결과를 발표했다.", {"윤재석": {"host_rep"}}),
])
def test_shared_results_and_the_last_clauses_subject(sentence: str, roles: dict) -> None:
    text = "한빛재단은 지난 3일 서울 코엑스에서 '제5회 한빛 AI 포럼'을 개최했다. " + sentence
    assert _role_values(text) == roles


@pytest.mark.parametrize(("text", "expected"), [
    # a body's kind fused with 장 and no organization written: the organizer whose name ends in that kind, its head
    ("한빛제조혁신추진단은 19일 서울에서 '청년 서포터즈 발대식'을 열었다. 이날 발대식에는 김영신 추진단장이 참석했다.",
     {("김영신", "한빛제조혁신추진단"): {Role.ATTENDEE, Role.HOST_REP}}),
    ("다온로봇산업진흥원은 19일 서울에서 '로봇 포럼'을 열었다. 이날 포럼에는 김영신 진흥원장이 참석했다.",
     {("김영신", "다온로봇산업진흥원"): {Role.ATTENDEE, Role.HOST_REP}}),
    # (guards: so before) the society's head; a kind no body of the article ends in
    ("한빛로봇산업협회는 19일 서울에서 '로봇 포럼'을 열었다. 이날 포럼에는 김영신 협회장이 참석했다.",
     {("김영신", "한빛로봇산업협회"): {Role.ATTENDEE, Role.HOST_REP}}),
    ("한빛AI협회는 19일 서울에서 '로봇 포럼'을 열었다. 이날 포럼에는 김영신 추진단장이 참석했다.",
     {("김영신", None): {Role.ATTENDEE}}),
])
def test_a_bodys_kind_fused_with_its_head(text: str, expected: dict) -> None:
    assert _people(extract(ko_article(text))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the closing declared is the host's; an opening show staged, or one shown, a performer's (other)
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 행사 말미에는 정윤호 조직위원장이 폐회를 선언했다.", {"정윤호": {"host_rep"}}),
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 개막 공연은 가수 한지민 씨가 선보였다.", {"한지민": {"other"}}),
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 박종민 한빛대 교수가 AI 피아노와 공연을 선보였다.", {"박종민": {"other"}}),
    # (guards: so before) the opening declared; a congratulatory show
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 정윤호 조직위원장이 개회를 선언했다.", {"정윤호": {"host_rep"}}),
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 가수 한지민 씨가 축하 공연을 펼쳤다.", {"한지민": {"other"}}),
])
def test_the_closing_declared_and_a_show_staged(text: str, expected: dict) -> None:
    assert _role_values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a reporter's title with a part in parentheses after it is one who takes part (the part), no byline
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 좌담회에는 이현수 기자(사회), 최민정 교수, 한상우 대표가 참석했다.",
     {"이현수": {"moderator"}, "최민정": {"panelist"}, "한상우": {"panelist"}}),
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 토론에는 이현수 한빛일보 기자(좌장)와 최민정 교수가 참여했다.",
     {"이현수": {"moderator"}, "최민정": {"panelist"}}),
    # (guards: so before) the byline; a part in parentheses after another title
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다.\n\n대전=이현수 기자", {"이현수": {"reporter"}}),
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 토론에는 이현수 교수(사회), 최민정 교수가 참여했다.",
     {"이현수": {"moderator"}, "최민정": {"panelist"}}),
])
def test_a_reporters_title_with_a_part_in_parentheses(text: str, expected: dict) -> None:
    assert _role_values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # something shown first at the event, an adverb between the object and the verb
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 이 자리에서 윤지훈 다온로보틱스 대표는 신제품 'R-7'을 처음 공개했다.",
     {"윤지훈": {"speaker"}}),
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 윤지훈 다온로보틱스 대표는 로봇을 최초로 공개했다.", {"윤지훈": {"speaker"}}),
    # (guards: so before) shown with no adverb; shown on an earlier day is no part of this event
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 윤지훈 다온로보틱스 대표는 신제품을 공개했다.", {"윤지훈": {"speaker"}}),
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 개최했다. 일론 머스크 테슬라 CEO는 지난해 옵티머스 로봇을 공개했다.", {}),
])
def test_shown_first_with_an_adverb_between(text: str, expected: dict) -> None:
    assert _role_values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a surname and the post one was elected to ("…를 제8대 회장으로 선출했다"), a marker of a post held now between
    ("한빛협회는 26일 엘타워에서 '2025년 정기총회'를 열고 김진수 한빛로보틱스 대표를 제8대 회장으로 선출했다. "
     "김 신임 회장은 취임사에서 \"현장을 바꾸겠다\"고 말했다.", {"김진수": {"host_rep", "quoted"}}),
    ("한빛협회는 26일 '2025년 정기총회'를 열고 이서연 다온대 교수를 신임 이사장으로 선임했다. "
     "이 이사장은 \"연구를 넓히겠다\"고 말했다.", {"이서연": {"quoted"}}),
    # a former post after the surname points back to one named with that former post
    ("한빛협회는 26일 엘타워에서 '2025년 정기총회'를 열었다. 김진수 전 한빛부 장관이 축사를 했다. "
     "김 전 장관은 \"바꾸겠다\"고 말했다.", {"김진수": {"other", "quoted"}}),
    # (guards: so before) a former post is no present one; the post one was named with
    ("한빛협회는 26일 엘타워에서 '2025년 정기총회'를 열었다. 김진수 한빛로보틱스 대표가 발표했다. "
     "김 전 대표는 \"바꾸겠다\"고 말했다.", {"김진수": {"speaker"}}),
    ("한빛협회는 26일 엘타워에서 '2025년 정기총회'를 열었다. 김진수 한빛로보틱스 대표가 발표했다. "
     "김 대표는 \"바꾸겠다\"고 말했다.", {"김진수": {"speaker", "quoted"}}),
])
def test_a_short_form_by_an_elected_or_former_post(text: str, expected: dict) -> None:
    assert _role_values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a field before parentheses that hold ORG NAME TITLE: the person is the one inside, the field no name
    ("사례 발표는 ▲기계(현대위아 최수영 책임) ▲방산(다온넥스원 이주원 팀장)이 이어졌다.",
     [("최수영", "현대위아", "책임"), ("이주원", "다온넥스원", "팀장")]),
    ("이어 ▲기계(다온정밀 최수영 책임)가 발표했다.", [("최수영", "다온정밀", "책임")]),
    # (guards: so before) fields the analyser reads as no name; a name with its organization and title in parentheses
    ("분야별 발표는 ▲조선(한빛오션 박지환 수석)과 ▲기계(다온위아 최수영 책임)가 맡았다.",
     [("박지환", "한빛오션", "수석"), ("최수영", "다온위아", "책임")]),
    ("김도윤(한빛대 교수)이 발표했다.", [("김도윤", "한빛대", "교수")]),
    ("김도윤(한빛대 전자공학과 교수)이 발표했다.", [("김도윤", "한빛대", "교수")]),
])
def test_a_field_before_parentheses_that_hold_the_person(text: str, expected: list) -> None:
    x = extract(ko_article("'AI 세미나'가 16일 열렸다. " + text))
    orgs = {o.id: o.name for o in x.organizations}
    assert [(p.name, orgs[p.affiliations[0].org], p.affiliations[0].title) for p in x.people] == expected


@pytest.mark.parametrize(("sentence", "roles"), [
    # sharing cases, or presenting them, written as a noun: a talk of its own
    ("김민수 한빛대 교수의 발표에 이어 박영희 다온랩 대표의 사례 공유가 이어졌다.",
     {"김민수": {"speaker"}, "박영희": {"speaker"}}),
    # (guards: so before) the noun before a verb of taking the stage; the verb's form; the noun in what the event is for
    ("사례 소개에 나선 이철수 한빛전자 상무는 비용 절감을 강조했다.", {"이철수": {"speaker"}}),
    ("이철수 한빛전자 상무는 공정 개선 사례를 공유했다.", {"이철수": {"speaker"}}),
    ("행사는 성과와 사례 공유를 위해 마련됐다. 김민수 한빛대 교수가 참석했다.", {"김민수": {"attendee"}}),
])
def test_cases_shared_as_a_noun(sentence: str, roles: dict) -> None:
    assert _role_values("'2026 한빛 AI 포럼'이 18일 열렸다. " + sentence) == roles


@pytest.mark.parametrize(("text", "quotes"), [
    # a headline's quote, then an ellipsis or a dash and the one it credits with their body and post
    ("[인터뷰] \"AI 반도체, 지금이 골든타임\"…유회준 한빛대 교수\n유회준 한빛대 교수는 21일 열린 '2024 AI반도체 포럼'에서 "
     "발표했다.", {"유회준": ["AI 반도체, 지금이 골든타임"]}),
    ("\"제조 AI는 데이터 싸움\" - 김철수 다온전자 대표\n김철수 다온전자 대표는 21일 열린 '2024 AI 포럼'에서 발표했다.",
     {"김철수": ["제조 AI는 데이터 싸움"]}),
    # (guards: so before) a quote the next sentence says nobody said; the speaker before the quote
    ("\"제조 AI는 데이터 싸움\"이라는 말이 나왔다.\n김철수 다온전자 대표는 21일 열린 '2024 AI 포럼'에서 발표했다.",
     {"김철수": []}),
    ("'2024 AI 포럼'이 21일 열렸다. 김철수 다온전자 대표는 \"제조 AI는 데이터 싸움\"이라고 말했다.",
     {"김철수": ["제조 AI는 데이터 싸움"]}),
])
def test_a_headlines_quote_credited_after_an_ellipsis(text: str, quotes: dict) -> None:
    x = extract(ko_article(text))
    assert {p.name: [q.text for q in p.quotes] for p in x.people} == quotes


@pytest.mark.parametrize(("text", "roles"), [
    # the sentence before gives its act to one placed in the picture: the others listed stand beside them
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n\n윤재석 한빛부 장관(가운데)이 18일 포럼에서 발언하고 있다. 왼쪽부터 강민지 "
     "다온전자 상무, 윤 장관, 배성우 누리연구원 본부장.",
     {"윤재석": {"speaker", "attendee"}, "강민지": {"attendee"}, "배성우": {"attendee"}}),
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n\n18일 포럼에서 윤재석 한빛대 교수(왼쪽)가 발표하고 있다. 오른쪽부터 강민지 "
     "다온전자 상무, 배성우 누리연구원 본부장.",
     {"윤재석": {"speaker"}, "강민지": {"attendee"}, "배성우": {"attendee"}}),
    # (guard: as before) a group doing it: the list does it too
    ("'2026 한빛 AI 포럼'이 18일 열렸다.\n\n토론자들이 토론을 하고 있다. 왼쪽부터 강민지 다온전자 상무, 배성우 누리연구원 "
     "본부장.", {"강민지": {"panelist"}, "배성우": {"panelist"}}),
])
def test_a_caption_list_beside_the_one_placed(text: str, roles: dict) -> None:
    assert _role_values(text) == roles


@pytest.mark.parametrize(("sentence", "people"), [
    # a foreign name after the title: a given name written with a syllable only foreign names have, then a surname
    # the analyser reads as a proper noun, or a surname of one syllable
    ("엔비디아 부사장 디푸 탈라가 기조연설을 했다.", {("디푸 탈라", "엔비디아"): {Role.KEYNOTE}}),
    ("엔비디아 대표 젠슨 황이 기조연설을 했다.", {("젠슨 황", "엔비디아"): {Role.KEYNOTE}}),
    # (guards: as before) a given name the lists know; common nouns after a title are no name
    ("엔비디아 부사장 애런 손더스가 기조연설을 했다.", {("애런 손더스", "엔비디아"): {Role.KEYNOTE}}),
    ("다온전자 부사장 케이스 연구를 소개했다.", {}),
])
def test_a_foreign_name_after_the_title(sentence: str, people: dict) -> None:
    assert _people(extract(ko_article("'2026 AI 컨퍼런스'가 28일 열렸다. " + sentence))) == people


@pytest.mark.parametrize(("sentence", "role"), [
    # the people's noun as the subject after a list, then the part they take on with 로: the part
    ("이번 컨퍼런스에는 김민수 한빛대 교수, 박영희 다온전자 상무 등 해외 연사가 기조연설자로 나선다.", "keynote"),
    ("김민수 한빛대 교수, 박영희 다온전자 상무 등 연사들이 패널로 참여한다.", "panelist"),
    # (guards: as before) the part with no group's noun; the noun with no part after it
    ("이번 컨퍼런스에는 김민수 한빛대 교수, 박영희 다온전자 상무 등이 기조연설자로 나선다.", "keynote"),
    ("김민수 한빛대 교수, 박영희 다온전자 상무 등 연사들이 강연한다.", "speaker"),
])
def test_a_groups_noun_before_the_part_taken(sentence: str, role: str) -> None:
    assert _role_values("'2026 AI 컨퍼런스'가 28일 열렸다. " + sentence) == {"김민수": {role}, "박영희": {role}}


@pytest.mark.parametrize(("sentence", "people"), [
    # a title before the name, the body and post in the parentheses after it: those in the parentheses
    ("팀장 김도현(창원대 4학년)씨는 \"의미가 컸다\"고 말했다.", {("김도현", "창원대학교"): {Role.QUOTED}}),
    ("심사위원장 김도현(한빛대 교수)은 \"수준이 높았다\"고 평가했다.", {("김도현", "한빛대"): {Role.QUOTED}}),
    # (guards: as before) a part's title before the name; an age in the parentheses; the parentheses alone
    ("좌장 김도현(한빛대 교수)이 토론을 이끌었다.", {("김도현", "한빛대"): {Role.MODERATOR}}),
    ("한빛전자 대표 김도현(52)씨가 발표했다.", {("김도현", "한빛전자"): {Role.SPEAKER}}),
    ("김도현(창원대 4학년)씨는 \"의미가 컸다\"고 말했다.", {("김도현", "창원대학교"): {Role.QUOTED}}),
])
def test_a_title_before_the_name_and_its_body_in_parentheses(sentence: str, people: dict) -> None:
    assert _people(extract(ko_article("'AI 해커톤'이 23일 열렸다. " + sentence))) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # a body's kind written apart from its name, between the name and the post
    ("민병주 제조AI 얼라이언스 의장은 \"데이터 공유가 핵심\"이라고 말했다.",
     {("민병주", "제조AI 얼라이언스"): {Role.QUOTED, Role.SPEAKER}}),
    ("김하준 K-휴머노이드 연합 위원장이 발표했다.", {("김하준", "K-휴머노이드 연합"): {Role.SPEAKER}}),
    # ... after a name of common nouns compounded (no foreign name's second word), or one with a company's ending
    ("김하준 스마트제조 컨소시엄 대표가 발표했다.", {("김하준", "스마트제조 컨소시엄"): {Role.SPEAKER}}),
    ("김하준 미래모빌리티 얼라이언스 의장이 발표했다.", {("김하준", "미래모빌리티 얼라이언스"): {Role.SPEAKER}}),
    # (guards: as before) the kind fused to the name; a lone kind word as the body
    ("김하준 스마트제조협회 회장이 발표했다.", {("김하준", "스마트제조협회"): {Role.SPEAKER}}),
    ("김하준 학회 회장이 발표했다.", {("김하준", "학회"): {Role.SPEAKER}}),
    ("김하준 한빛로보틱스 AI연구소 소장이 발표했다.", {("김하준", "한빛로보틱스"): {Role.SPEAKER}}),
    ("카를로스 게레로 지멘스 부사장이 발표했다.", {("카를로스 게레로", "지멘스"): {Role.SPEAKER}}),
])
def test_a_bodys_kind_written_apart_from_its_name(sentence: str, people: dict) -> None:
    assert _people(extract(ko_article("'AI 포럼'이 23일 열렸다. " + sentence))) == people


@pytest.mark.parametrize(("sentence", "affiliation"), [
    # the head in parentheses after a body and its unit heads the whole body written
    ("포항공대 인공지능연구원(원장 서영주)은 19일 'AI 세미나'를 개최했다.", ("서영주", "포항공대 인공지능연구원", "원장")),
    ("한양대학교 ERICA 산학협력단(단장 최성필)은 19일 'AI 세미나'를 개최했다.",
     ("최성필", "한양대학교 ERICA 산학협력단", "단장")),
    # (guards: as before) a body of one word; a unit's name that holds its body's
    ("한국산업기술진흥협회(회장 구자균)는 19일 'AI 세미나'를 개최했다.", ("구자균", "한국산업기술진흥협회", "회장")),
    ("한빛대 AI융합연구소(소장 김철수)는 19일 'AI 세미나'를 개최했다.", ("김철수", "한빛대 AI융합연구소", "소장")),
])
def test_the_head_in_parentheses_heads_the_whole_body(sentence: str, affiliation: tuple[str, str, str]) -> None:
    x = extract(ko_article(sentence))
    name, org, title = affiliation
    [p] = [p for p in x.people if p.name == name]
    assert (_org(x, p.affiliations[0].org), p.affiliations[0].title, p.affiliations[0].unit) == (org, title, None)


@pytest.mark.parametrize(("sentence", "people"), [
    # a particle written apart after a closing quote opens no foreign name before a two-syllable name
    ("9일 열린 'AI 컨퍼런스 2026'에서 류진 한국경제인협회 회장(왼쪽 세 번째)과 참석자들이 기념촬영을 하고 있다.",
     {("류진", "한국경제인협회"): {Role.ATTENDEE}}),
    ("9일 열린 'AI 컨퍼런스'에서 류진 한빛협회 회장이 발표하고 있다.", {("류진", "한빛협회"): {Role.SPEAKER}}),
    # (guard: as before) a foreign given name and a surname before the body
    ("라민 하산 지멘스 CTO가 발표했다.", {("라민 하산", "지멘스"): {Role.SPEAKER}}),
])
def test_a_particle_after_a_quote_opens_no_foreign_name(sentence: str, people: dict) -> None:
    assert _people(extract(ko_article("'AI 컨퍼런스'가 9일 열렸다. " + sentence))) == people


@pytest.mark.parametrize(("text", "name", "talk"), [
    # a talk's title in the sentence that opens with 그/그녀, given to the one person of the sentence before
    ("한빛협회는 20일 '2026 한빛 AI 포럼'을 열었다. 이날 김민수 한빛대 교수도 참석했다. 그는 '제조 AI의 미래'라는 주제로 "
     "강연했다.", "김민수", "제조 AI의 미래"),
    ("지난 20일 열린 '2026 한빛 AI 포럼'에서 기조강연을 한 박서연 다온로보틱스 대표를 만났다. 그녀는 포럼에서 "
     "'현장 데이터로 만드는 AI 공장'을 주제로 발표했다.", "박서연", "현장 데이터로 만드는 AI 공장"),
    # (a guard: so before) the title after the name itself
    ("한빛협회는 20일 '2026 한빛 AI 포럼'을 열었다. 김민수 한빛대 교수는 '제조 AI의 미래'라는 주제로 강연했다.", "김민수",
     "제조 AI의 미래"),
])
def test_a_pronouns_talk_title(text: str, name: str, talk: str) -> None:
    x = extract(ko_article(text, published="2026-08-21"))
    [p] = [p for p in x.people if p.name == name]
    assert {r.talk_title for r in p.roles if r.role in (Role.SPEAKER, Role.KEYNOTE)} == {talk}


@pytest.mark.parametrize(("text", "name", "roles"), [
    # one of the audience named as such right before the name attended
    ("'2026 한빛 로봇쇼'가 16일 킨텍스에서 개막했다. 현장에서 만난 관람객 김지수(34) 씨는 \"놀랐다\"고 말했다.", "김지수",
     {"attendee", "quoted"}),
    ("'2026 한빛 AI 포럼'이 16일 코엑스에서 열렸다. 참석자 이영희 한빛대 교수는 \"유익했다\"고 말했다.", "이영희",
     {"attendee", "quoted"}),
    ("'2026 한빛 로봇쇼'가 16일 킨텍스에서 개막했다. 참가자 김하람 씨(45·다온랩 대표)는 \"놀랐다\"고 말했다.", "김하람",
     {"attendee", "quoted"}),
    # (a guard: so before) the audience a speaker shows something to is no label of the speaker
    ("'2026 한빛 로봇쇼'가 16일 킨텍스에서 개막했다. 김철수 다온로보틱스 대표는 관람객들에게 협동로봇을 시연했다.", "김철수",
     {"speaker"}),
])
def test_one_of_the_audience_named_as_such(text: str, name: str, roles: set) -> None:
    assert _role_values(text)[name] == roles


@pytest.mark.parametrize(("text", "roles"), [
    # in a marked list whose items each name their part after the person, a part in an earlier item is no later one's
    ("'2026 한빛 AI 포럼'이 26일 열렸다. 행사는 △김민수 한빛대 교수의 '제조 AI' 기조강연 △이영희 다온랩 대표의 "
     "'품질검사 AI' 발표 △박서준 누리소프트 대표의 '공장 데이터' 발표 순으로 진행됐다.",
     {"김민수": {"keynote"}, "이영희": {"speaker"}, "박서준": {"speaker"}}),
    # ... the parts as the items' objects
    ("'2026 한빛 AI 포럼'이 26일 열렸다. 행사에서는 △김민수 한빛대 교수가 기조강연을 △이영희 다온랩 대표가 주제발표를 맡았다.",
     {"김민수": {"keynote"}, "이영희": {"speaker"}}),
    # guards: a part before the first marker is every item's; an item's part with no title, as before
    ("'2026 한빛 AI 포럼'이 26일 열렸다. 행사에서는 △김민수 한빛대 교수의 기조강연 △이영희 다온랩 대표의 "
     "주제발표가 이어졌다.", {"김민수": {"keynote"}, "이영희": {"speaker"}}),
    ("'2026 한빛 AI 포럼'이 26일 열렸다. 기조강연에는 △김민수 한빛대 교수 △이영희 다온랩 대표가 나섰다.",
     {"김민수": {"keynote"}, "이영희": {"keynote"}}),
])
def test_a_part_in_an_earlier_marked_item(text: str, roles: dict) -> None:
    assert {name: v for name, v in _role_values(text).items() if name in roles} == roles


@pytest.mark.parametrize(("text", "roles"), [
    # the chair's acts on the discussion: wrapping it up, summing it up, leading it
    ("'2026 한빛 AI 포럼'이 28일 열렸다. 발표 세션의 좌장은 김민수 한빛대 교수가 맡았다. 김 교수는 토론을 마무리하며 "
     "\"데이터 표준화가 시급하다\"고 강조했다.", {"김민수": {"moderator", "quoted"}}),
    ("'2026 한빛 AI 포럼'이 28일 열렸다. 김민수 한빛대 교수가 토론을 정리했다.", {"김민수": {"moderator"}}),
    # guards: the one who led it, and one who took part in the discussion, as before
    ("'2026 한빛 AI 포럼'이 28일 열렸다. 토론을 이끈 김민수 한빛대 교수는 \"데이터가 시급하다\"고 말했다.",
     {"김민수": {"moderator", "quoted"}}),
    ("'2026 한빛 AI 포럼'이 28일 열렸다. 김민수 한빛대 교수가 토론에 참여했다.", {"김민수": {"panelist"}}),
])
def test_the_chairs_acts_on_the_discussion(text: str, roles: dict) -> None:
    assert {name: v for name, v in _role_values(text).items() if name in roles} == roles
