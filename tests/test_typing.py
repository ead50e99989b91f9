"""The package type-checks: its public API is typed, and mypy finds no error in it."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_error_in_the_package(tmp_path: Path) -> None:
    out, err, status = api.run([str(ROOT / "kg"), "--config-file", str(ROOT / "pyproject.toml"),
                                "--cache-dir", str(tmp_path / "cache")])
    assert status == 0, out + err
