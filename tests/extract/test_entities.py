"""What is an entity of a text and what is only a word about one. Each test fails if its
rule is taken out."""

from __future__ import annotations

import pytest

from chainatlas.extract.topic import title_firm
from tests.extract.reading import PIPELINE, read


def test_专精特新_alone_describes_firms_and_names_no_programme() -> None:
    doc = PIPELINE("t", "全市组织专精特新企业融资对接活动16场，新增省级专精特新中小企业12家。")
    names = {e["name"] for e in doc.entities}
    assert "专精特新" not in names, names
    assert "省级专精特新中小企业" in names, names


def test_enterprise_technology_centres_of_any_level_are_a_kind_of_platform_not_a_programme() -> (
    None
):
    doc = PIPELINE("t", "全县新增省级企业技术中心5家，国家级企业技术中心2家，国家级经开区1个。")
    names = {e["name"] for e in doc.entities}
    assert not names & {"省级企业技术中心", "国家级企业技术中心", "国家级经开区"}, names


def test_credits_set_with_a_bar_and_four_character_names_are_people() -> None:
    text = (
        "西昌新闻\n2026-06-19 08:36　来源：西昌市融媒体中心　记者：吉克阿依　沙马拉哈\n"
        "全市签约项目16个。\n编辑丨王晓彤\n审核丨陈 勇 周丽娟"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "person"}
    assert {"吉克阿依", "沙马拉哈", "王晓彤", "陈勇", "周丽娟"} <= names, names


def test_a_byline_set_apart_by_full_width_spaces_names_people_and_table_heads_do_not() -> None:
    text = "十年磨一剑\n\n程雁秋　陆晓川\n\n汾湖高新区近年来发展迅速。\n\n指标　单位　年度目标\n"
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "person"}
    assert names == {"程雁秋", "陆晓川"}, names


def test_a_press_conference_names_its_speakers_and_no_time_or_verb_as_a_place() -> None:
    text = (
        "云岭经开区召开前三季度经济运行新闻发布会\n\n"
        "主持人　梁然：\n　　今天我们邀请到经开区管委会副主任程涛先生、口岸物流局局长谢菲女士，"
        "介绍经开区前三季度经济运行情况。\n\n程涛：\n　　我就介绍这些，谢谢大家！\n\n"
        "记者：\n　　第四季度经开区有哪些工作安排？\n"
    )
    found = {(e["name"], e["type"]) for e in PIPELINE("t", text).entities}
    assert {("梁然", "person"), ("程涛", "person"), ("谢菲", "person")} <= found, found
    names = {name for name, _type in found}
    assert not names & {"介绍", "第四季度经开区", "介绍经开区"}, names


def test_who_speaks_in_a_transcript_and_who_is_named_after_a_title_are_people() -> None:
    text = (
        "泽城：链上发力稳增长\n\n泽城县召开新闻发布会。县委书记周启明任链长，县长刘海涛任副链长。\n\n"
        "记者：\n　　下一步有哪些打算？\n\n吕青：\n　　谢谢您的提问。\n\n"
        "记者：\n　　还有什么？\n\n吕青：谢谢！合作社理事长金成浩说，今年要扩产。\n"
    )
    found = {(e["name"], e["type"]) for e in PIPELINE("t", text).entities}
    people = {name for name, kind in found if kind == "person"}
    assert {"周启明", "刘海涛", "吕青", "金成浩"} <= people, found
    assert "泽城" not in people  # a place's headline, told as 泽城县 too


def test_a_name_set_out_with_spaces_after_a_title_is_a_person_named_without_them() -> None:
    text = "县发展和改革局局长　覃 文 斌\n\n各位代表：\n\n嘉釉新材总经理何　静告诉记者，县长李 梅主持仪式。"
    people = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "person"}
    assert {"覃文斌", "何静", "李梅"} <= people, people


def test_a_town_after_a_verb_that_places_something_is_named_whatever_follows() -> None:
    text = (
        "高纯石墨项目落户鲁塘镇；民宿集群在书洋镇建设，投产仪式在野马川镇新厂区举行。"
        "项目所在地椰林镇周边乡镇配套完善，在特色小镇和城乡之间。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"鲁塘镇", "书洋镇", "野马川镇"} <= names, names
    assert not names & {"地椰林镇", "周边乡", "色小镇"}, names


def test_each_town_of_a_list_of_towns_is_named_but_no_slogan() -> None:
    text = "韩山镇、胡集镇、扎下镇各新增2家，象河乡和铜山乡依托浅山丘陵。推进工业强镇、生态美镇、文旅兴镇建设。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"韩山镇", "胡集镇", "扎下镇", "象河乡", "铜山乡"} <= names, names
    assert not names & {"生态美镇", "文旅兴镇"}, names


def test_an_office_approving_or_checking_is_named_without_经() -> None:
    text = "经市统计局核定，全年增长5%。经省人民政府批准，设立和平县工业园。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"市统计局", "省人民政府"} <= names and not {"经市统计局", "经省人民政府"} & names, names


def test_a_firm_named_after_its_city_and_town_starts_at_its_province() -> None:
    text = "走进东莞市大朗镇广东朗衣智能科技有限公司的数字化车间。江苏省南京市江宁区南京凯越科技有限公司成立。"
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "company"}
    assert "广东朗衣智能科技有限公司" in names, names


def test_leaders_listed_before_等出席_and_a_credit_padded_with_two_spaces_are_people() -> None:
    text = (
        "来源：新区融媒体中心　　作者：葛  岚　温启帆　　浏览次数：1,702\n\n"
        "新区领导鲍海林、汤启明等出席活动。"
    )
    people = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "person"}
    assert {"葛岚", "温启帆", "鲍海林", "汤启明"} <= people, people


def test_people_after_a_title_set_apart_or_in_a_card_and_leaders_before_县直() -> None:
    text = (
        "公司首席执行官 邓泽宇 表示，订单饱满。管委会主任 唐晓川 致辞。\n\n董事长：郑怀谦\n\n"
        "公司董事会秘书孙雅琴回应称，公司经营正常。县领导傅明远、廖思琪，县直有关部门负责人参加活动。"
    )
    people = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "person"}
    assert {"邓泽宇", "唐晓川", "郑怀谦", "孙雅琴", "傅明远", "廖思琪"} <= people, people


def test_a_surname_set_apart_from_a_two_character_given_name_is_one_person() -> None:
    text = "全县产值增长。\n\n编辑 | 谭 志强\n审核 | 肖雨桐\n\n公司总经理戴 鹏说，订单饱满。"
    people = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "person"}
    assert {"谭志强", "肖雨桐", "戴鹏"} <= people and "戴鹏说" not in people, people


def test_provincial_papers_and_news_sites_are_institutions() -> None:
    text = "来源：中安在线　　2026-10-12\n\n据大河报报道，华龙网、上游新闻等媒体也作了报道。\n来源：人民网-人民日报"
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "institution"}
    assert {"中安在线", "大河报", "华龙网", "上游新闻", "人民网", "人民日报"} <= names, names
    assert "人民网-人民日报" not in names  # two outlets named together


def test_a_ranking_s_name_leaves_out_the_field_it_counts() -> None:
    doc = PIPELINE("t", "株洲高新区新闻\n在全国178个国家高新区综合评价中，株洲高新区位列第23位。")
    names = {e["name"] for e in doc.entities}
    assert "国家高新区综合评价" in names, names


