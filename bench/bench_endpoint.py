"""kg serve's endpoint under load: p50 / p95 latency of each canned query over HTTP, side by side with
the same query run in process on the same store, in one run.

Builds a store of N copied dev-corpus articles (as ``bench/bench_queries.py`` does), serves it with
uvicorn on 127.0.0.1, and sends each canned query REQUESTS times from CLIENTS threads at once (form POST,
SPARQL results JSON). The in-process column is the median of the store's own ``query`` for the same text.
Then the explorer's routes (``/network``, ``/search``, ``/neighbours``) the same way, over GET.

usage: python bench/bench_endpoint.py [N] [REQUESTS] [CLIENTS] [--explorer-only]   (default: 1000 articles, 200, 4)
"""

from __future__ import annotations

import socket
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import uvicorn
from bench_queries import CORPUS, corpus

from kg.build import ingest
from kg.query import canned_queries
from kg.server import Limits, create_app
from kg.store import OxigraphStore
from kg.store.sparql import with_values


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(url: str, query: str) -> float:
    body = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": "application/x-www-form-urlencoded",
                                          "Accept": "application/sparql-results+json"})
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=120) as resp:  # noqa: S310 - our own endpoint
        resp.read()
        if resp.status != 200:
            raise RuntimeError(f"{resp.status} for {query[:60]}")
    return time.perf_counter() - t


def _get(url: str) -> float:
    t = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as resp:  # noqa: S310 - our own endpoint
        resp.read()
        if resp.status != 200:
            raise RuntimeError(f"{resp.status} for {url}")
    return time.perf_counter() - t


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit("needs the dev corpus in ../shared/corpus/dev")
    explorer_only = "--explorer-only" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n, requests, clients = ([int(x) for x in args[:3]] + [1000, 200, 4][len(args[:3]):])[:3]
    with tempfile.TemporaryDirectory() as tmp, OxigraphStore(Path(tmp) / "store") as store:
        t = time.perf_counter()
        ingest([corpus(n, Path(tmp))], store, jobs=2)
        print(f"{n} articles stored in {time.perf_counter() - t:.0f} s; {requests} requests per query, "
              f"{clients} clients at once")
        event = str(store.query("SELECT ?e (COUNT(*) AS ?n) WHERE { ?p kgo:atEvent ?e } GROUP BY ?e "
                                "ORDER BY DESC(?n) ?e LIMIT 1").rows[0][0])
        from rdflib import Literal, URIRef

        queries = {name: q.sparql for name, q in canned_queries().items()
                   if not any(p.required for p in q.params) and name != "nif-mentions"}
        queries["who-spoke-where, one event"] = with_values(canned_queries()["who-spoke-where"].sparql,
                                                            {"event": URIRef(event)})
        queries["people-of-org"] = with_values(canned_queries()["people-of-org"].sparql,
                                               {"org": Literal("한국산업기술진흥협회")})
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(store, Limits(timeout=120, max_rows=10**7, workers=clients)),
                                               host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        url = f"http://127.0.0.1:{port}/sparql"
        print(f"  {'query':28} {'rows':>7} {'in process':>11} {'HTTP p50':>9} {'HTTP p95':>9}  p50 / in process")
        for label, sparql in ({} if explorer_only else queries).items():
            rows = len(store.query(sparql).rows)
            local = statistics.median(_timed(lambda: store.query(sparql)) for _ in range(5))  # noqa: B023
            count = requests if local < 0.5 else max(clients, requests // 20)  # slow queries: fewer requests
            with ThreadPoolExecutor(max_workers=clients) as pool:
                times = sorted(pool.map(lambda _i: _post(url, sparql), range(count)))  # noqa: B023
            p50, p95 = times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.95))]
            print(f"  {label:28} {rows:7d} {local * 1000:9.0f} ms {p50 * 1000:7.0f} ms {p95 * 1000:7.0f} ms  "
                  f"{p50 / local:5.1f}x" + ("" if count == requests else f"  ({count} requests)"))
        # the explorer's routes: the laid-out network (400 best-connected nodes), search, a neighbourhood
        origin = url.removesuffix("/sparql")
        quoted = urllib.parse.quote
        routes = {"/network": "/network", "/network?role=keynote": "/network?role=keynote",
                  "/search?q=김": "/search?q=" + quoted("김"), "/neighbours (an event)": "/neighbours?node=" + quoted(event)}
        print(f"  {'explorer route':28} {'':>7} {'first':>11} {'HTTP p50':>9} {'HTTP p95':>9}  (first: the store read "
              "once; later answers are kept)")
        for label, path in routes.items():
            first = _get(origin + path)
            count = requests if first < 0.5 else max(clients, requests // 20)
            with ThreadPoolExecutor(max_workers=clients) as pool:
                times = sorted(pool.map(lambda _i: _get(origin + path), range(count)))  # noqa: B023
            p50, p95 = times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.95))]
            print(f"  {label:28} {'':>7} {first * 1000:8.0f} ms {p50 * 1000:7.0f} ms {p95 * 1000:7.0f} ms"
                  + ("" if count == requests else f"  ({count} requests)"))
        server.should_exit = True
        thread.join(timeout=10)


def _timed(run: object) -> float:
    t = time.perf_counter()
    run()  # type: ignore[operator]
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
