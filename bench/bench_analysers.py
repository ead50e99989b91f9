"""kiwipiepy vs python-mecab-ko as kg's morphological analyser, side by side in one run.

For each analyser: the dev-corpus scores of the whole extractor with that analyser plugged in,
milliseconds per article for the analysis alone, start-up time and installed size. python-mecab-ko is
not a dependency of kg: `pip install python-mecab-ko` to include it.

usage: python bench/bench_analysers.py
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import kg.extract.morph as morph
from kg.extract import extract, to_record
from kg.ingest import read_articles

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"


def _size(*packages: str) -> float:
    """Megabytes on disk of the given top-level folders in site-packages."""
    site = Path(importlib.util.find_spec("kiwipiepy").origin).parent.parent  # type: ignore[union-attr, arg-type]
    total = 0
    for name in packages:
        folder = site / name
        if folder.is_dir():
            total += sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    return total / 1e6


def _mecab() -> Callable[[str], list[morph.Morph]] | None:
    if importlib.util.find_spec("mecab") is None:
        return None
    import mecab

    tagger = mecab.MeCab()

    def analyse(text: str) -> list[morph.Morph]:
        return [morph.Morph(m.surface, m.feature.pos, m.span.start, m.span.end) for m in tagger.parse(text)]

    return analyse


def _score(articles: list, analyse: Callable[[str], list[morph.Morph]]) -> str:  # noqa: ANN001
    morph.analyse = analyse  # the seam kg.extract.doc calls
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(to_record(extract(a)), ensure_ascii=False) + "\n")
    done = subprocess.run([sys.executable, str(SHARED / "tools" / "score_extraction.py"), str(CORPUS / "gold"),
                           f.name, "--lang", "ko"], capture_output=True, text=True, check=False)
    return done.stdout.strip().splitlines()[-1] if done.stdout else "(no scorer)"


def main() -> None:
    if not (CORPUS / "articles").is_dir():
        sys.exit("needs the dev corpus in ../shared/corpus/dev")
    articles = [a for a in read_articles([CORPUS / "articles"]) if a.lang == "ko"]
    kiwi_analyse = morph.analyse
    t = time.perf_counter()
    kiwi_analyse("시작")
    kiwi_start = time.perf_counter() - t
    backends: list[tuple[str, Callable[[str], list[morph.Morph]], float, float]] = [
        ("kiwipiepy", kiwi_analyse, kiwi_start, _size("kiwipiepy", "kiwipiepy_model"))]
    t = time.perf_counter()
    mecab_analyse = _mecab()
    if mecab_analyse is not None:
        mecab_analyse("시작")
        backends.append(("python-mecab-ko", mecab_analyse, time.perf_counter() - t,
                         _size("mecab", "mecab_ko_dic", "python_mecab_ko.libs")))
    else:
        print("python-mecab-ko is not installed: pip install python-mecab-ko to compare")
    times = {}
    for name, analyse, start, size in backends:
        best = float("inf")
        for _ in range(5):
            t = time.perf_counter()
            for a in articles:
                analyse(a.text)
            best = min(best, time.perf_counter() - t)
        times[name] = best
        print(f"{name:16s} start-up {start * 1000:6.0f} ms  analysis {best / len(articles) * 1000:5.2f} ms/article  "
              f"installed {size:5.0f} MB")
        print(f"{'':16s} {_score(articles, analyse)}")
    morph.analyse = kiwi_analyse
    if len(times) == 2:
        print(f"analysis time ratio mecab/kiwi: {times['python-mecab-ko'] / times['kiwipiepy']:.2f}")


if __name__ == "__main__":
    main()
