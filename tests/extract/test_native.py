"""The compiled extraction pipeline: current with its sources, and the same as pure Python.

``setup.py`` compiles the pipeline modules with mypyc where a C compiler is present. A
compiled module shadows its ``.py`` file, so an edit that is not rebuilt would leave the
tests running old code: the build records the digest of each source, checked here. The
same documents are then extracted by the compiled modules and by the Python sources (a
copy of the package without the extensions, in a child process), which must agree.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "chainatlas"
EXTRACT = PACKAGE / "extract"
FIXTURES = Path(__file__).parent / "fixtures"


def compiled_modules() -> list[str]:
    """Names of pipeline modules loaded from a C extension in this process."""
    names = []
    for path in sorted(EXTRACT.rglob("*.py")):
        relative = path.relative_to(EXTRACT).with_suffix("").as_posix()
        dotted = "chainatlas.extract." + relative.removesuffix("/__init__").replace("/", ".")
        if not str(importlib.import_module(dotted).__file__).endswith(".py"):
            names.append(relative)
    return names


def require_compiled() -> list[str]:
    names = compiled_modules()
    if not names:
        reason = "the extraction pipeline is installed as pure Python (no C compiler found)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}: CI has gcc and must exercise the compiled build")
        skip_or_fail(reason)
    return names


def test_compiled_modules_match_their_sources() -> None:
    names = require_compiled()
    stamp = json.loads((EXTRACT / "native.json").read_text(encoding="utf-8"))
    stale = [
        name
        for name in names
        if stamp.get(f"{name}.py")
        != hashlib.sha256((EXTRACT / f"{name}.py").read_bytes()).hexdigest()
    ]
    assert not stale, f"compiled modules older than their sources: {stale}; run tasks.py setup"


EXTRACT_SCRIPT = """
import json, sys
from pathlib import Path
import chainatlas.extract.quantities as q
from chainatlas.service.extraction import extract_documents
assert q.__file__.endswith(".py"), q.__file__
out = [r for r in extract_documents([Path(p) for p in sys.argv[1:]])]
print(json.dumps(out, ensure_ascii=False, sort_keys=True, default=str))
"""


def test_compiled_and_pure_python_extract_the_same(tmp_path: Path) -> None:
    require_compiled()
    from chainatlas.service.extraction import extract_documents

    docs = sorted(FIXTURES.glob("*.txt")) + sorted((FIXTURES / "holdout").glob("*.txt"))
    compiled = json.loads(
        json.dumps(list(extract_documents(docs)), ensure_ascii=False, sort_keys=True, default=str)
    )
    copy = tmp_path / "src"
    shutil.copytree(PACKAGE, copy / "chainatlas", ignore=shutil.ignore_patterns("*.so"))
    result = subprocess.run(
        [sys.executable, "-c", EXTRACT_SCRIPT, *map(str, docs)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(copy)},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    pure = json.loads(result.stdout)
    assert len(pure) == len(compiled) == len(docs)
    for a, b in zip(pure, compiled, strict=True):
        assert a == b
