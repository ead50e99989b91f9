"""The views in a real browser: Debian's Chromium, driven by Playwright, with the network cut off.

Each page must draw its nodes, settle its layout, raise no script error and request nothing from
the network; text from articles must show as text and never run. Skips when Chromium or Playwright
is missing (``.ci/run`` installs both).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from kg.build import ingest
from kg.export.networkx import to_networkx
from kg.export.pyvis import render_html, write_view
from kg.formats import View
from kg.store import OxigraphStore

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
SEED = Path(__file__).resolve().parents[2] / "data" / "seed"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A page with the network cut off that records script errors, failed requests and dialogs."""

    def __init__(self, browser: object, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page()  # type: ignore[attr-defined]
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r: object) -> None:
            url = r.request.url  # type: ignore[attr-defined]
            if url.startswith(("file:", "data:", "blob:")):
                r.continue_()  # type: ignore[attr-defined]
            else:
                self.requests.append(url)
                r.abort()  # type: ignore[attr-defined]

        self.page.route("**/*", route)
        self.page.goto(path.as_uri())

    def settle(self, timeout_s: float) -> float:
        start = time.monotonic()
        self.page.wait_for_function("document.body.dataset.kgStable === 'yes'", timeout=timeout_s * 1000)
        return time.monotonic() - start

    def nodes(self) -> int:
        return self.page.evaluate("Object.keys(network.body.nodes).length")


@pytest.mark.parametrize(("view", "focus"), [(View.WHO_SPOKE_WHERE, None), (View.ORG_NETWORK, None),
                                             (View.PERSON_NETWORK, None), (View.EGO, "김무상")])
def test_view_draws_offline(browser: object, seed_store: OxigraphStore, tmp_path: Path, view: View,
                            focus: str | None) -> None:
    out = tmp_path / "v.html"
    drawn = write_view(seed_store, out, view, focus=focus)
    page = Page(browser, out)
    page.settle(30)
    assert page.nodes() == drawn > 3
    assert page.errors == [] and page.requests == [] and page.dialogs == []


def test_article_text_cannot_run(browser: object, tmp_path: Path) -> None:
    text = ("'<img src=x onerror=alert(1)> 포럼'이 24일 서울 코엑스에서 열렸다. "
            "<script>alert(2)</script> 박민수 카카오 이사가 '<b onmouseover=alert(3)>제목</b>'을 주제로 발표했다.")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(text, encoding="utf-8")
    with OxigraphStore(tmp_path / "s") as s:
        ingest([tmp_path / "a"], s)
        write_view(s, tmp_path / "v.html", View.FULL)
    page = Page(browser, tmp_path / "v.html")
    page.settle(30)
    event = page.page.evaluate("nodes.get().find(n => n.label.includes('포럼')).id")
    page.page.evaluate(f"kgShowDetails({{nodes: [{event!r}]}})")
    assert "<img src=x onerror=alert(1)> 포럼" in page.page.inner_text("#kg-details")
    assert page.page.evaluate("document.querySelectorAll('img, #kg-details b b').length") == 0
    assert page.dialogs == [] and page.errors == [] and page.requests == []


def test_two_thousand_nodes_settle_within_seconds(browser: object, tmp_path: Path) -> None:
    g = nx.barabasi_albert_graph(2000, 2, seed=7)
    nx.set_node_attributes(g, {n: "Person" if n % 3 else "Organization" for n in g}, "type")
    nx.set_node_attributes(g, {n: f"node {n}" for n in g}, "label")
    (tmp_path / "big.html").write_text(render_html(g, heading="big"), encoding="utf-8")
    page = Page(browser, tmp_path / "big.html")
    seconds = page.settle(60)
    assert page.nodes() == 2000 and page.errors == []
    assert seconds < 30, f"took {seconds:.1f} s to settle"


def test_projection_matches_the_page(seed_store: OxigraphStore, browser: object, tmp_path: Path) -> None:
    g = to_networkx(seed_store, View.WHO_SPOKE_WHERE)
    (tmp_path / "w.html").write_text(render_html(g), encoding="utf-8")
    page = Page(browser, tmp_path / "w.html")
    page.settle(30)
    labels = set(page.page.evaluate("nodes.get().map(n => n.label)"))
    assert {"김무상", "조준희", "이순영"} <= labels and page.nodes() == g.number_of_nodes()


@pytest.mark.parametrize("view", [View.PERSON_NETWORK, View.FULL])
def test_static_views_search_names_and_filter_types_in_the_page(seed_store: OxigraphStore, browser: object,
                                                               tmp_path: Path, view: View) -> None:
    out = tmp_path / "v.html"
    write_view(seed_store, out, view)
    page = Page(browser, out)
    page.settle(30)
    page.page.fill("#kg-search", "김무")  # typing part of a Korean name selects that person and shows them
    selected = page.page.evaluate("network.getSelectedNodes().map(id => nodes.get(id).label)")
    assert selected == ["김무상"] and "김무상" in page.page.inner_text("#kg-details")
    assert page.page.inner_text("#kg-found") == "1 node"
    kinds = page.page.evaluate("[...new Set(nodes.get().map(n => n.kgType))]")
    hidden_kind = "Organization" if "Organization" in kinds else kinds[0]
    page.page.uncheck(f"input.kg-type[value={hidden_kind}]")  # a type unchecked is hidden, the others stay
    hidden = page.page.evaluate("nodes.get().filter(n => n.hidden).map(n => n.kgType)")
    assert hidden and set(hidden) == {hidden_kind}
    assert page.page.evaluate("nodes.get().filter(n => !n.hidden).length") == \
        page.page.evaluate(f"nodes.get().filter(n => n.kgType !== {hidden_kind!r}).length")
    page.page.check(f"input.kg-type[value={hidden_kind}]")
    assert page.page.evaluate("nodes.get().filter(n => n.hidden).length") == 0
    assert page.errors == [] and page.requests == [] and page.dialogs == []
