"""Demo benchmark: ``chainatlas demo --no-serve`` on a fresh SQLite file, as a user runs it.

Run:  .venv/bin/python benchmarks/demo.py --runs 5

Each run starts a new process (interpreter start-up and imports included), creates the
database, imports the bundled Liyang dataset and prints the overview; a second run on the
same file measures the overview alone.  The target is under 5 s per fresh run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def time_demo(db: Path) -> float:
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "chainatlas", "demo", "--db", str(db), "--no-serve"],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    fresh, again = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            db = Path(tmp) / f"demo{i}.db"
            fresh.append(time_demo(db))
            again.append(time_demo(db))
    print(f"fresh database: median {statistics.median(fresh):.2f} s, max {max(fresh):.2f} s")
    print(f"already loaded: median {statistics.median(again):.2f} s, max {max(again):.2f} s")


if __name__ == "__main__":
    main()
