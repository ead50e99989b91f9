"""The whole pipeline in one call: files in, article graphs stored.

``ingest`` reads every file, extracts, resolves, maps to RDF and replaces each article's named
graph; a file that fails is reported (by name, with the reason) and skipped, and nothing of it
is stored.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import pickle
import warnings
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from rdflib import URIRef

from kg.blocks import BlockResolver
from kg.curation import Curation
from kg.errors import ArticleError, KGError, StoreError
from kg.extract import extract, from_record
from kg.ingest import iter_article_results
from kg.ingest.decode import DecodeWarning
from kg.model import Article, Extraction
from kg.ntriples import NTriples
from kg.ontology import decisions_ntriples, ontology_graph, source_digest, stated_digest, to_ntriples
from kg.resolve import Resolution, ResolvedSet, resolve_all
from kg.resources import data_dir
from kg.store import GraphStore
from kg.vocab import KGR, graph_iri

ONTOLOGY_GRAPH = f"{KGR}graph/ontology"
RESOLUTION_GRAPH = f"{KGR}graph/resolution"
_RECORDS = """SELECT ?id ?record ?text ?digest WHERE {
  GRAPH ?g { ?g a kgo:ArticleGraph ; kgo:extractionRecord ?record ; prov:wasDerivedFrom ?a .
             ?a schema:identifier ?id ; nif:isString ?text . OPTIONAL { ?g kgo:contentDigest ?digest } }
}"""


_RECORD = """SELECT ?g ?record ?text WHERE {
  GRAPH ?g { ?g kgo:extractionRecord ?record ; prov:wasDerivedFrom ?a . ?a nif:isString ?text }
}"""


_DIGESTS = """SELECT ?id ?digest WHERE {
  GRAPH ?g { ?g a kgo:ArticleGraph ; prov:wasDerivedFrom ?a . ?a schema:identifier ?id .
             OPTIONAL { ?g kgo:contentDigest ?digest } }
}"""


@dataclass(frozen=True)
class IngestReport:
    """What an ingest stored, and which files it could not read."""

    articles: int = 0
    events: int = 0
    people: int = 0
    organizations: int = 0
    triples: int = 0
    errors: tuple[KGError, ...] = ()
    warnings: tuple[str, ...] = ()


def ensure_ontology(store: GraphStore) -> None:
    """Keep the ontology (role vocabulary, labels) in the store, so queries can use it."""
    store.replace_graph(ONTOLOGY_GRAPH, ontology_graph(), what="the ontology")


@dataclass(frozen=True)
class ResolveReport:
    """What a resolution pass over the store did."""

    articles: int
    rewritten: int
    merges: int
    kept_apart: int
    written_triples: int = 0  # in the graphs of the pending articles
    errors: tuple[KGError, ...] = ()  # pending articles that could not be mapped (not stored)
    refused: tuple[str, ...] = ()  # ids of the pending articles not stored


def stored_extractions(store: GraphStore) -> tuple[list[Extraction], dict[str, str], dict[str, str]]:
    """Every stored article's extraction (from its record), the digest of its graph and the record
    as stored (by article id)."""
    xs, digests, records = [], {}, {}
    for row in store.query(_RECORDS).rows:
        article_id, record, text, content = (None if t is None else str(t) for t in row)
        xs.append(_from_stored_record(str(article_id), record, text))
        digests[str(article_id)] = content or ""
        records[str(article_id)] = record or ""
    return xs, digests, records


class _StoredExtractions(MutableMapping[str, Extraction]):
    """The held articles' extractions when the resolver's inputs came from a saved state (:class:`_Passes`):
    every held id is known, and an article's extraction is read from its stored record the first time it is
    asked for (the articles an update touches), not all of them up front."""

    def __init__(self, store: GraphStore, ids: Iterable[str]) -> None:
        self.store = store
        self.ids = set(ids)
        self.read: dict[str, Extraction] = {}

    def __getitem__(self, aid: str) -> Extraction:
        if aid not in self.ids:
            raise KeyError(aid)
        x = self.read.get(aid)
        if x is None:
            x = self.read[aid] = stored_extraction(self.store, aid)
        return x

    def __setitem__(self, aid: str, x: Extraction) -> None:
        self.ids.add(aid)
        self.read[aid] = x

    def __delitem__(self, aid: str) -> None:
        self.ids.remove(aid)
        self.read.pop(aid, None)

    def __contains__(self, aid: object) -> bool:
        return aid in self.ids

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.ids))

    def __len__(self) -> int:
        return len(self.ids)


def stored_extraction(store: GraphStore, article_id: str) -> Extraction:
    """One stored article's extraction, from its record."""
    rows = store.query(_RECORD, bindings={"g": URIRef(graph_iri(article_id))}).rows  # (by its graph: an index)
    if not rows:
        raise StoreError(f"the store holds no record of article {article_id!r}; ingest the article again")
    record, text = (None if t is None else str(t) for t in rows[0][1:])
    return _from_stored_record(article_id, record, text)


