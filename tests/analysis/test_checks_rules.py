"""Each check on small hand-built fact lists, including the cases that must fail."""

from __future__ import annotations

import dataclasses

import pytest

from chainatlas.analysis.checks import Verdict
from chainatlas.analysis.consistency import Review, review_dataset
from chainatlas.model.dataset import Dataset
from chainatlas.model.fact import Fact
from chainatlas.model.project import Milestone, Project, Stage
from chainatlas.model.scheme import TierStatus
from tests.analysis.liyang_facts import (
    CITY,
    DOC_CITY,
    DOCUMENTS,
    FACTS,
    INDICATORS,
    NODES,
    REGIONS,
    SCHEMES,
    fact,
)


def review_of(facts: list[Fact], **extra: object) -> Review:
    data = Dataset(
        regions=REGIONS,
        schemes=SCHEMES,
        nodes=extra.pop("nodes", NODES),  # type: ignore[arg-type]
        indicators=INDICATORS,
        documents=DOCUMENTS,
        facts=facts,
        **extra,  # type: ignore[arg-type]
    )
    return review_dataset(data)


def replaced(key: str, value: str) -> list[Fact]:
    return [
        dataclasses.replace(
            f, quantity=dataclasses.replace(f.quantity, value=type(f.quantity.value)(value))
        )
        if f.key == key
        else f
        for f in FACTS
    ]


def test_hand_built_slice_gives_the_same_findings_as_the_articles() -> None:
    review = review_of(FACTS)
    assert review.counts()["fail"] == 0
    assert review.of_kind("additivity")[0].detail == "near"


def test_parts_far_above_the_total_are_broken() -> None:
    review = review_of(replaced("pv-out", "319.1"))
    check = review.of_kind("additivity")[0]
    assert (check.verdict, check.detail) == (Verdict.FAIL, "broken")


def test_parts_well_below_the_total_leave_a_remainder() -> None:
    check = review_of(replaced("pv-out", "19.1")).of_kind("additivity")[0]
    assert (check.verdict, check.detail) == (Verdict.PASS, "partial")


def test_parts_matching_within_rounding_are_exact() -> None:
    check = review_of(replaced("pv-out", "118.5")).of_kind("additivity")[0]
    assert (check.verdict, check.detail) == (Verdict.PASS, "exact")


def test_a_part_larger_than_its_whole_fails_containment() -> None:
    review = review_of(replaced("nev-out", "1900.0"))
    failed = [c for c in review.of_kind("containment") if c.verdict is Verdict.FAIL]
    assert failed and "nev-out" in failed[0].facts and failed[0].margin < 0


def test_a_tier_marked_achieved_without_the_size_fails() -> None:
    nodes = [
        dataclasses.replace(n, tier_status=TierStatus.ACHIEVED) if n.key == "grid" else n
        for n in NODES
    ]
    review = review_of(replaced("grid-out", "432.6"), nodes=nodes)
    check = next(c for c in review.of_kind("tier") if c.subject.startswith("智能电网"))
    assert (check.verdict, check.detail) == (Verdict.FAIL, "not reached")


def test_all_tiers_achieved_beyond_the_city_total_fails() -> None:
    nodes = [dataclasses.replace(n, tier_status=TierStatus.ACHIEVED) for n in NODES]
    check = review_of(FACTS, nodes=nodes).of_kind("tiers")[0]
    assert (check.verdict, check.detail) == (Verdict.FAIL, "impossible")


def test_a_value_outside_its_bound_fails() -> None:
    facts = [
        *FACTS,
        fact("ne-half", "ne", "output", "share", "2022", "70", "%", "lower", subject_type="scheme"),
    ]
    checks = [c for c in review_of(facts).of_kind("bounds") if "ne-half" in c.facts]
    assert checks and checks[0].verdict is Verdict.FAIL


def test_two_documents_that_disagree_fail() -> None:
    other = fact("pv-again", "ne/pv", "output", "level", "2022", "129.1", "亿元", doc="004")
    near = fact("pv-near", "ne/pv", "output", "level", "2022", "119.6", "亿元", doc="004")
    by_key = {c.facts: c for c in review_of([*FACTS, other, near]).of_kind("agreement")}
    assert by_key[("pv-out", "pv-again")].verdict is Verdict.FAIL
    assert by_key[("pv-out", "pv-near")].verdict is Verdict.WARN


def test_a_fact_dated_after_its_document_fails() -> None:
    late = fact("late", CITY, "output", "level", "2024", "3000", "亿元", doc=DOC_CITY)
    checks = [c for c in review_of([*FACTS, late]).of_kind("date") if c.detail == "after-document"]
    assert [c.facts for c in checks] == [("late",)]


def test_milestones_out_of_order_fail() -> None:
    project = Project(
        key="p",
        name="项目",
        milestones=(
            Milestone(stage=Stage.SIGNED, date="2021-06"),
            Milestone(stage=Stage.STARTED, date="2020"),
        ),
    )
    checks = review_of(FACTS, projects=[project]).of_kind("date")
    assert any(c.detail == "order" and c.verdict is Verdict.FAIL for c in checks)


@pytest.mark.parametrize(
    ("signed", "verdict"), [("2020-12-31", Verdict.PASS), ("2020-06", Verdict.FAIL)]
)
def test_implied_start_against_a_recorded_signing(signed: str, verdict: Verdict) -> None:
    project = Project(
        key="catl-4", name="四期", milestones=(Milestone(stage=Stage.SIGNED, date=signed),)
    )
    checks = [
        c for c in review_of(FACTS, projects=[project]).of_kind("date") if c.detail == "implied"
    ]
    assert [c.verdict for c in checks] == [verdict]


def test_a_share_of_a_non_additive_indicator_derives_nothing() -> None:
    share = fact("rd-share", CITY, "rd", "share", "cumulative", "50", "%")
    review = review_of([*FACTS, share])
    assert not [f for f in review.derived if "rd-share" in f.fact.provenance.inputs]
