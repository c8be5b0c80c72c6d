"""What a figure tells as standing now, whether or not its sentence is dated.

Undated, a count after 已入驻/建成, a park's extent, how far it lies from an airport and a
rank among a kind of industry stand as they are. Dated (2025年，…带动本地配套企业42家), a
few figures still stand: the suppliers a lead firm draws on and the size of a fund set up
are how things are, not what the year did, and a project's size told after its name is of no
year at all. (The countries a firm's goods reach split the annotations: a firm's reach stands,
a county's exports of the year are of the year.)
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Cue, Doc, Quantity
from chainatlas.extract.period_words import DATED_AFTER, PROJECT_TOTAL, TOLD_TIME

_STOCK_VERB = re.compile(r"已|现有|拥有|集聚|累计|共有|入驻|建成|建有|形成")
#: A park's or a county's extent; 亩 and 平方米 are as often a project's plan.
_AREA_UNITS = ("平方公里",)
#: How far a place lies from another (距…机场约12公里, 车程3小时).
_DISTANCE = re.compile(r"(?:距|距离|离|相距|车程)[^，。；]{0,20}$")
_DISTANCE_UNITS = ("公里", "小时", "分钟")
#: A price before its figure (工业用水价格3.2元/吨, 大工业用电平均价格约0.49元/千瓦时).
_PRICE = re.compile(r"价格?(?:约|为)?[^，。；\d]{0,4}$")
_CAPACITY_NOW = re.compile(r"产能(?:已)?(?:达到|达)\s*$")
#: ``第一大主导产业``, ``第一支柱产业``: a rank among a kind of industry.
_AMONG_KIND = re.compile(r"大|一(?:主导|支柱)")


def standing(doc: Doc, q: Quantity, clause_start: int) -> bool:
    """An undated figure of what stands now: 已入驻企业45家, 建成省级企业技术中心11家 (a
    stock told with no date anywhere before it), 规划面积28.6平方公里 (a park's extent),
    工业用水价格3.2元/吨 (a price), 已成为全市第一大主导产业 (a rank among a kind)."""
    if q.measure == "count":
        return _STOCK_VERB.search(doc.text, clause_start, q.start) is not None
    if q.measure == "level" and q.unit in _AREA_UNITS:
        return True
    if q.unit in _DISTANCE_UNITS and _DISTANCE.search(doc.text, clause_start, q.start):
        return True  # 距合肥新桥国际机场约12公里: where it lies
    if q.measure == "level" and _CAPACITY_NOW.search(doc.text, clause_start, q.start):
        return True  # 上游，磷矿开采年产能达到1500万吨: what the chain can make
    if ("/" in q.unit or doc.text.startswith("/", q.end)) and _PRICE.search(
        doc.text, clause_start, q.start
    ):
        return True  # 工业用水价格3.2元/吨: what it costs
    return q.measure == "rank" and _AMONG_KIND.match(doc.text, q.end - 1) is not None


#: ``带动本地配套企业42家``, ``带动本地包装、物流等配套企业32家``: a lead firm's suppliers.
_SUPPLIERS = re.compile(r"带动(?:本地|当地)?[^，。；\d]{0,12}?配套企业\s*$")
#: ``设立规模5亿元的…基金``, ``设立2亿元冶金新材料产业发展基金``: a fund's size as set up.
_FUND_BEFORE = re.compile(
    r"设立(?:了)?(?:总)?(?:规模)?\s*$|设立[^，。；\d]{2,20}?基金[，,]?(?:总)?规模?\s*$"
)
_FUND_AFTER = re.compile(r"的?[^，。；\d]{0,20}?基金")


def stands_though_dated(doc: Doc, q: Quantity) -> bool:
    """Whether a figure in a dated sentence is still how things stand (see the module)."""
    text, at = doc.text, max(0, q.start - 30)
    if q.measure == "count" and _SUPPLIERS.search(text, at, q.start):
        return True
    if q.unit.endswith("元") and _FUND_BEFORE.search(text, at, q.start):
        told = doc.sentences[q.sentence].start
        if TOLD_TIME.search(text, told, q.start):
            return False  # 今年，高新区设立总规模5亿元的人才创投基金: set up this year
        return _FUND_AFTER.match(text, q.end) is not None or text[q.start - 2 : q.start] == "规模"
    return False


def after_the_cues(doc: Doc, q: Quantity, own: list[Cue], period: str) -> str:
    """The period the cues gave ``q`` (``period``), as the figure's own words settle it: a
    figure that stands though dated (see the module) stands; a project's size told after its
    name (——…项目。总投资18.6亿元) is of no year; a figure told before any time of its sentence,
    in a clause followed by one opening with a year (建成屋顶光伏6.8兆瓦，2025年单位产品能耗…),
    stands, the year being the next clause's."""
    if q.qualifier == "target":
        return period
    if period[:4].isdigit() and stands_though_dated(doc, q):
        return "cumulative"
    if period.isdigit() and PROJECT_TOTAL.search(doc.text, max(0, q.start - 12), q.start):
        return "unknown"
    dated = dated_before(own, q.start)
    return "cumulative" if DATED_AFTER.match(doc.text, q.end) and not dated else period


def dated_before(own: list[Cue], pos: int) -> bool:
    """Whether the sentence names a time of its own before ``pos`` (2021年10月，…开园，规划面积…):
    what would stand undated is then that time's."""
    return any(c.explicit and c.start < pos for c in own)
