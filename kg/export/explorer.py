"""The explorer's data: the who-spoke-where network laid out by event, its facets, a node's neighbourhood.

``kg serve`` sends these as JSON to its explorer page (``/explore``), which filters them in the page; the
functions are plain library calls, so a notebook gets the same answers.

The layout is computed here, once, in time n log n in the graph: events fill rows in date order, an area
wider than high as screens are, each with its parts on an inner ring and its speakers on the rings around
them (a person who spoke at several events sits with the one where they had most parts); organizations and
series stand on an ellipse around the whole, in the order of the angle of the people or editions they hold. The page draws the positions as
they are, with no physics, so a thousand nodes open at once and never keep the tab busy.
"""

from __future__ import annotations

import html
import json
import math
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TypeVar

import networkx as nx

from kg.errors import ExportError
from kg.export.networkx import (
    SPEAKING,
    Filters,
    apply_filters,
    base_graph,
    event_of,
    events_matching,
    focus_node,
    speakers_graph,
)
from kg.store import GraphStore

T = TypeVar("T")
DEFAULT_LIMIT = 400  # nodes the page is sent at most; beyond it, the best-connected ones, with a notice
MAX_LIMIT = 2000  # the most nodes kg serve sends the page
_RING = 70.0  # distance between rings around an event, in layout pixels
_PER_RING = 10  # nodes on the first ring of people; each further ring holds more


@dataclass(frozen=True)
class NetNode:
    """A node as the page draws it: ``x``/``y`` from the layout, ``events`` the events it belongs to
    (for filtering in the page), ``series`` the series of an event, ``page`` its entity page."""

    id: str
    label: str
    type: str
    kind: str
    date: str
    title: str
    org: str
    x: float
    y: float
    degree: int
    events: tuple[str, ...]
    series: tuple[str, ...]
    page: str | None


@dataclass(frozen=True)
class NetEdge:
    """An edge: ``relation`` (role, member_of, part_of, edition_of), the ``role`` and talk of a role
    edge, the ``event`` its far end belongs to, and the article that says so."""

    source: str
    target: str
    relation: str
    role: str
    talk: str
    event: str
    article: str


@dataclass(frozen=True)
class Edition:
    event: str
    label: str
    date: str


@dataclass(frozen=True)
class Facet:
    """A value the page can filter by (an event, a series, an organization); a series lists its editions."""

    id: str
    label: str
    date: str = ""
    editions: tuple[Edition, ...] = ()


@dataclass(frozen=True)
class Network:
    """What the explorer shows: nodes and edges (at most ``limit`` nodes: ``total`` says how many there
    were), and the facets to filter them by."""

    nodes: tuple[NetNode, ...]
    edges: tuple[NetEdge, ...]
    total: int
    truncated: bool
    events: tuple[Facet, ...]
    series: tuple[Facet, ...]
    orgs: tuple[Facet, ...]
    roles: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _page(iri: str, namespace: str) -> str | None:
    return "/id/" + iri[len(namespace):] if namespace and iri.startswith(namespace) else None


def _top(g: nx.MultiDiGraph, limit: int) -> set[str]:
    """The ``limit`` best-connected nodes (ties by name, so the choice is stable)."""
    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), g.nodes[n]["label"], n))
    return set(ranked[:limit])


