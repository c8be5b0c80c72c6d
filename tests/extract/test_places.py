"""Places that no lexicon lists, found from how the text tells them. Each test fails if its
rule is taken out."""

from __future__ import annotations

import pytest

from chainatlas.extract.topic import main_region
from tests.extract.reading import PIPELINE, read


def test_a_district_whose_name_ends_in_a_common_word_is_found_when_told_often() -> None:
    text = (
        "日照市新闻\n从区域分布看，东港区入选18家，岚山区入选14家。"
        "其中，东港区入选数量连续三年位居全市首位；岚山区入选数量较上年增加5家。"
        "新入选的5家中，东港区2家、岚山区2家。"
    )
    doc = PIPELINE("t", text)
    names = {e["name"] for e in doc.entities}
    assert {"东港区", "岚山区"} <= names, names
    subjects = {doc.text[q.start : q.end]: q.subject for q in doc.facts()}
    assert subjects["14家"] == "岚山区", subjects


def test_a_mountain_area_told_once_is_no_district() -> None:
    doc = PIPELINE("t", "全县山区面积占62%，山区群众收入增长8%。")
    assert not any(e["name"].endswith("山区") for e in doc.entities), doc.entities


def test_a_place_s_entrants_counted_by_kind_are_the_place_s() -> None:
    text = (
        "金沙工信\n近日，贵州省工业和信息化厅公布名单。全省共有24个产业集群入选，"
        "其中毕节市入选集群4个、企业7家；金沙县入选集群2个、企业5家。"
    )
    got = read(text, "subject")
    assert got["2个"] == "金沙县", got


def test_a_count_told_of_the_whole_province_is_the_province_s() -> None:
    got = read("金沙工信\n本次名单中，全省共有24个产业集群入选，金沙县入选集群2个。", "subject")
    assert got["24个"] == "全省", got


def test_a_place_in_a_ranking_names_no_industry() -> None:
    text = (
        "★河南豫芯微电子有限公司：专注车规级功率器件。2025年实现营业收入8.6亿元，"
        "产品国内市场占有率约12%，位居细分领域第3位。"
    )
    subjects = read(text, "subject")
    assert subjects["第3位"] == "河南豫芯微电子有限公司", subjects


def test_a_sentence_opening_with_a_measure_of_the_whole_economy_is_the_place_s() -> None:
    text = (
        "霸州市政府工作报告\n2025年，金属玻璃家具产业实现产值128.5亿元、增长7.2%。"
        "新增规上工业企业43家、总数达到612家。"
    )
    subjects = read(text, "subject")
    assert subjects["43家"] != "金属玻璃家具产业", subjects
    assert subjects["128.5亿元"] == "金属玻璃家具产业", subjects


def test_a_county_s_own_trades_heading_their_growths_are_the_subjects() -> None:
    got = read(
        "浦江县新闻\n2025年，分行业看，水晶玻璃制品业增加值增长11.6%，挂锁五金业增长6.3%，"
        "绗缝家纺业下降2.4%；规模以上工业增长7.8%。",
        "subject",
    )
    assert (got["6.3%"], got["2.4%"]) == ("挂锁五金业", "绗缝家纺业"), got
    assert got["7.8%"] != "规模以上工业", got


def test_a_city_whose_name_ends_in_城_is_found_when_told_without_its_市_too() -> None:
    text = (
        "羽绒之城看共青\n地处鄱阳湖畔的共青城，产业发展同样出色。2025年，共青城市地区生产总值达286.4亿元。"
        "近年来，共青城聚力打造羽绒服装产业。共青城市规上工业增加值增长9.6%。"
    )
    assert read(text, "subject")["286.4亿元"] == "共青城市"
    names = {
        e["name"]
        for e in PIPELINE(
            "t", "全市加快建设智慧城市。智慧城市建设成效明显，智慧城市指数居前。"
        ).entities
    }
    assert "智慧城市" not in names, names


