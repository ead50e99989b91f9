"""Sentences and quotes (kg.extract.text) on sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.extract.text import find_quotes, sentences


def _split(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize("text", [
    "장하준 교수가 세계 주요 기업의 동향을 공유했다.",   # 주요: no end
    "다음 순서로 김도윤 대표가 발표했다.",               # 다음: no end
    "기존보다 빠른 로봇을 선보였다.",                    # 보다: a particle, no end
    "행사에는 임원 등이 포함 돼 있었다.",
])
def test_words_ending_like_a_verb_do_not_end_a_sentence(text: str) -> None:
    assert _split(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("포럼을 개최했다. 이어 발표가 있었다.", ["포럼을 개최했다.", "이어 발표가 있었다."]),
    ("포럼을 개최했다 이어 발표가 있었다.", ["포럼을 개최했다", "이어 발표가 있었다."]),  # the period left out
    ("첫 줄\n둘째 줄", ["첫 줄", "둘째 줄"]),
    # the next sentence glued to the period, as scraped text has it
    ("자리로 마련됐다.개회식에는 김 대표가 참석했다.", ["자리로 마련됐다.", "개회식에는 김 대표가 참석했다."]),
    ("포럼을 열었다.'AI 선언'도 발표했다.", ["포럼을 열었다.", "'AI 선언'도 발표했다."]),
    ("버전 2.5를 공개했다. 가격은 3.5달러다.", ["버전 2.5를 공개했다.", "가격은 3.5달러다."]),
    ("“좋다. 정말 좋다”고 말했다. 끝.", ["“좋다. 정말 좋다”고 말했다.", "끝."]),       # not inside a quote
    # an academic degree ends no sentence that goes on in lower case, but one that a capital follows
    ("Ana Vale, a Ph.D. candidate, spoke.", ["Ana Vale, a Ph.D. candidate, spoke."]),
    ("Jo Park, an M.Sc. student, spoke.", ["Jo Park, an M.Sc. student, spoke."]),
    ("Jo Park holds a Ph.D. He spoke.", ["Jo Park holds a Ph.D.", "He spoke."]),
])
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_quotes_single_and_double() -> None:
    text = "김 대표는 “AI가 답”이라며 '제조 AI'를 소개했다."
    found = [(text[q.inner.start:q.inner.end], q.double) for q in find_quotes(text)]
    assert found == [("AI가 답", True), ("제조 AI", False)]


@pytest.mark.parametrize(("text", "inner"), [
    # a title in angle brackets is quoted, as in 「…」
    ("<2026 AI 반도체 서밋>이 5일 열린다.", ["2026 AI 반도체 서밋"]),
    ("이번 <AI포럼>에는 300명이 왔다.", ["AI포럼"]),
    # a broadcast script's labels, comparisons and markup are not
    ("<기자>\n로봇 쇼가 열렸다. <인터뷰> 최재유 차관", []),
    ("if a < b and c > d then", []),
    ("text </p> more <!-- note --> end", []),
])
def test_angle_brackets(text: str, inner: list[str]) -> None:
    assert [text[q.inner.start:q.inner.end] for q in find_quotes(text)] == inner
