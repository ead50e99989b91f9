"""English extraction: people (:mod:`kg.extract.en_people`), the event (:mod:`kg.extract.en_events`),
and roles from cue phrases (``data/en/cues.tsv``), list headers and speech verbs.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, is_dataclass, replace
from enum import Enum
from functools import lru_cache
from itertools import chain
from typing import Any

from kg.extract.en_cues import gathering_kinds, present_cues, role_cues
from kg.extract.en_events import (
    COMMON_OWNERS,
    EDGE_YEAR,
    EDITION_REACH,
    LOCAL_GOVERNMENT_WORDS,
    PEOPLE_COUNTED,
    SPOKEN_AFTER,
    EnEventDraft,
    another_edition,
    find_event,
    office_holder,
)
from kg.extract.en_people import (
    ANAPHORIC_ORGS,
    ANSWERING,
    ASIDE_PLACES,
    AUDIENCE_NOUNS,
    AUDIENCE_TOOK,
    bodies_of,
    EVENT_OFFICE,
    FRONTED,
    GREETED,
    HEARD,
    JOINED_PARTS,
    LEGAL_FORMS,
    MANNER_PARTICIPLES,
    MANNER_WORDS,
    ONE_OF_THEM,
    ORG_WORDS,
    PICTURE_PLACE,
    PLACEHOLDERS,
    PRONOUN_FRONT,
    RELATIONS,
    PUBLIC_BODY_KINDS,
    SAW,
    SPEAKING_INFINITIVES,
    TALK_FRAME,
    TALKS_PLURAL,
    TIMED_LABEL,
    EnMention,
    find_people,
    gathering_words,
    known_body,
    known_joined_body,
    lists,
    programme_entries,
    programme_name_start,
    under_talks_heading,
)
from kg.extract.dates import MONTH_NAMES
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.gazetteer import org_key as normal_org_name
from kg.extract.needles import scan
from kg.extract.orgtable import OrgTable
from kg.extract.text import Quoted, find_quotes, sentences
from kg.model import (
    Affiliation,
    Article,
    Event,
    Extraction,
    OrgRole,
    Person,
    Quote,
    Role,
    RoleAssignment,
    Span,
)


# public offices, whose holders speak at an event as guests unless their body holds it
_OFFICE = re.compile(r"\b(?:minister|secretary|mayor|governor|gov\.|lt\.|ambassador|senator|sen\.|rep\.|"
                     r"congress(?:man|woman)|president of the republic|premier|chancellor|commissioner|MP|MEP)(?!\w)", re.I)
# the titles of an organization's own head (not of a unit's)
_ORG_HEADS = frozenset({"president", "chairman", "chairwoman", "chair", "ceo", "chief executive", "chief executive officer",
                        "mayor", "governor", "director-general", "director general", "executive director", "founder",
                        "president and ceo", "chairman and ceo", "secretary-general", "rector", "vice-chancellor"})

# a ministry's head by the title of the office: "Minister", "Union Minister", "Electronics and IT Minister", "Minister
# of Trade" (not a deputy's, a junior's or a former one's)
_MINISTER = re.compile(r"(?i)(?!.*\b(?:vice|deputy|state|junior|assistant|former|ex|acting)\b)(?:[\w&.'’-]+\s+){0,4}?minister"
                       r"(?:\s+(?:of|for)\s+[^,;()]{1,60})?")


# what follows a name that owns nothing after it: a stop, or a verb or a conjunction ("Jill Baker of McDonald's spoke")
_NAME_ENDS_HERE = re.compile(r"\s*(?:[,;.:)]|$)|\s+(?:also\s+)?(?:spoke|speaks|said|says|moderated|moderates|presented|"
                             r"presents|chaired|chairs|led|leads|gave|gives|delivered|delivers|joined|joins|attended|"
                             r"attends|noted|added|told|explained|argued|discussed|described|shared|was|is|were|are|"
                             r"and|who|will|would|has|had)\b")


def _add_org(orgs: OrgTable, written: str, start: int) -> str:
    """Record an organization written at ``start``, less a leading article and a trailing period."""
    lead = _LEAD.match(written)
    skip = lead.end() if lead else 0
    owner = _PLACE_OWNER.match(written, skip)
    if owner and lists().places.issuperset(owner.group(1).lower().split()) \
            and len(written[owner.end():].split()) >= 2:
        skip = owner.end()  # "Korea's Ministry of Science and ICT": the country owning a body is no part of its name
    name = written[skip:].rstrip(" .")
    after = start + skip + len(name)
    if name.endswith(("'s", "’s")) and len(name) > 3 and not _NAME_ENDS_HERE.match(orgs.text, after):
        name = name[:-2]  # "from NVIDIA's developer relations team": the owner of the team
        # (not "Jill Baker of Crain's, a weekly": a name that ends in 's, with nothing owned after it)
    end = start + skip + len(name)
    # "Hanbit Institute of Science (HIS)": the acronym in parentheses right after is the same organization
    alias = _ACRONYM_AFTER.match(orgs.text, end) if end <= len(orgs.text) else None
    return orgs.add(name, Span(start + skip, end), (alias.group(1),) if alias else ())


# a leading article, and a lower-case word for what kind of organization it is: "the startup Sightline Robotics"
# (a nationality or a place may open it: "the German software company Kestrel", "the Ann Arbor startup Sightline")
_LEAD = re.compile(r"(?:(?:the|The)\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}?(?:[a-z][\w-]*\s+){0,2}?"
                   r"(?:startup|start-up|company|firm|maker|chipmaker|"
                   r"automaker|carmaker|giant|developer|provider|supplier|manufacturer|unicorn|conglomerate|"
                   r"operator|platform|spinoff|spin-off|subsidiary|affiliate)\s+)?(?=[A-Z0-9]|[a-z]+[A-Z])")


# a place owning what follows ("the UAE's", "South Korea's")
_PLACE_OWNER = re.compile(r"(?:(?:the|The)\s+)?((?:[A-Z][A-Za-z.]*\s+){0,2}[A-Z][A-Za-z.]*)['’]s\s+(?=[A-Z])")
_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z0-9&\u2c6f\-]{1,11})\)")  # (Ɐ: a star's stand-in, see extract_en)


def _description(text: str, m: EnMention) -> Span:
    """Where the person's own title and organization are written right after the name (``, Convenor,
    Machine Tools Panel, EEPC India``): a cue word there (``Panel``) names no part they play."""
    end = m.span.end
    if m.title:
        at = text.find(m.title, end, end + 200)
        if 0 <= at - end <= 4:  # ", title"
            end = at + len(m.title)
    if m.org_span and 0 <= m.org_span.start - end <= 12:  # ", ORG" / " of the ORG"
        end = m.org_span.end
    return Span(m.span.end, end)


def _lead(text: str, m: EnMention) -> int:
    """Where the person's own words written before the name begin: the organization and title of
    ``Amazon Robotics vice president Tye Brady`` and an honorific (``Dr.``); the name's start otherwise."""
    lead = m.span.start
    if m.title and text.endswith(m.title, 0, lead - 1) and text[lead - 1] == " ":
        lead -= len(m.title) + 1
    if m.org_span and m.org_span.end <= lead and _OWNER_GAP.fullmatch(text, m.org_span.end, lead):
        lead = m.org_span.start
    if honorific := _honorifics_ahead().search(text, max(0, lead - 20), lead):
        if honorific.end() == lead and (honorific.start() == 0 or not text[honorific.start() - 1].isalnum()):
            lead = honorific.start()
    return lead


# between an organization and the title after it: "Acme vice president", "Acme's CEO"
_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+")


# "Korea's trade": a country or city owning a field in lower case, before a title (no organization)
_PLACE_FIELD = re.compile(r"([A-Z][\w.\-]*)['’]s\s+([a-z][a-z\- ]*)")


def _comma_name(text: str, title: str | None, org: str | None, span: Span | None, comma_names: tuple[str, ...]
                ) -> tuple[str | None, str | None, Span | None]:
    """``…, Director General, Ministry of Trade, Industry and Energy``: a known organization with a comma
    inside, read as the title's end and an organization; the title less its tail, the whole name. An organization
    cut at the first comma of a known name (``Japan's Ministry of Economy, Trade and Industry``) runs on to its end."""
    if org and span and text.startswith(",", span.end) and (rest := next((
            n[n.index(","):] for n in comma_names
            if "," in n and org.endswith(n[:n.index(",")]) and text.startswith(n[n.index(","):], span.end)), None)):
        return title, org + rest, Span(span.start, span.end + len(rest))  # "at Japan's Ministry of Economy, Trade …"
    if not (title and org and span and ", " in title):
        return title, org, span
    head, tail = title.rsplit(", ", 1)
    whole = f"{tail}, {org}"
    start = span.start - len(tail) - 2
    if whole in comma_names and text.startswith(whole, start):
        return head, whole, Span(start, span.end)
    return title, org, span


# a work named after its kind in lower case: "the book Prediction Machines", "the report Factories of Tomorrow"
_A_WORK = re.compile(r"(?:book|novel|report|paper|study|film|documentary|album|podcast|column|blog|bestseller|textbook|"
                     r"article|essay|memoir|newsletter|white\s+paper)s?\s+[A-Z\"“'‘]")


def _find_people(text: str, spans: list[Span], orgs: OrgTable, comma_names: tuple[str, ...] = ()) -> dict[str, dict]:
    """Person mentions (see :mod:`kg.extract.en_people`) grouped by name, organizations recorded."""
    people: dict[str, dict] = {}
    for m in find_people(text, spans):
        p = people.setdefault(m.name, {"spans": [], "affs": [], "roles": {}, "quotes": [], "reporter": False,
                                       "described": [], "leads": {}, "org_names": set()})
        p["spans"].append(m.span)
        p["described"].append(_description(text, m))
        p["leads"][m.span.start] = _lead(text, m)
        p["reporter"] = p["reporter"] or m.reporter
        for n, (title, org, org_span) in enumerate(((m.title, m.org, m.org_span), *m.also)):
            unit = None
            title, org, org_span = _comma_name(text, title, org, org_span, comma_names)
            place_field = _PLACE_FIELD.fullmatch(org) if org and title else None
            if place_field and place_field.group(1).lower() in lists().places:
                title, org = f"{place_field.group(2)} {title}", None  # "Korea's trade minister": an office, no body
            kind_unit = _KIND_UNIT.match(org) if org else None
            if kind_unit and kind_unit.group(1).lower() in ANAPHORIC_ORGS:
                org = kind_unit.group(1).lower()  # "head of the company's AI lab": the company, referred back to
            elif org is None and title and (owned := _TITLE_OF_KIND.match(title)) \
                    and owned.group(2).lower() in ANAPHORIC_ORGS:
                title, org = owned.group(1), owned.group(2).lower()  # "head of the company's robotics lab"
            elif org is None and title and (hosting := _OF_THE_HOST.fullmatch(title)):
                title, org = hosting.group(1), "organizer"  # "executive director of the host organization"
            if org is not None and org.lower() in ANAPHORIC_ORGS:
                # "chairman of the association", "Consortium chair Ana Vale": resolved once the event's are known
                org = org.lower()
                p.setdefault("refers", {})[title] = ((org,), frozenset())
                if org_span is not None:
                    p.setdefault("refers_at", {})[title] = org_span.start  # (where "the company's" is written)
                org = org_span = None
            elif org is None and title and (bodies := bodies_of(title))[0]:
                p.setdefault("refers", {})[title] = bodies  # "Vice Minister Lee": the article's one ministry
            if org and _PRIZE.search(org):
                org = org_span = None  # "a Nobel laureate", "the Nobel Prize-winning computer scientist": a prize, no body
            if org and _A_WORK.match(org):
                org = org_span = None  # "co-author of the book Prediction Machines": a work one wrote or made, no body
            if org and not title and (org.lower() in lists().cities or org.lower() in lists().places):
                org = org_span = None  # "Tom Reed of Boston said …": where one is from, no body
            if org and org_span and (ex := _EX_BODY.match(org)) is not None:
                # "ex-Naver CEO Han Seong-sook": the body one headed, the marker of the past no part of its name
                org, org_span = org[ex.end():], Span(org_span.start + ex.end(), org_span.end)
            if org and org_span:
                org, org_span, unit = _unit_and_org(text, org, org_span)
            org_key = _add_org(orgs, org, org_span.start) if org and org_span else None
            if org_key and not title and p["affs"] and any(written.startswith(f"{org} ") for written in p["org_names"]):
                # "CEO Kim Dong-kwan of Hanwha Solutions … Mr. Kim of Hanwha": the body named again by its first word
                # (the distinct names only: a person named a thousand times with one body reads one)
                org_key = None
            elif org:
                p["org_names"].add(org)
            new_org = bool(org_key) and all(k != org_key for k, _t, _u in p["affs"])
            # ("Ana Vale, who heads the institute, …": no title, the body a kind word refers to, found later)
            referred = not title and not org_key and None in p.get("refers", {})
            if (title or org_key or referred) and (not p["affs"] or new_org or n > 0):
                p["affs"].append((org_key, title, unit))
            elif org_key and title and (bare := (org_key, None, None)) in p["affs"]:
                # "Lake Corp's Ana Vale …  Vale, chief scientist at Lake Corp, …": the post the organization had not
                p["affs"][p["affs"].index(bare)] = (org_key, title, unit)
    return people


# the marker of a past post fused to the body's name: "ex-Naver", "Ex-Samsung"
_EX_BODY = re.compile(r"[Ee]x-(?=[A-Z0-9])")
# a prize written where a person's organization would stand: "Nobel", "Turing Award", "Prize-winning"
_PRIZE = re.compile(r"^(?:the\s+)?Nobel(?:\s+Prize)?$|\b(?:Prize|Award|Medal)s?(?:-winning)?$|-winning\b")


# the head words of a unit inside an organization
_UNIT = (r"(?:department|dept\.?|school|graduate\s+school|faculty|college|division|lab|laboratory|labs|center|centre|"
         r"unit|team|group|office|program|programme|business|research|facility|plant|factory|campus|site|branch|"
         # (a public body's units: "head of the ministry's AI policy bureau")
         r"bureau|directorate|secretariat|section|task\s+force)")
_UNIT_OWNED = re.compile(rf"(.+?)['’]s?\s+((?:[\w&\-]+\s+){{0,6}}?{_UNIT}\b.*)$", re.I)
_LOWER_OWNED = re.compile(r"([A-Z][^'’]*?)['’]s?\s+([a-z][\w&\-]*(?:\s+[a-z][\w&\-]*){0,5})$")
_UNIT_FIRST = re.compile(rf"(?:the\s+)?{_UNIT}\s+(?:of|for)\s", re.I)
# possessives that are part of a name: "Women's Hospital", "Children's Research Center"
# ", Hanbit University": the organization a unit's name is followed by
_PARENT_AFTER = re.compile(r"(?:,|[ \t]+at)[ \t]+(?:the[ \t]+)?([A-Z][\w&'’.\-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w&'’.\-]*)){0,6})"
                           r"(?=[,.;)\n]|$|[ \t]+[a-z])")  # ", Hanbit University"; " at Hanbit University spoke"


# "head of the company's robotics lab": a title, then a unit of an organization referred back to by its kind
_TITLE_OF_KIND = re.compile(r"(.+?)\s+(?:of|at|in)\s+(?:the\s+)?([a-z]+)['’]s\s+\S.*")
# "executive director of the host organization", "president of the organizing association": a post at the one who
# holds the event, referred back to (see _resolve_kinds)
_OF_THE_HOST = re.compile(r"(.+?)\s+(?:of|at)\s+the\s+(?:host|hosting|organi[sz]ing)(?:\s+(?:organi[sz]ation|body|"
                          r"association|institute|group|company|agency|university|society|council|chamber|center|"
                          r"centre|institution|firm))?", re.I)
# "the company's manufacturing AI lab": a kind word owning a unit (see _resolve_kinds)
_KIND_UNIT = re.compile(rf"(?:the\s+)?([a-z]+)['’]s\s+(?:[\w&\-]+\s+){{0,6}}?{_UNIT}\b", re.I)


def _unit_and_org(text: str, org: str, span: Span) -> tuple[str, Span, str | None]:
    """The organization of a person's post, and the unit of it the text names: ``Seoul National
    University's Graduate School of AI`` and ``Bosch's AI division`` (the owner, then the unit),
    ``Department of Mechanical Engineering, Hanbit University`` (the unit, then the organization)."""
    owned = _UNIT_OWNED.match(org)
    if owned and owned.group(1).rstrip().lower() in lists().places and owned.group(2)[:1].isupper():
        # "Britain's Department for Business and Trade": a country owns no unit; the body is the rest
        return owned.group(2), Span(span.start + owned.start(2), span.end), None
    # ("Crain's Detroit Business": a title written with a city in it names one body, no owner's unit)
    if owned and owned.group(1)[:1].isupper() and "'" not in owned.group(1) and "’" not in owned.group(1) \
            and owned.group(1).lower() not in COMMON_OWNERS \
            and not (all(w[:1].isupper() for w in owned.group(2).split()) and _names_a_place(owned.group(2))):
        owner = owned.group(1).rstrip()
        return owner, Span(span.start, span.start + len(owner)), owned.group(2)
    lower = _LOWER_OWNED.match(org)
    if lower and lower.group(1).lower() not in lists().places and lower.group(1).lower() not in COMMON_OWNERS:
        # "head of CSIRO's manufacturing flagship": an owner, then words in lower case only, no name of a body's own
        return lower.group(1), Span(span.start, span.start + len(lower.group(1))), lower.group(2)
    if _UNIT_FIRST.match(org):
        parent = _PARENT_AFTER.match(text, span.end)
        words = parent.group(1).lower().split() if parent else []
        if parent and any(w in ORG_WORDS or w in LEGAL_FORMS for w in words) and not _UNIT_FIRST.match(parent.group(1)):
            return parent.group(1), Span(parent.start(1), parent.end(1)), org
    return org, span, None


def _names_a_place(words: str) -> bool:
    """Words that hold a city, region or country of the lists (``Detroit Business``, ``New York Business``)."""
    low = words.lower().split()
    places = lists().places
    return any(w in places or " ".join(low[n:n + 2]) in places for n, w in enumerate(low))


# A sentence set in a panel or a roundtable: its people sit on it unless a cue gives them another part.
# (not a hearing's panel of lawmakers that witnesses speak before: "Testifying before the panel were A and B")
_FRAME = re.compile(r"(?!\s*(?:Testifying|Appearing)\s+before\b)\s*(?:(?:In|During|At)\s+)?(?:a|an|the|A|An|The)?\s*(?:[\w-]+\s+){0,3}?"
                    r"(?:[Pp]anel(?:\s+discussion|\s+session)?|[Rr]ound(?:-|\s+)?table)\b"
                    # (not a roundtable that is the gathering itself: "The roundtable, convened by X, heard from …")
                    r"(?!,?\s+(?:convened|organi[sz]ed|hosted|held)\b)")
# A sentence set in the keynote session: its talks are keynotes.
_KEYNOTE_FRAME = re.compile(r"\s*(?:In|During|At)\s+(?:a|an|the|his|her|its|their)?\s*(?:[\w-]+\s+){0,2}?[Kk]eynote"
                            r"(?:\s+(?:session|sessions|address|addresses|speech|speeches|talk|talks|lecture))?\s*,")
# A sentence that opens speaking for the body holding the event: its subject is the host's representative.
_HOST_FRAME = re.compile(r"\s*(?:Representing|On\s+behalf\s+of)\s+(?:the|its|their)\s+(?:hosts?|organi[sz]ers?|"
                         r"organi[sz]ing\s+(?:committee|body|bodies))\s*,")
# a verb, a negation or "but": a clause of its own (a participle that is a field's adjective is none)
_BLOCKING_VERB = re.compile(r"\b(?!(?:advanced|automated|integrated|embedded|connected|applied|distributed|related|based|"
                            r"skilled|networked|unmanned|autonomous|red|speed|need|feed|seed|bed|shared)\b)(?<!-)[a-z]{3,}ed\b"
                            r"|\bnot\b|n['’]t\b|\bbut\b"
                            # (a participle of saying after a comma: "gave the keynote, citing a study by MIT's A")
                            r"|,\s+(?:citing|noting|adding|saying|arguing|quoting|referring|referencing|pointing|describing|"
                            r"explaining|warning|stressing|highlighting|praising|crediting|recalling)\b")
# "chaired by Yeom", "moderated by KAIST professor Kim": the cue leads to the name past its title
# ("Congratulatory speeches followed from A and B", "Closing remarks came from A": the part, then its givers)
_LEADS_TO = re.compile(r"(?:,?\s*(?:(?:followed|joined)(?=\s+by)|(?:followed|came)(?=\s+from)))?"
                       r"\s*(?:(?:address|speech|talk|lecture|presentation|remarks|session|panel|discussion)\s+)?"
                       # ('The keynote, "AI Everywhere," was delivered by …': the talk's title set off between)
                       r"(?:,\s*[\"“][^\"“”\n]{1,120}[\"”]\s*,?\s*)?"
                       # ("The keynote, delivered by A of X, drew a crowd": the participle after a comma)
                       r"(?:(?:(?:was|were|is|are|will\s+be)\s+|,\s*)(?:given|delivered|presented|made|proposed|moved|offered|"
                       r"extended)\s+)?"
                       r"(?:by|from|with)\s+(?:the\s+|The\s+Hon\.?\s+|Dr\.?\s+|Prof\.?\s+)?"
                       # words of the names before, with their organizations in parentheses: "by A (X) and B"
                       r"(?:[A-Z][\w&'’.\-]*\s+|[a-z]+\s+|\([^()]{1,40}\)\s+){0,8}?", re.I)
_LINKING = re.compile(r"\b(?:included|includes|include|including|featured|features|feature|featuring|were|was|are|is|"
                      r"by|from|as|consist(?:ed|s|ing)\s+of|composed\s+of|made\s+up\s+of|comprised|comprising)\b|\b(?:titled|entitled)\s+[\"“][^\"”]*[\"”]"  # "a keynote titled "…," Kim argued"
                      r"|,\s*who\s+[^,]*,"  # "…, who joined via video link, and Arm CEO Rene Haas": another's clause
                      # ("Speakers at the expo, which opened Wednesday at COEX, included A": the gathering's clause)
                      r"|,\s*(?:which|where)\s+[^,]{0,160},"
                      # ("chaired a session on skills, joined by A and B": the people who joined the part)
                      r"|,\s+(?:later\s+)?joined\s+(?:on\s+stage\s+)?by\b")


# one's own speech named again: "In his remarks, …", "in her speech"
_OWN_SPEECH = re.compile(r"in\s+(?:his|her|their)\s+(?:speech|speeches|remarks|address)", re.I)


@dataclass(frozen=True)
class _SentenceCues:
    """A sentence's cues and mentions, sorted once so that each mention's role is found by bisection."""

    sentence: str
    offset: int
    cues: list[tuple[int, int, Role]]  # by start
    starts: list[int]
    by_end: list[tuple[int, int, Role]]
    ends: list[int]
    mentions: list[tuple[int, str]]  # (start in the sentence, name), by start
    mention_starts: list[int]
    next_other: list[int]  # for each mention, the index of the next one with another name (or len)
    own_keynotes: list[int]  # starts of the keynote cues that are one's own ("after her keynote"), sorted
    only_own_speech: bool  # the only cues of a talk name one's own speech again ("In his remarks, Hou …")

    @classmethod
    def of(cls, sentence: str, offset: int, cues: list[tuple[int, int, Role]],
           here: list[tuple[Span, str]]) -> _SentenceCues:
        spans = sorted((s.start - offset, s.end - offset) for s, _ in here)
        span_starts = [a for a, _ in spans]

        def in_a_name(cue: tuple[int, int, Role]) -> bool:
            k = bisect.bisect_right(span_starts, cue[0]) - 1
            return k >= 0 and cue[1] <= spans[k][1]

        # (a cue's word inside a name is none: "Speakers included Stephen King of X and Mark Judge of Y")
        cues = [c for c in cues if not in_a_name(c)]
        ordered = sorted(cues)
        by_end = sorted(cues, key=lambda c: (c[1], c[0]))
        mentions = sorted((s.start - offset, n) for s, n in here)
        next_other = [len(mentions)] * len(mentions)
        for i in range(len(mentions) - 2, -1, -1):
            next_other[i] = i + 1 if mentions[i + 1][1] != mentions[i][1] else next_other[i + 1]
        own_keynotes = [a for a, _b, role in ordered if role is Role.KEYNOTE and _KEYNOTE_OF_ONES_OWN.match(sentence, a)]
        talks = [(a, b) for a, b, role in ordered if role in _TALK_ROLES]
        own_speech = bool(talks) and all(_OWN_SPEECH.fullmatch(sentence, a, b) for a, b in talks)
        return cls(sentence, offset, ordered, [c[0] for c in ordered], by_end, [c[1] for c in by_end],
                   mentions, [m[0] for m in mentions], next_other, own_keynotes, own_speech)

    def other_after(self, at: int, name: str) -> int | None:
        """Start of the first mention of another person at or after ``at``."""
        k = bisect.bisect_left(self.mention_starts, at)
        if k < len(self.mentions) and self.mentions[k][1] == name:
            k = self.next_other[k]
        return self.mentions[k][0] if k < len(self.mentions) else None


_SAID = (r"said|says|was\s+quoted\s+as\s+saying|added|adds|noted|notes|told|explained|stressed|emphasi[sz]ed|"
         "continued|asked|insisted|argued|recalled|warned|acknowledged|remarked|commented|wrote|testified|testifies|"
         "declared|declares|observed|explains|stresses|quipped|mused|joked|admitted|affirmed|asserted|stated|"
         # (the other verbs a quote is attributed with: '"It's a marathon," cautioned Mia Holt')
         + "|".join(ANSWERING) + "|urged|suggested|maintained|claimed|recounted|reflected|underscored|lamented|"
         "according to")
_LEAD_REACH = 160  # characters a cue may stand before a name it leads to ("chaired by the Hon. …")


# a cue that is a clause of its own, a verb and the part it takes ("participated in a fireside chat", "took part in a
# panel"): an agent after it is the part's modifier's ("… moderated by Y"), the part the subject's before it
# ("sat on a panel moderated by Y", "appeared on a panel …": the verb's preposition before the part)
# ("sat down for a fireside chat moderated by Y": the verb's particle, then "for" the part)
_VERB_LED_CUE = re.compile(r"(?i:\w+ed|took|takes|joins|participates|sat|sits|spoke|speaks)\s+(?:(?:down\s+)?(?:on|in|at|for)\s+)?"
                           r"(?:in|part|a|an|the)\b\S*(?:\s+\S+){1,}")


# a clause of time that opens the sentence with a part and its giver: "After a welcome from A, …", "Following
# opening remarks by A, …" (its cue is the giver's, not the subject's after the clause)
_AFTER_A_PART = re.compile(r"\s*(?:After|Following)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z]+\s+){0,2}?")
_LIST_JOINED = re.compile(r"\band\b|;")
_AFTER_REACH = 24  # characters from the clause's opening words to its part's cue
# a colon right after a cue: the cue is a label for what follows ("moderator: C")
_LABEL_COLON = re.compile(r"\s*[:：]")
# a part given to the one named right before it: "with C as moderator", "C serving as the moderator"
_AS_PART = re.compile(r"\bas\s+(?:the\s+|an?\s+)?$", re.I)


# what a speaker does with a talk's content ("highlighted", "argued"), not what anyone may say ("said")
_PRESENTING = re.compile(r"\s*(?:(?:also|then|later)\s+)?(?:highlighted|emphasized|emphasised|stressed|underscored|"
                         r"noted|argued|outlined|explained|showcased|described|detailed|demonstrated|urged|warned|"
                         r"pointed\s+out|called\s+for|made\s+the\s+case|shared|discussed|presented|predicted)\b")


# saying it there, to the room (not to the press on the side: "told reporters")
_SAID_THERE = re.compile(r"\s*(?:(?:also|then|later)\s+)?(?:said|says|told(?!\s+(?:reporters|journalists|the\s+press|"
                         r"the\s+media|media|news\s+outlets|[A-Z][\w.&\-]*)\b))\b")


# a sentence that opens with the press addressed: what is said in it is said to the press, not at the event
_PRESS_OPENING = re.compile(r"\s*(?:Addressing|Speaking\s+to|Talking\s+to|Briefing)\s+(?:the\s+)?(?:media|reporters|"
                            r"journalists|press)\b")
# what one said reported before the name: "According to Ana Vale, CEO of Lake Corp, most factories …"
_ACCORDING_TO = re.compile(r"(?:^|,\s*|;\s*)[Aa]ccording\s+to\s+$")
# a verb of saying that reports what the one named said, in the report's words: "…, argued that open models …"
_REPORTED = re.compile(r",?\s*(?:(?:also|then|later)\s+)?(?:said|says|argued|argues|noted|notes|stressed|stresses|"
                       r"emphasi[sz]ed|emphasi[sz]es|explained|explains|warned|warns|urged|urges|insisted|insists|"
                       r"predicted|predicts|pointed\s+out|points\s+out|cautioned|cautions|contended|contends|"
                       # ("…, cited rising costs", "…, pointed to a survey": the evidence one's words rest on)
                       r"cited|cites|pointed\s+to|points\s+to|acknowledged|acknowledges|observed|observes|"
                       # (what one laid out, in the report's words: "…, described how the line …", "…, outlined plans")
                       r"described|describes|outlined|outlines|detailed|details|"
                       # (one's words set against or beside another's: "… echoed those concerns", "… countered that")
                       r"echoed|echoes|countered|counters|called\s+for|calls\s+for|added(?=\s+that\b)|adds(?=\s+that\b)|"
                       # (what one's words put forward: "…, highlighted three use cases", "… underscored how …")
                       r"highlighted|highlights|underscored|underscores)"
                       # (or a body or a day in capitals: "… said SK would invest", "… said Tuesday that …")
                       r"\s+(?:that\b|the\b|a\b|an\b|[a-z]+|[A-Z][\w&.\-]*\s+[a-z])")


@lru_cache(maxsize=1)
def _event_frame() -> re.Pattern[str]:
    """A gathering that opens the sentence, the subject after its comma (``At the AI Summit in Detroit on
    Tuesday,``, ``During this year's forum,``)."""
    kinds = gathering_kinds()
    return re.compile(r"\s*(?:At|During)\s+(?:the|a|an|this\s+year['’]s|last\s+week['’]s|[A-Z][\w.&\-]*['’]s)\s+"
                      rf"(?:[^,;:.!?\"“”]{{0,80}}?\s)?(?i:{kinds})s?\b[^,;:.!?\"“”]{{0,60}},\s*")


@lru_cache(maxsize=1)
def _at_the_gathering() -> re.Pattern[str]:
    """A gathering named later in the clause as where it happened (``… highlighted the need for standards at
    the forum``, ``… during this year's summit``)."""
    return re.compile(r"[^.;!?\"“”]{0,120}?\b(?:at|during)\s+(?:the|this|this\s+year['’]s|[A-Z][\w.&\-]*['’]s)\s+"
                      rf"(?:[^,;:.!?\"“”]{{0,60}}?\s)?(?i:{gathering_kinds()})s?\b")


def _cue_for(sc: _SentenceCues, span: Span, name: str) -> Role | None:
    """The role of a mention: the nearest cue after it, unless another person's clause comes first
    (``After Weiss concluded …, Fairbanks … provided the first keynote``); else the nearest cue before
    it with no verb of its own between (``chaired by Yeom``, ``session chairs included Kwon …, and Jung``)."""
    role = _nearest_cue(sc, span, name)
    start = span.start - sc.offset
    if role is Role.SPEAKER and (own := _own_keynote_after(sc, span, name)) is not None:
        return own  # "A of X took questions following her keynote": the talk she spoke at was the keynote
    # (a window right before the name: a search from the sentence's start for every name would be quadratic)
    if role in (Role.PANELIST, Role.SPEAKER) and sc.sentence.startswith(")", span.end - sc.offset) \
            and _HEAD_IN_PARENS.search(sc.sentence, max(0, start - _HEAD_REACH), start):
        return None  # "Daon Tech (CEO Han Ji-min) took part in the expo": the body's verb, not its head's part
    return role


_HEAD_REACH = 24  # characters before a name where "(CEO " stands
# one's own keynote named after what one did: "after her keynote", "following his keynote address"
_KEYNOTE_OF_ONES_OWN = re.compile(r"(?:after|following|during|in|before)\s+(?:his|her|their)\s+", re.I)


def _own_keynote_after(sc: _SentenceCues, span: Span, name: str) -> Role | None:
    """KEYNOTE when a cue of the name's own keynote (``after her keynote``) follows the name in its sentence with no
    other person named between."""
    end = span.end - sc.offset
    k = bisect.bisect_left(sc.own_keynotes, end)
    if k == len(sc.own_keynotes):
        return None
    # (by bisection: a walk over every cue after each name was quadratic in a sentence naming one person many times)
    other = sc.other_after(end, name)
    return Role.KEYNOTE if other is None or sc.own_keynotes[k] <= other else None


# a gathering as the subject of the clause after the comma that closes a name's phrase: "…, the symposium brought"
_GATHERING_SUBJECT_AFTER = re.compile(r"[^,;:.!?\"“”]{0,80},\s+(?:the|this|this\s+year['’]s)\s+(?:[\w-]+\s+){0,3}?"
                                      r"(?:event|forum|conference|symposium|summit|seminar|workshop|expo|fair|show|"
                                      r"meeting|hackathon|program|programme|gathering|festival)s?\s+(?:has\s+|had\s+|"
                                      r"was\s+|is\s+|also\s+)?(?!(?:in|on|at|of|for|and|or|with|to|from|by|that|which)\b)"
                                      r"(?P<verb>[a-z]+)\b")
