"""RDF exports of the embedded store: pyoxigraph's streaming writer (what ``kg export`` uses) side by side
with rdflib's serialisers on the same store (what it used before), in one run.

usage: python bench/bench_export.py [N]   (default: 100 copied dev-corpus articles)
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

from bench_queries import CORPUS, corpus
from rdflib import Dataset

from kg.build import ingest
from kg.export.rdf import export_rdf
from kg.formats import ExportFormat
from kg.store import OxigraphStore
from kg.vocab import PREFIXES


def _rdflib(store: OxigraphStore, fmt: ExportFormat) -> int:
    if fmt is ExportFormat.TURTLE:
        return len(store.merged().serialize(format="longturtle"))
    ds = Dataset(default_union=False)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, replace=True)
    ds.parse(data=store.nquads(), format="nquads")
    return len(ds.serialize(format="trig" if fmt is ExportFormat.TRIG else "nquads"))


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit("needs the dev corpus in ../shared/corpus/dev")
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as tmp, OxigraphStore(Path(tmp) / "store") as store:
        ingest([corpus(n, Path(tmp))], store, jobs=2)
        print(f"{n} articles; seconds to write each export")
        print(f"  {'format':8} {'pyoxigraph':>11} {'rdflib':>9}  ratio")
        for fmt in (ExportFormat.TURTLE, ExportFormat.TRIG, ExportFormat.NQUADS):
            t = time.perf_counter()
            export_rdf(store, fmt, io.BytesIO())
            ours = time.perf_counter() - t
            t = time.perf_counter()
            _rdflib(store, fmt)
            theirs = time.perf_counter() - t
            print(f"  {fmt.value:8} {ours:9.2f} s {theirs:7.2f} s  {theirs / ours:6.1f}x")


if __name__ == "__main__":
    main()
