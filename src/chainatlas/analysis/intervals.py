"""The values a published figure allows, and the interval helpers derivations need.

A figure's allowed values come from :meth:`Fact.interval` (rounding and qualifier:
``88.6%`` → [88.55, 88.65); ``超60%`` → (60, ∞); ``近100家`` → [90, 100)), narrowed by
what the measure itself allows: a share lies in [0, 100] %, a level or a count is never
negative.  Arithmetic then follows :class:`chainatlas.model.interval.Interval`
(Moore, *Interval Analysis*, 1966: the result holds every value the inputs allow).
"""

from __future__ import annotations

import math

from chainatlas.model.fact import Fact, Measure
from chainatlas.model.interval import Interval
from chainatlas.model.units import dimension_of, factor_of, is_known_unit

#: Measures whose value can never be negative.
NON_NEGATIVE: frozenset[Measure] = frozenset(
    {Measure.LEVEL, Measure.COUNT, Measure.DURATION, Measure.RANK, Measure.SHARE}
)


def intersect(a: Interval, b: Interval) -> Interval | None:
    """The values both intervals allow, or None when they do not meet."""
    if not a.intersects(b):
        return None
    lo, lo_closed = _larger_lower(a, b)
    hi, hi_closed = _smaller_upper(a, b)
    return Interval(lo, hi, lo_closed and not math.isinf(lo), hi_closed and not math.isinf(hi))


def _larger_lower(a: Interval, b: Interval) -> tuple[float, bool]:
    if a.lo == b.lo:
        return a.lo, a.lo_closed and b.lo_closed
    return (a.lo, a.lo_closed) if a.lo > b.lo else (b.lo, b.lo_closed)


def _smaller_upper(a: Interval, b: Interval) -> tuple[float, bool]:
    if a.hi == b.hi:
        return a.hi, a.hi_closed and b.hi_closed
    return (a.hi, a.hi_closed) if a.hi < b.hi else (b.hi, b.hi_closed)


def share_scale(unit: str) -> float:
    """Multiplier that turns a figure in ``unit`` into a fraction: %, 个百分点 → 0.01.

    Any other unit on a share (a plain fraction such as 1/3 written 0.3333) counts as 1.
    """
    if is_known_unit(unit) and dimension_of(unit) in ("percent", "points"):
        return 0.01
    return 1.0


def measure_bounds(fact: Fact) -> Interval:
    """What the measure allows whatever is written: shares in [0, 100 %], levels ≥ 0."""
    if fact.measure is Measure.SHARE:
        return Interval(0.0, 1.0 / share_scale(fact.quantity.unit))
    if fact.measure in NON_NEGATIVE:
        return Interval(0.0, math.inf, True, False)
    return Interval(-math.inf, math.inf, False, False)


def allowed_interval(fact: Fact) -> Interval:
    """Every value the published ``fact`` allows: rounding, qualifier and measure."""
    raw = fact.interval()
    narrowed = intersect(raw, measure_bounds(fact))
    return raw if narrowed is None else narrowed


def convert_interval(interval: Interval, from_unit: str, to_unit: str) -> Interval:
    """Express ``interval`` (in ``from_unit``) in ``to_unit`` of the same dimension."""
    if from_unit == to_unit:
        return interval
    if dimension_of(from_unit) != dimension_of(to_unit):
        raise ValueError(f"cannot convert {from_unit} to {to_unit}")
    return interval.scale(float(factor_of(from_unit) / factor_of(to_unit)))


def describe_interval(interval: Interval, places: int = 1) -> str:
    """``[1452.2, 1453.9]`` style text, rounded outwards so it still holds every value."""
    lo = "-∞" if math.isinf(interval.lo) else f"{_floor(interval.lo, places):.{places}f}"
    hi = "∞" if math.isinf(interval.hi) else f"{_ceil(interval.hi, places):.{places}f}"
    left = "[" if interval.lo_closed and not math.isinf(interval.lo) else "("
    right = "]" if interval.hi_closed and not math.isinf(interval.hi) else ")"
    return f"{left}{lo}, {hi}{right}"


def _floor(x: float, places: int) -> float:
    step = 10.0**places
    return math.floor(x * step + 1e-9) / step


def _ceil(x: float, places: int) -> float:
    step = 10.0**places
    return math.ceil(x * step - 1e-9) / step
