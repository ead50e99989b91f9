"""The store's own invariants, checked (``kg validate --deep``): what SHACL cannot see.

1. Every article graph holds its record, its text and the digest of what it was made from.
2. Every article graph is what a resolution over the whole store makes of it now (its stored digest
   equals the digest of its record, text and current resolution): a pass cut short, by ``kill -9``
   during an ingest for instance, leaves graphs or the decisions graph behind.
3. The merged graph is the union of the named graphs' facts, no more and no less.

Each problem says where it is and how to repair it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from kg.curation import Curation
from kg.errors import KGError
from kg.extract import from_record
from kg.ontology import source_digest
from kg.resolve import resolve_all
from kg.store import GraphStore
from kg.vocab import KGO, KGR, NIF

_GRAPHS = """SELECT ?g ?id ?record ?text ?digest WHERE {
  GRAPH ?g { ?g a kgo:ArticleGraph . OPTIONAL { ?g prov:wasDerivedFrom ?a . ?a schema:identifier ?id }
             OPTIONAL { ?g kgo:extractionRecord ?record } OPTIONAL { ?g prov:wasDerivedFrom ?a2 . ?a2 nif:isString ?text }
             OPTIONAL { ?g kgo:contentDigest ?digest } }
}"""
# facts kept only in an article's own graph (see kg.store.contract): its text, record and mentions
_MERGEABLE = (f'FILTER (!CONTAINS(STR(?s), "#char=") && ?p != <{NIF}isString> && ?p != <{KGO}extractionRecord>)')
REPAIR_RESOLUTION = "run `kg curate apply` (it resolves the whole store again and rewrites every stale graph)"
REPAIR_ARTICLE = "ingest that article again (`kg ingest FILE`)"


@dataclass(frozen=True)
class Problem:
    """One broken invariant: what is wrong, where, and how to repair it."""

    what: str
    where: str
    repair: str


def _merged(store: GraphStore) -> tuple[str, str]:
    """The pattern that reads the merged graph on this store, and a filter that leaves it out of ``GRAPH ?g``."""
    named = getattr(store, "merged_graph", None)  # a server that keeps the merged graph as a named graph
    if named:
        return f"GRAPH <{named}> {{ ?s ?p ?o }}", f"FILTER (?g != <{named}>)"
    return "?s ?p ?o", ""


def check_store(store: GraphStore, curation: Curation | None = None) -> list[Problem]:
    """Every broken invariant of ``store`` (an empty list: the store is whole)."""
    problems: list[Problem] = []
    extractions, stored = [], {}
    for g, article_id, record, text, digest in store.query(_GRAPHS).rows:
        where = f"article {article_id}" if article_id is not None else f"graph {g}"
        if record is None or text is None or digest is None:
            lacking = ", ".join(n for n, v in (("record", record), ("text", text), ("digest", digest)) if v is None)
            problems.append(Problem(f"the article graph lacks its {lacking}", where, REPAIR_ARTICLE))
            continue
        try:
            x = from_record(json.loads(str(record)), str(text))
        except (ValueError, KeyError, TypeError) as e:
            problems.append(Problem(f"the stored record cannot be read ({e})", where, REPAIR_ARTICLE))
            continue
        extractions.append(x)
        stored[x.article.id] = (str(digest), str(record))
    if extractions:
        try:
            resolved = resolve_all(extractions, curation=curation)
        except KGError as e:
            return [*problems, Problem(f"resolution fails: {e}", "the whole store", REPAIR_RESOLUTION)]
        for x in extractions:
            stored_digest, stored_record = stored[x.article.id]
            if source_digest(x, resolved.resolutions[x.article.id], stored_record) != stored_digest:
                problems.append(Problem("the article graph is not what resolving the store makes of it now (a "
                                        "resolution pass was cut short)", f"article {x.article.id}",
                                        REPAIR_RESOLUTION))
        decisions = store.query(f"ASK {{ GRAPH <{KGR}graph/resolution> {{ ?s ?p ?o }} }}").boolean
        if resolved.links and not decisions:
            problems.append(Problem(f"the resolution decisions graph is empty, though resolution makes "
                                    f"{len(resolved.links)} decisions", "graph kgr:graph/resolution",
                                    REPAIR_RESOLUTION))
    merged, not_merged = _merged(store)
    extra = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {merged} "
                        f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} {not_merged} }} }}").rows
    missing = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {not_merged} {_MERGEABLE} "
                          f"FILTER NOT EXISTS {{ {merged} }} }}").rows
    for rows, what in ((extra, "facts in the merged graph that no named graph states"),
                       (missing, "facts of named graphs missing from the merged graph")):
        count = int(str(rows[0][0])) if rows and rows[0][0] is not None else 0
        if count:
            problems.append(Problem(f"{count} {what}", "the merged graph",
                                    "ingest the articles again, or export N-Quads and load them into a new store"))
    return problems


__all__ = ["Problem", "check_store"]
