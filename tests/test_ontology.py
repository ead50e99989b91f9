"""Mapping to RDF: the seed's golden graph, SHACL conformance, provenance of every mention."""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.model import Extraction
from kg.ontology import to_graph, validate
from kg.vocab import ITSRDF, KGO, SCHEMA

GOLDEN = Path(__file__).parent / "golden" / "seed.ttl"


def test_seed_graph_matches_golden(seed_extraction: Extraction) -> None:
    """The golden file is reviewed by hand; regenerate with KG_UPDATE_GOLDEN=1 after a deliberate change."""
    g = to_graph(seed_extraction)
    if os.environ.get("KG_UPDATE_GOLDEN"):
        GOLDEN.write_text(g.serialize(format="longturtle"), encoding="utf-8")
    golden = Graph().parse(GOLDEN, format="turtle")
    if not isomorphic(g, golden):
        _both, only_new, only_golden = graph_diff(to_isomorphic(g), to_isomorphic(golden))
        raise AssertionError(f"new triples: {sorted(only_new)[:5]} … missing: {sorted(only_golden)[:5]} …")


def test_graph_does_not_depend_on_where_the_file_is(seed_extraction: Extraction) -> None:
    from dataclasses import replace

    moved = replace(seed_extraction, article=replace(seed_extraction.article, source="/elsewhere/seed.json"))
    assert isomorphic(to_graph(moved), to_graph(seed_extraction))


def test_seed_graph_conforms(seed_extraction: Extraction) -> None:
    report = validate(to_graph(seed_extraction))
    assert report.conforms, report.text


def test_a_broken_graph_does_not_conform(seed_extraction: Extraction) -> None:
    g = to_graph(seed_extraction)
    person = next(g.subjects(RDF.type, SCHEMA.Person))
    g.remove((person, SCHEMA.name, None))
    event = next(g.subjects(RDF.type, KGO.Event))
    g.add((event, SCHEMA.startDate, Literal("24일")))
    report = validate(g)
    assert not report.conforms
    assert {v.path for v in report.violations} >= {str(SCHEMA.name), str(SCHEMA.startDate)}


def test_no_blank_nodes_and_plain_schema_types(seed_extraction: Extraction) -> None:
    g = to_graph(seed_extraction)
    assert not any(isinstance(t, BNode) for triple in g for t in triple)
    for cls in (KGO.Event, KGO.EventPart):
        for node in g.subjects(RDF.type, cls):
            assert (node, RDF.type, SCHEMA.Event) in g and (node, SCHEMA.name, None) in g
    assert len(set(g.subjects(RDF.type, SCHEMA.Person))) == 15


def test_a_mention_is_one_triple_whose_iri_holds_its_article_and_offsets(seed_extraction: Extraction) -> None:
    g = to_graph(seed_extraction)
    article = str(next(g.subjects(RDF.type, SCHEMA.NewsArticle)))
    mentions = list(g.subject_objects(ITSRDF.taIdentRef))
    assert len(mentions) > 40
    names = {str(o): str(n) for o, n in g.subject_objects(SCHEMA.name)}
    for m, entity in mentions:
        base, _, span = str(m).partition("#char=")
        begin, end = (int(x) for x in span.split(","))
        assert base == article and 0 <= begin < end <= len(seed_extraction.article.text)
        assert set(g.predicate_objects(m)) == {(ITSRDF.taIdentRef, entity)}  # nothing else is stored about it
        assert str(entity) in names  # and it names a node the graph describes


def test_every_participation_links_its_top_level_event(seed_extraction: Extraction) -> None:
    """A talk in a session of the forum is at the forum (kgo:atEvent), one hop, no superEvent path."""
    g = to_graph(seed_extraction)
    events = set(g.subjects(RDF.type, KGO.Event))
    participations = list(g.subjects(RDF.type, KGO.Participation))
    assert participations and all(g.value(p, KGO.atEvent) in events for p in participations)
    in_parts = [p for p in participations if g.value(p, KGO.participationIn) not in events]
    assert in_parts  # the seed has sessions and panels: the link is not just participationIn again
    for p in in_parts:
        part, top = g.value(p, KGO.participationIn), g.value(p, KGO.atEvent)
        while part not in events:
            part = g.value(part, SCHEMA.superEvent)
        assert part == top


def test_a_mention_without_offsets_in_its_iri_does_not_conform(seed_extraction: Extraction) -> None:
    g = to_graph(seed_extraction)
    entity = next(g.objects(None, ITSRDF.taIdentRef))
    g.add((URIRef("https://w3id.org/industry-ai-kg/id/article/x#somewhere"), ITSRDF.taIdentRef, entity))
    report = validate(g)
    assert not report.conforms and any("#char=begin,end" in v.message for v in report.violations)


def test_words_of_the_article_carry_their_language(seed_extraction: Extraction) -> None:
    """Names, titles, talk titles and quotes are tagged @ko or @en by their script; ids and text stay plain."""
    from kg.extract import extract
    from kg.model import Article

    g = to_graph(seed_extraction)
    for p in (SCHEMA.name, KGO.title, KGO.talkTitle, SCHEMA.text):
        values = list(g.objects(None, p))
        assert values and all(isinstance(v, Literal) and v.language in ("ko", "en") for v in values), p
    assert {v.language for v in g.objects(None, SCHEMA.identifier)} == {None}
    english = to_graph(extract(Article("en1", "Tom Reed, CEO of Nimbus Works, spoke at the Robot Forum on June 3.",
                                       "en1.txt", published="2025-06-10", lang="en")))
    assert Literal("Tom Reed", lang="en") in set(english.objects(None, SCHEMA.name))


def test_a_name_without_its_language_does_not_conform(seed_extraction: Extraction) -> None:
    g = to_graph(seed_extraction)
    person = next(g.subjects(RDF.type, SCHEMA.Person))
    name = next(g.objects(person, SCHEMA.name))
    g.remove((person, SCHEMA.name, name))
    g.add((person, SCHEMA.name, Literal(str(name))))
    report = validate(g)
    assert not report.conforms
    assert any(v.focus == str(person) and "tagged @ko (Hangul) or @en (Latin)" in v.message for v in report.violations)


def test_the_digest_a_graph_states_is_read_back_from_its_text() -> None:
    import pytest

    from kg.extract import extract
    from kg.model import Article
    from kg.ntriples import NTriples
    from kg.ontology import source_digest, stated_digest, to_ntriples
    from kg.resolve import resolve

    x = extract(Article("en1", "Tom Reed, CEO of Nimbus Works, spoke at the Robot Forum on June 3.", "en1.txt",
                        published="2025-06-05", lang="en"))
    assert stated_digest(to_ntriples(x, resolve(x))) == source_digest(x, resolve(x))
    with pytest.raises(ValueError, match="content digest"):
        stated_digest(NTriples('<a> <b> "c" .\n', 1))
