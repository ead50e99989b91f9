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
