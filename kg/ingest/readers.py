"""File readers: .txt, .html/.htm, .json (one article), .jsonl (one article a line), and folders."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.errors import ArticleError, UnsupportedFormatError
from kg.ingest.decode import decode_bytes
from kg.ingest.html import html_to_article_fields
from kg.model import Article

MAX_ARTICLE_CHARS = 200_000  # about 60 pages; extraction takes about 20 ms per KB of dense Korean text
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _within_limit(text: str, where: str) -> str:
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(where, f"the article is {len(text):,} characters long, more than kg reads in one "
                                  f"article ({MAX_ARTICLE_CHARS:,}); split the file into its articles")
    return text
_LATIN = re.compile(r"[A-Za-z]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def guess_lang(text: str) -> str:
    """``ko`` when Hangul makes up a fair share of the letters, else ``en``."""
    hangul = len(_HANGUL.findall(text))
    latin = len(_LATIN.findall(text))
    return "ko" if hangul and hangul * 3 >= latin else "en"


def _published(value: object, where: str, *, strict: bool = True) -> str | None:
    """The publication date as YYYY-MM-DD. A date the record states that is no calendar date (2025-02-30)
    is an error naming the file; one read from a page's metadata (``strict=False``) is dropped instead."""
    if value in (None, ""):
        return None
    text = str(value)[:10]
    try:
        if not _DATE.match(text):
            raise ValueError("not YYYY-MM-DD")
        date.fromisoformat(text)
    except ValueError:
        if not strict:
            return None
        raise ArticleError(where, f"'published' must be a real YYYY-MM-DD date, got {value!r}") from None
    return text


_NOT_IN_IRI = re.compile(r"[\x00-\x20<>\"{}|\\^`\x7f]")


def _url(value: object, where: str) -> str | None:
    """The article's address as an IRI: an absolute URL, characters an IRI may not hold percent-encoded
    (a space, ``|``, ``{``…); anything else is an error naming the file."""
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*://[^/\s]", value.strip()):
        raise ArticleError(where, f"'url' must be an absolute URL such as https://example.org/news/1, got {value!r}")
    return _NOT_IN_IRI.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), value.strip())


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
        text=_within_limit(text, where),
        source=where,
        url=_url(record.get("url"), where) if record.get("url") else _url_or_none(html_fields.get("url")),
        published=_published(record["published"], where) if record.get("published")
        else _published(html_fields.get("published"), where, strict=False),
        lang=str(record.get("lang") or guess_lang(text)),
        title=record.get("title") or html_fields.get("title"),
    )


def _url_or_none(value: str | None) -> str | None:
    """A page's own address from its metadata, or None when it is no absolute URL."""
    try:
        return _url(value, "")
    except ArticleError:
        return None


def read_txt(path: Path) -> Iterator[Article]:
    text = _within_limit(decode_bytes(path.read_bytes(), str(path)), str(path))
    yield Article(id=path.stem, text=text, source=str(path), lang=guess_lang(text))


def read_html(path: Path) -> Iterator[Article]:
    raw = decode_bytes(path.read_bytes(), str(path))
    fields = html_to_article_fields(raw, str(path))
    yield Article(
        id=path.stem,
        text=_within_limit(fields["text"] or "", str(path)),
        source=str(path),
        url=_url_or_none(fields.get("url")),
        published=_published(fields.get("published"), str(path), strict=False),
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
    """Every article of a JSONL file; the first bad line raises (see :func:`read_jsonl_results`)."""
    for item in read_jsonl_results(path):
        if isinstance(item, ArticleError):
            raise item
        yield item


def read_jsonl_results(path: Path) -> Iterator[Article | ArticleError]:
    """Each line of a JSONL file: its article, or the error naming the line (the good lines are kept)."""
    yield from _json_lines(decode_bytes(path.read_bytes(), str(path)), str(path), path.stem)


def _json_lines(raw: str, where: str, stem: str) -> Iterator[Article | ArticleError]:
    """The articles of JSON Lines text, each bad line an error named ``where:line`` (ids default to
    ``stem-line``)."""
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield _from_record(json.loads(line), f"{where}:{number}", f"{stem}-{number}")
        except json.JSONDecodeError as e:
            yield ArticleError(f"{where}:{number}", f"invalid JSON at column {e.colno}: {e.msg}")
        except ArticleError as e:
            yield e


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


STDIN = Path("-")  # read articles from standard input


def read_stdin(data: bytes | None = None) -> list[Article | ArticleError]:
    """Articles from standard input (``-``): JSON Lines when the input opens with ``{`` (one article a
    line, a bad line its own error), else one plain-text article."""
    raw = decode_bytes(sys.stdin.buffer.read() if data is None else data, "<stdin>")
    if raw.lstrip().startswith("{"):
        return list(_json_lines(raw, "<stdin>", "stdin"))
    if not raw.strip():
        return [ArticleError("<stdin>", "standard input held no text")]
    try:
        return [Article(id="stdin", text=_within_limit(raw, "<stdin>"), source="<stdin>", lang=guess_lang(raw))]
    except ArticleError as e:
        return [e]


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under ``paths``: folders are walked for the extensions kg reads, files are kept as given."""
    for p in paths:
        p = Path(p)
        if p == STDIN:
            yield p
        elif p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in READERS)
        else:
            yield p


def iter_article_results(paths: Iterable[str | Path]
                         ) -> Iterator[tuple[Path, list[Article | ArticleError] | ArticleError]]:
    """For each file under ``paths``: its articles, or the error that made it unreadable. In a JSONL
    file each line stands alone: a bad line is an error in the list, the other lines' articles stay."""
    for path in expand_paths(paths):
        if path == STDIN:
            yield path, read_stdin()
            continue
        try:
            if path.suffix.lower() == ".jsonl" and path.is_file():
                try:
                    yield path, list(read_jsonl_results(path))
                except OSError as e:
                    raise ArticleError(str(path), f"cannot read the file: {e.strerror or e}") from e
            else:
                yield path, list(read_file(path))
        except ArticleError as e:
            yield path, e


def read_articles(paths: Iterable[str | Path]) -> list[Article]:
    """Read all articles under ``paths`` (files or folders); the first bad file raises."""
    articles: list[Article] = []
    for _path, result in iter_article_results(paths):
        if isinstance(result, ArticleError):
            raise result
        for item in result:
            if isinstance(item, ArticleError):
                raise item
            articles.append(item)
    return articles
