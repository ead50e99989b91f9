"""Person mention shapes in Korean news (sentences written for these tests)."""

import pytest

from kg.extract import extract
from kg.extract.doc import build_doc
from kg.extract.gazetteer import load_gazetteer
from kg.extract.ko_people import find_people
from tests.conftest import ko_article


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = build_doc(ko_article(text))
    return [(m.name, m.org.text if m.org else None, m.title) for m in find_people(doc, load_gazetteer())]


SHAPES = [
    # ORG NAME TITLE
    ("사진 왼쪽부터 산기협 박민수 이사, 토트 최영희 대표.", [("박민수", "산기협", "이사"), ("최영희", "토트", "대표")]),
    ("행사에는 포스코홀딩스 윤재석 부장이 참석했다.", [("윤재석", "포스코홀딩스", "부장")]),
    # a company's two-syllable name shaped like a name, then a three-syllable name: the second is the person
    ("발표자로는 안랩 강석균 대표, 다온테크 홍원표 대표가 나섰다.", [("강석균", "안랩", "대표"), ("홍원표", "다온테크", "대표")]),
    ("행사에는 한빛 김민수 상무가 참석했다.", [("김민수", "한빛", "상무")]),
    # (guards: so before) a three-syllable name first, or a company's name that ends like one (…랩, …텍)
    ("이날 최유나 다온 상무가 발표했다.", [("최유나", "다온", "상무")]),
    ("이날 김현 다온랩 대표가 발표했다.", [("김현", "다온랩", "대표")]),
    ("이날 이준 한빛텍 대표가 발표했다.", [("이준", "한빛텍", "대표")]),
    # NAME ORG TITLE
    ("이날 한지원 한국전자통신연구원 책임연구원이 발표했다.", [("한지원", "한국전자통신연구원", "책임연구원")]),
    ("조성민 HD현대삼호 상무와 배수진 LG AI연구원 랩장이 참여했다.",
     [("조성민", "HD현대삼호", "상무"), ("배수진", "LG AI연구원", "랩장")]),
    # a name that ends like a university's short form (박상대, 김종대), a known organization after it
    ("박상대 서울대 교수가 발표했다.", [("박상대", "서울대", "교수")]),
    ("이어 김종대 삼성전자 상무가 사례를 소개했다.", [("김종대", "삼성전자", "상무")]),
    # the organization of an adnominal clause that says where the person works
    ("토론에는 다온전자에서 AI 전략을 총괄하는 정민우 부사장도 참여했다.", [("정민우", "다온전자", "부사장")]),
    ("한빛대에서 로봇공학을 가르치는 이민수 교수와 다온랩에서 연구를 이끌고 있는 최지아 소장이 발표했다.",
     [("이민수", "한빛대", "교수"), ("최지아", "다온랩", "소장")]),
    # a place or a venue in the clause says where, not whose
    ("코엑스에서 열리는 포럼에서 김민수 교수가 발표했다.", [("김민수", None, "교수")]),
    ("행사장에서 관람객을 맞는 김민수 대표는 말했다.", [("김민수", None, "대표")]),
    # fused organization + title
    ("이상철 한국생산기술연구원장이 축사를 했다.", [("이상철", "한국생산기술연구원", "원장")]),
    ("허태정 대전시장은 환영사에서 말했다.", [("허태정", "대전시", "시장")]),
    # ... an institution by its kind's word fused with a whole title that is not its head's 장
    ("김나래 한빛대학교총장이 환영사를 했다.", [("김나래", "한빛대학교", "총장")]),
    ("김나래 다온재단이사장이 환영사를 했다.", [("김나래", "다온재단", "이사장")]),
    ("오세훈 누리전력공사사장이 축사를 했다.", [("오세훈", "누리전력공사", "사장")]),
    # (guards: a known body whose last word is a title too, and a modifier of the post, stay whole)
    ("이수민 한국전자통신연구원 책임연구원이 발표했다.", [("이수민", "한국전자통신연구원", "책임연구원")]),
    ("김나래 한빛대 부총장이 환영사를 했다.", [("김나래", "한빛대", "부총장")]),
    # former title
    ("강연자는 구민호 전 KT 대표이사다.", [("구민호", "KT", "대표이사")]),
    # ORG(TITLE NAME)
    ("한국산업기술진흥협회(회장 정동훈)는 포럼을 열었다.", [("정동훈", "한국산업기술진흥협회", "회장")]),
    ("CTO클럽(대표간사 이재훈·홍민정)이 후원했다.", [("이재훈", "CTO클럽", "대표간사"), ("홍민정", "CTO클럽", "대표간사")]),
    # a known body that is a common word too (국회) before the organization's word belongs to its name
    ("국회 AI포럼(공동대표 김민석·이준호 의원)은 세미나를 열었다.",
     [("김민석", "국회 AI포럼", "공동대표"), ("이준호", "국회 AI포럼", "공동대표")]),
    ("국회 미래산업포럼(대표 박서연 의원)이 토론회를 주최했다.", [("박서연", "국회 미래산업포럼", "대표")]),
    # a unit with the particle 과 before another organization is its partner, not part of its name
    ("한빛대 산학협력단과 경기테크노파크(원장 윤석진)가 공동 주최했다.", [("윤석진", "경기테크노파크", "원장")]),
    ("한국기계연구원 지능로봇연구실과 한빛테크(대표 송민재)가 함께 개발했다.", [("송민재", "한빛테크", "대표")]),
    # two-syllable surname
    ("남궁민수 카카오 부사장이 기조강연을 했다.", [("남궁민수", "카카오", "부사장")]),
    ("선우진 네이버 팀장이 발표했다.", [("선우진", "네이버", "팀장")]),
    # a unit between organization and title; an organization known only by its place
    ("오민석 서울대학교 기계공학과 교수가 발표했다.", [("오민석", "서울대학교", "교수")]),
    ("강하늘 네이버클라우드 AI 이노베이션 센터장이 참석했다.", [("강하늘", "네이버클라우드", "센터장")]),
    ("장순호 한길대 총장과 최미래 아주대 평생교육학 교수가 참여했다.",
     [("장순호", "한길대", "총장"), ("최미래", "아주대", "교수")]),
    # foreign names written in Hangul
    ("이어 젠슨 황 엔비디아 CEO가 기조연설에 나섰다.", [("젠슨 황", "엔비디아", "CEO")]),
    ("미국 카네기멜론 대학의 로니 로젠버그 교수가 발표했다.", [("로니 로젠버그", "카네기멜론 대학", "교수")]),
    ("이어 한빛대학교의 김도현 교수가 발표했다.", [("김도현", "한빛대학교", "교수")]),
    ("이어 마리아 스벤손 LEGO Education 부사장이 강연했다.", [("마리아 스벤손", "LEGO Education", "부사장")]),
    # a name before a period inside parentheses
    ("인공지능협의회(회장 문태식. 한빛대 교수)가 주관했다.", [("문태식", "인공지능협의회", "회장")]),
    # ORG TITLE NAME
    ("카이스트 총장 신동훈은 환영사에서 말했다.", [("신동훈", "카이스트", "총장")]),
    ("행사에는 산기협 회장 구민철과 과기정통부 차관 박세영이 참석했다.",
     [("구민철", "산기협", "회장"), ("박세영", "과기정통부", "차관")]),
    # two titles joined by 겸
    ("윤성호 한국AI협회 회장 겸 CEO가 개회사를 했다.", [("윤성호", "한국AI협회", "회장 겸 CEO")]),
    ("이도윤 카이스트 교수 겸 AI대학원장이 좌장을 맡았다.", [("이도윤", "카이스트", "교수 겸 AI대학원장")]),
    # short later mention, particle on the title
    ("김무상 부장은 사례를 소개했다.", [("김무상", None, "부장")]),
    ("이어 장현영 소장은 청사진을 제시했다.", [("장현영", None, "소장")]),
    # byline, fused byline
    ("김영준 기자 kyj85@etnews.com", [("김영준", None, "기자")]),
    ("대전=박서연기자 psy@example.com", [("박서연", None, "기자")]),
    # a name fused with 기자, the outlet's name right before it opening the line or after a mark
    ("디지털타임스 윤선영기자 sunny@example.com", [("윤선영", "디지털타임스", "기자")]),
    ("[한빛일보 박민수기자] 서울시는 포럼을 연다.", [("박민수", "한빛일보", "기자")]),
    # (guard: so before) a person's organization before a list: no outlet of the reporter after it
    ("한빛협회 김철수 회장과 이영희기자가 만났다.", [("김철수", "한빛협회", "회장"), ("이영희", None, "기자")]),
    ("[뉴스토마토 박용수 기자] 서울시는 포럼을 연다.", [("박용수", "뉴스토마토", "기자")]),
    # photo credit
    ("(사진=김하늘 기자)", [("김하늘", None, "기자")]),
    ("[사진=과기정통부] 글·사진=윤다온 기자", [("윤다온", None, "기자")]),
    # titles by their head: modifiers, units and numbers in front of a general head
    ("이어 하윤서 한빛대 특임교수가 발표했다.", [("하윤서", "한빛대", "특임교수")]),
    ("연가람 한국미래연구원 초빙연구위원이 기조강연을 했다.", [("연가람", "한국미래연구원", "초빙연구위원")]),
    ("강서진 산업부 1차관이 축사를 했다.", [("강서진", "산업부", "1차관")]),
    ("도하람 제1부시장과 민채원 정책수석비서관이 참석했다.",
     [("도하람", None, "제1부시장"), ("민채원", None, "정책수석비서관")]),
    ("이날 변시온 영화감독과 류다인 웹툰작가가 대담을 나눴다.",
     [("변시온", None, "영화감독"), ("류다인", None, "웹툰작가")]),
    ("나은호 한국기계연구원 로봇연구부문장이 좌장을 맡았다.", [("나은호", "한국기계연구원", "로봇연구부문장")]),
    # an organization no list knows, in the slot before a name and a title
    ("한결소프트 윤지호 대표(왼쪽)가 협약서에 서명했다.", [("윤지호", "한결소프트", "대표")]),
    ("이날 누리TP 문성호 원장은 환영사를 했다.", [("문성호", "누리TP", "원장")]),
    ("행사에는 다온바이오 김하람 이사와 루미큐브 박소율 대표가 참석했다.",
     [("김하람", "다온바이오", "이사"), ("박소율", "루미큐브", "대표")]),
    # ... after a description of what the company is
    ("이날 AI 반도체 전문기업 누리칩스 정하늘 대표가 발표했다.", [("정하늘", "누리칩스", "대표")]),
    ("이날 로봇 스타트업 한빛로보 김철수 대표가 발표했다.", [("김철수", "한빛로보", "대표")]),
    # a company name that starts with a surname syllable, after the person's name
    ("최유나 지엘텍 상무가 발표했다.", [("최유나", "지엘텍", "상무")]),
    ("이어 강민재 한빛텍 이사가 사례를 소개했다.", [("강민재", "한빛텍", "이사")]),
    # a parenthesis between name and title: a position in the picture, or a party
    ("권민호(오른쪽) 대전시장이 협약서에 서명하고 있다.", [("권민호", "대전시", "시장")]),
    # the picture itself or an age in the parenthesis; the organization before the name or after it
    ("이날 발표한 박서연(사진) 다온랩 대표는 사례를 소개했다.", [("박서연", "다온랩", "대표")]),
    ("한빛전자 김철수(52) 대표가 기조강연을 했다.", [("김철수", "한빛전자", "대표")]),
    ("김하준(더불어민주당) 의원과 박서진(국민의힘) 의원이 참석했다.",
     [("김하준", "더불어민주당", "의원"), ("박서진", "국민의힘", "의원")]),
    # foreign names: with the original in Latin letters, or with a Korean family name; Latin fused with a title
    ("이어 마이클 존 로건(Michael John Logan) 한빛대 교수가 기조강연을 했다.", [("마이클 존 로건", "한빛대", "교수")]),
    ("기조연설은 사라 밀러(Sarah Miller) 구글 부사장이 맡았다.", [("사라 밀러", "구글", "부사장")]),
    # the Hangul words that spell the original, whatever they end in (히로시 ends like a city); no more
    ("기조강연은 다나카 히로시(Tanaka Hiroshi) 도쿄대 교수가 맡았다.", [("다나카 히로시", "도쿄대", "교수")]),
    ("이어 스즈키 다카시(Suzuki Takashi) 교토대 교수와 아베 유키(Abe Yuki) 오사카대 교수가 발표했다.",
     [("스즈키 다카시", "교토대", "교수"), ("아베 유키", "오사카대", "교수")]),
    ("이어 한빛시 존 스미스(John Smith) 시장이 축사를 했다.", [("존 스미스", None, "시장")]),
    # a Chinese name as Korean news writes it, by its surname
    ("쑨웨이 화웨이 부사장과 야마다 다로 소니 전무가 발표했다.", [("쑨웨이", "화웨이", "부사장"), ("야마다 다로", "소니", "전무")]),
    ("이어 저우훙이 치후360 회장이 기조연설을 했다.", [("저우훙이", "치후360", "회장")]),
    ("데이비드 김 다온랩 CTO가 발표했다.", [("데이비드 김", "다온랩", "CTO")]),
    # a brand, then its company word written apart
    ("발표는 SK 그룹 정소영 전무가 맡았다.", [("정소영", "SK 그룹", "전무")]),
    ("발표는 ORBIS 코리아 정소영 대표가 맡았다.", [("정소영", "ORBIS 코리아", "대표")]),
    # a second post written between the organization and the name
    ("이어 다온전자 CTO 오지훈 부사장이 발표했다.", [("오지훈", "다온전자", "부사장")]),
    # (a degree after the name is no post: the post before it stays)
    ("발표는 한빛연구원 수석 정다은 박사가 맡았다.", [("정다은", "한빛연구원", "수석")]),
    # ... a unit's head, fused, or the unit one is in charge of
    ("이어 다온텔레콤 융합기술원장 채민식 전무가 발표했다.", [("채민식", "다온텔레콤", "전무")]),
    ("발표는 한빛전자 DS부문장 구태완 부회장이 맡았다.", [("구태완", "한빛전자", "부회장")]),
    # (a brand and its company word before the fused unit head: the brand is the body, not the unit head)
    ("ORBIS 클라우드 AI사업본부장 이수진 전무가 발표했다.", [("이수진", "ORBIS", "전무")]),
    ("발표는 SK 그룹 미래전략본부장 정소영 전무가 맡았다.", [("정소영", "SK 그룹", "전무")]),
    ("이어 다온클라우드 하이퍼스케일AI 담당 성낙준 이사가 발표했다.", [("성낙준", "다온클라우드", "이사")]),
    ("발표는 한빛전자 로봇사업 담당 차서윤 상무가 맡았다.", [("차서윤", "한빛전자", "상무")]),
    # posts companies write in Latin letters or as a house style (PM, SVP, 프로)
    ("이어 황보은지 다온랩 PM이 발표했다.", [("황보은지", "다온랩", "PM")]),
    ("발표자로는 최은지 누리소프트 SVP, 한가람 다온랩 프로가 나섰다.",
     [("최은지", "누리소프트", "SVP"), ("한가람", "다온랩", "프로")]),
    ("장도윤 HN회장은 기조연설을 통해 비전을 밝혔다.", [("장도윤", "HN", "회장")]),
    # names listed before one title share it: joined by a dot, or by a comma (a proper noun only)
    ("이어 하도윤·노시우 한빛대 교수가 공동 발표했다.", [("하도윤", "한빛대", "교수"), ("노시우", "한빛대", "교수")]),
    ("행사에는 류시온·선하람 의원이 참석했다.", [("류시온", None, "의원"), ("선하람", None, "의원")]),
    ("그는 인공지능의 기본 이론, 이활진 다온랩 연구원의 발표를 들었다.", [("이활진", "다온랩", "연구원")]),
    ("이번 토론회는 하서준(더불어민주당)·민지유(국민의힘) 의원이 공동 주최한다.",
     [("하서준", "더불어민주당", "의원"), ("민지유", "국민의힘", "의원")]),
    # ... each with an organization of its own before the mark (a university's short form, a company's name)
    ("이어 하도윤 한빛대, 노시우 다온대 교수가 주제발표를 했다.", [("하도윤", "한빛대", "교수"), ("노시우", "다온대", "교수")]),
    ("주제발표는 하도윤 한빛대·노시우 다온대 교수가 맡았다.", [("하도윤", "한빛대", "교수"), ("노시우", "다온대", "교수")]),
    ("토론에는 류시온 한빛전자, 선하람 다온로보틱스, 민지유 누리소프트 상무가 참여했다.",
     [("류시온", "한빛전자", "상무"), ("선하람", "다온로보틱스", "상무"), ("민지유", "누리소프트", "상무")]),
    # guard: an organization before the listed name is its own, no list of names with organizations after them
    ("토론에는 한빛전자 류시온, 선하람 상무가 참여했다.", [("류시온", "한빛전자", "상무"), ("선하람", "한빛전자", "상무")]),
    # 씨 in place of a title, an age in parentheses before it
    ("수상자인 김하람 씨는 소감을 밝혔다.", [("김하람", None, None)]),
    ("이번 행사에서는 박서연(28) 씨가 발표를 맡았다.", [("박서연", None, None)]),
    # an organization of two words between the name and the title; a legal form before a firm's name
    ("△오다연 과실연 AI미래포럼 공동의장 △주하린 한빛랩 AI연구소 소장", [("오다연", "과실연 AI미래포럼", "공동의장"),
                                                           ("주하린", "한빛랩 AI연구소", "소장")]),
    # organization and title in parentheses, before or after the title
    ("대상은 육민호(한빛대/팀장) 학생 팀이 받았다.", [("육민호", "한빛대", "팀장")]),
    ("이어 김도윤(한빛대 교수)이 발표했다.", [("김도윤", "한빛대", "교수")]),
    ("좌장은 박서연 교수(다온대학교)가 맡았다.", [("박서연", "다온대학교", "교수")]),
    ("다온소프트(THE DS, 대표 이하진)가 후원했다.", [("이하진", "다온소프트", "대표")]),
    # words the analyser misreads: a long title with its particle, a name cut in two
    ("하도윤 다온연구원 정밀연구부문장이 패널로 참석했다.", [("하도윤", "다온연구원", "정밀연구부문장")]),
    # a name the analyser reads as a determiner glued to a verb (이지은 -> 이 + 지 + 은)
    ("발표자로는 김현수 삼성SDS 부사장, 이지은 카카오 AI랩장, 박성민 두산로보틱스 CTO가 나섰다.",
     [("김현수", "삼성SDS", "부사장"), ("이지은", "카카오", "랩장"), ("박성민", "두산로보틱스", "CTO")]),
    ("행사에는 김현수 한빛대 교수, 이지은 다온랩 대표가 참석했다.", [("김현수", "한빛대", "교수"), ("이지은", "다온랩", "대표")]),
    # a name read as a shorter proper noun and a particle, where no particle can stand (before ORG TITLE)
    ("이어 명현은 다온랩 대표는 발표를 했다.", [("명현은", "다온랩", "대표")]),
    ("토론에는 박우가 한빛대 교수와 김현수 다온랩 대표가 참여했다.", [("박우가", "한빛대", "교수"), ("김현수", "다온랩", "대표")]),
    ("좌장은 우진도 교수가 맡았다.", [("우진도", None, "교수")]),
    # a name ending in 은 read as a common noun and the topic particle, where no topic can stand: after a topic
    # or an opener, opening the sentence, or with the title taking the topic itself
    ("좌장은 공정은 한빛대 교수가 맡았다.", [("공정은", "한빛대", "교수")]),
    ("안정은 다온로보틱스 대표가 발표했다.", [("안정은", "다온로보틱스", "대표")]),
    ("이날 조정은 한빛전자 상무가 발표했다.", [("조정은", "한빛전자", "상무")]),
    ("행사에서 인정은 누리소프트 이사는 기조연설을 했다.", [("인정은", "누리소프트", "이사")]),
    # ... a two-syllable name too (이은 -> 이 + 은, 문은 -> 문 + 은), the second of two people joined by 와/과 too
    ("좌장은 문은 다온랩 대표가 맡았다.", [("문은", "다온랩", "대표")]),
    ("김가은 한빛대 교수와 이은 다온랩 대표가 발표했다.", [("김가은", "한빛대", "교수"), ("이은", "다온랩", "대표")]),
    # (guards: so before) a two-syllable one opening the sentence; the second of two with the title as topic
    ("이은 한빛대 교수가 발표했다.", [("이은", "한빛대", "교수")]),
    ("나은비 다온랩 연구원과 공정은 한빛전자 팀장은 사례를 공유했다.",
     [("나은비", "다온랩", "연구원"), ("공정은", "한빛전자", "팀장")]),
    # guards: what one does at the event is the topic, and a compound's last noun no name
    ("공장의 문은 한빛전자 팀장이 열었다.", []),
    ("진행은 한빛방송 아나운서가 맡았다.", []),
    # a kind of body described by its field before the post: no organization's name
    ("행사에는 AI 스타트업 대표 김민수 씨가 참석했다.", [("김민수", None, None)]),
    # (guards: so before) a kind of one word; the company's name after its kind; a field's noun before the post
    ("행사에는 로봇 벤처기업 대표 김민수 씨가 참석했다.", [("김민수", None, None)]),
    ("행사에는 AI 스타트업 다온랩 대표 김민수 씨가 참석했다.", [("김민수", "다온랩", "대표")]),
    ("구글 딥마인드 연구 디렉터 김민수 씨가 참석했다.", [("김민수", "구글 딥마인드", "디렉터")]),
    # (a contest's prize is such a topic too)
    ("대상은 한빛대 학생팀 '로보마인드'가 차지했다.", []),
    ("동상은 다온대 교수팀이 받았다.", []),
    ("시상은 다온전자 대표가 맡았다.", []),
    ("프로그램 구성은 한빛대 교수가 맡았다.", []),
    ("한빛협회 우진도 교수가 발표했다.", [("우진도", "한빛협회", "교수")]),
    # a name ending like a government body (청, 처, 부) or a city (시) that no list knows as one
    ("이날 행사에는 엄길청 경제평론가가 참석했다.", [("엄길청", None, "경제평론가")]),
    ("발표는 현지시 한빛대 교수가 맡았다.", [("현지시", "한빛대", "교수")]),
    ("이날 행사에는 조달청 차장과 김포시 관계자가 참석했다.", []),
    # an organization whose last syllables end like a unit's (재단, 연구단), then its unit, then the name
    ("진행은 한빛재단 교육팀 신유라 팀장이 했다.", [("신유라", "한빛재단", "팀장")]),
    ("다온사업단 기획실 윤하람 실장이 발표했다.", [("윤하람", "다온사업단", "실장")]),
    # a known company, then its national branch written apart
    ("엔비디아 코리아 정소영 대표도 연사로 참여했다.", [("정소영", "엔비디아 코리아", "대표")]),
    ("지멘스 재팬 정소영 대표가 발표했다.", [("정소영", "지멘스 재팬", "대표")]),
    ("행사에서 다온랩 차이나 정소영 대표가 발표했다.", [("정소영", "다온랩 차이나", "대표")]),  # (차이나: no name for its 차)
    # a title's short form in parentheses after it is no organization
    ("제품 시연은 강민지 최고기술책임자(CTO)가 맡았다.", [("강민지", None, "최고기술책임자")]),
    ("강민지 최고경영자(CEO)가 발표했다.", [("강민지", None, "최고경영자")]),
    # a name ending like a university's short form (대) before a post no school holds
    ("행사에는 윤서준 한빛시장, 안효대 경제부시장 등이 참석했다.", [("윤서준", "한빛시", "시장"), ("안효대", None, "경제부시장")]),
    ("김현대 상무가 발표했다.", [("김현대", None, "상무")]),
    ("홍윤대 위원장이 축사를 했다.", [("홍윤대", None, "위원장")]),  # (위원장 ends like 원장, but its head is no school's)
    # ... and before a university with a former post's marker between
    ("홍윤대 전 고려대 총장이 축사를 했다.", [("홍윤대", "고려대", "총장")]),
    # ... but before a school's post it stays the university (with no name of its own, no person)
    ("한빛대 교수가 발표했다.", []),
    ("한결대 산학협력단장이 인사말을 했다.", []),
    # two heads of one post written in a row are one title
    ("행사에는 이영희 다온그룹 대표이사 사장이 참석했다.", [("이영희", "다온그룹", "대표이사 사장")]),
    ("다온그룹 이영희 대표이사 부회장은 개회사를 했다.", [("이영희", "다온그룹", "대표이사 부회장")]),
    # a date before the name is no organization
    ("산업통상자원부는 20일 안덕근 장관 주재로 회의를 열었다.", [("안덕근", None, "장관")]),
    ("한빛협회는 3월 김하람 회장 주재로 총회를 열었다.", [("김하람", None, "회장")]),
    # ... but a common noun and its particle stay what they are
    ("좌장은 김현수 한빛대 교수가 맡았다.", [("김현수", "한빛대", "교수")]),
    # a field word before a whole title is part of the title, not an organization fused with 장
    ("윤서준 한빛시 경제부시장이 축사를 했다.", [("윤서준", "한빛시", "경제부시장")]),
    ("다온시 정무부시장 권하율 씨가 참석했다.", [("권하율", "다온시", "정무부시장")]),
    ("노시우 한빛연구원 기술사업부문장이 발표했다.", [("노시우", "한빛연구원", "기술사업부문장")]),
    ("패널로는 나도윤 법무법인 세종 변호사와 이가온 사단법인 미래포럼 이사가 나섰다.",
     [("나도윤", "법무법인 세종", "변호사"), ("이가온", "사단법인 미래포럼", "이사")]),
    # a titled person of "the same company" (같은 회사, 동사) is of the organization of the one named before
    ("첫 발표는 박준호 다온전자 상무가 맡았다. 이어 동사 최유진 수석연구원이 사례를 소개했다.",
     [("박준호", "다온전자", "상무"), ("최유진", "다온전자", "수석연구원")]),
    ("첫 발표는 박준호 다온전자 상무가 맡았다. 이어 같은 회사 최유진 수석연구원이 사례를 소개했다.",
     [("박준호", "다온전자", "상무"), ("최유진", "다온전자", "수석연구원")]),
    # (guards, as before) no such phrase; an organization of one's own after it
    ("첫 발표는 박준호 다온전자 상무가 맡았다. 이어 최유진 수석연구원이 사례를 소개했다.",
     [("박준호", "다온전자", "상무"), ("최유진", None, "수석연구원")]),
    ("첫 발표는 박준호 다온전자 상무가 맡았다. 이어 동사 최유진 한빛대 교수가 사례를 소개했다.",
     [("박준호", "다온전자", "상무"), ("최유진", "한빛대", "교수")]),
    # a name the analyser reads as single syllables and a particle (도 + 경 + 은), before an organization and a title
    ("2부 발표자로는 김현수 다온전자 부사장, 도경은 카카오 AI랩장이 나섰다.",
     [("김현수", "다온전자", "부사장"), ("도경은", "카카오", "랩장")]),
    ("토론자로는 하서은 한빛대 교수, 도경은 카카오 이사가 참여했다.", [("하서은", "한빛대", "교수"), ("도경은", "카카오", "이사")]),
    # (guards, as before) such a name in another slot; a common noun and its particle before an organization and a
    # title stay what they are
    ("이어 도경은 카카오 이사가 발표했다.", [("도경은", "카카오", "이사")]),
    ("좌장은 한빛대 교수가 맡았다.", []),
    # names listed before a name with 씨 share the 씨
    ("패널로는 김민수, 이지은, 박준호 씨가 참여했다.", [("김민수", None, None), ("이지은", None, None), ("박준호", None, None)]),
    ("발표는 한도윤·오세린 씨가 맡았다.", [("한도윤", None, None), ("오세린", None, None)]),
    # (a guard, as before) a common noun listed before is none
    ("이어 진행, 발표는 박준호 씨가 맡았다.", [("박준호", None, None)]),
    # an organization with its alias in parentheses between the name and the title
    ("첫날 기조연설은 김민지 한빛대 인공지능연구소(HAIL) 소장이 맡는다.", [("김민지", "한빛대 인공지능연구소", "소장")]),
    # ... after a foreign name with its original in Latin letters
    ("첫날 기조연설은 다니엘라 러스(Daniela Rus) 한빛대 인공지능연구소(HAIL) 소장이 맡는다.",
     [("다니엘라 러스", "한빛대 인공지능연구소", "소장")]),
    ("발표는 사라 밀러(Sarah Miller) 다온전자 미래기술원(DFTI) 원장이 맡았다.",
     [("사라 밀러", "다온전자 미래기술원", "원장")]),
    # (guards, as before) another shape of it; the organization without its alias
    ("발표는 오세린 다온전자 미래기술원(DFTI) 원장이 맡았다.", [("오세린", "다온전자 미래기술원", "원장")]),
    ("첫날 기조연설은 다니엘라 러스(Daniela Rus) 한빛대 인공지능연구소 소장이 맡는다.",
     [("다니엘라 러스", "한빛대 인공지능연구소", "소장")]),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_mention_shapes(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


def test_unit_between_org_and_name() -> None:
    doc = build_doc(ko_article("과기정통부 지능정보사회추진단 권태식 부단장은 말했다."))
    [m] = find_people(doc, load_gazetteer())
    assert (m.name, m.org.text, m.unit, m.title) == ("권태식", "과기정통부", "지능정보사회추진단", "부단장")


@pytest.mark.parametrize("text, expected", [
    # a known body with its initials in parentheses, then its unit: the unit starts past the parentheses
    ("한국전자통신연구원(ETRI) 울산지능화융합연구실 한민수 책임연구원이 발표했다.",
     ("한민수", "한국전자통신연구원", ("ETRI",), "울산지능화융합연구실", "책임연구원")),
    ("한국전자통신연구원(ETRI) 지능로봇연구실 김도윤 실장은 말했다.",
     ("김도윤", "한국전자통신연구원", ("ETRI",), "지능로봇연구실", "실장")),
    # (guards: so before) a body whose unit the lists do not split by the known name; no initials between
    ("한국생산기술연구원(KITECH) 스마트제조혁신센터 김도윤 수석연구원은 말했다.",
     ("김도윤", "한국생산기술연구원", ("KITECH",), "스마트제조혁신센터", "수석연구원")),
    ("한국전자통신연구원 울산지능화융합연구실 한민수 책임연구원이 발표했다.",
     ("한민수", "한국전자통신연구원", (), "울산지능화융합연구실", "책임연구원")),
])
def test_a_unit_after_a_known_body_and_its_initials(text: str, expected: tuple) -> None:
    [m] = find_people(build_doc(ko_article(text)), load_gazetteer())
    assert (m.name, m.org.text, m.org.aliases, m.unit, m.title) == expected


@pytest.mark.parametrize(("text", "qualifier", "org"), [
    ("진대호 전 정보통신부 장관이 참석했다.", "전", "정보통신부"),
    ("김도윤 초대 인공지능연구원 원장이 축사를 했다.", "초대", "인공지능연구원"),
    # after a foreign name with its original in Latin letters, as after a Korean name
    ("이어 에릭 슈미트(Eric Schmidt) 전 다온전자 최고경영자가 강연했다.", "전", "다온전자"),
    ("이어 사라 밀러(Sarah Miller) 전 한빛대 총장이 강연했다.", "전", "한빛대"),
    # the marker right before the title, the organization before the name (in the genitive or not)
    ("이어 미국 다온로보틱스의 애런 손더스(Aaron Saunders) 전 CTO가 발표했다.", "전", "다온로보틱스"),
    ("이어 한빛전자 존 스미스(John Smith) 전 부사장이 발표했다.", "전", "한빛전자"),
])
def test_qualifier_before_the_organization(text: str, qualifier: str, org: str) -> None:
    [m] = find_people(build_doc(ko_article(text)), load_gazetteer())
    assert (m.qualifier, m.org.text) == (qualifier, org)


@pytest.mark.parametrize("text", [
    "이번 행사는 이틀간 열린다.",              # 이틀간 is not a name
    "경영학 교수들이 참석했다.",                # a field of study before a title
    "참석자들은 한국 정부 관계자와 만났다.",     # common nouns after surname syllables
    "“김철수 대표는 훌륭하다”라고 말했다.",       # inside a quote
    "행사에는 산학연 전문가 교수 등이 참석했다.",   # common nouns before a title are no foreign name
    "국내 주요 대학 교수들이 모였다.",
    "대한민국 인공지능포럼 공동 회장인 그는 말했다.",  # 대한민국 is no name
    "반도체 시장 전망 세미나가 열렸다.",              # a head word without a name is no person
    "이번 행사에는 국내 대학생 참가자가 몰렸다.",
    "분야별 전문가 교수들이 참여했다.",          # a derived noun (분야 + 별) before a title
    "지역별 대표 기업 대표들이 참석했다.",
    # common nouns the analyser knows, none written with a foreign name's syllable, before a title
    "윤 본부장은 'K-로봇 포럼' 기조연설 직후 기자와 만나 이같이 밝혔다.",
    "그는 이날 개막식 직후 기자들과 만나 소감을 밝혔다.",  # (a guard: passes without the rule too)
    # a district or a county with its unit, before a venue whose last word ends like a post (협력관, 지원관)
    "심포지엄은 서울 성북구 KIST 국제협력관에서 열렸다.",
    "설명회는 경남 하동군 다온센터 지원관에서 열렸다.",  # (a guard: passes without the rule too)
])
def test_not_people(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize("text", [
    "박상대 한빛대 교수가 발표했다.",     # two words shaped like a name or a university's short form
    "이어 조민대 한결대 교수가 강연했다.",
])
def test_short_forms_are_no_foreign_name(text: str) -> None:
    assert all(" " not in name for name, _, _ in people(text))


@pytest.mark.parametrize("text", [
    "박대조 자문위원(인제대 산학협력단 특임교수)이 좌장을 맡았다.",  # a university's short form, then its unit
    "좌장은 김도윤 위원(인제대 AI연구소 교수)이 맡았다.",
])
def test_short_form_before_its_unit_is_the_university(text: str) -> None:
    assert "인제대" not in [name for name, _, _ in people(text)]


def test_offsets_slice_back_to_the_name() -> None:
    text = "사진 왼쪽부터 산기협 박민수 이사, 토트 최영희 대표."
    for m in find_people(build_doc(ko_article(text)), load_gazetteer()):
        assert text[m.name_span.start:m.name_span.end] == m.name
        assert m.org is None or text[m.org.start:m.org.end] == m.org.text


@pytest.mark.parametrize(("ending", "tags", "expected"), [
    ("훈", ("JX",), True),    # 김남훈 read as 김남 + a particle 훈: the word is the name
    ("선", ("ETM",), False),  # 나선 (나서 + ㄴ): a verb form, no name
    ("은", ("JX",), False),   # 김남은: a real particle; is_name judges bare words, callers take the stem
])
def test_a_name_the_analyser_cut_in_two(ending: str, tags: tuple[str, ...], expected: bool) -> None:
    from kg.extract.doc import Word
    from kg.extract.ko_names import is_name, name_form

    text = "김남" + ending
    w = Word(text, 0, 3, "김남", ending, tags, False, ("NNP",))
    assert is_name(w, load_gazetteer()) is expected
    assert (name_form(w, load_gazetteer()).stem == text) is expected


@pytest.mark.parametrize(("stem", "ending", "tags", "expected"), [
    ("김", "하람", ("XSA", "EC"), True),   # 김하람 read as 김 + 하 + 람: no form of 하다 ends so
    ("강", "하게", ("XSA", "EC"), False),  # 강하게: an adjective's form
    ("정", "하고", ("XSV", "EC"), False),  # 정하고: a verb's form
])
def test_a_name_read_as_a_noun_and_a_verb_suffix(stem: str, ending: str, tags: tuple[str, ...], expected: bool) -> None:
    from kg.extract.doc import Word
    from kg.extract.ko_names import is_name

    w = Word(stem + ending, 0, 3, stem, ending, tags, False, ("NNG",))
    assert is_name(w, load_gazetteer()) is expected


@pytest.mark.parametrize(("stem", "ending", "tags", "stem_tags", "expected"), [
    ("성하", "람", ("EC",), ("VA",), True),        # 성하람 read as 성하 + 람: no written verb form ends so
    ("성하", "린", ("EC", "JX"), ("VA",), True),   # 성하린 read as 성하 + 리 + ㄴ
    ("권하", "은", ("EC",), ("VV",), True),        # 권하은 read as 권하 + 은
    ("나서", "고", ("EC",), ("VV",), False),       # 나서고: a verb's connective form
    ("늘리", "며", ("EC",), ("VV",), False),       # 늘리며
])
def test_the_name_form_of_a_verb_and_a_connective(stem: str, ending: str, tags: tuple[str, ...],
                                                  stem_tags: tuple[str, ...], expected: bool) -> None:
    from kg.extract.doc import Word
    from kg.extract.ko_names import name_form

    w = Word(stem + ending, 0, 3, stem, ending, tags, False, stem_tags)
    assert (name_form(w, load_gazetteer()).stem == w.text) is expected


def test_a_reporter_whose_name_the_analyser_cut() -> None:
    x = extract(ko_article("'2026 한빛 AI 포럼'이 18일 열렸다.\n한빛뉴스 김하람 객원기자"))
    assert [(p.name, p.roles[0].role.value) for p in x.people] == [("김하람", "reporter")]



@pytest.mark.parametrize(("text", "expected"), [
    # a given name ending in a syllable that also makes derived nouns (별, 학, 간): a name when the
    # syllables before it are no common noun
    ("조은별 한국전자통신연구원 책임연구원이 발표했다.", [("조은별", "한국전자통신연구원", "책임연구원")]),
    ("▲조은별 한빛대 교수 ▲서동진 현대자동차 상무가 연사로 나섰다.",
     [("조은별", "한빛대", "교수"), ("서동진", "현대자동차", "상무")]),
    ("조은별·민경수·하윤정 연구원은 성과를 발표했다.",
     [("조은별", None, "연구원"), ("민경수", None, "연구원"), ("하윤정", None, "연구원")]),
])
def test_a_name_with_a_derived_noun_final(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ministry's office (…관실) between the ministry and the name is a unit of the ministry
    ("과기정통부 정보통신산업정책관실 이승원 과장이 설명했다.", [("이승원", "과기정통부", "과장")]),
    ("산업통상자원부 첨단산업정책관실 박소윤 사무관이 발표했다.", [("박소윤", "산업통상자원부", "사무관")]),
])
def test_an_office_of_a_ministry_is_a_unit(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known organization, then a two-word foreign name whose first word looks like a Korean name
    ("구글 순다르 피차이 CEO가 기조연설을 했다.", [("순다르 피차이", "구글", "CEO")]),
    ("마이크로소프트 사티아 나델라 CEO는 축사를 전했다.", [("사티아 나델라", "마이크로소프트", "CEO")]),
])
def test_a_foreign_name_after_an_organization(text: str, expected: list) -> None:
    assert people(text) == expected


def test_a_korean_name_then_a_department_is_no_foreign_name() -> None:
    [(name, _org, title)] = people("국립창원대 심성현 인공지능융합공학과 교수가 토론했다.")
    assert (name, title) == ("심성현", "교수")


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign name whose parts look like a Korean name or surname, before an organization and a title
    ("가이 호프만 코넬대 교수는 미래의 일상을 소개했다.", [("가이 호프만", "코넬대", "교수")]),
    ("대니얼 리 펜실베니아대 교수는 로봇을 시연했다.", [("대니얼 리", "펜실베니아대", "교수")]),
    # an occupation before a full name, with no organization
    ("오후에는 영화감독 권한슬, 웹툰작가 문서윤이 강연한다.", [("권한슬", None, "영화감독"), ("문서윤", None, "웹툰작가")]),
    # an organization described before it, its alias and head in parentheses
    ("인공지능 전문매체 더에이아이(THE AI, 대표 황민수)는 컨퍼런스를 열었다.", [("황민수", "더에이아이", "대표")]),
])
def test_foreign_names_occupations_and_heads_in_parentheses(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an organization before the name and a unit fused with the title after it: the unit stays in the title
    ("행사에서는 부산대의 김현수 AI대학원장이 환영사를 했다.", [("김현수", "부산대", "AI대학원장")]),
    ("MBC경남 윤주화 디지털뉴스부장이 사회를 봤다.", [("윤주화", "MBC경남", "디지털뉴스부장")]),
    # occupations as titles
    ("대담에는 소설가 김연우 씨가 참여했다.", [("김연우", None, "소설가")]),
])
def test_units_fused_with_titles_after_a_name_and_occupations(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit right after its organization, also a division (…과) the analyser reads as a particle
    ("NIPA 인공지능확산팀 오지환 팀장이 사업을 안내했다.", [("오지환", "NIPA", "팀장")]),
    # (a major company no suffix tells, known to the lists, before its unit)
    ("한화오션 디지털전환팀 오지환 팀장이 사례를 발표했다.", [("오지환", "한화오션", "팀장")]),
    ("이어 에코프로비엠 품질혁신실 오지환 실장이 발표했다.", [("오지환", "에코프로비엠", "실장")]),
    ("과기정통부 인공지능기반정책과 여민혁 사무관이 참석했다.", [("여민혁", "과기정통부", "사무관")]),
    ("과기정통부 장관과 여민혁 사무관이 참석했다.", [("여민혁", None, "사무관")]),  # a title's 과 is "and"
    # an alias and the head's title joined by a middle dot
    ("정보통신산업진흥원(NIPA·원장 박윤규)은 설명회를 열었다.", [("박윤규", "정보통신산업진흥원", "원장")]),
    # a brand-like or unknown proper organization in the genitive
    ("우수 수행기업인 다온AI의 채서윤 대표가 발표했다.", [("채서윤", "다온AI", "대표")]),
    ("김철수의 박영희 교수가 발표했다.", [("박영희", None, "교수")]),  # a person's genitive is no organization
])
def test_units_aliases_with_titles_and_genitive_brands(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("송태윤 전(前) 한빛전자 사장이 강연했다.", [("송태윤", "한빛전자", "사장")]),  # the qualifier's Hanja gloss
    ("박지성 한빛대 교수팀은 로봇 손을 시연했다.", [("박지성", "한빛대", "교수")]),  # the professor's team
    # a team named by its members' title
    ("대상은 한빛대 이서준·최민지 학생팀이 차지했다.", [("이서준", "한빛대", "학생"), ("최민지", "한빛대", "학생")]),
    ("최우수상은 다온고등학교 김하늘 학생팀에게 돌아갔다.", [("김하늘", "다온고등학교", "학생")]),
    ("김나윤 박사팀이 연구 성과를 발표했다.", [("김나윤", None, "박사")]),
])
def test_a_glossed_qualifier_and_a_professors_team(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a department in parentheses after the title
    ("첫 주제를 발표한 장윤 교수(컴퓨터공학과)는 전망했다.", [("장윤", "컴퓨터공학과", "교수")]),
    # the body one belongs to (소속) in parentheses after the title, whatever its shape
    ("이어 김도윤 교수(한빛대 소속)가 발표했다.", [("김도윤", "한빛대", "교수")]),
    ("이어 노서하 연구원(다온연구원 소속)이 발표했다.", [("노서하", "다온연구원", "연구원")]),
    # an organization and a title in parentheses after a title: a second post, not a person
    ("최재식 KAIST 교수(인이지 대표)와 정운성 다쏘시스템코리아 대표이사가 참석했다.",
     [("최재식", "KAIST", "교수"), ("최재식", "인이지", "대표"), ("정운성", "다쏘시스템코리아", "대표이사")]),
    # derived nouns (업종별) are no part of a foreign name
    ("출범식에서는 업종별 중소기업 대표 11명이 위원으로 위촉됐다.", []),
])
def test_departments_second_posts_and_derived_nouns(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("허태정 대전시장은 환영사에서 말했다.", [("허태정", "대전시", "시장")]),  # a mayor, though it ends like 전시장
    ("행사는 킨텍스 제1전시장에서 열렸다.", []),  # a hall, though it ends like 시장
    ("행사는 호텔 대연회장에서 열렸다.", []),
])
def test_halls_are_no_titles(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name in Latin letters: before an organization and a title, after one, or right before the title
    ("이날 Tom Becker 함부르크항만공사 CTO가 기조연설을 했다.", [("Tom Becker", "함부르크항만공사", "CTO")]),
    ("이어 Anna-Lena Vogt 지멘스 부사장과 박서준 한빛대 교수가 발표했다.",
     [("Anna-Lena Vogt", "지멘스", "부사장"), ("박서준", "한빛대", "교수")]),
    ("이날 함부르크항만공사 Tom Becker CTO가 발표했다.", [("Tom Becker", "함부르크항만공사", "CTO")]),
    ("세션에서는 ▲박소연 HMM 팀장 ▲Maria Lopez 로테르담항만청 국장이 사례를 공유했다.",
     [("박소연", "HMM", "팀장"), ("Maria Lopez", "로테르담항만청", "국장")]),
    # an English organization's name before a title is no person
    ("이어 존 헤이븐스 IEEE Global Initiative 사무총장이 발표했다.",
     [("존 헤이븐스", "IEEE Global Initiative", "사무총장")]),
    ("이날 Global Robotics Institute 연구원들이 참석했다.", []),
])
def test_latin_script_names(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the organization in the genitive before a foreign name glossed in Latin letters
    ("이날 함부르크항만공사의 톰 베커(Tom Becker) 최고기술책임자가 발표했다.",
     [("톰 베커", "함부르크항만공사", "최고기술책임자")]),
    ("이어 카네기멜론대의 앤 리(Ann Lee) 교수가 발표했다.", [("앤 리", "카네기멜론대", "교수")]),
    # a genitive organization starts after an adverb and after a description of its kind
    ("또 스마트제조 전문기업 다온랩의 정다은 대표가 발표했다.", [("정다은", "다온랩", "대표")]),
    ("특히 로봇 스타트업 한빛로보틱스의 정다은 대표가 발표했다.", [("정다은", "한빛로보틱스", "대표")]),
    ("한빛기업의 정다은 대표가 발표했다.", [("정다은", "한빛기업", "대표")]),
    # and after a kind of member with the copula's 인 describing it (의장사인, read as 의장 + 사인)
    ("얼라이언스 의장사인 한빛전자의 남궁연 사장은 개회사를 했다.", [("남궁연", "한빛전자", "사장")]),
    ("협회 회원사인 누리로봇의 김도윤 대표가 발표했다.", [("김도윤", "누리로봇", "대표")]),
    # two units between an organization and a name
    ("질의응답에는 경기도 경제실 산업정책과 윤정호 과장이 나섰다.", [("윤정호", "경기도", "과장")]),
    ("과기정통부 인공지능정책관실 인공지능기반정책과 여민혁 사무관이 설명했다.", [("여민혁", "과기정통부", "사무관")]),
])
def test_genitive_organizations_and_units(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a party's name shaped like a person's, before a name and a title: the party, then the person
    ("행사에는 한국당 김진태 의원이 참석했다.", [("김진태", "한국당", "의원")]),
    ("이날 미래당 박서준 의원과 정의당 심하윤 의원이 참석했다.", [("박서준", "미래당", "의원"), ("심하윤", "정의당", "의원")]),
    # a name-shaped word before a name that is no party keeps the rule: the first is the person
    ("최유나 지엘텍 상무가 발표했다.", [("최유나", "지엘텍", "상무")]),
    # ... also a name the analyser reads as a common noun, before a company of two syllables
    ("이어 김도윤 한빛 상무가 발표했다.", [("김도윤", "한빛", "상무")]),
    ("발표는 박서연 한결 대표가 맡았다.", [("박서연", "한결", "대표")]),
])
def test_a_party_before_a_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word with an organization's suffix (no proper noun to the analyser) before a name and a title
    ("한빛대 김철수 교수가 발표했다.", [("김철수", "한빛대", "교수")]),
    ("▲기조강연: 다온대 박민영 교수", [("박민영", "다온대", "교수")]),
    # a city shaped like a name after a name the analyser cut before a particle-like syllable
    ("정유나 한빛시 부시장이 축사를 했다.", [("정유나", "한빛시", "부시장")]),
    ("이날 김도현 누리AI 대표, 정유나 한빛시 부시장이 참석했다.", [("김도현", "누리AI", "대표"), ("정유나", "한빛시", "부시장")]),
    # a name that ends like a government body, alone before its title, stays a name
    ("엄길청 경제평론가가 강연했다.", [("엄길청", None, "경제평론가")]),
])
def test_suffixed_organizations_before_and_after_a_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lawmaker's party, then a middle dot and the seat, in parentheses
    ("김도윤 의원(다온당·서울 마포갑)이 발표했다.", [("김도윤", "다온당", "의원")]),
    ("박서진 의원(국민의힘·비례대표)과 김도윤 의원(다온당·부산 해운대을)이 참석했다.",
     [("박서진", "국민의힘", "의원"), ("김도윤", "다온당", "의원")]),
])
def test_a_party_and_a_seat_in_parentheses(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign name of two words before a title whose organization follows in parentheses
    ("기조강연은 마이클 로건 박사(MIT)가 했다.", [("마이클 로건", "MIT", "박사")]),
    ("이어 제임스 리 교수(한빛대)가 발표했다.", [("제임스 리", "한빛대", "교수")]),
    # a Korean name, an organization, a title and a position in parentheses keep their reading
    ("발제자로 나선 윤지호 한결소프트 대표(왼쪽)는 사례를 소개했다.", [("윤지호", "한결소프트", "대표")]),
    ("이날 김도윤 한빛대 교수(컴퓨터공학과)가 발표했다.", [("김도윤", "한빛대", "교수")]),
    # a quoted organization in the genitive before a name and a title
    ("강연자로는 AI 스타트업 '다온랩'의 이서연 대표가 나섰다.", [("이서연", "다온랩", "대표")]),
    ("이어 ‘누리 로보틱스’의 박준호 이사가 발표했다.", [("박준호", "누리 로보틱스", "이사")]),
])
def test_foreign_names_before_a_parenthesised_organization_and_quoted_genitives(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the unit of an organization named with its alias, in the genitive
    ("이번 포럼에서는 한국전자통신연구원(ETRI) 인공지능연구소의 김현우 소장이 발표를 했다.",
     [("김현우", "한국전자통신연구원", "소장")]),
    ("이어 한빛기술원(HTI) 로봇연구센터의 박서준 센터장이 발표했다.", [("박서준", "한빛기술원", "센터장")]),
])
def test_a_unit_after_an_organization_and_its_alias_in_the_genitive(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name that ends like an organization's one-letter suffix, where only a name can stand, and after that
    ("스마트제조혁신추진단(단장 이정대)은 17일 세미나를 개최했다. 1부에서는 이정대 단장이 사업을 소개했다.",
     [("이정대", "스마트제조혁신추진단", "단장"), ("이정대", None, "단장")]),
    ("한빛협회(회장 김성부)는 포럼을 열었다. 김성부 회장은 개회사를 했다.",
     [("김성부", "한빛협회", "회장"), ("김성부", None, "회장")]),
    # a university before a title stays a university when no such name was named before
    ("김도윤 한빛대 교수가 발표했다. 이어 고려대 교수들이 토론했다.", [("김도윤", "한빛대", "교수")]),
])
def test_names_ending_like_an_organization_suffix(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the organization before names joined by commas, the title after the last
    ("이어 한빛대 김도윤, 이서연 교수가 차례로 발표했다.", [("김도윤", "한빛대", "교수"), ("이서연", "한빛대", "교수")]),
    ("토론에는 다온전자 박준호, 최민지, 정하늘 연구원이 참여했다.",
     [("박준호", "다온전자", "연구원"), ("최민지", "다온전자", "연구원"), ("정하늘", "다온전자", "연구원")]),
])
def test_an_organization_before_a_list_of_names_that_share_a_title(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an age, then the organization and the post, in the parentheses after 씨
    ("이날 세미나는 박지민 씨(30·한빛대 대학원생)의 사례 발표로 문을 열었다.", [("박지민", "한빛대", "대학원생")]),
    ("참가자 김하람 씨(45·다온랩 대표)는 말했다.", [("김하람", "다온랩", "대표")]),
    # an age alone, or a post with no organization, gives none
    ("김하람 씨(45)는 말했다.", [("김하람", None, None)]),
    ("김하람 씨(45·회사원)는 말했다.", [("김하람", None, None)]),
])
def test_an_age_organization_and_post_after_ssi(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the body a person belongs to, before 소속
    ("국회 과방위 소속 최민희 위원장이 참석했다.", [("최민희", "과방위", "위원장")]),
    ("한빛대 로봇연구소 소속 박서준 연구원이 발표했다.", [("박서준", "한빛대 로봇연구소", "연구원")]),
    # a known organization in the genitive takes no description before it
    ("'제조 AI 얼라이언스' 의장사인 LG전자의 조주완 CEO는 말했다.", [("조주완", "LG전자", "CEO")]),
])
def test_sosok_and_a_known_genitive_organization(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign name whose first word looks Korean (안나, 마이클), before an organization and a title
    ("기조강연은 안나 슈미트 지멘스 부사장이 맡았다.", [("안나 슈미트", "지멘스", "부사장")]),
    ("마이클 로건 MIT 교수가 기조연설을 했다.", [("마이클 로건", "MIT", "교수")]),
    # … with the known organization's unit between it and the title
    ("기조강연은 안나 슈미트 지멘스 디지털인더스트리 부문 부사장이 맡았다.", [("안나 슈미트", "지멘스", "부사장")]),
    ("한스 뮐러 지멘스 스마트인프라 사업부 CTO가 강연했다.", [("한스 뮐러", "지멘스", "CTO")]),
    # … with the known organization's brand or unit after it, no unit word saying so
    ("이어 마이클 로건 구글 클라우드 부사장과 박진우 한빛대 교수가 발표했다.",
     [("마이클 로건", "구글 클라우드", "부사장"), ("박진우", "한빛대", "교수")]),
    ("토론에는 요하네스 슈미트 지멘스 헬시니어스 전무가 참여했다.", [("요하네스 슈미트", "지멘스 헬시니어스", "전무")]),
    # a long surname the analyser reads as one proper noun
    ("이날 스와미 시바수브라마니안 AWS 부사장이 기조연설을 했다.", [("스와미 시바수브라마니안", "AWS", "부사장")]),
    ("기조강연은 라마 크리슈나무르티 인텔 부사장이 맡았다.", [("라마 크리슈나무르티", "인텔", "부사장")]),
    # a foreign name before an organization no list knows: a proper noun compounded with common nouns
    ("토마스 베버 함부르크항만컨설팅 CTO가 토론에 참여했다.", [("토마스 베버", "함부르크항만컨설팅", "CTO")]),
    ("이날 토론에는 엘레나 포페스쿠 브레멘물류연구소 연구원이 참여했다.", [("엘레나 포페스쿠", "브레멘물류연구소", "연구원")]),
    # a Korean name, a place or an organization word after it: no foreign name
    ("박승민 싱가포르 난양공대 조교수가 발표했다.", [("박승민", "싱가포르 난양공대", "조교수")]),
    ("△주하린 한빛랩 AI연구소 소장", [("주하린", "한빛랩 AI연구소", "소장")]),
])
def test_foreign_names_before_an_organization(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a newsroom's desk or a company's department between the organization and the name
    ("한빛일보 경제부 최민수 기자 choi@hanbit.com", [("최민수", "한빛일보", "기자")]),
    ("다온전자 스마트팩토리사업부 이서연 상무가 발표했다.", [("이서연", "다온전자", "상무")]),
])
def test_a_desk_or_department_ending_in_bu(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Latin field word fused before a title is part of the title, not an organization
    ("이날 한지원 한빛AI연구원 AX부문장이 발표했다.", [("한지원", "한빛AI연구원", "AX부문장")]),
    ("이날 한지원 다온소프트 DX전략실장이 발표했다.", [("한지원", "다온소프트", "DX전략실장")]),
    # an organization in Latin letters fused with a title stays an organization
    ("장도윤 HN회장은 이날 축사를 했다.", [("장도윤", "HN", "회장")]),
])
def test_a_latin_field_before_a_title(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place + 연구원 right before another title is the organization (경기연구원), not 경기 + researcher
    ("이날 한지원 경기연구원 연구위원이 발표했다.", [("한지원", "경기연구원", "연구위원")]),
    ("이날 한지원 충남연구원 선임연구위원이 발표했다.", [("한지원", "충남연구원", "선임연구위원")]),
    # with no title after it, the fused reading stays
    ("경기지사 한지원은 이날 축사를 했다.", [("한지원", "경기", "지사")]),
])
def test_a_place_institute_before_a_title(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body named with its region, fused with its head: the body and the head's last syllable + 장, not the region
    # and a title
    ("이날 변정민 경남벤처기업협회장이 토론자로 나섰다.", [("변정민", "경남벤처기업협회", "회장")]),
    ("이날 변정민 경기도경제과학진흥원장이 축사를 했다.", [("변정민", "경기도경제과학진흥원", "원장")]),
    # (guards: passed before) a local government fused with its own head's title
    ("이날 변정민 경기도교육감이 축사를 했다.", [("변정민", "경기도", "교육감")]),
    ("이날 변정민 화성시장이 축사를 했다.", [("변정민", "화성시", "시장")]),
])
def test_a_regions_body_fused_with_its_head(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body whose name is also a common word stands in the organization slot (국회 부의장, 국회 과방위원장)
    ("이정민 국회 부의장이 축사를 했다.", [("이정민", "국회", "부의장")]),
    ("이정민 국회 과방위원장이 축사를 했다.", [("이정민", "국회", "과방위원장")]),
    # a committee of the Assembly by its short form, which names no person (과방위 opens like a name)
    ("공청회는 국회 과방위 신성범 위원장이 주재했다.", [("신성범", "국회 과방위", "위원장")]),
    ("토론회는 국회 산자위 김원이 의원이 주최했다.", [("김원이", "국회 산자위", "의원")]),
    # a fused unit + head, then 겸 and a second post: the unit stays in the title when an organization is written
    ("임하늘 한빛대학교 산학협력단장 겸 부총장이 인사말을 했다.", [("임하늘", "한빛대학교", "산학협력단장 겸 부총장")]),
    ("한빛대학교 임하늘 산학협력단장 겸 부총장이 인사말을 했다.", [("임하늘", "한빛대학교", "산학협력단장 겸 부총장")]),
    # … and is split off as the organization when none is
    ("임하늘 한빛연구원장 겸 이사장이 인사말을 했다.", [("임하늘", "한빛연구원", "원장 겸 이사장")]),
])
def test_a_common_word_body_and_a_fused_post_with_a_second(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the body under a parent (산하, 직속) is the person's, in the genitive or in the organization slot
    ("중소벤처기업부 산하 한빛기술정보진흥원의 김영신 본부장이 발표했다.", [("김영신", "한빛기술정보진흥원", "본부장")]),
    ("김영신 중소벤처기업부 산하 한빛기술정보진흥원 본부장이 발표했다.", [("김영신", "한빛기술정보진흥원", "본부장")]),
    ("과학기술정보통신부 직속 다온연구센터 박하은 센터장이 발표했다.", [("박하은", "다온연구센터", "센터장")]),
])
def test_the_body_under_a_parent_is_the_persons(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name with its organization in parentheses and no title, where the sentence names a part
    ("토론에는 김도윤(한빛대), 박서연(다온전자) 등이 참여했다.", [("김도윤", "한빛대", None), ("박서연", "다온전자", None)]),
    ("김도윤(한빛대)이 발표했다.", [("김도윤", "한빛대", None)]),
    ("토론자: 김도윤(한빛대), 박서연(다온연구원)", [("김도윤", "한빛대", None), ("박서연", "다온연구원", None)]),
    # no part named, one such name: no evidence; an age or a place in the parentheses is no organization
    ("김도윤(한빛대)은 서울에 산다.", []),
    ("김도윤(45)이 발표했다.", []),
])
def test_a_name_with_its_organization_in_parentheses(text: str, expected: list) -> None:
    assert people(text) == expected


