"""How a sentence opens, which decides whether the topic of the sentences before it goes on.

A sentence with no subject of its own is about the topic told before it, unless its opening
turns to the whole (全年…, 从产品看…, a measure of the whole economy), to a fair's doings
(推介会上…) or to what the place itself does (实施…, 新认定…).
"""

from __future__ import annotations

import re

#: A sentence (or a clause of a list of goals) opening with a measure of the whole economy:
#: the place's, whatever the sentence or clause before was about.
WHOLE_MEASURE = re.compile(
    r"(?:全年)?(?:新增|新培育|新认定)?(?:规上工业企业|规模以上工业企业|(?:国家)?高新技术企业|"
    r"规上工业总产值|规上工业增加值|规模以上工业总产值|规模以上工业增加值|"
    r"国家级专精特新|省级专精特新|专精特新|地区生产总值|固定资产投资|一般公共预算收入)"
)

NEW_VIEW = re.compile(
    r"(?:从|分)[\u4e00-\u9fff]{1,6}(?:看|来看)[，,]|受[^，。；]{2,24}影响[，,]"
    r"|(?:全年)?主要(?:工业)?产品(?:产量)?中[，,]"  # 主要产品中，电动工具产量…: the place's output
    # 现代山地特色高效农业持续壮大，辣椒种植面积…: a theme heading the place's figures
    r"|[\u4e00-\u9fff]{2,12}(?:持续壮大|加快发展|提质增效|持续向好|蓬勃发展|不断壮大|加快推进)[，,]"
)
#: ``推介会上，6个项目集中签约``, ``大会现场集中签约…``: a sentence told at the fair named before.
AT_FAIR = re.compile(r"[\u4e00-\u9fff]{0,4}(?:会|论坛)(?:上|现场|期间)|现场")
WHOLE_YEAR = re.compile(r"(?:全年|一年来|过去一年)(?![，,]?(?:该|其|这))")

#: What a place does, opening a sentence after one about a firm (实施技改项目68个).
DOINGS = re.compile(r"(?:全年|今年|同时)?[，,]?(?:实施|新认定|认定|新签约|开展|组织|举办|推进)")
