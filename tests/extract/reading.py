"""What the standard pipeline reads of a text, by quote: the one place the rule tests ask
it, so that each test says only what it reads and what it expects."""

from __future__ import annotations

from typing import Any

from chainatlas.extract import build_pipeline

PIPELINE = build_pipeline()


def read(text: str, *fields: str) -> dict[str, Any]:
    """quote -> the figure's field (or a tuple of the ``fields``) for every fact of ``text``."""
    doc = PIPELINE("t", text)
    if len(fields) == 1:
        return {doc.text[q.start : q.end]: getattr(q, fields[0]) for q in doc.facts()}
    return {doc.text[q.start : q.end]: tuple(getattr(q, f) for f in fields) for q in doc.facts()}
