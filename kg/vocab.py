"""The ontology's terms as typed namespaces: a misspelled term fails at import, not in a query.

``tests/test_vocab.py`` checks every term here against ``ontology/kg.ttl`` and the other way round.
"""

from __future__ import annotations

from urllib.parse import quote

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/industry-ai-kg/"


class KGO(DefinedNamespace):
    """kg's own ontology (``ontology/kg.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    EventSeries: URIRef
    Event: URIRef
    EventPart: URIRef
    Session: URIRef
    Keynote: URIRef
    Panel: URIRef
    Talk: URIRef
    editionNumber: URIRef
    order: URIRef
    theme: URIRef
    attendance: URIRef
    coOrganizer: URIRef
    Participation: URIRef
    participant: URIRef
    participationIn: URIRef
    role: URIRef
    talkTitle: URIRef
    Role: URIRef
    code: URIRef
    roles: URIRef
    keynote: URIRef
    speaker: URIRef
    panelist: URIRef
    moderator: URIRef
    hostRepresentative: URIRef
    attendee: URIRef
    quoted: URIRef
    reporter: URIRef
    otherRole: URIRef
    title: URIRef
    unit: URIRef
    reportedIn: URIRef
    reportedOn: URIRef
    atEvent: URIRef
    ArticleGraph: URIRef
    Mention: URIRef
    extractor: URIRef
    extractionRecord: URIRef
    contentDigest: URIRef
    ResolutionDecision: URIRef
    identityKey: URIRef
    rule: URIRef
    merged: URIRef
    resolvedEntity: URIRef


SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
KGR = Namespace(BASE + "id/")

# Prefixes bound on every graph kg writes (bound with replace=True: rdflib's defaults changed between releases).
PREFIXES: dict[str, str] = {
    "kgo": str(KGO._NS),
    "kgr": str(KGR),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}


def new_graph() -> Graph:
    """An empty graph with kg's prefixes bound (and no other default bindings)."""
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, replace=True)
    return g


def article_iri(article_id: str) -> str:
    """The IRI of an article (``kgr:article/<id>``)."""
    return f"{KGR}article/{quote(article_id, safe='')}"


def graph_iri(article_id: str) -> str:
    """The IRI of an article's named graph (``kgr:graph/<id>``)."""
    return f"{KGR}graph/{quote(article_id, safe='')}"
