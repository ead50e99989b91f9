"""A SPARQL 1.1 Protocol server as the store (scale-out): same contract as the embedded store.

Writes are the same single SPARQL Update requests as the embedded store sends, so a server that
applies an update request atomically (Oxigraph, Fuseki, GraphDB …) never shows a half-replaced
article. Canned-query parameters become a ``VALUES`` block at the top of the query's WHERE clause:
still RDF terms serialised by rdflib, never raw text.
"""

from __future__ import annotations

import base64
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.ntriples import NTriples, term
from kg.store.contract import (
    ARTICLES_QUERY,
    PROLOGUE,
    QueryResult,
    merged_lines,
    ntriples,
    replace_update,
)
from kg.vocab import KGR, graph_iri, new_graph

# kg's own graphs only: a server's system graphs (Virtuoso's virtrdf#, …) are no part of the store
_KG_GRAPHS = f'FILTER (STRSTARTS(STR(?g), "{KGR}graph/"))'
MERGED_GRAPH = f"{KGR}graph/merged"  # where the merged graph lives on a server whose default graph is no graph of its own
_BUSY = (502, 503, 504)  # answers worth a second try
_NAMES_GRAPHS = re.compile(r"\bGRAPH\b", re.I)
_PAUSE = 0.5  # seconds before the first retry; doubled each time


def _without_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """``http://user:pass@host/…`` -> (``http://host/…``, (user, pass)); the URL unchanged when it has none."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, None
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port:
        netloc += f":{parts.port}"
    clean = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return clean, (urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or ""))
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


def _answer_of_ask(data: dict[str, object], url: str) -> bool:
    """An ASK query's answer: ``boolean``, or (Virtuoso, for an ASK with a GRAPH pattern) a one-row
    table of ``__ASK_RETVAL``, 1 or 0."""
    if "boolean" in data:
        return bool(data["boolean"])
    try:
        rows = data["results"]["bindings"]  # type: ignore[index]
        return bool(rows) and rows[0]["__ASK_RETVAL"]["value"] not in ("0", "false")  # type: ignore[index]
    except (KeyError, IndexError, TypeError):
        raise StoreError(f"the server at {url} answered an ASK query with neither a boolean nor a yes/no row") from None


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


def _challenge_opener(url: str, user: str, password: str) -> urllib.request.OpenerDirector:
    """An opener that answers the HTTP digest or basic challenges of ``url``'s server with these credentials."""
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    parts = urllib.parse.urlsplit(url)
    passwords.add_password(None, f"{parts.scheme}://{parts.netloc}/", user, password)
    return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords),
                                       urllib.request.HTTPBasicAuthHandler(passwords))


