"""Relatedness between industries from their co-occurrence, and relatedness density.

Normalisations of a co-occurrence matrix following van Eck & Waltman (2009), "How to
normalize cooccurrence data?", JASIST 60(8):1635, as implemented in Balland's R package
EconGeo (``relatedness(mat, method=...)``), without its rounding.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from chainatlas.analysis.complexity.matrix import FloatArray, Matrix, as_operand, to_dense
from chainatlas.errors import InvalidValue

RelatednessMethod = Literal["probability", "association", "cosine", "jaccard"]


def compute_relatedness(
    cooccurrence: FloatArray, method: RelatednessMethod = "probability"
) -> FloatArray:
    """Normalised co-occurrence between industries (diagonal 0).

    With ``C`` the co-occurrence matrix with its diagonal set to 0, ``s_i = Σ_j C_ij`` and
    ``T = Σ_ij C_ij``:

    - ``"association"``: ``C_ij T / (s_i s_j)``, observed over expected co-occurrence
      (association strength; > 1 means related).
    - ``"probability"``: ``C_ij / (T/2 · (s_i/T · s_j/(T − s_i) + s_j/T · s_i/(T − s_j)))``,
      association strength with expected counts from draws without repetition (Steijn
      2017; EconGeo's default ``"prob"``).
    - ``"cosine"``: ``C_ij / sqrt(s_i s_j)``.
    - ``"jaccard"``: ``C_ij / (s_i + s_j − C_ij)``.

    Cells whose denominator is 0 (an industry co-occurring with nothing) are 0, as in
    EconGeo, so no NaN escapes.
    """
    c = np.array(cooccurrence, dtype=np.float64)
    if c.ndim != 2 or c.shape[0] != c.shape[1]:
        raise InvalidValue(f"co-occurrence must be square, got shape {c.shape}")
    np.fill_diagonal(c, 0.0)
    s = c.sum(axis=0)
    si, sj = s[None, :], s[:, None]
    total = float(c.sum())
    with np.errstate(divide="ignore", invalid="ignore"):
        if method == "association":
            out = c * total / (si * sj)
        elif method == "probability":
            expected = (si / total * (sj / (total - si)) + sj / total * (si / (total - sj))) * (
                total / 2
            )
            out = c / expected
        elif method == "cosine":
            out = c / np.sqrt(si * sj)
        elif method == "jaccard":
            out = c / (si + sj - c)
        else:
            raise InvalidValue(f"unknown relatedness method {method!r}")
    out[~np.isfinite(out)] = 0.0
    np.fill_diagonal(out, 0.0)
    result: FloatArray = out
    return result


def compute_relatedness_density(mcp: Matrix, relatedness: FloatArray) -> FloatArray:
    """Relatedness density ``RD[c, p] = 100 · Σ_{j≠p} M[c, j] φ[p, j] / Σ_{j≠p} φ[p, j]``.

    The share (in %) of the industries related to ``p`` in which region ``c`` is present.
    Balland et al. (2019), "Smart specialization policy in the European Union", *Regional
    Studies* 53(9); EconGeo ``relatedness_density``. The diagonal is excluded (unlike
    :func:`~chainatlas.analysis.complexity.density.compute_density`, which keeps it to
    match ``ecomplexity``). Industries related to nothing have density 0.
    """
    phi = np.array(relatedness, dtype=np.float64)
    np.fill_diagonal(phi, 0.0)
    totals = phi.sum(axis=1)
    weights = np.zeros_like(phi)
    np.divide(phi, totals[:, None], out=weights, where=totals[:, None] > 0)
    result: FloatArray = 100.0 * to_dense(as_operand(mcp) @ weights.T)
    return result
