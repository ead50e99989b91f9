"""Language-neutral text helpers: sentences, tokens and quoted spans, all with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import Span

# Opening quote -> closing quotes accepted for it.
_QUOTES = {"“": "”\"", "\"": "\"”", "‘": "’'", "'": "'’", "「": "」", "『": "』", "《": "》", "〈": "〉"}
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Z]|Dr|Mr|Mrs|Ms|Prof|Hon|Sen|Rep|Gov|Gen|Col|Capt|Lt|Rev|Mt|Ft|"
                           r"St|No|Jr|Sr|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|"
                           r"Aug|Sep|Sept|Oct|Nov|Dec|Pa|Inc|Co|Corp|Ltd)\.$")
_INITIALISM = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")  # U.S., U.K.: no sentence ends there
_SENTENCE_FINAL = re.compile(r"다\.(?:\s|$)")
_SENT_END = re.compile(r"(?<=[다요함음됨\.\?!])[\.\?!]?(?=\s)|(?<=[\.\?!][\"”’'])(?=\s)|\n")
_TOKEN = re.compile(r"[^\s,△▲▷■●○◇◆•\[\]()（）{}<>「」『』《》〈〉【】“”\"‘’'/|=…]+"
                    r"|[,△▲▷■●○◇◆•\[\]()（）{}<>「」『』《》〈〉【】“”\"‘’'/|=…]")


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch: ``inner`` excludes the quote marks; ``double`` for speech quotes (“…”)."""

    outer: Span
    inner: Span
    double: bool


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark; ``start``/``end`` are article offsets."""

    text: str
    start: int
    end: int

    @property
    def is_punct(self) -> bool:
        return len(self.text) == 1 and not self.text.isalnum()


def find_quotes(text: str) -> list[Quoted]:
    """Quoted spans, outermost first; a quote that never closes within its line is ignored.

    An apostrophe inside a word (``it's``) opens nothing.
    """
    found: list[Quoted] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        closers = _QUOTES.get(ch)
        if closers and not (ch == "'" and i > 0 and text[i - 1].isalpha() and text[i - 1].isascii()):
            limit = text.find("\n", i)
            limit = n if limit < 0 else limit
            if ch in "'‘":  # a title in single quotes does not run past the end of a sentence
                end = _SENTENCE_FINAL.search(text, i, limit)
                limit = end.start() + 1 if end else limit
            j = i + 1
            while j < limit and text[j] not in closers:
                j += 1
            if j < limit and j > i + 1:
                found.append(Quoted(Span(i, j + 1), Span(i + 1, j), ch in "“\""))
                i = j + 1
                continue
        i += 1
    return found


def sentences(text: str) -> list[Span]:
    """Sentence spans: split at line breaks and at sentence-final punctuation outside quotes."""
    quoted = find_quotes(text)
    inside = [q.outer for q in quoted if q.double] + _parentheses(text)
    spans: list[Span] = []
    start = 0
    for m in _SENT_END.finditer(text):
        cut = m.end()
        if text[m.start():m.end()] != "\n" and any(q.start < cut < q.end for q in inside):
            continue
        if _ABBREVIATION.search(text[max(0, cut - 6):cut]) or _INITIALISM.search(text[max(0, cut - 10):cut]):
            continue  # "J. Lee", "Dr. Kim", "Dec. 7": no sentence ends there
        if text[start:cut].strip():
            spans.append(_trim(text, start, cut))
        start = cut
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _parentheses(text: str) -> list[Span]:
    """Parenthesised stretches within a line: ``(회장 이성환. 고려대 교수)`` is not two sentences."""
    spans: list[Span] = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
        elif ch in "(（":
            stack.append(i)
        elif ch in ")）" and stack:
            spans.append(Span(stack.pop(), i + 1))
    return spans


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def tokens(text: str, span: Span) -> list[Token]:
    """Words and punctuation inside ``span`` (offsets into ``text``)."""
    piece = text[span.start:span.end]
    return [Token(m.group(), span.start + m.start(), span.start + m.end()) for m in _TOKEN.finditer(piece)]