# a clause of its own that "with" opens after a comma, its subject then its participle: ", with C moderating"
_WITH_SUBJECT = re.compile(r",\s+with\s+")
# a body's head in parentheses after its name, before the head's name: "Daon Tech (CEO "
_HEAD_IN_PARENS = re.compile(r"[A-Za-z.]\s*\((?:CEO|President|Chairman|Chairwoman|Chair|Chief Executive|Director|"
                             r"Head|Representative|Mayor|Governor|Minister)\s+$")


def _nearest_cue(sc: _SentenceCues, span: Span, name: str) -> Role | None:
    """:func:`_cue_for`, the head of a body in parentheses after it aside."""
    sentence = sc.sentence
    start, end = span.start - sc.offset, span.end - sc.offset
    past = _past_description(sentence, end)  # (", founder of X, who …": the aside's closing comma opens the clause)
    own = _OWN_CLAUSE.match(sentence, end) or _OWN_CLAUSE.match(sentence, past - (sentence[past - 1:past] == ",")) \
        or _clause_of_all(sc, end, name)
    if own is not None:
        # "He was followed by Huawei's Eric Xu, who delivered the opening keynote": the name's own clause says its part
        k = bisect.bisect_left(sc.starts, own.end())
        # (a part of its own, not a verb of speaking: "a keynote from A, who described the work" was the keynote;
        # but one who only attended by the cue before speaks by the clause: "represented by A, who presented …")
        n = bisect.bisect_right(sc.ends, start)
        attending = n > 0 and sc.by_end[n - 1][2] is Role.ATTENDEE
        if k < len(sc.cues) and sc.cues[k][1] <= own.end() + _OWN_CLAUSE_REACH \
                and not re.search(r"[,;.]", sentence[own.end():sc.cues[k][0]]):
            if sc.cues[k][2] is not Role.SPEAKER or attending:
                return sc.cues[k][2]
            # "Keynotes were given by A of X and B of Y, who spoke via video": the part of the list B is in, its
            # clause's verb of speaking only when none names one
            return _cue_around(sc, start, end, name, skip_after=True) or Role.SPEAKER
    return _cue_around(sc, start, end, name)


# a relative clause of all those named before it: ", both of whom gave …", ", who both spoke …"
_ALL_OF_THEM = r"(?:both|each|all|together|jointly)"  # (what says a clause is of all those named before it)
_CLAUSE_OF_ALL = re.compile(rf",\s*(?:(?:both|all|each)\s+of\s+whom|who\s+{_ALL_OF_THEM})\s+(?=[a-z])")
_CLAUSE_OF_ALL_REACH = 300  # characters after the next name where the clause of all is looked for


def _clause_of_all(sc: _SentenceCues, end: int, name: str) -> re.Match[str] | None:
    """The clause of all the names listed with the one ending at ``end`` (``A and B, both of whom gave congratulatory
    speeches``): after the others of the list, no verb between."""
    other = sc.other_after(end, name)
    if other is None:
        return None
    clause = _CLAUSE_OF_ALL.search(sc.sentence, other, other + _CLAUSE_OF_ALL_REACH)
    if clause is None or not re.search(r",|\band\b", sc.sentence[end:other]) \
            or re.search(r"[;:]", sc.sentence[end:clause.start()]) \
            or _BLOCKING_VERB.search(sc.sentence, end, clause.start()):
        return None
    return clause


# the preposition of an agent said again before the next one: "followed by A, whose keynote …, and by B"
_AGAIN_BY = re.compile(r",?\s+and\s+(?:then\s+|also\s+|later\s+|finally\s+)?(?P<by>by|from)\s+$")
_AGAIN_REACH = 200  # characters back from the repeated preposition to the first
_FEW_WORDS = re.compile(r"(?:\s+[a-z]+){0,3}\s*")  # up to three words in lower case, no mark between


def _parallel_agent(sc: _SentenceCues, start: int) -> Role | None:
    """The part of the name after a repeated ``and by`` (``and from``): the part the cue right before the first
    ``by`` of the sentence gives (``She was followed on stage by A, whose keynote focused on robots, and by B``: B
    spoke, whatever A's clause says between)."""
    sentence = sc.sentence
    at = _before_honorifics(sentence, start)
    again = _AGAIN_BY.search(sentence, max(0, at - 24), at)
    if again is None:
        return None
    word = f" {again.group('by')} "
    first = sentence.rfind(word, max(0, again.start() - _AGAIN_REACH), again.start())
    if first < 0 or re.search(r"[;:]", sentence[first:again.start()]):
        return None
    after_by = first + len(word) - 1
    for _a, b, role in reversed(sc.by_end[:bisect.bisect_right(sc.ends, after_by)]):
        # (the cue ends in the "by", or a passive's few words stand between: "Keynotes were given by A")
        if b == after_by or _FEW_WORDS.fullmatch(sentence, b, first):
            return role
        break
    return None


def _cue_around(sc: _SentenceCues, start: int, end: int, name: str, *, skip_after: bool = False) -> Role | None:
    """The part the cues before and after the name at ``start:end`` give it (``skip_after``: not the cue right
    after the name, which its own clause holds)."""
    sentence = sc.sentence
    listed = _PARTS_INCLUDED.match(sentence)
    if listed is not None and start >= listed.end() and sc.cues and sc.cues[0][0] == listed.start("part") \
            and bisect.bisect_left(sc.starts, listed.end()) == bisect.bisect_left(sc.starts, start):
        # "Attendees at the AI in Healthcare Roundtable, convened by Sen. A, included B and C": the part the subject
        # names is theirs, past the event's own words and an aside on who held it
        return sc.cues[0][2]
    if (again := _parallel_agent(sc, start)) is not None:
        return again
    lo = bisect.bisect_left(sc.ends, start - _LEAD_REACH)
    after_a_part = _AFTER_A_PART.match(sentence)
    for a, b, role in reversed(sc.by_end[lo:bisect.bisect_right(sc.ends, start)]):  # "chaired by Yeom Jaeho"
        other = sc.other_after(b, name)
        if after_a_part is not None and a <= after_a_part.end() + _AFTER_REACH and other is not None and other < start \
                and not _LIST_JOINED.search(sentence, b, start):
            break  # "After a welcome from A, CEO of X, B took the stage": the part the clause of time names is A's
        if other is not None and other < start and (_INTRODUCES.search(sentence, other, start)
                                                     or _BLOCKING_VERB.search(sentence, other, start)):
            break  # "moderated by A of X and included B": a verb of its own introduces B
        nearer = bisect.bisect_left(sc.starts, b)  # (the first cue that opens after this one ends; a bisection)
        if nearer < len(sc.cues) and sc.cues[nearer][1] <= start:
            continue  # "gave the keynote, followed by a fireside chat between GM President A": the nearer cue is A's
            # ("chaired by A, with talks from B and C": the talks are C's, whatever the chair's "with")
        if role is Role.MODERATOR and other is not None and other < start \
                and _WITH_AFTER_CHAIR.search(sentence, other, start):
            return Role.PANELIST  # "moderated by A (X) with B (Y) and C (Z)": B and C sat on A's panel
        # (nothing between the cue and the name but its honorifics: "convened by Sen. Maria Cantwell")
        bare = not sentence[b:start].strip() or _honorifics_ahead().fullmatch(sentence, b + 1, start) is not None
        if bare and role is Role.KEYNOTE and sentence[a].isupper():
            return role  # "Keynoter Ana Vale of Lake Corp spoke …": the label before the name, whatever verb after
        if _LEADS_TO.fullmatch(sentence[b:start]) or sentence[b - 1] == "s" and _labels().fullmatch(sentence, b, start) \
                or re.match(r"\s*(?:by|from)\s", sentence[b:start]) and _owner_post_between(sentence, b, start) \
                or sentence[b - 1] == "s" and (such := _SUCH_AS.match(sentence, b)) is not None \
                and _counted_names(sentence[such.end():start]) \
                or _INTRODUCING.fullmatch(sentence, a, b) and bare \
                or _COPULA_END.search(sentence, a, b) is not None and _owner_post_between(sentence, b - 1, start) \
                or _ENDS_IN_BY.search(sentence, a, b) and (bare  # "presentations from X",
                                                           or _labels().fullmatch(sentence, b, start)  # "… from X and Y"
                                                           or _titled_agent(sentence, b, start)):
            if role is Role.MODERATOR and _PART_ENDS.search(sentence, a, b) and _WITH_AFTER_PART.match(sentence, b):
                # "led a discussion with A and B": A and B sat on the part the cue names (a chat's guest talked)
                return Role.SPEAKER if _CHAT.search(sentence, a, start) else Role.PANELIST
            return role
    opening = _OPENING_PARTICIPLE.match(sentence)
    framed = opening is not None and sc.cues and sc.cues[0][0] == opening.start(1) \
        and (not sentence[opening.end():start].strip() or _titled_subject(sentence, opening.end(), start))
    k = len(sc.cues) if skip_after else bisect.bisect_left(sc.starts, end)
    if framed and sc.cues[0][2] in (Role.HOST_REP, Role.KEYNOTE, Role.MODERATOR) \
            and (k >= len(sc.cues) or sc.cues[k][2] is Role.SPEAKER):
        # "Speaking at the opening of the conference, Lake University's president Ana Vale outlined …": the part the
        # frame names, what the subject then says its content
        return sc.cues[0][2]
    if k < len(sc.cues):
        a, _b, role = sc.cues[k]
        other = sc.other_after(end, name)
        greets = _GREETS.search(sentence, end, min(len(sentence), a + 40, end + _GREET_REACH))  # (reads the cue)
        if greets is not None and greets.start() < a:
            pass  # "X introduced the first keynote speaker, Y": the cue names the one greeted
        elif (rep := _REPORTS.search(sentence, end, a)) is not None \
                and not ((press := _TOLD_THE_PRESS.match(sentence, rep.start())) is not None
                         and not sentence[press.end():a].strip()):
            pass  # "X said a study demonstrated gains": the cue is in what X reported
            # (not "X told reporters on the sidelines of the forum that …": where X told them)
        elif _PASSIVE_BEFORE.search(sentence, max(0, a - 12), a) and sentence[a:_b].endswith("ed") \
                and not sentence[_b:_b + 4].startswith(" by"):
            pass  # "In the presence of A, the awards were presented": a passive with no agent names no one's part
        elif _FOLLOWED_BY_PART.search(sentence, max(end, a - _FOLLOWED_REACH), a):
            pass  # "talks by A, B and C, followed by a panel discussion chaired by D": the next part is no one's of these
        elif (gathering := _GATHERING_SUBJECT_AFTER.match(sentence, end)) is not None and gathering.start("verb") <= a:
            pass  # "The brainchild of professor A, the symposium brought together …": the gathering is the verb's subject
        elif role is Role.HOST_REP and _part_as_subject(sc, start, a):
            pass  # "A fireside chat between A and B closed the program": the subject's part is theirs, its verb no act of theirs
        elif _LABEL_COLON.match(sentence, _b) and re.search(r"[;,]", sentence[end:a]):
            pass  # "… with A (X) and B (Y); moderator: C (Z)": a part written as a label is the names' after it
        elif other is not None and other < a and _AS_PART.search(sentence, max(0, a - 12), a) \
                and not sentence[a:_b].endswith("s"):  # (not "A and B served as moderators": both)
            pass  # "… featured A of X and B of Y, with C as moderator": the part "as" gives is the last one's
        elif other is not None and other < a and (who := sentence.rfind(", who ", other, a)) >= 0 \
                and "," not in sentence[who + 1:a] and not _WHO_ALL.match(sentence, who):
            # "A of X and B, founder of Y, who will join a fireside chat": the clause's part is B's
            # (not "A and B, who both spoke briefly": theirs)
            close = sentence.find(",", _b, _b + _CLAUSE_CLOSE_REACH)
            after = bisect.bisect_left(sc.starts, close) if close > 0 else len(sc.cues)
            if after < len(sc.cues) and _MAIN_VERB_AFTER_CLAUSE.fullmatch(sentence, close + 1, sc.cues[after][0]):
                # "Lawmakers A and B, who co-hosted the forum, gave welcoming speeches": the subjects' own verb after
                # the clause closes
                return sc.cues[after][2]
        elif other is not None and other < a and (w := _WITH_SUBJECT.search(sentence, end, a)) is not None \
                and (subject := sc.other_after(w.end(), name)) is not None and subject < a \
                and "," not in sentence[subject:a]:
            pass  # "A debated B, with Wired reporter C moderating": the part is the subject's of the clause "with" opens
            # ("A, B and C, with D moderating": for each of the list, not only the last)
        elif (_AGENT_AFTER.match(sentence, _b) or _PARTICIPLE_BY.match(sentence, _b) and sentence[_b - 2:_b] == "ed") \
                and not _VERB_LED_CUE.match(sentence, a, _b) and not _ON_THE_PART.search(sentence, max(end, a - 30), a) \
                or sentence[a:_b].lower().endswith(" by") \
                or _given_from(sentence, _b, sc.other_after(_b, name)):  # ("the forum, which was organized by …")
            # "X opened the show, and keynotes were delivered by Y", "a chat between X and Y, moderated by Z":
            # the part is its agent's, after "by" ("A welcomed guests, followed by a keynote from B": after "from")
            pass
        elif other is None or other >= a or not _BLOCKING_VERB.search(sentence[end:other]) \
                or _ASIDE_BY.match(sentence, end) and sentence.rfind(",", end + 1, a) > end + 1 \
                or (joined := _JOINING_FOR.search(sentence, end, a)) is not None and joined.start() < other \
                or _WAS_JOINED_BY.fullmatch(sentence, end, other):
            # ("A of X was joined by B of Y for a discussion on data": the one joined takes the part as well)
            # ("Jane Roe of Acme, joined by Tom Reed of Nimbus, discussed …": the aside's people too; "A and B joined
            # C for the ribbon cutting": all three at the part)
            if role is Role.SPEAKER and k + 1 < len(sc.cues) and _IN_ONES_OWN.fullmatch(sentence, _b, sc.cues[k + 1][0]):
                return sc.cues[k + 1][2]  # "A told attendees in his welcome address": which talk it was, the next cue
            return role
    if framed:
        # "Speaking at a seminar organized by …, Ana Vale said": the subject after the comma
        # ("Kicking off the summit, association chairman Ana Vale urged …": with the post written before the name)
        return sc.cues[0][2]
    k = bisect.bisect_right(sc.ends, start)
    while k > 1 and (_agent_not_this_one(sc, sc.by_end[k - 1], start, name)
                     or _in_relative_clause(sentence, sc.by_end[k - 1], start)):
        k -= 1  # "Speaking at a seminar organized by the Korea Institute …, Ana Vale said": the cue before is theirs
        # ("Speakers included A of X, who spoke about hands, and B": the clause's cue is A's, the list's is B's too)
    which = sentence.rfind(", which ", max(0, sc.by_end[0][0] - _RELATIVE_REACH), sc.by_end[0][0]) if k == 1 else -1
    if which >= 0 and sc.by_end[0][2] is Role.MODERATOR and _in_relative_clause(sentence, sc.by_end[0], start) \
            and _INTRODUCES.search(sentence, sc.by_end[0][1], start):
        # "The discussion, which A of X moderated, included B and C": the one cue is the chair's, in the clause of the
        # part; those the main verb introduces sat on it
        return Role.PANELIST if _discussion_before(sentence, which + 1) else Role.SPEAKER
    if k:  # the nearest cue before: a farther one has that cue's words (and any verb) between too
        a, b, role = sc.by_end[k - 1]
        other = sc.other_after(b, name)
        if role is Role.MODERATOR and other is not None and other < start and ":" in sentence[other:start]:
            # "Closing panel, moderated by A (X): B (Y), C (Z)": past the colon, the list of the part the label opens with
            head = sc.cues[0][2]
            return head if sc.cues[0][1] <= a and head in (Role.PANELIST, Role.SPEAKER, Role.KEYNOTE) else None
        if role is Role.MODERATOR and (fronted := _subject_after_fronted_chair(sc, a, b, start, end, name)) is not None:
            return fronted  # "On a panel moderated by A of X, B argued …": B sat on A's panel
        owner = _OWNED_CUE.search(sentence, max(0, a - 80), a)
        if owner and owner.start() in sc.mention_starts:
            return None  # "after Kara's opening remarks, Colin Angle …": the remarks were Kara's
        if other is not None and other < start \
                and (_LEADS_TO.fullmatch(sentence[b:other]) or not sentence[b:other].strip()) \
                and _INTRODUCES.search(sentence, other, start):
            # "moderated by X, featured A and B": the cue was X's; a new verb introduces A, into the panel
            # the sentence is about ("a panel chaired by X included A") or onto the programme
            # (a moderated discussion with guests is a panel: "the discussion was moderated by X and included A")
            if role is Role.OTHER and _JURY.search(sentence, a, b):
                return Role.OTHER  # "The judging panel was chaired by X and included A and B": A and B judged too
            panel = role is Role.MODERATOR and _discussion_before(sentence, a) \
                or any(r is Role.PANELIST and c_end <= a for _c, c_end, r in sc.cues)
            return Role.PANELIST if panel else Role.SPEAKER
        if role is Role.MODERATOR and other is not None and other < start \
                and _WITH_AFTER_CHAIR.search(sentence, other, start):
            return Role.PANELIST  # "moderated by A (X), with B (Y) and C (Z)": B and C sat on A's panel
        if _NEXT_CLAUSE.fullmatch(sentence, b, start) and any(m_start < a for m_start, n in sc.mentions if n != name):
            return None  # "A gave a keynote, and B of Y followed": the part before the comma was A's
        # ("Keynotes were delivered by A of X and B of Y": the passive that names the part's agents is no verb of theirs)
        agent = _AGENT_AFTER.match(sentence, b)
        if not _BLOCKING_VERB.search(_LINKING.sub("", sentence[agent.end() if agent and agent.end() <= start else b:start])):
            if role is Role.MODERATOR and (_A_PART_WITH.match(sentence, b) or _PART_ENDS.search(sentence, a, b)
                                           and _WITH_AFTER_PART.match(sentence, b)):
                # "moderated a dialogue with A and B": A and B sat on it ("hosted a fireside chat with A": A talked)
                return Role.SPEAKER if _CHAT.search(sentence, a, start) else Role.PANELIST
            if role is Role.MODERATOR and _WHICH_INTRODUCES.search(sentence, b, start):
                # "X led the discussion, which included A and B": A and B sat on the part X led
                return Role.PANELIST if _DISCUSSION_WORD.search(sentence, a, start) \
                    or _discussion_before(sentence, a) else Role.SPEAKER
            if role is Role.HOST_REP and _GREETING_VERB.fullmatch(sentence, a, b) \
                    and not (sentence[a:b].lower().endswith("ing") and not sentence[:a].strip() and "," in sentence[b:start]):
                # ("Welcoming guests, association president A said …": the participle's subject, after its comma)
                return Role.ATTENDEE  # "Ana Vale welcomed A of X and B of Y": the welcome was hers, they were there
            return role
    return None


# a part that comes next in the programme, right before its cue: ", followed by a |panel discussion|"
_FOLLOWED_BY_PART = re.compile(r",?\s+(?:followed|succeeded|preceded)\s+by\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}$")
_FOLLOWED_REACH = 60  # characters before a cue where "followed by a" is looked for


# the article and a few modifiers before a part that opens the sentence as its subject: "A fireside chat", "The
# closing panel", "An hour-long Q&A"
_SUBJECT_ARTICLE = re.compile(r"\s*(?:A|An|The)\s+(?:[\w'-]+\s+){0,3}")
_SUBJECT_PART_REACH = 300  # characters from the part that opens the sentence to its verb


def _part_as_subject(sc: _SentenceCues, start: int, verb: int) -> bool:
    """A part's cue opens the sentence as its subject and the name at ``start`` is held in it, before the verb at
    ``verb``: "A fireside chat between A and B closed the program", "A Q&A with A wrapped up the summit"."""
    if not sc.cues:
        return False
    a, b, role = sc.cues[0]
    return role in (Role.SPEAKER, Role.KEYNOTE, Role.PANELIST, Role.MODERATOR) and b <= start \
        and verb - b <= _SUBJECT_PART_REACH and _SUBJECT_ARTICLE.fullmatch(sc.sentence, 0, a) is not None \
        and not _BLOCKING_VERB.search(sc.sentence, b, start) and not re.search(r"[;.]", sc.sentence[b:verb])


# a talk given in its turn, before the subject: "Speaking after Tom Reed, …", "Presenting just before Mia Holt, …"
# the next one of a part whose first the sentence before named: "The second, B, …", "The next, C, …"
_NEXT_OF_THEM = re.compile(r"\s*(?:The|the)\s+(?:second|third|fourth|fifth|next|last|final)\s*,\s*")
_FIRST_PARTS = {"speaker": Role.SPEAKER, "presenter": Role.SPEAKER, "lecturer": Role.SPEAKER, "panelist": Role.PANELIST,
                "discussant": Role.PANELIST, "keynoter": Role.KEYNOTE, "keynote speaker": Role.KEYNOTE}
_FIRST_OF_PART = re.compile(r"\b[Tt]he\s+first\s+(?P<part>"
                            + "|".join(sorted((p.replace(" ", r"\s+") for p in _FIRST_PARTS), key=len, reverse=True))
                            + r")\b")


_SPOKE_IN_TURN = re.compile(r"\s*(?:Speaking|Presenting|Taking\s+the\s+(?:stage|podium))\s+(?:right\s+|just\s+|shortly\s+|"
                            r"immediately\s+)?(?:after|before|following)\s+(?P<other>[^,;.!?]{2,80}?),\s*")


_CLAUSE_CLOSE_REACH = 200  # characters from a cue in a relative clause to the comma that closes it
# the main verb right after a relative clause closes, before its cue: " gave |welcoming speeches|", " also |spoke|"
_MAIN_VERB_AFTER_CLAUSE = re.compile(r"\s+(?:also\s+|then\s+|later\s+|both\s+)?(?:[a-z]+\s+){0,2}")


# the chair's verb of questioning right before the one questioned (and the others listed with them)
_ASKED = re.compile(r"\b(?:asked|asks|questioned|questions|pressed|presses|quizzed|quizzes|grilled|invited|"
                    # ("Moderator Tom Reed posed questions to A of X")
                    r"(?:posed|put|directed)\s+(?:(?:several|a\s+few|pointed|tough|his|her|the)\s+)?questions?\s+to)\s+"
                    r"(?:[A-Z][\w&.'’\-]*\s+|of\s+|and\s+|,\s*){0,12}$")
_ASKED_REACH = 120  # characters before a name where the chair's verb of questioning is read


# a host's verb of greeting those who came, whose objects are guests: "welcomed", "greeted", "thanked"
_GREETING_VERB = re.compile(rf"(?i:{'|'.join(sorted(GREETED))})")


# the auxiliary of a passive right before a cue: "were presented", "was opened"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$")
# a jury named in a cue: its chair's, and its members' after "included"
_JURY = re.compile(r"\b(?:judg|jur(?:y|ies|or))", re.I)


_ANNOUNCED = r"(?:announced|confirmed|named|revealed|unveiled|lined\s+up)"
# the people who took a part at a gathering as the subject, then the verb that lists them: "Attendees at Thursday's
# roundtable, convened by X, included", "Speakers at the forum were"
# ("Speakers announced so far include", "Keynote speakers for the 2027 edition have been announced: A, B and C")
_PARTS_INCLUDED = re.compile(r"\s*(?:The\s+|Other\s+)?(?P<part>(?:[Kk]eynote\s+)?[Ss]peakers|[Aa]ttendees|[Pp]anell?ists|"
                             r"[Gg]uests|[Pp]resenters|[Mm]oderators)(?:\s+(?:at|of|for|in)\s[^;:!?]{0,160}?)?"
                             rf"(?:\s+{_ANNOUNCED}(?:\s+(?:so\s+far|to\s+date|thus\s+far))?)?"
                             r"(?:\s+(?:included|include|includes|were|are|will\s+be)\s+"
                             rf"|\s+(?:have|has)\s+(?:now\s+)?been\s+{_ANNOUNCED}\s*:\s*)(?=[A-Z])")


# a relative clause of the name's own, right after it: ", who delivered the opening keynote"
# between a cue of speaking to those there and the talk it was spoken in: "told attendees| in his |welcome address"
_IN_ONES_OWN = re.compile(r"\s+(?:in|during|through|with)\s+(?:his|her|their)\s+")
_WHO_ALL = re.compile(rf",\s*who\s+{_ALL_OF_THEM}\b")  # a clause of all those named before it
# (or one of all those named before it: ", both of whom gave congratulatory speeches")
# (or the name's own talk in a clause of "whose": "followed by A, whose keynote focused on robots, and by B")
_OWN_CLAUSE = re.compile(r",\s*(?:(?:who|(?:both|all|each)\s+of\s+whom)\s+(?:also\s+|later\s+|then\s+)?(?=[a-z])"
                         r"|(?=whose\s+[a-z]))")
_OWN_CLAUSE_REACH = 60  # characters from "who" to the end of the cue in the clause


# the subjects joining another for a part: "A and B joined C for the ribbon cutting"
# ("A and B joined C to cut the ribbon": the part after "to")
_JOINING_FOR = re.compile(r"\b(?:joined|joins|join)\b[^;:!?]{0,160}?(?:\bfor\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?|\bto\s+|"
                          # ("A joined B in delivering the keynote": the part both gave)
                          r"\bin\s+(?:[a-z]+ing\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?)?)$")


# the subject's organization or post, then the passive that joins another to it: "A of X was joined by B"
_WAS_JOINED_BY = re.compile(r"(?:\s+(?:of|from|at)\s+[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4}|,[^,;:!?]{1,80},)?"
                            r"\s+(?:was|were|is|are)\s+(?:later\s+)?joined\s+(?:on\s+(?:the\s+)?stage\s+)?by\s+")
# an aside that joins others to the subject before its verb: ", joined by A of X and B of Y,"
_ASIDE_BY = re.compile(r"(?:\s+(?:of|from|at)\s+[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})?,\s+(?:joined|accompanied|flanked)\s+by\b")


# an organization and a title in lower case, then the person: "led by Crain's Chicago Business reporter X"
# ("from Bolt Labs chief executive Tom Reed", "from Bolt Labs CEO Tom Reed", "by Microsoft President Brad Smith")
# ("led by alliance director Maria Santos": the organization referred to by its kind, in lower case with the title)
_ORG_THEN_TITLE = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w&'’.\-]*\s+){0,6}?(?P<title>(?:[a-z][\w\-]*\s+){1,4}|[A-Z][\w\-]*\s+)")


# the owner's post set before the name with a comma: "from General Motors' vice president of engineering, X"
_OWNER_POST_COMMA = re.compile(r"(?:\s*(?:by|from))?\s+(?:the\s+)?(?:[A-Z][\w&.\-]*\s+){0,5}[A-Z][\w&.\-]*(?:['’]s|s['’])\s+"
                               r"(?P<title>[a-z][\w\-]*(?:\s+[\w&\-]+){0,5}),\s+")


# ("hosted by Globe and Mail reporter X": a well-known name of two joined by "and" or "&" before the title)
_JOINED_ORG_THEN_TITLE = re.compile(r"\s+(?:the\s+)?(?P<first>[A-Z][\w'’.\-]*)\s+(?:and|&)\s+(?P<second>[A-Z][\w'’.\-]*)\s+"
                                    r"(?P<title>(?:[a-z][\w\-]*\s+){1,4}|[A-Z][\w\-]*\s+)")


def _titled_agent(sentence: str, b: int, start: int) -> bool:
    """The words between a cue that ends in "by" and a person are that person's organization and title."""
    m = _ORG_THEN_TITLE.fullmatch(sentence, b, start)
    if m is not None and m.group("title").split()[-1].lower() in lists().heads:
        return True
    joined = _JOINED_ORG_THEN_TITLE.fullmatch(sentence, b, start)
    if joined is not None and joined.group("title").split()[-1].lower() in lists().heads \
            and known_joined_body(joined.group("first"), joined.group("second")):
        return True
    return _owner_post_between(sentence, b, start)


# a fronted part's copula closing its cue: "Headlining the first day was Lake Corp's chief technology officer, A"
_COPULA_END = re.compile(r"\s(?:was|were|is|are|will\s+be)\s$")


def _titled_subject(sentence: str, b: int, start: int) -> bool:
    """Between ``b`` and a name, the name's post in lower case (``association chairman``), its body's name
    before it (``Lake Corp CEO``) or its honorific."""
    words = sentence[b:start].lower().split()
    # (a post with its body's name of several words: "President of the University of Limerick, Professor")
    return 0 < len(words) <= 9 and (words[-1] in lists().heads or words[-1].rstrip(".") in lists().honorifics)


def _owner_post_between(sentence: str, b: int, start: int) -> bool:
    """Between ``b`` and a name, its owner's post set off with a comma (``[from] Acme's chief scientist, ``)."""
    owned = _OWNER_POST_COMMA.fullmatch(sentence, b, start)
    return owned is not None and any(w.lower() in lists().heads for w in owned.group("title").split())


_RELATIVE_REACH = 120  # characters back from a cue to the ", who" that opens its clause


def _in_relative_clause(sentence: str, cue: tuple[int, int, Role], start: int) -> bool:
    """The cue stands in another's relative clause (``, who spoke about hands,``) that closes before ``start``, or is
    an aside of how another took part, set off by commas (``A of X, via video link, and B``)."""
    a, b, _role = cue
    if _MANNER_ASIDE.match(sentence, a) and sentence[:a].rstrip().endswith(",") and sentence[b:b + 1] == "," \
            and b < start:
        return True
    # (or in a clause of the thing before it: "The panel, which A of X chaired, included B")
    opened = max(sentence.rfind(", who ", max(0, a - _RELATIVE_REACH), a),
                 sentence.rfind(", which ", max(0, a - _RELATIVE_REACH), a))
    return opened >= 0 and "," not in sentence[opened + 1:a] and "," in sentence[b:start]


# how one took part, as an aside of its own: "via video link", "by video", "remotely", "in person"
_MANNER_ASIDE = re.compile(rf"(?:(?:{'|'.join(sorted(MANNER_PARTICIPLES))})\s+)?(?:{'|'.join(sorted(MANNER_WORDS))})\b")


# a phrase of where that opens the sentence: "At a session chaired by A, …", "On a panel moderated by A, …"
_FRONTED_WHERE = re.compile(r"\s*(?:At|On|In|During|Speaking|Appearing|Sitting)\b")
# the subject's own verb of saying after its name: past its organization, a post between commas, parentheses or the
# other subjects it is listed with ("Ohio State's Dr. Marcus Lee and Honda's Tamika Brown agreed")
# (each piece read one way only: a post between commas opens with a lower-case word that joins nothing)
_LISTED_WORD = r"\s+(?:[A-Z][\w&.'’\-]*|and|&|of|from|at|the)|\s*\([^()\n]{1,40}\)|\s*,"
_LISTED_SUBJECT = rf"(?:{_LISTED_WORD}|\s*,\s+(?!(?:and|of|from|at|the)\b)[a-z][^,;.\n]{{0,79}},)"
# (the verbs of saying of _SAID, and those of arguing a point on a panel)
_OWN_SAYING_AFTER = re.compile(rf"{_LISTED_SUBJECT}*?\s+(?:also\s+|both\s+|all\s+)?(?:{_SAID}|argues|predicted|pointed|"
                               r"urged|suggested|cautioned|agreed|disagreed|countered|maintained|claimed|discussed|"
                               r"debated|shared|described|highlighted|called)\b")
# between the comma that closes the fronted phrase and the name: its owner, an honorific, the subjects before it
_SUBJECTS_BEFORE = re.compile(rf",(?:{_LISTED_WORD})*\s*$")
_DISCUSSION_PART = re.compile(r"\b(?:panel|discussion|debate|roundtable|round-table)s?\b", re.I)
_SAYING_REACH = 240  # characters from a subject to its verb of saying


def _subject_after_fronted_chair(sc: _SentenceCues, a: int, b: int, start: int, end: int, name: str) -> Role | None:
    """``On a panel moderated by A of X, B argued …``, ``At a session chaired by A, B and C said …``: the
    chair's cue sits in a phrase of where that opens the sentence, its agent is another person, and the names
    after the phrase's comma are the subjects of their own verb of saying: they were on the part the phrase
    names (a panel's panelists, else speakers), not its chairs."""
    sentence = sc.sentence
    opener = _FRONTED_WHERE.match(sentence)
    if opener is None or a < opener.end() or not (sentence[a:b].lower().endswith(" by")
                                                  or _PARTICIPLE_BY.match(sentence, b)):
        return None  # (the cue's agent after "by": "moderated by A")
    other = sc.other_after(b, name)
    if other is None or other >= start:
        return None
    comma = sentence.rfind(",", other, start)
    if comma < 0 or _SUBJECTS_BEFORE.fullmatch(sentence, comma, start) is None \
            or _OWN_SAYING_AFTER.match(sentence, end, end + _SAYING_REACH) is None:
        return None
    return Role.PANELIST if _DISCUSSION_PART.search(sentence, opener.end(), b) else Role.SPEAKER


def _agent_not_this_one(sc: _SentenceCues, cue: tuple[int, int, Role], start: int, name: str) -> bool:
    """A cue that ends in "by" (``organized by``) whose agent, written right after it, is no person of the
    sentence (an organization) and does not lead to the person at ``start``."""
    a, b, _role = cue
    return _ENDS_IN_BY.search(sc.sentence, a, b) is not None and not _LEADS_TO.fullmatch(sc.sentence[b:start]) \
        and not _titled_agent(sc.sentence, b, start) \
        and re.match(r"\s+(?:the\s+)?[A-Z]", sc.sentence[b:]) is not None and sc.other_after(b, name) in (None, start)


# a comma or semicolon and a conjunction that open a clause of its own, with its own subject
# (not a bare semicolon: "A talked about X; B about Y" shares the verb)
_NEXT_CLAUSE = re.compile(r"[^,;]{0,40}?[,;]\s*(?:and|but|while|whereas)\s+(?:then\s+|later\s+)?"
                          r"(?:[\w.&'’-]+\s+){0,3}?")  # (the next subject's post: ", while panelist Tom Reed")
