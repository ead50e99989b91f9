"""RDF exports: the merged graph (Turtle, N-Triples, JSON-LD) or every graph with its name (TriG, N-Quads)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from rdflib import BNode, Dataset, Literal
from rdflib.term import Node

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
    if isinstance(store, OxigraphStore) and fmt in (ExportFormat.TURTLE, ExportFormat.NTRIPLES, ExportFormat.TRIG,
                                                     ExportFormat.NQUADS):
        return _stream(store, fmt, out)  # pyoxigraph's writer, straight from the store: constant memory
    if isinstance(store, OxigraphStore) and fmt is ExportFormat.JSONLD:
        return _to(out, lambda f: _stream_jsonld(store, f))  # one node object at a time: constant memory
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
        elif fmt is ExportFormat.NTRIPLES:
            _write(out, graph.serialize(format="nt").encode("utf-8"))
        else:
            _write(out, graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True).encode("utf-8"))
        return len(graph)
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e


def _stream(store: OxigraphStore, fmt: ExportFormat, out: str | Path | BinaryIO) -> int:
    """An export written by pyoxigraph's serialiser as it reads the store (rdflib's Turtle writer
    looks up every prefixed name in its whole namespace table: quadratic at a few hundred articles)."""
    return _to(out, lambda f: store.dump(f, fmt.value))


def _to(out: str | Path | BinaryIO, write: Callable[[BinaryIO], int]) -> int:
    """Run ``write`` on ``out``: a binary stream, standard output for ``-``, or a file path."""
    if not isinstance(out, (str, Path)):
        return write(out)
    if str(out) == "-":
        n = write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return n
    try:
        with Path(out).open("wb") as f:
            return write(f)
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _stream_jsonld(store: OxigraphStore, out: BinaryIO) -> int:
    """The merged graph as JSON-LD with kg's context, written one node object at a time as the store reads
    its triples (a subject's triples come together; were they not, a subject's second node object would
    merge with its first when the document is read). Keys and IRIs are compact IRIs of kg's prefixes,
    values explicit (``{"@value", "@language"}``, ``{"@value", "@type"}``), so no term's coercion applies."""
    namespaces = sorted(((ns, prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))

    def compact(iri: str) -> str:
        for ns, prefix in namespaces:
            if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
                return f"{prefix}:{iri[len(ns):]}"
        return iri

    def ref(term: Node) -> str:
        return f"_:{term}" if isinstance(term, BNode) else compact(str(term))

    def value(term: Node) -> object:
        if not isinstance(term, Literal):
            return {"@id": ref(term)}
        if term.language:
            return {"@value": str(term), "@language": term.language}
        if term.datatype is None or str(term.datatype) == _XSD_STRING:
            return str(term)
        return {"@value": str(term), "@type": compact(str(term.datatype))}

    out.write(b'{"@context": ' + json.dumps(jsonld_context(), ensure_ascii=False).encode("utf-8") + b',\n"@graph": [')
    count, first = 0, True
    node: dict[str, str | list[object]] | None = None
    subject: Node | None = None

    def flush() -> None:
        nonlocal first
        if node is not None:
            out.write((b"\n" if first else b",\n") + json.dumps(node, ensure_ascii=False).encode("utf-8"))
            first = False

    for s, p, o in store.merged_triples():
        if s != subject:
            flush()
            subject, node = s, {"@id": ref(s)}
        assert node is not None
        key, item = ("@type", ref(o)) if str(p) == _RDF_TYPE else (compact(str(p)), value(o))
        values = node.setdefault(key, [])
        assert isinstance(values, list)
        values.append(item)
        count += 1
    flush()
    out.write(b"\n]}\n")
    return count


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
