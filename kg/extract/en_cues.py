"""English role cues: the phrases of ``data/en/cues.tsv`` compiled once, and the words for a gathering they use.

A cue line is a role and a phrase: its spaces match any spacing (and an adverb: "will then speak"), a final
``*`` any ending, ``a/b`` either word, ``~`` up to two words of any kind, ``~~`` up to six (a topic: "sessions on
~~ were handled by"), ``{event}`` any word for a gathering.
Both the sentence-level role reader (:mod:`kg.extract.en`) and the person finder (:mod:`kg.extract.en_people`,
which asks whether the words right after a name are a speaking part's) read them from here.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kg.extract.gazetteer import cue_list, word_list
from kg.model import Role
from kg.resources import data_dir

# what "{event}" in a cue stands for besides the event types of data/en/event_types.txt: words for any gathering
# ("function": Indian and British English for a ceremony, "the inaugural function")
GATHERINGS = ("event", "gathering", "meeting", "hearing", "ceremony", "session", "plenary", "program", "programme",
              "function")
# words for a gathering that name no event of their own in a cue's {event}: "a day", "a show", "a talk"
NOT_GATHERINGS = frozenset({"day", "week", "talk", "talks", "concert", "demo", "show"})
# the parts one speaks in
SPEAKING_ROLES = frozenset({Role.KEYNOTE, Role.SPEAKER, Role.PANELIST, Role.MODERATOR})


@lru_cache(maxsize=1)
def gathering_words() -> frozenset[str]:
    """Words for an event: the event types of ``data/en/event_types.txt`` and words for any gathering."""
    return frozenset(w.lower() for w in word_list(data_dir() / "en" / "event_types.txt")) | frozenset(GATHERINGS)


@dataclass(frozen=True)
class Cue:
    """One role cue: its pattern's source, the part it gives, and the literal word every match holds
    (lower-cased unless the cue is case-sensitive), so that a sentence without it skips the pattern."""

    source: str
    role: Role
    needle: str
    cased: bool
    last: str = ""  # the phrase's last word, lower-cased ("was" of "next up was"; "" when it ends in a gap)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern, on first use: of some ten thousand cues a run meets few, and compiling all of them
        up front took seconds before the first article."""
        return re.compile(self.source, 0 if self.cased else re.I)


# an adverb a cue's words may take between them: "the lineup also includes", "will then speak", "was again moderated by"
_ADVERB_GAP = r"\s+(?:(?:also|then|later|again|further|additionally|briefly|jointly|each|both|once\s+again)\s+)?"
_GAP = r"\s+(?:[\w'’\-]+\s+){0,2}?"
_WIDE_GAP = r"\s+(?:[\w'’\-]+,?\s+){0,6}?"  # ("~~": a topic's words, "on robots, vision and safety")
# before a gathering's kind: two words of any kind, or the words of its name in capitals
# ("said at the Singapore Manufacturing Federation's (SMF) Manufacturing Day": the owner's initials in parentheses)
_NAMED_GAP = r"\s+(?:(?:[\w'’\-]+\s+){0,2}?|(?-i:(?:[A-Z0-9][\w'’\-]*|\([A-Z][\w&*\-]*\)|of|on|for|and|&)\s+){3,7}?)"


@lru_cache(maxsize=1)
def gathering_kinds() -> str:
    """The words for a gathering as one alternation, the longest first (``{event}`` in a cue)."""
    return "|".join(sorted((re.escape(w) for w in gathering_words() - NOT_GATHERINGS), key=len, reverse=True))


@lru_cache(maxsize=1)
def role_cues() -> tuple[Cue, ...]:
    """Role cues from ``data/en/cues.tsv``, the longest pattern first."""
    cues = []
    kinds = gathering_kinds()
    for phrase, role in ((p, r) for written, r in cue_list(data_dir() / "en" / "cues.tsv") for p in _choices(written)):
        parts = re.split(r"(~~?)", phrase)
        body = parts[0] and _cue_words(parts[0], kinds)
        for tilde, part in zip(parts[1::2], parts[2::2]):  # "~": up to two words ("fielded ~ questions"), or a name
            gap = _WIDE_GAP if tilde == "~~" else _NAMED_GAP if part.split()[:1] == ["{event}"] else _GAP
            body += gap + _cue_words(part, kinds)  # ("addressed the AI Industry Days conference")
        cased = phrase.isupper()  # "MC" only in capitals
        # the needle: the phrase's longest literal word, which every match holds ("" is in every sentence)
        literal = [w.rstrip("*") for w in phrase.replace("~", " ").split() if w != "{event}"]
        needle = max(literal, key=len) if literal else ""
        words = phrase.split()
        last = words[-1].lower() if words and words[-1] not in ("~", "{event}") and "~" not in words[-1] else ""
        cues.append(Cue(rf"\b{body}\b", role, needle if cased else needle.lower(), cased, last))
    return tuple(sorted(cues, key=lambda c: -len(c.source)))


