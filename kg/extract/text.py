"""Language-neutral text helpers: sentences, tokens and quoted spans, all with character offsets."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from kg.model import Span

# Opening quote -> closing quotes accepted for it.
_QUOTES = {"“": "”\"", "\"": "\"”", "‘": "’'", "'": "'’", "「": "」", "『": "』", "《": "》", "〈": "〉",
           "<": ">",  # ("<2026 AI 서밋>": Korean news writes titles in angle brackets too)
           "[": "]"}  # ("[2026 AI 서밋]을 개최했다": and in square brackets, a particle right after them)
# the labels of a broadcast script in angle brackets: who speaks next, or what is shown
_SCRIPT_LABEL = re.compile(r"\s*(?:기자|앵커|인터뷰|리포트|녹취|현장음|스탠딩|멘트|자막|브릿지|싱크|인서트|CG|VCR|사진|그래픽|"
                           r"영상|화면|Reporter|Anchor|Interview)\s*\d*\s*")
# a byline in angle brackets ("<김민지 기자>", "<한빛일보 김민지·박서준 기자>"): the writers, no title
_BYLINE_LABEL = re.compile(r"\s*[^<>\n]{2,30}?[ \t]*(?:기자|특파원|객원기자|선임기자|논설위원|에디터)\s*")
_PAREN_OR_LINE = re.compile(r"[()（）\n]")
_OPENER = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
_CLOSERS = frozenset("".join(_QUOTES.values()))
OPENING_QUOTES = frozenset(_QUOTES)  # every quote mark that opens a quoted stretch
CLOSERS_OF: dict[str, str] = _QUOTES  # an opening quote mark -> the closing marks accepted for it
CLOSING_QUOTES = _CLOSERS
# (and the styles of engineers, lawyers, officers and clergy: "Ir. Mohd Zulkifli", "Engr. Ana Cruz", "Atty. Tom Reed")
_ABBREVIATION = re.compile(r"(?:^|[\s(/\-–])(?:[A-Z]|Dr|Mr|Mrs|Ms|Mx|Prof|Hon|Sen|Rep|Gov|Gen|Col|Capt|Lt|Rev|Mt|Ft|"
                           r"Ir|Engr|Atty|Drs|Sgt|Cmdr|Supt|Adm|Maj|Brig|Amb|Fr|Cllr|"
                           r"St|No|Jr|Sr|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|"
                           r"Aug|Sep|Sept|Oct|Nov|Dec|Pa|Inc|Co|Corp|Ltd|Pvt|Pte|Bhd|Sdn|Bros|Mfg|Dept|Univ|Assn|Intl|"
                           r"Ave|Blvd|"
                           # German academic styles: "Dipl.-Ing. Anja Krüger", "Dr. rer. nat. Jonas Weber"
                           r"Ing|Dipl|Mag|rer|nat|phil|med|habil|oec|techn)\.$")
# a legal form or "etc." that closes a name or a list, then a word that only opens a sentence: the sentence
# ended there ("… at Daon Corp. Its director …", "Nimbus Inc. The forum …")
_CLOSING_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:Inc|Co|Corp|Ltd|Pvt|Pte|Bhd|Mfg|etc)\.$")
_OPENS_SENTENCE = re.compile(r"[ \t]+(?:The|Its|It|He|She|They|Their|His|Her|This|These|That|Those|We|Our|But|However|"
                             r"According|After|During|Meanwhile|Earlier|Later)\b")
_INITIALISM = re.compile(r"(?:^|[\s(\-–/])(?:[A-Z]\.){2,}$")  # U.S., U.K., Korea-U.S.: no sentence ends there
# an academic degree, where the sentence goes on in lower case: "a Ph.D. candidate", "an M.Sc. student"
DEGREES = r"(?:Ph\.D|M\.Sc|B\.Sc|M\.Eng|B\.Eng|D\.Phil|M\.Phil|M\.B\.A|M\.D|B\.A|M\.A|B\.S|M\.S)\."  # (shared)
_DEGREE = re.compile(rf"(?:^|[\s(]){DEGREES}$")
# lower-case abbreviations with their dots, where the sentence goes on in lower case: "at 9 a.m. at Lake Hall"
_LOWER_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:a\.m|p\.m|e\.g|i\.e|approx|incl|est)\.$")
# a time of day's zone after its a.m. or p.m.: "at 11 a.m. ET for a webinar", "2 p.m. (KST)", "9 a.m. CEST on Monday"
_CLOCK = re.compile(r"(?:^|[\s(])[ap]\.m\.$")
_TIME_ZONE = re.compile(r"[ \t]+\(?(?:[A-Z]{1,4}T|UTC|GMT)(?:[+\-−]\d{1,2}(?::?\d\d)?)?\)?(?=[ \t]+[a-z(\d]|[,;.!?]|[ \t]*$)", re.M)
_SENTENCE_FINAL = re.compile(r"다\.(?:\s|$|(?=[가-힣]))")
_DOTTED_NUMBER = re.compile(r"(?<![\d.])\d{1,4}\.$")  # a year, month or day closed by its dot
_NEXT_NUMBER = re.compile(r"[ \t]\d{1,2}\.")  # the month or day after it, closed by its own dot
_BRACKET_TITLE = 100  # the longest title in square brackets, in characters (a bounded check per bracket)
_PARTICLE_STARTS = frozenset("이가은는을를에의와과도")  # the first letter of a particle after a title
_DOTTED_DATE = re.compile(r"(?<![\d.])(?:19|20)\d\d\.[ \t]*\d{1,2}\.[ \t]*\d{1,2}\.$")  # "2026. 12. 3."
# A sentence ends at final punctuation, at a line break, or (a period left out) after a final verb
# ending (…했다, …한다, …있다): not after every word that ends in 다/요/음 (주요, 다음, 기존보다).
# (a Korean sentence's final period with the next sentence glued to it, as scraped text often has it:
# "…마련됐다.개회식에는 …")
_SENT_END = re.compile(r"(?<=[\.\?!])(?=\s)|(?<=[\.\?!][\"”’'])(?=\s)|\n|(?<=다\.)(?=[가-힣\[(‘“'\"])"
                       r"|(?<=[했한된됐었았있없겠린렸였진졌냈낸왔갔웠춘췄온간혔힌])다(?=\s)")
_TOKEN = re.compile(r"[^\s,△▲▷▶►▸■□●○◇◆•※\[\]()（）{}<>「」『』《》〈〉【】“”\"‘’'/|｜=…:：]+"
                    r"|[,△▲▷▶►▸■□●○◇◆•※\[\]()（）{}<>「」『』《》〈〉【】“”\"‘’'/|｜=…:：]")


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch: ``inner`` excludes the quote marks; ``double`` for speech quotes (“…”)."""

    outer: Span
    inner: Span
    double: bool