def test_verbs_of_policy_or_having_before_an_industry_name_no_industry() -> None:
    got = read(
        "尤溪新闻\n记者：今年有哪些具体目标？\n林振华：今年，我们提出铜基新材料产业产值力争突破380亿元。",
        "subject",
    )
    assert not (got["突破380亿元"] or "").startswith("提出"), got
    got = read(
        "贺州新闻\n目前，全市碳酸钙产业拥有高新技术企业63家，建有碳酸钙产业人才小高地，"
        "引进各类专业技术人才1200余名。",
        "subject",
    )
    assert not (got["1200余名"] or "").startswith("建有"), got
    got = read("张掖新闻\n市财政每年安排风电装备产业发展专项资金不少于1亿元。", "subject")
    assert "安排" not in (got["不少于1亿元"] or ""), got
    got = read("宣城新闻\n全年落户宣城高新技术产业开发区的项目38个，总投资126亿元。", "subject")
    assert not (got["38个"] or "").startswith("落户"), got
    got = read("全县做优食品加工产业，规上企业达到46家。", "subject")
    assert not (got["46家"] or "").startswith("做优"), got


def test_a_park_word_points_back_past_a_picture_s_caption() -> None:
    text = (
        "蕲春新闻\n2014年，李时珍医药工业园区开园。\n▲蕲艾产业园开园资料图\n"
        "如今的园区集聚了艾制品、中药饮片等环节企业320余家。"
    )
    assert read(text, "subject")["320余家"] == "李时珍医药工业园区"


def test_a_plan_or_a_map_that_states_figures_is_not_what_they_count() -> None:
    text = (
        "福安新闻\n发布时间：2026-03-20\n福安市电机电器产业链图谱发布。"
        "《图谱》明确链主企业4家：福安闽东电机、福安亚南电机、福安铁城电机和福安力源电机。"
    )
    assert read(text, "subject")["4家"] != "图谱"


def test_an_office_that_tells_the_place_s_figures_is_not_their_subject() -> None:
    text = (
        "瑞昌市人民政府\n1—9月我市外贸和招商引资工作稳中有进\n发布时间：2026-10-15\n"
        "第四季度，市商务局将全力冲刺全年目标，力争全年外贸进出口总额突破65亿元。"
    )
    assert read(text, "subject")["突破65亿元"] != "市商务局"


def test_a_designation_counted_heads_no_later_clause() -> None:
    text = (
        "温岭新闻\n力争到2027年，国家级专精特新“小巨人”企业达到50家，"
        "省级专精特新中小企业突破600家。"
    )
    assert read(text, "subject")["突破600家"] != "国家级专精特新“小巨人”企业"


def test_a_banner_s_own_page_is_about_the_banner() -> None:
    text = (
        "科右前旗人民政府\n2026年上半年科右前旗经济运行情况\n"
        "上半年，全旗实现地区生产总值52.3亿元，同比增长6.1%。全旗牛存栏18.2万头。"
    )
    got = read(text, "subject", "indicator")
    assert got["52.3亿元"] == ("科右前旗", "地区生产总值"), got
    assert got["18.2万头"] == ("科右前旗", "牛存栏"), got


def test_a_flag_in_a_text_that_is_no_banner_s_is_no_place() -> None:
    text = "义乌商贸新闻\n3月，星条旗订单增长12%；4月，星条旗出口达5万面，国旗类产品增长8%。"
    doc = PIPELINE("t", text)
    assert not any(e["name"].endswith("旗") for e in doc.entities), doc.entities


def test_what_a_firm_owns_on_a_banner_s_page_is_no_banner() -> None:
    text = "阿荣旗人民政府\n全旗新增企业12家。7月，金禾集团旗下2家企业投产；9月，金禾集团旗下1家企业开工。"
    doc = PIPELINE("t", text)
    assert not any(e["name"].endswith("集团旗") for e in doc.entities), doc.entities


def test_a_county_s_location_praised_is_no_district() -> None:
    text = "礼泉县人民政府\n客商表示，“礼泉区位优越、果业基础雄厚”，将加快项目落地。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "礼泉区" not in names, names


def test_the_banner_itself_and_a_slogan_are_no_banner_s_name() -> None:
    text = (
        "产业强旗看伊金霍洛\n\n伊金霍洛旗统计局\n产业强旗的伊金霍洛“密钥”。2025年，伊金霍洛旗地区生产总值"
        "1286.5亿元。年末全旗牛存栏96.8万头；年末全旗公路总里程6128公里。"
    )
    doc = PIPELINE("t", text)
    names = {e["name"] for e in doc.entities if e["name"].endswith("旗")}
    assert names == {"伊金霍洛旗"}, names
    assert read(text, "subject")["6128公里"] == "伊金霍洛旗"