def layout(g: nx.MultiDiGraph, aspect: float = 1.8, *, home: dict[str, str | None] | None = None
           ) -> dict[str, tuple[float, float]]:
    """Positions for every node of a who-spoke-where graph (see the module docstring); the events fill
    an area ``aspect`` times as wide as it is high. ``home``: the event of each node, as :func:`homes`
    gives it (read again when not given)."""
    home = homes(g) if home is None else home
    events = sorted((n for n in g if g.nodes[n]["type"] == "Event"), key=lambda n: (g.nodes[n]["date"], g.nodes[n]["label"], n))
    order = {e: i for i, e in enumerate(events)}
    parts_of: dict[str, list[str]] = {e: [] for e in events}
    people_of: dict[str, list[str]] = {e: [] for e in events}
    for n in sorted(g):
        d = g.nodes[n]
        if d["type"] == "EventPart":
            e = home[n]
            if e in parts_of:
                parts_of[e].append(n)
        elif d["type"] == "Person":
            at: Counter[str] = Counter()
            for _u, v, data in g.out_edges(n, data=True):
                if data["relation"] == "role":
                    e = home[v]
                    if e in people_of:
                        at[e] += 1
            if at:
                people_of[max(at, key=lambda e: (at[e], -order[e]))].append(n)  # most parts, then the earliest
    pos: dict[str, tuple[float, float]] = {}
    # shelf packing: each event's cluster is a disc as wide as its rings; discs fill rows of an area
    # ``aspect`` times as wide as high (each disc at least two rings wide, so that the labels of small neighbours do not run into each other)
    radius_of = {e: _RING * max(2, (1 if parts_of[e] else 0) + max(1, _rings(len(people_of[e])))) + 30 for e in events}
    width = math.sqrt(sum((2 * r) ** 2 for r in radius_of.values()) * aspect) * 1.1  # wider than high, as screens are
    x = y = row_height = 0.0
    for e in events:
        r = radius_of[e]
        if x > 0 and x + 2 * r > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + r, y + r
        x, row_height = x + 2 * r, max(row_height, 2 * r)
        pos[e] = (cx, cy)
        _circle(pos, parts_of[e], cx, cy, _RING)
        placed, ring = 0, 0
        first = 2 if parts_of[e] else 1
        while placed < len(people_of[e]):
            size = _PER_RING * (ring + 1)
            _circle(pos, people_of[e][placed:placed + size], cx, cy, _RING * (first + ring), phase=ring * 0.5)
            placed, ring = placed + size, ring + 1
    # the rim: organizations and series at the angle of what they hold, outside the packed events
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    rx, ry = (max(xs) - min(xs)) / 2 + 2 * _RING, (max(ys) - min(ys)) / 2 + 2 * _RING  # an ellipse around them
    rim = [n for n in g if n not in pos]
    angles = {}
    for n in rim:
        near = [pos[m] for m in nx.all_neighbors(g, n) if m in pos]
        x, y = (sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near)) if near else (cx, cy + 1)
        angles[n] = math.atan2(y - cy, x - cx)
    ordered = sorted(rim, key=lambda n: (angles[n], n))
    # spread them evenly around the rim in the order of their angles, so that no two overlap
    for k, n in enumerate(ordered):
        a = angles[ordered[0]] + 2 * math.pi * k / max(1, len(ordered))
        pos[n] = (cx + rx * math.cos(a), cy + ry * math.sin(a))
    return pos


def homes(g: nx.MultiDiGraph) -> dict[str, str | None]:
    """The event each event and event part belongs to (through its sessions); None for the other nodes."""
    return {n: event_of(g, n) if d["type"] in ("Event", "EventPart") else None for n, d in g.nodes(data=True)}


def _rings(count: int) -> int:
    """How many rings ``count`` people around one event take (ring k holds ``_PER_RING * (k + 1)``)."""
    rings, held = 0, 0
    while held < count:
        rings += 1
        held += _PER_RING * rings
    return rings


def _circle(pos: dict[str, tuple[float, float]], nodes: list[str], cx: float, cy: float, r: float,
            phase: float = 0.0) -> None:
    for k, n in enumerate(nodes):
        a = phase + 2 * math.pi * k / max(1, len(nodes))
        pos[n] = (cx + r * math.cos(a), cy + r * math.sin(a))