def test_a_name_read_as_a_common_noun_before_an_organization_shaped_word() -> None:
    # the analyser reads 김도윤 as a common noun here; 한빛부 ends like a ministry, so it is the organization
    found = people("이날 행사는 정하윤 한빛협회장의 개회사를 시작으로 김도윤 한빛부 차관의 축사가 이어졌다.")
    assert ("김도윤", "한빛부", "차관") in found
    assert all(name != "한빛부" for name, _org, _title in found)


@pytest.mark.parametrize(("text", "expected"), [
    # syllables only a foreign name is written with make no Korean name of a word that opens with a surname
    ("사티아 나델라 CEO가 기조연설을 했다.", [("사티아 나델라", None, "CEO")]),
    ("기조연설에는 앤디 재시 아마존 CEO, 사티아 나델라 마이크로소프트 CEO가 나섰다.",
     [("앤디 재시", "아마존", "CEO"), ("사티아 나델라", "마이크로소프트", "CEO")]),
    # a Chinese name keeps its surname's syllables
    ("쑨웨이 화웨이 부사장이 발표했다.", [("쑨웨이", "화웨이", "부사장")]),
    # a major company abroad, as Korean news writes it, after a foreign name
    ("빌 맥더멋 서비스나우 회장이 특별강연을 했다.", [("빌 맥더멋", "서비스나우", "회장")]),
])
def test_foreign_names_by_their_syllables(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a legal form written before an organization's name opens it, whatever the name's shape
    ("주식회사 다온 김민수 대표가 발표했다.", [("김민수", "주식회사 다온", "대표")]),
    ("사단법인 한빛 박정우 이사장이 축사를 했다.", [("박정우", "사단법인 한빛", "이사장")]),
    ("법무법인 태평양 김철수 변호사가 발표했다.", [("김철수", "법무법인 태평양", "변호사")]),
    # a Korean name, then a company's name and its unit: no foreign name of the name and the company
    ("김민수 다온 AI연구소 수석연구원이 발표했다.", [("김민수", "다온 AI연구소", "수석연구원")]),
])
def test_legal_forms_before_a_name_and_a_companys_unit(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Japanese name, surname first, its given name written with syllables Korean given names are not
    ("일본 도쿄대의 마쓰오 유타카 교수는 말했다.", [("마쓰오 유타카", "도쿄대", "교수")]),
    ("일본 와세다대의 스즈키 히로시 교수가 발표했다.", [("스즈키 히로시", "와세다대", "교수")]),
    # ... and a Korean name after a company's written with such syllables stays Korean
    ("사진 왼쪽부터 산기협 박민수 이사, 토트 이상형 대표.", [("박민수", "산기협", "이사"), ("이상형", "토트", "대표")]),
    # a Chinese name whose surname Korean names share
    ("중국 칭화대 왕젠 교수가 특별강연을 했다.", [("왕젠", "칭화대", "교수")]),
    # a part's noun and the copula before a name ("who is the first speaker") is no name of its own
    ("첫 연사인 에릭 슈미트 한빛연구소 박사는 유럽 사례를 소개했다.", [("에릭 슈미트", "한빛연구소", "박사")]),
    ("좌장인 김하람 한빛대 교수는 토론을 이끌었다.", [("김하람", "한빛대", "교수")]),
    # ... but a name ending in 인 whose first syllables are a noun too stays a name
    ("이어 박수인 한빛대 교수와 백정인 다온랩 대표가 발표했다.", [("박수인", "한빛대", "교수"), ("백정인", "다온랩", "대표")]),
    # a Chinese given name of two characters, each written in one or two syllables: four or five in all
    ("쑨리웨이 화웨이 부사장과 저우샤오촨 바이두 부총재가 기조연설을 했다.",
     [("쑨리웨이", "화웨이", "부사장"), ("저우샤오촨", "바이두", "부총재")]),
    ("토론에는 자오웨이펑 알리바바 연구원장이 참여했다.", [("자오웨이펑", "알리바바", "연구원장")]),
    # ... and a two-syllable surname written alone after the given name, western order, is no name of its own
    ("기조연설은 웨이밍 가오 구글 연구소장이 맡았다.", [("웨이밍 가오", "구글", "연구소장")]),
    # a surname whose syllables open common words (리, 런, 레이, 마) before a syllable only a Chinese given name has
    ("리옌훙 바이두 회장과 레이쥔 샤오미 회장이 기조연설을 했다.", [("리옌훙", "바이두", "회장"), ("레이쥔", "샤오미", "회장")]),
    ("축사는 런정페이 화웨이 회장이 했다.", [("런정페이", "화웨이", "회장")]),
    # (... not the common words themselves)
    ("리더십 교육을 맡은 김하람 한빛대 교수가 발표했다.", [("김하람", "한빛대", "교수")]),
])
def test_japanese_and_chinese_names(text: str, expected: list) -> None:
    assert people(text) == expected


