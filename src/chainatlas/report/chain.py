"""The chain map of the region as an image and tables: per node the enterprises, leaders and
verdict, then the gaps with their actions (补链/强链/延链) and the top targets.

Verdicts, actions and scores are the chain diagnosis's own; this module only words them.
Counts of enterprises cite the link records they count.
"""

from __future__ import annotations

from collections.abc import Sequence

from chainatlas.analysis.chain_map import LOOP_KINDS, ChainMap, NodeView
from chainatlas.analysis.gaps import ActionItem, NodeDiagnosis
from chainatlas.analysis.reasons import zh_texts
from chainatlas.analysis.targets import Target
from chainatlas.model.wording import VERDICT_WORDS, describe_chain_stage, describe_fact_value
from chainatlas.report.briefing import Block, Chart, Cited, Missing, Paragraph, Section, Table
from chainatlas.report.charts import chart_block, render_chain_map
from chainatlas.report.context import Context
from chainatlas.report.inputs import ChainInput, StagedChainLike

NODE_HEADERS = ("环节", "节点", "企业数", "链主/龙头", "判定", "依据")
ACTION_HEADERS = ("优先级", "动作", "节点", "理由")
TARGET_HEADERS = ("节点", "动作", "企业", "所在地", "得分", "得分构成")
TOP_TARGETS = 3


def build_chains(
    ctx: Context, chains: Sequence[ChainInput], staged: Sequence[StagedChainLike] = ()
) -> Section:
    blocks: list[Block] = []
    for other in staged:
        blocks += _staged_blocks(ctx, other)
    for chain in chains:
        blocks += _chain_blocks(ctx, chain)
    if not chains and not staged:
        blocks.append(Missing(("库中没有可供绘制的产业链图谱（链本体或挂链企业缺失）。",)))
    return Section("三、产业链图谱、缺口与招商方向", tuple(blocks))


def _chain_blocks(ctx: Context, chain: ChainInput) -> list[Block]:
    cmap, diag = chain.chain_map, chain.diagnosis
    name = ctx.names.schemes.get(cmap.scheme, cmap.scheme)
    judged = {d.node: d for d in diag.nodes}
    counts = {v: sum(1 for d in diag.nodes if d.verdict.value == v) for v in VERDICT_WORDS}
    summary = "，".join(f"{VERDICT_WORDS[v]}{n}个" for v, n in counts.items() if n)
    note = ctx.notes.cite_formula(
        f"{name}各节点判定计数（节点共{len(diag.nodes)}个，依据挂链企业与链主/龙头标签）"
    )
    blocks: list[Block] = [
        Paragraph((Cited(f"{name}：共{len(diag.nodes)}个节点，{summary}。", (note,)),)),
        _map_chart(ctx, cmap, judged),
        Table(NODE_HEADERS, tuple(_node_row(ctx, cmap, v, judged[v.node.key]) for v in cmap.nodes)),
    ]
    if diag.actions:
        blocks.append(Paragraph((Cited("缺口与行动："),)))
        rows = tuple(_action_row(a) for a in diag.actions)
        blocks.append(Table(ACTION_HEADERS, rows, f"{name}缺口"))
    targets = [t for node_targets in chain.targets.values() for t in node_targets[:TOP_TARGETS]]
    if targets:
        blocks.append(Paragraph((Cited(f"重点招商目标（每个缺口前{TOP_TARGETS}名）："),)))
        blocks.append(Table(TARGET_HEADERS, tuple(_target_row(ctx, cmap, t) for t in targets)))
    elif diag.actions:
        blocks.append(Missing(("库中没有外部企业名录，未能为缺口排出招商目标。",)))
    return blocks


