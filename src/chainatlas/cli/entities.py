"""``list``, ``show`` and ``search`` for every entity kind."""

from __future__ import annotations

import click

from chainatlas.cli.context import json_option, print_json, settings_for
from chainatlas.service import entities

KIND = click.Choice(list(entities.ENTITY_KINDS))


@click.command("list")
@click.argument("kind", type=KIND)
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0, show_default=True)
@json_option
@click.pass_context
def list_command(ctx: click.Context, kind: str, limit: int, offset: int, as_json: bool) -> None:
    """List entities of KIND (region, enterprise, fact, ...)."""
    rows = entities.list_entities(settings_for(ctx), kind, limit=limit, offset=offset)
    if as_json:
        print_json(rows)
        return
    for row in rows:
        click.echo(_line(row))


@click.command("show")
@click.argument("kind", type=KIND)
@click.argument("key")
@json_option
@click.pass_context
def show_command(ctx: click.Context, kind: str, key: str, as_json: bool) -> None:
    """Show one entity of KIND by KEY (nodes as scheme/node), with facts about it."""
    record = entities.show_entity(settings_for(ctx), kind, key)
    if as_json:
        print_json(record)
        return
    for field, value in record.items():
        if field == "facts":
            click.echo("facts:")
            for fact in value:
                click.echo(f"  - {_line(fact)}")
        else:
            click.echo(f"{field}: {value}")


@click.command("search")
@click.argument("text")
@click.option("--kind", "kinds", multiple=True, type=KIND, help="Only these kinds.")
@click.option("--limit", default=20, show_default=True)
@json_option
@click.pass_context
def search_command(
    ctx: click.Context, text: str, kinds: tuple[str, ...], limit: int, as_json: bool
) -> None:
    """Find entities whose name or alias contains TEXT (Chinese substrings work)."""
    hits = entities.search(settings_for(ctx), text, list(kinds) or None, limit)
    if as_json:
        print_json(hits)
        return
    for hit in hits:
        click.echo(f"{hit['kind']:<11} {hit['key']:<30} {hit['name']}")


def _line(record: dict[str, object]) -> str:
    if "indicator" in record and "value" in record:
        return (
            f"{record['key']}: {record['subject']} {record['indicator']} {record['period']} "
            f"{record['value']}{record['unit']} ({record['qualifier']})"
        )
    label = record.get("name") or record.get("summary") or ""
    key = record.get("key") or "/".join(str(v) for v in list(record.values())[:3])
    return f"{key}  {label}"


def register(group: click.Group) -> None:
    for command in (list_command, show_command, search_command):
        group.add_command(command)
