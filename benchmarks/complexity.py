"""Complexity benchmarks: against ``ecomplexity`` on the same data, and at national scale.

    .venv/bin/python benchmarks/complexity.py reference   # ratio vs ecomplexity 0.5.3
    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/complexity.py reference  # one core
    .venv/bin/python benchmarks/complexity.py national    # 2,846 × 1,381 × 10 years

Results and the machine they ran on go in benchmarks/README.md ("Complexity").
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

from chainatlas.analysis.complexity import (
    ComplexityOptions,
    build_panel,
    compute_complexity,
    compute_panel_complexity,
)
from chainatlas.analysis.complexity.concentration import (
    compute_localisation,
    compute_specialisation,
)
from chainatlas.analysis.complexity.matrix import aggregate_industries
from chainatlas.analysis.complexity.opportunities import STRATEGIES, rank_opportunities
from chainatlas.analysis.complexity.peers import compare_regions, find_peers
from chainatlas.analysis.complexity.proximity import compute_cooccurrence
from chainatlas.analysis.complexity.relatedness import compute_relatedness
from chainatlas.analysis.complexity.strong_cluster import compute_cluster_strength
from chainatlas.analysis.complexity.supermodularity import check_log_supermodularity

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "complexity"


def best_of(func: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` runs after one warm-up."""
    func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def compare_with_reference(frame, cols: dict[str, str], options: dict, repeat: int) -> tuple:
    """Seconds for ecomplexity, for us from the same DataFrame, and for us from the matrix.

    ``ecomplexity`` always starts from a DataFrame; "ours end to end" includes turning its
    columns into a panel (label factorisation, sparse assembly), "ours compute" starts from
    the built matrix.
    """
    from ecomplexity import ecomplexity

    ours_options = ComplexityOptions(**options.get("ours", {}))

    def theirs() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ecomplexity(
                frame, cols, verbose=False, check_logsupermodularity=False, **options["theirs"]
            )

    def build():
        return build_panel(
            frame[cols["loc"]].to_numpy(str),
            frame[cols["prod"]].to_numpy(str),
            frame[cols["val"]].to_numpy(float),
        ).matrix(None)

    matrix = build()
    return (
        best_of(theirs, repeat),
        best_of(lambda: compute_complexity(build(), ours_options), repeat),
        best_of(lambda: compute_complexity(matrix, ours_options), repeat),
    )


def synthetic_frame(regions: int, industries: int, seed: int = 0):
    import pandas as pd

    rows, cols, values = synthetic_cells(regions, industries, np.random.default_rng(seed))
    return pd.DataFrame(
        {"year": 2020, "loc": rows.astype(str), "prod": cols.astype(str), "val": values}
    )


