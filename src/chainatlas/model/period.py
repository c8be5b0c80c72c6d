"""Periods a figure refers to: year, half, quarter, month, date, cumulative-to-date.

Compact forms: ``2022``, ``2023H1``, ``2023Q3``, ``2016-09``, ``2021-12-29``,
``cumulative`` (to the time of writing, end unknown), ``cumulative@2023H1`` (up to the end
of 2023H1), and ``unknown``.  Every period is a span of days, which gives ordering and
containment (``2023-03`` lies in ``2023H1``) without special cases.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from chainatlas.errors import InvalidValue


class Grain(StrEnum):
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    DATE = "date"
    CUMULATIVE = "cumulative"
    UNKNOWN = "unknown"


_PATTERNS: list[tuple[Grain, re.Pattern[str]]] = [
    (Grain.YEAR, re.compile(r"^(\d{4})$")),
    (Grain.HALF, re.compile(r"^(\d{4})H([12])$")),
    (Grain.QUARTER, re.compile(r"^(\d{4})Q([1-4])$")),
    (Grain.MONTH, re.compile(r"^(\d{4})-(\d{2})$")),
    (Grain.DATE, re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")),
]

_EARLIEST = date(1, 1, 1)


@dataclass(frozen=True, order=False)
class Period:
    """A span of days with the grain it was written at."""

    grain: Grain
    start: date
    end: date  # inclusive
    upto: Period | None = None  # for cumulative@X: the period it runs up to

    @classmethod
    def parse(cls, text: str | int) -> Period:
        """Parse a compact form; raises :class:`InvalidValue` naming the text."""
        raw = str(text).strip()
        if raw in ("", Grain.UNKNOWN.value):
            return UNKNOWN
        if raw == Grain.CUMULATIVE.value:
            return cls(Grain.CUMULATIVE, _EARLIEST, date.max)
        if raw.startswith("cumulative@"):
            inner = cls.parse(raw[len("cumulative@") :])
            return cls(Grain.CUMULATIVE, _EARLIEST, inner.end, inner)
        for grain, pattern in _PATTERNS:
            m = pattern.match(raw)
            if m:
                try:
                    return _build(grain, [int(g) for g in m.groups()])
                except ValueError:
                    break
        raise InvalidValue(
            f"{raw!r} is not a period (e.g. 2022, 2023H1, 2023Q1, 2016-09)", code="E106"
        )

    @classmethod
    def of_date(cls, day: date) -> Period:
        return cls(Grain.DATE, day, day)

    def __str__(self) -> str:
        y = self.start.year
        if self.grain is Grain.YEAR:
            return f"{y:04d}"
        if self.grain is Grain.HALF:
            return f"{y:04d}H{1 if self.start.month == 1 else 2}"
        if self.grain is Grain.QUARTER:
            return f"{y:04d}Q{(self.start.month - 1) // 3 + 1}"
        if self.grain is Grain.MONTH:
            return f"{y:04d}-{self.start.month:02d}"
        if self.grain is Grain.DATE:
            return self.start.isoformat()
        if self.grain is Grain.CUMULATIVE:
            return "cumulative" if self.upto is None else f"cumulative@{self.upto}"
        return "unknown"

    @property
    def known(self) -> bool:
        return self.grain is not Grain.UNKNOWN

    def contains(self, other: Period) -> bool:
        """Whether every day of ``other`` lies in this period (unknown contains nothing)."""
        if not (self.known and other.known):
            return False
        return self.start <= other.start and other.end <= self.end

    def sort_key(self) -> tuple[date, date, str]:
        """Order by end, then start: 2023H1 sorts before 2023 (which ends later)."""
        return (self.end, self.start, self.grain.value)

    def __lt__(self, other: Period) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: Period) -> bool:
        return self.sort_key() <= other.sort_key()

    def shift_days(self, days: int) -> Period:
        """Move a date by ``days`` (negative goes back); only dates move exactly."""
        if self.grain is not Grain.DATE:
            raise InvalidValue(f"only a date can be shifted by days, not {self}", code="E107")
        return Period.of_date(self.start + timedelta(days=days))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


UNKNOWN = Period(Grain.UNKNOWN, _EARLIEST, _EARLIEST)


def _build(grain: Grain, parts: list[int]) -> Period:
    y = parts[0]
    if grain is Grain.YEAR:
        return Period(grain, date(y, 1, 1), date(y, 12, 31))
    if grain is Grain.HALF:
        first = parts[1] == 1
        return Period(
            grain, date(y, 1 if first else 7, 1), date(y, 6 if first else 12, 30 if first else 31)
        )
    if grain is Grain.QUARTER:
        m0 = (parts[1] - 1) * 3 + 1
        return Period(grain, date(y, m0, 1), _month_end(y, m0 + 2))
    if grain is Grain.MONTH:
        return Period(grain, date(y, parts[1], 1), _month_end(y, parts[1]))
    day = date(y, parts[1], parts[2])
    return Period(grain, day, day)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
