"""Closed/open real intervals with the arithmetic that derivations need.

A published figure is not a point: ``1287.4`` is anything in [1287.35, 1287.45), ``超60%``
is anything above 60.  Derivations propagate such intervals so that a check can say
whether two figures *can* agree, not just whether their midpoints do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Interval:
    """The set of reals between ``lo`` and ``hi``; infinite ends are always open."""

    lo: float
    hi: float
    lo_closed: bool = True
    hi_closed: bool = True

    def __post_init__(self) -> None:
        if math.isnan(self.lo) or math.isnan(self.hi):
            raise ValueError("interval ends must be numbers")
        if self.lo > self.hi:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @property
    def mid(self) -> float:
        """A representative value: the midpoint, or the finite end of a half-line."""
        if math.isinf(self.lo) and math.isinf(self.hi):
            return 0.0
        if math.isinf(self.hi):
            return self.lo
        if math.isinf(self.lo):
            return self.hi
        return (self.lo + self.hi) / 2

    @property
    def width(self) -> float:
        return self.hi - self.lo

    def contains(self, value: float) -> bool:
        above = value > self.lo or (self.lo_closed and value == self.lo)
        below = value < self.hi or (self.hi_closed and value == self.hi)
        return above and below

    def intersects(self, other: Interval) -> bool:
        if self.hi < other.lo or other.hi < self.lo:
            return False
        if self.hi == other.lo:
            return self.hi_closed and other.lo_closed
        if other.hi == self.lo:
            return other.hi_closed and self.lo_closed
        return True

    def distance(self, other: Interval) -> float:
        """Gap between the two intervals (0 when they meet)."""
        if self.intersects(other):
            return 0.0
        return max(other.lo - self.hi, self.lo - other.hi)

    def __add__(self, other: Interval) -> Interval:
        return Interval(
            self.lo + other.lo,
            self.hi + other.hi,
            self.lo_closed and other.lo_closed,
            self.hi_closed and other.hi_closed,
        )

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo, self.hi_closed, self.lo_closed)

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def scale(self, factor: float) -> Interval:
        if factor >= 0:
            return Interval(self.lo * factor, self.hi * factor, self.lo_closed, self.hi_closed)
        return Interval(self.hi * factor, self.lo * factor, self.hi_closed, self.lo_closed)

    def __mul__(self, other: Interval) -> Interval:
        ends = [
            (_mul(a, b), ca and cb)
            for a, ca in ((self.lo, self.lo_closed), (self.hi, self.hi_closed))
            for b, cb in ((other.lo, other.lo_closed), (other.hi, other.hi_closed))
        ]
        lo = min(ends, key=lambda e: (e[0], not e[1]))
        hi = max(ends, key=lambda e: (e[0], e[1]))
        return Interval(
            lo[0], hi[0], lo[1] and not math.isinf(lo[0]), hi[1] and not math.isinf(hi[0])
        )

    def reciprocal(self) -> Interval:
        if self.contains(0.0) or (self.lo < 0 < self.hi):
            raise ZeroDivisionError("interval contains zero")
        lo = 1 / self.hi if not math.isinf(self.hi) else 0.0
        hi = 1 / self.lo if self.lo != 0 and not math.isinf(self.lo) else math.inf
        return Interval(
            lo,
            hi,
            self.hi_closed and not math.isinf(self.hi),
            self.lo_closed and not math.isinf(hi),
        )

    def __truediv__(self, other: Interval) -> Interval:
        return self * other.reciprocal()

    def __str__(self) -> str:
        left = "[" if self.lo_closed else "("
        right = "]" if self.hi_closed else ")"
        return f"{left}{_fmt(self.lo)}, {_fmt(self.hi)}{right}"


def _mul(a: float, b: float) -> float:
    if (a == 0 and math.isinf(b)) or (b == 0 and math.isinf(a)):
        return 0.0
    return a * b


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    return f"{x:.6g}"