def run_reference(repeat: int) -> None:
    import pandas as pd

    print("same data, same run: ecomplexity 0.5.3 vs chainatlas (median of", repeat, "runs)")
    cases = [
        ("oec_global_exports_sections.csv", "Country ID"),
        ("oec_subnational_exports_sections.csv", "Subnat Geography ID"),
    ]
    variants = {
        "default": {"theirs": {}, "ours": {}},
        "continuous": {"theirs": {"continuous": True}, "ours": {"proximity": "continuous"}},
    }
    for name, region in cases:
        frame = pd.read_csv(SHARED / name)
        frame["year"] = 2020
        cols = {"time": "year", "loc": region, "prod": "Section ID", "val": "Trade Value"}
        for label, options in variants.items():
            report(f"{name} [{label}]", *compare_with_reference(frame, cols, options, repeat))
    for regions, industries, runs in ((500, 300, max(1, repeat // 10)), (2846, 1381, 1)):
        frame = synthetic_frame(regions, industries)
        cols = {"time": "year", "loc": "loc", "prod": "prod", "val": "val"}
        times = compare_with_reference(frame, cols, variants["default"], runs)
        report(f"synthetic {regions}x{industries} ({len(frame):,} cells)", *times)


def report(label: str, theirs: float, end_to_end: float, compute: float) -> None:
    print(f"  {label}: ecomplexity {theirs * 1e3:.2f} ms; ours end to end "
          f"{end_to_end * 1e3:.2f} ms ({theirs / end_to_end:.1f}x), compute "
          f"{compute * 1e3:.2f} ms ({theirs / compute:.1f}x)")  # fmt: skip


def synthetic_cells(regions: int, industries: int, rng: np.random.Generator) -> tuple:
    """A nested region × industry pattern with heavy-tailed values.

    Region capability and industry requirement are normal; a region is active in an
    industry with probability ``sigmoid(2 (capability − requirement) − 2)``, which gives
    a nested, realistic-looking matrix with roughly a quarter of cells non-zero; values are
    log-normal, scaled by region size.
    """
    capability = rng.normal(size=regions)
    requirement = rng.normal(size=industries)
    logits = 2.0 * (capability[:, None] - requirement[None, :]) - 2.0
    active = rng.random((regions, industries)) < 1.0 / (1.0 + np.exp(-logits))
    size = rng.lognormal(0.0, 1.0, size=regions)
    rows, cols = np.nonzero(active)
    values = np.round(size[rows] * rng.lognormal(2.0, 1.5, size=len(rows)), 2) + 0.01
    return rows, cols, values


def national_records(years: int, seed: int = 0) -> tuple:
    """Long-form records (year, county code, GB/T class code, value) for ``years`` years."""
    rng = np.random.default_rng(seed)
    counties = np.array([f"{110101 + i:06d}" for i in range(2846)])
    classes = np.array([f"C{1000 + j:04d}" for j in range(1381)])
    parts = [synthetic_cells(2846, 1381, rng) for _ in range(years)]
    year = np.concatenate([np.full(len(p[0]), str(2015 + k)) for k, p in enumerate(parts)])
    region = np.concatenate([counties[p[0]] for p in parts])
    industry = np.concatenate([classes[p[1]] for p in parts])
    value = np.concatenate([p[2] for p in parts])
    return year, region, industry, value


def run_suite(panel, county: str) -> None:
    """Everything the package computes, for every year."""
    results = compute_panel_complexity(panel, ComplexityOptions())
    clusters = {code: code[:3] for code in panel.industries}  # 大类-like groups
    for matrix in panel.matrices():
        result = results[matrix.year]
        compute_specialisation(matrix.values)
        compute_localisation(matrix.values)
        compute_cluster_strength(aggregate_industries(matrix, clusters).values)
        cooc = compute_cooccurrence(result.mcp)
        for method in ("probability", "association", "cosine", "jaccard"):
            compute_relatedness(cooc, method)
        for strategy in STRATEGIES:
            rank_opportunities(result, county, strategy)
        peers = find_peers(result, county)
        compare_regions(result, [county, *(p.region for p in peers.items)])
        check_log_supermodularity(result.rca, result.eci, result.pci, samples=2000)


def run_national(years: int) -> None:
    start = time.perf_counter()
    year, region, industry, value = national_records(years)
    print(f"generated {len(value):,} records in {time.perf_counter() - start:.1f} s "
          f"({len(value) / (2846 * 1381 * years):.1%} of cells non-zero)")  # fmt: skip
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    built, built_cpu, panel = timed(lambda: build_panel(region, industry, value, year))
    core, core_cpu, _ = timed(lambda: compute_panel_complexity(panel, ComplexityOptions()))
    suite, suite_cpu, _ = timed(lambda: run_suite(panel, panel.regions[1000]))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    shape = f"{len(panel.regions)} x {len(panel.industries)} x {len(panel.years)}"
    print(f"build panel ({shape}): {built:.2f} s wall, {built_cpu:.2f} s CPU")
    print(f"complexity core (RCA … COI/COG), all years: {core:.2f} s wall, {core_cpu:.2f} s CPU")
    print(f"whole suite (core + concentration, clusters, relatedness x4, opportunities x3, "
          f"peers, supermodularity), all years: {suite:.2f} s wall, {suite_cpu:.2f} s CPU")  # fmt: skip
    print(f"build + whole suite: {built + suite:.2f} s wall")
    print(f"peak RSS {peak:.0f} MiB (after generating the records: {base:.0f} MiB)")
    print(f"load average while running: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


def timed(func: Callable[[], object]) -> tuple[float, float, object]:
    """Wall seconds, CPU seconds (all threads of this process) and the result."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = func()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["reference", "national"])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args(argv)
    if args.what == "reference":
        run_reference(args.repeat)
    else:
        run_national(args.years)


if __name__ == "__main__":
    sys.exit(main())
