"""The formulas a published figure implies, each over intervals.

Every function takes :class:`Figure` inputs and returns one derived :class:`Figure` whose
fact has status *derived*, ``Provenance(formula=..., inputs=...)`` naming its inputs, a
point estimate computed from the written values, and the interval every allowed input
value leads to.  Shares and growth rates are written in % (or 个百分点 for gaps); levels
keep the unit of the first level input, converting others (unit alignment).

Formulas (g growth, s share, p part, w whole, t0/t1 a year apart; all rates as fractions):
    total        w = p / s
    part         p = s · w
    share        s = p / w
    previous     x(t0) = x(t1) / (1 + g)
    base growth  g(w) = g(p) − gap
    growth       g = x(t1) / x(t0) − 1
    increment    Δx = x(t1) − x(t0)
    complement   w − p
    contribution c = (p(t1) − p(t0)) / w(t0)          (Ravallion–Datt style growth
                                                      decomposition: Σ c = g(w))
    start date   d0 = d1 − duration
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from chainatlas.analysis.figures import Figure
from chainatlas.analysis.intervals import convert_interval, describe_interval, share_scale
from chainatlas.analysis.subjects import Ref
from chainatlas.model.fact import Fact, FactStatus, Measure, Provenance
from chainatlas.model.interval import Interval
from chainatlas.model.period import Grain, Period
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity
from chainatlas.model.units import dimension_of, factor_of


@dataclass(frozen=True)
class Target:
    """What a derivation describes: subject, indicator, measure, period, scope, variant."""

    ref: Ref
    indicator: str
    measure: Measure
    period: Period
    scope: str | None = None
    variant: str = ""
    note: str | None = None


def value_in(figure: Figure, unit: str) -> tuple[float, Interval]:
    """The figure's estimate and interval expressed in ``unit``."""
    if figure.unit == unit:
        return figure.estimate, figure.interval
    ratio = float(factor_of(figure.unit) / factor_of(unit))
    return figure.estimate * ratio, convert_interval(figure.interval, figure.unit, unit)


def rate(figure: Figure) -> tuple[float, Interval]:
    """A share, growth or gap as a plain fraction (25.3 % → 0.253)."""
    scale = share_scale(figure.unit)
    return figure.estimate * scale, figure.interval.scale(scale)


def derive_total(part: Figure, share: Figure, target: Target) -> Figure:
    """w = p / s: the whole a part and its share imply."""
    s, s_iv = rate(share)
    iv = part.interval / s_iv
    formula = f"total = part / share = {_text(part)} / {_text(share)}"
    return _build("total", target, part.unit, part.estimate / s, iv, (part, share), formula)


def derive_part(share: Figure, whole: Figure, target: Target) -> Figure:
    """p = s · w."""
    s, s_iv = rate(share)
    formula = f"part = share × total = {_text(share)} × {_text(whole)}"
    return _build(
        "part",
        target,
        whole.unit,
        s * whole.estimate,
        s_iv * whole.interval,
        (share, whole),
        formula,
    )


def derive_share(part: Figure, whole: Figure, target: Target) -> Figure:
    """s = p / w, in %."""
    w, w_iv = value_in(whole, part.unit)
    iv = (part.interval / w_iv).scale(100.0)
    formula = f"share = part / total = {_text(part)} / {_text(whole)}"
    return _build("share", target, "%", 100.0 * part.estimate / w, iv, (part, whole), formula)


def derive_previous(level: Figure, growth: Figure, target: Target) -> Figure:
    """x(t0) = x(t1) / (1 + g)."""
    g, g_iv = rate(growth)
    iv = level.interval / (g_iv + Interval.point(1.0))
    formula = f"previous = value / (1 + growth) = {_text(level)} / (1 + {_text(growth)})"
    return _build(
        "previous", target, level.unit, level.estimate / (1 + g), iv, (level, growth), formula
    )


def derive_base_growth(growth: Figure, gap: Figure, target: Target) -> Figure:
    """g(w) = g(p) − gap: "增长25.3%，高于全市5.9个百分点" gives the city's 19.4 %."""
    iv = growth.interval - gap.interval
    formula = f"base growth = growth − gap = {_text(growth)} − {_text(gap)}"
    return _build(
        "base-growth", target, "%", growth.estimate - gap.estimate, iv, (growth, gap), formula
    )


def derive_growth(now: Figure, before: Figure, target: Target) -> Figure:
    """g = x(t1) / x(t0) − 1, in %."""
    b, b_iv = value_in(before, now.unit)
    iv = (now.interval / b_iv - Interval.point(1.0)).scale(100.0)
    formula = f"growth = value / previous − 1 = {_text(now)} / {_text(before)} − 1"
    return _build("growth", target, "%", 100.0 * (now.estimate / b - 1), iv, (now, before), formula)


