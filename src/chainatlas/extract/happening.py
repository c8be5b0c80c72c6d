"""Whether a stretch of text tells of something that happened: a verb of happening
(开园, 投产, 签约, 入选 …) not planned (计划…开工), not what follows it (达产后), not a stock
told (已建成加氢站4座), a likeness (成为…“压舱石”) or a figure (实现产值, 引进博士52名) unless a
first or a place in a named list.

Used by :mod:`events` for every dated clause it weighs.
"""

from __future__ import annotations

import re

_VERB = re.compile(
    r"开园|投产|开工|签约|落户|牵手|举行|成立|揭牌|获评|荣获|入选(?!数|率|者|企业中|的)|启动|共建|来到|提出|聚焦|跻身|"
    r"荣列|挺进|引进|发布|召开|批复|认定|落地|竣工|达产|下线|量产|开业|设立|建成|突破|实现|签署|"
    r"签订|开通|投用|揭幕|奠基|挂牌|授牌|获批|成为|位列|排名|获得|举办|交付|出口|募集|推荐|开幕|公布|启用|"
    r"封顶|封关|完工|试产|试生产|披露|(?<!已)上市(?![企公])|位居|升级为|开始建设|通过验收|正式运营|首发|"
    r"确定为|规划建设|启动建设|入驻|公告(?=称)|迈上|跃上|站上|超过|获(?=[^，。；]{2,24}奖)|"
    r"上线|投入运行|投入运营|投入使用|转型(?=研发|生产|做|为)|创办|创立|创建(?=于)|并网|落幕|闭幕|收官|印发|出台|起步|投运|建市|设市|"
    r"抵达|座谈|(?<=代表团)赴|授予|命名为|始建|升格为|批准(?=设立|为|升格|更名|成为)"
)
#: Verbs that also state a figure (实现产值…, 突破2400亿元, 排名第2位): a happening only as
#: a first (首次突破) or a place in a named list (百强县中位列第4位).
_FIGURE_VERBS = frozenset({"实现", "突破", "出口", "排名", "位列", "获得", "位居", "迈上", "跃上",
                           "站上", "超过"})  # fmt: skip
HONOUR = re.compile(r"跻身|荣列|挺进|入选|获评|荣获|位列|(?:被|获)推荐|推荐为|位居")
MILESTONE = re.compile(
    r"首次|首个|首批|首款|榜|百强|强县|强市|名单|排行|连冠|\d+强|综合评价|参评|入评"
    r"|\d+个[^，。；\d]{1,14}中位列"  # 在全国30个光伏产业重点县中位列第6位: a place listed
)


#: A programme or outlet of the press, whose reports 聚焦 a place (央视《新闻联播》, 财经频道).
_MEDIA = re.compile(r"《[^》]{1,20}》|频道|栏目|电视台|日报|新闻网")


def happens(text: str, start: int, end: int, sentence: tuple[int, int] = (0, 0)) -> bool:
    """Whether ``text[start:end]`` tells of something that happened. A verb that also
    states a figure needs a milestone in the clause, or a report or evaluation named in
    the ``sentence`` span (在《…报告》中，X位列第3位); both are looked for only then."""
    milestone: bool | None = None
    # the verbs of the clause, read with the rest of the sentence in sight (获2024年度…奖)
    for verb in _VERB.finditer(text, start, max(end, sentence[1])):
        if verb.start() >= end:
            break
        head_end = min(verb.start(), _clause_end(text, sentence[0]))
        planned = _PLANNED.search(text, start, verb.start()) or _AIMED.search(
            text, sentence[0], head_end
        )
        if _after_it(text, verb) or planned:
            continue  # 达产后…; 计划今年7月开工, 确保项目一期按期开工; 将力争…，…突破650亿元
        if verb.group() == "成为" and (
            text[verb.start() - 1] in "正已渐" or _LIKENED.match(text, verb.end())
        ):
            continue  # 正成为…“双引擎”, 成为…的“压舱石”: what it is like, not what happened
        if _STOCK_BEFORE.search(text, max(start, verb.start() - 2), verb.start()) and (
            _ANY_COUNT_AFTER.match(text, verb.end())
        ):
            continue  # 已建成加氢站4座, 累计引进院士专家团队21个: a stock told, not a happening
        if _between(text, start, end, verb.start()) and not _DATED.search(
            text, sentence[0] or start, verb.start()
        ):
            continue  # 该产线总投资4.6亿元，从开工到投产用时13个月: a time told, undated
        if verb.group() == "聚焦" and not _MEDIA.search(text, sentence[0] or start, verb.start()):
            continue  # 聚焦三大主导产业: a course kept, not a happening (央视《新闻联播》聚焦… is)
        if _as_a_noun(text, start, verb):
            continue
        if verb.group() == "收官" and text.find("规划", start, verb.start()) >= 0:
            continue  # “十四五”规划圆满收官: a plan's term run out, no happening
        counts = _COUNTED_AFTER.match(text, verb.end()) is not None  # 获批了10项…科研项目
        counts = counts or _COUNTS_LISTED.match(text, verb.end()) is not None
        if (
            verb.group() not in _FIGURE_VERBS
            and not counts
            and not _DESCRIBED.match(text, verb.end())
        ):
            return True
        if milestone is None:
            milestone = MILESTONE.search(text, start, end) is not None or (
                _REPORTED.search(text, sentence[0], sentence[1]) is not None
            )
        if milestone and not _standing(text, start, verb):
            return True
    return False


