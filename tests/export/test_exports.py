"""Exports: RDF files that parse and conform, graph files that round-trip, offline HTML views."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.build import ingest
from kg.errors import ExportError
from kg.export.files import write_graph
from kg.export.networkx import Filters, to_networkx
from kg.export.pyvis import render_html, write_view
from kg.export.rdf import export_rdf
from kg.extract import extract
from kg.formats import ExportFormat, View
from kg.model import Article
from kg.ontology import to_graph, validate
from kg.store import OxigraphStore

SEED = Path(__file__).resolve().parents[2] / "data" / "seed"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> OxigraphStore:
    s = OxigraphStore(tmp_path_factory.mktemp("x") / "store")
    ingest([SEED], s)
    yield s
    s.close()


def test_turtle_parses_and_conforms(seeded: OxigraphStore, tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    export_rdf(seeded, ExportFormat.TURTLE, out)
    g = Graph().parse(out, format="turtle")
    assert isomorphic(g, seeded.merged())
    assert validate(g).conforms


def test_nquads_round_trip_into_a_new_store(seeded: OxigraphStore, tmp_path: Path) -> None:
    out = tmp_path / "g.nq"
    export_rdf(seeded, ExportFormat.NQUADS, out)
    with OxigraphStore(tmp_path / "copy") as copy:
        copy._store.load(path=str(out), format=__import__("pyoxigraph").RdfFormat.N_QUADS)
        a, b = Dataset(), Dataset()
        a.parse(data=seeded.nquads(), format="nquads")
        b.parse(data=copy.nquads(), format="nquads")
        assert sorted(a.quads()) == sorted(b.quads())


def test_trig_keeps_named_graphs_and_jsonld_parses(seeded: OxigraphStore, tmp_path: Path) -> None:
    export_rdf(seeded, ExportFormat.TRIG, tmp_path / "g.trig")
    ds = Dataset()
    ds.parse(tmp_path / "g.trig", format="trig")
    names = {str(c.identifier) for c in ds.graphs()}
    assert any("/graph/00_seed" in n for n in names)
    export_rdf(seeded, ExportFormat.JSONLD, tmp_path / "g.jsonld")
    assert isomorphic(Graph().parse(tmp_path / "g.jsonld", format="json-ld"), seeded.merged())


def test_export_rdf_refuses_graph_formats(seeded: OxigraphStore, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="not an RDF format"):
        export_rdf(seeded, ExportFormat.GEXF, tmp_path / "g.gexf")


def test_graphml_and_gexf_round_trip(seeded: OxigraphStore, tmp_path: Path) -> None:
    g = to_networkx(seeded)
    write_graph(g, ExportFormat.GRAPHML, tmp_path / "g.graphml")
    write_graph(g, ExportFormat.GEXF, tmp_path / "g.gexf")
    for back in (nx.read_graphml(tmp_path / "g.graphml"), nx.read_gexf(tmp_path / "g.gexf")):
        assert set(back.nodes) == set(g.nodes)
        assert back.number_of_edges() == g.number_of_edges()
    back = nx.read_graphml(tmp_path / "g.graphml")
    people = [d for _n, d in back.nodes(data=True) if d["type"] == "Person"]
    assert len(people) == 15 and all(d["label"] for d in people)


def test_who_spoke_where_projection(seeded: OxigraphStore) -> None:
    g = to_networkx(seeded, View.WHO_SPOKE_WHERE)
    labels = {d["label"] for _n, d in g.nodes(data=True) if d["type"] == "Person"}
    assert labels == {"김무상", "채규일", "장현영", "김종훈", "이상형", "김기수", "조준희", "이순영"}
    roles = {d.get("role") for _u, _v, d in g.edges(data=True) if d["relation"] == "role"}
    assert roles == {"keynote", "speaker", "panelist", "moderator"}


def _external_refs(html: str) -> list[str]:
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html, re.I)
    return [t for t in tags if re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", t, re.I)]


def test_view_is_self_contained(seeded: OxigraphStore, tmp_path: Path) -> None:
    # who-spoke-where is the explorer as one file: its network as JSON in the page, laid out
    out = tmp_path / "v.html"
    assert write_view(seeded, out) > 10
    html = out.read_text(encoding="utf-8")
    assert _external_refs(html) == [] and "<script src=" not in html and "<link " not in html
    assert "new vis.Network" in html and 'id="kg-data"' in html
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    assert "김무상" in {n["label"] for n in data["nodes"]}
    assert "포스코그룹 AI 활용 및 인재육성 현황" in {e["talk"] for e in data["edges"]}  # talks for the details
    assert "AI 활용과 인재혁신 사례" in {n["label"] for n in data["nodes"]}  # and the parts of the event
    # the other views are pyvis networks that settle and stop
    write_view(seeded, out, View.ORG_NETWORK)
    html = out.read_text(encoding="utf-8")
    assert _external_refs(html) == [] and "stabilizationIterationsDone" in html


def test_the_explorer_file_keeps_text_inside_its_data() -> None:
    from kg.export.explorer import NetNode, Network, explorer_html

    hostile = "</script><script>alert(1)</script>"
    node = NetNode("n1", hostile, "Person", "", "", "", "", 0.0, 0.0, 0, (), (), None)
    html = explorer_html(Network((node,), (), 1, False, (), (), (), ()))
    assert "alert(1)</script>" not in html  # "<" is written \u003c inside the data
    data = re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1)
    assert json.loads(data)["nodes"][0]["label"] == hostile


def test_hostile_text_cannot_break_out_of_the_page() -> None:
    text = ("'<script>alert(1)</script> 포럼'이 24일 서울 코엑스에서 열렸다. "
            "<img src=x onerror=alert(2)> 박민수 카카오 이사가 발표했다.")
    article = Article("xss", text, "xss.txt", published="2025-01-25")
    with OxigraphStore() as s:
        s.replace_article("xss", to_graph(extract(article)))
        html = render_html(to_networkx(s, View.FULL))
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert _external_refs(html) == []


def test_gexf_keeps_labels_and_attributes_for_gephi(seeded: OxigraphStore, tmp_path: Path) -> None:
    g = to_networkx(seeded)
    write_graph(g, ExportFormat.GEXF, tmp_path / "g.gexf")
    back = nx.read_gexf(tmp_path / "g.gexf")
    kim = next(d for _n, d in back.nodes(data=True) if d["label"] == "김무상")
    assert kim["type"] == "Person" and kim["title"] == "부장" and kim["org"] == "포스코홀딩스"
    roles = {d.get("role") for _u, _v, d in back.edges(data=True) if d.get("relation") == "role"}
    assert {"keynote", "speaker", "panelist", "moderator"} <= roles


def test_nodelink_and_cytoscape(seeded: OxigraphStore, tmp_path: Path) -> None:
    g = to_networkx(seeded, View.WHO_SPOKE_WHERE)
    write_graph(g, ExportFormat.NODELINK, tmp_path / "g.json")
    back = nx.node_link_graph(json.loads((tmp_path / "g.json").read_text(encoding="utf-8")), edges="links")
    assert set(back.nodes) == set(g.nodes) and back.number_of_edges() == g.number_of_edges()
    write_graph(g, ExportFormat.CYTOSCAPE, tmp_path / "c.json")
    cy = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert len(cy["elements"]["nodes"]) == g.number_of_nodes()
    assert len(cy["elements"]["edges"]) == g.number_of_edges()
    assert {n["data"]["label"] for n in cy["elements"]["nodes"]} >= {"김무상", "2025 코리아 인더스트리얼 AI 공동포럼"}


def test_neo4j_csv_headers(seeded: OxigraphStore, tmp_path: Path) -> None:
    import csv

    from kg.export.neo4j import import_command, write_neo4j

    files = write_neo4j(to_networkx(seeded), tmp_path / "neo")
    assert {"Person.csv", "Organization.csv", "Event.csv", "ROLE.csv", "MEMBER_OF.csv"} <= set(files)
    with open(tmp_path / "neo" / "Person.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "iri:ID" and rows[0][-1] == ":LABEL" and len(rows) == 16
    with open(tmp_path / "neo" / "ROLE.csv", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[:2] == [":START_ID", ":END_ID"] and header[-1] == ":TYPE"
    cmd = import_command(files)
    assert "--nodes=Person=Person.csv" in cmd and "--relationships=ROLE=ROLE.csv" in cmd


def test_views_and_filters(seeded: OxigraphStore) -> None:
    people = to_networkx(seeded, View.PERSON_NETWORK)
    assert people.number_of_nodes() == 8 and people.number_of_edges() == 28
    assert all(d["weight"] == 1 for _u, _v, d in people.edges(data=True))
    orgs = to_networkx(seeded, View.ORG_NETWORK)
    labels = {d["label"] for _n, d in orgs.nodes(data=True)}
    assert {"한국산업기술진흥협회", "울산과학기술원", "과학기술정보통신부"} <= labels
    types = {t for _u, _v, d in orgs.edges(data=True) for t in d["relation"].split("; ")}
    assert types == {"co_organized", "sponsored", "sent_speakers"}
    ego = to_networkx(seeded, View.EGO, focus="김무상", hops=1)
    assert {d["label"] for _n, d in ego.nodes(data=True)} >= {"김무상", "포스코홀딩스"}
    assert ego.number_of_nodes() < to_networkx(seeded).number_of_nodes()
    speakers = to_networkx(seeded, View.WHO_SPOKE_WHERE, filters=Filters(roles=frozenset({"moderator"})))
    assert {d["label"] for _n, d in speakers.nodes(data=True) if d["type"] == "Person"} == {"이순영"}
    assert to_networkx(seeded, View.WHO_SPOKE_WHERE, filters=Filters(since="2026-01-01")).number_of_nodes() == 0
    by_org = to_networkx(seeded, View.WHO_SPOKE_WHERE, filters=Filters(org="포스코"))
    assert {d["label"] for _n, d in by_org.nodes(data=True) if d["type"] == "Person"} == {"김무상"}


def test_ego_needs_one_node(seeded: OxigraphStore) -> None:
    with pytest.raises(ExportError, match="names 2 nodes"):
        to_networkx(seeded, View.EGO, focus="김기수")
    with pytest.raises(ExportError, match="nothing in the graph is named"):
        to_networkx(seeded, View.EGO, focus="없는사람")


def test_too_big_a_view_says_what_to_do() -> None:
    from kg.export.pyvis import MAX_NODES

    g = nx.path_graph(MAX_NODES + 1)
    nx.set_node_attributes(g, "Person", "type")
    nx.set_node_attributes(g, "x", "label")
    with pytest.raises(ExportError, match="--event.*ego.*gexf"):
        render_html(g)


def test_jsonld_context_file_is_the_ontology_context() -> None:
    from kg.export.rdf import jsonld_context

    shipped = json.loads((Path(__file__).resolve().parents[2] / "ontology" / "context.jsonld").read_text("utf-8"))
    assert shipped == {"@context": jsonld_context()}


def test_views_say_their_language_and_name_korean_fonts(seeded: OxigraphStore, tmp_path: Path) -> None:
    """Korean names must not render as boxes: the page says lang="ko" and names CJK fonts for the text
    and for the labels vis-network draws on its canvas."""
    from kg.export.pyvis import CJK_FONTS, write_view

    out = tmp_path / "v.html"
    write_view(seeded, out)  # the explorer file
    html = out.read_text(encoding="utf-8")
    assert '<html lang="ko">' in html and "NanumGothic" in html.split("<script")[0]  # its style
    assert html.count("NanumGothic") >= 2  # the page's style and the labels drawn on the canvas
    write_view(seeded, out, View.ORG_NETWORK)
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().startswith('<html lang="ko"')
    assert f"body {{ font-family: {CJK_FONTS}; }}" in html
    assert html.count("NanumGothic") >= 3  # the page, node labels and edge labels


def test_every_node_of_a_view_knows_its_articles(seeded: OxigraphStore) -> None:
    g = to_networkx(seeded, View.WHO_SPOKE_WHERE)
    person = next(d for _n, d in g.nodes(data=True) if d["label"] == "김무상")
    assert person["articles"].startswith("00_seed")
    assert all(d["articles"] for _n, d in g.nodes(data=True) if d["type"] in ("Person", "Organization"))


def test_person_network_pairs_are_formed_within_events() -> None:
    from kg.export.networkx import _person_network

    g: nx.MultiDiGraph = nx.MultiDiGraph()
    for e, label in (("e1", "Forum A"), ("e2", "Forum B"), ("e3", "Forum C")):
        g.add_node(e, type="Event", label=label)
    g.add_node("s2", type="EventPart", label="panel")
    g.add_edge("s2", "e2", relation="part_of")
    for p in "abcde":
        g.add_node(p, type="Person", label=p.upper())
    spoke = [("a", "e1"), ("b", "e1"), ("c", "e1"), ("a", "s2"), ("b", "e2"), ("d", "e3")]
    for p, target in spoke:
        g.add_edge(p, target, key="role:speaker", relation="role", role="speaker")
    g.add_edge("e", "e1", key="role:attendee", relation="role", role="attendee")  # attending is no speaking
    h = _person_network(g)
    assert set(h.nodes) == {"a", "b", "c", "d"}
    edges = {(u, v) if u < v else (v, u): (d["weight"], d["events"]) for u, v, d in h.edges(data=True)}
    assert edges == {("a", "b"): (2, "Forum A; Forum B"), ("a", "c"): (1, "Forum A"), ("b", "c"): (1, "Forum A")}


_EVENTS = [  # (id, published, text): three editions of two series, people who recur
    ("v1", "2025-03-12", "한빛협회는 11일 서울 코엑스에서 '제1회 로봇 AI 포럼'을 개최했다. 기조강연은 윤하람 카이스트 교수가 맡았다. "
                         "이어 배서윤 한빛전자 상무와 김도현 딥비전 대표가 발표했다."),
    ("v2", "2025-06-12", "한빛협회는 11일 부산 벡스코에서 '제2회 로봇 AI 포럼'을 개최했다. 배서윤 한빛전자 상무가 기조강연을 했다. "
                         "좌장은 문진호 다온대 교수가 맡았다."),
    ("v3", "2025-09-20", "다온재단은 19일 대전에서 '2025 스마트 물류 세미나'를 열었다. 김도현 딥비전 대표와 권하율 루미랩 이사가 "
                         "발표했다. 삼성전자가 후원했다."),
]


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> OxigraphStore:
    folder = tmp_path_factory.mktemp("editions")
    for aid, published, text in _EVENTS:
        (folder / f"{aid}.json").write_text(json.dumps({"id": aid, "published": published, "text": text},
                                                       ensure_ascii=False), encoding="utf-8")
    s = OxigraphStore(tmp_path_factory.mktemp("editions-store"))
    ingest([folder], s)
    return s


@pytest.mark.parametrize("filters", [
    Filters(event="제1회"), Filters(event="로봇"), Filters(series="로봇 AI 포럼"), Filters(since="2025-06-01"),
    Filters(until="2025-06-30", roles=frozenset({"keynote"})), Filters(event="포럼", org="한빛전자"),
    Filters(event="없는 행사"), Filters(org="한빛전자"), Filters(org="한빛협회"), Filters(org="다온재단"),
    Filters(org="한빛", roles=frozenset({"speaker"})), Filters(org="없는 기관"), Filters(roles=frozenset({"moderator"})),
    Filters(roles=frozenset({"keynote", "speaker"})),
])
def test_a_view_asked_by_event_is_the_view_of_the_whole_store_filtered(editions: OxigraphStore,
                                                                       filters: Filters) -> None:
    from kg.export.networkx import apply_filters, base_graph, events_matching

    events = events_matching(editions, filters)
    assert events is not None
    whole = apply_filters(base_graph(editions), filters)
    asked = apply_filters(base_graph(editions, events=events), filters)
    assert set(asked.nodes) == set(whole.nodes)
    assert {n: asked.nodes[n] for n in asked} == {n: whole.nodes[n] for n in whole}
    assert sorted(asked.edges(keys=True, data=True), key=str) == sorted(whole.edges(keys=True, data=True), key=str)
    # and it holds no more than the filters keep: the store was asked about those events alone
    assert base_graph(editions, events=events).number_of_nodes() <= base_graph(editions).number_of_nodes()


def test_an_organization_filter_keeps_the_events_its_people_took_part_in_or_it_held(editions: OxigraphStore) -> None:
    from kg.export.networkx import events_matching

    def names(f: Filters) -> set[str]:
        g = to_networkx(editions, View.FULL, filters=f)
        return {d["label"] for _n, d in g.nodes(data=True) if d["type"] == "Event"}

    assert len(events_matching(editions, Filters(org="한빛전자")) or ()) == 2  # 배서윤 spoke at both editions
    assert names(Filters(org="다온재단")) == {"2025 스마트 물류 세미나"}  # it held the seminar
    assert names(Filters(org="삼성전자")) == {"2025 스마트 물류 세미나"}  # it sponsored it
    assert names(Filters(org="다온대")) == {"제2회 로봇 AI 포럼"}  # its professor chaired there
    assert names(Filters(org="없는 기관")) == set()


def test_events_matching_without_event_filters_is_none(editions: OxigraphStore) -> None:
    from kg.export.networkx import events_matching

    assert events_matching(editions, Filters()) is None
    assert len(events_matching(editions, Filters(roles=frozenset({"moderator"}))) or ()) == 1
    assert len(events_matching(editions, Filters(event="포럼")) or ()) == 2


def test_a_hub_lists_its_first_articles_and_counts_them(editions: OxigraphStore,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.export.networkx as nxmod

    monkeypatch.setattr(nxmod, "MAX_ARTICLES", 1)
    g = nxmod.base_graph(editions)
    [kim] = [d for _n, d in g.nodes(data=True) if d["label"] == "김도현"]
    assert kim["article_count"] == 2 and kim["articles"] == "v1"


def test_a_graph_asked_by_event_holds_nothing_of_other_events(editions: OxigraphStore) -> None:
    from kg.export.networkx import base_graph, events_matching

    g = base_graph(editions, events=events_matching(editions, Filters(event="제1회")))
    labels = {d["label"] for _n, d in g.nodes(data=True)}
    assert {"윤하람", "배서윤", "김도현", "한빛협회"} <= labels
    assert not labels & {"문진호", "권하율", "다온재단", "삼성전자", "2025 스마트 물류 세미나"}


@pytest.mark.parametrize("filters", [Filters(event="제1회"), Filters(series="로봇 AI 포럼"), Filters(since="2025-09-01")])
def test_the_explorer_asked_by_event_draws_what_the_whole_graph_gives(editions: OxigraphStore,
                                                                      filters: Filters) -> None:
    from kg.export.explorer import explorer_base, who_spoke_where

    asked = who_spoke_where(editions, filters)  # no graph kept: the store is asked for those events
    whole = who_spoke_where(editions, filters, base=explorer_base(editions))
    assert asked.to_json() == whole.to_json() and asked.nodes


@pytest.mark.parametrize(("nodes", "iterations"), [(20, 300), (150, 300), (400, 200), (1000, 200), (1500, 133),
                                                   (2000, 100)])
def test_a_large_page_lays_out_with_a_fixed_budget_of_work(nodes: int, iterations: int) -> None:
    # the layout's work (nodes x iterations) is bounded, so a 2,000-node page settles in seconds
    g = nx.relabel_nodes(nx.path_graph(nodes), str)
    nx.set_node_attributes(g, "Person", "type")
    found = re.search(r'"stabilization": \{"enabled": true, "iterations": (\d+)', render_html(g))
    assert found is not None and int(found.group(1)) == iterations


def _same_graph(a: nx.Graph, b: nx.Graph) -> None:
    assert {n: a.nodes[n] for n in a} == {n: b.nodes[n] for n in b}
    assert sorted(a.edges(keys=True, data=True), key=str) == sorted(b.edges(keys=True, data=True), key=str)


def test_an_ego_view_asked_by_its_events_is_the_ego_of_the_whole_graph(editions: OxigraphStore) -> None:
    # every node in focus, by IRI and by name: the one-hop neighbourhood built from the events around it
    # is exactly the neighbourhood in the graph of the whole store
    from kg.export.networkx import base_graph

    whole = base_graph(editions)
    for n, d in whole.nodes(data=True):
        expected = nx.ego_graph(whole, n, radius=1, undirected=True)
        _same_graph(to_networkx(editions, View.EGO, focus=n), expected)
        if sum(1 for _m, e in whole.nodes(data=True) if e["label"] == d["label"]) == 1:
            _same_graph(to_networkx(editions, View.EGO, focus=d["label"]), expected)


def test_an_ego_view_asks_the_store_about_the_events_around_its_node(editions: OxigraphStore,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.export.networkx as nxmod

    asked: list[set[str] | None] = []
    real = nxmod.base_graph

    def spy(store: OxigraphStore, **kw: object) -> nx.MultiDiGraph:
        asked.append(kw.get("events"))  # type: ignore[arg-type]
        return real(store, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(nxmod, "base_graph", spy)
    g = to_networkx(editions, View.EGO, focus="권하율")
    assert {d["label"] for _n, d in g.nodes(data=True)} >= {"권하율", "루미랩"}  # and the talk he gave
    assert asked and asked[0] is not None and len(asked[0]) == 1  # the one seminar, not the whole store
    with pytest.raises(ExportError, match="'포럼' names 3 nodes"):
        to_networkx(editions, View.EGO, focus="포럼")  # a series and its editions: the same error as before


def test_ntriples_and_streamed_jsonld_hold_the_merged_graph(seeded: OxigraphStore, tmp_path: Path) -> None:
    import pyoxigraph as ox

    n = export_rdf(seeded, ExportFormat.NTRIPLES, tmp_path / "g.nt")
    assert n == len(seeded.merged())
    assert isomorphic(Graph().parse(tmp_path / "g.nt", format="nt"), seeded.merged())
    assert export_rdf(seeded, ExportFormat.JSONLD, tmp_path / "g.jsonld") == n
    doc = json.loads((tmp_path / "g.jsonld").read_text("utf-8"))
    assert doc["@context"]["schema"] == "https://schema.org/" and len(doc["@graph"]) > 15
    names = [v for node in doc["@graph"] for v in node.get("schema:name", [])]
    assert {"@value": "김무상", "@language": "ko"} in names  # language tags kept
    # another parser reads the same graph: pyoxigraph's own JSON-LD reader
    theirs = {str(q.triple) for q in ox.parse(path=str(tmp_path / "g.jsonld"), format=ox.RdfFormat.JSON_LD)}
    ours = {str(q.triple) for q in ox.parse(path=str(tmp_path / "g.nt"), format=ox.RdfFormat.N_TRIPLES)}
    assert theirs == ours
