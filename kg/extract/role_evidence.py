"""Which role a person has in a sentence, when several constructions propose one: one scorer.

Every construction that reads a role off a Korean sentence proposes it as :class:`Evidence` named by
its feature (the cue word after the name, a programme label, a chair named with 으로 …). The role with
the highest sum of feature weights wins, plus a prior per role (a plain "took part" is weak evidence and
yields to any part named around it). A new construction is a new feature with a weight here, not a new
special case in the rules; the weights are explicit and tested (``tests/extract/test_role_evidence.py``)
and were set on the tune half of the dev corpus (``bench/dev_split.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg.model import Role

# feature -> weight. Read them as "how sure a reader is, from this construction alone".
WEIGHTS: dict[str, float] = {
    "label": 30.0,              # 좌장 하도윤: the part written before the name
    "list_item": 20.0,          # ▲기조강연: A, B: the label of the marked list item holding the name
    "cue_after": 4.0,           # A 교수가 좌장을 맡았다: the first cue after the name in its clause
    "cue_before": 2.0,          # 기조강연에 나선 A 교수: the last cue before the name in its clause
    "adnominal_before": 3.0,    # 진행을 맡은 A 교수는 …: that cue's clause modifies the name (with cue_before: 5)
    "topic_frame": 1.6,         # 패널토론에는 A 대표가 참여했다: that earlier cue is the sentence's topic (a plain
                                #   "took part" after the name, 4.0 less the attendee prior, yields to it)
    "chair_object": 1.8,        # A 교수를 좌장으로 B, C가 참여했다: B and C sit on A's panel
    "panel_under_chair": 3.0,   # … 좌장으로 B, C가 참여한 발표 및 패널토론: the panel word decides
    "topic_item": 3.0,          # ▲설비 예지보전(A 연구원 …): a marked item's topic, its presenter in parentheses
    "session": 0.5,             # 세션 1에는 A 교수가 …: the people of a session speak
    "host_subject": 6.0,        # A 의원과 B 의원이 공동 주최한 토론회: the subject of 주최 holds the event
}
# role -> prior, added once when a role has any evidence
PRIORS: dict[Role, float] = {Role.ATTENDEE: -2.5}


@dataclass(frozen=True)
class Evidence:
    """A role one construction proposes for one mention."""

    role: Role
    feature: str

    def __post_init__(self) -> None:
        if self.feature not in WEIGHTS:
            raise ValueError(f"unknown role feature {self.feature!r}; known: {', '.join(WEIGHTS)}")


# roles that state one fact however often a sentence says it: their evidence counts by its strongest
# feature, not by its sum ("중소기업 대표로 참석한 A 대표가 (토론에) 참여했다" says twice that A was there, which
# does not outweigh the part the sentence is about)
NOT_ADDED: frozenset[Role] = frozenset({Role.ATTENDEE})


def best_role(evidence: Iterable[Evidence]) -> Role | None:
    """The role with the highest total weight (its prior included); on a tie the one proposed first.
    No evidence, no role."""
    totals: dict[Role, float] = {}
    for e in evidence:
        if e.role not in totals:
            totals[e.role] = PRIORS.get(e.role, 0.0) + WEIGHTS[e.feature]
        elif e.role in NOT_ADDED:
            totals[e.role] = max(totals[e.role], PRIORS.get(e.role, 0.0) + WEIGHTS[e.feature])
        else:
            totals[e.role] += WEIGHTS[e.feature]
    if not totals:
        return None
    return max(totals, key=lambda r: totals[r])  # max keeps the first of equal totals
