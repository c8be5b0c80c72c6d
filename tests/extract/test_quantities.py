"""Figures in short sentences: value, unit, measure, qualifier and the quoted span."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chainatlas.extract import build_pipeline
from chainatlas.extract.results import results_of
from tests.extract.reading import read

PIPELINE = build_pipeline()


def facts_of(text: str) -> list[tuple[str, Decimal, str, str, str]]:
    doc = PIPELINE("t", text)
    return [
        (doc.quote(q.start, q.end), q.value, q.unit, q.measure or "", q.qualifier)
        for q in doc.facts()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市实现地区生产总值 1287.4 亿元。", ("1287.4 亿元", "1287.4", "亿元", "level", "exact")),
        ("产业规模突破千亿达1050亿。", ("1050亿", "1050", "亿元", "level", "exact")),
        ("每年引才聚才超 3万名。", ("超 3万名", "30000", "名", "count", "lower")),
        ("集聚企业20余家。", ("20余家", "20", "家", "count", "lower")),
        (
            "公司拟公开发行不超过3,000万股。",
            ("不超过3,000万股", "30000000", "股", "count", "upper"),
        ),
        ("公司年产眼镜3000万副。", ("3000万副", "30000000", "副", "count", "exact")),
        ("改造后一条产线只需要8个人。", ("8个人", "8", "人", "count", "exact")),
        ("同月，园区第2座加氢站建成投用。", ("第2座", "2", "座", "count", "exact")),
        ("公司去年生产钢管30万根。", ("30万根", "300000", "根", "count", "exact")),
        ("年产帐篷3800万顶。", ("3800万顶", "38000000", "顶", "count", "exact")),
        ("兰花年产量8600万盆。", ("8600万盆", "86000000", "盆", "count", "exact")),
        ("全年出栏肉鸡620万羽。", ("620万羽", "6200000", "羽", "count", "exact")),
        ("年产饮料6100万瓶。", ("6100万瓶", "61000000", "瓶", "count", "exact")),
        ("开行中欧班列1260列。", ("1260列", "1260", "列", "count", "exact")),
        ("新增客房3600间。", ("3600间", "3600", "间", "count", "exact")),
        ("日均发件35万单。", ("35万单", "350000", "单", "count", "exact")),
        ("全县方便粉丝年产量18亿桶。", ("18亿桶", "1800000000", "桶", "count", "exact")),
        ("拟布设深远海养殖网箱40口。", ("40口", "40", "口", "count", "exact")),
        ("全年空气质量优良天数268天，比上年增加11天。", ("268天", "268", "天", "count", "exact")),
        ("库存周转天数由原来的90天缩短至50天。", ("50天", "50", "天", "duration", "exact")),
        ("龙江县以综合得分76.84分位列第57位。", ("76.84分", "76.84", "分", "level", "exact")),
        ("排查整改各类隐患63处。", ("63处", "63", "处", "count", "exact")),
        ("组织企业参加专题培训6场次。", ("6场次", "6", "场次", "count", "exact")),
        (
            "吨钢综合能耗降至538千克标准煤。",
            ("538千克标准煤", "538", "千克标准煤", "level", "exact"),
        ),
        ("年繁育南美白对虾种苗80亿尾。", ("80亿尾", "8000000000", "尾", "count", "exact")),
        ("年产食用菌菌棒1.2亿袋。", ("1.2亿袋", "120000000", "袋", "count", "exact")),
        ("年织造能力8000万米。", ("8000万米", "80000000", "米", "level", "exact")),
        (
            "化纤行业亩均税收21.3万元，位居第二；食品行业次之。",
            ("第二", "2", "位", "rank", "exact"),
        ),
        ("引进项目80 多个。", ("80 多个", "80", "个", "count", "lower")),
        ("拥有研发机构近百家。", ("近百家", "100", "家", "count", "upper")),
        ("推动十余家高端平台落地。", ("十余家", "10", "家", "count", "lower")),
        ("同比增长 25.3%。", ("25.3%", "25.3", "%", "growth", "exact")),
        ("占全市工业总产值的比重达 88.6%。", ("88.6%", "88.6", "%", "share", "exact")),
        ("高于全省平均水平 5.9 个百分点。", ("5.9 个百分点", "5.9", "个百分点", "gap", "exact")),
        ("占全省新能源产业的1/3以上。", ("1/3以上", "0.3333", "分数", "share", "lower")),
        ("生产效率将提升50%-80%。", ("50%-80%", "50", "%", "growth", "range")),
        ("普通工人月工资4200—5200元。", ("4200—5200元", "4200", "元", "level", "range")),
        ("每年可贡献税收3亿—4亿元。", ("3亿—4亿元", "3", "亿元", "level", "range")),
        ("已建产能120GWh。", ("120GWh", "120", "GWh", "level", "exact")),
        ("储能电站规模200兆瓦/800兆瓦时。", ("800兆瓦时", "800", "兆瓦时", "level", "exact")),
        ("规划了近4.3平方公里的产业园。", ("近4.3平方公里", "4.3", "平方公里", "level", "upper")),
        ("总产能预计可达49亿平方米。", ("49亿平方米", "49", "亿平方米", "level", "target")),
        ("综合实力列全省第 21 位。", ("第 21 位", "21", "位", "rank", "exact")),
        ("增幅位居全市首位。", ("首位", "1", "位", "rank", "exact")),
        ("拥有细分领域TOP3企业。", ("TOP3", "3", "位", "rank", "upper")),
        ("对税收前 10 位的企业进行奖励。", ("前 10 位", "10", "位", "rank", "upper")),
        ("从签约到投产仅用363天。", ("363天", "363", "天", "duration", "exact")),
        ("新能源汽车产量约12.5万辆。", ("约12.5万辆", "12.5", "万辆", "count", "approx")),
        ("钨精矿产量2.31万吨，下降2.7%。", ("2.7%", "-2.7", "%", "growth", "exact")),
        ("比重较上年下降2.3个百分点。", ("2.3个百分点", "-2.3", "个百分点", "gap", "exact")),
        ("运动鞋产量约11.8亿双。", ("约11.8亿双", "1180000000", "双", "count", "approx")),
        ("日均运行里程超过200公里。", ("超过200公里", "200", "公里", "level", "lower")),
        ("出货量连续三年位居全国前五。", ("前五", "5", "位", "rank", "upper")),
        ("力争产业规模实现翻一番。", ("翻一番", "2", "倍", "ratio", "target")),
        ("到2027年打造千亿级产业集群。", ("千亿级", "1000", "亿元", "level", "target")),
        (
            "全市竹产业实现产值八十四点六亿元。",
            ("八十四点六亿元", "84.6", "亿元", "level", "exact"),
        ),
        ("比重首次实现过半。", ("过半", "50", "%", "share", "lower")),
        ("推进六大行动。", ("六大", "6", "个", "count", "exact")),
        ("产值是上年的2.5倍。", ("2.5倍", "2.5", "倍", "ratio", "exact")),
        ("全年户籍人口92.1万人。", ("92.1万人", "921000", "人", "count", "exact")),
        ("一般公共预算收入完成全年预算的78.3%。", ("78.3%", "78.3", "%", "share", "exact")),
        ("规上工业产值完成年度目标的108.6%。", ("108.6%", "108.6", "%", "share", "exact")),
        ("城镇新增就业完成年度目标任务的102.5%。", ("102.5%", "102.5", "%", "share", "exact")),
        ("全区经济总量首次迈上400亿元台阶。", ("400亿元", "400", "亿元", "level", "lower")),
        (
            "今年计划投产的12个工业项目中，截至9月末已投产7个。",
            ("12个", "12", "个", "count", "exact"),
        ),
        (
            "全县地区生产总值增长5.4%，低于年度预期目标0.6个百分点。",
            ("0.6个百分点", "-0.6", "个百分点", "gap", "exact"),
        ),
        ("每万人高价值发明专利拥有量7.2件。", ("7.2件", "7.2", "件", "ratio", "exact")),
        ("规上工业企业亏损面19.2%。", ("19.2%", "19.2", "%", "share", "exact")),
        ("企业运营成本降低18.6%。", ("18.6%", "-18.6", "%", "growth", "exact")),
        ("占比低于全省4.6个百分点。", ("4.6个百分点", "-4.6", "个百分点", "gap", "exact")),
        (
            "建材行业产值下降4.2%，拖累全县规上工业产值增长0.5个百分点。",
            ("0.5个百分点", "-0.5", "个百分点", "gap", "exact"),
        ),
        ("公司综合毛利率36.7%，资产负债率28.6%。", ("28.6%", "28.6", "%", "share", "exact")),
        ("今年一季度订单比去年同期多了近四成。", ("近四成", "40", "%", "growth", "upper")),
        ("单位产品综合能耗比行业平均水平低约15%。", ("约15%", "-15", "%", "growth", "approx")),
        ("纺纱产能达到120万锭。", ("120万锭", "1200000", "锭", "count", "exact")),
        ("规划年产液体火箭20发。", ("20发", "20", "发", "count", "target")),
        ("十年间产值翻了一番多。", ("翻了一番多", "2", "倍", "ratio", "lower")),
    ],
)
def test_figure_is_read_with_its_unit_measure_and_qualifier(
    text: str, expected: tuple[str, ...]
) -> None:
    quote, value, unit, measure, qualifier = expected
    found = facts_of(text)
    normalised = [(q, v.normalize(), u, m, ql) for q, v, u, m, ql in found]
    assert (quote, Decimal(value).normalize(), unit, measure, qualifier) in normalised, found


@pytest.mark.parametrize(
    "text",
    [
        "2022年，全市经济平稳运行。",  # a year dates, it does not measure
        "打造“2+2+X”产业集群。",  # a slogan
        "纳入“十二五”发展规划。",  # a plan's name
        "实现“四连冠”。",  # a title
        "一家家企业落地，一个个项目开工。",  # articles and reduplication
        "形成五百亿级产业，跻身千亿级行列。",  # tier labels
        "从百亿项目到千亿产业。",  # kinds, not amounts
        "这是第二批试点，也是第一次合作。",  # ordinals
        "三元体系锂电池。",  # 元 in a word
        "人才是第一资源。",  # 第一 qualifying a noun
        "过去卖钢坯，现在卖零件。",  # 零 of 零件
        "深入开展“万人助万企”活动。",  # a programme's name
        "七台河烯晟新材料项目开工，推动糖业“二次创业”。",  # a city, a second start
        "云浮工信  2026-06-18 19:30  发表于广东",  # a post's time, then 发表
        "年末全市每万人口高价值发明专利拥有量较上年增加。",  # 每万人: per ten thousand
        "万年县稻作文化悠久，万年是世界稻作起源地之一。",  # a county led by a numeral, short too
        "三门湾畔的三门，三门经济开发区集聚橡塑企业。",  # its short name told often, never in full
        "第六师五家渠市硅基光伏产业加快集聚。",  # 五家 of 五家渠市 counts no firms
        "改造完成后，万锭用工明显减少。",  # per ten thousand spindles, no amount
        "公司拟每10股派发现金红利。",  # per ten shares
        "全县研发平台增加，万人发明专利拥有量明显提高。",  # per ten thousand people
        "张副市长、李副县长出席。",  # 副 of a title, no pairs
        "其中5亿元至10亿元项目签约较多。",  # a class of projects bounded both ways
        "今年前10个月，公司出口明显增长。",  # the months so far: a period, no duration
        "这一点十分重要，会议于18时30分开始。",  # 十分 (very) and a time, no scores
    ],
)
def test_numbers_that_only_name_things_are_not_facts(text: str) -> None:
    assert facts_of(text) == []


def test_a_numeral_led_short_name_is_a_figure_where_the_full_name_is_never_written() -> None:
    assert [f[0] for f in facts_of("历经万年，沉淀出五家老字号。")] == ["万年", "五家"]
    got = [f[0] for f in facts_of("车间新购五台数控机床，另有五台在调试，五台已下线。")]
    assert got == ["五台", "五台", "五台"], got  # a counter: five machines, though told thrice


def test_a_count_that_sizes_a_ranked_field_becomes_rank_of() -> None:
    doc = PIPELINE("t", "2022年，县域综合实力位列全省 95 个县市区第 21 位。")
    (rank,) = doc.facts()
    assert (rank.measure, rank.value, rank.rank_of) == ("rank", 21, 95)


def test_round_magnitudes_in_words_are_amounts_with_floors() -> None:
    doc = PIPELINE("t", "首次实现总量净增千亿，布局首个百亿项目，迈入GDP万亿之城的目标。")
    got = [(f.value, f.unit, f.qualifier, f.indicator) for f in doc.facts()]
    assert got == [
        (Decimal(1000), "亿元", "lower", "总量净增"),
        (Decimal(100), "亿元", "lower", "投资额"),
        (Decimal(10000), "亿元", "target", "地区生产总值"),
    ]


def test_the_field_of_a_rank_is_no_count_though_the_evaluation_s_name_runs_long() -> None:
    doc = PIPELINE("t", "砚山县在全省129个县（市、区）县域经济高质量发展综合考评中位列第9位。")
    ranks = [q for q in doc.facts() if q.measure == "rank"]
    assert [q.rank_of for q in ranks] == [129], ranks
    assert not any(q.measure == "count" for q in doc.facts())


def test_a_count_naming_a_drive_or_a_set_of_tasks_is_no_figure() -> None:
    doc = PIPELINE("t", "深入开展“三个一批”项目建设活动，十件民生实事全面完成，新开工项目42个。")
    assert [doc.text[q.start : q.end] for q in doc.facts()] == ["42个"]


def test_weights_in_jin_and_kilograms_are_units_not_yuan() -> None:
    doc = PIPELINE("t", "粮食总产量稳定在60亿斤以上，亩产3至5公斤，每吨节约120千克。")
    got = {doc.text[q.start : q.end]: q for q in doc.facts()}
    assert (got["60亿斤以上"].unit, got["60亿斤以上"].qualifier) == ("斤", "lower")
    assert got["60亿斤以上"].value == Decimal("6E+9")
    assert (got["3至5公斤"].value, got["3至5公斤"].value_max) == (Decimal(3), Decimal(5))
    assert got["120千克"].unit == "千克"


def test_per_ten_thousand_yuan_and_an_idiom_of_wan_are_no_amounts() -> None:
    doc = PIPELINE("t", "五年来，东明化工新材料产业万元产值综合能耗累计下降18%。理念走进千家万户。")
    got = {doc.text[q.start : q.end]: q for q in doc.facts()}
    assert "万元" not in got and "万户" not in got, got
    assert got["18%"].subject == "东明化工新材料产业"


def test_the_part_of_a_goal_done_and_the_time_elapsed_are_shares() -> None:
    doc = PIPELINE(
        "t",
        "主要经济指标总体好于序时进度（75%）。全年目标新建标准化厂房20万平方米，已建成16.5万平方米，完成82.5%。",
    )
    got = {doc.text[q.start : q.end]: q.measure for q in doc.facts()}
    assert got["75%"] == got["82.5%"] == "share", got


def test_so_much_more_bought_than_last_year_is_a_growth() -> None:
    doc = PIPELINE("t", "今年订单收购高粱4.2万吨，比去年多收了两成。")
    got = {doc.text[q.start : q.end]: q for q in doc.facts()}
    assert (got["两成"].measure, got["两成"].value) == ("growth", Decimal(20)), got


def test_a_headlines_industry_grown_to_so_many_yi_is_its_scale() -> None:
    doc = PIPELINE(
        "t", "东明：“一滴油”炼出近六百亿化工新材料产业\n一根衣架“撑”起百亿产业\n打造百亿产业集群。"
    )
    got = {doc.text[q.start : q.end]: q for q in doc.facts()}
    assert (got["近六百亿"].value, got["近六百亿"].unit) == (Decimal(600), "亿元"), got
    assert got["百亿"].indicator == "产业规模"
    assert len(got) == 2, got  # 打造百亿产业集群: a kind aimed at, no amount


def test_a_rate_below_zero_keeps_its_sign_and_a_range_its_dash() -> None:
    got = read("全年人口出生率5.86‰，自然增长率-1.26‰。力争增长3-5%。", "value")
    assert got["-1.26‰"] == Decimal("-1.26"), got
    assert "3-5%" in got, got


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("从零起步到百亿级！舒城新能源电池产业十年发展纪实", "百亿级", "lower"),
        ("三十年来，大唐把“一双袜”织成了千亿级产业集群。", "千亿级", "lower"),
        ("锻造产业迈向“三百亿级”。", "三百亿级", "target"),
    ],
)
def test_a_tier_reached_or_aimed_at_is_a_scale(text: str, quote: str, qualifier: str) -> None:
    assert read(text, "qualifier").get(quote) == qualifier


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("全市 90% 以上的生产企业集中在园区。", "90%以上"),
        ("公司每年将销售收入的4%以上投入研发。", "4%以上"),
    ],
)
def test_a_percentage_of_a_whole_named_beside_it_is_a_share(text: str, quote: str) -> None:
    assert read(text, "measure").get(quote) == "share"


def test_tenths_told_with_their_bound_before_any_word() -> None:
    got = read(
        "转化率由2015年的不足三成提升至92%以上，可满足园区企业约三成用电需求。一成不变。",
        "qualifier",
    )
    assert got.get("不足三成") == "upper" and got.get("约三成") == "approx", got
    assert "一成" not in got, got


def test_fine_particles_and_seconds_are_units() -> None:
    got = read(
        "全年细颗粒物（PM2.5）平均浓度29微克/立方米。生产节拍从过去的90秒缩短到52秒。",
        "unit",
        "measure",
    )
    assert got["29微克/立方米"] == ("微克/立方米", "level"), got
    assert got["52秒"] == ("秒", "duration"), got


def test_an_income_ratio_narrowed_from_a_year_gives_both_ends() -> None:
    got = read(
        "城乡居民收入比由2020年的2.41缩小到2.23。城乡居民人均可支配收入之比缩小到1.72∶1。", "value"
    )
    assert got["2.41"] == Decimal("2.41") and got["2.23"] == Decimal("2.23"), got
    assert got["1.72∶1"] == Decimal("1.72"), got


def test_a_headline_s_scale_grown_to_in_quotes_is_a_figure() -> None:
    got = read("包头稀土新材料\n材料“撑起”千亿产业\n从“修配厂”到“百亿集群”\n", "value")
    assert got.get("千亿") == Decimal(1000) and got.get("百亿") == Decimal(100), got


def test_firms_counted_before_a_word_opening_with_jia_are_counted() -> None:
    text = (
        "全县37家电解锰企业完成整合。代表团走访了5家电子信息企业。\n"
        "其中，甲山镇以12家居首；嘉禾县以9家居县域首位。全市家电产业产值120亿元。"
    )
    got = read(text, "measure")
    assert got["37家"] == got["5家"] == got["12家"] == got["9家"] == "count", got
    assert got["首位"] == "rank", got


def test_a_congress_s_session_told_by_its_number_is_no_count() -> None:
    text = "市十八届人大五次会议确定的目标为：地区生产总值增长6%左右。全年召开会议12次。"
    got = read(text, "measure")
    assert "五次" not in got, got
    assert got["12次"] == "count", got


def test_an_annex_item_s_number_before_a_year_is_no_figure() -> None:
    got = read("附件：1．2026年市级重点项目计划表（略）\n2．2026年重点民生实事（略）\n", "measure")
    assert got == {}, got


def test_an_income_ratio_narrowed_from_the_year_before_is_dated_a_year_earlier() -> None:
    text = "某县2025年统计公报\n2025年，城乡居民收入比由上年的2.68缩小为2.63。"
    got = read(text, "value", "period")
    assert got["2.68"] == (Decimal("2.68"), "2024"), got
    assert got["2.63"] == (Decimal("2.63"), "2025"), got


def test_an_amount_below_zero_told_as_last_year_s_base_keeps_its_sign_name_and_year() -> None:
    text = (
        "某公司2026年半年度报告\n2026年上半年，经营活动产生的现金流量净额为8,635.20万元，"
        "上年同期为-3,512.46万元。"
    )
    got = read(text, "value", "indicator", "period")
    assert got["-3,512.46万元"] == (Decimal("-3512.46"), "经营活动产生的现金流量净额", "2025H1"), (
        got
    )
    assert got["8,635.20万元"][2] == "2026H1", got


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("地区生产总值增长6.3%，高于预期目标0.3个百分点。", "0.3个百分点"),
        ("规上工业增加值增长9.1%，高于年度目标1.1个百分点。", "1.1个百分点"),
        ("钢构建筑产业实现产值62.5亿元，同比增长15.4%。", "62.5亿元"),
        ("今年已争取超长期特别国债和中央预算内投资项目27个、资金9.6亿元。", "9.6亿元"),
        ("争取中央预算内投资等资金18.6亿元，增长23.8%。", "18.6亿元"),
    ],
)
def test_results_told_against_goals_or_funds_obtained_are_no_goals(text: str, quote: str) -> None:
    assert read(text, "qualifier")[quote] == "exact"


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("亏损面22.3%，比上年同期收窄3.1个百分点。", "3.1个百分点", "-3.1"),
        ("增加值下降3.6%，降幅比1—9月收窄1.2个百分点。", "1.2个百分点", "1.2"),
        ("平均利率较普通经营贷款低约0.5个百分点。", "约0.5个百分点", "-0.5"),
    ],
)
def test_a_gap_narrowed_or_below_its_base_is_negative_but_an_eased_fall_is_not(
    text: str, quote: str, value: str
) -> None:
    assert read(text, "value")[quote] == Decimal(value)


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("常住人口33.62万人，比上年末减少0.18万人。", "0.18万人", "-1800"),
        ("股东总户数2.1万户，较二季度末减少1052户。", "1052户", "-1052"),
        ("常住人口49.36万人，比上年末增加0.28万人。", "0.28万人", "2800"),
        ("智能化改造后，用工减少120人。", "120人", "120"),
    ],
)
def test_a_count_told_as_fewer_than_its_base_is_negative(text: str, quote: str, value: str) -> None:
    assert read(text, "value")[quote] == Decimal(value)


def test_an_amount_naming_a_class_of_berth_or_blade_is_no_figure() -> None:
    got = read("屯星装备百米级风电叶片智能生产线投产。建设5万吨级泊位2个。", "measure")
    assert set(got) == {"2个"}, got


def test_a_span_told_with_two_and_a_magnitude_is_a_range_written_plainly() -> None:
    doc = PIPELINE("t", "一家人只能种两三万袋。新引进人才1.26万名。一两个月就能回本。")
    got = {
        f["quote"]: (f["value"], f["value_max"], f["qualifier"]) for f in results_of(doc)["facts"]
    }
    assert got["两三万袋"] == ("20000", "30000", "range"), got
    assert got["1.26万名"][0] == "12600", got
    assert got["一两个月"][:2] == ("1", "2"), got


def test_a_size_that_sorts_farms_into_a_class_is_no_figure_but_their_count_is() -> None:
    quotes = [f[0] for f in facts_of("全县建成万只规模羊场6个、千只以上标准化羊场12个。")]
    assert quotes == ["6个", "12个"], quotes


def test_the_thresholds_of_the_firms_a_reward_is_for_are_no_figures_but_the_rewards_are() -> None:
    text = "对年营业收入首次突破10亿元、50亿元、100亿元的企业，分别给予最高300万元、500万元奖励。"
    quotes = [f[0] for f in facts_of(text)]
    assert quotes == ["300万元", "500万元"], quotes


def test_ceilings_listed_after_one_最高_are_each_a_ceiling() -> None:
    got = read("对新认定的企业，分别给予最高300万元、500万元、1000万元奖励。", "qualifier")
    assert (got["300万元"], got["500万元"], got["1000万元"]) == ("upper",) * 3, got


def test_thousands_set_off_by_a_space_are_one_number_and_a_run_of_groups_is_not() -> None:
    got = read(
        "全年实现地区生产总值1 268.35亿元；居民人均可支配收入78 652元，企业超过3 000家。", "value"
    )
    assert got["1 268.35亿元"] == Decimal("1268.35"), got
    assert got["78 652元"] == Decimal(78652), got
    assert got["超过3 000家"] == Decimal(3000), got
    table = read("产值（亿元）　12 345 678", "value")
    assert not any(v == Decimal(12345) for v in table.values()), table


def test_the_year_before_s_structure_and_ratio_are_read_with_its_period() -> None:
    """由上年的1.6∶61.8∶36.6调整为…: the year before's shares too; 由去年同期的2.35缩小到2.29:
    the ratio a year before, dated by 去年同期 itself."""
    text = "某市2025年统计公报\n三次产业结构由上年的1.6∶61.8∶36.6调整为1.5∶60.5∶38.0。"
    got = read(text, "measure", "period", "subject")
    assert got["61.8"] == ("share", "2024", "第二产业"), got
    assert got["60.5"] == ("share", "2025", "第二产业"), got
    text = "2026年10月20日\n前三季度，全县城乡居民收入比由去年同期的2.35缩小到2.29。"
    got = read(text, "period")
    assert got["2.35"] == "2025Q3" and got["2.29"] == "2026Q3", got


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("全旗草原综合植被盖度达到62.5%。", "62.5%", "草原综合植被盖度"),
        ("公司产品纯度达到99.99%。", "99.99%", "产品纯度"),
        ("关键原料对外依存度约60%。", "约60%", "关键原料对外依存度"),
        ("项目总投资3.5亿元，主体工程已完成85%。", "85%", "主体工程完成比例"),
    ],
)
def test_a_cover_a_purity_a_dependence_and_work_done_are_shares(
    text: str, quote: str, indicator: str
) -> None:
    """植被盖度, 纯度, 依存度 and the part of the work done (主体工程已完成85%) are parts of
    a whole, named by what they are parts of."""
    assert read(text, "measure", "indicator")[quote] == ("share", indicator)


@pytest.mark.parametrize(
    ("text", "quote", "value", "indicator"),
    [
        ("工业项目审批时限平均压缩60%。", "60%", "-60", "工业项目审批时限压缩"),
        ("出苗周期缩短了一半。", "一半", "-50", "出苗周期缩短"),
        ("颜料自己做，成本降了近三成。", "近三成", "-30", "成本"),
        ("物流成本降低了一半左右。", "一半左右", "-50", "物流成本"),
    ],
)
def test_a_time_or_cost_cut_by_a_part_is_a_fall(
    text: str, quote: str, value: str, indicator: str
) -> None:
    """压缩60%, 缩短一半, 降了近三成: a change by so large a part, a growth below zero, named
    by what was cut (and the cut, where the verb says what kind)."""
    got = read(text, "measure", "value", "indicator")[quote]
    assert got == ("growth", Decimal(value), indicator)


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("每千常住人口执业（助理）医师3.12人。", "3.12人", "每千常住人口执业（助理）医师"),
        ("每万名从业人员拥有有效发明专利210件。", "210件", "每万名从业人员有效发明专利"),
        ("现在每万锭用工只要18人。", "18人", "每万锭用工"),
    ],
)
def test_a_count_per_thousand_people_or_per_ten_thousand_spindles_is_a_rate(
    text: str, quote: str, indicator: str
) -> None:
    """每千常住人口…, 每万名从业人员…, 每万锭用工: counts per so many, named from the 每 on."""
    assert read(text, "measure", "indicator")[quote] == ("ratio", indicator)


def test_a_score_compared_is_a_gap_named_by_the_score() -> None:
    """低于百强县平均水平2.8分, 比上年提高1.36分: scores apart (a gap, below zero when below),
    named by the score and the comparison; the mean's own score in brackets is a level."""
    text = (
        "全县综合得分74.58分，比上年提高1.36分。创新驱动得分低于百强县平均水平2.8分。"
        "综合得分高于百强县平均水平（76.84分）2.47分。"
    )
    got = read(text, "measure", "value", "indicator")
    assert got["1.36分"] == ("gap", Decimal("1.36"), "综合得分比上年提高"), got
    assert got["2.8分"] == ("gap", Decimal("-2.8"), "创新驱动得分低于百强县平均水平"), got
    assert got["76.84分"][0] == "level", got


def test_a_share_told_before_its_move_is_a_share_at_both_ends() -> None:
    """…的比重，由2023年的15.6%提高到去年的22.9%: the share the clause before named, at both
    ends of the move."""
    text = "精深加工产值占全产业链产值的比重，由2023年的15.6%提高到去年的22.9%。"
    got = read(text, "measure")
    assert got["15.6%"] == got["22.9%"] == "share", got
