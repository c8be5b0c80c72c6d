"""Time derive + check over the bundled Liyang facts replicated for N synthetic counties.

.venv/bin/python benchmarks/checks.py 100 400
"""

from __future__ import annotations

import dataclasses
import sys
import time

from chainatlas.analysis.consistency import review_dataset
from chainatlas.ingest.dataset_reader import read_dataset
from chainatlas.model.dataset import Dataset
from chainatlas.model.fact import Fact
from chainatlas.service.dataset import bundled_dataset_path


def replicate(data: Dataset, copies: int) -> Dataset:
    """``copies`` disjoint copies of the regions, schemes, nodes and facts."""
    big = Dataset(indicators=data.indicators, documents=data.documents)
    for i in range(copies):
        sfx = f"-{i}"
        keys = {r.key: r.key + sfx for r in data.regions}
        big.regions += [
            dataclasses.replace(
                r, key=keys[r.key], parent=keys.get(r.parent or ""), predecessor=None
            )
            for r in data.regions
        ]
        big.schemes += [
            dataclasses.replace(s, key=s.key + sfx, region=keys.get(s.region or ""))
            for s in data.schemes
        ]
        big.nodes += [dataclasses.replace(n, scheme=n.scheme + sfx) for n in data.nodes]
        big.facts += [_moved(f, sfx, keys) for f in data.facts]
    return big


def _moved(fact: Fact, sfx: str, keys: dict[str, str]) -> Fact:
    kind = fact.subject_type.value
    if kind == "region":
        subject = keys[fact.subject]
    elif kind == "node":
        scheme, node = fact.subject.split("/", 1)
        subject = f"{scheme}{sfx}/{node}"
    else:
        subject = fact.subject + sfx
    return dataclasses.replace(fact, key=fact.key + sfx, subject=subject)


def main(sizes: list[int]) -> None:
    data = read_dataset(bundled_dataset_path("liyang"))
    for n in sizes:
        big = replicate(data, n)
        began = time.perf_counter()
        review = review_dataset(big)
        took = time.perf_counter() - began
        print(
            f"{n} copies, {len(big.facts)} facts: {len(review.derived)} derived, "
            f"{len(review.checks)} checks in {took:.2f} s"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1, 100, 400])
