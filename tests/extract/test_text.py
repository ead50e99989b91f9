"""Sentences and quotes (kg.extract.text) on sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.extract.text import (
    blank_comments,
    close_spaced_labels,
    find_quotes,
    join_broken_clauses,
    reading_view,
    sentences,
    unwrap_lines,
)


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
    # a date written with dots ends no sentence; before a capital that opens one, it does
    ("협회는 2026. 12. 3. 코엑스에서 포럼을 연다.", ["협회는 2026. 12. 3. 코엑스에서 포럼을 연다."]),
    ("It ended on 2026. 12. 3. The next one starts soon.", ["It ended on 2026. 12. 3.", "The next one starts soon."]),
    ("“좋다. 정말 좋다”고 말했다. 끝.", ["“좋다. 정말 좋다”고 말했다.", "끝."]),       # not inside a quote
    # an academic degree ends no sentence that goes on in lower case, but one that a capital follows
    ("Ana Vale, a Ph.D. candidate, spoke.", ["Ana Vale, a Ph.D. candidate, spoke."]),
    ("Jo Park, an M.Sc. student, spoke.", ["Jo Park, an M.Sc. student, spoke."]),
    ("Jo Park holds a Ph.D. He spoke.", ["Jo Park holds a Ph.D.", "He spoke."]),
    # so with a lower-case abbreviation: a time of day, "e.g."
    ("The forum opens at 9 a.m. at Lake Hall.", ["The forum opens at 9 a.m. at Lake Hall."]),
    ("Sensors, e.g. cameras, help.", ["Sensors, e.g. cameras, help."]),
    ("The forum opens at 9 a.m. Tom Reed speaks first.", ["The forum opens at 9 a.m.", "Tom Reed speaks first."]),
    # the time zone after a time of day goes on with its sentence
    ("Join us at 11 a.m. ET for a webinar. Tom Reed hosts.", ["Join us at 11 a.m. ET for a webinar.", "Tom Reed hosts."]),
    ("It opens at 2 p.m. (KST) on Monday. Then.", ["It opens at 2 p.m. (KST) on Monday.", "Then."]),
    ("It opens at 9 a.m. CEST, with talks.", ["It opens at 9 a.m. CEST, with talks."]),
    ("It closes at 5 p.m. PT. The next day is free.", ["It closes at 5 p.m. PT.", "The next day is free."]),
    ("It opens at 9 a.m. The CEO spoke.", ["It opens at 9 a.m.", "The CEO spoke."]),
    # a line break ends a sentence whatever ends the line, an abbreviation's dot too
    ("- Tom Reed, CTO, Lake Corp.\n- Ana Vale, Ridge", ["- Tom Reed, CTO, Lake Corp.", "- Ana Vale, Ridge"]),
    ("Talk by Dr.\nAna Vale", ["Talk by Dr.", "Ana Vale"]),
    # a legal form's dot ends no sentence before a name, but one that a word only a sentence opens with follows
    ("Daon Corp. Chairman Tom Reed spoke.", ["Daon Corp. Chairman Tom Reed spoke."]),
    ("Ana Vale of Lake Inc. and Tom Reed spoke.", ["Ana Vale of Lake Inc. and Tom Reed spoke."]),
    ("It was held at Daon Corp. Its director spoke.", ["It was held at Daon Corp.", "Its director spoke."]),
    ("Robots, sensors etc. The forum covered all.", ["Robots, sensors etc.", "The forum covered all."]),
    # German academic styles before a name
    ("Then Dipl.-Ing. Anja Kruger and Dr. rer. nat. Jonas Weber spoke.",
     ["Then Dipl.-Ing. Anja Kruger and Dr. rer. nat. Jonas Weber spoke."]),
    ("Mag. Eva Gruber of Lake GmbH spoke.", ["Mag. Eva Gruber of Lake GmbH spoke."]),
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


@pytest.mark.parametrize(("text", "inner"), [
    # a title in square brackets with a particle right after them is quoted
    ("한빛협회는 3일 [2026 AI 제조 포럼]을 개최했다.", ["2026 AI 제조 포럼"]),
    ("이번 [AI 포럼]에는 300명이 왔다.", ["AI 포럼"]),
    # a dateline, a label alone on its line and an English aside are not
    ("[서울=뉴시스]김하늘 기자 = 포럼이 열렸다.", []),
    ("[포토]", []),
    ("[포토]한빛협회, AI 포럼 개최", []),
    # ... but a title opening a line with its particle is
    ("[2026 AI 포럼]이 3일 열렸다.", ["2026 AI 포럼"]),
    ("The report [sic] was late.", []),
])
def test_square_brackets(text: str, inner: list[str]) -> None:
    assert [text[q.inner.start:q.inner.end] for q in find_quotes(text)] == inner


def test_a_line_of_square_brackets_is_read_in_linear_time() -> None:
    # every "[" of a long line reaching one "=]" near its end: a bounded look per bracket, no rescans
    import time

    def timed(n: int) -> float:
        text = "[" * n + "=]가"
        start = time.perf_counter()
        find_quotes(text)
        return time.perf_counter() - start

    small, large = timed(16_000), timed(128_000)
    assert large < max(small, 0.002) * 8 * 3  # eight times the text, with room for noise


_PROSE_EN = ("More than 600 engineers, executives and researchers gathered at Lake Hall on Wednesday for the "
             "third annual Robot Summit, organized by the Ridge Manufacturing Association in partnership with "
             "Lake State University, where the keynote was given by Tom Reed, chief digital officer at Nimbus.")
_PROSE_KO = ("한빛스마트제조협회는 지난 24일 한빛컨벤션센터 제2전시장에서 '2026 제조AI 리더스 포럼'을 개최했다고 "
             "25일 밝혔다. 기조연설은 오세린 한빛대 기계공학과 석좌교수가 맡아 '피지컬 AI 시대의 공장'을 "
             "주제로 발표했고 이어 진다온 다온전자 상무와 하도윤 누리로보틱스 연구소장이 각각 발표했다.")


def _wrap(paragraphs: list[str], width: int) -> str:
    import textwrap
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs)


@pytest.mark.parametrize(("paragraphs", "width"), [
    ([_PROSE_EN, _PROSE_EN], 70),
    ([_PROSE_EN, _PROSE_EN, _PROSE_EN], 52),
    ([_PROSE_KO, _PROSE_KO], 38),
])
def test_hard_wrapped_paragraphs_are_unwrapped_in_place(paragraphs: list[str], width: int) -> None:
    wrapped = _wrap(paragraphs, width)
    unwrapped = unwrap_lines(wrapped)
    assert len(unwrapped) == len(wrapped)  # every offset holds
    assert [" ".join(p.split()) for p in unwrapped.split("\n\n")] == [" ".join(p.split()) for p in paragraphs]
    assert "\n" not in unwrapped.replace("\n\n", "")


@pytest.mark.parametrize(("paragraphs", "width"), [
    ([_PROSE_EN, _PROSE_EN], 70),
    ([_PROSE_KO, _PROSE_KO], 38),
])
def test_hard_wrapped_text_with_no_blank_lines_is_unwrapped_in_place(paragraphs: list[str], width: int) -> None:
    import textwrap
    wrapped = "\n".join(textwrap.fill(p, width) for p in paragraphs)  # a paragraph's short last line ends it
    unwrapped = unwrap_lines(wrapped)
    assert len(unwrapped) == len(wrapped)
    assert [" ".join(p.split()) for p in unwrapped.split("\n")] == [" ".join(p.split()) for p in paragraphs]


@pytest.mark.parametrize("text", [
    # a paragraph on each line, with no blank lines between them either
    _PROSE_EN + "\n" + _PROSE_EN + "\n" + _PROSE_EN,
    _PROSE_KO + "\n" + _PROSE_KO + "\n" + _PROSE_KO + "\n" + _PROSE_KO,
    # a paragraph on each line (as the corpus and most scraped news have it)
    _PROSE_EN + "\n" + _PROSE_EN + "\n\n" + _PROSE_EN + "\n" + _PROSE_EN,
    # lines of one length that are a list, not wrapped prose, in either script
    "Speakers\n\nTom Reed, CEO, Nimbus Works Inc\nAna Vale, CTO, Ridge Labs Limited\n"
    "Mia Holt, VP, Lake Robotics Corp\nLars Ober, CFO, Fjord Analytics\n\nEnd",
    "연사\n\n김철수 한빛대학교 스마트제조학과 교수\n박영희 다온전자 AI연구소 수석연구원\n"
    "이민수 누리랩 대표이사 겸 최고기술책임자\n최지훈 한국생산기술연구원 책임연구원\n\n끝",
    # a programme: times and markers open lines of their own
    "Programme\n\n09:00 Opening remarks by the chair of the organizing committee\n09:15 Keynote on robot "
    "learning in factories of the future\n09:45 Panel on data sharing between suppliers and makers\n"
    "10:30 Coffee break and a tour of the demonstration area\n\nEnd",
    # a headline, a subhead and a date over one paragraph
    "광주 인공지능 전문가 302명 배출\n사관학교 3기 수료식…4기 모집\n2022년 12월 15일\n" + _PROSE_KO,
    # a programme whose fact lines open with a label and its colon, its timetable's lines with quoted titles
    "한빛 AI 포럼 프로그램\n\n일시: 2026년 12월 3일(목) 13:30~17:30 / 장소: 한빛 오스코(OSCO) 컨벤션홀\n"
    "주최: 한빛도 / 주관: 한빛테크노파크 / 후원: 다온부, 누리반도체산업협회\n\n13:30~14:00 등록\n"
    "14:00~14:10 개회사 - 윤현우 한빛테크노파크 원장\n14:10~14:50 기조강연 - \"AI 반도체 생태계와 지역\" / 곽노정 다온 사장\n"
    "15:30~16:00 주제발표 - \"반도체 후공정 AI 검사\" / 김가온 누리반도체 상무\n",
    # (guard: passed before) the same in English
    "Lake AI Forum\n\nDate: Thursday, Dec. 3, 2026, from 1:30 p.m. to 5:30 p.m. at the Pier Hall\n"
    "Venue: Pier Hall, 12 Harbour Road, Lake City, with parking for guests\nHost: Lake Robotics Guild and the "
    "Ridge Institute for Automation\nSponsor: Nimbus Works and Orbis Analytics Corporation\n\nEnd",
])
def test_other_line_breaks_are_kept(text: str) -> None:
    assert unwrap_lines(text) == text


def test_a_tables_rows_with_bars_stay_lines_of_their_own_in_wrapped_text() -> None:
    rows = ("| Session    | Speaker   | Affiliation                      | Talk         |\n"
            "| Keynote    | Ana Vale  | Chief Scientist, Orbis Labs Inc  | Data First   |\n"
            "| Panel      | Tom Reed  | Chief Technology Officer, Nimbus | Robots Today |\n"
            "| Closing    | Mia Holt  | President, Lake Robotics Guild   | What Next    |\n")
    text = _wrap([_PROSE_EN, _PROSE_EN], 70) + "\n\n" + rows
    unwrapped = unwrap_lines(text)
    assert unwrapped.split("\n\n")[-1] == rows  # the rows as written
    assert "\n" not in unwrapped.split("\n\n")[0]  # the prose above them unwrapped


def test_a_wrapped_article_extracts_as_the_unwrapped_one() -> None:
    from kg.extract import extract
    from kg.model import Article
    flat = "Robots on the line\n\n" + _PROSE_EN
    wrapped = "Robots on the line\n\n" + _wrap([_PROSE_EN], 60)
    a = extract(Article("a", flat, "a.txt", published="2026-03-14", lang="en"))
    b = extract(Article("b", wrapped, "b.txt", published="2026-03-14", lang="en"))
    assert b.article.text == wrapped  # the article as written is kept
    assert [(p.name, p.affiliations, p.roles) for p in a.people] == [(p.name, p.affiliations, p.roles) for p in b.people]
    assert [(e.name, e.venue, e.organizers) for e in a.events] == [(e.name, e.venue, e.organizers) for e in b.events]
    for p in b.people:  # the offsets point into the article as written
        for m in p.mentions:
            assert " ".join(wrapped[m.start:m.end].split()) == p.name


def test_every_space_separator_is_read_as_a_space() -> None:
    import sys
    import unicodedata

    from kg.extract.text import SPACE_SEPARATORS, reading_view
    every = {chr(cp) for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)) == "Zs"} - {" "}
    assert set(SPACE_SEPARATORS) == every
    text = "Nov.\u00a014 at\u3000Lake\u2009Hall"
    assert reading_view(text) == "Nov. 14 at Lake Hall"


@pytest.mark.parametrize(("lang", "text", "space"), [
    ("en", "The Robot Forum was held on Nov. 14 at Lake Hall. Tom Reed, CEO of Nimbus Works, gave the keynote.", "\u00a0"),
    ("ko", "한빛협회는 14일 한빛홀에서 'AI 제조 포럼'을 열었다. 기조강연은 오세린 다온전자 대표가 맡았다.", "\u3000"),
])
def test_an_article_with_other_spaces_extracts_as_with_plain_ones(lang: str, text: str, space: str) -> None:
    from kg.extract import extract
    from kg.model import Article
    odd = text.replace(" ", space)
    a = extract(Article("a", text, "a.txt", published="2026-11-20", lang=lang))
    b = extract(Article("b", odd, "b.txt", published="2026-11-20", lang=lang))
    assert b.article.text == odd
    assert [(p.name, p.affiliations, p.roles) for p in a.people] == [(p.name, p.affiliations, p.roles) for p in b.people]
    assert [(e.name, e.start, e.venue) for e in a.events] == [(e.name, e.start, e.venue) for e in b.events]
    assert a.people and a.events


@pytest.mark.parametrize(("text", "count"), [
    # a date written with dots and spaces ends no sentence
    ("다온부는 2025. 11. 24.(월) 서울 코엑스에서 포럼을 개최하였다. 300명이 참석했다.", 2),
    ("다온부는 11. 24.(월) 포럼을 개최하였다.", 1),
    # a number closing a sentence before another sentence still ends it
    ("The forum was held in 2025. 12 people spoke.", 2),
])
def test_a_date_with_dots_and_spaces_ends_no_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count


@pytest.mark.parametrize(("text", "kept", "blanked"), [
    # the headlines under a page's list of other stories are blanked, offsets kept
    ("The forum ended.\n\nRelated Articles\nSamsung chief Lee Jae-yong meets Jensen Huang\nSK hynix CEO to speak at "
     "Semicon\n\nCopyright 2026.", ["The forum ended.", "Copyright 2026."], ["Lee Jae-yong", "Related Articles"]),
    ("포럼이 끝났다.\n관련기사\n1. 김도윤 회장, AI 포럼 참석\n2. 이서연 교수 기조강연", ["포럼이 끝났다."], ["김도윤", "이서연"]),
    ("포럼이 끝났다.\n[관련기사]\n김도윤 회장, AI 포럼 참석\n이서연 교수 기조강연", ["포럼이 끝났다."], ["김도윤", "이서연"]),
    # ... a heading over a blank line and the article's own paragraph blanks nothing but the heading
    ("박 교수가 패널로 참석했다.\n\n관련기사\n\n초청강연은 박재흥 서울대 교수가 맡았다.", ["초청강연은 박재흥 서울대 교수가 맡았다."],
     ["관련기사"]),
    # ... and a sentence right under it is the article's own
    ("Most Popular\nAna Vale of Nimbus Labs gave the keynote.", ["Ana Vale of Nimbus Labs gave the keynote."], []),
    # one other story linked on its label's own line
    ("The forum ended.\nRelated: Vela Robotics CEO Mark Stone to speak at Robot Week 2027\nCopyright 2026.",
     ["The forum ended.", "Copyright 2026."], ["Mark Stone"]),
    ("포럼이 끝났다.\n[관련기사] 김도윤 회장, AI 포럼 참석\nRead more: Ana Vale named CEO of Nimbus\n끝.",
     ["포럼이 끝났다.", "끝."], ["김도윤", "Ana Vale"]),
    # (guard, as before) the word in a sentence of the article's own
    ("Related research was presented by Ana Vale of Nimbus Labs.", ["Ana Vale of Nimbus Labs"], []),
])
def test_other_stories_are_blanked(text: str, kept: list, blanked: list) -> None:
    view = reading_view(text)
    assert len(view) == len(text)
    assert all(k in view for k in kept) and not any(b in view for b in blanked)


@pytest.mark.parametrize(("text", "kept", "blanked"), [
    # the links to other stories under the byline that closes a report
    ("포럼이 열렸다.\n\n박정우 기자 jwpark@example.com\n\n▶ 김도윤 한빛협회장 \"AI 인재 키운다\"\n☞ 구독하세요\n\n<저작권자 ⓒ 한빛일보>",
     ["포럼이 열렸다.", "박정우 기자 jwpark@example.com", "<저작권자 ⓒ 한빛일보>"], ["김도윤", "구독하세요"]),
    # ... a marked list in the article's body is its own
    ("행사 개요\n▶ 일시: 12월 10일\n▶ 발표: 김도윤 한빛협회장\n\n문의 info@example.com", ["▶ 발표: 김도윤 한빛협회장"], []),
])
def test_links_under_the_closing_byline_are_blanked(text: str, kept: list, blanked: list) -> None:
    view = reading_view(text)
    assert len(view) == len(text)
    assert all(k in view for k in kept) and not any(b in view for b in blanked)


def test_link_lines_that_end_with_addresses() -> None:
    # "▶ address" lines in a row: the first is the byline's (it ends with an address), the rest links under it
    # (bench/bench_extract_scaling.py times the shape: each line is read at most twice)
    text = "▶ a@b.kr\n" * 3000
    view = reading_view(text)
    assert view.split("\n")[0] == "▶ a@b.kr" and not view[len("▶ a@b.kr\n"):].strip()
    assert reading_view("a" * 3000 + "@ ▶ x\n") == "a" * 3000 + "@ ▶ x\n"  # no address, nothing blanked


@pytest.mark.parametrize(("text", "view"), [
    # line ends of every kind read as "\n", character for character as long as the text
    ("By Jane Roe\r\nTom Reed spoke.\r\n", "By Jane Roe \nTom Reed spoke. \n"),
    ("By Jane Roe\rTom Reed spoke.", "By Jane Roe\nTom Reed spoke."),
    # invisible characters a page leaves between words or at a line's end read as spaces
    ("By Jane Roe\u200b\nTom\u2060Reed\ufeff spoke.", "By Jane Roe \nTom Reed  spoke."),
])
def test_the_reading_view_of_line_ends_and_invisible_characters(text: str, view: str) -> None:
    assert reading_view(text) == view
    assert len(reading_view(text)) == len(text)


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r", "\u200b\n"])
def test_a_byline_is_read_whatever_the_line_ends(line_end: str) -> None:
    from kg.extract import extract
    from kg.model import Article
    text = line_end.join(["The Lake AI Summit was held on June 3 in Tulsa.", "Tom Reed of Acme spoke.", "",
                          "By Jane Roe", ""])
    x = extract(Article("t", text, "t.txt", published="2025-06-10", lang="en"))
    assert {p.name for p in x.people} == {"Tom Reed", "Jane Roe"}
    assert all(text[s.start:s.end] == p.name for p in x.people for s in p.mentions)


_SHORT_KO = ["한빛스마트제조협회는 지난 24일 한빛컨벤션센터 제2전시장에서 '2026 제조AI 리더스 포럼'을 개최했다고 25일 밝혔다.",
             "기조연설은 오세린 한빛대 기계공학과 석좌교수가 맡아 '피지컬 AI 시대의 공장'을 주제로 발표했고 청중의 질문에 답했다.",
             "이어 진다온 다온전자 상무와 하도윤 누리로보틱스 연구소장이 각각 제조 현장의 인공지능 도입 사례를 차례로 발표했다.",
             "협회는 내년 상반기 부산과 광주에서도 같은 주제의 지역 포럼을 차례로 열어 중소기업의 참여를 넓힐 계획이다."]


@pytest.mark.parametrize("width", [50, 60])
def test_short_paragraphs_wrapped_a_newline_apart_are_unwrapped(width: int) -> None:
    import textwrap
    # each paragraph wraps to a long line and a short last one: half the lines end a paragraph
    wrapped = "\n".join(textwrap.fill(p, width) for p in _SHORT_KO)
    unwrapped = unwrap_lines(wrapped)
    assert len(unwrapped) == len(wrapped)
    assert [" ".join(p.split()) for p in unwrapped.split("\n")] == [" ".join(p.split()) for p in _SHORT_KO]


@pytest.mark.parametrize(("text", "titles"), [
    # angle brackets hold a title, not a byline
    ("<2026 AI 서밋>이 열렸다.", ["2026 AI 서밋"]),
    ("<김민지 기자> 포럼이 열렸다.", []),
    ("<한빛일보 김민지·박서준 기자>", []),
])
def test_a_byline_in_angle_brackets_is_no_title(text: str, titles: list[str]) -> None:
    assert [text[q.inner.start:q.inner.end] for q in find_quotes(text)] == titles


@pytest.mark.parametrize("text, expected", [
    ("○ 장 소 : 코엑스\n○ 주 최 : 한빛협회", "○ 장소  : 코엑스\n○ 주최  : 한빛협회"),
    ("- 행 사 명: AI 포럼", "- 행사명  : AI 포럼"),
    ("일 시：12월 5일", "일시 ：12월 5일"),
    # (guards: a label no fact box has, and spaced words in a sentence, stay as written)
    ("○ 김 철 : 발표", "○ 김 철 : 발표"),
    ("이날 장 소장은 말했다: 좋다", "이날 장 소장은 말했다: 좋다"),
])
def test_a_fact_boxs_spaced_label_is_closed_up_in_place(text: str, expected: str) -> None:
    closed = close_spaced_labels(text)
    assert closed == expected and len(closed) == len(text)


@pytest.mark.parametrize("text, joined", [
    # a Korean line broken inside its clause goes on in the next line: a connective, a particle or a comma ends it
    ("한빛협회(회장 김하늘)는 5일 대구 엑스코에서\n'2025 로봇 포럼'을 개최했다고 6일 밝혔다.", [True]),
    ("이번 포럼은 산업부와 대구시가 후원했으며\n관계자 등 500여명이 참석했다.", [True]),
    ("기조강연은 김하늘 교수가 '로봇의 미래'를 주제로,\n이도윤 대표가 'AI'를 주제로 각각 진행했다.", [True]),
    # (not a heading's line, a sentence's end, a label's line or a list's marker after)
    ("한빛협회, 2025 로봇 포럼 개최\n- 5일 엑스코서 500명 참석", [False]),
    ("한빛협회는 5일 포럼을 개최했다.\n이번 포럼은 산업부가 후원했다.", [False]),
    ("한빛협회는 5일 대구 엑스코에서\n- 관계자 500명 참석", [False]),
    ("좌장 : 김하늘 한빛대 교수를\n발표 : 이도윤 다온랩 대표", [False]),
    # an English line that ends in a preposition, an article or a conjunction, or goes on in lower case
    ("The Lake AI Forum opened on Monday at\nHanbit Hall in Seoul, with 300 guests.", [True]),
    ("Ana Vale, chief executive of Orbis, gave the keynote and Tom Reed moderated\na panel on data.", [True]),
    # (not a heading above its text, a sentence's end, or a list's items)
    ("Lake AI Forum opens in Seoul\nThe Lake AI Forum opened on Monday.", [False]),
    ("The Lake AI Forum opened on Monday.\nit drew 300 guests.", [False]),
    ("Speakers at the forum included\n- Ana Vale, CEO of Orbis", [False]),
])
def test_join_broken_clauses(text: str, joined: list[bool]) -> None:
    out = join_broken_clauses(text)
    assert len(out) == len(text)
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    assert [out[i] == " " for i in breaks] == joined
    assert reading_view(text)[breaks[0]] == out[breaks[0]]


@pytest.mark.parametrize("page", [
    # a page's readers' comments under their heading, each a comment's own line: blanked to the end
    "The forum was held on Tuesday.\n\nComments (2)\nGary Wilson says: Great event.\nLucy Brown says: The AI panel "
    "was the highlight.\n",
    "The forum was held on Tuesday.\n\nLeave a Reply\nJo Park on June 3, 2024 at 9:12 am\nLoved the keynote.\nReply\n",
    "포럼이 3일 열렸다.\n\n댓글 2\n김민수 says: 좋은 행사였다.\n",
])
def test_readers_comments_are_blanked(page: str) -> None:
    out = blank_comments(page)
    cut = page.index("\n\n") + 2
    assert len(out) == len(page) and out[:cut] == page[:cut] and not out[cut:].strip()
    assert reading_view(page)[:cut] == page[:cut] and not reading_view(page)[cut:].strip()


@pytest.mark.parametrize("page", [
    # (guards) a heading with no comment's line under it; a sentence about comments
    "The forum was held on Tuesday.\n\nComments\nThe panel took questions from the floor.\n",
    "The forum was held on Tuesday. Comments from the audience were welcome.\n",
])
def test_a_comments_word_with_no_comment_is_kept(page: str) -> None:
    assert blank_comments(page) == page


@pytest.mark.parametrize(("text", "expected"), [
    # a quote that closes on its own "?" or "!" or "." goes on when a lower-case word follows
    ('A panel titled "Humanoids: Ready for Work?" included Ana Vale. Tom Reed moderated.',
     ['A panel titled "Humanoids: Ready for Work?" included Ana Vale.', "Tom Reed moderated."]),
    ('"Are we ready?" asked Tom Reed. He paused.', ['"Are we ready?" asked Tom Reed.', "He paused."]),
    ("“It works.” said Chairman Tom Reed of the Lake Forum. He left.",
     ["“It works.” said Chairman Tom Reed of the Lake Forum.", "He left."]),
    # guard: a capitalised word after the quote opens a sentence, as before
    ('"We are ready." Tom Reed paused.', ['"We are ready."', "Tom Reed paused."]),
])
def test_a_quote_goes_on_before_a_lower_case_word(text: str, expected: list) -> None:
    assert [text[s.start:s.end] for s in sentences(text)] == expected
