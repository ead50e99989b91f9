"""Readers that turn files into :class:`kg.model.Article` objects.

``read_articles`` walks files and folders; every reader raises :class:`kg.errors.ArticleError`
naming the file (and line, for JSON Lines) when a file cannot be read, so callers can report it
and go on with the rest.
"""

from kg.ingest.readers import (
    READERS,
    expand_paths,
    iter_article_results,
    read_articles,
    read_file,
)

__all__ = ["READERS", "expand_paths", "iter_article_results", "read_articles", "read_file"]
