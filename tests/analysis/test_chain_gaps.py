"""挂链, verdicts and 补链/强链/延链 on a small chain worked by hand."""

from __future__ import annotations

import pytest

from chainatlas.analysis.chain_map import build_chain_map
from chainatlas.analysis.gaps import Action, Verdict, diagnose_chain, find_main_path
from chainatlas.analysis.linking import Linker, is_trade_clause
from chainatlas.analysis.pipeline import simulate_project, summarise_project
from chainatlas.analysis.targets import RegionTree, rank_targets
from chainatlas.model.enterprise import Enterprise, EvidenceKind, Link, ReviewStatus
from chainatlas.model.project import Milestone, Project, Stage
from chainatlas.model.region import Region, RegionLevel
from chainatlas.model.scheme import Edge, Node

S = "toy"
NODES = [
    Node(scheme=S, key="ore", name="矿", stage="resources", weight=1.0, keywords=("锂矿",)),
    Node(scheme=S, key="mat", name="材料", stage="materials", weight=2.0, keywords=("正极材料",),
         industry_codes=("C3985",)),
    Node(scheme=S, key="foil", name="箔", stage="materials", weight=0.5, keywords=("铜箔",),
         industry_codes=("C3985",)),
    Node(scheme=S, key="cell", name="电芯", stage="cells", weight=4.0, keywords=("锂离子电池",),
         industry_codes=("C3841",)),
    Node(scheme=S, key="car", name="整车", stage="applications", weight=2.0, keywords=("新能源汽车",)),
    Node(scheme=S, key="reuse", name="回收", stage="recycling", weight=1.0, keywords=("电池回收",)),
]  # fmt: skip
EDGES = [
    Edge(scheme=S, source="ore", target="mat"),
    Edge(scheme=S, source="mat", target="cell"),
    Edge(scheme=S, source="foil", target="cell"),
    Edge(scheme=S, source="cell", target="car"),
    Edge(scheme=S, source="car", target="reuse"),
    Edge(scheme=S, source="reuse", target="ore", kind="recycles"),
]


def firm(key: str, **kw: object) -> Enterprise:
    return Enterprise(key=key, name=kw.pop("name", key), region="county", **kw)  # type: ignore[arg-type]


def link(enterprise: str, node: str, status: ReviewStatus = ReviewStatus.ACCEPTED) -> Link:
    return Link(
        enterprise=enterprise, scheme=S, node=node, evidence=EvidenceKind.MANUAL, status=status
    )


def test_linker_combines_evidence_and_sends_weak_links_to_review() -> None:
    linker = Linker(NODES)
    strong = {
        p.node: p for p in linker.propose(firm("a", products="锂离子电池", industry_code="C3841"))
    }
    assert strong["cell"].status is ReviewStatus.ACCEPTED
    assert abs(strong["cell"].confidence - (1 - (1 - 0.85) * (1 - 0.45))) < 1e-9
    shared = {p.node: p for p in linker.propose(firm("b", industry_code="3985"))}
    assert set(shared) == {"mat", "foil"} and shared["mat"].confidence == pytest.approx(0.45 / 2)
    assert shared["mat"].status is ReviewStatus.PROPOSED
    trader = linker.propose(firm("c", scope="锂离子电池销售；日用百货批发"))
    assert [round(p.confidence, 3) for p in trader] == [0.225]
    assert not linker.propose(firm("d", scope="锂离子电池材料的研发"))  # stop phrase, not a cell
    spread = Linker(
        [
            *NODES,
            *(Node(scheme=S, key=f"x{i}", name="x", industry_codes=("C3985",)) for i in range(3)),
        ]
    )
    assert spread.propose(firm("e", industry_code="C3985")) == []  # 0.45 / 5 is under the floor


def test_trade_clause_is_read_from_its_own_clause() -> None:
    text = "锂离子电池的研发、生产、销售；正极材料销售"
    assert not is_trade_clause(text, 0, 5)
    start = text.index("正极")
    assert is_trade_clause(text, start, start + 4)


