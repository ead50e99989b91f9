"""Korean organization rules: which words are organizations, organization phrases and lists.

An organization word is one the gazetteer knows, one that ends with an organization suffix
(``협회``, ``연구원``, ``홀딩스`` …) after a stem of its own, or a Latin-script name (``UNIST``,
``HD현대삼호``). Lists are split at commas, ``와/과`` and ``및`` so that ``산기협과 울산과학기술원(UNIST),
LG AI연구원`` gives three organizations and ``(UNIST)`` an alias.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.doc import Doc, Word
from kg.extract.gazetteer import ABBREVIATION_BUCKET, Gazetteer, abbreviation_leads, is_abbreviation
from kg.extract.morph import COMMON_WORD_SCORE, word_score
from kg.model import Span

_LATIN_NAME = re.compile(r"^(?:[A-Z][A-Za-z0-9&\-.]*|[A-Z0-9&]{2,}[가-힣A-Za-z0-9]*)$")
_HANGUL = re.compile(r"^[가-힣0-9·]+$")
_ONE_SYLLABLE_MIN_STEM = 2  # 부, 처, 청, 대 … need a stem of at least two syllables (과기정통부, 서울대)
_NOT_ORG_PREFIX = ("이번", "해당", "각", "모든", "여러", "국내", "해외", "주요", "관련",
                   # a postposition-like noun that closes the phrase before it: "…의 후원 아래 한빛협회가"
                   "아래", "하에", "가운데", "속", "속에", "함께", "이어", "또", "또한", "특히",
                   # when: "이 포럼은 매년 한빛협회가 개최한다"
                   "매년", "해마다", "매해", "올해", "격년", "매월", "매달", "매번")


# the kind of business a description before a company's name ends in: "AI 반도체 전문기업 X", "로봇 스타트업 Y"
BUSINESS_KINDS = ("기업", "업체", "스타트업", "회사", "개발사", "제조사", "벤처")


def describes_a_business(w: Word) -> bool:
    """A bare word ending in a kind of business (전문기업, 스타트업): a description before a company's name."""
    return w.bare and not w.quoted and not w.is_punct and w.stem.endswith(BUSINESS_KINDS)


def past_its_kind(words: Sequence[Word]) -> int:
    """Where the words after a description of what a company is begin (``AI 반도체 전문기업 누리칩스``: 3, the
    index of 누리칩스): past the last word but one that :func:`describes_a_business`, 0 when none does."""
    return max((n + 1 for n, w in enumerate(words[:-1]) if describes_a_business(w)), default=0)


# the titles of a body's head (its 회장, 원장, 장관, 대표 …): one who holds an event holds it for the body
ORG_HEADS = frozenset({"회장", "원장", "총장", "이사장", "시장", "도지사", "지사", "군수", "구청장", "청장", "장관", "위원장",
                       "대표", "대표이사", "사장", "의장", "학회장", "협회장", "CEO", "최고경영자", "공동대표",
                       "행장", "은행장"})  # (a bank's head: 행장)


def suffix_of(word: str, gz: Gazetteer) -> str | None:
    """The organization suffix ``word`` ends with, if its stem is long enough."""
    for suffix in gz.suffixes_of(word):
        if word != suffix:
            need = _ONE_SYLLABLE_MIN_STEM if len(suffix) == 1 else 1
            if len(word) - len(suffix) >= need:
                return suffix
    return None


_LEGAL_PREFIX = re.compile(r"(?:㈜|\(주\)|（주）|\(사\)|㈔|\(재\))\S")


_COUNTED = re.compile(r"[\d.,~\-]+\s*(?:여\s*)?[가-힣]{1,2}")


def is_org_word(text: str, gz: Gazetteer) -> bool:
    """Whether a bare word (no particle) names, or is part of, an organization."""
    if not text or text in gz.titles or text in gz.not_names or text.isdigit() or _COUNTED.fullmatch(text):
        return False  # (20일, 3월, 2025년, 300여명, 1부: a number with its counter names no organization)
    if gz.known_org(text) or text in gz.local_governments and text[-1] in "시도군구":  # (경북도, 화성시)
        return True
    if "·" in text and all(gz.known_org(part) for part in text.split("·")):
        return True  # "현대차·기아", "삼성·LG": known bodies written together
    if _LATIN_NAME.match(text) and not text.isdigit():
        return True
    if _LEGAL_PREFIX.match(text):
        return True  # "㈜대성하이텍", "(주)로보웍스", "주식회사 …": a company by its legal form
    suffix = suffix_of(text, gz)
    if suffix is None or not (_HANGUL.match(text) or re.search(r"[A-Za-z]", text)):
        return False
    # 한양대 or 박상대: only a gazetteer entry (checked above) or a city before the suffix settles it
    return not short_form_or_name(text, gz) or text[:-1] in gz.cities


