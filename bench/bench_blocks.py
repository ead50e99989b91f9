"""Block-by-block resolution against resolving everything anew, side by side in one run (issue #10).

For each size N it extracts N synthetic articles (``bench/synth.py``, seed 7) and 10 more of the same
world, then times, best of three:

- ``resolve_all`` over the N + 10 articles (what every ingest does today);
- ``BlockResolver.update`` with the 10 new articles, on a resolver that holds the N (``kg.blocks``);

checks that both give the same resolutions, and prints the ratio and how many articles the update
resolved again. Extraction is not timed (the articles are extracted once, in one process).

usage: python bench/bench_blocks.py [SIZES…]   (default: 1000 3000)
"""

from __future__ import annotations

import copy
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

from kg.blocks import BlockResolver  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.extract.gazetteer import load_gazetteer  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.resolve import resolve_all  # noqa: E402

MORE = 10


def _extract(records: list[dict[str, object]]) -> list:  # type: ignore[type-arg]
    return [extract(Article(str(r["id"]), str(r["text"]), str(r["id"]), published=str(r["published"]),
                            lang=str(r.get("lang", "ko")))) for r in records]


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1000, 3000]
    gz = load_gazetteer()
    print(f"{'articles':>9} {'resolve_all (s)':>16} {'update +10 (s)':>15} {'ratio':>7} {'resolved again':>15}")
    for n in sizes:
        xs = _extract(list(synth.articles(n)))
        more = _extract(list(synth.articles(MORE, start=n, world_size=n)))
        full = min(_time(lambda: resolve_all(xs + more, gz)) for _ in range(3))
        base = BlockResolver(gz)
        base.update(xs)
        best, again = float("inf"), 0
        for _ in range(3):
            blocks = copy.deepcopy(base)
            t = time.perf_counter()
            changed = blocks.update(more)
            best = min(best, time.perf_counter() - t)
            again = len(changed)
        assert blocks.resolutions == resolve_all(xs + more, gz).resolutions, "not what resolving anew gives"
        print(f"{n:>9} {full:>16.3f} {best:>15.3f} {full / best:>6.1f}x {again:>15}")


def _time(run) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    run()
    return time.perf_counter() - t


if __name__ == "__main__":
    main(sys.argv[1:])
