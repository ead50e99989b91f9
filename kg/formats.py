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
    """File formats of ``kg export``: RDF (the first five) or networkx graph files."""

    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    TRIG = "trig"
    NQUADS = "nquads"
    JSONLD = "jsonld"
    GRAPHML = "graphml"
    GEXF = "gexf"
    NODELINK = "nodelink"  # node-link JSON (d3, networkx)
    CYTOSCAPE = "cytoscape"  # Cytoscape.js JSON (Cytoscape desktop imports it)
    NEO4J = "neo4j"  # a folder of CSV files for neo4j-admin database import

    @property
    def is_rdf(self) -> bool:
        return self in (ExportFormat.TURTLE, ExportFormat.NTRIPLES, ExportFormat.TRIG, ExportFormat.NQUADS,
                        ExportFormat.JSONLD)


class View(str, Enum):
    """Which projection of the graph a view or graph export shows."""

    WHO_SPOKE_WHERE = "who-spoke-where"  # people -> event parts -> events, and people's organizations
    ORG_NETWORK = "org-network"  # organizations that organized, sponsored or sent speakers together
    PERSON_NETWORK = "person-network"  # people who spoke at the same events, weighted
    EGO = "ego"  # the neighbourhood of one person, organization or event
    FULL = "full"  # every typed node and edge


class ExtractFormat(str, Enum):
    """How ``kg extract`` prints: JSON lines, or a table to read."""

    JSON = "json"
    TABLE = "table"