def short_form_or_name(text: str, gz: Gazetteer) -> bool:
    """``한양대``, ``박상대``: a surname, then two syllables, the last a one-syllable organization suffix:
    a Korean personal name or an organization's short form, never a foreign name's part."""
    return len(text) == 3 and len(suffix_of(text, gz) or "") == 1 and text[0] in gz.surnames


@dataclass(frozen=True)
class OrgPhrase:
    """An organization as written: its span, text, and aliases given in parentheses."""

    start: int
    end: int
    text: str
    aliases: tuple[str, ...] = ()
    written: bool = True  # False for a name the text implies ("X 의원실" for "X 의원이 주최"): no mention of it

    @property
    def span(self) -> Span | None:
        """The mention of the organization, when the text writes it so."""
        return Span(self.start, self.end) if self.written else None


_LIST_DOTS = "·ㆍ"


def phrase_from_words(words: list[Word], doc_text: str, gz: Gazetteer) -> OrgPhrase | None:
    """Join consecutive words (already judged) into one phrase; a trailing ``(X)`` becomes an alias."""
    while words and words[-1].text in "(（":
        words = words[:-1]  # "한빛협회(주최)와": the parenthesis its part in the event opens, no part of the name
    if not words:
        return None
    depth, cut = 0, len(words)
    for w in words:
        if w.text in "(（":
            depth += 1
        elif w.text in ")）":
            depth -= 1
    aliases: tuple[str, ...] = ()
    if words[-1].text in ")）" and depth == 0:
        open_at = max(i for i, w in enumerate(words) if w.text in "(（")
        inner = doc_text[words[open_at].end:words[-1].start].strip()
        inner = re.sub(r"^이하\s*", "", inner)
        alias, _, rest = inner.partition(",")
        if rest.split() and gz.is_title(rest.split()[0]):
            inner = alias.strip()  # "더에이아이(THE AI, 대표 황민수)": the alias, then the head
        alias, dot, rest = inner.partition("·")
        if dot and rest.split() and gz.is_title(rest.split()[0]) and re.fullmatch(r"[A-Za-z0-9&]+", alias):
            inner = alias  # "정보통신산업진흥원(NIPA·원장 박윤규)"
        cut = open_at
        if _is_alias(inner, gz):
            aliases = (inner,)
    if cut == 0:
        return None
    first, last = words[0], words[cut - 1]
    # ("A(회장 X)·B(회장 Y)가": the middle dot after a bracket separates the list's items, it is no part of B)
    start = first.start + 1 if first.text[:1] in _LIST_DOTS and first.end - first.start > 1 else first.start
    text = doc_text[start:last.stem_end]
    inner_aliases: list[str] = list(aliases)
    for i, w in enumerate(words[:cut]):
        if w.text in "(（" and i > 0:
            close = next((j for j in range(i, cut) if words[j].text in ")）"), None)
            inner = doc_text[w.end:words[close].start].strip() if close is not None else ""
            if _is_alias(inner, gz):
                inner_aliases.append(words[i - 1].stem)
                inner_aliases.append(inner)
    return OrgPhrase(start, last.stem_end, text, tuple(a for a in inner_aliases if a and a != text))


def _is_alias(inner: str, gz: Gazetteer) -> bool:
    """A parenthesis that renames an organization, not one that names its head (``(회장 구자균)``)."""
    first = inner.split()[0] if inner.split() else ""
    return bool(inner) and len(inner) <= 40 and not gz.is_title(first) and not re.search(r"\d", first) \
        and inner not in LEGAL_MARKS \
        and _PART_IN_PARENS.fullmatch(inner) is None  # ("누리전자(주)": the legal form; "한빛협회(주최)": its part)


# the part a body takes in an event, written in parentheses after its name ("한빛협회(주최)와 다온재단(주관)이"): no
# second name of it
_PART_IN_PARENS = re.compile(r"(?:공동\s*)?(?:주최|주관|후원|협찬|협력|참여|운영|총괄|기획|공동주최|공동주관)(?:\s*기관)?")


# a company's or a foundation's legal form written in parentheses after its name: (주) 주식회사, (사) 사단법인,
# (재) 재단법인, (유) 유한회사, (합) 합자회사
LEGAL_MARKS = frozenset({"주", "사", "재", "유", "합", "株"})


