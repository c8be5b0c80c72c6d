"""Database errors turned into ours, so no layer above sees SQLAlchemy exceptions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError

from chainatlas.errors import Conflict, NotFound


@contextmanager
def translate_errors() -> Iterator[None]:
    """Map integrity errors: uniqueness -> Conflict, broken references -> NotFound."""
    try:
        yield
    except IntegrityError as exc:
        text = str(exc.orig)
        lowered = text.lower()
        detail = text.splitlines()[0]
        if "unique" in lowered or "duplicate" in lowered or "primary key" in lowered:
            raise Conflict(f"already exists: {detail}") from exc
        if "foreign key" in lowered:
            raise NotFound(f"refers to something missing: {detail}") from exc
        raise Conflict(f"violates a rule of the database: {detail}") from exc
