"""Merged default graph vs Oxigraph's union of named graphs, side by side in one run.

Builds N article graphs that repeat shared facts (organizations, people, events appear in many
articles, as in real news), keeps the merged graph the way kg does, and times the same query both
ways. Prints the row counts (the union repeats a triple once per article asserting it) and the
time ratio.

usage: python bench/bench_merged_vs_union.py [ARTICLES] [FACTS_PER_ARTICLE]
"""

from __future__ import annotations

import random
import sys
import time

import pyoxigraph as ox

EX = "https://example.org/"
QUERY = """SELECT ?person ?name ?event WHERE {
  ?p <https://example.org/participant> ?person ; <https://example.org/in> ?event .
  ?person <https://schema.org/name> ?name }"""


def build(articles: int, facts: int) -> ox.Store:
    rng = random.Random(7)
    store = ox.Store()
    quads = []
    for a in range(articles):
        g = ox.NamedNode(f"{EX}graph/{a}")
        for _ in range(facts):
            person, event = rng.randrange(2000), rng.randrange(300)  # shared entities
            p = ox.NamedNode(f"{EX}person/{person}")
            part = ox.NamedNode(f"{EX}participation/{person}-{event}")
            for s, pr, o in ((part, f"{EX}participant", p), (part, f"{EX}in", ox.NamedNode(f"{EX}event/{event}")),
                             (p, "https://schema.org/name", ox.Literal(f"name {person}"))):
                quads.append(ox.Quad(s, ox.NamedNode(pr), o, g))
                quads.append(ox.Quad(s, ox.NamedNode(pr), o, ox.DefaultGraph()))  # the merged graph
    store.bulk_extend(quads)
    return store


def timed(fn, repeat: int = 5) -> tuple[float, int]:  # noqa: ANN001
    best, rows = float("inf"), 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = fn()
        best = min(best, time.perf_counter() - t)
    return best, rows


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    facts = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    store = build(articles, facts)
    named = sum(1 for _ in store.quads_for_pattern(None, None, None, None)) - len(
        list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    merged_t, merged_rows = timed(lambda: sum(1 for _ in store.query(QUERY)))
    union_t, union_rows = timed(lambda: sum(1 for _ in store.query(QUERY, use_default_graph_as_union=True)))
    distinct_t, distinct_rows = timed(lambda: sum(1 for _ in store.query(
        QUERY.replace("SELECT", "SELECT DISTINCT"), use_default_graph_as_union=True)))
    print(f"{articles} article graphs, {named} quads in named graphs")
    print(f"merged default graph : {merged_t * 1000:8.1f} ms  {merged_rows} rows")
    print(f"union of named graphs: {union_t * 1000:8.1f} ms  {union_rows} rows  "
          f"({union_t / merged_t:.1f}x the time, {union_rows / max(merged_rows, 1):.1f}x the rows)")
    print(f"union + DISTINCT     : {distinct_t * 1000:8.1f} ms  {distinct_rows} rows  "
          f"({distinct_t / merged_t:.1f}x the time)")


if __name__ == "__main__":
    main()
