"""Korean person mentions: a name with its title and organization, in the shapes news uses.

Shapes: ``ORG NAME TITLE`` (산기협 김종훈 이사), ``NAME ORG TITLE`` (김무상 포스코홀딩스 부장), a fused
organization and title (이상목 한국생산기술연구원장), a former title (구현모 전 KT 대표이사),
``ORG(TITLE NAME)`` (한국산업기술진흥협회(회장 구자균)), short later mentions (김무상 부장은) and
bylines (김영준 기자, 김영준기자).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from kg.extract.doc import Doc, Sentence, Word
from kg.extract.en_people import ORG_WORDS
from kg.extract.en_people import lists as en_lists
from kg.extract.gazetteer import LEGAL_MARKS, Gazetteer
from kg.extract.ko_names import (
    BODY_KINDS,
    DEPARTMENTS,
    ENVOY_PLACES,
    envoy_place,
    LATIN_WORD,
    LIST_MARKS,
    ONE_SYLLABLE_PARTICLES,
    brand_then_name,
    common_noun,
    compound,
    org_before_run,
    foreign_name_before,
    function_of_post,
    owner_read_whole,
    genitive_read_whole,
    long_foreign_part,
    given_name_in_si,
    glued_name,
    surname_led_word,
    one_titled,
    topic_misread_name,
    suffixed_name,
    name_ending_like_a_school,
    is_name,
    is_party,
    name_form,
    name_list,
    slot_name,
    surname_read_apart,
    title_and,
    title_of,
    two_names,
)
from kg.extract.ko_orgs import (
    UNDER,
    UNIVERSITY_SUFFIXES,
    OrgPhrase,
    defined_aliases,
    describes_a_business,
    past_its_kind,
    is_org_word,
    phrase_from_words,
    short_form_or_name,
    suffix_of,
)
from kg.extract.text import CLOSING_QUOTES, OPENING_QUOTES
from kg.model import Role, Span

# Parts written before a name in place of a title: "좌장 하도윤과 연사 노시우가", "발표자 류시온은".
_PART_NOUNS = frozenset({"좌장", "사회자", "진행자", "연사", "발표자", "주제발표자", "발제자", "토론자", "패널", "패널리스트",
                         "기조연설자", "기조강연자", "강연자", "모더레이터", "수상자"})
# the nouns of one of the audience written before a name in place of a title: "현장에서 만난 관람객 김지수(34) 씨는"
AUDIENCE_LABELS = frozenset({"관람객", "참관객", "방문객", "관객", "청중", "참석자", "참가자", "청취자", "수강생", "관람자"})
_LABEL_NOUNS = _PART_NOUNS | AUDIENCE_LABELS
# the particles after a part's noun before the names that hold it: "연사로 A, B 교수가", "토론자로는 …", "패널은 …"
_AFTER_A_PART = frozenset({"로", "으로", "로는", "으로는", "는", "은", "에는", "엔", "에", "로서", "으로서"})
LINE_BULLETS = r"\-–•·▲△■□◆◇○●▶*"  # the marks a programme's line opens with (a pattern's character class)
_DIVISION_HEAD = "담당"  # a company's division and its executive's title at once: "CX담당", "AI인프라담당 상무"
_HONORIFIC_NOUNS = frozenset({"씨", "님", "군", "양"})  # what follows a name in place of a title
_FUSED_REPORTER = re.compile(r"^([가-힣]{2,4})기자$")
_SLASH_BYLINE = re.compile(r"(?:^|\s)/\s?([가-힣]{2,4})\s*$")
REPORTER_TITLES = frozenset({"기자", "특파원", "객원기자", "선임기자"})
_MAX_ORG_WORDS = 5
# the kinds of body news writes apart from the body's name ("제조AI 얼라이언스", "미래모빌리티 포럼", "K-휴머노이드 연합")
_SPACED_BODY_KINDS = frozenset({"얼라이언스", "컨소시엄", "협의체", "포럼", "연합", "연합회", "협회", "학회", "협의회",
                                "재단", "위원회", "연구회", "네트워크", "클러스터"})
_UNIT_ENDINGS = ("팀", "실", "국", "과", "학과", "학부", "부문", "본부", "단", "사업부", "그룹", "랩",
                 # a company's site named by its place: "현대차 울산공장 권혁진 공장장"
                 "공장", "캠퍼스", "사업장", "사업소", "제철소", "조선소", "발전소")
# a company's divisions, no body by themselves (and 본부 named by letters: "AVP본부", "DX본부"; "국가수사본부" is one)
_COMPANY_UNITS = ("사업부", "부문", "사업본부")
# Sentence openers that stand before a noun phrase without a particle (이날 X 대표는 …).
_OPENERS = frozenset({"이날", "당일", "또", "또한", "이어", "이어서", "한편", "특히", "아울러", "앞서", "이후", "오전",
                      "오후", "현장에서는"})
# (and where an envoy's post is held, kept with the title: "주한 미국대사", "주미 대사")
_NEW_POST = frozenset({"초대", "현", "現", "신임"})  # the markers of a post held now (not 전, a former one)
_FORMER = frozenset({"전", "前"})
_QUALIFIERS = _NEW_POST | _FORMER | {"전임"} | ENVOY_PLACES


def _qualifies(text: str, gz: Gazetteer) -> bool:
    """A word that qualifies the post after it: a former or first one (``전``, ``초대``), or where an envoy's post is
    held (``주한``, ``주독일``: :func:`envoy_place`)."""
    return text in _QUALIFIERS or envoy_place(text, gz)


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person: the name span and what the mention says about them."""

    name: str
    name_span: Span
    span: Span  # the whole mention, organization and title included
    sentence: int
    title: str | None = None
    org: OrgPhrase | None = None
    unit: str | None = None
    qualifier: str | None = None  # 전 (former), 초대 (founding) …: written before the title
    byline: bool = False  # a byline with no title ("/이승현" closing an article)
    head_of_org: bool = False  # named in parentheses after the organization they head: 협회(회장 구자균)
    label: str | None = None  # a part written before the name in place of a title: 좌장 X, 발표자 X
    in_prose: bool = False  # the title takes a particle, a sentence goes on with it: "사회는 김민지 한빛일보 기자가 맡았다"
    said: Span | None = None  # what a broadcast's caption has them say: "<인터뷰> 최민호 / 누리로봇 대표 : 비용이 큽니다"

    @property
    def is_reporter(self) -> bool:
        """A byline's writer: a reporter's title written bare (``김민지 기자``, ``판교=김민지 기자``); a journalist a
        sentence tells of (``… 한빛일보 기자가 맡았다``, ``… 기자의 질문에``) takes part like anyone."""
        return self.byline or not self.in_prose and (self.title in REPORTER_TITLES
                                                     or bool(self.title and self.title.endswith("기자")))


# a part alone in parentheses after a person: "김도윤 교수(좌장)", "(사회)" (사회 alone is society elsewhere)
PAREN_PARTS = {"좌장": Role.MODERATOR, "사회": Role.MODERATOR, "사회자": Role.MODERATOR, "진행": Role.MODERATOR,
               "발표": Role.SPEAKER, "발표자": Role.SPEAKER, "발제": Role.SPEAKER, "발제자": Role.SPEAKER,
               "연사": Role.SPEAKER, "강연": Role.SPEAKER, "토론": Role.PANELIST, "토론자": Role.PANELIST,
               "패널": Role.PANELIST, "기조강연": Role.KEYNOTE, "기조연설": Role.KEYNOTE}
PAREN_PART = re.compile(r"[(（]\s*(" + "|".join(sorted(PAREN_PARTS, key=len, reverse=True)) + r")\s*[)）]")


# a rank in parentheses right after a post: "DS부문장(부회장)", "AVP본부장(사장)", "대표(CEO)"
_RANK_AFTER = re.compile(r"[(（]([가-힣]{1,6}|C[A-Z]{1,2}O)[)）]")


# the post one is elected or appointed to, right after the mention: "…를 (제8대) 회장으로 선출했다"
_ELECTED_TO = re.compile(r"(?:을|를)\s+(?:제\s*\d+\s*대\s+|신임\s+|초대\s+|차기\s+|새\s+|공동\s*)?([가-힣]{1,8}?)\s*(?:으로|로)\s+"
                         r"(?:새로\s+)?(?:선출|선임|추대|임명|위촉|재선임|연임|재선출|선정)")


def titles_written(m: PersonMention, text: str, gz: Gazetteer) -> tuple[str, ...]:
    """The posts a later mention may shorten ``m`` to: its title, and the rank written in parentheses after it
    (``전영현 … DS부문장(부회장)`` is ``전 부회장`` later)."""
    if m.title is None:
        return ()
    titles: tuple[str, ...] = (m.title,)
    rank = _RANK_AFTER.match(text, m.span.end)
    if rank is not None and rank.group(1) != m.title and gz.is_title(rank.group(1)):
        titles = (m.title, rank.group(1))
    # (``김진수 한빛로보틱스 대표를 제8대 회장으로 선출했다`` is ``김 회장`` later: the post one is elected or appointed to)
    elected = _ELECTED_TO.match(text, m.span.end)
    if elected is not None and elected.group(1) not in titles and gz.is_title(elected.group(1)):
        titles += (elected.group(1),)
    # (``강철호 한국로봇산업협회장`` is ``강 협회장`` later: the body's kind fused with the head, as 진흥원장, 학회장)
    kind = suffix_of(m.org.text, gz) if m.org is not None else None
    if kind is not None and len(kind) >= 2 and not m.title.startswith(kind):
        fused = kind + m.title[1:] if kind[-1] == m.title[0] else kind + m.title
        titles += (fused,)
    return titles


def _alias_after_a_body(words: tuple[Word, ...], open_at: int, close: int, gz: Gazetteer) -> bool:
    """``마이크로소프트(MS)``, ``아마존웹서비스(AWS)``: initials in Latin capitals in the parentheses at ``open_at`` after a
    word that is a known organization or a proper noun, no name."""
    before = words[open_at - 1]
    return close == open_at + 2 and re.fullmatch(r"[A-Z][A-Za-z0-9&]{1,9}", words[open_at + 1].text) is not None \
        and before.bare and not before.quoted and not before.is_punct \
        and (gz.known_org(before.text) or "NNP" in before.stem_tags and not is_name(before, gz))


def _fused_unit_head(w: Word, gz: Gazetteer) -> bool:
    """A unit fused with its head's title (``AI사업본부장``, ``DS부문장``)."""
    got = title_of(w, gz)
    return got is not None and got[1] is not None and suffix_of(got[1], gz) is not None


_MAX_SCOPE_WORDS = 3  # words for what a post covers between a name and the post's head (하이퍼스케일 AI 기술 총괄)


def _scope_word(w: Word, gz: Gazetteer) -> bool:
    """A common word the lists know as no name (사업, 클라우드), a short common noun, or a field's Latin letters
    (AI, DX), naming what a post covers: no name, place, title, organization or unit by its form, and nothing the
    lists know as a body (a long compound is often a body's own name: 한화정밀기계, 인공지능혁신파크; one word alone
    is taken only when the lists know it as no name)."""
    if not w.bare or w.quoted or w.is_punct or not w.stem_tags:
        return False
    if re.fullmatch(r"[A-Za-z&]+", w.text):
        return w.text in gz.title_fields
    common = w.text in gz.not_names or re.fullmatch(r"[가-힣]{2,4}", w.text) is not None \
        and all(tag == "NNG" for tag in w.stem_tags) and not is_name(w, gz)
    # (a body's own word, 협회 or 재단, written alone stands for the body; 클라우드 or 글로벌 the lists know as common)
    return common and not gz.is_place(w.text) and not gz.is_title(w.text) and not is_org_word(w.text, gz) \
        and suffix_of(w.text, gz) is None and not gz.known_org(w.text) and not _unit_shaped(w, gz) \
        and w.text not in _QUALIFIERS and (w.text in gz.not_names or w.text not in gz.suffixes_of(w.text))


def _post_scope(words: list[Word], gz: Gazetteer, *, division_last: bool = False) -> bool:
    """``words`` (between a name and a post's head, or in parentheses before the head) say only what the post covers,
    no organization: up to three scope words (see :func:`_scope_word`), the last one a division when
    ``division_last`` (``데이터 인프라 담당``), one word alone only when the lists know it as no name or as a field's
    letters."""
    return bool(words) and len(words) <= _MAX_SCOPE_WORDS \
        and all(_scope_word(w, gz) or division_last and n == len(words) - 1 and w.bare
                and w.text.endswith(_DIVISION_HEAD) for n, w in enumerate(words)) \
        and (len(words) > 1 or words[0].text in gz.not_names or words[0].text in gz.title_fields)


def _org_words_left(words: tuple[Word, ...], end: int, gz: Gazetteer, *, parens: bool = True) -> int:
    """Index of the first word of the organization phrase that ends just before ``end``."""
    i = end
    while i > 0 and end - i < _MAX_ORG_WORDS:
        w = words[i - 1]
        if w.text in ")）" and parens:
            open_at = _opening(words, i - 1, 6)
            if open_at is None or open_at == 0:
                break
            if _alias_after_a_body(words, open_at, i - 1, gz) and not is_org_word(words[open_at - 1].stem, gz):
                i = open_at - 1  # "마이크로소프트(MS) 아시아 연구소": a company with its initials, then its unit
                break
            if not is_org_word(words[open_at - 1].stem, gz):
                break
            i = open_at - 1  # (the organization word with its alias, however many words came after them)
            continue
        if w.bare and not w.quoted and (is_org_word(w.text, gz) or gz.known_org(w.text) and i < end):
            i -= 1  # ("국회 AI포럼(공동대표 …)": a known body, a common word too, before the organization word)
            continue
        if i < end and w.bare and not w.quoted and suffix_of(w.text, gz) is not None and w.text not in gz.not_names \
                and _unit_shaped(words[i], gz):
            i -= 1  # "한빛대 산학협력단 김철수 단장": a name-shaped body, then its unit
            continue
        if i >= 2 and w.bare and not w.quoted and _college(w.text) and words[i - 2].text not in ")）" \
                and (_body_ends(words[i - 2], gz) or words[i - 2].bare and not words[i - 2].quoted
                     and suffix_of(words[i - 2].text, gz) == "대" and words[i - 2].text not in gz.not_names):
            i -= 1  # "서울대 공대 기계공학부": a university's college between it and the department
            continue
        if i == end and i >= 3 and w.bare and not w.quoted and (w.text.endswith(_BRANCH_UNITS) or _unit_shaped(w, gz)) \
                and words[i - 2].bare and not words[i - 2].quoted and _regional(words[i - 2].text, gz) \
                and _body_ends(words[i - 3], gz):
            i -= 2  # "한빛전자(HB) 유럽 연구소", "다온테크 미국 법인": what a body keeps in a region or country
            continue
        if i == end and i >= 2 and w.bare and not w.quoted and _body_ends(words[i - 2], gz) \
                and (any(_regional(w.text[:n], gz) and w.text[n:] in _BRANCH_UNITS for n in range(1, len(w.text) - 1))
                     or (site := _CITY_SITE.fullmatch(w.text)) is not None and gz.is_place(site.group(1))):
            i -= 1  # "한빛전자 북미법인", "다온테크 베트남법인": the region and the unit written as one word
            # (or a site named for its city and its letters: "한빛에너지 울산CLX")
            continue
        # (or before a unit fused with its head: "KT 클라우드 AI사업본부장 이수진 전무")
        if (i == end or i == end - 1 and _fused_unit_head(words[i], gz)) \
                and i >= 2 and w.bare and not w.quoted and len(w.text) >= 2 and w.text in gz.suffixes_of(w.text) \
                and (_brand_before(words[i - 2], gz) or _known_before(words[i - 2], gz)
                     or is_org_word(words[i - 2].text, gz) and words[i - 2].bare
                     and re.fullmatch(r"[A-Za-z][A-Za-z0-9&]*", words[i - 2].text) is not None):
            i -= 2  # "NVIDIA 코리아 정소영 대표", "SK 그룹 …": a brand, then its company word written apart
            continue
        if i == end and i >= 5 and w.bare and not w.quoted and words[i - 2].text in ")）" \
                and (w.text in gz.branch_words or len(w.text) >= 2 and w.text in gz.suffixes_of(w.text)) \
                and (open_at := _opening(words, i - 2, 4)) is not None and open_at > 0 \
                and _alias_after_a_body(words, open_at, i - 2, gz):
            i = open_at - 1  # "아마존웹서비스(AWS) 코리아 함기호 대표": the company with its initials, then its branch
            continue
        if i == end and i >= 2 and w.bare and not w.quoted and w.text in gz.branch_words and words[i - 2].bare \
                and not words[i - 2].quoted and (gz.known_org(words[i - 2].text) or is_org_word(words[i - 2].text, gz)
                                                 or _brand_before(words[i - 2], gz)):
            i -= 2  # "엔비디아 코리아 정소영 대표", "지멘스 재팬 …": a company, then its national branch or group
            continue
        if i == end and i >= 3 and w.bare and not w.quoted and w.text in gz.branch_words \
                and all(x.bare and not x.quoted for x in words[i - 3:i - 1]) \
                and gz.known_org(f"{words[i - 3].text} {words[i - 2].text}"):
            i -= 3  # "구글 클라우드 코리아 지기성 사장": a known company of two words, then its branch
            continue
        # "NIPA 인공지능확산팀 오지환 팀장", "과기정통부 인공지능기반정책과 여민혁 사무관", "경기도 경제실
        # 산업정책과 윤정호 과장": one or two units right after their organization
        if end - i < _MAX_UNITS and _unit_shaped(w, gz):
            j = i - 1
            modifiers = 0  # "현대차 울산공장 스마트팩토리 추진실 김민석 실장": what a unit covers, written before it
            while j > 0 and i - j < _MAX_UNITS + modifiers and (_unit_shaped(words[j - 1], gz) or words[j - 1].bare
                                                                and not words[j - 1].quoted and _college(words[j - 1].text)
                                                                or not modifiers and _unit_modifier(words, j - 1, gz)) \
                    and not is_org_word(words[j - 1].text, gz):
                modifiers += not _unit_shaped(words[j - 1], gz) and not _college(words[j - 1].text)
                j -= 1  # ("한국품질재단 교육팀 신유라 팀장": 재단 ends like a unit, but it is the organization)
            if j > 0 and words[j - 1].bare and (is_org_word(words[j - 1].text, gz) or gz.known_org(words[j - 1].text)
                                                # "한빛대 경영학과 이서연 교수": a name-shaped university, its department
                                                or suffix_of(words[j - 1].text, gz) is not None and not words[j - 1].quoted
                                                and words[j - 1].text not in gz.not_names):
                i = j - 1 if not is_org_word(words[j - 1].text, gz) and not gz.known_org(words[j - 1].text) else j
                continue
        break
    # "다온 AI연구원 이홍민 …": a brand written apart before the organization word, a proper noun of its own
    if 0 < i < end and end - i < _MAX_ORG_WORDS and _brand_before(words[i - 1], gz) \
            and (i == 1 or not is_name(words[i - 2], gz) or words[i - 2].text in gz.not_names):
        i -= 1
    # "주식회사 다온 김민수 대표", "(주)다온", "사단법인 한빛 …": a legal form written before a name of any shape
    if i == end and i >= 2 and words[i - 1].bare and not words[i - 1].is_punct and not words[i - 1].quoted \
            and gz.is_org_prefix(words[i - 2].text):
        i -= 2
    return i


def _unit_modifier(words: tuple[Word, ...], k: int, gz: Gazetteer) -> bool:
    """``스마트팩토리`` of ``스마트팩토리 추진실``: a bare noun (or Latin letters) right before a unit's word, what
    the unit covers; no name, place, title or organization."""
    w = words[k]
    return k + 1 < len(words) and _unit_shaped(words[k + 1], gz) and w.bare and not w.quoted and not w.is_punct \
        and bool(w.stem_tags) and all(t in ("NNG", "NNP", "SL") for t in w.stem_tags) and not is_name(w, gz) \
        and not gz.is_place(w.text) and not gz.is_title(w.text) and not is_org_word(w.text, gz) \
        and suffix_of(w.text, gz) is None and not gz.known_org(w.text) and w.text not in gz.not_names


def _known_before(w: Word, gz: Gazetteer) -> bool:
    """A known organization written bare, the company word of its full name after it (휴렛팩커드 엔터프라이즈)."""
    return w.bare and not w.quoted and not w.is_punct and gz.known_org(w.text)


def _college(text: str) -> bool:
    """A college or graduate school of a university, written after it: 공대, 공과대학, 의과대학, 대학원."""
    return 2 <= len(text) <= 8 and (text.endswith(("대학", "대학원")) or len(text) == 2 and text.endswith("대"))


def _regional(text: str, gz: Gazetteer) -> bool:
    """A region of the world or a country, named before the unit a body keeps there."""
    return text in gz.regions or text in gz.countries


def _body_ends(w: Word, gz: Gazetteer) -> bool:
    """``w`` closes an organization's name: its alias's parenthesis, an organization word, a known body."""
    return w.text in ")）" or w.bare and not w.quoted and (is_org_word(w.text, gz) or gz.known_org(w.text))


def _brand_before(w: Word, gz: Gazetteer) -> bool:
    """A word that can open an organization's name written apart from it: a bare proper noun (or Latin
    letters) that is no list's common word, place, person's name or organization of its own."""
    return w.bare and not w.quoted and (w.proper or re.fullmatch(r"[A-Z][A-Za-z0-9&]+", w.text) is not None) \
        and w.text not in gz.not_names and w.text not in gz.cities and w.text not in gz.countries \
        and not is_name(w, gz) and not is_org_word(w.text, gz) and not gz.known_org(w.text)


