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


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
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
        value = _plain(getattr(obj, f.name))
        if value is None or value == [] or value == ():
            continue
        out[f.name] = value
    return out


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
