"""Counts of what the store holds."""

from __future__ import annotations

from dataclasses import dataclass

from kg.store import GraphStore

_COUNTS = """
SELECT
  (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?event) AS ?events)
  (COUNT(DISTINCT ?person) AS ?people) (COUNT(DISTINCT ?org) AS ?organizations)
  (COUNT(DISTINCT ?part) AS ?participations)
WHERE {
  { ?article a schema:NewsArticle } UNION { ?event a kgo:Event } UNION { ?person a schema:Person }
  UNION { ?org a schema:Organization } UNION { ?part a kgo:Participation }
}"""
_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@dataclass(frozen=True)
class Stats:
    articles: int
    events: int
    people: int
    organizations: int
    participations: int
    merged_triples: int
    quads: int


def store_stats(store: GraphStore) -> Stats:
    """Entity counts in the merged graph, its size, and the size of all named graphs together."""
    row = store.query(_COUNTS).rows[0]
    merged = store.query(_TRIPLES).rows[0][0]
    quads = store.query(_QUADS).rows[0][0]
    articles, events, people, organizations, participations = (int(str(v)) if v is not None else 0 for v in row)
    return Stats(articles, events, people, organizations, participations, int(str(merged)), int(str(quads)))
