"""An app over a small dataset that uses every entity kind, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from chainatlas.api.app import create_app
from chainatlas.service.auth import create_token
from chainatlas.service.dataset import import_dataset
from chainatlas.settings import Settings

FIXTURE = Path(__file__).resolve().parents[1] / "ingest" / "fixtures" / "every_entity.yaml"
XSS = "<script>alert(1)</script>"

#: Names a person could type or a page could be fed, each of which must show as text.
EXTRA = f"""
enterprises:
  - key: xss-co
    name: "{XSS}"
    aliases: ["<img src=x onerror=alert(2)>"]
    region: "320481"
    products: "\\"><svg onload=alert(3)>"
    tags: ["<b>粗体</b>"]
links:
  - {{enterprise: xss-co, scheme: chain, node: cells, evidence: manual, detail: "<iframe src=javascript:alert(4)>"}}
"""


@pytest.fixture
def loaded(settings: Settings, tmp_path: Path) -> Settings:
    import_dataset(settings, FIXTURE)
    extra = tmp_path / "extra.yaml"
    extra.write_text(EXTRA, encoding="utf-8")
    import_dataset(settings, extra)
    return settings


@pytest.fixture
def client(loaded: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(loaded)) as c:
        yield c


@pytest.fixture
def editor(loaded: Settings) -> str:
    return create_token(loaded, "张编辑", "editor").token


@pytest.fixture
def viewer(loaded: Settings) -> str:
    return create_token(loaded, "李读者", "viewer").token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_error(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """The one error shape: {"error": {"code", "status", "message"}}."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    return body["error"]