def _build(g: nx.MultiDiGraph, total: int, truncated: bool, namespace: str) -> Network:
    home = homes(g)  # read once, for the layout and for each edge's event
    pos = layout(g, home=home)
    series_of: dict[str, list[str]] = {}
    for u, v, d in g.edges(data=True):
        if d["relation"] == "edition_of":
            series_of.setdefault(u, []).append(v)
    events_of: dict[str, set[str]] = {}
    edges = []
    for u, v, d in g.edges(data=True):
        relation = d["relation"]
        event = (home[v] or "") if relation in ("role", "part_of") else ""
        if event:
            events_of.setdefault(u, set()).add(event)
        edges.append(NetEdge(u, v, relation, d.get("role") or "", d.get("talk_title") or "", event,
                             d.get("article") or ""))
    edges.sort(key=lambda e: (e.source, e.target, e.relation, e.role, e.article, e.talk))  # as the nodes: stable
    nodes = []
    for n, d in sorted(g.nodes(data=True), key=lambda x: x[0]):
        x, y = pos[n]
        own = {n} if d["type"] == "Event" else events_of.get(n, set())
        nodes.append(NetNode(n, d["label"], d["type"], d.get("kind") or "", d.get("date") or "", d.get("title") or "",
                             d.get("org") or "", round(x, 1), round(y, 1), g.degree(n), tuple(sorted(own)),
                             tuple(sorted(series_of.get(n, ()))), _page(n, namespace)))
    by_type = {t: sorted((n for n in nodes if n.type == t), key=lambda n: (n.date, n.label))
               for t in ("Event", "EventSeries", "Organization")}
    editions: dict[str, list[Edition]] = {}
    for n in by_type["Event"]:
        for s in n.series:
            editions.setdefault(s, []).append(Edition(n.id, n.label, n.date))
    roles = sorted({e.role for e in edges if e.role})
    return Network(tuple(nodes), tuple(edges), total, truncated,
                   tuple(Facet(n.id, n.label, n.date) for n in by_type["Event"]),
                   tuple(Facet(n.id, n.label, editions=tuple(editions.get(n.id, ()))) for n in by_type["EventSeries"]),
                   tuple(Facet(n.id, n.label) for n in sorted(by_type["Organization"], key=lambda n: n.label)),
                   tuple(roles))


