"""Bytes to text in whatever encoding Korean pages use (UTF-8, EUC-KR/CP949, UTF-16 …)."""

from __future__ import annotations

import charset_normalizer

from kg.errors import ArticleError

# EUC-KR pages routinely contain CP949 (UHC) syllables that strict EUC-KR cannot decode.
_WIDEN = {"euc_kr": "cp949", "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "iso2022_kr": "cp949"}


def decode_bytes(data: bytes, path: str) -> str:
    """Decode ``data``; raise :class:`ArticleError` for empty or binary content."""
    if not data.strip():
        raise ArticleError(path, "the file is empty")
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-8-sig" if data[:1] == b"\xef" else "utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or b"\x00" in data:
        raise ArticleError(path, "the file is binary or in an unknown encoding; expected text or HTML")
    encoding = _WIDEN.get(best.encoding.lower(), best.encoding)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ArticleError(path, f"cannot decode as {encoding}: {e}") from e
