"""A count told as a change of a count before it: 新增3家, 净增82家, 比上年末减少0.52万人,
总数达到11家, and the moves of a register (新增入库27家，退库6家) of the stock counted before.
What changed is named by the count before, so the change is read after it.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.figure_context import previous_indicator, previous_stock

_CHANGE = re.compile(
    r"(?:比上年末|比上年|较上年末|较上年|[比较]年初|较\d{4}年末|同比|底|末)?(?:增加|新增|净增|减少)了?"
)
_CHANGE_AFTER = re.compile(r"(?:净增|新增|增加数?)$")


#: Firms entering or leaving a register (入库, 退库; 入规, 退规): moves of the stock counted before.
_STOCK_MOVE = re.compile(r"(?:新增|新)?(?:入库|退库|出库|入规|退规)")
#: A name read as such a move (入库科技型中小企业 is the stock itself, 新增入库… a move).
_MOVE_NAMED = re.compile(r"新增入库|新入库|退库|出库|新增入规|新入规|退规")


def change_named(doc: Doc, q: Quantity, phrase: str) -> str:
    """A count told as a change of a count before it (新增3家, 净增82家, 退库6家); ""
    where ``phrase`` tells no change or no count before names what changed."""
    if _STOCK_MOVE.fullmatch(phrase) and (stock := _stock(doc, q)):
        return phrase + stock  # 规上工业企业328家。新增入库27家，退库6家: firms of that stock
    if not (_CHANGE.fullmatch(phrase) or phrase in ("总数", "总量")):
        return ""
    previous = previous_indicator(doc, q, ("count",))
    if previous and _MOVE_NAMED.match(previous):
        previous = _stock(doc, q)  # …退库6家，较年初净增21家: the stock's net change
    return _change_of(previous.removeprefix("新增"), phrase) if previous else ""


def _stock(doc: Doc, q: Quantity) -> str:
    """The stock that register moves change: the last count before ``q``, within the sentence
    before, that is no move itself; "" where none is told."""
    return previous_stock(doc, q, ("count",), 1, _MOVE_NAMED) or ""


def _change_of(base: str, phrase: str) -> str:
    """A count told as a change of the count before it (新增3家, 净增82家, 总数达到11家)."""
    if phrase in ("总数", "总量"):
        # 新增…3家，总数达到11家; 高新技术企业净增46家、总数达到386家: the same things counted
        return _CHANGE_AFTER.sub("", base) or base
    if phrase.endswith(("净增", "减少")):
        return base + phrase[-2:]  # 较上年末净增82家; 常住人口…，比上年末减少0.52万人
    return "新增" + base if phrase.endswith("新增") else base + "增加数"
