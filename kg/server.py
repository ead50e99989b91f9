"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a store (the only module that speaks HTTP).

``/sparql`` answers GET and POST (form-encoded ``query=`` or the query as the body) with the merged graph as
the default graph and the article graphs as named graphs. Results come in the W3C formats by content
negotiation: SPARQL results JSON (the default), XML, CSV and TSV for SELECT (JSON and XML for ASK);
Turtle (the default), N-Triples and JSON-LD for CONSTRUCT and DESCRIBE. It is read-only: an update is
answered 403, ``SERVICE`` (which would make this machine call other addresses) is refused, and so are
dataset parameters (the dataset is the store). Each query runs with a time limit and a row limit, both
answered with a clear error; a query that overruns its time frees the request at once, and at most
``workers`` queries run at a time, so a slow query cannot take the endpoint with it.

``/`` is a query page (``kg/web``: an editor with highlighting, the canned queries as examples, the answer
as a table or a graph drawn with vis-network), served from the package and working offline; its scripts
call ``/sparql`` and ``/queries`` on the same server and nothing else (its Content-Security-Policy says so).
Every IRI kg mints is a page at ``/id/…``: :mod:`kg.explain`'s facts with the sentence of each, for a browser,
and the entity's triples for a client that asks for Turtle, N-Triples or JSON-LD. ``/explore`` is the
explorer: the who-spoke-where network (``/network``, laid out by :mod:`kg.export.explorer`) with filters
applied in the page, a node's neighbourhood on demand (``/neighbours``) and a series' editions on a timeline.

The handlers are thin: the store (:mod:`kg.store`) runs the query, rdflib writes the result formats.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from importlib import resources
from typing import TypeVar
from urllib.parse import parse_qs

from rdflib import Variable
from rdflib.query import Result
from rdflib.term import Identifier
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.errors import ExportError, KGError, QueryError
from kg.explain import Explained, about, explain
from kg.export.explorer import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    BaseCache,
    Network,
    neighbourhood,
    who_spoke_where,
)
from kg.export.networkx import Filters
from kg.query import canned_queries, refuse_service, search_entities, w3c_tsv
from kg.store import GraphStore, QueryResult
from kg.store.sparql import query_form
from kg.vocab import KGR

T = TypeVar("T")
_TABLE_TYPES = {  # media type -> how to write a SELECT result
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {  # media type -> rdflib serializer for a CONSTRUCT or DESCRIBE result
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "nt",
    "text/plain": "nt", "application/ld+json": "json-ld",
}
_CANONICAL = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
              "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
              "nt": "application/n-triples", "json-ld": "application/ld+json"}
_DATASET_PARAMS = ("default-graph-uri", "named-graph-uri")
_SECURITY = {"Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
             "X-Content-Type-Options": "nosniff"}


@dataclass(frozen=True)
class Limits:
    """What one query may take: ``timeout`` seconds, ``max_rows`` rows, ``workers`` at a time; and how long
    the explorer keeps the graph it reads from the store (``explorer_ttl`` seconds)."""

    timeout: float = 10.0
    max_rows: int = 10_000
    workers: int = 4
    explorer_ttl: float = 60.0  # seconds the explorer keeps the graph it cuts its answers from