def test_a_former_posts_marker_between_a_foreign_name_and_the_organization() -> None:
    [m] = find_people(build_doc(ko_article("토론에는 팻 겔싱어 전 인텔 CEO가 참여했다.")), load_gazetteer())
    assert (m.name, m.org.text if m.org else None, m.title, m.qualifier) == ("팻 겔싱어", "인텔", "CEO", "전")


@pytest.mark.parametrize(("text", "expected"), [
    # a former post's marker right before the title, the foreign name opening the sentence
    ("마크 리퍼트 전 주한미국대사는 이날 특별연설에서 동맹을 강조했다.", ("마크 리퍼트", None, "주한미국대사", "전")),
    ("마크 리퍼트 전 대사는 이날 특별연설에서 동맹을 강조했다.", ("마크 리퍼트", None, "대사", "전")),
    # where an envoy's post is held, a word of its own before the title, kept with it (after a former marker too)
    ("필립 골드버그 주한 미국대사는 이날 축사를 했다.", ("필립 골드버그", None, "미국대사", "주한")),
    ("이날 축사는 필립 골드버그 전 주한 미국대사가 맡았다.", ("필립 골드버그", None, "미국대사", "전 주한")),
    ("조현동 주미 대사는 이날 축사를 했다.", ("조현동", None, "대사", "주미")),
    ("헤닝 카거만 전 의장은 이날 축사를 했다.", ("헤닝 카거만", None, "의장", "전")),
    # (guard: passed before) the name after a word of its own
    ("이날 헤닝 카거만 전 의장이 축사를 했다.", ("헤닝 카거만", None, "의장", "전")),
])
def test_a_former_marker_and_an_envoys_place_before_the_title(text: str, expected: tuple) -> None:
    [m] = find_people(build_doc(ko_article(text)), load_gazetteer())
    assert (m.name, m.org.text if m.org else None, m.title, m.qualifier) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a post held, written as a clause between the title and the name
    ("다온전자 대표를 맡고 있는 최지우 씨가 발표했다.", [("최지우", "다온전자", "대표")]),
    ("다온전자 대표를 맡은 최지우 씨가 발표했다.", [("최지우", "다온전자", "대표")]),
])
def test_a_post_held_as_a_clause_before_the_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Japanese name is its surname and given name; the word after them before the title is the company
    ("다나카 히로시 닛폰로보 상무가 연사로 나섰다.", [("다나카 히로시", "닛폰로보", "상무")]),
    ("스즈키 겐지 야마토정밀 부장이 발표했다.", [("스즈키 겐지", "야마토정밀", "부장")]),
    # ... a given name of four syllables the analyser reads whole as a particle
    ("요시다 겐이치로 야마토정밀 회장이 발표했다.", [("요시다 겐이치로", "야마토정밀", "회장")]),
    ("이어 기무라 유이치로 닛폰로보 상무가 연사로 나섰다.", [("기무라 유이치로", "닛폰로보", "상무")]),
    # (shapes that passed before: a four-syllable given name read as a proper noun; a company abroad in the slot)
    ("이어 스즈키 유키히로 닛폰로보 상무가 연사로 나섰다.", [("스즈키 유키히로", "닛폰로보", "상무")]),
    ("토마스 슈미트 에릭슨 부사장이 발표했다.", [("토마스 슈미트", "에릭슨", "부사장")]),
    # a foreign name, a company by its form, then a region's unit before the title
    ("존 스미스 한빛테크 아시아태평양 부사장이 연사로 나섰다.", [("존 스미스", "한빛테크", "부사장")]),
    ("마리아 로페스 누리소프트 유럽 총괄 부사장이 발표했다.", [("마리아 로페스", "누리소프트", "총괄 부사장")]),
])
def test_a_japanese_name_and_a_foreign_name_before_a_company(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a one-syllable surname ends a foreign name; the word after it before the title is the company
    ("마사요시 손 레드버스 회장이 기조연설을 했다.", [("마사요시 손", "레드버스", "회장")]),
    ("제이슨 김 스카이넷 대표가 발표했다.", [("제이슨 김", "스카이넷", "대표")]),
    # an unknown compound before the title that the name's words do not end in is the company
    ("앤드루 응 랜딩에이아이 대표가 발표했다.", [("앤드루 응", "랜딩에이아이", "대표")]),
    # (loanwords of technology and business are no name's parts)
    ("디지털 트윈 솔루션 대표가 발표했다.", []),
])
def test_a_foreign_name_that_ends_in_a_one_syllable_surname(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the organization's country ends a foreign name before it, and stays with the organization as written
    ("토머스 데이븐포트 미국 뱁슨칼리지 교수가 기조강연을 했다.", [("토머스 데이븐포트", "미국 뱁슨칼리지", "교수")]),
    ("안나 슈미트 독일 지멘스 부사장이 발표했다.", [("안나 슈미트", "독일 지멘스", "부사장")]),
    # foreign words for a college or a school make an organization
    ("토머스 데이븐포트 뱁슨칼리지 교수가 기조강연을 했다.", [("토머스 데이븐포트", "뱁슨칼리지", "교수")]),
])
def test_a_country_and_a_college_after_a_foreign_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # students by their course or status are titled as their head says
    ("발표자로는 김민지 한빛대 박사과정생이 나섰다.", [("김민지", "한빛대", "박사과정생")]),
    ("한빛대 석사과정생 이다해 씨가 발표했다.", [("이다해", "한빛대", "석사과정생")]),
    ("한빛대 학부생 박보검 씨가 수상했다.", [("박보검", "한빛대", "학부생")]),
])
def test_students_by_their_course(text: str, expected: list) -> None:
    assert people(text) == expected


def test_a_fused_title_in_an_organizations_parentheses() -> None:
    # "한빛협회(한빛협회장 김도윤)": the head's title written fused with the body's name, inside its parentheses
    x = extract(ko_article("한빛협회(한빛협회장 김도윤)는 3일 포럼을 열었다."))
    orgs = {o.id: o.name for o in x.organizations}
    assert [(p.name, [orgs.get(a.org) for a in p.affiliations]) for p in x.people] == [("김도윤", ["한빛협회"])]


@pytest.mark.parametrize(("text", "expected"), [
    # the body one leads or runs, as the object of the verb right before the head's name
    ("한빛전자를 이끄는 김도윤 대표가 발표했다.", [("김도윤", "한빛전자", "대표")]),
    ("다온랩을 이끌고 있는 이수진 대표가 발표했다.", [("이수진", "다온랩", "대표")]),
    ("누리로보틱스를 경영하는 박서준 사장이 발표했다.", [("박서준", "누리로보틱스", "사장")]),
    # (a team or a city one leads is no organization)
    ("연구팀을 이끄는 김도윤 교수가 발표했다.", [("김도윤", None, "교수")]),
])
def test_the_body_a_head_leads(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit's head after a Latin field word, its particle read into the noun by the analyser, is the title alone
    ("한빛클라우드 하정우 AI이노베이션센터장이 기조강연을 했다.", [("하정우", "한빛클라우드", "AI이노베이션센터장")]),
    ("다온전자 김도윤 AI센터장이 발표했다.", [("김도윤", "다온전자", "AI센터장")]),
])
def test_a_units_head_after_a_latin_field_word(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list's parentheses all name bodies when one of them is known to be one
    ("이날 연사로는 김도윤(한빛대), 이수진(다온), 박서준(누리) 등이 참여했다.",
     [("김도윤", "한빛대", None), ("이수진", "다온", None), ("박서준", "누리", None)]),
    # (a name the analyser cuts where no particle stands, 이수 + 진, takes its parentheses too)
    ("토론에는 김도윤(한빛대), 이수진(다온전자)이 참여했다.", [("김도윤", "한빛대", None), ("이수진", "다온전자", None)]),
    # (a position in the picture is no body, and a word no list knows is none alone)
    ("사진 왼쪽부터 김도윤(오른쪽), 박서준(누리)이 참석했다.", []),
])
def test_a_lists_bodies_in_parentheses(text: str, expected: list) -> None:
    assert people(text) == expected


def test_a_fused_title_with_a_second_post_in_parentheses_after_it() -> None:
    # "… 스마트공장추진단장(서울대 교수)": the body fused with the title is the post's; the parentheses are a second
    # post (a text the fuzzer made, with a word no list knows before the title, stopped extraction here once)
    for text in ("송재희 한빛중앙회 스마트공장추진단장(서울대 교수)이 참석했다.",
                 "송재희 한빛중앙회우 스마트공장추진단장(서울대 교수), 이형오 다온대 교수가 참석했다."):
        x = extract(ko_article(text))
        orgs = {o.id: o.name for o in x.organizations}
        # (a body written before the fused one holds it as its unit: "한빛중앙회 스마트공장추진단장")
        assert any((orgs.get(a.org), a.title) == ("스마트공장추진단", "단장") or (orgs.get(a.org) or "").endswith("스마트공장추진단")
                   or (orgs.get(a.org), a.unit, a.title) == ("한빛중앙회", "스마트공장추진단", "단장")
                   for p in x.people for a in p.affiliations)


