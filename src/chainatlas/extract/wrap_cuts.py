"""What a hard wrap cuts that the line after it goes on with: an amount (``出货量28.4万`` /
``吨``), a unit (``1.6个百`` / ``分点``) or a name (``海锂新能`` / ``源年产…``, ``湖北华塞新材`` /
``料科技有限公司``). A line ending in one of these joins the next whatever the page's width."""

from __future__ import annotations

import re

from chainatlas.extract.units import UNITS

_AMOUNT_ENDS = frozenset("0123456789.万亿 \u3000")
_DATE_OR_TIME = re.compile(r"[-/:年月]\d+$")
#: A page's counter at the end of its date line (阅读量：2,386), never half of a number.
_COUNTER_END = re.compile(r"(?:阅读|浏览|点击|访问)(?:量|数|次数)?[：:]?\s*[\d,]+$")
_YEAR_START = re.compile(r"(?:19|20)\d\d(?:年|[-/.]\d)")
_NUMBER_END = re.compile(r"\d[\d.]*[ \u3000]*[万亿]?$")
_NUMBER_GOES_ON = re.compile(r"[%％]|[万亿]?(?:元|吨|千瓦|平方|个|家|辆|台|套|件|人|名|项)")


#: The head of a unit right after a number at a line's end (1.6个百, 12.5万平).
_UNIT_CUT = re.compile(r"\d[ \u3000]*([个万亿]?[百平千]?[个百平千方分]?)$")


def _unit_across(head: str, tail: str) -> bool:
    """Whether ``head`` at a line's end and ``tail`` on the next make one unit (个百 + 分点)."""
    joined = head + tail
    return bool(head) and any(
        len(unit) > len(head) and unit.startswith(head) and joined.startswith(unit)
        for unit in UNITS
    )


def broken_number(source: str, end: int, next_start: int) -> bool:
    """``出货量28.4万`` / ``吨，…``: a line that ends inside an amount goes on, whatever the
    width of the page."""
    if source[end - 1 : end] not in _AMOUNT_ENDS:
        cut = (
            _UNIT_CUT.search(source, max(0, end - 5), end)
            if source[end - 1] in "个百平千"
            else None
        )
        # 高于全省平均水平1.6个百 / 分点: a unit cut in two by the wrap
        return cut is not None and _unit_across(cut.group(1), source[next_start : next_start + 4])
    if source[end - 1 : end] == "." and source[next_start : next_start + 1].isdigit():
        return source[end - 2 : end - 1].isdigit()  # 1286. / 4亿元: a decimal point
    if source[end - 1 : end].isdigit() and source[next_start : next_start + 1] in "0123456789.":
        # 2 / 4个: a number split in two, but not a date line before a year (2025-04-10 / 2012年)
        # nor a page's counter before a paragraph opening with a day (阅读量：2,386 / 8月26日)
        line_tail = max(0, end - 16)
        return not (
            _DATE_OR_TIME.search(source, max(0, end - 10), end)
            or _COUNTER_END.search(source, line_tail, end)
            or _YEAR_START.match(source, next_start)
        )
    return bool(
        _NUMBER_END.search(source, max(0, end - 12), end)
        and _NUMBER_GOES_ON.match(source, next_start)
    )


def word_across(source: str, end: int, next_start: int) -> bool:
    """``4 月，海锂新能`` / ``源年产40GWh…``: a short line of a wrapped page that cuts a name
    the document writes whole elsewhere (海锂新能源) goes on."""
    if not (_CJK.match(source, end - 1) and _CJK.match(source, next_start)):
        return False
    if _NAME_TAIL.match(source, next_start):
        return True  # 湖北华塞新材 / 料科技有限公司: no line opens with a firm's last characters
    for k in (4, 3, 2):
        for j in (1, 2, 3):
            word = source[end - k : end] + source[next_start : next_start + j]
            if len(word) >= 4 and _CJK_WORD.fullmatch(word) and source.find(word) >= 0:
                return True
    return False


_CJK = re.compile(r"[\u4e00-\u9fff]")
#: The end of a firm's name cut off by the wrap: one or two characters, then its legal form.
_NAME_TAIL = re.compile(
    r"[\u4e00-\u9fff]{1,2}(?:科技|技术|材料|电子|智能|实业|发展|工业)?(?:股份)?(?:有限公司|集团)"
)
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
