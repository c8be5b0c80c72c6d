"""Chinese labels for the codes the data uses (codes stay English in data and URLs).

The words are the model's own (:mod:`chainatlas.model.wording`), so a code reads the same
on a page, in a briefing and in the terminal; this module adds only what is the web's.
"""

from __future__ import annotations

from chainatlas.model.project import STAGE_LABELS, STAGE_ORDER
from chainatlas.model.wording import (
    CHECK_WORDS,
    EVIDENCE_WORDS,
    FACT_STATUS_WORDS,
    MEASURE_WORDS,
    PROJECT_STAGE_WORDS,
    QUALIFIER_WORDS,
    REVIEW_WORDS,
    TIER_WORDS,
    VERDICT_WORDS,
    describe_period_text,
)

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
    # schemes
    "classification": "分类",
    "cluster": "集群",
    "chain": "产业链",
    "list": "名录",
    **{str(k): v for k, v in MEASURE_WORDS.items()},
    **{str(k): v for k, v in FACT_STATUS_WORDS.items()},
    **{str(k): v for k, v in QUALIFIER_WORDS.items()},
    **TIER_WORDS,
    **REVIEW_WORDS,
    **VERDICT_WORDS,
    **CHECK_WORDS,
    **EVIDENCE_WORDS,
    **PROJECT_STAGE_WORDS,
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


def period(text: object) -> str:
    """A compact period in words (2023H1 -> 2023年上半年); text that is no period as is."""
    return describe_period_text(None if text is None else str(text))
