"""What a figure measures, read by measure from the words around it.

- count: the noun after it (``80 多个产业链项目``), else the noun before (``龙头企业20余家``);
- level: the noun before it, widened to a dictionary name (``产业规模``); defaults by unit;
- share: ``[numerator]占…比重``; growth: the noun before the verb, else the last level's
  indicator + 增速; gap: ``高于…``; rank: the list (``…百强榜``) or the noun before the rank
  verb, + 排名; duration: the verb phrase after (``十年接续奋斗``) or ``从A到B用时``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from chainatlas.extract.doc import Doc, Mention, Quantity
from chainatlas.extract.lexicon import indicators
from chainatlas.extract.phrases import (
    coordinated_before,
    phrase_after,
    phrase_before,
    strip_scope_tail,
    trim_before,
)
from chainatlas.extract.sentences import clause_at

_RANK_VERB = re.compile(r"位居|居于|位列|名列|跻身|挺进|排名|排在|荣列|列|居|排")
_LIST_WORD = re.compile(r"榜|百强|强县|强市|排行|名单|指数")
_GROWTH_WORD = re.compile(r"同比增长|增长|增速|增幅|提升|提高|上升|下降|减少|增加|回落")
_GAP_WORD = re.compile(r"高于|低于|快于|慢于|高出")
_SHARE_END = re.compile(r"比重|比例|占比|份额")
_FROM_TO = re.compile(
    r"(从.{1,12}?到.{1,12}?)(?:仅|只|共)?(?:用时|历时|耗时|用)(?:缩短|压缩|控制|降)?[至到在]?$"
)
#: ``库存周转天数由原来的90天左右缩短至不到50天``: both figures measure the noun before 由.
_SHORTENED = re.compile(
    r"(?:由|从)(?:原来的)?[^，。；由从]{0,12}?"
    r"(?:缩短|压缩|减少|降低|下降|降|增长|增加|提高|提升|扩大|增)[至到为]?"
)
#: ``是2020年末的6.3倍``: a multiple of the same measure at an earlier time.
_MULTIPLE_OF = re.compile(r"(?:是|为|相当于)([^，。；是为]{1,10}?)的$")
_SCOPE_IN = re.compile(r"在[^，。；]{1,15}?[中里内间]$")
_SCOPE_MODIFIER = re.compile(r"在[^，。；]{1,20}?[中里内间]([\u4e00-\u9fff]{1,4})$")
_PROJECT_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,4}项目")
_DIGIT = re.compile(r"\d")
_NOT_WORDS = re.compile(r"[“”\"'《》（）()]")
_GROWTH_TAIL = re.compile(r"(同比|比上年|较上年|年均|同口径)$")
#: ``已超过去年全年的74.6万辆``: a baseline restated, measured as the figure before it.
_BASELINE = re.compile(
    r"^已?(?:超过|高于|低于|相当于|是|为)(?:去年|上年|今年|\d{4}年)?(?:全年|同期|末|底)?$"
)


def assign(
    doc: Doc, q: Quantity, mentions: list[Mention], figure_ends: list[int] | None = None
) -> None:
    """Fill ``q.indicator``; ``figure_ends`` (sorted ends of the kept figures of ``doc``)
    may be passed by a caller that assigns many figures of one document."""
    if q.indicator:
        return
    sentence = doc.sentences[q.sentence]
    cs, _ce = clause_at(doc, sentence, q.start)
    if figure_ends is None:
        figure_ends = kept_figure_ends(doc)
    reader = _READERS.get(q.measure or "level", _level)
    floor = Floor(figure_ends, cs, mentions)
    name = (
        _respectively(doc, q, cs, floor)
        or _capacity(doc, q)
        or reader(doc, q, cs, floor)
        or _default(doc, q)
    )
    q.indicator = _OF.sub("", name)  # 占…的比重 -> 占…比重, 过百亿元的企业 -> 过百亿元企业


#: ``一期年产50万套``, ``年产300套大功率风电主机项目``, ``具备年产5亿只的能力``: a figure
#: right after 年产 is a yearly capacity, whatever the product named after it.
_YEARLY_OUTPUT = re.compile(r"(新增|[一二三四]期)?年产$")
#: ``项目一期2万吨建成投产``: what a phase of a plant makes.
_PHASE_OUTPUT = re.compile(r"([一二三四]期)(?:工程|项目)?$")
_OUTPUT_UNITS = re.compile(r"吨|GWh|GW|MW|兆瓦|千瓦|套|台|辆|只|片|件|颗|条|平方米")


def _capacity(doc: Doc, q: Quantity) -> str:
    if q.measure not in ("count", "level"):
        return ""
    m = _YEARLY_OUTPUT.search(doc.text, max(0, q.start - 4), q.start)
    if m is not None:
        return (m.group(1) or "") + "年产能"
    phase = _PHASE_OUTPUT.search(doc.text, max(0, q.start - 4), q.start)
    if phase is not None and _OUTPUT_UNITS.search(q.unit):
        return phase.group(1) + "产能"
    return ""


def kept_figure_ends(doc: Doc) -> list[int]:
    return sorted(p.end for p in doc.quantities if not p.drop)


class Floor:
    """Where a phrase ending at ``pos`` may start: after the last mention or figure.

    Every ``pos`` asked lies before the figure being read, so that figure never counts.
    """

    def __init__(self, figure_ends: list[int], cs: int, mentions: list[Mention]) -> None:
        self.mention_ends = [m.end for m in mentions if cs <= m.start and m.type != "programme"]
        self.mentions = [m for m in mentions if cs <= m.start]
        self.figure_ends = figure_ends
        self.cs = cs

    def before(self, pos: int) -> int:
        best = self.cs
        i = bisect_right(self.figure_ends, pos)
        if i and self.figure_ends[i - 1] > best:
            best = self.figure_ends[i - 1]
        for e in self.mention_ends:
            if best < e <= pos:
                best = e
        return best


def _start(q: Quantity) -> int:
    return q.start


def _previous_indicator(
    doc: Doc, q: Quantity, measures: tuple[str, ...], unit: str | None = None
) -> str | None:
    quantities = doc.quantities
    # quantities are in text order: find q by its start, then walk back within the sentence
    i = bisect_left(quantities, q.start, key=_start) - 1
    while i >= 0 and quantities[i].sentence == q.sentence:
        p = quantities[i]
        if p.measure in measures and p.indicator and (unit is None or p.unit == unit):
            return p.indicator
        i -= 1
    return None


_MOVED = re.compile(r"(?:提升|前进|上升|前移|跃升|下降|后退|下滑)$")
_CHANGE = re.compile(
    r"(?:比上年末|比上年|较上年末|较上年|[比较]年初|较\d{4}年末|同比)?(?:增加|新增|净增)"
)
_FROM = re.compile(r"由[^，。；由]{0,16}$")


_VALUE = re.compile(r"产值|营业收入|营收|增加值|主营业务收入")
_OF = re.compile(r"的(?=比重|占比|份额|比例)|(?<=元)的")
_CONJUNCTION = re.compile(r"和|、|及|与")


def _respectively(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """``城镇和农村居民人均可支配收入分别达到46820元和23150元``: the n-th figure after
    分别 takes the n-th member of the coordinated noun before it."""
    text = doc.text
    at = text.rfind("分别", cs, q.start)
    if at < 0:
        return ""
    parts = _CONJUNCTION.split(coordinated_before(text, at, floor.before(at)))
    if len(parts) < 2 or any(not p or len(p) > 6 for p in parts[:-1]):
        return ""
    last = parts[-1]
    # the shared noun: a dictionary indicator ending the last member (空调产量 -> 产量),
    # else what the last member has beyond the first one's length (农村居民人均可支配收入)
    tail = next((last[i:] for i in range(1, len(last) - 1) if last[i:] in indicators()), "")
    tail = tail or last[len(parts[0]) :]
    if len(tail) < 2:
        return ""
    names = [p + tail for p in parts[:-1]] + [parts[-1]]
    index = sum(
        1
        for p in doc.quantities
        if not p.drop and p.sentence == q.sentence and at < p.start < q.start
    )
    return names[index] if index < len(names) else ""


_LEVEL = re.compile(r"(?:国家|省|市|县)级(?:以上)?")
_DONE_TO_PROJECTS = re.compile(r".*?项目((?:集中|现场)?(?:签约|开工|竣工|投产|落地))")
_REST = re.compile(r"其余|其他|另有|另外")
_EXPORTED = re.compile(r"出口|销往|远销|销售到|畅销")
#: ``团队已发展到50余人``: the size of a team.
_TEAM_GROWN = re.compile(r"团队(?:规模)?(?:已经?)?(?:发展|壮大|扩大|增加|增长)?(?:到|至|达)?$")


def _count(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    text = doc.text
    if q.unit in ("人", "位", "名") and _TEAM_GROWN.search(text, max(cs, q.start - 9), q.start):
        return "团队人数"
    after = phrase_after(text, q.end)
    done = _DONE_TO_PROJECTS.fullmatch(after)
    if done is not None:
        return done.group(1) + "项目"  # 16个项目集中签约: 集中签约项目
    if _REST.search(text, max(cs, q.start - 3), q.start) and after.endswith("项目"):
        return "项目数"  # 其余10个签约项目总投资41.2亿元: the rest are counted
    if after == "国家和地区" and _EXPORTED.search(text, cs, q.start):
        return "出口国家和地区"  # 产品出口到30余个国家和地区
    if len(after) >= 2 or (after and q.kind == "big"):
        return after
    start = q.start
    origin = _FROM.search(text, cs, q.start)
    if origin:
        start = origin.start()  # 规上企业由2020年末的12家增至58家: the noun before 由
    phrase = phrase_before(text, start, floor.before(start))
    if _BASELINE.match(phrase):
        return _previous_indicator(doc, q, ("count", "level")) or ""
    if _LEVEL.fullmatch(phrase):  # 省级以上研发平台48家，其中国家级5家: 国家级研发平台
        counted = _previous_indicator(doc, q, ("count",)) or ""
        if len(counted) >= 2:
            renamed = _LEVEL.sub(phrase, counted, count=1)
            return renamed if renamed != counted else phrase + counted
    if _CHANGE.fullmatch(phrase) or phrase in ("总数", "总量"):
        previous = _previous_indicator(doc, q, ("count",))
        if previous:
            base = previous.removeprefix("新增")
            if phrase in ("总数", "总量"):
                return base  # 新增…3家，总数达到11家: the count of the same things
            return "新增" + base if phrase.endswith("新增") else base + "增加数"
    if q.unit == "位" and _MOVED.search(phrase):
        return phrase + "位次"  # 较上年提升4位: places gained
    named = next((m for m in floor.mentions if m.end == q.start), None)
    if len(phrase) < 2 and named is not None:
        return text[named.start : named.end]  # 共建产业学院两所: the counted thing is named
    if len(phrase) < 2 or phrase == "累计":
        # 新增…企业6家、累计达到37家: the total of what the figure before counted
        previous = _previous_indicator(doc, q, ("count",))
        if previous:
            return previous.removeprefix("新增")
        return _listed_item(text, floor.before(q.start), q.start)
    return phrase


_ITEM = re.compile(r"[\u4e00-\u9fff“”（）]{2,24}")


def _listed_item(text: str, floor: int, end: int) -> str:
    """``…企业19家、国家级制造业单项冠军企业（产品）3个``: the item of a list, brackets and
    quotes included, that the phrase reader stops inside."""
    start = max(floor, text.rfind("、", floor, end) + 1)
    item = _ITEM.fullmatch(text, start, end)
    return item.group() if item else ""


#: ``设立规模20亿元的产业基金``: the size of a fund named after its amount.
_FUND_AFTER = re.compile(r"的?[\u4e00-\u9fff“”]{0,16}?基金")


def _level(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    if doc.text.endswith("规模", cs, q.start) and _FUND_AFTER.match(doc.text, q.end):
        return "基金规模"
    moved = _shortened(doc, q, cs, floor)
    if len(moved) >= 2:
        return moved  # 营业收入由2016年的46.3亿元增长到218.64亿元: both are 营业收入
    phrase = phrase_before(doc.text, q.start, floor.before(q.start))
    if phrase == "建设面积" and doc.text.find("规划建设面积", max(cs, q.start - 9), q.start) >= 0:
        phrase = "规划面积"  # 规划建设面积约6.8平方公里
    if _NOT_WORDS.search(phrase):
        return ""  # 向“四千亿”进发: a slogan, read by the unit
    per_shares = _PER_SHARES.search(doc.text, max(cs, q.start - 16), q.start)
    if per_shares is not None:
        return per_shares.group()  # 每10股派发现金红利1.50元
    if phrase in ("拟投", "拟投资", "投资"):
        return "投资额"  # 拟投资35亿元
    if phrase.startswith("从") or len(phrase) < 2 or _BASELINE.match(phrase):
        # 首次突破500亿元，达到532亿元: a bare amount restates the one before it
        return _previous_indicator(doc, q, ("level",), q.unit) or ""
    return phrase


_PER_SHARES = re.compile(r"每\d+股[\u4e00-\u9fff]{2,8}$")


#: A span named before its length (制瓷历史逾两千年, 建设周期3年).
_NAMED_SPAN = re.compile(r"(?:历史|年限|周期|时间|期限|工期)[^，。；]{0,3}$")
_RATE_TO_FIGURE = re.compile(r"[已由从的年末底提高升到至达为保持稳定在降低减少超过约近不\d.%]*")


def _rate(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """``本地配套率由2020年的70%提高到83%``, ``市场占有率保持在60%以上``: a named rate
    before the figure, with nothing but verbs of change and dates between."""
    text = doc.text
    at = text.rfind("率", cs, q.start)
    if at < 0 or not _RATE_TO_FIGURE.fullmatch(text, at + 1, q.start):
        return ""
    phrase = phrase_before(text, at + 1, floor.before(at + 1))
    return phrase if len(phrase) >= 3 and phrase.endswith("率") else ""


def _share(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    text = doc.text
    rate = _rate(doc, q, cs, floor)
    if rate:
        return rate
    at = text.rfind("占", cs, q.start)
    if at < 0:
        return _level(doc, q, cs, floor)
    tail = text[at : trim_before(text, q.start, at)]
    ends = list(_SHARE_END.finditer(tail))
    tail = tail[: ends[-1].end()] if ends else tail.rstrip("的") + "比重"
    if text[at - 1 : at] == "约":
        at -= 1  # 约占全国的三成
    lo = floor.before(at)
    held = next((m for m in floor.mentions if m.end == lo and m.type == "industry"), None)
    if held is not None and text[held.start : at] in indicators():
        return text[held.start : at] + tail  # 高新技术产业产值占…: a dictionary numerator
    numerator = phrase_before(text, at, lo) if at > cs else ""
    if not numerator and at - cs <= 1:
        return _numerator_before(doc, q, tail) + tail
    if held is not None and _VALUE.fullmatch(numerator):
        return tail  # 稀土新材料产值占…: the part is the subject, 产值 adds nothing
    if numerator and not text[lo:at].endswith(numerator):
        return tail  # 锂电产业产值占…: the holder is the subject; 产值 alone adds nothing
    return strip_scope_tail(numerator) + tail


def _numerator_before(doc: Doc, q: Quantity, tail: str) -> str:
    """``研发投入2.41亿元，占营业收入的5.7%``: a share heading its clause is of the amount told
    just before, unless that amount is of the same kind as the whole (规上工业总产值1287.4
    亿元，占全市规上工业总产值的88.6%)."""
    told = _previous_indicator(doc, q, ("level",))
    if not told or told in tail or not _MEASURED.search(tail):
        return ""  # 占鞋服产业的64.0%: a part of an industry, not of a measure
    if any(kind.search(told) and kind.search(tail) for kind in _KINDS):
        return ""  # 锂电池出口额…，占全市外贸出口总额的六成: a part of the same measure
    return told


_MEASURED = re.compile(r"收入|产值|总值|总额|总量|装机|投资|出口|增加值|利润|销售|产量|销量|税收")
#: Kinds of measure: a numerator of the kind of its whole is named by the subject, not here.
_KINDS = (
    re.compile(r"产值|营业收入|营收|主营业务收入|增加值|应税销售|规模"),
    re.compile(r"出口"),
    re.compile(r"投资"),
    re.compile(r"装机"),
    re.compile(r"税收|税"),
)


def _growth(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    text = doc.text
    words = list(_GROWTH_WORD.finditer(text, cs, q.start))
    if words:
        noun = phrase_before(text, words[-1].start(), floor.before(words[-1].start()))
        noun = _GROWTH_TAIL.sub("", noun)
        if noun == "环比":
            return "环比增速"  # 环比增长28.8%: against the period before
        if noun.startswith(("当月", "单月")) and len(noun) > 3:
            return noun[2:] + "增速"  # 当月规模以上工业增加值同比增长9.8%
        if noun in ("当月", "单月"):
            return _month_of(doc, q)
        if len(noun) >= 2:
            return noun
    previous = _previous_indicator(doc, q, ("level", "count"))
    return f"{previous}增速" if previous else "增速"


def _month_of(doc: Doc, q: Quantity) -> str:
    """``9月当月增长9.6%``: the growth, over one month, of what the sentence told before."""
    grown = _previous_indicator(doc, q, ("growth",))
    level = _previous_indicator(doc, q, ("level",))
    base = grown.removesuffix("增速") if grown else level or ""
    return base + "增速" if base else "当月增速"


_CHANGED_SINCE = re.compile(
    r"(?:比重|占比)?(?:比|较)(?:上年|去年|上年同期|去年同期|同期|年初)?[^，。；]{0,4}?"
    r"(提高|提升|下降|降低|增加|减少|回落|加快|收窄|扩大)了?$"
)


def _gap(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    words = list(_GAP_WORD.finditer(doc.text, cs, q.start))
    if words:
        return doc.text[words[-1].start() : trim_before(doc.text, q.start, words[-1].end())]
    changed = _CHANGED_SINCE.search(doc.text, cs, q.start)
    if changed is not None and changed.start() == cs:
        # 占…比重为37.7%，比上年提高1.7个百分点: the share before, changed
        previous = _previous_indicator(doc, q, ("share", "growth"))
        if previous:
            return previous + changed.group(1)
    return _level(doc, q, cs, floor)


#: A list entered in an earlier clause, whose place the rank then gives.
_ENTERED_LIST = re.compile(
    r"(?:入围|入选|跻身|荣登|登上|上榜|进入)([^，。；\d]{2,20}?(?:榜|\d+强|百强|强县|强市|名单|排行榜))"
)


def _rank(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    text = doc.text
    verbs = list(_RANK_VERB.finditer(text, cs, q.start))
    if verbs:
        verb = verbs[-1]
        between = text[verb.end() : q.start]
        if _LIST_WORD.search(between) and not _DIGIT.search(between):
            return between.lstrip("于在") + "排名"
        scope = _SCOPE_IN.search(text, cs, verb.start())
        modifier = _SCOPE_MODIFIER.search(text, cs, verb.start())
        if scope is None and modifier is not None and verb.group() == "排名":
            return modifier.group(1) + "排名"  # 在…集群中综合排名第2位
        at = scope.start() if scope else verb.start()
        noun = phrase_before(text, at, floor.before(at))
        if scope is not None and noun in ("增速", "增幅"):
            inner = text[scope.start() + 1 : scope.end() - 1]
            if 2 <= len(inner) <= 12 and not _DIGIT.search(inner):
                return inner + "排名"  # 在国产工业机器人品牌中排名第4位
        if noun in ("增速", "增幅"):
            previous = _previous_indicator(doc, q, ("growth",))
            if previous:
                return previous.removesuffix("增速") + "增速排名"
    else:
        noun = strip_scope_tail(phrase_before(text, q.start, floor.before(q.start)))
    if len(noun) < 2:
        sentence = doc.sentences[q.sentence]
        entered = list(_ENTERED_LIST.finditer(text, sentence.start, cs))
        if entered:
            return entered[-1].group(1) + "排名"  # 入围中国企业500强，位列第186位
        previous = _previous_indicator(doc, q, ("level", "count", "share", "growth"))
        moved = previous is not None and previous.endswith("位次")  # 提升4位 is no ranking
        return f"{previous}排名" if previous and not moved else "排名"
    return noun if noun.endswith("排名") else noun + "排名"


def _ratio(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """``全市新能源汽车保有量达到38.5万辆，是2020年末的6.3倍``: the level before, against
    the time named."""
    base = _MULTIPLE_OF.search(doc.text, cs, q.start)
    previous = _previous_indicator(doc, q, ("level", "count")) if base else None
    if base is not None and previous:
        return f"{previous}与{base.group(1)}之比"
    return _level(doc, q, cs, floor)


def _shortened(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """The noun whose figure moved from one amount to another (由90天缩短至50天)."""
    text = doc.text
    at = max(text.rfind("由", cs, q.start), text.rfind("从", cs, q.start))
    if at < 0:
        return ""
    tail = _SHORTENED.match(text, at, q.start)
    before_end = q.end < len(text) and _SHORTENED.match(text, at, len(text)) is not None
    if tail is None and not (at < q.start and before_end):
        return ""
    noun = phrase_before(text, at, floor.before(at))
    comma = text.rfind("，", max(0, at - 8), at)
    if len(noun) < 2 and comma >= 0:
        # 一款新镜头的开发周期，已经由过去的18个月缩短到9个月: the noun heads the part before
        before = max(text.rfind(c, 0, comma) for c in "，。；：“\n") + 1
        noun = phrase_before(text, comma, before)
    return noun


def _duration(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    text = doc.text
    before = _FROM_TO.search(text, cs, q.start)
    if before:
        return before.group(1) + "用时"
    shortened = _shortened(doc, q, cs, floor)
    if len(shortened) >= 2:
        return shortened
    named = _NAMED_SPAN.search(text, cs, q.start)
    if q.unit == "年" and named is None and "连续" not in text[cs : q.start]:
        return "发展年限"  # 十年来接续奋斗, 十年蝶变: how long it has grown
    start = q.end + (1 if text[q.end : q.end + 1] == "来" else 0)
    running = text.endswith("连续", cs, q.start)
    if running:
        told = _RUNNING_TOLD.match(text, start)
        if told is not None:
            return "连续" + told.group() + "年数"  # 连续八年位居全国县（市）首位
    after = phrase_after(text, start)
    return after if len(after) >= 2 else phrase_before(text, q.start, floor.before(q.start))


#: What has gone on for years after 连续N年, up to the clause's end.
_RUNNING_TOLD = re.compile(r"[\u4e00-\u9fff（）“”A-Za-z\d]{2,16}(?=[，。；、]|$)")


_READERS = {
    "count": _count,
    "level": _level,
    "share": _share,
    "growth": _growth,
    "gap": _gap,
    "rank": _rank,
    "duration": _duration,
    "ratio": _ratio,
}


def _default(doc: Doc, q: Quantity) -> str:
    """When the text names no indicator: by unit and by what the figure qualifies."""
    after = doc.text[q.end : q.end + 8]
    if doc.text.endswith("年产", max(0, q.start - 2), q.start):
        return "年产能"
    if q.unit.endswith("元") and _PROJECT_AFTER.match(after):
        return "投资额"
    if q.unit in ("平方公里", "平方米", "万平方米", "亿平方米", "亩", "万亩", "公顷"):
        return "规划面积" if "规划" in doc.text[max(0, q.start - 6) : q.start] else "面积"
    if q.unit.endswith("Wh") or q.unit.endswith("W"):
        return "产能"
    if q.unit.endswith("元"):
        return "产业规模"
    return q.measure or "level"
