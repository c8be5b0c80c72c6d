"""Tables set as text: each layout's cells get the subject, indicator, unit and period a
reader takes from the columns, the rows and the lines above the table."""

from __future__ import annotations

from decimal import Decimal

from chainatlas.extract import build_pipeline
from chainatlas.extract.doc import Quantity
from tests.extract.reading import read

PIPELINE = build_pipeline()


def cells(text: str) -> dict[str, list[Quantity]]:
    """quote -> the facts quoting it, in text order."""
    doc = PIPELINE("t", text)
    out: dict[str, list[Quantity]] = {}
    for q in doc.facts():
        out.setdefault(doc.text[q.start : q.end], []).append(q)
    return out


_PARKS = (
    "2026年1—9月云岭经济技术开发区主要经济指标完成情况\n\n"
    "发布时间：2026-10-23 15:40    来源：经济发展局\n\n"
    "1—9月，开发区工业经济保持较快增长，各园区运行平稳。\n\n"
    "二、分园区规模以上工业总产值\n\n"
    "园区名称            规上工业总产值（亿元）    同比增长（%）    占开发区比重（%）\n"
    "东川工业园区        356.28                    15.6             33.3\n"
    "甘河工业园区        418.65                    6.2              39.2\n"
    "南川工业园区        293.53                    8.1              27.5\n"
    "合计                1068.46                   9.8              100.0\n"
)


def test_a_grid_with_units_in_its_heads_gives_each_park_its_figures() -> None:
    got = cells(_PARKS)
    level, growth, share = got["356.28"][0], got["15.6"][0], got["33.3"][0]
    assert (level.subject, level.indicator, level.measure, level.unit) == (
        "东川工业园区",
        "规上工业总产值",
        "level",
        "亿元",
    )
    assert (growth.measure, growth.indicator) == ("growth", "规上工业总产值增速")
    assert (share.measure, share.indicator) == ("share", "占开发区比重")
    assert {q.period for q in (level, growth, share)} == {"2026-09"}


def test_the_total_row_is_the_wholes_and_its_share_of_itself_is_no_figure() -> None:
    got = cells(_PARKS)
    assert got["1068.46"][0].subject == "云岭经济技术开发区"
    assert "100.0" not in got


def test_a_grid_of_goods_names_the_goods_in_the_measure() -> None:
    got = cells(
        "西川县2025年国民经济和社会发展统计公报\n\n"
        "四、对外经济\n\n"
        "全年全县货物进出口总额128.46亿元，比上年增长6.8%。\n\n"
        "表2　2025年主要商品出口额及其增长速度\n\n"
        "商品名称　　　　　　　　出口额（亿元）　　　比上年增长（%）\n"
        "香菇及制品　　　　　　　68.72　　　　　　　 5.4\n"
        "汽车零部件　　　　　　　38.16　　　　　　　 13.6\n"
        "冶金辅料　　　　　　　　6.84　　　　　　　　-2.2\n"
    )
    parts = got["38.16"]
    assert len(parts) == 1, parts  # 汽车零部件: no 件 column read into it
    assert (parts[0].subject, parts[0].indicator, parts[0].unit) == (
        "西川县",
        "汽车零部件出口额",
        "亿元",
    )
    assert (got["-2.2"][0].indicator, got["-2.2"][0].value) == (
        "冶金辅料出口额增速",
        Decimal("-2.2"),
    )
    assert got["5.4"][0].period == "2025"


def test_a_page_unit_of_percent_makes_every_column_a_growth() -> None:
    got = cells(
        "2026年上半年全市经济运行情况\n\n"
        "上半年，全市地区生产总值同比增长5.8%。\n\n"
        "表 1　2026 年上半年各县市区主要经济指标增速\n"
        "单位：%\n"
        "县市区　　　　规上工业增加值　　固定资产投资　　社会消费品零售总额\n"
        "娄星区　　　　　　6.8　　　　　　　5.1　　　　　　　5.6\n"
        "双峰县　　　　　　8.2　　　　　　　7.3　　　　　　　5.4\n"
        "娄底经开区　　　　10.5　　　　　　 11.8　　　　　　　—\n"
    )
    invest = got["11.8"][0]
    assert (invest.subject, invest.indicator, invest.measure) == (
        "娄底经开区",
        "固定资产投资增速",
        "growth",
    )
    assert got["5.4"][0].subject == "双峰县"
    assert got["5.4"][0].indicator == "社会消费品零售总额增速"
    assert got["6.8"][0].period == "2026H1"


_INDICATORS = (
    "一、主要经济指标\n\n"
    "指标名称                    单位        1—9月        同比增长（%）\n"
    "地区生产总值（前三季度）    亿元        286.45       5.8\n"
    "规模以上工业总产值          亿元        1068.46      9.8\n"
    "  其中：新材料产业产值      亿元        486.72       12.6\n"
    "实际使用外资                万美元      2860         12.5\n"
    "规上工业企业数              家          236          —\n"
)


def test_an_item_row_naming_an_industry_is_that_industrys() -> None:
    got = cells("2026年1—9月云岭经济技术开发区主要经济指标完成情况\n\n" + _INDICATORS)
    item = got["486.72"][0]
    assert (item.subject, item.indicator) == ("新材料产业", "产值")
    assert got["12.6"][0].indicator == "产值增速"


