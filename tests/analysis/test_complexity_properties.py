"""Properties that hold for any input: hypothesis draws the matrices."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from chainatlas.analysis.complexity.concentration import (
    compute_localisation,
    compute_specialisation,
)
from chainatlas.analysis.complexity.eci import compute_eci
from chainatlas.analysis.complexity.presence import compute_presence
from chainatlas.analysis.complexity.proximity import compute_continuous_proximity, compute_proximity
from chainatlas.analysis.complexity.rca import compute_rca
from chainatlas.errors import InvalidValue

values = st.integers(2, 12).flatmap(
    lambda rows: st.integers(2, 10).flatmap(
        lambda cols: arrays(
            np.float64,
            (rows, cols),
            elements=st.one_of(st.just(0.0), st.floats(0.01, 1e6, allow_subnormal=False)),
        )
    )
)
binary = st.integers(3, 12).flatmap(
    lambda rows: st.integers(3, 10).flatmap(
        lambda cols: arrays(np.float64, (rows, cols), elements=st.sampled_from([0.0, 1.0, 1.0]))
    )
)


def eci_or_skip(mcp: np.ndarray):
    """ECI of ``mcp``, skipping draws where it is undefined (and said so by an error)."""
    try:
        return compute_eci(mcp)
    except InvalidValue:
        assume(False)
        raise


@given(values)
def test_rca_is_never_negative(x: np.ndarray) -> None:
    assume(x.sum() > 0)
    rca = compute_rca(x)
    assert np.isfinite(rca).all() and (rca >= 0).all()


@given(binary)
def test_proximity_is_symmetric_in_unit_interval(mcp: np.ndarray) -> None:
    prox = compute_proximity(mcp)
    np.testing.assert_array_equal(prox, prox.T)
    assert (prox >= 0).all() and (prox <= 1).all()


@given(values)
def test_continuous_proximity_is_symmetric_in_unit_interval(x: np.ndarray) -> None:
    assume(x.sum() > 0)
    try:
        prox = compute_continuous_proximity(compute_rca(x))
    except InvalidValue:
        assume(False)
        return
    np.testing.assert_allclose(prox, prox.T, atol=1e-12)
    assert (prox >= 0).all() and (prox <= 1).all()


@settings(max_examples=200, suppress_health_check=[HealthCheck.filter_too_much])
@given(values)
def test_eci_has_mean_zero_and_sd_one(x: np.ndarray) -> None:
    assume(x.sum() > 0)
    mcp = compute_presence(compute_rca(x))
    mcp = mcp[mcp.sum(axis=1) > 0][:, mcp.sum(axis=0) > 0]
    result = eci_or_skip(mcp)
    assert result.eci.mean() == pytest.approx(0.0, abs=1e-9)
    assert result.eci.std() == pytest.approx(1.0, abs=1e-9)
    assert np.isfinite(result.pci).all()


@settings(suppress_health_check=[HealthCheck.filter_too_much])
@given(binary, st.randoms(use_true_random=False))
def test_eci_does_not_depend_on_row_or_column_order(mcp: np.ndarray, rnd) -> None:
    base = eci_or_skip(mcp)
    assume(base.gap > 1e-6)  # a near-tie of eigenvalues leaves the eigenvector undefined
    diversity = mcp.sum(axis=1)
    assume(np.ptp(diversity) > 0 and abs(np.corrcoef(diversity, base.eci)[0, 1]) > 1e-6)
    rows = list(range(mcp.shape[0]))
    cols = list(range(mcp.shape[1]))
    rnd.shuffle(rows)
    rnd.shuffle(cols)
    shuffled = compute_eci(mcp[rows][:, cols])
    np.testing.assert_allclose(shuffled.eci, base.eci[rows], atol=1e-7)
    np.testing.assert_allclose(shuffled.pci, base.pci[cols], atol=1e-7)


@given(values)
def test_sparse_concentration_equals_dense_formulas(x: np.ndarray) -> None:
    assume(x.sum() > 0)
    spec, loc = compute_specialisation(x), compute_localisation(x)
    rows, cols = x.sum(axis=1, keepdims=True), x.sum(axis=0, keepdims=True)
    share = np.divide(x, rows, out=np.zeros_like(x), where=rows > 0)
    rest = cols - x
    rest_share = np.divide(rest, rest.sum(1, keepdims=True), out=np.zeros_like(x),
                           where=rest.sum(1, keepdims=True) > 0)  # fmt: skip
    live = rows.ravel() > 0
    np.testing.assert_allclose(spec.herfindahl, (share**2).sum(1), atol=1e-12)
    np.testing.assert_allclose(
        spec.krugman[live], np.abs(share - rest_share).sum(1)[live], atol=1e-12
    )
    logs = np.log(share, out=np.zeros_like(share), where=share > 0)
    np.testing.assert_allclose(spec.entropy, -(share * logs).sum(1), atol=1e-12)
    ordered = np.sort(x, axis=1)
    n = x.shape[1]
    gini = ordered @ (2.0 * np.arange(1, n + 1) - n - 1) / (n * np.where(live, rows.ravel(), 1))
    np.testing.assert_allclose(spec.gini, gini, atol=1e-12)
    col_share = np.divide(x, cols, out=np.zeros_like(x), where=cols > 0)
    reference = rows.ravel() / x.sum()
    hoover = 0.5 * np.abs(col_share - reference[:, None]).sum(0)
    np.testing.assert_allclose(loc.hoover[cols.ravel() > 0], hoover[cols.ravel() > 0], atol=1e-12)
