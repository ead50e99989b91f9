"""Identity across articles (issue #4): one node per organization, person and event edition,
same-named people kept apart, order independence, curation and provenance.

Articles are short texts written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic

from kg.build import ingest, remove, resolve_store
from kg.curation import CurationError, load_curation
from kg.explain import explain
from kg.duplicates import find_duplicates
from kg.store import GraphStore, OxigraphStore

A = ("2025-06-11", "한국로봇산업협회(로봇협회)는 10일 서울 코엑스에서 '2025 로봇 AI 포럼'을 개최했다. "
     "기조강연에 나선 윤하람 카이스트 교수는 “로봇이 공장을 바꾼다”고 말했다. "
     "이어 배서윤 한빛전자 상무와 김도현 딥비전 대표가 발표했다.\n박지성 기자 jspark@example.com")
B = ("2025-06-20", "로봇협회 문진호 회장은 19일 간담회에서 “포럼 성과를 이어가겠다”고 말했다. "
     "이 자리에는 배서윤 한빛전자 전무와 김도현 한빛전자 부장이 참석했다.")
C = ("2025-06-01", "'2025 로봇 AI 포럼'이 오는 10일 서울 코엑스에서 열린다. 윤하람 카이스트 교수가 기조강연을 맡는다.")
D = ("2024-06-12", "한국로봇산업협회는 11일 서울 코엑스에서 '2024 로봇 AI 포럼'을 개최했다. "
     "박지성 한빛전자 상무가 발표했다.")


def _write(folder: Path, **articles: tuple[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (published, text) in articles.items():
        (folder / f"{name}.json").write_text(json.dumps({"id": name, "published": published, "text": text},
                                                        ensure_ascii=False), encoding="utf-8")
    return folder


def _nodes(store: GraphStore, cls: str, name: str) -> list[str]:
    """The nodes of class ``cls`` that have ``name`` as their name or an alternate name."""
    q = (f"SELECT DISTINCT ?n ?name WHERE {{ ?n a {cls} ; schema:name|schema:alternateName ?l . "
         f"FILTER (STR(?l) = ?name) }}")  # ?name: a simple literal
    return sorted({str(r[0]) for r in store.query(q, bindings={"name": Literal(name)}).rows})


@pytest.fixture
def four(tmp_path: Path) -> Path:
    return _write(tmp_path / "articles", a=A, b=B, c=C, d=D)


def test_an_alias_defined_in_one_article_resolves_another(four: Path, store: GraphStore) -> None:
    ingest([four], store)
    assert len(_nodes(store, "schema:Organization", "로봇협회")) == 1
    assert _nodes(store, "schema:Organization", "로봇협회") == _nodes(store, "schema:Organization", "한국로봇산업협회")


def test_same_name_same_organization_is_one_person_whatever_the_title(four: Path, store: GraphStore) -> None:
    ingest([four], store)
    [bae] = _nodes(store, "schema:Person", "배서윤")
    titles = store.query("SELECT ?title ?date ?p WHERE { ?m org:member ?p ; kgo:title ?title ; kgo:reportedOn ?date }"
                         " ORDER BY ?date", bindings={"p": URIRef(bae)}).rows
    assert [(str(t), str(d)) for t, d, _ in titles] == [("상무", "2025-06-11"), ("전무", "2025-06-20")]


def test_same_name_other_organization_is_another_person(four: Path, store: GraphStore) -> None:
    ingest([four], store)
    assert len(_nodes(store, "schema:Person", "김도현")) == 2  # 딥비전 대표, 한빛전자 부장


def test_a_reporter_is_not_the_speaker_with_the_same_name(four: Path, store: GraphStore) -> None:
    ingest([four], store)
    assert len(_nodes(store, "schema:Person", "박지성")) == 2  # the reporter of a, the 한빛전자 상무 of d


def test_announcement_and_report_are_one_event_and_years_are_editions(four: Path, store: GraphStore) -> None:
    ingest([four], store)
    assert len(_nodes(store, "kgo:Event", "2025 로봇 AI 포럼")) == 1
    rows = store.query("SELECT DISTINCT ?e WHERE { ?e schema:superEvent ?s . ?s a kgo:EventSeries }").rows
    assert len(rows) == 2  # the 2024 and 2025 editions of one series
    [series] = {str(r[0]) for r in store.query("SELECT ?s WHERE { ?s a kgo:EventSeries }").rows}
    assert series.startswith("https://w3id.org/industry-ai-kg/id/series/")


def test_two_same_named_people_of_one_article_stay_two(tmp_path: Path, store: GraphStore) -> None:
    folder = _write(tmp_path / "x", one=("2025-01-02", "사진 왼쪽부터 포스코 김하준 부사장, 딥아이 김하준 대표."),
                    two=("2025-01-03", "포스코 김하준 부사장이 발표했다. 이어 딥아이 김하준 대표가 발표했다."))
    ingest([folder], store)
    assert len(_nodes(store, "schema:Person", "김하준")) == 2


def test_one_article_naming_one_person_at_two_organizations_links_them(tmp_path: Path, store: GraphStore) -> None:
    folder = _write(tmp_path / "x",
                    one=("2025-01-02", "사진 왼쪽부터 국가AI위원회 조하늘 분과장.\n기조강연에 나선 조하늘 한국AI협회 회장은 말했다."),
                    two=("2025-02-02", "한국AI협회 조하늘 회장이 발표했다."),
                    three=("2025-03-02", "국가AI위원회 조하늘 분과장이 참석했다."))
    ingest([folder], store)
    assert len(_nodes(store, "schema:Person", "조하늘")) == 1


def _snapshot(store: GraphStore) -> tuple[Dataset, bytes]:
    ds = Dataset()
    ds.parse(data=store.nquads(), format="nquads")
    return ds, b"".join(sorted(store.nquads().splitlines()))


def test_order_does_not_matter(four: Path, tmp_path: Path) -> None:
    files = sorted(four.glob("*.json"))
    with OxigraphStore(tmp_path / "s1") as s1, OxigraphStore(tmp_path / "s2") as s2, \
            OxigraphStore(tmp_path / "s3") as s3:
        ingest(files, s1)
        ingest(list(reversed(files)), s2)
        for f in [files[2], files[0], files[3], files[1]]:  # one at a time
            ingest([f], s3)
        assert isomorphic(s1.merged(), s2.merged()) and isomorphic(s1.merged(), s3.merged())
        assert _snapshot(s1)[1] == _snapshot(s2)[1] == _snapshot(s3)[1]


def test_removal_keeps_what_other_articles_support(four: Path, store: GraphStore) -> None:
    ingest([four], store)
    assert remove(store, "b")
    [bae] = _nodes(store, "schema:Person", "배서윤")  # still named by article a
    titles = store.query("SELECT ?t ?p WHERE { ?m org:member ?p ; kgo:title ?t }",
                         bindings={"p": URIRef(bae)}).rows
    assert [str(t) for t, _ in titles] == ["상무"]
    assert _nodes(store, "schema:Person", "문진호") == []  # only b named him


def test_curation_merge_split_label_and_undo(four: Path, tmp_path: Path, store: GraphStore) -> None:
    ingest([four], store)
    cur = tmp_path / "curation.tsv"
    cur.write_text("# test decisions\n"
                   "person\tmerge\t김도현@딥비전\t김도현@한빛전자\n"
                   "org\tlabel\t로봇협회\t한국로봇산업협회(KAR)\n"
                   "org\talias\t한빛전자\tHanbit Electronics\n", encoding="utf-8")
    resolve_store(store, load_curation(cur))
    assert len(_nodes(store, "schema:Person", "김도현")) == 1
    assert _nodes(store, "schema:Organization", "한국로봇산업협회(KAR)") == _nodes(store, "schema:Organization", "로봇협회")
    rule = store.query("SELECT ?rule WHERE { ?d a kgo:ResolutionDecision ; kgo:rule ?rule ; kgo:merged true . "
                       "FILTER (CONTAINS(?rule, 'curation')) }").rows
    assert any(str(cur) + ":2" in str(r[0]) for r in rule)
    cur.write_text("# the merge line removed\n", encoding="utf-8")  # undo the merge
    resolve_store(store, load_curation(cur))
    assert len(_nodes(store, "schema:Person", "김도현")) == 2


@pytest.mark.parametrize(("line", "problem"), [
    ("org\tmerge\t한빛전자", "expected 4 tab-separated cells"),
    ("team\tmerge\ta\tb", "kinds: org, person"),
    ("person\tmerge\t김도현\t김도현@딥비전", "NAME@ORGANIZATION"),
    ("person\talias\t김도현@딥비전\tDH", "not alias"),
])
def test_bad_curation_lines_are_named(tmp_path: Path, line: str, problem: str) -> None:
    cur = tmp_path / "c.tsv"
    cur.write_text("# ok\n" + line + "\n", encoding="utf-8")
    with pytest.raises(CurationError, match=f"c.tsv:2: .*{problem}"):
        load_curation(cur)


def test_explain_gives_articles_sentences_and_spans(four: Path, store: GraphStore) -> None:
    ingest([four], store)
    [node] = explain(store, "로봇협회")
    assert node.label == "한국로봇산업협회"
    organizer = next(f for f in node.facts if f.prop == "^schema:organizer")
    assert set(organizer.articles) <= {"a", "d"}
    names = {f.value for f in node.facts if f.prop == "schema:alternateName"}
    assert names == {"로봇협회"}
    ev = next(f.evidence for f in node.facts if f.prop == "schema:name")
    start, end = (int(x) for x in ev[1:ev.index("]")].split(":"))
    assert A[1][start:end] in ("한국로봇산업협회", "로봇협회")


def test_duplicates_lists_candidates_without_merging(four: Path, store: GraphStore) -> None:
    ingest([four], store)
    found = find_duplicates(store)
    kims = [c for c in found if c.kind == "person" and c.a_label.startswith("김도현")]
    assert kims and len(_nodes(store, "schema:Person", "김도현")) == 2
    assert found == sorted(found, key=lambda c: (-c.score, c.kind, c.a_label, c.b_label))


def test_a_resolution_pass_maps_again_only_the_articles_whose_inputs_changed(tmp_path: Path) -> None:
    """A second pass rewrites nothing; a curation line that relabels one organization rewrites only the
    article naming it, and the new label is in the graph."""
    folder = _write(tmp_path / "articles", a=A, b=B, d=D)
    with OxigraphStore(tmp_path / "s") as store:
        ingest([folder], store)
        assert resolve_store(store).rewritten == 0
        curation = tmp_path / "curation.tsv"
        curation.write_text("org\tlabel\t딥비전\t딥비전 주식회사\n", encoding="utf-8")
        report = resolve_store(store, load_curation(curation))
        assert (report.articles, report.rewritten) == (3, 1)  # only a names 딥비전
        names = store.query("SELECT ?n WHERE { ?o a schema:Organization ; schema:name ?n } ").rows
        assert "딥비전 주식회사" in {str(r[0]) for r in names}
        assert resolve_store(store, load_curation(curation)).rewritten == 0
