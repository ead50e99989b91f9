"""Views on a synthetic store (issue #14): what a picture costs when the store is asked for the events it
draws, side by side with building the graph of the whole store and filtering it in Python (the old way).

For a store of N synthetic articles (``bench/synth.py``; built once into STORE_DIR, or reused when it is
there) it times, best of three in one run:

- who-spoke-where of one event, of one series, of the events since a date, and of an organization's people
  at events whose name holds a word (filters asked of the store) against the whole graph filtered;
- ego views of a person, an organization and an event (one hop), asked by the events around the node, against
  the ego graph of the whole graph;
- person-network and org-network of the whole store (the person network forms pairs within events);
- writing the HTML page of the one-event view.

usage: python bench/bench_views.py [N] [STORE_DIR]   (default: 3000 and a folder in the system's temp dir)
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

from kg.build import ingest  # noqa: E402
from kg.export.networkx import Filters, apply_filters, base_graph, speakers_graph, to_networkx  # noqa: E402
from kg.export.pyvis import write_view  # noqa: E402
from kg.formats import View  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402


def _best(run: Callable[[], object], rounds: int = 3) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(rounds):
        t = time.perf_counter()
        out = run()
        best = min(best, time.perf_counter() - t)
    return best, out


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv else 3000
    folder = Path(argv[1]) if len(argv) > 1 else Path(tempfile.gettempdir()) / f"kg-bench-views-{n}"
    store_dir = folder / "store"
    if not store_dir.exists():
        folder.mkdir(parents=True, exist_ok=True)
        corpus = folder / "corpus.jsonl"
        synth.write(n, corpus)
        t = time.perf_counter()
        with OxigraphStore(store_dir) as s:
            ingest([corpus], s)
        print(f"built a store of {n} synthetic articles in {time.perf_counter() - t:.0f} s: {store_dir}")
    with OxigraphStore(store_dir) as s:
        whole_graph = base_graph(s)
        events = sorted((d["label"], node) for node, d in whole_graph.nodes(data=True) if d["type"] == "Event")
        series = sorted(d["label"] for _n, d in whole_graph.nodes(data=True) if d["type"] == "EventSeries")
        dates = sorted(d["date"] for _n, d in whole_graph.nodes(data=True) if d["type"] == "Event" and d["date"])
        # the organization with the median number of members among those with any (a typical one, not a hub)
        members: dict[str, int] = {}
        for _u, v, d in whole_graph.edges(data=True):
            if d["relation"] == "member_of":
                members[v] = members.get(v, 0) + 1
        ranked = sorted(members, key=lambda o: (members[o], o))
        orgs = [whole_graph.nodes[o]["label"] for o in ranked]
        cases = [("one event", Filters(event=events[len(events) // 2][1])),
                 ("one series", Filters(series=series[len(series) // 2])),
                 ("events of the last 10 % of dates", Filters(since=dates[len(dates) * 9 // 10])),
                 ("an organization's people at '포럼' events", Filters(event="포럼", org=orgs[len(orgs) // 2])),
                 ("an organization's people and events", Filters(org=orgs[len(orgs) // 2])),
                 ("the moderators (a role alone)", Filters(roles=frozenset({"moderator"})))]
        print(f"{n} articles; who-spoke-where, best of 3:")
        print(f"{'view':<44} {'nodes':>6} {'asked by event':>15} {'whole, filtered':>16} {'ratio':>6}")
        for name, f in cases:
            asked, h = _best(lambda f=f: to_networkx(s, View.WHO_SPOKE_WHERE, filters=f))
            whole, h2 = _best(lambda f=f: speakers_graph(apply_filters(base_graph(s), f)))
            assert set(h.nodes) == set(h2.nodes)  # type: ignore[union-attr]
            print(f"{name:<44} {h.number_of_nodes():>6} {asked:>14.2f}s {whole:>15.2f}s {whole / asked:>5.1f}×")  # type: ignore[union-attr]
        people = sorted(n for n, d in whole_graph.nodes(data=True) if d["type"] == "Person")
        org_iris = ranked
        print(f"{n} articles; ego views (one hop), best of 3:")
        print(f"{'focus':<44} {'nodes':>6} {'asked by event':>15} {'whole, ego':>16} {'ratio':>6}")
        for name, focus in (("a person", people[len(people) // 2]), ("an organization", org_iris[len(org_iris) // 2]),
                            ("an event", events[len(events) // 2][1])):
            asked, h = _best(lambda focus=focus: to_networkx(s, View.EGO, focus=focus))
            whole, h2 = _best(lambda focus=focus: nx.ego_graph(base_graph(s), focus, radius=1, undirected=True))
            assert set(h.nodes) == set(h2.nodes)  # type: ignore[union-attr]
            print(f"{name:<44} {h.number_of_nodes():>6} {asked:>14.2f}s {whole:>15.2f}s {whole / asked:>5.1f}×")  # type: ignore[union-attr]
        for view in (View.PERSON_NETWORK, View.ORG_NETWORK):
            took, h = _best(lambda view=view: to_networkx(s, view), rounds=1)
            print(f"{view.value:<44} {h.number_of_nodes():>6} {took:>14.2f}s  ({h.number_of_edges()} edges)")  # type: ignore[union-attr]
        page = folder / "one-event.html"
        took, _ = _best(lambda: write_view(s, page, View.WHO_SPOKE_WHERE, filters=cases[0][1]), rounds=1)
        print(f"{'one-event page written (HTML)':<44} {'':>6} {took:>14.2f}s  ({page.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main(sys.argv[1:])
