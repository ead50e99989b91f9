"""How long a large static view takes to draw and settle in a real browser (issue #14: ≤ 5 s at 2,000 nodes).

Renders random scale-free graphs (the shape of a person or organization network: a few hubs, many leaves)
with ``kg.export.pyvis.render_html``, opens each in Debian's Chromium through Playwright with the network
cut off, and times from navigation until the page says its layout settled (physics is then switched off).
Sizes are measured side by side in one run, each several times; the machine should be idle.

usage: python bench/bench_settle.py [NODES ...] [--runs N]     (default: 500 1000 2000, 3 runs)
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.export.pyvis import render_html

ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def graph(nodes: int) -> nx.Graph:
    g = nx.barabasi_albert_graph(nodes, 2, seed=7)
    nx.set_node_attributes(g, {n: "Person" if n % 3 else "Organization" for n in g}, "type")
    nx.set_node_attributes(g, {n: f"node {n}" for n in g}, "label")
    return g


def main(argv: list[str]) -> None:
    runs = 3
    sizes: list[int] = []
    args = iter(argv)
    for a in args:
        if a == "--runs":
            runs = int(next(args))
        else:
            sizes.append(int(a))
    sizes = sizes or [500, 1000, 2000]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("bench_settle: Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        print(f"{'nodes':>6} {'edges':>6} {'HTML KB':>8} {'settle s (median)':>18} {'runs':>24}")
        for n in sizes:
            g = graph(n)
            page_path = Path(tmp) / f"g{n}.html"
            page_path.write_text(render_html(g, heading=f"{n} nodes"), encoding="utf-8")
            times = []
            for _ in range(runs):
                page = browser.new_page()
                page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
                start = time.monotonic()
                page.goto(page_path.as_uri())
                page.wait_for_function("document.body.dataset.kgStable === 'yes'", timeout=120_000)
                times.append(time.monotonic() - start)
                page.close()
            print(f"{n:>6} {g.number_of_edges():>6} {page_path.stat().st_size / 1024:>8.0f} "
                  f"{statistics.median(times):>18.2f} {' '.join(f'{t:.2f}' for t in times):>24}")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1:])
