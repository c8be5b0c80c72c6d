"""How figures are written in an overview: as published, with their qualifier."""

from __future__ import annotations

from chainatlas.model.fact import Fact, Measure
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.wording import describe_quantity, describe_rank


def describe_value(fact: Fact) -> str:
    """The figure beside its label (:func:`label_figure`), which already carries the
    measure's words, so only the qualifier is worded here: 1287.4亿元, 超60%, 第21位（共95）.
    A target keeps the overview's mark after the number: 49亿平方米（目标）."""
    if fact.measure is Measure.RANK:
        return describe_rank(fact)
    if fact.qualifier is Qualifier.TARGET and fact.quantity.value_max is None:
        return f"{describe_quantity(fact.quantity)}（目标）"
    return describe_quantity(fact.quantity, fact.qualifier)


def label_figure(indicator: str, fact: Fact) -> str:
    """Indicator name with what the measure adds: 规上工业总产值增长, 规上工业总产值占比."""
    if fact.measure is Measure.GROWTH:
        return f"{indicator}增长"
    if fact.measure is Measure.SHARE and "比重" not in indicator:
        return f"{indicator}占比"
    if fact.measure is Measure.GAP:
        return f"{indicator}增速差"
    return indicator
