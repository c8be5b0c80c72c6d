"""A listed firm's own news: its report's period, 公司 for the firm whoever was named last,
asides that date one figure, and words before a name that are not part of it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract.reading import PIPELINE, read

NEWS = """\
华锐精工上半年营收增长21.4%

2025-08-28 09:10　来源：江东日报

8月27日，江东华锐精工股份有限公司（以下简称“华锐精工”）发布2025年半年度报告。报告期内，\
公司实现营业收入18.62亿元，同比增长21.4%。

其中，第二季度实现营业收入10.15亿元，环比增长19.8%。

分产品看，精密轴承实现营业收入12.36亿元，同比增长25.2%。据中国轴承工业协会统计，\
公司产品国内市场占有率约7.5%。

华锐精工主要客户包括徐工机械、三一重工等企业。公司营业收入由2021年的9.8亿元增长到2024年的31.5亿元。\
公司新一代产品目前已获得5家整机企业定点，将进一步巩固公司在高端轴承领域的地位。
"""


def facts() -> dict[str, tuple[str, str]]:
    doc = PIPELINE("t", NEWS)
    return {doc.text[q.start : q.end]: (q.subject or "", q.period) for q in doc.facts()}


def test_a_half_year_report_dates_its_period() -> None:
    got = facts()
    assert got["18.62亿元"][1] == "2025H1"
    assert got["12.36亿元"][1] == "2025H1"  # the quarter told aside does not carry on


def test_a_quarter_told_aside_dates_only_its_own_figures() -> None:
    assert facts()["10.15亿元"][1] == "2025Q2"


def test_公司_is_the_firm_whose_news_it_is() -> None:
    got = facts()
    assert got["31.5亿元"][0] == "江东华锐精工股份有限公司"  # not 三一重工, named last
    assert got["约7.5%"][0] == "江东华锐精工股份有限公司"


def test_a_quarter_told_alone_opens_no_name() -> None:
    """分季度看，第二季度单季公司实现…: the quarter is the figure's period, 公司 the firm;
    力争第四季度新签约…项目: the quarter is no part of what is counted."""
    text = (
        NEWS
        + "分季度看，第二季度单季公司实现营业收入10.15亿元。力争第四季度新签约亿元以上项目6个以上。\n"
    )
    doc = PIPELINE("t", text)
    got = {doc.text[q.start : q.end]: (q.subject, q.indicator) for q in doc.facts()}
    assert got["10.15亿元"][0] == "江东华锐精工股份有限公司", got
    assert got["6个以上"][1] == "新签约亿元以上项目", got


def test_a_line_of_business_is_what_its_figures_are_about() -> None:
    doc = PIPELINE("t", NEWS)
    got = {doc.text[q.start : q.end]: (q.subject, q.indicator) for q in doc.facts()}
    assert got["12.36亿元"] == ("华锐精工精密轴承", "营业收入"), got
    assert got["25.2%"] == ("华锐精工精密轴承", "营业收入增速"), got


def test_words_before_a_name_are_not_part_of_it() -> None:
    doc = PIPELINE("t", NEWS)
    names = {m.name for m in doc.mentions}
    assert "中国轴承工业协会" in names
    assert not any(n.startswith(("据", "目前", "进一步")) for n in names)


def test_the_title_s_year_does_not_date_the_body() -> None:
    doc = PIPELINE("t", "华锐精工2024年营收增长16.4%\n\n2025-03-29 08:15　来源：江东日报\n\n"
                   "3月27日晚，江东华锐精工股份有限公司发布2024年年度报告。")  # fmt: skip
    assert any(e["date"] == "2025-03-27" for e in doc.events), doc.events


def test_a_day_in_a_new_paragraph_is_of_the_date_line_s_weeks() -> None:
    doc = PIPELINE("t", "玉岭动力新工厂投产\n\n2025-03-26 10:15　来源：玉林日报\n\n"
                   "2024年，公司后市场服务收入31.2亿元。\n\n"
                   "3月18日，玉岭动力新能源动力总成智能工厂在玉林经开区投产。")  # fmt: skip
    assert any(e["date"] == "2025-03-18" for e in doc.events), doc.events


def test_a_web_page_s_banner_and_breadcrumbs_are_not_its_title() -> None:
    doc = PIPELINE("t", "长葛市人民政府\n首页 > 新闻中心 > 长葛要闻\n\n"
                   "长葛市项目集中签约 28个项目总投资213.3亿元\n\n发布时间：2025-04-18 17:05\n\n"
                   "4月17日，长葛市项目集中签约暨开工活动举行。")  # fmt: skip
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("长葛市项目集中签约")
    periods = {doc.text[q.start : q.end]: q.period for q in doc.facts()}
    assert periods["213.3亿元"] == "2025-04-17"


def test_a_web_page_s_menu_and_search_box_are_not_its_title() -> None:
    doc = PIPELINE("t", "马鞍山市人民政府\n首页 | 政务公开 | 政务服务\n请输入关键字　搜索\n"
                   "首页 > 新闻中心 > 今日马鞍山\n\n我市召开产业链高质量发展推进会\n\n"
                   "发布时间：2025-05-22 16:40\n\n5月21日，全市产业链高质量发展推进会召开，"
                   "6个项目现场集中签约，总投资86.4亿元。")  # fmt: skip
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("我市召开")
    periods = {doc.text[q.start : q.end]: q.period for q in doc.facts()}
    assert periods["86.4亿元"] == "2025-05-21"


def test_a_masthead_is_no_title_and_a_subtitle_names_the_firm() -> None:
    doc = PIPELINE("t", "江西日报　2025年8月14日　第06版　产经\n\n一颗镜头的“突围”之路\n"
                   "——探访江西井冈光学科技股份有限公司\n\n本报记者　邹文斌\n\n"
                   "客户包括长安汽车等整车企业。2023年7月，公司入选国家级专精特新“小巨人”企业。")  # fmt: skip
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("一颗镜头")
    assert any("江西井冈光学科技股份有限公司" in e["actors"] for e in doc.events), doc.events


def test_a_first_in_a_firm_s_news_is_the_firm_s() -> None:
    doc = PIPELINE("t", "华锐精工上半年营收增长21.4%\n\n2025-08-28 09:10　来源：江东日报\n\n"
                   "江东华锐精工股份有限公司（以下简称“华锐精工”）发布半年度报告。"
                   "上半年，境外收入占营业收入的比重首次超过三成。")  # fmt: skip
    assert any(e["actors"] == ["江东华锐精工股份有限公司"] for e in doc.events), doc.events


# The page of a firm's own site: its counters stay on the date line, 报告期内 is the
# report's span, and a later section opening with a day after the span is news of its own.

PAGE = """山西晋源镁业股份有限公司
首页 | 关于我们 | 新闻动态 | 投资者关系

