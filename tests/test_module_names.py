"""No module of the package binds one top-level name twice: a second pattern of the same name silently replaces
the first for every function that reads it (ruff's F811 sees functions and imports only)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"


def _bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return sorted(n for n, count in names.items() if count > 1)


def test_the_check_finds_a_name_bound_twice() -> None:
    assert _bound_twice("import re\nA = re.compile('a')\nB = 1\nA = re.compile('b')\n") == ["A"]
    assert _bound_twice("def f(): pass\nX: int = 1\nclass C: pass\n") == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path.read_text(encoding="utf-8")) == [], f"{path}: a top-level name is bound twice"