def _cue_words(part: str, kinds: str) -> str:
    """The pattern of a cue's words between two gaps: spaces match any spacing and an adverb."""
    # (a press or news conference, an earnings call's, is the speaker's own briefing: no gathering)
    # (a day, a week or a show in capitals is one named so: "said at the Manufacturing Day 2026")
    return _ADVERB_GAP.join(rf"(?<!press )(?<!news )(?<!earnings )(?:{kinds}|(?-i:Day|Week|Show))s?" if w == "{event}" else
                            re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in part.split())


def _choices(phrase: str) -> list[str]:
    """The phrases a cue line with choices stands for: ``took/takes the stage/podium`` is four."""
    return [" ".join(words) for words in itertools.product(*(w.split("/") for w in phrase.split()))]


@lru_cache(maxsize=1)
def cue_groups() -> tuple[tuple[str, bool, tuple[int, ...]], ...]:
    """The role cues' positions in :func:`role_cues`, grouped by their needle (and its case)."""
    groups: dict[tuple[str, bool], list[int]] = {}
    for n, cue in enumerate(role_cues()):
        groups.setdefault((cue.needle, cue.cased), []).append(n)
    return tuple((needle, cased, tuple(members)) for (needle, cased), members in groups.items())


def present_cues(text: str) -> list[int]:
    """The positions in :func:`role_cues` of the cues whose needle ``text`` holds, in their order (the longest
    first). A cue whose needle is absent cannot match: of some 2,500 cues few are present, and their few hundred
    needles are looked for once each."""
    lower = text.lower()
    return sorted(n for needle, cased, members in cue_groups() if needle in (text if cased else lower) for n in members)


@lru_cache(maxsize=4096)
def _roles_opening(words: str) -> frozenset[Role]:
    """The parts whose cues open ``words`` (one scan of the cues present, shared by the questions below)."""
    cues = role_cues()
    return frozenset(cues[n].role for n in present_cues(words) if cues[n].pattern.match(words))


def speaking_cue_opens(words: str) -> bool:
    """A cue of a speaking part (keynote, talk, panel, chair) opens ``words`` (``presided over a session``,
    ``fielded questions on safety``): the words after a name say that its bearer spoke."""
    return not _roles_opening(words).isdisjoint(SPEAKING_ROLES)


# the parts of a guest or of one present, besides the speaking ones: "cut the ribbon", "proposed a toast", "judged"
_PRESENT_ROLES = frozenset({Role.OTHER, Role.ATTENDEE})


def guest_cue_opens(words: str) -> bool:
    """A cue of a guest's or an attendee's part opens ``words`` (``cut the ribbon``, ``gave a toast``, ``sat on the
    jury``): the words after a name say that its bearer was at the event."""
    return not _roles_opening(words).isdisjoint(_PRESENT_ROLES)


# the last words of a cue that points at the name after it: "next up was A", "then came A", "the floor went to A",
# "sparred with A", "a Q&A with A"
_LEADING_ENDS = frozenset({"was", "were", "to", "came", "come", "comes", "with"})


@lru_cache(maxsize=1)
def _leading_cues() -> frozenset[int]:
    """The positions in :func:`role_cues` of the speaking cues whose last word points at a name after them."""
    return frozenset(n for n, cue in enumerate(role_cues()) if cue.role in SPEAKING_ROLES and cue.last in _LEADING_ENDS)


@lru_cache(maxsize=4096)
def speaking_cue_leads(words: str) -> bool:
    """A speaking part's cue that points forward ends ``words`` (``Next up was``, ``The floor then went to``):
    the name right after them is the one who spoke."""
    cues, leading = role_cues(), _leading_cues()
    return any(m.end() == len(words)
               for n in present_cues(words) if n in leading for m in cues[n].pattern.finditer(words))