#: A count right after a verb (获批了10项…), or people counted after what they are
#: (引进博士52名): a figure told, not a happening.
_COUNTED_AFTER = re.compile(
    r"了?(?:[\d一二三四五六七八九十两]+[项个家件批]|[^，。；\d]{0,20}?(?<!第)\d+\s?[名人位])"
)
#: A sentence of goals (2026年，示范区将力争新签约项目70个以上，签约总投资突破650亿元): what
#: every clause after it tells is aimed at.
_AIMED = re.compile(r"将力争|力争|将确保|确保")


def _clause_end(text: str, start: int) -> int:
    """Where the clause that heads a sentence from ``start`` ends (its comma; past a time
    word standing alone: 2026年，示范区将力争…，), or ``start`` when it has none."""
    comma = text.find("，", start)
    if 0 <= comma - start <= 8:
        comma = text.find("，", comma + 1)
    return comma if comma >= 0 else start


#: ``已建成加氢站4座``: a stock told after 已/累计, not a happening.
_STOCK_BEFORE = re.compile(r"(?:已|累计|共)$")
_ANY_COUNT_AFTER = re.compile(r"[^，。；\d]{0,12}?\d+(?:\.\d+)?[万亿]?[个家座项名人位所条台套件]")
#: ``建成院士工作站2家、博士后科研工作站4家``: counts listed after a verb, figures told.
_COUNTS_LISTED = re.compile(r"[^，。；\d]{0,12}?\d+[个家座项所]、")
#: ``成为全市工业经济稳增长的“压舱石”``: a likeness in quotes ends the clause.
_LIKENED = re.compile(r"[^，。；“]{0,24}“[^”]{1,6}”(?=[，。；！]|$)")
#: ``建市42年来``: the years since, a span told, not the happening again.
#: ``成为彰显…的一个生动缩影``: what something stands for, not what it became.
_DESCRIBED = re.compile(r"[^，。；]{0,20}?(?:缩影|写照|典范|样板|代表|见证)|\s?\d+\s?(?:多)?年来")


def _as_a_noun(text: str, start: int, verb: re.Match[str]) -> bool:
    """A verb that names a kind of thing, not a happening: 34家入选企业 (the firms selected),
    并请…提出意见 (a report's closing request), 引进难 (a problem), 新引进的全职博士."""
    after = text[verb.end() : verb.end() + 3]
    return (
        (verb.group() in ("入选", "获评") and after.startswith(("企业", "的企业")))
        or (after.startswith(("意见", "建议")) and "请" in text[start : verb.start()])
        or after.startswith("难")
        or (after.startswith("的") and text[verb.start() - 1] == "新")
    )


#: ``从开工到投产仅用7个月``: two steps named for the time taken between them.
_TIME_BETWEEN = re.compile(
    r"从[^，。；]{0,14}?到[^，。；]{0,8}?(?:仅|只|共)?(?:用时|用了|历时|耗时|用)"
)


#: A time the sentence gives (今年3月开工的…，9月已完成…，从开工到完工仅用6个月: the later step
#: was taken then).
_DATED = re.compile(r"\d{1,2}月|(?:19|20)\d\d年|[今去]年")


def _between(text: str, start: int, end: int, at: int) -> bool:
    """Whether the verb at ``at`` names one of two steps the clause times (从开工到投产用时):
    in a sentence that gives no time, a figure told of a step taken, not a happening."""
    span = _TIME_BETWEEN.search(text, start, end)
    return span is not None and span.start() < at < span.end()


def _standing(text: str, start: int, verb: re.Match[str]) -> bool:
    """``连续五年位居全国首位``: a place held for years, not a happening of one day."""
    return text.find("连续", start, verb.start()) >= 0


def _after_it(text: str, verb: re.Match[str]) -> bool:
    """``达产后可年产…``: what will follow it, not what happened; ``2023年投产后`` happened."""
    return text.startswith("后", verb.end()) and not _DATE_BEFORE.search(
        text, max(0, verb.start() - 2), verb.start()
    )


_DATE_BEFORE = re.compile(r"[年月日]$")
_PLANNED = re.compile(
    r"计划(?!总投资|投资)|预计|力争|确保|争取|有望|可望|即将|就能|就要|拟(?!建)|加快把|努力把|致力于把|"
    r"将(?!近|军|其|该|这)"
)

#: A report or evaluation that lists places, named in the sentence of a place in it.
_REPORTED = re.compile(
    r"《[^》]{4,40}(?:报告|榜单|评价|排名|排行榜)》|(?:评价|排名|排序|榜单|报告|排行榜)中"
)


def listed_year(text: str, start: int, end: int) -> str | None:
    """``在2025年度全区县域特色产业集群发展评价中，…位列第4位``: a place in a list or an
    evaluation of a year, told in a sentence with no date of its own, happened in that year
    (not on the date the sentence before told); None for any other sentence, and for a
    list whose publication is told (公布2026年度…名单: dated by the sentence before)."""
    year = LIST_YEAR.search(text, start, end)
    if year is None or _RANKED.search(text, year.end(), end) is None:
        return None
    return None if _PUBLISHED.search(text, start, year.start()) else year.group(1) or year.group(2)


#: The year a ranking is of, in its name: 《2024中国氢能城市竞争力排行榜》, 2024年度…评价.
LIST_YEAR = re.compile(r"《((?:19|20)\d\d)[^》]{2,40}》|((?:19|20)\d\d)年度")
_PUBLISHED = re.compile(r"公布|发布|公示|揭晓")
_RANKED = re.compile(r"第[\d一二三四五六七八九十]+位|首位|榜首")
