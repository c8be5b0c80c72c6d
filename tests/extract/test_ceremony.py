"""The day of a signing dates what is signed at it, and the day of a list its entrants
(``extract/ceremony.py``)."""

from __future__ import annotations

from pathlib import Path

from chainatlas.extract.results import results_of
from tests.extract.reading import PIPELINE, read

SIGNING = """\
东阳经开区集中签约12个项目 总投资156.4亿元

2025-03-21 10:05　来源：东阳日报

3月20日，2025年东阳经开区新材料产业招商推介会暨重点项目集中签约仪式举行。现场签约项目12个，\
总投资156.4亿元，其中投资超10亿元的项目5个。来自各地的150余位企业家参加活动。

2024年，东阳经开区新材料产业实现产值286.5亿元，同比增长12.4%。目前已集聚新材料企业86家。

【签约项目一览】

1.浙江恒材科技有限公司年产10万吨高性能树脂项目，总投资38亿元，规划用地约260亩，\
预计2026年底投产，达产后年产值约50亿元。

2.东阳锐达新材料有限公司年产5000吨碳纤维复合材料项目，总投资16.5亿元，达产后年产值约20亿元。

其余10个项目总投资101.9亿元。
"""


def periods() -> dict[str, str]:
    doc = PIPELINE("t", SIGNING)
    out: dict[str, str] = {}
    for q in doc.facts():
        out.setdefault(doc.text[q.start : q.end], q.period)
    return out


def test_what_is_signed_takes_the_day_of_the_signing() -> None:
    got = periods()
    for quote in ("12个", "156.4亿元", "5个", "150余位", "38亿元", "约260亩", "16.5亿元",
                  "10个", "101.9亿元"):  # fmt: skip
        assert got[quote] == "2025-03-20", quote


def test_a_paragraph_with_a_time_of_its_own_is_not_the_signing_s() -> None:
    got = periods()
    assert got["286.5亿元"] == "2024"
    assert got["86家"] != "2025-03-20"


def test_what_a_signed_plant_will_do_once_built_has_no_day() -> None:
    got = periods()
    assert got["约50亿元"] == "unknown"  # not 2026, the year the plant starts
    assert got["约20亿元"] == "unknown"


def test_a_ceremony_is_named_whole_and_dated_by_its_day_not_its_quarter() -> None:
    doc = PIPELINE("t", "长葛新闻\n2025-04-18\n4月17日，长葛市2025年第二季度再生金属产业项目集中签约"
                   "暨开工活动在大周再生金属产业园举行。")  # fmt: skip
    name = "长葛市2025年第二季度再生金属产业项目集中签约暨开工活动"
    assert name in {m.name for m in doc.mentions}
    assert any(e["date"] == "2025-04-17" and name in e["actors"] for e in doc.events), doc.events


def test_who_holds_a_ceremony_is_not_in_its_name() -> None:
    doc = PIPELINE(
        "t", "9月26日，合肥经开区举行新能源汽车零部件项目集中签约活动，现场签约项目23个。"
    )
    names = {m.name for m in doc.mentions}
    assert "新能源汽车零部件项目集中签约活动" in names
    subjects = {q.subject for q in doc.facts()}
    assert "新能源汽车零部件项目集中签约活动" not in subjects


LISTED = """\
22家！诸城汽车企业登上省级“光荣榜”

诸城工信　2026-10-23 19:06　山东

10月21日，山东省工业和信息化厅公布2026年度山东省专精特新中小企业名单，我市共有38家企业入选。\
其中，汽车及零部件企业22家，占全市入选企业的57.9%。

01 | 省级专精特新中小企业

★信和精密铸造：2025年实现营业收入6.8亿元，同比增长18.5%。

02 | 省级瞪羚企业

全市9家企业入选省级瞪羚企业，其中汽车及零部件企业5家。至此，全市瞪羚企业总数达到41家。
"""


