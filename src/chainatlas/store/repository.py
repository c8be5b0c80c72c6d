"""Repository functions for every stored entity, driven by the codecs.

All functions take an open connection so that callers decide the transaction: an import
wraps thousands of ``add_many`` calls in one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from sqlalchemy import Connection, and_, delete, func, select, update

from chainatlas.errors import NotFound
from chainatlas.store.bulk_insert import insert_rows
from chainatlas.store.codec import Codec, codec_for
from chainatlas.store.errors import translate_errors
from chainatlas.store.search import add_names, remove_names

T = TypeVar("T")

BATCH = 5000


def add(conn: Connection, obj: Any) -> None:
    """Insert one entity; a duplicate key raises Conflict."""
    add_many(conn, [obj])


def add_many(conn: Connection, objs: Iterable[Any]) -> int:
    """Insert entities in batches (one executemany per batch); returns how many."""
    total = 0
    by_codec: dict[type[Any], list[Any]] = {}
    for obj in objs:
        by_codec.setdefault(type(obj), []).append(obj)
        if len(by_codec[type(obj)]) >= BATCH:
            total += _insert_batch(conn, codec_for(type(obj)), by_codec.pop(type(obj)))
    for cls, batch in by_codec.items():
        total += _insert_batch(conn, codec_for(cls), batch)
    return total


def _insert_batch(conn: Connection, codec: Codec, batch: list[Any]) -> int:
    if not batch:
        return 0
    with translate_errors():
        insert_rows(conn, codec.table, [codec.to_row(o) for o in batch])
        if codec.names_of is not None:
            rows = [
                {"kind": codec.kind, "entity": codec.key_of(o), "name": name}
                for o in batch
                for name in dict.fromkeys(codec.names_of(o))
            ]
            add_names(conn, rows)
    return len(batch)


def _key_clause(codec: Codec, key: str | tuple[str, ...]) -> Any:
    parts = key if isinstance(key, tuple) else tuple(str(key).split("/", len(codec.key_fields) - 1))
    if len(parts) != len(codec.key_fields):
        raise NotFound(f"{codec.kind} key {key!r} needs {'/'.join(codec.key_fields)}")
    return and_(*(codec.table.c[f] == v for f, v in zip(codec.key_fields, parts, strict=True)))


def get(conn: Connection, cls: type[T], key: str | tuple[str, ...]) -> T:
    """The entity with ``key`` (composite keys as a tuple or 'a/b'); NotFound otherwise."""
    codec = codec_for(cls)
    row = conn.execute(select(codec.table).where(_key_clause(codec, key))).mappings().first()
    if row is None:
        raise NotFound(f"no {codec.kind} {'/'.join(key) if isinstance(key, tuple) else key!r}")
    result: T = codec.from_row(dict(row))
    return result


def exists(conn: Connection, cls: type[Any], key: str | tuple[str, ...]) -> bool:
    codec = codec_for(cls)
    stmt = select(func.count()).select_from(codec.table).where(_key_clause(codec, key))
    return bool(conn.execute(stmt).scalar_one())


def list_all(
    conn: Connection,
    cls: type[T],
    /,
    *,
    limit: int | None = None,
    offset: int = 0,
    **equals: Any,
) -> list[T]:
    """Entities in key order, optionally filtered by column equality, paginated."""
    return list(iter_all(conn, cls, limit=limit, offset=offset, **equals))


def iter_all(
    conn: Connection,
    cls: type[T],
    /,
    *,
    limit: int | None = None,
    offset: int = 0,
    **equals: Any,
) -> Iterator[T]:
    """Like :func:`list_all` but streaming, for exports of millions of rows."""
    codec = codec_for(cls)
    stmt = select(codec.table)
    for column, value in equals.items():
        if value is not None:
            stmt = stmt.where(codec.table.c[column] == value)
    stmt = stmt.order_by(*(_bytewise(conn, codec.table.c[f]) for f in codec.key_fields))
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    # Options on the statement, not the connection: a connection option would turn every
    # later statement on it (inserts too) into a server-side cursor on PostgreSQL.
    result = conn.execute(stmt.execution_options(stream_results=True, yield_per=BATCH))
    for row in result.mappings():
        yield codec.from_row(dict(row))


def _bytewise(conn: Connection, column: Any) -> Any:
    """Order keys by code point on every backend (PostgreSQL's locale order differs)."""
    return column.collate("C") if conn.dialect.name == "postgresql" else column


def count(conn: Connection, cls: type[Any], /, **equals: Any) -> int:
    codec = codec_for(cls)
    stmt = select(func.count()).select_from(codec.table)
    for column, value in equals.items():
        if value is not None:
            stmt = stmt.where(codec.table.c[column] == value)
    return int(conn.execute(stmt).scalar_one())


def replace(conn: Connection, obj: Any) -> None:
    """Overwrite an existing entity (same key) with ``obj``; NotFound if absent."""
    codec = codec_for(type(obj))
    key = tuple(str(getattr(obj, f)) for f in codec.key_fields)
    row = codec.to_row(obj)
    with translate_errors():
        done = conn.execute(update(codec.table).where(_key_clause(codec, key)).values(**row))
        if done.rowcount == 0:
            raise NotFound(f"no {codec.kind} {'/'.join(key)!r}")
        if codec.names_of is not None:
            _reindex_names(conn, codec, obj)


def remove(conn: Connection, cls: type[Any], key: str | tuple[str, ...]) -> None:
    codec = codec_for(cls)
    with translate_errors():
        done = conn.execute(delete(codec.table).where(_key_clause(codec, key)))
        if done.rowcount == 0:
            raise NotFound(f"no {codec.kind} {key!r}")
        if codec.names_of is not None:
            remove_names(conn, codec.kind, "/".join(key) if isinstance(key, tuple) else key)


def _reindex_names(conn: Connection, codec: Codec, obj: Any) -> None:
    assert codec.names_of is not None
    entity = codec.key_of(obj)
    remove_names(conn, codec.kind, entity)
    add_names(
        conn,
        [
            {"kind": codec.kind, "entity": entity, "name": n}
            for n in dict.fromkeys(codec.names_of(obj))
        ],
    )