def test_a_site_named_for_a_city_and_its_district_is_the_district_s() -> None:
    text = (
        "上海金山\n首页 > 要闻动态\n\n金山区召开重点产业链推进会\n\n来源：金山区融媒体中心\n\n"
        "2月25日，金山区召开推进会。会议通报，2025年，全区实现规上工业总产值1986.5亿元。"
    )
    assert read(text, "subject")["1986.5亿元"] == "金山区"


def test_an_account_s_post_is_titled_by_the_line_under_its_furniture() -> None:
    text = (
        "点击蓝字 关注我们\n\n从一味彝药到百亿产业,楚雄高新区为什么能?\n"
        "原创 楚雄高新区发布 2025-07-18 19:30 云南\n\n"
        "2025年云南省“两会”提出,要做大做强生物医药产业。\n"
        "2024年,园区首次突破百亿元,获评云南省生物医药特色产业基地。"
    )
    doc = PIPELINE("t", text)
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("从一味彝药")
    honoured = [e for e in doc.events if e["date"] == "2024"]
    assert honoured and honoured[0]["actors"][0] == "楚雄高新区", doc.events


def test_counts_told_among_the_whole_province_are_the_province_s() -> None:
    text = "商洛日报\n全省入选企业中，“链主”企业62家、重点配套企业324家。商洛市入选12家。"
    got = read(text, "subject")
    assert got["62家"] == "全省" and got["324家"] == "全省", got
    assert got["12家"] == "商洛市", got


def test_a_prefecture_is_known_by_its_short_name() -> None:
    doc = PIPELINE(
        "t", "作为楚雄州生物医药产业的主阵地，园区产值增长14.6%。德宏州咖啡产业产值86亿元。"
    )
    names = {e["name"] for e in doc.entities}
    assert {"楚雄州", "德宏州"} <= names, names


def test_a_park_named_after_a_city_whose_short_name_is_a_word_is_no_place_of_its_own() -> None:
    text = (
        "通化市人民政府\n通化医药高新区是全市医药产业的核心承载区，2025年园区医药工业产值"
        "达到328.5亿元。通化医药高新区位列第28位。"
    )
    doc = PIPELINE("t", text)
    assert "医药" not in {e["name"] for e in doc.entities}, doc.entities


def test_a_plan_s_targets_of_the_whole_economy_are_the_place_s_among_an_industry_s() -> None:
    text = (
        "天津滨海高新区2025年工作总结\n2026年主要预期目标是：地区生产总值增长6.5%左右，"
        "信创产业营业收入突破2000亿元，国家高新技术企业突破3000家。"
    )
    got = read(text, "subject")
    assert got["突破2000亿元"] == "信创产业", got
    assert got["突破3000家"] == "天津滨海高新区", got


def test_a_park_s_report_on_its_city_s_site_is_the_park_s() -> None:
    text = (
        "德兴市人民政府\n首页 > 政务公开 > 德兴经济开发区管委会 > 计划总结\n"
        "索引号：DX-0123-2026-0004　　发布机构：德兴经济开发区管委会　　发文日期：2026-01-12\n"
        "德兴经济开发区2025年工作总结和2026年工作计划\n"
        "　　一、2025年工作总结\n　　全年签约项目42个，签约总额286.3亿元。"
    )
    got = read(text, "subject", "period")
    assert got["42个"] == ("德兴经济开发区", "2025"), got
    doc = PIPELINE("t", text)
    title = doc.paragraphs[doc.title_index()]
    assert doc.text[title.start : title.end].endswith("工作计划")


def test_our_city_in_a_title_is_the_site_s_city_not_the_province_the_list_is_of() -> None:
    text = (
        "保定市工业和信息化局\n当前位置：首页 > 中小企业 > 工作动态\n\n"
        "我市86家企业入选2026年河北省专精特新中小企业名单\n\n"
        "近日，河北省工业和信息化厅公布名单，我市86家企业入选。"
    )
    assert read(text, "subject")["86家"] == "保定市"


def test_a_district_placed_by_where_it_lies_is_the_story_s_place() -> None:
    text = (
        "医药健康“千亿集群”的昌平答卷\n\n张 宁  刘成林\n\n"
        "地处首都西北的昌平区,一直以“北京后花园”闻名。2025年,全区地区生产总值达到1536.8亿元。"
    )
    assert read(text, "subject")["1536.8亿元"] == "昌平区"


