"""The builders of phased projects: ``永祥新能源二期高纯晶硅项目``, ``福鼎时代二期项目`` name
the firm that builds each phase before the phase's number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.names import GENERIC_HEAD, VERBS, Found, scan_back

_PHASE = re.compile(r"期(?=[\u4e00-\u9fff]{0,8}?项目)")
_PHASE_NUMBER = re.compile(r"(?:[一二三四五六七八九十]|\d{1,2})$")
#: How the name of a firm's works ends, which no firm's name does.
_WORKS_END = re.compile(r"(?:智能化|精制|精深加工|加工|生产线|扩建|技改|改造|扩能|提质)$")


def find_phased_projects(text: str) -> Iterator[Found]:
    """The builder of a phased project (``永祥新能源二期高纯晶硅项目``, ``福鼎时代二期项目``),
    found from each 期 (few) rather than tried at every numeral."""
    for m in _PHASE.finditer(text):
        number = _PHASE_NUMBER.search(text, max(0, m.start() - 2), m.start())
        if number is None:
            continue
        start = scan_back(text, number.start(), 10)
        name = text[start : number.start()]
        if VERBS.search(name) or set(name) & set("区在项") or text[start - 1 : start].isdigit():
            continue  # 年产30万吨高端饮用水二期项目: a product after its amount, no builder
        if _WORKS_END.search(name):
            continue  # 滇韵茶业智能化精制二期项目: a firm's works by what they do, no firm
        if 2 <= len(name) <= 10 and not GENERIC_HEAD.match(name):
            yield start, m.start(), name, "company"
