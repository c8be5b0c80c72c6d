"""API tokens: only their SHA-256 hashes are stored, never the tokens themselves."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from chainatlas.store import schema
from chainatlas.store.errors import translate_errors


@dataclass(frozen=True)
class TokenRecord:
    id: int
    name: str
    role: str
    created_at: str
    revoked: bool


def _record(row: dict[str, object]) -> TokenRecord:
    return TokenRecord(
        id=int(str(row["id"])),
        name=str(row["name"]),
        role=str(row["role"]),
        created_at=str(row["created_at"]),
        revoked=bool(row["revoked"]),
    )


def add_token(conn: Connection, *, name: str, role: str, digest: str, created_at: str) -> int:
    """Store a token hash; returns the new token's id."""
    with translate_errors():
        result = conn.execute(
            insert(schema.tokens)
            .values(name=name, role=role, hash=digest, created_at=created_at, revoked=False)
            .returning(schema.tokens.c.id)
        )
    return int(result.scalar_one())


def find_token(conn: Connection, digest: str) -> TokenRecord | None:
    """The live (not revoked) token with this hash, if any."""
    t = schema.tokens
    stmt = select(t).where(t.c.hash == digest, t.c.revoked.is_(False))
    row = conn.execute(stmt).mappings().first()
    return None if row is None else _record(dict(row))


def list_tokens(conn: Connection) -> list[TokenRecord]:
    rows = conn.execute(select(schema.tokens).order_by(schema.tokens.c.id)).mappings()
    return [_record(dict(r)) for r in rows]


def revoke_token(conn: Connection, token_id: int) -> bool:
    """Mark a token revoked; False when no such token exists."""
    t = schema.tokens
    done = conn.execute(update(t).where(t.c.id == token_id).values(revoked=True))
    return bool(done.rowcount)
