"""Score the extractor against hand-made gold annotations (the dev-corpus gold format).

Metrics, per the gold format of ``shared/corpus/README.md``: people (by name), affiliations (name,
organization by any of its names, title), "spoke" (keynote, speaker, panelist or moderator),
event organizations (organizer, co-organizer, sponsor), and the share of gold events found with the
right date and venue. Names compare after NFKC, lower case and dropping spaces, ㈜ and punctuation;
organizations and titles also match when one contains the other.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.extract import extract, to_record
from kg.ingest import read_articles

SPOKE = frozenset({"keynote", "speaker", "panelist", "moderator"})
_NOISE = re.compile(r"\(주\)|㈜|주식회사|\s+|[·.,'\"‘’“”()]")
_EVENT_ORG_KEYS = ("organizers", "co_organizers", "sponsors")


def _norm(s: object) -> str:
    return "" if s is None else _NOISE.sub("", unicodedata.normalize("NFKC", str(s)).lower())


def _loose(a: object, b: object) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a == b or a in b or b in a)


def _match(gold: list, system: list, same: Callable[[Any, Any], bool]) -> int:
    """Greedy one-to-one matches, gold items in order."""
    used: set[int] = set()
    for g in gold:
        for i, s in enumerate(system):
            if i not in used and same(g, s):
                used.add(i)
                break
    return len(used)


@dataclass
class Counts:
    """True positives, system items and gold items of one metric."""

    tp: int = 0
    system: int = 0
    gold: int = 0

    def add(self, tp: int, system: int, gold: int) -> None:
        self.tp, self.system, self.gold = self.tp + tp, self.system + system, self.gold + gold

    @property
    def precision(self) -> float:
        return self.tp / self.system if self.system else (1.0 if self.gold == 0 else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """All metrics over a set of articles."""

    people: Counts = field(default_factory=Counts)
    affil: Counts = field(default_factory=Counts)
    spoke: Counts = field(default_factory=Counts)
    event_orgs: Counts = field(default_factory=Counts)
    events: Counts = field(default_factory=Counts)  # tp: found; gold: gold events
    dates: Counts = field(default_factory=Counts)
    venues: Counts = field(default_factory=Counts)
    articles: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def summary(self) -> str:
        f1s = " ".join(f"{k}_F1={c.f1:.3f}(P={c.precision:.2f},R={c.recall:.2f})"
                       for k, c in (("people", self.people), ("affil", self.affil), ("spoke", self.spoke),
                                    ("event_orgs", self.event_orgs)))
        return (f"{f1s} events_found={self.events.tp}/{self.events.gold} dates={self.dates.tp}/{self.dates.gold} "
                f"venues={self.venues.tp}/{self.venues.gold}")


def _org_forms(gold: dict) -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for o in gold.get("orgs", []):
        names = {_norm(o["name"])} | {_norm(a) for a in o.get("aliases", [])}
        names.discard("")
        for n in names:
            forms.setdefault(n, set()).update(names)
    return forms


def _org_match(gold_org: str, system_names: list, forms: dict[str, set[str]]) -> bool:
    g = _norm(gold_org)
    return bool(gold_org) and any(_loose(c, s) for s in system_names for c in forms.get(g, {g}))


def score_article(gold: dict, out: dict, scores: Scores) -> None:
    """Add one article's counts to ``scores``."""
    forms = _org_forms(gold)
    orgs = {o["id"]: [o.get("name"), *o.get("aliases", [])] for o in out.get("organizations", [])}
    people = [{"name": p.get("name"), "roles": {r.get("role") for r in p.get("roles", [])},
               "affs": [(orgs.get(a.get("org"), [a.get("org")]), a.get("title")) for a in p.get("affiliations", [])]}
              for p in out.get("people", [])]
    gp = gold.get("people", [])
    scores.people.add(_match(gp, people, lambda g, s: _norm(g["name"]) == _norm(s["name"])), len(people), len(gp))
    gold_affs = [g for g in gp if g.get("org")]
    sys_affs = [(p["name"], names, title) for p in people for names, title in p["affs"]]
    scores.affil.add(_match(gold_affs, sys_affs, lambda g, s: _norm(g["name"]) == _norm(s[0])
                            and _org_match(g["org"], s[1], forms) and (not g.get("title") or _loose(g["title"], s[2]))),
                     len(sys_affs), len(gold_affs))
    g_spoke = [g for g in gp if set(g.get("roles", [])) & SPOKE]
    s_spoke = [p for p in people if p["roles"] & SPOKE]
    scores.spoke.add(_match(g_spoke, s_spoke, lambda g, s: _norm(g["name"]) == _norm(s["name"])),
                     len(s_spoke), len(g_spoke))
    events = out.get("events", [])
    for ge in gold.get("events", []):
        best = next((e for e in events if _loose(ge.get("name"), e.get("name"))
                     or (not ge.get("name") and e is events[0])), None)
        scores.events.add(best is not None, 0, 1)
        if ge.get("date"):
            scores.dates.add(best is not None and (best.get("start") or "") == ge["date"].split("/")[0], 0, 1)
        if ge.get("venue"):
            scores.venues.add(best is not None and _loose(ge["venue"], best.get("venue")), 0, 1)
    g_eo = [(o, k) for ge in gold.get("events", []) for k in _EVENT_ORG_KEYS for o in ge.get(k, [])]
    s_eo = [(orgs.get(o, [o]), k) for e in events for k in _EVENT_ORG_KEYS for o in e.get(k, [])]
    scores.event_orgs.add(_match(g_eo, s_eo, lambda g, s: _org_match(g[0], s[0], forms)), len(s_eo), len(g_eo))


def load_gold(folder: Path) -> dict[str, dict]:
    """Gold annotations by the stem of the article file they describe."""
    gold = {}
    files = sorted(Path(folder).glob("*.json"))
    if not files:
        raise KGError(f"{folder}: no gold files (*.json) found")
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise KGError(f"{f}: cannot read gold annotations: {e}") from e
        if not isinstance(data, dict) or not isinstance(data.get("people", []), list):
            raise KGError(f"{f}: gold annotations must be an object with 'people', 'events' and 'orgs' lists")
        gold[Path(data.get("source_file") or f.name).stem] = data
    return gold


def evaluate(gold_dir: str | Path, articles: Iterable[str | Path], *, lang: str | None = None) -> Scores:
    """Extract the articles and score them against the gold files in ``gold_dir``."""
    gold = load_gold(Path(gold_dir))
    outputs: dict[str, dict] = {}
    for article in read_articles(articles):
        record = to_record(extract(article))
        outputs.setdefault(article.id, record)  # JSON Lines articles pair by id
        outputs[Path(article.source).stem] = record
    scores = Scores()
    for key, g in sorted(gold.items()):
        if lang and g.get("lang", "ko") != lang:
            continue
        out = outputs.get(key)
        if out is None:
            scores.missing.append(key)
            out = {}
        scores.articles.append(key)
        score_article(g, out, scores)
    return scores
