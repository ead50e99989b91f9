"""The ``kg`` command line: each command parses options, calls one library function, prints.

Errors from the library (:class:`kg.errors.KGError`) become a message on stderr and exit code 1.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from kg.errors import KGError
from kg.formats import ExportFormat, ExtractFormat, ResultFormat, View

if TYPE_CHECKING:
    from kg.curation import Curation
    from kg.export.networkx import Filters
    from kg.store import GraphStore

app = typer.Typer(
    name="kg",
    help="Build and explore a knowledge graph of industry-AI events from news articles.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish, PowerShell
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from kg import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit()


_endpoints: dict[str, str | None] = {"query": None, "update": None, "graph_store": None}  # for _open


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print kg's version and exit.")] = False,
    query_url: Annotated[Optional[str], typer.Option(
        "--query-url", envvar="KG_STORE_QUERY_URL",
        help="A SPARQL server's query endpoint, when it has its own (or set KG_STORE_QUERY_URL).")] = None,
    update_url: Annotated[Optional[str], typer.Option(
        "--update-url", envvar="KG_STORE_UPDATE_URL",
        help="A SPARQL server's update endpoint, when it has its own (or set KG_STORE_UPDATE_URL).")] = None,
    graph_store_url: Annotated[Optional[str], typer.Option(
        "--graph-store-url", envvar="KG_STORE_GRAPH_STORE_URL",
        help="A SPARQL server's Graph Store Protocol endpoint (Oxigraph: http://host:7878/store): new articles "
             "are uploaded through it (or set KG_STORE_GRAPH_STORE_URL).")] = None,
) -> None:
    """Build and explore a knowledge graph of industry-AI events from news articles."""
    _endpoints["query"], _endpoints["update"] = query_url, update_url
    _endpoints["graph_store"] = graph_store_url
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

CurationOption = Annotated[
    Optional[Path],
    typer.Option("--curation", envvar="KG_CURATION", show_default="./curation.tsv when it exists",
                 help="Curation file of merge / split / alias / label decisions (or set KG_CURATION)."),
]
StoreOption = Annotated[
    Optional[str],
    typer.Option("--store", envvar="KG_STORE", show_default="./kg-store",
                 help="Folder of the embedded Oxigraph store, or http(s):// URL of a SPARQL server (or set KG_STORE)."),
]


def _fail(e: KGError) -> typer.Exit:
    err.print(f"[bold red]error:[/] {e}", highlight=False)
    return typer.Exit(code=1)


def _curation(path: Path | None) -> Curation:
    from kg.curation import default_curation_path, load_curation

    return load_curation(path or default_curation_path())


def _open(store: str | None, *, create: bool = False, reads: bool = False) -> GraphStore:
    """The store; only ``kg ingest`` makes a new one (a mistyped --store must not answer from an empty store).
    A command that only ``reads`` a store another process is writing reads its last snapshot, and says so."""
    from kg.store import OxigraphStore, open_store

    s = open_store(store, create=create, query_url=_endpoints["query"], update_url=_endpoints["update"],
                   graph_store_url=_endpoints["graph_store"], wait=_store_wait(), snapshot_when_held=reads)
    if isinstance(s, OxigraphStore) and s.reading_snapshot is not None:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(int(s.reading_snapshot.name) / 1e9))
        err.print(f"note: another kg process is writing the store; reading it as of its last completed write "
                  f"({when})", highlight=False)
    return s


_WAIT = 60.0  # seconds a command waits for a store another kg process holds (KG_STORE_WAIT)


def _store_wait() -> float:
    """How long to wait for a store another kg process holds: ``KG_STORE_WAIT`` seconds (default 60)."""
    import os

    raw = os.environ.get("KG_STORE_WAIT")
    if raw is None or not raw.strip():
        return _WAIT
    try:
        wait = float(raw)
    except ValueError:
        raise typer.BadParameter(f"KG_STORE_WAIT={raw!r} is not a number of seconds (e.g. KG_STORE_WAIT=30)") from None
    if wait < 0:
        raise typer.BadParameter(f"KG_STORE_WAIT={raw!r} is negative; give the seconds to wait (0: do not wait)")
    return wait


def _cores(files: list[Path]) -> int:
    """Extraction processes by default: the machine's cores, but one for a small input (a worker's
    start-up, loading the analyser, costs what extracting a hundred short articles does)."""
    import os

    size = sum(f.stat().st_size for f in files if f.is_file())
    return 1 if size < 200_000 else max(1, os.cpu_count() or 1)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt .html .json .jsonl), folders, or - for standard input.")],
    store: StoreOption = None,
    curation: CurationOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0,
                                      help="Processes that extract in parallel; 0: the machine's cores (one for "
                                           "a small input). What is stored does not depend on it.")] = 0,
) -> None:
    """Extract articles and store them, one named graph per article, then resolve entities.

    A file that cannot be read is reported and skipped; the others are still stored, and the
    exit code is 1. Re-ingesting an article replaces its graph.

    Example: kg ingest data/seed --store kg-store
    """
    from kg.build import ingest as run_ingest
    from kg.ingest import expand_paths

    from kg.stats import store_stats

    files = list(expand_paths(paths))
    try:
        decisions = _curation(curation)
        with _open(store, create=True) as s, Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                         console=err, transient=True) as progress:
            task = progress.add_task("ingesting", total=len(files))
            report = run_ingest(files, s, curation=decisions, jobs=jobs or _cores(files),
                                on_file=lambda p: progress.update(task, advance=1, description=p.name))
            held = store_stats(s)
    except KGError as e:
        raise _fail(e) from e
    for w in report.warnings:
        err.print(f"[yellow]warning:[/] {w}", highlight=False)
    for problem in report.errors:
        err.print(f"[bold red]error:[/] {problem}", highlight=False)
    # what the articles state (people per article) and what the store holds after resolution (kg stats)
    err.print(f"stored {report.articles} articles: {report.events} events, {report.people} people, "
              f"{report.organizations} organizations, {report.triples} triples as the articles state them"
              + (f"; {len(report.errors)} files failed" if report.errors else ""), highlight=False)
    err.print(f"the store now holds {held.articles} articles, {held.events} events, {held.people} people and "
              f"{held.organizations} organizations (each once, as kg stats counts them)", highlight=False)
    if report.errors:
        raise typer.Exit(code=1)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files, folders, or - for standard input (text, or JSON Lines).")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="json: one JSON object per article and line.")]
    = ExtractFormat.JSON,
) -> None:
    """Print what the extractor finds in each article (no store involved).

    Example: kg extract data/seed --format json
    """
    from kg.extract import extract as run_extract
    from kg.extract import to_record
    from kg.ingest import iter_article_results
    from kg.ingest.decode import DecodeWarning

    failed = 0
    with warnings.catch_warnings(record=True) as caught:  # a file read with a few bytes replaced
        warnings.simplefilter("always", DecodeWarning)
        results = list(iter_article_results(paths))
    for w in caught:
        if issubclass(w.category, DecodeWarning):
            err.print(f"[yellow]warning:[/] {w.message}", highlight=False)
    for _path, result in results:
        if isinstance(result, KGError):
            err.print(f"[bold red]error:[/] {result}", highlight=False)
            failed += 1
            continue
        for article in result:
            if isinstance(article, KGError):  # a bad line of a JSONL file; its other lines still count
                err.print(f"[bold red]error:[/] {article}", highlight=False)
                failed += 1
                continue
            try:
                record = to_record(run_extract(article))
            except KGError as e:
                err.print(f"[bold red]error:[/] {e}", highlight=False)
                failed += 1
                continue
            if format is ExtractFormat.JSON:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                _print_extraction(record)
    if failed:
        raise typer.Exit(code=1)


def _print_extraction(record: dict) -> None:
    orgs = {o["id"]: o["name"] for o in record["organizations"]}
    out.print(f"[bold]{record['article']['id']}[/]", highlight=False)
    for e in record["events"]:
        out.print(f"  event: {e['name']} | {e['start']} | {e['venue']} | {e['city']}", highlight=False)
    table = Table("name", "organization", "title", "roles")
    for p in record["people"]:
        aff = p["affiliations"][0] if p["affiliations"] else {}
        table.add_row(p["name"], orgs.get(aff.get("org"), ""), aff.get("title") or p.get("title") or "",
                      ", ".join(r["role"] for r in p["roles"]))
    out.print(table)


@app.command(name="eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold annotation files (*.json).")],
    articles: Annotated[list[Path], typer.Argument(help="The annotated articles: files or folders.")],
    lang: Annotated[Optional[str], typer.Option("--lang", help="Only articles in this language (ko, en).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List the articles scored.")] = False,
) -> None:
    """Run the extractor on annotated articles and print precision, recall and F1 per metric.

    Gold files follow the dev-corpus format (people, events, orgs per article).

    Example: kg eval my-gold/ my-articles/ --lang ko
    """
    from kg.evaluate import evaluate

    try:
        scores = evaluate(gold_dir, articles, lang=lang)
    except KGError as e:
        raise _fail(e) from e
    table = Table("metric", "precision", "recall", "F1", "found / gold")
    for name in ("people", "affil", "spoke", "event_orgs"):
        c = getattr(scores, name)
        table.add_row(name, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", f"{c.tp} / {c.gold}")
    for name in ("events", "dates", "venues"):
        c = getattr(scores, name)
        table.add_row(name, "", "", "", f"{c.tp} / {c.gold}")
    out.print(table)
    if verbose:
        out.print("articles: " + ", ".join(scores.articles), highlight=False)
    if scores.missing:
        err.print(f"[yellow]warning:[/] no article read for gold files: {', '.join(scores.missing)}", highlight=False)
    out.print(scores.summary(), highlight=False)


@app.command()
def query(
    sparql: Annotated[Optional[str], typer.Argument(help="SPARQL query text.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="Read the query from this file.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="Run a canned query (see `kg queries`).")] = None,
    param: Annotated[list[str], typer.Option("--param", "-p", help="NAME=VALUE for a canned query; repeatable.")]
    = [],  # noqa: B006 - typer reads the default
    format: Annotated[ResultFormat, typer.Option("--format", "-f")] = ResultFormat.TABLE,
    store: StoreOption = None,
) -> None:
    """Run SPARQL on the merged graph: text, --file, or a canned query by --name.

    Parameters of canned queries are bound as RDF terms, never pasted into the query.

    Example: kg query --name people-of-org --param org=산기협 --format csv
    """
    from kg.query import format_result, parse_param_options, refuse_service, run_canned

    given = [x for x in (sparql, file, name) if x is not None]
    if len(given) != 1:
        err.print("error: give exactly one of: SPARQL text, --file FILE, --name NAME")
        raise typer.Exit(code=2)
    try:
        with _open(store, reads=True) as s:
            if name is not None:
                result = run_canned(s, name, parse_param_options(param))
            else:
                if param:
                    raise KGError("--param only applies to canned queries (--name)")
                text = sparql if sparql is not None else _read_query(file)  # type: ignore[arg-type]
                refuse_service(text)
                result = s.query(text)
    except KGError as e:
        raise _fail(e) from e
    if format is ResultFormat.TABLE and result.kind == "select" and not sys.stdout.isatty():
        format = ResultFormat.TSV  # a pipe or a file gets whole values, one row a line, not a table cut to fit
    if format is ResultFormat.TABLE and result.kind == "select":
        table = Table(*result.variables)
        for row in result.rows:
            table.add_row(*("" if t is None else str(t) for t in row))
        out.print(table)
        out.print(f"{len(result.rows)} rows", style="dim")
    else:
        try:
            text = format_result(result, ResultFormat.TSV if format is ResultFormat.TABLE and result.kind != "graph"
                                 else format)
        except KGError as e:
            raise _fail(e) from e
        sys.stdout.write(text)


def _read_query(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except OSError as e:
        raise KGError(f"cannot read query file {file}: {e.strerror or e}") from e


@app.command()
def queries() -> None:
    """List the canned queries and their parameters.

    Example: kg queries
    """
    from kg.query import canned_queries

    table = Table("name", "parameters", "what it answers")
    for q in canned_queries().values():
        params = ", ".join(f"{p.name} ({p.kind}, {'required' if p.required else 'optional'})" for p in q.params)
        table.add_row(q.name, params, q.description)
    out.print(table)


def _filters(event: str | None, org: str | None, since: str | None, until: str | None,
             role: list[str]) -> Filters:
    import re

    from kg.export.networkx import Filters

    for name, value in (("--since", since), ("--until", until)):
        if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise KGError(f"{name} takes a date as YYYY-MM-DD, got {value!r}")
    return Filters(event, org, since, until, frozenset(role) or None)


EventFilter = Annotated[Optional[str], typer.Option("--event", help="Only events whose name contains this (or an IRI).")]
OrgFilter = Annotated[Optional[str], typer.Option("--org", help=(
    "Only people of organizations whose name contains this, at the events they took part in or those "
    "organizations held."))]
SinceFilter = Annotated[Optional[str], typer.Option("--since", help="Only events on or after YYYY-MM-DD.")]
UntilFilter = Annotated[Optional[str], typer.Option("--until", help="Only events on or before YYYY-MM-DD.")]
RoleFilter = Annotated[list[str], typer.Option("--role", help="Only these roles (keynote, speaker …); repeatable.")]


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="RDF, graph file, or Neo4j CSV format.")],
    out_file: Annotated[Path, typer.Option("--out", "-o", help="File to write (a folder for neo4j).")],
    view: Annotated[View, typer.Option("--view", help="Projection for graph files and Neo4j.")] = View.FULL,
    event: EventFilter = None, org: OrgFilter = None, since: SinceFilter = None, until: UntilFilter = None,
    role: RoleFilter = [],  # noqa: B006 - typer reads the default
    store: StoreOption = None,
) -> None:
    """Export the graph: RDF (turtle, ntriples, trig, nquads, jsonld), graph files (graphml, gexf, nodelink,
    cytoscape) or CSV files for neo4j-admin import (neo4j).

    Turtle, N-Triples and JSON-LD hold the merged graph; TriG and N-Quads every article's named graph too.

    Example: kg export --format gexf --out events.gexf
    """
    from kg.export.files import write_graph
    from kg.export.neo4j import import_command, write_neo4j
    from kg.export.networkx import to_networkx
    from kg.export.rdf import export_rdf

    try:
        filters = _filters(event, org, since, until, role)
        with _open(store, reads=True) as s:
            if format.is_rdf:
                if not filters.empty or view is not View.FULL:
                    raise KGError("RDF exports hold the whole graph; --view and filters apply to graph files")
                n = export_rdf(s, format, out_file)
                err.print(f"wrote {out_file}: {n} statements", highlight=False)
                return
            g = to_networkx(s, view, filters=filters)
            if format is ExportFormat.NEO4J:
                files = write_neo4j(g, out_file)
                err.print(f"wrote {len(files)} CSV files into {out_file}; import them with:", highlight=False)
                err.print(f"  cd {out_file} && {import_command(files)}", highlight=False, soft_wrap=True)
                return
            write_graph(g, format, out_file)
            err.print(f"wrote {out_file}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", highlight=False)
    except KGError as e:
        raise _fail(e) from e


@app.command()
def view(
    name: Annotated[View, typer.Argument(help="Which view.")],
    focus: Annotated[Optional[str], typer.Argument(help="For ego: a person, organization or event (name or IRI).")]
    = None,
    out_file: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("view.html"),
    hops: Annotated[int, typer.Option("--hops", min=1, max=4, help="For ego: how many steps out.")] = 1,
    event: EventFilter = None, org: OrgFilter = None, since: SinceFilter = None, until: UntilFilter = None,
    role: RoleFilter = [],  # noqa: B006 - typer reads the default
    store: StoreOption = None,
) -> None:
    """Write an interactive network view as one self-contained HTML file (works offline).

    Views: who-spoke-where, org-network, person-network, ego (with a name), full.

    Example: kg view who-spoke-where --out who-spoke-where.html --since 2025-01-01
    """
    from kg.export.pyvis import write_view

    if name is View.EGO and not focus:
        err.print("error: `kg view ego` needs a person, organization or event: kg view ego 산기협")
        raise typer.Exit(code=2)
    try:
        filters = _filters(event, org, since, until, role)
        with _open(store, reads=True) as s:
            nodes = write_view(s, out_file, name, filters=filters, focus=focus, hops=hops)
    except KGError as e:
        raise _fail(e) from e
    err.print(f"wrote {out_file}: {nodes} nodes", highlight=False)


@app.command()
def validate(
    full: Annotated[bool, typer.Option("--full", help="Print pyshacl's whole report.")] = False,
    deep: Annotated[bool, typer.Option("--deep", help="Also check the store's own invariants (records, "
                                       "resolution, merged graph) and say how to repair them.")] = False,
    store: StoreOption = None,
    curation: CurationOption = None,
) -> None:
    """Check the merged graph against the SHACL shapes; exit 1 when it does not conform.

    Example: kg validate --deep
    """
    from kg.doctor import check_store
    from kg.ontology import validate as run_validate

    try:
        with _open(store, reads=True) as s:
            report = run_validate(s.merged())
            problems = check_store(s, _curation(curation)) if deep else []
    except KGError as e:
        raise _fail(e) from e
    for p in problems:
        err.print(f"[bold red]store problem:[/] {p.where}: {p.what}; to repair, {p.repair}", highlight=False)
    if problems:
        raise typer.Exit(code=1)
    if deep:
        out.print("the store is whole: every article graph has its record and current resolution, and the "
                  "merged graph is the union of the named graphs")
    if report.conforms:
        out.print("conforms: the graph satisfies every shape")
        return
    if full:
        out.print(report.text, highlight=False)
    shown = 20
    table = Table("node", "property", "problem")
    for v in report.violations[:shown]:
        table.add_row(v.focus, v.path, v.message)
    out.print(table)
    more = len(report.violations) - shown
    err.print(f"[bold red]does not conform:[/] {len(report.violations)} violations"
              + (f" ({more} not shown; `kg validate --full` prints pyshacl's whole report)" if more > 0 else ""))
    raise typer.Exit(code=1)


@app.command()
def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is given up.")] = 10.0,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Rows (or triples) an answer may hold.")] = 10_000,
    workers: Annotated[int, typer.Option(help="Queries that may run at a time.")] = 4,
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at /sparql (for YASGUI, SPARQLWrapper, rdflib).

    Example: kg serve --port 8000, then curl 'http://127.0.0.1:8000/sparql?query=ASK{?s?p?o}'
    """
    import uvicorn

    from kg.server import Limits, create_app

    try:
        s = _open(store, reads=True)
    except KGError as e:
        raise _fail(e) from e
    with s:
        err.print(f"serving {store or 'the store'} at http://{host}:{port}/sparql (read-only), the query page at "
                  f"http://{host}:{port}/ and the explorer at http://{host}:{port}/explore; Ctrl-C stops",
                  highlight=False)
        uvicorn.run(create_app(s, Limits(timeout=timeout, max_rows=max_rows, workers=workers)),
                    host=host, port=port, log_level="warning")