_DOTS = re.compile("[·․・‧∙]")


def _split_dotted(words: list[Word], gz: Gazetteer) -> list[Word]:
    """``한빛대학교·다온연구원이``: a word whose dot-joined parts are each an organization is a list of
    them (joined by commas here); ``한국인공지능·소프트웨어산업협회`` stays one name."""
    out: list[Word] = []
    for w in words:
        lead = _DOTS.match(w.text)
        if lead is not None and out and out[-1].text in ")）" and len(w.text) > lead.end() and not w.quoted:
            # "한빛협회(HB)·다온연구원": the dot after an alias's parenthesis parts two items
            out.append(Word(",", w.start, w.start + lead.end(), ",", "", (), w.quoted))
            rest = w.text[lead.end():]
            stem = w.stem[lead.end():] if w.stem.startswith(lead.group()) else w.stem
            w = Word(rest, w.start + lead.end(), w.end, stem, w.ending, w.ending_tags, w.quoted,
                     tuple(t for t in w.stem_tags if t != "SP") or w.stem_tags)
        parts = _DOTS.split(w.stem)
        orgs = [is_org_word(x, gz) for x in parts]
        # ("한빛대·다온재단": a university's short form beside a body named as one)
        if len(parts) < 2 or w.quoted or not any(orgs) \
                or not all(o or re.fullmatch(r"[가-힣]{1,3}대", x) for o, x in zip(orgs, parts)):
            out.append(w)
            continue
        at = w.start
        for k, part in enumerate(parts):
            last = k == len(parts) - 1
            text = w.text[at - w.start:] if last else part
            ending = w.ending if last else ""
            out.append(Word(text, at, at + len(text), part, ending, w.ending_tags if last else (), w.quoted,
                            w.stem_tags))
            if not last:
                out.append(Word(",", at + len(part), at + len(part) + 1, ",", "", (), w.quoted))
            at += len(part) + 1
    return out


def split_list(words: list[Word], gz: Gazetteer, declared: bool = False) -> list[list[Word]]:
    """Split a run of words into list items at commas, ``와/과`` endings and ``및``. ``declared``: the
    words are said to be a list of bodies (``후원사로 A와 B가``), so every ``와/과`` ending parts two."""
    items: list[list[Word]] = [[]]
    depth = 0
    person_parens = False  # the last parenthesis named a person: "(회장 구자균)"
    split = _split_dotted(words, gz)
    for n, w in enumerate(split):
        if w.text in "(（":
            depth += 1
            person_parens = False
        elif w.text in ")）":
            depth = max(0, depth - 1)
        elif depth == 1 and items[-1] and items[-1][-1].text in "(（":
            person_parens = gz.is_title(w.stem)
        if depth == 0 and w.text in (",", "、", "△", "▲", "=", "[", "]"):
            items.append([])
            continue
        if depth == 0 and w.is_particle and w.text in ("과", "와"):  # "…(회장 곽덕훈)과 …"
            items.append([])
            continue
        if depth == 0 and items[-1] and items[-1][-1].text in ")）" and person_parens and is_org_word(w.stem, gz):
            items.append([])  # "CTO클럽(대표간사 …) 신기술기업협의회": a missing comma
        if depth == 0 and w.text == "및" and items[-1] and suffix_of(items[-1][-1].stem, gz):
            items.append([])
            continue
        items[-1].append(w)
        if depth == 0 and w.ending in ("과", "와") and (declared or is_org_word(w.stem, gz) or _bare_suffix(w.stem, items[-1], gz)
                                                      or gz.is_title(w.stem)  # "김하늘 의원과 한빛협회는"
                                                      or (suffix_of(w.stem, gz) is not None
                                                          or w.stem in gz.suffixes_of(w.stem) and len(items[-1]) == 1)
                                                      and n + 1 < len(split) and is_org_word(split[n + 1].stem, gz)):
            # ("협회와 한국산업기술진흥원이": a body's kind alone, standing for one the article names, is an item too)
            items.append([])  # "스마트제조협회와 …", "김성호 의원실과 …", "배재대와 대전테크노파크가"
    return [i for i in items if i]


