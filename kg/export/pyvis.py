"""Interactive network views (pyvis / vis-network) written as one self-contained HTML file.

pyvis 0.3.2 loads Bootstrap from a CDN even in its ``in_line`` mode; the file written here has
every script and style inline, so it opens offline. Labels and tooltips come from news text:
pyvis serialises them with Jinja's ``tojson`` (which escapes ``<``, ``>`` and ``&``), and
vis-network 9 shows string tooltips as text, never as HTML.
"""

from __future__ import annotations

import re
from html import escape as html_escape
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from kg.errors import ExportError
from kg.export.networkx import to_networkx
from kg.formats import View
from kg.store import GraphStore

COLORS = {"Person": "#4e79a7", "Organization": "#f28e2b", "Event": "#e15759", "EventPart": "#76b7b2",
          "EventSeries": "#b07aa1"}
SHAPES = {"Person": "dot", "Organization": "square", "Event": "star", "EventPart": "diamond", "EventSeries": "triangle"}
_EXTERNAL = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)\s*=\s*[\"']?(?:https?:)?//[^>]*>(?:\s*</script>)?", re.I)


def _tooltip(data: dict, urls: dict[str, str]) -> str:
    lines = [f"{data.get('label', '')} ({data.get('kind') or data.get('type', '')})"]
    if data.get("title") or data.get("org"):
        lines.append(" · ".join(x for x in (data.get("title"), data.get("org")) if x))
    articles = [a for a in str(data.get("articles", "")).split("; ") if a]
    for a in articles:
        lines.append(f"source: {a}" + (f" <{urls[a]}>" if a in urls else ""))
    return "\n".join(lines)


def build_network(g: nx.MultiDiGraph) -> Network:
    """A pyvis network of ``g``: colour and shape by type, size by degree, labelled edges."""
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    net.heading = ""  # the page gets one heading, from _legend()
    urls = g.graph.get("article_urls", {})
    for n, d in g.nodes(data=True):
        typ = d.get("type", "")
        net.add_node(n, label=d.get("label", n), title=_tooltip(d, urls), color=COLORS.get(typ, "#999999"),
                     shape=SHAPES.get(typ, "dot"), size=10 + 3 * min(g.degree(n), 12))
    for u, v, d in g.edges(data=True):
        label = d.get("role") or d.get("type", "")
        tip = "\n".join(x for x in (label, d.get("talk_title"), d.get("title"),
                                    f"source: {d['article']}" if d.get("article") else "") if x)
        net.add_edge(u, v, label=label, title=tip or label, arrows="to")
    net.set_options("""{
      "physics": {"stabilization": {"enabled": true, "iterations": 300},
                  "barnesHut": {"gravitationalConstant": -8000, "springLength": 160}},
      "edges": {"font": {"size": 10, "align": "middle"}, "smooth": false},
      "interaction": {"hover": true, "tooltipDelay": 150}
    }""")
    return net


def _legend(heading: str) -> str:
    items = "".join(f'<span style="margin-right:1em"><span style="display:inline-block;width:.8em;height:.8em;'
                    f'background:{c};margin-right:.3em"></span>{t}</span>' for t, c in COLORS.items())
    return (f'<div id="kg-legend" style="font:14px sans-serif;padding:.5em"><b style="font-size:18px;'
            f'margin-right:2em">{html_escape(heading)}</b>{items}</div>')


def render_html(g: nx.MultiDiGraph, *, heading: str = "") -> str:
    """Self-contained HTML for ``g`` (no external script or stylesheet)."""
    html = build_network(g).generate_html()
    html = _EXTERNAL.sub("", re.sub(r"<!--.*?-->", "", html, flags=re.S))
    # stop physics once the layout settled, so large graphs do not keep the browser busy
    html = html.replace("return network;", 'network.once("stabilizationIterationsDone", function () '
                        '{ network.setOptions({physics: false}); });\n                  return network;', 1)
    html = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", html)
    html = html.replace("<body>", "<body>\n" + _legend(heading), 1)
    if _EXTERNAL.search(html):
        raise ExportError("the view still references an external script or stylesheet")
    return html


def write_view(store: GraphStore, out: str | Path, view: View = View.WHO_SPOKE_WHERE) -> int:
    """Write a view of the store to ``out``; returns the number of nodes drawn."""
    g = to_networkx(store, view)
    titles = {View.WHO_SPOKE_WHERE: "Who spoke where", View.FULL: "Industry-AI events"}
    try:
        Path(out).write_text(render_html(g, heading=titles[view]), encoding="utf-8")
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e
    return g.number_of_nodes()
