"""How a written figure relates to the truth: exactly (to rounding), roughly, as a bound,
as a range, or as a goal not yet reached."""

from __future__ import annotations

import math
from enum import StrEnum

from chainatlas.model.interval import Interval
from chainatlas.model.quantity import Quantity

#: 约/左右: published rounding is loose; we allow ±10 %.
APPROX_SPREAD = 0.10
#: 近/不到: "近100家" means a little under 100; we take at least 90 % of it.
UPPER_SPREAD = 0.10


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    LOWER = "lower"
    UPPER = "upper"
    RANGE = "range"
    TARGET = "target"

    @classmethod
    def parse(cls, text: str | None) -> Qualifier:
        from chainatlas.errors import InvalidValue

        if text is None or text == "":
            return cls.EXACT
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise InvalidValue(
                f"unknown qualifier {text!r} (expected one of {', '.join(q.value for q in cls)})",
                code="E105",
            ) from None

    def interval(self, quantity: Quantity) -> Interval:
        """The values the written figure allows.

        exact and target: the rounding interval (a target is a claim about the future,
        so checks treat it separately, not more loosely); approx: ±10 %; lower: (v, ∞);
        upper: [0.9·v, v); range: [lo, hi] widened by rounding.
        """
        rounded = quantity.rounding_interval()
        v = float(quantity.value)
        if self in (Qualifier.EXACT, Qualifier.TARGET, Qualifier.RANGE):
            return rounded
        if self is Qualifier.APPROX:
            spread = abs(v) * APPROX_SPREAD
            return Interval(min(rounded.lo, v - spread), max(rounded.hi, v + spread))
        if self is Qualifier.LOWER:
            return Interval(v, math.inf, False, False)
        return Interval(v * (1 - UPPER_SPREAD), v, True, False)