def test_a_list_published_on_a_day_dates_its_entrants_in_every_section() -> None:
    doc = PIPELINE("listed.txt", LISTED)
    found = {doc.text[q.start : q.end]: q.period for q in doc.facts()}
    assert found["38家"] == found["57.9%"] == "2026-10-21"
    assert found["6.8亿元"] == "2025"
    assert found["9家"] == found["5家"] == "2026-10-21"  # a section counting entrants again
    assert found["41家"] != "2026-10-21"  # 至此…总数: how many there are now


def test_a_span_to_september_is_the_month_and_the_first_three_quarters_the_quarter() -> None:
    doc = PIPELINE(
        "t", "园区新闻\n2025-10-20\n今年1—9月，出口额21.6亿美元。前三季度，进出口总额86.4亿元。"
    )
    assert [q.period for q in doc.facts()] == ["2025-09", "2025Q3"]


def test_a_site_s_hotline_is_no_title_and_the_line_under_the_headline_is_the_ceremony_s() -> None:
    doc = PIPELINE(
        "page.txt",
        "洛阳市投资促进局\n首页 | 机构职能 | 政务公开 | 招商动态\n"
        "【投资洛阳　共赢未来】投资服务热线：0379-63903156\n\n当前位置：首页 > 招商动态 > 工作动态\n\n"
        "我市举行2026年第一季度重大产业项目集中签约暨开工活动\n58个项目总投资486.3亿元\n\n"
        "发布时间：2026-03-19 10:26　来源：洛阳市投资促进局　浏览次数：2316\n\n"
        "3月18日，洛阳市2026年第一季度重大产业项目集中签约暨开工活动在洛阳高新区举行。"
        "活动共集中签约、开工项目58个，总投资486.3亿元。\n\n"
        "杜宏伟在致辞中表示，轴承、新材料、机器人及智能装备是洛阳建设先进制造业强市的重要支撑。"
        "此次集中签约、开工的项目，产业链条长、科技含量高、带动能力强。\n\n"
        "各县区、各部门要坚持项目为王，强化用地、用能、资金、人才等要素保障，推动签约项目早开工。\n",
    )
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("我市举行")
    assert {q.period for q in doc.facts()} == {"2026-03-18"}


def test_a_superlative_since_the_year_began_does_not_close_the_signing() -> None:
    doc = PIPELINE(
        "signing.txt",
        "衡阳36个项目集中签约\n\n衡阳投促　2025-09-12 20:36　湖南\n\n"
        "9月11日，重大项目集中签约仪式举行，衡阳市共签约项目36个，总投资312.8亿元。\n\n"
        "★恒汇控股电子陶瓷基板项目，总投资2.8亿美元，是今年以来我市签约的投资规模最大的外资项目。\n\n"
        "★雁能储能年产6GWh储能系统集成项目，总投资38亿元，其中一期3GWh计划明年6月建成投产。\n",
    )
    got = {doc.text[q.start : q.end]: (q.period, q.qualifier) for q in doc.facts()}
    assert got["38亿元"][0] == got["2.8亿美元"][0] == "2025-09-11"
    assert got["3GWh"] == ("2026-06", "target")


def test_a_matchmaking_meeting_dates_what_is_signed_at_it() -> None:
    doc = PIPELINE(
        "meeting.txt",
        "6家链主“领跑”！路桥智能马桶产业链本地配套率升至58%\n\n路桥经信　2026-05-26 20:18　浙江\n\n"
        "5月22日，路桥区智能马桶产业链供需对接会在区智能马桶产业园举行。6家链主企业现场发布采购需求"
        "326项，现场签约合作项目31个。\n",
    )
    got = {doc.text[q.start : q.end]: q.period for q in doc.facts()}
    assert got["326项"] == got["31个"] == "2026-05-22"


