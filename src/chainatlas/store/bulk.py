"""Reads and writes sized for millions of rows: IN-list selects and narrow streams.

The repository reads whole entities one query at a time; chain maps and linking need
"these thousand keys" and "every enterprise's name, code, products and scope", which are
one chunked ``IN`` select and one narrow streamed select here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from chainatlas.model.enterprise import Enterprise
from chainatlas.store import schema
from chainatlas.store.codec import codec_for

T = TypeVar("T")

#: Keys per IN list: below SQLite's default limit of 32,766 bound parameters.
CHUNK = 900
STREAM = 10_000


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


def iter_link_inputs(conn: Connection) -> Iterator[Enterprise]:
    """Every enterprise with only what linking reads: key, name, code, products, scope."""
    t = schema.enterprises
    stmt = select(t.c.key, t.c.name, t.c.industry_code, t.c.products, t.c.scope)
    result = conn.execute(stmt.execution_options(stream_results=True, yield_per=STREAM))
    for key, name, code, products, scope in result:
        yield Enterprise(key=key, name=name, industry_code=code, products=products, scope=scope)


def link_keys(conn: Connection, scheme: str) -> set[tuple[str, str]]:
    """(enterprise, node) of every link already stored for ``scheme``."""
    t = schema.links
    rows = conn.execute(select(t.c.enterprise, t.c.node).where(t.c.scheme == scheme))
    return {(str(e), str(n)) for e, n in rows}


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


def insert_links(conn: Connection, rows: Iterable[dict[str, Any]], batch: int = 20_000) -> int:
    """Insert link rows (the links table's columns) with one driver executemany per batch.

    The statement goes to the driver directly: SQLAlchemy's per-row parameter processing
    costs more than SQLite's own insert at a million rows.
    """
    columns = [c.name for c in schema.links.columns]
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f"INSERT INTO links ({names}) VALUES ({', '.join([mark] * len(columns))})"
    total, pending = 0, []
    for row in rows:
        pending.append(tuple(row[c] for c in columns))
        if len(pending) >= batch:
            conn.exec_driver_sql(sql, pending)
            total, pending = total + len(pending), []
    if pending:
        conn.exec_driver_sql(sql, pending)
        total += len(pending)
    return total
