"""Periods (with inheritance), subjects and indicators, and spans in the original text."""

from __future__ import annotations

import pytest

from chainatlas.extract import build_pipeline
from tests.extract.reading import read

PIPELINE = build_pipeline()


def facts(text: str) -> list[tuple[str, str, str, str]]:
    doc = PIPELINE("t", text)
    return [
        (doc.quote(q.start, q.end), q.period, q.subject or "", q.indicator or "")
        for q in doc.facts()
    ]


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("2023年上半年，全市实现地区生产总值 820.5 亿元。", "820.5 亿元", "2023H1"),
        ("2016年9月，项目开工，总投资 30 亿元。", "30 亿元", "2016-09"),
        ("2022年一季度，工业投资增长12.5%。", "12.5%", "2022Q1"),
        (
            "2021年12月29日，一期项目投产。作为重点项目，从签约到投产仅用363天。",
            "363天",
            "2021-12-29",
        ),
        ("2022年，全市规上工业总产值3000亿元。\n其中，电子产业产值500亿元。", "500亿元", "2022"),
        ("2012年3月，园区开园。\n园区规划了5平方公里的核心区。", "5平方公里", "2012"),
        ("目前，全市拥有高新技术企业 300 家。", "300 家", "cumulative"),
        ("全市累计引进项目 45 个。", "45 个", "cumulative"),
        ("十年来，园区接续奋斗。", "十年", "cumulative"),
        ("带动每年新增就业超 2万人。", "超 2万人", "unknown"),
        ("园区引进企业 12 家。", "12 家", "unknown"),
        ("2022年，企业启动二期项目，预计2024年投产，产能将提升30%。", "30%", "2024"),
    ],
)
def test_period_comes_from_the_nearest_cue_or_is_inherited(
    text: str, quote: str, period: str
) -> None:
    got = {q: p for q, p, _s, _i in facts(text)}
    assert got[quote] == period


def test_a_heading_starts_without_a_period() -> None:
    text = "2022年，全市工业总产值增长8%。\n产业集群加快成势\n园区集聚企业 30 家，力争打造 2 个百亿级集群。"
    got = {q: p for q, p, _s, _i in facts(text)}
    assert got["30 家"] == "cumulative"  # not 2022: a stock with no date is how things stand
    assert got["2 个"] == "unknown"


@pytest.mark.parametrize(
    ("text", "quote", "subject", "indicator"),
    [
        (
            "2023年，如皋市新能源产业实现营业收入 812.3 亿元。",
            "812.3 亿元",
            "如皋市新能源产业",
            "营业收入",
        ),
        (
            "2022年，光伏产业实现规上工业总产值 95.1 亿元，同比增长 20.6%。",
            "20.6%",
            "光伏产业",
            "规上工业总产值增速",
        ),
        (
            "锂电产业实现产值 300 亿元，占全市规上工业总产值的 25.4%。",
            "25.4%",
            "锂电产业",
            "占全市规上工业总产值比重",
        ),
        (
            "发制品产业实现营业收入86.4亿元，拉动规上工业营业收入增长4.6个百分点。",
            "4.6个百分点",
            "发制品产业",
            "拉动规上工业营业收入增长",
        ),
        ("常熟高新区集聚了甲科技、乙材料等 35 家上下游企业。", "35 家", "常熟高新区", "上下游企业"),
        ("海门经开区拥有省级研发机构 18 家、院士工作站 3 家。", "3 家", "海门经开区", "院士工作站"),
        (
            "2019年，启东市委、市政府规划了 6.2平方公里的海工装备产业园。",
            "6.2平方公里",
            "海工装备产业园",
            "规划面积",
        ),
        ("张华团队已有 12 位博士。", "12 位", "张华团队", "博士"),
        (
            "在上游，甲盐化有限公司年产烧碱60万吨；在中游，链主企业乙尼龙科技有限公司己二酸产能"
            "达到45万吨，切片产能约占全国的五分之一。",
            "五分之一",
            "乙尼龙科技有限公司",
            "切片产能占全国比重",
        ),
        ("全省 13 个设区市中，靖江市经济总量排名第 3 位。", "第 3 位", "靖江市", "经济总量排名"),
        ("全年规上工业增加值增长 9.1%，高于全省 2.3 个百分点。", "2.3 个百分点", "", "高于全省"),
    ],
)
def test_subject_and_indicator(text: str, quote: str, subject: str, indicator: str) -> None:
    got = {q: (s, i) for q, _p, s, i in facts(text)}
    found_subject, found_indicator = got[quote]
    if subject:
        assert found_subject == subject
    assert found_indicator == indicator


