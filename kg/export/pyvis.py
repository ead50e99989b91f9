"""Interactive network views (pyvis / vis-network) written as one self-contained HTML file.

pyvis 0.3.2 loads Bootstrap from a CDN even in its ``in_line`` mode; the file written here has
every script and style inline, so it opens offline. Labels and tooltips come from news text:
pyvis serialises them with Jinja's ``tojson`` (which escapes ``<``, ``>`` and ``&``), vis-network 9
shows string tooltips as text, and the details panel builds its content with DOM text nodes, so a
``<script>`` in an article shows as text and never runs.
"""

from __future__ import annotations

import json
import re
from html import escape as html_escape
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from kg.errors import ExportError
from kg.export.networkx import Filters, to_networkx
from kg.formats import View
from kg.store import GraphStore

COLORS = {"Person": "#4e79a7", "Organization": "#f28e2b", "Event": "#e15759", "EventPart": "#76b7b2",
          "EventSeries": "#b07aa1"}
SHAPES = {"Person": "dot", "Organization": "square", "Event": "star", "EventPart": "diamond", "EventSeries": "triangle"}
MAX_NODES = 2500  # beyond this a browser takes too long to lay the graph out: filter, use ego, or export GEXF
_EXTERNAL = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)\s*=\s*[\"']?(?:https?:)?//[^>]*>(?:\s*</script>)?", re.I)
_TITLES = {View.WHO_SPOKE_WHERE: "Who spoke where", View.ORG_NETWORK: "Organizations that work together",
           View.PERSON_NETWORK: "People who spoke at the same events", View.EGO: "Neighbourhood",
           View.FULL: "Industry-AI events"}
CJK_FONTS = ("'Noto Sans CJK KR', 'Noto Sans KR', 'NanumGothic', 'NanumBarunGothic', 'Apple SD Gothic Neo', "
             "'Malgun Gothic', 'Source Han Sans K', sans-serif")
_PANEL = """
<div id="kg-details" style="position:fixed;right:1em;top:4em;max-width:28em;background:#fff;border:1px solid #ccc;
 padding:.6em;font-size:13px;display:none;z-index:10"></div>
<script>
function kgShowDetails(params) {
  var panel = document.getElementById("kg-details");
  while (panel.firstChild) { panel.removeChild(panel.firstChild); }
  if (!params.nodes.length) { panel.style.display = "none"; return; }
  var node = nodes.get(params.nodes[0]);
  var head = document.createElement("b");
  head.textContent = node.label;
  panel.appendChild(head);
  (node.details || []).forEach(function (line) {
    var p = document.createElement("div"); p.textContent = line; panel.appendChild(p);
  });
  (node.links || []).forEach(function (link) {
    var p = document.createElement("div");
    if (/^https?:\\/\\//.test(link.url)) {
      var a = document.createElement("a"); a.href = link.url; a.textContent = link.id; a.target = "_blank";
      a.rel = "noopener noreferrer"; p.appendChild(a);
    } else { p.textContent = link.id; }
    panel.appendChild(p);
  });
  panel.style.display = "block";
}
function kgSearch(text) {
  text = text.trim().toLowerCase();
  var found = document.getElementById("kg-found");
  if (!text) { network.unselectAll(); found.textContent = ""; return; }
  var ids = nodes.get({filter: function (n) {
    var full = String(n.title || n.label).split("\\n")[0].toLowerCase();
    return !n.hidden && (full.indexOf(text) >= 0 || String(n.label).toLowerCase().indexOf(text) >= 0);
  }}).map(function (n) { return n.id; });
  network.selectNodes(ids);
  found.textContent = ids.length + (ids.length === 1 ? " node" : " nodes");
  if (ids.length) { network.focus(ids[0], {scale: 1.2, animation: false}); kgShowDetails({nodes: [ids[0]]}); }
}
function kgFilter() {
  var shown = {};
  document.querySelectorAll("input.kg-type").forEach(function (box) { shown[box.value] = box.checked; });
  nodes.update(nodes.get().map(function (n) { return {id: n.id, hidden: shown[n.kgType] === false}; }));
}
</script>"""


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _details(d: dict) -> list[str]:
    lines = [d.get("kind") or d.get("type", "")]
    if d.get("title") or d.get("org"):
        lines.append(" · ".join(x for x in (d.get("title"), d.get("org")) if x))
    if d.get("date"):
        lines.append(d["date"])
    return [x for x in lines if x]


