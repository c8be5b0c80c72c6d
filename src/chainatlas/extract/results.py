"""A finished Doc as plain results and as review-queue candidates.

Spans are offsets into the *original* text; each result names the component (and
version) that made it, and carries a confidence. A candidate's fingerprint is a hash of
document, kind, span and payload (see ``store.candidates``), so re-extracting proposes nothing new.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from chainatlas.extract.doc import Doc
from chainatlas.model.candidate import Candidate, CandidateKind


def _plain(value: Decimal) -> str:
    """A value as a reader writes it (12600, not 1.26E+4, which ``str`` gives a value scaled
    from 1.26万)."""
    return format(value, "f")


def fact_results(doc: Doc) -> list[dict[str, Any]]:
    out = []
    component = doc.made_by.get("subjects", doc.made_by.get("quantities", "quantities@1"))
    for q in doc.facts():
        start, end = doc.original_span(q.start, q.end)
        out.append({
            "quote": doc.original[start:end], "start": start, "end": end,
            "value": _plain(q.value), "value_max": None if q.value_max is None else _plain(q.value_max),
            "unit": q.unit, "measure": q.measure, "qualifier": q.qualifier, "period": q.period,
            "subject": q.subject, "subject_type": q.subject_type, "indicator": q.indicator, "rank_of": q.rank_of,
            "component": component, "confidence": round(max(0.1, q.confidence), 2),
        })  # fmt: skip
    return out


#: What the gold format calls an entity: a project is told apart (a plant being built is
#: no organisation), and proposed for review as the project it is.
ENTITY_TYPES = frozenset(
    {"company", "platform", "government", "institution", "park", "person", "programme"}
)


def entity_results(doc: Doc, projects: bool = False) -> list[dict[str, Any]]:
    """The named organisations, parks, people and programmes of ``doc``; with ``projects``,
    the named projects instead."""
    out = []
    for e in doc.entities:
        kind = e["type"]  # a plant built or being built (…储能电站, …项目) is a project
        if (kind == "project") != projects or (not projects and kind not in ENTITY_TYPES):
            continue
        start, end = doc.original_span(e["start"], e["end"])
        out.append({"name": e["name"], "type": kind, "aliases": e["aliases"],
                    "quote": doc.original[start:end], "start": start, "end": end,
                    "component": doc.made_by.get("mentions", "organisations@1"),
                    "confidence": 0.7})  # fmt: skip
    return out


def event_results(doc: Doc) -> list[dict[str, Any]]:
    out = []
    for ev in doc.events:
        start, end = doc.original_span(ev["start"], ev["end"])
        out.append({"date": ev["date"], "actors": ev["actors"], "summary": ev["summary"],
                    "quote": doc.original[start:end], "start": start, "end": end,
                    "component": doc.made_by.get("events", "events@1"), "confidence": 0.6})  # fmt: skip
    return out


def results_of(doc: Doc) -> dict[str, Any]:
    """Facts, entities and events of ``doc`` as JSON-ready dicts."""
    return {"doc": doc.name, "facts": fact_results(doc), "entities": entity_results(doc),
            "projects": entity_results(doc, projects=True),
            "events": event_results(doc)}  # fmt: skip


_SPAN_FIELDS = {"quote", "start", "end", "component", "confidence"}


def candidates_of(doc: Doc, document: str | None = None) -> list[Candidate]:
    """Every result of ``doc`` as a proposed :class:`Candidate` for the review queue."""
    key = document or doc.name
    out = []
    results = results_of(doc)
    for kind, rows in (
        (CandidateKind.FACT, results["facts"]),
        (CandidateKind.ENTITY, results["entities"] + results["projects"]),
        (CandidateKind.EVENT, results["events"]),
    ):
        for row in rows:
            payload = {k: v for k, v in row.items() if k not in _SPAN_FIELDS}
            out.append(Candidate(kind=kind, document=key, start=row["start"], end=row["end"],
                                 quote=row["quote"], component=row["component"],
                                 confidence=row["confidence"], payload=payload))  # fmt: skip
    return out
