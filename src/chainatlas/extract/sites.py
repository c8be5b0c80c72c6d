"""Where a firm stands, named before the firm's own name: a park (晋江经济开发区安踏体育
用品集团) or a county (崇仁县江西仁和变电设备有限公司). A name read back from 有限公司 runs
over them; the firm starts after them.
"""

from __future__ import annotations

import re

from chainatlas.extract.lexicon import place_words
from chainatlas.extract.lexicon.counties import counties

_PARK_WORDS = ("经济开发区", "开发区", "高新区", "经开区", "产业园", "工业园", "园区", "新区")


def after_park(head: str) -> int:
    """``晋江经济开发区安踏体育用品集团``: a firm named after the park it stands in starts
    after the park's name."""
    cut = max((head.rfind(w) + len(w) for w in _PARK_WORDS if w in head), default=0)
    if cut and head[cut : cut + 1] in ("与", "和", "同"):
        cut += 1  # 哈密高新区与中电氢能（新疆）有限公司: the park and the firm, not one name
    if cut and _PARK_OWN_FIRM.fullmatch(head, cut):
        return 0  # 界首高新区投资发展有限公司: the park's own firm, named with the park
    return cut if len(head) - cut >= 2 else 0


def after_county(head: str) -> int:
    """``崇仁县江西仁和变电设备有限公司``, ``东莞市大朗镇广东朗衣智能科技有限公司``: a place named
    before a firm registered under its province's name is where the firm stands; the firm starts
    at the province."""
    for size in (3, 4, 5):
        if head[:size] in counties() and place_words().get(head[size : size + 2]) == "province":
            return size
    words = place_words()
    for k in range(
        3, min(len(head) - 3, 12)
    ):  # 东莞市大朗镇广东朗衣…: a town or a city, then the firm
        if head[k - 1] in "市县区镇乡旗" and words.get(head[k : k + 2]) == "province":
            return k
    return 0


#: What a park's own investment and building firm is called after the park's name.
_PARK_OWN_FIRM = re.compile(r"(?:投资|建设|开发|发展|城投|控股|国有资产|资产|运营|产业投资)+总?")
