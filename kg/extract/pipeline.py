"""Language dispatch: the rules of an article's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kg.errors import KGError
from kg.extract.en import extract_en
from kg.extract.gazetteer import Gazetteer
from kg.extract.ko import extract_ko
from kg.extract.tables import with_table_roles
from kg.extract.text import reading_view
from kg.model import Article, Extraction

EXTRACTORS: dict[str, Callable[[Article, Gazetteer | None], Extraction]] = {"ko": extract_ko, "en": extract_en}


def extract(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    """Extract one article with the rules of its language."""
    try:
        extractor = EXTRACTORS[article.lang]
    except KeyError as e:
        raise KGError(f"{article.source}: no extraction rules for language {article.lang!r}; "
                      f"available: {', '.join(sorted(EXTRACTORS))}") from e
    # the rules read plain spaces and unwrapped lines (same length: every offset still points into the article
    # as written), and the extraction keeps the article as written
    # (a programme's table gives the part its header names to those in the column: read on the same view)
    view = reading_view(article.text)
    if view == article.text:
        return with_table_roles(extractor(article, gazetteer))
    return replace(with_table_roles(extractor(replace(article, text=view), gazetteer)), article=article)
