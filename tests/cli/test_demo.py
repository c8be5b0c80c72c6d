"""``chainatlas demo`` end to end in a real process: fresh database, overview, re-run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import run_cli


def demo(db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    report = () if "--out" in extra else ("--no-report",)
    return run_cli("demo", "--db", str(db), "--no-serve", *extra, *report)


def test_demo_loads_the_bundled_data_and_prints_the_overview(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = demo(db)
    assert first.returncode == 0, first.stderr
    assert db.exists()
    out = first.stdout
    assert "已导入内置溧阳数据" in out
    assert "1287.4亿元" in out and "“1287.4 亿元”" in out
    assert "动力电池" in out and "已达到" in out and "规模：缺失" in out
    assert "发（发电环节）" in out and "上上电缆" in out
    assert "2012年3月" in out and "2021年12月29日" in out and "2023年上半年" in out
    overview = out.split("一致性检查")[0]
    assert not {"2021-12-29", "2023H1", "unknown", "cumulative"} & set(overview.split())
    assert "十年产值增长图" in out


def test_demo_checks_and_writes_the_briefing_and_workbook(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    result = demo(tmp_path / "demo.db", "--out", str(out_dir))
    assert result.returncode == 0, result.stderr
    assert "一致性检查" in result.stdout and "通过" in result.stdout
    names = {p.name for p in out_dir.iterdir()}
    assert {"briefing-320481.html", "workbook-320481.xlsx"} <= names
    pdf_expected = "briefing-320481.pdf" in names or "简报未写出" in result.stderr
    assert pdf_expected


def test_demo_run_twice_does_not_import_twice(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert demo(db).returncode == 0
    again = demo(db)
    assert again.returncode == 0, again.stderr
    assert "未重复导入" in again.stdout


def test_demo_json_holds_the_same_overview(tmp_path: Path) -> None:
    import json

    result = demo(tmp_path / "demo.db", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["region"] == "320481"
    assert {t["name"] for t in data["clusters"]} >= {"动力电池", "绿色精品钢"}


def test_demo_without_no_serve_ends_by_serving_the_dashboard(tmp_path: Path) -> None:
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "demo.db"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "chainatlas",
            "demo",
            "--db",
            str(db),
            "--port",
            str(port),
            "--no-report",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline and status is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as resp:
                    status = resp.status
            except OSError:
                assert proc.poll() is None, proc.communicate()[1]
                time.sleep(0.3)
        assert status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
