"""Korean names and titles, word by word: is a word a personal name, a title (by its head, or an
organization fused with its head), where does a name list or a foreign name run.

The analyser sometimes misreads a name (김남훈 read as 김남 + a particle) or a title with its particle
(…부문장이 as one noun); the rules here read the word as written where the analyser's cut cannot be right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar
from functools import lru_cache

from kg.extract.doc import Word
from kg.extract.gazetteer import Gazetteer
from kg.extract.ko_orgs import describes_a_business, is_org_word, short_form_or_name, suffix_of
from kg.extract.morph import COMMON_WORD_SCORE, analyse, everyday_word, word_score

_NAME = re.compile(r"^[가-힣]{2,5}$")  # (five: a Chinese name, see is_name)
_FOREIGN_PART = re.compile(r"^[가-힣]{1,5}$")
_LONG_FOREIGN_PART = re.compile(r"^[가-힣]{6,8}$")
# Final syllables of common nouns for people and groups (전문가, 관계자, 산학연 …), not of names.
_NOUN_FINAL = frozenset("가자들인원관연단")
_ORG_INNER = frozenset({"창립", "공동", "초대"})
ONE_SYLLABLE_PARTICLES = frozenset("이가은는을를의과와도")
# What may follow a name: particles (with the copula's forms) and punctuation.
_PARTICLE_FORMS = frozenset({"은", "는", "이", "가", "을", "를", "의", "과", "와", "도", "에게", "께서", "에", "에서", "로",
                             "으로", "만", "부터", "까지", "이다", "이며", "이고", "인", "씨", "님"})
LIST_MARKS = frozenset({"및", "겸", "등"})
_LATIN_LEAD = re.compile(r"([A-Za-z][A-Za-z0-9&]{0,11})([가-힣]{2,})")
_NUMBERED = re.compile(r"제?\d+(\D.*)")
# Final syllables of words that look like names but are fields or derived nouns (경영학, 이틀간, 분야별).
_NOT_NAME_FINAL = frozenset("학간별들적가실")


def _copula_misread(w: Word, gz: Gazetteer) -> bool:
    """``류다인`` read as 류다 + the copula 이 + ㄴ (not ``연사인``: a word the lists say is no name, and the
    copula, "who is the speaker"; 박수인 stays a name, though 박수 is a noun too)."""
    return w.ending == "인" and w.ending_tags[:1] == ("VCP",) and not gz.is_title(w.stem) and w.stem not in gz.not_names


# the two-syllable forms of 하다 after a one-syllable noun (강하게, 정하고, 한하여)
_HADA_FORMS = frozenset({"하고", "하게", "하며", "하여", "하지", "하니", "하면", "하다", "하기", "하는", "하던", "하자", "하러",
                         "하려", "하도", "해서", "했다", "하네", "하나", "한다", "할지", "하든", "해야", "해도", "하긴", "하듯"})


# the one-syllable connectives news writes after a verb of two syllables (나서고, 밝히며, 늘리게, 모아서 …)
_WRITTEN_CONNECTIVES = frozenset("고며게서면나니지도자야어아여러려든듯다라")


def _miscut(w: Word) -> bool:
    """The analyser cut a name where no particle stands (김남훈 -> 김남 + 훈 read as a particle), or read
    it as a chain of three or more pieces (민다온 -> 민 + 다 + 오 + ㄴ) or as a determiner and a verb (석도진).
    A plain verb form (나선: 나서 + ㄴ) is no name."""
    if not w.ending or not _NAME.match(w.text):
        return False
    # 석도진 -> 석도 (a determiner, then a verb) + ㄴ, 이지은 -> 이 + 지 + 은: no verb phrase opens with a
    # determiner glued to it
    if len(w.text) == 3 and w.ending_tags == ("ETM",) and w.stem_tags[:1] == ("MM",):
        return True
    # 권하은 -> 권하 + 은, 성하람 -> 성하 + 람, 성하린 -> 성하 + 리 + ㄴ: a verb of two syllables and a connective
    # of one that written prose never puts after it (a verb's 은 makes an adnominal; 람 and 린 are speech)
    if len(w.text) == 3 and w.text.startswith(w.stem) and len(w.stem) == 2 and w.ending_tags[:1] == ("EC",) \
            and w.stem_tags[-1:] in (("VV",), ("VA",)) and w.ending not in _WRITTEN_CONNECTIVES:
        return True
    if w.ending in _PARTICLE_FORMS:
        return False
    if all(tag.startswith(("J", "X")) for tag in w.ending_tags):
        return True
    # 김하람 -> 김 + 하 (a suffix making a verb) + 람: no form of 하다 ends so (강하게, 정하고 are verb forms)
    if len(w.text) == 3 and len(w.stem) == 1 and w.ending_tags[:1] in (("XSA",), ("XSV",)) \
            and w.ending not in _HADA_FORMS:
        return True
    # 성가선 -> 성 + 가 + 서 + ㄴ: a connective with the topic's ㄴ glued on, which news prose never writes
    if len(w.text) == 3 and w.ending_tags == ("EC", "JX") and w.stem_tags[-1:] == ("VV",):
        return True
    # 진보람 -> 진보 + 이 + 라고 + 하 + ㅁ: a quotation and its verb contracted into one syllable, which is
    # speech, not the written prose of news
    if len(w.text) == 3 and "EC" in w.stem_tags[1:] and w.stem_tags[-1:] == ("VV",):
        return True
    # 강범한 -> 강범 + 하 + ㄴ: a verb's adnominal form only where the first two syllables are a noun the
    # analyser knows well (참석한, 발표한, 강조한); a given name ending in 한 is read so otherwise
    if len(w.text) == 3 and w.ending == "한" and w.ending_tags == ("XSV", "ETM") and not _verbal_noun(w.stem):
        return True
    return len(w.text) == 3 and w.ending_tags == ("ETM",) and len(w.stem_tags) >= 3




@lru_cache(maxsize=4096)
def _verbal_noun(text: str) -> bool:
    """``text`` is one common noun of everyday news, the kind that makes a verb with 하다 (참석, 강조)."""
    return common_noun(text) and word_score(text) > COMMON_WORD_SCORE




# one-syllable suffixes of organizations whose short forms are all known (조달청, 식약처, 국방부): a name
# that ends in one (엄길청, 김성부) is a name where a title follows it
_KNOWN_SUFFIXES = frozenset("청처부시")  # (every city, 시, is a known local government)


def _three_syllables_with_a_surname(w: Word, gz: Gazetteer) -> str | None:
    """The bare word (or one with punctuation only after it), unquoted, of three Hangul syllables opening with a
    surname, that no list knows as an organization, a common word or a city: a name that ends like an
    organization's one-syllable suffix may be one (the callers say where)."""
    t = w.text if w.bare else w.stem
    if (w.bare or all(tag.startswith("S") for tag in w.ending_tags)) and not w.quoted \
            and re.fullmatch(r"[가-힣]{3}", t) is not None and t[0] in gz.surnames \
            and not gz.known_org(t) and t not in gz.not_names and t not in gz.cities:
        return t
    return None


