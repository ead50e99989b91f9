"""Uploading articles to a SPARQL server: one SPARQL Update per article, side by side with the Graph Store
Protocol (PUT the article's graph, POST its share of the merged graph), in one run on one Oxigraph server.

Builds N copied dev-corpus articles (as ``bench/bench_queries.py`` does), starts ``oxigraph serve`` on
127.0.0.1, and ingests them into the emptied server each way, alternating, best of ROUNDS; the whole
``kg ingest`` is timed (extraction and the resolution pass too, the same both ways).

usage: python bench/bench_upload.py [N] [ROUNDS]   (default: 200 articles, 2 rounds)
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench_queries import CORPUS, corpus

from kg.build import ingest
from kg.store.sparql import SparqlStore


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit("needs the dev corpus in ../shared/corpus/dev")
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    n, rounds = ([int(x) for x in sys.argv[1:3]] + [200, 2][len(sys.argv[1:3]):])[:2]
    with tempfile.TemporaryDirectory() as tmp:
        articles = corpus(n, Path(tmp))
        port = _free_port()
        server = subprocess.Popen([binary, "serve", "--location", str(Path(tmp) / "server"), "--bind",
                                   f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1)  # noqa: S310 - our server
                    break
                except OSError:
                    time.sleep(0.1)
            best: dict[str, float] = {}
            for _round in range(rounds):
                for label, gsp in (("SPARQL Update", None), ("Graph Store Protocol", url + "/store")):
                    store = SparqlStore.from_url(url, graph_store_url=gsp)
                    store._update("DROP ALL", "an empty server")
                    t = time.perf_counter()
                    ingest([articles], store)
                    best[label] = min(best.get(label, 9e9), time.perf_counter() - t)
            update, gsp_time = best["SPARQL Update"], best["Graph Store Protocol"]
            print(f"{n} articles into an Oxigraph server, best of {rounds} (extraction included in both):")
            print(f"  SPARQL Update per article      {update:6.1f} s   {n / update:5.1f} articles/s")
            print(f"  Graph Store Protocol uploads   {gsp_time:6.1f} s   {n / gsp_time:5.1f} articles/s   "
                  f"{gsp_time / update:.2f}x the time")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
