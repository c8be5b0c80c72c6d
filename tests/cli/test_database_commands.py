"""The CLI end to end: real processes, real files, one line per error and a non-zero exit."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.conftest import run_cli

FIXTURE = Path(__file__).parents[1] / "ingest" / "fixtures" / "every_entity.yaml"


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return run_cli("--db", str(db), *args)


def test_init_import_list_show_search_export(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    assert run("init", db=db).returncode == 0
    imported = run("import", str(FIXTURE), "--json", db=db)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["enterprises"] == 2
    listed = json.loads(run("list", "enterprise", "--json", db=db).stdout)
    assert {e["key"] for e in listed} == {"child-co", "parent-co"}
    shown = json.loads(run("show", "region", "320481", "--json", db=db).stdout)
    assert shown["name"] == "溧阳市"
    assert {f["source"].get("document") for f in shown["facts"]} == {"doc1", None}
    hits = json.loads(run("search", "溧阳", "--json", db=db).stdout)
    assert {"kind": "region", "key": "320481", "name": "溧阳"} in hits
    out = tmp_path / "export"
    assert run("export", str(out), db=db).returncode == 0
    assert (out / "facts.yaml").exists()


def test_errors_are_one_line_with_a_non_zero_exit(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "enterprises.csv").write_text("key,name,region\ne1,甲,999999\n", encoding="utf-8")
    result = run("import", str(bad), db=db)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "enterprises.csv, row 1, field region" in result.stderr
    missing = run("show", "region", "000000", db=db)
    assert missing.returncode == 1 and "no region '000000'" in missing.stderr
