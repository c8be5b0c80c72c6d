"""Substring search over every name and alias, Chinese included, on both backends.

SQLite: an FTS5 table with the trigram tokenizer answers substrings of three or more
characters from its index, and a second one holding each name's character pairs answers
two-character queries (时代, 溧阳: common in Chinese names); anything else (one character,
punctuation) falls back to LIKE.  PostgreSQL: a pg_trgm GIN index serves ILIKE.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, select, text

from chainatlas.store import schema
from chainatlas.store.bigrams import can_answer, index_bigrams, unindex_bigrams
from chainatlas.store.bulk_insert import insert_rows

#: How many index hits are ranked (exact, then shortest names first) per query.
CANDIDATES = 500


@dataclass(frozen=True)
class NameHit:
    kind: str
    key: str
    name: str


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_names(
    conn: Connection, query: str, kinds: list[str] | None = None, limit: int = 20
) -> list[NameHit]:
    """Entities whose name or an alias contains ``query``; exact and short names first."""
    needle = query.strip()
    if not needle:
        return []
    params: dict[str, object] = {"limit": CANDIDATES, "exact": needle}
    kind_filter = ""
    if kinds:
        kind_filter = " AND m.kind IN (" + ", ".join(f":k{i}" for i in range(len(kinds))) + ")"
        params.update({f"k{i}": k for i, k in enumerate(kinds)})
    sqlite = conn.dialect.name == "sqlite"
    if sqlite and (len(needle) >= 3 or can_answer(needle)):
        # The index answers first (a subquery, so SQLite cannot turn it into a probe per
        # name row); exact names come from the B-tree so they are never crowded out.
        index = "names_fts" if len(needle) >= 3 else "names_bigram"
        params["q"] = '"' + needle.replace('"', '""') + '"'
        matched = (
            f"SELECT f.rowid FROM {index} f CROSS JOIN names m ON m.id = f.rowid"
            f" WHERE {index} MATCH :q{kind_filter} LIMIT :limit"
        )
    else:
        params["q"] = f"%{_escape_like(needle)}%"
        op = "ILIKE" if conn.dialect.name == "postgresql" else "LIKE"
        matched = (
            f"SELECT m.id FROM names m WHERE m.name {op} :q ESCAPE '\\'{kind_filter} LIMIT :limit"
        )
    # Two SELECTs, not one with OR: an OR across the subquery and the name would make
    # the database scan every name row instead of using either index.  The kinds are
    # filtered inside the subquery only: outside, SQLite would walk the kind index.
    outer_filter = kind_filter.replace("m.kind", "n.kind")
    sql = (
        f"SELECT n.kind, n.entity, n.name FROM names n WHERE n.id IN ({matched})"
        f" UNION SELECT n.kind, n.entity, n.name FROM names n WHERE n.name = :exact{outer_filter}"
    )
    rows = conn.execute(text(sql), params).all()
    best: dict[tuple[str, str], NameHit] = {}
    for kind, key, name in rows:
        hit = NameHit(kind, key, name)
        seen = best.get((kind, key))
        if seen is None or _rank(hit, needle) < _rank(seen, needle):
            best[(kind, key)] = hit
    return sorted(best.values(), key=lambda h: _rank(h, needle))[:limit]


def _rank(hit: NameHit, needle: str) -> tuple[int, int, str]:
    return (0 if hit.name == needle else 1, len(hit.name), hit.name)


def add_names(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert name rows and index them for substring search in one statement per batch."""
    if not rows:
        return
    names = schema.names
    sqlite = conn.dialect.name == "sqlite"
    before = (
        conn.execute(select(func.coalesce(func.max(names.c.id), 0))).scalar_one() if sqlite else 0
    )
    insert_rows(conn, names, rows)
    if sqlite:
        conn.execute(
            text(
                "INSERT INTO names_fts(rowid, name) SELECT id, name FROM names WHERE id > :before"
            ),
            {"before": before},
        )
        index_bigrams(conn, before)


def remove_names(conn: Connection, kind: str, entity: str) -> None:
    """Remove an entity's names from the table and from the index."""
    names = schema.names
    if conn.dialect.name == "sqlite":
        unindex_bigrams(conn, kind, entity)
        conn.execute(
            text(
                "INSERT INTO names_fts(names_fts, rowid, name) "
                "SELECT 'delete', id, name FROM names WHERE kind = :kind AND entity = :entity"
            ),
            {"kind": kind, "entity": entity},
        )
    conn.execute(delete(names).where(names.c.kind == kind, names.c.entity == entity))
