"""Extraction speed: milliseconds per article and articles per second, after start-up.

Runs on the dev corpus when ../shared is there, else on the bundled seed article. Prints the
share of time spent in the morphological analyser beside the whole extraction, in one run.

usage: python bench/bench_extract.py [ROUNDS]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.extract import extract, morph
from kg.extract.morph import analyse
from kg.ingest import read_articles

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles"


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    source = CORPUS if CORPUS.is_dir() else ROOT / "data" / "seed"
    articles = read_articles([source])
    t = time.perf_counter()
    extract(articles[0])  # start-up: word lists, Kiwi's model
    startup = time.perf_counter() - t
    best_total = best_morph = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        for a in articles:
            extract(a)
        best_total = min(best_total, time.perf_counter() - t)
        t = time.perf_counter()
        for a in articles:
            if a.lang == "ko":
                analyse(a.text)
        best_morph = min(best_morph, time.perf_counter() - t)
    kiwi = morph._kiwi()
    korean = [a.text for a in articles if a.lang == "ko"]
    beam = {8.0: float("inf"), morph.CUTOFF: float("inf")}
    for _ in range(2 * rounds):  # Kiwi's default beam vs kg's, rounds interleaved
        for cutoff in (8.0, morph.CUTOFF):
            kiwi.global_config.cutoff_threshold = cutoff
            t = time.perf_counter()
            for text in korean:
                analyse(text)
            beam[cutoff] = min(beam[cutoff], time.perf_counter() - t)
    kiwi.global_config.cutoff_threshold = morph.CUTOFF
    n = len(articles)
    chars = sum(len(a.text) for a in articles)
    print(f"{n} articles ({chars} characters) from {source}")
    print(f"start-up (first article, loads Kiwi and word lists): {startup * 1000:.0f} ms")
    print(f"extraction: {best_total / n * 1000:.1f} ms per article, {n / best_total:.1f} articles/s")
    print(f"of which morphological analysis: {best_morph / n * 1000:.1f} ms per article "
          f"({best_morph / best_total:.0%} of extraction)")
    print(f"Kiwi's analysis of the {len(korean)} Korean articles with kg's beam (cutoff {morph.CUTOFF:g}) "
          f"takes {beam[morph.CUTOFF] / beam[8.0]:.2f}x the time of Kiwi's default (cutoff 8): "
          f"{beam[morph.CUTOFF] / len(korean) * 1000:.1f} vs {beam[8.0] / len(korean) * 1000:.1f} ms per article")


if __name__ == "__main__":
    main()
