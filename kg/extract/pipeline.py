"""Language dispatch: the rules of an article's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kg.errors import KGError
from kg.extract.en import extract_en
from kg.extract.gazetteer import Gazetteer
from kg.extract.ko import extract_ko
from kg.extract.text import unwrap_lines
from kg.model import Article, Extraction

EXTRACTORS: dict[str, Callable[[Article, Gazetteer | None], Extraction]] = {"ko": extract_ko, "en": extract_en}


def extract(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    """Extract one article with the rules of its language."""
    try:
        extractor = EXTRACTORS[article.lang]
    except KeyError as e:
        raise KGError(f"{article.source}: no extraction rules for language {article.lang!r}; "
                      f"available: {', '.join(sorted(EXTRACTORS))}") from e
    # a hard-wrapped text is read with its wrapping undone (same length: every offset still points into the
    # article as written), and the extraction keeps the article as written
    unwrapped = unwrap_lines(article.text)
    if unwrapped == article.text:
        return extractor(article, gazetteer)
    return replace(extractor(replace(article, text=unwrapped), gazetteer), article=article)