@pytest.mark.parametrize(("text", "expected"), [
    # an age in the parentheses before the post
    ("김철수(45·한빛전자 대표)씨가 발표했다.", [("김철수", "한빛전자", "대표")]),
    ("김철수(45) 한빛전자 대표가 발표했다.", [("김철수", "한빛전자", "대표")]),
    # an honorific between the name and its post in parentheses, spaced or not (no age)
    ("김철수씨(한빛전자 대표)는 AI를 강조했다.", [("김철수", "한빛전자", "대표")]),
    ("김철수 씨(한빛전자 대표)는 AI를 강조했다.", [("김철수", "한빛전자", "대표")]),
])
def test_an_age_before_the_post_in_parentheses(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # three words of a foreign name in Hangul before an organization with its suffix and a title
    ("마이클 존 로건 한빛대 교수가 발표했다.", [("마이클 존 로건", "한빛대", "교수")]),
    ("마이클 잭 로건 다온대 교수가 발표했다.", [("마이클 잭 로건", "다온대", "교수")]),
    # (a one-syllable surname ends the name; a one-syllable given name in the middle does not)
    ("제이슨 김 스카이넷 대표가 발표했다.", [("제이슨 김", "스카이넷", "대표")]),
    ("앤드루 응 랜딩에이아이 대표가 발표했다.", [("앤드루 응", "랜딩에이아이", "대표")]),
    # a company's post after three words: the last is the company, the name two words
    ("피터 아벨 코베리안트 공동창업자가 발표했다.", [("피터 아벨", "코베리안트", "공동창업자")]),
    ("이날 피터 아벨 한빛로보틱스 CTO가 발표했다.", [("피터 아벨", "한빛로보틱스", "CTO")]),
    # (unless the third word is the surname the text calls the person by with that post)
    ('마이클 존 로건 CEO가 발표했다. 로건 CEO는 "좋다"고 말했다.', [("마이클 존 로건", None, "CEO")]),
    # a company's national branch before the name is no word of it
    ("지멘스 재팬 마이클 로건 대표가 발표했다.", [("마이클 로건", "지멘스 재팬", "대표")]),
    ("이날 다온랩 차이나 피터 아벨 대표가 발표했다.", [("피터 아벨", "다온랩 차이나", "대표")]),
])
def test_foreign_names_of_three_words(text: str, expected: list) -> None:
    assert people(text)[:len(expected)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two name-shaped words before an organization and a title, the first opening the phrase: one foreign name
    ("첫 기조강연에 나선 라민 하산 지멘스 디지털인더스트리 CTO는 모델을 소개했다.", [("라민 하산", "지멘스", "CTO")]),
    ("라민 하산 지멘스 CTO가 기조강연을 했다.", [("라민 하산", "지멘스", "CTO")]),
    # (a Korean name of two syllables alone keeps its organization after it)
    ("이날 정송 카이스트 교수가 발표했다.", [("정송", "카이스트", "교수")]),
    # (a title with the particle that joins the next person, read by the analyser as one proper noun, is no part
    # of that person's name)
    ("이어 김나래 네이버랩스 리더와 오승훈 현대자동차 로보틱스랩 상무가 사례를 소개했다.",
     [("김나래", "네이버랩스", "리더"), ("오승훈", "현대자동차", "상무")]),
    ("김나래 한빛로보틱스 리더와 오승훈 미래테크 상무가 발표했다.",
     [("김나래", "한빛로보틱스", "리더"), ("오승훈", "미래테크", "상무")]),
])
def test_a_foreign_name_of_two_name_shaped_words(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a given name written like a Korean word, before a surname no Korean name is shaped like
    ("하나 코바치 지멘스 부사장이 기조연설을 했다.", [("하나 코바치", "지멘스", "부사장")]),
    ("이어 이다 쇠렌센 노보노디스크 디렉터가 발표했다.", [("이다 쇠렌센", "노보노디스크", "디렉터")]),
    ("지멘스의 유리 가가린 연구원이 발표했다.", [("유리 가가린", "지멘스", "연구원")]),  # (a guard: so before)
    # (a syllable of a French name no Korean given name has: the nasal -on written 옹)
    ("좌장은 마리옹 르클레르 교수가 맡았다.", [("마리옹 르클레르", None, "교수")]),
    ("이어 레옹 뒤부아 한빛대 교수가 발표했다.", [("레옹 뒤부아", "한빛대", "교수")]),  # (a guard: so before)
    # (after an adverb that joins the sentence to the one before, the organization no list knows)
    ("그리고 하나 코바치 노보노디스크 디렉터가 발표했다.", [("하나 코바치", "노보노디스크", "디렉터")]),
    # (guards: so before) the word before a Korean name, and the word as what it means
    ("하나 김민수 대표가 발표했다.", [("김민수", None, "대표")]),
    ("이 중 하나 기업 대표가 발표했다.", []),
])
def test_a_foreign_given_name_written_like_a_korean_word(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit's head fused after an organization written with its alias: the organization, the unit in the title
    ("기조강연은 정재훈 한국전자통신연구원(ETRI) 지능화융합연구소장이 맡았다.",
     [("정재훈", "한국전자통신연구원", "지능화융합연구소장")]),
    ("이어 한도윤 한국생산기술연구원(KITECH) 스마트제조연구그룹장이 발표했다.",
     [("한도윤", "한국생산기술연구원", "스마트제조연구그룹장")]),
    # (with no alias between, the organization too, its unit apart: test_a_body_before_a_title_fused_with_its_unit)
    ("기조강연은 정재훈 한국전자통신연구원 지능화융합연구소장이 맡았다.",
     [("정재훈", "한국전자통신연구원", "소장")]),
])
def test_a_fused_units_head_after_an_aliased_organization(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a post joined to the name by 인, then a degree or a form of address after the name: the post
    ("한빛협회 상임부회장인 노태윤 박사가 개회사를 했다.", [("노태윤", "한빛협회", "상임부회장")]),
    ("다온전자 연구소장인 위서영 박사는 발표를 맡았다.", [("위서영", "다온전자", "연구소장")]),
    # (a post after the name keeps its own: the clause's post is the organization's old one or another)
    ("다온전자 CTO인 김병훈 사장이 발표했다.", [("김병훈", "다온전자", "사장")]),
])
def test_the_clauses_post_over_a_degree_after_the_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign name of two words after an organization of two words, its Latin letters first or last
    ("이날 ABB 로보틱스 사미 아티야 사장이 발표했다.", [("사미 아티야", "ABB 로보틱스", "사장")]),
    ("이날 프라운호퍼 IPA 마르코 후버 소장이 발표했다.", [("마르코 후버", "프라운호퍼 IPA", "소장")]),
    # (a country before the organization is no part of the name)
    ("이날 독일 프라운호퍼 IPA 마르코 후버 소장이 발표했다.", [("마르코 후버", "프라운호퍼 IPA", "소장")]),
    # a company its letters open, then a Korean name: the company's second word is no part of the name
    ("이날 SK 하이닉스 김철수 부사장이 발표했다.", [("김철수", "SK 하이닉스", "부사장")]),
    ("이날 ABB 사미 아티야 사장이 발표했다.", [("사미 아티야", "ABB", "사장")]),
    # (an organization's unit, a compound of nouns, or its kind's word between it and the name)
    ("이날 지멘스 디지털인더스트리 라민 하산 CTO가 발표했다.", [("라민 하산", "지멘스", "CTO")]),
    ("이날 독일 프라운호퍼 연구소 마르코 후버 소장이 발표했다.", [("마르코 후버", "프라운호퍼 연구소", "소장")]),
])
def test_a_foreign_name_after_an_organization_of_two_words(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's branch or group written after its name with a space is the organization, not a unit of it
    ("이날 김도윤 지멘스 코리아 대표가 발표했다.", [("김도윤", "지멘스 코리아", "대표")]),
    ("이날 안나 뮐러 인피니언 코리아 대표가 발표했다.", [("안나 뮐러", "인피니언 코리아", "대표")]),
    ("이날 김도윤 현대차 그룹 부회장이 축사를 했다.", [("김도윤", "현대차 그룹", "부회장")]),
    # (a unit after the company stays out of its name)
    ("이날 김도윤 지멘스 디지털인더스트리 대표가 발표했다.", [("김도윤", "지멘스", "대표")]),
])
def test_a_companys_branch_after_its_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's common noun after a title (presiding, a speech, a request) is no name written after the title
    ("산업부 장관 주재 'AI 팩토리 간담회' 열려\n\n윤태식 산업통상자원부 장관이 간담회에 참석했다.",
     [("윤태식", "산업통상자원부", "장관")]),
    ("산업부 장관 연설 'AI 팩토리 간담회' 열려\n\n윤태식 산업통상자원부 장관이 간담회에 참석했다.",
     [("윤태식", "산업통상자원부", "장관")]),
    ("한빛대 총장 신년사 발표\n\n이광형 한빛대 총장이 신년사를 했다.", [("이광형", "한빛대", "총장")]),
    ("협회 회장 당부 'AI 인재 키워야'\n\n김도윤 한빛협회 회장이 축사를 했다.", [("김도윤", "한빛협회", "회장")]),
    # (a name of three syllables after the title is still one)
    ("KAIST 총장 신성철은 축사를 했다.", [("신성철", "KAIST", "총장")]),
])
def test_a_headlines_noun_after_a_title_is_no_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign name, an organization, a unit that ends like an organization's word and a region, then the title
    ("에이미 첸 지멘스 디지털인더스트리 아시아태평양 총괄이 발표했다.", [("에이미 첸", "지멘스", "총괄")]),
    ("이날 존 스미스 한빛테크 데이터사업부 아시아태평양 총괄이 발표했다.", [("존 스미스", "한빛테크", "총괄")]),
    # a technology post's head: an architect, an evangelist
    ("연사로 마크 톰슨 엔비디아 솔루션아키텍트가 나섰다.", [("마크 톰슨", "엔비디아", "솔루션아키텍트")]),
    ("연사로 김도윤 한빛클라우드 AI에반젤리스트가 나섰다.", [("김도윤", "한빛클라우드", "AI에반젤리스트")]),
])
def test_units_before_a_title_after_a_foreign_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a newsroom's desk before a reporter is no employer, even one that shares a ministry's short name
    ("경제부 김도현 기자 = 한빛협회는 포럼을 열었다.", [("김도현", None, "기자")]),
    ("산업부 김도현 기자 = 한빛협회는 포럼을 열었다.", [("김도현", None, "기자")]),
    ("IT과학부 김도현 기자 = 한빛협회는 포럼을 열었다.", [("김도현", None, "기자")]),
    # ... or its team
    ("한빛협회는 포럼을 열었다.\n\n디지털뉴스팀 김도현 기자", [("김도현", None, "기자")]),
    ("온라인팀 김도현 기자 = 한빛협회는 포럼을 열었다.", [("김도현", None, "기자")]),
    # (the outlet before a reporter is the employer; a ministry before another post stays the organization)
    ("[이데일리 김도현 기자] 한빛협회는 포럼을 열었다.", [("김도현", "이데일리", "기자")]),
    ("이날 포럼에는 산업부 김도현 과장이 참석했다.", [("김도현", "산업부", "과장")]),
])
def test_a_newsroom_desk_before_a_reporter(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # three names and more listed with commas before a shared title (the analyser's reading of a middle one aside)
    ("이날 김하늘, 박서준, 이도윤 학생이 발표했다.", [("김하늘", None, "학생"), ("박서준", None, "학생"), ("이도윤", None, "학생")]),
    ("이날 한빛대 김하늘, 박서준, 이도윤 교수가 발표했다.",
     [("김하늘", "한빛대", "교수"), ("박서준", "한빛대", "교수"), ("이도윤", "한빛대", "교수")]),
    ("토론에는 김하늘, 박서준, 이도윤 한빛대 교수가 참여했다.",
     [("김하늘", "한빛대", "교수"), ("박서준", "한빛대", "교수"), ("이도윤", "한빛대", "교수")]),
    # the list's first name read as a surname and a common noun (윤 + 재석, 최 + 영재)
    ("강연자로 윤재석, 박민지 교수가 나섰다.", [("윤재석", None, "교수"), ("박민지", None, "교수")]),
    ("윤재석, 박민지, 최하늘 교수 등이 강연자로 나섰다.", [("윤재석", None, "교수"), ("박민지", None, "교수"), ("최하늘", None, "교수")]),
    ("이날 박영철, 박민지 교수가 발표했다.", [("박영철", None, "교수"), ("박민지", None, "교수")]),
    # after a part's noun and its particle only names are listed, however the analyser reads them (권 + 지수)
    ("연사로 권지수, 박민지 대표가 나섰다.", [("권지수", None, "대표"), ("박민지", None, "대표")]),
    ("패널로는 한정희, 박민지 교수가 참여했다.", [("한정희", None, "교수"), ("박민지", None, "교수")]),
    # (passed before: the analyser reads 최영재 whole after 토론에는)
    ("토론에는 최영재, 박서준, 이도윤 한빛대 교수가 참여했다.",
     [("최영재", "한빛대", "교수"), ("박서준", "한빛대", "교수"), ("이도윤", "한빛대", "교수")]),
])
def test_three_names_before_a_shared_title(text: str, expected: list) -> None:
    assert sorted(people(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # a noun that splits like a name read in pieces is none: a prefix, two nouns, a suffix (guards)
    "연사로 신소재, 박민지 교수가 나섰다.",
    "이날 전기차, 박민지 교수가 발표했다.",
    "이날 장관급, 박민지 교수가 발표했다.",
    "연사로 고성능, 박민지 교수가 나섰다.",
])
def test_a_derived_noun_before_a_listed_name_is_no_name(text: str) -> None:
    assert people(text) == [("박민지", None, "교수")]


@pytest.mark.parametrize(("text", "expected"), [
    # a student's year is a title: before the name, after it, and in parentheses
    ("김도윤(한빛대 3학년)씨는 \"재밌었다\"고 말했다.", [("김도윤", "한빛대", "3학년")]),
    ("김도윤 한빛대 컴퓨터공학과 4학년생은 \"좋았다\"고 했다.", [("김도윤", "한빛대", "4학년생")]),
    ("한빛대 3학년 김도윤 씨는 \"좋았다\"고 했다.", [("김도윤", "한빛대", "3학년")]),
])
def test_a_students_year_is_a_title(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("한빛정보산업진흥원(정진원)은 세미나를 열었다. 박도윤 정진원장은 인사말을 했다.", [("박도윤", "정진원", "원장")]),
    ("한빛콘텐츠진흥원(콘진원)이 포럼을 연다. 개회사는 콘진원장 조하은이 맡는다.", [("조하은", "콘진원", "원장")]),
    ("한빛콘텐츠진흥원(콘진원)이 포럼을 연다. 이날 조하은 콘진원장과 김민수 교수가 참석했다.",
     [("조하은", "콘진원", "원장"), ("김민수", None, "교수")]),
    # (a second shape that passed before: a short form ending in a suffix of bodies)
    ("다온로봇산업진흥원(이하 로봇진흥원)이 포럼을 연다. 이어 최서윤 로봇진흥원장이 환영사를 한다.",
     [("최서윤", "로봇진흥원", "원장")]),
    # (guards: the head's title alone, and a short form the article never defined)
    ("한빛정보산업진흥원(정진원)은 세미나를 열었다. 박도윤 원장은 인사말을 했다.", [("박도윤", None, "원장")]),
    ("한빛정보산업진흥원은 세미나를 열었다. 박도윤 정진원장은 인사말을 했다.", [("박도윤", None, "정진원장")]),
])
def test_a_defined_short_form_fused_with_its_heads_title(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("현대차 울산공장 권혁진 공장장이 발표했다.", [("권혁진", "현대차", "공장장")]),
    ("LG화학 여수공장 박진수 공장장이 발표했다.", [("박진수", "LG화학", "공장장")]),
    ("삼성전자 기흥캠퍼스 김민수 부사장이 발표했다.", [("김민수", "삼성전자", "부사장")]),
    ("포스코 광양제철소 이진우 소장과 한빛전자 여수사업장 최다인 상무가 참석했다.",
     [("이진우", "포스코", "소장"), ("최다인", "한빛전자", "상무")]),
    # (guards: a foreign name after a company, and a site fused with its head's title)
    ("한빛전자 앤드루 응 대표가 발표했다.", [("앤드루 응", "한빛전자", "대표")]),
    ("권혁진 현대차 울산공장장이 발표했다.", [("권혁진", "현대차", "울산공장장")]),
])
def test_a_companys_site_named_by_its_place_is_a_unit(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's office named by its work (…실) is a unit, no foreign name's first word
    ("한진 디지털혁신실 최예린 실장이 발표했다.", [("최예린", "한진", "실장")]),
    ("한진 혁신실 최예린 실장이 발표했다.", [("최예린", "한진", "실장")]),
    # (guards: passed before) a team (…팀); an office whose word holds no syllable only foreign names have; a
    # foreign name
    ("다온랩 데이터혁신팀 최예린 팀장이 발표했다.", [("최예린", "다온랩", "팀장")]),
    ("한진 전략기획실 최예린 실장이 발표했다.", [("최예린", "한진", "실장")]),
    ("지멘스 디지털인더스트리 라민 하산 CTO가 발표했다.", [("라민 하산", "지멘스", "CTO")]),
])
def test_a_companys_office_or_team_is_a_unit(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name's Hanja in parentheses after it is read past
    ("기조강연은 김철수(金哲洙) 한빛대 명예교수가 맡았다.", [("김철수", "한빛대", "명예교수")]),
    ("이날 한빛대 김철수(金哲洙) 교수가 발표했다.", [("김철수", "한빛대", "교수")]),
    ("김철수(金哲洙) 씨가 참석했다.", [("김철수", None, None)]),
    # (guard: the former post's marker glossed)
    ("송태윤 전(前) 한빛전자 사장이 참석했다.", [("송태윤", "한빛전자", "사장")]),
])
def test_a_names_hanja_gloss(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the same university": the university named last before, with the unit written after the phrase
    ("김민수 한빛대 교수와 같은 대학 박서연 교수가 발표했다.", [("김민수", "한빛대", "교수"), ("박서연", "한빛대", "교수")]),
    ("한양대 인공지능연구원은 세미나를 열었다. 좌장은 같은 대학 산업공학과 문경태 교수가 맡았다.", [("문경태", "한양대", "교수")]),
    ("김민수 KAIST 교수와 동 대학 전산학부 박서연 교수가 발표했다.", [("김민수", "KAIST", "교수"), ("박서연", "KAIST", "교수")]),
    # (guard: no university named before, none found)
    ("같은 대학 박서연 교수가 발표했다.", [("박서연", None, "교수")]),
])
def test_a_person_of_the_same_university(text: str, expected: list) -> None:
    assert people(text) == expected


def test_the_same_universitys_unit_and_offsets() -> None:
    text = "'AI 세미나'가 3일 열렸다. 김민수 한빛대 교수와 같은 대학 산업공학과 박서연 교수가 발표했다."
    x = extract(ko_article(text))
    orgs = {o.id: o for o in x.organizations}
    [p] = [p for p in x.people if p.name == "박서연"]
    [a] = p.affiliations
    assert (orgs[a.org].name, a.title, a.unit) == ("한빛대", "교수", "산업공학과")
    assert all(text[s.start:s.end] == "한빛대" for s in orgs[a.org].mentions)


@pytest.mark.parametrize("text, expected", [
    # what the company is, written between the name and the company: the company alone is the organization
    ("토론에는 최가영 스타트업 누리비전 대표가 참여했다.", [("최가영", "누리비전", "대표")]),
    ("토론에는 최가영 AI 스타트업 누리비전 대표가 참여했다.", [("최가영", "누리비전", "대표")]),
    ("발표는 박민수 물류 솔루션 기업 다온로지스 부사장이 맡았다.", [("박민수", "다온로지스", "부사장")]),
    # (guards: the description before the name, and a company whose name ends in a kind word)
    ("로봇 스타트업 한빛로보 김철수 대표가 발표했다.", [("김철수", "한빛로보", "대표")]),
    ("발표는 박민수 다온기업 부사장이 맡았다.", [("박민수", "다온기업", "부사장")]),
])
def test_what_the_company_is_between_the_name_and_the_company(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a conjunction and a kind of business before "대표로" are no foreign name
    ("지정토론에는 하지현 네이버 정책총괄, 그리고 중소기업 대표로 참석한 조민기 씨엠테크 대표가 참여했다.",
     [("하지현", "네이버", "정책총괄"), ("조민기", "씨엠테크", "대표")]),
    # (guards: an adverb and a kind of business, a legal form before a company's name, a foreign name after a company)
    ("패널로는 하지현 네이버 정책총괄, 또한 스타트업 대표로 조민기 씨엠테크 대표가 참여했다.",
     [("하지현", "네이버", "정책총괄"), ("조민기", "씨엠테크", "대표")]),
    ("주식회사 다온 김민수 대표가 발표했다.", [("김민수", "주식회사 다온", "대표")]),
    ("한빛전자 라민 하산 대표가 발표했다.", [("라민 하산", "한빛전자", "대표")]),
])
def test_a_conjunction_or_a_kind_of_business_is_no_foreign_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body written before a title fused with its unit holds that unit (as when the unit is a word of its own)
    ("발표는 김철수 삼성전자 AI센터장이 맡았다.", ("삼성전자", "AI센터", "센터장")),
    ("발표는 김철수 한빛대 AI융합연구소장이 맡았다.", ("한빛대", "AI융합연구소", "소장")),
    ("발표는 김철수 다온랩 AI연구소장이 맡았다.", ("다온랩", "AI연구소", "소장")),
    # (guards: a body the lists know by the whole name, a name no body's form before the fused unit, a unit
    # written apart)
    ("발표는 김철수 LG AI연구원장이 맡았다.", ("LG AI연구원", None, "원장")),
    ("발표는 김철수 한빛 AI연구소장이 맡았다.", ("한빛 AI연구소", None, "소장")),
    ("발표는 김철수 다온랩 AI연구소 소장이 맡았다.", ("다온랩", "AI연구소", "소장")),
])
def test_a_body_before_a_title_fused_with_its_unit(text: str, expected: tuple) -> None:
    [m] = find_people(build_doc(ko_article(text)), load_gazetteer())
    assert (m.org.text if m.org else None, m.unit, m.title) == expected


@pytest.mark.parametrize("text, expected", [
    # a newspaper's publisher and editor, a schoolteacher and a school's head, senior civil-service grades
    ("포럼은 김상민 한빛일보 발행인의 인사말로 문을 열었다.", [("김상민", "한빛일보", "발행인")]),
    ("포럼은 김상민 본지 발행인의 인사말로 문을 열었다.", [("김상민", "본지", "발행인")]),
    ("발표는 박서연 한빛고 교사가 맡았다.", [("박서연", "한빛고", "교사")]),
    ("축사는 이도윤 한빛중 교장이 했다.", [("이도윤", "한빛중", "교장")]),
    ("발표는 최민준 과학기술정보통신부 이사관이 맡았다.", [("최민준", "과학기술정보통신부", "이사관")]),
    # (guard: as before, an editorial writer)
    ("발표는 정하윤 한빛일보 논설위원이 맡았다.", [("정하윤", "한빛일보", "논설위원")]),
])
def test_newspaper_school_and_civil_service_posts(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("name", ["사라 마르티네즈", "노라 얀센", "오마르 하산", "마리 퀴리안", "에밀리아 노박"])
def test_a_foreign_name_written_again_with_its_title_alone(name: str) -> None:
    # the second mention, "NAME 부사장은", is the person found before, not a first name and an organization
    text = f"포럼이 12일 열렸다. 발표는 {name} 지멘스 부사장이 맡았다. {name} 부사장은 \"AI가 중요하다\"고 말했다."
    x = extract(ko_article(text))
    orgs = {o.id: o.name for o in x.organizations}
    assert [(p.name, [(orgs[a.org], a.title) for a in p.affiliations]) for p in x.people] \
        == [(name, [("지멘스", "부사장")])]
    [p] = x.people
    assert {r.role.value for r in p.roles} == {"speaker", "quoted"}


def test_a_known_name_needs_the_whole_name_before_the_title() -> None:
    # (guard: a name found before and another's organization: "사라 마르티네즈" is known, "김철수 다온전자" is not a name)
    text = "포럼이 12일 열렸다. 발표는 사라 마르티네즈 지멘스 부사장이 맡았다. 토론은 김철수 다온전자 상무가 맡았다."
    assert people(text) == [("사라 마르티네즈", "지멘스", "부사장"), ("김철수", "다온전자", "상무")]


@pytest.mark.parametrize("text, expected", [
    # a common foreign given name opens a foreign name: its next word is the surname, not a Korean name or a body
    ("이날 에밀리아 노박 교수가 기조강연을 했다.", [("에밀리아 노박", None, "교수")]),
    ("이날 마리아 가르시아 교수가 기조강연을 했다.", [("마리아 가르시아", None, "교수")]),
    ("이날 오마르 하산 교수가 기조강연을 했다.", [("오마르 하산", None, "교수")]),
    ("발표는 조반니 로시 지멘스 부사장이 맡았다.", [("조반니 로시", "지멘스", "부사장")]),
    # (guards: Korean names of two syllables after and before a company no list knows)
    ("발표는 정송 누리비전 대표가 맡았다.", [("정송", "누리비전", "대표")]),
    ("발표는 누리비전 정송 대표가 맡았다.", [("정송", "누리비전", "대표")]),
    ("발표는 강희 한빛로보 상무가 맡았다.", [("강희", "한빛로보", "상무")]),
])
def test_a_common_foreign_given_name_opens_a_foreign_name(text: str, expected: list) -> None:
    assert people(text) == expected


def test_foreign_given_names_are_a_word_list_of_their_own() -> None:
    gz = load_gazetteer()
    assert {"마리아", "오마르", "프리야", "조반니"} <= gz.foreign_given_names
    assert not {"하나", "지나", "장", "반"} & gz.foreign_given_names  # Korean words, a Korean surname


@pytest.mark.parametrize("text, expected", [
    # a name the analyser reads as one common noun (신학, 수학), right before a body by its form and a title
    ("시상은 문신학 산업통상부 차관이 맡았다.", [("문신학", "산업통상부", "차관")]),
    # (guards: as before, a university's short form after the word, a name the analyser reads as a name, no body)
    ("이날 오수학 한빛대 교수가 발표했다.", [("오수학", "한빛대", "교수")]),
    ("시상은 김진오 산업통상부 차관이 맡았다.", [("김진오", "산업통상부", "차관")]),
    ("이날 오수학 교수가 발표했다.", []),
])
def test_a_name_read_as_a_common_noun_before_a_body_and_a_title(text: str, expected: list) -> None:
    assert people(text) == expected


def test_the_ministries_as_reorganized_in_2025_are_known() -> None:
    gz = load_gazetteer()
    assert all(gz.known_org(m) for m in ("산업통상부", "기후에너지환경부", "재정경제부", "기획예산처", "성평등가족부"))


@pytest.mark.parametrize("text, name", [
    # the state's honours by their kind: the one who received them has a part of their own (other)
    ("시상식이 3일 열렸다. 이날 시상식에서 대통령 표창은 김진오 로보티즈 대표가 받았다.", "김진오"),
    ("시상식이 3일 열렸다. 이날 은탑산업훈장을 받은 박서연 다온전자 대표는 소감을 밝혔다.", "박서연"),
    # (guard: as before, a prize that went to someone)
    ("시상식이 3일 열렸다. 국무총리상은 김민준 한빛로봇 상무에게 돌아갔다.", "김민준"),
])
def test_the_states_honours_received(text: str, name: str) -> None:
    x = extract(ko_article(text))
    assert {p.name: {r.role.value for r in p.roles} for p in x.people} == {name: {"other"}}


@pytest.mark.parametrize("text, expected", [
    # the trades and their masters, and occupations news introduces a person by
    ("발표는 김철수 현대자동차 명장이 맡았다.", [("김철수", "현대자동차", "명장")]),
    ("이날 박영희 다온정밀 기능장은 용접 AI 사례를 소개했다.", [("박영희", "다온정밀", "기능장")]),
    ("발표는 최민준 한빛소프트 개발자가 맡았다.", [("최민준", "한빛소프트", "개발자")]),
    # (guard: as before, an engineer)
    ("발표는 최민준 한빛소프트 엔지니어가 맡았다.", [("최민준", "한빛소프트", "엔지니어")]),
])
def test_trades_masters_and_occupations(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 담당 heads a company's executive title after its field (SK, LG, KT write AI인프라담당, CX담당)
    ("패널로는 손보미 SK텔레콤 AI인프라담당이 참여해 토론했다.", [("손보미", "SK텔레콤", "AI인프라담당")]),
    ("이어 정다은 LG전자 CX담당이 사례를 발표했다.", [("정다은", "LG전자", "CX담당")]),
    # (guard: as before, the verb 담당하다 makes no title)
    ("이날 발표를 담당한 김영수 한빛대 교수는 사례를 소개했다.", [("김영수", "한빛대", "교수")]),
])
def test_damdang_heads_an_executive_title(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (guards: as before the head 담당, a division (…담당) with its executive's title after it is a unit, in both orders)
    ("토론에는 김도윤 LG전자 제조DX담당 상무가 참여했다.", [("김도윤", "LG전자", "상무", "제조DX담당")]),
    ("토론에는 KT 기술혁신부문 AI담당 오세진 상무가 참여했다.", [("오세진", "KT", "상무", "기술혁신부문 AI담당")]),
])
def test_a_division_then_its_executives_title(text: str, expected: list) -> None:
    x = extract(ko_article(f"'AI 포럼'이 열렸다. {text}"))
    names = {o.id: o.name for o in x.organizations}
    assert [(p.name, names[a.org], a.title, a.unit) for p in x.people for a in p.affiliations] == expected


