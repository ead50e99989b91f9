"""A tokenised article: sentences of words, each word knowing where its stem ends.

All offsets are article offsets. Words inside speech quotes (“…”) or single-quoted titles are
flagged so that person and organization rules skip them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from kg.extract import morph
from kg.extract.text import Quoted, close_spaced_labels, find_quotes, sentences, tokens
from kg.model import Article, Span

_STANDALONE_PARTICLES = frozenset({"은", "는", "이", "가", "을", "를", "과", "와", "의", "에", "에서", "도", "로", "으로"})


class Word(NamedTuple):
    """A token with its stem: ``stem`` is the word less particles/endings (``회장은`` -> ``회장``)."""

    text: str
    start: int
    end: int
    stem: str
    ending: str  # the stripped part ('' when none)
    ending_tags: tuple[str, ...]
    quoted: bool  # inside a quote
    stem_tags: tuple[str, ...] = ()  # the analyser's tags of the stem's morphemes (NNP: proper noun)

    @property
    def is_punct(self) -> bool:
        return len(self.text) == 1 and not self.text.isalnum()

    @property
    def is_particle(self) -> bool:
        """A particle standing alone, as after a parenthesis: ``…(회장 곽덕훈)과``."""
        return self.text in _STANDALONE_PARTICLES

    @property
    def bare(self) -> bool:
        """No particle or ending attached (``한``, ``된``: an ending fused into a verb's one syllable is one)."""
        return not self.ending and not self.ending_tags

    @property
    def proper(self) -> bool:
        """The analyser reads the stem as a proper noun or Latin-script name (``한결소프트``, ``누리TP``)."""
        return bool(self.stem_tags) and any(t in ("NNP", "SL") for t in self.stem_tags) \
            and all(t in ("NNP", "NNG", "SL", "SN", "SH") for t in self.stem_tags)

    @property
    def stem_end(self) -> int:
        return self.start + len(self.stem)

    @property
    def as_bare(self) -> Word:
        """The stem as a word of its own, its particle or ending dropped (``김철수는`` -> ``김철수``)."""
        return Word(self.stem, self.start, self.stem_end, self.stem, "", (), self.quoted, self.stem_tags)


@dataclass(frozen=True)
class Sentence:
    span: Span
    words: tuple[Word, ...]
    quotes: tuple[Quoted, ...]

    def text(self, doc_text: str) -> str:
        return doc_text[self.span.start:self.span.end]


@dataclass(frozen=True)
class Doc:
    article: Article
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quoted, ...]

    @property
    def text(self) -> str:
        return self.article.text

    def slice(self, start: int, end: int) -> str:
        return self.article.text[start:end]


_CASE_PARTICLES = frozenset({"JKS", "JKO", "JX", "JKG"})  # subject, object, topic, genitive


def _stem(text: str, start: int, morphs: list[morph.Morph], i: int) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """The stem of the word ``text`` at ``start``; ``i`` is the first morpheme that may lie in it."""
    end = start + len(text)
    n = len(morphs)
    inside: list[morph.Morph] = []
    first = -1  # the index of the first morpheme inside
    while i < n:
        m = morphs[i]
        if m.start >= end:
            break
        if m.end <= end:
            if not inside:
                first = i
            inside.append(m)
        i += 1
    if not inside:
        return text, "", (), ()
    functional = morph.FUNCTIONAL
    if start + 1 < inside[0].start and inside[0].tag in _CASE_PARTICLES and first > 0 \
            and morphs[first - 1].end == inside[0].start and morphs[first - 1].start < start \
            and not morphs[first - 1].tag.startswith(functional):
        # "경남대학교 산학협력단이": the analyser read one noun across this word and the one before; the case particle
        # after it is this word's ending, the noun's part in this word its stem (not "요시다 겐이치로": a name's
        # last syllable the analyser took for 로)
        stem_end = inside[0].start - start
        return text[:stem_end], text[stem_end:], tuple([m.tag for m in inside]), (morphs[first - 1].tag,)
    cut = len(inside)
    while cut > 1 and inside[cut - 1].tag.startswith(functional):
        cut -= 1
    if cut == len(inside):
        return text, "", (), tuple([m.tag for m in inside])
    # a word that is only a particle ("는" after a parenthesis) keeps nothing as stem
    if cut == 1 and inside[0].tag.startswith(functional):
        cut = 0
    stem_end = inside[cut].start - start if cut < len(inside) else len(text)
    if stem_end <= 0 < cut:
        # "봤고", "했다": the ending's first morpheme fused into the stem's syllable; the syllable is the stem's
        stem_end = inside[cut - 1].end - start
        if stem_end == len(text):
            # "한", "된", "할": a word of one fused syllable keeps its tags, the verb's and the ending's (it is no name)
            return text, "", tuple([m.tag for m in inside[cut:]]), tuple([m.tag for m in inside[:cut]])
        if stem_end <= 0 or stem_end > len(text):
            return text, "", (), ()
    return text[:stem_end], text[stem_end:], tuple([m.tag for m in inside[cut:]]), tuple([m.tag for m in inside[:cut]])