@app.command()
def stats(store: StoreOption = None) -> None:
    """Count articles, events, people, organizations and triples in the store.

    Example: kg stats
    """
    from kg.stats import store_stats

    try:
        with _open(store, reads=True) as s:
            st = store_stats(s)
    except KGError as e:
        raise _fail(e) from e
    table = Table("what", "count")
    for field_name, value in vars(st).items():
        table.add_row(field_name.replace("_", " "), str(value))
    out.print(table)


@app.command()
def remove(
    article_id: Annotated[str, typer.Argument(help="The article's id (`kg query --name articles` lists them).")],
    store: StoreOption = None,
    curation: CurationOption = None,
) -> None:
    """Remove an article's graph; facts other articles also state stay.

    Example: kg remove 00_seed_koita_industrial_ai_forum_2025
    """
    from kg.build import remove as run_remove

    try:
        with _open(store) as s:
            removed = run_remove(s, article_id, curation=_curation(curation))
            known = s.article_ids() if not removed else []
    except KGError as e:
        raise _fail(e) from e
    if not removed:
        hint = f"; stored articles: {', '.join(known[:10])}" if known else "; the store holds no articles"
        err.print(f"[bold red]error:[/] no article {article_id!r} in the store{hint}", highlight=False)
        raise typer.Exit(code=1)
    out.print(f"removed {article_id}", highlight=False)


