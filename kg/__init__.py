"""kg: a knowledge graph of industry-AI events built from news articles.

The pipeline is ``ingest -> extract -> resolve -> ontology -> store -> query / export``;
each stage is a plain function over the frozen dataclasses in :mod:`kg.model`.
"""

from kg.model import Article, Extraction

__all__ = ["Article", "Extraction", "__version__"]
__version__ = "0.3.0"
