"""Dev-corpus scores on a fixed tune / check split, side by side with the whole corpus.

The split is by article and fixed: *tune* holds the 42 articles that existed when issues #8 and #9
were written (file prefix below 100), *check* the 31 added after them (prefix 100 and up). Rules are
written while looking at the tune articles only; the check articles show how they generalise.

usage: python bench/dev_split.py [CORPUS_DIR] [--verbose]   (default: ../shared/corpus/dev)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.evaluate import Scores, load_gold, score_article
from kg.extract import extract, to_record
from kg.ingest import read_articles

CHECK_FROM = 100  # article files numbered from here on form the check part


def part_of(stem: str) -> str:
    prefix = stem.split("_", 1)[0]
    return "check" if prefix.isdigit() and int(prefix) >= CHECK_FROM else "tune"


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
    gold = load_gold(corpus / "gold")
    started = time.perf_counter()
    outputs = {Path(a.source).stem: to_record(extract(a)) for a in read_articles([corpus / "articles"])}
    elapsed = time.perf_counter() - started
    print(f"{len(outputs)} articles extracted in {elapsed:.1f} s (start-up included)")
    for lang in ("ko", "en"):
        for part in ("tune", "check", "all"):
            scores = Scores()
            for key, g in sorted(gold.items()):
                if g.get("lang", "ko") == lang and part in ("all", part_of(key)):
                    scores.articles.append(key)
                    score_article(g, outputs.get(key, {}), scores)
            print(f"{lang} {part:5} ({len(scores.articles):2} articles): {scores.summary()}")
    if "--verbose" in argv:
        for key, g in sorted(gold.items()):
            one = Scores()
            score_article(g, outputs.get(key, {}), one)
            print(f"{part_of(key):5} {key}: people {one.people.tp}/{one.people.system}/{one.people.gold} "
                  f"spoke {one.spoke.tp}/{one.spoke.system}/{one.spoke.gold} "
                  f"orgs {one.event_orgs.tp}/{one.event_orgs.system}/{one.event_orgs.gold}")


if __name__ == "__main__":
    main(sys.argv[1:])
