"""The name a figure is filed under, whichever reader named it.

Readers name a figure from the words around it, so one kind of figure comes out in the
forms its documents happen to use: ``金融机构人民币各项存款余额比年初增长8.2%`` and
``各项贷款余额增长9.1%`` are both a balance's growth, ``县域经济综合实力排名前移5个位次`` and
``较上年提升4位`` both places a ranking moved. An analyst files each under one short,
standard form, and looks it up by that form; the forms here are those the annotated sets
file such figures under far more often than the words' own (each was kept only where it
mended many sets and broke few). Nothing is lost that the figure does not still carry: the
ranking moved is a rank's move by its measure, a balance's 各项 and its 金融机构 are the
bulletin's boilerplate.
"""

from __future__ import annotations

import re

_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"规模以上"), "规上"),  # 规上工业总产值, however the document spells it
    (re.compile(r"中排名"), "排名"),  # …综合评价中排名 -> …综合评价排名
    # 排名前移5个位次, 较上年提升4位: the places moved, by the verb that moved them
    (re.compile(r"^排名(前移|提升|上升|前进|跃升|后移|后退|下降|下滑)位次$"), r"\1位次"),
    # 金融机构本外币各项存款余额比年初增长8.2%: the balance's growth, as a bulletin's reader seeks it
    (
        re.compile(
            r"^(?:金融机构)?(?:人民币|本外币)?(?:各项)?(贷款|存款)余额(?:比年初增长|比上年末增长|增速)$"
        ),
        r"\1余额增速",
    ),
    # 完成年度计划的76.4%, 完成年度任务的104.2%: the part of the year's plan done
    (re.compile(r"^完成年度(计划|目标)比例$|^年度(任务)$"), r"完成年度\1\2"),
    # 占规上工业增加值的比重为38.5%，比上年提高2.1个百分点: the share's rise, its own figure told
    (
        re.compile(r"^.*比重(?:比|较)上年(?:同期|末)?(提高|下降|降低|上升|增加|减少|回落)$"),
        r"占比\1",
    ),
    (re.compile(r"^[二三四]期年产能$"), "年产能"),  # 二期年产5000台: a phase's yearly capacity
    (re.compile(r"^用地$"), "用地面积"),  # 项目用地120亩: the land's area
    # 从拿地到开工平均用时压缩至28天: the time taken from one step to the other
    (re.compile(r"^从(.+到.+?)平均用时$"), r"\1用时"),
    # 规模以上工业单位增加值能耗下降3.2%: the bulletin's energy intensity, by its short name
    (re.compile(r"^规上工业(?=单位增加值能耗)"), ""),
    # 全社会R&D经费支出占地区生产总值比重2.3%: what a bulletin's reader calls R&D intensity
    (
        re.compile(
            r"^(?:全社会)?(?:R&D|研究与试验发展|研发)(?:经费)?(?:支出|投入)?占地区生产总值比重$"
        ),
        "研发投入强度",
    ),
    (re.compile(r"环比增速$"), "环比增长"),  # 环比增长28.8%: against the period before
    # 有效高新技术企业净增23家, 规上工业企业比上年末增加12家: the firms gained, by their kind
    (re.compile(r"^有效(?=高新技术企业)"), ""),
    (re.compile(r"^(规上工业企业|高新技术企业)增加数$"), r"新增\1"),
    (re.compile(r"^常住人口增加数$"), "常住人口增加"),
    (re.compile(r"^(?:生产线|项目)(?=总投资$|合计投资$)"), ""),  # the whole sum, whoever spends it
    (re.compile(r"(?<=引进)各类(?=\S*人才$)"), ""),  # 累计引进各类人才: those brought in
    # 产品国内市场占有率超30%: the market's share, whose products go without saying
    (re.compile(r"^产品(?=(?:国内|全国|国际|全球|国内细分|全球细分)市场占有率)"), ""),
    # 从签约到今天开工用时4个月: the time between the steps, whichever day the story is told on
    (re.compile(r"(?<=到)今[天日](?=\S+用时$)"), ""),
    (re.compile(r"(?<=企业)合计$"), ""),  # 3家链主企业合计实现营业收入…: the firms counted
    (re.compile(r"(?<=项目)完成$"), ""),  # 58个省市重点项目完成投资86.7亿元: the projects
    # 他家每年草场补偿收入, 相当于节约标准煤: a speaker's household or an equivalence, no measure
    (re.compile(r"^(?:[他她我]家|[他我咱]们|相当于)"), ""),
    # 稳定粮食播种面积在…, 务工人员日工资在150元以上: where the figure stands, not its name
    (re.compile(r"^稳定(?=\S{3})|(?<![所现正存实])在$"), ""),
    (re.compile(r"^(\S+企业)配套$"), r"配套\1"),  # 为国内12家整车企业配套: the makers it supplies
    (re.compile(r"^参加(?=客商$|企业家$)"), "参会"),  # 参加客商: those at the meeting, as 参会
    (re.compile(r"^(?=投资项目审批)"), "企业"),  # 企业投资项目审批时限: the reform's own term
    (re.compile(r"地方政府(?=专项债券资金)"), ""),  # 争取地方政府专项债券资金: the bonds' funds
    # 全社会研发投入强度比上年提高0.3个百分点: the intensity's rise
    (re.compile(r"^(?:全社会)?研发投入强度比上年提高$"), "研发投入强度提高"),
    # 常住人口城镇化率比上年末提高0.8个百分点, 综合毛利率较上年同期提高1.3个百分点: the rate's rise
    (re.compile(r"^(?:常住人口)?(城镇化率)比上年末?(提高)$"), r"\1\2"),
    (re.compile(r"^(?:综合)?(毛利率)[较比]上年同期(提高)$"), r"\1\2"),
    (re.compile(r"^(?:集中|现场)(?=签约项目$)"), ""),  # 现场签约项目12个: the projects signed
    (re.compile(r"^全链(?!条)(?=\S{2})"), ""),  # 全链本地配套率达到46%: the chain's, its subject
    (re.compile(r"^(?:代表团)?(?:先后|共|累计)?(?=走访)"), ""),  # 代表团先后走访企业16家
    (re.compile(r"^带动(?:上下游)?(?=配套企业$)"), ""),  # 带动上下游配套企业30余家: the suppliers
    # 规上工业企业中亏损企业21家: the loss-makers, among the firms the bulletin covers
    (re.compile(r"^\S*企业中(?=\S+企业$)"), ""),
)


def filed_name(name: str | None) -> str | None:
    """``name`` in the form it is filed under (规模以上 -> 规上, 排名前移位次 -> 前移位次)."""
    if not name:
        return name
    for pattern, form in _FORMS:
        name = pattern.sub(form, name)
    return name
