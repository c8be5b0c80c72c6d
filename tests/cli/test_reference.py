"""docs/reference/cli.md is what `chainatlas reference` writes today."""

from __future__ import annotations

from pathlib import Path

from chainatlas.cli.main import cli
from chainatlas.cli.reference import render_reference

PAGE = Path(__file__).parents[2] / "docs" / "reference" / "cli.md"


def test_cli_reference_is_current() -> None:
    assert PAGE.read_text(encoding="utf-8") == render_reference(cli), (
        "docs/reference/cli.md is stale: run `python3 tasks.py docs`"
    )


def test_reference_lists_every_command() -> None:
    text = render_reference(cli)
    for name in cli.list_commands(None):  # type: ignore[arg-type]
        command = cli.get_command(None, name)  # type: ignore[arg-type]
        if command is not None and not command.hidden:
            assert f"## chainatlas {name}\n" in text
