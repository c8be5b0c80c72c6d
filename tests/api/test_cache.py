"""The response cache of ``chainatlas serve``: GETs are reused, a write empties it."""

from __future__ import annotations

from fastapi.testclient import TestClient

from chainatlas.api.app import create_app
from chainatlas.settings import Settings
from tests.api.conftest import bearer


def test_a_write_clears_cached_pages(loaded: Settings, editor: str) -> None:
    with TestClient(create_app(loaded, cache_seconds=60)) as client:
        assert client.get("/api/facts/f1").json()["value"] == "1287.40"
        done = client.patch("/api/facts/f1", json={"value": "1287.6"}, headers=bearer(editor))
        assert done.status_code == 200
        assert client.get("/api/facts/f1").json()["value"] == "1287.6"


def test_errors_are_not_cached(loaded: Settings) -> None:
    with TestClient(create_app(loaded, cache_seconds=60)) as client:
        assert client.get("/api/facts/f-late").status_code == 404
        from chainatlas.service.auth import Principal, Role
        from chainatlas.service.facts import create_fact
        from tests.api.test_writes import new_fact

        create_fact(loaded, new_fact("f-late"), Principal("脚本", Role.EDITOR))
        assert client.get("/api/facts/f-late").status_code == 200
