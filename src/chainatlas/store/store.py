"""The :class:`Store`: one database, its migrations and its transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from chainatlas.store.engine import create_db_engine
from chainatlas.store.errors import translate_errors

MIGRATIONS = Path(__file__).with_name("migrations")


class Store:
    """A database reached by URL; everything that talks SQL goes through one."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        return cls(create_db_engine(url))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _alembic_config(self, conn: Connection) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        return cfg

    def init(self) -> None:
        """Create or upgrade the schema to the newest migration."""
        with self.engine.begin() as conn:
            command.upgrade(self._alembic_config(conn), "head")

    def is_current(self) -> bool:
        """Whether the schema exists and is at the newest migration."""
        with self.engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            head = ScriptDirectory.from_config(self._alembic_config(conn)).get_current_head()
        return current is not None and current == head

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed on success, rolled back on any exception."""
        with translate_errors(), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for reads."""
        with translate_errors(), self.engine.connect() as conn:
            yield conn

    def dispose(self) -> None:
        """Close the connection pool."""
        self.engine.dispose()