# a part written as the subject of a passive whose agent follows: "keynotes were delivered by", "the panel, moderated by"
# ('The keynote, "AI Everywhere," was delivered by …': the talk's quoted title set off between them)
_AGENT_AFTER = re.compile(r"(?:\s*,\s*[\"“][^\"“”\n]{1,120}[\"”]\s*,?)?"
                          r"\s*(?:(?:was|were|is|are|will\s+be|had\s+been|has\s+been|have\s+been)\s+)?(?:\w+ly\s+)?"
                          r"(?:(?:delivered|given|presented|made|led|moderated|chaired|hosted|run|offered|headlined)\s+by"
                          r"|(?:followed|came)\s+from)\b")  # ("Congratulatory speeches followed from A, …, and B")


# a participial clause that opens the sentence, up to the comma before its subject: "Speaking at a seminar
# organized by X on Tuesday, NAME said …" (the phrase holds no comma of its own)
_OPENING_PARTICIPLE = re.compile(r"\s*((?:Speaking|Presenting|Moderating|Addressing|Delivering|Giving|Kicking|Opening)\b)"
                                 r"[^,;.!?\"“]{0,160},\s*"
                                 # (the day's date set off after its weekday: "… on Wednesday, August 31st, Ana Vale …")
                                 rf"(?:(?:{MONTH_NAMES})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*)?")
_OPENING_ROLES = {"speaking": Role.SPEAKER, "presenting": Role.SPEAKER, "addressing": Role.SPEAKER,
                  "moderating": Role.MODERATOR}  # (delivering and giving say what by their object, a cue)
_FROM_GIVER = re.compile(r"\s+from\s")  # "a keynote from Orbis's head of AI, Tom Reed": the talk's giver follows
_GIVER_REACH = 60  # characters from "from" to the giver's name (past an owner and a post)


def _given_from(sentence: str, cue_end: int, other: int | None) -> bool:
    """The cue ending at ``cue_end`` is a talk another person named right after ``from`` gave (in the same clause:
    not "took questions from the audience, with A moderating")."""
    return other is not None and _FROM_GIVER.match(sentence, cue_end) is not None \
        and cue_end < other <= cue_end + _GIVER_REACH and not _BLOCKING_VERB.search(sentence, cue_end, other) \
        and not any(c in sentence[cue_end:other] for c in ".;:") \
        and not re.search(r",\s*(?:with|while|as|and|but)\b", sentence[cue_end:other])


# the part the names before it sat on, its agent after it the part's: "A and B on a panel moderated by C"
_ON_THE_PART = re.compile(r"\b(?:on|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
_PARTICIPLE_BY = re.compile(r"\s+by\b")  # after a cue's past participle ("moderated by"): its agent follows
# ", with" after the moderator named: the people who sat on the part with them
# (or after the chair's body in parentheses: "moderated by A (X) with B (Y) and C (Z)")
_WITH_AFTER_CHAIR = re.compile(r"(?:,|;|\))\s+with\s")
# what a moderator moderated, naming the people it was held with: "moderated a leadership dialogue with"
_HELD_WITH_PARTS = r"(?:dialogue|discussion|conversation|chat|interview|panel|debate|roundtable|session|talk|Q&A)s?"
# the part's topic ("led a discussion about data with A and B"), then those it was held with
# ("chaired a session on skills, joined by A and B": the people who joined it, after a comma)
_TOPIC_THEN_WITH = r"(?:\s+(?:on|about)\s+[^,;.]{1,60}?)?(?:\s+(?:with|between|among|featuring)|,\s+joined\s+by)\s"
_A_PART_WITH = re.compile(rf"\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?{_HELD_WITH_PARTS}{_TOPIC_THEN_WITH}", re.I)


# a cue that ends in its part ("led a discussion"), then the people of that part after "with"
_CHAT = re.compile(r"\b(?:chat|interview|conversation)s?\b", re.I)  # a part with a guest who talks, no panel
_PART_ENDS = re.compile(rf"{_HELD_WITH_PARTS}$", re.I)
_WITH_AFTER_PART = re.compile(rf"(?:\s+(?:discussion|session|debate|talk)s?)?{_TOPIC_THEN_WITH}", re.I)


_REPORTS = re.compile(r"\b(?:said|says|told|added|noted|argued|warned|believes|believed|thinks|thought)\s+(?:that\s+)?"
                      r"(?:a|an|the|his|her|their|its|this|these|those|new|recent|[a-z]+s)\b")
# the press or the crowd one told something, before where and when ("told reporters on the sidelines of …")
_TOLD_THE_PRESS = re.compile(r"(?:told|tells)\s+(?:reporters|journalists|the\s+press|the\s+media|attendees|participants|"
                             r"the\s+audience|delegates|guests)\b")
_GREET_REACH = 200  # characters after a name within which its greeting verb stands (a bounded search)
_GREETS = re.compile(r"\b(?:(?:introduced|introduces|introducing)(?=\s+(?:the\s+|a\s+|an\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                     # (the keynote or the panel introduced: its people; not "introduced the keynote address on …")
                     r"(?:speakers?|keynoters?|keynotes?(?!\s+(?:address|speech|talk|lecture|presentation))|panell?ists?|"
                     r"panels?|moderators?|guests?|presenters?|lecturers?|judges?|jurors?|"
                     # (a possessive is no one greeted: "introduced her team's robot" presents a thing)
                     r"mentors?|finalists?|winners?|teams?|startups?|participants?)\b(?!['’])"
                     # ("NAM's CEO Jay Timmons introduced her": the one named before, who speaks; "her" an object
                     # only before punctuation or a preposition, not before a noun it owns)
                     r"|\s+(?:him|them|her(?=\s*[.,;]|\s+(?:to|as|and|on|at|before|with|warmly)\b)))|"
                     # ("Lee met with the speakers": whom one met, greeted or posed with are others)
                     r"met\s+with|meets\s+with|met|meets|greeted|greets|posed\s+(?:for\s+(?:a\s+)?photos?\s+)?with|"
                     r"chatted\s+with|shook\s+hands\s+with|dined\s+with|"
                     # (not "an invited speaker": the participle an adjective of the part)
                     r"welcomed|welcomes|thanked|thanks|(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)invited|invites|congratulated|"
                     r"congratulates|honou?red|"
                     r"recogni[sz]ed|presented\s+(?:an?\s+)?awards?\s+to)\b")


_AND_THEN = re.compile(r"[^,;:]{0,110}?\band\s+(?:(?:then|later|also)\s+)?"
                       r"(?:(?:[a-z]+ed|gave|spoke|took|led|made|sat)\b[^,;:]{0,40})?$")


def _coordinated_cue(sc: _SentenceCues, span: Span, name: str, role: Role) -> Role | None:
    """``X attended the forum and delivered congratulatory remarks``: the cue of a second verb phrase
    joined by ``and`` to the one that gave the mention its role, with no other person between."""
    end = span.end - sc.offset
    k = bisect.bisect_left(sc.starts, end)
    if k + 1 >= len(sc.cues) or sc.cues[k][2] is not role:
        return None
    _a, b, _r = sc.cues[k]
    a2, b2, second = sc.cues[k + 1]
    other = sc.other_after(end, name)
    if second is role or (other is not None and other < a2) or _TURN_GIVEN.search(sc.sentence, a2, b2):
        return None  # ("X opened the forum and handed the podium to Y": the turn given is the next one's)
    # ("X, who attended the forum, said in a congratulatory speech …": the relative clause's cue, then the main verb's)
    clause = _WHO_CLAUSE.match(sc.sentence, end)
    if clause is not None and b <= clause.end() <= a2 and _SAID_IN.match(sc.sentence, clause.end(), a2):
        return second
    return second if _AND_THEN.match(sc.sentence, b, a2) else None


_TURN_GIVEN = re.compile(r"\bto$")  # a cue that gives the turn to the name after it ("handed the floor to")
_WHO_CLAUSE = re.compile(r"(?:\s+(?:of|from|at)\s+[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})?\s*,\s*who\s+[^,;.]{1,120},")
_SAID_IN = re.compile(r"\s*(?:also\s+)?(?:(?:said|spoke|noted|stressed|added)\s+(?:(?:in|during)\s+(?:a|an|his|her|their|the)\s+"
                      r"(?:[\w-]+\s+){0,2})?"
                      # ("X, who attended the forum, delivered a congratulatory address": the main verb gives a part)
                      r"|(?:delivered|gave|made|offered)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2})?$")
# (or nothing: the cue opens with the main verb itself, "…, gave a keynote")


# "Keynote speakers Tom Reed and Ana Vale shared …": a plural part noun labels the names right after it
# (each name with its body in parentheses or after "of": "Panelists A (Honeywell), B of Dow and C discussed …")
# (an honorific before any of them: "talks from Dr. A (X) and Dr. B (Y)")
@lru_cache(maxsize=1)
def _labels() -> re.Pattern[str]:
    honorifics = f"(?i:{_honorifics_ahead().pattern})?"
    return re.compile(rf"\s+(?:{honorifics}[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,3}}"
                      r"(?:\s*\([^()\n]{1,60}\)|\s+of\s+(?:the\s+)?[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,4})?"
                      rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)){{0,6}}{honorifics}")
_ENDS_IN_BY = re.compile(r"\b(?:by|from|with)$")
# "Panelists including A of X and B of Y discussed …": a plural part, then the names it counts (their part is the
# plural's, not the verb's after them)
# ("Panelists from Lake Corp and Nimbus, including A and B, …": the bodies they came from between)
_SUCH_AS = re.compile(r"(?:\s+(?:from|at|of)\s+(?:the\s+)?[A-Z][\w&.'’\-]*(?:\s+(?:[A-Z][\w&.'’\-]*|of|and|the|&)){0,7})?"
                      r",?\s+(?:including|such\s+as|among\s+them|namely)\s+")


def _counted_names(between: str) -> bool:
    """What stands between ``including`` and a name is a list of names with their posts: capitalised words,
    possessives, titles and their links, commas ("SK Telecom's Chief AI Officer A and Google's"), not a noun
    of its own ("including comments by Senator A") or a clause."""
    ls = lists()
    for w in re.findall(r"[^\s,]+", between):
        w = re.sub(r"['’]s?$", "", w)
        if w[:1].isupper() or w in ("of", "and", "at", "the", "&") or w in ls.heads or w in ls.modifiers or w in ls.fields:
            continue
        return False
    return True
_OWNED_CUE = re.compile(r"[A-Z][\w\-]*['’]s\s+(?:(?:opening|closing|welcome|welcoming|keynote|first|second|final|brief)\s+)?$")
# (or what a part is made of: "The panel, chaired by A, comprised B; C; and D")
_INTRODUCES = re.compile(r"\b(?:featured|features|featuring|included|includes|including|brought together|joined by|"
                         # ("will also feature B": the bare verb after a modal or "also")
                         r"(?:will|would|to|also)\s+(?:also\s+)?(?:feature|include)|"
                         r"comprised|comprises|consisted of|consists of|(?:was|is) made up of|"
                         # ("A panel, moderated by A, saw participation from B, C and D")
                         r"(?:saw|sees|witnessed)\s+(?:the\s+)?participation\s+(?:from|of))\b")


# (a verb and its article between: "did not deliver a speech"; not "not only gave a keynote")
# ("who was not involved in the keynote", "did not take part in the panel": a verb or two, then its preposition)
_NEGATED = re.compile(r"\b(?:not|n['’]t|never|unable\s+to|failed\s+to|declined\s+to|no\s+longer)\s+"
                      r"(?!(?:only|just|merely|simply)\b)(?:\w+\s+(?:\w+\s+(?=(?:in|on|at|with|for|of)\s))?"
                      r"(?:(?:in|on|at|with|for|of)\s+)?(?:(?:a|an|the|any|his|her|their|its)\s+)?)?$", re.I)
_PARTICIPLES = frozenset({"shared", "presented", "discussed", "moderated", "chaired"})
_SUBJECT_WORDS = frozenset({"who", "also", "and", "then", "later", "had", "have", "has", "they", "he", "she", "we",
                            "both", "each", "together", "first", "next", "briefly", "jointly", "was", "were", "is",
                            "are", "be", "been", "being", "will", "would"})
_PREVIOUS_WORD = re.compile(r"([\w'’\-]+)\s+$")


def _adjective(sentence: str, start: int, end: int) -> bool:
    """``the industry needs shared data standards``, ``the presented results``: a one-word participle cue
    used as an adjective (after a determiner, a preposition or a verb) says nobody spoke; after a name, a
    comma, ``who`` or an adverb it is the verb."""
    if sentence[start:end].lower() not in _PARTICIPLES or re.match(r"\s+by\b", sentence[end:end + 4]):
        return False  # "a panel discussion moderated by …" is the verb
    if re.match(r"\s+(?:a|an|the|his|her|their|its|our|this|these|those|on|about)\b", sentence[end:end + 8]):
        return False  # "… robotics division presented a case study": a verb with its object or topic
    prev = _PREVIOUS_WORD.search(sentence, max(0, start - 30), start)
    if prev is None:
        return False  # after a comma, a quote, or the sentence's start
    word = prev.group(1)
    return word.islower() and word not in _SUBJECT_WORDS and not word.endswith("ly")


# the press one speaks to, in an interview rather than a talk: "spoke to reporters", "talked with The Lake Times"
_TO_THE_PRESS = re.compile(r"\s+(?:to|with)\s+(?:(?:the\s+|a\s+)?(?:reporters?|journalists?|press|media|news\s+media|"
                           r"correspondents?)\b|(?:The\s+)?(?:[A-Z][\w&'’.\-]*\s+){0,4}(?:Herald|Times|Daily|News|Post|"
                           r"Journal|Yonhap|Reuters|Bloomberg|Agency|Tribune|Gazette|Monitor|Ilbo|Shinmun|Broadcasting|"
                           # (not "a fireside chat with journalist Laura Chen", "… with Bloomberg's Laura Chen": one
                           # person of the press, named, who shares the part)
                           r"Newswire|Magazine|TV|Radio)\b)(?!['’]s\s|\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+[\s,.])")


# a gathering's word that is a talk too, at the end of a host's cue ("opened with a plenary")
_TALK_GATHERING_END = re.compile(r"\b(?:plenary|plenaries|session)$", re.I)
# what "speaking on" may be followed by that is no topic of a talk
_NO_TOPIC_ON = re.compile(r"\s+(?:condition|background|behalf|the\s+(?:sidelines|phone|record|condition)|a\s+(?:call|phone))\b",
                          re.I)
# a speech of welcome, opening, closing or congratulation at the end of a longer speaker's cue
_QUALIFIED_SPEECH = re.compile(r"\b(welcome|welcoming|opening|closing|congratulatory)\s+(?:speech|speeches|remarks|"
                               r"address|addresses|message|messages)$", re.I)
# the words of a prize handed over (read before a presenter's cue and in what an audience received)
_PRIZES = r"(?:award|prize|plaque|trophy|trophies|certificate|medal)s?"
_PRIZE_BEFORE = re.compile(rf"\b{_PRIZES}\s*,\s*$", re.I)
# the writer or the writer's team as the subject right before a verb of talking ("we spoke with X", "I talked to X")
_WRITER_SPOKE = re.compile(r"\b(?:[Ww]e|I|[Oo]ur\s+team|[Tt]his\s+(?:reporter|writer))\s+(?:also\s+|later\s+|then\s+)?$")
_WITH_OR_TO = re.compile(r"\s+(?:with|to)\s")
# the people of the floor one talks with, one by one rather than from a stage: "spoke with founders", "chatted with
# exhibitors at their booths"
_WITH_THE_FLOOR = re.compile(r"\s+with\s+(?:the\s+|some\s+|several\s+|many\s+|\d+\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
                             r"(?:founders|co-founders|exhibitors|students|visitors|participants|attendees|staff|"
                             r"employees|workers|entrepreneurs|startups|start-ups|residents|families|children|"
                             r"young\s+people|job\s+seekers)\b")


# a panel as a made thing: the nouns of its trade after it, the kinds of panel before it
_PANEL_THING = re.compile(r"\s+(?:maker|makers|manufacturer|manufacturers|supplier|suppliers|production|producer|"
                          r"producers|plant|plants|factory|factories|line|lines|shipments?|prices?|business|market|"
                          r"industry|output|demand|technology|technologies)\b", re.I)
_PANEL_KIND = re.compile(r"\b(?:solar|display|LCD|OLED|LED|touch|control|instrument|glass|wall|roof|sandwich|"
                         r"electrical|breaker|PV|photovoltaic)\s+$", re.I)


def _cues_in(sentence: str) -> list[tuple[int, int, Role]]:
    """Cue matches of a sentence, a longer phrase hiding the shorter ones inside it."""
    found: list[tuple[int, int, Role]] = []
    taken = bytearray(len(sentence))  # characters a longer cue already holds: linear in the sentence
    fronted = _FRONTED_PART.match(sentence)
    if fronted:  # "Moderating the closing panel was A": the part fronted before the copula is the names' part
        taken[fronted.start("cue"):fronted.end()] = b"\x01" * (fronted.end() - fronted.start("cue"))
        found.append((fronted.start("cue"), fronted.end(), _fronted_role(fronted)))
    elif (subject := _PART_SUBJECT.match(sentence)) is not None:
        # "The moderator of the panel was A", "The MC for the evening was A": the part the subject names is A's
        taken[subject.start("part"):subject.end()] = b"\x01" * (subject.end() - subject.start("part"))
        found.append((subject.start("part"), subject.end(), _SUBJECT_PARTS[subject.group("part").lower().split()[0]]))
    # "During the session, A said that B …": a frame that opens the sentence gives its part to the subjects right
    # after it (see _roles_and_quotes), as no cue for anyone named later
    framed = TALK_FRAME.match(sentence)
    frame_start = framed.start() + len(framed.group()) - len(framed.group().lstrip()) if framed else -1
    cues = role_cues()
    for cue in map(cues.__getitem__, present_cues(sentence)):
        role = cue.role
        for m in cue.pattern.finditer(sentence):
            if m.start() == frame_start and role is Role.SPEAKER and m.group()[:6].lower() == "during":
                continue  # (the frame's own words: "During the session," is read by the frame, not as a cue)
            if _adjective(sentence, m.start(), m.end()) or _NEGATED.search(sentence, max(0, m.start() - 30), m.start()):
                continue  # "Koo did not attend": no part at all
            if _TO_BE_ANNOUNCED.match(sentence, m.end()):
                continue  # "Panelists: A (X), B (Y), Speaker TBA": a place kept for someone not named yet
            if role is Role.PANELIST and _PANEL_THING.match(sentence, m.end()) \
                    or _PANEL_KIND.search(sentence, max(0, m.start() - 16), m.start()) and m.group().lower() == "panel":
                continue  # "invested in a panel maker", "solar panel prices": a panel one makes, no discussion
            if role is Role.MODERATOR and _CHAIRS_A_BODY.match(sentence, m.start()):
                continue  # "who chairs the department of mechanical engineering": a post, not a session
            if role is Role.MODERATOR and m.group()[:4].lower() == "host" and _HELD_THERE_THEN.match(sentence, m.end()):
                role = Role.HOST_REP  # "Rep. A hosted a policy debate at the National Assembly on Tuesday": the gathering
            if role is Role.MODERATOR and (body := _BODY_CHAIRED.search(sentence, max(0, m.start() - _BODY_CHAIRED_REACH),
                                                                       m.end())):
                # "The alliance's steering committee is co-chaired by A and B": its members; but the chairs of the
                # event's organizing committee speak for those who hold it
                role = Role.HOST_REP if _ORGANIZING.search(sentence, max(0, body.start() - 12), body.end()) else Role.OTHER
            if role is Role.SPEAKER and m.group().lower() == "introduced" and (
                    _GREETS.match(sentence, m.start()) or _A_PERSON_NEXT.match(sentence, m.end())):
                continue  # "X introduced the first keynote speaker, Y", "X introduced Tom Reed, who …": Y speaks
            if role is Role.HOST_REP and _TALK_GATHERING_END.search(m.group()) and _PARTICIPLE_BY.match(sentence, m.end()):
                role = Role.SPEAKER  # "Day two opened with a plenary by A": the plenary's giver, no host opening it
            if role is Role.SPEAKER and (kind := _QUALIFIED_SPEECH.search(m.group())) is not None:
                # "opened the forum with a welcome speech": the kind of speech a longer cue took in is the part
                role = Role.OTHER if kind.group(1).lower() == "congratulatory" else Role.HOST_REP
            if role is Role.HOST_REP and _SESSION_OPENED.search(m.group()) and sentence.startswith(" with ", m.end()):
                role = Role.SPEAKER  # "She opened the session with an account of a pilot": its first talk (the whole
                # gathering opened is its host's)
            if role is Role.SPEAKER and m.group().lower().endswith(" on") and _NO_TOPIC_ON.match(sentence, m.end()):
                continue  # "X was speaking on condition of anonymity", "… on the sidelines": no talk's topic
            if role is Role.SPEAKER and _TO_THE_PRESS.match(sentence, m.end()):
                continue  # "X spoke to The Korea Herald on the sidelines": an interview, no talk
            if role is Role.SPEAKER and _WITH_THE_FLOOR.match(sentence, m.end()):
                continue  # "toured booths and spoke with founders including A": talks on the floor, no talk on stage
            if role is Role.SPEAKER and _PRIZE_BEFORE.search(sentence, max(0, m.start() - 16), m.start()) \
                    and _PARTICIPLE_BY.match(sentence, m.end()):
                role = Role.OTHER  # "…, with the Lake Startup Award, presented by X": the prize's presenter
            if role is Role.SPEAKER and _WRITER_SPOKE.search(sentence, max(0, m.start() - 20), m.start()) \
                    and _WITH_OR_TO.match(sentence, m.end()):
                continue  # "Afterwards, we spoke with Prof. X": the writer's interview of X, no talk of X's
            if role is Role.ATTENDEE and m.group()[:4].lower() in ("acco", "flan") \
                    and _NAMED_RIGHT_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # "A, accompanied by B, delivered the keynote": an aside, whose people take the verb's part
            if role is Role.ATTENDEE and _PLACE_IN_PICTURE.search(sentence, max(0, m.start() - 12), m.start()):
                continue  # "Nora Banks, second from left, speaks": where one stands, not who is pictured
            if role is Role.ATTENDEE and _ADDRESSED_CROWD.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # "Moon told some 500 attendees …": the crowd the speaker addressed attended, not the speaker
            if role in (Role.PANELIST, Role.SPEAKER) and _PLURAL_PART.fullmatch(m.group()) \
                    and _ADDRESSED_CROWD.search(sentence, max(0, m.start() - 40), m.start()) \
                    and not sentence[max(0, m.start() - 7):m.start()].lower().startswith("fellow") \
                    and not _NAMED_AFTER.match(sentence, m.end()):
                continue  # "Mr. Reed asked the panelists about safety": those he asked sat on the panel, not he
                # (but "told fellow panelists": one of them; "thanked the panelists, A and B": they are named)
            if m.end() > m.start() and taken.find(1, m.start(), m.end()) < 0:
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                found.append((m.start(), m.end(), role))
    for m in _PART_LED.finditer(sentence):  # "the session on predictive maintenance was led by …"
        if taken.find(1, m.start(1), m.end(1)) < 0:
            found.append((m.start(1), m.end(1), Role.MODERATOR))
        else:  # "The panel was hosted by A": a part's host chairs it (a cue read the words as the event's host)
            found = [(a, b, Role.MODERATOR if a == m.start(1) and role is Role.HOST_REP else role)
                     for a, b, role in found]
    for m in _CLASS_LED.finditer(sentence):  # "Workshop: Vision inspection hands-on (led by …)": its teacher
        if taken.find(1, m.start(1), m.end(1)) < 0:
            found.append((m.start(1), m.end(1), Role.SPEAKER))
    for m in _ONE_OF_THEM_BY.finditer(sentence):  # "Faculty presentations followed, including one by Prof. A"
        if taken.find(1, m.start("cue"), m.end("cue")) < 0:
            role = _ONE_OF_THEM_ROLES.get(" ".join(m.group("noun").lower().split()), Role.SPEAKER)
            found.append((m.start("cue"), m.end("cue"), role))
    lower = sentence.lower()  # (each scan below runs only where its needle is)
    for m in _TITLED_TALK_BY.finditer(sentence) if ('"' in sentence or "“" in sentence) else ():
        # 'a talk titled "…" from A': A's talk
        if taken.find(1, m.start("cue"), m.end("cue")) < 0:
            taken[m.start("cue"):m.end("cue")] = b"\x01" * (m.end("cue") - m.start("cue"))
            found.append((m.start("cue"), m.end("cue"),
                          Role.KEYNOTE if m.group("kind").lower().startswith("keynote") else Role.SPEAKER))
    for m in _TITLED_PART_WITH.finditer(sentence) if " with " in lower else ():  # 'The panel "…" with A and B'
        if taken.find(1, m.start("cue"), m.end("cue")) < 0:
            taken[m.start("cue"):m.end("cue")] = b"\x01" * (m.end("cue") - m.start("cue"))
            part = m.group("kind").lower().split()[0]
            found.append((m.start("cue"), m.end("cue"), Role.PANELIST if part in _PANEL_KINDS else Role.SPEAKER))
    for m in _AUDIENCE_TOOK_FROM.finditer(sentence) if "from" in lower else ():  # "Attendees got a glimpse … from A"
        if taken.find(1, m.start("cue"), m.end("cue")) < 0 and not _THINGS_HANDED.search(m.group()):
            taken[m.start("cue"):m.end("cue")] = b"\x01" * (m.end("cue") - m.start("cue"))
            found.append((m.start("cue"), m.end("cue"), Role.SPEAKER))
    for m in _TO_HEAR.finditer(sentence) if ("hear" in lower or "listen" in lower) else ():  # "… to hear A": A's talk
        if taken.find(1, m.start(), m.end()) < 0:
            found.append((m.start(), m.end(), Role.SPEAKER))
    for m in chain(_HEARD_DO.finditer(sentence) if ("hear" in lower or "watch" in lower) else (),
                   _SAW_DO.finditer(sentence) if ("saw" in lower or "see" in lower) else ()):
        # "… heard A describe …", "Session two saw A and B present …"
        if taken.find(1, m.start("cue"), m.end("cue")) < 0:
            found.append((m.start("cue"), m.end("cue"), Role.SPEAKER))
    for m in _COUNTED_INCLUDING.finditer(sentence):  # "… some 200 officials and industry leaders, including X"
        if taken.find(1, m.start(1), m.end(1)) < 0 and not _PARTS_COUNTED.search(m.group()) \
                and _PEOPLE_COUNTED.search(m.group()):  # (not "in 50 plants, including those of LG …")
            found.append((m.start(1), m.end(1), Role.ATTENDEE))
    return _in_the_panel(sentence, _introduced(sentence, _keynote_modified(sentence, _prize_described(
        sentence, _agents_title(sentence, sorted(found))))))


# after a chair's or a host's cue, its agent's words up to the cue: "moderated by CNA ", "chaired by veteran "
_AGENT_WORDS = re.compile(r"(?:\s+by)?\s+(?:[\w.&'’-]+\s+){0,4}")
_NAME_NEXT = re.compile(r"\s+[A-Z][\w.'’-]*")


def _agents_title(sentence: str, found: list[tuple[int, int, Role]]) -> list[tuple[int, int, Role]]:
    """``moderated by CNA presenter Julie Yoo``: a word for a part right before the name of a chair's or a host's
    agent is that agent's post, no part of its own."""
    out = list(found)
    for n in range(len(out) - 1, 0, -1):
        a0, b0, role0 = out[n - 1]
        a, b, role = out[n]
        if role in (Role.SPEAKER, Role.PANELIST) and role0 in (Role.MODERATOR, Role.HOST_REP) \
                and " " not in sentence[a:b] and _NAME_NEXT.match(sentence, b) \
                and _AGENT_WORDS.fullmatch(sentence, b0, a) \
                and (sentence[b0:a].lstrip().startswith("by ") or sentence[a0:b0].lower().endswith(" by")):
            del out[n]
    return out


# "Participants included …", "Participants were …": the people of a gathering named before
_HELD_BEFORE = re.compile(r"\b(?:hosted|hosts|held|holds|organi[sz]ed|organi[sz]es|convened|convenes)\s+"
                          r"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}$")
_PARTICIPANTS = re.compile(r"^\s*(?:The\s+|Other\s+)?[Pp]articipants\s+(?:included|include|were|are)\b")


# a place or a day right after what was hosted: the gathering itself, no part of it
_HELD_THERE_THEN = re.compile(r"(?:\s+(?:on|about)\s+[\w\s-]{1,40}?)?\s+(?:at|in)\s+(?:the\s+)?[A-Z]"
                              r"|(?:\s+(?:on|about)\s+[\w\s-]{1,40}?)?\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                              rf"(?:{MONTH_NAMES})[a-z]*\.?\s+\d)")


_PASSIVE_GAP = re.compile(r"\s+(?:(?:address|speech|talk|lecture)\s+)?(?:was|were|is|are|will\s+be)\s+")


def _prize_described(sentence: str, found: list[tuple[int, int, Role]]) -> list[tuple[int, int, Role]]:
    """``Yoshua Bengio, the Turing Award winner, delivered the keynote``: a prize set off by commas after a name
    describes the person, whose part the verb after it says; the prize is the event's own (another's part) only
    when nothing after it says one."""
    out = list(found)
    for n in range(len(out) - 1, -1, -1):
        a, b, role = out[n]
        if role is Role.OTHER and _APPOSITIVE_PRIZE.fullmatch(sentence, a, b) and _AFTER_A_NAME.search(sentence, 0, a) \
                and sentence.startswith(",", b) and n + 1 < len(out) and out[n + 1][2] is not Role.OTHER \
                and not re.search(r"[,;:]", sentence[b + 1:out[n + 1][0]]):
            del out[n]
    return out


_APPOSITIVE_PRIZE = re.compile(r"(?:the|a|an)\s+[\w\s'’-]{0,40}?\b(?:award|prize|medal)\s+(?:winner|recipient|laureate)s?",
                               re.I)
_AFTER_A_NAME = re.compile(r"[A-Z][\w.'’-]*,\s+$")  # (the appositive opens right after a name and its comma)


def _keynote_modified(sentence: str, found: list[tuple[int, int, Role]]) -> list[tuple[int, int, Role]]:
    """A talk's cue right after the word "keynote" that modifies it is a keynote's ("Keynote talks came from A")."""
    out = list(found)
    for n in range(1, len(out)):
        (a, b, r0), (c, d, r1) = out[n - 1], out[n]
        if r0 is Role.KEYNOTE and r1 is Role.SPEAKER and sentence[a:b].lower() in ("keynote", "keynotes") \
                and (sentence[b:c] == " " or _PASSIVE_GAP.fullmatch(sentence, b, c)):
            out[n] = (c, d, Role.KEYNOTE)  # ("The keynote was presented by A": the talk presented is the keynote)
        elif r0 is Role.SPEAKER and r1 is Role.KEYNOTE and _OWN_KEYNOTE.match(sentence, c, d) \
                and c - b <= 60 and not re.search(r"[,;:]", sentence[b:c]):
            out[n - 1] = (a, b, Role.KEYNOTE)  # "A unveiled a robot during her keynote": what A did in A's keynote
            # (or in the day's keynote named by its place: "A presented the vision in the opening keynote")
    return out


_OWN_KEYNOTE = re.compile(r"(?:during|in)\s+(?:his|her|their|the\s+(?:opening|closing|morning|afternoon|first|second|"
                          r"final|main))\s+keynote", re.I)  # ("… presented the plan in the opening keynote")


# a counted crowd, then those of it named: "brought together some 200 officials and industry leaders, including X"
_COUNTED_INCLUDING = re.compile(r"\b\d[\d,]*\+?(?:\s+[a-z][\w\-]*){1,6},?\s+(including|among\s+them)\b")
# talks of a kind, then "one" of them and who gave it: "Faculty presentations followed, including one by Prof. A",
# "three keynotes, among them two by A and B": the part the noun names
_ONE_OF_THEM_BY = re.compile(rf"\b(?P<noun>{'|'.join(sorted(TALKS_PLURAL))}|keynote\s+speeches|panel\s+discussions)\b"
                             r"[^.;!?\n]{0,80}?\b(?P<cue>(?:including|among\s+them|notably)\s+(?:the\s+)?"
                             rf"(?:{'|'.join(sorted(ONE_OF_THEM))})\s+(?:given\s+|delivered\s+)?(?:by|from))\s", re.I)
_ONE_OF_THEM_ROLES = {"keynotes": Role.KEYNOTE, "keynote speeches": Role.KEYNOTE, "panels": Role.PANELIST,
                      "panel discussions": Role.PANELIST}
_PEOPLE_COUNTED = re.compile(rf"\b{PEOPLE_COUNTED}\b", re.I)
# (not "12 speakers, including X": a count of those who take a part, whose cue says it)
_PARTS_COUNTED = re.compile(r"\b(?:speakers?|panell?ists?|presenters?|lecturers?|moderators?|keynoters?|keynotes?|"
                            r"judges?|mentors?|finalists?|winners?|teams?)\b")
# a list's header that names no part of its own, only those the line before it speaks of ("Among them:")
_INCLUDE = r"(?:include|included|includes|will\s+include)"
_ANAPHORIC_HEADER = re.compile(rf"(?:Among\s+(?:them|those|these)|(?:They|These|Those)\s+(?:{_INCLUDE}|are|were)|"
                               r"(?:They|These|Those)\s+(?:confirmed\s+)?so\s+far\s+(?:include|are))\s*:", re.I)
