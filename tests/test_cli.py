"""The CLI, run in-process: every command, its help, exit codes and error messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"
runner = CliRunner()


def kg(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    code, out, err = kg("ingest", SEED, "--store", path)
    assert code == 0, out
    assert "stored 1 articles: 1 events, 15 people, 15 organizations" in out + err
    return path


COMMANDS = ["ingest", "extract", "eval", "query", "queries", "export", "view", "validate", "stats", "remove",
            "explain", "duplicates", "curate apply"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    code, out, _ = kg(*command.split(), "--help")
    assert code == 0 and "Example: kg " + command in out


def test_help_lists_every_command() -> None:
    code, out, _ = kg("--help")
    assert code == 0 and all(c.split()[0] in out for c in COMMANDS)


def test_extract_json_lines() -> None:
    code, out, _ = kg("extract", SEED, "--format", "json")
    assert code == 0
    [line] = out.splitlines()
    record = json.loads(line)
    assert record["article"]["id"] == "00_seed_koita_industrial_ai_forum_2025"
    assert len(record["people"]) == 15


def test_query_canned_and_text(store: Path) -> None:
    code, out, _ = kg("query", "--name", "who-spoke-where", "--format", "csv", "--store", store)
    assert code == 0 and "김무상,포스코홀딩스,부장,speaker" in out
    code, out, _ = kg("query", "--name", "people-of-org", "--param", "org=산기협", "--format", "tsv", "--store", store)
    assert code == 0 and len(out.strip().splitlines()) == 4
    code, out, _ = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?p a schema:Person }", "--format", "json",
                      "--store", store)
    assert json.loads(out)["results"]["bindings"][0]["n"]["value"] == "15"


def test_query_errors(store: Path, tmp_path: Path) -> None:
    code, _, err = kg("query", "--name", "nope", "--store", store)
    assert code == 1 and "available:" in err
    code, _, err = kg("query", "SELEC nothing", "--store", store)
    assert code == 1 and "invalid SPARQL" in err
    code, _, err = kg("query", "--file", tmp_path / "missing.rq", "--store", store)
    assert code == 1 and "cannot read query file" in err
    code, _, _ = kg("query", "--store", store)
    assert code == 2


def test_queries_lists_the_canned_ones() -> None:
    code, out, _ = kg("queries")
    assert code == 0 and all(n in out for n in ("who-spoke-where", "events", "people-of-org", "co-speakers"))


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "trig", "nquads", "jsonld", "graphml", "gexf", "nodelink",
                                 "cytoscape"])
def test_export(store: Path, tmp_path: Path, fmt: str) -> None:
    out_file = tmp_path / f"g.{fmt}"
    code, out, err = kg("export", "--format", fmt, "--out", out_file, "--store", store)
    assert code == 0 and out_file.stat().st_size > 1000 and "wrote" in out + err
    if fmt == "turtle":  # the merged graph: facts, without the articles' texts and mentions
        g = Graph().parse(out_file, format="turtle")
        assert len(g) > 500 and not any("#char=" in str(s) for s in g.subjects())
    if fmt == "nquads":  # every article graph: its mentions with it
        assert b"#char=" in out_file.read_bytes()


def test_export_to_an_unwritable_place(store: Path, tmp_path: Path) -> None:
    code, _, err = kg("export", "--format", "turtle", "--out", tmp_path / "no" / "dir" / "g.ttl", "--store", store)
    assert code == 1 and "cannot write" in err


def test_view_validate_stats_remove(store: Path, tmp_path: Path) -> None:
    code, out, _ = kg("view", "who-spoke-where", "--out", tmp_path / "v.html", "--store", store)
    assert code == 0 and (tmp_path / "v.html").exists()
    code, out, _ = kg("validate", "--store", store)
    assert code == 0 and "conforms" in out
    code, out, _ = kg("stats", "--store", store)
    assert code == 0 and "people" in out and "15" in out
    code, _, err = kg("remove", "no-such-article", "--store", store)
    assert code == 1 and "00_seed_koita_industrial_ai_forum_2025" in err
    code, out, _ = kg("remove", "00_seed_koita_industrial_ai_forum_2025", "--store", store)
    assert code == 0
    code, out, _ = kg("query", "SELECT ?p WHERE { ?p a schema:Person }", "--format", "csv", "--store", store)
    assert out.strip() == "p"


def test_validate_fails_on_a_bad_graph(store: Path) -> None:
    import pyoxigraph as ox

    s = ox.Store(str(store))
    s.update('INSERT DATA { <https://example.org/x> a <https://schema.org/Person> }')
    del s
    code, out, err = kg("validate", "--store", store)
    assert code == 1 and "does not conform" in err and "https://example.org/x" in out


def test_ingest_reports_bad_files_and_stores_the_rest(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)))
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    code, out, err = kg("ingest", tmp_path, SEED, tmp_path / "x.pdf", "--store", tmp_path / "s")
    assert code == 1
    assert "stored 1 articles" in out + err and "4 files failed" in out + err
    for name in ("empty.txt", "bin.txt", "broken.json", "x.pdf"):
        assert name in err
    code, out, _ = kg("query", "SELECT ?id WHERE { ?a schema:identifier ?id }", "--format", "csv",
                      "--store", tmp_path / "s")
    assert out.split() == ["id", "00_seed_koita_industrial_ai_forum_2025"]


def test_store_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    code, _, _ = kg("ingest", SEED)
    assert code == 0 and (tmp_path / "env-store").is_dir()


def test_store_can_be_a_sparql_server(oxigraph_server: str) -> None:
    from kg.store.sparql import SparqlStore

    SparqlStore.from_url(oxigraph_server)._update("DROP ALL", "a clean server")
    code, out, err = kg("ingest", SEED, "--store", oxigraph_server)
    assert code == 0 and "15 people" in out + err
    code, out, _ = kg("query", "--name", "people-of-org", "--param", "org=산기협", "--format", "csv",
                      "--store", oxigraph_server)
    assert code == 0 and len(out.strip().splitlines()) == 4
    code, out, _ = kg("validate", "--store", oxigraph_server)
    assert code == 0


def test_unreachable_server_is_explained() -> None:
    code, _, err = kg("stats", "--store", "http://127.0.0.1:9")
    assert code == 1 and "cannot reach the SPARQL server" in err


def test_explain_duplicates_curate(store: Path, tmp_path: Path) -> None:
    code, out, _ = kg("explain", "산기협", "--store", store)
    assert code == 0 and "한국산업기술진흥협회" in out and "schema:alternateName: 산기협" in out
    code, _, err = kg("explain", "없는이름", "--store", store)
    assert code == 1 and "no person, organization or event is named" in err
    code, out, _ = kg("duplicates", "--store", store)
    assert code == 0 and "candidate pairs" in out
    cur = tmp_path / "c.tsv"
    cur.write_text("person\tmerge\t김기수@포스코홀딩스\t김기수@딥아이\n", encoding="utf-8")
    code, out, _ = kg("curate", "apply", "--curation", cur, "--store", store)
    assert code == 0 and "1 curation lines" in out and "kept apart" in out
    # the seed names two 김기수 in one caption: the curation merge is refused, and recorded
    code, out, _ = kg("query", "SELECT ?rule WHERE { ?d kgo:merged false ; kgo:rule ?rule }", "--format", "csv",
                      "--store", store)
    assert "c.tsv:1" in out
    cur.write_text("person\tmerge\t김기수\n", encoding="utf-8")
    code, _, err = kg("curate", "apply", "--curation", cur, "--store", store)
    assert code == 1 and "c.tsv:1" in err


def test_views_with_filters_and_ego(store: Path, tmp_path: Path) -> None:
    code, out, _ = kg("view", "ego", "김무상", "--hops", "2", "--out", tmp_path / "e.html", "--store", store)
    assert code == 0 and (tmp_path / "e.html").stat().st_size > 10_000
    code, _, err = kg("view", "ego", "--out", tmp_path / "e.html", "--store", store)
    assert code == 2 and "needs a person" in err
    code, out, err = kg("view", "who-spoke-where", "--role", "moderator", "--out", tmp_path / "m.html",
                      "--store", store)
    assert code == 0 and "wrote" in out + err
    code, _, err = kg("view", "person-network", "--since", "25-11-2025", "--out", tmp_path / "p.html",
                      "--store", store)
    assert code == 1 and "YYYY-MM-DD" in err
    code, _, err = kg("view", "org-network", "--role", "singer", "--out", tmp_path / "o.html", "--store", store)
    assert code == 1 and "unknown role singer" in err


def test_export_neo4j_and_graph_views(store: Path, tmp_path: Path) -> None:
    code, out, err = kg("export", "--format", "neo4j", "--out", tmp_path / "neo", "--store", store)
    assert code == 0 and "neo4j-admin database import full" in out + err and (tmp_path / "neo" / "Person.csv").exists()
    code, out, err = kg("export", "--format", "nodelink", "--view", "person-network", "--out", tmp_path / "p.json",
                      "--store", store)
    assert code == 0 and "8 nodes, 28 edges" in out + err
    code, _, err = kg("export", "--format", "turtle", "--view", "ego", "--out", tmp_path / "x.ttl", "--store", store)
    assert code == 1 and "RDF exports hold the whole graph" in err


def test_ingest_with_parallel_jobs_and_a_bad_job_count(tmp_path: Path) -> None:
    code, out, err = kg("ingest", SEED, "--jobs", "2", "--store", tmp_path / "s")
    assert code == 0 and "stored 1 articles" in out + err
    code, _, err = kg("ingest", SEED, "--jobs", "-1", "--store", tmp_path / "s")
    assert code != 0 and "--jobs" in err


def test_an_unreachable_server_is_a_clear_error_and_a_failed_command() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once the block ends
    code, out, err = kg("stats", "--store", f"http://127.0.0.1:{port}")
    assert code != 0 and "cannot reach the SPARQL server" in out + err


def test_a_server_that_answers_a_graph_query_with_a_table_fails_the_export(tmp_path: Path) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Table(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Table)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        code, out, err = kg("query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "--store", url)
        assert code != 0 and "not a graph" in out + err
    finally:
        server.shutdown()
        server.server_close()


def test_serve_answers_a_sparql_client_and_refuses_updates(store: Path) -> None:
    """kg serve on the seeded store: a SELECT over HTTP, an update refused, bound to 127.0.0.1."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.parse
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                query = urllib.parse.urlencode({"query": "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }"})
                with urllib.request.urlopen(f"{url}?{query}", timeout=5) as resp:  # noqa: S310
                    body = json.loads(resp.read())
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"kg serve did not start: {proc.stderr.read() if proc.stderr else ''}") from None
                time.sleep(0.2)
        assert "구자균" in {b["n"]["value"] for b in body["results"]["bindings"]}
        req = urllib.request.Request(url, data=b"update=DROP+ALL", method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(req, timeout=5)  # noqa: S310
        assert refused.value.code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_a_mistyped_store_is_an_error_not_an_empty_answer(tmp_path: Path) -> None:
    code, out, err = kg("stats", "--store", tmp_path / "typo")
    assert code != 0 and "there is no store at" in out + err and not (tmp_path / "typo").exists()
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    code, out, err = kg("ingest", SEED, "--store", folder)
    assert code != 0 and "holds other files and no kg store" in out + err
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]  # nothing written into it
    code, out, err = kg("ingest", SEED, "--store", tmp_path / "new" / "deep" / "store")
    assert code == 0 and "stored 1" in out + err