def test_words_ending_in_a_verb_before_an_institution_s_word_name_none() -> None:
    doc = PIPELINE("t", "园区每年吸引大学毕业生3000余名来此就业。")
    assert not any(e["name"].endswith("大学") for e in doc.entities), doc.entities


def test_a_firm_s_works_before_a_phase_name_no_firm() -> None:
    doc = PIPELINE("t", "2025年9月26日，滇韵茶业智能化精制二期项目投产仪式举行。")
    assert "滇韵茶业智能化精制" not in {e["name"] for e in doc.entities}, doc.entities


@pytest.mark.parametrize(
    "text", ["下一步，公司将全力推进二期项目。", "一是推进碳纤维二期项目建设。"]
)
def test_pushing_on_a_phase_names_no_builder(text: str) -> None:
    assert not PIPELINE("t", text).mentions, PIPELINE("t", text).mentions


def test_the_bare_word_for_a_firm_before_a_phase_names_no_firm() -> None:
    text = "通瑞电子总经理许嘉明介绍，公司一期项目于去年6月建成投产。"
    assert "公司" not in {m.name for m in PIPELINE("t", text).mentions}


def test_an_industrial_zone_is_a_park_and_what_a_page_about_it_tells_is_its() -> None:
    text = (
        "人民网 > 人民日报 > 第10版：经济\n天津南港工业区推动石化产业向新材料延伸\n"
        "如今，天津南港工业区已集聚化工新材料企业100余家。\n"
    )
    doc = PIPELINE("t", text)
    assert ("天津南港工业区", "park") in {(m.name, m.type) for m in doc.mentions}, doc.mentions
    assert read(text, "subject")["100余家"] == "天津南港工业区"


def test_a_titled_person_is_found_before_what_they_did_together() -> None:
    doc = PIPELINE("t", "3月26日，晋玻新能董事长韩志刚与市委书记周海涛共同为窑炉点火。")
    names = {e["name"] for e in doc.entities if e["type"] == "person"}
    assert {"韩志刚", "周海涛"} <= names, names


def test_a_name_ending_in_和_before_what_the_person_says_keeps_it() -> None:
    doc = PIPELINE("t", "“智能化是传承。”公司总工程师陈永和说，团队攻克了多项技术。")
    names = {e["name"] for e in doc.entities if e["type"] == "person"}
    assert names == {"陈永和"}, names


def test_the_place_whose_party_committee_is_named_is_a_place_of_the_text() -> None:
    doc = PIPELINE("t", "朔州市委常委、怀仁市委书记周海涛出席仪式。")
    names = {e["name"] for e in doc.entities}
    assert "朔州市" in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("鄯善县综合实力排名第11位，荣列西部百强县第42位。", "西部百强县"),
        ("2024年，砚山县在西部百强县中位列第58位。", "西部百强县"),
        ("位列全国地级市化工产业竞争力50强第14位。", "全国地级市化工产业竞争力50强"),
        (
            "砚山县在全省129个县（市、区）县域经济高质量发展综合考评中位列第9位。",
            "县域经济高质量发展综合考评",
        ),
    ],
)
def test_a_ranking_with_a_short_name_or_a_counted_field_is_named(text: str, name: str) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert name in names, names


def test_an_official_who_leads_a_team_or_presents_is_a_person() -> None:
    text = (
        "6月16日，辽阳高新区党工委书记陈立军带队赴上海开展招商活动。"
        "推介会上，辽阳高新区管委会主任韩冬梅从区位交通等方面作了推介。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"陈立军", "韩冬梅"} <= names, names


def test_authors_on_a_line_of_their_own_are_people_whatever_their_names_spelling() -> None:
    text = " 硅业兴县看鄯善\n\n热合曼·艾则孜 刘晓东\n\n地处吐鲁番盆地东部的鄯善，工业发展亮眼。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"热合曼·艾则孜", "刘晓东"} <= names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市委书记王建平、市长格桑次仁出席仪式并见证签约。", "格桑次仁"),
        ("贡嘎县人民政府县长　次仁多吉\n", "次仁多吉"),
        ("县长热合曼·艾则孜出席会议。", "热合曼·艾则孜"),
        ("县委书记艾力·吾买尔出席。", "艾力·吾买尔"),  # the name stops before what he did
        ("董事长艾克拜尔·吐尔洪说。", "艾克拜尔·吐尔洪"),
    ],
)
def test_an_official_whose_name_has_no_surname_is_a_person(text: str, name: str) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "person"}
    assert name in names, names


def test_a_county_s_park_with_a_long_name_is_named_whole_from_its_county() -> None:
    text = "贡嘎县高原特色农产品加工产业园新入驻企业5家、总数达到14家。"
    doc = PIPELINE("t", text)
    names = {e["name"] for e in doc.entities}
    assert "贡嘎县高原特色农产品加工产业园" in names, names
    subjects = {doc.text[q.start : q.end]: q.subject for q in doc.facts()}
    assert subjects["5家"] == "贡嘎县高原特色农产品加工产业园", subjects


def test_a_team_led_by_a_doctor_is_what_the_team_s_figures_are_about() -> None:
    text = (
        "2021年，国家重大人才工程入选者、氢能专家周启航博士带领团队来到定州，"
        "目前团队已有40余位工程师，累计申请发明专利86件。"
    )
    doc = PIPELINE("t", text)
    assert "周启航" in {e["name"] for e in doc.entities}, doc.entities
    subjects = {doc.text[q.start : q.end]: q.subject for q in doc.facts()}
    assert subjects["40余位"] == "周启航团队", subjects


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("优质企业是落实全省制造业重点产业链现代化建设“1269”行动计划的主力军。", "“1269”行动计划"),
        ("据中国光伏行业协会统计，2025年澄晖新材光伏玻璃出货量位居全球第5位。", "中国光伏行业协会"),
        ("2025年，宿州经开区党工委召开会议，部署招商工作。", "宿州经开区党工委"),
    ],
)
def test_names_keep_their_kind_and_lose_the_word_that_cites_them(text: str, name: str) -> None:
    names = {m.name for m in PIPELINE("t", text).mentions}
    assert name in names, names


def test_a_bare_fair_after_who_attended_it_is_no_name() -> None:
    names = {m.name for m in PIPELINE("t", "来自深圳的160余人参加推介会。").mentions}
    assert not any(n.endswith("推介会") for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "代表团走访企业14家，举办专场招商推介会1场。",
        "全县建有院士专家工作站7个。",
        "建设蟋蟀文化博物馆、研学基地和特色街区。",
        "金山工业园区2012年晋升为自治区级工业园区。",
        "努力建设产业集聚、绿色低碳的现代化工业园区。",
        "县人民银行举办银企对接会3场、政银企对接会2场，组织用工对接会和产需对接会。",
        "组织企业参加贸易洽谈会4场。",
    ],
)
def test_a_kind_of_fair_station_or_quarter_with_no_host_named_is_no_name(text: str) -> None:
    names = {m.name for m in PIPELINE("t", text).mentions}
    kinds = {
        "专场招商推介会",
        "院士专家工作站",
        "特色街区",
        "自治区级工业园区",
        "现代化工业园区",
        "银企对接会",
        "政银企对接会",
        "用工对接会",
        "产需对接会",
        "贸易洽谈会",
    }
    assert not names & kinds, names


