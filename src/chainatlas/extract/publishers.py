"""Who publishes a text: the source a footer names (来源：常州发布), a public account on its
stamped line or in its follow prompt, a periodical on its issue line and a newspaper on its
masthead. They are the text's institutions, found only near its top (or in its footer).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.names import Found

#: A page's source line (来源：常州发布), not a bulletin's note on where its data came from (资料来源：…).
_SOURCE = re.compile(r"(?<!资料)(?<!数据)来源[：:]([\u4e00-\u9fffA-Za-z]{2,20})")
#: The bodies a site's footer or file card names (主办：…人民政府办公室　承办：…数据资源局,
#: 发布机构：…): who runs and who writes the page.
_HOSTS = re.compile(r"(?:主办|承办|协办|发布机构)(?:单位)?[：:][ 　]*([\u4e00-\u9fff]{4,24})")
#: A source that is a government office (来源：抚州高新区管委会经济发展局).
_OFFICE = re.compile(r"(?:局|委员会|委|办公室|办|厅|政府)$")


def find_sources(text: str) -> Iterator[Found]:
    """The publisher named in a footer (转载请注明来源：常州发布), in a public account's
        header line (``原创 柳州发布 2024年09月06日 18:30``), in its follow prompt
        (点击上方蓝字“柳州发布”关注我们), on a periodical's issue line (南方产业 2025年第3期, also
    in its page footers) or over a news site's breadcrumbs (德宏网 > 经济)."""
    for pattern in (_SOURCE, _HOSTS, _ISSUE_LINE):  # a periodical's page footers repeat its issue
        for m in pattern.finditer(text):
            kind = "government" if _OFFICE.search(m.group(1)) else "institution"
            yield m.start(1), m.end(1), m.group(1), kind
    head = text[:600]
    for pattern in (_ACCOUNT_LINE, _FOLLOW, _MASTHEAD_NAME, _SITE_NAME):
        for m in pattern.finditer(head):
            yield m.start(1), m.end(1), m.group(1), "institution"


_ACCOUNT_LINE = re.compile(
    r"(?:^|\n)(?:原创[ 　]*)?([\u4e00-\u9fff]{2,10})[ 　]*(?:[\u4e00-\u9fff]{2,10}[ 　]*)?"
    r"(?:19|20)\d\d[-年]\d{1,2}[-月]\d{1,2}日?[ 　]*\d{1,2}:\d\d"
)
#: ``南方产业  2025年第3期``: a periodical's name on its issue line.
_ISSUE_LINE = re.compile(
    r"(?:^|\n)([\u4e00-\u9fff]{2,8})[ 　]*(?:19|20)\d\d[ 　]*年[ 　]*第[ 　]*\d{1,3}[ 　]*期"
)
#: ``北疆产经报　2026年5月20日　星期三　第06版``: a newspaper named on its masthead.
_MASTHEAD_NAME = re.compile(
    r"(?:^|\n)([\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|报))[ 　]*(?:19|20)\d\d[ 　]*年[^\n]{0,24}第[ 　]*\d{1,3}[ 　]*版"
)
#: ``德宏网 > 经济 > 企业``, ``陇上财经网/首页``: a news site named over its breadcrumbs.
_SITE_NAME = re.compile(r"(?:^|\n)([\u4e00-\u9fff]{2,10}网)[ 　]*(?:>|＞|/[ 　]*首页)")
_FOLLOW = re.compile(r"蓝字[“\"]?([\u4e00-\u9fff]{2,12})[”\"]?(?:关注|，)")