class Token(NamedTuple):
    """A word or punctuation mark; ``start``/``end`` are article offsets."""

    text: str
    start: int
    end: int

    @property
    def is_punct(self) -> bool:
        return len(self.text) == 1 and not self.text.isalnum()


def find_quotes(text: str) -> list[Quoted]:
    """Quoted spans, outermost first; a quote that never closes within its line is ignored.

    An apostrophe inside a word (``it's``) opens nothing. Every lookup is a bisection over positions
    found once, so unclosed quotes on a long line cost no rescans (time is linear in the text).
    """
    n = len(text)
    newlines = [m.start() for m in re.finditer("\n", text)]
    finals = [m.start() for m in _SENTENCE_FINAL.finditer(text)]
    closer_at = {c: [m.start() for m in re.finditer(re.escape(c), text)] for c in _CLOSERS}
    found: list[Quoted] = []
    resume = 0
    for m in _OPENER.finditer(text):
        i = m.start()
        ch = text[i]
        if i < resume or ch == "'" and i > 0 and text[i - 1].isalpha() and text[i - 1].isascii():
            continue
        if ch == "<" and (i + 1 >= n or text[i + 1].isspace() or text[i + 1] in "=<-/!"):
            continue  # "a < b", "<=", "<!--", "</p>": no title
        k = bisect.bisect_right(newlines, i)
        limit = newlines[k] if k < len(newlines) else n
        if ch in "'‘":  # a title in single quotes does not run past the end of a sentence
            k = bisect.bisect_left(finals, i)
            if k < len(finals) and finals[k] < limit:
                limit = finals[k] + 1
        close = [at[x] for c in _QUOTES[ch] if (at := closer_at[c]) and (x := bisect.bisect_right(at, i)) < len(at)]
        j = min(close, default=n)
        if ch == "<" and j < limit and (_SCRIPT_LABEL.fullmatch(text, i + 1, j) or _BYLINE_LABEL.fullmatch(text, i + 1, j)):
            continue  # "<기자>", "<인터뷰>": a broadcast script's labels, no title; "<김민지 기자>": a byline
        if ch == "[" and not (j < limit and j - i <= _BRACKET_TITLE and j + 1 < n and "가" <= text[j + 1] <= "힣"
                              and "=" not in text[i:j]
                              and (i > 0 and text[i - 1] != "\n" or text[j + 1] in _PARTICLE_STARTS)):
            # a title in square brackets has a particle after it; a dateline ("[서울=뉴시스]") and a headline's
            # label at a line's start ("[포토]한빛협회, …", "[단독]") are none
            continue
        if j < limit and j > i + 1:
            found.append(Quoted(Span(i, j + 1), Span(i + 1, j), ch in "“\""))
            resume = j + 1
    return found


