"""An extraction as a JSON record, and back.

``to_record`` prints the format of ``shared/corpus/README.md`` (what ``kg extract --format json``
writes) with a few more fields, enough for ``from_record`` to rebuild the same
:class:`~kg.model.Extraction` from the record and the article text. The store keeps each article's
record, so entity resolution can be redone over all articles without extracting them again.
"""

from __future__ import annotations

from typing import Any

from kg.model import (
    Affiliation,
    Article,
    Event,
    EventPart,
    Extraction,
    Organization,
    PartKind,
    Person,
    Quote,
    Role,
    RoleAssignment,
    Span,
)


def _spans(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


def _unspans(items: list[list[int]]) -> tuple[Span, ...]:
    return tuple(Span(a, b) for a, b in items)


def to_record(x: Extraction) -> dict[str, Any]:
    """The extraction as one JSON object (one line of ``kg extract --format json``)."""
    a = x.article
    return {
        "article": {"id": a.id, "source": a.source, "url": a.url, "published": a.published, "lang": a.lang,
                    "title": a.title, "publisher": x.reporter_org},
        "events": [{
            "id": e.id, "name": e.name, "edition": e.edition, "start": e.start, "end": e.end,
            "venue": e.venue, "city": e.city, "theme": e.theme, "attendance": e.attendance,
            "organizers": list(e.organizers), "co_organizers": list(e.co_organizers), "sponsors": list(e.sponsors),
            "parts": [{"id": p.id, "kind": p.kind.value, "name": p.name, "speakers": list(p.speakers),
                       "moderators": list(p.moderators), "order": p.order, "parent": p.parent} for p in e.parts],
            "mentions": _spans(e.mentions),
        } for e in x.events],
        "people": [{
            "id": p.id, "name": p.name,
            "affiliations": [{"org": f.org, "title": f.title, "unit": f.unit} for f in p.affiliations if f.org],
            "title": next((f.title for f in p.affiliations if f.org is None), None),
            "roles": [{"event": r.event, "role": r.role.value, "talk_title": r.talk_title, "part": r.part}
                      for r in p.roles],
            "mentions": _spans(p.mentions),
            "quotes": [{"text": q.text, "span": [q.span.start, q.span.end]} for q in p.quotes],
        } for p in x.people],
        "organizations": [{"id": o.id, "name": o.name, "aliases": list(o.aliases), "mentions": _spans(o.mentions)}
                          for o in x.organizations],
    }


def from_record(record: dict[str, Any], text: str) -> Extraction:
    """The :class:`Extraction` a record was made from (``text`` is the article's text)."""
    a = record["article"]
    article = Article(a["id"], text, a.get("source") or a["id"], a.get("url"), a.get("published"), a.get("lang", "ko"),
                      a.get("title"))
    events = tuple(Event(
        e["id"], e["name"], e["edition"], e["start"], e["end"], e["venue"], e["city"], e["theme"],
        e["attendance"], tuple(e["organizers"]), tuple(e["co_organizers"]), tuple(e["sponsors"]),
        tuple(EventPart(p["id"], PartKind(p["kind"]), p["name"], tuple(p["speakers"]), tuple(p["moderators"]),
                        p.get("order"), p.get("parent")) for p in e["parts"]),
        _unspans(e["mentions"])) for e in record["events"])
    people = []
    for p in record["people"]:
        affs = [Affiliation(f["org"], f["title"], f.get("unit")) for f in p["affiliations"]]
        if p.get("title"):  # the title written with no organization (a byline, "journalist Kim")
            affs.append(Affiliation(None, p["title"]))
        roles = tuple(RoleAssignment(r["event"], Role(r["role"]), r.get("part"), r["talk_title"]) for r in p["roles"])
        quotes = tuple(Quote(q["text"], Span(*q["span"])) for q in p.get("quotes", []))
        people.append(Person(p["id"], p["name"], tuple(affs), roles, _unspans(p["mentions"]), quotes))
    orgs = tuple(Organization(o["id"], o["name"], tuple(o["aliases"]), _unspans(o["mentions"]))
                 for o in record["organizations"])
    return Extraction(article, events, tuple(people), orgs, a.get("publisher"))