def _bare_suffix(stem: str, item: list[Word], gz: Gazetteer) -> bool:
    """An organization suffix written as a word of its own after a name: ``김성호 의원실``, ``경기 테크노파크``, or
    after a compound or a coined noun (``인공지능 얼라이언스``, ``미래로봇 연합회``; not ``관련 협회``, ``혁신 허브``:
    one common noun before a body's kind names no body)."""
    if not (len(stem) >= 2 and stem in gz.suffixes_of(stem) and len(item) >= 2):
        return False
    before = item[-2]
    return before.proper or before.bare and not before.quoted and bool(before.stem_tags) \
        and all(t in ("NNG", "NNP", "SL", "SN") for t in before.stem_tags) and before.text not in gz.titles \
        and (len(before.stem_tags) >= 2 or word_score(before.text) < COMMON_WORD_SCORE)


def _suffixed_run(words: list[Word], gz: Gazetteer) -> bool:
    """``한빛대 연구처``: two or more words that each end in an organization's suffix. Either alone may be a
    person's name (한빛대, 연구처 start with a surname); a body and its unit in a row are no name."""
    return len(words) >= 2 and all(w.bare or w is words[-1] for w in words) \
        and all(suffix_of(w.stem, gz) is not None for w in words)


THIS_PAPER = "본지"  # "this paper": the outlet whose article it is
LAWMAKERS = frozenset({"의원", "국회의원"})  # a lawmaker's title: they hold an event through their office


def _a_persons_title(outside: list[Word], gz: Gazetteer) -> bool:
    """The item ends with a person's name and their title, neither an organization's word: ``다온당 황정아
    의원``, ``한빛협회 김철수 회장`` (the name is two to four syllables after a surname)."""
    if len(outside) < 3:
        return False
    name, title = outside[-2], outside[-1]
    return gz.is_title(title.stem) and not is_org_word(title.stem, gz) and name.bare \
        and re.fullmatch(r"[가-힣]{2,4}", name.text) is not None and name.text[0] in gz.surnames \
        and not is_org_word(name.text, gz) and not gz.known_org(name.text)


def org_item(item: list[Word], doc_text: str, gz: Gazetteer, *, declared: bool = False) -> OrgPhrase | None:
    """An organization phrase from a list item, or None when the item is not an organization.
    ``declared``: the list says its items are organizations (``… 등 4개 기관이``), so an item needs
    no organization word of its own (``인공지능 혁신 허브``)."""
    # "X을 비롯한 …", "X 등", "X 4개 기관": keep X
    for i, w in enumerate(item):
        if not _in_parens(item, i) and (w.stem in ("비롯", "등") or w.text.startswith("비롯")
                                        or re.match(r"^\d+개", w.text)):
            item = item[:i]
            break
    # "… 회원사로 구성된 전국연구소장협의회": start after the last word with a non-list ending
    for i in range(len(item) - 2, -1, -1):
        w = item[i]
        if w.ending and w.ending not in ("과", "와") and not _in_parens(item, i):
            item = item[i + 1:]
            break
    for i in range(len(item) - 2, -1, -1):  # "중소벤처기업부 산하 중소기업기술정보진흥원": the body under it
        if item[i].text in UNDER and not _in_parens(item, i):
            item = item[i + 1:]
            break
    while item and (item[-1].is_particle or item[-1].stem in _ITS_PEOPLE and len(item) > 1
                    or len(item) > 1 and _COUNTED.fullmatch(item[-1].stem) is not None):
        item = item[:-1]  # "다온협회 관계자는", "다온재단 관계자 50여명이": the organization, less its people
    while item and (item[0].stem in _NOT_ORG_PREFIX or item[0].is_punct and item[0].text not in "(（"):
        item = item[1:]
    if not item:
        return None
    outside = [w for i, w in enumerate(item) if not _in_parens(item, i) and not w.is_punct]
    if not outside:
        return None
    last = outside[-1]
    if _a_persons_title(outside, gz):
        # "한빛협회 김철수 회장이 주최한": a person with their title ends the item; the body they head holds it,
        # not the whole phrase; a lawmaker holds it through their office, which the callers' own frames read
        # ("다온당 황정아 의원이": not the party)
        name_at = next(i for i, w in enumerate(item) if w is outside[-2])
        return None if outside[-1].stem in LAWMAKERS else org_item(item[:name_at], doc_text, gz, declared=declared)
    if len(outside) == 1 and last.stem == THIS_PAPER:
        return OrgPhrase(last.start, last.stem_end, THIS_PAPER)  # "본지가 주최한": the article's outlet (see kg.extract.ko)
    known = gz.known_org(doc_text[item[0].start:last.stem_end])
    if not (known or declared or is_org_word(last.stem, gz) or any(is_org_word(w.stem, gz) for w in outside[:1])
            or _bare_suffix(last.stem, outside, gz) or _suffixed_run(outside, gz)):
        return None
    if not known and len(outside) > 4:
        return None
    return phrase_from_words(item, doc_text, gz)