def surname_led_word(w: Word, gz: Gazetteer) -> bool:
    """A bare word of three Hangul syllables opening with a surname that no list knows as an organization, a common
    word or a city (문신학, which the analyser reads as one common noun): a name where only a name can stand."""
    return _three_syllables_with_a_surname(w, gz) is not None and not gz.is_title(w.text) and not is_org_word(w.text, gz)


def suffixed_name(w: Word, gz: Gazetteer) -> bool:
    """``엄길청 경제평론가``, ``김성부 대표``: a three-syllable name ending in a government body's suffix
    that no list knows as an organization (for a slot right before a title)."""
    t = _three_syllables_with_a_surname(w, gz)
    # (not "칠레 경제부 국장": a common noun and a ministry's or an agency's suffix, as the analyser reads them; a
    # city's is no such sign, the lists know the cities: "현지시 교수")
    return t is not None and t[-1] in _KNOWN_SUFFIXES and not gz.is_title(t) \
        and t not in gz.local_governments and t[:-1] not in gz.cities and t not in DEPARTMENTS \
        and not (t[-1] in "부청처" and w.stem_tags != ("NNP",) and common_noun(t[:-1]))


def name_ending_like_a_school(w: Word, title: str, gz: Gazetteer) -> bool:
    """``안효대 부시장``, ``김현대 상무``: a three-syllable name ending in 대, which :func:`is_name` refuses as a
    university's short form (한빛대), right before a post no school holds."""
    t = _three_syllables_with_a_surname(w, gz)
    return t is not None and t[-1] == "대" and not gz.held_at_school(title) \
        and t[:-1] not in gz.cities and t[:-1] not in gz.local_governments


# particles that end a given name as often as they follow a common noun before an organization and a title
_RARE_AFTER_NOUN = frozenset({"나", "야"})


def glued_name(w: Word, gz: Gazetteer) -> Word | None:
    """``명현은``, ``박우가``: a three-syllable word read as a shorter word and a particle, as a bare name,
    when the whole word is shaped like a name. Only for a slot where no particle can stand (a name
    with an organization and a title after it)."""
    # ("김빈지": a surname, then the given name read as the copula and an ending, 김 + 빈지)
    swallowed = len(w.stem) == 1 and w.ending_tags[:1] == ("VCP",)
    # (a stem the analyser could only read as single syllables, 도 + 경 in 도경은, is no noun it knows)
    syllables = len(w.stem) >= 2 and len(w.stem_tags) == len(w.stem) and all(t == "NNG" for t in w.stem_tags)
    if w.bare or w.quoted or len(w.text) != 3 or len(w.ending) != 1 and not swallowed or not _NAME.match(w.text) \
            or w.stem_tags[:1] == ("NNG",) and w.ending not in _RARE_AFTER_NOUN and not syllables:
        return None  # (주인은, 좌장은: a common noun and its particle stay what they are; 정유나 is no "oil or")
    if w.stem_tags[-1:] and w.stem_tags[-1].startswith(("VV", "VA")) and w.ending_tags[:1] in (("EC",), ("EF",)):
        return None  # "다온전자와 손잡고 한빛대 교수가": a verb with its connective or final ending
    whole = Word(w.text, w.start, w.end, w.text, "", (), False, ("NNP",))
    return whole if is_name(whole, gz) else None


def _shortens(title: str, short: str) -> bool:
    """``short`` is ``title`` as a later mention writes it after a surname: the same, its last part (사무총장 as
    총장) or its first (대표이사 as 대표)."""
    return title == short or title.endswith(short) or len(short) >= 2 and title.startswith(short)


T = TypeVar("T")


_CHIEF_LETTERS = re.compile(r"C[A-Z]{1,2}O")  # CEO, CTO, CFO, CAIO
_ANY_POST = frozenset({"박사", "선생", "선생님"})  # forms of address a person of any post is written with
_CHIEF_TITLE = re.compile(r"최고[가-힣A-Za-z]{0,8}(?:책임자|경영자)")  # 최고기술책임자, 최고경영자, 최고AI책임자


def one_titled(short: str, named: Iterable[tuple[str, str | None, T]]) -> T | None:
    """``정 대표`` after the people of that surname (``named``: name, title, what to return): the one person
    written with that very title, else the one whose title it shortens (:func:`_shortens`); None when
    none or several fit."""
    people = list(named)
    for fits in ({n: x for n, t, x in people if t == short},
                 {n: x for n, t, x in people if t and _shortens(t, short)},
                 # (권 CTO for 권오준 최고기술책임자: the English letters of a chief officer's Korean title)
                 {n: x for n, t, x in people if t and _CHIEF_LETTERS.fullmatch(short) and _CHIEF_TITLE.fullmatch(t)},
                 # (장 박사 for 장민석 석좌교수: a degree or a courtesy that goes with any post)
                 {n: x for n, t, x in people if short in _ANY_POST}):
        if len(fits) == 1:
            return next(iter(fits.values()))
    return None


def topic_misread_name(w: Word, gz: Gazetteer) -> Word | None:
    """``공정은``, ``안정은``: a three-syllable name ending in 은, read as a common noun (공정, 안정) and the topic
    particle, as a bare name (``이은``, ``문은``: a two-syllable one too). Only for a slot where the context rules the topic out (see
    :func:`kg.extract.ko_people._name_before`): the first syllable is a surname and the whole word is
    shaped like a name."""
    # (a two-syllable name of a surname and 은, read as the surname's syllable and the particle or an adnominal
    # ending: 이은 -> 이 + 은, 문은 -> 문 + 은)
    two = len(w.text) == 2 and w.ending == "은" and w.ending_tags in (("JX",), ("ETM",))
    if w.quoted or not (two or len(w.text) == 3 and w.ending == "은" and w.ending_tags == ("JX",)
                        and w.stem_tags == ("NNG",)) \
            or w.text[0] not in gz.surnames or not _NAME.match(w.text) or w.stem in gz.duty_nouns or gz.is_title(w.stem):
        return None  # (진행은, 강연은: what one does at the event, the topic before who did it)
    whole = Word(w.text, w.start, w.end, w.text, "", (), False, ("NNP",))
    return whole if is_name(whole, gz) else None


def name_form(w: Word, gz: Gazetteer) -> Word:
    """The word as a bare name: its stem, or the whole word where the stem cut was a misreading."""
    if _copula_misread(w, gz) or _miscut(w):
        return Word(w.text, w.start, w.end, w.text, "", (), w.quoted, w.stem_tags)
    return w


# syllables of a consonant and the vowel ㅡ alone: foreign names' consonant clusters (드, 트, 스 …), no Chinese reading
_BARE_EU = frozenset("그드르므브스즈츠크트프흐")


# the kinds of body a common noun ends in (대기업, 중견기업, 협력업체, 모회사, 로봇 스타트업, 공공기관, 시민단체): never a
# name's syllables, and the words that describe a body named after them (전문기업 ㈜인더스트리랩)
BODY_KINDS = ("기업", "업체", "회사", "스타트업", "벤처", "기관", "단체")


