"""Fixtures shared by the whole suite.

``shared``: the reference data in ``../shared`` beside the checkout.  Tests that need it
skip with a reason in a user's own clone, and fail under CI (``CI=true``), where it must be
present.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CHAINATLAS_SHARED", ROOT.parent / "shared"))


def skip_or_fail(reason: str) -> NoReturn:
    """Skip for want of something outside the project; under CI, where it must be, fail."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def require_shared(*parts: str) -> Path:
    """Path to ``../shared/<parts>``; skip (or fail under CI) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        skip_or_fail(f"reference data {path} is absent (it sits beside the checkout in CI)")
    return path


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``chainatlas ARGS`` in a fresh process, as a user runs it; output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "chainatlas", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


@pytest.fixture
def shared() -> Path:
    return require_shared()


# ---------------------------------------------------------------- databases
#
# Every test that takes ``db_url`` or ``settings`` runs once on a fresh SQLite file and,
# where CHAINATLAS_TEST_POSTGRES_URL names a server (an admin URL such as
# postgresql://postgres@localhost/postgres), once more on a fresh PostgreSQL database.
# Under CI the PostgreSQL run is required.

PG_ADMIN_URL = os.environ.get("CHAINATLAS_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", "postgresql"]


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("CI") == "true" and not PG_ADMIN_URL:
        raise pytest.UsageError(
            "CI=true needs CHAINATLAS_TEST_POSTGRES_URL: the suite runs on PostgreSQL too"
        )


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    if not PG_ADMIN_URL:
        pytest.skip("set CHAINATLAS_TEST_POSTGRES_URL to run on PostgreSQL")
    yield from _postgres_database()


def _postgres_database():  # type: ignore[no-untyped-def]
    import uuid

    import sqlalchemy as sa

    from chainatlas.settings import resolve_database_url

    admin_url = resolve_database_url(PG_ADMIN_URL)
    name = f"ca_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(admin_url).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        from chainatlas.service.session import close_stores

        close_stores()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(autouse=True)
def _close_shared_stores():  # type: ignore[no-untyped-def]
    """Each test starts without the shared stores of the one before."""
    yield
    from chainatlas.service.session import close_stores

    close_stores()


@pytest.fixture
def settings(db_url: str):  # type: ignore[no-untyped-def]
    from chainatlas.settings import Settings

    return Settings(database_url=db_url)
