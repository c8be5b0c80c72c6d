"""Writes need an editor's token: without one, with a wrong one or a viewer's, nothing is
written; what an editor writes records who and when."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from chainatlas.service.auth import list_tokens, revoke_token
from chainatlas.settings import Settings
from tests.api.conftest import assert_error, bearer


def new_fact(key: str = "f-new", **changes: Any) -> dict[str, Any]:
    record = {
        "key": key,
        "subject_type": "region",
        "subject": "new-zone",
        "indicator": "output",
        "measure": "level",
        "period": "2022",
        "value": "812.5",
        "unit": "亿元",
        "qualifier": "approx",
        "source": {"document": "doc1", "start": 40, "end": 48, "quote": "约812.5亿元"},
    }
    return {**record, **changes}


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({}, 401, "E401"),
        ({"Authorization": "Bearer not-a-token"}, 401, "E401"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, 401, "E401"),
        ("viewer", 403, "E403"),
    ],
)
def test_refused_writes_leave_nothing_behind(
    client: TestClient, viewer: str, headers: Any, status: int, code: str
) -> None:
    headers = bearer(viewer) if headers == "viewer" else headers
    assert_error(client.post("/api/facts", json=new_fact(), headers=headers), status, code)
    assert_error(client.get("/api/facts/f-new"), 404, "E404")
    before = client.get("/api/facts/f1").json()
    patch = client.patch("/api/facts/f1", json={"value": "1"}, headers=headers)
    assert_error(patch, status, code)
    assert client.get("/api/facts/f1").json() == before


def test_editor_adds_a_fact_signed_with_name_and_time(client: TestClient, editor: str) -> None:
    response = client.post("/api/facts", json=new_fact(), headers=bearer(editor))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["source"]["accepted_by"] == "张编辑"
    assert body["source"]["accepted_at"].startswith("20")
    stored = client.get("/api/facts/f-new").json()
    assert stored == body
    assert stored["value"] == "812.5" and stored["qualifier"] == "approx"


def test_a_duplicate_key_is_a_conflict(client: TestClient, editor: str) -> None:
    assert_error(
        client.post("/api/facts", json=new_fact("f1"), headers=bearer(editor)), 409, "E409"
    )


def test_an_invalid_fact_names_its_field(client: TestClient, editor: str) -> None:
    error = assert_error(
        client.post("/api/facts", json=new_fact(unit="斤斤"), headers=bearer(editor)), 422, "E102"
    )
    assert "unit" in error["message"]
    no_source = {k: v for k, v in new_fact().items() if k != "source"}
    error = assert_error(
        client.post("/api/facts", json=no_source, headers=bearer(editor)), 422, "E123"
    )
    assert "source" in error["message"]
    missing = client.post("/api/facts", json=new_fact(subject="nowhere"), headers=bearer(editor))
    assert_error(missing, 404, "E404")
    assert_error(client.get("/api/facts/f-new"), 404, "E404")


def test_editor_corrects_a_fact_and_the_correction_is_signed(
    client: TestClient, editor: str
) -> None:
    response = client.patch(
        "/api/facts/f1", json={"value": "1287.5", "note": "据公报更正"}, headers=bearer(editor)
    )
    assert response.status_code == 200, response.text
    body = client.get("/api/facts/f1").json()
    assert body["value"] == "1287.5" and body["note"] == "据公报更正"
    assert body["source"]["quote"] == "1287.40亿元"  # provenance kept
    assert body["source"]["accepted_by"] == "张编辑"


def test_a_correction_may_not_change_key_or_subject(client: TestClient, editor: str) -> None:
    error = assert_error(
        client.patch("/api/facts/f1", json={"subject": "CN"}, headers=bearer(editor)), 422, "E101"
    )
    assert "subject" in error["message"]
    assert_error(
        client.patch("/api/facts/nope", json={"note": "x"}, headers=bearer(editor)), 404, "E404"
    )


def test_a_revoked_token_no_longer_writes(
    client: TestClient, loaded: Settings, editor: str
) -> None:
    token_id = next(int(str(t["id"])) for t in list_tokens(loaded) if t["name"] == "张编辑")
    revoke_token(loaded, token_id)
    assert_error(client.post("/api/facts", json=new_fact(), headers=bearer(editor)), 401, "E401")


def test_tokens_are_stored_only_as_hashes(loaded: Settings, editor: str) -> None:
    from chainatlas.service.session import open_store
    from chainatlas.store import schema

    store = open_store(loaded)
    try:
        with store.connect() as conn:
            rows = conn.execute(schema.tokens.select()).mappings().all()
    finally:
        store.dispose()
    assert rows and all(editor not in str(dict(r).values()) for r in rows)
