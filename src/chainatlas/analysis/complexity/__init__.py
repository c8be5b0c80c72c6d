"""Economic complexity, relatedness and cluster metrics over region × industry matrices.

Every function here is pure: it takes numpy arrays or scipy sparse matrices (regions in
rows, industries in columns) and returns arrays or frozen result dataclasses. Formulas,
sign conventions, normalisation choices and citations are in each docstring and in
``docs/complexity.md``.
"""

from chainatlas.analysis.complexity.matrix import Panel, RegionIndustryMatrix, build_panel
from chainatlas.analysis.complexity.pipeline import (
    ComplexityOptions,
    ComplexityResult,
    compute_complexity,
    compute_panel_complexity,
)

__all__ = [
    "ComplexityOptions",
    "ComplexityResult",
    "Panel",
    "RegionIndustryMatrix",
    "build_panel",
    "compute_complexity",
    "compute_panel_complexity",
]
