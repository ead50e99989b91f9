// kg's explorer: the who-spoke-where network as /network lays it out, filtered in the page (event, series,
// organization, role, dates), a node's neighbours added on demand (/neighbours), a series' editions on a
// timeline. Every string from the store is written with textContent, never parsed as HTML.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const COLORS = { Person: "#4e79a7", Organization: "#f28e2b", Event: "#e15759", EventPart: "#76b7b2", EventSeries: "#b07aa1" };
  const SHAPES = { Person: "dot", Organization: "square", Event: "star", EventPart: "diamond", EventSeries: "triangle" };
  const FONTS = "'Noto Sans CJK KR', 'NanumGothic', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";
  const SIZES = { Event: 22, EventSeries: 18, Organization: 14, EventPart: 12, Person: 14 };
  let data = null;         // the last /network answer, with expanded neighbourhoods merged in
  let byId = new Map();    // node id -> node
  let network = null, nodes = null, edges = null;
  let serverFilters = "";  // the filters the server applied (a truncated answer is filtered there, not here)
  // a file written by `kg view who-spoke-where` carries its network in the page and asks no server anything
  const EMBEDDED = document.getElementById("kg-data");

  function status(text, error) { const s = $("status"); s.textContent = text; s.className = error ? "error" : ""; }

  function filters() {
    const roles = [...document.querySelectorAll("#f-roles input:checked")].map((i) => i.value);
    return { event: $("f-event").value, series: $("f-series").value, org: $("f-org").value,
             since: $("f-since").value, until: $("f-until").value, roles: roles };
  }
  // "/explore?limit=1000": how many nodes to ask for (the server caps it and says when it cut)
  const LIMIT = new URLSearchParams(location.search).get("limit");
  function query(f) {
    const p = new URLSearchParams();
    if (LIMIT && /^\d+$/.test(LIMIT)) p.set("limit", LIMIT);
    for (const k of ["event", "series", "org", "since", "until"]) if (f[k]) p.set(k, f[k]);
    for (const r of f.roles) p.append("role", r);
    return p.toString();
  }
  function filters0() { return { event: "", series: "", org: "", since: "", until: "", roles: [] }; }
  function empty(f) { return !f.event && !f.series && !f.org && !f.since && !f.until && !f.roles.length; }

  async function getJSON(url) {
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await res.text();
    if (!res.ok) throw new Error(res.status + ": " + body.trim());
    return JSON.parse(body);
  }

  function fill(select, facets) {
    const keep = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const f of facets) {
      const o = document.createElement("option");
      o.value = f.id; o.textContent = f.date ? f.label + " (" + f.date + ")" : f.label;
      select.append(o);
    }
    select.value = keep;
  }
  function facets(d) {
    fill($("f-event"), d.events); fill($("f-series"), d.series); fill($("f-org"), d.orgs);
    const group = $("f-roles");
    if (!group.childElementCount) {
      for (const r of ["keynote", "speaker", "panelist", "moderator"]) {
        const label = document.createElement("label"), box = document.createElement("input");
        box.type = "checkbox"; box.value = r; box.addEventListener("change", apply);
        label.append(box, " " + r); group.append(label);
      }
    }
  }

  async function load(f) {
    status("loading …");
    const q = query(f || filters0());
    try { data = EMBEDDED ? JSON.parse(EMBEDDED.textContent) : await getJSON("/network" + (q ? "?" + q : "")); }
    catch (e) { status(String(e.message || e), true); return; }
    serverFilters = f ? q : "";
    byId = new Map(data.nodes.map((n) => [n.id, n]));
    if (!f) facets(data);
    draw(data.nodes, data.edges);
    notice(data.nodes.length);
  }

  function notice(shown) {
    let text = shown + " nodes";
    if (data.truncated) text += " — the " + data.nodes.length + " best connected of " + data.total + "; narrow with the filters";
    status(text);
  }

  // the page's filters, as kg.export.networkx.apply_filters reads them
  function select(f) {
    if (empty(f)) return { nodes: data.nodes, edges: data.edges };
    const events = new Set(data.nodes.filter((n) => n.type === "Event" && (!f.event || n.id === f.event)
      && (!f.series || n.series.includes(f.series)) && (!f.since || (n.date && n.date >= f.since))
      && (!f.until || (n.date && n.date <= f.until))).map((n) => n.id));
    let roleEdges = data.edges.filter((e) => e.relation === "role" && events.has(e.event)
      && (!f.roles.length || f.roles.includes(e.role)));
    let people = new Set(roleEdges.map((e) => e.source));
    if (f.org) {
      const members = new Set(data.edges.filter((e) => e.relation === "member_of" && e.target === f.org).map((e) => e.source));
      people = new Set([...people].filter((p) => members.has(p)));
      roleEdges = roleEdges.filter((e) => people.has(e.source));
    }
    const keep = new Set([...events, ...people, ...roleEdges.map((e) => e.target)]);
    if (f.org) keep.add(f.org);
    for (const e of data.edges) {  // parts up to their events, people's organizations, events' series
      if ((e.relation === "part_of" && keep.has(e.source)) || (e.relation === "edition_of" && events.has(e.source))
          || (e.relation === "member_of" && people.has(e.source))) keep.add(e.target);
    }
    const roles = new Set(roleEdges);
    return { nodes: data.nodes.filter((n) => keep.has(n.id)),
             edges: data.edges.filter((e) => keep.has(e.source) && keep.has(e.target) && (e.relation !== "role" || roles.has(e))) };
  }

  function visNode(n) {
    const size = SIZES[n.type] || 14;
    const room = n.type === "Event" || n.type === "EventSeries" ? 14 : 24;  // an overview label stays short
    const label = n.label.length > room ? n.label.slice(0, room - 1) + "…" : n.label;
    return { id: n.id, label: label, kgLabel: label, kgDegree: n.degree, x: n.x, y: n.y,
             color: COLORS[n.type] || "#999", shape: SHAPES[n.type] || "dot", size: n.type === "Event" ? 22 : 10 + Math.min(12, n.degree),
             kgType: n.type, font: { size: size, face: FONTS, bold: n.type === "Event" }, title: [n.label, n.title, n.org, n.date].filter(Boolean).join("\n") };
  }
  function visEdge(e, k) {
    return { id: k, from: e.source, to: e.target, title: [e.role || e.relation, e.talk].filter(Boolean).join("\n"),
             dashes: e.relation === "member_of", arrows: e.relation === "role" ? "to" : "" };
  }

  function draw(ns, es) {
    if (network) { network.destroy(); network = null; }
    nodes = new vis.DataSet(ns.map(visNode));
    edges = new vis.DataSet(es.map(visEdge));
    lastScale = 0; fitScale = 0;
    network = new vis.Network($("net"), { nodes: nodes, edges: edges }, {
      physics: false,  // the layout is computed on the server: nothing runs in the tab after the first draw
      interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: ns.length > 300, navigationButtons: false },
      nodes: { borderWidth: 1 },
      edges: { color: { color: "rgba(120,130,140,0.22)", highlight: "#1d2530", hover: "#1d2530" }, smooth: false,
               width: 1, hoverWidth: 1.5, selectionWidth: 2 },
    });
    network.fit({ animation: false });
    legible();
    network.on("zoom", legible);
    network.on("click", (p) => details(p.nodes[0]));
    network.on("doubleClick", (p) => { if (p.nodes.length) expand(p.nodes[0]); });
    document.body.dataset.kgShown = String(ns.length);
    document.body.dataset.kgStable = "yes";  // drawn: the layout came with the data, nothing moves after this
    window.network = network; window.nodes = nodes;  // for a notebook's or a test's console
  }

  // events and series keep a legible label at any zoom (about 15 screen pixels); people, parts and
  // organizations show theirs once the zoom makes them legible (vis-network hides smaller labels)
  let lastScale = 0, fitScale = 0;
  function legible() {
    const scale = network.getScale();
    if (lastScale && Math.abs(scale - lastScale) / lastScale < 0.15) return;
    lastScale = scale;
    const size = Math.max(12, Math.min(60, 13 / scale));
    const named = nodes.get({ filter: (n) => n.kgType === "Event" || n.kgType === "EventSeries" });
    // neighbours in a row of events take turns writing their label below and above the star
    const rows = new Map();
    for (const n of named.filter((n) => n.kgType === "Event")) {
      const key = Math.round(n.y / 50);
      if (!rows.has(key)) rows.set(key, []);
      rows.get(key).push(n);
    }
    const above = new Set();
    for (const row of rows.values()) row.sort((a, b) => a.x - b.x).forEach((n, k) => { if (k % 2) above.add(n.id); });
    // as many labels as the canvas has room for (about 180 × 50 pixels each), the best-connected events first;
    // zooming in makes room for the others
    const box = $("net").getBoundingClientRect();
    if (!fitScale) fitScale = scale;
    const room = Math.floor(box.width * box.height / (180 * 50) * Math.pow(scale / fitScale, 2));
    const ranked = named.slice().sort((a, b) => b.kgDegree - a.kgDegree);
    const shown = new Set(ranked.slice(0, Math.max(room, 1)).map((n) => n.id));
    nodes.update(named.map((n) => ({ id: n.id, label: shown.has(n.id) ? n.kgLabel : " ",
      font: { size: n.kgType === "Event" ? size : size * 0.85, face: FONTS,
              bold: n.kgType === "Event", vadjust: above.has(n.id) ? -(2 * size + 50) : 0 } })));
  }

  function apply() {
    const f = filters();
    timeline(f.series);
    if (!EMBEDDED && (data && data.truncated || serverFilters)) { load(empty(f) ? null : f); return; }  // the server has what the page lacks
    const s = select(f);
    draw(s.nodes, s.edges);
    notice(s.nodes.length);
  }

  function details(id) {
    const panel = $("details");
    panel.replaceChildren();
    const n = byId.get(id);
    if (!n) { panel.hidden = true; return; }
    const h = document.createElement("h2"); h.textContent = n.label; panel.append(h);
    const line = (text, cls) => { const p = document.createElement("div"); p.textContent = text; if (cls) p.className = cls; panel.append(p); };
    line([n.kind || n.type, n.date].filter(Boolean).join(" · "), "muted");
    if (n.title || n.org) line([n.title, n.org].filter(Boolean).join(" · "));
    for (const e of data.edges) {
      if (e.source !== id || e.relation !== "role") continue;
      const target = byId.get(e.target);
      line(e.role + " — " + (target ? target.label : e.target) + (e.talk ? " «" + e.talk + "»" : ""));
    }
    if (n.page && n.page.startsWith("/id/")) {
      const a = document.createElement("a"); a.href = n.page; a.textContent = "the page of " + n.label + " (every fact with its sentence)";
      const p = document.createElement("p"); p.append(a); panel.append(p);
    }
    const b = document.createElement("button"); b.type = "button"; b.textContent = "Expand"; b.id = "expand";
    b.addEventListener("click", () => expand(id)); panel.append(b);
    panel.hidden = false;
  }

  function around(id) {  // a file's own data: the node and its neighbours, as /neighbours would give them
    const near = new Set([id]);
    const es = data.edges.filter((e) => e.source === id || e.target === id);
    es.forEach((e) => { near.add(e.source); near.add(e.target); });
    return { nodes: data.nodes.filter((n) => near.has(n.id)), edges: es };
  }

  async function expand(id) {
    let more;
    status("expanding …");
    try { more = EMBEDDED ? around(id) : await getJSON("/neighbours?node=" + encodeURIComponent(id)); }
    catch (e) { status(String(e.message || e), true); return; }
    const center = byId.get(id) || more.nodes.find((n) => n.id === id);
    const fresh = more.nodes.filter((n) => !byId.has(n.id));
    const hidden = more.nodes.filter((n) => byId.has(n.id) && !nodes.get(n.id));  // filtered out: shown again
    hidden.forEach((n) => nodes.add(visNode(n)));
    fresh.forEach((n, k) => {  // new nodes on a ring around the one expanded
      const a = 2 * Math.PI * k / Math.max(1, fresh.length), r = 120 + 6 * fresh.length;
      n.x = (center ? center.x : 0) + r * Math.cos(a); n.y = (center ? center.y : 0) + r * Math.sin(a);
      byId.set(n.id, n); data.nodes.push(n); nodes.add(visNode(n));
    });
    const seen = new Set(data.edges.map((e) => e.source + "\u0000" + e.target + "\u0000" + e.relation + "\u0000" + e.role));
    for (const e of more.edges) {
      const key = e.source + "\u0000" + e.target + "\u0000" + e.relation + "\u0000" + e.role;
      if (seen.has(key)) continue;
      seen.add(key); data.edges.push(e);
      if (nodes.get(e.source) && nodes.get(e.target)) edges.add(visEdge(e, "x" + data.edges.length));
    }
    for (const e of more.edges) {  // edges to nodes that were filtered out and are shown again
      if (hidden.some((n) => n.id === e.source || n.id === e.target) && nodes.get(e.source) && nodes.get(e.target))
        edges.update(visEdge(e, "h" + e.source + "\u0000" + e.target + "\u0000" + e.relation + "\u0000" + e.role));
    }
    if (!nodes.get(id) && center) nodes.add(visNode(center));
    network.selectNodes([id]); network.focus(id, { scale: 1, animation: false }); legible();
    document.body.dataset.kgShown = String(nodes.length);
    status((fresh.length + hidden.length) + " nodes added around " + (center ? center.label : id));
  }

  function timeline(seriesId) {
    const box = $("timeline");
    box.replaceChildren();
    const s = seriesId && data ? data.series.find((x) => x.id === seriesId) : null;
    if (!s) { box.hidden = true; return; }
    const title = document.createElement("div"); title.className = "title"; title.textContent = s.label + " — editions";
    const axis = document.createElement("div"); axis.className = "axis";
    box.append(title, axis);
    const dated = s.editions.filter((e) => e.date).sort((a, b) => a.date < b.date ? -1 : 1);
    const t = dated.map((e) => Date.parse(e.date)), lo = Math.min(...t), hi = Math.max(...t);
    dated.forEach((e, k) => {
      const dot = document.createElement("button"); dot.type = "button"; dot.className = "edition";
      dot.title = e.label + " · " + e.date;
      const frac = hi > lo ? (t[k] - lo) / (hi - lo) : 0.5;
      dot.style.left = "calc(20px + (100% - 40px) * " + frac.toFixed(4) + ")";
      const label = document.createElement("span"); label.textContent = e.date; dot.append(label);
      dot.addEventListener("click", () => { $("f-event").value = e.event; apply(); });
      box.append(dot);
    });
    if (!dated.length) { const p = document.createElement("div"); p.className = "title"; p.style.top = "30px"; p.textContent = "no edition has a date"; box.append(p); }
    box.hidden = false;
  }

  let searching = 0;
  async function search() {
    const text = $("search").value.trim(), ticket = ++searching, list = $("found");
    if (!text) { list.replaceChildren(); return; }
    let found;
    if (EMBEDDED) {  // a file searches its own names
      const needle = text.toLowerCase(), kinds = { Person: "person", Organization: "organization", Event: "event",
        EventPart: "part", EventSeries: "series" };
      found = data.nodes.filter((n) => n.label.toLowerCase().includes(needle)).sort((a, b) => a.label.length - b.label.length)
        .slice(0, 20).map((n) => ({ iri: n.id, label: n.label, kind: kinds[n.type] || n.type }));
    } else {
      try { found = await getJSON("/search?q=" + encodeURIComponent(text)); } catch (e) { return; }
    }
    if (ticket !== searching) return;  // a later keystroke asked again
    list.replaceChildren(...found.map((f) => {
      const li = document.createElement("li"), b = document.createElement("button");
      b.type = "button"; b.textContent = f.label; b.className = "found";
      const kind = document.createElement("span"); kind.className = "kind"; kind.textContent = f.kind; b.append(kind);
      b.addEventListener("click", () => {
        if (nodes && nodes.get(f.iri)) { network.selectNodes([f.iri]); network.focus(f.iri, { scale: 1.2, animation: false }); legible(); details(f.iri); }
        else expand(f.iri).then(() => details(f.iri));
      });
      li.append(b); return li;
    }));
  }

  for (const id of ["f-event", "f-series", "f-org", "f-since", "f-until"]) $(id).addEventListener("change", apply);
  $("reset").addEventListener("click", () => {
    for (const id of ["f-event", "f-series", "f-org", "f-since", "f-until"]) $(id).value = "";
    document.querySelectorAll("#f-roles input").forEach((i) => { i.checked = false; });
    apply();
  });
  $("search").addEventListener("input", search);
  load(null);
})();
