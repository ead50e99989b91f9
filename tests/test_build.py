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


def test_bad_inputs_are_reported_by_file_and_the_good_ones_stored(tmp_path: Path) -> None:
    """A bad JSONL line, an impossible date and a URL that is no URL each give an error naming the file;
    every good article is stored and the store still validates."""
    from kg.ontology import validate

    [seed_file] = sorted((Path(__file__).resolve().parent.parent / "data" / "seed").glob("*.json"))
    seed = json.loads(seed_file.read_text(encoding="utf-8"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "feed.jsonl").write_text("\n".join([
        json.dumps({**seed, "id": "good-1", "url": "https://example.org/a b|c"}, ensure_ascii=False),
        "{broken",
        json.dumps({**seed, "id": "bad-date", "published": "2025-02-30"}, ensure_ascii=False),
        json.dumps({**seed, "id": "good-2", "url": None}, ensure_ascii=False)]) + "\n", encoding="utf-8")
    (folder / "bad-url.json").write_text(json.dumps({**seed, "id": "bad-url", "url": 42}, ensure_ascii=False),
                                         encoding="utf-8")
    with OxigraphStore(tmp_path / "store") as store:
        report = ingest([folder], store)
        assert sorted(store.article_ids()) == ["good-1", "good-2"]
        messages = sorted(str(e) for e in report.errors)
        assert len(messages) == 3
        assert "bad-url.json" in messages[0] and "'url' must be an absolute URL" in messages[0]
        assert "feed.jsonl:2" in messages[1] and "invalid JSON" in messages[1]
        assert "feed.jsonl:3" in messages[2] and "real YYYY-MM-DD date" in messages[2]
        assert validate(store.merged()).conforms
        urls = [str(r[0]) for r in store.query("SELECT ?u WHERE { ?a schema:url ?u }").rows]
        assert urls == ["https://example.org/a%20b%7Cc"]


def test_ingest_reports_a_file_read_with_replaced_bytes(tmp_path: Path) -> None:
    [seed_file] = sorted((Path(__file__).resolve().parent.parent / "data" / "seed").glob("*.json"))
    text = json.loads(seed_file.read_text(encoding="utf-8"))["text"].encode("utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "odd.txt").write_bytes(text[:30] + b"\xfe" + text[30:])
    with OxigraphStore(tmp_path / "store") as store:
        report = ingest([folder], store)
    assert not report.errors and store is not None
    assert any("odd.txt: 1 byte(s) are not UTF-8" in w for w in report.warnings)


@pytest.mark.parametrize("via", ["ingest", "resolve_store"])
def test_a_resolution_that_would_merge_two_dated_editions_is_refused_by_name(tmp_path: Path, via: str,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Should resolution ever make one event of articles that disagree on its date, the pass refuses to
    write the new article involved, names the articles by what each claims, and leaves the store as it was: in an
    ingest's passes (kg.blocks) and in a pass over the store (kg.resolve.resolve_all)."""
    import kg.build as build
    from kg.blocks import BlockResolver
    from kg.extract import extract
    from kg.resolve import resolve_all as real

    def one_event(xs, curation=None):  # noqa: ANN001, ANN202 - a resolver with the bug the check guards against
        resolved = real(xs, curation=curation)
        first = next(iter(resolved.resolutions.values())).events
        iri = next(iter(first.values()))
        for r in resolved.resolutions.values():
            for k in r.events:
                r.events[k] = iri
        return resolved

    real_events = BlockResolver._resolve_events

    def one_event_iri(self, touched):  # noqa: ANN001, ANN202 - the same bug in the block resolver
        real_events(self, touched)
        iri = min(self._event_iri.values())
        for k in self._event_iri:
            self._event_iri[k] = iri
        return set(self.xs)

    def article(aid: str, day: str) -> str:
        return json.dumps({"id": aid, "published": day, "text": f"한빛협회는 {day[-2:]}일 서울 코엑스에서 "
                           "'제1회 한빛 AI 포럼'을 개최했다. 김철수 한빛대 교수가 발표했다."}, ensure_ascii=False)

    (tmp_path / "one.json").write_text(article("one", "2025-03-12"), encoding="utf-8")
    (tmp_path / "two.json").write_text(article("two", "2025-06-18"), encoding="utf-8")
    with OxigraphStore(tmp_path / "store") as store:
        assert not ingest([tmp_path / "one.json"], store).errors
        before = store.nquads()
        monkeypatch.setattr(build, "resolve_all", one_event)
        monkeypatch.setattr(BlockResolver, "_resolve_events", one_event_iri)
        if via == "ingest":
            errors = ingest([tmp_path / "two.json"], store).errors
        else:
            two = json.loads((tmp_path / "two.json").read_text(encoding="utf-8"))
            x = extract(Article("two", two["text"], str(tmp_path / "two.json"), published=two["published"]))
            errors = build.resolve_store(store, None, [x]).errors
        [error] = errors
        assert "two.json" in str(error) and "2025-03-12, edition 1: one" in str(error) \
            and "2025-06-18, edition 1: two" in str(error)
        assert store.article_ids() == ["one"]
        monkeypatch.setattr(build, "resolve_all", real)
        assert store.nquads().count(b"\n") == before.count(b"\n")


def test_a_refusals_words_stay_short_however_many_articles_share_the_event() -> None:
    from kg.build import _claims_told

    claims = [(f"a{n:03d}", "2025-05-03", None, None) for n in range(500)] + [("b", None, 5, None)] \
        + [(f"c{n}", f"2024-01-{n + 1:02d}", None, None) for n in range(9)]
    told = _claims_told(claims)
    assert told.startswith("2025-05-03, edition -: a000, a001, a002 and 497 more; no date, edition 5: b; ")
    assert told.endswith("; and 5 other dates or editions") and len(told) < 400
    assert _claims_told([("one", "2025-03-12", 1, None), ("two", "2025-06-18", 1, "2025-06-19")]) \
        == "2025-03-12, edition 1: one; 2025-06-18 to 2025-06-19, edition 1: two"


def test_the_workers_map_what_one_process_maps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.build

    monkeypatch.setattr(kg.build, "_MAP_CHUNK", 1)  # four articles are enough to share out
    folder = _write(tmp_path / "articles", a=A, b=B, c=C, d=D)
    dumps = {}
    for jobs in (1, 2):
        with OxigraphStore(tmp_path / f"store-{jobs}") as store:
            assert ingest([folder], store, jobs=jobs).articles == 4
            dumps[jobs] = sorted(store.nquads().splitlines())
    assert dumps[1] == dumps[2] and len(dumps[1]) > 100


def test_a_mapping_error_in_a_worker_names_the_file_and_keeps_the_others(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.build

    real = kg.build.to_ntriples

    def fails_on_b(x, r):  # type: ignore[no-untyped-def]
        if x.article.id == "b":
            raise KeyError("o9")
        return real(x, r)

    monkeypatch.setattr(kg.build, "_MAP_CHUNK", 1)
    monkeypatch.setattr(kg.build, "to_ntriples", fails_on_b)
    folder = _write(tmp_path / "articles", a=A, b=B, c=C, d=D)
    with OxigraphStore(tmp_path / "s") as store:
        report = ingest([folder], store, jobs=2)
        assert sorted(store.article_ids()) == ["a", "c", "d"]
    [error] = report.errors
    assert Path(error.path).name.startswith("b") and "KeyError" in str(error)


def _write_texts(folder: Path, texts: dict[str, tuple[str, str, str]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for aid, (published, lang, text) in texts.items():
        path = folder / f"{aid}.json"
        path.write_text(json.dumps({"id": aid, "published": published, "lang": lang, "text": text}, ensure_ascii=False),
                        encoding="utf-8")
        out.append(path)
    return out


@pytest.mark.parametrize("seed", range(4))
def test_an_ingest_in_passes_stores_what_one_resolution_of_every_article_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """The passes of an ingest resolve block by block (kg.blocks): a store built by two ingests, the second in
    passes of one to three articles, in a random order and replacing one stored article, ends exactly as one
    ingest of the final articles in one pass leaves it; and a pass over the whole store finds nothing to rewrite.
    (The articles of tests/test_blocks.py share organizations under several names, people at two organizations,
    names in two scripts and series across years.)"""
    from random import Random

    import kg.build
    from kg.build import resolve_store
    from tests.test_blocks import TEXTS

    rng = Random(seed)
    first = _write_texts(tmp_path / "first", TEXTS)
    ids = sorted(TEXTS)
    rng.shuffle(ids)
    cut = rng.randrange(0, len(ids))
    replaced = rng.choice(ids[:cut]) if cut else None
    later = _write_texts(tmp_path / "later", {replaced: ("2025-06-30", "ko", "한빛전자는 29일 대전에서 '제4회 한빛 AI "
                                                         "세미나'를 열었다. 김도현 딥비전 대표가 발표했다.")} if replaced else {})
    final = {p.stem: p for p in first} | {p.stem: p for p in later}
    second = [final[a] for a in ids[cut:]] + later
    rng.shuffle(second)
    with OxigraphStore(tmp_path / "one-pass") as store:
        ingest(sorted(final.values()), store)
        expected = sorted(store.nquads().splitlines())
    with OxigraphStore(tmp_path / "in-passes") as store:
        originals = {p.stem: p for p in first}
        ingest([originals[a] for a in ids[:cut]], store)
        monkeypatch.setattr(kg.build, "_RESOLVE_EVERY", rng.choice([1, 2, 3]))
        report = ingest(second, store)
        assert not report.errors
        assert sorted(store.nquads().splitlines()) == expected
        assert resolve_store(store).rewritten == 0


def test_a_pass_after_another_process_wrote_reads_the_store_anew(tmp_path: Path) -> None:
    """Between two passes of an ingest the store is let go; should another process write meanwhile, the next
    pass sees the articles' digests differ and reads the store anew, and the store ends as one resolution of
    every article leaves it."""
    from kg.build import _Passes, _resolve_pass, resolve_store
    from kg.extract import extract
    from tests.test_blocks import TEXTS

    xs = {aid: extract(Article(aid, text, f"{aid}.json", published=day, lang=lang))
          for aid, (day, lang, text) in TEXTS.items()}
    with OxigraphStore(tmp_path / "expected") as store:
        resolve_store(store, None, xs.values())
        expected = sorted(store.nquads().splitlines())
    with OxigraphStore(tmp_path / "store") as store:
        passes = _Passes(None)
        _resolve_pass(store, passes, [xs[a] for a in "abcd"], None)
        resolve_store(store, None, [xs[a] for a in "efgh"])  # another process's ingest, between the passes
        assert not passes.same_store(store)
        _resolve_pass(store, passes, [xs[a] for a in "ijkl"], None)
        assert sorted(store.nquads().splitlines()) == expected


def _one_pass(folder: Path, paths: list[Path], curation: object = None) -> list[bytes]:
    with OxigraphStore(folder) as store:
        ingest(sorted(paths), store, curation=curation)  # type: ignore[arg-type]
        return sorted(store.nquads().splitlines())


@pytest.mark.parametrize("seed", range(3))
def test_an_ingest_takes_up_the_resolution_state_the_last_one_left(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """An ingest keeps the resolver's inputs beside the store (kg-blocks.pickle); the next ingest takes them up
    instead of reading every stored record, reads only the records of the articles its update touches, and
    leaves the store exactly as one ingest of all the articles does."""
    from random import Random

    import kg.build
    from kg.build import STATE_FILE, resolve_store
    from tests.test_blocks import TEXTS

    rng = Random(seed)
    first = _write_texts(tmp_path / "first", TEXTS)
    ids = sorted(TEXTS)
    rng.shuffle(ids)
    cut = rng.randrange(1, len(ids))
    replaced = rng.choice(ids[:cut])
    later = _write_texts(tmp_path / "later", {replaced: ("2025-06-30", "ko", "한빛전자는 29일 대전에서 '제4회 한빛 AI "
                                                         "세미나'를 열었다. 김도현 딥비전 대표가 발표했다.")})
    final = {p.stem: p for p in first} | {p.stem: p for p in later}
    expected = _one_pass(tmp_path / "one-pass", list(final.values()))
    originals = {p.stem: p for p in first}
    with OxigraphStore(tmp_path / "store") as store:
        ingest([originals[a] for a in ids[:cut]], store)
        assert (tmp_path / "store" / STATE_FILE).is_file()
        read: list[str] = []
        real = kg.build.stored_extraction
        monkeypatch.setattr(kg.build, "stored_extractions", lambda _s: pytest.fail("read every stored record"))

        def reading(s: OxigraphStore, aid: str) -> object:
            read.append(aid)
            return real(s, aid)
        monkeypatch.setattr(kg.build, "stored_extraction", reading)
        report = ingest([final[a] for a in ids[cut:]] + later, store)
        assert not report.errors
        assert sorted(store.nquads().splitlines()) == expected
        assert replaced in read and len(read) < cut + 1  # (the replaced one, and those its update touched)
        monkeypatch.undo()
        assert resolve_store(store).rewritten == 0


class _Calls:
    """Unpickled, it calls a function: what a state file from elsewhere could try."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Path.touch, (str(self.marker),))  # type: ignore[return-value]


@pytest.mark.parametrize("change", ["removed", "damaged", "curation", "foreign", "none"])
def test_a_resolution_state_the_store_no_longer_matches_is_not_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    """The saved state is used only while the store holds exactly what it was saved with, and kg's code, word
    lists and curation are the same: an article removed since, a damaged file or other curation lines and the
    next ingest reads the store anew, with the same result as one ingest of the articles."""
    import kg.build
    from kg.build import STATE_FILE, remove
    from kg.curation import Action, Curation, Decision, Kind
    from tests.test_blocks import TEXTS

    paths = _write_texts(tmp_path / "texts", TEXTS)
    by_id = {p.stem: p for p in paths}
    curation = Curation((Decision(Kind.ORG, Action.SPLIT, "카이스트", "한국과학기술원", "curation.tsv:1"),)) \
        if change == "curation" else None
    kept = [by_id[a] for a in sorted(by_id) if not (change == "removed" and a == "b")]
    expected = _one_pass(tmp_path / "one-pass", kept, curation)
    with OxigraphStore(tmp_path / "store") as store:
        ingest([by_id[a] for a in "abcdefgh"], store)
        if change == "removed":
            assert remove(store, "b")
        if change == "damaged":
            state = tmp_path / "store" / STATE_FILE
            state.write_bytes(state.read_bytes()[:-100])
        if change == "foreign":  # a file that would run code when unpickled is refused, and nothing runs
            import pickle
            (tmp_path / "store" / STATE_FILE).write_bytes(pickle.dumps(_Calls(tmp_path / "ran")))
        real = kg.build.stored_extractions
        calls: list[int] = []

        def reading_all(s: OxigraphStore) -> object:
            calls.append(1)
            return real(s)
        monkeypatch.setattr(kg.build, "stored_extractions", reading_all)
        ingest([by_id[a] for a in "ijkl"], store, curation=curation)
        assert sorted(store.nquads().splitlines()) == expected
        assert bool(calls) is (change != "none")
        assert not (tmp_path / "ran").exists()


def _report(aid: str, day: str, extra: str, days: str = "12일") -> str:
    """A Korean report of the first 한빛 AI forum, held on ``days`` of the month of ``day``, with ``extra`` after it."""
    return json.dumps({"id": aid, "published": day, "text": f"한빛협회는 {days} 서울 코엑스에서 '제1회 한빛 AI 포럼'을 "
                       f"개최했다. {extra} 김철수 한빛대 교수가 발표했다."}, ensure_ascii=False)


def test_two_reports_of_one_event_with_different_attendance_both_stay_and_the_graph_conforms(tmp_path: Path) -> None:
    """Outlets count a crowd differently: each article's number stays, on the one event, and the shapes allow it."""
    from kg.ontology import validate
    from kg.vocab import KGO

    (tmp_path / "one.json").write_text(_report("one", "2025-03-13", "행사에는 300여 명이 참석했다."), encoding="utf-8")
    (tmp_path / "two.json").write_text(_report("two", "2025-03-14", "행사에는 500여 명이 참석했다."), encoding="utf-8")
    with OxigraphStore(tmp_path / "store") as store:
        report = ingest([tmp_path / "one.json", tmp_path / "two.json"], store)
        assert not report.errors
        merged = store.merged()
        events = set(merged.subjects(KGO.attendance, None))
        assert len(events) == 1
        assert sorted(int(v) for v in merged.objects(next(iter(events)), KGO.attendance)) == [300, 500]
        assert validate(merged).conforms


def test_two_reports_of_one_event_with_different_end_dates_are_refused_by_name(tmp_path: Path) -> None:
    """One event ending on two days would break its shape (one end date): the second article is not stored, the
    error names both articles, and the store stays as it was."""
    from kg.ontology import validate

    (tmp_path / "one.json").write_text(_report("one", "2025-03-15", "", days="12~13일"), encoding="utf-8")
    (tmp_path / "two.json").write_text(_report("two", "2025-03-16", "", days="12~14일"), encoding="utf-8")
    with OxigraphStore(tmp_path / "store") as store:
        assert not ingest([tmp_path / "one.json"], store).errors
        before = store.nquads()
        errors = ingest([tmp_path / "two.json"], store).errors
        assert len(errors) == 1 and "two.json" in str(errors[0])
        assert "2025-03-12 to 2025-03-13, edition 1: one; 2025-03-12 to 2025-03-14, edition 1: two" in str(errors[0])
        assert store.nquads() == before
        assert validate(store.merged()).conforms
