"""Shared fixtures: the seed article (data/seed), its extraction, and fresh stores."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kg.extract import extract
from kg.ingest import read_file
from kg.model import Article, Extraction
from kg.store.sparql import SparqlStore
from kg.store import GraphStore, OxigraphStore
from kg.vocab import KGR

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed" / "00_seed_koita_industrial_ai_forum_2025.json"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return read_file(SEED)[0]


@pytest.fixture(scope="session")
def seed_extraction(seed_article: Article) -> Extraction:
    return extract(seed_article)


def _oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def free_port() -> int:
    """A port nobody listens on now, on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_it_answers(url: str, proc: subprocess.Popen, seconds: float, what: str,
                           detail: Callable[[], str]) -> None:
    """Poll ``url`` until the server ``proc`` started answers; kill it and say why when it does not."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()  # noqa: S310 - a server the tests started
            return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"{what} did not start: {detail()}") from None
            time.sleep(0.1)


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    """The seed article ingested into an embedded store, for the tests that only read it."""
    from kg.build import ingest

    store = OxigraphStore(tmp_path_factory.mktemp("seed") / "store")
    ingest([SEED.parent], store)
    yield store
    store.close()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server (PyPI package ``oxigraph``) on 127.0.0.1, for the SPARQL-protocol store."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the Oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    data = tmp_path_factory.mktemp("server")
    proc = subprocess.Popen([binary, "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    _wait_until_it_answers(url + "/query?query=ASK%7B%7D", proc, 30, "oxigraph serve",
                           lambda: proc.stderr.read().decode() if proc.stderr else "")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


_VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = {sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxClientConnections = 10
CheckpointInterval = 60
[HTTPServer]
ServerPort = {http}
ServerRoot = {d}
ServerThreads = 10
MaxClientConnections = 10
[SPARQL]
ResultSetMaxRows = 1000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Virtuoso (Debian's ``virtuoso-opensource``) on 127.0.0.1 with SPARQL updates granted, as a user
    sets it up; its answers are capped (as a default install caps them at 10,000 rows), here at 1,000 so
    that one article's store already passes the cap and exports must page past it."""
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
    if binary is None or isql is None:
        pytest.skip("Virtuoso is not installed (Debian: apt install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql, http = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(_VIRTUOSO_INI.format(d=folder, sql=sql, http=http), encoding="utf-8")
    proc = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{http}/sparql"
    log = folder / "virtuoso.log"
    _wait_until_it_answers(url + "?query=ASK%7B%7D", proc, 90, "virtuoso-t",
                           lambda: log.read_text(errors="replace")[-2000:] if log.exists() else "")
    subprocess.run([isql, str(sql), "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                   check=True, capture_output=True, timeout=60)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


def make_store(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> GraphStore:
    """An empty store of ``kind``: the embedded Oxigraph store, or a SPARQL server (kg's graphs cleared;
    a Virtuoso's own system graphs stay)."""
    if kind == "embedded":
        return OxigraphStore(tmp_path / "store")
    url = request.getfixturevalue("oxigraph_server" if kind == "server" else "virtuoso_server")
    remote = SparqlStore.from_url(url)
    if remote.merged_graph is None:
        remote._update("DROP ALL", "a clean server")
    else:
        graphs = remote.query(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{KGR}")) }}')
        for (g,) in graphs.rows:
            remote._update(f"DROP SILENT GRAPH <{g}>", "a clean server")
    return remote


@pytest.fixture(params=["embedded", "server", "virtuoso"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """Each store test runs on the embedded store, on an Oxigraph server and on Virtuoso."""
    s = make_store(request.param, tmp_path, request)
    yield s
    s.close()


def ko_article(text: str, published: str | None = "2025-11-25", article_id: str = "t1") -> Article:
    """A Korean test article made from a sentence of our own."""
    return Article(id=article_id, text=text, source=f"{article_id}.txt", published=published, lang="ko")
