"""``init``, ``import``, ``export`` and ``overview``: the database as a whole."""

from __future__ import annotations

from pathlib import Path

import click

from chainatlas.cli.context import json_option, print_json, settings_for
from chainatlas.service import dataset, entities
from chainatlas.service.session import open_store


@click.command("init")
@click.pass_context
def init_command(ctx: click.Context) -> None:
    """Create the database (or upgrade it to the newest schema)."""
    settings = settings_for(ctx)
    open_store(settings)
    click.echo(f"database ready: {settings.database_url}")


@click.command("import")
@click.argument("path", type=click.Path(path_type=Path))
@json_option
@click.pass_context
def import_command(ctx: click.Context, path: Path, as_json: bool) -> None:
    """Import a dataset (folder or YAML/JSON file); all of it or nothing."""
    counts = dataset.import_dataset(settings_for(ctx), path)
    _report(counts, as_json, f"imported {path}")


@click.command("export")
@click.argument("path", type=click.Path(path_type=Path))
@json_option
@click.pass_context
def export_command(ctx: click.Context, path: Path, as_json: bool) -> None:
    """Export everything to a dataset folder that ``import`` reads back."""
    counts = dataset.export_dataset(settings_for(ctx), path)
    _report(counts, as_json, f"exported to {path}")


@click.command("overview")
@json_option
@click.pass_context
def overview_command(ctx: click.Context, as_json: bool) -> None:
    """How many records of each kind the database holds."""
    counts = entities.overview_counts(settings_for(ctx))
    _report(counts, as_json, f"database {settings_for(ctx).database_url}")


def _report(counts: dict[str, int], as_json: bool, title: str) -> None:
    if as_json:
        print_json(counts)
        return
    click.echo(title)
    for name, n in counts.items():
        if n:
            click.echo(f"  {name:<12} {n:>9,}")


def register(group: click.Group) -> None:
    for command in (init_command, import_command, export_command, overview_command):
        group.add_command(command)