def is_name(w: Word, gz: Gazetteer) -> bool:
    """A bare word shaped like a Korean personal name that no list says is something else."""
    punct_only = all(tag.startswith("S") for tag in w.ending_tags)  # "이성환." keeps its name
    # a name ending in 인 is sometimes read as a stem and the copula (류다인 -> 류다 + 이 + ㄴ)
    copula = _copula_misread(w, gz)
    # the analyser cut a name where no particle stands (김남훈 -> 김남 + 훈): the word is the name
    miscut = _miscut(w)
    t = w.text if w.bare or copula or miscut else w.stem
    if not (w.bare or punct_only or copula or miscut) or w.quoted or not _NAME.match(t) or t in gz.not_names or gz.is_title(t) \
            or t in gz.branch_words or t in gz.countries or t in gz.cities \
            or t in gz.local_governments and t[-1] in "시도군구":  # (차이나: a company's branch; 모로코; 대구; 성북구, 하동군)
        return False
    if gz.known_org(t) or suffix_of(t, gz) or t in gz.org_suffixes or t.endswith("팀") or t in DEPARTMENTS:
        return False  # (…팀: a team, never a given name's last syllable; 사업부, 연구소: a unit)
    if t.endswith(BODY_KINDS):
        return False  # "한 대기업 AI 연구소장": a kind of body (대기업, 중견기업, 협력업체), whatever its first syllable
    if t[-1] in _NOT_NAME_FINAL and w.stem_tags != ("NNP",) and common_noun(t[:-1]):
        return False  # 경영학 is a field and 분야별 a derived noun; 권영학 and 조은별 are names
    strict = 2 if t[:2] in gz.chinese_strict else 1 if t[:1] in gz.chinese_strict else 0
    # (no Pinyin reading ends in the ㅡ vowel alone: 리샤브 is an Indian given name, whatever its 샤)
    eu = any(c in _BARE_EU and c not in gz.chinese_syllables for c in t[1:])
    if strict and 3 <= len(t) <= 5 and not gz.chinese_syllables.isdisjoint(t[strict:]) and not eu:
        return True  # "리옌훙 바이두 회장", "레이쥔 샤오미 회장": a surname of common words' syllables, a Chinese given name
    if not gz.foreign_syllables.isdisjoint(t[1:]) and t[:1] not in gz.chinese_surnames \
            and t[:2] not in gz.chinese_surnames:
        return False  # "사티아 나델라", "순다르 피차이": syllables only a foreign name is written with (쑨웨이 is Chinese)
    if t[:2] in gz.chinese_surnames or t[:1] in gz.chinese_surnames and not gz.foreign_syllables.isdisjoint(t[1:]):
        # a Chinese given name's characters each written in one or two syllables (쑨리웨이, 저우샤오촨); no Pinyin
        # reading ends in the ㅡ vowel alone (린드스트룀 is a Swedish surname after a syllable like 린)
        return len(t) <= 5 and len(t) > (2 if t[:2] in gz.chinese_surnames else 1) and not eu
    if t[:2] in gz.surnames:
        return len(t) in (3, 4)
    if len(t) == 2 and w.stem_tags != ("NNP",) and everyday_word(t):
        return False  # 현재, 정부, 조사: a word of everyday news, though its first syllable is a surname (이준, 김현 are names)
    # a one-syllable surname takes a given name of one or two syllables (대한민국 is no name)
    return t[0] in gz.surnames and len(t) <= 3


@lru_cache(maxsize=4096)
def common_noun(text: str) -> bool:
    """The analyser reads ``text`` as one common noun (경영, 분야, 이틀), not as a name's syllables."""
    pieces = analyse(text)
    return len(pieces) == 1 and pieces[0].tag == "NNG"


def surname_read_apart(w: Word, gz: Gazetteer) -> bool:
    """A bare three-syllable word the analyser reads as a one-syllable surname (a noun or a determiner) and
    nouns after it (윤재석: 윤 + 재석, 권지수: 권 + 지수): a name's shape, where a derived noun splits otherwise
    (정보 + 화, 전기 + 차, 신 + 소재)."""
    if not (w.bare and len(w.text) == 3 and w.text[0] in gz.surnames and len(w.stem_tags) >= 2):
        return False
    if w.stem_tags[-1] == "XSN":
        return False  # (a suffix at the end makes a derived noun: 정보 + 화, 전동 + 화)
    if w.stem_tags[0] == "NNP":
        return True  # a proper noun first, then a common one (박영 + 철, 윤 + 재석)
    pieces = analyse(w.text)  # (read alone: 권 + 지수; a one-syllable prefix, 신 + 소재, makes a derived noun)
    return len(pieces) >= 2 and pieces[0].form == w.text[0] and pieces[0].tag in ("NNP", "NNG", "MM", "NNB") \
        and pieces[-1].tag != "XSN"


def slot_name(w: Word, gz: Gazetteer) -> bool:
    """A name where only a name can stand (after a title inside an organization's parentheses,
    ``한빛협회(회장 이정대)``): also a name that ends like an organization's one-letter suffix (이정대, 김성부),
    which :func:`is_name` alone refuses, as ``한빛대`` is a university."""
    if is_name(w, gz):
        return True
    t = _three_syllables_with_a_surname(w, gz)
    return t is not None and len(suffix_of(t, gz) or "") == 1


def name_list(words: tuple[Word, ...], k: int, gz: Gazetteer) -> list[tuple[int, Word]]:
    """(index, name) from ``words[k]`` on, joined by ``·`` or commas, up to a closing parenthesis."""
    names: list[tuple[int, Word]] = []
    while k < len(words) and words[k].text not in ")）":
        w = words[k]
        if is_name(w, gz) or not names and slot_name(w, gz):  # the title's own slot takes 이정대 too
            names.append((k, w))
        else:
            offset = w.start
            for part in w.text.split("·"):
                sub = Word(part, offset, offset + len(part), part, "", (), w.quoted)
                offset += len(part) + 1
                if not is_name(sub, gz):
                    return names
                names.append((k, sub))
            if "·" not in w.text:
                return names
        k += 1
        if k < len(words) and words[k].text in (",", "·"):
            k += 1
    return names


# the vice mayors of a city, who are named by the field of their charge (경제부시장, 미래혁신부시장): a ministry (…부)
# has no mayor, so "…부시장" is no ministry's 시장 (부지사, 부군수 are read whole as titles already)
_LOCAL_VICE_HEADS = ("부시장",)


def title_of(w: Word, gz: Gazetteer) -> tuple[str, str | None] | None:
    """(title, organization prefix) when the word is a title or a fused organization + title.

    A title is recognised by its head (``특임교수``, ``로봇연구부문장``, ``제1차관``); a word that is an
    organization followed by ``장`` is split (``한국생산기술연구원장`` -> 한국생산기술연구원 + 원장).
    """
    if w.quoted or w.is_punct:
        return None
    return _title_of(w.stem, w.bare, gz)


