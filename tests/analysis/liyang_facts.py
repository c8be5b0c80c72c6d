"""A hand-built slice of the Liyang figures (the two seed articles), for analysis tests.

The keys are this test module's own; the bundled dataset is tested separately.
"""

from __future__ import annotations

from chainatlas.model.document import Document
from chainatlas.model.fact import Fact, Indicator, Measure, Provenance, SubjectType
from chainatlas.model.period import Period
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity
from chainatlas.model.region import Region, RegionLevel
from chainatlas.model.scheme import Node, Scheme, SchemeKind, TierStatus

CITY = "320481"
DOC_CITY = "000"
DOC_ZONE = "004"


def fact(
    key: str,
    subject: str,
    indicator: str,
    measure: str,
    period: str,
    value: str,
    unit: str,
    qualifier: str = "exact",
    *,
    subject_type: str | None = None,
    doc: str = DOC_CITY,
    quote: str | None = None,
    scope: str | None = None,
) -> Fact:
    kind = subject_type or ("node" if "/" in subject else "region")
    return Fact(
        key=key,
        subject_type=SubjectType(kind),
        subject=subject,
        indicator=indicator,
        measure=Measure(measure),
        period=Period.parse(period),
        quantity=Quantity.of(value, unit),
        qualifier=Qualifier(qualifier),
        provenance=Provenance(document=doc, quote=quote or f"{value}{unit}"),
        scope=scope,
    )


REGIONS = [
    Region(key="320400", name="常州市", level=RegionLevel.PREFECTURE),
    Region(key=CITY, name="溧阳市", level=RegionLevel.COUNTY, parent="320400"),
    Region(key="liyang-htz", name="溧阳高新区", level=RegionLevel.ZONE, parent=CITY),
]
SCHEMES = [
    Scheme(key="c", name="溧阳“2+2+X”产业集群", kind=SchemeKind.CLUSTER, region=CITY),
    Scheme(key="ne", name="新能源领域", kind=SchemeKind.CHAIN, region=CITY),
]


def _tier(key: str, name: str, tier: str, threshold: str, status: TierStatus) -> Node:
    return Node(
        scheme="c", key=key, name=name, tier=tier, tier_threshold=threshold, tier_status=status
    )


NODES = [
    _tier("pb", "动力电池", "千亿级", "1000亿元", TierStatus.ACHIEVED),
    _tier("steel", "绿色精品钢", "千亿级", "1000亿元", TierStatus.TARGET),
    _tier("grid", "智能电网", "五百亿级", "500亿元", TierStatus.ACHIEVED),
    _tier("equip", "智能装备制造", "五百亿级", "500亿元", TierStatus.TARGET),
    _tier("mat", "新材料", "百亿级", "100亿元", TierStatus.TARGET),
    _tier("ne", "新能源", "百亿级", "100亿元", TierStatus.TARGET),
    Node(scheme="ne", key="gen", name="发"),
    Node(scheme="ne", key="pv", name="光伏风电", parent="gen"),
    Node(scheme="ne", key="send", name="送"),
    Node(scheme="ne", key="grid", name="智能电网", parent="send"),
    Node(scheme="ne", key="nev", name="新能源汽车关键零部件"),
]
INDICATORS = [
    Indicator(key="output", name="规上工业总产值", scope="规上"),
    Indicator(key="sales", name="规上工业应税销售收入", scope="应税"),
    Indicator(key="scale", name="产业规模", scope="全口径"),
    Indicator(key="rd", name="省级研发机构", additive=False),
    Indicator(key="days", name="签约到产品下线用时", additive=False),
]
DOCUMENTS = [
    Document(key=DOC_CITY, title="产业强市看溧阳", date="2023H2"),
    Document(key=DOC_ZONE, title="从0到千亿", date="2023"),
]


def scheme_fact(key: str, *args: str, **kw: str) -> Fact:
    return fact(key, "c", *args, subject_type="scheme", **kw)  # type: ignore[arg-type]


FACTS = [
    scheme_fact("c-out", "output", "level", "2023H1", "1287.4", "亿元"),
    scheme_fact("c-share", "output", "share", "2023H1", "88.6", "%"),
    scheme_fact("c-growth", "output", "growth", "2023H1", "25.3", "%"),
    scheme_fact("c-gap", "output", "gap", "2023H1", "5.9", "个百分点"),
    scheme_fact("c-sales", "sales", "level", "2023H1", "1565.7", "亿元"),
    scheme_fact("c-sales-g", "sales", "growth", "2023H1", "57.0", "%"),
    fact(
        "pb-scale-lo", "c/pb", "scale", "level", "2022", "1000", "亿元", "lower", quote="突破千亿"
    ),
    fact("pb-scale", "c/pb", "scale", "level", "2022", "1050", "亿元", quote="1050 亿"),
    fact("ne-out", "ne", "output", "level", "2022", "1796.3", "亿元", subject_type="scheme"),
    fact("ne-share", "ne", "output", "share", "2022", "60", "%", "lower", subject_type="scheme"),
    fact("nev-out", "ne/nev", "output", "level", "2022", "1145.2", "亿元"),
    fact("nev-growth", "ne/nev", "output", "growth", "2022", "116.3", "%"),
    fact("nev-share", "ne/nev", "output", "share", "2022", "39.4", "%"),
    fact("pv-out", "ne/pv", "output", "level", "2022", "119.1", "亿元"),
    fact("pv-growth", "ne/pv", "output", "growth", "2022", "32.6", "%"),
    fact("grid-out", "c/grid", "output", "level", "2022", "532.6", "亿元"),
    fact("grid-growth", "c/grid", "output", "growth", "2022", "9.9", "%"),
    fact("rd-city", CITY, "rd", "count", "cumulative", "100", "家", "upper", quote="近百家"),
    fact(
        "rd-zone",
        "liyang-htz",
        "rd",
        "count",
        "cumulative",
        "100",
        "家",
        "upper",
        doc=DOC_ZONE,
        quote="近100家",
    ),
    fact(
        "days",
        "catl-4",
        "days",
        "duration",
        "2021-12-29",
        "363",
        "天",
        subject_type="project",
        doc=DOC_ZONE,
    ),
]