# a header of those taking part, alone: "Participants:", "Participants were:", "The participants are:"
_PARTICIPANTS_HEADER = re.compile(r"(?:The\s+)?Participants(?:\s+(?:were|are|will\s+be|included|include))?\s*:", re.I)
# a sentence that opens on those the sentence before counted: "Among them is A", "They include A and B"
_AMONG_THEM = re.compile(rf"\s*(?:Among\s+them\b|They\s+{_INCLUDE}\b)")
# the parts of a programme's people in the plural: "keynote speakers", "panelists" (see _COUNTED_ROLES)
_PART_PLURALS = r"keynote\s+speakers|keynoters|speakers|presenters|lecturers|panell?ists"
# those counted, by their part: "features 40 speakers", "drew 300 executives" (the last such count before)
_COUNTED_PARTS = re.compile(r"(?<![\d,:])(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|"
                            r"a\s+dozen|dozens\s+of|hundreds\s+of)\s+(?:[a-z][\w\-]*\s+){0,2}?"
                            rf"(?P<noun>{_PART_PLURALS}|{PEOPLE_COUNTED})\b", re.I)
_COUNTED_ROLES = {"keynote speakers": Role.KEYNOTE, "keynoters": Role.KEYNOTE, "speakers": Role.SPEAKER,
                  "presenters": Role.SPEAKER, "lecturers": Role.SPEAKER, "panelists": Role.PANELIST,
                  "panellists": Role.PANELIST}


# those with a part named in the plural with no count: "a session …, with panelists from Trumpf and Caterpillar"
_PLURAL_PARTS = re.compile(rf"\b(?P<noun>{_PART_PLURALS})\b", re.I)


def _counted_part(sentence: str) -> Role | None:
    """The part of the people the sentence counts last (``40 speakers``: speakers; ``300 executives``: those who
    attended, but ``a panel of five executives``: panelists), else of those it names in the plural by their part
    (``with panelists from A and B``: panelists), or None when it has neither."""
    counts = list(_COUNTED_PARTS.finditer(sentence)) or list(_PLURAL_PARTS.finditer(sentence))
    if not counts:
        # ("Researchers from A, B and C presented work on maintenance. Among them was D": those who presented)
        return Role.SPEAKER if _PEOPLE_PRESENTED.match(sentence) else None
    if _PANEL_OF.search(sentence, max(0, counts[-1].start() - _PANEL_OF_REACH), counts[-1].start()):
        return Role.PANELIST  # "A panel of five executives followed. Among them was A": the panel's members
    return _COUNTED_ROLES.get(" ".join(counts[-1].group("noun").lower().split()), Role.ATTENDEE)


# a sentence whose subject is people in the plural, not counted, who gave talks: "Researchers from A and B presented
# work on …", "Executives from three carmakers spoke"
_PEOPLE_PRESENTED = re.compile(rf"\s*(?:[A-Z][\w-]*\s+){{0,2}}?(?i:{PEOPLE_COUNTED})\b[^.;!?]{{0,100}}?\s"
                               r"(?:presented|spoke|gave\s+(?:talks|presentations|lectures)|delivered\s+(?:talks|presentations))\b")
# a panel right before those counted: "a panel of five executives", "a panel discussion featuring four CEOs"
_PANEL_OF = re.compile(r"\bpanell?(?:\s+discussion)?\s+(?:of|featuring|with|including)\s+$", re.I)
_PANEL_OF_REACH = 40


# a person's name right after a verb: two or three capitalised words, then a comma, "who" or "to"
_A_PERSON_NEXT = re.compile(r"\s+(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,2}(?=\s*,|\s+who\b|\s+to\b)")
# a verb of addressing a crowd, then the crowd's noun (with its count): "told some 500 attendees"
_ADDRESSED_CROWD = re.compile(r"\b(?:told|tells|addressed|addresses|greeted|greets|welcomed|welcomes|thanked|thanks|urged|"
                              r"urges|reminded|reminds|showed|shows|asked|asks|asking|questioned|questioning|polled|"
                              r"polling|quizzed|quizzing)\s+(?:the\s+|some\s+|about\s+|more\s+than\s+|"
                              r"nearly\s+|over\s+|around\s+|[\d,]+\s+|fellow\s+|assembled\s+|each\s+|every\s+|all\s+|"
                              r"both\s+|his\s+|her\s+|their\s+|other\s+|two\s+|three\s+|four\s+|five\s+)*$", re.I)
# the nouns of a part, which an addressing verb before them makes its object ("asked the panelists", "asking each
# panelist")
_PLURAL_PART = re.compile(r"(?i:panell?ists?|speakers?|presenters?)")
_NAMED_AFTER = re.compile(r"\s*[,:(]\s*(?:Dr\.?\s+|Prof\.?\s+)?[A-Z]")  # "…, Mia Holt of …": the ones named right after
_PLACE_IN_PICTURE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+$", re.I)
# a talk named by a participle and its quoted title, then its giver: 'a talk titled "Latency Is a Feature" from A',
# 'A keynote entitled "Robots That Learn" was delivered by B', 'A presentation called "Edge or Cloud" came from C'
_TITLED_TALK_BY = re.compile(r"\b(?P<kind>keynote(?:\s+(?:address|speech|talk|lecture|presentation))?|talk|presentation|"
                             r"lecture|speech|address|session|masterclass|workshop)s?\s*,?\s+(?:titled|entitled|called|dubbed)\s+"
                             r"[\"“][^\"“”\n]{1,120}[\"”]\s*,?\s+(?:(?:was|were|is|are|will\s+be)\s+(?:given|delivered|"
                             r"presented)\s+|came\s+|comes\s+|will\s+come\s+)?(?P<cue>by|from)\s", re.I)
# a part named by its quoted title, then "with" its people: 'The panel "Robots at Work" with A and B', 'a session
# titled "Data First" with A', 'Sessions included "Tiny Models, Big Factories" with A of X'
_TITLED_PART_WITH = re.compile(r"\b(?P<kind>panel(?:\s+discussion)?|discussion|debate|roundtable|round-table|session|"
                               r"conversation|chat|talk|workshop|dialogue)s?\s*,?\s+(?:(?:titled|entitled|called|dubbed|"
                               r"named|on|about|included|include|includes|featured)\s+)?[\"“‘'][^\"“”\n]{1,120}?[\"”’']"
                               r"\s*,?\s+(?P<cue>with)\s", re.I)
_PANEL_KINDS = frozenset({"panel", "discussion", "debate", "roundtable", "round-table"})
# what the audience took from a named person: "Attendees also got a glimpse of the future from Georgia Tech professor
# A", "Participants learned about digital twins from B of Orbis": the one it came from spoke
_AUDIENCE_TOOK_FROM = re.compile(r"\b(?:" + "|".join(AUDIENCE_NOUNS) + r")\s+(?:also\s+|then\s+|later\s+)?(?:"
                                 + "|".join(v.replace(" ", r"\s+") for v in AUDIENCE_TOOK)
                                 + r")\b[^.;:!?\n\"“]{0,80}?\b(?P<cue>from)\s+(?=(?:the\s+)?[A-Z])", re.I)
# (not what was handed over: "Participants received certificates from Mayor A")
_THINGS_HANDED = re.compile(rf"\b(?:{_PRIZES}|badges?|gifts?|grants?|funding|scholarships?|diplomas?|souvenirs?|kits?)\b",
                            re.I)
# what an audience came to do, a named person right after: "A crowd packed the hall to hear A of X", "Hundreds gathered
# to listen to B" (not "glad to hear the news")
_TO_HEAR = re.compile(r"\bto\s+(?:hear|listen\s+to)(?=\s+(?:Dr\.?\s+|Prof\.?\s+)?[A-Z])")
# what one heard or watched a named person do on stage: "Delegates at the fair heard Ana Vale, CEO of Orbis, describe
# a new grant", "The crowd watched Tom Reed demonstrate a welding cobot": a talk of the one named (a bare infinitive
# of speaking after the name and its description)
def _heard_do(verbs: frozenset[str], least: int) -> re.Pattern[str]:
    """``verbs``, then one name of ``least`` + 1 to four capitalised words or a list of them, each with its
    description, then a bare infinitive of speaking."""
    name = rf"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{{least},3}}"
    item = (name + r"(?:\s*,[^.;!?\n\"“]{1,120}?,|\s+\(\s*[^()\n]{1,60}\)|\s+(?:of|from|at)\s+(?:the\s+)?"
            r"[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,4})?")
    return re.compile(rf"\b(?P<cue>{'|'.join(sorted(verbs))})\s+(?={item}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){item}){{0,4}}"
                      r"\s+(?:also\s+|then\s+)?(?:" + "|".join(v.replace(" ", r"\s+") for v in SPEAKING_INFINITIVES) + r")\b)")


# (one name or a list of them: "Session two saw Ford's Maria Chen and GE's Paul Duffy present case studies"; what a
# stretch of the event saw is a person's by two words at least: "The show saw Orbis unveil a robot" names a company)
_HEARD_DO = _heard_do(HEARD - SAW, 0)
_SAW_DO = _heard_do(SAW, 1)


# a name (or its body) right before a comma: what an aside after it describes
_NAMED_RIGHT_BEFORE = re.compile(r"[A-Z][\w.'’\-]*\)?,\s+$")
# chairing a body (a department, a board, a committee, a company), or co-chairing it: the person's post
# (the bodies a sentence may point back to, and the units and programmes a post is held in)
_CHAIRED_BODIES = (ANAPHORIC_ORGS - {"organizer", "organiser"}) | {
    "dept", "board", "faculty", "organization", "organisation", "division", "program", "programme", "party"}
# (the body's name may be long, its portfolio a list: "chairs the National Assembly's Science, ICT, Broadcasting and
# Communications Committee")
# (no part chaired and no clause of its own among the words: "chaired the first session, in which A of Georgetown
# University spoke" chaired a session)
_CHAIRS_A_BODY = re.compile(r"(?i:(?:co-?)?(?:chairs?|chaired|chairing))\s+(?:the|a|an|its|their)\s+"
                            rf"(?:(?!(?i:{_HELD_WITH_PARTS}|which|where|whose|who)\b)[\w&'’\-]+,?\s+){{0,8}}?"
                            rf"(?i:{'|'.join(sorted(_CHAIRED_BODIES))})\b")
_TO_BE_ANNOUNCED = re.compile(rf"\s*:?\s*(?:{'|'.join(sorted(PLACEHOLDERS))}|to\s+be\s+(?:announced|confirmed|determined))\b")
# a standing body chaired, in the passive: "The steering committee is co-chaired by A and B" (its members, no moderators)
_BODY_CHAIRED = re.compile(r"(?i:committee|subcommittee|commission|council|board|alliance|association|caucus|"
                           r"task\s+force|working\s+group|jury)(?:\s+(?:is|was|are|were|will\s+be|has\s+been)\s+|,\s+)"
                           r"(?:jointly\s+)?(?i:co-?)?chaired\b")  # (or its participle: "The program committee, chaired by A")
_BODY_CHAIRED_REACH = 60  # characters before a "chaired by" cue where the body and its copula stand
_ORGANIZING = re.compile(r"\borgani[sz]ing\s+committee\b", re.I)
# a part fronted before the copula, its holders after it (the participles of kg.extract.en_people.FRONTED):
# "Moderating the closing panel was A", "Also chairing sessions were A and B", "Leading the discussion was A",
# "Speaking first was A", "Headlining the summit were A and B", "Judging the pitches were A and B"
_OBJECT = r"\s+(?:out\s+|in\s+)?(?:the|a|an|this|that|each|both|its)\s+(?:[\w-]+\s+){0,3}?"  # ("rounding out the")


def _fronted_alternative(word: str, nouns: frozenset[str] | None) -> str:
    noun = "" if nouns is None else rf"(?={_OBJECT}(?:{'|'.join(map(re.escape, sorted(nouns)))})s?\b)"
    return re.escape(word) + noun


_FRONTED_PART = re.compile(
    r"\s*(?:(?:Also|And|Meanwhile|Finally|Then),?\s+)?(?P<cue>(?i:"
    + "|".join(_fronted_alternative(w, nouns) for w, (_kind, nouns) in sorted(FRONTED.items(), key=lambda x: -len(x[0])))
    # (no comma before the copula: "Speaking on the occasion, Tom Reed said the market was growing" fronts no part)
    + r"))\b[^.;:!?\"“”,]{0,100}?\s(?:was|were|is|are|will\s+be)\s")
_FRONTED_ROLES = {"chair": Role.MODERATOR, "speak": Role.SPEAKER, "testify": Role.SPEAKER, "keynote": Role.KEYNOTE,
                  "judge": Role.OTHER, "guest": Role.OTHER, "attend": Role.ATTENDEE}


# a part at the event as the subject of a copula, the name right after it: "The moderator of the panel was A" (not
# "The keynote was presented by A": a passive's agent, read by its cue)
_SUBJECT_PARTS = {"moderator": Role.MODERATOR, "mc": Role.MODERATOR, "emcee": Role.MODERATOR, "master": Role.MODERATOR,
                  "facilitator": Role.MODERATOR, "chair": Role.MODERATOR, "keynote": Role.KEYNOTE,
                  "keynoter": Role.KEYNOTE, "speaker": Role.SPEAKER, "presenter": Role.SPEAKER,
                  "panelist": Role.PANELIST, "panellist": Role.PANELIST}
_PART_SUBJECT = re.compile(r"\s*(?:(?:The|Our|Its|Their|This\s+year['’]s|[A-Z][\w.&\-]*['’]s?)\s+)"
                           r"(?:(?:first|second|third|final|last|next|opening|closing|guest|featured)\s+)?"
                           r"(?P<part>moderator|MC|emcee|master\s+of\s+ceremonies|facilitator|chair|"
                           r"keynote(?:\s+speaker)?|keynoter|speaker|presenter|panell?ist)\b"
                           r"[^.;:!?\"“”,]{0,60}?\s(?:was|is|will\s+be)\s(?=[A-Z])")


_SESSION_OPENED = re.compile(r"^(?:opened|opens|kicked\s+off|kicks\s+off)\b.*\bsessions?$", re.I)


def _fronted_role(m: re.Match[str]) -> Role:
    kind = FRONTED[m.group("cue").lower()][0]
    role = _FRONTED_ROLES[kind]  # a jury's members: other
    if kind == "speak" and re.search(r"\bkeynote", m.group(0), re.I):
        return Role.KEYNOTE  # "Delivering the opening keynote was A"
    if kind == "speak" and re.search(r"\bpanel", m.group(0), re.I):
        return Role.PANELIST  # "Rounding out the panel were A and B" (a witness testifies before a hearing's panel)
    return role


# a part of the programme that someone led, facilitated or hosted: its moderator (a workshop's leader teaches)
# ("The symposium featured three sessions. The first, on maintenance, was led by A": one of them by its rank)
# a part that teaches, led by its teacher: "The workshop was led by A", "Workshop: Vision inspection (led by A, X)"
_CLASS_LED = re.compile(r"\b(?:workshop|tutorial|masterclass|master\s+class|training|bootcamp|hands-on\s+session|"
                        r"demonstration)s?\b[^.;!?\n]{0,80}?(?:\b(?:was|were|is|are|will\s+be)\s+|,\s+|\(\s*)"
                        r"((?:led|taught|run|conducted|given)\s+by)\b", re.I)
_PART_LED = re.compile(r"(?:\b(?:session|panel|discussion|debate|roundtable|round-table|conversation|dialogue|Q&A|"
                       r"breakout|chat|interview)s?\b|\b[Tt]he\s+(?:first|second|third|fourth|final|last|next|other),)"
                       # ("A panel on workforce, led by Amy Liu, featured …": the participle after a comma; "Sessions
                       # covered predictive quality (led by Ines Moreau of Renault)": or in parentheses; "a fireside
                       # chat hosted by A": or right after the part)
                       r"(?:[^.;:!?\n]{0,80}?(?:\b(?:was|were|is|are|will\s+be)\s+|,\s+|\(\s*)|\s+)"
                       r"((?:led|facilitated|hosted|steered|run)\s+by)\b", re.I)


# (or what an audience came to do: "packed the hall to hear A", "to listen to B")
_INTRODUCING = re.compile(r"featur(?:ed|ing|es)|to\s+(?:hear|listen\s+to)", re.I)
_INTRODUCED_REACH = 30  # characters between a part noun and the "featuring" that introduces its people
_CHAIRED_REACH = 80  # ... or between "moderated by" and it: the chair's name with its title and body


_TOPIC_GAP = re.compile(r"\s+(?:on|about|covering|focused\s+on|focusing\s+on)\s+[^,;:]{1,40},\s*")


# a panel as the setting of what the cue before it says: "during a panel", "in the closing panel", "at a roundtable"
_PANEL_SETTING = re.compile(r"(?:during|in|on|at)\s", re.I)
_SETTING_BEFORE = re.compile(r"\b(?:during|in|on|at)\s+(?:a|an|the|his|her|their)\s+(?-i:[a-z][\w-]*\s+){0,2}$", re.I)
_PANEL_SETTING_REACH = 120  # (the words between: the people sharing the stage, not another clause)


def _in_the_panel(sentence: str, found: list[tuple[int, int, Role]]) -> list[tuple[int, int, Role]]:
    """``A shared the stage with B and C during a panel moderated by D``, ``A spoke during the closing panel``: a
    talk's cue followed in the same clause by the panel it took place in is a seat on that panel (not the
    gathering's name: "Speakers at the Lake AI Roundtable")."""
    out = list(found)
    for n in range(len(out) - 1):
        a, b, role = out[n]
        c, d, after = out[n + 1]
        if role is Role.SPEAKER and after is Role.PANELIST and sentence[c + 1:d].islower() \
                and (_PANEL_SETTING.match(sentence, c) or _SETTING_BEFORE.search(sentence, b, c)) \
                and c - b <= _PANEL_SETTING_REACH and not re.search(r"[,;:]", sentence[b:c]):
            out[n] = (a, b, Role.PANELIST)
    return out


def _introduced(sentence: str, found: list[tuple[int, int, Role]]) -> list[tuple[int, int, Role]]:
    """``a panel featuring A and B``: "featuring" introduces the people of the part named just before it
    and gives them that part, not a talk of their own."""
    out = list(found)
    for n in range(1, len(out)):
        a, b, _role = out[n]
        before = out[n - 1]
        gap = sentence[before[1]:a]
        # (a chair named between: "a panel moderated by Lake Times reporter Anya Sostek featured B")
        reach = _CHAIRED_REACH if before[2] is Role.MODERATOR and re.search(r"\bby\b", sentence[before[0]:a]) \
            else _INTRODUCED_REACH
        if not _INTRODUCING.fullmatch(sentence[a:b]) or len(gap) > reach or before[2] is Role.ATTENDEE:
            continue  # ("Attendees packed a room to hear A": the audience's part is no part of the one heard)
        # "chaired by A of Acme, featured B", "a panel led by A featured B": A's alone ("by" in the cue or after it)
        # ("a panel discussion on workforce, featuring B": the part's topic and a comma before it)
        if ("," not in gap or _TOPIC_GAP.fullmatch(gap)) and not re.search(r"\bby\b", sentence[before[0]:a]):
            # (a chair's verb before the part: "A chaired a session featuring B and C": B and C speak in it, or sit on
            # a discussion so named)
            chaired = before[2] is Role.MODERATOR and sentence[before[0]:before[1]].islower()
            out[n] = (a, b, (Role.PANELIST if _DISCUSSION_WORD.search(gap) else _role) if chaired else before[2])
        elif before[2] is Role.MODERATOR and (_discussion_before(sentence, before[0])
                                               or _DISCUSSION_WORD.search(sentence, before[0], before[1])):
            out[n] = (a, b, Role.PANELIST)  # "a roundtable moderated by A featured B": B sat on it
    return out


_DISCUSSION_NOUNS = "panel|discussion|debate|roundtable|round-table|conversation|dialogue"  # parts held as a discussion
_DISCUSSION = re.compile(rf"\b(?:{_DISCUSSION_NOUNS}|talk show)s?\b"
                         r"[^.;:!?,]{0,40}(?:,\s*)?$", re.I)  # "The discussion that followed, moderated by A, included B"


_WHICH_INTRODUCES = re.compile(r",\s*(?:which|that)\s+(?:also\s+)?(?:included|includes|featured|features|"
                               r"brought\s+together)\b")
_DISCUSSION_WORD = re.compile(rf"\b(?:{_DISCUSSION_NOUNS})s?\b", re.I)


def _discussion_before(sentence: str, at: int) -> bool:
    """A part held as a discussion is named shortly before ``at``: ``a roundtable moderated by``."""
    return _DISCUSSION.search(sentence, max(0, at - 60), at) is not None


_PROGRAMME = re.compile(r"\b(?:session|programme|program|agenda|line-?up)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[•\-*·–—▪●]|\d+[.)])\s+")


def _by_position(people: dict[str, dict]) -> list[tuple[int, dict]]:
    """Every mention's start with its person, in text order."""
    return sorted(((s.start, p) for p in people.values() for s in p["spans"]), key=lambda x: x[0])


def _unique(items: Iterable[dict]) -> list[dict]:
    """The items in order, each once (by identity)."""
    out: list[dict] = []
    seen: set[int] = set()
    for p in items:
        if id(p) not in seen:
            seen.add(id(p))
            out.append(p)
    return out


@lru_cache(maxsize=1)
def _honorifics_ahead() -> re.Pattern[str]:
    """One to three honorifics of ``data/en/honorifics.txt`` (``Dr.``, ``The Hon.``) and the spaces after them."""
    words = "|".join(sorted(map(re.escape, lists().honorifics), key=len, reverse=True))
    return re.compile(rf"(?:(?:the\s+)?(?:{words})\.?\s+){{1,3}}", re.I)


@lru_cache(maxsize=1)
def _honorifics_behind() -> re.Pattern[str]:
    """:func:`_honorifics_ahead` ending where a search ends."""
    return re.compile(rf"(?<![\w.])(?:{_honorifics_ahead().pattern})$", re.I)


def _before_honorifics(sentence: str, at: int) -> int:
    """Where the honorifics written right before ``at`` begin (``at`` when none are)."""
    m = _honorifics_behind().search(sentence, max(0, at - 40), at)
    return m.start() if m else at


def _less_legal_forms(orgs: OrgTable) -> list[tuple[str, str]]:
    """Each form of the table that ends in a legal form (``Acme Inc.``, ``Deutsche Messe AG``) with the same
    name less it, when the table holds that too (an organization written both ways is one)."""
    forms = {n for o in orgs.organizations() for n in (o.name, *o.aliases)}
    pairs = []
    for form in forms:
        words = form.split()
        if len(words) >= 2 and words[-1].lower().rstrip(".").replace(",", "") in LEGAL_FORMS:
            short = " ".join(words[:-1]).rstrip(",")
            if short in forms:
                pairs.append((form, short))
    return sorted(pairs)


# the words a company's name ends in that news leaves out once the company is known ("Orbis Labs" … "Orbis CEO Ana
# Vale", "Ford Motor" … "Ford"): the company itself, not a unit or a subsidiary of it (not "Cloud", "Capital", "Media")
_FIRM_ENDINGS = frozenset({"labs", "lab", "group", "corporation", "corp", "company", "technologies", "technology",
                           "robotics", "systems", "motor", "motors", "electronics", "industries", "holdings"})


# a place's own offices: the name written with one is a place's, no firm's short form ("Odense mayor A")
_LOCAL_OFFICES = frozenset({"mayor", "governor", "premier", "lieutenant-governor", "councillor", "councilor",
                            "alderman", "selectman", "reeve", "burgomaster", "prefect"})


def _places_of_offices(people: dict[str, dict], orgs: OrgTable) -> frozenset[str]:
    """The ids of the organizations some person holds a place's office at (``Odense mayor Peter Juel``): places."""
    return frozenset(orgs.id_of(k) for p in people.values() for k, t, _u in p["affs"]
                     if k and t and t.split()[-1].lower() in _LOCAL_OFFICES)


def _less_firm_endings(orgs: OrgTable, places: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(the longer form, the form) for each capitalised form that opens the forms of exactly one other organization,
    one of them the form and one or two endings of a firm's name (``Orbis`` and ``Orbis Labs``). Nothing when
    another organization's name opens with it too (``Hanbit`` of ``Hanbit Motor`` and ``Hanbit Heavy Industries``),
    nor for the ids in ``places`` (``Odense`` of its mayor is no short form of ``Odense Robotics``)."""
    owner = {n: o.id for o in orgs.organizations() if o.id not in places for n in (o.name, *o.aliases)}
    by_first: dict[str, list[str]] = {}  # the forms by their first word (the forms one may open)
    for n in owner:
        by_first.setdefault(n.split()[0] if n.split() else n, []).append(n)
    pairs = []
    for form, oid in owner.items():
        if not form[:1].isupper():
            continue
        opening = [n for n in by_first.get(form.split()[0], ()) if owner[n] != oid and n.startswith(form + " ")]
        if len({owner[n] for n in opening}) != 1:
            continue
        longer = [n for n in opening if 1 <= len(rest := n[len(form) + 1:].split()) <= 2
                  and all(w.lower().rstrip(".") in _FIRM_ENDINGS for w in rest)]
        if longer:
            pairs.append((min(longer, key=lambda n: (-len(n), n)), form))
    return sorted(pairs)


# the words after which the rest of a name is another organization, the one the first part is of or at
_TAIL_AFTER = frozenset({"at", "of", "in", "for", "and", "&", "on", "the", "to", "from", "de", "du", "der", "und"})


def _tail_forms(orgs: OrgTable) -> list[tuple[str, str]]:
    """Each form of two words or more that ends exactly one longer form of another organization in the table
    (``College of Engineering`` and ``University of Michigan College of Engineering``: a headline or a later
    sentence leaves the parent out), with that form. A one-word tail (``Cloud`` of ``Naver Cloud``) joins nothing,
    nor a tail that two organizations end with, nor the rest of a name after a place (``Korea Semiconductor Industry
    Association`` and the ``Semiconductor Industry Association`` are two bodies)."""
    ls = lists()

    def national(words: list[str]) -> bool:
        # (not "Semiconductor Industry Association" of "Korea Semiconductor Industry Association": a country's or a
        # place's own body and another one)
        return all((w := word.lower().rstrip(".")) in ls.places or w in ls.nationalities for word in words)

    def tails(words: list[str]) -> Iterator[str]:
        # (not "Lake University" of "College of X at Lake University")
        return (" ".join(words[k:]) for k in range(1, len(words) - 1)
                if words[k - 1].lower() not in _TAIL_AFTER and not national(words[:k]))
    return _shorter_forms(orgs, tails, lambda form: True)


def _acronym_tail_forms(orgs: OrgTable) -> list[tuple[str, str]]:
    """Each one-word form in capitals (three letters or more) that ends exactly one longer form of another
    organization after its owner's name (``HAI`` of ``Stanford HAI``, ``SDS`` of ``Samsung SDS``: a later mention leaves
    the owner out), with that longer form. Nothing when two organizations' forms end with it."""
    def tails(words: list[str]) -> Iterator[str]:
        last = words[-1] if len(words) >= 2 else ""
        ok = len(last) >= 3 and last.isalpha() and last.isupper() and words[-2][:1].isupper() \
            and words[-2].lower() not in _TAIL_AFTER
        return iter((last,) if ok else ())
    # (not initials that already stand for a name of their own: "the Lake Robotics Alliance (LRA)" and "Orbis LRA")
    alone = {o.name for o in orgs.organizations() if not o.aliases}
    return _shorter_forms(orgs, tails, lambda form: " " not in form and form in alone, least=1)


def _head_forms(orgs: OrgTable) -> list[tuple[str, str]]:
    """Each form of two words or more ending in a word for an organization that opens exactly one longer form of
    another organization before its ``of`` or ``for`` (``Korea Chamber`` and ``Korea Chamber of Commerce and
    Industry``: a later mention leaves the field out), with that form. Nothing when two longer forms open with it
    (``Korea Institute`` of ``… of Science and Technology`` and ``… for Advancement of Technology``)."""
    def heads(words: list[str]) -> Iterator[str]:
        return (" ".join(words[:k]) for k in range(2, len(words)) if words[k].lower() in ("of", "for"))
    return _shorter_forms(orgs, heads, lambda form: form.split()[-1].lower() in ORG_WORDS)


def _shorter_forms(orgs: OrgTable, parts: Callable[[list[str]], Iterable[str]],
                   fits: Callable[[str], bool], least: int = 2) -> list[tuple[str, str]]:
    """(longest form of the one other organization, form) for each capitalised form of ``least`` words or more that
    ``fits`` and is one of the ``parts`` of exactly one other organization's forms (see :func:`_tail_forms`,
    :func:`_head_forms`, :func:`_acronym_tail_forms`)."""
    owner: dict[str, str] = {}
    longest: dict[str, str] = {}  # an organization's id -> its longest form
    holders: dict[str, set[str]] = {}  # a part of a form -> the organizations whose forms have it
    for o in orgs.organizations():
        longest[o.id] = min((o.name, *o.aliases), key=lambda n: (-len(n), n))
        for n in (o.name, *o.aliases):
            owner[n] = o.id
            for part in parts(n.split()):
                holders.setdefault(part, set()).add(o.id)
    pairs = []
    for form, oid in owner.items():
        others = holders.get(form, set()) - {oid}
        if len(form.split()) >= least and form[:1].isupper() and fits(form) and len(others) == 1:
            [other] = others
            pairs.append((longest[other], form))
    return sorted(pairs)


def _last_sentence(line: str) -> str:
    """The last sentence of a line (the whole line when it is one)."""
    spans = sentences(line) if re.search(r"[.!?]\s", line) else []
    return line[spans[-1].start:] if spans else line


def _list_roles(text: str, people: dict[str, dict]) -> None:
    """``Confirmed speakers:`` / ``Those taking part in the panel discussions will include:``, then
    bullet lines: the people of the list take the header's role (sub-headers such as ``Session 1 —
    Wednesday`` keep the list open)."""
    role: Role | None = None
    offset = 0
    mentions = _by_position(people)
    starts = [at for at, _p in mentions]
    card = 0  # lines of a card read so far: its name alone on a short line (1), then its post on the next (2)
    before, body = "", ""  # the last line with words before this one
    for line in text.splitlines(keepends=True):
        before = body or before
        start, body = offset, line.strip()
        offset += len(line)
        under, card = card, 2 if card == 1 and body and len(body.split()) <= 8 else 0
        on_line = mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, offset)]
        here = _unique(p for _at, p in on_line)
        # (a short line that ends a sentence is no header: "About 200 people attended.")
        # ("Keynote Speech | The Future of Physical AI": the header's label before a bar or a dash, its talk after)
        label = _HEADER_TITLE.split(body, maxsplit=1)[0] if not here else body
        if body.endswith(":") or (body and len(label.split()) <= 6 and not here and not body.endswith((".", "!", "?"))):
            # (a header that ends a paragraph heads the list by its own sentence: "Tsao opened the forum with
            # welcome remarks. Invited speakers included:")
            last = _last_sentence(label)
            cues = _cues_in(last)
            if not cues and _ANAPHORIC_HEADER.fullmatch(last.strip()):
                # "… announced the first speakers. Among them:" / "They include:": the part the sentence before
                # names, on this line or the one before it
                prior = label[:len(label) - len(last)].strip() or before
                cues = [c for c in _cues_in(_last_sentence(prior)) if c[2] in _TALK_ROLES or c[2] is Role.ATTENDEE][-1:]
            elif not cues and _PARTICIPANTS_HEADER.fullmatch(last.strip()):
                cues = [(0, len(last), Role.ATTENDEE)]  # "Participants:": those taking part (a discussion's, its panel)
            if cues or body.endswith(":"):
                role = cues[0][2] if cues else (role or Role.SPEAKER) if _PROGRAMME.search(body) else None
                continue
            if _PROGRAMME.search(body):
                # "Session 1 — Wednesday" keeps the list's role (a list's of speakers or panelists; one person's
                # part before it, a keynote or a welcome, is no session's)
                role = role if role in (Role.SPEAKER, Role.PANELIST) else Role.SPEAKER
                continue
        timed = TIMED_LABEL.match(body)
        if timed is not None and not here:
            # "10:30 a.m. — Panel: Data for smart plants", then its people on the lines under it: the part the
            # label names ("12:00 p.m. — Lunch", with none, closes the list)
            role = _label_part(timed.group("label")) if timed.group("label") else None
            continue
        if role is None:
            continue
        if _BULLET.match(line) and (own := _OWN_LABEL.match(line)) is not None and (
                _cues_in(own.group(1)) or own.group(1).lower() in _PROGRAMME_LABELS):
            continue  # "• Moderator: Priya Nair, …" under a panel's line: the part its own label names
        lead = len(line) - len(line.lstrip())
        # (the line opens with the name, or with its honorifics: "Dr. Alan Reid, Chief Scientist, …")
        # (the mentions on this line only: a person named on many lines is looked at once per line)
        opens = _unique(p for at, p in on_line if at == start + lead or at > start + lead
                        and _honorifics_ahead().fullmatch(text, start + lead, at))
        if opens and not _BULLET.match(line) and len(here) > len(opens):
            # "Session 1: Data\n\nAna Vale of X argued …. Tom Reed of Y agreed, …": a paragraph under a part's
            # header that opens with a name gives the part to the names that open its other sentences too
            firsts = {start + sp.start + len(line[sp.start:sp.end]) - len(line[sp.start:sp.end].lstrip())
                      for sp in sentences(line)}
            opens = _unique([*opens, *(p for at, p in on_line if at in firsts)])
        if _BULLET.match(line) or opens:
            for p in (here if _BULLET.match(line) else opens):
                p["roles"].setdefault(role, None)
            card = 1 if not _BULLET.match(line) and len(body.split()) <= 4 else 0
        elif body and len(body.split()) > 8 and under != 2:
            role = None  # a paragraph closes the list (not a card's line of biography under its name and post)