@lru_cache(maxsize=65536)  # a word is judged once, not at each of its occurrences
def _title_of(stem: str, bare: bool, gz: Gazetteer) -> tuple[str, str | None] | None:
    if bare and stem[-1:] in ONE_SYLLABLE_PARTICLES and len(stem) > 2 and gz.is_title(stem[:-1]):
        stem = stem[:-1]  # the analyser read a long title with its particle as one noun (…부문장이)
    alias, dot, rest = stem.rpartition("·")
    if dot and alias and rest and gz.is_title(rest) and re.fullmatch(r"[A-Za-z0-9&]+", alias):
        return rest, None  # "(NIPA·원장 박윤규)": an alias, then the head's title
    numbered = _NUMBERED.fullmatch(stem)
    if numbered:  # 제1차관, 2차관, 제1부시장; but 제1전시장 is a hall
        return (stem, None) if gz.is_title(numbered.group(1)) and not _hall(numbered.group(1), gz) else None
    if stem in gz.titles:
        return stem, None
    if stem.endswith("팀") and stem[:-1] in _TEAM_HEADS:
        return stem[:-1], None  # "박지성 한빛대 교수팀은": the professor leads the team; "… 학생팀": its students
    local = _local_head(stem, gz)
    if local:
        return local
    for cut in range(2, len(stem) - 1):  # 국회의장, 산기협회장: a known organization fused with a whole title
        # (not 과방위원장: a committee's short form, 과방위, that shares its last syllable with the head, 위원장)
        if stem[cut:] in gz.titles and gz.known_org(stem[:cut]) \
                and (stem[cut - 1:] not in gz.titles or stem[cut - 1:-1] in gz.org_suffixes):
            return stem[cut:], stem[:cut]
    if _hall(stem, gz):
        return None  # 전시장, 국제회의장: a hall, not a mayor (시장) or a head (장)
    for k in (3, 4):  # 경제부시장, 정무부시장: a short field word before a whole title of three syllables or more
        rest = stem[:-k]
        if len(stem) > k and stem[-k:] in gz.titles and 1 <= len(rest) <= 2 and re.fullmatch(r"[가-힣]+", rest) \
                and rest not in gz.local_governments and not gz.known_org(rest) and not suffix_of(rest, gz) \
                and not suffix_of(stem, gz) \
                and len(suffix_of(stem[:-1], gz) or "") < 2:  # (한빛협회장: 한빛협회, an organization, + 회장)
            return stem, None  # (다온연구원 is an organization, though 연구원 is a title too)
    vice = next((v for v in _LOCAL_VICE_HEADS if stem.endswith(v)), None)
    if vice and 3 <= len(stem) - len(vice) <= 6 and re.fullmatch(r"[가-힣]+", stem[:-len(vice)]) \
            and not gz.known_org(stem[:-len(vice)]) and stem[:-len(vice)] not in gz.local_governments:
        return stem, None  # 미래혁신부시장: a city's vice mayor by the field of his charge
    if len(stem) == 4 and stem.endswith("부장") and re.fullmatch(r"[가-힣]{2}", stem[:2]):
        # 산업부장, 경제부장, 영업부장: a desk's or a department's head by its field, the title whole (a ministry's head
        # is its 장관: 산업부 + 장 is no minister)
        return stem, None
    if stem.endswith("장") and len(stem) > 2:
        org = stem[:-1]
        suffix = suffix_of(org, gz)
        if suffix and org[:-len(suffix)] in _HEAD_MODIFIERS:
            return stem, None  # 공동연구원장, 부센터장: a modifier of the head's post, no organization's name
        if suffix:
            # a unit's head keeps the unit word (AVP본부장 -> 본부장, AI센터장 -> 센터장); an organization's
            # head is its last syllable + 장 (한국생산기술연구원장 -> 원장, 협회장 -> 회장)
            # (and on the whole organization where the suffix list knows only its last syllable: 사업부 -> 부)
            unit = next((u for u in _UNITS_LONGEST_FIRST if suffix.endswith(u)), None) \
                or next((u for u in _UNITS_LONGEST_FIRST if org.endswith(u)), None)
            return (unit + "장" if unit else suffix[-1] + "장"), org  # 혁신센터장 -> 센터장, not 터장
        if len(org) >= 3 and gz.known_org(org) and re.fullmatch(r"[가-힣]+", org):
            return org[-1] + "장", org  # a known body with no telling ending: 국무조정실장 -> 국무조정실 + 실장, 감사원장
    for cut in range(3, len(stem) - 1):
        # 한빛대학교총장, 다온재단이사장: an institution by its kind's word, a name before it, fused with a whole
        # title (not 한국전자통신연구원, a known body whose last word is a title too; not 부총장, 사무총장)
        org, head = stem[:cut], stem[cut:]
        if head in gz.titles and org.endswith(_INSTITUTION_KINDS) and len(org) > 3 and not gz.known_org(stem):
            return head, org
    latin = _LATIN_LEAD.fullmatch(stem)
    if latin and (latin.group(2) in gz.titles or gz.is_title(latin.group(2))) and not suffix_of(stem, gz) \
            and not gz.known_org(stem):
        if latin.group(1) in gz.title_fields:
            return stem, None  # "AI전략부문장": a field, part of the title
        return latin.group(2), latin.group(1)  # "HN회장": an organization in Latin letters fused with the title
    if gz.is_title(stem) and not suffix_of(stem, gz) and stem not in gz.not_names:
        return stem, None  # the whole word is the title: 정보통신정책실장, 초빙연구위원
    return None


# the kinds of institution whose name news fuses with its head's whole title (한빛대학교총장, 다온재단이사장)
_INSTITUTION_KINDS = ("대학교", "대학원", "재단", "협회", "학회", "연합회", "연구소", "공사", "공단", "조합")


# the titles a team is named by: its head's ("박지성 교수팀") or its members' ("이서준·최민지 학생팀")
_TEAM_HEADS = frozenset({"교수", "박사", "학생"})


def _hall(stem: str, gz: Gazetteer) -> bool:
    """A venue word that ends like a head's title: 전시장 (시장), 국제회의장, 대연회장 (장)."""
    return stem.endswith(gz.hall_suffixes)


# suffixes of units inside an organization, whose head is written with the whole unit word
_UNITS = frozenset({"본부", "센터", "부문", "대학원", "사업부", "연구본부", "사업본부", "그룹"})
_UNITS_LONGEST_FIRST = tuple(sorted(_UNITS, key=len, reverse=True))
# what a head's post may open with, before a body's kind and 장: 공동연구원장, 부센터장, 수석부문장
_HEAD_MODIFIERS = frozenset({"공동", "부", "수석", "상임", "명예", "선임", "총괄", "직무", "대외", "부설"})
# heads that open with the unit of the government they head: 화성시장 = 화성시 + 시장
_UNIT_HEADS = ("시장", "도지사", "군수", "구청장")


