"""Korean and English dates resolved against the publication date."""

import pytest

from kg.extract.dates import find_dates

CASES = [
    # (text, published, expected start, expected end)
    ("24일 서울 강남 포스코센터에서", "2025-11-25", "2025-11-24", None),
    ("오는 20일 판교에서 열린다", "2019-02-07", "2019-02-20", None),
    ("오는 3일 개최한다", "2025-11-25", "2025-12-03", None),
    ("지난달 30일 열렸다", "2025-11-25", "2025-10-30", None),
    ("내달 3일 연다", "2025-11-25", "2025-12-03", None),
    ("12월 2일~3일 이틀간", "2025-11-25", "2025-12-02", "2025-12-03"),
    ("2025년 11월 24일(월) 개최", None, "2025-11-24", None),
    ("지난 10월 16일 엘타워에서", "2023-10-20", "2023-10-16", None),
    ("1월 9일 설명회", "2018-12-28", "2019-01-09", None),
    ("2024.5.28 행사", None, "2024-05-28", None),
    # a year said relative to the publication's
    ("지난해 12월 3일 코엑스에서 열렸다", "2025-11-20", "2024-12-03", None),
    ("내년 3월 5일 개최한다", "2025-11-20", "2026-03-05", None),
    ("올해 1월 9일 열린 설명회", "2025-11-20", "2025-01-09", None),
    # a weekday after each day of a range
    ("24일(월)부터 26일(수)까지 코엑스에서", "2025-11-20", "2025-11-24", "2025-11-26"),
    ("오는 3일(수)~5일(금) 열린다", "2025-11-20", "2025-12-03", "2025-12-05"),
    # a range over two months, each day's month said relative to the publication's
    ("지난달 30일부터 이달 2일까지 사흘간 열렸다", "2025-12-03", "2025-11-30", "2025-12-02"),
    ("오는 29일~다음 달 2일 열린다", "2025-11-20", "2025-11-29", "2025-12-02"),
]


@pytest.mark.parametrize(("text", "published", "start", "end"), CASES)
def test_korean_dates(text: str, published: str | None, start: str, end: str | None) -> None:
    found = find_dates(text, published)
    assert found, text
    assert (found[0].start, found[0].end) == (start, end)
    assert text[found[0].span.start:found[0].span.end].strip()


@pytest.mark.parametrize("text", ["24일 개최", "4월 18일부터 19일까지"])
def test_no_date_without_what_settles_it(text: str) -> None:
    """A bare day or a month-day without a publication date is left open, not guessed."""
    assert find_dates(text, None) == []


def test_english_range() -> None:
    found = find_dates("hosted the fourth annual industryXchange on Dec. 7-8.", "2020-12-21", lang="en")
    assert (found[0].start, found[0].end) == ("2020-12-07", "2020-12-08")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # an announcement's bare day a day or two before publication is this month's (a notice stamped late, or an event
    # under way), not next month's: a month ahead is written with its month
    ("14일부터 이틀간 벡스코에서 연다", "2026-10-15", ("2026-10-14", "2026-10-15")),
    ("13일 코엑스에서 개최한다", "2026-10-15", ("2026-10-13", None)),
    # guards: further back, next month's; ahead, this month's; "오는" says ahead outright
    ("12일 코엑스에서 개최한다", "2026-10-15", ("2026-11-12", None)),
    ("20일 코엑스에서 개최한다", "2026-10-15", ("2026-10-20", None)),
    ("오는 14일 코엑스에서 연다", "2026-10-15", ("2026-11-14", None)),
])
def test_an_announced_day_just_before_publication_is_this_months(text: str, published: str,
                                                                  expected: tuple[str, str | None]) -> None:
    found = find_dates(text, published, future=True)
    assert (found[0].start, found[0].end) == expected


def test_invalid_day_is_skipped() -> None:
    assert find_dates("2월 30일 행사", "2025-02-01") == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("11월 4~5일 코엑스", "2024-07-01", ("2024-11-04", "2024-11-05")),
    ("오는 7~8일 열린다", "2024-05-02", ("2024-05-07", "2024-05-08")),
    ("5월 28~30일", "2024-05-01", ("2024-05-28", "2024-05-30")),
])
def test_a_range_writes_its_day_word_once(text: str, published: str, expected: tuple[str, str]) -> None:
    [d] = find_dates(text, published)
    assert (d.start, d.end) == expected


