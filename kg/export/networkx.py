"""networkx projections of the merged graph: the typed base graph, filters, and the views.

The base graph's nodes are people, organizations, events, event parts and series (``type``,
``label``, ``iri``; people also ``title`` and ``org``; events ``date``; every node ``articles``);
its edges are typed (``relation``: role, member_of, part_of, edition_of, organizer, co_organizer,
sponsor; not ``type``, which GEXF keeps for edge direction) and carry role, talk title and source article. Views project it (``who-spoke-where``,
``org-network``, ``person-network``, ``ego``); filters narrow it first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from itertools import combinations

import networkx as nx

from kg.errors import ExportError
from kg.formats import View
from kg.store import GraphStore
from kg.vocab import PREFIXES

_NODES = """
SELECT DISTINCT ?n ?type ?label WHERE {
  VALUES (?cls ?type) { (schema:Person "Person") (schema:Organization "Organization") (kgo:Event "Event")
                        (kgo:EventPart "EventPart") (kgo:EventSeries "EventSeries") }
  ?n a ?cls ; schema:name ?label .
}"""
_PART_KIND = """SELECT DISTINCT ?n ?kind WHERE {
  VALUES (?cls ?kind) { (kgo:Session "session") (kgo:Keynote "keynote") (kgo:Panel "panel") (kgo:Talk "talk") }
  ?n a ?cls }"""
_EVENT_DATES = """SELECT ?e (MIN(?d) AS ?date) WHERE {
  ?e a kgo:Event . { ?e schema:startDate ?d } UNION { ?a schema:about ?e ; schema:datePublished ?d }
} GROUP BY ?e"""
# a participation's role, talk and source article: the same for the whole store and for chosen events
_ROLE_DETAILS = """
  ?r kgo:code ?role .
  OPTIONAL { ?p kgo:talkTitle ?talk }
  OPTIONAL { ?p prov:wasDerivedFrom ?a . ?a schema:identifier ?article }
}"""
_ROLES = """
SELECT DISTINCT ?person ?target ?role ?talk ?article WHERE {
  ?p a kgo:Participation ; kgo:participant ?person ; kgo:participationIn ?target ; kgo:role ?r .""" + _ROLE_DETAILS
_MEMBERS = """
SELECT DISTINCT ?person ?org ?title WHERE {
  ?m a org:Membership ; org:member ?person ; org:organization ?org . OPTIONAL { ?m kgo:title ?title } }"""
# the organizations of an event by their part in it: the same for the whole store and for chosen events
_HOLDING = {"schema:organizer": "organizer", "kgo:coOrganizer": "co_organizer", "schema:sponsor": "sponsor"}
_HELD_BY = tuple(_HOLDING.values())  # the relations of the organizations that held or sponsored an event
_HOLDING_PREDICATES = " ".join(_HOLDING)
_ORG_PARTS = "\n  VALUES (?p ?type) { " + " ".join(f'({p} "{t}")' for p, t in _HOLDING.items()) + " }"
_STRUCTURE = "\nSELECT DISTINCT ?s ?type ?o WHERE {" + _ORG_PARTS + "\n  ?s ?p ?o .\n}"
_PARTS = """SELECT DISTINCT ?part ?parent WHERE { ?part a kgo:EventPart ; schema:superEvent ?parent }"""
_SERIES = """SELECT DISTINCT ?event ?series WHERE { ?event a kgo:Event ; schema:superEvent ?series .
  ?series a kgo:EventSeries }"""
_SOURCES = """SELECT DISTINCT ?n ?article ?url WHERE {
  GRAPH ?g { ?mention itsrdf:taIdentRef ?n . ?g prov:wasDerivedFrom ?a . ?a schema:identifier ?article .
             OPTIONAL { ?a schema:url ?url } } }"""
SPEAKING = frozenset({"keynote", "speaker", "panelist", "moderator"})
ROLES = frozenset({"keynote", "speaker", "panelist", "moderator", "host_rep", "attendee", "quoted", "reporter", "other"})


@dataclass(frozen=True)
class Filters:
    """What a view keeps: events by name or IRI, series and date, people of an organization, roles."""

    event: str | None = None  # part of an event's name, or its IRI
    org: str | None = None  # part of an organization's name, or its IRI
    since: str | None = None  # YYYY-MM-DD, events on or after
    until: str | None = None  # YYYY-MM-DD, events on or before
    roles: frozenset[str] | None = None
    series: str | None = None  # part of a series' name, or its IRI: events that are its editions

    def __post_init__(self) -> None:
        unknown = (self.roles or frozenset()) - ROLES
        if unknown:
            raise ExportError(f"unknown role {', '.join(sorted(unknown))}; roles: {', '.join(sorted(ROLES))}")

    @property
    def empty(self) -> bool:
        return not (self.event or self.org or self.since or self.until or self.roles or self.series)


def _rows(store: GraphStore, sparql: str) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in store.query(sparql).rows]


MAX_ARTICLES = 10  # source articles a node lists (a hub names its first ones and counts the rest)
_VALUES_BATCH = 2000  # IRIs in one VALUES block: a restricted view asks in batches of this size
# beyond this many events, one pass over the whole store costs less than asking for them by event
MAX_EVENTS_ASKED = 2000


def _restricted(sparql: str, var: str, iris: list[str]) -> str:
    """``sparql`` with a VALUES block binding ``?var`` to ``iris``, right after its first ``{``."""
    values = " ".join(f"<{iri}>" for iri in iris)
    at = sparql.index("{") + 1
    return f"{sparql[:at]} VALUES ?{var} {{ {values} }} {sparql[at:]}"


def _rows_for(store: GraphStore, sparql: str, var: str, iris: set[str] | None) -> list[tuple[str, ...]]:
    """The rows of ``sparql``; with ``iris``, only those where ``?var`` is one of them (in batches)."""
    if iris is None:
        return _rows(store, sparql)
    ordered = sorted(iris)
    out: list[tuple[str, ...]] = []
    for k in range(0, len(ordered), _VALUES_BATCH):
        out.extend(_rows(store, _restricted(sparql, var, ordered[k:k + _VALUES_BATCH])))
    return out


_EVENT_ROLES = """
SELECT DISTINCT ?person ?target ?role ?talk ?article WHERE {
  ?p kgo:atEvent ?e ; kgo:participant ?person ; kgo:participationIn ?target ; kgo:role ?r .""" + _ROLE_DETAILS
_EVENT_PARTS = """SELECT DISTINCT ?part ?parent WHERE { ?part a kgo:EventPart ; schema:superEvent+ ?e ;
  schema:superEvent ?parent }"""
_EVENT_STRUCTURE = "\nSELECT DISTINCT ?e ?type ?o WHERE {" + _ORG_PARTS + "\n  ?e ?p ?o .\n}"
_EVENT_SERIES = """SELECT DISTINCT ?e ?series WHERE { ?e schema:superEvent ?series . ?series a kgo:EventSeries }"""


def base_graph(store: GraphStore, *, sources: bool = True, events: set[str] | None = None,
               people: set[str] | None = None) -> nx.MultiDiGraph:
    """Every typed node and edge of the merged graph; ``sources``: each node's articles too (the
    costliest of the queries: every mention of every article graph). ``events``: only what is about
    these events (their parts, series, organizers, the people who took part and their organizations),
    each query asking for those alone, so a view of a few events costs what it draws; ``people``: with
    ``events``, these people and their organizations too, whatever they took part in."""
    also = people or set()
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    if events is None:
        roles, parts = _rows(store, _ROLES), _rows(store, _PARTS)
        series, structure = _rows(store, _SERIES), _rows(store, _STRUCTURE)
        people = None
        nodes: set[str] | None = None
    else:
        roles = _rows_for(store, _EVENT_ROLES, "e", events)
        parts = _rows_for(store, _EVENT_PARTS, "e", events)
        series = _rows_for(store, _EVENT_SERIES, "e", events)
        structure = _rows_for(store, _EVENT_STRUCTURE, "e", events)
        people = {person for person, *_rest in roles} | also
    members = sorted(_rows_for(store, _MEMBERS, "person", people))  # (sorted: the first title shown is the same
    roles = sorted(roles)  # whichever way the rows were asked for)
    if events is not None:
        nodes = set(events) | {t for _p, t, *_r in roles} | {p for p, _q in parts} | {q for _p, q in parts} \
            | {s for _e, s in series} | {o for _s, _t, o in structure} | {o for _p, o, _t in members} | (people or set())
    if nodes is None:
        typed = _rows(store, _NODES)
        kinds = _rows(store, _PART_KIND)
    else:  # (plain lookups by IRI; a VALUES block of classes joined to them makes Oxigraph scan every class)
        named = _rows_for(store, _TYPED_NODES, "n", nodes)
        typed = [(n, _TYPES[c], label) for n, c, label in named if c in _TYPES]
        kinds = [(n, _KINDS[c]) for n, c, _label in named if c in _KINDS]
    for n, typ, label in typed:
        g.add_node(n, type=typ, label=label, iri=n, title="", org="", kind="", date="")
    for n, kind in kinds:
        if n in g and (not g.nodes[n]["kind"] or kind != "talk"):
            g.nodes[n]["kind"] = kind
    for n, date in _rows_for(store, _EVENT_DATES, "e", None if events is None else set(events)):
        if n in g:
            g.nodes[n]["date"] = date
    articles: dict[str, set[str]] = {}
    urls: dict[str, str] = {}
    for n, article, url in _rows_for(store, _SOURCES, "n", nodes) if sources else ():
        articles.setdefault(n, set()).add(article)
        if url:
            urls[article] = url
    for n, data in g.nodes(data=True):
        found = sorted(articles.get(n, ()))
        data["articles"] = "; ".join(found[:MAX_ARTICLES])  # a hub names its first articles …
        data["article_count"] = len(found)  # … and says how many there are
    listed = {a for d in g.nodes.values() for a in d["articles"].split("; ") if a}
    urls = {a: u for a, u in urls.items() if a in listed}
    for person, org, title in members:
        if person in g and org in g:
            g.add_edge(person, org, key=f"member_of:{title}", relation="member_of", title=title)
            g.nodes[person]["title"] = g.nodes[person]["title"] or title
            g.nodes[person]["org"] = g.nodes[person]["org"] or g.nodes[org]["label"]
    for person, target, role, talk, article in roles:
        if person in g and target in g:
            g.add_edge(person, target, key=f"role:{role}", relation="role", role=role, talk_title=talk, article=article)
    for part, parent in parts:
        if part in g and parent in g:
            g.add_edge(part, parent, key="part_of", relation="part_of")
    for event, ser in series:
        g.add_edge(event, ser, key="edition_of", relation="edition_of")
    for s, typ, o in structure:
        if s in g and o in g:
            g.add_edge(o, s, key=typ, relation=typ)
    g.graph["article_urls"] = urls
    return g


def _matches(g: nx.MultiDiGraph, n: str, query: str) -> bool:
    return _named(n, [g.nodes[n]["label"]], query)


def event_of(g: nx.MultiDiGraph, n: str) -> str | None:
    """The event a part belongs to (through sessions), or the node itself if it is an event."""
    seen = set()
    while n not in seen:
        seen.add(n)
        if g.nodes[n]["type"] == "Event":
            return n
        parents = [v for _u, v, d in g.out_edges(n, data=True) if d["relation"] == "part_of"]
        if not parents:
            return None
        n = parents[0]
    return None


def _named(iri: str, labels: Iterable[str], query: str) -> bool:
    return iri == query or any(query.casefold() in label.casefold() for label in labels)


def _series_of(g: nx.MultiDiGraph, n: str) -> list[tuple[str, str]]:
    """The series an event is an edition of, as (IRI, name) pairs."""
    return [(v, g.nodes[v]["label"]) for _u, v, d in g.out_edges(n, data=True) if d["relation"] == "edition_of"]


def _event_kept(f: Filters, iri: str, labels: Iterable[str], date: str,
                series: Callable[[], Iterable[tuple[str, str]] | None]) -> bool:
    """Whether the event and date filters of ``f`` keep an event (its IRI, names, date and, asked only
    when a series filter is set, its series as (IRI, name) pairs)."""
    return (not f.event or _named(iri, labels, f.event)) \
        and (not f.series or any(_named(s, [label], f.series) for s, label in series() or ())) \
        and (not f.since or bool(date) and date >= f.since) \
        and (not f.until or bool(date) and date <= f.until)


def apply_filters(g: nx.MultiDiGraph, f: Filters) -> nx.MultiDiGraph:
    """The part of ``g`` about the events, organization, dates and roles ``f`` asks for."""
    if f.empty:
        return g
    events = {n for n, d in g.nodes(data=True)
              if d["type"] == "Event" and _event_kept(f, n, [d["label"]], d["date"], partial(_series_of, g, n))}
    orgs: set[str] = set()
    if f.org:  # the organization's events: those its people took part in, and those it held or sponsored
        orgs = {n for n, d in g.nodes(data=True) if d["type"] == "Organization" and _matches(g, n, f.org)}
        members = {u for u, v, d in g.edges(data=True) if d["relation"] == "member_of" and v in orgs}
        events &= {event_of(g, v) for u, v, d in g.edges(data=True) if d["relation"] == "role" and u in members} \
            | {v for u, v, d in g.edges(data=True) if u in orgs and d["relation"] in _HELD_BY}
    if f.roles:  # the events where someone had one of these roles
        events &= {event_of(g, v) for _u, v, d in g.edges(data=True) if d["relation"] == "role" and d["role"] in f.roles}
    keep = set(events)
    role_edges = [(u, v, k) for u, v, k, d in g.edges(keys=True, data=True) if d["relation"] == "role"
                  and event_of(g, v) in events and (not f.roles or d["role"] in f.roles)]
    people = {u for u, _v, _k in role_edges}
    if f.org:
        people &= members
        role_edges = [e for e in role_edges if e[0] in people]
        keep |= orgs
    keep |= people | {v for _u, v, _k in role_edges}
    keep |= {n for n in g if g.nodes[n]["type"] == "EventPart" and event_of(g, n) in events and not f.roles}
    for n in list(keep):  # parts up to their events, people's organizations, events' organizers and series
        keep |= {v for _u, v, d in g.out_edges(n, data=True)
                 if d["relation"] in ("part_of", "edition_of") or (d["relation"] == "member_of" and n in people)}
        if n in events:
            keep |= {u for u, _v, d in g.in_edges(n, data=True) if d["relation"] in _HELD_BY}
    h = g.subgraph(keep).copy()
    allowed = set(role_edges)
    h.remove_edges_from([(u, v, k) for u, v, k, d in h.edges(keys=True, data=True)
                         if d["relation"] == "role" and (u, v, k) not in allowed])
    return h


def speakers_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    speaking = [(u, v, k) for u, v, k, d in g.edges(keys=True, data=True)
                if d["relation"] == "role" and d["role"] in SPEAKING]
    speakers = {u for u, _v, _k in speaking}
    keep = speakers | {v for _u, v, _k in speaking}
    keep |= {v for u, v, d in g.edges(data=True) if u in speakers and d["relation"] == "member_of"}
    for n in list(keep):
        keep |= {v for _u, v, d in g.out_edges(n, data=True) if d["relation"] == "part_of"}
        keep |= {event_of(g, n)} - {None}
    h = g.subgraph(keep).copy()
    h.remove_edges_from([(u, v, k) for u, v, k, d in h.edges(keys=True, data=True)
                         if d["relation"] == "role" and d["role"] not in SPEAKING])
    return h


def _spoke_at(g: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Person -> the events they spoke at."""
    out: dict[str, set[str]] = {}
    for u, v, d in g.edges(data=True):
        event = event_of(g, v) if d["relation"] == "role" and d["role"] in SPEAKING else None
        if event:
            out.setdefault(u, set()).add(event)
    return out


def _person_network(g: nx.MultiDiGraph) -> nx.Graph:
    """People who spoke at the same events: pairs formed within each event, so the cost is the pairs
    drawn, not every pair of speakers in the store."""
    h: nx.Graph[str] = nx.Graph()
    spoke = _spoke_at(g)
    by_event: dict[str, list[str]] = {}
    for person in sorted(spoke):
        h.add_node(person, **g.nodes[person])
        for event in spoke[person]:
            by_event.setdefault(event, []).append(person)
    shared: dict[tuple[str, str], list[str]] = {}
    for event, people in by_event.items():
        for a, b in combinations(people, 2):  # (each list is sorted: a < b)
            shared.setdefault((a, b), []).append(event)
    for (a, b), events in sorted(shared.items()):
        h.add_edge(a, b, relation="spoke_with", weight=len(events),
                   events="; ".join(sorted(g.nodes[e]["label"] for e in events)))
    return h


def _org_network(g: nx.MultiDiGraph) -> nx.Graph:
    by_event: dict[str, dict[str, set[str]]] = {}
    for u, v, d in g.edges(data=True):
        if d["relation"] in ("organizer", "co_organizer", "sponsor"):
            by_event.setdefault(v, {}).setdefault(d["relation"], set()).add(u)
    member_orgs: dict[str, set[str]] = {}
    for u, v, d in g.edges(data=True):
        if d["relation"] == "member_of":
            member_orgs.setdefault(u, set()).add(v)
    for person, events in _spoke_at(g).items():
        for e in events:
            by_event.setdefault(e, {}).setdefault("speakers_from", set()).update(member_orgs.get(person, set()))
    weights: Counter[tuple[str, str, str]] = Counter()
    for roles in by_event.values():
        hosts = roles.get("organizer", set()) | roles.get("co_organizer", set())
        for a, b in combinations(sorted(hosts), 2):
            weights[(a, b, "co_organized")] += 1
        for sponsor in roles.get("sponsor", set()):
            for host in hosts - {sponsor}:
                first, second = sorted((sponsor, host))
                weights[(first, second, "sponsored")] += 1
        for a, b in combinations(sorted(roles.get("speakers_from", set())), 2):
            weights[(a, b, "sent_speakers")] += 1
    h: nx.Graph[str] = nx.Graph()
    for (a, b, typ), w in sorted(weights.items()):
        for n in (a, b):
            h.add_node(n, **g.nodes[n])
        if h.has_edge(a, b):
            h[a][b]["weight"] += w
            h[a][b]["relation"] = f"{h[a][b]['relation']}; {typ}"
        else:
            h.add_edge(a, b, relation=typ, weight=w)
    return h


def find_node(g: nx.MultiDiGraph, query: str) -> str:
    """The node named ``query`` (its IRI, its exact name, or the only name containing it)."""
    return _named_node({n: d["label"] for n, d in g.nodes(data=True)}, query)


def _named_node(labels: Mapping[str, str], query: str) -> str:
    """:func:`find_node` over the shown name of each node (by IRI)."""
    if query in labels:
        return query
    exact = [n for n, label in labels.items() if label == query]
    partial = exact or [n for n, label in labels.items() if _named(n, [label], query)]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise ExportError(f"nothing in the graph is named {query!r}; `kg explain` or `kg query` can find its name")
    names = ", ".join(sorted({labels[n] for n in partial})[:8])
    raise ExportError(f"{query!r} names {len(partial)} nodes ({names}); give the IRI or the full name")


def focus_node(store: GraphStore, g: nx.MultiDiGraph, focus: str) -> str:
    """The node to center on: by IRI or shown name (:func:`find_node`), else by any name or alias the
    store gives an entity (``산기협`` for 한국산업기술진흥협회)."""
    return _focus_of(store, {n: d["label"] for n, d in g.nodes(data=True)}, focus)


def _focus_of(store: GraphStore, labels: Mapping[str, str], focus: str) -> str:
    """:func:`focus_node` over the shown name of each node (by IRI)."""
    try:
        return _named_node(labels, focus)
    except ExportError:
        from kg.query import entity_iris

        known = [iri for iri in entity_iris(store, focus) if iri in labels]
        if len(known) == 1:
            return known[0]
        raise


_TYPED_NODES = """SELECT ?n ?cls ?label WHERE { ?n a ?cls ; schema:name ?label }"""
_S, _K = PREFIXES["schema"], PREFIXES["kgo"]
_TYPES = {f"{_S}Person": "Person", f"{_S}Organization": "Organization", f"{_K}Event": "Event",
          f"{_K}EventPart": "EventPart", f"{_K}EventSeries": "EventSeries"}
_KINDS = {f"{_K}Session": "session", f"{_K}Keynote": "keynote", f"{_K}Panel": "panel", f"{_K}Talk": "talk"}
_EVENT_INDEX = """SELECT ?e ?label WHERE { ?e a kgo:Event ; schema:name ?label }"""
_EVENT_SERIES_NAMES = """SELECT ?e ?series ?label WHERE { ?e a kgo:Event ; schema:superEvent ?series .
  ?series a kgo:EventSeries ; schema:name ?label }"""


def events_matching(store: GraphStore, f: Filters) -> set[str] | None:
    """The events the event, series, date and organization filters of ``f`` keep (as :func:`apply_filters`
    reads them), from the events' names, dates and series and the organization's people and holdings
    alone; None when ``f`` sets none of them, or keeps so many that one pass over the whole store costs
    less than asking for them by event."""
    if not (f.event or f.series or f.since or f.until or f.org or f.roles):
        return None
    kept = _events_by_name_and_date(store, f) if f.event or f.series or f.since or f.until else None
    if f.roles:
        codes = " ".join(f'"{r}"' for r in sorted(f.roles))  # (checked against ROLES when Filters was made)
        with_roles = {e for (e,) in _rows(store, _EVENTS_WITH_ROLES.replace("CODES", codes))}
        kept = with_roles if kept is None else kept & with_roles
    if f.org:
        orgs = {o for o, label in _rows(store, _ORG_INDEX) if _named(o, [label], f.org)}
        held = {e for (e,) in _rows_for(store, _ORG_EVENTS, "o", orgs)} if orgs else set()
        kept = held if kept is None else kept & held
    assert kept is not None
    return kept if len(kept) <= MAX_EVENTS_ASKED else None


# what one node's neighbourhood is about: the events (and people) to ask the store for, by the node's type
_SCOPE_EVENTS = {
    "Person": """SELECT DISTINCT ?e WHERE { ?p kgo:participant ?x ; kgo:atEvent ?e }""",
    "Event": """SELECT DISTINCT ?e WHERE { ?x a kgo:Event . BIND (?x AS ?e) }""",
    "EventPart": """SELECT DISTINCT ?e WHERE { ?x schema:superEvent+ ?e . ?e a kgo:Event }""",
    "EventSeries": """SELECT DISTINCT ?e WHERE { ?e schema:superEvent ?x ; a kgo:Event }""",
    "Organization": "SELECT DISTINCT ?e WHERE { VALUES ?rel { " + _HOLDING_PREDICATES + " } ?e ?rel ?x . ?e a kgo:Event }",
}
_SCOPE_PEOPLE = {
    "Person": """SELECT DISTINCT ?person WHERE { ?x a schema:Person . BIND (?x AS ?person) }""",
    "Organization": """SELECT DISTINCT ?person WHERE { ?m org:organization ?x ; org:member ?person }""",
}


def _ego_scope(store: GraphStore, focus: str) -> tuple[str, set[str], set[str]] | None:
    """The node ``focus`` names (as :func:`focus_node` finds it, from the typed nodes' names alone) and
    what its one-hop neighbourhood is about: the events whose graph holds all its neighbours, and the
    people to add (an organization's members, the person in focus). None when the name does not settle one
    node or its events are too many to ask for one by one (the caller then reads the whole store)."""
    typed = {n: (typ, label) for n, typ, label in _rows(store, _NODES)}
    try:
        iri = _focus_of(store, {n: label for n, (_t, label) in typed.items()}, focus)
    except ExportError:
        return None  # (the whole store is read, and the same error is raised there)
    kind = typed[iri][0]
    events = {e for (e,) in _rows_for(store, _SCOPE_EVENTS[kind], "x", {iri})}
    people = {p for (p,) in _rows_for(store, _SCOPE_PEOPLE[kind], "x", {iri})} if kind in _SCOPE_PEOPLE else set()
    if len(events) > MAX_EVENTS_ASKED:
        return None
    return iri, events, people


_EVENTS_WITH_ROLES = """SELECT DISTINCT ?e WHERE { VALUES ?code { CODES } ?r kgo:code ?code .
  ?p kgo:role ?r ; kgo:atEvent ?e }"""
_ORG_INDEX = """SELECT ?o ?label WHERE { ?o a schema:Organization ; schema:name ?label }"""
# an organization's events: those its people took part in (at the top event), and those it held or sponsored
_ORG_EVENTS = """SELECT DISTINCT ?e WHERE {
  { ?m org:organization ?o ; org:member ?person . ?p kgo:participant ?person ; kgo:atEvent ?e }
  UNION { VALUES ?rel { """ + _HOLDING_PREDICATES + """ } ?e ?rel ?o . ?e a kgo:Event } }"""


def _events_by_name_and_date(store: GraphStore, f: Filters) -> set[str]:
    names: dict[str, list[str]] = {}
    for e, label in _rows(store, _EVENT_INDEX):
        names.setdefault(e, []).append(label)
    dates = {row[0]: row[1] for row in _rows(store, _EVENT_DATES)}
    series: dict[str, list[tuple[str, str]]] = {}
    if f.series:
        for e, ser, label in _rows(store, _EVENT_SERIES_NAMES):
            series.setdefault(e, []).append((ser, label))
    return {e for e, labels in names.items() if _event_kept(f, e, labels, dates.get(e, ""), partial(series.get, e))}


def to_networkx(store: GraphStore, view: View = View.FULL, *, filters: Filters | None = None,
                focus: str | None = None, hops: int = 1) -> nx.Graph:
    """A projection of the store for notebooks, views and graph files (see the module docstring). Event,
    series, date and organization filters are asked of the store first, so the graph is built from those
    events alone; so is a one-hop ego view without filters (the events around the node in focus)."""
    f = filters or Filters()
    if view is View.EGO and focus and hops == 1 and f.empty:
        around = _ego_scope(store, focus)
        if around is not None:
            iri, events, people = around
            g = base_graph(store, events=events, people=people)
            h: nx.Graph = nx.ego_graph(g, iri, radius=1, undirected=True).copy()
            h.graph["article_urls"] = g.graph.get("article_urls", {})
            h.graph["view"] = view.value
            return h
    g = apply_filters(base_graph(store, events=events_matching(store, f) if view is not View.EGO else None), f)
    if view is View.WHO_SPOKE_WHERE:
        h = speakers_graph(g)
    elif view is View.PERSON_NETWORK:
        h = _person_network(g)
    elif view is View.ORG_NETWORK:
        h = _org_network(g)
    elif view is View.EGO:
        if not focus:
            raise ExportError("the ego view needs a person, organization or event to center on")
        h = nx.ego_graph(g, focus_node(store, g, focus), radius=hops, undirected=True).copy()
    else:
        h = g
    h.graph["article_urls"] = g.graph.get("article_urls", {})
    h.graph["view"] = view.value
    return h