def derive_increment(now: Figure, before: Figure, target: Target) -> Figure:
    """Δx = x(t1) − x(t0), in the level's unit."""
    b, b_iv = value_in(before, now.unit)
    formula = f"increment = value − previous = {_text(now)} − {_text(before)}"
    return _build(
        "increment", target, now.unit, now.estimate - b, now.interval - b_iv, (now, before), formula
    )


def derive_complement(whole: Figure, part: Figure, target: Target) -> Figure:
    """The rest of a whole outside a part: w − p."""
    p, p_iv = value_in(part, whole.unit)
    formula = f"complement = total − part = {_text(whole)} − {_text(part)}"
    return _build(
        "complement",
        target,
        whole.unit,
        whole.estimate - p,
        whole.interval - p_iv,
        (whole, part),
        formula,
    )


def derive_contribution(
    part_now: Figure, part_before: Figure, whole_before: Figure, target: Target
) -> Figure:
    """c = (p(t1) − p(t0)) / w(t0), in 个百分点 of the whole's growth."""
    b, b_iv = value_in(part_before, part_now.unit)
    w, w_iv = value_in(whole_before, part_now.unit)
    iv = ((part_now.interval - b_iv) / w_iv).scale(100.0)
    estimate = 100.0 * (part_now.estimate - b) / w
    formula = (
        "contribution = (part − part previous) / total previous = "
        f"({_text(part_now)} − {_text(part_before)}) / {_text(whole_before)}"
    )
    inputs = (part_now, part_before, whole_before)
    return _build("contribution", target, "个百分点", estimate, iv, inputs, formula)


def derive_start_date(duration: Figure, target_ref: Ref) -> Figure | None:
    """d0 = d1 − duration, for a duration that ends on a dated period."""
    fact = duration.fact
    if fact.period.grain is not Grain.DATE or dimension_of(duration.unit) != "duration":
        return None
    days, iv = value_in(duration, "天")
    latest = math.floor(iv.hi) if iv.hi_closed else math.ceil(iv.hi) - 1
    earliest = math.ceil(iv.lo) if iv.lo_closed else math.floor(iv.lo) + 1
    end = fact.period.start
    start = Period.of_date(end - timedelta(days=round(days)))
    window = f"{end - timedelta(days=latest)} … {end - timedelta(days=earliest)}"
    target = Target(
        target_ref,
        fact.indicator,
        Measure.DURATION,
        start,
        fact.scope,
        "start",
        f"start of the span that ends {end}; possible start dates {window}",
    )
    formula = f"start date = end date − duration = {end} − {_text(duration)}"
    # The interval is the elapsed time, in days, from the start to the end date.
    return _build("start-date", target, "天", days, iv, (duration,), formula)


def _build(
    rule: str,
    target: Target,
    unit: str,
    estimate: float,
    interval: Interval,
    inputs: tuple[Figure, ...],
    formula: str,
) -> Figure:
    """Wrap a computed value as a derived fact with its provenance."""
    note = f"≈ {_round(estimate, unit, inputs)}{unit}, allowed {describe_interval(interval, 2)}"
    if target.note:
        note = f"{note}; {target.note}"
    fact = Fact(
        key=derived_key(rule, target, inputs),
        subject_type=target.ref[0],
        subject=target.ref[1],
        indicator=target.indicator,
        measure=target.measure,
        period=target.period,
        quantity=Quantity(_round(estimate, unit, inputs), unit),
        qualifier=Qualifier.APPROX,
        status=FactStatus.DERIVED,
        provenance=Provenance(formula=formula, inputs=tuple(f.key for f in inputs)),
        scope=target.scope,
        note=note,
    )
    basis = frozenset().union(*(f.basis for f in inputs))
    return Figure(fact, interval, estimate, basis, rule, target.variant)


def derived_key(rule: str, target: Target, inputs: tuple[Figure, ...]) -> str:
    """A stable key: what is derived, how, and a short digest of the inputs' keys."""
    digest = hashlib.sha1("|".join(f.key for f in inputs).encode()).hexdigest()[:8]
    parts = [
        "derived",
        rule,
        target.ref[0].value,
        target.ref[1],
        target.indicator,
        str(target.period),
    ]
    if target.scope:
        parts.append(target.scope)
    return ":".join([*parts, digest])


def _round(estimate: float, unit: str, inputs: tuple[Figure, ...]) -> Decimal:
    """The estimate written with as many decimals as the finest input (at least 1)."""
    places = max((_decimals(f.fact.quantity.value) for f in inputs), default=1)
    if dimension_of(unit) in ("duration",) or unit in ("家", "个"):
        places = 0
    else:
        places = min(max(places, 1), 4)
    return Decimal(repr(estimate)).quantize(Decimal(1).scaleb(-places))


def _decimals(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _text(figure: Figure) -> str:
    """How an input reads in a formula: its written value and unit."""
    q = figure.fact.quantity
    mark = {
        Qualifier.LOWER: "超",
        Qualifier.UPPER: "近",
        Qualifier.APPROX: "≈",
    }.get(figure.fact.qualifier, "")
    return f"{mark}{q}"
