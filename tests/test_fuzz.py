"""Fuzz and limits: arbitrary bytes, text and JSON into the readers, the extractor and ingest.

Whatever comes in, kg answers with articles or an error that names the file, never an uncaught
exception; extraction time stays linear; a file that fails changes nothing in the store.
"""

from __future__ import annotations

import json
import os
import string
import time
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import ingest
from kg.errors import ArticleError, KGError
from kg.extract import extract
from kg.ingest import iter_article_results
from kg.ingest.decode import DecodeWarning
from kg.ingest.readers import MAX_ARTICLE_CHARS
from kg.model import Article
from kg.store import OxigraphStore

SETTINGS = settings(max_examples=int(os.environ.get("KG_FUZZ_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# text in the scripts news uses, with the punctuation, brackets and quotes the rules look at
NEWSY = st.text(alphabet=st.sampled_from(list("가나다라마바사아자차카타파하김이박최정강조윤장임한기협대표교수장관회포럼")
                                         + list(string.ascii_letters + string.digits + " .,;:!?()[]{}'\"“”‘’「」『』<>·-—/\n\t")),
                max_size=400)
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
                    max_leaves=12)


def _results(path: Path) -> list[object]:
    out: list[object] = []
    for _path, result in iter_article_results([path]):
        out.extend(result if isinstance(result, list) else [result])
    return out


@pytest.mark.filterwarnings("ignore::kg.ingest.decode.DecodeWarning")  # random bytes: replaced bytes expected
@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html"]))
def test_arbitrary_bytes_give_articles_or_errors_naming_the_file(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"f{suffix}"
    path.write_bytes(data)
    for item in _results(path):
        assert isinstance(item, (Article, ArticleError))
        if isinstance(item, ArticleError):
            assert str(path) in str(item)


@SETTINGS
@given(record=JSON, lines=st.lists(JSON, max_size=4))
def test_arbitrary_json_and_jsonl_give_articles_or_errors(tmp_path: Path, record: object, lines: list[object]) -> None:
    (tmp_path / "a.json").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in lines), encoding="utf-8")
    for path in (tmp_path / "a.json", tmp_path / "b.jsonl"):
        for item in _results(path):
            assert isinstance(item, (Article, ArticleError))


@SETTINGS
@given(text=NEWSY, lang=st.sampled_from(["ko", "en"]), published=st.sampled_from([None, "2025-11-25"]))
def test_the_extractor_takes_any_text(text: str, lang: str, published: str | None) -> None:
    try:
        x = extract(Article("f", text, "f.txt", lang=lang, published=published))
    except KGError:
        return  # a refusal with a message is an answer
    for p in x.people:  # what it finds points into the text
        assert all(0 <= s.start <= s.end <= len(text) for s in p.mentions)


@SETTINGS
@given(text=NEWSY.filter(lambda t: len(t) > 50))
def test_a_truncated_file_is_read_or_refused(tmp_path: Path, text: str) -> None:
    whole = json.dumps({"id": "a", "text": text}, ensure_ascii=False).encode("utf-8")
    (tmp_path / "cut.json").write_bytes(whole[: len(whole) // 2])
    with warnings.catch_warnings(record=True) as caught:  # (a cut inside a character is replaced, and said so)
        warnings.simplefilter("always", DecodeWarning)
        for item in _results(tmp_path / "cut.json"):
            assert isinstance(item, ArticleError) and "cut.json" in str(item)
    assert all("cut.json" in str(w.message) for w in caught if issubclass(w.category, DecodeWarning))


def test_an_article_past_the_size_limit_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("가" * (MAX_ARTICLE_CHARS + 1), encoding="utf-8")
    [error] = _results(path)
    assert isinstance(error, ArticleError) and "huge.txt" in str(error) and "split the file" in str(error)


def test_extraction_time_grows_linearly_with_arbitrary_text() -> None:
    """Random text of the same make at 16 and 64 KB: the larger takes no more than about four times as
    long (with room for noise), and the limit-sized article stays within a minute."""
    import random

    rng = random.Random(7)
    alphabet = list("가나다라마바사아자차카타파하김이박최정강조윤장임한기협대표교수장관회포럼 .,'\"“”()\n") + list("abcdefgh ")

    def timed(n: int) -> float:
        text = "".join(rng.choice(alphabet) for _ in range(n))
        t = time.perf_counter()
        extract(Article("f", text, "f.txt", lang="ko"))
        return time.perf_counter() - t

    timed(1000)  # start-up: the analyser's model
    small, large = timed(16_000), timed(64_000)
    assert large < small * 4 * 1.8 + 0.5, (small, large)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> OxigraphStore:
    store = OxigraphStore(tmp_path_factory.mktemp("fuzz") / "store")
    ingest([Path(__file__).resolve().parent.parent / "data" / "seed"], store)
    return store


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=500), record=JSON)
def test_a_failed_file_changes_nothing_in_the_store(tmp_path: Path, stored: OxigraphStore, data: bytes,
                                                    record: object) -> None:
    before = stored.nquads()
    folder = tmp_path / "bad"
    folder.mkdir(exist_ok=True)
    (folder / "x.json").write_bytes(b"{" + data)  # never valid JSON
    text_less = record if not (isinstance(record, dict) and isinstance(record.get("text"), str)
                               and record["text"].strip()) else {"text": ""}
    (folder / "y.json").write_text(json.dumps(text_less), encoding="utf-8")
    report = ingest([folder], stored)
    assert report.articles == 0 and len(report.errors) == 2
    assert stored.nquads() == before
