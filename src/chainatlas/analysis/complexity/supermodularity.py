"""How well ECI and PCI rank a matrix: the share of pairs meeting log-supermodularity."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from chainatlas.analysis.complexity.matrix import FloatArray, Matrix, to_dense
from chainatlas.errors import InvalidValue


@dataclass(frozen=True)
class SupermodularityResult:
    """``share`` of compared pairs meeting the condition, over ``pairs`` pairs."""

    share: float
    pairs: int
    regions_sampled: int
    industries_sampled: int
    seed: int


def check_log_supermodularity(
    values: Matrix,
    eci: FloatArray,
    pci: FloatArray,
    *,
    samples: int = 10_000,
    seed: int = 0,
) -> SupermodularityResult:
    """Share of pairs with ``M[c', p'] M[c, p] > M[c', p] M[c, p']``.

    For every pair of regions with ``ECI[c'] > ECI[c]`` and industries with
    ``PCI[p'] > PCI[p]``: the condition ``M[c',p'] / M[c',p] > M[c,p'] / M[c,p]``, written
    with products so that zeros need no special case. A matrix (RCA, RPOP) is
    log-supermodular in the ranking when all pairs meet it; the Growth Lab treats a share
    below 80 % as a warning (Schetter, Diodato, Protzer, Neffke & Hausmann 2024, "A
    structural ranking of economic complexity"; ``ecomplexity``'s check).

    When the matrix has more than ``samples`` cells, a proportional share of regions and
    industries is drawn with ``numpy.random.default_rng(seed)``: the same input and seed
    give the same answer. ``ecomplexity`` 0.5.3 draws from numpy's global, unseeded
    generator, so its answer changes from run to run.
    """
    if eci.shape != (values.shape[0],) or pci.shape != (values.shape[1],):
        raise InvalidValue("eci and pci must match the matrix rows and columns")
    rows, cols = _sample(values.shape, samples, seed)
    sub = to_dense(values[rows][:, cols])
    sub = sub[np.argsort(-eci[rows], kind="stable")][:, np.argsort(-pci[cols], kind="stable")]
    met, total = 0, 0
    upper = np.triu(np.ones((sub.shape[1], sub.shape[1]), dtype=bool), k=1)
    for i in range(sub.shape[0] - 1):
        high = sub[i]
        for low in sub[i + 1 :]:
            cross = np.outer(high, low)  # cross[p', p] = M[c', p'] M[c, p]
            met += int((cross > cross.T)[upper].sum())
            total += int(upper.sum())
    share = met / total if total else 0.0
    return SupermodularityResult(share, total, len(rows), len(cols), seed)


def _sample(shape: tuple[int, int], samples: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    n_rows, n_cols = shape
    cells = n_rows * n_cols
    if cells <= samples:
        return np.arange(n_rows), np.arange(n_cols)
    fraction = np.sqrt(samples / cells)
    rng = np.random.default_rng(seed)
    rows = rng.choice(n_rows, size=max(2, int(n_rows * fraction)), replace=False)
    cols = rng.choice(n_cols, size=max(2, int(n_cols * fraction)), replace=False)
    return np.sort(rows), np.sort(cols)
