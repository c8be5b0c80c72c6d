"""Chinese words for the model's value types: periods, quantities with their qualifiers,
measures, and the codes of verdicts, checks and chain stages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chainatlas.errors import InvalidValue
from chainatlas.model.fact import Fact, FactStatus, Measure, Provenance, SubjectType
from chainatlas.model.period import Period
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity
from chainatlas.model.wording import (
    CHAIN_STAGE_WORDS,
    FACT_STATUS_WORDS,
    MEASURE_WORDS,
    PROJECT_STAGE_WORDS,
    QUALIFIER_WORDS,
    describe_chain_stage,
    describe_fact_value,
    describe_period,
    describe_period_text,
    describe_quantity,
)


def _fact(value: str, unit: str, **kw: object) -> Fact:
    base: dict[str, object] = {
        "key": "f",
        "subject_type": SubjectType.SCHEME,
        "subject": "liyang-2-2-x",
        "indicator": "industrial_output",
        "measure": Measure.LEVEL,
        "period": Period.parse("2023H1"),
        "quantity": Quantity(Decimal(value), unit),
        "provenance": Provenance(file="t.csv", row=1),
    }
    return Fact(**{**base, **kw})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("period", "words"),
    [
        ("2022", "2022年"),
        ("2023H1", "2023年上半年"),
        ("2023H2", "2023年下半年"),
        ("2023Q3", "2023年三季度"),
        ("2016-09", "2016年9月"),
        ("2021-12-29", "2021年12月29日"),
        ("cumulative", "累计"),
        ("cumulative@2023H1", "截至2023年上半年"),
        ("unknown", "时期未载"),
        ("", "时期未载"),
    ],
)
def test_every_grain_of_period_reads_in_chinese(period: str, words: str) -> None:
    assert describe_period(period) == words
    assert describe_period(Period.parse(period)) == words


def test_period_text_from_a_page_is_shown_as_written_when_it_is_no_period() -> None:
    assert describe_period_text("2023H1") == "2023年上半年"
    assert describe_period_text(None) == describe_period_text("") == "时期未载"
    assert describe_period_text("上半年") == "上半年"
    with pytest.raises(InvalidValue):
        describe_period("上半年")


@pytest.mark.parametrize(
    ("qualifier", "words"),
    [
        (Qualifier.EXACT, "60%"),
        (Qualifier.LOWER, "超60%"),
        (Qualifier.UPPER, "近60%"),
        (Qualifier.APPROX, "约60%"),
        (Qualifier.TARGET, "目标60%"),
    ],
)
def test_a_qualifier_changes_the_words_never_the_number(qualifier: Qualifier, words: str) -> None:
    assert describe_quantity(Quantity(Decimal("60"), "%"), qualifier) == words


def test_written_precision_and_ranges_are_kept() -> None:
    assert describe_quantity(Quantity(Decimal("1287.40"), "亿元")) == "1287.40亿元"
    ranged = Quantity(Decimal("50"), "%", value_max=Decimal("80"))
    assert describe_quantity(ranged, Qualifier.RANGE) == "50–80%"


def test_fact_values_carry_the_words_of_their_measure() -> None:
    lower = _fact("60", "%", measure=Measure.SHARE, qualifier=Qualifier.LOWER)
    assert describe_fact_value(lower) == "占比超60%"
    assert describe_fact_value(_fact("57.0", "%", measure=Measure.GROWTH)) == "同比增长57.0%"
    fall = _fact("-12.6", "%", measure=Measure.GROWTH, qualifier=Qualifier.APPROX)
    assert describe_fact_value(fall) == "同比下降约12.6%"
    firm = _fact("50", "%", measure=Measure.GROWTH, subject_type=SubjectType.ENTERPRISE)
    assert describe_fact_value(firm) == "增长50%"
    assert (
        describe_fact_value(_fact("5.9", "个百分点", measure=Measure.GAP)) == "增速差+5.9个百分点"
    )
    assert (
        describe_fact_value(_fact("21", "位", measure=Measure.RANK, rank_of=95)) == "第21位（共95）"
    )
    top = _fact("3", "位", measure=Measure.RANK, qualifier=Qualifier.UPPER)
    assert describe_fact_value(top) == "前3位"
    assert describe_fact_value(_fact("1287.4", "亿元")) == "1287.4亿元"


def test_chain_stages_read_in_chinese_and_unknown_codes_as_written() -> None:
    assert [describe_chain_stage(s) for s in ("resources", "cells", "recycling")] == [
        "资源",
        "电芯与电池包",
        "回收利用",
    ]
    assert describe_chain_stage(None) == describe_chain_stage("") == "跨环节"
    assert describe_chain_stage("midstream") == "midstream"
    assert all(not word.isascii() for word in CHAIN_STAGE_WORDS.values())


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        (MEASURE_WORDS, [m.value for m in Measure]),
        (QUALIFIER_WORDS, [q.value for q in Qualifier]),
        (FACT_STATUS_WORDS, [s.value for s in FactStatus]),
        (PROJECT_STAGE_WORDS, ["lead", "negotiating", "signed", "started", "producing", "full"]),
    ],
)
def test_every_code_of_a_value_type_has_a_word(words: dict[str, str], codes: list[str]) -> None:
    assert sorted(words) == sorted(codes)
    assert all(words[c] and not words[c].isascii() for c in codes)
