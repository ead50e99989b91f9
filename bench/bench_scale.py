"""The scale table of issue #10 on synthetic corpora (``bench/synth.py``), one row per store size.

For each size N it builds a fresh embedded store from N synthetic articles and measures, side by side in
one run:

- bulk ingest end to end (``kg.build.ingest`` with ``--jobs`` processes), in articles per second;
- the ingest of 10 more articles of the same corpus into that store, in seconds;
- the store on disk right after the ingest and after reopening (Oxigraph compacts), in KB per article;
- the peak memory (resident set) of the ingest, its worker processes included;
- the canned queries who-spoke-where (one event, and all with LIMIT 100) and co-speakers, best of three.

Each size runs in its own process so that peak memory is that size's alone. Prints a table and, with
matplotlib installed, draws it to ``docs/scaling.png``.

usage: python bench/bench_scale.py [SIZES…] [--jobs N] [--png PATH]   (default: 1000 10000; jobs = cores)
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

from kg.build import ingest  # noqa: E402
from kg.query import bind_params, canned_queries  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402

MORE = 10  # articles of the incremental ingest


def disk_bytes(folder: Path) -> int:
    """Bytes on disk under ``folder``, each file once: a snapshot's hard links to the store's own files
    (``kg-snapshots/``) cost nothing more, the files only snapshots still hold do."""
    seen: dict[tuple[int, int], int] = {}
    for f in folder.rglob("*"):
        if f.is_file():
            st = f.stat()
            seen[(st.st_dev, st.st_ino)] = st.st_size
    return sum(seen.values())


def _best(run, rounds: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t)
    return best


def _query(store: OxigraphStore, name: str, values: dict[str, str], limit: int | None = None) -> float:
    q = canned_queries()[name]
    sparql = q.sparql if limit is None else f"{q.sparql}\nLIMIT {limit}"
    bindings = bind_params(q, values)
    return _best(lambda: store.query(sparql, bindings=bindings).rows)


def measure(n: int, jobs: int, tmp: Path) -> dict[str, float]:
    corpus = synth.write(n, tmp / f"synth-{n}.jsonl")
    more = synth.write(MORE, tmp / f"synth-{n}-more.jsonl", start=n, world_size=n)
    path = tmp / f"store-{n}"
    row: dict[str, float] = {"articles": n}
    with OxigraphStore(path) as store:
        t = time.perf_counter()
        ingest([corpus], store, jobs=jobs)
        row["ingest_s"] = time.perf_counter() - t
        row["per_s"] = n / row["ingest_s"]
        row["disk_after_ingest_kb"] = disk_bytes(path) / n / 1024
        peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        row["peak_mb"] = (peak_self + peak_children) / 1024
        t = time.perf_counter()
        ingest([more], store, jobs=1)
        row["more_s"] = time.perf_counter() - t
        top = store.query("SELECT ?e (COUNT(*) AS ?n) WHERE { ?p kgo:atEvent ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1")
        event = str(top.rows[0][0])
        row["wsw_one_ms"] = _query(store, "who-spoke-where", {"event": event}) * 1000
        row["wsw_limit_ms"] = _query(store, "who-spoke-where", {}, limit=100) * 1000
        row["cospeakers_ms"] = _query(store, "co-speakers", {}, limit=100) * 1000
    with OxigraphStore(path):  # reopening compacts
        pass
    row["disk_after_reopen_kb"] = disk_bytes(path) / (n + MORE) / 1024
    return row


def _child(n: int, jobs: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as tmp:
        out.put(measure(n, jobs, Path(tmp)))


def plot(rows: list[dict[str, float]], png: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    xs = [r["articles"] for r in rows]
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.8))
    axes[0].plot(xs, [r["per_s"] for r in rows], "o-", label="bulk ingest")
    axes[0].axhline(100, color="grey", ls="--", lw=0.8, label="target 100/s")
    axes[0].set(title="articles per second", xscale="log", xlabel="articles in the store")
    axes[1].plot(xs, [r["more_s"] for r in rows], "o-", label=f"ingest of {MORE} more")
    axes[1].axhline(3, color="grey", ls="--", lw=0.8, label="target 3 s")
    axes[1].set(title=f"seconds to ingest {MORE} more", xscale="log", xlabel="articles in the store")
    axes[2].plot(xs, [r["disk_after_reopen_kb"] for r in rows], "o-", label="on disk (compacted)")
    axes[2].axhline(60, color="grey", ls="--", lw=0.8, label="target 60 KB")
    axes[2].set(title="KB per article", xscale="log", xlabel="articles in the store")
    for ax in axes:
        ax.legend(fontsize=8)
        ax.grid(alpha=0.3)
    fig.tight_layout()
    png.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(png, dpi=110)
    return True


def main(argv: list[str]) -> None:
    args, opts = synth.split_args(argv)
    sizes = [int(a) for a in args] or [1000, 10000]
    jobs = int(opts.get("--jobs", os.cpu_count() or 1))
    png = Path(opts.get("--png", ROOT / "docs" / "scaling.png"))
    rows = []
    print(f"synthetic corpora (bench/synth.py, seed 7), {jobs} ingest processes, {os.cpu_count()} cores")
    header = (f"{'articles':>9} {'ingest/s':>9} {'+%d (s)' % MORE:>8} {'KB/art ingest':>14} {'KB/art reopen':>14} "
              f"{'peak MB':>8} {'wsw 1 (ms)':>11} {'wsw 100 (ms)':>13} {'co-sp 100 (ms)':>15}")
    print(header)
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else None)
    for n in sizes:
        q = ctx.Queue()
        p = ctx.Process(target=_child, args=(n, jobs, q))
        p.start()
        row = q.get()
        p.join()
        rows.append(row)
        print(f"{n:9d} {row['per_s']:9.1f} {row['more_s']:8.2f} {row['disk_after_ingest_kb']:14.0f} "
              f"{row['disk_after_reopen_kb']:14.0f} {row['peak_mb']:8.0f} {row['wsw_one_ms']:11.1f} "
              f"{row['wsw_limit_ms']:13.1f} {row['cospeakers_ms']:15.1f}", flush=True)
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "scale.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    if len(rows) > 1 and plot(rows, png):
        print(f"plot: {png}")


if __name__ == "__main__":
    main(sys.argv[1:])