def test_rows_in_dollars_and_in_firms_and_a_row_with_no_growth() -> None:
    got = cells("2026年1—9月云岭经济技术开发区主要经济指标完成情况\n\n" + _INDICATORS)
    assert (got["2860"][0].unit, got["2860"][0].indicator) == ("万美元", "实际使用外资")
    firms = got["236"][0]
    assert (firms.measure, firms.unit, firms.indicator) == ("count", "家", "规上工业企业数")
    assert "亿元" not in got and "万美元" not in got  # a unit cell is no figure of its own


def test_the_headers_span_frames_every_row_but_a_rows_own_aside_frames_only_it() -> None:
    got = cells(
        "云岭经济技术开发区经济运行简报\n\n发布时间：2026-10-23 15:40\n\n"
        "今年以来，开发区经济运行总体平稳。\n\n" + _INDICATORS
    )
    assert got["286.45"][0].period == "2026Q3"
    assert got["1068.46"][0].period == "2026-09"
    assert got["2860"][0].period == "2026-09"


def test_a_periodicals_masthead_issue_and_date_line_are_no_title() -> None:
    got = cells(
        "娄底统计月报\n"
        "2026 年第 6 期（总第 318 期）\n"
        "娄底市统计局编　　　　　　　　　　　　　　2026 年 7 月 20 日\n\n"
        "2026 年上半年全市经济运行情况\n\n"
        "上半年，全市实现地区生产总值 986.42 亿元，同比增长 5.8%。\n\n"
        "一、工业生产加快回升\n\n"
        "全市规上工业企业达到 1218 家，钢材产量 968.5 万吨。\n"
    )
    assert got["968.5万吨"][0].period == "2026H1"


def test_a_table_of_measures_with_units_in_its_rows_gives_amounts_and_growths() -> None:
    text = (
        "2026年前三季度临汾市经济运行情况\n发布时间：2026-10-23 10:00\n"
        "附表：2026年前三季度临汾市主要经济指标\n"
        "指标 | 绝对数 | 增长%\n"
        "地区生产总值（亿元） | 1286.45 | 5.6\n"
        "规模以上工业增加值 | — | 7.8\n"
        "特种钢材产量（万吨） | 386.2 | 12.5\n"
    )
    doc = PIPELINE("t", text)
    got = {doc.text[q.start : q.end]: (q.indicator, q.unit, q.period) for q in doc.facts()}
    assert got["1286.45"] == ("地区生产总值", "亿元", "2026Q3"), got
    assert got["7.8"] == ("规上工业增加值增速", "%", "2026Q3"), got
    assert got["386.2"][:2] == ("特种钢材产量", "万吨"), got


_PIPED = (
    "2025年1—10月全县经济运行情况\n"
    "发布日期：2025-11-21 16:40\n"
    "1—10月，全县经济运行平稳。\n"
    "附：2025年1—10月主要经济指标\n"
    "指标名称 | 单位 | 1—10月 | 同比增长（%）\n"
    "社会消费品零售总额 | 亿元 | 98.6 | 5.9\n"
)


def test_a_table_set_out_with_pipes_reads_as_one_set_out_with_spaces() -> None:
    got = cells(_PIPED)
    level, growth = got["98.6"][0], got["5.9"][0]
    assert (level.indicator, level.unit, level.period) == ("社会消费品零售总额", "亿元", "2025-10")
    assert (growth.measure, growth.value) == ("growth", Decimal("5.9"))


_BY_COUNTY = (
    "2025年1—9月全州规模以上工业生产情况\n"
    "发布日期：2025-10-21 16:40\n"
    "表1　1—9月各县市规模以上工业增加值增速\n"
    "县市　　　　　　　　　同比增长(%)\n"
    "临夏市　　　　　　　　8.4\n"
    "永靖县　　　　　　　　-1.8\n"
    "表2　1—9月主要工业产品产量\n"
    "产品名称　　　　单位　　　　1—9月　　同比增长(%)\n"
    "日用陶瓷制品　　亿件　　　　1.85　　5.7\n"
    "人造板　　　　　万立方米　　48.6　　6.3\n"
)


def test_a_table_of_growths_by_county_gives_each_county_its_growth() -> None:
    got = cells(_BY_COUNTY)
    first, second = got["8.4"][0], got["-1.8"][0]
    assert (first.subject, first.indicator, first.measure) == ("临夏市", "增加值增速", "growth")
    assert (second.subject, second.value) == ("永靖县", Decimal("-1.8"))


def test_rows_of_goods_in_hundreds_of_millions_of_pieces_and_in_cubic_metres() -> None:
    got = cells(_BY_COUNTY)
    assert (got["1.85"][0].value, got["1.85"][0].unit) == (Decimal("185000000"), "件")
    assert got["48.6"][0].unit == "万立方米"


_TABBED = (
    "2026年1—10月石阡县主要经济指标\n"
    "发布日期：2026-11-19 10:00\n"
    "附表：2026年1—10月主要经济指标\n"
    "指标名称\t单位\t1—10月\t同比增长（%）\n"
    "规模以上工业增加值\t%\t—\t7.8\n"
    "社会消费品零售总额\t亿元\t31.7\t5.4\n"
)