@pytest.mark.parametrize(
    "text",
    [
        "2023年以来累计引进瓶胚、瓶盖、标签、纸箱等包装配套企业14家。",
        "重点引进流浆箱、压榨辊、烘缸等关键部件制造企业。",
        "全县拥有省级以上工程技术研究中心38家。",
        "如今集聚了钛精矿、高钛渣、四氯化钛、海绵钛、钛锭、钛材和钛制品等上下游企业36家。",
        "园区集聚富硒茶、富硒魔芋、富硒饮品等食品企业23家。",
    ],
)
def test_wares_services_and_a_kind_of_centre_listed_name_no_body(text: str) -> None:
    assert not PIPELINE("t", text).mentions, PIPELINE("t", text).mentions


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("2020年4月，烘干、分拣、包装、冷链等配套企业陆续落户。", set()),
        ("公司已带动树脂、芯材、玻纤织物等上下游配套企业跟进落户。", set()),
        ("中游，引进盘海调味、鲜禾包装等配套企业19家。", {"盘海调味", "鲜禾包装"}),
        ("先后引进宁夏汉渠发酵科技有限公司、峡源维生素等配套企业。", {"峡源维生素"}),
    ],
)
def test_what_suppliers_make_listed_before_their_word_names_no_firm(
    text: str, firms: set[str]
) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "company"}
    assert names - {"宁夏汉渠发酵科技有限公司"} == firms, names


def test_a_centre_unveiled_with_a_ceremony_is_named_without_it() -> None:
    text = "6月18日，燕山精工新工厂投产仪式暨北京市风电轴承工程技术研究中心揭牌仪式在房山区举行。"
    names = {m.name for m in PIPELINE("t", text).mentions}
    assert "北京市风电轴承工程技术研究中心" in names, names


def test_a_firm_named_after_a_prefecture_opening_with_he_keeps_its_name() -> None:
    text = "链主企业和田锦绣纺织有限公司(以下简称“锦绣纺织”)1—10月实现产值21.7亿元。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "和田锦绣纺织有限公司" in names, names


def test_a_listing_approved_is_no_city() -> None:
    text = (
        "基地累计获批上市1类创新药21个，获批上市三类医疗器械注册证386张；"
        "其中，2025年获批上市创新药5个。获批上市产品销售额增长20%。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not any(n.endswith("上市") for n in names), names


def test_a_park_a_firm_moved_into_is_named_without_the_move() -> None:
    text = "普康药业成立于2009年，2019年迁入塔岭工业园，现有员工860人。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "塔岭工业园" in names, names


def test_an_institute_unveiled_at_a_base_is_no_site_of_it() -> None:
    text = "2025年6月，首都医科大学大兴研究院在基地揭牌，已引进科研团队16个。"
    got = read(text, "subject")
    assert got["16个"] == "首都医科大学大兴研究院", got


def test_a_built_up_area_is_no_district() -> None:
    text = "开发区规划面积32.6平方公里，建成区面积18.4平方公里，建成区内企业120家。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "建成区" not in names, names


def test_a_city_s_short_name_inside_words_is_no_city() -> None:
    text = "全市卫生陶瓷产量约占全国的40%，其中卫生陶瓷产量已连续十二年位居全国首位。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not any(n.startswith("中卫") for n in names), names


def test_an_industry_a_park_keeps_its_eyes_on_is_no_industry_phrase() -> None:
    text = "今年以来，万州经开区紧盯电子信息产业链关键环节开展精准招商，累计签约项目31个。"
    got = read(text, "subject")
    assert "紧盯" not in str(got["31个"]), got


def test_a_ranking_or_list_entered_is_named_without_the_word_for_list() -> None:
    text = "园区在2025中国化工园区30强榜单中列第24位，较上年前进3位。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "中国化工园区30强" in names, names
    assert not any(n.endswith(("榜单", "名单")) for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "之后数年间，长岭相继引进了塔筒、法兰、锚栓等一批配套项目。",
        "累计引进海洋观测仪器、水下机器人、特种缆索等配套企业27家。",
        "航天城引进火箭总装、发动机、卫星载荷等项目46个。",
        "带动玻璃瓶、瓶盖、纸箱等包装配套企业7家落户。",
    ],
)
def test_products_and_stages_listed_before_their_firms_or_projects_are_no_names(
    text: str,
) -> None:
    companies = [e["name"] for e in PIPELINE("t", text).entities if e["type"] == "company"]
    assert companies == [], companies


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("年末全市具有资质等级的总承包和专业承包建筑业企业86家。", "资质"),
        ("渝丰轮毂年产铝合金轮毂1200万只，产品配套长安汽车、赛力斯等8家整车企业。", "产品配套"),
        ("义龙新区贵州义龙智能装备有限公司研发的智能钻机已累计销售1200余台。", "义龙新区贵州"),
        ("“签约只是起点，落地才是关键。”活动现场，陈国栋要求加快项目落地。", "签约只是起点"),
        ("其中，崇仁县江西仁和变电设备有限公司2025年实现营业收入6.8亿元。", "崇仁县江西"),
        (
            "崇仁县江西仁和变电设备有限公司（以下简称“仁和变电”）是入选企业中的佼佼者。",
            "崇仁县江西",
        ),
        ("【同步发布：12家企业获评省级绿色工厂】\n近日，省工信厅公布名单。", "省级绿色工厂】"),
    ],
)
def test_words_around_names_are_no_part_of_them(text: str, wrong: str) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not any(n.startswith(wrong) for n in names), names


def test_a_research_academy_and_a_design_institute_are_named_by_their_suffixes() -> None:
    text = "武清区政府还与中国医药工业研究总院签署协议，管委会与上海船舶研究设计院签署合作协议。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"中国医药工业研究总院", "上海船舶研究设计院"} <= names, names


def test_a_park_named_an_industrial_zone_is_a_park() -> None:
    text = "静海区子牙循环经济产业区新入选小巨人企业2家，位居全区第二。"
    kinds = {e["name"]: e["type"] for e in PIPELINE("t", text).entities}
    assert kinds.get("静海区子牙循环经济产业区") == "park", kinds


def test_sunshine_in_a_solar_story_is_no_city() -> None:
    text = "共和县地处高原，年均日照时数超过2900小时，日照资源丰富。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "日照" not in names, names


def test_a_county_s_or_district_s_own_fund_names_no_industry() -> None:
    text = "要素保障方面，上半年区产业发展基金向产业链企业投放资金3.2亿元。"
    got = read(text, "subject")
    assert got["3.2亿元"] != "区产业", got


def test_a_firm_whose_name_holds_he_is_read_through_it_by_its_short_name() -> None:
    text = (
        "4月15日上午，河南沁和新材料股份有限公司（以下简称“沁和新材”，股票代码：001336）"
        "在深圳证券交易所主板上市。2025年，沁和新材实现营业收入12.6亿元。"
    )
    assert read(text, "subject")["12.6亿元"] == "河南沁和新材料股份有限公司"


def test_a_short_name_defined_after_a_listed_firm_s_stock_code_names_the_firm() -> None:
    doc = PIPELINE(
        "t",
        "楚味源食品 > 新闻中心\n楚味源发布2026年三季报\n发布时间：2026-10-29 20:15\n"
        "10月28日晚，湖北楚味源食品股份有限公司（证券代码：605386，以下简称“楚味源”）发布三季报。",
    )
    assert title_firm(doc) == ("湖北楚味源食品股份有限公司", "company")


def test_ranking_lists_named_before_a_place_on_them_are_programmes() -> None:
    doc = PIPELINE(
        "t",
        "华擎智造去年营业收入486.3亿元，位列中国电子信息百强企业第42位。"
        "该企业位列中国企业500强第86位、河南省民营企业百强第23位。",
    )
    names = {e["name"] for e in doc.entities if e["type"] == "programme"}
    assert {"中国电子信息百强企业", "河南省民营企业百强"} <= names, names


