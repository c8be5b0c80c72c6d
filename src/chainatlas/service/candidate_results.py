"""What an accepted candidate becomes: a Fact with provenance, an enterprise, platform,
programme or person (or new aliases of a known one), or an Event with its document span.

Keys of what is made are hashes of the candidate (document, span, payload) or, for a new
organisation, of its name: accepting the same thing twice at once makes one of the two
writes fail on the unique key (Conflict) instead of storing it twice.
"""

from __future__ import annotations

import dataclasses
import hashlib
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from chainatlas.errors import InvalidValue
from chainatlas.model.actors import Person, Platform, Programme
from chainatlas.model.candidate import Candidate
from chainatlas.model.document import Event
from chainatlas.model.enterprise import Enterprise
from chainatlas.model.fact import Fact, Indicator, Measure, Provenance, SubjectType
from chainatlas.model.period import Period
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity
from chainatlas.model.region import Region
from chainatlas.store import repository
from chainatlas.store.locks import lock_row
from chainatlas.store.search import search_names

_SUBJECT_TYPES = {"region": SubjectType.REGION, "province": SubjectType.REGION,
                  "city": SubjectType.REGION, "government": SubjectType.REGION,
                  "company": SubjectType.ENTERPRISE, "park": SubjectType.REGION,
                  "platform": SubjectType.PLATFORM, "institution": SubjectType.PLATFORM,
                  "person": SubjectType.PERSON, "team": SubjectType.PERSON,
                  "programme": SubjectType.PROGRAMME, "project": SubjectType.PROJECT}  # fmt: skip
#: Kinds (search index names) with their model classes, in the order a name is resolved.
KNOWN: dict[str, type[Any]] = {
    "region": Region,
    "enterprise": Enterprise,
    "platform": Platform,
    "programme": Programme,
    "person": Person,
}
#: Entity types the extractor emits -> the kind a new one is created as (places never are:
#: a region needs its level and parent, which a mention does not give).
CREATED_AS = {"company": "enterprise", "platform": "platform", "institution": "platform",
              "programme": "programme", "person": "person"}  # fmt: skip


