"""Korean event rules: the event's name, edition, date, venue, theme, attendance and organizers.

The event sentence is the first one whose verb says an event was held (개최, 열다, 출범 …); date,
venue and theme come from it, organizers from its subject, co-organizers and sponsors from
clauses cued by 공동 주최 / 주관 / 함께 and 후원 / 협찬 anywhere in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.dates import DAYS_FROM_PUBLICATION, DAY_COUNTS, KO_WEEKDAYS, YEAR_WORDS, find_dates
from kg.extract.doc import Doc, Sentence, Word
from kg.extract.gazetteer import Gazetteer, is_abbreviation
from kg.extract.ko_names import ONE_SYLLABLE_PARTICLES, is_name, title_of
from kg.extract.ko_orgs import (
    LAWMAKERS as _LAWMAKER,
    LEGAL_MARKS,
    ORG_HEADS,
    UNIVERSITY_SUFFIXES,
    OrgPhrase,
    WrittenOrgs,
    defined_aliases,
    past_its_kind,
    is_org_word,
    named_elsewhere,
    org_item,
    short_form_or_name,
    split_list,
    suffix_of,
    written_orgs,
)
from kg.extract.text import CLOSING_QUOTES, OPENING_QUOTES, Quoted
from kg.model import OrgRole, Span

# an agreement, and the verb that signs it (맺다; 체결 is a holding word of its own): "'…MOU'를 맺었다"
_AGREEMENT_WORD = r"(?:협약|협정|양해각서|MOU)"
_SIGNS = r"(?:을|를)\s+(?:\S+\s+){0,2}?맺(?:었|고)"
_STREAMED = r"(?:생|실시간\s*)?중계"  # streamed (live): "생중계", "실시간 중계", then the passive's ending
_HELD = re.compile(r"개최|열렸|열려(?=\s*(?:…|\.{2,3})?\s*$)|열려(?=\s)(?!\s*있)|열린다|열립니다|엽니다|열리는|열리며|열리고|"
                   r"열었|연다|열어|열고|열 예정|열릴|열기로|개막|출범|진행됐|진행된|"
                   r"진행됩니다|진행되며|마련했|마련한|마련합니다"
                   r"|(?:을|를)\s+(?:\S+\s+){0,6}?진행(?:한다|했|하며|하고|할)|(?:을|를)\s+연\s"  # ("포럼을 연 협회는")
                   r"|열린\s|개최된|주최했|주최한|주최하는|성료|막을\s*(?:내렸|올렸|열었|내린|올린|연)|폐막|시작됐|체결했|체결식"
                   r"|치러졌|치러진|치러지는|치러진다|펼쳐졌|펼쳐진|펼쳐지는|펼쳐진다"
                   # ("'…토론회'가 3일 온라인으로 생중계됐다": streamed live, so held that day)
                   rf"|{_STREAMED}(?:됐|된|되는|된다|될)"
                   rf"|{_AGREEMENT_WORD}['’\"”」』]?{_SIGNS}"
                   r"|성황리에\s*(?:마쳤|마무리|끝마쳤|종료)|(?:을|를)\s+(?:\S+\s+){0,2}?(?:마쳤|마무리했|끝마쳤)"
                   r"|(?:식|회|포럼|세미나|컨퍼런스|콘퍼런스|심포지엄|워크숍|워크샵|행사|해커톤|데모데이|캠프|페스티벌|축제|"
                   r"엑스포|쇼)['’\"”」』]?(?:을|를)\s*(?:가졌|가진다|갖는다|갖고|가질)|가진다"
                   r"|(?:을|를)\s*주재(?:했|한다|하고|하며|할)"  # "'…간담회'를 주재했다": chaired, so held
                   r"|(?:^|\s)연\s+['‘\"“「『]")  # "한빛협회가 3일 코엑스에서 연 '…포럼'에는": 연 before the name
# Verbs whose subject holds the event (not passive ones, whose subject is the event itself).
# (a broadcast's polite present: "개최합니다", "엽니다", "마련합니다")
_HOLDS = re.compile(r"개최했|개최한|개최하|개최할|개최합니다|개최키로|열었|연다|엽니다|열어|열고|열\s*예정|열기로|주최했|주최한|"
                    r"주최합니다|마련했|마련한|마련합니다|준비했|"
                    r"준비한|가졌|가진다|"
                    rf"갖는다|갖고|가질|체결했|출범했|{_AGREEMENT_WORD}['’\"”」』]?{_SIGNS}"
                    # (read with the quoted words left out: "누리로보틱스와 ' ' 를 맺었다")
                    rf"|['’\"”」』]\s*{_SIGNS}"
                    r"|진행한다|진행했|진행하며|진행하고"
                    # "한빛협회는 … 열린 'X'가 성황리에 마무리됐다고 밝혔다": the one who reports its success held it
                    r"|성황리에\s*(?:마무리|막을\s*내|종료|끝나|끝났)"
                    r"|출범시켰|마쳤|마무리했|끝마쳤|(?:을|를)\s+개막했|(?:을|를)\s+개막한다|주재했|주재한다|주재하고|주재하며"
                    # "한빛협회와 다온재단이 함께 연 이번 행사": 연, the adnominal of 열다, before the event
                    r"|(?:^|\s)연\s+(?:이번\s+|올해\s+|이\s+)?(?:행사|포럼|세미나|컨퍼런스|콘퍼런스|토론회|간담회|설명회|"
                    r"심포지엄|워크숍|대회|축제|박람회|전시회|서밋|공청회|회의)"
                    r"|(?:^|\s)연\s+['‘\"“「『]")  # "한빛협회가 3일 코엑스에서 연 '…포럼'에는"
_BOTH = re.compile(r"\s*(?:양|두|세|네|[2-9]\s*개)\s*(?:기관|사|측|단체|대학|기업|지자체|부처|협회)(?:은|는|이|가)\s")
_FIRST_EDITION = re.compile(r"올해\s*처음|처음\s*(?:개최|열)|첫\s*(?:개최|행사|회)")
_DAYISH = re.compile(r"\d+\s*일|이날|오늘")
# (not a numbered room: "제2회의장", "제3회의실")
_EDITION = re.compile(r"(?:제\s*(\d{1,3})\s*(?:회(?!의(?:실|장))|차(?!관)|기))|(?:(\d{1,3})\s*(?:회째|번째|회를\s*맞|차\s*(?:포럼|세미나|행사)))")
# a head count, its ten thousands and thousands written in Hangul too: "1만2000여명", "3만여 명", "1천500명"
_ATTEND = re.compile(r"(?<![\d,])(?:(?P<man>\d[\d,]*)\s*만\s*)?(?:(?P<cheon>\d+)\s*천\s*)?(?P<rest>\d[\d,]*)?\s*(?:여\s*)?명")
_THEME = re.compile(r"^\s*(?:을|를|이라는|라는|이란|란)?\s*주제로")
_YEAR_PREFIX = re.compile(r"^(?:\d{4}\s*년?\s*|제\s*\d+\s*(?:회|차)\s*)+")


def name_key(name: str) -> str:
    """An event's name less its year or edition and its spaces: the same event however the article writes it
    (``2026 한빛 AI 포럼``, ``한빛AI포럼``)."""
    return re.sub(r"\s+", "", _YEAR_PREFIX.sub("", name))

_STRETCH_ENDED = re.compile(r"(이틀|양일|사흘|나흘|닷새|엿새|\d)\s*(?:일\s*)?간.{0,30}?(?:막을\s*내렸|폐막|마무리|마쳤|끝났)")
_REGION_WORDS = frozenset({"코리아", "아시아", "글로벌", "월드", "인터내셔널", "korea", "asia", "global", "world", "seoul"})
# the finite forms of a 하다 verb that carry a clause on or close it: "지원하고", "협력했다"
_FINITE = r"(?:하고|하며|했고|했으며|했다|한다)"
_ORG_CUES: tuple[tuple[re.Pattern[str], OrgRole], ...] = (
    (re.compile(r"^주최[·ㆍ/]\s*주관"), OrgRole.ORGANIZER),  # "주최·주관하고": the holder does both
    (re.compile(r"공동\s*주최|공동\s*개최|공동으로|주관"), OrgRole.CO_ORGANIZER),
    # "B가 협력기관으로 참여했다": a partner in holding it (in collaboration with; a bare 협력 is any cooperation)
    (re.compile(r"^협력(?:기관|단체)(?:으로|로|은|는|이|가|$)"), OrgRole.CO_ORGANIZER),
    # "B의 협력으로 진행됐다", "B의 협조 아래": held in collaboration with B (only after a genitive, see _cued_orgs)
    (re.compile(r"^(?:협력|협조)(?:으로|하에|\s*아래)"), OrgRole.CO_ORGANIZER),
    # "이번 포럼은 A가 주최하고 B가 협력했다": the event as the clause's topic (see _cued_orgs)
    (re.compile(rf"^협력{_FINITE}\.?$"), OrgRole.CO_ORGANIZER),
    # "A와 B의 지원을 받아"; "산업부가 지원하고 B가 주관했다", "산업부가 지원하는 '…포럼'" (see _supports_the_event)
    (re.compile(rf"후원|협찬|^지원(?:을|으로|하에|\s*아래)|^지원(?:{_FINITE}|하는|한)\.?$"), OrgRole.SPONSOR),
    (re.compile(r"주최"), OrgRole.ORGANIZER),
    # "한빛협회 주도로 열린 …", "한빛협회 주도하에": the body that leads it holds it
    (re.compile(r"^주도(?:로|하에|\s*아래)$"), OrgRole.ORGANIZER),
)
_CLAUSE_ENDINGS = ("으며", "했으며", "하며", "하고", "했고", "이며", "며", "고")


@dataclass
class EventDraft:
    """Event facts as found, before ids are given."""

    name: str | None = None
    name_spans: list[Span] = field(default_factory=list)
    edition: int | None = None
    start: str | None = None
    end: str | None = None
    venue: str | None = None
    city: str | None = None
    theme: str | None = None
    attendance: int | None = None
    orgs: list[tuple[OrgPhrase, OrgRole]] = field(default_factory=list)


@lru_cache(maxsize=16384)
def _event_type(text: str, gz: Gazetteer) -> str | None:
    # 'AI 신뢰성 심포지엄 2024', '2019 AI 페스티벌 대전': a year, an edition or the host city may follow
    # ("'국제로봇전(iREX)'": its short form in parentheses after it)
    stripped = re.sub(r"\s*(?:\d{4}\s*년?|제?\s*\d+\s*회)$", "",
                      re.sub(r"\s*[(（][A-Za-z0-9&\- ]{2,15}[)）]$", "", text.rstrip(" '’\"”")).rstrip(" ')’\"”"))
    last = stripped.rsplit(" ", 1)
    if len(last) == 2 and (last[1] in gz.cities or last[1] in gz.countries or last[1].lower() in _REGION_WORDS):
        if last[1] == "대전" and not (gz.event_type_of(last[0]) or gz.event_type_of(last[0].lower())):
            return "대전"  # "'2026 스마트제조 산업 대전'": after no kind of event, 대전 is a grand exhibition, not the city
        stripped = last[0]
    kind = gz.event_type_of(stripped) or gz.event_type_of(stripped.lower())
    if kind is None and len(stripped.rsplit(" ", 1)[-1]) >= 4 and stripped.endswith("대전"):
        kind = "대전"  # "국제인공지능대전", "로봇대전": a grand exhibition in a compound (alone, 대전 is the city)
    return kind


_PARTICLE_AFTER_NAME = re.compile(r"(?:을|를|이|가|은|는|에서|에|의|와|과)(?=[\s,.])")


def _quoted_candidates(doc: Doc, gz: Gazetteer) -> list[tuple[str, Span, int]]:
    """Quoted names that end in an event word, follow one (``혁신포럼 ‘AI-for. Artist’``) or are
    followed by one (``'생성형 AI와 일자리' 토론회``)."""
    out = []
    for si, sent in enumerate(doc.sentences):
        for q in sent.quotes:
            name = doc.slice(q.inner.start, q.inner.end).strip()
            if len(name) > 60:
                continue
            if q.double:
                # ("“2024 제조 AI 포럼”을 열었다": a short name in double quotes ending in an event word, a particle
                # after it; not what someone said, "…"라고 말했다)
                if len(name) <= 40 and _event_type(name, gz) and not re.search(r"[.!?,]", name) \
                        and _PARTICLE_AFTER_NAME.match(doc.text, q.outer.end):
                    out.append((name, q.inner, si))
                continue
            before = doc.text[max(0, q.outer.start - 12):q.outer.start].rstrip()
            if _event_type(name, gz) or _event_type(before, gz):
                out.append((name, q.inner, si))
                continue
            after = _TYPE_AFTER_QUOTE.match(doc.text[q.outer.end:q.outer.end + 24])
            if after and _event_type(after.group("type"), gz):  # 토론회, 정책토론회
                end = q.outer.end + after.end(1)
                out.append((f"{name} {after.group(1)}", Span(q.inner.start, end), si))
            elif (_HELD_OBJECT.match(doc.text[q.outer.end:q.outer.end + 60])
                  or _HELD_AS_TOPIC.match(doc.text[q.outer.end:q.outer.end + 60])) and not _THEME.match(
                    doc.text[q.outer.end:q.outer.end + 12]):
                out.append((name, q.inner, si))  # "'World IT Show 2025'가 개막했다": held, so an event
            elif _AGREEMENT.search(name) and _SIGNED.match(doc.text, q.outer.end):
                out.append((name, q.inner, si))  # "'… 확산을 위한 업무협약'을 체결했다": its signing is the event
            elif _HELD_BEFORE_QUOTE.search(before) and (_NAME_SHAPED.search(name) or _NAMED_START.match(name)
                                                         or any(_event_type(x, gz) for x in name.split()[:-1])):
                # "새너제이에서 열린 'NVIDIA GTC 2025'에 참가해": held, and a name (or an edition's: "열린 '제1차 AI 정책
                # 협의회'에서", a meeting of a council; or a kind of event among its words: "개최한 '팀 네이버 컨퍼런스
                # 단 26'에는")
                out.append((name, q.inner, si))
    return out


# "'생성형 AI와 일자리' 토론회", "'K-제조 AI 얼라이언스' 2차 총회", "'AI 서밋' 2025 컨퍼런스": the type word
# after a quoted name, an edition or a year between them
# ("'AI와 제조의 미래' 온라인 세미나": one bare word of its kind before the type word)
# ("'모빌리티 AI 연구센터' 설립 협약식", "'K-AI 얼라이언스' 창립 총회": what the ceremony is held for, a verbal noun, one or
# two, between the quoted thing and the type word)
_TYPE_AFTER_QUOTE = re.compile(r"\s*((?:(?:제\s*)?\d{1,3}\s*(?:회|차|기)\s+|\d{4}\s*(?:년\s+)?)?"
                               r"(?:(?:온라인|오프라인|비대면|특별|초청|정책|기술|국제|공동|합동|순회|정기|현장|기념|긴급)\s+)?"
                               r"(?:(?:설립|창립|출범|발족|결성|개소|개원|개관|준공|착공|구축|착수|성과|업무협약|협약|선포|출시|"
                               r"지정|현판)\s+){0,2}"
                               r"(?P<type>[가-힣A-Za-z]+?))"
                               r"(?:에서는|에서|에는|으로|을|를|이|가|은|는|에|의|로|와|과|도)?(?![가-힣A-Za-z])")
# an agreement's name, and the verb that signs it: "'제조AI 실증 확산을 위한 업무협약'을 체결했다"
_AGREEMENT = re.compile(r"(?:협약|협정|양해각서|MOU|mou|업무협력|파트너십)$")
_SIGNED = re.compile(r"\s*(?:을|를)\s+(?:\S+\s+){0,2}?(?:체결|맺었|맺고|교환)")  # (also read by _signing_partners)
# A quoted name taken by a holding verb as its object or subject: '…'를 개최했다, '…'가 24일 개막했다.
# ("'스마트팩토리+오토메이션월드 2025'(SFAW 2025)가 … 열린다": its initials in parentheses between)
# after a quoted name: its initials in parentheses, if any (the particle after them), and up to twelve words before a verb
_PARENS_AFTER_QUOTE = r"\s*(?:\([^()\n]{1,24}\)\s*)?"
_WORDS_TO_VERB = r"\s+(?:[^\s.'‘’\"“”]+\s+){0,12}?"
_HELD_OBJECT = re.compile(_PARENS_AFTER_QUOTE + r"(?:을|를|이|가)" + _WORDS_TO_VERB +
                          r"(?:개최|열었|열린다|연다|열렸|개막|막을\s*올|성료|출범"
                          # ("'2026 한빛 AI 챌린지'가 3일 체육관에서 펼쳐졌다": a contest run, a debate streamed)
                          rf"|펼쳐졌|펼쳐진다|치러졌|치러진다|{_STREAMED}됐|{_STREAMED}된다)")
# A quoted name that is the topic of a finite verb of being held: "'2026 AI 로봇 챌린지'는 … 대구 엑스코에서 열렸다" (a
# topic is often what a gathering discussed, so the verb closes the sentence: not "'AI 윤리'는 … 개최한 포럼의 주제였다")
_HELD_AS_TOPIC = re.compile(_PARENS_AFTER_QUOTE + r"(?:은|는)" + _WORDS_TO_VERB +
                            r"(?:열렸|열린다|열릴\s+예정|개최됐|개최된다|개최될\s+예정|개막했|개막한다|막을\s*올렸|막을\s*올린다"
                            r"|펼쳐졌|펼쳐진다|치러졌|치러진다)(?:다|습니다|으며|고|는데)?(?=[\s.,]|$)")
# words that head a clause before the event word ("…이 참석한 가운데 워크숍을"), or say when
_NOT_IN_NAME = frozenset({"이번", "올해", "오는", "지난", "이", "그", "이날", "가운데", "속", "뒤", "후", "중", "동안",
                          "당일", "현장", "앞서", "최근",
                          # adnominal verbs: "'…'을 주제로 한 토크콘서트", "AI를 위한 포럼" describe the event
                          "한", "연", "된", "하는", "되는", "위한", "대한", "관한", "통한", "향한", "겸한", "곁들인"})
_CASE_ENDINGS = ("을", "를", "이", "가", "은", "는")
_OTHER_ENDINGS = ("에", "에서", "에는", "에서는", "의", "로", "으로", "도", "와", "과")
# the adnominal forms of being held, which each reading below extends with the forms of holding it needs
_HELD_FORMS = "열린|열리는|개최된|개최되는|마련된|진행된|진행되는|치러진|치러지는"
_ADNOMINAL_HELD = re.compile(rf"(?:{_HELD_FORMS}|개최한|개최하는|마련한|주최한|주최하는)$")
_ADNOMINAL_HELD_ANY = re.compile(rf"(?:{_HELD_FORMS}|주최한|주최하는)(?=\s)")
_NAMED_START = re.compile(r"^(?:\d{4}|제\s*\d+\s*(?:회|차)|\d+\s*(?:회|차))")
_HELD_BEFORE_QUOTE = re.compile(rf"(?:{_HELD_FORMS}|개최한|개최하는|개막한|개막하는|개막된|폐막한|막을\s*(?:내린|올린))$")
# what only a name looks like, with no type word: its year, or words in Latin capitals ("NVIDIA GTC 2025", "CES")
_NAME_SHAPED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|^[A-Z][A-Z0-9&@+\-.]+(?:\s+[A-Z0-9][A-Za-z0-9&@+\-.]*)*$")


_GENERIC_KINDS = frozenset({"행사"})  # the general word for an event, which an unquoted description ends in too
_HEADLINE_HELD = re.compile(r"(?:개최|성료|개막|폐막|열려|성황|마무리|팡파르|프로그램|일정|안내|개요|참가|모집|접수)(?:리에|…|\.{2,3}|[,.!]|$)")


# what closes a phrase of a headline: an ellipsis, a dash, the line's end
_HEADLINE_CLOSE = re.compile(r"[ \t]*(?:…|\.{2,3}|‥|[ \t][-–—][ \t]|\n|$)")


def _unquoted_candidates(doc: Doc, gz: Gazetteer) -> list[tuple[str, Span, int]]:
    """``2023년 KOITA 혁신기술포럼을``, ``호텔에서 열린 2023 미래기술포럼에``, ``인공지능 학술대회(ICAIR
    2024)를``: an event word with up to four bare words before it. With a case particle it is a name
    of its own; with another particle only after a holding verb (열린 …) or when it opens with a year
    or an edition."""
    out = []
    for si, sent in enumerate(doc.sentences):
        words = sent.words
        for i, w in enumerate(words):
            kind = _event_type(w.stem, gz)
            # ("웨비나" at a line's end, read by the analyser as 웨비 and the ending 나: the word is the event's kind)
            whole = not kind and bool(w.ending) and gz.event_type_of(w.text) == w.text
            kind = kind or (w.text if whole else None)
            if not kind or w.quoted:
                continue
            end, ending = (w.end, "") if whole else (w.stem_end, w.ending)
            if w.bare and i + 1 < len(words) and words[i + 1].stem in _STAGES and words[i + 1].ending:
                ending = words[i + 1].ending  # "제5회 한빛 AI 해커톤 본선이": the event, then the stage of it
            alias = _alias_after(words, i)
            if alias is not None:  # 학술대회(ICAIR 2024)를
                end, ending = words[alias].end, words[alias + 1].ending or words[alias + 1].text
            elif w.bare and i + 1 < len(words) and re.fullmatch(r"(?:19|20)\d\d", words[i + 1].stem) \
                    and words[i + 1].ending and not words[i + 1].quoted:
                end, ending = words[i + 1].stem_end, words[i + 1].ending  # "제조AI 혁신포럼 2024를": its year after it
            elif (tail := _region_tail(words, i, gz)) is not None:
                end, ending = words[tail].stem_end, words[tail].ending  # "AI EXPO KOREA 2025가": a region, a year
            j = i  # (an adverb, 함께 or 공동, says how it was held and is no part of the name)
            while j > 0 and i - j < 5 and words[j - 1].bare and not words[j - 1].is_particle \
                    and not words[j - 1].is_punct and words[j - 1].text not in _NOT_IN_NAME \
                    and (words[j - 1].stem_tags != ("MAG",) or words[j - 1].text == "및") \
                    and not _ADNOMINAL_HELD.search(words[j - 1].text) \
                    and not re.fullmatch(r"\d+\s*[일월]", words[j - 1].text):
                j -= 1
            if not (j < i or (w.text if whole else w.stem) != kind):  # (a kind's word alone names no event)
                continue
            start = words[j].start
            name = doc.slice(start, end)
            if re.match(r"\d+\s*부\s", name):
                continue  # 1부 행사: a part of the programme
            if kind in _GENERIC_KINDS and not _NAMED_START.match(name) and not _NAME_SHAPED.search(name):
                continue  # "참가 기업 간 네트워킹 행사가 이어졌다": the general word for an event names one only
                # with its year or edition ("2026 한빛 AI 행사")
            after_held = j > 0 and _ADNOMINAL_HELD.search(words[j - 1].text) is not None
            # "2025 제조혁신 AI 컨퍼런스 개최", "… 포럼 성료": a headline's noun of holding after the name
            headline = ending == "" and j < i and alias is None and (
                i + 1 < len(words) and _HEADLINE_HELD.match(words[i + 1].text) is not None
                # "과기정통부 장관, AI 반도체 기업 간담회…"규제 풀겠다"": a headline's phrase closed by an ellipsis
                or si == 0 and _HEADLINE_CLOSE.match(doc.text, end) is not None)
            if headline or ending in _CASE_ENDINGS or (ending in _OTHER_ENDINGS or ending == "") and (
                    after_held or _NAMED_START.match(name)) and (ending or after_held):
                out.append((name, Span(start, end), si))
        out.extend(_latin_with_year(doc, si, words))
    return out


_LATIN_WORD = re.compile(r"[A-Z][A-Za-z0-9&\-]{0,14}")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,9}")


def _latin_with_year(doc: Doc, si: int, words: tuple[Word, ...]) -> list[tuple[str, Span, int]]:
    """``CES 2026이 6일 개막했다``, ``개막한 SEMICON Korea 2026에서``: an unquoted name in Latin letters, one
    word of it an acronym, with its year and a particle, in a sentence that holds an event."""
    out = []
    held = None
    for i, w in enumerate(words):
        # (the year and its particle as written: the analyser may leave "2026을" whole)
        year = re.fullmatch(r"((?:19|20)\d\d)([가-힣]{0,3})", w.text) if not w.quoted else None
        if i == 0 or year is None or year.group(2) not in _CASE_ENDINGS and year.group(2) not in _OTHER_ENDINGS:
            continue
        ending, year_end = year.group(2), w.start + 4
        j = i
        while j > 0 and i - j < 3 and words[j - 1].bare and not words[j - 1].quoted \
                and _LATIN_WORD.fullmatch(words[j - 1].text):
            j -= 1
        # ("Robot Busan 2026이 개막했다": two capitalised words or more with a case particle need no acronym)
        if j == i or not any(_ACRONYM.fullmatch(x.text) for x in words[j:i]) \
                and not (i - j >= 2 and ending in _CASE_ENDINGS and all(x.text[:1].isupper() for x in words[j:i])):
            continue
        if held is None:
            held = _HELD.search(doc.sentences[si].text(doc.text)) is not None
        if held:
            out.append((doc.slice(words[j].start, year_end), Span(words[j].start, year_end), si))
    return out


def _region_tail(words: tuple[Word, ...], i: int, gz: Gazetteer) -> int | None:
    """Index of the last word of a region (and a year) written after the event word at ``i``, that last word
    with its particle: ``AI EXPO KOREA 2025가``, ``로봇 엑스포 코리아를`` (a region's word closes the name)."""
    k = i + 1
    if not (words[i].bare and k < len(words) and not words[k].quoted
            and (words[k].stem.lower() in _REGION_WORDS or words[k].stem in gz.countries)):
        return None
    if words[k].bare and k + 1 < len(words) and re.fullmatch(r"(?:19|20)\d\d", words[k + 1].stem) \
            and not words[k + 1].quoted:
        k += 1
    return k if words[k].ending else None


# stages of an event written after its name (the name is the event's; the stage is a part of it)
_STAGES = frozenset({"본선", "예선", "결선", "결승", "결승전", "본행사", "본회의", "개막식", "폐막식", "개회식", "폐회식"})


def _alias_after(words: tuple[Word, ...], i: int) -> int | None:
    """Index of the ``)`` closing an alias right after ``words[i]`` (``학술대회(ICAIR 2024)``)."""
    if not (words[i].bare and i + 2 < len(words) and words[i + 1].text in "(（"):
        return None
    close = next((k for k in range(i + 2, min(i + 7, len(words))) if words[k].text in ")）"), None)
    return close if close is not None and close + 1 < len(words) else None


def _headline_candidates(doc: Doc, gz: Gazetteer) -> list[tuple[str, Span, int]]:
    """``[2024 스마트제조 혁신 컨퍼런스] …``: a bracketed headline that names an event."""
    out = []
    for m in re.finditer(r"^\s*\[([^\]\n=]{4,60})\]", doc.text, re.M):
        name = m.group(1).strip()
        if _event_type(name, gz):
            start = m.start(1) + m.group(1).index(name)
            si = next((k for k, s in enumerate(doc.sentences) if s.span.start <= start < s.span.end), 0)
            out.append((name, Span(start, start + len(name)), si))
    return out


def _candidates(doc: Doc, gz: Gazetteer) -> list[tuple[str, Span, int]]:
    """Event names with their spans and sentences: a fact box's, quoted ones, failing those unquoted ones."""
    quoted = _quoted_candidates(doc, gz)
    # ("… 서밋을 열었다. 부대행사로 'AI 스타트업 피칭 대회'도 진행됐다": a side event's name is the event's only
    # when the text names no other)
    main = [n for n in quoted if not _SIDE_EVENT.search(doc.text, max(0, n[1].start - _SIDE_REACH), n[1].start)]
    return _box_name(doc) or main or _headline_candidates(doc, gz) or _unquoted_candidates(doc, gz) or quoted


# the words that make what they name a side event of the one reported: "부대행사로 '…'", "사전 행사인 '…'"
_SIDE_EVENT = re.compile(r"(?:부대|사전|연계|사이드)\s*(?:행사|프로그램|이벤트)(?:로|로는|인|으로|로서|에서는)?\s*['‘\"“「『<《]?\s*$")
_SIDE_REACH = 16  # characters before a name where those words stand


def _box_name(doc: Doc) -> list[tuple[str, Span, int]]:
    """``▲행사명: 2025 한빛 AI 포럼``: the name an announcement's labelled line gives (without quotes)."""
    m = _BOX_NAME.search(doc.text)
    if m is None:
        return []
    name = m.group("v").strip("'\"‘’“”「」『』 ")
    if len(name) < 2:
        return []
    start = m.start("v") + m.group("v").index(name)
    si = next((k for k, s in enumerate(doc.sentences) if s.span.start <= start < s.span.end), 0)
    return [(name, Span(start, start + len(name)), si)]


def _held_sentence(doc: Doc, names: list[tuple[str, Span, int]]) -> int | None:
    """The sentence that reports the event being held: it has a holding verb, and best a date or a
    venue and the event's name too."""
    with_name = {si for _n, _s, si in names}
    best, best_score = None, 0
    for si, s in enumerate(doc.sentences):
        text = doc.slice(s.span.start, s.span.end)
        if not _HELD.search(text):
            continue
        # a finite verb reports the event (…을 개최했다); an adnominal one (…에서 열린 X에서) may be a
        # caption or an aside about another meeting
        finite = bool(_HELD.search(_ADNOMINAL_HELD_ANY.sub(" ", text)))
        score = 1 + 3 * finite + 2 * (si in with_name) + 2 * bool(_DAYISH.search(text)) + 2 * ("에서" in text)
        if si == 0 and not re.search(r"다[.!]?['’\"”]?\s*$", text):
            score -= 1  # a headline ("… 세미나 개최") yields to a sentence of the body that says as much
        if score > best_score:
            best, best_score = si, score
    return best


# a day, then the event's name right after it, where someone was ("지난 14일 'X 컨퍼런스'에서")
_DAY_THEN_NAME = re.compile(r"\d{1,2}\s*일\s*(?:오전|오후|저녁)?\s*[(（]?[월화수목금토일]?[)）]?\s*$")


# where someone was right after the event's name: at it, at one of its parts, or right after that part ("'X'에서",
# "'X' 기조연설에서", "'X' 개막식 직후", "'X'에 참석해")
_AT_THE_EVENT = re.compile(r"['’\"”」』>》]?\s*(?:[가-힣]{0,4}(?:연설|강연|발표|토론|세션|개막식|개회식|축사)\s*)?"
                           r"(?:에서|직후|이후|도중|(?:후|뒤|중)(?![가-힣])|에\s*(?:참석|참가|참여))")
_AT_REACH = 24  # characters after the name within which that stands


def _at_the_named_event(doc: Doc, names: list[tuple[str, Span, int]]) -> int | None:
    """The first sentence where the event's name is written right after a day and before where someone was at
    it (에서, a part of it, 참석)."""
    for _name, span, si in names:
        before = doc.text[max(0, span.start - 16):span.start].rstrip("'‘\"“「『<《 ")
        if _DAY_THEN_NAME.search(before) and _AT_THE_EVENT.match(doc.text, span.end, span.end + _AT_REACH):
            return si
    return None


def _pick_name(doc: Doc, names: list[tuple[str, Span, int]], held: int | None) -> tuple[str | None, list[Span]]:
    if not names:
        return None, []
    in_held = [n for n in names if n[2] == held]
    # the name the holding verb takes as object or subject ('…'을 개최했다, '…'이 열린다)
    direct = [n for n in in_held if _HELD.search(re.sub(r"^.{0,3}?\s*", "", doc.text[n[1].end:n[1].end + 14], count=1))
              and re.match(r"^['’\"”]?\s*(?:을|를|이|가|은|는)", doc.text[n[1].end:n[1].end + 3])]
    pool = direct or in_held or names
    best = max(pool, key=lambda n: (len(n[0]), -n[1].start)) if not direct else direct[-1]
    key = name_key(best[0])
    spans = [s for n, s, _ in names if name_key(n) == key]
    return best[0], spans


_BRANDED = ("호텔", "리조트", "웨스틴조선")  # venues named with their city after them (더플라자호텔 서울)


def _hotel(text: str, gz: Gazetteer) -> bool:
    """A hotel's word, which a city after it belongs to (더플라자호텔 서울, 그랜드 인터컨티넨탈 서울 파르나스)."""
    # (or the brand after a word of up to three syllables written with it: 그랜드인터컨티넨탈, 더웨스틴)
    return text.endswith(_BRANDED) or any(text[k:] in gz.hotel_brands for k in range(4))


def _venue(sent: Sentence, gz: Gazetteer) -> tuple[str | None, str | None]:
    words = sent.words
    city_only: str | None = None  # a city written alone before 에서, the first one
    for i, w in enumerate(words):
        if w.text == "에서":  # 울산전시컨벤션센터(UECO)에서: the venue stands before its alias
            close = i - 1
            opening = next((k for k in range(close - 1, max(-1, close - 5), -1) if words[k].text in "(（"), None)
            if close > 0 and words[close].text in ")）" and opening and opening > 0 and words[opening - 1].bare:
                w, i = words[opening - 1], opening - 1
            else:
                continue
        elif w.text.endswith("에서") and not w.ending.startswith("에서") and len(w.text) > 3:
            # the analyser cut inside the place (송도컨벤시아에서 -> …아에 + 서): read the word as written
            w = Word(w.text, w.start, w.end, w.text[:-2], "에서", w.ending_tags, w.quoted, w.stem_tags)
        elif w.text.endswith("서") and len(w.text) > 2 and not w.quoted \
                and w.text[:-1].endswith(gz.venue_suffixes):
            # "26일 킨텍스서 개막", "코엑스서 열려": a headline's 서 for 에서
            w = Word(w.text, w.start, w.end, w.text[:-1], "에서", w.ending_tags, w.quoted, w.stem_tags)
        elif not w.ending.startswith("에서"):
            continue
        numbered = w.stem.isdigit() and len(w.stem) >= 3 and not re.fullmatch(r"(?:19[89]|20[0-4])\d", w.stem) \
            and i > 0 and words[i - 1].bare and words[i - 1].proper \
            and not _in_city(words[i - 1].text, gz) and words[i - 1].text not in gz.districts
        # ("네이버 1784에서": a building its owner names by a number)
        if w.stem in _POSITIONS:
            continue  # "투자자들 앞에서 시연했다", "무대 위에서": a position by someone or something, no place's name
        if w.stem.endswith(_SPOKEN_PARTS):
            continue  # "이날 개막 축사에서 밝혔다", "기조연설에서": a part one spoke in, no place
        if not w.quoted and (not w.stem[-1:].isdigit() or numbered) and gz.event_type_of(w.stem) is None:
            # (not "2회 포럼에서는": an event, not a place)
            parts: list[Word] = [w]
            j = i - 1
            while j >= 0 and len(parts) < 4:
                p = sent.words[j]
                opening = next((k for k in range(j - 1, max(-1, j - 5), -1) if words[k].text in "(（"), None) \
                    if p.text in ")）" else None
                if opening is not None and opening > 0 and words[opening - 1].bare and not words[opening - 1].is_punct \
                        and all(x.bare for x in words[opening + 1:j]) \
                        and not _WHEN_WORD.search(words[opening - 1].text) \
                        and not all(x.text in _WEEKDAYS for x in words[opening + 1:j]):
                    # "대전컨벤션센터(DCC) 제1전시장에서": a hall of a venue named with its alias
                    head = words[opening - 1]
                    alias = "".join(x.text for x in words[opening:j + 1])
                    parts.insert(0, Word(head.text + alias, head.start, words[j].end, head.text + alias, "", (),
                                         head.quoted, head.stem_tags))
                    j = opening - 2
                    continue
                if p.text in gz.cities and j > 0 and words[j - 1].bare and _hotel(words[j - 1].text, gz) \
                        and len(parts) < 3:
                    parts[0:0] = [words[j - 1], p]  # "더플라자호텔 서울 그랜드볼룸": a hotel named with its city
                    j -= 2
                    continue
                if len(parts) == 1 and parts[0].stem in _NAMED_BY_CITY and p.bare and p.text in gz.cities:
                    parts.insert(0, p)  # "라스베이거스 컨벤션센터", "대구 문화회관": a generic hall named by its city
                    j -= 1
                    break
                if not p.bare or p.is_punct or p.is_particle or _WHEN_WORD.search(p.text) \
                        or re.fullmatch(r"[\d.\-/~()월일요]+", p.text) \
                        or _in_city(p.text, gz) or p.text in gz.districts \
                        or p.text in gz.not_names and not gz.known_org(p.text) \
                        or len(p.text) >= 3 and p.text.endswith("읍") \
                        or _DISTRICT.fullmatch(p.text) and j > 0 and (_in_city(words[j - 1].text, gz)
                                                                      # ("마포구 상암동 누리꿈스퀘어": a 동 of a 구)
                                                                      or _DISTRICT.fullmatch(words[j - 1].text)
                                                                      and words[j - 1].text.endswith(("구", "군"))) \
                        or p.text in gz.countries or _STREET.fullmatch(p.text) or p.text in _WITHIN:
                    break  # ("부산 해운대구 벡스코", "대구 수성구 …": a district of the city written before it;
                    # "판교 테크노밸리 내 경기창조경제혁신센터": the place inside the area named before "내";
                    # "소공로 웨스틴조선호텔": the street of its address; a body's name that is also a common word
                    # owns its building: "국회 본관")
                parts.insert(0, p)
                j -= 1
            venue = " ".join(p.stem if p is w else p.text for p in parts)
            # ("한빛대학교에서 주최한": the subject that hosts, not the place)
            # ("KAIST에서", "포스텍에서": a university by its short form, whose full name says what it is)
            # (a university's endings: in a sentence that holds an event, "X대학교에서" is where it was held)
            campus = len(parts) == 1 and (suffix_of(venue, gz) in UNIVERSITY_SUFFIXES
                                          or suffix_of(gz.canonical_org(venue) or "", gz) in UNIVERSITY_SUFFIXES) \
                and (i + 1 >= len(words) or not _HOSTING_WORD.match(words[i + 1].text))
            city = _city_of_description(words, i, j, gz) \
                or _city([sent.words[k].text for k in range(max(0, j - 2), j + 1)], gz) \
                or (None if campus else  # ("서울대에서": a university named by its city names no city)
                    next((c for p in parts for c in gz.cities if p.text.startswith(c) and c not in gz.provinces), None))
            if venue in gz.cities or venue in gz.districts or _in_city(venue, gz):
                # ("양산시에서 열렸다": a city written with its 시 is the city, no venue; a place named after it in
                # the same sentence is the venue: "창원에서 20일 'X'가 창원컨벤션센터에서 개최됐다")
                if city_only is None:
                    city_only = venue if venue in gz.cities else venue[:-1] if _in_city(venue, gz) else city
                continue
            # ("송도 트라이보울에서": a place's name after the area of the city it stands in, as an address writes it)
            in_area = j >= 0 and words[j].bare and words[j].text in gz.districts and len(parts) == 1 \
                and "NNP" in w.stem_tags and not gz.known_org(venue)
            if any(venue.endswith(s) for s in gz.venue_suffixes) or len(parts) > 1 or city or _building(venue, gz) \
                    or campus or in_area:  # "24일 한빛대학교에서 학술대회를 열었다": a university is its own campus
                return venue, city or city_only
            if len(parts) == 1 and (gz.known_org(venue) or is_org_word(venue, gz)) \
                    and (any(_HELD_THERE.match(x.text) for x in words[i + 1:i + 3])
                         or _another_holds_it_there(words, i, venue, gz)):
                return venue, city or city_only  # "5일 국회에서 열렸다", "중기중앙회에서 개최된": a body's seat
                # ("한빛협회는 3일 국회에서 토론회를 개최했다": or another body, the sentence's subject, held it there)
    return None, city_only


_DESCRIPTION_REACH = 4  # words of an adnominal description before a place, back to the city it names


def _city_of_description(words: tuple[Word, ...], i: int, j: int, gz: Gazetteer) -> str | None:
    """The city an adnominal description of the place at ``i`` names (``시흥에 위치한 대성정밀에서``, ``경기 시흥 소재
    스마트공장 도입기업인 ㈜대성정밀에서``: the description ends at ``j`` right before the place), or None; not for a body
    that hosts (``서울에 있는 한빛협회에서 주최한``)."""
    if j < 0 or "ETM" not in words[j].ending_tags or i + 1 < len(words) and _HOSTING_WORD.match(words[i + 1].text):
        return None
    return _city([w.stem for w in words[max(0, j - _DESCRIPTION_REACH):j] if w.bare or w.ending == "에"], gz)


def _another_holds_it_there(words: tuple[Word, ...], i: int, venue: str, gz: Gazetteer) -> bool:
    """The sentence's subject before the body's seat at ``i`` is another body (``한빛협회는 3일 국회에서``), the seat a
    legislature's or a public or member body's (a company's is named for the company: ``판교 엔씨소프트에서``), and no
    word of hosting follows the seat (``국회에서 주최한``: the body hosts)."""
    if i + 1 < len(words) and _HOSTING_WORD.match(words[i + 1].text):
        return False
    kind = suffix_of(gz.canonical_org(venue) or venue, gz) or ""
    if not (venue.endswith(_SEAT_KINDS) or kind.endswith(_SEAT_KINDS)):
        return False
    subject = next((w for w in words[:i] if w.ending in _SUBJECT_ENDINGS), None)
    return subject is not None and subject.stem != venue and (gz.known_org(subject.stem) or is_org_word(subject.stem, gz)) \
        and any(_HOLDS.search(w.text) for w in words[i + 1:])


_SUBJECT_ENDINGS = frozenset(_CASE_ENDINGS) - {"을", "를"}  # (the endings of a subject or a topic: 이, 가, 은, 는)
# the bodies whose seat other bodies hold events in: legislatures, chambers, member and public bodies
_SEAT_KINDS = ("국회", "의회", "회의소", "중앙회", "협회", "연합회", "진흥원", "연구원", "재단", "공사", "공단", "센터")


# nouns of a position relative to what is written before them (앞 "in front of", 옆 "beside", 현장 "the scene"): what
# is done there is done by or near someone, at no named place
_POSITIONS = frozenset({"앞", "뒤", "옆", "곁", "가운데", "속", "안", "밖", "위", "아래", "사이", "주변", "근처", "현장",
                        "자리", "무대", "곳", "장소", "한편", "쪽"})
# the spoken parts of a programme, which one speaks "in" (…에서) as one speaks at a place
_SPOKEN_PARTS = ("축사", "개회사", "폐회사", "환영사", "기념사", "격려사", "대회사", "치사", "인사말", "인사", "연설", "강연",
                 "특강", "발표", "발제", "세션", "토론", "대담", "브리핑")
# the words that set a place within an area written before them: "테크노밸리 내 X", "판교 소재 X"
_WITHIN = frozenset({"내", "소재", "인근"})
# the event held (passive) at a place, not a body holding it ("한빛협회에서 개최한": the body is the subject)
_HELD_THERE = re.compile(r"(?:열렸|열린|열리는|열린다|열릴|개최됐|개최된|개최되는|개최된다|개최될|진행됐|진행된|진행되는|진행된다|"
                         r"진행될|치러졌|치러진|펼쳐졌|펼쳐진)")
_STREET = re.compile(r"[가-힣]{1,6}(?:대로|로|길)(?:\d{1,3}번?길)?")  # 소공로, 테헤란로, 세종대로, 강남대로84길: a street
_DISTRICT = re.compile(r"[가-힣]{1,4}(?:구|군|동)")  # 해운대구, 수성구, 달성군, 삼성동: a city's district by its ending


def _in_city(text: str, gz: Gazetteer) -> bool:
    """A city, a province, or a city written with its 시 (성남시), before its district."""
    return text in gz.cities or text.endswith("시") and text[:-1] in gz.cities


_HOSTING_WORD = re.compile(r"(?:공동\s*)?(?:주최|주관|후원|협찬|마련)")
# venue words that need a name, which a city written before them gives (라스베이거스 컨벤션센터)
_NAMED_BY_CITY = frozenset({"컨벤션센터", "컨벤션", "전시장", "컨벤션홀", "시청", "도청", "문화회관", "아트센터", "문화센터"})
# a day, an hour or a stretch of days before a venue: "3일(수) 한빛홀", "사흘간 한빛홀", "오후 2시 한빛홀", "오늘 한빛홀"
# (a week of a month, "12월 첫째 주", and the time of day, "오후 2시", are no part of a venue's name either)
_WHEN_WORD = re.compile(rf"\d+일|\d+시|^(?:오늘|이날|{'|'.join(DAYS_FROM_PUBLICATION)})$"
                        r"|^(?:하루|이틀|양일|사흘|나흘|닷새|엿새|\d+일)(?:간|동안)$"
                        r"|^(?:첫째|둘째|셋째|넷째|다섯째|마지막|이번|다음|지난)?\s*주(?:간|말)?$|^(?:오전|오후|저녁|새벽)$"
                        # (the time after or before another act: "X를 방문한 뒤 다온홀에서")
                        r"|^(?:뒤|후|다음|직후|이후|직전)$"
                        # (a part of a month or a year written after it: "11월 중 판교에서", "다음 달 초 코엑스에서")
                        r"|^(?:중|초|말|초순|중순|하순|상반기|하반기|께|경|무렵)$"
                        # (a month, a year or a season as news writes it: "다음 달 코엑스에서", "내년 킨텍스에서")
                        rf"|^\d+년$|^(?:{'|'.join(YEAR_WORDS)}|달|이달|내달|다음달|지난달|연말|연초|연중|매년|매달|매월|해마다"
                        r"|봄|여름|가을|겨울|올봄|올여름|올가을|올겨울)$")
_WEEKDAYS = frozenset(KO_WEEKDAYS)


def _city(words: list[str], gz: Gazetteer) -> str | None:
    """The city among the words before a venue: a ``…시`` first (경기 성남시 판교 -> 성남), else the first
    that is no province (경남 창원 -> 창원), else the province."""
    cities = [w[:-1] if w.endswith("시") and w[:-1] in gz.cities else w for w in words
              if w in gz.cities or (w.endswith("시") and w[:-1] in gz.cities)]
    with_si = [w for w in words if w.endswith("시") and w[:-1] in gz.cities]
    towns = [c for c in cities if c not in gz.provinces]
    return with_si[0][:-1] if with_si else towns[0] if towns else cities[0] if cities else None


def _theme(doc: Doc, sent: Sentence, event_spans: list[Span]) -> str | None:
    q = _theme_quote(doc, sent, event_spans)
    return doc.slice(q.inner.start, q.inner.end).strip() if q is not None else None


def _theme_quote(doc: Doc, sent: Sentence, event_spans: list[Span]) -> Quoted | None:
    """The first quote in single quotes the sentence gives as a theme ('…'를 주제로), no event's name."""
    for q in sent.quotes:
        if q.double or any(q.inner.start == s.start for s in event_spans):
            continue
        if _THEME.match(doc.text[q.outer.end:q.outer.end + 12]) \
                and not _A_TALKS_TOPIC.match(doc.text, doc.text.find("주제로", q.outer.end) + 3):
            return q
    return None


# "'X'를 주제로 발표했다", "'X'를 주제로 기조강연을 했다": the topic of one's talk, no theme of the event
_A_TALKS_TOPIC = re.compile(r"\s*(?:기조|주제|특별|초청)?(?:발표|발제|강연|강의|연설|특강)(?:했|한|하|할|을|를|에|으로|자로)")


def _theme_of_topic(doc: Doc, gz: Gazetteer, event_spans: list[Span]) -> str | None:
    """The theme given in a sentence whose topic is the event (``이번 포럼은 'AI로 여는 제조 대전환'을 주제로 …
    진행됐다``), when the sentence that holds it gives none; the first such sentence's."""
    for sent in doc.sentences:
        parts = clauses(sent)
        if not parts:
            continue
        # ("산업부가 후원한 이번 서밋은 'X'를 주제로 열렸다": the topic after a clause that describes it, whose
        # subject is that clause's)
        # ("A가 주최하고 B가 주관한 이번 행사는 'X'를 주제로 열렸다": clauses joined before the one that describes it,
        # none with a topic of its own)
        described = None
        for part in parts[:_DESCRIBING_CLAUSES]:
            described = _described_topic(part, gz)
            if described is not None or any(w.ending in ("은", "는") and not w.quoted for w in part):
                break
        if described is None and not _event_topic(parts[0], len(parts[0]), gz):
            continue
        q = _theme_quote(doc, sent, event_spans)
        # (not a talk's topic: "이날 토론회는 A 팀장이 'X'를 주제로 발표한다", "포럼은 'X'를 주제로 한 A의 기조강연을
        # 시작으로": another subject before the quote, or the quote's 주제로 describing the noun after it)
        after = described.end if described is not None else sent.span.start
        if q is not None and not any(w.ending in ("이", "가") and after <= w.start and w.end <= q.outer.start
                                     for w in sent.words if not w.quoted) \
                and not _THEME_OF_A_NOUN.match(doc.text, doc.text.find("주제로", q.outer.end) + 3):
            return doc.slice(q.inner.start, q.inner.end).strip()
    return None


_THEME_OF_A_NOUN = re.compile(r"\s*(?:한|하는|삼은|삼아)\s")
_DETERMINERS = frozenset({"이번", "이날", "올해", "지난", "오는", "첫", "금번", "본"})
_DESCRIBED_REACH = 8  # words of a clause before the topic that describes it
_DESCRIBING_CLAUSES = 3  # clauses of a sentence that may describe its topic ("A가 주최하고 B가 주관한 이번 행사는")


def _described_topic(clause: list[Word], gz: Gazetteer) -> Word | None:
    """The event as the clause's topic after a clause that describes it (``산업부가 후원한 이번 서밋은``: an
    adnominal verb, determiners, then the event word with 은/는), or None."""
    for t, x in enumerate(clause[:_DESCRIBED_REACH]):
        if x.quoted or t and x.ending in ("은", "는") and not _event_as_topic(x, gz):
            return None  # another topic first
        if not t or not _event_as_topic(x, gz):
            continue
        k = t - 1
        while k > 0 and clause[k].text in _DETERMINERS:
            k -= 1
        return x if "ETM" in clause[k].ending_tags else None
    return None


def clauses(sent: Sentence) -> list[list[Word]]:
    out: list[list[Word]] = [[]]
    for w in sent.words:
        out[-1].append(w)
        if not w.quoted and w.ending.endswith(_CLAUSE_ENDINGS) and any(t.startswith("EC") for t in w.ending_tags) \
                and not _WITH_PARTNER.match(w.text):  # "A와 B가 손잡고 준비했다": how they did it, one clause
            out.append([])
    return [c for c in out if c]


def subject_orgs(doc: Doc, clause: list[Word], gz: Gazetteer) -> list[OrgPhrase]:
    """Organizations before the clause's first topic or subject particle (은/는/이/가)."""
    # after a dateline or byline: "[서울=뉴스핌]", "한빛일보(대전)=이하준 기자 대전시는 …"
    # (not the bracket that closes a title: "[2026 AI 포럼]을 개최했다")
    start = max((i + 1 for i, w in enumerate(clause) if w.text in "]=】" and not (i > 0 and clause[i - 1].quoted)
                 or w.stem.endswith("기자")), default=0)
    while start < len(clause) and (clause[start].text in _CONNECTIVES or clause[start].text == ","):
        start += 1  # "한편 한빛협회는 …": a connective that opens the sentence is no part of the holder's name
    clause = clause[start:]
    depth = 0  # inside parentheses: "과학기술정보통신부(장관 배경훈, 이하 '과기정통부')는"
    for i, w in enumerate(clause):
        if w.text in "(（":
            depth += 1
        elif w.text in ")）":
            depth = max(0, depth - 1)
        if depth and w.is_punct and w.text in "'‘“’”":
            continue  # a short form defined in quotes inside the parentheses opens no quote of the clause
        if w.ending in ("은", "는", "이", "가", "에서는", "에서") or (w.text in ("는", "은", "이", "가") and i > 0):
            if w.ending.startswith("에서") and _is_place(w.stem, gz):
                return []  # "30일 코엑스 대강당에서 …": a venue, not a holder
            fused = title_of(w, gz) if w.ending in ("은", "는", "이", "가") and i > 0 else None
            if fused and fused[1] and (is_name(clause[i - 1], gz) or clause[i - 1].text in ")）"):
                # "권선호(오른쪽) 한빛시장이 … 선포식을 열고": the head holds it for the organization
                return [OrgPhrase(w.start, w.start + len(fused[1]), fused[1])]
            if w.ending and gz.is_title(w.stem):
                if _amid(clause, i):
                    continue  # "A 대표가 참석한 가운데 한빛협회는 …": the person's clause is set in the holder's
                # "유상임 과학기술정보통신부 장관이 … 간담회를 열고": the head of a body holds it for the body;
                # otherwise a person is the subject ("… 최철안 원장은")
                return _headed_holder(doc, clause, i, gz)
            # the subject word itself stays, whatever its particle ("한빛대는 … 열었다")
            items = split_list([*_after_topic(clause[:i], gz), w] if w.ending else clause[:i], gz)
            found = []
            for it in items:
                it = _past_its_kind(it, gz)  # "AI 반도체 전문기업 누리칩스는": what the body is, then its name
                known = org_item(it, doc.text, gz) or _headed_org(it, doc.text, gz) \
                    or _listed_with_suffix(it, items, doc.text, gz) or _named_before(it, doc.text)
                lawmaker = _lawmaker_before(it, len(it) - 1) if len(items) > 1 and it else None
                if known:
                    found.append(known)
                elif lawmaker is not None and (office := _lawmaker_office(doc, it[:lawmaker + 1], gz)):
                    found.append(office)  # "김하늘 의원(다온당)과 한빛협회는 …": the lawmaker's office holds it too
                else:  # "다온모터스와 한빛기아가": nothing but proper nouns joined by 와/과
                    words = [x for x in it if not x.is_punct]
                    proper = [_proper_holder([x], doc.text, gz) for x in words]
                    if words and all(proper) and all(x.ending in ("와", "과") for x in words[:-1]):
                        found.extend(p for p in proper if p)
            return found
        if w.is_punct and w.text in "'‘“":
            return []
    return []


# the kinds of body a text names in full, then by the kind alone as a subject: "한빛산업협회 … 협회는 … 열었다"
_BODY_KINDS_ALONE = frozenset({"협회", "학회", "재단", "연구원", "진흥원", "공단", "공사", "위원회", "연합회", "협의회",
                               "조합", "연구소", "회의소", "중앙회", "대학교", "기구"})
_NAMED_REACH = 3000  # characters back to the body's name in full (a bound: the search stays linear in the text)


def _named_before(item: list[Word], text: str) -> OrgPhrase | None:
    """``협회는`` after ``한빛산업협회`` was named: the body of that kind the text named last, in full (the kind
    alone is no name; the name is not written here, so no mention)."""
    words = [w for w in item if not w.is_punct]
    if len(words) != 1 or words[0].stem not in _BODY_KINDS_ALONE or words[0].quoted:
        return None
    kind = words[0].stem
    named = None
    # (a name of the kind in full: Hangul, Latin letters or digits before the kind, no particle inside)
    for m in re.finditer(rf"(?<![가-힣A-Za-z0-9])([가-힣A-Za-z0-9]{{1,20}}{kind})(?![가-힣])",
                         text[max(0, words[0].start - _NAMED_REACH):words[0].start]):
        named = m.group(1)
    if named is None:
        return None
    return OrgPhrase(words[0].start, words[0].start + len(kind), named, written=False)


def _gapped_subjects(before: list[Word], text: str, gz: Gazetteer) -> list[OrgPhrase]:
    """The organizations written as a subject closed by a comma before the cue's own subject (``첫날은 A가, 둘째
    날은 B가 주관한다``: A shares B's verb), each one word an organization's by its form or the lists."""
    out = []
    for x, nxt in zip(before, before[1:]):
        if nxt.text == "," and x.ending in ("이", "가") and not x.quoted \
                and (is_org_word(x.stem, gz) or gz.known_org(x.stem)) \
                and (phrase := org_item([x], text, gz)) is not None:
            out.append(phrase)
    return out


def _past_its_kind(item: list[Word], gz: Gazetteer) -> list[Word]:
    """The words after a description of what the body is (``AI 반도체 전문기업 누리칩스``, ``로봇 스타트업
    한빛로보``): its name; the item itself when no such description opens it."""
    words = [w for w in item if not w.is_punct]
    if len(words) < 2 or item[-1].is_punct or any(w.is_punct for w in item[len(item) - 2:]):
        return item
    # (the name is one proper noun after it: not "중소기업 기술정보진흥원", a body's own words; or a word the
    # analyser splits into common nouns, "AI 스타트업 업스테이지"; the description may hold an alias in parentheses,
    # "인공지능(AI) 스타트업 업스테이지")
    last = words[-1]
    named = last.proper or len(last.stem_tags) >= 2 and all(t == "NNG" for t in last.stem_tags) \
        and suffix_of(last.stem, gz) is None
    return item[-1:] if past_its_kind(words) == len(words) - 1 and named else item


def _listed_with_suffix(item: list[Word], items: list[list[Word]], doc_text: str, gz: Gazetteer) -> OrgPhrase | None:
    """``배재대와 대전테크노파크가``: a word with an organization suffix that could also be a name (배재대)
    is an organization when listed with one."""
    words = [w for w in item if not w.is_punct]
    if len(words) != 1 or suffix_of(words[0].stem, gz) is None or len(items) > 8:
        return None
    others = [it for it in items if it is not item]
    if not any(org_item(it, doc_text, gz) for it in others):
        return None
    return org_item(item, doc_text, gz, declared=True)


def _headed_org(item: list[Word], doc_text: str, gz: Gazetteer) -> OrgPhrase | None:
    """``인공지능 전문매체 더에이아이(THE AI, 대표 황민수)``: a proper noun whose head is named in the
    parentheses after it is an organization, whatever describes it before."""
    p = next((n for n, w in enumerate(item) if w.text in "(（"), None)
    if p is None or p == 0 or not any(gz.is_title(w.stem) for w in item[p + 1:]):
        return None
    w = item[p - 1]
    if not (w.bare and w.proper) or w.quoted or is_name(w, gz) or w.text in gz.cities or w.text in gz.countries:
        return None
    return org_item(item[p - 1:], doc_text, gz, declared=True)


def _proper_holder(item: list[Word], doc_text: str, gz: Gazetteer) -> OrgPhrase | None:
    """``다온모터스와 한빛기아가 … 개최했다``: a proper noun that is no person's name and no place, as
    the subject of a holding verb, is an organization even when no list knows it."""
    words = [w for w in item if not w.is_punct]
    if len(words) != 1:
        return None
    w = words[0]
    # judged bare: "김철수는" is a person's name with a particle; "한빛대는" has an organization's suffix
    person = is_name(w.as_bare, gz) and suffix_of(w.stem, gz) is None
    if w.ending not in ("", "와", "과", "이", "가", "은", "는") or not w.proper or len(w.stem) < 2 or w.quoted or person \
            or w.stem in gz.not_names or gz.is_place(w.stem) \
            or gz.is_title(w.stem):
        return None
    return org_item(item, doc_text, gz, declared=True)


# "… 등 4개 기관이": the list before it is a list of organizations
_DECLARED = re.compile(r"^등\s+\d+\s*개\s*(?:기관|단체|기업|업체|대학|학회|협회|부처|지자체|사)")


def _joined_to_hosting(clause: list[Word], i: int) -> bool:
    """The cue at ``i`` (주관) is joined to a 주최 right before it: ``주최/주관``, ``주최 및 주관``, ``주최와 주관``."""
    return i >= 2 and clause[i - 1].text in ("/", "·", "및", "과", "와") and clause[i - 2].stem == "주최" \
        or i >= 1 and clause[i - 1].stem == "주최" and clause[i - 1].ending in ("와", "과")


def _role_of_cue(w: Word) -> OrgRole | None:
    """The role a cue word gives the organizations written before it (주최, 공동 주최, 주관, 후원 …)."""
    return None if w.quoted else _role_of_cue_word(w.text)


@lru_cache(maxsize=8192)
def _role_of_cue_word(text: str) -> OrgRole | None:
    if re.match(r"주최\s*[·/]\s*주관", text):
        return OrgRole.ORGANIZER  # "주최·주관은 한빛협회가 맡았다": the one who hosts and runs it holds it
    for cue, role in _ORG_CUES:
        if cue.search(text):
            return role
    return None


def _leads_a_box(clause: list[Word], i: int, gz: Gazetteer) -> bool:
    """A bare cue at the head of a fact box or a parenthesis, the names after it: ``주최: A``, ``(주최 A, …``."""
    w = clause[i]
    if w.ending or i + 1 >= len(clause):
        return False
    k = i - 1 if i > 0 and clause[i - 1].text == "공동" else i
    opener = k == 0 or clause[k - 1].text in _BOX_OPEN
    nxt = clause[i + 1]
    return opener and (nxt.text in _BOX_CLOSE or is_org_word(nxt.stem, gz) or nxt.proper)


_TOPIC_CUES = frozenset({"주최", "주관", "후원", "협찬", "공동주최", "공동주관"})
_JOINED_IN = re.compile(r"참여|참가|이름을|나섰|나선다|함께했|동참")  # the verbs of joining in a part


# the nouns for a body in a part: "후원사로 A, B가 참여했다", "후원사는 A와 B다", "주관 기관으로는 A가 나섰다"
_PART_NOUNS = frozenset({"후원사", "협찬사", "주관사", "주최사", "후원기관", "주관기관", "주최기관", "협찬기관",
                         "후원처", "협력기관", "공동주관사", "공동주최사", "주최자", "공동주최자", "주관자", "공동주관자"})


_PART_ENDINGS = ("은", "는", "로", "로는", "으로", "으로는")


def _spaced_part_noun(clause: list[Word], i: int) -> bool:
    """A bare cue, then the noun for a body in that part: ``주관 기관으로는``, ``후원 기관은``."""
    return not clause[i].ending and i + 2 < len(clause) and clause[i + 1].stem in ("기관", "단체", "업체", "사", "측") \
        and clause[i + 1].ending in _PART_ENDINGS  # ("주최 측은 한빛협회다": the side that holds it)


def _respective(doc: Doc, clause: list[Word], gz: Gazetteer) -> list[tuple[OrgPhrase, OrgRole]]:
    """``A와 B가 각각 주최와 주관을 맡았다`` (``… 각각 주최·주관했다``), ``주최와 주관은 각각 A와 B가 맡았다``: as many
    bodies as parts, paired in the order written; nothing when the counts differ."""
    at = next((n for n, w in enumerate(clause) if w.text == "각각"), None)
    if at is None or at == 0 or at + 1 >= len(clause):
        return []

    def parts(words: list[Word]) -> list[OrgRole]:
        out = []
        for w in words:
            for piece in re.split(r"[·/]", w.stem):
                role = _role_of_cue_word(piece) if piece in _TOPIC_CUES else None
                if role is not None:
                    out.append(role)
        return out

    before, after = clause[:at], clause[at + 1:]
    roles = parts(after)
    bodies = _subject_list(before, gz) if roles else []
    if not roles:  # "주최와 주관은 각각 A와 B가 맡았다": the parts as the topic, the bodies after
        roles = parts([w for w in before if w.ending in ("와", "과", "은", "는", "") and not w.quoted])
        bodies = _subject_list(after, gz) if roles else []
    phrases = [org_item(item, doc.text, gz) for item in split_list(bodies, gz)]
    if len(roles) < 2 or len(phrases) != len(roles) or not all(phrases):
        return []
    return [(ph, role) for ph, role in zip(phrases, roles) if ph is not None]


def _items_before(words: list[Word], at: int) -> list[Word]:
    """The list that ends with the word at ``at``: back over the items before it (bare words, words with 와/과,
    commas and middle dots) to the word that is none of the list's."""
    k = at
    while k > 0 and (words[k - 1].ending in ("", "와", "과") and not words[k - 1].quoted
                     or words[k - 1].text in (",", "·")):
        k -= 1
    return words[k:at + 1]


def _subject_list(words: list[Word], gz: Gazetteer) -> list[Word]:
    """The last subject that is an organization (``한빛협회가``, ``A와 B가``) with the list items before it."""
    at = max((n for n, x in enumerate(words) if x.ending in ("이", "가") and is_org_word(x.stem, gz)), default=None)
    return [] if at is None else _items_before(words, at)


# what the support is, between its giver in the genitive and the cue: "한빛시의 재정 지원을 받아"
_SUPPORT_KINDS = frozenset({"재정", "예산", "재원", "기금", "자금", "사업비", "행정", "기술", "예산지원", "재정지원"})


def _funder_before(clause: list[Word], i: int) -> int | None:
    """The word in the genitive whose support the cue at ``i`` is: right before it (``다온재단의 지원으로``),
    or before the programme in quotes or the kind of support between (``산업부의 '지역혁신 선도기업
    육성사업' 지원으로``, ``한빛시의 재정 지원을 받아``)."""
    k = i - 1
    while k > 0 and i - k <= 6 and (clause[k].quoted or clause[k].text in OPENING_QUOTES or clause[k].text in CLOSING_QUOTES
                                    or clause[k].text in _SUPPORT_KINDS):
        k -= 1
    return k if k >= 0 and clause[k].ending == "의" and not clause[k].quoted else None


def _of_the_event(w: Word, gz: Gazetteer) -> bool:
    """A word in the genitive that is the event itself (``포럼의``, ``행사의``, ``'…'의``), no agent of a part."""
    return w.ending == "의" and (w.quoted or _event_type(w.stem, gz) is not None or w.stem in ("행사", "대회", "이벤트"))


def _genitive_agents(words: list[Word]) -> list[Word] | None:
    """``다온재단의`` (``A와 B의``, ``A, B의``) right before a cue: the names whose support or running it is; None
    when no genitive stands right before the cue."""
    return _items_before(words, len(words) - 1) if words and words[-1].ending == "의" else None


def _cue_apart(clause: list[Word]) -> list[Word]:
    """``한빛협회 주최·다온재단 주관으로``: a cue written against the next name with a middle dot, as two words
    (``주최·주관은``, two cues, stays one)."""
    out: list[Word] = []
    for w in clause:
        name, dot, last = w.text.rpartition("·")
        if dot and not w.quoted and name and last in _TOPIC_CUES and w.stem == w.text and out \
                and out[-1].text in _TOPIC_CUES and name.split("·")[0] not in _TOPIC_CUES:
            # "(주최 한빛협회·주관 다온재단)": a box's cue before each name, the next cue against the name before it
            out.append(Word(name, w.start, w.start + len(name), name, "", (), False, ("NNP",)))
            dot_at = w.start + len(name)  # (the dot between stays a word of its own: the next box opens after it)
            out.append(Word("·", dot_at, dot_at + 1, "·", "", (), False, ("SP",)))
            out.append(Word(last, w.end - len(last), w.end, last, "", (), False, ("NNG",)))
            continue
        cue, dot, rest = w.text.partition("·")
        if not dot or w.quoted or cue not in _TOPIC_CUES or not rest or not w.stem.startswith(cue + "·") \
                or w.stem[len(cue) + 1:].split("·")[0] in _TOPIC_CUES:
            out.append(w)
            continue
        at = w.start + len(cue) + 1
        out.append(Word(cue, w.start, w.start + len(cue), cue, "", (), False, ("NNG",)))
        out.append(Word(rest, at, w.end, w.stem[len(cue) + 1:], w.ending, w.ending_tags, False,
                        w.stem_tags[2:] if w.stem_tags[1:2] == ("SP",) else w.stem_tags))
    return out


_RUN_NOUNS = frozenset({"운영사", "운영기관", "운영단체", "운영사무국"})
_BODY_PART_NOUNS = _PART_NOUNS | _RUN_NOUNS  # the nouns that say the names next to them are bodies in a part


_RAN = re.compile(f"운영{_FINITE}")


_RUNNING = re.compile(r"운영(?:하는|한)")
_THIS = frozenset({"이번", "올해", "이", "해당", "본"})  # words that point at the event reported before its word


def _runs_the_event_next(clause: list[Word], i: int, gz: Gazetteer) -> bool:
    """``한빛테크노파크가 운영하는 이번 포럼``: the adnominal verb of running describes the event named next (not
    ``B가 운영하는 센터에서``: a place it runs)."""
    w = clause[i]
    if w.quoted or _RUNNING.fullmatch(w.text) is None:
        return False
    n = i + 1
    while n < len(clause) and clause[n].text in _THIS:
        n += 1
    if n < len(clause) and clause[n].text in OPENING_QUOTES:
        n += 1
    return n < len(clause) and _names_an_event(clause[n], gz)


def _runs_it(clause: list[Word], i: int) -> bool:
    """Running an event is a part in holding it, as 주관 is: ``B가 (행사) 운영을 맡았다``, ``운영은 B가 맡는다``,
    ``운영사로 B가 참여했다`` (not ``공장 운영을 늘린다``: the part is taken, 맡다, or named by its noun)."""
    w = clause[i]
    if w.quoted:
        return False
    if w.stem in _RUN_NOUNS:
        return w.ending in _PART_ENDINGS
    return w.stem == "운영" and w.ending in ("을", "를", "은", "는", "도") \
        and any(x.text.startswith("맡") for x in clause[i + 1:i + 5])


def _topic_cue(clause: list[Word], i: int) -> bool:
    """A cue word as the topic, the names after it: ``행사 주최는 한빛협회, 주관은 다온연구원이 맡았다``;
    a part's noun too, as the topic or in its role (``후원사로 누리은행, 미래정밀이 참여했다``)."""
    w = clause[i]
    if w.quoted or i + 1 >= len(clause):
        return False
    # ("주최·주관은 한빛협회가 맡았다": cues joined by a middle dot)
    return all(part in _TOPIC_CUES for part in w.stem.split("·")) and (
        w.ending in ("은", "는") or _spaced_part_noun(clause, i)
        # ("행사 협찬에는 A, B, C가 참여했다", "후원에는 A와 B가 이름을 올렸다": the part, then those who joined in it)
        or w.ending in ("에는", "엔") and any(_JOINED_IN.match(x.text) for x in clause[i + 1:])) \
        or w.stem in _BODY_PART_NOUNS and w.ending in _PART_ENDINGS \
        or w.stem == "운영" and w.ending in ("은", "는") and _runs_it(clause, i)


def _box_end(clause: list[Word], start: int) -> int:
    """Where the names after a box's cue stop: the next cue, a separator, or a closing parenthesis
    not opened inside the names (``(주최 A, 주관 B)``; ``한국지능정보사회진흥원(NIA), …`` runs on)."""
    depth = 0
    for k in range(start, len(clause)):
        text = clause[k].text
        if text in "(（":
            depth += 1
        elif text in ")）":
            if depth == 0:
                return k
            depth -= 1
        elif _role_of_cue(clause[k]) is not None or text in "/[【〈《<" or text in _BOX_MARKS \
                or text == "·" and k + 1 < len(clause) and _role_of_cue(clause[k + 1]) is not None:
            return k  # ("주최 A·주관 B": the dot before the next cue closes the names)
    return len(clause)


# what a fact box's cue opens with: "주최: A", "[주관] B", "【후원】 C", "ㅇ 주최 : A" (a press release's jamo bullet)
# ("주최: A | 주관: B": a bar between a box's items; "▷주최: A", "▶주최=A": the arrows and the equals sign of others)
_BOX_MARKS = "■▲△□◆◇●○▷▶►▸◈◎☞•※|｜"  # the marks that open a box's items (and so end the one before)
_BOX_OPEN = "(（,/·[【〈《<-ㅇ" + _BOX_MARKS
_BOX_CLOSE = ":：]】〉》>=＝"


# a fact box's line whose labels and values are paired by slashes: "ㅇ 주최/주관 : 과기정통부 / 정보통신산업진흥원(NIPA)"
_PAIRED_BOX = re.compile(r"^[^\S\n]*[ㅇ○□■▲△◆◇●·\-*]?[^\S\n]*(?P<cues>(?:공동[^\S\n]*)?(?:주최|주관|후원|협찬|협력)"
                         r"(?:[^\S\n]*[/·][^\S\n]*(?:공동[^\S\n]*)?(?:주최|주관|후원|협찬|협력))+)[^\S\n]*[:：]"
                         r"[^\S\n]*(?P<values>[^\n]+?)[^\S\n]*$", re.M)
_BOX_ALIAS = re.compile(r"^(?P<name>.+?)[^\S\n]*\((?P<alias>[^()]{1,20})\)$")


def _paired_box(doc: Doc) -> list[tuple[OrgPhrase, OrgRole]]:
    """``주최/주관 : A / B``: as many values as labels, each label's role to the value in its place (a line
    whose counts differ is left to the cue rules)."""
    found: list[tuple[OrgPhrase, OrgRole]] = []
    for m in _PAIRED_BOX.finditer(doc.text):
        cues = re.split(r"\s*[/·]\s*", m.group("cues"))
        values = [(v.group(), m.start("values") + v.start()) for v in re.finditer(r"[^/]+", m.group("values"))]
        roles = [_role_of_cue_word(c) for c in cues]
        if len(values) != len(cues) or any(r is None for r in roles):
            continue
        for (value, at), role in zip(values, roles):
            lead = len(value) - len(value.lstrip())
            value, at = value.strip(), at + lead
            aliased = _BOX_ALIAS.match(value)
            if aliased and aliased.group("alias") in LEGAL_MARKS:
                aliased = None  # "누리전자(주)": the company's legal form, no alias
            name = aliased.group("name") if aliased else value
            if name and role is not None:
                found.append((OrgPhrase(at, at + len(name), name, (aliased.group("alias"),) if aliased else ()), role))
    return found


def _cued_orgs(doc: Doc, gz: Gazetteer, held: int | None) -> tuple[list[tuple[OrgPhrase, OrgRole]], set[str]]:
    """``A가 주최하고 B가 주관하며``, ``A 주최, B 주관으로``, ``A, B 공동 주최로``: each cue word gives its
    role to the organizations between it and the cue before it. Also the keys of the organizations
    listed together as the agents of a joint holding (``A와 B가 공동 주최``): they hold the event when
    nobody else is said to."""
    found: list[tuple[OrgPhrase, OrgRole]] = _paired_box(doc)  # ("주최/주관 : A / B")
    jointly: set[str] = set()
    written: WrittenOrgs | None = None  # the article's organization words, read when a rule first needs them
    for si, sent in enumerate(doc.sentences):
        parts = [_cue_apart(c) for c in clauses(sent)]
        # ("포럼은 A가 주최하고 B가 협력했다": the event the sentence opens with is every clause's topic)
        topical = bool(parts) and _event_topic(parts[0], len(parts[0]), gz)
        for clause in parts:
            respective = _respective(doc, clause, gz)
            if respective:  # "A와 B가 각각 주최와 주관을 맡았다": each its part, in order
                found.extend(respective)
                continue
            last = 0
            for i, w in enumerate(clause):
                role = _role_of_cue(w)
                if role is None and _PREPARED.match(w.text) and not w.quoted and _event_before(clause, i, gz):
                    role = OrgRole.ORGANIZER  # "이번 포럼은 한빛협회가 마련했다", "행사를 준비한 한빛협회 회장"
                held_topic = role is None and _HELD_TOPIC.match(w.text) is not None and not w.quoted \
                    and _event_topic(clause, i, gz) and any(x.ending in ("이", "가") for x in clause[:i])
                if held_topic:
                    role = OrgRole.ORGANIZER  # "행사는 (산업부 후원으로) 한빛협회가 개최했다": its subject
                    last = 0  # (read back past another cue to the subject)
                nxt = i + 2 if i + 2 < len(clause) and clause[i + 1].text in OPENING_QUOTES else i + 1
                if role is None and _PREPARED_BEFORE_NAME.fullmatch(w.text) and not w.quoted and nxt < len(clause) \
                        and _names_an_event(clause[nxt], gz) and (clause[nxt].quoted or _READIED.fullmatch(w.text)) \
                        and (not w.text.startswith("선보") or _of_a_gathering(clause, nxt, gz)):
                    # (what one shows may be a product: "다온전자가 선보인 'AI 로봇'" names no gathering)
                    # (holding verbs describe a named event only: "다온협회가 여는 행사에도" is another one)
                    role = OrgRole.ORGANIZER  # "다온연구원이 준비한 '2024 AI 포럼'이 열렸다": the event it describes
                if role is None and w.text in _PRESIDED and not w.quoted \
                        and (body := _presiding_body(doc, clause, i, gz)) is not None:
                    found.append((body, OrgRole.ORGANIZER))  # "안덕근 산업부 장관 주재로 간담회가 열렸다"
                    continue
                if role is None and (_runs_it(clause, i) or topical and _RAN.fullmatch(w.text.rstrip(".")) is not None
                                     and not w.quoted or _runs_the_event_next(clause, i, gz)):
                    # ("이번 포럼은 … 다온연구원이 운영했다": running the event the sentence is about)
                    role = OrgRole.CO_ORGANIZER  # "행사 운영은 다온연구원이 맡았다", "다온연구원이 운영을 맡았으며"
                if w.text == "공동" and i + 1 < len(clause) and _role_of_cue(clause[i + 1]) is not None:
                    continue  # "공동 주최": the next word is the cue
                if role is None:
                    continue
                if w.text.startswith(("협력", "협조")) and role is OrgRole.CO_ORGANIZER and not w.text.startswith("협력기") \
                        and not (i > 0 and clause[i - 1].ending == "의") \
                        and not (_COOPERATES.fullmatch(w.text.rstrip(".")) and (topical or _event_topic(clause, i, gz))):
                    continue  # "산학 협력으로 개발했다": cooperation, not a partner in holding the event
                funder = _funder_before(clause, i) if w.text.startswith("지원") else None
                if w.text.startswith("지원") and funder is None \
                        and not (w.text.startswith(("지원으로", "지원하에")) and i > 0 and clause[i - 1].bare
                                 and (gz.known_org(clause[i - 1].stem) or is_org_word(clause[i - 1].stem, gz))) \
                        and not _supports_the_event(clause, i, nxt, gz, topical):
                    # support is a sponsor's only as "A와 B의 지원을 받아" or "산업통상자원부 지원으로", "한빛재단 지원으로"
                    # (a body a list knows, or one by its form), not "중소기업 지원을 늘린다"
                    continue
                if i > 0 and clause[i - 1].text == "공동":
                    role = OrgRole.CO_ORGANIZER
                if role is OrgRole.CO_ORGANIZER and w.stem.startswith("주관") and _joined_to_hosting(clause, i):
                    role = OrgRole.ORGANIZER  # "주최/주관: A", "주최 및 주관은 A가 맡았다": who hosts and runs it holds it
                topic = _topic_cue(clause, i)
                if _leads_a_box(clause, i, gz) or topic:
                    # "주최: A / 주관: B", "(주최 A, 주관 B)", "주최는 A, 주관은 B가 맡았다": the names follow the cue
                    first = i + 2 if _spaced_part_noun(clause, i) else i + 1  # ("주관 기관으로는 A가")
                    end = _box_end(clause, first)
                    if topic:  # "주관은 다온연구원이 맡았다": the names end with their subject particle
                        # (or before it, written apart after an alias's parenthesis: "다온연구원(DRI) 이")
                        end = next((k + 1 if clause[k].ending else k for k in range(first, end)
                                    if clause[k].ending in ("이", "가")
                                    or clause[k].text in ("이", "가") and clause[k].stem_tags[:1] == ("JKS",)), end)
                    while end > first and clause[end - 1].text == "공동":
                        end -= 1
                    box = [x for x in clause[first:end] if x.text not in _BOX_CLOSE]
                    named_by_part = w.stem in _BODY_PART_NOUNS  # ("후원사로 A와 B가 참여했다")
                    items = split_list(box, gz, declared=named_by_part)
                    phrases = [org_item(it, doc.text, gz) for it in items]
                    # "후원: 과학기술정보통신부, 한빛시": listed with organizations, or alone after a colon ("후원: 한빛시")
                    # ("후원사로 누리이벤트가 참여했다": a part's noun says what its names are)
                    # ("(주최 한빛협회, 주관 한빛대)": a cue the box's comma or parenthesis opens declares its one name too)
                    if any(phrases) and len(items) > 1 or clause[i + 1].text in _BOX_CLOSE or named_by_part \
                            or i > 0 and clause[i - 1].text in ("(", "（", ",", "/") and not topic:
                        phrases = [ph or (org_item(it, doc.text, gz, declared=True) if _box_item(it, gz)
                                          and (not named_by_part or _nominal(it)) else None)
                                   for ph, it in zip(phrases, items)]
                    if any(phrases) or w.stem not in _PART_NOUNS and first == i + 1:
                        found.extend((ph, role) for ph in phrases if ph)
                        last = end
                        continue
                    # ("A가 주관사로 선정됐다": no names after the part's noun, so the ones before it)
                # "세미나를 주최한 스마트제조혁신추진단의 양승우 단장은", "공동 주관한 A와 B는"
                found.extend((following, role) for following in _adnominal_cue_orgs(clause, i, doc.text, gz)
                             or _adnominal_lawmaker(doc, clause, i, gz))
                # (past its programme; past a purpose before the verb: "한빛협회가 교류를 위해 마련했다")
                before = clause[last:max(last, _past_purpose(clause, i))] if funder is None else clause[last:funder + 1]
                words = _after_topic(before, gz)
                if words and words[-1].ending.startswith("에서") \
                        and any(x.ending in ("이", "가", "은", "는") for x in before[:len(before) - len(words)]):
                    # "한빛협회가 28일 다온컨벤션센터에서 개최한": where the subject before the day holds it, no agent
                    words = words[:-1]
                if held_topic and not any(x.ending in ("이", "가") for x in words):
                    # "행사는 한빛협회가 다온재단의 후원을 받아 개최했다": the subject before another verb's object
                    words = _subject_list(before, gz)
                last = i + 1
                subject = max((n for n, x in enumerate(words) if x.ending in ("이", "가") and is_org_word(x.stem, gz)),
                              default=None)
                bare_run = len(words)
                while bare_run > 0 and words[bare_run - 1].stem in ("함께", "공동"):
                    bare_run -= 1  # ("다온재단이 공동 주관사로 나섰다": how it takes the part, no noun of the cue's own)
                run_end = bare_run
                while bare_run > 0 and words[bare_run - 1].bare and not words[bare_run - 1].is_punct:
                    bare_run -= 1
                if bare_run == run_end:
                    bare_run = len(words)  # (no bare noun of the cue's own before it)
                genitive = _genitive_agents(words)
                if genitive is not None and words and _of_the_event(words[-1], gz):
                    # "부산대학교는 이번 포럼의 주관을 맡았다": the event in the genitive, its part the topic's
                    genitive = None
                    words = words[:-1]
                    while words and words[-1].bare and words[-1].stem in ("이번", "올해", "이", "본", "해당"):
                        words = words[:-1]
                    if not any(x.ending in ("이", "가") for x in words):
                        words = _topic_org(before, gz)
                joined: list[Word] = []
                if genitive is not None:
                    words = genitive  # "한빛협회가 다온재단의 후원을 받아 개최했다": whose support, not the subject
                elif w.text.endswith("로") and bare_run < len(words) and subject is not None and subject < bare_run:
                    words = words[bare_run:]  # "한빛협회가 산업부 후원으로 개최했다": the cue's own noun, not the subject
                elif subject is not None:
                    tail = words[subject + 1:]
                    while tail and tail[-1].stem in ("함께", "공동"):
                        tail = tail[:-1]
                    # "한빛협회가 다온재단과 공동 주관했다": the partner joined to the subject right before the cue
                    joined = _partner(tail) if tail and tail[-1].ending in ("와", "과") \
                        and i > 0 and clause[i - 1].stem == "공동" else []
                    words = words[:subject + 1]
                while words and (words[-1].stem in ("함께", "공동") or words[-1].text == ","
                                 or words[-1].ending in ("을", "를")):  # "CES를 주관하는 …": the object, no agent
                    words = words[:-1]
                partner = w.text.startswith("공동으로") and bool(words) and words[-1].ending in ("와", "과")
                if partner:
                    words = _partner(words)  # "5일 국회의원회관에서 한빛대와 공동으로": the partner alone
                topic_lawmakers: list[OrgPhrase] = []
                if not words and _FINITE_CUE.search(w.text):
                    # "다온전자는 3일 포럼을 후원했다": the topic did it; "A와 B가 행사를 협찬했다": the subject's list
                    words = _subject_list(before, gz) or _topic_org(before, gz)
                    # ("한빛대는 다온전자와 함께 포럼을 주최했다": the partner the topic did it with)
                    joined = next((_partner(before[:k + 1]) for k in range(len(before) - 1)
                                   if before[k].ending in ("와", "과") and before[k + 1].stem in ("함께", "공동")), [])
                    joined = [x.as_bare if n == len(joined) - 1 else x for n, x in enumerate(joined)] if words else []
                    if not words:  # "김하늘 의원(다온당)과 박지성 의원은 5일 토론회를 공동 주최했다": the lawmakers did
                        topic_lawmakers = _lawmaker_offices(doc, before, gz)
                elif not words and _ADNOMINAL_CUE.search(w.text) and (subject_end := _past_when_and_where(before)):
                    # "김하늘 의원이 5일 국회에서 주최한 '…'": the lawmakers before the day and the place
                    topic_lawmakers = _lawmaker_offices(doc, before[:subject_end], gz)
                declared = any(_DECLARED.match(" ".join(x.text for x in words[k:k + 3])) for k in range(len(words)))
                items = split_list(words, gz) + split_list(joined, gz)
                phrases = [org_item(item, doc.text, gz, declared=declared) for item in items]
                if not any(phrases):
                    # "이용빈 더불어민주당 국회의원이 주최하고", "김 의원이 주관한다", "A 의원과 B 의원이 공동 주최한"
                    offices = topic_lawmakers or _lawmaker_offices(doc, words, gz)
                    if offices:
                        phrases, items = list(offices), [[]] * len(offices)
                if any(phrases) and len(items) > 1:
                    # "한빛협회와 코엑스가 공동 주최": a proper noun listed with organizations as the cue's agent
                    phrases = [ph or (org_item(item, doc.text, gz, declared=True) if _proper_item(item) else None)
                               for ph, item in zip(phrases, items)]
                elif not any(phrases) and len(items) == 1 and _proper_subject(items[0], gz):
                    # "엑스코가 주관한다", "킨텍스가 주관하는": a proper noun as the cue's subject is its agent
                    phrases = [org_item(items[0], doc.text, gz, declared=True)]
                if not all(phrases) and (len(items) == 1 or any(phrases)):
                    # "협회가 주관한다", "대한상의 주관으로", "협회와 한빛진흥원이 공동 주관한": one the article names in
                    # full, by its kind or short form
                    for n, (ph, item) in enumerate(zip(phrases, items)):
                        if ph is None and len(one := [x for x in item if not x.is_punct]) == 1:
                            if written is None:
                                written = written_orgs(doc, gz)
                            phrases[n] = named_elsewhere(one[0], written, gz)
                # ("A 등 5개 기관이 공동 주최했다": a list declared to be of several bodies is joint too)
                joint = not partner and (len(items) > 1 or declared) and (
                    _JOINT.search(w.text) is not None
                    or i > 0 and clause[i - 1].text == "공동" and w.text.startswith(("주최", "개최"))
                    or w.text == "공동으로" and i + 1 < len(clause)
                    and clause[i + 1].text.startswith(("주최", "개최", "마련", "준비", "열었", "연다")))
                for phrase in phrases:
                    if phrase:
                        found.append((phrase, role))
                        if joint:
                            jointly.add(_key(phrase))
                if any(phrases):
                    # "첫날은 한빛연구원이, 둘째 날은 다온리서치가 주관한다": a subject closed by a comma shares the verb of
                    # the parallel subject after it
                    found.extend((ph, role) for ph in _gapped_subjects(before, doc.text, gz))
            # (in the sentence that holds it, or one whose topic is the event: "이번 행사는 A가 B와 손잡고 마련한 자리다")
            # ("A는 'X'를 B와 공동 개최했다": B partners in holding it)
            cut = next((i for i, w in enumerate(clause) if w.stem == "함께" or _WITH_PARTNER.match(w.text)
                        or w.text == "잡고" and i > 0 and clause[i - 1].text == "손을"
                        or w.text == "공동" and i + 1 < len(clause) and _HELD_JOINTLY.match(clause[i + 1].text)), None) \
                if si == held or _event_topic(clause, len(clause), gz) and any(_PREPARED.search(w.text) for w in clause) \
                or _holds_the_event(doc, clause, gz) else None
            if cut is not None and clause[cut].stem != "함께":
                cut -= clause[cut].text == "잡고"  # "A와 손을 잡고": the partner before 손을
                if not (cut > 0 and clause[cut - 1].ending in ("와", "과")):
                    cut = None  # "협력해": with a partner named right before it only
            if cut is not None:
                # "A와 B가 함께 여는": the subject's organizations hold it together; "A는 B와 함께": B partners
                together = clause[cut].stem == "함께" and cut > 0 and clause[cut - 1].ending in ("이", "가")
                # ("A와 B가 함께 주관한": a 주관 shared is co-organizing, the verb's own role)
                shared_role = OrgRole.CO_ORGANIZER if cut + 1 < len(clause) \
                    and clause[cut + 1].text.startswith("주관") else OrgRole.ORGANIZER
                agents = _after_topic(clause[:cut], gz)
                # ("A, B, C 등 3개 기관이 함께 마련한": a list declared to be of bodies)
                declared = any(_DECLARED.match(" ".join(x.text for x in agents[k:k + 3])) for k in range(len(agents)))
                items = split_list(agents, gz)
                for item in items:
                    lawmaker = _lawmaker_before(item, len(item) - 1) if item else None
                    # "한빛협회는 김하늘 의원과 함께 …": the lawmaker partners through their office
                    phrase = org_item(item, doc.text, gz, declared=declared) or (_lawmaker_office(doc, item[:lawmaker + 1], gz)
                                                              if lawmaker is not None else None)
                    if phrase:
                        found.append((phrase, shared_role if together else OrgRole.CO_ORGANIZER))
                        if together and len(items) > 1 and shared_role is OrgRole.ORGANIZER:
                            jointly.add(_key(phrase))
    return found, jointly


# finite verbs whose subject holds the event, its object (also read by kg.extract.ko_roles for the person who
# holds it), and their connective forms ("간담회를 열고 … 청취했다": the subject holds it, then does more)
# (and the connective in -어: "설명회를 열어 … 안내한다")
HOLDING_VERBS = ("개최했|개최한다|개최합니다|열었|연다|엽니다|가졌|가진다|마련했|개최하고|개최하며|열고|갖고|가지고|마련하고|"
                 "열어|개최해|마련해")
# the event as the object of a finite holding verb, right after its subject's clause
# up to four words (a date, a place) between the event as object and its verb, none an object of its own:
# "토론회를 2일 국회의원회관에서 개최했다" (also read by kg.extract.ko_roles)
BEFORE_VERB = r"(?:[^\s.,'\"‘’“”]+(?<![을를])\s+){0,4}?"
# ("안 장관은 … 간담회를 주재했다": presiding over a meeting one's body holds)
_FINITE_HOLD = re.compile(rf"(?:을|를)\s*{BEFORE_VERB}(?:공동으로\s*|함께\s*)?(?:{HOLDING_VERBS}|개최할\s*예정|열\s*예정"
                          r"|주재했|주재한다|주재하고|주재하며)")


_AMID_REACH = 3  # words from a subject to the adnominal verb and 가운데 that set its clause in another


def _amid(clause: list[Word], i: int) -> bool:
    """The subject at ``i`` acts in a clause set in another's: ``A 대표가 참석한 가운데 …``."""
    for k in range(i + 1, min(len(clause) - 1, i + 1 + _AMID_REACH)):
        if "ETM" in clause[k].ending_tags and clause[k + 1].stem in ("가운데", "속"):
            return True
    return False


def _subject_index(clause: list[Word]) -> int | None:
    """The index of the clause's first topic or subject word (은/는/이/가, or the particle written apart)."""
    return next((n for n, w in enumerate(clause) if w.ending in ("은", "는", "이", "가")
                 or w.text in ("은", "는", "이", "가") and n > 0), None)


def _signing_partners(doc: Doc, clause: list[Word], gz: Gazetteer) -> list[OrgPhrase]:
    """``한빛테크노파크는 12일 다온전자와 '…업무협약'을 체결했다``: the organization written with 와/과 after the
    subject, in a clause whose verb signs an agreement, is its other party (one that signs with the subject)."""
    subject = _subject_index(clause)
    if subject is None or _SIGNED.search(doc.text, clause[subject].end, clause[-1].end) is None:
        return []
    out = []
    for w in clause[subject + 1:]:
        if w.quoted or w.ending in ("을", "를") or w.text in ("을", "를"):
            break  # the agreement itself
        if w.ending in ("와", "과") and (phrase := org_item([w], doc.text, gz)) is not None:
            out.append(phrase)
    return out


_PRESIDED = frozenset({"주재로", "주재하에", "주재로는"})


def _presiding_body(doc: Doc, clause: list[Word], i: int, gz: Gazetteer) -> OrgPhrase | None:
    """``안덕근 산업통상자원부 장관 주재로``, ``산업부 안덕근 장관 주재로``: the body of the head who presides over
    the meeting (``clause[i]`` the word 주재로) holds it."""
    if i < 1 or clause[i - 1].ending:
        return None
    # (a deputy presides for the body too: "과학기술정보통신부 류제명 제2차관 주재로")
    return _body_of_head(doc, clause, i - 1, gz, deputies=True)


# the deputies who preside over a meeting for their body, their number aside (제2차관, 1차관)
_DEPUTIES = frozenset({"차관", "부시장", "부지사", "부위원장", "부원장", "부총장", "부회장", "부청장", "차장"})


def _body_of_head(doc: Doc, clause: list[Word], t: int, gz: Gazetteer, *, deputies: bool = False) -> OrgPhrase | None:
    """The body a head's title at ``t`` leads, written with the name before the title (``NAME ORG 장관``,
    ``ORG NAME 장관``), or None (with ``deputies``, a deputy's title too: ``제2차관``)."""
    post = clause[t].stem
    if t < 2 or not (post in ORG_HEADS or deputies and re.sub(r"^제?\d", "", post) in _DEPUTIES):
        return None
    name, org = (clause[t - 2], clause[t - 1]) if is_name(clause[t - 2], gz) else (clause[t - 1], clause[t - 2])
    if not is_name(name, gz) or not org.bare:
        return None
    return org_item([org], doc.text, gz)


def _headed_holder(doc: Doc, clause: list[Word], i: int, gz: Gazetteer) -> list[OrgPhrase]:
    """``유상임 과학기술정보통신부 장관이 … 간담회를 열고``, ``과학기술정보통신부 유상임 장관은 …``: the body
    whose head (``clause[i]``, a title with its subject particle) is the subject of the verb that holds the
    event, when no other subject stands before that verb."""
    phrase = _body_of_head(doc, clause, i, gz)
    hold = _FINITE_HOLD.search(doc.text, clause[i].end, clause[-1].end)
    if phrase is None or hold is None or any(x.ending in ("은", "는", "이", "가") and x.start < hold.start()
                                             for x in clause[i + 1:]):
        return []  # (another subject before the verb: "A 대표가 … 한빛협회는 포럼을 열었다")
    return [phrase]


def _lawmaker_holders(doc: Doc, clause: list[Word], gz: Gazetteer) -> list[OrgPhrase]:
    """``김민석 의원(더불어민주당)은 … 공청회를 개최했다``: a lawmaker as the subject of the finite verb that
    holds the event holds it through their office (as with 주최), and so does each lawmaker listed with them in the
    subject (``A 의원과 B 의원은 … 공동 개최했다``); not when another subject holds it (``김 의원은 박 협회장이
    개최한 토론회에 참석했다``)."""
    i = _subject_index(clause)
    if i is None:
        return []
    lawmaker = _lawmaker_before(clause, i)
    if lawmaker is None:
        return []
    after = doc.text[clause[i].end:clause[-1].end]
    hold = _FINITE_HOLD.search(after)
    if hold is None or re.search(r"\S(?:이|가)\s", after[:hold.start()]):
        return []
    return _lawmaker_offices(doc, clause[:lawmaker + 1], gz)


def _past_when_and_where(words: list[Word]) -> int:
    """The end of the subject that ``words`` close with a day and a place after it (``김 의원이 5일 국회에서``),
    0 when the words are no such subject and adverbials."""
    k = len(words)
    place = False
    while k > 0 and (words[k - 1].ending.startswith("에서") or _WHEN_WORD.search(words[k - 1].text)
                     or words[k - 1].text in ("공동", "함께", "지난", "오는")
                     # (a place's words before it: "국회의원회관 소회의실에서")
                     or place and words[k - 1].bare and not (words[k - 1].is_particle or words[k - 1].is_punct)):
        place = place or words[k - 1].ending.startswith("에서")
        k -= 1
    if k > 1 and words[k - 1].is_particle:
        k -= 1  # "김 의원(다온당)이": the particle after a parenthesis, a word of its own
    return k if 0 < k < len(words) and (words[k - 1].ending in ("이", "가") or words[k].text in ("이", "가")) else 0


def _lawmaker_before(clause: list[Word], i: int) -> int | None:
    """The index of a lawmaker's title that the subject particle at ``i`` closes (``김 의원은``, ``김 의원
    (다온당)은``: past a particle written apart and a party in parentheses), or None."""
    j = i
    if clause[j].stem not in _LAWMAKER and clause[j].text in ("은", "는", "이", "가") and j > 0:
        j -= 1  # the particle written as a word of its own
    if clause[j].text in ")）":
        opening = next((k for k in range(j - 1, max(-1, j - 6), -1) if clause[k].text in "(（"), None)
        if opening is None or opening == 0:
            return None
        j = opening - 1
    return j if clause[j].stem in _LAWMAKER and not clause[j].quoted else None
_NAME_REACH = 4000  # characters back a lawmaker's surname (김 의원) looks for the full name


def _lawmaker_office(doc: Doc, words: list[Word], gz: Gazetteer) -> OrgPhrase | None:
    """``이용빈 더불어민주당 국회의원이 주최하고``, ``김 의원이 주관한다``: a lawmaker who holds an event
    holds it through their office (의원실), named after them; a surname alone takes the full name a lawmaker
    has earlier in the article."""
    if not words or words[-1].stem not in _LAWMAKER or words[-1].quoted:
        return None
    k = len(words) - 2
    if k >= 1 and (gz.known_org(words[k].text) or is_org_word(words[k].text, gz)
                   or len(words[k].text) >= 2 and words[k].text.endswith("당")):
        k -= 1  # the party between the name and the title (다온당, 더불어민주당)
    if k < 0 or not words[k].bare:
        return None
    name = words[k].text
    if len(name) == 1 and name in gz.surnames:  # "김 의원": the lawmaker named in full before
        earlier = re.findall(rf"({re.escape(name)}[가-힣]{{2}})\s+(?:[^\s]+\s+)?(?:국회)?의원",
                             doc.text[max(0, words[k].start - _NAME_REACH):words[k].start])
        if not earlier:
            return None
        name = earlier[-1]
    elif not is_name(words[k], gz):
        return None
    return OrgPhrase(words[k].start, words[-1].stem_end, f"{name} 의원실", written=False)


def _listed_lawmakers(words: list[Word], t: int, gz: Gazetteer) -> list[OrgPhrase]:
    """The offices of the names listed right before the title at ``t``, joined by a middle dot or a comma,
    each with its party in parentheses or none (``하서준(다온당)·민지유(한빛당) 의원``), last to first."""
    out: list[OrgPhrase] = []
    k = t - 1
    while k >= 0 and len(out) < 6:
        if words[k].text in ")）":
            opening = next((n for n in range(k - 1, max(-1, k - 4), -1) if words[n].text in "(（"), None)
            if opening is None:
                break
            k = opening - 1  # (the party in parentheses after the name)
        # (a name right before its party's parenthesis has no particle, whatever the analyser cut: 하서준 -> 하서 + 준)
        if k < 0 or not (words[k].bare or k + 1 < len(words) and words[k + 1].text in "(（") or words[k].quoted:
            break
        w = words[k]
        offset = w.end
        for part in reversed(re.split(r"([·ㆍ,])", w.text)):
            offset -= len(part)
            if part and part not in "·ㆍ,":
                if not is_name(Word(part, offset, offset + len(part), part, "", (), False), gz):
                    return out
                out.append(OrgPhrase(offset, offset + len(part), f"{part} 의원실", written=False))
        if w.text[:1] in "·ㆍ,":
            k -= 1
        elif k > 0 and words[k - 1].text in ("·", "ㆍ", ","):
            k -= 2
        else:
            break
    return out


def _lawmaker_offices(doc: Doc, words: list[Word], gz: Gazetteer) -> list[OrgPhrase]:
    """The offices of every lawmaker named in ``words`` (``A 의원(다온당)과 B 의원은``, ``A 다온당 의원과 B
    의원이``), each read as :func:`_lawmaker_office` reads the last."""
    out: list[OrgPhrase] = []
    for t, w in enumerate(words):
        if w.stem in _LAWMAKER and not w.quoted and len(listed := _listed_lawmakers(words, t, gz)) > 1:
            # "하서준(다온당)·민지유(한빛당) 의원이", "하서준·민지유 의원이": names listed before one title
            out.extend(o for o in reversed(listed) if all(o.text != x.text for x in out))  # (in the text's order)
            continue
        if w.stem in _LAWMAKER and not w.quoted:
            office = _lawmaker_office(doc, [*words[max(0, t - 2):t], w], gz)
            if office is not None and all(o.text != office.text for o in out):
                out.append(office)
    return out


# "A와 협력해 … 개최했다", "A와 손잡고 … 열었다": the partner the holder holds the event with
_WITH_PARTNER = re.compile(r"^(?:협력해|협력하여|협력하고|손잡고|협업해|협업하여|연계해|연계하여)$")
_JOINT = re.compile(r"^공동(?:으로)?\s*(?:주최|개최)")
_HELD_JOINTLY = re.compile(r"^(?:개최|마련|진행)(?:했|한다|하며|하고|해|합니다)|^(?:열었|연다|열며|열고)")


def _box_item(item: list[Word], gz: Gazetteer) -> bool:
    """An item of a fact box's list of organizations, one to three words with no digits and no person's
    name: a name no list knows (``한빛시``, ``다온 AI 허브``)."""
    words = [w for w in item if not w.is_particle and not w.is_punct]
    return 0 < len(words) <= 3 and not any(ch.isdigit() for w in words for ch in w.text) \
        and not any(is_name(w, gz) and len(words) > 1 for w in words)


# (a subject, a topic, a list's joint, or the copula closing "후원사는 A와 B다")
_NOMINAL_ENDINGS = frozenset({"", "이", "가", "은", "는", "도", "와", "과", "다", "이다", "였다", "이었다", "입니다"})


def _nominal(item: list[Word]) -> bool:
    """An item that is a noun phrase (a subject, a topic, a bare list item), not a verb: ``누리이벤트가``,
    not ``참여했다`` in ``협력기관으로 참여했다``."""
    words = [w for w in item if not w.is_punct]
    return bool(words) and words[-1].ending.rstrip(".") in _NOMINAL_ENDINGS


def _proper_item(item: list[Word]) -> bool:
    """A list item of one or two words the analyser reads as a proper noun (``코엑스가``)."""
    words = [w for w in item if not w.is_particle and not w.is_punct]
    return 0 < len(words) <= 2 and words[-1].proper and not any(ch.isdigit() for w in words for ch in w.text)


def _proper_subject(item: list[Word], gz: Gazetteer) -> bool:
    """A proper noun with its subject particle that is not shaped like a personal name: ``코엑스가``, not
    ``김도윤이`` (a person's cue has its own frame)."""
    words = [w for w in item if not w.is_punct]
    if len(words) == 1 and words[0].ending in ("이", "가") and short_form_or_name(words[0].stem, gz):
        return True  # "포럼은 한빛대가 주최했다": a university's short form (a person who hosts has a title)
    if not _proper_item(item) or words[-1].ending not in ("이", "가"):
        return False
    stem = words[-1].stem
    return not (len(words) == 1 and re.fullmatch(r"[가-힣]{2,4}", stem)
                and (stem[0] in gz.surnames or stem[:2] in gz.surnames))


def _partner(words: list[Word]) -> list[Word]:
    """The organizations joined by 와/과 that end ``words``: the bare words and commas right before, back
    to a word with a case ending (a date, a place) or to 소속 (``국회 산자위 소속 김민석 의원실과``)."""
    k = len(words) - 1
    while k > 0 and (words[k - 1].bare and words[k - 1].text != "소속" and not words[k - 1].is_punct
                     and not _WHEN_WORD.search(words[k - 1].text)  # ("16일 오후 A와": the day, no partner's word)
                     or words[k - 1].text in (",", "·")):  # "A, B 등과 공동으로": a list of partners
        k -= 1
    return words[k:]


# preparing the event: its holder's verb when the event is its object or topic ("행사를 준비한", "포럼은 … 마련했다")
# ("… 함께 마련했습니다": a broadcast's polite ending too)
_PREPARED = re.compile(r"(?:마련|준비)(?:한|했던|했다|했습니다|했으며|했고|하고|하는|합니다)"
                       # "이 행사는 한빛협회가 매년 개최하는 …": holding the event that is the topic
                       # ("포럼을 연 한빛협회는": the adnominal past of 열다)
                       r"|개최(?:한|하는|해온|해\s*오는|해왔던)$|여는$|열어온$|연$|열었던$")
# "행사는 한빛협회가 개최했다": the finite verb of holding, with the event as the clause's topic
# ("이번 포럼은 A와 B가 매년 공동 개최하고 있다", "… 개최해 오고 있다", "… 개최한다": the present and the habitual too)
_HELD_TOPIC = re.compile(r"(?:개최했|열었)(?:다|으며|고|습니다)|개최하고$|개최해\s*(?:오고|왔)|개최해$|개최한다|개최합니다|연다|엽니다")
_EVENT_REACH = 4  # words back from a preparing verb to the event it takes
# adnominal, right before the event it describes ("한빛협회가 여는 '…포럼'", "다온재단이 개최하는 '…'"); preparing
# describes any event word after it, holding only a named one
# ("한빛협회가 올해 처음 선보인 '…포럼'": presenting a gathering of its own is readying it)
_READIED = re.compile(r"(?:마련|준비)(?:한|하는)|선보인|선보이는")
_PREPARED_BEFORE_NAME = re.compile(r"(?:마련|준비|개최)(?:한|하는)|여는|연|열었던|열어온|선보인|선보이는")


def _event_before(clause: list[Word], i: int, gz: Gazetteer) -> bool:
    """The event is the object or the topic of the preparing verb at ``i``: an event word with 을/를 or
    은/는, among the few words before it (``이번 행사는 한빛협회가 마련했다``, ``포럼을 준비한``)."""
    # (an alias in parentheses, "한국과학기술원(KAIST)이", counts as one word)
    words = [x for x in clause[:_past_purpose(clause, i)] if not x.is_punct and not (x.stem.isascii() and x.stem.isupper())
             and x.text not in ONE_SYLLABLE_PARTICLES]  # (a particle left alone after ")")
    k = i - 1  # "'2024 AI 포럼'을 개최한": the particle left alone after the quoted name's closing quote
    if k >= 2 and clause[k].text in ("을", "를") and clause[k - 1].text in CLOSING_QUOTES \
            and _event_type(clause[k - 2].stem, gz):
        return True
    return any(x.ending in ("을", "를", "은", "는") and (x.stem in ("행사", "자리", "대회") or _event_type(x.stem, gz))
               for x in words[-_EVENT_REACH:]) or _event_topic(clause, i, gz)


_PURPOSE = frozenset({"위해", "위하여", "위해서"})  # "…를 위해": for the sake of, an adverbial with its own object
_PURPOSE_REACH = 4  # words of a purpose phrase before the verb (its object and what describes it)


def _past_purpose(clause: list[Word], i: int) -> int:
    """Where the words before the verb at ``i`` end once a purpose phrase right before it is set aside (``회원사 간
    교류를 위해 마련했다`` -> before ``회원사``, ``AI 전환을 지원하기 위해``): the index to read the verb's own topic or
    object up to."""
    if i < 2 or clause[i - 1].text not in _PURPOSE:
        return i
    at = i - 2  # the purpose's object, then the bare words that describe it
    if at > 0 and clause[at].text.endswith("기") and not clause[at].quoted:
        at -= 1  # "AI 전환을 지원하기 위해": a verb's -기 form, its object before it
    if clause[at].ending not in ("을", "를"):
        return i
    # ("지역 제조기업의 AI 전환을": the bare words and genitives that describe the object)
    while at > 0 and i - at < _PURPOSE_REACH + 2 and (clause[at - 1].bare or clause[at - 1].ending == "의") \
            and not clause[at - 1].quoted:
        at -= 1
    return at


def _holds_the_event(doc: Doc, clause: list[Word], gz: Gazetteer) -> bool:
    """The clause holds an event as the object of a finite holding verb (``한빛협회는 다온재단과 함께 이번
    포럼을 열었다``): its subject and partners hold the article's event, in a sentence of its own."""
    # ("한빛협회가 다온재단과 손잡고 개최한 이번 포럼에는": the adnominal of holding before the event)
    return any(w.ending in ("을", "를") and _names_an_event(w, gz)
               and _FINITE_HOLD.match(doc.text, w.end - len(w.ending)) is not None
               or _ADNOMINAL_HELD.search(w.text) is not None and n + 1 < len(clause)
               and _names_an_event(clause[n + 1 + (clause[n + 1].text in ("이번", "올해", "이날") and n + 2 < len(clause))], gz)
               for n, w in enumerate(clause))


def _conducts_something_else(clause: list[Word], gz: Gazetteer) -> bool:
    """``한빛협회는 공동연구를 진행했다``, ``한빛전자는 부스를 열었다``, ``참가를 준비한 한빛전자는``: carrying
    out, opening or preparing (진행, 열다, 갖다, 마련, 준비) with an object that is no event, or is a press event of
    its own, holds none."""
    verb = next((n for n, w in enumerate(clause) if w.text.startswith(_DOING_OR_OPENING) and not w.quoted), None)
    # the verb's own object, the last before it ("로봇 인재를 위한 행사를 마련했다": the event), past a purpose
    # ("행사는 한빛협회가 교류를 위해 마련했다": 교류 is the purpose's object, the verb's is the topic)
    at = next((n for n in range(_past_purpose(clause, verb) - 1, -1, -1) if clause[n].ending in ("을", "를")), None) \
        if verb is not None else None
    if at is None:
        return False
    obj = clause[at]
    # ("삼성전자는 프레스 콘퍼런스를 진행했다": a company's press event at the event is its own, not the event)
    press = obj.stem in _PRESS_EVENTS or at > 0 and clause[at - 1].bare and clause[at - 1].text + obj.stem in _PRESS_EVENTS
    return press or not _names_an_event(obj, gz) and obj.stem not in ("행사", "자리", "대회")


# the press's gatherings a company holds at a larger event
_PRESS_EVENTS = frozenset({"기자회견", "기자간담회", "기자설명회", "미디어데이", "프레스콘퍼런스", "프레스컨퍼런스", "프레스데이",
                           "언론간담회"})


_DOING_OR_OPENING = ("진행", "열었", "열어", "열고", "연다", "가졌", "가진다", "갖고", "마련", "준비")


def _of_a_gathering(clause: list[Word], k: int, gz: Gazetteer) -> bool:
    """The name from word ``k`` (quoted, or a type word alone) has a gathering's type word in it."""
    n = k
    while n < len(clause) and (n == k or clause[n].quoted):
        if _event_type(clause[n].stem, gz) is not None:
            return True
        n += 1
    return False


def _names_an_event(w: Word, gz: Gazetteer) -> bool:
    """The word is an event's quoted name or a type word (``포럼``, ``'2025 AI 포럼'``)."""
    return w.quoted or _event_type(w.stem, gz) is not None


_SUPPORTS = re.compile(f"지원{_FINITE}")
_COOPERATES = re.compile(f"협력{_FINITE}")
_SUPPORTING = re.compile(r"지원(?:하는|한)")


def _supports_the_event(clause: list[Word], i: int, nxt: int, gz: Gazetteer, topical: bool = False) -> bool:
    """Support given to the event itself, as a sponsor's: the clause's topic is the event (``이번 포럼은
    산업부가 지원하고 B가 주관했다``), or the adnominal verb describes the event named next (``산업부가 지원하는
    '…포럼'``); not ``정부가 지원하는 사업``."""
    w = clause[i]
    if w.quoted:
        return False
    if _SUPPORTS.fullmatch(w.text.rstrip(".")):
        return topical or _event_topic(clause, i, gz)  # (``topical``: the sentence opens with the event as topic)
    return _SUPPORTING.fullmatch(w.text) is not None and nxt < len(clause) and _names_an_event(clause[nxt], gz)


def _about_an_event(doc: Doc, gz: Gazetteer) -> bool:
    """A sentence opens with an unnamed event as its topic and says who took a part in holding it (``이번
    토론회는 한빛협회가 주관했다``): the article reports that event, though it names it nowhere."""
    for sent in doc.sentences:
        parts = clauses(sent)
        if parts and _event_topic(parts[0], len(parts[0]), gz) \
                and any(_role_of_cue(w) is not None for clause in parts for w in clause):
            return True
    return False


def _event_topic(clause: list[Word], i: int, gz: Gazetteer) -> bool:
    """The clause opens with the event as its topic (``이번 행사는 A와 B, C가 함께 준비했다``), the verb at ``i``."""
    lead = 0  # ("한편, 이번 포럼은 …": past a connective that opens the sentence)
    while lead < len(clause) and (clause[lead].text in _CONNECTIVES or clause[lead].text == ","):
        lead += 1
    return any(_event_as_topic(x, gz) for x in clause[lead:min(i, lead + 3)])


def _event_as_topic(x: Word, gz: Gazetteer) -> bool:
    """``x`` is the event with the topic particle (``이번 포럼은``, ``행사는``)."""
    return x.ending in ("은", "는") and (x.stem in ("행사", "대회") or _event_type(x.stem, gz) is not None)


def _announced_in_a_box(doc: Doc) -> bool:
    """The article holds an announcement's fact box, its lines saying when and where (``- 일시: …``, ``- 장소:
    …``, or both in one: ``○ 일시/장소 : … / …``): it reports that event, though it names it nowhere."""
    return _BOX_WHEN_WHERE.search(doc.text) is not None or _BOX_WHEN_WHERE_COLON.search(doc.text) is not None \
        or _BOX_WHEN.search(doc.text) is not None and _BOX_WHERE.search(doc.text) is not None


_CONNECTIVES = frozenset({"한편", "한편,", "또한", "또", "특히", "아울러", "이어", "그리고", "이와", "더불어"})


_ADNOMINAL_CUE = re.compile(r"(?:주최|주관|후원|협찬)(?:한|하는|했던|하고\s*있는)$")
# "주최측인 한빛협회", "주관사인 다온연구원", "후원기관인 …": the body in that part, named after the cue
_SIDE = r"(?:측|사|기관|단체)(?:인|으로서|로서)"  # the side, and the adnominal copula that names it
_SIDE_CUE = re.compile(rf"(?:주최|주관|후원|협찬)\s*{_SIDE}$")
_SIDE_IS = re.compile(_SIDE)  # the second word of "주최 측인"
_MAX_ORG_AFTER_CUE = 4  # words of the organization an adnominal cue points forward to


def _adnominal_cue_orgs(clause: list[Word], i: int, doc_text: str, gz: Gazetteer) -> list[OrgPhrase]:
    """``행사를 주최한 한빛협회의 …``, ``포럼을 후원한 다온전자 관계자는``, ``공동 주관한 다온재단과
    루미연구원은``: an adnominal cue describes the organizations written right after it (words with an
    organization's form, up to a particle; a list goes on after 와/과 or a comma)."""
    start = i + 1
    if i + 1 < len(clause) and clause[i].bare and _SIDE_IS.fullmatch(clause[i + 1].text):
        start = i + 2  # "주최 측인 한빛협회는": the side that holds it, named after
    elif not (_ADNOMINAL_CUE.search(clause[i].text) or _PREPARED.fullmatch(clause[i].text)
              or _SIDE_CUE.search(clause[i].text)):
        return []
    found: list[OrgPhrase] = []
    while start < len(clause) and len(found) < _MAX_LISTED:
        got = _org_from(clause, start, doc_text, gz)
        if got is None:
            break
        phrase, last = got
        found.append(phrase)
        if clause[last].ending in ("와", "과"):
            start = last + 1
        elif last + 1 < len(clause) and clause[last + 1].text in (",", "·"):
            start = last + 2
        else:
            break
    return found


_MAX_LISTED = 8  # organizations one adnominal cue describes


def _adnominal_lawmaker(doc: Doc, clause: list[Word], i: int, gz: Gazetteer) -> list[OrgPhrase]:
    """``토론회를 주최한 김도윤 의원(다온당)은``, ``공동 주최한 김도윤 다온당 의원과 이수진 의원은``: the lawmakers an
    adnominal cue describes hold the event through their offices."""
    if not _ADNOMINAL_CUE.search(clause[i].text) or clause[i].quoted:
        return []
    words = clause[i + 1:i + 1 + _MAX_ORG_AFTER_CUE * 2]
    end = next((n + 1 for n, w in enumerate(words) if w.ending and w.ending not in ("와", "과")), len(words))
    return _lawmaker_offices(doc, list(words[:end]), gz)


def _org_from(clause: list[Word], start: int, doc_text: str, gz: Gazetteer) -> tuple[OrgPhrase, int] | None:
    """The organization whose words start at ``start`` (up to the first word with a particle), with the
    index of its last word."""
    item: list[Word] = []
    for w in clause[start:start + _MAX_ORG_AFTER_CUE]:
        if w.quoted or w.is_punct:
            break  # "후원하는 '2025 로봇산업 AI 컨퍼런스'가": the event the cue describes, no organization
        item.append(w)
        if not w.bare:
            break
    if item and _event_type(item[-1].stem, gz):
        return None  # "주최한 스마트제조 포럼에서": an event
    short_form = False
    while item and not (is_org_word(item[-1].stem, gz) or gz.known_org(item[-1].stem)
                        or (short_form := _short_form_here(clause, start + len(item) - 1, gz))):
        item.pop()  # "다온전자 관계자는": the organization before the person's word
    phrase = org_item([*item[:-1], item[-1].as_bare], doc_text, gz, declared=short_form) if item else None
    return (phrase, start + len(item) - 1) if phrase else None


def _short_form_here(clause: list[Word], k: int, gz: Gazetteer) -> bool:
    """``공동 주최한 한빛대와 다온전자는``: a word shaped like a university's short form or a name (한빛대)
    where a cue's organizations are written, with a list or topic particle and no title after it (a person
    there has one: ``주최한 김민대 교수는``)."""
    w = clause[k]
    return short_form_or_name(w.stem, gz) and w.ending in ("와", "과", "은", "는", "이", "가", "") \
        and not (k + 1 < len(clause) and gz.is_title(clause[k + 1].stem))


_FINITE_CUE = re.compile(r"(?:주최|주관|후원|협찬)(?:했|한다|하며|하고|해\s*왔)")


def _topic_org(words: list[Word], gz: Gazetteer) -> list[Word]:
    """The organization a clause is about (``다온전자는``, ``한빛협회가``), bare, or nothing."""
    for w in words:
        if w.ending in ("은", "는", "이", "가") and not w.quoted and is_org_word(w.stem, gz):
            return [w.as_bare]
    return []


def _after_topic(words: list[Word], gz: Gazetteer) -> list[Word]:
    """Drop a leading topic phrase (``이번 포럼은``) and anything before a date or venue."""
    start, depth = 0, 0
    for i, w in enumerate(words):
        depth += (w.text in "(（") - (w.text in ")）")
        # (all at the top level: "B(이하 'NIPA')과 함께" keeps its alias's quotes inside the parentheses)
        if depth == 0 and (w.ending in ("은", "는", "에는", "에서", "에서는", "을", "를") and not is_org_word(w.stem, gz)
                           or w.is_particle and w.text in ("은", "는", "을", "를")
                           or re.search(r"\d+일$", w.stem) or w.quoted or w.text in "'’\"”」』]】="):
            start = i + 1
            if i + 1 < len(words) and words[i + 1].is_particle:  # "'…'이 A, B 공동 주최로"
                start = i + 2
    return words[start:]


def _year_of(names: list[tuple[str, Span, int]]) -> str | None:
    """Without a publication date, a year in the event's name (``2023년 KOITA 혁신기술포럼``,
    ``SK AI 서밋 2024``) still settles the year of a month-and-day date."""
    for name, _span, _si in names:
        m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", name)
        if m:
            return f"{m.group(1)}-07-01"
    return None


def _named_held_before(doc: Doc, held: int, name_spans: list[Span]) -> int | None:
    """The first sentence before ``held`` that names the event with a holding verb and a day (``17일 열린
    'X'의 …``), when the holding sentence names no day of its own."""
    said = re.sub(r"\d+\s*일\s*(?:밝혔|말했|전했)", "", doc.sentences[held].text(doc.text))
    if _DAYISH.search(said):
        return None  # the holding sentence's day, unsettled, is not another's to give
    for si, sent in enumerate(doc.sentences[:held]):
        if any(sent.span.start <= s.start < sent.span.end for s in name_spans) \
                and _HELD.search(text := sent.text(doc.text)) and re.search(r"\d\s*일", text):
            return si
    return None


def _date(doc: Doc, held: int, names: list[tuple[str, Span, int]]) -> tuple[str | None, str | None]:
    """The date in the holding sentence (or a later one), skipping 'said on' dates (25일 밝혔다)."""
    reference = doc.article.published or _year_of(names)
    for at, sent in enumerate(doc.sentences[held:], start=held):
        text = sent.text(doc.text)
        if sent is not doc.sentences[held] and not _HELD.search(text):
            continue
        dates = [d for d in find_dates(text, reference, future=_tense(text))
                 if not re.match(r"\s*(?:밝혔|말했|전했)|[^.]{0,12}따르면", text[d.span.end:d.span.end + 16])
                 and (doc.article.published or "월" in text[d.span.start:d.span.end])]
        if dates:
            stretch = _STRETCH_ENDED.search(text)
            # (a day, then the stretch that ended on it: "18일 사흘간의 일정을 마치고 폐막했다" ran 16 to 18, not on from 18)
            counted_on = stretch is not None and dates[0].end is not None and stretch.start() > dates[0].span.start \
                and _RANGE_WRITTEN.search(text, dates[0].span.start, dates[0].span.end) is None
            if stretch and (dates[0].end is None or counted_on):  # "사흘간의 일정을 마치고 15일 막을 내렸다": count back
                # (from the last day written before the close: "지난 3일 막을 올린 'X'가 5일 사흘간의 일정을 마치고")
                closing = [d for d in dates if d.span.start < stretch.end()] or dates
                last = date.fromisoformat(closing[-1].start)
                days = DAY_COUNTS.get(stretch.group(1)) or int(stretch.group(1))
                return (last - timedelta(days=days - 1)).isoformat(), last.isoformat()
            end = dates[0].end or _stretch_on(text, dates[0].start) \
                or _until(doc, at, dates[0].start, tuple(n for n, _s, _k in names))
            if end is None and _CLOSED.search(text, dates[0].span.end):
                # "'X'가 18일 막을 내렸다. … 16일 개막한 …": the day it closed, and the day it opened said after
                opened = _opened_before(doc, at, dates[0].start, reference)
                if opened is not None:
                    return opened, dates[0].start
            return dates[0].start, end
        if "이날" in text and doc.article.published:
            # "이날" is the day last named: "…장을 22일 마련했다. … 이날 컨퍼런스에 앞서 …"
            day = _day_named_before(doc, sent, reference) or doc.article.published
            return day, _stretch_on(text, day)
        said = re.sub(r"\d+\s*일\s*(?:밝혔|말했|전했)", "", text)
        if sent is doc.sentences[held] and _DAYISH.search(said):
            return None, None  # the text names a day it cannot settle: no date rather than a wrong one
    return None, None


# a range written out inside a date's words: "16일부터 18일까지", "3~4일", "3-4일"
_RANGE_WRITTEN = re.compile(r"부터|까지|[~∼〜-]")
# the verbs that close an event, right after its day: "18일 막을 내렸다", "18일 폐막했다"
_CLOSED = re.compile(r"\s*(?:[가-힣]+\s+){0,2}?(?:막을\s*내렸|폐막했|폐막식을\s*갖)")
# a day, then the opening verb right after it: "16일 개막한", "지난 16일 막을 올린", "16일 문을 연"
_OPENED_ON = re.compile(r"\s*(?:개막|막을\s*올|문을\s*(?:열|연)|시작)")
_OPENED_REACH = 4  # sentences after the closing one where the opening day is looked for


def _opened_before(doc: Doc, at: int, closed: str, reference: str | None) -> str | None:
    """The day the event opened, said in one of the few sentences after the one that says the day it closed
    (``지난 16일 개막한 포럼은 …``, ``16일부터 사흘간 … 열린``), when it is before that day."""
    for sent in doc.sentences[at + 1:at + 1 + _OPENED_REACH]:
        text = sent.text(doc.text)
        for d in find_dates(text, reference, future=False):
            if d.end == closed and d.start < closed:
                return d.start  # "16일부터 사흘간 … 열린 엑스포": the stretch that ended on the closing day
            if d.end is None and _OPENED_ON.match(text, d.span.end) and d.start < closed \
                    and (date.fromisoformat(closed) - date.fromisoformat(d.start)).days < 15:
                return d.start
    return None


# a stretch of days from the opening: "이날 개막해 사흘간 이어진다", "20일 문을 열어 나흘 동안 열린다"
# (or the stretch as the opening's schedule before its verb: "나흘간의 일정으로 개막했다", "닷새 일정으로 막을 올렸다")
_STRETCH_OPENED = re.compile(r"(?:개막|개최|시작|문을\s*열)[가-힣]*\s+(?:[가-힣]+\s+){0,2}?"
                             r"(?P<days>이틀|양일|사흘|나흘|닷새|엿새|\d)\s*(?:일\s*)?(?:간|동안)"
                             r"|(?P<days2>이틀|양일|사흘|나흘|닷새|엿새|\d)\s*(?:일\s*)?간?(?:의)?\s*일정으로\s+"
                             r"(?:[가-힣]+\s+){0,2}?(?:개막|개최|시작|문을\s*열|막을\s*올|열)")


def _stretch_on(sentence: str, start: str) -> str | None:
    """The last day of a stretch of days the sentence says the event runs from its opening on ``start``."""
    m = _STRETCH_OPENED.search(sentence)
    if m is None:
        return None
    written = m.group("days") or m.group("days2")
    days = DAY_COUNTS.get(written) or int(written)
    return (date.fromisoformat(start) + timedelta(days=days - 1)).isoformat() if days > 1 else None


# the verb that holds the event, by its tense: "23일 개최한다고 밝혔다" is to come, "23일 열렸다" is past
_HELD_FUTURE = re.compile(r"(?:(?:개최|진행|마련|시작|개막)(?:(?:한다|된다)고?|할|될)|"
                          r"(?:연다|열린다|갖는다)고?|열릴|가진다|가질|펼쳐진다|펼쳐질)(?![가-힣])"
                          r"|(?:할|될|열|열릴)\s*예정|(?:열|개최하|갖|마련하)기로|개최키로")  # "열 예정이다", "열기로 했다"
# (and the past of the adnominal forms: "11일 개최된 간담회에 참석했다", "지난달 열린 포럼")
_HELD_PAST = re.compile(r"(?:개최|진행|마련|시작|개막)(?:했|됐|되었|하였)|열었|열렸|가졌|펼쳐졌|성료|폐막했|막을\s*내렸"
                        r"|(?:개최|진행|마련)된(?![가-힣])|열린(?![가-힣])")


def _tense(sentence: str) -> bool | None:
    """True when the sentence holds the event in the future, False in the past, None when it cannot tell
    (both, or neither)."""
    future, past = _HELD_FUTURE.search(sentence), _HELD_PAST.search(sentence)
    return None if bool(future) == bool(past) else bool(future)


# "행사는 24일까지 사흘간 열린다", "전시는 오는 26일까지 이어진다": the last day, in the sentence after the start
# ("16일까지 사흘간 열리는 이번 전시회": the adnominal forms too; "19일까지 경기 고양시 킨텍스 제1전시장에서 열린다":
# a place of several words between)
_UNTIL = re.compile(r"(?:(\d{1,2})\s*월\s*)?(\d{1,2})\s*일\s*까지\s*(?:\S+\s+){0,6}?(?:열린다|열리며|열렸다|진행된다|진행되며|"
                    r"진행됐다|계속된다|이어진다|이어지며|개최된다|펼쳐진다|펼쳐지며|계속됐다|이어졌다|"
                    r"열리는|진행되는|계속되는|이어지는|펼쳐지는)")
_UNTIL_REACH = 3  # the date's sentence and the two after it, which may give the last day
# ... or a later one whose topic is the event by its kind ("전시회는 11일까지 사흘간 이어지며"), at most this many on
# (after a word that only links it to what came before: "한편 엑스포는 21일까지 이어진다")
_KIND_TOPIC = re.compile(r"\s*(?:(?:한편|또한|아울러|또)\s*,?\s*)?(?:이번|올해)?\s*"
                         r"(?:행사|전시회|전시|박람회|포럼|세미나|컨퍼런스|콘퍼런스|엑스포|축제|대회|서밋|"
                         r"페스티벌|쇼|페어)(?:는|은)\s")
_KIND_TOPIC_REACH = 8


def _until(doc: Doc, at: int, start: str, names: tuple[str, ...] = ()) -> str | None:
    """The last day of an event that starts on ``start`` in sentence ``at``, written as ``N일까지`` in that
    sentence or the next two, or in a later one whose topic is the event by its kind or its name (``names``, less
    a year) or that has no subject."""
    first = date.fromisoformat(start)
    bare = tuple({re.sub(r"\s*(?:19|20)\d\d$", "", n) for n in names if n})
    for n, other in enumerate(doc.sentences[at:at + _KIND_TOPIC_REACH]):
        text = other.text(doc.text).lstrip()
        if n >= _UNTIL_REACH and not _KIND_TOPIC.match(text) and not _UNTIL.match(text) \
                and not any(text.startswith(b) and re.match(r"\s*(?:(?:19|20)\d\d\s*)?(?:는|은)\s", text[len(b):])
                            for b in bare):
            continue  # (a sentence with no subject, opening on the day: "20일까지 사흘간 열렸다", the topic's; "하노버
            # 메세는 24일까지 닷새간 열린다": the event by its name)
        m = _UNTIL.search(other.text(doc.text))
        if m is None:
            continue
        month, day = (int(m.group(1)) if m.group(1) else first.month), int(m.group(2))
        year = first.year + (1 if month < first.month else 0)
        if not m.group(1) and day < first.day:
            month, year = (1, year + 1) if month == 12 else (month + 1, year)  # "28일부터 … 3일까지": the next month
        try:
            last = date(year, month, day)
        except ValueError:
            return None
        return last.isoformat() if 0 < (last - first).days <= 31 else None
    return None


def _day_named_before(doc: Doc, sent: Sentence, reference: str | None) -> str | None:
    """The last date written before ``sent`` (nearest sentence first, at most ten back), other than a
    'said on' date."""
    at = doc.sentences.index(sent)
    for earlier in reversed(doc.sentences[max(0, at - 10):at]):
        text = earlier.text(doc.text)
        dates = [d for d in find_dates(text, reference)
                 if not re.match(r"\s*(?:밝혔|말했|전했)", text[d.span.end:d.span.end + 8])]
        if dates:
            return dates[-1].start
    return None


_HANGUL_ORDINALS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
_SPELLED_EDITION = re.compile(r"(두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*번째(?:로\s*(?:열린|열리는|개최된|개최되는|열렸|개최됐|마련된)|"
                              r"\s*(?:를|을)\s*맞(?:은|는|았)|인\s*(?:이번|올해)|(?=\s*(?:행사|대회|포럼|세미나|컨퍼런스|콘퍼런스|"
                              r"엑스포|박람회|심포지엄|서밋)(?:는|은|가|이|로|에|를|을)))")


def _edition(doc: Doc, name: str | None) -> int | None:
    """``제3회``, ``4회째``, ``올해 처음`` in the name, else anywhere in the article."""
    for n, text in enumerate([name or ""] + [s.text(doc.text) for s in doc.sentences]):
        m = _EDITION.search(text)
        base, quotes = (doc.sentences[n - 1].span.start, doc.sentences[n - 1].quotes) if n else (0, ())
        while m and name and any(q.outer.start < base + m.start() < q.outer.end
                                 and name not in doc.slice(q.inner.start, q.inner.end) for q in quotes):
            m = _EDITION.search(text, m.end())  # "같은 날 '제5회 한빛 AI 어워즈'도 열렸다": another event's own edition
        if m:
            return int(m.group(1) or m.group(2))
        spelled = _SPELLED_EDITION.search(text)
        if spelled:  # "두 번째로 열린 이번 포럼", "올해로 세 번째인 행사"
            return _HANGUL_ORDINALS[spelled.group(1)]
    return 1 if any(_FIRST_EDITION.search(s.text(doc.text)) for s in doc.sentences) else None


def _attendance(doc: Doc) -> int | None:
    """``200여 명이 참석``: the first head count in a sentence about taking part."""
    for s in doc.sentences:
        line = s.text(doc.text)
        # ("누적 참관객은 1만2000명에 달했다", "관람객 3만 명의 발길이 이어졌다": visitors counted too)
        if re.search(r"참석|참여|참가|모였|자리|찾았|방문|몰렸|다녀갔|참관|관람|청중|인파|발길", line) \
                and not _PAST_EDITION.search(line):
            for m in _ATTEND.finditer(line):
                if _ON_STAGE_COUNTED.search(line, max(0, m.start() - 12), m.start()) \
                        or _ON_STAGE_AFTER.match(line, m.end()):
                    continue  # "국내외 연사 20여명이 참여해", "전문가 30여명이 연사로 참여한다": the speakers counted
                if _PART_TOPIC.search(line, max(0, m.start() - _PART_TOPIC_REACH), m.start()) \
                        or _COUNT_AND_MORE.match(line, m.end()):
                    # "종합토론에는 기업 대표 4명이 참여했다": a part's; "대표 8명과 관계자 등이 참석해": some of them
                    continue
                count = _head_count(m)
                if count:
                    return count
    return None


# the people on stage counted before a head count ("연사 20여명", "발표자 12명"): no attendance
_ON_STAGE_WORDS = r"(?:연사|발표자|강연자|연자|패널리스트|패널|토론자|심사위원|멘토|좌장)(?:진|단)?"
_ON_STAGE_COUNTED = re.compile(rf"{_ON_STAGE_WORDS}\s*(?:등\s*)?$")
# ... or named as the part the counted take after it ("전문가 30여명이 연사로 참여한다")
_ON_STAGE_AFTER = re.compile(rf"\s*(?:이|가|의)?\s*{_ON_STAGE_WORDS}\s*(?:으로|로|를|을)")


def _head_count(m: re.Match[str]) -> int | None:
    """The number a match of :data:`_ATTEND` writes (1만2000 -> 12000), or None when it has no digits."""
    def number(group: str) -> int:
        return int((m.group(group) or "0").replace(",", "") or "0")
    if not (m.group("man") or m.group("cheon") or m.group("rest")):
        return None
    return number("man") * 10000 + number("cheon") * 1000 + number("rest")


# a part of the programme as the topic before a head count ("종합토론에는", "2부 세션에서는"; not "토론회에는", the
# event): the people counted took that part, no attendance
_PART_TOPIC = re.compile(r"(?:토론|토의|세션|대담|발표|강연|\d\s*부)(?:에는|에서는|엔|에선)\s")
_PART_TOPIC_REACH = 60  # characters before the count the part's topic stands within
# a head count joined by 과/와 to others ("기업 대표 8명과 공급기업 관계자 등이"), or before the sum of them all ("대표
# 80명과 학생 50명 등 130명이"): a part of the whole
_COUNT_AND_MORE = re.compile(r"\s*(?:(?:과|와)\s+[^.]{1,30}?\s등(?:이|\s)|등\s+\d)")

# a sentence about an earlier edition: "지난해 열린 제4회 포럼에는 200명이 참석했다"
_PAST_EDITION = re.compile(r"지난해|작년|지난\s*대회|지난\s*행사|전년|이전\s*대회|직전\s*대회")


# the verbs of a visit, after the place visited as their object: "대성정밀을 방문해", "본사를 찾아"
_VISIT = re.compile(r"(?:방문|찾아)")
# the words of a site a company or a body owns, named with its owner before them ("한빛정밀 본사", "다온 평택공장")
_SITE_WORDS = ("본사", "공장", "사업장", "캠퍼스", "연구소", "연구원", "센터", "지사", "캠프")


def _visited(sent: Sentence, gz: Gazetteer) -> tuple[str | None, str | None]:
    """The place the holding sentence's subject visits to hold the event (``경기 시흥 소재 대성정밀을 방문해 간담회를
    개최했다``, ``시흥의 대성정밀 본사를 찾아``): a place named as one (a venue's or a site's word, or ``㈜``) or set
    in a city or area written before it; not a person visited."""
    words = sent.words
    for i, w in enumerate(words[:-1]):
        if w.quoted or w.ending not in ("을", "를") or not _VISIT.match(words[i + 1].text) or len(w.stem) < 2:
            continue
        parts, j = [w.stem], i - 1
        if w.stem.endswith(_SITE_WORDS) and len(w.stem) <= 3 and j >= 0 and words[j].bare and not words[j].is_punct \
                and words[j].text not in gz.cities and words[j].text not in _WITHIN \
                and not _WHEN_WORD.search(words[j].text) and not re.fullmatch(r"[\d.\-/~()월일요]+", words[j].text):
            parts.insert(0, words[j].text)  # "대성정밀 본사를 찾아": the site with its owner
            j -= 1
        venue = " ".join(parts)
        if venue in gz.not_names or venue.endswith(("씨", "님")):
            continue  # "현장을 방문해": no place's name
        city = _city([x.stem for x in words[max(0, j - 2):j + 1] if x.bare or x.ending in ("의", "에")], gz)
        placed = j >= 0 and (words[j].text in _WITHIN
                             or city is not None and (words[j].bare or words[j].ending in ("의", "에")))
        if placed or venue.startswith(("㈜", "(주)")) or venue.endswith(gz.venue_suffixes) or len(parts) > 1 \
                or len(w.stem) > 3 and w.stem.endswith(_SITE_WORDS):  # ("평택공장을 방문해")
            return venue, city
    return None, None


def _where(doc: Doc, held: int, gz: Gazetteer) -> tuple[str | None, str | None]:
    """Venue and city from the holding sentence, or a later one that says where it was held."""
    venue, city = _venue(doc.sentences[held], gz)
    if venue is None:
        visited, visited_city = _visited(doc.sentences[held], gz)
        venue, city = visited or venue, city or visited_city
    for other in doc.sentences[held + 1:]:
        if venue is not None:
            break
        # "이날 오전 국회의원회관 제2세미나실에서 개최된 포럼은 …", "이 행사는 김대중컨벤션센터에서 15일까지 계속된다"
        if _HELD.search(other.text(doc.text)) or _UNTIL.search(other.text(doc.text)):
            later_venue, later_city = _venue(other, gz)
            if later_venue is not None or later_city is not None:
                venue, city = later_venue, later_city or city  # (a city said first stays, "부산에서 열렸다")
    return venue, city


def _key(p: OrgPhrase) -> str:
    return _key_of(p.text)


def _key_of(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _forms(p: OrgPhrase) -> set[str]:
    """The keys of an organization phrase's text and of the aliases written with it."""
    return {_key(p), *map(_key_of, p.aliases)}


def _named_forms(p: OrgPhrase, gz: Gazetteer) -> set[str]:
    """:func:`_forms` and the name the word lists give each (대한상의 -> 대한상공회의소)."""
    forms = _forms(p)
    return forms | {_key_of(c) for f in forms if (c := gz.canonical_org(f))}


def _shortens(p: OrgPhrase, q: OrgPhrase, gz: Gazetteer) -> bool:
    """One of the two phrases is the other's short form (산지협 and 한국산업지능화협회)."""
    a, b = sorted((_key(p), _key(q)), key=len)
    return is_abbreviation(a, b, gz.suffixes_of(b))


def _is_place(stem: str, gz: Gazetteer) -> bool:
    return (any(stem.endswith(v) for v in gz.venue_suffixes) or _building(stem, gz)) and not is_org_word(stem, gz)


# a sentence that is a day and a place alone, no verb: the scene a report opens on ("25일 경남 창원컨벤션센터 3층
# 회의실.", "지난 3일 오후 서울 코엑스 그랜드볼룸.")
_SCENE = re.compile(r"\s*(?P<day>(?:지난\s*)?\d{1,2}\s*일)\s*(?:[(（][월화수목금토일][)）]\s*)?(?:(?:오전|오후|저녁|밤)\s*)?"
                    r"(?:\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?\s*)?(?P<place>[가-힣A-Za-z0-9·&\- ]{2,40}?(?<![다요]))\s*\.?\s*")
_SCENE_REACH = 4  # sentences from the text's start a scene is looked for in
_PAST_END = re.compile(r"(?:었|았|였|했|됐|졌|웠|렸|켰|쳤|냈|섰|났)다[.!]?[\"”'’]?\s*$")
_FLOOR = re.compile(r"\d+층$")  # a floor of a building, ending the place ("3층"; halls and rooms are venue suffixes)


def _scene(doc: Doc, gz: Gazetteer, future: bool | None) -> tuple[str | None, str | None, str | None] | None:
    """The day, venue and city of the scene a report opens on (a sentence of a day and a place, no verb)."""
    for at, sent in enumerate(doc.sentences[:_SCENE_REACH]):
        m = _SCENE.fullmatch(sent.text(doc.text))
        if m is None:
            continue
        if future is None and at + 1 < len(doc.sentences) \
                and _PAST_END.search(doc.sentences[at + 1].text(doc.text)):
            future = False  # (the scene's tense is the sentence's after it: "… 영상을 틀었다")
        words = m.group("place").split()
        k = 0
        while k < len(words) - 1 and (_in_city(words[k], gz) or words[k] in gz.districts
                                      or _DISTRICT.fullmatch(words[k]) and k > 0):
            k += 1
        rest = words[k:]
        if not rest or not (any(w.endswith(gz.venue_suffixes) or _building(w, gz) or _hotel(w, gz) for w in rest)
                            or _FLOOR.search(rest[-1])):
            continue
        # ("지난 15일 …": the day written as gone by, whatever the sentence after)
        dates = find_dates(m.group("day"), doc.article.published, future=future) if doc.article.published else []
        return dates[0].start if dates else None, " ".join(rest), _city(words[:k], gz)
    return None


def _building(stem: str, gz: Gazetteer) -> bool:
    """A building named by its own name and 관 (오룡관, 창의관, 학생회관, 도서관), not a title that ends so
    (장관, 사무관, 감독관) nor an institution (기관)."""
    return len(stem) >= 3 and stem.endswith("관") and not stem.endswith("기관") and not gz.is_title(stem) \
        and not gz.known_org(stem)


def _holder(doc: Doc, gz: Gazetteer) -> list[OrgPhrase]:
    """The organizations that open the first clause whose verb says they held an event
    (``울산과학기술원(UNIST)이 … 학술대회를 열었다``), when the sentence that reports the event
    itself names no holder."""
    for sent in doc.sentences:
        for clause in clauses(sent)[:1]:
            text = " ".join(w.text for w in clause if not w.quoted)
            if _HOLDS.search(text) and not _conducts_something_else(clause, gz):
                subjects = subject_orgs(doc, clause, gz)
                if subjects:
                    return subjects + _signing_partners(doc, clause, gz)
    return []


# what a headline says its subject did with the event: "한빛협회, '2025 AI 포럼' 개최", "… 성료", "… 연다"
_HEADLINE_HOLDING = re.compile(r"(?:공동\s*)?(?:개최|성료|개막|주최|마련|진행|연다|열어|열고|연|열었다|마쳐|마무리)(?:…|\.{2,3}|[,.!]|$)")


def _headline_holder(doc: Doc, gz: Gazetteer) -> list[OrgPhrase]:
    """The organizations a headline opens with before its comma, when it says they hold the event
    (``한빛협회, '2025 AI 포럼' 성료``, ``한빛대·다온재단, AI 세미나 공동 개최``): a headline is a first line
    with no sentence ending of its own."""
    if not doc.sentences:
        return []
    sent = doc.sentences[0]
    line = sent.text(doc.text).strip()
    # (a headline's present "연다" ends it as a sentence's verb would: "다온재단, 로봇 해커톤 연다")
    if "\n" not in doc.text[sent.span.end:sent.span.end + 2] or line.endswith("다.") \
            or line.endswith("다") and not line.endswith(" 연다") or len(line) > 80:
        return []
    words = list(sent.words)
    if words and words[0].text in _TAG_OPEN:  # "[다온일보] 경남도·창원시, …", "[포토] 한빛협회, …": the outlet's tag
        close = next((k for k in range(1, min(len(words), 6)) if words[k].text in _TAG_CLOSE), None)
        words = words[close + 1:] if close is not None else words
    comma = next((i for i, w in enumerate(words[:6]) if w.text == ","), None)
    if not comma or not any(_HEADLINE_HOLDING.fullmatch(w.text) for w in words[comma + 1:]):
        return []
    found = []
    items = split_list(words[:comma], gz)
    for it in items:
        known = org_item(it, doc.text, gz) or _listed_with_suffix(it, items, doc.text, gz) \
            or _proper_holder(it, doc.text, gz)
        if known is None:
            return []  # "김 장관, …": a person, or words that are no organization
        found.append(known)
    return found


_TAG_OPEN = frozenset("[【<〈(")  # a headline's tag before its words: "[포토]", "【단독】"
_TAG_CLOSE = frozenset("]】>〉)")
_MARKS = "■□○●◇◆▶▷◎※▲△-*·•[]【】<>〈〉"
_BOX_ITEM_REACH = 12  # lines under a header of its own that are read as its items
_BOX_LINE_REACH = 200  # characters of indentation and trailing space a box line may have


def _paren_labels(words: list[Word]) -> tuple[list[OrgRole], list[Word]] | None:
    """``(주최/주관) A / B``: the roles a line's labels in parentheses give, and the words after them."""
    if len(words) < 4 or words[0].text not in "(（":
        return None
    close = next((k for k in range(1, min(len(words), 8)) if words[k].text in ")）"), None)
    if close is None or close + 1 >= len(words):
        return None
    roles = [_role_of_cue(w) for w in words[1:close] if w.text not in "/·,"]
    if not roles or any(r is None for r in roles):
        return None
    return [r for r in roles if r is not None], words[close + 1:]


def _split_at_slashes(words: list[Word]) -> list[list[Word]]:
    parts: list[list[Word]] = [[]]
    for w in words:
        if w.text == "/":
            parts.append([])
        else:
            parts[-1].append(w)
    return parts


def _boxed_below(doc: Doc, gz: Gazetteer) -> list[tuple[OrgPhrase, OrgRole]]:
    """A fact box's cue on a line of its own (``■ 후원``, ``[주관]``), then its bodies on the lines below it,
    one per bulleted line or listed with commas (``- 다온전자``, ``다온전자, 한빛반도체``), up to a blank line
    or the next header."""
    out: list[tuple[OrgPhrase, OrgRole]] = []
    role: OrgRole | None = None
    left = 0
    for sent in doc.sentences:
        words = [w for w in sent.words if w.text not in _MARKS]
        # a line of its own, its marks and indentation aside (looked for within a box line's reach: linear)
        lo = max(0, sent.span.start - _BOX_LINE_REACH)
        opened = doc.text.rfind("\n", lo, sent.span.start) + 1 or (0 if lo == 0 else sent.span.start + 1)
        hi = min(len(doc.text), sent.span.end + _BOX_LINE_REACH)
        closed = doc.text.find("\n", sent.span.end, hi)
        own_line = opened <= sent.span.start and not doc.text[opened:sent.span.start].strip(" \t" + _MARKS) \
            and not doc.text[sent.span.end:closed if closed >= 0 else hi].strip() \
            and (closed >= 0 or hi == len(doc.text))
        labelled = _paren_labels(words) if own_line else None
        if labelled is not None:  # "○ (주최/주관) 다온부 / 한빛진흥원", "○ (후원) 누리협회"
            roles, rest = labelled
            parts = _split_at_slashes(rest) if len(roles) > 1 else [rest]
            for r, part in zip(roles, parts):
                out.extend((known, r) for it in split_list(part, gz)
                           if it and (known := org_item(it, doc.text, gz, declared=True)) is not None)
            role = None
            continue
        if own_line and len(words) == 1 and not words[0].ending and (header := _role_of_cue(words[0])) is not None:
            role, left = header, _BOX_ITEM_REACH
            continue
        if role is None or left == 0 or not own_line or not words or "\n\n" in doc.text[sent.span.start - 2:sent.span.start]:
            role = None
            continue
        left -= 1
        if any(_role_of_cue(w) is not None for w in words) or words[-1].ending in ("다", "다."):
            role = None  # a box of the usual kind, or a sentence: the items are over
            continue
        for it in split_list(words, gz):
            known = org_item(it, doc.text, gz, declared=True) if it else None
            if known is not None:
                out.append((known, role))
    return out


def find_event(doc: Doc, gz: Gazetteer, aliased: list[OrgPhrase] | None = None) -> EventDraft | None:
    """The main event the article reports, or None when it names none. ``aliased``: the organizations the
    text renames in parentheses (:func:`kg.extract.ko_orgs.defined_aliases`), when the caller has them."""
    names = _candidates(doc, gz)
    held = _held_sentence(doc, names)
    if held is None and not names and not _about_an_event(doc, gz) and not _announced_in_a_box(doc):
        return None
    draft = EventDraft()
    draft.name, draft.name_spans = _pick_name(doc, names, held)
    if held is None and (at := _at_the_named_event(doc, names)) is not None:
        # "A 대표는 지난 14일 'K-스마트제조 컨퍼런스'에서 기조연설자로 나서 …": no holding verb, but the day
        # written in the clause that puts someone at the named event is its day
        draft.start, draft.end = _date(doc, at, names)
    if held is not None:
        sent = doc.sentences[held]
        draft.start, draft.end = _date(doc, held, names)
        if draft.start is None and (before := _named_held_before(doc, held, draft.name_spans)) is not None:
            # "17일 열린 'X'의 연사는 …. … 세미나는 Y 주최로 엘타워에서 진행됐다": the day the adnominal gave
            draft.start, draft.end = _date(doc, before, names)
        draft.venue, draft.city = _where(doc, held, gz)
        draft.theme = _theme(doc, sent, draft.name_spans) or _theme_of_topic(doc, gz, draft.name_spans)
    if draft.start is None or draft.venue is None and draft.city is None:
        # "25일 경남 창원컨벤션센터 3층 회의실. 200여 석을 가득 메운 …": a report that opens on its scene
        scene = _scene(doc, gz, _tense(doc.sentences[held].text(doc.text)) if held is not None else None)
        if scene is not None:
            if draft.start is None:
                draft.start = scene[0]
            if draft.venue is None and draft.city is None:
                draft.venue, draft.city = scene[1], scene[2]
    if held is not None:
        sent = doc.sentences[held]
        if _HOLDS.search(" ".join(w.text for w in sent.words if not w.quoted)):  # not "…에서 열린 X에서"
            for clause in clauses(sent)[:1]:
                draft.orgs.extend((p, OrgRole.ORGANIZER) for p in subject_orgs(doc, clause, gz))
                if draft.orgs:  # "한빛TP는 다온전자와 … 협약을 체결했다": the other party signs it too
                    draft.orgs.extend((p, OrgRole.ORGANIZER) for p in _signing_partners(doc, clause, gz))
                if not draft.orgs:
                    draft.orgs.extend((office, OrgRole.ORGANIZER) for office in _lawmaker_holders(doc, clause, gz))
            if not draft.orgs and held > 0 and _BOTH.match(sent.text(doc.text)):
                # "배재대와 대전테크노파크가 손을 맞잡았다. 양 기관은 … 협약을 체결했다": the two named before
                for clause in clauses(doc.sentences[held - 1])[:1]:
                    draft.orgs.extend((p, OrgRole.ORGANIZER) for p in subject_orgs(doc, clause, gz))
    cued, jointly = _cued_orgs(doc, gz, held)
    cued += _boxed_below(doc, gz)
    if held is not None and not draft.orgs and not any(r is OrgRole.ORGANIZER for _p, r in cued):
        # the first clause that says who held an event, when no sentence says who hosts (주최) this one
        # (not "한편 행사 기간 중 A와 B는 업무협약을 체결했다" in a report whose 주최 is named)
        draft.orgs.extend((p, OrgRole.ORGANIZER) for p in _holder(doc, gz) or _headline_holder(doc, gz))
    # ("A와 B가 공동 주관한 'X'가 … 열려": the subject the held sentence's first clause gave is the subject of the
    # 주관 a cue read at the very same words, no holder of its own)
    cued_at = {(p.start, p.end) for p, r in cued if r is OrgRole.CO_ORGANIZER and _JUGUAN_AFTER.match(doc.text, p.end)}
    draft.orgs = [(p, r) for p, r in draft.orgs if (p.start, p.end) not in cued_at]
    if jointly and not any(r is OrgRole.ORGANIZER for _p, r in (*draft.orgs, *cued)):
        # "A와 B가 공동 주최했다" with no one else holding it: A and B are its organizers
        cued = [(p, OrgRole.ORGANIZER if r is OrgRole.CO_ORGANIZER and _key(p) in jointly else r) for p, r in cued]
    if any(r is OrgRole.ORGANIZER for _p, r in cued):  # "산업부가 주최하고 A와 B가 공동 주관했다": A held it
        # as a co-organizer, not the host (by any form the article gives it: "한빛정보협회(HIA)는 … HIA가 주관한")
        renamed: dict[str, set[str]] = {}  # each form the text defines -> all forms of that organization
        for ph in defined_aliases(doc, gz) if aliased is None else aliased:
            forms = _forms(ph)
            for form in forms:
                renamed.setdefault(form, set()).update(forms)
        other_role = {f for p, r in cued if r is not OrgRole.ORGANIZER for k in _named_forms(p, gz)
                      for f in renamed.get(k, {k})}
        draft.orgs = [(p, r) for p, r in draft.orgs if not _named_forms(p, gz) & other_role
                      and not any(_shortens(p, q, gz) for q, q_role in cued if q_role is not OrgRole.ORGANIZER)]
    draft.orgs.extend(cued)
    if draft.name:  # "세계과학문화포럼이 열린다": the event is the subject, not its holder
        named = name_key(draft.name)
        # ("한빛협회가 주최한 AI Seoul 2026이 … 개막했다": nor a part of its name written where the name is)
        draft.orgs = [(p, r) for p, r in draft.orgs if name_key(p.text) != named
                      and not any(s.start <= p.start and p.end <= s.end for s in draft.name_spans)]
        if held is not None and draft.name_spans and not any(r is OrgRole.ORGANIZER for _p, r in draft.orgs):
            launched = _LAUNCHED.search(doc.sentences[held].text(doc.text))
            span = draft.name_spans[0]
            if launched and _SUBJECT_AFTER.match(doc.text, span.end):
                # "'대한민국 인공지능포럼'이 … 기념식을 갖고 출범했다": a body launching itself holds its launch
                draft.orgs.append((OrgPhrase(span.start, span.end, draft.name), OrgRole.ORGANIZER))
    box_start, box_end, box_venue, box_city = _fact_box(doc, gz)
    if box_start is not None:  # "○ 일시 : 2025년 7월 10일(목)": the announcement's own line says when
        draft.start, draft.end = box_start, box_end
    elif draft.start is None:  # "행사 일정은 11월 5일(목)~6일(금), 장소는 …": a sentence says it as a box would
        draft.start, draft.end = _when_said(doc)
    if box_venue is not None and draft.venue is None:
        draft.venue, draft.city = box_venue, draft.city or box_city
    draft.edition = _edition(doc, draft.name)
    draft.attendance = _attendance(doc)
    return draft


# the 주관 after its subject (or after the list the subject opens): "A가 주관하는", "A와 B가 공동 주관한"
_JUGUAN_AFTER = re.compile(r"[^.!?\n'‘\"“]{0,40}?(?:이|가|은|는)\s*(?:공동\s*(?:으로\s*)?|함께\s*)?주관")
# a body launching itself: the verb of its launch, and its name as the subject
_LAUNCHED = re.compile(r"(?:출범|발족|창립)(?:했|한다|하며|하고|시켰)|(?:출범식|발족식|발대식|창립총회|창립식|기념식)(?:을|를)\s*"
                       r"(?:갖|가졌|가진|열었|열고|개최)")
_SUBJECT_AFTER = re.compile(r"['’\"”」』]?\s*(?:이|가|은|는)\s")


# "○ 일시 : 2025년 7월 10일(목) 13:00", "- 장소: 서울 aT센터 그랜드홀": the labelled lines of an announcement
# a labelled line, or an item of a line of marked items ("▲일시: … ▲장소: …"): the value up to the next marker
# (or items of one line set apart by a spaced slash: "일시: 12월 3일(목) 13:30 / 장소: 청주 오스코 컨벤션홀")
_BOX_ITEM = r"(?:^[ \t]*[○●◇◆▶▷■□◎※\-*·•▲△]?|[▲△▶▷■□○●◇◆◎※]|(?<=[ \t]/))[ \t]*"
_BOX_VALUE = r"[ \t]*[:：][ \t]*(?P<v>[^\n▲△▶▷■□○●◇◆◎※]+?)[ \t]*(?=$|[▲△▶▷■□○●◇◆◎※]|[ \t]/[ \t])"
# a government release writes its labels in parentheses, the value after them to the line's end:
# "○ (일시) 2025. 11. 24.(월) 14:00", "○ (장소) 서울 코엑스"; both in one: "○ (일시/장소) … / 서울 코엑스"
_LABEL_OPEN = r"[(（\[][ \t]*"
_LABEL_CLOSE = r"[ \t]*[)）\]][ \t]*"
_WHEN_LABEL = r"(?:일시|일자|날짜|기간|행사[ \t]*일시)"
_WHERE_LABEL = r"(?:장소|행사[ \t]*장소|개최[ \t]*장소)"


def _box(label: str) -> re.Pattern[str]:
    """A fact box's line with ``label``: ``label: value`` or ``(label) value`` (group ``v`` or ``pv``)."""
    return re.compile(_BOX_ITEM + rf"(?:{label}{_BOX_VALUE}|{_LABEL_OPEN}{label}{_LABEL_CLOSE}(?P<pv>[^\n]+?)[ \t]*$)",
                      re.MULTILINE)


def _value(m: re.Match[str] | None) -> str | None:
    return (m.group("v") or m.group("pv")) if m else None


_BOX_NAME = re.compile(_BOX_ITEM + r"(?:행사명|행사[ \t]*이름|대회명|포럼명|명[ \t]*칭)" + _BOX_VALUE, re.MULTILINE)
_BOX_WHEN = _box(_WHEN_LABEL)
_BOX_WHERE = _box(_WHERE_LABEL)
_BOX_WHEN_WHERE = re.compile(_BOX_ITEM + _LABEL_OPEN + r"일시[ \t]*[/·,및][ \t]*장소" + _LABEL_CLOSE
                             + r"(?P<w>[^\n/]+?)[ \t]+/[ \t]+(?P<v>[^\n]+?)[ \t]*$", re.MULTILINE)
# ... or with a colon, when and where parted by a comma or a spaced slash: "○ 일시/장소: 11월 28일(금) 오후 2시, 판교 …"
_BOX_WHEN_WHERE_COLON = re.compile(_BOX_ITEM + r"일시[ \t]*[/·,및][ \t]*장소[ \t]*[:：][ \t]*"
                                   r"(?P<w>[^\n/,]+?)(?:[ \t]+/|,)[ \t]+(?P<v>[^\n]+?)[ \t]*$", re.MULTILINE)


# a sentence that says where as a box would: "장소는 서울 마포구 서울창업허브였다", "행사 장소는 코엑스 그랜드볼룸이다"
_WHERE_SAID = re.compile(r"(?:^|(?<=[\s.]))(?:행사[ \t]*|개최[ \t]*)?장소는[ \t]+(?P<v>[^\n.!?,'\"]{2,60}?)[ \t]*"
                         r"(?:이었다|였다|이다|다|이었고|였고|이며|며)(?=[.!]?(?:\s|$))", re.M)


# ... and when, as the sentence's first words: "행사 일정은 11월 5일(목)~6일(금), 장소는 …", "일시는 5일 오후 2시다"
# (not another stretch's: "참가 신청 기간은 …")
_WHEN_SAID = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?]))[ \t]*(?:이번[ \t]+)?(?:행사[ \t]*|개최[ \t]*)?(?:일정|일시|기간|날짜)(?:은|는)"
                        r"[ \t]+(?P<v>[^\n.!?'\"]{2,60}?)[ \t]*(?:,|이었다|였다|이다|다|이었고|였고|이며|며)(?=[.!]?(?:\s|$))",
                        re.M)