def test_a_firm_whose_name_ends_in_居_and_one_after_有_are_read_whole() -> None:
    doc = PIPELINE(
        "t",
        "上海悦居智能科技有限公司总经理说。浙江神仙居工艺品有限公司专注工艺品。"
        "代表企业有恩平市华磁科技有限公司。安徽济和堂药业有限公司召开大会。",
    )
    names = {m.name for m in doc.mentions if m.type == "company"}
    assert names == {"上海悦居智能科技有限公司", "浙江神仙居工艺品有限公司", "恩平市华磁科技有限公司",
                     "安徽济和堂药业有限公司"}, names  # fmt: skip


def test_work_on_chains_and_counted_drives_in_quotes_are_no_programmes() -> None:
    doc = PIPELINE("t", "全县实施“补链强链延链”工程，延安实施补链、强链、延链“三大工程”。")
    assert [m.name for m in doc.mentions if m.type == "programme"] == []


def test_a_verb_of_assigning_before_a_park_s_word_names_no_park() -> None:
    doc = PIPELINE("t", "年初，县委、县政府下达金牌港开发区主要经济指标8项。")
    names = {e["name"] for e in doc.entities}
    assert not any(n.startswith(("县政府", "政府")) and n.endswith("开发区") for n in names), names


def test_a_municipality_s_commissions_and_a_bank_s_branch_are_named_but_no_trade() -> None:
    doc = PIPELINE(
        "t",
        "数据分别来源于县统计局、县农业农村委、县商务委和人民银行奉岭县支行。"
        "园区聚焦三个细分行业，部分行业增速回落。",
    )
    names = {e["name"] for e in doc.entities}
    assert {"县农业农村委", "县商务委", "人民银行奉岭县支行"} <= names, names
    assert not any(n.endswith("分行") for n in names), names


def test_projects_at_a_step_and_a_kind_of_laboratory_name_nothing() -> None:
    doc = PIPELINE(
        "t",
        "青岭开发区前三季度招商引资情况\n发布时间：2026-10-20\n"
        "（三）竣工投产项目。前三季度，竣工投产项目11个，总投资28.5亿元。\n"
        "园区新建重点实验室2家。",
    )
    names = {e["name"] for e in doc.entities} | {m.name for m in doc.mentions}
    assert not {"竣工投产项目", "重点实验室"} & names, names
    assert {q.subject for q in doc.facts()} == {"青岭开发区"}


def test_a_quoted_label_a_thing_is_taken_as_is_no_programme_but_an_honour_held_is() -> None:
    text = "费县把招引长三角家居企业作为“一号工程”。作为“中国自行车童车之乡”，平乡接续奋斗。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "一号工程" not in names, names
    assert "中国自行车童车之乡" in names, names


def test_what_a_trade_turns_to_sell_and_a_manner_of_service_are_no_programmes() -> None:
    text = "推动竹产业由“卖原料”向“卖产品”“卖品牌”转变，组织专班开展“一对一”辅导。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not names & {"卖原料", "卖产品", "卖品牌", "一对一"}, names


