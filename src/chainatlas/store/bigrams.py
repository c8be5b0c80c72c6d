"""Names as overlapping character pairs, for two-character substring search on SQLite.

``江苏时代`` is indexed as the tokens ``江苏 苏时 时代``; a two-character query is then one
token.  The FTS5 table is contentless (the names live in ``names``), so deleting a name
means handing FTS5 the same pairs again, which :func:`unindex_bigrams` does.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from sqlalchemy import Connection, text


def bigrams_of(name: str) -> str:
    """The name's character pairs separated by spaces (case folded by the tokenizer).

    Pairs are taken inside runs of letters and digits only, so ``A（B`` gives no ``AB``.
    """
    runs = re.findall(r"[^\W_]+", name)
    return " ".join(a + b for run in runs for a, b in itertools.pairwise(run))


def can_answer(query: str) -> bool:
    """Whether the pair index answers ``query``: exactly two letters or digits."""
    return len(query) == 2 and query.isalnum()


def index_bigrams(conn: Connection, after_id: int) -> None:
    """Index every name row with an id above ``after_id`` (the batch just inserted)."""
    rows = conn.execute(
        text("SELECT id, name FROM names WHERE id > :after"), {"after": after_id}
    ).all()
    _write(conn, "INSERT INTO names_bigram(rowid, grams) VALUES (?, ?)", rows)


def unindex_bigrams(conn: Connection, kind: str, entity: str) -> None:
    """Remove an entity's names from the pair index (before the name rows go)."""
    rows = conn.execute(
        text("SELECT id, name FROM names WHERE kind = :kind AND entity = :entity"),
        {"kind": kind, "entity": entity},
    ).all()
    _write(
        conn,
        "INSERT INTO names_bigram(names_bigram, rowid, grams) VALUES ('delete', ?, ?)",
        rows,
    )


def backfill_bigrams(conn: Connection) -> None:
    """Index every existing name (for databases made before the pair index)."""
    index_bigrams(conn, 0)


def _write(conn: Connection, sql: str, rows: Iterable[tuple[int, str]]) -> None:
    params = [(row_id, bigrams_of(name)) for row_id, name in rows]
    if params:
        conn.exec_driver_sql(sql, params)
