"""Identity: stable IRIs, aliases resolved, same-named people kept apart."""

from dataclasses import replace
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.model import Article, Event, Extraction
from kg.resolve import resolve, resolve_all, series_name
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


def test_a_university_and_its_short_form_give_one_org_iri_across_articles() -> None:
    short = extract(ko_article("한빛대 박민수 교수가 발표했다.", article_id="a"))
    full = extract(ko_article("한빛대학교 박민수 교수가 발표했다.", article_id="b"))
    def iris(xs: list[Extraction], kind: str) -> set[str]:
        return {iri for r in resolve_all(xs).resolutions.values() for iri in getattr(r, kind).values()}
    assert len(iris([short, full], "orgs")) == 1
    assert len(iris([short, full], "people")) == 1  # the same person at the same organization
    other = extract(ko_article("다온대학교 박민수 교수가 발표했다.", article_id="c"))
    assert len(iris([short, other], "orgs")) == 2


def test_a_national_university_with_and_without_its_mark_gives_one_org_iri_across_articles() -> None:
    marked = extract(ko_article("국립한빛대학교 박민수 교수가 발표했다.", article_id="a"))
    def iris(xs: list[Extraction], kind: str) -> set[str]:
        return {iri for r in resolve_all(xs).resolutions.values() for iri in getattr(r, kind).values()}
    for written in ("한빛대학교", "한빛대"):
        plain = extract(ko_article(f"{written} 박민수 교수가 발표했다.", article_id="b"))
        assert len(iris([marked, plain], "orgs")) == 1
        assert len(iris([marked, plain], "people")) == 1
    other = extract(ko_article("국립다온대학교 박민수 교수가 발표했다.", article_id="c"))
    assert len(iris([marked, other], "orgs")) == 2


def test_a_technopark_and_its_initials_give_one_org_iri_across_articles() -> None:
    full = extract(ko_article("누리테크노파크 박민수 팀장이 발표했다.", article_id="a"))
    short = extract(ko_article("누리TP 박민수 팀장이 발표했다.", article_id="b"))
    other = extract(ko_article("다온테크노파크 박민수 팀장이 발표했다.", article_id="c"))
    def iris(xs: list[Extraction], kind: str) -> set[str]:
        return {iri for r in resolve_all(xs).resolutions.values() for iri in getattr(r, kind).values()}
    assert len(iris([full, short], "orgs")) == 1
    assert len(iris([full, short], "people")) == 1
    assert len(iris([full, other], "orgs")) == 2


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


SERIES = [  # (article, published, text): three editions of one series in one year, and two reports without one
    ("a1", "2025-03-13", "'제1회 2025 산업AI 공동포럼'이 12일 서울 코엑스에서 열렸다."),
    ("a2", "2025-06-19", "'제2회 2025 산업AI 공동포럼'이 18일 서울 코엑스에서 열렸다."),
    ("a3", "2025-11-06", "'제3회 2025 산업AI 공동포럼'이 5일 서울 코엑스에서 열렸다."),
    ("a4", "2025-06-19", "'2025 산업AI 공동포럼'이 18일 서울 코엑스에서 열렸다."),
    ("a5", "2025-12-01", "'2025 산업AI 공동포럼'은 성황리에 마쳤다."),
]


def test_editions_of_one_series_in_one_year_stay_apart() -> None:
    xs = [extract(ko_article(text, article_id=a, published=p)) for a, p, text in SERIES]
    event = {a: next(iter(r.events.values())) for a, r in resolve_all(xs).resolutions.items()}
    assert len({event["a1"], event["a2"], event["a3"]}) == 3  # three editions, three events
    assert event["a4"] == event["a2"]  # no edition number, but the second edition's date
    assert event["a5"] not in {event["a1"], event["a2"], event["a3"]}  # only the year: which edition is not said


def test_a_report_without_edition_or_date_joins_the_one_edition_of_its_year() -> None:
    xs = [extract(ko_article(SERIES[1][2], article_id="a2", published="2025-06-19")),
          extract(ko_article(SERIES[4][2], article_id="a5", published="2025-12-01"))]
    event = {a: next(iter(r.events.values())) for a, r in resolve_all(xs).resolutions.items()}
    assert event["a5"] == event["a2"]


def _series_extraction(aid: str, name: str, edition: int | None, start: str | None) -> Extraction:
    return Extraction(Article(aid, name, f"{aid}.txt", published="2025-12-31"), (Event("e1", name, edition, start),))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["AI 포럼", "Data Summit"]), st.one_of(st.none(), st.integers(1, 3)),
                          st.one_of(st.none(), st.sampled_from(["2025-03-01", "2025-06-01", "2025-09-01"]))),
                min_size=1, max_size=12),
       st.randoms(use_true_random=False))
def test_no_event_holds_two_editions_or_two_dates_and_order_does_not_matter(reports: list, rnd: Random) -> None:
    xs = [_series_extraction(f"a{n}", name, edition, start) for n, (name, edition, start) in enumerate(reports)]
    resolved = resolve_all(xs).resolutions
    held: dict[str, tuple[set, set]] = {}
    for x in xs:
        iri = resolved[x.article.id].events["e1"]
        editions, starts = held.setdefault(iri, (set(), set()))
        editions.update({x.events[0].edition} - {None})
        starts.update({x.events[0].start} - {None})
    assert all(len(editions) <= 1 and len(starts) <= 1 for editions, starts in held.values())
    shuffled = list(xs)
    rnd.shuffle(shuffled)
    assert resolve_all(shuffled).resolutions == resolved


def test_a_reporter_known_by_an_e_mail_is_keyed_at_the_outlet_it_names() -> None:
    # the e-mail's domain writes no organization for the reporter (the record stays as written) …
    mail = extract(ko_article("'AI 포럼'이 5일 열렸다.\n김영준 기자 kyj85@etnews.com", article_id="a"))
    [reporter] = mail.people
    assert [a.org for a in reporter.affiliations] == [None] and mail.reporter_org is not None
    # … but the byline is the outlet's reporter of the article that names the outlet
    named = extract(ko_article("'AI 포럼'이 5일 열렸다.\n김영준 기자\n(출처 : AI 포럼 열려 - 전자신문)", article_id="b"))
    assert [a.org for p in named.people for a in p.affiliations]  # written: an affiliation
    people = {iri for r in resolve_all([mail, named]).resolutions.values() for iri in r.people.values()}
    assert len(people) == 1
