"""End-to-end extraction throughput and memory, against ``jieba.cut`` on the same text.

    .venv/bin/python benchmarks/extraction.py [--mb 5]

Builds a corpus of ``--mb`` megabytes (UTF-8) of county industry news and bulletins from
the seed articles (when ``../shared`` is present) and the test fixtures, one document per
file, shuffling paragraphs so that documents differ. Then, in one run and one process:
extraction end to end (read file, decode, all pipeline components, results with original
spans) over the folder, and ``jieba.cut`` (default mode, dictionary loaded beforehand) over
the same texts. Throughput is per CPU second of this process (``time.process_time``), which
is what "per core" means and which does not move when other work shares the machine; wall
time is printed too. Peak RSS is measured in child processes at the full and at half the corpus
size, to show that memory does not grow with the corpus.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    ROOT.parent / "shared" / "seeds" / "000_290be047a79cdf4b.txt",
    ROOT.parent / "shared" / "seeds" / "004_4a7acfd05b6d7133.txt",
    ROOT / "tests" / "extract" / "fixtures" / "yibin_battery.txt",
    ROOT / "tests" / "extract" / "fixtures" / "county_bulletin.txt",
]


def build_corpus(folder: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    """Write documents until ``megabytes`` of UTF-8; returns (documents, characters)."""
    rng = random.Random(seed)
    paragraphs = []
    for path in SOURCES:
        if path.exists():
            paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    target = int(megabytes * 1_000_000)
    written = chars = docs = 0
    while written < target:
        body = "\n".join(rng.sample(paragraphs, min(40, len(paragraphs))))
        (folder / f"doc{docs:05d}.txt").write_text(body, encoding="utf-8")
        written += len(body.encode("utf-8"))
        chars += len(body)
        docs += 1
    return docs, chars


def run_extraction(folder: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, facts); lexicons and automata are built beforehand,
    as jieba's dictionary is."""
    from chainatlas.extract import build_pipeline
    from chainatlas.service.extraction import extract_documents

    pipeline = build_pipeline()
    pipeline("warm-up", "2022年，溧阳实现地区生产总值1000亿元。")
    start, cpu = time.perf_counter(), time.process_time()
    facts = sum(len(r["facts"]) for r in extract_documents([folder], pipeline=pipeline))
    return time.perf_counter() - start, time.process_time() - cpu, facts


def run_jieba(folder: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of ``jieba.cut`` over the same texts, read beforehand."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        for _word in jieba.cut(text):
            pass
    return time.perf_counter() - start, time.process_time() - cpu


def peak_rss_mb(megabytes: float) -> float:
    """Peak RSS of a child that builds and extracts a corpus of ``megabytes``."""
    code = (
        "import sys, tempfile, resource; from pathlib import Path; "
        f"sys.path.insert(0, {str(Path(__file__).parent)!r}); import extraction as b; "
        f"d = Path(tempfile.mkdtemp()); b.build_corpus(d, {megabytes:f}); b.run_extraction(d); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def pipeline_build() -> str:
    """Whether the pipeline runs compiled (mypyc, see setup.py) or as Python."""
    import chainatlas.extract.subjects as module

    compiled = not str(module.__file__).endswith(".py")
    return "compiled with mypyc" if compiled else "pure Python (no C compiler at install)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in megabytes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docs, chars = build_corpus(folder, args.mb)
        ours, ours_cpu, facts = run_extraction(folder)
        theirs, theirs_cpu = run_jieba(folder)
    print(f"corpus: {docs} documents, {chars:,} characters, {args.mb} MB")
    print(f"pipeline: {pipeline_build()}")
    print(f"extraction: {ours:.2f} s wall, {ours_cpu:.2f} s CPU, "
          f"{chars / ours_cpu:,.0f} chars per CPU second, {facts} facts")  # fmt: skip
    print(f"jieba.cut:  {theirs:.2f} s wall, {theirs_cpu:.2f} s CPU, "
          f"{chars / theirs_cpu:,.0f} chars per CPU second")  # fmt: skip
    print(f"ratio: {theirs_cpu / ours_cpu:.1f}x jieba's throughput per core (CPU time; "
          f"{theirs / ours:.1f}x by wall time), one process")  # fmt: skip
    for size in (args.mb / 2, args.mb):
        print(f"peak RSS extracting {size} MB: {peak_rss_mb(size):.0f} MB")
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