# what a company keeps in a region or country, named after it (한빛전자 유럽 연구소, 다온테크 미국 법인)
_BRANCH_UNITS = ("연구소", "법인", "지사", "지점", "사무소", "센터", "연구원", "본사", "사업부", "본부", "총괄")
_CITY_SITE = re.compile(r"([가-힣]{2,4})[A-Z]{2,5}")  # a city, then the letters of a company's site there
_MAX_UNITS = 2  # units written between an organization and a name (경제실 산업정책과)
# the units a company's name in capitals takes after it, as written (LG CNS 제조DX담당, KT DS 전략팀)
_UNIT_AFTER_LETTERS = ("담당", "부문", "본부", "센터", "사업부", "그룹", "팀", "실")


def _unit_shaped(w: Word, gz: Gazetteer) -> bool:
    """A unit of an organization by its ending (…팀, …실, …과); the analyser may read a division's 과 as
    the particle."""
    unit = w.bare or w.ending == "과" and w.text == w.stem + "과" and not gz.is_title(w.stem) \
        and not _ends_as_unit(w.stem, gz) and w.stem not in gz.not_names
    # ("산학협력단과 경기TP": a unit with the particle, then its partner; "임원진과 …": people, with the particle)
    if unit and not w.quoted and w.text.endswith("부") and 2 <= len(w.text) <= 6 and not gz.known_org(w.text):
        return True  # a newsroom's desk or a company's department (경제부, 산업1부, 디지털뉴스부); ministries are known
    return unit and not w.quoted and len(w.text) > 2 and w.text.endswith(_UNIT_ENDINGS)


_UNIT_ENDINGS_BUT_GWA = tuple(e for e in _UNIT_ENDINGS if e != "과")


def _ends_as_unit(text: str, gz: Gazetteer) -> bool:
    """A unit's or organization's name in full (지능로봇연구실, 산학협력단), so a 과 after it is the particle."""
    return len(text) > 2 and (text.endswith(_UNIT_ENDINGS_BUT_GWA) or is_org_word(text, gz))


# the scope a unit covers, written before its name, never a company's own name: "글로벌 AI테크사업부", "해외영업본부"
_SCOPE_WORDS = frozenset({"글로벌", "국내", "해외", "미래", "전략", "신사업", "신규사업"})


def _split_unit(org_words: list[Word], doc: Doc, gz: Gazetteer,
                shorts: AbstractSet[str] = frozenset()) -> tuple[OrgPhrase | None, str | None]:
    """``과기정통부 지능정보사회추진단`` -> organization 과기정통부, unit 지능정보사회추진단 (``shorts``: the short forms
    the article defines, a body's names too: ``경과원 유망기업본부``)."""
    phrase = phrase_from_words(org_words, doc.text, gz)
    if phrase is None or len(org_words) < 2 or gz.known_org(phrase.text):
        return phrase, None
    if _unit_shaped(org_words[-1], gz):
        # "LG AI연구원 엑사원랩", "SK하이닉스 HBM개발팀": the longest run of first words the lists know as one body,
        # its unit after it
        for k in range(len(org_words) - 1, 0, -1):
            known = doc.slice(org_words[0].start, org_words[k - 1].end)
            # (not "KT DS 전략팀": capitals after a known name are more of that name, see the letters below)
            if gz.known_org(known) and re.fullmatch(r"[A-Z][A-Z0-9&]{0,5}", org_words[k].text) is None:
                last = org_words[-1]
                # ("한국전자통신연구원(ETRI) 울산지능화융합연구실": the body's alias in parentheses before its unit)
                alias = _alias_before_unit(org_words, k)
                first = k + 3 if alias else k
                unit = doc.slice(org_words[first].start, last.end if last.ending == "과" else last.stem_end)
                return OrgPhrase(org_words[0].start, org_words[k - 1].end, known, (alias,) if alias else ()), unit
    head = org_words[0]
    aliased = (alias := _alias_before_unit(org_words, 1)) is not None \
        and re.fullmatch(r"[A-Za-z][A-Za-z0-9&\-]{1,11}", alias) is not None
    if aliased and is_org_word(head.text, gz):
        # "한국전자통신연구원(ETRI) 인공지능연구소": the organization with its alias, then its unit
        last = org_words[-1]
        unit = doc.slice(org_words[4].start, last.end if last.ending == "과" else last.stem_end)
        return OrgPhrase(head.start, head.end, head.text, (org_words[2].text,)), unit
    letters = 0  # "LG CNS 제조DX담당", "SK C&C 클라우드사업부": a name in capitals written as two words
    while letters < len(org_words) - 1 and letters < 3 and re.fullmatch(r"[A-Z][A-Z0-9&]{0,5}", org_words[letters].text):
        letters += 1
    tail = org_words[-1]
    if letters >= 2 and (_unit_shaped(tail, gz) or re.search(r"[가-힣]", tail.text) is not None
                         and tail.text.endswith(_UNIT_AFTER_LETTERS)):
        end = org_words[letters - 1].end
        unit = doc.slice(org_words[letters].start, tail.end if tail.ending == "과" else tail.stem_end)
        return OrgPhrase(head.start, end, doc.slice(head.start, end)), unit
    if len(org_words) == 2 and gz.known_org(head.text) and org_words[1].text in _SCOPE_WORDS:
        # "SKT 글로벌 AI테크사업부장": what the unit covers after a known name, no company's own name
        return OrgPhrase(head.start, head.end, head.text), org_words[1].text
    if len(org_words) == 2 and re.fullmatch(r"[A-Z][A-Z0-9&]{1,4}", head.text) \
            and re.fullmatch(r"[가-힣]{2,}", org_words[1].text) and not _unit_shaped(org_words[1], gz):
        return phrase, None  # "KT 클라우드", "CJ 올리브네트웍스": a group's letters and a company's own name
    if len(org_words) == 2 and org_words[1].text in gz.branch_words and re.fullmatch(r"[가-힣]{2,}", head.text):
        return phrase, None  # "인피니언 코리아", "현대차 그룹": the branch or the group is the organization
    if org_words[-1].text in gz.branch_words and gz.known_org(doc.slice(head.start, org_words[-2].end)):
        return phrase, None  # "구글 클라우드 코리아": a known company of several words, then its national branch
    if len(org_words) == 2 and gz.known_org(head.text) and _brand_of_a_company(org_words[1], gz):
        return phrase, None  # "보쉬 렉스로스", "지멘스 헬시니어스": a known company, then its own company's name
    if len(org_words) == 2 and org_words[1].text in _SPACED_BODY_KINDS and org_words[1].bare \
            and not gz.known_org(head.text):
        return phrase, None  # "미래모빌리티 얼라이언스": a body's kind written apart from its name, no unit
    named = is_org_word(head.text, gz) or head.text in shorts \
        or len(org_words) == 2 and suffix_of(head.text, gz) is not None and _unit_shaped(org_words[1], gz) \
        or suffix_of(head.text, gz) == "대" and _college(org_words[1].text)  # ("한빛대 의대 …": and its college)
    # ("한빛대 컴퓨터공학과": a name-shaped university and its department)
    if named and not any(w.text in "(（" for w in org_words) \
            and not all(is_org_word(w.text, gz) and re.search(r"[A-Za-z]", w.text) for w in org_words):
        last = org_words[-1]
        unit = doc.slice(org_words[1].start, last.end if last.ending == "과" else last.stem_end)  # …정책과
        return OrgPhrase(head.start, head.end, head.text), unit
    return phrase, None


def _alias_before_unit(org_words: list[Word], k: int) -> str | None:
    """The alias in the parentheses that open at ``org_words[k]`` and close two words on, a unit's word after them
    (``한국전자통신연구원(ETRI) 인공지능연구소``): ETRI."""
    if k + 3 < len(org_words) and org_words[k].text in "(（" and org_words[k + 2].text in ")）":
        return org_words[k + 1].text
    return None


def _brand_of_a_company(w: Word, gz: Gazetteer) -> bool:
    """A proper noun of three syllables or more after a known company, no unit, branch, region, field or common word:
    the name of the company it owns (렉스로스 of 보쉬 렉스로스, 헬시니어스 of 지멘스 헬시니어스)."""
    return w.bare and not w.quoted and w.proper and re.fullmatch(r"[가-힣]{3,8}", w.text) is not None \
        and w.stem_tags[0] == "NNP" and all(t in ("NNP", "NNG") for t in w.stem_tags) \
        and not _unit_shaped(w, gz) and w.text not in gz.branch_words and not _regional(w.text, gz) \
        and w.text not in gz.not_names and not gz.is_place(w.text) and not gz.is_title(w.text) \
        and not is_org_word(w.text, gz) and suffix_of(w.text, gz) is None \
        and w.text not in gz.suffixes_of(w.text) and not is_name(w, gz)


# a newsroom's desk or team before a reporter (경제부, 산업2부, IT과학부, 디지털뉴스부, 디지털뉴스팀, 온라인팀): one word
# ending in 부 or 팀
_NEWSROOM_DESK = re.compile(r"[가-힣A-Z0-9]{1,7}(?:부|팀)")
_REPORTER_HEADS = ("기자", "특파원")


def _body_by_itself(org_words: list[Word], gz: Gazetteer) -> bool:
    """Words before a title fused with a unit that name a body without that unit: an organization by its form
    (삼성전자, 한빛대) or one proper noun of three syllables or more (다온모터스), not a fragment of the unit's
    own name (한빛 AI연구소장)."""
    text = " ".join(w.text for w in org_words)
    if is_org_word(text, gz) or suffix_of(text, gz) is not None:
        return True
    return len(org_words) == 1 and org_words[0].proper and len(org_words[0].text) >= 3


def _mention(doc: Doc, s_index: int, name: Word, title: str | None, org_words: list[Word],
             fused_org: str | None, title_word: Word | None, qualifier: str | None, gz: Gazetteer,
             shorts: AbstractSet[str] = frozenset()) -> PersonMention:
    under = [n for n, w in enumerate(org_words) if w.text in UNDER]
    if under and under[-1] + 1 < len(org_words):
        org_words = org_words[under[-1] + 1:]  # "중소벤처기업부 산하 중소기업기술정보진흥원": the body under it
    org, unit = _split_unit(org_words, doc, gz, shorts) if org_words else (None, None)
    if fused_org and org_words and org_words[-1].end <= name.start:
        assert title_word is not None
        title = title_word.stem  # "부산대의 김현수 AI대학원장": the university's; the unit stays in the title
        if title[-1:] in ONE_SYLLABLE_PARTICLES and not gz.is_title(title) and gz.is_title(title[:-1]):
            title = title[:-1]  # "AI이노베이션센터장이": the analyser kept the particle in the noun
    elif fused_org and org is not None and org.aliases and unit is None:
        assert title_word is not None
        title = title_word.stem  # "ETRI(…) 지능화융합연구소장": the organization with its alias; the unit in the title
    elif fused_org:
        assert title_word is not None
        fused_start = title_word.start
        joined = doc.slice(org_words[0].start, fused_start + len(fused_org)) if org_words else ""
        if org_words and org_words[0].start < fused_start and org is not None and unit is None \
                and _body_by_itself(org_words, gz) and not gz.known_org(joined):
            # "삼성전자 AI센터장", "한빛대 AI융합연구소장": the body by itself, the fused one its unit (not a body
            # the lists know by the whole: "LG AI연구원장")
            unit = fused_org
        elif org_words and org_words[0].start < fused_start and org is not None and unit is not None \
                and not gz.known_org(joined):
            unit = f"{unit} {fused_org}"  # "한빛전자 DX부문 AI센터장": the body, its unit, the unit's own unit fused
        elif org_words and org_words[0].start < fused_start:
            org = OrgPhrase(org_words[0].start, fused_start + len(fused_org), joined)
        elif (fused_org.endswith(_COMPANY_UNITS) or fused_org.endswith("본부") and re.search(r"[A-Z]", fused_org)) \
                and not gz.known_org(fused_org):
            # "송창현 AVP본부장", "박정호 제조AI사업부장": a company's division with no body named, the title whole (as
            # "DX부문장"); no organization of its own
            assert title_word is not None
            org, unit, title = None, None, title_word.stem
        else:  # (not words after the title, "추진단장(서울대 교수)": the body fused with the title is the post's)
            org, unit = OrgPhrase(fused_start, fused_start + len(fused_org), fused_org), None
    if org is not None and title and title.endswith(_REPORTER_HEADS) and _NEWSROOM_DESK.fullmatch(org.text):
        # "경제부 김도현 기자", "산업부 박소윤 기자": a newsroom's desk, no employer (a ministry employs no reporter)
        org, unit = None, None
    ends = [name.stem_end] + ([title_word.stem_end] if title_word else []) + ([org.end] if org else [])
    starts = [name.start] + ([org.start] if org else [])
    name = name_form(name, gz)
    in_prose = title_word is not None and (title_word.ending[:1] in ONE_SYLLABLE_PARTICLES
                                           # ("이현수 기자(사회), 최민정 교수 …": a part in parentheses after the title)
                                           or PAREN_PART.match(doc.text, title_word.stem_end) is not None) \
        and not _REPORTS.search(doc.text, title_word.end, min(doc.sentences[s_index].span.end,
                                                               title_word.end + _REPORTS_REACH))
    return PersonMention(name.stem, Span(name.start, name.stem_end), Span(min(starts), max(ends)), s_index,
                         title, org, unit, qualifier, in_prose=in_prose)


# (a title takes a particle inside a sentence, ONE_SYLLABLE_PARTICLES; a byline's takes none: "김민지 기자 kmj@…"),
# unless the sentence says they report (a broadcast's "김민지 기자가 현장을 소개해드립니다", "… 보도입니다") or is
# the page's furniture about the writer ("김민지 기자의 다른 기사 보기", "… 기자 구독")
_REPORTS_REACH = 300  # characters after the title to the verb of reporting (a bound, in a sentence with no end)
_REPORTS = re.compile(r"기사|구독|프로필|보도|리포트|취재|전해\s*드|전합니다|다녀왔|알아봤|알아보겠|만나봤|소개해\s*드|소개합니다|짚어")


@dataclass(frozen=True)
class _TitleAt:
    """A title found at ``words[i]``: what every shape matcher looks at."""

    doc: Doc
    s_index: int
    words: tuple[Word, ...]
    i: int
    title: str
    fused_org: str | None
    gz: Gazetteer
    used: set[int]
    known: AbstractSet[str] = frozenset()  # names found in the sentences before, as written
    known_ends: AbstractSet[str] = frozenset()  # the last words of those written in more than one word
    shorts: AbstractSet[str] = frozenset()  # the Hangul short forms the article defines (경과원 of …(경과원))
    # (surname, title) of each short form the article writes: "박 단장은" (see :func:`_addressed`)
    addressed: AbstractSet[tuple[str, str]] = frozenset()

    def mention(self, name: Word, org_words: list[Word], title_word: Word | None,
                qualifier: str | None = None) -> PersonMention:
        return _mention(self.doc, self.s_index, name, self.title, org_words, self.fused_org, title_word,
                        qualifier, self.gz, self.shorts)


_COMPANY_HEADS = frozenset({"대표", "대표이사", "공동대표", "사장", "CEO", "최고경영자"})
# the posts only a company has: one written after a name names the company between them
_COMPANY_POSTS = _COMPANY_HEADS | frozenset({"창업자", "공동창업자", "창업주", "부사장", "전무", "상무", "CTO", "COO", "CFO",
                                             "CSO", "CPO", "최고기술책임자", "최고운영책임자", "최고전략책임자",
                                             "부회장", "수석부사장", "디렉터", "매니저", "엔지니어", "수석엔지니어"})
_QUOTE_MARKS = frozenset("'\"‘’“”")


def _org_paren_title_name(t: _TitleAt) -> list[PersonMention]:
    """``한국산업기술진흥협회(회장 구자균)``, ``CTO클럽(대표간사 이학성·홍성주)``."""
    words, i = t.words, t.i
    open_at = i - 1
    if i > 2 and words[i - 1].text == ",":  # 더에이아이(THE AI, 대표 황민수): an alias, then the head
        open_at = next((k for k in range(i - 2, max(0, i - 6), -1) if words[k].text in "(（"), 0)
    if not (0 < open_at and i < len(words) - 1 and words[open_at].text in "(（"):
        return []
    org_start = _org_words_left(words, open_at, t.gz, parens=False)
    before = words[open_at - 1]
    if org_start >= open_at and before.text in _QUOTE_MARKS and t.title in _COMPANY_HEADS:
        q = open_at - 1  # "'비전에이아이'(대표 서지훈)": a company's name in quotes, with its chief
        while q > 0 and words[q - 1].quoted and open_at - q < 5:
            q -= 1
        if q < open_at - 1 and q > 0 and words[q - 1].text in _QUOTE_MARKS:
            org_start, open_at = q, open_at - 1
    if org_start >= open_at and (_proper_org(words, open_at, t.gz)
                                 or before.bare and not before.quoted and _LEGAL_FORM.search(before.text) is not None
                                 or before.bare and before.proper
                                 and not before.quoted and not is_name(before, t.gz)
                                 and before.text not in t.gz.cities and before.text not in t.gz.countries):
        org_start = open_at - 1  # "인공지능 전문매체 더에이아이(THE AI, 대표 황민수)": a head in parentheses
    if org_start >= open_at:
        return []
    found = []
    whole = phrase_from_words(list(words[org_start:open_at]), t.doc.text, t.gz)
    for k, name in name_list(words, i + 1, t.gz):
        t.used.add(k)
        # (the title word in the parentheses: a fused one, "(한빛협회장 김도윤)", names its organization too)
        m = replace(t.mention(name, list(words[org_start:open_at]), words[i]), head_of_org=True)
        if m.unit is not None and whole is not None and not t.fused_org:
            # "포항공대 인공지능연구원(원장 서영주)": the head of the whole body written before the parentheses, no unit
            m = replace(m, org=whole, unit=None)
        found.append(m)
    return found


def _name_paren_org_title(t: _TitleAt) -> list[PersonMention]:
    """``김도윤(한빛대 교수)``, ``육민호(한빛대/팀장)``: the organization and title in parentheses after the name."""
    words, i = t.words, t.i
    if i + 1 >= len(words) or words[i + 1].text not in ")）":
        return []
    open_at = next((k for k in range(i - 1, max(-1, i - 5), -1) if words[k].text in "(（"), None)
    if open_at is None or open_at == 0 or open_at - 1 in t.used or not is_name(words[open_at - 1], t.gz):
        return []
    inside = [w for w in words[open_at + 1:i] if w.text not in "/·"]
    if not inside and open_at == i - 1:
        # "김형준(차세대지능형반도체사업단장)", "김도윤(한빛연구원장)": the body fused with its head's title;
        # "한빛전자 김형준(사장)": the title alone, its organization before the name
        org = [] if t.fused_org else list(words[_org_words_left(words, open_at - 1, t.gz):open_at - 1])
        t.used.add(open_at - 1)
        return [t.mention(words[open_at - 1], org, words[i])]
    age = _AGE_AND.match(inside[0].text) if inside else None
    if age is not None and age.end() < len(inside[0].text):  # "김철수(45·한빛전자 대표)": the age, then the post
        w, off = inside[0], age.end()
        stem = w.stem[off:] if w.stem.startswith(w.text[:off]) else w.text[off:]
        inside[0] = Word(w.text[off:], w.start + off, w.end, stem, w.ending, w.ending_tags, w.quoted, w.stem_tags)
    if not t.fused_org and _post_scope(inside, t.gz):
        # "정하늘(AI 엔지니어)", "정하늘(데이터 엔지니어)": what the post covers, no organization
        t.used.add(open_at - 1)
        title = t.doc.slice(inside[0].start, words[i].stem_end)
        return [_mention(t.doc, t.s_index, words[open_at - 1], title, [], None, words[i], None, t.gz, t.shorts)]
    if not inside or not _org_by_form_or_place(inside, t.gz):
        return []
    if len(inside) >= 2 and inside[0].bare and is_name(inside[0], t.gz) and not _org_shaped(inside[0], t.gz):
        return []  # "제조 데이터의 가치 (최은아 포스코 상무)": a name opens the parentheses: the person is inside
    if len(inside) >= 2 and inside[-1].bare and len(inside[-1].text) == 3 and is_name(inside[-1], t.gz) \
            and not _org_shaped(inside[-1], t.gz) and inside[-1].text not in t.gz.not_names:
        return []  # "▲기계(현대위아 최수영 책임)": a name closes the parentheses before the title, the person inside
    t.used.add(open_at - 1)
    return [t.mention(words[open_at - 1], inside, words[i])]


def _paren_words(words: tuple[Word, ...], i: int) -> list[Word]:
    """The words inside the parentheses that open right after ``words[i]`` and close within four words, or none."""
    close = next((k for k in range(i + 2, min(i + 6, len(words))) if words[k].text in ")）"), None)
    return list(words[i + 2:close]) if close else []


def _paren_org_after(words: tuple[Word, ...], i: int, gz: Gazetteer) -> list[Word]:
    """``김도윤 교수(한빛대)``: an organization in parentheses right after the title."""
    # (a name the analyser cut where no particle stands, 이수 + 진, is a bare name too)
    if i + 3 >= len(words) or words[i + 1].text not in "(（" or not (words[i].bare or is_name(words[i], gz)):
        return []
    inside = _paren_words(words, i)
    if len(inside) == 1 and gz.is_title(inside[0].text) and "·" not in inside[0].text:
        return []  # "강민지 최고기술책임자(CTO)": the title again in its short form, no organization
    if 2 <= len(inside) <= 4 and inside[-1].text in UNDER and not any(ch.isdigit() for w in inside for ch in w.text):
        return list(inside[:-1])  # "김도윤 교수(한빛대 소속)": the body one belongs to, whatever its shape
    if len(inside) == 1 and len(inside[0].text) > 2 and inside[0].text.endswith(_UNIT_ENDINGS) \
            and not gz.is_title(inside[0].text):  # "장윤 교수(컴퓨터공학과)": the department, its 과 no particle
        return [Word(inside[0].text, inside[0].start, inside[0].end, inside[0].text, "", (), inside[0].quoted)]
    party = inside[0].text.split("·")[0] if inside and "·" in inside[0].text else ""
    if party and (is_party(party) or gz.known_org(party)):  # "김하늘 의원(다온당·서울 마포갑)": the party, then the seat
        first = inside[0]
        return [Word(party, first.start, first.start + len(party), party, "", (), first.quoted)]
    if len(inside) == 2 and suffix_of(inside[0].text, gz) is not None and len(inside[1].text) > 2 \
            and inside[1].text.endswith(_UNIT_ENDINGS) and not gz.is_title(inside[1].text):
        return inside  # "김도윤 교수(한빛대 컴퓨터공학과)": a name-shaped university, then its department
    return inside if inside and (is_org_word(inside[0].text, gz) or inside[0].proper or gz.is_org_prefix(inside[0].text)) \
        and _org_by_form_or_place(inside, gz) else []


