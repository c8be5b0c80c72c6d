"""Reads sized for millions of rows: IN-list selects and narrow streams.

The repository reads whole entities one query at a time; chain maps and linking need
"these thousand keys" and "every enterprise's name, code, products and scope", which are
one chunked ``IN`` select and one narrow streamed select here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from chainatlas.model.enterprise import Link
from chainatlas.store import schema
from chainatlas.store.bulk_insert import insert_rows
from chainatlas.store.codec import codec_for

T = TypeVar("T")

#: Keys per IN list: below SQLite's default limit of 32,766 bound parameters.
CHUNK = 900
STREAM = 10_000


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items (the last may be shorter): streams written a batch at a time."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def select_in(
    conn: Connection, cls: type[T], column: str, values: Iterable[str], **equals: Any
) -> list[T]:
    """Entities whose ``column`` is one of ``values`` (and other columns equal ``equals``)."""
    codec = codec_for(cls)
    wanted = list(dict.fromkeys(values))
    found: list[T] = []
    for start in range(0, len(wanted), CHUNK):
        stmt = select(codec.table).where(codec.table.c[column].in_(wanted[start : start + CHUNK]))
        for name, value in equals.items():
            stmt = stmt.where(codec.table.c[name] == value)
        found.extend(codec.from_row(dict(row)) for row in conn.execute(stmt).mappings())
    return found


def existing_keys(conn: Connection, cls: type[Any], keys: Sequence[str]) -> set[str]:
    """Which of ``keys`` (single-column keys) the table already holds."""
    codec = codec_for(cls)
    column = codec.table.c[codec.key_fields[0]]
    found: set[str] = set()
    for start in range(0, len(keys), CHUNK):
        rows = conn.execute(select(column).where(column.in_(keys[start : start + CHUNK])))
        found.update(str(r[0]) for r in rows)
    return found


LinkInput = tuple[str, str, str | None, str | None, str | None]


def iter_link_inputs(conn: Connection) -> Iterator[LinkInput]:
    """(key, name, industry code, products, scope) of every enterprise, streamed."""
    t = schema.enterprises
    stmt = select(t.c.key, t.c.name, t.c.industry_code, t.c.products, t.c.scope)
    result = conn.execute(stmt.execution_options(stream_results=True, yield_per=STREAM))
    yield from ((key, name, code, products, scope) for key, name, code, products, scope in result)


def has_links(conn: Connection, scheme: str) -> bool:
    """Whether any link of ``scheme`` is stored (a first linking need not look up each)."""
    t = schema.links
    return conn.execute(select(t.c.node).where(t.c.scheme == scheme).limit(1)).first() is not None


def link_keys(conn: Connection, scheme: str, enterprises: Sequence[str]) -> set[tuple[str, str]]:
    """(enterprise, node) of the links already stored for ``scheme`` and ``enterprises``."""
    t = schema.links
    found: set[tuple[str, str]] = set()
    for start in range(0, len(enterprises), CHUNK):
        chunk = enterprises[start : start + CHUNK]
        stmt = select(t.c.enterprise, t.c.node).where(t.c.scheme == scheme)
        rows = conn.execute(stmt.where(t.c.enterprise.in_(chunk)))
        found.update((str(e), str(n)) for e, n in rows)
    return found


def add_links(conn: Connection, links: Sequence[Link]) -> None:
    """Insert ``links`` in one executemany: linking writes a batch of thousands at a time,
    and new links need neither the repository's name index nor a row-by-row insert."""
    codec = codec_for(Link)
    insert_rows(conn, schema.links, [codec.to_row(link) for link in links])


def region_subtree(conn: Connection, root: str) -> dict[str, str]:
    """Key -> name of ``root`` and every region inside it, one indexed query per level."""
    t = schema.regions
    row = conn.execute(select(t.c.key, t.c.name).where(t.c.key == root)).first()
    if row is None:
        return {}
    inside = {str(row[0]): str(row[1])}
    level = [root]
    while level:
        rows = conn.execute(select(t.c.key, t.c.name).where(t.c.parent.in_(level))).all()
        level = [str(k) for k, _ in rows if str(k) not in inside]
        inside.update({str(k): str(n) for k, n in rows})
    return inside
