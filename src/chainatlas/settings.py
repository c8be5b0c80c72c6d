"""Where the database lives and other run-time choices, read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB_FILE = "chainatlas.db"
ENV_DATABASE_URL = "CHAINATLAS_DATABASE_URL"


def resolve_database_url(db: str | None = None) -> str:
    """Turn ``--db`` (a path or URL), the environment, or the default into a URL.

    A bare path means a SQLite file so that ``--db my.db`` just works.
    """
    value = db or os.environ.get(ENV_DATABASE_URL) or DEFAULT_DB_FILE
    if "://" in value:
        if value.startswith("postgresql://"):
            return "postgresql+psycopg://" + value[len("postgresql://") :]
        if value.startswith("postgres://"):
            return "postgresql+psycopg://" + value[len("postgres://") :]
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


@dataclass(frozen=True)
class Settings:
    """Run-time settings; built explicitly and passed down, never a module global."""

    database_url: str
    out_dir: Path = Path("out")

    @classmethod
    def from_env(cls, db: str | None = None) -> Settings:
        return cls(database_url=resolve_database_url(db))
