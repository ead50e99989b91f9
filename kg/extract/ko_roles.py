"""Korean role rules: cue words, photo captions, bylines, quotes and talk titles.

A person's role in a sentence comes from the first cue word after their mention (``… 랩장이 좌장을
맡았으며`` -> moderator), or failing that the nearest one before it (``기조강연에 나선 조준희`` ->
keynote). Cues inside quotes do not count.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.doc import TIME_RANGE, Doc, Sentence, Word
from kg.extract.gazetteer import Gazetteer
from kg.extract.ko_events import BEFORE_VERB, HOLDING_VERBS, name_key
from kg.extract.ko_orgs import is_org_word
from kg.extract.ko_names import WHEN_WORD, one_titled
from kg.extract.ko_people import AUDIENCE_LABELS, LINE_BULLETS, PAREN_PART, PAREN_PARTS, PersonMention, titles_written
from kg.extract.role_evidence import Evidence, best_role
from kg.extract.text import CLOSING_QUOTES, OPENING_QUOTES, Quoted
from kg.model import Role, Span

# the order of the people pictured: "왼쪽부터", "앞줄 왼쪽 세 번째부터", "오른쪽에서 두 번째부터"
_ROW = r"(?:(?:앞|뒷|윗|아랫|가운데|첫|둘째)\s*줄\s*)?"
_SIDE_FROM = _ROW + r"(?:왼쪽|오른쪽|좌측|우측)\s*(?:(?:에서\s*)?(?:첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d{1,2})\s*번째\s*부터|부터|에서)"
# (a caption's marker may open it: "▲(오른쪽부터) A 대표와 B 총장이 …")
# ("(사진 왼쪽부터) A, B, C": the word for the photo inside the parenthesis)
_CAPTION = re.compile(rf"^\s*[▲△■□◆◇●○▶▷※·•]?\s*\(?\s*(?:\[?사진\]?\s*)?\(?{_SIDE_FROM}|^\s*사진\s*[:=]?\s*.*(?:왼쪽|오른쪽)\s*(?:\S+\s*번째\s*)?부터")
# (what one shared, quoted, is its talk: "A 상무가 '예지보전 사례'를 공유했다"; not what one presented, "'…'를 소개했다",
# which as often names a product)
_ABOUT = re.compile(r"^\s*['’」』》〉>”\"]?\s*(?:(?:을|를|이라는|라는|란|이란)?\s*(?:주제로|주제의|주제\s?(?:발표|강연)|발표|강연|발제|특강|연설|강의|제목|공유)|에\s*(?:대해|관해|대한|관한))")
_AMONG = re.compile(r"등|비롯|포함|[과와]\s*함께|\s및\s|,")
# the conjunction right after a person's title that joins the next noun phrase to it ("A 장관과 회원사 대표")
_JOINED_TO_NEXT = re.compile(r"[과와]\s")
# the topic marker right after a person (or after the parenthesis they stand in: "ORG(원장 A)은")
_TOPIC_AFTER = re.compile(r"\)?(?:은|는)\s")
_COUNTED_SUBJECT = re.compile(r"\d[\d,]*\s*(?:여\s*)?(?:명|개\s*(?:사|기업|기관))\s*(?:이|가|이상이|가량이|넘게)?\s")
# ("1세션 - A 대표 / …": the number before the word too, not a count, "4세션으로 구성")
_SESSION = re.compile(r"(첫|두|세|네|다섯|여섯)\s*번째\s*세션|제\s*(\d)\s*세션|세션\s*(\d)|(\d)\s*부\s*(?:행사|세션)"
                      r"|(?<![\d.,])(\d)\s*세션(?!\s*(?:으로|이|을|씩|에\s*걸쳐))")
_ORDINALS = {"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}
# the endings of a part named as the sentence's topic, and of one named in its own clause only
_TOPIC_ENDINGS = frozenset({"에는", "에서는", "로는", "으로는", "는", "은"})
_FRAME_ENDINGS = _TOPIC_ENDINGS | {"에서", "로", "으로"}
_CONTINUE = frozenset({"", "또", "또한", "이어", "이어서", "그러면서", "아울러", "이와 함께"})  # (and _PRONOUN_LEAD)
# What one announces rather than presents: "정부는 … 전략을 발표했다".
# (research results are what a researcher's talk presents: "A 교수는 연구 결과를 발표했다")
_ANNOUNCED = re.compile(r"(?:(?:계획|(?<!연구 )(?<!연구)결과|정책|성명|입장|대책|지원책|계획안|담화|공약|개편안|수상자|명단|순위)(?:을|를)"
                        r"|(?:다|라)고\s*(?:\d+일\s*)?"  # "…을 개최한다고 24일 발표했다": a report
                        # (a sum of money: "사재 10억원을 출연했다" gives funds, no one's appearance or talk)
                        r"|\d[\d,.]*\s*(?:조|억|만|천)?\s*(?:\d[\d,.]*\s*(?:억|만|천)\s*)?원(?:을|를))\s*$")
# what a company's speaker presents in a talk ("전략을 공유했다") and a body may announce ("전략을 발표했다")
_PLANNED = re.compile(r"(?:전략|방안|로드맵|청사진)(?:을|를)\s*$")
# a session as the sentence's topic: "오후 세션에는", "특별 세션에서는" (not "세션에서" alone: where one was)
_SESSION_TOPIC = re.compile(r"세션\s*(?:에는|에서는)\s")
# a field or a turn of a part as a clause's topic ("제조 분야는", "금융 부문은"), a verb of taking it on with no
# object ("B 교수가 맡는다"), and a part of the programme announced as a subject ("… 세션이 이어진다")
_FIELD_TOPIC = re.compile(r"(?:분야|부문|파트|영역)(?:는|은)\s")
_TAKEN_ON_BARE = re.compile(r"(?:이|가)\s+(?:각각\s+)?(?:맡는다|맡았다|맡을\s+예정|맡게\s+된다)")
_PART_ANNOUNCED = re.compile(r"(?:세션|트랙|발표|강연|순서)(?:이|가|은|는)\s+(?:[가-힣]+\s+)?(?:이어진다|이어졌다|이어질|진행된다|"
                             r"진행됐다|진행될|마련된다|마련됐다|마련될|열린다|열렸다|펼쳐진다|펼쳐졌다)")
# the verb of a programme ahead: "발표한다", "발표할 예정이다", "발표하게 된다"
_PROGRAMME_AHEAD = re.compile(r"\s*(?:한다|합니다|할\s*(?:예정|계획)|하게\s*된다)")
# a part of the programme that sets the sentence: "세션에서는", "2부에서", "트랙에서는"
# (or the gathering itself: "이 자리에서", "이날 포럼에서 A는 전략을 발표했다")
# (and a gathering by its name: "'스마트제조 혁신포럼'에서 A는 전략을 발표했다")
_SESSION_SET = re.compile(r"(?:세션|트랙|\d\s*부|오후\s*순서|발표\s*순서|(?:이|이번|이날)\s*(?:자리|행사)|"
                          r"(?:(?:이|이번|이날)\s*|[가-힣A-Za-z0-9]\s?)(?:포럼|세미나|콘퍼런스|컨퍼런스|심포지엄|토론회|설명회|"
                          r"워크숍|서밋)['’\"”]?)"
                          r"(?:에서는|에서|에는)\s")
_LIST_MARKERS = frozenset("▲△■□●○◆◇•▶▷")
_TIME_OPENING = TIME_RANGE + r"[ \t]+"  # the time a timetable's line opens with ("14:20 ", "14:20~15:00 ")
_ITEM_DASHES = frozenset("-–*")  # the dashes a list's item opens its line with ("- 강민지 다온전자 상무")
_PANEL = re.compile(r"패널\s*토론|패널\s*토의|토론\s*세션|라운드\s*테이블")


@dataclass(frozen=True)
class RoleHit:
    """A role a mention gets from its sentence."""

    mention: PersonMention
    role: Role


# the word right before a cue in the accusative ("노 사장을 소개했다"), and the nouns for people one may introduce
# (one by one, in turn, between the object and the verb: "참가 기업을 한 곳씩 소개했다")
_OBJECT_WORD = re.compile(r"([가-힣A-Za-z]+?)(?:들)?(?:을|를)\s*(?:(?:한\s*(?:곳|명|팀|분|개사|사람)씩|차례로|차례대로|일일이|"
                          r"하나하나|하나씩|각각)\s*)?$")
_PEOPLE_NOUNS = frozenset({"연사", "발표자", "강연자", "토론자", "패널", "내빈", "귀빈", "참석자", "수상자", "심사위원",
                           # (those taking part in a programme: the teams, companies or people presented by another)
                           "참가자", "참여자", "참가팀", "참여팀", "출전팀", "수상팀", "입상팀", "입상자", "참가사",
                           "참가기업", "참여기업", "수상기업"})
# a common noun for a company or a team taking part, after the word that says so: "참가 기업", "수상 팀"
_TAKING_PART = re.compile(r"(?:참가|참여|출전|수상|입상)\s*$")
_PARTY_NOUNS = frozenset({"기업", "업체", "팀", "스타트업", "기관", "학교"})


def _introduces_a_person(text: str, m: re.Match[str], gz: Gazetteer) -> bool:
    """The cue introduces a person, its object a post or a noun for people (``노 사장을 소개했다``), or takes the
    stage to do so (``무대에 올라 노 사장을 소개했다``): the one who does it gives no talk of their own."""
    if m.group().startswith("소개"):
        before = text[max(0, m.start() - 24):m.start()]
        obj = _OBJECT_WORD.search(before)
        if obj is None:
            return False
        word = obj.group(1)
        return gz.is_title(word) or word in _PEOPLE_NOUNS \
            or word in _PARTY_NOUNS and _TAKING_PART.search(before, 0, obj.start(1)) is not None
    if _STAGE.match(m.group()):
        after = _INTRODUCED_AFTER.match(text, m.end())
        return after is not None and (gz.is_title(after.group(1)) or after.group(1) in _PEOPLE_NOUNS)
    return False


# the cue's own word as the object of introducing ("연사를 소개했다": the speakers are introduced, by another)
_INTRODUCED = re.compile(r"(?:들)?(?:을|를)\s*소개")
# a person introduced right after taking the stage: "무대에 올라 노 사장을 소개했다"
_INTRODUCED_AFTER = re.compile(r"[가-힣]{0,2}\s+(?:[가-힣]{1,4}\s+){0,2}([가-힣A-Za-z]+?)(?:들)?(?:을|를)\s*소개")
_STAGE = re.compile(r"(?:무대|연단|단상)에\s*(?:올라)?$")  # the cues of taking the stage that a connective may go on from


def _cues(doc: Doc, sent: Sentence, gz: Gazetteer) -> list[tuple[int, int, Role]]:
    text = sent.text(doc.text)
    # characters inside a quote, and characters a (longer) cue already took: one flag each, so a
    # sentence with many cues costs time linear in its length
    blocked = bytearray(len(text) + 1)
    for q in sent.quotes:
        x, y = max(0, q.outer.start - sent.span.start), min(len(text), q.outer.end - sent.span.start)
        blocked[x:y] = b"\x01" * max(0, y - x)
    taken = bytearray(len(text) + 1)
    hits: list[tuple[int, int, Role]] = []
    for pattern, role, first in gz.cues:
        if first not in text:
            continue  # every match holds the phrase's first word: most of the cues are not in a sentence
        for m in pattern.finditer(text):
            following = text[m.end():m.end() + 1]
            if following == "자" and not m.group().endswith("자") \
                    and not re.match(r"자\s*(?:로|으로|인\s|[:：]|는\s|들은\s|들[:：]|들?\s*$|(?:와|과)\s+[가-힣]+(?:은|는)\s|"
                                     r"(?:명단|목록)\s*(?:\([^()\n]{1,12}\)\s*)?(?:[:：]|$))", text[m.end():]):
                continue  # 참석자, 발표자: people, not the act; but "발표자로 나선 X", "발표자: X", "발표자는 X"
                # give X the part, and so does a header line of its own ("■ 발표자"), and a list's label
                # ("발표자 명단: X, Y", a list's header line "발표자 명단(발표 순)"; the topic joined to another,
                # "발표자와 주제는 다음과 같다")
            if following in ("회", "식") and not m.group().endswith(("회", "식")):
                continue  # 토론회, 강연회, 발표회: the event, not a person's part in it
            object_before = text[max(0, m.start() - 12):m.start()] if role is Role.SPEAKER else ""
            # (sharing is no announcing: "실험 결과를 공유했다" is what a talk gives)
            if object_before and (_ANNOUNCED.search(object_before) and not m.group().startswith("공유")
                                  or _PLANNED.search(object_before)
                                  and m.group().startswith("발표") and not _SESSION_SET.search(text, 0, m.start())
                                  and not _PROGRAMME_AHEAD.match(text, m.end())
                                  and not _NEXT_TURN.match(text)):
                # "…계획을 발표했다", "새 정책을 소개했다": announcing is no talk; but presenting a strategy
                # ("전략을 공유했다", "세션에서는 A가 전략을 발표했다") is one, and so is one the programme of an
                # event ahead gives ("A 원장이 로드맵을 발표한다", "… 발표할 예정이다") or the next turn in it
                # ("이어 A 대표, B 대표가 각 사의 AI 전략을 발표했다")
                continue
            if role is Role.SPEAKER and (_introduces_a_person(text, m, gz)
                                         or _INTRODUCED.match(text, m.end()) is not None):
                continue  # "무대에 올라 노 사장을 소개했다", "연사들을 소개했다": introducing a person, no talk of one's own
            if m.group().endswith(("고", "며")) and _PURPOSE_AFTER.match(text, m.end()):
                continue  # "기술을 소개하고 협력 방안을 논의하기 위해 마련됐다": what the event is for, no one's talk
            if _NEGATED.match(text, m.end()):
                continue  # "참석하지 않은", "발표하지 못했다": the part was not taken
            if blocked[m.start()] or taken[m.start()]:
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            hits.append((m.start() + sent.span.start, m.end() + sent.span.start, role))
    for m in _CHAIRED_DISCUSSION.finditer(text):  # "A 교수가 진행한 패널토론에는 B, C가 참여했다": A chairs it
        if not blocked[m.start()] and not taken[m.start()]:
            hits.append((m.start() + sent.span.start, m.end() + sent.span.start, Role.MODERATOR))
    for m in _TAUGHT_CLASS.finditer(text):  # "A 컨설턴트가 진행하는 실무 워크숍이 열렸다": A teaches it
        if not blocked[m.start()] and not taken[m.start()]:
            hits.append((m.start() + sent.span.start, m.end() + sent.span.start, Role.SPEAKER))
    topic = _DISCUSSION_TOPIC.match(text)
    led = next((m for m in _LED.finditer(text) if not blocked[m.start()] and not taken[m.start()]), None) if topic else None
    if topic is not None and led is not None:
        # "토론은 A 교수가 이끌었다": leading the discussion the sentence is about (the topic itself names no part)
        # ("… 이끌었고 B와 C가 참여했다": those who took part in it sat on it)
        hits = [(a, b, Role.PANELIST if r is Role.ATTENDEE else r) for a, b, r in hits
                if a - sent.span.start >= topic.end() and not (a <= led.start() + sent.span.start < b)]
        hits.append((led.start() + sent.span.start, led.end() + sent.span.start, Role.MODERATOR))
    hits.sort()
    # "무대에 올라 상을 받았다", "단상에 올라 축사를 했다": going up on stage is the way to the act the next cue
    # names, not a talk of its own; and "기조강연 무대에 오른 A": the act named right before the stage is the part
    return [h for n, h in enumerate(hits)
            if not (doc.text.endswith(_STEPPED_UP, h[0], h[1]) and n + 1 < len(hits)
                    and hits[n + 1][0] - h[1] <= _STEP_REACH and hits[n + 1][2] is not h[2])
            and not (doc.text.startswith(_STAGES, h[0]) and n > 0 and 0 <= h[0] - hits[n - 1][1] <= 1
                     and not doc.text[hits[n - 1][1]:h[0]].strip())]


_STEPPED_UP = ("올라", "올라서", "나와")  # the connective forms of stepping up on stage
_STAGES = ("무대에", "연단에", "강단에", "단상에")  # the stage one steps up on, as a cue's first word
_STEP_REACH = 20  # characters from that step to the act it leads to


# a discussion as the sentence's topic, and the finite verb of leading or conducting it
# ("이번 토론은 A 교수가 진행했으며 …": this one, or the day's, as the discussion's determiner)
_DISCUSSION_TOPIC = re.compile(r"\s*(?:(?:이어|이어진|이후|오후|마지막|이번|이날|이|한편|또)\s+){0,2}"
                               r"(?:종합\s*|패널\s*|자유\s*|전문가\s*)?"
                               r"(?:토론|토의|좌담|대담|패널\s*토론)(?:은|는)\s")
_LED = re.compile(r"이끌었|이끈다|이끌며|이끌고|이끌어|진행했|진행한다|진행하며|진행하고|진행해")
_CONDUCTING = r"(?:진행한|진행하는|진행할|이끈|이끄는|이끌)"  # the adnominal forms of conducting or leading
# conducting before a discussion: its subject chairs the discussion (the discussion's own word is left to give the
# others their part)
_CHAIRED_DISCUSSION = re.compile(rf"{_CONDUCTING}(?=\s*(?:패널\s*)?(?:토론|좌담|대담|세션|토크)(?!회|콘서트|쇼))")
# the same before a class one teaches (a modifier or two between): its subject gives it, as a talk
_TAUGHT_CLASS = re.compile(rf"{_CONDUCTING}(?=\s*(?:[가-힣A-Z]{{1,6}}\s+){{0,2}}(?:워크숍|워크샵|실습|강좌|클래스|마스터클래스|"
                           r"특강|강의|교육)(?!장|생|비|청|부|과정을\s*수료))")


# what an event is for, after a connective cue in its clause: "… 소개하고 방안을 논의하기 위한 자리"
_PURPOSE_AFTER = re.compile(r"[^.,]{0,40}?(?:위해|위한|위하여|목적으로|자리(?:다|였다|였으며|로|를|가)?(?:\s|$))")
# a cue's verb negated right after it: "참석하지 않은", "참석하지 못했다", "참석 안 한"
_NEGATED = re.compile(r"\S{0,2}?(?:하지|지)\s*(?:않|못)|\s*(?:안|못)\s*(?:했|한|하)")
_LINE_REST = 40  # characters after a quote within which its line must end to close a programme line


def _ends_line(text: str, at: int) -> bool:
    """Nothing but spaces between ``at`` and the end of its line, read at most :data:`_LINE_REST` ahead
    (a long line is no programme line)."""
    ahead = text[at:at + _LINE_REST]
    line_end = ahead.find("\n")
    if line_end < 0 and at + _LINE_REST < len(text):
        return False
    return not ahead[:line_end if line_end >= 0 else len(ahead)].strip()
_PRONOUN = re.compile(r"\s*(?:그는|그녀는|그가|그녀가|그도|그녀도)\s")
_PRONOUN_ROLES = (Role.KEYNOTE, Role.SPEAKER, Role.PANELIST, Role.MODERATOR, Role.HOST_REP)


def pronoun_role(doc: Doc, sent: Sentence, gz: Gazetteer, before: int | None = None) -> Role | None:
    """``그는 '제조 AI'를 주제로 발표했다``: a sentence that opens with 그/그녀, and the first part its cues give
    (the caller gives it to the one person of the sentence before); with ``before`` (where the sentence's first
    name stands: ``그는 이어 패널토론 좌장을 맡아 A, B와 토론했다``), only a cue written before it."""
    text = sent.text(doc.text)
    if not _PRONOUN.match(text):
        return _taken_on_without_subject(doc, sent, gz) if before is None else None
    return _first_part(doc, sent, gz, before)


def pronoun_talk_title(doc: Doc, sent: Sentence, before: int | None = None) -> str | None:
    """``그는 포럼에서 '현장 데이터로 만드는 AI 공장'을 주제로 발표했다``: the title of the talk a sentence that opens
    with 그/그녀 gives (its first single-quoted words before any name, ``을 주제로`` or its like after them)."""
    text = sent.text(doc.text)
    if not _PRONOUN.match(text):
        return None
    for q in sent.quotes:
        if before is not None and q.outer.start > before:
            return None
        if not q.double and _ABOUT.match(doc.text[q.outer.end - 1:q.outer.end + 10]):
            return doc.slice(q.inner.start, q.inner.end).strip() or None
    return None


def _first_part(doc: Doc, sent: Sentence, gz: Gazetteer, before: int | None = None) -> Role | None:
    """The first part the sentence's cues give that a pronoun or a group subject takes (with ``before``, only a
    cue written before it)."""
    return next((role for a, _b, role in _cues(doc, sent, gz)
                 if role in _PRONOUN_ROLES and (before is None or a < before)), None)


# a subject that stands for the people the sentence before names: "이들은", "두 사람은", "세 연사는"
_GROUP = re.compile(r"\s*(?:(?:이어|또|또한|이후|이날|특히)\s+)?(?:이들(?:은|도|이)|(?P<count>두|세|네|다섯)\s*"
                    r"(?:사람|명|인|연사|대표|교수|전문가|발표자|패널)(?:은|는|이|가|도))\s")
_COUNTS = {"두": 2, "세": 3, "네": 4, "다섯": 5}


def group_role(doc: Doc, sent: Sentence, gz: Gazetteer) -> tuple[Role, int | None] | None:
    """``두 사람은 패널토론에서 … 논의했다``, ``이들은 발표자로 나섰다``: a sentence that opens with a subject standing
    for several people, the first part its cues give and how many it counts (the caller gives the part to the people
    of the sentence before, when they are that many)."""
    opened = _GROUP.match(sent.text(doc.text))
    if opened is None:
        return None
    role = _first_part(doc, sent, gz)
    return None if role is None else (role, _COUNTS.get(opened.group("count") or ""))


# a part taken on, its subject left out: "이어 패널토론 좌장도 맡았다", "기조강연도 직접 했다"
_TAKEN_ON = re.compile(r"\s*(?:을|를|도)\s+(?:직접\s+|함께\s+)?(?:맡았|맡아|맡으며|했다|진행했|나섰)")
_A_SUBJECT = re.compile(r"[가-힣A-Za-z0-9)](?:이|가|은|는|께서)\s")


def _taken_on_without_subject(doc: Doc, sent: Sentence, gz: Gazetteer) -> Role | None:
    """``김도윤 회장이 개회사를 했다. 이어 패널토론 좌장도 맡았다``: a sentence that names no one and has no subject
    of its own, whose first part is taken on (을/를/도 맡았다, 했다): the part of the one person of the sentence before
    (the caller gives it)."""
    cues = [c for c in _cues(doc, sent, gz) if c[2] in _PRONOUN_ROLES]
    if not cues:
        return None
    a, b, role = cues[0]
    if not _TAKEN_ON.match(doc.text, b) or _A_SUBJECT.search(doc.text, sent.span.start, a):
        return None
    return role


# a caption that opens with the order of the people pictured, its sentence before saying what they do
_LEFT_FIRST = re.compile(rf"\s*[(\[]?\s*(?:사진\s*)?{_SIDE_FROM}")


# a caption that ends in its own verb ("… 기념촬영을 하고 있다."), not in the list of those pictured
_OWN_PREDICATE = re.compile(r"[가-힣]다[.!]?\s*$")
# a sentence that says what a picture shows: in the present of a caption ("… 토론하고 있다", "… 발표하는 모습"), or the
# picture itself ("기념촬영", "사진"); not a report in the past ("기조연설은 A 교수가 맡았다.")
_PICTURE_SAYS = re.compile(r"(?:고|하)\s*있다|있는\s*모습|모습이다|하는\s*모습|기념\s*촬영|기념사진|사진|포즈")


def _gives_the_act_to_one(doc: Doc, sent: Sentence, gz: Gazetteer) -> bool:
    """The sentence before a caption reports, in the past, who gave the part (``기조연설은 A 교수가 맡았다.``: a post
    written), rather than showing what the picture does (``패널토론 참석자들이 토론하고 있다.``, ``패널토론이
    이어졌다.``): the part is that one's, and those pictured after it only attended."""
    return not _PICTURE_SAYS.search(sent.text(doc.text)) and any(gz.is_title(w.stem) for w in sent.words)