# a place in the picture, the picture itself, or an age: "권민호(오른쪽)", "박서연(사진)", "김철수(52)"
_POSITION = re.compile(r"^(?:왼쪽|오른쪽|가운데|좌측|우측|앞줄|뒷줄|뒷줄|위|아래|사진|\d{1,3}$)")


def _name_aside_title(t: _TitleAt) -> list[PersonMention]:
    """``권민호(오른쪽) 대전시장``, ``김하준(더불어민주당) 의원``: a parenthesis between the name and the
    title holds a position in the picture (skipped) or the person's party or organization;
    ``정만수(가운데) 산업통상자원부 1차관``: after a position, the organization may follow it."""
    words, i = t.words, t.i
    close = next((k for k in range(i - 1, max(-1, i - 4), -1) if words[k].text in ")）"), None)
    if close is None or close < 3:
        return []
    between = list(words[close + 1:i])
    if any(w.is_punct or not w.bare for w in between):
        return []
    open_at = _opening(words, close, 4)
    if open_at is None or open_at == 0 or open_at - 1 in t.used or not is_name(words[open_at - 1], t.gz):
        return []
    inside = list(words[open_at + 1:close])
    position = bool(inside) and _POSITION.match(inside[0].text) is not None
    if between:
        if not position or not _org_by_form_or_place(between, t.gz):
            return []
        org = between
    else:
        org = inside if inside and not position and _org_by_form_or_place(inside, t.gz) else []
        if not org and (not inside or position):  # "한빛전자 김철수(52) 대표": the organization before the name
            org = list(words[_org_words_left(words, open_at - 1, t.gz):open_at - 1])
    t.used.add(open_at - 1)
    return [t.mention(words[open_at - 1], org, words[i])]


_ENTRY_ENDS = frozenset({")", "）", "/", ",", ";", "|"})  # what ends a programme's entry (or its line's end)


def _entry_name_comma_org_title(t: _TitleAt) -> list[PersonMention]:
    """``(이상민, 한국로봇융합연구원 원장)``, ``발표자: 조현우, 두산로보틱스 수석``: a programme's entry writes the
    name, a comma (or a middle dot), then the organization and the title. The entry opens at a parenthesis, a
    colon or its line's start and ends with the title (a closing parenthesis, a separator or the line's end), so a
    list of names that share a title (``김철수, 이영희 교수가``) is not read as one."""
    words, i, gz = t.words, t.i, t.gz
    if not words[i].bare or i + 1 < len(words) and words[i + 1].text not in _ENTRY_ENDS \
            and "\n" not in t.doc.text[words[i].end:words[i + 1].start]:
        return []
    j = i - 1
    while j > 0 and words[j].text not in (",", "·"):
        w = words[j]
        if i - j > _MAX_ORG_WORDS or w.quoted or w.is_punct or not w.bare or gz.is_title(w.stem) or is_name(w, gz):
            return []
        j -= 1
    k = j - 1
    if j == i - 1 or k < 0 or k in t.used or not words[k].bare:
        return []
    first = k  # "(Kim Jisoo, 포스텍 교수)": a name in Latin letters is two or three capitalised words
    while first > 0 and k - first < 2 and _LATIN_NAME_PART.fullmatch(words[first - 1].text) and first - 1 not in t.used:
        first -= 1
    latin = first < k and all(_LATIN_NAME_PART.fullmatch(w.text) for w in words[first:k + 1])
    if not latin and not is_name(words[k], gz):
        return []
    line_start = t.doc.text.rfind("\n", 0, words[first].start) + 1
    opens = first > 0 and words[first - 1].text in ("(", "（", ":", "：") \
        or re.fullmatch(rf"[\s{LINE_BULLETS}]*", t.doc.text[line_start:words[first].start]) is not None
    between = list(words[j + 1:i])
    if not opens or not _org_by_form_or_place(between, gz):
        return []
    t.used.update(range(first, k + 1))
    text = t.doc.slice(words[first].start, words[k].end)
    name = words[k] if first == k else Word(text, words[first].start, words[k].end, text, "", (), False)
    return [t.mention(name, between, words[i])]


# (the letters of Latin-1 and Latin Extended-A too: "Ulrich Rüdiger", "José Pereira", "Łukasz Nowak")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"
_LOWER = "a-zß-öø-ÿĀ-ž"
_LATIN_NAME = re.compile(rf"[{_UPPER}][{_UPPER}{_LOWER}'’.\-]*")


_APOSTROPHES = frozenset("'’")


def _foreign_with_original(t: _TitleAt) -> list[PersonMention]:
    """``마이클 존 로건(Michael John Logan) 한빛대 교수``: Hangul words followed by the name in Latin
    letters in parentheses are a foreign name; the organization stands between it and the title."""
    words, i = t.words, t.i
    k, org_end = i - 1, i
    for _ in range(2):  # (the organization's own alias may come first: "… 러스(Daniela Rus) MIT 인공지능연구소(CSAIL) 소장")
        while k > 0 and words[k].bare and not words[k].is_punct and org_end - k <= 4:
            k -= 1
        if k < 2 or words[k].text not in ")）" or words[k + 1].stem_tags[:1] in (("JC",), ("JKS",), ("JX",)):
            return []  # ("케빈 장(Kevin Zhang)과 삼성전자 송재혁 사장": the particle after the parenthesis joins two people)
        open_at = _opening(words, k, 6)
        # ("마이크 오코너(Mike O'Connor)": an apostrophe inside a Latin word, read apart)
        if open_at is None or not (inner := words[open_at + 1:k]) \
                or not all(_LATIN_NAME.fullmatch(w.text) or 0 < n < len(inner) - 1 and w.text in _APOSTROPHES
                           for n, w in enumerate(inner)):
            return []
        if not is_org_word(words[open_at - 1].text, t.gz) or given_name_in_si(words[open_at - 1].text, t.gz):
            break
        # "존 스미스 한빛테크(Hanbit Tech) 부사장": the Latin form of the organization before it; a name may stand
        # further left, with the Latin form of its own
        k, org_end = open_at - 1, open_at - 1
    else:
        return []
    a = open_at
    # as many Hangul words as the original has words spell it (one more for a hyphenated one: Jean-Pierre ->
    # 장 피에르), whatever they look like (히로시 ends like a city, 시), and no more ("한빛시 존 스미스(John
    # Smith) 시장": the city is the organization)
    spelled = len(inner) + sum("-" in w.text for w in inner) - 2 * sum(w.text in _APOSTROPHES for w in inner)
    if _spells_the_name(inner, words[open_at - 1], t.gz) and is_name(words[open_at - 1], t.gz):
        spelled = 1  # "이어 이수민(Soomin Lee) …": a Korean name of one word, its own spelling after it
    while a > 0 and open_at - a < min(4, spelled) and re.fullmatch(r"[가-힣]{1,5}", words[a - 1].text) \
            and words[a - 1].bare and not t.gz.is_title(words[a - 1].text) \
            and (len(inner) >= 2 or not is_org_word(words[a - 1].text, t.gz)
                 and words[a - 1].text not in t.gz.not_names) \
            and (open_at - a < len(inner) or words[a - 1].text not in t.gz.not_names):
        a -= 1  # (the word a hyphen may add is no common one: "이날 장뤼크 모로(Jean-Luc Moreau)")
    if a == open_at or t.used & set(range(a, open_at)):
        return []
    t.used.update(range(a, open_at))
    text = t.doc.slice(words[a].start, words[open_at - 1].end)
    name = Word(text, words[a].start, words[open_at - 1].end, text, "", (), False)
    # "함부르크항만공사의 톰 베커(Tom Becker) 최고기술책임자": the organization before the name
    org_words = list(words[k + 1:i])
    qualifier = None
    if org_words and org_words[0].text in _QUALIFIERS and org_words[0].bare:
        # "에릭 슈미트(Eric Schmidt) 전 구글 최고경영자": a former post's marker before its organization (or before
        # the title alone: "보스턴다이내믹스의 애런 손더스(Aaron Saunders) 전 CTO")
        qualifier, org_words = org_words[0].text, org_words[1:]
    org_words = org_words or _genitive_org(words, a, t.gz) or _org_before_foreign(words, a, t.gz)
    return [t.mention(name, org_words, words[i], qualifier)]


def _second_post(t: _TitleAt) -> list[PersonMention]:
    """``최재식 KAIST 교수(인이지 대표)``: an organization and a title in parentheses right after a title
    are a second post of the person named before that title, not a person of their own (its body fused with
    the title, ``교수(한국인공지능학회장)``, or a former one, ``교수(전 한빛전자 대표)``)."""
    words, i = t.words, t.i
    if i + 1 >= len(words) or words[i + 1].text not in ")）":
        return []
    fused = bool(t.fused_org) and i >= 3 and words[i - 1].text in "(（"
    former = not fused and i >= 5 and words[i - 2].text in _QUALIFIERS and words[i - 3].text in "(（"
    # where the parenthesis opens: right before the fused title, or before the organization (and its marker)
    opening = i - 1 if fused else i - 3 if former else i - 2
    if opening < 2 or words[opening].text not in "(（" or not title_of(words[opening - 1], t.gz):
        return []
    k = next((n for n in range(opening - 2, max(-1, opening - 6), -1) if is_name(words[n], t.gz) and n in t.used),
             None)
    if k is None:
        return []
    if fused:
        return [t.mention(words[k], [], words[i])]
    t.used.add(i - 1)
    unit = words[i - 1]
    if former:  # (the marker as written: "(전 한빛전자 대표)" a former post, "(현 다온재단 이사장)" the current one)
        marker = words[i - 2].text
        return [t.mention(words[k], [unit], words[i], None if marker == "현" else marker)]
    if _unit_shaped(unit, t.gz) and not is_org_word(unit.text, t.gz):
        # "포항공대의 안희갑 기획처장(컴퓨터공학과 교수)": a department of the organization of the first post
        first = list(words[k + 1:i - 3]) or list(words[_org_words_left(words, k, t.gz):k]) \
            or _genitive_org(words, k, t.gz)
        if first and _org_by_form_or_place(first, t.gz):
            return [t.mention(words[k], [*first, unit], words[i])]
    return [t.mention(words[k], [unit], words[i])]


def _addressed(doc: Doc, gz: Gazetteer) -> frozenset[tuple[str, str]]:
    """(surname, title) of every short form of a person the article writes (``박 단장은``, ``최 교수는``): a word
    shaped like a name with that surname and title is a name though it ends like an organization (``박상대
    한빛대 산학협력단장 … 박 단장은``). Not 한, which is also "a" (``한 교수는``)."""
    out = set()
    for sent in doc.sentences:
        words = sent.words
        for k in range(len(words) - 1):
            w = words[k]
            if w.bare and not w.quoted and len(w.text) == 1 and w.text in gz.surnames and w.text != "한" \
                    and (got := title_of(words[k + 1], gz)) is not None and got[1] is None:
                out.add((w.text, got[0]))
    return frozenset(out)


def _addressed_name(w: Word, t: _TitleAt) -> bool:
    """``w`` is a three-syllable word with a surname that the article's short form ``성 + title`` (its title
    the same as ``t``'s, or its head) points at (:func:`_addressed`)."""
    return w.bare and not w.quoted and re.fullmatch(r"[가-힣]{3}", w.text) is not None \
        and any(s == w.text[0] and (t.title.endswith(title) or title.endswith(t.title)) for s, title in t.addressed)


def _branch_scope(text: str, gz: Gazetteer) -> bool:
    """A country or a region of the world a company's branch is named for (``한국``, ``아시아태평양``, ``한국법인``)."""
    return _regional(text[:-2] if text.endswith(("법인", "지사")) else text, gz)


def _name_title(t: _TitleAt) -> list[PersonMention]:
    """``김무상 부장``, ``산기협 김종훈 이사``, ``김종훈 전 장관`` (a former post: the marker before the title)."""
    words, i = t.words, t.i
    n, qualifier = i - 1, None
    if i >= 2 and words[n].bare and _qualifies(words[n].text, t.gz):
        n, qualifier = i - 2, words[n].text  # (or where an envoy's post is held: "임상범 주독일 대사")
    elif i >= 3 and words[n].bare and _branch_scope(words[n].text, t.gz) and is_name(words[n - 1], t.gz) \
            and _org_words_left(words, n - 1, t.gz) < n - 1:
        n, qualifier = i - 2, words[n].text  # "구글 김도윤 한국 사장": the company's branch the post heads
    if n >= 2 and words[n - 1].bare and words[n - 1].text in _QUALIFIERS and is_name(words[n - 2], t.gz):
        return []  # "김종훈 전 한빛부 장관": the word after the marker is the organization's
    glued = _glued_before_title(words, n + 1, t.gz)
    if i == 0 or not (is_name(words[n], t.gz) or name_form(words[n], t.gz).stem in t.known or glued
                      or suffixed_name(words[n], t.gz) or name_ending_like_a_school(words[n], t.title, t.gz)
                      or _addressed_name(words[n], t)) \
            or n in t.used or two_names(words, n, t.gz) and not (n >= 2 and t.gz.is_org_prefix(words[n - 2].text)) \
            and not (n >= 1 and words[n - 1].text in t.shorts) \
            or (n > 0 and not is_name(words[n], t.gz) and suffixed_name(words[n], t.gz)
                and glued_name(words[n - 1], t.gz) is not None) \
            or (n > 0 and t.gz.is_org_prefix(words[n - 1].text)) \
            or (n > 1 and _inside_foreign_name(words, n, n + 1, [], t.gz)):
        # ("법무법인 태평양 변호사": 태평양 is the firm; "구글 순다르 피차이 CEO": the last word of a foreign name)
        return []
    if _foreign_first_part(words, n, t.gz):
        return []  # "도쿄대의 마쓰오 유타카 교수": a foreign name of two words (see _foreign_name_title)
    if _counted_after(words, i):
        return []  # "현업 개발자 30여명이", "청년 창업가 수십 명이": a count of those of the post, no one's name before it
    if _unit_named_by_its_work(words, n, t.gz):
        return []  # "한정민 한국은행 조사국 차장": a body's bureau named by its work is no name (see _name_before)
    if n < 1 or words[n - 1].is_punct or not words[n - 1].bare or words[n - 1].text in _OPENERS:
        if words[n].text not in t.known and words[n].text in t.known_ends:
            return []  # "에바 노박 교수가 … 노박 교수는": the foreign name named before, by its surname (see _anaphors)
    org_start = _org_words_left(words, n, t.gz)
    if org_start >= 1 and org_start <= n and words[org_start - 1].bare and words[org_start - 1].text in t.shorts:
        org_start -= 1  # "경과원 라윤하 본부장": the short name the article gave the body ("경과원 유망기업본부 …": its unit's)
    t.used.add(n)
    org_words = list(words[org_start:n]) or _genitive_org(words, n, t.gz) or _locative_org(words, n, t.gz) \
        or _quoted_org_before(words, n, t.gz) or _appositive_org(words, n, t.gz) \
        or _proper_org(words, n, t.gz) or (_paren_org_after(words, i, t.gz) if not t.fused_org else []) \
        or _org_before_name_list(words, n, t.gz) or _org_before_sosok(words, n, t.gz) or _clause_org(words, n, t.gz) \
        or _org_before_a_post(words, n, t.gz) or _latin_led_pair(words, n, t.gz) \
        or _after_a_legal_form(words, n, t.gz) \
        or ([words[n - 1]] if n >= 1 and brand_then_name(words[n - 1], words[n], t.gz) else [])
    held = _appositive_title(words, n, t.gz) if t.title in _CREDENTIALS else None
    if held is not None:  # "한빛협회 상임부회장인 노태윤 박사": the post the clause gives, not the degree after the name
        return [_mention(t.doc, t.s_index, glued or words[n], held.stem, org_words, None, words[i], qualifier, t.gz)]
    if org_start >= n and not t.fused_org and (clause_at := _appositive_title_at(words, n, t.gz)) is not None \
            and org_words and org_words == _appositive_org(words, n, t.gz) and (own := _paren_org_after(words, i, t.gz)):
        # "한빛학회 회장인 이수원 교수(한빛대)": the clause's post with the clause's body, the name's own post with the
        # body in parentheses after it (two posts, not the society's professor)
        clause = words[clause_at]
        return [_mention(t.doc, t.s_index, glued or words[n], clause.stem, org_words, None, clause, None, t.gz),
                t.mention(glued or words[n], own, words[i], qualifier)]
    return [t.mention(glued or words[n], org_words, words[i], qualifier)]


# a count of people: "30여명이", "30여 명", "120명", "수십 명", "수백여명"
_PEOPLE_COUNT = re.compile(r"(?:\d[\d,]*|수십|수백|수천|십여|수)\s*(?:여\s*명|명|여)")


def _counted_after(words: tuple[Word, ...], i: int) -> bool:
    """The title at ``i``, with no particle, is right before a count of people (``개발자 30여명이``): it names those
    counted, not the one before it."""
    if not words[i].bare or i + 1 >= len(words):
        return False
    m = _PEOPLE_COUNT.match(words[i + 1].text)
    return m is not None and (m.group().endswith("명") or i + 2 < len(words) and words[i + 2].text.startswith("명"))


def _unit_named_by_its_work(words: tuple[Word, ...], n: int, gz: Gazetteer) -> bool:
    """The three-syllable word at ``n``, right after an organization that a name opens, is a common noun and a unit's
    one-syllable ending (``한정민 한국은행 조사국``: the bureau, office or division that does that work), no name shaped
    like one (김상국, 이정실 are no common noun and the ending; the analyser reads some names as common nouns, so a
    body with no name before it keeps the word a name: "UNIST 안현실 연구부총장")."""
    w = words[n]
    return n >= 2 and is_name(words[n - 2], gz) and not words[n - 2].quoted \
        and w.bare and not w.quoted and len(w.text) == 3 and w.text[-1] in _ONE_SYLLABLE_UNITS \
        and words[n - 1].bare and not words[n - 1].quoted \
        and (is_org_word(words[n - 1].text, gz) or gz.known_org(words[n - 1].text)) and common_noun(w.text[:-1])


_ONE_SYLLABLE_UNITS = frozenset("국실과팀")


# what is written after a name as a degree or a form of address, no post: "노태윤 박사", "김 모 씨"
_CREDENTIALS = frozenset({"박사", "씨", "님", "여사", "선생"})


# aspirated syllables that Korean given names are almost never written with, and Japanese ones often are
# (유타카, 히로시, 다카시, 마코토)
_RARE_IN_GIVEN_NAMES = frozenset("카캐커케코쿠키타터테토투티파퍼페포푸피")


def _given_name_then(first: Word, nxt: Word, gz: Gazetteer) -> bool:
    """``first`` is a common foreign given name (마리아, 오마르) and ``nxt``, bare like it, follows: the two open a
    foreign name (the given name however the analyser cut it: 알레산드로 as 알레산드 + 로)."""
    return not first.quoted and nxt.bare and first.text in gz.foreign_given_names


def _foreign_first_part(words: tuple[Word, ...], n: int, gz: Gazetteer) -> bool:
    """The bare word before the name-shaped word at ``n`` is written with syllables only a foreign name has and
    is no organization by its form: the first part of a foreign name (``마쓰오 유타카``, a Japanese surname first)."""
    if n >= 1 and _given_name_then(words[n - 1], words[n], gz):
        return True  # "에밀리아 노박 교수", "오마르 하산 교수": a foreign given name opens the name
    if n < 1 or not words[n].bare or _RARE_IN_GIVEN_NAMES.isdisjoint(words[n].text[1:]):
        return False  # (a Korean name after a company's: "티라유텍 이상형 대표")
    w = words[n - 1]
    return w.bare and not w.is_punct and not w.quoted and not _org_shaped(w, gz) \
        and re.fullmatch(r"[가-힣]{2,5}", w.text) is not None and not gz.foreign_syllables.isdisjoint(w.text)


