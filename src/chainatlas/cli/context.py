"""What every command needs: the settings, and a way to print results."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from chainatlas.settings import Settings


@dataclass
class CliContext:
    settings: Settings
    db_option: str | None

    @classmethod
    def create(cls, db: str | None) -> CliContext:
        return cls(settings=Settings.from_env(db), db_option=db)


def json_option(func: Any) -> Any:
    """``--json``: print machine-readable output instead of a table."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(func)


def db_option(func: Any) -> Any:
    """``--db`` on a sub-command, overriding the group option."""
    return click.option("--db", "db", default=None, help="SQLite file or database URL.")(func)


def settings_for(ctx: click.Context, db: str | None = None) -> Settings:
    """Settings of the invocation, with a sub-command ``--db`` taking precedence."""
    obj: CliContext = ctx.obj
    if db is not None:
        return Settings.from_env(db)
    return obj.settings


def print_json(data: Any) -> None:
    """Print ``data`` as indented UTF-8 JSON (Chinese stays readable)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def emit_text(text: str, out: Path | None) -> None:
    """Print ``text``, or write it (UTF-8) to ``out``, creating its folder."""
    if out is None:
        click.echo(text, nl=False)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
