"""Derive and check the facts in the store: the use case behind ``chainatlas derive``,
``chainatlas check``, the demo, the dashboard and the report.

:func:`run_checks` returns plain JSON-ready data whose shape docs/checks.md documents:
``{"database", "summary", "derived", "checks"}``.
"""

from __future__ import annotations

import math
from typing import Any

from chainatlas.analysis.checks import Check
from chainatlas.analysis.consistency import Review, review_dataset
from chainatlas.analysis.figures import Figure
from chainatlas.analysis.intervals import describe_interval
from chainatlas.model.dataset import COLLECTION_TYPES, Dataset
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import repository

#: The collections the review reads (links, people and the like play no part).
NEEDED = (
    "regions",
    "schemes",
    "nodes",
    "indicators",
    "documents",
    "enterprises",
    "projects",
    "platforms",
    "facts",
    "events",
)


def load_review_data(settings: Settings) -> Dataset:
    """The stored objects a review needs, read in one connection."""
    store = open_store(settings)
    data = Dataset()
    with store.connect() as conn:
        for name in NEEDED:
            getattr(data, name).extend(repository.iter_all(conn, COLLECTION_TYPES[name]))
    return data


def review_store(settings: Settings) -> Review:
    """Derive and check everything in the store (the analysis result, not JSON)."""
    return review_dataset(load_review_data(settings))


def run_checks(settings: Settings) -> dict[str, Any]:
    """Derived facts and check results for the database, as JSON-ready data."""
    review = review_store(settings)
    return review_to_dict(review, settings.database_url)


def run_derivations(settings: Settings) -> dict[str, Any]:
    """Only the derived facts (what ``chainatlas derive`` prints)."""
    review = review_store(settings)
    return {
        "database": settings.database_url,
        "derived": [figure_to_dict(f) for f in review.derived],
        "alternatives": [figure_to_dict(f) for f in review.alternatives],
    }


def review_to_dict(review: Review, database: str | None = None) -> dict[str, Any]:
    counts = review.counts()
    return {
        "database": database,
        "summary": {**counts, "checks": len(review.checks), "derived": len(review.derived)},
        "derived": [figure_to_dict(f) for f in review.derived],
        "alternatives": [figure_to_dict(f) for f in review.alternatives],
        "checks": [check_to_dict(c) for c in review.checks],
    }


def figure_to_dict(figure: Figure) -> dict[str, Any]:
    """A derived fact with its formula, inputs and the interval it allows."""
    f = figure.fact
    return {
        "key": f.key,
        "rule": figure.rule,
        "variant": figure.variant or None,
        "subject_type": f.subject_type.value,
        "subject": f.subject,
        "indicator": f.indicator,
        "measure": f.measure.value,
        "period": str(f.period),
        "scope": f.scope,
        "value": str(f.quantity.value),
        "unit": f.quantity.unit,
        "interval": _interval(figure),
        "interval_text": describe_interval(figure.interval, 2),
        "status": f.status.value,
        "formula": f.provenance.formula,
        "inputs": list(f.provenance.inputs),
        "basis": sorted(figure.basis),
        "note": f.note,
    }


def _interval(figure: Figure) -> dict[str, Any]:
    iv = figure.interval
    return {
        "lo": None if math.isinf(iv.lo) else iv.lo,
        "hi": None if math.isinf(iv.hi) else iv.hi,
        "lo_closed": iv.lo_closed,
        "hi_closed": iv.hi_closed,
    }


def check_to_dict(check: Check) -> dict[str, Any]:
    return {
        "kind": check.kind,
        "verdict": check.verdict.value,
        "detail": check.detail or None,
        "subject": check.subject,
        "facts": list(check.facts),
        "margin": _finite(check.margin),
        "difference": _finite(check.difference),
        "unit": check.unit,
        "zh": check.zh,
        "en": check.en,
    }


def _finite(value: float | None) -> float | None:
    if value is None or math.isinf(value) or math.isnan(value):
        return None
    return round(value, 6)
