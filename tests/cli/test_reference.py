"""docs/reference/cli.md is what `chainatlas reference` writes today."""

from __future__ import annotations

from pathlib import Path

from chainatlas.cli.main import cli
from tests.conftest import run_cli

PAGE = Path(__file__).parents[2] / "docs" / "reference" / "cli.md"


def _reference() -> str:
    """The page as a fresh `chainatlas reference` process writes it (no state from other
    tests, which may have built help for the same command objects differently)."""
    result = run_cli("reference")
    result.check_returncode()
    return result.stdout


def test_cli_reference_is_current() -> None:
    assert PAGE.read_text(encoding="utf-8") == _reference(), (
        "docs/reference/cli.md is stale: run `python3 tasks.py docs`"
    )


def test_reference_lists_every_visible_command() -> None:
    text = _reference()
    for name, command in cli.commands.items():
        if not command.hidden:
            assert f"## chainatlas {name}\n" in text


OPENAPI = PAGE.with_name("openapi.json")


def test_openapi_reference_is_current() -> None:
    result = run_cli("openapi")
    result.check_returncode()
    assert OPENAPI.read_text(encoding="utf-8") == result.stdout, (
        "docs/reference/openapi.json is stale: run `python3 tasks.py docs`"
    )
