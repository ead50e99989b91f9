"""SPARQL over the store: canned queries (``kg/queries/*.rq``), safe parameters, result formats.

Parameters are bound as RDF terms by the store (Oxigraph's substitutions), never pasted into the
query text, so a value like ``" } DROP ALL #`` is only ever a string. A parameter is a variable the
query projects (``# param NAME: iri|literal (required|optional) help`` in the query's header).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError
from kg.formats import ResultFormat
from kg.ntriples import term
from kg.store import GraphStore, QueryResult
from kg.vocab import new_graph

_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(iri|literal)\s*\((required|optional)\)\s*(.*)$", re.I)


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # "iri" or "literal"
    required: bool
    help: str


@dataclass(frozen=True)
class CannedQuery:
    """A named query shipped with kg: its text, what it answers and its parameters."""

    name: str
    description: str
    params: tuple[Param, ...]
    sparql: str


def _parse(name: str, text: str) -> CannedQuery:
    description: list[str] = []
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            params.append(Param(m.group(1), m.group(2).lower(), m.group(3).lower() == "required", m.group(4)))
        else:
            description.append(line.lstrip("# ").strip())
    return CannedQuery(name, " ".join(d for d in description if d), tuple(params), text)


@lru_cache(maxsize=1)
def canned_queries() -> dict[str, CannedQuery]:
    """All canned queries by name."""
    folder = resources.files("kg") / "queries"
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = _parse(name, entry.read_text(encoding="utf-8"))
    return found


def get_query(name: str) -> CannedQuery:
    try:
        return canned_queries()[name]
    except KeyError:
        names = ", ".join(canned_queries())
        raise QueryError(f"no canned query named {name!r}; available: {names}") from None


def bind_params(q: CannedQuery, values: dict[str, str]) -> dict[str, Node]:
    """Check ``values`` against the query's parameters and make them RDF terms."""
    known = {p.name: p for p in q.params}
    unknown = set(values) - set(known)
    if unknown:
        expected = ", ".join(known) or "none"
        raise QueryError(f"query {q.name!r} has no parameter {', '.join(sorted(unknown))}; its parameters: {expected}")
    bound: dict[str, Node] = {}
    for p in q.params:
        if p.name not in values:
            if p.required:
                raise QueryError(f"query {q.name!r} needs --param {p.name}=VALUE ({p.help})")
            continue
        value = values[p.name]
        if p.kind == "iri":
            if not re.match(r"^[a-z][a-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$", value, re.I):
                raise QueryError(f"--param {p.name} must be an IRI, got {value!r}")
            bound[p.name] = URIRef(value)
        else:
            bound[p.name] = Literal(value)
    return bound


def parse_param_options(options: list[str]) -> dict[str, str]:
    """``["org=산기협"]`` -> ``{"org": "산기협"}``."""
    values = {}
    for option in options:
        name, sep, value = option.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param takes NAME=VALUE, got {option!r}")
        values[name.strip()] = value
    return values


_SERVICE = re.compile(r"\bSERVICE\b", re.I)
_STRINGS_IRIS_COMMENTS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|<[^<>\s]*>|#[^\n]*')


def refuse_service(sparql: str) -> None:
    """Refuse a query with ``SERVICE``: kg's queries read the store, and a query must not make this
    machine call the addresses it names (the word inside a string, an IRI or a comment is no keyword)."""
    if _SERVICE.search(_STRINGS_IRIS_COMMENTS.sub(" ", sparql)):
        raise QueryError("SERVICE is refused: kg queries read the store and call no other address "
                         "(federate with a SPARQL server of your own)")


_BY_NAME = """SELECT DISTINCT ?e ?label WHERE {  # a bound variable must be projected (pyoxigraph)
  ?e schema:name|schema:alternateName ?n . FILTER (STR(?n) = ?label)  # ?label: a simple literal
} ORDER BY ?e"""


def entity_iris(store: GraphStore, name: str) -> list[str]:
    """The IRIs of the people, organizations and events named ``name`` (a name or an alias, as written)."""
    return [str(r[0]) for r in store.query(_BY_NAME, bindings={"label": Literal(name)}).rows if isinstance(r[0], URIRef)]


