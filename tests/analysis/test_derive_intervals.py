"""Allowed values of published figures, and interval helpers."""

from __future__ import annotations

import math

import pytest

from chainatlas.analysis.intervals import allowed_interval, describe_interval, intersect
from chainatlas.model.interval import Interval
from tests.analysis.liyang_facts import fact


def test_rounded_share_allows_half_a_digit_either_side() -> None:
    iv = allowed_interval(fact("s", "320481", "output", "share", "2023H1", "88.6", "%"))
    assert (iv.lo, iv.hi, iv.lo_closed, iv.hi_closed) == pytest.approx((88.55, 88.65, True, False))


def test_lower_bound_share_stops_at_one_hundred_percent() -> None:
    iv = allowed_interval(fact("s", "320481", "output", "share", "2022", "60", "%", "lower"))
    assert (iv.lo, iv.hi, iv.lo_closed, iv.hi_closed) == (60.0, 100.0, False, True)


def test_near_count_is_a_little_under() -> None:
    iv = allowed_interval(fact("c", "320481", "rd", "count", "cumulative", "100", "家", "upper"))
    assert (iv.lo, iv.hi, iv.lo_closed, iv.hi_closed) == (90.0, 100.0, True, False)


def test_intersect_keeps_the_tighter_ends() -> None:
    both = intersect(Interval(0, 10, True, False), Interval(5, math.inf, False, False))
    assert both == Interval(5, 10, False, False)
    assert intersect(Interval(0, 1), Interval(2, 3)) is None


def test_describe_rounds_outwards() -> None:
    assert describe_interval(Interval(1452.17, 1453.92), 1) == "[1452.1, 1454.0]"
    assert describe_interval(Interval(60, math.inf, False, False)) == "(60.0, ∞)"
