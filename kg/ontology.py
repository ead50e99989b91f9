"""Extraction records to RDF in our ontology, and SHACL validation.

``to_graph`` gives the triples one article states; the store keeps them in that article's named
graph. Every node is an IRI (no blank nodes), so the same article always yields the same triples.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from kg import __version__
from kg.extract.record import to_record
from kg.model import SPEAKING_ROLES, Extraction, PartKind, Role, Span
from kg.ntriples import NTriples, Triple, serialize
from kg.resolve import Link, Resolution, digest, resolve, series_name
from kg.resources import ontology_dir
from kg.vocab import ITSRDF, KGO, KGR, NIF, ORG, PROV, SCHEMA, new_graph

ROLE_TERMS: dict[Role, URIRef] = {
    Role.KEYNOTE: KGO.keynote, Role.SPEAKER: KGO.speaker, Role.PANELIST: KGO.panelist,
    Role.MODERATOR: KGO.moderator, Role.HOST_REP: KGO.hostRepresentative, Role.ATTENDEE: KGO.attendee,
    Role.QUOTED: KGO.quoted, Role.REPORTER: KGO.reporter, Role.OTHER: KGO.otherRole,
}
PART_CLASSES: dict[PartKind, URIRef] = {
    PartKind.SESSION: KGO.Session, PartKind.KEYNOTE: KGO.Keynote, PartKind.PANEL: KGO.Panel, PartKind.TALK: KGO.Talk,
}
EXTRACTOR = f"kg {__version__}"


def _s(text: str) -> Literal:
    # a simple literal: RDF 1.1 types it xsd:string, and stores (Oxigraph) write it back this way
    return Literal(text)


def _name_in(name: str, article_lang: str) -> Literal:
    """Words of an article (a name, a title, a talk's title, a quote), tagged with their script's
    language: Hangul ``@ko``, Latin ``@en`` (romanised Korean names included, so ``FILTER(LANG(?n) =
    "en")`` finds the English name); the article's language when neither decides ("2025")."""
    if any("가" <= ch <= "힣" for ch in name):
        return Literal(name, lang="ko")
    if any(ch.isascii() and ch.isalpha() for ch in name):
        return Literal(name, lang="en")
    return Literal(name, lang=article_lang)


class _Mapper:
    def __init__(self, x: Extraction, r: Resolution, record: str) -> None:
        self.x, self.r, self.record = x, r, record
        self.triples: dict[Triple, None] = {}  # distinct, in the order made
        self.article = URIRef(r.article)

    def text(self, words: str) -> Literal:
        """Words of the article as a literal tagged with their language (see :func:`_name_in`)."""
        return _name_in(words, self.x.article.lang)

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        if o is not None:
            self.triples[(s, p, o)] = None

    def mention(self, entity: URIRef, span: Span) -> None:
        """One triple per mention: the article and the offsets are in the mention's IRI (RFC 5147, as
        NIF's ``RFC5147String``), the anchor is in the article's text; the canned query ``nif-mentions``
        writes them out as full NIF (begin, end, anchor, context) for tools that want them."""
        self.add(URIRef(mention_iri(self.r.article, span)), ITSRDF.taIdentRef, entity)

    def run(self) -> list[Triple]:
        self._article()
        self._organizations()
        self._people()
        self._events()
        return list(self.triples)

    def _article(self) -> None:
        a, art = self.x.article, self.article
        graph = URIRef(self.r.graph)
        self.add(art, RDF.type, SCHEMA.NewsArticle)
        self.add(art, SCHEMA.identifier, _s(a.id))
        self.add(art, SCHEMA.url, URIRef(a.url) if a.url and "://" in a.url else None)
        self.add(art, SCHEMA.datePublished, Literal(a.published, datatype=XSD.date) if a.published else None)
        self.add(art, SCHEMA.inLanguage, _s(a.lang))
        self.add(art, SCHEMA.headline, self.text(a.title) if a.title else None)
        self.add(art, NIF.isString, _s(a.text))
        self.add(graph, RDF.type, KGO.ArticleGraph)
        self.add(graph, PROV.wasDerivedFrom, art)
        self.add(graph, KGO.extractor, _s(EXTRACTOR))
        record = self.record
        self.add(graph, KGO.extractionRecord, Literal(record, datatype=RDF.JSON))
        if self.x.reporter_org:
            self.add(art, SCHEMA.publisher, URIRef(self.r.orgs[self.x.reporter_org]))

    def _organizations(self) -> None:
        for o in self.x.organizations:
            node = URIRef(self.r.orgs[o.id])
            label = self.r.labels.get(str(node), o.name)
            self.add(node, RDF.type, SCHEMA.Organization)
            self.add(node, RDF.type, ORG.Organization)
            self.add(node, SCHEMA.name, self.text(label))
            self.add(node, RDFS.label, self.text(label))
            for alias in (o.name, *o.aliases):
                if alias != label:
                    self.add(node, SCHEMA.alternateName, self.text(alias))
            for span in o.mentions:
                self.mention(node, span)

    def _people(self) -> None:
        for p in self.x.people:
            node = URIRef(self.r.people[p.id])
            label = self.r.labels.get(str(node), p.name)
            self.add(node, RDF.type, SCHEMA.Person)
            self.add(node, SCHEMA.name, self.text(label))
            self.add(node, RDFS.label, self.text(label))
            self.add(node, SCHEMA.alternateName, _name_in(p.name, self.x.article.lang))
            for f in p.affiliations:
                if f.org is None:
                    self.add(node, SCHEMA.jobTitle, self.text(f.title) if f.title else None)
                    continue
                org = URIRef(self.r.orgs[f.org])
                m = URIRef(f"{KGR}membership/{digest(str(node), str(org), f.title or '')}")
                self.add(node, SCHEMA.affiliation, org)
                self.add(m, RDF.type, ORG.Membership)
                self.add(m, ORG.member, node)
                self.add(m, ORG.organization, org)
                self.add(m, KGO.title, self.text(f.title) if f.title else None)
                self.add(m, KGO.unit, self.text(f.unit) if f.unit else None)
                self.add(m, KGO.reportedIn, self.article)
                if self.x.article.published:
                    self.add(m, KGO.reportedOn, Literal(self.x.article.published, datatype=XSD.date))
            for r in p.roles:
                if r.role is Role.REPORTER:
                    self.add(self.article, SCHEMA.author, node)
                target_id = r.part or r.event
                if target_id is None:
                    continue
                target = URIRef(self.r.parts.get(target_id) or self.r.events[target_id])
                role = ROLE_TERMS[r.role]
                part_node = URIRef(f"{KGR}participation/{digest(str(node), str(target), str(role))}")
                self.add(part_node, RDF.type, KGO.Participation)
                self.add(part_node, KGO.participant, node)
                self.add(part_node, KGO.participationIn, target)
                self.add(part_node, KGO.atEvent, URIRef(self.r.events[r.event]) if r.event else target)
                self.add(part_node, KGO.role, role)
                self.add(part_node, KGO.talkTitle, self.text(r.talk_title) if r.talk_title else None)
                self.add(part_node, PROV.wasDerivedFrom, self.article)
                if r.role in SPEAKING_ROLES:
                    self.add(target, SCHEMA.performer, node)
            for q in p.quotes:
                qn = URIRef(f"{self.r.article}#quote={q.span.start},{q.span.end}")
                self.add(qn, RDF.type, SCHEMA.Quotation)
                self.add(qn, SCHEMA.text, self.text(q.text))
                self.add(qn, SCHEMA.creator, node)
                self.add(qn, SCHEMA.isPartOf, self.article)
            for span in p.mentions:
                self.mention(node, span)

    def _events(self) -> None:
        for e in self.x.events:
            node = URIRef(self.r.events[e.id])
            self.add(node, RDF.type, KGO.Event)
            self.add(node, RDF.type, SCHEMA.Event)
            self.add(self.article, SCHEMA.about, node)
            name = self.r.labels.get(str(node)) or e.name or f"event reported in {self.x.article.id}"
            self.add(node, SCHEMA.name, self.text(name))
            self.add(node, RDFS.label, self.text(name))
            if e.name and e.name != name:
                self.add(node, SCHEMA.alternateName, self.text(e.name))
            self.add(node, KGO.editionNumber, Literal(e.edition, datatype=XSD.integer) if e.edition else None)
            self.add(node, SCHEMA.startDate, Literal(e.start, datatype=XSD.date) if e.start else None)
            self.add(node, SCHEMA.endDate, Literal(e.end, datatype=XSD.date) if e.end else None)
            self.add(node, KGO.theme, self.text(e.theme) if e.theme else None)
            self.add(node, KGO.attendance, Literal(e.attendance, datatype=XSD.integer) if e.attendance else None)
            if e.id in self.r.series:
                series = URIRef(self.r.series[e.id])
                self.add(series, RDF.type, KGO.EventSeries)
                self.add(series, RDF.type, SCHEMA.EventSeries)
                self.add(series, SCHEMA.name, self.text(series_name(e.name or "")))
                self.add(series, RDFS.label, self.text(series_name(e.name or "")))
                self.add(node, SCHEMA.superEvent, series)
                self.add(series, SCHEMA.subEvent, node)
            self._place(node, e.venue, e.city)
            for prop, ids in ((SCHEMA.organizer, e.organizers), (KGO.coOrganizer, e.co_organizers),
                              (SCHEMA.sponsor, e.sponsors)):
                for oid in ids:
                    self.add(node, prop, URIRef(self.r.orgs[oid]))
            for part in e.parts:
                pn = URIRef(self.r.parts[part.id])
                self.add(pn, RDF.type, PART_CLASSES[part.kind])
                self.add(pn, RDF.type, KGO.EventPart)
                self.add(pn, RDF.type, SCHEMA.Event)
                label = part.name or f"{part.kind.value} {part.order or ''}".strip()
                self.add(pn, SCHEMA.name, self.text(label))
                self.add(pn, RDFS.label, self.text(label))
                self.add(pn, KGO.order, Literal(part.order, datatype=XSD.integer) if part.order else None)
                parent = URIRef(self.r.parts[part.parent]) if part.parent else node
                self.add(pn, SCHEMA.superEvent, parent)
                self.add(parent, SCHEMA.subEvent, pn)
                if part.parent:  # a talk in a session: its speakers perform it
                    for pid in part.speakers:
                        self.add(pn, SCHEMA.performer, URIRef(self.r.people[pid]))
            for span in e.mentions:
                self.mention(node, span)

    def _place(self, event: URIRef, venue: str | None, city: str | None) -> None:
        city_node = None
        if city:
            city_node = URIRef(f"{KGR}place/{digest('city', city)}")
            self.add(city_node, RDF.type, SCHEMA.City)
            self.add(city_node, RDF.type, SCHEMA.Place)
            self.add(city_node, SCHEMA.name, self.text(city))
        if venue:
            place = URIRef(f"{KGR}place/{digest('venue', venue, city or '')}")
            self.add(place, RDF.type, SCHEMA.Place)
            self.add(place, SCHEMA.name, self.text(venue))
            self.add(place, SCHEMA.containedInPlace, city_node)
            self.add(event, SCHEMA.location, place)
        elif city_node is not None:
            self.add(event, SCHEMA.location, city_node)


def mention_iri(article: str, span: Span) -> str:
    """The IRI of a stretch of an article's text: ``<article>#char=begin,end`` (RFC 5147; offsets in
    characters of the text, as Python and SPARQL's ``SUBSTR`` count them)."""
    return f"{article}#char={span.start},{span.end}"


def article_record(x: Extraction) -> str:
    """The extraction record stored with an article's graph (``kgo:extractionRecord``): canonical JSON,
    less where the file was read from (no part of what the article says)."""
    data = to_record(x)
    data["article"].pop("source")
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def source_digest(x: Extraction, r: Resolution, record: str | None = None) -> str:
    """A digest of everything an article's graph is made from: the mapping (kg's version), the text,
    the extraction record (``record``: :func:`article_record`, when already made) and the article's
    resolution. Equal digests, equal graphs: a resolution pass compares this digest with the stored
    one and maps only the articles whose inputs changed."""
    resolution = json.dumps({f.name: getattr(r, f.name) for f in dataclasses.fields(r)},  # flat: no asdict recursion
                            ensure_ascii=False, sort_keys=True)
    return digest(EXTRACTOR, x.article.text, record if record is not None else article_record(x), resolution)


def article_triples(x: Extraction, resolution: Resolution | None = None) -> list[Triple]:
    """The triples one article states, in our ontology, with a digest of what they are made from
    (``kgo:contentDigest``, see :func:`source_digest`)."""
    r = resolution or resolve(x)
    record = article_record(x)  # once: stored with the graph and digested
    triples = _Mapper(x, r, record).run()
    triples.append((URIRef(r.graph), KGO.contentDigest, _s(source_digest(x, r, record))))
    return triples


def to_graph(x: Extraction, resolution: Resolution | None = None) -> Graph:
    """:func:`article_triples` as an rdflib graph (for validation, exports and inspection)."""
    g = new_graph()
    for t in article_triples(x, resolution):
        g.add(t)
    return g


def to_ntriples(x: Extraction, resolution: Resolution | None = None) -> NTriples:
    """:func:`article_triples` as N-Triples, what the store is given: no rdflib graph is built."""
    return serialize(article_triples(x, resolution))


def stated_digest(graph: NTriples) -> str:
    """The content digest a graph of :func:`to_ntriples` states (:func:`article_triples` writes it last), read
    back without parsing the graph."""
    last = graph.text.rstrip("\n").rpartition("\n")[2]
    if f"<{KGO.contentDigest}>" not in last:
        raise ValueError("an article graph without its content digest as its last triple")
    return last.split('"')[1]


def decisions_triples(links: Iterable[Link]) -> list[Triple]:
    """The resolver's decisions as data: which keys it joined or kept apart, and by which rule."""
    out: dict[Triple, None] = {}
    for link in links:
        node = URIRef(f"{KGR}decision/{digest(link.a, link.b, link.rule)}")
        out[(node, RDF.type, KGO.ResolutionDecision)] = None
        out[(node, KGO.identityKey, _s(link.a))] = None
        out[(node, KGO.identityKey, _s(link.b))] = None
        out[(node, KGO.rule, _s(link.rule))] = None
        out[(node, KGO.merged, Literal(link.merged))] = None
        if link.entity:
            out[(node, KGO.resolvedEntity, URIRef(link.entity))] = None
    return list(out)


def decisions_ntriples(links: Iterable[Link]) -> NTriples:
    """:func:`decisions_triples` as N-Triples, what the store is given."""
    return serialize(decisions_triples(links))


@lru_cache(maxsize=1)
def _load(name: str) -> Graph:
    g = Graph()
    g.parse(Path(ontology_dir()) / name, format="turtle")
    return g


def ontology_graph() -> Graph:
    """The OWL ontology (``ontology/kg.ttl``)."""
    return _load("kg.ttl")


def shapes_graph() -> Graph:
    """The SHACL shapes (``ontology/shapes.ttl``)."""
    return _load("shapes.ttl")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path and the shape's message."""

    focus: str
    path: str
    message: str


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of SHACL validation: ``text`` is pyshacl's full readable report."""

    conforms: bool
    text: str
    violations: tuple[Violation, ...]


def validate(data: Graph) -> ValidationReport:
    """Validate ``data`` against the shapes (no inference: the mapping types every node explicitly)."""
    import pyshacl

    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none",
        allow_warnings=True, advanced=True,
    )
    from rdflib.namespace import SH

    found = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        found.append(Violation(str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultPath) or ""),
                               str(report.value(r, SH.resultMessage) or "")))
    return ValidationReport(bool(conforms), str(text), tuple(sorted(found, key=lambda v: (v.focus, v.path))))
