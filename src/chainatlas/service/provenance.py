"""Where a fact comes from, ready to show: the quoted span inside its document's text, or
the formula with its input facts, or the imported file and row."""

from __future__ import annotations

from typing import Any

from chainatlas.errors import NotFound
from chainatlas.model.document import Document
from chainatlas.model.fact import Fact
from chainatlas.model.record import record_of
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import repository

#: Characters of context shown on each side of a quoted span.
CONTEXT = 80


def _span(document: Document, start: int | None, end: int | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "document": document.key,
        "title": document.title,
        "publisher": document.publisher,
        "date": document.date,
    }
    text = document.text or ""
    if start is not None and end is not None and 0 <= start <= end <= len(text):
        out.update(
            before=text[max(0, start - CONTEXT) : start],
            span=text[start:end],
            after=text[end : end + CONTEXT],
            start=start,
            end=end,
        )
    return out


def explain_fact(settings: Settings, key: str) -> dict[str, Any]:
    """The fact, its document span in context (if any) and its input facts (if derived)."""
    store = open_store(settings)
    with store.connect() as conn:
        fact = repository.get(conn, Fact, key)
        p = fact.provenance
        out: dict[str, Any] = {"fact": record_of(fact), "span": None, "inputs": []}
        if p.document is not None:
            out["span"] = _span(repository.get(conn, Document, p.document), p.start, p.end)
        for input_key in p.inputs:
            try:
                out["inputs"].append(record_of(repository.get(conn, Fact, input_key)))
            except NotFound:
                out["inputs"].append({"key": input_key, "missing": True})
    return out