def test_a_table_set_out_with_single_tabs_and_a_percent_unit_row() -> None:
    got = cells(_TABBED)
    assert (got["31.7"][0].unit, got["31.7"][0].indicator) == ("亿元", "社会消费品零售总额")
    assert (got["7.8"][0].measure, got["7.8"][0].indicator) == ("growth", "规上工业增加值增速")


_TABBED_GRID = (
    "鹿寨经济开发区2026年前三季度经济运行情况\n发布时间：2026-10-25 10:00\n"
    "前三季度，开发区实现规上工业总产值248.6亿元。目前，开发区累计入驻企业136家。\n"
    "各园区主要指标如下：\n"
    "园区\t规上工业总产值（亿元）\t同比增长（%）\t规上工业企业（家）\n"
    "城北园区\t112.4\t9.6\t52\n"
    "合计\t248.6\t8.7\t136\n"
)


def test_a_grid_with_units_in_its_heads_set_out_with_single_tabs() -> None:
    got = cells(_TABBED_GRID)
    level, growth = got["112.4"][0], got["9.6"][0]
    assert (level.subject, level.unit, growth.measure) == ("城北园区", "亿元", "growth")
    assert level.period == "2026Q3"  # the release's span, not the 目前 told last


def test_a_row_set_out_with_single_ideographic_spaces_joins_no_row_after_it() -> None:
    got = cells(
        "2026年1—10月单县规上工业生产情况\n发布日期：2026-11-18 10:00\n"
        "产品名称　单位　1—10月　同比增长（%）\n布　万米　6420　8.1\n人造板　万立方米　58.3　-2.7\n"
    )
    assert got["58.3"][0].indicator == "人造板产量", got


def test_a_grid_of_a_park_s_parts_headed_片区() -> None:
    got = cells(
        "垫江高新区2026年前三季度经济运行情况\n发布时间：2026-10-20 10:00\n"
        "表：分片区主要指标\n片区\t规上工业总产值（亿元）\t同比增长（%）\t规上工业企业（家）\n"
        "桂溪片区\t98.4\t12.1\t64\n"
    )
    assert (got["98.4"][0].subject, got["98.4"][0].unit) == ("桂溪片区", "亿元"), got


def test_a_grid_of_industries_makes_each_industry_the_subject_of_its_row() -> None:
    got = cells(
        "霍岭县2026年前三季度经济运行情况\n\n"
        "表1　2026年前三季度主要行业规上工业增加值增长情况\n"
        "行业名称　　　　　　　　　　　　　　增速（%）　　占规上工业比重（%）\n"
        "电气机械和器材制造业　　　　　　　　16.8　　　　18.6\n"
        "木材加工和木、竹、藤、棕、草制品业　-2.3　　　　5.6\n"
    )
    growth, share, fall = got["16.8"][0], got["18.6"][0], got["-2.3"][0]
    assert (growth.subject, growth.indicator, growth.measure) == (
        "电气机械和器材制造业",
        "增加值增速",
        "growth",
    )
    assert (share.subject, share.indicator, share.measure) == (
        "电气机械和器材制造业",
        "占规上工业比重",
        "share",
    )
    assert (fall.subject, fall.value) == ("木材加工和木、竹、藤、棕、草制品业", Decimal("-2.3"))


def test_a_bulletin_s_three_sector_structure_gives_each_sector_its_share() -> None:
    got = cells(
        "西川县2025年国民经济和社会发展统计公报\n\n"
        "初步核算，全年全县地区生产总值428.36亿元，比上年增长6.2%。"
        "三次产业结构由18.1：27.0：54.9调整为17.0∶27.7∶55.3。"
    )
    shares = [got[v][0] for v in ("17.0", "27.7", "55.3")]
    assert [(q.subject, q.measure, q.unit, q.period) for q in shares] == [
        (sector, "share", "%", "2025") for sector in ("第一产业", "第二产业", "第三产业")
    ]
    assert {q.indicator for q in shares} == {"三次产业结构"}
    assert "18.1" not in got  # the year before's, from which it was 调整


def test_three_numbers_that_make_no_whole_are_no_structure() -> None:
    got = cells("西川县2025年统计公报\n\n三次产业结构为17.0：27.7：35.3。")
    assert not {"17.0", "27.7", "35.3"} & set(got)


def test_a_bulletin_s_income_ratio_and_its_change_and_rates_per_thousand() -> None:
    got = cells(
        "西川县2025年国民经济和社会发展统计公报\n\n"
        "全年城乡居民收入比为1.56，比上年缩小0.03。三次产业结构为17.0：27.7：55.3。"
        "全年人口出生率8.36‰，死亡率5.12‰。"
    )
    ratio, change = got["1.56"][0], got["0.03"][0]
    assert (ratio.measure, ratio.unit, ratio.indicator) == ("ratio", "倍", "城乡居民收入比")
    assert (change.measure, change.value) == ("ratio", Decimal("-0.03"))
    assert (got["8.36‰"][0].measure, got["8.36‰"][0].unit) == ("ratio", "‰")
    assert "三次" not in got  # 三次产业 names the sectors, counts nothing


