"""An ingest's resolution passes block by block against passes that read and resolve the whole store, side by
side in one run (issue #10).

``kg ingest`` holds extracted articles and writes them in resolution passes (every ``_RESOLVE_EVERY``
articles, 2,000 by default, and at the end). A pass used to read every stored article's record, resolve every
article anew and compare every stored digest (:func:`kg.build.resolve_store`): the passes of one bulk ingest
cost O(n²/every). Now the first pass reads the store once and each later one resolves only the blocks its
articles touch (:func:`kg.build._resolve_pass`, :mod:`kg.blocks`), checking the store with one query of the
articles' digests.

For N synthetic articles (``bench/synth.py``, seed 7) this ingests them twice into fresh stores, with a pass
every ``EVERY`` articles: once with the old passes, once with the new, times the passes alone (extraction is
the same in both and not counted), checks that both stores hold the same quads, and prints both times and
their ratio.

usage: python bench/bench_passes.py [N [EVERY]]   (default: 4000 250)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

import kg.build  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402


def _run(corpus: Path, folder: Path, every: int, old: bool) -> tuple[float, int, list[bytes]]:
    """Ingest ``corpus`` into a fresh store with a pass every ``every`` articles; the seconds the passes took,
    how many there were, and the stored quads."""
    spent = [0.0, 0]
    new_pass = kg.build._resolve_pass

    def timed(store, passes, pending, pool):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            if old:
                return kg.build.resolve_store(store, passes.curation, pending, pool=pool)
            return new_pass(store, passes, pending, pool)
        finally:
            spent[0] += time.perf_counter() - t
            spent[1] += 1

    kg.build._RESOLVE_EVERY = every
    kg.build._resolve_pass = timed
    try:
        with OxigraphStore(folder) as store:
            kg.build.ingest([corpus], store, jobs=2)
            quads = sorted(store.nquads().splitlines())
    finally:
        kg.build._resolve_pass = new_pass
    return spent[0], int(spent[1]), quads


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv else 4000
    every = int(argv[1]) if len(argv) > 1 else 250
    with tempfile.TemporaryDirectory() as tmp:
        corpus = synth.write(n, Path(tmp) / "corpus.jsonl")
        old_s, count, old_quads = _run(corpus, Path(tmp) / "old", every, old=True)
        new_s, _count, new_quads = _run(corpus, Path(tmp) / "new", every, old=False)
    assert old_quads == new_quads, "the two ingests stored different quads"
    print(f"{n} articles, a pass every {every} ({count} passes), {len(new_quads)} quads stored alike")
    print(f"passes reading the whole store: {old_s:8.2f} s")
    print(f"passes block by block:          {new_s:8.2f} s")
    print(f"ratio:                          {old_s / new_s:8.1f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