def _local_head(stem: str, gz: Gazetteer) -> tuple[str, str] | None:
    """A local government fused with its head: ``화성시장`` -> 화성시 + 시장, ``경기도지사`` -> 경기도 +
    도지사, ``양평군수`` -> 양평군 + 군수, ``경기지사`` -> 경기 + 지사, ``경기도교육감`` -> 경기도 + 교육감."""
    for k in range(len(stem) - 1, 1, -1):
        place = stem[:k]
        if place not in gz.local_governments:
            continue
        if stem[k - 1:] in _UNIT_HEADS:
            return stem[k - 1:], place
        if gz.is_title(stem[k:]) and len(stem) - k >= 2 and not (stem.endswith("장") and suffix_of(stem[k:-1], gz)):
            return stem[k:], place  # (not "경남벤처기업협회장": a body named with its region, fused with its head)
    return None


def is_party(text: str) -> bool:
    """A political party by its form, Hangul words ending in 당 (한국당, 미래당, 조국혁신당), which may be
    shaped like a person's name."""
    return len(text) >= 3 and text.endswith("당") and re.fullmatch(r"[가-힣]+", text) is not None


def two_names(words: tuple[Word, ...], j: int, gz: Gazetteer) -> bool:
    """Two name-shaped words in a row before a title: news never writes two people so, so the
    first is the person and the second an organization (``최유나 지엘텍 상무``). A first word the
    analyser reads as one common noun (``법무법인 태평양 이상직 변호사``) is no person."""
    # (a first word read as a common noun is still a name when the second ends like an organization:
    # 김도윤 한빛부 차관)
    # (nor when the second has two syllables and the first three: 김도윤 한빛 상무, a two-syllable name is rare)
    # (a first name ending in 인 that the analyser cut as the copula, 도해 + 인, is the whole word: 도해인 한빛 상무)
    first = name_form(words[j - 1], gz) if j > 0 else None
    return first is not None and is_name(words[j - 1], gz) and first.bare \
        and (first.stem_tags != ("NNG",) or suffix_of(words[j].stem, gz) is not None
             or len(words[j].stem) == 2 and len(first.stem) == 3) \
        and not (is_party(first.text) and is_name(words[j], gz)) and not brand_then_name(first, words[j], gz)
    # (한국당 김진태 의원: a party)


def brand_then_name(first: Word, second: Word, gz: Gazetteer) -> bool:
    """``안랩 강석균 대표``, ``한빛 김민수 대표``: a two-syllable word shaped like a name, then a three-syllable one
    that ends like no organization: the second is the person and the first a company's name, for a two-syllable
    given name is rare and a company's two-syllable name common (``최유나 다온 상무``, ``김현 다온랩 상무`` stay
    a name and a company)."""
    return first.bare and not first.quoted and len(first.stem) == 2 and len(second.stem) == 3 \
        and suffix_of(second.stem, gz) is None and first.text not in gz.foreign_given_names \
        and first.text not in gz.foreign_given_words \
        and is_name(first, gz) and is_name(second, gz)  # (유리 가가린: a foreign given name, then its surname)


DEPARTMENTS = ("학과", "학부", "대학원", "연구실", "사업부", "본부", "부문", "연구소")
# a company's site named by its place ("울산공장", "기흥캠퍼스", "여수사업장"): a unit, no part of a foreign name
SITES = ("공장", "캠퍼스", "사업장", "사업소", "제철소", "조선소", "발전소", "지사", "본사", "사옥", "지점", "지역본부")
# a company's office named by its work ("혁신실", "전략기획실"): a unit, no part of a foreign name (a team, "…팀", is read
# as a body's unit before)
OFFICES = ("실",)
# a ministry's division named by its work ("조선해양플랜트과", "인공지능정책과"), four syllables or more: no foreign name's
DIVISIONS = ("과",)


def _proper_compound(w: Word) -> bool:
    """A bare word of four or more syllables that the analyser reads as a proper noun compounded with
    common nouns (함부르크항만컨설팅 = 함부르크 + 항만 + 컨설팅): an organization's name, not a name part."""
    return w.bare and len(w.text) >= 4 and bool(w.stem_tags) and w.stem_tags[0] == "NNP" and "NNG" in w.stem_tags \
        and re.fullmatch(r"[가-힣]+", w.text) is not None


def given_name_in_si(text: str, gz: Gazetteer) -> bool:
    """``히로시``, ``다카시``: a word that ends in 시 as a Japanese given name does, and no city the lists know."""
    return text.endswith("시") and text not in gz.local_governments and text[:-1] not in gz.cities


_UNIT_WORDS = ("부문", "사업부", "본부", "센터", "연구소", "연구원", "랩", "그룹", "담당", "총괄", "팀", "실", "사업단", "법인")


_ORG_AND_UNITS = 5  # words an organization and its units take between a foreign name and the title


def _org_word_at(words: tuple[Word, ...], x: int, gz: Gazetteer) -> bool:
    """The bare word at ``x`` is a known organization or an organization's word (not a given name in 시)."""
    w = words[x]
    return w.bare and not w.is_punct and (gz.known_org(w.text)
                                          or is_org_word(w.text, gz) and not given_name_in_si(w.text, gz))


# where an envoy's post is held, written before the title as a word of its own: "주한 미국대사", "주미 대사"
ENVOY_PLACES = frozenset({"주한", "주미", "주일", "주중", "주영", "주독", "주불", "주러", "주유엔"})


def envoy_place(text: str, gz: Gazetteer) -> bool:
    """Where an envoy's post is held, before the post: a short form (``주한``, ``주미``) or 주 and a country the
    lists know (``주독일``, ``주베트남``)."""
    return text in ENVOY_PLACES or len(text) >= 3 and text[0] == "주" and text[1:] in gz.countries


