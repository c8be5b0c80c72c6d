"""Use cases of the review queue: list, accept, edit, reject.

Accepting a fact candidate stores a Fact with its provenance, an entity candidate makes the
organisation (or adds aliases to a known one), an event candidate an Event with its span
(see :mod:`chainatlas.service.candidate_results`).  Only a *proposed* candidate may be
accepted or rejected; who did it and when are recorded on the candidate (and on the fact).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from chainatlas.errors import Conflict, InvalidValue, NotFound
from chainatlas.model.candidate import Candidate, CandidateKind
from chainatlas.model.document import Document
from chainatlas.model.enterprise import ReviewStatus
from chainatlas.service import candidate_results as results
from chainatlas.service import checks
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import candidates as queue
from chainatlas.store import repository

EDITABLE = ("subject", "subject_type", "indicator", "measure", "value", "value_max", "unit",
            "qualifier", "period", "rank_of", "name", "type", "date", "actors", "summary",
            "aliases", "link_to")  # fmt: skip
#: Characters of the document shown on each side of a candidate's span.
CONTEXT = 60


def as_record(c: Candidate) -> dict[str, Any]:
    record = asdict(c)
    record["kind"], record["status"] = str(c.kind), str(c.status)
    return record


def list_queue(
    settings: Settings, *, status: str | None = "proposed", kind: str | None = None,
    document: str | None = None, limit: int | None = 50, offset: int = 0,
) -> list[dict[str, Any]]:  # fmt: skip
    with open_store(settings).connect() as conn:
        rows = queue.list_candidates(conn, status=status, kind=kind, document=document,
                                     limit=limit, offset=offset)  # fmt: skip
    return [as_record(c) for c in rows]


def list_in_context(
    settings: Settings, *, status: str | None = "proposed", kind: str | None = None,
    document: str | None = None, limit: int = 50, offset: int = 0,
) -> list[dict[str, Any]]:  # fmt: skip
    """Like :func:`list_queue`, each record with ``context`` (its span inside its document)."""
    with open_store(settings).connect() as conn:
        rows = queue.list_candidates(conn, status=status, kind=kind, document=document,
                                     limit=limit, offset=offset)  # fmt: skip
        texts = _document_texts(conn, {c.document for c in rows})
    return [as_record(c) | {"context": _context(c, texts.get(c.document))} for c in rows]


def show(settings: Settings, candidate_id: int) -> dict[str, Any]:
    """One candidate with its span in context."""
    with open_store(settings).connect() as conn:
        c = queue.get_candidate(conn, candidate_id)
        texts = _document_texts(conn, {c.document})
    return as_record(c) | {"context": _context(c, texts.get(c.document))}


def _document_texts(conn: Connection, keys: set[str]) -> dict[str, tuple[str, str]]:
    out = {}
    for key in keys:
        try:
            doc = repository.get(conn, Document, key)
        except NotFound:
            continue
        out[key] = (doc.title, doc.text or "")
    return out


def _context(c: Candidate, doc: tuple[str, str] | None) -> dict[str, Any]:
    """Text before, inside and after the span (the quote alone when the text is unknown)."""
    title, text = doc or (None, "")
    if not (0 <= c.start <= c.end <= len(text)):
        return {"title": title, "before": "", "span": c.quote, "after": "", "clipped": [0, 0]}
    return {
        "title": title,
        "before": text[max(0, c.start - CONTEXT) : c.start],
        "span": text[c.start : c.end],
        "after": text[c.end : c.end + CONTEXT],
        "clipped": [int(c.start > CONTEXT), int(c.end + CONTEXT < len(text))],
    }


def _now(now: str | None) -> str:
    return now or datetime.now(UTC).isoformat(timespec="seconds")


def _proposed(conn: Connection, candidate_id: int, doing: str) -> Candidate:
    queue.lock_candidate(conn, candidate_id)
    c = queue.get_candidate(conn, candidate_id)
    if c.status is not ReviewStatus.PROPOSED:
        raise Conflict(f"candidate {candidate_id} is already {c.status}; cannot {doing} it")
    return c


def reject(
    settings: Settings, candidate_id: int, reviewer: str, now: str | None = None
) -> dict[str, Any]:
    with open_store(settings).transaction() as conn:
        _proposed(conn, candidate_id, "reject")
        c = queue.review(conn, candidate_id, status=ReviewStatus.REJECTED, reviewer=reviewer,
                         reviewed_at=_now(now))  # fmt: skip
    return as_record(c)


def edit(
    settings: Settings, candidate_id: int, changes: dict[str, Any], reviewer: str,
    now: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Change fields of a proposed candidate's payload; it stays proposed.

    Who edited which fields and when is kept in the payload's ``edited`` (and in the note
    of the fact it becomes).
    """
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidValue(f"cannot edit {sorted(unknown)}; editable: {', '.join(EDITABLE)}")
    when = _now(now)
    with open_store(settings).transaction() as conn:
        c = _proposed(conn, candidate_id, "edit")
        before = c.payload.get("edited") or {}
        fields = sorted({*before.get("fields", ()), *changes})
        payload = {**c.payload, **changes, "edited": {"by": reviewer, "at": when, "fields": fields}}
        if c.kind is CandidateKind.FACT:
            results.check_fact_payload(payload)
        c = queue.review(conn, candidate_id, status=c.status, reviewer=reviewer,
                         reviewed_at=when, payload=payload)  # fmt: skip
    return as_record(c)