def test_a_count_range_is_no_date() -> None:
    assert find_dates("10~20명이 참석", "2024-01-01") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("from 19 to 21 January 2018", ("2018-01-19", "2018-01-21")),
    ("on 19-21 January", ("2018-01-19", "2018-01-21")),
    ("on the 5th of March 2015", ("2015-03-05", None)),
    ("Jan. 9, 2024", ("2024-01-09", None)),
    # two days joined by "and" are a stretch when they follow each other, or after "between"
    ("on the 3rd and 4th of March 2015", ("2015-03-03", "2015-03-04")),
    ("on 3 and 4 March 2015", ("2015-03-03", "2015-03-04")),
    ("on March 3 and 4, 2015", ("2015-03-03", "2015-03-04")),
    ("between 3 and 5 March 2015", ("2015-03-03", "2015-03-05")),
    ("on 3 and 5 March 2015", ("2015-03-03", None)),
    # "to" and "through" between a month's days
    ("Mar. 3 to 5, 2015", ("2015-03-03", "2015-03-05")),
    ("March 3 through 5, 2015", ("2015-03-03", "2015-03-05")),
    ("on Mar. 3 and 400 people came", ("2018-03-03", None)),
    # a range over two months, each day with its month; over the turn of a year
    ("from 30 October - 1 November 2026", ("2026-10-30", "2026-11-01")),
    ("held Oct. 30-Nov. 1, 2026", ("2026-10-30", "2026-11-01")),
    ("on 30 December to 2 January 2026", ("2025-12-30", "2026-01-02")),
    ("on Feb. 27 to Mar. 2", ("2018-02-27", "2018-03-02")),
])
def test_english_dates_day_first_and_month_first(text: str, expected: tuple[str, str | None]) -> None:
    [d] = find_dates(text, "2018-01-25", lang="en")
    assert (d.start, d.end) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("24일부터 사흘간", ("2025-11-24", "2025-11-26")),
    ("11월 24일부터 이틀간", ("2025-11-24", "2025-11-25")),
    ("24～25일", ("2025-11-24", "2025-11-25")),
    ("24〜26일", ("2025-11-24", "2025-11-26")),
])
def test_korean_stretches_and_range_marks(text: str, expected: tuple[str, str]) -> None:
    [d] = find_dates(text, "2025-11-20")
    assert (d.start, d.end) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month and a day with a dot or a slash, made a date by the weekday after them
    ("행사는 11.27(목) 코엑스에서 열린다.", "2025-11-27"),
    ("포럼은 11/27(수요일) 오후 2시에 시작한다.", "2025-11-27"),
    # "오늘" is the publication day; 오늘날 (nowadays) is none
    ("한빛협회는 오늘 포럼을 개최한다.", "2025-11-20"),
])
def test_dotted_days_with_a_weekday_and_today(text: str, expected: str) -> None:
    assert [d.start for d in find_dates(text, "2025-11-20")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # to a later day of the month, with its weekday
    ("행사는 11.27(목)~28(금) 코엑스에서 열린다.", ("2025-11-27", "2025-11-28")),
    ("포럼은 11/27(목) ~ 29(토) 이어진다.", ("2025-11-27", "2025-11-29")),
    # (its month written again, into the next month or the next year)
    ("행사는 11.27(목)~12.1(월) 코엑스에서 열린다.", ("2025-11-27", "2025-12-01")),
    ("행사는 12.30(화)~1.2(금) 코엑스에서 열린다.", ("2025-12-30", "2026-01-02")),
    ("행사는 12월 30일부터 1월 2일까지 코엑스에서 열린다.", ("2025-12-30", "2026-01-02")),
])
def test_dotted_days_to_a_later_day(text: str, expected: tuple[str, str]) -> None:
    assert [(d.start, d.end) for d in find_dates(text, "2025-11-20")] == [expected]


@pytest.mark.parametrize("text", ["점유율은 11.27%였다.", "오늘날 AI는 어디에나 있다.", "버전 3.2를 공개했다."])
def test_no_date_in_numbers_and_nowadays(text: str) -> None:
    assert find_dates(text, "2025-11-20") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a day and a month written as numbers, in the order a part over 12 settles
    ("The forum was held on 27/11/2025 at the Pier Hall.", ["2025-11-27"]),
    ("The forum was held on 11/27/2025 at the Pier Hall.", ["2025-11-27"]),
    ("The forum was held on 03/04/2025 at the Pier Hall.", []),  # (March 4 or April 3: not settled)
    # with full stops the day comes first, as European English writes it
    ("The forum was held on 12.11.2025 at the Pier Hall.", ["2025-11-12"]),
    ("The forum was held on 3.4.2025.", ["2025-04-03"]),
    # (a version number is no date)
    ("The forum ran version 1.2.2025 of the app.", []),
])
def test_numeric_english_dates(text: str, expected: list[str]) -> None:
    assert [d.start for d in find_dates(text, "2025-11-30", lang="en")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # press-release dates: spaces after the dots, a range to a day or to a whole date
    ("일시: 11. 27.(목) 14:00", [("2025-11-27", None)]),
    ("기간: 2025.11.27(목)~28(금)", [("2025-11-27", "2025-11-28")]),
    ("기간: 2025-11-27 ~ 2025-12-01", [("2025-11-27", "2025-12-01")]),
    ("점수는 3.5~4 사이다.", []),
])
def test_press_release_dates_and_ranges(text: str, expected: list) -> None:
    assert [(d.start, d.end) for d in find_dates(text, "2025-11-20")] == expected


