from __future__ import annotations

import pytest

from chainatlas.model.enterprise import Enterprise
from chainatlas.model.region import Region, RegionLevel
from chainatlas.settings import Settings
from chainatlas.store import Store, repository
from chainatlas.store.aggregates import count_enterprises_by_region_industry


@pytest.fixture
def store(settings: Settings):  # type: ignore[no-untyped-def]
    s = Store.open(settings.database_url)
    s.init()
    with s.transaction() as conn:
        repository.add_many(
            conn,
            [
                Region(key="a", name="甲县", level=RegionLevel.COUNTY),
                Region(key="b", name="乙县", level=RegionLevel.COUNTY),
                Enterprise(key="1", name="一", region="a", industry_code="C3841"),
                Enterprise(key="2", name="二", region="a", industry_code="C3849"),
                Enterprise(key="3", name="三", region="a", industry_code="c3841 "),
                Enterprise(key="4", name="四", region="b", industry_code="3841"),
                Enterprise(key="5", name="五", region="b"),
                Enterprise(key="6", name="六", industry_code="C3841"),
            ],
        )
    yield s
    s.dispose()


def test_counts_group_by_region_and_full_code(store: Store) -> None:
    with store.connect() as conn:
        rows = count_enterprises_by_region_industry(conn)
    assert rows == [("a", "C3841", 2), ("a", "C3849", 1), ("b", "3841", 1)]


def test_codes_truncate_to_the_asked_digits(store: Store) -> None:
    with store.connect() as conn:
        rows = count_enterprises_by_region_industry(conn, code_digits=2)
    assert rows == [("a", "C38", 3), ("b", "38", 1)]