def _when_said(doc: Doc) -> tuple[str | None, str | None]:
    """The start and end a sentence that opens on the event's dates gives (see _WHEN_SAID)."""
    said = _WHEN_SAID.search(doc.text)
    dates = find_dates(said.group("v"), doc.article.published) if said else []
    return (dates[0].start, dates[0].end) if dates else (None, None)


def _fact_box(doc: Doc, gz: Gazetteer) -> tuple[str | None, str | None, str | None, str | None]:
    """Start, end, venue and city from an announcement's labelled lines (the first of each kind)."""
    start = end = venue = city = None
    both = _BOX_WHEN_WHERE.search(doc.text) or _BOX_WHEN_WHERE_COLON.search(doc.text)
    when_text = _value(_BOX_WHEN.search(doc.text)) or (both.group("w") if both else None)
    if when_text:
        dates = find_dates(when_text, doc.article.published)
        if dates:
            start, end = dates[0].start, dates[0].end
    said = _WHERE_SAID.search(doc.text)
    where = _value(_BOX_WHERE.search(doc.text)) or (both.group("v") if both else None) \
        or (said.group("v") if said else None)
    if where:
        place = re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", where).strip()  # "(서울 강남구)" after the hall
        first, _, rest = place.partition(" ")
        if rest and (first in gz.cities or first.rstrip("시") in gz.cities):
            city, place = first.rstrip("시") if first.rstrip("시") in gz.cities else first, rest
        first, _, rest = place.partition(" ")
        if rest and first in gz.districts:
            place = rest  # "서울 중구 프레스센터 20층": the district, as in a sentence's venue
        venue = place or None
    return start, end, venue, city
