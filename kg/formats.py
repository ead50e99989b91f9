"""Names of output formats and views, shared by the library and the CLI (no heavy imports here)."""

from __future__ import annotations

from enum import Enum


class ResultFormat(str, Enum):
    """How query results are printed."""

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"


class ExportFormat(str, Enum):
    """File formats of ``kg export``: RDF (the first four) or networkx graph files."""

    TURTLE = "turtle"
    TRIG = "trig"
    NQUADS = "nquads"
    JSONLD = "jsonld"
    GRAPHML = "graphml"
    GEXF = "gexf"

    @property
    def is_rdf(self) -> bool:
        return self not in (ExportFormat.GRAPHML, ExportFormat.GEXF)


class View(str, Enum):
    """Which projection of the graph: who spoke where, or everything."""

    WHO_SPOKE_WHERE = "who-spoke-where"
    FULL = "full"


class ExtractFormat(str, Enum):
    """How ``kg extract`` prints: JSON lines, or a table to read."""

    JSON = "json"
    TABLE = "table"
