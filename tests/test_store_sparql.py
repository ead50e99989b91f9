"""The SPARQL 1.1 Protocol store (kg.store.sparql): how it talks to a server, and what it refuses to guess."""

from __future__ import annotations

import base64
import json
import threading
from dataclasses import replace
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from kg.errors import QueryError, StoreError
from kg.store.sparql import SparqlStore, query_form
from kg.store import QueryResult
from kg.vocab import KGR


@pytest.mark.parametrize(("text", "form"), [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("# who\nPREFIX kgo: <https://w3id.org/industry-ai-kg/ontology#>\nPREFIX s: <https://schema.org/>\n"
     "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("  ask { ?s ?p ?o }", "ASK"),
    ("BASE <https://example.org/>\nDESCRIBE <x>", "DESCRIBE"),
])
def test_the_query_form_is_read_past_comments_and_prologue(text: str, form: str) -> None:
    assert query_form(text) == form


def test_text_that_is_no_query_is_refused() -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        query_form("SELEC ?x WHERE {}")


@pytest.mark.parametrize("direct", [False, True])
def test_queries_and_updates_go_form_encoded_or_direct(oxigraph_server: str, direct: bool) -> None:
    store = SparqlStore(oxigraph_server + "/query", oxigraph_server + "/update", direct=direct)
    store._update("DROP ALL", "a clean server")
    store._update('INSERT DATA { <https://example.org/a> <https://example.org/p> "한글\\n두 줄" }', "a triple")
    assert store.query("ASK { ?s ?p ?o }").boolean is True
    rows = store.query("SELECT ?o WHERE { ?s ?p ?o }").rows
    assert [str(r[0]) for r in rows] == ["한글\n두 줄"]
    graph = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph
    assert graph is not None and len(graph) == 1


class _Recorder(BaseHTTPRequestHandler):
    """A fake endpoint: records each request and answers with the configured type and body."""

    answer: object = ("application/sparql-results+json", b'{"head": {"vars": []}, "results": {"bindings": []}}')
    seen: list[tuple[str, str, str]] = []
    headers_seen: list[dict[str, str]] = []

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        self.seen.append((self.headers.get("Content-Type", ""), self.headers.get("Accept", ""), body))
        self.headers_seen.append(dict(self.headers))
        answer = type(self).answer  # read off the class: a function set there is not bound to the handler
        status, ctype, data = answer(body) if callable(answer) else (200, *answer)  # type: ignore[misc]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake() -> Iterator[tuple[str, type[_Recorder]]]:
    handler = type("Handler", (_Recorder,), {"seen": [], "headers_seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", handler
    server.shutdown()
    server.server_close()


def test_accept_follows_the_query_form_and_the_body_is_form_encoded(fake: tuple[str, type[_Recorder]]) -> None:
    url, handler = fake
    store = SparqlStore(url, merged_graph=None)
    store.query("SELECT * WHERE { ?s ?p ?o }")
    handler.answer = ("application/n-triples", b"<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n")
    assert store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph is not None
    (ctype1, accept1, body1), (_c2, accept2, body2) = handler.seen
    assert ctype1 == "application/x-www-form-urlencoded" and "SELECT" in parse_qs(body1)["query"][0]
    assert accept1 == "application/sparql-results+json" and accept2.startswith("application/n-triples")
    assert "CONSTRUCT" in parse_qs(body2)["query"][0]


def test_a_graph_query_answered_with_a_table_is_an_error_not_an_empty_graph(fake: tuple[str, type[_Recorder]]) -> None:
    url, handler = fake
    handler.answer = ("application/sparql-results+json", b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}')
    with pytest.raises(StoreError, match=r"answered a CONSTRUCT query with application/sparql-results\+json"):
        SparqlStore(url, merged_graph=None).query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")


def test_a_table_query_answered_with_a_page_is_an_error(fake: tuple[str, type[_Recorder]]) -> None:
    url, handler = fake
    handler.answer = ("text/html; charset=utf-8", b"<html>not an endpoint</html>")
    with pytest.raises(StoreError, match="answered a SELECT query with text/html.*is the URL a SPARQL endpoint"):
        SparqlStore(url, merged_graph=None).query("SELECT * WHERE { ?s ?p ?o }")


def _json(variables: list[str], rows: list[dict[str, str]]) -> bytes:
    bindings = [{k: {"type": "literal", "value": v} for k, v in r.items()} for r in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}).encode()


def test_credentials_come_from_the_url_or_the_environment(fake: tuple[str, type[_Recorder]],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    url, handler = fake
    with_user = url.replace("http://", "http://ana:s%40cret@")
    store = SparqlStore.from_url(with_user)
    assert "@" not in store.query_url  # the credentials leave the URL (and every message that names it)
    store.query("SELECT * WHERE { ?s ?p ?o }")
    monkeypatch.setenv("KG_STORE_TOKEN", "t0ken")
    SparqlStore.from_url(url).query("SELECT * WHERE { ?s ?p ?o }")
    basic = "Basic " + base64.b64encode(b"ana:s@cret").decode()
    # each store first asks the server what it is (where the merged graph lives), then queries
    assert [h.get("Authorization") for h in handler.headers_seen] == [basic, basic, "Bearer t0ken", "Bearer t0ken"]


def test_refused_credentials_say_how_to_give_them(fake: tuple[str, type[_Recorder]]) -> None:
    url, handler = fake
    handler.answer = lambda body: (401, "text/plain", b"Unauthorized")
    with pytest.raises(StoreError, match="401.*KG_STORE_USER"):
        SparqlStore(url, merged_graph=None).query("ASK { ?s ?p ?o }")


def test_a_busy_server_is_asked_again_then_given_up_on(fake: tuple[str, type[_Recorder]]) -> None:
    url, handler = fake
    answers = iter([(503, "text/plain", b"busy"), (200, "application/sparql-results+json", b'{"boolean": true}')])
    handler.answer = lambda body: next(answers)
    assert SparqlStore(url, retries=1, merged_graph=None).query("ASK { ?s ?p ?o }").boolean is True
    handler.answer = lambda body: (503, "text/plain", b"busy")
    with pytest.raises(StoreError, match="503"):
        SparqlStore(url, retries=1, merged_graph=None).query("ASK { ?s ?p ?o }")
    assert len(handler.seen) == 4


def test_an_unreachable_server_is_a_clear_error() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: nothing listens there
    with pytest.raises(StoreError, match=r"cannot reach the SPARQL server at http://127.0.0.1:\d+/query.*tried 2 times"):
        SparqlStore(f"http://127.0.0.1:{port}/query", retries=1, timeout=2, merged_graph=None).query("ASK { ?s ?p ?o }")


def test_dumps_read_in_pages_give_the_same_quads(oxigraph_server: str) -> None:
    whole = SparqlStore.from_url(oxigraph_server)
    whole._update("DROP ALL", "a clean server")
    for n in range(4):
        whole._update(f'INSERT DATA {{ GRAPH <{KGR}graph/g{n}> {{ <https://example.org/a> <https://example.org/p> "{n}\\n" }} '
                      f'<https://example.org/a> <https://example.org/p> "{n}\\n" }}', "a triple")
    paged = SparqlStore.from_url(oxigraph_server)
    paged.page = 3
    full = paged.query  # the server gives everything at once; pretend it capped the unpaged answer at 3 rows

    def capped(sparql: str, **kw: object) -> QueryResult:
        result = full(sparql, **kw)  # type: ignore[arg-type]
        return replace(result, rows=result.rows[:3]) if "COUNT" not in sparql else result

    paged.query = capped  # type: ignore[method-assign]
    assert paged.nquads() == whole.nquads() and whole.nquads().count(b"\n") == 8
    assert len(paged.merged()) == len(whole.merged()) == 4


def test_a_server_that_caps_its_answers_is_an_error_not_a_short_dump(fake: tuple[str, type[_Recorder]]) -> None:
    url, handler = fake

    def capped(body: str) -> tuple[int, str, bytes]:
        query = parse_qs(body)["query"][0]
        if "COUNT(*)" in query:
            return 200, "application/sparql-results+json", _json(["n"], [{"n": "10"}])
        if "OFFSET" not in query or "OFFSET 0" in query:  # the server's cap: two rows, whatever was asked
            return 200, "application/sparql-results+json", _json(["s", "p", "o"], [{"s": "a", "p": "b", "o": "c"}] * 2)
        return 200, "application/sparql-results+json", _json(["s", "p", "o"], [])

    handler.answer = capped
    with pytest.raises(StoreError, match="gave 2 of 10 rows.*ResultSetMaxRows"):
        SparqlStore(url, page=5, merged_graph=None).merged()


def test_query_and_update_endpoints_apart(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from kg.store import open_store

    monkeypatch.delenv("KG_STORE_QUERY_URL", raising=False)
    monkeypatch.delenv("KG_STORE_UPDATE_URL", raising=False)
    bare = SparqlStore.from_url("http://h:7878")  # a bare host is Oxigraph's server
    assert (bare.query_url, bare.update_url) == ("http://h:7878/query", "http://h:7878/update")
    one = SparqlStore.from_url("http://h:8890/sparql")  # a path: one endpoint for both
    assert (one.query_url, one.update_url) == ("http://h:8890/sparql", "http://h:8890/sparql")
    apart = SparqlStore.from_url("http://h/ds", query_url="http://h/ds/sparql", update_url="http://h/ds/update")
    assert (apart.query_url, apart.update_url) == ("http://h/ds/sparql", "http://h/ds/update")
    monkeypatch.setenv("KG_STORE_UPDATE_URL", "http://h/ds/update")
    env = SparqlStore.from_url("http://h/ds/query")
    assert (env.query_url, env.update_url) == ("http://h/ds/query", "http://h/ds/update")
    alone = open_store(None, query_url="http://h/ds/sparql", update_url="http://h/ds/write")
    assert isinstance(alone, SparqlStore) and (alone.query_url, alone.update_url) == ("http://h/ds/sparql",
                                                                                      "http://h/ds/write")
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path / "s", update_url="http://h/ds/update")


def test_new_articles_go_up_by_the_graph_store_protocol_and_end_where_updates_put_them(
        oxigraph_server: str, tmp_path: Path) -> None:
    """The seed ingested through Oxigraph's /store (PUT the article graph, POST its share of the merged
    graph) gives the same article graph and merged graph as the embedded store; ingesting it again (an
    article already stored) goes by update and changes nothing."""
    from rdflib.compare import isomorphic

    from kg.build import ingest
    from kg.store import OxigraphStore

    seed = Path(__file__).resolve().parent.parent / "data" / "seed"
    uploads: list[str] = []
    store = SparqlStore.from_url(oxigraph_server, graph_store_url=oxigraph_server + "/store")
    store._update("DROP ALL", "a clean server")
    upload = store._upload
    store._upload = lambda method, graph, text, what: (uploads.append(method), upload(method, graph, text, what))[1]  # type: ignore[method-assign]
    ingest([seed], store)
    assert uploads[:2] == ["PUT", "POST"]  # the article's graph, then its share of the merged graph
    with OxigraphStore(tmp_path / "embedded") as embedded:
        ingest([seed], embedded)
        assert isomorphic(store.merged(), embedded.merged())
        [article] = embedded.article_ids()
        assert store.article_ids() == [article]
        before = store.nquads()
        uploads.clear()
        ingest([seed], store)
        assert uploads == [] and store.nquads() == before  # stored already: one update, the same quads


def test_a_refused_upload_names_the_article(fake: tuple[str, type[_Recorder]]) -> None:
    url, _recorder = fake
    store = SparqlStore(url + "/query", url + "/update", graph_store_url=url + "/missing", merged_graph=None,
                        retries=0)
    store.query = lambda *a, **k: QueryResult("ask", (), [], None, False)  # type: ignore[method-assign,assignment]
    from kg.ntriples import NTriples

    with pytest.raises(StoreError, match="storing article 'a1' failed"):
        store.add_articles({"a1": NTriples('<https://example.org/a> <https://example.org/p> "x" .\n', 1)})


def test_virtuoso_graph_store_upload_answers_its_digest_challenge(virtuoso_server: str, tmp_path: Path) -> None:
    """Virtuoso's Graph Store Protocol endpoint (/sparql-graph-crud-auth) asks for HTTP digest: the store
    answers the challenge with the user's credentials, uploads the seed, and gives the same merged graph as
    the embedded store; a wrong password is a clear error."""
    from rdflib.compare import isomorphic

    from kg.build import ingest
    from kg.store import OxigraphStore

    seed = Path(__file__).resolve().parent.parent / "data" / "seed"
    base = virtuoso_server.rsplit("/", 1)[0].replace("http://", "http://dba:dba@")
    store = SparqlStore.from_url(base + "/sparql", graph_store_url=base + "/sparql-graph-crud-auth")
    for (g,) in store.query(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{KGR}")) }}').rows:
        store._update(f"DROP SILENT GRAPH <{g}>", "a clean server")
    uploads: list[str] = []
    upload = store._upload
    store._upload = lambda method, graph, text, what: (uploads.append(method), upload(method, graph, text, what))[1]  # type: ignore[method-assign]
    ingest([seed], store)
    assert uploads[:2] == ["PUT", "POST"] and store._digest is not None
    with OxigraphStore(tmp_path / "embedded") as embedded:
        ingest([seed], embedded)
        assert isomorphic(store.merged(), embedded.merged())
    wrong = SparqlStore.from_url(base.replace("dba:dba@", "dba:nope@") + "/sparql",
                                 graph_store_url=base + "/sparql-graph-crud-auth")
    with pytest.raises(StoreError, match="401"):
        wrong._upload("PUT", KGR + "graph/test", '<https://example.org/a> <https://example.org/p> "x" .\n', "a test")
