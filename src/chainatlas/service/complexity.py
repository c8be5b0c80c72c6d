"""Complexity use cases: build region × industry panels (CSV or store) and report results.

The analysis itself lives in :mod:`chainatlas.analysis.complexity`; this module reads
inputs, calls it, and turns frozen results into plain rows for the CLI, API and web.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import asdict
from pathlib import Path
from typing import Any

from chainatlas.analysis.complexity import (
    ComplexityOptions,
    ComplexityResult,
    Panel,
    build_panel,
    compute_panel_complexity,
)
from chainatlas.analysis.complexity.matrix import to_dense
from chainatlas.analysis.complexity.opportunities import STRATEGIES, rank_opportunities
from chainatlas.analysis.complexity.peers import compare_regions, find_peers
from chainatlas.errors import InputError, InvalidValue
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store.aggregates import count_enterprises_by_region_industry
from chainatlas.textfile import read_text

Row = dict[str, Any]

__all__ = [
    "STRATEGIES",
    "ComplexityOptions",
    "Panel",
    "compute_results",
    "opportunities_report",
    "peers_report",
    "read_panel_csv",
    "read_panel_from_store",
    "summarise",
    "write_csv",
]


def read_panel_csv(
    path: Path | str, *, region: str, industry: str, value: str, year: str | None = None
) -> Panel:
    """A panel from a long CSV (UTF-8 or GBK) with one row per region × industry (× year).

    Codes stay strings. An empty, non-numeric, infinite or negative value raises
    :class:`InputError` naming the file, the row (header = row 1) and the column.
    """
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text))
    wanted = [c for c in (region, industry, value, year) if c is not None]
    missing = [c for c in wanted if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"no column(s) {missing}; columns are {reader.fieldnames}", file=str(path))
    regions, industries, values, years = [], [], [], []
    for number, row in enumerate(reader, start=2):
        values.append(_number(row[value], path, number, value))
        regions.append(row[region].strip())
        industries.append(row[industry].strip())
        if year is not None:
            years.append(row[year].strip())
    if not values:
        raise InputError("no data rows", file=str(path))
    return build_panel(regions, industries, values, years if year is not None else None)


def _number(text: str | None, path: Path | str, row: int, field: str) -> float:
    try:
        number = float((text or "").strip().replace(",", ""))
    except ValueError:
        raise InputError(
            f"{text!r} is not a number", file=str(path), row=row, field=field
        ) from None
    if not math.isfinite(number) or number < 0:
        raise InputError(
            f"{text!r} must be a finite number >= 0", file=str(path), row=row, field=field
        )
    return number


def read_panel_from_store(settings: Settings, *, code_digits: int | None = None) -> Panel:
    """Enterprise counts per region × industry code, from every enterprise in the store.

    ``code_digits`` truncates GB/T 4754 codes to the section letter plus that many digits
    (2 = 大类, 3 = 中类, 4 = 小类) so that small stores still give a usable matrix.
    Enterprises without a region or an industry code are left out.
    """
    store = open_store(settings)
    with store.connect() as conn:
        counts = count_enterprises_by_region_industry(conn, code_digits=code_digits)
    if not counts:
        raise InvalidValue("the store holds no enterprise with both a region and an industry code")
    regions, industries, values = zip(*counts, strict=True)
    return build_panel(list(regions), list(industries), [float(n) for n in values])


def compute_results(
    panel: Panel, options: ComplexityOptions | None = None
) -> dict[str | None, ComplexityResult]:
    """Every year of the panel with the same options."""
    return compute_panel_complexity(panel, options)


def summarise(results: dict[str | None, ComplexityResult], *, cells: bool = False) -> Row:
    """Plain rows: per region (eci, coi, diversity), per industry (pci, ubiquity), cells."""
    out: Row = {"regions": [], "industries": [], "dropped": []}
    if cells:
        out["cells"] = []
    for year, result in results.items():
        out["regions"].extend(_region_rows(year, result))
        out["industries"].extend(_industry_rows(year, result))
        out["dropped"].append(
            {
                "year": year,
                "regions": list(result.dropped_regions),
                "industries": list(result.dropped_industries),
            }
        )
        if cells:
            out["cells"].extend(_cell_rows(year, result))
    if next(iter(results)) is None:
        for table in ("regions", "industries", "cells", "dropped"):
            for row in out.get(table, []):
                row.pop("year", None)
    return out


def _region_rows(year: str | None, r: ComplexityResult) -> list[Row]:
    return [
        {
            "year": year,
            "region": region,
            "eci": float(r.eci[i]),
            "coi": float(r.coi[i]),
            "diversity": int(r.diversity[i]),
        }
        for i, region in enumerate(r.regions)
    ]


def _industry_rows(year: str | None, r: ComplexityResult) -> list[Row]:
    return [
        {"year": year, "industry": code, "pci": float(r.pci[j]), "ubiquity": int(r.ubiquity[j])}
        for j, code in enumerate(r.industries)
    ]


def _cell_rows(year: str | None, r: ComplexityResult) -> list[Row]:
    rca, mcp = to_dense(r.rca), to_dense(r.mcp)
    rows = []
    for i, region in enumerate(r.regions):
        for j, code in enumerate(r.industries):
            rows.append(
                {
                    "year": year,
                    "region": region,
                    "industry": code,
                    "rca": float(rca[i, j]),
                    "presence": int(mcp[i, j]),
                    "density": float(r.density[i, j]),
                    "cog": float(r.cog[i, j]),
                }
            )
    return rows


def opportunities_report(
    result: ComplexityResult, region: str, strategy: str, limit: int = 20
) -> Row:
    """Ranked opportunities for the dashboard and the CLI, as plain data."""
    ranked = rank_opportunities(result, region, strategy, limit)
    return {
        "region": ranked.region,
        "year": result.year,
        "strategy": asdict(ranked.strategy),
        "candidates": ranked.candidates,
        "items": [
            {**asdict(item), "contributions": dict(item.contributions)} for item in ranked.items
        ],
    }


def peers_report(result: ComplexityResult, region: str, limit: int = 5) -> Row:
    """Peer regions and the side-by-side comparison of the region with them."""
    peers = find_peers(result, region, limit)
    table = compare_regions(result, [region, *(p.region for p in peers.items)])
    return {
        "region": region,
        "year": result.year,
        "peers": [asdict(p) for p in peers.items],
        "comparison": {
            "regions": list(table.regions),
            "rows": [{"metric": m, "values": list(v)} for m, v in table.rows],
        },
    }


def latest(results: dict[str | None, ComplexityResult]) -> ComplexityResult:
    """The result of the last year (years sort as text, so use 4-digit years)."""
    return results[sorted(results, key=lambda y: "" if y is None else y)[-1]]


def write_csv(summary: Row, path: Path | str) -> int:
    """One long CSV with a ``level`` column (region / industry / cell); returns rows written."""
    columns = ["level", "year", "region", "industry", "eci", "coi", "diversity", "pci",
               "ubiquity", "rca", "presence", "density", "cog"]  # fmt: skip
    levels = (("region", "regions"), ("industry", "industries"), ("cell", "cells"))
    written = 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for level, table in levels:
            for row in summary.get(table, []):
                writer.writerow({"level": level, **row})
                written += 1
    return written
