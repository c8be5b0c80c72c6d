"""Markdown and HTML briefings: every footnote mark has its note, charts are written as
images, and a region with little data says what is missing instead of inventing it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from chainatlas.cli.main import cli
from chainatlas.service.dataset import import_dataset
from chainatlas.service.reports import write_report
from chainatlas.settings import Settings
from tests.report.conftest import require_cjk_font

FIXTURE = Path(__file__).resolve().parents[1] / "ingest" / "fixtures" / "every_entity.yaml"


def test_markdown_marks_and_notes_match_and_charts_exist(liyang: Settings, tmp_path: Path) -> None:
    require_cjk_font()
    out = tmp_path / "liyang.md"
    written = write_report(liyang, "320481", "md", out)
    text = out.read_text(encoding="utf-8")
    body, notes = text.split("## 注释与来源", 1)
    marks = {int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", body)}
    defined = [int(n) for n in re.findall(r"^\[\^(\d+)\]:", notes, re.M)]
    assert defined == list(range(1, len(defined) + 1))
    # every note is cited in the text or, for inputs of a formula, by another note (注N)
    from_notes = {int(n) for n in re.findall(r"注(\d+)", notes)}
    assert marks <= set(defined) and set(defined) <= marks | from_notes
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", body)
    assert len(images) >= 3
    assert all((out.parent / image).is_file() for image in images)
    assert all(p.exists() for p in written)
    assert re.search(r"1287\.4亿元\[\^\d+\]", body)


def test_small_region_names_missing_data(settings: Settings, tmp_path: Path) -> None:
    require_cjk_font()
    import_dataset(settings, FIXTURE)
    out = tmp_path / "small.html"
    write_report(settings, "320481", "html", out)
    html = out.read_text(encoding="utf-8")
    assert "1287.40亿元" in html and "测试文章" in html
    assert "缺图" in html  # the document's own gap is listed
    assert "未载" in html


def test_cli_writes_report_and_workbook(liyang: Settings, tmp_path: Path) -> None:
    require_cjk_font()
    runner = CliRunner()
    md = tmp_path / "b.md"
    result = runner.invoke(
        cli, ["--db", liyang.database_url, "report", "320481", "--format", "md", "--out", str(md)]
    )
    assert result.exit_code == 0, result.output
    assert md.exists() and f"wrote {md}" in result.output
    xlsx = tmp_path / "w.xlsx"
    result = runner.invoke(
        cli, ["--db", liyang.database_url, "export-workbook", "320481", str(xlsx)]
    )
    assert result.exit_code == 0, result.output
    assert xlsx.stat().st_size > 0


def test_without_a_chinese_font_the_html_briefing_says_which_charts_are_left_out(
    liyang: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A machine without fonts-noto-cjk still gets the text, tables and footnotes."""
    from chainatlas.report import charts
    from chainatlas.report.fonts import MissingFont

    def no_font() -> str:
        raise MissingFont("no font with Chinese glyphs is installed")

    monkeypatch.setattr(charts, "find_cjk_family", no_font)
    out = tmp_path / "liyang.html"
    write_report(liyang, "320481", "html", out)
    html = out.read_text(encoding="utf-8")
    assert "<img" not in html
    assert "图“发展历程”未绘制" in html and "图“集群规模与梯级门槛”未绘制" in html
    assert re.search(r"1287\.4", html) and "注释与来源" in html
