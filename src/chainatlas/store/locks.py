"""Row locks for read-modify-write, the same way on SQLite and PostgreSQL.

A no-op ``UPDATE ... SET key = key`` takes the row's write lock on PostgreSQL and the
database write lock on SQLite, so a second writer waits until the first commits and then
reads what it wrote: no lost updates, without ``SELECT ... FOR UPDATE`` (which SQLite lacks).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, update

from chainatlas.errors import NotFound
from chainatlas.store.codec import codec_for


def lock_row(conn: Connection, cls: type[Any], key: str) -> None:
    """Hold the write lock on ``cls`` row ``key`` until the transaction ends; NotFound if absent."""
    codec = codec_for(cls)
    parts = tuple(key.split("/", len(codec.key_fields) - 1))
    if len(parts) != len(codec.key_fields):
        raise NotFound(f"{codec.kind} key {key!r} needs {'/'.join(codec.key_fields)}")
    clause = and_(*(codec.table.c[f] == v for f, v in zip(codec.key_fields, parts, strict=True)))
    first = codec.key_fields[0]
    done = conn.execute(update(codec.table).where(clause).values({first: codec.table.c[first]}))
    if done.rowcount == 0:
        raise NotFound(f"no {codec.kind} {key!r}")