def test_aspects_listed_before_firms_and_a_forecast_before_the_firm_name_no_firm() -> None:
    text = (
        "县委、县政府将在水源保护、要素保障、市场开拓等方面全力支持企业发展壮大。"
        "研报预计公司2026年营业收入88.5亿元。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not names & {"水源保护", "要素保障", "市场开拓", "预计公司"}, names


def test_a_trade_body_named_by_its_kind_alone_is_no_entity() -> None:
    text = "推介会上，长三角地区家居企业和行业协会代表150余人参加。中国家具协会会长出席。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "行业协会" not in names, names


def test_a_quoted_honour_a_place_is_rated_is_a_programme_but_a_grade_is_not() -> None:
    text = "今年5月，王集镇获评“中国纺织服装品牌创新示范镇”。在全省考核中，王集镇获评“优秀”等次。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "中国纺织服装品牌创新示范镇" in names, names
    assert "优秀" not in names, names


def test_the_county_party_committee_named_bare_is_a_government() -> None:
    text = "同心县工业园区在县委、县政府的坚强领导下实现产值50亿元。同心县规上工业增长8%。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"同心县委", "县政府"} <= names, names


def test_a_town_of_three_characters_and_zhen_where_a_place_stands() -> None:
    text = (
        "今年5月，王江泾镇获评“中国纺织服装品牌创新示范镇”。来自芦草沟镇的挡车工说。"
        "城镇和乡村居民收入稳步增长，工业重镇再添新动能。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"王江泾镇", "芦草沟镇"} <= names, names
    assert not {"城镇和乡", "工业重镇"} & names, names


def test_a_town_firms_settle_in_and_a_township_are_places() -> None:
    text = "一批配套企业相继落户上派镇、紫蓬镇。在都康乡的一个辣椒专业合作社，社员正在分拣辣椒。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"上派镇", "紫蓬镇", "都康乡"} <= names, names


def test_a_places_product_brand_goes_by_its_name_a_firms_brand_keeps_the_word() -> None:
    text = "“恭城月柿”品牌价值达56.3亿元。公司“澄曦”品牌在细分领域知名度较高。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "恭城月柿" in names and "恭城月柿品牌" not in names, names
    assert "澄曦" not in names, names


def test_the_county_whose_bodies_a_page_names_is_an_entity_though_never_named_alone() -> None:
    text = (
        "全县工业经济稳中有进。\n来源：武平县工业和信息化局\n"
        "主办：武平县人民政府办公室　承办：重庆市南川区人民政府办公室"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"武平县", "南川区"} <= names, names
    assert "重庆市" not in names, names


def test_people_named_after_their_work_and_in_a_wechat_credit() -> None:
    text = (
        "在聚烯烃车间，操作工李娜正盯着中控屏幕。种粮大户徐长贵正在清点高粱。"
        "西岭镇柿农李文光说，价格有保底。\n\n文字｜孙 悦\n图片｜李明轩\n"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"李娜", "徐长贵", "李文光", "孙悦", "李明轩"} <= names, names


def test_a_leader_who_makes_a_presentation_and_a_grower_at_work_are_people() -> None:
    text = "推介会上，县长韩志刚作专题推介。海镇竹农周大勇说，今年竹笋价格好。种植大户赵国荣一边掰着玉米一边说。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"韩志刚", "周大勇", "赵国荣"} <= names, names


def test_a_named_pilot_base_or_rd_centre_is_a_platform_a_kind_of_one_is_not() -> None:
    text = (
        "达拉特氢能装备中试基地建成投用，舒兰稻米精深加工技术研发中心揭牌。"
        "全县建成电商直播基地5个，企业在上海张江设立研发中心。"
    )
    names = {e["name"]: e["type"] for e in PIPELINE("t", text).entities}
    assert names.get("达拉特氢能装备中试基地") == "platform", names
    assert names.get("舒兰稻米精深加工技术研发中心") == "platform", names
    assert not any(n.endswith(("直播基地", "设立研发中心")) for n in names), names


def test_a_park_inside_a_zone_is_an_entity_by_its_own_name_and_the_zone_keeps_its_figures() -> None:
    doc = PIPELINE("t", "霍城工业园区纺织服装产业园入驻企业12家。项目入选省级特色产业园区。")
    names = {e["name"] for e in doc.entities}
    assert {"霍城工业园区", "纺织服装产业园"} <= names, names
    assert not any(n.startswith("入选") for n in names), names
    assert [q.subject for q in doc.facts()] == ["霍城工业园区"]


def test_industry_clustering_zones_and_industrial_project_areas_are_parks() -> None:
    text = "项目落户虞城县产业集聚区。陆川县工业集中区新增企业8家。图克工业项目区加快建设。"
    names = {e["name"]: e["type"] for e in PIPELINE("t", text).entities}
    assert names.get("虞城县产业集聚区") == names.get("陆川县工业集中区") == "park", names
    assert names.get("图克工业项目区") == "park", names


def test_an_evaluation_a_place_is_ranked_in_or_whose_results_are_published_is_a_programme() -> None:
    text = (
        "在 2025 年全省开发区综合发展水平评价中，台商区位列第5位。"
        "今年4月，云南省公布2024年度开发区综合考核评价结果，曲靖经开区位列全省第3。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"全省开发区综合发展水平评价", "开发区综合考核评价"} <= names, names


def test_the_county_hospital_named_by_its_office_is_an_institution_but_no_topic() -> None:
    doc = PIPELINE("t", "青山县人民政府\n2025年，县人民医院新院区建成启用，新增中小学校5所。")
    assert {"县人民医院"} <= {e["name"] for e in doc.entities}
    assert "县人民医院" not in {q.subject for q in doc.facts()}


@pytest.mark.parametrize(
    ("text", "not_named", "named"),
    [
        ("报告期内公司实现营业收入9.86亿元。", "报告期内公司", None),
        ("天然气价格波动将直接影响公司产品成本。", "直接影响公司", None),
        (
            "投产仪式在舞钢经济技术开发区公司新厂区隆重举行。",
            "舞钢经济技术开发区公司",
            "舞钢经济技术开发区",
        ),
        ("投产仪式在绥中滨海经济区公司二号厂区隆重举行。", "绥中滨海经济区公司", None),
        ("区经济信息委组织开展服务月活动，建立区领导联系重点企业制度。", "建立区", None),
        ("千陈轨道交通装备有限公司配套国内9条城市轨道交通线路。", "条城市", None),
        ("县城建成区面积扩展到32.6平方公里。", "城建成区", None),
        ("走出了一条资源型县域转型发展的新路子。资源型县域要靠创新。", "源型", None),
        (
            "巴南区工业稳步增长。据区经济信息委负责人介绍，巴南区将加快发展。",
            "据区经济信息委",
            None,
        ),
        (
            "▶在长三角郏县籍企业家联谊会座谈会上，代表团通报了家乡发展情况。",
            "在长三角郏县籍企业家联谊会座谈会",
            None,
        ),
    ],
)
def test_words_before_a_name_s_last_word_are_no_part_of_a_name(
    text: str, not_named: str, named: str | None
) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not_named not in names, names
    assert named is None or named in names, names


def test_the_bodies_a_site_s_footer_names_are_entities() -> None:
    text = (
        "肥东县前三季度经济运行情况\n发布时间：2026-10-27\n\n前三季度，全县地区生产总值增长6.2%。\n\n"
        "主办：肥东县人民政府办公室　　承办：肥东县数据资源局"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"肥东县人民政府办公室", "肥东县数据资源局"} <= names, names


@pytest.mark.parametrize(
    ("text", "named", "not_named"),
    [
        ("10月12日，开化县党政代表团赴深圳开展招商引资活动。", "开化县党政代表团", None),
        ("县长杜晓峰率县党政代表团赴长三角开展招商活动。", None, "长杜晓峰率县党政代表团"),
        ("察布查尔锡伯自治县人民政府\n首页 > 新闻中心\n", "察布查尔锡伯自治县人民政府", None),
        ("泰兴经济开发区经江苏省人民政府批准设立。", "江苏省人民政府", None),
    ],
)
def test_a_delegation_and_an_autonomous_county_s_government_are_named_by_their_place(
    text: str, named: str | None, not_named: str | None
) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert named is None or named in names, names
    assert not_named is None or not_named not in names, names


def test_a_delegation_s_trip_is_about_its_place_not_where_it_went() -> None:
    text = (
        "开化新闻网\n首页 > 开化要闻 > 正文\n开化县党政代表团赴深圳开展招商推介活动\n"
        "2026-11-10 08:15　来源：开化县融媒体中心\n\n"
        "本网讯 11月6日至8日，县委书记项建华率开化县党政代表团赴深圳开展招商推介活动。\n\n"
        "在深圳期间，代表团先后走访了深圳市芯汇微电子材料有限公司、深圳华擎半导体科技股份有限公司。"
        "此外，代表团还与12家企业达成初步合作意向。推介会上，深圳市开化商会会长致辞。"
    )
    assert read(text, "subject")["12家"] != "深圳市"


def test_a_delegation_told_by_its_level_alone_is_the_text_s_own_place_s() -> None:
    text = (
        "郏县人民政府门户网站\n首页 > 郏县动态 > 政务要闻\n县党政代表团赴长三角开展招商活动\n"
        "发布日期：2026-10-26\n\n10月21日至23日，县委书记孙建勋率县党政代表团赴江苏、浙江开展招商活动。"
        "郏县地处中原腹地，郏县经开区入驻企业182家。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"郏县党政代表团", "郏县县委"} <= names, names


def test_a_city_s_economy_and_informatisation_commission_is_named_whole() -> None:
    names = {
        e["name"]
        for e in PIPELINE(
            "t", "近日，重庆市经济和信息化委员会公布2026年度专精特新中小企业名单。"
        ).entities
    }
    assert "重庆市经济和信息化委员会" in names and "信息化委员会" not in names, names


def test_a_caption_s_mark_is_no_part_of_a_ceremony_s_name() -> None:
    names = {
        e["name"]
        for e in PIPELINE("t", "▲集中开工暨投产仪式现场\n10月12日，全县项目集中开工。").entities
    }
    assert not any(n.startswith("▲") for n in names), names


def test_a_list_of_clusters_fostered_is_named_as_the_list() -> None:
    names = {
        e["name"]
        for e in PIPELINE("t", "许昌电力装备产业集群入选河南省先进制造业集群培育名单。").entities
    }
    assert "河南省先进制造业集群培育名单" in names, names


def test_a_short_name_defined_with_a_second_one_is_the_first() -> None:
    text = (
        "山东齐瓷先进材料股份有限公司发布2026年半年度报告\n"
        "山东齐瓷先进材料股份有限公司（以下简称“齐瓷材料”或“公司”，证券代码：688762）发布半年报。"
        "上半年，公司实现营业收入18.6亿元。分产品看，特种陶瓷粉体实现营业收入3.2亿元。"
    )
    got = read(text, "subject")
    assert got["3.2亿元"] == "齐瓷材料特种陶瓷粉体", got


def test_a_place_s_own_offices_are_found_after_a_word_of_source_or_company() -> None:
    text = (
        "某县统计公报\n资料来源：财政数据来自县财政局；就业数据来自县人社局。"
        "县发改局会同县市场监管局开展检查。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "government"}
    assert {"县财政局", "县人社局", "县发改局", "县市场监管局"} <= names, names
    assert not any(n.endswith("布局") for n in names), names


def test_a_firm_named_after_a_verb_of_support_starts_after_it() -> None:
    doc = PIPELINE("t", "我们重点扶持辽宁黑岛海洋食品集团有限公司做大做强。")
    assert "辽宁黑岛海洋食品集团有限公司" in {e["name"] for e in doc.entities}, doc.entities


def test_a_happening_dated_in_its_clause_keeps_its_month_in_a_year_s_review() -> None:
    text = (
        "某县工业和信息化局2025年工作总结和2026年工作思路\n一、2025年工作总结\n"
        "全年计划新增规上企业15家。硅砂新材料产业实现产值46.8亿元，同比增长15.3%，"
        "占全县规上工业总产值的35.3%。辽宁彰砂新材料有限公司（以下简称“彰砂新材”）"
        "年产30万吨光伏玻璃用超白石英砂项目于2025年8月建成投产。\n"
    )
    doc = PIPELINE("t", text)
    dates = {e["date"] for e in doc.events if "辽宁彰砂新材料有限公司" in e["actors"]}
    assert dates == {"2025-08"}, doc.events


def test_bodies_after_words_of_request_passage_or_display_start_after_them() -> None:
    text = "受市人民政府委托，现将报告如下。请市统计局介绍情况。项目经过县项目评审委员会审定，彰显贵安新区算力优势。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"市人民政府", "市统计局", "县项目评审委员会", "贵安新区"} <= names, names
    assert not any(n.startswith(("受", "请", "过", "彰显")) for n in names), names


def test_a_trade_s_team_and_a_report_s_period_name_no_one() -> None:
    text = "公司践行绿色制造理念，报告期内浑南一期智能工厂投产。全县培育电商直播团队160余个。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not any(n.startswith("报告期") or n == "商直播" for n in names), names


def test_selected_firms_figures_and_a_report_s_closing_request_are_no_happenings() -> None:
    text = (
        "临淄区工信局\n发布时间：2026-10-28\n2025年，34家入选企业合计实现营业收入86.4亿元。\n"
        "以上报告，请予审议，并请市政协各位委员和其他列席人员提出意见。\n"
    )
    assert PIPELINE("t", text).events == [], PIPELINE("t", text).events


def test_a_three_character_name_set_out_in_full_in_a_credit_line_is_one_person() -> None:
    text = "沐川发布\n记者:罗 晓 梅 何佳\n编辑:唐一帆\n审核:刘 洋 陈思远\n"
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "person"}
    assert {"罗晓梅", "何佳", "刘洋", "陈思远"} <= names, names


@pytest.mark.parametrize(
    ("credit", "people"),
    [
        ("人民日报\n\n本报记者　杨 晓 川\n\n", {"杨晓川"}),
        (
            "来源：县融媒体中心　作者：记者 乐 思 远　通讯员 夏文婷　浏览次数：2,034\n",
            {"乐思远", "夏文婷"},
        ),
        ("来源：日报　记者 王 磊 李 娜\n", {"王磊", "李娜"}),
        (
            "来源：县融媒体中心　作者：记者 汪 洋　通讯员 程思远\n▲开工现场（记者 汪 洋 摄）\n",
            {"汪洋", "程思远"},
        ),
    ],
)
def test_a_name_of_three_characters_spaced_after_a_role_is_one_person(
    credit: str, people: set[str]
) -> None:
    doc = PIPELINE("t", credit + "通山县石材产业发展迅速。")
    assert {e["name"] for e in doc.entities if e["type"] == "person"} == people, doc.entities


def test_a_body_after_a_verb_of_carrying_out_or_the_next_step_starts_after_it() -> None:
    text = "下一步公司将扩大产能。我们将认真执行区第二届人民代表大会第五次会议批准的计划。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not any(n.startswith(("下一步", "认真执行")) for n in names), names


def test_a_happening_told_in_a_project_s_item_is_the_firm_s_the_item_names() -> None:
    text = (
        "什邡市精细磷化工产业链\n发布时间：2026-10-21\n"
        "四川雍城精细化工有限公司（以下简称“雍城化工”）是链上重点企业。\n"
        "　　——雍城化工年产5万吨食品级磷酸盐项目。总投资4.6亿元，今年8月建成投产，从开工到投产用时14个月。\n"
    )
    events = PIPELINE("t", text).events
    assert any(
        e["date"] == "2026-08" and "四川雍城精细化工有限公司" in e["actors"] for e in events
    ), events


def test_a_project_signed_in_a_month_with_no_firm_named_is_the_place_s_happening() -> None:
    text = "平舆县工信局\n发布时间：2026-10-12\n2025年6月签约的户外折叠家具项目已建成投产，新增产值3亿元。\n"
    events = PIPELINE("t", text).events
    assert any(e["date"] == "2025-06" and "平舆县" in e["actors"] for e in events), events


def test_the_products_a_chain_s_stage_lists_are_no_firms() -> None:
    text = "中游（整机制造）：萨克斯、长笛、单簧管、小号、圆号等整机企业172家；"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not names & {"萨克斯", "长笛", "小号"}, names


@pytest.mark.parametrize(
    "text",
    ["9月23日，代表团赴江苏禾盛冷链物流有限公司考察。", "代表团前往江苏禾盛冷链物流有限公司考察。"],
)
def test_a_firm_gone_to_is_named_after_the_verb_of_going(text: str) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "company"}
    assert names == {"江苏禾盛冷链物流有限公司"}, names


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "已建成区面积12.8平方公里，下设农产品精深加工产业园、新能源装备产业园和现代物流园三个专业园。",
            "设农产品精深加工产业园",
        ),
        ("运营有限公司：负责跨境电商产业园运营。", "负责跨境电商产业园"),
        ("地址：阿拉山口市友谊路12号综保区管委会", "号综保区管委会"),
        ("循化是全国唯一的撒拉族自治县，黄河在县境内流经82公里。", "一的撒拉族自治县"),
    ],
)
def test_a_name_starts_after_a_verb_of_holding_an_address_number_or_的(
    text: str, wrong: str
) -> None:
    names = {m.name for m in PIPELINE("t", text).mentions}
    assert wrong not in names, names