def test_the_company_a_later_clause_calls_企业_is_the_last_company_named() -> None:
    text = "2022年，江苏甲新材料科技有限公司获评专精特新小巨人企业。\n2023年，企业启动三期项目，产能将提升40%。"
    got = {q: s for q, _p, s, _i in facts(text)}
    assert got["40%"] == "江苏甲新材料科技有限公司"


def test_spans_point_into_the_original_text_across_hard_wraps() -> None:
    line = "这是一行很长的文字，用来模拟从 PDF 复制出来的排版，每一行都被硬换行截断了，需要拼接回去才能读懂的内容"
    text = f"{line}\n\n{line}\n\n{line[:-4]}2023\n\n年上半年，全市实现地区生产总值 1287.4 亿元，同比增长 5.5%。\n"
    doc = PIPELINE("t", text)
    quotes = [doc.quote(q.start, q.end) for q in doc.facts()]
    assert quotes == ["1287.4 亿元", "5.5%"]
    assert [q.period for q in doc.facts()] == ["2023H1", "2023H1"]
    first = doc.facts()[0]
    start, end = doc.original_span(first.start, first.end)
    assert text[start:end] == "1287.4 亿元"


def test_a_unit_cut_by_a_short_line_s_wrap_is_read_whole() -> None:
    text = (
        "规模以上工业增加值增长9.4%，\n增速高于全省平均水平1.6个百\n分点。年末规上工业企业186家。"
    )
    doc = PIPELINE("t", text)
    assert [doc.quote(q.start, q.end) for q in doc.facts()][1] == "1.6个百\n分点"


def test_a_name_split_by_a_wrap_is_found_and_quoted_as_written() -> None:
    line = (
        "这是一行很长的文字，用来模拟从 PDF 复制出来的排版，每一行都被硬换行截断了，需要拼接回去的"
    )
    text = f"{line}\n\n{line}\n\n{line}，在比亚\n 迪、理想两家新能源整车厂落户后，产业加快发展。"
    doc = PIPELINE("t", text)
    by_name = {e["name"]: e for e in doc.entities}
    assert "比亚迪" in by_name
    s, e = doc.original_span(by_name["比亚迪"]["start"], by_name["比亚迪"]["end"])
    assert text[s:e] == "比亚\n 迪"


def test_credit_lines_give_people_and_captions_give_no_facts() -> None:
    text = "园区动力电池产值增长。\n▲园区十年产值增长图 2012-2022\n记者：吴 蓝 管晨晨\n审核：钱 韬"
    doc = PIPELINE("t", text)
    names = {e["name"] for e in doc.entities if e["type"] == "person"}
    assert names == {"吴蓝", "管晨晨", "钱韬"}
    assert doc.facts() == []


def test_enumerations_and_suffixes_name_organisations() -> None:
    text = "以甲乙能源、丙丁装备等企业为代表，集聚了上海戊己科技有限公司、庚辛研究院等一批平台。"
    names = {e["name"]: e["type"] for e in PIPELINE("t", text).entities}
    assert names["甲乙能源"] == "company"
    assert names["丙丁装备"] == "company"
    assert names["上海戊己科技有限公司"] == "company"
    assert names["庚辛研究院"] == "platform"