# what sets a header's label off from the talk's title after it on one line: a bar or a dash between spaces
_HEADER_TITLE = re.compile(r"\s+[|–—]\s+|\s+-\s+")
# a bulleted line's own label before a colon: "• Moderator: Priya Nair, Senior Editor, …"
_OWN_LABEL = re.compile(_BULLET.pattern + r"([A-Z][A-Za-z \-]{1,30}?)\s*:")


def _label_part(label: str) -> Role | None:
    """The part a programme line's label names: a cue in it, else its words or its first word as a label of
    :data:`_PROGRAMME_LABELS` ("Welcome and introductions": the first word names the part)."""
    cues = _cues_in(label)
    return cues[0][2] if cues else _PROGRAMME_LABELS.get(label.lower(), _PROGRAMME_LABELS.get(label.split()[0].lower()))


def _programme_roles(text: str, people: dict[str, dict]) -> None:
    """``09:15 Keynote: "AI on the shop floor" – Jens Keller, Siemens``: the part a programme line
    names (a cue in its label; "Welcome" is the host's) is the role of the person after the dash, and
    a quoted title there is their talk's."""
    by_start = {s.start: p for p in people.values() for s in p["spans"]}
    for m in programme_entries(text):
        person = by_start.get(programme_name_start(text, m))
        label = m.group("label").strip()
        # (an item with no label of its own, under a session's line, gives a talk: see PROGRAMME_ITEM)
        role = _label_part(label) if label else Role.SPEAKER
        under_talks = role is None and person is not None and under_talks_heading(text, m.start())
        if under_talks:
            role = Role.SPEAKER  # "Day one sessions:" / "Digital twins in practice – A, Head of Digital, X": a talk
        if person is None or role is None:
            continue
        title = (m.group("title") or m.groupdict().get("title_b") or "").strip() \
            or (f'"{m.group("talk2")}"' if m.groupdict().get("talk2") else "")
        quoted = len(title) >= 2 and title[0] in "\"“" and title[-1] in "\"”"
        # (an item's title is written bare; so may a talk's be after its label: "Case study: AI in assembly – X")
        talk = title[1:-1].strip().rstrip(",.") if quoted \
            else label if under_talks and not title \
            else title if not label or role in (Role.SPEAKER, Role.KEYNOTE) else None
        talk = talk or None  # (no title written: "9:30 a.m. — Keynote: Ana Vale, Lake Corp")
        person["roles"].setdefault(role, talk if role in _TALK_ROLES else None)
        if talk and role in _TALK_ROLES and person["roles"][role] is None:
            person["roles"][role] = talk  # (the part read before from the session's line, the talk's title here)


# a bulleted line of a line-up that ends in a quoted title after a dash: '• Ana Vale, CEO, Acme — "Robots at Work"'
_TITLED_ITEM = re.compile(r"^[ \t]*[•*·▪●\-–—][ \t]*(?P<item>[^\n\"“”]{3,160}?)[ \t]+[—–-][ \t]+"
                          r"[\"“](?P<talk>[^\n\"“”]{3,120}?)[\"”][ \t]*$", re.M)


def _titled_items(text: str, people: dict[str, dict]) -> None:
    """``• Ana Vale, CEO, Acme — "Robots at Work"``: the person who opens a bulleted line that ends in a quoted
    title gives that talk (when no cue gave them a part); so does one whose line ends in what they spoke on
    (``- Ana Vale, CEO of Acme, on deploying humanoids``), with no title."""
    by_start = {s.start: p for p in people.values() for s in p["spans"]}
    for m in (*scan(_TITLED_ITEM, text), *scan(_TOPIC_ITEM, text)):
        at = m.start("item")
        honorifics = _honorifics_ahead().match(text, at, m.end("item"))  # ("• Dr. Ana Vale (Acme) — …")
        person = by_start.get(at) or (by_start.get(honorifics.end()) if honorifics else None)
        if person is not None and not person["roles"]:
            person["roles"][Role.SPEAKER] = m.group("talk").strip() if m.re is _TITLED_ITEM else None


# a bulleted line of a line-up that ends in what its person spoke on: "- Ana Vale, CEO of Acme, on deploying humanoids"
_TOPIC_ITEM = re.compile(r"^[ \t]*[•*·▪●\-–—][ \t]*(?P<item>[A-Z][^\n]{3,160}?),[ \t]+(?:on|about)[ \t]+[^\n]{3,160}$", re.M)


# programme labels that name a part with no cue word of their own
_PROGRAMME_LABELS = {"welcome": Role.HOST_REP, "opening": Role.HOST_REP, "closing": Role.HOST_REP,
                     "farewell": Role.HOST_REP, "talk": Role.SPEAKER, "presentation": Role.SPEAKER,
                     "lecture": Role.SPEAKER, "case study": Role.SPEAKER, "fireside chat": Role.SPEAKER,
                     # ("Session 2: Predictive maintenance – Ana Vale, Orbis": a numbered session's givers)
                     "session": Role.SPEAKER, "track": Role.SPEAKER,
                     # (the other kinds of item one person leads: "13:30 Workshop: Vision models – Ana Vale, Orbis")
                     "workshop": Role.SPEAKER, "tutorial": Role.SPEAKER, "masterclass": Role.SPEAKER,
                     "demo": Role.SPEAKER, "demonstration": Role.SPEAKER, "spotlight": Role.SPEAKER,
                     "showcase": Role.SPEAKER, "lightning": Role.SPEAKER, "plenary": Role.SPEAKER,
                     "seminar": Role.SPEAKER, "lecture series": Role.SPEAKER, "interview": Role.SPEAKER,
                     "panel": Role.PANELIST, "panel discussion": Role.PANELIST, "moderator": Role.MODERATOR,
                     "moderation": Role.MODERATOR, "chair": Role.MODERATOR}


# the words that open the next turn of a programme, right before the one who takes it
_NEXT_TURN = re.compile(r"\s*(?:Next|Then|Finally|Lastly|Afterwards?|Following\s+(?:that|him|her|them)|"
                        r"(?:Last|Next)\s+up\s+(?:was|were|is)|Up\s+next\s+(?:was|were|is)|Closing\s+out\s+the\s+"
                        r"(?:day|session|programme|program)),?\s+")


# the members of a part the sentence before names, in a sentence of their own: "They included A and B"
_THEY_INCLUDED = re.compile(r"\s*(?:They|These|Those)\s+(?:included|include|were|are)\s+(?=[A-Z])")
# the next one of those the sentence before gave a part, the part's noun left out: "Another, B of Y, said …"
_ANOTHER_ONE = re.compile(r"\s*(?:Another|Yet\s+another|A\s+(?:second|third|fourth|fifth)),\s+")


# a verb that brings in another's words: the one named after it is cited, not on stage
# (the person's title or body may stand between: "quoting Rock Systems founder Tom Reed"; not "citing a talk by A")
_CITED_NAME = r"\s+(?:(?!(?:by|with|and|at)\s)[\w&'’.\-]+\s+){0,5}$"  # up to the name: its title and body between
_CITED = re.compile(rf"\b(?:citing|quoting|echoing|paraphrasing|invoking){_CITED_NAME}", re.I)


def _roles_and_quotes(text: str, spans: list[Span], people: dict[str, dict]) -> None:
    """Roles from cue words next to each mention; quotes from ``"…," said NAME``."""
    _list_roles(text, people)
    _programme_roles(text, people)
    _titled_items(text, people)
    spans_by_start = sorted(((s, name) for name, p in people.items() for s in p["spans"]), key=lambda x: x[0].start)
    mention_starts = [s.start for s, _n in spans_by_start]
    descriptions = sorted((d for p in people.values() for d in p["described"]), key=lambda d: d.start)
    described_at = [d.start for d in descriptions]
    before: list[Role] = []  # the speaking roles the sentence before gave
    previous = Span(0, 0)  # the sentence before
    # the last sentence that names someone, and how many sentences naming no one came after it
    named_last, unnamed_since = Span(0, 0), 0
    unnamed: Span | None = None  # the sentence before, when it names no one
    for sp in spans:
        sentence = text[sp.start:sp.end]
        here = spans_by_start[bisect.bisect_left(mention_starts, sp.start):bisect.bisect_left(mention_starts, sp.end)]
        given, before = before, []
        if not here:
            pronoun = _PRONOUN_ACTS.match(sentence) or _title_anaphor(sentence, people, spans_by_start, mention_starts,
                                                                     previous, sp)
            # "Speaking on the occasion, she said …": a participle of speaking opens the sentence before the pronoun
            opening = _OPENING_PARTICIPLE.match(sentence) if pronoun is None else None
            # ("Addressing the gathering, the minister said …": or the post of the one named before)
            if opening is not None and not re.match(r"(?:he|she)\b", sentence[opening.end():]) \
                    and not _title_anaphor(sentence, people, spans_by_start, mention_starts, previous, sp,
                                           at=opening.end()):
                opening = None
            cues = _cues_in(sentence) if pronoun or opening else []
            part: Role | None = cues[0][2] if pronoun and cues \
                and _PRONOUN_GAP.fullmatch(sentence, pronoun.end(), cues[0][0]) else None
            if opening is not None:
                part = next((r for a, _b, r in cues if a == opening.start(1)), None) \
                    or _OPENING_ROLES.get(opening.group(1).lower())
            framed = TALK_FRAME.match(sentence)
            if part is None and framed and (re.match(r"\s*(?:he|she)\b", sentence[framed.end():])
                                            or _title_anaphor(sentence, people, spans_by_start, mention_starts,
                                                              previous, sp, at=framed.end())):
                part = _frame_role(framed)  # "In his speech, he noted …", "In his remarks, the minister said …"
            owned = _THEIR_TALK.match(sentence) if part is None else None
            title: str | None = framed.group("title") if part is not None and framed else None
            if owned is not None:  # 'Her lecture, "Robots That Learn," drew a full house': the one named before's
                part = _FRAMED_PART.get(owned.group("part").lower(), Role.SPEAKER)
                title = owned.group("title") or owned.group("named")
            group = _GROUP_ACTS.match(sentence) if part is None and pronoun is None and opening is None else None
            if group is not None and (acts := _cues_in(sentence)) \
                    and _PRONOUN_GAP.fullmatch(sentence, group.end(), acts[0][0]):
                # "(From left) A, B and C pose at the summit. The three spoke on a panel": all the sentence before names
                # (past one sentence naming no one between: "… at the summit. (Photo: Nordic AI) The three spoke …")
                named = _all_named(spans_by_start, mention_starts, named_last, sp) if unnamed_since <= 1 else []
                _group_takes_part(group, named, people, acts[0][2])
            if part is not None and (one := _one_named(spans_by_start, mention_starts, previous, sp)) is not None:
                # "Tom Reed, vice president at Nimbus, attended. He moderated the panel.": the one person
                # of the sentence before
                roles = people[one]["roles"]
                if title and roles.get(part) is None:
                    roles[part] = title
                else:
                    roles.setdefault(part, None)
            previous = sp
            unnamed = sp
            unnamed_since += 1
            continue
        pronoun = _PRONOUN_ACTS.match(sentence)
        cues = _cues_in(sentence) if pronoun else []
        if pronoun is not None and cues and _PRONOUN_GAP.fullmatch(sentence, pronoun.end(), cues[0][0]) \
                and here[0][0].start - sp.start >= cues[0][1] \
                and (one := _one_named(spans_by_start, mention_starts, previous, sp)) is not None:
            # "Acme CEO Ana Vale opened the forum. Later, she moderated a panel with Tom Reed of Ridge Labs": the
            # pronoun's part, before the names the sentence gives (theirs are read below)
            people[one]["roles"].setdefault(cues[0][2], None)
        group = _GROUP_ACTS.match(sentence) if pronoun is None else None
        if group is not None and (acts := _cues_in(sentence)) and here[0][0].start - sp.start >= acts[0][1] \
                and _PRONOUN_GAP.fullmatch(sentence, group.end(), acts[0][0]):
            # "A and B signed an agreement. They then joined a panel moderated by C": all the sentence before names,
            # the group's part before the names the sentence gives
            _group_takes_part(group, _all_named(spans_by_start, mention_starts, previous, sp), people, acts[0][2])
        if len({n for _s, n in here}) == 1 and (where := _WHERE_PRONOUN.search(sentence, here[0][0].end - sp.start)):
            # '"Start small," Lee told reporters at the summit, where he gave a keynote': the one person named
            where_cues = [c for c in _cues_in(sentence) if c[0] >= where.end()]
            if where_cues and _PRONOUN_GAP.fullmatch(sentence, where.end(), where_cues[0][0]):
                people[here[0][1]]["roles"].setdefault(where_cues[0][2], None)
        # "Teo chaired a roundtable on AI. Participants included A and B": those taking part in the discussion
        # the sentence before names sat on it
        # (not the gathering itself: "Acme hosted a roundtable on Tuesday. Participants included …" attended it)
        talked = _DISCUSSION_WORD.search(text, previous.start, sp.start) if _PARTICIPANTS.search(sentence) else None
        # "The summit features 40 speakers. Among them is A, …, and B": the part of those the sentence before counts
        among = _counted_part(text[previous.start:previous.end]) if _AMONG_THEM.match(sentence) else None
        if among is None and _NEXT_OF_THEM.match(sentence) \
                and (first := _FIRST_OF_PART.search(text, previous.start, previous.end)) is not None:
            # "The first presenter, A, explained …. The second, B, focused on …": the next one of that part
            among = _FIRST_PARTS[" ".join(first.group("part").lower().split())]
        discussed = talked is not None and _HELD_BEFORE.search(text, max(previous.start, talked.start() - 60),
                                                               talked.start()) is None
        # "A introduced a panel of startup founders. They included B and C": those of the part the sentence before
        # ends with
        members = next((r for _a, _b, r in reversed(_cues_in(text[previous.start:previous.end])) if r in _TALK_ROLES),
                       None) if previous.end > previous.start and _THEY_INCLUDED.match(sentence) else None
        previous = sp
        named_last, unnamed_since = sp, 0
        # "Panelists discuss … . From left are A, B and C": a caption's people do what the sentence before
        # (naming no one) says, not only stand in the picture
        pictured = None
        if unnamed is not None and _FROM_LEFT.search(sentence):
            pictured = next((r for _a, _b, r in _cues_in(text[unnamed.start:unnamed.end]) if r in _TALK_ROLES), None)
        unnamed = None
        # "Kim and Lee discussed sovereign AI. They were joined by Park …" / "… A and B followed.": the same part
        joined = given[0] if (_JOINED.match(sentence) or _FOLLOWED.search(sentence)) and len(set(given)) == 1 else among
        if joined is Role.MODERATOR and _JOINED.match(sentence):
            joined = Role.PANELIST  # "Ana Vale moderated a panel. Joining her were A and B": they sat on it
        if joined is None:
            joined = members
        interview: bool | None = None  # an interview on stage in the sentence, read at its first use
        starts = {s.start - sp.start for s, _n in here}
        described = descriptions[bisect.bisect_left(described_at, sp.start):bisect.bisect_left(described_at, sp.end)]
        # "House Speaker Kurt Zellers": a cue word used as the title right before a name is no cue;
        # nor is one inside a person's own title or organization ("Convenor, Machine Tools Panel")
        inside = bytearray(len(sentence) + 1)  # characters of a person's own description
        for d in described:
            x, y = max(0, d.start - sp.start), min(len(sentence), d.end - sp.start)
            if y > x:
                inside[x:y] = b"\x01" * (y - x)
        # (a plural is no title: "Panelists Jane Roe and Tom Reed agreed …")
        cues = [c for c in _cues_in(sentence) if not (sentence[c[0]].isupper() and c[1] + 1 in starts
                                                       and not _ENDS_IN_BY.search(sentence, c[0], c[1])
                                                       # ("In the presence of A, …": a cue that opens the sentence)
                                                       and not sentence[c[0]:c[1]].endswith(("s", "ed", " were", " are", " include",
                                                                                               " to", " of", " heard", " came",
                                                                                               " come"))
                                                       and not sentence[c[0]:c[1]].lower().startswith("keynote"))
                # ("Keynoter Ana Vale of Lake Corp spoke": the label right before the name is a part, though read
                # as her post too)
                and (not inside[c[0]] or c[1] + 1 in starts and sentence[c[0]:c[1]].lower().startswith("keynote"))]
        # "Last year's summit featured A", "A, who spoke at last year's summit, …": a part at another edition
        # ("Ana Vale (pictured), CEO of Acme, gave the keynote": a photo's marker in parentheses is no cue)
        # ('… said manufacturers needed "AI that speaks their language"': the words quoted name no one's part)
        quoted = [(q.inner.start, q.inner.end) for q in find_quotes(sentence) if q.double]
        cues = [c for c in cues if not any(a <= c[0] and c[1] <= b for a, b in quoted)]
        cues = [c for c in cues if not _at_another_edition(sentence, c[0], c[1])
                and not (sentence[c[0] - 1:c[0]] == "(" and sentence[c[1]:c[1] + 1] == ")")]
        # "Jane Roe of Acme (moderator)", "… with Jane Roe moderating": the part of the one name before it,
        # no cue for the names after it
        own = _own_parts(sentence, sorted((s.start - sp.start, s.end - sp.start, n) for s, n in here))
        cues = [c for c in cues if not any(a <= c[0] < b for a, b, _n, _r in own)]
        # "… Tom Reed of Orbis and moderator Lee Min-ho": a part's word right before a name labels that name
        # alone (read by _LABEL for it), no cue for the names before it
        # ("From left are moderator Tom Reed of X, Ana Vale of Y and …": the label is the first item's alone)
        cues = [c for c in cues if not (c[1] + 1 in starts and sentence[c[0]:c[1]].lower() in _LABEL_WORDS
                                        and c[0] > 0 and sentence[c[0] - 1] == " "
                                        and (sentence[max(0, c[0] - 6):c[0]].rstrip().endswith(("and", ","))
                                             or sentence[c[0]].islower()))]
        for _a, _b, name, part in own:
            people[name]["roles"].setdefault(part, None)
        frame = _FRAME.match(sentence)
        keynote_frame = _KEYNOTE_FRAME.match(sentence)
        host_frame = _HOST_FRAME.match(sentence)
        sc = _SentenceCues.of(sentence, sp.start, cues, here)
        last_part: Role | None = None  # the speaking part the sentence gave last
        owned_by = {n for _a, _b, n, _r in own}
        talk_frame = TALK_FRAME.match(sentence)
        event_frame = _event_frame().match(sentence) if talk_frame is None else None
        framed_end: int | None = None  # where the subjects a talk frame gives its part to end so far
        joined_until: tuple[int, Role] | None = None  # where "A joined B … for a chat" ends, and the part held
        followed_until: int | None = None  # where the last name after "followed by" and its words end
        for span, name in here:
            if name in owned_by:
                continue  # the part written with the name alone is its part in this sentence
            lead = _before_honorifics(sentence, span.start - sp.start)  # ("Keynote speaker Dr. Maria Chen")
            if _CITED.search(sentence, max(0, lead - 60), lead):
                continue  # "… gave the keynote, citing Tom Reed, the founder of Rock Systems": one whose words are cited
            role = _cue_for(sc, span, name) or joined
            if role is Role.SPEAKER and given and given[-1] in (Role.PANELIST, Role.MODERATOR) \
                    and _SHARED_THE_STAGE.match(sentence):
                role = Role.PANELIST  # "A spoke on a panel …. He shared the stage with B and C": B and C sat on it
            if role is not None and bisect.bisect_left(sc.starts, span.end - sp.start) == len(sc.cues) \
                    and _ACCORDING_TO.search(sentence, max(0, lead - 16), lead) and lead > 16:
                # "This theme will be picked up by the panel discussions, according to Ana Vale of Orbis": the source
                # the clause before is told by, with no part of its own there
                role = None
            own_lead = people[name]["leads"].get(span.start, span.start) - sp.start  # (before its own title)
            label = _LABEL.search(sentence, max(0, lead - 30), lead) \
                or _APPOSED_LABEL.search(sentence, max(0, lead - 50), lead) \
                or own_lead < lead and _APPOSED_LABEL.search(sentence, max(0, own_lead - 50), own_lead)
            # ("The keynote speaker was Dutch designer Ana Vale, who talked about …": the label before the post)
            # ("From left are A, B and moderator C": a part written before the name beats being pictured)
            # ("Attendee Ana Vale said …": one of the audience by the label, where nothing gives a part)
            if label and (role is None or role in (Role.SPEAKER, Role.PANELIST, Role.ATTENDEE) and not label.group("media")
                          and _part_word(label.group("label")) is not Role.ATTENDEE
                          # "said keynote speaker Dana Whitfield, …, who opened the event": the opening was the keynote
                          or role in (Role.HOST_REP, Role.ATTENDEE, Role.OTHER)
                          and _part_word(label.group("label")) is Role.KEYNOTE
                          # "Moderator Kevin Parker closed the session": what the moderator did there is moderating
                          or role in (Role.HOST_REP, Role.OTHER) and not label.group("media")
                          and label.group("label").lower() in _LABEL_WORDS - {"host", "co-host"}):
                role = _part_word(label.group("label"))  # "Host Peter Reynolds … asked panelists"
            past = _past_description(sentence, span.end - sp.start)  # where the words after the person begin
            if role is None and _FOLLOWED_AFTER.match(sentence, past):
                role = Role.SPEAKER  # "A gave a keynote, and B of Y followed.": B gave the next talk
            if role is None and _WAS_JOINED.match(sentence, past):
                # "A of X was joined by B of Y for a discussion": A held the part B is given
                nxt = min(((s, n) for s, n in here if s.start >= span.end and n != name), default=None,
                          key=lambda sn: sn[0].start)
                role = _cue_for(sc, nxt[0], nxt[1]) if nxt else None
            if role in (None, Role.SPEAKER) and (joined_on := _JOINED_ON_STAGE.match(sentence, past)):
                # "Tom Reed of Nimbus AI joined Ana Vale on stage": both on the stage ("… joined him on stage"
                # after "Mia Holt moderated": on the panel she moderated)
                role = Role.PANELIST if given and given[-1] is Role.MODERATOR \
                    and re.search(r"\b(?:him|her|them)\b", joined_on.group()) else Role.SPEAKER
            if role is None and joined_until is not None and span.start - sp.start < joined_until[0]:
                role = joined_until[1]  # "A of X joined B of Y for a fireside chat": B held it with A
            if role is None and (held := _joined_for().match(sentence, past)):
                # "A of X joined B of Y for a fireside chat": A held the part with B
                role = Role.PANELIST if held.group("part").lower() in ("panel", "discussion", "debate", "roundtable") \
                    else Role.SPEAKER
                joined_until = (held.end(), role)
            if role is None and last_part in (Role.SPEAKER, Role.KEYNOTE) \
                    and (any(_followed_by().search(sentence, max(0, at - 40), at)
                             for at in {span.start - sp.start, own_lead})
                         # ("…, followed by B of Y and C of Z": the next talks, one a name of the list)
                         or followed_until is not None
                         and _LIST_JOINER.fullmatch(sentence, followed_until, min(lead, own_lead)) is not None):
                # "A of X spoke first, followed by B of Y": the next talk was B's ("…, followed by Naver's B")
                role = Role.SPEAKER
                followed_until = past
            if role is None and given and given[-1] in (Role.SPEAKER, Role.KEYNOTE) \
                    and (turn := _NEXT_TURN.match(sentence)) is not None and span.start - sp.start <= turn.end() + 1:
                role = Role.SPEAKER  # "A of X presented first. Next, B of Y walked through a case": the next talk
            if role is None and len(set(given)) == 1 and (other := _ANOTHER_ONE.match(sentence)) is not None \
                    and span.start - sp.start <= other.end() + 1:
                role = given[0]  # "One speaker, A of X, walked the audience through … . Another, B, said …": the same part
            if (role is None or role is Role.SPEAKER and last_part is Role.MODERATOR) and last_part is not None \
                    and _joined_by_before(sentence, span.start - sp.start):
                # ("Moderator Tom Reed was joined on stage by A": the stage the moderator's panel's, no talk of A's)
                # "Tom Reed of Acme spoke on Tuesday and was joined by Ana Vale": the part joined (a moderator's: the panel)
                role = Role.PANELIST if last_part is Role.MODERATOR else last_part
            if role is None and interview is None:
                interview = _ON_STAGE_INTERVIEW.search(sentence) is not None  # (read once a sentence)
            if role is None and interview:
                role = Role.SPEAKER  # "Jane Roe interviewed Ana Vale of Acme on stage": both speak in it
            if role is None and _AS_DID.search(sentence, max(0, span.start - sp.start - 12), span.start - sp.start):
                # "Mia Holt gave a keynote, as did Tom Reed": the part of the one named before
                role = last_part or (given[0] if len(set(given)) == 1 else None)
            lead = own_lead  # its own words before the name
            if talk_frame and (talk_frame.end() == lead or framed_end is not None
                               and _AND_ANOTHER.fullmatch(sentence, framed_end, lead)):
                # "During a session titled "…," A argued …"; "During the session, A of X and B of Y exchanged …"
                framed_end = span.end - sp.start
                frame_part = _frame_role(talk_frame)
                # ('In a keynote titled "…," A laid out …': a verb of talking in the keynote the frame names)
                # ("In his opening speech, A stressed …": the host's words, or a guest's greeting, as the frame says)
                role = frame_part if role is None or role is Role.SPEAKER \
                    and frame_part in (Role.KEYNOTE, Role.HOST_REP, Role.OTHER) else role
            if role is None and event_frame is not None and event_frame.end() == lead \
                    and _PRESENTING.match(sentence, past):
                role = Role.SPEAKER  # "At the AI Summit on Tuesday, Ford's Ana Vale highlighted digital twins"
            elif role is None and (presented := _PRESENTING.match(sentence, past)) is not None \
                    and not presented.group().rstrip().endswith(("showcased", "demonstrated", "presented")) \
                    and _at_the_gathering().match(sentence, presented.end()):
                # (a product shown or an award presented at an expo is no talk: those verbs only with a frame)
                role = Role.SPEAKER  # "Ana Vale of Lake Corp highlighted the need for standards at the forum"
            elif role is None and (event_frame is not None and event_frame.end() == lead
                                   and _SAID_THERE.match(sentence, past)
                                   or _REPORTED.match(sentence, past) and not _PRESS_OPENING.match(sentence)
                                   or _ACCORDING_TO.search(sentence, max(0, lead - 16), lead)):
                # "At the forum, Lake Corp CEO Ana Vale said …": said there, as one quoted there (see _quoted_at_a_talk)
                # ("Arvind Krishna, IBM's chairman and CEO, argued that …": what one said, reported in the words of
                # the report, as a quote would be)
                people[name]["said_there"] = True
            if pictured is not None and role is Role.ATTENDEE:
                role = pictured
            elif discussed and role in (None, Role.ATTENDEE):
                role = Role.PANELIST
            if role is None and (order := _SPOKE_IN_TURN.match(sentence)) is not None \
                    and (lead == order.end() or order.start("other") <= lead < order.end("other")):
                role = Role.SPEAKER  # "Speaking after Tom Reed, Jo Park of Ridge Labs described …": both spoke
            if role is None and Role.MODERATOR in before \
                    and _ASKED.search(sentence, max(0, lead - _ASKED_REACH), lead) is not None:
                role = Role.PANELIST  # "Moderator Kelly Ortiz asked John Kim of Honeywell about costs": one questioned
            if frame and role in (None, Role.SPEAKER, Role.ATTENDEE) \
                    and not (role is Role.ATTENDEE and _ATTENDED_AFTER.match(sentence, past)):
                role = Role.PANELIST  # "In a panel discussion moderated by A, B and C discussed …"
                # (not "The panel was moderated by A of X, and B of Y attended": in the audience)
            elif keynote_frame and role is Role.SPEAKER:
                role = Role.KEYNOTE  # "In the keynote session, A presented …, while B spoke on …"
            if host_frame is not None and role in (None, Role.SPEAKER, Role.OTHER, Role.MODERATOR):
                role = Role.HOST_REP  # "Representing the host, Orbis vice president A thanked the sponsors"
            host_frame = None  # (the frame's subject is the first name after it; the others are what it says)
            if role is Role.SPEAKER and sc.only_own_speech:
                # "In his remarks, Hou called for …": the speech the text named before, whose part that gave (opening
                # remarks, a congratulatory speech); a talk only when it gave none (see _extract_en)
                people[name]["own_speech"] = True
                role = None
            if role is not None:
                people[name]["roles"].setdefault(role, None)
                if role in _TALK_ROLES:
                    before.append(role)
                    last_part = role
                also = _coordinated_cue(sc, span, name, role)
                if also is not None:
                    people[name]["roles"].setdefault(also, None)
            if role is None and (_PICTURED_AT.match(sentence, span.end - sp.start) or _CAPTION_OPENS.match(sentence)):
                # "Tom Reed (third from left) cuts the ribbon …": pictured at the event ("(L-R) Ana Vale, Orbis; …":
                # a caption that opens with where each one stands names those pictured)
                role = Role.ATTENDEE
                people[name]["roles"].setdefault(role, None)
            owned = _OWN_PART.match(text, span.end)
            if owned and role is None:  # "Tom Reed's talk covered edge computing": the talk was Reed's
                role = Role.KEYNOTE if owned.group(1).lower().startswith("keynote") else Role.SPEAKER
                people[name]["roles"].setdefault(role, None)
            talk = _TALKING.search(sentence, span.end - sp.start, span.end - sp.start + _TALK_REACH) \
                or _TALKING_NEXT.match(sentence, span.end - sp.start)
            if talk and role is not Role.SPEAKER and not _other_between(sc, span, name, talk.start()):
                people[name]["roles"].setdefault(Role.SPEAKER, None)  # "X will open the day, speaking on …"
        _talk_titles(sentence, [(s.start - sp.start, n) for s, n in here], people, framed=talk_frame is not None)
        if len(here) == 1 and "\n" not in sentence.strip():
            _colon_talk(sentence, here[0][0].start - sp.start, here[0][1], people)
    _quotes(text, spans, people, spans_by_start, mention_starts)
    _interview_answers(text, people)


# an interview's answer: the one answering by name and a colon on a line after the question's ("Q: What will you talk
# about?\nVale: How we moved 40 models …")
_ANSWER_LINE = re.compile(r"^[ \t]*(?P<who>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})[ \t]*:[ \t]+(?P<answer>\S[^\n]*)$",
                          re.M)
_QUESTION_LINE = re.compile(r"^[ \t]*(?:Q[:.]|Question:)[^\n]*$|^[^\n]*\?[ \t]*$", re.M)
_QUESTION_REACH = 400  # characters before an answer where its question's line stands


def _interview_answers(text: str, people: dict[str, dict]) -> None:
    """A question-and-answer interview's answers are direct quotes of the one answering, named by their full name or
    their surname at the line's start, the line before the answer's a question (``Q: …`` or one ending in ``?``)."""
    by_name: dict[str, str] = {}
    for name in people:
        by_name.setdefault(name, name)
        if len(name.split()) >= 2:
            by_name.setdefault(name.split()[-1], name)  # ("Vale:" for Ana Vale; a Korean "Kim" names whoever came first)
    for m in scan(_ANSWER_LINE, text):
        answering = by_name.get(m.group("who"))
        if answering is None or people[answering]["reporter"]:
            continue
        # (the last line before, blank lines skipped, within a bounded reach)
        previous = text[max(0, m.start() - _QUESTION_REACH):m.start()].rstrip().rsplit("\n", 1)[-1].strip()
        if previous and _QUESTION_LINE.fullmatch(previous):
            answer = Span(m.start("answer"), m.end("answer"))
            people[answering]["roles"].setdefault(Role.QUOTED, None)
            people[answering]["quotes"].append(Quote(text[answer.start:answer.end], answer))


# a talk's title: a quote right after a word for the talk or its verb ('a keynote titled "Robots That Learn"',
# 'presented "Data First"', 'spoke on "AI and Jobs"', 'under the title "…"')
_TALK_TITLE = re.compile(r"\b(?:(?:presentation|talk|keynote(?:\s+(?:speech|address|lecture))?|lecture|speech|address|"
                         r"session|seminar|pitch|paper)s?(?:\s+(?:titled|entitled|called|named|on|about))?|"
                         r"(?:presented|presents|gave|delivered|spoke|speaks|talked|lectured)\s+(?:on|about)|"
                         r"presented|presents|(?:will|to)\s+present|under\s+the\s+(?:title|theme)|"
                         r"on\s+the\s+(?:topic|theme|subject)\s+of|"
                         # ('Tom Reed's presentation, "Data at the Edge," explored …': a comma before the title too)
                         r"titled|entitled)\s*[:,]?\s*(?:[\"“](?P<title>[^\"“”]{3,150}?)[,.]?[\"”]|"
                         # single quotes close at the sentence's last ’ that ends no word ("Korea’s", "robots’
                         # makers" inside)
                         r"‘(?P<single>[^‘\n]{3,150})’(?![A-Za-z])|"
                         # (in straight single quotes, a British style: an apostrophe inside goes on before a letter,
                         # "'Korea's Next Step'")
                         r"'(?P<straight>[A-Z0-9](?:[^'\n]|'(?=[a-z])){2,150}?)'(?![A-Za-z]))", re.I)


# a programme line: the name (a bullet before it), its organization and title after commas, a colon, the talk
_COLON_TALK_LINE = re.compile(r"\s*(?:[•\-*·–—▪●]\s*)?(?P<name>[^,:\n]{2,60}?)(?:,[^:\n\"“”]{1,100})?:\s*"
                              r"[\"“]?(?P<talk>[^\n:\"“”]{3,120}?)[\"”]?\s*$")