您的位置：首页 > 新闻动态 > 公司新闻

晋源镁业上半年营收增长12.5%

发布日期：2025-08-28　来源：证券事务部　阅读量：2,386

8月26日晚，晋源镁业发布2025年半年度报告。上半年，公司实现营业收入28.6亿元，同比增长12.5%。截至6月末，公司拥有有效发明专利64项。报告期内，公司海外市场实现营业收入5.2亿元，同比增长31.6%。

【新基地】总投资36亿元 第二个生产基地落户

8月16日，公司与闻喜县人民政府签订投资协议，项目总投资36亿元。

【链主担当】

作为运城镁产业链链主企业，晋源镁业原镁产能约占全国的9%。
"""


def page_periods() -> dict[str, str]:
    doc = PIPELINE("page.txt", PAGE)
    return {doc.text[q.start : q.end]: q.period for q in doc.facts()}


def test_a_page_counter_is_not_joined_to_a_paragraph_opening_with_a_day() -> None:
    doc = PIPELINE("page.txt", PAGE)
    assert "2,3868月" not in doc.text.replace("，", ",")
    assert page_periods()["28.6亿元"] == "2025H1"  # the date line is read: 今年 is 2025


def test_within_the_report_period_is_the_reports_span() -> None:
    found = page_periods()
    assert found["64项"] == "2025-06"  # 截至6月末: as of the report's last month
    assert found["5.2亿元"] == "2025H1"
    assert found["31.6%"] == "2025H1"


def test_a_section_opening_with_a_later_day_is_not_the_reports() -> None:
    found = page_periods()
    assert found["36亿元"] == "2025-08-16"
    assert found["9%"] == "cumulative"  # 约占全国的9%: as things stand, not the report's half


def test_each_line_of_business_listed_with_分别_is_its_own_subject() -> None:
    text = (
        "德宏金豆咖啡集团股份有限公司发布2024年年度报告\n\n"
        "2024年，公司实现营业收入18.62亿元。分板块看，生豆贸易、烘焙咖啡、速溶及冻干咖啡三大板块"
        "分别实现营业收入8.36亿元、5.12亿元和4.48亿元。"
    )
    got = read(text, "subject", "indicator")
    assert got["5.12亿元"] == ("德宏金豆咖啡集团股份有限公司烘焙咖啡", "营业收入"), got
    assert got["4.48亿元"] == ("德宏金豆咖啡集团股份有限公司速溶及冻干咖啡", "营业收入"), got


def test_a_headline_opened_by_its_park_tells_the_firm_s_news_after_the_colon() -> None:
    text = (
        "定安塔岭工业园：普康药业智能制剂工厂全面达产\n2026-06-18 11:05　来源：定安县融媒体中心\n"
        "6月16日，位于塔岭工业园的海南普康药业有限公司（以下简称“普康药业”）智能制剂工厂"
        "二期生产线通过验收。\n今年1—5月，实现营业收入4.8亿元，同比增长21.3%。"
    )
    got = read(text, "subject")
    assert got["4.8亿元"] == "海南普康药业有限公司", got


def test_a_stage_heading_a_clause_leaves_the_firm_the_clause_names_its_subject() -> None:
    text = (
        "共和县光伏材料产业迈入百亿级\n"
        "上游环节，青海昆仑硅业有限公司年产10万吨工业硅项目去年6月全面达产，全年工业硅产量9.2万吨。"
    )
    got = read(text, "subject")
    assert got["9.2万吨"] != "上游", got


_BY_PRODUCT = (
    "江东华锐精工股份有限公司2026年半年度报告摘要\n主营业务分产品情况\n"
    "单位：万元　币种：人民币\n"
    "分产品　　营业收入　　营业成本　　毛利率（%）　　营业收入比上年增减（%）　　毛利率比上年增减（%）\n"
    "精密轴承　　41,268.53　　27,897.53　　32.4　　26.8　　增加1.32个百分点\n"
    "工装模具　　16,538.65　　12,007.06　　27.4　　10.2　　减少0.64个百分点\n"
)
#: The same table as a half-year report abstract sets it: the first head left blank, the rows'
#: kind on a line of its own, every rate with its %.
_BLANK_HEAD = (
    "粤棠厨电2026年半年度报告摘要\n占公司营业收入或营业利润10%以上的行业或产品情况\n单位：元\n"
    "　　营业收入　　营业成本　　毛利率　　营业收入比上年同期增减　　营业成本比上年同期增减"
    "　　毛利率比上年同期增减\n分产品\n"
    "燃气灶　　418,237,615.40　　296,874,130.55　　29.02%　　8.89%　　9.68%　　-0.52%\n"
)

#: The same table with its rows' kind written without 分 (产品).
_PRODUCT_HEAD = (
    "岫镁新材2026年半年度报告\n（二）主营业务分产品情况\n单位：万元　币种：人民币\n"
    "产品　　营业收入　　营业成本　　毛利率（%）　营业收入比上年同期增减（%）\n"
    "电熔镁砂　　31,208.45　　24,418.37　　21.76　　6.48\n"
)


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        (
            _PRODUCT_HEAD,
            "31,208.45",
            ("电熔镁砂", "营业收入", "level", "万元", Decimal("31208.45")),
        ),
        (_BY_PRODUCT, "41,268.53", ("精密轴承", "营业收入", "level", "万元", Decimal("41268.53"))),
        (_BY_PRODUCT, "32.4", ("精密轴承", "毛利率", "ratio", "%", Decimal("32.4"))),
        (_BY_PRODUCT, "26.8", ("精密轴承", "营业收入增速", "growth", "%", Decimal("26.8"))),
        (
            _BY_PRODUCT,
            "0.64个百分点",
            ("工装模具", "毛利率比上年增减", "gap", "个百分点", Decimal("-0.64")),
        ),
        (
            _BLANK_HEAD,
            "418,237,615.40",
            ("燃气灶", "营业收入", "level", "元", Decimal("418237615.4")),
        ),
        (_BLANK_HEAD, "29.02%", ("燃气灶", "毛利率", "ratio", "%", Decimal("29.02"))),
        (
            _BLANK_HEAD,
            "-0.52%",
            ("燃气灶", "毛利率比上年增减", "gap", "个百分点", Decimal("-0.52")),
        ),
    ],
)
def test_a_table_of_the_business_by_product_gives_each_line_its_figures(
    text: str, quote: str, expected: tuple[object, ...]
) -> None:
    got = read(text, "subject", "indicator", "measure", "unit", "value")
    assert got[quote] == expected, got


def test_a_listed_firm_s_meeting_with_its_investors_is_its_happening() -> None:
    text = (
        "津瑞医疗三季报：营收增长16.42%\n"
        "　　天津津瑞医疗科技股份有限公司发布2026年第三季度报告。\n"
        "　　在10月29日下午举行的三季度业绩说明会上，有投资者关注集采续约对公司利润的影响。\n"
    )
    events = {e["date"]: e["actors"] for e in PIPELINE("t", text).events}
    assert events.get("2026-10-29") == ["天津津瑞医疗科技股份有限公司"], events


def test_a_firm_defined_by_its_stock_name_and_code_is_the_title_s_firm() -> None:
    text = (
        "江南财讯网\n首页 > 上市公司 > 财报速递\n\n润铂精密三季报：前三季度营收34.13亿元\n\n"
        "　　10月26日晚间，江苏润铂精密合金股份有限公司（证券简称：润铂精密，证券代码：301976，"
        "以下简称“润铂精密”）发布2026年第三季度报告。\n"
    )
    got = read(text, "subject")
    assert got["34.13亿元"] == "江苏润铂精密合金股份有限公司", got  # the title's figure


def test_a_line_pointed_back_to_is_the_firm_s_and_the_time_it_took_is_no_happening() -> None:
    text = (
        "椒王食品新线投产\n发布时间：2026-10-20\n"
        "　　走进广西天等椒王食品有限公司（以下简称“椒王食品”）的新厂区，年产5万吨辣椒酱智能化生产线"
        "正满负荷运转。这条生产线今年8月建成投产，总投资3.2亿元。\n"
        "　　10月16日，公司二期生产线也正式投产。该产线总投资4.6亿元，从开工到投产用时13个月。\n"
    )
    events = [(e["date"], e["actors"]) for e in PIPELINE("t", text).events]
    assert ("2026-08", ["广西天等椒王食品有限公司"]) in events, events
    assert len(events) == 2, events  # 从开工到投产用时13个月 is no third


def test_a_title_naming_the_firm_by_its_own_word_is_the_firm_s_news() -> None:
    text = (
        "喜讯！磐草堂年产3000吨中药配方颗粒智能化生产线正式投产\n\n原创　磐草堂药业　2026年10月20日\n\n"
        "　　10月18日上午，浙江磐草堂药业有限公司年产3000吨中药配方颗粒智能化生产线投产仪式在磐安县"
        "举行。\n　　磐安县是“中国药材之乡”，中药材种植面积达12万亩。\n"
        "　　今年前三季度，实现销售收入2.6亿元，同比增长31.5%。\n"
    )
    got = read(text, "subject")
    assert got["2.6亿元"] == "浙江磐草堂药业有限公司", got  # the title's firm, not the county
    assert got["12万亩"] == "磐安县", got


def test_a_title_naming_only_the_line_under_the_firm_s_own_account_is_the_firm_s_news() -> None:
    text = (
        "喜讯！年产1.2万吨羊栖菜精深加工智能化生产线正式投产\n\n原创　瓯屿食品　瓯屿海洋食品　2026-10-16\n\n"
        "　　10月15日上午，浙江瓯屿海洋食品股份有限公司年产1.2万吨羊栖菜生产线投产仪式在洞头区霓屿街道"
        "新厂区举行。洞头区委常委、副区长林思远，公司董事长叶海澄等200余人参加仪式。\n"
        "　　该生产线总投资3.8亿元。新线投产后，公司年加工能力由1.8万吨提升至3.0万吨。\n"
    )
    got = read(text, "subject")
    assert got["3.8亿元"] == "浙江瓯屿海洋食品股份有限公司", (
        got
    )  # the account's firm, not the district


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("石泉县工业园区设立于2012年，规划面积8.6平方公里。", "2012"),
        ("湖北擎岳汽车零部件有限公司创建于2006年。", "2006"),
    ],
)
def test_a_founding_told_after_设立于_or_创建于_is_a_happening(sentence: str, date: str) -> None:
    doc = PIPELINE("t", "园区简介\n发布时间：2026-11-06\n" + sentence + "\n")
    assert [e["date"] for e in doc.events] == [date], doc.events


def test_a_year_a_firm_entered_a_list_dates_its_entry_not_the_list_s_name() -> None:
    text = (
        "杏村新材半年报\n发布时间：2026-09-03\n"
        "杏村新材成立于2006年，2021年12月在深圳证券交易所创业板上市，"
        "2024年入选国家级专精特新“小巨人”企业名单。\n"
    )
    dates = [e["date"] for e in PIPELINE("t", text).events]
    assert dates == ["2021-12", "2024"], dates


def test_a_plant_connected_to_the_grid_is_a_happening() -> None:
    text = (
        "子长市人民政府\n发布时间：2026-09-16\n"
        "子长市瑞阳光伏电站总投资12亿元，于今年5月实现全容量并网。\n"
    )
    dates = [e["date"] for e in PIPELINE("t", text).events]
    assert dates == ["2026-05"], dates


def test_a_site_put_into_use_or_into_operation_is_a_happening() -> None:
    text = (
        "通许县人民政府\n发布时间：2026-11-12\n"
        "通许县建设的省级方便食品质量检验检测中心已于今年7月投入使用。"
        "2021年9月，瑞丝集团跨境电商产业园正式投入运营。\n"
    )
    dates = sorted(e["date"] for e in PIPELINE("t", text).events)
    assert dates == ["2021-09", "2026-07"], dates


def test_a_bullet_s_happening_is_done_by_whom_the_line_it_goes_on_from_names() -> None:
    text = (
        "从一根曲轴到“整船配套”，旅顺这个产业集群凭什么？\n原创 旅顺口发布 2026年10月16日 08:30 辽宁\n"
        "旅顺口区正加快建设向海图强的临港产业强区。\n"
        "2025年，旅顺经济开发区船舶与海工装备配套产业集群\n"
        "★实现规上工业产值312.6亿元，同比增长14.8%；\n"
        "★入选国家级中小企业特色产业集群，在全省87个省级以上开发区综合考评中位列第4位。\n"
    )
    actors = [e["actors"] for e in PIPELINE("t", text).events]
    assert actors and all(a[0] == "旅顺经济开发区" for a in actors), actors


def test_a_post_headed_by_its_accounts_name_is_the_firms_though_no_title_is_found() -> None:
    doc = PIPELINE(
        "t",
        "瑞钢精管 | 年产8万吨高端精密钢管智能产线正式投产！\n\n"
        "原创 瑞钢精管 瑞钢精管 2026年11月06日 18:20 湖南\n\n点击蓝字 关注我们\n\n"
        "　　11月5日上午，湖南瑞钢精密管业有限公司（以下简称“瑞钢精管”）年产8万吨高端精密钢管"
        "智能产线投产仪式在岳塘经济开发区公司新厂区隆重举行。\n\n"
        "　　前三季度，公司生产精密钢管11.86万吨，同比增长14.2%。主要客户包括中南液压科技有限公司。"
        "\n\n　　预计全年产量可达16万吨以上。\n",
    )
    got = {doc.text[q.start : q.end]: q.subject for q in doc.facts()}
    assert got["11.86万吨"] == "湖南瑞钢精密管业有限公司", got
    assert got["16万吨以上"] == "湖南瑞钢精密管业有限公司", got


def test_a_post_headed_by_a_tag_and_a_bar_before_the_firm_is_the_firms() -> None:
    doc = PIPELINE(
        "t",
        "喜报｜驰远精密荣获国家级制造业单项冠军企业称号！\n\n"
        "原创　驰远精密品牌部　驰远精密CHIYUAN　2026年11月12日 18:30　上海\n\n"
        "近日，上海驰远精密传动股份有限公司（以下简称“驰远精密”）成功入选，成为闵行区马桥镇首家国家级"
        "制造业单项冠军企业。\n\n🏆 什么是制造业单项冠军？\n单项冠军企业长期专注于细分产品市场。\n\n"
        "📈 十五年专注一件事\n2011年，驰远精密在马桥镇一间1,200平方米的租赁厂房里起步：\n"
        "▪ 2019年，获评国家级专精特新“小巨人”企业；\n▪ 2024年，入选上海市智能工厂名单。\n"
        "目前，公司马桥智能制造基地占地86亩，建筑面积12.6万平方米。\n",
    )
    got = {doc.text[q.start : q.end]: q.subject for q in doc.facts()}
    assert got["86亩"] == "上海驰远精密传动股份有限公司", got


def test_a_balance_at_a_quarter_s_last_day_is_the_month_s() -> None:
    """截至2026年6月30日，公司总资产…: the report's closing date, filed by its month."""
    text = "甲公司2026年半年度报告\n截至2026年6月30日，公司总资产58.62亿元，较上年末增长7.4%。"
    assert read(text, "period")["58.62亿元"] == "2026-06"