def test_a_sector_s_total_output_is_the_place_s() -> None:
    text = "赤峰市2025年前三季度经济运行情况\n前三季度，全市农林牧渔业总产值增长5.3%。牛存栏162.4万头。"
    got = read(text, "subject")
    assert got["5.3%"] == "赤峰市" and got["162.4万头"] == "赤峰市", got


def test_a_count_of_places_heading_a_breakdown_names_no_place() -> None:
    text = "统计局\n六、分县市看，五县市保持增长\n分县市看，青田县增长8.1%，缙云县增长6.4%。"
    names = [e["name"] for e in PIPELINE("t", text).entities]
    assert "五县市" not in names and "青田县" in names, names


def test_the_places_of_a_breakdown_by_area_each_head_their_clause() -> None:
    text = (
        "克拉玛依市统计局\n分区域看，独山子区规上工业增加值增长8.2%，克拉玛依区增长5.6%，"
        "白碱滩区增长4.3%，乌尔禾区下降1.5%。"
    )
    got = read(text, "subject")
    assert [got[q] for q in ("8.2%", "5.6%", "4.3%", "1.5%")] == [
        "独山子区",
        "克拉玛依区",
        "白碱滩区",
        "乌尔禾区",
    ], got


def test_what_a_place_relies_on_is_not_what_its_figures_are_about() -> None:
    text = "武穴市人民政府\n五年来，武穴依托“武穴英才”计划累计引进各类人才2300余名，其中博士34名。"
    assert read(text, "subject")["2300余名"] == "武穴"


def test_a_county_the_division_table_lists_is_a_place_and_its_short_name_too() -> None:
    text = (
        "棉城织锦看阿瓦提\n地处塔里木盆地北缘的阿瓦提县素有“长绒棉之乡”的美誉。"
        "2025年，阿瓦提纺织服装产业实现产值98.7亿元，位居阿克苏地区首位。"
    )
    doc = PIPELINE("t", text)
    entity = next(e for e in doc.entities if e["name"] == "阿瓦提县")
    assert "阿瓦提" in entity["aliases"], entity
    subjects = {doc.text[q.start : q.end]: q.subject for q in doc.facts()}
    assert subjects["首位"] != "阿克苏地区", subjects


def test_an_autonomous_county_is_called_by_its_place_of_any_length() -> None:
    """阿克塞哈萨克族自治县 is 阿克塞 and 阿克塞县 (its place has three characters); 全省首个县域…
    is the first of its kind, no place."""
    text = (
        "阿克塞哈萨克族自治县位于甘肃最西端。近十年来，阿克塞新能源产业异军突起，"
        "阿克塞县建成全省首个县域共享储能电站，成为全县首个储能项目。"
    )
    doc = PIPELINE("t", text)
    entity = next(e for e in doc.entities if e["name"] == "阿克塞哈萨克族自治县")
    assert {"阿克塞", "阿克塞县"} <= set(entity["aliases"]), entity
    assert not any(e["name"] == "首个" for e in doc.entities), doc.entities
    alone = PIPELINE("t", "2025年，化隆县实现地区生产总值80亿元。")
    assert [m.name for m in alone.mentions if m.type == "region"] == ["化隆县"]


def test_a_county_named_before_its_industry_heads_the_document() -> None:
    text = "共和县人民政府\n共和县光伏材料产业迈入百亿级\n去年，全县光伏材料产业实现产值112.6亿元。"
    doc = PIPELINE("t", text)
    assert "共和县" in {e["name"] for e in doc.entities}, doc.entities


