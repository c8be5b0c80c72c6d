"""Parts and wholes: containment (a part ≤ its whole) and additivity (parts vs total).

Which subject is part of which comes from the subject graph (node → parent node → scheme
→ region → parent region, with equivalent nodes seen as one).  Parts are the *largest*
subjects below a whole that carry a figure, so nothing is counted twice; a derived whole
is never checked against the part it was derived from.

Additivity compares the interval of Σ parts with the whole's interval:
    exact   the intervals meet: the parts add up within rounding (pass);
    partial Σ parts < whole: the rest lies in segments without figures (pass);
    near    Σ parts > whole beyond rounding by less than 1 % of the whole (warn);
    broken  Σ parts > whole by more (fail).
"""

from __future__ import annotations

from collections.abc import Iterator

from chainatlas.analysis.checks import NEAR, Check, CheckContext, Verdict, independent, written
from chainatlas.analysis.derivations import value_in
from chainatlas.analysis.figures import Figure, make_slot
from chainatlas.analysis.intervals import describe_interval
from chainatlas.analysis.subjects import Ref
from chainatlas.model.fact import Measure
from chainatlas.model.interval import Interval

_AMOUNTS = (Measure.LEVEL, Measure.COUNT)


def _plain(figure: Figure) -> bool:
    f = figure.fact
    return figure.variant == "" and not f.scope and f.measure in _AMOUNTS


def check_containment(ctx: CheckContext) -> Iterator[Check]:
    """Each figure against the nearest enclosing subject that has the same figure."""
    for part in ctx.figures:
        if not _plain(part) or part.rule == "part":
            continue
        wholes = {}
        for ref in ctx.graph.same_as(part.ref):
            whole = _nearest_whole(ctx, ref, part)
            if whole is not None and independent(part, whole):
                wholes[whole.key] = whole
        for whole in wholes.values():
            yield _contain(ctx, part, whole)


def _contain(ctx: CheckContext, part: Figure, whole: Figure) -> Check:
    w_est, w_iv = value_in(whole, part.unit)
    margin = w_iv.hi - part.interval.lo
    possible = margin > 0 or (margin == 0 and w_iv.hi_closed and part.interval.lo_closed)
    verdict = Verdict.PASS if possible else Verdict.FAIL
    zh = (
        f"{ctx.label(part)} {written(part)} {'不超过' if possible else '超过'}"
        f"其所属的 {ctx.name(whole.ref)} {written(whole)}。"
    )
    en = (
        f"{ctx.label(part)} {written(part)} {'can lie within' if possible else 'exceeds'}"
        f" its whole, {ctx.name(whole.ref)} {written(whole)}."
    )
    return Check(
        "containment",
        verdict,
        ctx.label(part),
        (part.key, whole.key),
        zh,
        en,
        margin,
        w_est - part.estimate,
        part.unit,
    )


def _nearest_whole(ctx: CheckContext, ref: Ref, part: Figure) -> Figure | None:
    f = part.fact
    for above in ctx.graph.ancestors(ref):
        slot = make_slot(above, f.indicator, f.measure, str(f.period))
        found = [g for g in ctx.implications.index.all_in(slot) if g.variant == ""]
        if found:
            return min(found, key=lambda g: (not g.sharp, bool(g.rule), g.interval.width))
    return None


def check_additivity(ctx: CheckContext) -> Iterator[Check]:
    """Σ parts vs the whole for every whole with two or more parts below it."""
    children = _children(ctx)
    for whole in ctx.figures:
        if not (_plain(whole) and whole.sharp and whole.fact.measure is Measure.LEVEL):
            continue
        parts = [p for p in _parts(ctx, whole, children) if independent(p, whole)]
        if len(parts) >= 2:
            yield _compare_sum(ctx, whole, parts)


def _children(ctx: CheckContext) -> dict[Ref, list[Ref]]:
    found: dict[Ref, list[Ref]] = {}
    for child, parent in ctx.graph.parents.items():
        found.setdefault(parent, []).append(child)
    return found


def _parts(ctx: CheckContext, whole: Figure, children: dict[Ref, list[Ref]]) -> list[Figure]:
    """The largest subjects below ``whole`` with a sharp figure in the same slot."""
    f = whole.fact
    found: list[Figure] = []
    todo = list(children.get(whole.ref, ()))
    seen: set[Ref] = set()
    while todo:
        ref = todo.pop(0)
        if ref in seen:
            continue
        seen.add(ref)
        fig = ctx.implications.index.best(make_slot(ref, f.indicator, f.measure, str(f.period)))
        if fig is not None:
            found.append(fig)
        else:
            todo.extend(children.get(ref, ()))
    return [p for p in found if not _covered(ctx, p, found)]


def _covered(ctx: CheckContext, part: Figure, parts: list[Figure]) -> bool:
    """Whether ``part`` (or an equivalent of it) already lies inside another part."""
    return any(other is not part and ctx.graph.contains(other.ref, part.ref) for other in parts)


def _compare_sum(ctx: CheckContext, whole: Figure, parts: list[Figure]) -> Check:
    total_iv = Interval.point(0.0)
    total = 0.0
    for part in parts:
        est, iv = value_in(part, whole.unit)
        total, total_iv = total + est, total_iv + iv
    difference = total - whole.estimate
    terms = " + ".join(written(p) for p in parts)
    keys = (whole.key, *(p.key for p in parts))
    if total_iv.intersects(whole.interval):
        detail, verdict, margin = "exact", Verdict.PASS, 0.0
    elif total_iv.hi <= whole.interval.lo:
        detail, verdict, margin = "partial", Verdict.PASS, whole.interval.lo - total_iv.hi
    else:
        margin = -(total_iv.lo - whole.interval.hi)
        near = abs(difference) <= NEAR * abs(whole.estimate)
        detail, verdict = ("near", Verdict.WARN) if near else ("broken", Verdict.FAIL)
    zh, en = _sum_text(detail, terms, total, whole, difference, margin, total_iv)
    zh, en = f"{ctx.label(whole)}：{zh}", f"{ctx.label(whole)}: {en}"
    return Check(
        "additivity",
        verdict,
        ctx.label(whole),
        keys,
        zh,
        en,
        margin,
        difference,
        whole.unit,
        detail,
    )


def _sum_text(
    detail: str,
    terms: str,
    total: float,
    whole: Figure,
    difference: float,
    margin: float,
    total_iv: Interval,
) -> tuple[str, str]:
    u = whole.unit
    head = f"{terms} = {total:.1f}{u}，总量 {written(whole)}"
    head_en = f"{terms} = {total:.1f}{u} against the total {written(whole)}"
    if detail == "exact":
        return f"{head}，在舍入范围内相符。", f"{head_en}: equal within rounding."
    if detail == "partial":
        return (
            f"{head}，分项合计小于总量 {-difference:.1f}{u}，其余在未列出的部分。",
            f"{head_en}: the parts leave {-difference:.1f}{u} to segments not listed.",
        )
    word = "接近但" if detail == "near" else ""
    word_en = "a near match, but" if detail == "near" else "broken:"
    return (
        f"{head}，{word}分项之和超出总量 {difference:.1f}{u}，超出舍入误差 {-margin:.2f}{u}"
        f"（分项之和区间 {describe_interval(total_iv, 2)}）。",
        f"{head_en}: {word_en} the parts exceed the total by {difference:.1f}{u}, "
        f"{-margin:.2f}{u} more than rounding allows (sum {describe_interval(total_iv, 2)}).",
    )