# where one stands in a picture, in parentheses after the name: "정민재(가운데) 한빛대 교수", "하도윤(왼쪽 두번째)"
_PLACED = re.compile(r"[가-힣]\((?:맨\s*)?(?:가운데|왼쪽|오른쪽|좌측|우측|앞줄|뒷줄)[^()]{0,12}\)")
def is_caption(doc: Doc, sent: Sentence, gz: Gazetteer) -> bool:
    text = sent.text(doc.text)
    if _CAPTION.search(text):
        return True
    # ("좌담회 참석자들이 기념촬영을 하고 있다. 정민재(가운데) 한빛대 교수, 하도윤(왼쪽) 다온랩 대표."): a list of
    # the people pictured, each with where they stand, that ends in a title (no verb)
    last = sent.words[-1].text.rstrip(".") if sent.words else ""
    return bool(_PLACED.search(text)) and (gz.is_title(last) or last.endswith("씨"))


def _conducted(doc: Doc, sent: Sentence, starts: list[int],
               cues: list[tuple[int, int, Role]]) -> list[tuple[int, int, Role]]:
    """``질의응답 세션은 A 실장이 진행한다``, ``종합토론은 A 교수가 진행한다``: 진행 (to conduct) makes the subject
    the chair, unless a talk is the sentence's topic (``발제는 A와 B가 각각 …을 주제로 진행한다``): then
    they give that talk (``starts``: where the sentence's words start)."""
    talk_topic = min((o[0] for o in cues if o[2] in (Role.SPEAKER, Role.KEYNOTE)
                      and _topic_ending(_word_at(sent, starts, o[1] - 1))), default=None)  # the first such part
    return [c for c in cues if not (talk_topic is not None and talk_topic < c[0] and c[2] is Role.MODERATOR
                                    and doc.text.startswith(("진행한", "진행했", "진행할"), c[0]))]


def marks_of(sent: Sentence) -> list[int]:
    """Where the list markers of a sentence stand (▲, △, ■ …), in order."""
    return [w.start for w in sent.words if w.text in _LIST_MARKERS]


def opens_item(sent: Sentence) -> bool:
    """The sentence is an item of a marked list (``△윤재석 한빛대 교수``, ``- 강민지 다온전자 상무``)."""
    return bool(sent.words) and (sent.words[0].text in _LIST_MARKERS or sent.words[0].text in _ITEM_DASHES)


_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳])\s*")


def is_item_number(text: str, sent: Sentence) -> bool:
    """The sentence is only a list's number (``1.``, ``2)``, ``(3)``, ``④``), split from the item it numbers."""
    return _ITEM_NUMBER.fullmatch(text, sent.span.start, sent.span.end) is not None


def by_sentence(mentions: list[PersonMention]) -> dict[int, list[PersonMention]]:
    """The mentions of each sentence other than bylines, in text order (built once per article)."""
    out: dict[int, list[PersonMention]] = {}
    for m in mentions:
        if not m.is_reporter:
            out.setdefault(m.sentence, []).append(m)
    return out


# words that date an earlier edition: "지난해 4회 포럼에서는 …", "작년 행사에서"
_EARLIER = frozenset({"지난해", "작년", "전년", "지난번"})
_EARLIER_REACH = 4  # words from the marker to the event word it dates
_THIS_TIME = frozenset({"올해", "이번", "이날", "금번", "올해도", "이번에도"})


def at_another_event(doc: Doc, sent: Sentence, main: str | None, gz: Gazetteer) -> bool:
    """The sentence sets its parts at another event, dated apart from the report's and named otherwise: ``한편 이
    대표는 내달 열리는 '로봇 포럼'에서 기조강연을 할 예정이다`` (a time of its own, then a quoted name of an event's
    kind with 에서; not a session inside this event, which has no time of its own, nor this event by its name)."""
    text = sent.text(doc.text)
    for m in itertools.chain(_ELSEWHERE.finditer(text), _HELD_ON_A_DATED_DAY.finditer(text)):
        name = m.group("name").strip()
        if gz.event_type_of(name) is None:
            continue
        if main and (name_key(name) in name_key(main) or name_key(main) in name_key(name)):
            continue
        return True
    return False


# another time, then (within a few words) a quoted name with 에서: "내달 열리는 '로봇 포럼'에서", "지난해 'X 서밋'에서도"
# ("… 열리는 '로봇 엑스포'에 참석할 예정이다": attending it, with 에)
_ELSEWHERE = re.compile(r"(?:내달|다음\s*달|내년|지난달|지난해|작년)\s+(?:[가-힣]+\s+){0,2}?['‘\"“](?P<name>[^'’\"”\n]{2,40})"
                        r"['’\"”]\s*(?:에서|에서는|에서도|에(?=\s+(?:참석|참가|참여)))\s")


# a day dated with its month, then the gathering held that day, named with or without quotes: "지난 7월 2일 국회에서
# 열린 과방위 전체회의에서 발언하고 있다" (a file photo's caption; the report's own event is named as itself)
_HELD_ON_A_DATED_DAY = re.compile(r"지난\s*\d{1,2}\s*월\s*\d{1,2}\s*일[^'‘\"“.\n]{0,40}?(?:열린|개최된|진행된)\s+"
                                  r"['‘\"“]?(?P<name>[^'’\"”.\n]{2,40}?)['’\"”]?\s*(?:에서|에서는|에서도)\s")


def _at_an_earlier_edition(sent: Sentence, gz: Gazetteer) -> bool:
    """The sentence is set at an earlier edition: ``지난해 4회 포럼에서는 김 교수가 기조강연을 맡은 바 있다``
    (a marker of the past, then an event word with 에서/에서는/에는 within a few words; not ``지난해에 이어``)."""
    words = sent.words
    if any(w.stem in _THIS_TIME for w in words):
        return False  # "작년 행사에서 발표한 김 교수는 올해 좌장을 맡았다": this edition's part too
    for k, w in enumerate(words):
        if w.stem not in _EARLIER or w.ending not in ("", "의", "에"):  # ("작년에 개최된 포럼에서는")
            continue
        for x in words[k + 1:k + 1 + _EARLIER_REACH]:
            if x.ending in ("에서", "에서는", "에는") and gz.event_type_of(x.stem) is not None:
                return True
            if x.ending and x.ending not in ("의",) and "ETM" not in x.ending_tags:
                break  # ("지난해 열린 제4회 포럼에서는": an adnominal verb before the event word goes on)
    return False


_PAREN_AFTER_CUE = re.compile(r"[ \t]*\(")  # (the parenthesis right after a part's word)
_PAREN_REACH = 200  # characters from that parenthesis to its end


