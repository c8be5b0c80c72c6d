"""Verbs that end no name: a name read back from its suffix stops at one (推动…, 落户…,
位于…), and a list of items holding one is no list of names."""

from __future__ import annotations

import re

VERBS = re.compile(
    r"(推动|引进|拥有|集聚|吸引|依托|建设|共建|成立|设立|落户|入驻|牵手|携手|联合|支持|扶持|帮扶|获批|获评|"
    r"荣获|入选|包括|成为|作为|打造|投资|签约|建成|组建|布局|落地|开工|来自|聚焦|通过|经过|彰显|执行|其中|此外|迁入|迁至|搬入|进驻|"
    r"相继|引领|带动|培育|招引|新增|形成|启动|举行|实现|优先|升级|纳入|规划|设置|开展|"
    r"厂商|制造商|供应商|企业|龙头|领军|代表|现有|已有|共有|建有|举办|走进|来到|位于|地处|"
    r"确保|力争|加快|争取|按照|根据|依据|翻开|创办|创立|创建|获得|巩固|壮大|做强|做大|做优|探访|"
    r"助力|提升|增强|加强|落实|贯彻|位列|位居|名列|跻身|以来|中标|走出|完善|围绕|放眼|拉动|保持|履行|享受|谋划|办好|采用|具有|直供|供货|补齐|入职|走访|拜访|考察|调研|实行|推行|下达|批复|授予|离不开|感谢|下设|设有|负责|前往|随着|加上|叠加|回顾|进入|加入|既有|还有|也有|都有|又有|紧邻|毗邻|借助|临近|标志着|建立|实施|确定|认定|安排|部署|租用|欢迎|介绍|参加|出席|参观|选址|争创|(?<![奔])赴|(?<![家安悦仙雅宜乐美新逸民])居)$"
)
#: Last characters of the verbs: a verb can only end where one of these stands, which
#: spares the regex search at every other character.
VERB_LAST = frozenset(w[-1] for w in VERBS.pattern[1:-2].split("|"))
