"""What a share told without its part is a part of: the measure told just before it.

A share heading its clause (…，占全部投资的比重为41.6%) names no numerator; the reader takes
the amount or growth told just before, unless that is of the same kind as the whole.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.figure_context import previous_indicator


def numerator_before(doc: Doc, q: Quantity, tail: str) -> str:
    """``研发投入2.41亿元，占营业收入的5.7%``: a share heading its clause is of the amount told
    just before, unless that amount is of the same kind as the whole (规上工业总产值1287.4
    亿元，占全市规上工业总产值的88.6%); a share of the staff is of the people counted before
    (研发人员612人，占员工总数的13.5%)."""
    told = previous_indicator(doc, q, ("count",) if _STAFF.search(tail) else ("level",))
    grown = (previous_indicator(doc, q, ("growth",)) or "").removesuffix("增速")
    if not told and grown and grown not in tail and _MEASURED.fullmatch(grown[-2:]):
        return grown  # 工业投资增长10.6%，占全部投资的比重为41.6%: the measure grown
    if not told or told in tail or not _MEASURED.search(tail):
        return ""  # 占鞋服产业的64.0%: a part of an industry, not of a measure
    if any(kind.search(told) and kind.search(tail) for kind in _KINDS):
        return ""  # 锂电池出口额…，占全市外贸出口总额的六成: a part of the same measure
    return told


#: A whole of people (员工总数, 职工人数): its part is the people counted before.
_STAFF = re.compile(r"员工|职工")
_MEASURED = re.compile(
    r"收入|产值|总值|总额|总量|装机|投资|出口|增加值|利润|销售|产量|销量|税收|支出|"
    + _STAFF.pattern
)
#: Kinds of measure: a numerator of the kind of its whole is named by the subject, not here.
_KINDS = (
    re.compile(r"产值|营业收入|营收|主营业务收入|增加值|应税销售|规模"),
    re.compile(r"出口"),
    re.compile(r"投资"),
    re.compile(r"装机"),
    re.compile(r"税收|税"),
)
