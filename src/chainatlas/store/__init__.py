"""Persistence: SQLAlchemy Core on a SQLite file or PostgreSQL. Nothing else talks SQL."""

from chainatlas.store.store import Store

__all__ = ["Store"]