def test_a_tibetan_name_spaced_in_a_credit_line_is_one_person() -> None:
    doc = PIPELINE("t", "西海都市报\n本报记者　索南 卓玛　　通讯员　李振华\n唐卡产业发展迅速。")
    names = {e["name"] for e in doc.entities if e["type"] == "person"}
    assert names == {"索南卓玛", "李振华"}, names


@pytest.mark.parametrize(
    "text",
    [
        "为攻克难题，公司技术团队历时两年完成开发。",
        "越来越多的石材企业和设计团队选择落户。",
        "自己从普通操作工成长为产线班组长，收入也提高了。",
        "今年以来，公司新招聘大学毕业生和技术工人150人。",
    ],
)
def test_a_firm_s_team_a_team_joined_by_和_a_worker_s_growth_and_graduates_name_no_one(
    text: str,
) -> None:
    assert not PIPELINE("t", text).entities, PIPELINE("t", text).entities


def test_the_kinds_of_project_a_place_aims_to_bring_in_name_no_firm() -> None:
    text = "园区重点招引丝绸印染后整理、丝绸文创、富硒功能食品、预制菜、绿色建材、农机装备等项目。"
    assert not PIPELINE("t", text).entities, PIPELINE("t", text).entities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推广“企业+合作社+农户”模式，带动农户增收。", None),
        ("形成“链主+配套”发展格局。", None),
        ("全面推行“标准地+承诺制”改革。", "标准地+承诺制"),
    ],
)
def test_a_way_of_working_that_only_joins_kinds_names_no_programme(
    text: str, name: str | None
) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "programme"}
    assert names == ({name} if name else set()), names