@dataclass(frozen=True)
class WrittenOrgs:
    """The words of an article (outside quotes) that name an organization by their own form, indexed for
    :func:`named_elsewhere`: by each organization suffix they end in, and by the syllables a short form of
    them may start with (a bounded bucket each, so a lookup costs no scan of the article)."""

    by_kind: dict[str, dict[str, Word]]  # suffix -> stem -> its first word
    by_lead: dict[str, list[str]]  # lead syllable -> stems


def written_orgs(doc: Doc, gz: Gazetteer) -> WrittenOrgs:
    """Index the article's organization words (:class:`WrittenOrgs`), once."""
    by_kind: dict[str, dict[str, Word]] = {}
    by_lead: dict[str, list[str]] = {}
    for s in doc.sentences:
        for w in s.words:
            if w.quoted or not is_org_word(w.stem, gz):
                continue
            for kind in gz.suffixes_of(w.stem):
                by_kind.setdefault(kind, {}).setdefault(w.stem, w)
            for lead in abbreviation_leads(w.stem):
                bucket = by_lead.setdefault(lead, [])
                if w.stem not in bucket and len(bucket) < ABBREVIATION_BUCKET:
                    bucket.append(w.stem)
    return WrittenOrgs(by_kind, by_lead)


def named_elsewhere(word: Word, written: WrittenOrgs, gz: Gazetteer) -> OrgPhrase | None:
    """An organization the article names in full, referred to by one word: its kind alone (``이번 총회는
    산업부가 주최하고 협회가 주관한다``: the one organization of the article whose name ends in 협회; none
    with two) or its short form (``대한상의가 주관한다`` after ``대한상공회의소``). ``written``: the
    article's organization words (:func:`written_orgs`)."""
    stem = word.stem
    if len(stem) < 2 or gz.is_title(stem) or not re.fullmatch(r"[가-힣]+", stem):
        return None
    if stem in gz.suffixes_of(stem):  # the kind alone
        full = [w for s, w in written.by_kind.get(stem, {}).items() if s != stem]
        return OrgPhrase(full[0].start, full[0].stem_end, full[0].stem) if len(full) == 1 else None
    full_form = next((s for s in written.by_lead.get(stem[0], ()) if is_abbreviation(stem, s, gz.suffixes_of(s))), None)
    return OrgPhrase(word.start, word.stem_end, stem, (full_form,)) if full_form else None


# words for an organization's people or side, after its name
_ITS_PEOPLE = frozenset({"관계자", "관계자들", "담당자", "담당자들", "직원", "직원들", "임직원", "임직원들", "측", "회원",
                         "회원들", "회원사", "대표단", "실무자", "연구진", "구성원"})
# a word between a parent body and the body under it
# words after a parent body and before the body under it ("중소벤처기업부 산하 중소기업기술정보진흥원")
UNDER = frozenset({"산하", "소속", "직속", "산하의", "소속의", "직속의"})
# the endings of a university's name (한빛대, 한빛대학교, 울산과학기술원, 광주과기원)
UNIVERSITY_SUFFIXES = frozenset({"대학교", "대학", "대", "공대", "과학기술원", "과기원"})


def _in_parens(item: list[Word], index: int) -> bool:
    depth = 0
    for w in item[:index]:
        if w.text in "(（":
            depth += 1
        elif w.text in ")）":
            depth -= 1
    return depth > 0


def defined_aliases(doc: Doc, gz: Gazetteer) -> list[OrgPhrase]:
    """Organizations the text renames in parentheses anywhere: ``과학기술정보통신부(과기정통부)``,
    ``한국로봇산업협회(이하 로봇협회)``."""
    found = []
    for sent in doc.sentences:
        words = sent.words
        for i in range(1, len(words) - 2):
            if words[i].text not in "(（" or not words[i - 1].bare or words[i - 1].quoted:
                continue
            close = next((j for j in range(i + 1, min(i + 6, len(words))) if words[j].text in ")）"), None)
            if close is None or not is_org_word(words[i - 1].text, gz):
                continue
            inner = doc.text[words[i].end:words[close].start].strip()
            if _is_alias(inner, gz) and not re.search(r"\s", re.sub(r"^이하\s*", "", inner)):
                phrase = phrase_from_words(list(words[i - 1:close + 1]), doc.text, gz)
                if phrase:
                    found.append(phrase)
    return found