def foreign_name_before(words: tuple[Word, ...], i: int, gz: Gazetteer) -> tuple[int, int] | None:
    """``존 헤이븐스 IEEE … 사무총장``, ``로니 로센펠드 교수``: two or three Hangul words before the
    title, or before Latin-script organization words, that no list knows as common words.
    Returns the half-open word range of the name."""
    j = i
    # "안나 슈미트 지멘스 디지털인더스트리 부문 부사장": the words between a known organization and the title
    # are its unit's
    # ("존 스미스 한빛테크 아시아태평양 부사장": an organization by its form, a region's unit after it)
    # (the farthest within reach: "마이클 로건 구글 클라우드 AI 부사장", where AI is an organization's word too)
    known = min((x for x in range(i - 1, max(-1, i - _ORG_AND_UNITS), -1) if _org_word_at(words, x, gz)), default=None)
    # ("에이미 첸 지멘스 디지털인더스트리 아시아태평양 총괄": the organization before its unit, which ends like one)
    while known is not None and known > 0 and i - known < _ORG_AND_UNITS and _org_word_at(words, known - 1, gz):
        known -= 1
    if known is not None and known < i - 1 \
            and all(w.bare and not w.is_punct and not gz.is_title(w.text) for w in words[known:i]):
        if words[i - 1].text.endswith(_UNIT_WORDS):
            j = known  # (not "구글 순다르 피차이 CEO": the unit word right before the title says so)
        elif (run := _foreign_run(words, known, gz)) is not None:
            return run  # "마이클 로건 구글 클라우드 부사장": a name before the known organization, its unit after it
    if j >= 4 and words[j - 1].text in ")）":
        # "사티아 나델라 마이크로소프트(MS) CEO", "랜딩AI(Landing AI) 대표": the organization's alias before the title
        opened = next((n for n in range(j - 3, max(0, j - 7), -1) if words[n].text in "(（"), None)
        if opened is not None and opened >= 2 and all(w.bare and w.text not in "()（）" for w in words[opened + 1:j - 1]):
            j = opened
    while j > 0 and (re.search(r"[A-Za-z]", words[j - 1].text) or words[j - 1].text in _ORG_INNER
                     or gz.known_org(words[j - 1].text)
                     or is_org_word(words[j - 1].text, gz) and not given_name_in_si(words[j - 1].text, gz)) \
            and words[j - 1].bare and not words[j - 1].is_punct and not _surname_after_given(words, j - 1, j, gz):
        j -= 1
    if j > 2 and j < i and words[j - 1].bare and words[j - 1].text in gz.cities:
        j -= 1  # "존 스미스 런던 임페리얼칼리지 교수": the city of the organization between the name and it
    if j > 2 and words[j - 1].bare and words[j - 1].text in gz.countries:
        j -= 1  # "토머스 데이븐포트 미국 뱁슨칼리지 교수": the organization's country between the name and it
        # ("올라프 숄츠 독일 총리": or the country whose post it is, right before the title)
    if j < i and j > 1 and words[j].text.endswith(_UNIT_WORDS) and words[j - 1].bare and not words[j - 1].is_punct \
            and not is_name(words[j - 1], gz) and is_name(words[j - 2], gz) \
            and gz.foreign_syllables.isdisjoint(words[j - 1].text):  # (not "안나 로쇼 다온랩 대표")
        return None  # "김민수 다온 AI연구소 수석연구원": a Korean name, then a company's name and its unit
    if j < i and j > 2 and words[j - 1].text in ("전", "前") and words[j - 1].bare:
        j -= 1  # "팻 겔싱어 전 인텔 CEO": a former post's marker between the name and the organization
    if j == i and j > 2 and _proper_compound(words[j - 1]) and all(
            w.bare and w.stem_tags == ("NNP",) and _FOREIGN_PART.match(w.text) for w in words[j - 3:j - 1]):
        j -= 1  # "토마스 베버 함부르크항만컨설팅 CTO": a proper noun compounded with common nouns is the organization
    post = i  # where the post's words start: "필립 골드버그 주한 미국대사", where an envoy's post is held
    while j == post and j > 2 and words[j - 1].bare and envoy_place(words[j - 1].text, gz):
        j = post = j - 1
    if j == post and j > 2 and words[j - 1].bare and words[j - 1].text in ("전", "前"):
        j -= 1  # "헤닝 카거만 전 의장": a former post's marker right before the title
    run = _foreign_run(words, j, gz)
    if run is None:
        run = _name_before_country(words, i, gz)
    # ("라스 옌센 머스크 디지털전략 총괄": the function the post is of, common nouns, between the body and the title)
    for u in (j, j - 1) if j == i and j > 3 and function_of_post(words[j - 1], gz) else (j,):
        if run is not None or not (j == i and u > 2 and words[u - 1].bare and not words[u - 1].is_punct
                                   and words[u - 1].stem_tags and set(words[u - 1].stem_tags) <= {"NNP", "NNG", "SL"}
                                   and len(words[u - 1].text) >= 3 and words[u - 1].text not in gz.not_names
                                   and not gz.is_title(words[u - 1].text)):
            continue
        # "앤드루 응 랜딩에이아이 대표": an unknown proper noun the foreign name's words do not end in, its organization
        run = _foreign_run(words, u - 1, gz)
        # ("마이클 존 로건 한빛대 교수": three words of a name before a word with an organization's suffix)
        if run is not None and run[1] - run[0] != 2 and not (run[1] - run[0] == 3 and suffix_of(words[u - 1].text, gz)):
            run = None  # (the function's word read past only when the word before the title opens no name)
    if run is not None and run[1] == i and run[1] - run[0] == 3 \
            and not gz.foreign_given_names & {words[run[0] + 1].text, words[run[0] + 2].text}:
        # "마테오 비안키 피아트 디렉터": three words right before the title are a given name and a surname, then the
        # organization (news gives a foreign person's body; a middle name is rare and most often a given name the
        # lists know, "마이클 존 로건 교수"; three words before an organization are a name: "보 스티에르네 톰센 LEGO")
        run = run[0], run[0] + 2
    if run is not None and all(w.bare and w.stem_tags == ("NNG",) and gz.foreign_syllables.isdisjoint(w.text)
                               for w in words[run[0]:run[1]]):
        return None  # "기조연설 직후 기자와 만나": common nouns the analyser knows, none written as foreign names are
    if run is not None and run[0] > 0 and gz.is_org_prefix(words[run[0] - 1].text):
        return None  # "재단법인 다온 박정우 이사장": a legal form opens an organization, its name the word after it
    if run is not None and run[1] - run[0] == 2 and len((first := words[run[0]]).text) == 3 and is_name(first, gz) \
            and first.text not in gz.foreign_given_names and len((second := words[run[0] + 1]).stem_tags) >= 2 \
            and all(tag == "NNG" for tag in second.stem_tags):
        return None  # "김하준 스마트제조 협의체 대표": a Korean name, then common nouns compounded opening a body
    return run


def function_of_post(w: Word, gz: Gazetteer) -> bool:
    """A bare word of common nouns compounded (a Latin field word may open it) that names the function a post is
    of, written between the body and the title: ``디지털전략``, ``AI전략``, ``글로벌마케팅``, ``사업개발`` (the
    analyser's common nouns, loanwords among them, where a foreign name's words are proper nouns)."""
    return w.bare and not w.is_punct and len(w.stem_tags) >= 2 and set(w.stem_tags) <= {"NNG", "SL"} \
        and "NNG" in w.stem_tags and not gz.is_title(w.text) \
        and not w.text.endswith(_UNIT_WORDS) and suffix_of(w.text, gz) is None and not is_org_word(w.text, gz)


def _name_before_country(words: tuple[Word, ...], i: int, gz: Gazetteer) -> tuple[int, int] | None:
    """``니나 슈미트 독일 프라운호퍼 IPA 박사``, ``아나 로페스 스페인 바르셀로나 슈퍼컴퓨팅센터 연구원``: a foreign name,
    the country of the body, then the body's words (a city, a name no list knows) before the title."""
    for c in range(i - 2, max(1, i - _ORG_AND_UNITS) - 1, -1):
        w = words[c]
        if w.text in gz.countries and not w.quoted:  # (이란, though the analyser reads it as 이 + 란)
            return _foreign_run(words, c, gz)
        if not w.bare or w.is_punct or gz.is_title(w.text):
            return None
    return None


