"""Ranked industries a region could grow into, with visible score parts and reasons."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from chainatlas.analysis.complexity.matrix import FloatArray, to_dense
from chainatlas.analysis.complexity.pipeline import ComplexityResult
from chainatlas.errors import InvalidValue


@dataclass(frozen=True)
class Strategy:
    """Weights on the standardised parts: density (nearness), PCI (complexity), COG."""

    key: str
    name_zh: str
    density: float
    pci: float
    cog: float


#: Atlas-style presets. The three parts are those of the Atlas' growth-opportunity view
#: (distance, complexity, opportunity gain); the weights are ours, stated in
#: docs/complexity.md: nearness dominates low-hanging fruit, complexity and gain dominate
#: long jumps.
STRATEGIES: dict[str, Strategy] = {
    "low-hanging-fruit": Strategy("low-hanging-fruit", "易摘果实", 0.60, 0.15, 0.25),
    "balanced-portfolio": Strategy("balanced-portfolio", "均衡组合", 0.45, 0.25, 0.30),
    "long-jumps": Strategy("long-jumps", "远跳突破", 0.25, 0.40, 0.35),
}


@dataclass(frozen=True)
class Opportunity:
    """One candidate industry: raw parts, their standardised values and contributions."""

    rank: int
    industry: str
    score: float
    density: float
    distance: float
    pci: float
    cog: float
    z_density: float
    z_pci: float
    z_cog: float
    contributions: tuple[tuple[str, float], ...]
    reason_zh: str
    reason_en: str


@dataclass(frozen=True)
class OpportunityList:
    region: str
    strategy: Strategy
    candidates: int
    items: tuple[Opportunity, ...]


def rank_opportunities(
    result: ComplexityResult,
    region: str,
    strategy: str | Strategy = "balanced-portfolio",
    limit: int = 20,
) -> OpportunityList:
    """Rank the industries ``region`` lacks (``M[c, p] = 0``) by a weighted score.

    ``score_p = w_d z(ω_cp) + w_pci z(PCI_p) + w_cog z(COG_cp)``, each part z-scored over
    the region's candidates (population sd; a part constant over candidates scores 0).
    Density ``ω`` is closeness to current strengths (distance ``1 − ω``), PCI the
    industry's complexity, COG the new options it would open (Hausmann et al., *The Atlas
    of Economic Complexity* 2014; Hausmann & Chauvin 2015, "Moving to the adjacent
    possible"). Every item shows its parts, contributions and a Chinese and English reason.
    """
    chosen = _strategy(strategy)
    c = result.region_index(region)
    present = to_dense(result.mcp[[c], :]).ravel() > 0
    candidates = np.flatnonzero(~present)
    if len(candidates) == 0:
        return OpportunityList(region, chosen, 0, ())
    parts = {
        "density": result.density[c, candidates],
        "pci": result.pci[candidates],
        "cog": result.cog[c, candidates],
    }
    z = {name: _zscore(values) for name, values in parts.items()}
    pct = {name: _percentile(values) for name, values in parts.items()}
    weights = {"density": chosen.density, "pci": chosen.pci, "cog": chosen.cog}
    score = sum(weights[name] * z[name] for name in parts)
    order = np.argsort(-np.asarray(score), kind="stable")[: max(limit, 0)]
    items = tuple(
        _opportunity(rank, result.industries[candidates[i]], float(np.asarray(score)[i]),
                     {name: float(parts[name][i]) for name in parts},
                     {name: float(z[name][i]) for name in parts},
                     {name: float(pct[name][i]) for name in parts}, weights)
        for rank, i in enumerate(order, start=1)
    )  # fmt: skip
    return OpportunityList(region, chosen, len(candidates), items)


def _opportunity(
    rank: int,
    industry: str,
    score: float,
    raw: dict[str, float],
    z: dict[str, float],
    levels: dict[str, float],
    weights: dict[str, float],
) -> Opportunity:
    """One ranked candidate with its parts (raw, z-scored, percentile), each part's
    contribution ``w z`` to the score, and its reasons."""
    contrib = tuple((name, weights[name] * z[name]) for name in raw)
    return Opportunity(
        rank=rank,
        industry=industry,
        score=score,
        density=raw["density"],
        distance=1.0 - raw["density"],
        pci=raw["pci"],
        cog=raw["cog"],
        z_density=z["density"],
        z_pci=z["pci"],
        z_cog=z["cog"],
        contributions=contrib,
        reason_zh=_reason_zh(raw, levels, contrib),
        reason_en=_reason_en(raw, levels, contrib),
    )


def _strategy(strategy: str | Strategy) -> Strategy:
    if isinstance(strategy, Strategy):
        return strategy
    if strategy not in STRATEGIES:
        raise InvalidValue(f"unknown strategy {strategy!r}; choose one of {sorted(STRATEGIES)}")
    return STRATEGIES[strategy]


def _zscore(values: FloatArray) -> FloatArray:
    sd = float(values.std())
    if sd == 0.0:
        return np.zeros_like(values)
    result: FloatArray = (values - values.mean()) / sd
    return result


def _percentile(values: FloatArray) -> FloatArray:
    """Share of candidates with a value at or below this one (1 = the highest)."""
    ordered = np.sort(values)
    result: FloatArray = np.searchsorted(ordered, values, side="right") / len(values)
    return result


_LEVEL_ZH = {"high": "高", "mid": "中等", "low": "低"}
_PART_ZH = {"density": "关联密度", "pci": "产业复杂度", "cog": "机会增益"}
_PART_EN = {"density": "density", "pci": "complexity (PCI)", "cog": "opportunity gain (COG)"}


def _level(percentile: float) -> str:
    return "high" if percentile >= 0.8 else "mid" if percentile >= 0.4 else "low"


def _driver(contrib: tuple[tuple[str, float], ...]) -> str:
    return max(contrib, key=lambda item: item[1])[0]


def _reason_zh(
    raw: dict[str, float], pct: dict[str, float], contrib: tuple[tuple[str, float], ...]
) -> str:
    near = "贴近现有优势产业" if pct["density"] >= 0.8 else "与现有产业有一定距离"
    return (
        f"主要因{_PART_ZH[_driver(contrib)]}入选；"
        f"关联密度{raw['density']:.3f}（候选中{_LEVEL_ZH[_level(pct['density'])]}，{near}）；"
        f"产业复杂度{raw['pci']:+.2f}（{_LEVEL_ZH[_level(pct['pci'])]}）；"
        f"机会增益{raw['cog']:+.2f}（{_LEVEL_ZH[_level(pct['cog'])]}）"
    )


def _reason_en(
    raw: dict[str, float], pct: dict[str, float], contrib: tuple[tuple[str, float], ...]
) -> str:
    near = "close to current strengths" if pct["density"] >= 0.8 else "some way from them"
    return (
        f"chosen mainly for its {_PART_EN[_driver(contrib)]}; "
        f"density {raw['density']:.3f} ({_level(pct['density'])} among candidates, {near}); "
        f"PCI {raw['pci']:+.2f} ({_level(pct['pci'])}); "
        f"COG {raw['cog']:+.2f} ({_level(pct['cog'])})"
    )
