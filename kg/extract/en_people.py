"""English person mentions: a name with its title and organization, in the orders news uses.

Shapes: ``Name, title of/at ORG``, ``Name, title, ORG`` (bullets too), ``Name, ORG title``, title or
ORG + title before the name (``Trade Minister Park Ji-hoon``, ``Acme Robotics Managing Director Lars
Ober``, ``Delta's CEO Jane Roe``), honorifics (``Dr.``, ``Prof.``, ``The Hon.``, ``Sen.``) and
post-nominals (``AO``, ``PhD``, ``TD``) around the name, the inverted appositive (``President of the
University of Limerick, Professor Don Barry``), bylines (``By NAME``, ``Staff Reporter NAME``) and
later surname-only mentions (``Kim said``). A run of capitalised words is a person only with evidence:
a title, an honorific, a speech verb or a byline.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from kg.extract.en_cues import GATHERINGS, gathering_words, guest_cue_opens, speaking_cue_leads, speaking_cue_opens
from kg.extract.gazetteer import cue_list, phrase_list, table, word_list
from kg.extract.needles import scan
from kg.extract.dates import MONTH_NAMES
from kg.extract.text import CLOSERS_OF, DEGREES, sentences
from kg.model import Span
from kg.resources import data_dir

# (an academic degree keeps its last full stop: "a Ph.D. candidate" is one title, its "." no clause's end)
_TOKEN = re.compile(rf"{DEGREES}(?=\s+[a-z])"
                    # ("LG U+", "Disney+": a brand's plus ends its word)
                    r"|[^\W\d_][\w'’\-&.*]*(?:[\w&]|(?<=\w)\+(?![\w+]))|[^\W\d_]|\d(?:[\w,.\-]*\w)?|(?<!-)--(?!-)|[^\w\s]")
# verbs of saying that only a person's words take: "… ," Ana Vale of Acme quipped", "… declared Ana Vale"
_SAID_ALOUD = frozenset({"stated", "commented", "observed", "declared", "quipped", "mused", "joked", "admitted", "affirmed",
                         "asserted"})
# the verbs of answering or siding with another speaker, or of foretelling ("Tom Reed of Orbis agreed.", '"…,"
# cautioned Mia Holt'): kg.extract.en attributes quotes with them too
ANSWERING = ("agreed", "countered", "responded", "replied", "cautioned", "predicted", "conceded")
_SPEECH = re.compile(r"^(?:said|says|added|noted|explained|told|stressed|emphasized|emphasised|remarked|"
                     r"urged|announced|highlighted|pointed|argued|warned|recalled|insisted|asked|acknowledged|cited|"
                     r"disagreed|echoed|concurred|" + "|".join(ANSWERING) + "|"
                     + "|".join(sorted(_SAID_ALOUD)) + r")$")
# the verbs of acts a clause goes on with after an appositive name and its comma, never a post's first word
_ACTS_AFTER_A_NAME = frozenset({"joined", "joins", "spoke", "speaks", "gave", "gives", "moderated", "moderates",
                                "presented", "presents", "delivered", "delivers", "led", "leads", "opened", "closed",
                                "welcomed", "introduced", "showed", "demonstrated", "described", "outlined", "unveiled",
                                "discussed", "shared", "took", "takes", "met", "visited", "toured", "attended"})
# Words after a title that introduce its organization ("for" introduces a portfolio: Minister for Industry).
_SPEECH_VERBS = frozenset({"said", "says", "added", "noted", "told", "explained", "stated", "stressed"})
_PREPOSITIONS = frozenset({"of", "at", "with", "from", "in"})
# heads whose "of" names a body, never a field: "editor of Manufacturing Today", "founder of Smart Robotics" ("chief
# executive of UK Research and Innovation", "vice-chancellor of …", "rector of …": a body's head)
_BODY_HEADS = frozenset({"editor", "editor-in-chief", "publisher", "founder", "co-founder", "cofounder", "owner",
                         "proprietor", "co-owner", "ceo", "chairman", "chairwoman", "chairperson", "executive",
                         "chancellor", "vice-chancellor", "rector"})
# the ranks of teaching whose "in" names a field ("Professor in Engineering Design", "lecturer in Robotics")
_ACADEMIC_RANKS = frozenset({"professor", "lecturer", "reader", "fellow", "chair", "instructor"})
_ADVISING = frozenset({"adviser", "advisor", "consultant", "counsel", "counsellor", "counselor"})  # "adviser to ORG"
_MAX_NAME = 4
_NAME_JOINS = re.compile(r"[-'’]")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
_MAX_TITLE_WORDS = 20
# the words of a company's legal form and of an organization's name, as data (see data/en/)
LEGAL_FORMS = frozenset(word_list(data_dir() / "en" / "legal_forms.txt"))
ORG_WORDS = frozenset(word_list(data_dir() / "en" / "org_words.txt"))
# "J. Lee Everett Professor", "the Harold and Inge Marcus Dean of Engineering": an endowed post
_ENDOWED = frozenset({"professor", "chair", "fellow", "scholar", "lecturer", "dean"})


@dataclass(frozen=True)
class EnMention:
    """One mention of a person in an English article."""

    name: str
    span: Span
    title: str | None = None
    org: str | None = None
    org_span: Span | None = None
    reporter: bool = False
    # a second affiliation of the same mention: "former Acme CEO, now a professor at Stanford"
    also: tuple[tuple[str | None, str | None, Span | None], ...] = ()


@dataclass(frozen=True)
class _Lists:
    heads: frozenset[str]
    occupations: frozenset[str]  # heads one holds on one's own, no body's post: "journalist" (occupations.txt)
    modifiers: frozenset[str]
    honorifics: frozenset[str]
    postnominals: frozenset[str]
    not_names: frozenset[str]
    name_also: frozenset[str]  # not_names that are given names or surnames too, beside another name part (name_also.txt)
    company_words: frozenset[str]  # words of companies' names, never of a person's (company_words.txt)
    places: frozenset[str]  # countries, regions and cities (places.txt, regions.txt)
    regions: frozenset[str]  # countries and the regions within them, never a city (regions.txt)
    states: frozenset[str]  # the regions, and those named like people, as the state after a city (regions.txt, ~)
    nationalities: frozenset[str]  # the adjectives of countries: "korean", "dutch" (nationalities.txt)
    cities: frozenset[str]  # cities named by words that are names too, lower case: "san jose" (city_names.txt)
    talk_kinds: frozenset[str]  # the event types of talks (talk_event_types.txt)
    event_kinds: frozenset[str]  # the words that make a name an event's (event_types.txt)
    portfolio_words: frozenset[str]  # nouns naming a government portfolio (portfolio_words.txt)
    fields: frozenset[str]  # fields of study and work, before a lower-case head (fields.txt)
    documents: frozenset[str]  # what a page says about an event: "Agenda for the …" (document_words.txt)
    acronyms: frozenset[str]  # acronyms of fields, things and posts, no event's or body's own (common_acronyms.txt)
    head_bodies: dict[str, tuple[str, ...]]  # "vice minister" -> ("ministry",) (head_bodies.tsv)
    organizations: frozenset[str]  # well-known bodies named like people, lower case: "lockheed martin" (organizations.txt)
    verbs: frozenset[str]  # common verbs, whose -ing forms open talks' titles (verbs.txt)
    event_brands: tuple[str, ...] = ()  # fairs and conferences named with no word for a gathering (event_brands.txt)


@lru_cache(maxsize=1)
def lists() -> _Lists:
    folder = data_dir() / "en"
    nationalities = word_list(folder / "nationalities.txt")
    return _Lists(
        heads=frozenset(w.lower() for f in ("titles.txt", "occupations.txt") for w in word_list(folder / f)),
        occupations=frozenset(w.lower() for w in word_list(folder / "occupations.txt")),
        modifiers=frozenset(w.lower() for w in word_list(folder / "title_modifiers.txt")),
        honorifics=frozenset(w.lower().rstrip(".") for w in word_list(folder / "honorifics.txt")),
        # (the tokens of "Ph.D." and "Jr." end before their last full stop: each without it too)
        postnominals=frozenset(w for p in word_list(folder / "postnominals.txt") for w in (p, p.rstrip("."))),
        # (the adjectives of countries are never names either, but for the surnames among them, marked ~)
        not_names=frozenset(w.lower() for w in word_list(folder / "not_names.txt"))
        | frozenset(w.lower() for w in nationalities if not w.startswith("~")),
        name_also=frozenset(w.lower() for w in word_list(folder / "name_also.txt")),
        company_words=frozenset(w.lower() for w in word_list(folder / "company_words.txt")),
        places=frozenset(w.lower() for f in ("places.txt", "regions.txt") for w in word_list(folder / f)
                         if not w.startswith("~")),
        regions=frozenset(w.lower() for w in word_list(folder / "regions.txt") if not w.startswith("~")),
        states=frozenset(w.lower().lstrip("~") for w in word_list(folder / "regions.txt")),
        nationalities=frozenset(w.lower().lstrip("~") for w in nationalities),
        cities=frozenset(p.lower() for p in phrase_list(folder / "city_names.txt")),
        talk_kinds=frozenset(w.lower() for w in word_list(folder / "talk_event_types.txt")),
        event_kinds=frozenset(w.lower() for w in word_list(folder / "event_types.txt")),
        portfolio_words=frozenset(w.lower() for w in word_list(folder / "portfolio_words.txt")),
        fields=frozenset(w.lower() for w in word_list(folder / "fields.txt")),
        documents=frozenset(w.lower() for w in word_list(folder / "document_words.txt")),
        acronyms=frozenset(w.lower() for w in word_list(folder / "common_acronyms.txt")),
        head_bodies=table(folder / "head_bodies.tsv"),
        organizations=frozenset(p.lower() for p in phrase_list(folder / "organizations.txt")),
        verbs=frozenset(w.lower() for w in word_list(folder / "verbs.txt")),
        event_brands=tuple(phrase_list(folder / "event_brands.txt")),
    )


class _Tok(NamedTuple):  # a tuple: an article makes thousands
    text: str
    start: int
    end: int
    low: str  # lower case, less a final period: what the word lists are looked up by


def _tok(text: str, start: int, end: int) -> _Tok:
    return _Tok(text, start, end, text.lower().rstrip("."))


def tokens(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    piece = text[start:end]
    # ("Ana Vale -- CEO of Rock Inc -- said": two hyphens typed for a dash are one, read as the dash)
    return [_tok("—" if m.group() == "--" else m.group(), start + m.start(), start + m.end())
            for m in _TOKEN.finditer(piece)]


def _name_shaped(word: str) -> bool:
    """``Müller``, ``Ji-hoon``, ``McDonald``, ``O’Neil``, ``BAE``, ``J.``: letters, a capital first."""
    if len(word) == 2 and word[1] == "." and word[0].isupper():
        return True
    parts = _NAME_JOINS.split(word) if not word.isalpha() else [word]
    if not parts[0] or not parts[0][0].isupper() or not all(p.isalpha() for p in parts if p):
        return False
    return not word.isupper() or 2 <= len(word) <= 5


def _is_name_part(t: _Tok, ls: _Lists) -> bool:
    return _name_part(t.text) if ls is lists() else _judge_name_part(t.text, ls)


@lru_cache(maxsize=8192)
def _name_part(word: str) -> bool:
    """:func:`_judge_name_part` with kg's lists, remembered per word: a word is judged once per run."""
    return _judge_name_part(word, lists())


def _judge_name_part(word: str, ls: _Lists) -> bool:
    low = word.lower().rstrip(".")
    if "-" in low and all(part in ls.heads or part in ls.modifiers for part in low.split("-")):
        return False  # "Vice-President", "Director-General", "Co-Chair": a hyphenated title
    if "-" in low and low.rsplit("-", 1)[1] in _COMPOUND_ENDS:
        return False  # "Seoul-based", "Nvidia-backed", "AI-driven": a place or a body made an adjective
    # (a place's possessive is no name either: "Southeast Asia's factories")
    return _name_shaped(word) and low not in ls.heads and low not in ls.modifiers and low not in ls.honorifics \
        and low.removesuffix("'s").removesuffix("’s") not in ls.not_names \
        and low not in ls.company_words and low not in ORG_WORDS \
        and word not in ls.postnominals \
        and _plural_head(_tok(word, 0, 0), ls) is None  # "Professors Ann Lee and Tom Reed"


# the second halves of adjectives made from a name ("Seoul-based", "state-run", "Samsung-backed")
_COMPOUND_ENDS = frozenset({"based", "led", "run", "owned", "backed", "funded", "made", "born", "focused", "driven",
                            "powered", "style", "like", "wide", "level", "scale", "specific", "bound", "listed",
                            "affiliated", "linked", "sponsored", "hosted", "organized", "organised", "designed",
                            "built", "certified", "approved", "centric", "native", "only", "friendly", "ready"})


def _verb_after_name(t: _Tok) -> bool:
    """A lower-case word after a name that goes on a clause (``… Jensen Huang unveiled``, ``… Ana Vale said``),
    not a preposition that goes on a title (``… of``, ``at``)."""
    return t.text[:1].islower() and t.low not in _TITLE_LINKS


_TITLE_LINKS = frozenset({"of", "at", "for", "with", "in", "on", "from", "and", "&", "to", "the"})


def _capital(t: _Tok) -> bool:
    """A word of a name: a capital first, or inside (euRobotics, iRobot, eBay, 3M)."""
    return t.text[:1].isupper() or (t.text[:1].islower() or t.text[:1].isdigit()) and any(c.isupper() for c in t.text[1:])


def _is_head(t: _Tok, ls: _Lists) -> bool:
    """A title head, also inside a hyphenated compound (``Director-General``, ``Vice-Chair``)."""
    # (not "AFL-CIO": initials joined by a hyphen name a body, though one of them is a head's)
    return t.low in ls.heads or "-" in t.low and any(part in ls.heads for part in t.low.split("-")) \
        and not t.text.isupper()


def _is_title_word(t: _Tok, ls: _Lists) -> bool:
    return _is_head(t, ls) or t.low in ls.modifiers


def _only_title(run: list[_Tok], ls: _Lists) -> bool:
    """Capitalised words that are a title and nothing else (``Chief Scientist``): no name. The words between
    a title's first word and its head may be any field (``Chief Operating Officer``, ``Senior Fleet Data
    Manager``): no name ends in a title's head. So too a field of work before the head (``Application Engineer``)."""
    return bool(run) and _is_head(run[-1], ls) and (_is_title_word(run[0], ls) or run[0].low in ls.fields)


def _initial(toks: list[_Tok], j: int) -> bool:
    """``K.``, ``R.N.``: initials (a letter or letters with dots, then a dot token) before a name (not the letter of
    a hall or a group at a sentence's end: ``… at Hall B. Rhea Mills of Crest AI spoke``, nor a style written so:
    ``H.E.``, His Excellency)."""
    return j + 2 < len(toks) and _INITIALS.fullmatch(toks[j].text) is not None and toks[j + 1].text == "." \
        and toks[j + 2].text[:1].isupper() and toks[j].low not in lists().honorifics \
        and not (len(toks[j].text) == 1 and j > 0 and toks[j - 1].low in _LETTERED and toks[j - 1].text[:1].isupper())


def _trailing_initial(toks: list[_Tok], i: int, j: int) -> bool:
    """The run ``i:j`` of name words ends in a given name or surname, then one capital and its full stop, then a
    comma, a closing parenthesis or a word in lower case (``Ravi Kumar S., CEO of …``, ``Krithivasan K. said``):
    the initial of the father's or village name written after the name."""
    return j + 2 < len(toks) and j > i and len(toks[j].text) == 1 and toks[j].text.isupper() \
        and toks[j + 1].text == "." and (toks[j + 2].text in (",", ")", ";") or toks[j + 2].text.islower() and toks[j + 2].text.isalpha()) \
        and not toks[j - 1].text.isupper() and toks[j - 1].low not in _LETTERED


# the things named by a letter after them ("Hall B", "Room C", "Group A"): a letter there closes no one's initial
_LETTERED = frozenset({"hall", "room", "gate", "building", "block", "wing", "zone", "level", "stage", "section", "track",
                       "area", "booth", "exit", "terminal", "pavilion", "tower", "phase", "group", "class", "team",
                       "part", "type", "series", "plan", "grade", "lane", "platform", "annex", "court", "suite"})


_POSSESSIVE = ("'s", "’s")
# the words of a compass that open a place's name: "Western Australia", "Northern Ireland"
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "upper", "lower", "greater"})
# the verbs a paper's footer asks its reader with before its writer's post: "Contact reporter Sam Reed at …"
_TO_THE_READER = frozenset({"Contact", "Email", "E-mail", "Reach", "Follow", "Write", "Call"})
# the posts of a newspaper's staff, whose paper may be named for its city ("Crain's Detroit reporter")
_PRESS_HEADS = frozenset({"reporter", "reporters", "correspondent", "editor", "columnist", "writer", "journalist",
                          "photographer", "critic"})
# kinds of organization a text refers back to with "the": "chairman of the association"
ANAPHORIC_ORGS = frozenset({"association", "institute", "university", "foundation", "agency", "ministry", "company",
                            "federation", "society", "council", "commission", "organizer", "organiser", "college",
                            "school", "center", "centre", "chamber", "alliance", "consortium", "academy", "firm",
                            "group", "department", "committee", "subcommittee", "caucus", "network", "coalition",
                            "partnership", "union", "bureau", "office", "authority", "administration", "lab",
                            "laboratory", "corporation", "club", "cluster", "hub", "startup", "bank", "league", "guild"})
_SPEAKER_ORDER = frozenset({"first", "second", "third", "fourth", "fifth", "next", "last", "final", "other", "another",
                            "lead", "headline", "star", "luncheon", "dinner", "morning", "afternoon", "evening"})
_TALK_KINDS = frozenset({"keynote", "guest", "invited", "featured", "plenary", "main", "opening", "closing", "special"})
_SPEAKER_PARTS = _TALK_KINDS | _SPEAKER_ORDER  # words before "speaker" that make it a part, no title
# lower-case words that say the name after them is an organization's
_ORG_ROLE_WORDS = frozenset({"organizer", "organiser", "organizers", "organisers", "sponsor", "sponsors", "co-host",
                             "host", "exhibitor", "exhibitors", "startup", "company", "firm", "maker", "automaker",
                             "chipmaker", "university", "institute", "agency", "ministry"})


# "TV host Mina Park": a host of a programme is a person's occupation, not an organization's part
_MEDIA = frozenset({"tv", "television", "radio", "podcast", "show", "talk-show", "news", "broadcast", "youtube"})
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "la", "le", "da", "del", "della", "di", "du", "dos",
                             "das", "ter", "ten", "bin", "binti", "bint", "ibn", "al", "el", "ben"})
# the capitalised particles of Irish surnames, written apart from the surname's name: "Ó Ríordáin", "Ní Bhriain"
_GAELIC_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Uí", "Ua", "Mac"})
_MONTH_GIVEN_NAMES = frozenset({"april", "may", "june", "august"})
_MONTH_SURNAMES = frozenset({"jun"})  # 전 romanised and a Japanese given name, also June's abbreviation


def _month_as_last_name(toks: list[_Tok], j: int) -> bool:
    """``Lei Jun, founder of Xiaomi``, ``Theresa May, …``: a month's word after a given name is the name's last
    part when no day, year or abbreviating dot follows it."""
    if toks[j].low not in MONTHS or not toks[j].text[0].isupper() or toks[j].text.isupper():
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    # ("Lei Jun of Xiaomi": "of" before a body's capitalised name, not before a year, "June of 2025")
    at = j + 3 if j + 3 < len(toks) and toks[j + 2].text == "the" else j + 2  # ("Theresa May of the Lake Institute")
    body_after = nxt is not None and nxt.low == "of" and at < len(toks) and toks[at].text[:1].isupper() \
        and toks[at].low not in MONTHS
    return nxt is None or body_after \
        or not (nxt.text[:1].isdigit() or nxt.text in (".", "-", "–") or nxt.low in ("of", "to", "through"))


def _given_month(toks: list[_Tok], i: int, ls: _Lists) -> bool:
    """``founder June Paik``, ``Dr. April Ross``: a month that is a given name, right after a title or an
    honorific and before a surname."""
    if toks[i].low not in _MONTH_GIVEN_NAMES and toks[i].low not in _MONTH_SURNAMES or not toks[i].text[0].isupper() \
            or i + 1 >= len(toks):
        return False
    if toks[i].low in _MONTH_SURNAMES:  # "Jun Young-hyun": a Korean family name before a hyphenated given name
        nxt = toks[i + 1]  # ("Jun Abe": a Japanese given name before a surname; June's abbreviation has a day next)
        return _name_shaped(nxt.text) and not nxt.text.isupper() and ("-" in nxt.text or _is_name_part(nxt, ls))
    h = i - 2 if i > 1 and toks[i - 1].text == "." else i - 1
    return h >= 0 and (_is_head(toks[h], ls) or toks[h].low in ls.honorifics) and _is_name_part(toks[i + 1], ls) \
        and not toks[i + 1].text.isupper()


# participles that take a person as their object, capitalised at a sentence's start ("Joining Ana Vale on …")
_PERSON_TAKING_VERBS = frozenset({"joining", "introducing", "welcoming", "thanking", "congratulating", "honoring",
                                  "honouring", "featuring", "accompanying", "following", "succeeding", "replacing",
                                  "interviewing", "hosting", "inviting", "including", "like"})


def _gerund(low: str, ls: _Lists) -> bool:
    """The -ing form of a common verb (``scaling``, ``running``, ``building``), which opens a title, no name."""
    if len(low) < 6 or not low.endswith("ing"):
        return False
    stem = low[:-3]
    return stem in ls.verbs or stem + "e" in ls.verbs or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in ls.verbs


def _unowned(low: str) -> str:
    """A lower-case word less its possessive (``korea's`` -> ``korea``)."""
    return low[:-2] if low.endswith(("'s", "’s")) else low[:-1] if low.endswith(("'", "’")) else low


def _name_length(run: list[_Tok]) -> int:
    """A name's words less its particles (``Abdullah bin Hamad Al Thani`` has four, ``Jan van der Berg`` two)."""
    # (an initial's full stop is no word: "V. K. Saraswat" has three)
    return sum(1 for t in run if not (t.low in _NAME_PARTICLES and t.text.islower() or t.low in _ARABIC_PARTICLES
                                      or t.text == "."))


# the particles of Arabic names, capitalised or not: "Hamdan bin Mohammed bin Rashid Al Maktoum" has four words
_ARABIC_PARTICLES = frozenset({"al", "el", "bin", "bint", "ibn", "abu"})


_GIVEN_HEAD_REACH = 5  # tokens after the comma where the post of a name opened by a title's head stands


def _also_a_name(toks: list[_Tok], k: int, beside: int, ls: _Lists) -> bool:
    """``Austin Chen``, ``Greg Hall``: the word at ``k`` is a place or common word that is also a given
    name or surname, and the word at ``beside`` (the next for a first name, the one before for a last) is a
    part of a name."""
    if not (k < len(toks) and 0 <= beside < len(toks) and toks[k].low in ls.name_also and _name_shaped(toks[k].text)
            and not toks[k].text.isupper() and _is_name_part(toks[beside], ls) and not toks[beside].text.isupper()):
        return False
    if toks[k].low in ls.heads or _plural_head(toks[k], ls) is not None:  # (or its plural: "Tom Masters")
        # ("Jeff Dean, chief scientist": a title's head that is a surname too ends a name after its given name; a
        # name after it makes it the title: "Stanford Dean Jennifer Widom")
        # ("Dean Bartles, the institute's executive director": a given name too, before one surname and a post set
        # off by a comma, with no capitalised word before it: "Stanford Dean Widom, …" keeps the title)
        given = beside == k + 1 and k + 2 < len(toks) and toks[k + 2].text == "," \
            and not (k > 0 and _capital(toks[k - 1])) \
            and any(_is_head(t, ls) for t in toks[k + 3:k + 3 + _GIVEN_HEAD_REACH])
        return given or beside == k - 1 and not (k + 1 < len(toks) and (_is_name_part(toks[k + 1], ls)
                                                                         or _initial(toks, k + 1))) \
            and not (k >= 2 and _is_name_part(toks[k - 2], ls))
    # ("Nvidia's Rev Lebaredian": an honorific that is a given name too is one before a surname alone, with no
    # full stop and no article; "the Rev John Smith" keeps it an honorific)
    return toks[k].low not in ls.honorifics or beside == k + 1 and not (k > 0 and toks[k - 1].low == "the") \
        and not (beside + 1 < len(toks) and _is_name_part(toks[beside + 1], ls))


def _place_as_surname(toks: list[_Tok], k: int, ls: _Lists) -> bool:
    """``Sudhi Bangalore, CTO of …``: a place's word as the surname after one given name, a post set off by a comma
    right after it (a place after a name is otherwise where the person is from: see name_also.txt for the places
    that are common surnames wherever they stand)."""
    if not (1 <= k and k + 2 < len(toks) and toks[k].low in ls.places and _name_shaped(toks[k].text)
            and not toks[k].text.isupper() and toks[k + 1].text == ","):
        return False
    given = toks[k - 1]
    return _is_name_part(given, ls) and not given.text.isupper() and given.low not in ls.places \
        and given.low not in ls.organizations and not (k >= 2 and _is_name_part(toks[k - 2], ls)) \
        and _is_title_word(toks[k + 2], ls)


def _capital_initials(toks: list[_Tok], i: int, ls: _Lists) -> bool:
    """``Gov. JB Pritzker``, ``CEO TJ Parker``, ``managing director AKK Lim``: two or three capitals as a given
    name, right after an honorific or a title and before a surname (elsewhere they are an acronym: ``LG Chem``;
    three capitals no known acronym, before no place: not ``president IBM Korea``)."""
    t = toks[i]
    if not (len(t.text) in (2, 3) and t.text.isalpha() and t.text.isupper()) or i + 1 >= len(toks) \
            or toks[i + 1].text.isupper() or not _is_name_part(toks[i + 1], ls) or toks[i + 1].low in ORG_WORDS \
            or len(t.text) == 3 and (t.low in ls.acronyms or toks[i + 1].low in ls.places
                                     or toks[i + 1].low in ls.company_words):
        return False
    return _titled_at(toks, i, ls)


def _titled_at(toks: list[_Tok], i: int, ls: _Lists) -> bool:
    """A title or an honorific stands right before ``i`` (``Gov. JB``, ``Minister M B``, ``director general V``)."""
    h = i - 2 if i > 1 and toks[i - 1].text == "." else i - 1
    if h > 0 and toks[h].low in _POST_MODIFIERS and _is_head(toks[h - 1], ls):
        h -= 1  # "director general V Anbu"
    return h >= 0 and (toks[h].low in ls.honorifics or _is_head(toks[h], ls))


def _bare_initials(toks: list[_Tok], i: int, ls: _Lists) -> int:
    """How many initials without full stops open a name at ``i``, right after a title or an honorific and
    before a surname (``Minister M B Patil``, ``director general V Anbu``, ``Minister T R B Rajaa``): 0 if none."""
    n = 0
    while i + n < len(toks) and n < 3 and len(toks[i + n].text) == 1 and toks[i + n].text.isupper() \
            and toks[i + n].text.isalpha():
        n += 1
    if n == 0 or i + n >= len(toks) or toks[i + n].text.isupper() or not _is_name_part(toks[i + n], ls) \
            or toks[i + n].low in ORG_WORDS:
        return 0
    # ("inaugurated by H D Kumaraswamy, Union Minister of …": or a post in apposition right after the surname)
    posted = i + n + 2 < len(toks) and toks[i + n + 1].text == "," \
        and any(_is_head(t, ls) for t in toks[i + n + 2:i + n + 5])
    return n if _titled_at(toks, i, ls) or posted else 0


_CAPITAL_WORD = re.compile(r"[A-Z]{2,12}(?:-[A-Z]{2,12})?")  # "SMITH", "JEAN-LUC": a name's word in capitals
_MAX_CAPITAL_NAME = 3


def _capital_name(toks: list[_Tok], i: int, ls: _Lists) -> int:
    """How many words of a whole name in capitals open at ``i`` (``JOHN SMITH, CEO, Nimbus Labs``: a programme's
    line): two or three words of capital letters, none an acronym, a post's or a body's word, closed by a comma and
    a title (elsewhere words in capitals are a headline or acronyms: ``SK TELECOM``, ``IBM SAP``): 0 if none."""
    n = 0
    while i + n < len(toks) and n <= _MAX_CAPITAL_NAME and _CAPITAL_WORD.fullmatch(toks[i + n].text) \
            and toks[i + n].low not in ls.acronyms and toks[i + n].low not in ORG_WORDS \
            and toks[i + n].low not in ls.company_words and not _is_title_word(toks[i + n], ls) \
            and toks[i + n].low not in ls.not_names and toks[i + n].low not in ls.places:
        n += 1
    if not 2 <= n <= _MAX_CAPITAL_NAME or i > 0 and _CAPITAL_WORD.fullmatch(toks[i - 1].text) \
            or i + n + 1 >= len(toks) or toks[i + n].text != "," or not _is_title_word(toks[i + n + 1], ls):
        return 0
    return n


def _runs(toks: list[_Tok], ls: _Lists) -> list[tuple[int, int]]:
    """Maximal runs of name-shaped tokens, as half-open token ranges (initials with their dots count)."""
    out, i = [], 0
    while i < len(toks):
        opens = _is_name_part(toks[i], ls) and not toks[i].text.isupper() or _initial(toks, i) \
            or _given_month(toks, i, ls) or _also_a_name(toks, i, i + 1, ls) or _korean_pair(toks, i) \
            or _capital_initials(toks, i, ls)
        # ("Minister M B Patil": the initials, the surname; "JOHN SMITH, CEO, …": a whole name in capitals)
        initials = 0 if opens else _bare_initials(toks, i, ls) or _capital_name(toks, i, ls)
        if opens or initials:
            j = i
            bare = i + initials
            while j < len(toks) and _name_length(toks[i:j]) < _MAX_NAME + 2 and j - i < 3 * _MAX_NAME:
                if _initial(toks, j):
                    j += 2
                elif j < bare:
                    j += 1
                elif j > i and len(toks[j].text) == 1 and toks[j].text.isupper() and j + 1 < len(toks) \
                        and _is_name_part(toks[j + 1], ls) and not toks[j + 1].text.isupper() \
                        and _is_name_part(toks[j - 1], ls) and not toks[j - 1].text.isupper():
                    j += 1  # "Rajendra S Rajamane": a middle initial written without its full stop
                elif j > i and toks[j].text == "St" and j + 2 < len(toks) and toks[j + 1].text == "." \
                        and toks[j + 1].start == toks[j].end and _is_name_part(toks[j + 2], ls) \
                        and not toks[j + 2].text.isupper() and _is_name_part(toks[j - 1], ls) \
                        and not (j + 3 < len(toks) and _is_name_part(toks[j + 3], ls)):
                    # "Frank St. John", "Ana St. Clair": a surname's saint, its full stop inside the name (not "on
                    # Main St. Tom Reed …": a name of two words after the stop opens the next sentence)
                    j += 2
                elif j > i and toks[j].low in _NAME_PARTICLES and toks[j].text.islower():
                    n = j  # "Jan van der Berg", "Maria de la Cruz": particles inside a name, before its last part
                    while n < len(toks) and toks[n].low in _NAME_PARTICLES and toks[n].text.islower() and n - j < 2:
                        n += 1
                    if n < len(toks) and _is_name_part(toks[n], ls) and not toks[n].text.isupper():
                        j = n + 1  # "Abdullah bin Hamad Al Thani": the name goes on after the particle's part
                        continue
                    break
                elif _is_name_part(toks[j], ls) or j == i or _also_a_name(toks, j, j - 1, ls) \
                        or j == i + 1 and (_month_as_last_name(toks, j) or _place_as_surname(toks, j, ls)):
                    # (j == i: a month that is a given name, or a place that is one before a name part: "Austin Chen";
                    # a place as the surname before a post: "Sudhi Bangalore, CTO of …")
                    j += 1
                    if toks[j - 1].text.endswith(_POSSESSIVE):
                        break  # "Nvidia's Deepu Talla": the owner, then the name
                else:
                    break
            if j - i >= 3 and _korean_shaped(toks, j - 2, j):
                i = j - 2  # "… Industry and Energy Park Sung-taek": a Korean name is its last two words
            elif j - i >= 3 and toks[i].low in _PERSON_TAKING_VERBS:
                i += 1  # "Joining Ana Vale on the panel were …": the participle that takes the person opens no name
            elif j - i >= 2 and _gerund(toks[i].low, ls):
                i = j  # "Panel: Scaling Vision Inspection", "Leveraging Generative Design": a talk's title
                continue
            if toks[i].low in ls.places and all(_unowned(t.low) in ls.places for t in toks[i:j]):
                i = j  # "Tamil Nadu Industries Minister …", "West Bengal": a place is no name
                continue
            while j - i > 2 and toks[i].low in ls.places:
                # "Ambassador to the Netherlands Eva Lindqvist": the place an office is for, then the name (with
                # the last dot of its initials: "Ambassador to the U.S. Ana Vale")
                i += 2 if _initial(toks, i) else 1
            if i > 0 and toks[i - 1].text in ("the", "a", "an") and not toks[i].text.endswith("."):
                i = j  # "AI on the Factory Floor": a thing named with an article, not a person
                continue
            if i > 0 and toks[i - 1].low in ls.honorifics and j < len(toks) and toks[j].text in _PLACE_HEADS:
                i = j  # "the Prince Park Tower", "Sheikh Zayed Convention Centre": a place named after a person
                continue
            if _trailing_initial(toks, i, j):
                j += 2  # "Ravi Kumar S., CEO of …": an initial after the name, as South Indian names are written
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _apposed_part(toks: list[_Tok], k: int) -> bool:
    """A part written as an appositive from token ``k``: ``a panelist at the forum``, ``one of the speakers``,
    ``the keynote speaker``."""
    if k < len(toks) and toks[k].low in ("a", "an", "the", "another", "fellow"):
        k += 1
    elif k + 2 < len(toks) and toks[k].low == "one" and toks[k + 1].low == "of" and toks[k + 2].low == "the":
        k += 3
    words = [t.low for t in toks[k:k + 2]]
    return bool(words) and (" ".join(words) in _PART_FROM or words[0] in _PART_FROM
                            or words[0].removesuffix("s") in _PART_FROM)


def _part_from(phrase: list[_Tok], text: str) -> tuple[None, str, Span] | None:
    """``a panelist from Bolt Labs``, ``one of the speakers, from …``: a part, then the organization the
    person comes from (the part is read by the role cues; it is no title)."""
    k = 1 if phrase and phrase[0].low in ("a", "an", "the", "another", "fellow") else 0
    for size in (2, 1):
        words = " ".join(t.low for t in phrase[k:k + size])
        if words in _PART_FROM and k + size < len(phrase) and phrase[k + size].low in ("from", "of", "at", "with"):
            org = phrase[k + size + 1:]
            if org and org[0].low == "the":
                org = org[1:]
            if org and all(_capital(t) or t.low in ("of", "for", "and", "&") for t in org) and _capital(org[0]) \
                    and _capital(org[-1]):
                return None, text[org[0].start:org[-1].end], Span(org[0].start, org[-1].end)
    return None


# words that open a clause after a comma, not a description of the person before it
_CLAUSE_OPENERS = frozenset({"with", "while", "when", "where", "after", "before", "and", "but", "which",
                             "including", "alongside", "followed", "during", "despite", "since", "although"})


def _posts_in_a_row(toks: list[_Tok], k: int, end: int, ls: _Lists) -> int:
    """Where a post after the comma at ``k`` ends when more follow it before the organization: ``Founder,
    Chairman and MD, Persistent Systems`` (posts parted by commas), ``Director – Operations, Bajaj Auto`` (a
    post's field after a dash). ``end`` is where the first comma-free phrase ended; each addition must be
    followed by a comma, so the organization stays after the last one."""
    def only_posts(words: list[_Tok]) -> bool:
        return bool(words) and any(_is_head(t, ls) for t in words) \
            and all(_is_title_word(t, ls) or t.low in ("and", "&") for t in words)
    if not only_posts(toks[k + 1:end]):
        return end
    for _ in range(3):  # (a bounded walk: a few posts at most)
        if end + 2 >= len(toks):
            break
        # ("Head - Digital, Tata Motors": a hyphen spaced as a dash)
        if (toks[end].text in ("–", "—") or _spaced_hyphen(toks, end)) and _capital(toks[end + 1]):
            nxt = end + 1
            while nxt < len(toks) and nxt - end <= 3 and _capital(toks[nxt]):
                nxt += 1
            if nxt < len(toks) and toks[nxt].text == "," and nxt > end + 1:
                end = nxt  # "Director – Operations, …": the field after the dash is the post's
                continue
            break
        if toks[end].text == ",":
            nxt = _segment_end(toks, end + 1)
            if nxt - end <= 7 and nxt < len(toks) and toks[nxt].text == "," and only_posts(toks[end + 1:nxt]):
                end = nxt
                continue
        break
    return end


def _qualified(toks: list[_Tok], phrase: list[_Tok], end: int, ls: _Lists) -> bool:
    """``phrase`` is a post and a comma follows it at ``end`` with room for a qualifier and a body after it."""
    return bool(phrase) and any(_is_head(t, ls) for t in phrase) and end + 4 < len(toks) and toks[end].text == ","


def _body_from(toks: list[_Tok], first: int) -> tuple[list[_Tok], int] | None:
    """The capitalised words of a body from ``first`` (less "the") to the comma or stop closing them, and where
    they end."""
    first += first < len(toks) and toks[first].low == "the"
    last = _segment_end(toks, first)
    body = toks[first:last]
    if not body or not all(_capital(t) or t.low in ("of", "and", "&", "for") for t in body) or not _capital(body[-1]):
        return None
    return body, last


def _post_and_body(text: str, phrase: list[_Tok], qualifier: list[_Tok], body: list[_Tok]) -> tuple[str, str, Span]:
    """The post with its qualifier (a region, a field) and the body, as :func:`_title_after_comma` returns them."""
    return (_strip_article(text[phrase[0].start:qualifier[-1].end]), text[body[0].start:body[-1].end],
            Span(body[0].start, body[-1].end))


def _regional_post(toks: list[_Tok], phrase: list[_Tok], end: int, ls: _Lists, text: str
                   ) -> tuple[str, str, Span] | None:
    """``vice president, Asia Pacific, at Siemens``: a post, the region it covers between commas, then "at" and
    the organization: the region is the post's, the organization the one after "at"."""
    if not _qualified(toks, phrase, end, ls):
        return None
    region_end = _segment_end(toks, end + 1)
    region = toks[end + 1:region_end]
    if not region or len(region) > 3 or region_end + 2 >= len(toks) or toks[region_end].text != "," \
            or not all(t.low in ls.regions or t.low in ("and", "&") for t in region) \
            or toks[region_end + 1].low not in ("at", "with"):
        return None
    found = _body_from(toks, region_end + 2)
    return _post_and_body(text, phrase, region, found[0]) if found is not None else None


def _field_post(toks: list[_Tok], phrase: list[_Tok], end: int, ls: _Lists, text: str) -> tuple[str, str, Span] | None:
    """``vice president, AI and data, Orbis Labs;``: a post, the field it covers between commas in lower case with an
    acronym in it (``IT and operations``), then the organization closing the item: the field is the post's."""
    if not _qualified(toks, phrase, end, ls) or any(t.low in ("at", "with") for t in phrase):
        return None  # (not "head of robotics at Nimbus, which builds arms, and …": the post has its body)
    field_end = _segment_end(toks, end + 1)
    field = toks[end + 1:field_end]
    if not field or len(field) > 4 or field_end + 1 >= len(toks) or toks[field_end].text != "," \
            or field[0].low in ("which", "who", "whose", "that", "where", "when") \
            or not any(t.text.islower() and t.low not in ("and", "&") for t in field) \
            or not all(t.text.islower() or t.text.isupper() and len(t.text) <= 4 or t.text == "&" for t in field):
        return None
    found = _body_from(toks, field_end + 1 + (toks[field_end + 1].low in ("at", "with")))
    if found is None or not _capital(found[0][0]) or found[1] < len(toks) and toks[found[1]].text not in (";", ".", ")"):
        return None  # (the body closes the item)
    return _post_and_body(text, phrase, field, found[0])


# the last words of a company's unit named after a post's "of": "Head of AI Lab", "Director of the Robotics Center"
_POST_UNIT_ENDS = frozenset({"lab", "laboratory", "center", "centre", "division", "team", "group", "office",
                             "institute", "department", "unit", "business", "studio"})


def _unit_post(toks: list[_Tok], phrase: list[_Tok], end: int, ls: _Lists, text: str) -> tuple[str, str, Span] | None:
    """``Head of AI Lab, Hyundai Motor`` closing a card's line or an item: the unit after the post's "of" is the
    post's, the body after the comma the organization (so is any field before a public body's name: ``Minister of
    State, Ministry of Trade and Industry``)."""
    if len(phrase) < 3 or not _is_head(phrase[0], ls) or phrase[1].low != "of" \
            or not _capital(phrase[-1]) or end >= len(toks) or toks[end].text != ",":
        return None
    found = _body_from(toks, end + 1)
    if found is None or not found[0][0].text[:1].isupper():
        return None
    # ("Minister of State, Ministry of Trade and Industry": or any post's field before a public body)
    if phrase[-1].low not in _POST_UNIT_ENDS and found[0][0].low not in PUBLIC_BODY_KINDS:
        return None
    closes_line = found[1] >= len(toks) or toks[found[1]].text in (";", ")") \
        or "\n" in text[toks[found[1] - 1].end:toks[found[1]].start]
    opener = found[0][0].low in PUBLIC_BODY_KINDS  # (a public body by its kind's word: set off by commas too)
    if not (closes_line or found[1] < len(toks) and (toks[found[1]].text == "." or opener and toks[found[1]].text == ",")
            and _body_words_in(found[0], ls)):
        return None  # (the body closes the card's line or the item; at a sentence's stop, a body by its words only)
    if " ".join(t.low for t in found[0]) in ls.places:
        return None  # ("Director of the Lake Institute, Germany": where the unit is, no body)
    return _post_and_body(text, phrase, phrase, found[0])


def _spaced_hyphen(toks: list[_Tok], k: int) -> bool:
    """A hyphen with a space on each side at ``k``, written for a dash."""
    return toks[k].text == "-" and 0 < k < len(toks) - 1 and toks[k].start > toks[k - 1].end \
        and toks[k + 1].start > toks[k].end


def _title_after(toks: list[_Tok], k: int, ls: _Lists, text: str) -> tuple[str | None, str | None, Span | None] | None:
    """``, title of ORG`` / ``, title, ORG`` / ``, ORG title`` starting at token ``k`` (a comma); ``, the
    alliance's executive director``: the organization named before, written as its kind (resolved later)."""
    if k + 4 < len(toks) and toks[k].text == "," and toks[k + 1].low == "who" and toks[k + 2].low == "is":
        # "Melonee Wise, who is now chief product officer at Agility, …": the post and the body the clause says
        n = k + 3 if toks[k + 3].low in ("now", "currently", "also") else k + 2
        said = _title_after_comma(toks, n, ls, text, joined=True)
        if said is not None and said[0] and said[1] and _is_head(_tok(said[0].split()[-1], 0, 0), ls):
            return said
    got = _title_after_comma(toks, k, ls, text)
    if got is not None and got[1] is None and got[0] and k + 2 < len(toks) and toks[k + 1].low in ("its", "their") \
            and got[0].lower().startswith(toks[k + 1].low + " "):
        # "Orbis Labs sent Mia Holt, its head of research, …": the post of the body "its" stands for
        body = _owner_of_its(toks, k + 1, ls, text)
        return (got[0][len(toks[k + 1].text) + 1:], *body) if body else got
    if got is not None and got[1] is None and k + 2 < len(toks) and toks[k + 1].low == "the":
        owner = toks[k + 2]
        kind = owner.low[:-2] if owner.low.endswith(_POSSESSIVE) else ""
        if kind in ANAPHORIC_ORGS:
            return got[0], kind, Span(owner.start, owner.end - 2)
    return got


def _fronted_before_the_next(toks: list[_Tok], phrase: list[_Tok], end: int, ls: _Lists) -> bool:
    """A post with its owner before it or an article (``Rockwell's chief technology officer``, ``the CTO of Rockwell``)
    set off by commas, then a name set off by commas too and the clause's verb: the post is that name's, written
    before it (``Kate Brown, Rockwell's chief technology officer, Cyril Perducat, argued …``), not the post of the
    name before it (a bare post is: ``Bertrand Loy, president of Entegris, Keyvan Esfarjani``; in a list the
    second name has its own post after it: ``A, CEO of X, B, CTO of Y``)."""
    if end + 4 >= len(toks) or toks[end].text != "," or len(phrase) < 2:
        return False
    if phrase[0].low not in ("the", "its", "their") \
            and not any(t.text.endswith(_POSSESSIVE) or t.text in ("'", "’") for t in phrase[:-1]):
        return False
    n = 1
    while n <= 3 and end + n < len(toks) and _is_name_part(toks[end + n], ls) and not toks[end + n].text.isupper():
        n += 1
    after = end + n
    if not 3 <= n <= 4 or after + 1 >= len(toks) or toks[after].text != ",":
        return False  # (two or three words of a name)
    verb = toks[after + 1]
    return verb.text.islower() and (_SPEECH.match(verb.low) is not None or verb.low in _ACTS_AFTER_A_NAME)


def _verb_closing_a_title(toks: list[_Tok], k: int, end: int) -> bool:
    """The word at ``end`` is the clause's verb after a post whose closing comma was left out (``Ana Vale, CEO of
    Acme spoke at the forum``): a verb of speaking or acting in lower case right after a capitalised word."""
    t = toks[end]
    return end > k + 2 and t.text.islower() and _capital(toks[end - 1]) \
        and (t.low in _ACTS_AFTER_A_NAME or _SPEECH.match(t.low) is not None)


def _joined_subject(phrase: list[_Tok], ls: _Lists) -> int | None:
    """The index of the ``and`` that joins a second person to a phrase a verb closes: two or three words of a
    name after it, perhaps titled, then nothing or where they are from (``… and Tom Reed``, ``… and Professor Tom
    Reed of Nimbus``)."""
    n = next((n for n in range(len(phrase) - 3, 0, -1) if phrase[n].low == "and"), None)  # (the last "and")
    if n is None:
        return None
    first = n + 1
    while first < min(len(phrase), n + 4) and _is_title_word(phrase[first], ls) and _capital(phrase[first]):
        first += 1  # ("… and Professor Tom Reed", "… and Vice President Mia Holt")
    named = next((m for m in (2, 3) if first + m == len(phrase) or first + m < len(phrase)
                  and phrase[first + m].low in ("of", "from", "at")
                  and all(_capital(t) or t.low in ("of", "and", "&", "the") for t in phrase[first + m + 1:])), 0)
    return n if named and all(_is_name_part(t, ls) and t.low not in ORG_WORDS and not _is_title_word(t, ls)
                              and t.low not in ls.places for t in phrase[first:first + named]) else None


# the participles that describe a person after the post and its body ("a professor at KAIST known for …")
_DESCRIBED = frozenset({"known", "renowned", "famous", "famed", "noted", "credited", "hailed", "dubbed", "best-known",
                        "celebrated", "recognized", "recognised", "acclaimed"})


def _title_after_comma(toks: list[_Tok], k: int, ls: _Lists, text: str, *, joined: bool = False
                       ) -> tuple[str | None, str | None, Span | None] | None:
    """The post and organization written after the comma at ``k`` (with ``joined``, after the word at ``k``
    whatever it is: the joiner before a second post)."""
    if k >= len(toks) or not (joined or toks[k].text in (",", "—", "–")
                              or toks[k].text in ("-", "|", "/") and k > 0 and toks[k].start > toks[k - 1].end
                              and k + 1 < len(toks) and toks[k + 1].start > toks[k].end):
        return None  # "Name, title", "• Name — title, ORG", "Name - title", "Name | title, ORG", "Name / title"
    if k + 2 < len(toks) and re.fullmatch(r"\d{1,3}", toks[k + 1].text) and toks[k + 2].text == ",":
        k += 2  # "Jane Roe, 45, founder of Acme": an age
    end = k + 1
    while end < len(toks) and end - k <= _MAX_TITLE_WORDS and (
            toks[end].text not in (",", ";", ".", "(", ")", "“", "”", '"', "—", "–", ":", "|")
            and not _spaced_hyphen(toks, end)  # ("Jane Roe - CEO of Acme - said": the aside's closing dash)
            or toks[end].text == "." and _INITIALS.fullmatch(toks[end - 1].text)) \
            and not (toks[end].text == "now" and end > k + 1) \
            and not _verb_closing_a_title(toks, k, end) \
            or _spelled_out(toks, end):  # "former X CEO and now …" starts a second affiliation
        end = _spelled_out(toks, end) or end + 1
    phrase = toks[k + 1:end]
    end = _posts_in_a_row(toks, k, end, ls)  # "Founder, Chairman and MD, Persistent Systems"
    phrase = toks[k + 1:end]
    if end < len(toks) and _verb_closing_a_title(toks, k, end):
        subject_and = _joined_subject(phrase, ls)
        if subject_and is not None:  # "Ana Vale, CEO of Acme and Tom Reed of Nimbus spoke": the verb's second subject
            phrase, end = phrase[:subject_and], k + 1 + subject_and
    if _fronted_before_the_next(toks, phrase, end, ls):
        return None  # "In a chat with Kate Brown, Rockwell's chief technology officer, Cyril Perducat, argued …": his post
    since = next((n for n in range(1, len(phrase) - 1) if phrase[n].low in ("since", "until")
                  and (phrase[n + 1].text[:1].isdigit() or _MONTH_START.match(phrase[n + 1].text))), None)
    if since is not None:
        phrase = phrase[:since]  # "Lake Corp's chief executive since 2019": when one took the post is no part of it
    # "a professor at KAIST known for his work on memory", "… at Orbis Bank best known for …": what one is known
    # for, right after the body's name, is no part of it
    described = next((n for n in range(2, len(phrase)) if phrase[n].text.islower() and _capital(phrase[n - 1])
                      and (phrase[n].low in _DESCRIBED or phrase[n].low in ("best", "widely", "well")
                           and n + 1 < len(phrase) and phrase[n + 1].low in _DESCRIBED)), None)
    if described is not None:
        phrase = phrase[:described]
    if any(t.text in PLACEHOLDERS for t in phrase):
        return None  # "Lisa Chen (Nvidia), Speaker TBA": the next place on the programme, kept for someone not named
    if phrase and phrase[0].text.islower() and (_SPEECH.match(phrase[0].low) or phrase[0].low in _ACTS_AFTER_A_NAME):
        return None  # "…, Dominik Wee, joined Roland Busch and Schaeffler CEO Klaus Rosenfeld to …": the clause's verb
    regional = _regional_post(toks, phrase, end, ls, text) or _field_post(toks, phrase, end, ls, text) \
        or _unit_post(toks, phrase, end, ls, text)
    if regional is not None:
        # "vice president, Asia Pacific, at Siemens", "head of AI, Europe, at Pine Robotics", "vice president, AI and
        # data, Orbis Labs;"
        return regional
    if end < len(toks) and toks[end].text == "now":  # (not the "Now" of a name: "the AI Now Institute")
        while phrase and phrase[-1].low in _NOW_JOINERS:
            phrase = phrase[:-1]
    if phrase and phrase[0].low == "now":  # "Bo Kim, now a partner at Vega"
        phrase = phrase[1:]
    if len(phrase) >= 2 and phrase[0].low in ("formerly", "previously") and end + 1 < len(toks) \
            and (toks[end].text == "," and toks[end + 1].low == "now" or toks[end].text == "now"):
        # "Tom Reed, formerly of Orbis, now chief scientist at Nimbus", "…, formerly of Google and now CTO at Nimbus"
        return _title_after_comma(toks, end, ls, text, joined=toks[end].low == "now")
    if len(phrase) >= 3 and phrase[0].low == "who" and phrase[1].low in _HEADS_A_BODY:
        # "Ana Vale, who heads the institute, …", "Tom Reed, who leads Nimbus Labs, …": the body one leads
        body = phrase[2:]
        if len(body) == 2 and body[0].low == "the" and body[1].low in ANAPHORIC_ORGS:
            return None, body[1].low, Span(body[1].start, body[1].end)
        body = body[1:] if body[0].low == "the" else body
        if len(body) > 2 and body[-2].low in ("in", "since") and re.fullmatch(r"(?:19|20)\d\d", body[-1].text):
            body = body[:-2]  # "Tom Reed, who founded Nimbus in 2019, …": when, not what
        if body and all(_capital(t) or t.low in ("of", "&", "and", "for") for t in body) and _capital(body[-1]):
            return None, text[body[0].start:body[-1].end], Span(body[0].start, body[-1].end)
    joining = _JOINED_AS.match(" ".join(t.low for t in phrase[:2])) if len(phrase) > 4 else None
    if joining is not None:
        # "Tom Reed, who joined Nimbus Labs last year as CTO": the body joined, the post it was joined as
        as_at = next((n for n, t in enumerate(phrase) if t.low == "as"), None)
        org = [t for t in phrase[2:as_at] if t.low != "the"] if as_at else []
        while org and not _capital(org[-1]):
            org = org[:-1]  # "… last year", "… in 2021": when, not who
        post = [t for t in phrase[as_at + 1:] if t.low not in ("a", "an", "the", "its")] if as_at else []
        if org and post and all(_capital(t) or t.low in ("of", "&", "and") for t in org) \
                and any(_is_head(t, ls) for t in post):
            return (text[post[0].start:post[-1].end], text[org[0].start:org[-1].end], Span(org[0].start, org[-1].end))
    if len(phrase) > 2 and phrase[0].low == "the" and phrase[1].low in _GENERIC_OWNERS:
        phrase = phrase[2:]  # "Roland Busch, the company's chief executive"
    if len(phrase) > 2 and phrase[0].low == "who" and phrase[1].low in _SERVES:
        phrase = phrase[2:]  # "Maria Santos, who serves as director of …"
        if phrase and phrase[0].low == "as":
            phrase = phrase[1:]
        elif len(phrase) > 3 and phrase[0].low in ("at", "for", "with"):
            # "Tom Reed, who works at Nimbus Works as a data scientist": the organization, then the post
            as_at = next((n for n, t in enumerate(phrase) if t.low == "as"), None)
            org = [t for t in phrase[1:as_at] if t.low != "the"] if as_at else []
            post = [t for t in phrase[as_at + 1:] if t.low not in ("a", "an", "the")] if as_at else []
            if org and post and all(_capital(t) or t.low in ("of", "&", "and") for t in org) \
                    and any(_is_head(t, ls) for t in post):
                return (text[post[0].start:post[-1].end], text[org[0].start:org[-1].end],
                        Span(org[0].start, org[-1].end))
    if len(phrase) > 4 and phrase[0].low == "who" and phrase[1].low in ("holds", "held", "occupies") \
            and phrase[2].low == "the":
        # "Tom Reed, who holds the Lind Chair in Robotics at the Ridge Institute": a named chair is the post
        held_at = next((n for n in range(3, len(phrase) - 1) if phrase[n].low == "at"), None)
        post = phrase[3:held_at] if held_at else []
        org = [t for t in phrase[held_at + 1:] if t.low != "the"] if held_at else []
        if post and any(t.low in ("chair", "professorship", "fellowship") for t in post) and org \
                and all(_capital(t) or t.low in ("of", "&", "and", "for") for t in org) and _capital(org[-1]):
            return text[post[0].start:post[-1].end], text[org[0].start:org[-1].end], Span(org[0].start, org[-1].end)
    if phrase and (phrase[0].low in ("who", "whose", "which")
                   or phrase[0].low in ("on", "in") and k + 2 < len(toks) and toks[k + 1].low == "who"):
        # "Ana Vale, who took the podium as the first speaker, …", "Tom Reed, who served on the panel as …": a
        # clause of what one did there, no post
        return None
    if len(phrase) > 2 and phrase[0].low in ("a", "an") and phrase[1].low in _QUALIFIERS:
        phrase = phrase[1:]  # "a former Google engineer"
    works = next((n for n in range(1, len(phrase) - 3) if phrase[n].low == "who" and phrase[n + 1].low in _SERVES
                  and phrase[n + 2].low in ("at", "for", "with")), None)
    if works is not None:
        phrase = [*phrase[:works], *phrase[works + 2:]]  # "an engineer who works at Nimbus": an engineer at Nimbus
    else:  # "a professor of civil engineering who directs Mcity": a relative clause says more, no part of the post
        clause = next((n for n in range(1, len(phrase)) if phrase[n].low in ("who", "whose", "which")), None)
        phrase = phrase[:clause] if clause is not None else phrase
    # ("Professor Ana Vale, from the University of Sydney, …", "Dr Tom Reed, of CSIRO's Data61, …": where one is from)
    behalf = 1 if len(phrase) > 1 and phrase[0].low in ("representing", "from", "of") else \
        3 if len(phrase) > 3 and [t.low for t in phrase[:3]] == ["on", "behalf", "of"] else 0
    if behalf:  # "Tom Reed, representing Nimbus, …", "…, on behalf of the Ridge Institute, …": the body, no post
        org = phrase[behalf + (phrase[behalf].low == "the"):]
        if org and all(_capital(t) or t.low in ("of", "&", "and", "for") for t in org) and _capital(org[-1]) \
                and not all(_unowned(t.low) in ls.places or t.low in ("of", "and") for t in org):
            return None, text[org[0].start:org[-1].end], Span(org[0].start, org[-1].end)
    second = next((n for n in range(1, len(phrase) - 1) if phrase[n].low == "and"
                   and re.fullmatch(r"(?:co-?)?organi[sz]ers?", phrase[n + 1].low)), None)
    if second is not None:
        phrase = phrase[:second]  # "director of engagement in the college and organizer of the forum": the post
    second_post = _second_post_at(phrase, ls)
    if second_post is not None:
        # "CTO of Acme and a professor at Ridge University": the first post, which the gold conventions keep (one
        # affiliation, the first written; "now" alone marks a second, current one)
        phrase = phrase[:second_post]
    part = _part_from(phrase, text)
    if part is not None:
        return part  # "Tom Reed, a panelist from Bolt Labs, said …": the part is no post; the organization is theirs
    article = 1 if phrase and phrase[0].low in ("a", "an", "the", "another", "fellow") else 0
    if article and len(phrase) > article + 1 and phrase[article].text.endswith(_POSSESSIVE) \
            and phrase[article].low[:-2].rstrip("'’") in _PART_OWNERS:
        article += 1  # "Omar Diaz, the day's first speaker, …": the gathering's part
    if article < len(phrase) - 1 and phrase[article].low in _PART_ORDER:
        article += 1
    if 0 < len(phrase) - article <= 2 and " ".join(t.low for t in phrase[article:]) in _PART_FROM:
        return None  # "Ana Vale, the keynote speaker, said …": a part alone is no post (the role cues read it)
    part_and = next((n for n in range(article + 1, min(len(phrase) - 1, article + 3)) if phrase[n].low == "and"
                     and " ".join(t.low for t in phrase[article:n]) in _PART_FROM), None)
    if part_and is not None:
        # "Ana Vale, a panelist and CTO of Ridge Labs": the part (read by the role cues), then the post
        joiner = next(n for n in range(k + 1, end) if toks[n] is phrase[part_and])  # (the phrase may have lost words)
        return _title_after_comma(toks, joiner, ls, text, joined=True)
    there = next((n for n in range(article + 1, min(len(phrase), article + 3)) if phrase[n].low in ("at", "during")),
                 None)
    if there is not None and " ".join(t.low for t in phrase[article:there]) in _PART_FROM \
            and all(t.text.islower() or t.text.endswith(_POSSESSIVE) for t in phrase[there + 1:]):
        return None  # "Ana Vale, a speaker at the forum, said …": the part at the gathering, no post
    if phrase and (phrase[0].low in _CLAUSE_OPENERS or phrase[0].low in _AUXILIARIES):
        return None  # "at Marina Bay Sands, with Deputy Prime Minister X delivering …", "…, will moderate": a clause
    based = next((n for n in range(1, len(phrase) - 1)
                  if phrase[n].low == "based" and phrase[n + 1].low in ("in", "at")), None)
    if based is not None:
        phrase = [*phrase[:based], *phrase[based + 1:]]  # "a consultant based in Seoul", "an engineer based at Orbis"
    located = next((n for n in range(2, len(phrase) - 1) if phrase[n].low == "in" and _is_head(phrase[n - 1], ls)), None)
    place_end = _place_written(phrase[located + 1:], ls, text, toks[end].start if end < len(toks) else None) \
        if located is not None else None
    if located is not None and place_end is not None:
        phrase = phrase[:located]  # "a Toyota plant manager in Georgetown, Ky.": where the post is held, no body
        while end < len(toks) and toks[end].start < place_end:
            end += 1  # (the state after the place's comma is no organization)
    market = next((n for n in range(article, min(len(phrase) - 1, article + 3))
                   if phrase[n].low in ("leader", "pioneer") and phrase[n + 1].low == "in"), None)
    if article and market is not None and all(t.text.islower() for t in phrase[article:market]):
        return None  # "Sight Machine, the leader in manufacturing data, …": a place in a market, no post
    heads = [n for n, t in enumerate(phrase) if _is_head(t, ls)]
    if not heads:
        return _bare_org(phrase, toks, end, text)  # "Ana Vale, Nimbus Labs, spoke first": the body alone
    rest = phrase[heads[-1] + 1:]
    if len(rest) >= 2 and all(_is_name_part(t, ls) and t.low not in ORG_WORDS for t in rest) \
            and any(t.low in ("and", "&") or t.text.endswith(_POSSESSIVE) for t in phrase[:heads[-1]]):
        return None  # "Ford's Sarah Lin, GM's Tom Park and UAW Vice President Mike Booth": the next people
    # (a name of two or three words: "SkillsFuture chief Tan Kok Yam and …")
    named = next((n for n in (2, 3) if len(rest) == n or len(rest) > n and (rest[n].low in ("and", "&")
                                                                            or _verb_after_name(rest[n]))), 0)
    if heads[-1] > 0 and named \
            and all(_is_name_part(t, ls) and t.low not in ORG_WORDS and not _is_title_word(t, ls)
                    or n == 0 and _also_a_name(toks, k + 2 + heads[-1], k + 3 + heads[-1], ls)
                    for n, t in enumerate(rest[:named])):
        return None  # "Rep. Haley Stevens, NAM President Jay Timmons and …": the next person, with their own title
        # ("in San Jose, Nvidia CEO Jensen Huang unveiled …": a new clause's subject, then its verb; "…, Nvidia vice
        # president Rev Lebaredian said": a given name that is an honorific too)
    first_rest = phrase[heads[0] + 1:]
    first_named = next((n for n in (2, 3) if len(first_rest) > n and first_rest[n].low in ("and", "&")), 0)
    # (the title may follow its body's name: "Ana Vale, Nimbus CTO Tom Reed and Professor Mia Holt of Ridge Labs")
    if phrase[0].text[:1].isupper() and first_named and all(_capital(t) for t in phrase[:heads[0]]) \
            and all(_is_name_part(t, ls) and t.low not in ORG_WORDS and not _is_title_word(t, ls)
                    and t.low not in ls.places for t in first_rest[:first_named]):
        return None  # "Gov. Bruce Rauner, Mayor Rahm Emanuel and Sen. Dick Durbin": the next person, titled
    owned = _owner_before_head(phrase, heads[0], text)
    if owned is not None and owned[1] is not None and ls.places.issuperset(owned[1].lower().split()):
        return owned[0], None, None  # "South Korea's minister of science and ICT": a country owns no post
    if owned is not None:
        return owned  # "Jane Roe, Acme Robotics' head of AI"
    # "minister of trade, industry and energy": lower-case words after the comma continue a portfolio
    while end + 1 < len(toks) and toks[end].text == "," and phrase and phrase[-1].text.islower() \
            and toks[end + 1].text.islower() and toks[end + 1].low not in _NOT_PORTFOLIO:
        nxt = end + 1
        while nxt < len(toks) and toks[nxt].text not in (",", ";", ".", "(", ")") and toks[nxt].text.islower():
            nxt += 1
        if nxt < len(toks) and toks[nxt].text not in (",", ";", ".", "(", ")") or nxt - end > 4 \
                or not any(t.low == "and" for t in toks[end + 1:nxt]):
            break  # a portfolio list ends in "and …" ("industry and energy"); "…, spoke." is a verb
        phrase, end = toks[k + 1:nxt], nxt
    # "Minister for Jobs, Innovation and Trade": a capitalised portfolio after "head for" runs on to its "and"
    if len(phrase) >= 3 and phrase[-2].low == "for" and _is_head(phrase[-3], ls) and end + 1 < len(toks) \
            and toks[end].text == ",":
        nxt = end + 1
        while nxt < len(toks) and toks[nxt].text not in (",", ";", ".", "(", ")") and nxt - end <= 5:
            nxt += 1
        words = toks[end + 1:nxt]
        if words and any(t.low == "and" for t in words) and all(_capital(t) or t.low in ("and", "&") for t in words) \
                and (nxt >= len(toks) or toks[nxt].text in (",", ".", ";")):
            return _strip_article(text[toks[k + 1].start:toks[nxt - 1].end]), None, None
    if len(phrase) >= 4 and phrase[-3].text in ("in", "at", "of") and phrase[-2].low == "the" \
            and phrase[-1].low in ANAPHORIC_ORGS and phrase[-1].text.islower() and heads[0] < len(phrase) - 3 \
            and all(t.text.islower() or _is_head(t, ls) for t in phrase[:-3]):
        # "director of industry engagement in the college": the organization named before, as its kind
        kind = phrase[-1]
        return _strip_article(text[phrase[0].start:phrase[-4].end]), kind.low, Span(kind.start, kind.end)
    # "title of/at ORG": the title ends at the first preposition after a head
    # "Director of Research at the Ridge Institute": the organization follows "at" when there is one
    # ("chief scientific adviser to the Royal Society": whom an adviser advises is the organization)
    preps = [n for n, t in enumerate(phrase) if n > heads[0] and (t.text in _PREPOSITIONS
                                                                 or t.text == "to" and phrase[n - 1].low in _ADVISING)]
    at = [n for n in preps if phrase[n].text in ("at", "with")]
    prep = at[0] if at else (preps[0] if preps else None)
    served = None
    if prep is not None and not at and phrase[prep].text == "of" and prep + 1 < len(phrase) \
            and phrase[prep + 1].text.islower():
        served = _served_body(phrase, prep + 2, ls)
    if served is not None and prep is not None and all(t.text.islower() for t in phrase[prep + 1:served]):
        body = _body_after(phrase, served)
        if body[-1].low.rstrip(".") in ORG_WORDS | LEGAL_FORMS \
                or body[-1].low in ls.company_words and not body[-1].text.isupper():
            # "general manager of manufacturing for Crest Motors Corporation": a field in lower case, then the
            # body the post serves, by a name that says it is one (not "… for CHIPS", a programme)
            return (_strip_article(text[phrase[0].start:phrase[served - 1].end]), text[body[0].start:body[-1].end],
                    Span(body[0].start, body[-1].end))
    if prep is not None and prep + 1 < len(phrase) and (_capital(phrase[prep + 1]) or phrase[prep + 1].low == "the"
                                                        or _past_kind(phrase, prep + 1) > prep + 1):
        title_end = prep - 1
        org_toks = phrase[prep + 1:]
        if len(org_toks) == 2 and org_toks[0].low == "the" and org_toks[1].low in ANAPHORIC_ORGS:
            # "chairman of the association": the organization named before, written as its kind
            return (_strip_article(text[phrase[0].start:phrase[title_end].end]), org_toks[1].low,
                    Span(org_toks[1].start, org_toks[1].end))
        if org_toks and org_toks[0].low == "the":
            org_toks = org_toks[1:]
        org_toks = org_toks[_past_kind(org_toks, 0):]  # "CEO of robotics firm Kestrel"
        # "chairman of the managing board of Deutsche Messe": lower-case words are still the title
        # ("chairman of the board of management of Bosch": the first preposition before a capital, past the board's own)
        inner = next((n for n, t in enumerate(org_toks) if t.text in _PREPOSITIONS
                      and n + 1 < len(org_toks) and _capital(org_toks[n + 1])), None)
        # ("senior adviser to the CEO of Nimbus": a post the adviser serves, then its organization)
        if org_toks and inner is not None and inner + 1 < len(org_toks) and _capital(org_toks[inner + 1]) \
                and all(t.text.islower() or _is_head(t, ls) and phrase[prep].text == "to" for t in org_toks[:inner]):
            title_end = phrase.index(org_toks[inner - 1])
            org_toks = org_toks[inner + 1:]
        served = _served_body(org_toks, 1, ls) if phrase[prep].text == "of" else None
        if served is not None and all(_field_word(t, ls) for t in org_toks[:served]):
            # "global head of AI for Rockwell Automation": the field, then the body the post serves
            title_end = phrase.index(org_toks[served - 1])
            org_toks = _body_after(org_toks, served)
        portfolio_word = ls.not_names | ls.portfolio_words
        if phrase[heads[0]].low in _PORTFOLIO_HEADS and org_toks and phrase[prep].text not in ("at", "with") \
                and not _named_body(org_toks) \
                and (all(t.low in portfolio_word or t.low in ("and", "&", "of") for t in org_toks)
                     # "Minister of State (for Artificial Intelligence)", "Secretary of State for Digital": a
                     # rank of the office, its portfolio after "for"
                     or org_toks[0].low == "state" and (len(org_toks) == 1 or org_toks[1].low == "for")):
            # "Minister of Trade, Industry and Energy", "Korea's minister of science and ICT": a portfolio is
            # part of the title, and the country owning it no organization
            past = _name_past_commas(toks, end, portfolio=True) if org_toks[-1] is phrase[-1] else None
            if past and not all(t.text == "," or t.low in portfolio_word or t.low in ("and", "&", "of")
                                for t in toks[end:past]):
                past = None  # "Minister of Science and ICT, Ahn Deokgeun, …": the next person, no portfolio
            last = toks[past - 1] if past else phrase[-1]
            first = next((n + 1 for n in range(heads[0] - 1, -1, -1) if phrase[n].text.endswith(_POSSESSIVE)
                          or phrase[n].text in ("'", "’")), 0)
            government = _government_after(toks, past or end, ls, text)
            if government is not None:
                # "Minister of Railways, Communications and Electronics & IT, Government of India": whose post it is
                return _strip_article(text[phrase[first].start:last.end]), *government
            return _strip_article(text[phrase[first].start:last.end]), None, None
        if org_toks and org_toks[-1] is phrase[-1] and (city := _city_then_state(org_toks, toks, end, ls)) is not None:
            org_toks = org_toks[:city]  # "owner of Ortega Precision Parts in El Paso, Texas": where the body is
        line_org = _org_segment_after(toks, end, ls, text) if org_toks and org_toks[-1] is phrase[-1] else None
        if line_org is not None and re.match(r"\.?[ \t]*(?:\n|$)", text[line_org[1].end:line_org[1].end + 40]) \
                and not any(t.low in ORG_WORDS or t.low in LEGAL_FORMS for t in org_toks) \
                and not ls.not_names.issuperset(w.lower() for w in line_org[0].split()) \
                and line_org[0].lower().rstrip(".") not in LEGAL_FORMS:
            # "- Angela Brooks, Director of Reliability Engineering, Dow": a line's last part is the organization
            return _strip_article(text[phrase[0].start:phrase[-1].end]), *line_org
        title = text[phrase[0].start:phrase[title_end].end]
        org_toks = _cut_org_tokens(org_toks, ls)
        if org_toks and phrase[prep].text in ("in", "from") and _only_places(org_toks, ls):
            # "a consultant in Seoul", "a machinist from Ohio": where one works or comes from, no body
            return _strip_article(title), None, None
        if org_toks and org_toks[-1] is phrase[-1] and prep is not None \
                and (phrase[prep].text == "of" or phrase[prep].text == "in" and phrase[prep - 1].low in _ACADEMIC_RANKS
                     and phrase[prep + 1].low != "the") \
                and phrase[prep - 1].low not in _BODY_HEADS \
                and all(_field_word(t, ls) for t in org_toks) \
                and org_toks[-1].low not in ls.event_kinds and org_toks[-1].low not in ls.places \
                and _org_segment_after(toks, end, ls, text) is None \
                and not _INITIALS_AFTER.match(text, org_toks[-1].end):
            # (not "chief executive of UK Research and Innovation (UKRI)": initials name a body, not a field)
            # "head of AI", "director of Smart Manufacturing": a field, no organization ("Exhibition Director of
            # National Manufacturing Week" names an event's, "minister of Korea" a country's)
            lead = phrase[:heads[0]]
            if lead and lead[0].low not in ("a", "an", "the") and all(_capital(t) and not _is_title_word(t, ls)
                                                                     for t in lead) \
                    and not ls.places.issuperset(_unowned(t.low) for t in lead) \
                    and not (phrase[heads[0]].low in _ENDOWED and phrase[heads[0]].text[:1].isupper()):
                # "Ana Vale, Lake Corp head of AI, …": the capitalised words before the head are its organization
                # (not "Tim Simpson, Paul Morrow Professor of Engineering Design": a chair named for its donor)
                org_end = lead[-1].end - (2 if lead[-1].text.endswith(_POSSESSIVE) else 0)
                return (text[phrase[heads[0]].start:phrase[-1].end], text[lead[0].start:org_end],
                        Span(lead[0].start, org_end))
            return _strip_article(text[phrase[0].start:phrase[-1].end]), None, None
        if org_toks and org_toks[-1] is phrase[-1] and all(_field_word(t, ls) for t in org_toks) \
                and (org_after := _org_segment_after(toks, end, ls, text)) is not None \
                and not all(w.lower() in ls.not_names for w in org_after[0].split()):  # "of Trade, Industry and Energy"
            return _strip_article(text[phrase[0].start:phrase[-1].end]), *org_after  # "director of AI, Acme"
        if org_toks and org_toks[-1] is phrase[-1] and phrase[prep].text == "of" and phrase[prep - 1].low not in _BODY_HEADS \
                and not any(_body_word(t, ls) for t in org_toks) \
                and (org_after := _org_segment_after(toks, end, ls, text)) is not None \
                and _body_word(_tok(org_after[0].split()[-1], 0, 0), ls):
            # "Director of Workforce Programs, Illinois Manufacturing Excellence Center": a body's own word after
            # the comma, none before it: what the post is of is its field
            return _strip_article(text[phrase[0].start:phrase[-1].end]), *org_after
        portfolio = len(org_toks) > 2 and org_toks[0].low in ORG_WORDS and org_toks[1].low in ("of", "for")
        if org_toks and org_toks[-1] is phrase[-1] and org_toks[-1].low not in ORG_WORDS \
                and org_toks[-1].low not in LEGAL_FORMS \
                and (past := _name_past_commas(toks, end, portfolio=portfolio)) is not None:
            org_toks = [*org_toks, *toks[end:past]]  # "… Committee on Science, ICT, Broadcasting and Communications"
        if len(org_toks) == 1 and org_toks[0].low in ANAPHORIC_ORGS and org_toks[0].text.islower() \
                and phrase[prep + 1].low == "the":
            # "dean of the college and Southern Company Chair": the body named before, as its kind, once the second
            # post is cut off
            return _strip_article(title), org_toks[0].low, Span(org_toks[0].start, org_toks[0].end)
        if org_toks and (any(_capital(t) for t in org_toks) or lower_ministry([t.text for t in org_toks])):
            return _strip_article(title), text[org_toks[0].start:org_toks[-1].end], Span(org_toks[0].start, org_toks[-1].end)
    h = heads[0]
    if phrase[h].low in _PORTFOLIO_HEADS and h + 2 < len(phrase) and phrase[h + 1].low == "for" \
            and all(_capital(t) or t.low in ("and", "&", "of") for t in phrase[h + 2:]) and _capital(phrase[-1]):
        # "Union Minister for Electronics and IT": a capitalised portfolio after "for" is part of the title
        # (and "the UAE's Minister for Artificial Intelligence": the country owning it is no part of it)
        office = _strip_article(text[phrase[_past_country_owner(phrase, h, ls)].start:phrase[-1].end])
        government = _government_after(toks, end, ls, text)
        if government is not None:
            return office, *government  # "Minister for Industries, Government of Tamil Nadu": whose post it is
        return office, None, None
    if len(phrase) >= 4 and heads[-1] == len(phrase) - 4 and phrase[-3].low == "for" and phrase[-2].low == "the" \
            and phrase[-1].low in ANAPHORIC_ORGS and phrase[-1].text.islower():
        # "a spokeswoman for the institute": the body named before, as its kind, that the post serves
        kind = phrase[-1]
        return _strip_article(text[phrase[0].start:phrase[-4].end]), kind.low, Span(kind.start, kind.end)
    owner = _portfolio_for(phrase, heads[0], ls)
    served = _served_body(phrase, heads[-1] + 1, ls) if owner is None and phrase[h].low not in _PORTFOLIO_HEADS else None
    if served is not None and served == heads[-1] + 1:
        owner = heads[-1], _body_after(phrase, served)  # "AI lead for Rockwell Automation": the body the post serves
    if owner is not None and _org_segment_after(toks, end, ls, text) is None:
        title_end, org_toks = owner  # "general manager of federal services for IBM Americas"
        return (_strip_article(text[phrase[0].start:phrase[title_end].end]), text[org_toks[0].start:org_toks[-1].end],
                Span(org_toks[0].start, org_toks[-1].end))
    qualifier = ""
    if heads[0] > 0 and phrase[0].low in _QUALIFIERS:
        qualifier, phrase = phrase[0].text + " ", phrase[1:]  # "former Acme CEO"
        heads = [n - 1 for n in heads]
    lead = phrase[:heads[0]]
    title = _strip_article(text[phrase[0].start:phrase[-1].end])
    org_after = _org_segment_after(toks, end, ls, text)
    if org_after is not None:  # "Name, Economic Advisor, Australian Workers Union"
        # "Name, Convenor, Machine Tools Panel, EEPC India": a unit, then the organization
        unit_end = _segment_end(toks, end + 1)
        further = _org_segment_after(toks, unit_end, ls, text) if unit_end < len(toks) else None
        if further is not None:
            return f"{qualifier}{title}, {org_after[0]}", *further
        return qualifier + title, *org_after  # ("Name, former President, CII": the marker kept)
    if phrase[heads[0]].low in _ENDOWED and phrase[heads[0]].text[0].isupper() and lead \
            and lead[-1].low not in ORG_WORDS:
        return title, None, None  # "J. Lee Everett Professor": a named chair is a title
    # "Name, ORG title": capitalised words before the title words
    cut = len(lead)
    while cut > 0 and (_is_title_word(lead[cut - 1], ls) or lead[cut - 1].text.islower() and lead[cut - 1].low in ls.fields
                       and cut > 1 and (_capital(lead[cut - 2]) or lead[cut - 2].low in ls.fields)):
        cut -= 1  # ("a KAIST electrical engineering professor": the fields in lower case are the post's)
    # "an MIT researcher", "the Nimbus CTO" (not "the Korea chair at CSIS": a place is no organization)
    skip = 1 if len(lead) > 1 and (lead[0].low in ("a", "an") or lead[0].low == "the" and not ls.places.issuperset(
        t.low for t in lead[1:cut])) and _capital(lead[1]) else 0
    if cut > skip and lead[skip].text[:1].isupper() and all(t.low not in ("the", "a", "an") for t in lead[skip:cut]):
        org = lead[skip:cut]  # "Jane Roe, Acme CEO", "Ahn Hyeon, SK hynix head of development"
        if _made_adjective(org[-1]) or org[0].low in ls.nationalities \
                and all(t.low in ls.nationalities or _unowned(t.low) in ls.places or t.text.islower() for t in org) \
                or all(_unowned(t.low) in ls.places for t in org):
            # ("Choi Hyung-chan, Korean ambassador to the Netherlands", "Tom Reed, a Dutch state secretary": a
            # country's post, no organization)
            return qualifier + title, None, None  # "a Seoul-based consultant", "a Temasek-backed founder": no body
        if all(t.low in ls.event_kinds or t.low in ("organizing", "organising", "program", "programme", "steering")
               for t in org):
            return qualifier + title, None, None  # "Arvind Patil, Conclave Chairman": an office of the event itself
        org_end = org[-1].end - (2 if org[-1].text.endswith(_POSSESSIVE) else 0)  # "Mark Diaz, Acme's CTO"
        return (qualifier + text[phrase[cut].start:phrase[-1].end], text[org[0].start:org_end],
                Span(org[0].start, org_end))
    # "Name, President euRobotics aisbl": the title words, then a name with no preposition
    last_title = max(n for n, t in enumerate(phrase) if _is_title_word(t, ls))
    while last_title > 0 and phrase[last_title].low in ("of", "and", "&"):
        last_title -= 1  # "chair of the judging panel and CTO of Lake Robotics": the joiner after the last head
    rest = phrase[last_title + 1:]
    if rest and rest[0].low == "of" and len(rest) > 1:
        rest = rest[1:]
    if not lead and rest and _capital(rest[0]) \
            and all(_capital(t) or t.low in ("&", "of", "and") or t.low in LEGAL_FORMS for t in rest):
        return (qualifier + text[phrase[0].start:phrase[last_title].end], text[rest[0].start:rest[-1].end],
                Span(rest[0].start, rest[-1].end))
    return qualifier + title, None, None


def _endowed_chair(toks: list[_Tok], i: int, j: int) -> bool:
    """The name run ``i:j`` names an endowed chair, not a person: a capitalised chair word follows it (or follows
    the second donor after ``and``: ``Allen E. Pearce and Allen M. Pearce Professor``) and an article or, in
    apposition to the holder, a comma comes before it (``Tim Simpson, Paul Morrow Professor of …``)."""
    start = i
    if i > 1 and toks[i - 1].low == "and":  # "Carl and Mary Reed Professor": the second of two donors
        start = i - 1
        while start > 0 and i - start <= 5 and (_capital(toks[start - 1]) or toks[start - 1].text == "."):
            start -= 1
    if start == 0 or toks[start - 1].low not in ("the", "a", "an", ","):
        return False
    k = j
    if k + 1 < len(toks) and toks[k].low == "and":  # "the Carl and Mary Reed Professor": two donors
        k += 1
        while k < len(toks) and k - j <= 6 and (_capital(toks[k]) or toks[k].text == ".") and toks[k].low not in _ENDOWED:
            k += 1
    return k < len(toks) and toks[k].low in _ENDOWED and toks[k].text[:1].isupper() \
        and (toks[start - 1].text != "," or k + 1 >= len(toks) or toks[k + 1].low in ("of", "in", "for", ",", "at", "and", "."))


_MONTH_START = re.compile(rf"(?:{MONTH_NAMES})")  # how a month's name begins ("March", "Sept.")
_MAX_BARE_ORG = 6  # words of an organization written after a name with no post


def _bare_org(phrase: list[_Tok], toks: list[_Tok], end: int, text: str) -> tuple[None, str, Span] | None:
    """``Ana Vale, Nimbus Labs, spoke``: an organization by its own word or legal form, closed by a comma or
    the sentence's end, right after the name (no post written)."""
    words = phrase[1:] if phrase and phrase[0].low == "the" else phrase
    # ("Ana Vale, Technical University of Munich, spoke": a body's word, then what it is of)
    body_of = any(t.low in ORG_WORDS and n + 2 < len(words) and words[n + 1].low in ("of", "for")
                  for n, t in enumerate(words))
    known = bool(words) and known_body(text[words[0].start:words[-1].end])
    if known and len(words) <= _MAX_BARE_ORG and (end == len(toks) or toks[end].text in (",", ".", ";", ")")) \
            and not _an_organization_next(toks, end, text):
        # "…, SK hynix, said" (not "A (ATC), Lenovo, Zebra Technologies and IBM are members": a list of bodies)
        return None, text[words[0].start:words[-1].end], Span(words[0].start, words[-1].end)
    if not words or len(words) > _MAX_BARE_ORG or not _capital(words[0]) \
            or words[-1].low.rstrip(".") not in ORG_WORDS | LEGAL_FORMS and not body_of \
            or not all(_capital(t) or t.low in ("of", "&", "and", "for") for t in words) \
            or end < len(toks) and toks[end].text not in (",", ".", ";", ")"):
        return None
    return None, text[words[0].start:words[-1].end], Span(words[0].start, words[-1].end)


def known_body(written: str) -> bool:
    """``written`` (spacing aside, any case) is a well-known organization's whole name (organizations.txt)."""
    return " ".join(written.split()).lower() in lists().organizations


def known_joined_body(first: str, second: str) -> bool:
    """``first`` and ``second`` joined by "and" or "&" make a well-known organization's whole name (``Ernst and
    Young``, ``Globe and Mail``), whichever joiner the text writes; a leading "the" aside."""
    first = re.sub(r"^the\s+", "", first, flags=re.I)
    return any(known_body(f"{first} {joiner} {second}") for joiner in ("and", "&"))


def _an_organization_next(toks: list[_Tok], end: int, text: str) -> bool:
    """After the comma at ``end``, (``and``) an organization's name: a known one or one ending in a body's word."""
    if end + 1 >= len(toks) or toks[end].text != ",":
        return False
    k = end + 1 + (toks[end + 1].low == "and")
    m = k
    while m < len(toks) and m - k < _MAX_BARE_ORG and toks[m].text not in (",", ";", ".", "(") and toks[m].low != "and":
        m += 1
    if m == k or not _capital(toks[k]):
        return False
    words = " ".join(text[toks[k].start:toks[m - 1].end].split())
    last = toks[m - 1].low.rstrip(".")
    return known_body(words) or last in ORG_WORDS or last in LEGAL_FORMS \
        or last in _business_words()


# the title modifiers that are fields a company's name ends in, when a rank opens the title after them ("Samsung
# Engineering Vice President"; "Construction", "Solutions" are no title's words and end a name anyway)
_NAMING_FIELDS = frozenset({"engineering", "technology", "research", "development", "marketing", "finance", "financial",
                            "technical", "business", "production"})
_RANKS = frozenset({"vice", "senior", "executive", "deputy", "chief", "associate", "assistant", "managing", "principal"})


def _field_ending_a_name(toks: list[_Tok], j: int, ls: _Lists) -> bool:
    """The capitalised field word before ``j`` ends an organization's name, not the title's words: a capitalised
    name word before it, a rank opening the title after it (``HD Korea Shipbuilding & Offshore Engineering Vice
    Chairman``; but ``Acme Engineering Director``, ``Acme Global Vice President`` keep it in the title)."""
    w = toks[j - 1]
    return w.low in _NAMING_FIELDS and w.text[:1].isupper() and j < len(toks) and toks[j].low in _RANKS \
        and j >= 2 and _capital(toks[j - 2]) and not _is_title_word(toks[j - 2], ls)


def _known_org_ends(toks: list[_Tok], j: int, text: str) -> bool:
    """Capitalised words ending right before ``j`` are a well-known organization's whole name (``LG AI Research``
    in ``LG AI Research President X``: its last word is no title's modifier)."""
    i = j - 1
    while i > 0 and j - i < _MAX_BARE_ORG and _capital(toks[i - 1]):
        i -= 1
        if _known_organization(toks, i, j, text):
            return True
    return False


def _known_organization(toks: list[_Tok], i: int, j: int, text: str) -> bool:
    """The run ``i:j`` (less a possessive) is a well-known organization's whole name."""
    end = toks[j - 1].end - (2 if toks[j - 1].text.endswith(_POSSESSIVE) else 0)
    return known_body(text[toks[i].start:end])


def _field_word(t: _Tok, ls: _Lists) -> bool:
    """A word of the field a post is of (``Head of Smart Factory``, ``Vice President of Global Operations``),
    which no organization's name ends in."""
    return t.low in ("and", "&") or (t.low in ls.not_names or t.low in ls.portfolio_words or t.low in ls.modifiers
                                     or t.low in ls.fields) \
        and t.low not in ORG_WORDS and t.low not in ls.company_words and t.low.rstrip(".") not in LEGAL_FORMS \
        and not t.text.endswith(_POSSESSIVE)  # ("CEO of News Corp": a legal form ends a company's name)


def _body_word(t: _Tok, ls: _Lists) -> bool:
    """A word only an organization's name ends in: its kind (``Center``, ``University``), a legal form, a
    company's word (``Robotics``)."""
    return t.low in ORG_WORDS or t.low.rstrip(".") in LEGAL_FORMS or t.low in ls.company_words


def _past_country_owner(phrase: list[_Tok], head: int, ls: _Lists) -> int:
    """Where a title starts past a country owning it (``the UAE's Minister for …``), else 0."""
    for n in range(head - 1, -1, -1):
        if phrase[n].text.endswith(_POSSESSIVE):
            owner = [t.low for t in phrase[:n + 1] if t.low != "the"]
            owner[-1] = re.sub(r"['’]s?$", "", owner[-1])
            return n + 1 if owner and ls.places.issuperset(owner) else 0
    return 0


def _owner_before_head(phrase: list[_Tok], head: int, text: str) -> tuple[str, str | None, Span | None] | None:
    """``Acme Robotics' head of AI``, ``LG AI Research's chief executive``: capitalised words with a
    possessive right before the title are its organization, whatever prepositions the title holds."""
    p = head - 1
    # "Acme's chief technology officer": lower-case title words before the head, and a field's initials among them
    # ("Orbis' top AI executive")
    while p >= 0 and (phrase[p].text.islower() or phrase[p].text.isupper() and phrase[p].low in lists().acronyms) \
            and head - p < 4:
        p -= 1
    if p < 0 or not (phrase[p].text in ("'", "’") and p >= 1 or phrase[p].text.endswith(_POSSESSIVE)):
        return None  # ("Nimbus's head of AI": the owner may be the phrase's first word)
    end = p if phrase[p].text in ("'", "’") else p + 1
    org = phrase[:end]
    if not org or not all(_capital(t) or t.low in ("&", "of", "and") for t in org) or not _capital(org[0]):
        return None
    org_end = org[-1].end - (2 if org[-1].text.endswith(_POSSESSIVE) else 0)
    if p == 0 and lists().places.issuperset(text[org[0].start:org_end].lower().split()):
        return None  # "Korea's Minister of Trade, Industry and Energy": a country's portfolio, read as one
    title = text[phrase[p + 1].start:phrase[-1].end]
    return title, text[org[0].start:org_end], Span(org[0].start, org_end)


def _spelled_out(toks: list[_Tok], at: int) -> int | None:
    """Past a title's spelled-out form in parentheses that the title goes on after: ``CAIO (Chief AI
    Officer) at HD Hyundai`` (an alias at the end, ``… Institute (KAIST),``, is no such thing)."""
    if at >= len(toks) or toks[at].text != "(":
        return None
    close = next((n for n in range(at + 1, min(at + 8, len(toks))) if toks[n].text == ")"), None)
    if close is None or close + 1 >= len(toks):
        return None
    if toks[close + 1].low in ("at", "of", "with", "for"):
        return close + 1
    # "Director (Technology), CII": the title's own field in parentheses, then the organization after a comma
    if toks[close + 1].text == "," and close + 2 < len(toks) and _capital(toks[close + 2]) \
            and at > 0 and _is_head(toks[at - 1], lists()) \
            and toks[close + 2].low not in lists().not_names \
            and all(_capital(t) or t.text == "&" for t in toks[at + 1:close]) and close > at + 1:
        return close + 1
    return None


def _name_past_commas(toks: list[_Tok], at: int, *, portfolio: bool = False) -> int | None:
    """Where an organization's name with commas inside, cut at the comma ``at``, really ends: capitalised
    segments up to one with ``and`` that ends in an organization word (``Science, ICT, Broadcasting and
    Communications Committee``), or, for a ``portfolio`` (``Ministry of Trade, …``), any such segment
    (``Industry and Energy``); None when it does not go on."""
    k = at
    while k < len(toks) and toks[k].text == "," and k - at < 16:
        n = k + 1
        while n < len(toks) and (_capital(toks[n]) or toks[n].low in ("and", "&", "of")):
            n += 1
        seg = toks[k + 1:n]
        if not seg or not _capital(seg[0]):
            return None
        if portfolio and seg[0].low in PUBLIC_BODY_KINDS:
            return None  # ("Minister of State, Ministry of Trade and Industry": the body the post is in, after it)
        if any(t.low in ("and", "&") for t in seg):
            return n if seg[-1].low in ORG_WORDS or portfolio else None
        k = n
    return None


def _served_body(words: list[_Tok], start: int, ls: _Lists) -> int | None:
    """Where the first ``for`` from ``start`` stands, when capitalised words after it name a body the post
    serves: not a field, a portfolio or a region it is for (``director for Digital Policy``, ``head of sales
    for Asia Pacific``)."""
    n = next((n for n in range(start, len(words)) if words[n].low == "for"), None)
    if n is None or n + 1 >= len(words):
        return None
    body = words[n + 1:]
    if body[0].low == "the":
        body = body[1:]
    if not body or not _capital(body[0]) or not _capital(body[-1]) \
            or not all(_capital(t) or t.low in ("of", "and", "&") for t in body) \
            or all(_field_word(t, ls) or _unowned(t.low) in ls.places or t.low in ("of", "and", "&") for t in body):
        return None
    return n


def _body_after(words: list[_Tok], n: int) -> list[_Tok]:
    """The words after ``for`` at ``n``, less an article."""
    return words[n + 2:] if words[n + 1].low == "the" else words[n + 1:]


def _portfolio_for(phrase: list[_Tok], head: int, ls: _Lists) -> tuple[int, list[_Tok]] | None:
    """``head of lower-case portfolio for ORG``: (index of the title's last word, the organization's
    words); ``Minister for Jobs`` (no portfolio with "of" before "for") is no such phrase."""
    if head + 2 >= len(phrase) or phrase[head + 1].low != "of" or not phrase[head + 2].text.islower():
        return None
    n = _served_body(phrase, head + 2, ls)
    if n is None or not all(t.text.islower() for t in phrase[head + 2:n]):
        return None  # ("head of sales for Asia Pacific": a region the post is for)
    return n - 1, _body_after(phrase, n)


# capitalised words that open a sentence and name nothing: no organization before a title, no event name
OPENERS = frozenset("The A An In On At This That These Those Our Its Their His Her It He She They We For With And But "
                    "After Before During While When Where Today Yesterday Also However As By From To So".split())
_MINISTERS = frozenset({"minister", "secretary", "commissioner", "governor", "mayor", "ambassador", "director",
                        "president", "chairman", "chair", "administrator", "dean", "head", "rector", "chancellor"})
_ENVOYS = frozenset({"ambassador", "envoy", "consul", "consul-general", "representative", "adviser", "advisor",
                     "attaché", "attache", "delegate", "commissioner"})
_MINISTER_HEADS = frozenset({"minister", "vice-minister"})
# the heads of a public office named by its portfolio before them ("Labor Secretary", "Insurance Commissioner")
_PUBLIC_PORTFOLIO_HEADS = frozenset({"secretary", "commissioner"})
# the offices of a state's government, written after the state's name ("Georgia Governor X", "Indiana Secretary of …")
_STATE_OFFICE_HEADS = _PUBLIC_PORTFOLIO_HEADS | {"governor", "gov", "treasurer", "senator", "sen", "representative", "rep",
                                                 "comptroller", "auditor", "attorney"}


def _portfolio_before(toks: list[_Tok], at: int, ls: _Lists) -> bool:
    """Capitalised portfolio words right before ``at``, a place (or none) before them: ``Texas Agriculture``,
    ``Labor``, ``U.S. Health and Human Services``."""
    n = at
    while n > 0 and at - n < 4 and (toks[n - 1].low in ls.portfolio_words and _capital(toks[n - 1])
                                    or n < at and toks[n - 1].low in ("and", "&")):
        n -= 1
    if n == at or toks[n].low in ("and", "&"):
        return False
    return n == 0 or not _capital(toks[n - 1]) or _unowned(toks[n - 1].low) in ls.places \
        or toks[n - 1].low in ls.nationalities or toks[n - 1].text == "."
_PORTFOLIO_HEADS = frozenset({"minister", "ministers", "vice-minister", "secretary"})
_AUXILIARIES = frozenset({"will", "would", "shall", "can", "could", "may", "might", "must", "should", "has", "have",
                          "had", "is", "was", "are", "were", "said", "says", "to", "also"})
_SERVES = frozenset({"serves", "served", "is", "was", "works", "worked", "acts", "acted"})
_QUALIFIERS = frozenset({"former", "ex", "then", "acting", "interim", "incoming", "outgoing"})
_NOW_JOINERS = frozenset({"and", "but", "who", "is", "was", "has", "since", "become", "became"})


def _now_clause(toks: list[_Tok], k: int, ls: _Lists, text: str) -> tuple[str | None, str | None, Span | None] | None:
    """The affiliation after ``now`` in the appositive that starts at the comma ``k``: ``, former Acme CEO
    and now a professor at Stanford`` or ``, former CTO of Delta, now a partner at Vega``."""
    j, commas = k + 1, 0
    while j < len(toks) and toks[j].text not in (";", ".", "(", ")", "“", "”", '"') and j - k <= 2 * _MAX_TITLE_WORDS:
        if toks[j].text == ",":
            commas += 1
            if commas > 1:
                return None
        elif toks[j].low == "and" and j + 1 < len(toks) and _is_name_part(toks[j + 1], ls) \
                and not _is_title_word(toks[j + 1], ls):
            return None  # "A of X and Melonee Wise, who is now CPO at Agility": another's name, and its own post
        elif toks[j].text == "now":
            rest = [t for t in toks[j + 1:] if t.text != "."]
            if not rest:
                return None
            stop = _tok(".", rest[-1].end, rest[-1].end)
            comma = _tok(",", toks[j].end, toks[j].end)
            return _title_after([comma, *toks[j + 1:], stop], 0, ls, text)
        j += 1
    return None


def _and_post(toks: list[_Tok], p: int, ls: _Lists, text: str) -> tuple[str | None, str | None, Span | None] | None:
    """A second post joined to the first after its organization: ``, professor at Ridge University and chief
    scientist at Lake Corp,`` (a title's words, then "at" or "of" and an organization)."""
    if p + 3 >= len(toks) or toks[p].low != "and" or not toks[p + 1].text.islower() \
            or not _is_title_word(toks[p + 1], ls):
        return None
    rest = toks[p + 1:p + 1 + 2 * _MAX_TITLE_WORDS]
    stop = next((n for n, t in enumerate(rest) if t.text in (",", ";", ".", "(", ")")), len(rest))
    if stop < 3 or not any(t.low in ("at", "of", "with") for t in rest[:stop]):
        return None
    held = next(n for n, t in enumerate(rest) if t.low in ("at", "of", "with"))
    if any(_capital(t) and not _is_title_word(t, ls) for t in rest[:held]):
        return None  # "Acme CEO Ana Vale and engineer Tom Reed of Nimbus": another person's post, not hers
    post = _title_after([_tok(",", toks[p].start, toks[p].end), *rest[:stop],
                         _tok(".", rest[stop - 1].end, rest[stop - 1].end)], 0, ls, text)
    # (not "… and organizer of industryXchange": a part at a gathering, no post at a body)
    return post if post is not None and post[0] and post[1] and post[1][:1].isupper() \
        and post[0].split()[-1].lower() not in _PARTS_NO_POST else None


# parts at a gathering that read as titles but are held at no body: "organizer of the Lake AI Forum"
_PARTS_NO_POST = frozenset({"organizer", "organiser", "co-organizer", "host", "co-host", "speaker", "panelist",
                            "panellist", "moderator", "keynoter", "presenter", "emcee"})


# the kinds of public body, named by their kind and portfolio ("Ministry of Commerce") or with a place
PUBLIC_BODY_KINDS = frozenset({"ministry", "department", "agency", "office", "bureau", "commission", "administration",
                               "authority", "council", "directorate", "secretariat"})


def _named_body(org: list[_Tok]) -> bool:
    """``Ministry of Electronics and IT``, ``Department of Commerce``: a public body named by its kind and
    portfolio is the organization of a secretary's post, not the post's portfolio (``Secretary of State``)."""
    return len(org) >= 3 and org[0].low in PUBLIC_BODY_KINDS and _capital(org[0]) and org[1].low == "of"


# a place's capitalised words, then a region or a state's short form after a comma: "Georgetown, Ky.", "Hwaseong,
# Gyeonggi", "Austin, Texas"
_PLACE_AND_STATE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2},[ \t]*"
                              r"(?P<state>[A-Z][a-z]{1,4}\.|[A-Z]{2}|(?:[A-Z]\.){2}|[A-Z][a-z]+)")


def _place_written(words: list[_Tok], ls: _Lists, text: str, after: int | None) -> int | None:
    """Where the place that ``words`` are ends: one to three capitalised words the lists know as places, or any such
    words and a region or a state's short form after their comma (``Georgetown, Ky.``), whether the phrase ends at the
    comma (``after``: where it does) or holds it. None when they are no place."""
    if not words or not all(_capital(t) or t.text in (",", ".") for t in words):
        return None
    m = _PLACE_AND_STATE.match(text, words[0].start)
    if m is not None and (after if after is not None else words[-1].end) <= m.end() \
            and ((state := m.group("state")).endswith(".") or state.isupper() or state.lower() in ls.regions):
        return m.end()
    return words[-1].end if len(words) <= 3 and all(t.low in ls.places for t in words) else None


def _second_post_at(phrase: list[_Tok], ls: _Lists) -> int | None:
    """The index of the ``and`` that opens a second post with its own organization, after a first post
    with one: ``CTO of Acme and a (visiting) professor at Ridge University``."""
    for n in range(2, len(phrase) - 3):
        if phrase[n].low != "and" or not any(phrase[m].low in ("of", "at", "with") and _capital(phrase[m + 1])
                                             for m in range(1, n - 1)):
            continue
        k = n + 1 + (phrase[n + 1].low in ("a", "an", "also"))
        h = k
        while h < len(phrase) and _is_title_word(phrase[h], ls) and phrase[h].low not in ("of", "at", "with"):
            h += 1
        if h == k or not _is_head(phrase[h - 1], ls):
            continue
        if h + 1 < len(phrase) and phrase[h].low in ("of", "for", "in") and phrase[h + 1].text.islower() \
                and phrase[h + 1].low != "the":
            # ("… and vice president of engineering at Ridge Labs": the post's field in lower case, then its body)
            h = next((g for g in range(h + 1, min(h + 5, len(phrase))) if phrase[g].low in ("at", "with")
                      or not phrase[g].text.islower()), h)
        if h + 1 < len(phrase) and phrase[h].low in ("at", "of", "with") \
                and (_capital(phrase[h + 1]) or phrase[h + 1].low == "the"):
            return n
    # ("editor-in-chief of Robotics Business Review and conference chair": a second post in lower case, no body of
    # its own, closing the phrase)
    for n in range(2, len(phrase) - 1):
        if phrase[n].low == "and" and any(phrase[m].low in ("of", "at", "with") and _capital(phrase[m + 1])
                                          for m in range(1, n - 1)) \
                and all(t.text.islower() for t in phrase[n + 1:]) and _is_head(phrase[-1], ls):
            return n
    return None


def lower_ministry(words: list[str]) -> bool:
    """``science ministry``, ``trade and industry ministry``, ``SMEs ministry``: a ministry named by its field
    in lower case, as Korean English-language outlets write it (the field words a portfolio's; no ``new
    ministry``)."""
    portfolio = lists().portfolio_words
    return len(words) >= 2 and words[-1] == "ministry" and words[0] not in ("and", "&") \
        and all(w.islower() and w in portfolio or w in ("SMEs", "ICT", "and", "&") for w in words[:-1])


def _strip_article(title: str) -> str:
    # (and a count of those who share a plural post: "the two co-founders", "both vice presidents")
    return re.sub(r"^(?:(?:the|a|an)\s+(?:(?:two|three|four|five)\s+)?|both\s+)", "", title)


def _segment_end(toks: list[_Tok], j: int) -> int:
    """Index of the comma (or the end) that closes the segment starting at ``j``."""
    while j < len(toks) and toks[j].text not in (",", ";", "(", ")") and not (
            toks[j].text == "." and not (j > 0 and "." in toks[j - 1].text)):
        j += 1
    return j


PLACEHOLDERS = frozenset({"TBA", "TBD", "TBC"})  # a programme's place for someone not named yet


_YEAR = re.compile(r"(?:19|20)\d\d")


# the particles inside a body's name in the languages English news leaves untranslated
_BODY_PARTICLES = frozenset({"de", "di", "da", "do", "dos", "das", "del", "della", "degli", "des", "du", "für", "zu",
                             "y", "i"})


def _particle_inside_a_body(toks: list[_Tok], n: int, before: list[_Tok] | None = None) -> bool:
    """Token ``n`` is a particle inside a body's name (``Universidad Politécnica de Madrid``, ``Politecnico di
    Milano``, ``Institut für Produktionstechnik``): after a word for a body, before a capitalised word."""
    words = toks[:n] if before is None else before
    return toks[n].low in _BODY_PARTICLES and n + 1 < len(toks) and _capital(toks[n + 1]) \
        and any(t.low in ORG_WORDS for t in words)


def _org_segment_after(toks: list[_Tok], end: int, ls: _Lists, text: str) -> tuple[str, Span] | None:
    """``…, title, ORG``: a capitalised phrase after the comma that closes the title, unless it is the
    next person of a list (``…, professor, and Baek Gwang-hyun, …``)."""
    # ("• Ana Vale – CEO – Acme", "Ana Vale, CEO | Acme": a card's dash or bar before the body as its comma)
    if end >= len(toks) or not (toks[end].text in (",", "|", "–", "—") or _spaced_hyphen(toks, end)):
        return None
    j = end + 1
    org_toks: list[_Tok] = []
    # (a dash closes an aside: "Jane Roe — CTO, Acme — spoke")
    while j < len(toks) and len(org_toks) < 10 and (
            toks[j].text not in (",", ";", ".", "(", ")", ":", "—", "–")  # (": a talk's title after a programme line")
            and not _spaced_hyphen(toks, j)
            or toks[j].text == "." and org_toks and "." in org_toks[-1].text):  # U.S. Department
        org_toks.append(toks[j])
        j += 1
    bars = [n for n, t in enumerate(org_toks) if t.text == "|"]
    if bars and toks[end].text == ",":
        org_toks = org_toks[bars[-1] + 1:]  # "Grace Lim | Managing Director, Asia Pacific | Rockwell": the last cell
    words = [t for t in org_toks if t.text != "."]
    if toks[end].text != "," and org_toks and not _closes_its_line(toks, j, text):
        return None  # (a dash's body closes a card's line: "Jane Roe — the CTO — Spoke About …" is a sentence)
    if any(t.text in PLACEHOLDERS for t in words):
        return None  # "…, Speaker TBA": a place kept for someone not named yet, no organization
    if words and words[0].low == "the":
        words = words[1:]
    # ("M. Dhananjayan, chairman, ACMEE 2026, said": an event's name with its year, whose office the post is)
    year = 1 if len(words) >= 2 and _YEAR.fullmatch(words[-1].text) and _capital(words[-2]) else 0
    if not words or not _capital(words[0]) or not _capital(words[-1 - year]):
        return None
    # ("University of Texas at Austin": a campus after "at" in a university's name)
    if not all(_capital(t) or t.low in ("&", "of", "and", "for", "on") or year and n == len(words) - 1
               or t.low == "at" and any(w.low in ("university", "college", "institute") for w in words[:n])
               # ("Ohio Manufacturers' Association": a plural's possessive inside the name)
               or 0 < n < len(words) - 1 and _plural_possessive_inside(words, n)
               or _particle_inside_a_body(words, n)  # ("Universidad Politécnica de Madrid")
               # ("CII Industry 4.0 Panel": a version's number inside the name, between capitalised words)
               or 0 < n < len(words) - 1 and re.fullmatch(r"\d+(?:\.\d+)?", t.text) is not None
               and _capital(words[n - 1]) and _capital(words[n + 1])
               for n, t in enumerate(words)) \
            or any(_is_head(t, ls) for t in words):
        return None
    nxt = toks[j + 1].low if j + 1 < len(toks) and toks[j].text == "," else ""
    if nxt in ls.heads or nxt in ls.modifiers and nxt not in ("and", "&", "of"):
        return None  # "A, title, B, title": B is the next person
    lead = 0
    while lead < len(words) and _is_name_part(words[lead], ls) and words[lead].low not in ORG_WORDS:
        lead += 1
    if 2 <= lead <= _MAX_NAME and lead < len(words) - 1 and words[lead].low in ("of", "from", "at"):
        return None  # "A, an associate dean, Sara Nunez of Bright Peak Capital, and …": the next person
    first, last = words[0], words[-1]
    return text[first.start:last.end], Span(first.start, last.end)


# a body's initials in parentheses right after its name: " (UKRI)"
_INITIALS_AFTER = re.compile(r"[ \t]*\([ \t]*[A-Z][A-Za-z&]{1,9}[ \t]*\)")


def _plural_possessive_inside(toks: list[_Tok], k: int) -> bool:
    """The apostrophe at ``k`` closes a plural's possessive inside a body's name, a capitalised word after it
    (``Ohio Manufacturers' Association``, ``Workers' Union``)."""
    return 0 < k < len(toks) - 1 and toks[k].text in ("'", "’") and toks[k].start == toks[k - 1].end \
        and toks[k - 1].text.endswith("s") and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper()


def _part_in_parentheses(toks: list[_Tok], k: int) -> bool:
    """``(moderator)``, ``(keynote)`` at token ``k``: a part written in parentheses after a name."""
    return k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" \
        and (toks[k + 1].low in _ROLE_NOUNS or toks[k + 1].low in ("keynote", "panel", "host"))


def _closes_its_line(toks: list[_Tok], j: int, text: str) -> bool:
    """The words before token ``j`` end their line or item: the text's end, a bar or a semicolon, or a line
    break (after a full stop at most) comes next."""
    if j >= len(toks) or toks[j].text in ("|", ";"):
        return True
    if toks[j].text == "." and (j + 1 >= len(toks) or "\n" in text[toks[j].end:toks[j + 1].start]):
        return True
    return "\n" in text[toks[j - 1].end:toks[j].start]


def _plural_head(t: _Tok, ls: _Lists) -> str | None:
    """The singular of a title head written in the plural (``founders``, ``CEOs``, ``secretaries``)."""
    low = t.low
    if len(low) < 4 or not low.endswith("s") or low.endswith("ss"):
        return None
    for single, cut in ((low[:-3] + "y", 3), (low[:-1], 1), (low[:-2], 2)):
        # ("co-directors", "vice-chairs": a head's compound in the plural, its last part the head)
        compound = "-" in single and not t.text.split("-")[0].isupper() and single.rsplit("-", 1)[1] in ls.heads
        if (cut != 3 or low.endswith("ies")) and (single in ls.heads or compound):
            return t.text[:-cut] + ("y" if cut == 3 else "")
    return None


def _body_before_paren(toks: list[_Tok], k: int, text: str) -> tuple[str, Span] | None:
    """``ORG (TITLE NAME, …)`` / ``ORG (ALIAS, TITLE NAME)``: the body whose parentheses name its head, the title
    opening at ``k`` (as Korean releases write ``한빛협회(회장 김도윤)`` in English)."""
    p = k - 1
    if p >= 2 and toks[p].text == "," and toks[p - 1].text.isupper() and toks[p - 2].text == "(":
        p -= 2  # "(NIPA, President Park Yoon-kyu)": the body's initials first
    if p < 1 or toks[p].text != "(":
        return None
    o = p
    while o > 0 and p - o < 10 and (_capital(toks[o - 1]) or toks[o - 1].low in ("of", "and", "&", "for")):
        o -= 1
    while o < p and toks[o].low in ("of", "and", "&", "for"):
        o += 1
    words = toks[o:p]
    # (a company's word, or a company's post opening the parentheses: "Daon Tech (CEO Han Ji-min)")
    if not words or not any(t.low in ORG_WORDS or t.low in LEGAL_FORMS or t.text.isupper() and len(t.text) >= 2
                            or t.low in lists().company_words for t in words) \
            and not (k < len(toks) and toks[k].low in _COMPANY_POSTS and (o == 0 or toks[o - 1].text != "(")):
        return None
    return text[words[0].start:words[-1].end], Span(words[0].start, words[-1].end)


_COMPANY_POSTS = frozenset({"ceo", "cto", "coo", "cfo"})  # posts only a company's head holds


def _apposed_to_parts(toks: list[_Tok], first: int) -> bool:
    """The names from ``first`` are set beside the part they play, written in the plural with a determiner:
    ``The panelists, A and B, agreed``, ``Its two keynote speakers, A and B, …``."""
    k = first - 1
    if k < 2 or toks[k].text != "," or not toks[k - 1].low.endswith("s") or toks[k - 1].low[:-1] not in _ROLE_NOUNS:
        return False
    return any(t.low in ("the", "its", "their", "our", "his", "her") or t.text.endswith(_POSSESSIVE)
               for t in toks[max(0, k - 5):k - 1])


# words before a head that name a body of their own, not the colleague's: "union organizer", "city councilman"
_OWN_BODY_MODIFIERS = frozenset({"union", "city", "county", "state", "party", "campaign", "school"})


def _org_of_the_one_before(toks: list[_Tok], i: int, before: EnMention) -> tuple[str, Span] | None:
    """``ORG TITLE A and TITLE B``: the organization written before the first title is the second's too, when
    the second's title (of title words alone, right before the name at ``i``) follows ``and`` right after A."""
    ls = lists()
    k = i
    while k > 0 and i - k < 4 and _is_title_word(toks[k - 1], ls) and toks[k - 1].low not in ("and", "&") \
            and toks[k - 1].low not in ls.honorifics and toks[k - 1].low not in ("professor", "prof"):
        k -= 1  # (a professor's or an honorific's holder is no colleague by the words: "… and Professor Tom Reed")
    # (a trade or a union before the head is one's own: "… and welding instructor Joe Alvarez", "and union organizer")
    if k == i or k < 2 or toks[k - 1].low not in ("and", "&") or toks[k - 2].end != before.span.end \
            or any(t.low in _OWN_BODY_MODIFIERS for t in toks[k:i]) \
            or not _is_head(toks[i - 1], ls) or toks[i - 1].low in ls.occupations:
        return None  # (not "… and journalist Kara Swisher": an occupation of one's own, no colleague's post)
    if before.org is None or before.org_span is None or before.title is None or before.org_span.end > before.span.start:
        return None  # (the organization must have been written before the first one's title and name)
    return before.org, before.org_span


_TITLE_GAP = 80  # characters an honorific and spacing may take between a title read before a name and the name


def _the_ones_before(found: list[EnMention], text: str, title: str, at: int) -> bool:
    """A title of listed fields (a comma or "and" inside) read before the name at ``at`` that opens right
    after the comma closing the name before: that name's post, whose last words are no name."""
    if "," not in title and " and " not in title:
        return False
    start = text.rfind(title, max(0, at - len(title) - _TITLE_GAP), at)  # (bounded: the title stands right before)
    if start < 0 or any(c in ",;:" for c in text[start + len(title):at]):
        return False  # ("A, chairman and CEO of X; and B, chairman and CEO of Y": the same post of the one before)
    k = len(text[:start].rstrip(" \t"))
    return k > 0 and text[k - 1] == "," and any(m.span.end == k - 1 for m in found[-3:])


def _title_start(toks: list[_Tok], i: int) -> int:
    """Where the words before the name at ``i`` that may be its organization and title begin (``Crain's
    Detroit reporter`` in ``moderated by Crain's Detroit reporter Jill Baker``)."""
    ls = lists()
    k = i
    while k > 0 and i - k < 6 and (_capital(toks[k - 1]) or _is_title_word(toks[k - 1], ls)) \
            and toks[k - 1].low not in ("by", "from", "with"):
        k -= 1
    return k


def _plural_title_of_list(toks: list[_Tok], i: int, j: int, ls: _Lists,
                          text: str) -> tuple[str, str | None, Span | None] | None:
    """``Professors A and B``, ``startup founders A (X) and B (Y)``: a title in the plural before a list
    of names is each one's title; an organization in parentheses after a name is that name's."""
    first = _list_start(toks, i)
    if first != i and _plural_head(toks[first], ls) is not None:
        first += 1  # the walk back over capitals took the title too
    if first == i or first == 0 or _plural_head(toks[first - 1], ls) is None or not _is_name_part(toks[first], ls):
        return None  # "Representatives from Government, Business, and Academia": no names follow the title
    shared = _title_before(toks, first, ls, text)
    paren = _paren_org(toks, j, text)
    return (shared[0], *paren) if shared and paren else shared


_POST_MODIFIERS = frozenset({"emeritus", "emerita", "emeriti", "elect", "designate", "general"})
# the degrees a student or a candidate reads for, written before the post ("PhD student", "MBA candidate")
_DEGREE_WORDS = frozenset({"phd", "ph.d.", "ph.d", "dphil", "mba", "msc", "m.sc.", "bsc", "b.sc.", "master's", "masters",
                      "doctoral", "postdoctoral", "undergraduate", "graduate"})
# plurals that name bodies as often as people: "partners Bosch Rexroth and Trumpf", "members Nimbus and Orion"
_BODY_PLURALS = frozenset({"partners", "members", "associates", "affiliates"})


def _one_word_item(toks: list[_Tok], i: int) -> bool:
    """A list that opens at ``i`` holds an item of one capitalised word (``…, Trumpf and …``): no person's
    full name."""
    n, size = i, 0
    for _t in range(_MAX_LIST_ITEMS * _MAX_ITEM):
        if n >= len(toks) or toks[n].text in (".", ";", ":") or not (_capital(toks[n]) or toks[n].text == ","
                                                                   or toks[n].low in ("and", "&")):
            break
        if toks[n].text == "," or toks[n].low in ("and", "&"):
            if size == 1:
                return True
            size = 0
        else:
            size += 1
        n += 1
    return size == 1


def _initials_in_parens_before(toks: list[_Tok], o: int) -> bool:
    """``(AWS)`` stands right before ``o``, after a capitalised word: an organization's initials inside or after its
    name."""
    return o >= 4 and toks[o - 1].text == ")" and toks[o - 3].text == "(" and toks[o - 2].text.isupper() \
        and _capital(toks[o - 4])


def _postnominal_of_a_name(toks: list[_Tok], k: int, ls: _Lists) -> bool:
    """The letters at ``k`` close the two-word name before them (``Jonathan Reynolds MP and Professor …``), not a
    title joined to the next (``Nimbus Works MD and founder``: a company's word before them)."""
    return toks[k].text in ls.postnominals and k >= 2 and _judge_name_part(toks[k - 1].text, ls) \
        and _judge_name_part(toks[k - 2].text, ls)


# the public offices whose holders news names by one name (Indian and Indonesian usage): "Chief Minister
# Siddaramaiah", "President Prabowo"
_MONONYM_OFFICES = frozenset({"minister", "president", "governor", "premier", "chancellor", "mayor", "secretary",
                              "speaker", "ambassador", "commissioner", "senator",
                              # ("Professor Müller welcomed the guests": a scholar by the surname, as with "Prof.")
                              "professor"})


def _mononym_office(toks: list[_Tok], i: int, j: int, ls: _Lists, text: str
                    ) -> tuple[str, str | None, Span | None] | None:
    """The office before a name of one word that acts or is described next (``Chief Minister Siddaramaiah
    inaugurated``, ``Governor Khofifah, who …``): a word shaped as a name that no list knows as anything else."""
    t = toks[i]
    if not (len(t.text) >= 4 and t.text.isalpha() and t.text[0].isupper() and t.text[1:].islower() and j < len(toks)) \
            or t.low in ls.not_names or t.low in ls.name_also or t.low in ls.places or t.low in ls.company_words \
            or t.low in ORG_WORDS or t.low in ls.heads or t.low in WEEKDAYS or t.low in MONTHS or _is_title_word(t, ls):
        return None  # ("The Minister Counsellor said": a post's own words, not a name)
    nxt = toks[j]
    # ("Chief Minister Siddaramaiah on Thursday inaugurated …": the day between the name and its verb)
    when = nxt.low == "on" and j + 1 < len(toks) and (toks[j + 1].low in WEEKDAYS or toks[j + 1].low.rstrip(".") in MONTHS)
    if not (nxt.text == "," or nxt.text in ("'s", "’s") or when
            or nxt.text.islower() and nxt.low not in _NOT_AFTER_MONONYM):
        return None
    got = _title_before(toks, i, ls, text)
    if got is None or got[0].split()[-1].lower() not in _MONONYM_OFFICES:
        return None
    return got


_NOT_AFTER_MONONYM = frozenset({"of", "and", "for", "at", "in", "on", "to", "&"})  # more of a name: "Minister of …"


# the words no unit's name holds: articles, joiners and prepositions
_NO_UNIT_WORDS = frozenset({"the", "a", "an", "and", "of", "by", "with", "from", "for", "at", "in", "on", "to", "as"})


_ROMANISED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Young-hyun", "Kyung-hoon": a Korean given name's two syllables


# the offices a place has, written after its name: "New Jersey Governor", "Ontario Premier"
_PLACES_OFFICES = frozenset({"governor", "mayor", "premier", "minister", "president", "secretary", "commissioner",
                             "senator", "lieutenant-governor"})
# the words that open a place's name before a word the lists know: "New Jersey", "North Rhine", "San Luis"
_PLACE_NAME_OPENERS = frozenset({"new", "north", "south", "east", "west", "upper", "lower", "san", "santa", "saint",
                                 "st.", "los", "las", "el", "la", "nuevo"})
# a local government's word that opens its office and ends its place's name: "City Mayor", "County Executive"
_LOCAL_OFFICE_OPENERS = frozenset({"City", "County", "Township", "Borough", "Prefecture", "Province"})


def _place_before_its_office(org_toks: list[_Tok], first: _Tok, head: _Tok, ls: _Lists) -> bool:
    """The words before a title are a place's name, not a body's: one to three capitalised words, no body's,
    company's or legal form's word among them, before a local government's office that ends the place's name
    (``Salt Lake City Mayor``, ``Lake County Executive``), or a region the lists know, of two words, before an
    office a place has (``Nuevo León Governor``, ``New Jersey Governor``)."""
    words = [t.text for t in org_toks]
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words) \
            or any(w.lower() in ORG_WORDS or w.lower() in LEGAL_FORMS or w.lower() in ls.company_words for w in words):
        return False
    return first.text in _LOCAL_OFFICE_OPENERS and first is not head \
        or head.low in _PLACES_OFFICES and org_toks[-1].low in ls.places \
        and all(t.low in ls.places or t.low in _PLACE_NAME_OPENERS for t in org_toks)


# a chief's post by its initials, which hold the "chief" a field word would follow ("Chief Digital Officer")
_CHIEF_INITIALS = frozenset({"CEO", "CTO", "CFO", "COO", "CIO", "CDO", "CMO", "CSO", "CPO", "CRO", "CISO", "CAIO"})


def _title_before(toks: list[_Tok], i: int, ls: _Lists, text: str) -> tuple[str, str | None, Span | None] | None:
    """``Trade Minister NAME``, ``Acme Robotics Managing Director NAME``, ``Delta's CEO NAME``,
    ``the Korea chair at CSIS, NAME``."""
    k = i - 1
    if k < 0:
        return None
    title_end = k
    if k > 1 and toks[k].text == "." and toks[k - 1].end == toks[k].start and "." in toks[k - 1].text \
            and _INITIALS.fullmatch(toks[k - 1].text):
        k -= 1  # "Ambassador to the U.S. Ana Vale": a place's initials end the title, their last dot with them
    if toks[k].low in _POST_MODIFIERS and k > 0 and _is_head(toks[k - 1], ls):
        k -= 1  # "Ridge University professor emeritus Ana Vale": a modifier after the head stays in the title
    if toks[k].low in ("speaker", "speakers") and k > 0 and toks[k - 1].low in _SPEAKER_PARTS:
        return None  # "Keynote speaker Jane Roe", "Guest speakers A and B", "The first speaker, A": a part, no title
    if toks[k].low in ("speaker", "speakers") and toks[k].text.islower() and not (k > 0 and _capital(toks[k - 1])):
        return None  # "At the forum, speakers A and B argued …": a part in lower case (not "House speaker A")
    plural = _plural_head(toks[k], ls)  # "startup founders Liam Walsh and Hana Kim": each is a founder
    if plural is not None and toks[k].low in _BODY_PLURALS and _one_word_item(toks, i):
        return None  # "the industrial partners Bosch Rexroth and Trumpf": a list of bodies, one a single word
    if plural is not None and k == i - 1 and toks[k].text.islower():
        past = i
        while past < len(toks) and past - i < _MAX_NAME and _is_name_part(toks[past], ls):
            past += 1
        past = _past_of_org(toks, _past_paren(toks, past))  # ("founders A (X) and B (Y)", "founders A of X and B")
        if _list_end(toks, past) == past:
            return None  # "Lake City hosts Dreams Come True summit": a verb, no plural title of one name
    field: list[_Tok] = []  # the capitalised words after "HEAD of", when the head is found through them
    if not _is_head(toks[k], ls) and plural is None:
        head = _head_before_portfolio(toks, k, ls)  # "GM's vice president of manufacturing engineering Dana Ross"
        if head is None:
            return None
        if toks[head + 1].low == "of" and all(_capital(t) for t in toks[head + 2:k + 1]):
            field = toks[head + 2:k + 1]
        k = head
    j = k
    lower = toks[k].text.islower()  # "LG AI Research head": capitalised words before a lower-case head are its org
    while j > 0 and k - j < 4:
        w = toks[j - 1]
        if w.low in ("and", "&", "/") and j > 1 and _postnominal_of_a_name(toks, j - 2, ls):
            break  # "Jonathan Reynolds MP and Professor Dame Lynn Gladden": the letters close the name before
        if w.low in ("and", "&", "/") and j > 1 and (_is_head(toks[j - 2], ls) or _plural_head(toks[j - 2], ls)) \
                and k - j < 3:
            j -= 2  # "Nimbus Works CEO and founder Tom Reed", "founder/CEO": two titles joined, whatever their case
            continue
        if w.text == "Institute" and toks[k].text == "Professor" and j > 1 and k - j < 2 \
                and (_known_organization(toks, j - 2, j - 1, text) or _known_org_ends(toks, j - 1, text)):
            j -= 1  # "MIT Institute Professor NAME": an institute's own rank of professor after its known name
            continue
        if w.text == "State" and j > 1 and _capital(toks[j - 2]) and toks[j - 2].low not in ls.honorifics \
                and toks[k].low in _CAMPUS_HEADS:
            break  # "Penn State President Ana Vale", "Wayne State provost": a university ("State Sen." is an office)
        if j == k and toks[k].text in _CHIEF_INITIALS and w.text[:1].isupper() and w.low in ls.fields and j > 1 \
                and _capital(toks[j - 2]) and not _is_title_word(toks[j - 2], ls):
            break  # "Kongsberg Digital CEO": a field before a chief's initials ends the company's name, no title's
        if _is_title_word(w, ls) and not (lower and not w.text.islower() and j - 1 > 0) \
                and not (w.text[:1].isupper() and not _is_head(w, ls) and _known_org_ends(toks, j, text)) \
                and not (w.text == "International" and j >= 2 and _capital(toks[j - 2])
                         and not _is_title_word(toks[j - 2], ls)) \
                and not _field_ending_a_name(toks, j, ls) \
                and not (w.text[:1].isupper() and not _is_head(w, ls) and j >= 2
                         and (toks[j - 2].low in ("of", "for")
                              # ("Research and Technology Director": two title words joined stay the title)
                              or toks[j - 2].low in ("and", "&") and j >= 3 and not _is_title_word(toks[j - 3], ls))):
            j -= 1  # (not "Korea Institute for Advancement of Technology President": the organization's last word;
            # nor "Magna International CEO": a business's last word after its name, as in SRI International)
        elif j > 1 and w.text.isalpha() and (w.text.islower() or w.text.isupper() and len(w.text) <= 4) \
                and w.low not in _COPULAS and w.low not in _AUXILIARIES \
                and _is_title_word(toks[j - 2], ls) and toks[j - 2].low not in ("and", "&", "of") \
                and (toks[j - 2].text.islower() or not lower) \
                and not (toks[j - 2].low in _QUALIFIERS and w.text.isupper() and len(w.text) >= 3
                         and w.low not in ls.fields and not _is_title_word(w, ls)):
            # (not "former NASA engineer Cady Coleman": a body's initials after a qualifier, the body)
            j -= 1  # "chief data officer", "chief AI officer": a word between title words belongs to the title
            # (not a verb: "The keynote speaker was designer Ana Vale")
        elif not lower and (m := _capital_title_gap(toks, j, ls)) is not None \
                and not _known_organization(toks, m, j, text):
            j = m  # "Chief Digital Officer", "Chief Information Security Officer": the field between title words
            # (not "General Motors President": a well-known body's name that opens with a title's word)
        elif lower and w.text.islower() and w.low in ls.fields and j > 1 \
                and (_capital(toks[j - 2]) or toks[j - 2].text.islower() and toks[j - 2].low in ls.fields
                     or toks[j - 2].text == "." and j > 2 and toks[j - 3].low in LEGAL_FORMS  # ("Ford Motor Co.")
                     or j == k and plural is None and toks[j - 2].low in _LIST_OPENERS):  # ("including software lead NAME")
            j -= 1  # "Seoul National University mechanical engineering professor NAME": the field is the title's
        elif w.low in _DEGREE_WORDS and j == k:
            j -= 1  # "Stanford PhD student NAME", "MIT Ph.D. candidate NAME": the degree read for is the title's
        elif w.text.islower() and w.low in _OFFICE_KINDS and toks[j].low in _EVENT_CHAIRS:
            j -= 1  # "conference chair Professor NAME": the event's own office, in lower case, before another title
        else:
            break
    while j < k and toks[j].low in ("and", "&", "of"):
        j += 1  # "…, and Provost James Whitfield": the joiner is no part of the title
    # ("foundry business head X": a unit's noun the walk took as a title's word, a field word before it)
    unit = j - 1 if j > 1 and toks[j - 1].low in _UNIT_NOUNS and toks[j - 1].text.islower() \
        else j if 0 < j < k and toks[j].low in _UNIT_NOUNS and toks[j].text.islower() and toks[j - 1].text.isalpha() \
        and toks[j - 1].text.islower() and toks[j - 1].low not in _NO_UNIT_WORDS else None
    if unit is not None:
        # "Samsung Electronics Device Solutions division head X", "Ridge Institute robotics team lead X": the
        # unit's head (with a field word or two), the organization before it
        # (not "Moderated by center director X": a preposition ends the unit's words)
        u = unit
        while u > 1 and unit + 1 - u < 3 and toks[u - 1].text.isalpha() and toks[u - 1].text.islower() \
                and toks[u - 1].low not in _NO_UNIT_WORDS:
            u -= 1
        if u > 0 and (_capital(toks[u - 1]) or u > 1 and toks[u - 1].text in ("'", "’") and _capital(toks[u - 2])):
            j = u  # (or a plural's possessive: "Samsung Electronics' memory business head X")
    if j > 1 and toks[j - 1].text.isalpha() and toks[j - 1].text.islower() and toks[j - 1].low not in _NOT_PORTFOLIO \
            and (toks[j - 2].text.endswith(_POSSESSIVE) and _capital(toks[j - 2])
                 or j > 2 and toks[j - 2].text in ("'", "’") and toks[j - 3].text.endswith("s") and _capital(toks[j - 3])):
        j -= 1  # "SK Corporation's outside director Yoon Chi-won": a word between the owner and the title
        # (or a plural's possessive: "Samsung Electronics' semiconductor chief Jun Young-hyun")
    if j == k and j > 0 and toks[k].low in ("organizer", "organiser") and toks[j - 1].low in ORGANIZERS_OF_PEOPLE:
        j -= 1  # "Community organiser Ana Vale": what is organized is the title's, in capitals too
    title_start = j
    if title_end == k and (toks[title_end].low in _MINISTER_HEADS
                           or toks[title_end].low in _PUBLIC_PORTFOLIO_HEADS and title_start == title_end
                           and _portfolio_before(toks, title_start, ls)):
        # ("Pennsylvania Labor Secretary Nancy Walker", "Texas Agriculture Commissioner Sid Miller": a state's
        # office by its portfolio, as a minister's is)
        # "Karnataka IT Minister Priyank Kharge", "Trade Minister Park": a minister's portfolio and country
        # are the title; a minister belongs to no organization written here
        o = title_start
        while o > 0 and title_start - o < 6 and (_capital(toks[o - 1]) or toks[o - 1].low in ("and", "&", ",")) \
                and not (toks[o - 1].low in ("and", "&", ",")
                         and any(t.text.endswith(_POSSESSIVE) for t in toks[o:title_start])) \
                and toks[o - 1].low not in ls.honorifics and toks[o - 1].text not in OPENERS \
                and toks[o - 1].low not in WEEKDAYS and toks[o - 1].low not in MONTHS:
            o -= 1  # (not "At a conference on Thursday, Science Minister Bae": a day is no portfolio)
        # "Science Minister Bae Kyung-hoon and Trade Minister Kim", "Ana Vale, CEO of Lake Corp, and Science
        # Minister Bae": another's title, name or organization before the joiner (a portfolio has none)
        joiners = [n for n in range(o, title_start) if toks[n].low in ("and", "&", ",")]
        if joiners and (any(_is_head(t, ls) or t.low.rstrip(".") in ORG_WORDS | LEGAL_FORMS
                            for t in toks[o:title_start])
                        # ("Industry Minister Agus Gumiwang Kartasasmita and Trade Minister X": the walk stopped at
                        # a title, so the words after it are its holder's name)
                        or o > 0 and (_is_head(toks[o - 1], ls) or toks[o - 1].low.rstrip(".") in ls.honorifics
                                      or o > 1 and toks[o - 1].text == "." and toks[o - 2].low in ls.honorifics)
                        or any(toks[n].low == "and" and n > o and toks[n - 1].text == "," for n in joiners)
                        # ("President Jun Young-hyun, Science Minister Bae": a romanised given name ends a name)
                        or any(n > o and _ROMANISED_GIVEN.fullmatch(toks[n - 1].text) for n in joiners)
                        # ("Ashwini Vaishnaw, Uttar Pradesh Chief Minister X": a comma inside a portfolio only before
                        # the "and" that ends its list, "Trade, Industry and Energy Minister")
                        or toks[joiners[-1]].text == "," and not any(t.low in ("and", "&")
                                                                     for t in toks[joiners[-1]:title_start])):
            o = joiners[-1] + 1
        # ("Speaking from Paris, French digital minister Clara Chappaz": the place one speaks from, then the comma)
        placed = [n for n in joiners if toks[n].text == "," and n > o and toks[n - 1].low in ls.places]
        if placed:
            o = placed[-1] + 1
        while o < title_start and toks[o].low in ("and", "&", ","):
            o += 1
        if o >= 2 and o < title_start and toks[o - 1].low == "of" and toks[o - 2].low in ("ministry", "department") \
                and toks[o - 2].text[:1].isupper():
            # "Ministry of Science and ICT Vice Minister Ryu Kwang-jun": the ministry by its name, then the title
            return (text[toks[title_start].start:toks[title_end].end], text[toks[o - 2].start:toks[title_start - 1].end],
                    Span(toks[o - 2].start, toks[title_start - 1].end))
        if o == title_start - 1 and _ministry_initials(toks[o], text):
            # "METI Vice Minister Takeshi Yamada", "MOTIE Minister X": the ministry by its initials
            return (text[toks[title_start].start:toks[title_end].end], toks[o].text, Span(toks[o].start, toks[o].end))
        return text[toks[o].start:toks[title_end].end], None, None
    # "The company's CTO, Tom Reed": a kind word owning the title refers back to an organization of that kind
    if j >= 2 and toks[j - 2].low == "the" and (kind := _owning_kind(toks[j - 1])) is not None:
        return text[toks[title_start].start:toks[title_end].end], *kind
    if j >= 1 and toks[j - 1].text.islower() and toks[j - 1].low in _MEMBER_BODIES \
            and (j < 2 or toks[j - 2].low not in ("a", "an")):
        # "association chairman Ana Vale": the kind word refers back to the article's body of that kind
        return text[toks[title_start].start:toks[title_end].end], toks[j - 1].low, Span(toks[j - 1].start, toks[j - 1].end)
    if j >= 1 and toks[j - 1].low in _OWNERS:  # "Finch Dynamics and its CEO Sara Lindgren"
        return text[toks[title_start].start:toks[title_end].end], *(_owner_of_its(toks, j - 1, ls, text) or (None, None))
    announced = _announcing_body(toks, j, ls, text)
    if announced is not None:
        # "Sight Machine, the leader in …, today announced that CEO Jon Sobel will …": the body's own post
        return text[toks[title_start].start:toks[title_end].end], text[announced.start:announced.end], announced
    if j >= 4 and toks[j - 1].low == "by" and toks[j - 2].low in _BY_PARTICIPLES and toks[j - 3].text == "," \
            and (hung := _run_ending(toks, j - 3, _sentence_start(toks, j), ls)) is not None:
        # "Lattice Bio, represented by co-founder Ana Vale": the body the phrase hangs on, whose post it is
        return text[toks[title_start].start:toks[title_end].end], text[hung.start:hung.end], hung
    # a capitalised organisation before the title, possibly possessive: "Delta's CEO"
    o = j
    if o > 1 and toks[o - 1].text in ("'", "’") and toks[o - 2].text.endswith("s"):
        o -= 1  # "Samsung Electronics' President": a plural's possessive
    elif o > 1 and toks[o - 1].text == "." and toks[o - 2].low in LEGAL_FORMS:
        o -= 1  # "Ford Motor Co. chief data officer"
    elif _initials_in_parens_before(toks, o) and toks[o - 2].text.isalpha():
        o -= 3  # "Pohang University of Science and Technology (POSTECH) professor X": the name before its initials
    org_end = o
    while o > 0 and (_capital(toks[o - 1]) or toks[o - 1].text == "&"  # "iRobot founder Colin Angle"
                     # ("U.S. Chamber Senior Vice President …": a country's initials, their last stop a token)
                     # (a body's word after them: not "U.K. Trade Envoy", "U.S. Senator")
                     or toks[o - 1].text == "." and 1 < o < org_end and "." in toks[o - 2].text
                     and _INITIALS.fullmatch(toks[o - 2].text) is not None and any(_body_word(t, ls) for t in toks[o:org_end])
                     # ("ACMEE 2026 chairman Ana Vale": an event's name with its year, whose office the post is)
                     or o == org_end and o > 1 and _YEAR.fullmatch(toks[o - 1].text) is not None and _capital(toks[o - 2])
                     and toks[o - 2].text not in OPENERS and toks[o - 2].low not in ls.not_names
                     and toks[o - 2].low not in _ORG_STOPS and toks[o - 2].low not in MONTHS
                     # ("UAW Region 1 director Ana Vale", "Local 600 president": a unit's number in its name)
                     or o == org_end and o > 1 and re.fullmatch(r"\d{1,3}", toks[o - 1].text) is not None
                     and _capital(toks[o - 2]) and toks[o - 2].text not in OPENERS and toks[o - 2].low not in MONTHS
                     and toks[o - 2].low not in _ORG_STOPS
                     or _brand_tail(toks, o - 1, [toks[o - 2]] if o > 1 else [])
                     or _inner_joiner(toks, o - 1, org_end)) and org_end - o < 8 \
            and (toks[o - 1].low not in ls.honorifics
                 # ("Hon Hai Research Institute director …", "Justice Department official …": a word shaped like an
                 # honorific, with no full stop, opening a body's name of two words or more)
                 or toks[o - 1].text[-1:] != "." and toks[o].text != "."
                 and (org_end - o >= 2 or toks[o].low in ls.company_words or toks[o].low in ORG_WORDS)
                 and _capital(toks[o - 1]) and toks[o - 1].text[1:].islower()) \
            and toks[o - 1].low not in ("the", "a", "an") \
            and not (toks[o - 1].low in ("and", "&") and o >= 3 and _postnominal_of_a_name(toks, o - 2, ls)):
        o -= 1
        if _initials_in_parens_before(toks, o) and org_end - o < 6:
            o -= 3  # "Amazon Web Services (AWS) Korea chief …": the initials inside the name
    while o < org_end and not (_capital(toks[o]) or _brand_tail(toks, o, [toks[o - 1]] if o else [])):
        o += 1  # a joiner the walk ended on is no part of the name
    if o < org_end and toks[o].low in _PERSON_TAKING_VERBS and (o == 0 or toks[o - 1].text in ".,;:\"“("):
        o += 1  # "Joining Siemens Digital Industries CEO Cedrik Neike on stage was …": the participle that takes him
    if o < org_end and toks[o].text in _TO_THE_READER and toks[k].low in _PRESS_HEADS \
            and (o == 0 or toks[o - 1].text in ".,;:\"“("):
        o += 1  # "Contact reporter Sam Reed at …": the reader is asked to write, no body named
    # ("Boston Dynamics CEO …": a company's ending after the place makes it an organization's name)
    named = any(t.low.rstrip(".") in ORG_WORDS or t.low.rstrip(".") in LEGAL_FORMS or t.low in ls.company_words
                or t.text in _OUTLET_WORDS for t in toks[o:org_end])  # ("Korea Times President-Publisher …")
    if o == 0 and o < org_end and toks[0].low in ls.not_names and not named \
            and all(t.low in ls.not_names or t.low in ls.portfolio_words for t in toks[1:org_end]) \
            and not any(t.text in _LOCAL_OFFICE_OPENERS for t in toks[1:org_end]) \
            and not (org_end >= 2 and _named_elsewhere(text, toks[0].start, toks[org_end - 1].end, ls)):
        # "Chicago Mayor …": a place opening the sentence (but "Seoul National University professor …", and a
        # place with a name after it, "Busan Techno Park President …", "Korean Air CEO …", and a region's name
        # ending in its kind, "Gyeonggi Province Vice Governor …", as it is read inside a sentence)
        o = 1
    if o == org_end == 1 and toks[0].low in ls.not_names and toks[0].text not in OPENERS and toks[0].text[:1].isupper() \
            and toks[0].text not in _TO_THE_READER:
        title_start = 0  # "Chicago Mayor Rahm Emanuel, …" opening the sentence: the place is part of the title
    lead = o
    written_from = o  # where the words before the title begin, as written
    while not named and lead < org_end and toks[lead].low in ls.modifiers and toks[lead].low not in ("and", "&", "of"):
        lead += 1  # "Emeritus Stanford Professor": the modifier belongs to the title, not the organization
    title = text[toks[title_start].start:toks[title_end].end]
    if plural is not None and title_end == k:
        title = title[:len(title) - len(toks[k].text)] + plural
    if lead > o:
        title = " ".join([t.text for t in toks[o:lead]] + [title])
        o = lead
    if o < org_end:
        org_toks = list(toks[o:org_end])
        if len(org_toks) > 1 and org_toks[0].low in _QUALIFIERS:
            title = f"{org_toks.pop(0).text} {title}"  # "Former Kestrel Labs executive": a former executive
        if org_toks and org_toks[-1].text in ("'", "’", "."):
            org_toks.pop()
        possessed = bool(org_toks) and org_toks[-1].text.endswith(("'s", "’s"))  # "Britain's …"
        if org_toks and org_toks[-1].text.endswith(("'s", "’s")):
            org_toks[-1] = _tok(org_toks[-1].text[:-2], org_toks[-1].start, org_toks[-1].end - 2)
        owner_end = o - 1 if o > 1 and toks[o - 1].text in ("'", "’") and toks[o - 2].text.endswith("s") \
            else o if o > 0 and toks[o - 1].text.endswith(_POSSESSIVE) else None
        if owner_end is not None and all(t.low in ls.regions for t in org_toks):
            # "Applied Materials' Korea head Kim Tae-ho", "Micron's Asia chief X": the region is the title's,
            # the owner before it the organization
            back = owner_end
            while back > 0 and _capital(toks[back - 1]) and owner_end - back < 6 \
                    and toks[back - 1].low not in ls.honorifics:
                back -= 1
            if back < owner_end:
                name_end = toks[owner_end - 1].end - (2 if toks[owner_end - 1].text.endswith(_POSSESSIVE) else 0)
                return (text[org_toks[0].start:toks[title_end].end], text[toks[back].start:name_end],
                        Span(toks[back].start, name_end))
        cut_at = next((n for n in range(len(org_toks) - 1) if org_toks[n].text.endswith(_POSSESSIVE)), None)
        # (a region or a country: "Crain's Detroit reporter" is a paper's name, a city in it; a city before any
        # other post is where the post is held: "Micron's Singapore managing director"; "Kakao's AI head": a
        # field in capitals, two or three letters, is the title's)
        if cut_at is not None and all(t.low in ls.regions or re.fullmatch(r"[A-Z]{2,3}|R&D", t.text)
                                      or t.low in ls.places and toks[k].low not in _PRESS_HEADS
                                      for t in org_toks[cut_at + 1:]):
            owner_toks = org_toks[:cut_at + 1]  # "Micron's Asia chief Ana Vale": the owner, then the region
            name_end = owner_toks[-1].end - 2
            return (text[org_toks[cut_at + 1].start:toks[title_end].end], text[owner_toks[0].start:name_end],
                    Span(owner_toks[0].start, name_end))
        if len(org_toks) == 1 and (org_toks[0].low in ls.not_names or org_toks[0].low in ls.places
                                   # ("Indiana Secretary of Commerce X": a state named like a person, before its office)
                                   or org_toks[0].low in ls.states and toks[k].low in _STATE_OFFICE_HEADS) \
                or possessed and len(org_toks) <= 3 and all(t.low in ls.places for t in org_toks) \
                or _place_before_its_office(org_toks, toks[title_start], toks[k], ls):
            # "Chicago Mayor Rahm Emanuel": a place in the title; "Vice Industry Minister": in the order written
            # ("Britain's Secretary of State for Science", "South Korea's trade minister": a country owns no post)
            return text[toks[written_from].start:toks[title_end].end], None, None
        return title, text[org_toks[0].start:org_toks[-1].end], Span(org_toks[0].start, org_toks[-1].end)
    if field and toks[k].low not in _PORTFOLIO_HEADS | _ENVOYS | _ENDOWED | {"governor", "mayor"} and (
            any(t.low.rstrip(".") in ORG_WORDS | LEGAL_FORMS for t in field)
            or len(field) >= 2 and not all(t.low in ls.portfolio_words or t.low in ls.not_names for t in field)):
        # "CEO of Acme Robotics Jane Roe": the head's organization after "of" (a minister's portfolio, a
        # professor's field and "Director of Research" stay titles)
        return (text[toks[title_start].start:toks[k].end], text[field[0].start:field[-1].end],
                Span(field[0].start, field[-1].end))
    return title, None, None


def _named_elsewhere(text: str, start: int, end: int, ls: _Lists) -> bool:
    """The words ``text[start:end]`` (a place and a portfolio's word: ``Asia Economy``) stand elsewhere in the
    text with no title after them (``Asia Economy held its forum …``): a body's name, not a minister's portfolio."""
    words = text[start:end]
    for m in re.finditer(rf"(?<![\w'’]){re.escape(words)}(?![\w'’])", text):
        if m.start() == start:
            continue
        after = re.match(r"\s+([A-Za-z][\w\-]*)", text[m.end():m.end() + 40])
        if after is None or after.group(1).lower() not in ls.heads and after.group(1).lower() not in ls.modifiers:
            return True
    return False


def _ministry_initials(t: _Tok, text: str) -> bool:
    """A word in capitals that names a body by its initials: four letters or more (METI, MOTIE, MSIT), or
    fewer that the article gives after a name in parentheses ("… Ministry of Science and ICT (MSIT)"); a
    country's two or three letters (US, UK, UAE) give a minister's country, no body."""
    if not (t.text.isupper() and t.text.isalpha() and len(t.text) >= 2):
        return False
    return len(t.text) >= 4 or re.search(rf"\w\s*\(\s*{re.escape(t.text)}\s*\)", text) is not None


def _inner_joiner(toks: list[_Tok], j: int, org_end: int) -> bool:
    """``of``/``for`` between capitalised words of an organization written before a title (``Federation of
    Korean Industries Chairman``); ``and`` only after an ``of`` (``Korea Chamber of Commerce and Industry
    Chairman``), so that ``Jay Timmons and Microsoft CEO`` stays two."""
    if j < 1 or j + 1 >= org_end or not _capital(toks[j - 1]) or not _capital(toks[j + 1]):
        return False
    if toks[j].low in ("of", "for"):
        return True
    if toks[j].low in ("and", "&") and known_joined_body(toks[j - 1].text, toks[j + 1].text):
        return True  # "Ernst and Young partner …", "Procter & Gamble CEO …": a known firm's two names joined
    ls = lists()
    if toks[j].low == "and" and (toks[j - 1].low in ls.portfolio_words or toks[j - 1].low in ls.fields) \
            and toks[j - 1].low not in ORG_WORDS and toks[j - 1].low not in ls.company_words \
            and any(t.low in ORG_WORDS and _capital(t) for t in toks[j + 1:min(org_end, j + 4)]) \
            and not any(t.low in ("of", "for") or t.text.endswith(_POSSESSIVE) for t in toks[max(0, j - 4):j]) \
            and not (toks[org_end - 1].text.endswith(_POSSESSIVE) or org_end < len(toks) and toks[org_end].text in ("'", "’")):
        return True  # "Korea Maritime and Ocean University President …": two fields of one body, its kind after them
    # (the "of" after an organization's word: not "Ana Vale of Lake Corp and Rock Inc's chief engineer")
    # (a place closes the name before "and": "Democratic Party of Korea and KAIST President …" are two)
    # (an owner's possessive on each side of "and" makes two owners: "from KAIST's Graduate School of AI and Naver
    # Cloud's head of AI X")
    # (a body's name after "and", opening with a place or holding a body's word, is another body: "Lee Wong of the
    # Department of Commerce and Atlanta AI Collective founder Dana Brooks")
    after = toks[j + 1:org_end]
    another = not any(t.low == "of" for t in after) \
        and (after[0].low in ls.places or any(t.low.rstrip(".") in ORG_WORDS or t.low.rstrip(".") in LEGAL_FORMS
                                              or t.low in ls.company_words for t in after))
    return toks[j].low in ("and", "&") and toks[j - 1].low not in lists().places and not another \
        and any(t.low in ("of", "for") and n > 0 and toks[n - 1].low in ORG_WORDS
                for n, t in enumerate(toks[:j - 1]) if n >= j - 3) \
        and not ((toks[org_end - 1].text.endswith(_POSSESSIVE) or org_end < len(toks) and toks[org_end].text in ("'", "’"))
                 and any(t.text.endswith(_POSSESSIVE) for t in toks[max(0, j - _POSSESSIVE_REACH):j]))


_POSSESSIVE_REACH = 6  # tokens before an "and" an owner's possessive is looked for in


_GAP_OPENERS = frozenset({"chief", "vice", "deputy", "senior", "executive", "managing", "associate", "assistant",
                          "principal", "general"})


def _capital_title_gap(toks: list[_Tok], j: int, ls: _Lists) -> int | None:
    """Index of the title word that opens a capitalised title whose field words (one or two) stand right
    before token ``j``: ``Chief Digital Officer`` with ``j`` at ``Officer`` gives ``Chief``."""
    for m in (j - 2, j - 3):
        if m < 0:
            return None
        gap = toks[m + 1:j]
        if toks[m].low in _GAP_OPENERS and toks[m].text[:1].isupper() and _is_title_word(toks[m], ls) \
                and all(t.text.isalpha() and t.text[:1].isupper() and not _is_head(t, ls) for t in gap):
            return m
    return None


# the heads of posts at a university, after which "X State" is the university's short name, not a state's office
_CAMPUS_HEADS = frozenset({"president", "provost", "chancellor", "professor", "dean", "researcher", "scientist",
                           "lecturer", "student", "coach", "alumnus", "alumna"})


# the level an office is held at, written before its abbreviation ("State Sen. Jay Costa", "U.S. Rep. Ana Vale")
_OFFICE_LEVELS = frozenset({"state", "federal", "u.s.", "us", "county", "city", "provincial", "national"})


def _government_after(toks: list[_Tok], end: int, ls: _Lists, text: str) -> tuple[str, Span] | None:
    """``, Government of India`` after a minister's post: the government whose post it is."""
    segment = _org_segment_after(toks, end, ls, text)
    return segment if segment is not None and re.match(r"(?:the\s+)?Government\b", segment[0]) else None


def _office_before(toks: list[_Tok], h: int, text: str, *, organization: bool = False, last: int | None = None
                   ) -> tuple[str, str | None, Span | None] | None:
    """``People Power Party Rep.``, ``Democratic Sen.``: an office written as an abbreviation, with the
    party or body before it, is the person's title and organization (``organization``: the words
    before must hold an organization's head noun, as for ``Seoul National University Prof.``)."""
    o = h
    while o > 0 and h - o < 6 and (_capital(toks[o - 1]) or toks[o - 1].text == "&" and o < h) \
            and toks[o - 1].text not in OPENERS:
        o -= 1
    # ("Former Ohio Gov. John Kasich", "former Ohio Gov. …": the marker of the past is the title's, no body's word)
    qualified = o if o < h and toks[o].low in _QUALIFIERS else o - 1 if o > 0 and toks[o - 1].low in _QUALIFIERS \
        and toks[o - 1].text.islower() and o < h else None
    if qualified is not None and qualified == o:
        o += 1
    # (an institution's initials alone name it too: "KAIST Prof. Kim", "MIT Prof. Reed"; a country's do not)
    initials = h - o == 1 and toks[o].text.isupper() and 2 <= len(toks[o].text) <= 8 \
        and toks[o].low not in lists().places
    if o == h or organization and not initials and not any(t.low in ORG_WORDS for t in toks[o:h]):
        return None
    if last is not None:  # the office runs over a chain of abbreviations ("Lt. Gov.")
        end = toks[last].end
    else:
        end = toks[h + 1].end if h + 1 < len(toks) and toks[h + 1].text == "." else toks[h].end
    if all(t.low in lists().places or t.low in lists().states or t.low in _OFFICE_LEVELS for t in toks[o:h]):
        # "Ohio Lt. Gov.": a state's office, as "Chicago Mayor" is a city's; "State Sen.", "U.S. Rep.": its level
        # (a state named like a person too: "Virginia Gov.")
        return text[toks[o if qualified is None else qualified].start:end], None, None
    office = text[toks[h].start:end] if qualified is None else f"{toks[qualified].text} {text[toks[h].start:end]}"
    return office, text[toks[o].start:toks[h - 1].end], Span(toks[o].start, toks[h - 1].end)


def _head_before_portfolio(toks: list[_Tok], k: int, ls: _Lists) -> int | None:
    """The title head of a ``head of/for portfolio`` phrase that ends at ``k`` right before a name: lower
    case (``vice president of manufacturing engineering``) or a capitalised ministry's portfolio
    (``Minister of Science and ICT``, ``First Vice Minister of Trade``), or None."""
    p = k
    joined = False  # "Minister of Trade, Industry and Energy": commas inside a portfolio that ends in "and …"
    while p > 1 and k - p < 10 and toks[k].low not in ("and", "&") and (_capital(toks[p]) or toks[p].low in ("and", "&") or toks[p].text == "," and joined
                                    or toks[p].low in ("of", "for") and p < k and _capital(toks[p + 1])
                                    # ("Commissioner for the Digital Economy Anna Weber", "Ambassador to
                                    # the Netherlands Choi Hyung-chan")
                                    or toks[p].low == "the" and p < k and _capital(toks[p + 1])
                                    and toks[p - 1].low in ("of", "for", "to")):
        # ("Minister of State for Electronics and Information Technology": an inner "of"/"for" too)
        joined = joined or toks[p].low in ("and", "&")
        if toks[p - 1].low in ("of", "for") and p - 2 >= 0 and toks[p - 2].text[0].isupper() \
                and (toks[p - 2].low in _MINISTERS or _is_head(toks[p - 2], ls) and k - p < 3):
            return p - 2  # ("Professor of Robotics Thomas Harris": any head with a short capitalised field)
        if toks[p - 1].low == "to" and p - 2 >= 0 and toks[p - 2].low in _ENVOYS and k - p < 3:
            return p - 2  # "Ambassador to Korea", "Special Envoy to South Korea" (at most three words after)
        p -= 1
    p = k
    while p > 1 and k - p < 5 and toks[p].text.isalpha() \
            and (toks[p].text.islower() or toks[p].text.isupper() and len(toks[p].text) <= 3) \
            and toks[p].low not in ("the", "a", "an", "said", "says", "with", "by", "from", "at", "to") \
            and not (toks[p].low == "and" and p == k) \
            and toks[p].low not in _COPULAS:  # ("The director of ceremonies was Ana Vale": a verb, no portfolio)
        # ("minister for AI and digital affairs Clara Chappaz": two fields joined inside the portfolio)
        # ("head of AI Ha Jung-woo": an acronym in the portfolio)
        if toks[p].low in ("of", "for") and p < k and _is_head(toks[p - 1], ls) and toks[p - 1].text.islower():
            return p - 1
        p -= 1
    return None


_JOINERS = frozenset({"of", "and", "for", "&", "the", "in", "at", "on", "to"})
_COPULAS = frozenset({"was", "were", "is", "are", "will", "be", "been"})


def _owner_follows(toks: list[_Tok], n: int, end: int) -> bool:
    """An owner's possessive opens at ``n``: one to four capitalised words, the last with ``'s`` (``Tokai's``,
    ``Naver Cloud's head of AI``, ``Siemens' head of AI``: the apostrophe alone after a plural's s)."""
    for m in range(n, min(n + 4, end)):
        if not toks[m].text[:1].isupper():
            return False
        if toks[m].text.endswith(_POSSESSIVE) \
                or m + 1 < end and toks[m + 1].text in ("'", "’") and toks[m].text.endswith("s"):
            return True
    return False


def _inverted(toks: list[_Tok], i: int, ls: _Lists, text: str) -> tuple[str, str | None, Span | None] | None:
    """``President of the University of Limerick, Professor Don Barry``: title of ORG, then the name."""
    k = i - 1
    if k >= 0 and toks[k].text == "." and k > 0:
        k -= 1
    if k >= 0 and (toks[k].low in ls.honorifics or toks[k].low in ls.heads):
        k -= 1
        # ("Samsung Electronics' head of smart factory, Vice President Kim Jong-ho": a title of a few capitalised
        # words before the name, after the comma)
        while k >= 1 and i - k <= 3 and _capital(toks[k]) and _is_title_word(toks[k], ls):
            k -= 1
    if k < 1 or toks[k].text != "," or toks[k - 1].text == ")":
        return None  # ("A (Minister of Industry), Peng Xiao (CEO, G42)": the parentheses are the name's before)
    j = k - 1
    while j > 0 and toks[j - 1].text not in (",", ".", ";", "“", "”", '"', "—", "–") and k - j < _MAX_TITLE_WORDS:
        j -= 1
    portfolio_word = ls.not_names | ls.portfolio_words
    while j >= 3 and toks[j - 1].text == "," and _capital(toks[j - 2]) and toks[j - 2].low in portfolio_word \
            and all(t.low in portfolio_word or t.low in ("and", "&", ",") for t in toks[j:k]):
        # "The Minister for Enterprise, Trade and Employment, Peter Burke": a portfolio's list, commas and all
        n = j - 2
        while n > 0 and toks[n - 1].text not in (",", ".", ";", "“", "”", '"', "—", "–") and k - n < 2 * _MAX_TITLE_WORDS:
            n -= 1
        if not any(t.low in _PORTFOLIO_HEADS for t in toks[n:j]):
            break
        j = n
    owner = next((n + 1 for n in range(k - 2, j - 1, -1) if toks[n].low == "and" and _owner_follows(toks, n + 1, k)), None)
    # (not after "and": "joined by Tom Reed, and by the rector of Lisbon University, Prof. Ana Matos")
    # (nor after a clause: "remarks from Mayor Ana Vale, followed by a keynote from Orbis's head of AI, Tom Reed")
    # (nor an owner's title after "and": "A, Lake Labs CTO Tom Reed and Siemens' head of AI, Cedrik Neike")
    if j >= 2 and toks[j - 1].text in (",", "—", "–") and _name_shaped(toks[j - 2].text) and not toks[j - 2].text.isupper() \
            and toks[j].low not in ("and", "or", "whose") and not any(t.low in _OWNERS for t in toks[j:k]) \
            and not _opens_a_clause(toks, j, ls) and owner is None \
            and not _body_word(toks[j - 2], ls) \
            and not _fronted_before_the_next(toks, toks[j:k], k, ls):  # (an owned post, the name and its verb after)
        # ("hosted by Deutsche Messe, Microsoft's …, NAME": a body before)
        # (but "Finch Dynamics, represented by its CTO, NAME": a title "its" owns is no person's before it; nor is
        # "the Ridge Institute, whose president, NAME")
        n = j - 2
        while n > 0 and _is_name_part(toks[n - 1], ls):
            n -= 1
        # (not a place ending a body's name: "the Minerals Research Institute of Western Australia, the event
        # featured a keynote from Rio Tinto's chief technical officer, Mark Davies")
        if 2 <= j - 1 - n <= _MAX_NAME and not (n > 0 and toks[n - 1].low in ("of", "in", "for")
                                                 and all(t.low in ls.places or t.low in COMPASS for t in toks[n:j - 1])):
            return None  # "Bertrand Loy, president of Entegris, Keyvan Esfarjani": the title is Loy's
    if 0 < k - j <= 5 and EVENT_OFFICE.fullmatch(text, toks[j].start, toks[k - 1].end):
        return text[toks[j].start:toks[k - 1].end], None, None  # "Conference Chairman, Dr Peter Tiernan"
    if owner is not None:
        j = owner  # "Orbis COO Greg Hall and Tokai's head of digital, Mina Cho": the title after "and" is the next one's
    # ("General Motors' vice president of …, NAME": the title opens after its owner's possessive, whatever its words)
    # (the last owner with a head after it: "moderated by KAIST professor Kim featured Hyundai's head of robotics, NAME")
    heads = [n for n in range(j, k) if _is_head(toks[n], ls)]
    owned_at = next((n for n in range(heads[-1] - 1, j - 1, -1) if toks[n].text in ("'", "’") and n > j
                     and toks[n - 1].text.endswith("s") or toks[n].text.endswith(_POSSESSIVE)), None) if heads else None
    if owned_at is not None:
        j = owned_at + 1
    while j < k and (not _is_title_word(toks[j], ls) or toks[j].low in _JOINERS):
        j += 1  # (a title opens with a word of its own: not "of" in "Ana Vale of Lake Corp and Rock Inc's CTO, NAME")
    phrase = toks[j:k]
    if not phrase or j > 0 and _also_a_name(toks, j, j - 1, ls):
        return None  # ("included Marcy Dean of Acme, Ray Kyle of GM": a surname that is a title's head too)
    if phrase[-1].low in ("speaker", "speakers") and (len(phrase) == 1 or phrase[-2].low in _SPEAKER_PARTS):
        return None  # "The forum's first speaker, Tom Reed": a part in the programme, no title
    if any(t.low in _LISTING or t.low in _COPULAS for t in phrase):
        return None  # "The summit's speaker roster included Tom Reed, Mia Holt": a list's verb, no title's word
    office = next((n for n, t in enumerate(phrase) if t.low in _PORTFOLIO_HEADS), None)
    if office is not None and office + 2 < len(phrase) and phrase[office + 1].low in ("for", "of") \
            and all(_capital(t) and t.low in portfolio_word or t.low in ("and", "&", ",", "of", "for", "state")
                    for t in phrase[office + 2:]) \
            and all(_is_title_word(t, ls) for t in phrase[:office]):
        # "The Minister for Enterprise, Trade and Employment, Peter Burke": the office with its portfolio
        return _strip_article(text[phrase[0].start:phrase[-1].end]), None, None
    prep = next((n for n, t in enumerate(phrase) if t.text in _PREPOSITIONS), None)
    owned = _owned_title(toks, j, phrase, ls, text)
    if owned is not None:
        return owned  # "Acme's vice president of engineering, Priya Nair,", "its chief executive officer, John Carter,"
    if prep is None and j > 0 and toks[j - 1].low == "the" and _is_head(phrase[-1], ls) \
            and all(_is_title_word(t, ls) for t in phrase):
        return text[phrase[0].start:phrase[-1].end], None, None  # "The Taoiseach, Micheál Martin, spoke": the post
    # "head of digital at Tokai": the preposition that a capitalised organization follows
    prep = next((n for n, t in enumerate(phrase) if t.text in _PREPOSITIONS and n + 1 < len(phrase)
                 and (phrase[n + 1].text[:1].isupper() or phrase[n + 1].low == "the")), prep)
    # ("the head of AI at Siemens, NAME", "Minister of State at the Department of …, NAME": the field after "of",
    # the body after the last "at")
    if prep is not None and phrase[prep].low != "at":
        prep = next((n for n in range(len(phrase) - 2, prep, -1) if phrase[n].low == "at"
                     and (phrase[n + 1].text[:1].isupper() or phrase[n + 1].low == "the")), prep)
    if prep is None or not any(_is_head(t, ls) for t in phrase[:prep]):
        return None
    named = [t for t in phrase[1:prep] if t.text != "."]
    if len(named) >= 2 and all(_is_name_part(t, ls) and not _is_title_word(t, ls) for t in named):
        return None  # "chaired by Professor Do Kyung-min of Seoul National University, Cha Yoon-seo (LG AI Research)":
        # the words before the comma are another person with their title, no title of the name after it
    if _named_then_a_clause(phrase[1:prep], ls):
        return None  # "moderated by Post-Gazette editor Dana Price featured Elena Ruiz of Rockwell, NAME": a person
        # and the clause they open before the comma, no title
    if _a_gathering_after_the_head(phrase[:prep], ls):
        return None  # "Speaking at Acme's developer conference in Seoul, NAME": a gathering, no post
    org_toks = phrase[prep + 1:]
    if org_toks and org_toks[0].low == "the":
        org_toks = org_toks[1:]
    if not org_toks or not org_toks[0].text[:1].isupper():
        return None
    if any(t.text.islower() and t.low not in ("of", "for", "and", "the", "on", "in", "&") for t in org_toks):
        return None  # "Dean of Engineering Raj Patel introduced the first keynote speaker, NAME": a clause
    if any(t.low in _PORTFOLIO_HEADS for t in phrase[:prep]) and org_toks[0].low not in PUBLIC_BODY_KINDS \
            and (org_toks[0].low == "state" or all(t.low in portfolio_word or t.low in ("and", "&", "of", "for", ",")
                                                   for t in org_toks)):
        # "The Union Minister of State for Electronics and Information Technology, Shri NAME": a portfolio, the
        # whole title, as after the name
        return _strip_article(text[phrase[0].start:phrase[-1].end]), None, None
    return (text[phrase[0].start:phrase[prep - 1].end], text[org_toks[0].start:org_toks[-1].end],
            Span(org_toks[0].start, org_toks[-1].end))


def _named_then_a_clause(words: list[_Tok], ls: _Lists) -> bool:
    """Two or more words of a name and a lower-case word that goes on a clause after them (``Dana Price
    featured``): a person who does something, inside what would be a title."""
    run = 0
    for t in words:
        if run >= 2 and _verb_after_name(t):
            return True
        run = run + 1 if _is_name_part(t, ls) and not _is_title_word(t, ls) else 0
    return False


# an office of the event itself: "Conference Chairman", "Group Exhibition Director", "Summit co-chair"
# the gatherings and programme parts whose own office stands in lower case before a title ("conference chair
# Professor NAME", "program chair Dr. NAME"), and the offices
_OFFICE_KINDS = frozenset({"conference", "summit", "forum", "expo", "exhibition", "event", "festival", "symposium",
                           "congress", "fair", "hackathon", "workshop", "program", "programme", "general"})
_EVENT_CHAIRS = frozenset({"chair", "co-chair", "chairman", "chairwoman", "chairperson", "convenor", "convener"})
EVENT_OFFICE = re.compile(r"\b(?:conference|summit|forum|expo|exhibition|event|festival|show|symposium|congress|fair|"
                          r"hackathon|organi[sz]ing\s+committee)\s+(?:co-?)?(?:chair|chairman|chairwoman|chairperson|director|"
                          r"organi[sz]er|convenor|convener|president|manager|lead|head)\b"
                          # ("program chair", "general chair": a conference's own chairs by their part of it)
                          r"|\b(?:program|programme|general|workshop)\s+(?:co-?)?(?:chair|chairman|chairwoman|chairperson)\b"
                          # "organizer of the forum", "(the) organizer of industryXchange": the event's own office
                          r"|^(?:(?:the|an?|lead|chief|main)\s+)?(?:co-?)?organi[sz]ers?(?:\s+of\b|$)", re.I)
_OWNERS = frozenset({"its", "their", "our"})
_APPOSITIVE_OPENERS = frozenset({"the", "a", "an"}) | _OWNERS  # what a post after a name may open with


def _opens_a_clause(toks: list[_Tok], j: int, ls: _Lists) -> bool:
    """The lower-case word at ``j``, after a name's comma, opens no post of that name (``followed by …``,
    ``then a talk by …``; not ``the president of …``, ``then-CEO of …``, ``former CEO of …``)."""
    t = toks[j]
    if not t.text.islower() or _is_title_word(t, ls) or t.low in _APPOSITIVE_OPENERS:
        return False
    return not (t.low in _QUALIFIERS and j + 1 < len(toks) and _is_title_word(toks[j + 1], ls))


# "The council's executive director, NAME,": an organization's head noun (or an event's) owning the title
# (every kind of body a later mention refers back to as well: "the subcommittee's ranking member")
_GENERIC_OWNERS = frozenset(f"{noun}{s}" for noun in (*ORG_WORDS, *ANAPHORIC_ORGS, "firm", "city", "government", "startup",
                                                      "ministry", "forum", "conference", "summit", "event", "expo",
                                                      "fair", "show", "festival", "symposium", "hackathon", "team",
                                                      "club", "country", "state")
                            for s in ("'s", "’s"))


def bodies_of(title: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words naming the kind of body an office with no organization written heads, and the words of
    the title before the office that the body's name must share: ``Vice Minister`` (a ministry, by
    data/en/head_bodies.tsv), ``Science Minister`` (a ministry named with "science"), ``Association
    chairman`` (a kind word before the title). Nothing for an office that heads no such body."""
    words = title.lower().split()
    for n in range(len(words)):
        bodies = lists().head_bodies.get(" ".join(words[n:]))
        if bodies:
            return ((), frozenset()) if bodies == ("-",) else (bodies, frozenset(words[:n]) - _OFFICE_MARKS)
    if len(words) > 1 and words[0] in ANAPHORIC_ORGS and (title[:1].isupper() or words[0] in _MEMBER_BODIES):
        return (words[0],), frozenset()  # ("association chairman Ana Vale"; not "university professor": any one)
    return (), frozenset()


# kinds of body whose head or officer, written in lower case before the name, is the one the article names
# ("association chairman Ana Vale", "institute director Tom Reed"; "a university professor" is of any)
_MEMBER_BODIES = frozenset({"association", "institute", "foundation", "federation", "society", "council", "chamber",
                            "alliance", "consortium", "academy", "coalition", "cluster", "agency", "ministry",
                            # ("network executive director Joel Reed", "commission chair Ana Vale")
                            "network", "union", "commission", "league", "guild", "partnership"})


_OFFICE_MARKS = frozenset({"vice", "deputy", "first", "second", "acting", "former", "senior", "executive", "chief",
                           "the", "of", "and"})  # words before an office that name no body


def _owning_kind(t: _Tok) -> tuple[str, Span] | None:
    """``company's``: a kind word owning a title, which refers back to the article's one organization of
    that kind (kg.extract.en resolves it), with the span of the kind word."""
    kind = t.low[:-2] if t.low[-2:] in ("'s", "’s") else None
    return (kind, Span(t.start, t.end - 2)) if kind in ANAPHORIC_ORGS else None




# a sentence's end in running text: a full stop, then a capital (not after an initial or a legal form)
_SENTENCE_END = re.compile("".join(rf"(?<!\b{a})" for a in ("[A-Z]", "Inc", "Ltd", "Corp", "Co", "Dr", "Mr", "Ms", "Mrs", "St"))
                           + r"[.!?][\"”’']?\s+(?=[A-Z\"“])")


def _sentence_start(toks: list[_Tok], k: int) -> int:
    """The index of the first token of the sentence that holds token ``k``: after the last full stop (or
    ``!``, ``?``) before it that ends no abbreviation, initial or legal form."""
    for n in range(k - 1, 0, -1):
        if toks[n].text in (".", "!", "?") and n + 1 < len(toks) and toks[n + 1].text[:1].isupper() \
                and not (toks[n].text == "." and (len(toks[n - 1].text) == 1 and toks[n - 1].text.isupper()
                                                  or toks[n - 1].low in LEGAL_FORMS
                                                  or toks[n - 1].low in lists().honorifics)):
            return _past_dateline(toks, n + 1, k)
    return _past_dateline(toks, 0, k)


_DATELINE_REACH = 24  # tokens of a dateline before its dash: "SAN JOSE, Calif., March 18, 2025 /PRNewswire/ --"


def _past_dateline(toks: list[_Tok], start: int, k: int) -> int:
    """Past a dateline that opens the sentence, a city in capitals up to its dash (``SEOUL, June 9 (Yonhap) --
    Acme …``): the sentence's own words start after the dash."""
    if start >= k or not (toks[start].text.isupper() and toks[start].text.isalpha() and len(toks[start].text) > 1):
        return start
    dash = next((n for n in range(start + 1, min(k, start + _DATELINE_REACH)) if toks[n].text in ("—", "–")), None)
    return dash + 1 if dash is not None else start


# the participles a sentence may open with, their object right after them ("Representing Crest Motors was …")
_FRONTED_PARTICIPLES = frozenset({"representing", "joining", "hosting", "presenting", "leading", "opening", "closing",
                                  "welcoming", "introducing", "moderating", "headlining", "sponsoring", "organizing",
                                  "organising", "following", "addressing"})


def _subject_run(toks: list[_Tok], k: int, ls: _Lists, *, named: bool = False) -> Span | None:
    """The capitalised name that opens the sentence at ``k`` as its subject, a verb or an appositive
    after it (``Factorix, which makes …, won``, ``Nimbus Labs held``), when no list says it is anything else
    (with ``named``, when one of its words is a name's: ``Finch Dynamics sent``)."""
    k += toks[k].low == "the" if k < len(toks) else 0
    if k < len(toks) and toks[k].low in _FRONTED_PARTICIPLES:
        return None  # "Representing Crest Motors was Jo Park, its head of digital": the participle's object, no subject
    j = k
    while j < len(toks) and j - k < 4 and (_capital(toks[j]) or toks[j].text == "&" and j > k):
        j += 1
    listed = [t.low in ls.not_names or t.low in ls.places for t in toks[k:j]]
    if j == k or j >= len(toks) or (all(listed) or toks[j - 1].low in ls.event_kinds if named else any(listed)):
        return None
    follows = toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].low in ("which", "a", "an", "the") \
        or toks[j].text.islower() and toks[j].text.isalpha() and toks[j].low not in _JOINERS
    return Span(toks[k].start, toks[j - 1].end) if follows else None


@lru_cache(maxsize=1)
def _org_named() -> re.Pattern[str]:
    """A run of capitalised words that ends in an organization word or a legal form (``Nimbus Labs``,
    ``Orion Bank``, ``Kestrel Inc``)."""
    ends = "|".join(sorted((re.escape(w.capitalize()) for w in (*ORG_WORDS, *LEGAL_FORMS) if w.isalpha()),
                           key=len, reverse=True))
    # (with what it is of or for: "the Korea Institute of Startup & Entrepreneurship Development (KISED). Its …")
    return re.compile(rf"(?P<org>(?:[A-Z][\w&\-]*\s+){{1,4}}(?:{ends})\b"
                      r"(?:\s+(?:of|for)(?:\s+the)?\s+[A-Z][\w\-]*(?:\s+(?:&|and)?\s*[A-Z][\w\-]*){0,5})?)")


def _a_gathering_after_the_head(phrase: list[_Tok], ls: _Lists) -> bool:
    """A word for a gathering after the first title head of ``phrase`` (``developer conference``): the phrase names an
    event (``Speaking at Acme's developer conference in Seoul, NAME``), no post."""
    first_head = next((n for n, t in enumerate(phrase) if _is_head(t, ls)), len(phrase))
    return any(t.low in gathering_words() for t in phrase[first_head + 1:])


def _owned_title(toks: list[_Tok], first: int, phrase: list[_Tok], ls: _Lists, text: str
                 ) -> tuple[str, str | None, Span | None] | None:
    """A title owned by an organization before an appositive name: ``Acme's vice president of engineering,
    NAME,`` (the owner) or ``Acme Inc. said its chief executive officer, NAME,`` (the organization the
    sentence named before ``its``, within 30 words). ``first`` is the index of the phrase's first token."""
    if first < 1 or not any(_is_head(t, ls) for t in phrase):
        return None
    if _a_gathering_after_the_head(phrase, ls):
        return None  # "Speaking at Acme's developer conference in Seoul, NAME": a gathering, no post
    title = text[phrase[0].start:phrase[-1].end]
    if toks[first - 1].low in _GENERIC_OWNERS and (not _capital(toks[first - 1]) or first > 1 and toks[first - 2].low
                                                   in ("the", "this", "its")):
        # "The company's chief business officer, Lee Ji-won," (not "Rock Inc's chief engineer": a name's end)
        return (title, *(_owning_kind(toks[first - 1]) or (None, None)))
    if toks[first - 1].low in _OWNERS:
        return (title, *(_owner_of_its(toks, first - 1, ls, text) or (None, None)))
    if toks[first - 1].low == "whose":  # "the Ridge Institute, whose president, NAME, …"
        return (title, *(_body_before_whose(toks, first - 1, text, ls) or (None, None)))
    start = first  # "Micron's Asia policy head, NAME": capitalised words of a region or unit between owner and title
    for back in (1, 2):
        if first - back >= 1 and all(_capital(t) and not t.text.endswith(_POSSESSIVE) for t in toks[first - back:first]) \
                and toks[first - back - 1].text.endswith(_POSSESSIVE):
            start = first - back
            break
    owner = _possessor(toks, start, text)
    if owner is None:
        return None
    title = text[toks[start].start:phrase[-1].end]
    if owner[0].lower() in ls.not_names:
        return title, None, None  # "Australia’s Chief Scientist, Dr Alan Finkel": a country, no organization
    return (title, *owner)


_BY_PARTICIPLES = frozenset({"represented", "led", "headed", "run", "founded", "co-founded", "fronted", "managed",
                             "chaired", "directed", "joined", "accompanied"})


# the verbs a body announces its own people with: "Acme today announced that CEO Ana Vale will speak"
_ANNOUNCING = frozenset({"announced", "announces", "said", "says", "confirmed", "confirms", "revealed", "reveals"})


def _announcing_body(toks: list[_Tok], j: int, ls: _Lists, text: str) -> Span | None:
    """The body that opens the sentence as the subject of the verb of announcing right before ``j`` ("that" after it
    or not), when its name says it is a body (a body's word, a well-known name): a bare post at ``j`` is its own."""
    verb = j - 1 - (j >= 2 and toks[j - 1].low == "that")
    if verb < 1 or toks[verb].low not in _ANNOUNCING:
        return None
    subject = _subject_run(toks, _sentence_start(toks, verb), ls, named=True)
    if subject is None:
        return None
    after = bisect.bisect_left(toks, subject.end, key=lambda t: t.start)  # (the token right after the subject)
    if not (_body_word(toks[after - 1], ls) or known_body(text[subject.start:subject.end])):
        return None
    # (the subject's appositive, then at most two words before the verb: "…, today announced", "… on Monday said")
    if toks[after].text == ",":
        close = next((n for n in range(after + 1, min(verb, after + 16)) if toks[n].text == ","), None)
        after = close + 1 if close is not None else after
    return subject if verb - after <= 2 else None


def _run_ending(toks: list[_Tok], end: int, opened: int, ls: _Lists) -> Span | None:
    """The capitalised name that ends at token ``end - 1`` (no earlier than ``opened``) when it can be an
    organization: not a place alone, not an event."""
    o = end
    while o > opened and (_capital(toks[o - 1]) or toks[o - 1].text == "&" and o < end) and end - o < 6:
        o -= 1
    run = toks[o:end]
    if not run or all(_unowned(t.low) in ls.places or t.low in ls.not_names for t in run) \
            or run[-1].low in ls.event_kinds or run[0].low in ls.honorifics or run[0].text in OPENERS:
        return None
    return Span(run[0].start, run[-1].end)


def _owner_of_its(toks: list[_Tok], its: int, ls: _Lists, text: str) -> tuple[str, Span] | None:
    """The organization an ``its`` (``their``, ``our``) before a title refers to: the name the phrase hangs on
    (``Finch Dynamics, represented by its CTO``, ``Finch Dynamics and its CEO``), an organization of the same
    sentence (``Acme Inc. said its CEO``, ``Finch Dynamics sent its CTO``), else the body the sentence before
    names."""
    opened = _sentence_start(toks, its)
    hung: Span | None = None
    if its >= 4 and toks[its - 1].low == "by" and toks[its - 2].low in _BY_PARTICIPLES and toks[its - 3].text == ",":
        hung = _run_ending(toks, its - 3, opened, ls)  # "ORG, represented by its chief technology officer, NAME"
    elif its >= 2 and toks[its - 1].low == "and":
        hung = _run_ending(toks, its - 1, opened, ls)  # "ORG and its CEO NAME"
        if hung is not None and any(_is_head(t, ls) for t in toks[:its] if hung.start <= t.start < hung.end):
            hung = None  # "Hanbit Labs' CEO Ana Vale and its CTO …": a titled person before "and", the body further back
    if hung is not None:
        return text[hung.start:hung.end], hung
    for n in range(its - 1, max(opened - 1, its - 31), -1):
        low = toks[n].low.rstrip(".")
        if toks[n].text == "." and n > 0 and toks[n - 1].low in LEGAL_FORMS:
            continue
        if (low in LEGAL_FORMS or low in ORG_WORDS) and _capital(toks[n]):
            if low in LEGAL_FORMS and n >= 2 and toks[n - 1].text == "," and _capital(toks[n - 2]):
                n -= 2  # "Acme Robotics, Inc., a leader in …, said its CEO": the name before its legal form's comma
            o = n
            while o > 0 and (_capital(toks[o - 1]) or toks[o - 1].text == "&") and n - o < 6:
                o -= 1
            end = toks[n].end if toks[n].text != "." else toks[n - 1].end
            return text[toks[o].start:end], Span(toks[o].start, end)
    if opened + 1 < its and toks[opened].low in _FRONTED_PARTICIPLES:
        # "Representing Crest Motors was Jo Park, its head of digital": the participle's object
        # (its capitalised words, up to the word after them: no verb needs to follow, "Joining Vela Motors on stage")
        o = opened + 1 + (toks[opened + 1].low == "the")
        e = o
        while e < its and e - o < 5 and (_capital(toks[e]) or toks[e].text == "&" and e > o):
            e += 1
        run = _run_ending(toks, e, o, ls) if e > o else None
        if run is not None:
            return text[run.start:run.end], run
    own = _subject_run(toks, opened, ls, named=True) if opened < its else None
    if own is not None and own.end <= toks[its].start:
        return text[own.start:own.end], own  # "Finch Dynamics sent its chief technology officer, NAME"
    # "Vision-inspection startup Lumir took the top prize. Its CEO, NAME, …": the body a kind word names
    # in the sentence before; "Nimbus Labs held …. Its CEO, …", "Factorix, which makes …, won …. Its CEO":
    # the subject that opens the sentence before (the tokens may be the sentence's alone: the text says
    # where the one before begins)
    at, opening = toks[its].start, toks[opened].start
    ends = [e for e in _SENTENCE_END.finditer(text, max(0, at - _OWNER_REACH), opening) if e.end() < opening]
    since = ends[-1].end() if ends else max(0, at - _OWNER_REACH)
    # ("We welcomed 80 customers at the Technology Centre. Our managing director, NAME, …": the writer's body is
    # the subject of the sentence before, if any, not a body that sentence names elsewhere)
    named = [*_KIND_NAMED.finditer(text, since, at), *_org_named().finditer(text, since, at)]
    if toks[its].low == "our":
        named = [m for m in named if text[since:m.start("org")].strip() in ("", "The", "the")]
    if named:
        m = max(named, key=lambda x: x.start())
        return m.group("org"), Span(m.start("org"), m.end("org"))
    previous = tokens(text, since, opening)
    subject = _subject_run(previous, 0, ls) if (ends or at <= _OWNER_REACH) and previous else None
    # (not a phrase of time that opens the sentence before: "Last week we hosted …. Our CEO, NAME, …")
    if subject is not None and previous[0].low not in _TIME_OPENERS | WEEKDAYS | MONTHS:
        return text[subject.start:subject.end], subject
    return None


_TIME_OPENERS = frozenset({"last", "this", "next", "earlier", "later", "tonight", "tomorrow"})  # (and WEEKDAYS, MONTHS)


def _titled_name_at(toks: list[_Tok], n: int) -> bool:
    """A title head (after its modifiers, and a second head: ``Executive Vice President``, ``Chief Technology
    Officer``), then a name's first two words: ``CTO Tom Reed``."""
    ls = lists()
    m = n
    while m + 1 < len(toks) and m - n < 4 and _is_title_word(toks[m + 1], ls) and not _is_name_part(toks[m + 1], ls) \
            and toks[m + 1].low not in ("and", "&", "of"):
        m += 1  # (the words of one title: "Vice President", "Chief Technology Officer", not "CTO Tom")
    return m + 2 < len(toks) and _is_head(toks[m], ls) and _is_name_part(toks[m + 1], ls) \
        and _is_name_part(toks[m + 2], ls)


# what names a place to hold an event and no one's employer: a hotel by its brand, a hall for shows and
# meetings ("Minister Uday Samant at the JW Marriott": where he spoke, not where he works)
VENUE_BRANDS = ("Marriott", "Hilton", "Hyatt", "Sheraton", "Westin", "Shilla", "Conrad", "Fairmont", "Radisson",
                "Novotel", "Raffles", "InterContinental", "Ritz-Carlton", "Kempinski", "Sofitel", "Mövenpick",
                "Josun", "Walkerhill", "COEX", "KINTEX", "BEXCO", "EXCO", "SETEC", "DDP", "Convensia", "HICO",
                "Wyndham", "Shangri-La", "Pullman", "Swissotel", "Oberoi", "DoubleTree")
_EVENT_PLACES = frozenset({*VENUE_BRANDS, "Hotel", "Convention", "Ballroom", "Auditorium", "Resort", "Stadium",
                           "Arena", "Pavilion", "Expo", "Exhibition"})
_WHEN_AFTER_A_PLACE = frozenset({"on", "this", "last", "yesterday", "today", "tomorrow", "earlier", "from"})
_PLACE_HEADS = ("Hall", "Center", "Centre", "Hotel", "Convention", "Ballroom", "Auditorium", "Tower", "Building",
                "Campus", "Stadium", "Arena", "Library", "Museum", "Room", "Plaza", "Park")
# "the University of Texas at Austin", "the University at Buffalo": a university's campus after "at" is part of its
# name (not "Hanbit University at Coex", nor "the University of Seoul at Olympic Hall": a venue after "at");
# matched at the name's first word
CAMPUS = (r"(?:University|(?:[A-Z][\w'’&\-.]*[ \t]+){0,2}University[ \t]+of(?:[ \t]+[A-Z][\w'’.\-]*){1,3})[ \t]+at[ \t]+"
          rf"(?!(?i:the|{'|'.join(map(re.escape, VENUE_BRANDS))})\b)"
          rf"(?![A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?[ \t]+(?:{'|'.join(_PLACE_HEADS)})\b)"
          r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?\b")
CAMPUS_AT = re.compile(CAMPUS)


def _org_after_name(toks: list[_Tok], k: int, text: str) -> tuple[str | None, Span | None]:
    if k + 1 < len(toks) and toks[k].text in ("of", "at", "from"):
        j = k + 1 + (toks[k + 1].low == "the")
        j = first = _past_kind(toks, j)  # "Mia Holt of the startup Kestrel Labs"
        campus = CAMPUS_AT.match(text, toks[j].start) if j < len(toks) else None
        org: list[_Tok] = []
        while j < len(toks) and len(org) < 12 and (
                toks[j].text[:1].isupper() or toks[j].text in ("of", "&", "and", "for")
                or _ODD_LED.fullmatch(toks[j].text) is not None  # "Choi Yoon-jung of 42dot", "… of iRobot"
                or campus is not None and toks[j].start < campus.end()  # "of the University of Texas at Austin"
                or toks[j].text == "the" and org and org[-1].text == "of"  # "Office of the Deputy Secretary"
                or toks[j].text == "." and org and _INITIALS.fullmatch(org[-1].text) is not None  # "U.S. Department"
                # "the Australian Manufacturing Workers' Union": a plural's possessive inside the name
                or bool(org) and _plural_possessive_inside(toks, j)
                or _particle_inside_a_body(toks, j, org)  # "of Politecnico di Milano"
                or _brand_tail(toks, j, org)) and not _next_person(toks, j) and toks[j].low not in _EMCEED \
                and not (org and toks[j].low in WEEKDAYS) \
                and not (toks[j].low == "and" and j + 1 < len(toks) and (_owner_follows(toks, j + 1, len(toks))
                                                                          or toks[j + 1].low in lists().honorifics
                                                                          or _titled_name_at(toks, j + 1))):
            # ("Greg Holt of Orbis and Tokai's head of digital", "Anna Weber of Orbis GmbH and Univ.-Prof. Dr. Klaus
            # Meier", "Ana Vale of Hanbit Labs and CTO Tom Reed": an owner, an honorific or a title and a name after
            # "and" opens the next person)
            org.append(toks[j])
            j += 1
        while org and org[-1].text in ("of", "&", "and", "for", "the"):
            org.pop()
        if org and j < len(toks) and toks[j].text == "," and org[0].low in ("ministry", "department", "minister") \
                and len(org) >= 3 and org[1].low in ("of", "for"):
            end = _name_past_commas(toks, j, portfolio=True)  # "of the Ministry of Trade, Industry and Energy"
            if end is not None:
                org = toks[first:end]
        if toks[k].text == "at" and any(t.text in _EVENT_PLACES for t in org):
            return None, None  # "… Uday Samant at the JW Marriott": the venue
        if toks[k].text == "at" and org and org[-1].text in _PLACE_HEADS and j < len(toks) \
                and (toks[j].low in _WHEN_AFTER_A_PLACE or toks[j].low in WEEKDAYS):
            return None, None  # "opened by Mayor Ana Vale at the Hanbit Science Park on Friday": where and when
        if toks[k].text == "at" and org and (org[-1].low in gathering_words() or _YEAR.fullmatch(org[-1].text)
                                             and len(org) > 1 and org[-2].low in gathering_words()):
            return None, None  # "said Minister A at the Malaysia Industrial AI Summit 2026": the event, no body
        if org and (org[0].text[:1].isupper() or _ODD_LED.fullmatch(org[0].text)):
            return text[org[0].start:org[-1].end], Span(org[0].start, org[-1].end)
    return None, None


# a body's name that opens with digits, then letters ("42dot", "3M", "7-Eleven", "23andMe"), or with a small letter or
# two before a capital ("iRobot", "eBay", "iFLYTEK")
_ODD_LED = re.compile(r"\d+-?[A-Za-z][\w\-]*|[a-z]{1,2}[A-Z][\w\-]*")


# lower-case nouns for the kind of organization named right after them: "the startup Kestrel Labs"
_BUSINESS_KINDS = frozenset({"startup", "start-up", "company", "firm", "maker", "chipmaker", "automaker", "carmaker",
                             "giant", "developer", "provider", "supplier", "manufacturer", "unicorn", "conglomerate",
                             "operator", "platform", "spinoff", "spin-off", "subsidiary", "affiliate",
                             # what a business does: "robotics integrator Axis Automation", "software vendor Kestrel"
                             "integrator", "distributor", "consultancy", "retailer", "vendor", "builder", "producer",
                             "fabricator", "exporter", "importer", "shipbuilder", "insurer", "lender", "brokerage",
                             # the kind of a body of members: "machine builders' association VDMA", "trade body Make UK"
                             "association", "federation", "body", "lobby", "consortium", "alliance", "coalition",
                             "tank"})
_KINDS = _BUSINESS_KINDS | frozenset({"outfit", "house", "studio", "agency", "lab", "group", "organization",
                                      "organisation", "nonprofit", "charity",
                                      # the level of a public body: "the state Department of Labor", "the federal …"
                                      "state", "federal", "national", "provincial", "municipal", "regional", "local",
                                      "city",
                                      # a party by its place in parliament: "of the ruling People Power Party"
                                      "ruling", "opposition",
                                      # what the body is to the event: "chief executive of organiser Informa Markets"
                                      "organiser", "organizer", "co-organiser", "co-organizer", "host", "co-host",
                                      "sponsor", "partner"})
_OWNER_REACH = 240  # characters back from "its" to the body a kind word names
_KIND_NAMED = re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, _BUSINESS_KINDS), key=len, reverse=True))})\s+"
                         r"(?P<org>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})")


def _past_kind(toks: list[_Tok], j: int) -> int:
    """The index past ``(field) kind`` words at ``j`` when a capitalised name follows them ("robotics firm
    Kestrel", "startup Sightline Robotics"), else ``j``."""
    places = marks = 0
    for n in range(j, min(j + 6, len(toks))):
        if _capital(toks[n]) and not toks[n].text.isupper() and places < 2 and n - j == places \
                and not _made_adjective(toks[n]):
            places += 1  # "the Ann Arbor startup Sightline Robotics": where the business is, before its kind
            continue
        if toks[n].text in ("'", "’") and n > j and toks[n - 1].low.endswith("s") and toks[n - 1].text.islower():
            marks += 1
            continue  # "machine builders' association VDMA": a plural's possessive inside the kind's words
        if n - j - marks >= places + 3 or not (toks[n].text.islower() or toks[n].text.isupper() and len(toks[n].text) <= 3
                                        or _made_adjective(toks[n])):  # "AI startup", "Seoul-based"
            return j
        if places and toks[n].low not in _BUSINESS_KINDS and not _a_maker(toks[n].low):
            continue
        if (toks[n].low in _KINDS or _a_maker(toks[n].low) or _made_adjective(toks[n])) and n + 1 < len(toks) \
                and _capital(toks[n + 1]):
            return n + 1
    return j


def _a_maker(low: str) -> bool:
    """``steelmaker``, ``drugmaker``, ``toolmaker``: a business by what it makes, in one word."""
    return low.endswith("maker") and len(low) > 7 and low.isalpha()


def _made_adjective(t: _Tok) -> bool:
    """``Seoul-based``, ``Temasek-backed``, ``state-run``: a place or a body made an adjective before a kind or a
    name."""
    return "-" in t.low and t.low.rsplit("-", 1)[1] in _COMPOUND_ENDS | {"headquartered"}


def _inner_particle(toks: list[_Tok], k: int, ls: _Lists) -> bool:
    """A lower-case particle inside a name, with a capitalised part after it (``de`` and ``la`` of ``Maria de la
    Cruz``), or an Irish surname's capitalised one (``Ó`` of ``Seán Ó Ríordáin``)."""
    if toks[k].text in _GAELIC_PARTICLES and k + 1 < len(toks) and _is_name_part(toks[k + 1], ls):
        return True
    n = k
    while n < len(toks) and toks[n].low in _NAME_PARTICLES and toks[n].text.islower() and n - k < 2:
        n += 1
    return n > k and n < len(toks) and _is_name_part(toks[n], ls)


# verbs whose subject is a person (a company presents and showcases, but does not speak or moderate)
# parts of an event's day a speaker opens or closes ("opened the afternoon session", "closed the day")
_DAY_PARTS = frozenset({"session", "sessions", "day", "morning", "afternoon", "evening", "program", "programme",
                        "panel", "track", "proceedings"})
_EMCEED = frozenset({"emceed", "emcees", "co-emceed", "mced", "mc'd", "mc’d"})  # (the master of ceremonies' verb)
_ONLY_PEOPLE_DO = frozenset({"spoke", "moderated", "chaired", "co-chaired", "lectured", "testified", "keynoted"}) | _EMCEED


def _next_person(toks: list[_Tok], j: int) -> bool:
    """``… of Acme and Bae Min-seo of Nimbus``: ``and`` then a name that takes its own ``of``/title."""
    if toks[j].low != "and":
        return False
    ls = lists()
    first = j + 1
    if first < len(toks) and toks[first].low in ls.honorifics:  # "… of Hanbit University and Dr. Tom Reed of …"
        first += 2 if first + 1 < len(toks) and toks[first + 1].text == "." else 1
        k = first
        while k < len(toks) and _is_name_part(toks[k], ls) and toks[k].low not in ORG_WORDS:
            k += 1
        if 2 <= k - first <= _MAX_NAME:
            return True
    k = j + 1
    particles = 0
    # ("… and Nguyen Van An of FPT": a word of name_also.txt beside the name's other words is one of them;
    # "… and Maria de la Cruz of Accenture": the particles inside a name)
    while k < len(toks):
        if k + 2 < len(toks) and _initial_dot(toks, k + 1) and _is_name_part(toks[k + 2], ls):
            particles += 1  # "… and J.R. Smith of Boeing", "… and John F. Kennedy of GE": an initial and its stop
            k += 2
            continue
        if not (_is_name_part(toks[k], ls) or k > j + 1 and toks[k].low in ls.name_also and _name_shaped(toks[k].text)
                or k > j + 1 and _inner_particle(toks, k, ls)) or toks[k].low in ORG_WORDS:
            break
        particles += toks[k].low in _NAME_PARTICLES and toks[k].text.islower() or toks[k].text in _GAELIC_PARTICLES
        k += 1
    named = k - j - 1 - particles
    if 2 <= named <= _MAX_NAME and k < len(toks) and toks[k].text != "(" and toks[k].text in ls.postnominals:
        k = _skip_postnominals(toks, k, ls)  # "… and John Smith III of Lake Corp"
    if 2 <= named <= _MAX_NAME and k < len(toks) and (toks[k].text in ("of", ",", "from", "at", "(")
                                                            or _is_head(toks[k], ls)):
        return True  # "… of Toyota and Emma Wilson from Rolls-Royce", "… and Kenji Sato (Fanuc)"
    if 2 <= named <= 3 and (k == len(toks) or toks[k].text in (".", ";")):
        return True  # "Speakers included Ana Vale of Lake Labs and Tom Reed.": the list's last item, no more body
    if 2 <= named <= 3 and k < len(toks) and (toks[k].low in _ONLY_PEOPLE_DO or _SPEECH.match(toks[k].low)
                                              or _cue_opens(toks, k) or _on_stage(toks, k)):
        # "A of Lake Labs and Tom Reed moderated …", "… and Tom Reed addressed the forum": the last of the subjects,
        # its verb after it (a speaking part's, which no company takes); "joined by A of X and Tom Reed on a panel":
        # where the people joined
        return True
    # "… of the Democratic Party and People Power Party Rep. Choi Yoon-ah": an organization, its title, a name
    # "… of Universiti Sains Malaysia and Keysight Technologies' Tan Mei Ling": an owner, then its person
    for n in range(j + 1, min(j + 8, len(toks) - 1)):
        if n > j + 1 and toks[n].low in ("and", "&"):
            return False  # "… of UK Research and Innovation and Mr Nigel Toon": the words after the first "and" end the body
        if toks[n].text.endswith(_POSSESSIVE) or toks[n].text in ("'", "’"):
            m = n + 1
            return n > j + 1 and m < len(toks) and _is_name_part(toks[m], ls)
        if _is_head(toks[n], ls) or toks[n].low in ls.honorifics:
            # ("… of Motional and Seoul National University professor Jang Byung-tak": a title in lower case too)
            m = n + 2 if toks[n + 1].text == "." else n + 1
            while m < len(toks) and m - n <= 4 and _is_title_word(toks[m], ls):
                m += 1  # "… chief technology officer Tom Reed": the title's other words
            return n > j + 1 and m < len(toks) and _is_name_part(toks[m], ls)
        if toks[n].text == "." and _INITIALS.fullmatch(toks[n - 1].text):
            continue  # "… and U.S. Ambassador Philip Goldberg": the stop of a country's initials before the title
        if not _capital(toks[n]) and toks[n].low not in ("of", "&") and not (n > j + 1 and _is_title_word(toks[n], ls)):
            return False
    return False


# verbs in the past tense that do not end in -ed: "Nimbus AI went head to head" (no brand "AI went")
_IRREGULAR_PAST = frozenset({"went", "gave", "took", "made", "led", "met", "came", "sat", "stood", "held", "ran", "won",
                             "got", "saw", "brought", "began", "wrote", "told", "said", "sent", "set", "put", "kept",
                             "left", "felt", "found", "thought", "spent", "built", "drew", "showed", "shared", "flew",
                             "drove", "rose"})


def _brand_tail(toks: list[_Tok], j: int, org: list[_Tok]) -> bool:
    """``SK hynix``, ``KT cloud``: a lower-case word after an acronym, closing the name (a comma, a
    full stop, a title or the end after it); no verb's participle (``with A of POSTECH moderating``), no
    auxiliary (``The event's MC was broadcaster A``)."""
    return bool(org) and len(org[-1].text) >= 2 and org[-1].text.isupper() and toks[j].text.isalpha() \
        and toks[j].text.islower() and not toks[j].low.endswith(("ed", "ing")) and toks[j].low not in _SPEECH_VERBS \
        and toks[j].low not in _ADVERBS and not toks[j].low.endswith("ly") and toks[j].low not in _NO_VERB \
        and toks[j].low not in _AUXILIARIES and toks[j].low not in _COPULAS \
        and toks[j].low not in ("spoke", "speaks", "says", "testifies", "agrees", "argues", "warns", "presents") \
        and toks[j].low not in _IRREGULAR_PAST \
        and (j + 1 == len(toks) or toks[j + 1].text in (",", ".", ";", ")", "and") or _speaks(toks, j + 1)
                                        or _is_title_word(toks[j + 1], lists()))


def _city_then_state(org: list[_Tok], toks: list[_Tok], end: int, ls: _Lists) -> int | None:
    """Where ``in`` opens the city of an organization whose state follows the comma at ``end`` and closes the
    phrase (``Ortega Precision Parts in El Paso, Texas;``, ``Ridge Robotics in Fort Wayne, Indiana.``)."""
    at = next((n for n in range(len(org) - 2, 0, -1) if org[n].text == "in"), None)
    if at is None or len(org) - at > 4 or end + 1 >= len(toks) or toks[end].text != "," \
            or not all(t.text[:1].isupper() and t.low not in ORG_WORDS and t.low not in ls.company_words
                       for t in org[at + 1:]):
        return None
    state = end + 1
    while state < len(toks) and toks[state].text[:1].isupper() and toks[state].low in ls.states and state - end <= 2:
        state += 1
    closes = state == len(toks) or toks[state].text in (".", ";", ",", ")") or toks[state].low == "and"
    return at if state > end + 1 and closes else None


def _only_places(words: list[_Tok], ls: _Lists) -> bool:
    """The words name places only (``Seoul``, ``Seoul and Busan``, ``Korea's``, ``Grand Rapids``: a city named by
    words that are names too): where one is, no body."""
    return all(_unowned(t.low) in ls.places or t.low == "and" for t in words) \
        or bool(words) and " ".join(_unowned(t.low) for t in words) in ls.cities


# words that end an organization's name: time and clauses ("in", "for", "on" may sit inside one: the Center
# for AI in Manufacturing)
_ORG_STOPS = frozenset({"until", "since", "before", "after", "when", "while", "during", "who", "said", "says"})


def _cut_org_tokens(org: list[_Tok], ls: _Lists) -> list[_Tok]:
    """An organization ends where a second title starts: ``Taejae University and Vice Chair of …``,
    ``Boss Semiconductor and a Commissioner of …``, a relative clause (``Acme Robotics who led …``); and
    without a dangling ``of``/``and``."""
    clause = next((n for n, t in enumerate(org) if t.low in ("who", "which", "that", "whose", "where")
                   or n > 0 and t.low in _ORG_STOPS), None)
    if clause is not None:
        org = org[:clause]  # "director at Ridge AI until May", "CEO of Acme since 2019"
    for n, t in enumerate(org):
        if t.low in ("and", "&") and n + 1 < len(org) and (org[n + 1].low in ("a", "an", "the")
                                                          or _is_head(org[n + 1], ls)
                                                          or org[n + 1].low in ls.modifiers
                                                          and any(_is_head(x, ls) for x in org[n + 2:n + 4])):
            # "… and Vice Chair of …" starts a second title; "… of Science and Technology" goes on
            org = org[:n]
            break
        if t.low in ("and", "&") and len(org) - n >= 3 and org[-1].low in _ENDOWED \
                and all(_capital(x) for x in org[n + 1:]):
            org = org[:n]  # "dean of the college and Southern Company Chair": a named chair, a second post
            break
    where = next((n for n in range(1, len(org) - 1) if org[n].text == "in" and _only_places(org[n + 1:], ls)), None)
    if where is not None:
        org = org[:where]  # "a researcher at Orbis in Seoul": where the body is, no part of its name
    while org and org[-1].low in ("of", "and", "the", "for", "&", "in", "at"):
        org = org[:-1]
    # "a senior fellow at the Ridge Institute think tank", "CEO of the Orbis startup": the kind after the name
    if len(org) >= 3 and [t.low for t in org[-2:]] == ["think", "tank"] and _capital(org[-3]):
        org = org[:-2]
    elif len(org) >= 2 and org[-1].text.islower() and org[-1].low in _KINDS and _capital(org[-2]) \
            and not any(t.text.endswith(_POSSESSIVE) or t.text in ("'", "’") for t in org[:-1]):
        org = org[:-1]  # (not "Kakao's AI lab": a unit of the owner, read as the owner's, as "Samsung's AI center")
    return org


# where in a photo, written in parentheses after a name: "(C)", "(L)", "(R)", "(Center)", "(Front Row)"
_PHOTO_SPOT = re.compile(r"[CLR]|L-R|Center|Centre|Left|Right|Front(?:\s+Row)?|Back(?:\s+Row)?|Middle", re.I)
_SIDES = frozenset({"left", "right", "center", "centre", "middle", "front", "rear", "back"})


def _photo_position(toks: list[_Tok], k: int) -> int | None:
    """The index of the comma that closes ``, left,`` / ``, second from right,`` at ``k``, or None."""
    if k + 2 >= len(toks) or toks[k].text != ",":
        return None
    n = k + 1
    while n < len(toks) and n - k <= 4 and toks[n].text != ",":
        n += 1
    words = [t.low for t in toks[k + 1:n]]
    if n < len(toks) and words and words[-1] in _SIDES and all(w in _SIDES or w in ("second", "third", "from", "far",
                                                                                     "top", "bottom") for w in words):
        return n
    return None


def _office_postnominal(toks: list[_Tok], j: int, after: int, ls: _Lists) -> str | None:
    """A post among the letters after a name (``MEP``, ``MP``, ``MLA``: a title as well as letters), or None."""
    if after < len(toks) and _is_name_part(toks[after], ls):
        return None  # "Tata Elxsi MD Manoj Raghavan": the title of the name after it
    # (not "Hanbit Daon (CEO Kim Ji-min)": a title with a name after it in parentheses is that name's, the body's head)
    return next((t.text for n, t in enumerate(toks[j:after], j) if t.text.isupper() and t.low in ls.heads
                 and not (n + 1 < after and _is_name_part(toks[n + 1], ls))), None)


def _a_business_segment(toks: list[_Tok], k: int, ls: _Lists) -> bool:
    """The capitalised words at ``k``, up to a comma or a stop, name a business: they end in a legal form or a word
    only companies' names end with (``Orbis Ltd``, ``Tata Technologies``), or in the country of its arm there
    (``Siemens India``)."""
    n = k
    while n < len(toks) and n - k < 6 and (_capital(toks[n]) or toks[n].low in ("&", "and", "of")):
        n += 1
    if n == k or n < len(toks) and toks[n].text not in (",", ".", ";", ")") or not _capital(toks[n - 1]):
        return False
    last = toks[n - 1].low.rstrip(".")
    # ("Lucas TVS", "Tata AIG": a company's initials after a capitalised word, no postnominal of a person's)
    initials = n - k >= 2 and any(re.fullmatch(r"[A-Z]{2,5}", t.text) is not None and t.text not in ls.postnominals
                                  for t in toks[k + 1:n])
    # ("Siemens India", "Microsoft Korea": a company's arm in a country, its name then the country's)
    national = n - k >= 2 and last in ls.places and toks[k].low not in ls.places and toks[k].low not in ORG_WORDS
    return last in LEGAL_FORMS or last in ls.company_words or initials or national


def _skip_postnominals(toks: list[_Tok], k: int, ls: _Lists) -> int:
    """Past ``AO``, ``, PhD``, ``, TD`` and a parenthesis right after a name."""
    while k < len(toks):
        at = k + (toks[k].text == ",")
        if at + 2 < len(toks) and toks[at].low in ls.heads and (toks[at + 1].low in ("and", "&") and _is_head(toks[at + 2], ls)
                                                                or toks[at + 1].low in ("of", "at") and _capital(toks[at + 2])):
            break  # "Vikram Singh, MD & CEO, Tata Technologies", "MD of Bosch India": a managing director, not a doctor
        if toks[k].text == "," and k + 3 < len(toks) and toks[k + 1].text == "MD" and toks[k + 2].text == "," \
                and _a_business_segment(toks, k + 3, ls):
            break  # "Tom Reed, MD, Orbis Ltd, …": a managing director's post before a company (a doctor's before a hospital)
        if toks[k].text in ls.postnominals or toks[k].text == "," and k + 1 < len(toks) \
                and toks[k + 1].text in ls.postnominals:
            k += 1 if toks[k].text in ls.postnominals else 2
            if k + 1 < len(toks) and toks[k].text == "." and (toks[k + 1].text in (",", "(")
                                                              or toks[k + 1].text[:1].islower()):
                k += 1  # "John Whitaker Jr., COO of …", "Robert Kim Jr. of Daon": the abbreviation's full stop
        elif toks[k].text in ("'", "’") and k + 1 < len(toks) and re.fullmatch(r"\d\d", toks[k + 1].text):
            k += 2  # "Jane Roe '98, now a vice president at …": a graduate's class year
        elif toks[k].text == "," and k + 2 < len(toks) and _PARTY_STATE.fullmatch(toks[k + 1].text) \
                and (toks[k + 2].text == "," or toks[k + 2].text == "." and k + 3 < len(toks) and toks[k + 3].text == ","):
            k += 2 if toks[k + 2].text == "," else 3  # "Sen. Ted Cruz, R-Texas, the committee's chairman": party, state
        elif (side := _photo_position(toks, k)) is not None:
            k = side  # "Lee Kwang-hyung, left, president of …", "…, second from right, …": where in the photo
        elif toks[k].text == "(" and (close := next((n for n in range(k + 1, min(k + 8, len(toks)))
                                                     if toks[n].text == ")"), None)) is not None:
            k = close + 1
        else:
            return k
    return k


_NOT_PORTFOLIO = frozenset({"and", "who", "which", "said", "the", "a", "an", "in", "at", "on", "for", "with", "from",
                            "his", "her", "their", "its", "as", "to", "was", "is", "will"})
# the talks given by someone ("a talk by A", "a talk on edge AI by A"), and the other words a giver follows "by"
_TALK_BY = (r"talks?|presentations?|keynotes?|lectures?|speeches|remarks|address|addresses|testimony|demos?|papers?|"
            r"demonstrations?|sessions?|workshops?|briefings?")
_TALK_BY_NOUN = re.compile(rf"^(?:{_TALK_BY})$", re.I)
_CUE_BY = re.compile(rf"^(?:{_TALK_BY}|heard|hear|hears|(?:co-)?moderated|(?:co-)?chaired|"
                     r"hosted|convened|given|delivered|presented|led|featuring|featured|with|stage|onstage|emceed|MCed|MC['’]d|facilitated|addressed|opened|closed|inaugurated|"
                     # ("The workshop was organized by Ana Vale of Bolt": a person's name after it is a person)
                     r"(?:co-?)?organi[sz]ed|"
                     # ("…, joined by Tom Reed of Nimbus, presented …", "… was attended by Tom Reed of Nimbus")
                     r"joined|accompanied|flanked|won|steered|guided|attended|"
                     # ("The keynote was introduced by Tom Reed of Orbis")
                     r"introduced|"
                     # ("Technical sessions were handled by Meera Iyer of Tata Elxsi", "… conducted by …")
                     r"handled|conducted|anchored|"
                     # ("A video message from Tom Reed of Orbis was played": one who sent a message)
                     # ("The summit opened with a call from Tom Reed of Orbis for …": a call, a plea, a warning made there)
                     r"message|messages|greetings|call|plea|warning|appeal)$", re.I)
_ORGANIZED = re.compile(r"(?:co-?)?organi[sz]ed")
_MADE_THERE = frozenset({"call", "plea", "warning", "appeal"})  # what a speaker makes, which other words make too


def _post_or_body_after(toks: list[_Tok], i: int) -> bool:
    """The capitalised words at ``i`` are followed by a body (``of``, ``from``, ``at``, parentheses) or by a post
    after a comma (``, a professor …``, ``, CEO of …``), or joined by "and" to another such name."""
    ls = lists()
    j = i
    while j < len(toks) and j - i < _MAX_NAME and (_capital(toks[j]) or _particle_in_name(toks, j)):
        j += 1
    if j == i or j >= len(toks):
        return False
    nxt = toks[j]
    if nxt.low in ("of", "from", "at") or nxt.text == "(":
        return True
    if nxt.text == "," and j + 1 < len(toks):
        after = toks[j + 1]
        return after.low in ("a", "an") or _is_head(after, ls)
    return nxt.low == "and" and j + 1 < len(toks) and _capital(toks[j + 1]) and _post_or_body_after(toks, j + 1)


_COME = frozenset({"came", "come", "comes", "coming"})
_RANGED = frozenset({"ranged", "range", "ranging", "ranges"})
# the plural of a part, before "ranged from": "Speakers ranged from A to B"
_PLURAL_PARTS = frozenset({"speakers", "panelists", "panellists", "presenters", "keynoters", "participants", "guests",
                           "attendees", "lecturers", "judges", "mentors"})
_RANGE_REACH = 16  # tokens from "to" back to the "ranged from" that opens the span


def _ranged_from_before(toks: list[_Tok], i: int) -> bool:
    """A span of those taking a part opens before the ``to`` at ``i - 1`` (``Speakers ranged from A of X to``), in the
    same sentence."""
    for n in range(i - 2, max(1, i - _RANGE_REACH), -1):
        if toks[n].text in (".", ";"):
            return False
        if toks[n].low == "from" and toks[n - 1].low in _RANGED and toks[n - 2].low in _PLURAL_PARTS:
            return True
    return False


_GATHERING_REACH = 8  # words of a gathering's name between a talk and its verb


def _past_the_gathering(toks: list[_Tok], k: int) -> int:
    """``k`` (a verb), or the start of the gathering's name right before it when a talk stands before that name
    (``keynote at this year's Lake AI Expo came``: the word before the result is ``keynote``)."""
    for n in range(k - 1, max(0, k - _GATHERING_REACH), -1):
        if toks[n].low in ("at", "of"):
            named = toks[n + 1:k]
            if n >= 1 and named and named[-1].low in gathering_words() and _CUE_BY.match(toks[n - 1].text) \
                    and all(_capital(t) or t.text[:1].isdigit() or t.low in ("the", "this", "last", "year's", "year’s")
                            for t in named):
                return n  # (toks[n - 1] is the talk, as toks[k - 1] is for the caller)
            if n >= 1 and len(named) == 2 and named[0].low == "the" and named[1].low in _TIMES_OF_DAY \
                    and _CUE_BY.match(toks[n - 1].text):
                return n  # "The most striking session of the day came from …": the talk, then its day
            break
    return k


_TIMES_OF_DAY = frozenset({"day", "morning", "afternoon", "evening", "week"})
_TEAMS = frozenset({"team", "teams", "winners", "finalists"})  # a dash after them opens their members' names
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"})
MONTHS = frozenset("january february march april may june july august september october november december jan feb mar "
                   "apr jun jul aug sep sept oct nov dec".split())


def _after_cue_by(toks: list[_Tok], i: int) -> bool:
    """``talks by NAME``, ``moderated by NAME``, ``featuring NAME``: a role cue points at the name, or at
    the first item of a list the name continues (``featured A (X), B (Y) and C (Z)``), or the name stands
    in a later item of a list parted by semicolons after such a cue (``Speakers included A of X; B (Y);
    and two CMU faculty members, C and D``)."""
    if _cue_right_before(toks, i):
        return True
    first = _list_start(toks, i)
    return first != i and _cue_right_before(toks, first) or _in_semicolon_list(toks, i)


_SEMICOLON_REACH = 60  # tokens back from a name to the cue that opens its semicolon list


def _by_again(toks: list[_Tok], i: int) -> bool:
    """The name at ``i`` follows its preposition (``by``, ``from``) written again after a comma, a semicolon or
    ``and``, and the first such preposition of the sentence, right before a name, follows a role cue: ``talks by
    A, professor of X, on robots; by B on snakes; and by C on language``, ``talks from A and from B``."""
    prep = toks[i - 1].low
    for n in range(i - 3, max(0, i - _SEMICOLON_REACH), -1):
        t = toks[n]
        if t.text in (".", "!", "?", ":") and not (t.text == "." and _initial_dot(toks, n)):
            return False
        if t.low == prep and n + 1 < i and _capital(toks[n + 1]) \
                and not (toks[n - 1].text in (",", ";") or toks[n - 1].low == "and"):
            return _cue_right_before(toks, n + 1)  # the series' first item (no joiner before it, so no recursion)
    return False


def _closes_a_photo_spot(toks: list[_Tok], n: int) -> bool:
    """The parenthesis or colon at ``n`` closes where those named after it stand: ``(L-R)``, ``(from left)``,
    ``From left to right:``, ``Pictured (l-r):``, ``Pictured:`` (``n`` at least 2)."""
    if toks[n].text == ":" and n > 2 and toks[n - 1].text == ")":
        n -= 1  # ("Pictured (l-r):": the parenthesis before the colon)
    return toks[n - 1].text.upper() in ("L-R", "R-L", "L–R", "R–L") \
        or toks[n - 1].low in ("left", "right") and toks[n - 2].low in ("from", "to") \
        or toks[n].text == ":" and toks[n - 1].low == "pictured"


def _in_semicolon_list(toks: list[_Tok], i: int) -> bool:
    semicolon = False
    honorifics = lists().honorifics
    for n in range(i - 1, max(-1, i - _SEMICOLON_REACH), -1):
        t = toks[n]
        if t.text == "." and n > 0 and (_initial_dot(toks, n) or toks[n - 1].low in LEGAL_FORMS
                                        or toks[n - 1].low in honorifics):
            continue  # "the Harold E. Smalley Professor", "Acme Inc.", "Dr.": no sentence ends there
        if t.text == ":" and semicolon and n > 0 and toks[n - 1].low in _SPEAKING | _LISTED_PEOPLE:
            return True  # "… introduced the judges: A, X; B, Y; and C of Z"
        if t.text in (")", ":") and n > 1 and _closes_a_photo_spot(toks, n):
            return semicolon  # a caption's "(L-R) A, X; B, Y; C, Z", "From left to right: A, X; B, Y"
        if t.text in (".", "!", "?", ":"):
            return False
        if t.text == ";":
            semicolon = True
        elif semicolon and t.low in ("included", "include", "includes", "featured", "featuring", "were", "comprised") \
                and n > 0 and (toks[n - 1].low in _SPEAKING | _ROLE_NOUNS | _ON_STAGE | _LISTED_PEOPLE
                               or t.low in ("featured", "featuring", "comprised")):
            return True
    return False


# the people a list parted by semicolons may name, besides those who speak: "Judges were A, X; B, Y; and C of Z"
_LISTED_PEOPLE = frozenset({"judges", "jurors", "mentors", "guests", "winners", "finalists", "members", "honorees",
                            "recipients", "participants", "attendees"})


def _semicolon_item(toks: list[_Tok], i: int, after: int) -> bool:
    """The name at ``i`` (its comma at ``after``) is an item of a list parted by semicolons after a role cue
    (``Presenters included A, Lake Corp; B, Nimbus AI; and C, Hanbit University``): the first item,
    closed by a semicolon, or a later one."""
    first = next((n for n in range(after + 1, min(after + 8, len(toks))) if toks[n].text in (";", ".", ",", ":")), None)
    return first is not None and toks[first].text == ";" and _after_cue_by(toks, i) or _in_semicolon_list(toks, i)


_GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})  # the suffixes that tell a father from a son


_PRONOUN_OWNERS = frozenset({"his", "her", "their"})


def _past_a_persons_owner(toks: list[_Tok], i: int) -> int:
    """Back over ``Sam Altman's former colleague`` / ``Jensen Huang's deputy`` before the name at ``i``: a person's
    possessive, then a relation or a post in lower case, to where the owner begins; ``i`` when none is there."""
    ls = lists()
    m = i - 1
    while m > 0 and i - m <= 3 and toks[m].text.islower() and (toks[m].low in RELATIONS or _is_head(toks[m], ls)
                                                               or toks[m].low in ("former", "longtime", "long-time")):
        m -= 1
    if m < i - 1 and toks[m].low in _PRONOUN_OWNERS and any(t.low in RELATIONS for t in toks[m + 1:i]):
        return m  # "followed by her colleague Tom Reed": a pronoun owner, the relation, then the name
    if m == i - 1 or not (toks[m].text.endswith(_POSSESSIVE) and _capital(toks[m])) \
            or not any(t.low in RELATIONS for t in toks[m + 1:i]):
        return i
    o = m
    while o > 0 and m - o < 3 and _capital(toks[o - 1]):
        o -= 1
    return o


def _joining_them(toks: list[_Tok], i: int) -> bool:
    """``Joining him (on stage | on the panel) were`` right before the name: the ones who joined a speaker (or
    ``Joining the discussion were``: who joined a part on stage)."""
    words = [t.low for t in toks[max(0, i - 7):i]]
    if not words or words[-1] not in ("were", "was", "are", "is", "be"):
        return False
    words.pop()
    if words[-1:] == ["will"]:
        words.pop()  # "Joining him on stage will be A"
    elif words and toks[i - 1].low == "be":
        return False
    for place in (["on", "stage"], ["onstage"], ["on", "the", "panel"], ["on", "the", "stage"]):
        if words[-len(place):] == place:
            del words[-len(place):]
            break
    if len(words) >= 3 and words[-3] == "joining" and words[-2] in ("the", "this", "that") and words[-1] in JOINED_PARTS:
        return True  # "Joining the discussion were A (X) and B (Y)": a part on stage, joined by those named
    if words[-2:] in (["joining", "him"], ["joining", "her"], ["joining", "them"]):
        return True
    # "Joining Rhea Mills of Lake Corp on the panel will be A": the one joined named, with their organization
    return _joined_by_name(toks, i)


def _joined_by_name(toks: list[_Tok], i: int) -> bool:
    """``Joining NAME (of ORG) on the panel were`` / ``will be`` right before ``i``: a person named as the one
    joined, opening the sentence."""
    k = i - 1
    if toks[k].low == "be":
        k -= 1  # (after "will")
    k -= 1
    if k < 0:
        return False
    while k >= 0 and k > i - 14 and toks[k].low != "joining":
        t = toks[k]
        if not (_capital(t) or t.low in ("of", "the", "&", "(", ")", "on", "stage", "panel", "onstage", "at", "from")
                or t.text in ("'", "’", ".")):
            return False
        k -= 1
    if k < 0 or toks[k].low != "joining" or not (toks[k].text[:1].isupper() or k > 0 and toks[k - 1].text == ","):
        return False  # (the participle opens the sentence or a clause)
    return k + 3 < i and _is_name_part(toks[k + 1], lists()) and _is_name_part(toks[k + 2], lists())


# the people at the event, fronted before the copula and the names ("Among those present were A and B")
_AMONG_THOSE = tuple(("among", "those", *w.split()) for w in ("attending", "present", "participating", "taking part",
                                                                   "presenting", "speaking"))
_AWARDS = frozenset({"award", "awards", "prize", "prizes", "honor", "honour", "trophy", "medal"})


def _owner_at(toks: list[_Tok], i: int) -> bool:
    """The capitalised words from ``i`` end in a possessive: a name owning what follows (``Tom Reed's proposal``)."""
    k = i
    while k < len(toks) and k - i <= _MAX_NAME and _capital(toks[k]):
        if toks[k].text.endswith(_POSSESSIVE):
            return True
        k += 1
    return False


_TEAM_NAME_WORDS = 4  # words of a team's name between "team" and the dash that opens its members' names


def _team_named_before(toks: list[_Tok], k: int) -> bool:
    """Before ``k``: "team" and the team's name, quoted or in capitals (``team "Line Guardians"``)."""
    n = k - 1
    quoted = n >= 0 and toks[n].text in ('"', "”", "’", "'")
    n -= quoted
    start = n
    while n >= 0 and start - n < _TEAM_NAME_WORDS and (_capital(toks[n]) or toks[n].text.isdigit()):
        n -= 1
    if n == start:
        return False
    if quoted:
        if n < 0 or toks[n].text not in ('"', "“", "‘", "'"):
            return False
        n -= 1
    return n >= 0 and toks[n].low in ("team", "teams")


# "one" of the talks named before and who gave it: "Faculty presentations followed, including one by A"
# (kg.extract.en reads the part from the same words)
ONE_OF_THEM = frozenset({"one", "two", "three", "those", "ones"})
TALKS_PLURAL = frozenset({"presentations", "talks", "lectures", "speeches", "addresses", "keynotes", "panels"})
_ONE_OF_REACH = 16  # tokens back from "one" to the plural talk noun it counts from


def _one_of_the_talks(toks: list[_Tok], k: int) -> bool:
    """``one`` at ``k`` (before "by") counts from talks named earlier in the sentence, after "including",
    "notably" or "among them": ``Faculty presentations followed, including one by …``."""
    if toks[k].low not in ONE_OF_THEM:
        return False
    j = k - 1 - (toks[k - 1].low == "the")
    if not (j >= 0 and toks[j].low in ("including", "notably") or j >= 1 and toks[j].low == "them"
            and toks[j - 1].low == "among"):
        return False
    for n in range(j - 1, max(-1, j - _ONE_OF_REACH), -1):
        if toks[n].text in (".", ";", "!", "?"):
            return False
        if toks[n].low in TALKS_PLURAL:
            return True
    return False


_TOPIC_REACH = 6  # words of a talk's topic between "on" and "by"


def _talk_on_a_topic(toks: list[_Tok], k: int) -> bool:
    """The words ending at ``k`` (before "by") are a talk's topic after its noun and "on" or "about": ``a
    talk on edge AI``, ``a keynote about robot safety``."""
    for n in range(k, max(0, k - _TOPIC_REACH), -1):
        if toks[n].text in (".", ",", ";", ":", "!", "?", "(", ")"):
            return False
        if toks[n].low in ("on", "about") and n >= 1 and _TALK_BY_NOUN.match(toks[n - 1].text):
            return True
    return False


_STUDENT_YEARS = frozenset({"seniors", "juniors", "sophomores", "freshmen", "alumni", "graduates", "undergraduates"})


def _past_plural_post(toks: list[_Tok], i: int) -> int:
    """Where ``Purdue seniors`` or ``Lake Corp engineers`` before the list at ``i`` opens (``i`` when no plural post
    in lower case, with the capitalised words of its body before it, stands right before it)."""
    if i < 2 or not toks[i - 1].text.islower() \
            or not (toks[i - 1].low in _STUDENT_YEARS or _plural_head(toks[i - 1], lists()) is not None):
        return i
    k = i - 1
    fields = lists().fields  # ("mechanical engineering seniors A, B and C": the field in lower case before the plural)
    while k > 0 and i - 1 - k < 4 and (_capital(toks[k - 1]) or toks[k - 1].text.islower() and toks[k - 1].low in fields) \
            and not toks[k - 1].text.endswith(_POSSESSIVE):
        k -= 1
    return k


# a time or a state between a part's plural and its verb ("Speakers so far are …", "Panelists this year include …")
_ADVERBIALS = (("so", "far"), ("this", "year"), ("this", "time"), ("already",), ("again",), ("today",),
               ("confirmed",), ("announced",), ("to", "date"), ("for", "the", "event"), ("at", "the", "event"))


_PHRASE_PREPOSITIONS = frozenset({"in", "at", "on", "for", "during", "from", "of", "across"})
_PHRASE_REACH = 10  # words of a prepositional phrase between a part's plural and its verb


def _past_adverbial_back(toks: list[_Tok], k: int) -> int:
    """The index before one of :data:`_ADVERBIALS` that ends right before ``k``, or before a prepositional phrase
    of a few words (``Panelists in a session on grid capacity were A``), else ``k - 1``."""
    for words in _ADVERBIALS:
        n = len(words)
        if k - n >= 1 and tuple(t.low for t in toks[k - n:k]) == words:
            return k - n - 1
    first = None  # (the phrase's first preposition: "in a session on grid capacity")
    for p in range(k - 2, max(0, k - 1 - _PHRASE_REACH), -1):
        if not toks[p].text[:1].isalnum():
            break
        if toks[p].low in _PHRASE_PREPOSITIONS and toks[p].text.islower():
            first = p
    return first - 1 if first is not None and first >= 1 and toks[first - 1].text[:1].isalpha() else k - 1


# what one heard or watched a named person do on stage (kg.extract.en reads the talk from the same words): the
# verbs of perceiving, and the bare infinitives of speaking after the one perceived
SAW = frozenset({"saw", "see", "sees"})  # (what a stretch of the event saw: "Session two saw A present …")
HEARD = frozenset({"heard", "hear", "hears", "watched", "watch", "watches"}) | SAW
SPEAKING_INFINITIVES = ("describe", "explain", "outline", "discuss", "detail", "present", "argue", "warn", "urge",
                        "call for", "lay out", "set out", "talk about", "speak about", "speak on", "demonstrate",
                        "make the case", "recount", "walk through", "unveil", "pitch")
_SPEAKING_FIRST = frozenset(v.split()[0] for v in SPEAKING_INFINITIVES)
_SPEAKS_REACH = 30  # tokens from the name to the verb, past the name's description


def _past_owner(toks: list[_Tok], i: int) -> int:
    """Where the owner of the name at ``i`` opens, written right before it (``Ford's`` in ``Ford's Maria Chen``,
    ``GE Vernova's``); ``i`` when none."""
    if not (i >= 1 and toks[i - 1].text.endswith(_POSSESSIVE)):
        return i
    k = i - 1
    while k > 0 and i - k < _OWNER_WORDS and _capital(toks[k - 1]) and not toks[k - 1].text.endswith(_POSSESSIVE):
        k -= 1
    return k


_OWNER_WORDS = 4  # words of an owner's name written before a name


def _speaks_after(toks: list[_Tok], i: int) -> bool:
    """After the name at ``i`` and its description, before the clause ends: a bare infinitive of speaking
    (``… heard Tom Reed, CEO of Orbis, describe``)."""
    for j in range(i + 1, min(len(toks), i + _SPEAKS_REACH)):
        if toks[j].text in (".", ";", "!", "?", ":") and not (toks[j].text == "." and j >= 1 and len(toks[j - 1].text) <= 3):
            return False
        if toks[j].low in _SPEAKING_FIRST and toks[j].text.islower() \
                and any(" ".join(t.low for t in toks[j:j + len(v.split())]) == v for v in SPEAKING_INFINITIVES):
            return toks[j - 1].text in (",", ")") or _capital(toks[j - 1]) or toks[j - 1].low in ("also", "then")
    return False


# what the audience took from a named person (kg.extract.en reads the talk from the same words): "Attendees got a
# glimpse of the future from A", "Participants learned about digital twins from B"
_AUDIENCE_PEOPLE = ("attendees", "participants", "delegates", "audience", "visitors", "guests")  # (also in _AUDIENCES)
AUDIENCE_NOUNS = (*_AUDIENCE_PEOPLE, "audiences", "crowd")
AUDIENCE_TOOK = ("got", "gained", "received", "learned", "learnt", "gleaned", "heard", "took away", "picked up")
_TOOK_FIRST = frozenset(v.split()[0] for v in AUDIENCE_TOOK)
_TOOK_REACH = 16  # tokens back from "from" to the audience's verb


def _audience_took(toks: list[_Tok], k: int) -> bool:
    """``from`` at ``k`` ends what an audience named before it got, learned or heard, in the same clause."""
    for j in range(k - 1, max(0, k - _TOOK_REACH) - 1, -1):
        if toks[j].text in (".", ";", ":", "!", "?", '"', "“", "”"):
            return False
        if toks[j].low in _TOOK_FIRST and any(" ".join(t.low for t in toks[j:j + len(v.split())]) == v
                                              for v in AUDIENCE_TOOK):
            n = j - 1 - (j >= 1 and toks[j - 1].low in ("also", "then", "later"))
            return n >= 0 and toks[n].low in AUDIENCE_NOUNS
    return False


# the verbs and nouns of a discussion whose other parties "with" names: "discussed trust with A", "a chat with A"
_DISCUSSED_WITH = frozenset({"discussed", "discusses", "debated", "debates", "conversation", "chat", "dialogue",
                             "dialog", "discussion", "debate", "talked", "talks", "chatted", "conversed", "sat"})
_DISCUSSED_REACH = 5  # tokens between the verb or noun and "with"


_NAMING_WORDS = frozenset({"titled", "entitled", "called", "named", "on", "about", "dubbed"})
_INCLUDING_WORDS = frozenset({"included", "include", "includes", "including", "featured", "features", "featuring"})


def _part_before_quoted_title(toks: list[_Tok], close: int) -> bool:
    """``toks[close]`` closes a quoted title that a part names (``The panel "Robots at Work"``, ``a session titled
    "…"``, ``Sessions included "…"``): the names after "with" past it take that part."""
    openings = [q for q in _TITLE_QUOTES if toks[close].text in CLOSERS_OF[q]]
    if not openings:
        return False
    n = next((n for n in range(close - 1, max(-1, close - 2 * _QUOTED_TITLE_WORDS), -1) if toks[n].text in openings),
             -1)
    if n < 1 or n == close - 1:
        return False
    m = n - 1
    if toks[m].low in _NAMING_WORDS:
        m -= 1
    if m >= 0 and toks[m].low.rstrip("s") in _WITH_PARTS:
        return True
    return m >= 1 and toks[m].low in _INCLUDING_WORDS and toks[m - 1].low.rstrip("s") in _WITH_PARTS


def _cue_right_before(toks: list[_Tok], i: int) -> bool:
    honorifics = lists().honorifics
    i = _past_a_persons_owner(toks, i)  # "The panel featured Jensen Huang's deputy Ian Buck"
    i = _past_plural_post(toks, i)  # "First place went to Purdue seniors A, B and C": the cue before their post
    while i >= 1 and (toks[i - 1].low in honorifics or i >= 2 and toks[i - 1].text == "."
                      and toks[i - 2].low in honorifics):
        i -= 2 if toks[i - 1].text == "." else 1  # "included Dr. Maria Santos": the cue is before the honorific
    if i >= 3 and toks[i - 1].low == "own" and toks[i - 2].low in _OWNERS:
        i -= 2  # "moderated by our own Priya Shah": the writer's colleague, named after the cue
    if i >= 3 and toks[i - 1].low == "of" and toks[i - 2].low == "presence" and toks[i - 3].low == "the":
        return True  # "In the presence of Mia Holt of Ridge Labs, the centre was opened": one there
    if i >= 2 and toks[i - 1].low == "with" \
            and any(t.low in _DISCUSSED_WITH for t in toks[max(0, i - 1 - _DISCUSSED_REACH):i - 1]) \
            and not any(t.text in (",", ";", ".") for t in toks[max(0, i - 1 - _DISCUSSED_REACH):i - 1]):
        return True  # "A panel discussed trust with Tom Reed (Acme) and …": those one discussed it with
    if i >= 3 and toks[i - 1].text.endswith(_POSSESSIVE) and _capital(toks[i - 1]):
        o = i - 1  # "a talk on edge AI by Qualcomm's Hiro Tanaka": the organization owning the name, before it
        while o > 0 and i - o < 4 and _capital(toks[o - 1]) and not toks[o - 1].text.endswith(_POSSESSIVE):
            o -= 1
        if o >= 2 and toks[o - 1].low in ("by", "from"):
            i = o
    if i >= 2 and toks[i - 1].low in ("by", "from"):
        k = i - 2
        if k >= 1 and toks[k].low in WEEKDAYS:
            k -= 2 if toks[k - 1].low == "on" else 1  # "addressed on Saturday by NAME"
        if k >= 0 and (toks[k].text in (",", ";") or toks[k].low == "and") and _by_again(toks, i):
            return True  # "talks by A on X; by B on Y; and by C on Z": the preposition again opens the next item
        if k >= 1 and toks[k].text == "," and _TALK_BY_NOUN.match(toks[k - 1].text) \
                and (k < 2 or toks[k - 2].low in ("the", "a", "an", "its", "this") or toks[k - 2].text.islower()):
            return True  # "The keynote, by Tom Reed of Acme, focused on data": the talk, then its giver set off
        if k >= 0 and _CUE_BY.match(toks[k].text):
            # (an organizer is more often a body: a name after "organized by" is a person's only with a person's
            # body or post after it, "organized by Ana Vale of Bolt", not "organised by Ridge Messe.")
            # (a call, a plea, a warning or an appeal the event went "with": not "she had a call from A")
            if toks[k].low in _MADE_THERE:
                return k >= 2 and toks[k - 1].low in ("a", "an") and toks[k - 2].low == "with"
            return not _ORGANIZED.fullmatch(toks[k].low) or _post_or_body_after(toks, i)
        if k >= 2 and toks[k].low in ("made", "offered") \
                and any(t.low in _TALK_NOUNS or t.low.removesuffix("es") in _TALK_NOUNS for t in toks[max(0, k - 4):k]):
            return True  # "Remarks were also made by Ana Vale", "a brief presentation was made by …": a talk's giver
        if k >= 1 and _one_of_the_talks(toks, k):
            return True  # "Student talks came next, notably one by Ana Vale": one of the talks, by its speaker
        if _talk_on_a_topic(toks, k):
            return True  # "a talk on edge AI by Hiro Tanaka": the talk, its topic, then its speaker
        if k >= 2 and (toks[k].low in _ON_STAGE or toks[k].low == "onstage"):
            n = k - 1  # "… was joined on the panel by Lake Corp's Ana Vale": where one joined, then who
            while n > 0 and k - n < 4 and toks[n].low in ("on", "the", "at"):
                n -= 1
            if toks[n].low in ("joined", "accompanied"):
                return True
        if toks[i - 1].low == "from" and _audience_took(toks, i - 1):
            return True  # "Participants learned about digital twins from Ana Vale": one the audience learned from
        # "Further talks came from A (X), B (Y) and C", "The keynote will come from …": the talk's giver
        # ("The keynote at the Lake Robotics Summit came from …": the gathering's name between)
        if k >= 1 and toks[i - 1].low == "from" and toks[k].low in _COME \
                and (_CUE_BY.match(toks[_past_the_gathering(toks, k) - 1].text)
                     or k >= 2 and toks[k - 1].low in ("will", "would")
                     and _CUE_BY.match(toks[k - 2].text)):
            return True
    if i >= 1 and toks[i - 1].low in ("featuring", "featured", "features", "feature", "including", "included",
                                      "includes", "include", "comprised", "comprising", "comprises", "comprise",
                                      # ("The fireside chat paired A of X with B", "The debate pitted A against B")
                                      "paired", "pairs", "pairing", "pitted", "pits", "pitting"):
        if i >= 3 and toks[i - 2].low in ("members", "member") and toks[i - 3].low in ("panel", "jury"):
            return True  # "Panel members included Ana Vale": members of a part, people
        return not _of_organizations(toks, i - 1)  # "The panel comprised A (X), B (Y) and C (Z)"
    if i >= 1 and toks[i - 1].low in GREETED:
        return not _of_organizations(toks, i - 1)  # "Professor Ana Vale welcomed A of X, B of Y and C": guests
    if i >= 1 and toks[i - 1].low in _QUESTIONED or i >= 3 and toks[i - 1].low == "to" \
            and toks[i - 2].low in ("questions", "question") and any(t.low in _POSED for t in toks[max(0, i - 4):i - 2]):
        # "Tom Reed interviewed Ana Vale of Nimbus on stage", "The moderator posed questions to A of X": one
        # questioned, a person
        return not _of_organizations(toks, i - 1)
    if _joining_them(toks, i):
        return True  # "Joining him were Esben Ostergaard and Melonee Wise", "Joining her on stage was …"
    if i >= 2 and toks[i - 1].low in ("heard", "hears", "hear"):
        k = i - 3 if i >= 3 and toks[i - 2].low in ("also", "then", "later", "first") else i - 2
        if toks[k].low in _AUDIENCES or toks[k].low == "audience":
            return True  # "The audience also heard Tom Reed of Orbis describe …": one the audience heard speak
    if i >= 2 and (toks[i - 1].low == "hear" and toks[i - 2].low == "to"
                   or i >= 3 and [t.low for t in toks[i - 3:i]] == ["to", "listen", "to"]):
        return True  # "A crowd packed the hall to hear Tom Reed", "Hundreds gathered to listen to Mia Holt"
    if (o := _past_owner(toks, i)) >= 1 and toks[o - 1].low in HEARD and _speaks_after(toks, i):
        # "Visitors to the expo heard Tom Reed outline …", "The crowd watched Mia Holt demonstrate …" (the name's
        # owner between: "Session two saw Ford's Maria Chen present …")
        return True
    if (i >= 1 and toks[i - 1].low in ("debated", "debates", "debating")
            or i >= 4 and [t.low for t in toks[i - 4:i]] == ["head", "to", "head", "with"]) and not _owner_at(toks, i):
        return True  # "Ana Vale of Acme debated Tom Reed of Orbis", "… went head to head with Tom Reed"
    if i >= 3 and toks[i - 1].low == "from" and toks[i - 2].low in _RANGED and toks[i - 3].low in _PLURAL_PARTS:
        return True  # "Speakers ranged from Ana Vale of Orbis to …": the first of a span of those taking the part
    if i >= 1 and toks[i - 1].low == "to" and _ranged_from_before(toks, i):
        return True  # "… ranged from A of Orbis to Tom Reed of Nimbus": the span's other end
    if i >= 3 and toks[i - 1].low in ("from", "of") and toks[i - 2].low == "participation" \
            and (toks[i - 3].low in _SAW or i >= 4 and toks[i - 3].low == "the" and toks[i - 4].low in _SAW):
        return not _of_organizations(toks, i - 1)  # "The panel saw participation from A, B and C"
    if i >= 2 and toks[i - 1].low == "together" and toks[i - 2].low in ("brought", "brings", "bringing", "bring"):
        return not _of_organizations(toks, i - 1)  # "The panel brought together Microsoft's Ana Vale and …"
    if i >= 2 and toks[i - 1].low == "of" and (toks[i - 2].low in ("consisting", "composed", "consisted")
                                               or toks[i - 2].low == "up" and toks[i - 3].low == "made"):
        return not _of_organizations(toks, i - 1)  # "The jury, consisting of A (X), B (Y) and C (Z)"
    if i >= 3 and toks[i - 1].low == "as" and toks[i - 2].low == "such" \
            and (toks[i - 3].low in _SPEAKING | _ROLE_NOUNS or _plural_head(toks[i - 3], lists()) is not None):
        return True  # "speakers such as Jane Roe of Acme", "startup founders such as Ola Nwosu (Gridly)"
    # "a fireside chat with Tom Reed of Nimbus", "a discussion between Jane Roe of Acme and …"; "Tom Reed sat down
    # with Mia Holt of Kestrel": a conversation on stage
    if i >= 2 and toks[i - 1].low in ("with", "between") \
            and (toks[i - 2].low in _WITH_PARTS or i >= 3 and toks[i - 2].low == "down" and toks[i - 3].low in _SAT):
        return True
    if i >= 4 and toks[i - 1].low in ("with", "between") and _part_before_quoted_title(toks, i - 2):
        return True  # 'The panel "Robots at Work" with A and B', 'Sessions included "Data First" with A'
    if i >= 4 and toks[i - 1].low in ("with", "between"):
        for n in range(i - 2, max(0, i - 10), -1):  # "a panel on AI readiness with A, B and C": the part, its topic
            if toks[n].text in (",", ".", ";", ":"):
                break
            if toks[n].low in ("on", "about") and toks[n - 1].low in _WITH_PARTS:
                return True
    # "moderated by Lisa Brandt (Fraunhofer IPA), with Marco Rossi (Comau) and …": on that panel (a programme's line
    # past a semicolon too: "Panel — moderated by A, Partner, X; with B (Y), C (Z)")
    if i >= 3 and toks[i - 1].low == "with" and toks[i - 2].text in (",", ";") \
            and any(t.low in ("moderated", "chaired", "co-moderated", "co-chaired") for t in toks[max(0, i - 20):i - 2]):
        return True
    if i >= 2 and toks[i - 1].text == ":" and (toks[i - 2].low in _WITH_PARTS or toks[i - 2].low in _ROLE_NOUNS) \
            and (toks[i - 2].text[:1].isupper() or i >= 3 and toks[i - 3].text[:1].isupper()):
        return True  # "Fireside chat: Marco Rossi (Comau) and Julia Weber (Fraunhofer IPA)": a programme's label
    if i >= 2 and toks[i - 1].text in ("—", "–", "-") and toks[i - 2].low in _SPEAKING | _ROLE_NOUNS | _TEAMS:
        return True  # "Speakers — A (X), B (Y) and C (Z) — covered AI safety", "The winning team — A, B and C —"
    if i >= 3 and toks[i - 1].low == "of" and toks[i - 2].low in _TEAMS \
            and toks[i - 3].low in ("a", "the", "winning", "second-place", "third-place", "runner-up"):
        return True  # "The winning team of A, B and C built …", "First place went to a team of A, B and C"
    if i >= 3 and toks[i - 1].text == "," and toks[i - 2].low in _TEAMS and toks[i - 3].low == "winning":
        return True  # "The winning team, A, B and C, built …": its members set beside it
    if i >= 3 and toks[i - 1].text in ("—", "–", "-", "(") and _team_named_before(toks, i - 1):
        return True  # 'First place went to team "Line Guardians" - A, B and C -': the named team's members
    if i >= 3 and toks[i - 1].low == "to" and toks[i - 2].low in ("went", "goes", "go") \
            and toks[i - 3].low in ("place", "prize", "award", "honors", "honours", "trophy", "word"):
        return True  # "First place went to A, B and C of Ridge University", "The final word went to A"
    # "with panelists Tom Reed and Mia Cho", "moderator Ana Vale", "Panelists A and B agreed" (and after a caption's
    # marker or label, the plural in capitals: "(L-R) Panelists A (X), B (Y) and …", "Pictured: Speakers A and B")
    # ("handing over to MC Joe Carroll", "Host Ana Vale opened the evening": the one who hosts the stage)
    # ("said attendee Ana Vale", "Participant Tom Reed said …": one of the audience, by that word)
    if i >= 1 and toks[i - 1].low in _SPEAKING | _ROLE_NOUNS | _HOSTS_OF_A_GATHERING | _ONE_OF_THE_AUDIENCE \
            and (toks[i - 1].text.islower() or i == 1 or toks[i - 1].text == "MC"
                 or i >= 2 and toks[i - 2].text in (")", ":") and toks[i - 1].low in _SPEAKING) \
            and not (toks[i - 1].low in ("chair", "co-chair") and i >= 2 and toks[i - 2].low in ORG_WORDS):
        return True
    # ("said one attendee, Tom Reed, who …": one of the audience set off before the name)
    if i >= 2 and toks[i - 1].text == "," and (toks[i - 2].low in _ROLE_NOUNS or toks[i - 2].low in _HOSTS_OF_A_GATHERING
                                               or toks[i - 2].low in _ONE_OF_THE_AUDIENCE) \
            and (i == 2 or toks[i - 3].low in ("another", "the", "a", "one", "first", "second", "third", "final",
                                               "last", "next", "other", "keynote", "guest", "featured", "invited", "session", "panel")
                 # ("The summit's moderator, Tom Reed, …", "Its MC, Tom Reed, …": the part owned by the gathering;
                 # "Our moderator, Tom Walsh of …": the host's own, in a host's post)
                 or toks[i - 3].low in ("its", "their", "our") or toks[i - 3].text.endswith(_POSSESSIVE)
                 and (_unowned(toks[i - 3].low) in _PART_OWNERS or _unowned(toks[i - 3].low) in gathering_words())):
        return True  # "Another speaker, Siti Yusof from MIMOS, presented …", "The first speaker, Tom Reed of …"
    label = _past_adverbial_back(toks, i - 1) if i >= 2 else i - 2
    if label != i - 2 and label >= 0 and toks[label].low in _SPEAKING | _ON_STAGE \
            and toks[i - 1].low in ("were", "are", "was", "included", "include", "includes"):
        return True  # "Speakers so far are A (X) and B (Y)", "Panelists this year include A": a time between
    # (the copula in the future: "The keynote speakers will be A (X) and B (Y)")
    v = i - 2 if i >= 3 and toks[i - 1].low == "be" and toks[i - 2].low == "will" else i - 1
    if v >= 1 and (v < i - 1 or toks[v].low in ("were", "are", "was", "included", "include", "includes")) \
            and (toks[v - 1].low in _SPEAKING | _ON_STAGE or toks[v - 1].low in _LISTED_PEOPLE and v >= 2
                 and toks[v - 2].low in ("the", "among", "other", "notable", "panel", "jury")
                 # "Also on the program were A (X) and B (Y)": those billed to speak
                 or toks[v - 1].low in _BILLED and v >= 3 and toks[v - 2].low == "the" and toks[v - 3].low == "on"):
        # "Also speaking were A and B", "Other speakers included A", "Joining him on the panel were A"; "Among the
        # attendees was A", "The guests included A"
        return True
    if i >= 2 and toks[i - 1].low == "from" and toks[i - 2].low in _HEARD_FROM:
        return True  # "with contributions from Jenny Foster (Siemens UK), …", "presentations from A and B"
    if i >= 1 and toks[i - 1].low == "joining" and _joined_on_a_part(toks, i):
        return True  # "Joining Ana Vale of Acme on the panel were A and B": the one joined has the part too
    if i >= 3 and toks[i - 1].low == "to" and toks[i - 2].low in ("went", "go", "goes") \
            and any(t.low in _AWARDS for t in toks[max(0, i - 8):i - 2]):
        return True  # "The Innovator of the Year award went to A": an award's winner
    if i >= 4 and toks[i - 1].low in ("were", "was") \
            and any([t.low for t in toks[max(0, i - 1 - len(w)):i - 1]] == list(w) for w in _AMONG_THOSE):
        return True  # "Among those attending was A", "Among those taking part were A and B"
    if i >= 4 and toks[i - 1].low in ("were", "was") and any(
            toks[n].low == "present" and toks[n].text[:1].isupper() and toks[n + 1].low in ("at", "for", "during")
            and not any(t.text in ",;:" for t in toks[n:i - 1]) for n in range(max(0, i - 9), i - 2)):
        return True  # "Present at the event were A of X and B of Y": where they were, fronted before the copula
    if i >= 2 and (toks[i - 1].low in ("joined", "joins")
                   or i >= 3 and toks[i - 1].low == "the" and toks[i - 2].low in ("joined", "joins")) \
            and _for_a_part(toks, i):
        return True  # "A joined B of X for a fireside chat": B has the part too
    if i >= 3 and toks[i - 1].low in ("were", "are", ",", ":") and toks[i - 2].low in ("left", "right") \
            and (toks[i - 3].low == "from" or i >= 5 and toks[i - 3].low == "to" and toks[i - 5].low == "from"):
        return True  # a caption's "From left are A, B and C", "From left to right: A, B"
    if i >= 3 and toks[i - 1].text in (")", ":") and _closes_a_photo_spot(toks, i - 1):
        return True  # a caption opening "(From left) A, B and C", "(L-R) A, B", "Pictured (l-r): A", "Pictured: A"
    if i >= 3 and toks[i - 1].low in ("were", "are", "was", "is") and _part_is_the_subject(toks, i - 1):
        return True  # "The moderator was A", "The MC for the evening was A", "The master of ceremonies was A"
    if i >= 3 and toks[i - 1].low in ("were", "are", "was", "is") and _fronted_part(toks, i - 1):
        return True  # "Chairing the afternoon session was A of X"
    if i >= 3 and toks[i - 1].text == "," and _fronted_part(toks, i - 1):
        return True  # "Moderating the panel, A of X asked …", "Delivering the closing address, A …": its subject
    if i >= 3 and toks[i - 1].low == "by" and toks[i - 2].low == "followed" and toks[i - 3].text == ",":
        return _talk_before(toks, i - 3)  # "A of X spoke first, followed by B of Y"
    if i >= 3 and toks[i - 1].text == ":":
        return _cue_before_colon(toks, i - 1)  # "featured presentations by three members: A, B and C"
    # a speaking cue that points at the name after it ("Next up was A", "Then came A", "The floor went to A")
    return i >= 2 and speaking_cue_leads(" ".join(t.text for t in toks[max(0, i - _LEAD_WINDOW):i]))


_PART_SUBJECT_REACH = 8  # tokens back from a copula to the part that is its subject
# the words that open a subject: an article, a possessive, an ordinal ("The first speaker was A")
_SUBJECT_OPENERS = frozenset({"the", "our", "its", "their", "this", "that", "first", "second", "third", "final", "last",
                              "next", "opening", "closing", "keynote", "guest", "featured", "session", "panel"})


def _part_is_the_subject(toks: list[_Tok], verb: int) -> bool:
    """The subject of the copula at ``verb`` is a part at the event, with its article (``The moderator was``,
    ``The MC for the evening was``, ``The master of ceremonies was``, ``Our first speaker was``): the name after
    the copula took it."""
    for n in range(verb - 1, max(0, verb - _PART_SUBJECT_REACH), -1):
        t = toks[n]
        if t.text in (",", ".", ";", ":", "!", "?") or n < verb - 1 and t.low in ("and", "or"):
            return False
        ceremonies = t.low == "master" and [x.low for x in toks[n + 1:n + 3]] == ["of", "ceremonies"]
        if (t.low in _ROLE_NOUNS and t.text.islower() or t.low == "mc" or ceremonies) and n >= 1 \
                and (toks[n - 1].low in _SUBJECT_OPENERS or toks[n - 1].text.endswith(_POSSESSIVE)):
            return all(x.text.islower() or _capital(x) for x in toks[n + 1:verb])
    return False


_BILLED = frozenset({"program", "programme", "lineup", "line-up", "bill", "agenda", "schedule"})
_COLON_REACH = 16  # tokens back from a colon to the cue of the clause it closes
# the labels of an announcement's line that says where ("Where: …", "Venue: …"; kg.extract.en_events reads its place)
PLACE_LABELS = ("where", "venue", "location", "place")
_PLACE_LABELS = frozenset(PLACE_LABELS) | {"address", "venues", "locations"}
# a host's verbs of greeting, whose objects are the people greeted (kg.extract.en reads them as the guests' cue)
GREETED = frozenset({"welcomed", "welcomes", "welcoming", "greeted", "greets", "greeting", "thanked", "thanking",
                      "congratulated", "congratulating"})
# the verbs of questioning a person on stage, right before the one questioned
_QUESTIONED = frozenset({"interviewed", "interviews", "interviewing", "questioned", "questioning", "quizzed", "quizzes",
                         "quizzing", "grilled", "grills", "grilling", "introduced", "introduces", "introducing"})
_POSED = frozenset({"posed", "poses", "posing", "put", "puts", "putting", "directed", "directs", "addressed"})
_SAW = frozenset({"saw", "sees", "witnessed", "witnesses"})  # a part that saw one's participation
_LISTING = frozenset({"featured", "featuring", "included", "including", "includes", "include"})
# the words that open a list of people, after which a field and a head in lower case are one post
_LIST_OPENERS = _LISTING | {"and", ",", "were", "was", "by", "with", "from", "as"}


def _cue_before_colon(toks: list[_Tok], colon: int) -> bool:
    """The clause a colon closes names a part: ``presentations by three members:``, ``featured speakers from
    industry:``, ``the panelists:``, ``The lineup included:`` (the sentence's own clause, not an earlier one)."""
    for n in range(colon - 1, max(-1, colon - _COLON_REACH), -1):
        t = toks[n]
        if t.text in (".", "!", "?", ":", ";"):
            return False
        if t.low in _SPEAKING or t.low in _ROLE_NOUNS or t.low in _LISTING \
                or t.low == "by" and n > 0 and _CUE_BY.match(toks[n - 1].text) is not None:
            return True
        if t.low in _WITH_PARTS and any(x.low in ("with", "between", "featuring") for x in toks[n + 1:colon]):
            return True  # "moderated a panel with representatives from A, B and C: D, E and F"
    return False


_TALKED = frozenset({"spoke", "speaking", "presented", "presenting", "keynote", "talk", "speech", "address",
                     "presentation", "lecture", "remarks", "speaker", "presenter", "lecturer"})


JOINED_PARTS = frozenset({"chat", "conversation", "dialogue", "discussion", "debate", "panel", "roundtable", "q&a",
                           "talk", "interview"})
_FOR_REACH = 14  # tokens from the person joined to the "for" that names the part


def _for_a_part(toks: list[_Tok], at: int) -> bool:
    """``… joined B of X for a fireside chat``, ``… in a panel discussion``: after the person at ``at`` (and their
    organization), ``for``, ``in`` or ``on`` names a part held together."""
    for n in range(at, min(len(toks) - 1, at + _FOR_REACH)):
        if toks[n].text in (".", ";", "!", "?"):
            return False
        if toks[n].low in ("for", "in", "on") \
                and any(t.low in JOINED_PARTS or t.low in _OCCASIONS for t in toks[n + 1:n + 5]):
            return True
    return False


# what an audience hears from those on stage, before "from" and their names
_HEARD_FROM = frozenset({"contributions", "presentations", "talks", "remarks", "insights", "perspectives", "speeches",
                         "lectures", "keynotes", "updates", "input", "testimony", "briefings", "pitches"})


def _joined_on_a_part(toks: list[_Tok], at: int) -> bool:
    """``Joining B (of X) on the panel were``: after the person at ``at`` (and their organization), ``on``, ``in``
    or ``for`` names the stage or a part, then the verb brings the joiners."""
    for n in range(at, min(len(toks) - 3, at + _FOR_REACH)):
        if toks[n].text in (".", ";", "!", "?", ","):
            return False
        if toks[n].low in ("on", "in", "for"):
            part = next((m for m in range(n + 1, min(len(toks), n + 4)) if toks[m].low in JOINED_PARTS
                         or toks[m].low in ("stage", "podium")), None)
            return part is not None and part + 1 < len(toks) and toks[part + 1].low in ("were", "was", "are", "is", "will")
    return False


# what one joins another for at an event, besides a part on stage: "joined B of X for the ribbon cutting"
_OCCASIONS = frozenset({"ribbon-cutting", "ribbon", "ceremony", "tour", "photo", "signing", "unveiling"})


def _talk_before(toks: list[_Tok], at: int) -> bool:
    """A talk is named in the sentence before token ``at``."""
    for n in range(at - 1, max(-1, at - 30), -1):
        if toks[n].text in (".", "!", "?", ";"):
            return False
        if toks[n].low in _TALKED:
            return True
    return False


# The participles that front a part before the copula ("Moderating the closing panel was A", "Speaking first
# was A"), by the part they give the names after it; those with nouns give it only with a noun of that kind
# after them ("Leading the discussion was A", not "Leading the company is A"). kg.extract.en reads the roles
# from the same table.
FRONTED_PART_NOUNS = frozenset({"panel", "session", "discussion", "debate", "roundtable", "round-table", "conversation",
                                "dialogue", "q&a", "event", "evening", "ceremony", "proceedings", "programme", "program"})
FRONTED_TALK_NOUNS = frozenset({"talk", "speech", "address", "presentation", "lecture", "keynote", "remarks"})
LINEUP_NOUNS = frozenset({"lineup", "line-up", "program", "programme", "agenda", "speakers", "roster", "bill", "panel",
                          "panelists", "panellists", "slate"})
FRONTED: dict[str, tuple[str, frozenset[str] | None]] = {
    **{w: ("chair", None) for w in ("moderating", "co-moderating", "chairing", "co-chairing", "facilitating",
                                     "emceeing", "mcing", "presiding")},
    **{w: ("chair", FRONTED_PART_NOUNS) for w in ("leading", "hosting", "steering", "running")},
    **{w: ("speak", None) for w in ("speaking", "presenting")},
    # ("Testifying before the committee were A and B": the witnesses of a hearing, who speak to it, on no panel)
    "testifying": ("testify", None),
    **{w: ("speak", FRONTED_TALK_NOUNS) for w in ("delivering", "giving")},
    # the last of a line-up: "Rounding out the lineup were A and B", "Completing the panel was C"
    **{w: ("speak", LINEUP_NOUNS) for w in ("rounding", "completing")},
    # acting as the one who keeps it going: "Acting as master of ceremonies was A", "Serving as moderator was B"
    **{w: ("chair", frozenset({"emcee", "emcees", "mc", "master", "moderator", "moderators", "host", "chair",
                               "facilitator"})) for w in ("acting", "serving")},
    "headlining": ("keynote", None), "keynoting": ("keynote", None), "judging": ("judge", None),
    "mentoring": ("judge", None),
    # "Gracing the occasion were A and B": the guests of honour (Indian English)
    "gracing": ("guest", frozenset({"occasion", "event", "function", "ceremony", "inauguration"})),
    # "Sitting in the audience were A and B", "Seated in the front row was C": among those who listened
    **{w: ("attend", frozenset({"audience", "row", "crowd"})) for w in ("sitting", "seated")},
}
_FRONTED_REACH = 12  # tokens from a fronted part's participle to its copula


def _fronted_part(toks: list[_Tok], copula: int) -> bool:
    """``Chairing the afternoon session was A``: the clause before the copula opens the sentence with the
    participle of a part (a speaking or chairing one), so the names after the copula hold it."""
    for n in range(copula - 1, max(-1, copula - _FRONTED_REACH), -1):
        t = toks[n]
        if t.text in (".", "!", "?", ";", ":", ",") or t.low in ("was", "were", "is", "are"):
            return False
        kind, nouns = FRONTED.get(t.low, ("", None))
        if kind and (nouns is None or any(u.low.removesuffix("s") in nouns or u.low in nouns
                                          for u in toks[n + 1:copula])):
            if n >= 1 and toks[n - 1].low in ("also", "and"):
                n -= 1  # "Also chairing sessions were A and B"
            return toks[n].text[:1].isupper() and (n == 0 or toks[n - 1].text in (".", "!", "?", "\"", "“"))
    return False


# plural nouns for organizations: "50 companies, including Hyundai Motor, LG Electronics and SAP" lists no people
_ORG_PLURALS = frozenset({"companies", "firms", "organizations", "organisations", "exhibitors", "startups", "start-ups",
                          "institutions", "universities", "automakers", "carmakers", "chipmakers", "brands", "businesses",
                          "corporations", "conglomerates", "manufacturers", "suppliers", "agencies", "ministries",
                          "institutes", "groups", "enterprises", "sponsors", "partners", "members", "countries"})


def _of_organizations(toks: list[_Tok], c: int) -> bool:
    """Whether the list introduced at token ``c`` (``including``, ``featuring``) belongs to a plural noun for
    organizations written shortly before it in the same clause."""
    for n in range(c - 1, max(-1, c - 10), -1):
        if toks[n].text in (".", ";", ":", "—", "“", "”", '"'):
            return False
        if toks[n].low in _ORG_PLURALS:
            return True
    return False


# "a fireside chat with A", "a panel with A and B": the people a part is held with
_WITH_PARTS = frozenset({"chat", "conversation", "dialogue", "interview", "discussion", "debate", "panel", "roundtable",
                         "session"})
_POSSESSIVE_INSIDE = re.compile(r"\S['’]s\s")  # an owner's possessive inside an organization's words


def _site_owner_ends(org: str, toks: list[_Tok], past: int) -> int | None:
    """Where the owner ends in ``org`` when a possessive stands inside it and a unit's noun in lower case follows
    (``Foxconn's Guadalajara`` before ``plant``: 7), else None."""
    owned = _POSSESSIVE_INSIDE.search(org)
    if owned is None or past >= len(toks) or not toks[past].text.islower() or toks[past].low not in _UNIT_NOUNS:
        return None
    return owned.start() + 1


# a company's sites where work is done: units of it after its possessive ("Foxconn's Guadalajara plant"), and where one
# works rather than where an event is (en_events)
WORK_SITES = frozenset({"plant", "factory", "facility", "site"})
_UNIT_NOUNS = frozenset({"division", "unit", "team", "department", "lab", "business", "arm", "subsidiary", "group",
                         "center", "centre", "office", "branch", "bureau"}) | WORK_SITES
_SCHEDULED = frozenset({"scheduled", "slated", "set", "expected", "due", "invited"})
_PICKED = frozenset({"tapped", "chosen", "selected", "booked", "confirmed", "named"})  # ("has been tapped to speak")
_ON_STAGE = frozenset({"panel", "stage", "podium", "dais"})
# the other people of an event one is said to be among: "A, CEO of X, and B of Y were among the judges"
_PEOPLE_AMONG = frozenset({"judges", "jurors", "honorees", "awardees", "attendees", "guests", "participants", "delegates",
                           "members", "dignitaries"})
_ROLE_NOUNS = frozenset({"speaker", "panelist", "panellist", "moderator", "keynoter", "emcee", "presenter", "lecturer",
                         "discussant", "facilitator", "chair", "co-chair", "witness"})
# one of the audience, by the word written before the name ("said attendee Ana Vale", "one participant, Tom Reed")
_ONE_OF_THE_AUDIENCE = frozenset({"attendee", "participant", "visitor"})
# the parts written in apposition before where one comes from: "a panelist from Bolt Labs", "a guest speaker from …"
_PART_FROM = _ROLE_NOUNS - {"emcee", "lecturer", "facilitator", "chair", "co-chair"} \
    | {"keynote speaker", "guest speaker", "featured speaker"} \
    | _ONE_OF_THE_AUDIENCE | {"delegate"}  # ("Park Sung-min, an attendee from Hyundai Wia, said …")
# the part's place in the order an appositive gives ("the day's first speaker", "the summit's closing speaker")
_PART_ORDER = _SPEAKER_ORDER | _TALK_KINDS | {"only"}
_MAX_LIST_ITEMS = 12  # items a list walk passes over, either way
_MAX_ITEM = 8  # capitalised words of one list item: an organization, a title and a name
_STAGE_WORDS = frozenset({"stage", "podium", "dais", "lectern", "rostrum", "floor"})
_SPEAKING = frozenset({"speaking", "presenting", "speakers", "presenters", "panelists", "panellists", "moderators",
                       "keynoters", "lecturers", "chairs", "co-chairs", "discussants", "facilitators",
                       "witnesses", "testifying"})  # (a hearing's witnesses speak at it)


def _initial_dot(toks: list[_Tok], k: int) -> bool:
    """``toks[k]`` is the full stop of a middle initial (``Mary K. Smith``) or of initials run together (``J.R.
    Smith``, ``the U.S. Department of Energy``)."""
    return toks[k].text == "." and k > 0 and _INITIALS.fullmatch(toks[k - 1].text) is not None


def _particle_in_name(toks: list[_Tok], n: int) -> bool:
    """``van``, ``de la`` at ``n`` between a name's capitalised words (``Pieter van der Berg``)."""
    return toks[n].low in _NAME_PARTICLES and toks[n].text.islower() and n > 0 \
        and (_capital(toks[n - 1]) or toks[n - 1].low in _NAME_PARTICLES and toks[n - 1].text.islower())


# how one took part, set off by commas after one's name ("…, via video link,", "…, speaking remotely,"): the
# participle it may open with, then the word of the manner (kg.extract.en reads a cue in such an aside with them)
MANNER_PARTICIPLES = frozenset({"speaking", "joining", "appearing", "participating"})
MANNER_WORDS = frozenset({"via", "by", "over", "in", "from", "remotely", "virtually", "online"})
_MANNER_OPENERS = MANNER_PARTICIPLES | MANNER_WORDS
_MANNER_REACH = 6  # tokens of such an aside


_BARE_MANNER = MANNER_WORDS - {"by", "over", "in", "from"}  # (how one took part with no commas around: "via …", "remotely")


def _past_bare_manner(toks: list[_Tok], k: int) -> int:
    """Back past how the one named before took part, written with no commas, when it ends at ``k`` (``… Tom Reed via
    video link and …``): the index of the name's last word, else ``k``."""
    if k < 1 or not toks[k].text.islower():
        return k
    m = next((m for m in range(k, max(0, k - _MANNER_REACH), -1) if toks[m].low in _BARE_MANNER
              and toks[m].text.islower()), None)
    return m - 1 if m is not None and m >= 1 and _capital(toks[m - 1]) \
        and all(t.text.islower() and t.text.isalpha() for t in toks[m:k + 1]) else k


def _list_start(toks: list[_Tok], i: int) -> int:
    """Where a list of names that the name at ``i`` continues opens: ``A (X), B (Y) and`` or ``A, B and``
    right before ``C`` gives the index of ``A`` (``i`` itself when no item comes before)."""
    first = _past_a_persons_owner(toks, i)  # "… and Jensen Huang's deputy Ian Buck": the item opens with the owner
    for _item in range(_MAX_LIST_ITEMS):  # a bounded walk keeps a very long list linear
        if first < 2:
            break
        k = first - 1
        if toks[k].low == "and":
            k -= 1
            k = _past_bare_manner(toks, k)  # "A via video link and B of X": past how the one before took part
        if k >= 0 and toks[k].text in (",", ";"):
            k -= 1
            clause = next((m for m in range(k, max(0, k - 14), -1) if toks[m].text == "," and toks[m + 1].low == "who"),
                          None)
            if clause is not None:
                k = clause - 1  # "Ian Buck of Nvidia, who dialed in from California, and …": past the clause
            elif (aside := next((m for m in range(k, max(0, k - _MANNER_REACH), -1) if toks[m].text == ","
                                 and toks[m + 1].low in _MANNER_OPENERS and toks[m + 1].text.islower()), None)) is not None:
                k = aside - 1  # "Mia Holt of Orbis, via video link, and …": past how the one before took part
        if k == first - 1 or k < 1:
            break
        if toks[k].text == "." and toks[k - 1].low in LEGAL_FORMS and k > 1:
            k -= 1  # "Marcus Bell, CTO, Orbis Inc., and …": past the legal form's full stop
        elif toks[k].text == "." and k > 2 and _trailing_initial(toks, k - 2, k - 1):
            k -= 1  # "Ravi Kumar S., CEO of Cognizant, and …": past the full stop of an initial after the name
        if toks[k].low in _SIDES:  # "Tom Reed, second from left, and …": past where the item stands in the photo
            k = next((p - 1 for p in range(k - 1, max(0, k - 5), -1) if toks[p].text == ","
                      and _photo_position(toks, p) == k + 1), k)
        k = _past_title_of_item(toks, k)  # "Prof. A, the school's associate dean, B of X and …"
        end = k
        if toks[k].text == ")":
            end = next((n for n in range(k - 1, max(-1, k - 8), -1) if toks[n].text == "("), 0)
        if end < 1 or not _capital(toks[end - 1] if toks[k].text == ")" else toks[k]):
            break
        n = end - 1 if toks[k].text == ")" else k
        last = n
        while n > 0 and (_capital(toks[n - 1]) or _initial_dot(toks, n - 1)
                         # ("Pieter van der Berg of ASML, …": a name's particles between its capitalised words)
                         or _particle_in_name(toks, n - 1)
                         # ("Tom Reed of Procter & Gamble and …": an ampersand between an organization's words)
                         or toks[n - 1].text == "&" and n > 1 and _capital(toks[n - 2])) \
                and last - n + 1 < _MAX_ITEM \
                and toks[n - 1].low not in _SPEAKING | _ROLE_NOUNS:  # "Tata Elxsi MD Manoj Raghavan"
            n -= 1
        while n > 2 and toks[n - 1].low in ("of", "for") and toks[n - 2].low in ORG_WORDS and _capital(toks[n - 2]) \
                and last - n + 1 < _MAX_ITEM:
            n -= 1  # "Ana Vale of the University of Tokyo and …": the body's own "of", then the words before it
            # (past initials run together: "of the U.S. Department of Energy and …")
            while n > 0 and (_capital(toks[n - 1]) or _initial_dot(toks, n - 1)) and last - n + 1 < _MAX_ITEM:
                n -= 1
        if n > 3 and toks[n - 1].low == "the" and toks[n - 2].low in ("of", "at", "from"):
            n -= 1  # "Ana Vale of the Lake Labor Institute and …", "Ana Vale, professor at the …, and": its article
        # ("Robert Kim Jr. of Daon and …": a post-nominal's full stop before "of")
        # ("Ravi Kumar S. of Cognizant and …": or an initial's after the name)
        dot = 1 if n > 3 and toks[n - 2].text == "." and (toks[n - 3].text in lists().postnominals
                                                          or _trailing_initial(toks, n - 4, n - 3)) else 0
        if n > 2 + dot and toks[n - 1].low in ("of", "at", "from") and _capital(toks[n - 2 - dot]) \
                and not (_field_acronym(toks[n - 2]) and toks[n - 3].text.islower()):  # ("head of AI at X")
            n -= 1 + dot  # "Ian Buck of Nvidia, …, and": the item is a name and its organization
            last = n - 1
            while n > 0 and (_capital(toks[n - 1]) or _initial_dot(toks, n - 1) or _particle_in_name(toks, n - 1)) \
                    and last - n + 1 < _MAX_NAME + 2:
                n -= 1  # (past a middle initial's full stop: "Mary K. Smith of …"; "Maria de la Cruz of …")
            if n > 3 and toks[n - 1].low in _APPOSITIVE_OPENERS | _QUALIFIERS and toks[n - 2].text == "," \
                    and _capital(toks[n - 3]):
                n -= 2  # "Tom Reed, then CEO of Orbis, and …", "Tom Reed, the CEO of Orbis, and …": the name before
                while n > 0 and _capital(toks[n - 1]) and last - n < _MAX_NAME + 4:
                    n -= 1
        elif n > 3 and toks[n - 1].low in ("of", "at", "with") and not (toks[n - 1].low == "with"
                                                                     and toks[n - 2].low in _WITH_PARTS):
            n = _described_item(toks, n)  # "Kang Min-ji, partner at Kakao Ventures, and …"
        n = _past_owned_title(toks, n)  # "Ford's director of automated driving Sam Abuelsamid, GM's …"
        if n > 1 and (toks[n - 1].text in ("'", "’") or toks[n - 1].text.endswith(_POSSESSIVE)):
            n -= 1 if toks[n - 1].text.endswith(_POSSESSIVE) else 2  # "Ridge Robotics’ Ana Vale": its owner too
            while n > 0 and _capital(toks[n - 1]) and last - n < 8:
                n -= 1
        else:
            n = _past_org_title(toks, n, last)  # "Advantech senior vice president Allan Yang, Delta's …"
            n = _past_lower_title(toks, n)  # "union leader Shawn Fain, Microsoft's Brad Smith and …"
        n = _past_honorifics_back(toks, n)  # "Dr. Marc Steiner (X) and …": the item opens with its honorifics
        if n > 1 and toks[n - 1].low in _QUALIFIERS and toks[n - 1].text.islower() \
                and any(_is_head(t, lists()) for t in toks[n:last + 1]):
            n -= 1  # "former Prime Minister Yoshihide Suga and …": the qualifier of the item's title
        first = n
    return first


def _past_lower_title(toks: list[_Tok], n: int) -> int:
    """Back over a title in lower case of its own right before the name at ``n`` (``union leader``), to its first
    word; ``n`` itself when none comes before (or when the words are no title's)."""
    m = _before_lower_words(toks, n) + 1
    ls = lists()
    # ("featured union leader A", "included startup founder A": the verb that lists them is none of the title)
    m = max([m, *(k + 1 for k in range(m, n) if toks[k].low in _LISTING | _JOINING | _COPULAS)])
    return m if m < n and n - m <= 3 and _is_head(toks[n - 1], ls) \
        and all(re.fullmatch(r"[a-z][a-z\-]*", t.text) for t in toks[m:n]) else n


_OWNED_TITLE_WORDS = 6  # lower-case words of a title between its owner and the name


def _past_owned_title(toks: list[_Tok], n: int) -> int:
    """Back over a lower-case title between an owner and the name at ``n`` (``Ford's director of automated
    driving``), to the token after the owner; ``n`` itself when no owner's title comes before."""
    m = _before_lower_words(toks, n)
    ls = lists()
    if m < n - 1 and m >= 0 and (toks[m].text.endswith(_POSSESSIVE) or toks[m].text in ("'", "’")) \
            and any(_is_head(t, ls) or t.low in RELATIONS for t in toks[m + 1:n]):
        return m + 1
    return n


def _before_lower_words(toks: list[_Tok], n: int) -> int:
    """The token before the lower-case words (a title's, at most ``_OWNED_TITLE_WORDS``) right before ``n``."""
    m = n - 1
    while m > 0 and n - m <= _OWNED_TITLE_WORDS and toks[m].text.islower():
        m -= 1
    return m


def _past_org_title(toks: list[_Tok], n: int, last: int) -> int:
    """Back over an organization's name and a lower-case title before the name at ``n`` (``Advantech senior
    vice president Allan Yang``), to the organization's first word; ``n`` itself when none comes before."""
    m = _before_lower_words(toks, n)
    ls = lists()
    if not (m < n - 1 and _capital(toks[m]) and toks[m].text not in OPENERS and _is_head(toks[n - 1], ls)
            and all(_is_title_word(t, ls) for t in toks[m + 1:n])):
        return n  # (the lower-case words are the title itself: "The speaker lineup featured A" is no organization's)
    while m > 0 and _capital(toks[m - 1]) and last - m < _OWNED_TITLE_WORDS + 8:
        m -= 1
    return m


def _past_honorifics_back(toks: list[_Tok], n: int) -> int:
    """Back over the honorifics right before the name at ``n`` (``Prof. Dr.``, ``Dr``), at most three."""
    honorifics = lists().honorifics
    for _h in range(3):
        if n > 1 and toks[n - 1].text == "." and toks[n - 2].low in honorifics:
            n -= 2
        elif n > 0 and toks[n - 1].low in honorifics and _capital(toks[n - 1]):
            n -= 1
        else:
            break
    return n


_MAX_LOWER_TITLE = 6  # lower-case words of a title written after a name in a list


def _past_title_of_item(toks: list[_Tok], k: int) -> int:
    """``A, the school's associate dean,`` ending at token ``k``: the index of the name's last token before
    its lower-case title (``k`` itself when the words up to ``k`` are no such title)."""
    if not toks[k].text[:1].islower():
        return k
    ls = lists()
    t = k
    while t > 0 and toks[t].text[:1].islower() and k - t < _MAX_LOWER_TITLE:
        t -= 1
    if t < 1 or toks[t].text != "," or not _capital(toks[t - 1]) \
            or not any(_is_head(x, ls) for x in toks[t + 1:k + 1]):
        return k
    return t - 1


def _field_acronym(tok: _Tok) -> bool:
    """A short word in capitals inside a lower-case title, the field it covers: ``AI``, ``IT``, ``R&D``."""
    return 2 <= len(tok.text) <= 4 and tok.text.isupper() and tok.text.replace("&", "").isalpha()


def _described_item(toks: list[_Tok], n: int) -> int:
    """The start of ``NAME, lower-case title at|of ORG`` whose organization starts at ``n`` (``n`` when the
    words before it are no such item)."""
    t = n - 2
    while t > 0 and (toks[t].text.replace("-", "").isalpha() and toks[t].text.islower() or _field_acronym(toks[t])) \
            and n - 2 - t < _MAX_LOWER_TITLE:
        t -= 1  # ("Priya Nair, head of AI at Tata Steel, and …": a field's acronym among the title's words;
        # "Sarah West, co-director of …": a compound among them)
    if t == n - 2 or toks[t].text != "," or t < 1 or not toks[t + 1].text.islower():
        return n
    name_end = t
    if t > 2 and toks[t - 1].text == "." and toks[t - 2].text in lists().postnominals:
        name_end = t - 1  # "John Smith Jr., chief executive of Apex, and …": a generation's full stop before the comma
    if not _capital(toks[name_end - 1]):
        return n
    m = name_end - 1
    while m > 0 and (_capital(toks[m - 1]) or _initial_dot(toks, m - 1)) and name_end - m < _MAX_NAME + 2:
        m -= 1  # (past a middle initial's full stop: "John D. Smith, chief executive of …")
    return m


# an American lawmaker's party and state: "Senator Dick Durbin (D-IL)", "Sen. Ted Cruz, R-Texas, …", "D-N.Y" (the
# abbreviation's last full stop a token of its own)
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]+")


def _paren_inner(toks: list[_Tok], j: int, reach: int) -> list[_Tok]:
    """The tokens inside a parenthesis that opens at ``j`` and closes within ``reach`` tokens (none when
    there is no such parenthesis)."""
    if j + 2 < len(toks) and toks[j].text == "(":
        close = next((n for n in range(j + 1, min(j + reach, len(toks))) if toks[n].text == ")"), None)
        if close is not None:
            return toks[j + 1:close]
    return []


# the small words inside a body's name, between its capitalised words ("Agency for Defense Development", "Council on
# Foreign Relations", "Women in AI", "Unite the Union")
_INNER_JOINERS = frozenset({"the", "for", "on", "in"})


def _paren_org(toks: list[_Tok], j: int, text: str) -> tuple[str, Span] | None:
    """``Jens Keller (Siemens)``: an organization in parentheses right after the name."""
    inner = _paren_inner(toks, j, 10)
    if len(inner) > 1 and inner[0].text == "the":
        inner = inner[1:]  # "Mia Holt (the University of Leeds)"
    if len(inner) > 2 and inner[-1].text == "." and inner[-2].low in LEGAL_FORMS:
        inner = inner[:-1]  # "Jane Roe (Acme Inc.)": the legal form's abbreviating dot
    comma = next((n for n in range(len(inner) - 1, 0, -1) if inner[n].text == ","), None)
    if comma is not None and all(t.low in lists().places for t in inner[comma + 1:]):
        inner = inner[:comma]  # "Ana Vale (Ridge University, USA)": the organization, then its country
    # ("Elena Rossi (Politecnico di Milano)": the particles of names in other languages too)
    # ("Owen Price (Unite the Union)": "the" inside a name, between capitalised words)
    if inner and known_body(text[inner[0].start:inner[-1].end]):
        return text[inner[0].start:inner[-1].end], Span(inner[0].start, inner[-1].end)  # "Ana Vale (SK hynix)"
    if _portfolio_in_parens(inner, lists()):
        return None  # "Omar Al Olama (Minister of State for Artificial Intelligence)": a post, no body
    campus = CAMPUS_AT.match(text, inner[0].start) if inner else None  # "(University of Texas at Austin)"
    if inner and _capital(inner[0]) and all(_capital(t) or t.low in ("of", "&", "and") or t.low in _NAME_PARTICLES
                                            or campus is not None and t.start < campus.end()
                                            or t.low in _INNER_JOINERS and 0 < n < len(inner) - 1
                                            and _capital(inner[n + 1])
                                            for n, t in enumerate(inner)) \
            and not _PARTY_STATE.fullmatch(text[inner[0].start:inner[-1].end]) \
            and not _PHOTO_SPOT.fullmatch(text[inner[0].start:inner[-1].end]):
        return text[inner[0].start:inner[-1].end], Span(inner[0].start, inner[-1].end)
    return None


def _capitals_ending_at(toks: list[_Tok], end: int, joiners: tuple[str, ...], reach: int = 8) -> int:
    """The start of the capitalised words (with ``joiners`` inside) that end right before ``end``: a body's name
    read backwards, at most ``reach`` tokens, never opening with a joiner (``end`` itself when there is none)."""
    n = end
    while n > 0 and (_capital(toks[n - 1]) or toks[n - 1].low in joiners) and end - n < reach:
        n -= 1
    while n < end and not _capital(toks[n]):
        n += 1
    return n


def _keyed_head(toks: list[_Tok], i: int, ls: _Lists, text: str) -> tuple[str, str, Span] | None:
    """``Orbis Corporation (Headquarters: Tokyo; President and CEO: Kenji Yamada)``: a company's facts in its
    parentheses, keyed by colons (as Japanese and Korean releases write them), the name after its post's key."""
    if i < 4 or toks[i - 1].text != ":":
        return None
    start = i - 2
    while start > 0 and (_is_title_word(toks[start - 1], ls) or toks[start - 1].low in ("and", "&")) and i - start < 8:
        start -= 1
    if not any(_is_head(t, ls) for t in toks[start:i - 1]):
        return None
    n = start - 1
    while n > 0 and toks[n].text == ";" and i - n < 40:  # past the facts keyed before it ("Headquarters: Tokyo;")
        n -= 1
        while n > 0 and toks[n].text not in (";", "(", ")"):
            n -= 1
    if n < 1 or toks[n].text != "(":
        return None
    end = n - 1 if n > 2 and toks[n - 1].text == "." and toks[n - 2].low in LEGAL_FORMS else n  # ("… Ltd. (…")
    o = _capitals_ending_at(toks, end, ("of", "&", "and"))
    if o == end:
        return None
    org_span = Span(toks[o].start, toks[end - 1].end)
    return text[toks[start].start:toks[i - 2].end], text[org_span.start:org_span.end], org_span


def _paren_post(toks: list[_Tok], j: int, text: str, ls: _Lists) -> tuple[str, str | None, Span | None] | None:
    """``Tom Reed (CEO, Nimbus Works)``: a title and an organization in parentheses right after the name;
    ``Omar Al Olama (Minister of State for Artificial Intelligence)``: a public post by its portfolio, no organization."""
    inner = _paren_inner(toks, j, 14)
    if _portfolio_in_parens(inner, ls):
        return text[inner[0].start:inner[-1].end], None, None
    comma = next((n for n, t in enumerate(inner) if t.text == ","), None)
    if comma is not None and 0 < comma < len(inner) - 1:
        title, org = inner[:comma], inner[comma + 1:]
        # ("Sarah Kim (Head of Research, Tokai Motors)": a head with its field after "of")
        # ("Dana Frost (director of digital operations, Whirlpool)": the field after "of" in any words)
        field = next((n for n, t in enumerate(title) if t.low in ("of", "for")), len(title))
        # ("Lisa Chen (VP Engineering, Rivet Robotics)": a head with its field right after it, no "of" between)
        last_head = max((n for n, t in enumerate(title) if _is_head(t, ls)), default=None)
        fielded = last_head is not None and 0 < len(title) - 1 - last_head <= 3 \
            and all(_field_word(t, ls) and (_capital(t) or t.low in ("and", "&")) for t in title[last_head + 1:])
        if (_is_head(title[-1], ls) or fielded or _is_title_word(title[0], ls) and any(_is_head(t, ls) for t in title)
                and field < len(title)) \
                and all(_is_title_word(t, ls) or _capital(t) or t.low in ("of", "for", "and", "&")
                        or n > field and t.text.isalpha() and n - field <= 4 for n, t in enumerate(title)) \
                and all(_capital(t) or t.low in ("of", "&", "and") for t in org):
            return (text[title[0].start:title[-1].end], text[org[0].start:org[-1].end],
                    Span(org[0].start, org[-1].end))
    if comma is None and len(inner) >= 2:
        # "Tom Reed (CEO of Nimbus)", "Ana Vale (CTO at Ridge Labs)": a title, a preposition, the organization
        at = next((n for n, t in enumerate(inner) if t.low in ("of", "at", "with")), None)
        if at is not None and 0 < at < len(inner) - 1 and _is_head(inner[at - 1], ls) \
                and all(_is_title_word(t, ls) for t in inner[:at]) \
                and all(_capital(t) or t.low in ("of", "&", "and") for t in inner[at + 1:]) and _capital(inner[at + 1]):
            return (text[inner[0].start:inner[at - 1].end], text[inner[at + 1].start:inner[-1].end],
                    Span(inner[at + 1].start, inner[-1].end))
        # "Tom Reed (Nimbus CEO)": the organization, then the title's words
        cut = len(inner)
        while cut > 0 and _is_title_word(inner[cut - 1], ls):
            cut -= 1
        # ("Kwak Noh-jung (SK hynix CEO)": a well-known body written with a word in lower case)
        if 0 < cut < len(inner) and _is_head(inner[-1], ls) \
                and (all(_capital(t) or t.low in ("of", "&", "and") for t in inner[:cut])
                     or known_body(text[inner[0].start:inner[cut - 1].end])) and _capital(inner[0]) \
                and inner[0].low not in ls.places:
            return (text[inner[cut].start:inner[-1].end], text[inner[0].start:inner[cut - 1].end],
                    Span(inner[0].start, inner[cut - 1].end))
    return None


def _portfolio_in_parens(inner: list[_Tok], ls: _Lists) -> bool:
    """``Minister of State for Artificial Intelligence``, ``Secretary of Commerce``: a public post by its portfolio
    after ``of`` or ``for``, capitalised, with no word of a body's name (not ``Minister of the Ministry of …``)."""
    at = next((n for n, t in enumerate(inner) if t.low in ("of", "for")), None)
    return at is not None and 0 < at < len(inner) - 1 \
        and any(t.low in _MINISTER_HEADS or t.low in _PUBLIC_PORTFOLIO_HEADS for t in inner[:at]) \
        and all(_is_title_word(t, ls) for t in inner[:at]) \
        and all(_capital(t) or t.low in ("of", "for", "and", "&") for t in inner[at + 1:]) \
        and not any(t.low.rstrip(".") in ORG_WORDS for t in inner[at + 1:])


def _speaks_after_paren(toks: list[_Tok], j: int) -> bool:
    """The words after the parentheses at ``j`` say the person spoke (``Jane Roe (Acme) said …``)."""
    after = _past_paren(toks, j)
    if after == j or after >= len(toks):
        return False
    return bool(_SPEECH.match(toks[after].low)) or _speaks(toks, _past_name_list(toks, after))


def _segments(toks: list[_Tok], after: int) -> list[list[_Tok]]:
    """The comma-separated phrases after the comma at ``after`` (full stops dropped), up to a colon
    (``Ana Vale, Bolt Labs: Agents on the Line``: the talk after it)."""
    segments: list[list[_Tok]] = [[]]
    for t in toks[after + 1:]:
        if t.text == ":":
            break
        if t.text == ",":
            segments.append([])
        elif t.text != ".":
            segments[-1].append(t)
    return segments


_BULLET_MARKS = "•-*·–—▪●"  # what opens a line of a list
_BULLETS = frozenset(_BULLET_MARKS)


def _programme_line(toks: list[_Tok], i: int, after: int, text: str) -> bool:
    """A line of a programme or speaker list: it opens with the name, then comma-separated phrases
    that each open with a capital (``Maarten Goos, KU Leuven, Research Centre …``), no full stop and
    no lower-case verb between commas (``Jane Roe, Acme, said …`` is a sentence)."""
    if len(toks) > 40:
        return False  # (read first: a long sentence is no programme line, and no name deep in it is walked back from)
    first = i
    while first > 0 and (toks[first - 1].low in lists().honorifics or toks[first - 1].text == "."):
        first -= 1  # "Prof. Ryu Jae-hoon, Pusan National University": an honorific opens the line
    if any(t.text not in _BULLETS for t in toks[:first]) or after >= len(toks) or toks[after].text != ",":
        return False
    line_start = text.rfind("\n", 0, toks[0].start) + 1
    line_end = text.find("\n", toks[-1].end)
    if text[line_start:toks[0].start].strip(" \t" + _BULLET_MARKS) or (line_end >= 0 and line_end < toks[-1].end):
        return False
    if toks[-1].text in (".", "!", "?") and not (len(toks) > 1 and toks[-2].low in LEGAL_FORMS):
        return False
    segments = _segments(toks, after)
    return all(seg and (seg[0].text[:1].isupper() or seg[0].low in ("of", "and")) for seg in segments) \
        and not any(t.low in _SPEECH_VERBS for seg in segments for t in seg)


def _programme_org(toks: list[_Tok], after: int, text: str) -> tuple[str, Span] | None:
    """The organization of a programme line with no title: the first phrase with an organization
    word or legal form in it (``Austrian Federal Ministry of Transport``), else a short first phrase."""
    segments = [seg for seg in _segments(toks, after) if seg]
    chosen = next((seg for seg in segments if any(t.low in ORG_WORDS or t.low in LEGAL_FORMS for t in seg)), None)
    if chosen is None and segments and len(segments[0]) <= 4:
        chosen = segments[0]
    if not chosen:
        return None
    return text[chosen[0].start:chosen[-1].end], Span(chosen[0].start, chosen[-1].end)


def _past_capital_segment(toks: list[_Tok], after: int) -> int:
    """The index past the capitalised words (with ``&``, ``of``, ``for`` and a plural's possessive inside) that follow
    the comma or dash at ``after``: a body's name set off there, six tokens at most."""
    k = after + 1
    while k < len(toks) and k - after <= 6 and (_capital(toks[k]) or toks[k].low in ("&", "of", "for")
                                                 or _plural_possessive_inside(toks, k)):
        k += 1
    return k


def _headed_comma_org(toks: list[_Tok], after: int, text: str) -> tuple[str, Span] | None:
    """Under a role header, the organization after the name's comma: a phrase with an organization word
    (``Rockwell Automation``), or one word closed by a semicolon or the line's end (``Fanuc;``); two
    capitalised words and a comma are the next name of the list."""
    # ("• Dr. Mia Holt — Pine Capital": a card's dash before the body, which closes the line)
    dash = after < len(toks) and (toks[after].text in ("—", "–") or _spaced_hyphen(toks, after))
    if after + 1 >= len(toks) or toks[after].text != "," and not dash:
        return None
    k = _past_capital_segment(toks, after)
    seg = toks[after + 1:k]
    if not seg or not _capital(seg[0]):
        return None
    closed = k == len(toks) or toks[k].text in (";", ".") or text.find("\n", seg[-1].end, toks[k].start) >= 0
    if dash:
        ls = lists()
        whole = k == len(toks) or text.find("\n", seg[-1].end, toks[k].start) >= 0
        return (text[seg[0].start:seg[-1].end], Span(seg[0].start, seg[-1].end)) \
            if whole and not any(_is_head(t, ls) for t in seg) else None
    semicolons = ";" in text[text.rfind("\n", 0, seg[0].start) + 1:seg[0].start]  # the list's items end in them
    # ("A, Lake Corp; B, Nimbus AI; and C, …", "(Moderator: A, Nimbus AI)": a semicolon or the closing
    # parenthesis ends an item, so what precedes it is its organization)
    line_start = text.rfind("\n", 0, seg[0].start) + 1
    # ("Moderator: Sarah Lee, BBC Technology": one name on its line, and the rest of the line after its comma)
    alone = closed and text.count(",", line_start, seg[0].start) == 1 and (k == len(toks) or toks[k].text != ".")
    if any(t.low in ORG_WORDS or t.low in LEGAL_FORMS for t in seg) or len(seg) == 1 and closed \
            or k < len(toks) and toks[k].text in (";", ")") or closed and semicolons or alone:
        return text[seg[0].start:seg[-1].end], Span(seg[0].start, seg[-1].end)
    return None


_JOINING = frozenset({"and", "with", "between", "alongside"})  # words before a person joined to a part or another


# words that end a business's name, though common words too (and so in not_names): an owner ending so keeps
# the capitalised words before it ("Siemens Digital Industries Software's", "Rockwell Automation's")
_BUSINESS_TAILS = frozenset({"software", "systems", "solutions", "industries", "networks", "analytics", "dynamics",
                             "devices", "instruments", "technologies", "technology", "robotics", "automation",
                             "holdings", "semiconductor", "semiconductors", "materials", "services", "works"})


def _whose_owner(toks: list[_Tok], i: int, text: str, ls: _Lists) -> tuple[str, Span] | None:
    """``Seawise Robotics, whose CEO Park Jun-young``: the organization a relative ``whose`` refers back to,
    right before the title of the name at ``i``."""
    k = i - 1
    while k > 0 and _is_title_word(toks[k], ls) and i - k <= _MAX_TITLE_WORDS:
        k -= 1
    if k == i - 1:
        return None
    return _body_before_whose(toks, k, text, ls)


def _body_before_whose(toks: list[_Tok], k: int, text: str, ls: _Lists) -> tuple[str, Span] | None:
    """The capitalised organization before ``, whose`` at ``k``."""
    if k < 2 or toks[k].low != "whose" or toks[k - 1].text != ",":
        return None
    o = e = k - 1
    # ("Seoul-based Angel Robotics, whose CEO …": a place made an adjective before the name is no part of it)
    while o > 0 and e - o < 6 and (_capital(toks[o - 1]) and not _made_adjective(toks[o - 1]) or toks[o - 1].text == "&"):
        o -= 1
    if o == e or all(t.low in ls.not_names for t in toks[o:e]):
        return None
    return text[toks[o].start:toks[e - 1].end], Span(toks[o].start, toks[e - 1].end)


@lru_cache(maxsize=1)
def _business_words() -> frozenset[str]:
    """Words that end a business's name: the company words of the lists and the tails above (built once)."""
    return lists().company_words | _BUSINESS_TAILS


def _acronym_brand(toks: list[_Tok], k: int) -> bool:
    """``SK hynix``, ``KT cloud``: a lower-case word of a brand right after the capitals it is written with."""
    return k > 0 and toks[k].text[:1].islower() and toks[k].text[:1].isalpha() and toks[k - 1].text.isupper() \
        and 2 <= len(toks[k - 1].text) <= 4 and toks[k - 1].text.isalpha()


# the adverbs that open a sentence or a clause before its subject ("Then", "Meanwhile", "Later")
_OPENING_ADVERBS = frozenset({"then", "next", "later", "finally", "afterwards", "afterward", "meanwhile", "lastly",
                              "additionally", "moreover", "furthermore", "separately", "similarly", "likewise", "instead",
                              "now", "earlier", "subsequently", "thereafter", "eventually", "elsewhere", "overall", "also",
                              "however", "today", "yesterday"})


def _common_words_only(owner: list[_Tok]) -> bool:
    """Every word of an owner read so far is a common word in capitals (``World's``, ``Week's``), no place."""
    return all(_unowned(t.low) in lists().not_names and _unowned(t.low) not in lists().places for t in owner)


def _possessor(toks: list[_Tok], i: int, text: str) -> tuple[str, Span] | None:
    """The capitalised owner right before a name: ``Nvidia's`` in ``Nvidia's Deepu Talla``, ``Amazon
    Robotics'`` (a plural's possessive, the apostrophe a token of its own) in ``Amazon Robotics' Tye Brady``;
    honorifics between them (``Ridge University's Dr. Omar Haddad``)."""
    i = _past_honorifics_back(toks, i)
    if i > 2 and toks[i - 1].text == "own":
        i -= 1  # "Orbis Labs' own Ana Vale": one of the owner's own people
    if i > 1 and toks[i - 1].text in ("'", "’") and toks[i - 2].text.endswith("s") and _capital(toks[i - 2]):
        last, cut = i - 2, 0
    elif i > 0 and toks[i - 1].text.endswith(_POSSESSIVE) and (_capital(toks[i - 1]) or _acronym_brand(toks, i - 1)):
        last, cut = i - 1, 2
    else:
        return None
    j = last
    # "Hanwha Ocean's", "the University of Leeds's", "Seoul National University's": a place word stays out of
    # the owner ("Korea's Tom Reed") unless an organization word follows it
    # ("Siemens Digital Industries Software's": a company's word, as an organization's, keeps the words before it)
    company = _business_words()
    owned = toks[last].low.removesuffix("'s").removesuffix("’s").rstrip(".")
    org_seen = owned in ORG_WORDS or owned in company or owned in LEGAL_FORMS  # ("Tokai Robotics Inc.'s")
    while j > 0 and last - j < 5:
        w = toks[j - 1]
        if w.low in _OPENING_ADVERBS and (j == 1 or toks[j - 2].text in (".", "!", "?", ",", ";", ":")):
            break  # "Then Rockwell Automation's Ana Vale": the adverb that opens the clause is no word of the owner
        if (_capital(w) or w.text == "&") and (org_seen or w.low in ORG_WORDS or w.low in company
                                               or w.low not in lists().not_names
                                               # "LG AI Research's": an acronym inside the name, not a place
                                               or w.text.isupper() and w.low not in lists().places
                                               # "Automation World's", "Industry Week's": a title of common
                                               # words in capitals, no word of it a name alone
                                               or _common_words_only(toks[j:last + 1])):
            org_seen = org_seen or w.low in ORG_WORDS or w.low in company
        elif not (w.low in ("of", "for") and j > 1 and _capital(toks[j - 2])):
            break
        j -= 1
    while toks[j].low in ("of", "for"):
        j += 1
    start, end = toks[j].start, toks[last].end - cut
    return text[start:end], Span(start, end)


# (the parts that read as titles and are held at no body, written as a label: "Host Peter Reynolds, …")
# the holders of a prize, written before a name as its description (the post after the name is the post)
_PRIZE_HOLDERS = frozenset({"laureate", "winner", "awardee", "recipient", "honoree", "honouree", "medalist",
                            "medallist", "finalist"})
_PART_LABELS = _PARTS_NO_POST | {"mc", "co-organiser"}
# the parts written before a name that are no post at the body after it
_LABELS_NO_POST = _PART_LABELS | {"judge", "judges", "juror", "jurors", "mentor", "mentors"}


# people named by their relation to someone else: "Jensen Huang's deputy, X" names X, not Huang at the event
RELATIONS = frozenset({"deputy", "successor", "predecessor", "wife", "husband", "son", "daughter", "father", "mother",
                        "brother", "sister", "boss", "assistant", "aide", "colleague", "protégé", "protege", "envoy",
                        "spokesperson", "spokesman", "spokeswoman", "lawyer", "biographer"})
# ("For media enquiries contact:", "For press inquiries, contact:", "Media contact:")
_CONTACT = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?:(?:For (?:more|further) information|(?:Media|Press) (?:contacts?|enquiries|"
                      r"inquiries|office)|Contacts?|Enquiries|Inquiries)[ \t]*:|"
                      # ("For media inquiries, contact Jane Kim, …": the verb says it, with or without a colon)
                      r"For (?:media|press|more|further|all)? ?(?:enquiries|inquiries|information),? (?:please )?contact"
                      r"[ \t]*:?)", re.I | re.M)


_CONTACT_REACH = 200  # characters a contact line (and its header line) runs


_TITLE_QUOTES = frozenset("\"“‘'")  # the quote marks an English title opens with (their closers: kg.extract.text.CLOSERS_OF)
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "for", "in", "on", "to", "with", "vs", "from", "at",
                                "by", "as", "into", "is", "are", "&"})
_QUOTED_TITLE_WORDS = 12  # (a title's length at most; a longer quote is speech)


def _opens_quoted_title(text: str, toks: list[_Tok], i: int) -> bool:
    """The run at ``i`` opens a quoted title in title case (``include "Tiny Models, Big Factories," moderated by``):
    the words of a talk or a panel, no person's name."""
    if i == 0 or toks[i - 1].text not in _TITLE_QUOTES:
        return False
    closers = CLOSERS_OF[toks[i - 1].text]
    at = toks[i - 1].start
    if at > 0 and not (text[at - 1].isspace() or text[at - 1] in "(:—–-"):
        return False  # (a closing mark or an apostrophe, not an opening one)
    words = 0
    for t in toks[i:i + 2 * _QUOTED_TITLE_WORDS]:
        if t.text in closers:
            return words >= 2
        if t.text[:1].isalpha():
            if not t.text[:1].isupper() and t.low not in _TITLE_SMALL_WORDS:
                return False  # (a lower-case word: speech, not a title)
            words += 1
    return False


def _contact_line(text: str, at: int) -> bool:
    """The mention at ``at`` stands in a contact line (``For more information: NAME, Spokesperson``) or the
    line right below its header."""
    line_start = text.rfind("\n", max(0, at - _CONTACT_REACH), at) + 1  # (a bounded look back: no line is read twice)
    if line_start == 0 and at > _CONTACT_REACH:
        return False  # a long line is no contact line
    if _CONTACT.match(text, line_start):
        return True
    before = text.rfind("\n", max(0, line_start - 1 - _CONTACT_REACH), max(0, line_start - 1)) + 1
    return line_start > 0 and text[line_start:at].strip() == "" and _CONTACT.match(text, before) is not None \
        and not text[before:line_start].partition(":")[2].strip()  # (a header with no colon: "… please contact")


# the words before "organizer" that make it one whose work is organizing people ("union organizer Lisa Torres"),
# no event's organizer
ORGANIZERS_OF_PEOPLE = frozenset({"union", "community", "labor", "labour", "grassroots", "political", "campaign",
                                  "party", "student", "tenant"})


def _hosting_person(toks: list[_Tok], i: int, j: int, ls: _Lists, text: str) -> bool:
    """``Host Peter Reynolds, principal analyst at ARC, opened …``: a host whose own post follows the name
    (or whose name is Korean-shaped) is a person hosting the programme, not an organization; so is an organizer
    who speaks or works for a body (``organizer Ana Vale said``, ``organizer Ana Vale of Orbis Media``; not ``organizer
    Messe Frankfurt said``, a place in the name)."""
    if toks[i - 1].low not in ("host", "co-host", "organizer", "organiser", "co-organizer", "co-organiser") \
            or j - i < 2:
        return False
    if i >= 2 and toks[i - 2].low in ORGANIZERS_OF_PEOPLE and toks[i - 1].low in ("organizer", "organiser"):
        return True  # "union organizer Lisa Torres": one whose work is organizing people
    if i >= 2 and toks[i - 1].low in ("organizer", "organiser") and len(toks[i - 2].text) >= 2 \
            and toks[i - 2].text.isupper() and toks[i - 2].text.isalpha() and toks[i - 2].low not in ls.places \
            and j - i <= 3 and not _body_words_in(toks[i:j], ls) and not _known_organization(toks, i, j, text):
        return True  # "UAW organizer Terrence Hill": one who organizes for a body its initials name
    if _korean_shaped(toks, i, j) or _title_after(toks, _skip_postnominals(toks, j, ls), ls, text) is not None:
        return True
    # ("According to summit organizer Mark Seeley of Orbis Media, …": one who works for a body)
    # ("Host Ana Vale welcomed the guests": a host who does what a master of ceremonies does, a name of no body's words)
    acts = j < len(toks) and (toks[j].low in _SPEECH_VERBS or toks[j].low == "of") if toks[i - 1].low != "host" \
        else j < len(toks) and (toks[j].low in _SPEECH_VERBS or toks[j].low in _EMCEE_DOES or toks[j].low == "of") \
        and not _body_words_in(toks[i:j], ls)  # ("with host Joe Carroll of Clare FM": one who works for a body)
    # ('"…," said organizer Jennifer Walsh.': the verb of speaking before the label)
    acts = acts or i >= 2 and toks[i - 2].low in _SPEECH_VERBS and not _body_words_in(toks[i:j], ls)
    return acts and j - i <= 3 and not any(t.low in ls.places for t in toks[i:j]) \
        and not _known_organization(toks, i, j, text)


# what a master of ceremonies does, in the past tense: "Host Ana Vale welcomed the guests"
_EMCEE_DOES = frozenset({"welcomed", "greeted", "introduced", "opened", "thanked", "joked", "kicked", "closed",
                         "wrapped", "invited", "announced", "quipped", "reminded"})


# "Gan Kim Yong", "Heng Swee Keat", "Lee Hsien Yang": three romanised syllables, each a word, make a person's name
# (Singapore, Malaysia, Taiwan and Hong Kong write names so); no organization's name is made of three syllables alone
_SYLLABLE_WORD = r"[A-Z][bcdfghjklmnpqrstvwxz]{0,2}[aeiouy]{1,3}(?:ng|[nmkpthrl])?"
_SYLLABIC_NAME = re.compile(rf"{_SYLLABLE_WORD}\s+{_SYLLABLE_WORD}\s+{_SYLLABLE_WORD}")


def syllabic_name(name: str) -> bool:
    """``name`` is three romanised syllables, each a word, none an organization's word (``Gan Kim Yong``)."""
    return _SYLLABIC_NAME.fullmatch(name) is not None and not any(w.lower().rstrip(".") in ORG_WORDS for w in name.split())


def _syllabic(toks: list[_Tok], i: int, j: int, text: str) -> bool:
    """The three words from ``i`` are a name of romanised syllables (:func:`syllabic_name`), not one a thing named
    after a person takes (``the annual Lee Kuan Yew lecture``, ``Lee Kuan Yew School of Public Policy``)."""
    return j - i == 3 and syllabic_name(text[toks[i].start:toks[j - 1].end]) \
        and not (j < len(toks) and toks[j].low in _NAMED_AFTER_A_PERSON)


# what opens the name of a thing named after a person: "the annual Tom Reed lecture", "this year's Tom Reed Lecture"
_NAMED_THING_OPENERS = frozenset({"the", "annual", "inaugural", "yearly", "biennial", "year's", "year’s"})
_EDITION_WORD = re.compile(r"(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|tenth")
# the things named after a person, right after the name: "the Lee Kuan Yew lecture", "the Lee Kong Chian School"
_NAMED_AFTER_A_PERSON = frozenset({"lecture", "lectures", "school", "award", "awards", "prize", "prizes", "memorial",
                                   "foundation", "centre", "center", "scholarship", "scholarships", "fellowship",
                                   "fellowships", "professorship", "chair", "building", "hall", "road", "street",
                                   "avenue", "park", "institute", "library", "museum", "medal", "series"})


def _korean_shaped(toks: list[_Tok], i: int, j: int) -> bool:
    """``Lee Jae-won``, ``Park Sung-hyun``: a Korean family name, then a hyphenated given name."""
    return j - i == 2 and toks[i].text in _KOREAN_SURNAMES \
        and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", toks[i + 1].text) is not None


_LEADS = frozenset({"heads", "headed", "leads", "led", "directs", "directed", "runs", "ran", "chairs", "chaired",
                    "founded", "co-founded", "cofounded", "manages", "managed", "oversees", "oversaw"})


# leading now, said in the sentence's own verb right after the name (a past "led" there is a part: "led a session")
_LEADS_NOW = frozenset(w for w in _LEADS if w.endswith("s"))  # heads, leads, directs, runs, chairs …



def _who_leads(toks: list[_Tok], k: int, text: str) -> tuple[str, Span] | None:
    """``, who heads the school's Package Laboratory``, ``, who founded Zeta Labs``: the organization a
    relative clause says the person leads; or the sentence's own verb past a relative clause (``NAME, who
    will speak at the forum, leads Wayne Labs' robotics team``)."""
    if k + 3 < len(toks) and toks[k].low in _LEADS_NOW:
        return _org_led(toks, k + 1, text)  # "Ana Vale heads the robotics division of Acme Motors."
    if k + 4 < len(toks) and toks[k].text == "," and re.fullmatch(r"\d{1,3}", toks[k + 1].text) and toks[k + 2].text == ",":
        k += 2  # "Kim Min-su, 52, who heads …": an age before the clause
    if k + 3 >= len(toks) or toks[k].text != "," or toks[k + 1].low != "who":
        return None
    v = k + 2
    if toks[v].low in ("has", "have", "had") and v + 2 < len(toks) and toks[v + 1].low in _LEADS:
        v += 1  # ", who has led Acme since 2020": the perfect's auxiliary before the verb
    at = _clause_org(toks, v, text)  # ", who leads the robotics group at the Hanbit Centre"
    if at is not None or toks[v].low not in _LEADS:
        main = _past_appositive(toks, k)
        if at is None and main != k and main + 1 < len(toks) and toks[main].low in _LEADS:
            return _org_led(toks, main + 1, text)
        return at
    return _org_led(toks, v + 1, text)


def _now_at(toks: list[_Tok], k: int, text: str) -> tuple[str, Span] | None:
    """``, now at Ridge Labs``, ``, formerly of Acme and now with Ridge Labs``: where the person is now."""
    if k + 3 >= len(toks) or toks[k].text != ",":
        return None
    n = k + 1
    if toks[n].low == "formerly" and n + 2 < len(toks) and toks[n + 1].low in ("of", "at", "with"):
        n += 2
        while n < len(toks) and (_capital(toks[n]) or toks[n].low in ("of", "&", "the")):
            n += 1
        if n + 1 >= len(toks) or toks[n].low not in ("and", ","):
            return None
        n += 1 + (n + 1 < len(toks) and toks[n + 1].low == "and" and toks[n].text == ",")
    if n + 2 < len(toks) and toks[n].low == "now" and toks[n + 1].low in ("at", "with"):
        o = n + 2 + (toks[n + 2].low == "the")
        return _org_run(toks, o, text, joiner_first=False) if o < len(toks) and _capital(toks[o]) else None
    return None


def _org_led(toks: list[_Tok], j: int, text: str) -> tuple[str, Span] | None:
    """The organization after a verb of leading, from token ``j`` (``the school's Package Laboratory``)."""
    if toks[j].low in ("the", "a", "an", "its", "their"):
        j += 1
    if j < len(toks) and toks[j].text.endswith(_POSSESSIVE) and toks[j].text.islower():
        j += 1  # "the school's", "the company's"
    j = _past_kind(toks, j)  # "who founded (the) Ann Arbor robotics startup Sightline Robotics"
    led = _org_run(toks, j, text, joiner_first=True)
    if led is None and j < len(toks) and toks[j].text.islower():
        # "who chairs the board of Acme Robotics", "who runs the AI team at Ridge Labs": a unit in lower case
        if any(t.low in _LED_AT_EVENTS for t in toks[j:j + 4]):
            return None  # "leads a workshop at Coex": a part at the event, and where it is
        return _org_after_what_is_led(toks, j, text, 4, ("of", "at", "for"))
    if led is not None and led[0].lower() in lists().not_names:
        # "who leads AI strategy for Kestrel Labs in Asia": a field, then the organization after for/at/of
        return _org_after_what_is_led(toks, j, text, 6, ("for", "at", "of", "with"))
    past = _index_past(toks, j, led[1].end) if led is not None else j
    if led is not None and past < len(toks) and toks[past].low in _LED_UNITS:
        # "leads the Catena-X program at SAP": the unit's own name, then the organization it belongs to (if written)
        return _org_after_what_is_led(toks, past, text, 3, ("of", "at", "for"))
    return led


# the lower-case kind after a unit's or a programme's own name ("the Catena-X program", "the Atlas team")
_LED_UNITS = frozenset({"program", "programme", "project", "initiative", "team", "unit", "division", "group", "lab",
                        "laboratory", "business", "department", "practice", "effort", "platform", "office"})


def _org_after_what_is_led(toks: list[_Tok], j: int, text: str, reach: int, preps: tuple[str, ...]
                           ) -> tuple[str, Span] | None:
    """The organization after one of ``preps`` within ``reach`` tokens of what is led (a field or a unit at
    ``j``), in its clause."""
    for n in range(j + 1, min(j + reach, len(toks) - 1)):
        if toks[n].text in (",", ".", ";"):
            break
        o = n + 1 + (toks[n + 1].low == "the")
        if toks[n].low in preps and o < len(toks) and _capital(toks[o]):
            return _org_run(toks, o, text, joiner_first=False)
    return None


def _org_run(toks: list[_Tok], j: int, text: str, *, joiner_first: bool) -> tuple[str, Span] | None:
    """The capitalised organization name that starts at ``j`` (``of``, ``&``, ``and``, ``for`` inside it, and
    at its start when ``joiner_first``), or None when there is none or it ends in a possessive."""
    org: list[_Tok] = []
    while j < len(toks) and len(org) < 10 and (_capital(toks[j]) or (org or joiner_first)
                                               and toks[j].low in ("of", "&", "and", "for")):
        org.append(toks[j])
        j += 1
    while org and not _capital(org[-1]):
        org.pop()
    owner = next((n for n, t in enumerate(org) if t.text.endswith(_POSSESSIVE)), None)
    if owner is not None:  # "who heads Samsung's AI center": the organization is the owner of the unit
        if owner == 0 and len(org[0].text) <= 3:
            return None
        end = org[owner].end - 2
        return text[org[0].start:end], Span(org[0].start, end)
    if not org:
        return None
    return text[org[0].start:org[-1].end], Span(org[0].start, org[-1].end)


_WORKS = _LEADS | {"works", "worked", "teaches", "taught", "researches", "studies", "studied", "serves", "served"}
_CLAUSE_REACH = 8  # words of a relative clause before its "at ORG"


def _clause_org(toks: list[_Tok], v: int, text: str) -> tuple[str, Span] | None:
    """``who heads AI research at Siemens``, ``who works at the Hanbit Institute``: the organization after
    ``at`` in a relative clause whose verb says the person works or leads there (``who is in charge of AI at
    Orbis Bank``: being in charge is leading)."""
    if v + 2 < len(toks) and toks[v].low in ("is", "was") and toks[v + 1].low == "in" and toks[v + 2].low == "charge":
        v += 2
    elif v >= len(toks) or toks[v].low not in _WORKS:
        return None
    for n in range(v + 1, min(v + 1 + _CLAUSE_REACH, len(toks) - 1)):
        if toks[n].text in (",", ".", ";", "(") or toks[n].low in ("who", "and", "said"):
            return None
        if toks[n].low != "at":
            continue
        return _org_run(toks, n + 2 if toks[n + 1].low == "the" else n + 1, text, joiner_first=False)
    return None


@lru_cache(maxsize=1)
def _header_words() -> frozenset[str]:
    """Words of the role cues that head a list (``Panelists:``, ``Speakers:``, ``Moderator:``)."""
    words = {w.rstrip("*").lower() for phrase, _role in cue_list(data_dir() / "en" / "cues.tsv")
             for w in phrase.split() if len(phrase.split()) == 1}
    # "Chair: A (X)"; a caption's "From left:", "Pictured:", "L-R:" head a list of the people pictured
    return frozenset(w for w in words if len(w) > 2 and w.isalpha()) | _ROLE_NOUNS | {"left", "pictured", "l-r"}


_HEADER = re.compile(r"[ \t]*(?:[-•*·▪●][ \t]*)?([A-Za-z][A-Za-z \-]{1,30}?)s?[ \t]*:[ \t]*[^\n:]*$")
# a header later in its line: after a time or the sentence before ("11:20 Panel:", "… floor. Chair:")
# (or in parentheses: "Session 1 (chair: Mia Holt, Ridge Labs)")
_LATE_HEADER = re.compile(r"(?:\A|(?<=\n)|(?<=\d\d)\s|[.;|—–]\s+|\(\s*)([A-Za-z][A-Za-z \-]{1,30}?)s?[ \t]*:$")


def _under_header(text: str, at: int) -> bool:
    """The name stands on a line that opens with a role header: ``Panelists: A (X), B (Y)``, after a time
    (``11:20 Panel: A (X)``) or after the sentence before on the line (``… floor. Chair: A (X)``)."""
    line_start = text.rfind("\n", 0, at) + 1
    if at - line_start > 300:
        return False
    m = _HEADER.match(text, line_start, at)
    if m is None:
        colon = text.rfind(":", line_start, at)
        m = _LATE_HEADER.search(text, max(line_start, colon - 40), colon + 1) if colon > line_start \
            and ":" not in text[colon + 1:at] else None
    if m is None:
        bullet = _BULLET.match(text, line_start)
        if bullet is None:
            # "Confirmed speakers include:" / "Ana Vale (Bolt Labs)" / "Tom Reed (Ridge AI)": short lines that
            # open with a name, under a header, are its items with no bullets
            line_end = text.find("\n", at)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            return not text[line_start:at].strip() and _short_line(line) and _cards_under_a_header(text, line_start)
        return _at_an_items_start(text[bullet.end():at]) and _header_above(text, line_start)
    return _header_of_a_part(m.group(1)) and _at_an_items_start(text[text.rfind(":", line_start, at) + 1:at])


# (a dash after a part's topic too: "11:00 Panel: Data in factories — Tom Reed (Ridge Labs), …")
_ITEM_SEPARATOR = re.compile(r".*(?:[,;/|(·—–]|[ \t]-[ \t]|\band\b|&)", re.S)


def _at_an_items_start(gap: str) -> bool:
    """What stands between a list's header (or bullet) and a name opens an item: nothing, a separator, or
    capitalised words (an honorific, a title: ``Moderator: Prof. Ian Cole``); a lower-case word there puts
    the name inside a title (``Panel: AI for Reservoir Modeling``)."""
    if _TITLE_THEN_WITH.fullmatch(gap):
        return True  # 'Panel: "Data Readiness" with A (X), B (Y)': the part's title, then those who take it
    sep = _ITEM_SEPARATOR.match(gap)
    rest = gap[sep.end():] if sep else gap
    return not any(w[:1].islower() for w in rest.split())


# a part's title, quoted or closed by a comma, then "with" or "featuring" before the names
_TITLE_THEN_WITH = re.compile(r"\s*(?:[\"“'‘][^\"“”'‘’\n]{2,80}[\"”'’]|[^\n,:;\"“”]{2,80},)\s*(?:with|featuring)\s+")


def _header_of_a_part(words: str) -> bool:
    """Words of a header that name a part (``Speakers``, ``Confirmed panelists``, ``Moderator``)."""
    low = words.lower().split()
    return bool(low) and any(w.rstrip("s") in _header_words() or w in _header_words() for w in low)


BULLET_MARKS = "-•*·▪●–"  # the marks that open a bulleted line (shared with the event rules)
_BULLET = re.compile(rf"[ \t]*(?:[{re.escape(BULLET_MARKS)}][ \t]*|\d{{1,2}}[.)][ \t]+)(?=[A-Z])")
_HEADER_LINE = re.compile(r"[ \t]*(?:[A-Z][A-Za-z]*[ \t]+)?([A-Za-z][A-Za-z \-]{1,30}?)s?[ \t]*:[ \t]*")
_ITEMS_REACH = 40  # bulleted lines above a name that are looked through for the header of their list
_LINE_REACH = 300  # characters of a header's or an item's line


# a header on a line of its own, with or without its colon: "Speakers", "SPEAKERS", "Confirmed panelists:"
_CARD_HEADER = re.compile(r"[ \t]*(?:[A-Z][A-Za-z]*[ \t]+)?([A-Za-z][A-Za-z \-]{1,30}?)[ \t]*:?[ \t]*")
_CARD_LINE_WORDS = 8  # words of a line in a list of cards (a name's or a post's); a longer line is running text


def _card_post(text: str, name_start: int, name_end: int, ls: _Lists) -> tuple[str | None, str | None, Span | None] | None:
    """A speaker card: under a header of a part (``Speakers``), a name alone on its line and the post on the
    line below (``Ana Vale`` / ``President, Lake AI Association``): that post, read as after a name's comma."""
    line_start = text.rfind("\n", 0, name_start) + 1
    line_end = text.find("\n", name_end)
    if text[line_start:name_start].strip(" \t" + BULLET_MARKS) or line_end < 0 or text[name_end:line_end].strip():
        return None
    next_end = text.find("\n", line_end + 1)
    next_end = len(text) if next_end < 0 else next_end
    post = text[line_end + 1:next_end]
    if not post.strip() or not _short_line(post):
        return None
    if not _cards_under_a_header(text, line_start):
        return None
    # ("VP, Digital Operations | Caterpillar Inc.": a bar between the card's parts parts them as a comma does)
    toks = [_tok(",", line_end, line_end + 1), *(_tok(",", t.start, t.end) if t.text in ("|", "·", "•") else t
                                                  for t in tokens(text, line_end + 1, next_end))]
    got = _title_after_comma(toks, 0, ls, text)
    if got is not None and got[1] is not None and (below := _card_org_line(text, next_end, ls)) is not None:
        # "James O'Connor" / "Director, Smart Manufacturing" / "Texas Instruments": a unit after the post's comma,
        # the organization on its own line below (not a place's line: "Austin, TX")
        org = text[next_end + 1:below].strip(" \t" + BULLET_MARKS)
        words = [w.strip(",.").lower() for w in org.split()]
        if org[:1].isupper() and not ls.places.issuperset(w for w in words if w) and not re.search(r"[,:;]", org):
            at = text.index(org, next_end + 1)
            return post.strip(), org, Span(at, at + len(org))
    body = _card_org_line(text, next_end, ls) if got is not None and got[1] is None else None
    if body is not None:
        # "Ana Vale" / "Chief Technology Officer" / "Acme Robotics": the post, then its organization's own line
        with_body = _title_after_comma([*toks, _tok(",", next_end, next_end + 1), *tokens(text, next_end + 1, body)],
                                       0, ls, text)
        if with_body is not None and with_body[1] is not None:
            return with_body
    return got


def _card_org_line(text: str, line_end: int, ls: _Lists) -> int | None:
    """The end of the line after a card's post line ending at ``line_end``, when that line is the card's
    organization: short, with no post of its own, and closing the card (a blank line, the text's end, or a
    next line that is no post: not the next card's name above its post)."""
    if line_end >= len(text):
        return None
    end = text.find("\n", line_end + 1)
    end = len(text) if end < 0 else end
    line = text[line_end + 1:end]
    if not line.strip() or not _short_line(line) or _BULLET.match(line) \
            or any(_is_head(t, ls) for t in tokens(line)):
        return None
    after_end = text.find("\n", end + 1) if end < len(text) else -1
    after = text[end + 1:len(text) if after_end < 0 else after_end] if end < len(text) else ""
    if after.strip() and any(_is_head(t, ls) for t in tokens(after)):
        return None  # "Tom Reed" / "Professor": the next card's name, no organization
    return end


def _cards_under_a_header(text: str, line_start: int) -> bool:
    """Above the line at ``line_start``, past short lines (names and posts) and blank lines, a header that
    names a part (a card's line of biography under its post is passed too)."""
    lines = list(_lines_above(text, line_start))  # (bounded: _ITEMS_REACH lines at most)
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        # ("… in Tulsa. Featured speakers:": the header as the last sentence of a line of running text)
        spans = sentences(line) if line.rstrip().endswith(":") else []
        tail = line[spans[-1].start:] if spans else line
        m = _CARD_HEADER.fullmatch(tail)
        # (every word of it: "Keynote session", "Panel discussion", whose part is the first word)
        if m is not None and _header_of_a_part(m.group().strip(" \t:")):
            return True
        if not _short_line(line) and not (n + 2 < len(lines)
                                          and all(x.strip() and _short_line(x) for x in lines[n + 1:n + 3])):
            return False  # running text ("Omar leads research …" under "Omar Haddad" / "CTO, Bolt Labs" is a card's)
    return False


def _header_above(text: str, line_start: int) -> bool:
    """``Speakers:`` on a line of its own, then ``- Marco Bianchi (Orbis)`` and more bulleted lines: the
    header of the list the bulleted line at ``line_start`` is an item of (a blank line ends a list)."""
    for line in _lines_above(text, line_start):
        if _BULLET.match(line):
            continue
        m = _HEADER_LINE.fullmatch(line)
        # (every word of the header: "Speakers at the forum:", whose part is its first word)
        if m is not None:
            return _header_of_a_part(m.group().rstrip(": \t"))
        # ("Featured speakers at this year's Lake AI Summit include:": a longer header, its part in its first words)
        long = _LONG_HEADER_LINE.fullmatch(line)
        return long is not None and _header_of_a_part(long.group("lead"))
    return False


# a list's header of a sentence's length, ending in its colon, the part among its first three words
_LONG_HEADER_LINE = re.compile(r"[ \t]*(?P<lead>[A-Za-z][\w'’\-]*(?:[ \t]+[A-Za-z][\w'’\-]*){0,2})[^\n:]{0,80}:[ \t]*\n?")


def _lines_above(text: str, line_start: int) -> Iterator[str]:
    """The lines above the one at ``line_start``, nearest first: at most ``_ITEMS_REACH`` of them, and none past
    a line longer than ``_LINE_REACH`` (neither a header nor an item: the search stays bounded)."""
    k = line_start
    for _ in range(_ITEMS_REACH):
        if k == 0:
            return
        lo = max(0, k - 1 - _LINE_REACH)
        prev = text.rfind("\n", lo, k - 1) + 1
        if prev == 0 and lo > 0:
            return
        yield text[prev:k - 1]
        k = prev


def _short_line(line: str) -> bool:
    """A line as a list of names or cards writes it (a name, a post): a few words, no sentence's end."""
    words = line.split()
    # ("Caterpillar Inc.": a legal form's full stop ends no sentence)
    return len(words) <= _CARD_LINE_WORDS and not (line.rstrip().endswith((".", "!", "?")) and not (
        words[-1].endswith(".") and words[-1][:-1].lower() in LEGAL_FORMS))


# "In his presentation, Tom Reed …": a talk of his or hers opens the sentence, the name right after is its giver
TALK_FRAME = re.compile(r"\s*(?:In|During|Throughout|At"
                        # (after when it came: "Earlier, in his keynote,", "Later in the day, during her talk,")
                        r"|(?:Earlier|Later|Afterwards|Then|Next|Meanwhile)(?:\s+(?:in|on|that)\s+(?:the\s+)?"
                        r"(?:day|morning|afternoon|evening|week|event|program|programme))?\s*,?\s+(?:in|during|at))"
                        r"\s+(?:(?:his|her|their|the|a|an)\s+|(?=(?:[a-z]+\s+)?remarks\b))"
                     r"(?:(?:opening|closing|keynote|own|fireside|panel|plenary|breakout|afternoon|morning|final|first|"
                     r"second|lively|hour-long|\d+-minute|Q&A|question-and-answer|"
                     # (what the words were for: "In his congratulatory remarks,", "In her welcoming address,")
                     r"congratulatory|welcoming|welcome|inaugural|"
                     # (its place in the day's order: "In a later session, A and B compared notes")
                     r"later|earlier|separate|parallel|subsequent|following|next|last|concluding|special|technical)\s+)*"
                     r"(?P<part>presentation|talk|keynote|speech|address|remarks|lecture|session|plenary|pitch|chat|discussion|panel|"
                     r"Q&A|interview|conversation|dialogue|debate)"
                     # its title or topic: 'In a talk titled "Data First,"', "In a session on edge AI,"
                     # (or where it was given: "In remarks at the forum,")
                     # ("In her talk, titled "Data First," she argued": the title set off by a comma)
                     r"(?:,?\s+(?:titled|entitled|called)\s+[\"“](?P<title>[^\"“”]{1,120}?)[,.]?[\"”]|\s+(?:on|about)\s+[^,\"“”;:]{1,80}?|"
                     r"\s+(?:at|to)\s+(?:the|this|a|an)\s+[^,\"“”;:]{1,60}?"
                     # (or when it came: "In the keynote lecture that followed,")
                     r"|\s+(?:that|which)\s+(?:followed|came\s+next)"
                     # (or the day or the time of day it came: "In a keynote address the next morning,", "In his
                     # talk on Tuesday afternoon,")
                     r"|\s+(?:(?:on|that|this|the\s+(?:next|following|same|first|second|third|final|last))\s+)?"
                     r"(?:morning|afternoon|evening|day)"
                     r"|\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening))?)?"
                     r"(?:\s*,\s*|(?<=,[\"”])\s+)")


def _framed(text: str, sentence_start: int, name_start: int) -> bool:
    return TALK_FRAME.fullmatch(text, sentence_start, name_start) is not None


def _body_set_off(toks: list[_Tok], k: int, text: str) -> tuple[str, Span] | None:
    """``, Orbis, discussed``: a body set off by commas right after a name, then the sentence's verb in lower case
    (or its end); one capitalised word, or words with an organization's (two name-shaped words are the next name)."""
    if k + 2 >= len(toks) or toks[k].text != ",":
        return None
    n = _past_capital_segment(toks, k)
    seg = toks[k + 1:n]
    if not seg or not _capital(seg[-1]) or n >= len(toks):
        return None
    # (or the list's next item: "Speakers included Ana Vale, Orbis, and Tom Reed, Bolt")
    closes = toks[n].text == "." or toks[n].text == "," and n + 1 < len(toks) and toks[n + 1].text.islower() \
        and (toks[n + 1].low not in ("and", "or", "who", "which")
             or toks[n + 1].low == "and" and n + 2 < len(toks) and _capital(toks[n + 2]))
    ls = lists()
    # ("Mia Holt, Crest AI.", "Ana Vale, Fraunhofer IPA, and …": an acronym closing the words names no person)
    org_like = any(t.low in ORG_WORDS or t.low in LEGAL_FORMS or t.low in ls.company_words for t in seg) \
        or len(seg) > 1 and len(seg[-1].text) >= 2 and seg[-1].text.isupper() and seg[-1].text.isalpha()
    if not closes or not (len(seg) == 1 and seg[0].low not in ls.places or org_like) or any(_is_head(t, ls) for t in seg):
        return None
    if seg[0].low in ls.honorifics:
        return None  # "Dr. Ana Vale, Prof. Tom Reed …": the next name's honorific and its dot, no body
    return text[seg[0].start:seg[-1].end], Span(seg[0].start, seg[-1].end)


_COUNTING = frozenset({"including", "like", "namely"})


def _counted_from(toks: list[_Tok], i: int, text: str) -> tuple[str, Span] | None:
    """``Speakers from Bolt Labs, including engineer A and B``: the one body a plural's people come from, for
    each name the list after "including" counts (a list of bodies, "from A and B", gives none)."""
    ls = lists()
    s = _list_start(toks, i)
    k = s - 1
    while k > 0 and (toks[k].text.islower() and toks[k].low not in _COUNTING | {"as"} or _is_head(toks[k], ls)) \
            and s - k <= 3:
        k -= 1  # ("including engineer A": back over the item's title to the counting word)
    if k > 3 and toks[k].low == "as" and toks[k - 1].low == "such":
        k -= 1  # ("Mentors from Bolt Labs, such as A, …")
    elif k < 3 or toks[k].low not in _COUNTING:
        return None
    if toks[k - 1].text != ",":
        return None
    end = k - 1
    n = _capitals_ending_at(toks, end, ("of", "&", "for"))
    if n == end or n < 2 or toks[n - 1].low not in ("from", "at", "of") or not toks[n - 2].low.endswith("s") \
            or toks[n - 2].low in ("its", "this", "has", "was", "is"):
        return None
    return text[toks[n].start:toks[end - 1].end], Span(toks[n].start, toks[end - 1].end)


# the kind of place a region's name may end with ("Rhode Island", "Orange County", "Gangwon Province")
_PLACE_KINDS = frozenset({"island", "islands", "county", "state", "province", "territory", "coast", "peninsula", "valley",
                          "bay", "region", "prefecture"})
_CLEFT_REACH = 8  # tokens from a cleft's name to its "who" (the name's body between)


def _cleft(toks: list[_Tok], i: int, j: int) -> bool:
    """``It was NAME (of ORG) who …``, the name from ``i`` to ``j``, the clause after "who" saying a part."""
    if i < 2 or toks[i - 1].low not in ("was", "is") or toks[i - 2].low != "it" \
            or i > 2 and toks[i - 3].text not in (".", ",", ";"):
        return False
    who = next((n for n in range(j, min(j + _CLEFT_REACH, len(toks))) if toks[n].low == "who"), None)
    return who is not None and _speaks(toks, who + 1)


# the one who has a part in the programme, named by it after a name and its comma: "…, the final speaker, …" (the
# parts' nouns less those of a discussion's or a hearing's own people)
_PART_PEOPLE = _ROLE_NOUNS - {"discussant", "facilitator", "chair", "co-chair", "witness"}


def _part_apposed_after(toks: list[_Tok], n: int) -> bool:
    """A comma at ``n``, then an article and the part one had in the programme, ordered or of a kind (``, the
    final speaker``, ``, the day's first speaker``, ``, a keynote speaker``): the name before took that part."""
    if n + 2 >= len(toks) or toks[n].text != "," or toks[n + 1].low not in ("the", "a", "an"):
        return False
    k = n + 2
    if toks[k].low.endswith(_POSSESSIVE) and _unowned(toks[k].low) in _PART_OWNERS:
        k += 1  # "the day's first speaker" (the tokens keep the possessive with its word)
    ordered = 0
    while k < len(toks) and ordered < 2 and toks[k].low in _SPEAKER_PARTS:
        k, ordered = k + 1, ordered + 1
    return ordered > 0 and k < len(toks) and toks[k].low in _PART_PEOPLE


def _said_past_when(toks: list[_Tok], k: int) -> bool:
    """From ``k``: when it was said (``on Tuesday``, ``Tuesday``, ``yesterday``, ``today``), then a verb of saying."""
    if k < len(toks) and toks[k].low == "on" and k + 1 < len(toks) and toks[k + 1].low in WEEKDAYS:
        k += 2
    elif k < len(toks) and (toks[k].low in WEEKDAYS or toks[k].low in ("yesterday", "today")):
        k += 1
    else:
        return False
    return k < len(toks) and _SPEECH.match(toks[k].low) is not None


def _evidence_of_speech(toks: list[_Tok], i: int, j: int, text: str) -> bool:
    after = toks[j].low if j < len(toks) else ""
    before = toks[i - 1].low if i > 0 else ""
    past_org = _past_org(toks, j, text)  # (past the name's "of"/"from"/"at" and its body, read once)
    if after in _NAMED_AFTER_A_PERSON and (before in _NAMED_THING_OPENERS or _EDITION_WORD.fullmatch(before)):
        return False  # "delivers the annual Lee Kuan Yew lecture", "the 2026 Tom Reed Lecture": a thing named after one
    if before == "to" and i > 1 and toks[i - 2].low == "according":
        return True  # "According to Tom Reed of Nimbus, …"
    if _part_in_parentheses(toks, past_org):
        return True  # "Tom Reed of Acme (moderator) led the panel": the part in parentheses after the name
    if _part_apposed_after(toks, past_org):
        return True  # "Ana Vale of Orbis, the final speaker of the day, warned …": the part set off after the name
    if before in ("did", "was", "were", "does", "is") and i > 1 and toks[i - 2].low in ("as", "so"):
        return True  # "Mia Holt gave a keynote, as did Tom Reed of Nimbus", "So was Tom Reed"
    if _cleft(toks, i, j):
        return True  # "It was Ana Vale of Orbis who gave the talk": a cleft, the clause after "who" says the part
    if before in ("of", "at", "from") and i > 1 and _capital(toks[i - 2]):
        return False  # "Jean-Pierre Dubois of Schneider Electric moderated": the organization speaks for no one
    if before in _PERSON_TAKING_VERBS and (i < 2 or toks[i - 2].text in (".", ",", ";")) and j + 2 < len(toks) \
            and toks[j].low == "on" and toks[j + 1].low == "the" and toks[j + 2].low in _ON_STAGE:
        return True  # "Joining Ana Vale on the panel were …", "Following Ana Vale on the stage, …"
    if before in ("interviewed", "interviews") and _on_stage(toks, past_org):
        return True  # "Jane Roe of Tech Weekly interviewed Ana Vale of Acme on stage": the one interviewed too
    if _joined_for_a_part(toks, past_org):
        return True  # "Mia Holt of Dow was joined by Ana Vale of Orbis for a discussion on data": the one joined too
    if before in ("joined", "joins") and _on_stage(toks, past_org):
        return True  # "Ana Vale of Acme joined Tom Reed of Orbis on stage": the one joined was on stage too
    first = _list_start(toks, i) if before in ("by", "and", ",") else i
    if first > 1 and toks[first - 1].low == "by" \
            and (joined := next((n for n in range(first - 2, max(-1, first - 7), -1) if toks[n].low == "joined"),
                                None)) is not None and _on_stage(toks, joined + 1):
        return True  # "Sarah Wu was joined on a panel by Amy Chen and Mark Lee": those who joined one on the stage
    owned = i > 1 and (toks[i - 1].text.endswith(_POSSESSIVE)
                       or toks[i - 1].text in ("'", "’") and toks[i - 2].text.endswith("s"))  # (Nimbus Labs' Ana Vale)
    if owned:
        k = i - 1 if toks[i - 1].text.endswith(_POSSESSIVE) else i - 2
        while k > 0 and _capital(toks[k - 1]) and i - k < 5:
            k -= 1
        if k > 0 and _SPEECH.match(toks[k - 1].low):
            return True  # '"…," said Lake Corp's Ana Vale': the verb of saying before the name's owner
    if j > i and toks[j - 1].text.endswith(_POSSESSIVE) and j - i >= 2 \
            and (after in _TALK_NOUNS or j + 1 < len(toks) and toks[j + 1].low in _TALK_NOUNS
                 and toks[j].low in _TALK_KINDS):
        return True  # "Tom Reed's presentation focused on …", "Mia Holt's opening keynote"
    if j < len(toks) and toks[j].text == "," and j > i and toks[j - 1].low in _SIDES:
        aside = j + 1  # "Ana Vale, right, spoke": past the photo's position, which the name's end was read past
    else:
        aside = _past_appositive(toks, j)
    if _quoted_as_saying(toks, past_org):
        return True  # "Ana Vale of Orbis was quoted as saying, …"
    if _colon_quote_after(toks, past_org):
        return True  # "Tom Reed of Acme put it bluntly: "Data first."": the words after the colon are theirs
    listed = _past_name_list(toks, _past_paren(toks, j))
    if past_org > j and _said_past_when(toks, past_org):
        return True  # "Tom Reed of Nimbus on Tuesday said …": the day, then the verb of saying
    return bool(_SPEECH.match(after) or _SPEECH.match(before)) or _speaks(toks, listed) or _there_in_person(toks, listed) \
        or _speaks(toks, past_org) or _speaks(toks, aside) \
        or aside > j and (_attends(toks, aside) or _present_or_judging(toks, aside)) \
        or _part_past_aside(toks, past_org) or _part_in_aside(toks, past_org, text) \
        or _plural_appositive_speaks(toks, i, j)


def _a_persons_aside(toks: list[_Tok], i: int, j: int, ls: _Lists) -> bool:
    """After the name ``i:j``, an aside only a person takes: a relative clause with ``who`` (``Ana Vale, who hosted
    the event, …``), or the gathering's own host or master of ceremonies (``Ana Vale, the evening's emcee, …``);
    not after words an organization's name ends in (``Nimbus Labs, who …``)."""
    if not (j + 2 < len(toks) and toks[j].text == ",") or _body_words_in(toks[i:j], ls):
        return False
    if toks[j + 1].low in ("who", "whose"):
        return True
    return j + 3 < len(toks) and toks[j + 1].low == "the" and toks[j + 2].low.endswith(_POSSESSIVE) \
        and _unowned(toks[j + 2].low) in _GATHERING_OWNERS and toks[j + 3].low in _HOSTS_OF_A_GATHERING


def _greets(toks: list[_Tok], i: int, j: int, verb: int, ls: _Lists) -> bool:
    """The name ``i:j`` (no word of a body's or a place's in it) welcomes, greets or thanks those there, its verb at
    ``verb`` (past its body after "of"): what a person does at a gathering (``Ana Vale welcomed attendees``, ``Tom Reed
    of Orbis thanked the sponsors``)."""
    return verb < len(toks) and toks[verb].low in _GREETING_VERBS and not _body_words_in(toks[i:j], ls) \
        and not any(t.low in ls.places for t in toks[i:j])


def _body_words_in(words: list[_Tok], ls: _Lists) -> bool:
    """A word an organization's name ends in is among ``words``: its kind, a company's word or a legal form."""
    return any(t.low in ORG_WORDS or t.low in ls.company_words or t.low.rstrip(".") in LEGAL_FORMS for t in words)


_GREETING_VERBS = frozenset({"welcomed", "welcomes", "greeted", "greets", "thanked", "thanks"})


# what owns a host or a master of ceremonies ("the evening's emcee", "the event's host"), and those words
_GATHERING_OWNERS = frozenset({"event", "evening", "night", "day", "ceremony", "gala", "forum", "conference", "summit",
                               "program", "programme", "show", "festival", "session", "gathering", "celebration"})
_HOSTS_OF_A_GATHERING = frozenset({"host", "co-host", "emcee", "mc", "moderator", "presenter", "compere"})
# the gathering whose part an appositive names ("the day's first speaker", "the panel's last speaker")
_PART_OWNERS = _GATHERING_OWNERS | {"morning", "afternoon", "panel", "symposium"}


_COLON_QUOTE_REACH = 6  # lower-case words between a name and the colon before its quote


def _colon_quote_after(toks: list[_Tok], k: int) -> bool:
    """From ``k`` (past a name and its body), a few lower-case words, a colon and an opening quote mark: ``… put it
    bluntly: "…"``, ``… was blunt: "…"``, ``… summed it up: "…"``."""
    n = k
    while n < len(toks) and n - k < _COLON_QUOTE_REACH and toks[n].text.islower() and toks[n].text.isalpha():
        n += 1
    return n > k and n + 1 < len(toks) and toks[n].text == ":" and toks[n + 1].text in ('"', "“")


def _quoted_as_saying(toks: list[_Tok], k: int) -> bool:
    """``was quoted as saying`` from ``k``: what follows is the words of the one named before it."""
    return k + 2 < len(toks) and toks[k].low in ("was", "is") and toks[k + 1].low == "quoted" \
        and toks[k + 2].low == "as"


def _past_owned_unit(toks: list[_Tok], k: int) -> int:
    """Past the lower-case unit an owner's possessive leads to at ``k`` (``robotics unit`` in ``of Lake Corp's
    robotics unit``, ``Guadalajara plant``): the index after the unit's noun, or ``k`` when no unit noun closes the
    words."""
    first = k + (k < len(toks) and toks[k].text in ("'", "’"))  # ("of Orbis Robotics' research lab": a plural's)
    for n in range(first, min(len(toks), first + 3)):
        if toks[n].text.islower() and toks[n].low in _UNIT_NOUNS:
            return n + 1
        # ("of Foxconn's Guadalajara plant": a place's name before the unit's noun)
        if not (toks[n].text.islower() or toks[n].text.isalpha() and toks[n].text[:1].isupper()):
            return k
    return k


def _part_in_aside(toks: list[_Tok], k: int, text: str) -> bool:
    """The aside between the commas at ``k`` is a speaking part's cue (``Orbis's Tom Reed, in a video message,
    praised …``, ``Tom Reed of Orbis, in his keynote, warned …``)."""
    q = _past_appositive(toks, k)
    return k < len(toks) and toks[k].text == "," and q > k + 2 \
        and speaking_cue_opens(text[toks[k + 1].start:toks[q - 2].end])


def _part_past_aside(toks: list[_Tok], k: int) -> bool:
    """After the comma at ``k``, an aside and its closing comma, then a verb that says the person took a part,
    not one of saying (``Jill Baker of Crain's, a business weekly, moderated``)."""
    if k >= len(toks) or toks[k].text != ",":
        return False
    q = _past_appositive(toks, k)
    return q > k and q < len(toks) and not _SPEECH.match(toks[q].low) and _speaks(toks, q)


def _on_stage_after_by(toks: list[_Tok], k: int) -> bool:
    """After "joined by" at ``k``: the ones who joined, then where (``joined by Ana Vale on stage``)."""
    n = k
    # (past the commas of a list of them and of their posts: "joined by Amy Chen, Mark Lee and Rita Gomez on a
    # panel", "joined by Amy Chen, a director at Intel, on a panel")
    while n < len(toks) and n - k < _JOINED_REACH and toks[n].text not in (".", ";", ":", "!", "?"):
        if _on_stage(toks, n):
            return True
        n += 1
    return False


_JOINED_REACH = 24  # tokens after "joined by" where the stage they joined on is read
# the parts one is joined for: "was joined by A for a discussion", "… for the closing panel"
_JOINED_FOR = frozenset({"discussion", "debate", "panel", "conversation", "chat", "roundtable", "dialogue", "talk",
                         "session", "presentation", "keynote"})


def _joined_for_a_part(toks: list[_Tok], k: int) -> bool:
    """``was joined (on stage) by …`` at ``k``, the ones who joined then the stage or the part they joined for
    (``for a discussion``, ``for the closing panel``): the subject before ``k`` took part in it too."""
    if not (k + 2 < len(toks) and toks[k].low in ("was", "were") and toks[k + 1].low == "joined"):
        return False
    for n in range(k + 2, min(len(toks), k + 2 + _JOINED_REACH)):
        if toks[n].text in (".", ";", ":", "!", "?"):
            return False
        if _on_stage(toks, n) or toks[n].low == "for" and n + 1 < len(toks) and toks[n + 1].low in ("a", "an", "the") \
                and any(t.low in _JOINED_FOR for t in toks[n + 2:n + 5]):
            return True
    return False


def _on_stage(toks: list[_Tok], k: int) -> bool:
    """``on stage``, ``onstage``, ``on the panel``, ``on the closing panel`` at ``k``."""
    words = [t.low for t in toks[k:k + 4]]
    return words[:1] == ["onstage"] or words[:2] == ["on", "stage"] \
        or words[:2] in (["on", "the"], ["on", "a"]) and len(words) >= 3 \
        and (words[2] in _ON_STAGE or len(words) == 4 and words[2].isalpha() and words[3] in _ON_STAGE)


def _plural_appositive_speaks(toks: list[_Tok], i: int, j: int) -> bool:
    """``Two Arden University researchers, A and B, presented …``, ``Presenters from Orion Bank, A and B,
    described …``: names set off by commas after a plural title or part noun, then a verb of speaking."""
    k = _past_name_list(toks, _past_paren(toks, j))
    if k + 1 >= len(toks) or toks[k].text != ",":
        return False
    n = i - 1  # back over the list's names (and an organization the plural noun phrase ends in) to its first comma
    while n >= 0 and i - n < _MAX_LIST_ITEMS * 2 and (_capital(toks[n]) or toks[n].text in (",", "&", "(", ")")
                                                      or toks[n].low == "and"):
        n -= 1
    opening = next((m for m in range(n + 1, i) if toks[m].text == ","), None)
    if opening is None or opening < 1:
        return False
    ls = lists()
    before = toks[max(0, opening - 6):opening]
    return any(_plural_head(t, ls) is not None or t.low in _SPEAKING | _ROLE_NOUNS and t.low.endswith("s")
               for t in before) and _speaks(toks, k + 1)


def _past_org(toks: list[_Tok], j: int, text: str) -> int:
    """Past the ``of ORG`` that :func:`_org_after_name` reads right after a name: ``Jean-Pierre Dubois of
    Schneider Electric moderated`` from after ``Dubois`` gives the index of ``moderated`` (``j`` itself
    when no such organization follows)."""
    _org, span = _org_after_name(toks, j, text)
    return j if span is None else _index_past(toks, j, span.end)


def _index_past(toks: list[_Tok], j: int, end: int) -> int:
    """The first token from ``j`` on that starts at or after character ``end``."""
    return next((n for n in range(j, len(toks)) if toks[n].start >= end), len(toks))


def _owns_next_title(toks: list[_Tok], j: int, ls: _Lists) -> bool:
    """From ``j``: up to three more capitalised words, lower-case title words ending in a head, then a
    name (``… Cloud AI head Ha Jung-woo``, ``… Robotics chief scientist Mia Holt``): the run before ``j``
    opens that person's organization."""
    k = j
    while k < len(toks) and k - j < 3 and (_capital(toks[k]) or toks[k].text.isupper()) and not _is_head(toks[k], ls):
        k += 1
    if k < len(toks) and toks[k].low in ("and", "or", "of", "with", "&"):
        return False  # "Orion CEO Sam Cole and journalist Amy Ward": a joiner opens no title
    h = k
    while h < len(toks) and h - k < 4 and toks[h].text.islower() and _is_title_word(toks[h], ls):
        h += 1
    return h > k and _is_head(toks[h - 1], ls) and h + 1 < len(toks) and _is_name_part(toks[h], ls) \
        and _is_name_part(toks[h + 1], ls)


def _parallel_items(toks: list[_Tok], i: int, end: int, ls: _Lists) -> bool:
    """``A of X, NAME from Y and C of Z``: the ``NAME of/from ORG`` item that ends at ``end`` is joined by a
    comma or ``and`` to another item of that shape, before or after it (one such pair of people with
    their organizations reads as a list of people, where one ``Bank of Korea`` would not)."""
    if not _item_shaped(toks, i, ls):
        return False
    first = _list_start(toks, i)
    if first < i and any(toks[m].low in ("of", "from") for m in range(first, i)) and _item_shaped(toks, first, ls):
        return True
    if first < i and _described_shaped(toks, first, i, ls):
        return True  # "with Yuki Mori, professor at the University of Tokyo, and Mia Sato of Fujitsu Research"
    k = end + (end < len(toks) and toks[end].text == ",")
    k += k < len(toks) and toks[k].low == "and"
    # ("A of X and B, CEO of Y, spoke", "A of X and B, a Stanford researcher, joined …": the next one's post set
    # off by commas)
    # ("A of X, Ohio Labor Minister B and C of Y were present": the next one's post before the name, a body's or a
    # place's capitalised words before it)
    if k > end and k < len(toks) and toks[k].low in ls.honorifics:
        k += 1 + (k + 1 < len(toks) and toks[k + 1].text == ".")  # ("… and Dr. Jay Lee, a professor at …")
    return k > end and (_item_shaped(toks, k, ls) or _post_set_off(toks, k, ls)
                        or any(_titled_name_at(toks, k + d) for d in range(_WORDS_BEFORE_TITLED + 1)
                               if all(_capital(t) for t in toks[k:k + d])))


_WORDS_BEFORE_TITLED = 3  # capitalised words of a body or a place before a title and a name
_SET_OFF_REACH = 8  # words of a post set off by commas after a name


def _post_set_off(toks: list[_Tok], k: int, ls: _Lists) -> bool:
    """Two or three name words from ``k``, then a post between commas (see :func:`_set_off_close`), or after a
    comma up to the sentence's end (the list's last item: "… and Dr. Jay Lee, a professor at Lake University.")."""
    words, m = _name_then(toks, k, len(toks), ls)
    if not 2 <= words <= 3:
        return False
    if _set_off_close(toks, m, ls) is not None:
        return True
    if not (m + 2 < len(toks) and toks[m].text == ","):
        return False
    stop = next((n for n in range(m + 1, min(len(toks), m + _SET_OFF_REACH + 6))
                 if toks[n].text in (".", ";", "!", "?") and not _INITIALS.fullmatch(toks[n - 1].text)), None)
    return stop is not None and toks[m + 1].low in ("a", "an", "the") \
        and any(_is_head(t, ls) for t in toks[m + 2:min(stop, m + 5)])


def _set_off_close(toks: list[_Tok], m: int, ls: _Lists) -> int | None:
    """The comma that closes a post set off by the comma at ``m`` after a name: a head among its words (``, CEO of
    Nimbus,``, ``, a Stanford researcher,``), or a relative clause only a person takes (``, who leads Nimbus,``);
    None when no such post stands there."""
    if not (m + 2 < len(toks) and toks[m].text == ","):
        return None
    close = _past_appositive(toks, m) - 1  # (the comma that closes the aside, as a verb after it is read past)
    if close <= m or close - m > _SET_OFF_REACH + 1 \
            or not (toks[m + 1].low in ("who", "whose") or any(_is_head(t, ls) for t in toks[m + 1:close])):
        return None
    return close


def _comma_before(toks: list[_Tok], k: int) -> int:
    """The comma nearest before ``k`` within a set-off post's reach (``k`` itself when there is none)."""
    return next((n for n in range(k - 1, max(-1, k - 2 - _SET_OFF_REACH), -1) if toks[n].text == ","), k)


def _past_name_words(toks: list[_Tok], k: int, end: int, ls: _Lists) -> int:
    """Where the words of a name from ``k`` end (no organization's word among them), before ``end``."""
    m = k
    while m < end and _is_name_part(toks[m], ls) and toks[m].low not in ORG_WORDS and m - k <= _MAX_NAME:
        m += 1
    return m


def _name_then(toks: list[_Tok], k: int, end: int, ls: _Lists) -> tuple[int, int]:
    """How many words of a name from ``k`` (see :func:`_past_name_words`), and where what follows it starts, past
    an initial written after it (``Ravi Kumar S., CEO of …``)."""
    m = _past_name_words(toks, k, end, ls)
    return m - k, m + 2 if m + 2 <= end and _trailing_initial(toks, k, m) else m


def _described_shaped(toks: list[_Tok], k: int, end: int, ls: _Lists) -> bool:
    """Two or three name words from ``k``, a comma, a lower-case post with a title's head, then ``at`` / ``of``
    before ``end``."""
    words, m = _name_then(toks, k, end, ls)
    if not (2 <= words <= 3 and m + 2 < end and toks[m].text == ","):
        return False
    n = m + 1 + (toks[m + 1].low in ("a", "an", "the"))
    post = n
    while n < end and toks[n].text.isalpha() and toks[n].text.islower() and toks[n].low not in ("at", "of") \
            and n - post < 5:
        n += 1
    return post < n < end and toks[n].low in ("at", "of") and any(_is_head(t, ls) for t in toks[post:n])


def _item_shaped(toks: list[_Tok], k: int, ls: _Lists) -> bool:
    """Two or three name words from ``k``, then ``of`` / ``from`` and a capitalised word."""
    words, m = _name_then(toks, k, len(toks), ls)
    if not (2 <= words <= 3 and m + 1 < len(toks) and toks[m].low in ("of", "from")):
        return False
    o = m + 1 + (toks[m + 1].low == "the")
    # "Tata Steel of India": a company of a country is no person of an organization
    return o < len(toks) and _capital(toks[o]) and not (
        toks[o].low in ls.not_names and (o + 1 == len(toks) or not _capital(toks[o + 1])))


_GAP_REACH = 40  # tokens back from a gapped clause to the verb it shares
_GAP_VERBS = frozenset({"spoke", "speaks", "talked", "talks", "presented", "presents", "lectured", "lectures"})


def _gapped(toks: list[_Tok], i: int, past: int) -> bool:
    """``A (X) spoke on robots, B (Y) on drives and C of Z about batteries``: a name with its organization
    and a topic, after a comma, semicolon or ``and``, that shares the speaking verb of a clause before it."""
    if not (0 < i and toks[i - 1].text in (",", ";", "and") and past < len(toks) and toks[past].low in ("on", "about")):
        return False
    for k in range(i - 2, max(-1, i - 2 - _GAP_REACH), -1):
        if toks[k].text in (".", ":"):
            return False
        if toks[k].low in _GAP_VERBS and k + 1 < len(toks) and toks[k + 1].low in ("on", "about"):
            return True
    return False


def _past_name_list(toks: list[_Tok], j: int) -> int:
    """Past the names that follow one and are joined to it: ``Peter Roberts and Brent Balinski moderated``
    from after ``Roberts`` gives the index of ``moderated`` (``j`` itself when no list follows)."""
    k = _list_end(toks, j)
    if _both_of(toks, k):
        close = next((n for n in range(k + 3, min(k + 14, len(toks))) if toks[n].text == ","), None)
        k = close + 1 if close is not None else k  # "A and B, both of Lake Corp, led …"
    return k


def _both_of(toks: list[_Tok], k: int) -> bool:
    """``, both of ORG`` / ``, all from ORG`` / ``, co-founders of ORG`` at ``k``: the organization every
    name of the list is from."""
    return _shared_prep(toks, k) is not None


def _shared_prep(toks: list[_Tok], k: int) -> int | None:
    """The index of the preposition in ``, both of ORG`` or ``, (modifiers) PLURAL-TITLE of ORG`` at ``k``."""
    if k + 2 >= len(toks) or toks[k].text != ",":
        return None
    if toks[k + 1].low in ("both", "all") and toks[k + 2].low in ("of", "from", "at", "with"):
        return k + 2
    ls = lists()
    for p in range(k + 2, min(k + 6, len(toks) - 1)):
        if toks[p].low in ("of", "from", "at", "with"):
            words = toks[k + 1:p]
            return p if words and _plural_head(words[-1], ls) is not None \
                and all(t.low in ls.modifiers or _is_title_word(t, ls) or t.text.islower() for t in words[:-1]) else None
    return None


def _shared_org(toks: list[_Tok], j: int, text: str, *, titled: bool = False
                ) -> tuple[str | None, str | None, Span | None]:
    """The post a ``, both of ORG,`` or ``, co-founders of ORG,`` after the list the name at ``j`` is in
    gives every name: the title (singular) if one is written, and the organization; or the organization after
    the list's last name when no item before it names one (``A, B and C of Lake Corp``)."""
    k = _list_end(toks, j)
    p = _shared_prep(toks, k)
    if p is None:  # (a name with a post of its own is no bare item: "Jane Roe MP and Tom Reed of Acme")
        last = None if titled else _of_after_bare_list(toks, j)
        return (None, *_org_after_name(toks, last, text)) if last is not None else (None, None, None)
    title = None
    if toks[k + 1].low not in ("both", "all"):
        head = toks[p - 1]
        title = _strip_article(text[toks[k + 1].start:head.start] + (_plural_head(head, lists()) or head.text))
    return (title, *_org_after_name(toks, p, text))


def _bare_items_before(toks: list[_Tok], i: int, ls: _Lists) -> bool:
    """The names of the list before the name at ``i`` stand bare, joined by commas and ``and`` alone (no body,
    post or parenthesis of their own: "Omar Haddad of Reed Inc., Lena Fisk and …" has one)."""
    return all(t.text in (",", "and") or _is_name_part(t, ls) and not _is_head(t, ls) and not t.text.endswith(_POSSESSIVE)
               for t in toks[_list_start(toks, i):i])


def _of_after_bare_list(toks: list[_Tok], j: int) -> int | None:
    """The index of ``of``/``from`` after the last name of a list that follows the name ending at ``j``, when
    the names are joined by commas and ``and`` alone, none with a body or a parenthesis of its own, and the
    body closes the list (``Kim A, Park B and Lee C of Lake Corp, who …``: the three are of Lake Corp)."""
    k, items, ls, joined = j, 0, lists(), False
    for _item in range(_MAX_LIST_ITEMS):
        if k < len(toks) and toks[k].low in ("of", "from"):
            break
        n = k + (k < len(toks) and toks[k].text == ",")
        joined = n < len(toks) and toks[n].low == "and"
        n += joined
        if n == k:
            return None
        m = _past_name_words_with_particles(toks, n, lambda t: _is_name_part(t, ls) and not _is_head(t, ls))
        if m - n < 2:
            return None
        k, items = m, items + 1
    # (a list's last item follows "and": "During a chat with Tom Reed, Ana Vale of Lake Corp said" lists nobody)
    if not items or not joined or k + 1 >= len(toks) or toks[k].low not in ("of", "from") or not _capital(toks[k + 1]):
        return None
    after = _past_of_org(toks, k)
    if after < len(toks) and (toks[after].low == "and" or toks[after].text == "," and after + 1 < len(toks)
                              and toks[after + 1].low == "and"):
        return None  # "A, B of Lake Corp and C of Reed Inc.": the body is the last item's own
    return k


def _past_name_words_with_particles(toks: list[_Tok], n: int, word: Callable[[_Tok], bool]) -> int:
    """Past a name's words from ``n``: words ``word`` accepts, with particles between them, one or two in a row
    (``Pieter de Vries``, ``Maria de la Cruz``); at most _MAX_NAME words besides the particles."""
    m, particles = n, 0
    while m < len(toks) and m - n - particles < _MAX_NAME and (
            word(toks[m]) or m > n and toks[m].low in _NAME_PARTICLES and m + 1 < len(toks)
            and (_capital(toks[m + 1]) or toks[m + 1].low in _NAME_PARTICLES)):
        particles += not word(toks[m])
        m += 1
    return m


def _list_end(toks: list[_Tok], j: int) -> int:
    """Past the names joined to the one ending at ``j`` (and a dash closing them)."""
    k = j
    for _item in range(_MAX_LIST_ITEMS):
        if k >= len(toks):
            break
        n = k + (toks[k].text == ",")
        n += n < len(toks) and toks[n].low == "and"
        if n == k:
            break
        if n + 2 < len(toks) and toks[n].low in lists().honorifics and toks[n + 1].text == "." and _capital(toks[n + 2]):
            n += 2  # "A, B and Dr. Mia Holt spoke": the item's abbreviated honorific and its full stop
        # ("… and Pieter de Vries (TU Delft) discussed", "Maria de la Cruz": particles inside the name)
        m = _past_name_words_with_particles(toks, n, _capital)
        owned = _owned_item_end(toks, n)
        if owned is not None:
            m = owned  # "Lake Corp's Ana Vale and Reed Inc. executive Tom Reed presented": an item with its owner
        if m - n < 2:
            break
        k = _past_paren(toks, m)  # "Kim Jung-ho (KAIST) and Lee Sang-hoon (SNU) gave talks"
        k = _past_of_org(toks, k)  # "Priya Desai and Tom Becker of Becker Automation led a workshop"
        if k == m and (close := _set_off_close(toks, m, lists())) is not None:
            k = close  # "A of X and Tom Reed, CTO of Nimbus, spoke": past the post set off, to its closing comma
    if k < len(toks) and toks[k].text == "," and k > j and _set_off_close(toks, _comma_before(toks, k), lists()) == k:
        k += 1  # (the list's last item's post closed by that comma, then the verb)
    if k < len(toks) and (toks[k].text in ("—", "–") or _spaced_hyphen(toks, k)):
        k += 1  # "A panel — A, B and C — discussed …": the dash that closes the list (or a spaced hyphen as one)
    return k


_MAX_OWNER = 5  # capitalised words of an organization that opens an item of a list


def _owned_item_end(toks: list[_Tok], n: int) -> int | None:
    """Past a list item that opens with its person's organization: ``Lake Corp's Ana Vale``, ``Reed Inc.
    executive Tom Reed``, ``Fanuc Corp President Ken Yama`` from ``n`` (None for any other item)."""
    ls = lists()
    k = n
    while k < len(toks) and k - n < _MAX_OWNER and (_capital(toks[k]) and not _is_head(toks[k], ls)
                                                     or toks[k].text == "." and k > n and toks[k - 1].low in LEGAL_FORMS):
        k += 1
        if toks[k - 1].text.endswith(_POSSESSIVE):
            break
    if k == n or k - n == _MAX_OWNER:
        return None
    plural = k < len(toks) and toks[k].text in ("'", "’") and toks[k - 1].text.endswith("s")
    if plural:
        k += 1  # "… and Vela Robotics' Tom Fisher spoke": a plural's possessive
    if not plural and not toks[k - 1].text.endswith(_POSSESSIVE):
        h = k
        while h < len(toks) and h - k < 4 and _is_title_word(toks[h], ls):
            h += 1
        if h == k or not _is_head(toks[h - 1], ls):
            return None
        k = h
    # ("… and Imec CEO Luc Van den Hove spoke": particles inside the name)
    m = _past_name_words_with_particles(toks, k, lambda t: _is_name_part(t, ls) and not _is_head(t, ls))
    return m if m - k >= 2 else None


# talks a person's name owns with a possessive ("Ana Vale of Lake Corp's keynote")
_OWNED_TALKS = frozenset({"keynote", "talk", "presentation", "speech", "lecture", "remarks", "address", "session",
                          "panel", "fireside", "workshop", "demo", "demonstration"})


def _past_of_org(toks: list[_Tok], j: int) -> int:
    """Past ``of ORG`` / ``from ORG`` at ``j``: capitalised words (with "of", "for" and "&" inside) up to a
    word in lower case or a comma (``j`` itself when none is written there)."""
    if j + 1 >= len(toks) or toks[j].low not in ("of", "from") or not _capital(toks[j + 1]):
        return j
    k = j + 1
    while k < len(toks) and k - j <= 8 and (_capital(toks[k]) or toks[k].text == "&"
                                            or toks[k].low in ("of", "for") and k + 1 < len(toks)
                                            and _capital(toks[k + 1])):
        k += 1
    return k


def _past_paren(toks: list[_Tok], j: int) -> int:
    """Past a short parenthesis at ``j`` (``j`` itself when none opens there)."""
    if j < len(toks) and toks[j].text == "(":
        close = next((n for n in range(j + 1, min(j + 8, len(toks))) if toks[n].text == ")"), None)
        if close is not None:
            return close + 1
    return j


def _main_verb_title(toks: list[_Tok], j: int, ls: _Lists, text: str) -> tuple[str | None, str | None, Span | None] | None:
    """``NAME, who …, is the CEO of ORG``, ``NAME is president of ORG``: the sentence's own verb, past a
    relative clause if there is one, says what the person is (read as the ``, title of ORG`` that follows a
    name)."""
    if j + 2 < len(toks) and toks[j].low in ("is", "was"):
        k = j  # "Mia Holt is president of the Ridge Institute": the sentence's verb right after the name
    elif j + 3 < len(toks) and toks[j].low in ("serves", "served", "works", "worked", "acts") and toks[j + 1].low == "as":
        k = j + 1  # "Mia Holt serves as vice president of operations at Lake Corp"
    elif j + 3 < len(toks) and toks[j].text == "," and toks[j + 1].low in ("is", "was"):
        k = j + 1  # "The forum's keynote speaker, Mia Holt, is chief scientist at Lake Corp": the name an appositive
    else:
        if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].low != "who":
            return None
        k = _past_appositive(toks, j)
        if k == j or k + 1 >= len(toks) or toks[k].low not in ("is", "was"):
            return None
    start = k + 1 + (toks[k + 1].low in ("the", "a", "an"))
    # the verb read as a comma, in a window of the tokens after it (a bounded copy keeps a long sentence linear)
    rest = toks[start:start + 2 * _MAX_TITLE_WORDS]
    # "… is the president of the Ridge Institute and spoke at the forum": the post ends where a verb joins
    cut = next((n for n in range(1, len(rest) - 1) if rest[n].low == "and" and rest[n + 1].text.islower()
                and not _is_title_word(rest[n + 1], ls)), len(rest))
    window = [_tok(",", toks[start - 1].start, toks[start - 1].end), *rest[:cut]]
    post = _title_after(window, 0, ls, text)
    # (a post, no name: "Sitting on the panel alongside Tom Reed was Ana Vale of Lake Corp" says who else sat)
    return post if post is not None and post[0] is not None else None


def _past_appositive(toks: list[_Tok], j: int) -> int:
    """Past ``, an appositive,`` at ``j`` (``Jane Roe, a veteran of the industry, spoke``; between dashes too:
    ``Jane Roe — a veteran of the industry — spoke``; ``j`` when none)."""
    if j >= len(toks) or toks[j].text not in (",", "—", "–"):
        return j
    marks = (",", ".", ";", "(", ")") if toks[j].text == "," else ("—", "–", ".", ";")
    close = next((n for n in range(j + 1, min(j + 16, len(toks))) if toks[n].text in marks), None)
    if close is None or toks[close].text != toks[j].text or close <= j + 1:
        return j
    # ('Tom Reed, who called the forum "a turning point," spoke': the quote's closing mark right after its comma)
    quoted = close + 1 < len(toks) and toks[close + 1].text in ('"', "”") and toks[close + 1].start == toks[close].end
    return close + 2 if quoted else close + 1


_PART_AS = frozenset({"host", "keynote", "panellist", "emcee", "mc"})  # parts taken "as …" besides _ROLE_NOUNS
_STEERED = frozenset({"discussion", "panel", "conversation", "debate", "session"})  # what a chair steers
_SAT = frozenset({"sat", "sits", "sit"})  # "sat down with": a conversation on stage
_HEADS_A_BODY = frozenset({"heads", "leads", "chairs", "directs", "runs", "founded", "co-founded", "cofounded"})
_JOINED_AS = re.compile(r"who (?:joined|rejoined)$")  # "…, who joined Nimbus Labs last year as CTO,"
# adverbs between a subject and its verb
_ADVERBS = frozenset({"also", "later", "then", "briefly", "first", "jointly", "subsequently", "separately", "too",
                      "likewise", "similarly", "afterwards", "next", "finally", "additionally", "each",
                      "officially", "formally", "both", "all"})  # ("Ana Vale of Acme officially opened the forum")


# what a speaker shares with the audience
_SHARED = frozenset({"experiences", "experience", "insights", "insight", "lessons", "views", "thoughts", "perspectives",
                     "perspective", "expertise", "stories", "know-how", "findings", "vision", "outlook", "results",
                     "strategies", "strategy", "tips", "advice", "case", "cases", "examples", "research", "work"})
# what a master of ceremonies hosts (an organization hosting one holds it: see kg.extract.en_events)
_MC_EVENINGS = frozenset({"ceremony", "evening", "night", "awards"})  # (a dinner or a reception: its host's)
# what only a person does at an event: "Jane Roe spoke on …", "… delivered the keynote", "… moderated"
_TALK_NOUNS = frozenset({"keynote", "talk", "speech", "address", "presentation", "lecture", "remarks", "session",
                         "workshop", "tutorial", "masterclass", "pitch"})
# what is led at an event, not a unit of a body: "leads a workshop at Coex", "runs the demo sessions at the expo"
_LED_AT_EVENTS = _TALK_NOUNS | set(GATHERINGS) | {"panel", "panels", "discussion", "discussions", "sessions",
                                                   "workshops", "tour", "tours", "demo", "demos", "delegation",
                                                   "booth", "track", "roundtable", "breakout", "class", "course"}


_ASIDE_REACH = 24  # tokens of an aside ("joined by A of X and B of Y") before the verb it stands before


_THANKS_GIVEN = frozenset({"proposed", "proposes", "gave", "gives", "delivered", "delivers", "moved", "moves"})
_OFFERED = frozenset({"offered", "offers", "shares", "provided", "provides", "gave", "gives"})  # ("shared": any object)
# what a speaker gives an audience: "offered insights", "shared her perspective", "gave attendees a look at"
_OFFERINGS = frozenset({"insight", "insights", "perspective", "perspectives", "thoughts", "views", "look", "overview",
                        "update", "outlook", "glimpse", "preview", "tour", "demo", "demonstration"})


# words of a post with its body after the comma that wins over a title before the name ("Councillor Mazher Iqbal,
# Sheffield City Council's cabinet member for economic development")
_POST_AFTER_WORDS = 6
_AUDIENCES = frozenset({*_AUDIENCE_PEOPLE, "reporters", "forum", "summit", "conference", "room"})
_TALK_REACH = 10  # tokens after a name within which "during her talk" says the person gave one


def _posts_joined(title: str, ls: _Lists) -> bool:
    """``President and Vice-Chancellor``, ``Chair and CEO``: posts joined by "and", each ending in a head."""
    return all(part.split() and _is_head(_tok(part.split()[-1], 0, 0), ls) for part in title.split(" and "))


def _singular(word: str) -> str:
    """A plural noun's singular by its regular ending (``workshops``, ``masterclasses``); others as they are."""
    if word.endswith("sses") or word.endswith("ches"):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# what a visitor walks round at a fair or a show besides the gathering itself
_VISITED = frozenset({"booth", "booths", "exhibits", "exhibition", "exhibitions", "floor", "stands", "stand", "pavilion"})


def _attends(toks: list[_Tok], j: int) -> bool:
    """``attended`` / ``attends`` at ``j``, the clause ending there or going on with its object or a
    companion (``… attended the forum``, ``… attended, too``, ``… attended alongside …``), or in a relative clause
    set off by a comma (``…, who attended the forum, said …``); or ``appeared`` there."""
    if j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].low == "who":
        j += 3 if toks[j + 2].low == "also" else 2
    if j + 1 < len(toks) and toks[j].low in ("appeared", "appears") and toks[j + 1].low in ("together", "at"):
        return True  # "… appeared together at the Tech Day", "… appeared at the forum": seen there
    if j + 2 < len(toks) and toks[j].low in ("visited", "visits", "toured", "tours") and toks[j + 1].low == "the" \
            and any(t.low in _VISITED or t.low in lists().event_kinds for t in toks[j + 2:j + 6]):
        return True  # "…, who visited the show, …", "… toured the booths": one of the visitors
    return j < len(toks) and toks[j].low in ("attended", "attends") \
        and (j + 1 == len(toks) or toks[j + 1].text in (".", ",", ";")
             or toks[j + 1].low in ("the", "as", "too", "also", "alongside", "along", "with", "there", "in", "on"))


# the verbs of a guest who opens a gathering (Indian and South-east Asian English: "inaugurated the expo", "graced the
# occasion", "officiated the opening ceremony"), and the occasions they take
_GUEST_OPENS = frozenset({"inaugurated", "inaugurates", "officiated", "officiates", "graced", "graces"})
_GUESTS_OCCASIONS = frozenset({"occasion", "opening", "ceremony", "launch", "inauguration", "function"})


# the words after a copula that say one was there: "… was on hand", "… were in attendance"
_THERE = (["on", "hand"], ["in", "attendance"])


def _there_in_person(toks: list[_Tok], j: int) -> bool:
    """``was present`` / ``were on hand`` / ``was in attendance`` at ``j``: a person's being there (a company
    attends a fair as well, but is not present at it)."""
    words = [t.low for t in toks[j:j + 4] if t.low != "also"]
    return words[:1] in (["was"], ["were"]) and (words[1:2] == ["present"] and (len(words) < 3 or words[2] in ".,;")
                                                 or words[1:3] in _THERE)


def _present_or_judging(toks: list[_Tok], j: int) -> bool:
    """The words after a name and its organization say the person was there or judged (``… made an appearance``,
    ``… was on hand``, ``… was in attendance``, ``… judged the pitch competition``, ``… led a delegation of 20 startups``)
    or opened the gathering as its guest (``… inaugurated the conference``, ``… graced the occasion``)."""
    words = [t.low for t in toks[j:j + 5] if t.low != "also"]
    return words[:1] in (["judged"], ["judges"]) and len(words) > 1 and words[1] in ("the", "a", "an") \
        or len(words) > 2 and words[0] in _GUEST_OPENS and words[1] in ("the", "a", "an", "its", "this", "their") \
        and any(w in gathering_words() or w in _GUESTS_OCCASIONS for w in words[2:5]) \
        or words[:1] in (["led"], ["leads"], ["headed"], ["heads"]) and len(words) > 2 \
        and words[1] in ("the", "a", "an", "its", "their", "his", "her") \
        and any(w.startswith("delegation") for w in words[2:5]) \
        or words[:2] in (["made", "an"], ["makes", "an"], ["made", "a"], ["makes", "a"]) and "appearance" in words \
        or words[:1] in (["was"], ["were"], ["is"], ["are"]) and (words[1:3] in _THERE
                                                              # "… was among those attending", "… among those present"
                                                              or words[1:3] == ["among", "those"] and len(words) > 3
                                                              and words[3] in ("attending", "present", "in"))


_COORDINATED_REACH = 8  # words from a subject's first verb to the "and" before its second


# where one speaks aside from the programme, or how: "speaking on the sidelines of", "on condition of anonymity"
ASIDE_PLACES = frozenset({"sidelines", "sideline", "side", "margins", "margin", "fringes", "fringe", "condition",
                           "background"})
_DISCUSSIONS = _WITH_PARTS - {"interview", "session"}  # (held on stage as a discussion)
_DISCUSSION_REACH = 6  # tokens from the verb to "in a/the … debate"


def _in_a_discussion(toks: list[_Tok], k: int) -> bool:
    """Within a few words from ``k`` in the clause, ``in a/the (lively) debate``, ``in a fireside chat``."""
    for n in range(k, min(k + _DISCUSSION_REACH, len(toks) - 2)):
        if toks[n].text in (",", ";", ".", "(", ")"):
            return False
        if toks[n].low == "in" and toks[n + 1].low in ("a", "an", "the") \
                and any(t.low in _DISCUSSIONS for t in toks[n + 2:n + 5]):
            return True
    return False


# the sessions one leads by teaching in them
_HANDS_ON = frozenset({"workshop", "masterclass", "tutorial", "bootcamp", "class", "clinic", "training"})


def _speaks(toks: list[_Tok], j: int) -> bool:
    """The words after the name say the person spoke, moderated or gave a talk (a company presents
    products and launches them, but does not speak, moderate or deliver a keynote): by the rules below, or a
    speaking part's cue of ``data/en/cues.tsv`` that opens with a verb there (``presided over a session``)."""
    if j < len(toks) and ((past := _PARTICIPLE_PAST.get(toks[j].low)) is not None and j > 0 and toks[j - 1].text != ","
                          or (past := _PRESENT_PAST.get(toks[j].text)) is not None):
        # "with Ana Vale speaking on robots", "… making the opening remarks": the participle of a subject named
        # before it says what the past tense would (read in a window around it, as the rules look no further);
        # so does a photo caption's present tense ("Ana Vale, right, speaks during a panel session")
        lo = max(0, j - 3)
        window = [*toks[lo:j], toks[j]._replace(text=past, low=past), *toks[j + 1:j + _CUE_WINDOW + 6]]
        return _speaks_by_rule(window, j - lo) or _cue_opens(window, j - lo)
    return _speaks_by_rule(toks, j) or _cue_opens(toks, j)


# the participles of the verbs of a part, with their past tense: "with A speaking on robots", "B serving as MC"
_PARTICIPLE_PAST = {"speaking": "spoke", "presenting": "presented", "lecturing": "lectured", "talking": "talked",
                    "serving": "served", "making": "made", "giving": "gave", "delivering": "delivered",
                    "leading": "led", "chairing": "chaired", "discussing": "discussed", "explaining": "explained",
                    "describing": "described", "outlining": "outlined", "addressing": "addressed",
                    "sharing": "shared", "demonstrating": "demonstrated", "hosting": "hosted", "acting": "acted",
                    "sitting": "sat", "appearing": "appeared", "headlining": "headlined", "keynoting": "keynoted"}


# the present tense of the verbs of a part, as photo captions write them ("Ana Vale, left, and Tom Reed discuss …"),
# with their past tense (lower case, as a verb is written: "Talks" opening a line is no verb)
_PRESENT_PAST = {"speaks": "spoke", "discuss": "discussed", "discusses": "discussed", "gives": "gave",
                 "delivers": "delivered", "presents": "presented", "moderates": "moderated", "addresses": "addressed",
                 "explains": "explained", "answers": "answered", "introduces": "introduced"}


# the words that open no verb phrase of one's own after a name ("Tom Reed of Orbis at the summit …")
# ("… was one of the …", "… will be the keynote speaker")
_BEFORE_A_PART = frozenset({"a", "an", "the", "one", "of", "also", "this", "year's", "year’s", "be", "been"})
_NO_VERB = frozenset({"and", "or", "of", "at", "from", "for", "with", "in", "on", "to", "the", "a", "an", "as", "by",
                      "who", "whose", "which", "that", "during", "after", "before", "while"})
_CUE_WINDOW = 14  # tokens after a name a cue is read in ("opened the Lake AI Summit 2026 on Tuesday with a keynote")
_LEAD_WINDOW = 7  # tokens before a name a cue that points at it is read in
# what a company or a product does as well as a speaker, left to the rules of _speaks_by_rule ("Samsung's Galaxy Ring
# introduced new sensors", "Orbis unveiled a robot")
_THINGS_DO_TOO = frozenset({"introduced", "introduces", "unveiled", "unveils", "presented", "presents", "showed", "shows",
                            "showcased", "showcases", "demonstrated", "demonstrates", "shared", "shares", "launched",
                            "launches", "announced", "announces", "released", "releases", "displayed", "displays",
                            "exhibited", "exhibits", "revealed", "reveals", "debuted", "debuts", "previewed", "previews"})


def _cue_opens(toks: list[_Tok], j: int) -> bool:
    """A speaking part's cue opens the words at ``j`` with a verb of the name's own (not a company's too)."""
    # (a verb with its prefix joined by a hyphen too: "co-chaired", "co-presented")
    if j >= len(toks) or not toks[j].text.replace("-", "").isalpha() or not toks[j].text.islower() \
            or toks[j].low in _NO_VERB \
            or toks[j].low in _THINGS_DO_TOO:
        return False
    words = " ".join(t.text for t in toks[j:j + _CUE_WINDOW])
    if speaking_cue_opens(words):
        return True
    # ("Tom Reed of Nimbus cut the ribbon", "… sat on the jury": a guest's part done there, a person's too; not a
    # message sent from afar, "sent a message to staff")
    if (toks[j].low.endswith("ed") or toks[j].low in _IRREGULAR_PAST or toks[j].low == "cut") \
            and toks[j].low != "sent" and guest_cue_opens(words):
        return True
    # "Tom Reed of Nimbus delivered a fireside chat", "… held a Q&A session with students": a verb of giving, then
    # the part it gave
    return toks[j].low in _GIVING_VERBS and j + 2 < len(toks) and toks[j + 1].low in ("a", "an", "the") \
        and speaking_cue_opens(" ".join(t.text for t in toks[j + 2:j + 2 + _CUE_WINDOW]))


_GIVING_VERBS = frozenset({"delivered", "gave", "held", "hosted", "led", "joined", "ran", "headlined"})


# how or when one spoke, after "speaking": "speaking remotely", "speaking via video link", "speaking first"
_HOW_ONE_SPOKE = frozenset({"remotely", "virtually", "online", "via", "by", "from", "first", "last", "later", "next",
                            "earlier", "afterwards", "alongside", "before", "after", "onstage"})
_PRESS = frozenset({"reporters", "journalists", "press", "media"})  # (addressing them is no talk at the event)
# the verbs of a part after "to" ("flew in to speak"): what the subject came to do
_SPEAK_TO = frozenset({"speak", "moderate", "lecture", "keynote"})
_GIVE_TO = frozenset({"deliver", "give", "present"})  # (with a talk after them: not "to give interviews")


def _speaks_by_rule(toks: list[_Tok], j: int) -> bool:
    if j >= len(toks):
        return False
    verb = toks[j].low
    if verb in _ADVERBS and j + 1 < len(toks) and toks[j + 1].low not in _ADVERBS:
        return _speaks(toks, j + 1)  # "Raj Patel of Arden Systems also spoke", "… later moderated"
    if verb == "," and j + 2 < len(toks) and toks[j + 1].low == "who":
        return _speaks(toks, j + 2)  # "Ana Vale, who chaired the session, …"
    if verb in _COPULAS and j + 2 < len(toks):
        # "Ana Vale of Orbis was on the panel", "… was among the speakers", "… is the keynote speaker", "… was one of
        # the panelists": a speaking part the copula gives the subject
        k = j + 1
        while k < len(toks) and k - j <= 3 and toks[k].low in _BEFORE_A_PART:
            k += 1
        if k < len(toks) and (speaking_cue_opens(words := " ".join(t.text for t in toks[k:k + _CUE_WINDOW]))
                              or guest_cue_opens(words)):
            return True  # (or a guest's: "Ana Vale of Orbis was a judge")
    if verb == "," and _part_set_off(toks, j) is not None:
        return True  # "Sam Cole, the keynote speaker, is director of …", "Mia Holt, a panelist, …"
    if verb == "," and j + 3 < len(toks) and toks[j + 1].low in ("speaking", "presenting", "lecturing", "talking") \
            and toks[j + 2].low in ("on", "about", "at", "during") \
            and not {t.low for t in toks[j + 3:j + 5]} & ASIDE_PLACES:
        return True  # "Sara Moss of Orbis, speaking on robots, said …" (not "speaking on the sidelines of …")
    if verb == "," and j + 2 < len(toks) and (
            toks[j + 1].low in ("speaking", "presenting", "lecturing", "talking") and toks[j + 2].low in _HOW_ONE_SPOKE
            or toks[j + 1].low == "addressing" and toks[j + 2].low not in _PRESS):
        return True  # "Sara Moss of Orbis, speaking remotely, said …", "…, addressing the summit, said …"
    if verb == "," and j + 3 < len(toks) and toks[j + 1].low in ("in", "during") \
            and toks[j + 2].low in ("a", "an", "his", "her", "their", "the") \
            and any(t.low in _TALK_NOUNS - {"session", "workshop"} for t in toks[j + 3:j + 5]):
        return True  # "Mina Cho of Orbis, in a talk titled …, said …", "…, during her keynote, noted …": one's talk
    if toks[j].text.islower() and (verb.endswith("ed") or verb in _IRREGULAR_PAST) and verb not in _SPEECH_VERBS:
        # "Ana Vale joined remotely and gave a talk", "… flew in from Paris and spoke": the second verb of the subject
        for n in range(j + 1, min(j + _COORDINATED_REACH, len(toks) - 1)):
            if toks[n].text in (",", ";", ".", ":", "!", "?", "(", ")"):
                break
            if toks[n].low == "and":
                if toks[n + 1].text.islower() and toks[n + 1].low not in ("and", "then") and _speaks(toks, n + 1):
                    return True
                break
            if toks[n].low == "to" and (toks[n + 1].low in _SPEAK_TO or toks[n + 1].low in _GIVE_TO
                                        and any(t.low in _TALK_NOUNS for t in toks[n + 2:n + 5])):
                return True  # "… dialled in from Seoul to speak", "flew in from Paris to deliver the keynote"
    if verb == "and" and _next_person(toks, j):
        k = j + 1
        while k < len(toks) and k - j <= _MAX_NAME and _is_name_part(toks[k], lists()):
            k += 1
        if k < len(toks) and toks[k].low != "and" and k > j + 2:
            return _speaks(toks, k)  # "Ana Vale of Acme and Tom Reed spoke": the subjects' verb after the last
    if verb == "and" and _titled_name_at(toks, j + 1):
        # "Ana Vale of Acme and Vice President Tom Reed of Orbis spoke": past the next one's title, name and body
        k = j + 1
        while k < len(toks) and k - j <= 5 and not _is_name_part(toks[k], lists()):
            k += 1
        while k < len(toks) and k - j <= 5 + _MAX_NAME and _is_name_part(toks[k], lists()):
            k += 1
        k = _past_of_org(toks, _past_paren(toks, k))
        return k < len(toks) and toks[k].low != "and" and _speaks(toks, k)
    if verb == "," and j + 3 < len(toks) and toks[j + 1].low in ("joined", "accompanied", "flanked") \
            and toks[j + 2].low == "by":
        # "Jane Roe of Acme, joined by Tom Reed of Nimbus and Mia Holt, discussed …": past the aside
        close = next((n for n in range(j + 3, min(j + _ASIDE_REACH, len(toks))) if toks[n].text == ","), None)
        return close is not None and _speaks(toks, close + 1)
    if verb == "in" and j + 2 < len(toks) and toks[j + 1].low == "the" and toks[j + 2].low == "chair":
        return True  # "with Tom Reed of Nimbus in the chair"
    if verb == "as" and j + 1 < len(toks):  # "with Tom Reed of Nimbus as moderator", "… as a keynote speaker"
        part = j + 2 if toks[j + 1].low in ("the", "a", "an", "its", "their") and j + 2 < len(toks) else j + 1
        return toks[part].low in _ROLE_NOUNS | _PART_AS
    if verb in _SAT and j + 2 < len(toks) and toks[j + 1].low == "down" and toks[j + 2].low == "with":
        return True  # "Tom Reed of Nimbus sat down with Mia Holt for a conversation"
    if verb in ("has", "have", "had") and j + 4 < len(toks) and toks[j + 1].low == "been" \
            and toks[j + 2].low in _SCHEDULED | _PICKED and toks[j + 3].low == "to":
        return _speaks(toks, j + 3) or _cue_opens(toks, j + 4)  # "Tom Reed has been tapped to give the keynote"
    if verb in ("is", "are", "was", "were") and j + 5 < len(toks) and toks[j + 1].low == "among" \
            and toks[j + 2].low == "those" and toks[j + 3].low in _SCHEDULED and toks[j + 4].low == "to":
        return _speaks(toks, j + 4) or _cue_opens(toks, j + 5)  # "… is among those scheduled to present"
    if verb in ("is", "are", "was", "were") and j + 3 < len(toks) and toks[j + 1].low in _SCHEDULED | _PICKED \
            and toks[j + 2].low == "to":
        # "Mia Holt and Lars Ober are scheduled to speak", "Tom Reed is slated to appear on a panel" (a part's cue
        # opening with the infinitive's verb)
        return _speaks(toks, j + 2) or _cue_opens(toks, j + 3)
    if verb in ("is", "are", "was", "were") and j + 3 < len(toks) \
            and [t.low for t in toks[j + 1:j + 4] if t.low != "also"][:2] == ["on", "the"] \
            and any(t.low in ("program", "programme", "lineup", "line-up", "bill") for t in toks[j + 3:j + 5]):
        return True  # "Ana Vale of Acme is on the lineup", "… were also on the program"
    if verb in ("is", "are", "was", "were") and j + 3 < len(toks) and toks[j + 1].low == "among" \
            and any(t.low in _SPEAKING | _PEOPLE_AMONG for t in toks[j + 2:j + 5]):
        return True  # "Tom Reed of Nimbus Works is among the featured speakers", "… were among the judges"
    if verb in ("was", "were") and j + 1 < len(toks) and toks[j + 1].low in ("elected", "appointed", "honored", "honoured"):
        return True  # "A, CEO of X, and Tom Reed of Bolt were appointed co-chairs": a post or an honour given there
    if verb in ("is", "are", "was", "were") and j + 4 < len(toks) and toks[j + 1].low == "among" \
            and toks[j + 2].low == "those" and toks[j + 3].low == "who":
        return _speaks(toks, j + 4)  # "Tom Reed of Orbis was among those who took the stage"
    if verb in ("is", "are", "was", "were") and j + 5 < len(toks) and toks[j + 1].low == "the" \
            and toks[j + 2].low in _SPEAKER_ORDER and toks[j + 3].low == "to" \
            and (toks[j + 4].low in ("speak", "present", "address") or toks[j + 4].low in ("take", "mount")
                 and toks[j + 5].low == "the"):
        return True  # "Ana Vale of Acme was the first to take the stage", "… the last to speak"
    if verb in ("is", "are", "was", "were") and j + 4 < len(toks) and toks[j + 1].low == "one" and toks[j + 2].low == "of" \
            and any(t.low in _SPEAKING for t in toks[j + 3:j + 6]):
        return True  # "Ana Vale of Acme was one of 12 speakers", "… one of the featured panelists"
    if verb in ("is", "are", "was", "were") and j + 2 < len(toks) and toks[j + 1].low in ("the", "its", "their") \
            and any(t.low in _SPEAKING | _ROLE_NOUNS for t in toks[j + 2:j + 5]):
        return True  # "Ana Vale, Tom Reed and Jo Park were the panelists", "… was the moderator"
    if verb in ("will", "would", "shall", "to") and j + 1 < len(toks):
        # "Mina Cho will moderate", "… will deliver the keynote": the verb after the modal, in its base form
        base = toks[j + 1].low
        if base in ("speak", "moderate", "chair", "present", "lecture", "headline", "keynote", "address"):
            return True
        if base in ("deliver", "give", "lead", "run", "host", "conduct", "teach", "join", "serve", "act", "sit"):
            return _speaks(toks, j + 1)  # "… will lead a workshop", "… will join the panel", "… will serve as emcee"
    if verb in ("joined", "joins") and j + 2 < len(toks) \
            and (_capital(toks[j + 1]) or toks[j + 1].low == "the" and _capital(toks[j + 2])) and _for_a_part(toks, j + 1):
        return True  # "A of X joined B for a fireside chat"
    if verb in ("joined", "joins") and any(t.low == "onstage" or t.low == "stage" and toks[n - 1].low == "on"
                                           for n, t in enumerate(toks[j + 1:j + 12], start=j + 1)):
        return True  # "Tom Reed of Nimbus AI joined Ana Vale on stage"
    if verb in ("opened", "opens", "closed", "closes", "kicked", "ended", "ends", "capped", "caps") and j + 2 < len(toks) \
            and any(t.low in _DAY_PARTS for t in toks[j + 1:j + 4]):
        return True  # "Ana Vale of Acme opened the afternoon session", "… closed the day with a talk"
    if verb in ("weighed", "weighs") and j + 1 < len(toks) and toks[j + 1].low == "in":
        return True  # "Ana Vale of Acme weighed in"
    if verb in ("laid", "lays", "walked", "walks") and any(t.low in ("out", "through") for t in toks[j + 1:j + 5]):
        return True  # "Tom Reed of Orbis laid out a roadmap", "… walked the audience through a demo"
    if verb in ("reflected", "reflects", "elaborated", "delved", "touched") and j + 1 < len(toks) \
            and toks[j + 1].low in ("on", "upon", "into"):
        return True  # "Ana Vale of Acme reflected on a decade of robotics"
    if verb == "," and j + 2 < len(toks) and toks[j + 1].low == "whose" \
            and any(t.low in _TALK_NOUNS for t in toks[j + 2:j + 5]):
        return True  # "Ana Vale of Acme, whose talk on agents drew a crowd, …"
    if verb == "followed" and (j + 1 == len(toks) or toks[j + 1].low == "with" or toks[j + 1].text in (".", ";", "!")):
        return True  # "Mina Cho of Lake Ventures followed with a look at financing", "… and B of Y followed."
    if verb in ("talked", "talks") and j + 1 < len(toks) and toks[j + 1].low in ("about", "on", "through"):
        return True  # "Choi Jung-won (KIST) talked about humanoids" (a company's "talks" are negotiations)
    if verb == "in" and j + 2 < len(toks) and toks[j + 1].low in ("conversation", "discussion", "dialogue", "dialog") \
            and toks[j + 2].low == "with":
        return True  # "Tom Reed (Ridge Labs) in conversation with Mia Holt": a chat on stage
    if verb in ("moderating", "chairing", "presiding", "emceeing") and j > 0:
        return True  # "…, with Jane Roe of Acme moderating"
    if verb in ("spoke", "speaks", "moderated", "moderates", "chaired", "chairs", "discussed", "lectured", "presented",
                "co-presented", "co-presents",
                "keynoted", "headlined", "testified", "testifies",
                "explained", "argued", "noted", "stressed", "emphasized", "emphasised", "said", "told", "added",
                "remarked", "urged", "warned", "recalled", "addressed", "described", "outlined", "debated",
                # (presenting something to the audience: "Tom Reed of Ridge Motors demonstrated a humanoid")
                "showed", "demonstrated", "detailed", "showcased", "highlighted", "underscored", "pitched", "predicted",
                "shared", "illustrated", "recounted", "recounts", "previewed", "previews",
                # (a photo's caption tells it in the present: "Lake Corp's Ana Vale presents at the forum")
                "presents", "lectures", "discusses", "explains", "argues", "stresses", "emphasizes", "emphasises",
                "addresses", "describes", "outlines", "debates", "demonstrates", "showcases", "highlights", "keynotes",
                "headlines", "urges", "warns",
                # (a person receives an award: "Tom Reed of Acme received the Best Paper Award")
                "received", "receives", "accepted", "accepts", "won", "wins", "claimed") or verb in _SAID_ALOUD:
        return True
    if verb in ("made", "makes") and j + 2 < len(toks) and toks[j + 1].low == "the" and toks[j + 2].low == "case" \
            or verb in ("called", "calls") and j + 1 < len(toks) and toks[j + 1].low == "for" \
            or verb in ("walked", "walks", "talked", "talks") and any(t.low == "through" for t in toks[j + 1:j + 5]) \
            or verb in ("posed", "poses") and any(t.low == "questions" for t in toks[j + 1:j + 4]) \
            or verb in ("answered", "answers", "fielded", "fields", "took", "takes") and j + 1 < len(toks) \
            and toks[j + 1].low in ("questions", "audience", "a", "some") and any(t.low == "questions" for t in toks[j + 1:j + 4]):
        # ("… answers questions at the forum", "… took questions from the audience": the speaker's)
        # ("… posed questions to the panel": the chair's)
        return True  # "… made the case for open models", "… called for data sharing", "… walked the audience through"
    if verb in ("delivered", "delivers", "gave", "gives", "made", "makes", "offered", "offers", "presented", "provided") \
            and any(t.low in _TALK_NOUNS or t.low.removesuffix("s") in _TALK_NOUNS for t in toks[j + 1:j + 5]):
        # ("Marco Ruiz offered closing remarks": the host's words offered)
        # ("A, B and C each gave short talks": the talks in the plural)
        return True  # "Ana Vale of Acme delivered remarks on data", "… made a brief presentation"
    if verb in ("led", "co-led", "leads", "co-leads", "ran", "co-ran", "conducted", "taught") \
            and any(t.low in _HANDS_ON for t in toks[j + 1:j + 5]):
        return True  # "Ana Vale and Tom Reed co-led a workshop on data labeling", "… taught a masterclass"
    if toks[j].text.islower() and verb not in ("and", "or", "of", "at", "from", "for", "with") \
            and _in_a_discussion(toks, j + 1):
        return True  # "Mia Holt (Ridge Labs) and Jon Lind (Pine Capital) went head to head in a debate on …"
    if verb in ("traded", "trades", "exchanged", "exchanges") and j + 1 < len(toks) \
            and toks[j + 1].low in ("views", "ideas", "opinions", "insights", "notes", "barbs", "arguments"):
        return True  # "Sam Lee and Kim Ji-woo traded views on open models": a discussion on stage
    joined = j + 1 + (verb == "will" and j + 1 < len(toks) and toks[j + 1].low == "be")  # ("… will be joined …")
    if verb in ("was", "were", "is", "are", "will") and joined + 1 < len(toks) and toks[joined].low == "joined" \
            and (verb != "will" or joined == j + 2) \
            and (_on_stage(toks, joined + 1) or toks[joined + 1].low == "by" and _on_stage_after_by(toks, joined + 2)):
        return True  # "Tom Reed of Acme was joined on the panel by …", "… will be joined on stage by …": on it too
    if verb in ("drew", "draws", "earned", "earns", "won", "wins") and j + 1 < len(toks) \
            and toks[j + 1].low in ("applause", "laughter"):
        return True  # "Yuki Sato of Acme earned laughter with a story": a talk's reception
    if verb in ("had", "has", "gets", "got") and j + 3 < len(toks) and toks[j + 1].low == "the" \
            and toks[j + 2].low in ("final", "last", "closing") and toks[j + 3].low == "word":
        return True  # "Yuki Sato had the final word"
    if verb in ("briefed", "briefs") and any(t.low in _AUDIENCES for t in toks[j + 1:j + 3]):
        return True  # "Ana Vale of Acme briefed attendees on the plan"
    if verb in ("is", "was") and j + 2 < len(toks) and toks[j + 1].low in ("a", "an") \
            and any(t.low in _ROLE_NOUNS for t in toks[j + 2:j + 4]):
        return True  # "Ana Vale of Acme was a featured speaker", "… is a panelist"
    if verb in ("wrapped", "wraps") and j + 3 < len(toks) and toks[j + 1].low == "up" \
            and any(t.low in _DAY_PARTS or t.low in gathering_words() for t in toks[j + 2:j + 5]):
        return True  # "Ana Vale of Acme wrapped up the summit"
    if any(toks[n].low in ("during", "in") and toks[n + 1].low in ("his", "her", "their") and toks[n + 2].low in _TALK_NOUNS
           for n in range(j, min(len(toks) - 2, j + _TALK_REACH))):
        return True  # "Ana Vale of Acme unveiled the roadmap during her talk"
    if verb in _THANKS_GIVEN and [t.low for t in toks[j + 2:j + 5]] == ["vote", "of", "thanks"] \
            and toks[j + 1].low in ("a", "the"):
        return True  # "Amy Chen of Intel gave the vote of thanks": the thanks that close a function, said aloud
    if verb in _OFFERED and any(t.low in _OFFERINGS for t in toks[j + 1:j + 5]):
        return True  # "Tom Reed of Ridge AI offered insights into …", "… gave attendees a look at …"
    if verb in ("kicked", "kicks") and j + 2 < len(toks) and toks[j + 1].low == "off" \
            and toks[j + 2].low in ("the", "this", "day", "proceedings"):
        return True  # "Ana Vale of Bolt Labs kicked off the event with …"
    if j + 1 < len(toks) and toks[j + 1].low in ("his", "her") and toks[j].text.islower() \
            and (verb.endswith("ed") or verb in _SPEECH_VERBS) and verb not in ("joined", "followed"):
        return True  # "Ana Vale of Nimbus pitched her company's vision system": a person's own
    if verb in ("hosted", "hosts") and any(t.low in _MC_EVENINGS for t in toks[j + 1:j + 5]) \
            or verb in ("led", "leads", "ran", "runs") and any(t.text == "Q&A" for t in toks[j + 1:j + 3]) \
            or verb in ("introduced", "introduces") and any(t.low in ("speaker", "speakers") for t in toks[j + 1:j + 4]):
        return True  # "Tom Reed of Ridge Radio hosted the evening", "… led the Q&A": the one who keeps it going
    if verb in ("introduced", "introduces", "unveiled", "unveils") and j + 2 < len(toks) and (
            toks[j + 1].low in ("its", "their")
            or toks[j + 1].low in ("a", "the") and toks[j + 2].low.removesuffix("'s").removesuffix("’s")
            in ("new", "latest", "company", "firm", "group", "startup", "institute", "lab", "team")):
        return True  # "Ana Vale of Acme introduced its automation platform", "… unveiled the company's new robot"
    if verb in ("was", "were") and j + 3 < len(toks) and toks[j + 1].low == "interviewed" and _on_stage(toks, j + 2):
        return True  # "Ana Vale of Acme was interviewed on stage by Jane Roe"
    if verb in ("interviewed", "interviews") and j + 1 < len(toks) and _capital(toks[j + 1]):
        return True  # "Jane Roe of Tech Weekly interviewed Ana Vale on stage" (a firm interviews 500 managers)
    if verb in ("answered", "answers", "fielded", "fields", "took", "takes") \
            and any(t.low == "questions" for t in toks[j + 1:j + 4]):
        return True  # "… answered questions from the audience", "took audience questions"
    if verb in ("took", "takes", "take") and j + 3 < len(toks) and toks[j + 1].low == "part" and toks[j + 2].low == "in" \
            and any(t.low in _ON_STAGE | _WITH_PARTS for t in toks[j + 3:j + 7]):
        return True  # "Jana Novak (EPP, Czechia) took part in the policy panel"
    if verb in ("participated", "participates", "participate") and j + 2 < len(toks) and toks[j + 1].low == "in" \
            and any(t.low in _ON_STAGE | _WITH_PARTS or t.low == "fireside" for t in toks[j + 2:j + 6]):
        return True  # "Joelle Pineau of Meta participated in a fireside chat", "… in the closing panel"
    if verb in _EMCEED:
        return True  # "Tom Reed of Nimbus emceed the event", "… MC'd the afternoon session"
    if verb in ("countered", "echoed", "responded", "replied", "cautioned", "predicted", "conceded") \
            or verb in ("agreed", "disagreed", "concurred") and (j + 1 == len(toks) or toks[j + 1].text in (".", ",", ";")
                                                                or toks[j + 1].low in ("with", "that")):
        return True  # "Tom Reed of Orbis agreed.", "… countered that …" (not "agreed to sponsor")
    if verb in ("was", "is", "will") and any(t.low in ("mc", "emcee", "moderator", "facilitator", "host", "master")
                                             for t in toks[j + 1:j + 4]) \
            and toks[j + 1].low in ("the", "a", "an", "be", "also", "again"):
        return True  # "Tom Reed of Nimbus was the MC for the evening", "… will be the moderator"
    if verb in ("led", "leads", "joined", "joins", "ran", "runs", "conducted", "conducts", "taught", "teaches",
                "hosted", "hosts", "facilitated", "facilitates", "co-hosted",
                "lead", "join", "run", "conduct", "teach", "host", "facilitate") \
            and j + 1 < len(toks) \
            and any(_singular(t.low) in ("workshop", "session", "discussion", "panel", "tutorial", "masterclass",
                                         "roundtable", "breakout", "fireside", "chat", "conversation")
                    for t in toks[j + 1:j + 5]):
        return True  # "… led a hands-on workshop", "… joined the panel on …", "… led the afternoon workshops"
    if verb in ("shared", "share", "shares") and [t.low for t in toks[j + 1:j + 3]] == ["the", "stage"]:
        return True  # "Ana Vale and Tom Reed shared the stage"
    if verb in ("shared", "shares") and any(t.low in _SHARED for t in toks[j + 1:j + 5]):
        return True  # "… such as Ana Vale and Tom Reed shared their experiences"
    if verb in ("made", "make", "makes", "formed", "form", "forms", "rounded", "rounds", "completed") \
            and any(t.low in ("panel", "panels", "jury", "lineup", "line-up", "speakers") for t in toks[j + 1:j + 5]):
        return True  # "A (X), B (Y) and C (Z) made up the panel", "… rounded out the lineup"
    if verb in ("served", "serves", "serve") and j + 1 < len(toks) and toks[j + 1].low == "as":
        return True  # "A, B and C served as judges"
    if verb in ("acted", "acts", "act", "returns", "returned", "return", "returning") and j + 1 < len(toks) \
            and toks[j + 1].low == "as":
        return _speaks(toks, j + 1)  # "Ana Vale acted as moderator", "… acted as MC", "… returns as emcee"
    if verb in ("steered", "steers", "guided", "guides") and any(t.low in _STEERED for t in toks[j + 1:j + 5]):
        return True  # "Ana Vale steered the discussion"
    if verb in ("is", "was") and j + 1 < len(toks) and (toks[j + 1].low in _ROLE_NOUNS | _PART_AS
                                                        or [t.low for t in toks[j + 1:j + 4]] == ["master", "of", "ceremonies"]):
        return True  # "Ana Vale was moderator", "… was master of ceremonies": a part with no article
    if verb in ("took", "takes") and any(t.low in ("place", "prize", "award", "honours", "honors") for t in toks[j + 1:j + 4]):
        return True  # "Ana Vale of Acme took first place"
    if verb in ("took", "takes", "take", "stepped", "steps"):
        k = j + 1
        while k < min(len(toks), j + 4) and toks[k].low in ("up", "to", "the"):
            k += 1
        # "Elena Petrova took the stage", "… took to the podium", "… stepped up to the lectern"
        return k > j + 1 and k < len(toks) and toks[k].low in _STAGE_WORDS
    if verb in ("opened", "opens", "closed", "closes", "kicked", "kicks") and j + 1 < len(toks):
        rest = [t.low for t in toks[j + 1:j + 8]]
        if rest[0] == "off":
            rest = rest[1:]
        # "… kicked off the day with a keynote", "… opened the forum": opening with a talk, or the event itself
        if "with" in rest and any(w in _TALK_NOUNS for w in rest[rest.index("with") + 1:]):
            return True
        return len(rest) >= 2 and rest[0] == "the" and (rest[1] in gathering_words() or rest[1] in ("day", "proceedings"))
    if verb in ("sat", "sits", "appeared", "appears", "served", "serves") and j + 2 < len(toks) \
            and toks[j + 1].low == "on" and any(t.low in ("panel", "panels") for t in toks[j + 2:j + 6]):
        return True  # "Jane Roe of Vexa Cloud sat on a policy panel"
    if verb in ("walked", "walks") and j + 2 < len(toks) and toks[j + 1].low in ("attendees", "participants", "the"):
        return True  # "Mia Holt of the Ridge Institute walked attendees through …"
    if verb in ("delivered", "delivers", "gave", "gives", "deliver", "give", "made", "makes", "make"):
        rest = [t.low for t in toks[j + 1:j + 5]]
        if rest and rest[0].rstrip("s") in _TALK_NOUNS | {"lecture", "speeche"}:
            return True  # "… gave talks", "… delivered presentations"
        if rest[:2] in (["an", "overview"], ["a", "briefing"]) and not verb.startswith("mak"):
            return True  # "… gave an overview of the lab's work"
        if verb.startswith("mak"):  # "… makes opening remarks", "… made a presentation" (not "made a robot")
            return bool(rest) and (rest[0] == "remarks" or rest[0] in ("a", "an", "the", "his", "her", "their",
                                                                         "opening", "closing", "welcoming", "brief")
                                   and any(w in ("remarks", "presentation", "speech", "address") for w in rest[1:3]))
        return bool(rest) and rest[0] in ("a", "an", "the", "his", "her", "their", "opening", "closing") \
            and any(w in _TALK_NOUNS for w in rest[1:])
    return False


# a fronted phrase of time or place before a person's pronoun: "At the summit, she …", "Later, he …"
PRONOUN_FRONT = (r"(?:At|During|Later|Then|Afterwards|Afterward|Next|Finally|There|On\s+(?:the\s+)?"
                 r"(?:second|final|last|first|opening|closing)\s+day|In\s+the\s+(?:afternoon|morning|evening))"
                 r"\b[^,.;:\"“”]{0,40},\s+")
# a sentence that opens with a person's pronoun, or after a fronted phrase ("Later, she …"), or with their talk
_PRONOUN_OPENS = re.compile(rf"\s*(?:{PRONOUN_FRONT})?"
                            r"(?:He|She|he|she)\s+(?:(?:also|later|then|first|briefly)\s+)?(?P<verb>[a-z]+)"
                            r"|\s*(?:His|Her)\s+(?:(?:opening|closing|keynote|own|plenary|final|first)\s+)*"
                            r"(?:presentation|talk|keynote|speech|address|lecture)\b")


def _pronoun_acts(toks: list[_Tok]) -> bool:
    """The sentence opens with a person's pronoun that speaks (``She told the audience …``), or with their talk."""
    if not toks:
        return False
    text = " ".join(t.text for t in toks[:12])
    m = _PRONOUN_OPENS.match(text)
    if m is None:
        return False
    if m.group("verb") is None:
        return True
    at = next((n for n, t in enumerate(toks) if t.text == m.group("verb") and n > 0), None)
    return at is not None and (_speaks(toks, at) or bool(_SPEECH.match(toks[at].low)))


_THE_INITIALS = re.compile(r"[A-Z][A-Z&]{2,7}")
# a peer's style, which with one name after it is how the peer is named ("Lord Vallance", "Baroness Lane-Fox")
_PEERAGES = frozenset({"lord", "baroness", "lady"})


def find_people(text: str, spans: list[Span]) -> list[EnMention]:
    """Every person mention of the text, sentence by sentence (``spans`` are the sentences)."""
    ls = lists()
    found: list[EnMention] = []
    # full names seen with no evidence yet, by their last word: "Heather Knight will …" then
    # "Knight, president of Monrobot Labs, …" makes Heather Knight a person
    pending: dict[str, tuple[Span, str | None, Span | None]] = {}  # with the organization written after the name
    by_last: dict[str, str] = {}  # full names found, by their last word (a later "Reed, CEO of …" describes one)
    last_pending: list[str] = []  # the names the sentence before left pending
    subjects: set[str] = set()  # pending names that opened their sentence
    previous: Span | None = None  # the sentence before
    previous_sp: Span | None = None
    for sp in spans:
        toks = tokens(text, sp.start, sp.end)
        if previous is not None and toks and toks[0].low in ("he", "she") and found:
            _post_by_pronoun(text, toks, previous, found, ls)  # "Ana Vale gave the keynote. She is the CTO of …"
        previous_sp, previous = previous, sp
        again = _described_again(text, toks, ls) if toks and toks[0].text == "The" else None
        if again is not None and len(last_pending) == 1 and last_pending[0] in pending:
            # "When Ana Vale stepped up … . The Orbis Labs founder, who …, had been billed as …": the one person the
            # sentence before named, described again by a post and its organization
            span, _org, _org_at = pending.pop(last_pending[0])
            name = text[span.start:span.end]
            found.append(EnMention(name, span, *again))
            by_last[last_pending[0]] = name
        elif again is not None and previous_sp is not None and found:
            _post_of_the_one_before(previous_sp, found, again)
        if len(last_pending) == 1 and last_pending[0] in pending and last_pending[0] in subjects and _pronoun_acts(toks):
            # "Acme's Jane Roe was there. She told the audience …": the one person the sentence before named
            span, org, org_at = pending.pop(last_pending[0])
            name = text[span.start:span.end]
            found.append(EnMention(name, span, None, org, org_at))
            by_last[last_pending[0]] = name
        waiting = set(pending)
        for i, j in _runs(toks, ls):
            if _name_length(toks[i:j]) > _MAX_NAME or all(_INITIALS.fullmatch(t.text) or t.text == "." for t in toks[i:j]):
                continue  # (a run of initials alone, "U.S.", is a country's abbreviation)
            if any(m.org_span is not None and m.org_span.start <= toks[i].start and toks[j - 1].end <= m.org_span.end
                   for m in found[-3:]):
                continue  # "…, CEO of the German Research Center for Artificial Intelligence (DFKI)": the body's words
            if _only_title(toks[i:j], ls):
                continue  # "Ana Vale — Chief Scientist, Lake Corp": a title in capitals, no name
            if i > 0 and toks[i - 1].low in _GAP_OPENERS and toks[i - 1].text[:1].isupper() \
                    and _capital_title_gap(toks, j, ls) == i - 1 and j + 1 < len(toks) and _is_head(toks[j], ls):
                continue  # "Chief Information Security Officer Kim …": the field words of a title
            # (not after a list's comma and "and": "…, Managing Director of Orbis, and Ana Marie Vale, …" opens a name)
            while j - i >= 3 and i > 0 and not _initial(toks, i) and (toks[i - 1].low in ("of", "for", "and")
                                            and not (toks[i - 1].low == "and" and i > 1 and toks[i - 2].text == ",")
                                            or (toks[i - 1].low in ls.not_names or toks[i - 1].low in ls.portfolio_words)
                                            and _capital(toks[i - 1])) \
                    and (toks[i].low in ls.portfolio_words or _title_before(toks, i, ls, text) is None) \
                    and _title_before(toks, i + 1, ls, text) is not None:
                i += 1  # "Minister of State for Electronics Rajeev Chandrasekhar": the portfolio's last word
                # ("Minister of Economic Affairs Kung Ming-hsin": its last words)
            h = i - 2 if i > 1 and toks[i - 1].text == "." else i - 1  # "Sen. Paul Grant"
            honorific = h >= 0 and toks[h].low in ls.honorifics
            while honorific and h > 0 and (toks[h - 1].low in ls.honorifics
                                           or toks[h - 1].text == "Tan" and toks[h].low in ("sri", "seri")
                                           or h > 1 and toks[h - 1].text in (".", "'", "’")
                                           and toks[h - 2].low in ls.honorifics):
                # "Prof. Dr. Anna Weber", "Tengku Datuk Seri Zafrul Aziz", "Dato' Paduka A": a run of honorifics
                # ("Tan Sri": the Malaysian honour, whose first word is a surname elsewhere)
                h -= 2 if toks[h - 1].text in (".", "'", "’") else 1
            if j - i >= 2 and not honorific and toks[i].low in ls.regions and toks[j - 1].low in _PLACE_KINDS:
                continue  # "in Providence, Rhode Island, contributed": a state or a region by its kind, no person
            if j - i >= 2 and not honorific and j < len(toks) and toks[j - 1].low in ls.regions \
                    and toks[j].low in ls.regions and toks[j].text[:1].isupper():
                continue  # "Siemens Middle East CEO A": the name's last word opens a region's name, a body's unit
            if j - i >= 2 and not honorific and _known_organization(toks, i, j, text):
                continue  # "Lockheed Martin and Johnson Controls presented": well-known bodies, named like people
            if j - i < 2 and not honorific:
                full = pending.get(toks[i].text)
                known = by_last.get(toks[i].text)
                described = _title_after(toks, _skip_postnominals(toks, j, ls), ls, text) if full or known else None
                if described is None and known is not None and j < len(toks) and toks[j].low in _LEADS_NOW \
                        and (led := _org_led(toks, j + 1, text)) is not None:
                    described = (None, *led)  # "… Anja Müller's talk … Müller leads the data program at SAP."
                if full is not None and (described is not None or _evidence_of_speech(toks, i, j, text)):
                    span, first_org, first_org_at = full
                    name = text[span.start:span.end]  # "… senior Maya Johnson …", then "Johnson said"
                    # ("Tom Reed of Orbis arrived early. Reed later delivered …": the organization named at first)
                    found.append(EnMention(name, span, None, first_org, first_org_at))
                    found.append(EnMention(name, Span(toks[i].start, toks[i].end), *(described or ())))
                    by_last[toks[i].text] = name
                    del pending[toks[i].text]
                elif known is not None and described is not None:  # "Tom Reed will moderate. Reed, CEO of …"
                    found.append(EnMention(known, Span(toks[i].start, toks[i].end), *described))
                elif full is None and known is None and (held := _mononym_office(toks, i, j, ls, text)) is not None:
                    # "Chief Minister Siddaramaiah inaugurated …": one name after a public office
                    found.append(EnMention(toks[i].text, Span(toks[i].start, toks[i].end), *held))
                    by_last[toks[i].text] = toks[i].text
                continue
            if i > 1 and toks[i - 1].text.isupper() and toks[i - 1].text.isalpha() and toks[i - 2].text == "(" \
                    and not honorific and not _is_head(toks[i - 1], ls):  # (not "Daon Tech (CEO Han Ji-min)")
                continue  # "Henrik Christensen (UC San Diego)": the rest of an organization's name after its acronym
            # ("Ridge Valley University's Robotics Institute": the organization's word with its possessive too)
            if j < len(toks) and (_unowned(toks[j].low) in ORG_WORDS or toks[j].low in LEGAL_FORMS
                                  # ("Mirae Asset Securities CEO X": a company's word in capitals after the run)
                                  or not honorific and _capital(toks[j]) and _unowned(toks[j].low) in ls.company_words) \
                    or toks[j - 1].low in LEGAL_FORMS or (i > 0 and toks[i - 1].low in _ORG_ROLE_WORDS
                                                          # (not a name's last word: "Lake University Tom Reed")
                                                          and not (i > 1 and _capital(toks[i - 2]) and toks[i - 1].text[:1].isupper())
                                                          and not (i > 1 and toks[i - 2].low in _MEDIA)
                                                          and not _hosting_person(toks, i, j, ls, text)):
                continue  # "Nordic Automation Society", "Deutsche Messe AG", "organizer Ridge Media said"
            if _owns_next_title(toks, j, ls):
                continue  # "Naver Cloud AI head Ha Jung-woo": the organization of the title and name after it
            if i > 0 and toks[i - 1].low in ("and", "&", ",", "of", "for") and not honorific \
                    and all(t.low in ls.portfolio_words for t in toks[i:j]):
                continue  # "Minister of Micro, Small and Medium Enterprises": the portfolio's last words, no person
            if _endowed_chair(toks, i, j) and not honorific:
                continue  # "Chuck Zhang, the Harold E. Smalley Professor in …": the name of an endowed chair
            if i > 1 and toks[i - 1].low == "of" and _is_head(toks[i - 2], ls) and not honorific \
                    and j < len(toks) and toks[j].text == "," and _org_segment_after(toks, j, ls, text) is not None:
                continue  # "Director of Workforce Programs, Illinois … Center": the field of a post, then its body
            if i > 1 and toks[i - 1].low in ("for", "of", "on") and toks[i - 2].low in ORG_WORDS and _capital(toks[i - 2]) \
                    and not honorific:
                continue  # "the Center for Operational Excellence at …": the rest of a body's name, no person
            if i > 0 and toks[i - 1].low == "at" and not honorific and not toks[j - 1].text.endswith(_POSSESSIVE) \
                    and not (j < len(toks) and toks[j].text == "("):
                continue  # "who leads AI strategy at Hyundai Motor, joined …": where one works, no person
            last = toks[j - 1].text
            if _plural_possessive_inside(toks, j) and not honorific:
                continue  # "Ohio Manufacturers' Association": a plural's possessive inside a body's name
            cut = 2 if last.endswith(("'s", "’s")) else 0  # "Dan Kara’s opening speech"
            if cut and (toks[j - 1].low[:-2] in LEGAL_FORMS or toks[j - 1].low[:-2] in ORG_WORDS
                        or j < len(toks) and _is_title_word(toks[j], ls) and toks[j].text[:1].isupper()
                        and not honorific):
                continue  # '"…," said Lake Corp's CEO': the owner of a post, no person
            if cut and j < len(toks) and (_is_name_part(toks[j], ls) or toks[j].low in RELATIONS
                                          or toks[j].low in ls.honorifics  # "Ridge University's Dr. Omar Haddad"
                                          or toks[j].low in ("former", "longtime", "long-time") and j + 1 < len(toks)
                                          and toks[j + 1].low in RELATIONS):
                continue  # "Naver Cloud's Lee Sang-jun": the owner of the name after it; "Huang's deputy, X"
            if _contact_line(text, toks[i].start):
                continue  # "For more information: Thomas Regnier, Spokesperson": the press office
            if not honorific and _opens_quoted_title(text, toks, i):
                continue  # 'Featured panels include "Tiny Models, Big Factories," moderated by …': a quoted title
            if not honorific and (j + 1 < len(toks) and toks[j].text == "&" and _capital(toks[j + 1])
                                  or i > 1 and toks[i - 1].text == "&" and _capital(toks[i - 2])):
                continue  # "Stanley Black & Decker", "Marks & Spencer": names joined by "&" name a firm, no person
            if not honorific and j + 3 < len(toks) and toks[j].text == "(" and _is_head(toks[j + 1], ls) \
                    and _is_name_part(toks[j + 2], ls) and _is_name_part(toks[j + 3], ls):
                continue  # "Hanbit Daon (CEO Kim Ji-min)": a body, its head named in the parentheses after it
            if i >= 2 and toks[i - 1].text == ":" and toks[i - 2].low in _PLACE_LABELS and not honorific:
                continue  # "Where: Hanbit Hall, Pine University": an announcement's place, no person
            name_span = Span(toks[i].start, toks[j - 1].end - cut)
            if honorific and j - i == 1 and toks[h].low in _PEERAGES and h == i - 1:
                name_span = Span(toks[h].start, name_span.end)  # "Lord Vallance": a peer's style with one name is his name
            if not cut and j < len(toks) and toks[j].text in _GENERATIONS and toks[j].start == toks[j - 1].end + 1:
                # "Robert Kim Jr.", "John Smith III": a generation's suffix is part of the name as written
                dot = j + 1 < len(toks) and toks[j + 1].text == "." and toks[j + 1].start == toks[j].end
                name_span = Span(name_span.start, toks[j + 1].end if dot else toks[j].end)
            after = _skip_postnominals(toks, j, ls)
            if after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].low == "which" and not honorific:
                continue  # "Vexa Cloud, which organized the event, said …": "which" speaks of a thing, not a person
            if after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].low == "now" \
                    and i > 0 and toks[i - 1].low in ("of", "at", "in", "for"):
                continue  # "CTO of Delta Motors, now a partner at Vega": the organization of the person before
            got: tuple[str | None, str | None, Span | None] | None = _inverted(toks, i, ls, text) \
                or _title_before(toks, h if honorific else i, ls, text) or _title_after(toks, after, ls, text)
            if got is not None and got[0] and not honorific and _the_ones_before(found, text, got[0], toks[i].start):
                continue  # "Omar Al Olama, Minister of State for AI, Digital Economy and Remote Work Applications,"
            if got is not None and (got[1] is None and (got[0] or "").lower() in _PART_LABELS
                                    or not _PRIZE_HOLDERS.isdisjoint((got[0] or "").lower().split()[-1:])):
                got = _title_after(toks, after, ls, text) or got  # "Host Peter Reynolds, principal analyst at ARC"
                # ("Nobel laureate Ana Vale, professor at Lake University": the prize, read as a body or not, describes
                # her; the post after the name is hers)
            elif got is not None and got[1] is None and (post := _title_after(toks, after, ls, text)) is not None \
                    and post[1] is not None and len((post[0] or "").split()) <= _POST_AFTER_WORDS \
                    and (" and " not in (post[0] or "") or _posts_joined(post[0] or "", ls)):
                # ("Professor Koen Lamberts, President and Vice-Chancellor of …": two posts joined, one body)
                # "Professor Mia Holt, director of Lake University's … Laboratory": the post with its body
                # ("Professor Ana Vale, from the University of Sydney": the body alone, the title before kept)
                got = (post[0] or got[0], post[1], post[2])
            if got is None:
                got = _plural_title_of_list(toks, i, j, ls, text)  # "startup founders A (X) and B (Y)": B too
            if got is None:
                got = _paren_post(toks, j, text, ls)  # "Tom Reed (CEO, Nimbus Works)", "A (Minister of State for …)"
            if got is None:
                got = _keyed_head(toks, i, ls, text)  # "Orbis Corporation (Headquarters: Tokyo; President: Kenji Yamada)"
            if got is None:
                got = _post_past_a_part(toks, after, text, ls)  # "Sam Cole, the keynote speaker, is director of …"
            if got is not None and got[1] is None and (paren := _paren_org(toks, j, text)) is not None:
                got = (got[0], *paren)  # "startup founder Liam Walsh (Sightline Robotics)"
            if got is not None and got[1] is None:
                got = (got[0], *_org_after_name(toks, after, text))  # "Ambassador Eva Lindqvist of the … Embassy"
            if got is not None and got[1] is None and got[0] and found \
                    and (colleague := _org_of_the_one_before(toks, i, found[-1])) is not None:
                got = (got[0], *colleague)  # "Hanbit Labs CEO Ana Vale and CTO Tom Reed": the one organization of both
            if got is not None and got[1] is None and got[0] \
                    and (head_of := _body_before_paren(toks, _title_start(toks, h if honorific else i), text)) is not None:
                got = (got[0], *head_of)  # "the Ministry of Science and ICT (Minister Yoo Sang-im, …)": its head
            if got is not None and got[1] is None and (whose := _whose_owner(toks, i, text, ls)) is not None:
                got = (got[0], *whose)  # "… went to Seawise Robotics, whose CEO Park Jun-young presented …"
            if got is not None and got[1] is None and got[0] and not honorific \
                    and (owner := _possessor(toks, i, text)) is not None and owner[0].lower() not in ls.places \
                    and not ls.not_names.issuperset(w.lower() for w in owner[0].split()):
                # "Microsoft's Kathleen Mitford, corporate vice president of industry marketing": the owner's post
                got = (got[0], *owner)
            if got is None and honorific and any(t.low in _SHORT_TITLES for t in toks[h:i]):
                # "People Power Party Rep. Choi Yoon-ah", "Ohio Lt. Gov. Jon Husted", "Sen. Paul Grant"
                office = text[toks[h].start:toks[i - 1].end]
                got = _office_before(toks, h, text, last=i - 1) or (office, *_org_after_name(toks, after, text))
            elif got is not None and got[0] is None and honorific and any(t.low in _SHORT_TITLES for t in toks[h:i]):
                # "Sen. Josh Hawley, who chairs the subcommittee, …": the body one leads, and the office's style
                got = (text[toks[h].start:toks[i - 1].end], got[1], got[2])
            if got is None and (lettered := _office_postnominal(toks, j, after, ls)) is not None:
                got = (lettered, None, None)  # "Axel Voss MEP", "Jane Roe MP": a post written after the name
            if got is None and honorific and toks[h].low in ("prof", "professor"):
                got = _office_before(toks, h, text, organization=True)  # "Seoul National University Prof. Kim"
            if got is None and honorific:
                org, org_at = _org_after_name(toks, after, text)  # "Prof. Dr. Anna Weber of the … University"
                paren = _paren_org(toks, j, text) if not org else None  # "Dr. Li Wei (Siemens)"
                # "Prof." is the only honorific that says the post: a professor of that organization
                prof = "professor" if any(t.low in ("prof", "professor") for t in toks[h:i]) else None
                got = (prof, org, org_at) if org else (prof, *paren) if paren else None
            if got is None and (paren := _paren_org(toks, j, text)) is not None and (
                    _after_cue_by(toks, i) or j - i >= 2 and (_speaks_after_paren(toks, j)
                                                               or _gapped(toks, i, _past_paren(toks, j))
                                                               # ("A panel of founders, A (X), B (Y) and C (Z), debated")
                                                               or _plural_appositive_speaks(toks, i, j))):
                got = (None, *paren)  # "talks by Jens Keller (Siemens)", "Jane Roe (Acme Robotics) spoke"
            if got is None and j - i >= 2 and _after_cue_by(toks, i):
                org, org_at = _org_after_name(toks, after, text)  # "Speakers included Ian Buck of Nvidia"
                if org is None and (set_off := _body_set_off(toks, after, text)) is not None:
                    org, org_at = set_off  # "The panel, moderated by Ana Vale, Orbis, discussed …"
                got = (None, org, org_at) if org else None
            listed = _programme_line(toks, i, after, text)
            owner = _possessor(toks, i, text)
            if got is None and owner is not None:
                got = (None, *owner)  # "Nvidia's Deepu Talla", "featured Arm's Maria Santos"
                owner_at = next(n for n in range(i - 1, -1, -1) if toks[n].start == owner[1].start)  # a few back
                if owner_at > 0 and toks[owner_at - 1].low == "the":
                    owner_at -= 1  # "included the University of Leeds's Ahmed Lewis"
                # "with Naver's A, LG's B and SK's C taking part": B is in the list the joining word opens
                opened = _list_start(toks, owner_at)
                joined = j - i >= 2 and (owner_at > 0 and toks[owner_at - 1].low in _JOINING
                                         or opened < owner_at and opened > 0 and toks[opened - 1].low in _JOINING)
                if not (_evidence_of_speech(toks, i, after, text) or _after_cue_by(toks, owner_at)
                        or j - i >= 2 and _attends(toks, _past_name_list(toks, after))  # "Acme's Ana Vale attended"
                        or _title_after(toks, after, ls, text) or joined  # "a chat between A and Nvidia's B"
                        or j - i >= 2 and _korean_shaped(toks, i, j)  # "LG Electronics' Kim Hee-jung, who …"
                        # ("Nimbus's Ana Vale, who leads its team, …": a relative clause only a person takes)
                        or j - i >= 2 and after + 1 < len(toks) and toks[after].text == ","
                        and toks[after + 1].low in ("who", "whose")):
                    continue
            if got is None and j - i >= 2 and after + 3 < len(toks) and toks[after].text == "," \
                    and toks[after + 1].low == "also" and toks[after + 2].low in ("of", "from", "at"):
                org, org_at = _org_after_name(toks, after + 2, text)  # "Tom Reed, also of Bolt Labs, followed"
                got = (None, org, org_at) if org else None
            if got is None and listed:
                programme_org = _programme_org(toks, after, text)
                got = (None, *programme_org) if programme_org else None
            if got is None and j - i >= 2 and (i == 0 or toks[i - 1].low not in ("of", "the", "&")):
                org, org_at = _org_after_name(toks, after, text)  # "Adele Roy of the Office of …"
                past = _index_past(toks, after, org_at.end) if org_at else after  # the token after the organization
                plural_owner = re.search(r"s['’](?= [A-Z])", org) if org and org_at else None
                if org and org_at and org.endswith(_POSSESSIVE) and past < len(toks) and toks[past].low in _OWNED_TALKS:
                    # "Ana Vale of Lake Corp's keynote": the person's talk, the possessive closing the whole phrase
                    org, org_at = org[:-2], Span(org_at.start, org_at.end - 2)
                    got = (None, org, org_at)
                elif org and org_at and (past < len(toks) and toks[past].text in ("'", "’") or plural_owner is not None
                                         and past < len(toks) and toks[past].low in _UNIT_NOUNS
                                         and toks[past].text.islower()) \
                        and _speaks(toks, _past_owned_unit(toks, past)):
                    # "Tom Reed of Orbis Robotics' research lab spoke", "… of Orbis Robotics' Detroit plant spoke": the
                    # owner of the unit, less its possessive and the unit's words, is the person's organization
                    cut = plural_owner.start() + 1 if plural_owner is not None else len(org)
                    org, org_at = org[:cut], Span(org_at.start, org_at.start + cut)
                    got = (None, org, org_at)
                elif org and (any(t.lower().rstrip(".") in ORG_WORDS or t.lower().rstrip(".") in LEGAL_FORMS
                                for t in org.split())
                            or _korean_shaped(toks, i, j)  # "Lee Jae-won of SK hynix"
                            # "Ana Vale of the VDMA": initials after "the" are a body's (not a country's, "the USA")
                            or org_at is not None and _THE_INITIALS.fullmatch(org) is not None
                            and text[max(0, org_at.start - 4):org_at.start].lower() == "the "
                            and org.lower() not in ls.places
                            or _quoted_as_saying(toks, past)  # "… of Orbis was quoted as saying"
                            or _colon_quote_after(toks, past)  # "… of Orbis put it bluntly: "…""
                            # "… of Schneider Electric moderated", "… of Orbis and Nimbus CTO Tom Reed spoke"
                            or _speaks(toks, past) or _speaks(toks, _past_name_list(toks, past))
                            # ("… of Dow was present", "… of Dow was joined by A for a discussion")
                            or _there_in_person(toks, past) or _joined_for_a_part(toks, past)
                            or _part_in_parentheses(toks, past)  # "Tom Reed of Acme (moderator) led …"
                            # "Tom Reed's successor, Mia Holt of Nimbus Works, presented …": an appositive
                            or past < len(toks) and toks[past].text == "," and i > 0 and toks[i - 1].text == ","
                            and _speaks(toks, past + 1)
                            # "Tom Reed of Ridge AI, a panelist at the forum, said …": a part set beside the name
                            or past < len(toks) and toks[past].text == "," and _apposed_part(toks, past + 1)
                            # "Jill Baker of Lake Corp's robotics unit spoke": the owner's unit, then the verb
                            or org.endswith(_POSSESSIVE) and _speaks(toks, _past_owned_unit(toks, past))
                            # ("Zhang Wei of Foxconn's Guadalajara plant joined her on stage": a place named in it)
                            or _site_owner_ends(org, toks, past) is not None and _speaks(toks, past + 1)
                            # "Jill Baker of Crain's, a business weekly, moderated": the verb of a part past an
                            # aside (not one of saying: "Bank of X, a company that …, said")
                            or past < len(toks) and toks[past].text == "," and _part_past_aside(toks, past)
                            # ("Tom Reed of Orbis, in a video message, praised …": a part's cue as the aside)
                            or _part_in_aside(toks, past, text)
                            or _framed(text, sp.start, toks[i].start)  # "In his talk, Tom Reed of Ridge AI …"
                            or i > 1 and toks[i - 1].low == "to" and toks[i - 2].low == "according"
                            or _parallel_items(toks, i, past, ls)
                            or _gapped(toks, i, past)
                            # "… delivered the keynote alongside Tom Reed of Nimbus": joined to a part
                            or i > 0 and toks[i - 1].low == "alongside"
                            # "Speakers ranged from A of X to Tom Reed of Nimbus": the span's other end
                            or i > 0 and toks[i - 1].low == "to" and _ranged_from_before(toks, i)
                            or i > 0 and toks[i - 1].low in ("joined", "joins") and _on_stage(toks, past)
                            # "…, and Tom Reed of Orbis attended": a name and its organization before attending
                            or _attends(toks, past) or _present_or_judging(toks, past)
                            or j - i >= 2 and _greets(toks, i, after, past, ls)  # "Tom Reed of Orbis welcomed …"
                            or i > 0 and _SPEECH.match(toks[i - 1].low) is not None  # '"…," said Tom Reed of Nimbus'
                            or _said_past_when(toks, past)  # "Tom Reed of Nimbus on Tuesday said …"
                            or _cleft(toks, i, j)  # "It was Tom Reed of Nimbus who gave the keynote"
                            or i > 1 and toks[i - 1].low == "with" and toks[i - 2].low == "along"
                            or i > 1 and toks[i - 1].low in ("did", "was", "were") and toks[i - 2].low in ("as", "so")):
                    owner_end = _site_owner_ends(org, toks, past)
                    if owner_end is not None and org_at is not None:
                        # ("of Foxconn's Guadalajara plant": the owner is the body, its site named after it)
                        org, org_at = org[:owner_end], Span(org_at.start, org_at.start + owner_end)
                    got = (None, org, org_at)
            if got is None and j - i >= 2 and (card := _card_post(text, toks[h if honorific else i].start,
                                                                  toks[j - 1].end, ls)) is not None:
                got = card  # "Speakers" / "Ana Vale" / "President, Lake AI Association": a speaker card
            if got is None and (main := _main_verb_title(toks, after, ls, text)) is not None:
                got = main  # "Ana Vale, who spoke at the forum, is the CEO of Bolt Labs"
            if got is None and (led := _who_leads(toks, after, text)) is not None:
                got = (None, *led)  # "Kim Jung-ho, who heads the school's Package Laboratory, …"
            if got is None and (now_at := _now_at(toks, after, text)) is not None:
                got = (None, *now_at)  # "Jane Roe, formerly of Acme and now at Ridge Labs, …"
            headed = _under_header(text, toks[i].start)
            if got is None and headed and (paren := _paren_org(toks, j, text)) is not None:
                got = (None, *paren)  # "Panelists: Tom Becker (Siemens), Aiko Tanaka (Omron)"
            if got is None and (headed or _semicolon_item(toks, i, after)) \
                    and (comma_org := _headed_comma_org(toks, after, text)) is not None:
                got = (None, *comma_org)  # "Panel: Tom Reed, Rockwell Automation; Aiko Tanaka, Fanuc"
            if (got is None or got[1] is None) and j - i >= 2 and (counted := _counted_from(toks, i, text)) is not None:
                got = (got[0] if got else None, *counted)  # "Speakers from Bolt Labs, including A and B, …"
            if got is None and j - i >= 2 and _part_apposed_after(toks, _past_org(toks, after, text)):
                got = (None, *_org_after_name(toks, after, text))  # "Ana Vale of Orbis, the final speaker, warned …"
            # ("Ana Vale, PhD, gave a talk": a degree or an honour written after the name is a person's, like an honorific)
            lettered_after = j - i >= 2 and any(toks[x].text in ls.postnominals for x in range(j, min(after, len(toks))))
            if got is None and not (honorific or lettered_after or listed or headed and j - i >= 2
                                    or _syllabic(toks, i, j, text)
                                    or _evidence_of_speech(toks, i, after, text) or _after_cue_by(toks, i)
                                    or j - i >= 2 and _framed(text, sp.start, toks[i].start)
                                    # "Sitting on the panel alongside Tom Reed was …": one joined to a part
                                    or j - i >= 2 and i > 0 and toks[i - 1].low == "alongside"
                                    or j - i >= 2 and _apposed_to_parts(toks, _list_start(toks, i))
                                    or j - i >= 2 and _a_persons_aside(toks, i, after, ls)
                                    or j - i >= 2 and _greets(toks, i, after, _past_org(toks, after, text), ls)
                                    # "Tom Reed attended the forum": a person's name, no body's or place's word
                                    or j - i >= 2 and _attends(toks, _past_name_list(toks, after))
                                    and not _body_words_in(toks[i:j], ls)
                                    and not any(t.low in ls.places for t in toks[i:j])):
                if not cut and (i == 0 or toks[i - 1].low not in ("of", "the", "&", "at", "in", "from")):
                    pending.setdefault(toks[j - 1].text, (name_span, *_org_after_name(toks, after, text)))
                    if i == 0 and j - i >= 2:
                        subjects.add(toks[j - 1].text)  # (the sentence's subject: a pronoun after may stand for it)
                continue
            if j - i < 2 and got is None and not honorific:
                continue
            # (a post in the plural is a list's: "Lee Chang-yoon, representatives of AI chip companies and …" has none)
            if (got is None or got[1] is None) and j - i >= 2 \
                    and (_list_end(toks, after) > after or _list_start(toks, i) < _past_a_persons_owner(toks, i)):
                # ("Professors Ana Vale and Tom Reed of Lake University": a title in the plural before the list is
                # every item's, and leaves them bare)
                start = _list_start(toks, i)
                opened = start < i and _plural_head(toks[start], ls) is not None  # (the walk took the title in)
                plural_before = opened or start > 0 and _plural_head(toks[start - 1], ls) is not None
                bare = _bare_items_before(toks, i, ls) if not opened \
                    else all(t.text in (",", "and") or _is_name_part(t, ls) and not _is_head(t, ls)
                             and not t.text.endswith(_POSSESSIVE) for t in toks[start + 1:i])
                shared_title, shared, shared_at = _shared_org(toks, after, text,
                                                              titled=got is not None and not plural_before or not bare)
                if shared:  # "Ana Vale and Tom Reed, both of Lake Corp (co-founders of Lake Corp), led the workshop"
                    got = (got[0] if got and got[0] else shared_title, shared, shared_at)
            title, org, org_span = got if got else (None, None, None)
            if title and org_span is not None and org_span.start > name_span.start and title.lower() in _LABELS_NO_POST \
                    and title[:1].isupper():
                # "Host Emily Tran of Automation World", "Judges A of X and B of Y": a part's label, no post at the body
                # after the name (not "CNBC host Ana Vale", "House Speaker Kurt Zellers": the body's own post; nor "Tom
                # Reed, a mentor at Ridge Labs", a post in lower case)
                title = None
            now = _now_clause(toks, after, ls, text) if got else None
            if now is None and got and got[0] and got[2] is not None:
                now = _and_post(toks, _index_past(toks, after, got[2].end), ls, text)
            if j - i >= 2:
                by_last[toks[j - 1].text.removesuffix("'s").removesuffix("’s")] = text[name_span.start:name_span.end]
            found.append(EnMention(text[name_span.start:name_span.end], name_span, title, org, org_span,
                                   # "moderated by Crain's reporter Jill Baker": a journalist with a part to play
                                   # ("Reuters health correspondent Ana Vale moderated the panel": a part of her own)
                                   reporter=bool(title and title.lower().endswith(("reporter", "correspondent")))
                                   and not _after_cue_by(toks, i) and not _after_cue_by(toks, _title_start(toks, i))
                                   # ("Mia Holt, a reporter for Wired, moderated": a part past the appositive)
                                   and not _speaks(toks, after)
                                   and ((aside := _past_appositive(toks, after)) == after or not _speaks(toks, aside)),
                                   also=(now,) if now and now != got else ()))
        last_pending = [k for k in pending if k not in waiting]
    found.extend(_programme_entries(text, found))
    found.extend(_bylines(text, found))
    found = _respectively(text, found)
    found = [_fronted_body(text, m) for m in found]
    return _with_short_mentions(text, _its_posts(text, found))


# a post that a possessive pronoun gives to the body named with the person before: "…, and Tom Reed, its CTO"
_ITS_POST = re.compile(r"(?:its|their)\s+(?P<post>\S.*)", re.I)
_ITS_REACH = 160  # characters from the person before, whose body "its" is, to the one it describes


def _its_posts(text: str, found: list[EnMention]) -> list[EnMention]:
    """``Speakers included Ana Vale, CEO of Orbis, and Tom Reed, its CTO``: a mention whose title opens with "its"
    (or "their") and no body of its own holds that post in the body of the person named right before it in the
    same sentence."""
    order = sorted(range(len(found)), key=lambda n: found[n].span.start)
    out = list(found)
    for before, n in zip(order, order[1:]):
        m, prev = found[n], found[before]
        its = _ITS_POST.fullmatch(m.title) if m.title and m.org is None else None
        if its is None or prev.org is None or prev.org_span is None or m.span.start - prev.span.end > _ITS_REACH \
                or re.search(r"[.!?]\s", text[prev.span.end:m.span.start]):
            continue
        out[n] = replace(m, title=its.group("post"), org=prev.org, org_span=prev.org_span)
    return out


# a sentence opened by the body one speaks for: "Representing Crest Motors, A …", "Speaking on behalf of the Ridge
# Institute, A said …", "On behalf of Pine Robotics, A presented …", "Speaking for Bosch, A …"
_SENTENCE_OPENS = r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*"
_BODY_RUN = r"(?P<org>[A-Z][\w&.'’\-]*(?:[ \t]+(?:of|and|&|for|[A-Z][\w&.'’\-]*)){0,6})"  # a body's capitalised words
_FRONTED_BODY = re.compile(rf"{_SENTENCE_OPENS}(?:(?:Speaking|Presenting|Appearing)[ \t]+)?"
                           rf"(?:[Oo]n[ \t]+behalf[ \t]+of|[Rr]epresenting|(?<=Speaking )for)[ \t]+(?:the[ \t]+)?"
                           rf"{_BODY_RUN},[ \t]*$")
_FRONT_REACH = 120  # characters before a name a fronted body is looked for in
# the sentence's subject, a body, "was represented by" the name: "Fraunhofer IPA was represented by A", "Germany's
# Fraunhofer IPA was represented at the forum by A" (a place owning the body is no part of its name)
_REPRESENTED_BY = re.compile(rf"{_SENTENCE_OPENS}(?:The[ \t]+)?(?:[A-Z][a-z]+['’]s[ \t]+)?{_BODY_RUN}[ \t]+"
                             r"(?:was|were|is|are|will[ \t]+be)[ \t]+represented[ \t]+(?:at[ \t]+[^,.;!?\n]{1,60}?[ \t]+)?by[ \t]+$")


def _fronted_body(text: str, m: EnMention) -> EnMention:
    """The body a sentence opens with as the one its subject speaks for (or that the sentence says the name
    represented), given to a subject with none."""
    if m.org is not None and not m.org.islower() or m.reporter:
        return m  # (a kind's word referring back is no body yet: "Representing Bosch, A, the company's CDO, …")
    start = m.span.start
    if m.title and text[max(0, start - len(m.title) - 1):start].rstrip().endswith(m.title):
        start = text.rindex(m.title, 0, start)  # ("On behalf of the U.S. Department of Energy, program manager A")
    body = _FRONTED_BODY.search(text, max(0, start - _FRONT_REACH), start) \
        or _REPRESENTED_BY.search(text, max(0, start - _FRONT_REACH), start)
    if body is None or not _capital_words_end(body.group("org")):
        return m
    return replace(m, org=body.group("org"), org_span=Span(body.start("org"), body.end("org")))


def _capital_words_end(words: str) -> bool:
    """The words end in a capitalised one (not a joiner)."""
    return words.split()[-1][:1].isupper()



# (a word of a name may have a capital inside: O'Brien, McDonald, DiMaggio)
# (a name's particles before its next capitalised word: "Marieke de Vries", "Pieter van der Berg")
_NAME_WORDS = (r"[A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:[ -][A-Z]\.)?(?:[ -](?:(?:"
               + "|".join(sorted(_NAME_PARTICLES, key=len, reverse=True))
               + r") ){0,2}[A-Z](?:['’][A-Z])?[a-z\-]+(?:[A-Z][a-z\-]+)?){1,3}")


# "Ana Vale and Ben Stone, the CEOs of Lake Corp and Rock Inc respectively,": each name takes the title and
# the organization in its place
_RESPECTIVELY = re.compile(
    rf"(?P<a>{_NAME_WORDS})[ \t]+and[ \t]+(?P<b>{_NAME_WORDS}),[ \t]+(?:the[ \t]+)?(?P<title>[A-Za-z][A-Za-z \-]{{1,40}}?s)[ \t]+"
    rf"(?:of|at)[ \t]+(?:the[ \t]+)?(?P<x>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){{0,4}})[ \t]+and[ \t]+(?:the[ \t]+)?"
    rf"(?P<y>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){{0,4}}),?[ \t]+respectively\b")


# "Ana Vale and Tom Reed, the CEO and CTO of Hanbit Labs (respectively)": two posts in the names' order, one
# organization for both
_RESPECTIVE_POSTS = re.compile(
    rf"(?P<a>{_NAME_WORDS})[ \t]+and[ \t]+(?P<b>{_NAME_WORDS}),[ \t]+(?:the[ \t]+)?"
    r"(?P<t1>[A-Za-z][A-Za-z\-]*(?:[ \t]+[a-z][A-Za-z\-]*){0,3}?)[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?"
    r"(?P<t2>[A-Za-z][A-Za-z\-]*(?:[ \t]+[a-z][A-Za-z\-]*){0,3}?)[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?"
    r"(?P<x>[A-Z][\w&.\-]*(?:[ \t]+(?:of|for|&|[A-Z][\w&.\-]*)){0,5}?)(?=,|\.|[ \t]+respectively\b|[ \t]+[a-z])")


# "A, B and C, representing X, Y and Z respectively", "A and B of X and Y, respectively": each name with the body
# in its place
_RESPECTIVE_BODY = r"(?:the[ \t]+)?[A-Z][\w&.’'\-]*(?:[ \t]+(?:of|for|&|[A-Z][\w&.’'\-]*)){0,5}"
_RESPECTIVE_BODIES = re.compile(
    rf"(?P<names>{_NAME_WORDS}(?:,[ \t]+{_NAME_WORDS}){{0,4}},?[ \t]+and[ \t]+{_NAME_WORDS}),?[ \t]+"
    rf"(?:representing|from|of)[ \t]+(?P<bodies>{_RESPECTIVE_BODY}(?:,[ \t]+{_RESPECTIVE_BODY}){{0,4}},?[ \t]+and[ \t]+"
    rf"{_RESPECTIVE_BODY}),?[ \t]+respectively\b")
_LIST_PARTS = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+")


def _items_at(text: str, start: int, end: int) -> list[Span]:
    """The spans of a list's items between ``start`` and ``end`` (parted by commas and "and"), less a leading "the"."""
    spans, at = [], start
    for sep in [*_LIST_PARTS.finditer(text, start, end), None]:
        stop = sep.start() if sep else end
        item_start = at + 4 if text.startswith("the ", at) else at
        spans.append(Span(item_start, stop))
        at = sep.end() if sep else end
    return spans


def _respectively(text: str, found: list[EnMention]) -> list[EnMention]:
    """The two people of a ``…, respectively`` appositive, each with the title and the organization in their
    place; they replace what was read at the same names."""
    out = list(found)
    ls = lists()
    for m in scan(_RESPECTIVE_POSTS, text) if " and " in text else ():
        posts = [m.group("t1"), m.group("t2")]
        if not all(_is_head(_tok(p.split()[-1], 0, 0), ls) for p in posts):
            continue  # (two posts, each ending in a head: "CEO and CTO", "director and chief engineer")
        spans = {m.start("a"), m.start("b")}
        out = [f for f in out if f.span.start not in spans]
        for who, post in (("a", "t1"), ("b", "t2")):
            out.append(EnMention(m.group(who), Span(m.start(who), m.end(who)), m.group(post), m.group("x"),
                                 Span(m.start("x"), m.end("x"))))
    for m in scan(_RESPECTIVE_BODIES, text) if "respectively" in text else ():
        names, bodies = _items_at(text, m.start("names"), m.end("names")), _items_at(text, m.start("bodies"), m.end("bodies"))
        if len(names) != len(bodies):
            continue
        spans = {n.start for n in names}
        out = [f for f in out if f.span.start not in spans]
        out.extend(EnMention(text[n.start:n.end], n, None, text[b.start:b.end], b) for n, b in zip(names, bodies))
    for m in scan(_RESPECTIVELY, text):
        plural = m.group("title")  # each one's title in the singular: CEOs -> CEO, secretaries -> secretary
        title = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
        spans = {m.start("a"), m.start("b")}
        out = [f for f in out if f.span.start not in spans]
        for who, org in (("a", "x"), ("b", "y")):
            out.append(EnMention(m.group(who), Span(m.start(who), m.end(who)), title, m.group(org),
                                 Span(m.start(org), m.end(org))))
    return sorted(out, key=lambda f: f.span.start)


_OUTLET_WORDS = ("Daily", "Times", "Herald", "News", "Post", "Journal", "Press", "Tribune", "Gazette", "Review",
                 "Magazine", "Wire", "Report", "Ilbo", "Yonhap", "Bizwire",
                 # (a group of papers, a broadcaster, a newsletter: "Sun Newspapers", "Arirang Broadcasting")
                 "Newspapers", "Newspaper", "Newsletter", "Broadcasting", "Chronicle", "Observer", "Telegraph", "Courier",
                 "Sentinel", "Dispatch", "Star", "Globe", "Mail", "Mirror", "Standard", "Express", "Ledger", "Citizen",
                 "Statesman", "Beacon",
                 # ("Manufacturing Today", "Robotics Weekly", "Business Insider": a trade title's or a paper's last word)
                 "Today", "Weekly", "Monthly", "Quarterly", "Insider", "Digest", "Monitor", "Bulletin", "Inquirer",
                 "Examiner", "Guardian", "Independent", "Register",
                 # (a news agency by its own name: "— Stephen Nellis, Reuters")
                 "Reuters", "Bloomberg", "AFP", "AP", "Xinhua", "Kyodo", "Nikkei", "Bernama", "Antara", "ANI", "PTI",
                 "IANS")  # the words that end a news outlet's name
_OUTLET_WORD = rf"(?:{'|'.join(_OUTLET_WORDS)})"
# the last words of a place's name that a line with a date after a bar may open with instead of a writer's
_PLACE_LINE_ENDS = frozenset({"Center", "Centre", "Hotel", "Tower", "Building", "Campus", "Arena", "Plaza", "Convention",
                              "Stadium", "Park", "Square", "Island", "City", "Province", "County", "District"})
# a date as a date line writes it: "Nov 20, 2026", "November 20, 2026", "20 November 2026", "2026-11-20"
_LINE_DATE = r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2})"
# where a person stands in a photo, in parentheses after the name: "(left)", "(third from right)", "(far left)",
# "(center)" (read by the bylines here, and by kg.extract.en and kg.extract.en_events for captions)
PICTURE_PLACE = (r"\((?:(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+from\s+(?:left|right)"
                 r"|(?:far\s+)?(?:left|right)|center|centre|middle|front|back|rear|top|bottom|standing|seated|L|R|C)\)")


# the writers' address after their names in brackets: "By Shin Ha-nee, Lee Jae-eun [shin.hanee@joongang.co.kr]"
_BYLINE_ADDRESS = r"(?:[ \t]*[\[(<][^\])>\n]{0,80}@[^\])>\n]{0,80}[\])>])?"
_BYLINE = re.compile(
    # ("Written by: Ana Vale", "Posted by Ana Vale on June 4, 2025")
    # ("Reporter: Park Hye-rin", "Author: Ana Vale": a label and its colon)
    # ("— Written by Ana Vale", "- By Ana Vale": a dash before the label at a closing line)
    # ("Nov 20, 2026 | By Ana Vale", "4 June 2026 · Posted by Ana Vale": the date line that opens with the date)
    # ("May 21, 2025 | by Emma Stone, Senior Editor": "by" in lower case after the date line's bar)
    rf"^[ \t]*(?:[—–-]{{1,2}}[ \t]*)?(?:{_LINE_DATE}[ \t]*[|·•][ \t]*)?[\[(]?(?:By|BY|(?<=[|·•] )by|(?<=[|·•])by|Written by|Reported by|Story by|Words by|Text by|Posted by|Published by|"
    rf"Contributed by|Compiled by|Interview by|Interviewed by|Interview and text by|Report by|Reporting by|"
    rf"(?:Reporter|Writer|Author|Correspondent|Reporting|Contributor)[ \t]*(?=:))[ \t]*:?[ \t]+"
    rf"(?:(?:Staff[ \t]+|Senior[ \t]+)?(?:Reporter|Correspondent|Writer|Staff Writer)[ \t]+)?"  # "By Reporter Kim Min-jun"
    rf"(?P<name>{_NAME_WORDS})[ \t]*"
    # ("Writer: Tim Brouk, tbrouk@purdue.edu": the address after a comma)
    # ("Written by Jane Roe, staff writer": the writer's post in lower case after a comma)
    rf"(?:\([^()\n]*\)|<[^<>\n]*>|\[[^\[\]\n]*\]|(?:,[ \t]*)?[\w.+-]+@[\w.-]+|,[ \t]+[A-Z][^\n]{{0,60}}|"
    rf",[ \t]+(?:(?:staff|senior|contributing|freelance)[ \t]+)?(?:writer|reporter|correspondent|editor)|"
    rf"on[ \t]+[A-Z][a-z]+\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}[^\n]{{0,20}})?"
    rf"(?:[ \t]+[|/·][^\n]{{0,80}})?"  # "Written by Priya Nair | Edited by Tom Walsh"
    rf"(?:[ \t]+and[ \t]+(?:translated|edited|compiled|updated)[ \t]+by[^\n]{{0,60}})?[\])]?[ \t]*(?:$|(?=;))"
    # ("[By Ana Vale]": in brackets; "Story by Ana Vale; photos by Tom Reed": the photographer's credit after it)
    # "BY PARK EUN-JEE [park.eunjee@joongang.co.kr]": a byline in capitals
    rf"|^[ \t]*(?:By|BY)[ \t]+(?P<name7>[A-Z]{{2,}}(?:-[A-Z]{{2,}})?(?:[ \t]+[A-Z]{{2,}}(?:-[A-Z]{{2,}})?){{1,2}})[ \t]*"
    rf"(?:\([^()\n]*\)|<[^<>\n]*>|\[[^\[\]\n]*\]|[\w.+-]+@[\w.-]+)?"
    # "… / STAFF REPORTER", "… | Staff Writer"; "By TOM REED Associated Press": the wire's name after it
    rf"(?:[ \t]*[/|,][ \t]*(?i:(?:staff[ \t]+|senior[ \t]+|contributing[ \t]+)?(?:reporter|writer|correspondent|editor))"
    rf"|[ \t]*,?[ \t]*(?:The[ \t]+)?(?:[A-Z][\w.&'’-]*[ \t]+){{0,3}}{_OUTLET_WORD})?[ \t]*$"
    # a closing line "Yoo Jae-hoon, Korea JoongAng Daily": a name, then a news outlet; "Ana Vale | Reporter"
    # ("— Jane Doe, The Korea Times": a dash before it)
    # ("Kim Eun-jin / Korea JoongAng Daily", "Kim Eun-jin\nThe Korea Herald": a slash, a bar or a line between)
    rf"|^[ \t]*(?:[—–-]{{1,2}}[ \t]*)?(?P<name6>{_NAME_WORDS})(?:,[ \t]+|[ \t]*[|/·][ \t]*|[ \t]*\n[ \t]*|[ \t]+(?=The[ \t]))"
    rf"(?:The[ \t]+)?(?:[A-Z][\w.&'’-]*[ \t]+){{0,4}}"
    # ("Kim Yoo-jin, The Korea Herald (kyj@heraldcorp.com)": the writer's address after the outlet)
    rf"{_OUTLET_WORD}{_BYLINE_ADDRESS}[ \t]*$"
    # "Staff writer Kim Eun-jin", "Senior reporter Kim Eun-jin" on a line of its own
    rf"|^[ \t]*(?:Staff|Senior|Staff[ \t]+Senior)[ \t]+(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent)[ \t]+(?P<name10>{_NAME_WORDS})[ \t]*$"
    # ("Ana Vale, Contributing Writer": a comma before the writer's post)
    # ("— Ana Vale, contributing writer": a dash before it, the post in lower case)
    rf"|^[ \t]*(?:[—–-]{{1,2}}[ \t]*)?(?P<name8>{_NAME_WORDS})(?:[ \t]*[|/·][ \t]*|,[ \t]+)"
    rf"(?:(?:Staff|Senior|Contributing|Freelance|staff|senior|contributing|freelance)[ \t]+)?"
    rf"(?:Reporter|Writer|Correspondent|Staff Writer|Editor|Contributor|reporter|writer|correspondent|contributor)[ \t]*$"
    # "Staff reporter, Taipei; Ana Vale, DIGITIMES Asia": the desk and its city, then the writer and the outlet
    rf"|^[ \t]*(?:Staff[ \t]+)?(?:[Rr]eporter|[Ww]riter|[Cc]orrespondent)[^;\n]{{0,40}};[ \t]*(?P<name14>{_NAME_WORDS})"
    rf"[ \t]*,[ \t]*[A-Z][^\n;]{{0,40}}$"
    # "Kim Hyun-soo\nStaff Reporter": a name's line, then the writer's post on a line of its own
    rf"|^[ \t]*(?P<name9>{_NAME_WORDS})[ \t]*\n[ \t]*(?:Staff[ \t]+|Senior[ \t]+)?(?:Reporter|Writer|Correspondent|"
    rf"Staff Writer|Contributor)[ \t]*$"
    # "Staff Reporter Park, Jiho |", at a line's start or after a sentence
    r"|(?:^|(?<=[.!?] ))[ \t]*(?:Staff[ \t]+)?(?:Reporter|Correspondent|Staff Writer)[ \t]+"
    r"(?P<name2>[A-Z][a-z]+,?[ \t]+[A-Z][a-z\-]+)"
    # photo credits: "ST PHOTO: LIM YAOHUI", "Korea Times photo by Lee Han-ho", "(Credit: Tom Baker/Lake News)"
    r"|(?:(?P<outlet>(?:[A-Z][\w&’'-]*[ \t]+){1,4}))?(?:PHOTOS?|[Pp]hotos?|[Pp]hotography|[Pp]hotographs|[Cc]redit|CREDIT)[ \t]*(?::|by)[ \t]*(?P<name3>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z\-]+){1,2})"
    # (a credit ends its line or its sentence, or names the outlet after a comma; "Photo: Ana Vale, Lake Corp
    # CEO, addresses attendees" is a caption of the person pictured)
    # ("Photo: Ana Vale (center), CEO of Orbis, speaks …": where one stands in the picture is a caption's)
    rf"(?=[ \t]*(?:$|[/|)\].;]|(?!{PICTURE_PLACE})\([^)\n]*\)|,[ \t]*[^,\n]{{0,40}}$))"
    # a wire agency's photo credit: "REUTERS/Nick Oxford", "(AP Photo/Nick Oxford)", "Nick Oxford/Reuters",
    # "Photo credit: Nick Oxford"
    rf"|(?:\b(?:REUTERS|Reuters|AP[ \t]+Photo|AFP|Yonhap|EPA(?:-EFE)?|Getty[ \t]+Images|Bloomberg|XINHUA|Xinhua|"
    rf"Newsis|NEWS1|News1)[ \t]*/[ \t]*)(?P<name11>{_NAME_WORDS})(?=[ \t]*(?:$|[)\].;,]))"
    rf"|(?P<name12>{_NAME_WORDS})[ \t]*/[ \t]*(?:Reuters|REUTERS|AP|AFP|Getty[ \t]+Images|Bloomberg|Yonhap)"
    rf"(?=[ \t]*(?:$|[)\].;,]))"
    rf"|[Pp]hoto[ \t]+[Cc]redit[ \t]*:[ \t]*(?P<name13>{_NAME_WORDS})(?=[ \t]*(?:$|[)\].;,/]))"
    # a caption's credit in parentheses, the photographer and the outlet after a slash: "(Im Se-jun/The Korea Herald)"
    rf"|(?<=[.!?\]\)][ \t])\((?P<name16>{_NAME_WORDS})[ \t]*/[ \t]*(?:The[ \t]+)?[A-Z][\w&.'’\-]*"
    r"(?:[ \t]+[A-Z][\w&.'’\-]*){0,4}\)[ \t]*$"
    # an author line right above the date line: "Tessa M. Pick\nDecember 21, 2020"
    # a line with only a name and the writer's address: "Kim Hae-yoon (hykim@heraldcorp.com)"
    rf"|^[ \t]*(?P<name5>{_NAME_WORDS})[ \t]*\n?[ \t]*(?:\([\w.+-]+@[\w.-]+\)|<[\w.+-]+@[\w.-]+>|[\w.+-]+@[\w.-]+)[ \t]*$"
    rf"|^[ \t]*(?P<name4>{_NAME_WORDS})[ \t]*\n[ \t]*(?:[A-Z][a-z]+\.?[ \t]+\d{{1,2}},[ \t]+\d{{4}}|\d{{1,2}}[ \t]+[A-Z][a-z]+[ \t]+\d{{4}})"
    # ... or on its line after a bar or a dot: "Sara Moss | June 4, 2026", "Sara Moss · 4 June 2026 · 3 min read"
    rf"|^[ \t]*(?P<name15>{_NAME_WORDS})[ \t]*[|·•][ \t]*(?:(?:Updated|Published|Posted)[ \t]*:?[ \t]*)?"
    rf"(?:[A-Z][a-z]+\.?[ \t]+\d{{1,2}},[ \t]+\d{{4}}|\d{{1,2}}[ \t]+[A-Z][a-z]+[ \t]+\d{{4}})[^\n]{{0,40}}$",
    re.M)


# "By Jane Doe and John Roe", "Reporting by Mari Saito; Editing by …", "Kim Ha-neul contributed to this
# report": the names of a byline list
_UPPER_NAME = r"[A-Z]{2,}(?:-[A-Z]{2,})?(?:[ \t]+[A-Z]{2,}(?:-[A-Z]{2,})?){1,2}"  # "PARK JI-WON", a byline in capitals
# (where the writer wrote from, a city and its state or country too: "in Providence, Rhode Island,")
_WRITING_FROM = r"(?:[ \t]+(?:in|from)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?" \
                r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?(?=,))?,?)?"
# a writer's address on a closing line, a telephone number before it or not: "555-0100 or jroe@lakepress.com"
_CLOSING_ADDRESS = r"(?:[\d()+][\d() .+-]{6,20}[ \t]+or[ \t]+)?[\w.+-]+@[\w.-]+"
_BYLINE_LIST = re.compile(
    rf"^[ \t]*(?:By|BY|Written by|Reported by)[ \t]+(?P<list>{_NAME_WORDS}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_NAME_WORDS})+)"
    rf"{_BYLINE_ADDRESS}[ \t]*$"
    rf"|^[ \t]*(?:By|BY)[ \t]+(?P<list4>{_UPPER_NAME}(?:(?:,[ \t]*|[ \t]+(?:and|AND)[ \t]+){_UPPER_NAME})+)"
    rf"{_BYLINE_ADDRESS}[ \t]*$"
    # ("(Reporting by A in Denver; additional reporting by B in Seoul; …)": where each wrote from after the name)
    # ("With reporting by A.": the closing line's "with")
    rf"|(?:^|(?<=[.;!?] )|(?<=\())[ \t]*(?:[—–-]{{1,2}}[ \t]*)?(?:[Ww]ith[ \t]+)?(?:[Aa]dditional[ \t]+)?[Rr]eporting[ \t]+by[ \t]+"
    rf"(?P<list2>{_NAME_WORDS}{_WRITING_FROM}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_NAME_WORDS}{_WRITING_FROM})*)"
    # "Associated Press writer Mary Clare Jalonick contributed to this report": the writers' outlet and post first
    # ("— Jim Hendrick contributed reporting.": a dash before the closing line)
    # ("The Associated Press's Julie Carr Smyth contributed": the outlet in the possessive before the name)
    rf"|(?:^|(?<=[.!?] ))(?:[—–-]{{1,2}}[ \t]*)?(?:(?:The[ \t]+)?(?:[A-Z][\w&.'’-]*[ \t]+){{1,4}}(?:staff[ \t]+)?"
    rf"(?:writers?|reporters?|correspondents?|journalists?|photographers?)[ \t]+"
    rf"|(?P<owner3>(?:The[ \t]+)?(?:[A-Z][\w&.-]*[ \t]+){{0,3}}[A-Z][\w&.-]*)(?:['’]s|(?<=s)['’])[ \t]+)?"
    # ("Tom Krisher in Detroit and Mari Yamaguchi in Tokyo contributed": where each wrote from after the name)
    rf"(?P<list3>{_NAME_WORDS}{_WRITING_FROM}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_NAME_WORDS}{_WRITING_FROM})*)[ \t]+"
    rf"contributed[ \t]+(?:(?:to[ \t]+)?(?:this|the)[ \t]+(?:report|reporting|story|article)|reporting\b)"
    # "Write to Kim Min-ji at mjkim@hankyung.com": the closing line that gives the writers' address
    # ("Contact Jamie Roe: 555-0100 or jroe@lakepress.com", "Reach Jamie Roe at jroe@lakepress.com": closing lines
    # of the same kind; not "Contact Jane Roe at …", a press release's contact as often as its writer)
    rf"|^[ \t]*(?:Write[ \t]+to|Reach|Email)[ \t]+(?P<list5>{_NAME_WORDS}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_NAME_WORDS})*)"
    rf"[ \t]+at[ \t]+{_CLOSING_ADDRESS}"
    rf"|^[ \t]*Contact[ \t]+(?P<list7>{_NAME_WORDS}(?:[ \t]+and[ \t]+{_NAME_WORDS})?)[ \t]*:[ \t]+"
    rf"{_CLOSING_ADDRESS}"
    # ("Jane Roe can be reached at jroe@lakepress.com": the writer's closing line in the third person)
    rf"|^[ \t]*(?P<list8>{_NAME_WORDS})[ \t]+(?:can|may)[ \t]+be[ \t]+(?:reached|contacted|emailed)[ \t]+at[ \t]+"
    rf"{_CLOSING_ADDRESS}"
    # "Tom Krisher covers the auto industry for The Associated Press.": the closing line on the writer's beat
    rf"|(?:^|(?<=[.!?] ))(?P<list6>{_NAME_WORDS}(?:[ \t]+and[ \t]+{_NAME_WORDS})?)[ \t]+"
    r"(?:covers?|reports?[ \t]+on|writes?[ \t]+(?:about|on))[ \t]+[^.\n]{2,80}?[ \t]+for[ \t]+(?:the[ \t]+|The[ \t]+)?[A-Z]",
    re.M)
_TAGLINE_REACH = 300  # characters from a text's end where a line on the writer's beat stands


# the news outlet a byline gives after the writer's name: "By Ana Vale, The Korea Herald", "Yoo Jae-hoon / Korea
# JoongAng Daily", "Reporting by Ana Vale, Manufacturing Today" (a comma, a slash, a bar or a line between)
_OUTLET_AFTER = re.compile(rf"[ \t]*(?:,|/|\||·|\n)[ \t]*(?P<outlet>(?:The[ \t]+)?(?:[A-Z][\w.&'’-]*[ \t]+){{0,4}}"
                           rf"{_OUTLET_WORD})(?=[ \t]*(?:$|[\[(<]|[\w.+-]+@))", re.M)


def _outlet_after(text: str, end: int) -> tuple[str | None, Span | None]:
    """The outlet named right after a byline's name ending at ``end``, and its span; none when the line goes on
    with anything else."""
    m = _OUTLET_AFTER.match(text, end)
    if m is None:
        return None, None
    return m.group("outlet"), Span(m.start("outlet"), m.end("outlet"))


def _matched_group(m: re.Match[str], prefix: str) -> str:
    """The one group named ``prefix``, ``prefix2``, ``prefix3`` … that the alternative which matched filled."""
    return next(g for g, v in m.groupdict().items() if v and g.rstrip("0123456789") == prefix)


def _bylines(text: str, found: list[EnMention]) -> list[EnMention]:
    """The byline's people not yet in ``found`` (a mention there that a byline line holds becomes the reporter)."""
    out: list[EnMention] = []
    taken = {m.span.start for m in found}
    for m in scan(_BYLINE_LIST, text):
        group = _matched_group(m, "list")
        first = len(out)
        if group == "list6" and m.start() < len(text.rstrip()) - _TAGLINE_REACH:
            continue  # ("Ana Vale covers AI for Acme Weekly" inside the report is a guest's beat, not its byline)
        for n in re.finditer(_UPPER_NAME if group == "list4" else _NAME_WORDS, m.group(group)):
            start, end = m.start(group) + n.start(), m.start(group) + n.end()
            if any(_is_title_word(_tok(w, 0, 0), lists()) or w.lower() == "staff" for w in n.group().split()):
                continue  # "By Karen Holt, Staff Writer": the writer's post, not a second writer
            if re.search(r"\b(?:in|from)[ \t]+(?:[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2},[ \t]*)?$",
                         m.group(group)[:n.start()]):
                continue  # "Mari Yamaguchi in New York contributed": where she wrote from ("in Providence, Rhode Island")
            words = n.group().split()
            if words[0] == "The" or words[-1] in _OUTLET_WORDS:
                continue  # "By Ana Vale, The Korea Herald": the writer's outlet, no second writer
            if start not in taken:
                taken.add(start)
                outlet, outlet_span = _outlet_after(text, end)  # (the one they write for)
                if group == "list3" and m.group("owner3"):  # "The Associated Press's Julie Carr Smyth contributed"
                    outlet, outlet_span = m.group("owner3"), Span(m.start("owner3"), m.end("owner3"))
                out.append(EnMention(n.group(), Span(start, end), "Reporter", outlet, outlet_span, reporter=True))
            elif group == "list3":  # "AP writer Mary Clare Jalonick contributed …": a person with a post, a writer
                for at, f in enumerate(found):
                    if f.span.start == start and not f.reporter:
                        found[at] = EnMention(f.name, f.span, f.title or "Reporter", f.org, f.org_span, reporter=True)
        if len(out) - first > 1 and out[-1].org is not None:  # "By Ana Vale and Tom Reed, Robotics Weekly": both's
            out[first:] = [EnMention(w.name, w.span, w.title, w.org or out[-1].org, w.org_span or out[-1].org_span,
                                     reporter=True) for w in out[first:]]
    for m in scan(_BYLINE, text):
        group = _matched_group(m, "name")
        start, end = m.start(group), m.end(group)
        name = m.group(group)
        if name.isupper():
            name = name.title()  # ST PHOTO: LIM YAOHUI
        # (the lines of a contact block: "Media Contact:\nKaren Lee\nNimbus Labs\npress@…", its name and its company)
        block = "\n".join(text[max(0, start - 160):start].rstrip().split("\n")[-3:])
        if group in ("name5", "name6") and re.search(r"\b(?:contacts?|inquiries|enquiries)\b", block, re.I):
            continue  # "Media contact:\nJordan Blake\njordan@…": the press office, not the writer
        ls = lists()
        if any(w.lower().rstrip(".") in ORG_WORDS or w.lower().rstrip(".") in LEGAL_FORMS or w.lower() in ls.company_words
               or w.lower() in gathering_words() for w in name.split()):
            continue  # "Nimbus Labs\npress@nimbuslabs.com": a company's line, no writer ("Photo: Lake AI Forum": the event's)
        if group == "name15" and (ls.places.issuperset(w.lower() for w in name.split())
                                  or name.split()[-1] in _PLACE_LINE_ENDS):
            continue  # "Seoul | June 4, 2026", "Lake Convention Center | …": where, not who
        title = "Photographer" if group in ("name3", "name16") else "Reporter"
        outlet = m.group("outlet").strip() if group == "name3" and m.group("outlet") else None
        outlet_span = Span(m.start("outlet"), m.start("outlet") + len(outlet)) if outlet else None
        if outlet is None:
            outlet, outlet_span = _outlet_after(text, end)  # "Yoo Jae-hoon, Korea JoongAng Daily"
        if start not in taken:  # "Korea Times photo by Lee Han-ho": the outlet the photographer works for
            out.append(EnMention(name if not m.group(group).isupper() else m.group(group), Span(start, end),
                                 title, outlet, outlet_span, reporter=True))
        else:  # "Yoo Jae-hoon, Korea JoongAng Daily" read as a name and an organization: the byline says who
            for at, f in enumerate(found):
                if f.span.start == start and not f.reporter:
                    found[at] = EnMention(f.name, f.span, title, outlet, outlet_span, reporter=True)
    closing = _CLOSING_NAME.search(text, max(0, len(text.rstrip()) - _CLOSING_REACH))
    if closing is not None and closing.start("name") not in taken and _a_writers_name(closing.group("name"), found):
        # "… Chiang said.\n\nAndrew Myers": a name alone on the text's last line, after a blank one, is its writer
        out.append(EnMention(closing.group("name"), Span(closing.start("name"), closing.end("name")), "Reporter",
                             reporter=True))
    return out


# a name alone on the text's last line, a blank line before it (and a dash before the name, as some sign off)
_CLOSING_REACH = 120  # characters from the text's end where its last line stands
# (not after a label's colon: "Media contact:\n\nJordan Blake")
_CLOSING_NAME = re.compile(rf"(?<![:\s])[ \t]*\n[ \t]*\n[ \t]*(?:[—–-]{{1,2}}[ \t]*)?(?P<name>{_NAME_WORDS})[ \t]*\s*\Z")


def _a_writers_name(name: str, found: list[EnMention]) -> bool:
    """``name`` may sign the text: two or three words of a name, none a body's, a gathering's or a place's, and no
    one the text has named before (a person of the report is no writer)."""
    ls = lists()
    words = name.split()
    return 2 <= len(words) <= 3 and not any(
        w.lower() in ORG_WORDS or w.lower() in ls.company_words or w.lower() in gathering_words()
        or w.lower() in ls.places or w.lower() in ls.not_names or _is_title_word(_tok(w, 0, 0), ls) for w in words) \
        and not any(m.name == name or m.name.split()[-1] == words[-1] for m in found)


# the time and bullet a programme line may open with, and the organization after its name
# ("1:30 p.m. — Case study: …": a time of day with its a.m. or p.m., and a dash after it)
_TIME = r"\d{1,2}[:.]\d{2}(?:[ \t]*(?i:[ap]\.?m\.?))?"  # ("9:00 a.m.", "9:00 AM")
_TIMES = rf"{_TIME}(?:[ \t]*[-–][ \t]*{_TIME})?"  # a time of day, or two as a stretch
_TIME_LEAD = rf"{_TIMES}(?:[ \t]+[–—|-])?[ \t]+"  # a time of day opening a line ("09:15 – 10:00 | …": a table's bar)
_LINE_LEAD = rf"^[ \t]*(?:[-•*·▪●][ \t]*)?(?:{_TIME_LEAD})?"
# a line of a programme that a time of day opens, and the label of its part before a colon ("10:30 a.m. — Panel: …")
TIMED_LABEL = re.compile(rf"[ \t]*(?:[-•*·▪●][ \t]*)?{_TIMES}[ \t]*[–—|-]?[ \t]*(?:(?P<label>[A-Z][A-Za-z&/ \-]{{1,30}}?)"
                         r"[ \t]*:)?")
# (", VP Operations, Cargill": a title, then the organization)
# (", Dean, Faculty of Engineering, TU Delft": a title, its unit, then the organization)
# ('14:00 – Keynote – Ana Vale, CEO, Orbis – "AI on the Line"': the talk's quoted title after a last dash)
# (no semicolon inside: "Raj Patel, Orbis; Lena Berg, Crest AI" lists two people)
_ORG_AFTER = (r"(?:[ \t]*,[ \t]*(?P<org>[A-Z][^,;\n()]{0,60}?)(?:,[ \t]*[A-Z][^,;\n()]{0,60}?)?"
              r"(?:,[ \t]*(?P<org3>[A-Z][^,;\n()]{0,60}?))?"
              r"|[ \t]*\((?P<org2>[^()\n]{2,60})\))?"
              r"(?:[ \t]+(?:--|[–—-])[ \t]+[\"“](?P<talk2>[^\"“”\n]{2,120})[\"”])?[ \t]*$")
# a line of a programme: a time, a part of it, its title, a dash, then who gives it
# ("09:15 Keynote: "AI on the shop floor" – Jens Keller, Siemens", "Welcome – Anna Weber, VDMA")
# (a part's label, its title after a colon, then the dash or a table's bar before who gives it)
# (a table's bar between the part and its title too: 'Keynote | "The Physical AI Era" | Tom Reed, CTO, Orbis')
# (a dash typed as two hyphens too; a tab's cell)
# ("Session 1 — Vision AI on the line: A (X), B (Y)": the dash before the title, the colon after it, no sentence's
# stop inside: not "Session 1 — Data for the shop floor. Chair: A")
_LABELLED_DASH = _LINE_LEAD + r"(?P<label>[A-Z][A-Za-z0-9&/ \-]{1,40}?)[ \t]*" \
    r"(?:(?:(?::|[ \t]*\|)[ \t]*(?P<title>[\"“][^\"”\n]{2,120}[\"”]|" \
    r"[^–—|\"“\n\t]{1,80}?))?(?:[ \t]+(?:--|[–—|-])[ \t]+|\t+)" \
    r"|[ \t]+(?:--|[–—-])[ \t]+(?P<title_b>(?:(?![.;][ \t])[^:–—|\"“\n\t]){1,80}?)[ \t]*:[ \t]+)"
PROGRAMME_ENTRY = re.compile(
    # (an abbreviated honorific before the name: "– Prof. Ian Cole, …"; a table's bar for the dash: "| Tom Reed")
    # ("| Prof. Dr. Anna Weber, …": two of them)
    _LABELLED_DASH + rf"(?:[A-Z][a-z]{{1,4}}\.[ \t]+){{0,2}}(?P<who>{_NAME_WORDS})" + _ORG_AFTER, re.M)


# "9:00 a.m. — Welcome, Mung Chiang, President, Purdue University", "9:00 a.m. Welcome: Jane Doe, President, …": a
# timed line whose part, a label of up to three words, is followed by its giver after a comma or a colon (a time
# opens the line, so a name and its post are no label)
PROGRAMME_COMMA = re.compile(
    rf"^[ \t]*(?:[-•*·▪●][ \t]*)?{_TIMES}[ \t]*[–—-]?[ \t]+"
    r"(?P<label>[A-Z][a-z]+(?:[ \t][a-z]+){0,2})(?P<title>)[ \t]*[,:][ \t]+(?:[A-Z][a-z]{1,4}\.[ \t]+){0,2}"
    rf"(?P<who>{_NAME_WORDS})" + _ORG_AFTER, re.M)


# 'Keynote: "AI on the Factory Floor," Dr. Ana Vale, Lake Corp': a part, its quoted title (the comma inside the
# quote or after it), then its giver and the organization after a comma
PROGRAMME_QUOTED = re.compile(
    _LINE_LEAD + r"(?P<label>[A-Z][a-z]+(?:[ \t][a-z]+){0,2})[ \t]*:[ \t]*(?P<title>[\"“][^\"”\n]{2,120}[\"”])[ \t]*,?"
    rf"[ \t]+(?:[A-Z][a-z]{{1,4}}\.[ \t]+){{0,2}}(?P<who>{_NAME_WORDS})" + _ORG_AFTER, re.M)


# "Session 1: Vision AI — Kim Min-seo (Samsung SDS), Tom Becker (Siemens)": a part given by several, each with
# the organization in parentheses; the k-th pattern reads the giver after k others (so each match is one giver)
_GIVER = rf"{_NAME_WORDS}[ \t]*\([^()\n]{{2,60}}\)"
_GIVERS_JOIN = r"(?:[ \t]*[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)"
_MAX_GIVERS = 6
# ("Session 1: Data — Raj Patel, Orbis; Lena Berg, Crest AI": each organization after a comma, the givers parted by
# semicolons)
_GIVER_COMMA = rf"{_NAME_WORDS}[ \t]*,[ \t]*[A-Z][^,;\n()]{{0,60}}?"
# ('Panel — "Who Owns Plant Data?" with A (X), B (Y) and C (Z).': the part's quoted title after the dash, "with"
# before its givers, a full stop closing the list, another sentence after it on the line or none)
_SHARED_LEAD = _LABELLED_DASH + r"(?:[\"“](?P<talk2>[^\"“”\n]{2,120})[\"”][ \t]+)?(?:with[ \t]+)?"
_SHARED_END = r"[ \t]*(?:\.(?:[ \t][^\n]*)?)?$"
PROGRAMME_SHARED = tuple(re.compile(
    _SHARED_LEAD + rf"(?:{_GIVER}{_GIVERS_JOIN}){{{k}}}(?P<who>{_NAME_WORDS})[ \t]*\((?P<org2>[^()\n]{{2,60}})\)"
    rf"(?:{_GIVERS_JOIN}{_GIVER}){{{1 if k == 0 else 0},{_MAX_GIVERS - k - 1}}}{_SHARED_END}", re.M)
    for k in range(_MAX_GIVERS)) + tuple(re.compile(
    _SHARED_LEAD + rf"(?:{_GIVER_COMMA}[ \t]*;[ \t]*){{{k}}}(?P<who>{_NAME_WORDS})[ \t]*,[ \t]*"
    rf"(?P<org>[A-Z][^,;\n()]{{0,60}}?)(?:[ \t]*;[ \t]*{_GIVER_COMMA}){{{1 if k == 0 else 0},{_MAX_GIVERS - k - 1}}}"
    + _SHARED_END, re.M) for k in range(_MAX_GIVERS))


# 'Keynote: "Robots That Learn" by Ana Vale, Lake Corp': a part, its quoted title, then "by" its giver
PROGRAMME_BY = re.compile(
    _LINE_LEAD + r"(?P<label>[A-Z][A-Za-z&/ \-]{1,40}?)[ \t]*:[ \t]*(?P<title>[\"“][^\"”\n]{2,120}[\"”])[ \t]+by[ \t]+"
    rf"(?P<who>{_NAME_WORDS})" + _ORG_AFTER, re.M)
# "- Ana Vale (Lake Corp): Robots that learn" under a session's or a programme's line: a talk and its giver (the
# bullet may be a time of day, or none: 'Ana Vale (Lake Corp) – "Robots that learn"'; a dash may part the title)
PROGRAMME_ITEM = re.compile(
    rf"^[ \t]*(?:[-•*·▪●][ \t]*|(?P<time>{_TIME_LEAD}))?(?P<label>)(?P<who>{_NAME_WORDS})"
    r"[ \t]*(?:\((?P<org2>[^()\n]{2,60})\)|,[ \t]*(?P<org>[A-Z][^,:\n()–—]{0,60}?))(?:[ \t]*:|[ \t]+[–—-])[ \t]*"
    r"(?P<title>[^\n:]{3,120}?)[ \t]*$", re.M)
_SESSION_LINE = re.compile(rf"^[ \t]*(?:{_TIME_LEAD})?(?:session|track|programme|program|agenda|talks|presentations|speakers|"
                           r"lightning\s+talks|part)\b[^\n]*$", re.I | re.M)
_ITEM_REACH = 600  # characters back from a programme item to the session line it is under
# a heading over a list of talks, ending its line: "Day one sessions:", "Morning programme", "Conference agenda:"
_TALKS_HEADING = re.compile(r"^[ \t]*(?:[\w'’-]+[ \t]+){0,3}(?:sessions|programme|program|agenda|talks|presentations|"
                            r"schedule|line-up|lineup)[ \t]*:?[ \t]*$", re.I | re.M)


def under_talks_heading(text: str, at: int) -> bool:
    """The line at ``at`` stands under a heading over a list of talks (:data:`_TALKS_HEADING`), no blank line
    between: its label is a talk's title ("Digital twins in practice – Jane Morris, Head of Digital, BAE")."""
    headings = list(_TALKS_HEADING.finditer(text, max(0, at - _ITEM_REACH), at))  # (a bounded window)
    return bool(headings) and "\n\n" not in text[headings[-1].end():at]


@lru_cache(maxsize=4)
def programme_entries(text: str) -> tuple[re.Match[str], ...]:
    """The programme lines of a text (:data:`PROGRAMME_ENTRY`, :data:`PROGRAMME_BY`, and the items of
    :data:`PROGRAMME_ITEM` under a session's line), read once for the people and their roles."""
    items = [m for m in scan(PROGRAMME_ITEM, text)  # (a time of day opens a programme's line by itself)
             if m.group("time") or _SESSION_LINE.search(text, max(0, m.start() - _ITEM_REACH), m.start())]
    shared = [m for pattern in PROGRAMME_SHARED for m in scan(pattern, text)]
    return tuple(sorted((*scan(PROGRAMME_ENTRY, text), *scan(PROGRAMME_BY, text), *items, *shared,
                         *scan(PROGRAMME_COMMA, text), *scan(PROGRAMME_QUOTED, text)), key=lambda m: m.start()))


def programme_name_start(text: str, m: re.Match[str]) -> int:
    """Where the name of a programme line (:func:`programme_entries`) begins, past its honorifics
    ("– Dr Helen Marsh, Chair, …", "– Prof. Ian Cole, …")."""
    who = tokens(text, m.start("who"), m.end("who"))
    honorifics = lists().honorifics
    while len(who) > 2 and who[0].low in honorifics:
        who = who[2:] if who[1].text == "." else who[1:]
    return who[0].start if who else m.start("who")


def _programme_entries(text: str, found: list[EnMention]) -> list[EnMention]:
    """The people on the lines of a programme (see :data:`PROGRAMME_ENTRY`) not found yet, with the
    organization after the comma or in parentheses."""
    taken = {m.span.start: n for n, m in enumerate(found)}
    out = []
    ls = lists()
    for m in programme_entries(text):
        groups = m.groupdict()
        group = "org3" if groups.get("org3") else "org" if groups.get("org") else "org2" if groups.get("org2") else None
        org = m.group(group).strip() if group else None
        org_span = Span(m.start(group), m.start(group) + len(org)) if group and org else None
        start = programme_name_start(text, m)
        who = tokens(text, start, m.end("who"))
        if start in taken:
            n = taken[start]
            if found[n].org is None and org and found[n].name == text[start:m.end("who")]:
                found[n] = replace(found[n], org=org, org_span=org_span)  # the line's organization, after its comma
            continue
        if _only_title(who, ls):
            continue  # "Ana Vale — Chief Scientist, Lake Corp": the title of the name before the dash
        if len(who) >= 2 and _gerund(who[0].low, ls):
            continue  # "10:30 Panel: Scaling Vision Inspection": the part's title, no giver
        if org is None and who and who[0].low in ls.not_names:
            continue  # "10:00 a.m. Panel: Data Readiness": a topic opened by a common word, no body after it
        if who and (who[-1].low in ORG_WORDS or who[-1].low in LEGAL_FORMS):
            continue  # "Press release — Hanbit Robotics Association": an organization, not a person
        if who and who[-1].text in _PLACE_HEADS and org and (org.lower() in ls.places or org.lower() in ls.cities):
            continue  # "The Lake AI Forum | December 3 | Hanbit Hall, Seoul": a hall and its city (Hall a surname too)
        out.append(EnMention(text[start:m.end("who")], Span(start, m.end("who")), None, org, org_span))
    return out


# the particles a surname opens with (Arabic, Dutch, German, Romance): "Al Olama", "van der Berg", "de la Cruz"
_SURNAME_PARTICLES = frozenset({"al", "el", "al-", "bin", "ben", "ibn", "abu", "van", "von", "der", "den", "de", "del",
                                "della", "di", "da", "dos", "das", "du", "le", "la"})


def _particle_surname(name: str) -> str | None:
    """The surname of a name of three words or more with its particles, the first of them in capitals as a
    later mention opens with it (``Omar Sultan Al Olama`` -> ``Al Olama``, ``Jan van der Berg`` -> ``Van der
    Berg``); None when the word before the last is no particle."""
    parts = name.split()
    k = len(parts) - 1
    while k > 1 and parts[k - 1].lower() in _SURNAME_PARTICLES:
        k -= 1
    if k == len(parts) - 1 or k < 1:
        return None
    return _first_capital(" ".join(parts[k:]))


def _first_capital(name: str) -> str:
    return name[:1].upper() + name[1:]


def _surname(name: str) -> str:
    parts = name.replace(",", "").split()
    # Korean order (Lee Min-ho, Kim Daeho): the family name comes first
    if len(parts) == 2 and ("-" in parts[1] or parts[0] in _KOREAN_SURNAMES):
        return parts[0]
    return parts[-1]


_KOREAN_SURNAMES = frozenset("Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn "
                             "Song Jeon Hong Yoo Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Koo "
                             "Min Ryu Na Jin Chey Chung Yeom Hyun Byun Ryoo An Do No In So Ma Bang Ban Gil Ok Won Um "
                             "Uhm Eom Sim Shim Tak Pyo Ji Gu Yu Yeo Choo Chu Gong Seok Jo Kong Maeng Nah".split())
# a romanised Korean syllable (Revised Romanisation and the older spellings news keeps: Se, hoon, cheol, soo)
_SYLLABLE = r"(?:kk|tt|pp|ss|jj|ch|sh|[bcdghjkmnprstwy])?(?:yeo|yae|wae|ae|eo|eu|oe|ui|ya|yo|yu|ye|wa|wo|we|wi|oo|ou|ee|[aeiou])(?:ng|n|l|k|m|p|t|h)?"
_KOREAN_GIVEN = re.compile(rf"(?i:{_SYLLABLE})-{_SYLLABLE}")


def _korean_pair(toks: list[_Tok], i: int) -> bool:
    """``An Cheol-soo``, ``No Tae-moon``, ``Do Kyung-hoon``: a Korean family name (also when it is an
    English word) and a hyphenated given name of two romanised syllables (not ``In Seoul-based``)."""
    # ("KIM Min-su": the family name in capitals, as some Korean English releases write it)
    surname = toks[i].text.capitalize() if i + 1 < len(toks) and toks[i].text.isupper() else toks[i].text
    return i + 1 < len(toks) and surname in _KOREAN_SURNAMES and toks[i + 1].text[:1].isupper() \
        and _KOREAN_GIVEN.fullmatch(toks[i + 1].text) is not None


def _with_short_mentions(text: str, found: list[EnMention]) -> list[EnMention]:
    """``Kim said``, ``said Gorton``, ``Minister Naughten``: a surname alone points back to the one person
    named in full with it. The other end of the name (``DPM Heng`` for Heng Swee Keat, family name
    first) counts too, but only next to a title or a speech verb."""
    out = list(found)
    by_surname: dict[str, set[str]] = {}
    by_other_end: dict[str, set[str]] = {}
    for m in found:
        if m.reporter:
            continue
        by_surname.setdefault(_surname(m.name), set()).add(m.name)
        parts = m.name.replace(",", "").split()
        if len(parts) > 1:
            other = parts[0] if _surname(m.name) == parts[-1] else parts[-1]
            by_other_end.setdefault(other, set()).add(m.name)
    # "M.V. Ramesh Babu": the name less its initials, which a later "Mr. Ramesh Babu" writes; "Omar Sultan Al Olama",
    # "Jan van der Berg": a surname with its particles, which a later "Al Olama said", "Van der Berg said" writes
    by_shorter: dict[str, set[str]] = {}
    for m in found:
        bare = re.sub(r"^(?:[A-Z]\.)+\s*(?:[A-Z]\.\s*)*", "", m.name)
        if not m.reporter and bare != m.name and " " in bare:
            by_shorter.setdefault(bare, set()).add(m.name)
        particled = _particle_surname(m.name)
        if not m.reporter and particled is not None:
            by_shorter.setdefault(particled, set()).add(m.name)
    # where each person is first named in full, in text order: with two of one surname ("Ha Jung-woo" and "Ha
    # Sang-wook"), a later "Ha said" is the one named last before it, as news writes it
    first_at: dict[str, int] = {}
    for m in found:
        if not m.reporter and " " in m.name:
            first_at.setdefault(m.name, m.span.start)
    # "Ms. Santos said" found on its own (an honorific makes a one-word mention): the full name it points to,
    # by its surname or, family name first, by its other end ("Mr Gan" for Gan Kim Yong); of two with that surname
    # ("Alvin Tan" and "Lennon Tan"), the one named last before it ("said Mr Tan")
    for n, m in enumerate(out):
        if m.reporter:
            continue
        if " " in m.name:
            fulls = by_shorter.get(m.name, set()) - {m.name} or by_shorter.get(_first_capital(m.name), set()) - {m.name}
        else:
            fulls = by_surname.get(m.name, set()) - {m.name} or by_other_end.get(m.name, set()) - {m.name}
        if len(fulls) > 1 and " " not in m.name:
            named_before = sorted((first_at[f], f) for f in fulls if first_at.get(f, m.span.start) < m.span.start)
            fulls = {named_before[-1][1]} if named_before else fulls
        if len(fulls) == 1:
            out[n] = replace(m, name=next(iter(fulls)))
    covered = bytearray(len(text))  # characters inside a mention already found
    for m in found:
        covered[m.span.start:m.span.end] = b"\x01" * (m.span.end - m.span.start)
    ls = lists()
    for by, needs_context in ((by_surname, False), (by_other_end, True)):
        for short, names in by.items():
            if len(short) < 2 or (needs_context and (short in by_surname or len(names) != 1)):
                continue
            starts = sorted((first_at[n], n) for n in names if n in first_at) if len(names) > 1 else []
            if len(names) > 1 and len(starts) != len(names):
                continue
            full = next(iter(names))
            for hit in re.finditer(rf"\b{re.escape(short)}\b", text):
                if covered[hit.start()] or needs_context and not _in_context(text, hit.start(), hit.end(), ls):
                    continue
                if starts:
                    k = bisect.bisect_left(starts, (hit.start(), "")) - 1
                    if k < 0:
                        continue  # before any of them is named in full
                    full = starts[k][1]
                if _NAME_GOES_ON.match(text, hit.end()):
                    continue  # "KAIST's Kim Jaechul Graduate School", "Reed Hastings": another name that starts so
                if _FIRMS_AMPERSAND.match(text, hit.end()) or _AMPERSAND_BEFORE.search(text, max(0, hit.start() - 4),
                                                                                      hit.start()):
                    continue  # "a lawyer at Kim & Chang", "Lee & Ko", "Bae, Kim & Lee": partners' names, a firm's
                if _inside_a_name(text, hit.start(), hit.end(), full, ls):
                    continue  # "the Gyeongbuk Techno Park": the end of a body's name, no one's surname
                # "Vale is chief scientist at Lake Corp.", "Park, a professor at KAIST, said …"
                post = _copular_post(text, hit.end(), ls) or _appositive_post(text, hit.end(), ls)
                out.append(EnMention(full, Span(hit.start(), hit.end()), *post) if post
                           else EnMention(full, Span(hit.start(), hit.end())))
                covered[hit.start():hit.end()] = b"\x01" * (hit.end() - hit.start())
    return sorted(out, key=lambda m: m.span.start)


# the one or two capitalised words right before a surname, on the same line
_WORDS_BEFORE = re.compile(r"(?:^|(?<=[\s(\[\"“]))(?:([A-Z][\w&\-]*)[ \t]+)?([A-Z][\w&\-]*)[ \t]+$")


def _inside_a_name(text: str, at: int, end: int, full: str, ls: _Lists) -> bool:
    """The surname at ``at:end`` closes another name, one or two capitalised words before it (``Gyeongbuk Techno
    Park``, ``the Engineering Hall``, ``at Olympic Park``), not titles, honorifics or a sentence's first word
    (``Minister Park``, ``Vice Minister Park``, ``Then Park said``), nor the words of ``full``, the person's own
    name (``by Mary Anne Chen`` where no mention was found)."""
    m = _WORDS_BEFORE.search(text, max(0, at - 60), at)
    if m is None or full.endswith(f"{m.group(2)} {text[at:end]}"):
        return False
    if m.group(1) is None and (m.start() == 0 or text[m.start() - 1] == "\n" or m.group(2).isupper()):
        # (one word that opens a line or the text opens its sentence: "Meanwhile Park said"; one in capitals is a
        # post or a body, the name's own: "DPM Heng", "KAIST Kim")
        return False
    # (a title's head alone before it names the person; a modifier of a title alone does not: "Engineering Hall")
    title = _is_title_word if m.group(1) else _is_head
    return not any(word in OPENERS or word.lower() in ls.honorifics or title(_tok(word, 0, 0), ls)
                   or word.lower() in WEEKDAYS or word.lower() in MONTHS for word in m.groups() if word) \
        and not re.search(r"[.!?:][\"”’']?\s*$", text[max(0, m.start() - 3):m.start()])


# a capitalised word right after a surname, on the same line: the surname opens another name
_NAME_GOES_ON = re.compile(r"[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|At)\b)"
                           r"[A-Z][a-z]+\b(?!['’]s)")
# a surname joined to another by an ampersand names a firm (a law or accounting firm named after its partners)
_FIRMS_AMPERSAND = re.compile(r",?[ \t]*&[ \t]*[A-Z]")
_AMPERSAND_BEFORE = re.compile(r"&[ \t]*$")
_COPULA = re.compile(r"[ \t]+(?:is|serves[ \t]+as|works[ \t]+as)[ \t]+")  # (not "was": a post held before)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")


def _post_after(opener: re.Pattern[str], closer: re.Pattern[str], text: str, end: int,
                ls: _Lists) -> tuple[str | None, str | None, Span | None] | None:
    """The post that ``opener`` (matched at ``end``, right after a surname) introduces, up to ``closer`` or 200
    characters, read as the appositive ``, chief scientist at Lake Corp`` after a full name would be; None unless a
    title heads it."""
    m = opener.match(text, end)
    if m is None:
        return None
    stop = closer.search(text, m.end(), m.end() + 200)
    toks = tokens(text, m.end(), stop.start() if stop else min(len(text), m.end() + 200))
    if not toks or not any(_is_head(t, ls) for t in toks[:_MAX_TITLE_WORDS]):
        return None
    got = _title_after([_tok(",", m.start(), m.start()), *toks, _tok(".", toks[-1].end, toks[-1].end)], 0, ls, text)
    return got if got is not None and got[0] else None


def _part_set_off(toks: list[_Tok], comma: int) -> int | None:
    """``, the keynote speaker,``, ``, a panelist,``, ``, the day's first speaker,`` from the comma at ``comma``: a
    speaking part with its article (and the gathering that owns it) set off by commas; the closing comma's index."""
    if comma + 3 >= len(toks) or toks[comma].text != "," or toks[comma + 1].low not in ("the", "a", "an"):
        return None
    k = comma + 1
    while k < len(toks) and k - comma <= 3 and (toks[k].low in _BEFORE_A_PART or toks[k].text.endswith(_POSSESSIVE)
                                                and _unowned(toks[k].low) in _PART_OWNERS):
        k += 1
    close = next((n for n in range(k, min(len(toks), k + 4)) if toks[n].text in (",", ".")), None)
    if close is None or close == k or toks[close].text != "," \
            or not speaking_cue_opens(" ".join(t.text for t in toks[k:close + 1])):
        return None
    return close


def _post_past_a_part(toks: list[_Tok], after: int, text: str, ls: _Lists
                      ) -> tuple[str | None, str | None, Span | None] | None:
    """``Sam Cole, the keynote speaker, is director of the Lake Institute``: the post the copula says after a part
    set off by commas right after the name."""
    close = _part_set_off(toks, after)
    return _copular_post(text, toks[close].end, ls) if close is not None else None


def _copular_post(text: str, end: int, ls: _Lists) -> tuple[str | None, str | None, Span | None] | None:
    """``Vale is chief scientist at Lake Corp.``: a post said of a person after the copula."""
    return _post_after(_COPULA, _CLAUSE_END, text, end, ls)


_APPOSITIVE_ARTICLE = re.compile(r",[ \t]+(?:a|an|the)[ \t]+")
_APPOSITIVE_END = re.compile(r",|[.;!?](?:\s|$)")


def _appositive_post(text: str, end: int, ls: _Lists) -> tuple[str | None, str | None, Span | None] | None:
    """``Park, a professor at KAIST, said``: a post set off by commas after a surname, with its article."""
    return _post_after(_APPOSITIVE_ARTICLE, _APPOSITIVE_END, text, end, ls)


def _described_again(text: str, toks: list[_Tok], ls: _Lists) -> tuple[str, str, Span] | None:
    """A sentence that opens with "The", an organization's capitalised words, then a post in lower case before a
    comma or a verb (``The Orbis Labs founder, who …``, ``The Nimbus chief executive said …``): the post, the
    organization and where it is written; None for any other opening (``The Orbis Labs founder Ana Vale``, a name
    after the post)."""
    k = 1
    while k < len(toks) and k <= _MAX_OWNER and _capital(toks[k]) and not _is_title_word(toks[k], ls):
        k += 1
    if k == 1 or k > _MAX_OWNER:
        return None
    h = k
    while h < len(toks) and h - k < 4 and toks[h].text.islower() and _is_title_word(toks[h], ls):
        h += 1
    if h == k or h >= len(toks) or not _is_head(toks[h - 1], ls) \
            or not (toks[h].text == "," or toks[h].text.islower() and toks[h].low not in ("of", "at", "for", "and")):
        return None
    org = toks[1:k]
    if all(_unowned(t.low) in ls.places or t.low in ls.nationalities for t in org):
        return None  # "The Korean minister said …": a country's post
    end = org[-1].end - (2 if org[-1].text.endswith(_POSSESSIVE) else 0)
    return text[toks[k].start:toks[h - 1].end], text[org[0].start:end], Span(org[0].start, end)


def _post_of_the_one_before(previous: Span, found: list[EnMention], described: tuple[str, str, Span]) -> None:
    """Give the post the sentence describes to the one person the sentence before named, if none was written."""
    before = [n for n in range(len(found) - 1, max(-1, len(found) - 8), -1)
              if previous.start <= found[n].span.start < previous.end]
    if len({found[n].name for n in before}) == 1 and found[before[-1]].title is None and found[before[-1]].org is None:
        n = before[-1]
        found[n] = replace(found[n], title=described[0], org=described[1], org_span=described[2])


def _post_by_pronoun(text: str, toks: list[_Tok], previous: Span, found: list[EnMention], ls: _Lists) -> None:
    """``Ana Vale gave the keynote. She is the chief technology officer of Lake Corp.``: a sentence that opens with
    he or she and says a post gives it to the one person the sentence before named, if no post was written there."""
    before: list[int] = []  # (read back from the last found: the sentence before's mentions are the last ones, a bounded walk)
    for n in range(len(found) - 1, -1, -1):
        if found[n].span.start < previous.start:
            break
        if found[n].span.start < previous.end:
            before.insert(0, n)
    if len({found[n].name for n in before}) != 1:
        return
    post = _copular_post(text, toks[0].end, ls)
    if post is None and len(toks) > 3 and toks[1].low in _LEADS_NOW and (led := _org_led(toks, 2, text)) is not None:
        post = (None, *led)  # "… She leads the data program at SAP."
    if post is None or post[1] is None:
        return
    n = before[0]
    if found[n].title is None and found[n].org is None:
        found[n] = replace(found[n], title=post[0], org=post[1], org_span=post[2])


def _in_context(text: str, start: int, end: int, ls: _Lists) -> bool:
    """A title or honorific right before the word, or a speech verb right before or after it."""
    before = re.findall(r"[A-Za-z.]+", text[max(0, start - 24):start])
    after = re.match(r"\s+([a-z]+)", text[end:end + 16])
    prev = before[-1].rstrip(".").lower() if before else ""
    return prev in ls.heads or prev in ls.honorifics or bool(_SPEECH.match(prev)) \
        or bool(after and _SPEECH.match(after.group(1))) or prev in _SHORT_TITLES


_SHORT_TITLES = frozenset({"dpm", "pm", "mp", "sen", "rep", "gov", "amb"})
