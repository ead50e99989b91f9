"""The SPARQL 1.1 Protocol store (kg.remote): how it talks to a server, and what it refuses to guess."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from kg.errors import QueryError, StoreError
from kg.remote import SparqlStore, query_form


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

    answer: tuple[str, bytes] = ("application/sparql-results+json", b'{"head": {"vars": []}, "results": {"bindings": []}}')
    seen: list[tuple[str, str, str]] = []

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        self.seen.append((self.headers.get("Content-Type", ""), self.headers.get("Accept", ""), body))
        ctype, data = self.answer
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake() -> Iterator[tuple[str, type[_Recorder]]]:
    handler = type("Handler", (_Recorder,), {"seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", handler
    server.shutdown()
    server.server_close()


def test_accept_follows_the_query_form_and_the_body_is_form_encoded(fake: tuple[str, type[_Recorder]]) -> None:
    url, handler = fake
    store = SparqlStore(url)
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
        SparqlStore(url).query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")


def test_a_table_query_answered_with_a_page_is_an_error(fake: tuple[str, type[_Recorder]]) -> None:
    url, handler = fake
    handler.answer = ("text/html; charset=utf-8", b"<html>not an endpoint</html>")
    with pytest.raises(StoreError, match="answered a SELECT query with text/html.*is the URL a SPARQL endpoint"):
        SparqlStore(url).query("SELECT * WHERE { ?s ?p ?o }")
