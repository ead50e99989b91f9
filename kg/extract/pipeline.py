"""Language dispatch and the JSON record of an extraction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kg.errors import KGError
from kg.extract.en import extract_en
from kg.extract.gazetteer import Gazetteer
from kg.extract.ko import extract_ko
from kg.model import Article, Extraction

EXTRACTORS: dict[str, Callable[[Article, Gazetteer | None], Extraction]] = {"ko": extract_ko, "en": extract_en}


def extract(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    """Extract one article with the rules of its language."""
    try:
        extractor = EXTRACTORS[article.lang]
    except KeyError as e:
        raise KGError(f"{article.source}: no extraction rules for language {article.lang!r}; "
                      f"available: {', '.join(sorted(EXTRACTORS))}") from e
    return extractor(article, gazetteer)


def to_record(x: Extraction) -> dict[str, Any]:
    """The extraction as the JSON object ``kg extract --format json`` prints for one article."""
    a = x.article
    return {
        "article": {"id": a.id, "source": a.source, "url": a.url, "published": a.published, "lang": a.lang},
        "events": [{
            "id": e.id, "name": e.name, "edition": e.edition, "start": e.start, "end": e.end,
            "venue": e.venue, "city": e.city, "theme": e.theme, "attendance": e.attendance,
            "organizers": list(e.organizers), "co_organizers": list(e.co_organizers), "sponsors": list(e.sponsors),
            "parts": [{"id": p.id, "kind": p.kind.value, "name": p.name, "speakers": list(p.speakers),
                       "moderators": list(p.moderators)} | ({"parent": p.parent} if p.parent else {})
                      for p in e.parts],
            "mentions": [[s.start, s.end] for s in e.mentions],
        } for e in x.events],
        "people": [{
            "id": p.id, "name": p.name,
            "affiliations": [{"org": f.org, "title": f.title} | ({"unit": f.unit} if f.unit else {})
                             for f in p.affiliations if f.org],
            "title": next((f.title for f in p.affiliations if f.org is None), None),
            "roles": [{"event": r.event, "role": r.role.value, "talk_title": r.talk_title}
                      | ({"part": r.part} if r.part else {}) for r in p.roles],
            "mentions": [[s.start, s.end] for s in p.mentions],
            "quotes": [{"text": q.text, "span": [q.span.start, q.span.end]} for q in p.quotes],
        } for p in x.people],
        "organizations": [{"id": o.id, "name": o.name, "aliases": list(o.aliases),
                           "mentions": [[s.start, s.end] for s in o.mentions]} for o in x.organizations],
    }
