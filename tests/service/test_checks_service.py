"""run_checks / run_derivations over a real SQLite store holding the bundled data, and the
``derive`` / ``check`` commands in a real process."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from chainatlas.ingest.dataset_reader import read_dataset
from chainatlas.model.dataset import COLLECTIONS
from chainatlas.service.checks import run_checks, run_derivations
from chainatlas.service.dataset import bundled_dataset_path
from chainatlas.settings import Settings
from chainatlas.store import Store, repository
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("checks") / "liyang.db"
    store = Store.open(Settings.from_env(str(path)).database_url)
    store.init()
    data = read_dataset(bundled_dataset_path("liyang"))
    with store.transaction() as conn:
        for name in COLLECTIONS:
            repository.add_many(conn, getattr(data, name))
    store.dispose()
    return path


def test_run_checks_reads_the_store(db: Path) -> None:
    result = run_checks(Settings.from_env(str(db)))
    assert set(result) == {"database", "summary", "derived", "alternatives", "checks"}
    assert result["summary"]["fail"] == 0
    assert result["summary"]["checks"] == len(result["checks"]) > 10
    near = [c for c in result["checks"] if c["kind"] == "additivity"]
    assert near[0]["verdict"] == "warn" and near[0]["detail"] == "near"
    json.dumps(result, ensure_ascii=False)  # plain data all the way down


def test_derived_facts_carry_formula_inputs_and_interval(db: Path) -> None:
    derived = run_derivations(Settings.from_env(str(db)))["derived"]
    city = next(
        d
        for d in derived
        if d["subject"] == "320481"
        and d["period"] == "2023H1"
        and d["measure"] == "level"
        and d["scope"] is None
    )
    assert city["value"] == "1453.0" and city["unit"] == "亿元"
    assert city["formula"].startswith("total = part / share")
    assert city["inputs"] == ["000-2x-output-2023h1", "000-2x-output-share-2023h1"]
    assert 1452.1 < city["interval"]["lo"] < city["interval"]["hi"] < 1454.0
    assert all(d["formula"] and d["inputs"] and d["status"] == "derived" for d in derived)


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return run_cli("--db", str(db), *args)


def test_check_command_prints_verdicts_and_json(db: Path) -> None:
    text = run("check", db=db)
    assert text.returncode == 0, text.stderr
    assert "✓" in text.stdout and "!" in text.stdout and "0 fail" in text.stdout
    as_json = json.loads(run("check", "--json", db=db).stdout)
    assert as_json["summary"]["warn"] >= 5


def test_derive_command_lists_formula_and_inputs(db: Path) -> None:
    text = run("derive", db=db)
    assert text.returncode == 0, text.stderr
    assert "total = part / share" in text.stdout and "← 000-2x-output-2023h1" in text.stdout
    assert json.loads(run("derive", "--json", db=db).stdout)["derived"]
