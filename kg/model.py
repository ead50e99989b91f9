"""Frozen dataclasses shared by every stage of the pipeline.

Every extracted record keeps the character spans (``Span``) of the text that supports it, so any
fact in the graph can be traced back to the article text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Role(str, Enum):
    """What a person did at an event (the gold vocabulary of the dev corpus)."""

    KEYNOTE = "keynote"
    SPEAKER = "speaker"
    PANELIST = "panelist"
    MODERATOR = "moderator"
    HOST_REP = "host_rep"
    ATTENDEE = "attendee"
    QUOTED = "quoted"
    REPORTER = "reporter"
    OTHER = "other"


SPEAKING_ROLES = frozenset({Role.KEYNOTE, Role.SPEAKER, Role.PANELIST, Role.MODERATOR})


class PartKind(str, Enum):
    """The kinds of event part: a session, the keynote, a panel, a single talk."""

    SESSION = "session"
    KEYNOTE = "keynote"
    PANEL = "panel"
    TALK = "talk"


class OrgRole(str, Enum):
    """How an organization took part in an event."""

    ORGANIZER = "organizer"
    CO_ORGANIZER = "co_organizer"
    SPONSOR = "sponsor"


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")


@dataclass(frozen=True)
class Article:
    """One news article as read from a file: the text all offsets refer to."""

    id: str
    text: str
    source: str
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    lang: str = "ko"
    title: str | None = None


@dataclass(frozen=True)
class Organization:
    """An organization as the article names it; ``name`` is the longest form, ``aliases`` the others."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Affiliation:
    """A person's title at an organization, as written in the article."""

    org: str | None  # Organization.id
    title: str | None
    unit: str | None = None  # a unit between org and name: "지능정보사회추진단"


@dataclass(frozen=True)
class RoleAssignment:
    """A person's role at an event or one of its parts."""

    event: str | None  # Event.id; None for an article-level role (the reporter of an article naming no event)
    role: Role
    part: str | None = None  # EventPart.id
    talk_title: str | None = None


@dataclass(frozen=True)
class Quote:
    """A quotation attributed to a person."""

    text: str
    span: Span


@dataclass(frozen=True)
class Person:
    """One distinct person of an article, with every mention of them."""

    id: str
    name: str
    affiliations: tuple[Affiliation, ...] = ()
    roles: tuple[RoleAssignment, ...] = ()
    mentions: tuple[Span, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class EventPart:
    """A session, keynote, panel or talk inside an event."""

    id: str
    kind: PartKind
    name: str | None = None
    speakers: tuple[str, ...] = ()  # Person.id
    moderators: tuple[str, ...] = ()
    order: int | None = None
    parent: str | None = None  # EventPart.id of the session a talk belongs to; None: the event


@dataclass(frozen=True)
class Event:
    """An event (usually one edition of a series) reported by an article."""

    id: str
    name: str | None
    edition: int | None = None
    start: str | None = None  # YYYY-MM-DD
    end: str | None = None
    venue: str | None = None
    city: str | None = None
    theme: str | None = None
    attendance: int | None = None
    organizers: tuple[str, ...] = ()  # Organization.id
    co_organizers: tuple[str, ...] = ()
    sponsors: tuple[str, ...] = ()
    parts: tuple[EventPart, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article; ids are local to it."""

    article: Article
    events: tuple[Event, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    reporter_org: str | None = field(default=None)  # Organization.id of the outlet
