"""The sheets of the "图谱 + 清单" workbook, from the same inputs as the briefing:
chain map, enterprises, projects, gaps and targets, facts with sources, checks."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from chainatlas.analysis.consistency import Review
from chainatlas.analysis.reasons import zh_texts
from chainatlas.model.fact import Fact
from chainatlas.model.project import STAGE_LABELS, STAGE_ORDER, Project
from chainatlas.model.wording import (
    CHECK_KIND_WORDS,
    CHECK_WORDS,
    FACT_STATUS_WORDS,
    MEASURE_WORDS,
    QUALIFIER_WORDS,
    describe_chain_stage,
    describe_period,
)
from chainatlas.report.inputs import BriefingInputs, ChainInput
from chainatlas.report.names import NameBook
from chainatlas.report.scope import Scope, scope_region
from chainatlas.report.workbook import Sheet, Value

SHEET_NAMES: tuple[str, ...] = ("产业链图谱", "企业名录", "项目清单", "缺口与招商", "数据与来源", "一致性核验")  # fmt: skip


def build_sheets(inputs: BriefingInputs) -> list[Sheet]:
    scope = scope_region(inputs.data, inputs.region)
    names = NameBook(scope.data)
    derived = [f.fact for f in inputs.review.derived] if inputs.review else []
    return [
        _chain_sheet(inputs.chains, names),
        _enterprise_sheet(scope, names),
        _project_sheet(scope, names),
        _gap_sheet(inputs.chains, names),
        _fact_sheet([*scope.facts(), *derived], scope, names),
        _check_sheet(inputs.review, {f.key for f in scope.facts()}),
    ]


def _chain_sheet(chains: Sequence[ChainInput], names: NameBook) -> Sheet:
    headers = ("产业链", "环节", "节点", "节点代码", "国标行业代码", "判定", "企业数", "企业", "链主/龙头", "依据")  # fmt: skip
    rows: list[list[Value]] = []
    for chain in chains:
        judged = {d.node: d for d in chain.diagnosis.nodes}
        scheme = names.schemes.get(chain.chain_map.scheme, chain.chain_map.scheme)
        for view in chain.chain_map.nodes:
            diag = judged[view.node.key]
            rows.append([
                scheme, describe_chain_stage(view.node.stage),
                view.node.name, view.node.key, "、".join(view.node.industry_codes),
                diag.verdict.zh, len(view.members),
                "、".join(m.enterprise.name for m in view.members),
                "、".join(diag.leaders), "；".join(zh_texts(diag.reasons)),
            ])  # fmt: skip
    return Sheet(SHEET_NAMES[0], headers, rows, {6: "0"})


def _capital(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def _enterprise_sheet(scope: Scope, names: NameBook) -> Sheet:
    headers = ("企业", "别名", "统一社会信用代码", "所在地", "国标行业代码", "标签", "挂链节点", "注册资本（万元）", "成立", "主营产品")  # fmt: skip
    linked: dict[str, list[str]] = {}
    for link in scope.data.links:
        if link.status.value != "rejected":
            label = f"{names.schemes.get(link.scheme, link.scheme)}/{names.node(link.scheme, link.node)}"
            linked.setdefault(link.enterprise, []).append(label)
    rows: list[list[Value]] = []
    for e in scope.data.enterprises:
        if e.key not in scope.enterprises:
            continue
        rows.append([
            e.name, "、".join(e.aliases), e.credit_code, names.region(e.region), e.industry_code,
            "、".join(e.tags), "；".join(linked.get(e.key, [])), _capital(e.capital_wan),
            e.founded, e.products,
        ])  # fmt: skip
    return Sheet(SHEET_NAMES[1], headers, rows, {7: "#,##0.00"})


def _project_sheet(scope: Scope, names: NameBook) -> Sheet:
    stages = [STAGE_LABELS[s] for s in STAGE_ORDER[2:]]
    headers = (
        "项目",
        "投资方",
        "所在地",
        "产业链节点",
        "当前阶段",
        "投资额",
        "产能",
        *stages,
        "备注",
    )
    rows: list[list[Value]] = []
    for p in scope.data.projects:
        if p.key in scope.projects:
            rows.append([
                p.name, names.enterprise(p.investor), names.region(p.region),
                names.node(p.scheme, p.node), STAGE_LABELS[p.stage] if p.stage else None,
                p.investment, p.capacity, *_milestone_dates(p), p.note,
            ])  # fmt: skip
    return Sheet(SHEET_NAMES[2], headers, rows)


def _milestone_dates(project: Project) -> list[Value]:
    out: list[Value] = []
    for stage in STAGE_ORDER[2:]:
        found = [m for m in project.milestones if m.stage is stage]
        if not found:
            out.append(None)
            continue
        m = found[0]
        out.append((m.date or "日期未载") + ("（预计）" if m.expected else ""))
    return out


def _gap_sheet(chains: Sequence[ChainInput], names: NameBook) -> Sheet:
    headers = ("产业链", "优先级", "动作", "节点", "理由", "候选企业", "候选所在地", "得分", "匹配", "规模", "距离", "龙头", "关联")  # fmt: skip
    rows: list[list[Value]] = []
    for chain in chains:
        scheme = names.schemes.get(chain.chain_map.scheme, chain.chain_map.scheme)
        for item in chain.diagnosis.actions:
            base: list[Value] = [
                scheme, item.priority, item.action.zh,
                item.name, "；".join(zh_texts(item.reasons)),
            ]  # fmt: skip
            targets = chain.targets.get(item.node, ())
            if not targets:
                rows.append([*base, None, None, None, None, None, None, None, None])
            for t in targets:
                p = t.parts
                rows.append([*base, t.name, names.region(t.region), t.score, p.fit, p.size,
                             p.distance, p.leadership, p.relatedness])  # fmt: skip
    return Sheet(SHEET_NAMES[3], headers, rows, {1: "0", **{i: "0.000" for i in range(7, 13)}})


def _fact_sheet(facts: list[Fact], scope: Scope, names: NameBook) -> Sheet:
    headers = ("键", "主体", "指标", "度量", "时期", "数值", "上限", "单位", "限定", "状态", "来源文档", "原文", "起", "止", "公式", "输入", "说明")  # fmt: skip
    titles = {d.key: d.title for d in scope.data.documents}
    rows: list[list[Value]] = []
    for f in facts:
        src, q = f.provenance, f.quantity
        rows.append([
            f.key, names.subject(f), names.indicator(f.indicator), MEASURE_WORDS[f.measure],
            describe_period(f.period), q.value, q.value_max, q.unit,
            QUALIFIER_WORDS[f.qualifier], FACT_STATUS_WORDS[f.status],
            titles.get(src.document or "", src.document or src.file), src.quote, src.start,
            src.end, src.formula, "、".join(src.inputs), f.note,
        ])  # fmt: skip
    return Sheet(SHEET_NAMES[4], headers, rows, {12: "0", 13: "0"})


def _check_sheet(review: Review | None, region_facts: set[str]) -> Sheet:
    headers = ("类别", "结论", "细分", "主体", "说明", "余量", "差值", "单位", "涉及事实")
    rows: list[list[Value]] = []
    for c in review.checks if review else ():
        if set(c.facts) & region_facts:
            rows.append([
                CHECK_KIND_WORDS.get(c.kind, c.kind), CHECK_WORDS.get(c.verdict.value, c.verdict.value),
                c.detail or None, c.subject, c.zh, _finite(c.margin), _finite(c.difference),
                c.unit, "、".join(c.facts),
            ])  # fmt: skip
    return Sheet(SHEET_NAMES[5], headers, rows, {5: "#,##0.00", 6: "#,##0.00"})


def _finite(value: float | None) -> float | None:
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return None
    return value
