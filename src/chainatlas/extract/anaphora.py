"""Words that point back: 企业/公司 to the last firm, 园区/高新区 to the last park, 项目 to
the last firm's named project; and mentions widened to the team or project they head.

``anaphora`` returns mentions standing for what the words refer to, for the subject
reader; ``extend`` turns ``吴凡`` + 团队 into a team and ``江苏时代`` + 四期项目 into a project.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from chainatlas.extract.doc import BULLET, Doc, Mention
from chainatlas.extract.phrases import HEAD_JUNK
from chainatlas.extract.sentences import clauses_of
from chainatlas.extract.topic import park_of_board

_ANAPHOR = re.compile(
    r"(?:该|这家|其)?(企业|公司)|(?P<park>高新区|经开区|开发区|产业园|园区|新区|经济区)|(?P<project>(?:该|这个)?项目)"
    r"|(?P<team>(?:该|这支)?团队)|(?:该|这一)?(?P<platform>中心|研究院|实验室)(?=成立|揭牌|建成|自|[已累共现])"
    r"|(?:该|这一)?(?P<body>商会|协会)(?=成立|自|[已累共现])"
    r"|(?:本届|本次|此次)(?P<fair>博览会|推介会|交易会|洽谈会|展会|大会|论坛)"
)
_TEAM = re.compile(r"(?:(?:带领|领衔|率领)的?[\u4e00-\u9fff]{0,8}?)?团队")
_PROJECT = re.compile(r"(?:[一二三四五六七八九十\d]+期)?项目")
#: A firm's named project (…科技有限公司人形机器人研发生产基地项目): words, not a class.
_FIRM_PROJECT = re.compile(
    r"(?:(?!签约|引进|累计|新增|重大|重点|亿|个|投资|的)[\u4e00-\u9fff]){0,12}?项目"
)
#: A firm's site (宁德时代溧阳基地); not where it stands (研究院在基地揭牌, 落户基地).
_SITE = re.compile(r"(?![在于到进入落])[\u4e00-\u9fff]{0,3}?(?:生产基地|基地|工厂)")


def extend(doc: Doc, m: Mention) -> Mention:
    """``吴凡`` + 团队 is a team; ``江苏时代`` + 四期项目 a project."""
    project = _FIRM_PROJECT if m.type == "company" else _PROJECT
    for pattern, kind in ((_TEAM, "team"), (project, "project"), (_SITE, "project")):
        hit = pattern.match(doc.text, m.end)
        if hit and hit.end() > m.end:
            # 吉林鹿源生物科技有限公司梅花鹿…项目: the project goes by its own name
            registered = kind == "project" and doc.text.endswith("公司", m.start, m.end)
            own = registered and hit.end() - m.end >= 8 and not _PHASE.match(doc.text, m.end)
            name = doc.text[m.end if own else m.start : hit.end()]
            name = m.name + "团队" if kind == "team" else name  # 周立新带领的菌种研发团队
            return Mention(m.start, hit.end(), name, kind, m.component)
    return m


def anaphora(
    doc: Doc, index: int, starts: list[int], component: str, firm: str | None = None
) -> list[Mention]:
    """``企业``/``公司`` heading a clause refers to the last company named before it, and
    ``高新区``/``园区`` (also after time words) to the last park. In a firm's own news
    (``firm``: the firm its title names) a bare ``公司`` is always that firm, whoever was
    named last (主要客户包括长安汽车、赛力斯等。公司营业收入…)."""
    out = []
    text = doc.text
    for cs, ce in clauses_of(doc, doc.sentences[index]):
        m = _ANAPHOR.match(text, cs)
        if m is None and (
            text.find("区", cs, ce) >= 0
            or text.find("公司", cs, ce) >= 0
            or text.find("团队", cs, ce) >= 0
        ):
            junk = HEAD_JUNK.match(text, cs, ce)
            m = _ANAPHOR.match(text, junk.end()) if junk and junk.end() > cs else None
            kept = m is not None and (m.group("park") or m.group(1) == "公司" or m.group("team"))
            m = m if kept else None  # 目前团队已有40余位工程师: the team named before
        if m is None:
            continue
        kind = "park" if m.group("park") else "project" if m.group("project") else "company"
        if m.group("team") or m.group("platform") or m.group("body"):
            kind = (
                "team" if m.group("team") else "platform" if m.group("platform") else "institution"
            )
        if m.group("fair"):
            kind = "programme"  # 本届博览会设置展览面积3.2万平方米: the fair named before
        if kind == "company" and _GENERIC_USE.match(text, m.end()):
            continue  # 企业开办时间: firms in general, not the one named before
        own = firm is not None and m.group() == "公司"
        word = m.group("park") or m.group("platform") or m.group("body") or m.group("fair")
        found = firm if own else antecedent(doc, m.start(), starts, kind, word)
        if found is not None:
            out.append(Mention(m.start(), m.end(), found, kind, component))
    return out


_PHASE = re.compile(r"[一二三四五六七八九十\d]期")
_GENERIC_USE = re.compile(r"开办|数量|总数|家数|发展|服务|用工|融资|上市|培育|梯队")
#: What each word for a park most likely points back to: 园区 to a 产业园 rather than to the
#: 开发区 it lies in, 高新区 to a 高新区.
_PARK_ENDINGS = {"园区": ("园", "园区"), "产业园": ("产业园",), "高新区": ("高新区", "高新技术产业开发区"),
                 "经开区": ("经开区", "开发区"), "开发区": ("开发区", "经开区"),
                 "新区": ("新区",), "经济区": ("经济区",), "中心": ("中心",),
                 "研究院": ("研究院",), "实验室": ("实验室",), "商会": ("商会",),
                 "协会": ("协会",), "博览会": ("博览会",), "推介会": ("推介会", "招商会"),
                 "交易会": ("交易会",), "洽谈会": ("洽谈会",), "展会": ("会",), "大会": ("大会",),
                 "论坛": ("论坛",)}  # fmt: skip


#: A park named as one of the examples of a kind (A产业园、B产业园等专业园区).
_EXAMPLE_AFTER = re.compile(r"(?:、[^，。；、]{2,24}){0,4}等[^，。；]{0,6}(?:园区|产业园|基地)")


def antecedent(doc: Doc, pos: int, starts: list[int], kind: str, word: str | None) -> str | None:
    """The last mention of ``kind`` before ``pos``; for a park word, the last park whose
    name ends alike, if any."""
    endings = _PARK_ENDINGS.get(word or "", ())
    fallback = None
    paragraphs = [p.start for p in doc.paragraphs]
    here = bisect_right(paragraphs, pos) - 1
    section = _section_start(doc, here) if kind == "park" else -1
    home = _titled_park(doc, starts) if section >= 0 else None
    for i in range(bisect_left(starts, pos) - 1, -1, -1):
        m = doc.mentions[i]
        at = bisect_right(paragraphs, m.start) - 1
        if doc.paragraphs[at].kind == "caption":
            continue  # ▲蕲艾产业园开园资料图: a picture's caption is no text to point back to
        back = here - at
        if kind == "park" and at < section <= here and home is not None:
            return home  # 四、项目投资 / 前三季度，园区完成…: in a park's own report, the park
        headed = kind == "project" and back == 1 and m.type == "project"
        if headed and doc.paragraphs[here - 1].kind == "heading":
            return m.name  # 一、年产5GWh…项目 / 项目总投资12.46亿元: the section's project
        if kind != "park" and back > 2 * (kind in ("company", "platform", "institution")):
            break  # 企业, 中心 point back at most two paragraphs, 项目 within its own
        if kind == "project":
            extended = extend(doc, m)
            if extended.type == "project":
                return extended.name
            continue
        if kind == "team":
            if m.type == "person" and _LEADS.match(doc.text, m.end):
                return m.name + "团队"  # 博士周启航带领团队来到泗洪。…团队已发展到60余人
            continue
        board = park_of_board(m) if kind == "park" else None
        name = board or m.name  # 邛崃经济开发区管理委员会: its park
        if (m.type != kind and name == m.name) or m.name in _BARE_NAMES:
            continue
        if kind == "park" and (doc.text.startswith("项目", m.end) or _firm_site(doc, i)):
            continue  # 河辉终端智能终端产业园项目: a project's name, no park to point back to
        if kind == "park" and (_EXAMPLE_AFTER.match(doc.text, m.end) or _listed(doc, m)):
            continue  # A产业园、B产业园等专业园区加快建设: parks within it, given as examples
        if not endings or name.endswith(endings):
            return name
        fallback = fallback or name
    return fallback


def _listed(doc: Doc, m: Mention) -> bool:
    """Whether park ``m`` is one of a list of parks (形成云计算产业园、新能源装备产业园、绿色食品
    产业园“一区三园”格局): a part of the park the text is about, which 园区 does not mean."""
    return doc.text[m.start - 1 : m.start] == "、" or doc.text.startswith("、", m.end)


def _section_start(doc: Doc, here: int) -> int:
    """The paragraph of the last numbered or marked heading (四、项目投资持续发力, ▶ 园区概况,
    【产业基础】) at or before ``here``."""
    for k in range(here, -1, -1):
        p = doc.paragraphs[k]
        if p.kind == "heading" and _NUMBERED.match(doc.text, p.start, p.end):
            return k
    return -1


_NUMBERED = re.compile(
    rf"[一二三四五六七八九十]{{1,3}}、|{BULLET}\s*[\u4e00-\u9fff]|【[\u4e00-\u9fff]"
)


def _titled_park(doc: Doc, starts: list[int]) -> str | None:
    """The park the title names (湖口高新区2026年前三季度经济运行情况), if any."""
    at = doc.title_index()
    if at < 0:
        return None
    title = doc.paragraphs[at]
    lo, hi = bisect_left(starts, title.start), bisect_left(starts, title.end)
    return next((m.name for m in doc.mentions[lo:hi] if m.type == "park"), None)


def _firm_site(doc: Doc, i: int) -> bool:
    """Whether park mention ``i`` is named right after a firm (…矿安智能装备有限公司（以下简称
    “矿安智能”）智能采掘装备产业园开工): the firm's own site, a project, not the park that
    园区 stands for."""
    if i == 0 or doc.mentions[i - 1].type != "company":
        return False
    return (
        _ASIDE_GAP.fullmatch(doc.text, doc.mentions[i - 1].end, doc.mentions[i].start) is not None
    )


#: What may stand between a firm and its site: nothing, or the end of an aside naming it short.
_ASIDE_GAP = re.compile(r"(?:[（(][^）)]{0,20}[）)])?|[”\"]?[）)]")


_LEADS = re.compile(
    r"(?:博士|教授|院士|研究员)?(?:(?:带领|领衔|率领)的?(?:科研|研发|创业|技术)?团队|(?:科研|研发)?团队)"
)
_BARE_NAMES = frozenset({"企业", "公司", "高新区", "经开区", "开发区", "园区", "产业园", "新区", "经济区",
                        "中心", "研究院", "实验室", "商会", "协会"})  # fmt: skip