def test_a_county_s_name_inside_words_is_no_place() -> None:
    text = (
        "县工信局会同县财政局开展专项检查，沿海城市的新兴区域吸引企业12家落户。"
        "辽宁海城市菱镁产业实现产值86亿元。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not {"会同县", "新兴区"} & names, names
    assert "海城市" in names, names


def test_a_fair_held_elsewhere_is_about_its_host_not_its_venue() -> None:
    text = (
        "葫芦岛市船舶与海工装备产业链招商推介会在上海举行\n"
        "5月14日，推介会在上海举行。葫芦岛拥有海岸线261公里。"
        "2025年，全市船舶与海工装备产业实现产值286.3亿元，上海客商签约项目5个。"
    )
    got = read(text, "subject")
    assert got["261公里"] in ("葫芦岛", "葫芦岛市"), got
    assert got["286.3亿元"] != "上海", got


def test_yuanqu_is_not_a_firm_s_own_park_named_after_it() -> None:
    text = (
        "抚顺经济开发区前三季度主要经济指标稳中有进\n"
        "8月28日，抚顺矿安智能装备有限公司（以下简称“矿安智能”）智能采掘装备产业园开工。"
        "前三季度，园区新签约项目31个。"
    )
    got = read(text, "subject")
    assert got["31个"] == "抚顺经济开发区", got


def test_a_county_whose_name_holds_a_function_word_heads_its_government_s_name() -> None:
    text = "共和县人民政府\n首页 > 新闻动态\n共和县光伏材料产业迈入百亿级\n统计局会同县工信局开展调查。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "共和县人民政府" in names, names
    assert not any(n.startswith("统计局会同") for n in names), names


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("红寺堡区：一串葡萄“酿”出五十亿产业", "红寺堡区"),
        ("【县域经济】红寺堡区葡萄酒十年增长4.5倍", "红寺堡区"),
        ("从“一串葡萄”到“一条链”：红寺堡区葡萄酒迈上百亿台阶", "红寺堡区"),
        ("市长率团赴深圳开展产业链招商", "吴忠"),
    ],
)
def test_a_county_opening_a_title_on_its_city_s_news_site_is_what_the_page_tells_of(
    title: str, place: str
) -> None:
    text = (
        f"吴忠传媒网\n首页 > 新闻中心 > 县区动态\n{title}\n"
        "来源：吴忠日报　发布时间：2026-03-19 09:30\n全年实现产值52.6亿元，增长9.1%。"
    )
    got = read(text, "subject")
    assert got["52.6亿元"] == place, got


def test_a_count_of_county_leaders_is_no_county() -> None:
    text = "实行“一个项目、一名县领导、一个专班”机制，两名县级干部挂点服务。县委书记梁国栋出席。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not any("名县" in n for n in names), names


def test_hardware_is_an_industry_and_a_release_s_product_list_is_the_place_s() -> None:
    text = (
        "武义县经济运行\n分行业看，五金工具行业产值268.4亿元，增长9.2%；电动工具行业产值152.7亿元。"
        "主要产品中，电动工具产量1286万台，增长6.4%。"
    )
    got = read(text, "subject")
    assert got["268.4亿元"] == "五金工具行业", got
    assert got["1286万台"] == "武义县", got


def test_a_league_s_news_site_names_its_league() -> None:
    text = (
        "锡林郭勒新闻网\n首页 > 要闻 > 盟内新闻\n我盟23家企业入选2026年度自治区级专精特新中小企业名单\n"
        "来源：锡林郭勒日报　发布时间：2026-08-12 09:30\n本批名单中，锡林浩特市入选8家，全盟入选23家。"
        "全盟专精特新中小企业累计达到96家。"
    )
    got = read(text, "subject")
    assert got["96家"] == "锡林郭勒盟", got


def test_a_bureau_of_a_one_character_county_heading_its_summary_names_the_county() -> None:
    got = read(
        "景县工业和信息化局\n2025年度工作总结（节选）\n\n"
        "一、主要工作成效\n\n全年规上工业增加值同比增长8.3%，全县规模以上工业企业达到196家。",
        "subject",
    )
    assert got["8.3%"] == "景县", got
    assert got["196家"] == "景县", got


def test_work_on_a_chain_heading_a_clause_is_no_industry() -> None:
    assert read("在强链环节，全区新增规上企业8家。", "subject")["8家"] != "强链环节"


def test_a_project_named_after_the_amount_it_invests_is_the_amount_s_subject() -> None:
    got = read("在补链环节，今年5月，总投资18亿元的年产30万吨再生铝项目签约落地。", "subject")
    assert got["18亿元"] == "年产30万吨再生铝项目", got


def test_a_district_s_site_under_its_city_s_name_is_the_district_s_and_furniture_no_title() -> None:
    got = read(
        "重庆市九龙坡区人民政府\n首页 > 政务公开 > 九龙坡要闻\n"
        "来源：区经济和信息化委员会    发布时间：2026-10-15 10:20\n字号：[大 中 小]    分享到：\n\n"
        "产业强区看九龙坡\n\n全区规上工业总产值2318.6亿元，同比增长8.7%。",
        "subject",
    )
    assert got["2318.6亿元"] == "九龙坡区", got


def test_a_font_size_and_share_bar_is_page_furniture_not_the_title() -> None:
    doc = PIPELINE(
        "t", "重庆市九龙坡区人民政府\n字号：[大 中 小]    分享到：\n\n产业强区看九龙坡\n\n正文。"
    )
    title = doc.paragraphs[doc.title_index()]
    assert doc.text[title.start : title.end] == "产业强区看九龙坡"