def long_foreign_part(w: Word) -> bool:
    """A foreign name's word of six to eight syllables that the analyser reads as an unknown proper noun
    (시바수브라마니안, 크리슈나무르 + 티)."""
    return w.stem_tags[:1] == ("NNP",) and _LONG_FOREIGN_PART.match(w.text) is not None


# one-syllable surnames of foreign names as Korean news writes them that no Korean surname list has: Ng, Lee
_ONE_SYLLABLE_SURNAMES = frozenset({"응", "리"})


def title_and(text: str, gz: Gazetteer) -> bool:
    """``리더와``, ``팀장과``: a title and the particle that joins the next person to it, though the analyser took
    the word for one proper noun (the one before has ended; the name after starts another)."""
    return len(text) >= 3 and text.endswith(("와", "과")) and gz.is_title(text[:-1])


def _surname_after_given(words: tuple[Word, ...], x: int, b: int, gz: Gazetteer) -> bool:
    """The word at ``x`` ends the run and follows a known foreign given name: a surname written like a body's name
    (``카를 벤츠``, ``마이클 델``), as a given name alone names nobody."""
    # (not a known company, or a word with an organization's suffix, after two known given names: "필립 로랑 보쉬",
    # "마이클 로건 한빛대": 로랑, 로건 are the surnames, the body follows)
    return x == b - 1 and x >= 1 and words[x - 1].text in gz.foreign_given_names and words[x].bare \
        and not words[x].quoted and re.fullmatch(r"[가-힣]{1,4}", words[x].text) is not None \
        and not (x >= 2 and (gz.known_org(words[x].text) or suffix_of(words[x].text, gz) is not None)
                 and words[x - 2].bare and not words[x - 2].quoted and words[x - 2].text in gz.foreign_given_names)


def _word_and_particle(text: str, gz: Gazetteer) -> bool:
    """A common word and its particle the analyser read as one proper noun (``패널로``, ``연사로``): no word of a
    name."""
    return any(text.endswith(p) and len(text) - len(p) >= 2 and text[:-len(p)] in gz.not_names
               for p in ("으로", "로", "은", "는", "이", "가", "을", "를", "와", "과", "의"))


def _foreign_surname(w: Word, gz: Gazetteer) -> bool:
    """A surname no Korean name is shaped like: two to four Hangul syllables, no common word, its first syllable no
    Korean surname or one of its syllables one only foreign names have (코바치, 쇠렌센)."""
    return w.bare and not w.is_punct and not w.quoted and re.fullmatch(r"[가-힣]{2,4}", w.text) is not None \
        and w.text not in gz.not_names and not gz.is_title(w.text) and not is_org_word(w.text, gz) \
        and (w.text[0] not in gz.surnames or not gz.foreign_syllables.isdisjoint(w.text[1:]))


def _foreign_run(words: tuple[Word, ...], j: int, gz: Gazetteer) -> tuple[int, int] | None:
    """Two or three Hangul words that end at ``j`` and that no list knows as common words, at a phrase's
    start (or after a known organization)."""
    b, a = j, j
    while a > 0 and b - a < 3:
        w = words[a - 1]
        # (a long surname the analyser reads as one proper noun: 시바수브라마니안; a derived noun is none, but a
        # two-syllable word the analyser splits as one is: 하산 as 하 + 산)
        # ("한빛전자 롤란트 부슈 상무": the name's last word read as a verb form, though written with a syllable only
        # foreign names have; "요시다 겐이치로": a word of three syllables or more read whole as a particle, with such a
        # syllable or after a Japanese surname: "기무라 유이치로")
        last_misread = a == b and not w.bare and not w.quoted and _FOREIGN_PART.match(w.text) is not None \
            and not gz.foreign_syllables.isdisjoint(w.text) and any(t.startswith(("VV", "VX", "VA")) for t in w.stem_tags)
        # ("라니 보카르": a given name the lists know, though the analyser read it as a noun and an ending)
        known_given = w.text in gz.foreign_given_names and not w.quoted
        # ("세바스찬 스런": a surname after a known given name that the analyser read as an ending, 스럽 + ㄴ)
        suffix_only = not w.stem_tags and not w.quoted and not w.is_punct and _given_before(words, a - 1, gz)
        # ("카를로스 게레로 지멘스 부사장": a surname after a known given name, right before the organization or the
        # title, that the analyser read as a noun and a particle, 게레 + 로)
        particle_cut = a == b and not w.bare and not w.quoted and w.stem_tags in (("NNP",), ("NNG",)) \
            and len(w.text) >= 2 and _given_before(words, a - 1, gz)
        # ("야니나 코발스카 폴란드 바르샤바공대 교수": a given name no list knows that the analyser read as a proper noun
        # and the particle 나 or 야, "X or", before a surname written with a syllable only foreign names have; it
        # opens the run)
        given_cut = b - a == 1 and w.ending in _RARE_AFTER_NOUN and w.stem_tags == ("NNP",) and len(w.text) >= 3 \
            and not w.quoted and not gz.is_place(w.stem) and not gz.known_org(w.stem) \
            and words[a].bare and not gz.foreign_syllables.isdisjoint(words[a].text)
        if b - a in (1, 2) and w.text in gz.foreign_given_words and not w.quoted and _foreign_surname(words[a], gz):
            # "하나 코바치 지멘스 부사장": a given name written like a Korean word opens the name (the organization
            # after the surname, when no list knows it, is read off the run below)
            a -= 1
            break
        if not ((w.bare or last_misread or known_given or suffix_only or particle_cut or given_cut)
                and (_FOREIGN_PART.match(w.text) or long_foreign_part(w))) \
                or w.text in gz.not_names or w.text in LIST_MARKS \
                or w.stem_tags[:1] and w.stem_tags[0][0] in "JE" \
                and not (w.bare and len(w.text) >= 3 and (not gz.foreign_syllables.isdisjoint(w.text)
                                                          or a >= 2 and words[a - 2].text in gz.japanese_surnames)) \
                and not (w.bare and _given_before(words, a - 1, gz)) \
                or gz.is_title(w.text) and not (known_given and a < b) or "MAJ" in w.stem_tags \
                or "MM" in w.stem_tags and not _given_before(words, a - 1, gz) \
                or describes_a_business(w) and not gz.is_org_prefix(w.text) \
                or "XSN" in w.stem_tags and len(w.text) != 2 \
                or (is_org_word(w.text, gz) or short_form_or_name(w.text, gz)) and not given_name_in_si(w.text, gz) \
                and not _surname_after_given(words, a - 1, b, gz) \
                or w.text[-1] in _NOUN_FINAL and not _given_or_its_surname(words, a - 1, gz) \
                and not _given_before_foreign_surname(words, a - 1, b, gz) \
                or len(w.text) > 3 and w.text.endswith(DEPARTMENTS) or w.text in DEPARTMENTS or w.text in _UNIT_WORDS \
                or len(w.text) > 3 and w.text.endswith(SITES) or len(w.text) >= 3 and w.text.endswith(OFFICES) \
                or len(w.text) >= 4 and w.text.endswith(DIVISIONS) \
                or w.text in gz.countries or w.text in gz.cities or title_and(w.text, gz) or w.text in gz.branch_words \
                or _word_and_particle(w.text, gz) or w.bare and genitive_read_whole(w, gz) \
                or w.bare and b - a >= 2 and owner_read_whole(w) \
                or w.text in _PARTICLE_FORMS and a > 1 and words[a - 2].text in ")）":  # "협회(CTA)의 게리 …"
            break  # (한빛대 산업공학과: a department; 지멘스 재팬: a company's national branch; "그리고 중소기업
            # 대표로": a conjunction and a kind of business, no name)
        a -= 1
        if given_cut:
            break
    if b - a < 2:
        return None
    if b - a == 2 and len(words[b - 1].text) == 3 and is_name(words[b - 1], gz) and a > 0 \
            and LATIN_WORD.fullmatch(words[a - 1].text) is not None:
        return None  # "SK 하이닉스 김철수 부사장": a company its letters open, then a Korean name of three syllables
    if b - a == 3 and (words[a].text in gz.japanese_surnames
                       or len(words[a + 1].text) == 1 and (words[a + 1].text in gz.surnames
                                                           or words[a + 1].text in _ONE_SYLLABLE_SURNAMES)
                       # (not "응우옌 반 안": a one-syllable word after it is a Vietnamese given name, no company)
                       and len(words[a + 2].text) > 1):
        # "다나카 히로시 닛폰로보 상무": a Japanese name is its surname and given name, the company after it;
        # "마사요시 손 레드버스 회장", "제이슨 김 스카이넷 대표": a one-syllable surname ends the name (not
        # "마이클 존 로건": a one-syllable given name in the middle)
        b = a + 2
    before = words[a - 1] if a > 0 else None
    if before is not None and before.bare and not before.is_punct and before.text not in gz.not_names \
            and not gz.is_title(before.text) and not (before.text in _PARTICLE_FORMS and a > 1
                                                      and words[a - 2].text in ")）") \
            and not (before.stem_tags and all(t.startswith("J") for t in before.stem_tags)) \
            and not genitive_read_whole(before, gz) and not (b - a >= 2 and owner_read_whole(before)) \
            and not WHEN_WORD.fullmatch(before.text):  # ("… 15일 조 브렌트 삼성전자 부문장이": a day opens the phrase)
        # not at a phrase boundary: the run may be the end of a longer noun phrase; after a known
        # organization (엔비디아 젠슨 황 CEO) it is a name unless its words are compounds of common nouns
        # (국토교통부 자율주행 융복합 미래포럼)
        # ("프라운호퍼 IPA 마르코 후버 소장", "ABB 로보틱스 사미 아티야 사장": an organization by its letters or its
        # word before the name; "지멘스 디지털인더스트리 라민 하산 CTO": its unit, a compound of nouns, after the
        # organization's word, or the run's first word, and the name its last two)
        unit = a > 1 and before.stem_tags.count("NNG") >= 2 and org_before_run(words[a - 2], gz)
        if not (org_before_run(before, gz) or unit) or any(compound(w) for w in words[a:b]):
            if b - a == 3 and (org_before_run(words[a], gz)
                               or compound(words[a]) and org_before_run(before, gz)) \
                    and not any(compound(w) for w in words[a + 1:b]):
                return a + 1, b
            return None
    return a, b


