"""The Liyang briefing as a PDF: the headline figures and their footnotes can be read back
with pdftotext, missing data is named, and Chinese is drawn with real glyphs (a render
with the CJK fonts hidden from fontconfig looks different: it shows missing-glyph boxes)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import matplotlib
from PIL import Image, ImageChops

from chainatlas.report.writers import render_html
from chainatlas.service.reports import build_briefing, write_report
from chainatlas.settings import Settings
from tests.report.conftest import require_cjk_font, require_tool

HEADLINE = ("1287.4亿元", "88.6%", "25.3%", "1565.7亿元", "1050亿元", "532.6亿元")


def _pdf_text(pdf: Path) -> str:
    out = subprocess.run(
        [require_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
    )
    return out.stdout.decode("utf-8")


def _footnote_of(text: str, figure: str) -> str:
    """The text of the footnote whose number follows ``figure`` in the body (line breaks
    inside Chinese text are layout, so lines are joined first)."""
    flat = re.sub(r"\s*\n\s*", "", text)
    body, notes = flat.split("注释与来源", 1)
    found = re.search(re.escape(figure) + r"\[(\d+)\]", body)
    assert found, f"{figure} with a footnote mark not in the PDF text"
    entry = re.search(rf"\[{found.group(1)}\]\s*(.+?)(?=\[\d+\]|$)", notes)
    assert entry, f"footnote [{found.group(1)}] not listed"
    return entry.group(1)


def test_pdf_holds_the_headline_figures_with_their_sources(
    liyang: Settings, tmp_path: Path
) -> None:
    require_cjk_font()
    pdf = tmp_path / "liyang.pdf"
    write_report(liyang, "320481", "pdf", pdf)
    text = _pdf_text(pdf)
    assert "溧阳市产业发展简报" in text
    for figure in HEADLINE:
        assert figure in text, figure
    output = _footnote_of(text, "1287.4亿元")
    assert "《产业强市看溧阳》" in output and "1287.4亿元" in output.replace(" ", "")
    share = _footnote_of(text, "占比88.6%")
    assert "“88.6%”" in share
    # a derived figure cites its formula and inputs, not a document
    assert re.search(r"计算：total = part / share = 1287\.4亿元 / 88\.6%", text.replace("\n", ""))
    # what the sources name but do not give is said to be missing, not filled in
    flat = text.replace("\n", "")
    assert "十年产值增长图" in flat and "逐年产值序列文中未给出" in flat
    assert "未载" in text


def _fontconfig_without_cjk(tmp_path: Path) -> Path:
    """A fontconfig file that only knows matplotlib's DejaVu fonts (no CJK glyphs)."""
    dejavu = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{dejavu}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return conf


def _first_page(pdf: Path, stem: Path) -> Image.Image:
    tool = require_tool("pdftoppm")
    subprocess.run(
        [tool, "-f", "1", "-l", "1", "-r", "60", "-png", str(pdf), str(stem)], check=True
    )
    (page,) = stem.parent.glob(f"{stem.name}*.png")
    return Image.open(page).convert("L")


def test_chinese_is_drawn_with_cjk_glyphs_not_boxes(liyang: Settings, tmp_path: Path) -> None:
    require_cjk_font()
    html = tmp_path / "b.html"
    html.write_text(render_html(build_briefing(liyang, "320481")), encoding="utf-8")
    code = "import sys; from weasyprint import HTML; HTML(sys.argv[1]).write_pdf(sys.argv[2])"
    real, boxes = tmp_path / "real.pdf", tmp_path / "boxes.pdf"
    subprocess.run([sys.executable, "-c", code, str(html), str(real)], check=True)
    env = {"FONTCONFIG_FILE": str(_fontconfig_without_cjk(tmp_path)), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code, str(html), str(boxes)], check=True, env=env)
    fonts = subprocess.run([require_tool("pdffonts"), str(real)], capture_output=True, text=True)
    assert "CJK" in fonts.stdout, fonts.stdout
    no_cjk = subprocess.run([require_tool("pdffonts"), str(boxes)], capture_output=True, text=True)
    assert "CJK" not in no_cjk.stdout
    good = _first_page(real, tmp_path / "real")
    bad = _first_page(boxes, tmp_path / "boxes")
    title = (0, 0, good.width, good.height // 8)  # the title and subtitle lines
    diff = ImageChops.difference(good.crop(title), bad.resize(good.size).crop(title))
    changed = sum(diff.histogram()[65:]) / (diff.width * diff.height)
    assert changed > 0.01, f"title renders alike with and without CJK fonts ({changed:.4f})"
    # the first page written by our own writer is the one with real glyphs
    ours = tmp_path / "ours.pdf"
    write_report(liyang, "320481", "pdf", ours)
    assert (
        "CJK"
        in subprocess.run(
            [require_tool("pdffonts"), str(ours)], capture_output=True, text=True
        ).stdout
    )
