"""Build model objects from loose records (YAML mappings, CSV rows), field by field.

Each field is converted according to the type the model class declares, so adding a field
to a model class needs no change here; every failure names the file, row and field.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from chainatlas.errors import ChainAtlasError, InputError
from chainatlas.model.fact import Fact, FactStatus, Measure, Provenance, SubjectType
from chainatlas.model.period import Period
from chainatlas.model.project import Milestone, Project, Stage
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity, parse_decimal

LIST_SEPARATOR = "|"

#: Fields holding a compact Period text, validated on the way in.
_PERIOD_FIELDS = {"opened", "founded", "date", "period"}
#: Fields holding a plain written decimal.
_DECIMAL_FIELDS = {"capital_wan", "share"}
#: Fields holding a Quantity text such as "100亿元".
_QUANTITY_FIELDS = {"tier_threshold", "investment", "capacity"}


@dataclasses.dataclass(frozen=True)
class Where:
    """Where a record came from, for error messages."""

    file: str
    row: int

    def error(self, field: str | None, message: str, code: str = "E120") -> InputError:
        return InputError(message, file=self.file, row=self.row, field=field, code=code)


@cache
def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0], True
    return hint, False


def convert_field(hint: Any, name: str, value: Any, where: Where) -> Any:
    """Convert one raw value to the declared type; raise naming the field."""
    base, _optional = _unwrap_optional(hint)
    if value is None or value == "":
        return () if typing.get_origin(base) is tuple else None
    try:
        return _convert(base, name, value)
    except ChainAtlasError as exc:
        raise where.error(name, exc.message, exc.code) from None
    except (TypeError, ValueError) as exc:
        raise where.error(name, f"{value!r} is not valid ({exc})") from None


def _convert(base: Any, name: str, value: Any) -> Any:
    if typing.get_origin(base) is tuple:
        items = value.split(LIST_SEPARATOR) if isinstance(value, str) else list(value)
        return tuple(str(v).strip() for v in items if str(v).strip())
    if isinstance(base, type) and issubclass(base, enum.Enum):
        try:
            return base(str(value).strip())
        except ValueError:
            allowed = ", ".join(str(m.value) for m in base)
            raise ValueError(f"expected one of {allowed}") from None
    if base is bool:
        return _to_bool(value)
    if base is int:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError("expected a whole number")
        return int(str(value).strip()) if isinstance(value, str) else int(value)
    if base is float:
        if isinstance(value, bool):
            raise ValueError("expected a number")
        return float(value)
    text = str(value).strip() if not isinstance(value, str) else value
    if name in _PERIOD_FIELDS:
        Period.parse(text)
    if name in _QUANTITY_FIELDS:
        parse_quantity_text(text)
    if name in _DECIMAL_FIELDS:
        return str(parse_decimal(text))
    return text


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "是"):
        return True
    if text in ("false", "no", "0", "否"):
        return False
    raise ValueError("expected true or false")


def parse_quantity_text(text: str) -> Quantity:
    """Split "100亿元" / "40GWh" / "50-80%" into a Quantity (number first, unit after)."""
    import re

    m = re.fullmatch(r"\s*([-+]?[\d,]*\.?\d+)(?:\s*[-~～]\s*([\d,]*\.?\d+))?\s*(\S+)\s*", text)
    if not m:
        from chainatlas.errors import InvalidValue

        raise InvalidValue(f"{text!r} is not a quantity such as 100亿元", code="E101")
    return Quantity.of(m.group(1), m.group(3), m.group(2))


def build(cls: type[Any], record: Mapping[str, Any], where: Where) -> Any:
    """Build ``cls`` from ``record`` generically; unknown fields are refused."""
    builder = _BUILDERS.get(cls)
    if builder is not None:
        return builder(record, where)
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    _refuse_unknown(record, set(fields), where)
    values: dict[str, Any] = {}
    for name, f in fields.items():
        raw = record.get(name)
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if required and (raw is None or raw == ""):
            raise where.error(name, "is required but missing", "E121")
        converted = convert_field(hints[name], name, raw, where)
        if converted is not None:
            values[name] = converted
    return cls(**values)


def _refuse_unknown(record: Mapping[str, Any], known: set[str], where: Where) -> None:
    unknown = [k for k, v in record.items() if k not in known and v not in (None, "")]
    if unknown:
        raise where.error(
            unknown[0], f"is not a field (expected some of {', '.join(sorted(known))})", "E122"
        )


_FACT_FIELDS = {f.name for f in dataclasses.fields(Fact)} - {"quantity", "provenance"}
_SOURCE_FIELDS = {f.name for f in dataclasses.fields(Provenance)}


def _build_fact(record: Mapping[str, Any], where: Where) -> Fact:
    flat_source = {k[len("source_") :]: v for k, v in record.items() if k.startswith("source_")}
    for k in ("accepted_by", "accepted_at"):
        if record.get(k) not in (None, ""):
            flat_source[k] = record[k]
    nested = record.get("source") or {}
    if not isinstance(nested, Mapping):
        raise where.error("source", "must be a mapping such as {document, start, end, quote}")
    source_raw = {**flat_source, **nested}
    known = _FACT_FIELDS | {"value", "value_max", "unit", "source", "accepted_by", "accepted_at"}
    _refuse_unknown({k: v for k, v in record.items() if not k.startswith("source_")}, known, where)
    prov = _build_provenance(source_raw, where)
    for name in (
        "key",
        "subject_type",
        "subject",
        "indicator",
        "measure",
        "period",
        "value",
        "unit",
    ):
        if record.get(name) in (None, ""):
            raise where.error(name, "is required but missing", "E121")
    try:
        quantity = Quantity.of(
            record["value"], str(record["unit"]), record.get("value_max") or None
        )
    except ChainAtlasError as exc:
        field = "unit" if exc.code == "E102" else "value"
        raise where.error(field, exc.message, exc.code) from None
    hints = _hints(Fact)
    values = {
        name: convert_field(hints[name], name, record.get(name), where)
        for name in _FACT_FIELDS
        if record.get(name) not in (None, "")
    }
    try:
        values["period"] = Period.parse(str(record["period"]))
        values["qualifier"] = Qualifier.parse(record.get("qualifier"))
    except ChainAtlasError as exc:
        field = "period" if exc.code == "E106" else "qualifier"
        raise where.error(field, exc.message, exc.code) from None
    values.setdefault("status", FactStatus.REPORTED)
    return Fact(quantity=quantity, provenance=prov, **values)


def _build_provenance(raw: Mapping[str, Any], where: Where) -> Provenance:
    unknown = [k for k in raw if k not in _SOURCE_FIELDS and raw[k] not in (None, "")]
    if unknown:
        raise where.error(f"source.{unknown[0]}", "is not a source field")
    hints = _hints(Provenance)
    values = {
        k: convert_field(hints[k], k, v, where) for k, v in raw.items() if v not in (None, "")
    }
    prov = Provenance(**values)
    if prov.is_empty:
        raise where.error(
            "source", "a fact needs a source: a document span, a formula or a file row", "E123"
        )
    if prov.document is not None and (prov.start is None) != (prov.end is None):
        raise where.error("source.end", "a document span needs both start and end", "E124")
    return prov


def _build_project(record: Mapping[str, Any], where: Where) -> Project:
    milestones = record.get("milestones") or ()
    if isinstance(milestones, str):
        raise where.error("milestones", "must be a list of {stage, date, expected, fact}")
    built = []
    for i, m in enumerate(milestones, start=1):
        if not isinstance(m, Mapping):
            raise where.error(f"milestones[{i}]", "must be a mapping")
        built.append(build(Milestone, m, where))
    rest = {k: v for k, v in record.items() if k != "milestones"}
    fields = {f.name for f in dataclasses.fields(Project)} - {"milestones"}
    _refuse_unknown(rest, fields, where)
    hints = _hints(Project)
    values = {
        k: convert_field(hints[k], k, v, where) for k, v in rest.items() if v not in (None, "")
    }
    for name in ("key", "name"):
        if name not in values:
            raise where.error(name, "is required but missing", "E121")
    return Project(milestones=tuple(built), **values)


_BUILDERS: dict[type[Any], Callable[[Mapping[str, Any], Where], Any]] = {
    Fact: _build_fact,
    Project: _build_project,
}

__all__ = [
    "LIST_SEPARATOR",
    "Measure",
    "Stage",
    "SubjectType",
    "Where",
    "build",
    "parse_quantity_text",
]
