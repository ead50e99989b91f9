"""The store: the contract (:mod:`kg.store.contract`), the embedded Oxigraph backend
(:mod:`kg.store.oxigraph`), the SPARQL 1.1 Protocol backend (:mod:`kg.store.sparql`) and
:func:`open_store`, which picks one from a location."""

from __future__ import annotations

import re
from pathlib import Path

from kg.store.contract import (
    ARTICLES_QUERY,
    PROLOGUE,
    GraphStore,
    QueryResult,
    default_store_path,
    ntriples,
    replace_update,
)
from kg.store.oxigraph import OxigraphStore, to_oxigraph, to_rdflib
from kg.store.sparql import SparqlStore


def open_store(location: str | Path | None = None) -> GraphStore:
    """Open the store at ``location`` (default :func:`default_store_path`): a folder for the embedded
    Oxigraph store, or an ``http(s)://`` URL of a SPARQL 1.1 server (see :mod:`kg.store.sparql`)."""
    where = str(location if location is not None else default_store_path())
    if re.match(r"^https?://", where):
        return SparqlStore.from_url(where)
    return OxigraphStore(where)



__all__ = ["ARTICLES_QUERY", "PROLOGUE", "GraphStore", "OxigraphStore", "QueryResult", "SparqlStore",
           "default_store_path", "ntriples", "open_store", "replace_update", "to_oxigraph", "to_rdflib"]
