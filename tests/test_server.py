"""kg serve's SPARQL endpoint (kg.server): protocol, result formats read back by rdflib and pyoxigraph,
read-only refusals, limits, and real clients (rdflib's SPARQLStore, curl) over a real socket."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import uvicorn
from rdflib import Graph, Literal
from rdflib.query import Result
from starlette.testclient import TestClient

from kg.build import ingest
from kg.server import Limits, create_app
from kg.store import OxigraphStore
from tests.conftest import free_port

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"
PEOPLE = "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n"


@pytest.fixture(scope="module")
def client(seed_store: OxigraphStore) -> TestClient:
    return TestClient(create_app(seed_store, Limits(timeout=5, max_rows=1000)))


def _names(client: TestClient) -> set[str]:
    body = client.get("/sparql", params={"query": PEOPLE}).json()
    return {b["n"]["value"] for b in body["results"]["bindings"]}


def test_get_answers_sparql_results_json_by_default(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": PEOPLE})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")
    assert r.headers["access-control-allow-origin"] == "*"  # CORS on GET
    assert "content-security-policy" in r.headers
    parsed = list(ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON))
    assert len(parsed) == len(r.json()["results"]["bindings"]) > 10
    assert "구자균" in _names(client)


@pytest.mark.parametrize(("accept", "fmt"), [
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
])
def test_each_result_format_reads_back(client: TestClient, accept: str, fmt: ox.QueryResultsFormat) -> None:
    r = client.get("/sparql", params={"query": PEOPLE}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    if fmt == ox.QueryResultsFormat.CSV:  # CSV is lossy (no term types): pyoxigraph will not read it; csv does
        import csv

        rows_csv = list(csv.reader(io.StringIO(r.content.decode("utf-8"), newline="")))
        assert rows_csv[0] == ["n"] and {row[0] for row in rows_csv[1:]} == _names(client)
        rows: list = rows_csv[1:]
    else:
        rows = list(ox.parse_query_results(r.content, format=fmt))
        assert {str(row["n"].value) for row in rows} == _names(client)
    if accept == "text/csv":
        assert r.content.startswith(b"n\r\n")  # W3C CSV: CRLF, plain variable names
    if accept == "text/tab-separated-values":
        # W3C TSV: ?var, terms in N-Triples form (the names with their language tags)
        assert r.content.startswith(b"?n\n") and all(line.endswith(b'"@ko') for line in r.content.splitlines()[1:])
    if accept.endswith("xml"):
        assert len(Result.parse(io.BytesIO(r.content), format="xml").bindings) == len(rows)


def test_tsv_escapes_tabs_and_newlines_in_literals(seed_store: OxigraphStore) -> None:
    client = TestClient(create_app(seed_store))
    r = client.get("/sparql", params={"query": 'SELECT ?x WHERE { BIND ("a\\tb\\nc" AS ?x) }'},
                   headers={"Accept": "text/tab-separated-values"})
    assert r.content == b'?x\n"a\\tb\\nc"\n'
    [row] = list(ox.parse_query_results(r.content, format=ox.QueryResultsFormat.TSV))
    assert row["x"].value == "a\tb\nc"


@pytest.mark.parametrize(("accept", "rdflib_format"), [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")])
def test_construct_comes_as_a_graph_in_each_format(client: TestClient, accept: str, rdflib_format: str) -> None:
    query = "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"
    r = client.post("/sparql", data={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    g = Graph().parse(data=r.content, format=rdflib_format)
    people = client.get("/sparql", params={"query": "SELECT ?p ?n WHERE { ?p a schema:Person ; schema:name ?n }"})
    assert Literal("구자균", lang="ko") in set(g.objects()) and len(g) == len(people.json()["results"]["bindings"]) >= 10


def test_ask_and_posting_the_query_as_the_body(client: TestClient) -> None:
    r = client.post("/sparql", content="ASK { ?p a schema:Person }".encode(),
                    headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 200 and r.json()["boolean"] is True
    r = client.get("/sparql", params={"query": "ASK { ?p a schema:Person }"}, headers={"Accept": "text/csv"})
    assert r.status_code == 406  # ASK has no CSV form


def test_the_article_graphs_are_named_graphs(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) >= 1


@pytest.mark.parametrize(("method", "kwargs"), [
    ("get", {"params": {"update": "DROP ALL"}}),
    ("post", {"data": {"update": "DROP ALL"}}),
    ("post", {"content": b"DROP ALL", "headers": {"Content-Type": "application/sparql-update"}}),
    ("post", {"data": {"update": "LOAD <http://example.org/x>"}}),
])
def test_updates_are_forbidden_and_change_nothing(client: TestClient, method: str, kwargs: dict) -> None:
    before = _names(client)
    r = getattr(client, method)("/sparql", **kwargs)
    assert r.status_code == 403 and "read-only" in r.text
    assert _names(client) == before


@pytest.mark.parametrize(("query", "status", "message"), [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 400, "SERVICE is refused"),
    ("SELEC ?x", 400, "invalid SPARQL"),
    ('SELECT ?x WHERE { BIND ("SERVICE is a word" AS ?x) }', 200, ""),  # inside a string it is no keyword
])
def test_service_and_bad_queries_are_refused_with_a_reason(client: TestClient, query: str, status: int, message: str) -> None:
    r = client.get("/sparql", params={"query": query})
    assert r.status_code == status and message in r.text


def test_dataset_parameters_and_missing_queries_are_explained(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": PEOPLE, "default-graph-uri": "http://example.org/g"})
    assert r.status_code == 400 and "the dataset is the store" in r.text
    assert client.get("/sparql").status_code == 400
    r = client.post("/sparql", content=b"x", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_row_limit_and_time_limit_are_clear_errors(seed_store: OxigraphStore) -> None:
    few = TestClient(create_app(seed_store, Limits(max_rows=5)))
    r = few.get("/sparql", params={"query": PEOPLE})
    assert r.status_code == 413 and "add a LIMIT" in r.text
    assert few.get("/sparql", params={"query": PEOPLE + " LIMIT 5"}).status_code == 200
    hasty = TestClient(create_app(seed_store, Limits(timeout=0.001)))
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
    started = time.monotonic()
    r = hasty.get("/sparql", params={"query": slow})
    assert r.status_code == 503 and "ran past" in r.text
    assert time.monotonic() - started < 5  # answered at once, not when the query ends


@pytest.fixture(scope="module")
def served(seed_store: OxigraphStore) -> Iterator[str]:
    """The endpoint on a real socket, as kg serve runs it."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(seed_store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the endpoint did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/sparql"
    server.should_exit = True
    thread.join(timeout=10)


