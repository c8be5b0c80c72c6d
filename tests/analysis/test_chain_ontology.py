"""The bundled power-battery chain ontology is well formed and its codes are real."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import require_shared

ONTOLOGY = (
    Path(__file__).resolve().parents[2] / "src/chainatlas/data/liyang/chain_power_battery.yaml"
)
STAGES = {"resources", "materials", "equipment", "cells", "applications", "recycling"}
CONTRACT_KEYS = {
    "lithium", "cobalt", "nickel", "graphite", "cathode", "anode", "separator",
    "electrolyte", "copper-foil", "aluminium-foil", "structural-parts",
    "battery-equipment", "cells", "modules-packs", "bms", "ev", "energy-storage",
    "charging-swapping", "recycling",
}  # fmt: skip


def load_ontology() -> dict[str, Any]:
    with ONTOLOGY.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def test_ontology_has_the_agreed_keys_and_stages() -> None:
    data = load_ontology()
    assert set(data) == {"schemes", "nodes", "edges"}
    assert data["schemes"] == [{**data["schemes"][0], "key": "power-battery", "kind": "chain"}]
    keys = {node["key"] for node in data["nodes"]}
    assert keys == CONTRACT_KEYS
    assert all(node["stage"] in STAGES for node in data["nodes"])
    assert all(node["scheme"] == "power-battery" for node in data["nodes"])


def test_every_industry_code_exists_in_gbt4754_2017() -> None:
    table = require_shared("data", "industry", "gbt4754_2017_codes.csv")
    with table.open(encoding="utf-8") as handle:
        known = {row["full_code"] for row in csv.DictReader(handle)}
    codes = [code for node in load_ontology()["nodes"] for code in node.get("industry_codes", [])]
    assert codes
    assert [code for code in codes if code not in known] == []


def test_edges_join_known_nodes_and_supply_edges_are_acyclic() -> None:
    data = load_ontology()
    keys = {node["key"] for node in data["nodes"]}
    edges = data["edges"]
    assert all(e["source"] in keys and e["target"] in keys for e in edges)
    supply = {(e["source"], e["target"]) for e in edges if e.get("kind") != "recycles"}
    remaining = set(keys)
    while remaining:  # Kahn: peel nodes with no incoming edge from the remaining ones
        sources = {k for k in remaining if not any(t == k and s in remaining for s, t in supply)}
        assert sources, f"cycle among {sorted(remaining)}"
        remaining -= sources
