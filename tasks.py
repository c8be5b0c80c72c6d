#!/usr/bin/env python3
"""Everyday tasks, runnable with nothing but Python 3.11: ``python3 tasks.py demo|test|lint``.

``demo`` sets up a virtual environment, installs Chain Atlas and the charting assets, and
runs ``chainatlas demo`` on the bundled Liyang data.  ``test`` does the same set-up with the
test tools and runs lint, type checks and the whole suite.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
ECHARTS = ROOT / "node_modules" / "echarts" / "dist" / "echarts.min.js"
VENDOR = ROOT / "src" / "chainatlas" / "web" / "static" / "vendor"


def run(*args: str | Path, **env: str) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, env={**os.environ, **env})


def setup(extras: str = "") -> None:
    """Create .venv, install the package (editable) and the front-end assets."""
    if not (BIN / "python").exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
        run(BIN / "python", "-m", "pip", "install", "-q", "--upgrade", "pip")
    target = f".[{extras}]" if extras else "."
    fingerprint = install_fingerprint()
    # An install with the test extras also serves the demo.
    stamps = [VENV / f"installed-{extras or 'base'}", VENV / "installed-test"]
    if not any(s.exists() and s.read_text() == fingerprint for s in stamps[: 2 - bool(extras)]):
        run(BIN / "python", "-m", "pip", "install", "-q", "-e", target)
        stamps[0].write_text(fingerprint)
    install_assets()


def install_fingerprint() -> str:
    """What the editable install depends on: the dependency lists, the build hook and the
    sources it compiles (a compiled module shadows its .py file until it is rebuilt)."""
    sources = sorted((ROOT / "src" / "chainatlas" / "extract").rglob("*.py"))
    digest = hashlib.sha256()
    for path in [ROOT / "pyproject.toml", ROOT / "setup.py", *sources]:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def install_assets() -> None:
    """Apache ECharts from npm, copied into the package so the app serves it offline."""
    if shutil.which("npm") is None:
        print("npm not found: the dashboard's charts need Node.js and npm (ECharts from npm)")
        return
    if not ECHARTS.exists():
        run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
    VENDOR.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ECHARTS, VENDOR / "echarts.min.js")


def demo(args: list[str]) -> None:
    setup()
    run(BIN / "chainatlas", "demo", *args)


def lint() -> None:
    run(BIN / "ruff", "check", "src", "tests", "benchmarks", "tasks.py", "setup.py")
    run(BIN / "ruff", "format", "--check", "src", "tests", "benchmarks", "tasks.py", "setup.py")
    run(BIN / "mypy")


def test(args: list[str]) -> None:
    setup("test")
    lint()
    run(BIN / "pytest", "-q", "-n", "2", *args)


def docs() -> None:
    """Regenerate the reference pages from the real CLI and API."""
    run(BIN / "chainatlas", "reference", "--out", "docs/reference/cli.md")
    run(BIN / "chainatlas", "openapi", "--out", "docs/reference/openapi.json")


def main() -> None:
    task, *rest = sys.argv[1:] or ["help"]
    if task == "demo":
        demo(rest)
    elif task == "test":
        test(rest)
    elif task == "lint":
        lint()
    elif task == "docs":
        docs()
    elif task == "setup":
        setup("test")
    else:
        print(__doc__)
        sys.exit(0 if task == "help" else 2)


if __name__ == "__main__":
    main()