def _colon_talk(sentence: str, at: int, name: str, people: dict[str, dict]) -> None:
    """``Ana Vale, Bolt Labs: Agents on the Line``: a line that opens with a speaker's name, its talk after
    the colon (a speaker only: "Moderator: Tom Reed" is no talk)."""
    m = _COLON_TALK_LINE.fullmatch(sentence)
    if m is None or m.start("name") != at or not sentence.startswith(name, at):
        return
    roles = people[name]["roles"]
    part = next((r for r in (Role.KEYNOTE, Role.SPEAKER) if r in roles), None)
    if part is not None and roles[part] is None and not _SPEECH_AFTER.search(m.group("talk")):
        roles[part] = m.group("talk").strip().rstrip(".")


_SPEECH_AFTER = re.compile(r"\b(?:said|says|told|noted|added|explained)\b")


_NAMED_TITLE = re.compile(r"\b(?:titled|entitled|called|named)\b", re.I)
# the verbs a talk itself takes as its subject ('Vale's talk, "…," argued that …'; not "said", which is a speaker's)
_TALK_ARGUES = frozenset({"argued", "stressed", "warned", "noted", "explained", "insisted", "declared"})
# an owner right before the word for a talk: "Vale's talk", "Tom Reed's keynote", "her presentation"
_OWNERS_WORD = re.compile(r"(?:\b[Hh](?:is|er)|\b[Tt]heir|[A-Z][\w\-]*['’]s)\s+(?:[a-z][\w\-]*\s+){0,2}$")
# a talk's title set off, then the passive naming its speaker: ', will be given by Dr. ' (the name after)
_TITLE_THEN_AGENT = re.compile(r",?\s*(?:was|were|is|are|will\s+be)\s+(?:given|delivered|presented|made)\s+by\s+"
                               r"(?:[A-Z][a-z]{0,5}\.?\s+){0,2}")


def _talk_titles(sentence: str, here: list[tuple[int, str]], people: dict[str, dict], *, framed: bool) -> None:
    """The title of a talk named in the sentence goes to the speaker named last before it (the first one
    after it when a talk frame opens the sentence: 'In a talk titled "…", Kim argued …'), when that
    speaker gives a talk here and has no title for it yet."""
    for m in _TALK_TITLE.finditer(sentence):
        spoken = SPOKEN_AFTER.match(sentence, m.end())
        if spoken and not _NAMED_TITLE.search(m.group()) \
                and not (_OWNERS_WORD.search(sentence, 0, m.start())
                         and sentence[m.end():spoken.end()].strip() in _TALK_ARGUES):
            # 'In his speech, "We must act now," Reed said': what was said, not the talk's title (but 'In a
            # presentation titled "Twins at Scale," Jon Lind explained …' names it, and so does 'Vale's talk, "Twins
            # at Scale," argued …', the owner's talk the subject of the verb)
            continue
        before = [(at, n) for at, n in here if at < m.start()]
        after = [(at, n) for at, n in here if at > m.end()]
        # ('The closing talk, "Data First," will be given by Dr. Ana Vale': the passive's agent after the title)
        agent = not before and after and _TITLE_THEN_AGENT.fullmatch(sentence, m.end(), after[0][0]) is not None
        chosen = before[-1][1] if before else after[0][1] if (framed or agent) and after else None
        if chosen is None:
            continue
        roles = people[chosen]["roles"]
        if agent and not roles.keys() & {Role.KEYNOTE, Role.SPEAKER}:
            roles[Role.KEYNOTE if m.group().lower().startswith("keynote") else Role.SPEAKER] = None
        part = next((r for r in (Role.KEYNOTE, Role.SPEAKER) if r in roles), None)
        if part is not None and roles[part] is None:
            roles[part] = (m.group("title") or (m.group("single") or m.group("straight")).rstrip(",.")).strip()


# a part written as the label right before a name: "Host Peter Reynolds", "moderator Ana Vale", "TV host Mina Park"
_LABEL = re.compile(r"(?:(?<![\w-])|(?P<media>\b(?:TV|[Tt]elevision|[Rr]adio|[Pp]odcast|[Ss]how)\s+))"
                    r"(?P<label>[Hh]ost|[Cc]o-host|[Mm]oderator|[Ee]mcee|MC|[Pp]anel(?:l)?ist|[Kk]eynote\s+speakers?|[Aa]ttendee|"
                    r"(?<![\w-])(?:[Cc]o-)?[Cc]hair(?=\s*:))\s*:?\s+$")  # "Chair: Tom Reed" (a board chair is a post)
# the part as the subject the name is set beside: "The keynote speaker, Jane Roe, …", "The day's moderator was
# Tom Reed", "Its featured speaker, …" (the name's own verb after it says no more than that they spoke)
# (in lower case: "The Speaker, NAME," is a parliament's)
_APPOSED_LABEL = re.compile(r"(?:\b[Tt]he|\b[Ii]ts|\b[Tt]heir|\b[Oo]ur|\b[Tt]his\s+year['’]s|\b[Tt]he\s+\w+['’]s)\s+"
                            r"(?:(?:first|opening|closing|main|featured|final|other)\s+)?(?P<media>)"
                            r"(?P<label>keynote\s+speaker|moderator|host|emcee|MC|panell?ist|speaker|presenter)"
                            r"\s*(?:,|\s+(?:was|is|will\s+be))\s+$")
_LABEL_WORDS = frozenset({"moderator", "host", "co-host", "emcee", "mc", "panelist", "panellist"})
# the part a word for it names, written before a name ("Host Peter Reynolds") or after it in parentheses
# ("Jane Roe of Acme (moderator)")
_PART_WORDS = {"chair": Role.MODERATOR, "co-chair": Role.MODERATOR, "host": Role.MODERATOR, "co-host": Role.MODERATOR,
               "moderator": Role.MODERATOR, "emcee": Role.MODERATOR, "mc": Role.MODERATOR,
               "panelist": Role.PANELIST, "panellist": Role.PANELIST, "discussant": Role.PANELIST,
               "keynote": Role.KEYNOTE, "keynote speaker": Role.KEYNOTE, "keynote speakers": Role.KEYNOTE,
               "speaker": Role.SPEAKER, "presenter": Role.SPEAKER, "attendee": Role.ATTENDEE}


def _part_word(written: str) -> Role:
    return _PART_WORDS[" ".join(written.lower().split())]


_PAREN_PART = re.compile(r"\(\s*(?:the\s+)?(moderator|chair|co-chair|host|emcee|MC|panell?ist|discussant|keynote(?:\s+speaker)?|"
                         r"speaker|presenter)\s*\)", re.I)
_PART_REACH = 80  # characters from a name to the parenthesised part after it
# "with" right before a name, or before its honorific or its body and post in capitals: "with Prof. Ana Vale",
# "with Lake Corp CEO Ana Vale" (moderating)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:[A-Z][\w.&'’\-]*|of|and)\s+){0,5}$")
# "with Jane Roe (of Acme) moderating", "with Jane Roe in the chair": the absolute phrase gives the name its part
_WITH_DOING = re.compile(r"(?:\s+(?:of|from|at)\s+[A-Z][^,.;()]{0,60}?|\s*\([^()]{1,60}\))?\s+"
                         r"(moderating|chairing|presiding|emceeing|hosting|in\s+the\s+chair)\b")


def _own_parts(sentence: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str, Role]]:
    """Parts written with one name alone: a role in parentheses after it (``Jane Roe of Acme (moderator)``)
    or an absolute phrase (``with Jane Roe moderating``). Each as (start, end of the words that say it,
    name, part); the names after it do not take that part."""
    out = []
    ends = [end for _start, end, _name in mentions]  # mentions do not overlap: their ends are in order too
    for m in _PAREN_PART.finditer(sentence):
        k = bisect.bisect_right(ends, m.start())  # the mentions that end before the part
        if k and m.start() - ends[k - 1] <= _PART_REACH and not re.search(r"[;.]", sentence[ends[k - 1]:m.start()]):
            out.append((m.start(), m.end(), mentions[k - 1][2], _part_word(m.group(1))))
    for start, end, name in mentions:
        if _WITH_BEFORE.search(sentence, max(0, start - 60), start):
            doing = _WITH_DOING.match(sentence, end)
            if doing:
                out.append((doing.start(1), doing.end(1), name, Role.MODERATOR))
    return out


# a caption's opening that says where each one named after it stands: "(L-R)", "(From left)", "From left to right:"
_CAPTION_OPENS = re.compile(r"\s*(?:\(\s*(?:L\s*[-–]\s*R|R\s*[-–]\s*L|[Ff]rom\s+(?:left|right)(?:\s+to\s+(?:right|left))?|"
                            r"[Ll]eft\s+to\s+right)\s*\)|(?:L\s*[-–]\s*R|[Ff]rom\s+(?:left|right)(?:\s+to\s+(?:right|left))?)"
                            r"\s*:)")
# a photo caption's place of the person named right before it: "(left)", "(third from right)", "(center)"
# ("Ana Vale (pictured), CEO of Acme, gave the keynote": the photo's marker, pictured when nothing else says a part)
_PICTURED_AT = re.compile(rf"\s*(?:{PICTURE_PLACE}|\((?:pictured|above|below|photo|inset)\))")



# the words before a gathering that opens its sentence as its subject: "Last year's summit featured …"
_EDITION_OPENS = re.compile(r"\s*(?:(?:At|During|In)\s+)?")


def _at_another_edition(sentence: str, a: int, b: int) -> bool:
    """The cue at ``a:b`` is set at another edition or gathering: one written right before it as the subject
    ("Last year's summit featured …") or right after it as where ("spoke at last year's summit")."""
    if _ANOTHER_YEAR_OPENS.match(sentence):
        return True  # "Last year, A of X keynoted the Lake Robot Summit": the whole sentence is set another year
    if _ANOTHER_TIME_OPENS.match(sentence) and _AT_AN_OCCASION.match(sentence, b):
        # "Earlier this year, Tesla CEO Elon Musk unveiled the Optimus robot at a company event": another time, at
        # some other gathering
        return True
    after = re.match(r"\s+(?:at|during|in|to)\s+", sentence[b:b + 8])
    if after and another_edition().match(sentence, b + after.end()):
        return True
    opening = m.end() if (m := _EDITION_OPENS.match(sentence)) else 0
    if another_edition().match(sentence, opening) and a >= opening:
        return True  # "Last year's summit featured Intel CEO A as its keynote speaker": every part of that sentence
    # (the cue may hold the gathering's word itself: "{event} featured" in "Last year's summit featured")
    # ("A, who spoke at last year's summit, attended the forum": the edition after a preposition is where one spoke,
    # no subject of the cue after it)
    return any(m.end() >= a or re.fullmatch(r"[\s,]*(?:also\s+)?", sentence[m.end():a]) is not None
               and _AFTER_PREPOSITION.search(sentence, max(0, m.start() - 10), m.start()) is None
               for m in another_edition().finditer(sentence, max(0, a - EDITION_REACH), b))


_AFTER_PREPOSITION = re.compile(r"\b(?:at|during|in|to|from|of|for|since)\s+$", re.I)
# a sentence that opens with an earlier time than the event's ("Earlier this year, …", "In 2024, …", "Two years ago, …")
_ANOTHER_TIME_OPENS = re.compile(r"\s*(?:Earlier\s+this\s+(?:year|month)|Last\s+(?:month|spring|summer|fall|autumn|winter)|"
                                 r"(?:Two|Three|Four|Five|Several|A\s+few)\s+(?:years|months)\s+ago|Back\s+in\s+(?:19|20)\d\d|"
                                 r"In\s+(?:19|20)\d\d)\s*,")
# some gathering, by its indefinite article, after a cue: "… at a company event in California"
_AT_AN_OCCASION = re.compile(r"[^.;!?]{0,80}?\bat\s+an?\s+(?:[\w'’-]+\s+){0,3}?(?:event|conference|summit|forum|show|"
                             r"expo|exhibition|fair|keynote|briefing|ceremony|launch|gathering|meeting)\b")
# a sentence that opens with another year than the report's: "Last year, …", "A year ago, …", "Next year, …"
_ANOTHER_YEAR_OPENS = re.compile(r"\s*(?:(?:Last|Next|The\s+previous|The\s+following)\s+year|A\s+year\s+(?:ago|earlier))\s*,")


# an interview held on stage, by its verb or its noun ("interviewed Ana Vale on stage", "an onstage interview")
_ON_STAGE_INTERVIEW = re.compile(r"\binterview(?:ed|s)?\b[^.;!?\"“”]{0,80}?"
                                 r"(?:\bon\s+(?:the\s+(?:main\s+)?)?stage\b|\bonstage\b)"
                                 r"|\b(?:on-?stage|onstage|live)\s+interviews?\b"
                                 # "Ana Vale of Acme, interviewed by tech journalist Tom Reed" (not by a paper: "… by
                                 # The Lake Times", nor on the sidelines)
                                 r"|\binterviewed\s+by\s+(?!the\s)(?![^.;!?]{0,80}\bsidelines\b)", re.I)
_AS_DID = re.compile(r"\b(?:[Aa]s|[Ss]o)\s+(?:did|was|were|does|is)\s+$")
# ("Reed was joined by A": the one named before, by the surname, opens the sentence)
# the one named before, by a pronoun, shared the stage with those named after: their part is that one's
_SHARED_THE_STAGE = re.compile(r"\s*(?:He|She|They)\s+(?:also\s+|later\s+)?(?:shared|shares)\s+the\s+(?:stage|podium)\s+"
                               r"with\b")
_JOINED = re.compile(r"\s*(?:They|He|She|[A-Z][\w'’\-]+)\s+(?:were|was|are|is|will\s+be)\s+(?:later\s+)?joined\s+"
                     r"(?:on\s+(?:stage|the\s+panel)\s+)?by\b"
                     # "Joining him on stage were A and B": the fronted participle, the same part
                     r"|\s*Joining\s+(?:him|her|them)\s+(?:on\s+(?:stage|the\s+panel)\s+)?(?:were|was|are|is|will\s+be)\b")
# the next subject of a list: past the one before's organization, "and" or a comma
_AND_ANOTHER = re.compile(r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w&'’.\-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’.\-]*)){0,5})?"
                          r"(?:\s*\([^()]{1,60}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
# the part a sentence opens with ("In his keynote, A …"): the part of the name right after it
# the subject's part joined by another, right before that one's name: "… spoke and was joined by NAME"
def _joined_by_before(sentence: str, at: int) -> bool:
    """"… was joined by " right before ``at``, or before a list of names that ends there ("… joined by A of X and ")."""
    if _JOINED_BY_BEFORE.search(sentence, max(0, at - 40), at):
        return True
    listed = _JOINED_BY_LIST.search(sentence, max(0, at - 200), at)
    return listed is not None and not _BLOCKING_VERB.search(sentence, listed.end("by"), at)


# "… is joined by A of X and B of Y": a list of names after the verb, up to the next one
# (or as a participle after a comma, "… took the stage, joined later by A and B", the one's post before the name:
# "joined by French President A")
_JOINED_VERB = (r"(?:,\s*|\b(?:and\s+)?(?:was|were|is|are)\s+)(?:later\s+|also\s+|then\s+)?joined\s+"
                r"(?:(?:later|then|briefly|shortly|afterwards)\s+)?(?:on\s+stage\s+)?")
_POST_BEFORE_NAME = r"(?:[A-Z][\w&'’.\-]*\s+){0,3}(?:[a-z][\w\-]*\s+){0,2}"
_JOINED_BY_LIST = re.compile(rf"{_JOINED_VERB}(?P<by>by)\s+"
                             rf"[^.;:!?]{{1,160}}?(?:,\s+|\s+and\s+|,\s+and\s+){_POST_BEFORE_NAME}$")
_JOINED_BY_BEFORE = re.compile(rf"{_JOINED_VERB}by\s+{_POST_BEFORE_NAME}$")
_ATTENDED_AFTER = re.compile(r"\s*(?:also\s+)?(?:attended|attends|was\s+among|were\s+among|was\s+also\s+among|"
                             r"were\s+also\s+among|was\s+in\s+the\s+audience|were\s+in\s+the\s+audience)\b")
_FRAMED_PART = {"keynote": Role.KEYNOTE, "panel": Role.PANELIST, "discussion": Role.PANELIST, "debate": Role.PANELIST,
                "dialogue": Role.PANELIST, "conversation": Role.PANELIST}


def _frame_role(frame: re.Match[str]) -> Role:
    """The part a talk frame names (``In his speech,``), a keynote when its words before the part say so (``In his
    keynote speech titled …,``, ``During her keynote address,``)."""
    words = frame.string[frame.start():frame.start("part")]
    if re.search(r"\bkeynote\b", words, re.I):
        return Role.KEYNOTE
    if re.search(r"\bcongratulatory\b", words, re.I):
        return Role.OTHER  # "In his congratulatory remarks,": a guest's greeting
    if re.search(r"\bwelcom(?:e|ing)\b", words, re.I):
        return Role.HOST_REP  # "In her welcoming address,": the host's
    if re.search(r"\b(?:opening|inaugural)\b", words, re.I) \
            and frame.group("part").lower() in ("speech", "address", "remarks"):
        return Role.HOST_REP  # "In his opening speech,", "In her opening remarks,": the host's words to open it
    return _FRAMED_PART.get(frame.group("part").lower(), Role.SPEAKER)


@lru_cache(maxsize=1)
def _joined_for() -> re.Pattern[str]:
    """``joined B (of Y) for a fireside chat`` after a person: a part held together (``joined Gecko Robotics
    co-founder Jake Loosararian for a conversation``: the joined one's post, a title's words, in lower case too)."""
    title_words = "|".join(map(re.escape, sorted(lists().heads | lists().modifiers, key=len, reverse=True)))
    # ("joined B of Y and C of Z on a panel about regulation": two joined, the part they sat on together)
    return re.compile(r"\s+(?:also\s+)?(?:joined|joins)\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*,?\s+|of\s+|at\s+|from\s+|&\s+|"
                      rf"and\s+|(?:{title_words})\s+){{1,14}}?"
                      r"(?:for|on|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<part>(?i:"
                      + "|".join(map(re.escape, sorted(JOINED_PARTS))) + r"))s?\b")
# a person's description after the name: ", plant manager at Granite Foods," / " of Granite Foods"
_DESCRIPTION = re.compile(r"(?:,(?:[^,;.]|\.(?=\S)){1,80},|\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’.&\-]*(?:\s+[A-Z][\w'’.&\-]*){0,5})")


def _past_description(sentence: str, at: int) -> int:
    """Past an aside after a name (``, founder of DeepLearning.AI,``: a full stop inside a name is no sentence's end)
    or its body (``of Acme``)."""
    m = _DESCRIPTION.match(sentence, at)
    return m.end() if m else at


_FROM_LEFT = re.compile(r"\b(?:from|From)\s+(?:left|right)\b")
@lru_cache(maxsize=1)
def _followed_by() -> re.Pattern[str]:
    """``, followed by`` and the honorifics of a name right after it (``, followed by Dr. …``)."""
    # (or one's relation to the speaker before, as the person finder reads it: "followed by her colleague …")
    relations = "|".join(sorted(map(re.escape, RELATIONS), key=len, reverse=True))
    return re.compile(r",\s*(?:and\s+)?(?:(?:then|later)\s+)?followed\s+by\s+(?:(?:his|her|their)\s+(?:[a-z]+\s+)?"
                      rf"(?:{relations})\s+)?"
                      r"(?:" + _honorifics_ahead().pattern + ")?$", re.I)


# (an abbreviation's full stop before a capital inside the sentence: "joined Mr. Seong on stage")
_JOINED_ON_STAGE = re.compile(r"(?:\s+and(?:\s+(?:[A-Z][\w'’.\-]*|of|from|at)){1,8}?)?"  # (the first of two subjects)
                              r"\s+(?:later\s+|also\s+)?(?:joined|joins)\s+(?:[^.;!?]|\.(?=\s+[A-Z])){0,80}?"
                              r"\bon\s*stage\b")
_WAS_JOINED = re.compile(r"\s+(?:was|were|is|are|will\s+be)\s+(?:later\s+|also\s+)?joined\s+(?:on\s+stage\s+)?by\b")
_NEXT_TALK = r"(?:followed|came\s+next|spoke\s+next)"  # giving the talk after the one before
# ("B of Y followed, describing a pilot": the next talk, what it did after a comma)
_FOLLOWED_AFTER = re.compile(rf"\s+(?:then\s+|later\s+)?{_NEXT_TALK}\s*(?:[.;!]|$|with\b|,\s+[a-z]+ing\b)")
_FOLLOWED = re.compile(rf"\b{_NEXT_TALK}\s*[.!]?\s*$")  # "… opened the day. A and B followed."
_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # between two items of a list of names
# a part the person owns, right after the name: "Tom Reed's talk", "Mia Holt's keynote address"
_OWN_PART = re.compile(r"['’]s?\s+(?:(?:first|second|third|final|closing|brief|recent|own)\s+)?"
                       r"(keynote|talk|speech|presentation|lecture|session|workshop|tutorial|masterclass)s?\b", re.I)
_TALK_ROLES = frozenset({Role.KEYNOTE, Role.SPEAKER, Role.PANELIST, Role.MODERATOR})
_TALK_REACH = 200  # characters between a name and the participle that says the person talked
# (on a panel: its seat; "speaking on the sidelines of the forum", "speaking on condition of anonymity": no talk)
_TALKING_ON = (r"(?:speaking|presenting|lecturing|talking)\s+(?:on|about)\b"
               r"(?!\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:panel|roundtable|debate)\b)"
               rf"(?!\s+(?:the\s+)?(?:{'|'.join(sorted(ASIDE_PLACES, key=len, reverse=True))})\b)")
_TALKING = re.compile(r",\s+" + _TALKING_ON)
# the participle right after the name (and its body), its subject: "with Ana Vale of Lake Corp speaking on robots"
_TALKING_NEXT = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,4})?\s+"
                           + _TALKING_ON)


def _other_between(sc: _SentenceCues, span: Span, name: str, at: int) -> bool:
    """Another person is named between the mention and sentence offset ``at``."""
    other = sc.other_after(span.end - sc.offset, name)
    return other is not None and other < at


_TITLED = re.compile(r"\b(?:titled|entitled|called|named|dubbed|themed|theme|topic|on)\s*:?\s*$", re.I)
# ('"…," said Hyundai Motor Group's robotics lab head Hyun Dong-jin': an owner's possessive and a post between)
_TOLD = re.compile(r"(?:told|tells|asked|asks)\b")  # (a verb of saying whose object is the one spoken to)
# ('"…," said one attendee, Tom Reed': who the one quoted is, in lower case, set off before the name)
_SAID_BEFORE = re.compile(rf"\b(?:{_SAID}|According\s+to)\s+(?:(?:one|another|an?|the)\s+(?:[a-z][\w'’\-]*\s+){{0,3}}?"
                          rf"[a-z][\w'’\-]*,\s+|(?:(?!that\b)[\w.'’\-]+\s+){{0,7}}?)$")
# words that frame a quoted phrase as the subject's verdict: 'Tom Reed called the forum "a turning point"'
_JUDGED = "called|calls|described|describes|praised|praises|hailed|hails|dubbed|termed|labell?ed|touted|characteri[sz]ed"
# ("Satyakam Arya, managing director and CEO, Daimler India Pvt. Ltd., said:": up to three appositives)
# ("Ana Vale of Lake Corp said": the organization after "of", "from" or "at" first)
# ("Ana Vale opened the hearing by warning that "…"": the gerund of saying after the verb of opening or closing)
_OPENED_BY_SAYING = (r"(?:opened|closed|began|ended|started|kicked\s+off|wrapped\s+up)(?:\s+(?:the|his|her|their|its)"
                     r"(?:\s+[\w-]+){1,2})?\s+by\s+(?:saying|warning|noting|arguing|telling|declaring|stressing|"
                     r"reminding|asking|recalling|quoting|observing|insisting|predicting)")
_SAID_AFTER = re.compile(rf"(?:\s*\([^()]*\))?(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w&.'’\-]*"
                         rf"(?:\s+(?:of|for|and|&|[A-Z][\w&.'’\-]*)){{0,6}})?(?:(?:,[^,“”\"]{{1,80}}){{1,3}},)?"
                         # ("…, who told delegates that the industry "cannot wait"": the name's relative clause says it)
                         rf"(?:,\s+who(?:\s+(?:also|then|later))?(?=\s+(?:{_SAID}|{_JUDGED})\b))?\s+(?:{_SAID}|"
                         rf"{_OPENED_BY_SAYING}|(?:{_JUDGED})(?=\s[^.“”\"]{{0,60}}[“\"]))\b")
# the subject's participle of saying before its quote: "NAME gave the keynote, telling the audience: "…""
_TELLING = re.compile(r",\s+(?:telling|saying|adding|noting|warning|stressing|explaining|declaring|insisting|stating|"
                      r"emphasi[sz]ing|highlighting|underscoring|arguing|remarking|observing|urging|pointing\s+out|"
                      # ("James Kim echoed the view, calling for "predictable rules"": a call, a vow, a caution)
                      r"calling(?:\s+(?:for|on))?|cautioning|predicting|vowing|pledging|promising|asserting|"
                      r"acknowledging|describing|recalling)\b"
                      r"[^\"“”.;]{0,40}?[:,]?\s*[\"“]")
_TELLING_REACH = 200  # characters from the name to its participle of saying
# the attribution of the quote that closed the sentence before: "… ready.” Kim said." / "he added."
# (not a verb with its own clause: "Lars Hoffmann argued that most plants …" reports what he said, apart from the quote)
_SPLIT_OFF = re.compile(rf"\s*(?:[a-z]|(?:[A-Z][\w.'’\-]*,?\s+){{1,6}}(?:{_SAID})\b"
                        rf"(?!\s+(?:that|how|why|whether|what)\b)[^.]{{0,60}}\.?\s*$)")
# "He moderated the panel.", "She later gave the keynote.": a pronoun opening a sentence, then its verb
# ("At the summit, she will present …", "Later, he moderated …": a fronted phrase of time or place before the pronoun)
# ("He was addressing the inaugural session of …": the verb in its progressive form)
_PRONOUN_ACTS = re.compile(rf"\s*(?:{PRONOUN_FRONT}(?:he|she)|He|She)\s+(?:(?:also|later|then|first|briefly|jointly)\s+)?"
                           r"(?:(?:was|is|were)\s+(?=\w+ing\b))?")
# 'Her lecture, "Robots That Learn," drew a full house', "His talk covered …": the talk of the one named before
_THEIR_TALK = re.compile(r"\s*(?:His|Her)\s+(?:(?:opening|closing|keynote|own|plenary|afternoon|morning|final|first|second|"
                         r"\d+-minute|hour-long)\s+)*(?P<part>presentation|talk|keynote|speech|address|lecture|panel)"
                         r"(?:,\s*[\"“](?P<title>[^\"“”]{3,150}?)[,.]?[\"”],?)?\s+(?!was\s+(?:cancel|postpone))"
                         # ('Her talk was titled "Data First."': the title as the complement)
                         r"(?:(?:was|is|will\s+be)\s+(?:titled|entitled|called)\s*:?\s*[\"“](?P<named>[^\"“”]{3,150}?)[,.]?[\"”])?")
# a clause about the place or time of the gathering, its subject a pronoun: ", where she gave a keynote"
_WHERE_PRONOUN = re.compile(r",\s+(?:where|at\s+which|during\s+which)\s+(?:he|she)\s+(?:also\s+|later\s+)?")
_PRONOUN_GAP = re.compile(r"(?:(?:gave|delivered|made|led|joined|chaired|took|sat\s+on)\s+(?:a|an|the|his|her)\s+"
                          r"(?:[\w-]+\s+){0,2}?)?")
_PRONOUN_REACH = 20  # mentions back a pronoun's person is looked for (all in the sentence before)


def _all_named(spans_by_start: list[tuple[Span, str]], mention_starts: list[int], previous: Span,
               sp: Span) -> list[str]:
    """The people named from the sentence ``previous`` up to ``sp``, in order (a bounded look back)."""
    k = bisect.bisect_left(mention_starts, sp.start)
    return list(dict.fromkeys(n for s, n in spans_by_start[max(0, k - _PRONOUN_REACH):k] if s.start >= previous.start))


# "They spoke on a panel", "The three later joined a panel", "Both executives gave talks": the people named before
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
_GROUP_ACTS = re.compile(r"\s*(?:They|(?P<count>Both)|The\s+(?P<count2>two|three|four|five|six))"
                         r"(?:\s+(?:men|women|executives|experts|speakers|panelists|panellists|researchers|leaders|"
                         r"ceos|officials|founders|professors|scientists))?"
                         r"\s+(?:(?:also|later|then|jointly|together)\s+)?")


def _group_takes_part(group: re.Match[str], named: list[str], people: dict[str, dict], role: Role) -> None:
    """The part a plural subject (``They``, ``Both``, ``The three``: a :data:`_GROUP_ACTS` match) takes, given to the
    people ``named`` before it, when they are two or more and as many as a count word says."""
    count = _COUNT_WORDS.get((group.group("count") or group.group("count2") or "").lower())
    if len(named) >= 2 and count in (None, len(named)):
        for name in named:
            people[name]["roles"].setdefault(role, None)


def _one_named(spans_by_start: list[tuple[Span, str]], mention_starts: list[int], previous: Span, sp: Span) -> str | None:
    """The one person the sentence before ``sp`` (``previous``) names, if it names exactly one (a bounded look back)."""
    names = _all_named(spans_by_start, mention_starts, previous, sp)
    return names[0] if len(names) == 1 else None


# a sentence's subject written as the post of the one named before: "The professor demonstrated …", "The Orbis CEO
# later moderated …"
# (after a talk's frame too, "the" in lower case: "In his congratulatory remarks, the Vice Minister said …"; the head in
# capitals, "The Minister")
# (each count of capitalised words before the head tried: "The Vice Minister said", "The CEO said")
_TITLE_SUBJECT = tuple(re.compile(rf"\s*(?:{PRONOUN_FRONT})?[Tt]he\s+(?:[A-Z][\w&.'’-]*\s+){{{words}}}{modifier}"
                                  r"(?P<head>[a-z][\w-]*|[A-Z]{2,4}|[A-Z][a-z]+)\s+(?:(?:also|later|then|first|briefly)\s+)?")
                       for modifier in (r"(?P<modifier>[a-z][\w-]*)\s+", "")  # ("The chief executive", "The professor")
                       for words in (2, 1, 0))


def _title_anaphor(sentence: str, people: dict[str, dict], spans_by_start: list[tuple[Span, str]],
                   mention_starts: list[int], previous: Span, sp: Span, *, at: int = 0) -> re.Match[str] | None:
    """The subject written as the post of the one person the sentence before names (``Tom Reed, a professor at
    Lake University, was there. The professor demonstrated …``), as a pronoun would stand for them; ``at``: where the
    subject may open (past a talk's frame)."""
    ls = lists()
    m = next((m for pattern in _TITLE_SUBJECT if (m := pattern.match(sentence, at)) is not None
              and m.group("head").lower() in ls.heads
              and (m.groupdict().get("modifier") is None or m.group("modifier") in ls.modifiers
                   or m.group("modifier") in ls.heads)), None)
    if m is None:
        return None
    one = _one_named(spans_by_start, mention_starts, previous, sp)
    head = m.group("head").lower()
    if one is None or not any(t and head in t.lower().replace(",", " ").split() for _o, t, _u in people[one]["affs"]):
        return None
    return m


# "…," the minister said / said the CEO: a title standing for the person named with it
# ("the Nimbus Labs CEO said": the organization's name before the head, which the one quoted holds the post at)
_TITLE_SAID = re.compile(rf"\b[Tt]he\s+(?P<org>(?-i:[A-Z][\w&.'’-]*\s+){{1,3}})?(?:(?-i:chief|managing)\s+)?(?P<head>minister|ceo|president|chairman|chairwoman|chair|professor|mayor|"
                         rf"governor|ambassador|director|founder|executive|official|secretary|commissioner|dean|"
                         rf"researcher|scientist|engineer|analyst|cto|cfo|coo)\s+(?:{_SAID})\b"
                         rf"|\b(?:{_SAID})\s+the\s+(?P<org2>(?-i:[A-Z][\w&.'’-]*\s+){{1,3}})?"
                         rf"(?P<head2>minister|ceo|president|chairman|professor|mayor)\b", re.I)
# a post's initials and the head word its spelled-out form ends in: CEO, chief executive (officer)
_SPELLED_HEADS = {"ceo": ("executive", "officer"), "cto": ("officer",), "cfo": ("officer",), "coo": ("officer",),
                  "cio": ("officer",), "cdo": ("officer",), "cmo": ("officer",), "md": ("director",)}


def _post_of_head(title: str, head: str) -> bool:
    """The post ``title`` ends in ``head`` (or its plural), or one of them is the initials of the other spelled out
    (``CEO`` and "the chief executive", "chief executive" and "the CEO")."""
    last = title.lower().split()[-1]
    return last in (head, head + "s") or head in _SPELLED_HEADS.get(last, ()) or last in _SPELLED_HEADS.get(head, ())


# a determiner right before a quote: what is quoted names a thing ('the "AI Forum"'), no one's words
_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s*$")
# what one said it in, right after "he said": "in his keynote address", "during her speech"
# (not "in his opening remarks": a host's words as often as a talk)
_IN_ONES_TALK = re.compile(r"\s+(?:in|during)\s+(?:his|her|their)\s+(?:opening\s+|closing\s+|brief\s+)?"
                           r"(?P<part>keynote(?:\s+(?:address|speech|lecture))?|speech|address|talk|presentation|lecture)\b")
_PRONOUN_SAID = re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+(?:{_SAID})\b|\b(?:{_SAID})\s+(?:he|she)\b")


