"""What a figure measures, read from the words before it: nouns that end in a character a
verb may also be (雷达, 马达), grades and products named with a code (T700级, 尼龙66切片). Each case fails if its rule is taken out."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract.reading import PIPELINE, read


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("项目总投资32亿元，达产后年产毫米波雷达300万颗。", "300万颗", "年产毫米波雷达"),
        ("公司去年生产驱动电机马达120万台。", "120万台", "驱动电机马达产量"),
        ("公司T700级碳纤维国内市场占有率约12%。", "约12%", "T700级碳纤维国内市场占有率"),
        ("2016年，全县尼龙产业产值还不足50亿元。", "不足50亿元", "产值"),
        ("公司尼龙66切片产能约占全国的五分之一。", "五分之一", "尼龙66切片产能占全国比重"),
        ("从0到千亿，溧阳走出了一条动力电池产业发展之路。", "千亿", "产业规模"),
        ("2016年，全县在勐海镇规划了约5.2平方公里的茶产业园。", "约5.2平方公里", "规划面积"),
        ("从十年前的不足20亿元到突破百亿，茶产业为什么能？", "不足20亿元", "产业规模"),
        ("总投资45亿元，项目达产后预计年产值60亿元。", "60亿元", "年产值"),
        ("园区多晶硅产能30万吨，有机硅单体产能40万吨。", "40万吨", "有机硅单体产能"),
        ("建成可再生能源制氢项目7个，制氢能力达到每年4.2万吨。", "7个", "可再生能源制氢项目"),
        ("建成可再生能源制氢项目7个，制氢能力达到每年4.2万吨。", "4.2万吨", "制氢能力"),
        ("园区工业污水处理能力达到每日4万吨，蒸汽实现管道直供。", "4万吨", "工业污水处理能力"),
        ("从几家老药厂起步，到如今产值近五百亿元，医药产业走出了一条新路。", "近五百亿元", "产值"),
        ("建成后年加工茶叶1500吨，带动茶农800户。", "1500吨", "年加工茶叶"),
        ("2025年，村集体经济收入有60多万元。", "60多万元", "村集体经济收入"),
        ("全县茶叶精深加工率目前不到15%。", "不到15%", "茶叶精深加工率"),
        ("项目达产后年产值可超百亿元。", "超百亿元", "年产值"),
        ("东门糖厂技改项目建成后日榨甘蔗能力由1.2万吨提升至1.6万吨。", "1.6万吨", "日榨甘蔗能力"),
        ("3．光伏组件产能5GW。", "5GW", "光伏组件产能"),
        ("全年主要工业产品产量中，发电量31.6亿千瓦时，增长2.4%。", "31.6亿千瓦时", "发电量"),
        ("新能源材料产值增长41.6%，传统磷肥产量则同比下降6.4%。", "6.4%", "传统磷肥产量"),
        ("截至年末，全州省级专精特新中小企业达到147家。", "147家", "省级专精特新中小企业"),
        (
            "高新区在全国178家国家级高新区综合评价中排名第112位。",
            "第112位",
            "国家级高新区综合评价排名",
        ),
        ("生物医药产业实现产值168.5亿元，成为全区首个产值过150亿元的产业。", "过150亿元", "产值"),
        ("规划建设年产30万吨椰子饮品和2万吨椰子粉生产线。", "2万吨", "年产能"),
        ("全年计划实施重点项目120个，截至8月底已开工108个。", "108个", "已开工项目"),
        ("十年间产值增长3.6倍，年均增长16.5%。", "3.6倍", "产值"),
        ("年末全市每万人口高价值发明专利拥有量2.6件。", "2.6件", "每万人口高价值发明专利拥有量"),
        ("主要工业产品产量中，汽车轮毂126.5万只，增长22.3%。", "126.5万只", "汽车轮毂产量"),
        (
            "近日，省工信厅公布2025年度省级专精特新中小企业名单。我市共有58家企业入选。"
            "其中，高新区12家企业榜上有名。",
            "12家",
            "入选省级专精特新中小企业",
        ),
        (
            "2015年，全市铜产业营业收入为412.5亿元；到2025年，这一数字增长到1036.8亿元。",
            "1036.8亿元",
            "营业收入",
        ),
        ("开发区是专精特新企业最集中的区域，共有38家；散花镇12家。", "38家", "专精特新企业"),
        ("汽车零部件产业实现产值56.3亿元，提前一年迈过五十亿台阶。", "过五十亿", "产值"),
        ("“从签约到投产，我们只用了19个月。”", "19个月", "从签约到投产用时"),
        ("全县县域经济综合实力排名前移5个位次。", "5个", "县域经济综合实力排名前移位次"),
        (
            "该企业营业收入增长14.7%，位列中国企业500强第86位、河南省民营企业百强第23位。",
            "第23位",
            "河南省民营企业百强排名",
        ),
        ("2024年6月项目开工建设，2025年11月建成投产，用时17个月。", "17个月", "开工到投产用时"),
        ("厨房电器、环境电器两个子集群产值分别达到236.5亿元和148.2亿元。", "236.5亿元", "产值"),
        ("开发区是专精特新企业最集中的区域，共有38家；散花镇12家。", "12家", "专精特新企业"),
        (
            "全年召开链长专题会28场，协调解决企业用地、用工等问题316个。",
            "316个",
            "协调解决企业问题",
        ),
        ("全年帮助企业解决用工、融资等问题120个。", "120个", "帮助企业解决问题"),
        ("合作社带动农户3200余户，户均增收1.2万元。", "3200余户", "带动农户"),
        (
            "1—9月，全县一般公共预算收入12.36亿元，完成年度预算的78.2%。",
            "78.2%",
            "一般公共预算收入完成年度预算比例",
        ),
        ("对企业技术改造按设备投资额的10%给予补助。", "10%", "设备投资补助比例"),
        (
            "县党政代表团赴广东开展招商活动。五天时间里，代表团走访企业16家。",
            "五天",
            "招商活动天数",
        ),
        ("人才新政带动每年引才聚才超3万名。", "超3万名", "每年引才聚才"),
        ("全年组织链主企业与本地企业开展供需对接会12场。", "12场", "供需对接会"),
        ("组织产业链供需对接活动8场。", "8场", "产业链供需对接活动"),
        ("确保此次签约项目年内开工率达到60%以上。", "60%以上", "签约项目年内开工率"),
        ("车间用工由原来的160人减少到45人。", "160人", "车间用工"),
        ("全镇蔬菜大棚发展到420栋，实现产值3680万元。", "420栋", "蔬菜大棚"),
        ("2015年，园区首批入驻企业集聚46家。", "46家", "首批入驻企业"),
        ("港口现有生产性泊位36个，其中5万吨级码头泊位4个。", "36个", "生产性泊位"),
        ("港口现有生产性泊位36个，其中5万吨级码头泊位4个。", "4个", "5万吨级码头泊位"),
        ("园区建有220千伏变电站2座、日供水能力5万吨的水厂1座。", "2座", "220千伏变电站"),
        (
            "2025年，新能源汽车和光伏储能领域配套产品销售收入96.8亿元。",
            "96.8亿元",
            "新能源汽车和光伏储能领域配套产品销售收入",
        ),
        (
            "全区民生支出12.4亿元，占一般公共预算支出的82.3%。",
            "82.3%",
            "民生支出占一般公共预算支出比重",
        ),
        (
            "公司研发投入3.47亿元，占营业收入的9.0%；研发人员860人，占员工总数的13.5%。",
            "13.5%",
            "研发人员占员工总数比重",
        ),
    ],
)
def test_a_measure_keeps_its_own_words_and_loses_times_rates_and_numbers(
    text: str, quote: str, indicator: str
) -> None:
    assert read(text, "indicator")[quote] == indicator


def test_town_and_country_residents_told_together_are_told_apart_in_turn() -> None:
    got = read(
        "2025年，城乡居民人均可支配收入分别达到39820元和16540元，分别增长5.3%和7.1%。", "indicator"
    )
    assert got["16540元"] == "农村居民人均可支配收入", got
    assert got["5.3%"] == "城镇居民人均可支配收入增速", got


def test_a_time_limit_is_no_duration_and_no_part_of_the_measure() -> None:
    got = read("双方约定三年内本地采购额累计不低于30亿元，计划3年内引进企业20家。", "indicator")
    assert "三年" not in got and "3年" not in got, got
    assert got["不低于30亿元"] == "本地采购额", got


def test_the_scale_a_story_grew_to_is_the_industry_s_size_not_a_row_of_milestones() -> None:
    got = read("从一块铝锭到三百亿产业集群，砚山县走出了一条绿色发展之路。", "value", "indicator")
    assert got["三百亿"] == (Decimal(300), "产业规模"), got
    row = read("林州从一家小厂到百亿企业再到千亿产业，正加速奔跑。", "indicator")
    assert "千亿" not in row, row


def test_a_place_s_part_of_a_count_counts_what_the_whole_counted() -> None:
    text = "铜川工信\n全市新增省级专精特新中小企业38家，其中耀州区12家、铜川高新区10家。"
    got = read(text, "subject", "indicator")
    assert got["12家"] == ("耀州区", "新增省级专精特新中小企业"), got
    assert got["10家"] == ("铜川高新区", "新增省级专精特新中小企业"), got


def test_a_breakdown_s_head_names_what_its_places_counts_count() -> None:
    text = (
        "某区工信\n全区国家级专精特新“小巨人”企业累计达到46家。\n"
        "从区域分布看，此次入选企业覆盖全区9个镇（街道）。"
        "其中，甲山镇9家，五乡镇8家，云峰镇7家。\n"
        "从新入选企业分布看，乙河镇4家、丙水街道3家。"
    )
    got = read(text, "indicator")
    assert got["9家"] == got["8家"] == got["7家"] == "入选企业", got
    assert got["4家"] == got["3家"] == "新入选企业", got


def test_a_breakdown_under_a_heading_counts_the_whole_its_parts_add_up_to() -> None:
    text = (
        "黔西南州工信\n今年全省共有1862家企业入选，我州21家企业入选省级专精特新中小企业。"
        "截至目前，全州国家级专精特新“小巨人”企业达到6家。\n【分县市看】\n"
        "兴义市9家、兴仁市5家、安龙县4家、贞丰县3家，实现4个县市全覆盖。"
    )
    got = read(text, "subject", "indicator")
    assert got["9家"] == ("兴义市", "入选省级专精特新中小企业"), got
    assert got["3家"] == ("贞丰县", "入选省级专精特新中小企业"), got


def test_a_change_after_a_rate_is_that_rate_s_not_the_growth_before_it() -> None:
    text = "实现利润总额86.7亿元，同比下降12.4%；营业收入利润率为4.5%，比上年同期回落0.9个百分点。"
    assert read(text, "indicator")["0.9个百分点"] == "营业收入利润率比上年同期回落"


def test_an_industry_s_whole_value_is_the_industry_s_not_a_part_named_综合() -> None:
    got = read("2024年，芒市咖啡产业综合产值达到68.5亿元，同比增长15.3%。", "subject", "indicator")
    assert got["68.5亿元"] == ("芒市咖啡产业", "综合产值"), got


def test_products_listed_among_outputs_are_measured_by_their_output() -> None:
    text = "全年主要工业产品产量中，铝材168.3万吨，增长12.5%；人造板1286万立方米，增长6.7%。"
    got = read(text, "indicator")
    assert got["168.3万吨"] == "铝材产量" and got["12.5%"] == "铝材产量增速", got


def test_a_breakdown_by_place_counts_what_the_whole_before_it_counted() -> None:
    text = (
        "南昌工信\n我市118家企业入选省级专精特新中小企业，数量较上年增加21家。"
        "从区域分布看，南昌高新区26家、南昌经开区21家、安义县9家。"
    )
    got = read(text, "subject", "indicator")
    assert got["26家"] == ("南昌高新区", "入选省级专精特新中小企业"), got
    assert got["9家"] == ("安义县", "入选省级专精特新中小企业"), got


def test_an_industry_s_production_base_is_the_base_not_the_industry() -> None:
    text = (
        "昌平区2025年发展报告\n2021年6月，京昌生物创新药产业化基地在生命谷开工建设，总投资68亿元。"
    )
    got = read(text, "subject")
    assert got["68亿元"] != "京昌生物创新药产业", got


def test_a_sector_s_figures_are_the_place_s_sector_s() -> None:
    text = (
        "高明区2025年国民经济和社会发展统计公报\n"
        "全年全区实现地区生产总值1068.42亿元，比上年增长5.6%。其中，第一产业增加值38.16亿元，"
        "增长3.9%；第三产业增加值417.91亿元，增长4.1%。"
    )
    got = read(text, "subject", "indicator")
    assert got["1068.42亿元"] == ("高明区", "地区生产总值"), got
    assert got["38.16亿元"] == ("高明区第一产业", "第一产业增加值"), got
    assert got["4.1%"] == ("高明区第三产业", "第三产业增加值增速"), got


def test_industries_named_together_by_their_count_are_the_subject_of_their_sum() -> None:
    text = (
        "涟水县2025年工业经济运行情况\n全县规上工业完成总产值858.9亿元。"
        "分产业看，四大主导产业合计完成产值612.4亿元，同比增长10.2%。\n"
        "1—10月，五条重点产业链合计实现营业收入389.1亿元。"
        "2025年，三大板块分别实现产值91.6亿元、42.7亿元和20.1亿元。"
    )
    got = read(text, "subject")
    assert got["612.4亿元"] == got["10.2%"] == "四大主导产业", got
    assert got["389.1亿元"] == "五条重点产业链", got
    assert got["42.7亿元"] != "三大板块", got  # each in turn, not the group


def test_the_jobs_a_project_brings_are_named_with_bringing() -> None:
    got = read("项目总投资18亿元，达产后年产值约25亿元，可带动就业800人。", "indicator")
    assert got["800人"] == "带动就业", got


def test_a_bare_growth_after_the_place_s_measure_is_the_place_s() -> None:
    text = (
        "金寨县政府工作报告\n到2031年，地区生产总值突破400亿元，年均增长7%左右；"
        "绿色食品产业产值突破200亿元。"
    )
    got = read(text, "subject")
    assert got["7%左右"] != "绿色食品产业", got
    text = (
        "汤阴县人民政府\n政府工作报告\n——2026年1月9日在汤阴县第十七届人民代表大会第五次会议上\n\n"
        "一、2025年工作回顾\n（一）工业经济提质增效。陶瓷园区成功获批省级新型工业化产业示范基地。"
        "农副产品加工产业稳步壮大，果蔬食品加工企业达到38家，实现产值64.3亿元，增长8.6%。"
        "全年新增规上工业企业21家，总数达到186家；新增高新技术企业9家，总数达到46家；"
        "科技型中小企业入库128家；新建省级工程技术研究中心3个。"
    )
    got = read(text, "subject")
    assert got["186家"] == got["46家"] == "汤阴县", got


def test_firms_entering_and_leaving_a_register_are_moves_of_the_stock_before() -> None:
    text = "截至10月末，全县规上工业企业328家。今年以来新增入库27家，退库6家，较年初净增21家。"
    got = read(text, "indicator")
    assert got["27家"] == "新增入库规上工业企业", got
    assert got["6家"] == "退库规上工业企业", got
    assert got["21家"] == "规上工业企业净增", got


def test_land_available_and_schools_of_every_level_keep_their_whole_names() -> None:
    got = read("县经济开发区可供工业用地不足500亩。全县共有各级各类学校98所。", "indicator")
    assert got["不足500亩"] == "可供工业用地", got
    assert got["98所"] == "各级各类学校", got


def test_marked_items_under_a_breakdown_s_head_count_what_the_head_names() -> None:
    text = (
        "某县工信局\n全县新入选省级专精特新中小企业13家。\n【分区域看】\n"
        "从新入选企业所在区域看，县城两个街道和开发区依然是主力军：\n"
        "● 栏杆街道4家，均为纺织服装企业；\n● 顺河街道3家；\n● 期思镇2家。\n"
    )
    got = read(text, "indicator")
    assert got["4家"] == got["3家"] == got["2家"] == "新入选企业", got


def test_a_roster_s_towns_count_the_firms_its_heading_lists() -> None:
    text = (
        "某区2026年省级专精特新中小企业入选情况\n全区共有20家企业入选。\n▶ 入选企业名单\n"
        "● 长岭街道（9家）：甲科技有限公司、乙数据有限公司等。\n"
        "● 朱昌镇（3家）：丙新材料有限公司、丁机械有限公司、戊食品有限公司。\n"
    )
    got = read(text, "indicator")
    assert got["9家"] == got["3家"] == "入选企业", got


def test_labelled_items_of_towns_and_chains_count_what_the_head_says_entered() -> None:
    text = (
        "淇滨区28家企业入选省级专精特新中小企业名单\n\n近日，省工业和信息化厅公布名单。\n"
        "本次入选的28家企业分布在全区6个乡镇（街道）：\n●金山街道：9家\n●钜桥镇：5家\n\n"
        "从产业链分布看，入选企业集中在主导产业链上：\n●镁基新材料产业链：7家\n●高端装备产业链：6家\n"
    )
    doc = PIPELINE("t", text)
    got = {doc.text[q.start : q.end]: (q.subject, q.indicator) for q in doc.facts()}
    assert got["9家"] == ("金山街道", "入选企业"), got
    assert got["5家"] == ("钜桥镇", "入选企业"), got
    assert got["7家"] == ("镁基新材料产业链", "入选企业"), got
    assert got["6家"][1] == "入选企业", got
    other = (
        "近日，省工业和信息化厅公布名单，甘谷县11家企业成功入选。\n\n【分乡镇看】从入选企业分布看，"
        "11家企业分布在5个乡镇，其中大像山镇4家，新兴镇3家。"
    )
    assert read(other, "indicator")["3家"] != "企业"


def test_firms_entering_a_province_s_list_enter_a_list_of_its_level() -> None:
    text = (
        "近日，贵州省工业和信息化厅公布2026年度贵州省专精特新中小企业名单，我县14家企业榜上有名。"
    )
    assert read(text, "indicator")["14家"] == "入选省级专精特新中小企业"


def test_a_balance_s_growth_after_its_change_is_the_balance_s() -> None:
    text = "年末各项存款余额326.48亿元，比年初增加21.36亿元，增长7.0%。"
    assert read(text, "indicator")["7.0%"] == "存款余额增速"


def test_firms_of_a_ranking_are_named_with_it_and_are_no_subject() -> None:
    text = "报告期内，公司新增世界500强企业客户9家。引进世界500强、中国500强企业投资项目3个。"
    got = read(text, "subject", "indicator")
    assert got["9家"][1] == "新增世界500强企业客户", got
    assert got["9家"][0] != "世界500强", got
    assert got["3个"][1].endswith("500强企业投资项目"), got


def test_what_a_bare_delegation_did_is_the_delegation_named_before() -> None:
    text = (
        "为深入推进产业大招商，主动承接东部地区产业转移，10月20日至23日，市委书记周国强率"
        "盘州市党政代表团赴上海、苏州、无锡等地开展招商引资活动。4天时间里，代表团先后走访企业16家，"
        "召开座谈会5场。"
    )
    got = read(text, "subject")
    assert got["16家"] == got["5场"] == got["4天"] == "盘州市党政代表团", got


def test_a_theme_opening_a_sentence_turns_back_to_the_place() -> None:
    text = (
        "播州区2025年计划执行情况\n播州经济开发区实现规上工业产值286.5亿元，增长9.2%。"
        "现代山地特色高效农业持续壮大，辣椒种植面积12.6万亩，粮食产量27.9万吨。"
    )
    got = read(text, "subject")
    assert got["12.6万亩"] == got["27.9万吨"] == "播州区", got


def test_a_class_of_berth_named_by_a_bare_ten_thousand_tons_is_no_figure() -> None:
    got = read("港口现有生产性泊位36个，其中万吨级以上泊位22个。", "indicator")
    assert "万吨" not in got, got
    assert got["22个"] == "万吨级以上泊位", got


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # against another line or process: a ratio of the thing measured, negative when less
        ("新线单位产品综合能耗较原有生产线降低18%。", "18%", ("ratio", Decimal(-18), "单位产品综合能耗")),
        ("与公司老线相比，二期工厂人均日产量提高45%。", "45%", ("ratio", Decimal(45), "人均日产量")),
        ("物流成本比公路运输降低约20%。", "约20%", ("ratio", Decimal(-20), "物流成本")),
        ("“与公司老线相比，新线人均产出提高约45%。”他说。", "约45%", ("ratio", Decimal(45), "人均产出")),
        # against an earlier time, or against nothing: a growth
        ("单位产品能耗较上年降低3.2%。", "3.2%", ("growth", Decimal("-3.2"), None)),
        ("股东户数为3.26万户，较6月末减少8.4%。", "8.4%", ("growth", Decimal("-8.4"), None)),
        ("新线投产后，人均生产效率提高35%。", "35%", ("growth", Decimal(35), None)),
    ],
)  # fmt: skip
def test_a_change_against_another_thing_is_a_ratio_of_that_thing(
    text: str, quote: str, expected: tuple[str, Decimal, str | None]
) -> None:
    measure, value, indicator = read(text, "measure", "value", "indicator")[quote]
    assert (measure, value) == expected[:2]
    if expected[2] is not None:
        assert indicator == expected[2]


def test_a_pair_of_points_told_with_one_unit_is_two_gaps() -> None:
    got = read(
        "两项完成率分别超序时进度6.6个和10.0个百分点；另两项分别低于序时进度15.0个和1.3个百分点。",
        "measure",
        "value",
    )
    assert got["6.6个"] == ("gap", Decimal("6.6"))
    assert got["15.0个"] == ("gap", Decimal("-15.0"))
    listed = read(
        "三项完成率分别超序时进度1.9个、3.8个和3.7个百分点；两项分别滞后序时进度8.3个和13.3个百分点。",
        "measure",
        "value",
    )
    assert listed["1.9个"] == ("gap", Decimal("1.9")), listed
    assert listed["8.3个"] == ("gap", Decimal("-8.3")), listed


def test_r_and_d_intensity_is_a_share_of_revenue() -> None:
    got = read("全年规上工业企业研发投入5.86亿元，研发投入强度达到2.18%。", "measure", "indicator")
    assert got["2.18%"] == ("share", "研发投入强度")


def test_a_policy_s_rate_of_its_base_is_a_share_and_no_aim() -> None:
    text = "对企业研发投入增量部分按10%给予补助。对新落户企业，投产后前三年按其地方财政贡献的60%给予奖励，后两年按30%给予奖励。"
    got = read(text, "measure", "qualifier", "indicator")
    assert got["10%"] == ("share", "exact", "研发投入增量补助比例")
    assert got["30%"][:2] == ("share", "exact")


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("2025年，全县在全省县域经济综合实力排名中前移5个位次。", "5个", "前移位次"),
        ("在今年的评价中，园区位列第9位，较上年前移3位。", "3位", "前移位次"),
        (
            "9月末，全市金融机构人民币各项存款余额826.4亿元，比年初增长8.2%。",
            "8.2%",
            "存款余额增速",
        ),
        ("9月末，各项贷款余额512.8亿元，增长9.1%。", "9.1%", "贷款余额增速"),
        ("1—9月，全县重点项目完成投资62.4亿元，完成年度计划的76.4%。", "76.4%", "完成年度计划"),
        ("2023年11月，冀氢动力二期年产5000台燃料电池系统项目建成投产。", "5000台", "年产能"),
        ("第二季度实现营业收入23.85亿元，环比增长28.8%。", "28.8%", "环比增长"),
        ("公司产品国内市场占有率超30%，稳居行业前列。", "超30%", "国内市场占有率"),
        (
            "高新技术产业产值占规上工业增加值的比重为38.5%，比上年提高2.1个百分点。",
            "2.1个百分点",
            "占比提高",
        ),
    ],
)
def test_a_figure_is_filed_under_its_standard_form(text: str, quote: str, indicator: str) -> None:
    """Places a ranking moved, a balance's growth, a plan's part done, a phase's capacity,
    a market's share: each under the short form an analyst files it by, not the words'."""
    assert read(text, "indicator")[quote] == indicator


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("全年有效高新技术企业净增23家，总数达到186家。", "23家", "高新技术企业净增"),
        ("年末全县规上工业企业182家，比上年末增加12家。", "12家", "新增规上工业企业"),
        ("年末常住人口52.3万人，比上年末增加0.4万人。", "0.4万人", "常住人口增加"),
        ("项目新建4条生产线，生产线总投资12亿元。", "12亿元", "总投资"),
        ("截至目前，园区累计引进各类人才3200余名。", "3200余名", "累计引进人才"),
        ("1—9月，全市工业投资完成年度目标的78.2%。", "78.2%", "完成年度目标"),
        ("从签约到今天开工，项目只用了4个月。", "4个月", "从签约到开工用时"),
        ("2025年，3家链主企业合计实现营业收入15.6亿元。", "3家", "链主企业"),
        ("1—9月，全区58个省市重点项目完成投资86.7亿元。", "58个", "省市重点项目"),
        ("全县规上工业企业中亏损企业11家，亏损面为19.6%。", "11家", "亏损企业"),
        ("公司产品已为国内12家整车企业配套。", "12家", "配套整车企业"),
        ("产品出口德国、墨西哥等15个国家。", "15个", "出口国家"),
        ("2025年8月，项目一期15万锭建成投产。", "15万锭", "一期产能"),
        ("去年，他家竹林收入超过6万元。", "超过6万元", "竹林收入"),
        ("年发电量2.1亿千瓦时，相当于节约标准煤6.4万吨。", "6.4万吨", "节约标准煤"),
        ("务工人员日工资在150元以上。", "150元以上", "务工人员日工资"),
        ("力争稳定牲畜饲养量在38万头。", "38万头", "牲畜饲养量"),
        ("推介会吸引260余名客商参加。", "260余名", "参会客商"),
        ("企业投资项目审批时限压缩至25个工作日以内。", "25个工作日以内", "企业投资项目审批时限"),
        ("全年争取地方政府专项债券资金12.6亿元。", "12.6亿元", "专项债券资金"),
        ("全社会研发投入强度比上年提高0.3个百分点。", "0.3个百分点", "研发投入强度提高"),
        ("活动现场签约项目12个，总投资86亿元。", "12个", "签约项目"),
        ("年末常住人口城镇化率为58.3%，比上年末提高0.8个百分点。", "0.8个百分点", "城镇化率提高"),
        ("综合毛利率为15.7%，较上年同期提高1.3个百分点。", "1.3个百分点", "毛利率提高"),
        ("全链本地配套率达到46%。", "46%", "本地配套率"),
        ("代表团先后走访企业16家。", "16家", "走访企业"),
        ("龙头企业带动上下游配套企业30余家落户。", "30余家", "配套企业"),
        ("9月末，金融机构人民币存款余额326亿元，增速8.2%。", "8.2%", "存款余额增速"),
    ],
)
def test_firms_people_and_sums_are_filed_by_what_they_are(
    text: str, quote: str, indicator: str
) -> None:
    """Firms gained by their kind (not 有效…, not …增加数), a sum without who spends it,
    people brought in without 各类: the forms these figures are filed under."""
    assert read(text, "indicator")[quote] == indicator


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        (
            "项目建成后，公司液压元件年产能将由目前的60万套提升至100万套。",
            "60万套",
            "液压元件年产能",
        ),
        ("建成中药材种植基地8.6万亩，带动农户1.2万户增收。", "1.2万户", "带动农户"),
        ("公司营业收入同比增长23.4%，连续三年保持20%以上增长。", "三年", "连续年数"),
    ],
)
def test_a_verb_after_a_figure_is_not_what_it_counts(text: str, quote: str, indicator: str) -> None:
    """提升至, 增收 and 保持 after a figure tell what became of it; what it counts is named
    before it (a capacity raised, households drawn in, the length of a run)."""
    assert read(text, "indicator")[quote] == indicator


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("全部达产后，预计年产值约150亿元，年缴税金6亿元以上。", "6亿元以上", "年缴税金"),
        ("2025年缴税金3亿元。", "3亿元", "缴税金"),
        ("科技企业孵化器11家，在孵企业1046家。", "1046家", "在孵企业"),
        ("注：1．时序进度按75%计算。", "75%", "时序进度"),
        ("先后赴长三角、珠三角、京津冀等地开展招商活动8次。", "8次", "招商活动"),
    ],
)
def test_the_edges_of_a_name_before_a_figure(text: str, quote: str, indicator: str) -> None:
    """A yearly rate keeps its 年 (not a year's 年), 在孵 is one word, 按 before a figure
    and 等地开展 before a count are no part of the name."""
    assert read(text, "indicator")[quote] == indicator


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("上一批签约的9个项目中，已有5个开工建设。", "5个", "已开工项目"),
        ("截至目前，推介会签约的15个项目中，已开工12个。", "15个", "签约项目"),
        ("去年投洽会上衡阳签约的28个项目，截至目前已开工24个。", "28个", "签约项目"),
        ("全市纳入统计的31个行业大类中，有24个行业增加值实现增长。", "24个", "增长行业"),
        ("全区35个工业行业大类中有23个行业增加值实现增长。", "23个", "增长行业"),
        ("确保签约项目6个月内开工建设。", "6个月", "开工时限"),
        ("力争签约项目三个月内开工率达到60%以上。", "60%以上", "开工率"),
        ("城镇新增就业3126人，完成年度任务的104.2%。", "104.2%", "完成年度任务"),
    ],
)
def test_milestones_limits_and_parts_that_grew(text: str, quote: str, indicator: str) -> None:
    """Projects counted by the milestone after them, a time limit told with 内, the rate
    within it, the industries of a field that grew, a year's task done."""
    assert read(text, "indicator")[quote] == indicator


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("产品涵盖衣架、户外家具、帐篷天幕等5大类3000多个品种。", "5大", "产品大类"),
        ("项目于2024年9月开工建设，历时18个月建成投产。", "18个月", "建设周期"),
        ("全年细颗粒物（PM2.5）平均浓度38微克/立方米。", "38微克/立方米", "PM2.5平均浓度"),
        ("年末全县常住人口74.19万人，比上年末减少0.52万人。", "0.52万人", "常住人口减少"),
    ],
)
def test_kinds_build_times_abbreviations_and_falls(text: str, quote: str, indicator: str) -> None:
    """Kinds of product counted with 大类, how long a plant took to build, a name told by its
    abbreviation with digits (PM2.5), a fall of the count before."""
    assert read(text, "indicator")[quote] == indicator