def sentences(text: str, quoted: list[Quoted] | None = None) -> list[Span]:
    """Sentence spans: split at line breaks and at sentence-final punctuation outside quotes."""
    quoted = find_quotes(text) if quoted is None else quoted
    inside = _merged([q.outer for q in quoted if q.double] + _parentheses(text))
    starts = [q.start for q in inside]
    spans: list[Span] = []
    start = 0
    for m in _SENT_END.finditer(text):
        cut = m.end()
        k = bisect.bisect_left(starts, cut) - 1  # the last stretch that opens before the cut
        broken = m.group() == "\n"  # a line break ends a sentence, whatever ends the line ("… Corp.\n• Ana Vale")
        if not broken and k >= 0 and cut < inside[k].end:
            continue
        if not broken and (_ABBREVIATION.search(text[max(0, cut - 6):cut]) or _INITIALISM.search(text[max(0, cut - 10):cut])) \
                and not (_CLOSING_ABBREVIATION.search(text, max(0, cut - 6), cut) and _OPENS_SENTENCE.match(text, cut)):
            continue  # "J. Lee", "Dr. Kim", "Dec. 7": no sentence ends there
        if _DOTTED_NUMBER.search(text, max(0, cut - 5), cut) and _NEXT_NUMBER.match(text, cut):
            continue  # "2025. 11. 24.(월)": a date written with dots and spaces, one number after another
        if _DOTTED_DATE.search(text, max(0, cut - 16), cut) and not re.match(r"\s+[A-Z]", text[cut:cut + 3]):
            continue  # "한빛협회는 2026. 12. 3. 코엑스에서 …": the date's last dot ends no sentence
        if (_DEGREE.search(text[max(0, cut - 9):cut]) or _LOWER_ABBREVIATION.search(text[max(0, cut - 8):cut])) \
                and re.match(r"[ \t]+[a-z]", text[cut:cut + 3]):
            continue  # "a Ph.D. candidate at …", "at 9 a.m. at Lake Hall"
        if _CLOCK.search(text, max(0, cut - 5), cut) and _TIME_ZONE.match(text, cut):
            continue  # "11 a.m. ET for a one-hour webinar": the zone goes on with the sentence
        if not broken and text[cut - 1] in "\"”’'" and re.match(r"[ \t]+[a-z]", text[cut:cut + 3]):
            continue  # 'a panel titled "Humanoids: Ready for Work?" included …', '"… robots?" asked A': it goes on
        if text[start:cut].strip():
            spans.append(_trim(text, start, cut))
        start = cut
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _merged(spans: list[Span]) -> list[Span]:
    """Overlapping stretches joined, in order: membership is then one bisection."""
    out: list[Span] = []
    for sp in sorted(spans, key=lambda x: x.start):
        if out and sp.start < out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, sp.end))
        else:
            out.append(sp)
    return out