def test_service_in_a_query_is_refused_and_calls_nobody(store: Path) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    hits: list[str] = []

    class Witness(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Witness)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        target = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        code, out, err = kg("query", f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}", "--store", store)
        assert code != 0 and "SERVICE is refused" in out + err and hits == []
        code, _out, _err = kg("query", 'SELECT ?x WHERE { BIND ("SERVICE" AS ?x) }', "--store", store)
        assert code == 0  # the word in a string is no keyword
    finally:
        server.shutdown()
        server.server_close()


def test_export_to_standard_output_pipes_clean_nquads(store: Path) -> None:
    """`--out -` writes the export to standard output and nothing else: the status line goes to standard
    error, so a pipe into an N-Quads parser reads exactly the data."""
    import pyoxigraph as ox

    code, out, err = kg("export", "--format", "nquads", "--out", "-", "--store", store)
    assert code == 0 and "wrote" in err and "wrote" not in out
    quads = list(ox.parse(out.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == out.count("\n") > 1000
    assert not Path("-").exists()


def test_extract_and_ingest_read_standard_input(tmp_path: Path) -> None:
    import json as _json

    [seed_file] = sorted(SEED.glob("*.json"))
    seed = _json.loads(seed_file.read_text(encoding="utf-8"))
    result = runner.invoke(app, ["extract", "-", "--format", "json"], input=seed["text"])
    assert result.exit_code == 0 and _json.loads(result.stdout)["people"]
    line = _json.dumps({**seed, "id": "piped"}, ensure_ascii=False)
    result = runner.invoke(app, ["ingest", "-", "--store", str(tmp_path / "s")], input=line + "\n{bad\n")
    assert result.exit_code != 0 and "stored 1 articles" in result.stderr and "<stdin>:2" in result.stderr


def test_validate_deep_checks_the_store_and_says_how_to_repair(store: Path) -> None:
    code, out, err = kg("validate", "--deep", "--store", store)
    assert code == 0 and "the store is whole" in out + err
    import pyoxigraph as ox

    raw = ox.Store(str(store))
    raw.update('INSERT DATA { <https://example.org/x> <https://example.org/p> "stray" }')
    del raw
    code, out, err = kg("validate", "--deep", "--store", store)
    assert code == 1 and "the merged graph: 1 facts in the merged graph that no named graph states" in err


def test_version_and_an_unknown_iri(store: Path) -> None:
    from kg import __version__

    code, out, _err = kg("--version")
    assert code == 0 and out.strip() == f"kg {__version__}"
    code, out, err = kg("explain", "https://w3id.org/industry-ai-kg/id/person/nobody", "--store", store)
    assert code == 1 and "the store says nothing about" in out + err


def test_ingest_counts_an_id_once_and_says_what_the_store_holds(tmp_path: Path) -> None:
    import json as _json

    [seed_file] = sorted(SEED.glob("*.json"))
    seed = _json.loads(seed_file.read_text(encoding="utf-8"))
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.json", "b.json"):  # one article id in two files: the later replaces the earlier
        (folder / name).write_text(_json.dumps({**seed, "id": "same"}, ensure_ascii=False), encoding="utf-8")
    code, out, err = kg("ingest", folder, "--store", tmp_path / "s")
    assert code == 0 and "stored 1 articles" in err and "also in" in err
    code, stats_out, _ = kg("stats", "--store", tmp_path / "s")
    people = next(line.split()[-2] for line in stats_out.splitlines() if " people " in line)  # │ people │ 15 │
    assert f"the store now holds 1 articles, 1 events, {people} people" in err


def test_names_work_where_iris_do(store: Path, tmp_path: Path) -> None:
    code, out, err = kg("view", "ego", "산기협", "--out", tmp_path / "e.html", "--store", store)
    assert code == 0 and (tmp_path / "e.html").exists()
    code, out, err = kg("query", "--name", "explain", "--param", "entity=산기협", "--format", "csv", "--store", store)
    assert code == 0 and "산기협" in out
    code, out, err = kg("query", "--name", "explain", "--param", "entity=김기수", "--store", store)
    assert code == 1 and "2 entities have that name" in out + err


def test_a_table_piped_into_a_file_is_whole_rows(store: Path) -> None:
    """Standard output that is no terminal (CliRunner's, a pipe) gets TSV rows with every value whole."""
    code, out, _err = kg("query", "--name", "who-spoke-where", "--store", store)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("?personName\t?orgName")
    assert any("포스코그룹 AI 활용 및 인재육성 현황" in line for line in lines[1:])  # a long talk title, not cut


def test_query_and_update_urls_as_options(oxigraph_server: str) -> None:
    from kg.store.sparql import SparqlStore

    SparqlStore.from_url(oxigraph_server)._update("DROP ALL", "a clean server")
    urls = ["--query-url", f"{oxigraph_server}/query", "--update-url", f"{oxigraph_server}/update"]
    code, out, err = kg(*urls, "ingest", SEED)
    assert code == 0 and "15 people" in out + err
    code, out, _ = kg(*urls, "stats")
    assert code == 0 and "15" in out
    code, _, err = kg("--update-url", f"{oxigraph_server}/update", "stats", "--store", "some-folder")
    assert code == 1 and "is a folder" in err


def test_a_read_of_a_held_store_reads_its_last_snapshot(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.store import OxigraphStore

    monkeypatch.setenv("KG_STORE_WAIT", "0.4")
    from rdflib import Graph, Literal, URIRef

    free_code, free_out, _err = kg("stats", "--store", store)
    with OxigraphStore(store) as held:  # as an ingest writing would
        g = Graph()
        g.add((URIRef("http://example.org/a"), URIRef("http://example.org/b"), Literal("c")))
        held.replace_article("under-way", g)
        code, out, err = kg("stats", "--store", store)  # no wait: the writer took a snapshot before writing
        assert code == 0 and out == free_out and free_code == 0
        assert "another kg process is writing the store; reading it as of its last completed write" in err
        code, out, err = kg("query", "--name", "who-spoke-where", "--store", store)
        assert code == 0 and "김무상" in out
        code, out, err = kg("remove", "some-article", "--store", store)  # a writer still waits, then says so
        assert code == 1 and "in use by another kg process" in out + err and "waited 0.4 s" in out + err


def test_a_read_waits_for_a_store_held_by_a_process_that_has_not_written(store: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.store import OxigraphStore

    monkeypatch.setenv("KG_STORE_WAIT", "0.4")
    with OxigraphStore(store) as held:  # held (kg serve answering, an ingest before its first write): no snapshot
        held.article_ids()
        code, out, err = kg("stats", "--store", store)
        assert code == 1 and "in use by another kg process" in out + err and "waited 0.4 s" in out + err
    code, out, _err = kg("stats", "--store", store)  # released: the same command answers
    assert code == 0 and "articles" in out


@pytest.mark.parametrize("value", ["soon", "-3"])
def test_a_wait_that_is_no_number_of_seconds_is_refused(store: Path, monkeypatch: pytest.MonkeyPatch,
                                                        value: str) -> None:
    monkeypatch.setenv("KG_STORE_WAIT", value)
    code, out, err = kg("stats", "--store", store)
    assert code != 0 and "KG_STORE_WAIT" in out + err


def test_a_construct_prints_with_kgs_prefixes(store: Path) -> None:
    code, out, _err = kg("query", "--name", "nif-mentions", "--store", store)
    assert code == 0 and "@prefix nif:" in out and "itsrdf:taIdentRef" in out and "ns1:" not in out


def test_a_read_runs_while_another_process_writes(store: Path) -> None:
    import subprocess
    import sys
    import time

    child = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from rdflib import Graph, Literal, URIRef\n"
        "from kg.store import OxigraphStore\n"
        "s = OxigraphStore(sys.argv[1])\n"
        "g = Graph()\n"
        "g.add((URIRef('http://example.org/a'), URIRef('http://example.org/b'), Literal('c')))\n"
        "s.replace_article('under-way', g)\n"
        "print('writing', flush=True)\n"
        "time.sleep(20)\n"), str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "writing"
        began = time.monotonic()
        code, out, err = kg("stats", "--store", store)
        assert code == 0 and "articles" in out and "reading it as of its last completed write" in err
        assert time.monotonic() - began < 10  # it did not wait for the writer
    finally:
        child.kill()
        child.wait()
