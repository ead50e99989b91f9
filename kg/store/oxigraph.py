"""The embedded default store: an on-disk Oxigraph store (``pyoxigraph.Store``).

The merged graph is the store's default graph, and queries run against it: Oxigraph 0.5's
union-of-named-graphs mode repeats a triple once per article asserting it (oxigraph#1919) and is
several times slower.
"""

from __future__ import annotations

import io
import os
import shutil
import threading
import time
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.ntriples import NTriples
from kg.store.contract import ARTICLES_QUERY, QueryResult, merged_only, ntriples
from kg.vocab import PREFIXES, graph_iri, new_graph

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RETRY = 0.2  # seconds between attempts to open a store another process holds
SNAPSHOTS = "kg-snapshots"  # inside the store's folder: the read-only copy a writer keeps while it writes
try:
    import fcntl  # readers hold a shared lock on the snapshot they read, so a writer never removes it under them
except ImportError:  # pragma: no cover (not on POSIX: snapshots are removed when the writer lets go)
    fcntl = None  # type: ignore[assignment]


def latest_snapshot(folder: Path) -> Path | None:
    """The newest complete snapshot of the store in ``folder`` (Oxigraph builds one in ``NAME.tmp`` and
    renames it when it is complete), or None."""
    done = sorted(p for p in (folder / SNAPSHOTS).glob("*") if p.is_dir() and p.name.isdigit())
    return done[-1] if done else None


def _lock_file(snapshot: Path) -> Path:
    return snapshot.with_name(snapshot.name + ".readers")


def _merged(t: ox.Triple) -> bool:
    """Whether a triple of an article graph is copied into the merged graph (see
    :func:`kg.store.contract.merged_only`)."""
    s = t.subject
    return merged_only(s.value if isinstance(s, ox.NamedNode) else "", t.predicate.value)


def _one_triple_a_line(text: str) -> bool:
    """N-Triples as the mapping writes them (:mod:`kg.ntriples`): every line one triple, ``<s> <p> o .``
    (checked already to be valid N-Triples; no comment or blank line, no blank node)."""
    return all(line.startswith("<") and line.endswith(" .") and "> <" in line for line in text.splitlines())


def _nquads(fresh: list[tuple[str, NTriples]]) -> Iterator[bytes]:
    """Each article's triples as N-Quads lines in its named graph, those of the merged graph also in the
    default graph: one chunk per article, so the loader streams them."""
    for article_id, graph in fresh:
        named = f" <{graph_iri(article_id)}> .\n"
        out = []
        for line in graph.text.splitlines():
            body = line[:-2]
            out.append(body + named)
            subject, _, rest = body.partition(" ")
            if merged_only(subject[1:-1], rest[1:rest.index(">")]):
                out.append(line + "\n")
        yield "".join(out).encode("utf-8")


class _Chunks(io.RawIOBase):
    """A binary stream over chunks of bytes made one at a time (what the bulk loader reads)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._chunk = memoryview(b"")
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._at >= len(self._chunk):
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._chunk, self._at = memoryview(chunk), 0
        n = min(len(buffer), len(self._chunk) - self._at)
        buffer[:n] = self._chunk[self._at:self._at + n]
        self._at += n
        return n


def to_rdflib(term: object) -> Node | None:
    """A pyoxigraph term as the rdflib term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)  # RDF 1.1: a simple literal is an xsd:string
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported term in a query result: {term!r}")


def to_oxigraph(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib term as the pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"cannot bind {term!r}: only IRIs and literals can be bound")


