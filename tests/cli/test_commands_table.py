"""The lazy command table in cli/main.py and the commands the modules register agree."""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from chainatlas.cli.main import COMMANDS

CLI_DIR = Path(__file__).parents[2] / "src" / "chainatlas" / "cli"


def _registered(module: str) -> set[str]:
    group = click.Group()
    importlib.import_module(f"chainatlas.cli.{module}").register(group)
    return set(group.commands)


def test_every_module_command_is_in_the_table() -> None:
    modules = [
        p.stem for p in CLI_DIR.glob("*.py") if "def register(" in p.read_text(encoding="utf-8")
    ]
    for module in modules:
        expected = {name for name, owner in COMMANDS.items() if owner == module}
        assert _registered(module) == expected, f"cli/{module}.py vs COMMANDS in cli/main.py"


def test_every_table_entry_names_a_real_command() -> None:
    for name, module in COMMANDS.items():
        assert name in _registered(module)
