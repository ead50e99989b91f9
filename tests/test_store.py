"""The store: one named graph per article, a merged graph kept in sync, atomic replacement."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.build import ingest
from kg.errors import StoreError
from kg.extract import extract
from kg.model import Article
from kg.ontology import to_graph
from kg.vocab import graph_iri
from kg.store import GraphStore, OxigraphStore, replace_update

EX = "https://example.org/"


def _g(*triples: tuple[str, str, str]) -> Graph:
    g = Graph()
    for s, p, o in triples:
        g.add((URIRef(EX + s), URIRef(EX + p), Literal(o)))
    return g


def _named(store: GraphStore, article_id: str) -> Graph:
    r = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri(article_id)}> {{ ?s ?p ?o }} }}")
    assert r.graph is not None
    return r.graph


def test_merged_graph_is_the_deduplicated_union(store: GraphStore) -> None:
    store.replace_article("a", _g(("x", "p", "1"), ("x", "p", "2")))
    store.replace_article("b", _g(("x", "p", "2"), ("y", "p", "3")))
    assert isomorphic(store.merged(), _g(("x", "p", "1"), ("x", "p", "2"), ("y", "p", "3")))
    assert store.nquads().count(b"\n") == 4 + 3  # named graphs keep their copies, the merged graph one each


def test_replace_is_idempotent(store: GraphStore) -> None:
    store.replace_article("a", _g(("x", "p", "1")))
    before = store.nquads()
    store.replace_article("a", _g(("x", "p", "1")))
    assert store.nquads() == before


def test_replace_drops_what_only_the_old_version_said(store: GraphStore) -> None:
    store.replace_article("a", _g(("x", "p", "old"), ("x", "p", "shared")))
    store.replace_article("b", _g(("x", "p", "shared")))
    store.replace_article("a", _g(("x", "p", "new")))
    assert isomorphic(store.merged(), _g(("x", "p", "new"), ("x", "p", "shared")))
    assert isomorphic(_named(store, "a"), _g(("x", "p", "new")))


def test_remove_keeps_facts_other_articles_state(store: GraphStore) -> None:
    store.replace_article("a", _g(("x", "p", "1"), ("x", "p", "shared")))
    store.replace_article("b", _g(("x", "p", "shared")))
    assert store.remove_article("a") is True
    assert isomorphic(store.merged(), _g(("x", "p", "shared")))
    assert store.article_ids() == [] or "a" not in store.article_ids()
    assert store.remove_article("a") is False


def test_a_failed_write_changes_nothing(store: GraphStore) -> None:
    store.replace_article("a", _g(("x", "p", "1")))
    before = store.nquads()
    bad = _g(("x", "p", "2"))
    bad.add((BNode(), URIRef(EX + "p"), Literal("3")))
    with pytest.raises(StoreError, match="blank nodes"):
        store.replace_article("a", bad)
    assert store.nquads() == before


def test_update_text_is_one_request() -> None:
    text = replace_update("https://example.org/g", "<https://e/s> <https://e/p> \"o\" .")
    assert text.count("INSERT DATA") == 2 and "DROP SILENT GRAPH" in text


def test_persists_on_disk(tmp_path: Path, seed_article: Article) -> None:
    with OxigraphStore(tmp_path / "s") as s:
        s.replace_article(seed_article.id, to_graph(extract(seed_article)))
    with OxigraphStore(tmp_path / "s") as s:
        assert s.article_ids() == [seed_article.id]


def test_second_open_gives_a_clear_error(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "s"):
        with pytest.raises(StoreError, match="another kg process"):
            OxigraphStore(tmp_path / "s")


def test_reingest_of_the_seed_is_idempotent(store: GraphStore, tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parent.parent / "data" / "seed"
    first = ingest([seed], store)
    quads = store.nquads()
    second = ingest([seed], store)
    assert first.articles == second.articles == 1
    assert sorted(store.nquads().splitlines()) == sorted(quads.splitlines())


def test_bad_file_is_skipped_and_the_rest_stored(store: GraphStore, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("'AI 포럼'이 24일 서울 코엑스에서 열렸다. 박민수 카카오 이사가 발표했다.",
                                       encoding="utf-8")
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    report = ingest([tmp_path], store)
    assert report.articles == 1 and len(report.errors) == 1
    assert "bad.json" in str(report.errors[0])
    assert store.article_ids() == ["good"]


def test_texts_records_and_mentions_stay_in_the_article_graph(store: GraphStore, seed_article: Article) -> None:
    """The merged graph holds the facts; an article's text, record and mentions only its own graph."""
    x = extract(seed_article)
    store.replace_article(x.article.id, to_graph(x))
    named, merged = _named(store, x.article.id), store.merged()
    article_only = [(s, p) for s, p, _o in named if "#char=" in str(s)
                    or str(p).endswith(("nif-core#isString", "#extractionRecord"))]
    assert len(article_only) > 40  # one triple per mention, the text and the record
    assert not any((s, p, o) in merged for s, p, o in named if (s, p) in set(article_only))
    assert len(merged) == len(named) - len(article_only)
    # replacing and removing the article leave nothing of it behind in the merged graph
    store.replace_article(x.article.id, to_graph(x))
    assert len(store.merged()) == len(merged)
    store.remove_article(x.article.id)
    assert len(store.merged()) == 0


