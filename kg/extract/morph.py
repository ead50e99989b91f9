"""The Korean morphological analyser seam (kiwipiepy), used to find where a word's stem ends.

Korean attaches particles and endings to words (``회장은``, ``이승렬을``, ``참석했으며``); the
extractor needs the stem and the kind of ending. Kiwi's model ships inside the ``kiwipiepy_model``
wheel, so nothing is downloaded at run time.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import NamedTuple

from kiwipiepy import Kiwi  # type: ignore[import-untyped]

from kg.extract.gazetteer import word_list
from kg.resources import data_dir

# Tags that end a stem: particles (J*), endings (E*), copula (VCP), verb/adjective-deriving
# suffixes, and trailing punctuation (S*) that the tokenizer leaves on a word ("개최했다.").
FUNCTIONAL = ("J", "E", "VCP", "XSV", "XSA", "SF", "SP", "SS", "SE")


class Morph(NamedTuple):
    form: str
    tag: str
    start: int
    end: int


# Kiwi's beam: paths scoring this much below the best are pruned (Kiwi's default is 8). At 6 the
# analysis takes about 10 % less time and the extractor's output on the dev corpus is unchanged
# (bench/bench_extract.py prints both side by side).
CUTOFF = 6.0


@lru_cache(maxsize=1)
def _kiwi() -> Kiwi:
    # no thread pool (0, since kiwipiepy 0.21: one thread): one text at a time needs none, and a forked
    # ingest worker inherits none; kiwipiepy warns that 0 meant "all cores" before 0.21
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        kiwi = Kiwi(num_workers=0)
    kiwi.global_config.cutoff_threshold = CUTOFF
    for noun in analyser_nouns():
        kiwi.add_user_word(noun, "NNG", 0.0)
    return kiwi


def analyser_nouns() -> list[str]:
    """The nouns ``data/ko/analyser_nouns.txt`` registers with the analyser: loanwords it does not know, which it
    would read with the particle after them inside (``얼라이언스가`` as one noun)."""
    return word_list(data_dir() / "ko" / "analyser_nouns.txt")


_CHUNK = 1500  # characters; Kiwi's time grows faster than linearly with one input's length


def _chunks(text: str) -> list[tuple[int, str]]:
    """``text`` cut at line breaks, and long lines at a space, into pieces of at most about
    ``_CHUNK`` characters, each with its offset: the analysis then costs time linear in the text."""
    out: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + _CHUNK)
        if end < n:
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


def analyse(text: str) -> list[Morph]:
    """Morphemes of ``text`` with offsets into it."""
    kiwi = _kiwi()
    return [Morph(t.form, t.tag, offset + t.start, offset + t.start + t.len)
            for offset, piece in _chunks(text) for t in kiwi.tokenize(piece)]


@lru_cache(maxsize=8192)
def word_score(text: str) -> float:
    """The analyser's log-probability of its best reading of ``text`` standing alone: how common a word
    it takes ``text`` to be (everyday nouns of news score about -14 to -20, rare words and names lower)."""
    return float(_kiwi().analyze(text, top_n=1)[0][1])


# below this log-probability a two-syllable word alone is rare (전율, 연종) or not a word the analyser knows
# (강범, read as 강 + 범); the nouns of the verbs news uses before a person score above it (참석 -16.4,
# 발표 -13.7, 협력 -17.3, 역설 -20.7: measured with kiwipiepy 0.24's model)
COMMON_WORD_SCORE = -21.0


# above this log-probability a two-syllable word is one of everyday news (현재 -13.8, 정부 -14.7, 고객 -16.9), which
# two-syllable names are not (정민 -18.2, 김준 -19.2, 이준 -20.9: kiwipiepy 0.24's model)
EVERYDAY_WORD_SCORE = -17.5


@lru_cache(maxsize=4096)
def everyday_word(text: str) -> bool:
    """``text`` is one common word the analyser knows well: a noun, an adverb or a determiner, not a proper noun
    (``현재``, ``지역``, ``이번``), where a name is not (``정민``)."""
    pieces = analyse(text)
    return len(pieces) == 1 and pieces[0].tag in ("NNG", "NNB", "MAG", "MM", "NP") \
        and word_score(text) > EVERYDAY_WORD_SCORE


def is_functional(tag: str) -> bool:
    return tag.startswith(FUNCTIONAL)