def test_events_have_dates_and_actors() -> None:
    doc = PIPELINE("t", "2016年9月，宁德时代牵手溧阳，开工建设生产基地。")
    (event,) = doc.events
    assert event["date"] == "2016-09"
    assert "宁德时代" in event["actors"]


def test_page_furniture_goes_and_a_sentence_joins_across_the_page() -> None:
    body = (
        "2024年上半年，长沙经开区工程机械产业实现产值1528.6亿元，同比增长6.2%，占全区规上工业"
        "总产值的比重达到41.5%，产业集群规模继续位居全省第一。园区新增规上工业企业12家，规上"
        "工业增加值增长7.1%，高于全市平均水平1.3个百分点。"
    )
    lines = [body[i : i + 32] for i in range(0, len(body), 32)]
    header = "长沙经开区2023年度工作报告"
    text = "\n\n".join([header, *lines[:2], "- 3 -", header, *lines[2:]])
    doc = PIPELINE("pdf", text)
    assert doc.text.startswith(header + "\n")  # the title stays, its repeats go
    assert "- 3 -" not in doc.text and doc.text.count(header) == 1
    got = {doc.text[q.start : q.end]: q.period for q in doc.facts()}
    assert got["1528.6亿元"] == "2024H1"
    assert got["12家"] == "2024H1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("项目落户台州市黄岩区新前街道的园区。", {"台州市", "黄岩区", "新前街道"}),
        ("位于鄂尔多斯市伊金霍洛旗的园区开工。", {"伊金霍洛旗"}),
        (
            "中国北方稀土（集团）高技术股份有限公司一季度营收增长。",
            {"中国北方稀土（集团）高技术股份有限公司"},
        ),
        ("据包头天和磁材科技股份有限公司介绍，产能翻番。", {"包头天和磁材科技股份有限公司"}),
        ("第二届中国（安吉）椅业博览会开幕。", {"中国（安吉）椅业博览会"}),
        ("全市规上企业236家，高新技术企业87家。", set()),  # a class counted, not named
    ],
)
def test_names_found_by_their_form(text: str, expected: set[str]) -> None:
    names = {m.name for m in PIPELINE("t", text).mentions}
    assert expected <= names, names
    assert "高新技术企业" not in names and "年全市" not in names


def test_a_defined_short_name_stands_for_the_full_one() -> None:
    text = (
        "记者从西安阎良国家航空高技术产业基地（以下简称“航空基地”）获悉：上半年，"
        "航空基地完成产值243.5亿元。"
    )
    doc = PIPELINE("t", text)
    assert {m.name for m in doc.mentions} >= {"西安阎良国家航空高技术产业基地"}
    (fact,) = doc.facts()
    assert fact.subject == "西安阎良国家航空高技术产业基地"


def test_parts_listed_before_respectively_are_the_subjects_in_turn() -> None:
    text = (
        "2023年，全市陶瓷产业总产值达到720.5亿元。其中，日用陶瓷、艺术陶瓷、先进陶瓷三大门类"
        "分别实现产值168.4亿元、296.7亿元和142.8亿元。"
    )
    got = {
        PIPELINE("t", text).text[q.start : q.end]: q.subject for q in PIPELINE("t", text).facts()
    }
    assert (got["168.4亿元"], got["296.7亿元"], got["142.8亿元"]) == (
        "日用陶瓷",
        "艺术陶瓷",
        "先进陶瓷",
    )


def test_a_report_s_delivery_and_a_ranking_are_dated_happenings() -> None:
    text = (
        "株洲市2025年政府工作报告（摘要）\n"
        "——2025年1月9日在株洲市第十六届人民代表大会第五次会议上\n"
        "在今年发布的全国轨道交通装备产业集群综合实力20强中，株洲轨道交通装备产业集群位居榜首。"
    )
    events = {(e["date"], e["actors"][0]) for e in PIPELINE("t", text).events}
    assert ("2025-01-09", "株洲市第十六届人民代表大会") in events
    assert any(date == "2025" for date, _actor in events)


