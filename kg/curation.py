"""The curation file: hand-made decisions that entity resolution honours.

A tab-separated file, one decision a line, ``#`` starts a comment::

    org     merge   과기정통부                  과학기술정보통신부
    org     alias   한국산업기술진흥협회          KOITA
    org     split   한국전력                    한국전력기술
    org     label   한국산업기술진흥협회          한국산업기술진흥협회(KOITA)
    person  merge   조준희@국가AI전략위원회       조준희@한국인공지능·소프트웨어산업협회
    person  split   김기수@포스코홀딩스           김기수@딥아이
    person  label   이상목@한국생산기술연구원      이상목

Organizations are named by any of their names; people as ``NAME@ORGANIZATION``. ``merge`` and
``alias`` join two entities, ``split`` keeps two apart whatever else links them, ``label`` sets the
name the graph shows. Every decision the resolver takes is recorded in the graph with the rule
or curation line behind it, so a merge is undone by removing its line (or adding a ``split``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from kg.errors import KGError

CURATION_ENV = "KG_CURATION"
DEFAULT_CURATION = "curation.tsv"


class CurationError(KGError):
    """The curation file has a line kg cannot read."""


class Kind(str, Enum):
    ORG = "org"
    PERSON = "person"


class Action(str, Enum):
    MERGE = "merge"
    ALIAS = "alias"
    SPLIT = "split"
    LABEL = "label"


@dataclass(frozen=True)
class Decision:
    """One line of the curation file."""

    kind: Kind
    action: Action
    a: str
    b: str
    where: str  # "file:line", recorded in the graph with what it decided


@dataclass(frozen=True)
class Curation:
    decisions: tuple[Decision, ...] = ()

    def of(self, kind: Kind, *actions: Action) -> list[Decision]:
        return [d for d in self.decisions if d.kind is kind and d.action in actions]


def default_curation_path() -> Path | None:
    """``$KG_CURATION``, else ``./curation.tsv`` when it exists."""
    env = os.environ.get(CURATION_ENV)
    if env:
        return Path(env)
    return Path(DEFAULT_CURATION) if Path(DEFAULT_CURATION).is_file() else None


def _person(value: str, where: str) -> None:
    name, sep, org = value.partition("@")
    if not sep or not name.strip() or not org.strip():
        raise CurationError(f"{where}: a person is written NAME@ORGANIZATION, got {value!r}")


def load_curation(path: str | Path | None) -> Curation:
    """Read a curation file (no file: no decisions)."""
    if path is None:
        return Curation()
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise CurationError(f"{path}: cannot read the curation file: {e.strerror or e}") from e
    decisions = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{number}"
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 4 or not all(cells):
            raise CurationError(f"{where}: expected 4 tab-separated cells (kind, action, a, b), got {len(cells)}")
        try:
            kind, action = Kind(cells[0]), Action(cells[1])
        except ValueError as e:
            raise CurationError(f"{where}: {e}; kinds: org, person; actions: merge, alias, split, label") from e
        if kind is Kind.PERSON and action is Action.ALIAS:
            raise CurationError(f"{where}: people take merge, split or label, not alias")
        if kind is Kind.PERSON:
            _person(cells[2], where)
            if action is not Action.LABEL:
                _person(cells[3], where)
        decisions.append(Decision(kind, action, cells[2], cells[3], where))
    return Curation(tuple(decisions))
