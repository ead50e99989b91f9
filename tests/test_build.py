"""The whole pipeline (kg.build): parallel extraction stores what one process stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import _extract_safely, ingest
from kg.errors import ArticleError
from kg.model import Article
from kg.store import OxigraphStore
from tests.test_identity import A, B, C, D, _write


def test_parallel_extraction_stores_exactly_what_one_process_stores(tmp_path: Path) -> None:
    folder = _write(tmp_path / "articles", a=A, b=B, c=C, d=D)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    dumps, reports = {}, {}
    for jobs in (1, 2):
        with OxigraphStore(tmp_path / f"store-{jobs}") as store:
            reports[jobs] = ingest([folder], store, jobs=jobs)
            dumps[jobs] = sorted(store.nquads().splitlines())
    assert dumps[1] == dumps[2] and len(dumps[1]) > 100
    for report in reports.values():  # the bad file is named in both modes, the rest stored
        assert report.articles == 4 and [Path(e.path).name for e in report.errors if isinstance(e, ArticleError)] == ["broken.json"]


def test_an_extraction_error_is_a_message_that_crosses_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.build

    def boom(article: Article) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(kg.build, "extract", boom)
    got = _extract_safely(Article("x", "텍스트", "x.txt"))
    assert isinstance(got, str) and "IndexError" in got and "please report this file" in got
    json.dumps(got)  # plain data


def test_resolution_in_passes_stores_what_one_pass_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest resolves every few articles (bounded memory); the store ends the same as with one pass,
    and a further resolution pass finds nothing to rewrite."""
    import kg.build
    from kg.build import resolve_store

    folder = _write(tmp_path / "articles", a=A, b=B, c=C, d=D)
    dumps = {}
    for every in (2000, 1):
        monkeypatch.setattr(kg.build, "_RESOLVE_EVERY", every)
        with OxigraphStore(tmp_path / f"store-{every}") as store:
            ingest([folder], store)
            dumps[every] = sorted(store.nquads().splitlines())
            assert resolve_store(store).rewritten == 0
    assert dumps[2000] == dumps[1]


def test_a_mapping_failure_is_that_files_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.build

    folder = _write(tmp_path / "articles", a=A, b=B)
    real = kg.build.to_ntriples

    def fails_for_b(x, r=None):  # type: ignore[no-untyped-def]
        if x.article.id == "b":
            raise KeyError("o9")
        return real(x, r)

    monkeypatch.setattr(kg.build, "to_ntriples", fails_for_b)
    with OxigraphStore(tmp_path / "store") as store:
        report = ingest([folder], store)
        assert store.article_ids() == ["a"]
    assert [Path(e.path).name for e in report.errors] == ["b.json"] and "please report this file" in str(report.errors[0])
