"""Tables whose header names what every column measures, rows of places or goods.

Two layouts that :mod:`tables` (name, unit column, amount, growth) does not read:

- the unit in each column's head (``园区名称　规上工业总产值（亿元）　同比增长（%）　占开发区比重（%）``,
  ``商品名称　出口额（亿元）　比上年增长（%）``): an amount, its growth and its share per row;
- a page unit over columns that each name a measure (``单位：%`` / ``县市区　规上工业增加值
  固定资产投资``): the growth of each measure per row, as the title says (…主要经济指标增速);
- rows of measures with their units (``指标 | 绝对数 | 增长%`` / ``地区生产总值（亿元） | 1286.45
  | 5.6``), a release's table of main indicators: the row's amount and its growth, the
  document's place's.

A row naming a place or a park is that place's; a row naming goods is the document's place's,
the goods naming the measure (香菇及制品出口额); the 合计 row is the whole's, and its share of
itself (100.0) is no figure. A ``—`` cell gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chainatlas.extract.doc import Doc, Paragraph, Quantity
from chainatlas.extract.numerals import parse_number
from chainatlas.extract.tables import VALUE_OF

#: Cells of a row: runs of two or more spaces, one ideographic space, or a bar keep them apart.
_CELL_SPLIT = re.compile(r"[ \t\u3000]*[|｜\u3000\t][ \t\u3000]*|[ \t]{2,}")
#: The first cell of such a header: what the rows are (园区名称, 商品名称, 县市区, 地区, 片区, 指标).
_ROW_HEAD = re.compile(
    r"[\u4e00-\u9fff（）、]{0,8}?(?:名称|县市区|县（市、区）|县区|地区|区域|园区|片区|镇街|乡镇)|指标|项目|行\u3000?业"
)
#: Heads of the columns of a table of measures: the amount in the row's unit, its growth.
_AMOUNT_HEAD = re.compile(r"绝对数|绝对值|绝对量|数值|总量|本期数?|累计数?|完成数?")
GROWTH_HEAD = re.compile(r"(?:同比|比上年(?:同期)?)?(?:增长|增速|增减)[（(]?%[）)]?")
#: A column of where each growth ranks among the peers (全市排位, 增速全省位次).
_RANK_HEAD = re.compile(r"(?:增速)?(?:全市|全省|全区|全州|全盟)?(?:位次|排名|排位)")
_UNIT_HEAD = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,16})[（(](?P<unit>[^）)]{1,4})[）)]")
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,16}")
_PAGE_UNIT = re.compile(r"单位[：:]\s*(%|亿元|万元|万美元)\s*$")
_GROWTH = re.compile(r"增长|增速")
_SHARE = re.compile(r"比重|占比|占")
#: A first cell of two characters spaced apart (行　业, 合　计), one word.
_SPACED_WORD = re.compile(r"^([\u4e00-\u9fff])\u3000([\u4e00-\u9fff])(?=[ \t\u3000|｜])")
#: A column headed by the span its amounts cover (1—10月（亿元）): what the title measures.
_SPAN_HEAD = re.compile(r"(?:\d{1,2}[—-])?\d{1,2}月|本月|本年|全年|上半年|前三季度|累计")
_BRACKETED = re.compile(r"[（(][^）)]{1,4}[）)]")
_CELL = re.compile(r"-?\d[\d,]*(?:\.\d+)?|[—-]{1,2}")
#: Rows naming a place or a park: each its own subject.
_PLACE_ROW = re.compile(r".{1,10}(?:区|县|市|园|园区|开发区|高新区|经开区|新区|镇|乡)$")
_PARK_ROW = re.compile(r"(?:园|园区|开发区|高新区|经开区|新区)$")
WHOLE_ROW = re.compile(r"合\s*计|总\s*计|全[市县区]")
#: Rows naming an industry (电气机械和器材制造业, 木材加工和木、竹、藤、棕、草制品业): each the
#: subject of its figures, measured as the columns and the table's title say.
_INDUSTRY_ROW = re.compile(r"[\u4e00-\u9fff、，]{2,24}业")


@dataclass(frozen=True, slots=True)
class _Column:
    label: str  # what the column measures (规上工业总产值, 占开发区比重)
    unit: str
    kind: str  # table (an amount), table_growth, table_share


def grid_rows(doc: Doc) -> list[Quantity]:
    """The figures of every grid table in ``doc``, in text order."""
    out: list[Quantity] = []
    columns: list[_Column] | None = None
    by_trade = False  # a header 行业: every row an industry (医药制造, 新材料)
    for k, p in enumerate(doc.paragraphs):
        if columns is not None:
            cells = row_cells(doc, p)
            if len(cells) == len(columns) + 1:
                out += _row(cells, columns, by_trade)
                continue
            columns = None  # the first line that is no row ends the table
        if _ROW_HEAD.match(doc.text, p.start, p.end):
            columns = _header(doc, k, row_cells(doc, p))
            by_trade = doc.text.startswith("行", p.start)
    return out


def _measured(doc: Doc, k: int) -> str:
    """What the table whose header is paragraph ``k`` measures, as its title above says
    (表1　…主要行业规上工业增加值增长情况 -> 增加值); empty when it says nothing."""
    above = doc.paragraphs[max(0, k - 2) : k]
    found = [m.group() for p in above for m in VALUE_OF.finditer(doc.text, p.start, p.end)]
    return found[-1] if found else ""


_FULL_BRACKETS = str.maketrans("()", "（）")


def row_cells(doc: Doc, p: Paragraph) -> list[tuple[int, str]]:
    """The cells of a paragraph with their starts in the text; one cell for a line that is
    no row. Cells are told apart in the original, whose spaces normalising takes out
    (``园区名称　　规上工业总产值（亿元）　　同比增长（%）`` loses those beside brackets)."""
    s, e = doc.original_span(p.start, p.end)
    out, pos = [], p.start
    for cell in _CELL_SPLIT.split(_SPACED_WORD.sub("\\1\\2", doc.original[s:e].strip())):
        at = doc.text.find(cell, pos, p.end)
        if at < 0 and "(" in cell:  # 增减变动幅度(%): the text writes its brackets full-width
            cell = cell.translate(_FULL_BRACKETS)
            at = doc.text.find(cell, pos, p.end)
        if at < 0 and len(cell) == 2:  # 行　业, 合　计: a word of two spaced characters
            at = doc.text.find(f"{cell[0]}\u3000{cell[1]}", pos, p.end)
            cell = doc.text[at : at + 3] if at >= 0 else cell
        if at < 0:
            return []  # a cell the text writes otherwise: no row to read
        out.append((at, cell))
        pos = at + len(cell)
    return out


def _header(doc: Doc, k: int, cells: list[tuple[int, str]]) -> list[_Column] | None:
    """The columns a header line names, or None when the line heads no grid."""
    if len(cells) < 3 or not _ROW_HEAD.fullmatch(cells[0][1]):
        return None
    names = [c for _, c in cells[1:]]
    if any(c == "单位" or _CELL.fullmatch(c) for c in names):
        return None  # 产品名称　单位　产量: the unit column's layout, read by tables
    if cells[0][1] in ("指标", "项目"):
        return _measure_columns(names)
    page = _page_unit(doc, k)
    columns: list[_Column] = []
    for name in names:
        head = _UNIT_HEAD.fullmatch(name)
        label, unit = (head.group("label"), head.group("unit")) if head else (name, page)
        span = _SPAN_HEAD.match(name)
        if span is not None and _BRACKETED.fullmatch(name, span.end()):
            # 1—10月（亿元） under …分行业总产值: the span's amount of what the title measures
            label, unit = _measured(doc, k), name[span.end() + 1 : -1]
        if unit is None or not _LABEL.fullmatch(label):
            return None
        if GROWTH_HEAD.fullmatch(name) and not columns:
            label = _measured(doc, k) + label  # 增速（%） under …增加值增长情况: 增加值增速
        columns.append(_column(label, unit, columns, page is not None))
    return columns


def _measure_columns(names: list[str]) -> list[_Column] | None:
    """The columns of a table of measures (绝对数, 增长%, 全市排位): an amount in the unit its
    row names (label and unit left to the row), a growth in %, the growth's place among the
    peers; None for other heads."""
    columns = []
    for name in names:
        if _AMOUNT_HEAD.fullmatch(name):
            columns.append(_Column("", "", "table"))
        elif GROWTH_HEAD.fullmatch(name):
            columns.append(_Column("增速", "%", "table_growth"))
        elif _RANK_HEAD.fullmatch(name):  # 全市排位: where the row's growth ranks
            label = name if name.startswith("增速") else "增速" + name
            columns.append(_Column(label, "位", "table_rank"))
        else:
            return None
    return columns


def _column(label: str, unit: str, before: list[_Column], page: bool) -> _Column:
    """What one column holds: a growth of the amount before it (同比增长（%）), a share
    (占开发区比重（%）), an amount; under a page unit of % every column is a growth."""
    if unit == "%" and (page or _GROWTH.search(label)):
        if page or not before:
            return _Column(f"{label.removesuffix('增速')}增速", unit, "table_growth")
        amounts = [c for c in before if c.kind == "table"] or before
        return _Column(f"{amounts[-1].label}增速", unit, "table_growth")  # of the amount before it
    if unit == "%" and _SHARE.search(label):
        return _Column(label, unit, "table_share")
    return _Column(label, unit, "table")


def _page_unit(doc: Doc, k: int) -> str | None:
    """The unit a line above the header gives all cells (单位：%)."""
    for j in range(max(0, k - 2), k):
        p = doc.paragraphs[j]
        unit = _PAGE_UNIT.search(doc.text, p.start, p.end)
        if unit is not None:
            return unit.group(1)
    return None


def _row(cells: list[tuple[int, str]], columns: list[_Column], by_trade: bool) -> list[Quantity]:
    """The figures of one row, each in its column's unit and measure."""
    name = cells[0][1]
    whole = WHOLE_ROW.fullmatch(name) is not None
    place = not whole and _PLACE_ROW.fullmatch(name) is not None
    industry = not whole and not place and (by_trade or _INDUSTRY_ROW.fullmatch(name) is not None)
    own = _UNIT_HEAD.fullmatch(name)  # 地区生产总值（亿元）: a measure's row, with its unit
    name = own.group("label") if own is not None else name
    out = []
    for (start, cell), column in zip(cells[1:], columns, strict=True):
        if not _CELL.fullmatch(cell) or cell.strip("—-") == "":
            continue  # — : nothing to tell
        if whole and column.kind == "table_share":
            continue  # 合计　…　100.0: the whole as its own share
        unit = column.unit or (own.group("unit") if own is not None else "")
        if not unit:
            continue  # 规模以上工业增加值 | — | 7.8: an amount with no unit, none told
        value = parse_number(cell.replace(",", ""))
        indicator = column.label if place or whole or industry else f"{name}{column.label}"
        q = Quantity(start, start + len(cell), value.normalize(), unit, kind=column.kind)
        q.indicator = indicator
        if place:
            q.subject, q.subject_type = name, "park" if _PARK_ROW.search(name) else "region"
        elif industry:
            q.subject = name
        out.append(q)
    return out