def _across(morphs: list[morph.Morph], at: int, start: int, end: int) -> tuple[str, ...]:
    """The tag of one morpheme the analyser read across this word and the next (``사티아 나델라`` as one proper
    noun): the one that opens at the word and runs past it, or the one that opened before it and covers it."""
    for m in (morphs[at] if at < len(morphs) else None, morphs[at - 1] if at > 0 else None):
        if m is not None and not m.tag.startswith(morph.FUNCTIONAL) \
                and (m.start == start and m.end > end or m.start < start and m.end >= end):
            return (m.tag,)
    return ()


# a talk's title after the quote: "“제조 AI의 현재와 미래”에 대해 발표했다", "“…”라는 제목으로"
_TITLE_AFTER_QUOTE = re.compile(r"\s*(?:(?:을|를|이라는|라는|란|이란)?\s*(?:주제로|제목으로|제목의|주제의)"
                                r"|에\s*(?:대해|관해)\s*(?:발표|강연|발제|특강|기조)|에\s*(?:대한|관한)\s*(?:발표|강연|발제|특강))")
_SENTENCE_ENDING = re.compile(r"(?:다|요|죠|까|니다)[.!?]?\s*$")
# a programme line's opening before the quote: a marker, a time, a part's label and its colon or dash
# ("13:30 기조강연 - “AI 공장의 조건” / 조준희 …", "▲특별강연: “…”")
# the time a programme's line opens with, or a stretch of time ("14:20", "14:20~15:00"; read by kg.extract.ko_roles too)
TIME_RANGE = r"\d{1,2}[:：]\d{2}(?:[ \t]*[~∼\-–][ \t]*\d{1,2}[:：]\d{2})?"
_LABEL_BEFORE_QUOTE = re.compile(rf"[ \t]*[▲△■□●○◆◇•▶▷*-]?[ \t]*(?:{TIME_RANGE}[ \t]+)?"
                                 r"[가-힣]{2,8}[ \t]*\d{0,2}[ \t]*(?:[:：]|[-–—](?=[ \t]))[ \t]*")


def _as_title(text: str, q: Quoted) -> Quoted:
    """A quote in double marks that is a talk's title, not someone's words (the title's frame after it, or a
    programme line's label before it; no sentence's ending inside it), is read as the single-quoted titles are."""
    line_start = text.rfind("\n", 0, q.outer.start) + 1
    if q.double and (_TITLE_AFTER_QUOTE.match(text, q.outer.end)
                     or _LABEL_BEFORE_QUOTE.fullmatch(text, line_start, q.outer.start)) \
            and not _SENTENCE_ENDING.search(text, q.inner.start, q.inner.end):
        return Quoted(q.outer, q.inner, False)
    return q


def build_doc(article: Article, *, analyse: bool = True) -> Doc:
    """Split ``article`` into sentences and words; ``analyse`` runs the morphological analyser.

    A fact box's labels written with their syllables spaced (``○ 장 소 :``, ``○ 주 최 :``) are read closed up
    (``장소  :``), and the letter ㆍ written for a middle dot (``팀장ㆍ최민호``) is read as ·: the doc's text keeps
    every offset, so mentions still point into the article as written."""
    text = close_spaced_labels(article.text).replace("ㆍ", "·")
    if text != article.text:
        article = replace(article, text=text)
    morphs = morph.analyse(text) if analyse else []
    starts = [m.start for m in morphs]
    quotes = [_as_title(text, q) for q in find_quotes(text)]
    spans = sorted((q.inner for q in quotes), key=lambda s: s.start)  # quotes never overlap
    by_outer = sorted(quotes, key=lambda q: q.outer.start)
    outer_starts = [q.outer.start for q in by_outer]
    out: list[Sentence] = []
    at = 0  # words and morphemes both run in text order: one forward pass pairs them
    n_morphs = len(starts)
    q = 0  # and so do the quotes: the first one that does not end before the word
    for span in sentences(text, quotes):
        words = []
        for tok in tokens(text, span):
            t_text, t_start, t_end = tok
            while at < n_morphs and starts[at] < t_start:
                at += 1
            stem, ending, tags, stem_tags = (_stem(t_text, t_start, morphs, at) if morphs
                                             else (t_text, "", (), ()))
            if not stem_tags and morphs:
                stem_tags = _across(morphs, at, t_start, t_end)
            while q < len(spans) and spans[q].end < t_end:
                q += 1
            inside = q < len(spans) and spans[q].start <= t_start
            words.append(Word(t_text, t_start, t_end, stem, ending, tags, inside, stem_tags))
        sq = tuple(by_outer[bisect.bisect_left(outer_starts, span.start):bisect.bisect_left(outer_starts, span.end)])
        out.append(Sentence(span, tuple(words), sq))
    return Doc(article, tuple(out), tuple(quotes))
