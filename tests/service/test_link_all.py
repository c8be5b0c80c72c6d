"""挂链 of every stored enterprise: streamed reads, batched writes, stored links kept."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from chainatlas.analysis.linking import Linker
from chainatlas.model.enterprise import Enterprise, Link
from chainatlas.model.scheme import Node
from chainatlas.service import chains
from chainatlas.service.dataset import bundled_dataset_path, import_dataset
from chainatlas.settings import Settings
from chainatlas.store import Store, repository

PRODUCTS = ["锂电池隔膜", "服装", "正极材料", "电池管理系统"]
SCOPES = ["锂离子电池的研发、生产", "锂离子电池销售；日用百货批发", "餐饮服务", "电解液的生产"]


@pytest.fixture
def chain(settings: Settings) -> Settings:
    import_dataset(settings, bundled_dataset_path("liyang") / "chain_power_battery.yaml")
    return settings


def write_table(path: Path, first: int, last: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["企业名称", "统一社会信用代码", "国标行业", "主营产品", "经营范围"])
        for i in range(first, last + 1):
            out.writerow([f"测试{i}有限公司", f"91{i:016d}", "C3841" if i % 3 == 0 else "",
                          PRODUCTS[i % 4], SCOPES[(i // 4) % 4]])  # fmt: skip
    return path


def stored_links(settings: Settings) -> tuple[list[Link], list[Enterprise], list[Node]]:
    store = Store.open(settings.database_url)
    try:
        with store.connect() as conn:
            return (
                repository.list_all(conn, Link, scheme="power-battery"),
                repository.list_all(conn, Enterprise),
                repository.list_all(conn, Node, scheme="power-battery"),
            )
    finally:
        store.dispose()


def test_links_match_the_linker_and_relinking_adds_only_new_ones(
    chain: Settings, tmp_path: Path
) -> None:
    rows = 5_030  # more than one batch of enterprises
    chains.import_enterprises(chain, write_table(tmp_path / "a.csv", 1, rows))
    counts = chains.link_all(chain)
    links, enterprises, nodes = stored_links(chain)
    expected = {
        (p.enterprise, p.node): p.to_link() for e in enterprises for p in Linker(nodes).propose(e)
    }
    assert {(x.enterprise, x.node): x for x in links} == expected
    assert counts["enterprises"] == rows and counts["kept"] == 0
    assert counts["accepted"] + counts["proposed"] == len(links) > rows
    assert counts["accepted"] > 0 and counts["proposed"] > 0

    chains.import_enterprises(chain, write_table(tmp_path / "b.csv", rows + 1, rows + 8))
    again = chains.link_all(chain)
    after, _, _ = stored_links(chain)
    new = [x for x in after if x.enterprise > f"91{rows:016d}"]
    assert again["kept"] == len(links) and again["enterprises"] == rows + 8
    assert again["accepted"] + again["proposed"] == len(new) == len(after) - len(links) > 0
