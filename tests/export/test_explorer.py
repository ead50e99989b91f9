"""The explorer's data (kg.export.explorer): the who-spoke-where network laid out by event, its facets,
filters, the best-connected nodes of a large answer, and a node's neighbourhood."""

from __future__ import annotations

import json
import math
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import ExportError
from kg.export.explorer import layout, neighbourhood, who_spoke_where
from kg.export.networkx import Filters
from kg.store import OxigraphStore
from kg.vocab import KGR


@pytest.fixture
def seeded(seed_store: OxigraphStore) -> OxigraphStore:
    return seed_store  # the seed article's store, shared by the tests that only read it (tests/conftest.py)


def _node(g: nx.MultiDiGraph, n: str, typ: str, date: str = "") -> None:
    g.add_node(n, type=typ, label=n, date=date, kind="", title="", org="", iri=n, articles="")


def _synthetic(events: int, people: int) -> nx.MultiDiGraph:
    """``events`` events with a session each and ``people`` speakers of each, every speaker in an
    organization; the last event's first speaker also spoke (once) at the first event."""
    g: nx.MultiDiGraph = nx.MultiDiGraph()
    for e in range(events):
        _node(g, f"E{e}", "Event", f"2025-0{1 + e % 9}-01")
        _node(g, f"S{e}", "EventPart")
        g.add_edge(f"S{e}", f"E{e}", relation="part_of")
        for p in range(people):
            person, org = f"P{e}.{p}", f"O{p % 3}"
            _node(g, person, "Person")
            if org not in g:
                _node(g, org, "Organization")
            g.add_edge(person, f"S{e}", relation="role", role="speaker")
            g.add_edge(person, f"E{e}", relation="role", role="panelist")
            g.add_edge(person, org, relation="member_of")
    g.add_edge(f"P{events - 1}.0", "E0", relation="role", role="speaker")
    return g


def test_speakers_sit_around_their_event_and_organizations_on_the_rim() -> None:
    g = _synthetic(6, 12)
    pos = layout(g)
    assert set(pos) == set(g)
    assert len({(round(x), round(y)) for x, y in pos.values()}) == len(pos)  # no two nodes on one spot
    events = [n for n in g if g.nodes[n]["type"] == "Event"]
    for person in (n for n in g if g.nodes[n]["type"] == "Person"):
        home = person.split(".")[0].replace("P", "E")  # most of their parts are at this event
        nearest = min(events, key=lambda e: math.dist(pos[person], pos[e]))
        assert nearest == home, person
    xs = [pos[n][0] for n in g if g.nodes[n]["type"] != "Organization"]
    ys = [pos[n][1] for n in g if g.nodes[n]["type"] != "Organization"]
    for org in (n for n in g if g.nodes[n]["type"] == "Organization"):
        x, y = pos[org]
        assert not (min(xs) <= x <= max(xs) and min(ys) <= y <= max(ys)), org  # outside the events' area


def test_the_layout_is_wider_than_high_and_keeps_date_order() -> None:
    g = _synthetic(12, 3)
    pos = layout(g)
    events = sorted((n for n in g if g.nodes[n]["type"] == "Event"), key=lambda n: (g.nodes[n]["date"], n))
    xs = [pos[e][0] for e in events]
    ys = [pos[e][1] for e in events]
    assert max(xs) - min(xs) > max(ys) - min(ys)
    # read row by row, the events come in date order
    assert sorted(events, key=lambda e: (round(pos[e][1]), pos[e][0])) == events


def test_the_network_of_the_seed_article(seeded: OxigraphStore) -> None:
    net = who_spoke_where(seeded, namespace=str(KGR))
    types = {n.type for n in net.nodes}
    assert {"Event", "Person", "Organization"} <= types
    names = {n.label for n in net.nodes if n.type == "Person"}
    assert "김무상" in names and not net.truncated and net.total == len(net.nodes)
    ids = {n.id for n in net.nodes}
    assert all(e.source in ids and e.target in ids for e in net.edges)
    speaking = [e for e in net.edges if e.relation == "role"]
    assert speaking and {e.role for e in speaking} <= {"keynote", "speaker", "panelist", "moderator"}
    [event] = [n for n in net.nodes if n.type == "Event"]
    assert all(e.event == event.id for e in speaking)  # each role says which event it was at
    assert [f.id for f in net.events] == [event.id]
    person = next(n for n in net.nodes if n.label == "김무상")
    assert person.page is not None and person.page.startswith("/id/person/") and event.id in person.events
    json.dumps(net.to_json(), ensure_ascii=False)  # the page gets it as JSON


