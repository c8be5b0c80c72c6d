"""Model objects to table rows and back.

Most entities map field-for-field (tuples become JSON lists, enums their values); facts and
projects flatten their nested value objects.  One :class:`Codec` per entity class.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Table

from chainatlas.model.actors import Honour, Person, Platform, Programme
from chainatlas.model.document import Document, Event
from chainatlas.model.enterprise import Enterprise, Link, Relation
from chainatlas.model.fact import (
    Fact,
    FactStatus,
    Indicator,
    Measure,
    Provenance,
    SubjectType,
)
from chainatlas.model.period import Period
from chainatlas.model.project import Milestone, Project, Stage
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity
from chainatlas.model.record import flat_record_of, plain_value
from chainatlas.model.region import Region
from chainatlas.model.scheme import Edge, Node, Scheme
from chainatlas.store import schema

Row = dict[str, Any]


@dataclass(frozen=True)
class Codec:
    """How one entity class is stored."""

    cls: type[Any]
    table: Table
    key_fields: tuple[str, ...]
    to_row: Callable[[Any], Row]
    from_row: Callable[[Row], Any]
    names_of: Callable[[Any], list[str]] | None = None  # names for search, if named
    kind: str = ""

    def key_of(self, obj: Any) -> str:
        """The entity's natural key as one string (composite keys joined by '/')."""
        return "/".join(str(getattr(obj, f)) for f in self.key_fields)


def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _needs_plain(hint: Any) -> bool:
    """Whether values of this declared type need converting for the database."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_needs_plain(a) for a in typing.get_args(hint))
    return origin is tuple or (isinstance(hint, type) and issubclass(hint, enum.Enum))


def _revive(hint: Any, value: Any) -> Any:
    """Turn a stored value back into the type the field declares."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _revive(args[0], value)
    if origin is tuple:
        (item, *_rest) = typing.get_args(hint)
        return tuple(_revive(item, v) for v in value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    return value


def plain_codec(cls: type[Any], table: Table, key_fields: tuple[str, ...], kind: str) -> Codec:
    """A codec for a dataclass whose fields are the table's columns."""
    fields = [f.name for f in dataclasses.fields(cls)]
    hints = _hints(cls)
    simple = [n for n in fields if not _needs_plain(hints[n])]
    special = [n for n in fields if _needs_plain(hints[n])]

    def to_row(obj: Any) -> Row:
        row = {name: getattr(obj, name) for name in simple}
        for name in special:
            row[name] = plain_value(getattr(obj, name))
        return row

    def from_row(row: Row) -> Any:
        return cls(**{name: _revive(hints[name], row[name]) for name in fields})

    names_of = None
    if "name" in fields:

        def names_of(obj: Any) -> list[str]:
            return [obj.name, *getattr(obj, "aliases", ())]

    return Codec(cls, table, key_fields, to_row, from_row, names_of, kind)


def _fact_to_row(fact: Fact) -> Row:
    row: Row = dict.fromkeys(schema.facts.c.keys())
    row.update(flat_record_of(fact))
    row["value_num"] = float(fact.quantity.value)
    row["source_inputs"] = list(fact.provenance.inputs)
    return row


def _fact_from_row(row: Row) -> Fact:
    return Fact(
        key=row["key"],
        subject_type=SubjectType(row["subject_type"]),
        subject=row["subject"],
        indicator=row["indicator"],
        measure=Measure(row["measure"]),
        period=Period.parse(row["period"]),
        quantity=Quantity(
            Decimal(row["value"]),
            row["unit"],
            None if row["value_max"] is None else Decimal(row["value_max"]),
        ),
        qualifier=Qualifier(row["qualifier"]),
        status=FactStatus(row["status"]),
        rank_of=row["rank_of"],
        scope=row["scope"],
        note=row["note"],
        provenance=Provenance(
            document=row["source_document"],
            start=row["source_start"],
            end=row["source_end"],
            quote=row["source_quote"],
            formula=row["source_formula"],
            inputs=tuple(row["source_inputs"] or ()),
            file=row["source_file"],
            row=row["source_row"],
            accepted_by=row["accepted_by"],
            accepted_at=row["accepted_at"],
        ),
    )


def _project_to_row(project: Project) -> Row:
    row = {f.name: plain_value(getattr(project, f.name)) for f in dataclasses.fields(Project)}
    row["milestones"] = [
        {"stage": m.stage.value, "date": m.date, "expected": m.expected, "fact": m.fact}
        for m in project.milestones
    ]
    return row


def _project_from_row(row: Row) -> Project:
    values = {f.name: row[f.name] for f in dataclasses.fields(Project)}
    values["stage"] = None if row["stage"] is None else Stage(row["stage"])
    values["milestones"] = tuple(
        Milestone(stage=Stage(m["stage"]), date=m["date"], expected=m["expected"], fact=m["fact"])
        for m in row["milestones"]
    )
    return Project(**values)


def _named(obj: Any) -> list[str]:
    return [obj.name, *getattr(obj, "aliases", ())]


CODECS: dict[type[Any], Codec] = {
    c.cls: c
    for c in (
        plain_codec(Region, schema.regions, ("key",), "region"),
        plain_codec(Scheme, schema.schemes, ("key",), "scheme"),
        plain_codec(Node, schema.nodes, ("scheme", "key"), "node"),
        plain_codec(Edge, schema.edges, ("scheme", "source", "target"), "edge"),
        plain_codec(Indicator, schema.indicators, ("key",), "indicator"),
        plain_codec(Document, schema.documents, ("key",), "document"),
        plain_codec(Enterprise, schema.enterprises, ("key",), "enterprise"),
        plain_codec(Relation, schema.relations, ("parent", "child", "kind"), "relation"),
        plain_codec(Link, schema.links, ("enterprise", "scheme", "node"), "link"),
        Codec(
            Project,
            schema.projects,
            ("key",),
            _project_to_row,
            _project_from_row,
            _named,
            "project",
        ),
        plain_codec(Platform, schema.platforms, ("key",), "platform"),
        plain_codec(Person, schema.people, ("key",), "person"),
        plain_codec(Honour, schema.honours, ("key",), "honour"),
        plain_codec(Programme, schema.programmes, ("key",), "programme"),
        Codec(Fact, schema.facts, ("key",), _fact_to_row, _fact_from_row, None, "fact"),
        plain_codec(Event, schema.events, ("key",), "event"),
    )
}

#: Entity kinds by their singular name, for CLI and API lookups.
KINDS: dict[str, Codec] = {c.kind: c for c in CODECS.values()}


def codec_for(cls: type[Any]) -> Codec:
    try:
        return CODECS[cls]
    except KeyError:
        raise TypeError(f"{cls.__name__} is not stored") from None
