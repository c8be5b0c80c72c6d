"""Who may write: API tokens with a role (viewer < editor < admin).

Reads are open.  A write presents a token; only its SHA-256 hash is stored, so a leaked
database does not leak tokens.  A missing or unknown token is 401, a token whose role is
too low is 403.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum

from chainatlas.errors import Forbidden, InvalidValue, NotFound, Unauthorized
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import tokens


class Role(IntEnum):
    """Roles in rising order of what they may do."""

    VIEWER = 1
    EDITOR = 2
    ADMIN = 3

    @classmethod
    def parse(cls, text: str) -> Role:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise InvalidValue(f"unknown role {text!r} (viewer, editor or admin)") from None

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Principal:
    """The holder of a valid token: recorded as ``accepted_by`` on what they write."""

    name: str
    role: Role


@dataclass(frozen=True)
class IssuedToken:
    id: int
    name: str
    role: Role
    token: str  # shown once, never stored


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def now_iso() -> str:
    """The time a write is recorded with (UTC, seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def create_token(settings: Settings, name: str, role: str) -> IssuedToken:
    """Make a new random token for ``name``; its plain text is returned only here."""
    parsed = Role.parse(role)
    if not name.strip():
        raise InvalidValue("a token needs a name (who holds it)")
    token = secrets.token_urlsafe(32)
    store = open_store(settings)
    with store.transaction() as conn:
        token_id = tokens.add_token(
            conn,
            name=name.strip(),
            role=parsed.label,
            digest=hash_token(token),
            created_at=now_iso(),
        )
    return IssuedToken(token_id, name.strip(), parsed, token)


def authenticate(settings: Settings, token: str | None, need: Role = Role.EDITOR) -> Principal:
    """The principal holding ``token`` if its role reaches ``need``; 401/403 otherwise."""
    if not token:
        raise Unauthorized("this write needs a token (Authorization: Bearer <token>)")
    store = open_store(settings)
    with store.connect() as conn:
        record = tokens.find_token(conn, hash_token(token))
    if record is None:
        raise Unauthorized("the token is not valid (unknown or revoked)")
    role = Role.parse(record.role)
    if role < need:
        raise Forbidden(f"role {role.label} may not do this; it needs {need.label}")
    return Principal(record.name, role)


def list_tokens(settings: Settings) -> list[dict[str, object]]:
    store = open_store(settings)
    with store.connect() as conn:
        return [
            {
                "id": t.id,
                "name": t.name,
                "role": t.role,
                "created_at": t.created_at,
                "revoked": t.revoked,
            }
            for t in tokens.list_tokens(conn)
        ]


def revoke_token(settings: Settings, token_id: int) -> None:
    store = open_store(settings)
    with store.transaction() as conn:
        if not tokens.revoke_token(conn, token_id):
            raise NotFound(f"no token {token_id}")
