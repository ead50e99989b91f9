"""Graph files from a networkx projection: GraphML, GEXF, node-link JSON, Cytoscape.js JSON."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.errors import ExportError
from kg.formats import ExportFormat


def _scalar_graph(g: nx.Graph) -> nx.Graph:
    """A copy whose attributes every format can hold (no None, no dicts; graph attributes dropped)."""
    h = g.__class__()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: ("" if v is None else v) for k, v in d.items()})
    edges = g.edges(keys=True, data=True) if isinstance(g, nx.MultiGraph) else g.edges(data=True)
    for e in edges:
        *ends, d = e
        h.add_edge(*ends, **{a: ("" if b is None else b) for a, b in d.items()})
    return h


def write_graph(g: nx.Graph, fmt: ExportFormat, out: str | Path) -> None:
    """Write ``g`` as a GraphML, GEXF, node-link or Cytoscape.js file."""
    h = _scalar_graph(g)
    try:
        if fmt is ExportFormat.GRAPHML:
            nx.write_graphml(h, str(out))
        elif fmt is ExportFormat.GEXF:
            nx.write_gexf(h, str(out))  # Gephi shows each node's 'label' attribute
        elif fmt is ExportFormat.NODELINK:
            data = nx.node_link_data(h, edges="links")
            Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        elif fmt is ExportFormat.CYTOSCAPE:
            data = nx.cytoscape_data(h, name="label", ident="id")
            Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            raise ExportError(f"{fmt.value} is not a graph-file format")
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e
