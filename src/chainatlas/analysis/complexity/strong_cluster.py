"""The Cluster Mapping "strong cluster" test and cluster stars, per region × cluster."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from chainatlas.analysis.complexity.matrix import FloatArray, Matrix, to_csr, to_dense
from chainatlas.analysis.complexity.rca import compute_rca
from chainatlas.errors import InvalidValue


@dataclass(frozen=True)
class ClusterStrength:
    """Cluster strength of every region (rows) in every cluster (columns).

    ``lq``: specialisation (location quotient); ``size``: the region's share of the
    cluster's national activity; ``focus``: the cluster's share of the region's activity;
    ``lq_percentile``: the region's percentile rank by LQ among regions active in the
    cluster (0 where inactive); ``strong``: top ``top_share`` by LQ and at least
    ``min_value`` of activity; ``stars``: number of the size / specialisation / focus
    criteria met (0–3).
    """

    lq: FloatArray
    size: FloatArray
    focus: FloatArray
    lq_percentile: FloatArray
    strong: np.ndarray
    stars: np.ndarray


def compute_cluster_strength(
    values: Matrix,
    *,
    top_share: float = 0.25,
    min_value: float = 0.0,
    star_share: float = 0.10,
    star_lq: float = 2.0,
) -> ClusterStrength:
    """Strong clusters à la U.S. Cluster Mapping and cluster stars.

    ``values`` is regions × clusters (employment, output or enterprise counts, already
    aggregated from industries, e.g. with ``aggregate_industries``). With
    ``LQ[r, k] = (x_rk / x_r) / (x_k / x)`` (Delgado, Porter & Stern 2014, "Clusters,
    convergence, and economic performance", *Research Policy* 43(10); 2016, "Defining
    clusters of related industries", *J. Econ. Geography* 16(1)), a region's cluster is
    **strong** when its LQ is in the top ``top_share`` (default the top quartile) of the
    regions active in that cluster and its activity is at least ``min_value``. Compare
    regions of one kind (all counties, or all prefectures) in one matrix.

    Stars follow the European Cluster Observatory (Ketels & Protsiv 2013): one each for
    size (share of the cluster's national activity in the top ``star_share`` of regions),
    specialisation (LQ ≥ ``star_lq``) and focus (share of the region's activity in the
    top ``star_share``).
    """
    if not 0 < top_share < 1 or not 0 < star_share < 1:
        raise InvalidValue("top_share and star_share must be between 0 and 1")
    csr = to_csr(values)
    x = to_dense(csr)
    lq = to_dense(compute_rca(csr))
    col, row = x.sum(axis=0), x.sum(axis=1)
    size = np.divide(x, col[None, :], out=np.zeros_like(x), where=col[None, :] > 0)
    focus = np.divide(x, row[:, None], out=np.zeros_like(x), where=row[:, None] > 0)
    active = x > 0
    lq_pct = _percentile_within_columns(lq, active)
    strong = active & (lq_pct > 1.0 - top_share) & (x >= min_value)
    stars = (
        (active & (_percentile_within_columns(size, active) > 1.0 - star_share)).astype(int)
        + (lq >= star_lq).astype(int)
        + (active & (_percentile_within_columns(focus, active) > 1.0 - star_share)).astype(int)
    )
    return ClusterStrength(lq, size, focus, lq_pct, strong, stars)


def _percentile_within_columns(scores: FloatArray, active: np.ndarray) -> FloatArray:
    """Rank / n among active cells of each column (1 = highest); 0 where inactive.

    Ties share the lower rank, so a tie never pushes a cell over a threshold.
    """
    out = np.zeros_like(scores)
    for k in range(scores.shape[1]):
        idx = np.flatnonzero(active[:, k])
        if len(idx) == 0:
            continue
        column = scores[idx, k]
        below = np.searchsorted(np.sort(column), column, side="left")
        out[idx, k] = (below + 1) / len(idx)
    return out
