"""Tables of goals against what was done, or of places ranked, set as text:

    指标名称　　单位　　年度目标　　1—10月完成　　完成年度目标（%）　　同比增长（%）
    规上工业开票销售　　亿元　　680　　562.4　　82.7　　11.2

    指标名称　　单位　　1—9月　　同比增长（%）　　增速全市位次
    固定资产投资　　%　　—　　4.2　　6

A park's or a county's summary of the year so far lays out each measure's goal for the year,
what was done, the part of the goal done and the growth; a county's release may add where
each growth ranks among the county's peers. The unit stands in a column of its own and the
columns say what each number is, so neither :mod:`tables` (one amount and a growth) nor
:mod:`grid_tables` (units in the heads) reads it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.grid_tables import GROWTH_HEAD, row_cells
from chainatlas.extract.numerals import parse_number
from chainatlas.extract.tables import TABLE_UNITS, WHEN

_NAME_HEAD = re.compile(r"(?:指标|项目)(?:名称)?")
#: A goal's column; a plan's report heads each with its year (2026年计划, 2026年预计完成,
#: 2027年预期目标): the year's plan, what the year is expected to close at, the next year's aim.
_GOAL = re.compile(
    r"(?:(?:19|20)\d\d年)?(?:年度|全年)?"
    r"(?:(?:计划目标|目标|计划)(?:任务|值)?(?:数)?|预期目标|预计完成(?:数|值)?|预计)"
)
_DONE = re.compile(
    r"(?:\d{1,2}[—\-–~至]\d{1,2}月|上半年|前三季度|本期|本年|全年)?(?:累计)?(?:完成|实绩)(?:数|值|情况)?"
)
_PART_DONE = re.compile(
    r"完成(?:年度|全年)?(?:目标|计划)?(?:进度|比例)?[（(]%[）)]|完成率[（(]?%?[）)]?|目标完成率"
)
#: The amount of the span a release tells (1—9月, 前三季度, 绝对值, 绝对量, 累计): what was done,
#: without 完成.
_SPAN = re.compile(
    r"\d{1,2}[—\-–~至]\d{1,2}月(?:累计)?|上半年|前三季度|全年|绝对[值数量]|累计[值数]?"
)
#: Where the growth ranks (增速全市位次, 全省排名): a place among the field's.
_RANK = re.compile(r"(?:增速)?(?:全市|全省|全区|全州|全盟)?(?:位次|排名|排位)")
#: 76.5%: a part done written with its sign; 6左右: a goal told with its bound.
_CELL = re.compile(r"-?\d[\d,]*(?:\.\d+)?[%％]?(?:左右|以上|以内)?")
_BOUND = re.compile(r"左右|以上|以内")
#: The note a goal under a column headed with its year carries (year:2027).
_YEAR_NOTE = "year:"
_YEAR_HEAD = re.compile(r"(?:19|20)\d\d(?=年)")


def _year(head: str) -> str:
    """The year a goal column's head opens with (2027年预期目标 -> 2027); "" for none."""
    year = _YEAR_HEAD.match(head)
    return year.group() if year is not None else ""


def column_year(q: Quantity) -> str:
    """The year of the column a table's goal stands under (2027年预期目标 -> 2027), which
    settles its period whatever the text around says; "" for any other figure."""
    return next((n[len(_YEAR_NOTE) :] for n in q.notes if n.startswith(_YEAR_NOTE)), "")


#: What each column holds, as the kind of figure it gives.
_COLUMNS = ((_GOAL, "table_goal"), (_DONE, "table"), (_SPAN, "table"),
            (_PART_DONE, "table_share"), (GROWTH_HEAD, "table_growth"),
            (_RANK, "table_rank"))  # fmt: skip
#: What a column of the part done calls it (完成进度（%）, 完成率（%）), else 完成年度目标比例.
_DONE_WORDS = ("完成进度", "完成率")


def goal_rows(doc: Doc) -> list[Quantity]:
    """The figures of every table of goals or of ranked growths in ``doc``, in text order."""
    if "单位" not in doc.text:
        return []  # a head without its 单位 column heads no such table
    out: list[Quantity] = []
    columns: list[tuple[str, str]] | None = None
    numbered = False  # 序号　指标名称　单位…: each row opens with its number
    for p in doc.paragraphs:
        cells = row_cells(doc, p)
        if numbered and cells and cells[0][1].isdigit():
            cells = cells[1:]
        short = len(columns) + 2 - len(cells) if columns is not None else -1
        if columns is not None and (short == 0 or (short == 1 and columns[-1][0] == "remark")):
            out += _row(cells, columns[: len(cells) - 2])  # a row may leave its 备注 empty
            continue
        numbered = bool(cells) and cells[0][1] == "序号"
        columns = _header([c for _, c in cells[numbered:]])
    return out