def _parentheses(text: str) -> list[Span]:
    """Parenthesised stretches within a line: ``(회장 이성환. 고려대 교수)`` is not two sentences."""
    spans: list[Span] = []
    stack: list[int] = []
    for m in _PAREN_OR_LINE.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            stack.clear()
        elif ch in "(（":
            stack.append(i)
        elif stack:
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


# what opens a line of its own, never a wrapped line's continuation: a list marker, a number, a time, a short label
# and its colon ("주최: 충청북도 / 주관: …", "장소 : …", "Venue: …")
_OWN_LINE = re.compile(r"[ \t]*(?:[-–—•·▪●○◇◆■□▲△▶▷*]|\d{1,2}[.)][ \t]|\d{1,2}:\d\d|\(?\d{1,2}\)[ \t]"
                       r"|[가-힣]{1,6}[ \t]*[:：]|[A-Z][a-z]{1,11}[ \t]*:[ \t])")
_MIN_WRAPPED = 4  # wrapped lines a text needs before its line breaks are read as wrapping
_WRAP_WIDTHS = (30, 100)  # the widths at which texts are hard-wrapped (e-mail, terminals, PDFs: 60 to 80)
# the share of lines (with text on the next) that run to nearly the width: the rest end paragraphs, one newline apart
_WRAPPED_SHARE = 0.5


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks of hard wrapping made spaces: a text whose lines run to nearly one width
    (30 to 100 characters) and mostly break a sentence; a shorter line ends its paragraph, blank lines or not.
    Each break becomes one space, so the text keeps its length and every offset into it holds; any other text
    is returned as it is."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    inner = [len(a.rstrip()) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    if len(inner) < _MIN_WRAPPED:
        return text
    # the width the text was wrapped at: the longest lines but a tenth (a word longer than the rest of a line, a
    # link, runs past it)
    width = sorted(inner)[len(inner) - 1 - len(inner) // 10]
    slack = max(12, width // 4)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1] \
            or sum(1 for n in inner if n >= width - slack) < _WRAPPED_SHARE * len(inner):
        return text
    wrapped = [n for n, (a, b) in enumerate(zip(lines, lines[1:])) if a.strip() and b.strip()
               and len(a.rstrip()) >= width - slack and not _OWN_LINE.match(b) and not a.rstrip().endswith(":")
               and a.count("|") < 2 and b.count("|") < 2]  # (a table's row, cells between bars, is a line of its own)
    if not _mid_sentence([(lines[n], lines[n + 1]) for n in wrapped]):
        return text  # ("Tom Reed, CEO, Nimbus" on lines of one length: a list, each item a line of its own)
    out = list(text)
    ends = list(itertools.accumulate(len(line) + 1 for line in lines))  # after each line's break
    for n in wrapped:
        out[ends[n] - 1] = " "  # the line break after line n
    return "".join(out)


# a Korean line that stops inside its sentence: a clause's connective ending (…에서, …했으며, …하고), an object's or
# a topic's particle, a participle of holding or taking part that describes the next word (…에서 열린\n'X'), or a
# comma after a Hangul word or a quote
_BROKEN_CLAUSE = re.compile(r"[가-힣](?:에서|에서는|에는|에게|으로|으며|이며|하며|하고|했고|되고|됐고|했으며|됐으며|을|를)[ \t]*$"
                            r"|(?:열린|열리는|개최된|개최되는|진행된|진행되는|마련된|주최한|주관한|후원한|참석한|참여한)[ \t]*$"
                            r"|[가-힣'’\"”)][ \t]*,[ \t]*$")
# a line that goes on with a Hangul word, a quote or a number (not a list's marker or a label: _OWN_LINE)
_GOES_ON = re.compile(r"[ \t]*['‘\"“]?[가-힣0-9]")
# an English line that stops inside its sentence: a preposition, an article or a conjunction ends it ("chief
# executive of\nOrbis Labs"), or the next line goes on in lower case after no stop ("moderated\na panel")
_BROKEN_PHRASE = re.compile(r"[A-Za-z,][ \t]+(?:of|at|the|and|for|in|to|with|a|an|from|by|on|as|or|its|their|who|which|that)"
                            r"[ \t]*$")
_UNSTOPPED = re.compile(r"[A-Za-z0-9,)'’\"”][ \t]*$")
_LOWER_ON = re.compile(r"[ \t]*[a-z]")
_LATIN_ON = re.compile(r"[ \t]*[\"“'‘]?[A-Za-z0-9]")
_MIN_BROKEN_WORDS = 3  # words of a line broken inside its clause (a label's or a heading's line is shorter)
_TAIL = 24  # characters at a line's end that say it breaks inside its sentence


def join_broken_clauses(text: str) -> str:
    """``text`` with a line break that falls inside a sentence made a space, one line at a time (a paragraph
    broken by hand: ``… 5일 대구 엑스코에서\n'2025 로봇 컨퍼런스'를 개최했다``, ``chief executive of\nOrbis Labs``):
    a Korean line that ends in a clause's connective or particle (:data:`_BROKEN_CLAUSE`) and goes on with
    words; an English one that ends in a preposition, an article or a conjunction, or goes on in lower case
    after no stop. The line holds a few words, and the next is no list's item or label (:data:`_OWN_LINE`).
    Same length as ``text``."""
    if "\n" not in text:
        return text
    out: list[str] | None = None
    at = 0
    lines = text.split("\n")
    for a, b in zip(lines, lines[1:]):
        at += len(a) + 1  # (just after a's line break)
        if len(a.split()) < _MIN_BROKEN_WORDS or _OWN_LINE.match(b) or _OWN_LINE.match(a):
            continue
        tail = max(0, len(a) - _TAIL)  # (the patterns read the line's end alone: a long line costs no more)
        if _BROKEN_CLAUSE.search(a, tail) and _GOES_ON.match(b) \
                or (_BROKEN_PHRASE.search(a, tail) and _LATIN_ON.match(b) or _UNSTOPPED.search(a, tail) and _LOWER_ON.match(b)):
            out = out if out is not None else list(text)
            out[at - 1] = " "
    return "".join(out) if out is not None else text


def _mid_sentence(breaks: list[tuple[str, str]]) -> bool:
    """Most wrapped lines break a sentence: in Latin script the next line often goes on in lower case; in
    Hangul a line holds a clause's many words and seldom ends a sentence (…다.)."""
    if not breaks:
        return False
    hangul = sum(1 for a, _b in breaks for ch in a if "가" <= ch <= "힣")
    latin = sum(1 for a, _b in breaks for ch in a if ch.isascii() and ch.isalpha())
    if hangul > latin:
        words = sum(len(a.split()) for a, _b in breaks) / len(breaks)
        ended = sum(1 for a, _b in breaks if a.rstrip().endswith(("다.", ".", "?", "!")))
        return words >= 6 and ended <= len(breaks) / 2
    return sum(1 for _a, b in breaks if b.lstrip()[:1].islower()) >= 0.2 * len(breaks)


# every space separator but the plain space (no-break, thin, ideographic, en and em spaces …) as a plain space
SPACE_SEPARATORS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# (and the invisible ones a web page leaves between words or at a line's end: zero-width space, word joiner, a
# byte-order mark inside the text)
_INVISIBLE = "\u200b\u2060\ufeff"
_SPACES = str.maketrans(SPACE_SEPARATORS + _INVISIBLE, " " * len(SPACE_SEPARATORS + _INVISIBLE))


def reading_view(text: str) -> str:
    """The text the rules read: spaces of every kind as plain spaces (``Nov.\u00a014``), hard wrapping
    undone (:func:`unwrap_lines`) and the page's lists of other stories blanked (:func:`blank_other_stories`).
    Character for character as long as ``text``, so every offset into it points into the article as written.
    Line ends of every kind read as ``\n``: a Windows ``\r\n`` as a space before the line's end, an old Mac ``\r``
    alone as the line's end."""
    if "\r" in text:
        text = _LONE_CR.sub("\n", text).replace("\r", " ")
    return blank_comments(blank_other_stories(join_broken_clauses(unwrap_lines(text.translate(_SPACES)))))


_LONE_CR = re.compile(r"\r(?!\n)")


# the heading of a page's list of other stories, on a line of its own
_OTHER_STORIES = re.compile(r"^[ \t]*[\[【<(■▶]?[ \t]*(?:Related\s+(?:Articles?|Stories|News|Content|Posts|Reading)|More\s+(?:from|on|in|"
                            r"stories|news)\b[^\n]{0,40}|Most\s+(?:Popular|Read|Viewed|Shared)(?:\s+\w+)?|Popular\s+"
                            r"(?:News|Stories|Articles)|Trending(?:\s+Now|\s+News)?|Recommended(?:\s+(?:for\s+you|"
                            r"Stories|Articles))?|You\s+may\s+(?:also\s+)?like|Read\s+(?:more|next|also)|Latest\s+"
                            r"(?:News|Stories)|Top\s+Stories|관련\s*기사|많이\s*본\s*(?:뉴스|기사)|인기\s*기사|주요\s*뉴스|"
                            r"추천\s*기사|오늘의\s*주요\s*뉴스|핫\s*이슈|베스트\s*클릭)[ \t]*[\]】>)]?[ \t]*:?[ \t]*$", re.M | re.I)
# a line that links one other story after its label: "Related: Vela CEO to speak at Robot Week", "관련기사: …"
_STORY_LABEL = (r"(?:Related(?:\s+(?:Articles?|Stories|News|Story))?|Read\s+(?:more|also|next)|Also\s+read|See\s+also|"
                r"More\s+on\s+this|관련\s*기사|함께\s*보면\s*좋은\s*기사)")
# (the label in brackets needs no colon: "[관련기사] 김도윤 회장, AI 포럼 참석")
_OTHER_STORY_LINE = re.compile(rf"^[ \t]*(?:[\[【(][ \t]*{_STORY_LABEL}[ \t]*[\]】)][ \t]*[:：|]?|{_STORY_LABEL}[ \t]*[:：|])"
                               r"[ \t]*\S[^\n]*", re.M | re.I)
# a line that closes a sentence (the article's own text goes on): a full stop, a question or exclamation
# mark, a Korean sentence ending, or one of these before a closing quote
_SENTENCE_LINE = re.compile(r"(?:[.!?。]|다)[\"”’'」』)]*[ \t]*$")
_MAX_OTHER_STORIES = 30  # lines a list of other stories runs to


# a line that ends with the writer's address (the byline that closes a Korean report), then the lines of links to
# other stories under it: "▶ [단독] …", "☞ …"
_ADDRESS = re.compile(r"[(<\[]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>\]]?")
_LINK_LINE = re.compile(r"[ \t]*[▶☞►][^\n]*")


def _links_after_byline(text: str, out: list[str]) -> None:
    """Blank the link lines (``▶ …``, ``☞ …``) that follow a line ending with an e-mail address, with the blank
    lines between them, up to the first other line (a line read at most twice: linear)."""
    lines: list[tuple[int, int]] = []  # (start, end) of every line
    at = 0
    for line in text.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    n = 0
    while n < len(lines):
        start, end = lines[n]
        words = text[start:end].split()
        n += 1
        if not words or "@" not in words[-1] or _ADDRESS.fullmatch(words[-1]) is None:
            continue
        while n < len(lines):
            start, end = lines[n]
            line = text[start:end]
            if line.strip() and not _LINK_LINE.fullmatch(line):
                break
            for k in range(start, end):
                out[k] = " "
            n += 1


def blank_other_stories(text: str) -> str:
    """The text with the lines of a page's list of other stories blanked (spaces, same length): the
    headlines right under a heading like ``Related Articles`` or ``관련기사``, each a line with no sentence's
    end, up to the first blank line or sentence (``관련기사`` over a blank line and the article's own
    paragraph blanks nothing but its heading); and a line that links one other story after its label
    (``Related: …``, ``[관련기사] …``)."""
    links = ("▶" in text or "☞" in text or "►" in text) and "@" in text
    one_line = _OTHER_STORY_LINE.search(text) is not None
    if _OTHER_STORIES.search(text) is None and not links and not one_line:
        return text
    out = list(text)
    if links:
        _links_after_byline(text, out)
    for link in _OTHER_STORY_LINE.finditer(text) if one_line else ():
        out[link.start():link.end()] = " " * (link.end() - link.start())  # "Related: Acme CEO to speak at …"
    for heading in _OTHER_STORIES.finditer(text):
        at, end = heading.start(), heading.end()
        for _n in range(_MAX_OTHER_STORIES):
            if end >= len(text) or text[end] != "\n":
                break
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end + 1:nxt]
            if not line.strip() or _SENTENCE_LINE.search(line) and not re.match(r"[ \t]*(?:\d{1,2}[.)]|[-•·*▶△▲■])", line):
                break
            end = nxt
        for k in range(at, end):
            if out[k] != "\n":
                out[k] = " "
    return "".join(out)


# the heading of a page's readers' comments, on a line of its own: "Comments (2)", "3 Comments", "Leave a Reply", "댓글 5"
_COMMENTS = re.compile(r"^[ \t]*(?:(?:\d+[ \t]+)?(?:Comments?|Responses?|Replies)(?:[ \t]*\(\d+\))?|Leave[ \t]+a[ \t]+"
                       r"(?:Reply|Comment)|Join[ \t]+the[ \t]+(?:discussion|conversation)|Reader[ \t]+comments|"
                       r"댓글(?:[ \t]*\(?\d+\)?)?)[ \t]*:?[ \t]*$", re.M | re.I)
# a reader's comment under that heading: "Gary Wilson says: …", "Jo Park on June 3, 2024 at 9:12 am", "Reply"
_COMMENT_LINE = re.compile(r"^[ \t]*(?:[^\n:]{1,60}?[ \t]+(?:says|said|wrote|commented)[ \t]*:|Reply[ \t]*$|"
                           r"[^\n]{1,60}?[ \t]+on[ \t]+[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4})", re.M)
_COMMENT_REACH = 400  # characters after the heading where a reader's first comment is looked for


def blank_comments(text: str) -> str:
    """The text with a page's readers' comments blanked (spaces, same length), from their heading (``Comments
    (2)``, ``Leave a Reply``) to the end of the text, when a comment's own line follows the heading (``Gary Wilson
    says: …``): what readers wrote is no part of the report."""
    heading = next((h for h in _COMMENTS.finditer(text)
                    if _COMMENT_LINE.search(text, h.end(), h.end() + _COMMENT_REACH) is not None), None)
    if heading is None:
        return text
    return text[:heading.start()] + _NOT_A_LINE_END.sub(" ", text[heading.start():])


_NOT_A_LINE_END = re.compile(r"[^\n]")


# the labels of a fact box that releases write with their syllables spaced ("○ 일 시 :", "○ 주 최 :", "행 사 명 :")
_SPACED_LABEL_WORDS = ("일시", "일자", "기간", "장소", "주최", "주관", "후원", "협찬", "협력", "행사명", "대상", "내용",
                       "문의", "연사", "참가", "발표", "강사", "좌장", "사회")
_SPACED_LABEL = re.compile(
    r"^(?P<lead>[ \t]*(?:[○●◇◆▶▷■□◎※\-*·•▲△ㅇ][ \t]*)?)(?P<label>[가-힣](?:[ \t]+[가-힣]){1,2})(?=[ \t]*[:：])", re.M)


def close_spaced_labels(text: str) -> str:
    """``○ 장 소 : 코엑스`` -> ``○ 장소  : 코엑스``: a fact box's label with its syllables spaced, closed up and
    padded with spaces after it (the text keeps its length and every offset)."""
    if "：" not in text and ":" not in text:
        return text

    def closed(m: re.Match[str]) -> str:
        label = m.group("label")
        word = re.sub(r"[ \t]+", "", label)
        if word not in _SPACED_LABEL_WORDS:
            return m.group()
        return m.group("lead") + word + " " * (len(label) - len(word))
    return _SPACED_LABEL.sub(closed, text)