def test_an_index_number_with_a_slash_is_no_fraction() -> None:
    got = cells(
        "西川县统计局\n索引号：003176895/202610-00021　　信息分类：统计分析\n"
        "西川县前三季度经济运行情况\n前三季度，全县网络零售额约占全市的1/4以上。"
    )
    assert "1/4以上" in got
    assert not any("/2026" in quote for quote in got), got


def test_a_table_of_goals_gives_the_goal_what_was_done_the_part_done_and_the_growth() -> None:
    got = cells(
        "建岭高新区2026年1—10月工作总结\n发布时间：2026-11-12\n\n"
        "表1　2026年1—10月主要经济指标完成情况\n"
        "指标名称　　单位　　年度目标　　1—10月完成　　完成年度目标（%）　　同比增长（%）\n"
        "规上工业开票销售　　亿元　　680　　562.4　　82.7　　11.2\n"
        "新增高新技术企业　　家　　20　　17　　85.0　　—\n"
    )
    goal, done, part, grown = (got[v][0] for v in ("680", "562.4", "82.7", "11.2"))
    assert (goal.measure, goal.unit, goal.qualifier, goal.period) == (
        "level",
        "亿元",
        "target",
        "2026",
    )
    assert (done.qualifier, done.period, done.indicator) == ("exact", "2026-10", "规上工业开票销售")
    assert (part.measure, part.indicator) == ("share", "规上工业开票销售完成年度目标比例")
    assert (grown.measure, grown.indicator) == ("growth", "规上工业开票销售增速")
    assert got["17"][0].measure == "count"


def test_so_many_in_every_so_many_is_one_share_and_no_counts() -> None:
    got = cells("平岭新闻\n2025年，全国每3辆童车就有1辆产自平岭，每10条除尘滤袋中就有4条产自阜岭。")
    third, tenths = got["每3辆童车就有1辆"][0], got["每10条除尘滤袋中就有4条"][0]
    assert (third.measure, third.unit, third.value) == ("share", "分数", Decimal("0.3333"))
    assert tenths.value == Decimal("0.4000")
    assert not {"3辆", "1辆", "10条", "4条"} & set(got)


_ACCOUNTS = (
    "瀚锂新材2026年半年度报告摘要\n"
    "青海瀚锂新材料股份有限公司发布2026年半年度报告。报告期内，公司实现营业收入36.85亿元。\n"
    "（四）重点项目有序推进\n"
    "2026年5月，公司年产2万吨高纯硼酸项目开工建设。\n"
    "财务报表相关科目变动分析表\n"
    "单位：元　币种：人民币\n"
    "科目　　　　　　本期数　　　　　　　上年同期数　　　　　变动比例（%）\n"
    "营业收入　　　　3,685,216,437.52　　3,005,872,915.36　　22.60\n"
    "研发费用　　　　142,836,571.09　　　108,452,396.83　　　31.70\n"
)


def test_a_firm_s_table_of_account_changes_gives_both_periods_and_the_change() -> None:
    got = cells(_ACCOUNTS)
    now, before, change = (got[k][0] for k in ("3,685,216,437.52", "3,005,872,915.36", "22.60"))
    assert (now.value, now.unit, now.indicator, now.period) == (
        Decimal("3685216437.52"),
        "元",
        "营业收入",
        "2026H1",
    )
    assert (before.indicator, before.period) == ("营业收入", "2025H1")
    assert (change.measure, change.indicator, change.period) == ("growth", "营业收入增速", "2026H1")
    assert got["108,452,396.83"][0].indicator == "研发费用"
    assert "万元" not in cells(
        "单位：万元\n今年全县实现营业收入36.85亿元。"
    )  # a unit counts nothing


_RANKED = (
    "2026年1—9月湄潭县经济运行情况\n发布时间：2026-10-23 16:20\n"
    "前三季度，全县地区生产总值同比增长5.7%，在全市14个县（市、区）中位列第5位。\n"
    "附表　2026年1—9月湄潭县主要经济指标\n"
    "指标名称　　单位　　1—9月　　同比增长（%）　　增速全市位次\n"
    "地区生产总值（前三季度）　　亿元　　162.84　　5.7　　5\n"
    "固定资产投资　　%　　—　　4.2　　6\n"
    "金融机构人民币各项存款余额（9月末）　　亿元　　301.26　　7.2　　—\n"
)


def test_a_release_s_table_gives_each_growth_its_place_among_the_peers() -> None:
    got = cells(_RANKED)
    amount, rank = got["162.84"][0], got["6"][0]
    assert (amount.indicator, amount.unit) == ("地区生产总值", "亿元")
    assert (rank.measure, rank.value, rank.indicator) == ("rank", 6, "固定资产投资增速全市位次")
    assert got["301.26"][0].indicator == "金融机构人民币各项存款余额"


def test_a_column_of_absolute_values_is_the_span_s_amount_beside_ranked_growths() -> None:
    got = cells(
        "2026年前三季度保靖县经济运行情况\n发布时间：2026-10-28\n表1　2026年前三季度保靖县主要经济指标\n"
        "指标名称\t单位\t绝对值\t同比增长（%）\t增速全州排位\n地区生产总值\t亿元\t68.42\t5.6\t3\n"
        "规模以上工业增加值\t—\t—\t8.2\t2\n"
    )
    assert (got["68.42"][0].unit, got["5.6"][0].measure, got["3"][0].measure) == (
        "亿元",
        "growth",
        "rank",
    )
    assert got["2"][0].indicator == "规上工业增加值增速全州排位", got["2"]


