"""Density: how close a region's current industries are to an industry it could add."""

from __future__ import annotations

import numpy as np

from chainatlas.analysis.complexity.matrix import FloatArray, Matrix, as_operand, to_dense
from chainatlas.errors import InvalidValue


def compute_density(mcp: Matrix, proximity: FloatArray, knn: int | None = None) -> FloatArray:
    """Density ``ω[c, p] = Σ_p' M[c, p'] φ[p, p'] / Σ_p' φ[p, p']``.

    The proximity-weighted share of the industries related to ``p`` that region ``c``
    already has (Hidalgo, Klinger, Barabási & Hausmann 2007; Hausmann et al. 2014, "density"
    and its complement "distance" ``1 − ω``). The sum runs over all ``p'`` including ``p``
    itself (``φ[p, p] = 1``), as in ``ecomplexity``. ``mcp`` may be binary presence or, for
    the continuous variant, RCA. For an asymmetric φ the row ``φ[p, ·]`` is used.

    ``knn``: keep, for each ``p``, only its ``knn`` nearest other industries (largest
    ``φ[p, p']``, ``p' ≠ p``; ties to the lower index) and weight them by proximity:
    ``ω[c, p] = Σ_{p' ∈ N_k(p)} M[c, p'] φ[p, p'] / Σ_{p' ∈ N_k(p)} φ[p, p']``.
    ``ecomplexity`` 0.5.3 computes the weights but then sums ``M[c, p']`` unweighted,
    returning a neighbour count in [0, k] instead of a density; we do not copy that.

    An industry whose proximities are all 0 has density 0 (documented, not NaN).
    """
    prox = np.asarray(proximity, dtype=np.float64)
    n = prox.shape[0]
    if prox.shape != (n, n) or mcp.shape[1] != n:
        raise InvalidValue(f"proximity {prox.shape} does not match {mcp.shape[1]} industries")
    if knn is not None:
        prox = _keep_nearest(prox, knn)
    weights = np.zeros_like(prox)
    totals = prox.sum(axis=1)
    np.divide(prox, totals[:, None], out=weights, where=totals[:, None] > 0)
    return to_dense(as_operand(mcp) @ weights.T)


def _keep_nearest(prox: FloatArray, knn: int) -> FloatArray:
    """Zero all but the ``knn`` largest off-diagonal proximities of each row."""
    n = prox.shape[0]
    if not 1 <= knn < n:
        raise InvalidValue(f"knn must be between 1 and {n - 1}, got {knn}")
    off = prox.copy()
    np.fill_diagonal(off, -np.inf)
    order = np.argsort(-off, axis=1, kind="stable")[:, :knn]
    kept = np.zeros_like(prox)
    rows = np.arange(n)[:, None]
    kept[rows, order] = prox[rows, order]
    return kept