def accept(
    settings: Settings, candidate_id: int, reviewer: str, now: str | None = None
) -> dict[str, Any]:
    """Accept a proposed candidate and store what it says (``result`` names it)."""
    when = _now(now)
    with open_store(settings).transaction() as conn:
        c = _proposed(conn, candidate_id, "accept")
        result = _materialise(conn, c, reviewer, when)
        payload = c.payload if result is None else {**c.payload, "result": result}
        c = queue.review(conn, candidate_id, status=ReviewStatus.ACCEPTED, reviewer=reviewer,
                         reviewed_at=when, payload=payload)  # fmt: skip
    record = as_record(c)
    if result is not None and result["kind"] == "fact":
        record["fact"] = result["key"]
    return record


def _materialise(conn: Connection, c: Candidate, reviewer: str, when: str) -> Any:
    if c.kind is CandidateKind.FACT:
        fact = results.fact_of(conn, c, reviewer, when)
        repository.add(conn, fact)
        return {"kind": "fact", "key": fact.key}
    if c.kind is CandidateKind.ENTITY:
        return results.entity_of(conn, c)
    if c.kind is CandidateKind.EVENT:
        event = results.event_of(conn, c)
        repository.add(conn, event)
        return {"kind": "event", "key": event.key}
    return None


def accept_checked(settings: Settings, candidate_id: int, reviewer: str) -> dict[str, Any]:
    """Accept, then run the consistency checks: ``checks`` are those involving the new fact."""
    record = accept(settings, candidate_id, reviewer)
    if "fact" in record:
        record["checks"] = checks_involving(settings, [record["fact"]])[record["fact"]]
    return record


def checks_involving(settings: Settings, fact_keys: list[str]) -> dict[str, list[dict[str, Any]]]:
    """For each fact, the checks that involve it directly or through a figure derived from it.

    One run of :func:`chainatlas.service.checks.run_checks` answers every key.
    """
    if not fact_keys:
        return {}
    found = checks.run_checks(settings)
    basis = {d["key"]: set(d["basis"]) for d in (*found["derived"], *found["alternatives"])}
    out: dict[str, list[dict[str, Any]]] = {}
    for key in fact_keys:
        out[key] = [
            c
            for c in found["checks"]
            if key in c["facts"] or any(key in basis.get(f, ()) for f in c["facts"])
        ]
    return out
