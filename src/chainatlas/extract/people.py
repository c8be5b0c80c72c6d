"""Rules that find people: credit lines and bylines, names after titles, teams.

Each function returns ``(start, end, name, "person")`` tuples like those of :mod:`names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.lexicon import surnames
from chainatlas.extract.names import CJK, Found, is_cjk

#: A name set out with spaces: 杨 晓 川 (not the first three of two such names, 王 磊 李 娜, nor
#: a name and the 摄 of a photo's credit, 汪 洋 摄), 谭 志强, or 钱 韬.
_SPACED = (
    rf"[{CJK}][ 　][{CJK}][ 　](?!摄)[{CJK}](?![ 　][{CJK}](?![{CJK}]))"
    rf"|[{CJK}][ 　][{CJK}](?![说称讲])[{CJK}](?![{CJK}])|[{CJK}][ 　]{{1,2}}[{CJK}]"  # 谭 志强, 钱 韬
)
_TITLED = re.compile(
    r"(?:博士后|博士|教授|院士|研究员|专家|董事长|总经理|总裁|创始人|书记|市长|县长|区长|主任|局长|"
    r"负责人|经理|厂长|院长|所长|会长|秘书长|总工程师|镇长|处长|科长|部长|链长|科学家|入选者|带头人|"
    r"总监|校长|厅长|主席|行长|董事会秘书|县领导|市领导|区领导|主持人|理事长|州长|旗长|乡长|首席执行官|站长|"
    r"操作工|挡车工|技术员|工人|师傅|徒弟|种粮大户|大户|果农|茶农|菜农|柿农|蕉农|桔农|椒农|竹农|村民|青年|主播|店主|女工|社员|采购商|"
    r"班长|组长|工程师|技师|养殖户|种植户|农民|老板|职工|员工|庄主|缝纫工)"
    rf"(?:（[{CJK}]{{1,4}}）)?[ 　：:]?([{CJK}]{{2,6}}·[{CJK}]{{2,6}}?|[{CJK}]{{2,6}}?|{_SPACED})(?=[ 　]?(?:[，。、；：】\n]|团队|等|表示|介绍|指出|说|在|认为|强调|称|带领|领衔|牵头|院士|"
    r"出席|主持|致辞|讲话|参加|调研|会见|宣布|推介|率队|带队|一行|陪同|接受|到会|到场|见证|考察|告诉|从|"
    r"回忆|坦言|透露|感慨|谈到|解释|担任|指着|笑着|教授|研究员|博士|共同|一起|分别|为(?!主|重点|核心)|向|与|和(?!说|表示|介绍|认为|告诉)|"
    r"率(?!先)|赴|深入|就|正|是|也|已|今年|每天|把|作|一边|格外|专程|背着|告诉|受聘|组建|通报|先生|女士|同志|"
    r"任(?!务)|获[评得]|以及|回应|去年|按下|家(?=[的里中有])|$))"
)
_GAPS = re.compile(r"[ 　]")
_LEADERS = re.compile(
    rf"(?:领导|负责同志)((?:[{CJK}]{{2,3}}、)*[{CJK}]{{2,3}})(?=等?(?:参加|出席|陪同|参观|调研|一同)|[，,][县市区旗]直)"
)
_TEAM = re.compile(rf"([{CJK}]{{2,3}}?)团队")
#: A title between a leader's name and 团队 (林嘉明教授团队, 周启航博士团队).
_TEAM_TITLE = re.compile(r"(?:教授|博士|院士|研究员)$")
#: ``合肥日报　2024年11月20日　记者 周晓岚　通讯员 程立``: names after a role in a dateline.
#: Words of a credit line that are roles, not names (本刊记者, 全媒体记者, 通讯员).
_ROLE_ENDS = ("记者", "通讯员", "作者", "编辑", "摄影", "实习生", "来源")
_REPORTER = re.compile(
    rf"(?:记者|通讯员|作者|编辑|摄影|实习生|审核|校对|监制|文字|图片|责编|文(?=[／/]))(?!手记|札记|观察)"
    rf"[：:丨｜|／/\s　]*"
    rf"((?:(?:[{CJK}]{{2,6}}·[{CJK}]{{2,6}}|[{CJK}]{{2,4}}|{_SPACED})(?:[、\s　）)]+|$))+)"
)


def find_people(text: str, paragraphs: list[tuple[int, int, str]]) -> Iterator[Found]:
    """People in credit lines (记者：吴 蓝 管晨晨), bylines, after titles, before 团队."""
    names = surnames()
    for start, end, _kind in paragraphs[:10] + paragraphs[max(10, len(paragraphs) - 6) :]:
        short = end - start <= 80 and text.find("。", start, end) < 0
        # a dateline, or the credit in brackets that opens a report (本报讯（记者 李思远）)
        for lo, hi in [(start, end)] if short else _credit_brackets(text, start, end):
            for m in _REPORTER.finditer(text, lo, hi):
                for found in _credit_names(text, m.start(1), m.end(1)):
                    if not found[2].endswith(_ROLE_ENDS):
                        yield found
    for start, end, kind in paragraphs:
        if kind == "credit":  # past the label (记者：, 【责任编辑】), whichever mark ends it
            marks = (text.find(mark, start, end) for mark in "：:】")
            yield from _credit_names(
                text, min((k for k in marks if k >= 0), default=start) + 1, end
            )
        elif kind == "byline":
            yield from _credit_names(text, start, end)
    yield from _titled(text, names)
    for m in _SPEAKER_LINE.finditer(text):
        name = m.group(1)  # 林涛：/ 各位媒体朋友…: who speaks next in a transcript
        place = any(name + c in text for c in "县市区镇乡旗州")  # 叶城：… opens a headline
        if name[0] in names and name not in _LINE_LABELS and text.count(name) >= 2 and not place:
            yield m.start(1), m.end(1), name, "person"
    for m in _LEADERS.finditer(text):
        pos = m.start(1)
        for name in m.group(1).split("、"):
            if name[0] in names:
                yield pos, pos + len(name), name, "person"  # 市领导张海峰、刘庆国参加会议
            pos += len(name) + 1
    for s, e in _teams(text):
        conjoined = text[s] in "和与及" and is_cjk(text[s - 1 : s])  # 企业和设计团队
        if text[s] in names and text[s - 1 : s + 1] not in _WORDS_BEFORE_TEAMS and not conjoined:
            yield s, e, text[s:e], "person"


def _titled(text: str, names: frozenset[str]) -> Iterator[Found]:
    """Names after titles (总经理何　静告诉记者); where the words after one are no name, a
    title among them is tried in turn (青年研究员谭慧珊说: 青年 is no title of 研究员谭慧珊)."""
    pos = 0
    while (m := _TITLED.search(text, pos)) is not None:
        pos = m.end()
        name = _GAPS.sub("", m.group(1))  # a name set out with a space
        if name in _NOT_NAMES:
            continue  # 从普通操作工成长为班组长, 企业负责人普遍表示: words, no name
        if name[0] in names if len(name) < 4 else _unsurnamed(name):
            yield m.start(1), m.end(1), m.group(1), "person"  # as written, to be found again
        elif len(name) > 4:
            pos = m.start(1)


#: A line opened by who speaks (林涛：, 主持人（沈怡）：, 【主持人】程亮：) in a transcript.
_SPEAKER_LINE = re.compile(
    rf"^[ 　]*(?:【?主持人】?[ 　]*[（(]?)?([{CJK}]{{2,3}})[）)]?[：:]", re.MULTILINE
)
#: Labels that open a line with a surname's character (单位：, 时间：): no speaker.
_LINE_LABELS = frozenset({"单位", "时间", "地点", "地址", "电话", "记者", "主持", "编辑", "来源",
                          "作者", "审核", "校对", "责编", "说明", "备注", "附件", "主题", "简介",
                          "联系人", "邮箱", "传真", "网址", "邮编", "标题", "摘要", "答", "问",
                          "主办", "承办", "协办", "成员", "组长", "链长", "副链长", "牵头"})  # fmt: skip
#: Words that open with a surname and follow a title (操作工成长为…, 负责人普遍表示).
_NOT_NAMES = frozenset({"成长", "成为", "普遍", "纷纷", "一致"})
#: Words whose second character is a surname, before 团队 (电商直播团队, 研发团队): no name.
_WORDS_BEFORE_TEAMS = frozenset({"电商", "服务", "专家", "科研", "管理", "运营", "营销", "技术",
                                 "公司"})  # fmt: skip


#: Syllables of Tibetan names, which carry no surname (次仁多吉, 格桑次仁, 扎西顿珠).
_TIBETAN = frozenset(
    {"次仁", "扎西", "格桑", "多吉", "顿珠", "卓玛", "央金", "旺堆", "平措", "洛桑", "达瓦", "尼玛",
     "拉姆", "索朗", "普布", "边巴", "巴桑", "旦增", "德吉", "白玛", "罗布", "强巴", "曲珍", "群培",
     "欧珠", "阿旺", "米玛", "次旦", "益西", "仁青", "拉巴", "贡布", "丹增", "土登", "嘎玛", "琼达",
     "桑珠", "次央", "普琼", "边珍", "嘉措", "才旦", "才让", "卓嘎", "措姆", "旺姆", "斯朗", "赤列",
     "朗杰", "穷达", "多杰", "拉珍", "德庆", "顿旦", "巴珠", "央宗", "索南", "更登", "加措", "东智",
     "旦正", "南杰", "公保", "仁增", "完玛", "周加", "万玛", "尖措", "东主"}
)  # fmt: skip


#: Syllables of Mongolian names, which carry no surname either (那顺巴雅尔, 哈斯朝鲁, 巴图吉日嘎拉).
_MONGOLIAN = frozenset(
    {"巴特", "巴图", "巴雅尔", "巴音", "宝音", "那顺", "哈斯", "朝鲁", "朝克", "苏日", "苏和", "乌力吉",
     "乌兰", "额尔敦", "其其格", "敖其尔", "敖登", "吉日嘎拉", "图雅", "图门", "萨仁", "格日勒", "阿拉坦",
     "孟和", "斯琴", "呼和", "都仁", "特木尔", "白音", "达来", "布和", "满都拉", "娜仁", "塔娜", "毕力格",
     "扎那", "吉雅", "其木格", "乌云", "高娃", "德力格尔", "查干", "朝格", "图", "古格", "达布希拉图",
     "额尔德尼", "通拉嘎", "阿木尔", "巴干", "包", "木仁", "赛音", "希拉", "达赖", "格根"}
)  # fmt: skip


def _unsurnamed(name: str) -> bool:
    """A name after a title that no surname opens: written with a middle dot (热合曼·艾则孜),
    or two syllables of Tibetan names (次仁多吉), or two or more of Mongolian ones."""
    tibetan = len(name) == 4 and name[:2] in _TIBETAN and name[2:] in _TIBETAN
    return "·" in name or tibetan or _syllables(name, _MONGOLIAN) >= 2


def _syllables(name: str, syllables: frozenset[str]) -> int:
    """How many of ``syllables`` spell ``name`` whole (fewest), or 0 where they cannot."""
    best = [0] + [99] * len(name)
    for end in range(1, len(name) + 1):
        for size in range(1, min(end, 5) + 1):
            if name[end - size : end] in syllables:
                best[end] = min(best[end], best[end - size] + 1)
    return best[-1] if best[-1] < 99 else 0


_NAME_TOKEN = re.compile(rf"[{CJK}]+(?:·[{CJK}]+)?")
_CREDIT_BRACKET = re.compile(r"[（(][^）)]{0,12}?((?:记者|通讯员)[^）)]{2,30})[）)]")


def _credit_brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span(1) for m in _CREDIT_BRACKET.finditer(text, start, min(end, start + 80))]


def _teams(text: str) -> Iterator[tuple[int, int]]:
    """Spans of two or three CJK characters before 团队, as ``_TEAM.finditer`` gives
    them, found from each 团队 rather than tried at every character."""
    last = 0
    k = text.find("团队")
    while k >= 0:
        titled = _TEAM_TITLE.search(text, max(0, k - 3), k)
        k = titled.start() if titled is not None else k  # 林嘉明教授团队: the name before it
        for s in (k - 3, k - 2):
            if s >= last and all("\u4e00" <= c <= "\u9fff" for c in text[s:k]):
                yield s, k
                last = k + 2
                break
        k = text.find("团队", (titled.end() if titled is not None else k) + 2)


def _credit_names(text: str, start: int, end: int) -> Iterator[Found]:
    """Split a credit line; two one-character tokens are one padded name (``钱 韬``), three
    alone between longer ones a name set out in full (``罗 晓 梅 何佳``), and a surname alone
    before two characters one name too (``谭 志强``)."""
    tokens = [(m.start(), m.end()) for m in _NAME_TOKEN.finditer(text[start:end])]
    i = 0
    while i < len(tokens):
        s, e = tokens[i]
        run = next(
            (k for k in range(i, len(tokens)) if tokens[k][1] - tokens[k][0] != 1), len(tokens)
        )
        step = 3 if run - i == 3 else 2
        if e - s == 1 and run - i >= 2:
            e2 = tokens[i + step - 1][1]
            yield start + s, start + e2, text[start + s : start + e2], "person"
            i += step
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            e - s == 1
            and after is not None
            and after[1] - after[0] == 2
            and text[start + s] in surnames()
        ):
            e2 = after[1]  # 谭 志强: a surname set apart from a given name of two characters
            yield start + s, start + e2, text[start + s : start + e2], "person"
            i += 2
            continue
        if e - s == 2 and i + 1 < len(tokens) and _tibetan_pair(text, start, s, tokens[i + 1]):
            e2 = tokens[i + 1][1]  # 索南 卓玛: one name of two Tibetan syllables, spaced
            yield start + s, start + e2, text[start + s : start + e2], "person"
            i += 2
            continue
        dotted = "·" in text[start + s : start + e]  # 艾力·买买提: a name of two parts
        if (2 <= e - s <= 4 or dotted) and text[start + s : start + e] not in _ROLES:
            yield start + s, start + e, text[start + s : start + e], "person"
        i += 1


def _tibetan_pair(text: str, start: int, s: int, after: tuple[int, int]) -> bool:
    """Whether the token at ``s`` and the one ``after`` it are two syllables of one Tibetan
    name (索南 卓玛), which a credit line spaces like two names."""
    second = text[start + after[0] : start + after[1]]
    return text[start + s : start + s + 2] in _TIBETAN and second in _TIBETAN


#: Words of a credit line that name a role, not a person.
_ROLES = frozenset({"记者", "本报记者", "本刊记者", "通讯员", "编辑", "责任编辑", "校对", "摄影",
                    "作者", "审核", "来源", "实习生", "特约记者"})  # fmt: skip
