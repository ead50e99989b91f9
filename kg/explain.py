"""Why the graph says what it says about one entity: each fact with its articles and evidence."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef
from rdflib.term import Node

from kg.errors import KGError
from kg.extract.text import sentences
from kg.query import entity_iris
from kg.store import GraphStore, QueryResult

_FACTS = """SELECT ?p ?o ?id ?dir ?e WHERE {
  { GRAPH ?g { ?e ?p ?o } BIND ("out" AS ?dir) } UNION { GRAPH ?g { ?o ?p ?e } BIND ("in" AS ?dir) }
  GRAPH ?g { ?g prov:wasDerivedFrom ?a . ?a schema:identifier ?id . }
  FILTER (?p NOT IN (rdf:type, rdfs:label, itsrdf:taIdentRef, kgo:participant, org:member, schema:creator))
  FILTER NOT EXISTS { VALUES ?cls { org:Membership kgo:Participation } GRAPH ?g { ?o a ?cls } }
}"""
# a mention is one triple, <article#char=begin,end> itsrdf:taIdentRef <entity>: the offsets are in its IRI
_MENTIONS = """SELECT ?id ?begin ?end ?text ?e WHERE {
  GRAPH ?g { ?m itsrdf:taIdentRef ?e . ?g prov:wasDerivedFrom ?a . ?a schema:identifier ?id ; nif:isString ?text }
  BIND (STRAFTER(STR(?m), "#char=") AS ?span)
  BIND (xsd:integer(STRBEFORE(?span, ",")) AS ?begin) BIND (xsd:integer(STRAFTER(?span, ",")) AS ?end)
} ORDER BY ?id ?begin"""
_ROLES = """SELECT ?what ?where ?talk ?id ?e WHERE {
  GRAPH ?g { ?p kgo:participant ?e ; kgo:role ?r ; kgo:participationIn ?t . OPTIONAL { ?p kgo:talkTitle ?talk } }
  ?r kgo:code ?what . ?t schema:name ?where . GRAPH ?g { ?g prov:wasDerivedFrom ?a . ?a schema:identifier ?id . }
}"""
_MEMBERSHIPS = """SELECT ?title ?orgName ?id ?e WHERE {
  GRAPH ?g { ?m org:member ?e ; org:organization ?o . OPTIONAL { ?m kgo:title ?title } }
  ?o schema:name ?orgName . GRAPH ?g { ?g prov:wasDerivedFrom ?a . ?a schema:identifier ?id . }
}"""
# the triples about one entity in the merged graph, both ways: what a linked-data client gets for its IRI
_ABOUT = "CONSTRUCT {{ {iri} ?p ?o . ?s ?q {iri} }} WHERE {{ {{ {iri} ?p ?o }} UNION {{ ?s ?q {iri} }} }}"
_CONTEXT = 60
_LABELS = "SELECT ?x (SAMPLE(?name) AS ?label) WHERE {{ VALUES ?x {{ {iris} }} ?x schema:name ?name }} GROUP BY ?x"


@dataclass(frozen=True)
class Evidence:
    """A mention of the entity in an article: the sentence around it (cut near the mention), in three
    pieces so that a page can mark the mention, and its character offsets in the article's text."""

    article: str
    begin: int
    end: int
    before: str
    mention: str
    after: str

    @property
    def text(self) -> str:
        return f"[{self.begin}:{self.end}] {self.before}{self.mention}{self.after}"


@dataclass(frozen=True)
class Fact:
    prop: str
    value: str
    articles: tuple[str, ...]
    evidence: str  # the sentence and span of a mention in the first article
    source: Evidence | None = None  # the same, in pieces


@dataclass(frozen=True)
class Explained:
    iri: str
    label: str
    facts: tuple[Fact, ...]


def _short(term: Node | None) -> str:
    text = str(term)
    for prefix, ns in (("schema:", "https://schema.org/"), ("kgo:", "https://w3id.org/industry-ai-kg/ontology#"),
                       ("org:", "http://www.w3.org/ns/org#"), ("prov:", "http://www.w3.org/ns/prov#")):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return text