# a word of when, written before a phrase: "15일", "3월", "이날" (also read by kg.extract.ko_roles)
WHEN_WORD = re.compile(r"\d+(?:일|월|년)|이날|오늘|어제|내일|올해|지난해|최근")


def genitive_read_whole(w: Word, gz: Gazetteer) -> bool:
    """``플랫폼의``: a common noun or a body's word and the genitive 의 that the analyser read as one proper noun (the
    phrase after it opens there: "인더스트리4.0 플랫폼의 헤닝 카거만 전 의장")."""
    stem = w.text[:-1]
    return len(w.text) >= 3 and w.text.endswith("의") and (common_noun(stem) or org_before_run(Word(
        stem, w.start, w.end - 1, stem, "", (), False, w.stem_tags), gz))


def owner_read_whole(w: Word) -> bool:
    """``콩스베르그의`` in ``콩스베르그의 안데르스 하우겐 부사장``: a proper noun and the genitive 의 read as one word (no
    foreign name's word ends in 의), before two words of a name: the name's owner, where the name's words stop."""
    return len(w.text) >= 3 and w.text.endswith("의") and w.stem_tags == ("NNP",)


def _given_or_its_surname(words: tuple[Word, ...], k: int, gz: Gazetteer) -> bool:
    """The word at ``k`` is a foreign given name the lists know (올가), or the surname right after one (안드레 수자):
    its last syllable, one common nouns for people end with (전문가, 관계자), does not make it one."""
    return words[k].text in gz.foreign_given_names or _given_before(words, k, gz)


def _given_before_foreign_surname(words: tuple[Word, ...], k: int, b: int, gz: Gazetteer) -> bool:
    """``루이자 페헤이라``: a proper noun of three syllables or more ending like a noun for people (가, 자), before a
    word of the run written with a syllable only foreign names have: a given name the lists do not know."""
    w = words[k]
    return k + 1 < b and w.bare and w.stem_tags == ("NNP",) and len(w.text) >= 3 and w.text[-1] in "가자" \
        and words[k + 1].bare and not gz.foreign_syllables.isdisjoint(words[k + 1].text)


def _given_before(words: tuple[Word, ...], k: int, gz: Gazetteer) -> bool:
    """The word before ``k`` is a foreign given name the lists know: the word at ``k`` is its surname, however the
    analyser reads it (비크람 세티: 세 + 티, a determiner and a noun)."""
    return k > 0 and words[k - 1].bare and words[k - 1].text in gz.foreign_given_names


# a company's name or unit in Latin capitals, one word: "SK", "ABB", "IPA", "LG"
LATIN_WORD = re.compile(r"[A-Z][A-Za-z0-9&]{1,9}")


def compound(w: Word) -> bool:
    """A word the analyser reads as two common nouns or more, longer than a two-syllable name part (라민 as
    라 + 민 is none)."""
    return w.stem_tags.count("NNG") >= 2 and len(w.text) > 2


def org_before_run(w: Word, gz: Gazetteer) -> bool:
    """A word that reads as an organization's (a known one, Latin letters, an organization's word or suffix)
    right before a foreign name's words."""
    return gz.known_org(w.text) or re.search(r"[A-Za-z]", w.text) is not None or w.text in gz.org_suffixes \
        or w.text in gz.branch_words \
        or (is_org_word(w.text, gz) or suffix_of(w.text, gz) is not None) and not given_name_in_si(w.text, gz)