def test_a_sentence_opening_on_the_province_counts_the_province_s_entrants() -> None:
    got = read(
        "大城县工信局\n发布时间：2026-11-20 10:00\n\n大城县2家企业入选省级名单。"
        "今年全省申报企业达到512家，经专家评审，共有68家企业入选省级制造业单项冠军企业。",
        "subject",
    )
    assert got["68家"] == "全省", got


def test_subdistricts_listed_with_their_counts_are_places_that_take_the_count() -> None:
    got = read(
        "安洲街道新认定高新技术企业14家，居全县首位；福应街道11家；南峰街道9家。",
        "subject",
        "indicator",
    )
    assert got["11家"] == ("福应街道", "新认定高新技术企业"), got
    assert got["9家"] == ("南峰街道", "新认定高新技术企业"), got


def test_a_park_s_own_summary_under_its_county_s_site_is_the_park_s() -> None:
    got = read(
        "昌江黎族自治县人民政府\n首页 > 政务公开 > 工作总结\n"
        "昌江循环经济工业园区管理委员会2025年工作总结\n发布时间：2026-01-16 16:30\n"
        "2025年，全年完成规上工业总产值312.6亿元，新签约项目36个。",
        "subject",
    )
    assert got["312.6亿元"] == "昌江循环经济工业园区", got


def test_the_province_on_an_account_s_stamped_line_is_where_it_posted_not_its_subject() -> None:
    doc = PIPELINE(
        "t",
        "点击蓝字 关注我们\n塔城零距离　2026-03-10 21:06　新疆\n"
        "地区召开重点产业链链长制工作推进会\n3月9日，塔城地区重点产业链推进会召开。",
    )
    assert main_region(doc) == "塔城地区"


def test_in_a_park_s_own_report_a_new_section_s_园区_is_the_park_not_a_part_of_it() -> None:
    got = read(
        "湖口高新区2026年前三季度经济运行情况\n发布时间：2026-10-28 16:05\n"
        "三、分园区情况\n金砂湾工业园营业收入占园区比重接近六成；高新技术产业园营业收入小幅下降。\n"
        "四、项目投资持续发力\n前三季度，园区完成固定资产投资68.4亿元。",
        "subject",
    )
    assert got["68.4亿元"] == "湖口高新区", got


def test_a_place_whose_name_opens_with_a_function_word_is_named_whole() -> None:
    doc = PIPELINE(
        "t",
        "同心县人民政府\n首页 > 政务公开 > 年度计划总结\n同心工业园区2025年工作总结\n"
        "发布时间：2026-01-16 16:30\n"
        "2025年，全年完成规上工业总产值96.4亿元。",
    )
    assert main_region(doc) == "同心工业园区"
    assert doc.mentions[0].name == "同心县人民政府"


def test_a_pun_after_a_closing_quote_is_no_county() -> None:
    doc = PIPELINE(
        "t", "“智”造强区看姜堰——姜堰区智能装备产业集群发展纪实\n姜堰区坚持制造强区战略。"
    )
    assert {m.name for m in doc.mentions} == {"姜堰区"}


def test_a_prefecture_s_bureau_over_a_title_of_我州_names_the_prefecture() -> None:
    doc = PIPELINE(
        "t",
        "延边州工业和信息化局\n首页 > 工作动态 > 本局动态\n我州15家企业入选2026年度吉林省绿色工厂名单\n"
        "发布时间：2026-11-16 15:20\n近日，吉林省工业和信息化厅公布名单。",
    )
    assert main_region(doc) == "延边州"


def test_a_ware_named_after_a_place_is_no_mention_of_the_place() -> None:
    text = "乐东县统计局\n前三季度，乐东县哈密瓜产量12.6万吨，同比增长8.2%。"
    doc = PIPELINE("t", text)
    assert "哈密" not in {e["name"] for e in doc.entities}, doc.entities
    assert read(text, "subject")["12.6万吨"] == "乐东县"


def test_a_district_written_in_full_in_the_title_keeps_that_name_under_its_city_s_site() -> None:
    text = (
        "天津市宝坻区人民政府\n首页 > 政务公开 > 统计信息\n\n2026年1—10月宝坻区工业经济运行情况\n\n"
        "发布时间：2026-11-20 16:10\n\n1—10月，全区规模以上工业增加值同比增长6.2%。"
    )
    assert read(text, "subject")["6.2%"] == "宝坻区"


