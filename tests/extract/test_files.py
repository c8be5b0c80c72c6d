"""End to end from files the tests make: PDF (CJK CID font), DOCX, HTML, GBK text, folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainatlas.errors import InputError
from chainatlas.extract.loaders import iter_documents, read_document
from chainatlas.service.extraction import extract_documents

LINES = [
    "2022年，海门市实现规上工业总产值 1520.6 亿元，同比增长 8.2%。",
    "以甲乙能源、丙丁装备等企业为代表，全市集聚新能源企业 45 家。",
]


def make_pdf(path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 11)
    for i, line in enumerate(LINES):
        c.drawString(40, 800 - 20 * i, line)
    c.save()


def make_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    document.save(str(path))


def make_html(path: Path) -> None:
    body = "".join(f"<p>{line}</p>" for line in LINES)
    html = f"<html><head><title>t</title><style>p{{}}</style></head><body>{body}<script>var x=1;</script></body></html>"
    path.write_text(html, encoding="utf-8")


def check(result: dict[str, object]) -> None:
    facts = {
        (f["quote"], f["value"], f["unit"], f["measure"], f["period"]) for f in result["facts"]
    }  # type: ignore[index, union-attr]
    assert ("1520.6 亿元", "1520.6", "亿元", "level", "2022") in facts
    assert ("8.2%", "8.2", "%", "growth", "2022") in facts
    # A count of what exists, in a paragraph with no date of its own: how things stand.
    assert ("45 家", "45", "家", "count", "cumulative") in facts
    names = {e["name"] for e in result["entities"]}  # type: ignore[index, union-attr]
    assert {"甲乙能源", "丙丁装备"} <= names


@pytest.mark.parametrize(
    ("suffix", "maker"), [(".pdf", make_pdf), (".docx", make_docx), (".html", make_html)]
)
def test_extraction_works_end_to_end_on_a_file(tmp_path: Path, suffix: str, maker: object) -> None:
    path = tmp_path / f"report{suffix}"
    maker(path)  # type: ignore[operator]
    (result,) = list(extract_documents([path]))
    check(result)
    text = read_document(path)
    for fact in result["facts"]:
        assert text[fact["start"] : fact["end"]] == fact["quote"]


def test_gbk_text_and_folders_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("\n".join(LINES).encode("gbk"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("\n".join(LINES), encoding="utf-8-sig")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    names = [name for name, _text in iter_documents([tmp_path])]
    assert names == ["a.txt", "b.txt"]
    for result in extract_documents([tmp_path]):
        check(result)


def test_bytes_that_are_not_text_are_refused_with_the_file_name(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa\x80\x81")
    with pytest.raises(InputError, match=r"bad\.txt"):
        read_document(bad)
