"""Reading articles: every supported format, Korean encodings, and bad files with clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import ArticleError, UnsupportedFormatError
from kg.ingest import iter_article_results, read_articles, read_file

KO = "산기협은 24일 서울 포스코센터에서 '인공지능 제조 포럼'을 개최했다. 행사에는 200여 명이 참석했다."
HTML = """<html><head><meta charset="{charset}"><title>AI 포럼 개최</title></head><body>
<nav>메뉴 홈 뉴스 로그인</nav><article><h1>AI 포럼 개최</h1>
<p>{text}</p><p>이번 포럼은 제조 현장의 인공지능 적용 사례를 공유하는 자리로 마련됐으며 발표와 토론이 이어졌다.</p>
<p>주최 측은 내년에도 포럼을 열어 산업계와 학계의 협력을 넓혀 나갈 계획이라고 밝혔다.</p></article>
<footer>Copyright</footer></body></html>"""


def test_txt_utf8(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(KO, encoding="utf-8")
    [a] = read_file(f)
    assert (a.id, a.text, a.lang) == ("a", KO, "ko")


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr", "utf-16"])
def test_txt_korean_encodings(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(KO.encode(encoding))
    assert read_file(f)[0].text == KO


def test_cp949_only_syllables_in_an_euc_kr_page(tmp_path: Path) -> None:
    """EUC-KR pages carry CP949 syllables (똠, 햏) strict EUC-KR cannot decode: read as cp949."""
    text = KO + " 똠방각하 햏자 " * 20
    f = tmp_path / "a.html"
    f.write_bytes(HTML.format(charset="euc-kr", text=text).encode("cp949"))
    [a] = read_file(f)
    assert "똠방각하" in a.text and "메뉴 홈" not in a.text
    assert a.title == "AI 포럼 개최"


def test_html_main_text_only(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(HTML.format(charset="utf-8", text=KO), encoding="utf-8")
    [a] = read_file(f)
    assert KO in a.text and "Copyright" not in a.text and a.id == "page"


def test_json_and_jsonl(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "x1", "url": "https://news.example/1", "published": "2025-11-25",
                               "text": KO}, ensure_ascii=False), encoding="utf-8")
    many = tmp_path / "many.jsonl"
    many.write_text("\n".join(json.dumps({"id": f"m{i}", "text": KO, "lang": "ko"}, ensure_ascii=False)
                              for i in range(3)) + "\n\n", encoding="utf-8")
    arts = read_articles([tmp_path])
    assert [a.id for a in arts] == ["m0", "m1", "m2", "x1"]
    assert arts[-1].url == "https://news.example/1" and arts[-1].published == "2025-11-25"


def test_json_with_html_field(tmp_path: Path) -> None:
    f = tmp_path / "h.json"
    f.write_text(json.dumps({"id": "h", "html": HTML.format(charset="utf-8", text=KO)}, ensure_ascii=False),
                 encoding="utf-8")
    assert KO in read_file(f)[0].text


BAD = [
    ("empty.txt", b"", "empty"),
    ("blank.json", b"  \n", "empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("broken.json", b'{"id": "x", "text": ', "invalid JSON at line 1"),
    ("list.json", b'["not", "an", "object"]', "expected a JSON object"),
    ("notext.json", b'{"id": "x"}', "no 'text'"),
    ("baddate.json", '{"id": "x", "text": "본문", "published": "25/11/2025"}'.encode(), "YYYY-MM-DD"),
    ("doc.pdf", b"%PDF-1.4", "unknown file type '.pdf'"),
]


@pytest.mark.parametrize(("name", "content", "problem"), BAD)
def test_bad_files_name_the_file_and_the_problem(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(ArticleError) as e:
        read_file(f)
    assert str(f) in str(e.value) and problem in str(e.value)


def test_bad_jsonl_line_names_the_line(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "a", "text": "본문"}\n{oops}\n', encoding="utf-8")
    with pytest.raises(ArticleError, match=r"x\.jsonl:2: invalid JSON"):
        read_file(f)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file or folder"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(UnsupportedFormatError):
        (tmp_path / "x.docx").write_bytes(b"x")
        read_file(tmp_path / "x.docx")


def test_results_keep_going_past_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KO, encoding="utf-8")
    (tmp_path / "b.json").write_text("{", encoding="utf-8")
    results = dict(iter_article_results([tmp_path]))
    assert isinstance(results[tmp_path / "b.json"], ArticleError)
    assert results[tmp_path / "a.txt"][0].text == KO


def test_english_detected(tmp_path: Path) -> None:
    f = tmp_path / "en.txt"
    f.write_text("The Korea AI Policy Forum was held on May 9 at Lotte Hotel Seoul.", encoding="utf-8")
    assert read_file(f)[0].lang == "en"


def test_one_bad_line_of_a_jsonl_file_loses_only_that_line(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "a", "text": KO}, ensure_ascii=False)
    f.write_text("\n".join([good, "{not json", json.dumps({"id": "c", "text": ""}),
                            json.dumps({"id": "d", "text": KO, "published": "2025-02-30"}, ensure_ascii=False),
                            json.dumps({"id": "e", "text": KO}, ensure_ascii=False)]) + "\n", encoding="utf-8")
    [(path, items)] = list(iter_article_results([f]))
    assert isinstance(items, list)
    articles = [i for i in items if not isinstance(i, ArticleError)]
    errors = [i for i in items if isinstance(i, ArticleError)]
    assert [a.id for a in articles] == ["a", "e"]
    assert [str(e).split(":")[1] for e in errors] == ["2", "3", "4"]  # each error names its line
    assert "invalid JSON" in str(errors[0]) and "real YYYY-MM-DD date" in str(errors[2])
    with pytest.raises(ArticleError, match="feed.jsonl:2"):
        read_articles([f])  # the all-or-nothing reader still stops at the first bad line


@pytest.mark.parametrize("published", ["2025-02-30", "2025-13-45", "2025-00-10"])
def test_an_impossible_date_is_an_error_naming_the_file(tmp_path: Path, published: str) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"text": KO, "published": published}, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ArticleError, match=rf"a.json.*real YYYY-MM-DD date, got '{published}'"):
        read_file(f)


@pytest.mark.parametrize(("url", "stored"), [
    ("https://example.org/news 1", "https://example.org/news%201"),
    ("https://example.org/a|b{c}", "https://example.org/a%7Cb%7Bc%7D"),
    ('https://example.org/"x"<y>\\z', "https://example.org/%22x%22%3Cy%3E%5Cz"),
    ("https://example.org/뉴스", "https://example.org/뉴스"),  # an IRI may hold Hangul
])
def test_a_url_becomes_a_valid_iri(tmp_path: Path, url: str, stored: str) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"text": KO, "url": url}, ensure_ascii=False), encoding="utf-8")
    assert read_file(f)[0].url == stored


@pytest.mark.parametrize("url", [42, "not a url", "example.org/news", ["https://e.org"]])
def test_a_url_that_is_no_url_is_an_error_naming_the_file(tmp_path: Path, url: object) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"text": KO, "url": url}, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ArticleError, match="a.json.*'url' must be an absolute URL"):
        read_file(f)


def test_a_stray_byte_in_utf8_is_replaced_with_a_warning(tmp_path: Path) -> None:
    import warnings

    from kg.ingest.decode import DecodeWarning

    f = tmp_path / "a.txt"
    data = KO.encode("utf-8")
    f.write_bytes(data[:12] + b"\xff" + data[12:])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        [article] = read_file(f)
    assert "\ufffd" in article.text and article.text.replace("\ufffd", "") == KO
    assert any(issubclass(w.category, DecodeWarning) and "a.txt: 1 byte(s)" in str(w.message) for w in caught)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(KO.encode(codec))
    assert read_file(f)[0].text == KO


def test_legacy_korean_encodings_are_still_read_strictly(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(KO.encode("cp949"))
    assert read_file(f)[0].text == KO
