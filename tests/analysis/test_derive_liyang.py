"""What the bundled Liyang figures imply (issue: derived figures, rounding-aware)."""

from __future__ import annotations

from datetime import date

import pytest

from chainatlas.analysis.consistency import Review, review_dataset
from chainatlas.analysis.figures import Figure
from chainatlas.ingest.dataset_reader import read_dataset
from chainatlas.model.fact import FactStatus, Measure
from chainatlas.service.dataset import bundled_dataset_path

CITY = "320481"
CLUSTERS = "liyang-2-2-x"


@pytest.fixture(scope="module")
def review() -> Review:
    return review_dataset(read_dataset(bundled_dataset_path("liyang")))


def find(review: Review, subject: str, measure: str, period: str, **kw: str) -> Figure:
    found = [
        f
        for f in review.derived
        if f.fact.subject == subject
        and f.fact.measure is Measure(measure)
        and str(f.fact.period) == period
        and f.fact.indicator == kw.get("indicator", "industrial_output")
        and (f.fact.scope or "") == kw.get("scope", "")
        and f.variant == kw.get("variant", "")
    ]
    assert len(found) == 1, [f.key for f in review.derived]
    return found[0]


def test_city_output_2023h1_is_clusters_over_their_share(review: Review) -> None:
    total = find(review, CITY, "level", "2023H1")
    assert total.estimate == pytest.approx(1287.4 / 0.886)
    assert str(total.fact.quantity) == "1453.0亿元"
    assert round(total.interval.lo, 1) == 1452.2 and round(total.interval.hi, 1) == 1453.9
    assert total.interval.lo > 1452.1 and total.interval.hi < 1454.0
    assert total.fact.provenance.formula.startswith("total = part / share")
    assert set(total.fact.provenance.inputs) == {
        "000-2x-output-2023h1",
        "000-2x-output-share-2023h1",
    }


def test_city_growth_is_cluster_growth_minus_the_gap(review: Review) -> None:
    growth = find(review, CITY, "growth", "2023H1")
    assert str(growth.fact.quantity) == "19.4%"
    assert growth.interval.lo == pytest.approx(19.3) and growth.interval.hi == pytest.approx(19.5)


def test_clusters_share_a_year_earlier_and_outside_output_fell(review: Review) -> None:
    share = find(review, CLUSTERS, "share", "2022H1")
    assert str(share.fact.quantity) == "84.4%"
    rest = find(review, CITY, "growth", "2023H1", scope=f"excluding scheme:{CLUSTERS}")
    assert rest.estimate == pytest.approx(-12.6, abs=0.05)
    assert rest.interval.hi < 0


def test_city_output_2022_from_the_parts_share(review: Review) -> None:
    total = find(review, CITY, "level", "2022")
    assert str(total.fact.quantity) == "2906.6亿元"
    # 1145.2 is itself rounded, so the interval is a little wider than 1145.2 / [39.35, 39.45)
    assert total.interval.lo < 2902.9 and total.interval.hi > 2910.3
    assert round(total.interval.lo, 1) == 2902.8 and round(total.interval.hi, 1) == 2910.4


def test_new_energy_share_of_city_output(review: Review) -> None:
    share = find(review, "new-energy-chain", "share", "2022")
    assert str(share.fact.quantity) == "61.8%"
    assert share.interval.lo > 60


def test_signing_date_of_phase_four(review: Review) -> None:
    start = find(
        review,
        "jiangsu-catl-phase4",
        "duration",
        "2020-12-31",
        indicator="signing_to_output_days",
        variant="start",
    )
    assert start.fact.period.start == date(2020, 12, 31)


def test_every_derived_fact_names_formula_and_inputs(review: Review) -> None:
    keys = {f.key for f in review.derived}
    assert len(keys) == len(review.derived) >= 20
    for fig in review.derived:
        fact = fig.fact
        assert fact.status is FactStatus.DERIVED
        assert fact.provenance.formula and "=" in fact.provenance.formula
        assert fact.provenance.inputs
        assert fact.key.startswith(f"derived:{fig.rule}:")


def test_derived_keys_are_the_same_on_every_run(review: Review) -> None:
    again = review_dataset(read_dataset(bundled_dataset_path("liyang")))
    assert [f.key for f in again.derived] == [f.key for f in review.derived]


def test_zone_and_city_counts_are_never_summed(review: Review) -> None:
    rd = {"000-provincial-rd-institutions", "004-htz-provincial-rd-institutions"}
    for fig in review.derived:
        assert not rd <= set(fig.basis)