def test_literals_that_need_escaping_round_trip(store: GraphStore) -> None:
    tricky = 'a "quoted" word,\nа new line\\ and a tab\tand 한글 \r'
    store.replace_article("a", _g(("x", "p", tricky), ("x", "p", "plain")))
    store.replace_article("a", _g(("x", "p", tricky), ("x", "p", "changed")))
    assert isomorphic(_named(store, "a"), _g(("x", "p", tricky), ("x", "p", "changed")))
    assert isomorphic(store.merged(), _g(("x", "p", tricky), ("x", "p", "changed")))


def test_a_replacement_changes_only_its_difference_and_keeps_shared_facts(store: GraphStore) -> None:
    store.replace_article("a", _g(("x", "p", "1"), ("x", "p", "2"), ("x", "p", "shared")))
    store.replace_article("b", _g(("x", "p", "shared"), ("y", "p", "3")))
    store.replace_article("a", _g(("x", "p", "2"), ("x", "p", "4")))  # drops 1 and shared, adds 4
    assert isomorphic(store.merged(), _g(("x", "p", "2"), ("x", "p", "4"), ("x", "p", "shared"), ("y", "p", "3")))
    store.replace_article("b", _g(("y", "p", "3")))  # now nobody states "shared"
    assert isomorphic(store.merged(), _g(("x", "p", "2"), ("x", "p", "4"), ("y", "p", "3")))


def test_many_articles_at_once_new_and_replaced(store: GraphStore) -> None:
    from kg.ntriples import serialize

    def nt(*triples: tuple[str, str, str]):  # type: ignore[no-untyped-def]
        return serialize(list(_g(*triples)))

    store.replace_article("b", _g(("x", "p", "old"), ("x", "p", "shared")))
    store.add_articles({"a": nt(("x", "p", "1"), ("x", "p", "shared")), "b": nt(("x", "p", "new")),
                        "c": nt(("y", "p", "2"))})
    assert isomorphic(_named(store, "a"), _g(("x", "p", "1"), ("x", "p", "shared")))
    assert isomorphic(_named(store, "b"), _g(("x", "p", "new")))
    assert isomorphic(store.merged(), _g(("x", "p", "1"), ("x", "p", "shared"), ("x", "p", "new"), ("y", "p", "2")))
    store.remove_article("a")
    assert isomorphic(store.merged(), _g(("x", "p", "new"), ("y", "p", "2")))


def test_a_bad_graph_among_many_new_ones_stores_none_of_them(tmp_path: Path) -> None:
    from kg.ntriples import NTriples, serialize

    with OxigraphStore(tmp_path / "s") as store:
        good = serialize(list(_g(("x", "p", "1"))))
        with pytest.raises(StoreError, match="article 'b'"):
            store.add_articles({"a": good, "b": NTriples("<https://e/s> <https://e/p> ", 1)})
        assert store.nquads() == b""


