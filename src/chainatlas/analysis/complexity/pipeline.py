"""The whole complexity suite for one matrix or a panel of years, with the same options."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import scipy.sparse as sp

from chainatlas.analysis.complexity.density import compute_density
from chainatlas.analysis.complexity.eci import compute_eci
from chainatlas.analysis.complexity.matrix import (
    FloatArray,
    Matrix,
    Panel,
    RegionIndustryMatrix,
    to_csr,
    to_dense,
)
from chainatlas.analysis.complexity.outlook import compute_outlook
from chainatlas.analysis.complexity.presence import combine_presence, compute_presence
from chainatlas.analysis.complexity.proximity import (
    ProximityKind,
    compute_continuous_proximity,
    compute_proximity,
)
from chainatlas.analysis.complexity.rca import compute_rca, compute_rpop
from chainatlas.errors import InvalidValue

PresenceOption = Literal["rca", "rpop", "both", "either"]

#: Matrices with at most this many cells are processed dense (per-call overhead dominates).
DENSE_CELLS = 200_000


@dataclass(frozen=True)
class ComplexityOptions:
    """Choices that change results; the defaults are ``ecomplexity``'s defaults.

    ``presence``: which advantage decides ``M`` (RCA, RPOP, both or either — binary in
    every case). ``proximity``: ``"symmetric"`` / ``"asymmetric"`` discrete proximity, or
    ``"continuous"`` (RCA correlation; density then weights RCA instead of ``M``, as
    ``ecomplexity``'s ``continuous=True``). ``knn``: density over the k nearest industries.
    """

    presence: PresenceOption = "rca"
    rca_threshold: float = 1.0
    rpop_threshold: float = 1.0
    proximity: ProximityKind = "symmetric"
    knn: int | None = None


@dataclass(frozen=True)
class ComplexityResult:
    """Every measure of one period, over the regions and industries that have presence.

    Regions with zero total or no presence, and industries nobody has, cannot take part
    in ECI/PCI (their diversity or ubiquity is 0); they are listed in
    ``dropped_regions`` / ``dropped_industries`` instead of carrying NaN. Per-region
    arrays follow ``regions``, per-industry arrays ``industries``; ``rca`` and ``mcp`` are
    sparse CSR for large matrices and dense for small ones (use ``to_dense`` to read
    cells), ``density``, ``cog`` and ``proximity`` are dense.
    """

    regions: tuple[str, ...]
    industries: tuple[str, ...]
    year: str | None
    options: ComplexityOptions
    totals: FloatArray
    rca: Matrix
    mcp: Matrix
    diversity: FloatArray
    ubiquity: FloatArray
    eci: FloatArray
    pci: FloatArray
    coi: FloatArray
    density: FloatArray
    cog: FloatArray
    proximity: FloatArray
    eigenvalue: float
    gap: float
    dropped_regions: tuple[str, ...]
    dropped_industries: tuple[str, ...]

    def __post_init__(self) -> None:
        """Make the arrays read-only too, so that a frozen result stays what was computed."""
        for value in vars(self).values():
            if isinstance(value, np.ndarray):
                value.setflags(write=False)

    def region_index(self, region: str) -> int:
        """Row of ``region``; :class:`InvalidValue` if it was dropped or is unknown."""
        if region in self.regions:
            return self.regions.index(region)
        why = "it has no presence" if region in self.dropped_regions else "it is not in the data"
        raise InvalidValue(f"region {region!r} has no complexity results: {why}", code="E708")


def compute_complexity(
    matrix: RegionIndustryMatrix,
    options: ComplexityOptions | None = None,
    population: FloatArray | None = None,
) -> ComplexityResult:
    """RCA → presence → diversity/ubiquity → ECI/PCI → proximity → density → COI/COG.

    Each step is the function of the same name in this package (see their docstrings for
    formulas and citations). ``population`` (per region, in ``matrix.regions`` order) is
    needed for the RPOP presence tests.
    """
    opts = options or ComplexityOptions()
    values: Matrix = to_csr(matrix.values)
    if values.shape[0] * values.shape[1] <= DENSE_CELLS:
        values = to_dense(values)  # numpy beats scipy.sparse's per-call overhead here
    rca = compute_rca(values)
    advantage, mcp = _presence(values, rca, opts, population)
    rows, cols = _support(values, mcp)
    mcp_s, adv_s = _take(mcp, rows, cols), _take(advantage, rows, cols)
    ranks = compute_eci(mcp_s)
    if opts.proximity == "continuous":
        prox = compute_continuous_proximity(adv_s)
        dens = compute_density(adv_s, prox, knn=opts.knn)
    else:
        prox = compute_proximity(mcp_s, kind=opts.proximity)
        dens = compute_density(mcp_s, prox, knn=opts.knn)
    outlook = compute_outlook(mcp_s, dens, prox, ranks.kp, float(ranks.kc.std()))
    return ComplexityResult(
        regions=tuple(np.asarray(matrix.regions)[rows].tolist()),
        industries=tuple(np.asarray(matrix.industries)[cols].tolist()),
        year=matrix.year,
        options=opts,
        totals=np.asarray(values.sum(axis=1)).ravel()[rows],
        rca=_take(rca, rows, cols),
        mcp=mcp_s,
        diversity=ranks.diversity,
        ubiquity=ranks.ubiquity,
        eci=ranks.eci,
        pci=ranks.pci,
        coi=outlook.coi,
        density=dens,
        cog=outlook.cog,
        proximity=prox,
        eigenvalue=ranks.eigenvalue,
        gap=ranks.gap,
        dropped_regions=_dropped(matrix.regions, rows),
        dropped_industries=_dropped(matrix.industries, cols),
    )


def compute_panel_complexity(
    panel: Panel,
    options: ComplexityOptions | None = None,
    population: dict[str | None, FloatArray] | None = None,
) -> dict[str | None, ComplexityResult]:
    """:func:`compute_complexity` for every year of ``panel``, each year on its own.

    Normalisation is within each year (ECI has mean 0 and sd 1 in every year), so levels
    are comparable across regions within a year, ranks across years.
    """
    results = {}
    for matrix in panel.matrices():
        pop = None if population is None else population[matrix.year]
        results[matrix.year] = compute_complexity(matrix, options, pop)
    return results


def _presence(
    values: Matrix,
    rca: Matrix,
    opts: ComplexityOptions,
    population: FloatArray | None,
) -> tuple[Matrix, Matrix]:
    """The advantage matrix (for continuous proximity) and binary presence."""
    rca_mcp = compute_presence(rca, opts.rca_threshold)
    if opts.presence == "rca":
        return rca, rca_mcp
    if population is None:
        raise InvalidValue(f"presence {opts.presence!r} needs a population for every region")
    rpop = compute_rpop(values, population)
    rpop_mcp = compute_presence(rpop, opts.rpop_threshold)
    if opts.presence == "rpop":
        return rpop, rpop_mcp
    return rca, combine_presence(rca_mcp, rpop_mcp, opts.presence)


def _take(matrix: Matrix, rows: np.ndarray, cols: np.ndarray) -> Matrix:
    if isinstance(matrix, np.ndarray):
        taken: FloatArray = matrix[np.ix_(rows, cols)]
        return taken
    return sp.csr_array(matrix[rows][:, cols])


def _support(values: Matrix, mcp: Matrix) -> tuple[np.ndarray, np.ndarray]:
    """Indices of regions and industries with positive total and some presence."""
    row_ok = (np.asarray(values.sum(axis=1)).ravel() > 0) & (
        np.asarray(mcp.sum(axis=1)).ravel() > 0
    )
    col_ok = (np.asarray(values.sum(axis=0)).ravel() > 0) & (
        np.asarray(mcp.sum(axis=0)).ravel() > 0
    )
    rows, cols = np.flatnonzero(row_ok), np.flatnonzero(col_ok)
    if len(rows) < 2 or len(cols) < 2:
        raise InvalidValue(
            f"only {len(rows)} regions and {len(cols)} industries have presence; "
            "complexity needs at least 2 of each",
            code="E704",
        )
    return rows, cols


def _dropped(labels: tuple[str, ...], kept: np.ndarray) -> tuple[str, ...]:
    mask = np.ones(len(labels), dtype=bool)
    mask[kept] = False
    return tuple(label for label, drop in zip(labels, mask, strict=True) if drop)