def _from_stored_record(article_id: str, record: str | None, text: str | None) -> Extraction:
    """An extraction from its stored record and text, or an error naming the article."""
    try:
        return from_record(json.loads(record or ""), text or "")
    except (ValueError, KeyError, TypeError) as e:
        raise StoreError(f"the stored record of article {article_id!r} cannot be read ({e}); "
                         f"ingest the article again") from e


STATE_FILE = "kg-blocks.pickle"  # inside an on-disk store's folder: the resolver's inputs as the last ingest left them


def _state_file(store: GraphStore) -> Path | None:
    """Where an on-disk store keeps the saved resolver state (None for a store in memory or on a server)."""
    path = getattr(store, "path", None)
    return path / STATE_FILE if isinstance(path, Path) and path.is_dir() else None


def _fingerprint(curation: Curation | None) -> str:
    """What a saved state was made with: kg's code, its word lists and the curation lines. Any change to them
    and the state is not used (the store is read and resolved anew)."""
    h = hashlib.sha256()
    for folder, pattern in ((Path(__file__).parent, "*.py"), (data_dir(), "*")):
        for f in sorted(p for p in folder.rglob(pattern) if p.is_file()):
            h.update(str(f.relative_to(folder)).encode() + b"\0" + f.read_bytes() + b"\0")
    h.update(repr(curation.decisions if curation else ()).encode())
    return h.hexdigest()


class _StateUnpickler(pickle.Unpickler):
    """Unpickles a saved state and nothing else: kg's own classes (its frozen dataclasses and enums), counters and
    the built-in containers; any other global (a function to call, another module's class) is refused, so a
    store folder from elsewhere cannot run code through its state file."""

    _BUILTINS = frozenset({"set", "frozenset", "dict", "list", "tuple", "str", "int", "float", "bool", "bytes"})

    def find_class(self, module: str, name: str) -> type:
        found = super().find_class(module, name) if (
            module == "kg" or module.startswith("kg.") or (module, name) == ("collections", "Counter")
            or module == "builtins" and name in self._BUILTINS) else None
        if not isinstance(found, type):
            raise pickle.UnpicklingError(f"a saved resolution state holds no {module}.{name}")
        return found


Claim = tuple[str, str | None, int | None, str | None]  # what one article says of an event: id, start, edition, end