def _evidence(store: GraphStore, iri: URIRef) -> dict[str, Evidence]:
    """Per article: the first sentence that mentions the entity, with the mention's span."""
    found: dict[str, Evidence] = {}
    for article_id, begin, end, text, _e in store.query(_MENTIONS, bindings={"e": iri}).rows:
        key = str(article_id)
        if key in found:
            continue
        b, e, body = int(str(begin)), int(str(end)), str(text)
        span = next((s for s in sentences(body) if s.start <= b < s.end), None)
        lo, hi = (span.start, span.end) if span else (b, e)
        lo, hi = max(lo, b - _CONTEXT), min(hi, e + _CONTEXT)  # the sentence, cut near the mention
        found[key] = Evidence(key, b, e, ("…" if lo > (span.start if span else b) else "") + body[lo:b], body[b:e],
                              body[e:hi] + ("…" if hi < (span.end if span else e) else ""))
    return found


def _labels(store: GraphStore, terms: set[Node]) -> dict[Node, str]:
    """Names of the IRIs among ``terms`` in one query (IRIs that came out of the store, so ``n3()`` is safe)."""
    iris = sorted(t for t in terms if isinstance(t, URIRef))
    names: dict[Node, str] = {t: str(t) for t in terms if not isinstance(t, URIRef)}
    if iris:
        query = _LABELS.format(iris=" ".join(i.n3() for i in iris))
        names.update({row[0]: str(row[1]) for row in store.query(query).rows if row[0] is not None})
    return {t: names.get(t, _short(t)) for t in terms}


def explain(store: GraphStore, entity: str) -> list[Explained]:
    """Every fact about the entities named (or identified) by ``entity``."""
    if entity.startswith(("http://", "https://", "urn:")):
        iris = [URIRef(entity)]
    else:
        iris = [URIRef(iri) for iri in entity_iris(store, entity)]
    if not iris:
        raise KGError(f"no person, organization or event is named {entity!r}; "
                      "try `kg query --name people-of-org` or an IRI")
    out = []
    for iri in iris:
        evidence = _evidence(store, iri)
        rows: dict[tuple[str, str], set[str]] = {}
        facts = store.query(_FACTS, bindings={"e": iri}).rows
        labels = _labels(store, {o for _p, o, *_ in facts if o is not None} | {iri})
        for p, o, article_id, direction, _e in facts:
            if o is None:
                continue
            prop = _short(p) if str(direction) == "out" else f"^{_short(p)}"
            rows.setdefault((prop, labels[o]), set()).add(str(article_id))
        for what, where, talk, article_id, _e in store.query(_ROLES, bindings={"e": iri}).rows:
            value = f"{what} at {where}" + (f": {talk}" if talk else "")
            rows.setdefault(("role", value), set()).add(str(article_id))
        for title, org_name, article_id, _e in store.query(_MEMBERSHIPS, bindings={"e": iri}).rows:
            rows.setdefault(("member of", f"{org_name}" + (f" ({title})" if title else "")), set()).add(str(article_id))
        found = []
        for (prop, value), ids in sorted(rows.items()):
            articles = tuple(sorted(ids))
            source = evidence.get(articles[0])  # the sentence of the first article
            found.append(Fact(prop, value, articles, source.text if source else "", source))
        out.append(Explained(str(iri), labels[iri], tuple(found)))
    if not any(e.facts for e in out):
        raise KGError(f"the store says nothing about {entity}; check the IRI (`kg query --name events` lists "
                      "events, `kg query --name people-of-org --param org=NAME` people) or pass a name")
    return out


def about(store: GraphStore, iri: str) -> QueryResult:
    """The triples of the merged graph with the entity ``iri`` as subject or object (a graph result)."""
    return store.query(_ABOUT.format(iri=URIRef(iri).n3()))