def test_rdflib_sparqlstore_queries_the_endpoint(served: str, client: TestClient) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    remote = Graph(store=SPARQLStore(served, returnFormat="json"))
    names = {str(row[0]) for row in remote.query(PEOPLE.replace("schema:", "<https://schema.org/>")
                                                 .replace("<https://schema.org/>Person", "<https://schema.org/Person>")
                                                 .replace("<https://schema.org/>name", "<https://schema.org/name>"))}
    assert names == _names(client)


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_gets_csv(served: str) -> None:
    out = subprocess.run(["curl", "-s", "-H", "Accept: text/csv", "--data-urlencode",
                          "query=SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } LIMIT 3", served],
                         capture_output=True, timeout=30, check=True).stdout
    assert out.startswith(b"n\r\n") and out.count(b"\r\n") == 4
    answer = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--data-urlencode",
                             "update=DROP ALL", served], capture_output=True, timeout=30, check=True).stdout
    assert answer == b"403"


def test_json_results_are_json(client: TestClient) -> None:
    assert json.loads(client.get("/sparql", params={"query": "ASK {}"}).content) == {"head": {}, "boolean": True}


# ---------------------------------------------------------------- the query page


def test_the_query_page_is_served_from_the_package_with_a_strict_policy(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "connect-src 'self'" in policy and "default-src 'none'" in policy
    html = page.text
    assert '<script src="/static/app.js">' in html and '<script src="/static/vis-network.min.js">' in html
    assert "<script>" not in html  # no inline script: the policy would block it
    for name, kind in (("app.js", "javascript"), ("app.css", "css"), ("vis-network.min.js", "javascript")):
        asset = client.get(f"/static/{name}")
        assert asset.status_code == 200 and kind in asset.headers["content-type"] and len(asset.content) > 1000
    missing = client.get("/static/../server.py")
    assert missing.status_code == 404
    other = client.get("/static/secret.txt")
    assert other.status_code == 404 and "app.js" in other.text


def test_the_examples_are_the_canned_queries_and_run_as_they_are(client: TestClient) -> None:
    from kg.query import canned_queries

    data = client.get("/queries").json()
    assert [q["name"] for q in data["queries"]] == list(canned_queries())
    assert data["prefixes"]["schema"] == "https://schema.org/"
    example = next(q for q in data["queries"] if q["name"] == "who-spoke-where")
    rows = client.post("/sparql", data={"query": example["sparql"]},
                       headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]
    assert rows and all("personName" in r for r in rows)


def test_the_page_has_no_write_route(client: TestClient) -> None:
    assert client.post("/", data={"query": "x"}).status_code == 405
    assert client.post("/queries").status_code == 405


@contextlib.contextmanager
def _offline_page(origin: str, **page_options: Any) -> Iterator[tuple[Any, dict[str, list[str]]]]:
    """A page in Debian's Chromium that may reach ``origin`` only: every other request is refused and
    recorded, with script errors and dialogs (skips when Chromium or Playwright is missing)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    seen: dict[str, list[str]] = {"errors": [], "outside": [], "dialogs": []}
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(**page_options)
        page.on("pageerror", lambda e: seen["errors"].append(str(e)))
        page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))

        def route(r: object) -> None:
            url = r.request.url  # type: ignore[attr-defined]
            if url.startswith(origin):
                r.continue_()  # type: ignore[attr-defined]
            else:
                seen["outside"].append(url)
                r.abort()  # type: ignore[attr-defined]

        page.route("**/*", route)
        yield page, seen
        browser.close()


def test_a_browser_searches_runs_and_draws_offline(served: str) -> None:
    """Chromium with every request outside the server refused: pick an example, run it, see rows and a
    graph; a value holding markup shows as text and runs nothing."""
    origin = served.removesuffix("/sparql")
    with _offline_page(origin) as (page, seen):
        page.goto(origin + "/")
        page.wait_for_selector("#examples option[value='who-spoke-where']", state="attached")
        page.select_option("#examples", "who-spoke-where")
        assert "SELECT" in page.input_value("#query")
        assert page.locator("#highlight .tok-kw").count() > 3  # the editor highlights the query
        page.click("#run")
        page.wait_for_selector("#table-view tbody tr")
        table = page.text_content("#table-view") or ""
        assert "김무상" in table and "rows in" in (page.text_content("#status") or "")
        page.click("#tab-graph")
        page.wait_for_selector("#graph-view[data-nodes] canvas")
        assert int(page.get_attribute("#graph-view", "data-nodes") or 0) > 5
        page.click("#tab-table")
        page.fill("#query", 'SELECT ?x WHERE { BIND("<img src=x onerror=alert(1)>" AS ?x) }')
        page.click("#run")
        page.wait_for_selector("#table-view th:text-is('x')")  # the new answer, not the table before it
        assert page.text_content("#table-view td") == "<img src=x onerror=alert(1)>"
        assert page.locator("#table-view img").count() == 0
        page.fill("#query", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
        page.click("#run")
        page.wait_for_selector("#status.error")
        assert "400" in (page.text_content("#status") or "")
        # search a Korean name as you type, open the person: the sentence that names them, the mention marked
        page.fill("#search", "김무")
        page.wait_for_selector("#found a:text-is('김무상')")
        page.click("#found a:text-is('김무상')")
        page.wait_for_selector("td.evidence mark:text-is('김무상')")
        assert "speaker" in (page.text_content("table.facts") or "")
        page.goto(origin + "/")
        page.wait_for_selector("#examples option[value='who-spoke-where']", state="attached")
        # from a person in the table to the sentence that names them, the mention marked
        page.select_option("#examples", "who-spoke-where")
        page.click("#run")
        page.wait_for_selector("#table-view td.iri a")
        page.click("#table-view td.iri a >> nth=0")
        page.wait_for_selector("td.evidence mark")
        assert page.text_content("h1") and page.locator("td.evidence mark").count() > 0
    assert seen == {"errors": [], "outside": [], "dialogs": []}


# ---------------------------------------------------------------- every IRI is a page


def _person_iri(client: TestClient, name: str) -> str:
    rows = client.get("/sparql", params={"query": f'SELECT ?p WHERE {{ ?p a schema:Person ; schema:name "{name}"@ko }}'})
    return rows.json()["results"]["bindings"][0]["p"]["value"]


def test_an_entity_page_shows_each_fact_with_the_sentence_and_the_mention_marked(client: TestClient,
                                                                                 seed_store: OxigraphStore) -> None:
    from kg.vocab import KGR

    iri = _person_iri(client, "김무상")
    page = client.get("/id/" + iri.removeprefix(str(KGR)), headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "<h1>김무상</h1>" in page.text and "<mark>김무상</mark>" in page.text and "포스코홀딩스" in page.text
    # the offsets the page gives slice the name out of the article's text
    article, begin, end = re.search(r">([^<>\s]+) \[(\d+):(\d+)\]</span>", page.text).groups()  # type: ignore[union-attr]
    text = seed_store.query(f'SELECT ?t WHERE {{ GRAPH ?g {{ ?a schema:identifier "{article}" ; nif:isString ?t }} }}').rows[0][0]
    assert str(text)[int(begin):int(end)] == "김무상"


@pytest.mark.parametrize(("accept", "rdflib_format"), [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                                       ("application/n-triples", "nt")])
def test_an_entity_iri_gives_a_client_its_triples(client: TestClient, accept: str, rdflib_format: str) -> None:
    from rdflib import URIRef

    from kg.vocab import KGR

    iri = _person_iri(client, "김무상")
    answer = client.get("/id/" + iri.removeprefix(str(KGR)), headers={"Accept": accept})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(accept)
    g = Graph().parse(data=answer.content, format=rdflib_format)
    assert (URIRef(iri), URIRef("https://schema.org/name"), Literal("김무상", lang="ko")) in g


def test_unknown_and_malformed_entity_paths_are_404(client: TestClient) -> None:
    assert client.get("/id/person/0000000000").status_code == 404
    assert "says nothing" in client.get("/id/person/0000000000").text
    assert client.get("/id/article/x").status_code == 404
    assert client.get("/id/person/a%3E%20%3Cb").status_code == 404  # no IRI break-out into the query


def test_article_text_on_an_entity_page_is_text(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("<script>alert(2)</script> 박민수 카카오 이사가 24일 포럼에서 발표했다.",
                                          encoding="utf-8")
    with OxigraphStore(tmp_path / "s") as s:
        ingest([tmp_path / "a"], s)
        c = TestClient(create_app(s))
        from kg.vocab import KGR

        page = c.get("/id/" + _person_iri(c, "박민수").removeprefix(str(KGR)))
    assert "<script>" not in page.text and "&lt;script&gt;alert(2)&lt;/script&gt;" in page.text


def test_search_gives_entities_with_their_pages(client: TestClient) -> None:
    found = client.get("/search", params={"q": "김무"}).json()
    assert [(f["label"], f["kind"]) for f in found] == [("김무상", "person")]
    assert client.get(found[0]["page"]).status_code == 200
    assert client.get("/search", params={"q": ""}).json() == []


# ---------------------------------------------------------------- the explorer


def test_the_network_comes_laid_out_with_its_facets(client: TestClient) -> None:
    body = client.get("/network").json()
    people = {n["label"] for n in body["nodes"] if n["type"] == "Person"}
    assert "김무상" in people and body["total"] == len(body["nodes"]) and body["truncated"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in body["nodes"])
    assert [s["label"] for s in body["series"]] == ["코리아 인더스트리얼 AI 공동포럼"]
    assert body["series"][0]["editions"][0]["date"] == "2025-11-24"
    keynotes = client.get("/network", params={"role": "keynote"}).json()
    assert {e["role"] for e in keynotes["edges"] if e["relation"] == "role"} == {"keynote"}
    few = client.get("/network", params={"limit": "3"}).json()
    assert (len(few["nodes"]), few["truncated"]) == (3, True)


@pytest.mark.parametrize(("params", "message"), [
    ({"since": "2025"}, "since takes a date as YYYY-MM-DD"),
    ({"limit": "0"}, "limit takes a number of nodes"),
    ({"limit": "lots"}, "limit takes a number of nodes"),
    ({"role": "juggler"}, "unknown role juggler"),
])
def test_bad_explorer_parameters_are_explained(client: TestClient, params: dict, message: str) -> None:
    res = client.get("/network", params=params)
    assert res.status_code == 400 and message in res.text


def test_a_neighbourhood_by_name_or_iri(client: TestClient) -> None:
    around = client.get("/neighbours", params={"node": "김무상"}).json()
    assert "김무상" in {n["label"] for n in around["nodes"]} and len(around["nodes"]) > 2
    iri = _person_iri(client, "김무상")
    assert client.get("/neighbours", params={"node": iri}).json()["nodes"] == around["nodes"]
    assert client.get("/neighbours", params={"node": "아무도아닌사람"}).status_code == 404
    assert client.get("/neighbours").status_code == 400


def test_the_explorer_page_is_served_with_the_strict_policy(client: TestClient) -> None:
    res = client.get("/explore")
    assert res.status_code == 200 and "script-src 'self'" in res.headers["content-security-policy"]
    assert '<script src="/static/explore.js">' in res.text and "<script>" not in res.text
    assert client.get("/static/explore.js").status_code == 200


def test_a_browser_explores_who_spoke_where_offline(served: str) -> None:
    """Chromium with every request outside the server refused: the laid-out network draws; a role filter
    narrows it in the page; a Korean name found as you type opens its details with the talk; Expand adds
    its neighbours; a series shows its editions on the timeline; the details link opens the person's page."""
    origin = served.removesuffix("/sparql")
    with _offline_page(origin, viewport={"width": 1280, "height": 800}) as (page, seen):
        page.goto(origin + "/explore")
        page.wait_for_selector("body[data-kg-shown] #net canvas")
        shown = int(page.get_attribute("body", "data-kg-shown") or 0)
        assert shown > 10 and "nodes" in (page.text_content("#status") or "")
        page.check("#f-roles input[value='keynote']")
        page.wait_for_selector(f"body:not([data-kg-shown='{shown}'])")  # (the page's policy allows no eval)
        assert 0 < int(page.get_attribute("body", "data-kg-shown") or 0) < shown
        page.click("#reset")
        page.wait_for_selector(f"body[data-kg-shown='{shown}']")
        page.fill("#search", "김무")
        page.wait_for_selector("#found button.found")
        page.click("#found button.found >> nth=0")
        page.wait_for_selector("#details h2:text-is('김무상')")
        assert "speaker" in (page.text_content("#details") or "")
        page.click("#expand")
        page.wait_for_selector("#status:has-text('added around')")
        page.select_option("#f-series", index=1)
        page.wait_for_selector("#timeline:not([hidden]) .edition")
        assert "2025-11-24" in (page.text_content("#timeline") or "")
        page.click("#timeline .edition")
        assert page.input_value("#f-event") != ""  # an edition on the timeline selects its event
        page.click("#found button.found >> nth=0")
        page.click("#details a")
        page.wait_for_selector("td.evidence mark:text-is('김무상')")
    assert seen == {"errors": [], "outside": [], "dialogs": []}


def test_an_idle_endpoint_lets_an_ingest_open_the_store(tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parent.parent / "data" / "seed"
    store = OxigraphStore(tmp_path / "s")
    ingest([seed], store)
    client = TestClient(create_app(store, Limits(timeout=5)))

    def graphs() -> int:
        answer = client.get("/sparql", params={"query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
                            headers={"Accept": "application/sparql-results+json"}).json()
        return int(answer["results"]["bindings"][0]["n"]["value"])

    before = graphs()
    with OxigraphStore(tmp_path / "s") as writer:  # between requests the store is free, as for kg ingest
        writer.remove_article(writer.article_ids()[0])
    assert graphs() == before - 1  # opened again on the next request, it sees the change


def test_endpoints_sharing_a_store_release_it_only_when_all_are_idle(seed_store: OxigraphStore) -> None:
    # two endpoints on one store, each answered on its own thread (as the TestClient and a served endpoint are): the
    # last query to end releases the store, never one that a query on the other endpoint has just counted itself in
    apps = [TestClient(create_app(seed_store, Limits(timeout=30, max_rows=1000, workers=2))) for _ in range(2)]
    statuses: list[int] = []
    lock = threading.Lock()

    def ask(app: TestClient) -> None:
        for _ in range(40):
            code = app.get("/sparql", params={"query": PEOPLE + " LIMIT 3"}).status_code
            with lock:
                statuses.append(code)

    threads = [threading.Thread(target=ask, args=(apps[n % 2],)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(statuses) == 160 and set(statuses) <= {200, 503}  # (503: both workers of one endpoint busy)
    assert statuses.count(200) >= 80