def _digest(text: str, size: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


def check_fact_payload(p: dict[str, Any]) -> None:
    """Raise InvalidValue if a fact candidate's payload could not become a Fact."""
    Quantity.of(str(p.get("value")), str(p.get("unit") or ""), p.get("value_max"))
    try:
        Measure(str(p.get("measure")))
    except ValueError:
        names = ", ".join(m.value for m in Measure)
        raise InvalidValue(f"unknown measure {p.get('measure')!r} ({names})") from None
    Period.parse(p.get("period") or "unknown")
    Qualifier.parse(p.get("qualifier"))


def fact_of(conn: Connection, c: Candidate, reviewer: str, when: str) -> Fact:
    p = c.payload
    check_fact_payload(p)
    value, unit = Decimal(str(p["value"])), str(p["unit"])
    upper = None if p.get("value_max") is None else Decimal(str(p["value_max"]))
    if unit == "分数":  # a fraction is stored as a percentage
        value, unit = value * 100, "%"
        upper = None if upper is None else upper * 100
    subject_type, subject = _resolve_subject(
        conn, str(p.get("subject") or ""), p.get("subject_type")
    )
    edited = p.get("edited") or {}
    note = f"审核时修改：{'、'.join(edited['fields'])}（{edited['by']}）" if edited else None
    return Fact(
        key="x-" + _digest(f"{c.document}:{c.start}:{c.end}:{_core(p)}"),
        subject_type=subject_type, subject=subject,
        indicator=_indicator_key(conn, str(p.get("indicator") or "")),
        measure=Measure(p["measure"]), period=Period.parse(p.get("period") or "unknown"),
        quantity=Quantity.of(value, unit, upper), qualifier=Qualifier.parse(p.get("qualifier")),
        rank_of=p.get("rank_of"), note=note,
        provenance=Provenance(document=c.document, start=c.start, end=c.end, quote=c.quote,
                              accepted_by=reviewer, accepted_at=when),
    )  # fmt: skip


def _core(p: dict[str, Any]) -> dict[str, Any]:
    """The payload without the review's own bookkeeping (so keys depend on content only)."""
    return {k: v for k, v in p.items() if k not in ("edited", "result")}


def find_known(conn: Connection, name: str, kinds: tuple[str, ...] = tuple(KNOWN)) -> Any | None:
    """The stored region, enterprise, platform … whose name or alias is exactly ``name``."""
    if not name:
        return None
    hits = [h for h in search_names(conn, name, list(kinds), limit=50) if h.name == name]
    for kind in kinds:  # the order of ``kinds`` decides between namesakes
        for hit in hits:
            if hit.kind == kind:
                return repository.get(conn, KNOWN[kind], hit.key)
    return None


def _resolve_subject(conn: Connection, name: str, kind: Any) -> tuple[SubjectType, str]:
    """A known region or enterprise (by name or alias) gives its key; else the name."""
    found = find_known(conn, name, ("region", "enterprise"))
    if isinstance(found, Region):
        return SubjectType.REGION, found.key
    if isinstance(found, Enterprise):
        return SubjectType.ENTERPRISE, found.key
    return _SUBJECT_TYPES.get(str(kind), SubjectType.NODE), name


def _indicator_key(conn: Connection, name: str) -> str:
    """The key of the indicator named ``name`` (or an alias); a new one if none is."""
    if not name:
        raise InvalidValue("the candidate names no indicator; edit it before accepting")
    for ind in repository.iter_all(conn, Indicator):
        if name in (ind.name, ind.key, *ind.aliases):
            return ind.key
    key = "x-" + _digest(name, 12)
    repository.add(conn, Indicator(key=key, name=name))
    return key


def entity_of(conn: Connection, c: Candidate) -> dict[str, Any]:
    """Make the named organisation, or add the written forms to a known one.

    ``link_to`` in the payload ("enterprise:KEY" or a bare key) names the known entity the
    mention stands for; otherwise an exact name or alias match finds it.
    """
    p = c.payload
    name = str(p.get("name") or "").strip()
    if not name:
        raise InvalidValue("the candidate names nothing; edit its name before accepting")
    written = [name, *(str(a) for a in p.get("aliases") or ())]
    known = _linked(conn, str(p["link_to"])) if p.get("link_to") else find_known(conn, name)
    if known is not None:
        return _add_aliases(conn, known, written)
    kind = CREATED_AS.get(str(p.get("type")))
    if kind is None:
        raise InvalidValue(
            f"{name!r} is a {p.get('type')} that is not in the store; a place is not made from"
            " a mention: set link_to to a known key, or reject it"
        )
    cls = KNOWN[kind]
    aliases = tuple(dict.fromkeys(a for a in written if a != name))
    fields: dict[str, Any] = {"key": "x-" + _digest(f"{kind}:{name}", 12), "name": name}
    if "aliases" in {f.name for f in dataclasses.fields(cls)}:
        fields["aliases"] = aliases
    if "note" in {f.name for f in dataclasses.fields(cls)}:
        fields["note"] = f"审核采纳自文献 {c.document} 字符 {c.start}–{c.end}"
    repository.add(conn, cls(**fields))
    return {"kind": kind, "key": fields["key"], "action": "created", "name": name}


def _linked(conn: Connection, target: str) -> Any:
    kind, _, key = target.rpartition(":")
    for k in (kind,) if kind else tuple(KNOWN):
        if repository.exists(conn, KNOWN[k], key):
            return repository.get(conn, KNOWN[k], key)
    raise InvalidValue(f"link_to {target!r} names nothing in the store")


def _add_aliases(conn: Connection, known: Any, written: list[str]) -> dict[str, Any]:
    kind = next(k for k, cls in KNOWN.items() if isinstance(known, cls))
    out = {"kind": kind, "key": known.key, "name": known.name, "action": "known"}
    if not hasattr(known, "aliases"):
        return out
    lock_row(conn, type(known), known.key)
    known = repository.get(conn, type(known), known.key)  # re-read under the lock
    new = [w for w in dict.fromkeys(written) if w != known.name and w not in known.aliases]
    if new:
        repository.replace(conn, dataclasses.replace(known, aliases=(*known.aliases, *new)))
        out.update(action="alias", aliases=new)
    return out


def event_of(conn: Connection, c: Candidate) -> Event:
    """An Event dated as proposed, its actors resolved to known keys where they are known."""
    p = c.payload
    date = str(p.get("date") or "")
    Period.parse(date)
    if not date or date == "unknown":
        raise InvalidValue("the event has no date; edit its date before accepting")
    actors, region = [], None
    for name in p.get("actors") or ():
        known = find_known(conn, str(name))
        actors.append(known.key if known is not None else str(name))
        if region is None and isinstance(known, Region):
            region = known.key
    return Event(
        key="x-ev-" + _digest(f"{c.document}:{c.start}:{c.end}:{_core(p)}"),
        date=date,
        summary=str(p.get("summary") or c.quote),
        actors=tuple(actors),
        region=region,
        document=c.document,
        start=c.start,
        end=c.end,
        quote=c.quote,
    )
