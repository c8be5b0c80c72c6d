"""Use cases of the review queue: list, accept (-> a Fact with provenance), edit, reject."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from chainatlas.errors import InvalidValue
from chainatlas.model.candidate import Candidate, CandidateKind
from chainatlas.model.enterprise import Enterprise, ReviewStatus
from chainatlas.model.fact import Fact, Indicator, Measure, Provenance, SubjectType
from chainatlas.model.period import Period
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity
from chainatlas.model.region import Region
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import candidates as queue
from chainatlas.store import repository

EDITABLE = ("subject", "subject_type", "indicator", "measure", "value", "value_max", "unit",
            "qualifier", "period", "rank_of", "name", "type", "date", "actors")  # fmt: skip
_SUBJECT_TYPES = {"region": SubjectType.REGION, "province": SubjectType.REGION,
                  "city": SubjectType.REGION, "government": SubjectType.REGION,
                  "company": SubjectType.ENTERPRISE, "park": SubjectType.REGION,
                  "platform": SubjectType.PLATFORM, "institution": SubjectType.PLATFORM,
                  "person": SubjectType.PERSON, "team": SubjectType.PERSON,
                  "programme": SubjectType.PROGRAMME, "project": SubjectType.PROJECT}  # fmt: skip


def as_record(c: Candidate) -> dict[str, Any]:
    record = asdict(c)
    record["kind"], record["status"] = str(c.kind), str(c.status)
    return record


def list_queue(
    settings: Settings, *, status: str | None = "proposed", kind: str | None = None,
    document: str | None = None, limit: int = 50, offset: int = 0,
) -> list[dict[str, Any]]:  # fmt: skip
    with open_store(settings).connect() as conn:
        rows = queue.list_candidates(conn, status=status, kind=kind, document=document,
                                     limit=limit, offset=offset)  # fmt: skip
    return [as_record(c) for c in rows]


def _now(now: str | None) -> str:
    return now or datetime.now(UTC).isoformat(timespec="seconds")


def reject(
    settings: Settings, candidate_id: int, reviewer: str, now: str | None = None
) -> dict[str, Any]:
    with open_store(settings).transaction() as conn:
        c = queue.review(conn, candidate_id, status=ReviewStatus.REJECTED, reviewer=reviewer,
                         reviewed_at=_now(now))  # fmt: skip
    return as_record(c)


def edit(
    settings: Settings, candidate_id: int, changes: dict[str, Any], reviewer: str
) -> dict[str, Any]:
    """Change fields of a proposed candidate's payload; it stays proposed."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidValue(f"cannot edit {sorted(unknown)}; editable: {', '.join(EDITABLE)}")
    with open_store(settings).transaction() as conn:
        c = queue.get_candidate(conn, candidate_id)
        payload = {**c.payload, **changes}
        c = queue.review(conn, candidate_id, status=c.status, reviewer=reviewer,
                         reviewed_at=c.reviewed_at, payload=payload)  # fmt: skip
    return as_record(c)


def accept(
    settings: Settings, candidate_id: int, reviewer: str, now: str | None = None
) -> dict[str, Any]:
    """Accept a candidate; a fact candidate becomes a stored Fact with its provenance."""
    when = _now(now)
    with open_store(settings).transaction() as conn:
        c = queue.get_candidate(conn, candidate_id)
        fact = _fact_of(conn, c, reviewer, when) if c.kind is CandidateKind.FACT else None
        if fact is not None:
            repository.add(conn, fact)
        c = queue.review(conn, candidate_id, status=ReviewStatus.ACCEPTED, reviewer=reviewer,
                         reviewed_at=when)  # fmt: skip
    record = as_record(c)
    if fact is not None:
        record["fact"] = fact.key
    return record


def _fact_of(conn: Connection, c: Candidate, reviewer: str, when: str) -> Fact:
    p = c.payload
    value, unit = Decimal(str(p["value"])), str(p["unit"])
    upper = None if p.get("value_max") is None else Decimal(str(p["value_max"]))
    if unit == "分数":  # a fraction is stored as a percentage
        value, unit = value * 100, "%"
        upper = None if upper is None else upper * 100
    subject_type, subject = _resolve_subject(
        conn, str(p.get("subject") or ""), p.get("subject_type")
    )
    return Fact(
        key="x-" + hashlib.sha256(f"{c.document}:{c.start}:{c.end}:{p}".encode()).hexdigest()[:16],
        subject_type=subject_type, subject=subject,
        indicator=_indicator_key(conn, str(p.get("indicator") or "")),
        measure=Measure(p["measure"]), period=Period.parse(p.get("period") or "unknown"),
        quantity=Quantity.of(value, unit, upper), qualifier=Qualifier.parse(p.get("qualifier")),
        rank_of=p.get("rank_of"),
        provenance=Provenance(document=c.document, start=c.start, end=c.end, quote=c.quote,
                              accepted_by=reviewer, accepted_at=when),
    )  # fmt: skip


def _resolve_subject(conn: Connection, name: str, kind: Any) -> tuple[SubjectType, str]:
    """A known region or enterprise (by name or alias) gives its key; else the name."""
    kinds: tuple[tuple[type[Any], SubjectType], ...] = (
        (Region, SubjectType.REGION),
        (Enterprise, SubjectType.ENTERPRISE),
    )
    for cls, subject_type in kinds:
        for obj in repository.iter_all(conn, cls):
            if name == obj.name or name in obj.aliases:
                return subject_type, obj.key
    return _SUBJECT_TYPES.get(str(kind), SubjectType.NODE), name


def _indicator_key(conn: Connection, name: str) -> str:
    """The key of the indicator named ``name`` (or an alias); a new one if none is."""
    if not name:
        raise InvalidValue("the candidate names no indicator; edit it before accepting")
    for ind in repository.iter_all(conn, Indicator):
        if name in (ind.name, ind.key, *ind.aliases):
            return ind.key
    key = "x-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
    repository.add(conn, Indicator(key=key, name=name))
    return key