def test_a_list_entered_is_named_within_its_line() -> None:
    """A title ending in 入选名单 names the list there; the paragraph under it is no part."""
    text = "沈阳市皇姑区人民政府\n皇姑区31家企业入选名单\n　　入选企业普遍重视研发平台建设。"
    assert read(text, "indicator")["31家"] == "入选名单"


def test_a_run_at_a_standing_is_its_length_and_a_run_of_honours_is_named() -> None:
    """连续十二年位居全国县域首位: the run's length (the standing is a rank of its own);
    连续两年获评“优秀”等次: a run of honours keeps what was won."""
    got = read("椅业出口额连续十二年位居全国县域首位。集群连续两年获评“优秀”等次。", "indicator")
    assert got["十二年"] == "连续年数", got
    assert got["两年"] == "连续获评“优秀”等次年数", got


def test_a_firm_ranked_among_its_trade_is_ranked_in_its_trade() -> None:
    """居国内同行业第2位 after a market share ranks the firm among its trade's firms."""
    got = read("公司商用车盘式制动器国内市场占有率约18%，位居国内同行业第2位。", "indicator")
    assert got["第2位"] == "行业排名", got


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("深化改革，企业开办时间压缩至0.5个工作日。", "0.5个工作日", "企业开办时间"),
        ("工业项目从签约到开工平均用时由过去的120天压缩至45天以内。", "120天", "签约到开工用时"),
        ("产品销往全国28个省（区、市）。", "28个", "销往省份"),
        ("全社会R&D经费支出占地区生产总值比重达2.3%。", "2.3%", "研发投入强度"),
        ("项目总投资12亿元，用地120亩。", "120亩", "用地面积"),
        ("联合银行推出科创贷，为27家企业发放贷款2.46亿元。", "27家", "发放贷款企业"),
        ("全年新建、改扩建中小学和幼儿园5所。", "5所", "新建、改扩建中小学和幼儿园"),
        ("可供工业用地约3200亩，工业用地出让价格每亩12万元起。", "12万元", "工业用地出让价格"),
        ("工业项目从拿地到开工平均用时压缩至28天。", "28天", "拿地到开工用时"),
        ("全年规模以上工业单位增加值能耗下降3.2%。", "3.2%", "单位增加值能耗"),
    ],
)
def test_time_to_start_a_firm_or_a_project_reach_and_rd_intensity(
    text: str, quote: str, indicator: str
) -> None:
    """企业开办 keeps its 企业; a time cut 由…压缩至 is the time taken; the provinces goods
    reach; R&D spending's share of GDP is 研发投入强度."""
    assert read(text, "indicator")[quote] == indicator


