"""The Liyang workbook opens with openpyxl and holds the sheets and rows offices expect."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from chainatlas.report.sheets import SHEET_NAMES
from chainatlas.service.reports import export_workbook
from chainatlas.settings import Settings


def _rows(ws) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_workbook_holds_chain_map_lists_facts_and_checks(liyang: Settings, tmp_path: Path) -> None:
    book = load_workbook(export_workbook(liyang, "320481", tmp_path / "liyang.xlsx"))
    assert book.sheetnames == list(SHEET_NAMES)
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.column_dimensions["A"].width >= 6
    chain = _rows(book["产业链图谱"])
    cells = next(r for r in chain if r["节点"] == "电芯")
    assert cells["判定"] == "强" and "江苏时代新能源科技有限公司" in str(cells["企业"])
    assert "C3841" in str(cells["国标行业代码"])
    assert cells["环节"] == "电芯与电池包"
    assert str(cells["依据"]).startswith("有链主/龙头：宁德时代") and "leader" not in str(
        cells["依据"]
    )
    parts = next(r for r in chain if r["节点"] == "结构件")
    assert parts["依据"] == "企业2家：科达利、震裕科技；企业少于3家；无链主/龙头或细分领域领先企业"
    assert len([r for r in chain if r["产业链"] == "动力电池产业链"]) == 19
    enterprises = {r["企业"] for r in _rows(book["企业名录"])}
    assert {"江苏时代新能源科技有限公司", "江苏卓高新材料科技有限公司"} <= enterprises
    projects = {r["项目"]: r for r in _rows(book["项目清单"])}
    assert projects["江苏时代四期项目"]["投产"] == "2021-12-29"
    assert projects["江苏时代四期项目"]["签约"] == "日期未载"
    gaps = _rows(book["缺口与招商"])
    cathode = next(r for r in gaps if r["动作"] == "补链" and r["节点"] == "正极材料")
    assert str(cathode["理由"]).split("；")[:2] == [
        "本地没有企业挂在“正极材料”节点",
        "供给本地强势下游：电芯",
    ]
    facts = book["数据与来源"]
    by_key = {r["键"]: r for r in _rows(facts)}
    output = by_key["000-2x-output-2023h1"]
    assert float(output["数值"]) == 1287.4  # type: ignore[arg-type]
    assert output["来源文档"] == "产业强市看溧阳" and output["原文"] == "1287.4 亿元"
    derived = [r for r in by_key.values() if r["状态"] == "推算"]
    assert derived and all(r["公式"] and r["输入"] for r in derived)
    row = next(c.row for c in facts["A"] if c.value == "000-2x-output-2023h1")
    assert facts.cell(row=row, column=6).number_format == "#,##0.0"
    checks = _rows(book["一致性核验"])
    assert any(r["类别"] == "分项加总" and r["结论"] == "存疑" for r in checks)