def test_a_quarter_that_names_the_batch_signed_does_not_date_the_headline() -> None:
    doc = PIPELINE(
        "signing.txt",
        "鄂州临空经济区一季度集中签约28个项目，总投资326.8亿元\n\n临空鄂州　2026-03-20 19:45　湖北\n\n"
        "3月19日，鄂州临空经济区2026年一季度重大项目集中签约仪式举行。现场共签约项目28个，总投资326.8亿元。\n",
    )
    assert {q.period for q in doc.facts()} == {"2026-03-19"}


LIST_NEWS = """\
喜报！日照62家企业入选省级专精特新中小企业
日照工信　2026-09-28 19:30　山东
近日，山东省工业和信息化厅公布2026年度山东省专精特新中小企业名单，日照市共有62家企业入选，\
入选数量较上年增加9家，位居全省16市第8位。
"""


def test_a_list_told_published_lately_dates_its_publication_and_its_ranks_by_the_month() -> None:
    got = read(LIST_NEWS, "period", "indicator")
    assert got["第8位"] == ("2026-09", "入选数量排名"), got
    dates = {e["date"] for e in results_of(PIPELINE("t", LIST_NEWS))["events"]}
    assert dates == {"2026-09"}, dates


def test_a_report_published_lately_dates_what_it_ranks_by_its_year() -> None:
    text = (
        "航空基地新闻\n发布时间：2024-12-06\n"
        "在近日发布的2024中国航空产业园区综合竞争力30强榜单中，航空基地位列第3位。"
    )
    dates = {e["date"] for e in results_of(PIPELINE("t", text))["events"]}
    assert dates <= {"2024"}, dates


def test_a_sentence_opening_at_the_opening_ceremony_points_back_at_the_fair() -> None:
    text = (
        "第四届钒钛新材料产业博览会开幕\n2026-06-19 08:36　来源：西昌市融媒体中心\n"
        "6月18日，第四届钒钛新材料产业博览会在西昌开幕，设置展览面积3.2万平方米。\n"
        "州长马建平出席开幕式。2025年，西昌钒钛产业实现产值386.2亿元。\n"
        "开幕式上举行了项目集中签约仪式，共签约项目16个，总投资215.8亿元。"
    )
    got = read(text, "period")
    assert got["215.8亿元"] == "2026-06-18", got


def test_a_place_ranked_in_a_list_published_joins_the_publication() -> None:
    text = (
        "灌云新闻\n发布时间：2026-04-21\n"
        "3月，赛迪顾问发布《2026全国半导体材料产业园区竞争力排行榜》，灌云经济开发区位列第14位。"
    )
    events = results_of(PIPELINE("t", text))["events"]
    assert len(events) == 1, events
    assert {"赛迪顾问", "灌云经济开发区"} <= set(events[0]["actors"]), events


def test_a_work_report_is_delivered_by_the_government_and_the_head_named_under_it() -> None:
    text = (
        "政 府 工 作 报 告（摘要）\n——2026年1月12日在霸州市第十届人民代表大会第五次会议上\n"
        "霸州市人民政府市长 赵立新\n\n各位代表：\n2025年，全市地区生产总值增长6.1%。"
    )
    events = results_of(PIPELINE("t", text))["events"]
    session = next(e for e in events if e["date"] == "2026-01-12")
    assert {"霸州市人民政府", "赵立新"} <= set(session["actors"]), session


def test_who_attended_a_fair_are_counted_as_the_fair_s() -> None:
    text = (
        "荣昌新闻\n发布时间：2026-05-15 18:20\n"
        "5月14日，荣昌区预制菜产业链招商推介会在深圳市举行。区长吴志远出席活动并致辞，"
        "在深企业家和商协会代表200余人参加。"
    )
    got = read(text, "subject", "indicator")
    assert got["200余人"] == ("荣昌区预制菜产业链招商推介会", "参会人数"), got


