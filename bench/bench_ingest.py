"""Ingest and store-wide entity resolution at growing store sizes, side by side in one run.

Articles are the test articles of ``tests/data`` repeated under new ids (and new years, so each copy
is its own event edition). Prints seconds per article for extraction + storage, and for a resolution
pass over the whole store, at each size: how resolution cost grows with the store.

usage: python bench/bench_ingest.py [SIZES…]   (default: 50 200)
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from kg.build import ingest, resolve_store
from kg.store import OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "data" / "ko_event_types.jsonl"


def corpus(n: int, folder: Path) -> Path:
    base = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = folder / f"articles-{n}.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            a = dict(base[i % len(base)])
            year = 2000 + i // len(base)
            a["id"] = f"{a['id']}-{i}"
            a["published"] = f"{year}{a['published'][4:]}"
            a["text"] = a["text"].replace("2025", str(year)).replace("2024", str(year))
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    sizes = [int(x) for x in sys.argv[1:]] or [50, 200]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = corpus(n, Path(tmp))
            with OxigraphStore(Path(tmp) / f"store-{n}") as store:
                t = time.perf_counter()
                report = ingest([path], store)
                ingest_s = time.perf_counter() - t
                t = time.perf_counter()
                again = resolve_store(store)
                resolve_s = time.perf_counter() - t
            print(f"{n:5d} articles: ingest {ingest_s:6.1f} s ({ingest_s / n * 1000:5.0f} ms/article, "
                  f"{report.triples} triples); a resolution pass over the store {resolve_s:5.1f} s "
                  f"({resolve_s / n * 1000:4.0f} ms/article, {again.rewritten} graphs rewritten)")


if __name__ == "__main__":
    main()
