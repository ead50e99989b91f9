"""Korean person mentions: a name with its title and organization, in the shapes news uses.

Shapes: ``ORG NAME TITLE`` (산기협 김종훈 이사), ``NAME ORG TITLE`` (김무상 포스코홀딩스 부장), a fused
organization and title (이상목 한국생산기술연구원장), a former title (구현모 전 KT 대표이사),
``ORG(TITLE NAME)`` (한국산업기술진흥협회(회장 구자균)), short later mentions (김무상 부장은) and
bylines (김영준 기자, 김영준기자).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.doc import Doc, Sentence, Word
from kg.extract.gazetteer import Gazetteer
from kg.extract.ko_orgs import OrgPhrase, is_org_word, phrase_from_words, suffix_of
from kg.model import Span

_NAME = re.compile(r"^[가-힣]{2,4}$")
_FUSED_REPORTER = re.compile(r"^([가-힣]{2,4})기자$")
_MAX_ORG_WORDS = 5
_FOREIGN_PART = re.compile(r"^[가-힣]{1,5}$")
# Final syllables of common nouns for people and groups (전문가, 관계자, 산학연 …), not of names.
_NOUN_FINAL = frozenset("가자들인원관연단")
_ORG_INNER = frozenset({"창립", "공동", "초대"})
_QUALIFIERS = frozenset({"전", "前", "초대", "현", "신임", "전임"})
# Final syllables of words that look like names but are fields or derived nouns (경영학, 이틀간, 분야별).
_NOT_NAME_FINAL = frozenset("학간별들적가")


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


def is_name(w: Word, gz: Gazetteer) -> bool:
    """A bare word shaped like a Korean personal name that no list says is something else."""
    punct_only = all(tag.startswith("S") for tag in w.ending_tags)  # "이성환." keeps its name
    t = w.text if w.bare else w.stem
    if not (w.bare or punct_only) or w.quoted or not _NAME.match(t) or t in gz.not_names or t in gz.titles:
        return False
    if gz.known_org(t) or suffix_of(t, gz) or t[-1] in _NOT_NAME_FINAL:
        return False
    if t[:2] in gz.surnames:
        return len(t) in (3, 4)
    # a one-syllable surname takes a given name of one or two syllables (대한민국 is no name)
    return t[0] in gz.surnames and len(t) <= 3


def _name_list(words: tuple[Word, ...], k: int, gz: Gazetteer) -> list[tuple[int, Word]]:
    """(index, name) from ``words[k]`` on, joined by ``·`` or commas, up to a closing parenthesis."""
    names: list[tuple[int, Word]] = []
    while k < len(words) and words[k].text not in ")）":
        w = words[k]
        if is_name(w, gz):
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
        if k < len(words) and words[k].text == ",":
            k += 1
    return names


def _title_of(w: Word, gz: Gazetteer) -> tuple[str, str | None] | None:
    """(title, organization prefix) when the word is a title or a fused organization + title."""
    if w.quoted or w.is_punct:
        return None
    if w.stem in gz.titles:
        return w.stem, None
    stem = w.stem
    if re.match(r"^제\d", stem):  # 제1전시장 is a hall, not a title
        return None
    if stem.endswith("장") and len(stem) > 2:
        org = stem[:-1]
        suffix = suffix_of(org, gz)
        if suffix:
            return suffix[-1] + "장", org
    for title in ("센터장", "연구소장", "본부장", "단장", "처장", "실장", "팀장", "랩장", "부문장"):
        if stem.endswith(title) and len(stem) > len(title):
            return title, stem[: -len(title)]
    return None


def _org_words_left(words: tuple[Word, ...], end: int, gz: Gazetteer, *, parens: bool = True) -> int:
    """Index of the first word of the organization phrase that ends just before ``end``."""
    i = end
    while i > 0 and end - i < _MAX_ORG_WORDS:
        w = words[i - 1]
        if w.text in ")）" and parens:
            open_at = next((k for k in range(i - 2, max(-1, i - 8), -1) if words[k].text in "(（"), None)
            if open_at is None or open_at == 0 or not is_org_word(words[open_at - 1].stem, gz):
                break
            i = open_at
            continue
        if w.bare and not w.quoted and is_org_word(w.text, gz):
            i -= 1
            continue
        break
    return i


def _split_unit(org_words: list[Word], doc: Doc, gz: Gazetteer) -> tuple[OrgPhrase | None, str | None]:
    """``과기정통부 지능정보사회추진단`` -> organization 과기정통부, unit 지능정보사회추진단."""
    phrase = phrase_from_words(org_words, doc.text)
    if phrase is None or len(org_words) < 2 or gz.known_org(phrase.text):
        return phrase, None
    head = org_words[0]
    if is_org_word(head.text, gz) and not any(w.text in "(（" for w in org_words) \
            and not all(is_org_word(w.text, gz) and re.search(r"[A-Za-z]", w.text) for w in org_words):
        unit = doc.slice(org_words[1].start, org_words[-1].stem_end)
        return OrgPhrase(head.start, head.end, head.text), unit
    return phrase, None


def _mention(doc: Doc, s_index: int, name: Word, title: str | None, org_words: list[Word],
             fused_org: str | None, title_word: Word | None, qualifier: str | None, gz: Gazetteer) -> PersonMention:
    org, unit = _split_unit(org_words, doc, gz) if org_words else (None, None)
    if fused_org:
        assert title_word is not None
        fused_start = title_word.start
        if org_words:
            org = OrgPhrase(org_words[0].start, fused_start + len(fused_org),
                            doc.slice(org_words[0].start, fused_start + len(fused_org)))
        else:
            org = OrgPhrase(fused_start, fused_start + len(fused_org), fused_org)
    ends = [name.stem_end] + ([title_word.stem_end] if title_word else []) + ([org.end] if org else [])
    starts = [name.start] + ([org.start] if org else [])
    return PersonMention(name.stem, Span(name.start, name.stem_end), Span(min(starts), max(ends)), s_index,
                         title, org, unit, qualifier)


def _in_sentence(doc: Doc, s_index: int, sent: Sentence, gz: Gazetteer) -> list[PersonMention]:
    words = sent.words
    found: list[PersonMention] = []
    used: set[int] = set()
    for i, w in enumerate(words):
        reporter = _FUSED_REPORTER.match(w.stem) if not w.quoted else None
        if reporter and reporter.group(1)[0] in gz.surnames:
            name_word = Word(reporter.group(1), w.start, w.start + len(reporter.group(1)), reporter.group(1), "", (), False)
            found.append(PersonMention(name_word.text, Span(name_word.start, name_word.end),
                                       Span(w.start, w.stem_end), s_index, "기자"))
            continue
        got = _title_of(w, gz)
        if got is None:
            continue
        title, fused_org = got
        # ORG (TITLE NAME), ORG (TITLE NAME·NAME)
        if 0 < i < len(words) - 2 and words[i - 1].text in "(（":
            org_start = _org_words_left(words, i - 1, gz, parens=False)
            if org_start < i - 1:
                for k, name in _name_list(words, i + 1, gz):
                    used.add(k)
                    found.append(_mention(doc, s_index, name, title, list(words[org_start:i - 1]),
                                          fused_org, None, None, gz))
            continue
        # NAME TITLE, ORG NAME TITLE
        if i > 0 and is_name(words[i - 1], gz) and i - 1 not in used:
            org_start = _org_words_left(words, i - 1, gz)
            used.add(i - 1)
            found.append(_mention(doc, s_index, words[i - 1], title, list(words[org_start:i - 1]),
                                  fused_org, w, None, gz))
            continue
        # NAME [전|초대] ORG [UNIT …] TITLE
        k = _name_before(words, i, gz)
        if k is not None and k not in used:
            between = list(words[k + 1:i])
            qualifier = between[0].text if between and between[0].text in _QUALIFIERS else None
            if qualifier:
                between = between[1:]
            if (between or fused_org) and _org_by_form_or_place(between, gz):
                used.add(k)
                found.append(_mention(doc, s_index, words[k], title, between, fused_org, w, qualifier, gz))
                continue
        # FOREIGN NAME [ORG …] TITLE
        foreign = _foreign_name_before(words, i, gz)
        if foreign is not None and not used & set(range(*foreign)):
            a, b = foreign
            used.update(range(a, b))
            text = doc.slice(words[a].start, words[b - 1].end)
            name = Word(text, words[a].start, words[b - 1].end, text, "", (), False)
            found.append(_mention(doc, s_index, name, title, list(words[b:i]), fused_org, w, None, gz))
    return found


def _name_before(words: tuple[Word, ...], i: int, gz: Gazetteer) -> int | None:
    """Index of a name a few bare words before ``words[i]`` (``NAME ORG UNIT TITLE``), if any."""
    j, taken = i - 1, 0
    while j >= 0 and taken <= _MAX_ORG_WORDS:
        w = words[j]
        if w.text in ")）":
            j = next((k for k in range(j - 1, max(-1, j - 8), -1) if words[k].text in "(（"), -1) - 1
            continue
        if is_name(w, gz):
            return j if j < i - 1 else None
        if w.quoted or w.is_punct or not w.bare or w.stem in gz.titles:
            return None
        j -= 1
        taken += 1
    return None


def _foreign_name_before(words: tuple[Word, ...], i: int, gz: Gazetteer) -> tuple[int, int] | None:
    """``존 헤이븐스 IEEE … 사무총장``, ``로니 로센펠드 교수``: two or three Hangul words before the
    title, or before Latin-script organization words, that no list knows as common words.
    Returns the half-open word range of the name."""
    j = i
    while j > 0 and (re.search(r"[A-Za-z]", words[j - 1].text) or words[j - 1].text in _ORG_INNER
                     or gz.known_org(words[j - 1].text)) and words[j - 1].bare and not words[j - 1].is_punct:
        j -= 1
    b, a = j, j
    while a > 0 and b - a < 3:
        w = words[a - 1]
        if not (w.bare and _FOREIGN_PART.match(w.text)) or w.text in gz.not_names or w.text in gz.titles \
                or is_org_word(w.text, gz) or w.text[-1] in _NOUN_FINAL:
            break
        a -= 1
    if b - a < 2:
        return None
    before = words[a - 1] if a > 0 else None
    if before is not None and before.bare and not before.is_punct and before.text not in gz.not_names:
        return None  # not at a phrase boundary: the run may be the end of a longer noun phrase
    return a, b


def _org_by_form_or_place(between: list[Word], gz: Gazetteer) -> bool:
    """Words between a name and a title make an organization when the first is one by its form
    (``서울대학교 응용공학과``), or when a lone word stands where the organization goes
    (``장순흥 한동대 총장``) and is no common word."""
    if not between:
        return True
    if len(between) > 1 and (between[0].text in gz.countries or between[0].text in gz.cities):
        between = between[1:]  # 싱가포르 난양공대, 서울 ○○대
    first = between[0]
    if is_org_word(first.text, gz):
        return True
    return len(between) == 1 and bool(re.match(r"^[가-힣A-Za-z]", first.text)) and first.text not in gz.not_names


def find_people(doc: Doc, gz: Gazetteer) -> list[PersonMention]:
    """Every person mention of the article, in text order."""
    found: list[PersonMention] = []
    for s_index, sent in enumerate(doc.sentences):
        found.extend(_in_sentence(doc, s_index, sent, gz))
    return sorted(found, key=lambda m: m.name_span.start)