def test_main_path_is_the_heaviest_supply_path() -> None:
    assert find_main_path(NODES, EDGES) == ("ore", "mat", "cell", "car", "reuse")


def diagnose(firms: list[Enterprise], links: list[Link]):  # type: ignore[no-untyped-def]
    chain_map = build_chain_map("county", NODES, EDGES, firms, links)
    return chain_map, diagnose_chain(chain_map)


def test_verdicts_and_actions_follow_the_directed_structure() -> None:
    firms = [firm("lead", tags=("链主",)), firm("m1"), firm("m2", capital_wan="500"), firm("r1")]
    links = [link("lead", "cell"), link("m1", "mat"), link("m2", "mat"), link("r1", "reuse"),
             link("m1", "car", ReviewStatus.PROPOSED)]  # fmt: skip
    chain_map, diagnosis = diagnose(firms, links)
    assert diagnosis.verdict("cell") is Verdict.STRONG
    assert diagnosis.verdict("mat") is Verdict.WEAK
    assert diagnosis.verdict("car") is Verdict.MISSING
    assert chain_map.view("car").pending == 1
    actions = {a.node: a for a in diagnosis.actions}
    assert actions["car"].action is Action.FILL and actions["car"].priority == 1
    assert actions["foil"].action is Action.FILL and actions["foil"].priority == 2
    assert actions["mat"].action is Action.STRENGTHEN and actions["mat"].priority == 1
    few = next(r for r in actions["mat"].reasons if r.code == "few_members")
    assert (few.zh, few.en, few.parameters()) == (
        "企业少于3家",
        "fewer than 3 enterprises",
        {"min": 3},
    )
    main = actions["mat"].reasons[-1]
    assert main.code == "on_main_path" and main.zh == "位于主链路 矿→材料→电芯→整车→回收"
    assert main.en == "on the main path 矿→材料→电芯→整车→回收"
    car = [(r.code, r.zh, r.en) for r in actions["car"].reasons]
    assert car[:3] == [
        (
            "no_members",
            "本地没有企业挂在“整车”节点",
            "no enterprise of the region is linked to 整车",
        ),
        ("pending_review", "1条拟挂链待审核", "1 proposed link(s) await review"),
        ("strong_upstream", "承接本地强势上游：电芯", "takes from strong upstream 电芯"),
    ]
    assert actions["ore"].action is Action.EXTEND
    assert actions["reuse"].action is Action.STRENGTHEN
    assert "cell" not in actions
    assert [r.code for r in diagnosis.nodes[4].reasons] == ["no_members", "pending_review"]
    ore = [(r.code, r.zh) for r in actions["ore"].reasons]
    assert ore[1:] == [
        ("no_strong_neighbour", "本地无相邻强势节点"),
        ("weak_neighbour", "与本地薄弱节点相邻：材料"),
    ]
    assert (Verdict.WEAK.zh, Verdict.WEAK.en, Action.FILL.zh, Action.FILL.en) == (
        "薄弱", "weak", "补链", "fill",
    )  # fmt: skip


def test_three_members_one_sizable_make_a_node_strong() -> None:
    firms = [firm("x"), firm("y"), firm("z", capital_wan="20000")]
    _, diagnosis = diagnose(firms, [link(f.key, "mat") for f in firms])
    assert diagnosis.verdict("mat") is Verdict.STRONG
    mat = next(d for d in diagnosis.nodes if d.node == "mat")
    assert [r.zh for r in mat.reasons] == ["企业3家：x、y、z", "有规模企业：z"]
    assert [r.en for r in mat.reasons] == ["3 enterprise(s): x, y, z", "sizable: z"]
    assert mat.reasons[0].as_dict()["params"] == {"count": 3, "names": ["x", "y", "z"], "more": ""}


