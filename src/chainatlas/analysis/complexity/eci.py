"""Economic Complexity Index (regions) and Product Complexity Index (industries)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg as la
import scipy.sparse as sp
import scipy.sparse.linalg as sla

from chainatlas.analysis.complexity.matrix import FloatArray, Matrix, to_dense
from chainatlas.analysis.complexity.presence import compute_diversity, compute_ubiquity
from chainatlas.errors import InvalidValue

#: Second eigenvalue this close to 1 means the region–industry network is disconnected.
DISCONNECTED_TOLERANCE = 1e-9
#: Second eigenvalue below this means presence has no structure beyond size (e.g. all ones).
STRUCTURELESS_TOLERANCE = 1e-12
#: Up to this many columns, eigenpairs come from the dense LAPACK solver, above it from ARPACK.
DENSE_EIGEN_LIMIT = 64
#: Correlations smaller than this in absolute value do not decide the sign of ECI.
SIGN_TOLERANCE = 1e-9


@dataclass(frozen=True)
class EciResult:
    """ECI and PCI with the raw eigenvector they come from.

    ``eci`` and ``pci`` are normalised (see :func:`compute_eci`); ``kc`` and ``kp`` are the
    raw, sign-fixed vectors (``kp`` of unit Euclidean length, ``kc = D_c⁻¹ M kp``) that the
    complexity outlook uses. ``eigenvalue`` is the second eigenvalue of ``M̃``; ``gap`` its
    distance to the third (a small gap means an unstable ranking).
    """

    eci: FloatArray
    pci: FloatArray
    kc: FloatArray
    kp: FloatArray
    diversity: FloatArray
    ubiquity: FloatArray
    eigenvalue: float
    gap: float


def compute_eci(mcp: Matrix) -> EciResult:
    """ECI and PCI by the eigenvector method.

    With diversity ``k_c = Σ_p M_cp`` and ubiquity ``k_p = Σ_c M_cp``,
    ``M̃_pp' = Σ_c M_cp M_cp' / (k_c k_p)`` (row-stochastic). ``kp`` is the eigenvector of
    ``M̃`` for its second-largest eigenvalue and ``kc = Σ_p M_cp kp_p / k_c``.
    Hidalgo & Hausmann (2009) PNAS 106(26):10570; Hausmann et al., *The Atlas of Economic
    Complexity* (2014), "How do we measure economic complexity?".

    **Sign**: fixed so that ECI correlates positively with diversity (if diversity is
    constant, negatively with mean ubiquity of a region's industries), as in the Atlas and
    ``ecomplexity``. **Normalisation**: ``ECI = (kc − mean kc) / sd kc`` and
    ``PCI = (kp − mean kc) / sd kc`` with the *population* sd (``ddof=0``), exactly as
    ``ecomplexity`` 0.5.3 and the Growth Lab's Stata package do; it keeps ECI equal to the
    mean PCI of a region's industries. ECI has mean 0 and sd 1; PCI does not in general.

    ``M̃`` is similar to the symmetric ``S = D^{-1/2} Mᵀ D_c⁻¹ M D^{-1/2}``, so we solve
    ``S`` with a symmetric eigensolver on the smaller side (regions or industries) — the
    same eigenvector, faster and numerically steadier than a general eigensolver.

    Raises :class:`~chainatlas.errors.InvalidValue` if a region has diversity 0 or an
    industry ubiquity 0 (drop them first; :func:`compute_complexity` does and reports
    them), if there are fewer than 2 of either, or if the network is disconnected (ECI is
    then not defined).
    """
    m: Matrix = mcp if isinstance(mcp, np.ndarray) else sp.csr_array(mcp, dtype=np.float64)
    diversity, ubiquity = compute_diversity(m), compute_ubiquity(m)
    _check_support(diversity, ubiquity)
    values, kp = _industry_vector(m, diversity, ubiquity)
    kc = np.asarray(m @ kp) / diversity
    sign = _orientation(kc, diversity, m, ubiquity)
    kp, kc = sign * kp, sign * kc
    mean, sd = float(kc.mean()), float(kc.std())
    if sd == 0.0:
        raise InvalidValue("every region has the same complexity; ECI is undefined", code="E706")
    gap = float(values[-2] - values[-3]) if len(values) > 2 else float("inf")
    return EciResult(
        eci=(kc - mean) / sd,
        pci=(kp - mean) / sd,
        kc=kc,
        kp=kp,
        diversity=diversity,
        ubiquity=ubiquity,
        eigenvalue=float(values[-2]),
        gap=gap,
    )


def _industry_vector(
    m: Matrix, diversity: FloatArray, ubiquity: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """The eigenvalues and the unit ``kp`` of the symmetric form ``S``, solved on the
    smaller side: on the industries' side ``kp = v / √k_p``; on the regions' side the
    region vector is carried over, ``kp = Mᵀ(v / √k_c) / k_p``."""
    a = _scale(m, 1.0 / np.sqrt(diversity), 1.0 / np.sqrt(ubiquity))
    industry_side = m.shape[1] <= m.shape[0]
    values, vector = _second_eigenpair(a if industry_side else a.T)
    if industry_side:
        kp = vector / np.sqrt(ubiquity)
    else:
        kp = np.asarray(m.T @ (vector / np.sqrt(diversity))) / ubiquity
    return values, kp / np.linalg.norm(kp)


def _check_support(diversity: FloatArray, ubiquity: FloatArray) -> None:
    if len(diversity) < 2 or len(ubiquity) < 2:
        raise InvalidValue(
            f"ECI needs at least 2 regions and 2 industries, got "
            f"{len(diversity)} × {len(ubiquity)}",
            code="E704",
        )
    if (diversity == 0).any() or (ubiquity == 0).any():
        regions = np.flatnonzero(diversity == 0).tolist()[:5]
        industries = np.flatnonzero(ubiquity == 0).tolist()[:5]
        raise InvalidValue(
            f"regions {regions} have no presence / industries {industries} are present "
            "nowhere; drop them before computing ECI",
            code="E704",
        )


def _second_eigenpair(a: Matrix) -> tuple[FloatArray, FloatArray]:
    """Top three eigenvalues (ascending) of ``aᵀa`` and the eigenvector of the second.

    Small problems form ``aᵀa`` and use LAPACK's dense solver. Large ones never form it:
    ARPACK (Lanczos) applies ``x ↦ aᵀ(a x)`` with the sparse ``a`` and finds only the
    three largest eigenpairs, to machine precision (``tol=0``) from a fixed start vector
    — over ten times faster at 2,846 × 1,381 than a dense decomposition.
    """
    n = a.shape[1]
    if n <= DENSE_EIGEN_LIMIT:
        dense = to_dense(a)
        values, vectors = la.eigh(dense.T @ dense)
        values, vectors = values[-3:], vectors[:, -3:]
    else:
        op = sp.csr_array(a)
        at = sp.csr_array(op.T)
        gram = sla.LinearOperator((n, n), matvec=lambda x: at @ (op @ x), dtype=np.float64)
        start = np.sqrt(np.asarray(op.multiply(op).sum(axis=0)).ravel()) + 1.0
        values, vectors = sla.eigsh(gram, k=3, which="LA", v0=start, tol=0)
        order = np.argsort(values)
        values, vectors = values[order], vectors[:, order]
    if values[-2] > 1.0 - DISCONNECTED_TOLERANCE:
        raise InvalidValue(
            "the region–industry network splits into disconnected groups (second "
            f"eigenvalue {values[-2]:.12f} = 1); ECI is undefined — analyse the groups apart",
            code="E705",
        )
    if values[-2] < STRUCTURELESS_TOLERANCE:
        raise InvalidValue(
            "presence has no structure beyond region and industry size (second eigenvalue "
            f"{values[-2]:.3g} = 0, e.g. every region has every industry); ECI is undefined",
            code="E706",
        )
    return values, vectors[:, -2]


def _orientation(kc: FloatArray, diversity: FloatArray, m: Matrix, ubiquity: FloatArray) -> float:
    """+1 or −1 so that ECI correlates positively with diversity.

    When that correlation is 0 (to 1e-9), ECI is oriented to correlate negatively with the
    mean ubiquity of a region's industries; when both are 0 the sign is +1 as computed
    (the eigenvector's sign is then arbitrary, for us as for any implementation).
    """
    by_diversity = _correlation(diversity, kc)
    if abs(by_diversity) > SIGN_TOLERANCE:
        return 1.0 if by_diversity > 0 else -1.0
    by_ubiquity = _correlation(np.asarray(m @ ubiquity) / diversity, kc)
    if abs(by_ubiquity) > SIGN_TOLERANCE:
        return 1.0 if by_ubiquity < 0 else -1.0
    return 1.0


def _correlation(a: FloatArray, b: FloatArray) -> float:
    da, db = a - a.mean(), b - b.mean()
    norm = float(np.sqrt((da @ da) * (db @ db)))
    return float(da @ db) / norm if norm > 0 else 0.0


def _scale(m: Matrix, row: FloatArray, col: FloatArray) -> Matrix:
    if isinstance(m, np.ndarray):
        scaled: FloatArray = m * row[:, None] * col[None, :]
        return scaled
    out = m.copy()
    rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
    out.data = out.data * row[rows] * col[out.indices]
    return out