@pytest.mark.parametrize("text, expected", [
    # a programme's entry: the name, a comma, the organization and the title, opened by a parenthesis, a colon or
    # its line's start and closed by a parenthesis, a separator or the line's end
    ("기조강연: 물리 AI 시대의 로봇 (이상민, 한국로봇융합연구원 원장)", [("이상민", "한국로봇융합연구원", "원장")]),
    ("발표자: 조현우, 두산로보틱스 수석", [("조현우", "두산로보틱스", "수석")]),
    ("연사는 다음과 같다.\n- 조현우, 두산로보틱스 수석\n- 최은아, 포스코 상무",
     [("조현우", "두산로보틱스", "수석"), ("최은아", "포스코", "상무")]),
    ("좌장: 윤석진, 경북대 교수 / 패널: 최은아, 포스코 상무", [("윤석진", "경북대", "교수"), ("최은아", "포스코", "상무")]),
    # a name in Latin letters, two or three capitalised words
    ("기조강연: 물리 AI (Kim Jisoo, 포스텍 교수)", [("Kim Jisoo", "포스텍", "교수")]),
    ("발표자: Lee Jae-won, 한빛대 교수", [("Lee Jae-won", "한빛대", "교수")]),
    # (guards, as before: names that share a title after them are a list, not an entry)
    ("이날 김철수, 이영희 교수가 발표했다.", [("김철수", None, "교수"), ("이영희", None, "교수")]),
])
def test_a_programmes_entry_with_a_comma_after_the_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, talks", [
    # a dashed line of a programme is an item: its label, the talk's title, then who gives it in parentheses
    ("'로봇 테크데이'가 20일 열린다. 프로그램은 다음과 같다.\n- 기조강연: 물리 AI 시대의 로봇 (이상민 한국로봇융합연구원 원장)\n"
     "- 발표1: 협동로봇 용접 자동화 사례 (조현우 두산로보틱스 수석)",
     {"이상민": "물리 AI 시대의 로봇", "조현우": "협동로봇 용접 자동화 사례"}),
    ("'로봇 테크데이'가 20일 열린다.\n– 특강: 제조 데이터의 가치 (최은아, 포스코 상무)\n",
     {"최은아": "제조 데이터의 가치"}),
    # a name that opens the parentheses is the person, not a name-shaped word before them (가치, "value")
    ("'로봇 테크데이'가 20일 열린다. ▲주제발표: 제조 데이터의 가치 (최은아 포스코 상무)", {"최은아": "제조 데이터의 가치"}),
    ("'로봇 테크데이'가 20일 열린다.\n- 발표: 공정 데이터의 가치 (박서연 다온전자 상무)", {"박서연": "공정 데이터의 가치"}),
])
def test_a_dashed_programme_line_gives_the_talks_title(text: str, talks: dict) -> None:
    x = extract(ko_article(text))
    assert {p.name: next(r.talk_title for r in p.roles if r.talk_title) for p in x.people} == talks


@pytest.mark.parametrize("text, expected", [
    # a foreign given name the lists know, or the surname right after one, may end like a noun for people (가, 자)
    ("이날 안드레 수자 보쉬 상무가 발표했다.", [("안드레 수자", "보쉬", "상무")]),
    ("발표는 올가 스미르노바 모스크바대 교수가 맡았다.", [("올가 스미르노바", "모스크바대", "교수")]),
    # a given name the lists know opens the name though the analyser read it as a noun and an ending
    ("이날 라니 보카르 인포시스 부사장이 발표했다.", [("라니 보카르", "인포시스", "부사장")]),
    # the surname right after a known given name, however the analyser reads it (세티: a determiner and a noun)
    ("이날 비크람 세티 교수가 발표했다.", [("비크람 세티", None, "교수")]),
    ("발표는 아룬 세티 한빛대 교수가 맡았다.", [("아룬 세티", "한빛대", "교수")]),
    # three words right before the title: a given name and a surname, then the organization
    ("이날 마테오 비안키 피아트 디렉터가 발표했다.", [("마테오 비안키", "피아트", "디렉터")]),
    ("발표는 파블로 루나 텔레포니카 이사가 맡았다.", [("파블로 루나", "텔레포니카", "이사")]),
    # (guards, as before: a middle name the lists know; three words before an organization the text gives)
    ("이날 마이클 존 로건 교수가 발표했다.", [("마이클 존 로건", None, "교수")]),
    ("이날 보 스티에르네 톰센 LEGO Education 부사장이 발표했다.", [("보 스티에르네 톰센", "LEGO Education", "부사장")]),
])
def test_foreign_names_that_end_like_nouns_or_stand_before_an_unknown_body(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname after a known given name that the analyser read as an ending (스런: 스럽 + ㄴ)
    ("이어 세바스찬 스런 유다시티 창업자가 발표했다.", [("세바스찬 스런", "유다시티", "창업자")]),
    ("발표는 마리아 스런 한빛대 교수가 맡았다.", [("마리아 스런", "한빛대", "교수")]),
])
def test_a_surname_read_as_an_ending_after_a_known_given_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text", [
    # prizes by their kind at conferences and contests go to the one who received them (other)
    "'AI 학술대회'가 3일 열렸다. 우수논문상은 노하은 부산대 연구원 등 5명이 받았다.",
    "'AI 학술대회'가 3일 열렸다. 논문상은 노하은 부산대 연구원에게 수여됐다.",
    # (guard, as before: a prize received, 상을 받)
    "'AI 학술대회'가 3일 열렸다. 혁신상을 받은 노하은 다온랩 대표는 소감을 밝혔다.",
])
def test_a_prize_by_its_kind(text: str) -> None:
    x = extract(ko_article(text))
    assert {p.name: {r.role.value for r in p.roles} for p in x.people} == {"노하은": {"other"}}


@pytest.mark.parametrize("text, role", [
    # the chair's gavel taken up is chairing
    ("'AI 포럼'이 3일 열렸다. 토론은 윤재석 한빛대 교수가 사회봉을 잡았다.", "moderator"),
    ("'AI 포럼'이 3일 열렸다. 사회봉을 쥔 윤재석 한빛대 교수는 발언을 정리했다.", "moderator"),
    # (guards, as before: leading the discussion, its running taken on)
    ("'AI 포럼'이 3일 열렸다. 사회봉을 쥔 윤재석 한빛대 교수는 토론을 이끌었다.", "moderator"),
    ("'AI 포럼'이 3일 열렸다. 토론 진행은 윤재석 한빛대 교수가 맡았다.", "moderator"),
])
def test_the_chairs_gavel(text: str, role: str) -> None:
    x = extract(ko_article(text))
    assert {p.name: {r.role.value for r in p.roles} for p in x.people} == {"윤재석": {role}}


@pytest.mark.parametrize("text, expected", [
    # a company with its initials in parentheses, then its national branch, then the name and the title
    ("발표는 아마존웹서비스(AWS) 코리아 함기호 대표가 맡았다.", [("함기호", "아마존웹서비스", "대표")]),
    ("발표는 다온시스템즈(DS) 재팬 김민수 대표가 맡았다.", [("김민수", "다온시스템즈", "대표")]),
    # (guard, as before: the company and its branch without initials)
    ("발표는 엔비디아 코리아 정소영 대표가 맡았다.", [("정소영", "엔비디아 코리아", "대표")]),
])
def test_a_company_with_its_initials_then_its_branch(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organization word with its initials, however many words of its unit come after them
    ("발표는 마이크로소프트(MS) 아시아 연구소 이정민 소장이 맡았다.", [("이정민", "마이크로소프트", "소장", "아시아 연구소")]),
    ("발표는 네이버(NAVER) 클로바 연구소 이정민 소장이 맡았다.", [("이정민", "네이버", "소장", "클로바 연구소")]),
])
def test_an_organization_with_its_initials_then_a_unit_of_two_words(text: str, expected: list) -> None:
    x = extract(ko_article(f"'AI 포럼'이 3일 열렸다. {text}"))
    names = {o.id: o.name for o in x.organizations}
    assert [(p.name, names[a.org], a.title, a.unit) for p in x.people for a in p.affiliations] == expected


@pytest.mark.parametrize("text, expected", [
    # a region of the world or a country between a body and the unit it keeps there
    ("발표는 한빛전자(HB) 유럽 연구소 박정민 소장이 맡았다.", [("박정민", "한빛전자", "소장", "유럽 연구소")]),
    ("발표는 다온테크 북미 사업부 최민수 상무가 맡았다.", [("최민수", "다온테크", "상무", "북미 사업부")]),
    ("발표는 누리정밀 베트남 법인 최민수 법인장이 맡았다.", [("최민수", "누리정밀", "법인장", "베트남 법인")]),
    # the region and the unit written as one word
    ("발표는 한빛전자 북미법인 최민수 법인장이 맡았다.", [("최민수", "한빛전자", "법인장", "북미법인")]),
    # (guard, as before: a country before a body is no unit of anything)
    ("발표는 미국 뱁슨칼리지 김민수 교수가 맡았다.", [("김민수", "뱁슨칼리지", "교수", None)]),
])
def test_a_region_before_the_unit_a_body_keeps_there(text: str, expected: list) -> None:
    x = extract(ko_article(f"'AI 포럼'이 3일 열렸다. {text}"))
    names = {o.id: o.name for o in x.organizations}
    assert [(p.name, names[a.org], a.title, a.unit) for p in x.people for a in p.affiliations] == expected


@pytest.mark.parametrize("text, expected", [
    # a known company, then the word for the group's company in one business, written apart: one organization
    ("발표는 휴렛팩커드 엔터프라이즈 김도윤 상무가 맡았다.", [("김도윤", "휴렛팩커드 엔터프라이즈", "상무")]),
    ("발표는 딜로이트 컨설팅 김도윤 상무가 맡았다.", [("김도윤", "딜로이트 컨설팅", "상무")]),
    # (guard, as before: capitals before the business word)
    ("발표는 GE 헬스케어 김도윤 상무가 맡았다.", [("김도윤", "GE 헬스케어", "상무")]),
    # with the company's initials in parentheses, the business word is its unit, as a national branch is
    ("발표는 휴렛팩커드(HP) 엔터프라이즈 김도윤 상무가 맡았다.", [("김도윤", "휴렛팩커드", "상무")]),
])
def test_a_known_company_then_its_business_word(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a common word and its particle the analyser reads as one proper noun opens no foreign name
    ("진행은 김성주 아나운서가 맡았고, 패널로 권오현 한양대 특임교수가 참여했다.",
     [("김성주", None, "아나운서"), ("권오현", "한양대", "특임교수")]),
    ("토론회가 열렸으며, 패널로 이수민 다온대 교수가 참여했다.", [("이수민", "다온대", "교수")]),
    # a degree after the name is no post: the post before the name is the name's
    ("발표는 한국생산기술연구원 원장 이상훈 박사가 맡았다.", [("이상훈", "한국생산기술연구원", "원장")]),
    ("발표는 다온연구소 소장 이상훈 박사가 맡았다.", [("이상훈", "다온연구소", "소장")]),
    # a post's other name in parentheses between the post and the name
    ("발표는 SK하이닉스 부사장(CTO) 송민아가 맡았다.", [("송민아", "SK하이닉스", "부사장")]),
    ("발표는 다온전자 대표(CEO) 최민수 씨가 맡았다.", [("최민수", "다온전자", "대표")]),
])
def test_a_word_and_particle_a_degree_and_a_post_in_parentheses(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a two-syllable given name, then a surname with a syllable only foreign names have: one name, no body
    ("좌장은 안톤 파블로프 교수가 맡았다.", [("안톤 파블로프", None, "교수")]),
    ("좌장은 한나 룬드 교수가 맡았다.", [("한나 룬드", None, "교수")]),
    # a syllable like a Chinese surname, then the vowel ㅡ alone: no Chinese reading, a foreign surname
    ("좌장은 프레드리크 린드스트룀 교수가 맡았다.", [("프레드리크 린드스트룀", None, "교수")]),
    # (guards, as before: a Korean name before a body with such a syllable's suffix; Chinese names)
    ("발표는 김민수 다온테크 대표가 맡았다.", [("김민수", "다온테크", "대표")]),
    ("발표는 쑨웨이 화웨이 부사장이 맡았다.", [("쑨웨이", "화웨이", "부사장")]),
])
def test_a_foreign_surname_after_a_short_given_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a university's college between it and the department, or alone: the university, its units after it
    ("발표는 서울대 공대 기계공학부 윤재석 교수가 맡았다.", [("윤재석", "서울대학교", "교수", "공대 기계공학부")]),
    ("발표는 KAIST 공대 기계공학과 윤재석 교수가 맡았다.", [("윤재석", "한국과학기술원", "교수", "공대 기계공학과")]),
    ("발표는 서울대 의대 윤재석 교수가 맡았다.", [("윤재석", "서울대학교", "교수", "의대")]),
    # ... a name-shaped university too, before or after the name
    ("발표는 한빛대 공과대학 기계공학과 윤재석 교수가 맡았다.", [("윤재석", "한빛대", "교수", "공과대학 기계공학과")]),
    ("발표는 윤재석 한빛대 의대 교수가 맡았다.", [("윤재석", "한빛대", "교수", "의대")]),
    ("발표는 윤재석 한빛대 공대 기계공학과 교수가 맡았다.", [("윤재석", "한빛대", "교수", "공대 기계공학과")]),
    # (guard, as before: a known university and its college after the name)
    ("발표는 윤재석 서울대 의대 교수가 맡았다.", [("윤재석", "서울대학교", "교수", "의대")]),
])
def test_a_universitys_college_before_the_department(text: str, expected: list) -> None:
    x = extract(ko_article(f"'AI 포럼'이 3일 열렸다. {text}"))
    names = {o.id: o.name for o in x.organizations}
    assert [(p.name, names[a.org], a.title, a.unit) for p in x.people for a in p.affiliations] == expected


@pytest.mark.parametrize("text, expected", [
    # a body, its unit, and the unit's own unit fused with the head's title: the body, both units
    ("발표는 윤재석 한빛전자 DX부문 AI센터장이 맡았다.", [("윤재석", "한빛전자", "센터장", "DX부문 AI센터")]),
    ("발표는 윤재석 다온중공업 기술본부 로봇연구소장이 맡았다.", [("윤재석", "다온중공업", "소장", "기술본부 로봇연구소")]),
    # (guard, as before: the body and one fused unit)
    ("발표는 윤재석 한빛전자 AI센터장이 맡았다.", [("윤재석", "한빛전자", "센터장", "AI센터")]),
])
def test_a_units_own_unit_fused_with_the_title(text: str, expected: list) -> None:
    x = extract(ko_article(f"'AI 포럼'이 3일 열렸다. {text}"))
    names = {o.id: o.name for o in x.organizations}
    assert [(p.name, names[a.org], a.title, a.unit) for p in x.people for a in p.affiliations] == expected


@pytest.mark.parametrize("text, expected", [
    # a second post in parentheses, its body fused with the title, or a former one
    ("발표는 윤재석 한빛대 교수(한국인공지능학회장)가 맡았다.",
     [("윤재석", "한빛대", "교수"), ("윤재석", "한국인공지능학회", "회장")]),
    ("발표는 윤재석 다온대 교수(한국로봇학회장)가 맡았다.", [("윤재석", "다온대", "교수"), ("윤재석", "한국로봇학회", "회장")]),
    ("발표는 윤재석 한빛대 교수(전 한빛전자 대표)가 맡았다.", [("윤재석", "한빛대", "교수"), ("윤재석", "한빛전자", "전 대표")]),
    # the marker as written: the current post (현) is no former one, and a former first post leaves it so
    ("기조강연은 최성민 전 한빛대 총장(현 다온재단 이사장)이 했다.",
     [("최성민", "한빛대", "전 총장"), ("최성민", "다온재단", "이사장")]),
    ("발표는 윤재석 한빛대 교수(현 다온전자 사외이사)가 맡았다.", [("윤재석", "한빛대", "교수"), ("윤재석", "다온전자", "사외이사")]),
    # (guard, as before: the body and the title written apart)
    ("발표는 윤재석 한빛대 교수(한국인공지능학회 회장)가 맡았다.",
     [("윤재석", "한빛대", "교수"), ("윤재석", "한국인공지능학회", "회장")]),
])
def test_a_second_post_fused_or_former_in_parentheses(text: str, expected: list) -> None:
    x = extract(ko_article(f"'AI 포럼'이 3일 열렸다. {text}"))
    names = {o.id: o.name for o in x.organizations}
    assert [(p.name, names[a.org], a.title) for p in x.people for a in p.affiliations] == expected


@pytest.mark.parametrize("text, expected", [
    # a second post after 겸 at a body of its own: two affiliations
    ("발표는 윤재석 한빛대 교수 겸 다온랩 대표가 맡았다.", [("윤재석", "한빛대", "교수"), ("윤재석", "다온랩", "대표")]),
    ("이날 한소윤 다온전자 부사장 겸 누리로보틱스 이사가 발표했다.",
     [("한소윤", "다온전자", "부사장"), ("한소윤", "누리로보틱스", "이사")]),
    # (guard, passed before: two titles of one post with nothing between them)
    ("이날 최도현 한빛그룹 회장 겸 CEO가 발표했다.", [("최도현", "한빛그룹", "회장 겸 CEO")]),
])
def test_a_second_post_after_gyeom_at_its_own_body(text: str, expected: list) -> None:
    x = extract(ko_article(f"'AI 포럼'이 3일 열렸다. {text}"))
    names = {o.id: o.name for o in x.organizations}
    assert [(p.name, names[a.org], a.title) for p in x.people for a in p.affiliations] == expected


@pytest.mark.parametrize("text, expected", [
    # a name the analyser reads as a verb and a connective 은 (권하 + 은, 진하 + 은), which no verb takes
    ("발표는 권하은 누리비전 대표가 맡았다.", [("권하은", "누리비전", "대표")]),
    ("발표는 진하은 누리비전 대표가 맡았다.", [("진하은", "누리비전", "대표")]),
    # ... and a connective of speech (성하 + 람, 주하 + 리 + ㄴ), after 와 as the second of two people
    ("행사에는 권도윤 카카오벤처스 이사와 성하람 한빛전자 팀장이 참석했다.",
     [("권도윤", "카카오벤처스", "이사"), ("성하람", "한빛전자", "팀장")]),
    # (guards, as before: the name read as a proper noun; 주하 + 리 + ㄴ read as a name by the rule for 성가선)
    ("발표는 서지은 누리비전 대표가 맡았다.", [("서지은", "누리비전", "대표")]),
    ("심사는 한지석 한빛대 교수와 주하린 한빛로보틱스 대표가 맡았다.",
     [("한지석", "한빛대", "교수"), ("주하린", "한빛로보틱스", "대표")]),
])
def test_a_name_read_as_a_verb_and_a_connective(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a known foreign given name, then a surname written like a known body's name: one name, a given name alone
    # names nobody
    ("발표는 마이클 델 델테크놀로지스 회장이 맡았다.", [("마이클 델", "델테크놀로지스", "회장")]),
    ("발표는 카를 벤츠 지멘스 부사장이 맡았다.", [("카를 벤츠", "지멘스", "부사장")]),
    ("이날 카를 벤츠 교수가 기조강연을 했다.", [("카를 벤츠", None, "교수")]),
    # (guards, as before: a body then a foreign name; the body and its branch before a Korean name)
    ("발표는 구글 순다르 피차이 CEO가 맡았다.", [("순다르 피차이", "구글", "CEO")]),
    ("발표는 벤츠 코리아 김민수 대표가 맡았다.", [("김민수", "벤츠 코리아", "대표")]),
])
def test_a_surname_like_a_bodys_name_after_a_given_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname after a known given name, right before the organization or the title, that the analyser read as a
    # noun and a particle (게레 + 로, 소 + 로)
    ("이어 카를로스 게레로 지멘스 부사장이 강연했다.", [("카를로스 게레로", "지멘스", "부사장")]),
    ("발표는 마르코 소로 한빛대 교수가 맡았다.", [("마르코 소로", "한빛대", "교수")]),
    # (guards, as before: surnames in 로 the analyser reads whole)
    ("이날 후안 나바로 보쉬 상무가 발표했다.", [("후안 나바로", "보쉬", "상무")]),
    ("이날 마리아 로메로 보쉬 상무가 발표했다.", [("마리아 로메로", "보쉬", "상무")]),
])
def test_a_surname_read_as_a_noun_and_a_particle_after_a_known_given_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a legal form written before a name in the genitive makes it an organization's, whatever the name's words
    ("토론에는 법무법인 세종의 이민영 변호사가 나섰다.", [("이민영", "법무법인 세종", "변호사")]),
    ("발표는 회계법인 삼일의 김철수 파트너가 맡았다.", [("김철수", "회계법인 삼일", "파트너")]),
    ("이날 사단법인 과실연의 김철수 대표가 발표했다.", [("김철수", "사단법인 과실연", "대표")]),
    # (guard, as before: an organization word ends the name)
    ("이날 한빛대학교의 김철수 교수가 발표했다.", [("김철수", "한빛대학교", "교수")]),
])
def test_a_legal_form_before_a_genitive_organization(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare kind word before the title refers back to the body of that kind the text named last
    ("한빛인공지능협회가 주최한 포럼이 18일 열렸다. 이날 이재용 협회 회장이 인사말을 했다.",
     [("이재용", "한빛인공지능협회", "회장")]),
    ("다온미래재단은 18일 포럼을 열었다. 발표는 김민수 재단 이사장이 맡았다.", [("김민수", "다온미래재단", "이사장")]),
    # (guard, as before: no body of that kind named before leaves the word as written)
    ("18일 포럼이 열렸다. 이날 이재용 협회 회장이 인사말을 했다.", [("이재용", "협회", "회장")]),
])
def test_a_bare_kind_word_refers_to_the_body_named_before(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name the analyser cut before a particle, then the organization and a title that takes the copula
    ("발표자는 이정은 한국가스안전공사 처장이다.", [("이정은", "한국가스안전공사", "처장")]),
    ("좌장은 명현은 다온랩 대표였다.", [("명현은", "다온랩", "대표")]),
    # (guard, as before: a name the analyser reads whole)
    ("좌장은 이하은 한빛대 교수다.", [("이하은", "한빛대", "교수")]),
])
def test_a_glued_name_before_a_title_with_the_copula(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a known given name opens a foreign name though the analyser cut it (알레산드로: 알레산드 + 로), or one the lists
    # gained (에바)
    ("발표는 알레산드로 마리니 교수가 맡았다.", [("알레산드로 마리니", None, "교수")]),
    ("이날 알레산드로 마리니 피아트 디렉터가 발표했다.", [("알레산드로 마리니", "피아트", "디렉터")]),
    ("에바 노박 교수가 발표했다.", [("에바 노박", None, "교수")]),
    # (guard, as before: a given name the analyser reads whole)
    ("발표는 마리아 가르시아 교수가 맡았다.", [("마리아 가르시아", None, "교수")]),
])
def test_a_known_given_name_however_cut_opens_a_foreign_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text", [
    # a foreign name's surname with the title later points back to it, though shaped like a Korean name (노 + 박)
    "'AI 포럼'이 3일 열렸다. 에바 노박 교수가 발표했다. 노박 교수는 \"데이터가 중요하다\"고 말했다.",
    "'AI 포럼'이 3일 열렸다. 에바 노박 교수가 발표했다. 이어 노박 교수는 \"데이터가 중요하다\"고 말했다.",
    # (guard, as before: a name that is not Korean-shaped)
    "'AI 포럼'이 3일 열렸다. 마리아 가르시아 교수가 발표했다. 가르시아 교수는 \"데이터가 중요하다\"고 말했다.",
])
def test_a_foreign_surname_shaped_like_a_korean_name_points_back(text: str) -> None:
    x = extract(ko_article(text))
    assert [(p.name, {r.role.value for r in p.roles}) for p in x.people] == \
        [(x.people[0].name, {"speaker", "quoted"})] and " " in x.people[0].name


