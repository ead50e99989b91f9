"""CSV files for ``neo4j-admin database import``: nodes by label, relationships by type.

Import them into an empty database with the command :func:`import_command` prints, e.g.::

    neo4j-admin database import full neo4j --overwrite-destination \\
        --nodes=Person=Person.csv --nodes=Organization=Organization.csv … \\
        --relationships=MEMBER_OF=MEMBER_OF.csv --relationships=ROLE=ROLE.csv …
"""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from kg.errors import ExportError

_NODE_FIELDS = ("label", "title", "org", "kind", "date", "articles", "article_count")
_HEADERS = {"article_count": "article_count:int"}  # neo4j-admin reads a typed column by its header
_EDGE_FIELDS = ("role", "talk_title", "title", "article", "weight", "events")


def _rel_type(data: dict) -> str:
    return str(data.get("relation", "RELATED")).upper().replace(" ", "_").replace(";", "")


def write_neo4j(g: nx.Graph, folder: str | Path) -> list[str]:
    """Write one CSV per node label and relationship type into ``folder``; returns the file names."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        by_label: dict[str, list[tuple[str, dict]]] = {}
        for n, d in g.nodes(data=True):
            by_label.setdefault(str(d.get("type") or "Node"), []).append((n, d))
        for label, nodes in sorted(by_label.items()):
            name = f"{label}.csv"
            with open(folder / name, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(["iri:ID", *(_HEADERS.get(k, k) for k in _NODE_FIELDS), ":LABEL"])
                for n, d in sorted(nodes, key=lambda item: item[0]):
                    w.writerow([n, *("" if d.get(k) is None else d[k] for k in _NODE_FIELDS), label])
            written.append(name)
        by_type: dict[str, list[tuple[str, str, dict]]] = {}
        for u, v, d in g.edges(data=True):
            by_type.setdefault(_rel_type(d), []).append((u, v, d))
        for typ, edges in sorted(by_type.items()):
            name = f"{typ}.csv"
            with open(folder / name, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow([":START_ID", ":END_ID", *_EDGE_FIELDS, ":TYPE"])
                for u, v, d in sorted(edges, key=lambda e: (e[0], e[1], str(e[2].get("role", "")))):
                    w.writerow([u, v, *(d.get(k, "") or "" for k in _EDGE_FIELDS), typ])
            written.append(name)
    except OSError as e:
        raise ExportError(f"cannot write the Neo4j files into {folder}: {e.strerror or e}") from e
    return written


def import_command(files: list[str], database: str = "neo4j") -> str:
    """The ``neo4j-admin`` command that loads the files (run in the folder that holds them)."""
    nodes = " ".join(f"--nodes={f[:-4]}={f}" for f in files if f[:-4][:1].isupper() and not f[:-4].isupper())
    rels = " ".join(f"--relationships={f[:-4]}={f}" for f in files if f[:-4].isupper())
    return f"neo4j-admin database import full {database} --overwrite-destination {nodes} {rels}"
