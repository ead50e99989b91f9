"""Do the rules lean on the names they were written against? Swap random names for the gold people.

For each tune article of the dev corpus (see ``dev_split.py``), every gold person whose name has a common
shape (a three-syllable Korean name; an English ``First Last`` or a romanised Korean ``Kim Min-ho``) is
renamed, in the text and in the gold, with a seeded random name of the same shape (the English surname
alone too, as articles refer back by it; a Korean surname with a title, 김 교수, keeps its old surname, so
a link back to the full name can break). Both versions are extracted and scored side by side in one run.
A drop means a rule that knows the names, not the construction. Nothing is written to disk.

usage: python bench/bench_name_swap.py [SEEDS] [CORPUS_DIR]   (default: 3 seeds, ../shared/corpus/dev)
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import replace
from pathlib import Path

from kg.evaluate import Scores, load_gold, score_article
from kg.extract import extract, to_record
from kg.ingest import read_articles

CHECK_FROM = 100
KO_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
KO_SYLLABLES = "민서준지현우도하윤수영성재희진아은태호경"
EN_FIRST = ["Nora", "Raj", "Mina", "Carlos", "Ingrid", "Tomasz", "Aiko", "Daniel", "Fatima", "Lukas", "Grace", "Omar"]
EN_LAST = ["Banks", "Patel", "Okafor", "Lindqvist", "Moreau", "Novak", "Hughes", "Tanaka", "Silva", "Brennan",
           "Kowalski", "Reyes"]
KR_LAST = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"]
KR_SYLLABLES = ["min", "seo", "jun", "ji", "hyun", "woo", "do", "ha", "yoon", "soo", "young", "sung", "jae", "hee"]


def _new_name(name: str, rng: random.Random) -> str | None:
    if re.fullmatch(r"[가-힣]{3}", name):
        return rng.choice(KO_SURNAMES) + rng.choice(KO_SYLLABLES) + rng.choice(KO_SYLLABLES)
    if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+", name):
        return f"{rng.choice(KR_LAST)} {rng.choice(KR_SYLLABLES).capitalize()}-{rng.choice(KR_SYLLABLES)}"
    if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", name):
        return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
    return None


def _renamed(g: dict, mapping: dict[str, str]) -> dict:
    """The gold with every name swapped, also where an organization is named after a person (a lawmaker
    who hosts: 이용빈, 이인선 국회의원실)."""
    def swap(text: str) -> str:
        for old, new in mapping.items():
            text = text.replace(old, new)
        return text

    events = [{**e, **{k: [swap(o) for o in e.get(k, [])] for k in ("organizers", "co_organizers", "sponsors")}}
              for e in g.get("events", [])]
    orgs = [{**o, "name": swap(o["name"]), "aliases": [swap(a) for a in o.get("aliases", [])]} for o in g.get("orgs", [])]
    people = [{**p, "name": mapping.get(p["name"], p["name"]), "org": swap(p["org"]) if p.get("org") else p.get("org")}
              for p in g["people"]]
    return {**g, "events": events, "orgs": orgs, "people": people}


def main(argv: list[str]) -> None:
    seeds = int(argv[0]) if argv else 3
    corpus = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
    gold = load_gold(corpus / "gold")
    articles = {Path(a.source).stem: a for a in read_articles([corpus / "articles"])
                if Path(a.source).stem.split("_", 1)[0].isdigit() and int(Path(a.source).stem.split("_", 1)[0]) < CHECK_FROM}
    for lang in ("ko", "en"):
        keys = sorted(k for k, a in articles.items() if a.lang == lang and k in gold)
        before = Scores()
        for k in keys:
            before.articles.append(k)
            score_article(gold[k], to_record(extract(articles[k])), before)
        print(f"{lang} tune, names as written: {before.summary()}")
        for seed in range(seeds):
            rng, after = random.Random(seed), Scores()
            for k in keys:
                a, g = articles[k], gold[k]
                mapping: dict[str, str] = {}
                for p in g["people"]:
                    new = _new_name(p["name"], rng)
                    # distinct new names that the text does not already hold
                    if new and new not in a.text and new not in mapping.values() and p["name"] not in mapping:
                        mapping[p["name"]] = new
                text = a.text
                for old, new in mapping.items():
                    text = text.replace(old, new)
                    if lang == "en":  # the surname alone, as the article refers back
                        text = re.sub(rf"\b{re.escape(old.split()[-1])}\b", new.split()[-1], text)
                renamed = _renamed(g, mapping)
                after.articles.append(k)
                score_article(renamed, to_record(extract(replace(a, text=text))), after)
            print(f"{lang} tune, names swapped (seed {seed}): {after.summary()}")


if __name__ == "__main__":
    main(sys.argv[1:])
