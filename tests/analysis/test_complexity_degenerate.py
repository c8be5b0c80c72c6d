"""Degenerate inputs give a clear error or a documented result, never a silent NaN."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from chainatlas.analysis.complexity import (
    ComplexityOptions,
    build_panel,
    compute_complexity,
    compute_panel_complexity,
)
from chainatlas.analysis.complexity.eci import compute_eci
from chainatlas.analysis.complexity.matrix import RegionIndustryMatrix
from chainatlas.analysis.complexity.opportunities import rank_opportunities
from chainatlas.analysis.complexity.peers import find_peers
from chainatlas.errors import InvalidValue

X = np.array(
    [
        [3.0, 4.0, 6.0, 7.0, 0.0, 0.0],
        [6.0, 7.0, 1.0, 2.0, 6.0, 0.0],
        [2.0, 6.0, 2.0, 3.0, 5.0, 0.0],
        [0.0, 0.0, 6.0, 6.0, 6.0, 0.0],
        [6.0, 2.0, 3.0, 6.0, 0.0, 0.0],
        [0.0, 3.0, 7.0, 1.0, 3.0, 0.0],
        [7.0, 1.0, 4.0, 2.0, 0.0, 0.0],
        [6.0, 5.75, 7.25, 6.75, 5.0, 0.0],  # r7: a quarter of every column total
    ]
)


def matrix(values: np.ndarray) -> RegionIndustryMatrix:
    regions = tuple(f"r{i}" for i in range(values.shape[0]))
    industries = tuple(f"p{j}" for j in range(values.shape[1]))
    return RegionIndustryMatrix(regions, industries, sp.csr_array(values))


def all_finite(result) -> bool:
    arrays = (result.eci, result.pci, result.coi, result.density, result.cog, result.proximity)
    return all(np.isfinite(a).all() for a in arrays)


def test_industry_nobody_has_is_dropped_and_listed():
    result = compute_complexity(matrix(X))
    assert result.dropped_industries == ("p5",)
    assert "p5" not in result.industries
    assert all_finite(result)


def test_region_without_presence_is_dropped_and_listed():
    # r7 mirrors the whole economy (RCA = 1 everywhere): no presence at threshold 1.4
    result = compute_complexity(matrix(X), ComplexityOptions(rca_threshold=1.4))
    assert result.dropped_regions == ("r7",)
    assert all_finite(result)
    with pytest.raises(InvalidValue, match="no presence"):
        rank_opportunities(result, "r7")


def test_region_with_zero_total_is_dropped():
    values = X.copy()
    values[1] = 0.0
    result = compute_complexity(matrix(values))
    assert result.dropped_regions == ("r1",) and all_finite(result)


def test_unknown_region_is_named():
    result = compute_complexity(matrix(X))
    with pytest.raises(InvalidValue, match="not in the data"):
        find_peers(result, "nowhere")


def test_nan_value_is_an_error_naming_the_record():
    with pytest.raises(InvalidValue, match="record 1") as info:
        build_panel(["a", "b"], ["x", "y"], [1.0, float("nan")])
    assert info.value.code == "E701"


def test_negative_value_is_an_error_naming_the_record():
    with pytest.raises(InvalidValue, match=r"record 0.*negative") as info:
        build_panel(["a", "b"], ["x", "y"], [-1.0, 2.0])
    assert info.value.code == "E702"


def test_negative_cell_in_a_matrix_is_an_error():
    values = X.copy()
    values[0, 0] = -1
    with pytest.raises(InvalidValue, match="negative"):
        compute_complexity(matrix(values))


def test_one_year_panel_gives_one_result():
    cells = [(f"r{r}", f"p{p}", v) for (r, p), v in np.ndenumerate(X) if v > 0]
    regions, industries, values = zip(*cells, strict=True)
    panel = build_panel(regions, industries, values, years=["2023"] * len(values))
    results = compute_panel_complexity(panel)
    assert list(results) == ["2023"] and all_finite(results["2023"])


def test_single_region_is_an_error():
    panel = build_panel(["a", "a"], ["x", "y"], [1.0, 2.0])
    with pytest.raises(InvalidValue, match="at least 2"):
        compute_panel_complexity(panel)


def test_panel_years_share_labels_and_normalise_separately():
    rows = [(y, r, p, v) for y in ("2022", "2023") for (r, p), v in np.ndenumerate(X) if v > 0]
    years, regions, industries, values = zip(*rows, strict=True)
    panel = build_panel([f"r{r}" for r in regions], [f"p{p}" for p in industries], values, years)
    results = compute_panel_complexity(panel)
    assert set(results) == {"2022", "2023"}
    for result in results.values():
        assert result.eci.std() == pytest.approx(1.0)


def test_all_zero_matrix_is_an_error():
    with pytest.raises(InvalidValue, match="all values are zero"):
        compute_complexity(matrix(np.zeros((3, 3))))


def test_disconnected_network_is_an_error():
    blocks = np.array([[1.0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 1, 1], [0, 0, 1, 0]])
    with pytest.raises(InvalidValue, match="disconnected") as info:
        compute_eci(blocks)
    assert info.value.code == "E705"


def test_every_region_having_everything_is_an_error():
    with pytest.raises(InvalidValue, match="no structure"):
        compute_eci(np.ones((3, 4)))


def test_eci_refuses_zero_diversity_rows():
    with pytest.raises(InvalidValue, match="drop them"):
        compute_eci(np.array([[1.0, 1.0], [1.0, 0.0], [0.0, 0.0]]))


def test_rpop_presence_needs_population():
    with pytest.raises(InvalidValue, match="population"):
        compute_complexity(matrix(X), ComplexityOptions(presence="rpop"))
