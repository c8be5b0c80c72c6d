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


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    """Declared field types of a model class, resolved once."""
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _unwrap_optional(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


def convert_field(hint: Any, name: str, value: Any, where: Where) -> Any:
    """Convert one raw value to the declared type; raise naming the field."""
    convert, empty = _converter(hint, name)
    if value is None or value == "":
        return empty
    try:
        return convert(value)
    except ChainAtlasError as exc:
        raise where.error(name, exc.message, exc.code) from None
    except (TypeError, ValueError) as exc:
        raise where.error(name, f"{value!r} is not valid ({exc})") from None


@cache
def _converter(hint: Any, name: str) -> tuple[Callable[[Any], Any], Any]:
    """The conversion for one declared type (worked out once per field, not per row)."""
    base = _unwrap_optional(hint)
    if typing.get_origin(base) is tuple:
        return _to_tuple, ()
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return (lambda value: _to_enum(base, value)), None
    if base is bool:
        return _to_bool, None
    if base is int:
        return _to_int, None
    if base is float:
        return _to_float, None
    if name in _PERIOD_FIELDS:
        return _checked(Period.parse), None
    if name in _QUANTITY_FIELDS:
        return _checked(parse_quantity_text), None
    if name in _DECIMAL_FIELDS:
        return (lambda value: str(parse_decimal(_text(value)))), None
    return _text, None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value).strip()


def _checked(parse: Callable[[str], Any]) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        text = _text(value)
        parse(text)
        return text

    return convert


def _to_tuple(value: Any) -> tuple[str, ...]:
    items = value.split(LIST_SEPARATOR) if isinstance(value, str) else list(value)
    return tuple(t for t in (str(v).strip() for v in items) if t)


def _to_enum(base: type[enum.Enum], value: Any) -> enum.Enum:
    try:
        return base(str(value).strip())
    except ValueError:
        allowed = ", ".join(str(m.value) for m in base)
        raise ValueError(f"expected one of {allowed}") from None


def _to_int(value: Any) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError("expected a whole number")
    return int(value.strip()) if isinstance(value, str) else int(value)


def _to_float(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError("expected a number")
    return float(value)


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


@dataclasses.dataclass(frozen=True)
class _FieldPlan:
    name: str
    hint: Any
    required: bool


_PLANS: dict[type[Any], tuple[dict[str, _FieldPlan], tuple[str, ...]]] = {}


def _plan(cls: type[Any]) -> tuple[dict[str, _FieldPlan], tuple[str, ...]]:
    """Per class, once: each field's declared type and which fields are required."""
    if cls in _PLANS:
        return _PLANS[cls]
    hints = _hints(cls)
    plans = {
        f.name: _FieldPlan(
            f.name,
            hints[f.name],
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in dataclasses.fields(cls)
    }
    _PLANS[cls] = plans, tuple(name for name, p in plans.items() if p.required)
    return _PLANS[cls]


def build(cls: type[Any], record: Mapping[str, Any], where: Where) -> Any:
    """Build ``cls`` from ``record`` generically; unknown fields are refused."""
    builder = _BUILDERS.get(cls)
    if builder is not None:
        return builder(record, where)
    plans, required = _plan(cls)
    for name in required:
        if record.get(name) in (None, ""):
            raise where.error(name, "is required but missing", "E121")
    values: dict[str, Any] = {}
    for name, raw in record.items():
        if raw is None or raw == "":
            continue
        plan = plans.get(name)
        if plan is None:
            _refuse_unknown(record, set(plans), where)
            continue
        values[name] = convert_field(plan.hint, name, raw, where)
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