@pytest.mark.parametrize("text, expected", [
    # two known given names (the second one a surname too), then a known company before a researcher's title
    ("이어 피에르 로랑 지멘스 수석연구원이 발표했다.", [("피에르 로랑", "지멘스", "수석연구원")]),
    ("이어 요한 마르틴 보쉬 연구원이 발표했다.", [("요한 마르틴", "보쉬", "연구원")]),
    # (guards, as before: a surname written like a company's name after one given name)
    ("이어 카를 벤츠 교수가 발표했다.", [("카를 벤츠", None, "교수")]),
    ("한빛전자 마이클 델 회장이 발표했다.", [("마이클 델", "한빛전자", "회장")]),
])
def test_a_known_company_after_two_given_names(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname, then the given name the analyser read as the copula and an ending (김 + 빈지, 문 + 인지), before its
    # organization and title: no copula stands inside "NAME ORG TITLE"
    ("토론자로는 김빈지 다온전자 상무, 박성민 루미랩 대표가 나섰다.", [("김빈지", "다온전자", "상무"), ("박성민", "루미랩", "대표")]),
    ("오세린 한빛대 교수가 '데이터 공유'를, 권온지 다온연구소 책임연구원이 '정책 동향'을 발제했다.",
     [("오세린", "한빛대", "교수"), ("권온지", "다온연구소", "책임연구원")]),
    # (guards, as before: the copula's 인 read apart, and a name the analyser reads whole)
    ("이날 문인지 다온전자 상무가 발표했다.", [("문인지", "다온전자", "상무")]),
    ("이날 송현지 다온전자 상무가 발표했다.", [("송현지", "다온전자", "상무")]),
])
def test_a_given_name_read_as_the_copula(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname after a known given name that the analyser read as a particle and a noun (로시: 로 + 시)
    ("이날 올가 로시 지멘스 부사장은 AI를 강조했다.", [("올가 로시", "지멘스", "부사장")]),
    # (guards, as before: where the analyser reads the same words otherwise)
    ("발표는 올가 로시 한빛대 교수가 맡았다.", [("올가 로시", "한빛대", "교수")]),
    ("이날 마리아 로시 지멘스 부사장은 AI를 강조했다.", [("마리아 로시", "지멘스", "부사장")]),
])
def test_a_surname_read_as_a_particle_after_a_known_given_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's post (디렉터, 부회장 …) after three words: the last names the company, the two before the person
    ("이날 후안 카를로스 텔레포니카 디렉터가 발표했다.", [("후안 카를로스", "텔레포니카", "디렉터")]),
    ("이날 토마스 마르틴 보다폰 부회장이 발표했다.", [("토마스 마르틴", "보다폰", "부회장")]),
    # (guards, as before: a middle name before a scholar's post; a known company)
    ("이날 마이클 존 로건 교수가 발표했다.", [("마이클 존 로건", None, "교수")]),
    ("발표는 안나 마리아 에릭슨 매니저가 맡았다.", [("안나 마리아", "에릭슨", "매니저")]),
])
def test_a_company_post_after_three_words(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a proper noun ending like a noun for people (자, 가) before a surname written with a syllable only foreign
    # names have: a given name the lists do not know
    ("발표는 마르티자 쇼베르 한빛대 교수가 맡았다.", [("마르티자 쇼베르", "한빛대", "교수")]),
    ("이날 테레자 슈발 다온전자 상무가 발표했다.", [("테레자 슈발", "다온전자", "상무")]),
    # (guard, as before: a common noun for people before a surname names no one)
    ("관계자 스미스 교수가 발표했다.", []),
])
def test_an_unknown_given_name_ending_like_a_noun_for_people(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign name, the country of the body, then the body (a city or a name no list knows) before the title
    ("이어 로렌초 벨트라미 이탈리아 토리노 로보틱스연구소 연구원이 사례를 소개했다.",
     [("로렌초 벨트라미", "이탈리아 토리노 로보틱스연구소", "연구원")]),
    ("기조연설은 에스테반 로하스 멕시코 몬테레이공대 교수와 하미드 레자이 이란 샤리프공대 교수가 맡았다.",
     [("에스테반 로하스", "멕시코 몬테레이공대", "교수"), ("하미드 레자이", "이란 샤리프공대", "교수")]),
    ("토론에는 셀린 아크바이 튀르키예 산업기술부 국장이 참여했다.", [("셀린 아크바이", "튀르키예 산업기술부", "국장")]),
    # a country is no Korean name, though its first syllable is a surname (모로코)
    ("이어 파티마 벤살라 모로코 라바트 국제대학 연구원이 사례를 소개했다.",
     [("파티마 벤살라", "모로코 라바트 국제대학", "연구원")]),
    # a ministry's name is no Korean name ending in its suffix (경제부), a name is (엄길청, above)
    ("이어 카밀라 로페스 칠레 경제부 국장이 발표했다.", [("카밀라 로페스", "칠레 경제부", "국장")]),
    # (guards: passed before; a Korean name before a country's body)
    ("이날 행사에는 김철수 독일 프라운호퍼 연구원이 참석했다.", [("김철수", "독일 프라운호퍼", "연구원")]),
    ("발표는 박영희 조달청 과장이 맡았다.", [("박영희", "조달청", "과장")]),
])
def test_a_foreign_name_before_the_country_of_its_body(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name no list knows that the analyser read as a proper noun and the particle 나 ("X or"), before a
    # surname written with a syllable only foreign names have
    ("이번 포럼에는 야니나 코발스카 폴란드 바르샤바공대 교수가 참석했다.",
     [("야니나 코발스카", "폴란드 바르샤바공대", "교수")]),
    ("이번 행사에는 야니나 코발스카 다온전자 상무가 참석했다.", [("야니나 코발스카", "다온전자", "상무")]),
    # (guards: passed before, the analyser reading the given name whole; a country and the particle before another
    # is no given name)
    ("발표는 조바나 베르크 한빛대 교수가 맡았다.", [("조바나 베르크", "한빛대", "교수")]),
    ("행사에는 독일이나 프랑스 연구원들이 참석했다.", []),
])
def test_an_unknown_given_name_read_with_a_particle(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # common given names the analyser misreads (니나 as a pronoun; 아나 before a surname it takes for a name)
    ("기조강연은 니나 베버 한빛대 교수가 맡았다.", [("니나 베버", "한빛대", "교수")]),
    ("토론에는 아나 소우자 다온랩 연구원이 참여했다.", [("아나 소우자", "다온랩", "연구원")]),
    # (guards: passed before)
    ("이어 알베르토 산스 다온전자 이사가 발표했다.", [("알베르토 산스", "다온전자", "이사")]),
    ("발표는 조반나 페리 한빛대 교수가 맡았다.", [("조반나 페리", "한빛대", "교수")]),
])
def test_more_common_foreign_given_names(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's word and the genitive 의 that the analyser read as one proper noun end the phrase before a foreign name
    ("행사에는 배터리 3.0 얼라이언스의 카를 라이너 의장이 참석했다.", [("카를 라이너", "3.0 얼라이언스", "의장")]),
    ("기조연설은 유럽 AI 얼라이언스의 루카 비안키 사무총장이 맡았다.", [("루카 비안키", "AI 얼라이언스", "사무총장")]),
    # a former post's marker right before the title, after a foreign name
    ("행사에는 다온협회의 헤르만 바우어 전 회장이 참석했다.", [("헤르만 바우어", "다온협회", "회장")]),
    ("발표는 로베르토 콘티 전 교수가 맡았다.", [("로베르토 콘티", None, "교수")]),
    # (guard, passed before: the marker between the name and the body)
    ("이날 팻 겔싱어 전 인텔 CEO가 발표했다.", [("팻 겔싱어", "인텔", "CEO")]),
])
def test_a_foreign_name_after_a_genitive_read_whole_or_before_a_former_post(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Vietnamese name of three words, a one-syllable given name last (no company of one syllable after a surname)
    ("발표자로 나선 응우옌 반 훙 베트남 하노이공대 교수는 말했다.", [("응우옌 반 훙", "베트남 하노이공대", "교수")]),
    ("이날 레 반 안 다온전자 상무가 발표했다.", [("레 반 안", "다온전자", "상무")]),
    # (guards, passed before: a one-syllable surname, then the company)
    ("제이슨 김 스카이넷 대표가 발표했다.", [("제이슨 김", "스카이넷", "대표")]),
    ("이날 쩐 티 투 하노이공대 교수가 발표했다.", [("쩐 티 투", "하노이공대", "교수")]),
])
def test_a_vietnamese_name_of_three_words(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Chinese name written whole, its given name with a syllable only Pinyin has (푸 fu, 쭈 zu, 슝 xiong)
    ("기조연설은 리카이푸 시노베이션벤처스 대표가 했다.", [("리카이푸", "시노베이션벤처스", "대표")]),
    ("이날 판쭈위 다온클라우드 부사장이 발표했다.", [("판쭈위", "다온클라우드", "부사장")]),
    # (guards: passed before; a Western given name opening with 리 before its surname)
    ("이날 마화텅 텐센트 회장이 발표했다.", [("마화텅", "텐센트", "회장")]),
    ("발표는 리카르도 산스 교수가 맡았다.", [("리카르도 산스", None, "교수")]),
])
def test_a_chinese_name_with_more_pinyin_syllables(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a group's head fused with the group's name: the unit is the group and the post 그룹장 (no "룹장")
    ("토론에는 차민규 누리소프트 플랫폼그룹장이 참여했다.", ("누리소프트", "그룹장", "플랫폼그룹")),
    ("이어 오하린 다온랩 비전그룹장이 발표했다.", ("다온랩", "그룹장", "비전그룹")),
    # (guard, passed before: a centre's head)
    ("토론에는 차민규 누리소프트 데이터센터장이 참여했다.", ("누리소프트", "센터장", "데이터센터")),
])
def test_a_groups_head_fused_with_its_name(text: str, expected: tuple) -> None:
    x = extract(ko_article(text))
    orgs = {o.id: o.name for o in x.organizations}
    [person] = x.people
    [aff] = person.affiliations
    assert (orgs[aff.org], aff.title, aff.unit) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ORG TITLE then a foreign name of two words: a given name the lists know, then its surname with or without a
    # particle (the analyser may read the whole surname and particle as a particle: 호프먼은)
    ("이날 연사로 나선 다온로보틱스 부사장 에밀리 카터는 말했다.", [("에밀리 카터", "다온로보틱스", "부사장")]),
    ("기조연설은 누리랩 최고경영자 샘 위트먼이 맡았다.", [("샘 위트먼", "누리랩", "최고경영자")]),
    ("발표는 누리랩 대표 세드릭 뮐러가 맡았다.", [("세드릭 뮐러", "누리랩", "대표")]),
    # (a guard, so before: a given name the lists lacked, written with syllables only foreign names have)
    ("토론에는 다온전자 상무 유수프 아흐마디가 참여했다.", [("유수프 아흐마디", "다온전자", "상무")]),
    # 리드 (Reid, Reed) is a given name and a title (lead): before a surname it opens the name
    ("기조연설은 누리랩 공동창업자 리드 하워스가 맡았다.", [("리드 하워스", "누리랩", "공동창업자")]),
    ("기조연설은 리드 하워스 누리랩 회장이 맡았다.", [("리드 하워스", "누리랩", "회장")]),  # (a guard: so before)
    # ... and after a name and its company, the title: a lead, a head
    ("이날 조현우 다온랩 리드가 발표했다.", [("조현우", "다온랩", "리드")]),
    ("발표는 박민지 누리클라우드 리드와 오세훈 한빛소프트 헤드가 맡았다.",
     [("박민지", "누리클라우드", "리드"), ("오세훈", "한빛소프트", "헤드")]),
    # (guards, passed before: a Korean name after the title; a one-word foreign name)
    ("이날 한빛전자 대표 김철수는 말했다.", [("김철수", "한빛전자", "대표")]),
    ("토론에는 다온전자 상무 마리아와 누리랩 대표 한지민이 참여했다.", [("마리아", "다온전자", "상무"), ("한지민", "누리랩", "대표")]),
])
def test_a_foreign_name_after_its_title_and_lead_as_a_title(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ORG TITLE NAME with the organization in the genitive, or with a common noun of what the post covers between
    ("이어 누리랩의 부사장 세드릭 뮐러가 발표했다.", [("세드릭 뮐러", "누리랩", "부사장")]),
    ("한빛협회의 회장 김민수는 말했다.", [("김민수", "한빛협회", "회장")]),
    ("이어 다온전자 연구 부사장 세드릭 뮐러가 발표했다.", [("세드릭 뮐러", "다온전자", "부사장")]),
    ("이어 한빛전자 기술 부사장 김민수가 발표했다.", [("김민수", "한빛전자", "부사장")]),
    ("첫날에는 누리랩의 연구 디렉터 라이아 하드셀(Raia Hadsell)이 기조연설에 나섰다.",
     [("라이아 하드셀", "누리랩", "디렉터")]),
    # a foreign name of syllables any Korean word has, spelled by its Latin original in parentheses
    ("이어 한빛전자 부사장 라이아 하드셀(Raia Hadsell)이 발표했다.", [("라이아 하드셀", "한빛전자", "부사장")]),
    ("기조연설은 다온랩 대표 아나 소사(Ana Sosa)가 맡았다.", [("아나 소사", "다온랩", "대표")]),  # (a guard: so before)
    # (guards: so before) no organization before the modifier; a role word, no title, after the genitive
    ("이어 기술 부사장 김민수가 발표했다.", []),
    ("이번 포럼의 좌장 김민수 교수는 말했다.", [("김민수", None, "교수")]),
])
def test_an_organization_before_the_title_and_its_field(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of one syllable whose ending fused into it (한, 된) before a foreign name is no part of the name
    ("기조연설을 한 에밀리 카터 다온로보틱스 부사장은 말했다.", [("에밀리 카터", "다온로보틱스", "부사장")]),
    ("이어 발표를 한 브라이언 모건 누리랩 CTO는 말했다.", [("브라이언 모건", "누리랩", "CTO")]),
    # a word with an organization's suffix after two known given names is the body, not the surname
    ("이날 마이클 로건 한빛대 교수는 말했다.", [("마이클 로건", "한빛대", "교수")]),
    ("강연을 맡은 토마스 로건 다온대 교수는 말했다.", [("토마스 로건", "다온대", "교수")]),
])
def test_a_fused_verb_and_a_body_after_a_foreign_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name-shaped body (a surname's syllable first, a suffix last), then its unit, then the name and title
    ("이날 한빛대 산학협력단 김철수 단장이 발표했다.", [("김철수", "한빛대", "단장")]),
    ("한빛대 산학협력단 김철수 교수가 발표했다.", [("김철수", "한빛대", "교수")]),
    # (guards, so before: a body no name is shaped like; the unit after the name)
    ("서울대 산학협력단 김철수 단장이 발표했다.", [("김철수", "서울대", "단장")]),
    ("이날 김철수 한빛대 산학협력단장이 발표했다.", [("김철수", "한빛대", "단장")]),
])
def test_a_name_shaped_body_before_its_unit(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word shaped like a name but ending like a university's short form (박상대) is the name the article's short
    # form with its surname and title points at ("박 교수는"), in either slot
    ("포럼에서 박상대 교수가 발표했다. 박 교수는 말했다.", [("박상대", None, "교수")]),
    ("이어 박상대 한빛대 산학협력단장이 강연했다. 박 단장은 말했다.", [("박상대", "한빛대", "단장")]),
    # (guards, so before: a school-shaped name before another; no short form points at it; "한 교수" is "a
    # professor", not a surname's)
    ("이어 김영대 다온대 교수가 발표했다. 김 교수는 이같이 말했다.", [("김영대", "다온대", "교수")]),
    ("포럼에서 한빛대 교수가 발표했다. 한 교수는 말했다.", []),
    ("포럼에서 박상대 교수가 발표했다.", []),
])
def test_a_short_form_later_makes_a_school_shaped_word_a_name(text: str, expected: list) -> None:
    assert people(text)[:1] == expected  # (the short form, a mention of the same person, after it)