class _Passes:
    """What one ingest keeps between its resolution passes (kg.blocks): the stored articles are read, resolved
    and checked once, at the first pass; a later pass resolves again only the blocks its articles touch and
    checks only the articles whose resolution changed. The store ends as the passes of :func:`resolve_store`
    leave it (``tests/test_build.py`` compares them)."""

    def __init__(self, curation: Curation | None) -> None:
        self.curation = curation
        self._stamp: str | None = None  # (the fingerprint of kg's code, word lists and curation: read once per ingest)
        self.reset()

    @property
    def fingerprint(self) -> str:
        if self._stamp is None:
            self._stamp = _fingerprint(self.curation)
        return self._stamp

    def reset(self) -> None:
        """Forget the store: the next pass reads it anew."""
        self.resolver = BlockResolver(curation=self.curation)
        self.started = False
        self.digests: dict[str, str] = {}  # every stored article's digest, as read or as written
        self.records: dict[str, str] = {}  # ... and its record as stored
        self.written: dict[str, Resolution] = {}  # an article written by this ingest: the resolution it has
        self.dirty: set[str] = set()  # articles whose resolution changed after their graph was written
        self.events: dict[str, set[str]] = {}  # event IRI -> the held articles resolved to it
        self.events_of: dict[str, set[str]] = {}  # article -> its event IRIs

    def index_events(self, ids: Iterable[str]) -> None:
        for aid in ids:
            for iri in self.events_of.pop(aid, set()):
                self.events[iri].discard(aid)
                if not self.events[iri]:
                    del self.events[iri]
            r = self.resolver.resolutions.get(aid)
            if r is not None:
                iris = set(r.events.values())
                self.events_of[aid] = iris
                for iri in iris:
                    self.events.setdefault(iri, set()).add(aid)

    def conflicts(self, ids: Iterable[str]) -> dict[str, list[Claim]]:
        """:func:`event_conflicts` over the events of ``ids`` (every article resolved to one of them)."""
        iris = {iri for aid in ids for iri in self.events_of.get(aid, ())}
        holders = sorted({a for iri in iris for a in self.events[iri]})
        found = event_conflicts([self.resolver.xs[a] for a in holders],
                                ResolvedSet({a: self.resolver.resolutions[a] for a in holders}, ()))
        return {iri: claims for iri, claims in found.items() if iri in iris}

    def same_store(self, store: GraphStore) -> bool:
        """The store holds the articles this ingest read and wrote, as it left them: no other process wrote
        between the passes (one query of the articles' digests, far cheaper than reading their records)."""
        rows = store.query(_DIGESTS).rows
        return len(rows) == len(self.digests) and all(
            self.digests.get(str(aid)) == ("" if d is None else str(d)) for aid, d in rows)

    def save(self, store: GraphStore) -> None:
        """Keep the resolver's inputs in the store's folder, so that the next ingest resolves only the blocks its
        articles touch without reading every stored record (:meth:`load`). Only when every held article's
        graph is written with the resolution it has now; a state that cannot be written is only a warning."""
        where = _state_file(store)
        if where is None or self.dirty or set(self.digests) != set(self.resolver.xs):
            return
        buffer = io.BytesIO()
        state = {"fingerprint": self.fingerprint, "digests": self.digests, "events": self.events,
                 "events_of": self.events_of}
        pickle.dump(state, buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(self.resolver.state(), buffer, protocol=pickle.HIGHEST_PROTOCOL)
        temporary = where.with_name(where.name + ".tmp")
        try:
            temporary.write_bytes(buffer.getvalue())
            os.replace(temporary, where)
        except OSError as e:
            warnings.warn(f"could not keep the resolution state in {where}: {e}; the next ingest reads the whole "
                          "store instead", stacklevel=2)

    def load(self, store: GraphStore) -> bool:
        """Take up the state :meth:`save` left, if it was made with this code, these word lists and this curation,
        and the store holds exactly the articles it was saved with (their digests: no other process wrote
        since); else nothing changes and the caller reads the store."""
        where = _state_file(store)
        if where is None or not where.is_file():
            return False
        try:
            with where.open("rb") as f:
                state = _StateUnpickler(f).load()
                if state.get("fingerprint") != self.fingerprint:
                    return False
                digests = {str(aid): "" if d is None else str(d) for aid, d in store.query(_DIGESTS).rows}
                if digests != state["digests"]:
                    return False
                saved = _StateUnpickler(f).load()
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError, ValueError,
                ImportError, IndexError):
            return False  # (a state from another version, cut short or damaged: read the store instead)
        if not isinstance(saved, dict):
            return False
        resolver = BlockResolver.from_state(saved, _StoredExtractions(store, digests), self.resolver.gz, self.curation)
        self.resolver = resolver
        self.digests, self.events, self.events_of = digests, state["events"], state["events_of"]
        self.written = dict(resolver.resolutions)  # every stored graph has the resolution its article has now
        self.started = True
        return True

    def outdated(self, aid: str) -> bool:
        """The held article's graph in the store was made from another resolution than it has now."""
        r = self.resolver.resolutions[aid]
        if aid in self.written:
            return self.written[aid] != r
        return source_digest(self.resolver.xs[aid], r, self.records[aid]) != self.digests.get(aid)


