"""Consistency checks on the bundled Liyang figures."""

from __future__ import annotations

import pytest

from chainatlas.analysis.checks import Check, Verdict
from chainatlas.analysis.consistency import Review, review_dataset
from chainatlas.ingest.dataset_reader import read_dataset
from chainatlas.service.dataset import bundled_dataset_path


@pytest.fixture(scope="module")
def review() -> Review:
    return review_dataset(read_dataset(bundled_dataset_path("liyang")))


def only(checks: tuple[Check, ...] | list[Check]) -> Check:
    assert len(checks) == 1, [c.zh for c in checks]
    return checks[0]


def test_no_check_fails_on_the_bundled_data(review: Review) -> None:
    assert review.counts()["fail"] == 0, [c.zh for c in review.checks if c.verdict is Verdict.FAIL]


def test_new_energy_parts_are_a_near_match_beyond_rounding(review: Review) -> None:
    check = only(review.of_kind("additivity"))
    assert (check.verdict, check.detail) == (Verdict.WARN, "near")
    assert check.difference == pytest.approx(0.6)
    assert check.margin == pytest.approx(-0.4)
    assert set(check.facts) == {
        "000-new-energy-output-2022",
        "000-pv-wind-output-2022",
        "000-nev-parts-output-2022",
        "000-smart-grid-output",
    }
    assert "1796.9" in check.zh and "0.6" in check.en


def test_tiers_cannot_all_be_reached_in_2022(review: Review) -> None:
    check = only(review.of_kind("tiers"))
    assert check.detail == "impossible" and check.verdict is Verdict.PASS
    assert "3200" in check.zh and check.margin is not None and check.margin < 0


@pytest.mark.parametrize(("node", "threshold"), [("动力电池", 1000), ("智能电网", 500)])
def test_reported_tiers_are_achieved(review: Review, node: str, threshold: int) -> None:
    check = only([c for c in review.of_kind("tier") if c.subject.startswith(node)])
    assert (check.verdict, check.detail) == (Verdict.PASS, "achieved")
    assert check.margin is not None and check.margin > 0


def test_over_sixty_percent_agrees_with_the_derived_share(review: Review) -> None:
    check = only(
        [c for c in review.of_kind("bounds") if "000-new-energy-output-share-2022" in c.facts]
    )
    assert (check.verdict, check.detail) == (Verdict.PASS, "within")
    assert check.margin == pytest.approx(1.72, abs=0.01)


def test_city_and_zone_rd_institutions_may_be_the_same_set(review: Review) -> None:
    keys = {"000-provincial-rd-institutions", "004-htz-provincial-rd-institutions"}
    check = only([c for c in review.of_kind("scope") if set(c.facts) == keys])
    assert (check.verdict, check.detail) == (Verdict.WARN, "nested-places")
    assert "不可相加" in check.zh and "never add" in check.en


def test_outside_the_clusters_fell_reported_as_unusual(review: Review) -> None:
    check = only(review.of_kind("trend"))
    assert check.verdict is Verdict.WARN
    assert "-12.6%" in check.zh


def test_scope_mismatches_are_warnings(review: Review) -> None:
    details = {c.detail for c in review.of_kind("scope")}
    assert {"indicator-scope", "period-length", "subject-scope"} <= details
    assert all(c.verdict is Verdict.WARN for c in review.of_kind("scope"))


def test_implied_signing_date_fits_the_milestones(review: Review) -> None:
    check = only([c for c in review.of_kind("date") if c.detail == "implied"])
    assert check.verdict is Verdict.PASS and "2020-12-31" in check.zh


def test_every_check_explains_itself_in_both_languages(review: Review) -> None:
    for check in review.checks:
        assert check.zh and check.en and check.kind


def test_checks_are_frozen(review: Review) -> None:
    with pytest.raises(AttributeError):
        review.checks[0].verdict = Verdict.FAIL  # type: ignore[misc]