def test_a_column_of_amounts_so_far_headed_lei_ji_is_read_beside_ranked_growths() -> None:
    got = cells(
        "宁强县2026年前三季度经济运行情况\n发布时间：2026-10-27\n宁强县2026年前三季度主要经济指标\n"
        "指标\t单位\t累计\t同比增长（%）\t全市位次\n地区生产总值\t亿元\t96.84\t5.4\t4\n"
    )
    assert (got["96.84"][0].unit, got["5.4"][0].measure, got["4"][0].measure) == (
        "亿元",
        "growth",
        "rank",
    )


def test_a_goal_table_s_numbered_rows_are_read_past_their_number() -> None:
    text = (
        "陆良工业园区2026年1—10月工作总结\n发布时间：2026-11-08 10:00\n"
        "附表　主要指标完成情况\n"
        "序号　　指标名称　　单位　　年度目标　　1—10月完成　　完成率（%）　　同比增长（%）\n"
        "1　　规模以上工业总产值　　亿元　　260　　212.6　　81.8　　10.6\n"
        "2　　工业固定资产投资　　亿元　　45　　38.7　　86.0　　16.8\n"
    )
    got = cells(text)
    goal, done = got["260"][0], got["212.6"][0]
    assert (goal.indicator, goal.qualifier) == ("规上工业总产值", "target")
    assert (done.indicator, done.unit) == ("规上工业总产值", "亿元")
    assert got["86.0"][0].measure == "share"


def test_a_year_end_goal_table_with_remarks_under_a_long_site_name() -> None:
    text = (
        "云岭经济技术开发区（滇中临港经济区）管理委员会\n\n首页 > 政务公开 > 计划执行\n\n"
        "云岭经济技术开发区2025年度主要经济指标完成情况\n\n发布日期：2026-02-10\n\n"
        "2025年，开发区经济运行总体平稳，现将主要指标完成情况公布如下。\n\n"
        "序号\t指标名称\t单位\t年度目标\t全年完成\t完成率（%）\t备注\n"
        "1\t规模以上工业总产值\t亿元\t420\t401.6\t95.6\t同比增长5.2%\n"
        "2\t规模以上工业增加值增速\t%\t8.0\t6.9\t—\t速度指标\n"
        "3\t固定资产投资\t亿元\t120\t126.3\t105.3\n"
    )
    got = cells(text)
    goal, done, part = got["420"][0], got["401.6"][0], got["95.6"][0]
    assert (goal.qualifier, goal.period, done.period) == ("target", "2025", "2025")
    assert (part.measure, part.indicator) == ("share", "规上工业总产值完成率")
    grown = got["5.2%"][0]  # the remark tells the row's growth
    assert (grown.measure, grown.value, grown.indicator) == (
        "growth",
        Decimal("5.2"),
        "规上工业总产值增速",
    )
    assert "126.3" in got  # a row that leaves its 备注 empty


def test_a_row_with_a_unit_but_no_amount_gives_its_growth() -> None:
    text = (
        "2026年前三季度龙陵县经济运行情况\n发布时间：2026-10-24 09:00\n"
        "指标名称　　单位　　前三季度　　比上年同期增长（%）\n"
        "规模以上工业总产值　　亿元　　126.16　　12.3\n"
        "固定资产投资　　亿元　　—　　7.6\n"
    )
    growth = cells(text)["7.6"][0]
    assert (growth.measure, growth.indicator) == ("growth", "固定资产投资增速")


def test_a_table_of_industries_headed_by_行业_gives_each_row_its_figures() -> None:
    text = (
        "2026年前三季度夹江县经济运行情况\n发布时间：2026-10-26 10:00\n"
        "表1　2026年前三季度夹江县规上工业主要行业产值情况\n"
        "行业　产值（亿元）　同比增长（%）　占规上工业总产值比重（%）\n"
        "非金属矿物制品业　208.62　9.8　63.8\n"
    )
    got = cells(text)
    amount, share = got["208.62"][0], got["63.8"][0]
    assert (amount.subject, amount.indicator, amount.unit) == ("非金属矿物制品业", "产值", "亿元")
    assert share.measure == "share"


_QUARTER = (
    "蒙纳新材三季报：前三季度营收增长12.61%\n"
    "内蒙古蒙纳新材料股份有限公司发布2026年第三季度报告。\n"
    "（一）主要会计数据和财务指标\n"
    "单位：元　币种：人民币\n"
    "项目　　本报告期　　本报告期比上年同期增减变动幅度（%）　　年初至报告期末　　"
    "年初至报告期末比上年同期增减变动幅度（%）\n"
    "营业收入　　3,186,452,307.18　　8.43　　9,286,715,432.65　　12.61\n"
    "加权平均净资产收益率（%）　　2.14　　减少0.28个百分点　　6.66　　减少0.12个百分点\n"
    "　　本报告期末　　上年度末　　本报告期末比上年度末增减变动幅度（%）\n"
    "总资产　　38,652,418,306.27　　34,218,705,693.44　　12.96\n"
    "项目名称　　变动比例（%）　　主要原因\n"
    "在建工程_本报告期末　　86.42　　主要系项目投入增加所致\n"
)


