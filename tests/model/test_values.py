from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chainatlas.errors import InvalidValue
from chainatlas.model.period import Grain, Period
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity, parse_decimal


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("1287.4", 1287.35, 1287.45),
        ("1050", 1049.5, 1050.5),
        ("57.0", 56.95, 57.05),
        ("0.6", 0.55, 0.65),
    ],
)
def test_rounding_interval_follows_written_digits(text: str, lo: float, hi: float) -> None:
    interval = Quantity.of(text, "亿元").rounding_interval()
    assert interval.lo == pytest.approx(lo) and interval.hi == pytest.approx(hi)
    assert interval.lo_closed and not interval.hi_closed


def test_money_converts_among_yuan_units() -> None:
    q = Quantity.of("1287.4", "亿元")
    assert q.to("万元").value == Decimal("12874000")
    assert q.to("万亿元").value == Decimal("0.12874")
    assert q.base_value() == Decimal("128740000000")


@pytest.mark.parametrize(
    ("value", "unit", "target", "expected"),
    [
        ("40", "GWh", "MWh", "40000"),
        ("4.3", "平方公里", "万平方米", "430"),
        ("1.2", "亿平方米", "万平方米", "12000"),
        ("2", "年", "天", "730.50"),
    ],
)
def test_conversions_within_a_dimension(value: str, unit: str, target: str, expected: str) -> None:
    assert Quantity.of(value, unit).to(target).value == Decimal(expected)


@pytest.mark.parametrize(
    ("unit", "target"), [("%", "个百分点"), ("亿元", "%"), ("家", "人"), ("GWh", "GW")]
)
def test_conversion_across_dimensions_is_refused(unit: str, target: str) -> None:
    with pytest.raises(InvalidValue):
        Quantity.of("1", unit).to(target)


@pytest.mark.parametrize("text", ["约3亿", "1,2.3", "abc", "", "1..2", "NaN", "Infinity", "12,34"])
def test_malformed_numbers_are_refused(text: str) -> None:
    with pytest.raises(InvalidValue):
        parse_decimal(text)


def test_thousands_separators_are_accepted_in_groups_of_three() -> None:
    assert parse_decimal("1,287.4") == Decimal("1287.4")


def test_unknown_unit_is_refused() -> None:
    with pytest.raises(InvalidValue, match="unknown unit"):
        Quantity.of("3", "斤斤")


def test_range_keeps_both_ends_and_refuses_reversal() -> None:
    q = Quantity.of("50", "%", "80")
    assert Qualifier.RANGE.interval(q).lo == pytest.approx(49.5)
    assert Qualifier.RANGE.interval(q).hi == pytest.approx(80.5)
    with pytest.raises(InvalidValue):
        Quantity.of("80", "%", "50")


def test_qualifiers_turn_values_into_intervals() -> None:
    sixty = Quantity.of("60", "%")
    lower = Qualifier.LOWER.interval(sixty)
    assert lower.lo == 60 and not lower.lo_closed and math.isinf(lower.hi)
    assert not lower.contains(60) and lower.contains(61.8)
    upper = Qualifier.UPPER.interval(Quantity.of("100", "家"))
    assert upper.contains(95) and not upper.contains(100) and not upper.contains(80)
    approx = Qualifier.APPROX.interval(Quantity.of("100", "亿元"))
    assert approx.contains(109) and not approx.contains(111)
    assert Qualifier.TARGET.interval(Quantity.of("1000", "亿元")).contains(1000)


def test_qualifier_parse_names_the_bad_value() -> None:
    with pytest.raises(InvalidValue, match="roughly"):
        Qualifier.parse("roughly")


@pytest.mark.parametrize(
    "text",
    [
        "2022",
        "2023H1",
        "2023H2",
        "2023Q1",
        "2016-09",
        "2021-12-29",
        "cumulative",
        "cumulative@2023H1",
        "unknown",
    ],
)
def test_period_round_trips_through_its_compact_form(text: str) -> None:
    assert str(Period.parse(text)) == text


def test_period_containment_and_ordering() -> None:
    h1 = Period.parse("2023H1")
    assert h1.contains(Period.parse("2023-03"))
    assert h1.contains(Period.parse("2023Q2"))
    assert not h1.contains(Period.parse("2023-07"))
    assert Period.parse("2023").contains(h1)
    assert not Period.parse("unknown").contains(h1)
    ordered = sorted(Period.parse(t) for t in ["2023", "2022", "2023H1", "2012-03", "2021-12-29"])
    assert [str(p) for p in ordered] == ["2012-03", "2021-12-29", "2022", "2023H1", "2023"]
    assert Period.parse("cumulative@2023H1").grain is Grain.CUMULATIVE


@pytest.mark.parametrize("text", ["2023H3", "2023Q5", "2023-13", "2023-02-30", "23", "last year"])
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(InvalidValue):
        Period.parse(text)


def test_a_date_shifts_by_days() -> None:
    assert str(Period.parse("2021-12-29").shift_days(-363)) == "2020-12-31"


@given(
    st.decimals(
        min_value=-(10**9), max_value=10**9, places=3, allow_nan=False, allow_infinity=False
    )
)
def test_rounding_interval_contains_the_written_value(value: Decimal) -> None:
    q = Quantity.of(value, "亿元")
    assert q.rounding_interval().contains(float(value))
