"""The Liyang power-battery chain map, diagnosis, targets and projects through the services.

Verdicts asserted here follow from the bundled data: 宁德时代/江苏时代 (链主) make 电芯
strong; 卓高 (龙头, 国内最大的涂覆隔膜研发制造商) makes 隔膜 strong; 上汽时代 (龙头) and
普莱德 make 模组与电池包 strong; 科达利 and 震裕科技 are the only 结构件 firms (weak); the
articles name no cathode maker, no vehicle maker in 溧阳 (比亚迪 and 理想 are in 常州), and
no recycler.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chainatlas.errors import InputError, NotFound
from chainatlas.model.enterprise import Enterprise
from chainatlas.service import chain_views, chains
from chainatlas.service.dataset import bundled_dataset_path, import_dataset
from chainatlas.settings import Settings
from chainatlas.store import Store, repository
from tests.conftest import require_shared


@pytest.fixture
def liyang(settings: Settings) -> Settings:
    import_dataset(settings, bundled_dataset_path("liyang"))
    return settings


def test_chain_map_shows_the_stages_and_enterprises_the_articles_name(liyang: Settings) -> None:
    data = chain_views.chain_report_dict(chains.build_region_chain(liyang, "320481"))
    assert [s["stage"] for s in data["stages"]] == [
        "resources", "materials", "equipment", "cells", "applications", "recycling",
    ]  # fmt: skip
    assert [s["name"] for s in data["stages"]] == [
        "资源", "材料", "设备", "电芯与电池包", "应用", "回收利用",
    ]  # fmt: skip
    names = {n["key"]: {e["name"] for e in n["enterprises"]} for n in data["nodes"]}
    assert {"宁德时代", "江苏时代新能源科技有限公司", "上汽时代", "美国波士顿电池公司"} <= names[
        "cells"
    ]
    assert names["separator"] == {"江苏卓高新材料科技有限公司", "璞泰来"}
    assert names["structural-parts"] == {"科达利", "震裕科技"}
    assert names["battery-equipment"] == {"联赢激光"}
    assert names["modules-packs"] == {"上汽时代", "普莱德"}
    pride = next(e for n in data["nodes"] for e in n["enterprises"] if e["name"] == "普莱德")
    assert pride["presence"].startswith("project 普莱德溧阳高新区产业项目")
    packs = next(n for n in data["nodes"] if n["key"] == "modules-packs")
    assert packs["pending_review"] == 1  # 立讯精密, proposed at 0.4
    assert (packs["stage_name"], packs["verdict_label"]) == (
        "电芯与电池包",
        {"zh": "强", "en": "strong"},
    )
    assert packs["reasons"][0]["code"] == "leaders" and packs["reasons"][0]["zh"].startswith(
        "有链主/龙头："
    )
    cathode = next(a for a in data["actions"] if a["node"] == "cathode")
    assert cathode["action_label"] == {"zh": "补链", "en": "fill"}
    assert cathode["reasons"][0] == {
        "code": "no_members",
        "zh": "本地没有企业挂在“正极材料”节点",
        "en": "no enterprise of the region is linked to 正极材料",
        "params": {"node": "正极材料"},
    }


def test_diagnosis_names_gaps_with_reasons(liyang: Settings) -> None:
    diagnosis = chains.build_region_chain(liyang, "320481").diagnosis
    verdict = {d.node: d.verdict.value for d in diagnosis.nodes}
    assert verdict["cells"] == verdict["separator"] == verdict["modules-packs"] == "strong"
    assert verdict["structural-parts"] == verdict["anode"] == verdict["battery-equipment"] == "weak"
    assert verdict["cathode"] == verdict["ev"] == verdict["recycling"] == "missing"
    assert diagnosis.main_path == (
        "lithium",
        "cathode",
        "cells",
        "modules-packs",
        "ev",
        "recycling",
    )
    actions = {a.node: a for a in diagnosis.actions}
    assert actions["cathode"].action.value == "补链" and actions["cathode"].priority == 1
    downstream = next(r for r in actions["cathode"].reasons if r.code == "strong_downstream")
    assert (downstream.zh, downstream.en) == (
        "供给本地强势下游：电芯",
        "supplies strong downstream 电芯",
    )
    assert actions["ev"].action.value == "补链"
    assert actions["structural-parts"].action.value == "强链"
    zh = [r.zh for r in actions["structural-parts"].reasons]
    assert zh == [
        "企业2家：科达利、震裕科技",
        "企业少于3家",
        "无链主/龙头或细分领域领先企业",
        "不在主链路上",
    ]
    assert "fewer than 3 enterprises" in [r.en for r in actions["structural-parts"].reasons]
    assert actions["recycling"].action.value == "延链"
    cells = next(d for d in diagnosis.nodes if d.node == "cells")
    assert cells.reasons[0].en.startswith("leader(s): 宁德时代")
    assert cells.reasons[0].zh.startswith("有链主/龙头：宁德时代")


def test_projects_report_the_363_days_and_what_if(liyang: Settings) -> None:
    statuses, simulated = chains.list_projects(liyang, what_if="zhuogao-phase2", region="320481")
    phase4 = next(s for s in statuses if s.project == "jiangsu-catl-phase4")
    span = next(s for s in phase4.spans if s.start.value == "signed")
    assert (span.end.value, span.min_days, span.exact) == ("producing", 363, True)
    assert span.source == "004-catl-phase4-signing-to-output"
    assert simulated is not None and simulated.node == "separator" and simulated.changes == ()
    (why,) = simulated.reasons
    assert why.code == "already_member"
    assert why.zh == "江苏卓高新材料科技有限公司已在本地“隔膜”节点，图谱不变"
    assert "already on 隔膜" in why.en


def test_szse_import_places_companies_and_targets_rank_them(liyang: Settings) -> None:
    chains.import_regions(liyang, require_shared("data", "regions", "mca_codes_2024.txt"))
    chains.import_industries(liyang, require_shared("data", "industry", "gbt4754_2017_codes.csv"))
    report = chains.import_enterprises(
        liyang, require_shared("data", "companies", "szse_a_list.csv")
    )
    assert report.imported == 2870 and report.placed["county"] > 1900
    assert all(u["reason"] for u in report.unplaced)
    store = Store.open(liyang.database_url)
    with store.connect() as conn:
        assert repository.get(conn, Enterprise, "stock-300617").region == "320481"
    store.dispose()
    _, ranked = chains.find_targets(liyang, "320481", "power-battery", None)
    copper = ranked["copper-foil"][0]
    assert copper.name == "安徽铜冠铜箔集团股份有限公司" and copper.parts.distance == 0.4
    assert copper.reasons[0].zh.startswith("与“铜箔”匹配：") and copper.reasons[0].code == "fit"
    assert "stock-300617" not in {t.enterprise for ts in ranked.values() for t in ts}


def test_enterprise_import_is_all_or_nothing(liyang: Settings, tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("企业名称,注册资本\n甲公司,100\n乙公司,约3亿\n", encoding="utf-8")
    with pytest.raises(InputError, match="row 2"):
        chains.import_enterprises(liyang, path)
    path.write_text("企业名称,注册地址\n甲公司,江苏省溧阳市\n", encoding="utf-8")
    chains.import_enterprises(liyang, path)
    with pytest.raises(InputError, match="already in the database"):
        chains.import_enterprises(liyang, path)


def test_unknown_region_is_reported(liyang: Settings) -> None:
    with pytest.raises(NotFound):
        chains.build_region_chain(liyang, "999999")