def build_network(g: nx.Graph) -> Network:
    """A pyvis network of ``g``: colour and shape by type, size by degree, labelled edges."""
    directed = g.is_directed()
    net = Network(height="900px", width="100%", directed=directed, cdn_resources="in_line")
    net.heading = ""  # the page gets one heading, from _legend()
    urls = g.graph.get("article_urls", {})
    degree = dict(g.degree())
    top = max(degree.values(), default=1) or 1
    roles: dict[str, list[str]] = {}
    for u, v, d in g.edges(data=True):
        if d.get("role"):
            roles.setdefault(u, []).append(f"{d['role']} at {g.nodes[v].get('label', v)}")
    for n, d in g.nodes(data=True):
        typ = d.get("type", "")
        articles = [a for a in str(d.get("articles", "")).split("; ") if a]
        details = _details(d) + sorted(set(roles.get(n, [])))
        more = int(d.get("article_count", len(articles)) or 0) - len(articles)
        tooltip = "\n".join([d.get("label", n), *details, *(f"source: {a}" for a in articles),
                             *([f"… and {more} more articles"] if more > 0 else [])])
        net.add_node(n, label=_short(d.get("label", n), 40), title=tooltip, color=COLORS.get(typ, "#999999"), kgType=typ,
                     shape=SHAPES.get(typ, "dot"), size=10 + 25 * degree[n] / top, details=details,
                     links=[{"id": a, "url": urls.get(a, "")} for a in articles])
    for u, v, d in g.edges(data=True):
        role = d.get("role") or d.get("relation", "")
        talk = d.get("talk_title") or ""
        label = f"{role}\n{_short(talk)}" if talk else role
        tip = "\n".join(x for x in (role, talk, d.get("title"), d.get("events"),
                                    f"source: {d['article']}" if d.get("article") else "") if x)
        weight = float(d.get("weight", 1) or 1)
        net.add_edge(u, v, label=label if g.number_of_edges() <= 600 else "", title=tip or role,
                     width=min(1 + weight, 8), arrows="to" if directed else "")
    big = g.number_of_nodes() > 150
    net.set_options(json.dumps({
        "layout": {"improvedLayout": not big},
        "physics": {"stabilization": {"enabled": True, "iterations": _iterations(g.number_of_nodes()),
                                      "updateInterval": 50},
                    "barnesHut": {"gravitationalConstant": -8000, "springLength": 160, "damping": 0.3}},
        "nodes": {"font": {"face": CJK_FONTS}},  # node labels are drawn on a canvas: name the Korean fonts
        "edges": {"font": {"size": 10, "align": "middle", "multi": False, "face": CJK_FONTS}, "smooth": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big},
    }))
    return net


# the layout's work before physics stops, in node-iterations: each iteration costs about as much as the
# nodes it moves, so a large page gets fewer (2,000 nodes: 100, settled in about 3 s in headless Chromium)
_LAYOUT_BUDGET = 200_000
_MIN_ITERATIONS, _MAX_ITERATIONS = 100, 300