@pytest.mark.parametrize(
    "text",
    ["座谈中，双方就二期项目达成一致。", "“感谢县委、县政府和各级部门的支持。”公司董事长说。"],
)
def test_both_sides_of_a_talk_and_a_verb_of_thanks_name_no_body(text: str) -> None:
    names = {m.name for m in PIPELINE("t", text).mentions}
    assert not {n for n in names if n.startswith(("双方", "感谢"))}, names


@pytest.mark.parametrize(
    "text",
    [
        "县自然资源、行政审批、住建等部门负责人现场为企业答疑解惑。",
        "企业负责人普遍表示，入选省级专精特新后融资更容易了。",
    ],
)
def test_departments_listed_and_a_word_after_a_title_name_no_one(text: str) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] in ("company", "person")}
    assert not names, names


def test_a_role_led_with_names_no_firm() -> None:
    text = (
        "米东区化工新材料产业集群发展纪实\n以链主为牵引，米东区绘制产业链图谱。以龙头企业为引领，"
        "以新疆天沣新材料有限公司、米东石化为龙头，集群加快壮大。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not names & {"链主", "龙头企业", "龙头"} and "米东石化" in names, names


def test_a_firm_s_own_office_a_place_before_a_bare_公司_and_a_verb_of_lying_near_name_nothing() -> (
    None
):
    text = (
        "喜讯！年产6.5万吨铜合金板带项目一期投产\n原创 陆泰铜业 2026-10-28\n"
        "10月27日，湖北陆泰精密铜业股份有限公司项目一期投产仪式在下陆区公司新厂区隆重举行。"
        "园区紧邻临空经济区，交通便捷。\n来源：公司综合办公室\n编辑：综合办公室"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not names & {"公司综合办公室", "综合办公室", "下陆区公司", "园区紧邻临空经济区"}, names
    assert "湖北陆泰精密铜业股份有限公司" in names, names


def test_ways_listed_a_verb_on_the_firm_and_what_an_honour_is_taken_as_name_nothing() -> None:
    text = (
        "岙峰传动入选国家级制造业单项冠军\n"
        "下一步，浙江岙峰传动科技股份有限公司将以此次入选单项冠军为新起点，持续创新。"
        "公司将继续通过加大研发投入、优化产品结构、拓展海外渠道等方式提升公司核心竞争力。"
        "记者梳理公司2025年年度报告发现，机构预测公司2026年营收继续增长，与投资者共享公司发展成果。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    spurious = {"加大研发投入", "优化产品结构", "拓展海外渠道", "单项冠军为新起点"}
    assert not names & spurious, names
    assert not {n for n in names if n.endswith("梳理公司") or n.endswith("共享公司")}, names
    assert not {n for n in names if n.endswith("预测公司")}, names
    assert "浙江岙峰传动科技股份有限公司" in names, names


def test_a_province_named_in_passing_is_no_entity_but_one_named_in_full_is() -> None:
    text = (
        "10月20日，县委书记率代表团赴广东、上海开展招商活动。"
        "江苏省工信厅公布名单，江苏共有86家企业入选。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert not names & {"广东", "上海"}, names
    assert names & {"江苏", "江苏省"}, names


def test_a_firm_joined_by_he_after_an_aside_does_not_take_the_he() -> None:
    text = (
        "我市确定黑龙江北薯农业科技有限公司（以下简称“北薯农业”）和黑龙江讷谟尔薯业有限公司"
        "（以下简称“讷谟尔薯业”）为链主企业。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "黑龙江讷谟尔薯业有限公司" in names, names
    assert "和黑龙江讷谟尔薯业有限公司" not in names, names


def test_what_is_melted_down_inside_a_plant_is_no_firm_listed() -> None:
    text = "新厂区配套建设了废水零排放系统，铝屑等边角料实现百分之百厂内回炉。引进科达、华锐等3家整车厂。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "铝屑" not in names, names
    assert {"科达", "华锐"} <= names, names


def test_a_place_whose_name_opens_with_a_function_word_is_named_whole_before_its_brackets() -> None:
    text = (
        "2025年，在区委、区政府的坚强领导下，广东从化经济开发区管理委员会（以下简称“管委会”）"
        "坚持以制造业当家。代表企业有于都贡锦纺织有限公司等。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "广东从化经济开发区管理委员会" in names, names
    assert "化经济开发区管理委员会" not in names, names
    assert "于都贡锦纺织有限公司" in names and "有于都贡锦纺织有限公司" not in names, names


def test_verbs_of_marking_setting_up_carrying_out_renting_and_welcoming_open_no_name() -> None:
    text = (
        "项目投产，也标志着徐圩新区烯烃产业链再添一环。公司与江南大学食品学院建立联合实验室。"
        "项目选址桥林街道，园区争创国家高新技术产业开发区。"
        "全区实施都市工业园提质行动，企业租用开发区标准厂房。欢迎各界朋友来公司参观指导。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    spurious = {"也标志着徐圩新区", "食品学院建立联合实验室", "实施都市工业园", "租用开发区"}
    assert not {n for n in names if "选址" in n or "争创" in n}, names
    assert not names & spurious, names
    assert not {n for n in names if n.endswith("来公司")}, names


def test_a_reform_named_by_one_short_word_keeps_its_kind_a_longer_one_goes_by_its_name() -> None:
    text = "全县深化“放管服”改革，推行“标准地+承诺制”改革，打造“澄曦”品牌，设立“链易贷”专项。"
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert {"“放管服”改革", "标准地+承诺制", "“澄曦”品牌", "链易贷"} <= names, names


def test_a_periodical_in_its_page_footer_and_a_site_over_its_breadcrumbs_are_publishers() -> None:
    """甘肃经济观察  2025年第7期 far down the text (a page's footer) and 德宏网 > 经济 at the top
    name who publishes it."""
    text = "正文一段。" * 200 + "\n— 24 —\n甘肃经济观察  2025年第7期\n正文。"
    names = {(e["name"], e["type"]) for e in PIPELINE("t", text).entities}
    assert ("甘肃经济观察", "institution") in names, names
    names = {(e["name"], e["type"]) for e in PIPELINE("t", "德宏网 > 经济 > 企业\n正文。").entities}
    assert ("德宏网", "institution") in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2022年3月，该公司在深交所创业板上市。", "深交所"),
        ("2025年6月，公司首发申请获深交所上市审核委员会审议通过。", "深交所上市审核委员会"),
        ("公司首次公开发行股票获中国证监会同意注册。", "中国证监会"),
    ],
)
def test_exchanges_and_the_securities_regulator_are_institutions(text: str, name: str) -> None:
    """A firm's listing news names the exchange and the regulator by their short names."""
    names = {(e["name"], e["type"]) for e in PIPELINE("t", text).entities}
    assert (name, "institution") in names, names


@pytest.mark.parametrize(
    "text",
    ["新增企业3家、累计达到14家；新建省级工程技术研究中心4家。", "园区建成科技企业孵化器2家。"],
)
def test_a_kind_of_platform_with_its_level_is_no_name(text: str) -> None:
    """新建省级工程技术研究中心, 科技企业孵化器: kinds of platform counted, none named."""
    assert not PIPELINE("t", text).entities


@pytest.mark.parametrize(
    "text",
    [
        "南通泰州扬州海工装备和高技术船舶集群获评优秀等次。",
        "“入选省级专精特新，对我们既是肯定也是鞭策。”",
        "现将2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案提请大会审议。",
    ],
)
def test_a_grade_an_honour_without_its_class_and_a_meeting_reported_to_are_no_programmes(
    text: str,
) -> None:
    """获评优秀等次 gives a grade; 入选省级专精特新 leaves the honour's class unsaid; a plan
    提请大会审议 goes to a meeting the text does not name."""
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "programme"}
    assert not names, names


def test_a_firms_periodic_report_is_no_programme() -> None:
    """《2026年半年度报告》 and its 摘要: what a listed firm files, not a programme."""
    text = "公司于2026年8月27日披露了《2026年半年度报告》及《2026年半年度报告摘要》。"
    assert not PIPELINE("t", text).entities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2024年，郓城获中国纺织工业联合会授予“中国纺织服装产业名城”称号。", "中国纺织工业联合会"),
        ("在中国石油和化学工业联合会发布的化工园区30强中位列第14位。", "中国石油和化学工业联合会"),
        (
            "安义县获中国有色金属加工工业协会授予“中国铝型材产业基地”称号。",
            "中国有色金属加工工业协会",
        ),
    ],
)
def test_national_trade_associations_are_named_whole(text: str, name: str) -> None:
    """A national trade association that gives an honour or a ranking: named whole (中国石油
    is no firm here), without the place and the verb before it (郓城获…)."""
    names = {(e["name"], e["type"]) for e in PIPELINE("t", text).entities}
    assert (name, "institution") in names, names


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("沁县谷子（小米）产业链实现产值14.8亿元，小米加工企业30家。", []),
        ("打造最美的乡村，建设美丽家园。", []),
        ("与华为、小米等企业开展合作。", ["华为", "小米"]),
        ("小米汽车工厂投产。", ["小米"]),
        ("美的、格力等家电企业入驻园区。", ["美的", "格力"]),
    ],
)
def test_a_firm_whose_short_name_is_a_word_is_one_only_where_written_as_one(
    text: str, firms: list[str]
) -> None:
    """小米 of a millet chain and 美的 of 最美的 are words; beside another firm or before a
    firm's word they are the firms."""
    doc = PIPELINE("t", text)
    assert [m.name for m in doc.mentions if m.type == "company"] == firms


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("呼和浩特市恒达精密机械有限公司成立于2012年。", ["呼和浩特市恒达精密机械有限公司"]),
        ("今年自治区政府工作报告提出，加快建设能源基地。", ["自治区政府"]),
        (
            "全县确定山西沁谷皇小米集团有限公司、山西沁禾食品有限公司为链主企业。",
            ["山西沁谷皇小米集团有限公司", "山西沁禾食品有限公司"],
        ),
    ],
)
def test_a_name_runs_over_a_city_s_function_word_and_stops_at_a_verb(
    text: str, names: list[str]
) -> None:
    """呼和浩特 holds 和, which ends no name; 自治区政府 is the region's government, not a
    district's; 确定 is a verb before the firms it makes lead firms."""
    assert [m.name for m in PIPELINE("t", text).mentions] == names


