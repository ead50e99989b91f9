"""One person in Korean and English articles: romanised names and titles that say the same.

A Korean article writes ``이민호 삼성전자 부사장``, an English one ``Lee Min-ho, vice president of
Samsung Electronics`` or ``Minho Lee``. Entity resolution joins the two only on evidence: the same
organization, a Latin name that is a spelling of the Hangul one, and titles that say the same. This
module decides the last two; the data is ``data/ko/surname_romanizations.tsv`` (the spellings
people use for each surname: 이 -> Lee, Yi, Rhee) and ``data/title_equivalents.tsv``.

Spellings differ in ways the Revised Romanization does not predict (``Hyun`` / ``Hyeon``,
``Young`` / ``Yeong``, ``Hee`` / ``Hui``, ``Kyu`` / ``Gyu``), so names are compared by a loose key
that forgets those distinctions. The key is for recognising a spelling, not for grouping strangers:
it is used only together with one organization and one title.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
           "wi", "yu", "eu", "ui", "i")
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
           "t", "ng", "t", "t", "k", "t", "p", "t")
# Spelling variants folded together, in this order: vowels first (eo/u, oo/u, ee/i …), then the
# consonants romanisations disagree on (k/g, t/d, p/b, ch/j, sh/s, r/l), then doubled letters.
_LOOSE = (("eo", "u"), ("ou", "u"), ("oo", "u"), ("eu", "u"), ("ee", "i"), ("ui", "i"), ("wu", "u"),
          ("oi", "oe"), ("sh", "s"), ("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b"), ("r", "l"))
_DOUBLED = re.compile(r"(.)\1+")
_HANGUL_NAME = re.compile(r"[가-힣]{2,5}")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z][A-Za-z'\-]*){1,3}")


def romanize(text: str) -> str:
    """Hangul syllables in the Revised Romanization, one syllable at a time (as names are written:
    ``민호`` -> ``minho``); other characters are kept."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(_INITIALS[code // 588] + _VOWELS[code % 588 // 28] + _FINALS[code % 28])
        else:
            out.append(ch)
    return "".join(out)


def loose(latin: str) -> str:
    """A spelling-tolerant key of a romanised name part: ``Hyeon-Seok`` and ``Hyun Suk`` -> ``hyunsug``."""
    s = "".join(c for c in unicodedata.normalize("NFKD", latin.lower()) if "a" <= c <= "z")
    for a, b in _LOOSE:
        s = s.replace(a, b)
    return _DOUBLED.sub(r"\1", s)


def is_hangul_name(name: str) -> bool:
    return _HANGUL_NAME.fullmatch(name) is not None


def is_latin_name(name: str) -> bool:
    return _LATIN_NAME.fullmatch(name.strip()) is not None


def hangul_name_keys(name: str, spellings: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """Loose keys ``surname|given`` of a Hangul name, one per spelling of its surname (a name that
    starts with a two-syllable surname is also read with a one-syllable one)."""
    if not is_hangul_name(name):
        return frozenset()
    keys = set()
    for cut in (2, 1):
        surname, given = name[:cut], name[cut:]
        if len(given) < 1 or (cut == 2 and surname not in spellings):
            continue
        for spelling in spellings.get(surname, ()) or (romanize(surname),):
            keys.add(f"{loose(spelling)}|{loose(romanize(given))}")
    return frozenset(keys)


def latin_name_keys(name: str) -> frozenset[str]:
    """Loose keys ``surname|given`` of a romanised Korean name in either order: ``Lee Min-ho`` and
    ``Min-ho Lee`` give the same key."""
    if not is_latin_name(name):
        return frozenset()
    parts = name.split()
    return frozenset({f"{loose(parts[0])}|{loose(''.join(parts[1:]))}",
                      f"{loose(parts[-1])}|{loose(''.join(parts[:-1]))}"})


def _english_heads(title: str, english: frozenset[str]) -> set[str]:
    """The listed English titles inside ``title``, less those inside a longer one found there
    (``executive vice president`` hides ``vice president`` and ``president``)."""
    text = " " + re.sub(r"[^a-z0-9\-]+", " ", title.lower()) + " "
    found = {e for e in english if f" {e} " in text}
    return {e for e in found if not any(e != f and f" {e} " in f" {f} " for f in found)}


def titles_agree(korean: str | None, english: str | None, equivalents: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a Korean article's title and an English article's say the same: the English titles
    listed for the Korean one (or for its longest listed ending) include one the English title
    names. No title on either side is no evidence."""
    if not korean or not english:
        return False
    korean = re.sub(r"^전\s*", "", korean.strip())
    vocabulary = frozenset(e for values in equivalents.values() for e in values)
    heads = _english_heads(english, vocabulary)
    if re.fullmatch(r"[A-Za-z .\-]+", korean):  # a Latin title in a Korean article: CTO, CEO
        return bool(_english_heads(korean, vocabulary) & heads) or korean.lower() in english.lower().split()
    for i in range(len(korean)):
        if korean[i:] in equivalents:
            return bool(set(equivalents[korean[i:]]) & heads)
    return False
