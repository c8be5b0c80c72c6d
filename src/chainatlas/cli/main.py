"""The ``chainatlas`` command: a click group whose commands live in small modules.

Commands load lazily: :data:`COMMANDS` names the module of each, and a module is imported
only when one of its commands runs (or when help lists them all), so ``chainatlas demo``
does not pay for numpy, scipy or the web stack it may not need.  Each module defines its
commands and a ``register(group)`` function; ``tests/cli/test_commands_table.py`` checks
that the table and the modules agree.  Domain errors become one friendly line here.
"""

from __future__ import annotations

import importlib
import sys

import click

from chainatlas import __version__
from chainatlas.cli.context import CliContext
from chainatlas.errors import ChainAtlasError

#: Command name -> module under ``chainatlas.cli`` that defines it, in help order.
COMMANDS: dict[str, str] = {
    "init": "database",
    "import": "database",
    "export": "database",
    "overview": "database",
    "list": "entities",
    "show": "entities",
    "search": "entities",
    "demo": "demo",
    "derive": "checks",
    "check": "checks",
    "regions": "chains",
    "industries": "chains",
    "import-enterprises": "chains",
    "link": "chains",
    "chain-map": "chains",
    "targets": "chains",
    "projects": "chains",
    "complexity": "complexity",
    "report": "report",
    "export-workbook": "report",
    "serve": "serve",
    "token": "serve",
    "reference": "reference",
    "openapi": "openapi",
    "extract": "extract",
    "evaluate": "extract",
    "review": "extract",
}


class LazyGroup(click.Group):
    """A group that imports a command's module the first time the command is needed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMANDS.get(cmd_name)
        if module is None:
            return None
        if cmd_name not in self.commands:
            collected = click.Group()
            importlib.import_module(f"chainatlas.cli.{module}").register(collected)
            for name, command in collected.commands.items():
                self.commands.setdefault(name, command)
        return self.commands.get(cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
