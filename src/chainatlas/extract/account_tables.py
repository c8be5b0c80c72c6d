"""A listed firm's table of changes in its accounts, set as text:

    财务报表相关科目变动分析表
    单位：元　币种：人民币
    科目　　　　本期数　　　　上年同期数　　　　变动比例（%）
    营业收入　　3,685,216,437.52　　3,005,872,915.36　　22.60

Half-year and annual reports (管理层讨论与分析) set out each account for the period, for the
same period a year before and its change in %; the unit stands on a line of its own above
the head, so no reader that takes units from the rows or the heads finds these figures.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.grid_tables import row_cells
from chainatlas.extract.numerals import parse_number

_NAME_HEAD = re.compile(r"科目|项目")
_NOW = re.compile(r"本期(?:数|金额|发生额)?|本报告期|本年(?:数|金额)?")
_BEFORE = re.compile(r"上年同期(?:数|金额|发生额)?|上年(?:数|金额)")
_CHANGE = re.compile(r"(?:变动|增减)(?:比例|幅度)?[（(]%[）)]")
#: ``单位：元　币种：人民币``: the unit of every amount in the table below.
_UNIT_LINE = re.compile(r"单位[：:]\s*(千元|万元|亿元|元)")
_FACTORS = {"元": 1, "千元": 1_000, "万元": 1, "亿元": 1}
_UNITS = {"元": "元", "千元": "元", "万元": "万元", "亿元": "亿元"}
_CELL = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
#: What each column holds, as the kind of figure it gives.
_COLUMNS = ((_NOW, "table"), (_BEFORE, "table_prior"), (_CHANGE, "table_growth"))


def account_rows(doc: Doc) -> list[Quantity]:
    """The figures of every table of account changes in ``doc``, in text order."""
    out: list[Quantity] = []
    columns: list[str] | None = None
    unit = None
    for k, p in enumerate(doc.paragraphs):
        cells = row_cells(doc, p)
        if columns is not None and unit is not None and len(cells) == len(columns) + 1:
            out += _row(cells, columns, unit)
            continue
        columns = _header([c for _, c in cells])
        unit = _unit_above(doc, k) if columns is not None else None
    return out


def _header(cells: list[str]) -> list[str] | None:
    """The kinds of the columns after 科目, or None when the line heads no such table (it
    must give this period's amount and the year before's)."""
    if len(cells) < 3 or not _NAME_HEAD.fullmatch(cells[0]):
        return None
    kinds = [next((k for head, k in _COLUMNS if head.fullmatch(c)), "") for c in cells[1:]]
    return kinds if "" not in kinds and {"table", "table_prior"} <= set(kinds) else None


def _unit_above(doc: Doc, k: int) -> str | None:
    """The unit told on one of the two lines above the head (单位：元), if any."""
    for p in doc.paragraphs[max(0, k - 2) : k]:
        told = _UNIT_LINE.search(doc.text, p.start, p.end)
        if told is not None:
            return told.group(1)
    return None


def _row(cells: list[tuple[int, str]], columns: list[str], unit: str) -> list[Quantity]:
    """One account's figures: the two amounts in the table's unit, the change in %."""
    name = cells[0][1]
    out = []
    for (start, cell), kind in zip(cells[1:], columns, strict=True):
        if not _CELL.fullmatch(cell):
            continue  # —: nothing to tell
        value = parse_number(cell.replace(",", ""))
        if kind == "table_growth":
            q = Quantity(start, start + len(cell), value.normalize(), "%", kind=kind)
            q.indicator = name + "增速"
        else:
            amount = (value * Decimal(_FACTORS[unit])).normalize()
            q = Quantity(start, start + len(cell), amount, _UNITS[unit], kind=kind)
            q.indicator = name
        out.append(q)
    return out
