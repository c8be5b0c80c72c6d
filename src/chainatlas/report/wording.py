"""How figures, periods and verdicts are written in a Chinese briefing.

A qualifier changes the words, never the number: 超60% stays a lower bound of 60, 近100家
an upper bound; nothing is rounded or filled in on the way to the page.
"""

from __future__ import annotations

from chainatlas.model.fact import Fact, Measure, SubjectType
from chainatlas.model.period import Grain, Period
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity

_HALVES = {1: "上半年", 7: "下半年"}
_QUARTERS = {1: "一季度", 4: "二季度", 7: "三季度", 10: "四季度"}

STAGE_WORDS: dict[str, str] = {
    "lead": "线索",
    "negotiating": "洽谈",
    "signed": "签约",
    "started": "开工",
    "producing": "投产",
    "full": "达产",
}
VERDICT_WORDS: dict[str, str] = {
    "strong": "强",
    "weak": "弱",
    "missing": "缺失",
    "present": "已有企业",
    "absent": "无企业",
}
CHECK_WORDS: dict[str, str] = {"pass": "通过", "warn": "提示", "fail": "不一致"}
TIER_WORDS: dict[str, str] = {"achieved": "已达成", "target": "目标"}


def describe_period(period: Period | str) -> str:
    """``2023H1`` -> 2023年上半年, ``cumulative@2023H1`` -> 截至2023年上半年."""
    p = period if isinstance(period, Period) else Period.parse(period)
    y, m = p.start.year, p.start.month
    if p.grain is Grain.YEAR:
        return f"{y}年"
    if p.grain is Grain.HALF:
        return f"{y}年{_HALVES[m]}"
    if p.grain is Grain.QUARTER:
        return f"{y}年{_QUARTERS[m]}"
    if p.grain is Grain.MONTH:
        return f"{y}年{m}月"
    if p.grain is Grain.DATE:
        return f"{y}年{m}月{p.start.day}日"
    if p.grain is Grain.CUMULATIVE:
        return "累计" if p.upto is None else f"截至{describe_period(p.upto)}"
    return "时期未载"


def describe_quantity(quantity: Quantity, qualifier: Qualifier = Qualifier.EXACT) -> str:
    """The figure as written, with its qualifier in words: 超60%, 近100家, 50%–80%."""
    value = f"{quantity.value}"
    unit = quantity.unit
    if quantity.value_max is not None:
        return f"{value}–{quantity.value_max}{unit}"
    if qualifier is Qualifier.LOWER:
        return f"超{value}{unit}"
    if qualifier is Qualifier.UPPER:
        return f"近{value}{unit}"
    if qualifier is Qualifier.APPROX:
        return f"约{value}{unit}"
    if qualifier is Qualifier.TARGET:
        return f"目标{value}{unit}"
    return f"{value}{unit}"


def describe_fact_value(fact: Fact) -> str:
    """The value with words for its measure: 同比增长25.3%, 占比88.6%, 第21位（共95）."""
    text = describe_quantity(fact.quantity, fact.qualifier)
    if fact.measure is Measure.GROWTH:
        negative = fact.quantity.value < 0
        shown = text.replace("-", "", 1) if negative else text
        yearly = fact.subject_type in (SubjectType.REGION, SubjectType.SCHEME, SubjectType.NODE)
        return f"{'同比' if yearly else ''}{'下降' if negative else '增长'}{shown}"
    if fact.measure is Measure.SHARE:
        return f"占比{text}"
    if fact.measure is Measure.GAP:
        sign = "+" if fact.quantity.value > 0 else ""
        kind = "增速差" if fact.quantity.unit == "个百分点" else "差额"
        return f"{kind}{sign}{text}"
    if fact.measure is Measure.RANK:
        field = f"（共{fact.rank_of}）" if fact.rank_of else ""
        if fact.qualifier is Qualifier.UPPER:
            return f"前{fact.quantity.value}位{field}"
        return f"第{fact.quantity.value}位{field}"
    return text
