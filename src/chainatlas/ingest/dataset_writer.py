"""Write a :class:`Dataset` in the dataset format, so that reading it back gives it again.

Small collections go to YAML; large flat ones (enterprises, facts, links, relations,
regions) to CSV once they pass ``table_threshold`` rows, where YAML would be slow and
hard to open in a spreadsheet.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from chainatlas.ingest.dataset_reader import TABLE_COLLECTIONS
from chainatlas.ingest.records import LIST_SEPARATOR
from chainatlas.model.dataset import COLLECTIONS, Dataset
from chainatlas.model.record import record_of

TABLE_THRESHOLD = 1000


def write_dataset(
    data: Dataset, path: Path | str, *, table_threshold: int = TABLE_THRESHOLD
) -> list[Path]:
    """Write one file per non-empty collection into the folder ``path``; returns the files."""
    root = Path(path)
    root.mkdir(parents=True, exist_ok=True)
    written = []
    for collection in COLLECTIONS:
        items = data.items(collection)
        if not items:
            continue
        records = [record_of(obj) for obj in items]
        if collection in TABLE_COLLECTIONS and len(items) >= table_threshold:
            target = root / f"{collection}.csv"
            _write_csv(target, (_flatten(r) for r in records))
        else:
            target = root / f"{collection}.yaml"
            _write_yaml(target, {collection: records})
        written.append(target)
    return written


def _write_yaml(path: Path, data: dict[str, Any]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=1000)


def _flatten(record: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if key == "source" and isinstance(value, dict):
            for sub, v in value.items():
                target = sub if sub in ("accepted_by", "accepted_at") else f"source_{sub}"
                flat[target] = LIST_SEPARATOR.join(v) if isinstance(v, list) else v
        elif isinstance(value, list):
            flat[key] = LIST_SEPARATOR.join(str(v) for v in value)
        else:
            flat[key] = value
    return flat


def _write_csv(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    header: list[str] = []
    for row in rows:
        header.extend(k for k in row if k not in header)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
