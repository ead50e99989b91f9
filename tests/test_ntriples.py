"""kg.ntriples: article triples written straight to N-Triples, as rdflib reads them back."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.ntriples import serialize

EX = "https://example.org/"


def test_what_it_writes_rdflib_reads_as_the_same_graph() -> None:
    from rdflib.namespace import XSD  # imported here: pytest's collection probes module-level names

    s, p = URIRef(EX + "s"), URIRef(EX + "p")
    triples = [
        (s, p, Literal('a "quote", a back\\slash,\na line and a tab\t')),
        (s, p, Literal("이민호", lang="ko")),
        (s, p, Literal("Lee Min-ho", lang="en")),
        (s, p, Literal("2025-06-11", datatype=XSD.date)),
        (s, p, Literal(3)),
        (s, p, Literal("plain")),
        (s, p, URIRef(EX + "o#char=1,5")),
    ]
    written = serialize(triples)
    g = Graph()
    g.parse(data=written.text, format="nt")
    expected = Graph()
    for t in triples:
        expected.add(t)
    assert written.count == len(triples) and isomorphic(g, expected)


def test_blank_nodes_are_refused() -> None:
    with pytest.raises(ValueError, match="blank nodes"):
        serialize([(BNode(), URIRef(EX + "p"), Literal("x"))])