def _resolve_pass(store: GraphStore, passes: _Passes, pending: Iterable[Extraction],
                  pool: Executor | None) -> ResolveReport:
    """One resolution pass of an ingest: :func:`resolve_store` kept up to date block by block (see :class:`_Passes`)."""
    pending = list(pending)
    new = {x.article.id: x for x in pending}
    if passes.started and not passes.same_store(store):
        passes.reset()  # another process wrote: read the store anew
    if not passes.started:
        passes.load(store)  # the state the last ingest left, if the store is as it left it
    blocks = passes.resolver
    check: set[str] = set(passes.dirty)
    kept = {aid: blocks.xs[aid] for aid in new if aid in blocks.xs}  # held ones the pending replace
    new_stored: list[Extraction] = []
    if not passes.started:  # the store as it is: read once, every article checked as resolve_store does
        stored, passes.digests, passes.records = stored_extractions(store)
        kept = {x.article.id: x for x in stored if x.article.id in new}
        new_stored = [x for x in stored if x.article.id not in new]
        check |= {x.article.id for x in new_stored}
        passes.started = True
    changed = blocks.update([*new_stored, *new.values()])
    passes.index_events(changed)
    errors: list[KGError] = []
    conflicts = passes.conflicts(changed)
    if conflicts:  # one event with two start dates or editions: refuse it rather than write it
        refused = _refuse(conflicts, new, errors)
        new = {aid: x for aid, x in new.items() if aid not in refused}
        again = blocks.update([kept[a] for a in sorted(refused) if a in kept], [a for a in refused if a not in kept])
        passes.index_events(again | refused)
        changed |= again
        if passes.conflicts(changed & set(blocks.xs)):
            raise StoreError("resolution still makes events whose articles disagree on the date or edition; "
                             "nothing was written")
    fresh = _map_new([(x, blocks.resolutions[aid]) for aid, x in new.items()], pool, errors)
    failed = [aid for aid in new if aid not in fresh]
    for aid, graph in fresh.items():
        passes.written[aid] = blocks.resolutions[aid]
        passes.digests[aid] = stated_digest(graph)
    written, rewritten = sum(g.count for g in fresh.values()), len(fresh)
    for aid in sorted((check | changed) - set(new)):
        if aid in blocks.xs and passes.outdated(aid):
            r = blocks.resolutions[aid]
            graph = to_ntriples(blocks.xs[aid], r)
            store.replace_article(aid, graph)  # a changed input only
            passes.written[aid] = r
            passes.digests[aid] = stated_digest(graph)
            rewritten += 1
    store.add_articles(fresh)  # the new ones at once (Oxigraph: its bulk loader)
    resolved = blocks.resolved()
    store.replace_graph(RESOLUTION_GRAPH, decisions_ntriples(resolved.links), what="the resolution decisions")
    held = len(blocks.xs)
    passes.dirty = set()
    if failed:  # not stored: the next pass resolves without them, as one that reads the store would
        passes.dirty = blocks.update([kept[a] for a in failed if a in kept], [a for a in failed if a not in kept])
        passes.index_events(passes.dirty | set(failed))
    merges = sum(link.merged for link in resolved.links)
    not_stored = tuple(sorted(aid for aid in {x.article.id for x in pending} if aid not in fresh))
    return ResolveReport(held, rewritten, merges, len(resolved.links) - merges, written, tuple(errors), not_stored)


