"""Shared fixtures: the seed article (data/seed), its extraction, and fresh stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract
from kg.ingest import read_file
from kg.model import Article, Extraction
from kg.store import OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed" / "00_seed_koita_industrial_ai_forum_2025.json"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return read_file(SEED)[0]


@pytest.fixture(scope="session")
def seed_extraction(seed_article: Article) -> Extraction:
    return extract(seed_article)


@pytest.fixture
def store(tmp_path: Path) -> OxigraphStore:
    s = OxigraphStore(tmp_path / "store")
    yield s
    s.close()


def ko_article(text: str, published: str | None = "2025-11-25", article_id: str = "t1") -> Article:
    """A Korean test article made from a sentence of our own."""
    return Article(id=article_id, text=text, source=f"{article_id}.txt", published=published, lang="ko")
