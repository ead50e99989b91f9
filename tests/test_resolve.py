"""Identity: stable IRIs, aliases resolved, same-named people kept apart."""

from dataclasses import replace

from kg.extract import extract
from kg.model import Extraction
from kg.resolve import resolve, series_name
from tests.conftest import ko_article


def test_iris_are_stable_and_never_raw_text(seed_extraction: Extraction) -> None:
    a, b = resolve(seed_extraction), resolve(seed_extraction)
    assert a == b
    for iri in [*a.orgs.values(), *a.people.values(), *a.events.values()]:
        assert iri.isascii() and " " not in iri


def test_two_kim_kisu_get_two_iris(seed_extraction: Extraction) -> None:
    r = resolve(seed_extraction)
    kims = {r.people[p.id] for p in seed_extraction.people if p.name == "김기수"}
    assert len(kims) == 2


def test_alias_and_full_name_give_one_org_iri() -> None:
    short = extract(ko_article("산기협 박민수 이사가 발표했다.", article_id="a"))
    full = extract(ko_article("한국산업기술진흥협회 박민수 이사가 발표했다.", article_id="b"))
    assert set(resolve(short).orgs.values()) == set(resolve(full).orgs.values())
    # the same person at the same organization, across articles
    assert set(resolve(short).people.values()) == set(resolve(full).people.values())


def test_reporter_and_same_named_speaker_differ() -> None:
    x = extract(ko_article("전자신문 김영준 부장이 발표했다.\n김영준 기자 kyj85@etnews.com"))
    r = resolve(x)
    assert len({r.people[p.id] for p in x.people}) == 2


def test_event_iri_ignores_the_article(seed_extraction: Extraction) -> None:
    other = replace(seed_extraction, article=replace(seed_extraction.article, id="another-article"))
    assert resolve(other).events == resolve(seed_extraction).events


def test_series_name() -> None:
    assert series_name("2025 코리아 인더스트리얼 AI 공동포럼") == "코리아 인더스트리얼 AI 공동포럼"
    assert series_name("제1회 제조 AI 포럼") == "제조 AI 포럼"
    assert series_name("National Manufacturing Week 2019") == "National Manufacturing Week"
