"""Parallel editors: no write is lost, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fastapi.testclient import TestClient

from chainatlas.api.app import create_app
from chainatlas.settings import Settings
from tests.api.conftest import bearer
from tests.api.test_writes import new_fact

ROUNDS = 4


def _run_parallel(
    settings: Settings, calls: list[tuple[str, str, dict[str, Any]]], token: str
) -> list[int]:
    barrier = threading.Barrier(len(calls))
    app = create_app(settings)

    def call(method: str, url: str, body: dict[str, Any]) -> int:
        with TestClient(app) as client:
            barrier.wait()
            return client.request(method, url, json=body, headers=bearer(token)).status_code

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(lambda c: call(*c), calls))


def test_parallel_corrections_of_one_fact_keep_every_field(
    client: TestClient, loaded: Settings, editor: str
) -> None:
    for round_ in range(ROUNDS):
        changes = {
            "note": f"第{round_}轮",
            "scope": f"scope-{round_}",
            "rank_of": 100 + round_,
            "value": f"1287.{round_}",
        }
        calls = [("PATCH", "/api/facts/f1", {k: v}) for k, v in changes.items()]
        assert _run_parallel(loaded, calls, editor) == [200] * len(calls)
        fact = client.get("/api/facts/f1").json()
        assert {k: fact[k] for k in changes} == changes


def test_parallel_additions_are_all_kept(client: TestClient, loaded: Settings, editor: str) -> None:
    calls = [("POST", "/api/facts", new_fact(f"f-par-{i}")) for i in range(12)]
    assert _run_parallel(loaded, calls, editor) == [201] * 12
    keys = {f["key"] for f in client.get("/api/facts", params={"limit": 100}).json()["items"]}
    assert {f"f-par-{i}" for i in range(12)} <= keys
