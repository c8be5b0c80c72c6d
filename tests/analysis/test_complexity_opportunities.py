"""Opportunities and peers on real export data: parts visible, presets behave as named."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from chainatlas.analysis.complexity import ComplexityResult, build_panel, compute_complexity
from chainatlas.analysis.complexity.matrix import to_dense
from chainatlas.analysis.complexity.opportunities import STRATEGIES, Strategy, rank_opportunities
from chainatlas.analysis.complexity.peers import compare_regions, find_peers
from chainatlas.errors import InvalidValue
from tests.conftest import require_shared


@pytest.fixture(scope="module")
def world() -> ComplexityResult:
    path = require_shared("data", "complexity", "oec_global_exports_sections.csv")
    frame = pd.read_csv(path)
    panel = build_panel(frame["Country ID"], frame["Section ID"].astype(str), frame["Trade Value"])
    return compute_complexity(panel.matrix(None))


def test_opportunities_are_the_industries_the_region_lacks(world: ComplexityResult) -> None:
    ranked = rank_opportunities(world, "aschn", limit=50)
    c = world.regions.index("aschn")
    present = {world.industries[p] for p in np.flatnonzero(to_dense(world.mcp)[c])}
    assert ranked.candidates == len(world.industries) - len(present)
    assert {item.industry for item in ranked.items}.isdisjoint(present)
    assert len(ranked.items) == ranked.candidates


def test_score_is_the_sum_of_visible_parts(world: ComplexityResult) -> None:
    ranked = rank_opportunities(world, "aschn", "balanced-portfolio")
    c = world.regions.index("aschn")
    scores = [item.score for item in ranked.items]
    assert scores == sorted(scores, reverse=True)
    weights = STRATEGIES["balanced-portfolio"]
    for item in ranked.items:
        p = world.industries.index(item.industry)
        assert item.density == pytest.approx(world.density[c, p])
        assert item.distance == pytest.approx(1 - item.density)
        assert item.pci == pytest.approx(world.pci[p])
        assert item.cog == pytest.approx(world.cog[c, p])
        parts = dict(item.contributions)
        assert parts["density"] == pytest.approx(weights.density * item.z_density)
        assert item.score == pytest.approx(sum(parts.values()))
        assert "关联密度" in item.reason_zh and "density" in item.reason_en


def test_presets_trade_nearness_for_complexity(world: ComplexityResult) -> None:
    def mean_of_top(strategy: str, part: str) -> float:
        items = rank_opportunities(world, "afago", strategy, limit=5).items
        return float(np.mean([getattr(item, part) for item in items]))

    assert mean_of_top("low-hanging-fruit", "density") > mean_of_top("long-jumps", "density")
    assert mean_of_top("long-jumps", "pci") > mean_of_top("low-hanging-fruit", "pci")


def test_custom_weights_and_unknown_strategy(world: ComplexityResult) -> None:
    only_pci = Strategy("pci-only", "只看复杂度", 0.0, 1.0, 0.0)
    items = rank_opportunities(world, "aschn", only_pci).items
    assert [i.pci for i in items] == sorted((i.pci for i in items), reverse=True)
    with pytest.raises(InvalidValue, match="unknown strategy"):
        rank_opportunities(world, "aschn", "moonshot")


def test_peers_exclude_the_region_and_rank_by_score(world: ComplexityResult) -> None:
    peers = find_peers(world, "aschn", limit=5)
    assert len(peers.items) == 5
    assert "aschn" not in {p.region for p in peers.items}
    scores = [p.score for p in peers.items]
    assert scores == sorted(scores, reverse=True)
    for peer in peers.items:
        assert 0 <= peer.structure <= 1 + 1e-12 and 0 <= peer.size <= 1
        assert peer.score == pytest.approx(0.7 * peer.structure + 0.3 * peer.size)


def test_peer_structure_is_cosine_of_rca_rows(world: ComplexityResult) -> None:
    rca = to_dense(world.rca)
    a, b = world.regions.index("aschn"), world.regions.index("nausa")
    cosine = rca[a] @ rca[b] / np.linalg.norm(rca[a]) / np.linalg.norm(rca[b])
    only_structure = find_peers(world, "aschn", limit=len(world.regions), structure_weight=1.0)
    by_region = {p.region: p.structure for p in only_structure.items}
    assert by_region["nausa"] == pytest.approx(cosine)


def test_comparison_table_lines_up_regions(world: ComplexityResult) -> None:
    table = compare_regions(world, ["aschn", "nausa"], top=2)
    rows = dict(table.rows)
    assert rows["eci"] == (
        pytest.approx(world.eci[world.regions.index("aschn")]),
        pytest.approx(world.eci[world.regions.index("nausa")]),
    )
    assert all(len(v) == 2 for v in rows.values())
    assert rows["top 2 RCA"][0].count("(") == 2
