"""Region × industry matrices built from long-form (region, industry, value) records.

Rows are regions and columns industries everywhere in this package. Matrices are kept
sparse (``scipy.sparse.csr_array``) because a national panel (2,846 counties × 1,381
GB/T 4754 classes) is mostly zeros; the dense arrays the metrics return are small enough
(one float64 matrix of that size is 31 MB).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from chainatlas.errors import InvalidValue

FloatArray = npt.NDArray[np.float64]
Matrix: TypeAlias = FloatArray | sp.csr_array


@dataclass(frozen=True)
class RegionIndustryMatrix:
    """One period's values: ``values[c, p]`` is the activity of region ``c`` in industry ``p``."""

    regions: tuple[str, ...]
    industries: tuple[str, ...]
    values: sp.csr_array
    year: str | None = None


@dataclass(frozen=True)
class Panel:
    """Several periods over the same region and industry labels (the union over years).

    A region or industry absent in one year is a row or column of zeros there, so results
    of different years line up index by index.
    """

    regions: tuple[str, ...]
    industries: tuple[str, ...]
    years: tuple[str | None, ...]
    values: tuple[sp.csr_array, ...]

    def matrix(self, year: str | None) -> RegionIndustryMatrix:
        """The matrix of one year (``None`` for a panel without years)."""
        if year not in self.years:
            raise InvalidValue(f"year {year!r} is not in the panel (years: {list(self.years)})")
        values = self.values[self.years.index(year)]
        return RegionIndustryMatrix(self.regions, self.industries, values, year)

    def matrices(self) -> list[RegionIndustryMatrix]:
        """All matrices, in year order."""
        return [self.matrix(year) for year in self.years]


def build_panel(
    regions: Sequence[str] | npt.NDArray[np.str_],
    industries: Sequence[str] | npt.NDArray[np.str_],
    values: Sequence[float] | FloatArray,
    years: Sequence[str] | npt.NDArray[np.str_] | None = None,
) -> Panel:
    """Build a :class:`Panel` from parallel columns of long-form records.

    Values must be finite and non-negative: RCA and every share below divide by totals,
    and a negative export or enterprise count has no meaning there, so both raise
    :class:`~chainatlas.errors.InvalidValue` naming the first offending record (0-based).
    Duplicate (year, region, industry) records are summed, which is what aggregating
    enterprises or establishments by region and industry code needs. Labels are sorted so
    that the result does not depend on record order.
    """
    vals = np.asarray(values, dtype=np.float64)
    region_arr = np.asarray(regions, dtype=str)
    industry_arr = np.asarray(industries, dtype=str)
    n = len(vals)
    if len(region_arr) != n or len(industry_arr) != n:
        raise InvalidValue("regions, industries and values must have the same length")
    check_values(vals)
    region_keys, row = factorize_labels(region_arr)
    industry_keys, col = factorize_labels(industry_arr)
    if years is None:
        year_keys, period = np.array([""]), np.zeros(n, dtype=np.intp)
    else:
        year_keys, period = factorize_labels(np.asarray(years, dtype=str))
    shape = (len(region_keys), len(industry_keys))
    # One CSR of all years stacked (year-major rows), then cheap row slices per year.
    stacked = sp.csr_array(
        sp.coo_array(
            (vals, (period * shape[0] + row, col)), shape=(len(year_keys) * shape[0], shape[1])
        )
    )
    matrices = [
        sp.csr_array(stacked[k * shape[0] : (k + 1) * shape[0]]) for k in range(len(year_keys))
    ]
    labels: tuple[str | None, ...] = (None,) if years is None else tuple(str(y) for y in year_keys)
    return Panel(
        regions=tuple(region_keys.tolist()),
        industries=tuple(industry_keys.tolist()),
        years=labels,
        values=tuple(matrices),
    )


def factorize_labels(labels: npt.NDArray[np.str_]) -> tuple[npt.NDArray[np.str_], np.ndarray]:
    """Sorted distinct labels and each label's index among them.

    A hash-based ``np.unique(sorted=False)`` (numpy ≥ 2.3) plus a binary search is about
    five times faster than a sorting ``np.unique(return_inverse=True)`` on ten million
    records with a few thousand distinct codes.
    """
    if len(labels) < 100_000:
        keys, inverse = np.unique(labels, return_inverse=True)
        return keys, inverse
    try:
        keys = np.sort(np.unique(labels, sorted=False))
    except TypeError:  # numpy < 2.3
        keys, inverse = np.unique(labels, return_inverse=True)
        return keys, inverse
    return keys, np.searchsorted(keys, labels)


def check_values(values: FloatArray) -> None:
    """Raise :class:`InvalidValue` for the first NaN, infinite or negative value."""
    bad = ~np.isfinite(values)
    if bad.any():
        index = int(np.flatnonzero(bad)[0])
        raise InvalidValue(
            f"value at record {index} is {values[index]}; fill or drop missing values first",
            code="E701",
        )
    negative = values < 0
    if negative.any():
        index = int(np.flatnonzero(negative)[0])
        raise InvalidValue(
            f"value at record {index} is negative ({values[index]}); activity values must be >= 0",
            code="E702",
        )


def to_csr(matrix: Matrix) -> sp.csr_array:
    """A canonical float64 CSR of a dense or sparse matrix, checked like :func:`check_values`.

    Shares the input's arrays when it already is canonical float64 CSR without stored
    zeros; otherwise works on a copy, so the input is never modified.
    """
    csr = sp.csr_array(matrix, dtype=np.float64)
    check_values(csr.data)
    if not csr.has_canonical_format or not csr.data.all():
        csr = csr.copy()
        csr.sum_duplicates()
        csr.eliminate_zeros()
    return csr


def aggregate_industries(
    matrix: RegionIndustryMatrix, mapping: dict[str, str]
) -> RegionIndustryMatrix:
    """Sum industry columns into groups (e.g. GB/T 4754 classes into clusters).

    ``mapping`` sends an industry code to a group key; industries it does not name are
    dropped. Used before the cluster-strength test, whose unit is a cluster, not a class.
    """
    groups = sorted(set(mapping.values()))
    group_index = {g: i for i, g in enumerate(groups)}
    rows, cols = [], []
    for p, code in enumerate(matrix.industries):
        if code in mapping:
            rows.append(p)
            cols.append(group_index[mapping[code]])
    ones = np.ones(len(rows))
    assign = sp.csr_array((ones, (rows, cols)), shape=(len(matrix.industries), len(groups)))
    values = sp.csr_array(matrix.values @ assign)
    return RegionIndustryMatrix(matrix.regions, tuple(groups), values, matrix.year)


def to_dense(matrix: Matrix | sp.sparray) -> FloatArray:
    """A dense float64 array of a dense or sparse matrix."""
    if isinstance(matrix, np.ndarray):
        return np.asarray(matrix, dtype=np.float64)
    return np.asarray(matrix.toarray(), dtype=np.float64)


#: Above this share of non-zeros, products go through dense BLAS (multi-threaded) instead
#: of scipy's single-threaded sparse kernels.
DENSE_PRODUCT_FILL = 0.02


def as_operand(matrix: Matrix | sp.sparray) -> Matrix:
    """``matrix`` in the form that multiplies fastest: dense when it is not very sparse."""
    if isinstance(matrix, np.ndarray):
        return matrix
    rows, cols = matrix.shape
    if matrix.nnz > DENSE_PRODUCT_FILL * rows * cols:
        return to_dense(matrix)
    return sp.csr_array(matrix)
