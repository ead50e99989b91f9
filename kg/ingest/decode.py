"""Bytes to text in whatever encoding Korean pages use (UTF-8, EUC-KR/CP949, UTF-16 …)."""

from __future__ import annotations

import warnings

import charset_normalizer

from kg.errors import ArticleError

# EUC-KR pages routinely contain CP949 (UHC) syllables that strict EUC-KR cannot decode.
_WIDEN = {"euc_kr": "cp949", "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "iso2022_kr": "cp949"}


_STRAY_BYTES = 3  # bytes a UTF-8 text may get wrong and still be read (with a warning), at least


class DecodeWarning(UserWarning):
    """A file was read with a few bytes replaced: its text is kept, the bytes are lost."""


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NUL bytes in one half of the byte pairs and almost none in
    the other (Hangul and Latin text alike), decoded little- or big-endian accordingly."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= pairs * 0.3 and others <= pairs * 0.05:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


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
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    lossy = data.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if bad <= max(_STRAY_BYTES, len(lossy) // 1000):  # a stray byte or two in UTF-8 text, not another encoding
        warnings.warn(f"{path}: {bad} byte(s) are not UTF-8 and were replaced by U+FFFD", DecodeWarning, stacklevel=2)
        return lossy
    best = charset_normalizer.from_bytes(data).best()
    if best is None or b"\x00" in data:
        raise ArticleError(path, "the file is binary or in an unknown encoding; expected text or HTML")
    encoding = _WIDEN.get(best.encoding.lower(), best.encoding)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ArticleError(path, f"cannot decode as {encoding}: {e}") from e
