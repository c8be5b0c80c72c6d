"""``report`` and ``export-workbook``: a region's briefing and its "图谱 + 清单" workbook."""

from __future__ import annotations

from pathlib import Path

import click

from chainatlas.cli.context import settings_for
from chainatlas.service import reports


@click.command("report")
@click.argument("region")
@click.option("--period", default=None, help="Only figures of this period (2022, 2023H1 ...).")
@click.option(
    "--format", "fmt", type=click.Choice(["md", "html", "pdf"]), default="html", show_default=True
)
@click.option("--out", type=click.Path(path_type=Path), default=None, help="File to write.")
@click.pass_context
def report_command(
    ctx: click.Context, region: str, period: str | None, fmt: str, out: Path | None
) -> None:
    """Write the Chinese briefing of REGION (a region key such as 320481), every figure cited."""
    target = out or Path(f"briefing-{region}.{fmt}")
    written = reports.write_report(settings_for(ctx), region, fmt, target, period)
    for path in written:
        click.echo(f"wrote {path}")


@click.command("export-workbook")
@click.argument("region")
@click.argument("out", type=click.Path(path_type=Path))
@click.pass_context
def export_workbook_command(ctx: click.Context, region: str, out: Path) -> None:
    """Write REGION's chain map, enterprises, projects, gaps, facts and checks to OUT (.xlsx)."""
    click.echo(f"wrote {reports.export_workbook(settings_for(ctx), region, out)}")


def register(group: click.Group) -> None:
    group.add_command(report_command)
    group.add_command(export_workbook_command)
