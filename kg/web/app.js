// kg's query page: a SPARQL editor with highlighting, kg's canned queries as examples, and the answer
// as a table or a graph. Every value from the store is written with textContent, never parsed as HTML.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const query = $("query"), code = document.querySelector("#highlight code");
  const KEYWORDS = new Set(("select distinct reduced where filter optional union minus graph service bind values " +
    "as from named prefix base construct describe ask order by asc desc limit offset group having count sum " +
    "min max avg sample group_concat separator exists not in a true false str lang langmatches datatype bound " +
    "iri uri bnode regex replace contains strstarts strends lcase ucase strlen concat if coalesce year month day " +
    "now isiri isuri isliteral isblank").split(" "));
  const TOKEN = /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$][\w\u00C0-\uFFFF]+)|((?:[A-Za-z][\w-]*)?:[\w.\-\u00C0-\uFFFF]*)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_]+)/g;
  const CLASSES = [null, "tok-com", "tok-str", "tok-iri", "tok-var", "tok-pn", "tok-num", "tok-kw"];
  let prefixes = {};  // prefix -> namespace, to shorten IRIs in the table
  let last = null;    // the last answer: {kind, vars, rows} or {kind: "graph", triples}
  let network = null;

  function highlight() {
    const text = query.value;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const m of text.matchAll(TOKEN)) {
      let cls = null;
      for (let g = 1; g < CLASSES.length; g++) if (m[g] !== undefined) { cls = CLASSES[g]; break; }
      if (cls === "tok-kw" && !KEYWORDS.has(m[0].toLowerCase())) cls = null;
      if (m.index > at) frag.append(text.slice(at, m.index));
      if (cls) { const s = document.createElement("span"); s.className = cls; s.textContent = m[0]; frag.append(s); }
      else frag.append(m[0]);
      at = m.index + m[0].length;
    }
    frag.append(text.slice(at) + "\n");
    code.replaceChildren(frag);
    syncScroll();
  }
  function syncScroll() { const pre = $("highlight"); pre.scrollTop = query.scrollTop; pre.scrollLeft = query.scrollLeft; }

  function form(text) {
    const bare = text.replace(/#[^\n]*/g, " ").replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|<[^<>\s]*>/g, " ");
    const m = bare.match(/\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i);
    return m ? m[1].toUpperCase() : "SELECT";
  }

  function status(text, error) { const s = $("status"); s.textContent = text; s.className = error ? "error" : ""; }

  async function run() {
    const text = query.value, kind = form(text);
    const accept = kind === "SELECT" || kind === "ASK" ? "application/sparql-results+json" : "application/n-triples";
    status("running …");
    const started = performance.now();
    let res;
    try {
      res = await fetch("/sparql", { method: "POST", body: new URLSearchParams({ query: text }), headers: { Accept: accept } });
    } catch (e) { status("the endpoint did not answer: " + e, true); return; }
    const body = await res.text();
    if (!res.ok) { status(res.status + ": " + body.trim(), true); return; }
    const ms = Math.round(performance.now() - started);
    if (kind === "SELECT" || kind === "ASK") {
      const json = JSON.parse(body);
      last = "boolean" in json ? { kind: "ask", vars: ["answer"], rows: [{ answer: { type: "literal", value: String(json.boolean) } }] }
        : { kind: "table", vars: json.head.vars, rows: json.results.bindings };
      status(last.rows.length + " row" + (last.rows.length === 1 ? "" : "s") + " in " + ms + " ms");
    } else {
      const triples = parseNTriples(body);
      last = { kind: "graph", vars: ["subject", "predicate", "object"], triples,
               rows: triples.map(([s, p, o]) => ({ subject: s, predicate: p, object: o })) };
      status(triples.length + " triple" + (triples.length === 1 ? "" : "s") + " in " + ms + " ms");
    }
    drawTable();
    if (!$("graph-view").hidden) drawGraph();
  }

  function unescapeLiteral(s) {
    return s.replace(/\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})|\\(.)/g, (_m, u, U, c) =>
      u ? String.fromCharCode(parseInt(u, 16)) : U ? String.fromCodePoint(parseInt(U, 16))
        : ({ n: "\n", r: "\r", t: "\t" }[c] || c));
  }
  const NT = /^(<[^>]*>|_:\S+)\s+<([^>]*)>\s+(<[^>]*>|_:\S+|"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?)\s*\.\s*$/;
  function term(t) {
    if (t.startsWith("<")) return { type: "uri", value: t.slice(1, -1) };
    return { type: "bnode", value: t.slice(2) };
  }
  function parseNTriples(text) {
    const out = [];
    for (const line of text.split("\n")) {
      const m = line.match(NT);
      if (!m) continue;
      const o = m[4] !== undefined ? { type: "literal", value: unescapeLiteral(m[4]), "xml:lang": m[5], datatype: m[6] } : term(m[3]);
      out.push([term(m[1]), { type: "uri", value: m[2] }, o]);
    }
    return out;
  }

  function short(iri) {
    for (const [p, ns] of Object.entries(prefixes)) if (iri.startsWith(ns) && iri.length > ns.length) return p + ":" + iri.slice(ns.length);
    return "<" + iri + ">";
  }

  function drawTable() {
    const view = $("table-view");
    if (!last) { view.replaceChildren(); return; }
    const table = document.createElement("table"), head = table.createTHead().insertRow();
    for (const v of last.vars) { const th = document.createElement("th"); th.textContent = v; head.append(th); }
    const body = table.createTBody();
    const shown = last.rows.slice(0, 5000);
    for (const row of shown) {
      const tr = body.insertRow();
      for (const v of last.vars) {
        const td = tr.insertCell(), b = row[v];
        if (!b) continue;
        if (b.type === "uri") {
          td.className = "iri"; td.title = b.value;
          const local = prefixes.kgr && b.value.startsWith(prefixes.kgr) && /^(person|org|event)\//.test(b.value.slice(prefixes.kgr.length));
          if (local) {  // an entity kg minted: its page on this server
            const a = document.createElement("a"); a.href = "/id/" + b.value.slice(prefixes.kgr.length); a.textContent = short(b.value);
            td.append(a);
          } else td.textContent = short(b.value);
        }
        else {
          td.textContent = b.value;
          if (b["xml:lang"]) { const l = document.createElement("span"); l.className = "lang"; l.textContent = "@" + b["xml:lang"]; td.append(l); }
        }
      }
    }
    $("notice").textContent = last.rows.length > shown.length ? "the table shows the first " + shown.length + " rows" : "";
    view.replaceChildren(table);
  }

  const MAX_NODES = 400;
  function graphOf(answer) {
    const nodes = new Map(), edges = new Map();
    const node = (b, label) => {
      const id = b.type + ":" + b.value;
      if (!nodes.has(id)) nodes.set(id, { id, label: label || (b.type === "uri" ? short(b.value) : b.value), title: b.value, degree: 0 });
      else if (label) nodes.get(id).label = label;
      return id;
    };
    const edge = (a, b, label) => {
      const key = a + "\u0000" + b + "\u0000" + label;
      if (!edges.has(key)) { edges.set(key, { from: a, to: b, label }); nodes.get(a).degree++; nodes.get(b).degree++; }
    };
    if (answer.kind === "graph") {
      const names = new Map();
      for (const [s, p, o] of answer.triples)
        if (o.type === "literal" && /(?:schema\.org\/name|rdf-schema#label)$/.test(p.value)) names.set(s.value, o.value);
      for (const [s, p, o] of answer.triples) {
        if (o.type === "literal") continue;
        edge(node(s, names.get(s.value)), node(o, names.get(o.value)), short(p.value));
      }
    } else {
      for (const row of answer.rows) {
        const iris = answer.vars.filter((v) => row[v] && row[v].type !== "literal");
        const label = (v) => { const n = row[v + "Name"] || row[v + "Label"]; return n ? n.value : undefined; };
        const ids = iris.map((v) => [v, node(row[v], label(v))]);
        const role = answer.vars.find((v) => /role$/i.test(v) && row[v] && row[v].type === "literal");
        for (let k = 1; k < ids.length; k++) edge(ids[0][1], ids[k][1], role ? row[role].value : ids[k][0]);
        if (ids.length === 1) node(row[iris[0]], label(iris[0]));
      }
    }
    let kept = [...nodes.values()];
    let notice = "";
    if (kept.length > MAX_NODES) {  // a large answer: the best connected nodes, never a frozen tab
      kept = kept.sort((a, b) => b.degree - a.degree).slice(0, MAX_NODES);
      notice = "the graph shows the " + MAX_NODES + " best connected of " + nodes.size + " nodes";
    }
    const keep = new Set(kept.map((n) => n.id));
    return { nodes: kept, edges: [...edges.values()].filter((e) => keep.has(e.from) && keep.has(e.to)), notice };
  }

  function drawGraph() {
    const view = $("graph-view");
    if (network) { network.destroy(); network = null; }
    if (!last || typeof vis === "undefined") return;
    const g = graphOf(last);
    $("notice").textContent = g.notice;
    network = new vis.Network(view, { nodes: new vis.DataSet(g.nodes), edges: new vis.DataSet(g.edges) }, {
      nodes: { shape: "dot", size: 12, font: { face: "Noto Sans CJK KR, NanumGothic, Apple SD Gothic Neo, Malgun Gothic, sans-serif", size: 14 } },
      edges: { arrows: "to", font: { size: 10, align: "middle" }, color: { opacity: 0.5 } },
      physics: { stabilization: { iterations: 200 }, barnesHut: { gravitationalConstant: -6000, springLength: 140 } },
      layout: { improvedLayout: g.nodes.length <= 150 },
    });
    view.dataset.nodes = String(g.nodes.length);
  }

  function tab(which) {
    const graph = which === "graph";
    $("table-view").hidden = graph; $("graph-view").hidden = !graph;
    $("tab-table").setAttribute("aria-selected", String(!graph)); $("tab-graph").setAttribute("aria-selected", String(graph));
    if (graph) drawGraph(); else drawTable();
  }

  async function loadExamples() {
    const res = await fetch("/queries");
    const data = await res.json();
    prefixes = data.prefixes;
    const select = $("examples");
    for (const q of data.queries) {
      const o = document.createElement("option");
      o.value = q.name; o.textContent = q.name; o.title = q.description;
      select.append(o);
    }
    select.addEventListener("change", () => {
      const q = data.queries.find((x) => x.name === select.value);
      if (!q) return;
      query.value = q.sparql; $("description").textContent = q.description; highlight();
    });
  }

  let searching = 0;
  async function find() {  // search as you type: names and aliases, each a link to the entity's page
    const text = $("search").value.trim(), ticket = ++searching;
    if (!text) { $("found").replaceChildren(); return; }
    const res = await fetch("/search?q=" + encodeURIComponent(text));
    if (ticket !== searching || !res.ok) return;  // a later keystroke asked again
    const items = (await res.json()).map((f) => {
      const li = document.createElement("li"), a = document.createElement(f.page ? "a" : "span");
      if (f.page) a.href = f.page;
      a.textContent = f.label;
      const kind = document.createElement("span"); kind.className = "kind"; kind.textContent = f.kind;
      li.append(a, kind);
      return li;
    });
    $("found").replaceChildren(...items);
  }
  let timer = 0;
  $("search").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(find, 200); });

  query.addEventListener("input", highlight);
  query.addEventListener("scroll", syncScroll);
  query.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });
  $("run").addEventListener("click", run);
  $("tab-table").addEventListener("click", () => tab("table"));
  $("tab-graph").addEventListener("click", () => tab("graph"));
  highlight();
  loadExamples().catch((e) => status("could not load the examples: " + e, true));
})();
