"""Import benchmark: N enterprise rows from one CSV into a fresh SQLite file.

Run:  .venv/bin/python benchmarks/import_enterprises.py --rows 1000000

Prints wall time, rows per second and the peak resident memory of the process.  The rows
are synthetic but shaped like a vendor export: Chinese names, addresses, GB/T 4754 codes,
tags, registered capital, and a region reference for every row.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import tempfile
import time
from pathlib import Path

from chainatlas.service.dataset import import_dataset
from chainatlas.settings import Settings

REGIONS = [("CN", "中国", "country", ""), ("320000", "江苏省", "province", "CN")] + [
    (f"3204{i:02d}", f"测试县{i}", "county", "320000") for i in range(1, 40)
]
CODES = ["C3841", "C3985", "C2613", "C3824", "C3131", "C3562", "C3899", "C2665"]
WORDS = "时代新能源科技材料电池储能智能装备电子精密动力电气华东江南天目湖锦程卓越海纳"


def write_inputs(folder: Path, rows: int) -> None:
    rng = random.Random(7)
    with (folder / "regions.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["key", "name", "level", "parent"])
        w.writerows(REGIONS)
    counties = [r[0] for r in REGIONS[2:]]
    with (folder / "enterprises.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["key", "name", "region", "industry_code", "address", "capital_wan", "tags"])
        for i in range(rows):
            word = "".join(rng.choice(WORDS) for _ in range(4))
            w.writerow(
                [
                    f"e{i:07d}",
                    f"江苏{word}{i}有限公司",
                    rng.choice(counties),
                    rng.choice(CODES),
                    f"江苏省常州市{word}路{i % 999}号",
                    f"{rng.randint(10, 500000)}.{rng.randint(0, 9)}",
                    "专精特新" if i % 50 == 0 else "",
                ]
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        write_inputs(folder, args.rows)
        size = (folder / "enterprises.csv").stat().st_size
        settings = Settings(database_url=f"sqlite:///{Path(tmp) / 'bench.db'}")
        start = time.perf_counter()
        counts = import_dataset(settings, folder)
        elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert counts["enterprises"] == args.rows
    print(
        f"rows {args.rows:,}  csv {size / 1e6:.0f} MB  time {elapsed:.1f} s  "
        f"{args.rows / elapsed:,.0f} rows/s  peak RSS {peak_mb:,.0f} MB"
    )


if __name__ == "__main__":
    main()
