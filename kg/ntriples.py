"""Article graphs as N-Triples text: how the mapping hands triples to a store.

An rdflib ``Graph`` costs about 50 µs per added triple and as much again to serialise; an article graph
holds a few hundred triples and is written once per ingest and once per resolution change. The mapping
therefore collects its triples in a list and :func:`serialize` writes them straight to N-Triples (the
same text rdflib's ``nt`` serialiser gives, line order aside); an rdflib graph is built only when one
is asked for (SHACL validation, exports).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class NTriples:
    """A graph already written as N-Triples: what the mapping and worker processes hand the store,
    cheaper to pass between processes than an rdflib graph."""

    text: str
    count: int


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_XSD_STRING = str(XSD.string)


def term(t: Node) -> str:
    """One term in N-Triples syntax. Blank nodes are refused: an article graph must be removable
    again exactly, and a blank node never matches itself across writes."""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):
        body = f'"{str(t).translate(_ESCAPES)}"'
        if t.language:
            return f"{body}@{t.language}"
        if t.datatype is not None and str(t.datatype) != _XSD_STRING:
            return f"{body}^^<{t.datatype}>"
        return body
    if isinstance(t, BNode):
        raise ValueError("article graphs must not contain blank nodes: they cannot be removed again exactly")
    raise ValueError(f"not an RDF term: {t!r}")


def serialize(triples: Iterable[Triple]) -> NTriples:
    """``triples`` (distinct) as N-Triples text."""
    lines = [f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in triples]
    return NTriples("".join(lines), len(lines))
