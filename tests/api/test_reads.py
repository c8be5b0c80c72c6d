"""Reads are open: every resource lists with pagination and filters, and one item shows in
full; unknown keys and bad parameters answer in the one error shape."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import assert_error


def test_regions_paginate_with_next_offset(client: TestClient) -> None:
    first = client.get("/api/regions", params={"limit": 2}).json()
    assert [r["key"] for r in first["items"]] == ["320000", "320481"]
    assert first["next_offset"] == 2
    last = client.get("/api/regions", params={"limit": 2, "offset": 4}).json()
    assert [r["key"] for r in last["items"]] == ["old-park"]
    assert last["next_offset"] is None


def test_regions_filter_by_level_and_parent(client: TestClient) -> None:
    zones = client.get("/api/regions", params={"level": "zone"}).json()["items"]
    assert {r["key"] for r in zones} == {"old-park", "new-zone"}
    kids = client.get("/api/regions", params={"parent": "320481"}).json()["items"]
    assert {r["key"] for r in kids} == {"old-park", "new-zone"}


def test_region_shows_its_facts_with_provenance(client: TestClient) -> None:
    body = client.get("/api/regions/320481").json()
    assert body["name"] == "溧阳市"
    f1 = next(f for f in body["facts"] if f["key"] == "f1")
    assert f1["source"] == {"document": "doc1", "start": 10, "end": 19, "quote": "1287.40亿元"}


def test_unknown_key_is_404_in_the_error_shape(client: TestClient) -> None:
    error = assert_error(client.get("/api/regions/999999"), 404, "E404")
    assert "999999" in error["message"]
    assert_error(client.get("/api/enterprises/nobody"), 404, "E404")
    assert_error(client.get("/api/facts/none"), 404, "E404")
    assert_error(client.get("/api/no-such-resource"), 404, "E404")


def test_bad_parameters_are_422_naming_the_field(client: TestClient) -> None:
    error = assert_error(client.get("/api/regions", params={"limit": 0}), 422, "E422")
    assert "limit" in error["message"]
    assert_error(client.get("/api/regions", params={"level": "galaxy"}), 422, "E422")
    assert_error(client.get("/api/facts", params={"measure": "mood"}), 422, "E422")


def test_schemes_and_nodes(client: TestClient) -> None:
    chains = client.get("/api/schemes", params={"kind": "chain"}).json()["items"]
    assert [s["key"] for s in chains] == ["chain"]
    nodes = client.get("/api/schemes/chain/nodes").json()["items"]
    assert {n["key"] for n in nodes} == {"materials", "cells", "cathode"}
    node = client.get("/api/schemes/cluster/nodes/battery").json()
    assert node["tier_status"] == "achieved"
    assert_error(client.get("/api/schemes/nope/nodes"), 404, "E404")


def test_enterprises_search_and_filters(client: TestClient) -> None:
    def keys(**params: str) -> list[str]:
        response = client.get("/api/enterprises", params=params)
        assert response.status_code == 200, response.text
        return [e["key"] for e in response.json()["items"]]

    assert keys(q="子公司") == ["child-co"]
    assert keys(q="母公司") == ["parent-co"]
    assert sorted(keys(node="chain/cells")) == ["child-co", "xss-co"]
    assert keys(tag="链主") == ["child-co"]
    assert sorted(keys(region="320481")) == ["child-co", "xss-co"]
    assert keys(node="chain/cells", tag="龙头") == ["child-co"]
    assert keys(q="公司", region="320481") == ["child-co"]


def test_enterprise_shows_links_relations_projects_and_facts(client: TestClient) -> None:
    body = client.get("/api/enterprises/child-co").json()
    assert [(lk["scheme"], lk["node"]) for lk in body["links"]] == [("chain", "cells")]
    assert body["relations"] == [
        {"parent": "parent-co", "child": "child-co", "kind": "subsidiary", "share": "100"}
    ]
    assert [p["key"] for p in body["projects"]] == ["p1"]
    assert [f["key"] for f in body["facts"]] == ["f3"]


def test_projects_and_platforms(client: TestClient) -> None:
    producing = client.get("/api/projects", params={"stage": "producing"}).json()["items"]
    assert [p["key"] for p in producing] == ["p1"]
    assert client.get("/api/projects", params={"stage": "lead"}).json()["items"] == []
    assert client.get("/api/projects/p1").json()["milestones"][0]["stage"] == "signed"
    assert client.get("/api/platforms/inst").json()["nodes"] == ["chain/cells"]


def test_facts_filter_and_show_provenance(client: TestClient) -> None:
    derived = client.get("/api/facts", params={"status": "derived"}).json()["items"]
    assert [f["key"] for f in derived] == ["f-derived"]
    assert derived[0]["source"] == {"formula": "f1 / 0.886", "inputs": ["f1"]}
    imported = client.get("/api/facts/f3").json()
    assert imported["source"] == {"file": "vendor.csv", "row": 17}
    by_subject = client.get("/api/facts", params={"subject": "320481"}).json()["items"]
    assert {f["key"] for f in by_subject} == {"f1", "f-derived"}


def test_events_come_oldest_first_and_search_finds_aliases(client: TestClient) -> None:
    assert [e["key"] for e in client.get("/api/events").json()["items"]] == ["e1"]
    hits = client.get("/api/search", params={"q": "储能技术"}).json()["items"]
    assert hits == [{"kind": "platform", "key": "inst", "name": "储能技术研究院"}]


def test_openapi_lists_the_resources(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/regions", "/api/enterprises", "/api/facts", "/api/facts/{key}"):
        assert path in spec["paths"]
    assert "post" in spec["paths"]["/api/facts"]
    assert "patch" in spec["paths"]["/api/facts/{key}"]
