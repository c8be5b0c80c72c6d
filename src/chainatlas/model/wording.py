"""How the model's value types read in Chinese: periods, qualifiers, measures, quantities as
written, and the labels of the codes the data uses (verdicts, checks, tiers, chain stages).

Codes stay English in data, URLs and JSON; every page, briefing, workbook and terminal
that a Chinese reader sees words them here, so that one code reads the same everywhere.
A qualifier changes the words, never the number: 超60% stays a lower bound of 60, 近100家
an upper bound; nothing is rounded or filled in on the way to the page.  Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal

from chainatlas.errors import InvalidValue
from chainatlas.model.fact import Fact, FactStatus, Measure, SubjectType
from chainatlas.model.period import Grain, Period
from chainatlas.model.project import STAGE_LABELS
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity

_HALVES = {1: "上半年", 7: "下半年"}
_QUARTERS = {1: "一季度", 4: "二季度", 7: "三季度", 10: "四季度"}

#: Chain stage codes (the ``stage`` of chain nodes), upstream to downstream, as the
#: power-battery ontology describes them; ``""`` is a segment spanning stages.
CHAIN_STAGE_WORDS: dict[str, str] = {
    "resources": "资源",
    "materials": "材料",
    "equipment": "设备",
    "cells": "电芯与电池包",
    "applications": "应用",
    "recycling": "回收利用",
    "": "跨环节",
}
#: Project stages (线索 -> 达产), keyed by their code.
PROJECT_STAGE_WORDS: dict[str, str] = {s.value: label for s, label in STAGE_LABELS.items()}
#: Verdicts of the chain diagnosis on a node, and node presence.
VERDICT_WORDS: dict[str, str] = {
    "strong": "强",
    "weak": "薄弱",
    "missing": "缺失",
    "present": "已有企业",
    "absent": "无企业",
}
#: Verdicts of consistency checks.
CHECK_WORDS: dict[str, str] = {"pass": "通过", "warn": "存疑", "fail": "不符"}
#: Kinds of consistency checks.
CHECK_KIND_WORDS: dict[str, str] = {
    "containment": "部分不超过整体",
    "additivity": "分项加总",
    "tier": "梯级门槛",
    "tiers": "梯级合计",
    "bounds": "界限表述",
    "agreement": "跨文档一致",
    "scope": "统计口径",
    "date": "日期",
    "trend": "增长推算",
}
#: Whether a cluster tier is reached or aimed at.
TIER_WORDS: dict[str, str] = {"achieved": "已达到", "target": "目标"}
MEASURE_WORDS: dict[str, str] = {
    Measure.LEVEL: "总量",
    Measure.GROWTH: "增速",
    Measure.SHARE: "占比",
    Measure.GAP: "差额",
    Measure.RANK: "排名",
    Measure.COUNT: "数量",
    Measure.DURATION: "时长",
    Measure.RATIO: "比率",
}
FACT_STATUS_WORDS: dict[str, str] = {
    FactStatus.REPORTED: "报道",
    FactStatus.DERIVED: "推算",
    FactStatus.IMPORTED: "导入",
}
QUALIFIER_WORDS: dict[str, str] = {
    Qualifier.EXACT: "精确",
    Qualifier.APPROX: "约",
    Qualifier.LOWER: "下限（超/余）",
    Qualifier.UPPER: "上限（近）",
    Qualifier.RANGE: "区间",
    Qualifier.TARGET: "目标",
}
#: Kinds of evidence for a link to a chain node.
EVIDENCE_WORDS: dict[str, str] = {
    "industry_code": "行业代码",
    "keyword": "产品关键词",
    "scope": "经营范围",
    "document": "文献",
    "manual": "人工",
}
#: Fields of an enterprise record that evidence for a link is read from.
RECORD_FIELD_WORDS: dict[str, str] = {
    "industry_code": "行业代码",
    "products": "主营产品",
    "name": "企业名称",
    "scope": "经营范围",
}
#: Review states of proposed links and candidates.
REVIEW_WORDS: dict[str, str] = {"proposed": "待审核", "accepted": "已采纳", "rejected": "已驳回"}


def describe_chain_stage(stage: str | None) -> str:
    """``cells`` -> 电芯与电池包; a stage without a word reads as written."""
    code = stage or ""
    return CHAIN_STAGE_WORDS.get(code, code)


def describe_period(period: Period | str) -> str:
    """``2023H1`` -> 2023年上半年, ``cumulative@2023H1`` -> 截至2023年上半年, ``unknown`` ->
    时期未载.  Text that is no period raises :class:`~chainatlas.errors.InvalidValue`."""
    p = period if isinstance(period, Period) else Period.parse(period)
    if p.grain is Grain.CUMULATIVE:
        return "累计" if p.upto is None else f"截至{describe_period(p.upto)}"
    words = _GRAIN_WORDS.get(p.grain)
    return "时期未载" if words is None else words(p.start)


_GRAIN_WORDS: dict[Grain, Callable[[date], str]] = {
    Grain.YEAR: lambda d: f"{d.year}年",
    Grain.HALF: lambda d: f"{d.year}年{_HALVES[d.month]}",
    Grain.QUARTER: lambda d: f"{d.year}年{_QUARTERS[d.month]}",
    Grain.MONTH: lambda d: f"{d.year}年{d.month}月",
    Grain.DATE: lambda d: f"{d.year}年{d.month}月{d.day}日",
}


def describe_period_text(text: str | None) -> str:
    """Like :func:`describe_period` for text from a page or a view: empty reads 时期未载, and
    text that is no period is shown as written rather than refused."""
    if not text:
        return "时期未载"
    try:
        return describe_period(text)
    except InvalidValue:
        return text


def describe_check_counts(counts: Mapping[str, int]) -> str:
    """通过10项，存疑1项，不符0项: verdict counts, every verdict named even at zero."""
    return "，".join(f"{word}{counts.get(code, 0)}项" for code, word in CHECK_WORDS.items())


def _plain(value: Decimal) -> str:
    """The digits as written, never in exponent form (1.5E+4 reads 15000)."""
    return format(value, "f")


def describe_quantity(quantity: Quantity, qualifier: Qualifier = Qualifier.EXACT) -> str:
    """The figure as written, with its qualifier in words: 超60%, 近100家, 50%–80%."""
    value = _plain(quantity.value)
    unit = quantity.unit
    if quantity.value_max is not None:
        return f"{value}–{_plain(quantity.value_max)}{unit}"
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
        return describe_rank(fact)
    return text


def describe_rank(fact: Fact) -> str:
    """A rank with its field: 第21位（共95）; an upper-bound rank reads 前10位."""
    value = _plain(fact.quantity.value)
    text = f"前{value}位" if fact.qualifier is Qualifier.UPPER else f"第{value}位"
    return text + (f"（共{fact.rank_of}）" if fact.rank_of else "")
