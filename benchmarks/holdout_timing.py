"""Extraction time on the holdout documents, in process, best of a few passes.

    .venv/bin/python benchmarks/holdout_timing.py [--passes 3] [--through 60]

The holdout sets (``tests/extract/fixtures/holdout*/``) are denser in the genre's hard cases
than the benchmark corpus of ``extraction.py``, so they show what new rules cost where they
fire. Comparing two versions of the extractor in one venv: put the other checkout's sources
first on the path (``PYTHONPATH=../other/src``), which runs them as Python whatever this
checkout has compiled; the line ``pipeline:`` says which ran.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extraction import pipeline_build  # the benchmark next to this one

from chainatlas.extract import build_pipeline
from chainatlas.extract.results import results_of

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "extract" / "fixtures"


def _within(path: Path, through: int) -> bool:
    """Whether ``path`` lies in a set numbered ``through`` or below (holdout/ is set 1)."""
    number = path.parent.name.removeprefix("holdout") or "1"
    return not through or int(number) <= through


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3, help="passes; the best is kept")
    parser.add_argument(
        "--through", type=int, default=0, help="only sets 1..N (the sets an older version knew)"
    )
    args = parser.parse_args()
    paths = [p for p in sorted(FIXTURES.glob("holdout*/*.txt")) if _within(p, args.through)]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    chars = sum(map(len, texts))
    pipe = build_pipeline()
    best = float("inf")
    for _ in range(args.passes):
        started = time.process_time()
        for i, text in enumerate(texts):
            results_of(pipe(f"d{i}", text))
        best = min(best, time.process_time() - started)
    print(f"pipeline: {pipeline_build()}")
    print(f"{len(texts)} documents, {chars:,} characters")
    print(f"best of {args.passes}: {best:.2f} s CPU, {chars / best:,.0f} chars per CPU second")


if __name__ == "__main__":
    main()