def sentence_roles(doc: Doc, s_index: int, here: list[PersonMention], gz: Gazetteer) -> list[RoleHit]:
    """Roles the cue words of one sentence give to ``here``, the mentions in it (see :func:`by_sentence`).
    Every lookup is a bisection, so a sentence with many names and cues costs n log n."""
    sent = doc.sentences[s_index]
    if not here or _at_an_earlier_edition(sent, gz):
        return []
    word_starts = [w.start for w in sent.words]
    cues = _conducted(doc, sent, word_starts, _cues(doc, sent, gz))
    # "김도윤 한빛대 교수(좌장), 박서연 …": a part in parentheses right after a person is theirs alone
    parts = [(m.start(1), m.end(1), PAREN_PARTS[m.group(1)])
             for m in PAREN_PART.finditer(doc.text, sent.span.start, sent.span.end)]
    by_end = {m.span.end: m for m in here}
    # the person whose mention ends right before the parenthesis (spaces aside)
    labelled = {id(by_end[end]): c for c in parts if (end := _before_spaces(doc.text, c[0] - 1)) in by_end}
    if labelled:
        cues = [c for c in cues if not any(a <= c[0] < b for a, b, _r in parts)]
    # "패널토론 (좌장: A 교수) - B, C": a part labelled inside parentheses is the part of those named there alone
    inside = [(m.start(), m.end(), PAREN_PARTS[m.group(1)])
              for m in _PAREN_LABEL.finditer(doc.text, sent.span.start, sent.span.end)]
    if inside:
        for m in here:
            part = next((c for c in inside if c[0] < m.span.start and m.span.end <= c[1]), None)
            if part is not None and id(m) not in labelled:
                labelled[id(m)] = part
        cues = [c for c in cues if not any(a <= c[0] < b for a, b, _r in inside)]
    # "기조발표(A 원장), 사례발표(B 교수, C 센터장), 패널토론": the people in parentheses right after a part's word
    # have that part (not the one named after the parentheses); a bisection finds those inside, a bounded search
    # the parenthesis's end
    by_start = sorted(here, key=lambda o: o.span.start)
    starts = [o.span.start for o in by_start]
    for c in cues:
        opened = _PAREN_AFTER_CUE.match(doc.text, c[1], sent.span.end)
        close = doc.text.find(")", opened.end(), min(sent.span.end, opened.end() + _PAREN_REACH)) if opened else -1
        if opened is None or close < 0 or "(" in doc.text[opened.end():close]:
            continue
        for m in by_start[bisect.bisect_left(starts, opened.end()):bisect.bisect_left(starts, close)]:
            if m.span.end <= close and id(m) not in labelled:
                labelled[id(m)] = c
    if is_caption(doc, sent, gz):  # pictured at the event, or pictured doing what the caption says they do
        acts = [c[2] for c in cues if c[2] in _SPEAKING]
        # (not when the sentence before gives the act to one placed in the picture: "A 장관(가운데)이 … 발언하고 있다.
        # 왼쪽부터 B 회장, A 장관, C 원장": the others stand beside the one speaking)
        if not acts and s_index > 0 and (_LEFT_FIRST.match(sent.text(doc.text)) or _PLACED.search(sent.text(doc.text))) \
                and not _OWN_PREDICATE.search(sent.text(doc.text)) \
                and not _PLACED.search(doc.sentences[s_index - 1].text(doc.text)) \
                and not _gives_the_act_to_one(doc, doc.sentences[s_index - 1], gz):
            # "패널토론 참석자들이 기념촬영을 하고 있다. (왼쪽부터) A, B": what the sentence before says they do
            # (not when the caption says it itself: "… 토론이 이어졌다. (왼쪽부터) A, B가 기념촬영을 하고 있다")
            acts = [c[2] for c in _cues(doc, doc.sentences[s_index - 1], gz) if c[2] in _SPEAKING]
        # ("왼쪽부터 A 교수, B 상무, 좌장 C 본부장": a part written before a name is that person's own)
        return [RoleHit(m, _label_role(m, gz) or (acts[0] if acts else Role.ATTENDEE)) for m in here]
    bounds = _clause_bounds(sent, sorted(m.span.start for m in here), sorted(m.span.end for m in here))
    in_session = session_of(doc, sent) is not None
    cue_starts = [c[0] for c in cues]
    marks = marks_of(sent)
    # ends of mentions that a genitive follows ("B 교수의 강연"), sorted
    # ("방송인 최민준 씨의 진행으로": 씨 between the name and its 의)
    genitives = sorted(o.span.end + len(g.group()) for o in here if (g := _GENITIVE_AFTER.match(doc.text, o.span.end)))
    # per cue, once: a chair named with 으로 ("A 교수를 좌장으로"), and prefix tables over the cues so
    # that each mention finds the last plain cue, any chair, and the sentence's topic frame before it
    chaired = [_as_object_part(_word_at(sent, word_starts, c[0]), c, _word_after(sent, word_starts, c[0]))
               for c in cues]
    chairs_upto = [0]
    last_plain: list[int] = []
    frames: list[tuple[int, int, Role] | None] = []  # a part named as the topic ("2부 패널토론에서는")
    for i, c in enumerate(cues):
        chairs_upto.append(chairs_upto[-1] + chaired[i])
        last_plain.append(i if not chaired[i] else (last_plain[-1] if last_plain else -1))
        topic = c if not chaired[i] and c[2] is not Role.ATTENDEE \
            and _topic_ending(_cue_word(sent, word_starts, c)) else None
        frames.append(topic or (frames[-1] if frames else None))
    # a session of the programme as the sentence's topic, no part named for it ("특별 세션에는 A 교수가 나선다")
    session_topic = _SESSION_TOPIC.search(doc.text, sent.span.start, sent.span.end)
    session_frame = (session_topic.start(), session_topic.end(), Role.SPEAKER) \
        if session_topic is not None and not (cues and cues[0][0] < session_topic.end()) else None
    if session_frame is None and not cues and s_index > 0 \
            and (field := _FIELD_TOPIC.search(doc.text, sent.span.start, sent.span.end)) is not None \
            and _TAKEN_ON_BARE.search(doc.text, field.end(), sent.span.end) \
            and _PART_ANNOUNCED.search(doc.sentences[s_index - 1].text(doc.text)):
        # "'산업별 AX 사례' 세션이 이어진다. 제조 분야는 A 상무, 금융 분야는 B 본부장이 맡는다": the fields of the
        # part the sentence before announced, each taken on by its people, are their talks
        session_frame = (field.start(), field.end(), Role.SPEAKER)
    hits = []
    ordered = sorted(here, key=lambda o: o.span.start)
    here_starts = [o.span.start for o in ordered]
    subjects = [o.span.end for o in ordered if _SUBJECT_AFTER.match(doc.text, o.span.end)]
    for m in here:
        if id(m) in labelled:
            hits.append(RoleHit(m, labelled[id(m)][2]))
            continue
        owner = _OWNER_OF_OBJECT.match(doc.text, m.span.end, sent.span.end)
        if owner is not None and subjects and subjects[0] < m.span.start \
                and bisect.bisect_left(cue_starts, m.span.end) == bisect.bisect_left(cue_starts, owner.end()):
            continue  # "A 대표는 B 교수의 연구를 소개했다": B owns what A presented, and took no part by it
        k = bisect.bisect_right(bounds, m.span.start)
        start = bounds[k - 1] if k else sent.span.start
        end = bounds[k] if k < len(bounds) else sent.span.end
        # "A 장관은 B 교수의 강연을 들었다": a cue owned by a later person's genitive is that person's
        subject = re.match(r"(?:은|는|이|가)\s", doc.text[m.span.end:m.span.end + 2]) is not None

        def owned(at: int, m: PersonMention = m, subject: bool = subject) -> bool:
            g = _genitive_before(genitives, at)
            return subject and g is not None and g > m.span.end

        window = cues[bisect.bisect_left(cue_starts, m.span.end):bisect.bisect_left(cue_starts, end)]
        counted = _COUNTED_SUBJECT.search(doc.text, m.span.end, window[0][0]) if window \
            and window[0][2] is Role.ATTENDEE else None
        if counted and (not (_AMONG.search(doc.text, m.span.end, counted.start())
                             # "A 장관과 회원사 대표 50여 명이 참석했다": the person joined to the counted by 과
                             or _JOINED_TO_NEXT.match(doc.text, m.span.end))
                        # "A 원장은 기업 및 기관 관계자 100여명이 참석한 가운데 …": a topic is none of them
                        or _TOPIC_AFTER.match(doc.text, m.span.end) is not None):
            window = window[1:]  # "A가 연 행사에는 300여 명이 참석했다" (not "A 등 300여 명"): the counted attended
        # "… 및 자문위원인 이남식 총장": a cue in the adnominal 인 describes the name after it, not those before
        # ("(장관 A)는 … B 제2차관 주재로 …": presiding written right after another person, no particle between)
        # ("좌장은 A 교수, 토론자는 B와 C가 맡았다": a part written as a topic with names after it opens the next
        # gapped clause, theirs)
        after_at = next((n for n, c in enumerate(window) if not owned(c[0]) and not _adnominal(doc.text, c[1])
                         and not _attached_to_another(doc.text, c[0], m, ordered, here_starts)
                         and not _labels_the_next(doc.text, _cue_word(sent, word_starts, c), m, ordered, here_starts)
                         and not _topic_of_names_after(sent, word_starts, c, here_starts)), None)
        if after_at is not None and after_at + 1 < len(window) \
                and _group_subject_then_part(sent, word_starts, window[after_at], window[after_at + 1]):
            after_at += 1  # "A, B 등 해외 연사가 기조연설자로 나선다": the part the group takes on, not the group's noun
        lo, hi = bisect.bisect_left(cue_starts, start), bisect.bisect_left(cue_starts, m.span.start)
        if hi > lo and cues[hi - 1][1] > m.span.start:
            hi -= 1  # a cue that runs into the name is not before it
        plain = last_plain[hi - 1] if hi > lo else -1
        if after_at is not None and _besides(doc.text, m, window[after_at][0], ordered, here_starts, plain < lo):
            after_at = None  # "사회를 맡은 A 교수 외에 B, C가 패널로 나섰다": the verb is B's and C's
        if plain >= lo and (_describes_another(doc, sent, word_starts, cues[plain], m, ordered, here_starts)
                            or _labels_another(doc, cues[plain], m, ordered, here_starts)):
            plain = -1  # "좌장인 A 교수를 비롯해 B, C가 참여했다", "좌장 A 교수와 B, C": 좌장 is A's alone
        if plain >= lo and after_at is not None and _in_an_earlier_item(marks, cues[plain][0], m.span.start,
                                                                       window[after_at][0]):
            plain = -1  # "△A 교수의 '…' 기조강연 △B 대표의 '…' 발표": the keynote is A's item's, B's item has its own part
        if plain >= lo and _owned_by_genitive(genitives, cues[plain][0], m.span.start):
            plain = -1  # "A 교수의 기조강연, B 박사와 C 대표의 주제발표": the keynote is A's
        if plain >= lo and cues[plain][2] is Role.OTHER and _PRIZE_DESCRIBES.match(doc.text, cues[plain][0]) \
                and after_at is not None and window[after_at][2] in _PARTS:
            plain = -1  # "노벨상 수상자인 A 교수가 연사로 참여해": a prize describes one whose part the verb says
        frame = frames[hi - 1] if hi else None
        if frame is not None and frame[0] < start and (
                not _sentence_topic(_cue_word(sent, word_starts, frame))
                and not _opening_setting(sent, word_starts, frame[0])
                or _object_topic(sent, word_starts, frame, bounds, cue_starts)):
            # "A가 기조연설자로 나서고, B가 강연한다": a part given with 로 is its own clause's;
            # "기조강연은 A 교수가 맡고 B, C가 발표한다": so is a part its clause's verb takes as a topic
            frame = None
        if frame is not None and frame[0] < start and _NEXT_TURN.search(doc.text, start, m.span.start) \
                and not _sentence_topic(_cue_word(sent, word_starts, frame)) \
                and after_at is not None and window[after_at][2] in _PARTS:
            frame = None  # "기조강연에서 A는 …을 소개했고, 이어 B와 C가 발표자로 나섰다": the next turn, a part of its own
        if frame is None and session_frame is not None and session_frame[1] <= m.span.start:
            frame = session_frame  # its people speak in it
        evidence = _evidence(
            m, gz, marks, cues, cue_starts, in_session,
            after=window[after_at] if after_at is not None else None,
            before=cues[plain] if plain >= lo else None,
            chaired=chairs_upto[hi] - chairs_upto[lo] > 0 if hi > lo else False,
            panel_after=any(c[2] is Role.PANELIST for c in window), frame=frame)
        if plain >= lo and (_modifies(sent, word_starts, cues[plain], m)
                            # (not a chair's: "좌장을 맡은 A 교수와 B 부장이 발표했다" has one chair)
                            or cues[plain][2] is not Role.MODERATOR
                            and _listed_after_modified(sent, word_starts, cues[plain], m, ordered, here_starts)):
            evidence.append(Evidence(cues[plain][2], "adnominal_before"))
        if topic_of_item(doc, marks, m, gz) is not None:
            evidence.append(Evidence(Role.SPEAKER, "topic_item"))
        if _hosts(doc.text, m.span.end, sent.span.end) or _holds(doc, m, ordered, here_starts, end, gz):
            evidence.append(Evidence(Role.HOST_REP, "host_subject"))
        role = best_role(evidence)
        if role is Role.SPEAKER and frame is not None and frame[2] is Role.PANELIST:
            role = Role.PANELIST  # "패널토론에서 A 대표는 사례를 소개했고, …": talking on the panel is sitting on it
        if role is Role.SPEAKER and any(e.role is Role.KEYNOTE for e in evidence):
            role = Role.KEYNOTE  # "기조연설자로 나선 X 교수는 …를 주제로 강연했다": the keynote is the talk
        if role is not None:
            hits.append(RoleHit(m, role))
            if after_at is not None and after_at + 1 < len(window):
                first, nxt = window[after_at], window[after_at + 1]
                if first[2] is role and _joined(doc, first, nxt):
                    hits.append(RoleHit(m, nxt[2]))  # "연사와 토론자로 나섰다": both parts
                elif first[2] is role is Role.ATTENDEE and _then(doc.text, first, nxt) \
                        and bisect.bisect_left(here_starts, first[1]) == bisect.bisect_left(here_starts, nxt[0]):
                    hits.append(RoleHit(m, nxt[2]))  # "참석해 정책 방향을 소개했다": attended, then spoke
    hits += _gapped_subjects(doc, ordered, hits, bounds, cue_starts)
    hits += _topic_goes_on(doc, sent, ordered, hits, bounds, cues)
    hits = _respective_parts(doc, sent, ordered, cues, _amid_a_discussion(doc, sent, ordered, hits))
    return hits + _pictured_there(doc, sent, ordered, hits)


# a photo's caption, in the progressive captions are written in (news prose tells in the past), that says where
# it was taken, an event by its quoted name ("… 열린 '2026 AI 포럼'에서 …"), or where one stands in it ("A
# 대표(오른쪽)가 …"); not a file photo of an earlier day ("지난 7월 2일 … 열린 … 전체회의에서 발언하고 있다")
_PROGRESSIVE_END = re.compile(r"[가-힣]고\s*있다[.!]?\s*$")
_TAKEN_AT = re.compile(r"(?:열린|개최된|진행된|열리고\s+있는)\s+(?:[^\s'‘\"“]+\s+){0,2}['‘\"“<《「『]")
_EARLIER_DAY = re.compile(r"지난\s*\d{1,2}월|지난해|작년|\d{4}년\s*\d{1,2}월")


def _pictured_there(doc: Doc, sent: Sentence, ordered: list[PersonMention], hits: list[RoleHit]) -> list[RoleHit]:
    """``A 대표(오른쪽)가 … 열린 'X'에서 B CEO와 악수하고 있다``: the people of a caption of the event that no cue
    gave a part are pictured at it, attending."""
    text = sent.text(doc.text)
    if not _PROGRESSIVE_END.search(text) or not (_TAKEN_AT.search(text) or _PLACED.search(text)) \
            or _EARLIER_DAY.search(text):
        return []
    given = {id(h.mention) for h in hits}
    return [RoleHit(m, Role.ATTENDEE) for m in ordered if id(m) not in given]


def _topic_goes_on(doc: Doc, sent: Sentence, ordered: list[PersonMention], hits: list[RoleHit], bounds: list[int],
                   cues: list[tuple[int, int, Role]]) -> list[RoleHit]:
    """``A 대표는 불참했지만 영상으로 축사를 보냈다``, ``A 대표는 개회사를 했고 오후에는 특강도 했다``: a later clause
    of the sentence with a cue, no person and no subject of its own goes on with the topic (은/는) of the first, the
    one person named before it."""
    if not ordered or not cues:
        return []
    topic = ordered[0]
    if not _TOPIC_PARTICLE.match(doc.text, topic.span.end) or any(m.name != topic.name for m in ordered):
        return []
    got = {h.role for h in hits if h.mention is topic}
    out: list[RoleHit] = []
    edges = [b for b in bounds if b > topic.span.end] + [sent.span.end]
    cue_starts = [c[0] for c in cues]
    word_starts = [w.start for w in sent.words]
    # (by bisection, each clause's words read once: the clauses do not overlap)
    for start, end in zip(edges, edges[1:]):
        k = bisect.bisect_left(cue_starts, start)
        if k >= len(cues) or cues[k][0] >= end or cues[k][2] in got or cues[k][2] is Role.ATTENDEE:
            continue
        # (the words before the clause's first cue, and the cue's own word)
        words = sent.words[bisect.bisect_left(word_starts, start):bisect.bisect_left(word_starts, min(end, cues[k][1]))]
        if any(w.ending in ("이", "가") or w.ending in ("은", "는") and not w.text.endswith(_SETTING_TOPICS)
               for w in words):
            continue  # "… 했고, 이어 축사가 이어졌다": the clause's own subject
        out.append(RoleHit(topic, cues[k][2]))
        got.add(cues[k][2])
    return out


_TOPIC_PARTICLE = re.compile(r"\s*(?:[(（][^()（）\n]{1,30}[)）])?(?:은|는)\s")
_SETTING_TOPICS = ("에는", "에서는", "때는", "에선")  # a time or a place as a clause's topic ("오후에는")


_EACH = re.compile(r"\s각각\s")
# a genitive, then the object it owns: "B 교수의 연구를", "B CEO의 최근 발언을"
_OWNER_OF_OBJECT = re.compile(r"의\s+(?:[가-힣A-Za-z0-9]+\s+){0,2}?[가-힣A-Za-z0-9]+(?:을|를)\s")


def _respective_parts(doc: Doc, sent: Sentence, ordered: list[PersonMention], cues: list[tuple[int, int, Role]],
                      hits: list[RoleHit]) -> list[RoleHit]:
    """``A 교수와 B 상무는 각각 기조강연과 주제발표를 맡았다``: as many people before 각각 as parts after it, paired
    in the order written (each the one part, not all of them)."""
    each = _EACH.search(doc.text, sent.span.start, sent.span.end)
    if each is None:
        return hits
    people = [m for m in ordered if m.span.end <= each.start()]
    after = [c for c in cues if c[0] >= each.end() and c[2] in _PARTS]
    # (the parts one list, joined by 과/와, 및 or a comma: "기조강연과 주제발표를"; not "각각 좌장을 맡아 자유 토론 …",
    # where each takes the one part in a session of their own)
    run = after[:1]
    for c in after[1:]:
        if not _PARTS_JOINED.fullmatch(doc.text, run[-1][1], c[0]):
            break
        run.append(c)
    parts = [c[2] for c in run]
    if len(people) < 2 or len(people) < len(ordered):
        return hits  # (someone named after 각각 too: no pairing to read)
    if len(parts) == 2 and len(people) > 2 and parts[0] is Role.MODERATOR:
        parts = [parts[0]] + [parts[1]] * (len(people) - 1)  # "A와 B, C가 각각 좌장과 토론자로": one chair, the rest
    if len(parts) != len(people):
        return hits
    pairs = {id(m): part for m, part in zip(people, parts)}
    return [h for h in hits if id(h.mention) not in pairs or h.role not in _PARTS] \
        + [RoleHit(m, pairs[id(m)]) for m in people]


_PARTS_JOINED = re.compile(r"\s*(?:과|와|,|및|·)\s*")


# "B, C가 참여한 가운데 … 토론이 진행됐다": people taking part in the clause a discussion is held amid
# (taking part, 참여: not attending, 참석, nor a counted crowd; a discussion, not the 토론회 that is the event)
_AMID = re.compile(r"참여(?:한|하는)\s*가운데")
_DISCUSSION_HELD = re.compile(r"(?:토론|토의|좌담|대담)(?:이|가|을|를)\s+(?:\S+\s+){0,2}?"
                              r"(?:진행|이어|펼쳐|벌어|열렸|열려|벌였|나눴|가졌)")


def _amid_a_discussion(doc: Doc, sent: Sentence, ordered: list[PersonMention], hits: list[RoleHit]) -> list[RoleHit]:
    """``B 대표, C 이사가 참여한 가운데 '…'를 주제로 토론이 진행됐다``: the people of the clause that takes
    part amid a discussion sat on it (when they have no part of their own or are only present)."""
    amid = _AMID.search(doc.text, sent.span.start, sent.span.end)
    if amid is None or _DISCUSSION_HELD.search(doc.text, amid.end(), sent.span.end) is None:
        return hits
    opened = max((h.mention.span.end for h in hits if h.role in _SPEAKING | {Role.MODERATOR}
                  and h.mention.span.end <= amid.start()), default=sent.span.start)
    if _COUNTED_SUBJECT.search(doc.text, opened, amid.start()):
        return hits  # "관계자 등 50여 명이 참여한 가운데": a crowd, not a panel
    inside = {id(m) for m in ordered if opened <= m.span.start < amid.start()}
    given = {id(h.mention) for h in hits if h.role is not Role.ATTENDEE}
    kept = [h for h in hits if not (id(h.mention) in inside and h.role is Role.ATTENDEE)]
    return kept + [RoleHit(m, Role.PANELIST) for m in ordered if id(m) in inside and id(m) not in given]


# "A 상무가, B 이사가 …"; "A 교수가 'X'에 대해, B 대표가 'Y'에 대해 발표했다": the subject, its topic, a comma
# (or the topic: "A 교수는 'X'에 대해, B 대표는 …"; or the topic as the object: "A 상무가 디지털 트윈 전략을, B …")
_GAPPED_SUBJECT = re.compile(r"(?:이|가|은|는)\s*(?:[^,.\n]{0,70}?(?:에\s*(?:대해|관해|대해서)|주제로|['’]|[^\s,.][을를]))?\s*,")