def test_filters_and_the_best_connected_nodes(seeded: OxigraphStore) -> None:
    everything = who_spoke_where(seeded)
    keynotes = who_spoke_where(seeded, Filters(roles=frozenset({"keynote"})))
    assert {e.role for e in keynotes.edges if e.relation == "role"} == {"keynote"}
    assert len(keynotes.nodes) < len(everything.nodes)
    assert who_spoke_where(seeded, Filters(since="2099-01-01")).nodes == ()
    assert who_spoke_where(seeded, Filters(series="no such series")).nodes == ()
    top = who_spoke_where(seeded, limit=5)
    assert (len(top.nodes), top.total, top.truncated) == (5, everything.total, True)
    degree = {n.id: n.degree for n in everything.nodes}
    assert min(degree[n.id] for n in top.nodes) >= sorted(degree.values(), reverse=True)[4]


def test_a_neighbourhood_and_an_unknown_node(seeded: OxigraphStore) -> None:
    around = neighbourhood(seeded, "김무상")
    labels = {n.label for n in around.nodes}
    assert "김무상" in labels and any(n.type == "Event" or n.type == "EventPart" for n in around.nodes)
    assert any(n.type == "Organization" for n in around.nodes)
    with pytest.raises(ExportError, match="nothing in the graph is named"):
        neighbourhood(seeded, "아무도아닌사람")


def test_the_base_graph_is_kept_for_its_time_and_never_changed(seeded: OxigraphStore) -> None:
    from kg.export.explorer import BaseCache

    kept = BaseCache(seeded, ttl=60)
    g = kept.get()
    assert kept.get() is g  # within its time: the same graph, the store not read again
    before = (g.number_of_nodes(), g.number_of_edges())
    who_spoke_where(seeded, Filters(roles=frozenset({"keynote"})), base=g)
    neighbourhood(seeded, "김무상", base=g)
    assert (g.number_of_nodes(), g.number_of_edges()) == before  # answers are cut from it, not out of it
    assert who_spoke_where(seeded, base=g) == who_spoke_where(seeded)
    fresh = BaseCache(seeded, ttl=0)
    assert fresh.get() is not fresh.get()  # past its time: read again
    # an answer is kept with its graph, per question
    calls: list[str] = []

    def make(graph: nx.MultiDiGraph) -> int:
        calls.append("made")
        return graph.number_of_nodes()

    assert kept.answer("q", make) == kept.answer("q", make) == g.number_of_nodes() and calls == ["made"]
    kept.answer("another question", make)
    assert calls == ["made", "made"]
    fresh.answer("q", make)
    fresh.answer("q", make)
    assert len(calls) == 4  # a graph past its time takes its answers with it


def test_the_same_store_gives_the_same_network_in_every_process(tmp_path: Path) -> None:
    """The JSON does not depend on the order Python's sets happen to iterate in (a fresh process per hash seed)."""
    import os
    import subprocess
    import sys

    from kg.build import ingest
    from kg.store import OxigraphStore

    seed = Path(__file__).resolve().parents[2] / "data" / "seed"
    with OxigraphStore(tmp_path / "s") as s:
        ingest([seed], s)
    code = ("import json, sys; from kg.store import open_store; from kg.export.explorer import neighbourhood, "
            "who_spoke_where; from kg.export.networkx import Filters; s = open_store(sys.argv[1], create=False); "
            "print(json.dumps([who_spoke_where(s, Filters(roles=frozenset({'keynote', 'speaker'}))).to_json(), "
            "neighbourhood(s, '김무상').to_json()]))")
    outs = {subprocess.run([sys.executable, "-c", code, str(tmp_path / "s")], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(n)}).stdout for n in (1, 2, 3)}
    assert len(outs) == 1
