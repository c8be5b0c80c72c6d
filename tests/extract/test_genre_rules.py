"""Rules for the forms county and city industry texts take: parts of the economy heading a
clause, statistical tables, fairs, bullets under a dated lead-in, public-account furniture,
one-character counties, structures of tiers. Each test fails if its rule is taken out."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainatlas.extract import build_pipeline
from chainatlas.extract.results import candidates_of, results_of
from chainatlas.extract.topic import main_region
from tests.extract.reading import read

PIPELINE = build_pipeline()


def by_quote(text: str) -> dict[str, tuple[str, str, str, str, str]]:
    """quote -> (measure, subject, indicator, period, qualifier) for every fact of ``text``."""
    doc = PIPELINE("t", text)
    return {
        doc.text[q.start : q.end]: (
            q.measure or "",
            q.subject or "",
            q.indicator or "",
            q.period,
            q.qualifier,
        )
        for q in doc.facts()
    }


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("2024年，全县智能家居产值增长15.2%。", "15.2%", "智能家居"),
        (
            "宝鸡市新闻。2024年，秦创原宝鸡钛产业创新中心建成投用。新增国家高新技术企业37家。",
            "37家",
            "宝鸡市",
        ),
        (
            "景德镇新闻。2023年，全市先进陶瓷产值增长28.6%，增速高于陶瓷产业整体15.4个百分点。",
            "15.4个百分点",
            "先进陶瓷",
        ),
        (
            "分行业看，化学原料和化学制品制造业增加值增长9.1%，汽车制造业下降2.3%。",
            "9.1%",
            "化学原料和化学制品制造业",
        ),
        (
            "分行业看，化学原料和化学制品制造业增加值增长9.1%，汽车制造业下降2.3%。",
            "2.3%",
            "汽车制造业",
        ),
        ("分产业看，电动（园林）工具产业实现产值368.4亿元。", "368.4亿元", "电动（园林）工具产业"),
        ("分经济类型看，国有控股企业增加值增长3.1%，股份制企业增长8.6%。", "8.6%", "股份制企业"),
        ("上半年袜业集群规上产值增长8.6%。", "8.6%", "袜业集群"),
        ("分领域看，中药饮片实现营业收入326.4亿元，增长8.7%。", "326.4亿元", "中药饮片"),
        (
            "济宁市新闻。会上，6个工程机械产业链项目集中签约，总投资72.5亿元；"
            "济宁市工程机械产业创新联合体同时揭牌。",
            "72.5亿元",
            "济宁市",
        ),
        (
            "其中,智能锁具、智能照明、智能厨电三大细分领域分别实现产值142.6亿元、168.3亿元和96.7亿元,"
            "分别增长18.4%、9.7%和6.5%。",
            "6.5%",
            "智能厨电",
        ),
        ("从区域看，谯城区作为主承载区，实现营业收入412.3亿元。", "412.3亿元", "谯城区"),
        (
            "【签约项目】\n1．河南恒辉再生资源科技有限公司年产30万吨再生铝合金锭项目，总投资18.5亿元；",
            "18.5亿元",
            "河南恒辉再生资源科技有限公司",
        ),
        ("其余10个签约项目总投资41.2亿元。", "41.2亿元", "其余10个签约项目"),
        ("其余10个签约项目总投资41.2亿元。", "10个", "其余10个签约项目"),
        ("仲恺高新区年度数据。\n● 国家高新区综合评价第26位（全国178家）", "第26位", "仲恺高新区"),
        (
            "长葛市举行签约活动，市委书记郭建平出席。郭建平要求，推动项目早落地。"
            "据介绍，项目可带动就业4500余人。",
            "4500余人",
            "长葛市",
        ),
        (
            "5月20日，第三届中国（丰城）电池博览会开幕，现场签约项目12个，签约金额38.5亿元。",
            "38.5亿元",
            "中国（丰城）电池博览会",
        ),
        (
            "高新区聚力构建以储能、材料2个五百亿级产业集群为支撑的“2+3+X”产业体系。",
            "2个",
            "“2+3+X”产业体系",
        ),
        (
            "2024年，南湖经济技术开发区（以下简称“南湖经开区”）储能产业实现产值86.2亿元，"
            "同比增长14.2%。",
            "14.2%",
            "南湖经开区储能产业",
        ),
        (
            "工业和信息化部公布第六批专精特新“小巨人”企业名单，东湖高新区5家企业入选。",
            "5家",
            "东湖高新区",
        ),
        (
            "东湖高新区年度报告。全区国家级专精特新“小巨人”企业累计达到31家。",
            "31家",
            "东湖高新区",
        ),
        (
            "南浔区推行“拿地即开工”，重大产业项目从拿地到开工平均用时压缩至25天以内。",
            "25天以内",
            "南浔区",
        ),
        (
            "2024年，浙江华睿光学科技有限公司实现营收12亿元。二期项目建成后，"
            "届时公司将新增年产能3亿颗。",
            "3亿颗",
            "浙江华睿光学科技有限公司",
        ),
        ("目前，全市工程机械领域拥有省级以上研发平台41个。", "41个", "工程机械产业"),
        (
            "（一）云南玉能新材料科技有限公司，现有磷酸铁锂产能20万吨。",
            "20万吨",
            "云南玉能新材料科技有限公司",
        ),
        ("和林格尔新区工作总结。2024年，和林格尔新区新增规上企业12家。", "12家", "和林格尔新区"),
        (
            "新区工作总结。2024年，和林格尔新区（以下简称“新区”）稳步发展。新区新增规上企业12家。",
            "12家",
            "和林格尔新区",
        ),
        (
            "兰州新区新闻。2024年，兰州新区实现生产总值386亿元。新区规上工业产值增长12.5%。",
            "12.5%",
            "兰州新区",
        ),
        (
            "5月20日，由自贡高新区与四川轻化工大学共建的自贡先进能源装备研究院揭牌运行，"
            "首期投入2.4亿元。",
            "2.4亿元",
            "自贡先进能源装备研究院",
        ),
        (
            "温岭市新闻。6月，浙江省经济和信息化厅公布2025年度第一批浙江省专精特新中小企业名单，"
            "我市56家企业入选。",
            "56家",
            "温岭市",
        ),
        (
            "温岭市新闻。近日，工业和信息化部办公厅公布2024年度绿色制造名单，东野泵业、利格电机等5家企业"
            "入选国家级绿色工厂。",
            "5家",
            "温岭市",
        ),
        ("2024年，全市再生金属产业实现营业收入1086.4亿元。", "1086.4亿元", "再生金属产业"),
        ("● 超高清视频显示产业产值1268.5亿元，同比增长10.4%。", "10.4%", "超高清视频显示产业"),
        ("分门类看，采矿业增加值下降4.7%，制造业增长10.9%。", "4.7%", "采矿业"),
        ("分门类看，采矿业增加值下降4.7%，制造业增长10.9%。", "10.9%", "制造业"),
        (
            "分门类看，电力、热力、燃气及水生产和供应业增长5.6%。",
            "5.6%",
            "电力、热力、燃气及水生产和供应业",
        ),
        ("到2027年，泉州力争智能家居产业规模突破1500亿元。", "突破1500亿元", "泉州智能家居产业"),
        ("明年，我们力争轴承产业产值增长10%以上。", "10%以上", "轴承产业"),
        (
            "2024年3月，崇州市人民政府与西南交通大学共建的崇州轨道交通研究院揭牌运行，"
            "首批引进研发团队6个。",
            "6个",
            "崇州轨道交通研究院",
        ),
    ],
)
def test_the_part_of_the_economy_a_figure_is_about(text: str, quote: str, subject: str) -> None:
    assert by_quote(text)[quote][1] == subject


def test_a_bullet_item_without_a_subject_is_its_lead_in_s_not_the_item_before() -> None:
    text = (
        "园区年报\n2024年,平湖经开区\n★光机电产业产值612.5亿元,同比增长12.8%;\n"
        "★实际使用外资5.6亿美元,同比增长11.0%;\n★新增国家级专精特新“小巨人”企业3家。"
    )
    got = by_quote(text)
    assert got["612.5亿元"][1] == "光机电产业"
    assert got["5.6亿美元"][1] == got["3家"][1] == "平湖经开区"


def test_a_bare_team_is_the_team_the_last_person_named_leads() -> None:
    text = (
        "泗洪光伏\n2020年，中国科学技术大学博士周启航带领团队来到泗洪。五年来，团队已发展到60余人。"
    )
    assert by_quote(text)["60余人"][1] == "周启航团队"


def test_a_bare_cluster_stands_for_the_cluster_the_title_names() -> None:
    text = "丰城储能装备集群入选国家名单\n集群拥有国家级企业技术中心6家。"
    assert by_quote(text)["6家"][1] == "丰城储能装备集群"


def test_a_one_character_county_named_twice_is_the_document_s_place() -> None:
    text = "沛县：新能源产业加速成势\n去年，全县新能源产业完成投资45.2亿元。走进沛县，厂房林立。"
    doc = PIPELINE("t", text)
    assert "沛县" in {e["name"] for e in doc.entities}
    assert "县城" not in {m.name for m in doc.mentions}


def test_a_table_whose_rows_name_their_indicators_is_the_place_s() -> None:
    text = (
        "郴州高新区新闻\n2025年前三季度，全区规模以上工业企业实现营业收入512.4亿元，增长9.9%。\n"
        "指标名称　　　　单位　　1—9月　　同比增长（%）\n"
        "规模以上工业总产值　　　亿元　　486.3　　10.8\n"
        "高新技术产业增加值　　　亿元　　132.8　　11.5"
    )
    got = by_quote(text)
    assert got["486.3"][1:3] == ("郴州高新区", "规上工业总产值")
    assert got["132.8"][1:3] == ("郴州高新区", "高新技术产业增加值")


def test_rows_of_a_product_table_take_units_and_names_from_the_columns() -> None:
    text = (
        "表2　2024年主要工业产品产量及其增长速度\n"
        "产品名称　　　单位　　　产量　　　比上年增长（%）\n"
        "电动工具　　　万台　　　4862.5　　　12.3\n"
        "保温杯（壶）　万只　　　26540.3　　 -7.9\n"
    )
    doc = PIPELINE("t", text)
    got = {doc.text[q.start : q.end]: q for q in doc.facts()}
    assert (got["4862.5"].value, got["4862.5"].unit, got["4862.5"].measure) == (
        48625000,
        "台",
        "count",
    )
    assert got["4862.5"].indicator == "电动工具产量"
    assert (got["-7.9"].measure, got["-7.9"].indicator) == ("growth", "保温杯（壶）产量增速")
    assert not any(q.unit == "台" and q.value == 10000 for q in doc.facts())  # 万台 alone


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        ("该企业成为园区第5家上市企业。", "第5家", ("count", 5, "家")),
        ("项目达产后每月可封装芯片18亿只。", "18亿只", ("count", 1800000000, "只")),
        ("全县新增锅炉产能1.86万蒸吨。", "1.86万蒸吨", ("level", 1.86, "万蒸吨")),
        ("团队成立三年多来，已申请专利12项。", "三年多", ("duration", 3, "年")),
        ("项目建成后可带动就业800—1000人。", "800—1000人", ("count", 800, "人")),
        ("项目二期新增产能10-20万吨。", "10-20万吨", ("level", 10, "万吨")),
        ("纺织产业已成为全县第一大主导产业。", "第一大", ("rank", 1, "位")),
        ("2024年，全市新能源汽车出口量同比增长1.6倍。", "1.6倍", ("growth", 160, "%")),
        ("2024年，全市新能源汽车出口量是2020年的2.8倍。", "2.8倍", ("ratio", 2.8, "倍")),
        ("全县纺织产业从业人员约一万二千人。", "约一万二千人", ("count", 12000, "人")),
        ("全县30个行业大类中有22个增加值保持增长，增长面达73.3%。", "73.3%", ("share", 73.3, "%")),
        ("2024年，订单同比翻了一番。", "翻了一番", ("ratio", 2, "倍")),
        ("力争到2027年注册证数量翻番。", "翻番", ("ratio", 2, "倍")),
        ("全县纺织产业产值连续五年保持两位数增长。", "两位数", ("growth", 10, "%")),
    ],
)
def test_counters_and_ordinals(text: str, quote: str, expected: tuple[str, float, str]) -> None:
    doc = PIPELINE("t", text)
    (q,) = [q for q in doc.facts() if doc.text[q.start : q.end] == quote]
    assert (q.measure, float(q.value), q.unit) == expected


def test_two_digit_growth_is_at_least_ten_percent_and_a_policy_s_name_is_no_count() -> None:
    got = by_quote("全县纺织产业产值连续五年保持两位数增长。出台“纺织人才十条”。")
    assert got["两位数"][2:] == ("产值增速", "cumulative", "lower")
    assert "十条" not in got


def test_a_level_passed_told_as_a_step_or_a_first_break() -> None:
    got = by_quote(
        "2024年，全市规上工业产值1126.8亿元，首次迈上千亿台阶；纺织产业营收首破六百亿元。"
    )
    assert got["千亿"] == ("level", got["千亿"][1], "规上工业产值", "2024", "lower")
    assert got["破六百亿元"][2:] == ("营收", "2024", "lower")


def test_a_past_date_told_in_passing_does_not_date_the_next_paragraph() -> None:
    doc = PIPELINE(
        "t",
        "园区2024年工作总结\n2024年，园区实现产值500亿元。该项目于2023年8月开工，"
        "从开工到投产用时13个月。\n全年新增高新技术企业68家。",
    )
    (q,) = [q for q in doc.facts() if doc.text[q.start : q.end] == "68家"]
    assert q.period == "2024"


def test_more_than_a_multiple_and_names_when_the_text_names_none() -> None:
    got = by_quote("2024年，全县产业营业收入是2015年的3倍多。")
    assert got["3倍多"][2] == "倍数" and got["3倍多"][4] == "lower"


def test_words_around_an_indicator_that_are_no_part_of_it() -> None:
    got = by_quote("项目建成后年产绿氢2万吨。10月份，全县规模以上工业增加值增长9.8%。")
    assert got["2万吨"][2] == "年产绿氢"
    said = by_quote("“今年以来新招收博士后6名，我们投入研发经费5800万元。”")
    assert (said["6名"][2], said["5800万元"][2]) == ("新招收博士后", "投入研发经费")
    assert not got["9.8%"][2].startswith("份")
    assert by_quote("到2027年，全县奋力迈向七百亿元新台阶。")["七百亿元"][4] == "target"


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("1.濮阳清源氢能装备有限公司年产1000台（套）碱性电解水制氢装备项目，总投资25亿元。", "1000台",
         "target"),
        ("内蒙古源储新能源有限公司年产5GWh储能电池PACK项目，总投资12.8亿元。", "5GWh", "target"),
        ("公司拟投42亿元在鹰潭新建6万吨高性能铜箔基地。", "6万吨", "target"),
        ("项目开工，规划年产碳化硅衬底30万片。", "30万片", "target"),
        ("今年6月，一期年产80万台生产线建成投产。", "80万台", "exact"),
        ("对新建加氢站最高给予300万元建设补贴。", "300万元", "upper"),
        ("园区规划面积约6.8平方公里。", "约6.8平方公里", "approx"),
        ("项目建成后年产燃料电池系统1万套，分两期建设。", "两期", "target"),
        ("力争今年产值突破180亿元，本地配套率由目前的28%提高到40%。", "28%", "exact"),
        ("力争今年产值突破180亿元，本地配套率由目前的28%提高到40%。", "40%", "target"),
        ("新产线投产后，公司年产能将由30万吨提升至45万吨。", "30万吨", "exact"),
        ("华昇新能源年产20GW N型高效电池片项目在高新区签约。", "20GW", "target"),
        ("新产线投产后，公司年产能将由30万吨提升至45万吨。", "45万吨", "target"),
        ("力争产值突破180亿元；今年县财政安排产业链发展专项资金1.2亿元，支持企业技改。", "1.2亿元",
         "exact"),
        ("链长办梳理形成清单，共列出招商目标企业52家。", "52家", "exact"),
        ("项目总投资18.6亿元，计划用地约320亩。", "约320亩", "approx"),
        ("在建项目11个，年度计划投资32.7亿元，1—6月完成投资19.4亿元。", "19.4亿元", "exact"),
        ("2025年，集群实现营业收入586.4亿元，完成年度目标（560亿元）的104.7%。", "560亿元",
         "target"),
        ("力争全年完成投资50亿元。", "50亿元", "target"),
        ("新产线投产后，公司年产能将由约30万吨提升至45万吨。", "约30万吨", "approx"),
        ("一期投产后，菌包成品率由过去的92%提高到98.5%。", "98.5%", "exact"),
        ("负责人表示，公司今年将再新增订单200万件以上。", "200万件以上", "target"),
        ("今年安排重点项目12个，年度计划投资62.4亿元，其中10亿元以上项目7个。", "7个", "exact"),
        ("平江实施“天岳英才”引进计划，近三年引进专业人才860名。", "860名", "exact"),
        ("增速比计划目标高2.1个百分点。", "2.1个百分点", "exact"),
    ],
)  # fmt: skip
def test_what_is_planned_aimed_at_capped_standing_or_done(
    text: str, quote: str, qualifier: str
) -> None:
    """A capacity a project names is planned, a ceiling an upper bound; where a change starts
    now, a statement with its own time after ；, a plan's land and what a clause tells as done
    are no goals."""
    assert by_quote(text)[quote][4] == qualifier


def test_firms_selected_are_counted_by_what_they_are_selected_for() -> None:
    got = by_quote(
        "温岭市新闻。6月，浙江省经济和信息化厅公布2025年度第一批浙江省专精特新中小企业名单，"
        "我市56家企业入选。近日，东野泵业等5家企业入选国家级绿色工厂。"
    )
    assert got["56家"][2] == "入选省级专精特新中小企业"
    assert got["5家"][2] == "入选国家级绿色工厂"


def test_a_project_in_a_firm_s_own_news_is_the_firm_s() -> None:
    events = PIPELINE(
        "t",
        "安徽铜源电子材料股份有限公司\n首页　关于铜源　新闻中心\n铜源电子高端电子铜箔项目一期投产\n"
        "发布日期：2025-03-28\n该项目总投资62亿元，于2023年6月18日签约、同年9月开工。"
        "今年3月18日，项目二期主体厂房顺利封顶。",
    ).events
    dated = {e["date"] for e in events if "安徽铜源电子材料股份有限公司" in e["actors"]}
    assert {"2023-06-18", "2025-03-18"} <= dated, events


def test_a_list_published_and_its_entries_are_one_happening() -> None:
    events = PIPELINE(
        "t",
        "温岭经信　2025年09月05日 19:48　浙江\n8月28日，工业和信息化部公布第七批专精特新“小巨人”"
        "企业名单，我市浙江东野泵业股份有限公司、温岭市利格电机有限公司等9家企业成功入选，"
        "入选数量占台州市新增总数的四分之一。近日，工业和信息化部办公厅公布2024年度绿色制造名单。",
    ).events
    listed = [e for e in events if e["date"] == "2025-08-28"]
    assert len(listed) == 1 and "温岭市利格电机有限公司" in listed[0]["actors"], events
    assert any(e["date"] == "2025" and "工业和信息化部" in e["actors"] for e in events), events


def test_a_manager_s_quotation_is_his_firm_s() -> None:
    got = by_quote(
        "邵东新闻\n“去年我们投入研发经费5800万元，今年上半年海外订单同比增长了四成。”"
        "邵东精钢五金制品有限公司总经理王丽萍说。"
    )
    assert got["5800万元"][1:3] == ("邵东精钢五金制品有限公司", "投入研发经费")
    assert got["四成"][1] == "邵东精钢五金制品有限公司"


def test_counts_listed_with_an_aside_are_the_place_s() -> None:
    got = by_quote(
        "温岭市新闻。截至目前，全市累计拥有国家级专精特新“小巨人”企业36家、"
        "国家级制造业单项冠军企业（产品）9个、省级专精特新中小企业412家。"
    )
    assert got["9个"][1:3] == ("温岭市", "国家级制造业单项冠军企业（产品）")
    assert got["412家"][1] == "温岭市"
    assert "不含" not in by_quote("固定资产投资（不含农户）增长14.2%。")["14.2%"][2]


def test_a_firm_defined_after_its_park_and_a_report_to_a_congress() -> None:
    text = (
        "自贡新闻\n7月4日，自贡高新区四川华岳节能装备股份有限公司（以下简称“华岳节能”）入选。"
        "华岳节能院士工作站揭牌。现在，我代表市人民政府向大会报告工作。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "四川华岳节能装备股份有限公司" in names
    assert not any(n.startswith("自贡高新区四川") or n.endswith("向大会") for n in names)


def test_verbs_quoted_phases_and_a_subsidiary_are_no_names() -> None:
    text = (
        "滕州新闻\n温岭企业集体“上榜”。动员全市上下聚力打造机床产业，走出了一条县域新兴产业集群发展之路。"
        "产业园开工建设，首期120家企业入园。上市企业及其子公司21家。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not names & {"上榜", "动员", "一条", "首期", "其子公司"}, names


def test_a_field_of_industries_and_the_part_that_grew() -> None:
    got = by_quote(
        "全区15个工业行业大类中有11个实现增长。全市从事跨境电商的企业达到210家，比去年底增加了45家。"
    )
    assert (got["15个"][2], got["11个"][2]) == ("工业行业大类", "增长行业")
    assert got["45家"][2] == "从事跨境电商的企业增加数"


def test_a_count_of_those_selected_names_no_honour() -> None:
    names = {
        e["name"]
        for e in PIPELINE("t", "温岭新闻\n我市56家企业入选，入选数居台州市第2位。").entities
    }
    assert not any(n.startswith("数") or n == "我市" for n in names), names


def test_a_rank_among_a_kind_stands_now() -> None:
    got = by_quote("纺织产业已成为全县第一大主导产业。")["第一大"]
    assert got[2:4] == ("主导产业排名", "cumulative")
    assert by_quote("邵东已成为全国第二大手动工具生产基地。")["第二大"][2] == "手动工具生产基地排名"


def test_the_qualifier_of_三年多_is_lower_and_签约_is_not_约() -> None:
    got = by_quote("三年多来，园区集中签约15个项目。")
    assert got["三年多"][4] == "lower"
    assert got["15个"][4] == "exact"


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("全市新能源汽车保有量达到38.5万辆，是2020年末的6.3倍。", "6.3倍", "新能源汽车保有量是2020年末的倍数"),
        ("全县出口额达到12.6亿元，为2020年的2.4倍。", "2.4倍", "出口额为2020年的倍数"),
        ("库存周转天数由原来的90天左右缩短至不到50天。", "90天左右", "库存周转天数"),
        ("库存周转天数由原来的90天左右缩短至不到50天。", "不到50天", "库存周转天数"),
        ("县里设立规模5亿元的木制品产业发展基金。", "5亿元", "基金规模"),
        ("在今年的评价中，园区位列第9位，较上年提升4位。", "4位", "提升位次"),
        ("十年来，园区接续奋斗，从无到有。", "十年", "发展年限"),
        ("全市坚持推动三大主导产业提质扩量，规上工业增加值增长7.2%。", "三大", "主导产业"),
        ("形成塑料母粒、造纸涂料等5大产业链环节，集聚企业586家。", "5大", "产业链环节"),
        ("2026年，开州高新区规上工业总产值力争增长12%以上，达到545亿元。", "545亿元", "规上工业总产值"),
        ("全县水稻面积62.5万亩，“万年贡米”区域公用品牌价值达到46.8亿元。", "46.8亿元", "品牌价值"),
        ("公司今年获得“专精特新贷”授信3000万元。", "3000万元", "“专精特新贷”授信"),
        ("会议指出，链长制实施三年来，累计联系重点企业136家。", "三年", "链长制实施年限"),
        ("代表团赴京开展为期3天的“京津同城·智造宝坻”产业链招商活动。", "3天", "招商活动天数"),
        ("前三季度，全县实现地区生产总值（GDP）186.74亿元。", "186.74亿元", "地区生产总值"),
        ("上半年共享课程达到486门。", "486门", "共享课程"),
        ("报告期内，公司生产锂盐产品2.46万吨，同比增长18.3%。", "2.46万吨", "锂盐产品产量"),
        ("报告期内，公司销售锂盐产品2.38万吨，同比增长16.7%。", "16.7%", "锂盐产品销量增速"),
        ("公司销售费用1.38亿元，同比增长9.7%。", "1.38亿元", "销售费用"),
        ("截至报告期末，公司拥有锂盐产能5.5万吨/年、硼酸产能8万吨/年。", "8万吨", "硼酸产能"),
        ("公司规划建设144万片/年第8.6代线项目。", "144万片", "年产能"),
        ("报告期内新开发聚烯烃专用料牌号11个。", "11个", "新开发聚烯烃专用料牌号"),
        ("全县规上工业总产值由168.5亿元增加到312.6亿元，年均增长13.2%。", "13.2%", "规上工业总产值年均增速"),
        ("鄯善实施“火洲英才”计划，三年来累计引进各类人才3200余名。", "三年", "实施年限"),
        ("三年来，全区累计引进各类人才2.1万名。", "三年", "人才引进年限"),
        ("新增国家级专精特新“小巨人”企业6家、累计达到37家。", "37家", "国家级专精特新“小巨人”企业"),
        ("项目分两期建设，一期年产50万套，预计明年底投产。", "50万套", "一期年产能"),
        ("北疆风能年产300套大功率风电主机项目，总投资42亿元。", "300套", "年产能"),
        ("历经六年，周启航带领的研发团队已发展到50余人。", "50余人", "团队人数"),
        ("实验室组建科研团队68人，其中博士31名。", "68人", "科研团队"),
        ("对新认定的省级专精特新中小企业，市财政给予一次性奖励10万元。", "10万元", "一次性奖励"),
        ("对国家级专精特新“小巨人”企业给予一次性奖励50万元。", "50万元", "一次性奖励"),
        ("全区稻田养蟹面积常年保持在50万亩左右。", "50万亩左右", "稻田养蟹面积"),
        ("由于电耗占生产成本比重近40%，公司选址电价较低的地区。", "近40%", "电耗占生产成本比重"),
        ("杭鑫高纯的6N高纯铜产品国内市场占有率约22%。", "约22%", "6N高纯铜产品国内市场占有率"),
        ("目前在谈项目19个，举办产业链供需对接会4场。", "19个", "在谈项目"),
        ("目前在谈项目19个，举办产业链供需对接会4场。", "4场", "产业链供需对接会"),
        ("核电、LNG等领域所需的钛合金板片进口依赖度仍在60%左右。", "60%左右", "钛合金板片进口依赖度"),
        ("项目审批平均用时压缩至15个工作日。", "15个工作日", "项目审批平均用时"),
        ("公司实现扣除非经常性损益后的净利润2.52亿元。", "2.52亿元", "扣除非经常性损益后的净利润"),
        ("本地配套率达到46%，较2020年提高21个百分点。", "21个百分点", "本地配套率较2020年提高"),
        ("项目建成投产,形成年产车载毫米波雷达200万套的生产能力。", "200万套", "车载毫米波雷达年产能"),
        ("推介会上，120余名企业家参加。", "120余名", "参会企业家"),
        ("今年签约的30个项目中，目前已开工18个。", "18个", "已开工项目"),
        ("去年签约的28个项目，截至目前已开工24个、建成投产11个。", "11个", "投产项目"),
        ("园区累计承接医药企业186家，其中已投产112家。", "112家", "已投产企业"),
        ("下半年，开发区将重点抓好以下五个方面工作：", "五个", "重点工作方面"),
        ("入选企业去年营业收入平均增长31.6%。", "31.6%", "营业收入增速"),
        ("展会意向成交额68.6亿元，比上届增长12.4%。", "12.4%", "展会意向成交额增速"),
        ("公司员工从300人增加到1200人。", "300人", "员工"),
        ("全市光伏产业从业人员达到5.8万人。", "5.8万人", "从业人员"),
        ("封装测试产能达到每月18亿只。", "18亿只", "封装测试产能"),
        ("高新区25万吨铜铝新材料项目签约落地。", "25万吨", "年产能"),
        ("园区拥有省级以上研发平台48家，其中国家级5家。", "5家", "国家级研发平台"),
        ("到2027年，力争培育百亿级企业2家。", "2家", "百亿级企业"),
        ("2017年8月，项目一期2万吨建成投产。", "2万吨", "一期产能"),
        ("园区规划建设面积约3.6平方公里。", "约3.6平方公里", "规划面积"),
        ("第二季度实现营业收入23.85亿元，环比增长28.8%。", "28.8%", "环比增长"),
        ("10月当月规模以上工业增加值同比增长9.8%。", "9.8%", "规上工业增加值增速"),
        ("公司拟投资35亿元建设新基地。", "35亿元", "投资额"),
        ("去年9月，公司投资36亿元的轴承产业园项目开工。", "36亿元", "投资额"),
        ("活动现场，16个项目集中签约，总投资126.8亿元。", "16个", "签约项目"),
        ("长葛市集中签约开工 28个项目总投资213.3亿元", "28个", "项目"),
        ("其余10个签约项目总投资41.2亿元。", "10个", "项目数"),
        ("非织造布产能连续八年位居全国县（市）首位。", "八年", "连续年数"),
        ("金镍集团连续五年入围中国企业500强，位列第186位。", "第186位", "中国企业500强排名"),
        ("高新区将奋力打造千亿级磁性材料产业集群。", "千亿级", "产业规模"),
        ("公司拟向全体股东每10股派发现金红利1.50元（含税）。", "1.50元", "每10股派发现金红利"),
        ("上半年研发投入2.41亿元，占营业收入的5.7%。", "5.7%", "研发投入占营业收入比重"),
        ("锂电池出口额86亿元，占全市外贸出口总额的六成以上。", "六成以上", "占全市外贸出口总额比重"),
        ("公司全年销售各类发动机42.8万台，同比增长9.3%。", "9.3%", "发动机销量增速"),
        ("产品出口到30余个国家和地区。", "30余个", "出口国家和地区"),
        ("对新落地的燃料电池整车项目最高给予2000万元奖励。", "2000万元", "燃料电池整车项目最高奖励"),
        ("市财政每年安排1亿元机床产业发展专项资金。", "1亿元", "机床产业发展专项资金"),
        ("全市地区生产总值增长6.1%，增速比上半年加快0.2个百分点。", "0.2个百分点",
         "地区生产总值增速比上半年加快"),
        ("规上工业企业利润总额下降3.2%，降幅比1—7月收窄1.1个百分点。", "1.1个百分点",
         "利润总额降幅比1—7月收窄"),
        ("新增国家级专精特新“小巨人”企业3家，总数达到11家。", "11家", "国家级专精特新“小巨人”企业"),
        ("全区拥有高新技术企业1156家，较上年末净增82家。", "82家", "高新技术企业净增"),
        ("上半年，全市新引进各类人才1.26万名。", "1.26万名", "新引进人才"),
        ("年内新能源并网装机规模突破600万千瓦。", "突破600万千瓦", "新能源并网装机规模"),
        ("该中心首期投入2.6亿元。", "2.6亿元", "首期投入"),
        ("园区累计引进各类人才4.82万名。", "4.82万名", "累计引进人才"),
        ("新批外资项目42个，其中总投资3000万美元以上项目9个。", "9个", "总投资3000万美元以上项目"),
        ("签约项目32个，投资额占比达82.6%；50亿元以上项目3个。", "3个", "50亿元以上项目"),
        ("全市工业投资增长10.6%，占全部投资的比重为41.6%。", "41.6%", "工业投资占全部投资比重"),
        ("2025年，全县新增高新技术企业9家，总数达到78家。", "9家", "新增高新技术企业"),
        ("全年新增规上企业15家以上。", "15家以上", "新增规上企业"),
        ("对美国出口3.46亿美元，下降4.2%。", "3.46亿美元", "对美国出口"),
        ("其中新增“小巨人”企业3家、省级专精特新中小企业11家。", "11家", "新增省级专精特新中小企业"),
        ("集群实现营业收入586.4亿元，完成年度目标（560亿元）的104.7%。", "104.7%",
         "营业收入完成年度目标比例"),
        ("轴承产业产值312.6亿元，占全市规上工业总产值735.6亿元的42.5%。", "735.6亿元",
         "规上工业总产值"),
        ("轴承产业产值312.6亿元，占全市规上工业总产值735.6亿元的42.5%。", "42.5%",
         "占全市规上工业总产值比重"),
        ("对“一带一路”沿线国家出口5.36亿美元。", "5.36亿美元", "对“一带一路”沿线国家出口"),
        ("前三季度，全县规上工业增加值同比增长9.6%。", "9.6%", "规上工业增加值增速"),
        ("全县固定资产投资增长7.4%，其中工业投资增长21.6%。", "21.6%", "工业投资增速"),
        ("户均营业收入增长率达到12.5%。", "12.5%", "户均营业收入增长率"),
    ],
)  # fmt: skip
def test_what_a_figure_measures(text: str, quote: str, indicator: str) -> None:
    assert by_quote(text)[quote][2] == indicator


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("2024年，长兴县\n★集聚产业链企业312家，其中规上企业186家；", "312家", "2024"),
        ("7月，工信部公布名单，园区4家企业入选，全区累计达到27家。", "27家", "cumulative"),
        (
            "2025-03-29 08:15 来源：新闻客户端\n公司发布2024年年度报告。其中，第四季度实现营业收入61.3亿元。",
            "61.3亿元",
            "2024Q4",
        ),
        ("2012年升级为国家级经开区。一季度，全区实现产值86.4亿元。", "86.4亿元", "2025Q1"),
        ("2022 年 12 月，创新中心揭牌，两年来累计攻克关键技术 42 项。", "42项", "cumulative"),
        ("2024年，县里把项目审批时限压缩至30个工作日以内。", "30个工作日以内", "cumulative"),
        ("在今年4月发布的《2024中国氢能城市竞争力排行榜》中，濮阳位列第15位。", "第15位", "2024"),
        ("今年3月公布的2024年度开发区综合考核评价中，园区位列第3位。", "第3位", "2024"),
        ("十年前，全市规上五金企业不足40家。", "不足40家", "2015"),
        (
            "截至3月末，园区人才总量达到4.26万人，比上年末增加3100人，其中高层次人才1280名。",
            "1280名",
            "2025-03",  # a stock as of the month told
        ),
        ("今年3月公布的2024年度开发区综合考核评价中，园区位列第3位，前进1位。", "1位", "2024"),
        (
            "3月，浙江省科学技术厅公布2025年度浙江省瞪羚企业名单，我市10家企业上榜。",
            "10家",
            "2025-03",
        ),
        (
            "2024年，全市化工产业实现产值1086.5亿元。截至3月末，全市化工规上企业达到93家。",
            "93家",
            "2025-03",  # the month of the date line's year, not the year told before
        ),
        ("明年，全市力争新签约亿元以上项目400个以上。", "400个以上", "2026"),
        (
            "【创新平台】\n全县建成省级企业技术中心11家、省级工程技术研究中心6家。",
            "11家",
            "cumulative",
        ),
        (
            "【园区承载】\n开发区规划面积28.6平方公里，现有规上工业企业126家。",
            "28.6平方公里",
            "cumulative",
        ),
        ("项目投产后，企业本地配套率将由目前的35%提高到60%以上。", "35%", "cumulative"),
        ("2025年，项目审批时限由原来的45个工作日压缩到12个工作日。", "45个工作日", "unknown"),
        ("2025年，对企业技术改造按设备投资额的10%给予补助。", "10%", "unknown"),
        ("2025年，对新认定的国家级研发平台一次性奖励300万元。", "300万元", "unknown"),
        ("雷公山茶业成立于2009年，现有员工860人，建有茶园基地3.6万亩。", "860人", "cumulative"),
        ("●供水。园区日供水能力8万吨，工业用水价格3.6元/吨。", "3.6元", "cumulative"),
        ("2024年，公司建成屋顶分布式光伏6.8兆瓦，2025年单位产品能耗下降12.6%。", "6.8兆瓦", "2024"),
        (
            "企业实施余热回收改造，建成屋顶分布式光伏6.8兆瓦，2025年单位产品能耗下降12.6%。",
            "6.8兆瓦",
            "cumulative",
        ),
        ("数据显示，2022年产业产值为36.8亿元，2023年首次突破百亿元。", "36.8亿元", "2022"),
        (
            "【集群概况】\n全市电力总装机达到568万千瓦，其中新能源装机312万千瓦。",
            "568万千瓦",
            "cumulative",
        ),
        ("★厂房政策：入驻标准化厂房的企业，前3年免收租金，后2年租金减半。", "3年", "unknown"),
        (
            "2025年，补链项目加快建设。\n——禾润精细化工年产20万吨磷酸项目。总投资18.6亿元。",
            "18.6亿元",
            "unknown",
        ),
        ("水务：园区日供水能力6万吨，日污水处理能力2万吨。", "6万吨", "cumulative"),
        (
            "【产业链】\n上游，磷矿开采年产能达到1500万吨，就地转化率超过九成。",
            "1500万吨",
            "cumulative",
        ),
        ("全县城镇和农村居民人均可支配收入五年间年均分别增长5.8%和7.9%。", "5.8%", "cumulative"),
        (
            "2024年，园区实现工业产值598.3亿元。在全区79个开发区综合评价中，园区位列第6位，较上年提升3位。",
            "3位",
            "2024",
        ),
    ],
)
def test_which_time_a_figure_belongs_to(text: str, quote: str, period: str) -> None:
    text = "园区新闻\n2025-04-10\n" + text if not text.startswith("2025-03-29") else text
    assert by_quote(text)[quote][3] == period


def test_a_firm_s_report_dates_its_figures_and_一年来_is_the_year_reviewed() -> None:
    firm = PIPELINE(
        "t",
        "铜源电子2024年归母净利润增长38.5%\n发布日期：2025-03-28\n"
        "3月27日晚，安徽铜源电子材料股份有限公司发布2024年年度报告。\n一、三大业务板块\n"
        "分业务看，锂电铜箔实现营业收入68.45亿元，同比增长32.6%。\n"
        "截至报告期末，公司拥有授权专利386项。",
    )
    periods = {firm.text[q.start : q.end]: q.period for q in firm.facts()}
    assert periods["68.45亿元"] == periods["386项"] == "2024"
    review = by_quote(
        "政府工作报告\n发布时间：2025-01-17\n一、2024年工作回顾\n2024年是极不平凡的一年。"
        "一年来，全市地区生产总值完成926.8亿元、增长6.4%。"
    )
    assert review["926.8亿元"][3] == "2024"


def test_a_site_s_name_over_its_path_is_no_title() -> None:
    got = by_quote(
        "郴州高新技术产业开发区\n首页 > 政务公开 > 统计数据\n2025年前三季度郴州高新区经济运行简析\n"
        "发布时间：2025-10-24 10:30\n一、工业生产稳中加快\n分门类看，制造业增加值增长10.1%。"
    )
    assert got["10.1%"][3] == "2025Q3"


def test_a_long_page_line_with_its_furniture_still_dates_the_page() -> None:
    got = by_quote(
        "自贡高新区人才工作结硕果\n发布时间：2025-07-08 16:20　信息来源：自贡高新区党群工作部　"
        "作者：刘思雨　浏览次数：1536　字号：[大 中 小]\n上半年，园区研发经费投入9.8亿元。"
    )
    assert got["9.8亿元"][3] == "2025H1"


def test_a_date_line_with_a_count_in_thousands_dates_the_page() -> None:
    events = PIPELINE(
        "t",
        "安徽铜源电子材料股份有限公司\n首页　关于铜源　新闻中心\n铜源电子2024年归母净利润增长38.5%\n"
        "发布日期：2025-03-28　　来源：证券与投资者关系部　　点击量：1,208\n"
        "3月18日，安徽铜源电子材料股份有限公司二期主体厂房顺利封顶。",
    ).events
    assert any(e["date"] == "2025-03-18" for e in events), events


def test_an_estimate_in_a_report_s_review_is_of_the_year_reviewed() -> None:
    text = (
        "政府工作报告\n——2025年1月15日在市人民代表大会第五次会议上\n"
        "过去一年，全市地区生产总值预计完成586.4亿元。\n二、2025年主要目标\n"
        "地区生产总值增长6%左右。"
    )
    got = by_quote(text)
    assert got["586.4亿元"][3] == "2024"
    assert got["6%左右"][3] == "2025"


def test_a_line_that_ends_inside_an_amount_goes_on() -> None:
    text = "衢州高新区工作总结\n全年正极材料出货量28.4万\n吨，增长31.5%。"
    assert "28.4万吨" in by_quote(text)


def test_a_count_won_and_a_description_are_no_happenings() -> None:
    doc = PIPELINE("t", "园区新闻\n2025-04-10\n2019年，蒋天翔团队获批了8项省部级科研项目。"
                   "2021年，项目成为展现园区服务效能的一个生动缩影。")  # fmt: skip
    assert doc.events == [], doc.events


def test_a_place_held_for_years_is_no_happening() -> None:
    doc = PIPELINE(
        "t",
        "园区新闻\n2025-04-10\n在2024年发布的排名中，景德镇艺术陶瓷销售额连续五年位居全国首位。",
    )
    assert doc.events == []


def test_phases_counted_but_not_a_phase_named() -> None:
    got = by_quote("项目分两期建设，一期项目预计明年投产。")
    assert got["两期"][:3] == ("count", got["两期"][1], "建设期数")
    assert got["两期"][3] == "unknown"
    assert "一期" not in got


def test_a_tier_reached_is_a_level_passed() -> None:
    got = by_quote("2024年，全市合金材料产业实现产值1126.8亿元，是全市首个千亿级产业集群。")
    assert got["千亿级"][0] == "level" and got["千亿级"][4] == "lower"
    assert got["千亿级"][3] == "2024"


@pytest.mark.parametrize(
    ("text", "subject", "period"),
    [
        ("到2027年，建成千亿级储能装备产业集群。", "储能装备产业集群", "2027"),
        ("到2030年，打造具有全球影响力的千亿级航空产业集群。", "航空产业集群", "2030"),
        ("到2027年，建成全国重要的千亿级铝精深加工产业集群。", "铝精深加工产业集群", "2027"),
        ("到2027年，电子信息产业迈上千亿级台阶。", "电子信息产业", "2027"),
    ],
)
def test_a_tier_aimed_at_is_a_target_of_the_industry_named(
    text: str, subject: str, period: str
) -> None:
    assert by_quote(text)["千亿级"] == ("level", subject, "产业规模", period, "target")


def test_a_threshold_of_a_class_and_a_plan_s_name_are_no_figures() -> None:
    got = by_quote(
        "注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。"
        "实施钛产业“强链延链”三年行动，全年产值增长12%。"
    )
    assert "2000万元" not in got and "三年" not in got
    assert "十年" not in by_quote("十年前，这里还是一片农田。")
    assert "12%" in got


def test_a_wrap_inside_a_name_written_whole_elsewhere_goes() -> None:
    body = (
        "链主企业强，则产业链强。江苏海锂新能源科技有限公司（以下简称“海锂新能源”）是海安锂电产业的"
        "链主，海锂新能源带动上下游企业集聚发展，形成了从材料到电芯再到回收的完整产业链条，"
        "园区配套企业超过一百家，本地配套率持续提升，产业生态日益完善。"
    )
    lines = [body[i : i + 30] for i in range(0, len(body), 30)]
    text = "\n".join([*lines, "2019年4月，海锂新能", "源年产40GWh动力及储能电池项目签约落户海安。"])
    assert "海锂新能源年产40GWh" in PIPELINE("t", text).text
    text = "\n".join(
        [*lines, "凌江隔膜湿法隔膜年产能达到18亿平方米，", "2023年7月入选国家级名单。"]
    )
    assert "平方米，2023年7月" in PIPELINE("t", text).text
    wide = [body[i : i + 50] for i in range(0, len(body), 50)]
    cut = ["集聚了以湖北华塞新材", "料科技有限公司等企业为代表的一批骨干企业。"]
    text = "\n\n".join([*wide, *cut])
    assert "湖北华塞新材料科技有限公司" in {e["name"] for e in PIPELINE("t", text).entities}


def test_a_running_header_seen_once_inside_a_cut_sentence_goes() -> None:
    text = (
        "调查报告\n2021年，全区集成电路产业产值首次突破二百亿元，达到214.\n— 24 —\n"
        "甘肃经济观察  2025年第7期\n7亿元；2023年达到273.7亿元。"
    )
    assert "214.7亿元" in by_quote(text)


def test_a_periodical_named_on_its_issue_line() -> None:
    doc = PIPELINE(
        "t", "南方产业  2025年第3期 · 园区年度观察\n\n千亿显示产业“屏”地而起\n\n正文一句。"
    )
    assert "南方产业" in {e["name"] for e in doc.entities}


def test_a_magazine_review_s_data_box() -> None:
    text = (
        "南方产业  2025年第3期 · 园区年度观察\n\n“1+N”聚势 千亿显示产业“屏”地而起\n"
        "——惠州仲恺高新区2024年产业发展年度观察\n\n文/本刊记者 黄文轩\n\n"
        "惠州仲恺高新技术产业开发区（以下简称“仲恺高新区”）是国家级高新区。\n\n【年度数据】\n"
        "● 规上工业总产值2618.4亿元，同比增长8.7%\n● 高新技术企业1156家"
    )
    got = by_quote(text)
    assert "仲恺高新" in got["2618.4亿元"][1] and got["2618.4亿元"][3] == "2024"
    assert got["1156家"][3] == "2024"


def test_a_public_account_s_furniture_is_not_its_title() -> None:
    text = "点击蓝字 关注我们\n\n十年蝶变！长兴新型储能迈入千亿级\n\n长兴发布 2025-06-12 18:05 浙江\n\n正文。"
    doc = PIPELINE("t", text)
    assert doc.paragraphs[doc.title_index()].kind == "heading"
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("十年蝶变")
    assert "长兴发布" in {e["name"] for e in doc.entities}


def test_a_name_after_a_title_before_what_the_person_does() -> None:
    doc = PIPELINE("t", "推进大会召开。市委书记李振华出席会议并讲话，市长陈立新主持会议。")
    assert {"李振华", "陈立新"} <= {m.name for m in doc.mentions if m.type == "person"}
    doc = PIPELINE("t", "推进大会召开。市领导张海峰、刘庆国、周文斌参加会议。")
    assert {"张海峰", "刘庆国", "周文斌"} <= {m.name for m in doc.mentions if m.type == "person"}
    doc = PIPELINE("t", "签约活动举行。市长梁启明主持签约仪式，投资促进局副局长蒙晓东到会指导。")
    assert {"梁启明", "蒙晓东"} <= {m.name for m in doc.mentions if m.type == "person"}
    assert not any(e["name"].startswith("市长") for e in doc.entities)


def test_a_title_conferred_in_quotes() -> None:
    doc = PIPELINE("t", "会上，10家企业被授予“亳药领军企业”称号。")
    assert "亳药领军企业" in {m.name for m in doc.mentions if m.type == "programme"}


def test_quoted_mechanisms_listed_after_a_programme() -> None:
    doc = PIPELINE("t", "园区推行“拿地即开工”“交地即交证”，为重点企业提供全程服务。")
    names = {m.name for m in doc.mentions if m.type == "programme"}
    assert {"拿地即开工", "交地即交证"} <= names, names


def test_products_listed_and_credit_roles_are_no_names() -> None:
    doc = PIPELINE(
        "t",
        "天水日报\n本报记者 马晓岚 通讯员 杨帆\n\n园区引进引线框架、键合丝、塑封料、封装基板等配套企业。",
    )
    names = {m.name for m in doc.mentions}
    assert not names & {"引线框架", "键合丝", "塑封料", "本报记者", "通讯员"}, names
    assert "马晓岚" in names


def test_a_name_after_a_year_of_a_list_starts_past_its_度() -> None:
    doc = PIPELINE("t", "辽宁省科学技术厅公布2024年度省重点实验室认定名单，园区3家入选。")
    names = {m.name for m in doc.mentions}
    assert not any(n.startswith("度") for n in names), names


def test_the_offices_in_a_web_page_s_footer() -> None:
    doc = PIPELINE(
        "t", "新闻\n正文一句。\n主办：亳州市人民政府办公室　　承办：亳州市数据资源管理局\n"
    )
    names = {e["name"] for e in doc.entities}
    assert {"亳州市人民政府办公室", "亳州市数据资源管理局"} <= names, names
    doc = PIPELINE(
        "t", "推介会由通辽市人民政府主办，通辽市投资促进中心承办。承办：长葛市大数据中心"
    )
    names = {e["name"] for e in doc.entities}
    assert {"通辽市投资促进中心", "长葛市大数据中心"} <= names, names


def test_long_names_of_zones_and_parks() -> None:
    doc = PIPELINE(
        "t", "嘉善地处长三角生态绿色一体化发展示范区，南安高新技术产业园区新增企业12家。"
    )
    names = {m.name for m in doc.mentions}
    assert {"长三角生态绿色一体化发展示范区", "南安高新技术产业园区"} <= names


def test_a_party_committee_is_named_by_its_place() -> None:
    doc = PIPELINE("t", "长葛市举行签约活动。市委书记郭建平出席，长葛市市长王立新致辞。")
    assert "长葛市委" in {e["name"] for e in doc.entities}  # as most texts write it
    doc = PIPELINE(
        "t", "金昌市政府工作报告。现在，我代表市人民政府向大会报告工作，请市政协委员提出意见。"
    )
    assert "金昌市政协" in {e["name"] for e in doc.entities}  # as the texts write it


def test_an_honour_with_quoted_words_inside_its_name() -> None:
    doc = PIPELINE("t", "2024年，磁性材料产业集群入选山东省“十强”产业“雁阵形”集群。")
    assert "山东省“十强”产业“雁阵形”集群" in {m.name for m in doc.mentions}


def test_credits_with_padded_names_and_areas_that_are_not_bodies() -> None:
    text = (
        "园区新闻\n来源：鄂州日报　作者：记者 胡雨晴　编辑：黄 蓓\n"
        "园区融入长三角，中国工程院院士孙立国院士工作站揭牌。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"胡雨晴", "黄蓓", "孙立国院士工作站"} <= names
    assert "长三角" not in names


def test_visitors_from_areas_words_of_time_and_verbs_before_a_committee_are_no_bodies() -> None:
    text = (
        "县政府网\n来自京津冀、长三角等地的160余名企业家参加活动。目前全市工业副产氢年产能"
        "达到2万吨。全县上下认真落实县委、县政府各项决策部署。\n上一篇：泉州市一季度地区生产总值增长6.2%"
    )
    doc = PIPELINE("t", text)
    names = {e["name"] for e in doc.entities}
    assert not names & {"京津冀", "长三角", "目前", "上下认真落实县委", "一季度地区"}
    assert "6.2%" not in {doc.text[q.start : q.end] for q in doc.facts()}


@pytest.mark.parametrize(
    ("text", "date", "actor"),
    [
        ("江西鹰铜精密材料股份有限公司成立于2006年，总部位于鹰潭。", "2006",
         "江西鹰铜精密材料股份有限公司"),
        ("二〇二四年十月二十二日，曹县木艺家居产业园二期项目开工。", "2024-10-22", "曹县木艺家居产业园"),
        ("2022年，溧阳高新区\n★江苏卓高新材料科技有限公司启动二期项目；", "2022",
         "江苏卓高新材料科技有限公司"),
        ("江苏昊阳新能源科技股份有限公司是链主。2025年3月，该公司入选制造业单项冠军企业名单。",
         "2025-03", "江苏昊阳新能源科技股份有限公司"),
        ("2024年12月，报告发布，泗洪县在全国30个光伏产业重点县中位列第6位。", "2024-12", "泗洪县"),
        ("在2024年12月发布的《2024中国光伏产业县域竞争力报告》中，泗洪县位列全国第6位。", "2024-12",
         "泗洪县"),
        ("2024年，长葛市再生金属产业实现营业收入1086.4亿元，成为全市首个千亿级产业。", "2024",
         "长葛市"),
        ("2024年，池州高新技术产业开发区半导体产业产值首次迈上百亿元台阶。", "2024",
         "池州高新技术产业开发区"),
        ("2023年5月，江苏润安铜箔科技有限公司年产5万吨高端铜箔项目签约，同年8月开工。", "2023-08",
         "江苏润安铜箔科技有限公司"),
        ("今年3月，江东华锐精工股份有限公司“精密轴承关键技术”项目获2024年度省科学技术奖一等奖。",
         "2025-03", "江东华锐精工股份有限公司"),
        ("8月12日，全市现代中药产业高质量发展推进大会召开。", "2024-08-12",
         "全市现代中药产业高质量发展推进大会"),
        ("3月27日，江东华锐精工股份有限公司发布年度报告。\n同日，江东华锐精工股份有限公司公告称，"
         "公司拟投资35亿元建设新基地。", "2025-03-27", "江东华锐精工股份有限公司"),
        ("2024年，秦创原宝鸡钛产业创新中心建成投用，宝鸡综合保税区封关运行。", "2024",
         "宝鸡综合保税区"),
        ("今年五月，福建竹源新材料科技有限公司竹缠绕复合管道项目在建瓯市投产。", "2025-05",
         "福建竹源新材料科技有限公司"),
        ("2024年9月，湖北灵泉生物科技有限公司项目开工建设，大冶经济开发区智能装备产业园二期建成投用。",
         "2024", "大冶经济开发区"),
    ],
)  # fmt: skip
def test_dated_happenings(text: str, date: str, actor: str) -> None:
    events = PIPELINE("t", "园区新闻\n2025-04-10\n" + text).events
    assert any(e["date"] == date and actor in e["actors"] for e in events), events


def test_classes_of_projects_and_stages_of_making_are_no_amounts_or_firms() -> None:
    doc = PIPELINE(
        "t",
        "全年签约项目86个，其中百亿元级项目3个。公司已带动熔炼、压铸、机加工等上下游配套企业32家落户。",
    )
    assert [doc.text[q.start : q.end] for q in doc.facts()] == ["86个", "3个", "32家"]
    assert not {"熔炼", "压铸", "机加工"} & {e["name"] for e in doc.entities}
    doc = PIPELINE("t", "研究院已建成铝合金熔铸、轧制等6个中试平台。")
    assert not {"铝合金熔铸", "轧制"} & {e["name"] for e in doc.entities}
    doc = PIPELINE("t", "开发区推进绿电直供，化工、冶金等用能企业的绿电替代稳步推进。")
    assert not {"化工", "冶金"} & {e["name"] for e in doc.entities}


def test_bodies_after_a_ranking_verb_and_inside_a_region() -> None:
    doc = PIPELINE(
        "t",
        "2024年，新区在自治区开发区综合考核评价中位列全区52个开发区第1位。"
        "今年7月，公司位列中国有色金属工业协会镁业分会发布的榜单第3位。",
    )
    names = {e["name"] for e in doc.entities}
    assert "中国有色金属工业协会镁业分会" in names
    assert not {"治区", "治区开发区", "公司位列中国有色金属工业协会"} & names


def test_a_field_of_counties_with_a_bracketed_kind_sizes_the_rank() -> None:
    doc = PIPELINE("t", "巩义县域经济综合实力居全省102个县（市）第2位。")
    (rank,) = doc.facts()
    assert (rank.value, rank.rank_of) == (2, 102)


def test_a_field_s_size_in_brackets_after_the_rank_sizes_it() -> None:
    doc = PIPELINE(
        "t", "息烽经济开发区在全省开发区高质量发展综合评价中位列第9位(共76个),较上年前移4个位次。"
    )
    rank = next(q for q in doc.facts() if q.measure == "rank")
    assert (rank.value, rank.rank_of) == (9, 76)
    assert "76个" not in [doc.text[q.start : q.end] for q in doc.facts()]


def test_a_group_counted_once_is_named_again_and_a_field_with_brackets_inside() -> None:
    doc = PIPELINE(
        "t",
        "园区逐步形成新能源、智能装备、电子信息三大主导产业。2024年，三大主导产业产值占规上工业"
        "总产值的比重达到76.3%，增速居全市10个县（市）区和开发区第1位。",
    )
    assert [doc.text[q.start : q.end] for q in doc.facts()] == ["三大", "76.3%", "第1位"]


def test_the_place_of_the_office_that_publishes_named_short_in_the_title() -> None:
    doc = PIPELINE(
        "t",
        "22家！诸城汽车企业集中登上省级“光荣榜”\n诸城工信　2026-10-23 19:06　山东\n"
        "本次全市共有26家企业入选省级专精特新中小企业。\n来源：诸城市工业和信息化局\n",
    )
    assert [q.subject for q in doc.facts()] == ["诸城市", "诸城市"]


def test_a_lead_that_says_how_a_count_is_split_is_no_subject() -> None:
    got = by_quote(
        "全市新能源电池产业链企业达到126家。按环节分，正极材料企业18家、负极材料企业9家。"
    )
    assert got["18家"][1] != "按环节" and got["9家"][1] != "按环节"


def test_a_table_of_products_headed_by_its_name_column_with_units_in_pieces() -> None:
    got = by_quote(
        "表2　主要医药产品产量\n产品名称　　　　　单位　　　1—10月　　　同比增长（%）\n"
        "中成药　　　　　　吨　　　　9264　　　　 -4.6\n"
        "体外诊断试剂　　　万盒　　　1528.6　　　 15.2\n"
        "光学镜片　　　　　亿片　　　4.86　　　　8.2\n"
    )
    assert got["9264"][:3] == ("level", "", "中成药产量")
    assert got["-4.6"][0] == "growth"
    assert got["1528.6"][0] == got["4.86"][0] == "count"


def test_a_project_table_gives_each_project_its_amount_in_the_header_s_unit() -> None:
    doc = PIPELINE(
        "t",
        "表1　重大项目推进情况（截至8月末）\n"
        "项目名称　　　　　　　　总投资（亿元）　建设内容　　　　进度\n"
        "储源新能源年产20GWh储能电芯项目　　　　65.0　　　 储能电芯生产线　　　计划11月投产\n"
        "合计　　　　　　　　　　　　　　　　　65.0\n",
    )
    got = [
        (doc.text[q.start : q.end], q.subject, q.indicator, q.unit, q.period) for q in doc.facts()
    ]
    assert ("65.0", "储源新能源年产20GWh储能电芯项目", "总投资", "亿元", "cumulative") in got
    assert ("65.0", "合计", "总投资", "亿元", "cumulative") in got
    assert "20GWh" in [g[0] for g in got] and "亿元" not in [g[0] for g in got]


def test_a_work_report_under_its_meeting_s_file_line_and_an_estimate_of_its_own_clause() -> None:
    doc = PIPELINE(
        "t",
        "宜昌市第八届人民代表大会第五次会议文件（2）\n\n政府工作报告\n"
        "——2026年1月8日在宜昌市第八届人民代表大会第五次会议上\n"
        "一、2025年工作回顾\n"
        "地区生产总值预计完成6386.4亿元、增长6.1%，总量继续稳居全省第2位；规上工业增加值增长8.2%。\n"
        "一年来，我们坚持以产业转型升级为主线，统筹发展和安全，全力推动高质量发展，成效明显。\n"
        "我们坚持项目为王，推行项目审批容缺受理和并联审批，一批重大项目实现当年签约、当年开工。\n",
    )
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("政府工作报告")
    got = {doc.text[q.start : q.end]: (q.qualifier, q.period) for q in doc.facts()}
    assert got["6386.4亿元"] == got["6.1%"] == ("target", "2025")
    assert got["第2位"] == got["8.2%"] == ("exact", "2025")


@pytest.mark.parametrize(
    ("sentence", "estimated", "done"),
    [
        (
            "预计全年地区生产总值完成268.5亿元、增长5.8%；规模以上工业增加值增长8.2%。",
            "5.8%",
            "8.2%",
        ),
        (
            "预计全年地区生产总值完成212.6亿元，增长6.4%。规模以上工业增加值增长9.3%。",
            "6.4%",
            "9.3%",
        ),
    ],
)
def test_an_estimate_covers_its_amount_and_growth_not_the_clauses_after(
    sentence: str, estimated: str, done: str
) -> None:
    doc = PIPELINE(
        "t",
        "政府工作报告\n——2026年1月18日在安福县第十八届人民代表大会第六次会议上\n"
        "一、2025年工作回顾\n" + sentence,
    )
    got = {doc.text[q.start : q.end]: q.qualifier for q in doc.facts()}
    assert (got[estimated], got[done]) == ("target", "exact"), got


def test_what_a_year_s_review_completed_in_all_is_that_year_s() -> None:
    doc = PIPELINE(
        "t",
        "和林格尔新区2024年工作总结和2025年工作计划\n发布时间：2025-01-21\n"
        "一、2024年工作总结\n人才工作成效明显，新建院士工作站2家，累计达到5家。\n"
        "二、2025年工作计划\n新建院士工作站1家，累计达到6家。\n",
    )
    got = {doc.text[q.start : q.end]: q.period for q in doc.facts()}
    assert got["5家"] == "2024"


def test_both_capacities_naming_a_joint_project_are_what_it_will_make() -> None:
    got = by_quote("公司在高新区建设年产15万吨高精度铜板带及10万吨新能源汽车用铝合金材料项目。")
    assert got["15万吨"][3:] == got["10万吨"][3:] == ("unknown", "target")


def test_a_phase_to_be_built_is_a_goal_dated_by_its_planned_start_up() -> None:
    got = by_quote(
        "园区新闻\n2026-04-22\n项目分两期建设：一期建设15万吨高精度铜板带生产线，计划今年7月开工、"
        "2027年6月建成投产；二期建设10万吨铝合金材料生产线，计划2028年四季度投产。"
    )
    assert got["15万吨"][2:] == ("一期产能", "2027-06", "target")
    assert got["10万吨"][2:] == ("二期产能", "2028Q4", "target")
    got = by_quote(
        "园区新闻\n2026-06-10\n去年12月一期10GW建成投产；二期10GW正在抓紧安装设备，计划今年9月投产。"
        "当天下午，基地一期12GWh项目开工，计划2027年6月建成投产。"
    )
    assert got["10GW"][3:] == ("2026-09", "target")  # the second 10GW
    assert got["12GWh"][4] == "exact"  # a phase that started is not what a plan makes


def test_offices_of_the_place_named_by_a_bare_市() -> None:
    doc = PIPELINE(
        "t", "会上，市发展和改革委员会、市科学技术局、市商务局等链长责任单位汇报了工作推进情况。"
    )
    assert {"市发展和改革委员会", "市科学技术局", "市商务局"} <= {e["name"] for e in doc.entities}


def test_a_firm_with_its_place_in_brackets_given_a_short_name_and_a_chain_s_leaders() -> None:
    doc = PIPELINE(
        "t",
        "（三）星湖新材料（玉溪）有限公司（以下简称“星湖新材”），电解液环节链主。"
        "市长、新能源电池产业链链长赵云峰出席会议并讲话，副市长、副链长普华明主持会议。",
    )
    names = {e["name"] for e in doc.entities}
    assert {"星湖新材料（玉溪）有限公司", "赵云峰", "普华明"} <= names
    assert "有限公司" not in names


def test_an_interviewer_s_words_are_no_credit_line() -> None:
    doc = PIPELINE(
        "t",
        "访谈\n\n记者：下一步，园区光伏产业的发展目标是什么？\n\n答：力争到2027年产值突破1500亿元。"
        "\n\n记者：谢谢！\n",
    )
    assert not {"下一步", "谢谢"} & {e["name"] for e in doc.entities}
    assert {p.kind for p in doc.paragraphs if doc.text.startswith("记者", p.start)} == {"question"}


def test_a_planned_start_and_a_goal_are_not_happenings() -> None:
    doc = PIPELINE(
        "t",
        "公司新闻\n2026-04-22\n3月26日，公司与白银高新区管委会签订投资协议，在白银高新区建设年产15万吨"
        "铜板带项目。项目总投资58亿元，分两期建设：一期建设15万吨生产线，计划今年7月开工、2027年6月"
        "建成投产。董事长马振国表示，今年确保高新区项目一期按期开工建设。",
    )
    assert not [e for e in doc.events if "开工" in e["summary"]]


def test_a_list_s_year_in_its_name_does_not_split_the_day_it_was_published() -> None:
    doc = PIPELINE(
        "t",
        "诸城工信\n2026-10-23\n10月21日，山东省工业和信息化厅公布2026年度山东省专精特新中小企业、"
        "瞪羚企业和制造业单项冠军企业名单，我市共有38家企业入选，入选总数居潍坊市第2位。",
    )
    assert [e["date"] for e in doc.events] == ["2026-10-21"]


def test_the_last_few_years_are_a_duration_and_a_mean_growth_over_them() -> None:
    got = by_quote(
        "近三年，全市累计实施项目120个。公司主攻热管理部件，近三年营业收入年均增长42.6%。"
    )
    assert got["三年"] == ("duration", "", "近三年", "cumulative", "exact"), got
    assert got["42.6%"][2] == "营业收入年均增速"
    assert by_quote("近十年来，长垣坚持把医疗器械作为主导产业。")["近十年"][0] == "duration"


def test_a_group_s_name_inside_its_registered_name_is_no_second_firm() -> None:
    doc = PIPELINE(
        "t", "浙江瑞泉泵业集团有限公司入选单项冠军。瑞泉泵业主导产品国内市场占有率约32%。"
    )
    names = {e["name"] for e in doc.entities}
    assert "浙江瑞泉泵业集团有限公司" in names and "浙江瑞泉泵业集团" not in names


def test_a_table_row_with_only_a_growth_and_an_item_row_of_an_industry() -> None:
    doc = PIPELINE(
        "t",
        "表1　主要经济指标\n指标名称　　　　　　　单位　　1—9月　　同比增长（%）\n"
        "规模以上工业增加值　　　—　　　—　　　　9.6\n"
        "规模以上工业总产值　　　亿元　　486.3　　10.8\n"
        "　#有色金属冶炼和压延加工业　　　亿元　　218.6　　12.4\n",
    )
    got = {doc.text[q.start : q.end]: (q.subject, q.indicator) for q in doc.facts()}
    assert got["9.6"][1] == "规上工业增加值增速"
    assert got["218.6"] == ("有色金属冶炼和压延加工业", "产值")
    assert got["12.4"] == ("有色金属冶炼和压延加工业", "产值增速")


def test_a_district_s_site_names_the_place_its_report_is_about() -> None:
    doc = PIPELINE(
        "t",
        "烟台市蓬莱区人民政府\n首页 > 政务公开 > 政府工作报告\n\n政府工作报告\n\n"
        "——2026年1月9日在烟台市蓬莱区第一届人民代表大会第五次会议上\n\n"
        "过去一年，全区规上工业增加值增长9.6%，高于烟台市平均水平。\n",
    )
    assert [q.subject for q in doc.facts()] == ["烟台市蓬莱区"]


def test_a_status_tag_before_a_listed_firm_is_not_part_of_its_name() -> None:
    doc = PIPELINE(
        "t", "1．（签约）洛阳天衡轴承集团有限公司年产5000套风电主轴承项目，总投资46亿元。"
    )
    assert "洛阳天衡轴承集团有限公司" in {e["name"] for e in doc.entities}
    doc = PIPELINE(
        "t",
        "洛阳新闻\n\n全市签约项目58个。\n\n"
        "1．（签约）洛阳天衡轴承集团有限公司年产5000套风电主轴承项目，总投资46亿元。",
    )
    assert {q.subject for q in doc.facts() if q.unit == "亿元"} == {"洛阳天衡轴承集团有限公司"}


def test_a_masthead_and_a_byline_stay_lines_of_their_own_and_what_projects_make_is_no_firm() -> (
    None
):
    doc = PIPELINE(
        "t",
        "之江经济报　2025 年 7 月 28 日　星期一　第 05 版：县域经济\n\n"
        "三十年“织”就袜业之都　“一只眼”看见新赛道\n"
        "——诸暨大唐袜业与智能视觉产业双链并进，上半年袜业集群规上产值增长 8.6%\n\n"
        "本报记者　沈雨晴　通讯员　楼建军　何佳琪\n\n"
        "盛夏时节，走进诸暨市大唐街道的袜业智造园，一排排电脑袜机昼夜运转，\n"
        "机器视觉检测设备“盯”着每一只袜子的针脚，合格品随即被打包、贴单，\n"
        "发往全国各地的电商仓和海外买家手中。在诸暨高新区，光学镜头、图像传\n"
        "感器封装等一批项目相继落地，永兴材料、江特电机等企业相继入驻。袜源针织董事长楼国平说。\n",
    )
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("三十年")
    names = {e["name"] for e in doc.entities}
    assert {"沈雨晴", "楼建军", "何佳琪", "楼国平", "永兴材料", "江特电机"} <= names
    assert not {"光学镜头", "图像传感器封装"} & names


def test_verbs_of_policy_make_no_industry_and_the_cluster_heads_no_measure() -> None:
    got = by_quote(
        "松山湖新闻。园区实施机器人产业人才专项计划，集聚研发人员860余名。"
        "集群有效发明专利达到3260件。目前谐波减速器年产能达到30万台。"
    )
    assert got["860余名"][1] != "园区实施机器人产业"
    trained = by_quote(
        "8月12日，泉州市纺织鞋服产业高技能人才培训基地在晋江市揭牌。基地由市人社局、晋江市人民政府与"
        "泉州纺织服装职业学院共建，首期投入3600万元，设有实训工位860个，力争每年培训纺织鞋服产业技能人才"
        "1.5万人次以上。"
    )
    assert trained["3600万元"][1] != "每年培训纺织鞋服产业"
    assert got["3260件"][2] == "有效发明专利"
    assert got["30万台"][2] == "谐波减速器年产能"


def test_the_province_that_names_a_list_is_not_what_its_entrants_count() -> None:
    got = by_quote(
        "东莞松山湖高新区\n首页 > 新闻\n\n松山湖9家企业入选省级骨干企业名单\n\n"
        "今年1—10月，松山湖高新区规上工业产值386.4亿元。\n\n"
        "广东省智能机器人骨干企业名单由省工业和信息化厅组织评定。"
        "此次入选的9家企业中，整机企业4家、核心零部件企业3家。"
    )
    assert got["4家"][1] == got["3家"][1] == "东莞松山湖高新区"


def test_words_that_look_like_names_before_park_and_list_words_are_none() -> None:
    doc = PIPELINE(
        "t",
        "4．（签约）洛阳瑞新碳材料有限公司年产3万吨等静压特种石墨项目，总投资18亿元。"
        "在机器人领域，我市以洛阳高新区、伊滨区为核心，已形成完整链条。风电主轴承、特种机器人等一批项目"
        "集中落户高新区。近年来集团持续加大研发投入。伊滨区、偃师区同步设立分会场。",
    )
    names = {e["name"] for e in doc.entities}
    assert not {"万吨", "落户", "落户高新区", "近年来集团", "步设立分会", "伊滨区分会"} & names
    assert {e["type"] for e in doc.entities if e["name"] == "伊滨区"} != {"company"}


def test_a_release_titled_by_its_span_alone_dates_its_figures_by_it() -> None:
    doc = PIPELINE(
        "t",
        "贵阳市统计局\n首页 | 机构概况 | 政务公开 | 统计数据 | 统计分析 | 数据解读 | 互动交流\n"
        "请输入关键词　搜索\n\n当前位置：首页 > 统计数据 > 月度数据\n\n"
        "1—11月全市数字经济保持较快增长　主要经济指标运行平稳\n\n"
        "发布时间：2025-12-15 10:30　来源：贵阳市统计局　浏览次数：1874\n【字体：大 中 小】【打印】【关闭】\n\n"
        "全市深入实施“数字活市”战略，以大数据为引领推动产业转型升级，数字经济保持较快增长，工业生产"
        "平稳，投资、消费稳中有升，经济运行总体平稳、稳中有进。\n\n"
        "分行业看，33个行业大类中有21个增加值实现增长，增长面为63.6%。\n",
    )
    assert {q.period for q in doc.facts()} == {"2025-11"}


def test_computing_power_in_p_and_what_a_unit_means_is_no_figure() -> None:
    got = by_quote("全市算力总规模达到6.8万P（每秒千万亿次浮点运算），其中智能算力5.9万P。")
    assert got["6.8万P"][0] == "level" and "千万亿次" not in got
    doc = PIPELINE("t", "全市算力总规模达到6.8万P。")
    assert [(q.value, q.unit) for q in doc.facts()] == [(68000, "P")]


def test_founded_gone_online_and_turned_to_are_happenings() -> None:
    doc = PIPELINE(
        "t",
        "诸暨新闻\n2025-07-28\n浙江袜源针织股份有限公司创办于1996年。诸暨睿眸智能科技有限公司2016年转型研发"
        "机器视觉检测设备。",
    )
    assert {"1996", "2016"} <= {e["date"] for e in doc.events}
    doc = PIPELINE("t", "诸暨新闻\n2025-07-28\n2022年6月，诸暨市袜业产业大脑平台上线运行。")
    assert [e["date"] for e in doc.events] == ["2022-06"]


def test_a_month_told_in_passing_in_a_year_s_review_and_a_phase_s_yearly_capacity() -> None:
    doc = PIPELINE(
        "t",
        "政府工作报告\n——2026年1月9日在烟台市蓬莱区第一届人民代表大会第五次会议上\n"
        "一、过去一年工作回顾\n2025年，核电装备产业营业收入86.5亿元，11月，蓬莱核电装备产业集群入选工业和信息化部"
        "2025年度中小企业特色产业集群名单；汽车零部件产业营业收入257.8亿元、增长3.1%。新增规上工业企业46家。\n"
        "二、2026年工作安排\n公司项目分两期建设：一期年产80万套，计划2026年四季度投产。\n",
    )
    got = {doc.text[q.start : q.end]: (q.period, q.qualifier) for q in doc.facts()}
    assert got["257.8亿元"][0] == got["46家"][0] == "2025"
    assert got["80万套"] == ("2026Q4", "target")


def test_a_yearbook_the_figures_await_and_the_buyers_of_retail_are_no_entities() -> None:
    doc = PIPELINE(
        "t",
        "注：社会消费品零售总额指企业通过交易售给个人、社会集团非生产、非经营用的实物商品金额。"
        "本公报数据均为初步统计数，最终数据以《嘉善统计年鉴—2025》为准。",
    )
    assert not {"社会集团", "嘉善统计年鉴—2025"} & {e["name"] for e in doc.entities}


def test_an_official_account_s_place_in_its_title_and_a_place_before_its_count_of_firms() -> None:
    doc = PIPELINE(
        "t",
        "1—10月产值增长18.6%！松山湖机器人与智能装备产业集群跑出“加速度”\n\n"
        "松山湖发布　2025-11-20 18:30　广东\n\n点击蓝字 关注我们\n\n"
        "11月14日，广东省工业和信息化厅公布2025年广东省智能机器人骨干企业名单，松山湖9家企业入选。\n\n"
        "园区促成供需对接项目43个，合同金额达到9.6亿元。\n\n▲松山湖机器人产业园一角\n",
    )
    got = {doc.text[q.start : q.end]: q.subject for q in doc.facts()}
    assert got["43个"] == "松山湖"
    assert "松山湖" not in {e["name"] for e in doc.entities if e["type"] == "company"}


def test_a_park_named_for_what_it_makes_after_its_city_names_no_place() -> None:
    doc = PIPELINE(
        "t",
        "包头新闻\n2026-05-20\n走进包头稀土高新区的一家磁材工厂。瑞磁新材2016年落户稀土高新区，"
        "全市稀土产业实现产值1186.4亿元。",
    )
    assert "稀土" not in {m.name for m in doc.mentions if m.type == "region"}


def test_a_site_s_search_box_and_accessibility_links_are_no_title() -> None:
    doc = PIPELINE(
        "t",
        "泉州市人力资源和社会保障局\n首页 | 机构概况 | 政务公开 | 人才人事 | 互动交流\n"
        "【请输入关键字】　搜索　　　无障碍浏览　长者模式\n\n当前位置：首页 > 人才人事 > 人才工作动态\n\n"
        "我市纺织鞋服产业“鞋纺英才”计划成效明显\n上半年新引进各类人才1.26万名\n\n"
        "发布时间：2026-08-14 10:05　来源：市人社局人才开发科　浏览次数：2418　字号：【大 中 小】\n\n"
        "上半年，全市新引进各类人才1.26万名，同比增长18.4%。\n",
    )
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("我市纺织鞋服产业")
    assert {q.period for q in doc.facts()} == {"2026H1"}


def test_a_routine_named_by_months_is_no_month() -> None:
    doc = PIPELINE(
        "t",
        "长兴县经济和信息化局2025年工作总结和2026年工作思路\n\n发布时间：2026-01-14 09:30\n\n"
        "一、2025年工作总结\n\n（一）工业经济稳中向好。全年全县实现规上工业增加值386.5亿元。"
        "我局坚持“一月一分析、一季一攻坚”。\n\n（二）集群持续壮大。集群实现规上工业产值1282.3亿元。\n",
    )
    assert [q.period for q in doc.facts()] == ["2025", "2025"]


def test_containers_by_the_box_and_subdistricts_as_offices() -> None:
    doc = PIPELINE("t", "全年港区完成集装箱吞吐量1526.8万标准箱，增长6.9%。大碶街道模具企业集聚。")
    assert next((q.value, q.unit, q.measure) for q in doc.facts()) == (15268000, "标准箱", "count")
    assert "大碶街道" in {e["name"] for e in doc.entities}


def test_a_yearly_capacity_written_per_year_names_its_project() -> None:
    got = by_quote("富乐显示2024年营收增长16.8%　绵阳高新区144万片/年第8.6代线项目签约")
    assert got["144万片"][2:] == ("年产能", "unknown", "target")


def test_a_newspaper_named_on_its_masthead_and_a_manager_who_tells_the_reporter() -> None:
    doc = PIPELINE(
        "t",
        "北疆产经报　2026年5月20日　星期三　第06版：产业纵深\n\n从“一块矿石”起步\n\n"
        "“明年上半年就能投产。”瑞磁新材总经理贺建平告诉记者。\n",
    )
    assert {"北疆产经报", "贺建平"} <= {e["name"] for e in doc.entities}


def test_a_contest_that_closed_is_a_happening() -> None:
    doc = PIPELINE(
        "t", "泉州新闻\n2026-08-14\n6月26日，2026年泉州市纺织鞋服行业职业技能大赛在石狮市落幕。"
    )
    assert [e["date"] for e in doc.events] == ["2026-06-26"]


def test_a_plan_issued_and_a_firm_that_started_out_here_are_happenings() -> None:
    doc = PIPELINE(
        "t",
        "玉溪新闻\n2026-09-24\n2023年3月，玉溪市印发《玉溪市重点产业链“链长制”工作实施方案》。"
        "2006年，晶科能源在上饶经开区起步。",
    )
    assert {"2023-03", "2006"} <= {e["date"] for e in doc.events}


def test_the_plans_of_a_half_year_summary_are_goals_for_the_year() -> None:
    doc = PIPELINE(
        "t",
        "达拉特经济开发区2026年上半年工作总结\n\n发布时间：2026-07-15\n\n一、上半年工作成效\n\n"
        "上半年，开发区实现规上工业产值286.4亿元，同比增长18.2%。\n\n三、下半年工作打算\n\n"
        "（二）持续抓实招商引资。全年新签约亿元以上项目50个以上。\n",
    )
    got = {doc.text[q.start : q.end]: (q.period, q.qualifier) for q in doc.facts()}
    assert got["50个以上"] == ("2026", "target")


def test_shipbuilding_in_deadweight_tonnes() -> None:
    got = by_quote("全年造船完工量686.4万载重吨，手持订单2168.5万载重吨。")
    assert got["686.4万载重吨"][0] == "level" and got["2168.5万载重吨"][2] == "手持订单"


def test_a_second_capacity_of_a_phase_and_output_at_full_capacity_after_a_planned_start_up() -> (
    None
):
    got = by_quote(
        "公司新闻\n2026-08-27\n项目分两期建设：一期建设1000万件蜂窝陶瓷载体和5000吨高性能陶瓷粉体生产线，"
        "计划2027年三季度投产；二期新增2000万件蜂窝陶瓷载体产能，计划2028年四季度投产。"
        "项目全部达产后，预计年新增营业收入约45亿元。"
    )
    assert got["5000吨"][3:] == ("2027Q3", "target")
    assert got["2000万件"][3:] == ("2028Q4", "target")
    assert got["约45亿元"][3] == "unknown"


def test_a_park_run_together_with_its_district_is_one_name() -> None:
    doc = PIPELINE("t", "黄石经济技术开发区·铁山区规上工业增加值增长12.6%，增速居全市首位。")
    assert "黄石经济技术开发区·铁山区" in {e["name"] for e in doc.entities}


def test_customs_offices_the_chain_leader_system_and_a_split_by_area() -> None:
    doc = PIPELINE(
        "t",
        "全市规上工业增加值下降4.6%。分地区看，大冶市规模以上工业增加值增长9.4%。"
        "全市深入实施产业链链长制。注：进出口数据来源于武汉海关。",
    )
    names = {e["name"] for e in doc.entities}
    assert {"武汉海关", "链长制"} <= names and "分地区" not in names


def test_an_opening_for_service_is_a_dated_event() -> None:
    events = PIPELINE("t", "鄂州市新闻。2022年7月，鄂州花湖机场正式投运，开启货运航线。").events
    assert any(e["date"] == "2022-07" for e in events), events


def test_a_quarter_that_names_a_ceremony_does_not_date_it() -> None:
    events = PIPELINE(
        "t",
        "鄂州市新闻\n2026-03-20 09:12\n3月19日，鄂州临空经济区2026年一季度重大项目集中签约仪式"
        "举行。现场共签约项目28个，总投资326.8亿元。",
    ).events
    dates = {e["date"] for e in events}
    assert "2026-03-19" in dates and "2026Q1" not in dates, events


def test_a_park_named_after_its_city_is_meant_by_its_own_name_alone() -> None:
    got = by_quote(
        "鄂州市新闻。2025年，鄂州临空经济区规上工业总产值612.4亿元。"
        "今年以来临空经济区已签约项目41个。"
    )
    assert got["612.4亿元"][1] == "鄂州临空经济区"
    assert got["41个"][1] == "鄂州临空经济区"


def test_people_counted_after_a_verb_are_a_figure_not_a_happening() -> None:
    events = PIPELINE(
        "t", "鄂州市新闻\n2026-03-20 09:12\n去年，鄂州临空经济区新引进博士52名、硕士研究生386名。"
    ).events
    assert events == [], events


def test_the_firms_selected_are_no_honour_and_a_heading_s_honour_ends_with_its_line() -> None:
    doc = PIPELINE(
        "t",
        "临空鄂州　2026-03-20 19:45　湖北\n\n03 | 6家企业入选省级“隐形冠军”\n\n"
        "3月12日，湖北省经济和信息化厅公布名单。临空经济区将对入选企业给予专项奖励。",
    )
    names = {e["name"] for e in doc.entities}
    assert "省级“隐形冠军”" in names and not any("奖励" in n or "\n" in n for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "包头新闻。放眼全市，2025年永磁电机产业实现产值86.3亿元。",
        "长兴县新闻。县经信局将紧紧围绕县委、县政府决策部署，推动科研成果更快走出实验室。",
        "天门新闻。竟川新材将继续保持公司在非织造布行业的领先地位，认真履行上市公司义务。",
        "竹韵家居新闻。原材料价格回落，叠加公司推进降本增效。回顾公司发展历程，15家企业进入公司供应链。",
    ],
)
def test_a_verb_before_a_place_or_a_body_word_is_no_name(text: str) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities}
    verbs = ("放眼", "围绕", "走出", "保持", "履行", "叠加", "回顾", "进入")
    assert not any(v in n for n in names for v in verbs), names


def test_a_city_founded_is_the_city_s_happening_once() -> None:
    events = PIPELINE(
        "t",
        "东营新闻\n2025-10-30 09:00\n东营因油而生。1983年正式建市以来，这座城市长期倚重原油开采。"
        "建市42年来，东营逐步形成了完整的产业体系。",
    ).events
    assert [(e["date"], e["actors"]) for e in events] == [("1983", ["东营"])], events


def test_a_project_told_after_a_bare_enterprise_is_the_firm_s_named_before() -> None:
    events = PIPELINE(
        "t",
        "东营新闻\n2025-10-30 09:00\n山东利港新材料股份有限公司实现营业收入312.6亿元。"
        "今年6月，企业年产20万吨聚烯烃弹性体项目建成投产。",
    ).events
    assert any(
        e["date"] == "2025-06" and e["actors"] == ["山东利港新材料股份有限公司"] for e in events
    ), events


def test_a_matchmaking_meeting_held_is_named_from_its_chain() -> None:
    doc = PIPELINE(
        "t",
        "宣城市新闻\n2025-06-20 18:35\n签约仪式后，还举行了汽车零部件和新能源产业链供需对接会。"
        "▲供需对接会现场\n下一步，宣城市将加快把宣城建设成为长三角重要的汽车零部件产业基地。",
    )
    names = {e["name"] for e in doc.entities}
    assert "汽车零部件和新能源产业链供需对接会" in names, names
    assert not any(n.endswith("供需对接会") and len(n) < 8 for n in names), names
    assert not any("建设成为" in e["summary"] for e in doc.events), doc.events


@pytest.mark.parametrize(
    "text",
    [
        "南通新闻\n2026-02-10 09:00\n2025年，南通江洲船舶重工有限公司成为全市工业稳增长的“压舱石”。",
        "南通新闻\n2026-02-10 09:00\n2025年，两大集群正成为南通建设先进制造业基地的重要力量。",
        "淄博新闻\n2026-08-25 09:00\n今年10月，山东齐瓷先进材料股份有限公司将全力推进新基地开工建设。",
    ],
)
def test_a_likeness_a_becoming_or_an_intention_is_no_happening(text: str) -> None:
    assert PIPELINE("t", text).events == []


def test_a_headline_retells_the_body_save_a_first() -> None:
    events = PIPELINE(
        "t",
        "山东齐瓷先进材料股份有限公司\n齐瓷材料上半年营收增长21.4%　36亿元先进陶瓷基地落户淄博高新区\n"
        "发布日期：2026-08-27　　来源：证券事务部\n8月25日晚，山东齐瓷先进材料股份有限公司发布2026年半年度报告。"
        "公司定于8月31日下午召开2026年半年度业绩说明会。",
    ).events
    assert [e["date"] for e in events] == ["2026-08-25"], events
    first = PIPELINE(
        "t",
        "合肥新能源汽车产业跑出“加速度”\n前10月产量首次突破百万辆\n"
        "合肥日报　2024年11月20日\n今年前10月，合肥新能源汽车产量102.6万辆。",
    ).events
    assert any("首次突破" in e["summary"] for e in first), first


@pytest.mark.parametrize(
    "text",
    [
        "诸暨新闻\n2026-01-10 09:00\n2025 年，诸暨市新引进电商运营、视觉算法等紧缺人才 1260 名。",
        "东莞新闻\n2025-11-20 09:00\n今年9月，松山湖在广东省入选的7个园区中居第2位。",
    ],
)
def test_people_counted_or_a_list_s_entries_qualifying_a_noun_are_no_happening(text: str) -> None:
    assert PIPELINE("t", text).events == []


def test_a_count_told_of_each_in_turn_drops_the_telling_word() -> None:
    got = by_quote(
        "南通市新闻。目前，全市船舶海工、高端纺织规上企业分别达到386家和1326家，"
        "国家级专精特新“小巨人”企业分别有16家和15家。"
    )
    assert got["16家"][2] == "国家级专精特新“小巨人”企业"


def test_those_counted_are_named_by_what_they_took_part_in() -> None:
    got = by_quote("泉州市新闻。大赛共有2860名选手报名参赛，216名选手进入决赛，120余家企业参会。")
    assert got["2860名"][2] == "报名参赛选手"
    assert got["216名"][2] == "进入决赛选手"
    assert got["120余家"][2] == "参会企业"


def test_what_a_firm_has_is_named_without_the_having() -> None:
    got = by_quote(
        "包头新闻。2025年，企业如今已具备高性能钕铁硼毛坯产能3万吨。中心又新承接企业中试项目17个。"
    )
    assert got["3万吨"][2] == "高性能钕铁硼毛坯产能"
    assert got["17个"][2] == "新承接企业中试项目"


def test_a_headline_s_figure_is_dated_and_named_as_the_body_tells_it() -> None:
    text = (
        "昆明市工业和信息化局\n1—11月全市生物医药产业营业收入增长9.6%\n"
        "沪滇生物医药招商推介会签约项目18个、总投资126.8亿元\n发布时间：2025-12-17 09:40\n"
        "11月20日，2025昆明生物医药产业（上海）招商推介会在上海举行。"
        "推介会现场集中签约项目18个，总投资126.8亿元。"
    )
    doc = PIPELINE("t", text)
    headline = [q for q in doc.facts() if q.start < text.index("发布时间")]
    got = {text[q.start : q.end]: (q.period, q.indicator) for q in headline}
    assert got["18个"] == ("2025-11-20", "签约项目"), got
    assert got["126.8亿元"][0] == "2025-11-20", got


def test_an_industry_brain_is_a_platform_not_an_industry() -> None:
    doc = PIPELINE("t", "诸暨新闻。2022年6月，“袜业产业大脑”上线运行，目前已接入企业2860家。")
    kinds = {e["name"]: e["type"] for e in doc.entities}
    assert kinds.get("袜业产业大脑") == "platform", kinds
    assert all("“" not in (q.subject or "") for q in doc.facts())


def test_a_credited_caption_closes_its_line_and_livestock_is_counted_by_the_head() -> None:
    got = by_quote(
        "黑龙江日报　2025 年 11 月 20 日　星期四　第 06 版：县域经济\n"
        "去年，安达市奶牛存栏 16.8 万头，生鲜乳产量 92.6 万吨，同比增长 7.4%，生鲜乳产量\n"
        "在全省 121 个县（市、区）中连续五年位居第 1 位，规模化养殖比重达到 96%。全市\n"
        "▲ 安牧乳业智能化灌装车间里，工人正在巡检生产线。　本报记者　邢雨桐　摄\n"
        "今年以来，安达乳业保持稳定增长。1—10 月，全市生鲜乳产量 81.5 万吨，同比增\n"
        "长 6.2%。"
    )
    assert got["16.8万头"][0] == "count" and got["16.8万头"][1] == "安达市"
    assert got["81.5万吨"][3] == "2025-10"


def test_the_entries_of_a_list_are_counted_as_entering_it() -> None:
    got = by_quote(
        "保定市新闻\n发布时间：2026-09-25 16:40\n9月22日，河北省工业和信息化厅公布2026年河北省专精特新"
        "中小企业名单，我市86家企业榜上有名。同日公布的评价结果中，我市214家企业通过评价。\n"
        "从区域分布看，竞秀区、徐水区分别入选12家和9家。"
    )
    assert got["86家"][2] == "入选省级专精特新中小企业"
    assert got["214家"][2] == "通过评价企业"
    assert got["12家"][2] == "入选省级专精特新中小企业"


def test_a_town_is_a_place_and_its_whole_is_told_as_全镇() -> None:
    text = (
        "进贤文港　2026-11-13 18:30　江西\n11月11日当天，文港镇笔业电商销售额达到1.36亿元。"
        "目前，全镇从事制笔及配套的市场主体达到5860户。"
    )
    doc = PIPELINE("t", text)
    assert "文港镇" in {e["name"] for e in doc.entities}
    got = by_quote(text)
    assert got["5860户"][1] == "文港镇" and got["5860户"][2] == "从事制笔及配套的市场主体"


def test_a_figure_per_mu_of_a_park_is_the_park_s() -> None:
    got = by_quote(
        "文港镇新闻\n2026-11-13 18:30\n文港笔业产业园规划面积1260亩。"
        "去年，产业园亩均税收28.6万元；亩均营业收入512万元。"
    )
    assert got["28.6万元"][1:3] == ("文港笔业产业园", "亩均税收")
    assert got["512万元"][1] == "文港笔业产业园"


def test_a_headline_s_second_line_gives_the_year_the_page_reports() -> None:
    got = by_quote(
        "“4+3”现代化产业体系加速成势\n高新区2025年“4+3”产业营业收入突破1100亿元\n"
        "发布时间：2026-02-06 10:15　来源：经济发展局\n"
        "2月5日，高新区召开2026年经济工作会议，部署2026年重点任务。\n"
        "一、智能装备产业集群：向千亿级迈进\n"
        "智能装备产业集群是高新区第一大产业集群。目前，集群有规上企业142家。\n"
        "链主企业辽宁鞍智自动化装备股份有限公司全年实现营业收入86.5亿元，增长16.2%。"
    )
    assert got["86.5亿元"][3] == "2025"


def test_a_section_aiming_at_a_tier_is_no_plan() -> None:
    got = by_quote(
        "鞍山高新区新闻\n发布时间：2026-02-06 10:15\n一、智能装备产业集群：向千亿级迈进\n"
        "2025年，集群实现营业收入586.4亿元。\n二、新材料产业集群：五百亿级目标稳步推进\n"
        "2025年，新材料产业集群实现营业收入312.5亿元，同比增长9.6%。"
    )
    assert got["312.5亿元"][4] == "exact"
    plan = by_quote(
        "某县新闻\n发布时间：2026-01-16 15:42\n一、2025年工作总结\n2025年，全县产值增长8%。\n"
        "二、2026年主要目标\n全县产值增长7%。"
    )
    assert plan["7%"][4] == "target"


def test_a_bare_cluster_is_the_one_named_last() -> None:
    got = by_quote(
        "鞍山高新区新闻\n发布时间：2026-02-06 10:15\n一、智能装备产业集群：向千亿级迈进\n"
        "智能装备产业集群是高新区第一大产业集群。2025年，集群实现营业收入586.4亿元。\n"
        "二、新材料产业集群：五百亿级目标稳步推进\n2025年，集群实现营业收入312.5亿元。"
    )
    assert got["586.4亿元"][1] == "智能装备产业集群"
    assert got["312.5亿元"][1] == "新材料产业集群"


def test_a_subsidiary_is_named_after_its_relation_and_a_heading_names_its_section_s_project() -> (
    None
):
    text = (
        "江苏扬电智能电气股份有限公司\n扬电智能拟定增募资\n发布日期：2026-09-08\n"
        "9月4日晚，江苏扬电智能电气股份有限公司发布公告，发行股票数量不超过本次发行前公司总股本的30%。\n"
        "一、年产5GWh储能变流器及系统集成项目\n"
        "项目由公司全资子公司扬电储能科技（江苏）有限公司（以下简称“扬电储能”）实施，"
        "产品主要面向大型储能电站、工商业储能。项目总投资12.46亿元。\n"
        "公司控股股东扬中扬电投资集团有限公司持有公司42.36%的股份。"
    )
    doc = PIPELINE("t", text)
    names = {e["name"] for e in doc.entities}
    assert "扬电储能科技（江苏）有限公司" in names, names
    assert not any("子公司" in n or "不超过" in n or n == "大型储能电站" for n in names), names
    assert by_quote(text)["12.46亿元"][1] == "年产5GWh储能变流器及系统集成项目"


def test_a_market_s_share_of_exports_is_named_with_its_market() -> None:
    got = by_quote(
        "海宁市新闻\n发布时间：2026-08-12 09:05\n1—7月，全市皮革及制品出口18.64亿美元。"
        "其中，对欧盟出口占21.3%，增长6.8%；对东盟出口占16.8%，增长31.2%。"
    )
    assert got["21.3%"][2] == "对欧盟出口占比"
    assert got["16.8%"][2] == "对东盟出口占比"


@pytest.mark.parametrize("industry", ["纺织业", "非金属矿物制品业", "煤炭开采和洗选业"])
def test_every_statistical_division_heads_its_growth(industry: str) -> None:
    got = by_quote(
        "汝州市新闻\n发布时间：2026-10-27 09:00\n分行业看，全市24个行业大类增加值实现增长。"
        f"其中，{industry}增长16.8%，汽车制造业增长21.4%。"
    )
    assert got["16.8%"][1] == industry


def test_all_loans_keep_their_各项() -> None:
    got = by_quote("汝州市新闻。9月末，全市各项存款余额826.4亿元；各项贷款余额512.8亿元。")
    assert got["512.8亿元"][2] == "各项贷款余额"


def test_a_section_heading_s_figure_is_dated_as_the_section_tells_it() -> None:
    text = (
        "本地配套率62.5%！这家链主带着68家永川企业“上车”\n永川高新　2026-06-18 19:32　重庆\n"
        "6月16日，永川高新区发布产业链图谱。\n01 | 链主：一年造车18.6万辆\n"
        "2025年，重庆永驰新能源汽车有限公司全年生产整车18.6万辆，同比增长42.3%。"
    )
    doc = PIPELINE("t", text)
    heading = [q for q in doc.facts() if q.start < doc.text.index("2025年")]
    assert [q.period for q in heading if q.unit == "万辆"] == ["2025"]


def test_an_address_s_park_is_the_park_the_page_names() -> None:
    doc = PIPELINE(
        "t",
        "榆林高新技术产业开发区管理委员会\n2026年上半年，榆林高新技术产业开发区规上工业产值增长9%。\n"
        "地址：陕西省榆林市高新技术产业开发区创业大道16号",
    )
    names = {e["name"] for e in doc.entities}
    assert "榆林高新技术产业开发区" in names and not any(n.startswith("陕西") for n in names), names


def test_a_national_body_joining_two_trades_is_named_whole() -> None:
    doc = PIPELINE(
        "t",
        "石河子新闻\n发布日期：2026-10-28\n9月，中国石油和化学工业联合会发布2026中国石油和化工民营企业百强榜单。",
    )
    names = {e["name"] for e in doc.entities}
    assert "中国石油和化学工业联合会" in names and "化学工业联合会" not in names, names


def test_reviewers_and_a_bracketed_editor_are_credited_people() -> None:
    doc = PIPELINE(
        "t",
        "福泉新闻\n2026-04-20 09:00\n2025年，公司营业收入增长12%。\n一审：王小明\n二审：吴晓丽\n三审：陈志刚\n"
        "（责任编辑：覃丽萍）",
    )
    names = {e["name"] for e in doc.entities}
    assert {"吴晓丽", "陈志刚", "覃丽萍"} <= names, names


def test_parks_of_places_listed_are_no_park() -> None:
    doc = PIPELINE("t", "贵港市新闻。家具产业向板材延伸，桂平、平南等地家居产业园区加快建设。")
    assert not any(e["name"].startswith("地") for e in doc.entities), doc.entities


@pytest.mark.parametrize(
    "text",
    [
        "双流新闻\n发布时间：2025-12-16 09:00\n11月，四川省科学技术协会公布2025年度四川省院士"
        "（专家）工作站认定名单，双流区4家单位获批。至此，全区院士（专家）工作站增至15家，"
        "累计引进院士专家团队21个。",
        "榆林新闻\n发布时间：2026-07-10 09:00\n2026年，榆林高新技术产业开发区高层次人才引进难的问题仍然存在。",
        "双流新闻\n发布时间：2025-12-16 09:00\n2024年12月，双流区对新引进的全职博士给予补贴。",
    ],
)
def test_a_stock_a_difficulty_or_a_qualifier_is_no_happening(text: str) -> None:
    assert all("公布" in e["summary"] for e in PIPELINE("t", text).events)


def test_the_year_before_a_list_s_name_does_not_end_its_publication() -> None:
    events = PIPELINE(
        "t",
        "保定市新闻\n发布时间：2026-09-25 16:40\n9月22日，河北省工业和信息化厅公布2026年河北省专精特新"
        "中小企业名单，全省共826家企业入选，我市86家企业榜上有名。",
    ).events
    assert [e["date"] for e in events] == ["2026-09-22"], events


def test_a_year_s_planned_investment_is_a_goal_for_the_year() -> None:
    got = by_quote(
        "湛江市新闻\n发布时间：2026-09-26 09:00\n9月25日，湛江市重大项目集中开工活动举行。"
        "此次集中开工项目86个，总投资652.8亿元，年度计划投资148.6亿元。"
    )
    assert got["148.6亿元"][3:] == ("2026", "target")
    assert got["652.8亿元"][3:] == ("2026-09-25", "exact")


def test_a_project_s_card_names_whose_figures_its_lines_tell() -> None:
    path = (
        Path(__file__).parent / "fixtures" / "holdout24" / "wulanchabu_compute_signing_wechat.txt"
    )
    got = by_quote(path.read_text(encoding="utf-8"))
    assert got["68亿元"][1] == "京蒙智算中心项目" and got["68亿元"][3] == "2026-05-28"
    assert got["2万个"][1] == "京蒙智算中心项目" and got["2万个"][3:] == ("unknown", "target")


def test_a_line_s_label_names_its_figure_and_a_plan_ends_a_count_s_name() -> None:
    got = by_quote(
        "乌兰察布新闻\n发布时间：2026-05-29 09:00\n5月28日，集中签约活动举行，活动共签约项目31个。\n"
        "项目名称：京蒙智算中心项目\n总投资：68亿元\n建设内容：分三期建设，一期6000个机架计划2027年一季度投运。"
    )
    assert got["68亿元"][2] == "总投资"
    assert got["31个"][2] == "签约项目"
    assert got["6000个"][2] == "机架"


def test_a_park_holding_its_yearly_meeting_is_among_its_actors() -> None:
    events = PIPELINE(
        "t",
        "鞍山高新技术产业开发区管理委员会\n首页 | 走进高新 | 高新要闻\n当前位置：首页 > 高新要闻\n"
        "“4+3”现代化产业体系加速成势\n发布时间：2026-02-06 10:15　来源：经济发展局\n"
        "2月5日，高新区召开2026年经济工作会议暨“4+3”产业推进大会，部署2026年重点任务。",
    ).events
    held = [e for e in events if e["date"] == "2026-02-05"]
    assert held and "鞍山高新技术产业开发区" in held[0]["actors"], events


def test_a_taiwanese_investment_zone_is_a_park() -> None:
    got = by_quote("漳州台商投资区新闻。2025年，漳州台商投资区规上工业产值486.3亿元，增长6.8%。")
    assert got["486.3亿元"][1] == "漳州台商投资区"


def test_who_receives_an_award_and_what_a_firm_is_devoted_to_are_not_its_subject() -> None:
    got = by_quote(
        "宜兴市新闻\n发布时间：2026-10-20 09:00\n江苏宜环科技股份有限公司发展迅速。"
        "企业深耕膜法水处理产业二十余年，国内市场占有率约26%。"
        "对新认定的国家级制造业单项冠军企业给予100万元奖励。"
    )
    assert got["约26%"][1] == "江苏宜环科技股份有限公司"
    assert got["100万元"][1] == "宜兴市"


def test_a_fair_s_figures_are_of_the_day_it_closed() -> None:
    got = by_quote(
        "安平县人民政府\n2026中国·安平国际丝网博览会闭幕\n发布时间：2026-10-18 17:40　来源：县融媒体中心\n"
        "10月18日，为期四天的2026中国·安平国际丝网博览会在安平县国际丝网博览中心闭幕。\n"
        "据组委会统计，本届博览会展览面积5.2万平方米，参展企业1260家，意向成交额68.6亿元。"
    )
    assert got["1260家"][3] == "2026-10-18"
    assert got["68.6亿元"][3] == "2026-10-18"


def test_a_three_character_place_told_often_is_named_whole() -> None:
    text = (
        "吉林日报　2026年7月14日　星期二　第05版：县域经济\n做强医药健康“一号产业”　打造东北县域发展新标杆\n"
        "——访梅河口市委书记孙立新\n　　梅河口市是吉林省直管县级市。近年来，梅河口坚持工业立市。\n"
        "　　答：去年，全市地区生产总值完成386.5亿元，同比增长6.8%。梅河口医药高新区加快发展。"
    )
    doc = PIPELINE("t", text)
    names = {e["name"] for e in doc.entities}
    assert "河口" not in names and "东北" not in names and "医药" not in names, names
    assert by_quote(text)["386.5亿元"][1].startswith("梅河口")


def test_a_district_s_row_and_a_measure_with_its_scope_in_brackets() -> None:
    got = by_quote(
        "北海市新闻\n发布时间：2026-11-12 09:00\n1—10月，全市实际到位资金（区外境内）486.3亿元，同比增长16.8%。"
        "从县区看，合浦县实际到位资金128.6亿元，增长19.2%；银海区96.8亿元，增长12.1%。"
    )
    assert got["486.3亿元"][2] == "实际到位资金"
    assert got["96.8亿元"][1:3] == ("银海区", "实际到位资金")


def test_firms_entering_lists_of_several_levels_and_a_share_of_green_power() -> None:
    got = by_quote(
        "宜兴市新闻\n发布时间：2026-10-20 09:00\n今年以来，我市23家企业入选国家级、省级制造业单项冠军和绿色工厂名单。"
        "江苏宜环科技股份有限公司绿电使用比例达到35%。"
    )
    assert got["23家"][2] == "入选企业"
    assert got["35%"][2] == "绿电使用比例"


def test_counts_listed_after_a_verb_are_figures_not_a_happening() -> None:
    events = PIPELINE(
        "t",
        "锦州新闻\n2026-04-20 09:00\n2017年，锦州高新区与辽宁工业大学共建锦州新能源产业技术研究院。"
        "目前，研究院建成院士工作站2家、博士后科研工作站4家。",
    ).events
    assert all("工作站" not in e["summary"] for e in events), events


def test_a_table_row_with_a_date_aside_in_its_name() -> None:
    doc = PIPELINE(
        "t",
        "民权县统计局\n发布时间：2026-09-18\n表1　主要经济指标\n指标名称　　　　单位　　1—8月　　同比增长（%）\n"
        "规上工业增加值　　　—　　　—　　　　9.6\n金融机构各项存款余额（8月末）　亿元　　　512.63　　 9.1\n",
    )
    got = {doc.text[q.start : q.end]: q.indicator for q in doc.facts()}
    assert got.get("512.63") == "金融机构各项存款余额" and "亿元" not in got, got


def test_a_table_row_whose_name_opens_with_its_month_end() -> None:
    doc = PIPELINE(
        "t",
        "海盐县统计局\n发布时间：2026-10-26\n附表　2026年前三季度主要经济指标\n"
        "指标名称\t单位\t绝对值\t同比增长（%）\n一般公共预算收入\t亿元\t52.36\t4.3\n"
        "9月末本外币存款余额\t亿元\t1586.3\t9.4\n",
    )
    got = {doc.text[q.start : q.end]: (q.indicator, q.period) for q in doc.facts()}
    assert got.get("1586.3") == ("本外币存款余额", "2026-09"), got
    assert got.get("9.4") == ("存款余额增速", "2026-09"), got


def test_a_table_of_growths_alone_and_products_counted_in_hundreds_of_millions() -> None:
    doc = PIPELINE(
        "t",
        "新泰市2025年国民经济和社会发展统计公报\n发布时间：2026-03-20\n全年全市规上工业增加值比上年增长8.6%。\n"
        "表1　2025年规模以上工业主要行业增加值增长速度\n\n行业名称　　　　　　　　比上年增长（%）\n"
        "煤炭开采和洗选业　　　　　　　　-1.5\n专用设备制造业　　　　　　　　　14.8\n\n"
        "表2　2025年规模以上工业主要产品产量及其增长速度\n\n产品名称　　　　单位　　　产量　　　比上年增长（%）\n"
        "锂离子电池　　　　亿只　　　3.62　　　36.8\n液压支架　　　　架　　　　2860　　　12.7\n",
    )
    got = {doc.text[q.start : q.end]: (q.subject, q.indicator, q.value) for q in doc.facts()}
    assert got["14.8"][:2] == ("专用设备制造业", "增加值增速")
    assert got["3.62"][2] == 362000000 and got["2860"][1] == "液压支架产量"


def test_an_industry_led_by_a_trade_is_the_industry() -> None:
    got = by_quote(
        "新泰市新闻。2025年，全市规上工业增加值增长8.6%。其中，以矿山装备为主的专用设备制造业增长14.8%。"
    )
    assert got["14.8%"][1] == "专用设备制造业"


def test_a_measure_told_after_its_latin_abbreviation() -> None:
    got = by_quote("新泰市新闻。2025年，全市研究与试验发展（R&D）经费支出18.62亿元，增长12.4%。")
    assert got["18.62亿元"][2] == "R&D经费支出"


def test_a_division_s_growth_is_of_its_paragraph_s_measure() -> None:
    got = by_quote(
        "新泰市新闻。分行业看，全市37个工业行业大类中有26个行业增加值实现增长。"
        "其中，专用设备制造业增长14.8%，电气机械和器材制造业增长31.6%。"
    )
    assert got["14.8%"][1:3] == ("专用设备制造业", "增加值增速")


def test_an_awards_meeting_dates_those_it_honours() -> None:
    got = by_quote(
        "泸州高新区管委会\n表彰2025年度先进集体和个人\n发布时间：2026-02-27 17:10　信息来源：科技创新局\n"
        "2月26日，泸州高新区召开2026年科技创新暨人才工作大会，表彰2025年度先进集体及个人。\n"
        "会上，高新区对42家创新型企业、18个优秀研发平台和36名优秀人才进行表彰，兑现各类奖励资金3860万元。"
    )
    assert got["42家"][3] == "2026-02-26"


def test_orders_in_hand_their_change_since_new_year_and_a_body_joining_with_与() -> None:
    text = (
        "张家港新闻\n发布日期：2026-10-28\n截至9月末，江苏港拓精材股份有限公司在手订单28.6亿元，较年初增长31.5%。"
        "10月，中国化学与物理电源行业协会发布榜单。"
    )
    got = by_quote(text)
    assert got["28.6亿元"][2] == "在手订单"
    assert got["31.5%"][2] == "在手订单较年初增长"
    assert "中国化学与物理电源行业协会" in {e["name"] for e in PIPELINE("t", text).entities}


def test_each_line_of_business_with_an_aside_is_the_subject_of_its_clause() -> None:
    got = by_quote(
        "广东澄宇文化科技股份有限公司\n澄宇文化2025年营收增长16.8%\n发布日期：2026-04-23\n"
        "4月21日晚，广东澄宇文化科技股份有限公司发布2025年年度报告。分业务看，潮流玩具（IP衍生品）业务实现营业收入"
        "20.36亿元，同比增长46.2%；益智玩具（积木、STEM教具等）业务实现营业收入17.48亿元，增长6.2%。"
    )
    assert got["20.36亿元"][1:3] == ("潮流玩具业务", "营业收入")
    assert got["17.48亿元"][1:3] == ("益智玩具业务", "营业收入")


def test_a_year_gone_by_told_with_到_dates_what_was_reached() -> None:
    got = by_quote(
        "贵州日报　2026 年 6 月 22 日　星期一　第 05 版\n到 2018 年，清镇市集群产值达到 26.8 亿元。"
        "到 2028 年，清镇市集群产值力争突破 1000 亿元。"
    )
    assert got["26.8亿元"][3:] == ("2018", "exact")
    assert got["突破1000亿元"][3:] == ("2028", "target")


def test_a_district_s_bureau_site_is_about_the_district() -> None:
    got = by_quote(
        "重庆市江津区投资促进局\n首页 | 机构概况 | 投资江津\n当前位置：首页 > 招商动态\n"
        "2026重庆江津（深圳）产业合作招商推介会成功举办\n发布时间：2026-06-18 10:35　来源：区投资促进局\n"
        "今年1—5月，全区规上工业总产值增长9.2%。"
    )
    assert got["9.2%"][1] == "重庆市江津区"


def test_a_city_whose_name_ends_in_a_function_word_names_its_park() -> None:
    doc = PIPELINE("t", "山西日报新闻。大同经济技术开发区是全省重要的新能源装备制造基地。")
    assert "大同经济技术开发区" in {e["name"] for e in doc.entities}


def test_a_chain_map_s_sentences_tell_of_the_chain_and_its_stages() -> None:
    got = by_quote(
        "永安市工业和信息化局\n发布时间：2026-05-15 09:00\n5月12日，市工业和信息化局印发《永安市石墨和石墨烯产业链图谱"
        "（2026版）》（以下简称《图谱》）。\n《图谱》梳理产业链环节32个、企业89家。"
        "上游为资源开采及石墨初加工，包括晶质石墨采选、石墨化等环节8个，规上企业21家。"
    )
    assert got["32个"][1] == "永安市石墨和石墨烯产业链"
    assert got["8个"][1] == "上游"


def test_a_firm_s_overseas_revenue_is_named_with_its_market() -> None:
    got = by_quote(
        "江苏靖海液压科技股份有限公司\n靖海液压上半年营收增长\n发布日期：2026-08-28\n"
        "8月26日晚，江苏靖海液压科技股份有限公司发布2026年半年度报告。上半年，公司境外业务实现营业收入6.42亿元，"
        "同比增长31.6%。"
    )
    assert got["6.42亿元"][2] == "境外营业收入"


def test_a_project_s_total_investment_is_its_总投资() -> None:
    got = by_quote(
        "靖江新闻\n发布日期：2026-08-28\n8月12日，公司与靖江经济技术开发区管理委员会签订投资协议，"
        "建设年产40万套高端液压元件智能制造基地项目。\n项目总投资26亿元，规划用地约420亩。"
    )
    assert got["26亿元"][2] == "总投资"


def test_a_table_whose_cells_stand_one_ideographic_space_apart() -> None:
    doc = PIPELINE(
        "t",
        "武陟县统计局\n发布时间：2026-11-16 09:00\n附表：2026年1—10月武陟县主要经济指标\n\n"
        "指标名称　单位　1—10月　同比增长（%）\n地区生产总值（前三季度）　亿元　286.45　5.8\n"
        "规模以上工业增加值　—　—　8.6\n全体居民人均可支配收入（前三季度）　元　24316　5.9\n",
    )
    got = {doc.text[q.start : q.end]: q.indicator for q in doc.facts()}
    assert got.get("286.45") == "地区生产总值" and got.get("24316") == "全体居民人均可支配收入", got


def test_a_paragraph_under_a_firm_s_line_profiles_the_firm() -> None:
    got = by_quote(
        "德州市工业和信息化局\n发布时间：2026-10-16 09:00\n9月下旬，工业和信息化部公布第八批名单，我市12家企业入选。\n"
        "★山东禹康生物科技有限公司（禹城市）\n深耕功能糖领域二十年，目前功能糖年产能达到12万吨，"
        "2025年实现营业收入5.8亿元。"
    )
    assert got["5.8亿元"][1] == "山东禹康生物科技有限公司"


def test_daily_use_goods_keep_their_日() -> None:
    got = by_quote("德化县新闻。前三季度，全县日用陶瓷出口4.85亿美元，增长10.5%。")
    assert got["4.85亿美元"][2].startswith("日用陶瓷")


def test_a_time_or_a_verb_before_公司_makes_no_name() -> None:
    doc = PIPELINE(
        "t",
        "浙江昌锐智控股份有限公司\n发布日期：2026-10-29\n第三季度公司实现营业收入8.6亿元，营业收入和净利润均创公司上市以来新高。",
    )
    names = {e["name"] for e in doc.entities}
    assert not any(n in ("第三季度公司", "净利润均创公司") for n in names), names


def test_a_county_level_city_whose_name_ends_in_城() -> None:
    got = by_quote(
        "德州市新闻\n发布时间：2026-10-16 09:00\n从县（市、区）看，禹城市9家、齐河县7家。"
    )
    assert got["9家"][1] == "禹城市"
    assert "大城市" not in {e["name"] for e in PIPELINE("t", "德州市新闻。大城市3个。").entities}


def test_words_of_the_occasion_lead_no_measure_s_name() -> None:
    got = by_quote(
        "英德市新闻\n发布时间：2026-10-20 09:00\n10月18日，英德市集中开工活动举行。此次集中开工项目28个。"
        "全部达产后年产值约18亿元，年均发电量约2.4亿千瓦时。"
    )
    assert got["28个"][2] == "开工项目"
    assert got["约18亿元"][2] == "年产值"
    assert got["约2.4亿千瓦时"][2] == "年均发电量"


def test_the_part_of_a_goal_done_is_no_goal_but_the_goal_in_its_aside_is() -> None:
    got = by_quote("集群实现营业收入586.4亿元，完成年度目标（560亿元）的104.7%。")
    assert got["104.7%"][4] == "exact"
    assert got["560亿元"][4] == "target"


@pytest.mark.parametrize(
    "text",
    [
        "开发区每月组织一次供需对接会，帮助企业对接上下游。",
        "湖北汉锂新材料科技有限公司董事长陈立群在签约仪式上表示，项目将尽快开工。",
        "10月27日，昌锐智控召开2026年第三次临时股东大会。",
    ],
)
def test_who_holds_a_meeting_how_often_and_a_board_s_meeting_are_no_names(text: str) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not any(n.endswith(("会", "仪式")) for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "我市共有42家企业入选，入选总数居全省16市第5位。",
        "宝应为恒储新能源配套建设了220千伏专用变电站，并建成一座50兆瓦渔光互补光伏电站。",
    ],
)
def test_a_count_of_entries_and_a_plant_cut_from_its_size_are_no_names(text: str) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not any(n.startswith(("总数", "千伏", "兆瓦")) for n in names), names


def test_what_a_cluster_is_built_around_is_no_firm_unless_a_firm() -> None:
    names = {
        e["name"] for e in PIPELINE("t", "如今，一个以储能电池为核心的产业链已经形成。").entities
    }
    assert "储能电池" not in names, names
    core = PIPELINE("t", "近年来，园区聚力打造以算力为核心的1个千亿级产业集群。").entities
    assert "算力" not in {e["name"] for e in core}, core
    names = {e["name"] for e in PIPELINE("t", "以宁德时代为核心，集聚配套企业。").entities}
    assert "宁德时代" in names, names


def test_a_phase_told_alone_is_the_project_of_the_firm_named_before() -> None:
    doc = PIPELINE(
        "t",
        "2021年6月，江苏恒储新能源科技有限公司年产20GWh储能电池项目签约落户。2022年12月，一期10GWh"
        "建成投产。2024年5月，二期10GWh开工建设，预计明年投产。",
    )
    assert any(
        e["date"] == "2024-05" and e["actors"] == ["江苏恒储新能源科技有限公司"] for e in doc.events
    ), doc.events


def test_a_firm_named_after_a_county_the_text_names_is_known_by_its_core() -> None:
    doc = PIPELINE(
        "t",
        "宝应县发展储能产业。宝应瑞晶电子材料有限公司是最早跟进的配套企业之一。"
        "2022年8月，瑞晶年产5万吨电解液项目签约，总投资12亿元。",
    )
    assert any(
        e["date"] == "2022-08" and e["actors"] == ["宝应瑞晶电子材料有限公司"] for e in doc.events
    ), doc.events


def test_a_numbered_project_line_heads_its_section_past_its_milestone_lines() -> None:
    got = by_quote(
        "一、总体情况\n\n"
        "今年以来，高新区坚持项目为王，全年实施重点项目42个，完成投资86.5亿元，同比增长12.3%。\n\n"
        "新开工项目18个，竣工投产项目11个，新签约亿元以上项目23个，协议总投资达到152亿元。\n\n"
        "二、重点项目进展情况\n\n"
        "（一）承德钒宇新材料有限公司年产2万吨高纯五氧化二钒及钒电解液项目（已投产）\n\n"
        "项目总投资16.8亿元，分两期建设。\n\n"
        "2025年3月12日　签约\n\n"
        "2026年8月28日　一期竣工投产\n\n"
        "一期形成年产高纯五氧化二钒1万吨的生产能力，从开工到投产用时14个月。\n\n"
        "（二）钒钛新材料产业园标准化厂房二期项目（在建）\n\n"
        "项目总投资6.2亿元。"
    )
    project = "年产2万吨高纯五氧化二钒及钒电解液项目"
    assert got["16.8亿元"][1] == project
    assert got["14个月"][1] == project
    assert got["6.2亿元"][1] == "钒钛新材料产业园标准化厂房二期项目"


def test_a_sites_menu_and_its_path_are_no_title() -> None:
    got = by_quote(
        "安平县人民政府\n\n"
        "网站首页 | 走进安平 | 政务公开 | 政务服务 | 政民互动\n\n"
        "您当前的位置：首页 > 政务公开 > 统计数据\n\n"
        "安平县2025年国民经济和社会发展统计公报\n\n"
        "发布时间：2026-04-08 10:15　　来源：安平县统计局\n\n"
        "二、工业\n\n"
        "全年全县规模以上工业增加值比上年增长7.8%。年末规模以上工业企业168家。"
    )
    assert got["7.8%"][3] == "2025", got
    assert got["168家"][3] == "2025", got


def test_a_title_telling_of_the_whole_city_is_about_the_city_whose_office_writes_it() -> None:
    got = by_quote(
        "权威发布丨1—8月全市经济运行稳中有进\n\n"
        "鹰潭统计　2026年09月18日 17:30　江西\n\n"
        "1—8月,全市规模以上工业增加值同比增长7.6%。分县区看,月湖区增长9.4%,余江区增长8.7%。\n\n"
        "从主要产品看,铜材产量12.4万吨,增长7.2%。\n\n"
        "来源:鹰潭市统计局"
    )
    assert got["7.6%"][1] == "鹰潭市", got
    assert got["12.4万吨"][1] == "鹰潭市", got


def test_industries_leading_a_system_are_no_firms() -> None:
    doc = PIPELINE(
        "t",
        "2025年，河源高新区聚力构建以电子信息、智能制造2个百亿级主导产业为引领，"
        "新材料、生物医药2个五十亿级特色产业为支撑的“2+2+X”现代化产业体系。",
    )
    assert not [e for e in doc.entities if e["type"] == "company"], doc.entities


_ITEMS = (
    "2025年，河源高新区工业经济平稳增长。一是电子信息产业规模跃上新台阶。全年实现产值512.6亿元、"
    "增长12.4%。二是智能制造产业提速发展，实现产值128.3亿元、增长15.2%。三是新材料、生物医药"
    "产业加快集聚，分别实现产值63.5亿元和41.8亿元，分别增长8.7%和18.6%。"
)


def test_items_told_in_sentences_are_each_about_the_industry_they_open_with() -> None:
    got = by_quote(_ITEMS)
    assert got["512.6亿元"][1] == "电子信息产业", got
    assert got["128.3亿元"][1] == "智能制造产业", got
    assert got["15.2%"][1] == "智能制造产业", got


def test_figures_told_in_turn_go_back_to_the_parts_the_clause_before_lists() -> None:
    got = by_quote(_ITEMS)
    assert (got["63.5亿元"][1], got["41.8亿元"][1]) == ("新材料", "生物医药"), got
    assert (got["8.7%"][1], got["18.6%"][1]) == ("新材料", "生物医药"), got


def test_a_park_in_a_projects_name_is_not_what_a_later_yuanqu_points_back_to() -> None:
    got = by_quote(
        "河源高新区2025年工作总结\n\n"
        "全年规上工业总产值826.4亿元。3月18日，广东河辉智能终端有限公司（以下简称“河辉终端”）"
        "智能终端产业园项目签约落户，总投资52亿元。\n\n二、2026年工作计划\n\n"
        "2026年，园区将全力推动产业体系提质扩量。主要目标是：规上工业总产值突破900亿元。"
    )
    assert got["突破900亿元"][1] == "河源高新区", got


#: A park's report with a numbered project heading its section.
PROJECT_REPORT = (
    "一、总体情况\n\n"
    "今年以来，产业园坚持项目为王，全年实施重点项目42个，完成投资86.5亿元，同比增长12.3%。\n\n"
    "新开工项目18个，竣工投产项目11个，新签约亿元以上项目23个，协议总投资达到152亿元。\n\n"
    "二、重点项目进展情况\n\n"
    "（一）承德钒宇新材料有限公司年产2万吨高纯五氧化二钒项目（已投产）\n\n"
    "项目总投资16.8亿元，分两期建设。"
)


def test_milestone_lines_under_a_numbered_project_are_its_firms_happenings() -> None:
    doc = PIPELINE(
        "t",
        PROJECT_REPORT + "\n\n"
        "2025年3月12日　签约\n\n"
        "2025年6月18日　开工\n\n"
        "2026年8月28日　一期竣工投产\n\n",
    )
    got = {(e["date"], tuple(e["actors"])) for e in doc.events}
    firm = ("承德钒宇新材料有限公司",)
    assert {("2025-03-12", firm), ("2025-06-18", firm), ("2026-08-28", firm)} <= got, got


_TIMELINE = (
    "北垦农机智能农机装备产业园一期竣工投产\n\n发布时间：2026-08-19 08:30　来源：佳木斯日报\n\n"
    "8月18日上午，黑龙江北垦智能农机装备有限公司（以下简称“北垦农机”）智能农机装备产业园一期"
    "竣工投产仪式在佳木斯高新技术产业开发区举行。\n\n"
    "【项目历程】\n"
    "2024年9月　北垦农机与佳木斯高新区签订投资协议，项目总投资32亿元\n"
    "2025年4月　项目一期开工建设\n"
    "2025年10月　总装、焊装、涂装三大车间主体结构封顶\n\n"
    "北垦农机二期项目计划明年3月开工，2028年建成投产，新增年产智能收获机7000台。"
)


def test_the_lines_of_a_timeline_go_on_with_who_acted_in_the_line_before() -> None:
    doc = PIPELINE("t", _TIMELINE)
    firm = "黑龙江北垦智能农机装备有限公司"
    dated = {e["date"]: e["actors"] for e in doc.events}
    assert firm in dated.get("2025-04", []), doc.events
    assert firm in dated.get("2025-10", []), doc.events


def test_the_next_step_of_a_plan_is_planned_too() -> None:
    doc = PIPELINE("t", _TIMELINE)
    assert not [e for e in doc.events if e["date"].startswith("2028")], doc.events


def _names(text: str) -> dict[str, str]:
    return {e["name"]: e["type"] for e in PIPELINE("t", text).entities}


def test_a_park_named_after_a_place_opening_like_a_word_is_found() -> None:
    assert (
        _names("2026年3月，华康药业生物药产业化基地项目在本溪高新区开工。").get("本溪高新区")
        == "park"
    )


def test_autonomous_counties_are_places() -> None:
    names = _names("公司在桓仁满族自治县、长阳土家族自治县建设中药材基地。")
    # a place is listed as the government of it, as every region is
    assert names.get("桓仁满族自治县") == "government", names
    assert names.get("长阳土家族自治县") == "government", names


def test_a_firm_named_after_the_word_project_starts_after_it() -> None:
    names = _names("同日，园区配套项目佳木斯恒拓液压件有限公司年产20万支液压油缸项目开工建设。")
    assert "佳木斯恒拓液压件有限公司" in names, names
    assert "北京中建项目管理有限公司" in _names("北京中建项目管理有限公司承接该工程。")


def test_an_official_leading_a_delegation_is_a_person() -> None:
    names = _names("7月1日，晋中市委副书记、市长武建华率晋中市经贸代表团赴上海。")
    assert names.get("武建华") == "person", names


_BOARD_REPORT = (
    "邛崃经济开发区管理委员会2026年上半年工作总结\n\n"
    "发布时间：2026-07-24 15:40　来源：经济发展局\n\n"
    "上半年，经开区管委会坚持工业立区。园区实现规上工业总产值318.6亿元，同比增长12.4%。\n\n"
    "5月，四川省公布2025年度开发区综合发展水平评价结果，经开区在全省138个开发区中排名第21位。"
)


def test_a_parks_board_is_named_whole_and_its_park_is_listed_too() -> None:
    names = _names("公司与天津西青经济技术开发区管理委员会签订投资协议。")
    assert names.get("天津西青经济技术开发区管理委员会") == "government", names
    assert names.get("天津西青经济技术开发区") == "park", names


def test_a_report_of_a_parks_board_is_about_the_park() -> None:
    got = by_quote(_BOARD_REPORT)
    assert got["318.6亿元"][1] == "邛崃经济开发区", got
    assert got["第21位"][1] == "邛崃经济开发区", got  # 经开区 points back to the board's park


def test_a_boards_report_under_its_districts_site_is_about_the_park() -> None:
    got = by_quote(
        "从化区人民政府门户网站\n首页 > 政务公开 > 部门信息公开 > 从化经济开发区管委会 > 计划总结\n\n"
        "广东从化经济开发区管理委员会2025年工作总结和2026年工作计划\n\n"
        "2025年，在区委、区政府的坚强领导下，广东从化经济开发区管理委员会（以下简称“管委会”）"
        "坚持以制造业当家。园区实现规上工业总产值412.6亿元，同比增长9.8%。"
    )
    assert got["412.6亿元"][1] == "广东从化经济开发区", got


def test_the_park_a_page_tells_of_is_what_yuanqu_means_not_one_of_its_parts_listed() -> None:
    got = by_quote(
        "河北张北经济开发区管理委员会\n首页 > 投资张北 > 招商推介\n\n"
        "【招商推介】张北经济开发区：“风光”无限　数智未来\n发布时间：2026-11-04 10:15\n\n"
        "■ 园区概况\n河北张北经济开发区是省级经济开发区，形成云计算产业园、新能源装备产业园、"
        "绿色食品产业园“一区三园”的发展格局。2025年，园区实现营业收入198.2亿元。\n"
    )
    assert got["198.2亿元"][1] in ("张北经济开发区", "河北张北经济开发区"), got


def test_a_farm_sectors_output_in_a_release_is_the_places() -> None:
    got = by_quote(
        "三门县2026年前三季度经济运行情况\n发布日期：2026-10-27\n\n"
        "前三季度，全县实现农林牧渔业总产值46.82亿元，同比增长3.6%。其中，渔业产值32.15亿元，"
        "增长4.8%，占农林牧渔业总产值的68.7%。"
    )
    assert got["32.15亿元"][1:3] == ("三门县", "渔业产值"), got


def test_what_is_signed_on_the_spot_is_of_the_day_the_happening_was_dated() -> None:
    got = by_quote(
        "5天签下9个项目！晋中经贸代表团长三角产业链招商纪实\n\n"
        "晋中投资促进　2026-07-08 21:16　山西\n\n点击蓝字 关注我们\n\n"
        "7月1日至5日，晋中市经贸代表团赴上海、杭州、宁波三市开展招商活动。\n\n"
        "7月1日下午，代表团抵达上海，走访企业8家。\n\n"
        "7月2日上午，晋中市（上海）智能液压产业链招商推介会举行，120余名企业家参加。主任常丽娜"
        "在推介中介绍，晋中是全国重要的液压产业基地，2025年，全市智能液压产业实现产值128.6亿元，"
        "集聚液压企业86家。\n\n"
        "推介会现场签约项目5个，总投资48.2亿元。其中，上海擎宇液压科技有限公司高端液压多路阀项目"
        "总投资15.6亿元。"
    )
    assert got["48.2亿元"][3] == "2026-07-02", got
    assert got["15.6亿元"][3] == "2026-07-02", got  # and what the paragraph goes on with
    assert got["5个"][3] == "2026-07-02", got


def test_a_signings_foreign_capital_share_of_the_total_and_time_taken_are_of_its_day() -> None:
    got = by_quote(
        "秦淮区2026年秋季重点项目集中签约  16个项目总投资112.8亿元\n\n"
        "发布时间：2026-11-06 16:20　　来源：区融媒体中心\n\n"
        "　　本网讯　11月5日，秦淮区2026年秋季重点项目集中签约仪式在白下高新区举行。现场共有16个项目"
        "集中签约，总投资112.8亿元。\n\n"
        "　　从投资规模看，10亿元以上项目4个，总投资68.5亿元，占签约总额的60.7%；外资项目2个，"
        "合同外资1.86亿美元。\n\n"
        "　　“从第一次来秦淮考察到今天正式签约，只用了45天。”董事长蒋一帆在签约仪式上说。\n"
    )
    assert got["60.7%"][3] == "2026-11-05", got
    assert got["1.86亿美元"][3] == "2026-11-05", got
    assert got["45天"][3] == "2026-11-05", got


def test_an_afternoon_of_the_day_told_dates_what_is_signed_and_the_items_it_leads() -> None:
    got = by_quote(
        "相山区党政代表团赴长三角招商\n发布时间：2026-09-28 10:00\n\n"
        "本网讯　9月22日至26日，区委书记刘志恒率相山区党政代表团赴上海、苏州等地开展招商活动。\n\n"
        "9月22日，代表团首站来到上海衡准传动科技有限公司。该公司2025年营业收入12.8亿元。\n\n"
        "当天下午，相山区（上海）智能装备产业招商推介会举行，120余位在沪企业家参加。推介会上，"
        "4个项目现场签约，总投资41.2亿元：\n▶年产10万套机器人精密减速器项目，总投资15亿元；\n"
        "▶智能装备产业园项目，总投资12.6亿元。\n"
    )
    assert got["41.2亿元"][3] == "2026-09-22", got
    assert got["15亿元"][3] == got["12.6亿元"][3] == "2026-09-22", got


def test_what_a_trip_did_in_its_days_told_in_the_next_paragraph_is_of_its_month() -> None:
    got = by_quote(
        "镇安县党政代表团赴长三角招商\n发布时间：2026-11-10 10:00\n\n"
        "本网讯　11月3日至7日，县长杨志远率镇安县党政代表团赴浙江、江苏两省开展招商引资活动。\n\n"
        "五天时间里，代表团举办专场招商推介会2场，召开企业家座谈会6场。\n\n"
        "此行，代表团先后走访考察企业16家，与38位企业家面对面洽谈交流。\n"
    )
    assert got["2场"][3] == got["6场"][3] == "2026-11", got
    assert got["16家"][3] == got["38位"][3] == "2026-11", got  # one after another that month


def test_a_parks_planned_extent_stands_unless_its_own_sentence_is_dated() -> None:
    got = by_quote(
        "金山区低空经济发展情况\n发布时间：2026-10-12 09:00\n\n"
        "2025年，金山低空经济产业园入驻企业32家。园区规划面积约2.6平方公里。\n\n"
        "2021年10月，武安氢能产业园开园，规划面积6.8平方公里。\n"
    )
    assert got["约2.6平方公里"][3] == "cumulative", got
    assert got["6.8平方公里"][3] == "2021-10", got  # what the park opened with that day


def test_places_gained_on_a_list_are_of_its_year_not_up_to_now() -> None:
    got = by_quote(
        "安义县人民政府\n首页 > 新闻中心 > 安义要闻\n安义铝型材：从“门窗之乡”到两百亿级产业集群\n"
        "发布时间：2026-05-20 09:30　　来源：安义县工业和信息化局\n\n"
        "　　2025年，安义铝精深加工产业实现主营业务收入216.8亿元，是2020年的2.1倍；实现税收7.62亿元。"
        "产业规模在全省46个省级重点产业集群中排名第7位，较上年前移3位。截至2025年末，全县铝材企业达到156家。\n"
    )
    assert got["第7位"][3] == got["3位"][3] == "2025", got


def test_a_delegation_told_by_its_kind_alone_is_the_one_the_trip_names() -> None:
    text = (
        "龙州县党政代表团赴粤港澳大湾区招商\n\n发布时间：2026-10-24\n\n"
        "　　10月20日至23日，龙州县委书记陆永刚率龙州县党政代表团赴广东开展招商活动。\n"
        "　　10月21日上午，代表团召开在粤龙州籍企业家座谈会。\n"
    )
    events = {e["date"]: e["actors"] for e in PIPELINE("t", text).events}
    assert {"龙州县党政代表团", "龙州县"} <= set(events.get("2026-10-21", [])), events


_LED_TRIP = (
    "平利县人民政府\n当前位置：首页 > 新闻中心 > 平利要闻\n\n"
    "县委书记谢国栋率队赴浙江、江苏开展招商引资活动\n\n发布时间：2026-10-18 09:26\n\n"
    "　　10月13日至16日，县委书记谢国栋率平利县党政代表团赴浙江杭州、义乌和江苏苏州等地，"
    "开展产业链精准招商活动，先后走访企业16家，现场签约项目8个，总投资46.8亿元。\n"
    "　　目前，平利县已建成新社区工厂86家，吸纳就业4200余人。\n"
)


def test_what_a_delegation_sent_out_does_on_its_trip_is_its_own() -> None:
    got = by_quote(_LED_TRIP)
    assert got["16家"][1] == "平利县党政代表团", got
    assert got["46.8亿元"][1] == "平利县党政代表团", got
    got = by_quote("县长率县党政代表团赴苏州，走访苏州华远科技有限公司，该公司年营收28.6亿元。")
    assert got["28.6亿元"][1] == "苏州华远科技有限公司", got  # a firm visited: its own


_FAIR_DAY = (
    "蜀山区人民政府\n当前位置：首页 > 新闻中心 > 蜀山要闻\n\n"
    "南下招商4天签约8个项目总投资63.8亿元\n——蜀山区党政代表团赴粤开展招商引资活动\n\n"
    "发布时间：2026-10-18 09:35　　来源：区融媒体中心　　浏览次数：1,524\n"
    "【字号：大 中 小】　　分享到：\n\n"
    "本网讯　10月13日至16日，区委书记李承远率蜀山区党政代表团赴深圳、东莞、广州三地开展招商"
    "引资活动。此行为期4天，代表团共走访企业15家，召开座谈会5场，达成合作意向项目12个。\n\n"
    "【走访考察】\n在深圳，代表团走访了深圳鹏瑞科技股份有限公司，该公司2025年实现营业收入"
    "86.4亿元。\n\n【推介签约】\n"
    "10月15日，蜀山区（深圳）数字经济产业推介会在深圳举行，120余位企业家参加推介会。推介会上，"
    "蜀山区现场签约项目8个，总投资63.8亿元。重点签约项目有：\n"
    "▶粤皖云算力中心项目，总投资12.6亿元；\n▶广州康迈医疗设备有限公司高端医学影像设备项目，"
    "总投资9.5亿元。\n\n"
    "2025年，全区数字经济核心产业营业收入486.2亿元，较上年上升8位。\n"
)


def test_what_a_trip_holds_and_reaches_is_of_its_days() -> None:
    got = by_quote(_FAIR_DAY)
    assert got["5场"][3] == "2026-10", got  # 召开座谈会5场: held on the trip, no stock
    assert got["12个"][3] == "2026-10", got  # 达成合作意向项目12个


def test_people_counted_in_wei_are_of_the_day_not_the_year() -> None:
    got = by_quote(_FAIR_DAY)
    assert got["120余位"][3] == "2026-10-15", got  # 120余位企业家: people on the day
    assert got["8位"][3] == "2025", got  # 上升8位: places gained on a list, of its year


def test_the_items_a_line_leads_keep_its_day() -> None:
    got = by_quote(_FAIR_DAY)
    assert got["12.6亿元"][3] == "2026-10-15", got  # 重点签约项目有： / ▶…总投资12.6亿元
    assert got["9.5亿元"][3] == "2026-10-15", got
    assert got["486.2亿元"][3] == "2025", got  # a paragraph after the list: its own year


def test_a_ranking_report_published_lately_dates_the_sections_that_break_it_down() -> None:
    got = by_quote(
        "涿州市人民政府\n首页 > 新闻中心 > 涿州要闻\n\n"
        "涿州市位列2026年全国县域经济综合竞争力百强第63位\n"
        "发布时间：2026-09-22 09:30　　来源：市融媒体中心\n\n"
        "本网讯　近日，京华县域发展研究院发布《2026年中国县域经济综合竞争力百强县（市）研究报告》，"
        "涿州市位列全国百强县（市）第63位，较上年前移8位。\n\n【分项指标全面进位】\n"
        "本次评价从经济实力、产业发展等6个维度、32项指标进行综合评估。涿州市6个维度得分分别为："
        "经济实力81.27分，居第58位；产业发展79.64分，居第49位。\n"
        "与此同时，在省统计局发布的2025年度全省县域经济高质量发展监测评价中，涿州市列第8位。\n"
    )
    assert got["32项"][3] == "2026", got  # the report's year, in the section breaking it down
    assert got["第58位"][3] == "2026", got
    assert got["第8位"][3] == "2025", got  # another list, of its own year


def test_a_rankings_scores_listed_and_its_weights_are_read_as_the_reports() -> None:
    got = by_quote(
        "宽城满族自治县人民政府\n首页 > 新闻中心\n\n宽城位列2026年县域经济发展潜力百强县第57位\n"
        "发布时间：2026-10-16 09:30\n\n"
        "本网讯　近日，华夏县域经济研究院发布《2026年县域经济发展潜力百强县研究报告》，宽城位列第57位。"
        "\n\n5个维度的权重分别为25%、25%、20%、15%、15%。宽城5个维度得分分别为：经济基础77.58分，"
        "居第63位；产业升级80.15分，居第41位，较上年前移17位；创新驱动69.38分，居第88位。"
        "会议于18时30分结束。\n"
    )
    assert got["25%"][0] == "share", got  # weights: parts of the whole score
    assert got["69.38分"][0] == "level" and got["69.38分"][3] == "2026", got
    assert got["80.15分"][3] == "2026", got
    assert "30分" not in got, got  # a time of day, no score


def test_where_a_titles_trip_goes_is_not_the_place_the_page_tells_of() -> None:
    doc = PIPELINE("t", _LED_TRIP)
    assert main_region(doc) == "平利县", main_region(doc)
    assert by_quote(_LED_TRIP)["86家"][1] == "平利县"


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("公司现有在研项目46项。", "46项", "在研项目"),
        ("双方达成合作意向项目14个。", "14个", "合作意向项目"),
        ("举办产业链招商推介会、企业家座谈会2场。", "2场", "企业家座谈会"),
        ("公司计划到2026年底前硅片产能达到50GW。", "50GW", "硅片产能"),
        ("项目一期投资18.6亿元。", "18.6亿元", "一期投资"),
        ("这个总投资32亿元的项目落地。", "32亿元", "总投资"),
        ("公司营业收入重回百亿元以上。", "百亿元以上", "营业收入"),
        ("硅片出货量逆势增长　N型产品占比超九成。", "超九成", "N型产品占比"),
        ("预计明年铜箔年产能将达到4万吨。", "4万吨", "铜箔年产能"),
        ("建设冷库及配套设施，建成后冷库库容达到15万吨。", "15万吨", "冷库库容"),
        ("争取北京、江苏对口援藏资金1.2亿元。", "1.2亿元", "对口援藏资金"),
        ("拉萨经开区位列全区12个自治区级以上开发区第1位。", "12个", "自治区级以上开发区"),
        ("分三大门类看，采矿业增加值下降3.2%，制造业增长12.8%。", "12.8%", "增加值增速"),
    ],
)
def test_words_that_open_like_verbs_or_time_words_stay_whole(
    text: str, quote: str, indicator: str
) -> None:
    assert by_quote(text)[quote][2] == indicator


def test_the_part_of_a_yearly_plan_done_is_achieved_not_aimed_at() -> None:
    got = by_quote(
        "1—7月，已开工项目163个；完成投资312.5亿元，同比增长14.2%，完成年度计划的74.4%。"
    )
    assert got["74.4%"][2] == "完成年度计划", got
    assert got["74.4%"][4] == "exact", got


def test_a_list_of_clusters_is_no_industry_to_tell_of() -> None:
    got = by_quote(
        "保山绿色硅光伏产业集群简介\n\n"
        "保山绿色硅光伏产业集群以保山工贸园区为核心承载区。集群于2025年11月入选工业和信息化部"
        "2025年度中小企业特色产业集群名单。\n\n"
        "2025年，集群实现营业收入612.8亿元，同比增长15.6%。"
    )
    assert got["612.8亿元"][1] == "保山绿色硅光伏产业集群", got


def test_the_lines_of_a_data_box_take_the_date_its_heading_gives() -> None:
    got = by_quote(
        "保山绿色硅光伏产业集群简介\n\n发布时间：2026-03-20 15:10\n\n"
        "到2027年，集群营业收入力争突破千亿元。\n\n"
        "【集群数据一览】（截至2025年末）\n营业收入：６１２．８亿元\n单晶硅棒产能：４５ＧＷ\n"
    )
    assert got["612.8亿元"][3] == "2025", got  # the text reads full-width digits as ASCII
    assert got["45GW"][3] == "2025", got


def test_a_kind_of_station_after_a_generic_word_is_no_named_platform() -> None:
    names = _names("至此，园区院士工作站增至8家。园区对企业新建院士工作站给予50万元一次性奖励。")
    assert not [n for n, kind in names.items() if kind == "platform"], names
    assert by_quote("至此，园区院士工作站增至8家。")["8家"][2] == "院士工作站"


def test_a_gap_after_a_growth_tells_its_rate_changed() -> None:
    got = by_quote("1—8月,全市规模以上工业增加值同比增长7.6%,比1—7月加快0.3个百分点。")
    assert got["0.3个百分点"][2] == "规上工业增加值增速比1—7月加快", got  # against which span


def test_a_change_against_an_earlier_span_keeps_the_span() -> None:
    got = by_quote("前三季度，全县地区生产总值增长6.2%，比上半年加快0.3个百分点。")
    assert got["0.3个百分点"][2] == "地区生产总值增速比上半年加快", got


def test_a_sentence_cut_by_a_page_break_and_a_running_header_joins_up() -> None:
    lines = [
        "娄底统计月报",
        "2026 年第 6 期（总第 318 期）",
        "2026 年上半年全市经济运行情况",
        "",
        "上半年，全市外贸进出口保持较快增长，对外开放稳步提升，进出口总额 168.52 亿",
        "元，同比增长 14.6%，其中钢材出口增长 26.3%。全市一般公共预算收入",
        "62.36 亿元，同比增长 4.4%，其中税收收入",
        "",
        "— 3 —",
        "",
        "娄底统计月报　　　　　　　　　　　　　　　　2026 年第 6 期",
        "",
        "43.18 亿元，增长 5.9%，税收占一般公共预算收入的比重为 69.2%。",
    ]
    doc = PIPELINE("t", "\n".join(lines))
    assert "其中税收收入43.18亿元" in doc.text, doc.text


def test_a_web_page_s_title_told_twice_is_no_running_header() -> None:
    lines = [
        "隆德县人民政府",
        "首页 > 政务公开 > 统计信息 > 统计公报",
        "2025年隆德县国民经济和社会发展统计公报（摘要）",
        "发布日期：2026-09-16 10:30　来源：隆德县统计局",
        "",
        "2025年隆德县国民经济和社会发展统计公报（摘要）",
        "",
        "一、综合",
        "经初步核算，全年全县实现地区生产总值48.62亿元，比上年增长6.1%。",
    ]
    doc = PIPELINE("t", "\n".join(lines))
    assert "统计公报（摘要）" in doc.text, doc.text
    assert by_quote("\n".join(lines))["48.62亿元"][3] == "2025"


def test_both_ends_of_a_move_told_with_a_year_measure_the_noun_before_it() -> None:
    got = by_quote(
        "“十四五”时期，全市装备制造业产值由2020年的276.4亿元增加到486.3亿元，年均增长12.0%。"
    )
    assert (got["276.4亿元"][2], got["486.3亿元"][2]) == ("产值", "产值"), got


def test_machines_produced_are_their_output_and_trades_listed_are_no_firms() -> None:
    text = (
        "从产品看，全年生产金属切削机床3860台，增长15.2%。"
        "航空、机床等主机企业所需的铸锻件依赖外地。"
    )
    assert by_quote(text)["3860台"][2] == "金属切削机床产量"
    assert not _names(text), _names(text)


def test_a_project_named_at_length_after_its_firm_goes_by_its_own_name() -> None:
    got = by_quote(
        "吉林鹿源生物科技有限公司梅花鹿全产业链精深加工项目总投资9.8亿元。"
        "中创新航科技（江苏）有限公司三期项目总投资50亿元。"
    )
    assert got["9.8亿元"][1] == "梅花鹿全产业链精深加工项目", got
    assert got["50亿元"][1] == "中创新航科技（江苏）有限公司三期项目", got  # a phase alone


@pytest.mark.parametrize(
    "text",
    ["其余县合计3家。", "03 | 真金白银助企成长", "十年磨一剑，一座县域纺织服装名城正走向品质。"],
)
def test_words_that_look_like_places_are_none(text: str) -> None:
    assert not _names(text), _names(text)


def test_a_smart_manufacturing_park_and_a_trades_park_are_parks() -> None:
    assert _names("占地2800亩的普宁市纺织服装智造园开园。").get("普宁市纺织服装智造园") == "park"
    assert _names("东北袜业园集聚袜业企业1200余家。").get("东北袜业园") == "park"


@pytest.mark.parametrize(
    "text",
    [
        "9月末，开发区在建亿元以上项目58个。",
        "分县区看,湘东区增长8.7%,上栗县增长7.9%。",
        "新材料产业产值占开发区规上工业总产值的45.6%。",
    ],
)
def test_a_time_a_breakdown_or_a_share_before_a_park_word_names_no_park(text: str) -> None:
    names = _names(text)
    assert not [n for n in names if n.startswith(("月末", "分县区", "新材料"))], names


def test_sub_venues_signing_at_once_are_the_same_happening() -> None:
    doc = PIPELINE(
        "t",
        "辽源市重大项目集中签约活动举行\n\n发布时间：2026-05-29 16:45\n\n"
        "5月28日上午，辽源市2026年第二季度重大项目集中签约活动在辽源经济开发区主会场举行，"
        "东丰县、东辽县设立两个分会场同步签约。",
    )
    assert len(doc.events) == 1, doc.events


def test_a_delegations_stops_are_happenings_of_its_place() -> None:
    doc = PIPELINE(
        "t",
        "5天签下9个项目！晋中经贸代表团长三角产业链招商纪实\n\n"
        "晋中投资促进　2026-07-08 21:16　山西\n\n"
        "7月1日下午，代表团抵达上海，先后走访了上海擎宇液压科技有限公司等企业。\n\n"
        "7月3日，代表团来到杭州，考察了杭州数衡信息技术有限公司的智能工厂。",
    )
    dated = {e["date"]: e["actors"] for e in doc.events}
    assert "晋中" in dated.get("2026-07-01", []), doc.events
    assert "晋中" in dated.get("2026-07-03", []), doc.events


def test_projects_are_told_apart_from_entities_and_proposed_for_review() -> None:
    doc = PIPELINE("t", PROJECT_REPORT)
    results = results_of(doc)
    project = "年产2万吨高纯五氧化二钒项目"
    assert project in {p["name"] for p in results["projects"]}, results["projects"]
    assert all(e["type"] != "project" for e in results["entities"]), results["entities"]
    proposed = {c.payload.get("name") for c in candidates_of(doc)}
    assert project in proposed


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("达产后可年产智能掘进装备800台套。", "800台套", "台套"),
        ("年产胶囊15亿粒。", "15亿粒", "粒"),
        ("建设原液产能2万升。", "2万升", "万升"),
        ("今年上半年累计外出开展产业链招商32批次。", "32批次", "批次"),
        ("新建标准化厂房12栋。", "12栋", "栋"),
    ],
)
def test_counters_and_volumes_of_plants(text: str, quote: str, unit: str) -> None:
    doc = PIPELINE("t", text)
    got = {doc.text[q.start : q.end]: q.unit for q in doc.facts()}
    assert got.get(quote) == unit, got


def test_a_slogans_rise_is_no_volume() -> None:
    doc = PIPELINE("t", "全年主要指标实现“两升一降”。")
    assert not doc.facts(), doc.facts()


_PERIOD_CASES = {
    "a_plant_s_figures_told_at_its_opening_take_the_day": (
        "蓝湾生物简报\n海南蓝湾合成生物科技有限公司综合管理部编　2026年6月22日\n"
        "年产1000吨微藻DHA藻油生产线投产\n"
        "6月18日上午，海南蓝湾合成生物科技有限公司年产1000吨微藻DHA藻油生产线投产仪式在三亚举行。\n"
        "该生产线是公司的第二条生产线，项目总投资6.8亿元，占地约85亩，于2025年2月开工建设。",
        "6.8亿元",
        "2026-06-18",
    ),
    "firms_visited_on_a_trip_are_of_its_days": (
        "防城港新闻\n2026-05-16 08:45\n本报讯　5月12日至14日，市长率经贸代表团赴深圳开展招商活动。"
        "3天时间里，代表团走访企业11家，签约项目8个。",
        "11家",
        "2026-05",
    ),
    "a_past_year_reached_in_a_story_is_no_goal": (
        "从第一家家庭作坊起步，到2006年衣架产业园开园，再到如今的全产业链，衣架年产量已达约32亿只。"
        "2025年，全市户外用品产业实现产值128.6亿元。到2030年，产值力争突破300亿元。",
        "约32亿只",
        "cumulative",
    ),
    "a_goal_year_still_ahead_stays_a_goal": (
        "从第一家家庭作坊起步，到2006年衣架产业园开园，再到如今的全产业链，衣架年产量已达约32亿只。"
        "2025年，全市户外用品产业实现产值128.6亿元。到2030年，产值力争突破300亿元。",
        "突破300亿元",
        "2030",
    ),
    "a_multiple_s_base_year_dates_nothing_after_it": (
        "2025年，全市牛产业产值达到312.4亿元，是2016年的3.2倍；肉牛饲养量达到136.8万头。",
        "136.8万头",
        "2025",
    ),
    "a_plan_s_span_dates_what_was_reached_in_it_by_its_last_year": (
        "“十四五”时期，全市规上工业总产值由2020年的218.4亿元增加到356.2亿元，年均增长10.3%。",
        "356.2亿元",
        "2025",
    ),
    "a_mean_yearly_growth_is_up_to_now": (
        "“十四五”时期，全市规上工业总产值由2020年的218.4亿元增加到356.2亿元，年均增长10.3%。",
        "10.3%",
        "cumulative",
    ),
    "a_mean_yearly_growth_aimed_at_is_of_the_goal_s_year": (
        "到2027年，力争规上工业产值年均增长15%以上。",
        "15%以上",
        "2027",
    ),
    "a_review_delivered_in_the_first_months_reports_the_year_before": (
        "南丹县第十八届人民代表大会\n第六次会议文件（2）\n\n政府工作报告\n"
        "——2026年1月9日在南丹县第十八届人民代表大会第六次会议上\n\n各位代表：\n\n"
        "一、2025年工作回顾\n\n"
        "“十四五”时期，全县地区生产总值年均增长6.1%。\n\n"
        "（一）做强首位产业。坚持把有色金属新材料作为首位产业，全年实现产值218.6亿元、增长13.8%。",
        "218.6亿元",
        "2025",
    ),
    "in_a_review_a_month_dates_nothing_past_its_sentence": (
        "政府工作报告\n——2026年1月9日在南丹县第十八届人民代表大会第六次会议上\n\n"
        "一、2025年工作回顾\n\n"
        "2025年，全县经济稳中有进。丹源锡业年产2万吨锡基新材料项目9月一期建成投产。"
        "南丹工业园区新增规上工业企业6家、总数达到38家。",
        "6家",
        "2025",
    ),
    "a_release_titled_by_its_span_after_a_columns_tag_tells_that_span": (
        "权威发布丨1—8月全市经济运行稳中有进\n\n鹰潭统计　2026年09月18日 17:30　江西\n\n"
        "01 | 工业生产加快回升\n\n"
        "分行业看,全市37个行业大类中有25个行业增加值实现增长。\n\n"
        "电子信息产业增加值增长15.8%。",
        "15.8%",
        "2026-08",
    ),
    "a_list_told_published_in_a_month_dates_the_entrants_counted_after_it": (
        "34家！安顺入选数量居全省第三\n原创 安顺工信 2026-08-14 18:30 贵州\n\n"
        "近日,贵州省工业和信息化厅公布2026年度第一批贵州省专精特新中小企业名单,我市34家企业榜上有名。\n\n"
        "从区域分布看,西秀区11家、安顺经开区8家、平坝区7家。",
        "11家",
        "2026-08",
    ),
    "days_of_a_month_told_as_a_span_are_the_month": (
        "晋中经贸代表团长三角招商纪实\n\n发布时间：2026-07-08 21:16\n\n"
        "7月1日至5日，晋中市经贸代表团赴上海、杭州、宁波三市开展招商活动。"
        "5天时间里，代表团共签约项目9个、总投资86.7亿元。",
        "86.7亿元",
        "2026-07",
    ),
}


@pytest.mark.parametrize(("text", "quote", "period"), _PERIOD_CASES.values(), ids=_PERIOD_CASES)
def test_the_period_a_page_of_its_genre_gives(text: str, quote: str, period: str) -> None:
    """A review delivered in its first months reports the year before; in a review a month
    dates nothing past its sentence; a release titled by its span after a column's tag tells
    that span; a list told published in a month dates the entrants counted after it; days of
    a month told as a span are the month."""
    got = by_quote(text)
    assert got[quote][3] == period, got


@pytest.mark.parametrize(
    "text",
    [
        "一座园区、一批企业、一条链条，正托起县域经济高质量发展。",
        "建设的“加速度”跑出县域高质量发展的新气象。",
        "推动德化陶瓷从“卖产品”向“卖设计、卖品牌”转变。",
        "推行“订单式”培养，企业和学校共同育人。",
    ],
)
def test_verbs_before_a_county_and_quoted_slogans_name_nothing(text: str) -> None:
    assert not _names(text), _names(text)


def test_a_quote_said_by_the_firms_manager_is_the_firms_and_now_counts_what_was_counted() -> None:
    got = by_quote(
        "5月中旬，走进普宁市纺织服装智造园，普宁市锦盛针织有限公司的数字化车间里，电脑横机高速运转。"
        "“过去一个车间要120名工人，现在只要30人。”公司总经理黄晓彬说。"
    )
    assert got["120名"][1] == "普宁市锦盛针织有限公司", got
    assert got["30人"][1:3] == ("普宁市锦盛针织有限公司", "工人"), got


def test_a_long_statistical_division_heads_its_clause() -> None:
    got = by_quote(
        "分行业看，铁路、船舶、航空航天和其他运输设备制造业完成产值168.5亿元，增长18.2%；"
        "汽车制造业完成产值96.8亿元，增长7.4%。"
    )
    assert got["168.5亿元"][1] == "铁路、船舶、航空航天和其他运输设备制造业", got


def test_a_new_view_of_the_whole_drops_the_topic_before() -> None:
    got = by_quote(
        "汉中市装备制造业发展现状\n\n"
        "分行业看，汽车制造业完成产值96.8亿元，增长7.4%。从产品看，全年生产金属切削机床3860台，增长15.2%。"
    )
    assert got["3860台"][1] == "汉中市", got
    got = by_quote(
        "西宁经开区经济运行简析\n\n"
        "8月28日，青海昆仑高纯铝业有限公司高纯铝项目在甘河工业园区建成投产。受有色金属价格下行影响，"
        "规上工业企业利润总额同比下降6.4%。"
    )
    assert got["6.4%"][1] != "青海昆仑高纯铝业有限公司高纯铝项目", got


def test_a_ceremony_held_earlier_that_day_is_named_without_de_and_is_no_entity() -> None:
    doc = PIPELINE("t", "当天下午举行的重大项目集中签约仪式上，衡阳市共签约项目36个。")
    assert "重大项目集中签约仪式" in {m.name for m in doc.mentions}, doc.mentions
    assert not any(e["name"].endswith("仪式") for e in doc.entities), doc.entities


def test_a_day_s_signing_or_groundbreaking_is_an_event_s_not_an_entity() -> None:
    doc = PIPELINE(
        "t",
        "商水新闻\n2026-10-12\n10月10日，商水县2026年秋季重点项目集中开工活动在周口临港开发区举行。"
        "本次集中开工项目12个，总投资56.8亿元。同日，商水县与河南佳禾食品有限公司举行签约仪式。",
    )
    names = {e["name"] for e in doc.entities}
    assert "河南佳禾食品有限公司" in names and not {n for n in names if n.endswith("活动")}, names
    assert any(e["date"] == "2026-10-10" for e in doc.events), doc.events


def test_a_firm_told_of_by_when_it_was_founded_was_founded_then() -> None:
    doc = PIPELINE(
        "t",
        "稀土新材料观察\n\n发布时间：2026-05-10\n\n"
        "包头瑞磁新材料股份有限公司专注高端磁材。这家2009年成立的企业，如今已是行业龙头。",
    )
    assert ("2009", ["包头瑞磁新材料股份有限公司"]) in [
        (e["date"], e["actors"]) for e in doc.events
    ]


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("我市对新认定的国家级制造业单项冠军企业、国家级绿色工厂，分别给予100万元、50万元一次性奖励。",
         "50万元", "新认定国家级绿色工厂一次性奖励"),
        ("对新落地的链主项目最高给予1000万元奖励。", "1000万元", "链主项目最高奖励"),
        ("园区对企业新建院士工作站给予50万元一次性奖励。", "50万元", "新建院士工作站一次性奖励"),
    ],
)  # fmt: skip
def test_a_granted_amount_is_named_by_its_grantee_and_its_kind(
    text: str, quote: str, indicator: str
) -> None:
    assert by_quote(text)[quote][2] == indicator


def test_places_ranked_after_a_growth_are_ranked_by_it_firms_by_their_amount() -> None:
    got = by_quote("全县规上工业增加值增长9.6%，居全省县（市）第15位。")
    assert got["第15位"][2] == "规上工业增加值增速排名", got
    got = by_quote("中创新航去年动力电池装机量同比增长近两成，在国内动力电池企业中排名第3位。")
    assert got["第3位"][2] != "动力电池装机量增速排名", got
    got = by_quote("1—9月，全县固定资产投资同比增长12.8%，居全州第1位。")
    assert got["第1位"][2] == "固定资产投资增速排名", got


def test_a_total_after_a_net_gain_counts_the_things_themselves() -> None:
    got = by_quote("高新技术企业净增46家、总数达到386家。")
    assert (got["46家"][2], got["386家"][2]) == ("高新技术企业净增", "高新技术企业"), got


def test_an_amount_as_much_as_a_part_of_a_whole_is_its_share() -> None:
    got = by_quote("全年R&D经费支出9.86亿元，增长10.4%，相当于地区生产总值的2.39%。")
    assert got["2.39%"][0] == "share", got
    assert got["2.39%"][2] == "研发投入强度", got


def test_a_county_level_city_of_three_characters_told_often_is_a_place() -> None:
    names = _names(
        "青铜峡地处宁夏引黄灌区腹地。近年来，青铜峡市坚持工业强市战略。青铜峡的生物制造产业"
        "从无到有，青铜峡工业园区集聚企业68家。"
    )
    assert names.get("青铜峡市") == "government", names  # listed as the place's government
    assert "全年全市" not in _names(
        "全年全市实现产值100亿元。全年全市新增企业5家。全年全市税收增长。"
    )


def test_a_team_led_by_a_scientist_is_the_subject_of_its_clause() -> None:
    got = by_quote(
        "塞禾生物首席科学家、国家级人才工程入选者周立新带领的菌种研发团队，现有博士、硕士50余人，"
        "已成功选育高产菌株18株。"
    )
    assert got["50余人"][1] == "周立新团队", got
    assert got["18株"][1] == "周立新团队", got


def test_a_firm_after_a_park_and_with_is_named_without_them() -> None:
    names = _names("2021年4月,哈密高新区与中电氢能（新疆）有限公司签订投资协议。")
    assert "中电氢能（新疆）有限公司" in names, names


def test_a_product_after_its_amount_builds_nothing_and_a_month_is_no_part_of_a_city() -> None:
    names = _names("西藏雪域冰川水业有限公司年产30万吨高端饮用水二期项目签约。")
    assert list(names) == ["西藏雪域冰川水业有限公司"], names
    names = _names("2026年1—10月武威市经济运行情况。1—9月武威市经济运行平稳。1—8月武威市工业增长。")
    assert "月武威市" not in names, names


def test_a_name_of_two_parts_joined_by_a_dot_is_one_person() -> None:
    names = _names(
        "哈密发布　2026-01-10 09:30　新疆\n\n记者:艾力·买买提 王 静\n\n哈密高新区持续发力。"
    )
    assert names.get("艾力·买买提") == "person", names


def test_a_bureaus_site_with_a_menu_apart_by_spaces_is_no_title() -> None:
    got = by_quote(
        "武威市统计局\n首页　机构概况　统计数据　统计分析　统计公报\n\n您当前的位置：首页 > 统计数据\n\n"
        "2026年1—10月武威市经济运行简况\n\n发布时间：2026-11-20 16:30　　来源：武威市统计局\n\n"
        "一、工业生产加快回升\n\n"
        "全市规模以上工业增加值同比增长10.4%。"
    )
    assert got["10.4%"][3] == "2026-10", got


def test_an_honour_told_without_who_entered_is_the_documents_place() -> None:
    doc = PIPELINE(
        "t",
        "从“风光无限”到“氢”装上阵 | 哈密高新区氢能产业五年跑出“加速度”\n"
        "原创 哈密发布 2026-03-16 19:30 新疆\n\n2025年,哈密高新区\n"
        "★实现规上工业总产值312.5亿元,同比增长12.8%;\n★入选自治区首批氢能产业示范区。\n",
    )
    assert ("2025", ["哈密高新区", "自治区首批氢能产业示范区"]) in [
        (e["date"], e["actors"]) for e in doc.events
    ], doc.events


def test_a_work_committee_and_an_exhibition_centre_are_named() -> None:
    names = _names("签约仪式在洋浦国际会展中心举行。洋浦工委书记符明哲出席。")
    assert names.get("洋浦工委") == "government", names
    assert names.get("洋浦国际会展中心") == "platform", names


def test_a_reform_goes_by_its_quoted_name_and_a_plan_keeps_its_kind() -> None:
    names = _names("园区推行“标准地+承诺制”审批模式，深化“一枚印章管审批”改革，编制“十四五”规划。")
    assert names.get("标准地+承诺制") == "programme", names
    assert names.get("一枚印章管审批") == "programme", names
    assert names.get("“十四五”规划") == "programme", names


def test_the_whole_city_in_a_parks_article_is_the_city_it_lies_in() -> None:
    got = by_quote(
        "哈密高新区氢能产业五年跑出“加速度”\n原创 哈密发布 2026-03-16 19:30 新疆\n\n"
        "哈密是全国风能资源最富集的地区之一。2025年,全市新能源装机容量突破3000万千瓦。"
        "哈密高新区实现规上工业总产值312.5亿元。"
    )
    assert got["突破3000万千瓦"][1] == "哈密", got
    assert got["312.5亿元"][1] == "哈密高新区", got


def test_two_honours_joined_by_he_are_two_programmes() -> None:
    names = _names(
        "钒钛新材料产业集群先后入选河北省战略性新兴产业集群和河北省先进制造业集群培育名单。"
    )
    assert names.get("河北省战略性新兴产业集群") == "programme", names
    assert names.get("河北省先进制造业集群培育名单") == "programme", names


def test_a_word_before_全市_told_once_is_no_place() -> None:
    assert not _names("产值同比增长19.4%，继续领跑全市工业。新基地将补齐全市铜箔产业链短板。")
    assert _names("沭阳全市规上工业产值增长9%，沭阳将继续推进项目建设。") == {"沭阳": "government"}


def test_people_named_after_their_titles_by_what_they_then_do() -> None:
    text = (
        "研究院院长马文斌教授介绍，研究院将开展储氢技术攻关。"
        "“物流就要多花几毛钱。”华显光电董事长林建华回忆。采购中心总监何俊峰说，配套很快。"
    )
    people = {n for n, kind in _names(text).items() if kind == "person"}
    assert people == {"马文斌", "林建华", "何俊峰"}, people


def test_a_step_told_as_soon_to_come_is_no_event() -> None:
    text = (
        "宝应新闻\n2025-04-18\n四月的宝应经济开发区，恒储新能源二期厂房内，工人们正在调试生产线。"
        "“设备正在安装调试，9月就能投产。”公司总经理顾长青指着墙上的进度表说。"
    )
    events = PIPELINE("t", text).events
    assert not [e for e in events if e["date"] == "2025-09" or "顾长青" in e["actors"]], events


def test_products_listed_before_the_firms_that_make_them_are_no_firms() -> None:
    text = (
        "围绕光学镜头，经开区已集聚镜片、镜筒、模造玻璃、图像传感器封装等上下游企业37家。"
        "生物医药产业投资增长22.5%，创新药、高端医疗器械等重大项目加快建设。"
        "园区相继引进偏光片、驱动芯片、背光模组、触控模组等一批配套项目。"
    )
    assert not _names(text), _names(text)


def test_a_report_s_place_is_the_county_whose_bodies_deliver_it() -> None:
    text = (
        "政 府 工 作 报 告（摘要）\n——2026年1月8日在临泽县第十八届人民代表大会第五次会议上\n"
        "临泽县人民政府县长 苏文斌\n\n一、2025年工作回顾\n"
        "全县地区生产总值预计完成186.3亿元，增长6.9%；规上工业增加值增长11.2%，"
        "增速居张掖市6个县区第1位。"
    )
    got = by_quote(text)
    assert got["186.3亿元"][1] == got["11.2%"][1] == "临泽县", got


def test_a_title_s_park_named_after_its_place_is_the_report_s_place() -> None:
    text = (
        "抚远边境经济合作区管理委员会\n\n抚远边合区2025年招商引资工作总结\n\n"
        "2025年，抚远边境经济合作区（以下简称“边合区”）全年新签约项目46个，签约总额162.8亿元。"
    )
    assert by_quote(text)["46个"][1] == "抚远边境经济合作区"


def test_kinds_of_project_listed_are_no_firms_and_named_ones_are() -> None:
    assert not _names("园区加快建设绿氢制甲醇、绿氨等项目。其余现代物流、跨境电商等项目13个。")
    named = _names("中国移动、中国电信、华为等12个超大型数据中心项目相继建成投运。")
    assert {"中国移动", "中国电信", "华为"} <= set(named), named


def test_an_industry_s_field_and_whole_chain_are_the_industry() -> None:
    got = by_quote(
        "十年前，全市羊产业还停留在卖活羊阶段，全产业链产值仅46.8亿元。"
        "2025年，全市羊产业全产业链产值达到152.4亿元。全市羊产业领域共有省级龙头企业17家。"
    )
    assert got["46.8亿元"][1] == got["152.4亿元"][1] == got["17家"][1] == "羊产业", got


def test_a_place_in_a_page_s_path_is_not_what_the_page_tells_of() -> None:
    text = (
        "每日甘肃网 > 甘肃日报 > 县域经济\n庆阳：一只羊“羊”出百亿级全产业链\n"
        "2026-09-22 07:30　来源：甘肃日报\n\n在上游，全市建成标准化规模养殖场326个。"
    )
    assert by_quote(text)["326个"][1] == "庆阳", by_quote(text)


def test_a_verb_ends_a_park_s_name_and_an_industry_s() -> None:
    text = (
        "实际使用外资6820万美元，同比增长31.5%，总量居全省开发区第2位。"
        "编制四大主导产业招商图谱，全年外出招商68批次。"
    )
    assert not _names(text), _names(text)
    assert by_quote(text)["68批次"][1] != "编制四大主导产业"
    assert _names("顾家家居开发区位于海宁。").get("顾家家居开发区") == "park"


def test_a_park_s_page_means_by_全县_the_county_named_before_it() -> None:
    text = (
        "从“零”到百亿!老城开发区智能网联汽车零部件产业六年跑出“加速度”\n"
        "原创 澄迈融媒 2026-05-20 20:15 海南\n"
        "屯昌县是海南中部的工业重镇。2025年,全县完成规上工业总产值136.8亿元,同比增长9.2%。"
    )
    assert by_quote(text)["136.8亿元"][1] == "屯昌县", by_quote(text)


def test_a_firm_visited_is_named_from_after_the_visit() -> None:
    names = _names("代表团首站走访深圳市氢源动力科技有限公司，随后拜访东莞精锐数控机床有限公司。")
    assert set(names) == {"深圳市氢源动力科技有限公司", "东莞精锐数控机床有限公司"}, names


def test_an_output_table_s_row_that_is_an_amount_is_not_its_output() -> None:
    text = (
        "表4　2025年主要工业产品产量及其增长速度\n产品名称　　单位　　产量　　比上年增长（%）\n"
        "发电量　　亿千瓦时　　186.3　　-3.2\n机制糖　　万吨　　98.6　　4.5"
    )
    got = by_quote(text)
    assert (got["186.3"][2], got["-3.2"][2]) == ("发电量", "发电量增速"), got
    assert got["98.6"][2] == "机制糖产量", got


def test_industries_listed_before_what_of_them_grew_are_the_subjects() -> None:
    got = by_quote(
        "新兴产业加快成长，电子信息、生物医药、新材料产业产值分别增长26.3%、18.9%和15.7%。"
    )
    assert [got[q][1:3] for q in ("26.3%", "18.9%", "15.7%")] == [
        ("电子信息", "产值"), ("生物医药", "产值"), ("新材料", "产值")], got  # fmt: skip
    products = by_quote("冰箱、洗衣机、空调产量分别增长5%、6%和7%。")
    assert products["5%"][2] == "冰箱产量增速", products  # a growth in per cent: its 增速


def test_a_title_set_wide_is_read_as_its_words() -> None:
    text = (
        "政 府 工 作 报 告（摘要）\n——2026年1月8日在临泽县第十八届人民代表大会第五次会议上\n\n"
        "一、2025年工作回顾\n过去一年，全县地区生产总值预计完成186.3亿元，增长6.9%。"
    )
    doc = PIPELINE("t", text)
    assert doc.text.startswith("政府工作报告（摘要）")
    fact = next(f for f in results_of(doc)["facts"] if f["quote"] == "186.3亿元")
    assert fact["period"] == "2025", fact
    start = text.index("186.3亿元")
    assert (fact["start"], fact["end"]) == (start, start + len("186.3亿元"))


def test_names_end_at_the_clause_and_the_heading_they_stand_in() -> None:
    names = _names(
        "2018年8月，市委、市政府提出“汽车强市”战略，规划建设了约12.6平方公里的产业园。\n"
        "公司入选海南省专精特新中小企业\n近日，海南省工业和信息化厅公布名单。"
    )
    assert not any("，" in n for n in names), names
    assert "海南省专精特新中小企业" in names, names


def test_a_testing_centre_is_named_by_who_runs_it_and_its_phase_is_no_name() -> None:
    names = _names(
        "2025年6月，吉林省换热器产品质量检验检测中心二期实验室在四平投入使用。"
        "项目配套建设检测中心和整机检测中心。"
    )
    assert {n for n, kind in names.items() if kind == "platform"} == {
        "吉林省换热器产品质量检验检测中心"}, names  # fmt: skip


def test_firms_supplied_are_listed_after_the_supplier_s_verb() -> None:
    names = _names(
        "驰电子的智能座舱、域控制器直供一汽、比亚迪等10余家整车企业。生产线采用公司自主选育的菌株。"
    )
    assert {n for n, kind in names.items() if kind == "company"} == {"一汽", "比亚迪"}, names


def test_a_report_s_line_for_a_stage_of_the_chain_tells_of_that_stage() -> None:
    got = by_quote(
        "二、链条结构\n上游（板片、密封垫、钛材等原材料及零部件）：企业38家，实现营业收入42.3亿元。\n"
        "中游（换热器及换热机组制造）：企业71家，实现营业收入152.6亿元。"
    )
    assert (got["38家"][1], got["42.3亿元"][1], got["71家"][1]) == ("上游", "上游", "中游"), got


def test_a_step_of_a_story_told_with_到_is_a_dated_event_and_a_goal_is_not() -> None:
    text = (
        "荔浦新闻\n2026-05-20\n从第一家家庭作坊起步，到2006年荔浦衣架产业园开园，再到如今的全产业链。"
        "到二〇二七年，力争把荔浦建成全国重要的户外用品生产基地。"
    )
    events = PIPELINE("t", text).events
    assert [e["date"] for e in events] == ["2006"], events


def test_a_title_conferred_is_a_dated_event() -> None:
    text = "荔浦新闻\n2026-05-20\n2014年，荔浦市被中国轻工业联合会授予“中国衣架之都”称号。"
    events = PIPELINE("t", text).events
    assert [(e["date"], "中国轻工业联合会" in e["actors"]) for e in events] == [("2014", True)]


def test_a_firm_s_own_bulletin_tells_of_the_firm() -> None:
    text = (
        "蓝湾生物简报\n2026 年第 3 期（总第 27 期）\n"
        "海南蓝湾合成生物科技有限公司综合管理部编　　　　2026 年 6 月 22 日\n"
        "年产1000吨微藻DHA藻油生产线在崖州湾科技城投产\n"
        "　　6月18日上午，海南蓝湾合成生物科技有限公司年产1000吨微藻DHA藻油生产线投产仪式在三亚举行"
        "。三亚市副市长王海东出席仪式。\n　　该生产线项目总投资6.8亿元，占地约85亩。"
    )
    doc = PIPELINE("t", text)
    title = doc.paragraphs[doc.title_index()]
    assert doc.text[title.start : title.end] == "年产1000吨微藻DHA藻油生产线在崖州湾科技城投产"
    assert by_quote(text)["6.8亿元"][1] == "海南蓝湾合成生物科技有限公司", by_quote(text)


def test_a_science_city_is_a_park_and_a_verb_before_one_names_none() -> None:
    names = _names(
        "截至目前，崖州湾科技城已集聚生物制造企业62家。公司累计获得科技城研发补贴2300万元，"
        "将进一步补齐科技城产业链条。他2024年入职天府国际生物城。"
    )
    assert names == {"崖州湾科技城": "park", "天府国际生物城": "park"}, names


def test_a_news_site_named_after_its_city_is_an_institution_and_names_the_city() -> None:
    text = (
        "佳木斯新闻网\n首页 | 时政 | 本地 | 经济 | 社会 | 专题 | 视频\n\n"
        "北垦农机智能农机装备产业园一期竣工投产\n\n"
        "今年以来，全市亿元以上重点项目开工186个，完成投资420亿元。"
    )
    assert _names(text).get("佳木斯新闻网") == "institution", _names(text)
    assert by_quote(text)["186个"][1] == "佳木斯", by_quote(text)


def test_a_page_s_source_office_is_named_whole_and_its_label_names_nothing() -> None:
    names = _names("来源：抚州高新区管委会经济发展局\n公司将以实际行动回报社会，全年纳税1.2亿元。")
    assert names == {"抚州高新区管委会经济发展局": "government"}, names


def test_firms_named_with_a_verb_or_a_link_word_and_bare_firms_that_are_not_names() -> None:
    names = _names(
        "界首高新区投资发展有限公司负责建设。厦门同翔精密结构件有限公司落户。上海漕河泾开发区发展总公司投资。"
        "深圳和东莞精锐数控机床有限公司签约。投产后公司年产值将达到10亿元，这标志着公司迈入新阶段。"
        "公司控股股东广西甘城投资集团有限公司持股比例为38.52%。"
    )
    firms = {n for n, kind in names.items() if kind == "company"}
    assert firms == {"界首高新区投资发展有限公司", "厦门同翔精密结构件有限公司",
                     "东莞精锐数控机床有限公司", "广西甘城投资集团有限公司",
                     "上海漕河泾开发区发展总公司"}, names  # fmt: skip


def test_kinds_of_platform_counted_or_set_up_name_none() -> None:
    names = _names(
        "全年新设博士后科研工作站2家，建成一批企业技术中心，园区首家院士工作站揭牌，"
        "公司技术中心获认定。丹江华辰院士工作站和吉林省换热器工程技术研究中心揭牌。"
    )
    platforms = {n for n, kind in names.items() if kind == "platform"}
    assert platforms == {"丹江华辰院士工作站", "吉林省换热器工程技术研究中心"}, names


def test_an_industry_s_rd_intensity_is_the_industry_s() -> None:
    text = "荔浦：一根衣架撑起百亿产业\n荔浦市户外用品产业发展迅速。全市户外用品产业研发投入强度达到1.9%。"
    assert by_quote(text)["1.9%"][1] == "户外用品产业", by_quote(text)


def test_a_project_signed_with_a_firm_is_the_firm_s_investment() -> None:
    got = by_quote(
        "荔浦新闻\n2019年9月，荔浦市与浙江森野户外用品股份有限公司签约年产300万件户外家具项目，"
        "总投资25亿元。"
    )
    assert got["25亿元"][1] == "浙江森野户外用品股份有限公司", got


def test_a_bare_集群_is_the_long_named_cluster_told_before_it() -> None:
    text = (
        "上杭县人民政府\n上杭铜基新材料及半导体材料集群综合评价居全省第4位\n\n"
        "2月8日，省工信厅公布2025年度省级先进制造业集群发展评价结果，上杭县铜基新材料及半导体材料产业"
        "集群位列全省25个参评集群第4位。\n【集群规模】\n2025年，上杭铜基新材料及半导体材料产业集群"
        "实现规上工业总产值528.6亿元，同比增长14.3%；其中，半导体材料板块实现产值86.4亿元。"
        "集群拥有规上企业72家。"
    )
    assert by_quote(text)["72家"][1] == "上杭铜基新材料及半导体材料产业集群", by_quote(text)


def test_a_four_character_city_told_often_is_found_whole() -> None:
    names = _names(
        "锡林浩特市人民政府\n走进锡林浩特\n锡林浩特市生物制造产业发展迅速。"
        "近年来，锡林浩特市坚持粮头食尾，全市规上企业达到12家。"
    )
    assert "锡林浩特市" in names and not any(n.startswith("浩特") for n in names), names


def test_a_leader_titled_before_the_team_an_honour_s_end_and_a_column_s_name() -> None:
    names = _names(
        "记者手记\n华南理工大学林嘉明教授团队的项目获资助1000万元，覆盖青年大学生。"
        "这是继2023年入选国家级中小企业特色产业集群后的又一荣誉。该县入选全国县域工业竞争力百强县第87位。"
    )
    assert names == {"华南理工大学": "institution", "林嘉明": "person",
                     "国家级中小企业特色产业集群": "programme",
                     "全国县域工业竞争力百强县": "programme"}, names  # fmt: skip


def test_a_centre_pointed_back_at_and_a_programme_told_later_in_the_sentence() -> None:
    got = by_quote(
        "乌兰浩特新闻\n2022年，乌兰浩特市与江南大学合作共建兴安盟生物制造技术创新中心，围绕菌种选育开展攻关。"
        "中心成立以来，累计引进专业技术人才186名。\n"
        "（四）创新能力持续增强。新增国家高新技术企业17家，总数达到89家；"
        "国家级专精特新“小巨人”企业累计达到6家。"
    )
    assert got["186名"][1] == "兴安盟生物制造技术创新中心", got
    assert got["17家"][1] != "国家级专精特新“小巨人”企业", got


def test_a_bare_产业园_points_back_at_the_park_named_before() -> None:
    got = by_quote(
        "2019年，大洼区提出发展预制菜产业的思路，规划建设临港预制菜产业园。"
        "七年来，产业园从一片盐碱滩涂发展为占地3.2平方公里、集聚企业67家的产业集群。"
    )
    assert got["3.2平方公里"][1] == got["67家"][1] == "临港预制菜产业园", got


def test_what_a_place_and_a_university_build_goes_on_as_the_subject() -> None:
    got = by_quote(
        "2022年，大洼区与沈阳农业大学共建辽宁预制菜产业研究院，累计开发新品142个。"
        "缙云与浙江大学共建缙云智能装备研究院、浙江省锯床产业创新服务综合体等创新平台11家，"
        "建成省级企业研究院23家。"
    )
    assert got["142个"][1] == "辽宁预制菜产业研究院", got
    assert got["23家"][1] != "缙云智能装备研究院", got


def test_a_chamber_of_commerce_is_named_and_pointed_back_at() -> None:
    text = "当天下午，代表团与深圳市广西商会举行座谈。商会会长蒙伟介绍，商会现有会员企业600余家。"
    assert _names(text).get("深圳市广西商会") == "institution", _names(text)
    assert by_quote(text)["600余家"][1] == "深圳市广西商会", by_quote(text)


def test_a_month_before_项目开工_dates_the_start_and_names_no_ceremony() -> None:
    text = (
        "大洼新闻\n2026-07-20\n2021年5月，辽宁蟹都食品集团有限公司与大洼区签约，投资15亿元建设河蟹"
        "预制菜项目；2022年2月项目开工，2023年8月一期投产。"
    )
    dates = [e["date"] for e in PIPELINE("t", text).events]
    assert dates == ["2021-05", "2022-02", "2023-08"], dates


def test_a_release_titled_by_its_quarters_alone_tells_them_in_the_date_line_s_year() -> None:
    got = by_quote(
        "赤峰市统计局\n首页 > 统计数据 > 数据发布\n前三季度全市经济运行稳中有进\n"
        "发布时间：2025-10-24 16:00　　来源：赤峰市统计局\n"
        "全市39个工业行业大类中有26个行业增加值实现增长。"
    )
    assert got["26个"][3] == "2025Q3", got


def test_a_production_release_tells_its_span_under_each_numbered_heading() -> None:
    text = (
        "2025年1—9月全州规模以上工业生产情况\n"
        "发布日期：2025-10-21 16:40　来源：州统计局\n"
        "1—9月，全州规模以上工业增加值同比增长7.6%。\n"
        "二、分经济类型看，私营企业增势较好\n"
        "国有控股企业增加值同比增长5.4%；私营企业增长11.6%。"
    )
    got = by_quote(text)
    assert got["5.4%"][3] == "2025-09", got
    assert got["11.6%"][3] == "2025-09", got


_DATED_PAGE = "北碚仪器仪表产业观察\n发布时间：2026-11-20 10:00\n"


def test_a_year_gone_by_after_a_plan_word_tells_what_was_done_not_a_goal() -> None:
    got = by_quote(
        _DATED_PAGE + "近年来，全区围绕仪器仪表等产业打造先进制造业集群，"
        "2025年全区仪器仪表产业实现产值168.5亿元，同比增长11.2%，规上企业达到52家。"
    )
    assert [got[q][4] for q in ("168.5亿元", "11.2%", "52家")] == ["exact"] * 3, got
    assert got["52家"][3] == "2025", got


def test_the_shortfall_from_a_goal_is_a_figure_of_now_named_as_the_shortfall() -> None:
    got = by_quote(_DATED_PAGE + "去年，纺织服装集群实现营业收入76.8亿元，距百亿目标还差23.2亿元。")
    assert got["23.2亿元"][2:] == ("距百亿目标差额", "2025", "exact"), got


def test_a_public_account_s_stamped_line_over_the_title_dates_the_post() -> None:
    got = by_quote(
        "点击蓝字 关注我们\n永丰发布  2026-11-23 08:30  江西\n一块石头“链”出两百亿！永丰碳酸钙产业这样炼成\n"
        "今年1—10月，全县碳酸钙新材料产业完成营业收入196.3亿元，同比增长12.6%。"
    )
    assert got["196.3亿元"][3] == "2026-10", got


def test_a_park_s_planned_area_is_dated_like_any_figure_of_its_sentence() -> None:
    got = by_quote("2025年，园区规划面积56.8平方公里，新增规上企业12家。")
    assert got["56.8平方公里"][3] == "2025", got


def test_the_year_s_goal_is_no_time_and_the_span_before_it_goes_on() -> None:
    got = by_quote(
        "长乐区外贸运行情况\n发布时间：2026-11-20 10:00\n"
        "1—10月，全区实际使用外资2.73亿美元，完成全年目标任务的84.5%。其中，制造业实际使用外资1.92亿美元。"
    )
    assert got["84.5%"][3] == got["1.92亿美元"][3] == "2026-10", got


def test_the_months_so_far_go_on_into_the_next_item_of_a_list() -> None:
    got = by_quote(
        "荥阳市召开产业链链长制工作推进会\n发布时间：2026-11-18 17:45\n"
        "——高端装备产业链。链上企业142家，1—10月实现营业收入168.3亿元，同比增长11.2%。\n"
        "——食品加工产业链。实现营业收入58.2亿元，增长13.6%。"
    )
    assert got["58.2亿元"][3] == got["13.6%"][3] == "2026-10", got


def test_a_goal_met_a_year_early_gives_how_early_as_a_duration_of_its_year() -> None:
    got = by_quote("2025年，全县提前一年完成“十四五”规划目标。")
    assert got["一年"] == ("duration", "", "提前完成“十四五”规划目标年数", "2025", "exact"), got


def test_a_base_s_year_dates_the_base_and_a_goal_s_year_dates_no_figure_beside_it() -> None:
    page = "新闻\n发布时间：2026-11-19 10:15\n"
    got = by_quote(page + "2025年，全市铝产业实现产值268.4亿元，较2020年的126.5亿元翻了一番多。")
    assert (got["268.4亿元"][3], got["126.5亿元"][3]) == ("2025", "2020"), got
    told = by_quote(
        page + "2025年，钛产业实现产值112.8亿元，提前一年实现2026年迈上百亿台阶的目标；"
        "新型化工产业实现产值64.6亿元。"
    )
    assert told["64.6亿元"][3] == "2025", told


def test_a_total_so_far_told_after_this_year_s_additions_stands_up_to_now() -> None:
    page = "县科技局\n发布时间：2026-11-20 15:40\n"
    got = by_quote(
        page + "今年以来，全县新增省级企业技术中心3家，累计建成省级以上研发平台47家。"
        "新增省级科技小巨人企业9家，累计达到57家。"
    )
    assert (got["3家"][3], got["47家"][3], got["57家"][3]) == ("2026", "cumulative", "cumulative")
    signed = by_quote(page + "今年以来，全县新签约亿元以上项目累计达到31个，总投资217.3亿元。")
    assert (signed["31个"][3], signed["217.3亿元"][3]) == ("2026", "2026"), signed


def test_a_verb_or_a_conjunction_before_an_industry_s_word_names_no_industry() -> None:
    got = by_quote(
        "富民县钛产业链链长制工作推进情况\n发布时间：2026-11-12 10:15\n"
        "县财政设立钛产业发展专项资金，每年安排不少于5000万元。"
        "全县钛产业格局虽有改观，但精深加工环节仍然偏弱：钛材产值占钛产业产值的比重仅为19.5%。"
    )
    assert got["不少于5000万元"][1] == "富民县", got
    assert got["19.5%"][1] != "但精深加工环节", got


def test_a_market_in_a_breakdown_by_area_is_no_place() -> None:
    got = by_quote(
        "公司发布三季报\n发布时间：2026-10-28 18:00\n"
        "分区域看，省内市场实现收入6.12亿元，增长7.6%；省外市场实现收入3.58亿元，增长21.3%。"
    )
    assert got["3.58亿元"][1] != "省外市", got


def test_a_project_s_construction_span_is_named_and_of_no_period() -> None:
    got = by_quote("项目总投资18.6亿元，建设期2年，达产后年产值约25亿元。该项目工期为12个月。")
    assert got["2年"][2:4] == ("建设期", "unknown"), got
    assert got["12个月"][2:4] == ("工期", "unknown"), got


def test_a_triangle_opens_the_items_of_a_list_like_a_star() -> None:
    got = by_quote(
        "建水县重大产业项目集中开工\n发布时间：2026-11-11 18:36\n"
        "本网讯 11月10日，建水县重大产业项目集中开工仪式举行。\n\n"
        "▶建水县120兆瓦农光互补光伏发电项目，总投资5.4亿元。"
    )
    assert got["5.4亿元"][1] == "建水县120兆瓦农光互补光伏发电项目", got


def test_what_a_policy_grants_and_what_a_plant_makes_once_built_are_of_no_period() -> None:
    page = "县科技局\n发布时间：2026-11-20 15:40\n"
    got = by_quote(
        page + "今年，新干县对首次认定的高新技术企业给予20万元奖励，对重新认定的给予10万元奖励。"
    )
    assert (got["20万元"][3], got["10万元"][3]) == ("unknown", "unknown"), got
    built = by_quote(page + "二期预计2027年建成，全部达产后年新增产值80亿元。")
    assert built["80亿元"][3] == "unknown", built


def test_products_listed_by_product_are_measured_by_output_or_by_sales() -> None:
    got = by_quote(
        "从主要产品看，公司全年生产氧化铝386万吨，同比增长6.2%；铝材21.4万吨，增长18.7%。"
    )
    assert (got["386万吨"][2], got["21.4万吨"][2]) == ("氧化铝产量", "铝材产量"), got
    assert got["18.7%"][2] == "铝材产量增速", got
    sold = by_quote("分产品看，公司全年铜箔销量8.6万吨，同比增长28.3%，其中锂电铜箔6.1万吨。")
    assert sold["6.1万吨"][2] == "锂电铜箔销量", sold


def test_what_a_count_counts_ends_before_the_next_item_s_verb_and_what_it_does() -> None:
    got = by_quote(
        "即打造1个三百亿级全产业链、建设2个现代化奶产业园。围绕三条主导产业链开展精准招商。"
    )
    assert (got["1个"][2], got["2个"][2]) == ("三百亿级全产业链", "现代化奶产业园"), got
    assert got["三条"][2] == "主导产业链", got


def test_a_share_told_as_falling_to_a_bound_is_named_without_the_verb() -> None:
    got = by_quote("产品不良率下降至0.3%以下。推动规上工业企业亏损面下降到15%以内。")
    assert (got["0.3%以下"][2], got["15%以内"][2]) == ("产品不良率", "规上工业企业亏损面"), got


def test_materials_and_fields_listed_before_their_firms_name_no_firm() -> None:
    names = _names(
        "从产业链环节看，上游铜铝导体、绝缘材料、电工钢等原材料环节有企业9家。"
        "代表团走访对接电子信息、半导体材料、数字经济等领域重点企业。"
        "在输送环节上，集聚了上上电缆等行业领军企业。"
    )
    firms = {n for n, kind in names.items() if kind == "company"}
    assert firms == {"上上电缆"}, names


def test_a_verb_before_a_committee_or_the_whole_city_names_no_body_or_place() -> None:
    names = _names(
        "区里梳理4条重点产业链，实行区委书记、区长“双链长”制。"
        "天台县14家企业榜上有名，列全市9个县（市、区）第3位。"
    )
    assert set(names) == {"天台县"}, names


def test_a_board_secretary_a_county_leader_and_a_chairman_in_talks_are_people() -> None:
    names = _names(
        "甘城股份董事会秘书李文涛在接受记者采访时表示，公司已与多家企业合作。"
        "县长吴晓峰，县领导程立新，县级有关部门负责人参加活动。"
        "项建华一行与企业董事长林志斌深入交流。"
    )
    people = {n for n, kind in names.items() if kind == "person"}
    assert {"李文涛", "程立新", "林志斌"} <= people, names


def test_a_project_named_on_a_dashed_item_line_holds_its_figures() -> None:
    got = by_quote(
        "麦积区工信局\n发布时间：2026-11-12 10:15\n"
        "——年产50万只真空灭弧室项目。总投资4.2亿元，今年4月签约，7月开工，预计明年6月投产。"
    )
    assert got["4.2亿元"][1] == "年产50万只真空灭弧室项目", got


def test_a_trip_over_several_days_happened_on_its_first_and_its_figures_are_the_month_s() -> None:
    doc = PIPELINE(
        "t",
        "开化新闻网\n2026-11-10 08:15　来源：开化县融媒体中心\n本网讯 11月6日至8日，县委书记项建华"
        "率开化县党政代表团赴深圳开展招商推介活动，签约项目5个。",
    )
    events = results_of(doc)["events"]
    assert [e["date"] for e in events] == ["2026-11-06"], events
    assert [q.period for q in doc.facts()] == ["2026-11"]


def test_a_place_in_an_evaluation_of_a_year_happened_in_that_year() -> None:
    doc = PIPELINE(
        "t",
        "博白县人民政府门户网站\n发布时间：2026-11-18 09:30\n"
        "2024年11月，博白编织工艺品产业集群入选国家级中小企业特色产业集群。"
        "在2025年度全区县域特色产业集群发展评价中，博白编织工艺品产业集群在参评的48个集群中位列第4位。",
    )
    dates = sorted(e["date"] for e in results_of(doc)["events"])
    assert dates == ["2024-11", "2025"], results_of(doc)["events"]


def test_a_breakdown_under_a_heading_keeps_the_year_of_what_it_breaks_down() -> None:
    got = by_quote(
        "永春县人民政府\n发布时间：2026-03-20 15:40\n"
        "2025年，全县新认定高新技术企业42家，比上年增加11家。\n"
        "【分乡镇看】\n从区域分布看，桃城镇认定12家，占全县的28.6%。"
    )
    assert (got["42家"][3], got["28.6%"][3]) == ("2025", "2025"), got


def test_numbers_in_a_work_s_title_and_a_season_of_two_years_are_no_figures() -> None:
    got = by_quote(
        "出台《利通区奶产业人才十条》，近三年累计引进人才210名。"
        "公司2025/2026年榨季共压榨甘蔗312.6万吨。"
    )
    assert set(got) == {"三年", "210名", "312.6万吨"}, got


def test_a_class_of_top_holders_the_only_one_and_the_four_bodies_count_nothing() -> None:
    got = by_quote(
        "前十大流通股东中，新进2家公募基金。是全市唯一一家国家级设计中心。县四套班子领导出席。"
        "实现“时间过半、任务过半”。"
    )
    assert list(got) == ["2家", "过半"], got


def test_an_amount_over_which_firms_are_counted_is_a_class_but_one_firm_s_is_a_figure() -> None:
    got = by_quote(
        "61家企业中，年营业收入超过10亿元的仅3家。全县营收超50亿元的企业达到5家。"
        "作为全区首家营收超百亿元的纺织企业，澜秀新材2025年实现营业收入108.7亿元。"
    )
    assert "超过10亿元" not in got and "超50亿元" not in got, got
    assert "超百亿元" in got, got


def test_a_field_opened_with_在_before_a_rank_is_the_rank_s_field_not_a_count() -> None:
    doc = PIPELINE("t", "在全省39个县（市）高质量发展考核评价中，梅河口连续六年位列第1位。")
    assert [(doc.text[q.start : q.end], q.rank_of) for q in doc.facts()] == [
        ("六年", None),
        ("第1位", 39),
    ]


def test_a_verb_of_doing_opening_a_measure_s_name_is_left_out() -> None:
    got = by_quote(
        "项目新建冷库，建设冷库库容15万吨。全县开展数字技能培训3.2万人次。建设周期18个月。"
    )
    assert (got["15万吨"][2], got["3.2万人次"][2]) == ("冷库库容", "数字技能培训"), got
    assert got["18个月"][2] == "建设周期", got


def test_a_work_report_titled_by_the_year_it_is_delivered_in_reviews_the_year_before() -> None:
    text = (
        "大岭县人民政府\n首页 > 政务公开 > 政府工作报告\n"
        "索引号：116105/2026-000873　　发布机构：县政府办公室\n"
        "成文日期：2026-01-16　　发布日期：2026-09-10　　浏览次数：1,724\n\n"
        "2026年大岭县人民政府工作报告\n"
        "——2026年1月14日在大岭县第十八届人民代表大会第六次会议上\n"
        "一、2025年和“十四五”时期工作回顾\n"
        "全年实施重点项目126个，完成投资168.4亿元。\n"
        "二、2026年工作安排\n"
        "全县地区生产总值增长6%左右。"
    )
    doc = PIPELINE("t", text)
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("2026年大岭县")
    got = by_quote(text)
    assert got["126个"][3] == got["168.4亿元"][3] == "2025"
    assert got["6%左右"][3] == "2026"


def test_a_page_s_date_line_alone_is_no_title() -> None:
    text = (
        "大岭县人民政府门户网站\n首页 > 政府信息公开 > 政府工作报告\n\n"
        "索引号：43042600/2026-01472　　信息分类：政府工作报告\n"
        "发布机构：大岭县人民政府办公室　　成文日期：2026-01-15\n"
        "发布日期：2026-09-24　　浏览次数：1,087\n\n"
        "2026年大岭县政府工作报告\n\n"
        "——2026年1月9日在大岭县第十八届人民代表大会第五次会议上\n\n"
        "一、2025年工作回顾\n\n"
        "全年实施重点项目126个，完成投资168.4亿元。"
    )
    doc = PIPELINE("t", text)
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("2026年大岭县")
    assert by_quote(text)["126个"][3] == "2025"


def test_a_file_card_written_spaced_is_no_title() -> None:
    text = (
        "梁溪区人民政府\n首页 > 政府信息公开 > 部门信息公开 > 区工业和信息化局 > 计划总结\n\n"
        "索 引 号：01407732-4/2026-00219　　　主题分类：工业、交通\n"
        "发布机构：梁溪区工业和信息化局　　　成文日期：2026-01-12\n"
        "发布日期：2026-09-08　　　　　　　　浏览次数：412\n\n"
        "梁溪区工业和信息化局2025年工作总结和2026年工作思路\n\n"
        "　　一、2025年工作总结\n　　新增省级专精特新中小企业23家。年末规上工业企业168家。\n"
    )
    doc = PIPELINE("t", text)
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith(
        "梁溪区工业和信息化局2025"
    )
    got = by_quote(text)
    assert got["23家"][3] == got["168家"][3] == "2025", got


def test_a_path_with_double_arrows_is_no_title_and_a_province_before_a_county_gives_the_county() -> (
    None
):
    doc = PIPELINE(
        "t",
        "人民网\n首页 | 时政 | 经济 | 地方\n人民网 >> 海南频道 >> 市县新闻\n\n"
        "海南万宁做强咖啡全产业链——\n一颗咖啡豆撬动百亿产业\n\n"
        "2026年11月04日08:16 | 来源：人民网－人民日报\n\n"
        "万宁市咖啡种植面积达5万亩，去年全市咖啡产业实现综合产值9.8亿元。",
    )
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("海南万宁")
    assert main_region(doc) == "万宁市"  # the county's story, not the island's


def test_a_year_s_goal_in_a_half_year_review_is_of_the_year() -> None:
    text = (
        "金牌港开发区2026年上半年工作总结\n发布时间：2026-07-15\n"
        "——规模以上工业总产值。年度目标60亿元，上半年完成31.8亿元，完成年度目标的53.0%。\n"
        "前三季度，地区生产总值同比增长6.4%，高于年度目标0.4个百分点。"
    )
    got = by_quote(text)
    assert got["60亿元"][3] == "2026"
    assert got["31.8亿元"][3] == got["53.0%"][3] == "2026H1"
    assert got["0.4个百分点"][3] != "2026"  # above the goal by: of the span, not the goal


def test_a_trip_s_days_at_the_head_of_its_paragraph_date_what_it_did_one_by_one() -> None:
    text = (
        "岭山新闻\n发布时间：2026-09-29 18:20\n"
        "9月22日至26日，县委书记率代表团赴上海、江苏两地开展招商活动。"
        "代表团先后走访考察企业14家，举办专场推介会1场。"
    )
    got = by_quote(text)
    assert got["14家"][3] == got["1场"][3] == "2026-09", got


def test_a_second_respectively_goes_on_with_the_list_of_the_first() -> None:
    got = by_quote(
        "大岭新闻\n2025年，全县城镇、农村居民人均可支配收入分别达到41,260元和17,850元，"
        "分别增长4.8%和7.2%。"
    )
    assert got["4.8%"][2] == "城镇居民人均可支配收入增速"
    assert got["7.2%"][2] == "农村居民人均可支配收入增速"


def test_a_verb_of_rising_to_is_no_part_of_the_measure_s_name() -> None:
    got = by_quote("芦岭新闻\n2025年，全县电瓷产业营业收入攀升至168.5亿元，年均增长14.2%。")
    assert got["168.5亿元"][2] == "营业收入"


def test_within_before_a_class_of_firms_is_no_part_of_its_name() -> None:
    got = by_quote("来岭新闻\n2025年，集群实现营业收入152.6亿元；集群内规上企业86家。")
    assert got["86家"][2] == "规上企业"


def test_a_report_s_delivery_pushed_down_the_page_by_its_notice_lines_is_a_happening() -> None:
    text = (
        "宜岭市地方志办公室\n首页 > 年鉴资料 > 特载\n2026年宜岭市人民政府工作报告（节选）\n"
        "发布时间：2026-10-14 09:30　来源：年鉴编辑部\n【字体：大 中 小】【打印】【关闭】\n\n"
        "政府工作报告\n——2026年1月8日在宜岭市第六届人民代表大会第五次会议上\n"
        "宜岭市人民政府市长　罗文涛\n各位代表：\n过去一年，全市地区生产总值增长6.1%。"
    )
    dates = {e["date"] for e in PIPELINE("t", text).events}
    assert "2026-01-08" in dates, dates


def test_a_project_signed_with_no_firm_named_is_the_place_s_happening() -> None:
    text = (
        "秀岭县人民政府\n首页 > 新闻中心\n秀岭县第四季度招商引资项目集中签约\n"
        "发布时间：2026-11-06\n"
        "今年以来，秀岭县累计签约项目48个。今年6月签约的年产5000吨茶油精深加工项目，"
        "10月已建成投产。"
    )
    events = {(e["date"], e["actors"][0]) for e in PIPELINE("t", text).events}
    assert ("2026-06", "秀岭县") in events, events


def test_a_paragraph_headed_by_a_chain_stage_tells_of_that_stage() -> None:
    got = by_quote(
        "于岭县纺织服装产业链发展情况\n发布时间：2026-10-20\n"
        "（一）上游：纺纱、织造、印染及辅料。现有企业186家，其中规上企业48家。\n"
        "（三）下游：品牌运营及电商直播。现有企业264家，全县拥有自主服装品牌386个。"
    )
    assert got["186家"][1] == got["48家"][1] == "上游"
    assert got["264家"][1] == "下游"
    assert got["386个"][1] != "下游"  # 全县: the place's own


def test_the_part_of_a_goal_done_is_a_share_after_the_goal_s_amount_and_above_a_whole() -> None:
    got = by_quote(
        "黔岭高新区新闻\n1—10月，高新区实现规上工业总产值268.42亿元，同比增长9.6%，"
        "完成年度目标320亿元的83.9%；重点项目完成投资76.5亿元，完成年度计划的112.6%。"
    )
    assert got["83.9%"][0] == got["112.6%"][0] == "share"
    assert got["83.9%"][2] == "规上工业总产值完成年度目标比例"
    assert got["83.9%"][4] == "exact" and got["320亿元"][4] == "target"


def test_a_price_s_rise_is_a_growth_named_by_its_rise() -> None:
    got = by_quote("西岭县2025年统计公报\n全年居民消费价格比上年上涨0.3%。")
    assert got["0.3%"][0] == "growth"
    assert got["0.3%"][2] == "居民消费价格涨幅"


def test_where_a_change_over_the_plan_s_years_arrived_is_the_year_a_work_report_reviews() -> None:
    text = (
        "汤岭县2026年政府工作报告（摘要）\n"
        "——2026年1月15日在汤岭县第十六届人民代表大会第五次会议上\n"
        "五年来，全县地区生产总值由2020年的208.6亿元增加到286.4亿元，年均增长6.5%；"
        "高新技术企业由2020年的不足20家增加到目前的68家。"
        "五年累计完成固定资产投资486.3亿元，是“十三五”时期的1.5倍；规上工业企业由2020年的31家增加到48家。"
    )
    got = by_quote(text)
    assert got["286.4亿元"][3] == got["48家"][3] == "2025"
    assert got["1.5倍"][3] == "cumulative"  # 是“十三五”时期的: the base, no date of the multiple
    later = by_quote(
        "汤岭县2026年政府工作报告（摘要）\n"
        "——2026年1月15日在汤岭县第十六届人民代表大会第五次会议上\n"
        "五年来，全县地区生产总值由2020年的196.8亿元增加到286.4亿元；"
        "陶瓷产业产值由172.4亿元增长到268.5亿元。"
    )
    assert (later["172.4亿元"][3], later["268.5亿元"][3]) == ("2020", "2025")
    assert got["68家"][3] == "cumulative"  # 目前: up to now, as written


def test_a_stock_as_of_a_month_is_of_that_month_and_no_happening() -> None:
    text = (
        "攸岭高新区\n发布时间：2026-10-28 10:05\n"
        "近日，记者从攸岭高新区获悉，截至9月末，园区拥有市级以上研发平台86家，"
        "入驻企业达到38家。"
    )
    got = by_quote(text)
    assert got["86家"][3] == got["38家"][3] == "2026-09"
    assert PIPELINE("t", text).events == []


def test_this_industry_is_the_industry_told_before() -> None:
    got = by_quote(
        "云岭新闻\n2025 年，云和县木制玩具产业实现工业总产值 168.5 亿元。"
        "回望十年前的 2015 年，这一产业的总产值仅为 58.6 亿元。"
    )
    assert got["58.6亿元"][1] == "云和县木制玩具产业"


def test_the_rest_of_a_list_told_later_is_no_subject_of_what_comes_before_it() -> None:
    got = by_quote(
        "南岭县人民政府\n发布时间：2026-11-06\n上述项目合计投资89亿元，其中10亿元以上项目3个；"
        "其余9个项目总投资37.8亿元。"
    )
    assert got["89亿元"][1] != "其余9个项目"
    assert got["37.8亿元"][1] == "其余9个项目"


def test_a_park_given_as_an_example_of_a_kind_is_not_what_the_park_word_points_to() -> None:
    got = by_quote(
        "南岭县人民政府\n发布时间：2026-11-06\n南岭经济开发区规划面积36.8平方公里。"
        "武安镇石英新材料产业园、城关镇汽车零部件产业园等专业园区加快建设。"
        "2025年，园区实现工业总产值286.4亿元。"
    )
    assert got["286.4亿元"][1] == "南岭经济开发区"


def test_standards_set_are_named_with_the_part_taken_and_their_kinds() -> None:
    got = by_quote("云岭新闻\n目前，全县企业主导或参与制定国家标准、行业标准 11 项。")
    assert got["11项"][2] == "主导或参与制定国家标准、行业标准"


def test_the_day_of_a_step_is_no_part_of_the_name_of_the_time_between_steps() -> None:
    got = by_quote("青岭新闻\n发布时间：2026-10-20\n项目从7月7日签约到开工仅用46天。")
    assert got["46天"][2] == "从签约到开工用时"


def test_a_trend_since_a_quarter_frames_nothing_after_it() -> None:
    text = (
        "2026年1—10月福岭市经济运行简况\n发布时间：2026-11-19 16:20\n"
        "1—10月，全市规模以上工业增加值同比增长8.6%，二季度以来逐月回升。\n"
        "分行业看，汽车制造业增加值增长12.6%。"
    )
    assert by_quote(text)["12.6%"][3] == "2026-10"


def test_a_part_of_a_flow_told_with_其中_keeps_its_span() -> None:
    got = by_quote(
        "青岭开发区前三季度招商引资情况\n发布时间：2026-10-20\n"
        "前三季度，开发区共签约项目27个，总投资168.4亿元。其中，10亿元以上项目5个，总投资96.2亿元。"
    )
    assert got["5个"][3] == got["27个"][3] == "2026Q3"


def test_of_before_a_measure_and_one_after_another_are_no_part_of_its_name() -> None:
    got = by_quote(
        "清岭新闻\n今年以来，清岭县先后组织外出招商活动32次。山西清岭焦化有限公司煤焦油深加工项目开工。"
        "“项目投产后，每吨煤焦油的产值将由目前的不到4000元提高到1.2万元以上。”公司总经理王立说。"
    )
    assert got["32次"][2] == "外出招商活动"
    assert got["不到4000元"][2] == "每吨煤焦油产值"


def test_a_month_s_own_figure_frames_nothing_after_it() -> None:
    text = (
        "2026年前三季度尚岭市规模以上工业经济运行分析\n发布时间：2026-10-27 09:40\n"
        "前三季度，全市规模以上工业增加值同比增长6.4%。分月看，9月当月规模以上工业增加值增长8.1%。"
        "分企业规模看，大中型企业增加值增长5.1%。"
    )
    got = by_quote(text)
    assert got["8.1%"][3] == "2026-09"
    assert got["5.1%"][3] == "2026Q3"


def test_a_shortfall_told_with_no_date_stands_up_to_now() -> None:
    got = by_quote(
        "开岭县磷化工产业链\n二、薄弱环节\n三是伴生资源回收不充分，磷矿伴生氟资源回收率仅约35%；"
        "五是专业人才短缺，精细化工工艺工程师缺口约300人。"
    )
    assert got["约35%"][3] == got["约300人"][3] == "cumulative"


def test_how_far_a_park_lies_stands_up_to_now() -> None:
    got = by_quote(
        "休宁经济开发区招商指南\n一、园区概况\n园区交通便捷，距黄山屯溪国际机场约28公里，"
        "距高铁站约12公里，到杭州车程3小时。"
    )
    assert got["约28公里"][3] == got["约12公里"][3] == got["3小时"][3] == "cumulative", got


def test_a_share_or_a_growth_told_with_no_date_stands_up_to_now() -> None:
    got = by_quote(
        "吉步鞋业\n工厂周边已集聚鞋材配套企业38家，鞋材本地配套率达到75%。"
        "订单交付周期由45天缩短到30天，原材料库存周转天数下降40%。"
    )
    assert got["75%"][3] == got["40%"][3] == "cumulative"


def test_words_of_comparison_head_no_subject_and_end_no_name() -> None:
    got = by_quote(
        "尚岭市统计局\n发布时间：2026-10-27\n9月末，规模以上工业企业应收账款23.8亿元，同比增长9.1%，"
        "高于营业收入增速2.5个百分点。与公司原有车间相比，新基地自动化率达到92%；"
        "有效成分提取收率较公司老车间提高8个百分点。"
    )
    assert got["9.1%"][1] != "高于" and got["2.5个百分点"][1] != "高于"
    assert not got["8个百分点"][1].endswith("较公司")


def test_an_aside_on_when_building_began_dates_no_later_sentence() -> None:
    got = by_quote(
        "鹤岭铝业公司新闻\n发布时间：2026-10-30 16:20\n"
        "该生产线总投资9.6亿元，于2025年6月开工建设，历时16个月建成投产。生产线配备熔铸机组4套。"
    )
    assert got["4套"][3] != "2025-06"


def test_that_evening_is_the_day_last_told_and_what_was_done_then_no_stock() -> None:
    got = by_quote(
        "费岭新闻\n发布时间：2026-10-26\n第一站·上海：对接定制家居头部企业\n"
        "10月20日，代表团在上海走访考察企业4家。\n"
        "当晚，代表团召开在沪费岭籍企业家座谈会，36名在沪创业的费岭籍企业家参加，现场推荐招商线索12条。"
    )
    assert got["36名"][3] == got["12条"][3] == "2026-10-20"


def test_a_heading_on_the_new_base_goes_on_with_the_start_up_day() -> None:
    text = (
        "黑岭北药股份有限公司\n首页 > 新闻中心 > 公司新闻\n黑岭北药新基地正式投产\n"
        "发布时间：2026-09-28 14:30\n"
        "9月26日，黑岭北药股份有限公司新基地投产仪式在海岭经济技术开发区举行。\n"
        "黑岭北药始建于2003年，是省级农业产业化重点龙头企业。\n"
        "【新基地亮点】\n"
        "新基地占地约210亩，建成智能化提取生产线5条。"
    )
    got = by_quote(text)
    assert got["约210亩"][3] == got["5条"][3] == "2026-09-26"


def test_an_industry_heading_a_numbered_item_is_the_subject_of_its_whole_sentence() -> None:
    got = by_quote(
        "2026年前三季度富岭县经济运行情况\n发布时间：2026-10-25\n"
        "（一）煤炭开采和洗选业完成产值126.3亿元，增长9.6%，占规上工业总产值的50.8%。"
    )
    assert {got[q][1] for q in ("126.3亿元", "9.6%", "50.8%")} == {"煤炭开采和洗选业"}


def test_how_early_a_plant_started_dates_nothing() -> None:
    text = (
        "锡煤化工宣传\n2026年10月19日 20:36\n10月18日，二期装置正式投产。"
        "从开工到投产仅用16个月，比计划工期提前2个月，首批产品优等品率100%。"
    )
    assert by_quote(text)["100%"][3] == "2026-10-18"


def test_an_industry_heading_its_clause_is_read_past_how_its_figure_came_about() -> None:
    got = by_quote(
        "河津市人民政府\n2025年，焦化产业在行业下行中实现产值248.3亿元，下降3.6%；"
        "铝工业实现产值203.7亿元，增长9.4%。"
    )
    assert got["248.3亿元"][1] == "焦化产业"
    assert got["203.7亿元"][1] == "铝工业"


def test_next_year_s_quarter_dates_its_own_clause_only() -> None:
    got = by_quote(
        "2026年1—10月宝坻区工业经济运行情况\n发布时间：2026-11-20 16:10\n"
        "1—10月，宝睿智能完成产值18.6亿元，订单排产已至明年一季度；"
        "津坻重工完成产值32.6亿元，增长6.8%。"
    )
    assert got["32.6亿元"][3] == got["6.8%"][3] == "2026-10"


def test_a_line_opened_by_its_measure_names_the_figures_told_only_by_their_stage() -> None:
    got = by_quote(
        "旺甫工业园区2026年上半年工作总结\n发布时间：2026-07-15 10:00\n"
        "●规上工业总产值：年度目标86亿元，上半年完成43.26亿元，完成年度目标的50.3%，同比增长13.2%。"
    )
    assert got["43.26亿元"][2] == "规上工业总产值"
    assert got["50.3%"][2] == "规上工业总产值完成年度目标比例"
    assert got["13.2%"][2] == "规上工业总产值增速"


def test_a_meeting_tallied_among_a_trip_s_doings_is_no_subject_of_the_signings() -> None:
    got = by_quote(
        "陆良县党政代表团赴粤港澳大湾区开展招商活动\n发布时间：2026-11-07 18:20\n"
        "4天时间里，陆良县党政代表团走访考察企业14家，举办专场招商推介会1场，"
        "现场签约项目9个，总投资63.8亿元。"
    )
    # the place's or its delegation's (annotators write both), not the fair's
    assert got["9个"][1] == got["63.8亿元"][1] in ("陆良县", "陆良县党政代表团"), got


def test_an_item_tagged_by_its_kind_of_work_names_its_project() -> None:
    got = by_quote(
        "信丰县电子信息产业链\n发布时间：2026-10-20 10:00\n"
        "　　● 延链｜车载显示模组项目：总投资9.6亿元，规划年产车载显示模组300万片。"
    )
    assert got["9.6亿元"][1] == "车载显示模组项目"


def test_a_word_opening_with_yue_is_no_month() -> None:
    doc = PIPELINE("t", "目前，恭城已有月柿加工企业126家。2025年，全县月柿加工转化率达到62%。")
    assert [q.indicator for q in doc.facts()] == ["月柿加工企业", "月柿加工转化率"]
    doc = PIPELINE("t", "1—9月规上工业增加值增长8%。9月份规上工业增加值增长9%。")
    assert {q.indicator for q in doc.facts()} == {"规上工业增加值增速"}


def test_what_the_place_does_after_a_sentence_about_a_firm_is_the_places() -> None:
    doc = PIPELINE(
        "t",
        "青河县人民政府\n政府工作报告\n　　2025年，青河铝业有限公司年产30万吨铝板带项目一期于6月建成投产。"
        "实施技改项目68个，完成技改投资53.7亿元。",
    )
    got = {doc.text[q.start : q.end]: q.subject for q in doc.facts()}
    assert got["68个"] == got["53.7亿元"] == "青河县", got


def test_industries_listed_after_their_place_with_their_count_and_tier_go_in_turn() -> None:
    doc = PIPELINE(
        "t", "2025年，齐河县绿色化工、生物医药两个百亿级产业分别实现产值132.7亿元和104.3亿元。"
    )
    got = {doc.text[q.start : q.end]: q.subject for q in doc.facts()}
    assert (got["132.7亿元"], got["104.3亿元"]) == ("绿色化工", "生物医药"), got


def test_the_first_of_a_list_of_ordinals_is_no_rank_and_each_takes_its_di() -> None:
    doc = PIPELINE(
        "t", "2025年，第一、二、三产业增加值占地区生产总值的比重分别为26.4%、24.6%和49.0%。"
    )
    got = {doc.text[q.start : q.end]: q.indicator for q in doc.facts()}
    assert "第一" not in got, got
    assert got["26.4%"] == "第一产业增加值占地区生产总值比重"
    assert got["49.0%"] == "第三产业增加值占地区生产总值比重"


def test_the_built_up_area_is_a_noun_not_built() -> None:
    doc = PIPELINE(
        "t", "青安经济开发区基础设施不断完善，建成区面积由3.2平方公里扩大到6.8平方公里。"
    )
    assert {q.indicator for q in doc.facts()} == {"建成区面积"}


def test_the_first_leading_industry_names_its_standing_and_is_no_figure() -> None:
    doc = PIPELINE("t", "食品产业是全县第一主导产业，绿色食品产业成为全县第一支柱产业。")
    assert not doc.facts()


def test_the_province_s_sessions_setting_a_course_are_its_happening() -> None:
    text = (
        "惠民县绳网产业集群发展纪实\n发布时间：2026-10-12\n"
        "　　惠民县地处山东北部。今年省“两会”提出，因地制宜培育壮大县域特色产业集群。"
        "山东各地纷纷行动。\n"
    )
    events = {e["date"]: e["actors"] for e in PIPELINE("t", text).events}
    assert events.get("2026") == ["山东省"], events


def test_projects_under_way_in_a_release_take_the_month_s_span_their_paragraph_tells() -> None:
    title = "2026年前三季度新宾满族自治县经济运行情况\n发布时间：2026-10-25\n"
    text = title + "1—9月，全县固定资产投资同比增长8.4%。全县在建亿元以上项目23个。\n"
    assert by_quote(text)["23个"][3] == "2026-09"
    text = title + "前三季度，全县经济平稳。全县在建亿元以上项目23个。\n"
    assert by_quote(text)["23个"][3] == "2026Q3"


def test_a_plan_told_years_later_keeps_the_year_its_goals_were_for() -> None:
    got = read(
        "南太湖新区生命健康产业集群发展纪实\n发布时间：2026-10-19\n"
        "“十四五”之初，新区提出打造生命健康产业体系，明确到2025年培育超50亿元企业2家、规上企业达到120家。",
        "period",
        "qualifier",
    )
    assert got["2家"] == ("2025", "target") and got["120家"] == ("2025", "target"), got


def test_a_bare_day_opening_a_paragraph_is_of_the_month_last_told() -> None:
    got = read(
        "代表团赴大湾区招商\n发布时间：2026-10-16\n"
        "10月12日至15日，颍东区党政代表团一行16人赴深圳、东莞开展招商引资活动。\n"
        "【深圳】\n12日，代表团抵达深圳，当天走访了6家企业。鹏芯微电子2025年营业收入52.3亿元。\n"
        "【东莞】\n13日上午，代表团走访了4家企业。",
        "period",
    )
    assert (got["6家"], got["52.3亿元"], got["4家"]) == ("2026-10-12", "2025", "2026-10-13"), got


def test_one_after_another_after_a_day_is_that_day_s_after_a_story_s_year_all_since() -> None:
    got = read(
        "泽州县新闻\n发布时间：2026-09-26\n9月21日至24日，代表团赴上海、苏州招商。\n"
        "21日，代表团先后走访了4家企业。今年以来，公司先后中标项目37个。\n"
        "2019年，高新区规划建设氢能产业园，先后引进企业46家。去年以来，通州园先后开展专题招商12场。",
        "period",
    )
    assert (got["4家"], got["37个"]) == ("2026-09-21", "2026"), got
    assert (got["46家"], got["12场"]) == ("cumulative", "cumulative"), got


def test_a_ranking_told_published_lately_is_of_the_year_its_title_names() -> None:
    got = read(
        "平和县跻身全国县域经济发展潜力百强县第46位\n发布时间：2026-11-06 10:15\n"
        "近日，中城县域发展研究院发布《2026中国县域经济发展潜力百强研究》，平和县位列全国县域经济发展潜力百强县"
        "第46位，较上年前移9位，连续4年入选该榜单。",
        "period",
    )
    assert (got["第46位"], got["9位"]) == ("2026", "2026"), got


def test_funds_secured_are_done_and_a_plan_s_sentence_turns_at_what_was_done() -> None:
    got = read(
        "永顺县1—9月重点项目推进情况\n发布时间：2026-10-20\n"
        "年度计划新开工项目48个，已开工43个，开工率89.6%，比上年同期提高6.3个百分点。\n"
        "1—9月，全县争取地方政府专项债券资金12.6亿元。力争全年争取各类资金15亿元以上。",
        "qualifier",
    )
    assert (got["48个"], got["43个"], got["89.6%"]) == ("target", "exact", "exact"), got
    assert (got["12.6亿元"], got["15亿元以上"]) == ("exact", "target"), got


def test_a_bare_month_in_last_year_s_summary_posted_this_year_is_last_year_s() -> None:
    doc = PIPELINE(
        "t",
        "杞县工业和信息化局2025年工作总结和2026年工作思路\n\n发布时间：2026-09-09 15:35\n\n"
        "　　2025年，在县委、县政府的坚强领导下，县工业和信息化局坚持以制造业为重点。\n\n"
        "　　一、2025年工作总结\n\n"
        "　　（三）项目建设扎实推进。全年实施技术改造项目46个，完成技改投资28.7亿元，同比增长15.6%。"
        "9月，河南蒜都食品科技有限公司年产3万吨黑蒜项目建成投产。\n\n"
        "　　二、2026年工作思路\n\n　　力争规上工业增加值增长7%以上。\n",
    )
    dates = {e["date"] for e in doc.events}
    assert "2025-09" in dates and "2026-09" not in dates, doc.events


def test_a_day_of_the_date_line_s_month_after_last_year_s_figures_is_this_year_s() -> None:
    doc = PIPELINE(
        "t",
        "一碗酸辣粉“粉”出百亿产业\n2026年11月12日　星期四　豫东日报\n"
        "粉小满食品是产业的“领头雁”。2025年，公司实现销售额21.6亿元，同比增长32.4%。"
        "10月28日，河南粉小满食品有限公司二期智能化生产基地正式投产，项目总投资5.2亿元。",
    )
    assert "2026-10-28" in {e["date"] for e in doc.events}, doc.events


def test_a_lead_firm_s_suppliers_and_a_fund_s_size_stand_though_the_year_is_told() -> None:
    got = by_quote(
        "柳城县工业和信息化局\n发布时间：2026-10-12 09:00\n\n"
        "2025年，华昇新能源实现营业收入186.4亿元，同比增长16.8%，带动本地配套企业42家。"
        "县里设立规模5亿元的竹产业发展基金，对新落户企业给予贴息。"
        "今年，高新区设立总规模3亿元的人才创投基金。\n"
    )
    assert got["186.4亿元"][3] == "2025", got
    assert got["42家"][3] == got["5亿元"][3] == "cumulative", got
    assert got["3亿元"][3] == "2026", got  # set up this year: the year's doing


def test_what_a_start_up_raised_is_done_and_what_it_will_raise_is_aimed_at() -> None:
    got = by_quote(
        "园区新闻\n2026-10-10\n一期投产后，公司聚酯薄膜总产能由32万吨提升至38万吨，二期建成后将达到44万吨。"
        "项目全部达产后，公司年产能将由目前的30万吨提升至60万吨。"
    )
    assert got["38万吨"][3:] == ("cumulative", "exact"), got
    assert got["44万吨"][4] == got["60万吨"][4] == "target", got


def test_a_park_s_page_in_marked_sections_means_its_own_park_by_园区() -> None:
    text = (
        "中新云滁高新技术产业开发区管理委员会\n\n首页 > 投资云滁 > 招商推介\n\n"
        "投资云滁　共赢未来——云滁高新区招商推介\n\n"
        "▶ 园区概况\n\n"
        "　　中新云滁高新技术产业开发区是两国政府合作的苏州工业园区在省外共建的重点园区。\n\n"
        "▶ 产业基础\n\n"
        "　　截至目前，园区累计入驻企业1,260余家。\n"
    )
    assert read(text, "subject")["1,260余家"] == "云滁高新区"  # the title's, not 苏州工业园区


def test_the_cap_of_a_grant_is_of_no_period_and_named_for_the_grant() -> None:
    text = (
        "2025年，园区实现产值98.4亿元。\n\n"
        "对新引进的制造业项目，按设备投资额的8%给予补助，单个项目最高2,000万元。\n"
    )
    got = read(text, "period", "indicator")
    assert got["2,000万元"] == ("unknown", "最高补助")


def test_a_capacity_raised_stands_and_its_base_is_of_no_period() -> None:
    text = (
        "年产5万吨生产线投产\n\n2026-10-18　来源：园区管委会\n\n"
        "10月18日，公司年产5万吨生产线投产仪式举行。新线投产后，公司总产能由8万吨提升至13万吨。\n\n"
        "2025年7月，污水处理厂扩建工程完工，日处理能力由1万吨提高到2万吨。\n"
    )
    got = read(text, "period")
    assert (got["8万吨"], got["13万吨"]) == ("unknown", "cumulative")
    assert got["2万吨"] == "2025-07"  # a time told in its sentence dates it


def test_a_park_s_page_tells_its_extent_and_prices_as_they_stand() -> None:
    text = (
        "云岭经济开发区招商推介\n\n更新时间：2026-06-18　　来源：开发区招商局\n\n【园区概况】\n\n"
        "云岭经济开发区是2006年经省政府批准设立的省级经济开发区，规划面积32.5平方公里。\n\n"
        "【要素保障】\n\n工业用水3.2元/吨；普通工人月工资5000元。\n"
    )
    got = read(text, "period")
    assert (got["32.5平方公里"], got["3.2元"], got["5000元"]) == ("cumulative",) * 3


def test_a_second_lead_firm_heads_its_own_sentence_s_figures() -> None:
    text = (
        "龙头企业江苏盛澜化纤集团有限公司去年营业收入320亿元。"
        "另一家龙头苏州锦泽家纺股份有限公司深耕高端家纺，去年营业收入86.5亿元。"
    )
    assert read(text, "subject")["86.5亿元"] == "苏州锦泽家纺股份有限公司"
