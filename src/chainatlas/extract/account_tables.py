"""A listed firm's tables of its accounts, set as text:

    财务报表相关科目变动分析表
    单位：元　币种：人民币
    科目　　　　本期数　　　　上年同期数　　　　变动比例（%）
    营业收入　　3,685,216,437.52　　3,005,872,915.36　　22.60

    项目　　本报告期　　本报告期比上年同期增减变动幅度（%）　　年初至报告期末　　…
    本报告期末　　上年度末　　本报告期末比上年度末增减变动幅度（%）
    项目名称　　变动比例（%）　　主要原因

Half-year, quarterly and annual reports (主要会计数据, 管理层讨论与分析) set out each account for
the period (or at its end), for the same period a year before (or the year's end) and its
change in %; the unit stands on a line of its own above the head, so no reader that takes
units from the rows or the heads finds these figures.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.grid_tables import row_cells
from chainatlas.extract.numerals import parse_number

_NAME_HEAD = re.compile(r"科目|项目(?:名称)?")
#: What each column holds, as the kind of figure it gives: amounts of the period (本期,
#: 年初至报告期末) or at its end (本报告期末), the same a year before or at the year's end,
#: the change in %, and words (主要原因) that give no figure.
_COLUMNS = (
    (re.compile(r"本报告期末|期末(?:数|余额)"), "table_end"),
    (re.compile(r"本期(?:数|金额|发生额)?|本报告期|本年(?:数|金额)?|年初至报告期末"), "table"),
    (re.compile(r"上年度末|上年末|期初(?:数|余额)"), "table_year_end"),
    (re.compile(r"上年同期(?:数|金额|发生额)?|上年(?:数|金额)"), "table_prior"),
    (re.compile(r"[^（(]{0,20}?(?:变动|增减)(?:比例|幅度)?[（(]%[）)]"), "table_growth"),
    (re.compile(r"(?:主要)?原因|说明"), ""),
)
#: ``单位：元　币种：人民币``: the unit of every amount in the tables below.
_UNIT_LINE = re.compile(r"单位[：:]\s*(千元|万元|亿元|元)")
_FACTORS = {"元": 1, "千元": 1_000, "万元": 1, "亿元": 1}
_UNITS = {"元": "元", "千元": "元", "万元": "万元", "亿元": "亿元"}
#: A row's own unit in its name (基本每股收益（元/股）, 加权平均净资产收益率（%）).
_ROW_UNIT = re.compile(r"[（(](元/股|%)[）)]$")
#: A row of changes named with the column it compares (交易性金融资产_本报告期末).
_ROW_SPAN = re.compile(r"_(本报告期末|年初至报告期末|本报告期)$")
_CELL = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
_GAP_CELL = re.compile(r"(?:增加|减少|提高|下降)(\d+(?:\.\d+)?)个百分点")


def account_rows(doc: Doc) -> list[Quantity]:
    """The figures of every table of a firm's accounts in ``doc``, in text order."""
    out: list[Quantity] = []
    columns: list[str] | None = None
    unit = None
    for k, p in enumerate(doc.paragraphs):
        cells = row_cells(doc, p)
        if columns is not None and unit is not None and len(cells) == len(columns) + 1:
            out += _row(cells, columns, unit)
            continue
        columns = _header([c for _, c in cells])
        unit = (_unit_above(doc, k) or unit) if columns is not None else unit
    return out


def _header(cells: list[str]) -> list[str] | None:
    """The kinds of the columns after 科目 / 项目 (a head that leaves the first cell empty,
    ``　　本报告期末　　上年度末…``, gives them all), or None when the line heads no such table:
    it must give an amount and what it is compared with, or the change alone."""
    heads = cells[1:] if cells and _NAME_HEAD.fullmatch(cells[0]) else cells
    kinds = [next((k for head, k in _COLUMNS if head.fullmatch(c)), "?") for c in heads]
    if "?" in kinds or len(heads) < 2 or (len(heads) == len(cells) and "table_growth" not in kinds):
        return None
    amounts = {"table", "table_end"} & set(kinds)
    compared = amounts and ({"table_prior", "table_year_end", "table_growth"} & set(kinds))
    changes = kinds.count("table_growth") == 1 and len(heads) == 2
    return kinds if compared or changes else None


def _unit_above(doc: Doc, k: int) -> str | None:
    """The unit told on one of the two lines above the head (单位：元), if any."""
    for p in doc.paragraphs[max(0, k - 2) : k]:
        told = _UNIT_LINE.search(doc.text, p.start, p.end)
        if told is not None:
            return told.group(1)
    return None


def _row(cells: list[tuple[int, str]], columns: list[str], unit: str) -> list[Quantity]:
    """One account's figures: the amounts in the table's unit (or the row's own), the changes
    in %."""
    name = cells[0][1]
    own = _ROW_UNIT.search(name)
    span = _ROW_SPAN.search(name)
    cut = own or span
    name = name[: cut.start()] if cut is not None else name
    out = []
    for (start, cell), kind in zip(cells[1:], columns, strict=True):
        gap = _GAP_CELL.fullmatch(cell) if kind == "table_growth" else None
        if gap is not None:  # 减少0.28个百分点: a rate's change, in points
            at = start + gap.start(1)
            out.append(Quantity(at, start + len(cell), parse_number(gap.group(1)), "个百分点",
                                kind="table", indicator=name + "变动"))  # fmt: skip
            continue
        if not kind or not _CELL.fullmatch(cell):
            continue  # 不适用, 主要系…: no amount of the column's kind
        value = parse_number(cell.replace(",", ""))
        if kind == "table_growth":
            q = Quantity(start, start + len(cell), value.normalize(), "%", kind=kind)
            q.indicator = name + ("变动比例" if span else "增速")
            # 总资产 …本报告期末比上年度末增减; 交易性金融资产_本报告期末: a change to the period's end
            if "table_end" in columns or (span and span.group(1) == "本报告期末"):
                q.kind = "table_end_growth"
        elif own is not None:  # 每股收益（元/股）: an amount; 净资产收益率（%）: a ratio
            ratio = "table_ratio" if own.group(1) == "%" else kind
            q = Quantity(start, start + len(cell), value.normalize(), own.group(1)[0], kind=ratio)
            q.indicator = name
        else:
            amount = (value * Decimal(_FACTORS[unit])).normalize()
            q = Quantity(start, start + len(cell), amount, _UNITS[unit], kind=kind)
            q.indicator = name
        out.append(q)
    return out
