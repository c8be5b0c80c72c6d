"""Lists as 开工 and 签约 news and work reports print them: numbered items whose first sentence
names a project or an industry, and the figures after it that are that one's. Each test fails
if its rule is taken out."""

from __future__ import annotations

import pytest

from tests.extract.reading import PIPELINE, read

LIST = (
    "宿迁经开区新闻\n发布时间：2026-04-09 17:40\n"
    "4月8日上午，宿迁经开区重点项目集中开工仪式举行。\n"
    "主要开工项目：\n"
    "1．宿迁恒驰智能网联汽车电子产业园项目。由安徽恒驰汽车电子有限公司投资建设，总投资32亿元。\n"
    "2．年产120万套户外家具及露营装备项目。总投资18.6亿元，用地约260亩。\n"
    "3．西吉县冷链物流园项目，总投资3.6亿元，新建冷库库容5万吨。\n"
)


def test_a_numbered_item_whose_first_sentence_is_a_project_s_name_names_that_project() -> None:
    subjects = read(LIST, "subject")
    assert subjects["32亿元"] == "宿迁恒驰智能网联汽车电子产业园项目", subjects
    assert subjects["18.6亿元"] == "年产120万套户外家具及露营装备项目", subjects
    assert subjects["3.6亿元"] == "西吉县冷链物流园项目", subjects


def test_the_place_a_project_s_name_opens_with_is_still_found() -> None:
    text = LIST.replace("宿迁经开区新闻", "经开区新闻").replace("上午，宿迁经开区", "上午，")
    doc = PIPELINE("t", text)
    found = {(m.name, m.type) for m in doc.mentions}
    assert ("宿迁恒驰智能网联汽车电子产业园项目", "project") in found, found
    assert any(name.startswith("宿迁") and len(name) <= 3 for name, _kind in found), found


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("本次集中开工的项目共18个，总投资126.5亿元。", "18个", "开工项目"),
        ("推介会现场签约项目5个，总投资41亿元。", "5个", "签约项目"),
        ("主会场签约项目20个，分会场签约项目7个。", "7个", "分会场签约项目"),
        ("全年竣工投产项目33个。", "33个", "竣工投产项目"),
        ("全年新引进项目46个，签约引进项目41个。", "41个", "签约引进项目"),
    ],
)
def test_projects_counted_by_their_milestone_are_named_from_it_on(
    text: str, quote: str, indicator: str
) -> None:
    got = read(text, "indicator")
    assert got[quote] == indicator, got


def test_an_industry_named_alone_after_a_section_s_number_heads_its_section() -> None:
    text = (
        "达州市新闻\n发布时间：2026-03-12\n"
        "会议通报，2025年，全市五大重点产业链实现产值2186.4亿元。\n"
        "（一）天然气化工产业链。2025年实现产值836.2亿元，同比增长11.3%。\n"
        "（二）新材料产业链\n实现产值412.8亿元，同比增长14.6%。\n"
        "（三）其他重点产业。实现产值120.5亿元。"
    )
    got = read(text, "subject")
    assert got["836.2亿元"] == "天然气化工产业链", got
    assert got["14.6%"] == "新材料产业链", got
    assert got["120.5亿元"] != "其他重点产业", got


def test_numbered_sections_of_one_review_share_its_year_past_what_stands_now() -> None:
    text = (
        "达州市新闻\n发布时间：2026-03-12\n"
        "（一）新材料产业链。2025年实现产值412.8亿元。目前，链上有省级专精特新企业58家。\n"
        "（二）智能制造产业链。实现产值368.5亿元，同比增长6.2%。"
    )
    got = read(text, "period")
    assert got["58家"] == "cumulative", got
    assert got["368.5亿元"] == "2025", got


def test_industries_listed_and_named_together_by_their_count_are_one_subject() -> None:
    doc = PIPELINE("t", "2025年，全市汽车、电子、装备三大主导产业实现产值986亿元。")
    assert [q.subject for q in doc.facts() if q.unit == "亿元"] == ["三大主导产业"]
    doc = PIPELINE("t", "今年，高新区围绕汽车、电子、装备三大主导产业招商，签约项目57个。")
    assert [q.subject for q in doc.facts() if q.unit == "个"] != ["三大主导产业"]


def test_a_firm_s_project_named_after_公司_goes_by_its_own_name() -> None:
    text = (
        "澄海玩具新闻\n发布时间：2026-03-28\n3月26日，公司澄宇智能制造产业园项目在莲下镇开工建设，"
        "项目总投资18亿元，用地360亩。"
    )
    assert read(text, "subject")["18亿元"] == "澄宇智能制造产业园项目"


