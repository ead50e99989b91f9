"""Resolution kept up to date block by block (issue #10): adding or removing articles resolves again
only the blocks their identity keys touch, with the same result as resolving every article anew.

Resolution (:mod:`kg.resolve`) is union-find over identity keys, in a fixed order, and union-find over
one connected component of the union requests depends only on that component: its keys, its requests,
its constraints and the names written for its keys. So the resolver keeps those inputs added up over the
articles, by key, and an update resolves again only the components its articles' keys are in:

- **organizations**: keys are an organization's written forms (and their curated canonical names); an
  article joins the forms it gives one organization; curation lines about organizations join or split;
- **people**: keys are ``name @ organization IRI``; an article joins one person named at two
  organizations and keeps two people of one name apart; a name and its spelling in the other script at
  one organization with titles that agree are joined (:mod:`kg.crosslingual`). When an organization's IRI
  changes, the people of the articles that name it are keyed anew;
- **events**: a block is one series, resolved again from its articles (a series is a few of them); an
  unnamed event is its article's alone.

A component's union requests repeat per article (``written forms of one organization in article X``);
only the first of a pair in the fixed order can join, so each pair keeps its requests' articles and the
first is read (all of them when that join is refused, as :class:`kg.resolve._Clusters` records each
refusal). An article is given its resolution again only when one of its entities changes IRI or shown
name: work grows with what an update touches, not with the articles held.

A curation file with lines about people resolves everything again (those lines name organizations, whose
clusters are not in the people's components). This module holds its inputs in memory: ``kg ingest`` keeps one
resolver across the resolution passes of one run (:func:`kg.build._resolve_pass`), so the store's records are
read once per ingest, not once per pass, and at its end pickles the resolver beside an on-disk store, without
the extractions, for the next ingest to take up (``xs`` is then a mapping that reads a stored record when an
update first asks for it). Keeping the inputs by key, so that an ingest loads only the keys it touches, is the
next step (docs/scaling.md).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import TypeVar

from kg.crosslingual import hangul_name_keys, is_hangul_name, latin_name_keys
from kg.curation import Action, Curation, Kind
from kg.extract.gazetteer import Gazetteer, load_gazetteer, org_key
from kg.model import Extraction
from kg.resolve import (
    KGR,
    Link,
    Resolution,
    ResolvedSet,
    _Clusters,
    _Resolver,
    article_resolution,
    digest,
    person_inputs,
    resolve_all,
    series_key,
)

Request = tuple[str, str, str]  # key, key, rule


K = TypeVar("K")
V = TypeVar("V")


def _tally(table: dict[K, Counter[V]], key: K, item: V, sign: int) -> None:
    """Count ``item`` under ``key`` once more (``sign`` 1) or once less (-1); nothing is kept at zero."""
    counts = table.setdefault(key, Counter())
    counts[item] += sign
    if counts[item] <= 0:
        del counts[item]
    if not counts:
        del table[key]


@dataclass
class _Component:
    """The added-up inputs of one stage (organizations or people), by key."""

    present: Counter[str] = field(default_factory=Counter)  # keys, by how many entities give them
    rules: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)  # a join's rules, by how often
    first_rule: dict[tuple[str, str], str] = field(default_factory=dict)  # the first of them in the fixed order
    near: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # key -> the joins it is in
    apart: Counter[tuple[str, str]] = field(default_factory=Counter)
    apart_of: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # a key -> the pairs kept apart
    names: dict[str, Counter[str]] = field(default_factory=dict)  # a key -> the names written for it
    iri: dict[str, str] = field(default_factory=dict)  # a key -> its entity's IRI now

    def add(self, keys: Iterable[str], requests: Iterable[Request], apart: Iterable[tuple[str, str]],
            names: Iterable[tuple[str, str]], sign: int) -> set[str]:
        """Add (``sign`` 1) or take away (-1) one article's inputs; the keys touched."""
        touched: set[str] = set()
        for k in keys:
            self.present[k] += sign
            if self.present[k] <= 0:
                del self.present[k]
            touched.add(k)
        for a, b, rule in requests:
            pair = (a, b)
            _tally(self.rules, pair, rule, sign)
            if pair in self.rules:
                self.first_rule[pair] = min(self.rules[pair]) if sign < 0 or pair not in self.first_rule \
                    else min(self.first_rule[pair], rule)
                self.near.setdefault(a, set()).add(pair)
                self.near.setdefault(b, set()).add(pair)
            else:
                del self.first_rule[pair]
                self.near[a].discard(pair)
                self.near[b].discard(pair)
            touched |= {a, b}
        for pair in apart:
            self.apart[pair] += sign
            if self.apart[pair] <= 0:
                del self.apart[pair]
            for k in pair:
                if pair in self.apart:
                    self.apart_of.setdefault(k, set()).add(pair)
                else:
                    self.apart_of.get(k, set()).discard(pair)
            touched |= set(pair)
        for key, name in names:
            _tally(self.names, key, name, sign)
            touched.add(key)
        return touched

    def requests(self, keys: set[str]) -> list[Request]:
        """The first request of every join among ``keys``."""
        pairs = {pair for k in keys for pair in self.near.get(k, ())}
        return [(a, b, self.first_rule[(a, b)]) for a, b in pairs]

    def refused_too(self, links: list[tuple[str, str, str, bool]]) -> list[tuple[str, str, str, bool]]:
        """Every request of a join whose first request was refused is refused as well (and recorded)."""
        out = []
        for a, b, rule, merged in links:
            out.append((a, b, rule, merged))
            if not merged and (a, b) in self.rules:
                out += [(a, b, r, False) for r in sorted(self.rules[(a, b)]) if r != rule]
        return out


