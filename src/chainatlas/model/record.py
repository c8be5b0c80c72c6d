"""Model objects as plain records (dicts of str, numbers, lists) in the dataset format.

The same shape is written to YAML/CSV and served as JSON by the API, so it lives once,
here, beside the classes it describes.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

from chainatlas.model.fact import Fact
from chainatlas.model.period import Period


def plain_value(value: Any) -> Any:
    """Enums to their values, tuples to lists, periods to text, nested records to dicts."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [plain_value(v) for v in value]
    if isinstance(value, Period):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return record_of(value)
    return value


def record_of(obj: Any) -> dict[str, Any]:
    """The dataset-format record of ``obj``; fields left at None or empty are omitted."""
    if isinstance(obj, Fact):
        return _fact_record(obj)
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        value = plain_value(getattr(obj, f.name))
        if value is None or value == [] or value == ():
            continue
        out[f.name] = value
    return out


#: Source fields that keep their own name when a record is flattened into columns.
UNPREFIXED_SOURCE_FIELDS = ("accepted_by", "accepted_at")


def flat_record_of(obj: Any) -> dict[str, Any]:
    """:func:`record_of` with a fact's nested source spread into ``source_*`` columns,
    the shape of a CSV row and of the facts table."""
    record = record_of(obj)
    source = record.pop("source", None)
    if isinstance(source, dict):
        for name, value in source.items():
            column = name if name in UNPREFIXED_SOURCE_FIELDS else f"source_{name}"
            record[column] = value
    return record


def _fact_record(fact: Fact) -> dict[str, Any]:
    q = fact.quantity
    out: dict[str, Any] = {
        "key": fact.key,
        "subject_type": fact.subject_type.value,
        "subject": fact.subject,
        "indicator": fact.indicator,
        "measure": fact.measure.value,
        "period": str(fact.period),
        "value": str(q.value),
    }
    if q.value_max is not None:
        out["value_max"] = str(q.value_max)
    out["unit"] = q.unit
    out["qualifier"] = fact.qualifier.value
    out["status"] = fact.status.value
    for name in ("rank_of", "scope", "note"):
        if getattr(fact, name) is not None:
            out[name] = getattr(fact, name)
    out["source"] = record_of(fact.provenance)
    return out