def resolve_store(store: GraphStore, curation: Curation | None = None,
                  pending: Iterable[Extraction] = (), *, pool: Executor | None = None) -> ResolveReport:
    """Resolve entities over every stored article (and the ``pending`` ones, not yet stored: they
    replace stored articles of the same id) and write the graphs whose content changes; pending
    articles are written once, with their final resolution. ``pool``: worker processes that map the
    pending articles to RDF (the result does not depend on it).

    The result depends only on the articles and the curation, not on the order they came in.
    """
    stored, digests, records = stored_extractions(store)
    new = {x.article.id: x for x in pending}
    pending_ids = set(new)
    errors: list[KGError] = []
    xs = [x for x in stored if x.article.id not in new] + list(new.values())
    resolved = resolve_all(xs, curation=curation)
    conflicts = event_conflicts(xs, resolved)
    if conflicts:  # one event with two start dates or editions: refuse it rather than write it
        refused = _refuse(conflicts, new, errors)
        new = {aid: x for aid, x in new.items() if aid not in refused}
        xs = [x for x in stored if x.article.id not in new] + list(new.values())
        resolved = resolve_all(xs, curation=curation)
        if event_conflicts(xs, resolved):
            raise StoreError("resolution still makes events whose articles disagree on the date or edition; "
                             "nothing was written")
    fresh = _map_new([(x, resolved.resolutions[x.article.id]) for x in xs if x.article.id in new], pool, errors)
    written, rewritten = sum(g.count for g in fresh.values()), len(fresh)
    for x in xs:
        r = resolved.resolutions[x.article.id]
        if x.article.id not in new and source_digest(x, r, records[x.article.id]) != digests.get(x.article.id):
            store.replace_article(x.article.id, to_ntriples(x, r))  # a changed input only
            rewritten += 1
    store.add_articles(fresh)  # the new ones at once (Oxigraph: its bulk loader)
    store.replace_graph(RESOLUTION_GRAPH, decisions_ntriples(resolved.links), what="the resolution decisions")
    merges = sum(link.merged for link in resolved.links)
    not_stored = tuple(sorted(aid for aid in pending_ids if aid not in fresh))
    return ResolveReport(len(xs), rewritten, merges, len(resolved.links) - merges, written, tuple(errors), not_stored)


_TOLD_VALUES = 6  # dates and editions a refusal names, the rest counted
_TOLD_ARTICLES = 3  # articles it names per date and edition, the rest counted


def _claims_told(claims: list[Claim]) -> str:
    """What the articles of one event claim, by date and edition, each with a few of its articles and how many more
    (``2025-05-03, edition -: a, b, c and 12 more; 2025-06-18, edition 2: d``): a refusal's words stay short however
    many articles share the event."""
    by_value: dict[str, list[str]] = {}
    for aid, start, edition, end in claims:
        by_value.setdefault(f"{start or 'no date'}{f' to {end}' if end else ''}, edition {edition or '-'}", []).append(aid)
    told = [f"{value}: {', '.join(aids[:_TOLD_ARTICLES])}"
            + (f" and {len(aids) - _TOLD_ARTICLES} more" if len(aids) > _TOLD_ARTICLES else "")
            for value, aids in itertools.islice(by_value.items(), _TOLD_VALUES)]
    rest = len(by_value) - _TOLD_VALUES
    return "; ".join(told) + (f"; and {rest} other dates or editions" if rest > 0 else "")


def _refuse(conflicts: dict[str, list[Claim]], new: dict[str, Extraction], errors: list[KGError]) -> set[str]:
    """The pending articles of events whose articles disagree on the date or edition (:func:`event_conflicts`),
    each named in ``errors`` with what its event's articles claim (:func:`_claims_told`); a conflict among stored articles alone is a
    :class:`StoreError` (nothing is written)."""
    refused = {claim[0] for claims in conflicts.values() for claim in claims if claim[0] in new}
    for iri, claims in conflicts.items():
        listed = _claims_told(claims)
        for aid in sorted({claim[0] for claim in claims} & refused):
            errors.append(ArticleError(new[aid].article.source, f"not stored: its event would be one event "
                                       f"<{iri}> of articles that disagree on its date or edition ({listed}); "
                                       "correct the article or split them with a curation line"))
    if not refused:
        raise StoreError("resolution made events whose articles disagree on the date or edition, among articles "
                         "already stored: " + " | ".join(f"<{iri}>: " + ", ".join(claim[0] for claim in claims)
                                                         for iri, claims in conflicts.items())
                         + "; split them with curation lines (kg curate apply) — nothing was written")
    return refused