class SparqlStore:
    """A remote store: ``query_url`` and ``update_url`` of a SPARQL 1.1 Protocol server."""

    def __init__(self, query_url: str, update_url: str | None = None, *, timeout: float = 60,
                 direct: bool = False, retries: int = 2, page: int = 5000,
                 user: str | None = None, password: str | None = None, token: str | None = None,
                 merged_graph: str | None | bool = False, graph_store_url: str | None = None) -> None:
        """``direct``: POST the query or update as the request body (``application/sparql-query``)
        instead of the form-encoded ``query=`` / ``update=`` every SPARQL 1.1 server answers.
        ``retries``: how often a request that could not reach the server, or that the server answered
        with 502/503/504, is sent again (with a growing pause) before kg gives up. ``page``: rows per
        request when the whole store is read (below the row caps servers set, e.g. Virtuoso's 10,000).
        ``user``/``password`` (HTTP basic) or ``token`` (bearer): credentials, also taken from the URL
        (``http://user:pass@host/…``) by :meth:`from_url`.

        Where the merged graph lives is the backend's choice, made once per store by asking the server:
        on a server whose default graph is a graph of its own (Oxigraph, Fuseki) it is that default
        graph; on Virtuoso, whose default graph is the union of all graphs and not writable as such, it
        is the named graph :data:`MERGED_GRAPH`, and every request names it as the default graph
        (``default-graph-uri``), so the canned queries read the same text everywhere and nothing is
        counted twice. ``merged_graph`` sets it instead (None: the default graph) and asks nothing.

        ``graph_store_url``: the server's SPARQL 1.1 Graph Store Protocol endpoint (Oxigraph's ``/store``,
        Fuseki's ``/ds/data``). Articles new to the store are then uploaded as N-Triples documents (``PUT``
        the article's graph, ``POST`` its share of the merged graph), which a server parses faster than
        the same triples inside an update; an article already stored is still replaced by one update."""
        self.graph_store_url = _without_credentials(graph_store_url)[0] if graph_store_url else None
        self.query_url, query_auth = _without_credentials(query_url)
        self.update_url, update_auth = _without_credentials(update_url or query_url)
        self.timeout = timeout
        self.direct = direct
        self.retries = retries
        self.page = page
        user, password = user or (query_auth or update_auth or (None, None))[0], \
            password or (query_auth or update_auth or (None, None))[1]
        self._merged = merged_graph  # False: not asked yet; then None (the default graph) or a graph IRI
        self._credentials = (user, password or "") if user and not token else None
        self._digest: urllib.request.OpenerDirector | None = None  # once a server refused basic up front
        if token:
            self._auth: str | None = f"Bearer {token}"
        elif user:
            self._auth = "Basic " + base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
        else:
            self._auth = None

    @classmethod
    def from_url(cls, url: str, *, query_url: str | None = None, update_url: str | None = None,
                 graph_store_url: str | None = None) -> SparqlStore:
        """``http://host:port`` is an Oxigraph server (``/query``, ``/update``); a URL with a path is
        one endpoint for both. Credentials come from the URL's user information, else from the
        ``KG_STORE_USER`` / ``KG_STORE_PASSWORD`` (HTTP basic) or ``KG_STORE_TOKEN`` (bearer) variables;
        ``query_url`` / ``update_url`` (or ``KG_STORE_QUERY_URL`` / ``KG_STORE_UPDATE_URL``) name separate
        endpoints for a server that has them, and ``graph_store_url`` (or ``KG_STORE_GRAPH_STORE_URL``) its
        Graph Store Protocol endpoint for uploads."""
        base = url.rstrip("/")
        env = os.environ
        user, password, token = env.get("KG_STORE_USER"), env.get("KG_STORE_PASSWORD"), env.get("KG_STORE_TOKEN")
        query = query_url or env.get("KG_STORE_QUERY_URL") or None
        update = update_url or env.get("KG_STORE_UPDATE_URL") or None
        gsp = graph_store_url or env.get("KG_STORE_GRAPH_STORE_URL") or None
        if query is None and update is None and urllib.parse.urlparse(base).path in ("", "/"):
            return cls(base + "/query", base + "/update", user=user, password=password, token=token,
                       graph_store_url=gsp)
        return cls(query or base, update or base, user=user, password=password, token=token, graph_store_url=gsp)

    @property
    def merged_graph(self) -> str | None:
        """The named graph that holds the merged graph on this server, or None for its default graph."""
        if self._merged is False:
            server = self._post(self.query_url, "query", "ASK { }", _RESULTS, dataset=False)[2]
            self._merged = MERGED_GRAPH if "virtuoso" in server.lower() else None
        return self._merged  # type: ignore[return-value]

    def _post(self, url: str, operation: str, text: str, accept: str = "*/*", *,
              dataset: bool = True) -> tuple[str, bytes, str]:
        """POST a query or update (``operation``: ``query`` or ``update``) as the protocol's form-encoded
        body, or as the body itself when the store is ``direct``; with ``dataset``, the merged graph is
        named as the default graph where the server keeps it as a named one. Returns the answer's type,
        body and the server's name."""
        fields = {operation: text}
        # the merged graph as the default graph, for queries that read it alone: a query that names graphs
        # (GRAPH …) runs over the server's whole dataset, as a dataset given by the protocol would hide the
        # article graphs (SPARQL 1.1 Protocol §2.1.4; Virtuoso follows it); updates name the merged graph
        merged = self.merged_graph if dataset and operation == "query" and not _NAMES_GRAPHS.search(text) else None
        if merged:
            fields["default-graph-uri"] = merged
        if self.direct:
            body, content_type = text, f"application/sparql-{operation}; charset=utf-8"
            if merged:
                url += ("&" if "?" in url else "?") + urllib.parse.urlencode({"default-graph-uri": merged})
        else:
            body, content_type = urllib.parse.urlencode(fields), "application/x-www-form-urlencoded"
        headers = {"Content-Type": content_type, "Accept": accept}
        if self._auth:
            headers["Authorization"] = self._auth
        return self._send(url, "POST", body.encode("utf-8"), headers, operation)

    def _send(self, url: str, method: str, data: bytes, headers: dict[str, str],
              operation: str) -> tuple[str, bytes, str]:
        """One request, sent again on a busy answer or no answer (``retries`` times, pausing longer each
        time); every failure a StoreError (or QueryError for a rejected query) that says what to do."""
        for attempt in range(self.retries + 1):
            sent = {k: v for k, v in headers.items() if not (self._digest and k == "Authorization")}
            req = urllib.request.Request(url, data=data, method=method, headers=sent)
            try:
                opener = self._digest.open if self._digest else urllib.request.urlopen
                with opener(req, timeout=self.timeout) as resp:  # noqa: S310 - the user's server
                    return resp.headers.get("Content-Type", ""), resp.read(), resp.headers.get("Server", "")
            except urllib.error.HTTPError as e:
                detail = e.read().decode("utf-8", "replace")[:500]
                if e.code == 401 and self._digest is None and self._credentials:
                    # the server refused the credentials sent up front as HTTP basic: it may want digest (Virtuoso's
                    # /sparql-auth and /sparql-graph-crud-auth answer a basic header with a bare 401). Answer the
                    # server's own challenges from now on, digest or basic, and send this request again
                    self._digest = _challenge_opener(url, *self._credentials)
                    return self._send(url, method, data, headers, operation)
                if e.code in _BUSY and attempt < self.retries:
                    time.sleep(_PAUSE * 2 ** attempt)
                    continue
                if e.code == 400 and operation == "upload":
                    raise StoreError(f"the server at {url} rejected the N-Triples uploaded: {detail}") from e
                if e.code == 400:
                    raise QueryError(f"invalid SPARQL, the server at {url} rejected it: {detail}") from e
                if e.code in (401, 403):
                    raise StoreError(f"the server at {url} answered {e.code} {e.reason}: give credentials in the "
                                     "URL (http://user:password@host/…) or in KG_STORE_USER and KG_STORE_PASSWORD "
                                     "(or KG_STORE_TOKEN), and check that this user may "
                                     f"{'query' if operation == 'query' else 'update'}") from e
                raise StoreError(f"the server at {url} answered {e.code} {e.reason}: {detail}") from e
            except OSError as e:
                if attempt < self.retries:
                    time.sleep(_PAUSE * 2 ** attempt)
                    continue
                raise StoreError(f"cannot reach the SPARQL server at {url} ({e}; tried {self.retries + 1} times, "
                                 f"{self.timeout:g} s each). Is it running, and is the URL right?") from e
        raise AssertionError("unreachable")  # the loop returns or raises

    def _update(self, text: str, what: str) -> None:
        try:
            self._post(self.update_url, "update", text)
        except StoreError as e:
            raise StoreError(f"storing {what} failed: {e}") from e

    def add_articles(self, graphs: Mapping[str, NTriples]) -> None:
        """Store many article graphs (by article id), each replaced in its own update request; with a
        Graph Store Protocol endpoint, those new to the store are uploaded as documents instead."""
        for article_id, graph in graphs.items():
            name = graph_iri(article_id)
            if self.graph_store_url is None or self.query(f"ASK {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").boolean:
                self.replace_article(article_id, graph)
                continue
            text = ntriples(graph)
            self._upload("PUT", name, text, f"article {article_id!r}")
            shared = merged_lines(text)
            if shared.strip():
                try:
                    self._upload("POST", self.merged_graph, shared, f"the merged graph's share of {article_id!r}")
                except StoreError as e:
                    raise StoreError(f"{e} (the article's own graph is stored; ingest it again to complete the "
                                     "merged graph)") from e

    def _upload(self, method: str, graph: str | None, text: str, what: str) -> None:
        """A Graph Store Protocol request: ``PUT`` (replace) or ``POST`` (add) N-Triples into ``graph``
        (None: the server's default graph)."""
        assert self.graph_store_url is not None
        target = urllib.parse.urlencode({"graph": graph}) if graph else "default"
        url = self.graph_store_url + ("&" if "?" in self.graph_store_url else "?") + target
        headers = {"Content-Type": "application/n-triples; charset=utf-8"}
        if self._auth:
            headers["Authorization"] = self._auth
        try:
            self._send(url, method, text.encode("utf-8"), headers, "upload")
        except StoreError as e:
            raise StoreError(f"storing {what} failed: {e}") from e

    def replace_article(self, article_id: str, graph: Graph | NTriples) -> None:
        self.replace_graph(graph_iri(article_id), graph, what=f"article {article_id!r}")

    def replace_graph(self, name: str, graph: Graph | NTriples, *, what: str = "graph") -> None:
        self._update(replace_update(name, ntriples(graph), self.merged_graph), what)

    def remove_article(self, article_id: str) -> bool:
        name = graph_iri(article_id)
        if not self.query(f"ASK {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").boolean:
            return False
        self._update(replace_update(name, "", self.merged_graph), f"the removal of {article_id!r}")
        return True

    def article_ids(self) -> list[str]:
        return [str(r[0]) for r in self.query(ARTICLES_QUERY).rows if r[0] is not None]

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        text = with_values(sparql, bindings or {})
        if not re.search(r"^\s*PREFIX\s+kgo:", text, re.I | re.M):
            text = PROLOGUE + text
        form = query_form(text)
        table = form in ("SELECT", "ASK")
        ctype, body, _server = self._post(self.query_url, "query", text, _RESULTS if table else _GRAPH)
        kind = ctype.split(";")[0].strip().lower()
        if table:
            if kind not in ("application/sparql-results+json", "application/json"):
                raise StoreError(f"the server at {self.query_url} answered a {form} query with {kind or 'no type'}, "
                                 f"not SPARQL results in JSON: kg cannot read that answer (is the URL a SPARQL "
                                 f"endpoint?)")
            data = json.loads(body)
            if form == "ASK":
                return QueryResult("ask", boolean=_answer_of_ask(data, self.query_url))
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

    def _all_rows(self, pattern: str, variables: str) -> list[tuple[Node | None, ...]]:
        """Every solution of ``pattern``, checked against a count: one request when the server gives them
        all, else pages of :attr:`page` rows (ORDER BY, LIMIT, OFFSET; each page sorts the whole answer,
        so only a server that caps its answers, as Virtuoso's ResultSetMaxRows does, pays for it). A cap
        that even pages cannot pass is an error, never a short dump."""
        counted = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}").rows
        total = int(counted[0][0]) if counted and counted[0][0] is not None else 0  # type: ignore[call-overload]
        rows = list(self.query(f"SELECT {variables} WHERE {{ {pattern} }}").rows)
        if len(rows) == total:
            return rows
        page = min(self.page, len(rows)) or self.page  # a capped answer shows the cap: pages no longer than it
        rows = []
        while len(rows) < total:
            got = self.query(f"SELECT {variables} WHERE {{ {pattern} }} ORDER BY {variables} "
                             f"LIMIT {page} OFFSET {len(rows)}").rows
            if not got:
                break
            rows.extend(got)
        if len(rows) != total:
            raise StoreError(f"the server at {self.query_url} gave {len(rows)} of {total} rows while kg read the "
                             f"store in pages of {page}: it caps its answers. Raise the cap (Virtuoso: "
                             "ResultSetMaxRows in the [SPARQL] section of virtuoso.ini) or pass a smaller page")
        return rows

    def merged(self) -> Graph:
        g = new_graph()
        for s, p, o in self._all_rows("?s ?p ?o", "?s ?p ?o"):
            g.add((s, p, o))  # type: ignore[arg-type]
        return g

    def nquads(self) -> bytes:
        """Every quad as N-Quads, each term written by :func:`kg.ntriples.term` (the embedded store's
        writer: newlines escaped, language tags and datatypes kept; rdflib's ``n3()`` would write a
        multi-line literal in Turtle's triple quotes, which no N-Quads parser reads)."""
        lines = []
        merged = self.merged_graph
        # kg's graphs only; where the merged graph is a named graph, it is written as the default graph
        pattern = f"GRAPH ?g {{ ?s ?p ?o }} {_KG_GRAPHS}" if merged else \
            f"{{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} {_KG_GRAPHS} }}"
        for s, p, o, g in self._all_rows(pattern, "?s ?p ?o ?g"):
            if s is None or p is None or o is None:
                raise StoreError(f"the server at {self.query_url} answered a quad with an unbound term")
            graph = f" {term(g)}" if g is not None and str(g) != merged else ""
            lines.append(f"{term(s)} {term(p)} {term(o)}{graph} .\n")
        return "".join(sorted(lines)).encode("utf-8")

    def release(self) -> None:
        """Nothing to release: a server serves many clients."""

    def close(self) -> None:
        """Nothing to release: every request opens its own connection."""

    def __enter__(self) -> SparqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
