"""Revealed comparative advantage (location quotient) and revealed per-capita advantage."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from chainatlas.analysis.complexity.matrix import FloatArray, Matrix
from chainatlas.errors import InvalidValue


def compute_rca(values: Matrix) -> Matrix:
    """Balassa's RCA, also the location quotient (LQ) of regional economics.

    ``RCA[c, p] = (X[c, p] / X[c, ·]) / (X[·, p] / X[·, ·])``, the share of industry ``p``
    in region ``c`` over its share in the whole. Balassa (1965), "Trade liberalisation and
    revealed comparative advantage"; Hidalgo & Hausmann (2009), PNAS 106(26).

    A region or industry whose total is zero has no shares; its RCA is **0**, not NaN
    (documented, so that presence is simply absent there). RCA ≥ 0 always. Sparse input
    gives a sparse result with the same pattern; dense gives dense.
    """
    row_total, col_total, total = _totals(values)
    if total <= 0:
        raise InvalidValue("all values are zero; RCA is undefined", code="E703")
    row_scale = _safe_inverse(row_total)
    col_scale = _safe_inverse(col_total) * total
    return _scale(values, row_scale, col_scale)


def compute_rpop(values: Matrix, population: FloatArray) -> Matrix:
    """Revealed per-capita advantage, the Growth Lab's RPOP.

    ``RPOP[c, p] = (X[c, p] / pop[c]) / (X[·, p] / Σ pop)``: activity per head in ``c``
    over activity per head in the whole. Hausmann et al., *The Atlas of Economic
    Complexity* (2014), and ``ecomplexity``'s ``presence_test="rpop"``.

    Population must be positive and finite for every region (else
    :class:`~chainatlas.errors.InvalidValue`).
    """
    pop = np.asarray(population, dtype=np.float64)
    if pop.shape != (values.shape[0],):
        raise InvalidValue(f"population has shape {pop.shape}, expected ({values.shape[0]},)")
    if not np.all(np.isfinite(pop)) or np.any(pop <= 0):
        bad = int(np.flatnonzero(~(np.isfinite(pop) & (pop > 0)))[0])
        raise InvalidValue(f"population of region {bad} is {pop[bad]}; it must be > 0")
    _, col_total, _ = _totals(values)
    col_scale = _safe_inverse(col_total) * pop.sum()
    return _scale(values, 1.0 / pop, col_scale)


def _totals(values: Matrix) -> tuple[FloatArray, FloatArray, float]:
    row_total = np.asarray(values.sum(axis=1), dtype=np.float64).ravel()
    col_total = np.asarray(values.sum(axis=0), dtype=np.float64).ravel()
    return row_total, col_total, float(row_total.sum())


def _safe_inverse(totals: FloatArray) -> FloatArray:
    out = np.zeros_like(totals)
    np.divide(1.0, totals, out=out, where=totals > 0)
    return out


def _scale(values: Matrix, row_scale: FloatArray, col_scale: FloatArray) -> Matrix:
    """``diag(row_scale) @ values @ diag(col_scale)`` without forming the diagonals."""
    if sp.issparse(values):
        csr = sp.csr_array(values, dtype=np.float64, copy=True)
        rows = np.repeat(np.arange(csr.shape[0]), np.diff(csr.indptr))
        csr.data *= row_scale[rows] * col_scale[csr.indices]
        return csr
    dense = np.asarray(values, dtype=np.float64)
    result: FloatArray = dense * row_scale[:, None] * col_scale[None, :]
    return result