def test_nquads_of_any_store_parse_back_with_every_term_intact(store: GraphStore) -> None:
    """Multi-line, quoted, language-tagged and typed literals survive an N-Quads dump on both stores, and
    pyoxigraph and rdflib both read the dump (a remote dump once wrote Turtle's triple quotes)."""
    import pyoxigraph as ox
    from rdflib import Dataset

    text = 'line one\nline "two"\r\n\tand a back\\slash, 한글'
    store.replace_article("a", _g(("x", "p", text)))
    g = Graph()
    g.add((URIRef("https://example.org/x"), URIRef("https://example.org/q"), Literal("줄\n바꿈", lang="ko")))
    g.add((URIRef("https://example.org/x"), URIRef("https://example.org/n"), Literal(42)))
    store.replace_article("b", g)
    dump = store.nquads()
    quads = list(ox.parse(dump, format=ox.RdfFormat.N_QUADS))
    assert len(quads) == dump.count(b"\n") == 6  # three triples, each in its graph and in the merged graph
    ds = Dataset(default_union=False)
    ds.parse(data=dump, format="nquads")
    literals = {o for _s, _p, o, _g in ds.quads((None, None, None, None)) if isinstance(o, Literal)}
    assert {Literal(text), Literal("줄\n바꿈", lang="ko"), Literal(42)} <= literals


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_dataset_exports_of_any_store_parse_back(store: GraphStore, tmp_path: Path, fmt: str) -> None:
    """N-Quads and TriG exports of the embedded store and of a server hold the same quads, a multi-line
    literal included, and parse in rdflib and pyoxigraph."""
    import pyoxigraph as ox
    from rdflib import Dataset

    from kg.export.rdf import export_rdf
    from kg.formats import ExportFormat

    store.replace_article("a", _g(("x", "p", "first line\nsecond line"), ("x", "p", "plain")))
    out = tmp_path / f"export.{fmt}"
    written = export_rdf(store, ExportFormat(fmt), out)
    ds = Dataset(default_union=False)
    ds.parse(out, format=fmt)
    assert written == len(list(ds.quads((None, None, None, None)))) == 4
    ox_format = ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG
    assert len(list(ox.parse(path=str(out), format=ox_format))) == 4


def test_a_graph_store_url_with_a_folder_is_an_error(tmp_path: Path) -> None:
    from kg.store import open_store

    with pytest.raises(StoreError, match="--graph-store-url"):
        open_store(tmp_path / "s", graph_store_url="http://127.0.0.1:7878/store")


def test_a_released_store_can_be_opened_by_another_and_reopens_on_use(tmp_path: Path, seed_article: Article) -> None:
    first = OxigraphStore(tmp_path / "s")
    first.replace_article(seed_article.id, to_graph(extract(seed_article)))
    first.release()
    with OxigraphStore(tmp_path / "s") as second:  # the lock is free while the first does nothing
        assert second.article_ids() == [seed_article.id]
    assert first.article_ids() == [seed_article.id]  # opened again on its next use
    first.close()


def test_an_open_waits_for_a_held_store_then_says_who_holds_it(tmp_path: Path) -> None:
    import time

    with OxigraphStore(tmp_path / "s") as held:
        held.article_ids()
        began = time.monotonic()
        with pytest.raises(StoreError, match=r"in use by another kg process .*waited 0.6 s.*KG_STORE_WAIT"):
            OxigraphStore(tmp_path / "s", wait=0.6)
        assert 0.5 < time.monotonic() - began < 5


