"""One person across Korean and English articles (issue #9, item 5): romanised names, titles that say
the same, and the resolver joining them only on that evidence. Names and sentences are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal

from kg.build import ingest
from kg.crosslingual import hangul_name_keys, latin_name_keys, loose, romanize, titles_agree
from kg.curation import load_curation
from kg.extract.gazetteer import load_gazetteer
from kg.store import GraphStore

GZ = load_gazetteer()


@pytest.mark.parametrize(("hangul", "latin"), [
    ("민호", "minho"), ("김철수", "gimcheolsu"), ("이", "i"), ("최희", "choehui"), ("곽", "gwak"), ("AI 박사", "AI baksa"),
])
def test_revised_romanization_syllable_by_syllable(hangul: str, latin: str) -> None:
    assert romanize(hangul) == latin


@pytest.mark.parametrize(("a", "b"), [
    ("Hyeon-seok", "Hyun Suk"), ("Yeong", "Young"), ("Hui", "Hee"), ("Gyu", "Kyu"), ("Jeong", "Chung"),
    ("Hoon", "Hun"), ("Cheol", "Chul"), ("Ung", "Woong"), ("Gyeong", "Kyung"), ("Seong", "Sung"),
])
def test_loose_keys_forget_spelling_habits(a: str, b: str) -> None:
    assert loose(a) == loose(b)


@pytest.mark.parametrize(("a", "b"), [("Minho", "Minsu"), ("Jae", "Ji"), ("Hyun", "Hwan")])
def test_loose_keys_keep_other_names_apart(a: str, b: str) -> None:
    assert loose(a) != loose(b)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("이민호", "Lee Min-ho"), ("이민호", "Minho Lee"), ("이민호", "Rhee Min Ho"), ("이민호", "Yi Minho"),
    ("정현석", "Jung Hyun-suk"), ("최영희", "Young-hee Choi"), ("남궁민수", "Namgung Min-su"),
    ("박규리", "Kyuri Park"),
])
def test_a_romanised_name_in_either_order_matches_the_hangul_one(hangul: str, latin: str) -> None:
    assert hangul_name_keys(hangul, GZ.surname_spellings) & latin_name_keys(latin)


@pytest.mark.parametrize(("hangul", "latin"), [
    ("이민호", "Lee Min-su"), ("이민호", "Kim Min-ho"), ("이민호", "Min-ho"), ("박규리", "Park Gyu-ri Jane Smith Doe"),
    ("이민호", "Samsung Electronics"),
])
def test_other_names_do_not_match(hangul: str, latin: str) -> None:
    assert not hangul_name_keys(hangul, GZ.surname_spellings) & latin_name_keys(latin)


@pytest.mark.parametrize(("korean", "english", "agree"), [
    ("부사장", "Vice President of AI Research", True),
    ("부사장", "Executive Vice President", True),
    ("사장", "Vice President", False),          # the longer English title hides "president"
    ("사장", "President and CEO", True),
    ("특임교수", "professor of robotics", True),  # by the Korean title's listed ending
    ("대표", "CEO", True),
    ("장관", "Minister of Science and ICT", True),
    ("차관", "Minister", False),
    ("전 장관", "former minister", True),
    ("CTO", "CTO", True),
    ("교수", "CEO", False),
    (None, "CEO", False),                      # no title is no evidence
    ("대표", None, False),
])
def test_titles_that_say_the_same(korean: str | None, english: str | None, agree: bool) -> None:
    assert titles_agree(korean, english, GZ.title_equivalents) is agree


def _write(folder: Path, **articles: tuple[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (lang, text) in articles.items():
        (folder / f"{name}.json").write_text(json.dumps(
            {"id": name, "published": "2025-06-11", "lang": lang, "text": text}, ensure_ascii=False), encoding="utf-8")
    return folder


KO = ("ko", "삼성전자 이민호 부사장은 10일 서울 코엑스에서 열린 '2025 로봇 AI 포럼'에서 기조강연을 했다.")
EN_SAME = ("en", ("Lee Min-ho, vice president of Samsung Electronics, gave the keynote at the Robot AI Forum 2025 "
                  "in Seoul on June 10."))
EN_REORDERED = ("en", "Samsung Electronics Executive Vice President Minho Lee delivered a keynote speech at the forum.")
EN_OTHER_TITLE = ("en", "Samsung Electronics professor Lee Min-ho spoke at the forum.")
EN_OTHER_ORG = ("en", "Lee Min-ho, vice president of Hanbit Robotics, spoke at the forum.")


def _people(store: GraphStore) -> dict[str, set[tuple[str, str | None]]]:
    rows = store.query("SELECT ?p ?n WHERE { ?p a schema:Person ; schema:alternateName ?n }").rows
    out: dict[str, set[tuple[str, str | None]]] = {}
    for p, n in rows:
        out.setdefault(str(p), set()).add((str(n), n.language if isinstance(n, Literal) else None))
    return out


@pytest.mark.parametrize("english", [EN_SAME, EN_REORDERED])
def test_one_person_in_korean_and_english_articles_with_both_names(tmp_path: Path, store: GraphStore,
                                                                     english: tuple[str, str]) -> None:
    ingest([_write(tmp_path / "a", ko=KO, en=english)], store)
    people = _people(store)
    assert len(people) == 1
    [names] = people.values()
    assert ("이민호", "ko") in names and any(lang == "en" for _, lang in names)
    rule = store.query("SELECT ?r WHERE { ?l kgo:rule ?r ; kgo:merged true }").rows
    assert any("Hangul and Latin" in str(r[0]) for r in rule)


@pytest.mark.parametrize("english", [EN_OTHER_TITLE, EN_OTHER_ORG])
def test_without_the_same_organization_and_title_they_stay_two(tmp_path: Path, store: GraphStore,
                                                               english: tuple[str, str]) -> None:
    ingest([_write(tmp_path / "a", ko=KO, en=english)], store)
    assert len(_people(store)) == 2


def test_a_curation_line_joins_them_without_a_title(tmp_path: Path, store: GraphStore) -> None:
    curation = tmp_path / "curation.tsv"
    curation.write_text("person\tmerge\t이민호@삼성전자\tLee Min-ho@Samsung Electronics\n", encoding="utf-8")
    ingest([_write(tmp_path / "a", ko=KO, en=EN_OTHER_TITLE)], store, curation=load_curation(curation))
    assert len(_people(store)) == 1
