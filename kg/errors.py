"""Exceptions of kg: one small class per failure; each message says what, where and how to fix."""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class ArticleError(KGError):
    """An input file could not be read as an article."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class UnsupportedFormatError(ArticleError):
    """The file extension is not one kg reads."""


class StoreError(KGError):
    """The triple store could not be opened, read or written."""


class QueryError(KGError):
    """A SPARQL query is invalid, or a canned query or its parameters are unknown."""


class ExportError(KGError):
    """An export or view could not be written."""

