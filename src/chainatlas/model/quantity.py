"""Quantities as written: a decimal value (keeping its written precision), a unit, and an
optional upper end for ranges.

The value is a :class:`~decimal.Decimal` parsed from the text as published, because the
number of digits written is information: ``1287.4`` promises less than ``1287.40``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from chainatlas.errors import InvalidValue
from chainatlas.model.interval import Interval
from chainatlas.model.units import dimension_of, factor_of, normalise_unit


def parse_decimal(text: str | int | float | Decimal) -> Decimal:
    """Parse a plain written number (``1287.4``, ``1,050``, ``-3``); reject anything else.

    Thousands separators must sit in groups of three (``1,2.3`` is refused), and words
    (``约3亿``) are refused: qualifiers and magnitudes are the parser's job, not ours.
    """
    if isinstance(text, bool):
        raise InvalidValue(f"{text!r} is not a number", code="E101")
    if isinstance(text, Decimal):
        return text
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, float):
        return Decimal(repr(text))
    raw = text.strip()
    body = raw.lstrip("+-")
    if "," in body:
        whole, _, frac = body.partition(".")
        groups = whole.split(",")
        if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            raise InvalidValue(f"{raw!r} is not a number", code="E101")
        if "," in frac:
            raise InvalidValue(f"{raw!r} is not a number", code="E101")
        raw = raw.replace(",", "")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise InvalidValue(f"{text!r} is not a number", code="E101") from None
    if not value.is_finite():
        raise InvalidValue(f"{text!r} is not a finite number", code="E101")
    return value


def half_step(value: Decimal) -> Decimal:
    """Half a unit of the last written digit: 1287.4 -> 0.05, 1050 -> 0.5."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(5) * Decimal(10) ** (exponent - 1)


@dataclass(frozen=True)
class Quantity:
    """A value with a unit; ``value_max`` is set for ranges such as 50%-80%."""

    value: Decimal
    unit: str
    value_max: Decimal | None = None

    @classmethod
    def of(
        cls,
        value: str | int | float | Decimal,
        unit: str,
        value_max: str | int | float | Decimal | None = None,
    ) -> Quantity:
        """Build a quantity from written parts, validating number and unit."""
        upper = None if value_max is None else parse_decimal(value_max)
        lower = parse_decimal(value)
        if upper is not None and upper < lower:
            raise InvalidValue(f"range {lower}-{upper} has its ends reversed", code="E103")
        return cls(lower, normalise_unit(unit), upper)

    @property
    def dimension(self) -> str:
        return dimension_of(self.unit)

    def to(self, unit: str) -> Quantity:
        """Convert within a dimension; 亿元 -> 万元 works, % -> 个百分点 raises."""
        target = normalise_unit(unit)
        if dimension_of(target) != self.dimension:
            raise InvalidValue(
                f"cannot convert {self.unit} ({self.dimension}) to {target} "
                f"({dimension_of(target)})",
                code="E104",
            )
        ratio = factor_of(self.unit) / factor_of(target)
        upper = None if self.value_max is None else self.value_max * ratio
        return Quantity(self.value * ratio, target, upper)

    def base_value(self) -> Decimal:
        """The value in the dimension's base unit (元, %, 平方米, Wh ...)."""
        return self.value * factor_of(self.unit)

    def rounding_interval(self) -> Interval:
        """What the written digits allow: 1287.4 -> [1287.35, 1287.45)."""
        top = self.value if self.value_max is None else self.value_max
        lo = self.value - half_step(self.value)
        hi = top + half_step(top)
        return Interval(float(lo), float(hi), True, False)

    def __str__(self) -> str:
        if self.value_max is not None:
            return f"{self.value}-{self.value_max}{self.unit}"
        return f"{self.value}{self.unit}"
