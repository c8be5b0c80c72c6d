"""Presence M[c, p]: whether region ``c`` is (revealed to be) active in industry ``p``."""

from __future__ import annotations

from typing import Literal

import numpy as np
import scipy.sparse as sp

from chainatlas.analysis.complexity.matrix import FloatArray, Matrix
from chainatlas.errors import InvalidValue

PresenceTest = Literal["rca", "rpop", "both", "either"]


def compute_presence(advantage: Matrix, threshold: float = 1.0) -> Matrix:
    """Binary presence ``M[c, p] = 1 if RCA[c, p] >= threshold else 0``.

    The threshold is inclusive, as in Hidalgo & Hausmann (2009) and ``ecomplexity``
    (``rca_mcp_threshold``, default 1). Works on RCA or RPOP; sparse stays sparse.
    """
    if not np.isfinite(threshold) or threshold <= 0:
        raise InvalidValue(f"presence threshold must be > 0, got {threshold}")
    if sp.issparse(advantage):
        csr = sp.csr_array(advantage, dtype=np.float64, copy=True)
        csr.data = (csr.data >= threshold).astype(np.float64)
        csr.eliminate_zeros()
        return csr
    dense = np.asarray(advantage, dtype=np.float64)
    result: FloatArray = (dense >= threshold).astype(np.float64)
    return result


def combine_presence(rca_mcp: Matrix, rpop_mcp: Matrix, test: PresenceTest = "both") -> Matrix:
    """Combine an RCA presence and an RPOP presence into one **binary** presence.

    ``"both"``: present when both tests pass (``min``); ``"either"``: when one does
    (``max``). ``ecomplexity`` 0.5.3 adds the two (``presence_test="both"``), which gives
    presence 2 in cells passing both tests and inflates diversity, ubiquity and every
    later measure; a presence is 0 or 1 here.
    """
    if test not in ("both", "either"):
        raise InvalidValue(f"presence combination must be 'both' or 'either', got {test!r}")
    if sp.issparse(rca_mcp) or sp.issparse(rpop_mcp):
        a, b = sp.csr_array(rca_mcp), sp.csr_array(rpop_mcp)
        combined = a.minimum(b) if test == "both" else a.maximum(b)
        return sp.csr_array(combined)
    op = np.minimum if test == "both" else np.maximum
    result: FloatArray = op(np.asarray(rca_mcp), np.asarray(rpop_mcp))
    return result


def compute_diversity(mcp: Matrix) -> FloatArray:
    """Diversity ``k_c,0 = Σ_p M[c, p]``: how many industries region ``c`` is present in.

    Hidalgo & Hausmann (2009), eq. 1.
    """
    return np.asarray(mcp.sum(axis=1), dtype=np.float64).ravel()


def compute_ubiquity(mcp: Matrix) -> FloatArray:
    """Ubiquity ``k_p,0 = Σ_c M[c, p]``: how many regions are present in industry ``p``.

    Hidalgo & Hausmann (2009), eq. 2.
    """
    return np.asarray(mcp.sum(axis=0), dtype=np.float64).ravel()