def test_this_fair_points_back_at_the_fair_named_before() -> None:
    text = (
        "第四届钒钛新材料产业博览会开幕\n现场集中签约项目16个 总投资215.8亿元\n"
        "2026-06-19 08:36　来源：西昌市融媒体中心\n"
        "6月18日，第四届中国（西昌）钒钛新材料产业博览会在西昌邛海国际会展中心开幕。"
        "本届博览会以“钒钛赋能·绿色共赢”为主题，"
        "由凉山彝族自治州人民政府、中国有色金属工业协会钒钛分会联合主办，"
        "设置展览面积3.2万平方米，吸引286家企业参展。"
    )
    got = read(text, "subject")
    assert got["3.2万平方米"] == "中国（西昌）钒钛新材料产业博览会", got


def test_a_year_in_a_meeting_s_name_does_not_date_it() -> None:
    text = (
        "达州新闻\n发布时间：2026-03-12 09:00\n"
        "3月11日，达州市2026年重点产业链链长制工作推进会召开。市长王振华出席会议并讲话。"
    )
    dates = {e["date"] for e in results_of(PIPELINE("t", text))["events"]}
    assert dates == {"2026-03-11"}, dates


def test_firms_moving_in_at_a_ceremony_are_of_its_day_under_their_list() -> None:
    text = (
        "开发区新闻\n发布时间：2026-06-12 16:45\n"
        "6月11日，火峰厨电配套产业园入驻仪式举行，8家核心配套企业集中签约入驻，总投资12.6亿元。\n"
        "2025年，火峰厨电实现营业收入68.4亿元。\n"
        "此次入驻的8家企业涵盖燃烧器、风机等关键零部件，其中5家为原外地供应商。\n"
        "【入驻企业一览】\n1．宁波瑞格燃气具配件有限公司：总投资2.8亿元。"
    )
    got = read(text, "period")
    assert (got["5家"], got["2.8亿元"]) == ("2026-06-11", "2026-06-11"), got


def test_the_year_a_ceremony_is_named_after_does_not_date_it() -> None:
    text = (
        "林芝新闻\n发布时间：2025-06-12 18:20　来源：林芝市投资促进局\n\n"
        "6月11日，林芝市2025年招商引资项目集中签约仪式在巴宜区举行，12个项目签约。"
    )
    doc = PIPELINE("t", text)
    assert [e["date"] for e in doc.events] == ["2025-06-11"], doc.events


def test_a_fair_told_of_is_no_topic_for_the_next_sentence_unless_told_at_it() -> None:
    text = (
        "宁东基地2025年上半年经济运行情况\n"
        "5月16日，宁东基地2025年招商推介会在上海举办，现场集中签约项目21个，总投资326.8亿元。"
        "上半年招商引资到位资金168.2亿元，同比增长9.6%。\n"
        "6月2日，宁东基地氢能产业推介会在银川举行。推介会上，6个项目集中签约，总投资72.3亿元。"
    )
    got = read(text, "subject")
    assert got["168.2亿元"] != "宁东基地2025年招商推介会", got
    assert got["72.3亿元"] == "宁东基地氢能产业推介会", got


def test_the_next_project_signed_takes_the_day_whatever_the_one_before_told() -> None:
    text = (
        "林芝新闻\n发布时间：2025-06-12 18:20　来源：林芝市投资促进局\n\n"
        "6月11日，林芝市招商引资项目集中签约仪式举行。本次集中签约项目12个。\n\n"
        "1．藏药现代化生产基地项目。由西藏藏康药业股份有限公司投资建设，总投资15.2亿元。"
        "2024年，藏康药业实现营业收入9.6亿元。\n\n"
        "2．米林光储一体化项目。由西藏林电新能源有限公司投资建设，总投资28.6亿元。"
    )
    got = read(text, "period")
    assert got["9.6亿元"] == "2024", got
    assert got["28.6亿元"] == "2025-06-11", got