# a quote set above the one who said it, after a dash: '"Robots are ready." — Ana Vale, CEO of Nimbus'
# (the quote opens its line: 'Keynote: "AI on the shop floor" – Jens Keller' is a programme's talk title)
_PULL_QUOTE = re.compile(r"\s*[\"“][^\"“”\n]+[\"”][ \t]*(?:—|–|--|-)[ \t]*")
_LEAD_DASH = re.compile(r"\s*(?:—|–|--)[ \t]*")  # a line that opens with a dash after a quote: its attribution
# "As Ana Vale, CEO of Nimbus, put it, "…"": the quote is hers
_AS_BEFORE = re.compile(r"\b[Aa]s\s+$")
_PUT_IT = re.compile(r"(?:,[^,“”\"]{1,80})?,?\s+(?:put|puts)\s+it\b")
# the sentence's subject, then its own words before a colon and the quote: "Vale put it bluntly: "…"", "Vale had a
# simple message: "…"" (at most a connective or a fronted phrase of time or place before the subject: "Later, Vale
# was blunt: …", as before a pronoun, PRONOUN_FRONT)
_OPENS_AS_SUBJECT = re.compile(rf"\s*(?:{PRONOUN_FRONT}|(?:But|And|Still),?\s+)?")
_COLON_QUOTE = re.compile(r"[^\"“”.;:!?]{1,80}:\s*[\"“]")


def _quotes(text: str, spans: list[Span], people: dict[str, dict], spans_by_start: list[tuple[Span, str]],
            mention_starts: list[int]) -> None:
    """Quoted people: ``"…," said NAME``, ``NAME, title, added "…"``, and ``"…," he said`` for the person
    named last before it (in that sentence or the one before)."""
    previous: Span | None = None
    before: Span | None = None
    for sp in spans:
        sentence = text[sp.start:sp.end]
        two_back, before, previous = before, previous, sp  # (two_back: the sentence before ``before``)
        # a quote of the sentence, or one that closes right before it ("'…,' he said." split off)
        if not re.search(r"[\"“”]|[,.!?][’']", sentence) \
                and not re.search(r"[\"”]\s*$", text[max(0, sp.start - 4):sp.start]):
            continue  # "Kim said demand had doubled": reported speech, no direct quote
        if _SAID_ON_ANOTHER_DAY.search(sentence):
            continue  # "Reed has previously said that AI …", "Reed said last month …": words from another day
        found = [q for q in find_quotes(sentence) if q.double or _spoken_in_single_quotes(sentence, q)]
        here = spans_by_start[bisect.bisect_left(mention_starts, sp.start):bisect.bisect_left(mention_starts, sp.end)]
        pulled = _LEAD_DASH.match(sentence)
        if pulled and before is not None and not found:
            # '"Robots are ready." — Ana Vale, CEO of Nimbus': the quote that closed the sentence before is
            # the one named right after the dash
            first = next((name for span, name in here if span.start - sp.start <= pulled.end() + 12), None)
            if first is not None:
                _add_quotes(people[first], text, before.start, [q for q in find_quotes(text[before.start:before.end])
                                                                if q.double])
            continue
        if not found and not re.search(r"[\"“”]", sentence) and not _SPLIT_OFF.match(sentence):
            continue  # after another's quote, "T. Nalangilli, president, AIEMA, said that …": reported speech
        # (nor a name after its determiner: 'at the "AI Industrial Revolution Forum" hosted by …', 'the "new normal"')
        quoted = [q for q in found if not _TITLED.search(sentence, max(0, q.outer.start - 30), q.outer.start)
                  and not _DETERMINED.search(sentence, max(0, q.outer.start - 8), q.outer.start)]
        if found and not quoted and not re.search(r"[\"”]\s*$", text[max(0, sp.start - 4):sp.start]):
            continue  # 'a keynote titled "Robots That Learn," Kim argued': a talk's title, no quote
        speakers = set()
        for n, (span, name) in enumerate(here):  # "said Kim", "Kim said", "Kim, CEO of Acme, added": any mention
            a, b = span.start - sp.start, span.end - sp.start
            # (the sentence's subject, before anyone else is named: "Kim gave the keynote, telling the audience: …")
            upto = here[1][0].start - sp.start if len(here) > 1 else len(sentence)
            said = _SAID_BEFORE.search(sentence, max(0, a - 80), a)
            if said is not None and n > 0 and _TOLD.match(said.group()) and here[n - 1][0].end - sp.start <= said.start():
                said = None  # '"…," Rep. Choi Min-hee told Bae': the one told, after the teller named before the verb
            if said is not None or _SAID_AFTER.match(sentence, b) \
                    or _PULL_QUOTE.fullmatch(sentence, 0, a) \
                    or n == 0 and _TELLING.search(sentence, b, min(upto, b + _TELLING_REACH)) is not None \
                    or _AS_BEFORE.search(sentence, max(0, a - 4), a) and _PUT_IT.match(sentence, b) \
                    or n == 0 and _OPENS_AS_SUBJECT.fullmatch(sentence, 0, a) \
                    and _COLON_QUOTE.match(sentence, b, upto) is not None:
                speakers.add(name)
        titled = _TITLE_SAID.search(sentence) if not speakers else None
        if titled:  # '"AI is the future," the minister said': the one person named earlier with that title
            head = (titled.group("head") or titled.group("head2")).lower()
            at_org = normal_org_name(titled.group("org") or titled.group("org2") or "")  # (the affiliations' organizations are kept so)
            # ("Ana Vale, CEO of Acme, …. '…,' the chief executive added": a post's initials, then its spelled head)
            holders = [name for name, p in people.items() if not p["reporter"] and any(
                t and _post_of_head(t, head) and (o or "").startswith(at_org) for o, t, _u in p["affs"])]
            earlier = [n for n in holders if any(s.start < sp.start + titled.start() for s in people[n]["spans"])]
            if len(holders) == 1 and earlier:
                speakers.add(holders[0])
        pronoun = _PRONOUN_SAID.search(sentence)
        if not speakers and pronoun:
            reach = (before or sp).start
            k = bisect.bisect_left(mention_starts, sp.start + pronoun.start()) - 1
            if k >= 0 and before is not None and two_back is not None \
                    and two_back.start <= spans_by_start[k][0].start < reach \
                    and _by_their_post(text[before.start:before.end], people[spans_by_start[k][1]]):
                # "A inaugurated the summit. Addressing it, the minister said …. '…,' he said.": the sentence
                # between names A by the post A was named with
                reach = two_back.start
            if k >= 0 and spans_by_start[k][0].start >= reach:
                speakers.add(spans_by_start[k][1])
                # ('"We cannot wait," he said in his keynote address': what the quote was said in is the part)
                talk = _IN_ONES_TALK.match(sentence, pronoun.end())
                if talk is not None:
                    part = _FRAMED_PART.get(talk.group("part").split()[0].lower(), Role.SPEAKER)
                    people[spans_by_start[k][1]]["roles"].setdefault(part, None)
        for name in speakers:
            _add_quotes(people[name], text, sp.start, quoted)


def _by_their_post(sentence: str, person: dict) -> bool:
    """Whether the sentence names the person by the head of a post they were named with ("the minister" for "Union
    Minister of State for IT")."""
    known = lists().heads
    heads = {w for _o, t, _u in person["affs"] if t for w in t.lower().replace(",", " ").split() if w in known}
    return any(re.search(rf"\b[Tt]he\s+{re.escape(h)}\b", sentence) for h in heads)


def _spoken_in_single_quotes(sentence: str, q: Quoted) -> bool:
    """Words in single quotes that are a remark, as British English quotes one (``'Costs will fall,' Ana Vale said``):
    three words or more, some in lower case after the first, closed by the remark's own comma or stop; not a name or
    a title in single quotes (``the 'Lake AI Forum,'``)."""
    inner = sentence[q.inner.start:q.inner.end]
    words = inner.split()
    return not q.double and sentence[q.outer.start] in "'‘" and inner[-1:] in (",", ".", "!", "?") \
        and len(words) >= 3 and any(w.isalpha() and w.islower() for w in (w.strip(",.!?") for w in words[1:]))


def _add_quotes(person: dict, text: str, offset: int, quotes: list[Quoted]) -> None:
    """The person is quoted, with each quote (found in the sentence that starts at ``offset``)."""
    person["roles"].setdefault(Role.QUOTED, None)
    for q in quotes:
        inner = Span(offset + q.inner.start, offset + q.inner.end)
        person["quotes"].append(Quote(text[inner.start:inner.end], inner))


def _of_talks(name: str) -> bool:
    """The kind of event a name says, by its last type word, is one of talks: before "for"/"of"/"on" when
    the words before name a gathering ("general meeting for the … Forum" is a meeting, not a forum)."""
    def kinds_in(words: str) -> list[str]:
        return [w for w in re.findall(r"[\w'’\-]+", words.lower())
                if w in gathering_words() or w.rstrip("s") in gathering_words()]
    kinds = kinds_in(re.split(r"\s+(?:for|of|on)\s+", name)[0]) or kinds_in(name)
    talks = lists().talk_kinds
    return bool(kinds) and (kinds[-1] in talks or kinds[-1].rstrip("s") in talks)


# the last words of a unit of a company, named with no parent ("the DS Division", "the Mobile Business")
_UNIT_ENDS = frozenset({"division", "department", "unit", "business", "team"})


def _bare_unit(name: str) -> bool:
    """``name`` is a unit of a company or a university named without it (``DS Division``, ``College of
    Engineering``): whose unit the text leaves to the reader, as the one holding the event."""
    words = name.split()
    return len(words) >= 2 and (words[-1].lower() in _UNIT_ENDS or _ACADEMIC_UNIT.fullmatch(name) is not None) \
        and not known_body(name)


# a school's unit by its field alone: "College of Engineering", "School of Computing", "Faculty of Science"
_ACADEMIC_UNIT = re.compile(r"(?:the\s+)?(?:College|School|Faculty|Department)\s+of\s+(?:[A-Z][\w\-]*|and|&)"
                            r"(?:\s+(?:[A-Z][\w\-]*|and|&))*")


def _quoted_at_a_talk(p: dict, affs: tuple[Affiliation, ...], event: Event | None, hosts: set[str],
                      kind: str) -> bool:
    """A person only quoted, with an organization and a title, in the report of an event of talks (a
    forum, conference, summit, seminar …) and of none of its organizers: what they said, they said
    speaking there (as kg.extract.ko does for Korean reports); so for one reported saying it at the gathering that
    opens the sentence (``At the forum, Lake Corp CEO Ana Vale said …``). ``kind``: how the text names the event
    when it gives no name (``at a forum hosted by …``)."""
    return (set(p["roles"]) == {Role.QUOTED} or not p["roles"] and p.get("said_there", False)) \
        and not p["reporter"] and event is not None \
        and _of_talks(event.name or kind) \
        and any(a.org and a.title for a in affs) and not any(a.org in hosts for a in affs)


# the boilerplate a press release ends with: "About Lake Corp", "About the Korea AI Association:"
_ABOUT = re.compile(r"^[ \t]*(?:About|ABOUT)[ \t]+(?:the[ \t]+)?[A-Z][^\n.!?]{0,80}?:?[ \t]*$", re.M)
# what a person said away from the event: "…, who did not attend", "… said in a phone interview"
_ELSEWHERE = re.compile(r"\b(?:did\s+not|didn['’]t|was\s+not|wasn['’]t)\s+(?:attend|at\s+the|present|there)\b|"
                        r"\bin\s+(?:a|an)\s+(?:phone\s+|telephone\s+|email\s+|e-mail\s+|separate\s+|recent\s+|new\s+)?"
                        r"(?:interview|statement|email|e-mail|press\s+release|call|report|op-ed|column|blog\s+post|"
                        r"LinkedIn\s+post|post)\b|\bby\s+(?:phone|telephone|email)\b")


# what one said on another day, before the event: the perfect of saying, "previously", "said last month"
_SAID_ON_ANOTHER_DAY = re.compile(
    r"\b(?:has|have|had)\s+(?:previously\s+|long\s+|repeatedly\s+|often\s+|also\s+)?(?:said|argued|warned|stated|"
    r"insisted|called\s+for)\b|\bpreviously\s+(?:said|told|stated|warned|argued)\b"
    r"|\bsaid\s+(?:last|earlier\s+this)\s+(?:month|year|spring|summer|fall|autumn|winter)\b")


def _said_in(pattern: re.Pattern[str], text: str, sentences: list[Span], mentions: list[Span]) -> Iterator[bool]:
    """For each mention, lazily, whether the sentence that holds it has ``pattern`` (each sentence searched once: a
    name written a thousand times in one long sentence costs one search)."""
    starts = [s.start for s in sentences]
    seen: dict[int, bool] = {}
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k not in seen:
            seen[k] = k >= 0 and pattern.search(text, sentences[k].start, sentences[k].end) is not None
        yield seen[k]


def _only_said_before(text: str, sentences: list[Span], mentions: list[Span]) -> bool:
    """Every sentence that names the person tells what they said on another day (:data:`_SAID_ON_ANOTHER_DAY`)."""
    return bool(mentions) and all(_said_in(_SAID_ON_ANOTHER_DAY, text, sentences, mentions))


def _said_elsewhere(text: str, sentences: list[Span], mentions: list[Span]) -> bool:
    """A sentence that names the person says they spoke away from the event (see :data:`_ELSEWHERE`)."""
    return any(_said_in(_ELSEWHERE, text, sentences, mentions))


@lru_cache(maxsize=1)
def _at_a_kind() -> re.Pattern[str]:
    """An event written by its kind alone, up to three words before it: "at a forum hosted by …", "during the
    seminar", "at a robotics forum"; or held by its host: "convened its fall conference on AI"."""
    return re.compile(r"\b(?:(?:at|during|in)\s+(?:a|an|the|this|this\s+year['’]s|its|their)"
                      r"|(?:held|hosts|hosted|convened|convenes|organi[sz]ed|staged)\s+(?:its|their|a|an|the))\s+"
                      rf"((?:[\w\-]+\s+){{0,3}}?(?:{gathering_kinds()})s?)\b")


def _unnamed_kind(text: str) -> str:
    """The words that name the article's event by its kind when it has no name (the first such phrase), or ""."""
    m = _at_a_kind().search(text)
    return m.group(1) if m else ""


# the line that closes a report by naming its writer: "Tom Reed is a staff writer at the Lake Times." (and with no
# article before the post: "Tim Heston is senior editor of The FABRICATOR.")
# ("Tom Reed, the reporter of this story, can be reached at …": the writer set off after the name)
_TAGLINE = re.compile(r"[ \t]+(?:is|was)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w\-]+[ \t]+){0,2}?(?:writer|reporter|"
                      r"correspondent|journalist|columnist|editor)\b"
                      r"|,[ \t]+(?:the[ \t]+)?(?:reporter|writer|author)[ \t]+(?:of|on|for)[ \t]+this[ \t]+"
                      r"(?:story|article|report)\b")
_TAGLINE_SENTENCES = 3  # the closing sentences where such a line stands


# a ministry or department whose portfolio is a list of single words: "Ministry of Economy, Trade and Industry",
# "Department of Health, Education, and Welfare"
# ("Directorate-General for Communications Networks, Content and Technology": items of one or two words)
# ("Agency for Science, Technology and Research", "Council for Science, Technology and Innovation": other public bodies)
_PORTFOLIO_BODY = re.compile(r"\b(?:Ministry|Department|Secretariat|Office|Minister|Secretary|Directorate(?:-General)?|"
                             r"Directorate|Committee|Commission|Agency|Council|Institute|Authority|Board|Bureau)"
                             r"\s+(?:of|for|on)\s+(?:the\s+)?"
                             r"(?P<words>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?(?:,\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)+"
                             # (the last item joined twice, to initials: "Railways, Communications and Electronics & IT")
                             r",?\s+(?:and|&)\s+[A-Z][A-Za-z]+(?:\s+(?:and|&)\s+[A-Z]{2,4}\b)?)")


# "the House Science, Space and Technology Subcommittee on Research and Technology", "the Senate Commerce, Science,
# and Transportation Committee": the portfolio listed before the body's word
_PORTFOLIO_FIRST = re.compile(r"\b(?:(?:House|Senate|Joint|Select|Standing|Parliamentary|National|State|Federal)\s+)?"
                              r"(?P<words>[A-Z][A-Za-z]+(?:,\s+[A-Z][A-Za-z]+){1,6},?\s+(?:and|&)\s+[A-Z][A-Za-z]+)\s+"
                              r"(?:Subcommittee|Committee|Commission|Council|Ministry|Department|Agency)"
                              r"(?:\s+(?:on|for)\s+[A-Z][A-Za-z]+(?:\s+(?:and|&)\s+[A-Z][A-Za-z]+)*)?")


@lru_cache(maxsize=1)
def _portfolio_vocabulary() -> frozenset[str]:
    """The words a listed portfolio is made of: common words and the nouns of portfolios."""
    return lists().not_names | lists().portfolio_words


def _listed_portfolios(text: str) -> list[str]:
    """Names of bodies in ``text`` whose portfolio lists common words (``Ministry of Economy, Trade and
    Industry``): one name, though commas stand inside it. Not ``Ministry of Economy, Samsung and LG``."""
    common = _portfolio_vocabulary()
    out = []
    for m in (*scan(_PORTFOLIO_BODY, text), *scan(_PORTFOLIO_FIRST, text)):
        words = re.findall(r"[A-Za-z]+", m.group("words"))
        if all(w.lower() in common or w.isupper() and len(w) <= 4 or w in ("and",) for w in words):
            out.append(m.group())
    return sorted(set(out), key=len, reverse=True)


# the posts whose holders host an event as its master of ceremonies, not for its organizer: broadcasters, entertainers
_ON_AIR = frozenset({"anchor", "anchorman", "anchorwoman", "announcer", "newscaster", "broadcaster", "comedian",
                     "actor", "actress", "singer", "entertainer", "personality", "emcee", "mc",
                     # (a journalist who hosts an evening keeps it going for its holder)
                     "journalist", "reporter", "correspondent", "columnist", "presenter", "podcaster"})


# the verb right after a name (and its aside) by which one opens the event its name follows ("Emmanuel Macron opened
# VivaTech 2026"): the event's name has no type word a cue could read ("opened the forum" is a cue's)
_OPENED_NAMED = re.compile(r"(?:,[^,.;\n]{1,80},)?\s+(?:officially\s+|formally\s+)?(?P<verb>opened|opens|inaugurated|"
                           r"inaugurates|kicked\s+off|kicks\s+off)\s+(?:the\s+)?")


def _opened_by_name(text: str, people: dict[str, dict], event: Event) -> None:
    """``A opened LakeTech 2026``: one with no part of their own whose verb of opening has the event's name right
    after it takes the part a cue gives one opening the event by its kind (``opened the forum``: host_rep;
    ``inaugurated the forum``: a guest's part, other)."""
    starts = {m.start for m in event.mentions}
    for p in people.values():
        if p["reporter"] or p["roles"].keys() - {Role.QUOTED, Role.ATTENDEE}:
            continue
        for sp in p["spans"]:
            m = _OPENED_NAMED.match(text, sp.end)
            if m is not None and m.end() in starts:
                p["roles"][Role.OTHER if m.group("verb").startswith("inaugurat") else Role.HOST_REP] = None
                break


# a symbol opening a line before a space ("🎤 Keynote: …", "► Panel: …", "✔ Ana Vale, …"): a bullet, as "•" is
_SYMBOL_BULLET = re.compile(r"^([ \t]*)([^\w\s]{1,3})(?=[ \t])", re.M)


# a table's row as Markdown writes it ("| 10:00 | Keynote | Ana Vale (Lake Corp) |") and the rule under its header
_TABLE_ROW = re.compile(r"^([ \t]*)\|(.*)\|([ \t]*)$", re.M)
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?[ \t]*$", re.M)


def table_rows(text: str) -> str:
    """``text`` with each Markdown table row's outer bars as spaces and each rule under a header as spaces: its cells
    read as a line's parts parted by bars (``10:00 | Keynote | Ana Vale``); the same length, every offset kept."""
    text = _TABLE_RULE.sub(lambda m: " " * len(m.group()), text)
    return _TABLE_ROW.sub(lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)}", text)


def symbol_bullets(text: str) -> str:
    """``text`` with each symbol that opens a line as a bullet (emoji and other pictographs, arrows, check marks)
    written as ``•`` and spaces: the same length, so every offset into it is one into ``text``."""
    def bullet(m: re.Match[str]) -> str:
        marks = m.group(2)
        if not any(unicodedata.category(ch) in ("So", "Sm") and not ch.isascii() for ch in marks) \
                or any(ch in "©®™℗" or ch.isascii() for ch in marks):
            # ("- ", "* ", "> ", "| ", '"…'; "© 2025 Acme"): punctuation, signs and marks of plain text, read as they are
            return m.group()
        return m.group(1) + "•" + " " * (len(marks) - 1)
    return _SYMBOL_BULLET.sub(bullet, text)


# a star inside a name of capitals ("A*STAR", "E*TRADE"): no pattern of names reads it, so the rules see a capital
# letter no English text writes in its place (same length: every offset holds) and the names get their star back
_STARRED = re.compile(r"(?<=[A-Z])\*(?=[A-Z])")
_STAR_STAND_IN = "\u2c6f"  # Ɐ, LATIN CAPITAL LETTER TURNED A: a word's capital to every pattern


