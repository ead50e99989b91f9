"""kg eval: the metrics on annotations of our own, and agreement with the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.evaluate import evaluate

TEXT = ("한국로봇협회(회장 문진호)는 24일 서울 코엑스에서 '2025 로봇 AI 포럼'을 개최했다. "
        "이번 포럼은 한빛전자가 후원했다. 기조강연에 나선 윤하람 카이스트 교수는 “로봇이 공장을 바꾼다”고 말했다. "
        "이어 배서윤 한빛전자 상무가 발표했다.")
GOLD = {
    "source_file": "a1.json", "lang": "ko",
    "events": [{"name": "2025 로봇 AI 포럼", "date": "2025-11-24", "venue": "코엑스",
                "organizers": ["한국로봇협회"], "co_organizers": [], "sponsors": ["한빛전자"]}],
    "people": [
        {"name": "문진호", "org": "한국로봇협회", "title": "회장", "roles": ["host_rep"]},
        {"name": "윤하람", "org": "한국과학기술원", "title": "교수", "roles": ["keynote", "quoted"]},
        {"name": "배서윤", "org": "한빛전자", "title": "상무", "roles": ["speaker"]},
        {"name": "오지우", "org": "한빛전자", "title": "팀장", "roles": ["panelist"]},  # not in the text: a miss
    ],
    "orgs": [{"name": "한국과학기술원", "aliases": ["카이스트"]}],
}


@pytest.fixture
def annotated(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold" / "a1.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "articles" / "a1.json").write_text(
        json.dumps({"id": "a1", "published": "2025-11-25", "text": TEXT}, ensure_ascii=False), encoding="utf-8")
    return tmp_path / "gold", tmp_path / "articles"


def test_metrics(annotated: tuple[Path, Path]) -> None:
    gold, articles = annotated
    s = evaluate(gold, [articles])
    assert (s.people.tp, s.people.system, s.people.gold) == (3, 3, 4)
    assert s.people.precision == 1.0 and s.people.recall == 0.75
    assert (s.affil.tp, s.affil.gold) == (3, 4)  # 카이스트 matches 한국과학기술원 through the gold alias
    assert (s.spoke.tp, s.spoke.system, s.spoke.gold) == (2, 2, 3)
    assert (s.event_orgs.tp, s.event_orgs.gold) == (2, 2)
    assert (s.events.tp, s.dates.tp, s.venues.tp) == (1, 1, 1)
    assert s.summary().startswith("people_F1=0.857(P=1.00,R=0.75)")


def test_missing_article_counts_as_nothing_found(annotated: tuple[Path, Path], tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "other.txt").write_text("다른 기사", encoding="utf-8")
    s = evaluate(annotated[0], [tmp_path / "empty"])
    assert s.missing == ["a1"] and s.people.tp == 0 and s.people.gold == 4


def test_bad_gold_is_named(tmp_path: Path) -> None:
    (tmp_path / "g.json").write_text("{", encoding="utf-8")
    with pytest.raises(KGError, match=r"g\.json: cannot read gold"):
        evaluate(tmp_path, [tmp_path])
    with pytest.raises(KGError, match="no gold files"):
        evaluate(tmp_path / "nothing", [tmp_path])


SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.skipif(not (SHARED / "tools" / "score_extraction.py").is_file(), reason="../shared is not here")
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_agrees_with_the_shared_scorer(tmp_path: Path, lang: str) -> None:
    from kg.extract import extract, to_record
    from kg.ingest import read_articles

    corpus = SHARED / "corpus" / "dev"
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(to_record(extract(a)), ensure_ascii=False) + "\n"
                           for a in read_articles([corpus / "articles"])), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SHARED / "tools" / "score_extraction.py"), str(corpus / "gold"),
                           str(out), "--lang", lang], capture_output=True, text=True, check=True)
    assert evaluate(corpus / "gold", [corpus / "articles"], lang=lang).summary() == done.stdout.strip().splitlines()[-1]