@pytest.mark.parametrize(("text", "expected"), [
    # the name's own spelling in Latin letters in parentheses, then its organization and title
    ("정지훈(Jeong Ji-hoon) 다온대 교수가 발표했다.", [("정지훈", "다온대", "교수")]),
    ("이어 이수민(Soomin Lee) 한빛전자 상무가 강연했다.", [("이수민", "한빛전자", "상무")]),
    # ... also after a word that is no name, where a foreign name's Hangul would take as many words as its Latin
    ("이어 이수민(Lee Soo-min) 한빛전자 상무가 강연했다.", [("이수민", "한빛전자", "상무")]),
    # (guards, so before: a body's Latin name in parentheses is the body's; a foreign name of two words)
    ("이어 이수민 한빛전자(Hanbit Electronics) 상무가 강연했다.", [("이수민", "한빛전자", "상무")]),
    ("이어 마이클 로건(Michael Logan) 한빛전자 상무가 강연했다.", [("마이클 로건", "한빛전자", "상무")]),
])
def test_a_romanized_name_in_parentheses_before_the_body(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known given name after a title, then a surname of one syllable with its particle
    ("이날 다온랩 연구원 제임스 리는 화상으로 강연했다.", [("제임스 리", "다온랩", "연구원")]),
    ("이날 다온랩 연구원 제임스 리가 화상으로 강연했다.", [("제임스 리", "다온랩", "연구원")]),
    ("이날 다온랩 부사장 마이클 첸은 말했다.", [("마이클 첸", "다온랩", "부사장")]),
    # (a guard, so before: a surname of two syllables)
    ("이날 다온랩 부사장 마이클 로건은 말했다.", [("마이클 로건", "다온랩", "부사장")]),
])
def test_a_one_syllable_surname_after_a_known_given_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the endings of government agencies' names (표준원, 시험원, 품질원, 심판원 …) make a body, fused with its 원장 too
    ("이날 변정민 국가기술표준원장이 인사말을 했다.", [("변정민", "국가기술표준원", "원장")]),
    ("이날 변정민 국방기술품질원장이 축사를 했다.", [("변정민", "국방기술품질원", "원장")]),
    # and the other public institutes' endings (혁신원, 문화원, 분석원, 보호원 …)
    ("이날 변정민 충북과학기술혁신원장이 축사를 했다.", [("변정민", "충북과학기술혁신원", "원장")]),
    ("이날 변정민 뉴욕한국문화원장이 인사말을 했다.", [("변정민", "뉴욕한국문화원", "원장")]),
    # (guards: passed before) one written apart from its head; a 연구원 fused with its head; a 진흥원
    ("이날 변정민 한국산업기술시험원 본부장이 발표했다.", [("변정민", "한국산업기술시험원", "본부장")]),
    ("이날 변정민 국립전파연구원장이 축사를 했다.", [("변정민", "국립전파연구원", "원장")]),
    ("이날 변정민 정보통신산업진흥원장이 축사를 했다.", [("변정민", "정보통신산업진흥원", "원장")]),
])
def test_the_endings_of_agencies_names(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two posts joined by 겸 in the clause that 인 joins to the name: the first, with its organization
    ("한빛협회 회장 겸 다온로보틱스 대표인 박정호 회장은 28일 개회사를 했다.", [("박정호", "한빛협회", "회장")]),
    ("다온로보틱스 회장 겸 대표인 박정호 회장은 28일 개회사를 했다.", [("박정호", "다온로보틱스", "회장")]),
    # (guard: passed before) one post
    ("한빛협회 회장인 박정호 회장은 28일 개회사를 했다.", [("박정호", "한빛협회", "회장")]),
])
def test_two_posts_joined_by_gyeom_before_the_copulas_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a post held in another's stead, written apart after the title, is part of the title
    ("이날 정재근 한국기계연구원 부원장 직무대행이 참석했다.", [("정재근", "한국기계연구원", "부원장 직무대행")]),
    ("이날 정재근 한국기계연구원장 직무대행이 참석했다.", [("정재근", "한국기계연구원", "원장 직무대행")]),
    ("이날 이철민 화성시장 권한대행이 참석했다.", [("이철민", "화성시", "시장 권한대행")]),
    # (guard: passed before) the title alone
    ("이날 정재근 한국기계연구원 부원장이 참석했다.", [("정재근", "한국기계연구원", "부원장")]),
])
def test_a_post_held_in_anothers_stead_written_apart(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign name right after a particle standing alone after a quote ("'AI 포럼'에서 롤란트 부슈 …")
    ("'AI 포럼'에서 롤란트 부슈 지멘스 회장이 기조연설을 했다.", [("롤란트 부슈", "지멘스", "회장")]),
    ("'AI 포럼'에 마이클 첸 다온랩 대표가 참석했다.", [("마이클 첸", "다온랩", "대표")]),
    # a foreign name with the country whose post it is right before the title
    ("개막식에는 올라프 숄츠 독일 총리가 참석했다.", [("올라프 숄츠", "독일", "총리")]),
    # (guards: passed before) no particle before the name; the country of the organization between
    ("포럼에서 롤란트 부슈 지멘스 회장이 기조연설을 했다.", [("롤란트 부슈", "지멘스", "회장")]),
    ("토머스 데이븐포트 미국 뱁슨칼리지 교수가 기조강연을 했다.", [("토머스 데이븐포트", "미국 뱁슨칼리지", "교수")]),
])
def test_a_foreign_name_after_a_standalone_particle_or_before_a_countrys_post(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a city's vice mayor named by a long field of his charge: the whole title, no ministry (…부) with a mayor
    ("이날 행사에는 김윤일 한빛시 미래혁신부시장이 참석했다.", [("김윤일", "한빛시", "미래혁신부시장")]),
    ("이날 행사에는 김윤일 한빛시 균형발전부시장이 참석했다.", [("김윤일", "한빛시", "균형발전부시장")]),
    # (guards: passed before) a vice governor; a short field; a ministry fused with its minister
    ("이날 행사에는 김윤일 한빛도 균형발전부지사가 참석했다.", [("김윤일", "한빛도", "균형발전부지사")]),
    ("이날 행사에는 김윤일 한빛시 경제부시장이 참석했다.", [("김윤일", "한빛시", "경제부시장")]),
    ("이날 행사에는 김윤일 과학기술정보통신부장관이 참석했다.", [("김윤일", "과학기술정보통신부", "장관")]),
])
def test_a_vice_mayor_by_a_long_field_of_charge(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign name's original in parentheses, with letters beyond English's (ü, é, Ł), and in Latin letters itself
    ("워크숍에는 울리히 뤼디거(Ulrich Rüdiger) 아헨공대 총장이 참석했다.", [("울리히 뤼디거", "아헨공대", "총장")]),
    ("워크숍에는 조제 페레이라(José Pereira) 리스본대 교수가 참석했다.", [("조제 페레이라", "리스본대", "교수")]),
    ("발표는 Jürgen Weiß 지멘스 부사장이 맡았다.", [("Jürgen Weiß", "지멘스", "부사장")]),
    # (guard: passed before) English letters only
    ("워크숍에는 토마스 베르크스(Thomas Bergs) 아헨공대 교수가 참석했다.", [("토마스 베르크스", "아헨공대", "교수")]),
])
def test_foreign_originals_with_letters_beyond_english(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ministry's division named by its work, between the ministry and a Korean name, is no part of a foreign name
    ("1부에서는 산업통상자원부 조선해양플랜트과 박준영 사무관이 지원 사업을 설명했다.", [("박준영", "산업통상자원부", "사무관")]),
    ("이어 국토교통부 스마트시티정책과 한소율 사무관이 발표했다.", [("한소율", "국토교통부", "사무관")]),
    ("이어 산업통상자원부 바이오헬스케어과 오지훈 서기관이 발표했다.", [("오지훈", "산업통상자원부", "서기관")]),
    # (guards: passed before) a division with no loanword; a foreign name before a company
    ("이어 과학기술정보통신부 디지털플랫폼과 오지훈 사무관이 발표했다.", [("오지훈", "과학기술정보통신부", "사무관")]),
    ("발표는 데이비드 엘리슨 오라클 부사장이 맡았다.", [("데이비드 엘리슨", "오라클", "부사장")]),
])
def test_a_ministrys_division_before_a_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a post with the adnominal copula (인) describes the one named right after it: no name before it
    ("간담회는 정책위 수석부의장인 김영배 의원의 사회로 진행된다.", [("김영배", "정책위", "의원")]),
    ("이날 행사에는 조직위 공동위원장인 박서연 교수가 참석했다.", [("박서연", None, "교수")]),
    # (guard: passed before) a name, then the post
    ("간담회는 김영배 정책위 수석부의장의 사회로 진행된다.", [("김영배", "정책위", "수석부의장")]),
])
def test_a_post_with_the_adnominal_copula_before_a_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 주 and a country the lists know, before an envoy's post, is where the post is held: no organization
    ("개관식에는 임상범 주독일 대사가 참석했다.", [("임상범", None, "대사")]),
    ("축사는 응우옌 반 안 주베트남 대사가 했다.", [("응우옌 반 안", None, "대사")]),
    # (guards: passed before) the short form; a company's legal form that opens with 주
    ("축사는 임상범 주독 대사가 했다.", [("임상범", None, "대사")]),
    ("발표는 김주원 주식회사 대표가 했다.", [("김주원", "주식회사", "대표")]),
])
def test_where_an_envoys_post_is_held(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country by the short form news writes (사우디) before a body: the body's, not the name's
    ("토론에는 아흐메드 알리 사우디 투자부 차관이 참여했다.", [("아흐메드 알리", "사우디 투자부", "차관")]),
    ("발표는 김민수 사우디 아람코 부사장이 맡았다.", [("김민수", "사우디 아람코", "부사장")]),
    # (guards: passed before) the country's full name; another country
    ("토론에는 아흐메드 알리 사우디아라비아 투자부 차관이 참여했다.", [("아흐메드 알리", "사우디아라비아 투자부", "차관")]),
    ("토론에는 응우옌 반 안 베트남 과학기술부 국장이 참여했다.", [("응우옌 반 안", "베트남 과학기술부", "국장")]),
])
def test_a_countrys_short_form_before_a_body(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's word that ends in 서비스 or 로지스 between the organization and a Korean name is no foreign given name
    ("패널토론에는 쿠팡 풀필먼트서비스 이세영 디렉터가 참여했다.", [("이세영", "쿠팡", "디렉터")]),
    ("발표는 롯데 글로벌로지스 정다은 팀장이 맡았다.", [("정다은", "롯데", "팀장")]),
    # (guards: passed before) the longer ending; a company in 서비스 after the name or after a foreign name
    ("토론에는 한진 글로벌로지스틱스 박하늘 상무가 참여했다.", [("박하늘", "한진", "상무")]),
    ("발표는 김민수 한빛정보서비스 대표가 맡았다.", [("김민수", "한빛정보서비스", "대표")]),
    ("발표는 마크 리 아마존웹서비스 부사장이 맡았다.", [("마크 리", "아마존웹서비스", "부사장")]),
])
def test_a_companys_word_in_service_or_logistics_before_a_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bureau or an office named by its work (a common noun and 국, 실, 과 or 팀) after a body is the body's unit,
    # not a name shaped like one: the name before the body is the person's
    ("이어 한정민 한국은행 조사국 차장이 발표했다.", [("한정민", "한국은행", "차장")]),
    ("이어 박지훈 현대자동차 전략실 상무가 발표했다.", [("박지훈", "현대자동차", "상무")]),
    # (guards: passed before) a longer unit; the name after the unit; names that end like a unit after a body (one the
    # analyser reads as a common noun and 실: 안현실)
    ("이어 UNIST 안현실 연구부총장이 발표했다.", [("안현실", "UNIST", "연구부총장")]),
    ("이어 한정민 한국은행 조사총괄팀 차장이 발표했다.", [("한정민", "한국은행", "차장")]),
    ("이어 한국은행 조사국 한정민 차장이 발표했다.", [("한정민", "한국은행", "차장")]),
    ("이어 한국은행 이정실 차장이 발표했다.", [("이정실", "한국은행", "차장")]),
    ("이어 삼성전자 정민국 상무가 발표했다.", [("정민국", "삼성전자", "상무")]),
    ("이어 김상국 한국은행 차장이 발표했다.", [("김상국", "한국은행", "차장")]),
])
def test_a_unit_named_by_its_work_after_a_body(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an organization and its unit before a foreign name, the unit named by what it makes or works on
    ("이어 한빛전자 옴니버스 부문 레브 레바레디언(Rev Lebaredian) 부사장이 발표했다.",
     [("레브 레바레디언", "한빛전자", "부사장")]),
    ("이어 다온전자 로봇 사업부 레브 레바레디언 부사장이 발표했다.", [("레브 레바레디언", "다온전자", "부사장")]),
    # a unit's word alone is no part of the foreign name after it
    ("이어 한빛전자 연구소 마르코 후버 소장이 발표했다.", [("마르코 후버", "한빛전자", "소장")]),
    ("이어 한빛전자 본부 마르코 후버 본부장이 발표했다.", [("마르코 후버", "한빛전자", "본부장")]),
    # (guards: so before) a common noun and a unit with no organization; a company's national branch
    ("이어 행사 부문 레브 레바레디언(Rev Lebaredian) 부사장이 발표했다.", [("레브 레바레디언", None, "부사장")]),
    ("이날 다온랩 차이나 피터 아벨 대표가 발표했다.", [("피터 아벨", "다온랩 차이나", "대표")]),
])
def test_an_organization_and_its_unit_before_a_foreign_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign name with its original, then a particle that joins it to the next person: no organization of its
    # own after the parenthesis (the next person's words are theirs)
    ("이어 다온전자 부사장인 케빈 장(Kevin Zhang)과 한빛전자 송재혁 사장이 발표한다.",
     [("케빈 장", "다온전자", "부사장"), ("송재혁", "한빛전자", "사장")]),
    ("이어 대만 누리칩의 연구개발 부문 부사장인 케빈 장(Kevin Zhang)과 한빛전자 메모리사업부 송재혁 사장이 발표한다.",
     [("케빈 장", "누리칩", "부사장"), ("송재혁", "한빛전자", "사장")]),
    # (guards: so before) a surname of one syllable that a title ends in too, spelled by its original; the organization and title after the parenthesis; a Korean name after 인
    ("이어 케빈 장(Kevin Zhang) 다온전자 부사장과 한빛전자 송재혁 사장이 발표한다.",
     [("케빈 장", "다온전자", "부사장"), ("송재혁", "한빛전자", "사장")]),
    ("이어 다온전자 대표인 김민수 씨가 발표한다.", [("김민수", "다온전자", "대표")]),
    ("이어 다온전자 부사장 케빈 장(Kevin Zhang)이 발표한다.", [("케빈 장", "다온전자", "부사장")]),
])
def test_a_foreign_name_with_its_original_then_a_particle(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("ending", "tags", "expected"), [
    # an unknown company's name the analyser read as a proper noun and a verb's ending (프라이 + 머): no verb's
    # ending follows a noun with no verb between, so the word is one proper noun in the organization slot
    ("머", ("EC",), [("김하준", "프라이머", "대표")]),
    ("고", ("EC",), [("김하준", "프라이고", "대표")]),
])
def test_a_proper_noun_read_with_a_verbs_ending(ending: str, tags: tuple[str, ...], expected: list) -> None:
    import dataclasses

    from kg.extract.doc import Word

    text = f"멘토로 참여한 김하준 프라이{ending} 대표는 말했다."
    doc = build_doc(ko_article(text))
    [sent] = doc.sentences
    start = text.index("프라이")
    misread = Word(f"프라이{ending}", start, start + 4, "프라이", ending, tags, False, ("NNP",))
    words = tuple(misread if w.start == start else w for w in sent.words)
    doc = dataclasses.replace(doc, sentences=(dataclasses.replace(sent, words=words),))
    assert [(m.name, m.org.text if m.org else None, m.title) for m in find_people(doc, load_gazetteer())] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clause's post with its body joined to the name by 인, the name's own post with a body in parentheses after
    # it: two posts (not the society's professor)
    ("좌장은 한빛학회 회장인 이수원 교수(한빛대)가 맡았다.", [("이수원", "한빛학회", "회장"), ("이수원", "한빛대", "교수")]),
    ("발표는 다온협회 부회장인 김도윤 박사(누리연구원)가 맡았다.", [("김도윤", "다온협회", "부회장")]),  # (a guard: a degree)
    ("좌장은 다온포럼 의장인 김도윤 소장(누리연구원)이 맡았다.", [("김도윤", "다온포럼", "의장"), ("김도윤", "누리연구원", "소장")]),
    # (guards: so before) the name's own body written before its post; none at all
    ("좌장은 한빛협회 회장인 이수원 한빛대 교수가 맡았다.", [("이수원", "한빛대", "교수")]),
    ("좌장은 한빛협회 회장인 이수원 교수가 맡았다.", [("이수원", "한빛협회", "교수")]),
])
def test_a_clause_post_and_the_names_own_post_in_parentheses(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name after its organization and title that the analyser reads as one proper noun, though its last
    # syllable ends fields of study (학): the name, with the organization and the title before it
    ("한빛협회 상근부회장 이상학 씨가 개회사를 했다.", [("이상학", "한빛협회", "상근부회장")]),
    ("한빛협회 상근부회장 이상학은 개회사를 했다.", [("이상학", "한빛협회", "상근부회장")]),
    # (a guard: a field of study before a title stays no one)
    ("한빛대 경영학 교수가 개회사를 했다.", []),
])
def test_a_name_after_its_post_that_ends_like_a_field(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "org"), [
    # a known company, then common nouns of its division, in the genitive before the name
    ("기조연설은 구글 클라우드 플랫폼의 토머스 쿠리안(Thomas Kurian) 사장이 맡았다.", "구글"),
    ("기조연설은 지멘스 디지털 인더스트리 소프트웨어의 토니 헤멜건(Tony Hemmelgarn) 회장이 맡았다.", "지멘스"),
    ("기조연설은 LG전자 디지털 트윈 사업의 김민수 상무가 맡았다.", "LG전자"),
    ("기조연설은 지멘스 디지털 인더스트리의 라민 하산(Ramin Hassan) 사장이 맡았다.", "지멘스"),
])
def test_a_known_company_opens_its_divisions_words(text: str, org: str) -> None:
    [m] = find_people(build_doc(ko_article(text)), load_gazetteer())
    assert m.org is not None and m.org.text.startswith(org)


def test_the_event_in_the_genitive_is_no_organization() -> None:
    # (a guard, so before: the event's word in the genitive before a name and a post)
    [m] = find_people(build_doc(ko_article("이번 행사의 김민수 사무국장이 개회를 선언했다.")), load_gazetteer())
    assert (m.name, m.org, m.title) == ("김민수", None, "사무국장")


