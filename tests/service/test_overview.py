"""The overview of 溧阳 built from the bundled dataset loaded into a real database."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from chainatlas.ingest.dataset_reader import read_dataset
from chainatlas.model.dataset import Dataset
from chainatlas.model.fact import Fact, Measure, Provenance, SubjectType
from chainatlas.model.period import Period
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity
from chainatlas.service.dataset import bundled_dataset_path, import_dataset
from chainatlas.service.overview import build_overview, holds_region
from chainatlas.service.overview_layout import Figure, Overview
from chainatlas.service.overview_text import describe_value
from chainatlas.settings import Settings


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    return read_dataset(bundled_dataset_path("liyang"))


@pytest.fixture(scope="module")
def overview(tmp_path_factory: pytest.TempPathFactory) -> Overview:
    settings = Settings.from_env(str(tmp_path_factory.mktemp("overview") / "liyang.db"))
    assert not holds_region(settings, "320481")
    import_dataset(settings, bundled_dataset_path("liyang"))
    assert holds_region(settings, "320481")
    return build_overview(settings, "320481")


def _figures(view: Overview) -> list[Figure]:
    out = [f for s in view.sections for f in s.figures]
    out += [f for t in view.clusters for f in t.figures]
    out += [f for c in view.chains for st in c.stages for seg in st.segments for f in seg.figures]
    out += [f for p in view.projects for f in p.figures]
    return out


def _subtree(data: Dataset, top: str) -> set[str]:
    keys = {top}
    while True:
        more = {r.key for r in data.regions if r.parent in keys} - keys
        if not more:
            return keys
        keys |= more


def test_every_fact_about_the_city_or_what_it_holds_is_shown_once_with_its_source(
    overview: Overview, bundled: Dataset
) -> None:
    inside = _subtree(bundled, "320481")
    outside = {
        f.key
        for f in bundled.facts
        if f.subject_type is SubjectType.REGION and f.subject not in inside
    }
    shown = [f.fact for f in _figures(overview)]
    assert len(shown) == len(set(shown))
    assert set(shown) == {f.key for f in bundled.facts} - outside
    assert all(f.document and f.quote and f.start is not None for f in _figures(overview))


def test_city_and_zone_figures_are_listed_under_their_own_region(overview: Overview) -> None:
    sections = {s.title: s for s in overview.sections}
    city = {f.fact for f in sections["溧阳市"].figures}
    zone = {f.fact for f in sections["溧阳高新区"].figures}
    assert "000-provincial-rd-institutions" in city
    assert {"004-htz-provincial-rd-institutions", "004-htz-power-battery-scale"} <= zone


def test_tiers_show_status_and_the_size_behind_it_or_missing(overview: Overview) -> None:
    tiers = {t.name: t for t in overview.clusters}
    assert tiers["动力电池"].status == "achieved"
    assert tiers["动力电池"].size is not None and tiers["动力电池"].size.value == "1050亿元"
    assert "江苏时代新能源科技有限公司" in tiers["动力电池"].enterprises
    assert tiers["智能电网"].size is not None and tiers["智能电网"].size.value == "532.6亿元"
    assert tiers["绿色精品钢"].status == "target" and tiers["绿色精品钢"].size is None


def test_chains_run_stage_by_stage_with_their_enterprises(overview: Overview) -> None:
    chains = {c.scheme: c for c in overview.chains}
    energy = [s.name[0] for s in chains["new-energy-chain"].stages]
    assert energy[:4] == ["发", "储", "送", "用"]
    battery = {seg.name: seg for s in chains["power-battery"].stages for seg in s.segments}
    assert "江苏卓高新材料科技有限公司" in battery["隔膜"].enterprises
    assert battery["电解液"].enterprises == []


def test_missing_values_are_listed_not_invented(overview: Overview) -> None:
    assert any("十年产值增长图" in item for item in overview.missing)
    assert any(item.startswith("绿色精品钢") for item in overview.missing)
    assert any("江苏时代四期项目：签约日期" in item for item in overview.missing)


def test_timeline_runs_from_the_park_opening_to_2023h1_in_date_order(overview: Overview) -> None:
    dates = [m.date for m in overview.timeline]
    assert "2012-03" in dates and "2021-12-29" in dates
    assert dates[-1] == "2023H1"
    starts = [Period.parse(d).start for d in dates]
    assert starts == sorted(starts)


def _fact(value: str, unit: str, measure: Measure, qualifier: Qualifier, **extra: object) -> Fact:
    top = extra.pop("value_max", None)
    return Fact(
        key="f",
        subject_type=SubjectType.REGION,
        subject="320481",
        indicator="x",
        measure=measure,
        period=Period.parse("2022"),
        quantity=Quantity.of(value, unit, None if top is None else Decimal(str(top))),
        qualifier=qualifier,
        provenance=Provenance(document="d", start=0, end=1, quote="x"),
        rank_of=extra.get("rank_of"),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        (_fact("57.0", "%", Measure.GROWTH, Qualifier.EXACT), "57.0%"),
        (_fact("60", "%", Measure.SHARE, Qualifier.LOWER), "超60%"),
        (_fact("100", "家", Measure.COUNT, Qualifier.UPPER), "近100家"),
        (_fact("49", "亿平方米", Measure.LEVEL, Qualifier.TARGET), "49亿平方米（目标）"),
        (_fact("50", "%", Measure.GROWTH, Qualifier.RANGE, value_max=80), "50–80%"),
        (_fact("21", "位", Measure.RANK, Qualifier.EXACT, rank_of=95), "第21位（共95）"),
        (_fact("10", "位", Measure.RANK, Qualifier.UPPER), "前10位"),
    ],
)
def test_values_are_written_as_published_with_their_qualifier(fact: Fact, text: str) -> None:
    assert describe_value(fact) == text


def test_building_the_overview_of_an_unknown_region_names_it(tmp_path: Path) -> None:
    from chainatlas.errors import NotFound

    settings = Settings.from_env(str(tmp_path / "empty.db"))
    with pytest.raises(NotFound, match="999999"):
        build_overview(settings, "999999")