def test_a_quarterly_report_s_tables_give_the_period_its_end_and_the_year_before() -> None:
    got = cells(_QUARTER)
    assert (got["9,286,715,432.65"][0].indicator, got["9,286,715,432.65"][0].period) == (
        "营业收入",
        "2026Q3",
    )
    assert got["12.61"][-1].measure == "growth"
    assert (got["2.14"][0].measure, got["2.14"][0].unit) == ("ratio", "%")
    assert got["0.28个百分点"][0].measure == "gap"
    assert (got["38,652,418,306.27"][0].period, got["34,218,705,693.44"][0].period) == (
        "2026-09",
        "2025",
    )
    assert (got["12.96"][0].period, got["86.42"][0].indicator) == ("2026-09", "在建工程变动比例")


def test_a_quarterly_table_in_the_layout_with_units_in_the_rows_is_read() -> None:
    text = (
        "冈峰电缆三季报：前三季度营收71.36亿元\n"
        "山东冈峰电缆股份有限公司披露2026年第三季度报告。\n"
        "项目　　本报告期　　本报告期比上年同期增减　　年初至报告期末　　年初至报告期末比上年同期增减\n"
        "营业收入（元）　　2,658,436,725.14　　21.36%　　7,136,285,614.37　　18.42%\n"
        "加权平均净资产收益率　　2.56%　　增加0.31个百分点　　7.04%　　增加0.58个百分点\n"
        "项目名称　　变动比例　　主要原因\n"
        "存货_本报告期末　　41.27%　　主要系备货增加所致\n"
    )
    got = cells(text)
    quarter, year = got["2,658,436,725.14"][0], got["7,136,285,614.37"][0]
    assert (quarter.indicator, quarter.unit, year.indicator) == (
        "第三季度营业收入",
        "元",
        "营业收入",
    )
    assert (got["18.42%"][-1].measure, got["7.04%"][0].measure) == ("growth", "ratio")
    assert got["41.27%"][0].indicator == "存货变动比例"


def test_a_product_row_in_万千米_is_read() -> None:
    text = (
        "2025年阳谷县国民经济和社会发展统计公报\n表2　主要工业产品产量及其增长速度\n"
        "产品名称　　单位　　产量　　比上年增长（%）\n"
        "电线电缆　　万千米　　36.8　　11.4\n"
    )
    got = cells(text)
    assert (got["36.8"][0].unit, got["36.8"][0].indicator) == ("万千米", "电线电缆产量")


def test_a_goal_table_with_计量单位_and_完成进度_is_read() -> None:
    text = (
        "公安经济开发区2026年前三季度目标任务完成情况\n发布时间：2026-10-19 16:40\n"
        "序号　指标名称　计量单位　全年目标　前三季度完成　完成进度（%）　同比增长（%）\n"
        "1　规上工业总产值　亿元　430　318.26　74.0　12.4\n"
    )
    got = cells(text)
    assert (got["430"][0].qualifier, got["318.26"][0].indicator) == ("target", "规上工业总产值")
    assert got["74.0"][0].indicator == "规上工业总产值完成进度"


_TRADES = (
    "青原县统计局\n2026年1—10月，青原县规模以上工业总产值212.48亿元，同比增长8.8%。\n"
    "表1　2026年1—10月全县规模以上工业分行业总产值\n"
    "行　业　　1—10月（亿元）　　同比增长（%）　　占全县比重（%）\n"
    "医药制造　　96.72　　14.6　　45.5\n"
    "新材料　　115.76　　4.1　　54.5\n"
    "合　计　　212.48　　8.8　　100.0\n"
)


def test_a_grid_by_trade_with_a_span_column_gives_each_trade_what_the_title_measures() -> None:
    got = cells(_TRADES)
    level, growth, share = got["96.72"][0], got["14.6"][0], got["45.5"][0]
    assert (level.subject, level.indicator, level.unit) == ("医药制造", "产值", "亿元")
    assert (growth.measure, growth.indicator) == ("growth", "产值增速")
    assert (share.measure, share.subject) == ("share", "医药制造")
    assert "100.0" not in got  # 合　计: the whole, spaced apart, as its own share


def test_a_part_done_written_with_its_percent_sign_is_read() -> None:
    got = cells(
        "青木经济开发区2026年前三季度工作总结\n发布时间：2026-10-20\n\n"
        "表1　青木经济开发区2026年前三季度主要指标完成情况\n"
        "指标　单位　年度目标　完成　完成率\n"
        "规上工业总产值　亿元　92.0　70.38　76.5%\n"
        "高新技术企业　家　20　21　105.0%\n"
    )
    assert (got["76.5%"][0].measure, got["76.5%"][0].value) == ("share", Decimal("76.5"))
    assert got["105.0%"][0].indicator == "高新技术企业完成率"  # the column calls it so


