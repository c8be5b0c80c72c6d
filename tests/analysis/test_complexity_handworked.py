"""Complexity measures on matrices small enough to work out by hand."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from chainatlas.analysis.complexity import build_panel, compute_complexity
from chainatlas.analysis.complexity.concentration import (
    compute_gini,
    compute_localisation,
    compute_specialisation,
)
from chainatlas.analysis.complexity.density import compute_density
from chainatlas.analysis.complexity.eci import compute_eci
from chainatlas.analysis.complexity.matrix import (
    RegionIndustryMatrix,
    aggregate_industries,
    to_dense,
)
from chainatlas.analysis.complexity.presence import (
    combine_presence,
    compute_diversity,
    compute_presence,
    compute_ubiquity,
)
from chainatlas.analysis.complexity.proximity import compute_proximity
from chainatlas.analysis.complexity.rca import compute_rca, compute_rpop
from chainatlas.analysis.complexity.relatedness import (
    compute_relatedness,
    compute_relatedness_density,
)
from chainatlas.analysis.complexity.strong_cluster import compute_cluster_strength

# Three regions, three industries: r0 has p0 p1, r1 has p0 p2, r2 has all three.
M3 = np.array([[1, 1, 0], [1, 0, 1], [1, 1, 1]], dtype=float)


def test_rca_is_share_over_share():
    # totals: rows 10, 10; columns 15, 5; all 20
    rca = compute_rca(np.array([[10.0, 0.0], [5.0, 5.0]]))
    np.testing.assert_allclose(rca, [[4 / 3, 0.0], [2 / 3, 2.0]])


def test_rca_sparse_matches_dense_and_stays_sparse():
    x = np.array([[10.0, 0.0, 3.0], [5.0, 5.0, 0.0]])
    sparse = compute_rca(sp.csr_array(x))
    assert sp.issparse(sparse)
    np.testing.assert_allclose(sparse.toarray(), compute_rca(x))


def test_rca_of_empty_region_is_zero_not_nan():
    rca = compute_rca(np.array([[0.0, 0.0], [5.0, 5.0]]))
    np.testing.assert_array_equal(rca[0], [0.0, 0.0])


def test_rpop_is_per_head_over_per_head():
    # region 0: 10 per 1 head; all: 15 over 3 heads -> 10 / 5 = 2
    rpop = compute_rpop(np.array([[10.0], [5.0]]), np.array([1.0, 2.0]))
    np.testing.assert_allclose(rpop, [[2.0], [0.5]])


def test_presence_threshold_is_inclusive():
    np.testing.assert_array_equal(compute_presence(np.array([[1.0, 0.999, 2.0]])), [[1, 0, 1]])


def test_presence_both_is_binary_and_either_is_union():
    a, b = np.array([[1.0, 1.0, 0.0]]), np.array([[1.0, 0.0, 0.0]])
    np.testing.assert_array_equal(combine_presence(a, b, "both"), [[1, 0, 0]])
    np.testing.assert_array_equal(combine_presence(a, b, "either"), [[1, 1, 0]])


def test_diversity_and_ubiquity_count_presence():
    np.testing.assert_array_equal(compute_diversity(M3), [2, 2, 3])
    np.testing.assert_array_equal(compute_ubiquity(M3), [3, 2, 2])


def test_symmetric_proximity_is_min_conditional_probability():
    prox = compute_proximity(M3)
    # C01 = 2 regions, max(k0, k1) = 3; C12 = 1, max(2, 2) = 2
    np.testing.assert_allclose(prox, [[1, 2 / 3, 2 / 3], [2 / 3, 1, 1 / 2], [2 / 3, 1 / 2, 1]])


def test_asymmetric_proximity_conditions_on_the_row():
    prox = compute_proximity(M3, kind="asymmetric")
    assert prox[1, 0] == pytest.approx(1.0)  # every region with p1 has p0
    assert prox[0, 1] == pytest.approx(2 / 3)  # two of three regions with p0 have p1


def test_density_is_proximity_weighted_share():
    density = compute_density(M3, compute_proximity(M3))
    # r0 lacks p2: (φ20 + φ21) / (φ20 + φ21 + φ22) = (2/3 + 1/2) / (2/3 + 1/2 + 1) = 7/13
    assert density[0, 2] == pytest.approx(7 / 13)
    assert density[2, 0] == pytest.approx(1.0)


def test_knn_density_weights_the_nearest_neighbours_by_proximity():
    prox = np.array(
        [[1.0, 0.9, 0.3, 0.1], [0.9, 1, 0.2, 0.2], [0.3, 0.2, 1, 0.5], [0.1, 0.2, 0.5, 1]]
    )
    mcp = np.array([[0.0, 1.0, 1.0, 0.0]])
    density = compute_density(mcp, prox, knn=2)
    # p0's two nearest others: p1 (0.9) and p2 (0.3), both present -> 1
    assert density[0, 0] == pytest.approx(1.0)
    # p3's two nearest: p2 (0.5, present) and p1 (0.2, present) -> 1; p2's: p3 (0.5, absent),
    # p0 (0.3, absent) -> 0; p1's: p0 (0.9, absent), p2 (0.2 tie with p3 -> lower index p2)
    assert density[0, 2] == pytest.approx(0.0)
    assert density[0, 1] == pytest.approx(0.2 / 1.1)


def test_eci_of_two_by_two_worked_by_hand():
    # k_c = (2, 1), k_p = (2, 1); M~ = [[3/4, 1/4], [1/2, 1/2]], eigenvalues 1 and 1/4;
    # kp ∝ (-1, 2), kc = (1/2, -1)/√5 after the sign fix -> ECI (1, -1), PCI (-1, 3).
    result = compute_eci(np.array([[1.0, 1.0], [1.0, 0.0]]))
    np.testing.assert_allclose(result.eci, [1.0, -1.0])
    np.testing.assert_allclose(result.pci, [-1.0, 3.0])
    assert result.eigenvalue == pytest.approx(0.25)


def test_eci_is_mean_pci_of_a_regions_industries():
    mcp = np.array([[1, 1, 1, 1], [1, 1, 1, 0], [1, 1, 0, 0], [1, 0, 0, 1]], dtype=float)
    result = compute_eci(mcp)
    np.testing.assert_allclose(result.eci, mcp @ result.pci / mcp.sum(axis=1))
    assert np.corrcoef(result.eci, mcp.sum(axis=1))[0, 1] > 0


def test_relatedness_methods_follow_van_eck_and_waltman():
    c = np.array([[9.0, 2.0, 1.0], [2.0, 9.0, 3.0], [1.0, 3.0, 9.0]])
    # diagonal dropped: s = (3, 5, 4), T = 12
    assoc = compute_relatedness(c, "association")
    assert assoc[0, 1] == pytest.approx(2 * 12 / (3 * 5))
    assert compute_relatedness(c, "cosine")[0, 1] == pytest.approx(2 / np.sqrt(15))
    assert compute_relatedness(c, "jaccard")[1, 2] == pytest.approx(3 / (5 + 4 - 3))
    expected = (3 / 12 * 5 / (12 - 3) + 5 / 12 * 3 / (12 - 5)) * 6
    assert compute_relatedness(c, "probability")[0, 1] == pytest.approx(2 / expected)
    assert np.all(np.diag(assoc) == 0)


def test_relatedness_density_excludes_the_industry_itself():
    phi = np.array([[1.0, 0.5, 0.5], [0.5, 1.0, 0.0], [0.5, 0.0, 1.0]])
    rd = compute_relatedness_density(np.array([[0.0, 1.0, 0.0]]), phi)
    np.testing.assert_allclose(rd, [[50.0, 0.0, 0.0]])


def test_specialisation_indices():
    x = np.array([[10.0, 0.0], [5.0, 5.0], [0.0, 0.0]])
    result = compute_specialisation(x)
    np.testing.assert_allclose(result.herfindahl, [1.0, 0.5, 0.0])
    np.testing.assert_allclose(result.entropy, [0.0, np.log(2), 0.0])
    # r0 shares (1, 0) vs rest (0.5, 0.5) -> 1; r1 (0.5, 0.5) vs rest (1, 0) -> 1
    np.testing.assert_allclose(result.krugman[:2], [1.0, 1.0])
    np.testing.assert_array_equal(result.empty, [False, False, True])


def test_hoover_and_gini():
    x = np.array([[10.0, 0.0], [5.0, 5.0]])
    # p1 all in r1 (share 1) vs r1's share of everything 0.5 -> ½(|0-0.5| + |1-0.5|) = 0.5
    assert compute_localisation(x).hoover[1] == pytest.approx(0.5)
    # (0, 0, 0, 4): G = (3·4) / (4·4) = 3/4; equal values -> 0
    np.testing.assert_allclose(compute_gini(np.array([[0.0, 0, 0, 4], [1, 1, 1, 1]])), [0.75, 0])


def test_strong_cluster_is_top_quartile_by_lq_among_active_regions():
    # cluster k0: LQs of the 4 active regions rise with the row; only the top one is strong
    x = np.array([[1.0, 9.0], [2.0, 8.0], [3.0, 7.0], [4.0, 6.0], [0.0, 10.0]])
    result = compute_cluster_strength(x)
    np.testing.assert_array_equal(result.strong[:, 0], [False, False, False, True, False])
    np.testing.assert_allclose(result.lq_percentile[:, 0], [0.25, 0.5, 0.75, 1.0, 0.0])


def test_aggregate_industries_sums_classes_into_clusters():
    matrix = RegionIndustryMatrix(
        ("a", "b"), ("C3841", "C3842", "C3100"), sp.csr_array(np.array([[1.0, 2, 3], [4, 5, 6]]))
    )
    grouped = aggregate_industries(matrix, {"C3841": "battery", "C3842": "battery"})
    assert grouped.industries == ("battery",)
    np.testing.assert_array_equal(grouped.values.toarray(), [[3.0], [9.0]])


def test_build_panel_sums_duplicates_and_sorts_labels():
    panel = build_panel(["b", "a", "a"], ["x", "y", "y"], [1.0, 2.0, 3.0])
    assert panel.regions == ("a", "b")
    np.testing.assert_array_equal(panel.values[0].toarray(), [[0.0, 5.0], [1.0, 0.0]])


def test_pipeline_reports_every_cell_finite():
    rng = np.random.default_rng(3)
    x = rng.integers(0, 20, size=(12, 8)).astype(float)
    matrix = RegionIndustryMatrix(
        tuple(f"r{i}" for i in range(12)), tuple(f"p{j}" for j in range(8)), sp.csr_array(x)
    )
    result = compute_complexity(matrix)
    for array in (result.eci, result.pci, result.coi, result.density, result.cog):
        assert np.isfinite(array).all()
    assert np.all(result.cog[to_dense(result.mcp) > 0] == 0)


def test_sparse_and_dense_paths_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(5)
    capability, requirement = rng.normal(size=150), rng.normal(size=90)
    active = rng.random((150, 90)) < 1 / (1 + np.exp(-2 * (capability[:, None] - requirement)))
    x = np.where(active, rng.lognormal(2, 1, size=(150, 90)), 0.0)
    matrix = RegionIndustryMatrix(
        tuple(f"r{i:03d}" for i in range(150)), tuple(f"p{j:02d}" for j in range(90)),
        sp.csr_array(x),
    )  # fmt: skip
    dense = compute_complexity(matrix)
    monkeypatch.setattr("chainatlas.analysis.complexity.pipeline.DENSE_CELLS", 0)
    sparse = compute_complexity(matrix)
    for name in ("eci", "pci", "coi", "density", "cog", "proximity"):
        np.testing.assert_allclose(getattr(sparse, name), getattr(dense, name), atol=1e-9)


def test_results_are_read_only():
    x = np.array(
        [[3.0, 4, 6, 7, 0], [6, 7, 1, 2, 6], [2, 6, 2, 3, 5], [0, 0, 6, 6, 6], [6, 2, 3, 6, 0]]
    )
    result = compute_complexity(
        RegionIndustryMatrix(tuple("abcde"), tuple("vwxyz"), sp.csr_array(x))
    )
    with pytest.raises(ValueError, match="read-only"):
        result.eci[0] = 0.0
