"""A programme written as a table: the part its header gives a column, for the people named in that column.

Press releases and event pages give their programme as a table, and a page's text keeps it as rows of cells
between bars (``| 14:10 | 제조 AI 정책 방향 | 김동욱 산업통상자원부 과장 |``) or tabs. The rows name the
speakers with no cue of their own: the cue is the header of their column (``발표자``, ``Speaker``,
``Moderator``). :func:`with_table_roles` reads every table whose header names a part, and gives that part to
each person the article found inside the column's cells who has no part of their own yet (a quoted or
attending person has none), with the row's talk title where a column holds titles. A row of a ceremony
(``개회사``, ``Welcome``) is left to the article's own cues, which know the host from the guest.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.extract.gazetteer import table
from kg.model import Extraction, Person, Role, RoleAssignment, Span
from kg.resources import data_dir

__all__ = ["Table", "find_tables", "with_table_roles"]

_PARTS = {"keynote": Role.KEYNOTE, "speaker": Role.SPEAKER, "panelist": Role.PANELIST, "moderator": Role.MODERATOR}
_OWN_PART = frozenset({Role.KEYNOTE, Role.SPEAKER, Role.PANELIST, Role.MODERATOR, Role.HOST_REP, Role.OTHER,
                       Role.REPORTER})
_RULE_CELL = re.compile(r":?-{2,}:?|=+")  # "|---|:---:|": the line under a header


@dataclass(frozen=True)
class Table:
    """Rows of cells (spans into the text) in consecutive lines; the first row is the header."""

    rows: tuple[tuple[Span, ...], ...]


def find_tables(text: str) -> list[Table]:
    """The tables of ``text``: runs of two lines or more, each with three cells or more between bars or tabs."""
    tables: list[Table] = []
    run: list[tuple[Span, ...]] = []
    at = 0
    for line in text.split("\n"):
        cells = _cells(line, at)
        if cells is not None:
            if not all(_RULE_CELL.fullmatch(text[c.start:c.end]) for c in cells):
                run.append(cells)
        else:
            if len(run) >= 2:
                tables.append(Table(tuple(run)))
            run = []
        at += len(line) + 1
    if len(run) >= 2:
        tables.append(Table(tuple(run)))
    return tables


def _cells(line: str, at: int) -> tuple[Span, ...] | None:
    """The cells of a row between bars (``| a | b | c |``, the outer bars optional) or tabs, as spans of their
    text without the spaces around it (an empty cell keeps its place as an empty span)."""
    sep = "|" if line.count("|") >= 2 else "\t" if line.count("\t") >= 2 else None
    if sep is None:
        return None
    pieces: list[tuple[int, str]] = []
    start = 0
    for piece in line.split(sep):
        pieces.append((start, piece))
        start += len(piece) + 1
    if pieces and not pieces[0][1].strip():
        pieces = pieces[1:]  # the bar that opens the row
    if pieces and not pieces[-1][1].strip():
        pieces = pieces[:-1]  # the bar that closes it
    cells = []
    for offset, piece in pieces:
        stripped = piece.strip()
        lead = len(piece) - len(piece.lstrip())
        cells.append(Span(at + offset + lead, at + offset + lead + len(stripped)))
    return tuple(cells) if len(cells) >= 3 else None


@lru_cache(maxsize=4)
def _headers(lang: str) -> tuple[dict[str, str], tuple[str, ...]]:
    """Header words by what their column holds, and the words of a ceremony's row, of ``lang``'s list."""
    path = data_dir() / lang / "table_headers.tsv"
    if not path.exists():
        return {}, ()
    words = table(path)
    kinds = {_normal(w, lang): key for key, ws in words.items() if key != "ceremony" for w in ws}
    return kinds, tuple(_normal(w, lang) for w in words.get("ceremony", ()))


def _normal(cell: str, lang: str) -> str:
    cell = re.sub(r"\([^()]*\)|[\[\]*:：]", "", cell).lower().strip()
    return re.sub(r"\s+", "" if lang == "ko" else " ", cell)


def _column_kind(header: str, lang: str) -> str | None:
    """What a header cell's column holds: the key of the longest header word the cell opens with."""
    kinds, _ceremonies = _headers(lang)
    cell = _normal(header, lang)
    best = max((w for w in kinds if cell == w or cell.startswith(w) and (lang == "ko" or cell[len(w)] == " ")),
               key=len, default=None)
    return kinds[best] if best is not None else None


def with_table_roles(x: Extraction) -> Extraction:
    """``x`` with the parts the article's programme tables give to people that have none of their own yet."""
    text, lang = x.article.text, x.article.lang
    if "|" not in text and "\t" not in text or not x.people:
        return x
    _kinds, ceremonies = _headers(lang)
    mentions = sorted(((m, p.id) for p in x.people for m in p.mentions), key=lambda mp: mp[0].start)
    starts = [m.start for m, _pid in mentions]
    given: dict[str, tuple[Role, str | None]] = {}  # Person.id -> (part, talk title)
    for t in find_tables(text):
        columns = [_column_kind(text[c.start:c.end], lang) for c in t.rows[0]]
        if not any(k in _PARTS for k in columns):
            continue
        for row in t.rows[1:]:
            words = [_normal(text[c.start:c.end], lang) for c in row]
            if any(w.startswith(c) for w in words for c in ceremonies):
                continue  # "| 14:00 | 개회사 | 민병주 원장 |": a ceremony, its speaker read by the article's cues
            title = next((text[c.start:c.end] for c, k in zip(row, columns) if k == "title" and c.end > c.start),
                         None)
            for cell, kind in zip(row, columns):
                if kind not in _PARTS:
                    continue
                # the people whose mentions start in the cell (and end in it), by the mentions in order
                for n in range(bisect.bisect_left(starts, cell.start), bisect.bisect_left(starts, cell.end)):
                    m, pid = mentions[n]
                    if m.end <= cell.end and pid not in given:
                        given[pid] = (_PARTS[kind], title)
    if not given:
        return x
    event = x.events[0].id if x.events else None
    people = tuple(_with_part(p, event, *given[p.id]) if p.id in given else p for p in x.people)
    return replace(x, people=people)


def _with_part(p: Person, event: str | None, role: Role, title: str | None) -> Person:
    if any(r.role in _OWN_PART for r in p.roles):
        return p  # a part of the person's own, read from the article's words (around the cell too)
    return replace(p, roles=(*p.roles, RoleAssignment(event, role, talk_title=title)))
