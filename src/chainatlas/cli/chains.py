"""Chain commands: imports of regions, industries and enterprises; 挂链; map; targets; projects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from chainatlas.cli.context import json_option, print_json, settings_for
from chainatlas.service import chain_views, chains

FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group("regions")
def regions_group() -> None:
    """Administrative divisions."""


@regions_group.command("import")
@click.argument("file", type=FILE)
@json_option
@click.pass_context
def regions_import(ctx: click.Context, file: Path, as_json: bool) -> None:
    """Import a 民政部 division list (`code name` per line); existing regions are kept."""
    _show(chains.import_regions(settings_for(ctx), file), as_json)


@click.group("industries")
def industries_group() -> None:
    """Industry classifications."""


@industries_group.command("import")
@click.argument("file", type=FILE)
@json_option
@click.pass_context
def industries_import(ctx: click.Context, file: Path, as_json: bool) -> None:
    """Import GB/T 4754-2017 from CSV (code,name[,parent,section,...]) as scheme gbt4754."""
    _show(chains.import_industries(settings_for(ctx), file), as_json)


@click.command("import-enterprises")
@click.argument("file", type=FILE)
@click.option("--mapping", type=FILE, help="YAML/JSON {column header: field} for other layouts.")
@json_option
@click.pass_context
def import_enterprises(ctx: click.Context, file: Path, mapping: Path | None, as_json: bool) -> None:
    """Import an enterprise table (CSV/Excel, UTF-8 or GBK), placing each from its address."""
    report = chains.import_enterprises(settings_for(ctx), file, mapping)
    if as_json:
        print_json(report.as_dict())
        return
    click.echo(f"{report.imported} enterprises from {report.file}")
    click.echo("placed: " + ", ".join(f"{k} {v}" for k, v in report.placed.items()))
    for item in report.unplaced:
        if item["status"] == "unplaced":
            click.echo(f"  unplaced row {item['row']} {item['name']}: {item['reason']}")
    for warning in report.warnings[:20]:
        click.echo(f"  warning {warning}")


@click.command("link")
@click.option("--chain", default="power-battery", show_default=True)
@click.option("--threshold", type=float, help="Confidence below which links are proposed.")
@json_option
@click.pass_context
def link(ctx: click.Context, chain: str, threshold: float | None, as_json: bool) -> None:
    """挂链: link every stored enterprise to the chain's nodes, with evidence."""
    _show(chains.link_all(settings_for(ctx), chain, threshold), as_json)


@click.command("chain-map")
@click.argument("region")
@click.option("--chain", default="power-battery", show_default=True)
@click.option("--include-proposed", is_flag=True, help="Count links awaiting review.")
@json_option
@click.pass_context
def chain_map(
    ctx: click.Context, region: str, chain: str, include_proposed: bool, as_json: bool
) -> None:
    """The chain map of REGION: nodes by stage, enterprises, verdicts and actions."""
    data = chain_views.chain_report_dict(
        chains.build_region_chain(settings_for(ctx), region, chain, include_proposed)
    )
    if as_json:
        print_json(data)
        return
    click.echo(f"{data['region']['name']} · {data['chain']}")
    for node in data["nodes"]:
        names = "、".join(e["name"] for e in node["enterprises"]) or "—"
        click.echo(f"［{node['stage_name']}］{node['name']} {node['verdict_label']['zh']}：{names}")
    for action in data["actions"]:
        label, why = action["action_label"]["zh"], _zh(action["reasons"])
        click.echo(f"{label} {action['name']}（优先级{action['priority']}）：{why}")


@click.command("targets")
@click.argument("region")
@click.option("--chain", default="power-battery", show_default=True)
@click.option("--pool", type=FILE, help="Enterprise table of candidates (default: the store).")
@click.option("--mapping", type=FILE, help="Header mapping for the pool table.")
@click.option("--top", default=5, show_default=True, help="Candidates per gap.")
@json_option
@click.pass_context
def targets(
    ctx: click.Context,
    region: str,
    chain: str,
    pool: Path | None,
    mapping: Path | None,
    top: int,
    as_json: bool,
) -> None:
    """招商 targets for each gap of REGION's chain, with visible score parts."""
    _, ranked = chains.find_targets(settings_for(ctx), region, chain, pool, mapping, top)
    data = chain_views.targets_dict(ranked)
    if as_json:
        print_json(data)
        return
    for node, items in data.items():
        click.echo(f"{node}:")
        for t in items:
            parts = " ".join(f"{k}={v:.2f}" for k, v in t["parts"].items())
            click.echo(f"  {t['score']:.3f} {t['name']} [{parts}]")
            click.echo(f"        {_zh(t['reasons'])}")


@click.command("projects")
@click.option("--region", help="Only projects in this region.")
@click.option("--what-if", "what_if", help="Project key: how it would change the chain map.")
@json_option
@click.pass_context
def projects(ctx: click.Context, region: str | None, what_if: str | None, as_json: bool) -> None:
    """Projects by stage (线索→洽谈→签约→开工→投产→达产) with durations."""
    statuses, simulated = chains.list_projects(settings_for(ctx), region, what_if)
    rows = [chain_views.project_dict(s) for s in statuses]
    change = chain_views.what_if_dict(simulated) if simulated else None
    if as_json:
        print_json({"projects": rows, "what_if": change})
        return
    for p in rows:
        spans = ", ".join(
            f"{s['from']}→{s['to']} {s['min_days']}"
            + ("" if s["exact"] else f"-{s['max_days']}")
            + "天"
            for s in p["spans"]
        )
        click.echo(f"{p['label'] or '?'} {p['name']} {spans}")
    if change:
        click.echo("假如落地：" + _zh(change["reasons"]))


def _zh(reasons: list[dict[str, Any]]) -> str:
    """The Chinese texts of reason dicts (``chain_views.reason_dicts``), joined."""
    return "；".join(r["zh"] for r in reasons)


def _show(counts: dict[str, int], as_json: bool) -> None:
    if as_json:
        print_json(counts)
    else:
        click.echo(", ".join(f"{k} {v}" for k, v in counts.items()))


def register(group: click.Group) -> None:
    for command in (
        regions_group,
        industries_group,
        import_enterprises,
        link,
        chain_map,
        targets,
        projects,
    ):
        group.add_command(command)
