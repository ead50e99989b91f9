"""The store package sits below resolution and extraction: it imports only the shared low layers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

STORE = Path(__file__).resolve().parent.parent / "kg" / "store"
ALLOWED = ("kg.errors", "kg.ntriples", "kg.vocab", "kg.store")


@pytest.mark.parametrize("module", sorted(STORE.glob("*.py")), ids=lambda p: p.name)
def test_the_store_imports_no_higher_layer(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module} | \
        {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    kg_modules = {m for m in imported if m == "kg" or m.startswith("kg.")}
    assert kg_modules, "a store module that imports nothing of kg is no store module"
    assert all(m.startswith(ALLOWED) for m in kg_modules), sorted(kg_modules)