def test_a_line_opened_by_dashes_is_about_what_heads_it() -> None:
    text = (
        "白城市2026年装备产业配套情况\n"
        "——新材料产业链实现产值812.6亿元，增长5.6%。\n"
        "——吉林昊天复合材料有限公司为瀚风装备供应玻纤织物，今年新上2条经编生产线，"
        "年供货能力达到1.8万吨。"
    )
    got = read(text, "subject")
    assert got["812.6亿元"] == "新材料产业链", got
    assert got["1.8万吨"] == "吉林昊天复合材料有限公司", got


def test_a_project_named_after_the_milestone_it_reached_is_what_its_figures_are_about() -> None:
    text = (
        "扶绥县人民政府\n4月8日上午，扶绥县重大项目集中开工仪式举行。"
        "主会场开工的广西甘源生物科技有限公司年产5万吨糖基生物制造项目，总投资18.6亿元。"
        "东门镇分会场开工的东门糖厂技改项目总投资3.2亿元。"
        "对新落地的燃料电池整车项目最高给予2000万元奖励。"
    )
    got = read(text, "subject")
    assert got["18.6亿元"] == "广西甘源生物科技有限公司年产5万吨糖基生物制造项目", got
    assert got["3.2亿元"] == "东门糖厂技改项目", got
    doc = PIPELINE("t", text)
    assert "燃料电池整车项目" not in {m.name for m in doc.mentions}


def test_a_bare_chain_is_the_chain_its_section_names() -> None:
    text = (
        "宝清县重点产业链推进会\n"
        "——水稻产业链。全县水稻种植面积62万亩，1—11月产业链实现产值11.2亿元。\n"
        "——煤电化产业链。全县原煤产能达到1200万吨/年。1—11月产业链实现产值57.9亿元。"
    )
    got = read(text, "subject")
    assert got["11.2亿元"] == "水稻产业链" and got["57.9亿元"] == "煤电化产业链", got


def test_a_project_a_tour_visited_is_what_the_next_sentence_s_该项目_tells_of() -> None:
    got = read(
        "观摩团首先来到昌都经济开发区西藏藏东铜业有限公司年产20万吨阴极铜项目建设现场。"
        "该项目总投资68亿元，目前已累计完成投资41.2亿元。",
        "subject",
    )
    assert got["68亿元"] == "西藏藏东铜业有限公司年产20万吨阴极铜项目", got


def test_a_capacity_in_a_project_s_name_is_the_project_s_and_a_plant_s_is_installed() -> None:
    got = read(
        "在江达县，观摩团察看了江达200兆瓦光伏储能项目。该项目总投资11.6亿元。",
        "subject",
        "indicator",
    )
    assert got["200兆瓦"] == ("江达200兆瓦光伏储能项目", "装机容量"), got


def test_a_starred_item_opening_with_a_project_s_name_is_that_project_s() -> None:
    got = read(
        "萧县集中开工\n★年产1200万片Mini LED背光模组项目：由安徽萧光显示科技有限公司投资建设，总投资26亿元。\n"
        "★粮丰食品投资18.6亿元建设年产10万吨米制品项目，带动就业800人。",
        "subject",
    )
    assert got["26亿元"] == "年产1200万片Mini LED背光模组项目", got
    assert "投资" not in (got["18.6亿元"] or ""), got


def test_a_project_opening_a_sentence_before_its_investment_is_the_figures_subject() -> None:
    got = read(
        "洛门蔬菜冷链物流园项目总投资9.6亿元，建设冷库12座。\n"
        "在武山县100万千瓦风光储一体化项目现场，项目总投资46亿元。",
        "subject",
    )
    assert got["9.6亿元"] == "洛门蔬菜冷链物流园项目", got
    assert got["46亿元"] == "武山县100万千瓦风光储一体化项目", got


def test_an_item_naming_a_public_work_is_that_work_s_not_the_county_s() -> None:
    text = (
        "鄢陵县第四季度重大项目集中开工\n发布时间：2026-10-13\n\n"
        "——县城乡供水一体化工程。总投资6.3亿元，铺设供水主管网420公里。\n"
        "——实施产业链提升工程，全年投入2.1亿元。\n"
        "——松参食品年产3万吨人参功能饮品项目完成主体工程，总投资5.8亿元。"
    )
    got = read(text, "subject")
    assert got["6.3亿元"] == got["420公里"] == "县城乡供水一体化工程", got
    assert got["2.1亿元"] != "实施产业链提升工程", got
    assert got["5.8亿元"] != "松参食品年产3万吨人参功能饮品项目完成主体工程", got