@pytest.mark.parametrize(
    "text",
    [
        "阿克塞聚力打造以光热发电为引领，光伏、风电协同发展的新能源产业集群。",
        "将以雪域乳业为龙头，加快引进牦牛肉精深加工、乳清蛋白提取等延链项目。",
    ],
)
def test_work_a_plant_does_is_a_kind_of_project_not_a_firm(text: str) -> None:
    """以光热发电为引领, 引进…精深加工、…提取等项目: the work done, not who does it."""
    firms = [m.name for m in PIPELINE("t", text).mentions if m.type == "company"]
    assert not any(name.endswith(("发电", "加工", "提取")) for name in firms), firms


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("全县实现产值10亿元。\n【编辑：孟晓瑜】\n", ["孟晓瑜"]),
        ("全县实现产值10亿元。\n【责任编辑】徐　静\n", ["徐静"]),
        ("克什克腾旗人民政府\n旗长　那顺巴雅尔\n", ["那顺巴雅尔"]),
        ("蒙苏氢能总经理哈斯朝鲁说，风光制氢一体化项目已并网。", ["哈斯朝鲁"]),
        ("研究院青年研究员谭慧珊说，她带领的团队去年研发了新品。", ["谭慧珊"]),
    ],
)
def test_credits_in_brackets_and_names_without_surnames_are_people(
    text: str, people: list[str]
) -> None:
    """【编辑：…】 is a credit line; Mongolian names carry no surname, as Tibetan ones do,
    and may run to five characters; a title read inside non-names yields to the next."""
    got = [m.name for m in PIPELINE("t", text).mentions if m.type == "person"]
    assert got == people


def test_a_county_s_park_told_by_its_kind_alone_is_named_with_the_county() -> None:
    text = (
        "宁强县2026年1—9月经济运行情况\n宁强县统计局\n宁强县规上工业增加值增长7.2%。"
        "县工业园区1—9月实现规上工业产值42.6亿元。集中开工活动在县工业园区长桥片区举行。"
    )
    names = {e["name"] for e in PIPELINE("t", text).entities}
    assert "宁强县工业园区" in names, names
    short = text.replace("集中开工活动在县工业园区", "集中开工活动在宁强工业园区")
    assert "宁强工业园区" in {e["name"] for e in PIPELINE("t", short).entities}
    town = {e["name"] for e in PIPELINE("t", text.replace("县工业园区1", "镇工业园区1")).entities}
    assert not {n for n in town if n.endswith("镇工业园区")}, town


def test_a_park_with_a_bracketed_second_name_given_a_short_name_is_a_park() -> None:
    text = (
        "今年以来，乌鲁木齐甘泉堡经济技术开发区（工业区）（以下简称“甘泉堡经开区”）紧盯目标任务。"
    )
    kinds = {(m.name, m.type) for m in PIPELINE("t", text).mentions}
    assert ("乌鲁木齐甘泉堡经济技术开发区（工业区）", "park") in kinds, kinds


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "——木垒县新能源产业集群发展调查\n\n文／马志远　古丽米拉·吐尔逊\n\n　　【摘要】集群快速发展。",
            {"马志远", "古丽米拉·吐尔逊"},
        ),
        ("县委常委、副县长（援疆）刘志鹏，以及县商务局负责同志参加。", {"刘志鹏"}),
        ("“今年是好年份。”西夏堡酒庄庄主刘志远说。", {"刘志远"}),
        ("【主持人　高静】\n各位媒体朋友，上午好！", {"高静"}),
    ],
)
def test_people_of_a_written_by_line_after_a_bracketed_post_or_in_brackets(
    text: str, people: set[str]
) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "person"}
    assert people <= names, names


def test_an_honour_s_name_stops_at_an_exclamation() -> None:
    names = {
        e["name"] for e in PIPELINE("t", "驰远精密荣获国家级制造业单项冠军企业称号！").entities
    }
    assert not any(n.endswith("！") for n in names), names


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        (
            "思州古城、龙鳌河景区等景区接待人数明显增加。其中，矮寨景区接待游客168.4万人次。",
            {"龙鳌河景区", "矮寨景区"},
        ),
        (
            "依托日月峡国家森林公园和优质生态资源，推动乌兰布统景区创建国家5A级旅游景区。",
            {"日月峡国家森林公园", "乌兰布统景区"},
        ),
        ("全县A级景区达到12个。推进景区提质，有效缓解了核心景区的压力，茶园变景区。", set()),
    ],
)
def test_scenic_areas_are_parks_and_grades_kinds_and_changes_are_none(
    text: str, areas: set[str]
) -> None:
    names = {e["name"] for e in PIPELINE("t", text).entities if e["type"] == "park"}
    assert names == areas, names
