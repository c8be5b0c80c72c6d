"""Chinese labels for the codes the data uses (codes stay English in data and URLs)."""

from __future__ import annotations

from chainatlas.model.project import STAGE_LABELS, STAGE_ORDER

LABELS: dict[str, str] = {
    # regions
    "country": "国家",
    "macro": "区域",
    "province": "省",
    "prefecture": "地级市",
    "county": "县级市/县",
    "zone": "开发区",
    "park": "园区",
    "township": "镇街",
    # facts
    "level": "总量",
    "growth": "增速",
    "share": "占比",
    "gap": "差额",
    "rank": "排名",
    "count": "数量",
    "duration": "时长",
    "ratio": "比率",
    "reported": "报道",
    "derived": "推算",
    "imported": "导入",
    "exact": "精确",
    "approx": "约",
    "lower": "下限（超/余）",
    "upper": "上限（近）",
    "range": "区间",
    "target": "目标",
    # schemes and tiers
    "achieved": "已达成",
    "classification": "分类",
    "cluster": "集群",
    "chain": "产业链",
    "list": "名录",
    # review
    "proposed": "待审核",
    "accepted": "已采纳",
    "rejected": "已驳回",
    # chain verdicts
    "missing": "缺失",
    "weak": "薄弱",
    "strong": "强",
    # checks
    "pass": "通过",
    "warn": "存疑",
    "fail": "不符",
    # link evidence
    "industry_code": "行业代码",
    "keyword": "产品关键词",
    "scope": "经营范围",
    "document": "文献",
    "manual": "人工",
    **{s.value: label for s, label in STAGE_LABELS.items()},
}

#: Project stages in pipeline order with their labels.
STAGES: tuple[tuple[str, str], ...] = tuple((s.value, STAGE_LABELS[s]) for s in STAGE_ORDER)

#: Colours of chain-node verdicts on the map.
VERDICT_COLOURS: dict[str, str] = {
    "strong": "#2e7d32",
    "weak": "#f9a825",
    "missing": "#c62828",
}


def label(code: object) -> str:
    """The Chinese label of ``code``, or the code itself when there is none."""
    text = "" if code is None else str(code)
    return LABELS.get(text, text)
