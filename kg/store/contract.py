"""The store seam: what kg needs from a triple store, and what its two backends share.

One named graph per article (its provenance) and a merged graph of all current facts, kept in sync by
every write: a new article graph comes with its merged triples, a replaced one changes by its
difference, all in one transaction (one SPARQL Update request on a server, see
:func:`replace_update`). The embedded backend is :mod:`kg.store.oxigraph`, a SPARQL 1.1 Protocol server
:mod:`kg.store.sparql`; :func:`kg.store.open_store` picks one.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal as TypingLiteral
from typing import Protocol

from rdflib import Graph
from rdflib.term import Node

from kg.errors import StoreError
from kg.ntriples import NTriples, serialize
from kg.vocab import KGO, NIF, PREFIXES

DEFAULT_STORE = "kg-store"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
STORE_ENV = "KG_STORE"


def default_store_path() -> str:
    """``$KG_STORE`` if set, else ``./kg-store``."""
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


@dataclass(frozen=True)
class QueryResult:
    """A SPARQL result: rows of rdflib terms (``None`` where unbound), a boolean, or a graph."""

    kind: TypingLiteral["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None


class GraphStore(Protocol):
    """What the rest of kg needs from a triple store."""

    def replace_article(self, article_id: str, graph: Graph | NTriples) -> None: ...
    def add_articles(self, graphs: Mapping[str, NTriples]) -> None: ...
    def replace_graph(self, name: str, graph: Graph | NTriples, *, what: str = "graph") -> None: ...
    def remove_article(self, article_id: str) -> bool: ...
    def article_ids(self) -> list[str]: ...
    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult: ...
    def merged(self) -> Graph: ...
    def nquads(self) -> bytes: ...
    def release(self) -> None: ...  # let other processes open the store until the next use
    def close(self) -> None: ...
    def __enter__(self) -> GraphStore: ...
    def __exit__(self, *exc: object) -> None: ...


# What stays in an article's own graph and is not copied into the merged graph: the text, the
# extraction record and the mentions (character offsets). They are provenance of one article, read
# with GRAPH ?g; in the merged graph they only doubled the store (bench/bench_store_size.py).
_ARTICLE_ONLY = (f"<{NIF}isString>", f"<{KGO}extractionRecord>")


_ARTICLE_ONLY_PREDICATES = frozenset(p[1:-1] for p in _ARTICLE_ONLY)


def merged_only(subject: str, predicate: str) -> bool:
    """Whether a triple of an article graph (its subject and predicate IRIs) is copied into the merged
    graph: not a mention, the article's text or its record (see ``_ARTICLE_ONLY``)."""
    return "#char=" not in subject and predicate not in _ARTICLE_ONLY_PREDICATES


def merged_lines(ntriples: str) -> str:
    out = []
    for line in ntriples.splitlines():
        subject, _, rest = line.partition(" ")
        if "#char=" in subject or rest.startswith(_ARTICLE_ONLY):
            continue
        out.append(line)
    return "\n".join(out)


def replace_update(graph_name: str, ntriples: str, merged_graph: str | None = None) -> str:
    """One SPARQL Update that swaps an article's named graph and keeps the merged graph in sync.

    Triples only this article asserted leave the merged graph; the new ones join it, less what only
    the article's own graph keeps (its text, record and mentions). The merged graph is the default
    graph; ``merged_graph`` names it when a server keeps it as a named graph (the update then writes
    into that graph by name, and it counts as no other article's graph).
    """
    g = f"<{graph_name}>"
    merged = merged_lines(ntriples)
    others = f"?other != {g}" + (f" && ?other != <{merged_graph}>" if merged_graph else "")

    def into_merged(pattern: str) -> str:
        return f"GRAPH <{merged_graph}> {{ {pattern} }}" if merged_graph else pattern

    return (
        f"DELETE {{ {into_merged('?s ?p ?o')} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER({others}) }} }} ;\n"
        f"DROP SILENT GRAPH {g} ;\n"
        + (f"INSERT DATA {{ GRAPH {g} {{\n{ntriples}\n}} }} ;\n" if ntriples.strip() else "")
        + (f"INSERT DATA {{ {into_merged(chr(10) + merged + chr(10))} }}" if merged.strip() else "")
    ).rstrip(" ;\n")


def ntriples(graph: Graph | NTriples) -> str:
    """N-Triples of an article graph; blank nodes are refused (a removal could not match them)."""
    if isinstance(graph, NTriples):
        return graph.text
    try:
        return serialize(graph).text
    except ValueError as e:
        raise StoreError(str(e)) from e


PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
ARTICLES_QUERY = PROLOGUE + """SELECT DISTINCT ?id WHERE {
  GRAPH ?g { ?g a kgo:ArticleGraph ; prov:wasDerivedFrom ?a . ?a schema:identifier ?id }
} ORDER BY ?id"""
