"""Proximity between industries: how likely two industries are to be present together."""

from __future__ import annotations

from typing import Literal

import numpy as np

from chainatlas.analysis.complexity.matrix import FloatArray, Matrix, as_operand, to_dense
from chainatlas.analysis.complexity.presence import compute_ubiquity
from chainatlas.errors import InvalidValue

ProximityKind = Literal["symmetric", "asymmetric", "continuous"]


def compute_cooccurrence(mcp: Matrix) -> FloatArray:
    """Co-occurrence ``C[p, p'] = Σ_c M_cp M_cp'`` (regions present in both; ``C[p, p] = k_p``).

    A binary ``M`` is multiplied in float32, which is exact for counts below 2²⁴ regions
    and twice as fast; a continuous ``M`` in float64.
    """
    values = mcp if isinstance(mcp, np.ndarray) else mcp.data
    binary = mcp.shape[0] < 2**24 and bool(((values == 0) | (values == 1)).all())
    m = as_operand(mcp)
    if binary:
        m = m.astype(np.float32)
    return to_dense(m.T @ m)


def compute_proximity(mcp: Matrix, kind: ProximityKind = "symmetric") -> FloatArray:
    """Discrete proximity from binary presence.

    ``"symmetric"``: ``φ[p, p'] = C[p, p'] / max(k_p, k_p')``, the minimum of the two
    conditional probabilities (Hidalgo, Klinger, Barabási & Hausmann 2007, *Science*
    317:482). Symmetric, in [0, 1], 1 on the diagonal.

    ``"asymmetric"``: ``φ[p, p'] = C[p, p'] / k_p = P(present in p' | present in p)``, the
    orientation ``ecomplexity`` uses with ``asymmetric=True``.

    Industries present nowhere (``k_p = 0``) have proximity 0 to everything (documented,
    not NaN).
    """
    cooc = compute_cooccurrence(mcp)
    ubiquity = compute_ubiquity(mcp)
    if kind == "symmetric":
        denominator = np.maximum.outer(ubiquity, ubiquity)
    elif kind == "asymmetric":
        denominator = np.broadcast_to(ubiquity[:, None], cooc.shape)
    else:
        raise InvalidValue(f"discrete proximity is 'symmetric' or 'asymmetric', got {kind!r}")
    out = np.zeros_like(cooc)
    np.divide(cooc, denominator, out=out, where=denominator > 0)
    return out


def compute_continuous_proximity(rca: Matrix) -> FloatArray:
    """Continuous proximity ``φ[p, p'] = (1 + corr(RCA[·, p], RCA[·, p'])) / 2``.

    Pearson correlation across regions of the two industries' RCA, mapped to [0, 1]; the
    ``continuous=True`` option of ``ecomplexity`` and the Atlas' continuous variant. An
    industry whose RCA is the same in every region has no correlation: raises
    :class:`~chainatlas.errors.InvalidValue` naming it.
    """
    dense = to_dense(rca)
    centred = dense - dense.mean(axis=0)
    norms = np.sqrt((centred * centred).sum(axis=0))
    if (norms == 0).any():
        flat = np.flatnonzero(norms == 0).tolist()[:5]
        raise InvalidValue(f"industries {flat} have the same RCA in every region", code="E707")
    unit = centred / norms
    corr = unit.T @ unit
    np.fill_diagonal(corr, 1.0)
    result: FloatArray = np.clip((1.0 + corr) / 2.0, 0.0, 1.0)
    return result
