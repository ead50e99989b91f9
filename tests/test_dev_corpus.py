"""Accuracy on the dev corpus in ../shared (a clone has no shared/: then the test skips).

The floors sit just under what the extractor scores on the whole dev corpus (73 articles), so that a
change that loses accuracy fails here; raise them whenever the extractor improves. They guard against
regressions; the issues' targets are measured on articles nobody tuned on (see bench/dev_split.py).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract import extract, to_record
from kg.ingest import read_articles

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score_extraction.py"

pytestmark = pytest.mark.skipif(not (CORPUS / "articles").is_dir() or not SCORER.is_file(),
                                reason="the dev corpus (../shared/corpus/dev) is not here")

# F1 floors per metric, and the share of gold events found / with the right date / with the right venue.
FLOORS = {"ko": {"people": 0.985, "affil": 0.98, "spoke": 0.98, "event_orgs": 0.97,
                 "events_found": 0.98, "dates": 0.97, "venues": 0.97},
          "en": {"people": 0.99, "affil": 0.935, "spoke": 0.92, "event_orgs": 0.90,
                 "events_found": 0.99, "dates": 0.93, "venues": 0.83}}


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dev") / "out.jsonl"
    articles = read_articles([CORPUS / "articles"])
    out.write_text("".join(json.dumps(to_record(extract(a)), ensure_ascii=False) + "\n" for a in articles),
                   encoding="utf-8")
    return out


def _score(output: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, str(SCORER), str(CORPUS / "gold"), str(output), *args],
                          capture_output=True, text=True, check=False)
    return done.stdout


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_scores_stay_above_their_floors(output: Path, lang: str) -> None:
    summary = _score(output, "--lang", lang).strip().splitlines()[-1]
    scores = {k: float(v) for k, v in re.findall(r"(\w+)_F1=([\d.]+)", summary)}
    scores |= {k: int(hit) / int(total) for k, hit, total in re.findall(r"(\w+)=(\d+)/(\d+)", summary)}
    for metric, floor in FLOORS[lang].items():
        assert scores[metric] >= floor, f"{lang} {metric} below {floor}: {summary}"


def test_seed_is_extracted_perfectly(output: Path) -> None:
    rows = _score(output, "--verbose").splitlines()
    seed = next(r for r in rows if r.startswith("00_seed"))
    assert "people=15/15/15" in seed and "spoke=8/8/8" in seed and "event_orgs=8/8/8" in seed
    assert "events=[(True, True, True)]" in seed


def test_every_mention_slices_back_on_real_articles() -> None:
    for article in read_articles([CORPUS / "articles"]):
        x = extract(article)
        text = article.text
        for p in x.people:
            assert all(text[s.start:s.end] in p.name for s in p.mentions), (article.id, p.name)
        for o in x.organizations:
            forms = {o.name, *o.aliases}
            assert all(text[s.start:s.end] in forms for s in o.mentions), (article.id, o.name)
        for e in x.events:
            assert all(text[s.start:s.end] for s in e.mentions)


def test_identity_across_the_dev_corpus(tmp_path: Path) -> None:
    """Issue #4's checks, through the CLI: one KOITA node with its aliases, 이상목 one person,
    the seed's two 김기수 two people, the etnews reporter 김영준 one person over two articles."""
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["ingest", str(CORPUS / "articles"), "--store", store]).exit_code == 0

    def rows(sparql: str) -> list[list[str]]:
        result = runner.invoke(app, ["query", sparql, "--format", "csv", "--store", store])
        assert result.exit_code == 0, result.stderr
        return [line.split(",") for line in result.stdout.strip().splitlines()[1:]]

    koita = rows("SELECT DISTINCT ?o ?alt WHERE { ?o schema:name '한국산업기술진흥협회'@ko ; schema:alternateName ?alt }")
    assert len({o for o, _ in koita}) == 1 and {"산기협"} <= {a for _, a in koita}
    lee = rows("SELECT DISTINCT ?p (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p schema:name '이상목'@ko ; "
               "schema:affiliation ?o } ?o schema:name '한국생산기술연구원'@ko } GROUP BY ?p")
    assert len(lee) == 1 and int(lee[0][1]) >= 2
    kims = rows("SELECT DISTINCT ?p WHERE { GRAPH <https://w3id.org/industry-ai-kg/id/graph/"
                "00_seed_koita_industrial_ai_forum_2025> { ?p schema:name '김기수'@ko } }")
    assert len(kims) == 2
    reporter = rows("SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:author ?p . ?p schema:name '김영준'@ko } "
                    "GROUP BY ?p")
    assert len(reporter) == 1 and reporter[0][1] == "2"
