"""Scenic areas and parks of nature (龙鳌河景区, 日月峡国家森林公园, 梁子岛生态康养度假区).

A county's reports name its sights when they count visitors or list projects: 其中，矮寨景区接待游客
168.4万人次; ▶ 云髻山文旅康养综合体项目. The name is what stands before the kind, back to a mark or to
a word that opens a name's place in the clause (推进, 依托, 其中, 在); a grade (A级景区), a kind alone
(康养度假区, 智慧景区) or a scope (全县主要景区) names no one area, and neither do words that tell a
change (茶园变景区, 园区即景区).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.names import Found, is_cjk

_KIND = re.compile(
    r"旅游度假区|度假区|旅游区|景区|国家森林公园|森林公园|国家地质公园|地质公园|湿地公园|国家公园|遗址公园"
)
#: Words after which a name opens (推进五雷山景区, 依托日月峡国家森林公园, 境内野三坡景区).
_OPENERS = ("进一步丰富", "统筹推进", "改造提升", "推进", "推动", "带动", "依托", "加快", "打造", "建设",
            "创建", "提升", "完善", "串联", "随着", "进入", "到了", "其中", "境内", "期间", "前夕", "假期",
            "季度", "也是", "国内", "了", "在", "的", "和", "与", "及")  # fmt: skip
#: Stems that are a kind, a grade or a scope, not a name.
_GENERIC = frozenset({"康养", "文旅", "智慧", "核心", "主要", "旅游", "生态", "工业旅游", "滨海旅游",
                      "研学", "红色旅游", "乡村旅游", "生态旅游", "国家级", "省级", "全域旅游",
                      "大型", "重点", "森林康养", "康养旅游", "生态康养", "温泉康养"})  # fmt: skip
#: Characters no area's own name holds: a change (变, 即, 成), a count, a scope, a grade (A级),
#: the end of a list (龙鳌河景区等景区).
_NOT_IN_NAME = frozenset("变即成两各全每个这该主要等级")


def find_scenic(text: str) -> Iterator[Found]:
    """Scenic areas named before their kind, as a clause tells them."""
    for m in _KIND.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 10 and is_cjk(text[start - 1]):
            start -= 1
        stem = text[start : m.start()]
        # the name opens after the last such word (none if one ends the stem), or after a date
        cut = max((stem.rfind(w) + len(w) for w in _OPENERS if w in stem), default=0)
        stem = stem[cut:].lstrip("有了")  # 境内有祁连山国家公园, 缓解了核心景区
        if (
            stem[:1] in ("年", "月")
            and text[m.start() - len(stem) - 1 : m.start() - len(stem)].isdigit()
        ):
            stem = stem[1:]  # 2025年竹海景区
        name_start = m.start() - len(stem)
        if len(stem) < 2 or stem in _GENERIC or set(stem) & _NOT_IN_NAME:
            continue
        yield name_start, m.end(), stem + m.group(), "park"