class _Lookup(Mapping[tuple[str, str], str]):
    """An entity's IRI by (article id, local id): the IRI of the key its article gives it first."""

    def __init__(self, resolver: BlockResolver, kind: str) -> None:
        self.resolver, self.kind = resolver, kind

    def __getitem__(self, key: tuple[str, str]) -> str:
        aid, local = key
        x, inputs = self.resolver.xs[aid], self.resolver._inputs[aid]
        if self.kind == "org":
            n = next(n for n, o in enumerate(x.organizations) if o.id == local)
            return self.resolver._orgs.iri[inputs.org_keys[n][0]]
        n = next(n for n, p in enumerate(x.people) if p.id == local)
        return self.resolver._people.iri[inputs.person_keys[n][0]]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for aid, x in self.resolver.xs.items():
            yield from ((aid, e.id) for e in (x.organizations if self.kind == "org" else x.people))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _written(names: Mapping[str, Counter[str]], members: Iterable[str]) -> Counter[str]:
    """The names written for a cluster's keys, with how often."""
    out: Counter[str] = Counter()
    for m in members:
        out.update(names.get(m, Counter()))
    return out


def _most_written(counts: Counter[str]) -> str:
    """:func:`kg.resolve._most_common` over counted names: the most written, then the longest, then the first."""
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


@dataclass(frozen=True)
class _ArticleInputs:
    """What one article gave the organizations' and people's components (to take it away again)."""

    org_keys: tuple[tuple[str, ...], ...]  # per organization, its keys (first: the one its IRI is read from)
    org_requests: tuple[Request, ...]
    org_names: tuple[tuple[str, str], ...]
    person_keys: tuple[tuple[str, ...], ...] = ()
    person_requests: tuple[Request, ...] = ()
    person_apart: tuple[tuple[str, str], ...] = ()
    person_names: tuple[tuple[str, str], ...] = ()
    held: tuple[tuple[str, str, str, str | None], ...] = ()  # key, name, organization, title