_HONOURS_POST = (
    "点击上方蓝字 关注南昌工信\n"
    "喜报！我市118家企业入选省级专精特新中小企业，5家获评省级制造业单项冠军\n"
    "南昌工信　2026-07-08 18:30　江西\n"
    "　　近日，江西省工业和信息化厅公布2026年度江西省专精特新中小企业、第六批江西省制造业单项冠军"
    "企业和2026年度江西省绿色工厂名单。我市118家企业入选省级专精特新中小企业，5家企业入选省级"
    "制造业单项冠军企业。\n"
    "　　从区域分布看，南昌高新区26家、南昌经开区21家。"
)


def test_entrants_of_lists_published_together_take_the_month_and_the_account_s_city() -> None:
    got = read(_HONOURS_POST, "subject", "period")
    assert got["118家"] == ("南昌市", "2026-07"), got
    assert got["26家"][1] == "2026-07", got


def test_who_held_a_fair_is_the_place_whose_news_it_is_not_where_it_was_held() -> None:
    text = (
        "德兴经济开发区2025年工作总结\n\n"
        "8月22日，在深圳举办电子材料产业专题推介会，现场签约项目6个。"
    )
    doc = PIPELINE("t", text)
    assert doc.events and doc.events[0]["actors"][0] == "德兴经济开发区", doc.events


def test_goals_listed_after_力争_are_not_happenings_and_a_quoted_goal_leaves_the_day_s() -> None:
    page = Path(__file__).parent / "fixtures" / "holdout55" / "doc4.txt"
    plan = PIPELINE("t", page.read_text(encoding="utf-8"))
    assert not any("650亿元" in e["summary"] for e in plan.events), plan.events
    said = PIPELINE(
        "t",
        "珠海格致发布半年报\n2025-08-28　来源：珠海特区报\n"
        "“下半年我们将力争全年境外收入增长25%以上。”公司董事长陈国栋在8月27日举行的业绩说明会上表示。",
    )
    assert [e["date"] for e in said.events] == ["2025-08-27"], said.events


def test_the_place_writing_of_itself_acts_in_what_it_issued() -> None:
    text = (
        "宝坻区高端装备产业链\n发布时间：2026-10-20\n"
        "2024年3月，我区印发《宝坻区重点产业链链长制工作方案》，实行“链长+链主+专班”工作机制。"
    )
    events = PIPELINE("t", text).events
    assert [(e["date"], e["actors"]) for e in events] == [("2024-03", ["宝坻区"])], events


def test_a_step_told_as_done_after_its_month_is_a_happening_of_that_month() -> None:
    text = (
        "乐东县重点项目集中签约\n发布时间：2026-11-20 10:00\n"
        "今年3月签约的海南乐芒食品有限公司年处理3万吨芒果精深加工项目，8月已建成投产。"
    )
    dates = [e["date"] for e in PIPELINE("t", text).events]
    assert "2026-08" in dates, dates


def test_an_evening_meeting_of_a_trip_day_is_that_day_s_happening() -> None:
    text = (
        "湄潭县党政代表团赴粤港澳大湾区开展招商活动 签约项目7个\n"
        "发布时间：2026-10-18 10:00　来源：湄潭县融媒体中心\n"
        "10月13日至16日，县委书记杨志远率湄潭县党政代表团赴粤港澳大湾区开展招商活动。\n"
        "10月15日，代表团在东莞考察企业3家，湄潭县与东莞市恒瓶包装制品有限公司签订投资协议。\n"
        "当晚，代表团召开在莞湄潭籍企业家座谈会，32名湄潭籍企业家参加，现场推荐招商线索9条。\n"
    )
    doc = PIPELINE("t", text)
    met = [e for e in doc.events if "在莞湄潭籍企业家座谈会" in e["actors"]]
    assert [e["date"] for e in met] == ["2026-10-15"], doc.events
    assert not any("线索" in e["summary"] for e in doc.events), doc.events


