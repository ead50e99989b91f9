"""A SPARQL 1.1 Protocol server as the store (scale-out): same contract as the embedded store.

Writes are the same single SPARQL Update requests as the embedded store sends, so a server that
applies an update request atomically (Oxigraph, Fuseki, GraphDB …) never shows a half-replaced
article. Canned-query parameters become a ``VALUES`` block at the top of the query's WHERE clause:
still RDF terms serialised by rdflib, never raw text.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.ntriples import NTriples, term
from kg.resolve import graph_iri
from kg.store import ARTICLES_QUERY, PROLOGUE, QueryResult, ntriples, replace_update
from kg.vocab import new_graph

_QUADS = "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
# what to ask for, by query form: a results table for SELECT and ASK, a graph for CONSTRUCT and DESCRIBE
_RESULTS = "application/sparql-results+json"
_GRAPH = "application/n-triples, text/turtle;q=0.9"
_FORM = re.compile(r"^(?:\s+|#[^\n]*\n|(?:PREFIX|BASE)\b[^<]*<[^>]*>)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)


def query_form(sparql: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the form of a query, past its prologue."""
    m = _FORM.match(sparql)
    if m is None:
        raise QueryError("invalid SPARQL: expected SELECT, ASK, CONSTRUCT or DESCRIBE after the prologue")
    return m.group(1).upper()


def with_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """Put ``VALUES`` for ``bindings`` first in the query's outermost WHERE group."""
    if not bindings:
        return sparql
    m = re.search(r"\bWHERE\s*\{", sparql, re.I)
    if m is None:
        raise QueryError("a query with parameters needs a WHERE clause")
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(_term(v) for v in bindings.values())
    return f"{sparql[:m.end()]}\n  VALUES ({names}) {{ ({values}) }}\n{sparql[m.end():]}"


def _term(t: Node) -> str:
    if isinstance(t, (URIRef, Literal)):
        return t.n3()
    raise QueryError(f"cannot bind {t!r}: only IRIs and literals can be bound")


def _from_json(b: dict[str, str]) -> Node:
    kind, value = b["type"], b["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in b:
        return Literal(value, lang=b["xml:lang"])
    dt = b.get("datatype")
    return Literal(value, datatype=URIRef(dt)) if dt and not dt.endswith("#string") else Literal(value)


class SparqlStore:
    """A remote store: ``query_url`` and ``update_url`` of a SPARQL 1.1 Protocol server."""

    def __init__(self, query_url: str, update_url: str | None = None, *, timeout: float = 60,
                 direct: bool = False) -> None:
        """``direct``: POST the query or update as the request body (``application/sparql-query``)
        instead of the form-encoded ``query=`` / ``update=`` every SPARQL 1.1 server answers."""
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.timeout = timeout
        self.direct = direct

    @classmethod
    def from_url(cls, url: str) -> SparqlStore:
        """``http://host:port`` is an Oxigraph server (``/query``, ``/update``); a URL with a path is
        one endpoint for both."""
        base = url.rstrip("/")
        if urllib.parse.urlparse(base).path in ("", "/"):
            return cls(base + "/query", base + "/update")
        return cls(base)

    def _post(self, url: str, operation: str, text: str, accept: str = "*/*") -> tuple[str, bytes]:
        """POST a query or update (``operation``: ``query`` or ``update``) as the protocol's form-encoded
        body, or as the body itself when the store is ``direct``."""
        if self.direct:
            body, content_type = text, f"application/sparql-{operation}; charset=utf-8"
        else:
            body, content_type = urllib.parse.urlencode({operation: text}), "application/x-www-form-urlencoded"
        req = urllib.request.Request(url, data=body.encode("utf-8"), method="POST",
                                     headers={"Content-Type": content_type, "Accept": accept})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 - the user's server
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            if e.code == 400:
                raise QueryError(f"invalid SPARQL, the server at {url} rejected it: {detail}") from e
            raise StoreError(f"the server at {url} answered {e.code} {e.reason}: {detail}") from e
        except OSError as e:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {e}. Is it running?") from e

    def _update(self, text: str, what: str) -> None:
        try:
            self._post(self.update_url, "update", text)
        except StoreError as e:
            raise StoreError(f"storing {what} failed: {e}") from e

    def add_articles(self, graphs: Mapping[str, NTriples]) -> None:
        """Store many article graphs (by article id), each replaced in its own update request."""
        for article_id, graph in graphs.items():
            self.replace_article(article_id, graph)

    def replace_article(self, article_id: str, graph: Graph | NTriples) -> None:
        self.replace_graph(graph_iri(article_id), graph, what=f"article {article_id!r}")

    def replace_graph(self, name: str, graph: Graph | NTriples, *, what: str = "graph") -> None:
        self._update(replace_update(name, ntriples(graph)), what)

    def remove_article(self, article_id: str) -> bool:
        name = graph_iri(article_id)
        if not self.query(f"ASK {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").boolean:
            return False
        self._update(replace_update(name, ""), f"the removal of {article_id!r}")
        return True

    def article_ids(self) -> list[str]:
        return [str(r[0]) for r in self.query(ARTICLES_QUERY).rows if r[0] is not None]

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        text = with_values(sparql, bindings or {})
        if not re.search(r"^\s*PREFIX\s+kgo:", text, re.I | re.M):
            text = PROLOGUE + text
        form = query_form(text)
        table = form in ("SELECT", "ASK")
        ctype, body = self._post(self.query_url, "query", text, _RESULTS if table else _GRAPH)
        kind = ctype.split(";")[0].strip().lower()
        if table:
            if kind not in ("application/sparql-results+json", "application/json"):
                raise StoreError(f"the server at {self.query_url} answered a {form} query with {kind or 'no type'}, "
                                 f"not SPARQL results in JSON: kg cannot read that answer (is the URL a SPARQL "
                                 f"endpoint?)")
            data = json.loads(body)
            if form == "ASK":
                return QueryResult("ask", boolean=bool(data["boolean"]))
            names = tuple(data["head"]["vars"])
            rows = tuple(tuple(_from_json(b[n]) if n in b else None for n in names)
                         for b in data["results"]["bindings"])
            return QueryResult("select", names, rows)
        formats = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
                   "application/x-turtle": "turtle", "application/rdf+xml": "xml", "application/ld+json": "json-ld"}
        if kind not in formats:
            raise StoreError(f"the server at {self.query_url} answered a {form} query with {kind or 'no type'}, "
                             "not a graph (N-Triples, Turtle, RDF/XML or JSON-LD): an empty result would be wrong, "
                             "so kg stops here")
        g = Graph()
        g.parse(data=body, format=formats[kind])
        return QueryResult("graph", graph=g)

    def merged(self) -> Graph:
        result = self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        g = new_graph()
        for t in result.graph or ():
            g.add(t)
        return g

    def nquads(self) -> bytes:
        """Every quad as N-Quads, each term written by :func:`kg.ntriples.term` (the embedded store's
        writer: newlines escaped, language tags and datatypes kept; rdflib's ``n3()`` would write a
        multi-line literal in Turtle's triple quotes, which no N-Quads parser reads)."""
        lines = []
        for s, p, o, g in self.query(_QUADS).rows:
            if s is None or p is None or o is None:
                raise StoreError(f"the server at {self.query_url} answered a quad with an unbound term")
            graph = f" {term(g)}" if g is not None else ""
            lines.append(f"{term(s)} {term(p)} {term(o)}{graph} .\n")
        return "".join(sorted(lines)).encode("utf-8")

    def close(self) -> None:
        """Nothing to release: every request opens its own connection."""

    def __enter__(self) -> SparqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
