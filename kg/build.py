"""The whole pipeline in one call: files in, article graphs stored.

``ingest`` reads every file, extracts, resolves, maps to RDF and replaces each article's named
graph; a file that fails is reported (by name, with the reason) and skipped, and nothing of it
is stored.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.curation import Curation
from kg.errors import ArticleError, KGError, StoreError
from kg.extract import extract, from_record
from kg.ingest import iter_article_results
from kg.model import Article, Extraction
from kg.ontology import decisions_graph, ontology_graph, source_digest, to_graph
from kg.resolve import resolve_all
from kg.store import GraphStore, NTriples, as_ntriples
from kg.vocab import KGR

ONTOLOGY_GRAPH = f"{KGR}graph/ontology"
RESOLUTION_GRAPH = f"{KGR}graph/resolution"
_RECORDS = """SELECT ?id ?record ?text ?digest WHERE {
  GRAPH ?g { ?g a kgo:ArticleGraph ; kgo:extractionRecord ?record ; prov:wasDerivedFrom ?a .
             ?a schema:identifier ?id ; nif:isString ?text . OPTIONAL { ?g kgo:contentDigest ?digest } }
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


def stored_extractions(store: GraphStore) -> tuple[list[Extraction], dict[str, str]]:
    """Every stored article's extraction (from its record) and the digest of its graph."""
    xs, digests = [], {}
    for row in store.query(_RECORDS).rows:
        article_id, record, text, content = (None if t is None else str(t) for t in row)
        try:
            xs.append(from_record(json.loads(record or ""), text or ""))
        except (ValueError, KeyError, TypeError) as e:
            raise StoreError(f"the stored record of article {article_id!r} cannot be read ({e}); "
                             f"ingest the article again") from e
        digests[str(article_id)] = content or ""
    return xs, digests


def resolve_store(store: GraphStore, curation: Curation | None = None) -> ResolveReport:
    """Resolve entities over every stored article and rewrite the graphs whose content changes.

    The result depends only on the stored articles and the curation, not on the order they came in.
    """
    xs, digests = stored_extractions(store)
    resolved = resolve_all(xs, curation=curation)
    rewritten = 0
    for x in xs:
        r = resolved.resolutions[x.article.id]
        if source_digest(x, r) != digests.get(x.article.id):  # only a changed input is mapped again
            store.replace_article(x.article.id, to_graph(x, r))
            rewritten += 1
    store.replace_graph(RESOLUTION_GRAPH, decisions_graph(resolved.links), what="the resolution decisions")
    merges = sum(link.merged for link in resolved.links)
    return ResolveReport(len(xs), rewritten, merges, len(resolved.links) - merges)


def _extract_safely(article: Article) -> tuple[Extraction, NTriples] | str:
    """An article's extraction and its graph (as N-Triples: cheap to pass between processes), or what
    went wrong (a string, for the same reason)."""
    try:
        x = extract(article)
        return x, as_ntriples(to_graph(x))
    except KGError as e:
        return str(e)
    except (ValueError, IndexError, KeyError) as e:  # a rule bug must not lose the other files
        return f"extraction failed ({type(e).__name__}: {e}); please report this file"


_BATCH = 64  # articles handed to the workers at a time: memory stays flat however many files come in


def _extractions(items: Iterable[tuple[Path, list[Article] | ArticleError]], jobs: int,
                 on_file: Callable[[Path], None] | None
                 ) -> Iterator[tuple[Article, tuple[Extraction, NTriples] | str] | ArticleError]:
    """Every article with its extraction and graph (or error), in input order, made by ``jobs`` processes."""
    def articles() -> Iterator[Article | ArticleError]:
        for path, result in items:
            if on_file:
                on_file(path)
            if isinstance(result, ArticleError):
                yield result
            else:
                yield from result

    if jobs <= 1:
        for a in articles():
            yield a if isinstance(a, ArticleError) else (a, _extract_safely(a))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # forked workers start at once (any caller, a notebook or stdin included) and inherit the word
    # lists; the analyser runs no threads of its own (kg.extract.morph), so forking it is safe
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        stream = articles()
        while True:
            batch = list(itertools.islice(stream, _BATCH))
            if not batch:
                return
            todo = [a for a in batch if not isinstance(a, ArticleError)]
            done = iter(pool.map(_extract_safely, todo, chunksize=max(1, len(todo) // (4 * jobs))))
            for a in batch:
                yield a if isinstance(a, ArticleError) else (a, next(done))


def ingest(paths: Iterable[str | Path], store: GraphStore, *, curation: Curation | None = None,
           on_file: Callable[[Path], None] | None = None, jobs: int = 1) -> IngestReport:
    """Read, extract and store every article under ``paths``, one named graph per article; then
    resolve entities over the whole store. ``jobs`` processes extract in parallel; what is stored
    does not depend on their number (articles are stored in input order)."""
    ensure_ontology(store)
    counts = {"articles": 0, "events": 0, "people": 0, "organizations": 0, "triples": 0}
    errors: list[KGError] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}
    for item in _extractions(iter_article_results(paths), jobs, on_file):
        if isinstance(item, ArticleError):
            errors.append(item)
            continue
        article, made = item
        if isinstance(made, str):
            errors.append(ArticleError(article.source, made))
            continue
        x, graph = made
        if article.id in seen:
            warnings.append(f"{article.source}: article id {article.id!r} also in {seen[article.id]}; "
                              "the later one replaces it")
        seen[article.id] = article.source
        store.replace_article(article.id, graph)
        for key, n in (("articles", 1), ("events", len(x.events)), ("people", len(x.people)),
                       ("organizations", len(x.organizations)), ("triples", graph.count)):
            counts[key] += n
    resolve_store(store, curation)
    return IngestReport(**counts, errors=tuple(errors), warnings=tuple(warnings))


def remove(store: GraphStore, article_id: str, *, curation: Curation | None = None) -> bool:
    """Remove an article; facts other articles also state stay, and entities are resolved again."""
    if not store.remove_article(article_id):
        return False
    resolve_store(store, curation)
    return True
