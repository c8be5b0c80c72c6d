"""Read a dataset (a folder or a single YAML/JSON file) into a validated :class:`Dataset`.

Everything is parsed and checked before anything is written, so an import either finds no
problem and writes all of it, or names the first problem and writes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from chainatlas.errors import InputError
from chainatlas.ingest.records import Where, build
from chainatlas.ingest.references import ReferenceChecker
from chainatlas.ingest.tables import iter_table
from chainatlas.model.dataset import COLLECTION_TYPES, COLLECTIONS, Dataset
from chainatlas.textfile import read_text

DOC_SUFFIXES = (".yaml", ".yml", ".json")
TABLE_SUFFIXES = (".csv", ".xlsx")
#: Collections that may come as CSV/Excel tables.
TABLE_COLLECTIONS = ("regions", "enterprises", "relations", "links", "facts")

Known = Callable[[str, str], bool]


@dataclass
class LoadedDataset:
    """A dataset and, for each record, where it was read from."""

    dataset: Dataset = field(default_factory=Dataset)
    origins: dict[str, list[Where]] = field(default_factory=dict)

    def add(self, collection: str, obj: object, where: Where) -> None:
        self.dataset.items(collection).append(obj)
        self.origins.setdefault(collection, []).append(where)


def read_dataset(path: Path | str, known: Known | None = None) -> Dataset:
    """Parse and validate; ``known(kind, key)`` tells which references the database holds."""
    return load_dataset(path, known).dataset


def load_dataset(path: Path | str, known: Known | None = None) -> LoadedDataset:
    """The whole dataset in memory, validated (for small datasets, tests and exports)."""
    loaded = LoadedDataset()
    for collection, obj, where in iter_dataset(path, known):
        loaded.add(collection, obj, where)
    return loaded


def iter_dataset(path: Path | str, known: Known | None = None) -> Iterator[tuple[str, Any, Where]]:
    """Validated records in collection order, streamed: memory stays flat on big tables.

    Each record is yielded once its own checks pass; references to later records of the
    same collection are settled when the collection ends, before the next one starts.
    """
    root = Path(path)
    if not root.exists():
        raise InputError("does not exist", file=str(root), code="E111")
    checker = ReferenceChecker(known or (lambda _kind, _key: False))
    current: str | None = None
    for collection, where, record in _iter_records(root):
        if collection != current:
            checker.close()
            current = collection
        if not isinstance(record, Mapping):
            raise where.error(None, f"a {collection} record must be a mapping")
        obj = build(COLLECTION_TYPES[collection], record, where)
        checker.add(collection, obj, where)
        yield collection, obj, where
    checker.close()


def _iter_records(root: Path) -> Iterator[tuple[str, Where, Any]]:
    if root.is_file():
        yield from _iter_document(root, None)
        return
    files = sorted(p for p in root.iterdir() if p.is_file())
    by_collection: dict[str, list[Path]] = {c: [] for c in COLLECTIONS}
    general: list[Path] = []
    for p in files:
        stem, suffix = p.stem, p.suffix.lower()
        if stem in by_collection and (
            suffix in DOC_SUFFIXES or (suffix in TABLE_SUFFIXES and stem in TABLE_COLLECTIONS)
        ):
            by_collection[stem].append(p)
        elif suffix in DOC_SUFFIXES:
            general.append(p)
    docs = [_parse_document(p) for p in general]
    for collection in COLLECTIONS:
        for p in by_collection[collection]:
            if p.suffix.lower() in TABLE_SUFFIXES:
                for row, record in iter_table(p):
                    yield collection, Where(p.name, row), record
            else:
                yield from _iter_document(p, collection)
        for p, data in zip(general, docs, strict=True):
            yield from _records_of(p, data, collection)


def _load_raw(path: Path) -> Any:
    """Decode and parse a YAML/JSON file; syntax errors name the file and line."""
    text = read_text(path)
    is_json = path.suffix.lower() == ".json"
    try:
        return json.loads(text) if is_json else yaml.safe_load(text)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = getattr(exc, "lineno", None) or (None if mark is None else mark.line + 1)
        raise InputError(
            f"is not valid {'JSON' if is_json else 'YAML'}: {str(exc).splitlines()[0]}",
            file=path.name,
            row=line,
            code="E119",
        ) from None


def _parse_document(path: Path, only: str | None = None) -> Mapping[str, Any]:
    """A file's collections; a bare list in ``<collection>.yaml`` is that collection."""
    data = _load_raw(path)
    if data is None:
        return {}
    if only is not None and isinstance(data, list):
        return {only: data}
    if not isinstance(data, Mapping):
        raise InputError(
            "must hold a mapping of collection names to lists", file=path.name, code="E119"
        )
    unknown = [k for k in data if k not in COLLECTION_TYPES]
    if unknown:
        raise InputError(
            f"{unknown[0]!r} is not a collection (expected some of {', '.join(COLLECTIONS)})",
            file=path.name,
            field=str(unknown[0]),
            code="E119",
        )
    return data


def _iter_document(path: Path, only: str | None) -> Iterator[tuple[str, Where, Any]]:
    data = _parse_document(path, only)
    for collection in COLLECTIONS if only is None else (only,):
        yield from _records_of(path, data, collection)


def _records_of(
    path: Path, data: Mapping[str, Any], collection: str
) -> Iterator[tuple[str, Where, Any]]:
    items = data.get(collection) or []
    if not isinstance(items, list):
        raise InputError(
            f"{collection} must be a list", file=path.name, field=collection, code="E119"
        )
    for index, record in enumerate(items, start=1):
        yield collection, Where(f"{path.name}:{collection}", index), record
