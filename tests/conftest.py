"""Shared fixtures: the seed article (data/seed), its extraction, and fresh stores."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.extract import extract
from kg.ingest import read_file
from kg.model import Article, Extraction
from kg.remote import SparqlStore
from kg.store import GraphStore, OxigraphStore

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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server (PyPI package ``oxigraph``) on 127.0.0.1, for the SPARQL-protocol store."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the Oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    data = tmp_path_factory.mktemp("server")
    proc = subprocess.Popen([binary, "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).close()  # noqa: S310
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                detail = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"oxigraph serve did not start: {detail}") from None
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def make_store(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> GraphStore:
    """An empty store of ``kind``: the embedded Oxigraph store, or a SPARQL server (cleared)."""
    if kind == "embedded":
        return OxigraphStore(tmp_path / "store")
    url = request.getfixturevalue("oxigraph_server")
    remote = SparqlStore.from_url(url)
    remote._update("DROP ALL", "a clean server")
    return remote


@pytest.fixture(params=["embedded", "server"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """Each store test runs on the embedded store and on a SPARQL 1.1 server."""
    s = make_store(request.param, tmp_path, request)
    yield s
    s.close()


def ko_article(text: str, published: str | None = "2025-11-25", article_id: str = "t1") -> Article:
    """A Korean test article made from a sentence of our own."""
    return Article(id=article_id, text=text, source=f"{article_id}.txt", published=published, lang="ko")