def _iterations(nodes: int) -> int:
    """Stabilization iterations for a page of ``nodes``: 300 up to 150 nodes, then a fixed budget of
    node-iterations (never under 100, so a large layout still untangles its hubs)."""
    if nodes <= 150:
        return _MAX_ITERATIONS
    return max(_MIN_ITERATIONS, min(200, _LAYOUT_BUDGET // nodes))


def _legend(heading: str, types: set[str]) -> str:
    """The page's heading, a search box over the names, and one check box per node type that shows or
    hides that type (the filters act in the page)."""
    items = "".join(f'<label style="margin-right:1em"><input type="checkbox" class="kg-type" value="{t}" checked '
                    f'onchange="kgFilter()"><span style="display:inline-block;width:.8em;height:.8em;'
                    f'background:{c};margin:0 .3em"></span>{t}</label>' for t, c in COLORS.items() if t in types)
    return (f'<div id="kg-legend" style="font-size:14px;padding:.5em"><b style="font-size:18px;'
            f'margin-right:2em">{html_escape(heading)}</b>'
            '<input id="kg-search" type="search" placeholder="search a name" autocomplete="off" '
            'oninput="kgSearch(this.value)" style="margin-right:.5em">'
            f'<span id="kg-found" style="color:#777;margin-right:1.5em"></span>{items}'
            f'<span style="color:#777">click a node for details</span></div>')


def _too_big(nodes: int) -> str:
    return (f"the view has {nodes} nodes, more than a browser lays out in reasonable time ({MAX_NODES}); narrow it "
            "with --event, --org, --since/--until or --role, view one node's neighbourhood with `kg view ego NAME`, "
            "or open `kg export --format gexf` in Gephi (`kg serve` explores any size: it sends the best-connected "
            "nodes)")


def render_html(g: nx.Graph, *, heading: str = "") -> str:
    """Self-contained HTML for ``g`` (no external script or stylesheet)."""
    if g.number_of_nodes() > MAX_NODES:
        raise ExportError(_too_big(g.number_of_nodes()))
    html = build_network(g).generate_html()
    html = _EXTERNAL.sub("", re.sub(r"<!--.*?-->", "", html, flags=re.S))
    # stop physics once the layout settled, so large graphs do not keep the browser busy; details on click
    html = html.replace("return network;", 'network.once("stabilizationIterationsDone", function () '
                        '{ network.setOptions({physics: false}); document.body.dataset.kgStable = "yes"; });\n'
                        '                  network.on("click", kgShowDetails);\n'
                        '                  return network;', 1)
    html = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", html)
    types = {str(d.get("type", "")) for _n, d in g.nodes(data=True)}
    html = html.replace("<body>", "<body>\n" + _legend(heading, types) + _PANEL, 1)
    # Korean names: say the page's language, and name the CJK fonts a machine may have before the generic one
    html = re.sub(r"<html(?![^>]*\blang=)", '<html lang="ko"', html, count=1)
    html = html.replace("</head>", f"<style>body {{ font-family: {CJK_FONTS}; }}</style>\n</head>", 1)
    if _EXTERNAL.search(html):
        raise ExportError("the view still references an external script or stylesheet")
    return html


def write_view(store: GraphStore, out: str | Path, view: View = View.WHO_SPOKE_WHERE, *,
               filters: Filters | None = None, focus: str | None = None, hops: int = 1) -> int:
    """Write a view of the store to ``out``; returns the number of nodes drawn. ``who-spoke-where`` is
    the explorer of ``kg serve`` as one file (:func:`kg.export.explorer.explorer_html`): laid out by event,
    with a search box and filters in the page; the other views are pyvis networks."""
    if view is View.WHO_SPOKE_WHERE:
        from kg.export.explorer import explorer_html, who_spoke_where

        network = who_spoke_where(store, filters, limit=MAX_NODES + 1)
        if network.truncated:
            raise ExportError(_too_big(network.total))
        html, drawn = explorer_html(network), len(network.nodes)
    else:
        g = to_networkx(store, view, filters=filters, focus=focus, hops=hops)
        heading = _TITLES[view] + (f": {focus}" if focus else "")
        html, drawn = render_html(g, heading=heading), g.number_of_nodes()
    try:
        Path(out).write_text(html, encoding="utf-8")
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}") from e
    return drawn


def vis_network_js() -> bytes:
    """The vis-network script pyvis ships (9.1.2): served by ``kg serve`` to its query page, so the page
    draws graphs offline with the library the static views use."""
    from importlib import resources

    return (resources.files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.min.js").read_bytes()

