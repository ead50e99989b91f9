"""An ingest of 10 articles into a store of N, with the resolution state the last ingest left and without it,
side by side in one run (issue #10).

For each size N it ingests N synthetic articles (``bench/synth.py``, seed 7) into a fresh embedded store, then
copies that store and times ``kg.build.ingest`` of 10 more articles of the same corpus (one process), in
alternating rounds:

- **with the state**: the copy as the ingest left it, ``kg-blocks.pickle`` included: the ingest takes up the
  resolver's inputs and reads only the records of the articles its update touches;
- **without**: the same copy less that file: the ingest reads every stored record and resolves every article.

Each round works on its own fresh copy, and both end with the same quads (checked). The analyser and the English
patterns are warmed before the rounds, so the times leave out their start in a new process (about 2 s, the same
for both). Also
printed: the size of the state file per article.

usage: python bench/bench_incremental.py [SIZES…] [--rounds R]   (default: 1000 3000, 3 rounds)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

from kg.build import STATE_FILE, ingest  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.extract.en_cues import role_cues  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402

MORE = 10


def _timed(base: Path, copy: Path, more: Path, keep_state: bool) -> tuple[float, list[bytes]]:
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(base, copy)
    if not keep_state:
        (copy / STATE_FILE).unlink()
    with OxigraphStore(copy) as store:
        t = time.perf_counter()
        ingest([more], store, jobs=1)
        took = time.perf_counter() - t
        return took, sorted(store.nquads().splitlines())


def main(argv: list[str]) -> None:
    args, opts = synth.split_args(argv)
    sizes = [int(a) for a in args] or [1000, 3000]
    rounds = int(opts.get("--rounds", 3))
    extract(Article("warm", "한빛AI협회는 3일 서울에서 포럼을 열었다.", "warm", published="2026-01-05", lang="ko"))
    extract(Article("warm", "The Lake AI Forum was held on June 3. Ana Vale spoke.", "warm", published="2026-01-05",
                    lang="en"))
    # (each English cue compiles on first use: all of them here, before the rounds)
    compiled = [cue.pattern for cue in role_cues()]
    print(f"synthetic corpora (bench/synth.py, seed 7); ingest of {MORE} more, one process, best of {rounds}; "
          f"{len(compiled)} English cues compiled before the rounds")
    print(f"{'articles':>9} {'with state (s)':>15} {'without (s)':>12} {'ratio':>7} {'state KB/article':>17}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for n in sizes:
            corpus = synth.write(n, tmp / f"synth-{n}.jsonl")
            more = synth.write(MORE, tmp / f"synth-{n}-more.jsonl", start=n, world_size=n)
            base = tmp / f"store-{n}"
            with OxigraphStore(base) as store:
                ingest([corpus], store, jobs=2)
            state_kb = (base / STATE_FILE).stat().st_size / 1024 / n
            with_state, without = float("inf"), float("inf")
            quads: dict[bool, list[bytes]] = {}
            for _ in range(rounds):
                for keep in (True, False):
                    took, quads[keep] = _timed(base, tmp / "copy", more, keep)
                    if keep:
                        with_state = min(with_state, took)
                    else:
                        without = min(without, took)
            assert quads[True] == quads[False], "the two ingests stored different quads"
            print(f"{n:>9} {with_state:>15.2f} {without:>12.2f} {without / with_state:>6.1f}x {state_kb:>17.2f}")
            shutil.rmtree(base)


if __name__ == "__main__":
    main(sys.argv[1:])