@pytest.mark.parametrize(("text", "start", "end"), [
    # two days listed, the second the day after the first: a stretch of days
    ("포럼은 24·25일 이틀간 열렸다.", "2026-11-24", "2026-11-25"),
    ("포럼은 24일과 25일 열렸다.", "2026-11-24", "2026-11-25"),
    ("포럼은 11월 24일, 25일 열렸다.", "2026-11-24", "2026-11-25"),
    # two days farther apart are two days, no stretch
    ("포럼은 3일과 10일 열린다.", "2026-12-03", None),
])
def test_two_days_listed(text: str, start: str, end: str | None) -> None:
    [d] = find_dates(text, "2026-12-01")[:1]
    assert (d.start, d.end) == (start, end)


@pytest.mark.parametrize(("text", "expected"), [
    # yesterday and the day before it, back from the publication day (across a month's start too)
    ("한빛협회는 어제 포럼을 개최했다.", ["2025-11-19"]),
    ("한빛협회는 그제 포럼을 개최했다.", ["2025-11-18"]),
    ("어제 열린 포럼에는 300명이 왔다.", ["2025-11-19"]),
    # the day before as a wire report writes it, and the days on: tomorrow and the day after
    ("한빛협회는 전날 포럼을 개최했다.", ["2025-11-19"]),
    ("포럼은 내일 열린다.", ["2025-11-21"]),
    ("포럼은 모레 개막한다.", ["2025-11-22"]),
    # (yesterday's technology is no day; nor is tomorrow's, or the day before an exam)
    ("어제의 기술로는 부족하다.", []),
    ("내일의 공장을 그린다.", []),
    ("시험 전날에 공부했다.", []),
])
def test_yesterday_and_the_day_before(text: str, expected: list) -> None:
    assert [d.start for d in find_dates(text, "2025-11-20")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday of a week said relative to the publication's (a Thursday), or the next one to come
    ("포럼은 다음 주 수요일 열린다.", ["2025-11-26"]),
    ("포럼은 지난주 금요일 열렸다.", ["2025-11-14"]),
    ("포럼은 이번 주 금요일 열린다.", ["2025-11-21"]),
    ("포럼은 내주 월요일 개막한다.", ["2025-11-24"]),
    ("포럼은 오는 수요일 열린다.", ["2025-11-26"]),
    ("포럼은 오는 목요일 열린다.", ["2025-11-27"]),
    # (a weekday alone says no week)
    ("포럼은 매주 수요일 열린다.", []),
])
def test_a_weekday_of_a_week_said_relative_to_publication(text: str, expected: list) -> None:
    assert [d.start for d in find_dates(text, "2025-11-20")] == expected


def test_yesterday_across_a_months_start() -> None:
    assert [d.start for d in find_dates("한빛협회는 어제 포럼을 열었다.", "2025-12-01")] == ["2025-11-30"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a stretch to come, with no year, already under way on the publication day is this year's (or last year's into
    # this one), not next year's
    ("will be held Nov. 30-Dec. 2", "2026-12-01", ("2026-11-30", "2026-12-02")),
    ("will be held Dec. 30-Jan. 2", "2027-01-01", ("2026-12-30", "2027-01-02")),
    # (guards: so before, a stretch still ahead, and one already over)
    ("will be held Nov. 30-Dec. 2", "2026-11-20", ("2026-11-30", "2026-12-02")),
    ("will be held June 1-3", "2026-06-05", ("2027-06-01", "2027-06-03")),
])
def test_a_stretch_to_come_under_way_on_the_day(text: str, published: str, expected: tuple) -> None:
    [d] = find_dates(text, published, lang="en", future=True)
    assert (d.start, d.end) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number of days is no day of the month
    ("지난달 31일부터 3일간 열린 박람회", [("2026-08-31", "2026-09-02")]),
    ("행사는 3일간 이어졌다.", []),
    ("행사는 5일 동안 열렸다. 10일째 이어진 전시", []),
    # a stretch of days, then the day it closed
    ("3일간 엑스코에서 열린 박람회가 2일 폐막했다.", [("2026-08-31", "2026-09-02")]),
    ("박람회가 사흘간의 일정을 마치고 2일 막을 내렸다.", [("2026-08-31", "2026-09-02")]),
    # (guards: as before) a meeting on the day, whose word opens with 간; a stretch from its first day
    ("24일 간담회를 열었다.", [("2026-08-24", None)]),
    ("24일부터 이틀간 열린 포럼", [("2026-08-24", "2026-08-25")]),
])
def test_a_count_of_days_and_the_day_a_stretch_closed(text: str, expected: list) -> None:
    found = find_dates(text, "2026-09-03", future=False)
    assert [(d.start, d.end) for d in found] == expected
