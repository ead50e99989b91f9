"""Where kg finds its data files: ``data/`` and ``ontology/`` beside the package, or ``KG_DATA``."""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import KGError

_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The folder of word lists (``KG_DATA`` overrides the bundled ``data/``)."""
    path = Path(os.environ.get("KG_DATA") or _ROOT / "data")
    if not path.is_dir():
        raise KGError(f"data folder {path} not found; set KG_DATA to the folder with kg's word lists")
    return path


def ontology_dir() -> Path:
    """The folder with the OWL ontology and SHACL shapes."""
    path = _ROOT / "ontology"
    if not path.is_dir():
        raise KGError(f"ontology folder {path} not found; reinstall kg from its source tree (pip install -e .)")
    return path
