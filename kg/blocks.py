"""Resolution kept up to date block by block (issue #10): adding or removing articles resolves again
only the blocks their identity keys touch, with the same result as resolving every article anew.

Resolution (:mod:`kg.resolve`) is union-find over identity keys in a fixed order, and union-find over
one connected component of the union requests depends only on that component's requests, constraints
and written names. So an update collects the blocks its articles touch, closed over everything that
joins keys:

- **organizations**: an article's organization joins the keys of its written forms and their curated
  canonical names; the curation file's merge, alias and split lines join keys too. The closure takes
  every article that writes a key of the block (a popular organization brings its articles: the work is
  that block's, not the store's);
- **people**: keys are ``name @ organization IRI``, so people are keyed anew when an organization's IRI
  changes; a block is every person of one written name, with the names that spell each other in another
  script (``이민호`` / ``Lee Min-ho``);
- **events**: a block is one series (its normalised name); an unnamed event is its article's alone.

The resolver of :mod:`kg.resolve` then runs on those articles only, and only the entities of closed
blocks take its answer; every other entity keeps the IRI and name it has. A curation file with lines
about people resolves everything again (their keys name organizations, whose clusters would have to be
in the block too).

This is the in-memory core: :class:`BlockResolver` holds the extractions it was given. Keeping its index
in the store, so that ``kg ingest`` reads only the blocks it touches, is the next step (docs/scaling.md).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping

from kg.crosslingual import hangul_name_keys, is_hangul_name, latin_name_keys
from kg.curation import Action, Curation, Kind
from kg.extract.gazetteer import Gazetteer, load_gazetteer, org_key
from kg.model import Extraction
from kg.resolve import Link, Resolution, ResolvedSet, _Resolver, article_resolution, resolve_all, series_name

Keys = frozenset[str]


def _name(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


class _Index:
    """For each block key, the articles that hold it; for each article, the key sets of its entities."""

    def __init__(self, entities: Callable[[Extraction], list[Keys]]) -> None:
        self.entities_of = entities
        self.postings: dict[str, set[str]] = {}
        self.entities: dict[str, list[Keys]] = {}

    def add(self, x: Extraction) -> Keys:
        found = self.entities_of(x)
        self.entities[x.article.id] = found
        keys = frozenset(k for ks in found for k in ks)
        for k in keys:
            self.postings.setdefault(k, set()).add(x.article.id)
        return keys

    def remove(self, aid: str) -> Keys:
        keys = frozenset(k for ks in self.entities.pop(aid, []) for k in ks)
        for k in keys:
            holders = self.postings[k]
            holders.discard(aid)
            if not holders:
                del self.postings[k]
        return keys

    def closure(self, keys: Iterable[str], joins: Mapping[str, set[str]]) -> tuple[set[str], set[str]]:
        """The keys joined to ``keys`` by an entity that holds two of them (or by ``joins``), and the
        articles that hold any of them."""
        closed, frontier, articles = set(keys), list(keys), set()
        while frontier:
            k = frontier.pop()
            more = set(joins.get(k, ()))
            for aid in self.postings.get(k, ()):
                articles.add(aid)
                for ks in self.entities[aid]:
                    if k in ks:
                        more |= ks
            frontier.extend(more - closed)
            closed |= more
        return closed, articles


class _Kept(Mapping[tuple[str, str], str]):
    """The IRIs of one kind of entity by (article id, local id): those just resolved, else those the held
    articles have now."""

    def __init__(self, fresh: Mapping[tuple[str, str], str], resolutions: Mapping[str, Resolution], kind: str) -> None:
        self.fresh, self.resolutions, self.kind = fresh, resolutions, kind

    def __getitem__(self, key: tuple[str, str]) -> str:
        if key in self.fresh:
            return self.fresh[key]
        r = self.resolutions.get(key[0])
        if r is None:
            raise KeyError(key)
        return getattr(r, self.kind)[key[1]]  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        held = ((aid, local) for aid, r in self.resolutions.items() for local in getattr(r, self.kind))
        return iter({*self.fresh, *held})

    def __len__(self) -> int:
        return sum(1 for _ in self)


class BlockResolver:
    """Every held article's :class:`~kg.resolve.Resolution`, kept equal to ``resolve_all`` over the
    articles held while :meth:`update` adds and removes them."""

    def __init__(self, gazetteer: Gazetteer | None = None, curation: Curation | None = None) -> None:
        self.gz = gazetteer or load_gazetteer()
        self.curation = curation or Curation()
        self.xs: dict[str, Extraction] = {}
        self.resolutions: dict[str, Resolution] = {}
        self._links: dict[str, set[Link]] = {}  # by the key a link starts from
        self._labels: dict[str, str] = {}  # entity IRI -> the name the graph shows
        self._orgs = _Index(self._org_entities)
        self._people = _Index(self._person_entities)
        self._events = _Index(self._event_entities)
        self._curated: dict[str, set[str]] = {}  # curation lines about organizations join keys as articles do
        for d in self.curation.of(Kind.ORG, Action.MERGE, Action.ALIAS, Action.SPLIT):
            ka, kb = f"org|{org_key(d.a)}", f"org|{org_key(d.b)}"
            self._curated.setdefault(ka, set()).add(kb)
            self._curated.setdefault(kb, set()).add(ka)
        self._everything = bool(self.curation.of(Kind.PERSON, Action.MERGE, Action.SPLIT, Action.LABEL))
        self._unresolved = set(self._curated)  # the curation's own blocks: resolved with the first update

    # ---- the block keys of an article's entities
    def _org_keys(self, forms: Iterable[str]) -> Keys:
        """An organization's keys as :mod:`kg.resolve` makes them: each written form and its curated canonical
        name."""
        keys = set()
        for form in forms:
            for name in (form, self.gz.canonical_org(form)):
                if name and org_key(name):
                    keys.add(f"org|{org_key(name)}")
        return frozenset(keys)

    def _org_entities(self, x: Extraction) -> list[Keys]:
        return [self._org_keys([o.name, *o.aliases]) for o in x.organizations]

    def _person_keys(self, name: str) -> Keys:
        """A written name, and the keys under which it meets its spelling in the other script."""
        name = _name(name)
        spelled = hangul_name_keys(name, self.gz.surname_spellings) if is_hangul_name(name) else latin_name_keys(name)
        return frozenset({f"name|{name}", *(f"rom|{k}" for k in spelled)})

    def _person_entities(self, x: Extraction) -> list[Keys]:
        return [self._person_keys(p.name) for p in x.people]

    def _event_key(self, aid: str, event_id: str, name: str | None) -> str:
        return f"series|{org_key(series_name(name)) or org_key(name)}" if name else f"alone|{aid}|{event_id}"

    def _event_entities(self, x: Extraction) -> list[Keys]:
        return [frozenset({self._event_key(x.article.id, e.id, e.name)}) for e in x.events]

    # ---- updates
    def update(self, added: Iterable[Extraction] = (), removed: Iterable[str] = ()) -> set[str]:
        """Add (or replace) and remove articles; the ids of the held articles whose resolution changed,
        new ones included."""
        new = {x.article.id: x for x in added}
        before: dict[str, Resolution] = {}  # the resolutions an update replaced
        touched: tuple[set[str], set[str], set[str]] = (set(), set(), set())
        for aid in [a for a in {*removed, *new} if a in self.xs]:
            before[aid] = self.resolutions.pop(aid)
            del self.xs[aid]
            for index, keys in zip((self._orgs, self._people, self._events), touched, strict=True):
                keys |= index.remove(aid)
        for aid, x in new.items():
            self.xs[aid] = x
            for index, keys in zip((self._orgs, self._people, self._events), touched, strict=True):
                keys |= index.add(x)
        if self._everything:
            before.update(self.resolutions)
            self._resolve_all()
            again = set(self.resolutions)
        else:
            touched[0].update(self._unresolved)
            self._unresolved.clear()
            again = self._resolve_blocks(*touched, set(new), before)
        return {aid for aid in again if before.get(aid) != self.resolutions[aid]}

    def _resolve_all(self) -> None:
        done = resolve_all(list(self.xs.values()), self.gz, self.curation)
        self.resolutions = dict(done.resolutions)
        self._links = {}
        for link in done.links:
            self._links.setdefault(link.a, set()).add(link)
        self._labels = {k: v for r in self.resolutions.values() for k, v in r.labels.items()}

    def _resolve_blocks(self, orgs: set[str], people: set[str], events: set[str], new: set[str],
                        before: dict[str, Resolution]) -> set[str]:
        """Resolve the blocks of the touched keys again; the ids of the articles given a resolution again
        (their previous one kept in ``before``)."""
        fresh_orgs: dict[tuple[str, str], str] = {}
        org_closed, org_articles = self._orgs.closure(orgs, self._curated)
        if org_closed:  # (a curated merge is a decision even while no article names its organizations)
            r = _Resolver([self.xs[a] for a in sorted(org_articles)], self.gz, self.curation)
            for (aid, oid), iri in r.orgs().items():
                o = next(o for o in self.xs[aid].organizations if o.id == oid)
                if self._org_keys([o.name, *o.aliases]) & org_closed:
                    old = self.resolutions.get(aid)
                    if old is not None and old.orgs.get(oid, iri) != iri:  # its people's keys name it: keyed anew
                        people |= {k for ks in self._people.entities[aid] for k in ks}
                    fresh_orgs[(aid, oid)] = iri
                    self._labels[iri] = r.labels[iri]
            self._replace_links(r.links, lambda key: key in org_closed, lambda key: key.startswith("org|"))
        org_iri = _Kept(fresh_orgs, self.resolutions, "orgs")
        fresh_people: dict[tuple[str, str], str] = {}
        person_closed, person_articles = self._people.closure(people, {})
        if person_articles:
            r = _Resolver([self.xs[a] for a in sorted(person_articles)], self.gz, self.curation)
            names = {k.removeprefix("name|") for k in person_closed if k.startswith("name|")}
            subset = {(aid, o.id): org_iri[(aid, o.id)] for aid in person_articles for o in self.xs[aid].organizations}
            for (aid, pid), iri in r.people(subset).items():
                p = next(p for p in self.xs[aid].people if p.id == pid)
                if _name(p.name) in names:
                    fresh_people[(aid, pid)] = iri
                    self._labels[iri] = r.labels[iri]
            self._replace_links(r.links, lambda key: key.split("|")[1] in names,
                                lambda key: key.startswith(("person|", "reporter|")))
        fresh_events: dict[tuple[str, str], str] = {}
        event_closed, event_articles = self._events.closure(events, {})
        if event_articles:
            r = _Resolver([self.xs[a] for a in sorted(event_articles)], self.gz, self.curation)
            for (aid, eid), iri in r.events().items():
                e = next(e for e in self.xs[aid].events if e.id == eid)
                if self._event_key(aid, eid, e.name) in event_closed:
                    fresh_events[(aid, eid)] = iri
                    if iri in r.labels:
                        self._labels[iri] = r.labels[iri]
            self._replace_links(r.links, lambda node: self._event_node_key(node) in event_closed,
                                lambda key: key.startswith("mention|"))
        person_iri = _Kept(fresh_people, self.resolutions, "people")
        event_iri = _Kept(fresh_events, self.resolutions, "events")
        again = org_articles | person_articles | event_articles | new
        for aid in sorted(again):
            if aid in self.resolutions:
                before.setdefault(aid, self.resolutions[aid])
            self.resolutions[aid] = article_resolution(self.xs[aid], org_iri, person_iri, event_iri, self._labels)
        return again

    def _event_node_key(self, node: str) -> str | None:
        """The block of an event node ``mention|article|event`` (None when its article is gone)."""
        _m, aid, eid = node.split("|", 2)
        x = self.xs.get(aid)
        e = next((e for e in x.events if e.id == eid), None) if x is not None else None
        return self._event_key(aid, eid, e.name) if e is not None else None

    def _replace_links(self, links: Iterable[Link], closed: Callable[[str], bool], kind: Callable[[str], bool]) -> None:
        """The decisions of the closed blocks are those of this run; links of articles that left go too."""
        for key in [k for k in self._links if kind(k) and (closed(k) or self._gone(k))]:
            del self._links[key]
        for link in links:
            if kind(link.a) and closed(link.a):
                self._links.setdefault(link.a, set()).add(link)

    def _gone(self, key: str) -> bool:
        if key.startswith(("mention|", "local|")):
            return key.split("|")[1] not in self.xs
        return False

    def links(self) -> set[Link]:
        return {link for links in self._links.values() for link in links}

    def resolved(self) -> ResolvedSet:
        return ResolvedSet(dict(self.resolutions), tuple(sorted(self.links(), key=lambda k: (k.a, k.b, k.rule))))