def _map_new(todo: list[tuple[Extraction, Resolution]], pool: Executor | None,
             errors: list[KGError]) -> dict[str, NTriples]:
    """The pending articles' graphs by id, mapped in ``pool`` if given; one whose mapping failed is named in
    ``errors`` and left out (a mapping bug must not lose the other files)."""
    fresh: dict[str, NTriples] = {}
    for (x, _r), graph in zip(todo, _map_all(todo, pool), strict=True):
        if isinstance(graph, str):
            errors.append(ArticleError(x.article.source, graph))
        else:
            fresh[x.article.id] = graph
    return fresh


def _map_safely(item: tuple[Extraction, Resolution]) -> NTriples | str:
    """An article's graph as N-Triples, or what went wrong (a string: cheap to pass between processes)."""
    x, r = item
    try:
        return to_ntriples(x, r)
    except (ValueError, IndexError, KeyError) as e:
        return f"mapping to RDF failed ({type(e).__name__}: {e}); please report this file"


_MAP_CHUNK = 16  # articles a worker maps per task


def _map_all(todo: list[tuple[Extraction, Resolution]], pool: Executor | None) -> Iterator[NTriples | str]:
    """The graphs of ``todo``, in order, mapped by ``pool``'s workers when there are enough to share."""
    if pool is None or len(todo) < 2 * _MAP_CHUNK:
        return map(_map_safely, todo)
    return pool.map(_map_safely, todo, chunksize=_MAP_CHUNK)


def event_conflicts(xs: Iterable[Extraction], resolved: ResolvedSet) -> dict[str, list[Claim]]:
    """Events a resolution makes one node of although their articles give two start dates, two end dates or two
    edition numbers (the shapes allow one of each): event IRI -> (article id, start, edition, end) of every
    article."""
    claims: dict[str, list[Claim]] = {}
    for x in xs:
        r = resolved.resolutions[x.article.id]
        for e in x.events:
            claims.setdefault(r.events[e.id], []).append((x.article.id, e.start, e.edition, e.end))
    return {iri: sorted(c, key=lambda t: t[0]) for iri, c in claims.items()
            if any(len({claim[k] for claim in c if claim[k]}) > 1 for k in (1, 2, 3))}


def _extract_safely(article: Article) -> Extraction | str:
    """An article's extraction, or what went wrong (a string: cheap to pass between processes)."""
    try:
        return extract(article)
    except KGError as e:
        return str(e)
    except (ValueError, IndexError, KeyError) as e:  # a rule bug must not lose the other files
        return f"extraction failed ({type(e).__name__}: {e}); please report this file"


_BATCH = 64  # articles handed to the workers at a time: memory stays flat however many files come in


