"""RDF exports: the merged graph (Turtle, JSON-LD) or every graph with its name (TriG, N-Quads)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset

from kg.errors import ExportError
from kg.formats import ExportFormat
from kg.store import GraphStore, OxigraphStore
from kg.vocab import PREFIXES


def jsonld_context() -> dict[str, object]:
    """The JSON-LD context, made from the ontology: kg's prefixes, and a term for each kgo property
    (``editionNumber``, ``talkTitle`` …) typed by its range. ``ontology/context.jsonld`` is this context."""
    from rdflib import OWL, RDF, RDFS, XSD

    from kg.ontology import ontology_graph
    from kg.vocab import KGO

    onto = ontology_graph()
    context: dict[str, object] = dict(PREFIXES)
    ns = str(KGO._NS)
    for kind in (OWL.DatatypeProperty, OWL.ObjectProperty):
        for prop in sorted(onto.subjects(RDF.type, kind), key=str):
            if not str(prop).startswith(ns):
                continue
            term = str(prop)[len(ns):]
            rng = onto.value(prop, RDFS.range)
            if kind == OWL.ObjectProperty:
                context[term] = {"@id": f"kgo:{term}", "@type": "@id"}
            elif rng is not None and str(rng).startswith(str(XSD)) and rng != XSD.string:
                context[term] = {"@id": f"kgo:{term}", "@type": f"xsd:{str(rng)[len(str(XSD)):]}"}
            else:
                context[term] = f"kgo:{term}"
    return context


def export_rdf(store: GraphStore, fmt: ExportFormat, out: str | Path | BinaryIO) -> int:
    """Write the store as ``fmt`` to ``out`` (a path, ``-`` for standard output, or a binary stream);
    returns the number of triples or quads written."""
    if not fmt.is_rdf:
        raise ExportError(f"{fmt.value} is not an RDF format; use kg.export.networkx for graph files")
    if isinstance(store, OxigraphStore) and fmt in (ExportFormat.TURTLE, ExportFormat.TRIG, ExportFormat.NQUADS):
        return _stream(store, fmt, out)  # pyoxigraph's writer, straight from the store: constant memory
    try:
        if fmt is ExportFormat.NQUADS:
            data = store.nquads()
            _write(out, data)
            return data.count(b"\n")
        if fmt is ExportFormat.TRIG:
            ds = Dataset(default_union=False)
            for prefix, ns in PREFIXES.items():
                ds.bind(prefix, ns, replace=True)
            ds.parse(data=store.nquads(), format="nquads")
            _write(out, ds.serialize(format="trig").encode("utf-8"))
            return sum(1 for _ in ds.quads((None, None, None, None)))
        graph = store.merged()
        if fmt is ExportFormat.TURTLE:
            _write(out, graph.serialize(format="longturtle").encode("utf-8"))
        else:
            _write(out, graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True).encode("utf-8"))
        return len(graph)
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e


def _stream(store: OxigraphStore, fmt: ExportFormat, out: str | Path | BinaryIO) -> int:
    """An export written by pyoxigraph's serialiser as it reads the store (rdflib's Turtle writer
    looks up every prefixed name in its whole namespace table: quadratic at a few hundred articles)."""
    if not isinstance(out, (str, Path)):
        return store.dump(out, fmt.value)
    if str(out) == "-":
        n = store.dump(sys.stdout.buffer, fmt.value)
        sys.stdout.buffer.flush()
        return n
    try:
        with Path(out).open("wb") as f:
            return store.dump(f, fmt.value)
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e


def _write(out: str | Path | BinaryIO, data: bytes) -> None:
    """``data`` to a file, to standard output for ``-``, or to a binary stream."""
    if isinstance(out, (str, Path)):
        if str(out) == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            Path(out).write_bytes(data)
    else:
        out.write(data)
