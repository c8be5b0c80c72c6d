"""Concentration and specialisation: how spread out regions' and industries' activity is.

Per region (*specialisation*, across industries) and per industry (*localisation*, across
regions). Shares are ``s = x / Σ x`` over the row or column. A region or industry with no
activity has every index 0 and ``empty`` set, instead of NaN.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from chainatlas.analysis.complexity.matrix import FloatArray, Matrix, to_csr


@dataclass(frozen=True)
class SpecialisationResult:
    """Per region: Herfindahl, entropy, Gini across industries, Krugman index."""

    herfindahl: FloatArray
    entropy: FloatArray
    gini: FloatArray
    krugman: FloatArray
    empty: np.ndarray


@dataclass(frozen=True)
class LocalisationResult:
    """Per industry: Herfindahl, entropy, Gini across regions, Hoover coefficient."""

    herfindahl: FloatArray
    entropy: FloatArray
    gini: FloatArray
    hoover: FloatArray
    empty: np.ndarray


def compute_specialisation(values: Matrix) -> SpecialisationResult:
    """Specialisation of each region (rows).

    - Herfindahl–Hirschman ``H_c = Σ_p s_cp²`` (1 = a single industry).
    - Shannon entropy ``E_c = −Σ_p s_cp ln s_cp`` (natural log; 0 ln 0 = 0).
    - Gini of the shares across industries (:func:`compute_gini`).
    - Krugman specialisation index ``K_c = Σ_p |s_cp − r_cp|``, with ``r`` the industry
      shares of all *other* regions (Krugman 1991, *Geography and Trade*; EconGeo
      ``krugman_index``); 0 = same structure as the rest, 2 = disjoint.

    Computed on the non-zero cells only (a zero cell adds ``r_cp`` to ``K_c`` and nothing
    to the others), so a sparse national matrix is never made dense.
    """
    x = to_csr(values)
    herfindahl, entropy, gini, totals = _row_indices(x)
    rows = _rows_of(x)
    col_totals = np.asarray(x.sum(axis=0)).ravel()
    grand = float(totals.sum())
    rest = grand - totals
    rest_safe = np.where(rest > 0, rest, 1.0)
    share = x.data / totals[rows]
    rest_share = np.where(rest[rows] > 0, (col_totals[x.indices] - x.data) / rest_safe[rows], 0.0)
    seen = np.bincount(rows, weights=col_totals[x.indices], minlength=x.shape[0])
    unseen = np.where(rest > 0, (grand - seen) / rest_safe, 0.0)
    krugman = unseen + np.bincount(rows, weights=np.abs(share - rest_share), minlength=x.shape[0])
    empty = totals == 0
    return SpecialisationResult(
        herfindahl=herfindahl,
        entropy=entropy,
        gini=gini,
        krugman=np.where(empty, 0.0, krugman),
        empty=empty,
    )


def compute_localisation(values: Matrix) -> LocalisationResult:
    """Localisation of each industry (columns) across regions.

    Herfindahl, entropy and Gini of the industry's regional shares ``x_cp / x_p``, and the
    Hoover coefficient of localisation ``H_p = ½ Σ_c |x_cp / x_p − x_c / x|`` against the
    regional distribution of all activity (Hoover 1936; EconGeo ``hoover_index``);
    0 = spread like the economy, towards 1 = concentrated where the economy is not.
    """
    xt = sp.csr_array(to_csr(values).T)
    herfindahl, entropy, gini, totals = _row_indices(xt)
    industries = _rows_of(xt)
    region_totals = np.asarray(xt.sum(axis=0)).ravel()
    grand = float(region_totals.sum())
    reference = region_totals / grand if grand > 0 else np.zeros_like(region_totals)
    share = xt.data / totals[industries]
    seen = np.bincount(industries, weights=reference[xt.indices], minlength=xt.shape[0])
    gaps = np.bincount(
        industries, weights=np.abs(share - reference[xt.indices]), minlength=xt.shape[0]
    )
    empty = totals == 0
    hoover = np.where(empty, 0.0, 0.5 * (1.0 - seen + gaps))
    return LocalisationResult(herfindahl, entropy, gini, hoover, empty)


def compute_gini(values: Matrix, axis: int = 1) -> FloatArray:
    """Gini coefficient of each row (``axis=1``) or column (``axis=0``).

    ``G = Σ_i (2i − n − 1) x_(i) / (n Σ x)`` over the values sorted ascending, ``i = 1..n``
    (Gini 1912; the form EconGeo's ``gini`` uses): 0 = equal, ``(n − 1)/n`` = all in one.
    An all-zero row is 0.
    """
    csr = to_csr(values) if axis == 1 else sp.csr_array(to_csr(values).T)
    return _row_indices(csr)[2]


def _rows_of(csr: sp.csr_array) -> np.ndarray:
    return np.repeat(np.arange(csr.shape[0]), np.diff(csr.indptr))


def _row_indices(csr: sp.csr_array) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """Herfindahl, entropy, Gini and total of every row (Gini sorts a dense copy)."""
    n_rows, n = csr.shape
    rows = _rows_of(csr)
    totals = np.bincount(rows, weights=csr.data, minlength=n_rows)
    safe = np.where(totals > 0, totals, 1.0)
    share = csr.data / safe[rows]
    herfindahl = np.bincount(rows, weights=share * share, minlength=n_rows)
    entropy = -np.bincount(rows, weights=share * np.log(share), minlength=n_rows)
    ordered = csr.toarray()
    ordered.sort(axis=1)  # in place; a dense row sort beats a sparse lexsort
    numerator = ordered @ (2.0 * np.arange(1, n + 1) - n - 1)
    gini = numerator / (n * safe)
    return tuple(np.asarray(a, dtype=np.float64) for a in (herfindahl, entropy, gini, totals))  # type: ignore[return-value]