def test_what_a_trip_did_one_by_one_is_of_its_days_not_up_to_now() -> None:
    text = (
        "项城新闻\n发布时间：2026-05-22 17:35\n"
        "5月18日至21日，代表团赴上海、杭州等地开展招商活动，先后走访企业16家，签约项目9个。"
    )
    doc = PIPELINE("t", text)
    got = {doc.text[q.start : q.end]: q.period for q in doc.facts()}
    assert got["16家"] == "2026-05", got
    doc = PIPELINE("t", "池州新闻\n2020年6月，研究院揭牌，先后引进博士37名。")
    assert [q.period for q in doc.facts()] == ["cumulative"]


def test_a_release_of_main_indicators_frames_its_sections_by_its_span() -> None:
    text = (
        "梅州高新区2026年1—9月主要经济指标完成情况\n发布日期：2026-10-21 16:40\n"
        "一、工业生产稳中有升\n1—9月，高新区规模以上工业总产值完成286.4亿元，同比增长11.6%。\n"
        "二、重点产业较快增长\n电子信息产业完成产值168.3亿元，同比增长15.4%。"
    )
    got = {q: p for q, p, _s, _i in facts(text)}
    assert got["168.3亿元"] == "2026-09", got


def test_a_quarter_far_ahead_of_the_date_line_is_last_year_s() -> None:
    text = (
        "左江稀材发布2025年年度报告\n2026-04-23 08:45\n"
        "4月22日晚，公司发布年度报告。\n分季度看，第四季度公司实现营业收入13.42亿元。\n"
        "第二季度，公司将加快二期项目建设，力争实现营业收入15亿元。"
    )
    got = {q: p for q, p, _s, _i in facts(text)}
    assert got["13.42亿元"] == "2025Q4", got
    assert got["15亿元"].startswith("2026"), got


def test_a_goal_s_year_heads_its_clause_and_what_is_already_done_is_no_goal() -> None:
    text = (
        "津南区海工装备产业发展纪实\n2025-03-18 09:30　来源：津南区融媒体中心\n"
        "到2027年海工装备产业规模达到600亿元，2024年已实现产值486.3亿元，完成目标的81.1%；"
        "生物医药产业目标为500亿元，2024年实现产值212.4亿元。"
    )
    doc = PIPELINE("t", text)
    got = {doc.text[q.start : q.end]: (q.subject, q.qualifier) for q in doc.facts()}
    assert got["486.3亿元"] == ("海工装备产业", "exact"), got


def test_a_section_run_on_in_its_paragraph_leaves_what_stands_now_behind() -> None:
    doc = PIPELINE(
        "t",
        "青山区统计局\n2026年10月28日\n前三季度，全区农林牧渔业总产值108.36亿元。"
        "（一）沃柑产业量质齐升。目前全区沃柑种植面积约45万亩。（二）菜篮子产品供应充足。"
        "蔬菜产量42.3万吨，增长3.6%。",
    )
    periods = {doc.text[q.start : q.end]: q.period for q in doc.facts()}
    assert periods["约45万亩"] == "cumulative"
    assert periods["42.3万吨"] == periods["3.6%"] == "2026Q3"


def test_a_count_with_its_growth_after_it_is_a_flow_of_the_span() -> None:
    doc = PIPELINE(
        "t",
        "青山区统计局\n2026年10月28日\n前三季度，全区农林牧渔业总产值108.36亿元。"
        "菜篮子产品供应充足。生猪出栏38.72万头，增长1.9%。",
    )
    assert {q.period for q in doc.facts()} == {"2026Q3"}


