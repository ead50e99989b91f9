"""RDF exports of the embedded store: pyoxigraph's streaming writer (what ``kg export`` uses) side by side
with rdflib's serialisers on the same store (what it used before), in one run.

usage: python bench/bench_export.py [N]   (default: 100 copied dev-corpus articles)
       python bench/bench_export.py --store DIR   (an existing store, e.g. bench_views.py's synthetic one:
       each format exported by ``kg export`` in its own process, with its time, peak memory and size)
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


def on_store(folder: Path) -> None:
    """Each RDF format exported from ``folder`` by ``kg export`` in a process of its own: wall time, the
    process's peak resident memory, and the file's size."""
    import subprocess

    print(f"kg export of {folder}: seconds, peak memory, file size")
    for fmt in (f for f in ExportFormat if f.is_rdf):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / f"export.{fmt.value}"
            code = ("import resource, sys; from kg.cli import app\n"
                    "try:\n    app(sys.argv[1:])\nexcept SystemExit as e:\n    code = e.code\n"
                    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\nsys.exit(code)")
            t = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", code, "export", "--format", fmt.value, "--store", str(folder),
                                   "--out", str(out)], capture_output=True, text=True)
            took = time.perf_counter() - t
            if done.returncode != 0:
                sys.exit(f"kg export --format {fmt.value} failed: {done.stderr}")
            peak_kb = int(done.stderr.strip().splitlines()[-1])
            print(f"  {fmt.value:8} {took:7.1f} s {peak_kb / 1024:7.0f} MB peak {out.stat().st_size / 1e6:8.1f} MB")



def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--store":
        on_store(Path(sys.argv[2]))
        return
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
