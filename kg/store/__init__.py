"""The store: the contract (:mod:`kg.store.contract`), the embedded Oxigraph backend
(:mod:`kg.store.oxigraph`), the SPARQL 1.1 Protocol backend (:mod:`kg.store.sparql`) and
:func:`open_store`, which picks one from a location."""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import StoreError

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


def open_store(location: str | Path | None = None, *, create: bool = True, query_url: str | None = None,
               update_url: str | None = None, graph_store_url: str | None = None, wait: float = 0.0,
               snapshot_when_held: bool = False) -> GraphStore:
    """Open the store at ``location`` (default :func:`default_store_path`): a folder for the embedded
    Oxigraph store, or an ``http(s)://`` URL of a SPARQL 1.1 server (see :mod:`kg.store.sparql`), whose
    query and update endpoints ``query_url`` and ``update_url`` may name apart (``query_url`` alone, with
    no location, is the server), and ``graph_store_url`` its Graph Store Protocol endpoint for uploads.
    A folder another process holds open (an ingest writing) is waited for up to ``wait`` seconds, or, with
    ``snapshot_when_held`` (for commands that only read), read as of that writer's last snapshot.

    A folder that holds other files and no store is refused (kg writes its database files into the
    folder it is given); with ``create=False`` (the commands that only read) a folder that does not
    exist yet is refused too, instead of answering from a new, empty store."""
    if location is None and query_url:
        location = query_url
    where = str(location if location is not None else default_store_path())
    if re.match(r"^https?://", where):
        return SparqlStore.from_url(where, query_url=query_url, update_url=update_url, graph_store_url=graph_store_url)
    if query_url or update_url or graph_store_url:
        raise StoreError(f"--query-url, --update-url and --graph-store-url name a SPARQL server's endpoints; {where} "
                         "is a folder (pass the server's URL as --store, or leave them out)")
    folder = Path(where)
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder} is a file, not a store folder; pass the folder kg ingest made (--store)")
    is_store = (folder / "CURRENT").is_file()  # Oxigraph's RocksDB keeps its manifest pointer there
    if folder.is_dir() and not is_store and any(folder.iterdir()):
        raise StoreError(f"{folder} holds other files and no kg store; pass a new or empty folder, or the one "
                         "kg ingest made (--store)")
    if not create and not is_store:
        raise StoreError(f"there is no store at {folder}; run kg ingest ARTICLES --store {folder} first, or pass "
                         "the store's folder (--store, or KG_STORE)")
    if not is_store:
        folder.mkdir(parents=True, exist_ok=True)  # "stores/2026/kg": the folders on the way too
    return OxigraphStore(folder, wait=wait, snapshot_when_held=snapshot_when_held)



__all__ = ["ARTICLES_QUERY", "PROLOGUE", "GraphStore", "OxigraphStore", "QueryResult", "SparqlStore",
           "default_store_path", "ntriples", "open_store", "replace_update", "to_oxigraph", "to_rdflib"]
