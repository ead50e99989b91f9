"""Words and their analysis (kg.extract.doc)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.doc import build_doc
from tests.conftest import ko_article


def test_a_proper_noun_read_across_words_tags_each_word() -> None:
    # the analyser may read a foreign name of two words as one proper noun ("사티아 나델라"): each word is a
    # proper noun then, as a name's word read alone would be
    doc = build_doc(ko_article("기조연설에는 앤디 재시 아마존 CEO, 사티아 나델라 마이크로소프트 CEO가 나섰다."))
    words = {w.text: w for s in doc.sentences for w in s.words}
    assert words["사티아"].stem_tags == ("NNP",) and words["나델라"].stem_tags == ("NNP",)
    assert words["사티아"].proper and words["나델라"].proper
    # a word the analyser reads on its own keeps its own tags
    assert words["마이크로소프트"].stem_tags == ("NNP",)
    assert words["기조연설에는"].stem_tags == ("NNG",)


def test_a_noun_read_across_words_leaves_its_case_particle_to_the_last_word() -> None:
    # "경남대학교 산학협력단" read as one noun over two words: the subject's particle after it is the second word's
    # ending (it had stayed in the word, and so in the organization's name, "경남대학교 산학협력단이")
    doc = build_doc(ko_article("이번 포럼은 한빛테크노파크와 경남대학교 산학협력단이 공동 주관했다."))
    words = {w.text: w for s in doc.sentences for w in s.words}
    assert (words["산학협력단이"].stem, words["산학협력단이"].ending) == ("산학협력단", "이")
    x = extract(ko_article("한빛협회는 3일 'AI 포럼'을 열었다. 이번 포럼은 한빛테크노파크와 경남대학교 산학협력단이 공동 주관했다."))
    assert "경남대학교 산학협력단" in {o.name for o in x.organizations}
    # (a name's last syllable the analyser read as another particle stays the name's: "요시다 겐이치로")
    doc = build_doc(ko_article("요시다 겐이치로 야마토정밀 회장이 발표했다."))
    words = {w.text: w for s in doc.sentences for w in s.words}
    assert words["겐이치로"].stem == "겐이치로"


def test_the_letter_araea_written_for_a_middle_dot_is_read_as_one() -> None:
    text = "행사에는 한빛전자 김철수 상무ㆍ이영희 부장이 참석했다."
    doc = build_doc(ko_article(text))
    assert doc.text == text.replace("ㆍ", "·") and len(doc.text) == len(text)
    dotted = build_doc(ko_article(text.replace("ㆍ", "·")))  # (read as the text with the middle dot is)
    assert [w[:4] for s in doc.sentences for w in s.words] == [w[:4] for s in dotted.sentences for w in s.words]
    x = extract(ko_article("'AI 포럼'이 3일 열렸다. " + text))
    assert x.article.text == "'AI 포럼'이 3일 열렸다. " + text  # (the article as written)
    orgs = {o.id: o.name for o in x.organizations}
    assert {p.name: orgs.get(p.affiliations[0].org) for p in x.people} == {"김철수": "한빛전자", "이영희": "한빛전자"}


def test_an_ending_fused_into_the_stems_syllable_leaves_the_syllable_to_the_stem() -> None:
    # "봤고" is 보 + 었 + 고, the first two read in one syllable: the word is a verb with a connective ending,
    # as "맡았고" is, not a word the analyser left whole
    doc = build_doc(ko_article("사회는 류하늘 교수가 봤고, 발표는 조예린 센터장이 했다."))
    words = {w.text: w for s in doc.sentences for w in s.words}
    for text in ("봤고", "했다."):
        w = words[text]
        assert w.stem == text[0] and w.ending == text[1:] and w.stem_tags[-1] in ("VV", "XSV")
        assert w.ending_tags[0] == "EP"
    assert words["봤고"].ending_tags[-1] == "EC"


@pytest.mark.parametrize(("text", "double"), [
    # after a programme line's time, label and colon or dash, a quote with no sentence's ending is a title
    ("13:30 기조강연 - “엣지 AI 칩 동향” / 하윤재 한빛대 교수", False),
    ("▲주제발표 2: “공정 데이터 표준” / 문세아 다온시스템 이사", False),
    # someone's words all the same: a sentence's ending inside, or a name before the quote, not a label
    ("사회자: “반갑습니다. 포럼을 시작합니다.”", True),
    ("하윤재 교수 “데이터 표준이 먼저”", True),
])
def test_a_double_quote_after_a_programme_label_is_a_title(text: str, double: bool) -> None:
    [q] = build_doc(ko_article(text)).quotes
    assert q.double is double
