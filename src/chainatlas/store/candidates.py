"""The review queue: extraction candidates persisted in the ``candidates`` table.

A candidate's fingerprint hashes its document, kind, span and payload; the column is
unique, so proposing the same candidate again (re-extracting a document) adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select, update

from chainatlas.errors import NotFound
from chainatlas.model.candidate import Candidate, CandidateKind
from chainatlas.model.enterprise import ReviewStatus
from chainatlas.store.schema import candidates as table

_PAYLOAD_CORE_SKIP = frozenset({"confidence", "component"})


def fingerprint(candidate: Candidate) -> str:
    """Stable hash of what a candidate says and where (not of who or when)."""
    payload = {k: v for k, v in candidate.payload.items() if k not in _PAYLOAD_CORE_SKIP}
    body = json.dumps(
        [candidate.document, str(candidate.kind), candidate.start, candidate.end, payload],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def propose(conn: Connection, proposals: Iterable[Candidate]) -> tuple[int, int]:
    """Insert candidates not already queued; returns ``(added, already_there)``."""
    rows: dict[str, dict[str, Any]] = {}
    for c in proposals:
        rows.setdefault(fingerprint(c), _to_row(c))
    if not rows:
        return 0, 0
    known: set[str] = set()
    prints = list(rows)
    for i in range(0, len(prints), 500):
        chunk = prints[i : i + 500]
        known |= set(
            conn.execute(
                select(table.c.fingerprint).where(table.c.fingerprint.in_(chunk))
            ).scalars()
        )
    new = [row | {"fingerprint": fp} for fp, row in rows.items() if fp not in known]
    if new:
        conn.execute(table.insert(), new)
    return len(new), len(known)


def _to_row(c: Candidate) -> dict[str, Any]:
    return {
        "kind": str(c.kind),
        "document": c.document,
        "start": c.start,
        "end": c.end,
        "quote": c.quote,
        "component": c.component,
        "confidence": c.confidence,
        "payload": c.payload,
        "status": str(c.status),
        "reviewer": c.reviewer,
        "reviewed_at": c.reviewed_at,
    }


def _from_row(row: Any) -> Candidate:
    return Candidate(
        id=row["id"],
        kind=CandidateKind(row["kind"]),
        document=row["document"],
        start=row["start"],
        end=row["end"],
        quote=row["quote"],
        component=row["component"],
        confidence=row["confidence"],
        payload=dict(row["payload"] or {}),
        status=ReviewStatus(row["status"]),
        reviewer=row["reviewer"],
        reviewed_at=row["reviewed_at"],
    )


def list_candidates(
    conn: Connection,
    *,
    status: str | None = None,
    kind: str | None = None,
    document: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> list[Candidate]:
    """Candidates in id order, filtered by status, kind and document."""
    stmt = select(table)
    for column, value in (("status", status), ("kind", kind), ("document", document)):
        if value is not None:
            stmt = stmt.where(table.c[column] == value)
    stmt = stmt.order_by(table.c.id).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_from_row(r) for r in conn.execute(stmt).mappings()]


def lock_candidate(conn: Connection, candidate_id: int) -> None:
    """Write to the row first (a no-op), so the read that follows sees the latest state and
    no one else changes it before this transaction ends: the row lock on PostgreSQL, the
    write lock taken before any read on SQLite (whose read snapshot could go stale)."""
    conn.execute(update(table).where(table.c.id == candidate_id).values(id=table.c.id))


def get_candidate(conn: Connection, candidate_id: int) -> Candidate:
    row = conn.execute(select(table).where(table.c.id == candidate_id)).mappings().first()
    if row is None:
        raise NotFound(f"candidate {candidate_id} does not exist", code="E404")
    return _from_row(row)


def review(
    conn: Connection,
    candidate_id: int,
    *,
    status: ReviewStatus,
    reviewer: str | None,
    reviewed_at: str | None,
    payload: dict[str, Any] | None = None,
) -> Candidate:
    """Set a candidate's status (and payload, when edited); returns the new state."""
    values: dict[str, Any] = {
        "status": str(status),
        "reviewer": reviewer,
        "reviewed_at": reviewed_at,
    }
    if payload is not None:
        values["payload"] = payload
    result = conn.execute(update(table).where(table.c.id == candidate_id).values(**values))
    if result.rowcount == 0:
        raise NotFound(f"candidate {candidate_id} does not exist", code="E404")
    return get_candidate(conn, candidate_id)
