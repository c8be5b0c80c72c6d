"""Rows of a statistical table set as text: ``电动工具　　万台　　4862.5　　12.3``.

A bulletin's 主要产品产量及其增长速度 table loses its borders on the way to text; what is left
is one row per line, the product, the unit column, the amount and the growth column, the
cells separated by runs of spaces. Each row gives two figures whose units and meanings come
from the columns, not from words beside the numbers, which is why the general pattern of
:mod:`quantities` cannot read them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.numerals import parse_number

TABLE_UNITS = {"万台": ("台", 10_000), "万只": ("只", 10_000), "万辆": ("辆", 10_000),
          "万套": ("套", 10_000), "万件": ("件", 10_000), "万张": ("张", 10_000),
          "万吨": ("万吨", 1), "万千瓦": ("万千瓦", 1), "亿元": ("亿元", 1), "万元": ("万元", 1),
          "台": ("台", 1), "辆": ("辆", 1), "只": ("只", 1), "套": ("套", 1), "件": ("件", 1),
          "吨": ("吨", 1), "千瓦": ("千瓦", 1), "平方米": ("平方米", 1),
          "万平方米": ("万平方米", 1), "万樘": ("樘", 10_000), "樘": ("樘", 1),
          "亿片": ("片", 100_000_000), "万片": ("片", 10_000), "片": ("片", 1),
          "万副": ("副", 10_000), "副": ("副", 1), "万盒": ("盒", 10_000), "盒": ("盒", 1),
          "亿支": ("支", 100_000_000), "万支": ("支", 10_000), "支": ("支", 1),
          "万瓶": ("瓶", 10_000), "亿粒": ("粒", 100_000_000), "万双": ("双", 10_000),
          "双": ("双", 1), "万条": ("条", 10_000), "亿只": ("只", 100_000_000),
          "架": ("架", 1), "艘": ("艘", 1), "万块": ("块", 10_000), "块": ("块", 1),
          "亿千瓦时": ("亿千瓦时", 1), "万千瓦时": ("万千瓦时", 1), "元": ("元", 1),
          "万美元": ("万美元", 1), "亿美元": ("亿美元", 1), "家": ("家", 1), "个": ("个", 1),
          "亿件": ("件", 100_000_000), "万立方米": ("万立方米", 1), "立方米": ("立方米", 1),
          "万头": ("头", 10_000), "头": ("头", 1), "万箱": ("箱", 10_000), "万千升": ("万千升", 1),
          "千升": ("千升", 1), "亿米": ("米", 100_000_000), "万米": ("米", 10_000), "万千米": ("万千米", 1),
          "万公里": ("万公里", 1), "千米": ("千米", 1), "公里": ("公里", 1),
          "万人次": ("人次", 10_000), "人次": ("人次", 1)}  # fmt: skip
#: A row of a table of growths alone (行业名称　比上年增长（%） / 专用设备制造业　14.8): the
#: industry the row names, its growth in the measure the table's title names.
_GROWTH_ROW = re.compile(
    r"[ \u3000\t]*(?P<name>[\u4e00-\u9fff、（）]{2,24}?)[ \u3000\t]*(?P<growth>-?\d[\d.]*)[ \u3000\t]*$"
)
_GROWTH_HEADER = re.compile(
    r"(?:行业|县市|县区|区县|县（市、区）|县\(市、区\)|地区|镇街|乡镇)(?:名称)?[ \u3000\t]+[^\n]{0,12}?增长"
)
_UNIT_ALT = "|".join(sorted(TABLE_UNITS, key=len, reverse=True))
_ROW = re.compile(
    r"[ \u3000\t]*[#＃]?(?P<item>其中[：:])?(?P<when>\d{1,2}月[末底])?"  # 9月末本外币存款余额
    r"(?P<name>(?:[\u4e00-\u9fff（）()、]|（[\u4e00-\u9fff\d]{1,6}）){1,18}?)[ \u3000\t]*"
    rf"(?:(?P<unit>{_UNIT_ALT})[ \u3000\t]*"
    r"(?P<value>\d[\d.,]*)(?:[ \u3000\t]+|(?=[ \u3000\t]*[—-][ \u3000\t]*$))"
    rf"|(?:[—\-%]|{_UNIT_ALT})[ \u3000\t]*[—-][ \u3000\t]*)"  # 规上工业增加值　—(%, 亿元)　—　9.6
    r"(?:(?P<growth>-?\d[\d.]*)|[ \u3000\t]*[—-])[ \u3000\t]*$"  # 规上工业企业数　家　236　—: no growth
)
#: A date aside in a row's name (存款余额（8月末）, 地区生产总值（前三季度）).
WHEN = re.compile(r"（[^）]*(?:\d|季度|半年|月末|年末)[^）]*）")
#: Two cells of a row: text, a run of two or more spaces or one ideographic space or tab
#: (指标名称　单位　1—10月), text. A line holding one is a table's row and joins no other line.
CELL_GAP = re.compile(r"[^ \u3000\t\n](?:[ \u3000\t]{2,}|[\u3000\t])[^ \u3000\t\n]")
#: The header of such a table names what the amounts are (产量) and that the last column is
#: a growth (增长).
_HEADER = re.compile(r"(产量|产值|销量|出口额|营业收入)[^\n]{0,20}?增长|产品名称[^\n]{0,30}?增长")
#: A unit in a column's head (出口额（亿元）): the layout of :mod:`grid_tables`.
_UNIT_IN_HEAD = re.compile(r"[（(](?![%％])[^）)]{1,4}[）)]")
_NAMED_HEADER = re.compile(
    r"(?:指[ \u3000]{0,2}标|项[ \u3000]{0,2}目)(?:名称)?[ \u3000\t]+(?:计量)?单位[^\n]{0,30}?增长"
)  # 指　　标　　单位: the head's two characters may stand apart


#: A table's row with its cells set apart by pipes (指标名称 | 单位 | 1—10月 | 同比增长（%）).
#: A row has a figure; a site's menu (首页 | 政务公开 | 政务服务) has none and stays.
_PIPED_ROW = re.compile(
    r"^(?=[^\n]*\d)[^\n|]*[^\n|\s][ \t\u3000]*\|(?:[^\n|]*\|)+[^\n|]*$", re.MULTILINE
)


def unpiped(source: str) -> str:
    """``source`` with the pipes of table rows as ideographic spaces, one for one (offsets
    stay): the gaps the readers here take cells apart by."""
    return _PIPED_ROW.sub(lambda m: m.group().replace("|", "\u3000"), source)


def table_rows(doc: Doc) -> list[Quantity]:
    """The figures of every table row in ``doc``, with units and indicators from the
    columns; an empty list when the document has no table."""
    text = doc.text
    out: list[Quantity] = []
    if CELL_GAP.search(text) is None:
        return out  # no spaces between cells: no table (most documents)
    what: str | None = None  # what the amounts are, once a header is read
    parent = ""  # the last row that is not an item of another (#…: 其中项)
    for p in doc.paragraphs:
        gaps = CELL_GAP.search(text, p.start, p.end) is not None
        header = _HEADER.search(text, p.start, p.end) if gaps else None
        if header is not None and _UNIT_IN_HEAD.search(text, p.start, p.end):
            what = None  # 商品名称　出口额（亿元）　比上年增长（%）: a grid, read by grid_tables
            continue
        if header is not None:
            what = header.group(1) or "产量"  # 产品名称　单位　1—10月　同比增长（%）: output
            continue
        if gaps and _NAMED_HEADER.search(text, p.start, p.end):
            what = ""  # 指标名称　单位　1—9月　同比增长（%）: each row names its indicator
            continue
        row = _ROW.fullmatch(text, p.start, p.end) if what is not None else None
        if row is None:
            continue
        name, subject = WHEN.sub("", row.group("name")), None  # 存款余额（8月末）: a date aside
        if text[row.start("name") - 1] in "#＃":
            # #有色金属冶炼和压延加工业 under 规模以上工业总产值: that industry's output
            valued = VALUE_OF.search(parent)
            subject, name = name, valued.group() if valued is not None else parent
        else:
            parent = name
            industry = _INDUSTRY_ROW.fullmatch(name) if row.group("item") else None
            if industry is not None:  # 其中：电子信息产业产值: that industry's output
                subject, name = industry.group(1), industry.group(2)
        measured = name if what == "产量" and name.endswith("量") else f"{name}{what}"
        if row.group("growth") is not None:
            growth = Quantity(row.start("growth"), row.end("growth"), Decimal(row.group("growth")),
                              "%", kind="table_growth", indicator=f"{measured}增速")  # fmt: skip
            growth.subject = subject
            out.append(growth)
        if row.group("unit") is None:
            continue
        unit, factor = TABLE_UNITS[row.group("unit")]
        value = parse_number(row.group("value").replace(",", "")) * Decimal(factor)
        amount = Quantity(row.start("value"), row.end("value"), value.normalize(), unit,
                          kind="table", indicator=measured)  # fmt: skip  # 发电量, not 发电量产量
        amount.subject = subject
        out.append(amount)
    return sorted(out + _column_cells(doc) + _growth_rows(doc), key=lambda q: q.start)


def _growth_rows(doc: Doc) -> list[Quantity]:
    """The rows of a table of growths alone (行业名称　比上年增长（%） / 专用设备制造业　14.8):
    each industry's growth in the measure the table's title names (…主要行业增加值增长速度)."""
    text, out = doc.text, []
    growths = ""  # what the table measures, while its rows run
    for p in doc.paragraphs:
        if _GROWTH_HEADER.match(text, p.start, p.end) and CELL_GAP.search(text, p.start, p.end):
            measured = list(VALUE_OF.finditer(text, max(0, p.start - 80), p.start))
            growths = measured[-1].group() if measured else "增加值"
            continue
        row = _GROWTH_ROW.fullmatch(text, p.start, p.end) if growths else None
        if row is None:
            growths = ""
            continue
        growth = Quantity(row.start("growth"), row.end("growth"), Decimal(row.group("growth")),
                          "%", kind="table_growth", indicator=f"{growths}增速")  # fmt: skip
        growth.subject = row.group("name")
        out.append(growth)
    return out


#: A row of an indicator table naming an industry and what of it is measured.
_INDUSTRY_ROW = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:产业|制造业))(产值|增加值|营业收入)")
#: What a parent row measures, which its items (#…) measure for their part.
VALUE_OF = re.compile(r"产值|增加值|营业收入|利润|投资|出口|产量")


#: A table of projects whose second column is an amount in the unit its header names
#: (项目名称　总投资（亿元）　建设内容　进度), and its rows (the spaces between the name and
#: the amount are gone once normalised: 储源新能源年产20GWh储能电芯项目65.0储能电芯…).
_PROJECT_HEADER = re.compile(
    r"(?:项目|企业)名称[ \u3000\t]*([\u4e00-\u9fff]{2,8})[（(](亿元|万元|亿美元|万美元)[）)]"
)
_PROJECT_ROW = re.compile(
    r"(?P<name>[^\n]{2,40}?(?:项目|工程|基地)|合计|小计)[ \u3000\t]*(?P<value>\d[\d,]*(?:\.\d+)?)"
    r"(?![\d.%万亿个家])"
)


def _column_cells(doc: Doc) -> list[Quantity]:
    """The amounts of a project table: each row's amount is its project's, in the unit and
    of the kind the header names (总投资); ``合计`` is the table's whole."""
    text, out = doc.text, []
    column: tuple[str, str] | None = None  # what the amounts are, and their unit
    kind = "cell"
    for k, p in enumerate(doc.paragraphs):
        header = _PROJECT_HEADER.match(text, p.start, p.end)
        if header is not None:
            column = header.group(1), header.group(2)
            above = doc.paragraphs[k - 1] if k else p
            # 表1　重大项目推进情况（截至8月末）: the amounts stand as of then, up to now
            kind = "cell_asof" if "截至" in text[above.start : above.end] else "cell"
            continue
        row = _PROJECT_ROW.match(text, p.start, p.end) if column is not None else None
        if row is None or column is None:
            column = None  # the first line that is no row ends the table
            continue
        value = parse_number(row.group("value").replace(",", ""))
        out.append(Quantity(row.start("value"), row.end("value"), value, column[1], kind=kind,
                            indicator=column[0], subject=row.group("name")))  # fmt: skip
    return out