def _header(cells: list[str]) -> list[tuple[str, str]] | None:
    """The kinds and heads of the columns after 指标名称 and 单位, or None when the line heads
    no such table (it must name a goal and what was done, or the part of a goal done beside
    the amount, or a rank)."""
    if len(cells) < 4 or not _NAME_HEAD.fullmatch(cells[0]) or cells[1] not in ("单位", "计量单位"):
        return None
    kinds = [next((k for head, k in _COLUMNS if head.fullmatch(c)), "") for c in cells[2:]]
    if kinds[-1] == "" and cells[-1] == "备注":
        kinds[-1] = "remark"  # words on the row (同比增长4.6%, 速度指标), read as prose
    done = {"table_goal", "table"} <= set(kinds) or {"table", "table_share"} <= set(kinds)
    dated = [c for c, k in zip(cells[2:], kinds, strict=True) if k == "table_goal" and _year(c)]
    done = done or len(dated) >= 2  # a plan's goals year by year, and the year's close
    ours = done or "table_rank" in kinds  # a goal, or the part of one done, beside the amount
    return list(zip(kinds, cells[2:], strict=True)) if "" not in kinds and ours else None


def _row(cells: list[tuple[int, str]], columns: list[tuple[str, str]]) -> list[Quantity]:
    """One row's figures: goal and done in the row's unit, the part done and the growth in %,
    the growth's place among its peers."""
    name = WHEN.sub("", cells[0][1]).removeprefix("其中：").removeprefix("其中:")
    unit, factor = TABLE_UNITS.get(cells[1][1], (cells[1][1], 1))
    if unit == "%" and name.endswith("增长"):
        name = name[:-2] + "增速"  # 地区生产总值增长 | % | 6左右 | 6.3: the growth's rate
    out = []
    for (start, cell), (kind, head) in zip(cells[2:], columns, strict=True):
        if kind == "remark":
            out += _remark(start, cell, name)
            continue
        if not _CELL.fullmatch(cell):
            continue  # —: nothing to tell
        value = parse_number(_BOUND.sub("", cell).replace(",", "").rstrip("%％"))
        if kind == "table_rank":
            q = Quantity(start, start + len(cell), value.normalize(), "位", kind=kind)
            q.indicator = name + (head if head.startswith("增速") else "增速" + head)
        elif kind in ("table_share", "table_growth"):
            q = Quantity(start, start + len(cell), value.normalize(), "%", kind=kind)
            done = next((w for w in _DONE_WORDS if w in head), "完成年度目标比例")
            q.indicator = name + (done if kind == "table_share" else "增速")  # 完成进度（%）
        else:
            amount = (value * Decimal(factor)).normalize()
            if unit == "%" and name.endswith(_FALLS):
                amount = -amount  # 单位工业增加值能耗下降 | % | 3.0: a fall of 3 %
            q = Quantity(start, start + len(cell), amount, unit, kind=kind)
            q.indicator = name
            q.qualifier = "target" if kind == "table_goal" else "exact"
            if kind == "table_goal" and (year := _year(head)):
                q.notes.append(_YEAR_NOTE + year)  # 2027年预期目标: that year's goal
        out.append(q)
    return out


#: Rows that measure a fall in per cent (单位工业增加值能耗下降, 单位地区生产总值能耗降低率).
_FALLS = ("下降", "降低", "下降率", "降低率")
#: A 备注 cell that tells the row's growth (同比增长4.6%, 比上年下降2.1%).
_REMARK_GROWTH = re.compile(r"(?:同比|比上年)?(增长|下降)(\d[\d.]*[%％])")
#: A 备注 cell that tells how far the row passed or fell short of its goal or of the time gone
#: (高于目标1.2个百分点, 滞后序时进度3.3个百分点).
_REMARK_GAP = re.compile(
    r"(?:(高于|低于)(?:年度|预期)?目标|(超|超过|快于|滞后|落后|慢于|低于)序时进度)(\d[\d.]*)个百分点"
)


def _remark(start: int, cell: str, name: str) -> list[Quantity]:
    """The growth a row's 备注 tells, as the growth column would, or its gap to the goal or to
    the time gone (规上工业增加值增速高于目标, 新开工亿元以上项目完成率与序时进度差); none for
    other remarks (速度指标, 期末数)."""
    told = _REMARK_GROWTH.fullmatch(cell)
    gap = _REMARK_GAP.fullmatch(cell) if told is None else None
    if told is not None:
        q = Quantity(
            start + told.start(2),
            start + told.end(),
            parse_number(told.group(2).rstrip("%％")),
            "%",
        )
        q.kind, q.indicator = "table_growth", name + "增速"
        falls = told.group(1) == "下降"
    elif gap is not None:
        q = Quantity(
            start + gap.start(3), start + gap.end(), parse_number(gap.group(3)), "个百分点"
        )
        q.kind = "table_gap"
        q.indicator = name + gap.group(1) + "目标" if gap.group(1) else name + "完成率与序时进度差"
        falls = (gap.group(1) or gap.group(2)) in ("低于", "滞后", "落后", "慢于")
    else:
        return []
    q.value = -q.value.normalize() if falls else q.value.normalize()
    return [q]
