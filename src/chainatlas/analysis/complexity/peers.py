"""Peer regions: the most similar by industry structure and size, and a side-by-side table."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from chainatlas.analysis.complexity.matrix import FloatArray, to_dense
from chainatlas.analysis.complexity.pipeline import ComplexityResult
from chainatlas.errors import InvalidValue


@dataclass(frozen=True)
class Peer:
    region: str
    score: float
    structure: float
    size: float


@dataclass(frozen=True)
class PeerList:
    region: str
    structure_weight: float
    items: tuple[Peer, ...]


@dataclass(frozen=True)
class Comparison:
    """Rows of ``(metric, values in the order of regions)``."""

    regions: tuple[str, ...]
    rows: tuple[tuple[str, tuple[object, ...]], ...]


def find_peers(
    result: ComplexityResult, region: str, limit: int = 5, structure_weight: float = 0.7
) -> PeerList:
    """Regions most like ``region``: ``score = w · structure + (1 − w) · size``.

    ``structure`` is the cosine similarity of the two regions' RCA vectors (1 = same
    pattern of advantages; Hidalgo et al. use the same measure between countries'
    export structures); ``size = 1 − |ln T_c − ln T_d| / (ln T_max − ln T_min)`` compares
    total activity on a log scale (1 = the same size). Both are in [0, 1].
    """
    if not 0.0 <= structure_weight <= 1.0:
        raise InvalidValue(f"structure_weight must be in [0, 1], got {structure_weight}")
    c = result.region_index(region)
    rca = result.rca
    if isinstance(rca, np.ndarray):
        norms = np.sqrt((rca * rca).sum(axis=1))
        dots = rca @ rca[c]
    else:
        norms = np.sqrt(np.asarray(rca.multiply(rca).sum(axis=1)).ravel())
        dots = to_dense(rca @ rca[[c], :].T).ravel()
    structure = np.divide(dots, norms * norms[c], out=np.zeros_like(dots), where=norms > 0)
    logs = np.log(result.totals)
    spread = float(logs.max() - logs.min())
    size = 1.0 - np.abs(logs - logs[c]) / spread if spread > 0 else np.ones_like(logs)
    score = structure_weight * structure + (1.0 - structure_weight) * size
    score[c] = -np.inf
    order = np.argsort(-score, kind="stable")[: max(0, min(limit, len(score) - 1))]
    items = tuple(
        Peer(result.regions[i], float(score[i]), float(structure[i]), float(size[i])) for i in order
    )
    return PeerList(region, structure_weight, items)


def compare_regions(result: ComplexityResult, regions: list[str], top: int = 3) -> Comparison:
    """Side-by-side: total, diversity, ECI, COI, and each region's top-RCA industries."""
    index = [result.region_index(r) for r in regions]
    rca = to_dense(result.rca[index, :])
    leaders = []
    for row in rca:
        best = np.argsort(-row, kind="stable")[:top]
        leaders.append(", ".join(f"{result.industries[p]} ({row[p]:.2f})" for p in best))
    rows: list[tuple[str, tuple[object, ...]]] = [
        ("total", _pick(result.totals, index)),
        ("diversity", _pick(result.diversity, index)),
        ("eci", _pick(result.eci, index)),
        ("coi", _pick(result.coi, index)),
        (f"top {top} RCA", tuple(leaders)),
    ]
    return Comparison(tuple(regions), tuple(rows))


def _pick(values: FloatArray, index: list[int]) -> tuple[object, ...]:
    return tuple(float(values[i]) for i in index)