def test_what_a_listed_project_will_build_is_a_goal_but_its_land_stays_about() -> None:
    text = (
        "鄢陵县第四季度重大项目集中开工\n发布时间：2026-10-13\n\n"
        "——年产20万吨功能性纤维项目。由河南鄢顺新材料有限公司投资建设，总投资26亿元，占地约380亩，"
        "新建智能化生产车间4座，可带动周边农户2000余户增收。\n"
        "——县人民医院新院区二期工程。总投资9.8亿元，已建成门诊楼2栋，新增床位600张。"
    )
    got = read(text, "qualifier")
    assert got["4座"] == got["2000余户"] == got["600张"] == "target", got
    assert got["约380亩"] == "approx" and got["2栋"] == "exact", got


def test_a_numbered_project_item_s_plan_is_a_goal_too() -> None:
    text = (
        "万州区重大项目集中签约\n发布时间：2026-10-13\n\n"
        "3．深圳鲜运冷链物流有限公司渝东北冷链物流集散中心项目，总投资12.5亿元，建设冷库库容10万吨；\n"
        "4．苏州极光精密装备有限公司拟投资6.8亿元，建设医药智能装备生产线20条。"
    )
    got = read(text, "qualifier")
    assert got["10万吨"] == got["20条"] == "target", got


def test_a_project_told_in_the_paragraph_under_its_marked_line_is_planned() -> None:
    text = (
        "某区重大项目集中开工\n2026年9月26日，某区第三季度重大项目集中开工。\n"
        "▶夏云工业园区标准化厂房（三期）项目\n"
        "　　项目总投资6.3亿元，总建筑面积21.6万平方米，建设标准化厂房18栋及配套设施。\n"
    )
    got = read(text, "qualifier")
    assert got["21.6万平方米"] == got["18栋"] == "target", got


def test_a_project_s_next_step_told_after_its_signing_is_the_same_project_s() -> None:
    text = (
        "临澧县举行2026年第四季度重大项目集中签约仪式\n"
        "　　11月5日上午，临澧县2026年第四季度重大项目集中签约仪式在县行政中心举行。\n"
        "　　今年4月签约的年产5万吨有机肥项目，9月已建成投产，从签约到投产仅用5个月。\n"
    )
    events = {e["date"]: e["actors"] for e in PIPELINE("t", text).events}
    assert events.get("2026-04") == ["临澧县"], events
    assert events.get("2026-09") == ["临澧县"], events  # 9月已建成投产: the same project


def test_a_park_s_place_in_a_province_s_ranking_is_the_park_s_not_the_county_s() -> None:
    text = (
        "临澧县人民政府\n临澧县2025年工业经济发展综述\n"
        "　　临澧县工业经济稳中有进。临澧经济开发区位于县城东部，规划面积18.6平方公里。\n"
        "　　2025年，园区实现工业总产值186.4亿元，同比增长10.3%，"
        "在全省开发区综合考核评价中位列第18位，较上年提升7个位次。\n"
    )
    events = {e["summary"]: e["actors"] for e in PIPELINE("t", text).events}
    assert events.get("在全省开发区综合考核评价中位列第18位") == ["临澧经济开发区"], events


def test_a_park_s_founding_and_its_approval_by_the_province_are_happenings() -> None:
    text = (
        "衢江经济开发区招商推介\n园区概况\n"
        "衢江经济开发区始建于2006年，2013年经省政府批准升格为省级经济开发区，规划面积22.6平方公里。\n"
    )
    events = {e["date"]: e["actors"] for e in PIPELINE("t", text).events}
    assert events.get("2006") == ["衢江经济开发区"], events
    assert "衢江经济开发区" in events.get("2013", []), events


def test_a_project_named_alone_on_a_marked_line_heads_the_paragraph_under_it() -> None:
    text = (
        "端州区第四季度重大项目集中开工\n\n　　11月18日，端州区第四季度重大项目集中开工活动举行。\n\n"
        "▶城北片区路网完善工程\n　　总投资7.4亿元，新建、改造市政道路9.8公里。\n"
        "▶广东砚都新材料有限公司年产3万吨高端电池铝箔项目\n　　总投资12.8亿元。\n"
    )
    got = read(text, "subject")
    assert (got["7.4亿元"], got["9.8公里"]) == ("城北片区路网完善工程",) * 2
    assert got["12.8亿元"] == "广东砚都新材料有限公司"  # a firm's project: the firm, as before
