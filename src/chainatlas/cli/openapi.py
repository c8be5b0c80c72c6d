"""``chainatlas openapi``: the REST API's OpenAPI document, written from the app itself.

``docs/reference/openapi.json`` is this command's output; a test keeps it current.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from chainatlas.api.app import create_app
from chainatlas.cli.context import emit_text
from chainatlas.settings import Settings


def render_openapi() -> str:
    """The OpenAPI document as stable, indented JSON (no database is opened)."""
    app = create_app(Settings(database_url="sqlite:///:memory:"))
    return json.dumps(app.openapi(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@click.command("openapi", hidden=True)
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Write to this file.")
def openapi_command(out: Path | None) -> None:
    """Print (or write) the OpenAPI document of the REST API."""
    emit_text(render_openapi(), out)


def register(group: click.Group) -> None:
    group.add_command(openapi_command)
