"""The literal strings a regular expression's every match needs, to skip a text that holds none of them.

Most of the English grammar's patterns say a rare word (``organizers``, ``joint``, ``testified``) somewhere after
a long stretch of names; Python's engine tries such a pattern at every position of the text before it finds
the word missing. :func:`required_literals` reads the pattern once (its parse tree) for a set of strings one of
which every match holds; :func:`scan` looks for them in the text first, a few substring searches, and runs the
pattern only where one is there. The set is derived, so it stays right as the pattern changes: a literal run in
the pattern's main line (``organi`` + ``[sz]`` + ``er`` gives ``organizer`` and ``organiser``), each branch's
own set where every branch has one, the body of a repetition that must occur, a positive lookaround's body.
What may be absent from a match (an optional part, a negative lookaround) gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

try:  # the standard library's own parser of patterns (``sre_parse`` before Python 3.11)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation: no needles, every text is scanned
    _C = _P = None

__all__ = ["folded", "required_literals", "scan"]

_MAX_STRINGS = 16  # more alternatives than this are no cheap test
_MIN_LENGTH = 3  # shorter strings are in nearly every text
_CLASS_CHOICES = 4  # a character class of up to this many literal characters is spelled out ("[sz]")


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Case-folded strings one of which the case-folded text of every match of ``pattern`` holds (a lookaround's
    may stand just outside the match), or ``()`` where the pattern gives no such set."""
    # (kept by the pattern's identity: a compiled pattern's hash reads its whole program, some 10 µs for a
    # grammar's long one, on every look-up)
    known = _DERIVED.get(id(pattern))
    if known is None or known[0] is not pattern:
        if len(_DERIVED) >= _MAX_PATTERNS:  # (bounded: a pattern compiled for one article's names is no module's)
            _DERIVED.clear()
        known = _DERIVED[id(pattern)] = (pattern, _derived(pattern))
    return known[1]


_MAX_PATTERNS = 4096
_DERIVED: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}


def _derived(pattern: re.Pattern[str]) -> tuple[str, ...]:
    if _P is None:
        return ()
    try:
        found = _sequence(list(_P.parse(pattern.pattern, pattern.flags)))
    except (re.error, RecursionError):  # pragma: no cover - a pattern too deep to read: scan every text
        return ()
    if not found or min(map(len, found)) < _MIN_LENGTH:
        return ()
    return tuple(sorted(found))


@lru_cache(maxsize=8)
def folded(text: str) -> str:
    """``text.casefold()``, kept for the few texts in hand (every pattern of an article asks for the same one).
    A dotless ``ı`` is an ``i`` here, as a pattern that ignores case reads it."""
    return text.casefold().replace("ı", "i")


def scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or no match at once where ``text`` holds none of :func:`required_literals`."""
    needles = required_literals(pattern)
    if needles:
        whole = folded(text)
        if not any(n in whole for n in needles):
            return iter(())
    return pattern.finditer(text)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets either of which every match needs, the one that is the rarer test: longer strings, fewer."""
    if a is None or b is None:
        return a if b is None else b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best set of a sequence: its literal runs (characters and small classes spelled out) and the sets of its
    groups, branches and required repetitions, whichever is rarest."""
    best: frozenset[str] | None = None
    run: set[str] | None = None  # the spellings of the current literal run
    for op, av in items:
        chars = _choices(op, av)
        if chars is not None:
            run = set(chars) if run is None else {r + c for r in run for c in chars}
            if len(run) > _MAX_STRINGS:
                best, run = _better(best, _trimmed(run)), None
            continue
        if run is not None:
            best, run = _better(best, frozenset(run)), None
        best = _better(best, _element(op, av))
    if run is not None:
        best = _better(best, frozenset(run))
    return best


def _trimmed(run: set[str]) -> frozenset[str] | None:
    """A run whose spellings grew past the limit: its spellings before the last character (a prefix of each)."""
    shorter = frozenset(r[:-1] for r in run)
    return shorter if len(shorter) <= _MAX_STRINGS and all(shorter) else None


def _choices(op: Any, av: Any) -> list[str] | None:
    """The case-folded characters one element matches, where it is one character of a few."""
    # (ASCII only: what a character beyond it matches when case is ignored is no simple case-folding)
    if op is _C.LITERAL and av < 128:
        return sorted({chr(av).casefold()})
    if op is _C.IN and len(av) <= _CLASS_CHOICES and all(kind is _C.LITERAL and c < 128 for kind, c in av):
        return sorted({chr(c).casefold() for _, c in av})
    return None


def _element(op: Any, av: Any) -> frozenset[str] | None:
    if op is _C.SUBPATTERN:
        return _sequence(av[-1])
    if op is _C.BRANCH:
        sets = [_sequence(branch) for branch in av[1]]
        if any(s is None for s in sets):
            return None  # a branch with no set of its own: the branch's words may be absent
        union = frozenset().union(*(s for s in sets if s is not None))
        return union if len(union) <= _MAX_STRINGS else None
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
        low, _high, body = av
        return _sequence(body) if low >= 1 else None
    if op is _C.ASSERT:  # a positive lookahead or lookbehind: its words are in the text
        return _sequence(av[1])
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(av)
    return None  # an anchor, a class, any character, a negative lookaround, a back-reference
