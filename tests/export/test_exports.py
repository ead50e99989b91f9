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
from kg.export.networkx import to_networkx, write_gexf, write_graphml
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
    write_graphml(g, tmp_path / "g.graphml")
    write_gexf(g, tmp_path / "g.gexf")
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
    roles = {d.get("role") for _u, _v, d in g.edges(data=True) if d["type"] == "role"}
    assert roles == {"keynote", "speaker", "panelist", "moderator"}


def _external_refs(html: str) -> list[str]:
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html, re.I)
    return [t for t in tags if re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", t, re.I)]


def test_view_is_self_contained(seeded: OxigraphStore, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    assert write_view(seeded, out) > 10
    html = out.read_text(encoding="utf-8")
    assert _external_refs(html) == []
    assert "new vis.Network" in html and "stabilizationIterationsDone" in html
    assert json.dumps("김무상")[1:-1] in html  # labels travel as JSON inside the page


def test_hostile_text_cannot_break_out_of_the_page() -> None:
    text = ("'<script>alert(1)</script> 포럼'이 24일 서울 코엑스에서 열렸다. "
            "<img src=x onerror=alert(2)> 박민수 카카오 이사가 발표했다.")
    article = Article("xss", text, "xss.txt", published="2025-01-25")
    with OxigraphStore() as s:
        s.replace_article("xss", to_graph(extract(article)))
        html = render_html(to_networkx(s, View.FULL))
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert _external_refs(html) == []
