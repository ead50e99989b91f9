"""Canned queries on the seed, safe parameters, and result formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kg.build import ingest
from kg.errors import QueryError
from kg.formats import ResultFormat
from kg.query import canned_queries, format_result, get_query, run_canned
from kg.store import GraphStore
from tests.conftest import make_store

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"


@pytest.fixture(params=["embedded", "server", "virtuoso"])
def seeded(request: pytest.FixtureRequest, tmp_path: Path) -> GraphStore:
    s = make_store(request.param, tmp_path, request)
    ingest([SEED], s)
    yield s
    s.close()


def _dicts(result) -> list[dict[str, str]]:  # noqa: ANN001
    return [{v: ("" if t is None else str(t)) for v, t in zip(result.variables, row)} for row in result.rows]


def test_who_spoke_where_lists_every_speaker_keynote_and_moderator(seeded: GraphStore) -> None:
    rows = _dicts(run_canned(seeded, "who-spoke-where"))
    got = {(r["personName"], r["orgName"], r["role"]) for r in rows}
    expected_speakers = {("김무상", "포스코홀딩스"), ("채규일", "HD현대삼호"), ("장현영", "한국전력기술"),
                         ("김종훈", "한국산업기술진흥협회"), ("이상형", "토트"), ("김기수", "딥아이")}
    assert {(n, o) for n, o, role in got if role == "speaker"} == expected_speakers
    assert {(n, o) for n, o, role in got if role == "panelist"} == expected_speakers
    assert ("이순영", "LG AI연구원", "moderator") in got
    assert ("조준희", "국가AI전략위원회", "keynote") in got
    kim = next(r for r in rows if r["personName"] == "김기수" and r["role"] == "speaker")
    assert kim["title"] == "대표" and kim["partName"] == "기업 AI 실태분석 및 산학연 AI 협업 사례"
    assert kim["talkTitle"] == "AI 전환 시대, 비파괴검사의 진화에 따른 비파괴 검사의 미래"
    assert kim["eventName"] == "2025 코리아 인더스트리얼 AI 공동포럼"
    assert all(r["personName"] != "고서곤" for r in rows)  # an attendee did not speak


def test_people_of_org_by_alias(seeded: GraphStore) -> None:
    rows = _dicts(run_canned(seeded, "people-of-org", {"org": "산기협"}))
    assert {r["personName"] for r in rows} == {"김종훈", "구자균", "고서곤"}
    assert {r["orgName"] for r in rows} == {"한국산업기술진흥협회"}


def test_events_and_co_speakers(seeded: GraphStore) -> None:
    [event] = _dicts(run_canned(seeded, "events"))
    assert (event["name"], event["edition"], event["start"], event["venue"], event["city"]) == (
        "2025 코리아 인더스트리얼 AI 공동포럼", "4", "2025-11-24", "포스코센터", "서울")
    pairs = _dicts(run_canned(seeded, "co-speakers"))
    assert len(pairs) == 8 * 7 // 2  # 8 people spoke: 6 presenters, the keynote, the moderator


def test_parameter_values_are_never_sparql(seeded: GraphStore) -> None:
    hostile = '산기협" } } DELETE WHERE { ?s ?p ?o } #'
    before = len(seeded.merged())
    assert run_canned(seeded, "people-of-org", {"org": hostile}).rows == ()
    assert len(seeded.merged()) == before > 500  # nothing was deleted


def test_unknown_names_and_params_are_explained(seeded: GraphStore) -> None:
    with pytest.raises(QueryError, match="available: articles, co-speakers, events, explain, nif-mentions, people-of-org, who-spoke-where"):
        get_query("who-spoke")
    with pytest.raises(QueryError, match="needs --param org"):
        run_canned(seeded, "people-of-org")
    with pytest.raises(QueryError, match="has no parameter colour"):
        run_canned(seeded, "events", {"colour": "red"})
    with pytest.raises(QueryError, match="no person, organization or event has that name"):
        run_canned(seeded, "who-spoke-where", {"event": "not an iri"})  # a name that names nothing
    with pytest.raises(QueryError, match="must be an IRI"):
        run_canned(seeded, "who-spoke-where", {"event": "urn:with space"})
    with pytest.raises(QueryError, match="invalid SPARQL"):
        seeded.query("SELEC ?x")


def test_event_parameter_filters(seeded: GraphStore) -> None:
    rows = _dicts(run_canned(seeded, "who-spoke-where"))
    event = rows[0]["event"]
    assert len(run_canned(seeded, "who-spoke-where", {"event": event}).rows) == len(rows)
    assert run_canned(seeded, "who-spoke-where", {"event": "https://example.org/none"}).rows == ()


def test_formats(seeded: GraphStore) -> None:
    result = run_canned(seeded, "events")
    parsed = json.loads(format_result(result, ResultFormat.JSON))
    assert parsed["head"]["vars"][0] == "event"
    assert parsed["results"]["bindings"][0]["start"]["datatype"].endswith("#date")
    rows = list(csv.reader(io.StringIO(format_result(result, ResultFormat.CSV))))
    assert rows[0][1] == "name" and rows[1][1] == "2025 코리아 인더스트리얼 AI 공동포럼"
    csv_text = format_result(result, ResultFormat.CSV)
    assert csv_text.startswith("event,name,") and csv_text.count("\r\n") == len(result.rows) + 1  # W3C: CRLF
    tsv = format_result(result, ResultFormat.TSV)
    assert tsv.splitlines()[0].split("\t")[:2] == ["?event", "?name"]  # W3C TSV: ?var, N-Triples terms
    import pyoxigraph as ox

    for fmt, text in ((ox.QueryResultsFormat.TSV, tsv), (ox.QueryResultsFormat.JSON, format_result(result, ResultFormat.JSON))):
        back = list(ox.parse_query_results(text.encode(), format=fmt))  # type: ignore[arg-type]
        assert len(back) == len(result.rows) and back[0]["name"].value == "2025 코리아 인더스트리얼 AI 공동포럼"
    ask = seeded.query("ASK { ?s a schema:Person }")
    assert format_result(ask, ResultFormat.JSON) == '{"head": {}, "boolean": true}'
    graph = seeded.query("CONSTRUCT { ?s a schema:Person } WHERE { ?s a schema:Person }")
    assert json.loads(format_result(graph, ResultFormat.JSON))  # JSON-LD, not Turtle
    with pytest.raises(QueryError, match="has no CSV form"):
        format_result(graph, ResultFormat.CSV)


def test_articles(seeded: GraphStore) -> None:
    [row] = _dicts(run_canned(seeded, "articles"))
    assert (row["id"], row["published"], row["events"], row["reporters"]) == (
        "00_seed_koita_industrial_ai_forum_2025", "2025-11-25", "2025 코리아 인더스트리얼 AI 공동포럼", "김영준")


def test_every_canned_query_has_a_description() -> None:
    assert {"who-spoke-where", "events", "people-of-org", "co-speakers"} <= set(canned_queries())
    assert all(q.description for q in canned_queries().values())


def test_nif_mentions_writes_out_every_mention_as_full_nif(seeded: GraphStore) -> None:
    """The store keeps one triple per mention; the canned CONSTRUCT gives back begin, end, anchor and
    context, and every anchor is the stretch of its article's text the offsets say."""
    from kg.vocab import ITSRDF, NIF

    result = run_canned(seeded, "nif-mentions")
    assert result.kind == "graph" and result.graph is not None
    g = result.graph
    texts = {str(a): str(t) for a, t in seeded.query(
        "SELECT ?a ?t WHERE { GRAPH ?g { ?a nif:isString ?t } }").rows}
    mentions = set(g.subjects(ITSRDF.taIdentRef, None))
    assert len(mentions) > 40
    for m in mentions:
        begin, end = int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex))
        context = str(g.value(m, NIF.referenceContext))
        assert str(m) == f"{context}#char={begin},{end}"
        assert str(g.value(m, NIF.anchorOf)) == texts[context][begin:end]
    one = next(iter(set(g.objects(None, ITSRDF.taIdentRef))))
    only = run_canned(seeded, "nif-mentions", {"entity": str(one)}).graph
    assert only is not None and set(only.objects(None, ITSRDF.taIdentRef)) == {one}


def test_search_finds_names_and_aliases_by_any_part(seeded: GraphStore) -> None:
    from kg.query import search_entities

    [person] = search_entities(seeded, "김무")
    assert (person.label, person.kind) == ("김무상", "person")
    assert any(f.kind == "event" for f in search_entities(seeded, "공동포럼"))
    assert {f.label for f in search_entities(seeded, "산기협")} == {"한국산업기술진흥협회"}  # an alias finds the name
    assert search_entities(seeded, "   ") == [] and search_entities(seeded, "없는이름") == []
    assert search_entities(seeded, 'x" } } DROP ALL #') == []  # the text is a literal, never query syntax
    assert len(search_entities(seeded, "", 5)) == 0 and len(search_entities(seeded, "이", 3)) <= 3
