"""Imports go one way: cli, api, web -> service -> store | ingest | extract | analysis |
report -> model.  This test reads every module's imports and fails on a wrong one."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "chainatlas"

#: What each layer may import from the package (besides itself, errors and settings).
ALLOWED: dict[str, set[str]] = {
    "model": set(),
    "store": {"model"},
    "ingest": {"model"},
    "extract": {"model"},
    "analysis": {"model"},
    "report": {"model", "analysis"},
    "service": {"model", "store", "ingest", "extract", "analysis", "report"},
    "api": {"service", "model", "web"},
    "web": {"service", "model"},
    "cli": {"service", "model", "api", "web"},
}
SHARED = {"errors", "settings", "textfile", "__init__"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return [n for n in names if n == "chainatlas" or n.startswith("chainatlas.")]


def _violations(package: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).parts
        layer = parts[0] if len(parts) > 1 else None
        if layer not in ALLOWED:
            continue
        for name in _imports(path):
            target = name.split(".")[1] if "." in name else "__init__"
            if target in SHARED or target == layer:
                continue
            if target not in ALLOWED[layer]:
                found.append(f"{path.relative_to(package)} imports {name}")
    return found


def test_imports_follow_the_layers() -> None:
    assert _violations() == []


def test_the_guard_catches_a_wrong_import(tmp_path: Path) -> None:
    # a package of its own, so that the real tree (read by the test beside, maybe at the same
    # time in another worker) never holds the probe
    bad = tmp_path / "analysis" / "_layer_probe.py"
    bad.parent.mkdir()
    bad.write_text(
        "from chainatlas.store import Store\nfrom chainatlas.cli import main\n", encoding="utf-8"
    )
    found = _violations(tmp_path)
    assert "analysis/_layer_probe.py imports chainatlas.store" in found
    assert "analysis/_layer_probe.py imports chainatlas.cli" in found


def test_nothing_imports_cli_api_or_web_below_them() -> None:
    for layer, allowed in ALLOWED.items():
        if layer not in ("cli", "api", "web"):
            assert not ({"cli", "api", "web"} & allowed), layer