class _Refused(Exception):
    """A request the endpoint answers with an error status and a message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _error(status: int, message: str, *, cors: bool = False) -> Response:
    headers = dict(_SECURITY)
    if cors:
        headers["Access-Control-Allow-Origin"] = "*"
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


def _preferred(accept: str, offered: dict[str, str], default: str) -> str | None:
    """The format to answer in: the acceptable media type with the highest q (the first on a tie), the
    default for ``*/*`` or no header, None when nothing offered is acceptable."""
    if not accept.strip():
        return default
    best: tuple[float, int, str] | None = None
    for n, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        media = media.lower()
        if q <= 0:
            continue
        chosen = offered.get(media) or (default if media in ("*/*", "application/*", "text/*") else None)
        if chosen and (best is None or q > best[0]):
            best = (q, -n, chosen)
    return best[2] if best else None


def _table(result: QueryResult, fmt: str) -> bytes:
    if fmt == "tsv":
        return w3c_tsv(result).encode("utf-8")
    out = Result("SELECT")
    out.vars = [Variable(v) for v in result.variables]
    out.bindings = [{Variable(v): t for v, t in zip(result.variables, row) if isinstance(t, Identifier)}
                    for row in result.rows]
    return out.serialize(format=fmt) or b""


def _boolean(answer: bool, fmt: str) -> bytes:
    out = Result("ASK")
    out.askAnswer = answer
    return out.serialize(format=fmt) or b""


def _check(query: str) -> str:
    """The query's form, after refusing what a read-only, offline endpoint does not run."""
    try:
        refuse_service(query)
        return query_form(query)
    except QueryError as e:
        raise _Refused(400, str(e)) from None



_USES: dict[int, int] = {}  # queries running on each store (by id), over every endpoint of the process
_USES_LOCK = threading.Lock()


def _using(store: GraphStore, step: int) -> int:
    """Count a query starting (+1) or ending (-1) on ``store``; the number still running. The last one to end
    releases the store while it holds the count's lock, so a query that starts meanwhile (from another endpoint on
    the same store, answered on another thread) counts itself after the release and opens the store anew, never
    between the count reaching nought and the release."""
    with _USES_LOCK:
        n = _USES.get(id(store), 0) + step
        if n:
            _USES[id(store)] = n
        else:
            _USES.pop(id(store), None)
            store.release()  # idle: an ingest may open the store and write until the next request
        return n


class _Endpoint:
    def __init__(self, store: GraphStore, limits: Limits) -> None:
        self.store, self.limits = store, limits
        self.pool = ThreadPoolExecutor(max_workers=limits.workers, thread_name_prefix="kg-query")
        self.busy = 0  # queries running (one given up on still runs until it ends); only the event loop counts

    async def sparql(self, request: Request) -> Response:
        cors = request.method == "GET"
        try:
            query = await self._query_text(request)
            form = _check(query)
            table = form in ("SELECT", "ASK")
            offered = ({k: v for k, v in _TABLE_TYPES.items() if form == "SELECT" or v in ("json", "xml")}
                       if table else _GRAPH_TYPES)
            fmt = _preferred(request.headers.get("accept", ""), offered, "json" if table else "turtle")
            if fmt is None:
                raise _Refused(406, f"a {form} result comes as {', '.join(sorted(set(offered)))}; "
                                    f"none of them is in Accept: {request.headers.get('accept')}")
            body = await self._run(query, fmt)
        except _Refused as e:
            return _error(e.status, e.message, cors=cors)
        headers = dict(_SECURITY)
        if cors:
            headers["Access-Control-Allow-Origin"] = "*"
        return Response(body, media_type=_CANONICAL[fmt] + ("; charset=utf-8" if fmt in ("csv", "tsv", "turtle") else ""),
                        headers=headers)

    async def _query_text(self, request: Request) -> str:
        if request.method == "GET":
            params = request.query_params
            if "update" in params:
                raise _Refused(403, "this endpoint is read-only: updates are not accepted (kg ingest and kg remove write)")
            if any(p in params for p in _DATASET_PARAMS):
                raise _Refused(400, "the dataset is the store (the merged graph as default graph, the article "
                                    "graphs as named graphs): drop default-graph-uri / named-graph-uri")
            if "query" not in params:
                raise _Refused(400, "no query: pass ?query=… (SPARQL 1.1 Protocol)")
            return params["query"]
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            raise _Refused(403, "this endpoint is read-only: updates are not accepted (kg ingest and kg remove write)")
        if ctype == "application/sparql-query":
            if any(p in request.query_params for p in _DATASET_PARAMS):
                raise _Refused(400, "the dataset is the store: drop default-graph-uri / named-graph-uri")
            return (await request.body()).decode("utf-8", errors="replace")
        if ctype == "application/x-www-form-urlencoded":
            charset = re.search(r"charset=([\w-]+)", request.headers.get("content-type", ""))
            text = (await request.body()).decode(charset.group(1) if charset else "utf-8", errors="replace")
            form = {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}
            if "update" in form:
                raise _Refused(403, "this endpoint is read-only: updates are not accepted (kg ingest and kg remove write)")
            if any(p in form or p in request.query_params for p in _DATASET_PARAMS):
                raise _Refused(400, "the dataset is the store: drop default-graph-uri / named-graph-uri")
            value = form.get("query")
            if value is None:
                raise _Refused(400, "no query: POST query=… form-encoded, or the query as application/sparql-query")
            return value
        raise _Refused(415, f"POST a form (application/x-www-form-urlencoded) or application/sparql-query, not {ctype or 'nothing'}")

    async def _run(self, query: str, fmt: str) -> bytes:
        """The query's answer written in ``fmt``, both done in a worker thread (the event loop stays free
        for other requests, and the time limit covers writing a large answer too)."""
        return await self.call(lambda: self._write(self.store.query(query), fmt))

    async def call(self, work: Callable[[], T]) -> T:
        """``work`` in a worker thread, within the endpoint's time limit and number of workers."""
        if self.busy >= self.limits.workers:
            raise _Refused(503, f"{self.limits.workers} queries are running already; try again shortly")
        self.busy += 1
        _using(self.store, +1)
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self.pool, work)
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout=self.limits.timeout)
        except TimeoutError:  # the request is answered now; the worker is free when the query ends
            raise _Refused(503, f"the query ran past {self.limits.timeout:g} s and was given up; add a LIMIT or a "
                                "narrower pattern (kg serve --timeout sets the limit)") from None
        except QueryError as e:
            raise _Refused(400, str(e)) from None
        except KGError as e:
            raise _Refused(500, str(e)) from None
        finally:
            future.add_done_callback(lambda _f: self._done())

    def _done(self) -> None:
        self.busy -= 1
        _using(self.store, -1)


    def _write(self, result: QueryResult, fmt: str) -> bytes:
        if result.kind == "ask":
            return _boolean(bool(result.boolean), fmt)
        if result.kind == "select":
            if len(result.rows) > self.limits.max_rows:
                raise _Refused(413, f"the answer has {len(result.rows)} rows, more than this endpoint's "
                                    f"{self.limits.max_rows}; add a LIMIT (kg serve --max-rows sets the limit)")
            return _table(result, fmt)
        graph = result.graph
        if graph is None:
            return b""
        if len(graph) > self.limits.max_rows:
            raise _Refused(413, f"the answer has {len(graph)} triples, more than this endpoint's "
                                f"{self.limits.max_rows}; add a LIMIT (kg serve --max-rows sets the limit)")
        for prefix, ns in _prefixes():
            graph.bind(prefix, ns, replace=True)
        data = graph.serialize(format=fmt)
        return data.encode("utf-8") if isinstance(data, str) else data


def _prefixes() -> Iterable[tuple[str, str]]:
    from kg.vocab import PREFIXES

    return PREFIXES.items()


# The query page: its own scripts and styles only, and requests to this server only
_PAGE_SECURITY = {"Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                                             "connect-src 'self'; img-src 'self' data:; base-uri 'none'; "
                                             "form-action 'none'; frame-ancestors 'none'",
                  "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
_STATIC = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8",
           "explore.js": "text/javascript; charset=utf-8",
           "vis-network.min.js": "text/javascript; charset=utf-8"}


@lru_cache(maxsize=8)
def _asset(name: str) -> bytes:
    """A file of the query page, from the package (``kg/web``); vis-network from pyvis's copy."""
    if name == "vis-network.min.js":
        from kg.export.pyvis import vis_network_js

        return vis_network_js()
    return (resources.files("kg") / "web" / name).read_bytes()


def _examples() -> dict[str, object]:
    """The canned queries as the page's examples, with kg's prefixes (the page shortens IRIs with them)."""
    return {"prefixes": dict(_prefixes()),
            "queries": [{"name": q.name, "description": q.description, "sparql": q.sparql,
                         "params": [{"name": p.name, "kind": p.kind, "required": p.required, "help": p.help}
                                    for p in q.params]}
                        for q in canned_queries().values()]}


_ENTITY_PATH = re.compile(r"/id/((?:person|org|event)/[A-Za-z0-9._~%\-/]+)")


def _explained(store: GraphStore, iri: str) -> list[Explained] | str:
    """What kg.explain says about ``iri``, or why it says nothing."""
    try:
        return explain(store, iri)
    except KGError as e:
        return str(e)


def _entity_page(explained: list[Explained]) -> str:
    """An entity as HTML: its facts, each with its articles and the sentence that mentions it, the mention
    marked. Every string from the store is escaped."""
    e = explained[0]
    rows = []
    for f in e.facts:
        ev = f.source
        sentence = (f"{escape(ev.before)}<mark>{escape(ev.mention)}</mark>{escape(ev.after)}"
                    f"<span class=\"offsets\">{escape(ev.article)} [{ev.begin}:{ev.end}]</span>") if ev else ""
        rows.append(f"<tr><td>{escape(f.prop)}</td><td>{escape(f.value)}</td>"
                    f"<td>{escape(', '.join(f.articles))}</td><td class=\"evidence\">{sentence}</td></tr>")
    return ("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(e.label)} · kg</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body>"
            f"<header><h1>{escape(e.label)}</h1><p><code>{escape(e.iri)}</code> · "
            "<a href=\"/\">query page</a> · as Turtle or JSON-LD by the <code>Accept</code> header</p></header>"
            "<main><table class=\"facts\"><thead><tr><th>property</th><th>value</th><th>articles</th>"
            f"<th>where an article says so</th></tr></thead><tbody>{''.join(rows)}</tbody></table></main>"
            "</body></html>\n")


def _json(network: Network) -> bytes:
    """A network as the JSON the explorer reads (written once per answer: the answer is kept as it is sent)."""
    return json.dumps(network.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _neighbourhood(store: GraphStore, node: str, base: BaseCache) -> bytes | str:
    """The neighbourhood of ``node`` as JSON, or why there is none (no such node, or a name many nodes have)."""
    try:
        return base.answer(("neighbours", node),
                           lambda g: _json(neighbourhood(store, node, namespace=str(KGR), base=g)))
    except ExportError as e:
        return str(e)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _network_params(request: Request) -> tuple[Filters, int]:
    """The explorer's filters and node limit from the query string, each checked."""
    q = request.query_params
    for name in ("since", "until"):
        if q.get(name) and not _DATE.fullmatch(q[name]):
            raise _Refused(400, f"{name} takes a date as YYYY-MM-DD, got {q[name]!r}")
    raw_limit = q.get("limit", str(DEFAULT_LIMIT))
    if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= MAX_LIMIT:
        raise _Refused(400, f"limit takes a number of nodes from 1 to {MAX_LIMIT}, got {raw_limit!r}")
    try:
        filters = Filters(q.get("event") or None, q.get("org") or None, q.get("since") or None, q.get("until") or None,
                          frozenset(q.getlist("role")) or None, series=q.get("series") or None)
    except KGError as e:
        raise _Refused(400, str(e)) from None
    return filters, int(raw_limit)


def create_app(store: GraphStore, limits: Limits | None = None) -> Starlette:
    """The endpoint's ASGI application over ``store`` (run it with uvicorn, as ``kg serve`` does): the
    SPARQL endpoint at ``/sparql`` and a query page at ``/`` (served from the package, offline)."""
    endpoint = _Endpoint(store, limits or Limits())
    explorer = BaseCache(store, endpoint.limits.explorer_ttl)

    async def index(_request: Request) -> Response:
        return Response(_asset("index.html"), media_type="text/html; charset=utf-8", headers=_PAGE_SECURITY)

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in _STATIC:
            return _error(404, f"no file {name!r}; the page's files are {', '.join(sorted(_STATIC))}")
        return Response(_asset(name), media_type=_STATIC[name],
                        headers={**_SECURITY, "Cache-Control": "public, max-age=3600"})

    async def queries(_request: Request) -> Response:
        return JSONResponse(_examples(), headers=_SECURITY)

    async def search(request: Request) -> Response:
        """Entities whose name or alias holds ``q``, each with its page, for the search box."""
        text = request.query_params.get("q", "")[:100]
        try:
            found = await endpoint.call(lambda: search_entities(store, text, 20))
        except _Refused as e:
            return _error(e.status, e.message)
        return JSONResponse([{"iri": f.iri, "label": f.label, "kind": f.kind,
                              "page": "/id/" + f.iri.removeprefix(str(KGR)) if f.iri.startswith(str(KGR)) else None}
                             for f in found], headers=_SECURITY)

    async def entity(request: Request) -> Response:
        """Every IRI kg mints is a page: HTML for a browser, Turtle, N-Triples or JSON-LD for a client."""
        raw = request.scope.get("raw_path", request.url.path.encode()).decode("ascii", "replace").split("?")[0]
        m = _ENTITY_PATH.fullmatch(raw)
        if m is None:
            return _error(404, f"no entity at {raw}; kg's entities are /id/person/…, /id/org/… and /id/event/…")
        iri = f"{KGR}{m.group(1)}"
        fmt = _preferred(request.headers.get("accept", ""), {"text/html": "html", **_GRAPH_TYPES}, "html")
        try:
            if fmt not in (None, "html"):
                body = await endpoint.call(lambda: endpoint._write(about(store, iri), fmt))
                return Response(body, media_type=_CANONICAL[fmt], headers=_SECURITY)
            found = await endpoint.call(lambda: _explained(store, iri))
        except _Refused as e:
            return _error(e.status, e.message)
        if isinstance(found, str):
            return _error(404, found)
        return Response(_entity_page(found), media_type="text/html; charset=utf-8", headers=_PAGE_SECURITY)

    async def explore(_request: Request) -> Response:
        return Response(_asset("explore.html"), media_type="text/html; charset=utf-8", headers=_PAGE_SECURITY)

    async def network(request: Request) -> Response:
        """The who-spoke-where network, laid out, with its facets (the explorer filters it in the page)."""
        try:
            filters, limit = _network_params(request)
            body = await endpoint.call(lambda: explorer.answer(
                ("network", filters, limit),
                lambda base: _json(who_spoke_where(store, filters, limit=limit, namespace=str(KGR), base=base))))
        except _Refused as e:
            return _error(e.status, e.message)
        return Response(body, media_type="application/json", headers=_SECURITY)

    async def neighbours(request: Request) -> Response:
        """A node and everything one step from it (the explorer adds them when a node is expanded)."""
        node = request.query_params.get("node", "").strip()
        if not node:
            return _error(400, "give the node to expand: /neighbours?node=IRI (or a name)")
        try:
            found = await endpoint.call(lambda: _neighbourhood(store, node, explorer))
        except _Refused as e:
            return _error(e.status, e.message)
        if isinstance(found, str):
            return _error(404, found)
        return Response(found, media_type="application/json", headers=_SECURITY)

    return Starlette(routes=[Route("/sparql", endpoint.sparql, methods=["GET", "POST"]), Route("/", index),
                             Route("/explore", explore), Route("/network", network), Route("/neighbours", neighbours),
                             Route("/queries", queries), Route("/search", search), Route("/static/{name}", static),
                             Route("/favicon.ico", lambda _request: Response(status_code=204)),
                             Route("/id/{rest:path}", entity)])


__all__ = ["Limits", "create_app"]