def test_the_years_goal_opening_a_clause_is_the_years_and_names_what_is_aimed_at() -> None:
    doc = PIPELINE(
        "t",
        "青城经济开发区2026年前三季度工作总结\n发布时间：2026-10-16\n\n"
        "　　前三季度，园区实现产值100亿元。全年目标签约亿元以上项目30个，前三季度已签约24个。",
    )
    got = {doc.text[q.start : q.end]: q for q in doc.facts()}
    assert (got["30个"].period, got["30个"].qualifier) == ("2026", "target")
    assert got["30个"].indicator == "签约亿元以上项目"
    assert got["24个"].period == "2026Q3"


def test_the_years_goal_in_brackets_after_what_was_done_is_the_years() -> None:
    got = read(
        "青阳经济开发区2026年前三季度工作总结\n发布时间：2026-10-20\n\n"
        "　　前三季度，园区实现规上工业总产值186.4亿元，同比增长11.2%，完成年度目标（245亿元）的76.1%。",
        "period",
    )
    assert got["245亿元"] == "2026" and got["186.4亿元"] == "2026Q3", got


def test_projects_under_way_in_a_release_are_of_its_span() -> None:
    got = read(
        "禹州市2026年前三季度经济运行情况\n发布时间：2026-10-22\n\n"
        "前三季度，全市固定资产投资同比增长9.8%。全市亿元以上在建项目286个，比上年同期增加23个，"
        "完成投资增长12.4%。",
        "period",
    )
    assert got["286个"] == got["23个"] == got["12.4%"] == "2026Q3", got


def test_a_multiple_of_last_year_s_same_span_dates_nothing_after_it() -> None:
    got = read(
        "湘潭市2025年上半年工业经济运行情况\n发布时间：2025-07-20\n\n"
        "上半年，新能源汽车驱动电机62万台，是去年同期的2.3倍。电子信息产业实现产值41.7亿元，同比增长24.6%。",
        "period",
    )
    assert got["2.3倍"] == got["41.7亿元"] == got["24.6%"] == "2025H1", got


def test_an_industry_named_after_its_role_is_the_subject_of_its_figures() -> None:
    text = "武宁县人民政府\n2025年，首位产业绿色光电实现营业收入142.6亿元，增长13.4%。"
    got = read(text, "subject")
    assert got["142.6亿元"] == got["13.4%"] == "绿色光电", got


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "云南滇鲜食品科技有限公司建成年产3万吨预制菜生产线，产品销往全国28个省（区、市）。",
            "28个",
            "云南滇鲜食品科技有限公司",
        ),
        (
            "辽宁蟹都食品集团有限公司营业收入8亿元，产品进入全国2.3万家商超门店。",
            "2.3万家",
            "辽宁蟹都食品集团有限公司",
        ),
        (
            "余江区加快培育优质企业。到2027年，全区省级专精特新中小企业力争突破100家。",
            "突破100家",
            "余江区",
        ),
    ],
)
def test_the_reach_of_goods_and_a_kind_of_firm_are_no_subject(
    text: str, quote: str, subject: str
) -> None:
    """Where a firm's goods reach (销往全国28个省) is the firm's figure, not the nation's; a
    kind of firm counted (省级专精特新中小企业) is what the place has, not who has it."""
    assert read(text, "subject")[quote] == subject


def test_a_project_named_before_its_sum_is_the_sums_subject() -> None:
    """；LED封装项目总投资5.4亿元: a project named at a clause's opening, right before its sum;
    a class of projects (工业项目) or one told before (该项目) names none."""
    text = (
        "高安市签约项目5个。其中，精密光学仪器项目总投资6.1亿元；LED封装项目总投资5.4亿元。"
        "工业项目11个、总投资72.6亿元。"
    )
    got = read(text, "subject")
    assert got["6.1亿元"] == "精密光学仪器项目", got
    assert got["5.4亿元"] == "LED封装项目", got
    assert got["72.6亿元"] != "工业项目", got