class BlockResolver:
    """Every held article's :class:`~kg.resolve.Resolution`, kept equal to ``resolve_all`` over the
    articles held while :meth:`update` adds and removes them."""

    def __init__(self, gazetteer: Gazetteer | None = None, curation: Curation | None = None) -> None:
        self.gz = gazetteer or load_gazetteer()
        self.curation = curation or Curation()
        self.xs: MutableMapping[str, Extraction] = {}  # (kg.build: the stored ones read when first asked for)
        self.resolutions: dict[str, Resolution] = {}
        self._everything = bool(self.curation.of(Kind.PERSON, Action.MERGE, Action.SPLIT, Action.LABEL))
        self._resolver = _Resolver([], self.gz, self.curation)  # its key making and cross-script joins
        self._inputs: dict[str, _ArticleInputs] = {}
        self._orgs, self._people = _Component(), _Component()
        self._org_users: dict[str, set[str]] = {}  # an organization's first key -> the articles reading it
        self._person_users: dict[str, set[str]] = {}
        self._rom: dict[tuple[str, str], set[str]] = {}  # (organization, spelling) -> the person keys that have it
        self._held: dict[str, Counter[tuple[str, str, str, str | None]]] = {}  # person key -> its held entries
        self._series: dict[str, set[str]] = {}  # an event block -> its articles
        # an article's events alone (its text left out): what a series is resolved again from, without the articles
        self._event_xs: dict[str, Extraction] = {}
        self._labels: dict[str, str] = {}  # entity IRI -> the name the graph shows
        self._links: dict[str, list[Link]] = {"all": []}  # with a curation about people: resolve_all's
        self._link_of: dict[str, dict[str, list[Link]]] = {"org": {}, "person": {}, "event": {}}  # by root key
        self._curated_keys = {f"org|{org_key(v)}" for v in self.gz.canonical.values()}
        self._org_lines = self.curation.of(Kind.ORG, Action.MERGE, Action.ALIAS, Action.SPLIT, Action.LABEL)
        self._orgs.add(self._curation_keys(), [], [], [], 1)
        self._curated_joins: dict[str, set[str]] = {}
        for d in self._org_lines:
            if d.action is not Action.LABEL:
                ka, kb = self._org_keys([d.a])[0], self._org_keys([d.b])[0]
                self._curated_joins.setdefault(ka, set()).add(kb)
                self._curated_joins.setdefault(kb, set()).add(ka)
        self._first = True
        self._event_iri: dict[tuple[str, str], str] = {}

    # ---- a saved state
    _GIVEN = ("gz", "curation", "xs", "_resolver")  # what the next run gives again, left out of a saved state

    def state(self) -> dict[str, object]:
        """The resolver's inputs and results, without the word lists, the curation and the extractions (for
        :meth:`from_state`: a plain dict that pickles at C speed)."""
        return {k: v for k, v in self.__dict__.items() if k not in self._GIVEN}

    @classmethod
    def from_state(cls, state: dict[str, object], xs: MutableMapping[str, Extraction],
                   gazetteer: Gazetteer | None = None, curation: Curation | None = None) -> BlockResolver:
        """A resolver as :meth:`state` left it, over the held articles' extractions ``xs`` (a mapping that may
        read them when asked for), with these word lists and this curation (the ones it was made with: the
        caller checks)."""
        resolver = cls.__new__(cls)
        resolver.__dict__.update(state)
        resolver.gz = gazetteer or load_gazetteer()
        resolver.curation = curation or Curation()
        resolver.xs = xs
        resolver._resolver = _Resolver([], resolver.gz, resolver.curation)
        return resolver

    # ---- keys
    def _org_keys(self, forms: Iterable[str]) -> list[str]:
        return self._resolver._org_keys(forms)

    def _curation_keys(self) -> list[str]:
        return [k for d in self._org_lines for k in (self._org_keys([d.a])[0], self._org_keys([d.b])[0])]

    def _event_block(self, aid: str, event_id: str, name: str | None) -> str:
        return f"series|{series_key(name)}" if name else f"alone|{aid}|{event_id}"

    def _org_inputs(self, x: Extraction) -> _ArticleInputs:
        found = self._resolver.org_inputs(x)
        keys = tuple(tuple(dict.fromkeys(k)) for k, _asked in found)
        requests = tuple(r for _k, asked in found for r in asked)
        return _ArticleInputs(keys, requests, tuple((k[0], o.name) for o, k in zip(x.organizations, keys, strict=True)))

    def _person_inputs(self, x: Extraction, org_iri: Mapping[str, str]) -> _ArticleInputs:
        """An article's people as :func:`kg.resolve.person_inputs` keys them, given its organizations'
        IRIs (by local id)."""
        found = person_inputs(x, org_iri)
        names = tuple((k[0], p.name) for p, k in zip(x.people, found.keys, strict=True))
        return _ArticleInputs((), (), (), found.keys, found.requests, found.apart, names, found.held)

    def _spellings(self, name: str) -> frozenset[str]:
        if is_hangul_name(name):
            return hangul_name_keys(name, self.gz.surname_spellings)
        return latin_name_keys(name)

    # ---- updates
    def update(self, added: Iterable[Extraction] = (), removed: Iterable[str] = ()) -> set[str]:
        """Add (or replace) and remove articles; the ids of the held articles whose resolution changed,
        new ones included."""
        new = {x.article.id: x for x in added}
        if self._everything:
            return self._update_everything(new, set(removed))
        before: dict[str, Resolution] = {}
        org_touched: set[str] = set(self._curation_keys()) if self._first else set()
        self._first = False
        person_touched: set[str] = set()
        event_touched: set[str] = set()
        for aid in [a for a in {*removed, *new} if a in self.xs]:
            before[aid] = self.resolutions.pop(aid)
            person_touched |= self._take_people(aid)
            org_touched |= self._take_orgs(aid)
            event_touched |= self._take_events(aid)
            del self.xs[aid], self._inputs[aid]
        for aid, x in new.items():
            self.xs[aid] = x
            org_touched |= self._give_orgs(x)
            event_touched |= self._give_events(x)
        again = set(new)
        changed_orgs = self._resolve_orgs(org_touched)
        again |= {aid for k in changed_orgs for aid in self._org_users.get(k, ())}
        # people whose organization changed IRI are keyed anew
        rekey = {aid for k in changed_orgs for aid in self._org_users.get(k, ()) if aid in self._inputs} - set(new)
        for aid in rekey:
            if self._inputs[aid].person_keys or self._inputs[aid].held:
                person_touched |= self._take_people(aid)
        for aid in rekey | set(new):
            person_touched |= self._give_people(self.xs[aid])
        again |= {aid for k in self._resolve_people(person_touched) for aid in self._person_users.get(k, ())}
        events_only = self._resolve_events(event_touched) - again  # their organizations and people are as they were
        org_iri = _Lookup(self, "org")
        person_iri = _Lookup(self, "person")
        event_iri = self._event_iri
        for aid in sorted(again):
            if aid in self.resolutions:
                before.setdefault(aid, self.resolutions[aid])
            self.resolutions[aid] = article_resolution(self.xs[aid], org_iri, person_iri, event_iri, self._labels)
        for aid in sorted(events_only):
            before.setdefault(aid, self.resolutions[aid])
            self.resolutions[aid] = self._with_events(aid)
        again |= events_only
        return {aid for aid in again if before.get(aid) != self.resolutions[aid]}

    def _with_events(self, aid: str) -> Resolution:
        """An article's resolution when only its events' IRIs or names may have changed: its organizations and
        people as they were, its events (and their parts, and the names shown) anew — what
        :func:`kg.resolve.article_resolution` gives, without the article's extraction."""
        old = self.resolutions[aid]
        light = article_resolution(self._event_xs[aid], {}, {}, self._event_iri, self._labels)  # (no one in it)
        mine = set(old.orgs.values()) | set(old.people.values()) | set(light.events.values())
        return dataclasses.replace(light, orgs=dict(old.orgs), people=dict(old.people),
                                   labels={k: self._labels[k] for k in sorted(mine) if k in self._labels})

    def _update_everything(self, new: dict[str, Extraction], removed: set[str]) -> set[str]:
        before = dict(self.resolutions)
        for aid in removed:
            self.xs.pop(aid, None)
        self.xs.update(new)
        done = resolve_all(list(self.xs.values()), self.gz, self.curation)
        self.resolutions = dict(done.resolutions)
        self._links = {"all": list(done.links)}
        return {aid for aid, r in self.resolutions.items() if before.get(aid) != r}

    # ---- organizations
    def _give_orgs(self, x: Extraction) -> set[str]:
        inputs = self._org_inputs(x)
        self._inputs[x.article.id] = inputs
        for keys in inputs.org_keys:
            self._org_users.setdefault(keys[0], set()).add(x.article.id)
        return self._orgs.add([k for keys in inputs.org_keys for k in keys], inputs.org_requests, [], inputs.org_names, 1)

    def _take_orgs(self, aid: str) -> set[str]:
        inputs = self._inputs[aid]
        for keys in inputs.org_keys:
            self._org_users[keys[0]].discard(aid)
        return self._orgs.add([k for keys in inputs.org_keys for k in keys], inputs.org_requests, [], inputs.org_names, -1)

    def _clusters(self, part: _Component, touched: set[str], more: Callable[[str], set[str]]
                  ) -> tuple[set[str], _Clusters]:
        """The keys of the components ``touched`` is in, and union-find over those still given by an article."""
        keys = self._component(part, touched, more)
        c = _Clusters()
        for k in sorted(keys):
            if k in part.present:
                c.add(k)
        return keys, c

    def _component(self, part: _Component, touched: set[str], more: Callable[[str], set[str]] | None = None) -> set[str]:
        """The keys joined to ``touched`` by the part's joins and by ``more``."""
        closed, frontier = set(touched), list(touched)
        while frontier:
            k = frontier.pop()
            nxt = {b if a == k else a for a, b in part.near.get(k, ())}
            if more is not None:
                nxt |= more(k)
            frontier.extend(nxt - closed)
            closed |= nxt
        return closed

    def _org_joins(self, key: str) -> set[str]:
        """The keys curation lines join to or split from ``key``."""
        return self._curated_joins.get(key, set())

    def _resolve_orgs(self, touched: set[str]) -> set[str]:
        """Resolve the organizations' components of ``touched`` again; the keys whose entity's IRI or shown
        name changed."""
        if not touched:
            return set()
        keys, c = self._clusters(self._orgs, touched, self._org_joins)
        requests = self._orgs.requests(keys)
        labels = self._resolver.curate_orgs(c, requests, keys)
        c.run(requests)

        def org(members: set[str]) -> tuple[str, str]:
            anchor = min(members, key=lambda k: (k not in self._curated_keys, k))
            written = _written(self._orgs.names, members)
            canonical = next((self.gz.canonical_org(n) for n in written if self.gz.canonical_org(n)), None)
            label = next((labels[m] for m in sorted(members) if m in labels), None)
            return (f"{KGR}org/{digest(anchor.removeprefix('org|'))}",
                    label or canonical or (_most_written(written) if written else anchor))
        changed = self._assign(self._orgs, keys, c, org)
        self._record("org", keys, c)
        return changed

    def _assign(self, part: _Component, keys: set[str], c: _Clusters,
                entity: Callable[[set[str]], tuple[str, str]]) -> set[str]:
        """Give every key of ``keys`` its cluster's IRI and the cluster its shown name (``entity`` makes both
        from the members); the keys whose IRI or shown name changed."""
        changed = set()
        for members in c.members.values():
            node, shown = entity(members)
            for m in members:
                if part.iri.get(m) != node or self._labels.get(node) != shown:
                    changed.add(m)
                part.iri[m] = node
            self._labels[node] = shown
        for k in keys - set(c.parent):
            part.iri.pop(k, None)
        return changed

    # ---- people
    def _give_people(self, x: Extraction) -> set[str]:
        aid = x.article.id
        org_iri = {o.id: self._orgs.iri[self._inputs[aid].org_keys[n][0]] for n, o in enumerate(x.organizations)}
        people = self._person_inputs(x, org_iri)
        inputs = self._inputs[aid]
        self._inputs[aid] = _ArticleInputs(inputs.org_keys, inputs.org_requests, inputs.org_names, people.person_keys,
                                           people.person_requests, people.person_apart, people.person_names,
                                           people.held)
        for keys in people.person_keys:
            self._person_users.setdefault(keys[0], set()).add(aid)
        for entry in people.held:
            self._hold(entry, 1)
        return self._people.add([k for keys in people.person_keys for k in keys], people.person_requests,
                                people.person_apart, people.person_names, 1)

    def _take_people(self, aid: str) -> set[str]:
        inputs = self._inputs[aid]
        for keys in inputs.person_keys:
            self._person_users[keys[0]].discard(aid)
        # the keys its people were spelled alike with: their joins may go with it
        alike = {k for entry in inputs.held for k in self._spelled_alike(entry[0])}
        for entry in inputs.held:
            self._hold(entry, -1)
        self._inputs[aid] = _ArticleInputs(inputs.org_keys, inputs.org_requests, inputs.org_names)
        touched = self._people.add([k for keys in inputs.person_keys for k in keys], inputs.person_requests,
                                   inputs.person_apart, inputs.person_names, -1)
        return touched | alike | {entry[0] for entry in inputs.held}

    def _hold(self, entry: tuple[str, str, str, str | None], sign: int) -> None:
        key, name, org, _title = entry
        _tally(self._held, key, entry, sign)
        for spelled in self._spellings(name):
            holders = self._rom.setdefault((org, spelled), set())
            if key in self._held and any(e[1] == name for e in self._held[key]):
                holders.add(key)
            else:
                holders.discard(key)

    def _spelled_alike(self, key: str) -> set[str]:
        """The person keys at the same organization whose names spell alike (a superset of the joins
        kg.crosslingual makes: the component is closed over them)."""
        out: set[str] = set()
        for _k, name, org, _title in self._held.get(key, ()):
            for spelled in self._spellings(name):
                out |= self._rom.get((org, spelled), set())
        return out

    def _resolve_people(self, touched: set[str]) -> set[str]:
        if not touched:
            return set()
        keys, c = self._clusters(self._people, touched, self._spelled_alike)
        for a, b in {pair for k in keys for pair in self._people.apart_of.get(k, ())}:
            c.keep_apart(a, b)
        held = [e for k in keys for e in self._held.get(k, ()) for _ in range(self._held[k][e])]
        requests = self._people.requests(keys) + self._resolver._across_scripts(held)
        c.run(requests)

        def person(members: set[str]) -> tuple[str, str]:
            written = _written(self._people.names, members)
            return (f"{KGR}person/{digest(min(members))}",
                    _most_written(written) if written else min(members).split("|")[1])
        changed = self._assign(self._people, keys, c, person)
        self._record("person", keys, c)
        return changed

    # ---- events: a series is resolved again from its articles
    def _give_events(self, x: Extraction) -> set[str]:
        self._event_xs[x.article.id] = Extraction(dataclasses.replace(x.article, text=""), x.events)
        blocks = {self._event_block(x.article.id, e.id, e.name) for e in x.events}
        for b in blocks:
            self._series.setdefault(b, set()).add(x.article.id)
        return blocks

    def _take_events(self, aid: str) -> set[str]:
        x = self._event_xs.pop(aid)
        blocks = {self._event_block(aid, e.id, e.name) for e in x.events}
        for b in blocks:
            self._series[b].discard(aid)
            if not self._series[b]:
                del self._series[b]
        return blocks

    def _resolve_events(self, touched: set[str]) -> set[str]:
        articles = {aid for b in touched for aid in self._series.get(b, ())}
        for b in touched:
            self._link_of["event"].pop(b, None)
        if not articles:
            return set()
        r = _Resolver([self._event_xs[a] for a in sorted(articles)], self.gz, self.curation)
        fresh = r.events()
        self._event_iri.update(fresh)
        for iri, label in r.labels.items():
            self._labels[iri] = label
        for link in r.links:
            _m, aid, eid = link.a.split("|", 2)
            e = next(e for e in self._event_xs[aid].events if e.id == eid)
            self._link_of["event"].setdefault(self._event_block(aid, eid, e.name), []).append(link)
        return articles

    def _record(self, stage: str, keys: set[str], c: _Clusters) -> None:
        for k in keys:
            self._link_of[stage].pop(k, None)
        part = self._orgs if stage == "org" else self._people
        for a, b, rule, merged in part.refused_too(c.links):
            entity = part.iri[c.find(a)] if merged else None
            self._link_of[stage].setdefault(c.find(a), []).append(Link(a, b, rule, merged, entity))

    def links(self) -> set[Link]:
        if self._everything:
            return set(self._links.get("all", []))
        return {link for by_key in self._link_of.values() for links in by_key.values() for link in links}

    def resolved(self) -> ResolvedSet:
        return ResolvedSet(dict(self.resolutions), tuple(sorted(self.links(), key=lambda k: (k.a, k.b, k.rule))))
