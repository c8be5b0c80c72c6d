"""How figures are written in an overview: as published, with their qualifier."""

from __future__ import annotations

from decimal import Decimal

from chainatlas.model.fact import Fact, Measure
from chainatlas.model.qualifier import Qualifier


def describe_value(fact: Fact) -> str:
    """The figure as a reader would write it: 1287.4亿元, 超60%, 近100家, 第21位（共95）."""
    q = fact.quantity
    value, unit = _plain(q.value), q.unit
    if fact.measure is Measure.RANK:
        text = f"前{value}位" if fact.qualifier is Qualifier.UPPER else f"第{value}位"
        return text + (f"（共{fact.rank_of}）" if fact.rank_of else "")
    if q.value_max is not None:
        return f"{value}–{_plain(q.value_max)}{unit}"
    return {
        Qualifier.LOWER: f"超{value}{unit}",
        Qualifier.UPPER: f"近{value}{unit}",
        Qualifier.APPROX: f"约{value}{unit}",
        Qualifier.TARGET: f"{value}{unit}（目标）",
    }.get(fact.qualifier, f"{value}{unit}")


def _plain(value: Decimal) -> str:
    return format(value, "f")


def label_figure(indicator: str, fact: Fact) -> str:
    """Indicator name with what the measure adds: 规上工业总产值增长, 规上工业总产值占比."""
    if fact.measure is Measure.GROWTH:
        return f"{indicator}增长"
    if fact.measure is Measure.SHARE and "比重" not in indicator:
        return f"{indicator}占比"
    if fact.measure is Measure.GAP:
        return f"{indicator}增速差"
    return indicator
