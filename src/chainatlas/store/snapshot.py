"""The whole store as one :class:`Dataset`, for export and for analyses that need all."""

from __future__ import annotations

from sqlalchemy import Connection

from chainatlas.model.dataset import COLLECTION_TYPES, Dataset
from chainatlas.store.repository import iter_all


def read_dataset(conn: Connection) -> Dataset:
    """Every stored entity, in key order, as a dataset."""
    data = Dataset()
    for collection, cls in COLLECTION_TYPES.items():
        data.items(collection).extend(iter_all(conn, cls))
    return data