_SEARCH = """SELECT ?e ?label ?type WHERE {{
  {{ SELECT ?e (SAMPLE(?name) AS ?label) (SAMPLE(?kind) AS ?type) WHERE {{
      VALUES ?kind {{ schema:Person schema:Organization kgo:Event }}
      ?e a ?kind ; schema:name ?name ; schema:name|schema:alternateName ?n .
      FILTER (CONTAINS(LCASE(STR(?n)), {needle}))
  }} GROUP BY ?e }}
}} ORDER BY STRLEN(STR(?label)) ?label ?e LIMIT {limit}"""  # ordered outside the grouping: Virtuoso wants it so
_KINDS = {"https://schema.org/Person": "person", "https://schema.org/Organization": "organization"}


@dataclass(frozen=True)
class Found:
    """An entity whose name or alias holds the text searched for."""

    iri: str
    label: str
    kind: str  # person, organization or event


def search_entities(store: GraphStore, text: str, limit: int = 20) -> list[Found]:
    """People, organizations and events whose name or an alias (romanised ones too) holds ``text``,
    case-insensitively, shortest names first."""
    needle = text.strip().lower()
    if not needle:
        return []
    # the text goes in as an escaped literal (rdflib writes it), never as query syntax
    query = _SEARCH.format(needle=Literal(needle).n3(), limit=max(1, min(limit, 200)))
    rows = store.query(query).rows
    return [Found(str(e), str(label), _KINDS.get(str(kind), "event")) for e, label, kind in rows
            if isinstance(e, URIRef) and label is not None]


def _by_name(store: GraphStore, q: CannedQuery, values: dict[str, str]) -> dict[str, str]:
    """IRI parameters given as names (``--param entity=산기협``) replaced by the one IRI the name has."""
    out = dict(values)
    for p in q.params:
        value = values.get(p.name)
        if p.kind != "iri" or value is None or re.match(r"^[a-z][a-z0-9+.\-]*:", value, re.I):
            continue
        found = entity_iris(store, value)
        if len(found) != 1:
            raise QueryError(f"--param {p.name}={value!r}: " + ("no person, organization or event has that name"
                             if not found else f"{len(found)} entities have that name ({', '.join(found[:5])}); "
                             "give the IRI"))
        out[p.name] = found[0]
    return out


def run_canned(store: GraphStore, name: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run a canned query with its parameters bound safely; an IRI parameter may be given by name."""
    q = get_query(name)
    return store.query(q.sparql, bindings=bind_params(q, _by_name(store, q, params or {})))


def _cell(term: Node | None) -> str:
    return "" if term is None else str(term)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _tsv_term(t: Node | None) -> str:
    """A term as W3C SPARQL TSV writes it: N-Triples syntax, tabs escaped too; empty when unbound."""
    if t is None:
        return ""
    if isinstance(t, BNode):
        return f"_:{t}"
    return term(t).replace("\t", "\\t")


def w3c_tsv(result: QueryResult) -> str:
    """A SELECT result in W3C SPARQL 1.1 TSV: ``?var`` headers, terms in N-Triples form (rdflib and
    pyoxigraph read it back)."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def format_result(result: QueryResult, fmt: ResultFormat) -> str:
    """Render a result: SELECT and ASK as W3C SPARQL 1.1 JSON, CSV (CRLF, plain values) or TSV (N-Triples
    terms); a graph (CONSTRUCT, DESCRIBE) as JSON-LD for ``json``, Turtle otherwise (``table``)."""
    if result.kind == "graph":
        assert result.graph is not None
        if fmt in (ResultFormat.CSV, ResultFormat.TSV):
            raise QueryError(f"a CONSTRUCT or DESCRIBE result is a graph, which has no {fmt.value.upper()} form: "
                             "use --format json (JSON-LD) or table (Turtle), or kg export for a file")
        graph = new_graph()  # kg's prefixes (nif:, itsrdf:, kgo: …), not rdflib's ns1:, ns2:
        graph += result.graph
        if fmt is ResultFormat.JSON:
            return graph.serialize(format="json-ld")
        return graph.serialize(format="turtle")
    if fmt is ResultFormat.JSON:
        if result.kind == "ask":
            return json.dumps({"head": {}, "boolean": result.boolean})
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
        return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    if fmt is ResultFormat.TSV:
        return w3c_tsv(result)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")  # W3C SPARQL 1.1 CSV: CRLF, plain values
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_cell(t) for t in row])
    return buf.getvalue()
