"""The code's vocabulary and the ontology file agree, term for term."""

from rdflib import OWL, RDF, URIRef

from kg.ontology import ontology_graph, shapes_graph
from kg.vocab import KGO


def _declared() -> set[str]:
    g = ontology_graph()
    ns = str(KGO._NS)
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, KGO.Role, URIRef("http://www.w3.org/2004/02/skos/core#ConceptScheme")}
    return {str(s)[len(ns):] for k in kinds for s in g.subjects(RDF.type, k) if str(s).startswith(ns)}


def test_every_code_term_is_declared_in_the_ontology() -> None:
    code = set(KGO.__annotations__)
    assert code - _declared() == set()


def test_every_ontology_term_is_in_the_code() -> None:
    assert _declared() - set(KGO.__annotations__) == set()


def test_shapes_only_use_declared_kgo_terms() -> None:
    ns = str(KGO._NS)
    used = {str(t)[len(ns):] for triple in shapes_graph() for t in triple if str(t).startswith(ns)}
    assert used <= _declared()


def test_misspelled_term_fails() -> None:
    import pytest

    with pytest.raises(AttributeError):
        KGO.speakr  # noqa: B018
