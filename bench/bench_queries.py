"""Every canned query on stores of growing size, Oxigraph side by side with rdflib's in-memory graph.

The stores hold copies of the dev-corpus articles (``../shared/corpus/dev``) under new ids and years,
so people and organizations recur across copies as they do across a real feed, and each copy is its
own event edition. For each size it prints the store's triples, then per query the rows and the best
of three times in Oxigraph (kg's embedded store) and in an rdflib ``Dataset`` loaded with the same
quads, and their ratio.

usage: python bench/bench_queries.py [SIZES…]   (default: 300 1000; number of articles)
"""

from __future__ import annotations

import json
import multiprocessing as mp
import sys
import tempfile
import time
from collections.abc import Callable, Sized
from multiprocessing.connection import Connection
from pathlib import Path

from rdflib import Dataset
from rdflib.term import Node

from kg.build import ingest
from kg.query import bind_params, canned_queries
from kg.store import PROLOGUE, OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles"


def corpus(n: int, folder: Path) -> Path:
    base = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]
    out = folder / f"articles-{n}.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            a = dict(base[i % len(base)])
            copy = i // len(base)
            a["id"] = f"{a['id']}-{i}"
            if a.get("published"):
                a["published"] = f"{1900 + copy:04d}{a['published'][4:]}"  # each copy its own edition
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return out


def _best(run: Callable[[], Sized], rounds: int = 3) -> tuple[float, int]:
    best, rows = float("inf"), 0
    for _ in range(rounds):
        t = time.perf_counter()
        rows = len(run())
        best = min(best, time.perf_counter() - t)
    return best, rows


RDFLIB_CAP = 30.0  # seconds an rdflib query may take before it is stopped and reported as over the cap


def _rdflib_worker(nquads: bytes, inbox: Connection) -> None:
    ds = Dataset()
    ds.parse(data=nquads, format="nquads")
    inbox.send("ready")
    while True:
        job = inbox.recv()
        if job is None:
            return
        sparql, bindings = job
        try:
            t = time.perf_counter()
            rows = len(list(ds.query(sparql, initBindings=bindings)))
            inbox.send(("ok", time.perf_counter() - t, rows))
        except Exception as e:  # noqa: BLE001  rdflib's engine fails on some queries; report it
            inbox.send(("error", 0.0, f"{type(e).__name__}: {e}"))


class _Rdflib:
    """rdflib's in-memory Dataset (the same quads) in a worker process, so that a query over the cap
    can be stopped: the worker is then replaced and the query reported as over the cap."""

    def __init__(self, nquads: bytes) -> None:
        self.nquads = nquads
        self._start()

    def _start(self) -> None:
        self.conn, child = mp.Pipe()
        self.proc = mp.Process(target=_rdflib_worker, args=(self.nquads, child), daemon=True)
        self.proc.start()
        self.conn.recv()  # "ready": the quads are parsed

    def run(self, sparql: str, bindings: dict[str, Node]) -> tuple[float | None, str]:
        """(seconds or None, a note)."""
        self.conn.send((sparql, bindings))
        if not self.conn.poll(RDFLIB_CAP):
            self.proc.kill()
            self._start()
            return None, f"> {RDFLIB_CAP:.0f} s (stopped)"
        status, seconds, rows = self.conn.recv()
        return (seconds, str(rows)) if status == "ok" else (None, f"failed: {rows}")

    def close(self) -> None:
        self.proc.kill()


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit("needs the dev corpus in ../shared/corpus/dev")
    sizes = [int(x) for x in sys.argv[1:]] or [300, 1000]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            with OxigraphStore(Path(tmp) / f"store-{n}") as store:
                t = time.perf_counter()
                ingest([corpus(n, Path(tmp))], store)
                built = time.perf_counter() - t
                rdflib = _Rdflib(store.nquads())
                event = store.query("SELECT ?e (COUNT(*) AS ?n) WHERE { ?p kgo:atEvent ?e } GROUP BY ?e "
                                    "ORDER BY DESC(?n) ?e LIMIT 1")  # the event with the most participations
                some_event = str(event.rows[0][0])
                params = {"who-spoke-where (one event)": ("who-spoke-where", {"event": some_event}),
                          "people-of-org": ("people-of-org", {"org": "한국산업기술진흥협회"}),
                          "explain": ("explain", {"entity": some_event})}
                runs: list[tuple[str, str, dict[str, str]]] = [(name, name, {}) for name in canned_queries() if name not in ("people-of-org", "explain")]
                runs += [(label, name, values) for label, (name, values) in params.items()]
                quads = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0]
                print(f"{n} articles: {quads} quads in article graphs, stored in {built:.0f} s")
                print(f"  {'query':30} {'rows':>6} {'oxigraph':>10} {'rdflib':>10}  ratio")
                for label, name, values in runs:
                    q = canned_queries()[name]
                    bindings = bind_params(q, values)
                    sparql = q.sparql
                    ox_s, rows = _best(lambda: store.query(sparql, bindings=bindings).rows)  # noqa: B023
                    rd_s, note = rdflib.run(PROLOGUE + q.sparql, dict(bindings))
                    if rd_s is None:
                        print(f"  {label:30} {rows:6d} {ox_s * 1000:8.0f} ms   rdflib {note}")
                        continue
                    mismatch = "" if note == str(rows) else f"  (rdflib: {note} rows)"
                    print(f"  {label:30} {rows:6d} {ox_s * 1000:8.0f} ms {rd_s * 1000:8.0f} ms  "
                          f"{rd_s / ox_s:6.1f}x{mismatch}")
                rdflib.close()


if __name__ == "__main__":
    main()
