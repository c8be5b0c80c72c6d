"""Implications worth a second look: a residual that moves against its whole.

When a whole grows and the part of it that is reported grows faster, the rest (whole −
part, see :func:`derive_complement`) can only have grown more slowly, and may have
shrunk.  A shrinking rest is possible, so it is not an error, but it is unusual enough to
report: either activity really left the rest, or the part's scope changed between years
(enterprises reclassified into the cluster), or a figure is off.
"""

from __future__ import annotations

from collections.abc import Iterator

from chainatlas.analysis.checks import Check, CheckContext, Verdict
from chainatlas.analysis.derivation_rules import EXCLUDING
from chainatlas.analysis.figures import make_slot
from chainatlas.analysis.intervals import describe_interval
from chainatlas.model.fact import Measure


def check_residual_growth(ctx: CheckContext) -> Iterator[Check]:
    """A complement whose growth is surely negative while its whole surely grows."""
    index = ctx.implications.index
    for fig in ctx.implications.derived:
        f = fig.fact
        if f.measure is not Measure.GROWTH or not (f.scope or "").startswith(EXCLUDING):
            continue
        whole = index.best(make_slot(fig.ref, f.indicator, Measure.GROWTH, str(f.period)))
        if whole is None or not (fig.interval.hi < 0 < whole.interval.lo):
            continue
        rest = ctx.label(fig)
        zh = (
            f"{rest}：增速约 {f.quantity}（区间 {describe_interval(fig.interval)}），而整体增长约 "
            f"{whole.fact.quantity}：其余部分下降，属异常但并非错误（可能是口径调整或企业归类变化）。"
        )
        en = (
            f"{rest}: growth about {f.quantity} ({describe_interval(fig.interval)}) while the whole grew about "
            f"{whole.fact.quantity}: the rest shrank. Unusual, not an error (scope or "
            "classification changes can cause it)."
        )
        yield Check(
            "trend",
            Verdict.WARN,
            rest,
            (fig.key, whole.key),
            zh,
            en,
            -fig.interval.hi,
            fig.estimate - whole.estimate,
            "%",
            "residual-fell",
        )
