"""kg.doctor: the store's own invariants, and a clear repair for each broken one."""

from __future__ import annotations

from pathlib import Path

from kg.build import ingest, resolve_store
from kg.doctor import REPAIR_RESOLUTION, check_store
from kg.store import OxigraphStore
from kg.vocab import KGR
from tests.test_identity import A, B, _write

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"


def test_a_store_made_by_ingest_is_whole(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "s") as store:
        ingest([SEED, _write(tmp_path / "in", a=A, b=B)], store)
        assert check_store(store) == []


def test_a_cut_short_resolution_pass_is_found_and_curate_apply_repairs_it(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "s") as store:
        ingest([_write(tmp_path / "in", a=A, b=B)], store)
        # as after kill -9 in a pass: the decisions graph gone, one article graph rewritten without its resolution
        store._store.update(f"DROP GRAPH <{KGR}graph/resolution>")
        store._store.update(f"DELETE WHERE {{ GRAPH <{KGR}graph/a> {{ ?g <https://w3id.org/industry-ai-kg/ontology#contentDigest> ?d }} }} ;"
                            f"INSERT DATA {{ GRAPH <{KGR}graph/a> {{ <{KGR}graph/a> "
                            f"<https://w3id.org/industry-ai-kg/ontology#contentDigest> \"stale\" }} }}")
        problems = check_store(store)
        whats = " | ".join(f"{p.where}: {p.what}" for p in problems)
        assert "article a: the article graph is not what resolving" in whats
        assert "decisions graph is empty" in whats and all(p.repair for p in problems)
        assert any(p.repair == REPAIR_RESOLUTION for p in problems)
        resolve_store(store)  # what kg curate apply runs
        assert [p for p in check_store(store) if "merged graph" not in p.where] == []


def test_a_merged_graph_out_of_step_is_found(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "s") as store:
        ingest([SEED], store)
        store._store.update('INSERT DATA { <https://example.org/x> <https://example.org/p> "stray" }')
        store._store.update(f"INSERT DATA {{ GRAPH <{KGR}graph/extra> {{ <https://example.org/y> <https://example.org/p> \"lost\" }} }}")
        problems = {p.what for p in check_store(store)}
        assert "1 facts in the merged graph that no named graph states" in problems
        assert "1 facts of named graphs missing from the merged graph" in problems


def test_an_article_graph_without_its_record_is_named(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "s") as store:
        ingest([_write(tmp_path / "in", a=A)], store)
        store._store.update(f"DELETE WHERE {{ GRAPH <{KGR}graph/a> {{ ?g <https://w3id.org/industry-ai-kg/ontology#extractionRecord> ?r }} }}")
        [problem] = [p for p in check_store(store) if p.where == "article a"]
        assert problem.what == "the article graph lacks its record" and "ingest that article again" in problem.repair
