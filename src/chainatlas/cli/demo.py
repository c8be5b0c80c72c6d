"""``chainatlas demo``: load the bundled Liyang data and print the overview of 溧阳."""

from __future__ import annotations

import time
from dataclasses import asdict
from pathlib import Path
from typing import Any
from unicodedata import east_asian_width

import click

from chainatlas.cli.checks import format_checks
from chainatlas.cli.context import db_option, json_option, print_json, settings_for
from chainatlas.cli.serve import serve_dashboard
from chainatlas.model.wording import TIER_WORDS, describe_period_text
from chainatlas.service import checks as checks_service
from chainatlas.service import overview as overview_service
from chainatlas.service import reports as reports_service
from chainatlas.service.dataset import bundled_dataset_path, import_dataset
from chainatlas.service.overview_layout import Chain, Figure, Overview, Tier
from chainatlas.settings import Settings

#: The region the bundled dataset describes.
DEMO_REGION = "320481"


@click.command("demo")
@db_option
@click.option("--no-serve", is_flag=True, help="Print the overview and stop (no dashboard).")
@click.option("--port", default=8000, show_default=True, type=int, help="Dashboard port.")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder for the briefing (HTML, PDF) and the workbook.",
)
@click.option("--no-report", is_flag=True, help="Skip writing the briefing and workbook.")
@json_option
@click.pass_context
def demo_command(
    ctx: click.Context,
    db: str | None,
    no_serve: bool,
    port: int,
    out: Path,
    no_report: bool,
    as_json: bool,
) -> None:
    """Create the database, load the bundled Liyang data, print the overview of 溧阳 and
    its consistency checks, write the briefing and workbook, and serve the dashboard
    (unless --no-serve)."""
    settings = settings_for(ctx, db)
    began = time.perf_counter()
    loaded = None
    if not overview_service.holds_region(settings, DEMO_REGION):
        loaded = import_dataset(settings, bundled_dataset_path("liyang"))
    view = overview_service.build_overview(settings, DEMO_REGION)
    checked = checks_service.run_checks(settings)
    if not as_json:
        _report(view, loaded, time.perf_counter() - began, settings.database_url)
        _print_checks(checked)
    written = [] if no_report else _write_briefing(settings, out, quiet=as_json)
    if as_json:
        print_json({**asdict(view), "checks": checked, "written": [str(p) for p in written]})
    if not no_serve:
        serve_dashboard(settings, port=port)


def _print_checks(checked: dict[str, Any]) -> None:
    _heading("一致性检查（按四舍五入区间）")
    for line in format_checks(checked, english=False):
        click.echo(f"  {line}")


def _write_briefing(settings: Settings, out: Path, *, quiet: bool) -> list[Path]:
    """Write the briefing and workbook; a PDF refused for want of a Chinese font or Pango
    is reported with the package to install, and the other files still stand."""
    files = reports_service.write_briefing(settings, DEMO_REGION, out)
    if files.pdf_refused is not None:
        click.echo(f"PDF 简报未写出：{files.pdf_refused}", err=True)
    if not quiet:
        _heading("简报与工作簿")
        for path in files.written:
            click.echo(f"  {path.resolve()}")
    return files.written


def _report(view: Overview, loaded: dict[str, int] | None, seconds: float, url: str) -> None:
    if loaded is None:
        click.echo("数据库中已有溧阳数据，未重复导入。")
    else:
        click.echo(f"已导入内置溧阳数据：{_counts(loaded)}")
    print_overview(view)
    click.echo(f"\n用时 {seconds:.2f} 秒；数据库 {url}")


def _counts(counts: dict[str, int]) -> str:
    return "，".join(f"{name} {n}" for name, n in counts.items() if n)


def print_overview(view: Overview) -> None:
    code = f"（{view.code}）" if view.code else ""
    _title(f"{view.name}{code} 概览")
    for section in view.sections:
        _heading(f"主要数字 · {section.title}")
        for figure in section.figures:
            _figure(figure)
    _heading("产业集群结构")
    for tier in view.clusters:
        _tier(tier)
    for chain in view.chains:
        _chain(chain)
    _heading("重点项目")
    for project in view.projects:
        stage = f"［{project.stage}］" if project.stage else ""
        click.echo(f"  {project.name}{stage}  投资方：{project.investor or '—'}")
        click.echo(f"      里程碑：{'；'.join(project.milestones) or '—'}")
        for figure in project.figures:
            _figure(figure, indent=6)
    _heading("时间线")
    for moment in view.timeline:
        click.echo(f"  {_pad(describe_period_text(moment.date), 16)} {moment.summary}")
        if moment.document is not None:
            click.echo(f"  {'':<16}   ↳ 《{moment.document}》“{moment.quote}”")
    _heading("缺失（来源提到但未给出，不作估算）")
    for item in view.missing:
        click.echo(f"  · {item}")


def _title(text: str) -> None:
    click.echo("")
    click.secho(text, bold=True)
    click.echo("=" * 60)


def _heading(text: str) -> None:
    click.echo("")
    click.secho(text, bold=True)
    click.echo("-" * 60)


def _figure(figure: Figure, indent: int = 2) -> None:
    pad = " " * indent
    when = _pad(describe_period_text(figure.period), 14)
    click.echo(f"{pad}{when} {figure.subject} {figure.label}：{figure.value}")
    if figure.document is not None:
        click.echo(
            f"{pad}{'':<14}   ↳ 《{figure.document}》[{figure.start}:{figure.end}]“{figure.quote}”"
        )


def _pad(text: str, columns: int) -> str:
    """``text`` padded to ``columns`` terminal columns (a Chinese character takes two)."""
    width = sum(2 if east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(columns - width, 0)


def _tier(tier: Tier) -> None:
    status = TIER_WORDS.get(tier.status or "", "—")
    size = (
        f"{tier.size.value}（{describe_period_text(tier.size.period)}）"
        if tier.size
        else "规模：缺失"
    )
    click.echo(
        f"  {tier.tier or '':<5} {tier.name:<8} 门槛 {tier.threshold or '—'}  {status}  {size}"
    )
    for figure in tier.figures:
        _figure(figure, indent=8)
    if tier.enterprises:
        click.echo(f"{'':<8}企业：{'、'.join(tier.enterprises)}")


def _chain(chain: Chain) -> None:
    _heading(f"产业链 · {chain.name}")
    for stage in chain.stages:
        click.echo(f"  {stage.name}")
        for segment in stage.segments:
            names = "、".join(segment.enterprises) or "（无已知企业）"
            click.echo(f"    {segment.name}：{names}")
            for figure in segment.figures:
                _figure(figure, indent=6)


def register(group: click.Group) -> None:
    group.add_command(demo_command)
