"""Words around a figure that settle its period, whatever the cues of its sentence say.

- a base told as how things are now (将由目前的35%提高到60%以上) stands now, though the
  sentence is a goal;
- a base told as how things were (审批时限由原来的45个工作日压缩到12个工作日, 由过去的18个月
  缩短到9个月) is of no period: the page does not say when;
- a policy's terms (按设备投资额的10%给予补助, 对新认定的…一次性奖励200万元, 前3年免收租金,
  最高2000万元) hold for no period;
- what a park can supply, told with no time (园区日供水能力6万吨), stands as it is; so does a
  capacity raised (总产能由8万吨提升至13万吨: 13万吨 stands, 8万吨 was, when the page does not say);
- what a firm or a park has now, told after the year it was founded (成立于2009年，现有员工860人;
  是2006年经省政府批准设立的省级经济开发区，规划面积32.5平方公里), stands now: the founding dates
  nothing after it.

(A project's investment planned for the year, 年度计划投资15.2亿元, was measured as the page's
year's and left to the cues: the sets split.)
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Quantity

_NOW_BASE = re.compile(r"由(?:目前|现在)的\s*$")
_PAST_BASE = re.compile(r"由(?:原来|过去)的\s*$")
#: The base a policy's rate is of (按设备投资额的10%, 研发投入增量部分按10%): the base, its 额
#: or 部分 apart.
RATE_BASE = re.compile(
    r"(?:按(?:实际)?(?P<of>[^，。；]{1,12}?)(?:额|金额|总额)?的|(?P<part>[^，。；按对]{2,12}?)(?:部分)?按)\s*$"
)


_FIRMS_LEAD = re.compile(r"^(?:链上|规上|新落户)?企业")


def rate_base(m: re.Match[str]) -> str:
    """The base a :data:`RATE_BASE` match names."""
    return _FIRMS_LEAD.sub("", m.group("of") or m.group("part"))  # 企业研发投入增量: 研发投入增量


#: What a rate is granted as, after it (按设备投资额的10%给予补助); a grant told with 对…给予
#: before its amount is :data:`qualifiers.GRANTED`, weighed with the cues in :mod:`period_rules`.
GRANT_WORDS = "补助|补贴|奖励|资助|贴息"
GRANT_AFTER = re.compile(rf"\s*(?:给予|予以)?({GRANT_WORDS})")
#: ``前3年免收租金``: how long a policy waives a charge.
_WAIVED = re.compile(r"\s*(?:内)?(?:免收|免征|免租|免费|减半)")
#: A park's supply of water, power or gas, or its treatment of waste water (日供水能力6万吨).
_UTILITY = re.compile(
    r"(?:日|年)?(?:供水|供电|供气|供热|污水处理|处理污水)能力(?:达到?|约|为)?\s*$"
)
#: A capacity raised from one size to another (总产能由8万吨提升至13万吨).
_CAPACITY_FROM = re.compile(r"(?:产能|能力)由\s*$")
_RAISED = re.compile(r"\s*(?:提升|提高|增加|扩大|增至|升至|跃升)")
_CAPACITY_TO = re.compile(
    r"(?:产能|能力)由[^，。；由]{1,14}?(?:提升|提高|增加|扩大|跃升)?(?:至|到)\s*$"
)
_FOUNDED = re.compile(
    r"(?:成立|创办|始建|创建|组建|注册)于(?:19|20)\d\d年(?:\d{1,2}月)?"
    r"|(?:19|20)\d\d年(?:\d{1,2}月)?经[^，。；\d]{2,12}?批准(?:设立|成立)"  # 2006年经省政府批准设立的
)
#: A time told in words (2025年, 今年, 5月): what dates the figures after it in a sentence.
TOLD_TIME = re.compile(r"(?:19|20)\d\d年|[今去上本明]年|\d{1,2}月")
#: The cap of a grant told before its amount (最高不超过500万元, 最高可达300万元).
_CAP = re.compile(r"最高(?:可达|不超过|给予|奖励|补贴|补助)?\s*$")
_ONE_OFF = re.compile(r"一次性(?:给予)?(?:奖励|补助|补贴|资助)\s*$")


def settled_by_words(doc: Doc, q: Quantity) -> str | None:
    """The period the words before ``q`` settle (see the module), or None."""
    text, at = doc.text, max(0, q.start - 16)
    if _NOW_BASE.search(text, at, q.start):
        return "cumulative"
    if q.measure == "duration" and _PAST_BASE.search(text, at, q.start):
        return "unknown"
    if RATE_BASE.search(text, at, q.start) and GRANT_AFTER.match(text, q.end):
        return "unknown"
    if text.startswith("最高", q.start) or _CAP.search(text, at, q.start):
        return "unknown"  # …给予补助，最高2,000万元: the cap of a grant
    if _ONE_OFF.search(text, at, q.start) or (
        q.measure == "duration" and _WAIVED.match(text, q.end)
    ):
        return "unknown"
    if _CAPACITY_FROM.search(text, at, q.start) and _RAISED.match(text, q.end):
        return "unknown"
    told = doc.sentences[q.sentence].start
    raised = q.qualifier != "target" and _CAPACITY_TO.search(text, max(0, q.start - 30), q.start)
    if raised and not TOLD_TIME.search(text, told, q.start):
        return "cumulative"  # …, 7月完工，日处理能力由1万吨提高到2万吨: that month's
    if _UTILITY.search(text, at, q.start) and not TOLD_TIME.search(text, told, q.start):
        return "cumulative"  # 园区日供水能力6万吨: what the park can supply
    founded = next(reversed(list(_FOUNDED.finditer(text, told, q.start))), None)
    if founded is not None and not TOLD_TIME.search(text, founded.end(), q.start):
        return "cumulative"
    return None


#: Words for a price before its figure (工业用水价格, 普通工人月工资, 出让起始价每亩).
_PRICE_BEFORE = re.compile(
    r"(?:工资|价格|电价|水价|气价|地价|起始价|租金|均价|单价)[^，。；\d]{0,6}$"
)


def is_price(doc: Doc, q: Quantity) -> bool:
    """Whether ``q`` is a price or a wage: a unit per thing (3.2元/吨) or a price's word
    before it; with no time told, one stands as it is."""
    if "元/" in q.unit or doc.text.startswith("/", q.end):
        return True
    return (
        q.unit.endswith("元")
        and _PRICE_BEFORE.search(doc.text, max(0, q.start - 12), q.start) is not None
    )


# The words after a figure that :mod:`standing` and :mod:`period_rules` weigh once the cues are
# read: a year opening the next clause, a breakdown (，其中…), a project's size after its name.

#: A growth's place among its peers (1—9月…增速居全市第1位): of the growth's span, not a list's year.
GROWTH_RANKED = re.compile(r"(?:增速|增幅)[^，。；]{0,6}(?:居|位居|位列|排名|列)[^，。；]{0,6}$")
#: A clause opening with a year right after a figure: the year is the next clause's, not its.
DATED_AFTER = re.compile(r"\s*[，,]\s*(?:19|20)\d\s*\d\s*年")
#: ``——…年产20万吨…项目。总投资18.6亿元``: a project's size, told of no year of its own.
PROJECT_TOTAL = re.compile(r"项目[。，,]\s*(?:该项目)?总投资(?:约|达|为)?\s*$")
PART_AFTER = re.compile(r"\s*[，,]\s*其中")  # a whole broken down after it
