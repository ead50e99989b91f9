"""Entity resolution over all articles: one node per organization, person and event edition.

Every entity an article mentions gets identity keys (an organization: each of its names, normalised;
a person: name @ organization; an event: its series with its edition, date or year). Keys that
evidence links are clustered, in a fixed order, so the result depends only on the set of articles
and the curation file, never on the order they arrived in. A cluster's IRI is a hash of its anchor
key (a curated canonical name first), never raw text pasted into an IRI.

Evidence, each recorded with the rule that used it:

- the forms one article gives one organization (``과학기술정보통신부(과기정통부)``), the curated alias
  list (``data/org_aliases.tsv``), a university's short form (``한빛대학교``, ``한빛대``), the curation file;
- one article naming one person at two organizations (조준희 in the seed); the curation file;
- a Hangul name in one article and its romanisation in another (``이민호`` / ``Lee Min-ho``), at one
  organization with titles that say the same (``부사장`` / ``vice president``), see
  :mod:`kg.crosslingual`;
- articles reporting the same edition number or start date of one series; an article that gives
  neither joins its series' one edition of that year (several that year: it stays its own event).

What keeps entities apart wins over what joins them: two same-named people of one article, a
``split`` line, or two events with different dates or edition numbers stay apart (each article's event
is a node of its own with its edition and date, so no cluster ever holds two of either).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from kg.crosslingual import (
    hangul_name_keys,
    is_hangul_name,
    latin_name_keys,
    titles_agree,
)
from kg.curation import Action, Curation, Kind
from kg.extract.gazetteer import Gazetteer, load_gazetteer, org_key, written_variants
from kg.model import Extraction, Role
from kg.vocab import KGR, article_iri, graph_iri

_YEAR_OR_EDITION = re.compile(r"^(?:\s*(?:\d{4}\s*년?|제\s*\d+\s*(?:회|차))\s*)+|\s+\d{4}$")


def digest(*parts: str) -> str:
    """A short, stable hash of an identity (NFKC-normalised parts)."""
    joined = "\x1f".join(unicodedata.normalize("NFKC", p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


def series_name(event_name: str) -> str:
    """``2025 코리아 인더스트리얼 AI 공동포럼`` -> ``코리아 인더스트리얼 AI 공동포럼``."""
    return _YEAR_OR_EDITION.sub("", event_name).strip()


@dataclass(frozen=True)
class Resolution:
    """IRIs (as strings) of one article's entities, keyed by their extraction-local ids, with the
    names the graph shows for them."""

    article: str
    graph: str
    orgs: dict[str, str]
    people: dict[str, str]
    events: dict[str, str]
    series: dict[str, str]  # event id -> series IRI
    parts: dict[str, str]
    labels: dict[str, str] = field(default_factory=dict)  # IRI -> preferred name


@dataclass(frozen=True)
class Link:
    """One resolution decision: two keys joined (or kept apart) by a rule."""

    a: str
    b: str
    rule: str
    merged: bool
    entity: str | None = None  # the IRI both keys resolve to, when merged


@dataclass(frozen=True)
class ResolvedSet:
    resolutions: dict[str, Resolution]  # article id -> its resolution
    links: tuple[Link, ...]


class _Clusters:
    """Union-find over identity keys with cannot-link constraints and conflicting attributes."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.members: dict[str, set[str]] = {}
        self.attrs: dict[str, dict[str, set[str]]] = {}
        self.apart: dict[str, set[str]] = {}
        self.links: list[tuple[str, str, str, bool]] = []

    def add(self, key: str, **attrs: str | None) -> None:
        if key not in self.parent:
            self.parent[key] = key
            self.members[key] = {key}
            self.attrs[key] = {}
        for name, value in attrs.items():
            if value:
                self.attrs[self.find(key)].setdefault(name, set()).add(value)

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def keep_apart(self, a: str, b: str) -> None:
        self.apart.setdefault(a, set()).add(b)
        self.apart.setdefault(b, set()).add(a)

    def _conflict(self, ra: str, rb: str) -> bool:
        if any(self.apart.get(k, set()) & self.members[rb] for k in self.members[ra]):
            return True
        a, b = self.attrs[ra], self.attrs[rb]
        return any(a.get(n) and b.get(n) and not a[n] & b[n] for n in set(a) | set(b))

    def union(self, a: str, b: str, rule: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self._conflict(ra, rb):
            self.links.append((a, b, rule, False))
            return
        ra, rb = sorted((ra, rb))
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        for name, values in self.attrs.pop(rb).items():
            self.attrs[ra].setdefault(name, set()).update(values)
        self.links.append((a, b, rule, True))

    def run(self, requests: Iterable[tuple[str, str, str]]) -> None:
        """Apply union requests in a fixed order (the result must not depend on article order)."""
        for a, b, rule in sorted(set(requests)):
            self.union(a, b, rule)


def _most_common(names: Iterable[str]) -> str:
    counts = Counter(names)
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


class _Resolver:
    def __init__(self, extractions: Sequence[Extraction], gz: Gazetteer, curation: Curation) -> None:
        self.xs = sorted(extractions, key=lambda x: x.article.id)
        self.gz, self.curation = gz, curation
        self.labels: dict[str, str] = {}
        self.links: list[Link] = []
        self._org_clusters = _Clusters()
        self._org_iri: dict[str, str] = {}

    # ---- organizations
    def _org_keys(self, forms: Iterable[str]) -> list[str]:
        return [f"org|{k}" for k in (org_key(f) for f in forms) if k]

    def org_inputs(self, x: Extraction) -> list[tuple[list[str], list[tuple[str, str, str]]]]:
        """Per organization of ``x``: its keys (its written forms', then their curated canonical names'; its
        IRI is read from the first) and the joins the article asks for."""
        out = []
        for o in x.organizations:
            keys = self._org_keys([o.name, *o.aliases])
            asked = [(keys[0], k, f"written forms of one organization in article {x.article.id}") for k in keys[1:]]
            for form in (o.name, *o.aliases):
                canonical = self.gz.canonical_org(form)
                if canonical:
                    [ck] = self._org_keys([canonical])
                    keys = [*keys, ck]
                    asked.append((ck, self._org_keys([form])[0], "curated alias list (data/org_aliases.tsv)"))
                for variant, rule in written_variants(form):  # 한빛대학교 and 한빛대, 국립한밭대학교 and 한밭대학교
                    [vk] = self._org_keys([variant])
                    keys = [*keys, vk]
                    asked.append((self._org_keys([form])[0], vk, rule))
            out.append((keys, asked))
        return out

    def orgs(self) -> dict[tuple[str, str], str]:
        c = _Clusters()
        requests: list[tuple[str, str, str]] = []
        curated = {f"org|{org_key(v)}" for v in self.gz.canonical.values()}
        names: dict[str, list[str]] = {}
        for x in self.xs:
            for o, (keys, asked) in zip(x.organizations, self.org_inputs(x), strict=True):
                for k in keys:
                    c.add(k)
                requests += asked
                names.setdefault(keys[0], []).append(o.name)
        labels = self.curate_orgs(c, requests)
        c.run(requests)
        iri = {}
        for root, members in c.members.items():
            anchor = min(members, key=lambda k: (k not in curated, k))
            node = f"{KGR}org/{digest(anchor.removeprefix('org|'))}"
            iri[root] = node
            written = [n for m in members for n in names.get(m, [])]
            canonical = next((self.gz.canonical_org(n) for n in written if self.gz.canonical_org(n)), None)
            label = next((labels[m] for m in sorted(members) if m in labels), None)
            self.labels[node] = label or canonical or (_most_common(written) if written else anchor)
        self._record(c, iri)
        self._org_clusters, self._org_iri = c, iri
        return {(x.article.id, o.id): iri[c.find(self._org_keys([o.name, *o.aliases])[0])]
                for x in self.xs for o in x.organizations}

    def curate_orgs(self, c: _Clusters, requests: list[tuple[str, str, str]], within: set[str] | None = None
                    ) -> dict[str, str]:
        """Apply the curation file's lines about organizations (those whose first key is ``within``, when
        given) to ``c`` and ``requests``; the curated names the graph shows, by key."""
        labels = {}
        for d in self.curation.of(Kind.ORG, Action.MERGE, Action.ALIAS, Action.SPLIT, Action.LABEL):
            ka, kb = self._org_keys([d.a])[0], self._org_keys([d.b])[0]
            if within is not None and ka not in within:
                continue
            c.add(ka)
            if d.action is Action.LABEL:
                labels[ka] = d.b
            elif d.action is Action.SPLIT:
                c.add(kb)
                c.keep_apart(ka, kb)
            else:
                c.add(kb)
                requests.append((ka, kb, f"curation {d.where}"))
        return labels

    # ---- people
    def people(self, org_iri: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
        c = _Clusters()
        requests: list[tuple[str, str, str]] = []
        first: dict[tuple[str, str], str] = {}
        names: dict[str, list[str]] = {}
        held: list[tuple[str, str, str, str | None]] = []  # key, name, organization, title
        for x in self.xs:
            people = person_inputs(x, {o.id: org_iri[(x.article.id, o.id)] for o in x.organizations})
            for p, keys in zip(x.people, people.keys, strict=True):
                for k in keys:
                    c.add(k)
                first[(x.article.id, p.id)] = keys[0]
                names.setdefault(keys[0], []).append(p.name)
            requests += people.requests
            held += people.held
            for a, b in people.apart:
                c.keep_apart(a, b)
        requests += self._across_scripts(held)
        labels = {}
        for d in self.curation.of(Kind.PERSON, Action.MERGE, Action.SPLIT, Action.LABEL):
            ka = self._person_key(d.a)
            c.add(ka)
            if d.action is Action.LABEL:
                labels[ka] = d.b
                continue
            kb = self._person_key(d.b)
            c.add(kb)
            if d.action is Action.SPLIT:
                c.keep_apart(ka, kb)
            else:
                requests.append((ka, kb, f"curation {d.where}"))
        c.run(requests)
        iri = {}
        for root, members in c.members.items():
            node = f"{KGR}person/{digest(min(members))}"
            iri[root] = node
            label = next((labels[m] for m in sorted(members) if m in labels), None)
            written = [n for m in members for n in names.get(m, [])]
            self.labels[node] = label or (_most_common(written) if written else min(members).split("|")[1])
        self._record(c, iri)
        return {k: iri[c.find(v)] for k, v in first.items()}

    def _across_scripts(self, held: list[tuple[str, str, str, str | None]]) -> list[tuple[str, str, str]]:
        """Join a Hangul-named and a Latin-named person held at one organization when the Latin name
        spells the Hangul one and their titles say the same (indexed: linear in the people)."""
        hangul: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
        hangul_keys: dict[str, frozenset[str]] = {}  # names recur: each is spelled out once
        latin_keys: dict[str, frozenset[str]] = {}
        for key, name, org, title in held:
            if is_hangul_name(name):
                if name not in hangul_keys:
                    hangul_keys[name] = hangul_name_keys(name, self.gz.surname_spellings)
                for k in hangul_keys[name]:
                    hangul.setdefault((org, k), []).append((key, title))
        out = []
        for key, name, org, title in held:
            if name not in latin_keys:
                latin_keys[name] = latin_name_keys(name)
            for k in latin_keys[name]:
                out += [(other, key, "one name in Hangul and Latin script, at one organization with one title")
                        for other, korean_title in hangul.get((org, k), ())
                        if titles_agree(korean_title, title, self.gz.title_equivalents)]
        return out

    def _person_key(self, value: str) -> str:
        """``NAME@ORGANIZATION`` of the curation file as a person key."""
        name, _, org = value.partition("@")
        [ok] = self._org_keys([org])
        c = self._org_clusters
        if ok in c.parent:
            org_node = self._org_iri[c.find(ok)]
        else:  # an organization no article names yet
            org_node = f"{KGR}org/{digest(org_key(self.gz.canonical_org(org) or org))}"
        return f"person|{unicodedata.normalize('NFKC', name).strip()}|{org_node}"

    # ---- events
    def events(self) -> dict[tuple[str, str], str]:
        """One node per event edition. Each article's event is a node with its own edition number and
        start date; articles that share a series' edition number or start date are joined unless their
        edition or date disagree (so a cluster never holds two of either). An article that gives neither
        (only the year of publication) joins its series' one edition of that year, or stays its own event
        when that year holds several."""
        c = _Clusters()
        first: dict[tuple[str, str], str] = {}  # (article, event) -> its node
        names: dict[str, str] = {}
        strong: dict[str, list[str]] = {}  # series + edition, series + date -> nodes
        in_year: dict[str, list[str]] = {}  # series + year -> nodes, with or without strong keys
        weak: dict[str, list[str]] = {}  # series + year -> nodes that have no strong key
        for x in self.xs:
            for e in x.events:
                node = f"mention|{x.article.id}|{e.id}"
                c.add(node, edition=str(e.edition) if e.edition else None, start=e.start)
                first[(x.article.id, e.id)] = node
                if not e.name:
                    continue
                names[node] = e.name
                s = series_key(e.name)
                keys = [f"event|{s}|{v}" for v in (f"ed{e.edition}" if e.edition else "", e.start or "") if v]
                for k in keys:
                    strong.setdefault(k, []).append(node)
                year = (e.start or x.article.published or "")[:4]
                if year:
                    in_year.setdefault(f"event|{s}|{year}", []).append(node)
                    if not keys:
                        weak.setdefault(f"event|{s}|{year}", []).append(node)
        requests: list[tuple[str, str, str]] = []
        for k, nodes in strong.items():
            ordered = sorted(nodes)
            requests += [(ordered[0], n, f"same edition or date of one series ({k})") for n in ordered[1:]]
        c.run(requests)
        for k, nodes in sorted(weak.items()):
            dated = {c.find(n) for n in in_year[k] if n not in nodes}
            if len(dated) > 1:
                continue  # "the 2025 forum" in a year of two editions: which one is not said
            target = min(dated) if dated else min(nodes)
            c.run((target, n, f"the one edition of the series that year ({k})") for n in nodes if n != target)
        iri = self._event_iris(c, [*strong.items(), *in_year.items()])
        for root, members in c.members.items():
            written = [names[m] for m in members if m in names]
            if written:
                self.labels[iri[root]] = _most_common(written)
        self._record(c, iri)
        return {k: iri[c.find(v)] for k, v in first.items()}

    @staticmethod
    def _event_iris(c: _Clusters, keyed: list[tuple[str, list[str]]]) -> dict[str, str]:
        """An event's IRI hashes its anchor: the smallest series key (year, date or edition) of its articles
        that no other cluster holds (the year of a series that met once; the edition or date when it met
        twice); a cluster whose every key another holds too adds its first node."""
        keys_of: dict[str, set[str]] = {}
        holders: dict[str, set[str]] = {}
        for k, nodes in keyed:
            for n in nodes:
                root = c.find(n)
                keys_of.setdefault(root, set()).add(k)
                holders.setdefault(k, set()).add(root)
        iri = {}
        for root, members in c.members.items():
            keys = sorted(keys_of.get(root, ()))
            own = next((k for k in keys if len(holders[k]) == 1), None)
            # an event with no name is its article's own: "local|article|event", as before
            anchor = own or (f"{keys[0]}|{min(members)}" if keys else "local|" + min(members).removeprefix("mention|"))
            iri[root] = f"{KGR}event/{digest(anchor)}"
        return iri

    def _record(self, c: _Clusters, iri: dict[str, str]) -> None:
        for a, b, rule, merged in c.links:
            self.links.append(Link(a, b, rule, merged, iri[c.find(a)] if merged else None))

    def run(self) -> ResolvedSet:
        org_iri = self.orgs()
        person_iri = self.people(org_iri)
        event_iri = self.events()
        out = {x.article.id: article_resolution(x, org_iri, person_iri, event_iri, self.labels) for x in self.xs}
        return ResolvedSet(out, tuple(self.links))


@dataclass(frozen=True)
class PersonInputs:
    """What one article gives the resolution of people: each person's keys (``name @ organization IRI``,
    its IRI read from the first; ``local|…`` without an organization), the joins it asks for (one person
    at two organizations), the pairs it keeps apart (two people of one name) and the (key, name,
    organization, title) entries that may meet a spelling in the other script."""

    keys: tuple[tuple[str, ...], ...]
    requests: tuple[tuple[str, str, str], ...]
    apart: tuple[tuple[str, str], ...]
    held: tuple[tuple[str, str, str, str | None], ...]


def person_inputs(x: Extraction, org_iri: Mapping[str, str]) -> PersonInputs:
    """``x``'s people as resolution keys them, given its organizations' IRIs by local id."""
    keys, requests, apart, held = [], [], [], []
    by_name: dict[str, list[str]] = {}
    for p in x.people:
        kind = "reporter" if any(r.role is Role.REPORTER for r in p.roles) else "person"
        name = unicodedata.normalize("NFKC", p.name).strip()
        posts = [(org_iri[f.org], f.title) for f in p.affiliations if f.org]
        if not posts and kind == "reporter" and x.reporter_org:
            # a byline's outlet known from the article (its e-mail's domain: "kyj85@etnews.com") though not
            # written as the reporter's organization: the reporter is keyed at it all the same
            posts = [(org_iri[x.reporter_org], None)]
        held += [(f"{kind}|{name}|{org}", name, org, title) for org, title in posts]
        own = [f"{kind}|{name}|{org}" for org, _title in posts] or [f"local|{x.article.id}|{p.id}"]
        requests += [(own[0], k, f"one person named at two organizations in article {x.article.id}") for k in own[1:]]
        keys.append(tuple(own))
        by_name.setdefault(name, []).append(own[0])
    for same in by_name.values():  # same name, two people of one article: always two
        apart += [(a, b) for i, a in enumerate(same) for b in same[i + 1:]]
    return PersonInputs(tuple(keys), tuple(requests), tuple(apart), tuple(held))


def series_key(name: str) -> str:
    """The block of an event's series: its normalised name without year or edition."""
    return org_key(series_name(name)) or org_key(name)


def article_resolution(x: Extraction, org_iri: Mapping[tuple[str, str], str], person_iri: Mapping[tuple[str, str], str],
                       event_iri: Mapping[tuple[str, str], str], labels: Mapping[str, str]) -> Resolution:
    """One article's resolution from its entities' IRIs (by (article id, local id)) and the names the
    graph shows for them."""
    aid = x.article.id
    orgs = {o.id: org_iri[(aid, o.id)] for o in x.organizations}
    people = {p.id: person_iri[(aid, p.id)] for p in x.people}
    events = {e.id: event_iri[(aid, e.id)] for e in x.events}
    series = {e.id: f"{KGR}series/{digest(org_key(series_name(e.name)))}"
              for e in x.events if e.name and (e.edition or series_name(e.name) != e.name)}
    parts = {p.id: f"{events[e.id]}/{quote(p.id.removeprefix(e.id), safe='')}" for e in x.events for p in e.parts}
    mine = set(orgs.values()) | set(people.values()) | set(events.values())
    return Resolution(article_iri(aid), graph_iri(aid), orgs, people, events, series, parts,
                      {k: labels[k] for k in sorted(mine) if k in labels})


def resolve_all(extractions: Sequence[Extraction], gazetteer: Gazetteer | None = None,
                curation: Curation | None = None) -> ResolvedSet:
    """Resolve the entities of all ``extractions`` together (see the module docstring)."""
    return _Resolver(extractions, gazetteer or load_gazetteer(), curation or Curation()).run()


def resolve(x: Extraction, gazetteer: Gazetteer | None = None) -> Resolution:
    """Resolve one article on its own (what its graph looks like before other articles are seen)."""
    return resolve_all([x], gazetteer).resolutions[x.article.id]