def test_a_grade_set_apart_from_its_level_is_read_whole() -> None:
    """A 级旅游景区 as a PDF sets it: the grade's letter and its 级 are one word."""
    got = read("年末全县拥有 A 级旅游景区 9 个，其中 4A 级景区 3 个。", "indicator")
    assert got["9个"] == "A级旅游景区", got


def test_a_latin_word_set_off_by_a_space_is_part_of_the_name() -> None:
    """新建 5G 基站: a space set between Latin and Chinese is typesetting, not a break; a
    wide space parting a heading's halves stays one."""
    got = read("全年新建 5G 基站 286 个。一、出货量逆势增长\u3000N型产品占比超九成。", "indicator")
    assert got["286个"] == "新建5G基站", got
    assert got["超九成"] == "N型产品占比", got


def test_a_doubling_told_with_no_name_is_a_doubling() -> None:
    """比2022年翻了一番: the ratio is named as the doubling it is, not as a bare 倍数."""
    got = read("去年，金刚摩擦实现营业收入3.2亿元，比2022年翻了一番。", "indicator")
    assert got["翻了一番"] == "翻番", got


def test_hours_of_sunshine_a_year_are_an_amount_named_whole() -> None:
    """年日照时数3100小时以上: the hours a year adds up (level), named with 年 and 日."""
    got = read("光热资源丰富，年日照时数达2300小时以上。", "measure", "indicator")
    assert got["2300小时以上"] == ("level", "年日照时数"), got


