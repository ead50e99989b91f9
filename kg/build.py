"""The whole pipeline in one call: files in, article graphs stored.

``ingest`` reads every file, extracts, resolves, maps to RDF and replaces each article's named
graph; a file that fails is reported (by name, with the reason) and skipped, and nothing of it
is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.errors import ArticleError, KGError
from kg.extract import extract
from kg.ingest import iter_article_results
from kg.model import Article, Extraction
from kg.ontology import ontology_graph, to_graph
from kg.store import GraphStore
from kg.vocab import KGR

ONTOLOGY_GRAPH = f"{KGR}graph/ontology"


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

    @property
    def ok(self) -> bool:
        return not self.errors


def article_graph(article: Article) -> tuple[Extraction, Graph]:
    """Extract one article and map it to RDF (no store involved)."""
    x = extract(article)
    return x, to_graph(x)


def ensure_ontology(store: GraphStore) -> None:
    """Keep the ontology (role vocabulary, labels) in the store, so queries can use it."""
    store.replace_graph(ONTOLOGY_GRAPH, ontology_graph(), what="the ontology")


def ingest(paths: Iterable[str | Path], store: GraphStore, *,
           on_file: Callable[[Path], None] | None = None) -> IngestReport:
    """Read, extract and store every article under ``paths``; one named graph per article."""
    ensure_ontology(store)
    counts = {"articles": 0, "events": 0, "people": 0, "organizations": 0, "triples": 0}
    errors: list[KGError] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}
    for path, result in iter_article_results(paths):
        if on_file:
            on_file(path)
        if isinstance(result, ArticleError):
            errors.append(result)
            continue
        for article in result:
            try:
                x, graph = article_graph(article)
            except KGError as e:
                errors.append(ArticleError(article.source, str(e)))
                continue
            except (ValueError, IndexError, KeyError) as e:  # a rule bug must not lose the other files
                errors.append(ArticleError(article.source, f"extraction failed ({type(e).__name__}: {e}); "
                                                            "please report this file"))
                continue
            if article.id in seen:
                warnings.append(f"{article.source}: article id {article.id!r} also in {seen[article.id]}; "
                                  "the later one replaces it")
            seen[article.id] = article.source
            store.replace_article(article.id, graph)
            for key, n in (("articles", 1), ("events", len(x.events)), ("people", len(x.people)),
                           ("organizations", len(x.organizations)), ("triples", len(graph))):
                counts[key] += n
    return IngestReport(**counts, errors=tuple(errors), warnings=tuple(warnings))
