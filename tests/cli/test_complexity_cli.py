"""``chainatlas complexity`` end to end: CSV in, tables / JSON / CSV out; the store in."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chainatlas.cli.main import cli, main
from chainatlas.model.enterprise import Enterprise
from chainatlas.model.region import Region, RegionLevel
from chainatlas.store import Store, repository
from tests.conftest import require_shared

COLUMNS = ["--region", "Country ID", "--industry", "Section ID", "--value", "Trade Value"]


@pytest.fixture
def world_csv() -> Path:
    return require_shared("data", "complexity", "oec_global_exports_sections.csv")


def run(args: list[str], tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'atlas.db'}"
    return CliRunner().invoke(cli, ["--db", db, *args], standalone_mode=False)


def test_json_has_region_and_industry_results(world_csv: Path, tmp_path: Path) -> None:
    result = run(["complexity", str(world_csv), *COLUMNS, "--json"], tmp_path)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["regions"]) == 226 and len(data["industries"]) == 21
    assert set(data["regions"][0]) == {"region", "eci", "coi", "diversity"}
    assert set(data["industries"][0]) == {"industry", "pci", "ubiquity"}
    assert "cells" not in data


def test_cells_add_per_cell_measures(world_csv: Path, tmp_path: Path) -> None:
    result = run(["complexity", str(world_csv), *COLUMNS, "--json", "--cells"], tmp_path)
    cells = json.loads(result.output)["cells"]
    assert len(cells) == 226 * 21
    assert set(cells[0]) == {"region", "industry", "rca", "presence", "density", "cog"}


def test_table_output_sorts_regions_by_eci(world_csv: Path, tmp_path: Path) -> None:
    result = run(["complexity", str(world_csv), *COLUMNS], tmp_path)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "regions (by ECI)" in lines[1]
    first, second = (float(line.split()[1]) for line in lines[3:5])
    assert first >= second


def test_csv_output_is_long_with_levels(world_csv: Path, tmp_path: Path) -> None:
    out = tmp_path / "complexity.csv"
    result = run(["complexity", str(world_csv), *COLUMNS, "--csv", str(out)], tmp_path)
    assert result.exit_code == 0
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["level"] for r in rows} == {"region", "industry"}
    assert sum(r["level"] == "region" for r in rows) == 226


def test_year_column_gives_results_per_year(tmp_path: Path) -> None:
    path = tmp_path / "panel.csv"
    rows = ["year,region,industry,value"]
    values = [[3, 4, 6, 7, 0], [6, 7, 1, 2, 6], [2, 6, 2, 3, 5], [0, 0, 6, 6, 6], [6, 2, 3, 6, 0]]
    for year in (2022, 2023):
        for r, row in enumerate(values):
            rows += [f"{year},R{r},C{p}{year % 2},{v}" for p, v in enumerate(row) if v]
    path.write_text("\n".join(rows), encoding="utf-8")
    args = ["--region", "region", "--industry", "industry", "--value", "value", "--year", "year"]
    result = run(["complexity", str(path), *args, "--json"], tmp_path)
    assert result.exit_code == 0, result.output
    years = {row["year"] for row in json.loads(result.output)["regions"]}
    assert years == {"2022", "2023"}


def test_bad_value_is_one_line_naming_row_and_column(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("region,industry,value\nA,C1,1\nB,C2,约3亿\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["complexity", str(path), "--region", "region", "--industry", "industry",
              "--value", "value"])  # fmt: skip
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "row 3" in err and "field value" in err and "Traceback" not in err


def test_opportunities_and_peers_options(world_csv: Path, tmp_path: Path) -> None:
    args = ["--opportunities", "aschn", "--strategy", "long-jumps", "--peers", "aschn"]
    result = run(
        ["complexity", str(world_csv), *COLUMNS, *args, "--limit", "3", "--json"], tmp_path
    )
    data = json.loads(result.output)
    assert data["opportunities"]["strategy"]["key"] == "long-jumps"
    assert len(data["opportunities"]["items"]) == 3
    assert data["opportunities"]["items"][0]["reason_zh"]
    assert len(data["peers"]["peers"]) == 3


def test_from_store_counts_enterprises_by_region_and_code(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'atlas.db'}")
    store.init()
    values = [[3, 4, 6, 7, 0], [6, 7, 1, 2, 6], [2, 6, 2, 3, 5], [0, 0, 6, 6, 6], [6, 2, 3, 6, 0]]
    regions = [Region(key=f"32048{r}", name=f"县{r}", level=RegionLevel.COUNTY) for r in range(5)]
    firms = [
        Enterprise(
            key=f"e{r}-{p}-{n}",
            name=f"企业{r}{p}{n}",
            region=f"32048{r}",
            industry_code=f"C38{p}{n % 2}",
        )
        for r, row in enumerate(values)
        for p, count in enumerate(row)
        for n in range(count)
    ]
    with store.transaction() as conn:
        repository.add_many(conn, regions)
        repository.add_many(conn, firms)
    store.dispose()
    result = run(["complexity", "--from-store", "--code-digits", "3", "--json"], tmp_path)
    assert result.exit_code == 0, result.output
    from_store = json.loads(result.output)
    path = tmp_path / "counts.csv"
    lines = ["region,industry,count"] + [
        f"32048{r},C38{p},{count}"
        for r, row in enumerate(values)
        for p, count in enumerate(row)
        if count
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    args = ["--region", "region", "--industry", "industry", "--value", "count", "--json"]
    from_csv = json.loads(run(["complexity", str(path), *args], tmp_path).output)
    assert from_store["regions"] == from_csv["regions"]
    assert from_store["industries"] == from_csv["industries"]