def test_industries_counted_by_a_big_number_keep_it() -> None:
    """聚焦…三大产业: the industries counted as told (三大产业), not a bare 产业."""
    assert (
        read("聚焦电子信息、新材料、农产品精深加工三大产业，狠抓项目建设。", "indicator")["三大"]
        == "三大产业"
    )


def test_firms_counted_by_what_of_theirs_grew_are_named_by_it() -> None:
    got = read(
        "全镇24家规模以上工业企业中，17家企业产值实现同比增长。30户企业增加值保持增长。",
        "indicator",
    )
    assert (got["17家"], got["30户"]) == ("产值增长企业", "增加值增长企业"), got


def test_what_was_arranged_is_named_without_the_verb_and_is_no_place() -> None:
    text = "（三）扩大有效投资。安排区重点项目100个左右，年度计划投资90亿元。今年全市共安排工业重点项目23个。"
    got = read(text, "indicator")
    assert (got["100个左右"], got["23个"]) == ("区重点项目", "工业重点项目"), got
    assert "安排区" not in {e["name"] for e in PIPELINE("t", text).entities}


def test_what_was_built_alongside_or_proven_is_named_without_the_verb() -> None:
    text = "园区配套建设职工公寓1200套。全县已探明磷矿资源储量12.6亿吨。"
    got = read(text, "indicator")
    assert (got["1200套"], got["12.6亿吨"]) == ("职工公寓", "磷矿资源储量"), got


def test_what_is_done_for_someone_is_named_by_the_service_not_whom_it_served() -> None:
    text = "协调金融机构为链上企业发放贷款5.37亿元。累计为区内外企业提供中试服务120次。"
    got = read(text, "indicator")
    assert (got["5.37亿元"], got["120次"]) == ("发放贷款", "提供中试服务"), got


def test_a_leading_product_s_share_is_named_by_the_product() -> None:
    got = read("公司主导产品推土机国内市场占有率达到18.6%。", "indicator")
    assert got["18.6%"] == "推土机国内市场占有率", got


def test_a_whole_compared_with_is_no_industry_the_figures_are_about() -> None:
    text = (
        "米易县钒钛新材料产业链发展情况\n全链研发投入强度仅为2.1%，低于全省钒钛产业平均水平0.8个百分点。"
        "三年来，全区累计引育钒钛领域高层次人才280余名。"
    )
    got = read(text, "subject")
    assert not got["0.8个百分点"].startswith("低于"), got
    assert not got["280余名"].startswith("累计"), got