def extract_en(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    """Extract events, people, organizations and roles from an English article."""
    if _STAR_STAND_IN in article.text or not _STARRED.search(article.text):
        return _extract_en(article, gazetteer)
    x = _extract_en(replace(article, text=_STARRED.sub(_STAR_STAND_IN, article.text)), gazetteer)
    return _starred_again(replace(x, article=article))  # (the article as given: its text holds no stand-in)


def _starred_again(value: Any) -> Any:
    """``value`` (a dataclass of the model, a tuple of them or a string) with each stand-in written as the star."""
    if isinstance(value, str) and not isinstance(value, Enum):
        return value.replace(_STAR_STAND_IN, "*")
    if isinstance(value, tuple):
        return tuple(_starred_again(v) for v in value)
    if is_dataclass(value) and not isinstance(value, (type, Span)):
        return replace(value, **{f.name: _starred_again(getattr(value, f.name)) for f in fields(value)})
    return value


def _extract_en(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    gz = gazetteer or load_gazetteer()
    text = table_rows(symbol_bullets(article.text))
    orgs = OrgTable(gz, text, curated_names=False)
    spans = sentences(text)
    comma_names = (*gz.comma_names, *_listed_portfolios(text))
    people = _find_people(text, spans, orgs, comma_names)
    _roles_and_quotes(text, spans, people)
    tail = spans[-_TAGLINE_SENTENCES].start if len(spans) >= _TAGLINE_SENTENCES else 0
    for p in people.values():
        if not p["roles"] and any(s.start >= tail and _TAGLINE.match(text, s.end) for s in p["spans"]):
            p["reporter"] = True  # "Tom Reed is a staff writer at the Lake Times." closing the article
        if p["reporter"]:
            # (but a journalist on a panel, or one of the two a conversation is between, plays that part: "a fireside
            # chat between A and TechCrunch reporter B"; not one who talked with a speaker or wrote what one said)
            between = any(_BETWEEN_TWO.search(text, max(0, s.start - _BETWEEN_REACH), s.start) for s in p["spans"])
            p["roles"] = {r: v for r, v in p["roles"].items()
                          if r in (Role.PANELIST, Role.MODERATOR) or between and r in _TALK_ROLES} \
                or {Role.REPORTER: None}
        if Role.KEYNOTE in p["roles"]:
            p["roles"].pop(Role.SPEAKER, None)  # a keynote speaker's talk is the keynote
        if Role.HOST_REP in p["roles"] and any(t and t.split()[-1].lower() in _ON_AIR for _k, t, _u in p["affs"]):
            del p["roles"][Role.HOST_REP]  # "hosted by KBS anchor NAME": a broadcaster hosting is its MC
            p["roles"].setdefault(Role.MODERATOR, None)
    for long, short in _acronyms_defined(text):  # "The Korea … Institute (KISDI) and …": one organization
        if long not in people:  # "Kim Soo-ah (KAIST)": a person and the body they are from
            orgs.join_known(long, short)
    for m in scan(_INNER_ACRONYM, text):  # "Advanced Robotics for Manufacturing (ARM) Institute" … "ARM Institute"
        if m.group("kind").lower() in ORG_WORDS:
            orgs.join_known(re.sub(r"^The\s+", "", m.group()), f"{m.group('short')} {m.group('kind')}")
    for long, short in _initialisms(orgs, text):  # "Singapore Manufacturing Federation" … "SMF's flagship conference"
        orgs.join_known(long, short)
    built = _build_event(replace(article, text=text), spans, orgs, set(people), comma_names)
    for long, short in _initialisms(orgs, text):  # "hosted by the Illinois Manufacturers' Association" … "the IMA"
        orgs.join_known(long, short)  # (the event's organizations are known only now)
    for long, short in _acronyms_apposed(text):  # "VDW, the German Machine Tool Builders' Association, …": one body
        orgs.join_known(long, short)
    for long, short in _less_legal_forms(orgs):  # "organized by Deutsche Messe AG" … "chairman of Deutsche Messe"
        orgs.join_known(long, short)
    for long, short in _tail_forms(orgs):  # "College of Engineering hosts …" … "the University of X College of Engineering"
        orgs.join_known(long, short)
    for long, short in _head_forms(orgs):  # "the Korea Chamber of Commerce and Industry" … "president of the Korea Chamber"
        orgs.join_known(long, short)
    for long, short in _acronym_tail_forms(orgs):  # "Stanford HAI held …" … "HAI co-director Fei-Fei Li"
        orgs.join_known(long, short)
    for long, short in _less_firm_endings(orgs, _places_of_offices(people, orgs)):  # "hosted by Orbis Labs" … "Orbis CEO A"
        orgs.join_known(long, short)
    _staff_of_the_announcer(text, spans, people, orgs)  # (before the ids are read: it may add an organization)
    event = _event_of(*built, orgs) if built is not None else None  # (ids once the table has merged its forms)
    # "hosted by Edge Impulse": a name the article uses for an organization, with no title or
    # organization of its own, is that organization
    org_names = {n for o in orgs.organizations() for n in (o.name, *o.aliases)}
    people = {name: p for name, p in people.items() if p["affs"] or p["reporter"] or name not in org_names}
    if event is not None:  # "inaugurated the Machines Can See 2025 summit": words of the event's name, no person
        people = {name: p for name, p in people.items() if any(k for k, _t, _u in p["affs"]) or p["reporter"]
                  or not any(m.start <= s.start and s.end <= m.end for s in p["spans"] for m in event.mentions)}
    about = _ABOUT.search(text)
    if about is not None:  # "About Lake Corp: … founded by Ben Stone": the company's boilerplate, not the event's
        people = {name: p for name, p in people.items()
                  if p["roles"] or p["reporter"] or any(s.start < about.start() for s in p["spans"])}
    _resolve_kinds(people, orgs, event)
    if event is not None:
        _opened_by_name(text, people, event)
    if event is not None and len(event.organizers) == 1:
        _heads_of_the_host(text, spans, people, orgs, event.organizers[0])
    hosts = set(event.organizers + event.co_organizers) if event else set()
    by_id = {o.id: o for o in orgs.organizations()}
    orgs_by_id = {i: o.name for i, o in by_id.items()}
    # (with the names the article gives them: "CII Western Region" is of the "Confederation of Indian Industry (CII)")
    event_orgs = [n for o in (*event.organizers, *event.co_organizers, *event.sponsors)
                  for n in (by_id[o].name, *by_id[o].aliases)] if event else []

    def of_event(a: Affiliation) -> bool:
        """An office of the event itself, or a post at the body named as the event."""
        # (the name less its year: "chairman, Lake Expo" of the "Lake Expo 2026")
        named = bool(a.org and event and event.name
                     and orgs_by_id[a.org] in (event.name, re.sub(EDGE_YEAR, "", event.name)))
        words = (a.title or "").lower().split()
        if words and re.fullmatch(r"(?:co-?)?organi[sz]ers?", words[-1]) \
                and all(w in gathering_words() for w in words[:-1]):
            # "organizer of the forum", "Workshop organizer"; not "organizer of the Arden Marathon"
            return named or not a.org
        return bool(a.title and EVENT_OFFICE.search(a.title)) or named
    out_people: list[Person] = []
    organizer_names = [orgs_by_id[o] for o in event.organizers] if event else []
    # (a name with no kind word in it, "a virtual roundtable titled 'AI at Scale'", is of the kind the text gives)
    kind = _unnamed_kind(text) if event is not None and (
        not event.name or not re.search(rf"\b(?:{gathering_kinds()})s?\b", event.name, re.I)) else ""
    quoted = [(q.inner.start, q.inner.end) for q in find_quotes(text) if q.double]
    # a roundtable, a dialogue or a debate someone chaired: those taking part in it discuss (as kg.extract.ko's
    # _discussants for a 좌담회)
    discussion = event is not None and _DISCUSSION_KIND.search(f"{event.name or ''} {kind}") is not None \
        and any(Role.MODERATOR in q["roles"] for q in people.values())
    for name, p in people.items():
        if p.get("own_speech") and set(p["roles"]) <= {Role.ATTENDEE, Role.QUOTED}:
            p["roles"][Role.SPEAKER] = None  # "In his speech, Hou said …" of one with no other part: a speech of his own
        # two forms of one organization are one affiliation once the table has merged them
        affs = tuple(dict.fromkeys(Affiliation(orgs.id_of(k) if k else None, t, u) for k, t, u in p["affs"]
                                   if k or t))  # (a referred body that was not found leaves nothing)
        organizer = event is not None and _organizes(text, p["spans"], event)  # "…, organizer of the forum"
        if set(p["roles"]) <= {Role.QUOTED} and not p["reporter"] and any(a.org in hosts for a in affs):
            p["roles"][Role.HOST_REP] = None  # only quoted or said, of an organizer: its spokesperson
        elif not p["reporter"] and event \
                and any((a.org in event.organizers or a.org and _group_of(orgs_by_id[a.org], organizer_names))
                        and ((a.title or "").lower() in _ORG_HEADS or _MINISTER.fullmatch(a.title or "")) for a in affs):
            # the organizer's own head represents it, whatever else they do ("SK Chairman X" of the SK Group's event;
            # "Electronics and IT Minister X" of the ministry's)
            p["roles"][Role.HOST_REP] = None
        elif set(p["roles"]) <= {Role.QUOTED, Role.ATTENDEE} and event and any(of_event(a) for a in affs):
            p["roles"][Role.HOST_REP] = None  # "Conference Chairman", "Exhibition Director, X Week": the event's own
        elif not p["reporter"] and organizer:
            p["roles"][Role.HOST_REP] = None  # "Priya Baboo, …, and organizer of industryXchange": the event's own
        elif set(p["roles"]) <= {Role.QUOTED, Role.ATTENDEE} and not p["reporter"] and event \
                and any(_COMMITTEE_MEMBER.search(a.title or "") for a in affs):
            p["roles"][Role.OTHER] = None  # "a member of the organizing committee": the event's committee
        elif set(p["roles"]) <= {Role.QUOTED} and not p["reporter"] and event \
                and any(_LEGISLATIVE_BODY.search(orgs_by_id[o]) for o in event.organizers) \
                and any(_LEGISLATOR.fullmatch(a.title or "") for a in affs):
            # "Ranking Member Zoe Lofgren said …" at a hearing a committee holds: one of its members
            p["roles"][Role.OTHER] = None
        elif set(p["roles"]) <= {Role.QUOTED} and not p["reporter"] and event \
                and any(_LEGISLATIVE_BODY.search(orgs_by_id[o]) for o in event.organizers) \
                and any(a.org is None and _CHAIR_OF_THE_BODY.fullmatch(a.title or "") for a in affs):
            # "Chairman Brian Babin (R-Texas) said …" at a hearing a committee holds: its chair, the host's head
            p["roles"][Role.HOST_REP] = None
        elif set(p["roles"]) <= {Role.QUOTED} and not p["reporter"] and event \
                and any(a.org in event.sponsors and (a.title or "").lower() in _ORG_HEADS for a in affs):
            p["roles"][Role.OTHER] = None  # '"…," Orbis Bank CEO Ana Vale said' of a sponsor: its head's part
        if Role.HOST_REP in p["roles"] and event and event.organizers \
                and not any(a.org and _related(orgs_by_id[a.org], event_orgs) for a in affs) \
                and not organizer \
                and (any(a.org for a in affs) or any(_OFFICE.search(a.title or "") for a in affs)) \
                and not any(of_event(a) for a in affs) \
                and not any(_office_of(a.title, event_orgs) for a in affs if not a.org) \
                and not any(_HOSTED_BY_PERSON.search(text, max(0, sp.start - 160), sp.start) for sp in p["spans"]) \
                and not any(office_holder(orgs_by_id[o]) == name for o in (*event.organizers, *event.co_organizers)) \
                and not _heads_one_of(text, p["spans"], event_orgs) \
                and not (any(a.org for a in affs) and all(_bare_unit(orgs_by_id[a.org]) for a in affs if a.org)):
            # "opened by Dr X, Managing Director of AMGC" where Reed Exhibitions holds it: a guest's remarks
            # (not "co-hosted by Rep. X of the Democratic Party …, and organized by Y": X holds it in person, through
            # the office (kg.extract.en_events); nor
            # "X, head of the DS Division, delivered the opening speech": a unit named with no parent, the holder's)
            del p["roles"][Role.HOST_REP]
            p["roles"][Role.OTHER] = None
        if _quoted_at_a_talk(p, affs, event, hosts, kind) and not _said_elsewhere(text, spans, p["spans"]):
            p["roles"][Role.SPEAKER] = None  # '"Data matters," said Ana Vale, CEO of Lake Corp' in a forum's report
        if p["spans"] and all(_ON_BEHALF.search(text, max(0, sp.start - _BEHALF_REACH), sp.start) for sp in p["spans"]):
            # "B, who attended on behalf of Minister A, …": the one another stood in for took no part
            p["roles"] = {r: v for r, v in p["roles"].items() if r is Role.QUOTED}
        if p["spans"] and all(_ABSENT.match(text, sp.end) for sp in p["spans"]):
            # "A was scheduled to speak but canceled", "A, who could not attend, …": no part on stage
            p["roles"] = {r: v for r, v in p["roles"].items() if r not in _TALK_ROLES}
        if not p["roles"] and not p["reporter"] and (_only_in_passing(text, p["spans"], quoted)
                                                      or _only_said_before(text, spans, p["spans"])):
            continue  # "Jun quoted Steve Jobs", '"As Henry Ford showed, …"': named in another's words, no part in it
            # (or named only for what they said on another day: "Gov. Reed has previously said …")
        if discussion and Role.ATTENDEE in p["roles"] and set(p["roles"]) <= {Role.ATTENDEE, Role.QUOTED}:
            # "a roundtable …, chaired by A. Participants included B of X and C of Y": B and C discussed
            p["roles"] = {(Role.PANELIST if r is Role.ATTENDEE else r): v for r, v in p["roles"].items()}
        roles = tuple(RoleAssignment("e1" if event else None, r, None, talk) for r, talk in p["roles"].items())
        out_people.append(Person(f"p{len(out_people) + 1}", name, affs, roles,
                                 tuple(sorted(p["spans"], key=lambda s: s.start)), tuple(p["quotes"])))
    return Extraction(article, (event,) if event else (), tuple(out_people), tuple(orgs.organizations()))


# the kinds of gathering whose participants all discuss: a roundtable, a dialogue, a debate
_DISCUSSION_KIND = re.compile(r"\b(?:round[- ]?tables?|dialogues?|debates?|discussions?)\b", re.I)
# right before a person: another stands in for them ("on behalf of Minister A", "in place of Samsung's A")
_ON_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|in\s+place\s+of|standing\s+in\s+for|stood\s+in\s+for|filling\s+in\s+for|"
                        r"filled\s+in\s+for)\s+(?:the\s+)?(?:[\w.'’\-]+\s+){0,5}$", re.I)
_BEHALF_REACH = 60  # characters before the name
# "between" and the first of the two a conversation is between, before the second ("… between A and B")
_BETWEEN_TWO = re.compile(r"\bbetween\s[^.;:!?]*?\sand\s+(?:[^\s.;:!?]+\s+){0,3}$")
_BETWEEN_REACH = 120  # characters before the second one


# a verb that brings in another's words or deeds right before a name (its title and body between): "quoted Steve
# Jobs", "cited Nvidia CEO Jensen Huang", "echoed those of Siemens CEO Roland Busch"
# (the participle of _CITED, and the other tenses)
_CITING = re.compile(rf"\b(?:cit(?:ing|ed|es)|quot(?:ing|ed|es)|echo(?:ing|ed|es)|paraphras(?:ing|ed|es)|invok(?:ing|ed|es)|"
                     rf"those\s+of){_CITED_NAME}", re.I)
_CITING_REACH = 60  # characters before a name a citing verb is looked for in


def _only_in_passing(text: str, spans: list[Span], quoted: list[tuple[int, int]]) -> bool:
    """Every mention of the person stands inside the words quoted, right after a verb that cites them or before
    words that say the person was not there: someone the speakers or the report named, not someone at the event."""
    return bool(spans) and all(any(a <= sp.start and sp.end <= b for a, b in quoted)
                               or _CITING.search(text, max(0, sp.start - _CITING_REACH), sp.start)
                               or _ABSENT.match(text, sp.end) for sp in spans)


# the person was not there: "Chairman Chung Eui-sun did not attend", "A, who was unable to attend, sent a message"
_ABSENT = re.compile(r"[^.;!?\n]{0,80}?\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|was\s+unable\s+to|were\s+unable\s+to)"
                     r"\s+(?:attend|make\s+it|join|appear)\b|\s+(?:was|were)\s+absent\b"
                     # (a part planned, then given up: "was scheduled to speak but canceled", "… but pulled out")
                     r"|[^.;!?\n]{0,80}?\b(?:scheduled|slated|set|due|expected|billed)\s+to\s[^.;!?\n]{0,60}?\bbut\s+"
                     r"(?:later\s+|then\s+)?(?:cancell?ed|pulled\s+out|withdrew|dropped\s+out|backed\s+out)")


# the agent of hosting right before a person's name, alone or in a list of people ("co-hosted by Rep. A of X and Rep.")
# (another holder may come first, the person's party before the title: "hosted by the Korea AI Safety Institute
# and Democratic Party Rep. X")
_HOSTED_BY_PERSON = re.compile(r"\b(?:co-?)?(?:hosted|convened)\s+(?:jointly\s+)?by\s+"
                               r"(?:(?:[^.;\n]|\.(?=\s+[A-Z]))*?,?\s+and\s+)?(?:the\s+)?"
                               r"(?:[A-Z][\w'’&\-]*\s+){0,4}?(?:Rep|Sen|Gov|Dr|Prof)\.?\s+$")
# an appositive after a name that makes the person the event's organizer
_ORGANIZER_OF = re.compile(r",[^.;:\"“”()]{0,160}?\b(?:(?:the\s+|an?\s+|lead\s+|chief\s+)?(?:co-?)?organi[sz]er\s+of\s+"
                           r"(?:the\s+|this\s+(?:year['’]s\s+)?)?(?P<what>[\w'’\-]+)"
                           # (", one of the summit's organizers,": the event's word owns its organizers)
                           r"|(?:one\s+of\s+)?(?:the|this(?:\s+year['’]s)?)\s+(?P<owner>[\w\-]+)['’]s\s+(?:lead\s+|chief\s+)?"
                           r"(?:co-?)?organi[sz]ers?\b)")


# "Ana Vale of Lake Corp, who organized the event, …": a relative clause that makes the person its organizer
# (read right after the name or past its description, see _past_description)
_WHO_ORGANIZED = re.compile(r",?\s+who\s+(?:also\s+)?(?:co-?)?(?:organi[sz]ed|organi[sz]es|hosted|hosts|"
                            r"convened|convenes|runs|ran)\s+(?:the\s+|this\s+(?:year['’]s\s+)?)?"
                            r"(?!(?:session|panel|program|programme|talk|workshop)s?\b)(?P<what>[\w'’\-]+)")


# the word for the one who organizes the event, right before a name, with the gathering's word or none before it (not
# "the Arden Marathon organizer A": another gathering's)
_ORGANIZER_LABEL = re.compile(r"(?:^|[^\w\s]\s*|\b(?:[Tt]he|[Tt]o|[Bb]y|[Aa]nd|[Ss]aid|[Ee]vent|[Ss]ummit|[Ff]orum|"
                              r"[Cc]onference|[Ee]xpo|[Ww]orkshop|[Ss]eminar|[Hh]ackathon|[Ss]ymposium)\s+)"
                              r"(?:[Cc]o-?)?[Oo]rgani[sz]er\s+$")
_LABEL_REACH = 40  # characters before a name its label is looked for in


def _after_name(pattern: re.Pattern[str], text: str, sp: Span) -> re.Match[str] | None:
    """``pattern`` matched right after the name at ``sp``, or past its description (its body, its post)."""
    return pattern.match(text, sp.end) or pattern.match(text, _past_description(text, sp.end))


def _organizes(text: str, spans: list[Span], event: Event) -> bool:
    """An appositive after one of the person's mentions names them organizer of this event: of an event
    word ("organizer of the forum") or of its name ("organizer of industryXchange")."""
    words = _major_words(event.name or "")
    initials = _initials(event.name or "")
    for sp in spans:
        if _ORGANIZER_LABEL.search(text, max(0, sp.start - _LABEL_REACH), sp.start):
            return True  # "According to summit organizer Mark Seeley of Orbis Media, …": the label before the name
        who = _after_name(_WHO_ORGANIZED, text, sp)
        if who and (who.group("what").lower() in gathering_words()
                    or event.name and text.startswith(event.name, who.start("what"))):
            return True  # "…, who organized the event," / "…, who runs the Lake AI Forum,"
        m = _after_name(_ORGANIZER_OF, text, sp)
        what = (m.group("what") or m.group("owner")) if m else ""
        # (its name, its first word, or its initials: "organiser of NMW 09" for National Manufacturing Week)
        if m and (what.lower() in gathering_words() or words and what == words[0]
                  or len(initials) >= 2 and what == initials):
            return True
    return False


# ("the Australian Industry Group (Ai Group)": a short form of the initials and the name's last word)
_DEFINED = re.compile(r"(?<![\w&])((?:[A-Z][\w&'’\-]*)(?:[ \t]+(?:of|for|and|on|the|&|[A-Z][\w&'’\-]*)){1,9})\.?[ \t]*"
                      r"\(([A-Z][A-Za-z&\-]{1,11}(?:[ \t][A-Z][a-z]+)?)\)")


# a name with its initials inside, before its kind: "the Advanced Robotics for Manufacturing (ARM) Institute"
_INNER_ACRONYM = re.compile(r"(?<![\w&])[A-Z][\w&'’\-]*(?:[ \t]+(?:of|for|and|on|&|[A-Z][\w&'’\-]*)){1,8}[ \t]+"
                            r"\((?P<short>[A-Z]{2,}[\w&\-]*)\)[ \t]+(?P<kind>[A-Z][a-z]+)\b")


_MINOR_WORDS = frozenset({"of", "and", "the", "for", "on", "&", "in"})


def _major_words(name: str) -> list[str]:
    """The words of a name that its initials are made of (``of``, ``and``, ``the`` … left out)."""
    return [w for w in name.split() if w.lower() not in _MINOR_WORDS]


def _initialisms(orgs: OrgTable, text: str) -> list[tuple[str, str]]:
    """A word in capitals (``SMF``) whose letters are exactly the initials of an organization of the
    article of three or more words (``Singapore Manufacturing Federation``): one organization, when no
    other name of the article has those initials."""
    by_initials: dict[str, dict[str, str]] = {}  # initials -> {organization id: its name}
    for o in orgs.organizations():
        for n in (o.name, *o.aliases):
            words = _major_words(n)
            if len(words) >= 3 and all(w[:1].isupper() for w in words):
                by_initials.setdefault("".join(w[0] for w in words), {})[o.id] = o.name
    found = [(next(iter(named.values())), short) for short in sorted(set(_CAPITALS.findall(text)))
             if len(named := by_initials.get(short, {})) == 1]
    return found + _initialled_heads(orgs)


def _initialled_heads(orgs: OrgTable) -> list[tuple[str, str]]:
    """``IIT Madras`` and ``Indian Institute of Technology Madras``: a name whose first word, in capitals,
    holds the initials of the words another name of the article opens with, the rest the same, is that
    organization (when only one name fits)."""
    names = sorted({n for o in orgs.organizations() for n in (o.name, *o.aliases)})
    by_key: dict[tuple[str, str], set[str]] = {}  # (initials, the words after them) -> full names
    for n in names:
        words = _major_words(n)
        for k in range(2, len(words)):
            if all(w[:1].isupper() for w in words[:k]):
                by_key.setdefault(("".join(w[0] for w in words[:k]), " ".join(words[k:]).lower()), set()).add(n)
    out = []
    for n in names:
        first, _, rest = n.partition(" ")
        if rest and _CAPITALS.fullmatch(first) and len(full := by_key.get((first, rest.lower()), set())) == 1:
            out.append((full.pop(), n))
    return out


_CAPITALS = re.compile(r"(?<![\w&.-])[A-Z]{3,6}(?![\w&-])")


# "VDW, the German Machine Tool Builders' Association, …": initials in capitals, then the body's name in apposition
# (a kind of body ends it), closed where the sentence goes on with a verb, a relative or a stop; not "A, the B, and
# the C", a list
_ACRONYM_APPOSED = re.compile(r"(?<![\w&])(?P<short>[A-Z]{2,8}),[ \t]+the[ \t]+(?P<long>[A-Z][\w&'’\-]*"
                              r"(?:[ \t]+(?:of|for|and|on|&|[A-Z][\w&'’\-]*)){1,8})"
                              r"(?=[ \t]*[.;)]|,[ \t]+(?:and[ \t]+(?!the\b|an?\b)[a-z]|(?!and\b|the\b|an?\b)[a-z]))")


def _acronyms_apposed(text: str) -> list[tuple[str, str]]:
    """The bodies named by their initials with their name in apposition after (:data:`_ACRONYM_APPOSED`), as
    (name, initials), when a kind of body ends the name."""
    return [(m.group("long"), m.group("short")) for m in scan(_ACRONYM_APPOSED, text)
            if m.group("long").split()[-1].lower() in ORG_WORDS]


def _acronyms_defined(text: str) -> list[tuple[str, str]]:
    """``Korea Information Society Development Institute (KISDI)``: a name and the acronym the text
    defines for it right after, when the acronym opens with the name's first initial and holds the
    initials of most of its words, in order."""
    out = []
    for m in scan(_DEFINED, text):
        # (each word with where it stands: "the Korea Economic Daily and the Korea Association of Robot Industry (KAR)"
        # names the second "Korea", not the first)
        found = [(w.group(), w.start()) for w in re.finditer(r"\S+", m.group(1))
                 if w.group()[:1].isupper() and w.group().lower() not in ("the", "of", "for", "and", "on")]
        words = [w for w, _at in found]
        acronym, _, last = m.group(2).upper().partition(" ")
        if last:  # "Ai Group": the initials of the words before the name's last, which the short form keeps
            if len(words) < 3 or words[-1].upper() != last:
                continue
            words, found = words[:-1], found[:-1]
        # "Yesterday The … Institute (KISDI)": words before the name itself. The shortest run whose initials spell
        # most of the acronym is the name ("KOTRA's Taipei Trade Center and the Taipei Computer Association (TCA)"),
        # else the longest that holds most of its initials ("Korea Institute of Industrial Technology (KITECH)")
        scores = [(first, *_initials_held(words[first:], acronym)) for first in range(len(words) - 1)
                  if words[first][0] == acronym[0]]
        spelled = [first for first, hits, n in scores if hits * 10 >= len(acronym) * 6 and hits * 10 >= n * 6]
        held = [first for first, hits, n in scores if hits * 10 >= n * 6]
        if spelled or held:
            start = found[spelled[-1] if spelled else held[0]][1]
            # ("the Singapore Manufacturing Federation's (SMF) annual …": the owner, less its possessive)
            out.append((re.sub(r"['’]s$", "", m.group(1)[start:]), m.group(2)))
    return out


def _initials_held(words: list[str], acronym: str) -> tuple[int, int]:
    """How many of ``words`` have their initial in ``acronym``, in order, and how many words there are."""
    hits, k = 0, 0
    for w in words:
        at = acronym.find(w[0], k)
        if at >= 0:
            hits, k = hits + 1, at + 1
    return hits, len(words)


# (a company's "Labs" is no lab of another kind: "Orbis Labs sponsored the forum. Tom Reed, the company's CTO, …")
_OTHER_KINDS = frozenset((ANAPHORIC_ORGS | ORG_WORDS) - {"company", "firm", "group", "corporation", "corp", "inc", "co",
                                                            "ltd", "llc", "gmbh", "ag", "plc", "holdings", "labs"})


_SEATS_OF_OFFICE = frozenset({"government", "office", "council", "administration"})  # a city's or a province's own


def _of_another_kind(name: str, words: tuple[str, ...]) -> bool:
    """The body's last word is a kind of body the words of an office do not name, right after one of them:
    ``Fresno City College`` for a mayor's city (``Seoul Metropolitan Government`` is a city's own)."""
    said = name.lower().split()
    return len(said) >= 2 and said[-2] in words and said[-1] not in words and said[-1] in _OTHER_KINDS \
        and said[-1] not in _SEATS_OF_OFFICE


def _resolve_kinds(people: dict[str, dict], orgs: OrgTable, event: Event | None) -> None:
    """``Kim, chairman of the association``: the organization a kind word refers back to is the one
    organization of the article of that kind, one of the event's first (``Korea Association of Robot
    Industry``); none when the article names several."""
    if not any(p.get("refers") for p in people.values()):
        return
    names = {o.id: o.name for o in orgs.organizations()}
    held = [*event.organizers, *event.co_organizers, *event.sponsors] if event else []
    # each kind looked up once: linear in people and organizations
    by_kind: dict[tuple[tuple[str, ...], frozenset[str]], list[str]] = {}

    def of_kind(ids: list[str], kinds: tuple[tuple[str, ...], frozenset[str]], holders: bool) -> list[str]:
        """The names of ``ids`` of that kind; ``holders``: ``ids`` are the event's organizations."""
        words, shared = kinds
        if words in (("organizer",), ("organiser",)):  # "executive director of the organizer": its one holder
            return sorted({names[i] for i in ids if holders and event is not None and i in event.organizers})
        if words in (("company",), ("firm",)):  # a company by its legal form: "Lake Corp", "Nimbus Inc."
            by_form = sorted({names[i] for i in ids if names[i].split()[-1].lower().rstrip(".") in LEGAL_FORMS})
            # or the one holder of the event no word calls a body of another kind ("Hanbit Electronics")
            return by_form or sorted({names[i] for i in ids if holders
                                      and not set(names[i].lower().split()) & _OTHER_KINDS})
        # "Trade Minister": a ministry named with "trade" too, not the Ministry of Science and ICT
        # (nor a body of another kind the word only describes: a mayor's city is no "Fresno City College")
        return sorted({names[i] for i in ids if set(words) & (said := set(re.findall(r"[\w\-]+", names[i].lower())))
                       and shared <= said and not _of_another_kind(names[i], words)})
    # every organization's mentions by where they stand, for "the company's" (once: a lookup per person is a bisection)
    written = sorted((s.start, o.name) for o in orgs.organizations() if not set(o.name.lower().split()) & _OTHER_KINDS
                     for s in o.mentions)
    for p in people.values():
        for title, kind in p.get("refers", {}).items():
            if kind not in by_kind:
                found = of_kind(held, kind, True)
                if not found:  # no holder of that kind: the article's one body of that kind, if it names no other
                    found = of_kind(list(names), kind, False)
                    if len(found) == 1 and _another_body_written(orgs, found[0], kind[0]):
                        found = []
                by_kind[kind] = found
            found = by_kind[kind]
            at = p.get("refers_at", {}).get(title)
            if len(found) != 1 and kind[0] in (("company",), ("firm",)) and at is not None:
                found = _company_before(written, at)  # "Tom Reed of Acme Robotics spoke. The company's CEO, …"
            if len(found) != 1:
                continue
            key = orgs.add(found[0], None)
            p["affs"] = [(key if k is None and t == title else k, t, u) for k, t, u in p["affs"]]


def _another_body_written(orgs: OrgTable, name: str, words: tuple[str, ...]) -> bool:
    """Whether the text names a body of that kind besides ``name``, where no role made it an organization of
    the article (``…, the Ministry of Science and ICT said``): then an office with no body written (``Vice
    Minister Park``) is not the one organization's."""
    text = orgs.text
    inside = [s for o in orgs.organizations() if o.name == name for s in o.mentions]
    kinds = "|".join(re.escape(w.capitalize()) for w in words)
    # the kind word as part of a name: "Ministry of Science", "Federal Ministry"; not "the Ministry said"
    for m in re.finditer(rf"\b(?:(?!The\b)[A-Z][\w&'’\-]* )+(?:{kinds})\b|\b(?:{kinds}) (?:of|for) [A-Z]", text):
        if not any(s.start <= m.end() - 1 < s.end for s in inside):
            return True
    return False


def _heads_of_the_host(text: str, spans: list[Span], people: dict[str, dict], orgs: OrgTable, host_id: str) -> None:
    """``SK Group hosted the summit …, with Chairman Chey Tae-won delivering the keynote``: a head's title with no body
    written (a chairman, a CEO), in the sentence that names the event's one organizer before it, is that organizer's;
    so is a company's post in the sentence right after one that names a company holding it (``Acme unveiled … at its
    DevCon. CEO Ana Vale opened the event``)."""
    host = next(o for o in orgs.organizations() if o.id == host_id)
    starts = [sp.start for sp in spans]

    def sentence_of(at: int) -> int:
        return bisect.bisect_right(starts, at) - 1

    named_in: dict[int, int] = {}  # sentence -> where the organizer is first named in it
    after: set[int] = set()  # the sentences right after one that names a company holding the event
    company = not set(host.name.lower().split()) & _NO_COMPANY_KINDS
    for m in host.mentions:
        at = sentence_of(m.start)
        named_in[at] = min(m.start, named_in.get(at, m.start))
        if company:
            after.add(at + 1)

    # (a mayor or a governor heads a city or a province, no company: "hosted by Orbis Labs alongside Mayor A")
    public = bool(set(host.name.lower().split()) & LOCAL_GOVERNMENT_WORDS) \
        or lists().places.issuperset(host.name.lower().split())

    def heads(t: str | None, s: Span) -> bool:
        if not t or t.lower() not in _ORG_HEADS or t.lower() in _PUBLIC_HEADS and not public:
            return False
        at = sentence_of(s.start)
        return named_in.get(at, s.start) < s.start or at in after and t.lower() in _COMPANY_HEADS

    for p in people.values():
        if any(k is None and heads(t, s) for k, t, _u in p["affs"] for s in p["spans"]):
            key = orgs.add(host.name, None)
            p["affs"] = [(key if k is None and t and t.lower() in _ORG_HEADS else k, t, u) for k, t, u in p["affs"]]


# the heads of a city's or a province's government (whose name has a word of LOCAL_GOVERNMENT_WORDS)
_PUBLIC_HEADS = frozenset({"mayor", "governor"})
# the words of bodies that are no company (a company's name may end in "Labs", a bank is a company too)
_NO_COMPANY_KINDS = _OTHER_KINDS - {"labs", "startup", "bank"}
# the posts only a company's head holds
_COMPANY_HEADS = frozenset({"ceo", "chief executive", "chief executive officer", "president and ceo",
                            "chairman and ceo", "founder"})


# a press release's opening: the company that "today announced" (after its dateline, with what it is between commas)
_ANNOUNCER = re.compile(
    r"(?P<org>[A-Z][\w&.'’\-]*(?:[ \t]+(?:[A-Z][\w&.'’\-]*|of|and|for|&)){0,6}?)(?:[ \t]*\([^()\n]{1,40}\))?"
    r"(?:,[ \t]*(?:a|an|the)[ \t][^,\n]{3,160}?,)?[ \t]+(?:today[ \t]+(?:announced|unveiled|said)|announced[ \t]+today)\b")
_ANNOUNCER_SENTENCES = 3  # sentences from the top where a release says who announces
# the offices of public bodies and of academia, which a company's staff never holds
_NOT_STAFF = re.compile(r"\b(?:professor|prof|dean|provost|chancellor|lecturer|student|minister|secretary|senator|sen|"
                        r"governor|gov|mayor|representative|rep|congress\w*|ambassador|commissioner|lawmaker|mp)\b", re.I)


def _staff_of_the_announcer(text: str, spans: list[Span], people: dict[str, dict], orgs: OrgTable) -> None:
    """``Vantic Inc., a maker of …, today announced that Chief Executive Officer Jane Holloway will …``: in a press
    release, the people given a company's post and no organization work for the company that announces."""
    found = None
    for sp in spans[:_ANNOUNCER_SENTENCES]:
        found = _ANNOUNCER.search(text, sp.start, sp.end)
        if found:
            break
    if found is None:
        return
    name = found.group("org").rstrip(".,")
    words = name.split()
    ls = lists()
    org_shaped = words[-1].lower().rstrip(".") in LEGAL_FORMS or words[-1].lower() in ORG_WORDS \
        or words[-1].lower() in ls.company_words or name.lower() in ls.organizations \
        or len(words) == 1 and name.lower() not in ls.not_names and name not in people
    if not org_shaped or name in people or words[0].lower() in ls.honorifics or words[0].lower() in ls.heads:
        return  # ("Governor Ana Vale today announced …": a person, not a company)
    key = None
    for p in people.values():
        if p["reporter"] or any(k for k, _t, _u in p["affs"]) or p.get("refers"):
            continue  # (nor whose post names a body of a kind: "the company's CTO" is resolved by its kind)
        if any(t and not _NOT_STAFF.search(t) for _k, t, _u in p["affs"]):
            key = key or _add_org(orgs, name, found.start("org"))
            p["affs"] = [(key if t and not _NOT_STAFF.search(t) else k, t, u) for k, t, u in p["affs"]]


_COMPANY_REACH = 300  # characters before "the company's" where the company it refers back to is named


def _company_before(written: list[tuple[int, str]], at: int) -> list[str]:
    """The company named last before ``at`` (within :data:`_COMPANY_REACH` characters), of ``written`` (the mentions
    of the organizations no word calls a body of another kind, by start): the one "the company's" refers back to."""
    k = bisect.bisect_left(written, (at, ""))
    return [written[k - 1][1]] if k and written[k - 1][0] >= at - _COMPANY_REACH else []


_OFFICE_WORDS = frozenset({"minister", "vice", "deputy", "first", "second", "secretary", "mayor", "governor", "chief",
                           "general", "state", "of", "for", "and", "the", "acting", "former", "ministry", "city",
                           "gov", "lt", "ambassador"})


def _office_of(title: str | None, event_orgs: list[str]) -> bool:
    """A public office of one of the event's bodies, by the words they share: "Science Minister" heads the
    Ministry of Science and ICT, "Seoul Mayor" the Seoul Metropolitan Government."""
    if not title or not _OFFICE.search(title):
        return False
    words = {w.lower() for w in re.findall(r"[A-Z][\w&\-]*", title)} - _OFFICE_WORDS
    if not words:  # "Gov. Kim", "Mayor Tom Reed" where a provincial or city government holds it: its head
        body = next((b for office, b in _BODY_OF_OFFICE if office.search(title)), None)
        return body is not None and any(body.search(e) for e in event_orgs)
    # (a public body: "Minister for Industry" heads no "Australian Industry Group", a business lobby)
    return any(words & {w.lower() for w in re.findall(r"[A-Z][\w&\-]*", e)} for e in event_orgs if _PUBLIC_BODY.search(e))


# the words of a public body's name, whose public offices share words with it: the kinds of public body, and
# legislatures, missions and local governments
_PUBLIC_BODY = re.compile(r"\b(?:" + "|".join(sorted(w.capitalize() for w in PUBLIC_BODY_KINDS | {
    "dept", "government", "committee", "assembly", "parliament", "congress", "senate", "house", "embassy", "consulate",
    "city", "province", "provincial", "state", "metropolitan", "municipal", "municipality", "county", "prefecture",
    "prefectural", "service"})) + r")\b|\bof\s+(?:Science|Trade|Industry|Economy|Finance)")
# the body a bare public office heads, by the words of its name
_BODY_OF_OFFICE = (
    (re.compile(r"\b(?:governor|gov\.)", re.I), re.compile(r"\b(?:Province|Provincial|Prefecture|Prefectural|State\s+of|"
                                                          r"State\s+Government|Governorate)\b")),
    (re.compile(r"\bmayor\b", re.I), re.compile(r"\b(?:City|Metropolitan|Municipal|Municipality|Town|County|Borough)\b")),
    (re.compile(r"\bminister\b", re.I), re.compile(r"\bMinistry\b")),
    (re.compile(r"\bambassador\b", re.I), re.compile(r"\bEmbassy\b")),
)


# a legislature's committee that holds a hearing, and the titles of the legislators who sit on it
_LEGISLATIVE_BODY = re.compile(r"\b(?:Senate|House|Assembly|Parliament|Congress|Legislature|Caucus)\b")
_LEGISLATOR = re.compile(r"(?:(?:U\.S\.|US|State)\s+)?(?:Rep\.?|Sen\.?|Senator|Representative|"
                         r"Congress(?:man|woman|member)|Ranking\s+Member|lawmaker|Assembly(?:man|woman|member)|"
                         r"Delegate|MP|Member\s+of\s+Parliament)", re.I)
# the chair of the sitting body, by the post alone: "Chairman Brian Babin", "Committee Chair Ana Vale"
_CHAIR_OF_THE_BODY = re.compile(r"(?:(?:Committee|Subcommittee)\s+)?(?:Chair|Chairman|Chairwoman|Chairperson)")
# a seat on one of the event's committees: "a member of the organizing committee", "… of the forum's steering committee"
_COMMITTEE_MEMBER = re.compile(r"\bmembers?\s+of\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?(?:organi[sz]ing|steering|program|"
                               r"programme|advisory|scientific|executive|preparatory)\s+committee\b", re.I)
_GROUP_WORDS = frozenset({"group", "holdings", "corporation"})  # besides the legal forms (LEGAL_FORMS)
_GROUP_ENDINGS = _GROUP_WORDS | LEGAL_FORMS  # the last words of a company's name that are no name of its own


def _group_of(org: str, names: list[str]) -> bool:
    """The organization is one of ``names`` written without its last word of a group or a legal form (``SK`` of
    ``SK Group``, ``Lake`` of ``Lake Holdings``, ``Orbis`` of ``Orbis Inc.``)."""
    def last_word(n: str) -> str:
        return n[len(org) + 1:].lower().rstrip(".")
    return any(n.lower().startswith(org.lower() + " ") and last_word(n) in _GROUP_ENDINGS
               for n in names)


# "SK Group Chairman Chey Tae-won, who heads the KCCI, …": a relative clause of the body one heads besides the post
_WHO_HEADS = re.compile(r",?\s+who\s+(?:also\s+)?(?:heads|headed|leads|led|chairs|chaired|runs|ran)\s+(?:the\s+)?"
                        r"(?P<org>[A-Z][\w&'’.\-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w&'’.\-]*)){0,7})")


def _heads_one_of(text: str, spans: list[Span], event_orgs: list[str]) -> bool:
    """A clause after one of the person's mentions says they head one of the event's organizations."""
    for sp in spans:
        m = _after_name(_WHO_HEADS, text, sp)
        if m is not None and _related(m.group("org").rstrip(".,"), event_orgs):
            return True
    return False


def _related(org: str, event_orgs: list[str]) -> bool:
    """The organization is one of the event's, or part or parent of one (``Penn State`` and ``Penn State
    College of Engineering``, ``SK hynix`` and ``SK Group``: the same first word)."""
    first = org.split()[0].lower() if org.split() else ""
    core = _without_group_word(org)
    return any(org == e or org in e or e in org or e.split() and e.split()[0].lower() == first
               or len(org) > 1 and org.isupper() and org == _initials(e)
               or len(e) > 1 and e.isupper() and e == _initials(org)
               # ("Herald Corp." of "The Korea Herald": the company by its name without its legal form or group word)
               or core is not None and re.search(rf"\b{re.escape(core)}\b", e) is not None for e in event_orgs)


def _without_group_word(org: str) -> str | None:
    """The name before the last word of a legal form or a group (``Herald`` of ``Herald Corp.``, ``JoongAng`` of
    ``JoongAng Group``), if the name ends in one and something of its own stands before it; else None."""
    words = org.split()
    if len(words) < 2 or words[-1].lower().rstrip(".").replace(",", "") not in _GROUP_ENDINGS:
        return None
    return " ".join(words[:-1]).rstrip(",")


def _initials(name: str) -> str:
    """The initials of a name's capitalised major words (:func:`_major_words`) up to its possessive (``CMU`` of
    ``Carnegie Mellon University's Manufacturing Futures Institute``: the parent, a unit of which holds the event)."""
    owner = re.split(r"['’]s\b", name, maxsplit=1)[0]
    return "".join(w[0] for w in _major_words(owner) if w[:1].isupper())


# the first words of a unit of a body, named after the body's own name ("KAIST Graduate School of AI", "Hanbit
# University Hospital" is no unit: its first word is the university's)
_UNIT_WORDS = frozenset({"graduate", "school", "college", "faculty", "department", "dept.", "division", "center",
                         "centre", "library", "hospital", "museum", "campus"})


def _build_event(article: Article, spans: list[Span], orgs: OrgTable, people: set[str],
                 comma_names: tuple[str, ...]) -> tuple[EnEventDraft, list[tuple[str, OrgRole]]] | None:
    """The article's event and its organizations' forms (keys of ``orgs``), each with its part."""
    draft = find_event(article.text, spans, article.published, people, comma_names)
    if draft is None:
        return None
    # "Samsung hosts …" over "Samsung Electronics hosted …": one word that opens a longer name of the same
    # part is that organization's short form
    # (not a unit of it: "KAIST held …" and "organized by the KAIST Graduate School of AI" are two bodies)
    longer: dict[tuple[OrgRole, str], str] = {}
    for name, _at, r in draft.orgs:
        first = name.removeprefix("the ").removeprefix("The ")
        if " " in first and first.split()[1].lower() not in _UNIT_WORDS:
            longer.setdefault((r, first.split(" ", 1)[0]), first.rstrip(" ."))
    keys = []
    for name, at, r in draft.orgs:
        key = _add_org(orgs, name, at)
        if (r, name) in longer:
            orgs.add(longer[r, name], None, (name,))
        keys.append((key, r))
    keys.extend((orgs.add(name, None, implied_at=at), r) for name, at, r in draft.implied_orgs)  # (a lawmaker's office)
    return draft, keys


def _event_of(draft: EnEventDraft, keys: list[tuple[str, OrgRole]], orgs: OrgTable) -> Event:
    """The event with its organizations' article ids, read once ``orgs`` has merged all its forms."""
    by_role: dict[OrgRole, list[str]] = {r: [] for r in OrgRole}
    seen: set[str] = set()  # organization ids
    for role in OrgRole:  # organizer before co-organizer before sponsor
        for key, r in keys:
            if r is role and orgs.id_of(key) not in seen:  # "KAIST" and "the Korea Advanced … (KAIST)" are one
                seen.add(orgs.id_of(key))
                by_role[role].append(orgs.id_of(key))
    return Event("e1", draft.name, draft.edition, draft.start, draft.end, draft.venue, draft.city, draft.theme,
                 draft.attendance, tuple(by_role[OrgRole.ORGANIZER]), tuple(by_role[OrgRole.CO_ORGANIZER]),
                 tuple(by_role[OrgRole.SPONSOR]), (), (draft.name_span,) if draft.name_span else ())
