"""Hostile input: markup in names renders as text; SQL in search and filters is just text."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import XSS

INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE enterprises; --",
    '" OR 1=1 --',
    "%' UNION SELECT key, name, name FROM tokens --",
    "\\",
    "_%",
    "320481' --",
]


@pytest.mark.parametrize("path", ["/enterprises", "/enterprises/xss-co", "/enterprises?q=script"])
def test_markup_in_names_is_shown_as_text(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html and "<svg onload" not in html and "<iframe" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_markup_comes_back_unchanged_as_json(client: TestClient) -> None:
    assert client.get("/api/enterprises/xss-co").json()["name"] == XSS
    assert client.get("/enterprises/xss-co.json").json()["enterprise"]["name"] == XSS


@pytest.mark.parametrize("text", INJECTIONS)
def test_sql_in_search_and_filters_is_plain_text(client: TestClient, text: str) -> None:
    for params in ({"q": text}, {"region": text}, {"tag": text}, {"node": f"chain/{text}"}):
        response = client.get("/api/enterprises", params=params)
        assert response.status_code == 200, (params, response.text)
        assert response.json()["items"] == []
    assert client.get("/api/search", params={"q": text}).json()["items"] == []
    assert client.get("/api/facts", params={"subject": text}).json()["items"] == []
    assert client.get("/enterprises", params={"q": text}).status_code == 200
    everyone = client.get("/api/enterprises").json()["items"]
    assert {e["key"] for e in everyone} == {"child-co", "parent-co", "xss-co"}