def _org_before_a_post(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> list[Word]:
    """``다온전자 CTO 오지훈 부사장``: a second post written between the organization and the name; also a
    unit's head (``다온텔레콤 융합기술원장 채민식 전무``, ``다온전자 DS부문장 …``) and the unit one is in charge
    of (``다온클라우드 하이퍼스케일AI 담당 성낙준 이사``)."""
    k = name_at - 1
    if k >= 2 and words[k].bare and words[k].text == "담당" and words[k - 1].bare and not words[k - 1].quoted \
            and not words[k - 1].is_punct:
        k -= 1  # (the unit before 담당 stands where the post would)
    elif k < 1 or not words[k].bare or words[k].quoted \
            or (post := title_of(words[k], gz)) is None or post != (words[k].stem, None) and post[1] is None:
        return []
    start = _org_words_left(words, k, gz)
    return list(words[start:k]) if start < k else []


def _glued_before_title(words: tuple[Word, ...], i: int, gz: Gazetteer) -> Word | None:
    """``우진도 교수가``, ``정혁은 씨``: a name read as a shorter proper noun and a particle right before a
    title or 씨 (with a particle or none of its own), where no particle can stand."""
    if i == 0 or not (words[i].bare or words[i].ending in _NAME_PARTICLES):
        return None
    return glued_name(words[i - 1], gz)


def _org_before_sosok(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> list[Word]:
    """``국회 과방위 소속 최민희 위원장``: the body a person belongs to (소속), written before the word."""
    k = name_at - 1
    if k < 1 or words[k].text != "소속":
        return []
    j = k
    while j > 0 and k - j < 3 and words[j - 1].bare and not words[j - 1].is_punct and not words[j - 1].quoted \
            and words[j - 1].text not in _OPENERS and words[j - 1].text not in gz.not_names:
        j -= 1
    return list(words[j:k])


_MAX_LISTED = 4  # names in a comma list that share the organization before it and the title after it


def _org_before_name_list(words: tuple[Word, ...], last: int, gz: Gazetteer) -> list[Word]:
    """``한빛대 김도윤, 이서연 교수``: the organization before the first of names joined by commas."""
    k = last
    for _n in range(_MAX_LISTED):
        if k < 2 or words[k - 1].text not in (",", "·") or not is_name(words[k - 2], gz):
            break
        k -= 2
    if k == last:
        return []
    start = _org_words_left(words, k, gz)
    if start < k:
        return list(words[start:k])
    w = words[k - 1] if k > 0 else None  # "한빛대 김도윤, …": a word with a suffix right before the list
    if w is not None and w.bare and not w.quoted and suffix_of(w.text, gz) is not None and w.text not in gz.not_names:
        return [w]
    return _proper_org(words, k, gz)


def _name_org_title(t: _TitleAt) -> list[PersonMention]:
    """``김무상 포스코홀딩스 부장``, ``구현모 전 KT 대표이사``, ``이정준 서울대학교 응용공학과 교수``."""
    words, i = t.words, t.i
    k = _name_before(words, i, t.gz, t)
    if k is None or k in t.used or k > 0 and t.gz.is_org_prefix(words[k - 1].text):
        return []  # ("사단법인 한빛 박정우 이사장": a legal form opens the organization, whatever its name's shape)
    between = list(words[k + 1:i])
    if len(between) > 3 and between[0].text in "(（" and between[1].text.isdigit() and between[2].text in ")）":
        between = between[3:]  # "김하준(45) 다온랩 대표": an age after the name
    qualifier = between[0].text if between and (between[0].text in _QUALIFIERS
                                                 or between[0].bare and envoy_place(between[0].text, t.gz)) else None
    if qualifier:
        between = between[1:]
        if len(between) > 3 and between[0].text in "(（" and between[2].text in ")）" and between[1].text in _QUALIFIERS:
            between = between[3:]  # "송태윤 전(前) 한빛전자 사장": the Hanja gloss of the qualifier
    elif len(between) >= 2 and between[-1].text in _QUALIFIERS:
        qualifier, between = between[-1].text, between[:-1]  # "최민준 다온전자 전 대표": the marker before the title
    between = between[past_its_kind(between):]  # "최가영 (AI) 스타트업 누리비전 대표": what the company is, then its name
    between = between[_romanized_name_paren(between, words[k], t.gz):]
    if not t.fused_org and _post_scope(between, t.gz, division_last=True):
        # "이어 성낙호 하이퍼스케일 AI 기술 총괄이", "김도윤 클라우드 사업 총괄": what the post covers, written
        # between the name and its head with no organization; the post is all of it (an organization before the
        # name stays the person's: "한빛전자 김도윤 플랫폼 사업 총괄")
        t.used.add(k)
        title = t.doc.slice(between[0].start, words[i].stem_end)
        org_words = list(words[_org_words_left(words, k, t.gz):k])
        return [_mention(t.doc, t.s_index, words[k], title, org_words, None, words[i], qualifier, t.gz, t.shorts)]
    if not (between or t.fused_org) or not _org_by_form_or_place(between, t.gz):
        return []
    if len(between) == 1 and words[k].text in t.shorts and is_name(between[0], t.gz):
        return []  # "경기도경제과학진흥원(경과원) … 경과원 라윤하 본부장": the article's own short name, then the name
    if len(between) == 1 and k > 0 and _foreign_after_org(words, k, between[0], t.gz):
        return []  # "구글 순다르 피차이 CEO": an organization, then a foreign name of two words
    if between and _given_name_then(words[k], between[0], t.gz) \
            and not _org_shaped(between[0], t.gz):
        return []  # "마리아 가르시아 교수": a foreign given name, then its surname (see _foreign_name_title)
    if len(between) == 1 and _foreign_surname_after(words[k], between[0], t.gz):
        return []  # "안톤 파블로프 교수", "한나 룬드 교수": a two-syllable given name and a foreign surname, no body
    if _inside_foreign_name(words, k, t.i, between, t.gz):
        return []  # "가이 호프만 코넬대 교수", "대니얼 리 펜실베니아대 교수": a foreign name, not a Korean one
    if len(between) == 1 and _paren_org_after(words, t.i, t.gz) and not _org_shaped(between[0], t.gz):
        return []  # "마이클 로건 박사(MIT)": the organization is in parentheses, the word before the title a name's
    if len(between) == 1 and _foreign_first_part(words, k, t.gz):
        return []  # "도쿄대의 마쓰오 유타카 교수": the first part of a foreign name, no organization
    if len(between) == 1 and words[k].text in t.gz.japanese_surnames and between[0].bare \
            and not _org_shaped(between[0], t.gz) and not t.gz.known_org(between[0].text):
        return []  # "도쿄대의 사토 히로시 교수": a Japanese surname read as a Korean name (사 + 토), then the given name
    if _foreign_given_name_before(words, k, between, t.gz) and k - 1 not in t.used:
        # "라민 하산 지멘스 CTO": two name-shaped words before the organization are one foreign name
        t.used.update((k - 1, k))
        text = t.doc.slice(words[k - 1].start, words[k].end)
        return [t.mention(Word(text, words[k - 1].start, words[k].end, text, "", (), False), between, words[i],
                          qualifier)]
    t.used.add(k)
    name = words[k] if words[k].bare else glued_name(words[k], t.gz) or topic_misread_name(words[k], t.gz) or words[k]
    return [t.mention(name, between, words[i], qualifier)]


def _romanized_name_paren(between: list[Word], name: Word, gz: Gazetteer) -> int:
    """How many of ``between``'s first words are the name's own spelling in Latin letters in parentheses
    (``정지훈(Jeong Ji-hoon) 다온대 교수``), none else."""
    if len(between) < 3 or between[0].text not in "(（":
        return 0
    close = next((n for n in range(1, min(len(between), 6)) if between[n].text in ")）"), None)
    return close + 1 if close is not None and _spells_the_name(between[1:close], name, gz) else 0


def _spells_the_name(latin: Sequence[Word], name: Word, gz: Gazetteer) -> bool:
    """``latin`` is Korean ``name``'s own spelling in Latin letters: name-shaped words, the surname's spelling first
    (``Jeong Ji-hoon``) or last (``Soomin Lee``)."""
    spellings = {x.lower() for x in gz.surname_spellings.get(name.text[:1], ())}
    return bool(latin) and all(_LATIN_NAME.fullmatch(w.text) for w in latin) \
        and (latin[0].text.lower() in spellings or latin[-1].text.lower() in spellings)


def _foreign_surname_after(first: Word, nxt: Word, gz: Gazetteer) -> bool:
    """``안톤 파블로프``: a bare two-syllable word, then a bare word written with a syllable only foreign names
    have that reads as no organization by its form (a suffix, a known name, Latin letters)."""
    return first.bare and nxt.bare and not nxt.quoted and len(first.text) == 2 and 2 <= len(nxt.text) <= 6 \
        and re.fullmatch(r"[가-힣]+", nxt.text) is not None and not gz.foreign_syllables.isdisjoint(nxt.text) \
        and not _org_shaped(nxt, gz) and nxt.text not in gz.not_names and not _place(nxt, gz) \
        and first.text not in gz.not_names and not gz.known_org(first.text)


def _foreign_given_name_before(words: tuple[Word, ...], k: int, between: list[Word], gz: Gazetteer) -> bool:
    """``라민 하산 지멘스 CTO``: the two-syllable name-shaped word at ``k`` (before an organization and a title)
    comes after another bare Hangul word that opens the phrase and is no organization, title or common word —
    a Korean name has one word, so the two are a foreign name (a body before the name and another after it
    would be two organizations of one person)."""
    if k < 1 or not between or not words[k].bare or len(words[k].text) != 2:
        return False
    w = words[k - 1]
    # (not a particle written apart after a closing quote: "'… 2026'에서 류진 한경협 회장")
    if not (w.bare and not w.is_punct and not w.is_particle and not w.quoted and re.fullmatch(r"[가-힣]{2,4}", w.text)) \
            or w.text in gz.not_names or gz.is_title(w.text) or gz.known_org(w.text) or is_org_word(w.text, gz) \
            or suffix_of(w.text, gz) is not None or w.text in gz.cities or w.text in gz.countries \
            or common_noun(w.text) or is_party(w.text) or title_and(w.text, gz):
        return False
    before = words[k - 2] if k >= 2 else None
    return before is None or before.is_punct or not before.bare


def _org_shaped(w: Word, gz: Gazetteer) -> bool:
    """A word that reads as an organization by itself: a known one, an organization word or suffix, a
    legal form, or Latin letters."""
    if given_name_in_si(w.text, gz):
        return False  # 히로시, 다카시: a given name; a city's government is one the lists know (화성시)
    return gz.known_org(w.text) or is_org_word(w.text, gz) or suffix_of(w.text, gz) is not None \
        or _LEGAL_FORM.search(w.text) is not None or re.search(r"[A-Za-z]", w.text) is not None


def _inside_foreign_name(words: tuple[Word, ...], k: int, i: int, between: list[Word], gz: Gazetteer) -> bool:
    """The name-shaped word at ``k`` is part of a foreign name: a one-syllable word follows it (``대니얼 리``,
    ``젠슨 황``), or proper nouns that are no places or names run before it (``가이 호프만``)."""
    if between and between[0].bare and re.fullmatch(r"[가-힣]", between[0].text):
        return True
    found = foreign_name_before(words, i, gz)
    if found is not None and found[0] == k < found[1] - 1 and found[1] < i \
            and all((w.stem_tags in (("NNP",), ()) or long_foreign_part(w) or not gz.foreign_syllables.isdisjoint(w.text))
                    and not is_name(w, gz) and not _org_shaped(w, gz)
                    and not w.text.endswith(_UNIT_ENDINGS) and not _place(w, gz) for w in words[k + 1:found[1]]):
        return True  # "안나 슈미트 지멘스 부사장": a Korean-shaped first name opens a foreign name before the organization
    if found is None or not found[0] < k < found[1]:
        return False
    # before an organization and a title, two name-shaped words are one foreign name (가이 호프만 코넬대 교수);
    # so after a known organization, right before the title (구글 순다르 피차이 CEO: 피차이 ends the name)
    # ("지멘스의 롤란트 부시 CEO", "콩스베르그의 …": or an organization in the genitive)
    owner = words[found[0] - 1] if found[0] > 0 else None
    after_org = found[1] == i and owner is not None and not owner.quoted \
        and (owner.bare and (org_before_run(owner, gz) or owner_read_whole(owner))
             or owner.ending == "의" and (gz.known_org(owner.stem) or is_org_word(owner.stem, gz))) \
        and not any(is_name(w, gz) for w in words[found[0]:k])
    return (found[1] < i or after_org) and all(w.proper and not _place(w, gz) for w in words[found[0]:k])


def _place(w: Word, gz: Gazetteer) -> bool:
    """A city, country or district the gazetteer knows."""
    return gz.is_place(w.text)


def _latin_led_org(words: tuple[Word, ...], k: int, gz: Gazetteer) -> bool:
    """The bare noun at ``k`` ends an organization that its Latin letters open (``ABB 로보틱스``, ``SK 하이닉스``)."""
    w = words[k]
    return k >= 1 and w.bare and not w.is_punct and bool(w.stem_tags) and set(w.stem_tags) <= {"NNG", "NNP"} \
        and not is_name(w, gz) and words[k - 1].bare and LATIN_WORD.fullmatch(words[k - 1].text) is not None


def _latin_led_pair(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> list[Word]:
    """``SK 하이닉스 김철수 부사장``: the two words before the name, a company its Latin letters open."""
    k = name_at - 1
    return [words[k - 1], words[k]] if k >= 1 and _latin_led_org(words, k, gz) else []


def _foreign_after_org(words: tuple[Word, ...], k: int, nxt: Word, gz: Gazetteer) -> bool:
    """The name-shaped word at ``k`` and the unknown word after it are a foreign name after an
    organization (``구글 순다르 피차이``): the word before is an organization and the next one is none."""
    before = words[k - 1]  # "한빛협회의 마이클 로건 회장": the organization in the genitive too
    # ("ABB 로보틱스 사미 아티야 사장", "프라운호퍼 IPA 마르코 후버": a company's word or Latin letters before it too)
    return (before.bare or before.ending == "의") and not before.quoted \
        and (gz.known_org(before.stem) or is_org_word(before.stem, gz) or before.bare and org_before_run(before, gz)
             or _latin_led_org(words, k - 1, gz)) \
        and nxt.bare and re.fullmatch(r"[가-힣]{1,4}", nxt.text) is not None and not nxt.text.endswith(_UNIT_ENDINGS) \
        and not is_org_word(nxt.text, gz) and not gz.known_org(nxt.text)


def _foreign_name_title(t: _TitleAt) -> list[PersonMention]:
    """``존 헤이븐스 IEEE Global AI Initiative 창립 사무총장``, ``로니 로센펠드 교수``."""
    words = t.words
    found = foreign_name_before(words, t.i, t.gz)
    if found is None or t.used & set(range(*found)):
        return []
    a, b = found
    if b - a == 3 and b == t.i and t.title in _COMPANY_POSTS and not t.fused_org \
            and f"{words[b - 1].text} {t.title}" not in t.doc.text[words[b - 1].end:]:
        b -= 1  # "피터 아벨 코베리안트 공동창업자": a company's post names its company, the last word (not "… 로건 CEO는")
    t.used.update(range(a, b))
    text = t.doc.slice(words[a].start, words[b - 1].end)
    name = Word(text, words[a].start, words[b - 1].end, text, "", (), False)
    between, qualifier = list(words[b:t.i]), None
    lead = 0
    while lead < len(between) and _qualifies(between[lead].text, t.gz):
        lead += 1  # "팻 겔싱어 전 인텔 CEO": a former post; "… 전 주한 미국대사": and where it was held
    if lead:
        qualifier, between = " ".join(w.text for w in between[:lead]), between[lead:]
    if len(between) >= 2 and function_of_post(between[-1], t.gz):
        between = between[:-1]  # "라스 옌센 머스크 디지털전략 총괄": the function the post is of, no word of the body's
    return [t.mention(name, between or _genitive_org(words, a, t.gz) or _org_before_foreign(words, a, t.gz)
                      or _locative_org(words, a, t.gz) or _paren_org_after(words, t.i, t.gz)
                      or _clause_org(words, a, t.gz)  # ("… 사업부를 이끄는 토마스 슈미트 전무")
                      or _appositive_org(words, a, t.gz), words[t.i], qualifier)]  # ("AWS의 … 총괄인 더그 브라운 이사")


def _kind_noun(w: Word) -> bool:
    """A common noun saying what kind of organization the name after it is (전문기업, 로봇 스타트업)."""
    return w.text.endswith(BODY_KINDS) and bool(w.stem_tags) and all(tag == "NNG" for tag in w.stem_tags)


# the kinds of member a body is of a group (의장사, 주관기관, 회원사 …): with the copula's 인 they describe the
# organization named after them
_MEMBER_KINDS = ("사", "기관", "업체", "단체", "기업", "회사")


def _describing_copula(w: Word) -> bool:
    """``의장사인``, ``주관기관인``: a noun for a kind of member with the copula's adnominal 인 (which the
    analyser may read as a noun, 의장 + 사인), describing the name after it."""
    t = w.text
    return len(t) >= 3 and t.endswith("인") and (w.ending_tags[:1] == ("VCP",) or t[:-1].endswith(_MEMBER_KINDS))


def _genitive_org(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> list[Word]:
    """``미국 카네기멜론 대학의 로니 로센펠드 교수``: an organization in the genitive before the name."""
    k = name_at - 1
    if k >= 3 and words[k].text == "의" and words[k - 1].text in CLOSING_QUOTES:
        return _quoted_org(words, k - 1, gz)  # "AI 스타트업 '다온랩'의 이서연 대표": a quoted name in the genitive
    if k >= 3 and words[k].text == "의" and words[k - 1].text in ")）":
        # "미국소비자기술협회(CTA)의 게리 샤피로 회장": the organization before its alias in parentheses
        opening = _opening(words, k - 1, 6)
        if opening is None or opening == 0:
            return []
        start = _org_words_left(words, opening, gz, parens=False)
        return list(words[start:opening]) if start < opening else []
    if k >= 0 and words[k].bare and (genitive_read_whole(words[k], gz) or owner_read_whole(words[k])):
        w = words[k]  # "인더스트리4.0 플랫폼의", "콩스베르그의": the genitive the analyser read into one proper noun
        tags = ("NNG",) if genitive_read_whole(w, gz) else ("NNP",)
        words = (*words[:k], Word(w.text, w.start, w.end, w.text[:-1], "의", ("JKG",), w.quoted, tags), *words[k + 1:])
    if k < 0 or words[k].ending != "의":
        return []
    j = k
    known = gz.known_org(words[k].stem)  # "… 의장사인 LG전자의": a known name takes only organization words before it
    while j > 0 and k - j < 3 and words[j - 1].bare and not words[j - 1].is_punct \
            and words[j - 1].text not in gz.not_names and words[j - 1].text not in gz.countries \
            and words[j - 1].text not in _OPENERS and words[j - 1].text not in UNDER \
            and not {"MAG", "MAJ"} & set(words[j - 1].stem_tags) \
            and (not known or is_org_word(words[j - 1].text, gz) or words[j - 1].proper) \
            and not _describing_copula(words[j - 1]):
        j -= 1  # back over the organization's words, not over an adverb (또, 특히) that opens the phrase
    j = _known_company_before(words, j, k, gz)
    kinds = [n for n in range(j, k) if _kind_noun(words[n])]
    if kinds:
        j = kinds[-1] + 1  # "스마트제조 전문기업 ㈜인더스트리랩의": a description, then the name
    phrase = " ".join(w.stem for w in words[j:k + 1])
    last = words[k].stem
    # "다온AI의 채서윤 대표": a brand-like word (Hangul with Latin letters) or an unknown proper noun
    brand = j == k and (re.fullmatch(r"[가-힣]+[A-Za-z]+|[A-Za-z]+[가-힣]+", last) is not None
                        or "NNP" in words[k].stem_tags and not is_name(words[k].as_bare, gz)
                        and last not in gz.cities and last not in gz.countries)
    # ("법무법인 세종의 이민영 변호사": a legal form written before the name makes it an organization's)
    # ("지멘스 디지털 인더스트리 소프트웨어의 토니 헤멜건 회장": the words of a division after the company that opens them)
    if not (is_org_word(last, gz) or brand or (j < k and any(phrase.endswith(x) for x in gz.org_suffixes))
            or j < k and (gz.is_org_prefix(words[j].text) or gz.known_org(words[j].text))):
        return []
    if j == k and j >= 4 and words[j - 1].text in ")）" \
            and (_unit_shaped(words[k].as_bare, gz) or is_org_word(words[k].stem, gz)):
        # "한국전자통신연구원(ETRI) 인공지능연구소의 김현우 소장": the unit of an organization named with its alias
        opening = _opening(words, j - 1, 5)
        if opening is not None and opening > 0 and words[opening - 1].bare and is_org_word(words[opening - 1].text, gz):
            return [Word(w.stem, w.start, w.stem_end, w.stem, "", (), w.quoted) for w in words[opening - 1:k + 1]]
    return [Word(w.stem, w.start, w.stem_end, w.stem, "", (), w.quoted) for w in words[j:k + 1]]


def _known_company_before(words: tuple[Word, ...], j: int, k: int, gz: Gazetteer) -> int:
    """``지멘스 디지털 인더스트리 소프트웨어의``: a known organization that opens the words of its division (common
    nouns of what it does) before the genitive at ``k``: where it stands, else ``j``."""
    n = k
    while n > 0 and k - n < 3 and words[n - 1].bare and not words[n - 1].quoted and words[n - 1].stem_tags \
            and all(tag.startswith("NN") or tag == "SL" for tag in words[n - 1].stem_tags):
        n -= 1
        if gz.known_org(words[n].text):
            return min(n, j)
    return j


def _quoted_org(words: tuple[Word, ...], close: int, gz: Gazetteer) -> list[Word]:
    """The quoted words of an organization's name whose closing quote is at ``close`` (``'다온랩'``), as bare words;
    none when they are no such name (a name's shape, punctuation inside)."""
    opening = next((n for n in range(close - 1, max(-1, close - 5), -1) if words[n].text in OPENING_QUOTES), None)
    inner = list(words[opening + 1:close]) if opening is not None else []
    if inner and all(w.quoted and not w.is_punct for w in inner) and not is_name(inner[0], gz):
        return [_stem_only(w) for w in inner]
    return []


def _quoted_org_before(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> list[Word]:
    """``스타트업 '딥러닝랩' 박민재 대표``: a quoted organization's name right before the name (one word, or words that
    end as an organization's name: not a talk's title, ``'AI 제조 혁신' 박민재 대표``)."""
    k = name_at - 1
    inner = _quoted_org(words, k, gz) if k >= 2 and words[k].text in CLOSING_QUOTES else []
    if len(inner) == 1 and gz.event_type_of(inner[0].text) is None or inner and is_org_word(inner[-1].text, gz):
        return inner
    return []


_FROM_ENDINGS = frozenset({"에서는", "에선", "에서도"})  # (not a bare 에서: "코엑스에서 김 회장은" names a place)


def _locative_org(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> list[Word]:
    """``다온전자에서는 이상훈 상무가``: the organization a person speaks for, named with 에서(는) right
    before the name."""
    k = name_at - 1
    if k < 0 or words[k].ending not in _FROM_ENDINGS or words[k].quoted:
        return []
    w = words[k]
    if not _a_body_not_a_place(w.stem, gz, short_forms=False):
        return []  # "행사장에서는", "코엑스 전시홀에서는": where, not whose
    return [_stem_only(w)]


def _a_body_not_a_place(stem: str, gz: Gazetteer, *, short_forms: bool) -> bool:
    """A word with 에서 that names whose the person is, not where they are: an organization (or, with
    ``short_forms``, a word shaped like a university's short form, 한빛대), no city, country or venue."""
    return (is_org_word(stem, gz) or gz.known_org(stem) or short_forms and short_form_or_name(stem, gz)) \
        and stem not in gz.cities and stem not in gz.countries and not stem.endswith(gz.venue_suffixes)


_CLAUSE_REACH = 5  # words of an adnominal clause between the organization and the name


# the verbs of leading or running a body, in their adnominal form right before the head's name
_LEADING = frozenset({"이끄는", "운영하는", "경영하는", "총괄하는"})
_LEADING_ONGOING = frozenset({"이끌고", "운영하고", "경영하고", "총괄하고"})  # ("… 이끌고 있는")
# the verbs of founding a body, in their past adnominal form right before the founder's name
_FOUNDING = frozenset({"창업한", "설립한", "창립한", "세운", "공동창업한", "공동설립한"})


def _clause_org(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> list[Word]:
    """``다온전자에서 AI 전략을 총괄하는 정민우 부사장``, ``한빛대에서 로봇공학을 가르치는 이민수 교수``: the
    organization of an adnominal clause (a verb in its -는 form right before the name) that says where the
    person works, named with 에서."""
    k = name_at - 1
    if k >= 1 and words[k].text in _FOUNDING and (founded := _founded_body(words, k - 1, gz)) is not None:
        return [founded]  # "'다온에이아이'를 창업한 류하준 대표", "한빛랩을 설립한 김도윤 대표": the body one founded
    if k >= 3 and words[k].text in ("있는", "있던") and words[k - 1].text == "맡고" and words[k - 2].ending in ("을", "를") \
            and gz.is_title(words[k - 2].stem) and words[k - 3].bare and not words[k - 3].quoted \
            and _a_body_not_a_place(words[k - 3].stem, gz, short_forms=True):
        # "한빛전자 AI센터장을 맡고 있는 황보민 부사장": the body of the post one holds now
        w = words[k - 3]
        return [_stem_only(w)]
    if k < 1 or "ETM" not in words[k].ending_tags or words[k].quoted \
            or not words[k].ending.endswith("는") or words[k].ending.endswith("라는"):
        return []  # ("… 개최하는 포럼에서 …", "'…'라는"): only the verb's present adnominal form
    led = k - 1 if words[k].text == "있는" and words[k - 1].text in _LEADING_ONGOING else k
    if (words[led].text in _LEADING or led < k) and led > 0 and words[led - 1].ending in ("을", "를") \
            and not words[led - 1].quoted:
        w = words[led - 1]  # "한빛전자를 이끄는 김도윤 대표", "다온랩을 이끌고 있는 이수진 대표": the body one leads
        if led >= 2 and _unit_shaped(_stem_only(w), gz) and words[led - 2].bare and not words[led - 2].quoted \
                and (_a_body_not_a_place(words[led - 2].text, gz, short_forms=True) or _brand_before(words[led - 2], gz)):
            return [words[led - 2]]  # "한빛전자 로봇사업부를 이끄는 김도윤 전무": the body of the unit one leads
        if _a_body_not_a_place(w.stem, gz, short_forms=True):
            return [_stem_only(w)]
    for j in range(k - 1, max(-1, k - 1 - _CLAUSE_REACH), -1):
        w = words[j]
        if w.is_punct or w.quoted and w.ending != "에서" or is_name(w, gz):
            return []
        if w.ending == "에서":
            # (a word shaped like a university's short form, 한빛대, takes no 에서 as a person's name)
            if _a_body_not_a_place(w.stem, gz, short_forms=True):
                return [_stem_only(w)]
            return []
    return []


def _stem_only(w: Word) -> Word:
    """The word less its particle or ending (``한빛전자를`` -> ``한빛전자``): an organization's words."""
    return Word(w.stem, w.start, w.stem_end, w.stem, "", (), False)


def _founded_body(words: tuple[Word, ...], k: int, gz: Gazetteer) -> Word | None:
    """The object of a verb of founding that ends at ``k``: a body's name with 을/를, quoted or not (``'다온에이아이'를``,
    ``한빛랩을``), no place and no common noun (``회사를``, ``스타트업을``)."""
    w = words[k]
    if w.text in ("을", "를") and k >= 2 and words[k - 1].text in CLOSING_QUOTES:
        w = words[k - 2]  # the particle after the closing quote: "'다온에이아이'를"
    elif not (w.ending in ("을", "를") and not w.quoted):
        return None
    stem = w.stem
    # (a long word the analyser knows no parts of is a name it reads as one noun: 다온에이아이; a short one, a kind)
    if len(stem) < 2 or stem in gz.cities or stem in gz.countries or common_noun(stem) and len(stem) <= 3 \
            or stem.endswith(BODY_KINDS) or is_name(w.as_bare, gz) or gz.is_title(stem):
        return None
    return _stem_only(w)


def _opening(words: tuple[Word, ...], close: int, reach: int) -> int | None:
    """Index of the opening parenthesis that the one at ``close`` closes, within ``reach`` words before it."""
    return next((n for n in range(close - 1, max(-1, close - 1 - reach), -1) if words[n].text in "(（"), None)


def _appositive_title_at(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> int | None:
    """Where the title joined to the name at ``name_at`` by 인 stands (``…상임부회장인 노태윤``,
    ``…책임자(CTO)인 김병훈``), if one is."""
    k = name_at - 1
    if k < 1 or words[k].ending != "인":
        return None
    if not words[k].stem and words[k - 1].text in ")）":  # "…책임자(CTO)인": the title before the parenthesis
        opening = _opening(words, k - 1, 4)
        if not opening:
            return None
        k = opening - 1
    if not gz.is_title(words[k].stem):
        return None
    # ("한빛협회 회장 겸 다온전자 대표인 박정호", "한빛협회 회장 겸 대표인 …": the first of two posts joined by 겸, the one
    # the name is first written with)
    for gap in (2, 1):
        if k > gap and words[k - gap].text == "겸" and gz.is_title(words[k - gap - 1].stem) and words[k - gap - 1].bare:
            return k - gap - 1
    return k


def _appositive_title(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> Word | None:
    """The title word of :func:`_appositive_title_at`, when an organization comes with it."""
    k = _appositive_title_at(words, name_at, gz)
    return words[k] if k is not None and _appositive_org(words, name_at, gz) else None


def _appositive_org(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> list[Word]:
    """``LG전자 최고기술책임자(CTO)인 김병훈 사장``, ``서울대 공대 학장인 김영오 교수``: an organization
    and a title joined to the name by 인 (the person is the holder of that post)."""
    k = _appositive_title_at(words, name_at, gz)
    if k is None:
        return _fused_appositive_org(words, name_at, gz)  # (a fused word the title list does not know whole)
    j = k
    while j > 0 and k - j < 3 and words[j - 1].bare and not words[j - 1].is_punct \
            and (words[j - 1].text not in gz.not_names or j == k and _branch_scope(words[j - 1].text, gz)) \
            and not gz.is_title(words[j - 1].text):
        j -= 1
    org = list(words[j:k])
    if not org and k == name_at - 1 and (fused := _fused_appositive_org(words, name_at, gz)):
        return fused  # "한빛로봇산업협회장인 정대호 회장": fused with its head
    if len(org) >= 2 and _branch_scope(org[-1].text, gz):
        org = org[:-1]  # "지멘스 한국 총괄인 이재성 대표": the branch's country, then the post
    if org and _org_by_form_or_place(org, gz) and not (j > 0 and words[j - 1].ending == "의"):
        return org
    # "AWS의 제조 부문 글로벌 총괄인 더그 브라운 이사", "한빛전자의 로봇사업 총괄인 …": a body in the genitive before the
    # post's words, read as a genitive before a name is (_genitive_org)
    for n in range(k - 1, max(-1, k - 1 - _GENITIVE_POST_REACH), -1):
        if words[n].is_punct or words[n].quoted:
            break
        if words[n].ending == "의":
            return _genitive_org(words, n + 1, gz)
    return []


_GENITIVE_POST_REACH = 4  # words of a post between a body in the genitive and the 인 that joins it to the name


def _fused_appositive_org(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> list[Word]:
    """``한빛로봇산업협회장인 정대호 회장``: an organization fused with its head, joined to the name by 인 (the
    person holds that post): the organization, read out of the word."""
    k = name_at - 1
    if k < 0 or words[k].ending != "인" or words[k].quoted:
        return []
    fused = title_of(Word(words[k].stem, words[k].start, words[k].start + len(words[k].stem), words[k].stem, "", (),
                          False, words[k].stem_tags), gz)
    if fused is None or not fused[1] or not words[k].stem.startswith(fused[1]):
        return []  # (the organization as written, the word's own letters)
    org = fused[1]
    return [Word(org, words[k].start, words[k].start + len(org), org, "", (), False, ())]


def _org_before_foreign(words: tuple[Word, ...], a: int, gz: Gazetteer) -> list[Word]:
    """``엔비디아 젠슨 황 CEO``, ``마이크로소프트(MS) 브래드 스미스 부회장``: a known organization (with
    its alias in parentheses) right before a foreign name."""
    k = a - 1
    if k >= 2 and words[k].text in ")）":
        k = (_opening(words, k, 4) or 0) - 1
    if k >= 1 and _latin_led_org(words, k, gz):
        return [words[k - 1], words[k]]  # "ABB 로보틱스 사미 아티야 사장": a company its letters open
    if k >= 1 and words[k].bare and not words[k].is_punct:
        # "프라운호퍼 IPA 마르코 후버", "지멘스 디지털인더스트리 라민 하산", "프라운호퍼 연구소 마르코 후버": an
        # organization of up to three words (a name, its unit or kind, its letters) before the foreign name
        start = k
        while start >= 0 and k - start < 3 and words[start].bare and not words[start].is_punct \
                and not _place(words[start], gz) and not is_name(words[start], gz) \
                and (_a_unit(words[start], gz) or start == k - 1 and _a_unit(words[k], gz)
                     or words[start].text not in gz.not_names
                     and (org_before_run(words[start], gz) or words[start].stem_tags in (("NNP",), ("SL",))
                          or compound(words[start]))):
            start -= 1  # ("엔비디아 옴니버스 부문 레브 레바레디언": the company's unit, named by what it makes)
        phrase = list(words[start + 1:k + 1])
        if len(phrase) >= 2 and any(org_before_run(w, gz) for w in phrase):
            return phrase
    if k < 0 or not words[k].bare or not (gz.known_org(words[k].text) or is_org_word(words[k].text, gz)):
        return []
    return [words[k]]


def _a_unit(w: Word, gz: Gazetteer) -> bool:
    """A unit of an organization written apart from it: 부문, 사업부, 연구소, …팀, …실."""
    return w.text in DEPARTMENTS or _unit_shaped(w, gz)


def _after_a_legal_form(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> list[Word]:
    """``주식회사 다온 김지현 대표``, ``사단법인 한빛 박정우 이사장``: a legal form written apart, then the one word of the
    organization's name, however the analyser read it (다온: 다 + 온)."""
    k = name_at - 1
    if k < 1 or not gz.is_org_prefix(words[k - 1].text) or words[k].quoted or words[k].is_punct \
            or re.fullmatch(r"[가-힣A-Za-z0-9&]{1,12}", words[k].text) is None:
        return []
    w = words[k]
    return [words[k - 1], Word(w.text, w.start, w.end, w.text, "", (), False, ("NNP",))]


def _proper_org(words: tuple[Word, ...], name_at: int, gz: Gazetteer) -> list[Word]:
    """``한결소프트 윤지호 대표``, ``누리TP 문성호 원장``, ``미래당 박서준 의원``, ``한빛대 김철수 교수``: a proper
    noun no list knows (or a party, …당, or a word with an organization's suffix) stands in the organization
    slot before a name and a title, at the start of a phrase."""
    k = name_at - 1
    if k < 0:
        return []
    w = words[k]
    party = w.bare and is_party(w.text)
    # ("한빛대 김철수 교수": a word with an organization's suffix, which the analyser may read as no proper noun)
    suffixed = w.bare and suffix_of(w.text, gz) is not None
    # ("에이아이네이션 김지현 대표": a company's name written in foreign syllables, which the analyser may read as a
    # common noun)
    foreign = w.bare and re.fullmatch(r"[가-힣]{3,}", w.text) is not None and not gz.foreign_syllables.isdisjoint(w.text)
    if not (w.bare and w.proper or party or suffixed or foreign) or w.quoted or is_name(w, gz) and not party \
            or gz.is_title(w.stem) or w.stem in gz.not_names \
            or gz.is_place(w.stem):
        return []
    before = words[k - 1] if k > 0 else None
    if before is not None and before.bare and not before.is_punct and before.text not in LIST_MARKS \
            and before.text not in _OPENERS and not describes_a_business(before):
        return []  # inside a longer noun phrase (not after what the company is: "AI 반도체 전문기업 누리칩스")
    return [w]


def _org_title_name(t: _TitleAt) -> list[PersonMention]:
    """``KAIST 총장 신성철``, ``산기협 회장 구자균은``: the name after the title, an organization before it
    (or none, for an occupation before a full name at a phrase's start: ``영화감독 권한슬``)."""
    words, i = t.words, t.i
    at, former = _holding_the_post(words, i)  # "다온전자 대표를 맡고 있는 최지우 씨", "… 장관을 지낸 김도윤 교수"
    if at == i + 1 and at + 3 < len(words) and words[at].text in "(（" and words[at + 2].text in ")）" \
            and (other := title_of(words[at + 1], t.gz)) is not None and other[1] is None:
        at += 3  # "SK하이닉스 부사장(CTO) 송민아는": the post's other name in parentheses, then the name
    # ("다온전자 대표인 최민준 씨": the copula's adnominal 인 describes the name after it)
    if at >= len(words) or at in t.used or not (words[i].bare or words[i].ending == "인" or at > i + 1):
        return []  # "… 부사장과 박서준 교수": a title with a particle is no title of the name after it
    after = words[at]
    if not after.bare and after.ending not in _NAME_PARTICLES and at + 1 < len(words) \
            and words[at + 1].stem in _HONORIFIC_NOUNS:
        after = name_form(after, t.gz)  # "한빛대 교수 김경훈 씨": a name the analyser cut (김경 + 훈), its form of address
    org_start = _org_words_left(words, i, t.gz)
    if org_start >= i and i > 0 and words[i - 1].bare and not words[i - 1].quoted and i - 1 not in t.used \
            and suffix_of(words[i - 1].text, t.gz) is not None and words[i - 1].text not in t.gz.not_names:
        org_start = i - 1  # "한빛대 교수 김도윤이": a name-shaped university, as the name after the title shows
    post_word = words[i].bare or words[i].ending == "인"  # (the title bare, or joined to the name by the copula)
    before_post = _org_before_post(words, i, t.gz) if org_start >= i and post_word else []
    if words[i].stem in _MAKERS_OF_WORKS and before_post and _in_quotes(words, before_post):
        before_post = []  # "'미래의 충격'의 저자 토머스 프레이": a work in quotes, no organization
    # the title opens its phrase: the text's start, a mark, a word with its ending, or an opener before it
    phrase_start = i == 0 or words[i - 1].is_punct or bool(words[i - 1].ending) or words[i - 1].text in _OPENERS
    # "미래학자 토머스 프레이가", "세계적인 로봇공학자 한스 뮐러가": an occupation alone before a full name
    opens = org_start >= i and words[i].bare \
        and (phrase_start or words[i - 1].text in ("출신", "의")  # (a genitive written apart: "'미래의 충격'의 저자 …")
             # ("베스트셀러 작가 토머스 프레이가": a common noun that qualifies the occupation)
             or words[i - 1].bare and not words[i - 1].quoted and not words[i - 1].proper and bool(words[i - 1].stem_tags)
             and all(x == "NNG" for x in words[i - 1].stem_tags) and not is_name(words[i - 1], t.gz))
    if opens and at + 2 < len(words) and words[at + 1].bare and title_of(words[at + 2], t.gz) is not None:
        opens = False  # "로봇공학자 데니스 홍 교수의": the title after the name is the name's
    if (org_start < i or before_post or opens) and post_word and at + 1 not in t.used \
            and (name_end := _foreign_after_title(words, at, t.gz)) is not None:
        # "엔비디아 부사장 리처드 커리스는", "링크드인 공동창업자 리드 호프먼은": a foreign name of two words
        t.used.update((at, at + 1))
        text = t.doc.slice(after.start, name_end)
        name = Word(text, after.start, name_end, text, "", (), False)
        return [t.mention(name, before_post, words[i], "전" if former else None) if before_post
                else _post_then_name(t, org_start, name, former)]
    # (with the analyser's reading of it: 이상학 read as one proper noun is a name, not 이상 + 학 as a field's word)
    name = Word(after.stem, after.start, after.stem_end, after.stem, "", (), after.quoted, after.stem_tags)
    particle_or_end = after.bare or after.ending in _NAME_PARTICLES or all(x.startswith("S") for x in after.ending_tags)
    # "영화감독 권한슬, 역사스토리텔러 썬킴": an occupation written before a full name, no organization
    alone = org_start >= i and len(name.text) == 3 and words[i].bare \
        and (phrase_start or words[i - 1].text == "의" and words[i].stem in _MAKERS_OF_WORKS)
    if not particle_or_end or (org_start >= i and not alone and not before_post) or not is_name(name, t.gz):
        return []
    if len(name.text) == 2 and after.bare and common_noun(name.text):
        return []  # "산업부 장관 연설", "총장 당부": a headline's noun after the title, one the analyser knows
    if after.bare and at + 1 < len(words) and title_of(words[at + 1], t.gz) and at == i + 1 \
            and words[at + 1].stem not in _DEGREES and words[at + 1].stem not in _HONORIFIC_NOUNS:
        return []  # "… 회장 김철수 교수": the name belongs to the next title (not "원장 이상훈 박사": a degree; not
        # "한빛대 교수 김경훈 씨": the form of address after the name)
    if (words[i].ending == "인" or at > i + 1) and after.bare and _titled_after(words, at, t.gz):
        return []  # "한빛협회 회장인 김철수 다온전자 대표": the organization and title after the name are the name's
    if org_start >= i and not before_post and _org_and_title_in_parens_after(words, at, t.gz):
        return []  # "팀장 김도현(창원대 4학년)씨는": the body and post in the parentheses after the name are read there
    t.used.add(at)
    if before_post:
        return [t.mention(name, before_post, words[i], "전" if former else None)]
    return [_post_then_name(t, org_start, name, former)]


def _org_and_title_in_parens_after(words: tuple[Word, ...], at: int, gz: Gazetteer) -> bool:
    """Parentheses right after the name at ``at`` that hold an organization by its form and then a title
    (``(창원대 4학년)``, ``(한빛대 교수)``)."""
    if at + 1 >= len(words) or words[at + 1].text not in "(（":
        return False
    inside = _paren_words(words, at)
    return len(inside) >= 2 and title_of(inside[-1], gz) is not None and _org_by_form_or_place(inside[:-1], gz)


# the makers of works (a book, a film, a show), whose work in quotes before them is no organization
_MAKERS_OF_WORKS = frozenset({"저자", "작가", "감독", "소설가", "시인", "작곡가", "PD", "평론가"})


def _in_quotes(words: tuple[Word, ...], run: list[Word]) -> bool:
    """The words of ``run`` (a slice of ``words``) stand between quote marks."""
    first = next((k for k, w in enumerate(words) if w.start == run[0].start), None)
    if first is None:
        return False
    last = next((k for k in range(first, len(words)) if words[k].end >= run[-1].end), len(words) - 1)
    return first > 0 and words[first - 1].text in _QUOTE_MARKS and last + 1 < len(words) \
        and words[last + 1].text in _QUOTE_MARKS


def _org_before_post(words: tuple[Word, ...], i: int, gz: Gazetteer) -> list[Word]:
    """``엔비디아의 부사장 레브 레바레디언``, ``구글 딥마인드 연구 디렉터 라이아 하드셀``: the organization (in the
    genitive or not) before the title at ``i`` when no organization word stands right before it: up to two common
    nouns of what the post covers between them."""
    j = i
    while j > 0 and i - j < 2 and words[j - 1].bare and not words[j - 1].quoted and bool(words[j - 1].stem_tags) \
            and all(tag == "NNG" for tag in words[j - 1].stem_tags) \
            and not is_org_word(words[j - 1].text, gz) and not is_name(words[j - 1], gz):
        j -= 1
    if any(_kind_noun(w) for w in words[j:i]):
        return []  # "AI 스타트업 대표 김민수 씨": a kind of body the post is held at, described by its field; no name
    start = _org_words_left(words, j, gz) if j < i else j
    return list(words[start:j]) if start < j else _genitive_org(words, j, gz)


def _post_then_name(t: _TitleAt, org_start: int, name: Word, former: bool) -> PersonMention:
    """The mention of ``name`` after the organization from ``org_start`` and the title at ``t.i``, with a former
    marker before the organization or between it and the title (``전 다온전자 대표 최민준``)."""
    words, i = t.words, t.i
    before = words[org_start - 1] if org_start > 0 else None
    qualifier = before.text if before is not None and before.text in _QUALIFIERS else None
    org_words = list(words[org_start:i])
    if qualifier is None and len(org_words) >= 2 and org_words[-1].text in _QUALIFIERS:
        qualifier, org_words = org_words[-1].text, org_words[:-1]
    return t.mention(name, org_words, words[i], qualifier or ("전" if former else None))


def _foreign_after_title(words: tuple[Word, ...], at: int, gz: Gazetteer) -> int | None:
    """``리처드 커리스는`` after a title: a given name the lists know, or one written with a syllable only foreign
    names have, then a word of Hangul that ends the phrase (bare, a name's particle) and that reads as no title,
    organization or common word, the surname written with such a syllable too when the given name is unknown.
    Where the name ends, or None."""
    if at + 1 >= len(words):
        return None
    given, last = words[at], words[at + 1]
    # (a given name the lists know, or one the Latin original in parentheses after the two words spells: 라이아
    # 하드셀(Raia Hadsell), though every syllable of it could write a Korean word)
    original = _paren_words(words, at + 1) if at + 2 < len(words) and words[at + 2].text in "(（" else []
    spelled = len(original) == 2 and all(_LATIN_NAME.fullmatch(w.text) for w in original)
    known = given.text in gz.foreign_given_names or spelled  # (리드 is a title too, 샘 and 폴 one syllable)
    if not (given.bare and not given.quoted and re.fullmatch(r"[가-힣]{1,5}", given.text)) \
            or given.text in gz.not_names or not known and (gz.is_title(given.text) or len(given.text) < 2
                                                           or gz.foreign_syllables.isdisjoint(given.text)) \
            or _org_shaped(given, gz):
        return None
    if spelled and last.bare and not last.quoted and re.fullmatch(r"[가-힣]{1,6}", last.text):
        return last.end  # ("케빈 장(Kevin Zhang)": a surname of one syllable that is a title's head too)
    stem = last.stem if last.ending in _NAME_PARTICLES else last.text if last.bare else ""
    # ("디푸 탈라가", "젠슨 황이": a given name written with a syllable only foreign names have)
    foreign_given = not known and not gz.foreign_syllables.isdisjoint(given.text)
    if last.bare and last.stem_tags[:1] and last.stem_tags[0].startswith("J"):
        # ("호프먼은", "올트먼이": the analyser reads the whole word as a particle; "황이" too, a surname of one
        # syllable after such a given name)
        particle = next((p for p in _PARTICLES_LONGEST_FIRST if stem.endswith(p) and (
            len(stem) - len(p) >= 2 or foreign_given and len(stem) - len(p) == 1 and stem[:-len(p)] in gz.surnames)), "")
        stem = stem[:-len(particle)] if particle else ""
    if known and last.bare and len(stem) == 2 and stem[1] in ("가", "이", "는", "은", "도") and len(last.stem_tags) >= 2:
        stem = stem[0]  # "제임스 리가": a surname of one syllable, its particle read into one word with it
    # (then a surname the analyser reads as a proper noun, or a surname of one syllable)
    if foreign_given and stem and (len(stem) == 1 and stem in gz.surnames
                                   or len(stem) >= 2 and last.stem_tags[:1] == ("NNP",)
                                   and stem not in gz.not_names and not gz.is_title(stem)):
        known = True
    if not stem or last.quoted or not re.fullmatch(r"[가-힣]{2,6}" if not known else r"[가-힣]{1,6}", stem) \
            or stem in gz.not_names or gz.is_title(stem) or gz.known_org(stem) or is_org_word(stem, gz) \
            or suffix_of(stem, gz) is not None or stem in gz.cities or stem in gz.countries \
            or not (known or not gz.foreign_syllables.isdisjoint(stem)):
        return None
    return last.start + len(stem)


# degrees written after a name like a title: the post before the name is the name's ("연구원 원장 이상훈 박사")
_DEGREES = frozenset({"박사", "석사"})


# a post held, or held before, between the title and the name: "대표를 맡고 있는", "대표를 맡은", "장관을 지낸"
_HOLDING = {("맡고", "있는"): False, ("맡은",): False, ("맡고있는",): False, ("지낸",): True, ("역임한",): True}


def _holding_the_post(words: tuple[Word, ...], i: int) -> tuple[int, bool]:
    """Where the name after the title at ``i`` stands, past a clause of holding the post (``대표를 맡고 있는``);
    and whether the post is a former one (``장관을 지낸``). ``i + 1`` and False when no such clause follows."""
    if words[i].ending in ("을", "를") and not words[i].quoted:
        for holding, former in _HOLDING.items():
            n = len(holding)
            if i + n + 1 < len(words) and tuple(w.text for w in words[i + 1:i + 1 + n]) == holding:
                return i + 1 + n, former
    return i + 1, False


# "Tom Becker 함부르크항만공사 CTO", "지멘스 Anna Schmidt 부사장": a name in Latin letters, two or three
# capitalised words that no English word list knows as an organization or title word
_LATIN_NAME_PART = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}]?[{_LOWER}]+)*|[A-Z]\.")


def _latin_name_at(words: tuple[Word, ...], end: int) -> int | None:
    """The first word of a Latin-script personal name of two or three words ending before ``end``."""
    a = end
    ls = en_lists()
    while a > 0 and end - a < 3:
        w = words[a - 1]
        if w.quoted or not w.bare or not _LATIN_NAME_PART.fullmatch(w.text) or w.text.lower() in ORG_WORDS \
                or w.text.lower() in ls.heads or w.text.lower() in ls.not_names:
            break
        a -= 1
    if end - a < 2 or words[end - 1].text.endswith("."):
        return None
    if a > 0 and re.search(r"[A-Za-z]", words[a - 1].text) and not words[a - 1].is_punct and words[a - 1].bare:
        return None  # inside a longer English phrase (an organization's name; not "IBM의 John Smith 부사장")
    return a


def _latin_name_title(t: _TitleAt) -> list[PersonMention]:
    """``Tom Becker 함부르크항만공사 CTO``, ``함부르크항만공사 Tom Becker CTO``, ``Anna Schmidt 부사장``."""
    words, i = t.words, t.i
    a = _latin_name_at(words, i)
    if a is not None:  # the name right before the title; an organization may stand before the name
        org_words = list(words[_org_words_left(words, a, t.gz):a]) or _genitive_org(words, a, t.gz) \
            or _org_before_foreign(words, a, t.gz)
        end = i
    else:  # the name, then an organization of up to three words, then the title
        found = next((k for k in range(i - 1, max(0, i - 4), -1) if _latin_name_at(words, k) is not None), None)
        if found is None:
            return []
        end = found
        org_words = list(words[end:i])
        if any(not w.bare or w.is_punct or w.quoted for w in org_words) or not _org_by_form_or_place(org_words, t.gz):
            return []
        a = _latin_name_at(words, end)
        assert a is not None
    if t.used & set(range(a, end)):
        return []
    t.used.update(range(a, end))
    text = t.doc.slice(words[a].start, words[end - 1].end)
    return [t.mention(Word(text, words[a].start, words[end - 1].end, text, "", (), False), org_words, words[i])]


def _known_name_title(t: _TitleAt) -> list[PersonMention]:
    """``사라 마르티네즈 부사장은``: two or three words right before the title that spell, as written, a name found in
    the sentences before (a foreign name, with its organization then): that person, not a name and an
    organization (사라 of 마르티네즈)."""
    words, i = t.words, t.i
    if not t.known or i < 2:
        return []
    for n in (3, 2):
        a = i - n
        if a < 0 or any(k in t.used for k in range(a, i)) or not all(w.bare and not w.is_punct for w in words[a:i]):
            continue
        text = t.doc.slice(words[a].start, words[i - 1].end)
        if " " in text and text in t.known and (a == 0 or not words[a - 1].bare or words[a - 1].is_punct):
            t.used.update(range(a, i))
            return [t.mention(Word(text, words[a].start, words[i - 1].end, text, "", (), False), [], words[i])]
    return []



_MATCHERS = (_known_name_title, _second_post, _org_paren_title_name, _foreign_with_original, _name_paren_org_title,
             _name_aside_title, _entry_name_comma_org_title, _name_title, _name_org_title, _foreign_name_title,
             _latin_name_title, _org_title_name)
_NAME_PARTICLES = frozenset({"은", "는", "이", "가", "을", "를", "의", "과", "와", "도", "에게", "께서"})
_PARTICLES_LONGEST_FIRST = tuple(sorted(_NAME_PARTICLES, key=lambda p: (-len(p), p)))


# the words after a title for a post held in another's stead or not yet taken up (written apart: "원장 직무대행")
_IN_STEAD = frozenset({"직무대행", "권한대행", "내정자", "당선인", "당선자"})


def _joined_title(words: tuple[Word, ...], i: int, gz: Gazetteer) -> str | None:
    """``회장 겸 CEO``: the text from the title at ``i`` to a second title after ``겸``."""
    if i + 2 < len(words) and words[i + 1].text == "겸":
        for j in range(i + 2, min(i + 5, len(words))):
            if title_of(words[j], gz):
                return " ".join([words[i].stem, "겸"] + [w.text for w in words[i + 2:j]] + [words[j].stem])
            if not words[j].bare:
                break
    if words[i].bare and i + 1 < len(words) and words[i + 1].stem in _IN_STEAD and gz.is_title(words[i].stem):
        return f"{words[i].stem} {words[i + 1].stem}"  # "원장 직무대행", "시장 권한대행": a post held in another's stead
    if words[i].bare and i + 1 < len(words) and words[i].stem in _SENIOR_TITLES \
            and words[i + 1].stem in _SENIOR_TITLES and title_of(words[i + 1], gz) == (words[i + 1].stem, None):
        return f"{words[i].stem} {words[i + 1].stem}"  # "대표이사 사장": two heads of one post in a row
    return None


def _second_body_after_gyeom(words: tuple[Word, ...], i: int, gz: Gazetteer) -> tuple[list[Word], int] | None:
    """``교수 겸 다온랩 대표``: the body written between 겸 and a second title (its words and the title's index),
    when the words read as an organization by their form; none in ``회장 겸 CEO``."""
    for j in range(i + 3, min(i + 5, len(words))):
        if (got := title_of(words[j], gz)) is not None:
            between = list(words[i + 2:j])
            if all(w.bare and not w.is_punct and not w.quoted for w in between) and _org_by_form_or_place(between, gz) \
                    and got == (words[j].stem, None):
                return between, j
            return None
        if not words[j].bare:
            return None
    return None


# titles written in a row as one post: "대표이사 사장", "대표이사 부회장", "사장 겸 CEO" (with 겸, above)
_SENIOR_TITLES = frozenset({"대표이사", "대표", "사장", "부사장", "회장", "부회장", "전무", "상무", "이사", "총괄", "사장단"})


def _split_honorifics(words: tuple[Word, ...], gz: Gazetteer) -> tuple[Word, ...]:
    """``마서현씨가``: a name written together with 씨/님 becomes the name and the honorific, as when they
    are spaced (``마서현 씨가``)."""
    out: list[Word] = []
    for w in words:
        honorific = w.stem[-1:]
        name = w.stem[:-1]
        if honorific in ("씨", "님") and not w.quoted and 3 <= len(w.stem) <= 5 and w.stem_tags[-1:] == ("NNB",) \
                and w.text.startswith(w.stem) \
                and is_name(Word(name, w.start, w.start + len(name), name, "", (), False, ("NNP",)), gz):
            cut = w.start + len(name)
            out.append(Word(name, w.start, cut, name, "", (), False, ("NNP",)))
            out.append(Word(w.text[len(name):], cut, w.end, honorific, w.ending, w.ending_tags, False, ("NNB",)))
        else:
            out.append(w)
    return tuple(out)


def _split_joined_names(words: tuple[Word, ...], gz: Gazetteer) -> tuple[Word, ...]:
    """``하도윤·노시우 한빛대 교수``: a word of names joined by dots becomes names and dots, so that the
    shapes see the last name and :func:`_co_names` the ones before it."""
    out: list[Word] = []
    for w in words:
        parts = w.stem.split("·")
        if len(parts) < 2 or w.quoted or is_org_word(w.stem, gz) or w.stem.endswith(_UNIT_ENDINGS):
            out.append(w)
            continue
        if parts[0] == "" and len(parts) == 2:  # "하서준(민주당)·민지유(…)": the dot opens the word
            out.append(Word("·", w.start, w.start + 1, "·", "", (), w.quoted))
            out.append(Word(w.text[1:], w.start + 1, w.end, w.stem[1:], w.ending, w.ending_tags, w.quoted, w.stem_tags))
            continue
        subs, at = [], w.start
        for n, part in enumerate(parts):
            last = n == len(parts) - 1
            text = w.text[at - w.start:] if last else part
            subs.append(Word(text, at, at + len(text), part, w.ending if last else "", w.ending_tags if last else (),
                             w.quoted, w.stem_tags))
            at += len(part) + 1
        named = [is_name(Word(x.stem, x.start, x.stem_end, x.stem, "", (), False, x.stem_tags), gz) for x in subs]
        # "김태오 누리로봇 대표·오지민 다온랩 과장", "김태오 누리로봇 대표·이사회 의장": a title ends one post; the
        # next person or post follows the dot
        # ("김철수 서울대·이영희 고려대 교수": an organization ends one person's words, the next name follows the dot)
        if not all(named) and not (gz.is_title(subs[0].stem) and not named[0]) \
                and not (len(subs) == 2 and named[1] and not named[0] and _listed_org_word(subs[0], gz)):
            out.append(w)
            continue
        for n, sub in enumerate(subs):
            out.append(sub)
            if n < len(subs) - 1:
                out.append(Word("·", sub.end, sub.end + 1, "·", "", (), w.quoted))
    return tuple(out)


def _co_names(doc: Doc, words: tuple[Word, ...], k: int, m: PersonMention, s_index: int, gz: Gazetteer,
              used: set[int]) -> list[PersonMention]:
    """``하도윤·노시우 교수``, ``한빛대 하도윤, 노시우 교수``, ``하서준(민주당)·민지유(국민의힘) 의원``:
    names listed before a named person share that person's title, and organization unless their own
    parenthesis names one."""
    out = []
    while k >= 2 and words[k - 1].text in ("·", ","):
        listed = _named_with_own_org(doc, words, k - 1, gz, used) if m.org is not None else None
        if listed is not None:  # "김철수 서울대, 이영희 고려대 교수": each with an organization, the title shared
            j, its_org = listed
            w = words[j]
            used.add(j)
            out.append(replace(m, name=w.stem, name_span=Span(w.start, w.stem_end), span=Span(w.start, w.stem_end),
                               sentence=s_index, org=its_org, unit=None))
            k = j
            continue
        j = k - 2
        own: OrgPhrase | None = None
        if words[j].text in ")）":  # the listed name carries its own parenthesis: 하서준(민주당)
            opening = _opening(words, j, 5)
            if opening is None or opening == 0:
                break
            inside = list(words[opening + 1:j])
            if inside and _org_by_form_or_place(inside, gz):
                own = phrase_from_words(inside, doc.text, gz)
            j = opening - 1
        w = words[j]
        if own is not None or words[j + 1].text in "(（":
            # before its own parenthesis the word is read as written (하서준 is no verb form there)
            w = Word(w.text, w.start, w.end, w.text, "", (), w.quoted, w.stem_tags)
        # ("김경훈, 박남훈 교수": a name the analyser cut into a proper noun and a particle, 김경 + 훈)
        cut = not w.bare and w.stem_tags[:1] == ("NNP",) and (whole := name_form(w, gz)) is not w
        if cut:
            w = whole
        proper = cut or w.stem_tags == ("NNP",) or own is not None and w.stem_tags[:1] == ("NNP",)  # 김진희(한기대): 김진+희
        # ("김하늘, 박서준, 이도윤 학생": a name between two names of the list, the analyser's reading aside)
        proper = proper or j >= 2 and words[j - 1].text in ("·", ",") and words[j - 2].bare \
            and words[j - 2].stem_tags == ("NNP",) and is_name(words[j - 2], gz) and w.stem_tags[:1] == ("NNP",)
        # ("강연자로 윤재석, 박민지 교수가": a name the analyser reads as a surname and a common noun, 윤 + 재석, first in
        # the list)
        proper = proper or surname_read_apart(w, gz)
        # ("토론자로는 정재윤, 박민지 교수가": after a part's noun and its particle only names are listed)
        proper = proper or j >= 1 and words[j - 1].stem in _PART_NOUNS and not words[j - 1].bare \
            and words[j - 1].ending in _AFTER_A_PART and w.stem_tags[:1] != ("XPN",)
        if not (w.bare and is_name(w, gz)) or j in used or (words[k - 1].text == "," and not proper):
            break  # after a comma only a word the analyser reads as a proper noun: "…기본 이론, 이활석 …"
        used.add(j)
        out.append(replace(m, name=w.stem, name_span=Span(w.start, w.stem_end), span=Span(w.start, w.stem_end),
                           sentence=s_index, org=own or m.org))
        k = j
    return out


def _with_co_names(doc: Doc, words: tuple[Word, ...], word_at: Mapping[int, int], mentions: list[PersonMention],
                   s_index: int, gz: Gazetteer, used: set[int]) -> list[PersonMention]:
    """``mentions`` with the names listed before each (:func:`_co_names`), who share its title and organization (not
    the head of an organization written in parentheses after it)."""
    out = list(mentions)
    for m in mentions:
        k = word_at.get(m.name_span.start)
        if k is not None and not m.head_of_org:
            out.extend(_co_names(doc, words, k, m, s_index, gz, used))
    return out


def _listed_org_word(w: Word, gz: Gazetteer) -> bool:
    """An organization that follows a listed name: one of its own, or a university's short form (한빛대)."""
    return _org_of_its_own(w, gz) or w.bare and len(w.text) >= 3 and suffix_of(w.text, gz) in UNIVERSITY_SUFFIXES


def _named_with_own_org(doc: Doc, words: tuple[Word, ...], mark: int, gz: Gazetteer,
                        used: set[int]) -> tuple[int, OrgPhrase] | None:
    """Before the list mark at ``mark``, a name and an organization of its own by its form or a list
    (``김철수 서울대``, ``박민수 LG전자``): the name's index and the organization."""
    o = _org_words_left(words, mark, gz, parens=False)
    if o == mark and mark >= 2 and _listed_org_word(words[mark - 1], gz):
        o = mark - 1  # a university's short form no list knows (한빛대)
    if o < 1 or o == mark or mark - o > 2:
        return None
    org_words = list(words[o:mark])
    if not (_listed_org_word(org_words[0], gz) or len(org_words) == 2 and gz.known_org(org_words[0].text)):
        return None
    name = words[o - 1]
    if o - 1 in used or not name.bare or name.quoted or not is_name(name, gz) or name.stem_tags[:1] != ("NNP",) \
            or o >= 2 and (words[o - 2].bare and is_org_word(words[o - 2].text, gz)):
        return None  # (an organization before the name is the name's: "삼성전자 김철수 서울대" is no list)
    own = phrase_from_words(org_words, doc.text, gz)
    return (o - 1, own) if own is not None else None


_LEGAL_MARK = frozenset({*LEGAL_MARKS, "社"})  # see kg.extract.gazetteer.LEGAL_MARKS
_MARKED = rf"(?:\((?:{'|'.join(sorted(_LEGAL_MARK))})\)|㈜)"
_LEGAL_FORM = re.compile(rf"^{_MARKED}\S|\S{_MARKED}$")


def _proper_nouns_read_whole(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """``프라이머`` read as a proper noun and a verb's ending (프라이 + 머): no ending of a verb follows a noun with no
    verb or copula between, so the analyser misread an unknown name; the word, inside the sentence, is one proper
    noun."""
    return tuple(Word(w.text, w.start, w.end, w.text, "", (), w.quoted, w.stem_tags)
                 if n + 1 < len(words) and w.stem_tags == ("NNP",) and w.ending_tags
                 and all(tag.startswith("E") for tag in w.ending_tags) and re.fullmatch(r"[가-힣]{3,}", w.text)
                 else w for n, w in enumerate(words))


def _legal_forms(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """``(주)블루랩``, ``코드랩(주)``, ``(사)부산시민포럼``: a legal-form mark in parentheses written onto a
    name becomes one word with it, an organization by its form."""
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        mark = k + 2 < len(words) and w.text in "(（" and words[k + 1].text in _LEGAL_MARK \
            and words[k + 2].text in ")）"
        if mark and k + 3 < len(words) and words[k + 3].start == words[k + 2].end and not words[k + 3].is_punct:
            n = words[k + 3]  # (주)블루랩
            prefix = "(" + words[k + 1].text + ")"
            out.append(Word(prefix + n.text, w.start, n.end, prefix + n.stem, n.ending, n.ending_tags, n.quoted,
                            n.stem_tags))
            k += 4
            continue
        if mark and out and out[-1].end == w.start and out[-1].bare and not out[-1].is_punct:
            p = out.pop()  # 코드랩(주)
            text = p.text + "(" + words[k + 1].text + ")"
            out.append(Word(text, p.start, words[k + 2].end, text, "", (), p.quoted, p.stem_tags))
            k += 3
            continue
        out.append(w)
        k += 1
    return tuple(out)


def _titled_after(words: tuple[Word, ...], k: int, gz: Gazetteer) -> bool:
    """A title follows the name at ``k``, after at most three words of its organization (``황보영 산업연구원
    선임연구위원``, ``김명진 LS일렉트릭 이사``)."""
    for t in range(k + 1, min(k + 5, len(words))):
        if title_of(words[t], gz) is not None:
            between = list(words[k + 1:t])
            return not between or all(x.bare and not x.is_punct for x in between) and _org_by_form_or_place(between, gz)
        if not words[t].bare or words[t].is_punct:
            return False
    return False


def _paren_titled(words: tuple[Word, ...], k: int, gz: Gazetteer) -> bool:
    """``좌장 김철수(한빛대 교수)``: the name at ``k`` has its organization and title in parentheses after it."""
    if k + 2 >= len(words) or words[k + 1].text not in "(（":
        return False
    close = next((n for n in range(k + 2, min(k + 8, len(words))) if words[n].text in ")）"), None)
    return close is not None and close > k + 2 and title_of(words[close - 1], gz) is not None


def _without_country_letters(words: tuple[Word, ...], gz: Gazetteer) -> tuple[Word, ...]:
    """The words less a country written as one Hanja letter before an organization (``김도윤 美 다온대
    교수``): the name, organization and title read as if it were not there."""
    return tuple(w for n, w in enumerate(words)
                 if not (len(w.text) == 1 and "\u4e00" <= w.text <= "\u9fff" and w.text in gz.countries
                         and n + 1 < len(words) and not words[n + 1].is_punct))


_HANJA_GLOSS = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _without_hanja_glosses(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """The words less a name's Hanja in parentheses right after it (``김철수(金哲洙) 한빛대 명예교수``): the name,
    organization and title read as if the gloss were not there (not the marker's, ``전(前)``)."""
    out: list[Word] = []
    n = 0
    while n < len(words):
        w = words[n]
        if w.text in "(（" and out and n + 2 < len(words) and words[n + 2].text in ")）" \
                and _HANJA_GLOSS.fullmatch(words[n + 1].text) and re.fullmatch(r"[가-힣]{2,4}", out[-1].text) \
                and out[-1].text not in _QUALIFIERS:
            n += 3
            continue
        out.append(w)
        n += 1
    return tuple(out)


# a broadcast's caption of the one speaking: "[인터뷰] 김철수 / 한빛대 교수", "<인터뷰> 최민호 / 누리로봇 대표 : …",
# "[김철수 / 한빛대 교수]" (a name, a slash, the organization and the post)
_CAPTION = re.compile(r"(?:^|(?<=[\]>:：]))[ \t]*\[?[ \t]*(?P<name>[가-힣]{2,4})[ \t]*/[ \t]*"
                      r"(?P<post>[가-힣A-Za-z0-9&·.( )]{2,40}?)[ \t]*(?=\]|[:：]|[ \t]*$)", re.M)
# what opens such a caption's line when it opens with no bracket of its own
_CAPTION_LEAD = re.compile(r"(?:\[|<)[ \t]*(?:인터뷰|녹취|싱크|현장음|SYNC)[ \t]*(?:\]|>)[ \t]*$|(?:인터뷰|녹취)[ \t]*[:：][ \t]*$")


def _interview_captions(doc: Doc, gz: Gazetteer) -> list[PersonMention]:
    """``[인터뷰] 김철수 / 한빛대 교수``: a broadcast's caption of the person speaking, the post after the slash (its
    last word the title, the words before it the organization)."""
    if "/" not in doc.text:
        return []
    out = []
    starts = [sp.span.start for sp in doc.sentences]
    for m in _CAPTION.finditer(doc.text):
        line_start = doc.text.rfind("\n", 0, m.start()) + 1
        lead = doc.text[line_start:m.start("name")]
        bracketed = lead.rstrip().endswith("[") and doc.text.startswith("]", m.end())
        if not (bracketed or _CAPTION_LEAD.search(lead.rstrip("[ \t"))) or m.group("name") in gz.not_names:
            continue
        post = m.group("post").strip()
        words = post.split()
        got = title_of(Word(words[-1], 0, len(words[-1]), words[-1], "", (), False), gz)
        if got is None or m.group("name")[0] not in gz.surnames and m.group("name")[:2] not in gz.surnames:
            continue
        title, fused = got
        org_text = " ".join(words[:-1]) + (" " if len(words) > 1 and fused else "") + (fused or "")
        org_text = org_text.strip()
        at = m.start("post") + m.group("post").find(post)
        org = OrgPhrase(at, at + len(org_text), org_text) if org_text and doc.text.startswith(org_text, at) else None
        name_span = Span(m.start("name"), m.end("name"))
        s_index = max(0, bisect.bisect_right(starts, name_span.start) - 1)
        out.append(PersonMention(m.group("name"), name_span, Span(name_span.start, at + len(post)), s_index, title, org,
                                 said=_said_on_caption(doc.text, m.end())))
    return out


_SAID_AFTER = re.compile(r"[ \t]*\]?[ \t]*[:：][ \t]*(?P<a>[^\n]{2,})|[ \t]*\]?[ \t]*\n[ \t]*(?P<b>[\"“'‘][^\n]{2,})")


def _said_on_caption(text: str, end: int) -> Span | None:
    """What the caption ending at ``end`` has the person say: after its colon, or the quoted line under it."""
    m = _SAID_AFTER.match(text, end)
    if m is None:
        return None
    group = "a" if m.group("a") else "b"
    said = m.group(group).rstrip()
    return Span(m.start(group), m.start(group) + len(said))


# "같은 대학 산업공학과 박서연 교수", "동 대학원 김민수 교수": the university named before, and a unit of it
_SAME_SCHOOL = re.compile(r"(?:같은|동)\s*(?:대학교|대학원|대학|학교)\s+(?:(?P<unit>[가-힣A-Za-z]{2,20}(?:학과|학부|대학원|"
                          r"연구소|연구실|센터|연구원))\s+)?$")
_SAME_SCHOOL_REACH = 40  # sentences back to the university the phrase refers to


def _body_named_before(doc: Doc, m: PersonMention, before: int, body: Callable[[str], bool]) -> OrgPhrase | None:
    """The last word before ``before`` (within ``_SAME_SCHOOL_REACH`` sentences back from ``m``'s) whose stem
    ``body`` accepts, as an organization phrase: the body a phrase that does not name it refers back to."""
    for sent in reversed(doc.sentences[max(0, m.sentence - _SAME_SCHOOL_REACH):m.sentence + 1]):
        for w in reversed(sent.words):
            if w.start < before and not w.quoted and body(w.stem):
                return OrgPhrase(w.start, w.start + len(w.stem), w.stem)
    return None


def _of_the_same_school(doc: Doc, m: PersonMention, gz: Gazetteer) -> PersonMention:
    """``김민수 한빛대 교수와 같은 대학 박서연 교수``: a titled person of "the same university", no organization
    written, is of the university the text named last before them (with the unit written after the phrase)."""
    same = _SAME_SCHOOL.search(doc.text, max(0, m.name_span.start - 40), m.name_span.start)
    if same is None or m.org is not None and m.org.start < same.start():
        return m  # (an organization read inside the phrase is its unit: "동 대학 전산학부 …")
    org = _body_named_before(doc, m, same.start(), lambda stem: suffix_of(stem, gz) in UNIVERSITY_SUFFIXES
                             and len(stem) > 1 or (gz.canonical_org(stem) or "").endswith(tuple(UNIVERSITY_SUFFIXES)))
    return m if org is None else replace(m, org=org, unit=same.group("unit") or m.unit)


# "박준호 다온전자 상무에 이어 같은 회사 최유진 수석이", "동사 최유진 수석연구원": the body of the one named before
_SAME_COMPANY = re.compile(r"(?:같은|동일)\s*(?:회사|기업|기관|연구원|연구소)\s*$|(?<![가-힣])동사\s*$")


def _of_the_same_company(doc: Doc, found: list[PersonMention]) -> list[PersonMention]:
    """A titled person written after "같은 회사" or "동사" (the same company), no organization of their own, is of the
    organization of the person named last before them (one walk over the mentions in text order)."""
    out = list(found)
    last: OrgPhrase | None = None
    for n in sorted(range(len(out)), key=lambda k: out[k].name_span.start):
        m = out[n]
        if m.org is None and m.title and last is not None \
                and _SAME_COMPANY.search(doc.text, max(0, m.name_span.start - 8), m.name_span.start):
            out[n] = m = replace(m, org=last)
        if m.org is not None and not m.is_reporter:
            last = m.org
    return out


# the kinds of body a bare kind word before a title refers back to ("이재용 협회 회장": the association named before)
_BARE_KINDS = frozenset({"협회", "학회", "재단", "공단", "공사", "진흥원", "위원회", "연합회", "협의회", "조합", "연구소",
                         "연맹", "기술원", "진흥회"})


def _of_the_kind_named_before(doc: Doc, m: PersonMention, gz: Gazetteer) -> PersonMention:
    """``… 한국인공지능협회가 주최한 … 이재용 협회 회장``: an organization written as its bare kind is the body of that
    kind the text named last before it (within the same reach as "같은 대학")."""
    if m.org is None or m.org.text not in _BARE_KINDS:
        return m
    kind = m.org.text
    org = _body_named_before(doc, m, m.org.start, lambda stem: len(stem) > len(kind) + 1 and stem.endswith(kind)
                             and is_org_word(stem, gz))
    return m if org is None else replace(m, org=org)


def _head_of_short_form(w: Word, shorts: frozenset[str]) -> tuple[str, str] | None:
    """A short form the article defined, fused with its head's 장: ``경기도경제과학진흥원(경과원)`` … ``김현곤
    경과원장`` -> 경과원 + 원장 (the title's head is the short form's last syllable + 장)."""
    stem = w.stem
    if w.quoted or len(stem) < 4 or not stem.endswith("장") or stem[:-1] not in shorts:
        return None
    return stem[-2:], stem[:-1]


# a lawmaker's office, named after them: "한지민 의원실", "이인선 국회의원실", "… 의원사무실" (written as one word)
_LAWMAKERS_OFFICES = frozenset({"의원실", "국회의원실", "의원사무실", "국회의원사무실"})


def _labelled(mentions: list[PersonMention], labels: dict[int, str]) -> list[PersonMention]:
    """``mentions`` with the part noun written before each name (``labels``, by the name's start) as its label."""
    return [replace(m, label=labels[m.name_span.start]) if m.name_span.start in labels and not m.label else m
            for m in mentions]


def _in_sentence(doc: Doc, s_index: int, sent: Sentence, gz: Gazetteer, known: AbstractSet[str] = frozenset(),
                 shorts: frozenset[str] = frozenset(), known_ends: AbstractSet[str] = frozenset(),
                 addressed: AbstractSet[tuple[str, str]] = frozenset()) -> list[PersonMention]:
    words = _legal_forms(_split_honorifics(_split_joined_names(
        _without_hanja_glosses(_without_country_letters(_proper_nouns_read_whole(sent.words), gz)), gz), gz))
    word_at = {x.start: n for n, x in reversed(list(enumerate(words)))}  # the first word at each offset
    found: list[PersonMention] = []
    used: set[int] = set()
    labels: dict[int, str] = {}  # a part noun written before a name that a title follows, by the name's start
    for i, w in enumerate(words):
        # "김영준기자": a name fused with 기자 (not a listed title such as 선임기자 after a name)
        reporter = _FUSED_REPORTER.match(w.stem) if not w.quoted and w.stem not in gz.titles else None
        if reporter and reporter.group(1)[0] in gz.surnames:
            name = reporter.group(1)
            # ("디지털타임스 윤선영기자": the outlet's name right before, opening the line or after a mark)
            before = words[i - 1] if i > 0 else None
            outlet = before if before is not None and before.bare and not before.quoted and is_org_word(before.text, gz) \
                and not is_name(before, gz) and (i == 1 or words[i - 2].is_punct) else None
            found.append(PersonMention(name, Span(w.start, w.start + len(name)),
                                       Span(outlet.start if outlet else w.start, w.stem_end), s_index, "기자",
                                       OrgPhrase(outlet.start, outlet.end, outlet.text) if outlet else None))
            continue
        if w.stem in _HONORIFIC_NOUNS and not w.quoted:
            # ("패널로는 김민수, 이지은, 박준호 씨가": the names listed before share the 씨)
            honoured = _labelled(_honorific(words, i, doc, s_index, gz, used), labels)  # ("관람객 김지수 씨")
            found.extend(_with_co_names(doc, words, word_at, honoured, s_index, gz, used))
            continue
        if w.stem in _LAWMAKERS_OFFICES and not w.quoted and i > 0 and i - 1 not in used and words[i - 1].bare \
                and is_name(prev := name_form(words[i - 1], gz), gz):
            # "한지민 의원실 주최로", "이인선 국회의원실이": the office is named after the lawmaker, who is a person
            title = w.stem.removesuffix("사무실").removesuffix("실")
            used.add(i - 1)
            found.append(PersonMention(prev.stem, Span(prev.start, prev.stem_end), Span(prev.start, w.start + len(title)),
                                       s_index, title))
            continue
        # ("발표자 이수진은": the analyser may read 발표자 as 발표 + 이 + 자; the word as written is the part's noun)
        if (w.stem in _LABEL_NOUNS and w.bare or w.text in _LABEL_NOUNS) and not w.quoted and i + 1 < len(words) \
                and i + 1 not in used:
            nxt = name_form(words[i + 1], gz)
            part = w.text if w.text in _LABEL_NOUNS else w.stem
            # (the name as written where the analyser cut it: 김경훈 read as 김경 + 훈)
            if nxt.bare and is_name(nxt, gz) and (_titled_after(words, i + 1, gz) or _paren_titled(words, i + 1, gz)
                                                  or part in AUDIENCE_LABELS and i + 2 < len(words)
                                                  and words[i + 2].stem in _HONORIFIC_NOUNS):
                labels[nxt.start] = part  # "좌장 황보영 산업연구원 선임연구위원": the title's matcher names them
                continue  # ("참가자 김하람 씨(45·다온랩 대표)는": and the 씨 after the name, with what it gives)
            if len(nxt.stem) == 2 and common_noun(nxt.stem):
                # "연사 명단이 공개됐다": the list of speakers, a two-syllable noun the analyser knows, no name
                continue
            org_words = _paren_org_after(words, i + 1, gz) if nxt.bare and is_name(nxt, gz) else []
            if org_words and not any(gz.is_title(x.text) for x in org_words):
                # "패널 백승민(한빛전자), 유채린(누리AI)": the body in parentheses after the labelled name
                used.add(i + 1)
                found.append(replace(_mention(doc, s_index, words[i + 1], None, org_words, None, None, None, gz),
                                     label=part))
                continue
            if is_name(nxt, gz) or is_name(Word(nxt.stem, nxt.start, nxt.stem_end, nxt.stem, "", (), False,
                                                nxt.stem_tags), gz) and words[i + 1].ending in _NAME_PARTICLES:
                used.add(i + 1)
                found.append(PersonMention(nxt.stem, Span(nxt.start, nxt.stem_end), Span(w.start, nxt.stem_end),
                                           s_index, label=part))
            continue
        got = _head_of_short_form(w, shorts) or title_of(w, gz)
        cut = got is None and i == len(words) - 1 and s_index == len(doc.sentences) - 1 and _cut_title(doc, w, gz)
        if cut:
            got = (w.stem, None)  # "… 김영옥 HD현대 상": the text cut off inside the last title (no title kept)
        if got is None:
            continue
        if got[1] is not None and w.bare and i + 1 < len(words) and (after := title_of(words[i + 1], gz)) is not None \
                and after[1] is None and suffix_of(w.stem, gz):
            continue  # "이상훈 경기연구원 연구위원": a title right after makes the word an organization, not 경기 + 연구원
        if w.ending in ("인", "이신") and i + 2 < len(words) and is_name(words[i + 1], gz) \
                and title_of(words[i + 2], gz) is not None:
            continue  # "정책위 수석부의장인 김영배 의원": the post describes the one named after it, no name before it
        if got[0].endswith(_DIVISION_HEAD) and w.bare and i + 1 < len(words) and title_of(words[i + 1], gz) == (
                words[i + 1].stem, None):
            continue  # "LG CNS 제조DX담당 상무": a division (담당) with its executive's title after it: a unit
        at = _TitleAt(doc, s_index, words, i, got[0], got[1], gz, used, known, known_ends, shorts, addressed)
        joined = _joined_title(words, i, gz)
        # "한빛대학교 산학협력단장 겸 부총장": with a second post, the fused unit stays in the title when an
        # organization is written before it (the posts are the university's)
        whole = replace(at, title=w.stem, fused_org=None, used=set(used)) if joined and got[1] else None
        for matcher in _MATCHERS:
            if whole is not None and (outer := matcher(whole)) and all(m.org is not None for m in outer):
                used |= whole.used
                mentions = outer
            else:
                mentions = matcher(at)
                if mentions and joined and got[1] and joined.startswith(w.stem):
                    joined = got[0] + joined[len(w.stem):]  # "산학협력단장 겸 부총장" alone: 산학협력단 + 단장 겸 부총장
            if mentions:
                second = _second_body_after_gyeom(words, i, gz) if joined else None
                if second is not None:
                    # "윤재석 한빛대 교수 겸 다온랩 대표": a second post at a body of its own, its own affiliation
                    org_words, j = second
                    mentions += [_mention(doc, s_index, Word(m.name, m.name_span.start, m.name_span.end, m.name, "", (),
                                                             False), words[j].stem, org_words, None, words[j], None, gz)
                                 for m in mentions]
                    joined = None
                mentions = [replace(m, title=joined) if joined else m for m in mentions]
                if cut:
                    mentions = [replace(m, title=None) for m in mentions]
                mentions = _labelled(mentions, labels)
                found.extend(_with_co_names(doc, words, word_at, mentions, s_index, gz, used))
                break
    found.extend(_names_with_paren_org(doc, s_index, words, found, gz, used))
    found.extend(_titled_list_items(s_index, words, word_at, found, gz, used))
    return _all_above(doc, words, found, gz)


def _titled_list_items(s_index: int, words: tuple[Word, ...], word_at: dict[int, int], found: list[PersonMention],
                       gz: Gazetteer, used: set[int]) -> list[PersonMention]:
    """``영화감독 권한슬, 역사스토리텔러 썬킴, 과학커뮤니케이터 궤도가``: in a list of items each written as an
    occupation then a name, with no organization, the items beside one found as a person are people too, whatever
    the shape of their names (a pen name or a stage name: 썬킴, 궤도). ``word_at``: the first word at each offset."""
    out: list[PersonMention] = []
    for m in found:
        n = word_at.get(m.name_span.start)
        if m.org is not None or not m.title or m.label is not None or n is None or n < 1 \
                or not (words[n - 1].bare and words[n - 1].stem == m.title and gz.is_title(m.title)):
            continue
        for step in (3, -3):  # the items after it, then the ones before: a comma, an occupation, a name
            k = n
            while 0 <= k + step - 1 and k + step < len(words) and len(out) < _MAX_TITLED_ITEMS:
                comma = words[k + 1] if step > 0 else words[k - 2]
                title, name = words[k + step - 1], words[k + step]
                if comma.text != "," or k + step in used or not _titled_item(title, name, gz):
                    break
                used.add(k + step)
                end = name.start + len(name.stem)
                out.append(PersonMention(name.stem, Span(name.start, end), Span(title.start, end), s_index, title.stem))
                k += step
    return out


def _titled_item(title: Word, name: Word, gz: Gazetteer) -> bool:
    """An occupation written bare, then one word that can be a name of any shape (no common word, title, body or
    place the lists know), bare or with the particle of a subject or a list."""
    return title.bare and not title.quoted and gz.is_title(title.stem) and not name.quoted \
        and (name.bare or name.ending in ("가", "이", "와", "과", "는", "은", "도")) \
        and 2 <= len(name.stem) <= 5 and re.fullmatch(r"[가-힣A-Za-z]+", name.stem) is not None \
        and name.stem not in gz.not_names and not gz.is_title(name.stem) and not is_org_word(name.stem, gz) \
        and not gz.is_place(name.stem)


_MAX_TITLED_ITEMS = 12  # items a titled list runs to


def _names_with_paren_org(doc: Doc, s_index: int, words: tuple[Word, ...], found: list[PersonMention],
                          gz: Gazetteer, used: set[int]) -> list[PersonMention]:
    """``토론에는 김도윤(한빛대), 박서연(다온전자) 등이 참여했다``: a name with its organization in
    parentheses and no title, in a sentence that names a part at the event (one of the role cues of
    ``data/ko/cues.tsv``) or lists two such names."""
    taken = {m.name_span.start for m in found}
    items = []
    loose = []  # names with one to three bare words in parentheses no list knows: bodies when listed with known ones
    for i, w in enumerate(words):
        if i + 1 >= len(words) or words[i + 1].text not in "(（":
            continue  # (the cheap test first: most words have no parenthesis after them)
        if i in used or w.start in taken or w.quoted or not is_name(w, gz):
            continue  # (is_name takes a bare word, or one the analyser cut where no particle stands: 이수 + 진)
        org_words = _paren_org_after(words, i, gz)
        if org_words and not any(gz.is_title(x.text) for x in org_words):
            items.append((w, org_words))
        elif (inside := _bare_paren_words(words, i, gz)) is not None:
            loose.append((w, inside))
    sentence = doc.sentences[s_index].text(doc.text)
    if items and len(items) + len(loose) >= 2:
        # "연사로는 김도윤(한빛대), 이수진(다온), 박서준(누리) 등이": the list's parentheses all name bodies
        items = sorted([*items, *loose], key=lambda x: x[0].start)
    if not items or len(items) < 2 and not any(first in sentence and pattern.search(sentence)
                                                for pattern, _role, first in gz.cues):
        return []
    return [_mention(doc, s_index, w, None, org_words, None, None, None, gz) for w, org_words in items]


def _bare_paren_words(words: tuple[Word, ...], i: int, gz: Gazetteer) -> list[Word] | None:
    """The one to three bare words in the parentheses right after the name at ``i`` (no digits, no title, no
    position in the picture): ``(다온)``, ``(누리 로보틱스)``."""
    inside = _paren_words(words, i)
    if not 1 <= len(inside) <= 3 or not all(w.bare and not w.quoted and not w.is_punct for w in inside):
        return None
    if any(ch.isdigit() for w in inside for ch in w.text) or _POSITION.match(inside[0].text) \
            or any(gz.is_title(w.text) for w in inside):
        return None
    return inside


_MAX_ABOVE = 8  # words inside "(이상 …)"
_CASE_BETWEEN = re.compile(r"[가-힣](?:은|는|이|가|을|를|에서|에게|로는|으로는)(?=[\s,])")


def _all_above(doc: Doc, words: tuple[Word, ...], found: list[PersonMention], gz: Gazetteer) -> list[PersonMention]:
    """``김철수 대표와 박영희 이사(이상 한빛로보틱스)``: the organization after 이상 ("all the above")
    belongs to every person named since the last one with an organization of their own."""
    order = sorted(range(len(found)), key=lambda n: found[n].span.start)
    starts = [found[n].span.start for n in order]
    for p, w in enumerate(words):
        if w.text not in "(（" or p + 2 >= len(words) or words[p + 1].text != "이상":
            continue
        close = next((k for k in range(p + 2, min(p + 2 + _MAX_ABOVE, len(words))) if words[k].text in ")）"), None)
        phrase = phrase_from_words(list(words[p + 2:close]), doc.text, gz) if close else None
        if phrase is None:
            continue
        # back from the parenthesis; a mention given an organization stops the next walk (linear overall)
        edge = w.start
        for k in range(bisect.bisect_left(starts, w.start) - 1, -1, -1):
            n = order[k]
            if found[n].org is not None or _CASE_BETWEEN.search(doc.text, found[n].span.end, edge):
                break  # "좌장은 A 교수가, 토론자로는 B 대표와 C 이사(이상 X)가": A is in another clause
            found[n] = replace(found[n], org=phrase)
            edge = found[n].span.start
    return found


def _honorific(words: tuple[Word, ...], i: int, doc: Doc, s_index: int, gz: Gazetteer,
               used: set[int]) -> list[PersonMention]:
    """``김하람 씨는``, ``박서연(28) 씨가``: a name before 씨 is a person with no title."""
    k = i - 1
    if k >= 2 and words[k].text in ")）" and words[k - 1].text.isdigit() and words[k - 2].text in "(（":
        k -= 3  # an age in parentheses
    glued = _glued_before_title(words, i, gz) if k == i - 1 else None
    if k < 0 or k in used or not (is_name(words[k], gz) or glued or suffixed_name(words[k], gz)):
        return []
    used.add(k)
    name = glued or name_form(words[k], gz)
    described = _age_and_post(words, i + 1, doc, gz) if i + 1 < len(words) else None
    if described is not None:  # "박지민 씨(30·한빛대 대학원생)": the organization and the post in parentheses
        org, title, end = described
        return [PersonMention(name.stem, Span(name.start, name.stem_end), Span(name.start, end), s_index, title, org)]
    return [PersonMention(name.stem, Span(name.start, name.stem_end), Span(name.start, words[i].stem_end), s_index)]


_AGE_AND = re.compile(r"(\d{1,3})\s*[·,]\s*")


def _age_and_post(words: tuple[Word, ...], open_at: int, doc: Doc, gz: Gazetteer) -> tuple[OrgPhrase | None, str, int] | None:
    """``(30·한빛대 대학원생)``, ``(45·다온랩 대표)``, ``(다온랩 대표)``: an age (or none), then an organization
    and a post, in the parentheses after ``씨``; returns the organization, the post and where the parentheses
    close."""
    if words[open_at].text not in "(（":
        return None
    close = next((n for n in range(open_at + 1, min(open_at + 7, len(words))) if words[n].text in ")）"), None)
    if close is None or close < open_at + 2:
        return None
    inner = doc.slice(words[open_at + 1].start, words[close - 1].end)
    m = _AGE_AND.match(inner)  # ("김철수 씨(한빛전자 대표)": no age, the organization and the post alone)
    rest_start = words[open_at + 1].start + (m.end() if m else 0)
    parts = doc.slice(rest_start, words[close - 1].end).split()
    if len(parts) < 2:
        return None
    org_text = " ".join(parts[:-1])
    if all(p in gz.title_fields for p in parts[:-1]):
        return None, " ".join(parts), words[close].end  # "(AI 엔지니어)": a field and the post, no organization
    if not (is_org_word(parts[0], gz) or suffix_of(parts[0], gz) is not None or gz.known_org(org_text)):
        return None
    org = OrgPhrase(rest_start, rest_start + len(org_text), org_text)
    return org, parts[-1], words[close].end


def _name_before(words: tuple[Word, ...], i: int, gz: Gazetteer, t: _TitleAt | None = None) -> int | None:
    """Index of a name a few bare words before ``words[i]`` (``NAME ORG UNIT TITLE``), if any."""
    j, taken = i - 1, 0
    while j >= 0 and taken <= _MAX_ORG_WORDS:
        w = words[j]
        if t is not None and j < i - 1 and _addressed_name(w, t) and not _addressed_name(words[j + 1], t) \
                and (j == 0 or not words[j - 1].bare or words[j - 1].is_punct or words[j - 1].text in _OPENERS):
            return j  # "박상대 한빛대 산학협력단장 … 박 단장은": the word the short form points at is the name
        if w.text in ")）":
            opening = _opening(words, j, 7)
            j = (opening if opening is not None else -1) - 1
            continue
        if is_name(w, gz) and not (j > 0 and gz.is_org_prefix(words[j - 1].text)) \
                and not (j == i - 1 and _unit_named_by_its_work(words, j, gz)):  # ("한국은행 조사국 차장": a unit)
            if j == i - 1 and two_names(words, j, gz):
                return j - 1  # 최유나 지엘텍 상무: the second name-shaped word is the organization
            return j if j < i - 1 else None
        if j < i - 1 and suffixed_name(w, gz) and j + 1 < i and not suffixed_name(words[j + 1], gz) \
                and (j == 0 or not words[j - 1].bare or words[j - 1].is_punct or not words[j - 1].proper):
            return j  # "엄길청 한빛대 교수": a name ending like a government body, an organization after it
        # ("어윤대 전 고려대 총장": a former post's marker between)
        k = j + 2 if j + 2 < i and words[j + 1].bare and words[j + 1].text in _QUALIFIERS else j + 1
        if j < i - 1 and slot_name(w, gz) and _org_of_its_own(words[k], gz) \
                and (j == 0 or words[j - 1].text not in "(（" and (not words[j - 1].bare or not words[j - 1].proper)):
            return j  # "박상대 서울대 교수": a name ending like a university's short form, an organization after it
        if j == i - 2 and w.bare and surname_led_word(w, gz) and _org_of_its_own(words[j + 1], gz) \
                and (j == 0 or not words[j - 1].bare or words[j - 1].is_punct or words[j - 1].text in _OPENERS):
            return j  # "문신학 산업통상부 차관": a name the analyser reads as one common noun, a known body after it
        if j < i - 1 and glued_name(w, gz) is not None \
                and (words[i].bare or words[i].ending in _NAME_PARTICLES or words[i].ending_tags[:1] == ("VCP",)):
            return j  # "이어 명현은 다온랩 대표는": no particle stands inside "NAME ORG TITLE" ("… 처장이다": the copula)
        if j < i - 1 and w.stem not in _PART_NOUNS and topic_misread_name(w, gz) is not None \
                and _no_topic_here(words, j, i, gz):
            return j  # "좌장은 공정은 한빛대 교수가 맡았다": a name the analyser read as 공정 + 은
        if w.quoted or w.is_punct or not w.bare \
                or gz.is_title(w.stem) and not (j == i - 1 and w.stem.endswith(_DIVISION_HEAD)):
            return None  # (a division right before the title is a unit: "LG전자 제조DX담당 상무")
        j -= 1
        taken += 1
    return None


def _no_topic_here(words: tuple[Word, ...], j: int, i: int, gz: Gazetteer) -> bool:
    """No topic can stand at ``words[j]`` before the organization and title ending at ``words[i]``: the title
    takes the topic (``공정은 한빛전자 상무는``), the name opens the sentence (as names of people with their posts
    do far more often than a topic before its subject), or a topic or an opener stands right before (``좌장은
    공정은``, ``이날 공정은``; not ``프로그램 구성은``, a compound's last noun)."""
    if words[i].ending in ("은", "는") or j == 0:
        return True
    before = words[j - 1]
    # ("김가은 한빛대 교수와 이은 다온랩 대표가": the second of two people joined, no topic between them)
    return before.text in _OPENERS or not before.bare and before.ending.endswith(("은", "는")) \
        or before.ending in ("와", "과") and gz.is_title(before.stem)


# suffixes of a university's or a company's parts, which follow its name (인제대 AI연구소, 한빛대 창업센터)
_UNIT_SUFFIXES = frozenset({"연구소", "센터", "혁신센터", "대학원", "연구실", "허브", "혁신허브"})


def _org_of_its_own(w: Word, gz: Gazetteer) -> bool:
    """An organization that is no unit of the word before it (삼성전자, 서울대; not 산학협력단, 연구소,
    which follow a university's short form: 인제대 산학협력단)."""
    return w.bare and (gz.known_org(w.text) or is_org_word(w.text, gz) and not w.text.endswith(_UNIT_ENDINGS)
                       and suffix_of(w.text, gz) not in _UNIT_SUFFIXES)


def _org_by_form_or_place(between: list[Word], gz: Gazetteer) -> bool:
    """Words between a name and a title make an organization when one of them is one by its form
    (``서울대학교 응용공학과``, ``과실연 AI미래포럼``), when the first is a proper noun no list knows
    (``지엘텍``, ``한결소프트 AI연구소``), or when a lone word stands where the organization goes
    (``장순흥 한동대 총장``) and is no common word."""
    if not between:
        return True
    if len(between) >= 4 and between[-1].text in ")）" and between[-3].text in "(（" and between[-2].bare:
        between = between[:-3]  # "한빛대 인공지능연구소(HAIL)": the organization is read less its alias after it
    if len(between) > 1 and (between[0].text in gz.countries or between[0].text in gz.cities):
        between = between[1:]  # 싱가포르 난양공대, 서울 ○○대
    first, last = between[0], between[-1]
    if len(between) == 2 and first.bare and re.fullmatch(r"[가-힣]{2,4}", first.text) \
            and is_org_word(last.text, gz) and suffix_of(last.text, gz) is not None:
        return True  # a plain noun that qualifies an organization word (국가 AI전략위원회, 지역 혁신센터)
    if len(between) == 1 and len(first.text) >= 2 and (first.text in gz.suffixes_of(first.text)
                                                       or gz.known_org(first.text)):
        return True  # "이정민 국회 부의장": a body's own name, though a common word too
    if first.text in gz.not_names or any(w.text in LIST_MARKS for w in between):
        return False
    if _LEGAL_FORM.search(first.text) or _LEGAL_FORM.search(last.text):
        return True  # (주)블루랩, 코드랩(주), ㈜엘리온
    if 2 <= len(between) <= 3 and last.text in _SPACED_BODY_KINDS and all(w.bare for w in between) \
            and not any(w.text in gz.titles for w in between[:-1]) and re.match(r"[가-힣A-Za-z]", first.text):
        return True  # "민병주 제조AI 얼라이언스 의장": a body's kind written apart from its name
    if is_org_word(first.text, gz) or gz.is_org_prefix(first.text):
        return True
    if len(between) == 1:
        return bool(re.match(r"^[가-힣A-Za-z]", first.text))
    if len(between) == 2 and suffix_of(first.text, gz) is not None and len(last.text) > 3 \
            and last.text.endswith(DEPARTMENTS):
        return True  # 한빛대 산업공학과: a name-shaped organization, then its department
    if len(between) >= 2 and suffix_of(first.text, gz) is not None and _college(between[1].text) \
            and (len(between) == 2 or len(between) == 3 and _unit_shaped(last, gz)):
        return True  # 한빛대 의대, 한빛대 공대 기계공학과: a name-shaped university, its college (and department)
    # an unknown name, then an organization or unit by its Hangul suffix (한빛 AI연구소, 연예·이슈팀)
    if first.proper and (suffix_of(last.text, gz) is not None or gz.known_org(last.text)
                         or last.text.endswith(_UNIT_ENDINGS)):
        return True
    return False


def _anaphors(doc: Doc, s_index: int, sent: Sentence, earlier: list[PersonMention],
              gz: Gazetteer, foreign_ends: AbstractSet[str] = frozenset()) -> list[PersonMention]:
    """``최 회장은 기조연설에서 …``: a surname and a title point back to the one person named before
    with that surname and title; the short form becomes a mention of that person."""
    found = []
    words = sent.words
    # (the names this sentence already gave, the last ones found: a foreign name's last word inside one points back
    # to nobody; read back from the end, a walk as long as the sentence's own mentions)
    named_here = list(itertools.takewhile(lambda n: n.sentence == s_index, reversed(earlier)))
    for k in range(len(words) - 1):
        w, t = words[k], words[k + 1]
        before = words[k - 1] if k > 0 else None
        # a Korean surname, or the last word of a foreign name written in words (바그너 박사: 미하엘 바그너)
        # (the last words of foreign names before, written whole: the analyser may read a particle into 나델라)
        # ("앤드루 응 … 응 창업자는": one syllable, no Korean surname, ending a foreign name found before)
        foreign = (len(w.text) >= 2 or w.bare and w.text not in gz.surnames) and w.text in foreign_ends
        # ("리 교수는" for 리페이: a Chinese surname that opens common words too, pointing back to a Chinese name only)
        strict = w.bare and w.text in gz.chinese_strict and w.text not in gz.surnames
        # ("현대차 장 부회장은": the body of the person named before, written before the short form)
        body = before if before is not None and before.bare and not before.quoted and _org_shaped(before, gz) else None
        if not (w.bare and w.text in gz.surnames or foreign or strict) or w.quoted or (
                before is not None and before.bare and not before.is_punct and before.text not in _OPENERS
                and body is None):
            continue
        former = False
        if t.bare and (t.text in _NEW_POST or t.text in _FORMER) and k + 2 < len(words):
            # "김 신임 회장은", "이 현 대표는": a marker of a post held now between the surname and the title; "박 전
            # 장관은": a former post, of one named with it ("박민수 전 한빛부 장관")
            former = t.text in _FORMER
            t = words[k + 2]
        got = title_of(t, gz)
        if got is None or got[1] is not None or any(n.name_span.start <= w.start < n.name_span.end for n in named_here):
            continue
        full = one_titled(got[0], ((m.name, title, m) for m in earlier
                                   for title in titles_written(m, doc.text, gz)
                                   if not m.is_reporter and m.name_span.start < w.start
                                   and (not former or m.qualifier in _FORMER)
                                   # (a surname that ends a foreign name too: 황 CEO for 젠슨 황)
                                   and (m.name.endswith(" " + w.text) and not strict
                                        or not foreign and m.name.startswith(w.text) and len(m.name) > len(w.text)
                                        and not (strict and " " in m.name))
                                   and (body is None or _same_body(m.org, body.text, gz))))
        if full is not None:
            found.append(PersonMention(full.name, Span(w.start, w.end), Span(w.start, t.stem_end), s_index,
                                       got[0]))
    return found


def _same_body(org: OrgPhrase | None, written: str, gz: Gazetteer) -> bool:
    """The organization of a mention is the one ``written`` names: as written, or by one canonical name."""
    if org is None:
        return False
    if written in (org.text, *org.aliases):
        return True
    canonical = gz.canonical_org(written)
    return canonical is not None and canonical == gz.canonical_org(org.text)


# a team and its members in parentheses: "'다온팀'(김민수·이서연·박준호)", "다온팀(팀장 김민수, 이서연)"
# (the team's word before its quoted name too: "팀 '비전메이커'(팀장 …)")
_TEAM = r"팀(?:['’\"”]|\s*['‘\"“][^'’\"”\n]{1,20}['’\"”])?"
# ("'스마트웰드'팀(김하늘·박준서·이도윤, KAIST)": the members, then where they study or work after a comma)
_TEAM_MEMBERS = re.compile(_TEAM + r"\s*[(（]((?:팀장\s*)?[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}){1,7})"
                           r"(?:\s*,\s*[A-Za-z][A-Za-z&.\- ]{0,30})?[)）]")
_MEMBER = re.compile(r"(?:팀장\s*)?([가-힣]{2,4})")


# a team's leader alone in its parentheses, then who they are: "'스마트용접'팀(팀장 김도윤·기계공학과 4학년)"
_TEAM_LEADER = re.compile(_TEAM + r"\s*[(（]\s*팀장\s*([가-힣]{2,4})(?=\s*[·,)）])")


def _team_members(doc: Doc, s_index: int, sent: Sentence, gz: Gazetteer, taken: set[int]) -> list[PersonMention]:
    """The members a team's parentheses list by name (two or more, each shaped like a Korean name), or its
    leader named alone there."""
    out: list[PersonMention] = []
    for m in _TEAM_LEADER.finditer(doc.text, sent.span.start, sent.span.end):
        name, at = m.group(1), m.start(1)
        if name[0] in gz.surnames and name not in gz.not_names and at not in taken \
                and not _TEAM_MEMBERS.match(doc.text, m.start()):
            taken = taken | {at}
            out.append(PersonMention(name, Span(at, at + len(name)), Span(at, at + len(name)), s_index))
    for m in _TEAM_MEMBERS.finditer(doc.text, sent.span.start, sent.span.end):
        names = [(n.group(1), n.start(1)) for n in _MEMBER.finditer(doc.text, m.start(1), m.end(1))]
        if not all(name[0] in gz.surnames and name not in gz.not_names for name, _at in names):
            continue  # "(AI·로봇)": fields, not people
        out.extend(PersonMention(name, Span(at, at + len(name)), Span(at, at + len(name)), s_index)
                   for name, at in names if at not in taken)
    return out


# a contact line of an announcement: "문의: …", "▲문의처 = …", "담당자 : …"
_CONTACT_LINE = re.compile(r"[ \t]*[▲△■□●○◇◆※*\-·•\[(]*[ \t]*(?:문의|문의처|연락처|담당자|담당|취재\s*문의|행사\s*문의)[ \t]*[\])]?[ \t]*[:：=]")


def _cut_title(doc: Doc, w: Word, gz: Gazetteer) -> bool:
    """The text ends inside a title: its last word, bare and short, opens a title's head the lists know
    (``상`` of 상무, ``부사`` of 부사장) with nothing after it (a preview cut off mid-line)."""
    return w.bare and not w.quoted and 1 <= len(w.text) <= 2 and not doc.text[w.end:].strip() \
        and any(h.startswith(w.text) and len(h) > len(w.text) for h in gz.title_heads)


def find_people(doc: Doc, gz: Gazetteer, renamed: list[OrgPhrase] | None = None) -> list[PersonMention]:
    """Every person mention of the article, in text order. ``renamed``: the organizations the text renames in
    parentheses (:func:`kg.extract.ko_orgs.defined_aliases`), when the caller has read them."""
    found: list[PersonMention] = []
    known: set[str] = set()  # "…(단장 이정대)은 …. 이정대 단장이 …": a name found once is a name after
    ends: set[str] = set()  # the last words of the foreign names found so far (바그너 박사: 미하엘 바그너)
    known_ends: set[str] = set()  # the same of the names in ``known`` (no reporter's)
    # (the Hangul short forms the article defines, which a head's 장 may follow: 경과원장)
    shorts = frozenset(a for p in (defined_aliases(doc, gz) if renamed is None else renamed) for a in p.aliases
                       if re.fullmatch(r"[가-힣]{2,}", a))
    addressed = _addressed(doc, gz)
    for s_index, sent in enumerate(doc.sentences):
        if _CONTACT_LINE.match(doc.text, sent.span.start, sent.span.end):
            continue  # "문의: 한빛협회 사무국 김민수 과장(02-…)": the press office, no one at the event
        # (the sets as they stand, read during the sentence and grown only after it: no copy per sentence)
        here = _in_sentence(doc, s_index, sent, gz, known, shorts, known_ends, addressed)
        here += _team_members(doc, s_index, sent, gz, {m.name_span.start for m in here})
        found.extend(here)
        known.update(m.name for m in here if not m.is_reporter)
        known_ends.update(m.name.rsplit(" ", 1)[1] for m in here if not m.is_reporter and " " in m.name)
        ends.update(m.name.rsplit(" ", 1)[1] for m in here if " " in m.name)
        found.extend(_anaphors(doc, s_index, sent, found, gz, ends))
    found = [_of_the_kind_named_before(doc, _of_the_same_school(doc, m, gz), gz) if m.title else m for m in found]
    found = _of_the_same_company(doc, found)
    taken = {m.name_span.start for m in found}
    captions = [m for m in _interview_captions(doc, gz) if m.name_span.start not in taken]
    # ("<인터뷰> 김민호 / 다온랩 품질팀 팀장": the caption's post is no second person, whatever its words' shapes)
    found = [m for m in found if not any(c.name_span.end < m.name_span.start < c.span.end for c in captions)]
    found.extend(captions)
    m = _SLASH_BYLINE.search(doc.text.rstrip())
    # ("/연합뉴스": a news agency's photo credit, no writer)
    if m and doc.sentences and m.group(1)[0] in gz.surnames and m.group(1) not in gz.not_names \
            and not gz.known_org(m.group(1)):
        span = Span(m.start(1), m.end(1))
        found.append(PersonMention(m.group(1), span, span, len(doc.sentences) - 1, byline=True))
    return sorted(found, key=lambda m: m.name_span.start)