def _gapped_subjects(doc: Doc, ordered: list[PersonMention], hits: list[RoleHit], bounds: list[int],
                     cue_starts: list[int]) -> list[RoleHit]:
    """``A 상무가, B 이사가 발표를 맡았다``: a subject closed by a comma with no cue of its own shares the
    verb of the parallel subject after it (a speaking part, "A 교수가, B 대표가 각각 발표했다", or a guest's and a
    prize-winner's, "A 대표가 훈장을, B 교수가 표창을 각각 받았다"; or a guest's, "A 차관이, B 대표와 C 대표가
    참석했다")."""
    got = {id(h.mention): h.role for h in hits}
    out: list[RoleHit] = []
    # (from the last: "A 교수가, B 센터장이, C 연구원이 각각 발표했다": B shares C's verb before A shares B's)
    for n in range(len(ordered) - 2, -1, -1):
        m = ordered[n]
        if id(m) in got or not _GAPPED_SUBJECT.match(doc.text, m.span.end, m.span.end + 80):
            continue
        k = bisect.bisect_right(bounds, m.span.start)
        end = bounds[k] if k < len(bounds) else None
        start = bounds[k - 1] if k else 0
        if end is None or bisect.bisect_left(cue_starts, start) != bisect.bisect_left(cue_starts, end):
            continue  # the clause has a cue of its own that gave no part
        nxt = ordered[n + 1]
        role = got.get(id(nxt))
        last, k = nxt, n + 1  # "A 총장이, B 부사장과 C 대표가 각각 발표에 나섰다": the parallel subject is a list
        while k + 1 < len(ordered) and k - n <= _JOINED_REACH \
                and (re.match(r"(?:과|와)\s", doc.text[last.span.end:last.span.end + 2])
                     or _COMMA_JOIN.fullmatch(doc.text, last.span.end, ordered[k + 1].span.start)):
            k += 1  # ("…, 2부에서는 C 대표, D 대표가 발표한다": or a list by commas, a body's words before each name)
            last = ordered[k]
        if role in _SPEAKING | {Role.MODERATOR, Role.OTHER, Role.ATTENDEE} \
                and re.match(r"(?:이|가|은|는)[\s,]", doc.text[last.span.end:last.span.end + 2]) \
                and nxt.span.start >= end:
            out.append(RoleHit(m, role))
            got[id(m)] = role
            j = n  # "1세션에서는 A 교수와 B 원장이, 2세션에서는 C 대표가 발표했다": those joined to the gapped subject
            while j > 0 and n - j < _JOINED_REACH and id(ordered[j - 1]) not in got \
                    and (re.fullmatch(r"(?:과|와)\s+", doc.text[ordered[j - 1].span.end:ordered[j].span.start])
                         or _COMMA_JOIN.fullmatch(doc.text, ordered[j - 1].span.end, ordered[j].span.start)):
                j -= 1
                out.append(RoleHit(ordered[j], role))
                got[id(ordered[j])] = role
    # "첫날 기조강연은 A가, 둘째 날은 B가 맡는다": the last subject, in a clause with no cue, takes the part the
    # topic gave the gapped subject before it, when its verb is the shared one of taking the part on
    for n in range(1, len(ordered)):
        m, prev = ordered[n], ordered[n - 1]
        role = got.get(id(prev))
        gap = _GAPPED_SUBJECT.match(doc.text, prev.span.end, m.span.start)
        if id(m) in got or role not in _SPEAKING | {Role.MODERATOR} or gap is None \
                or not _ANOTHER_TIME.fullmatch(doc.text, gap.end(), m.span.start) \
                or not _TAKES_IT_ON.match(doc.text, m.span.end):
            continue
        if bisect.bisect_left(cue_starts, prev.span.end) == bisect.bisect_left(cue_starts, m.span.start):
            out.append(RoleHit(m, role))
            got[id(m)] = role
    return out[::-1]


# a comma joining two people of one list, the next one's body in a word or two before the name ("A 상무, 다온 B 대표")
_COMMA_JOIN = re.compile(r",\s*(?:[^\s,.'‘’\"“”]+\s+){0,2}")


# the topic of a gapped clause that names only another time or turn of the same part: "둘째 날은", "오후 세션은",
# "오후에는", "2부에서는" (not another duty: "행사 안내는 B가 맡았다")
_ANOTHER_TIME = re.compile(r"\s*(?:(?:[가-힣0-9]+\s+){0,2}[가-힣0-9]*(?:날|오전|오후|저녁|세션|트랙|\d부|\d일|일째|차례)"
                           r"(?:은|는|에|에는|에서는|엔)\s+)?")
# the verb a gapped clause shares: taking a part on or giving it ("B가 맡는다", "B 교수가 한다", "B가 나섰다")
_TAKES_IT_ON = re.compile(r"(?:이|가)\s+(?:각각\s+)?(?:맡|나서|나선|나섰|한다|했다|할\s+예정)")


_HOSTING = re.compile(r"(?:공동\s*(?:으로\s*)?)?주최(?:한|하는|했|하고|하며|해|로|하여)")
_OTHER_CASE = re.compile(r"(?:은|는|을|를|에|에서|에게|의|로|으로|께서)$")


_HOLD_REACH = 160  # characters between a person and the verb by which they hold the event
_HOLDING = re.compile(rf"(?:을|를)\s*{BEFORE_VERB}(?:공동으로\s*|공동\s*|함께\s*)?(?:{HOLDING_VERBS}|주재했|주재한다)")


_JOINED_REACH = 6  # people joined by 과/와 before the verb that holds the event


def _holds(doc: Doc, m: PersonMention, here: list[PersonMention], starts: list[int], end: int,
           gz: Gazetteer) -> bool:
    """The person is the subject of a finite verb that holds an event (``한 장관은 … 간담회를 가졌다``,
    ``김 의원은 … 토론회를 개최했다``): 은/는/이/가 right after the mention, no other person named before
    the verb, and an event word as its object. ``A 의원과 B 의원, C 의원은 … 공동 개최했다``: all hold it.
    ``here`` are the sentence's mentions in text order, ``starts`` where they start (found by bisection)."""
    for _step in range(_JOINED_REACH):  # a bounded walk along the names joined by 과/와 keeps this linear
        if not re.match(r"(?:과|와)\s|,", doc.text[m.span.end:m.span.end + 2]):
            break
        k = bisect.bisect_right(starts, m.span.end)
        nxt = here[k] if k < len(here) else None
        if nxt is None or not re.fullmatch(r"(?:과|와)?\s*,?\s*", doc.text[m.span.end:nxt.span.start]):
            return False
        m = nxt
    after = m.span.end
    aside = re.match(r"\)|\([^()\n]{1,30}\)", doc.text[after:after + 32])
    if aside:
        after += aside.end()  # "최민정 의원(더불어민주당)은 …": the party or body written aside
    if re.match(r"(?:은|는|이|가)\s", doc.text[after:after + 2]) is None:
        return False
    hit = _HOLDING.search(doc.text, after, min(end, after + _HOLD_REACH))
    if hit is None:
        return False
    between = here[bisect.bisect_right(starts, m.span.end):bisect.bisect_left(starts, hit.start())]
    if any(o.name != m.name for o in between):
        return False
    words = doc.text[after:hit.start()].split()
    return bool(words) and gz.event_type_of(re.sub(r"['’\"”」』]+$", "", words[-1])) is not None


def _besides(text: str, m: PersonMention, cue_at: int, ordered: list[PersonMention], here_starts: list[int],
             no_part: bool) -> bool:
    """``A 외에 B, C가 …``: another person is named past 외에 between ``m`` and the cue at ``cue_at``. With 도
    (``A 외에도 B, C가 연사로 참여했다``) the verb is A's too, when nothing before A gives A a part of its own
    (``no_part``; ``사회를 맡은 A 교수 외에도 …``: A's part is the chair)."""
    k = bisect.bisect_right(here_starts, m.span.start)
    if k >= len(ordered) or ordered[k].span.start >= cue_at:
        return False
    found = re.search(r"(?:\s|^)외에(도)?", text[m.span.end:ordered[k].span.start])
    return found is not None and not (found.group(1) and no_part)


_BESIDES = re.compile(r"비롯|외에|[과와]\s*함께")


def _topic_of_names_after(sent: Sentence, starts: list[int], cue: tuple[int, int, Role], here_starts: list[int]) -> bool:
    """The cue is written as a topic (``토론자는``) and people are named after it: it names their part."""
    w = _cue_word(sent, starts, cue)
    return w is not None and w.ending in ("은", "는") and "ETM" not in w.ending_tags \
        and bisect.bisect_left(here_starts, cue[1]) < len(here_starts)


def _attached_to_another(text: str, at: int, m: PersonMention, ordered: list[PersonMention],
                         here_starts: list[int]) -> bool:
    """The presiding (주재) at ``at`` is written right after another person named after ``m``, with nothing but a
    space between (``B 제2차관 주재로``, ``B 원장 주재 회의``): that person's, not ``m``'s."""
    if not text.startswith("주재", at):
        return False
    k = bisect.bisect_left(here_starts, at) - 1
    if k < 0 or ordered[k] is m or ordered[k].span.start <= m.span.start:
        return False
    end = ordered[k].span.end
    return end < at and not text[end:at].strip()


def _labels_the_next(text: str, cue: Word | None, m: PersonMention, ordered: list[PersonMention],
                     here_starts: list[int]) -> bool:
    """The cue's word is a bare label written right before another person named after ``m`` (``A 교수를 비롯해
    토론자 B 대표가``): that person's part, not ``m``'s (not ``씨의 진행으로 B 대표와``, a word with its particle)."""
    if cue is None or not cue.bare or cue.quoted:
        return False
    k = bisect.bisect_left(here_starts, cue.end)
    return k < len(ordered) and ordered[k] is not m and ordered[k].span.start > m.span.start \
        and not text[cue.end:ordered[k].span.start].strip()


def _describes_another(doc: Doc, sent: Sentence, starts: list[int], cue: tuple[int, int, Role], m: PersonMention,
                       ordered: list[PersonMention], here_starts: list[int]) -> bool:
    """The cue's adnominal clause describes the person named right after it, and ``m`` is named past
    비롯해 / 외에 / 와 함께 after that person, or after a case particle that ends that person's phrase (``진행을
    맡은 A 기자의 질문에 B 대표가 답했다``, ``사회를 맡은 A 교수는 B 대표에게 물었다``): the cue is that person's, not
    ``m``'s (a list joined by 와 / 과 / commas shares it: ``패널로 나선 A 대표와 B 교수는``; not a chair's)."""
    k = bisect.bisect_left(here_starts, cue[1])
    if k >= len(ordered) or ordered[k] is m or ordered[k].span.start >= m.span.start:
        return False
    first = ordered[k]
    # (a chair is one: "좌장을 맡은 A 교수와 B 대표, C 상무가 참여했다" has the clause describe A alone)
    return _modifies(sent, starts, cue, first) \
        and (_BESIDES.search(doc.text, first.span.end, m.span.start) is not None
             or _CASE_AFTER.match(doc.text, first.span.end) is not None or cue[2] is Role.MODERATOR)


def _labels_another(doc: Doc, cue: tuple[int, int, Role], m: PersonMention, ordered: list[PersonMention],
                    here_starts: list[int]) -> bool:
    """The chair's word is written right before another person named before ``m``, as that person's label
    (``좌장 A 교수를 비롯해 B, C 등이 참여했다``, ``좌장 A 교수와 B 교수``): one chair, not ``m``."""
    k = bisect.bisect_left(here_starts, cue[1])
    if cue[2] is not Role.MODERATOR or k >= len(ordered) or ordered[k] is m or ordered[k].span.start >= m.span.start:
        return False
    gap = ordered[k].span.start - cue[1]
    return gap <= _LABEL_GAP and not doc.text[cue[1]:ordered[k].span.start].strip()


_LABEL_GAP = 3  # spaces between a label and the name it labels


# a case particle that ends a person's phrase (not 와 / 과, which join a list)
_CASE_AFTER = re.compile(r"(?:의|은|는|이|가|을|를|에게|께서|께)\s")


def _modifies(sent: Sentence, starts: list[int], cue: tuple[int, int, Role], m: PersonMention) -> bool:
    """The cue's clause ends in an adnominal form right before the mention (``진행을 맡은 성다인``,
    ``첫 발표자인 문채원``, ``기조강연에 나선 조준희``): the clause describes this person."""
    k = bisect.bisect_left(starts, m.span.start) - 1
    if k < 0:
        return False
    w = sent.words[k]
    adnominal = "ETM" in w.ending_tags or w.ending == "인"
    return adnominal and cue[0] >= sent.words[max(0, k - 2)].start and cue[1] <= w.end


def _listed_after_modified(sent: Sentence, starts: list[int], cue: tuple[int, int, Role], m: PersonMention,
                           ordered: list[PersonMention], here_starts: list[int]) -> bool:
    """The mention is a later item of the list whose first item the cue's adnominal clause describes (``토론자로
    참여한 A 교수와 B 부장은``: the clause describes both): the items between are joined by 와/과 or commas, with
    nothing but their own words between."""
    at = bisect.bisect_left(here_starts, m.span.start)
    item = m
    for k in range(at, max(0, at - _LIST_REACH), -1):
        prev = ordered[k - 1]
        # (from the previous item's last word, which may carry the joiner, to this item: "교수와", "교수,")
        a, b = bisect.bisect_right(starts, prev.span.end - 1) - 1, bisect.bisect_left(starts, item.span.start)
        between = sent.words[max(0, a):b]
        if not between or len(between) > 3 \
                or not (between[-1].text.endswith(("와", "과", ",")) or between[-1].ending in ("와", "과")) \
                or any(not w.bare for w in between[:-1]):
            return False
        if _modifies(sent, starts, cue, prev):
            return True
        item = prev
    return False


_LIST_REACH = 20  # items of a list walked back to the one an adnominal clause describes (a bounded look back)


def _adnominal(text: str, end: int) -> bool:
    """The cue ending at ``end`` is an adnominal copula (``자문위원인 X``), not a noun with a particle
    (``진술인으로``)."""
    return text.endswith("인", 0, end) and text[end:end + 1].isspace()


def _hosts(text: str, end: int, limit: int) -> bool:
    """The person is the subject of 주최 (``이은서 의원(○○당)과 박준혁 의원이 공동 주최한 토론회``,
    ``김 교수가 주최한 세미나``): only titles, names, parentheses and 와/과 stand between, and the last
    word before 주최 is the subject (이/가); ``김 교수는 과기정통부가 주최한 …`` is someone else's."""
    hit = _HOSTING.search(text, end, min(limit, end + 80))
    if hit is None:
        return False
    between = re.sub(r"\([^()]*\)", "", text[end:hit.start()]).split()
    if not between and hit.group().endswith("주최로"):
        return True  # "김도윤 의원 주최로 … 열린": the person named right before it hosts
    place = False
    while len(between) > 1 and (_WHEN_OR_WHERE.fullmatch(between[-1]) or place and _BARE.fullmatch(between[-1])):
        place = between.pop().endswith("에서") or place
        # "김 의원이 2일 국회의원회관 소회의실에서 주최한": the day and the place between the subject and its verb
    return 0 < len(between) <= 6 and between[-1].endswith(("이", "가")) \
        and not any(_OTHER_CASE.search(w) for w in between)


# a day or a place with 에서 between a subject and its verb
_WHEN_OR_WHERE = re.compile(rf"{WHEN_WORD.pattern}|지난|오는|[^\s]+에서")
_BARE = re.compile(r"[^\s]*[^\s이가은는을를의에로도와과]")  # a word with no particle: a place's words before 에서


def _group_subject_then_part(sent: Sentence, starts: list[int], group: tuple[int, int, Role],
                             part: tuple[int, int, Role]) -> bool:
    """``연사가`` / ``연사들이`` then ``기조연설자로``: the people's noun as the subject after a list, then the part they
    take on with 로 (the part outranks the noun that only says they are speakers)."""
    noun, taken = _cue_word(sent, starts, group), _word_at(sent, starts, part[0])  # ("패널로 참여": its first word)
    return noun is not None and taken is not None and group[2] is Role.SPEAKER and part[2] is not Role.SPEAKER \
        and noun.stem.removesuffix("들") in _PEOPLE_NOUNS and noun.ending in ("이", "가", "은", "는", "도") \
        and taken.ending in ("로", "으로")


def _cue_word(sent: Sentence, starts: list[int], cue: tuple[int, int, Role]) -> Word | None:
    """The word whose ending a cue takes: its own, or for a cue of several words that starts a word its
    last (``패널 토론에는``), not the word whose particle a cue begins with (``씨의 진행으로``)."""
    w = _word_at(sent, starts, cue[0])
    if w is not None and w.start == cue[0] and w.end < cue[1]:
        return _word_at(sent, starts, cue[1] - 1) or w
    return w


def _word_at(sent: Sentence, starts: list[int], offset: int) -> Word | None:
    k = bisect.bisect_right(starts, offset) - 1
    w = sent.words[k] if k >= 0 else None
    return w if w is not None and w.start <= offset < w.end else None


_THEN = re.compile(r"(?:해|하여|해서|했고|했으며|하고|하며|한\s*뒤|한\s*후)\s")
_THEN_REACH = 40  # characters between attending and what the person then did


def _then(text: str, a: tuple[int, int, Role], b: tuple[int, int, Role]) -> bool:
    """A second part after attending, joined by a connective ending (``참석해 축사를 했다``); a word for
    other people is none (``참석해 수상자들을 격려했다``)."""
    return b[2] is not Role.ATTENDEE and b[0] - a[1] <= _THEN_REACH and _THEN.match(text, a[1]) is not None \
        and not text.endswith("자", b[0], b[1]) and not text.startswith("들", b[1])