def _extractions(items: Iterable[tuple[Path, list[Article | ArticleError] | ArticleError]], pool: Executor | None,
                 jobs: int, on_file: Callable[[Path], None] | None
                 ) -> Iterator[tuple[Article, Extraction | str] | ArticleError]:
    """Every article with its extraction (or error), in input order, made by ``pool``'s ``jobs`` processes
    (by this one without a pool)."""
    def articles() -> Iterator[Article | ArticleError]:
        for path, result in items:
            if on_file:
                on_file(path)
            if isinstance(result, ArticleError):
                yield result
            else:
                yield from result

    if pool is None:
        for a in articles():
            yield a if isinstance(a, ArticleError) else (a, _extract_safely(a))
        return
    stream = articles()
    ahead: tuple[list[Article | ArticleError], Iterator[Extraction | str]] | None = None
    while True:  # the next batch is handed out before this one is read, so the workers never wait on it
        batch = list(itertools.islice(stream, _BATCH))
        if batch:
            todo = [a for a in batch if not isinstance(a, ArticleError)]
            submitted = (batch, iter(pool.map(_extract_safely, todo, chunksize=max(1, len(todo) // (4 * jobs)))))
        if ahead is not None:
            given, done = ahead
            for a in given:
                yield a if isinstance(a, ArticleError) else (a, next(done))
        if not batch:
            return
        ahead = submitted


@contextmanager
def _workers(jobs: int) -> Iterator[Executor | None]:
    """``jobs`` worker processes for extraction and mapping (None for one: this process does the work)."""
    if jobs <= 1:
        yield None
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # forked workers start at once (any caller, a notebook or stdin included) and inherit the word
    # lists; the analyser runs no threads of its own (kg.extract.morph), so forking it is safe
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield pool


_RESOLVE_EVERY = 2000  # extracted articles held before a resolution pass writes them: bounds memory


def ingest(paths: Iterable[str | Path], store: GraphStore, *, curation: Curation | None = None,
           on_file: Callable[[Path], None] | None = None, jobs: int = 1) -> IngestReport:
    """Read, extract and store every article under ``paths``, one named graph per article, with
    entities resolved over the whole store. ``jobs`` processes extract in parallel; what is stored
    does not depend on their number.

    Extractions are held until a resolution pass (every ``_RESOLVE_EVERY`` articles and at the end),
    which writes each article's graph once, with its resolution over the whole store."""
    ensure_ontology(store)
    store.release()  # other processes may read the store while the articles are extracted
    counts = {"articles": 0, "events": 0, "people": 0, "organizations": 0, "triples": 0}
    errors: list[KGError] = []
    warnings_out: list[str] = []
    with warnings.catch_warnings(record=True) as caught:  # files read with a few bytes replaced (DecodeWarning)
        warnings.simplefilter("always", DecodeWarning)
        with _workers(jobs) as pool:  # one set of processes extracts and maps
            report = _ingest(paths, store, curation, on_file, pool, jobs, counts, errors, warnings_out)
    warnings_out.extend(str(w.message) for w in caught if issubclass(w.category, DecodeWarning))
    return replace(report, warnings=tuple(warnings_out))


def _ingest(paths: Iterable[str | Path], store: GraphStore, curation: Curation | None,
            on_file: Callable[[Path], None] | None, pool: Executor | None, jobs: int, counts: dict[str, int],
            errors: list[KGError], warnings_out: list[str]) -> IngestReport:
    seen: dict[str, str] = {}
    pending: dict[str, Extraction] = {}
    found: dict[str, tuple[int, int, int]] = {}  # per article id (a later file with the id replaces it)
    refused: set[str] = set()  # ids a resolution pass did not store
    passes = _Passes(curation)
    for item in _extractions(iter_article_results(paths), pool, jobs, on_file):
        if isinstance(item, ArticleError):
            errors.append(item)
            continue
        article, x = item
        if isinstance(x, str):
            errors.append(ArticleError(article.source, x))
            continue
        if article.id in seen:
            warnings_out.append(f"{article.source}: article id {article.id!r} also in {seen[article.id]}; "
                                "the later one replaces it")
        seen[article.id] = article.source
        pending[article.id] = x
        found[article.id] = (len(x.events), len(x.people), len(x.organizations))
        if len(pending) >= _RESOLVE_EVERY:
            done = _resolve_pass(store, passes, pending.values(), pool)
            store.release()  # held only while a pass writes
            counts["triples"] += done.written_triples
            errors += done.errors
            refused.update(done.refused)
            pending.clear()
    done = _resolve_pass(store, passes, pending.values(), pool)
    passes.save(store)
    store.release()
    counts["triples"] += done.written_triples
    errors += done.errors
    refused.update(done.refused)
    kept = {aid: n for aid, n in found.items() if aid not in refused}
    counts.update(articles=len(kept), events=sum(n[0] for n in kept.values()),
                  people=sum(n[1] for n in kept.values()), organizations=sum(n[2] for n in kept.values()))
    return IngestReport(**counts, errors=tuple(errors), warnings=tuple(warnings_out))


def remove(store: GraphStore, article_id: str, *, curation: Curation | None = None) -> bool:
    """Remove an article; facts other articles also state stay, and entities are resolved again."""
    if not store.remove_article(article_id):
        return False
    resolve_store(store, curation)
    return True