def test_the_location_of_a_county_is_no_district() -> None:
    doc = PIPELINE("t", "陈立群表示，南靖区位交通便利、配套企业集中，南靖县专班全程跟踪服务。")
    assert "南靖区" not in {e["name"] for e in doc.entities}


def test_a_corridor_a_place_lies_in_is_no_place_of_its_own() -> None:
    text = (
        "“链”动辽西走廊 装备强市看凌海\n地处辽西走廊的凌海，装备制造业可圈可点。"
        "2025年，全市装备制造业研发投入强度达到2.8%。以产业为笔，书写辽西走廊县域工业振兴新篇章。"
    )
    doc = PIPELINE("t", text)
    assert "走廊" not in {e["name"] for e in doc.entities}, doc.entities


def test_a_verb_of_receiving_before_a_county_s_government_names_no_county() -> None:
    text = (
        "桦南县人民政府关于上半年工作情况的报告\n主任、各位委员：\n受县人民政府委托，现将情况报告如下。"
        "我们将自觉接受县人大及其常委会的监督。"
    )
    assert "受县" not in {e["name"] for e in PIPELINE("t", text).entities}


def test_the_tail_of_an_autonomous_county_and_a_verb_before_its_committee_are_no_places() -> None:
    text = (
        "道真自治县人民政府\n道真自治县县委副书记、县长冉启华出席仪式。"
        "“这离不开县委、县政府的大力支持。”"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not {n for n in names if n.startswith(("治县", "这离不开"))}, names


def test_a_verb_or_a_word_for_this_county_before_县_names_no_county() -> None:
    text = (
        "宁都县新闻\n2025年，在县委的坚强领导下，在县人大的监督下，全县工业稳中有进。"
        "该项目实行县领导挂点联系，完善县镇村三级冷链网络。随着县委书记一声令下，项目开工。"
        "加上县里的服务，企业扎根宁都。地区生产总值：指本县所有常住单位的生产成果。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not names & {"在县", "实行县", "完善县", "随着县", "加上县", "指本县"}, names


def test_words_of_having_more_or_also_and_a_particle_open_no_name() -> None:
    text = (
        "新都区轨道交通产业发展纪实\n这背后，既有区委、区政府一张蓝图绘到底的坚守。"
        "花椒是山区群众的“致富果”，也成了乡村振兴的“风景线”。这给更多县域特色产业带来启示。"
        "当天下午，代表团还召开了电子信息企业座谈会。区级有关部门和安居经济开发区主要负责同志参加。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not names & {"既有区委", "既有", "也成了乡", "更多", "和安居经济开发区"}, names
    assert "电子信息企业座谈会" in {m.name for m in PIPELINE("t", text).mentions}


def test_towns_whose_names_hold_jia_or_end_a_list_before_deng_are_named() -> None:
    text = "孟河镇、罗溪镇、西夏墅镇等涉农镇持续推进。汤家河镇、胡家坨镇入选全省名单。他回到家乡，创办企业。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"西夏墅镇", "汤家河镇", "胡家坨镇"} <= names, names
    assert not {n for n in names if n.endswith("家乡")}, names


def test_a_town_told_right_after_its_county_or_district_is_named() -> None:
    text = (
        "深秋时节，走进山西省右玉县右卫镇，沙棘林挂满果实。浑江区红土崖镇的蓝莓基地里正在采收。"
        "投产仪式在蕉城区漳湾镇公司新厂区举行。建成后城区至关坝镇车程缩短至30分钟，冷链网络覆盖全区所有乡镇。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"右卫镇", "红土崖镇", "漳湾镇"} <= names, names
    assert not {"至关坝镇", "所有乡"} & names, names


def test_a_list_of_towns_joined_on_by_he_and_a_walled_town_in_a_list_are_named() -> None:
    text = (
        "产业集聚在太谷经济技术开发区和胡村镇、范村镇、北洸乡一带，分布在韩店镇、苏店镇、荫城镇。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"胡村镇", "范村镇", "北洸乡", "荫城镇"} <= names, names
    plan = {e["name"] for e in PIPELINE("t", "推进重点镇、特色镇和小城镇建设。").entities}
    assert not {"特色镇", "重点镇"} & plan, plan