def _joined(doc: Doc, a: tuple[int, int, Role], b: tuple[int, int, Role]) -> bool:
    """A second part joined to the first by 와/과/및 (``연사와 토론자로``, ``발표 및 토론``)."""
    return b[2] is not a[2] and b[2] is not Role.ATTENDEE \
        and re.fullmatch(r"\s*(?:와|과|및|겸)\s*", doc.text[a[1]:b[0]]) is not None


def _evidence(m: PersonMention, gz: Gazetteer, marks: list[int], cues: list[tuple[int, int, Role]],
              cue_starts: list[int], in_session: bool, *, after: tuple[int, int, Role] | None,
              before: tuple[int, int, Role] | None, chaired: bool, panel_after: bool,
              frame: tuple[int, int, Role] | None) -> list[Evidence]:
    """What each construction says ``m``'s role is (see :mod:`kg.extract.role_evidence`)."""
    out: list[Evidence] = []
    labelled = _label_role(m, gz)  # "좌장 하도윤": the part written before the name is the person's
    if labelled is not None:
        out.append(Evidence(labelled, "label"))
    item = _item_label(marks, cues, cue_starts, m.span.start)
    if item is not None:
        out.append(Evidence(item[2], "list_item"))
    if after is not None:
        out.append(Evidence(after[2], "cue_after"))
    if before is not None:
        out.append(Evidence(before[2], "cue_before"))
    if frame is not None:
        out.append(Evidence(frame[2], "topic_frame"))
    # "A 교수를 좌장으로 B, C가 참여했다": the chair named with 으로 is A's; B and C sit on the panel
    if chaired:
        out.append(Evidence(Role.PANELIST, "chair_object"))
        if panel_after:
            out.append(Evidence(Role.PANELIST, "panel_under_chair"))
    if in_session:
        out.append(Evidence(Role.SPEAKER, "session"))
    return out


_SPEAKING = frozenset({Role.KEYNOTE, Role.SPEAKER, Role.PANELIST})
# a prize's winner written as what the person is (수상자인, 수상자인 동시에), whose part another cue may say
_PRIZE_DESCRIBES = re.compile(r"수상자\s*인\s")
_PARTS = _SPEAKING | {Role.MODERATOR}  # (the parts on stage, the chair's too)
FRAME_REACH = 3  # sentences a header's role carries over (the items of a marked list below it count as one)
_HEADER_PEOPLE = frozenset({"참석자", "참가자", "명단", "패널", "연사", "연사진"})
# the second word of a header that names the part of the programme by its slot ("■ 발표 세션", "[토론 순서]")
_HEADER_SLOTS = frozenset({"세션", "순서", "프로그램",
                           # (or introduces who takes it: "[연사 소개]", "◇발표자 약력", "■ 연사 라인업")
                           "소개", "안내", "라인업", "프로필", "약력"})
_ATTENDING_PEOPLE = frozenset({"참석자", "참가자"})
_LIST_SLOTS = frozenset({"순서", "순번", "명단", "일정", "목록", "라인업"})  # what a part's list below is
# a sentence that announces the list below it: "… 발표자는 다음과 같다", "… 연사는 아래와 같습니다"
_ANNOUNCES_LIST = re.compile(r"(?:다음과|아래와|하기와)\s*같(?:다|습니다|으며|고|이)")


def frame_role(doc: Doc, sent: Sentence, gz: Gazetteer) -> Role | None:
    """The role a sentence sets for those that follow when it opens with a part of the programme as
    its topic and names nobody: ``초청강연은 신기술을 소개했다. 박재흥 교수는 …``."""
    words = sent.words
    if len(words) > 2 and words[-1].text in ")）":  # "발표자 명단(발표 순)": a note on the list in parentheses
        opened = next((k for k in range(len(words) - 2, 0, -1) if words[k].text in "(（"), None)
        words = words[:opened] if opened is not None else words
    if len(words) > 3 and words[0].text in OPENING_QUOTES:
        # "'2026 한빛 AI 포럼' 연사 소개": the event's quoted name, then the header's own words
        closed = next((k for k in range(1, len(words)) if words[k].text in CLOSING_QUOTES), None)
        words = words[closed + 1:] if closed is not None and closed + 1 < len(words) else words
    opening = [w for w in words if not w.is_punct][:2]
    # a header line of its own: a mark and a part's name ("◇연사", "[토론자]", "■ 기조강연"), or the part and
    # the people who take it ("◇좌담 참석자", "[토론 참가자]"), the items below
    header = len(words) <= 4 and (len(opening) == 1 or len(opening) == 2
                                  and opening[1].stem in _HEADER_PEOPLE | _HEADER_SLOTS) \
        and not opening[-1].ending and "\n" in doc.text[
        max(0, sent.span.start - 1):sent.span.start + 1] + doc.text[sent.span.end:sent.span.end + 2]
    # "이어지는 세션 발표자는 다음과 같다": the topic of a sentence that announces a list, wherever it stands
    announcing = _ANNOUNCES_LIST.search(doc.text, sent.span.start, sent.span.end) is not None
    for start, _end, role in _cues(doc, sent, gz):
        word = next((w for w in opening if w.start <= start < w.end), None)
        if role in _SPEAKING and _topic_ending(word) or header and word is not None and role in _SPEAKING | {Role.MODERATOR}:
            return role
        if announcing and role in _PARTS:
            at = next((k for k, w in enumerate(sent.words) if w.start <= start < w.end), None)
            topic = sent.words[at] if at is not None else None
            if topic is not None and (topic.ending in ("은", "는")
                                      # "발표자와 주제는 다음과 같다": the part joined to another in the topic
                                      or topic.ending in ("와", "과") and at is not None and at + 1 < len(sent.words)
                                      and sent.words[at + 1].ending in ("은", "는")
                                      # "발표 순서는 다음과 같다": the part bare, then its order or list as the topic
                                      or not topic.ending and at is not None and at + 1 < len(sent.words)
                                      and sent.words[at + 1].stem in _LIST_SLOTS
                                      and sent.words[at + 1].ending in ("은", "는")):
                return role
    if header and any(w.stem in _ATTENDING_PEOPLE for w in opening):
        return Role.ATTENDEE  # "◇주요 참석자", "[참석자 명단]": those listed attended
    return None


def _label_role(m: PersonMention, gz: Gazetteer) -> Role | None:
    """The role of the part written before the name in place of a title (``좌장 하도윤``; ``관람객 김지수 씨``: one of
    the audience), if any."""
    if m.label in AUDIENCE_LABELS:
        return Role.ATTENDEE
    return next((role for pattern, role, _first in gz.cues if pattern.search(m.label)), None) if m.label else None


def _as_object_part(w: Word | None, cue: tuple[int, int, Role], nxt: Word | None = None) -> bool:
    """A chair named with 으로 (``A 교수를 좌장으로``): ``w`` is the word holding the cue, ``nxt`` the one
    after it; ``진행자로 나선 A 대표``, where a verb of appearing follows, names the chair itself."""
    if nxt is not None and _APPEARING.match(nxt.text):
        return False
    return w is not None and w.ending in ("로", "으로") and cue[2] is Role.MODERATOR


_APPEARING = re.compile(r"(?:나선|나서|나섰|나와|나온|참여|참석|활약|초청|초빙|등장|출연)")


def _word_after(sent: Sentence, starts: list[int], offset: int) -> Word | None:
    """The word after the one holding sentence offset ``offset``."""
    k = bisect.bisect_right(starts, offset)
    return sent.words[k] if k < len(sent.words) else None


def _genitive_before(genitives: list[int], at: int) -> int | None:
    """The end of the mention whose genitive (의) stands right before offset ``at`` (``A 교수의 기조강연``),
    or None: ``genitives`` are the sorted ends of the mentions that 의 follows."""
    g = bisect.bisect_right(genitives, at) - 1
    return genitives[g] if g >= 0 and genitives[g] >= at - 3 else None


_GENITIVE_AFTER = re.compile(r"[ \t]*씨?(?=의)")


def _owned_by_genitive(genitives: list[int], cue_at: int, before: int) -> bool:
    """A cue right after the genitive of a person written before ``before``."""
    g = _genitive_before(genitives, cue_at)
    return g is not None and g < before


# a clause that opens the next turn of the programme: "…했고, 이어 B가 …", "…했으며 다음으로 C가 …"
_NEXT_TURN = re.compile(r"(?:^|\s|,)(?:이어|이어서|뒤이어|다음으로|마지막으로|끝으로)\s")


def _opening_setting(sent: Sentence, word_starts: list[int], at: int) -> bool:
    """A part named with 에서 among the sentence's first words sets the whole sentence (``이어진 토론에서 A는
    …라고 말했고, B는 …을 지적했다``: both sat on the panel)."""
    k = bisect.bisect_right(word_starts, at) - 1
    return 0 <= k < _SETTING_REACH and sent.words[k].ending == "에서"


_SETTING_REACH = 3  # the first words of a sentence, where a part named with 에서 sets all of it


def _sentence_topic(w: Word | None) -> bool:
    """A frame that is the whole sentence's topic (``패널토론에는``, ``토론자로는``), beyond its own clause."""
    return w is not None and w.ending in _TOPIC_ENDINGS


def _object_topic(sent: Sentence, word_starts: list[int], frame: tuple[int, int, Role], bounds: list[int],
                  cue_starts: list[int]) -> bool:
    """A part written as a bare topic (은/는) whose own clause names no other part, so that the clause's verb
    takes it as its object: ``기조강연은 A 교수가 맡고``, ``기조 발제는 A 교수가 진행하며`` (while in
    ``패널토론은 A 교수가 좌장을 맡아 B, C가 참여했다`` the panel is the whole sentence's)."""
    w = _cue_word(sent, word_starts, frame)
    if w is None or w.ending not in ("은", "는"):
        return False
    k = bisect.bisect_right(bounds, frame[1])
    clause_end = bounds[k] if k < len(bounds) else sent.span.end
    return bisect.bisect_left(cue_starts, clause_end) == bisect.bisect_left(cue_starts, frame[1])


def _topic_ending(w: Word | None) -> bool:
    """Whether the word ``w`` ends as a topic or frame (``패널토론에는``, ``토론자로는``; not the adnominal 은 of a
    clause that describes the name after it, ``진행을 맡은 A 기자``)."""
    return w is not None and w.ending in _FRAME_ENDINGS and "ETM" not in w.ending_tags


