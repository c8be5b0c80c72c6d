"""``complexity``: ECI/PCI, density, COI/COG, opportunities and peers from a CSV or the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from chainatlas.cli.context import json_option, print_json, settings_for
from chainatlas.errors import InvalidValue
from chainatlas.service import complexity as service


@click.command("complexity")
@click.argument("file", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--region", "region_col", help="Column holding region codes.")
@click.option("--industry", "industry_col", help="Column holding industry codes.")
@click.option("--value", "value_col", help="Column holding values (exports, output, counts).")
@click.option("--year", "year_col", help="Column holding years (optional).")
@click.option("--from-store", is_flag=True, help="Count enterprises per region × industry code.")
@click.option("--code-digits", type=int, help="With --from-store: truncate codes (2 = 大类).")
@click.option("--threshold", default=1.0, show_default=True, help="RCA presence threshold.")
@click.option(
    "--proximity",
    type=click.Choice(["symmetric", "asymmetric", "continuous"]),
    default="symmetric",
    show_default=True,
)
@click.option("--knn", type=int, help="Density over the k nearest industries only.")
@click.option("--cells", is_flag=True, help="Add per-cell rca, presence, density, cog.")
@click.option("--opportunities", "focus", help="Also rank opportunities for this region.")
@click.option(
    "--strategy", type=click.Choice(sorted(service.STRATEGIES)), default="balanced-portfolio"
)
@click.option("--peers", "peers_of", help="Also list peer regions of this region.")
@click.option("--limit", default=20, show_default=True, help="Items per ranked list.")
@click.option("--csv", "csv_out", type=click.Path(path_type=Path), help="Write a long CSV.")
@json_option
@click.pass_context
def complexity_command(ctx: click.Context, /, file: Path | None, **kw: Any) -> None:
    """Economic complexity of regions and industries from FILE (a long CSV) or the store."""
    panel = _panel(ctx, file, kw)
    options = service.ComplexityOptions(
        rca_threshold=kw["threshold"], proximity=kw["proximity"], knn=kw["knn"]
    )
    results = service.compute_results(panel, options)
    summary = service.summarise(results, cells=kw["cells"])
    last = service.latest(results)
    if kw["focus"]:
        summary["opportunities"] = service.opportunities_report(
            last, kw["focus"], kw["strategy"], kw["limit"]
        )
    if kw["peers_of"]:
        summary["peers"] = service.peers_report(last, kw["peers_of"], kw["limit"])
    if kw["csv_out"]:
        rows = service.write_csv(summary, kw["csv_out"])
        click.echo(f"wrote {rows} rows to {kw['csv_out']}", err=True)
    if kw["as_json"]:
        print_json(summary)
    elif not kw["csv_out"]:
        _print_tables(summary)


def _panel(ctx: click.Context, file: Path | None, kw: dict[str, Any]) -> service.Panel:
    if kw["from_store"]:
        if file is not None:
            raise InvalidValue("give either FILE or --from-store, not both")
        return service.read_panel_from_store(settings_for(ctx), code_digits=kw["code_digits"])
    if file is None or not (kw["region_col"] and kw["industry_col"] and kw["value_col"]):
        raise InvalidValue("give FILE with --region, --industry and --value, or --from-store")
    return service.read_panel_csv(
        file,
        region=kw["region_col"],
        industry=kw["industry_col"],
        value=kw["value_col"],
        year=kw["year_col"],
    )


def _print_tables(summary: dict[str, Any]) -> None:
    _table("regions (by ECI)", summary["regions"], "eci", ["region", "eci", "coi", "diversity"])
    _table("industries (by PCI)", summary["industries"], "pci", ["industry", "pci", "ubiquity"])
    if "cells" in summary:
        columns = ["region", "industry", "rca", "presence", "density", "cog"]
        _table("cells", summary["cells"], None, columns)
    if "opportunities" in summary:
        items = summary["opportunities"]["items"]
        _table("opportunities", items, None, ["rank", "industry", "score", "reason_zh"])
    if "peers" in summary:
        _table("peers", summary["peers"]["peers"], None, ["region", "score", "structure", "size"])


def _table(title: str, rows: list[dict[str, Any]], sort: str | None, columns: list[str]) -> None:
    if rows and "year" in rows[0]:
        columns = ["year", *columns]
    ordered = sorted(rows, key=lambda r: -r[sort]) if sort else rows
    click.echo(f"\n{title}")
    click.echo("  ".join(f"{c:>12}" for c in columns))
    for row in ordered:
        click.echo("  ".join(_cell(row.get(c)) for c in columns))


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:>12.4f}"
    return f"{value!s:>12}"


def register(group: click.Group) -> None:
    group.add_command(complexity_command)