def test_a_table_set_out_with_tabs_under_a_unit_of_measure_head_keeps_its_cells() -> None:
    text = (
        "某县统计局\n今年1—10月，全县规上工业增加值增长8.4%。\n附表：\n"
        "表1　2026年1—10月全县规模以上工业主要指标\n"
        "指标名称\t计量单位\t1—10月\t同比增长（%）\n"
        "规上工业增加值\t—\t—\t8.4\n营业收入\t亿元\t486.27\t9.8\n"
    )
    got = read(text, "measure", "indicator")
    assert got["486.27"] == ("level", "营业收入"), got
    assert got["9.8"] == ("growth", "营业收入增速"), got


def test_a_plan_s_goals_against_what_was_done_read_as_growth_rates_with_their_bounds() -> None:
    text = (
        "平度市人大\n表1　2025年主要计划指标完成情况\n指标\t单位\t计划目标\t完成情况\n"
        "地区生产总值增长\t%\t6左右\t6.3\n一般公共预算收入增长\t%\t5\t5.4\n"
        "居民人均可支配收入增长\t%\t与经济增长同步\t5.9\n"
    )
    got = read(text, "measure", "qualifier", "indicator")
    assert got["6左右"] == ("growth", "target", "地区生产总值增速"), got
    assert got["6.3"] == ("growth", "exact", "地区生产总值增速"), got
    assert got["5.9"] == ("growth", "exact", "居民人均可支配收入增速"), got


def test_last_year_s_goals_in_a_table_keep_the_caption_s_year_when_this_year_s_repeat_them() -> (
    None
):
    text = (
        "某市人大\n表1　2025年主要计划指标完成情况\n指标\t单位\t计划目标\t完成情况\n"
        "地区生产总值增长\t%\t6左右\t6.3\n\n"
        "2026年主要预期目标是：地区生产总值增长6%左右。\n"
    )
    got = read(text, "period", "qualifier")
    assert got["6左右"] == ("2025", "target"), got
    assert got["6%左右"] == ("2026", "target"), got


def test_a_row_named_with_a_list_mark_inside_its_name_is_read() -> None:
    text = (
        "附表　2026年1—10月规模以上工业主要指标\n指标名称　　单位　　1—10月　　同比增长（%）\n"
        "规模以上工业总产值　　亿元　　218.46　　8.7\n"
        "　其中：化学原料和化学制品制造业　　亿元　　38.74　　6.3\n"
        "　　　　电力、热力生产和供应业　　亿元　　33.52　　3.9\n"
    )
    got = read(text, "measure")
    assert got["33.52"] == "level" and got["3.9"] == "growth", got


def test_a_growth_column_is_the_growth_of_the_amount_right_before_it() -> None:
    text = (
        "扶风县2026年1—9月工业经济运行情况\n表1　2026年1—9月扶风县规上工业分行业主要指标\n"
        "行业　企业数（户）　工业总产值（亿元）　同比增长（%）　占比（%）\n"
        "装备制造　22　52.18　15.7　24.3\n医药制造　9　28.92　6.8　13.5\n"
    )
    got = read(text, "indicator")
    assert got["15.7"] == got["6.8"] == "工业总产值增速", got


def test_a_row_counted_in_visits_gives_the_visits() -> None:
    text = (
        "景宁县2026年1—10月主要经济指标\n指标名称　计量单位　1—10月　同比增长（%）\n"
        "接待游客　万人次　1012.6　9.8\n"
    )
    got = read(text, "value", "unit")
    assert got["1012.6"] == (Decimal("10126000"), "人次"), got


def test_a_firm_s_account_table_with_half_width_brackets_in_its_head_is_read() -> None:
    text = (
        "津瑞医疗2026年第三季度报告\n（一）主要会计数据和财务指标\n单位：元　币种：人民币\n"
        "项目　　本报告期　　本报告期比上年同期增减变动幅度(%)　　年初至报告期末"
        "　　年初至报告期末比上年同期增减变动幅度(%)\n"
        "营业收入　　672,418,305.27　　19.36　　1,863,245,718.36　　16.42\n"
    )
    got = read(text, "value", "measure")
    assert got["672,418,305.27"] == (Decimal("672418305.27"), "level"), got
    assert got["16.42"] == (Decimal("16.42"), "growth"), got


def test_a_table_of_measures_headed_with_its_two_characters_apart_is_read() -> None:
    text = (
        "临沭县统计局\n表1　2026年前三季度临沭县主要经济指标\n"
        "指　　标　　　　　　单位　　　绝对值　　　同比增长（%）\n"
        "规上工业营业收入　　　　亿元　　　412.35　　　9.8\n"
    )
    got = read(text, "value", "indicator")
    assert got["412.35"] == (Decimal("412.35"), "规上工业营业收入"), got
    assert got["9.8"][1] == "规上工业营业收入增速", got


def test_a_month_s_span_heading_a_column_dates_its_cells_under_a_quarter_s_title() -> None:
    text = (
        "宿豫经济开发区2026年前三季度主要目标任务完成情况\n发布时间：2026-10-21 10:15\n"
        "表1　开发区2026年前三季度主要指标完成情况\n"
        "指标名称　　单位　　年度目标　　1—9月完成　　完成年度目标（%）　　同比增长（%）\n"
        "规上工业总产值　　亿元　　560　　428.6　　76.5　　13.6\n"
    )
    assert read(text, "period")["428.6"] == "2026-09"