def _before_spaces(text: str, at: int) -> int:
    """The offset right after the last character before ``at`` that is no space."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


# a part labelled with a colon inside parentheses, the names after it: "(좌장: 김도윤 한빛대 교수)", or with a space
# ("패널토론(좌장 김도윤 한빛대 교수)에는 A, B가 참여했다": the chair is the one inside alone)
_PAREN_LABEL = re.compile(r"[(（]\s*(" + "|".join(sorted(PAREN_PARTS, key=len, reverse=True))
                          + r")(?:\s*[:：]\s*|\s+)[^()（）\n]{2,80}[)）]")


_CONNECTIVE_VERB = re.compile(r"(?:하|했|되|됐|였|었|았|섰|왔)(?:고|으며|며|지만|는데|면서)$")


def _linking_verb(w: Word, nxt: Word) -> bool:
    """A verb of its own stem closing its clause with a connective ending (``맡고``, ``맡았으며``, ``이끌며``;
    not ``맡고 있는``, a post held now that describes the name after it)."""
    return bool(w.stem_tags) and w.stem_tags[-1] in ("VV", "VA") and w.ending_tags[-1:] == ("EC",) \
        and w.ending.endswith(("고", "며", "면서")) and nxt.text not in ("있는", "있던", "있다", "있으며", "있고")


_TOOK_ON = frozenset({"맡아", "맡아서", "맡고", "맡으며", "맡았고", "맡았으며"})  # 맡다 with a connective ending


def _clause_bounds(sent: Sentence, people: list[int], ends: Sequence[int] = ()) -> list[int]:
    """Offsets where a clause ends: a connective ending followed by a comma (``선보이고,``), a subject
    and a comma with the verb left out (``좌장은 A 교수가, …``) or a connective ending followed by a
    marked list (``A 회장이 좌장을 맡고 ▲B 교수 ▲C 대표가 참여했다``: the chair is A's alone), and a slash
    between the items of a programme line (``people``: where the sentence's mentions start; ``ends``: where
    they end, sorted)."""
    words = sent.words
    bounds = [words[i + 1].end if words[i + 1].text == "," else words[i].end for i in range(len(words) - 1)
              if (words[i + 1].text == "," or words[i + 1].text in _LIST_MARKERS)
              and (any(t.startswith("EC") for t in words[i].ending_tags)
                   # "김 교수는 기조강연을 했고, 박 상무는 …": a verb the analyser left whole, its connective ending
                   or words[i + 1].text == "," and _CONNECTIVE_VERB.search(words[i].text) is not None
                   # "좌장은 A 교수가, 토론자로는 B와 C가 참여했다": a subject and a comma, its verb left out
                   or words[i + 1].text == "," and words[i].ending in ("이", "가") and "JKS" in words[i].ending_tags
                   # "A 교수가 발표자로, B 부장이 토론자로 참여했다": a part given with 로, its verb left out
                   or words[i + 1].text == "," and words[i].ending in ("로", "으로") and i > 0
                   and words[i - 1].ending in ("이", "가")
                   # "A 교수가 기조강연을, B 대표가 사례발표를 했다": an object and a comma, its verb left out
                   or words[i + 1].text == "," and words[i].ending in ("을", "를") and i > 0
                   and any(words[k].ending in ("이", "가") and "JKS" in words[k].ending_tags
                           for k in range(max(0, i - 3), i)))]
    # "A 대표가 기조강연을 했고 B 교수가 …": a verb with a connective ending, then the next person, no comma
    starts = set(people)
    # ("좌장은 A 대표가 맡았고 토론에는 B 박사가 참여했다": or a part set as the next clause's topic, no comma)
    # ("좌장은 A 교수가 맡았으며 발표자 전원이 토론자로 참여했다": or the next clause's own subject a few words on)
    bounds += [words[i].end for i in range(len(words) - 1)
               if (words[i + 1].start in starts or words[i + 1].ending in _FRAME_ENDINGS
                   or any(w.ending in ("이", "가") and "JKS" in w.ending_tags for w in words[i + 1:i + 4]))
               and (_CONNECTIVE_VERB.search(words[i].text) is not None or _linking_verb(words[i], words[i + 1]))]
    # "A 대표가 기조강연을 한 데 이어 B 교수가 발표했다": "…한 데 이어", "…한 뒤", "…한 후(에)" close A's clause
    for i in range(1, len(words)):
        if words[i].text in ("이어", "이어서") and (words[i - 1].text in ("데", "데에")
                                                 # "A 교수의 특강에 이어 B, C가 …": the talk before is A's
                                                 # (not "A 대표에 이어 B 상무가 발표자로 나섰다": a person
                                                 # before 에 did what B did, in B's clause)
                                                 # (not "좌장은 지난해에 이어 B 교수가 맡았다": as last year)
                                                 or words[i - 1].ending == "에" and i > 1
                                                 and words[i - 1].stem not in _EARLIER
                                                 and bisect.bisect_right(ends, words[i - 1].end)
                                                 == bisect.bisect_right(ends, words[i - 1].start)) \
                or words[i].text in ("뒤", "후", "후에", "다음") and ("ETM" in words[i - 1].ending_tags
                                                                  or words[i - 1].text in ("한", "진행한", "마친")):
            bounds.append(words[i].end)
        # "A 교수가 좌장을 맡은 가운데 B, C가 참여했다": an adnominal verb before 가운데 ("while …") closes
        # its clause as a connective ending does
        if words[i].text in ("가운데", "가운데서", "속에", "속에서") and "ETM" in words[i - 1].ending_tags:
            bounds.append(words[i].end)
        # "A 교수가 좌장을 맡아 B 원장, C 상무와 함께 논의했다": the part taken with a connective ending is the
        # subject's; the people named after it act in a clause of their own
        if words[i].text in _TOOK_ON and words[i - 1].ending in ("을", "를") \
                and not (i + 1 < len(words) and words[i + 1].text in ("있는", "있던")):
            bounds.append(words[i].end)  # (not "대표를 맡고 있는 A 씨": a post held now, describing A)
        # "좌장을 맡은 A 교수를 중심으로 패널들이 …": the people around whom others act end their clause
        if words[i].text in ("중심으로", "중심으로는") and words[i - 1].ending in ("을", "를"):
            bounds.append(words[i].end)
    # "좌장: A 교수 / 토론: B, C": a slash or bar parts the items of a programme line; but in "기조강연:
    # 'AI 팩토리' / A 교수" it parts the talk from its speaker, no person standing before it
    depth = 0
    item_start = sent.span.start
    word_starts = [w.start for w in words]
    for w in words:
        depth = max(0, depth + (w.text in "(（") - (w.text in ")）"))
        if depth == 0 and w.text in ("/", "|", "｜"):  # not "(분과위원 / 지역TF 리더)" inside a description
            k = bisect.bisect_left(people, item_start)
            nxt = bisect.bisect_left(people, w.end)
            # ("발표자: A(X)/B(Y)/C(Z)": a name right after the slash is the same label's next item)
            if k < len(people) and people[k] < w.start \
                    and not (nxt < len(people) and bisect.bisect_left(word_starts, people[nxt])
                             == bisect.bisect_left(word_starts, w.end)):
                bounds.append(w.end)
                item_start = w.end
    return sorted(bounds)


def _in_an_earlier_item(marks: list[int], cue: int, at: int, own: int) -> bool:
    """In a marked list (``marks``: where its markers stand), the cue at ``cue`` lies in an earlier item than the
    one holding ``at``, and that item has its own cue at ``own`` before the next marker."""
    k = bisect.bisect_right(marks, at) - 1
    if k < 1 or not marks[k - 1] < cue < marks[k]:
        return False
    return own < (marks[k + 1] if k + 1 < len(marks) else own + 1)


def _item_label(marks: list[int], cues: list[tuple[int, int, Role]], cue_starts: list[int],
                at: int) -> tuple[int, int, Role] | None:
    """``▲기조강연: A ▲주제발표: B, C``: in a marked list (``marks``: where its markers stand), the cue
    that opens the item holding ``at``."""
    if len(marks) < 2 or at < marks[0]:
        return None
    opened = marks[bisect.bisect_right(marks, at) - 1]
    label = [c for c in cues[bisect.bisect_left(cue_starts, opened):bisect.bisect_right(cue_starts, at)] if c[1] <= at]
    return label[-1] if label else None


# ("▲세션1: 제조 데이터 플랫폼(발표: 김도윤 …)": a label with its colon before the topic, and the part's own label
# with a colon inside the parenthesis)
# ("1세션: …", "제2세션: …": the session's number before its word too)
_TOPIC_BEFORE_PAREN = re.compile(r"\s*(?:(?:(?:제\s*)?\d{1,2}\s*)?(?:세션|[Ss]ession|트랙|[가-힣]{0,4}(?:발표|강연|연설|발제|특강))"
                                 r"\s*\d{0,2}\s*[:：|｜]\s*)?"
                                 r"([^()\n:：|｜]{2,60}?)(?:\s*[(（]\s*(?:(?:발표|발제|연사|강연|강사)자?\s*[:：]\s*)?"
                                 # ("▲협동로봇 안전 기준/민지호 …", "▲협동로봇 안전 기준 - 민지호 …": a slash or a
                                 # spaced dash between the topic and its speaker)
                                 r"|\s*/\s*|\s+[-–—]\s+)$")
# a programme line opened by a session's label and its colon, no marker before it ("1세션: 제조 AI(김도윤 …)")
def _numbered(before: str, after: str) -> str:
    """A part of the programme by its number, before its word (``1세션``, ``제2세션``) or after it (``세션 3``): the
    words ``before`` and ``after`` may stand with a number (alternations)."""
    return rf"(?:(?:제\s*)?\d{{1,2}}\s*(?:{before})|(?:{after})\s*\d{{1,2}})"


_SESSION_LINE = re.compile(rf"[ \t]*{_numbered('세션|트랙', '세션|[Ss]ession|트랙')}\s*[:：]")
# what joins a programme item's ceremonial words ("개회 및 환영사", "오찬·네트워킹", "개회식과 축사")
_FORMALITY_JOINERS = re.compile(r"\s*(?:[,·ㆍ&/]|\s및\s|(?<=[가-힣])[과와](?=\s))\s*")
_TIMED_LINE = re.compile(rf"[ \t]*{_TIME_OPENING}")
_DASH_ITEM = re.compile(rf"[ \t]*[{re.escape(''.join(sorted(_ITEM_DASHES)))}][ \t]*")  # what opens a dashed item's line
_QUOTED_BEFORE_PAREN = re.compile(r"['‘]([^'‘’()\n]{2,60})['’]\s*[(（]\s*$")


def topic_of_item(doc: Doc, marks: list[int], m: PersonMention, gz: Gazetteer) -> tuple[str, Span] | None:
    """``▲AI 기반 설비 예지보전(김태윤 한국생산기술연구원 수석연구원)``: in an item of a marked list, a topic
    and then, in parentheses, a titled person who presents it (``marks``: where the sentence's list
    markers stand). An organization before the parenthesis (``▲한빛대(김도윤 총장)``) is no topic."""
    k = bisect.bisect_right(marks, m.span.start) - 1
    if m.title is None:
        return None
    line_start = doc.text.rfind("\n", 0, m.span.start) + 1
    dash = _DASH_ITEM.match(doc.text, line_start, m.span.start)
    if dash is not None and (k < 0 or marks[k] < line_start):
        marks, k = [dash.end() - 1], 0  # "- 기조강연: 물리 AI 시대의 로봇 (이상민, …)": a dashed line is an item too
    elif (k < 0 or marks[k] < line_start) and _SESSION_LINE.match(doc.text, line_start, m.span.start):
        marks, k = [line_start - 1], 0  # "1세션: 제조 AI 도입 전략(김도윤 …)": a session's labelled line
    elif (k < 0 or marks[k] < line_start) and (timed := _TIMED_LINE.match(doc.text, line_start, m.span.start)):
        marks, k = [timed.end() - 1], 0  # "14:20 기조강연: 조선업의 AI 전환(권오갑 …)": a timetable's line
    if k < 0:
        # "'제조 데이터 플랫폼'(최유진 다온시스템 이사), '예지보전 AI'(…) 발표": a quoted topic right before
        # the parenthesis stands for the item's marker
        quoted = _QUOTED_BEFORE_PAREN.search(doc.text, max(0, m.span.start - 70), m.span.start)
        if quoted is None:
            return None
        return quoted.group(1).strip(), Span(quoted.start(1), quoted.end(1))
    opened = marks[k] + 1
    found = _TOPIC_BEFORE_PAREN.fullmatch(doc.text, opened, m.span.start)
    if found is None:
        return None
    topic = found.group(1)
    if len(topic.split()) < 2:
        return None  # "▲한빛대(김도윤 총장)": one word before the parenthesis is most often the person's body
    last = topic.split()[-1]
    if gz.known_org(topic) or gz.known_org(last) or is_org_word(last, gz) or (m.org is not None and m.org.text in topic):
        return None
    if all(w in gz.formalities for w in _FORMALITY_JOINERS.sub(" ", topic).split()):
        return None  # "17:00 폐회 및 네트워킹 (정태영 협회장)": the programme's ceremony, no talk
    start, end = found.start(1), found.end(1)
    label = _PART_LABEL.match(topic)
    if label and label.end() < len(topic):  # "▲주제발표1 '제조 데이터 플랫폼'(…)": the part's label is no title
        start += label.end()
        topic = topic[label.end():]
    bare = topic.strip()
    if len(bare) > 2 and bare[0] in OPENING_QUOTES and bare[-1] in CLOSING_QUOTES:
        # "△'제조 데이터 표준화 동향'(김태호 …)": the title without its quote marks
        start += topic.index(bare) + 1
        topic = bare[1:-1]
        end = start + len(topic)
    return topic, Span(start, end)


# a sentence set on another occasion than the event: words passed on through a channel (SNS를 통해)
_ANOTHER_CHANNEL = re.compile(r"(?:SNS|X|엑스|페이스북|인스타그램|유튜브|블로그|링크드인|자사\s*홈페이지)(?:를|을)\s*통해")
# ... or one cited by another (인용하며, …의 말처럼): whoever is not the sentence's subject
_CITED = re.compile(r"인용(?:하며|해|하면서|했다)|말처럼|말을\s*빌리면")
# ... or another time, right after the subject's particle ("머스크 CEO는 최근 …", "황 CEO가 지난 3월 GTC에서 …"; not
# "A는 B 교수의 최근 발언을 소개하며": the time of what another said)
_EARLIER_DAYS = r"지난해|작년|지난달|지난\s*\d{1,2}\s*월"  # an earlier year, month or named month
_OTHER_DAY = re.compile(rf"(?:최근|{_EARLIER_DAYS}|과거|당시)(?:에는|에|엔)?\s")


# ... an earlier day or year, not the one whose edition this continues ("지난해에 이어"), for one who presented there
# (nor one with its day, which the event's own date may be: "A는 지난달 28일 코엑스에서 강연했다")
_EARLIER_OCCASION = re.compile(rf"(?:{_EARLIER_DAYS})(?:에는|에|엔)?\s(?!(?:에\s*)?이어)(?!\d{{1,2}}\s*일)")
# the event's own words in a sentence: what is said there is of this event
_THIS_EVENT = re.compile(r"이날|이번|이 자리|행사|포럼|세미나|컨퍼런스|콘퍼런스|심포지엄|토론회|간담회|설명회|박람회|전시회|엑스포")


def presented_earlier(doc: Doc, m: PersonMention, of_this_event: dict[int, bool]) -> bool:
    """The mention ``m`` is the subject of a sentence set on an earlier day or year that names no part of this
    event (``일론 머스크 테슬라 CEO는 지난해 옵티머스 로봇을 공개했다``); ``of_this_event`` keeps, per sentence read, whether
    it names the event (each sentence searched once)."""
    particle = _SUBJECT_AFTER.match(doc.text, m.span.end)
    if particle is None or _EARLIER_OCCASION.match(doc.text, particle.end()) is None:
        return False
    if m.sentence not in of_this_event:
        sent = doc.sentences[m.sentence].span
        of_this_event[m.sentence] = _THIS_EVENT.search(doc.text, sent.start, sent.end) is not None
    return not of_this_event[m.sentence]


def occasion_marks(doc: Doc, sent: Sentence) -> tuple[bool, bool]:
    """Whether the sentence passes words on through a channel, and whether it cites someone (read once a sentence)."""
    return (_ANOTHER_CHANNEL.search(doc.text, sent.span.start, sent.span.end) is not None,
            _CITED.search(doc.text, sent.span.start, sent.span.end) is not None)


def on_another_occasion(doc: Doc, m: PersonMention, marks: tuple[bool, bool]) -> bool:
    """The sentence of the mention ``m`` (its :func:`occasion_marks` given) tells of another occasion than the
    event: words passed on through a channel, the person as its subject at another time, or the person cited by
    the subject."""
    channel, cited = marks
    if channel:
        return True
    particle = _SUBJECT_AFTER.match(doc.text, m.span.end)
    if particle is None:
        return cited
    return _OTHER_DAY.match(doc.text, particle.end()) is not None


# a verb's adnominal form, then 바 있다: what one did before, on another occasion ("말한 바 있다", "밝힌 바 있다")
SAID_BEFORE = re.compile(r"[가-힣]\s+바\s*(?:가\s+)?있(?:다|었다|으며|고|는데|어)")


def quote_speakers(doc: Doc, mentions: list[PersonMention], gz: Gazetteer) -> list[tuple[PersonMention, Span]]:
    """(speaker mention, quote span) for each speech quote attributed to a person.

    The speaker is the last person named before the quote in its sentence; a sentence that opens
    with the quote after only a connective (``또 “…”``) continues the previous speaker.
    """
    out: list[tuple[PersonMention, Span]] = []
    last: PersonMention | None = None
    last_end = 0
    grouped = by_sentence(mentions)
    titled = _by_surname(mentions, doc.text, gz)
    closers: dict[int, PersonMention | None] = {}  # per sentence, the person of its closing "X의 말이다"
    interviewed: PersonMention | None = None  # named by the label line before ("<인터뷰> X 대표이사")
    for si, sent in enumerate(doc.sentences):
        named = grouped.get(si, [])
        named_ends = [m.span.end for m in named]
        lead_same = False  # a second quote of the same sentence ("…”라며 “…”) has the first one's speaker
        # ("… 지난달 국무회의에서 “…”라고 지시한 바 있다": words said before, on another occasion, not at the event)
        elsewhere = SAID_BEFORE.search(doc.text, sent.span.start, sent.span.end) is not None
        for q in sent.quotes:
            if not q.double or elsewhere:
                continue
            k = bisect.bisect_right(named_ends, q.outer.start)
            if k and _programme_title(doc, named[k - 1], q):
                continue  # '- 특강: 오혜연 KAIST 교수 "AI와 과학의 미래"': the talk's title, no words spoken
            lead = doc.text[sent.span.start:q.outer.start].strip()
            if k:
                speaker: PersonMention | None = _subject_before(doc, named, k)
            elif not lead and interviewed is not None:
                speaker = interviewed  # "<인터뷰> 송재조 한국경제TV 대표이사" then the quoted words
            elif lead in _CONTINUE or _PRONOUN_LEAD.fullmatch(lead) \
                    or (last is not None and q.outer.start - last_end < 40 and lead_same):
                speaker = last
                if speaker is None and si > 0 and (_PRONOUN_LEAD.fullmatch(lead) or lead and not named
                                                   and _QUOTATIVE_AFTER.match(doc.text, q.outer.end)) \
                        and len({m.name for m in grouped.get(si - 1, [])}) == 1:
                    speaker = grouped[si - 1][0]  # "김 교수가 발표했다. 그는 “…”라고 말했다": the one person before
                    # (or a connective with the subject left out: "… 발표했다. 그러면서 “…”라고 덧붙였다")
            else:
                speaker = _surname_and_title(lead, titled)
            if speaker is None:
                speaker = _named_right_after(doc, named, grouped.get(si - 1, []), titled, q.outer.end, sent)
            if speaker is None:
                speaker = _named_after(doc, grouped, si, q.outer.end, closers)
            lead_same = True
            if speaker is not None:
                out.append((speaker, q.inner))
            last, last_end = speaker, q.outer.end
        if named and not sent.quotes:
            last = None
        # a broadcast transcript's label line names the one whose words the next line quotes
        interviewed = named[0] if len(named) == 1 and not sent.quotes and _INTERVIEW.match(
            doc.text, sent.span.start, sent.span.end) else None
    return out


def transcript_speakers(doc: Doc, mentions: list[PersonMention]) -> list[tuple[PersonMention, Span, Role | None]]:
    """``▲김민수 한빛대 교수(이하 김)=제조 AI의 장벽은 데이터입니다``: a discussion's transcript, each line its speaker
    (one person named before the ``=``) and their words. The part is the discussion's when the article names its kind:
    a 좌담회 or a 토론회 (panelist), a 대담 (speaker); else None (an interview's answers are words, no part)."""
    if "=" not in doc.text and "＝" not in doc.text:
        return []
    kind = _TRANSCRIBED_KIND.search(doc.text)
    part = None if kind is None else Role.SPEAKER if kind.group().startswith("대담") else Role.PANELIST
    starts = sorted((m.span.start, i) for i, m in enumerate(mentions))
    keys = [k for k, _i in starts]
    out = []
    short: dict[str, PersonMention] = {}  # the short names the transcript gives ("(이하 김)"), to their speakers
    for line in _TRANSCRIPT_LINE.finditer(doc.text):
        said = Span(line.start("said"), line.end("said"))
        k = bisect.bisect_left(keys, line.start("who"))
        m = mentions[starts[k][1]] if k < len(starts) and keys[k] == line.start("who") else None
        # (the speaker alone before "=", a parenthesis after it at most: not a caption's "… 발표하고 있다. /사진=…")
        if m is not None and _AFTER_SPEAKER.fullmatch(doc.text, m.span.end, line.end("who")):
            out.append((m, said, part))
            if line.group("short"):
                short[line.group("short")] = m
        elif line.group("who") in short:
            out.append((short[line.group("who")], said, part))  # "▲김=…": the speaker by the short name given
    return out


# a transcript's line: a marker, the speaker (with the short name the rest of the transcript gives them), "=", words
_TRANSCRIPT_LINE = re.compile(r"^[ \t]*[▲△■□◆◇●○▶\-]?[ \t]*(?P<who>[^=＝\n]{1,60}?)[ \t]*"
                              r"(?:[(（]이하[ \t]*(?P<short>[가-힣A-Za-z]{1,4})[)）][ \t]*)?[=＝][ \t]*(?P<said>[^\n]{2,}?)[ \t]*$",
                              re.M)
_AFTER_SPEAKER = re.compile(r"[ \t]*(?:[(（][^()（）\n]{1,30}[)）][ \t]*)?")
# the discussions whose transcripts news prints: a round table or a debate (its people discuss), a 대담 (they talk)
_TRANSCRIBED_KIND = re.compile(r"좌담|토론회|라운드테이블|원탁|대담")


# a verb that reports, in the report's own words, what its subject said: "…의 중요성을 역설했다", "…해야 한다고 밝혔다"
# ("… 어려움을 토로했다", "… 위험을 경고했다", "… 방식을 설명했다", "… 우려를 나타냈다": so too venting, warning,
# explaining, rebutting, answering, and a concern voiced)
_REPORTED_SPEECH = re.compile(r"(?:(?:강조|역설|주장|제안|제언|지적|언급|피력|당부|촉구|진단|전망|호소|조언|토로|경고|설명|반박|"
                              r"답변)(?:했|하기도\s*했)|내다봤|밝혔|말했|덧붙였|목소리를\s*높였|고\s*했|"
                              r"우려를\s*(?:나타냈|표했|표명했))다[.\s]*$")
# the topic or subject particle right after a mention (its title included): "김민수 교수는", "김 원장도", "김민수 대표가"
_SUBJECT_AFTER = re.compile(r"(?:은|는|이|가|도)\s")


def reported_speakers(doc: Doc, grouped: dict[int, list[PersonMention]]) -> list[PersonMention]:
    """The subject of each sentence whose verb reports what it said, quoting nothing (``김민수 한빛대 교수는 이 자리에서
    AI 안전 평가의 중요성을 역설했다``): the first person of the sentence with a topic or subject particle.
    ``grouped``: the mentions by sentence (:func:`by_sentence`)."""
    out = []
    for si, named in grouped.items():
        sent = doc.sentences[si]
        if any(q.double for q in sent.quotes) or not _REPORTED_SPEECH.search(doc.text, sent.span.start, sent.span.end):
            continue
        subjects = [m for m in named if _SUBJECT_AFTER.match(doc.text, m.span.end)]
        subject = subjects[0] if subjects else None
        # "A 상무는 …을 소개했고, B 전무는 … 계획을 밝혔다": the verb at the end is the last clause's, its subject's
        last = next((m for m in reversed(subjects[1:])
                     if _CLAUSE_JOINED.search(doc.text, max(subjects[0].span.end, m.span.start - _CLAUSE_JOINED_REACH),
                                              m.span.start)), None)
        marks = occasion_marks(doc, sent) if subject is not None else None
        for said in (subject, last):
            if said is not None and marks is not None and not on_another_occasion(doc, said, marks):
                out.append(said)  # (not "머스크 CEO는 최근 X를 통해 … 계획을 밝혔다": words of another day or channel)
    return out


# a clause joined to the next one before its subject: "…을 소개했고, ", "…을 설명하며 ", "…을 강조했으며, "
_CLAUSE_JOINED = re.compile(r"[가-힣](?:고|며|으며)\s*,?\s+(?:[^\s,.]+\s+){0,3}$")
_CLAUSE_JOINED_REACH = 60  # characters before a later subject where the connective closing the clause before is read


# a pronoun subject (with a connective) before a quote: its speaker is the one person of the sentence before
_PRONOUN_LEAD = re.compile(r"(?:(?:이어|또|또한|그러면서|특히|이어서)\s+)?(?:그는|그녀는|그가|그녀가)")
_INTERVIEW = re.compile(r"\s*[<\[【〈(]\s*(?:인터뷰|싱크|녹취|현장\s*싱크|INT)\s*[>\]】〉)]")


# "“…입니다.” … 강민준 창원대 교수의 말이다": the words are those of the person named before 의 말이다
# ("…의 첫 마디다", "X가 꺼낸 일성이다", "X가 축사에서 한 말이다": the subject of the verb that said them, too)
_WORDS_OF = re.compile(r"(?:의|[이가]\s+(?:[가-힣]{1,10}에서\s+)?(?:꺼낸|던진|밝힌|전한|남긴|건넨|한))\s*(?:첫\s*)?"
                       r"(?:말|마디|일성|설명|얘기|이야기|진단|지적|평가|분석|주장|전망|답변|당부|강조|조언|소감|귀띔)"
                       r"(?:이다|다|이었다|였다)[.\s]*$")


# a quotation's particle after the quote, then its speaker as the subject: "“…”이라고 오 대표는 강조했다"
_QUOTATIVE_AFTER = re.compile(r"\s*(?:이?라고|이?라며|고|며)\s+")


def _subject_before(doc: Doc, named: list[PersonMention], k: int) -> PersonMention:
    """Of the ``k`` people named before a quote, the one who says it: the last, unless a case particle makes the last
    an object or an owner (``A 대표는 B CEO의 발언을 인용하며 "…"라고 말했다``, ``A 교수는 B 장관에게 "…"``) and an
    earlier one is the sentence's topic or subject (then that one)."""
    last = named[k - 1]
    if not _NOT_A_SUBJECT.match(doc.text, last.span.end):
        return last
    for m in reversed(named[:k - 1]):
        if _SUBJECT_AFTER.match(doc.text, m.span.end) and m.name != last.name:
            return m
    return last


# a case particle after a person that makes them no subject: the genitive, the object, the dative, 와/과 (with),
# and those joined ("B 대표와의 대담에서", "B 장관에게서", "B 교수로부터")
_NOT_A_SUBJECT = re.compile(r"(?:의|을|를|에게|에게서|께|한테|한테서|와의|과의|와|과|로부터|으로부터)\s")


def _named_right_after(doc: Doc, named: list[PersonMention], before: list[PersonMention],
                       titled: dict[str, list[tuple[str, str, PersonMention]]], end: int,
                       sent: Sentence) -> PersonMention | None:
    """The speaker named as the subject right after the quote and its particle (inverted attribution): a
    person (``“…”라고 오세린 대표는 말했다``), a surname and a title (``오 대표는``), or 그/그녀 for the one person
    of the sentence before."""
    headline = _HEADLINE_CREDIT.match(doc.text, end)
    if headline is not None:
        # '"AI 반도체, 지금이 골든타임"…유회준 KAIST 교수': a headline's quote, then the one whose words they are
        person = next((m for m in named if m.span.start == headline.end()), None)
        if person is not None and _CREDIT_REST.fullmatch(doc.text, person.span.end, _line_end(doc.text, person.span.end)):
            return person
    after = _QUOTATIVE_AFTER.match(doc.text, end)
    if after is None or after.end() >= sent.span.end:
        return None
    person = next((m for m in named if m.span.start == after.end()), None)
    if person is not None:
        return person
    lead = _SURNAME_TITLE.match(doc.text, after.end(), sent.span.end)
    if lead is not None:
        return _surname_and_title(lead.group(), titled)
    if _PRONOUN_LEAD.match(doc.text, after.end()) and len({m.name for m in before}) == 1:
        return before[0]
    return None


# the ellipsis or dash between a headline's quote and the one it credits
_HEADLINE_CREDIT = re.compile(r"[ \t]*(?:…|⋯|\.{2,3}|―|—|–|-)[ \t]*")
# what may follow the credited one's name to the end of the headline: their body and post, no clause
_CREDIT_REST = re.compile(r"[^\n.!?\"“”'‘’]{0,40}?[ \t]*")


_CREDIT_REACH = 64  # characters after the credited name where its line must end


def _line_end(text: str, at: int) -> int:
    """The end of the line at ``at``, looked for within ``_CREDIT_REACH`` characters (past them: that far)."""
    end = text.find("\n", at, at + _CREDIT_REACH)
    return end if end >= 0 else min(len(text), at + _CREDIT_REACH)


def _named_after(doc: Doc, grouped: dict[int, list[PersonMention]], si: int, after: int,
                 closers: dict[int, PersonMention | None]) -> PersonMention | None:
    """The speaker of a quote whose sentence names nobody before it: the person of ``X의 말이다`` that
    closes the quote's sentence or the next one (``closers`` remembers each sentence's person)."""
    for sj in (si, si + 1):
        if sj >= len(doc.sentences):
            break
        if sj not in closers:
            closers[sj] = _closing_person(doc, grouped.get(sj, []), doc.sentences[sj])
        person = closers[sj]
        if person is not None and person.span.start >= after:
            return person
    return None


def _closing_person(doc: Doc, named: list[PersonMention], sent: Sentence) -> PersonMention | None:
    """The person of the ``X의 말이다`` that closes ``sent``, if it closes so, or the subject of its ``X는 이렇게
    말했다`` (``… 밋업에서 김서연 부사장은 이렇게 말문을 열었다``: the words quoted before are X's)."""
    m = _WORDS_OF.search(doc.text, sent.span.start, sent.span.end)
    if m is None:
        so = _SAID_SO.search(doc.text, sent.span.start, sent.span.end)
        if so is None:
            return None
        # (the one person named before it: "A의 말을 들은 B는 이렇게 답했다" quotes neither)
        before = [x for x in named if x.span.end <= so.start()]
        if len({x.name for x in before}) != 1:
            return None
        subject = max(before, key=lambda x: x.span.end)
        return subject if _SUBJECT_RIGHT_AFTER.fullmatch(doc.text, subject.span.end, so.start()) else None
    before = [x for x in named if x.span.end <= m.start()]
    last = max(before, key=lambda x: x.span.end, default=None)
    return last if last is not None and not doc.text[last.span.end:m.start()].strip(" )）") else None


# a sentence that says its subject said what was quoted before: "X 대표는 이렇게 말했다", "… 이같이 강조했다"
_SAID_SO = re.compile(r"(?:이렇게|이같이|이와\s*같이)\s+(?:(?:말했|말문을\s*열었|강조했|밝혔|설명했|역설했|주장했|전했|덧붙였"
                      r"|진단했|답했|소감을\s*밝혔|포부를\s*밝혔)다|말한다|강조한다|설명한다)")
# the subject's particle between a mention and what follows it, and at most where it spoke ("… 교수는 폐회사에서
# 이같이 밝혔다"); the mention's own parentheses before the particle ("… 최고기술책임자(CTO)는 이렇게 말했다"), or
# their closing one only (a mention of the post in them ends inside: "… 대표(한빛협회장)가 …")
_SUBJECT_RIGHT_AFTER = re.compile(r"(?:\s*[(（][^()（）\n]{1,30}[)）]|[)）])?(?:은|는|이|가)\s+(?:[가-힣]{1,12}에서\s+)?")


def _by_surname(mentions: list[PersonMention], text: str,
                gz: Gazetteer) -> dict[str, list[tuple[str, str, PersonMention]]]:
    """Titled mentions by the first one and two syllables of the name (a surname of either length), once per
    post they may be shortened to (:func:`~kg.extract.ko_people.titles_written`)."""
    out: dict[str, list[tuple[str, str, PersonMention]]] = {}
    for p in mentions:
        for title in titles_written(p, text, gz):
            for n in (1, 2):
                out.setdefault(p.name[:n], []).append((p.name, title, p))
    return out


# a surname, then a title with its topic or subject particle: "이 차관은", "오 대표가"
_SURNAME_TITLE = re.compile(r"([가-힣]{1,2})\s+([가-힣A-Z]+?)(?:은|는|이|가|도)(?=\s|$)")


def _surname_and_title(lead: str, titled: dict[str, list[tuple[str, str, PersonMention]]]) -> PersonMention | None:
    """``이 차관은 “…”``: a surname and a title point back to the one person they fit (``titled``:
    see :func:`_by_surname`)."""
    m = _SURNAME_TITLE.fullmatch(lead)
    if not m:
        return None
    return one_titled(m.group(2), titled.get(m.group(1), ()))


# (the list's last item: "… ▲C 부사장(제조 GPT) 순으로 발표가 이어졌다", "… (제조 GPT) 등이 발표했다")
_TOPIC_IN_PARENS = re.compile(r"[(（]\s*['‘]?([^()（）\n'‘’]{4,60}?)['’]?\s*[)）]\s*(?:이|가|은|는|등|,|$|\n|[▲△■□◆◇●○·]|"
                              r"순으로|순서로|의\s+순)")


def topic_in_parens(doc: Doc, marks: list[int], m: PersonMention, gz: Gazetteer) -> tuple[str, Span] | None:
    """``주제발표는 ▲김철수 한빛대 교수(AI 반도체의 미래) ▲…``: in an item of a marked list, the topic in
    parentheses right after a titled person, where that item ends. A body (``(한빛대)``), a part (``(좌장)``)
    or a single word is no topic."""
    if m.title is None or bisect.bisect_right(marks, m.span.start) == 0:
        return None
    found = _TOPIC_IN_PARENS.match(doc.text, m.span.end)
    if found is None:
        return None
    topic = found.group(1).strip()
    words = topic.split()
    if len(words) < 2 or any(ch.isdigit() for ch in topic) and len(words) < 3 or topic in PAREN_PARTS \
            or gz.known_org(topic) or is_org_word(words[-1], gz) and not words[-1].isascii():
        return None  # ("품질검사 AI": a Latin word that ends some company names ends many topics too)
    start = found.start(1) + found.group(1).index(topic)
    return topic, Span(start, start + len(topic))


_NEXT_ITEM = re.compile(rf"[ \t]*[{''.join(sorted(_LIST_MARKERS))}]")  # the next marked item's marker


_LIST_CLOSES = re.compile(r"[ \t]*(?:등|순으로|순서로)")  # what closes a marked list after its last item


def _marked_item(text: str, at: int) -> bool:
    """A list marker stands right before offset ``at`` (``△김소연 …``)."""
    before = text[max(0, at - 3):at].rstrip(" \t")
    return before[-1:] in _LIST_MARKERS


def _programme_title(doc: Doc, m: PersonMention, q: Quoted) -> bool:
    """``q`` is in double quotes right after ``m`` and ends a programme line that opens with a talk's label before
    ``m`` (``- 특강: 오혜연 KAIST 교수 "AI와 과학의 미래"``): the talk's title, as in single quotes."""
    if not q.double or q.outer.start < m.span.end or doc.text[m.span.end:q.outer.start].strip() \
            or not _ends_line(doc.text, q.outer.end):
        return False
    label = _LABEL_THEN_GIVER.match(doc.text, doc.text.rfind("\n", 0, m.span.start) + 1)
    return label is not None and label.end() <= m.span.start


def talk_title_after(doc: Doc, m: PersonMention) -> tuple[str, Span] | None:
    """``김종훈 … 상임이사의 '기업의 …'`` or ``김태유 서울대 교수는 '…'을``: the quote right after a mention."""
    sent = doc.sentences[m.sentence]
    frame_end = None  # after "… 열린 '2026 AI 포럼'에서": the event the subject spoke at, quoted before the talk's
    for q in sent.quotes:
        if _programme_title(doc, m, q):
            return doc.slice(q.inner.start, q.inner.end).strip(), q.inner
        if q.double or q.outer.start < m.span.end:
            continue
        if frame_end is None and _HELD_THERE_BEFORE.fullmatch(doc.text, m.span.end, q.outer.start) \
                and (at := _AT_IT.match(doc.text, q.outer.end)) is not None:
            frame_end = at.end()  # (the event's name, then where the talk was: the next quote may be the talk's)
            continue
        between = doc.text[m.span.end:q.outer.start] if frame_end is None else " " + doc.text[frame_end:q.outer.start]
        # "김철수 교수(한빛대)가 '…'를 발표했다": the person's body in parentheses between them
        between = re.sub(r"^\s*(?:[(（][^()（）\n]{1,40})?[)）]", "", between)
        if (re.fullmatch(r"\s*(?:의|은|는|이|가)?\s*", between) or _TOOK_THE_PART.fullmatch(between)
                or _WHEN_BETWEEN.fullmatch(between)) \
                and _ABOUT.match(doc.text[q.outer.end - 1:q.outer.end + 10]) \
                or re.fullmatch(r"\s*의\s*", between) \
                or not between.strip() and (_ends_line(doc.text, q.outer.end)  # "발제: A 교수 '제조 AI 동향'"
                                            # "△기조강연=A 대표 '제조 AI' △주제발표=…": the next item's marker
                                            or _NEXT_ITEM.match(doc.text, q.outer.end) is not None
                                            # "… △B 교수 '휴머노이드와 공장' 등이 발표한다": the list's last item
                                            or _LIST_CLOSES.match(doc.text, q.outer.end) is not None
                                            and _marked_item(doc.text, m.span.start)):
            return doc.slice(q.inner.start, q.inner.end).strip(), q.inner
        break
    after = m.span.end + 1 if doc.text.startswith((")", "）"), m.span.end) \
        and doc.text.rfind("(", 0, m.span.end) > doc.text.rfind("\n", 0, m.span.end) else m.span.end
    # "- 김도윤 한빛대 교수: 제조 AI의 현재": a programme line ("1. 김도윤(한빛대 교수) - …": its body in parentheses)
    line = _COLON_TALK.match(doc.text, after)
    opening = doc.text.rfind("\n", 0, m.span.start) + 1
    if line and _LINE_OPENING.fullmatch(doc.text, opening, m.span.start) and not _SAID_LINE.search(line.group("talk")) \
            and ("/" not in doc.text[after:line.start("talk")]
                 or _SESSION_OPENING.match(doc.text, opening, m.span.start) is not None):
        # (a slash only on a session's line: "김철수 대표 / IT뉴스 DB" is a photo's credit)
        start, end = line.start("talk"), line.end("talk")
        if doc.text[start] in "'‘\"“「『" and doc.text[end - 1] in "'’\"”」』":
            start, end = start + 1, end - 1  # the title in quotes
        return doc.slice(start, end).strip(), Span(start, end)
    return None


# the subject, then the day and the place of an event held there ("박민재 대표가 18일 서울 코엑스에서 열린 "), before its
# quoted name, and the 에서 after that name
_HELD_THERE_BEFORE = re.compile(r"\s*(?:은|는|이|가)\s+[^'‘’\"“”\n]{0,40}?(?:열린|개최된|진행된|개막한)\s*")
_AT_IT = re.compile(r"\s*에서\s+")
# the subject, then when, where or how it spoke: "A 상무는 이날 '…'를 주제로", "A 교수는 이 자리에서 '…'에 대해",
# "A 대표가 화상으로 '…'을 주제로" (one or two such words)
_WHEN_BETWEEN = re.compile(r"\s*(?:은|는|이|가)\s*(?:(?:이날|당일|이\s*자리에서|이날\s*행사에서|행사에서|현장에서|오전|오후|"
                           r"직접|먼저|이어|이어서|마지막으로|첫\s*번째로|두\s*번째로|화상으로|영상으로|온라인으로|"
                           r"비대면으로|원격으로|화상\s*연결(?:로|을\s*통해)|영상\s*메시지(?:로|를\s*통해)|"
                           r"무대에서|연단에서|"
                           # (or where it spoke, by any one word: "이날 포럼에서", "세션에서")
                           r"[가-힣]{1,12}에서(?:는)?)\s*){1,2}")


# "기조연설은 A 교수가 맡아 '…'을 주제로", "A 대표가 연단에 올라 '…'에 대해": the subject takes its part,
# then names its talk
# ("A 대표가 화상으로 참여해 '…'을 주제로": taking part, how, before the talk)
_TOOK_THE_PART = re.compile(r"\s*(?:은|는|이|가)\s*(?:맡아|맡아서|나서|나와|(?:연단|강단|무대)에\s*올라|"
                            r"(?:(?:화상|영상|온라인|비대면|직접|연사)(?:으로|로)\s*)?(?:참여해|참석해|참여하여|참석하여|출연해))\s*")


# a programme line's talk after the speaker and a colon (a table's bar, a spaced dash), to the end of the line
# ("1세션 - 김태훈 한빛AI 대표 / 제조 데이터 플랫폼": a spaced slash after a session's speaker)
_COLON_TALK = re.compile(r"(?:[ \t]*[:：|]|[ \t]+[-–—/])[ \t]*(?P<talk>[^\n:：|]{2,80}?)[ \t]*(?=\n|$)")
# a transcript's line ends as a sentence does ("이준호 원장: 아직 초기 단계다."): what was said, no talk's title
_SAID_LINE = re.compile(r"[다요죠나네][ \t]*[.!]+[\"”'’]?$")
# what opens a programme line before its speaker: bullets, a time or a stretch of time, the part as a label in
# brackets or a table's cell ("10:00~10:30 | 기조강연 | ", "[주제발표] ")
# , or a numbered session's label and a colon or a spaced dash ("1세션 - ", "세션 2: ", "제3세션 – ")
_SESSION_LABEL = _numbered("세션", "세션") + r"\s*(?::|：|[-–—](?=\s))"
_LINE_OPENING = re.compile(rf"[\s{LINE_BULLETS}]*(?:\d{{1,2}}[.)]\s+)?(?:{TIME_RANGE}\s*\|?\s*)?"
                           rf"(?:\[[^\]\n]{{1,12}}\]|[가-힣 ]{{2,12}}\||{_SESSION_LABEL})?\s*")
_SESSION_OPENING = re.compile(rf"[\s{LINE_BULLETS}]*(?:{TIME_RANGE}\s*\|?\s*)?{_SESSION_LABEL}")


def respective_talks(doc: Doc, sent: Sentence, speakers: list[PersonMention]) -> dict[int, tuple[str, Span]]:
    """``A 교수와 B 대표가 각각 'X'와 'Y'를 주제로 발표했다``: as many topic quotes after the speakers as
    there are speakers, given in order (keyed by ``id`` of the mention)."""
    text = sent.text(doc.text)
    if len(speakers) < 2:
        return {}
    if "각각" not in text:
        return _gapped_talks(doc, sent, speakers)
    each = sent.span.start + text.index("각각")
    # "A가 'X'를 주제로 기조강연을 한 데 이어 B와 C가 각각 …": those named after the last quote before 각각
    opened = max((q.outer.end for q in sent.quotes if not q.double and q.outer.end <= each), default=sent.span.start)
    speakers = [m for m in speakers if opened <= m.span.start < each] or speakers
    if len(speakers) < 2:
        return {}
    ordered = sorted(speakers, key=lambda m: m.span.start)
    last = ordered[-1].span.end
    quotes = [q for q in sent.quotes if not q.double and q.outer.start >= last]
    own = ordered
    if 2 <= len(quotes) < len(ordered) and _CLAUSE_CLOSED.search(
            doc.text, ordered[-len(quotes) - 1].span.end, ordered[-len(quotes)].span.start):
        # "A가 사업을 소개했고, B와 C가 각각 'X', 'Y'를 주제로 강연했다": those of 각각's own clause
        own = ordered[-len(quotes):]
    if len(quotes) == len(own):
        return {id(m): (doc.slice(q.inner.start, q.inner.end).strip(), q.inner) for m, q in zip(own, quotes)}
    # "A 교수가 'X', B 대표가 'Y'에 대해 각각 발표했다": each speaker's topic right after them
    paired: dict[int, tuple[str, Span]] = {}
    for k, m in enumerate(ordered):
        until = ordered[k + 1].span.start if k + 1 < len(ordered) else each
        q = next((q for q in sent.quotes if not q.double and m.span.end <= q.outer.start < until), None)
        if q is None or not re.fullmatch(r"\s*(?:이|가|은|는|의)?\s*", doc.text[m.span.end:q.outer.start]):
            return {}
        paired[id(m)] = (doc.slice(q.inner.start, q.inner.end).strip(), q.inner)
    return paired


# a clause closed by its connective ending and a comma: "… 소개했고, ", "… 맡았으며, "
_CLAUSE_CLOSED = re.compile(r"[가-힣](?:고|며)\s*,")
# a subject, its quoted object and a comma, the verb left for the last subject's: "A 교수가 'X'를, B …"
_GAPPED_OBJECT = re.compile(r"\s*(?:을|를|에\s*대해|에\s*관해|을\s*주제로|를\s*주제로)?\s*,")


def _gapped_talks(doc: Doc, sent: Sentence, speakers: list[PersonMention]) -> dict[int, tuple[str, Span]]:
    """``A 교수가 'X'를, B 박사가 'Y'를 발표했다``: each subject but the last, its quoted talk and a comma
    (the verb written once, after the last); the last subject's talk is found as any other's."""
    ordered = sorted(speakers, key=lambda m: m.span.start)
    paired: dict[int, tuple[str, Span]] = {}
    for m, nxt in zip(ordered, ordered[1:]):
        q = next((q for q in sent.quotes if not q.double and m.span.end <= q.outer.start < nxt.span.start), None)
        if q is None or not re.fullmatch(r"\s*(?:이|가|은|는)\s*", doc.text[m.span.end:q.outer.start]) \
                or not _GAPPED_OBJECT.match(doc.text, q.outer.end):
            return _topics_before(doc, sent, ordered)
        paired[id(m)] = (doc.slice(q.inner.start, q.inner.end).strip(), q.inner)
    return paired


# between a topic quote and the speaker after it: "'X'를 주제로 A 대표가", "'Y'에 대해 B 교수가"
_TOPIC_THEN = re.compile(r"\s*(?:을|를|이라는|라는)?\s*(?:주제로|에\s*대해|에\s*관해)\s*")
# a subject whose verb is written once, after the last: "A 대표가, 2부는 …"
_GAPPED_SUBJECT_END = re.compile(r"\s*(?:이|가)?\s*,")


def _topics_before(doc: Doc, sent: Sentence, ordered: list[PersonMention]) -> dict[int, tuple[str, Span]]:
    """``1부는 'X'를 주제로 A 대표가, 2부는 'Y'를 주제로 B 소장이 발표했다``: each speaker's topic right
    before them, every speaker but the last closed by a comma (the verb written once, after the last)."""
    paired: dict[int, tuple[str, Span]] = {}
    since = sent.span.start
    for k, m in enumerate(ordered):
        q = next((q for q in reversed(sent.quotes) if not q.double and since <= q.outer.start
                  and q.outer.end <= m.span.start), None)
        if q is None or not _TOPIC_THEN.fullmatch(doc.text, q.outer.end, m.span.start) \
                or k + 1 < len(ordered) and not _GAPPED_SUBJECT_END.match(doc.text, m.span.end):
            return {}
        paired[id(m)] = (doc.slice(q.inner.start, q.inner.end).strip(), q.inner)
        since = m.span.end
    return paired


def joint_talks(doc: Doc, sent: Sentence, speakers: list[PersonMention]) -> dict[int, tuple[str, Span]]:
    """``A 대표와 B 교수가 'X'를 주제로 대담을 나눴다``: people joined by 와/과 as one subject share the talk
    named right after the last of them (not with 각각, where each has their own; keyed by ``id``)."""
    if len(speakers) < 2 or "각각" in sent.text(doc.text):
        return {}
    ordered = sorted(speakers, key=lambda m: m.span.start)
    out: dict[int, tuple[str, Span]] = {}
    run = [ordered[0]]
    for m in ordered[1:] + [None]:
        if m is not None and re.fullmatch(r"(?:와|과)\s+|\s*,\s*", doc.text[run[-1].span.end:m.span.start]):
            run.append(m)
            continue
        talk = talk_title_after(doc, run[-1]) if len(run) > 1 else None
        if talk is not None:
            out.update((id(r), talk) for r in run)
        if m is not None:
            run = [m]
    return out


# a talking part written as a label, with its number: "주제발표1", "기조강연 2", "발표 1:"
_TALK_LABELS = "기조강연|기조연설|기조발표|주제발표|특별강연|초청강연|특강|강연|발표|발제|사례발표"
_PART_LABEL = re.compile(rf"\s*(?:{_TALK_LABELS}|세션)\s*\d{{0,2}}\s*[:：]?\s*")
# a programme line: its part as a label and a colon, a bar or a spaced dash, the talk unquoted, then a slash, a
# bar or a spaced dash before its giver ("- 주제발표1: 제조 데이터 플랫폼의 현재와 미래 / 남궁윤 KAIST 교수",
# "14:20 기조강연 | 조선업의 AI 전환 - 권오갑 HD현대 회장")
# (a table's row too: "| 13:30~14:10 | 기조강연 | 산업 AI 전환 전략 | 정재훈 한빛대 교수 |", its cells parted by bars)
_ROW_OPENING = rf"[ \t]*[|｜]?[ \t]*[{LINE_BULLETS}]*[ \t]*(?:{TIME_RANGE}[ \t]*[|｜]?[ \t]*)?"
# the talk unquoted, then a slash, a bar or a spaced dash, then the words before its giver's name
_TALK_THEN_GIVER = (r"(?P<talk>[^\n/|｜:：'\"‘’“”]{2,80}?)[ \t]*(?:[/|｜]|[ \t][-–—][ \t])[ \t]*"
                    r"[^\n'\"‘’“”|/｜]{0,30}")
_LABELLED_LINE = re.compile(rf"{_ROW_OPENING}(?:{_TALK_LABELS})"
                            r"[ \t]*\d{0,2}[ \t]*(?:[:：|｜]|[ \t][-–—](?=[ \t]))[ \t]*" + _TALK_THEN_GIVER)


# a programme line's talk label before its giver: "- 특강: ", "▲발표 2 = ", "14:00 | 기조강연 | "
_LABEL_THEN_GIVER = re.compile(rf"{_ROW_OPENING}(?:{_TALK_LABELS})[ \t]*\d{{0,2}}[ \t]*(?:[:：=|｜]|[ \t][-–—](?=[ \t]))[ \t]*")


# "▲기조강연: '제조 AI의 미래' 정송 한빛대 교수": a labelled programme line's quoted talk, then its giver (the giver's
# organization may stand before the name)
_LABELLED_QUOTE = re.compile(rf"{_ROW_OPENING}(?:{_TALK_LABELS})"
                             r"[ \t]*\d{0,2}[ \t]*(?:[:：=|｜]|[ \t][-–—](?=[ \t]))?[ \t]*"
                             r"['‘\"“](?P<talk>[^\n'\"‘’“”]{2,80}?)['’\"”][ \t]*[^\n'\"‘’“”|/｜:：]{0,30}")


# "1. 제조 AI 도입 현황 - 김태윤 한빛연구원 연구위원", "② 현장 적용 사례 / 정도현 누리정밀 공장장": a numbered line's
# talk, unquoted and unlabelled, then a slash, a bar or a spaced dash before its giver
_NUMBERED_TALK_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[①-⑳])[ \t]*" + _TALK_THEN_GIVER)


def talk_title_before(doc: Doc, m: PersonMention, others: int) -> tuple[str, Span] | None:
    """``'피지컬AI와 …'을 주제로 기조강연에 나선 조준희``: a topic quote before the only speaker of a sentence;
    ``주제발표1: 제조 데이터 플랫폼 / 남궁윤 KAIST 교수``, ``기조강연: '제조 AI' 정송 교수``: a labelled programme
    line's talk before its giver."""
    opening = doc.text.rfind("\n", 0, m.span.start) + 1
    line = _LABELLED_LINE.fullmatch(doc.text, opening, m.span.start) \
        or _LABELLED_QUOTE.fullmatch(doc.text, opening, m.span.start)
    if line is not None:
        return line.group("talk"), Span(line.start("talk"), line.end("talk"))
    numbered = _NUMBERED_TALK_LINE.fullmatch(doc.text, opening, m.span.start)
    if numbered is not None and not _PART_LABEL.fullmatch(numbered.group("talk")):
        # (not a part's own label: "1. 기조강연 - 정송 교수" names the part, not the talk)
        return numbered.group("talk"), Span(numbered.start("talk"), numbered.end("talk"))
    sent = doc.sentences[m.sentence]
    if others:
        # "'AI 에이전트가 바꿀 제조 현장'을 주제로 한 정우진 서울대 교수의 기조강연에 이어 B가 …": a topic that the
        # adnominal clause right before the person gives them, however many others the sentence names
        attached = next((q for q in sent.quotes if not q.double and q.outer.end <= m.span.start
                         and _TOPIC_BEFORE_NAME.fullmatch(doc.text, q.outer.end, m.span.start)), None)
        return (doc.slice(attached.inner.start, attached.inner.end).strip(), attached.inner) if attached else None
    for q in sent.quotes:
        if not q.double and q.outer.end <= m.span.start and (
                _ABOUT.match(doc.text[q.outer.end - 1:q.outer.end + 10])
                # "기조강연 '제조 AI 에이전트' | 구태오 한빛과학기술원 교수": a programme line's talk, then its giver
                or _LINE_SEPARATOR.fullmatch(doc.text, q.outer.end, m.span.start)):
            return doc.slice(q.inner.start, q.inner.end).strip(), q.inner
    return None


# a topic's particle and an adnominal clause that ends right before a person (an organization may stand between)
# ("… 주제로 한 토론에서 A 교수는": a word with a particle between is another noun's, the topic that one's)
_TOPIC_BEFORE_NAME = re.compile(r"\s*(?:을|를|이라는|라는)?\s*(?:주제로|제목으로)\s+(?:한|하는|진행된|진행한)\s+"
                                r"(?:(?![^\s]*(?:에서|에는|에|은|는|의|을|를|이|가)\s)[^\s,'\"‘’“”]{1,20}\s+)?")


# what parts a programme line's talk from its giver on the line: a bar, a slash or a dash (the giver's
# organization may stand before the name)
_LINE_SEPARATOR = re.compile(r"[ \t]*[|/｜–—-][ \t]*[^\n'\"‘’“”|/｜]{0,30}")


# "1부 기조강연, 2부 주제발표 순으로", "1부 기조강연과 2부 패널토론으로 구성됐다": what each numbered half holds
_NUMBERED_PART = re.compile(r"(?<!\d)(\d)\s*부\s*(?:는\s*|에는\s*|에서는\s*)?(?P<part>[가-힣]{2,8}?)"
                            r"(?=\s*(?:,|·|과\s|와\s|및|으로|로|순|이\s|가\s|\)|$|\n))")
# a sentence about one numbered half, as its topic: "1부에서는 …", "2부는 …", "이어진 2부 순서에서는 …"
_NUMBERED_TOPIC = re.compile(r"^\s*(?:이어\s+|이어진\s+|오전\s+|오후\s+)?(\d)\s*부\s*(?:행사\s*|순서\s*|프로그램\s*)?"
                             r"(?:에서는|에서|에는|는|은)\s")


def numbered_parts(doc: Doc, gz: Gazetteer) -> dict[int, Role]:
    """The talking part each numbered half of the programme holds, where the article names it (``1부
    기조강연, 2부 주제발표 순으로 진행됐다``: 1 -> keynote, 2 -> speaker); read once per article."""
    out: dict[int, Role] = {}
    for m in _NUMBERED_PART.finditer(doc.text):
        part = m.group("part")
        role = Role.PANELIST if part.endswith(("토론", "토의")) else next(
            (r for pattern, r, _first in gz.cues if pattern.fullmatch(part)), None)
        if role in _SPEAKING:
            out.setdefault(int(m.group(1)), role)
    return out


def numbered_half_roles(doc: Doc, s_index: int, here: list[PersonMention], hits: list[RoleHit],
                        parts: dict[int, Role]) -> list[RoleHit]:
    """``1부에서는 A 교수가 나섰다``: in a sentence about one numbered half whose part the article names
    (``parts``, from :func:`numbered_parts`), the people with no part of their own, or only present, take
    it; a talk in the keynote half is the keynote."""
    topic = _NUMBERED_TOPIC.match(doc.sentences[s_index].text(doc.text)) if parts else None
    part = parts.get(int(topic.group(1))) if topic else None
    if part is None:
        return hits
    out = [RoleHit(h.mention, part) if h.role is Role.ATTENDEE or h.role is Role.SPEAKER and part is Role.KEYNOTE
           else h for h in hits]
    cued = {id(h.mention) for h in hits}
    return out + [RoleHit(m, part) for m in here if id(m) not in cued]


def session_of(doc: Doc, sent: Sentence) -> tuple[int, str | None] | None:
    """(order, name) when the sentence is about one numbered session."""
    found = sessions_in(doc, sent)
    return found[0] if len(found) == 1 else None


def sessions_in(doc: Doc, sent: Sentence) -> list[tuple[int, str | None]]:
    """Every numbered session the sentence names, with the name it gives it: ``세션 1 ‘AI 표준’``,
    ``첫 번째 세션에서는 '…'을 주제로``."""
    text = sent.text(doc.text)
    matches = list(_SESSION.finditer(text))
    found = []
    for k, m in enumerate(matches):
        order = _ORDINALS.get(m.group(1) or "", 0) or int(m.group(2) or m.group(3) or m.group(4) or m.group(5) or 0)
        until = sent.span.start + (matches[k + 1].start() if k + 1 < len(matches) else len(text))
        name = None
        for q in sent.quotes:
            start = sent.span.start + m.end()
            if q.double or not start - 2 <= q.outer.start < until:
                continue
            between = doc.text[start:q.outer.start]
            if re.fullmatch(r"\s*(?:은|는|에서는|에서|에는)?\s*,?\s*", between) or \
                    _ABOUT.match(doc.text[q.outer.end - 1:q.outer.end + 10]):
                name = doc.slice(q.inner.start, q.inner.end).strip()
                break
        named = _SESSION_PAREN_NAME.match(text, m.end()) if name is None else None
        if named is not None and not _WHEN_IN_PARENS.search(named.group(1)):
            name = named.group(1).strip()  # "▲1세션(AI와 안전) - 발표: …": the name in parentheses (not "(오후 2시)")
        found.append((order, name))
    return found


_SESSION_PAREN_NAME = re.compile(r"[ \t]*[(（]([^()（）\n]{2,40})[)）]")
_WHEN_IN_PARENS = re.compile(r"\d\s*(?:[:：시]|일|월)|오전|오후")


def topic_quote(doc: Doc, sent: Sentence, after: int) -> str | None:
    """The first ``'…'을 주제로`` quote in the sentence after offset ``after``."""
    for q in sent.quotes:
        if not q.double and q.outer.start >= after - 2 and _ABOUT.match(doc.text[q.outer.end - 1:q.outer.end + 10]):
            return doc.slice(q.inner.start, q.inner.end).strip()
    return None


def is_panel_sentence(doc: Doc, sent: Sentence) -> bool:
    return bool(_PANEL.search(sent.text(doc.text)))