TRIP = """\
县党政代表团赴长三角开展招商活动

发布日期：2026-10-26 09:15　来源：县融媒体中心

本网讯　10月21日至23日，县党政代表团赴江苏、浙江开展为期3天的招商引资活动，走访企业14家。

【走访对接】

代表团先后走访苏拓智能装备集团、汇诚新材料股份有限公司，推动一批在谈项目取得实质性进展。

【推介签约】

10月22日下午，郏县（长三角）投资推介会举行。县长作主题推介：2025年，郏县地区生产总值达到\
286.4亿元，增长6.6%。

推介会上，郏县集中签约项目9个，总投资68.5亿元。

推介会上，郏县还发布了《支持装备制造业发展的\
若干措施》，单个项目最高补贴800万元。
"""


def test_what_is_signed_at_a_fair_told_before_takes_the_fair_s_day() -> None:
    got = read(TRIP, "period")
    assert got["286.4亿元"] == "2025", got
    assert got["9个"] == "2026-10-22" and got["68.5亿元"] == "2026-10-22", got
    assert got["800万元"] != "2026-10-22", got  # a policy published there: no sum of the day


def test_a_fair_held_is_the_host_place_s_happening_too() -> None:
    text = (
        "云阳县党政代表团赴长三角开展招商活动\n发布时间：2026-11-02\n\n"
        "10月28日，云阳县（浙江）招商推介会举行，150余名企业家和商协会代表参会。"
    )
    doc = PIPELINE("t", text)
    held = [e for e in doc.events if "推介会" in e["summary"]]
    assert held and "云阳县" in held[0]["actors"], doc.events


STARTED = """\
陕西仓禾果业科技有限公司
首页 > 新闻中心 > 公司新闻

公司年产6万吨浓缩果汁生产线正式投产

发布时间：2026-10-17 09:05　　作者：综合办公室

10月16日上午，陕西仓禾果业科技有限公司年产6万吨浓缩果汁生产线投产仪式在公司新厂区隆重举行。

一、项目情况

该项目是县2025年度重点建设项目。项目于2025年4月签约，同年7月开工建设，总投资5.2亿元，\
占地186亩，新建生产车间4.6万平方米。生产线自动化率达到95%。
"""


def test_a_plant_started_on_the_day_is_described_as_it_stands_that_day() -> None:
    got = read(STARTED, "period")
    assert got["5.2亿元"] == got["186亩"] == got["4.6万平方米"] == "2026-10-16", got
    assert got["95%"] == "2026-10-16", got


def test_what_a_started_plant_s_firm_has_now_is_not_the_day_s() -> None:
    text = STARTED + "目前，公司在全县建成订单果园基地2.6万亩，与18家合作社建立长期合作关系。\n"
    got = read(text, "period")
    assert got["2.6万亩"] == got["18家"] == "cumulative", got
    assert got["5.2亿元"] == "2026-10-16", got


def test_a_start_up_page_whose_long_title_reads_as_a_sentence_is_still_the_day_s() -> None:
    text = STARTED.replace(
        "公司年产6万吨浓缩果汁生产线正式投产",
        "仓禾果业年产6万吨浓缩果汁智能生产线投产仪式在公司新厂区隆重举行，县领导出席并启动生产线",
    ).replace("作者：综合办公室\n", "作者：综合办公室\n【大 中 小】\n")
    got = read(text, "period")
    assert got["5.2亿元"] == "2026-10-16", got


def test_an_official_announcing_the_start_is_the_ceremony_told_before() -> None:
    text = (
        "通山县人民政府\n发布时间：2026-11-06 19:10\n11月6日上午，通山县2026年第四季度重大项目集中开工活动在通山经济开发区举行。"
        "县委书记聂文涛宣布项目开工。"
    )
    events = results_of(PIPELINE("t", text))["events"]
    assert [e["date"] for e in events] == ["2026-11-06"], events
