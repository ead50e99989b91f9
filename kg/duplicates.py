"""Likely duplicates for a person to review: ranked pairs, never merged automatically.

People: one name at two organizations (one person who moved, or two people). Organizations: one
name inside the other, a one-character difference, or the same people working at both (an English
and a Korean form of one organization, say).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from kg.extract.gazetteer import org_key
from kg.store import GraphStore

_ORGS = """SELECT ?o ?name (GROUP_CONCAT(DISTINCT ?alt; separator="\\u001f") AS ?alts) WHERE {
  ?o a schema:Organization ; schema:name ?name . OPTIONAL { ?o schema:alternateName ?alt }
} GROUP BY ?o ?name"""
_PEOPLE = """SELECT DISTINCT ?p ?name ?o WHERE {
  ?p a schema:Person ; schema:name ?name . OPTIONAL { ?m org:member ?p ; org:organization ?o }
}"""


_MIN_EDIT_LENGTH = 5  # shorter names one character apart are mostly different (서울대 / 서울시)


@dataclass(frozen=True)
class Candidate:
    score: float
    kind: str  # "person" or "organization"
    a: str
    b: str
    a_label: str
    b_label: str
    reason: str


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted or replaced character."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _org_pair(forms_a: set[str], forms_b: set[str], shared_people: int) -> tuple[float, str] | None:
    reasons, score = [], 0.0
    if any(min(len(x), len(y)) >= _MIN_EDIT_LENGTH and _one_edit(x, y) for x in forms_a for y in forms_b):
        score, reasons = 0.85, ["names one character apart"]
    elif any(len(x) >= 2 and len(y) >= 2 and (x in y or y in x) for x in forms_a for y in forms_b):
        score, reasons = 0.6, ["one name inside the other"]
    if shared_people:
        score = min(1.0, score + 0.3 * shared_people)
        reasons.append(f"{shared_people} people named at both")
    return (score, "; ".join(reasons)) if score >= 0.5 else None


def find_duplicates(store: GraphStore) -> list[Candidate]:
    """Candidate pairs of people and organizations, best first."""
    org_forms: dict[str, set[str]] = {}
    org_label: dict[str, str] = {}
    for org_iri, org_name, alts in store.query(_ORGS).rows:
        forms = {str(org_name), *(a for a in str(alts or "").split("\x1f") if a)}
        org_forms[str(org_iri)] = {org_key(f) for f in forms if org_key(f)}
        org_label[str(org_iri)] = str(org_name)
    person_label: dict[str, str] = {}
    person_orgs: dict[str, set[str]] = defaultdict(set)
    for person_iri, person_name, member_of in store.query(_PEOPLE).rows:
        person_label[str(person_iri)] = str(person_name)
        if member_of is not None:
            person_orgs[str(person_iri)].add(str(member_of))
    by_name: dict[str, list[str]] = defaultdict(list)
    for p, name in person_label.items():
        by_name[name].append(p)
    out: list[Candidate] = []
    names_at: dict[str, set[str]] = defaultdict(set)
    for p, orgs in person_orgs.items():
        for o in orgs:
            names_at[o].add(person_label[p])
    for name, ps in by_name.items():
        for a, b in combinations(sorted(ps), 2):
            orgs_a = ", ".join(sorted(org_label.get(o, o) for o in person_orgs[a])) or "no organization"
            orgs_b = ", ".join(sorted(org_label.get(o, o) for o in person_orgs[b])) or "no organization"
            close = any(_org_pair(org_forms.get(x, set()), org_forms.get(y, set()), 0)
                        for x in person_orgs[a] for y in person_orgs[b])
            out.append(Candidate(0.7 if close else 0.4, "person", a, b, f"{name} ({orgs_a})", f"{name} ({orgs_b})",
                                 "same name at similar organizations" if close else "same name, other organizations"))
    for a, b in combinations(sorted(org_forms), 2):
        found = _org_pair(org_forms[a], org_forms[b], len(names_at[a] & names_at[b]))
        if found:
            out.append(Candidate(found[0], "organization", a, b, org_label[a], org_label[b], found[1]))
    return sorted(out, key=lambda c: (-c.score, c.kind, c.a_label, c.b_label))