def _with_series(g: nx.MultiDiGraph, h: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``h`` (a who-spoke-where graph) with the series its events are editions of, from ``g``."""
    for n in [n for n in h if g.nodes[n]["type"] == "Event"]:
        for _u, series, key, d in g.out_edges(n, keys=True, data=True):
            if d["relation"] == "edition_of":
                h.add_node(series, **g.nodes[series])
                h.add_edge(n, series, key=key, **d)
    return h


def explorer_base(store: GraphStore) -> nx.MultiDiGraph:
    """The graph the explorer's answers are cut from (:func:`kg.export.networkx.base_graph` without the
    articles of each node). A server may keep it between requests and pass it as ``base``."""
    return base_graph(store, sources=False)


class BaseCache:
    """:func:`explorer_base` of a store, kept for ``ttl`` seconds (a server's requests share it: reading it
    is most of an answer's cost, and a store changes only by an ingest). Safe across threads: while one
    reads the store, the others wait for its graph."""

    _ANSWERS = 64  # answers kept per graph (the explorer asks few distinct questions: filters, a node)

    def __init__(self, store: GraphStore, ttl: float) -> None:
        self.store, self.ttl = store, ttl
        self._lock = threading.Lock()
        self._graph: nx.MultiDiGraph | None = None
        self._made = 0.0
        self._answers: dict[object, object] = {}

    def get(self) -> nx.MultiDiGraph:
        with self._lock:
            if self._graph is None or time.monotonic() - self._made > self.ttl:
                self._graph, self._made = explorer_base(self.store), time.monotonic()
                self._answers = {}  # answers of the graph before
            return self._graph

    def answer(self, key: object, make: Callable[[nx.MultiDiGraph], T]) -> T:
        """``make(graph)``, kept with the graph it was cut from under ``key`` (the question's parameters):
        the same question within the graph's time costs nothing."""
        graph = self.get()
        with self._lock:
            if graph is self._graph and key in self._answers:
                return self._answers[key]  # type: ignore[return-value]
        found = make(graph)
        with self._lock:
            if graph is self._graph:
                if len(self._answers) >= self._ANSWERS:
                    self._answers.pop(next(iter(self._answers)))  # the oldest question
                self._answers[key] = found
        return found


def who_spoke_where(store: GraphStore, filters: Filters | None = None, *, limit: int = DEFAULT_LIMIT,
                    namespace: str = "", base: nx.MultiDiGraph | None = None) -> Network:
    """The who-spoke-where network (speakers, their events, parts, organizations and the events'
    series), narrowed by ``filters``, laid out; at most ``limit`` nodes, the best-connected ones.
    ``namespace``: the IRIs under it get an entity page (``/id/…``); ``base``: a graph
    :func:`explorer_base` made of this store before (it is not changed)."""
    f = filters or Filters()
    if base is None:  # no graph kept from before: ask the store for the events the filters keep alone
        base = base_graph(store, sources=False, events=events_matching(store, f))
    g = apply_filters(base, f)
    h = _with_series(g, speakers_graph(g))
    total = h.number_of_nodes()
    limit = max(1, limit)
    if total > limit:
        h = h.subgraph(_top(h, limit)).copy()
    return _build(h, total, total > limit, namespace)


def neighbourhood(store: GraphStore, node: str, *, limit: int = DEFAULT_LIMIT, namespace: str = "",
                  base: nx.MultiDiGraph | None = None) -> Network:
    """A node (by IRI or name) and everything one step from it, speaking roles only among the roles
    (``base`` as for :func:`who_spoke_where`)."""
    g = explorer_base(store) if base is None else base
    center = focus_node(store, g, node)
    h = nx.ego_graph(g, center, radius=1, undirected=True).copy()
    h.remove_edges_from([(u, v, k) for u, v, k, d in h.edges(keys=True, data=True)
                         if d["relation"] == "role" and d["role"] not in SPEAKING])
    total = h.number_of_nodes()
    if total > limit:
        keep = _top(h, limit - 1) | {center}
        h = h.subgraph(keep).copy()
    return _build(h, total, total > limit, namespace)


def explorer_html(network: Network, heading: str = "") -> str:
    """The explorer as one self-contained file (what ``kg view who-spoke-where`` writes): the page, its
    style, vis-network and its script inline, and ``network`` as JSON in the page, searched, filtered and
    expanded there with no server. ``<`` in the data is written ``\\u003c``, so no text closes the script."""
    from importlib import resources

    from kg.export.pyvis import vis_network_js

    web = resources.files("kg") / "web"
    page = (web / "explore.html").read_text(encoding="utf-8")
    data = json.dumps(network.to_json(), ensure_ascii=False).replace("<", "\\u003c")
    style = (web / "app.css").read_text(encoding="utf-8")
    scripts = {"/static/vis-network.min.js": vis_network_js().decode("utf-8"),
               "/static/explore.js": (web / "explore.js").read_text(encoding="utf-8")}
    page = page.replace('<link rel="stylesheet" href="/static/app.css">', f"<style>\n{style}</style>")
    for src, code in scripts.items():
        if "</script" in code.lower():
            raise ExportError(f"{src} holds a closing script tag; it cannot be written inline")
        page = page.replace(f'<script src="{src}"></script>', f"<script>\n{code}\n</script>")
    page = page.replace('<script>', f'<script type="application/json" id="kg-data">{data}</script>\n<script>', 1)
    # a file has no query page or entity pages to link to
    page = re.sub(r'\s*<a href="/">SPARQL query page</a>', "", page)
    if heading:
        page = page.replace("<span>who spoke where</span>", f"<span>{html.escape(heading)}</span>", 1)
    return page


__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "BaseCache",
    "Edition",
    "Facet",
    "NetEdge",
    "NetNode",
    "Network",
    "explorer_base",
    "explorer_html",
    "homes",
    "layout",
    "neighbourhood",
    "who_spoke_where",
]