curate = typer.Typer(help="Apply the curation file (merge, split, alias, label decisions).", no_args_is_help=True)
app.add_typer(curate, name="curate")


@curate.command("apply")
def curate_apply(store: StoreOption = None, curation: CurationOption = None) -> None:
    """Resolve entities again over the whole store with the curation file.

    Example: kg curate apply --curation curation.tsv
    """
    from kg.build import resolve_store

    try:
        decisions = _curation(curation)
        with _open(store) as s:
            report = resolve_store(s, decisions)
    except KGError as e:
        raise _fail(e) from e
    out.print(f"resolved {report.articles} articles with {len(decisions.decisions)} curation lines: "
              f"{report.merges} merges, {report.kept_apart} kept apart, {report.rewritten} graphs rewritten",
              highlight=False)


@app.command()
def duplicates(
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many pairs to list.")] = 30,
    store: StoreOption = None,
) -> None:
    """List likely duplicate people and organizations for review, most likely first (merges nothing).

    Example: kg duplicates --limit 20
    """
    from kg.duplicates import find_duplicates

    try:
        with _open(store, reads=True) as s:
            pairs = find_duplicates(s)[:limit]
    except KGError as e:
        raise _fail(e) from e
    table = Table("score", "kind", "a", "b", "why")
    for p in pairs:
        table.add_row(f"{p.score:.2f}", p.kind, p.a_label, p.b_label, p.reason)
    out.print(table)
    out.print(f"{len(pairs)} candidate pairs; to merge one, add a line to the curation file "
              "(see `kg curate --help`)", style="dim")


@app.command()
def explain(
    entity: Annotated[str, typer.Argument(help="An IRI, or a name or alias of a person, organization or event.")],
    store: StoreOption = None,
) -> None:
    """Every fact about an entity, with the article, sentence and characters that state it.

    Example: kg explain 산기협
    """
    from kg.explain import explain as run_explain

    try:
        with _open(store, reads=True) as s:
            report = run_explain(s, entity)
    except KGError as e:
        raise _fail(e) from e
    for node in report:
        out.print(f"[bold]{node.label}[/]  <{node.iri}>", highlight=False)
        for f in node.facts:
            out.print(f"  {f.prop}: [bold]{f.value}[/]  ({', '.join(f.articles)})", highlight=False)
            if f.evidence:
                out.print(f"      {f.evidence}", style="dim", highlight=False)
