"""Load benchmark of the dashboard and API on loopback, with 1 M enterprises in the store.

Builds (once) a SQLite store holding the bundled Liyang data plus N synthetic enterprises
spread over 2,846 synthetic counties, starts ``chainatlas serve`` in its own process, and
drives each URL with ``wrk`` (Debian package ``wrk``; a separate C process) using 50
connections.  Prints p50/p95/p99 latency, requests per second and errors per URL, and the
same as JSON with ``--json``.

    .venv/bin/python benchmarks/web_load.py --enterprises 1000000 --db /tmp/web_load.db
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

from chainatlas.model.enterprise import Enterprise
from chainatlas.model.region import Region, RegionLevel
from chainatlas.service.dataset import bundled_dataset_path, import_dataset
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import repository

COUNTIES = 2846
CODES = ("C3841", "C3985", "C3130", "C3825", "C2653", "C3562", "C3311", "C4417")
TAGS = ("专精特新小巨人", "高新技术企业", "上市", "龙头")
URLS = (
    "/",
    "/enterprises",
    "/enterprises?q=时代",
    "/enterprises/jiangsu-catl",
    "/chain/power-battery",
    "/facts",
    "/api/enterprises?limit=50",
    "/api/enterprises?region=320481",
    "/api/facts?subject=320481",
    "/api/regions/320481",
    "/api/chains/power-battery?region=320481",
    "/api/search?q=溧阳",
)
LUA = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %d %d %.3f %.3f %.3f %.3f\\n", summary.requests, errors,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.duration / 1e6))
end
"""


def build_store(settings: Settings, total: int) -> None:
    """Liyang plus ``total`` enterprises over synthetic counties, in batches."""
    import_dataset(settings, bundled_dataset_path("liyang"))
    store = open_store(settings)
    try:
        with store.transaction() as conn:
            repository.add_many(
                conn,
                [
                    Region(
                        key=f"bench-{i:04d}",
                        name=f"测试县{i:04d}",
                        level=RegionLevel.COUNTY,
                        parent="CN",
                    )
                    for i in range(COUNTIES)
                ],
            )
        batch = 50_000
        for start in range(0, total, batch):
            with store.transaction() as conn:
                repository.add_many(
                    conn, (_enterprise(i) for i in range(start, min(total, start + batch)))
                )
            print(f"  {min(total, start + batch):,} enterprises", file=sys.stderr, flush=True)
    finally:
        store.dispose()


def _enterprise(i: int) -> Enterprise:
    return Enterprise(
        key=f"bench-e{i:07d}",
        name=f"测试{i % 997}号新能源科技有限公司{i:07d}",
        region=f"bench-{i % COUNTIES:04d}",
        industry_code=CODES[i % len(CODES)],
        tags=(TAGS[i % len(TAGS)],) if i % 7 == 0 else (),
        products="锂电池材料" if i % 3 == 0 else "精密结构件",
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str, port: int, workers: int, cache: float) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("chainatlas")
    cmd = [str(exe), "serve", "--db", db, "--port", str(port), "--workers", str(workers)]
    cmd += ["--cache", str(cache)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/regions?limit=1").status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start")


def run_wrk(url: str, connections: int, seconds: int, script: Path) -> dict[str, float]:
    cmd = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "-s", str(script), url]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("RESULT"))
    requests, errors, p50, p95, p99, duration = (float(x) for x in line.split()[1:])
    return {
        "requests": requests,
        "errors": errors,
        "p50_ms": p50,
        "p95_ms": p95,
        "p99_ms": p99,
        "rps": requests / duration,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--enterprises", type=int, default=1_000_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "chainatlas_web_load.db"))
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cache", type=float, default=5.0, help="serve --cache seconds")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk not found: apt-get install wrk")
    settings = Settings.from_env(args.db)
    if not Path(args.db).exists():
        t0 = time.perf_counter()
        build_store(settings, args.enterprises)
        print(f"built the store in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    port = _free_port()
    server = start_server(args.db, port, args.workers, args.cache)
    results: dict[str, dict[str, float]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "report.lua"
            script.write_text(LUA, encoding="utf-8")
            for path in URLS:
                url = f"http://127.0.0.1:{port}{quote(path, safe='/?=&')}"
                assert httpx.get(url, timeout=120).status_code == 200, path
                results[path] = run_wrk(url, args.connections, args.seconds, script)
                r = results[path]
                print(
                    f"{path:45s} p50 {r['p50_ms']:7.1f} ms  p95 {r['p95_ms']:7.1f} ms  "
                    f"p99 {r['p99_ms']:7.1f} ms  {r['rps']:7.0f} req/s  errors {r['errors']:.0f}",
                    flush=True,
                )
    finally:
        server.terminate()
        server.wait(timeout=20)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
