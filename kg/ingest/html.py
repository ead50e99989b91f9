"""HTML pages to article text with trafilatura (main text only, no menus or comments)."""

from __future__ import annotations

from kg.errors import ArticleError


def html_to_article_fields(html: str, where: str) -> dict[str, str | None]:
    """Main text plus what metadata the page gives (title, url, published date)."""
    import trafilatura  # imported here: it is slow to load and only HTML input needs it

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise ArticleError(where, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    return {
        "text": text,
        "title": getattr(meta, "title", None) if meta else None,
        "url": getattr(meta, "url", None) if meta else None,
        "published": getattr(meta, "date", None) if meta else None,
    }
