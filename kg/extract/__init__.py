"""Extraction: an :class:`~kg.model.Article` in, an :class:`~kg.model.Extraction` out.

``extract`` picks the rules by the article's language; ``to_record`` renders the result in the
JSON shape that ``kg extract --format json`` prints (see ``shared/corpus/README.md``).
"""

from kg.extract.pipeline import extract
from kg.extract.record import from_record, to_record

__all__ = ["extract", "from_record", "to_record"]
