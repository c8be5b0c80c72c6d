"""Complexity Outlook Index (per region) and Complexity Outlook Gain (per region × industry)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from chainatlas.analysis.complexity.matrix import FloatArray, Matrix, as_operand, to_dense


@dataclass(frozen=True)
class OutlookResult:
    """``coi`` per region (z-scored) and ``cog`` per region × industry (0 where present)."""

    coi: FloatArray
    cog: FloatArray


def compute_outlook(
    mcp: Matrix, density: FloatArray, proximity: FloatArray, kp: FloatArray, kc_sd: float
) -> OutlookResult:
    """COI and COG from presence, density, proximity and the raw PCI eigenvector.

    ``COI_c = Σ_p ω[c, p] (1 − M[c, p]) PCI_p``: how many complex industries lie near a
    region's current ones. ``COG[c, p] = (1 − M[c, p]) Σ_p' (1 − M[c, p']) PCI_p'
    φ[p', p] / Σ_p'' φ[p', p'']``: how much adding ``p`` would raise the region's COI.
    Hausmann et al., *The Atlas of Economic Complexity* (2014), "Complexity outlook";
    Hausmann & Chauvin (2015).

    Normalisation, following ``ecomplexity`` 0.5.3 and the Growth Lab's Stata package:
    PCI here is ``kp``, the sign-fixed eigenvector of unit Euclidean length (not the
    normalised PCI); COI is then z-scored with the population sd, and COG is divided by
    the population sd of the raw ``kc``, which puts it on the scale of normalised PCI
    without its shift. If every region has the same COI, COI is 0 (not NaN).
    """
    rows, cols = _present_cells(mcp)
    # Σ_p ω (1 − M) kp = ω @ kp − Σ over present cells of ω kp (M is sparse)
    coi_raw = density @ kp - np.bincount(
        rows, weights=density[rows, cols] * kp[cols], minlength=mcp.shape[0]
    )
    row_totals = proximity.sum(axis=1)
    scale = np.zeros_like(kp)
    np.divide(kp, row_totals, out=scale, where=row_totals > 0)
    weighted = proximity * scale[:, None]
    # (1 − M) @ W = 1 @ W − M @ W, computed in place in one dense buffer
    cog = to_dense(as_operand(mcp) @ weighted)
    np.subtract(weighted.sum(axis=0)[None, :], cog, out=cog)
    cog[rows, cols] = 0.0
    cog /= kc_sd
    sd = float(coi_raw.std())
    coi = (coi_raw - coi_raw.mean()) / sd if sd > 0 else np.zeros_like(coi_raw)
    return OutlookResult(coi=coi, cog=cog)


def _present_cells(mcp: Matrix) -> tuple[np.ndarray, np.ndarray]:
    """Row and column indices of the non-zero cells."""
    if isinstance(mcp, np.ndarray):
        rows, cols = np.nonzero(mcp)
        return rows, cols
    m = sp.csr_array(mcp)
    rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
    present = m.data != 0
    return rows[present], m.indices[present]
