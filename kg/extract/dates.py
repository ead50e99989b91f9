"""Korean and English event dates, resolved against the article's publication date.

Only what the text settles is returned: ``24일`` needs a publication date to fix its month, and
without one the result is ``None`` rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.model import Span

KO_WEEKDAYS = "월화수목금토일"  # Monday first, as date.weekday() counts
# A day, or the first day of a range written once (4~5일): the 일 may stand only after the last day.
_TILDE = "~\\-–∼〜～"  # the range marks Korean text uses (ASCII, wave dash, full-width)
# ("3일간", "3일 동안", "3일째": a number of days, no day of the month; not "24일 간담회", a meeting on the 24th)
_NOT_A_COUNT = r"(?!\s*간(?:[의에은을]|(?![가-힣]))|\s*동안|째)"
_DAY = r"(\d{1,2})(?:\s*일" + _NOT_A_COUNT + r"|(?=\s*[" + _TILDE + r"·,]\s*\d{1,2}\s*일))"
# two days listed ("24·25일", "24일과 25일", "24일, 25일"): a stretch when the second is the day after the first
_LISTED = r"·|,|과|와|및"
_LISTED_JOINS = _LISTED + r"|and|&"  # (and in English: "3 and 4 November")
# a year said relative to the publication's: "지난해 12월 3일", "내년 3월"
YEAR_WORDS = {"지난해": -1, "작년": -1, "올해": 0, "올": 0, "금년": 0, "내년": 1, "이듬해": 1}
_KO_FULL = re.compile(
    r"(?:(?P<y>\d{4})\s*년\s*|(?<![가-힣])(?P<yrel>" + "|".join(sorted(YEAR_WORDS, key=len, reverse=True)) + r")\s+)?"
    r"(?P<m>\d{1,2})\s*월\s*" + _DAY.replace("(\\d", "(?P<d>\\d", 1) +
    r"(?:\s*\([" + KO_WEEKDAYS + r"]\))?"
    r"(?:\s*(?P<join>[" + _TILDE + r"]|부터|" + _LISTED + r")\s*(?:(?P<m2>\d{1,2})\s*월\s*)?(?P<d2>\d{1,2})\s*일" + _NOT_A_COUNT + r"(?:\s*\([" + KO_WEEKDAYS + r"]\))?"
    r"(?:\s*까지)?)?"
    r"(?:\s*(?:부터\s*)?(?P<span>이틀|양일|사흘|나흘|닷새|엿새|\d)\s*(?:일\s*)?간)?"
)
_KO_DAY = re.compile(
    r"(?P<rel>오는|지난|내달|다음\s*달|이번\s*달|지난\s*달|지난달|이달)?\s*" + _DAY.replace("(\\d", "(?P<d>\\d", 1)
    # ("24일(월)부터 26일(수)까지": the weekday after either day)
    + r"(?:\s*\([" + KO_WEEKDAYS + r"]\))?"
    # ("지난달 30일부터 이달 2일까지": the second day's month said relative to the publication's too)
    + r"(?:\s*(?P<join>[" + _TILDE + r"]|부터|" + _LISTED + r")\s*(?:(?P<rel2>이달|이번\s*달|다음\s*달|내달)\s*)?"
    r"(?P<d2>\d{1,2})\s*일" + _NOT_A_COUNT + r"(?:\s*\([" + KO_WEEKDAYS + r"]\))?(?:\s*까지)?)?"
    r"(?:\s*(?:부터\s*)?(?P<span>이틀|양일|사흘|나흘|닷새|엿새|\d)\s*(?:일\s*)?간)?"
)
_ISO = re.compile(r"(?P<y>\d{4})[.\-/]\s?(?P<m>\d{1,2})[.\-/]\s?(?P<d>\d{1,2})"
                  # "2025.11.27~28", "2025-11-27 ~ 2025-12-01": a range to a day, or to a whole date
                  r"(?:\.?(?:\s*\([" + KO_WEEKDAYS + r"]\))?\s*[~∼～]\s*(?:(?P<y2>\d{4})[.\-/]\s?(?P<m2>\d{1,2})[.\-/]\s?)?"
                  r"(?P<d2>\d{1,2})(?![\d:]|\.\d))?")
# "오늘" (today, not 오늘날 nowadays) in a Korean report: its publication day
_TODAY = re.compile(r"(?<![가-힣])오늘(?![가-힣]*날)")
# "어제" (yesterday), "전날" (the day before, as a wire report counts it) and "그제" / "그저께" (the day before
# that), "내일" (tomorrow) and "모레": days back or on from the publication day
DAYS_FROM_PUBLICATION = {"어제": -1, "전날": -1, "그제": -2, "그저께": -2, "내일": 1, "모레": 2}
_YESTERDAY = re.compile(rf"(?<![가-힣])(?:{'|'.join(sorted(DAYS_FROM_PUBLICATION, key=len, reverse=True))})"
                        r"(?=\s|$|[,.]|[은는도])")
# a weekday of a week said relative to the publication's ("다음 주 수요일", "지난주 금요일", "이번 주 목요일"), or
# the next one to come ("오는 수요일"); a space may stand before 주
_WEEKS_FROM_PUBLICATION = {"지난주": -1, "이번주": 0, "금주": 0, "다음주": 1, "내주": 1, "오는": None}
_KO_WEEKDAY = re.compile(r"(?<![가-힣])(?P<week>"
                         + "|".join(w[:-1] + r"\s?주" if w.endswith("주") and len(w) > 2 else w
                                    for w in _WEEKS_FROM_PUBLICATION)
                         + rf")\s*(?P<wd>[{KO_WEEKDAYS}])요일")
# "11.27(목)", "11/27(수)": a month and a day with no year, made a date by the weekday after them
# ("11.27(목)~28(금)": to a later day of the month, with its weekday; "11.27(목)~12.1(월)": its month written again)
_WEEKDAY = rf"\((?:[{KO_WEEKDAYS}]|[{KO_WEEKDAYS}]요일)\)"  # "(목)", "(목요일)"
_KO_DOTTED = re.compile(r"(?<![\d.])(?P<m>\d{1,2})\s?[./]\s?(?P<d>\d{1,2})\.?\s*" + _WEEKDAY +
                        r"(?:\s*[~∼～\-–]\s*(?:(?P<m2>\d{1,2})\s?[./]\s?)?(?P<d2>\d{1,2})\.?\s*" + _WEEKDAY + r")?")
# "12.11.2025": a day, a month and a year with full stops, as European English writes them (day first)
_DOTTED_DAY_FIRST = re.compile(r"(?<![\d.])(?<![Vv]ersion )(?<![Vv])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d|\.\d)")
# "27/11/2025", "11/27/2025": a day and a month in either order, then a year
_NUMERIC = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# "19 January 2018", "19-21 January", "19 to 21 Jan. 2018" (day before month, as in British and EU usage)
# (two days joined by "and": "3 and 4 November", "the 3rd and 4th of November", "between 3 and 5 November")
_EN_JOIN = r"\s*(?P<join>-|–|to|until|through|and|&)\s*"
MONTH_NAMES = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"  # how a month's name begins ("Sept.", "June")
_MONTH = rf"(?:{MONTH_NAMES})"
# (a range over two months: "30 October - 1 November 2026", "Oct. 30-Nov. 1": the first day's month written too)
_EN_DAY_FIRST = re.compile(
    r"\b(?:(?P<between>between)\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:(?:\s+(?:of\s+)?(?P<mon1>" + _MONTH + r")[a-z]*\.?)?" + _EN_JOIN
    + r"(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    r"(?P<mon>" + _MONTH + r")[a-z]*\.?(?:,?\s+(?P<y>\d{4}))?\b"
)
_EN = re.compile(
    r"\b(?:(?P<between>between)\s+)?(?P<mon>" + _MONTH + r")[a-z]*\.?\s+(?P<d>\d{1,2})"
    r"(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+(?P<join>to|until|through|and|&)\s+)(?:(?P<mon2>" + _MONTH + r")[a-z]*\.?\s+)?"
    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d:]))?"
    r"(?:,?\s+(?P<y>\d{4}))?",
)


@dataclass(frozen=True)
class DateMention:
    """A resolved date (or range) and the text span it came from."""

    start: str  # YYYY-MM-DD
    end: str | None
    span: Span


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def shift_month(day: date, months: int, d: int) -> date | None:
    """Day ``d`` of the month ``months`` after ``day``'s (before it when negative), or None when that month has no
    such day."""
    total = day.year * 12 + (day.month - 1) + months
    return _safe(total // 12, total % 12 + 1, d)


_PAST_SLACK = 31  # days after the publication date a past event's month and day may still fall
_FUTURE_SLACK = 2  # days before the publication date a bare day an announcement names may still fall


def _nearest_year(pub: date, m: int, d: int, future: bool | None) -> date | None:
    """The year that puts month ``m`` day ``d`` closest to ``pub`` (in the stated direction)."""
    options = [x for x in (_safe(pub.year + k, m, d) for k in (-1, 0, 1)) if x]
    if future is True:
        options = [x for x in options if x >= pub] or options
    elif future is False:  # a past event; a month's slack for a publication date stamped late or early
        options = [x for x in options if (x - pub).days <= _PAST_SLACK] or options
    return min(options, key=lambda x: abs((x - pub).days)) if options else None


def _under_way(pub: date, first: int, d: int, last: int, d2: int) -> date | None:
    """The first day of a stretch ``first``/``d`` to ``last``/``d2`` that is under way on ``pub`` this year ("will be
    held Nov. 30-Dec. 2", published on Dec. 1: this year's, not next year's), else None."""
    for year in (pub.year, pub.year - 1):  # (or last year's, into this one: "Dec. 30-Jan. 2" on Jan. 1)
        start = _safe(year, first, d)
        end = _safe(year + (last < first), last, d2) if start else None
        if start and end and start < pub <= end:
            return start
    return None


def _day_only(pub: date, rel: str | None, d: int, future: bool | None = None) -> date | None:
    rel = re.sub(r"\s+", "", rel or "")
    if future is True and not rel:  # a bare day in a sentence whose verb says when: "23일 개최한다"
        # (a day or two before publication is this month's: a notice stamped late, or an event under way, "14일부터
        # 이틀간 연다" published on the 15th; a month ahead is written with its month, "다음달 14일")
        return _safe(pub.year, pub.month, d) if d >= pub.day - _FUTURE_SLACK else shift_month(pub, 1, d)
    if future is False and not rel:  # "23일 열렸다": this month's up to a day after publication (time zones)
        return _safe(pub.year, pub.month, d) if d <= pub.day + 1 else shift_month(pub, -1, d)
    if rel in ("지난달",):
        return shift_month(pub, -1, d)
    if rel in ("내달", "다음달"):
        return shift_month(pub, 1, d)
    if rel in ("이번달", "이달"):
        return _safe(pub.year, pub.month, d)
    if rel == "오는":
        return _safe(pub.year, pub.month, d) if d >= pub.day else shift_month(pub, 1, d)
    if rel == "지난":
        return _safe(pub.year, pub.month, d) if d <= pub.day else shift_month(pub, -1, d)
    # A bare day: news reports days close to publication; a day after it means last month
    # unless it is within a week ahead (announcements).
    same = _safe(pub.year, pub.month, d)
    if same and timedelta(0) <= same - pub <= timedelta(days=7) or same and same <= pub:
        return same
    return shift_month(pub, -1, d)


DAY_COUNTS = {"이틀": 2, "양일": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6}
# a stretch of days, then the day it closed in the same sentence: "3일간 엑스코에서 열린 '…'이 2일 폐막했다"
_KO_CLOSED = re.compile(r"(?P<span>이틀|양일|사흘|나흘|닷새|엿새|\d{1,2})\s*(?:일\s*)?간(?:의)?(?![가-힣])[^.!?\n]{0,80}?"
                        r"(?P<rel>지난|이달)?\s*(?P<d>\d{1,2})\s*일\s*(?:폐막|폐회|막을\s*내|막\s*내|마무리|끝났|끝난|종료)")
_MAX_STRETCH = 31  # days a stretch of an event runs at most


def _over(start: date | None, span: str | None) -> date | None:
    """``24일부터 이틀간``: the last day of a stretch of days."""
    if start is None or not span:
        return None
    days = DAY_COUNTS.get(span) or int(span)
    return start + timedelta(days=days - 1) if days > 1 else None


def _listed_end(start: date | None, end: date | None, m: re.Match[str]) -> date | None:
    """The end of a range, or of two days listed when the second is the day after the first (``24·25일``,
    ``3 and 4 November``); two days farther apart (``3일과 10일``) are no stretch, unless ``between`` says so."""
    parts = m.groupdict()
    if end is None or start is None or parts.get("between") or not re.fullmatch(_LISTED_JOINS, parts.get("join") or ""):
        return end
    return end if end == start + timedelta(days=1) else None


def find_dates(text: str, published: str | None, *, lang: str = "ko", future: bool | None = None) -> list[DateMention]:
    """Every date expression in ``text`` that can be resolved, in text order. ``future``: an English
    month and day with no year, or a Korean day with no month, falls on or after ``published`` (True), on
    or before it (False), or nearest to it (None)."""
    pub = _parse_published(published)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: date | None, end: date | None, m: re.Match[str]) -> None:
        if any(a < m.end() and m.start() < b for a, b in taken):
            return
        taken.append((m.start(), m.end()))  # an impossible date (2월 30일) still hides its day part
        if start is None:
            return
        found.append(DateMention(start.isoformat(), end.isoformat() if end and end != start else None,
                                 Span(m.start(), m.end())))

    for m in _ISO.finditer(text):
        start = _safe(int(m["y"]), int(m["m"]), int(m["d"]))
        end = _safe(int(m["y2"] or start.year), int(m["m2"] or start.month), int(m["d2"])) if start and m["d2"] else None
        add(start, end, m)
    if lang == "en":
        for m in _NUMERIC.finditer(text):  # 27/11/2025 or 11/27/2025: only where a part over 12 settles the order
            a, b = int(m["a"]), int(m["b"])
            if a > 12 >= b:
                add(_safe(int(m["y"]), b, a), None, m)
            elif b > 12 >= a:
                add(_safe(int(m["y"]), a, b), None, m)
        for m in _DOTTED_DAY_FIRST.finditer(text):
            add(_safe(int(m["y"]), int(m["m"]), int(m["d"])), None, m)
        for pattern in (_EN_DAY_FIRST, _EN):  # 19 January 2018, then Jan. 19, 2018
            for m in pattern.finditer(text):
                parts = m.groupdict()
                # the first day's month and the last day's ("30 October - 1 November", "Oct. 30-Nov. 1")
                first = _MONTHS[(parts.get("mon1") or m["mon"])[:3].lower()]
                last = _MONTHS[(parts.get("mon2") or m["mon"])[:3].lower()]
                if m["y"]:  # the year written after the last day ("30 December - 2 January 2026")
                    start = _safe(int(m["y"]) - (first > last and pattern is _EN_DAY_FIRST), first, int(m["d"]))
                else:
                    start = _nearest_year(pub, first, int(m["d"]), future) if pub else None
                    if pub and future and m["d2"]:
                        start = _under_way(pub, first, int(m["d"]), last, int(m["d2"])) or start
                end = _safe(start.year + (last < first), last, int(m["d2"])) if start and m["d2"] else None
                add(start, _listed_end(start, end, m), m)  # ("on 3 and 5 November": the first day alone)
    for m in (*_KO_FULL.finditer(text), *(_KO_DOTTED.finditer(text) if lang == "ko" else ())):
        mon, d = int(m["m"]), int(m["d"])
        parts = m.groupdict()
        if parts.get("y"):
            start = _safe(int(m["y"]), mon, d)
        elif parts.get("yrel"):
            start = _safe(pub.year + YEAR_WORDS[parts["yrel"]], mon, d) if pub else None
        else:
            start = _nearest_year(pub, mon, d, None) if pub else None
        end = None
        if start and parts.get("d2"):
            last = int(parts.get("m2") or mon)  # ("12.30(수)~1.2(토)": into the next year)
            end = _safe(start.year + (last < mon), last, int(m["d2"]))
        add(start, _listed_end(start, end, m) or _over(start, parts.get("span")), m)
    if pub and lang == "ko":
        for m in _TODAY.finditer(text):  # "오늘 개최한다": the publication day
            add(pub, None, m)
        for m in _YESTERDAY.finditer(text):  # "어제 열린 포럼": the day before it; "그제": two days before
            add(pub + timedelta(days=DAYS_FROM_PUBLICATION[m.group()]), None, m)
        for m in _KO_WEEKDAY.finditer(text):  # "다음 주 수요일": that week's Wednesday; "오는 수요일": the next one
            weeks, wd = _WEEKS_FROM_PUBLICATION[re.sub(r"\s", "", m["week"])], KO_WEEKDAYS.index(m["wd"])
            if weeks is None:
                add(pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1), None, m)
            else:
                add(pub + timedelta(days=7 * weeks + wd - pub.weekday()), None, m)
    if pub and lang == "ko":
        for m in _KO_CLOSED.finditer(text):  # "3일간 열린 … 2일 폐막했다": the stretch that ended that day
            end = _day_only(pub, m["rel"], int(m["d"]), future)
            days = DAY_COUNTS.get(m["span"]) or int(m["span"])
            if end is not None and 1 < days <= _MAX_STRETCH:
                add(end - timedelta(days=days - 1), end, m)
    if pub:
        for m in _KO_DAY.finditer(text):
            start = _day_only(pub, m["rel"], int(m["d"]), future)
            end = _safe(start.year, start.month, int(m["d2"])) if start and m["d2"] else None
            if start and m["d2"] and m["rel2"] is not None:
                end = _day_only(pub, m["rel2"], int(m["d2"]), future)  # "지난달 30일부터 이달 2일까지"
                end = end if end is not None and end > start else None
            add(start, _listed_end(start, end, m) or _over(start, m["span"]), m)
    found.sort(key=lambda x: x.span.start)
    return found
