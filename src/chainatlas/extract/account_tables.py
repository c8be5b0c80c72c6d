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
    (re.compile(r"[^（(]{0,20}?(?:变动|增减)(?:比例|幅度)?(?:[（(]%[）)])?"), "table_growth"),
    (re.compile(r"(?:主要)?原因|说明"), ""),
)
#: ``单位：元　币种：人民币``: the unit of every amount in the tables below.
_UNIT_LINE = re.compile(r"单位[：:]\s*(千元|万元|亿元|元)")
_FACTORS = {"元": 1, "千元": 1_000, "万元": 1, "亿元": 1}
_UNITS = {"元": "元", "千元": "元", "万元": "万元", "亿元": "亿元"}
#: A row's own unit in its name (营业收入（元）, 基本每股收益（元/股）, 净资产收益率（%）).
_ROW_UNIT = re.compile(r"[（(](元/股|元|%)[）)]$")
#: A row of changes named with the column it compares (交易性金融资产_本报告期末).
_ROW_SPAN = re.compile(r"_(本报告期末|年初至报告期末|本报告期)$")
#: A cell's number, with its % where the cell writes one (21.36%).
_CELL = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)(%?)")
#: Words one of a firm's account tables must hold in its head.
_ACCOUNT_WORDS = re.compile(r"本期|报告期|科目|上年同期|上年度末|变动比例")
#: The quarter a quarterly report covers (2026年第三季度报告, 三季报).
_QUARTER = re.compile(r"第([一二三四])季度报告|([一三])季报")
#: A rate's change in points, told with its direction (增加1.32个百分点, 减少0.28).
GAP_CELL = re.compile(r"(?:增加|减少|提高|下降|上升)(\d+(?:\.\d+)?)(?:个百分点)?")


def account_rows(doc: Doc) -> list[Quantity]:
    """The figures of every table of a firm's accounts in ``doc``, in text order."""
    if not _ACCOUNT_WORDS.search(doc.text):
        return []  # most texts hold no such table: no need to split every line into cells
    out: list[Quantity] = []
    columns: list[str] | None = None
    unit = None
    told = _QUARTER.search(doc.text)
    quarter = f"第{told.group(1) or told.group(2)}季度" if told else ""
    singles: list[bool] = []
    for k, p in enumerate(doc.paragraphs):
        cells = row_cells(doc, p)
        if columns is not None and len(cells) == len(columns) + 1:
            out += _row(cells, columns, unit, [quarter if one else "" for one in singles])
            continue
        heads = [c for _, c in cells]
        columns = _header(heads)
        unit = (unit_above(doc, k) or unit) if columns is not None else unit
        # 本报告期 beside 年初至报告期末 in a quarterly report: the quarter's own amounts
        singles = [h.startswith("本报告期") and not h.startswith("本报告期末")
                   and "年初至报告期末" in heads for h in heads[-len(columns or []) :]]  # fmt: skip
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


def unit_above(doc: Doc, k: int) -> str | None:
    """The unit told on one of the two lines above the head (单位：元　币种：人民币), if any."""
    for p in doc.paragraphs[max(0, k - 2) : k]:
        told = _UNIT_LINE.search(doc.text, p.start, p.end)
        if told is not None:
            return told.group(1)
    return None


def _row(
    cells: list[tuple[int, str]], columns: list[str], unit: str | None, quarters: list[str]
) -> list[Quantity]:
    """One account's figures: the amounts in the table's unit (or the row's own), the changes
    in %; a quarter's own column names its quarter (第三季度营业收入)."""
    row = cells[0][1]
    own = _ROW_UNIT.search(row)
    span = _ROW_SPAN.search(row)
    cut = own or span
    row = row[: cut.start()] if cut is not None else row
    out = []
    for (start, cell), kind, quarter in zip(cells[1:], columns, quarters, strict=True):
        name = quarter + row
        gap = GAP_CELL.fullmatch(cell) if kind == "table_growth" else None
        if gap is not None:  # 减少0.28个百分点: a rate's change, in points
            at = start + gap.start(1)
            out.append(Quantity(at, start + len(cell), parse_number(gap.group(1)), "个百分点",
                                kind="table", indicator=name + "变动"))  # fmt: skip
            continue
        number = _CELL.fullmatch(cell) if kind else None
        if number is None:
            continue  # 不适用, 主要系…: no amount of the column's kind
        value = parse_number(number.group(1).replace(",", ""))
        per_cent = bool(number.group(2)) or (own is not None and own.group(1) == "%")
        if kind == "table_growth":
            q = Quantity(start, start + len(cell), value.normalize(), "%", kind=kind)
            q.indicator = name + ("变动比例" if span else "增速")
            # 总资产 …本报告期末比上年度末增减; 交易性金融资产_本报告期末: a change to the period's end
            if "table_end" in columns or (span and span.group(1) == "本报告期末"):
                q.kind = "table_end_growth"
                q.indicator = name + ("变动比例" if span else "较上年度末增速")
        elif (
            per_cent or own is not None
        ):  # 每股收益（元/股）: an amount; 净资产收益率 2.56%: a rate
            ratio = "table_ratio" if per_cent else kind
            q = Quantity(start, start + len(cell), value.normalize(), "%" if per_cent else "元",
                         kind=ratio)  # fmt: skip
            q.indicator = name
        elif unit is None:
            continue  # an amount with no unit told: no figure to give
        else:
            amount, written = in_unit(value, unit)
            q = Quantity(start, start + len(cell), amount, written, kind=kind)
            q.indicator = name
        out.append(q)
    return out


def in_unit(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """An amount of a table whose page tells ``unit`` (单位：千元), as the figure's value and
    unit (thousands of yuan are written in yuan)."""
    return (value * Decimal(_FACTORS[unit])).normalize(), _UNITS[unit]
