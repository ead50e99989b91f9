"""The Korean morphological analyser seam (kiwipiepy), used to find where a word's stem ends.

Korean attaches particles and endings to words (``회장은``, ``이승렬을``, ``참석했으며``); the
extractor needs the stem and the kind of ending. Kiwi's model ships inside the ``kiwipiepy_model``
wheel, so nothing is downloaded at run time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kiwipiepy import Kiwi

# Tags that end a stem: particles (J*), endings (E*), copula (VCP), verb/adjective-deriving
# suffixes, and trailing punctuation (S*) that the tokenizer leaves on a word ("개최했다.").
_FUNCTIONAL = ("J", "E", "VCP", "XSV", "XSA", "SF", "SP", "SS", "SE")


@dataclass(frozen=True)
class Morph:
    form: str
    tag: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _kiwi() -> Kiwi:
    return Kiwi()


def analyse(text: str) -> list[Morph]:
    """Morphemes of ``text`` with offsets into it."""
    return [Morph(t.form, t.tag, t.start, t.start + t.len) for t in _kiwi().tokenize(text)]


def is_functional(tag: str) -> bool:
    return tag.startswith(_FUNCTIONAL)
