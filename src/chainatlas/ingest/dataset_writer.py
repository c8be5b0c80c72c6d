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
from chainatlas.model.record import flat_record_of, record_of

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
        if collection in TABLE_COLLECTIONS and len(items) >= table_threshold:
            target = root / f"{collection}.csv"
            _write_csv(target, (_table_row(obj) for obj in items))
        else:
            target = root / f"{collection}.yaml"
            _write_yaml(target, {collection: [record_of(obj) for obj in items]})
        written.append(target)
    return written


def _write_yaml(path: Path, data: dict[str, Any]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=1000)


def _table_row(obj: object) -> dict[str, Any]:
    """A flat record with lists joined by the CSV list separator."""
    return {
        key: LIST_SEPARATOR.join(str(v) for v in value) if isinstance(value, list) else value
        for key, value in flat_record_of(obj).items()
    }


def _write_csv(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    header: list[str] = []
    for row in rows:
        header.extend(k for k in row if k not in header)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