def test_ingest_lets_go_of_the_store_while_it_extracts(tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parent.parent / "data" / "seed"
    store = OxigraphStore(tmp_path / "s")
    seen: list[list[str]] = []

    def reader(_path: Path) -> None:  # another reader, while the ingest reads and extracts its files
        with OxigraphStore(tmp_path / "s") as other:
            seen.append(other.article_ids())

    report = ingest([seed], store, on_file=reader)
    assert report.articles == 1 and seen == [[]]
    with OxigraphStore(tmp_path / "s") as after:  # and after the ingest, as the next command would
        assert len(after.article_ids()) == 1
    store.close()


def test_a_writer_keeps_a_snapshot_only_while_it_writes(tmp_path: Path, seed_article: Article) -> None:
    from kg.store.oxigraph import SNAPSHOTS, latest_snapshot

    s = OxigraphStore(tmp_path / "s")
    s.article_ids()
    s.release()  # read only: no snapshot at all
    assert latest_snapshot(tmp_path / "s") is None
    for n in range(3):
        s.replace_article(f"a{n}", to_graph(extract(seed_article)))
        assert latest_snapshot(tmp_path / "s") is not None  # taken before the first write of the session
        s.release()
        assert latest_snapshot(tmp_path / "s") is None  # and removed when it lets go: no disk kept for it
    assert not [p for p in (tmp_path / "s" / SNAPSHOTS).glob("*") if p.is_dir()]
    s.close()


def test_a_snapshot_a_reader_holds_outlives_the_write(tmp_path: Path, seed_article: Article) -> None:
    from kg.store.oxigraph import latest_snapshot

    writer = OxigraphStore(tmp_path / "s")
    writer.replace_article("first", to_graph(extract(seed_article)))
    writer.release()
    writer.replace_article("second", to_graph(extract(seed_article)))  # a second write under way
    reader = OxigraphStore(tmp_path / "s", snapshot_when_held=True)
    held = reader.reading_snapshot
    writer.release()  # the reader still reads the snapshot: it stays
    assert held is not None and held.is_dir() and _graphs(reader) == [graph_iri("first")]
    reader.close()
    writer.replace_article("third", to_graph(extract(seed_article)))
    writer.release()  # the next writer to let go removes it
    assert not held.exists() and latest_snapshot(tmp_path / "s") is None
    writer.close()


def test_a_reader_of_a_held_store_reads_the_last_completed_write(tmp_path: Path, seed_article: Article) -> None:
    writer = OxigraphStore(tmp_path / "s")
    writer.replace_article("first", to_graph(extract(seed_article)))
    writer.release()  # a completed write: the snapshot holds "first"
    writer.replace_article("second", to_graph(extract(seed_article)))  # a write under way: held, not let go
    reader = OxigraphStore(tmp_path / "s", snapshot_when_held=True)
    assert reader.reading_snapshot is not None
    assert _graphs(reader) == [graph_iri("first")]
    with pytest.raises(StoreError, match="being written by another kg process.*cannot write"):
        reader.remove_article("first")
    reader.close()
    with pytest.raises(StoreError, match="in use by another kg process"):
        OxigraphStore(tmp_path / "s", wait=0.2)  # a writer (or an older reader) still waits
    writer.close()
    with OxigraphStore(tmp_path / "s", snapshot_when_held=True) as after:  # free again: the store itself
        assert after.reading_snapshot is None and _graphs(after) == [graph_iri("first"), graph_iri("second")]


def _graphs(s: OxigraphStore) -> list[str]:
    return sorted(str(r[0]) for r in s.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows)


@pytest.mark.parametrize("layout", ["mapped", "hand-written"])
def test_new_articles_load_the_same_whatever_the_layout_of_their_text(tmp_path: Path, layout: str) -> None:
    """New graphs as the mapping writes them go to the loader as N-Quads text; any other valid N-Triples
    (a comment, tabs) goes as parsed quads. Both store the same article graph and merged graph, which
    leaves out mentions, the text and the record."""
    from kg.ntriples import NTriples
    from kg.vocab import KGO, NIF

    lines = [f"<{EX}x> <{EX}p> \"one\" .", f"<{EX}doc#char=0,3> <{EX}ref> <{EX}x> .",
             f"<{EX}doc> <{NIF}isString> \"text\" .", f"<{EX}g> <{KGO}extractionRecord> \"{{}}\" .",
             f"<{EX}y> <{EX}p> \"two\"@ko ."]
    text = "\n".join(lines) + "\n" if layout == "mapped" else \
        "# written by hand\n" + "\n".join(line.replace(" ", "\t", 1) for line in lines) + "\n"
    with OxigraphStore(tmp_path / "s") as store:
        store.add_articles({"a": NTriples(text, len(lines))})
        named = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph_iri('a')}> {{ ?s ?p ?o }} }}").rows
        merged = store.query("SELECT ?s ?o WHERE { ?s ?p ?o }").rows
    assert len(named) == 5
    assert sorted(str(o) for _s, o in merged) == ["one", "two"]
