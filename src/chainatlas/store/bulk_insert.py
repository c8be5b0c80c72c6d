"""Bulk inserts straight through the driver's executemany.

SQLAlchemy's per-row parameter processing costs more than SQLite's own work on
million-row imports; here each batch becomes one prepared statement and a list of
tuples, with JSON columns serialised once.  Same SQL on both backends.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import JSON, Connection, Table


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in one executemany."""
    if not rows:
        return
    columns = list(rows[0])
    quote = conn.dialect.identifier_preparer.quote
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join(mark for _ in columns)})"
    )
    json_columns = {c for c in columns if isinstance(table.c[c].type, JSON)}
    if json_columns:
        params = [
            tuple(_dump(row[c]) if c in json_columns else row[c] for c in columns) for row in rows
        ]
    else:
        params = [tuple(row[c] for c in columns) for row in rows]
    conn.exec_driver_sql(sql, params)


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)