class OxigraphStore:
    """The embedded default: an on-disk Oxigraph store (``pyoxigraph.Store``).

    One process at a time may hold an on-disk store open (RocksDB's lock). The store is opened when
    first used and :meth:`release` lets go of it until the next use, so that another process (``kg
    stats`` while ``kg ingest`` extracts, an ingest while a query ran) can open it in between; an open
    that finds the store held waits up to ``wait`` seconds for it.

    A process about to write takes a snapshot first: a copy of the store as its last completed write left
    it, in ``kg-snapshots/`` inside the folder (Oxigraph's backup, hard links to the same immutable files,
    made in milliseconds), and removes it when it lets go of the store, so it costs disk only while a
    write is under way. With ``snapshot_when_held`` (the commands that only read), an open that finds the
    store held reads that snapshot instead of waiting: opened read-only (safe, since nobody writes a
    snapshot), named in :attr:`reading_snapshot`, under a shared lock that keeps the writer from removing
    it until the reader lets go. Writes to such a store are refused."""

    def __init__(self, path: str | Path | None = None, *, wait: float = 0.0, snapshot_when_held: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.wait = wait
        self.snapshot_when_held = snapshot_when_held
        self.reading_snapshot: Path | None = None  # the snapshot this store reads, when the store was held
        self._reader_lock: int | None = None  # the file descriptor of that snapshot's shared lock
        self._wrote = False  # written since opened: the snapshot taken before is removed when it lets go
        self._db: ox.Store | None = None
        # (threads that find the store released open it once: two opens at once would find the first one's lock)
        self._opening = threading.RLock()
        self._open()

    @property
    def _store(self) -> ox.Store:
        db = self._db
        if db is not None:
            return db
        with self._opening:
            return self._db if self._db is not None else self._open()

    def _open(self) -> ox.Store:
        if self.path is None:
            self._db = ox.Store()
            return self._db
        deadline = time.monotonic() + self.wait
        while True:
            try:
                self._db = ox.Store(str(self.path))
                return self._db
            except OSError as e:
                if "lock" not in str(e).lower():
                    raise StoreError(f"cannot open the store at {self.path}: {e}") from e
                if self.snapshot_when_held and self._open_snapshot():
                    assert self._db is not None
                    return self._db
                if time.monotonic() >= deadline:
                    waited = f"; waited {self.wait:g} s" if self.wait else ""
                    raise StoreError(f"the store at {self.path} is in use by another kg process (an ingest "
                                     f"writing, or kg serve){waited}. Try again when it is done, wait longer "
                                     "(KG_STORE_WAIT=seconds), or pass another --store path.") from e
                time.sleep(_RETRY)

    def _open_snapshot(self) -> bool:
        """Open the newest snapshot read-only under a shared lock (the writer removes a snapshot only when
        it can lock it alone); False when there is none to read."""
        assert self.path is not None
        for _attempt in range(3):  # (a writer may remove one between finding it and locking it)
            snapshot = latest_snapshot(self.path)
            if snapshot is None:
                return False
            fd = os.open(_lock_file(snapshot), os.O_CREAT | os.O_RDWR)
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_SH)
            if snapshot.is_dir():
                try:
                    self._db = ox.Store.read_only(str(snapshot))
                except OSError:
                    pass
                else:
                    self.reading_snapshot, self._reader_lock = snapshot, fd
                    return True
            os.close(fd)
        return False

    def release(self) -> None:
        """Let other processes open the store until this one uses it again (an in-memory store is kept);
        after writes, remove the snapshot taken before them (unless a reader still reads it)."""
        with self._opening:
            self._release()

    def _release(self) -> None:
        if self.path is not None and self._db is not None:
            if self.reading_snapshot is None:
                self._db.flush()
            self._db = None
            if self._wrote:
                self._drop_snapshots()
                self._wrote = False
            if self._reader_lock is not None:
                os.close(self._reader_lock)  # (closing the descriptor lets go of the shared lock)
                self._reader_lock = None
            self.reading_snapshot = None

    def _begin_write(self) -> None:
        """Before the first write since the store was opened: refuse it on a snapshot, else take a snapshot
        of the store as its last completed write left it, for readers while this one writes."""
        if self.reading_snapshot is not None:
            raise StoreError(f"the store at {self.path} is being written by another kg process; this command "
                             f"reads its last snapshot and cannot write. Try again when that process is done.")
        if self._wrote or self.path is None:
            return
        self._wrote = True
        folder = self.path / SNAPSHOTS
        try:
            folder.mkdir(exist_ok=True)
            self._store.backup(str(folder / f"{time.time_ns():020d}"))
        except OSError as e:  # the write goes on: only readers during it wait instead
            warnings.warn(f"could not take a snapshot of the store in {folder} for readers: {e}", stacklevel=3)

    def _drop_snapshots(self) -> None:
        """Remove every snapshot no reader holds (and a ``NAME.tmp`` a killed process left)."""
        assert self.path is not None
        folder = self.path / SNAPSHOTS
        if not folder.is_dir():
            return
        for snapshot in sorted(p for p in folder.iterdir() if p.is_dir()):
            lock = _lock_file(snapshot)
            fd = os.open(lock, os.O_CREAT | os.O_RDWR)
            try:
                if fcntl is not None:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except OSError:
                        continue  # a reader holds it: removed by a later writer
                shutil.rmtree(snapshot, ignore_errors=True)
                lock.unlink(missing_ok=True)
            finally:
                os.close(fd)

    def replace_article(self, article_id: str, graph: Graph | NTriples) -> None:
        self.replace_graph(graph_iri(article_id), graph, what=f"article {article_id!r}")

    def add_articles(self, graphs: Mapping[str, NTriples]) -> None:
        """Store many article graphs at once (by article id). Those not in the store yet go through
        Oxigraph's bulk loader in one call, which writes sorted files straight to disk: memory stays
        flat however many come in. The bulk loader is not transactional: if the process dies during
        it, some of those new articles may be partly stored, and ingesting them again completes them
        (a graph that exists is replaced by its difference). Articles already stored are replaced one
        by one, each in its own transaction."""
        fresh = []
        for article_id, graph in graphs.items():
            if self._store.contains_named_graph(ox.NamedNode(graph_iri(article_id))):
                self.replace_article(article_id, graph)
            else:
                fresh.append((article_id, graph))
        if not fresh:
            return
        # checked first, so that a bad graph stops the load before anything of it is written
        for article_id, graph in fresh:
            try:
                for _quad in ox.parse(graph.text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
                    pass  # the parser is lazy: read it through
            except SyntaxError as e:
                raise StoreError(f"storing article {article_id!r} failed, none of the new articles was stored: "
                                 f"{e}") from e

        def quads() -> Iterator[ox.Quad]:  # one article at a time: the loader streams them to disk
            default = ox.DefaultGraph()
            for article_id, graph in fresh:
                g = ox.NamedNode(graph_iri(article_id))
                for q in ox.parse(graph.text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
                    yield ox.Quad(q.subject, q.predicate, q.object, g)
                    if _merged(q.triple):
                        yield ox.Quad(q.subject, q.predicate, q.object, default)

        self._begin_write()
        try:
            if all(_one_triple_a_line(graph.text) for _a, graph in fresh):
                # the lines as N-Quads text for the loader to parse itself (half the time of Python quads)
                stream = io.BufferedReader(_Chunks(_nquads(fresh)), buffer_size=1 << 20)
                self._store.bulk_load(stream, format=ox.RdfFormat.N_QUADS, lenient=True)
            else:
                self._store.bulk_extend(quads())
        except OSError as e:
            raise StoreError(f"bulk loading {len(fresh)} new articles failed: {e}; ingest them again "
                             "to complete them") from e

    def replace_graph(self, name: str, graph: Graph | NTriples, *, what: str = "graph") -> None:
        """Swap named graph ``name`` for ``graph`` and update the merged graph, in one transaction.

        A new graph is added with its merged triples in one ``extend`` (no SPARQL text to parse); an
        existing one is changed by its difference only, in one SPARQL update: triples it no longer
        states leave it, and leave the merged graph unless another article graph still states them."""
        try:
            text = ntriples(graph)
            # the parser yields quads (in the default graph): compare their triples with the stored ones
            triples = {q.triple for q in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)} \
                if text.strip() else set()
            self._swap(ox.NamedNode(name), triples)
        except (OSError, SyntaxError) as e:
            raise StoreError(f"storing {what} failed, nothing was changed: {e}") from e

    def _swap(self, g: ox.NamedNode, new: set[ox.Triple]) -> None:
        if self.reading_snapshot is not None:
            self._begin_write()  # (refused)
        default = ox.DefaultGraph()
        if not self._store.contains_named_graph(g):
            if new:
                self._begin_write()
                self._store.extend([ox.Quad(t.subject, t.predicate, t.object, g) for t in new]
                                   + [ox.Quad(t.subject, t.predicate, t.object, default) for t in new if _merged(t)])
            return
        old = {q.triple for q in self._store.quads_for_pattern(None, None, None, g)}
        gone, added = old - new, new - old
        leaving = [t for t in gone if _merged(t) and not any(
            q.graph_name != g and q.graph_name != default
            for q in self._store.quads_for_pattern(t.subject, t.predicate, t.object, None))]
        parts = []
        if gone:
            parts.append(f"DELETE DATA {{ GRAPH {g} {{ {' . '.join(map(str, gone))} }} }}")
        if leaving:
            parts.append(f"DELETE DATA {{ {' . '.join(map(str, leaving))} }}")
        if added:
            parts.append(f"INSERT DATA {{ GRAPH {g} {{ {' . '.join(map(str, added))} }} }}")
            merged = [t for t in added if _merged(t)]
            if merged:
                parts.append(f"INSERT DATA {{ {' . '.join(map(str, merged))} }}")
        if not new:
            parts.append(f"DROP SILENT GRAPH {g}")
        if parts:
            self._begin_write()
            self._store.update(" ;\n".join(parts))

    def remove_article(self, article_id: str) -> bool:
        name = ox.NamedNode(graph_iri(article_id))
        if not self._store.contains_named_graph(name):
            return False
        self._swap(name, set())
        return True

    def article_ids(self) -> list[str]:
        return [str(r[0]) for r in self.query(ARTICLES_QUERY).rows if r[0] is not None]

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(k): to_oxigraph(v) for k, v in (bindings or {}).items()}
        try:
            result = self._store.query(sparql, substitutions=subs or None, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL: {e}") from e
        except RuntimeError as e:  # pyoxigraph's evaluation errors (a binding it cannot apply …)
            raise QueryError(f"the query cannot be run: {e}") from e
        except OSError as e:
            raise StoreError(f"query failed: {e}") from e
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = tuple(v.value for v in result.variables)
            rows = tuple(tuple(to_rdflib(sol[n]) for n in names) for sol in result)
            return QueryResult("select", names, rows)
        g = Graph()
        for t in result:
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))  # type: ignore[arg-type]
        return QueryResult("graph", graph=g)

    def merged(self) -> Graph:
        data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        g = new_graph()
        g.parse(data=data or b"", format="nt")
        return g

    def merged_triples(self) -> Iterator[tuple[Node, Node, Node]]:
        """The merged graph's triples as rdflib terms, in the order the store reads them (a subject's
        triples together), one at a time."""
        for q in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)  # type: ignore[misc]

    def dump(self, output: BinaryIO, fmt: str) -> int:
        """Stream the store to ``output`` in ``fmt`` (``turtle``, ``ntriples``: the merged graph; ``trig``,
        ``nquads``: every graph, the merged one as the default graph) with kg's prefixes, without building
        it in memory; returns the number of statements written."""
        formats = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
                   "nquads": ox.RdfFormat.N_QUADS}
        try:
            if fmt == "ntriples":
                self._store.dump(output, formats[fmt], from_graph=ox.DefaultGraph())
                return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
            if fmt == "turtle":
                self._store.dump(output, formats[fmt], from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
                return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
            self._store.dump(output, formats[fmt], prefixes=PREFIXES if fmt == "trig" else None)
            return len(self._store)
        except OSError as e:
            raise StoreError(f"writing the {fmt} export failed: {e}") from e

    def nquads(self) -> bytes:
        return self._store.dump(format=ox.RdfFormat.N_QUADS) or b""

    def close(self) -> None:
        self.release()

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


