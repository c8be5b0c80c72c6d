"""docs/reference/cli.md is what `chainatlas reference` writes today."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from chainatlas.cli.main import cli

PAGE = Path(__file__).parents[2] / "docs" / "reference" / "cli.md"


def _reference() -> str:
    result = CliRunner().invoke(cli, ["reference"], catch_exceptions=False)
    assert result.exit_code == 0
    return result.output


def test_cli_reference_is_current() -> None:
    assert PAGE.read_text(encoding="utf-8") == _reference(), (
        "docs/reference/cli.md is stale: run `python3 tasks.py docs`"
    )


def test_reference_lists_every_visible_command() -> None:
    text = _reference()
    for name, command in cli.commands.items():
        if not command.hidden:
            assert f"## chainatlas {name}\n" in text
