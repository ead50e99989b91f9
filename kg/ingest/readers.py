"""File readers: .txt, .html/.htm, .json (one article), .jsonl (one article a line), and folders."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import ArticleError, UnsupportedFormatError
from kg.ingest.decode import decode_bytes
from kg.ingest.html import html_to_article_fields
from kg.model import Article

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def guess_lang(text: str) -> str:
    """``ko`` when Hangul makes up a fair share of the letters, else ``en``."""
    hangul = len(_HANGUL.findall(text))
    latin = len(_LATIN.findall(text))
    return "ko" if hangul and hangul * 3 >= latin else "en"


def _published(value: object, where: str) -> str | None:
    if value in (None, ""):
        return None
    text = str(value)[:10]
    if not _DATE.match(text):
        raise ArticleError(where, f"'published' must be a YYYY-MM-DD date, got {value!r}")
    return text


def _from_record(record: object, where: str, default_id: str) -> Article:
    if not isinstance(record, dict):
        raise ArticleError(where, "expected a JSON object with at least 'text' or 'html'")
    text = record.get("text")
    html_fields: dict[str, str | None] = {}
    if not text and record.get("html"):
        html_fields = html_to_article_fields(str(record["html"]), where)
        text = html_fields["text"]
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(where, "the article has no 'text' (or 'html') to read")
    article_id = str(record.get("id") or default_id)
    return Article(
        id=article_id,
        text=text,
        source=where,
        url=record.get("url") or html_fields.get("url"),
        published=_published(record.get("published") or html_fields.get("published"), where),
        lang=str(record.get("lang") or guess_lang(text)),
        title=record.get("title") or html_fields.get("title"),
    )


def read_txt(path: Path) -> Iterator[Article]:
    text = decode_bytes(path.read_bytes(), str(path))
    yield Article(id=path.stem, text=text, source=str(path), lang=guess_lang(text))


def read_html(path: Path) -> Iterator[Article]:
    raw = decode_bytes(path.read_bytes(), str(path))
    fields = html_to_article_fields(raw, str(path))
    yield Article(
        id=path.stem,
        text=fields["text"] or "",
        source=str(path),
        url=fields.get("url"),
        published=_published(fields.get("published"), str(path)),
        lang=guess_lang(fields["text"] or ""),
        title=fields.get("title"),
    )


def read_json(path: Path) -> Iterator[Article]:
    raw = decode_bytes(path.read_bytes(), str(path))
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ArticleError(str(path), f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}") from e
    yield _from_record(record, str(path), path.stem)


def read_jsonl(path: Path) -> Iterator[Article]:
    raw = decode_bytes(path.read_bytes(), str(path))
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise ArticleError(where, f"invalid JSON at column {e.colno}: {e.msg}") from e
        yield _from_record(record, where, f"{path.stem}-{number}")


READERS: dict[str, Callable[[Path], Iterator[Article]]] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}


def read_file(path: str | Path) -> list[Article]:
    """Read every article in one file; raise :class:`ArticleError` naming the file on failure."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(str(path), "no such file or folder")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise UnsupportedFormatError(str(path), f"unknown file type '{path.suffix}'; kg reads {known}")
    if not path.is_file():
        raise ArticleError(str(path), "not a regular file")
    try:
        return list(reader(path))
    except OSError as e:
        raise ArticleError(str(path), f"cannot read the file: {e.strerror or e}") from e


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under ``paths``: folders are walked for the extensions kg reads, files are kept as given."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in READERS)
        else:
            yield p


def iter_article_results(paths: Iterable[str | Path]) -> Iterator[tuple[Path, list[Article] | ArticleError]]:
    """For each file under ``paths``: its articles, or the error that made it unreadable."""
    for path in expand_paths(paths):
        try:
            yield path, read_file(path)
        except ArticleError as e:
            yield path, e


def read_articles(paths: Iterable[str | Path]) -> list[Article]:
    """Read all articles under ``paths`` (files or folders); the first bad file raises."""
    articles: list[Article] = []
    for _path, result in iter_article_results(paths):
        if isinstance(result, ArticleError):
            raise result
        articles.extend(result)
    return articles
