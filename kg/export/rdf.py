"""RDF exports: the merged graph (Turtle, JSON-LD) or every graph with its name (TriG, N-Quads)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.errors import ExportError
from kg.formats import ExportFormat
from kg.store import GraphStore
from kg.vocab import PREFIXES


def jsonld_context() -> dict[str, str]:
    """The JSON-LD context: kg's prefixes."""
    return dict(PREFIXES)


def export_rdf(store: GraphStore, fmt: ExportFormat, out: str | Path) -> int:
    """Write the store as ``fmt`` to ``out``; returns the number of triples or quads written."""
    out = Path(out)
    if not fmt.is_rdf:
        raise ExportError(f"{fmt.value} is not an RDF format; use kg.export.networkx for graph files")
    try:
        if fmt is ExportFormat.NQUADS:
            data = store.nquads()
            out.write_bytes(data)
            return data.count(b"\n")
        if fmt is ExportFormat.TRIG:
            ds = Dataset(default_union=False)
            for prefix, ns in PREFIXES.items():
                ds.bind(prefix, ns, replace=True)
            ds.parse(data=store.nquads(), format="nquads")
            out.write_text(ds.serialize(format="trig"), encoding="utf-8")
            return sum(1 for _ in ds.quads((None, None, None, None)))
        graph = store.merged()
        if fmt is ExportFormat.TURTLE:
            out.write_text(graph.serialize(format="longturtle"), encoding="utf-8")
        else:
            out.write_text(graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True),
                           encoding="utf-8")
        return len(graph)
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e