def test_a_release_table_with_the_part_of_the_goal_done_and_no_goal_column() -> None:
    text = (
        "重庆水土高新技术产业园管理委员会\n2026年前三季度经济运行情况\n发布时间：2026-10-28\n\n"
        "表1　主要经济指标\n"
        "指标\t单位\t1—9月\t同比增长（%）\t完成年度目标（%）\n"
        "规模以上工业总产值\t亿元\t612.48\t10.6\t76.6\n"
        "规模以上工业增加值\t—\t—\t9.7\t—\n"
    )
    got = read(text, "value", "measure", "indicator", "subject")
    assert got["612.48"][:2] == (Decimal("612.48"), "level"), got
    assert got["10.6"][1] == "growth" and got["9.7"][1] == "growth", got
    assert got["76.6"][1:3] == ("share", "规上工业总产值完成年度目标比例"), got
    assert got["612.48"][3] == "重庆水土高新技术产业园", got  # the park its board runs


def test_a_release_s_table_of_growths_and_their_places_among_the_peers() -> None:
    text = (
        "2026年前三季度和平县经济运行简况\n\n发布时间：2026-10-28\n\n"
        "1—9月，全县规模以上工业增加值同比增长7.8%，增速居全市第1位。\n\n"
        "附表　2026年前三季度和平县主要经济指标增速及全市排位\n"
        "指标\t增速（%）\t全市排位\n"
        "地区生产总值\t5.2\t2\n"
        "固定资产投资\t6.4\t3\n"
    )
    got = cells(text)
    growth, place = got["5.2"][0], got["2"][0]
    assert (growth.measure, growth.indicator) == ("growth", "地区生产总值增速")
    assert (place.measure, place.indicator) == ("rank", "地区生产总值增速全市排位")
    assert got["第1位"][0].period == "2026-09"  # a growth's place keeps the growth's span


def test_a_release_table_whose_amounts_are_headed_绝对量() -> None:
    """绝对量 heads the amounts as 绝对值 and 绝对数 do; each row gives a level, its growth
    and where the growth ranks."""
    text = (
        "表1　2026年1—10月某县主要经济指标及在全市位次\n"
        "指标\t单位\t绝对量\t同比增长（%）\t全市位次\n"
        "一般公共预算收入\t亿元\t11.82\t6.4\t3\n"
        "社会消费品零售总额\t亿元\t58.36\t5.1\t4\n"
    )
    got = read(text, "indicator", "measure")
    assert got["11.82"] == ("一般公共预算收入", "level"), got
    assert got["5.1"] == ("社会消费品零售总额增速", "growth"), got
    assert got["4"][1] == "rank", got


def test_a_plan_reports_goals_year_by_year() -> None:
    """A plan's table heads each column with its year: the year's plan and its expected
    close are that year's goals, the next year's aim is the next year's."""
    text = (
        "志丹县2026年计划执行情况与2027年计划草案的报告\n"
        "附表　主要指标计划执行情况及2027年预期目标\n"
        "序号\t指标\t单位\t2026年计划\t2026年预计完成\t2027年预期目标\n"
        "1\t地区生产总值\t亿元\t185.0\t186.5\t198.0\n"
        "2\t地区生产总值增速\t%\t5.5\t5.2\t5.5\n"
    )
    got = read(text, "indicator", "qualifier", "period")
    assert got["185.0"] == ("地区生产总值", "target", "2026"), got
    assert got["186.5"] == ("地区生产总值", "target", "2026"), got
    assert got["198.0"] == ("地区生产总值", "target", "2027"), got
    assert got["5.2"] == ("地区生产总值增速", "target", "2026"), got


def test_a_goal_table_s_notes_leave_its_figures_as_done_and_a_fall_row_is_negative() -> None:
    text = (
        "某经开区2026年1—10月主要经济指标目标任务完成情况\n发布时间：2026-11-12\n\n"
        "序号\t指标\t单位\t年度目标\t1—10月完成\t完成率（%）\t备注\n"
        "1\t新签约亿元以上项目\t个\t35\t38\t108.6\t已超额完成全年目标\n"
        "2\t单位工业增加值能耗下降\t%\t3.0\t3.4\t—\t完成全年目标\n"
        "3\t规上工业增加值增速\t%\t10.0\t11.2\t—\t高于目标1.2个百分点\n"
        "4\t新开工亿元以上项目\t个\t30\t24\t80.0\t滞后序时进度3.3个百分点\n"
        "5\t单位地区生产总值能耗下降率\t%\t3.5\t4.1\t—\t—\n"
        "注：1—10月序时进度为83.3%。完成率＝1—10月完成数÷年度目标×100%。\n"
    )
    got = read(text, "qualifier", "value")
    assert got["38"] == ("exact", Decimal("38")), got
    assert got["3.4"] == ("exact", Decimal("-3.4")), got
    assert got["3.0"] == ("target", Decimal("-3.0")), got
    assert "100%" not in got and "83.3%" in got, got
    names = read(text, "indicator", "value")
    assert names["1.2个百分点"] == ("规上工业增加值增速高于目标", Decimal("1.2")), names
    assert names["3.3个百分点"] == ("新开工亿元以上项目完成率与序时进度差", Decimal("-3.3")), names
    assert read(text, "measure", "value")["4.1"] == ("growth", Decimal("-4.1"))
