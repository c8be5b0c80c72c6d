"""Indicators and facts, and where each fact comes from.

A fact without provenance is a bug: every fact names a document span, a formula with its
inputs, or an imported file and row.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from chainatlas.model.interval import Interval
from chainatlas.model.period import Period
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity


class Measure(StrEnum):
    LEVEL = "level"
    GROWTH = "growth"
    SHARE = "share"
    GAP = "gap"
    RANK = "rank"
    COUNT = "count"
    DURATION = "duration"
    RATIO = "ratio"


class FactStatus(StrEnum):
    REPORTED = "reported"
    DERIVED = "derived"
    IMPORTED = "imported"


class SubjectType(StrEnum):
    REGION = "region"
    NODE = "node"  # key written "scheme/node"
    SCHEME = "scheme"
    ENTERPRISE = "enterprise"
    PROJECT = "project"
    PLATFORM = "platform"
    PERSON = "person"
    PROGRAMME = "programme"


@dataclass(frozen=True, kw_only=True)
class Indicator:
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    definition: str | None = None
    unit: str | None = None
    additive: bool = True
    scope: str | None = None  # statistical scope: 规上, 全口径, 应税 ...


@dataclass(frozen=True, kw_only=True)
class Provenance:
    """One of: a document span, a formula over input facts, or an imported file row."""

    document: str | None = None
    start: int | None = None  # character offsets into the document text
    end: int | None = None
    quote: str | None = None
    formula: str | None = None
    inputs: tuple[str, ...] = ()  # fact keys
    file: str | None = None
    row: int | None = None
    accepted_by: str | None = None
    accepted_at: str | None = None  # ISO timestamp

    @property
    def is_empty(self) -> bool:
        return self.document is None and self.formula is None and self.file is None


@dataclass(frozen=True, kw_only=True)
class Fact:
    key: str
    subject_type: SubjectType
    subject: str
    indicator: str
    measure: Measure
    period: Period
    quantity: Quantity
    qualifier: Qualifier = Qualifier.EXACT
    status: FactStatus = FactStatus.REPORTED
    provenance: Provenance
    rank_of: int | None = None  # the size of the ranked field
    scope: str | None = None  # e.g. "zone" vs "city" when the subject is ambiguous
    note: str | None = None

    def interval(self) -> Interval:
        """What the published figure allows, given its rounding and qualifier."""
        return self.qualifier.interval(self.quantity)
