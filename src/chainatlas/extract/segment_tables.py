"""A listed firm's table of its main business by product, trade or region, set as text:

    主营业务分产品情况
    单位：万元　币种：人民币
    分产品　　营业收入　　营业成本　　毛利率（%）　　营业收入比上年增减（%）　　毛利率比上年增减（%）
    底盘系统零部件　　124,615.42　　96,190.64　　22.81　　18.6　　增加1.32个百分点

Every half-year and annual report sets this table out the same way: each row is one line of
the firm's business, which is the subject of its figures; the columns say what each figure
is (the period's income and cost in the page's unit, the gross margin, the change of income or
cost in %, the change of the margin in points). A 合计 row is the firm's own, left to the
subject reader. Neither the account tables (whose rows are accounts) nor the grid tables
(whose heads carry their units) read it.
"""

from __future__ import annotations

import re

from chainatlas.extract.account_tables import GAP_CELL, in_unit, unit_above
from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.grid_tables import WHOLE_ROW, row_cells
from chainatlas.extract.numerals import parse_number

#: The first cell of the head: what the rows are (分产品, or 产品 alone in some reports).
_ROWS_HEAD = re.compile(r"分?(?:产品|行业|地区|业务|销售模式|板块)")
_PER_CENT = r"[（(]%[）)]"
#: What each column holds: (pattern of its head, kind, unit, indicator, in which {} is what
#: the head names); a unit of "" is the page's.
_COLUMNS: tuple[tuple[re.Pattern[str], str, str, str], ...] = (
    (re.compile(r"(营业收入|营业成本)"), "table", "", "{}"),
    (re.compile(rf"毛利率(?:{_PER_CENT})?"), "table_ratio", "%", "毛利率"),
    (re.compile(rf"(营业收入|营业成本)比上年(?:同期)?增减(?:{_PER_CENT})?"), "table_growth", "%", "{}增速"),
    (re.compile(r"毛利率比上年(?:同期)?增减(?:[（(](?:%|个百分点)[）)])?"), "gap", "个百分点",
     "毛利率比上年增减"),
)  # fmt: skip
#: A cell's number, maybe with its % (31.30%, -0.52%).
_CELL = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)%?")


def segment_rows(doc: Doc) -> list[Quantity]:
    """The figures of every table of a firm's business by segment in ``doc``, in text order."""
    if "营业成本" not in doc.text:
        return []  # no such table: no need to split every line into cells
    out: list[Quantity] = []
    columns: list[tuple[str, str, str]] | None = None
    unit = None
    for k, p in enumerate(doc.paragraphs):
        cells = row_cells(doc, p)
        if columns is not None and len(cells) == len(columns) + 1:
            out += _row(cells, columns, unit)
            continue
        if columns is not None and len(cells) == 1 and _ROWS_HEAD.fullmatch(cells[0][1]):
            continue  # 分产品 / 分地区 on a line of its own, between the head and its rows
        columns = _header([c for _, c in cells])
        unit = unit_above(doc, k) if columns is not None else None
    return out


def _header(cells: list[str]) -> list[tuple[str, str, str]] | None:
    """(kind, unit, indicator) of each column after the first, or None when the line heads
    no such table; the first may be left blank (the rows' kind then on a line of its own)."""
    named = bool(cells) and _ROWS_HEAD.fullmatch(cells[0]) is not None
    if len(cells) < 3 or not (named or cells[0] == "营业收入"):
        return None
    out = []
    for cell in cells[1:] if named else cells:
        for head, kind, unit, indicator in _COLUMNS:
            m = head.fullmatch(cell)
            if m is not None:
                out.append((kind, unit, indicator.format(m.group(m.lastindex or 0))))
                break
        else:
            return None
    return out


def _row(
    cells: list[tuple[int, str]], columns: list[tuple[str, str, str]], unit: str | None
) -> list[Quantity]:
    """One line of business: its figures, each in its column's unit and meaning."""
    name = cells[0][1]
    if _CELL.fullmatch(name):
        return []  # a row with no name is no line of business
    whole = WHOLE_ROW.fullmatch(name) is not None
    out = []
    for (start, cell), (kind, own, indicator) in zip(cells[1:], columns, strict=True):
        if kind == "gap":
            m = GAP_CELL.fullmatch(cell) or _CELL.fullmatch(cell)
            if m is None:
                continue
            at = start + (m.start(1) if m.re is GAP_CELL else 0)
            q = Quantity(at, start + len(cell), parse_number(m.group(1)), own, kind="table")
        elif (number := _CELL.fullmatch(cell)) is None or not (own or unit):
            continue  # 不适用, —, or an amount with no unit told
        else:
            value = parse_number(number.group(1).replace(",", ""))
            amount, written = (value.normalize(), own) if own else in_unit(value, str(unit))
            q = Quantity(start, start + len(cell), amount, written, kind=kind)
        q.indicator = indicator
        if not whole:
            q.subject = name
        out.append(q)
    return out
