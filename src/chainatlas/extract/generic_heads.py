"""Words before a kind of body that make no name of it: 龙头企业, 重点实验室, 全市…座谈会
name a kind, not one body; a name needs its place, field or host before the kind word.
"""

from __future__ import annotations

import re

#: Words that, alone before a suffix, name only a kind (售给个人、社会集团; 设立博士后科研工作站).
GENERIC_PREFIX = {
    "社会",  # 售给个人、社会集团: a buyer in the statistics, not a group of firms
    "上市",
    "龙头",
    "骨干",
    "规上",
    "外资",
    "民营",
    "国有",
    "博士后",
    "院士",
    "研发",
    "技术",
    "企业",
    "省级",
    "自治区级",  # 晋升为自治区级工业园区: a park's level, not its name
    "国家级",
    "国家",
    "市级",
    "专家",
    "高校",
    "园区",
    "供需",  # 供需对接会: a kind of meeting, named only with its chain or place
    "银企",  # 银企对接会, 政银企对接会, 用工对接会, 产需对接会, 贸易洽谈会: kinds of meeting
    "政银企",
    "用工",
    "产需",
    "贸易",
    "产销",
    "科技企业",  # 科技企业孵化器: a kind of incubator, named only with its host or place
    "博士后科研",  # 设立博士后科研工作站: a kind of station, named only with its firm
    "工程技术",
    "工程",
    "产业技术",
    "技术创新",
    "企业技术",
    "公司",
    "共享",
    "联合",
    "重点",  # 重点实验室: a kind of laboratory, named only with its field or host
    "行业",  # 企业和行业协会代表: a kind of body, named only with its trade
    "企业家",  # 企业家座谈会, 专题座谈会: a kind of meeting, named only with who meets
    "专题",
    "专场",  # 举办专场推介会9场: a kind of fair, named only with its place or trade
    "专场招商",
    "院士专家",  # 建有院士专家工作站1个: a kind of station, named only with its host
    "特色",  # 特色街区: a kind of quarter, named only with its place
    "现代化",  # 建设…的现代化工业园区: what a park is to become, not its name
}
GENERIC_HEAD = re.compile(
    r"^(全省|全国|全市|省级|国家级|市级|各|该|本|我|此次|这次|上述|全年|今年|去年|年末|当年|其中|此外|"
    r"届时|目前|同时|另外|如今|随后|其子|近年来|近年|多年来|报告期内|报告期末|本报告期|下一步|"
    r"上半年|下半年|[一二三四]季度|前三季度|今年以来|同期|"
    r"第[一二三四五六七八九十\d]+[家个批所座]|一批|一间|一个|一家|多家|多个|若干)"  # 第一家…
)
#: Words before a kind of body that name none (园区, 新建): what follows them may be generic.
GENERIC_LEAD = re.compile(
    r"^(?:园区|新建|新认定|新获批|全市|全区|全县|各类|企业|首家|首个"
    r"|(?:国家|省|自治区|市|县|区|州|盟)级(?:以上)?)+"  # 自治区级企业技术中心: a level, then a kind
)
