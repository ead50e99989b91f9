"""Where a store's bytes go: size on disk per article, and the N-Quads of the store by kind of fact.

Ingests copies of the dev-corpus articles (as ``bench/bench_queries.py`` makes them), reopens the
store (Oxigraph compacts on open) and prints the directory size per article, then the share of the
store's N-Quads that each kind of statement takes: the article text (``nif:isString``), the
extraction record (``kgo:extractionRecord``), mentions (one ``itsrdf:taIdentRef`` triple each, the offsets in
the mention's IRI), the merged default graph's copy of every fact, and the rest.

usage: python bench/bench_store_size.py [N]   (default: 300 articles)
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
from bench_queries import CORPUS, corpus
from bench_scale import disk_bytes

from kg.build import ingest
from kg.store import OxigraphStore

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
KGO = "https://w3id.org/industry-ai-kg/ontology#"
ITS = "http://www.w3.org/2005/11/its/rdf#"


def _kind(quad: ox.Quad) -> str:
    where = "merged graph" if isinstance(quad.graph_name, ox.DefaultGraph) else "article graphs"
    subject, predicate = str(quad.subject), quad.predicate.value
    if predicate == f"{NIF}isString":
        return f"{where}: article text (nif:isString)"
    if predicate == f"{KGO}extractionRecord":
        return f"{where}: extraction record (JSON)"
    if "#char=" in subject or predicate.startswith((NIF, ITS)):
        return f"{where}: mentions (one triple each, offsets in the IRI)"
    return f"{where}: entities, roles, events, provenance"


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit("needs the dev corpus in ../shared/corpus/dev")
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store"
        with OxigraphStore(path) as store:
            ingest([corpus(n, Path(tmp))], store)
        after_ingest = disk_bytes(path)
        with OxigraphStore(path) as store:  # reopening compacts
            dump = store.nquads()
        reopened = disk_bytes(path)
    print(f"{n} articles: on disk {after_ingest / n / 1024:.0f} KB per article after ingest, "
          f"{reopened / n / 1024:.0f} KB per article after reopening")
    kinds: Counter[str] = Counter()
    for quad in ox.parse(dump, format=ox.RdfFormat.N_QUADS):
        kinds[_kind(quad)] += len(str(quad).encode("utf-8")) + 3  # " .\n"
    total = sum(kinds.values())
    print(f"N-Quads of the store: {total / n / 1024:.0f} KB per article")
    for kind, size in kinds.most_common():
        print(f"  {kind:55} {size / n / 1024:7.1f} KB per article  {size / total:6.1%}")


if __name__ == "__main__":
    main()
