"""Chain benchmark: import N synthetic enterprises from a vendor-style CSV, link them, map a county.

Run:  .venv/bin/python benchmarks/chains.py --rows 1000000

Steps, each timed on a fresh SQLite file:
1. ``regions import`` of the 民政部 list (../shared/data/regions/mca_codes_2024.txt) and the
   power-battery ontology;
2. ``import-enterprises``: parse the CSV (Chinese headers), place every row from its address
   among 3,213 regions, insert in one transaction;
3. ``link``: 挂链 of every stored enterprise (reported as enterprises per second);
4. ``chain-map`` + diagnosis for 溧阳市 (320481), the median of repeated runs.

After each step the peak resident memory of the process so far is printed (it only
grows, so the figure after the import is the import's peak), and the load average at the
start and the end (the build machine is shared).

Rows are synthetic: a county drawn uniformly from the 2,846 counties, an address spelled
out from province, city and county, products and a business scope mixing chain keywords
with unrelated ones, a GB/T 4754 code, capital, and sometimes a tag.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

from chainatlas.ingest.division_codes import read_division_codes
from chainatlas.service import chains
from chainatlas.service.dataset import bundled_dataset_path, import_dataset
from chainatlas.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
DIVISIONS = SHARED / "data" / "regions" / "mca_codes_2024.txt"
CHAIN_WORDS = ["锂离子电池", "正极材料", "负极材料", "锂电池隔膜", "电解液", "锂电铜箔", "电池结构件",
               "锂电设备", "电池模组", "电池管理系统", "新能源汽车", "储能系统", "充电桩", "电池回收"]  # fmt: skip
OTHER_WORDS = ["服装", "食品", "家具", "水泥", "钢材", "软件开发", "物流", "餐饮", "塑料制品", "电线电缆",
               "五金", "医疗器械", "印刷", "纸制品"]  # fmt: skip
CODES = ["C3841", "C3985", "C2921", "C3599", "C3612", "C1810", "C3311", "C3831", "I6513", "F5267"]
TAGS = ["", "", "", "", "高新技术企业", "专精特新小巨人", "龙头", "上市"]


def write_csv(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    regions = {r.key: r for r in read_division_codes(DIVISIONS)}
    counties = [r for r in regions.values() if r.level.value == "county"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["企业名称", "统一社会信用代码", "注册地址", "国标行业", "主营产品", "经营范围",
                      "注册资本（万元）", "成立日期", "标签"])  # fmt: skip
        for i in range(rows):
            county = counties[rng.randrange(len(counties))]
            chain = [county.name]
            parent = county.parent
            while parent in regions:
                chain.append(regions[parent].name)
                parent = regions[parent].parent
            address = "".join(dict.fromkeys(reversed(chain))) + f"创业路{i % 500}号"
            words = rng.sample(CHAIN_WORDS, 1) + rng.sample(OTHER_WORDS, 2)
            product = words[0] if rng.random() < 0.3 else words[1]
            scope = "；".join(f"{w}的研发、生产、销售" for w in words) + "；技术服务、技术开发"
            out.writerow([f"测试{county.name}企业{i}有限公司", f"91{i:016d}", address,
                          rng.choice(CODES), product, scope, rng.choice(["500", "3000", "12000"]),
                          f"20{rng.randrange(0, 24):02d}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 9)}",
                          rng.choice(TAGS)])  # fmt: skip


def timed(label: str, func, *args):  # type: ignore[no-untyped-def]
    start, cpu = time.perf_counter(), time.process_time()
    result = func(*args)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label}: {seconds:.1f} s (CPU {cpu:.1f} s); peak RSS so far {peak_mb():,.0f} MB")
    return result, seconds


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print(f"load average (1, 5, 15 min): {load()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = Settings.from_env(str(folder / "bench.db"))
        table = folder / "enterprises.csv"
        timed(f"write {args.rows:,} rows", write_csv, table, args.rows)
        chains.import_regions(settings, DIVISIONS)
        import_dataset(settings, bundled_dataset_path("liyang") / "chain_power_battery.yaml")
        report, seconds = timed("import-enterprises", chains.import_enterprises, settings, table)
        print(f"  {report.imported / seconds:,.0f} enterprises/s; placed {report.placed}")
        counts, seconds = timed("link", chains.link_all, settings, "power-battery")
        print(f"  {counts['enterprises'] / seconds:,.0f} enterprises/s; {counts}")
        runs = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = chains.build_region_chain(settings, "320481", "power-battery")
            runs.append(time.perf_counter() - start)
        members = sum(len(v.members) for v in result.chain_map.nodes)
        print(f"chain-map + diagnosis 320481: median {statistics.median(runs) * 1000:.0f} ms, "
              f"min {min(runs) * 1000:.0f} ms ({members} memberships, {len(result.diagnosis.actions)} actions)")  # fmt: skip
    print(f"load average at the end: {load()}")


if __name__ == "__main__":
    main()
