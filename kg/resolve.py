"""Entity resolution: deterministic IRIs for what an article mentions.

An IRI is a hash of an entity's identity, never raw text pasted into an IRI, so re-ingesting an
article, or ingesting articles in another order, gives the same IRIs:

- an organization is its curated canonical name (산기협 -> 한국산업기술진흥협회) or its normal form;
- a person is their name plus their first organization; a person with no organization is local
  to the article; a reporter is kept apart from a same-named person the news reports on;
- an event is its name (less a year or edition prefix) plus its date, or year;
- a series is the event's name less the year or edition prefix.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from kg.extract.gazetteer import Gazetteer, load_gazetteer, org_key
from kg.model import Event, Extraction, Organization, Person, Role
from kg.vocab import KGR

_YEAR_OR_EDITION = re.compile(r"^(?:\s*(?:\d{4}\s*년?|제\s*\d+\s*(?:회|차))\s*)+|\s+\d{4}$")


def digest(*parts: str) -> str:
    """A short, stable hash of an identity (NFKC-normalised parts)."""
    joined = "\x1f".join(unicodedata.normalize("NFKC", p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


def org_identity(name: str, gz: Gazetteer) -> str:
    """The key that makes two written forms one organization."""
    return org_key(gz.canonical_org(name) or name)


def series_name(event_name: str) -> str:
    """``2025 코리아 인더스트리얼 AI 공동포럼`` -> ``코리아 인더스트리얼 AI 공동포럼``."""
    return _YEAR_OR_EDITION.sub("", event_name).strip()


@dataclass(frozen=True)
class Resolution:
    """IRIs (as strings) of one article's entities, keyed by their extraction-local ids."""

    article: str
    graph: str
    orgs: dict[str, str]
    people: dict[str, str]
    events: dict[str, str]
    series: dict[str, str]  # event id -> series IRI
    parts: dict[str, str]


def article_iri(article_id: str) -> str:
    return f"{KGR}article/{quote(article_id, safe='')}"


def graph_iri(article_id: str) -> str:
    return f"{KGR}graph/{quote(article_id, safe='')}"


def _org_iri(o: Organization, gz: Gazetteer) -> str:
    keys = [org_identity(o.name, gz)] + [org_identity(a, gz) for a in o.aliases]
    curated = [org_key(gz.canonical_org(f)) for f in (o.name, *o.aliases) if gz.canonical_org(f)]
    return f"{KGR}org/{digest(curated[0] if curated else keys[0])}"


def _person_iri(p: Person, x: Extraction, orgs: dict[str, str]) -> str:
    reporter = any(r.role is Role.REPORTER for r in p.roles)
    org = next((f.org for f in p.affiliations if f.org), None)
    name = unicodedata.normalize("NFKC", p.name).strip()
    if org is not None:
        return f"{KGR}person/{digest('reporter' if reporter else 'person', name, orgs[org])}"
    return f"{KGR}person/{digest('local', name, x.article.id, p.id)}"


def _event_iri(e: Event, x: Extraction) -> str:
    if not e.name:
        return f"{KGR}event/{digest('local', x.article.id, e.id)}"
    when = e.start or (x.article.published or "")[:4] or x.article.id
    return f"{KGR}event/{digest(org_key(series_name(e.name)), when)}"


def resolve(x: Extraction, gazetteer: Gazetteer | None = None) -> Resolution:
    """Give every entity of an extraction its IRI."""
    gz = gazetteer or load_gazetteer()
    orgs = {o.id: _org_iri(o, gz) for o in x.organizations}
    people = {p.id: _person_iri(p, x, orgs) for p in x.people}
    events = {e.id: _event_iri(e, x) for e in x.events}
    series = {e.id: f"{KGR}series/{digest(org_key(series_name(e.name)))}"
              for e in x.events if e.name and (e.edition or series_name(e.name) != e.name)}
    parts = {p.id: f"{events[e.id]}/{quote(p.id.removeprefix(e.id), safe='')}" for e in x.events for p in e.parts}
    return Resolution(article_iri(x.article.id), graph_iri(x.article.id), orgs, people, events, series, parts)
