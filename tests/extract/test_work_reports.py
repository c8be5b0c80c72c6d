"""Work reports as public-information pages post them: a file card over the title, and the
report at a new congress's first session that reviews five years, not one."""

from __future__ import annotations

from tests.extract.reading import PIPELINE, read

_CARD = (
    "安福县人民政府\n首页 > 政府信息公开 > 法定主动公开内容 > 政府工作报告\n"
    "索引号：A05120-0203-2026-0047　　信息分类：政府工作报告\n"
    "发布机构：安福县人民政府办公室　　成文日期：2026-01-23　　发布日期：2026-09-15\n"
    "浏览次数：962\n【字体：大 中 小】　【打印本页】　【关闭窗口】\n\n"
    "政 府 工 作 报 告（摘要）\n——2026年1月18日在安福县第十八届人民代表大会第六次会议上\n\n"
)


def test_a_file_card_over_a_work_report_is_no_title_and_its_review_is_the_year_before() -> None:
    text = (
        _CARD
        + "各位代表：\n\n一、过去一年工作回顾\n预计全年地区生产总值完成268.5亿元、增长5.8%；规模以上工业增加值增长8.2%。"
    )
    doc = PIPELINE("t", text)
    assert doc.text[doc.paragraphs[doc.title_index()].start :].startswith("政府工作报告")
    got = read(text, "period")
    assert got["268.5亿元"] == "2025" and got["8.2%"] == "2025", got


def test_a_review_of_five_years_counts_what_was_done_in_them_all() -> None:
    text = (
        "庆安县人民政府\n首页 > 政府信息公开 > 政府工作报告\n"
        "发布机构：庆安县人民政府办公室　　成文日期：2026-10-29\n浏览次数：2,037\n\n"
        "政 府 工 作 报 告\n——2026年10月29日在庆安县第十九届人民代表大会第一次会议上\n\n"
        "各位代表：\n现在，我代表庆安县人民政府，向大会报告过去五年的工作和今后五年的主要目标任务。\n\n"
        "一、过去五年工作回顾\n"
        "（一）综合实力持续增强。2025年，全县地区生产总值达到142.6亿元，年均增长6.7%。\n\n"
        "（二）项目建设扎实推进。五年累计实施重点项目186个，完成投资236.8亿元。开发区入驻企业126家。\n"
        "我们也清醒看到，高新技术企业仅有9家。"
    )
    got = read(text, "period")
    assert got["186个"] == "cumulative", got


def test_an_undated_honour_or_finished_work_in_a_year_s_review_happened_that_year() -> None:
    text = (
        "内黄县人民政府\n政府工作报告\n——2026年1月9日在内黄县第十七届人民代表大会第五次会议上\n\n"
        "一、2025年工作回顾\n2025年，全县地区生产总值增长6.1%。县人民医院新院区建成投用。\n"
        "（五）社会事业全面进步。城镇新增就业7862人。改造老旧小区38个。"
        "成功举办第三届内黄果蔬博览会。太清宫镇入选省级乡村振兴示范乡镇。\n"
        "二、2026年工作安排\n县职业中专新校区建成投用。"
    )
    events = {e["summary"]: e["date"] for e in PIPELINE("t", text).events}
    assert events.get("县人民医院新院区建成投用") == "2025", events
    assert events.get("成功举办第三届内黄果蔬博览会") == "2025", events
    assert events.get("太清宫镇入选省级乡村振兴示范乡镇") == "2025", events
    assert "县职业中专新校区建成投用" not in events, events  # the plan's, no happening


def test_a_plan_report_s_draft_for_next_year_sets_goals() -> None:
    text = (
        "关于某市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
        "　　一、2025年国民经济和社会发展计划执行情况\n"
        "　　全市实现地区生产总值968.4亿元，增长6.3%。\n"
        "　　二、2026年国民经济和社会发展计划草案\n"
        "　　（一）聚力项目建设。安排市级重点项目160个，新增规上工业企业60家。\n"
    )
    got = read(text, "qualifier")
    assert got["968.4亿元"] == "exact", got
    assert got["160个"] == got["60家"] == "target", got


def test_a_government_s_five_year_term_is_the_span_its_figures_cover_not_a_figure() -> None:
    text = (
        "政府工作报告\n一、过去五年工作回顾\n"
        "过去五年，是全县发展进程中极不平凡的五年。五年来，全县地区生产总值年均增长7.2%。"
        "五年累计完成固定资产投资1286亿元，城乡居民收入五年间年均分别增长6.8%和8.1%。\n"
        "二、今后五年的目标任务\n今后五年，政府工作的总体要求是……\n"
    )
    doc = PIPELINE("t", text)
    years = [doc.text[q.start : q.start + 3] for q in doc.facts() if q.unit == "年"]
    assert years == ["五年来"], years  # 五年来 alone is told as a figure


def test_a_course_kept_is_no_happening_but_a_report_that_features_the_place_is() -> None:
    text = (
        "泰和县工业和信息化局2025年工作总结\n"
        "2025年，在县委、县政府的坚强领导下，县工信局聚焦电子信息、新材料两大主导产业，"
        "全力推动工业经济高质量发展。\n"
        "2025年12月18日，央视《新闻联播》聚焦泰和县电子信息产业发展。\n"
    )
    events = [e["summary"] for e in PIPELINE("t", text).events]
    assert not [s for s in events if "两大主导产业" in s], events
    assert [s for s in events if "新闻联播" in s], events


def test_what_was_done_so_far_told_in_the_plan_s_section_is_no_goal() -> None:
    text = (
        "政府工作报告\n一、过去五年工作回顾\n五年来，全县地区生产总值年均增长6.2%。\n"
        "二、今后五年奋斗目标和主要任务\n到2030年，地区生产总值突破300亿元。\n"
        "三、今年第四季度重点工作\n前三季度，全县规上工业增加值同比增长7.9%，社会消费品零售总额完成32.7亿元。"
        "第四季度，确保全年地区生产总值增长6%。\n"
    )
    got = read(text, "qualifier")
    assert got["7.9%"] == got["32.7亿元"] == "exact", got
    assert got["突破300亿元"] == "target", got


def test_a_plan_s_term_run_out_is_no_happening() -> None:
    text = (
        "深泽县人民政府\n发布时间：2026-09-16\n2025年，县委、县政府团结带领全县人民，"
        "“十四五”规划圆满收官。"
    )
    events = [e["summary"] for e in PIPELINE("t", text).events]
    assert not [s for s in events if "规划" in s], events
