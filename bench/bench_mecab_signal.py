"""Would python-mecab-ko's 인명 (person-name) tag help kg's Korean person extraction as one more signal?

Issue #8 asks to measure this before keeping it. Two uses are measured, side by side in one run, on the
Korean dev articles against their gold people:

* **filter**: drop a person kg found when mecab tags none of its mentions as 인명 (or tags one 지명,
  a place). Prints what that removes: true people lost, false people removed, people F1 before/after.
* **source**: every 2–4 syllable Hangul token that mecab tags 인명 and kg did not output, as a new
  candidate (all of them, or only those with a title head in the next two words). Prints how many are gold people kg misses and how many are not (what a rule would have to
  tell apart), and the best case F1 if all true ones were taken and none of the false.

python-mecab-ko is not a dependency of kg: ``pip install python-mecab-ko`` to run this.

usage: python bench/bench_mecab_signal.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

from kg.extract import extract, to_record
from kg.extract.gazetteer import load_gazetteer
from kg.ingest import read_articles

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
_HANGUL_NAME = re.compile(r"[가-힣]{2,4}")


def _norm(name: str) -> str:
    return re.sub(r"[\s·.]", "", unicodedata.normalize("NFKC", name)).lower()


def _f1(tp: int, system: int, gold: int) -> str:
    p = tp / system if system else 1.0
    r = tp / gold if gold else 1.0
    return f"F1 {2 * p * r / (p + r) if p + r else 0:.3f} (P {p:.3f}, R {r:.3f})"


def main() -> None:
    if importlib.util.find_spec("mecab") is None:
        sys.exit("python-mecab-ko is not installed: pip install python-mecab-ko")
    if not (CORPUS / "articles").is_dir():
        sys.exit("needs the dev corpus in ../shared/corpus/dev")
    import mecab

    tagger = mecab.MeCab()
    articles = [a for a in read_articles([CORPUS / "articles"]) if a.lang == "ko"]
    tp = system = gold_total = 0
    lost_true = removed_false = 0
    new_true = new_false = titled_true = titled_false = 0
    gazetteer = load_gazetteer()
    examples_false: list[str] = []
    for article in articles:
        gold_path = CORPUS / "gold" / f"{Path(article.source).stem}.json"
        if not gold_path.is_file():
            continue
        gold = {_norm(p["name"]) for p in json.loads(gold_path.read_text(encoding="utf-8"))["people"]}
        gold_total += len(gold)
        record = to_record(extract(article))
        text = article.text
        tags: dict[int, str] = {}  # character offset of an NNP morpheme -> its semantic class
        tokens: list[tuple[str, str, int]] = []
        for m in tagger.parse(text):
            if m.feature.pos == "NNP":
                tags[m.span.start] = m.feature.semantic or ""
                tokens.append((m.surface, m.feature.semantic or "", m.span.start))
        found = set()
        for person in record["people"]:
            name = _norm(person["name"])
            found.add(name)
            system += 1
            true = name in gold
            tp += true
            kinds = {tags.get(s, "") for s, _ in person["mentions"]}
            if "인명" not in kinds or "지명" in kinds:
                if true:
                    lost_true += 1
                else:
                    removed_false += 1
        for surface, semantic, start in tokens:
            if semantic != "인명" or not _HANGUL_NAME.fullmatch(surface) or _norm(surface) in found:
                continue
            found.add(_norm(surface))
            after = text[start + len(surface):start + len(surface) + 40].split()[:2]
            titled = any(gazetteer.is_title(re.sub(r"[^가-힣A-Za-z]+.*$", "", w)) for w in after)
            if _norm(surface) in gold:
                new_true += 1
                titled_true += titled
            else:
                titled_false += titled
                new_false += 1
                if len(examples_false) < 12:
                    examples_false.append(surface)
    print(f"{len(articles)} Korean dev articles, {gold_total} gold people, kg outputs {system} people")
    print(f"kg as is:                      {_f1(tp, system, gold_total)}")
    print(f"filter (need 인명, no 지명):    drops {lost_true} true and {removed_false} false people -> "
          f"{_f1(tp - lost_true, system - lost_true - removed_false, gold_total)}")
    print(f"source (new 인명 candidates):   {new_true} are gold people kg misses, {new_false} are not "
          f"(e.g. {', '.join(examples_false)})")
    print(f"  taking all of them:          {_f1(tp + new_true, system + new_true + new_false, gold_total)}")
    print(f"  only those with a title in the next two words: {titled_true} true, {titled_false} false -> "
          f"{_f1(tp + titled_true, system + titled_true + titled_false, gold_total)}")
    print(f"  best case (only true ones):  {_f1(tp + new_true, system + new_true, gold_total)}")


if __name__ == "__main__":
    main()