def _map_chart(ctx: Context, cmap: ChainMap, judged: dict[str, NodeDiagnosis]) -> Chart | Missing:
    stages = [
        (
            describe_chain_stage(stage),
            [(k, judged[k].name, judged[k].verdict.value) for k in keys if k in judged],
        )
        for stage, keys in cmap.stages
    ]
    edges = [(e.source, e.target) for e in cmap.edges if e.kind not in LOOP_KINDS]
    name = ctx.names.schemes.get(cmap.scheme, cmap.scheme)
    caption = (Cited("颜色表示节点判定：绿为强、黄为薄弱、红为缺失；箭头由上游指向下游。"),)
    return chart_block(
        f"chain-{cmap.scheme}", f"{name}图谱", lambda: render_chain_map(stages, edges), caption
    )


def _members_note(ctx: Context, cmap: ChainMap, view: NodeView) -> tuple[int, ...]:
    if not view.members:
        return ()
    names = "、".join(m.enterprise.name for m in view.members)
    region = ctx.names.region(cmap.region)
    text = f"挂链记录：{region}在“{view.node.name}”节点已审核的企业链接——{names}。"
    return (ctx.notes.cite_record(text),)


def _node_row(
    ctx: Context, cmap: ChainMap, view: NodeView, diag: NodeDiagnosis
) -> tuple[Cited, ...]:
    path = ("位于主链路",) if diag.on_main_path else ()
    return (
        Cited(describe_chain_stage(view.node.stage)),
        Cited(view.node.name),
        Cited(str(len(view.members)), _members_note(ctx, cmap, view)),
        Cited("、".join(diag.leaders) or "无"),
        Cited(diag.verdict.zh),
        Cited("；".join((*zh_texts(diag.reasons), *path))),
    )


def _action_row(item: ActionItem) -> tuple[Cited, ...]:
    """Priority, action and node, with the diagnosis's own reasons in Chinese."""
    return (
        Cited(str(item.priority)),
        Cited(item.action.zh),
        Cited(item.name),
        Cited("；".join(zh_texts(item.reasons))),
    )


def _target_row(ctx: Context, cmap: ChainMap, target: Target) -> tuple[Cited, ...]:
    parts = target.parts
    formula = (
        f"招商目标得分 = 加权和（匹配度{parts.fit:.2f}、规模{parts.size:.2f}、距离{parts.distance:.2f}、"
        f"龙头地位{parts.leadership:.2f}、关联度{parts.relatedness:.2f}）= {target.score:.3f}"
    )
    note = ctx.notes.cite_formula(f"{target.name}：{formula}")
    node = ctx.names.node(cmap.scheme, target.node)
    return (
        Cited(node),
        Cited(target.action.zh),
        Cited(target.name),
        Cited(ctx.names.region(target.region)),
        Cited(f"{target.score:.3f}", (note,)),
        Cited(
            f"匹配{parts.fit:.2f}/规模{parts.size:.2f}/距离{parts.distance:.2f}/"
            f"龙头{parts.leadership:.2f}/关联{parts.relatedness:.2f}",
            (note,),
        ),
    )


def _staged_blocks(ctx: Context, chain: StagedChainLike) -> list[Block]:
    """A chain read by stage: each segment with its enterprises and reported figures."""
    rows = []
    for stage in chain.stages:
        for segment in stage.segments:
            facts = [f for fig in segment.figures if (f := ctx.fact(fig.fact)) is not None]
            cited = [
                ctx.cite(f, f"{ctx.names.indicator(f.indicator)}{describe_fact_value(f)}")
                for f in facts
            ]
            figures = Cited(
                "；".join(c.text for c in cited) or "未载",
                tuple(n for c in cited for n in c.notes),
            )
            rows.append((Cited(stage.name), Cited(segment.name),
                         Cited("、".join(segment.enterprises) or "无"), figures))  # fmt: skip
    headers = ("环节", "细分", "企业", "已报数字")
    return [
        Paragraph((Cited(f"{chain.name}：按环节列出资料所载的细分产业、企业与数字。"),)),
        Table(headers, tuple(rows), chain.name),
    ]