def test_targets_rank_by_visible_parts_and_skip_the_region() -> None:
    regions = [
        Region(key="p", name="省", level=RegionLevel.PROVINCE),
        Region(key="c", name="市", level=RegionLevel.PREFECTURE, parent="p"),
        Region(key="county", name="县", level=RegionLevel.COUNTY, parent="c"),
        Region(key="near", name="邻县", level=RegionLevel.COUNTY, parent="c"),
        Region(key="far", name="外省", level=RegionLevel.PROVINCE),
    ]
    chain_map, diagnosis = diagnose([firm("lead", tags=("链主",))], [link("lead", "cell")])
    pool = {
        "big": Enterprise(key="big", name="大车企", region="far", products="新能源汽车", capital_wan="1000000", tags=("上市",)),
        "near": Enterprise(key="near", name="邻县车企", region="near", products="新能源汽车"),
        "home": Enterprise(key="home", name="本地车企", region="county", products="新能源汽车"),
    }  # fmt: skip
    proposals = [p for e in pool.values() for p in Linker(NODES).propose(e)]
    ranked = rank_targets(chain_map, diagnosis, pool, proposals, RegionTree(regions))
    cars = ranked["car"]
    assert [t.enterprise for t in cars] == ["big", "near"]
    big, near = cars
    assert (big.parts.size, big.parts.leadership, big.parts.distance) == (round(6 / 7, 4), 0.6, 0.4)
    assert (near.parts.size, near.parts.distance) == (0.0, 1.0)
    assert big.parts.relatedness == near.parts.relatedness == 0.25  # density 1/2, bridge 0
    assert [r.zh for r in big.reasons] == [
        "与“整车”匹配：主营产品“新能源汽车”",
        "注册资本1000000万元",
        "位于外省",
        "标签：上市",
        "本地拥有该节点相邻节点的50%；跨链关联0%",
    ]
    assert [r.code for r in near.reasons] == [
        "fit",
        "size_unknown",
        "placed",
        "no_tags",
        "relatedness",
    ]
    assert near.reasons[-1].en == "region has 50% of the node's neighbours; bridge 0%"


def test_project_spans_and_what_if() -> None:
    project = Project(
        key="p4", name="四期", investor="inv", scheme=S, node="car",
        milestones=(Milestone(stage=Stage.SIGNED, date="2020-12-31"),
                    Milestone(stage=Stage.STARTED, date="2021"),
                    Milestone(stage=Stage.PRODUCING, date="2021-12-29"),
                    Milestone(stage=Stage.FULL, date="2023", expected=True)),
    )  # fmt: skip
    status = summarise_project(project)
    assert status.stage is Stage.PRODUCING and status.label == "投产"
    signed_to_output = status.span(Stage.SIGNED, Stage.PRODUCING)
    assert (
        signed_to_output is not None and signed_to_output.exact and signed_to_output.min_days == 363
    )
    started = status.span(Stage.STARTED, Stage.PRODUCING)
    assert started is not None and (started.min_days, started.max_days) == (0, 362)
    chain_map, _ = diagnose([firm("lead", tags=("链主",))], [link("lead", "cell")])
    result = simulate_project(chain_map, project, firm("inv", tags=("龙头",)))
    assert [(c.node, c.before, c.after) for c in result.changes] == [
        ("car", Verdict.MISSING, Verdict.STRONG)
    ]
    assert result.reasons[0].as_dict() == {
        "code": "verdict_change",
        "zh": "整车：缺失→强",
        "en": "整车: missing → strong",
        "params": {"node": "整车", "before": "missing", "after": "strong",
                   "before_zh": "缺失", "after_zh": "强"},
    }  # fmt: skip
    assert ("resolves", "解决补链：整车", "resolves 补链 整车") in [
        (r.code, r.zh, r.en) for r in result.reasons
    ]
    assert result.after.actions_for("reuse")[0].action is Action.FILL