@pytest.mark.parametrize(("text", "expected"), [
    # a unit's word written with what it covers before it (스마트팩토리 추진실), after the organization and its site:
    # the organization's (the units apart)
    ("이날 현대자동차 울산공장 스마트팩토리 추진실 김민석 실장이 발표했다.", [("김민석", "현대자동차", "실장")]),
    ("이날 한빛전자 스마트팩토리 추진실 김민석 실장이 발표했다.", [("김민석", "한빛전자", "실장")]),
    ("이날 다온에너지 울산CLX 디지털혁신팀 이혜원 팀장이 발표했다.", [("이혜원", "다온에너지", "팀장")]),
    # a unit's word of a common noun and 실 is no name (추진실 had been a person, 추 + 진실)
    ("이날 한빛전자 추진실 김민석 실장이 발표했다.", [("김민석", "한빛전자", "실장")]),
    # (a guard, so before: a name ending in 실 whose given name is no common noun)
    ("이날 박진실 한빛대 교수가 발표했다.", [("박진실", "한빛대", "교수")]),
])
def test_units_with_what_they_cover(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted organization's name right before the name and the title
    ("이날 스타트업 '딥러닝랩' 박민재 대표가 발표했다.", [("박민재", "딥러닝랩", "대표")]),
    ("이날 '로보노바' 이수진 CTO와 '한빛로보틱스' 최하늘 이사가 발표했다.",
     [("이수진", "로보노바", "CTO"), ("최하늘", "한빛로보틱스", "이사")]),
    # (guards: a talk's title in quotes before the name is no organization)
    ("이날 'AI 제조 혁신' 이수진 CTO가 발표했다.", [("이수진", None, "CTO")]),
])
def test_a_quoted_organization_before_the_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the current post marked in Hanja (現), as the former one (前)
    ("박민재 現 다온전자 대표가 발표했다.", [("박민재", "다온전자", "대표")]),
    ("박민재 前 다온전자 대표와 이수진 現 한빛대 교수가 발표했다.", [("박민재", "다온전자", "대표"), ("이수진", "한빛대", "교수")]),
])
def test_the_current_post_in_hanja(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Japanese surname the analyser could read as a Korean name (사 + 토), then the given name, then the title
    ("이날 일본 도쿄대의 사토 히로시 교수가 참여했다.", [("사토 히로시", "도쿄대", "교수")]),
    ("이날 도쿄대 사토 히로시 교수가 참여했다.", [("사토 히로시", "도쿄대", "교수")]),
    # (guards: the name before its organization, and a body written between by its form)
    ("이날 사토 히로시 도쿄대 교수가 참여했다.", [("사토 히로시", "도쿄대", "교수")]),
    ("이날 이토 한빛전자 부사장이 발표했다.", [("이토", "한빛전자", "부사장")]),
])
def test_a_japanese_surname_then_the_given_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word opening with a surname of common words' syllables (리, 레이) and a syllable of the ㅡ vowel alone is no
    # Chinese name (no Pinyin reading ends so): a foreign name of two words before the title
    ("엔비디아에서는 리샤브 바르마 부사장이 참석했다.", [("리샤브 바르마", "엔비디아", "부사장")]),
    ("이날 리샤브 바르마 부사장이 기조연설을 했다.", [("리샤브 바르마", None, "부사장")]),
    # the organization a foreign name speaks for, named with 에서는 before it
    ("마이크로소프트에서는 케빈 스콧 최고기술책임자가 기조연설을 했다.", [("케빈 스콧", "마이크로소프트", "최고기술책임자")]),
    # (guards: a two-syllable such surname, a Chinese name of such a surname, a Korean name after 에서는, and a
    # place with 에서는)
    ("토론에는 레이스트 반덴 한빛연구소 박사가 참여했다.", [("레이스트 반덴", "한빛연구소", "박사")]),
    ("바이두에서는 리옌훙 회장이 참석했다.", [("리옌훙", "바이두", "회장")]),
    ("삼성전자에서는 박민재 부사장이 발표했다.", [("박민재", "삼성전자", "부사장")]),
    ("코엑스에서는 케빈 스콧 최고기술책임자가 기조연설을 했다.", [("케빈 스콧", None, "최고기술책임자")]),
])
def test_foreign_names_with_a_syllable_no_chinese_reading_has(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the article's short form of a body before its unit, then the name: the body, by its short form
    ("경기도경제과학진흥원(경과원)이 행사를 열었다. 경과원 유망기업본부 김진우 본부장이 발표했다.",
     [("김진우", "경과원", "본부장")]),
    ("한빛산업진흥원(한진원)이 행사를 열었다. 이어 한진원 AI혁신센터 이수진 센터장이 발표했다.",
     [("이수진", "한진원", "센터장")]),
    # (guard: so before) the short form right before the name
    ("경기도경제과학진흥원(경과원)이 행사를 열었다. 경과원 김진우 본부장이 발표했다.", [("김진우", "경과원", "본부장")]),
])
def test_a_defined_short_form_before_its_unit(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's division fused with its head's title, no body named: the title whole, no organization
    ("이날 송창현 AVP본부장이 발표했다.", [("송창현", None, "AVP본부장")]),
    ("이날 박정호 제조AI사업부장이 발표했다.", [("박정호", None, "제조AI사업부장")]),
    # (guards: so before, a division, a body fused with its head's title, and a body that ends in 본부)
    ("이날 이영희 DX부문장이 발표했다.", [("이영희", None, "DX부문장")]),
    ("이날 김민수 한국생산기술연구원장이 발표했다.", [("김민수", "한국생산기술연구원", "원장")]),
    ("이날 우종수 국가수사본부장이 발표했다.", [("우종수", "국가수사본부", "본부장")]),
])
def test_a_companys_division_fused_with_the_title(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the longest run of first words the lists know as one body, then its unit
    ("이날 LG AI연구원 엑사원랩 이서연 랩장이 발표했다.", [("이서연", "LG AI연구원", "랩장")]),
    ("이날 SK하이닉스 HBM개발팀 이서연 팀장이 발표했다.", [("이서연", "SK하이닉스", "팀장")]),
    # known bodies written together with a middle dot
    ("이날 현대차·기아 최영석 상무가 발표했다.", [("최영석", "현대차·기아", "상무")]),
    # (guards: so before, the name first, capitals after a known name, and a body with its units)
    ("이날 최영석 현대차·기아 상무가 발표했다.", [("최영석", "현대차·기아", "상무")]),
    ("이날 KT DS 전략팀 이서연 팀장이 발표했다.", [("이서연", "KT DS", "팀장")]),
    ("이날 삼성전자 DS부문 메모리사업부 박준호 부사장이 발표했다.", [("박준호", "삼성전자", "부사장")]),
])
def test_a_known_body_then_its_unit_and_bodies_joined_by_a_dot(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's name in foreign syllables, read by the analyser as a common noun, before a name and a title
    ("행사에는 에이아이네이션 김지현 대표가 참석했다.", [("김지현", "에이아이네이션", "대표")]),
    # a legal form written apart, then the organization's one word, however the analyser reads it
    ("이날 주식회사 다온 김지현 대표가 발표했다.", [("김지현", "주식회사 다온", "대표")]),
    ("이날 재단법인 다온 박정우 이사장이 축사를 했다.", [("박정우", "재단법인 다온", "이사장")]),
    # (guards: so before, such a name read as a proper noun, a legal form before a name-shaped word, a common noun,
    # and a foreign name)
    ("이날 데이터메이커스 박서준 이사가 발표했다.", [("박서준", "데이터메이커스", "이사")]),
    ("이날 사단법인 한빛 박정우 이사장이 축사를 했다.", [("박정우", "사단법인 한빛", "이사장")]),
    ("이날 네트워크 김지현 대표가 발표했다.", [("김지현", None, "대표")]),
    ("이날 안나 로쇼 다온랩 대표가 발표했다.", [("안나 로쇼", "다온랩", "대표")]),
])
def test_company_names_the_analyser_misreads(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the organization and the post before a name with its form of address (씨), the name cut by the analyser
    ("이날 한빛대 교수 김경훈 씨가 발표했다.", [("김경훈", "한빛대", "교수")]),
    ("이날 카카오 AI 안전 리더 김경훈 씨가 발표했다.", [("김경훈", "카카오", "리더")]),
    # an occupation before a full name after an opener
    ("이날 방송인 김경훈 씨가 사회를 봤다.", [("김경훈", None, "방송인")]),
    # (guards: so before, a name the analyser reads whole, and an occupation after a clause)
    ("이날 한빛대 교수 이서연 씨가 발표했다.", [("이서연", "한빛대", "교수")]),
    ("사회를 맡은 방송인 박슬기 씨가 개막을 알렸다.", [("박슬기", None, "방송인")]),
])
def test_a_post_before_a_name_with_its_form_of_address(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name the analyser cut (김경 + 훈) listed before another that shares its title
    ("행사에는 김경훈, 박남훈 교수가 참석했다.", [("김경훈", None, "교수"), ("박남훈", None, "교수")]),
    ("행사에는 한빛대 김경훈, 박남훈 교수가 참석했다.", [("김경훈", "한빛대", "교수"), ("박남훈", "한빛대", "교수")]),
    # ... or after a part's label, its title after it
    ("좌장 김경훈 교수의 진행으로 토론이 이어졌다.", [("김경훈", None, "교수")]),
    # (guards: so before, names read whole, and a common noun before the comma)
    ("행사에는 이서연, 박남훈 교수가 참석했다.", [("이서연", None, "교수"), ("박남훈", None, "교수")]),
    ("기조연설은 AI 기본 이론, 박남훈 교수가 맡았다.", [("박남훈", None, "교수")]),
])
def test_a_cut_name_listed_before_another(text: str, expected: list) -> None:
    assert sorted(people(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a title right before a count of people names those counted, not the word before it
    ("오후에는 현업 개발자 30여명이 기술 세션을 진행했다.", []),
    ("오후에는 현업 개발자 30여 명이 기술 세션을 진행했다.", []),
    # (guards: so before, a count in words, a person named before others counted, and a person alone)
    ("행사에는 청년 창업가 수십 명이 참석했다.", []),
    ("행사에는 김민수 교수 등 30여명이 참석했다.", [("김민수", None, "교수")]),
    ("행사에는 김민수 교수와 학생 30여명이 참석했다.", [("김민수", None, "교수")]),
    ("오후에는 현민수 개발자가 기술 세션을 진행했다.", [("현민수", None, "개발자")]),
])
def test_a_title_before_a_count_of_people(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name's Latin original with an apostrophe inside a word
    ("기조연설은 마이크 오코너(Mike O'Connor) 다온전자 부사장이 맡았다.", [("마이크 오코너", "다온전자", "부사장")]),
    ("기조연설은 코넌 오브라이언(Conan O’Brien) 한빛대 교수가 맡았다.", [("코넌 오브라이언", "한빛대", "교수")]),
    # a known company of two words, then its national branch, before or after the name
    ("지기성 구글 클라우드 코리아 사장은 밝혔다.", [("지기성", "구글 클라우드 코리아", "사장")]),
    ("구글 클라우드 코리아 지기성 사장은 밝혔다.", [("지기성", "구글 클라우드 코리아", "사장")]),
    # (guards: so before, a Latin original of one word each, and a company of one word with its branch)
    ("기조연설은 마이크 오코너(Mike Oconnor) 다온전자 부사장이 맡았다.", [("마이크 오코너", "다온전자", "부사장")]),
    ("지기성 마이크로소프트 코리아 사장은 밝혔다.", [("지기성", "마이크로소프트 코리아", "사장")]),
])
def test_an_apostrophe_in_the_original_and_a_two_word_company_branch(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the city of a foreign body between a foreign name and the body stays with the body
    ("피에르 뒤랑 파리 소르본대 교수가 연사로 나선다.", [("피에르 뒤랑", "파리 소르본대", "교수")]),
    ("안나 로쇼 런던 임페리얼칼리지 교수가 발표했다.", [("안나 로쇼", "런던 임페리얼칼리지", "교수")]),
    ("유발 하라리 예루살렘 히브리대 교수가 연사로 나선다.", [("유발 하라리", "예루살렘 히브리대", "교수")]),
    # (guards: so before, a Korean name before the city, a foreign name before the country, and a country then
    # a city)
    ("토머스 베버 미국 보스턴 다온랩 대표가 발표했다.", [("토머스 베버", "미국 보스턴 다온랩", "대표")]),
    ("김민수 런던 임페리얼칼리지 교수가 발표했다.", [("김민수", "런던 임페리얼칼리지", "교수")]),
    ("안나 로쇼 영국 임페리얼칼리지 교수가 발표했다.", [("안나 로쇼", "영국 임페리얼칼리지", "교수")]),
])
def test_a_city_between_a_foreign_name_and_its_body(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the body one founded, named in the adnominal clause right before the name, quoted or not
    ("이날 특강 연사로는 '다온에이아이'를 창업한 류하준 대표가 나섰다.", [("류하준", "다온에이아이", "대표")]),
    ("다온에이아이를 창업한 류하준 대표가 발표했다.", [("류하준", "다온에이아이", "대표")]),
    ("한빛랩을 설립한 김도윤 대표가 발표했다.", [("김도윤", "한빛랩", "대표")]),
    # (guards: so before) not a kind of body nor a common noun
    ("2019년 회사를 창업한 류하준 대표가 발표했다.", [("류하준", None, "대표")]),
    ("사회적기업을 설립한 김도윤 대표가 발표했다.", [("김도윤", None, "대표")]),
    # the body of a post one holds now, named in the clause before the name
    ("한빛전자 AI센터장을 맡고 있는 황보민 부사장은 발표했다.", [("황보민", "한빛전자", "부사장")]),
    ("다온랩 연구소장을 맡고 있는 김도윤 박사가 발표했다.", [("김도윤", "다온랩", "박사")]),
])
def test_the_body_founded_or_whose_post_one_holds(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a common noun for a kind of body is no name, whatever its first syllable (대: a rare surname too)
    ("국내 한 대기업 AI 연구소장은 이렇게 말했다.", []),
    ("한 대기업 연구소장은 이렇게 말했다.", []),
    ("모회사 대표는 이렇게 말했다.", []),
    # (guards: so before) a kind of body before a person, and a name of a surname and two syllables
    ("한 중소기업 대표는 이렇게 말했다.", []),
    ("대기업 출신 김도윤 다온랩 대표는 이렇게 말했다.", [("김도윤", "다온랩", "대표")]),
])
def test_a_kind_of_body_is_no_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known company of two words, then a unit in Latin letters, between a foreign name and the title
    ("마이클 로건 구글 클라우드 AI 부사장이 발표했다.", [("마이클 로건", "구글", "부사장")]),
    ("레이첼 김 구글 클라우드 AI 스페셜리스트가 발표했다.", [("레이첼 김", "구글", "스페셜리스트")]),
    # (guards: so before) the company alone, and a company by its form with a region's unit
    ("마이클 로건 구글 클라우드 부사장이 발표했다.", [("마이클 로건", "구글 클라우드", "부사장")]),
    ("존 스미스 한빛테크 아시아태평양 부사장이 발표했다.", [("존 스미스", "한빛테크", "부사장")]),
])
def test_a_foreign_name_before_a_company_and_a_latin_unit(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an organization in the genitive before a foreign name: the genitive read into one proper noun by the analyser
    # ends the name (no foreign name's word ends in 의), and a known company's genitive keeps a name whose last word
    # looks like a Korean one (부시) whole
    ("콩스베르그의 안데르스 하우겐 부사장이 기조연사로 나선다.", [("안데르스 하우겐", "콩스베르그", "부사장")]),
    ("노르웨이 콩스베르그의 안데르스 하우겐(Anders Haugen) 부사장이 발표했다.", [("안데르스 하우겐", "콩스베르그", "부사장")]),
    ("독일 지멘스의 롤란트 부시 CEO가 기조연사로 나선다.", [("롤란트 부시", "지멘스", "CEO")]),
    ("다온로보틱스의 롤란트 부시 CEO가 발표했다.", [("롤란트 부시", "다온로보틱스", "CEO")]),
    # (guards: so before) a foreign name with no such ending, and a Korean name after the genitive
    ("지멘스의 안나 슈미트 CEO가 기조연사로 나선다.", [("안나 슈미트", "지멘스", "CEO")]),
    ("다온로보틱스의 김하늘 CEO가 발표했다.", [("김하늘", "다온로보틱스", "CEO")]),
])
def test_a_foreign_name_after_an_organization_in_the_genitive(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word of when before a foreign name opens its phrase (the name is no longer read as the end of a longer noun)
    ("한빛협회는 15일 조 브렌트 삼성전자 DX부문장이 기조연설자로 나선다고 밝혔다.", [("조 브렌트", "삼성전자", "DX부문장")]),
    ("지난 3일 로랑 마티외 다온전자 부사장이 발표했다.", [("로랑 마티외", "다온전자", "부사장")]),
    # (guards: so before) 이날, no such word, and a Korean name after the day
    ("한빛협회는 이날 로랑 마티외 다온전자 부사장이 발표했다고 밝혔다.", [("로랑 마티외", "다온전자", "부사장")]),
    ("한빛협회는 조 브렌트 삼성전자 DX부문장이 기조연설자로 나선다고 밝혔다.", [("조 브렌트", "삼성전자", "DX부문장")]),
    ("한빛협회는 15일 김하늘 다온전자 대표가 발표했다고 밝혔다.", [("김하늘", "다온전자", "대표")]),
])
def test_a_foreign_name_after_a_word_of_when(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word describing a kind of person before a noun for people is no name, whatever its first syllable
    ("행사에는 예비 창업자 등 150여명이 참석했다.", []),
    ("세션에는 원로 교수와 신진 연구자들이 함께했다.", []),
    ("예비 창업자 김하늘 씨가 발표했다.", [("김하늘", None, None)]),
    # (guard: so before) a name after such words and the copula
    ("신진 연구자인 김하늘 박사가 발표했다.", [("김하늘", None, "박사")]),
])
def test_a_word_for_a_kind_of_person_is_no_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the scope a unit covers (글로벌, 해외 …) after a known name in capitals is the unit's, not the company's name
    ("정석근 SKT 글로벌 AI테크사업부장이 발표했다.", [("정석근", "SKT", "사업부장")]),
    ("김하늘 KT 해외 사업본부장이 발표했다.", [("김하늘", "KT", "본부장")]),
    # (guards: so before) a company's own name after a group's letters, and a known name in Hangul
    ("김하늘 KT 클라우드 사업본부장이 발표했다.", [("김하늘", "KT 클라우드", "본부장")]),
    ("정석근 SK텔레콤 글로벌 AI테크사업부장이 발표했다.", [("정석근", "SK텔레콤", "사업부장")]),
])
def test_the_scope_of_a_unit_after_a_known_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun for an eminent person before a name is no part of it, Korean or foreign, bare or with the copula
    ("세미나에는 세계적 석학 요슈아 벤지오 몬트리올대 교수가 참여한다.", [("요슈아 벤지오", "몬트리올대", "교수")]),
    ("세미나에는 석학인 요슈아 벤지오 몬트리올대 교수가 참여한다.", [("요슈아 벤지오", "몬트리올대", "교수")]),
    # (guards: so before) a Korean name after such a noun, and one whose first syllable is no surname
    ("세미나에는 로봇 명장 김하늘 다온전자 상무가 참여한다.", [("김하늘", "다온전자", "상무")]),
    ("세미나에는 딥러닝 대가인 얀 르쿤 뉴욕대 교수가 참여한다.", [("얀 르쿤", "뉴욕대", "교수")]),
])
def test_a_noun_for_an_eminent_person_is_no_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company, the name, then the country or region of the branch the post heads: the company's post
    ("행사에는 마이크로소프트 조원우 한국 대표가 참석했다.", [("조원우", "마이크로소프트", "대표")]),
    ("행사에는 다온테크 김하늘 아시아태평양 총괄이 참석했다.", [("김하늘", "다온테크", "총괄")]),
    ("행사에는 마이크로소프트 조원우 한국법인 대표, 누리랩 김하늘 대표가 참석했다.",
     [("조원우", "마이크로소프트", "대표"), ("김하늘", "누리랩", "대표")]),
    # (guard: so before) the name first, then the company and the country
    ("행사에는 조원우 마이크로소프트 한국 대표가 참석했다.", [("조원우", "마이크로소프트", "대표")]),
])
def test_a_branch_between_the_name_and_its_post(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's site named for its city and letters, between the company and the name, is the company's unit
    ("이어 SK이노베이션 울산CLX 최영민 부사장이 발표했다.", [("최영민", "SK이노베이션", "부사장")]),
    ("다온에너지 여수CLX 최영민 부사장, 한빛중공업 디지털혁신부문 강동현 상무가 발표했다.",
     [("최영민", "다온에너지", "부사장"), ("강동현", "한빛중공업", "상무")]),
    # (guards: so before) a site's unit word, and letters after a university
    ("다온화학 여수공장 최영민 공장장이 발표했다.", [("최영민", "다온화학", "공장장")]),
    ("한빛대 ICT 최영민 교수가 발표했다.", [("최영민", "한빛대 ICT", "교수")]),
])
def test_a_site_named_for_its_city_and_letters(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun for a body's people with the particle 과 is no unit of the organization before it
    ("행사에는 고객사인 한빛생명 임원진과 AWS코리아 함기호 대표 등 500여명이 참석했다.", [("함기호", "AWS코리아", "대표")]),
    ("행사에는 한빛생명 임원진과 다온랩 함기호 대표가 참석했다.", [("함기호", "다온랩", "대표")]),
    # (guards: so before) a division's 과 read as the particle, and another noun for people
    ("경기도 경제실 산업정책과 윤정호 과장이 참석했다.", [("윤정호", "경기도", "과장")]),
    ("행사에는 다온랩 경영진과 한빛대 김하늘 교수가 참석했다.", [("김하늘", "한빛대", "교수")]),
])
def test_a_noun_for_a_bodys_people_is_no_unit(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company, the country or region of its branch, then the post joined to the name by 인: the company's
    ("지멘스 디지털인더스트리 한국 총괄인 이재성 대표가 기조강연을 한다.", [("이재성", "지멘스", "대표")]),
    ("다온테크 한국 총괄인 이재성 대표가 발표했다.", [("이재성", "다온테크", "대표")]),
    # (guards: so before) a region the lists know as no common word, and the post with no branch
    ("다온테크 아시아태평양 총괄인 이재성 부사장이 발표했다.", [("이재성", "다온테크", "부사장")]),
    ("지멘스 총괄인 이재성 대표가 기조강연을 한다.", [("이재성", "지멘스", "대표")]),
])
def test_a_branch_before_a_post_joined_by_the_copula(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a text cut off inside its last title: the person with the organization, no title
    ("두 번째 세션에서는 안대웅 다온하이닉스 부사장, 김영옥 한빛중공업 상", [("안대웅", "다온하이닉스", "부사장"), ("김영옥", "한빛중공업", None)]),
    ("발표자로는 김영옥 한빛대 교", [("김영옥", "한빛대", None)]),
    # (guards: so before) the title whole, and a short word that ends no text
    ("두 번째 세션에서는 김영옥 한빛중공업 상무가 발표했다.", [("김영옥", "한빛중공업", "상무")]),
    ("김영옥 한빛중공업 상무가 참석했다. 이 상\n다음 기사", [("김영옥", "한빛중공업", "상무")]),
])
def test_a_text_cut_off_inside_its_last_title(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list of occupations each with a name: the items beside one found as a person are people, whatever their
    # names' shape (a pen name, a stage name)
    ("오후 세션에서는 영화감독 권한슬, 역사스토리텔러 썬킴, 과학커뮤니케이터 궤도가 참여한다.",
     [("권한슬", None, "영화감독"), ("썬킴", None, "역사스토리텔러"), ("궤도", None, "과학커뮤니케이터")]),
    ("오후 세션에서는 과학유튜버 궤도, 영화감독 권한슬이 참여한다.", [("궤도", None, "과학유튜버"), ("권한슬", None, "영화감독")]),
    # (guards: so before) an item that is no occupation and a name, and items with their organizations
    ("행사에는 방송인 김성주, 기업 관계자 등이 참석했다.", [("김성주", None, "방송인")]),
    ("행사에는 한빛대 교수 김하늘, 다온랩 대표 박서진이 참석했다.", [("김하늘", "한빛대", "교수"), ("박서진", "다온랩", "대표")]),
])
def test_the_items_of_a_list_of_occupations_and_names(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a post covers, in common words or a field's letters, between the name and the post's head with no
    # organization: the person, the post all of it
    ("이어 정다온 클라우드 플랫폼 사업 총괄이 신규 모델을 공개했다.", [("정다온", None, "클라우드 플랫폼 사업 총괄")]),
    ("이어 정다온 AI 사업 총괄이 발표했다.", [("정다온", None, "AI 사업 총괄")]),
    ("발표는 정다온 데이터 인프라 담당 상무가 맡았다.", [("정다온", None, "데이터 인프라 담당 상무")]),
    ("이어 정다온 글로벌 비즈니스 총괄이 발표했다.", [("정다온", None, "글로벌 비즈니스 총괄")]),
    # an organization before the name stays the person's
    ("한빛전자 정다온 플랫폼 사업 총괄이 발표했다.", [("정다온", "한빛전자", "플랫폼 사업 총괄")]),
    # (guards: so before) a body's own word alone, and a long compound that is a body's name
    ("간담회 사회를 맡은 정다온 협회 사무국장은 말했다.", [("정다온", "협회", "사무국장")]),
    ("이어 정다온 한빛정밀기계 그룹장이 발표했다.", [("정다온", "한빛정밀기계", "그룹장")]),
    ("정다온 인공지능혁신파크 사업단장은 말했다.", [("정다온", "인공지능혁신파크", "사업단장")]),
])
def test_what_a_post_covers_between_the_name_and_its_head(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known company, then a proper noun no list knows that is no unit, branch or field: the company it owns, the
    # organization both words
    ("첫날 기조연설은 디르크 슈미트 보쉬 렉스로스 CEO가 맡는다.", [("디르크 슈미트", "보쉬 렉스로스", "CEO")]),
    ("이어 정다온 지멘스 헬시니어스 전무가 발표했다.", [("정다온", "지멘스 헬시니어스", "전무")]),
    # (guards: so before) a company the lists know by both words, a unit, a national branch
    ("이어 정다온 구글 딥마인드 연구원이 발표했다.", [("정다온", "구글 딥마인드", "연구원")]),
    ("이어 정다온 삼성전자 메모리사업부 상무가 발표했다.", [("정다온", "삼성전자", "상무")]),
    ("이어 정다온 지멘스 코리아 대표가 발표했다.", [("정다온", "지멘스 코리아", "대표")]),
])
def test_a_company_a_known_company_owns(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a field and a post in the parentheses after a name (or after 씨, an age maybe first): the post, no organization
    ("발표자로 나선 정다온 씨(AI 엔지니어)는 \"데이터가 부족하다\"고 지적했다.", [("정다온", None, "AI 엔지니어")]),
    ("발표자로 나선 정다온 씨(30·AI 엔지니어)는 말했다.", [("정다온", None, "AI 엔지니어")]),
    ("발표자로 나선 정다온(데이터 엔지니어)은 말했다.", [("정다온", None, "데이터 엔지니어")]),
    # (guards: so before) an organization, then the field and the post; an organization and the post
    ("발표자로 나선 정다온(한빛전자 AI 엔지니어)은 말했다.", [("정다온", "한빛전자", "엔지니어")]),
    ("발표자로 나선 정다온 씨(한빛전자 대표)는 말했다.", [("정다온", "한빛전자", "대표")]),
])
def test_a_field_and_a_post_in_parentheses(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an occupation alone before a foreign name of two words (at the phrase's start, after a description or a
    # place of origin): the person, the occupation the title
    ("미래학자 토머스 프레이가 기조연설자로 나섰다.", [("토머스 프레이", None, "미래학자")]),
    ("세계적인 경제학자 폴 크루그먼이 강연했다.", [("폴 크루그먼", None, "경제학자")]),
    ("독일 출신 로봇공학자 한스 뮐러가 기조연설을 했다.", [("한스 뮐러", None, "로봇공학자")]),
    # ... and after a name-shaped university and the title, the university the organization
    ("한빛대 교수 리처드 커리스가 강연했다.", [("리처드 커리스", "한빛대", "교수")]),
    # ... after a common noun that qualifies the occupation
    ("베스트셀러 작가 토머스 프레이가 기조연설을 했다.", [("토머스 프레이", None, "작가")]),
    # a work in quotes before its maker is no organization
    ("'미래의 충격'의 저자 토머스 프레이가 기조연설을 했다.", [("토머스 프레이", None, "저자")]),
    ("'다온의 시간'의 감독 정다온이 강연했다.", [("정다온", None, "감독")]),
    # (guards: so before) the title after the name is the name's; a Korean name after the occupation; a body in
    # quotes before a post
    ("로봇공학자 데니스 홍 교수의 특별강연이 이어진다.", [("데니스 홍", None, "교수")]),
    ("'다온랩'의 대표 토머스 프레이가 기조연설을 했다.", [("토머스 프레이", "다온랩", "대표")]),
    ("소설가 정다온이 강연했다.", [("정다온", None, "소설가")]),
])
def test_an_occupation_alone_before_a_foreign_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the function a post is of (common nouns) between a foreign name's body and the title
    ("라스 옌센 머스크 디지털전략 총괄은 '자율운항 시대의 항만'을 주제로 발표했다.", [("라스 옌센", "머스크", "총괄")]),
    ("이어 안나 슈미트 보쉬렉스로스 글로벌마케팅 상무가 발표했다.", [("안나 슈미트", "보쉬렉스로스", "상무")]),
    # (guard: so before) a Korean name; a body with its suffix before the title
    ("이어 김민수 한빛테크 사업개발 상무가 발표했다.", [("김민수", "한빛테크", "상무")]),
    ("마이클 존 로건 한빛대 교수가 발표했다.", [("마이클 존 로건", "한빛대", "교수")]),
])
def test_foreign_name_before_the_function_of_the_post(text: str, expected: list) -> None:
    assert people(text)[:len(expected)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a desk's or a department's head by its two-syllable field: the title whole, no ministry (a ministry's head is
    # its 장관)
    ("사회는 김태준 산업부장이 맡았다.", [("김태준", None, "산업부장")]),
    ("사회는 김태준 한빛일보 경제부장이 맡았다.", [("김태준", "한빛일보", "경제부장")]),
    # (guard: so before) a ministry and its minister; a company's division head
    ("김태준 국방부 장관이 축사를 했다.", [("김태준", "국방부", "장관")]),
    ("이날 박정호 제조AI사업부장이 발표했다.", [("박정호", None, "제조AI사업부장")]),
])
def test_a_desks_head_by_its_field(text: str, expected: list) -> None:
    assert people(text)[:len(expected)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an organization fused with its head, joined to the name by 인: the organization read out of the word
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 열었다. 발표자로는 다온로봇산업협회장인 정대호 회장이 나섰다.",
     [("정대호", "다온로봇산업협회", "회장")]),
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 열었다. 다온생산기술연구원장인 이상목 원장이 발표했다.",
     [("이상목", "다온생산기술연구원", "원장")]),
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 열었다. 경기도지사인 김동연 지사가 축사했다.", [("김동연", "경기도", "지사")]),
    # (guards: so before) the organization and the post apart
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 열었다. 다온로봇산업협회 회장인 정대호 씨가 발표했다.",
     [("정대호", "다온로봇산업협회", "회장")]),
    ("한빛AI협회는 21일 '2026 산업AI 포럼'을 열었다. 다온전자 사장인 김철수 씨가 발표했다.", [("김철수", "다온전자", "사장")]),
])
def test_an_organization_fused_with_its_head_before_in(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a shipbuilder's name ends in 조선 like a company's in 중공업: an organization, no foreign name before a title
    ("<인터뷰> 김민호 / 한빛조선 품질팀 팀장\n\"불량률이 줄었습니다.\"", [("김민호", "한빛조선 품질팀", "팀장")]),
    ("<인터뷰> 박서연 / 다온조선 설계팀 팀장\n\"공기가 줄었습니다.\"", [("박서연", "다온조선 설계팀", "팀장")]),
    # the caption's post is no second person, whatever its words' shapes
    ("<인터뷰> 박서연 / 다온기술 로봇팀 팀장\n\"공기가 줄었습니다.\"", [("박서연", "다온기술 로봇팀", "팀장")]),
    # (guards: so before) a shipbuilder before a Korean name; a company's name in 중공업
    ("이날 대한조선 김민호 상무와 다온조선 박서연 팀장이 발표했다.",
     [("김민호", "대한조선", "상무"), ("박서연", "다온조선", "팀장")]),
    ("<인터뷰> 김민호 / 한빛중공업 품질팀 팀장\n\"불량률이 줄었습니다.\"", [("김민호", "한빛중공업 품질팀", "팀장")]),
])
def test_a_shipbuilder_is_an_organization(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a listed body with no telling ending fused with 장: the body, and its last syllable with 장 the post
    ("국무조정실은 3일 '규제혁신 토론회'를 열었다. 방기선 국무조정실장은 인사말을 했다.", [("방기선", "국무조정실", "실장")]),
    ("감사원은 3일 '공공AI 세미나'를 열었다. 최재해 감사원장이 개회사를 했다.", [("최재해", "감사원", "원장")]),
    # (guards: so before) a body with a telling ending fused with 장; the body and the post apart
    ("한빛협회는 3일 '공공AI 세미나'를 열었다. 최재해 다온생산기술연구원장이 발표했다.", [("최재해", "다온생산기술연구원", "원장")]),
    ("국무조정실은 3일 '규제혁신 토론회'를 열었다. 방기선 국무조정실 실장은 인사말을 했다.", [("방기선", "국무조정실", "실장")]),
])
def test_a_listed_body_with_no_telling_ending_fused_with_its_head(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a city's name is no person's, though its first syllable is a surname: a broadcaster's regional station
    ("진행은 정은지 KBS 대구 아나운서가 맡았다.", [("정은지", "KBS 대구", "아나운서")]),
    ("진행은 KBS 대구 정은지 아나운서가 맡았다.", [("정은지", "KBS 대구", "아나운서")]),
    ("사회는 MBC 안동 김하늘 아나운서가 봤다.", [("김하늘", "MBC 안동", "아나운서")]),
    # guards: the station fused with its city, and the broadcaster alone, as before
    ("진행은 MBC경남 정은지 아나운서가 맡았다.", [("정은지", "MBC경남", "아나운서")]),
    ("진행은 KBS 정은지 아나운서가 맡았다.", [("정은지", "KBS", "아나운서")]),
])
def test_a_city_is_no_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the body of the unit one leads, named before it in the clause of leading before the name
    ("주제발표는 한빛전자 로봇사업부를 이끄는 김민수 전무가 맡았다.", [("김민수", "한빛전자", "전무")]),
    ("주제발표는 다온랩 품질혁신팀을 이끄는 김민수 팀장이 맡았다.", [("김민수", "다온랩", "팀장")]),
    # ... and a foreign name's, in the same clauses of leading and of working somewhere
    ("주제발표는 지멘스코리아 AI사업부를 이끄는 토마스 슈미트 전무가 맡았다.", [("토마스 슈미트", "지멘스코리아", "전무")]),
    ("주제발표는 지멘스코리아를 이끄는 토마스 슈미트 대표가 맡았다.", [("토마스 슈미트", "지멘스코리아", "대표")]),
    ("주제발표는 보쉬코리아에서 AI 전략을 총괄하는 토마스 슈미트 전무가 맡았다.", [("토마스 슈미트", "보쉬코리아", "전무")]),
    # guards: the body one leads itself; a team with no body named, as before
    ("주제발표는 한빛전자를 이끄는 김민수 대표가 맡았다.", [("김민수", "한빛전자", "대표")]),
    ("주제발표는 연구팀을 이끄는 김민수 교수가 맡았다.", [("김민수", None, "교수")]),
])
def test_the_body_of_the_unit_one_leads(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body in the genitive before the words of a post joined to the name by 인: the post's body, a foreign name's too
    ("이어 AWS의 제조 부문 글로벌 총괄인 더그 브라운 이사가 무대에 올랐다.", [("더그 브라운", "AWS", "이사")]),
    ("이어 한빛전자의 로봇사업 총괄인 김민수 전무가 무대에 올랐다.", [("김민수", "한빛전자", "전무")]),
    ("이어 다온랩의 최고기술책임자인 김민수 이사가 무대에 올랐다.", [("김민수", "다온랩", "이사")]),
    # guards: the body bare before the post; a body fused with its head, as before
    ("이어 LG전자 최고기술책임자(CTO)인 김병훈 사장이 무대에 올랐다.", [("김병훈", "LG전자", "사장")]),
    ("이어 한빛로봇산업협회장인 정대호 회장이 무대에 올랐다.", [("정대호", "한빛로봇산업협회", "회장")]),
])
def test_a_genitive_body_before_a_post_joined_by_in(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name ending in 인 that the analyser cuts as the copula (도해 + 인), then a body of two syllables shaped like a
    # name: the first is the person, the second the body
    ("발표는 도해인 한빛 상무가 맡았다.", [("도해인", "한빛", "상무")]),
    ("이날 최예인 한빛 상무와 박수인 다온 이사가 발표했다.", [("최예인", "한빛", "상무"), ("박수인", "다온", "이사")]),
    # guards: such a name before a body with its kind, or alone before the post, as before
    ("발표는 박수인 한빛대 교수가 맡았다.", [("박수인", "한빛대", "교수")]),
    ("좌장은 이서인 교수가 맡았다.", [("이서인", None, "교수")]),
])
def test_a_name_ending_in_in_before_a_two_syllable_body(text: str, expected: list) -> None:
    assert people(text) == expected
