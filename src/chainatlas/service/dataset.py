"""Import and export of whole datasets, and the bundled ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection

from chainatlas.errors import Conflict, InputError
from chainatlas.ingest.dataset_reader import LoadedDataset, load_dataset
from chainatlas.ingest.dataset_writer import write_dataset
from chainatlas.model.dataset import COLLECTIONS, Dataset
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

    Parsing and reference checks finish before the first write; the write itself runs in
    one transaction, so any failure leaves the database as it was.
    """
    store = open_store(settings)
    try:
        with store.transaction() as conn:
            loaded = load_dataset(path, _known_in(conn))
        try:
            with store.transaction() as conn:
                write_into(conn, loaded.dataset)
        except Conflict:
            with store.connect() as conn:
                raise _locate_conflict(conn, loaded) from None
        return loaded.dataset.counts()
    finally:
        store.dispose()


def write_into(conn: Connection, data: Dataset) -> None:
    """Insert every collection in dependency order (caller holds the transaction)."""
    for collection in COLLECTIONS:
        repository.add_many(conn, data.items(collection))


def _locate_conflict(conn: Connection, loaded: LoadedDataset) -> InputError:
    """After a failed write, name the first record whose key the database already holds."""
    for collection in COLLECTIONS:
        items = loaded.dataset.items(collection)
        if not items:
            continue
        codec = codec_for(type(items[0]))
        for obj, where in zip(items, loaded.origins[collection], strict=True):
            if repository.exists(
                conn, codec.cls, tuple(str(getattr(obj, f)) for f in codec.key_fields)
            ):
                return where.error(
                    "key", f"{codec.key_of(obj)!r} is already in the database", "E132"
                )
    return InputError("conflicts with what the database holds", code="E132")


def export_dataset(settings: Settings, path: Path | str) -> dict[str, int]:
    """Write everything in the store to the folder ``path`` in the dataset format."""
    store = open_store(settings)
    try:
        with store.connect() as conn:
            data = read_store(conn)
        write_dataset(data, path)
        return data.counts()
    finally:
        store.dispose()
