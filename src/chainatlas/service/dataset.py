"""Import and export of whole datasets, and the bundled ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from chainatlas.errors import ChainAtlasError, Conflict, InputError
from chainatlas.ingest.dataset_reader import iter_dataset
from chainatlas.ingest.dataset_writer import write_dataset
from chainatlas.ingest.records import Where
from chainatlas.model.dataset import COLLECTIONS
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import repository
from chainatlas.store.codec import KINDS, codec_for
from chainatlas.store.snapshot import read_dataset as read_store

BUNDLED = Path(__file__).resolve().parents[1] / "data"


def bundled_dataset_path(name: str = "liyang") -> Path:
    """Folder of a dataset shipped inside the package."""
    return BUNDLED / name


def _known_in(conn: Connection) -> Callable[[str, str], bool]:
    def known(kind: str, key: str) -> bool:
        codec = KINDS.get(kind)
        return codec is not None and repository.exists(conn, codec.cls, key)

    return known


def import_dataset(settings: Settings, path: Path | str) -> dict[str, int]:
    """Validate the dataset at ``path`` and write all of it in one transaction.

    Records stream from the files through validation into batched inserts, so memory stays
    flat on million-row tables; any failure rolls the whole transaction back, leaving the
    database as it was.
    """
    store = open_store(settings)
    counts = dict.fromkeys(COLLECTIONS, 0)
    try:
        with store.transaction() as conn:
            batcher = _Batcher(conn, counts)
            for collection, obj, where in iter_dataset(path, _known_in(conn)):
                batcher.add(collection, obj, where)
            batcher.flush()
        return counts
    except _BatchConflict as failed:
        with store.connect() as conn:
            raise _locate_conflict(conn, failed) from None


#: Collections whose records refer to each other: written whole, parents first.
_SELF_REFERRING = {"regions": "parent", "nodes": "parent"}


class _BatchConflict(Exception):
    def __init__(self, batch: list[tuple[Any, Where]], cause: Conflict) -> None:
        super().__init__(str(cause))
        self.batch = batch
        self.cause = cause


class _Batcher:
    """Collects records per collection and inserts them in batches."""

    def __init__(self, conn: Connection, counts: dict[str, int]) -> None:
        self.conn = conn
        self.counts = counts
        self.collection: str | None = None
        self.batch: list[tuple[Any, Where]] = []

    def add(self, collection: str, obj: Any, where: Where) -> None:
        if collection != self.collection:
            self.flush()
            self.collection = collection
        self.batch.append((obj, where))
        if len(self.batch) >= repository.BATCH and collection not in _SELF_REFERRING:
            self.flush()

    def flush(self) -> None:
        if not self.batch or self.collection is None:
            return
        batch, self.batch = self.batch, []
        if self.collection in _SELF_REFERRING:
            batch = _parents_first(batch)
        try:
            repository.add_many(self.conn, [obj for obj, _ in batch])
        except Conflict as exc:
            raise _BatchConflict(batch, exc) from exc
        self.counts[self.collection] += len(batch)


def _parents_first(batch: list[tuple[Any, Where]]) -> list[tuple[Any, Where]]:
    """Order records so that every parent precedes its children (foreign keys hold).

    Keys are full keys (``scheme/node`` for nodes), so equal node keys in different
    schemes stay distinct; every record comes out exactly once.
    """
    by_key = {_full_key(obj): (obj, where) for obj, where in batch}
    done: set[str] = set()
    ordered: list[tuple[Any, Where]] = []
    for start in by_key:
        chain: list[str] = []
        key: str | None = start
        while key is not None and key in by_key and key not in done:
            chain.append(key)
            done.add(key)
            key = _parent_key(by_key[key][0])
        ordered.extend(by_key[k] for k in reversed(chain))
    assert len(ordered) == len(batch), "duplicate keys reached the writer"
    return ordered


def _full_key(obj: Any) -> str:
    scheme = getattr(obj, "scheme", None)
    return f"{scheme}/{obj.key}" if scheme is not None else str(obj.key)


def _parent_key(obj: Any) -> str | None:
    parent = getattr(obj, "parent", None)
    if parent is None:
        return None
    scheme = getattr(obj, "scheme", None)
    return f"{scheme}/{parent}" if scheme is not None else str(parent)


def _locate_conflict(conn: Connection, failed: _BatchConflict) -> ChainAtlasError:
    """After a failed write, name the first record whose key the database already holds."""
    for obj, where in failed.batch:
        codec = codec_for(type(obj))
        key = tuple(str(getattr(obj, f)) for f in codec.key_fields)
        if repository.exists(conn, codec.cls, key):
            return where.error("key", f"{codec.key_of(obj)!r} is already in the database", "E132")
    first = failed.batch[0][1]
    return InputError(
        f"rows from {first.row} on conflict with the database: {failed.cause.message}",
        file=first.file,
        code="E132",
    )


def export_dataset(settings: Settings, path: Path | str) -> dict[str, int]:
    """Write everything in the store to the folder ``path`` in the dataset format."""
    store = open_store(settings)
    with store.connect() as conn:
        data = read_store(conn)
    write_dataset(data, path)
    return data.counts()
