"""Tier counts (1个百亿级, 3个五十亿级) belong to the structure a place names for its
industries, quoted as a shape (“一主两辅”, “1+3”), wherever the sentence names it. Each case
fails if the rule is taken out."""

from __future__ import annotations

import pytest

from tests.extract.reading import read


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "棉城织锦看阿瓦提\n地处盆地北缘的阿瓦提县素有美誉。近年来，阿瓦提以“一主两辅”产业布局"
            "为牵引，着力打造1个百亿级纺织服装产业集群，培育2个十亿级产业。",
            "1个",
            "阿瓦提“一主两辅”产业布局",
        ),
        (
            "武穴磷化工的跃升之路\n建园之初，武穴市委、市政府就把磷化工作为首位产业，提出“一主两翼”"
            "发展路径：做强1个三百亿级磷化工主导产业，培育医药化工、新能源材料2个百亿级产业。",
            "2个",
            "“一主两翼”发展路径",
        ),
        (
            "长垣医疗器械纪实\n“1+3”产业格局加速成型\n长垣聚力打造以医疗器械1个五百亿级主导产业，"
            "起重装备、防腐建材3个百亿级特色产业为架构的“1+3”\n现代产业体系。",
            "1个",
            "“1+3”现代产业体系",
        ),
    ],
)
def test_a_tier_count_is_the_structure_s_that_the_place_names(
    text: str, quote: str, subject: str
) -> None:
    assert read(text, "subject")[quote] == subject


def test_a_chain_s_own_page_under_its_leader_system_tells_the_chain_s_figures() -> None:
    text = (
        "寿光市工业和信息化局\n【链长制】寿光市海洋化工产业链：“链”出新动能\n"
        "发布时间：2026-10-21 15:36　　来源：市工业和信息化局\n\n"
        "2025年，全市海洋化工产业链规上企业达到86家，实现营业收入512.6亿元。\n"
        "● 上游（原盐、卤水开采）：企业38家。\n"
        "链长带队走访企业130余家次，协调解决问题57个。\n"
    )
    got = read(text, "subject")
    assert got["86家"] == got["512.6亿元"] == "寿光市海洋化工产业链", got
    assert got["38家"] == "上游", got
    assert got["130余家次"] != "寿光市海洋化工产业链", got
