"""The ``chainatlas`` command: a click group whose commands live in small modules.

Each module in :data:`COMMAND_MODULES` defines click commands and a ``register(group)``
function; domain errors are turned into one friendly line here, in one place.
"""

from __future__ import annotations

import importlib
import sys

import click

from chainatlas import __version__
from chainatlas.cli.context import CliContext
from chainatlas.errors import ChainAtlasError

#: Modules under ``chainatlas.cli`` that contribute commands, in help order.
COMMAND_MODULES: tuple[str, ...] = (
    "database",
    "entities",
    "chains",
    "complexity",
    "demo",
    "checks",
    "serve",
    "report",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="CHAINATLAS_DATABASE_URL",
    default=None,
    help="SQLite file or database URL (default: chainatlas.db; env CHAINATLAS_DATABASE_URL).",
)
@click.version_option(__version__, prog_name="chainatlas")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Chain Atlas: industrial chains, clusters and their facts, with sources."""
    ctx.obj = CliContext.create(db)


for _name in COMMAND_MODULES:
    importlib.import_module(f"chainatlas.cli.{_name}").register(cli)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the group and turn our errors into one line and exit code 1."""
    try:
        cli.main(args=argv, prog_name="chainatlas", standalone_mode=False)
    except ChainAtlasError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
