"""Build hook: compile the extraction pipeline to C with mypyc where a compiler is present.

The extractor is the one part of Chain Atlas whose speed is per character of input, and
its components are plain typed Python; mypyc turns them into a C extension without a
second source to keep in step. Where no C compiler or Python headers are found, or
``CHAINATLAS_PURE_PYTHON=1`` is set, the same modules install as Python and behave the same.
The sources compiled and their SHA-256 are written to ``extract/native.json`` so that a
build older than its sources is noticed (``tasks.py`` rebuilds, a test fails).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sysconfig
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
EXTRACT = ROOT / "src" / "chainatlas" / "extract"
STAMP = EXTRACT / "native.json"
#: Everything the pipeline runs per document; loaders and scoring stay Python.
COMPILED = (
    "doc", "offsets", "numerals", "wrap_cuts", "normalise", "sentences", "tables", "grid_tables", "goal_tables", "account_tables", "segment_tables", "units", "numeral_places", "quantities",
    "qualifiers", "measures", "anchors", "cues", "periods", "period_rules", "period_words", "standing", "event_dates", "reviews", "yearly_runs", "ceremony", "phrases",
    "wares", "cards", "item_plans", "verbs", "meeting_names", "generic_heads", "names", "sites", "abbreviations", "phased", "enumerations", "people", "publishers", "labels", "firm_words", "autonomous", "places", "towns", "inner_parks", "own_parks", "scenic", "delegations", "heading_projects", "programmes", "organisations",
    "happening", "anaphora", "unnamed_actors", "figure_context", "openings", "count_changes", "count_names", "breakdowns", "rank_names", "growth_names", "bare_figures", "multiples", "numerators", "label_lines", "indicators", "filed_names", "industry_parts",
    "respective", "signings", "heads", "fairs", "awards", "topic", "speakers", "wholes", "structures", "eligible", "chain_map", "retold", "sections", "sectors", "segments", "subjects", "actors", "events", "results",
    "pipeline", "lexicon/__init__",
)  # fmt: skip


def _compiler_ready() -> bool:
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    return shutil.which(compiler) is not None and headers.exists()


def _ext_modules() -> list[object]:
    STAMP.unlink(missing_ok=True)
    if os.environ.get("CHAINATLAS_PURE_PYTHON") == "1" or not _compiler_ready():
        print("chainatlas: installing the extraction pipeline as pure Python")
        return []
    from mypyc.build import mypycify

    sources = [EXTRACT / f"{name}.py" for name in COMPILED]
    modules = mypycify(
        [str(p.relative_to(ROOT)) for p in sources],
        opt_level="3",
        debug_level="0",
        group_name="chainatlas_extract",
    )
    digests = {
        p.relative_to(EXTRACT).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sources
    }
    STAMP.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return list(modules)


setup(ext_modules=_ext_modules())
