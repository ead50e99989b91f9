"""networkx projections of the merged graph, and GraphML / GEXF files made from them.

Nodes are people, organizations, events, event parts and series (``type``, ``label`` and, for
people, ``title`` and ``org``); edges are typed (``type``: spoke_at role, member_of, part_of,
organizer, co_organizer, sponsor, edition_of) and carry role, talk title and source article.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.errors import ExportError
from kg.formats import View
from kg.store import GraphStore

_NODES = """
SELECT DISTINCT ?n ?type ?label WHERE {
  VALUES (?cls ?type) { (schema:Person "Person") (schema:Organization "Organization") (kgo:Event "Event")
                        (kgo:EventPart "EventPart") (kgo:EventSeries "EventSeries") }
  ?n a ?cls ; schema:name ?label .
}"""
_PART_KIND = """SELECT DISTINCT ?n ?kind WHERE {
  VALUES (?cls ?kind) { (kgo:Session "session") (kgo:Keynote "keynote") (kgo:Panel "panel") (kgo:Talk "talk") }
  ?n a ?cls }"""
_ROLES = """
SELECT DISTINCT ?person ?target ?role ?talk ?article WHERE {
  ?p a kgo:Participation ; kgo:participant ?person ; kgo:participationIn ?target ; kgo:role ?r .
  ?r kgo:code ?role .
  OPTIONAL { ?p kgo:talkTitle ?talk }
  OPTIONAL { ?p prov:wasDerivedFrom ?a . ?a schema:identifier ?article }
}"""
_MEMBERS = """
SELECT DISTINCT ?person ?org ?title WHERE {
  ?m a org:Membership ; org:member ?person ; org:organization ?org . OPTIONAL { ?m kgo:title ?title } }"""
_STRUCTURE = """
SELECT DISTINCT ?s ?type ?o WHERE {
  VALUES (?p ?type) { (schema:organizer "organizer") (kgo:coOrganizer "co_organizer") (schema:sponsor "sponsor") }
  ?s ?p ?o .
} """
_PARTS = """SELECT DISTINCT ?part ?event WHERE { ?part a kgo:EventPart ; schema:superEvent ?event }"""
_SERIES = """SELECT DISTINCT ?event ?series WHERE { ?event a kgo:Event ; schema:superEvent ?series .
  ?series a kgo:EventSeries }"""
_SOURCES = """SELECT DISTINCT ?n ?article ?url WHERE {
  ?mention itsrdf:taIdentRef ?n ; nif:referenceContext ?a . ?a schema:identifier ?article .
  OPTIONAL { ?a schema:url ?url } }"""
SPEAKING = ("keynote", "speaker", "panelist", "moderator")


def _rows(store: GraphStore, sparql: str) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in store.query(sparql).rows]


def to_networkx(store: GraphStore, view: View = View.FULL) -> nx.MultiDiGraph:
    """The merged graph as a typed multigraph (see the module docstring for the schema)."""
    g = nx.MultiDiGraph()
    for n, typ, label in _rows(store, _NODES):
        g.add_node(n, type=typ, label=label, iri=n)
    for n, kind in _rows(store, _PART_KIND):
        if n in g:
            g.nodes[n]["kind"] = kind
    sources: dict[str, set[str]] = {}
    urls: dict[str, str] = {}
    for n, article, url in _rows(store, _SOURCES):
        sources.setdefault(n, set()).add(article)
        if url:
            urls[article] = url
    for n, data in g.nodes(data=True):
        data["articles"] = "; ".join(sorted(sources.get(n, ())))
    for person, org, title in _rows(store, _MEMBERS):
        if person in g and org in g:
            g.add_edge(person, org, key=f"member_of:{title}", type="member_of", title=title)
            g.nodes[person].setdefault("title", title)
            g.nodes[person].setdefault("org", g.nodes[org]["label"])
    for person, target, role, talk, article in _rows(store, _ROLES):
        if view is View.WHO_SPOKE_WHERE and role not in SPEAKING:
            continue
        if person in g and target in g:
            g.add_edge(person, target, key=f"role:{role}", type="role", role=role, talk_title=talk, article=article)
    for part, event in _rows(store, _PARTS):
        if part in g and event in g:
            g.add_edge(part, event, key="part_of", type="part_of")
    if view is View.FULL:
        for event, series in _rows(store, _SERIES):
            g.add_edge(event, series, key="edition_of", type="edition_of")
        for s, typ, o in _rows(store, _STRUCTURE):
            if s in g and o in g:
                g.add_edge(o, s, key=typ, type=typ)
    else:
        speakers = {u for u, _v, d in g.edges(data=True) if d.get("type") == "role"}
        keep = set(speakers)
        keep |= {v for u, v, d in g.edges(data=True) if u in speakers}
        keep |= {v for u, v, d in g.edges(data=True) if d.get("type") == "part_of" and u in keep}
        g.remove_nodes_from([n for n in list(g) if n not in keep])
    for n in g:
        g.nodes[n].setdefault("title", "")
        g.nodes[n].setdefault("org", "")
        g.nodes[n].setdefault("kind", "")
    g.graph["article_urls"] = urls
    return g


def _scalar_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML and GEXF can hold (no None, no dicts)."""
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: ("" if v is None else v) for k, v in d.items()})
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{a: ("" if b is None else b) for a, b in d.items()})
    return h


def write_graphml(g: nx.MultiDiGraph, out: str | Path) -> None:
    try:
        nx.write_graphml(_scalar_graph(g), str(out))
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e


def write_gexf(g: nx.MultiDiGraph, out: str | Path) -> None:
    h = _scalar_graph(g)
    for _n, d in h.nodes(data=True):
        d["label"] = d.get("label", "")  # Gephi shows the 'label' attribute as the node label
    try:
        nx.write_gexf(h, str(out))
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e
