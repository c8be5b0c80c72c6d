"""Enterprise import streamed in batches: still one transaction, errors still name the row.

The files here span several batches (``repository.BATCH`` rows each), so a failure near
the end comes after earlier batches were written inside the transaction.
"""

from __future__ import annotations

import csv
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from chainatlas.errors import InputError
from chainatlas.ingest.enterprise_table import EnterpriseReader
from chainatlas.model.enterprise import Enterprise
from chainatlas.service import chains
from chainatlas.settings import Settings
from chainatlas.store import Store, repository, schema

HEADER = ["企业名称", "统一社会信用代码", "注册地址", "注册资本（万元）"]
DIVISIONS = "320000 江苏省\n320400 常州市\n320481 溧阳市\n320412 武进区\n"
PLACES = ["江苏省常州市溧阳市昆仑街道", "江苏省常州市武进区湖塘镇", "常州市", "某开发区"]
BATCH = repository.BATCH


def code(i: int) -> str:
    return f"91{i:016d}"


def write_table(
    path: Path,
    rows: int,
    changes: dict[int, list[str]] | None = None,
    places: list[str] = PLACES,
    start: int = 0,
) -> Path:
    """``rows`` enterprises; ``changes`` replaces whole rows by their 1-based number."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        for i in range(1, rows + 1):
            row = [
                f"溧阳测试{start + i}号电池有限公司",
                code(start + i),
                places[i % len(places)],
                "500",
            ]
            out.writerow((changes or {}).get(i, row))
    return path


@pytest.fixture
def regions(settings: Settings, tmp_path: Path) -> Settings:
    divisions = tmp_path / "codes.txt"
    divisions.write_text(DIVISIONS, encoding="utf-8")
    chains.import_regions(settings, divisions)
    return settings


def stored(settings: Settings) -> tuple[int, int]:
    """Enterprises stored, and enterprise names indexed for search."""
    names = schema.names
    count = select(func.count()).select_from(names).where(names.c.kind == "enterprise")
    store = Store.open(settings.database_url)
    try:
        with store.connect() as conn:
            return repository.count(conn, Enterprise), int(conn.execute(count).scalar_one())
    finally:
        store.dispose()


def test_rows_across_batches_are_placed_and_reported(regions: Settings, tmp_path: Path) -> None:
    rows = 2 * BATCH + 7
    report = chains.import_enterprises(regions, write_table(tmp_path / "e.csv", rows))
    assert report.imported == rows and stored(regions) == (rows, rows)
    status = {0: "county", 1: "county", 2: "partial", 3: "unplaced"}  # by row % 4 (PLACES)
    expected = dict.fromkeys(["county", "partial", "unplaced"], 0)
    for i in range(1, rows + 1):
        expected[status[i % 4]] += 1
    assert report.placed == expected
    assert [u["row"] for u in report.unplaced] == [i for i in range(1, rows + 1) if i % 4 in (2, 3)]
    last = report.unplaced[-1]
    assert (last["status"], last["key"], last["region"]) == ("unplaced", code(rows), None)
    assert last["reason"] == "no province, city or county name in the address"
    region = {0: "320481", 1: "320412", 2: "320400", 3: None}
    store = Store.open(regions.database_url)
    with store.connect() as conn:
        for i in (1, BATCH, BATCH + 1, rows - 1, rows):
            assert repository.get(conn, Enterprise, code(i)).region == region[i % 4]
    store.dispose()


def test_a_bad_row_near_the_end_leaves_the_database_as_it_was(
    regions: Settings, tmp_path: Path
) -> None:
    chains.import_enterprises(regions, write_table(tmp_path / "first.csv", 3, start=10**6))
    before = stored(regions)
    rows = 2 * BATCH + 50
    bad = {rows - 1: ["溧阳测试坏行公司", code(rows - 1), PLACES[0], "约3亿"]}
    path = write_table(tmp_path / "big.csv", rows, bad)
    with pytest.raises(InputError, match=rf"big.csv, row {rows - 1}, field 注册资本（万元）"):
        chains.import_enterprises(regions, path)
    assert before == stored(regions) == (3, 3)


def test_a_key_repeated_in_a_later_batch_names_both_rows(regions: Settings, tmp_path: Path) -> None:
    rows = BATCH + 100
    again = {BATCH + 60: ["另一家公司", code(3), PLACES[0], "100"]}
    path = write_table(tmp_path / "dup.csv", rows, again)
    with pytest.raises(InputError) as caught:
        chains.import_enterprises(regions, path)
    assert caught.value.code == "E121" and caught.value.row == BATCH + 60
    assert f"'{code(3)}' repeats row 3" in str(caught.value)
    assert "field 统一社会信用代码" in str(caught.value)
    assert stored(regions) == (0, 0)


def test_a_key_already_stored_names_its_row_in_a_later_batch(
    regions: Settings, tmp_path: Path
) -> None:
    old = [["早已入库公司", code(BATCH + 500), PLACES[0], "100"]]
    early = tmp_path / "early.csv"
    with early.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *old])
    chains.import_enterprises(regions, early)
    path = write_table(tmp_path / "later.csv", 2 * BATCH)
    with pytest.raises(InputError) as caught:
        chains.import_enterprises(regions, path)
    assert (caught.value.code, caught.value.row, caught.value.file) == (
        "E132",
        BATCH + 500,
        "later.csv",
    )
    assert f"'{code(BATCH + 500)}' is already in the database" in str(caught.value)
    assert stored(regions) == (1, 1)


def test_the_reader_hands_out_rows_before_it_reaches_a_bad_one(tmp_path: Path) -> None:
    path = write_table(tmp_path / "e.csv", 5, {3: ["丙公司", "123", "", ""]})
    rows = iter(EnterpriseReader(path))
    assert [next(rows).row, next(rows).row] == [1, 2]
    with pytest.raises(InputError, match="row 3, field 统一社会信用代码"):
        next(rows)


def test_import_memory_does_not_grow_with_the_file(regions: Settings, tmp_path: Path) -> None:
    """Python allocations peak at about one batch, whatever the number of rows."""
    peaks = []
    for start, rows in ((0, BATCH + 10), (BATCH + 10, 3 * BATCH + 10)):
        path = write_table(tmp_path / f"e{rows}.csv", rows, places=PLACES[:1], start=start)
        tracemalloc.start()
        try:
            report = chains.import_enterprises(regions, path)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert report.placed["county"] == rows
    assert peaks[1] < 1.5 * peaks[0], peaks
