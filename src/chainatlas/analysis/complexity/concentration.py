"""Concentration and specialisation: how spread out regions' and industries' activity is.

Per region (*specialisation*, across industries) and per industry (*localisation*, across
regions). Shares are ``s = x / Σ x`` over the row or column. A region or industry with no
activity has every index 0 and ``empty`` set, instead of NaN.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from chainatlas.analysis.complexity.matrix import FloatArray, Matrix, to_csr, to_dense


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
    """
    x = to_dense(to_csr(values))
    row = x.sum(axis=1)
    shares = _shares(x, row[:, None])
    rest = x.sum(axis=0)[None, :] - x
    rest_shares = _shares(rest, rest.sum(axis=1)[:, None])
    return SpecialisationResult(
        herfindahl=(shares**2).sum(axis=1),
        entropy=_entropy(shares, axis=1),
        gini=compute_gini(x, axis=1),
        krugman=np.abs(shares - rest_shares).sum(axis=1),
        empty=row == 0,
    )


def compute_localisation(values: Matrix) -> LocalisationResult:
    """Localisation of each industry (columns) across regions.

    Herfindahl, entropy and Gini of the industry's regional shares ``x_cp / x_p``, and the
    Hoover coefficient of localisation ``H_p = ½ Σ_c |x_cp / x_p − x_c / x|`` against the
    regional distribution of all activity (Hoover 1936; EconGeo ``hoover_index``);
    0 = spread like the economy, towards 1 = concentrated where the economy is not.
    """
    x = to_dense(to_csr(values))
    col = x.sum(axis=0)
    shares = _shares(x, col[None, :])
    reference = x.sum(axis=1) / x.sum() if x.sum() > 0 else np.zeros(x.shape[0])
    hoover = 0.5 * np.abs(shares - reference[:, None]).sum(axis=0)
    return LocalisationResult(
        herfindahl=(shares**2).sum(axis=0),
        entropy=_entropy(shares, axis=0),
        gini=compute_gini(x, axis=0),
        hoover=np.where(col > 0, hoover, 0.0),
        empty=col == 0,
    )


def compute_gini(values: FloatArray, axis: int = 1) -> FloatArray:
    """Gini coefficient of each row (``axis=1``) or column (``axis=0``).

    ``G = Σ_i (2i − n − 1) x_(i) / (n Σ x)`` over the values sorted ascending, ``i = 1..n``
    (Gini 1912; the form EconGeo's ``gini`` uses): 0 = equal, ``(n − 1)/n`` = all in one.
    An all-zero row is 0.
    """
    x = np.sort(np.asarray(values, dtype=np.float64), axis=axis)
    if axis == 0:
        x = x.T
    n = x.shape[1]
    weights = 2.0 * np.arange(1, n + 1) - n - 1
    totals = x.sum(axis=1)
    out = np.zeros(x.shape[0])
    np.divide(x @ weights, n * totals, out=out, where=totals > 0)
    return out


def _shares(x: FloatArray, totals: FloatArray) -> FloatArray:
    out = np.zeros_like(x)
    np.divide(x, totals, out=out, where=totals > 0)
    return out


def _entropy(shares: FloatArray, axis: int) -> FloatArray:
    logs = np.zeros_like(shares)
    np.log(shares, out=logs, where=shares > 0)
    result: FloatArray = -(shares * logs).sum(axis=axis)
    return result
