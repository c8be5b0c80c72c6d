"""The document's own time: its date line, the year and span its title reports, and
where a work report's plan begins. Relative times (今年, 3月18日, 上半年) are read against
these anchors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chainatlas.extract.doc import Doc

HALVES = {"上半年": "H1", "下半年": "H2", "一季度": "Q1", "第一季度": "Q1", "二季度": "Q2",
           "第二季度": "Q2", "三季度": "Q3", "第三季度": "Q3", "前三季度": "Q3", "四季度": "Q4",
           "第四季度": "Q4", "1-6月": "H1", "1—6月": "H1", "1-3月": "Q1", "1—3月": "Q1",
           "半年度": "H1"}  # fmt: skip
#: The keys of ``HALVES`` as one compact pattern (an alternation of all fifteen costs
#: time at every position the scan tries). 1—9月 is a span to a month (2025-09), as
#: releases and the annotations of them read it; 前三季度 is the quarter.
HALF_ALT = r"[上下]半年|半年度|前三季度|第?[一二三四]季度|1[-—][36]月"
_ANNUAL_TITLE = re.compile(
    r"公报|工作报告|报告|总结|简况|简析|月报|快报|运行情况|运行分析|年度观察|年度回顾|"
    r"完成情况|生产情况|发展情况|主要经济指标|经济运行"
)
_REVIEW_TITLE = re.compile(r"工作报告|工作总结|工作计划")
_TITLE_HALF = re.compile(rf"((?:19|20)\d\d)年({HALF_ALT})")
_TITLE_SPAN = re.compile(r"((?:19|20)\d\d)年1[-—–~至](1[0-2]|[2-9])月")
_DATE_LINE = re.compile(r"((?:19|20)\d\d)(?:年|[-/.])(1[0-2]|0?[1-9])(?:月|[-/.]|$)")
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年")
#: (after a column's tag: 权威发布丨1—8月全市经济运行…, 【数据】1—8月…)
_BARE_SPAN = re.compile(r"(?:【?[^丨|｜】\s]{1,8}[丨|｜】]\s*)?1[-—–~至](1[0-2]|[2-9])月")
_BARE_HALF = re.compile(rf"(?:【?[^丨|｜】\s]{{1,8}}[丨|｜】]\s*)?({HALF_ALT})")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
_PAGE_LINE = re.compile(r"发布时间|发布日期|来源|浏览次数|点击量|字号")
_DELIVERED = re.compile(r"日在|会议上|大会上")


@dataclass
class Anchors:
    """The document's own date: current year, the year its title reports, and the index
    of the date line (whose own date is not a period of any figure)."""

    current: int | None = None
    month: int | None = None  # the date line's month, when it has one
    report: int | None = None
    date_paragraph: int = -1
    annual: bool = False  # a bulletin or work report: every paragraph tells the report's year
    review: bool = False  # a work report or summary, which reviews a year (and plans the next)
    frame: str | None = None  # the span a monthly release covers (2024年1—8月…简况 -> 2024-08)
    plan_at: int = -1  # where a report's plan section begins (二、2026年工作计划), -1 if none
    plan_year: int | None = None  # the year that heading names
    reported: str | None = None  # the period of a firm's report the news is about (2024)
    reported_until: int = -1  # where the report's account ends: the next section's heading


def read_anchors(doc: Doc) -> Anchors:
    """The anchors of ``doc``: date line, title year and span, plan section."""
    out = Anchors()
    title_at = doc.title_index()
    bare_span: str | None = None  # a title that opens with its span but no year
    for index, p in enumerate(doc.paragraphs[: max(5, title_at + 4)]):
        line = doc.text[p.start : p.end]
        subtitle = (
            index == title_at + 1
            and line.startswith("—")
            and out.report is None
            and not _DELIVERED.search(line)  # ——2025年1月15日在…人民代表大会…会议上
        )
        if subtitle:
            line = doc.text[doc.paragraphs[title_at].start : p.end]  # ——…2024年产业发展年度观察
        second = (
            index == title_at + 1
            and out.report is None
            and _SECOND_HEADLINE.fullmatch(line) is not None
            and not _DATE_LINE.search(line)
        )
        if second:  # a headline's second line (高新区2025年“4+3”产业营业收入突破1100亿元)
            title = _TITLE_YEAR.search(line)
            out.report = int(title.group(1)) if title else None
            continue
        if index == title_at or subtitle:
            bare_span = _read_title(out, line)
            continue
        date = _DATE_LINE.search(line)
        if date and out.current is None and _is_date_line(line):
            out.current, out.date_paragraph = int(date.group(1)), index
            out.month = int(date.group(2))
    _bare_span(out, bare_span)
    out.reported, out.reported_until = _reported(doc, title_at, out.current)
    plan = plan_section(doc)
    if plan < len(doc.text):
        year = _TITLE_YEAR.search(doc.text, plan, doc.text.find("\n", plan) % (len(doc.text) + 1))
        # 三、下半年工作打算 in a half-year summary: the plan for the rest of the report's year
        out.plan_at, out.plan_year = plan, int(year.group(1)) if year else out.report
    _settle_years(out, _delivered_on(doc, title_at))
    if out.review and _FIVE_YEARS.search(doc.text, 0, min(len(doc.text), 1500)):
        out.review = False  # 报告过去五年的工作: its counts are the five years', not a year's
    return out


#: A report at a new congress's first session, which reviews the five years gone.
_FIVE_YEARS = re.compile(r"报告过去五年的工作|过去五年工作回顾")


def _delivered_on(doc: Doc, title_at: int) -> tuple[int, int] | None:
    """(year, month) of the line under a report's title that says when it was delivered
    (——2026年1月14日在…人民代表大会…会议上), or None."""
    if title_at < 0 or title_at + 1 >= len(doc.paragraphs):
        return None
    under = doc.paragraphs[title_at + 1]
    line = doc.text[under.start : under.end]
    day = _DATE_LINE.search(line) if line.startswith("—") and _DELIVERED.search(line) else None
    return (int(day.group(1)), int(day.group(2))) if day else None


def _settle_years(out: Anchors, delivered: tuple[int, int] | None) -> None:
    """The current and the reported year once the top of the page is read: a year's review
    delivered in its first months reports the year before (its 全年 and 年末 are that year's),
    also when its title names the year it is delivered in (2026年…政府工作报告, ——2026年1月)."""
    if out.current is None:
        out.current = out.report
    if delivered is not None and out.review and out.report == delivered[0] and delivered[1] <= 3:
        out.current, out.month, out.report = delivered[0], delivered[1], delivered[0] - 1
    if out.report is None:
        early = out.review and out.month is not None and out.month <= 3
        out.report = out.current - 1 if early and out.current is not None else out.current


def _is_date_line(line: str) -> bool:
    """Whether a line with a date (not the title) is a date line: after the title, or a
    masthead above it (江西日报 2025年8月14日 第06版), short and no sentence."""
    longest = 120 if _PAGE_LINE.search(line) else 60  # 发布时间：… 来源：… 浏览次数：… 字号
    plain = set(_THOUSANDS.sub("", line))  # 点击量：1,208 is no sentence
    return len(line) <= longest and not plain & set("。，；！？,;")


def _read_title(out: Anchors, line: str) -> str | None:
    """The year, kind and span a title reports (2024年…统计公报, 2025年上半年…); the month
    (``11``) or the part of the year (``Q3``) of a title that opens with its span but no year
    (1—11月全市数字经济…, 前三季度全市经济运行…), else None."""
    title = _TITLE_YEAR.search(line)
    out.report = int(title.group(1)) if title else None
    out.annual = _ANNUAL_TITLE.search(line) is not None
    out.review = _REVIEW_TITLE.search(line) is not None
    span = _TITLE_SPAN.search(line)
    half = _TITLE_HALF.search(line)
    if span and out.annual:
        out.frame = f"{span.group(1)}-{int(span.group(2)):02d}"
    elif half and out.annual:
        out.frame = half.group(1) + HALVES[half.group(2)]
    bare = _BARE_SPAN.match(line) if title is None else None
    if bare is None and title is None and out.annual:
        part = _BARE_HALF.match(line)  # 前三季度全市经济运行稳中有进: the quarters, no year
        return HALVES[part.group(1)] if part else None
    return f"{int(bare.group(1)):02d}" if bare else None


#: A headline's second line: short, no sentence, no date line.
_SECOND_HEADLINE = re.compile(r"[^。，；：:！？\n—]{6,40}")


def _bare_span(out: Anchors, span: str | None) -> None:
    """A release titled by its span alone (1—11月全市数字经济…, 前三季度…) tells that span, in
    the date line's year (the year before when the month has not come yet)."""
    if span is None or out.current is None or out.frame is not None:
        return
    if not span.isdigit():
        out.frame, out.report = f"{out.current}{span}", out.current
        return
    month = int(span)
    year = out.current - 1 if out.month and month > out.month else out.current
    out.frame, out.annual, out.report = f"{year}-{month:02d}", True, year


#: A listed firm's periodic report: 发布2024年年度报告, 2025年半年度报告, 2025年第三季度报告.
REPORT_OF = re.compile(
    r"((?:19|20)\d\d)年(?:(年度报告|年报)|(半年度报告|半年报)|第([一三])季度报告|([一三])季报)"
)


def _reported(doc: Doc, title_at: int, current: int | None) -> tuple[str | None, int]:
    """The period of the report a firm's news tells of (3月27日晚，公司发布2024年年度报告。
    报告期内…), read in the first paragraphs after the title, and where its account ends:
    a later section under its own heading (【新基地】…) tells of something else."""
    first = title_at + 1
    for index, p in enumerate(doc.paragraphs[first : title_at + 6], start=first):
        m = REPORT_OF.search(doc.text, p.start, p.end)
        if m is not None:
            quarter = m.group(4) or m.group(5)
            period = m.group(1) + (
                "H1" if m.group(3) else f"Q{'一三'.index(quarter) * 2 + 1}" if quarter else ""
            )
            return period, _report_told(doc, index, int(m.group(1)), period, current)
    return None, -1


#: A section opening with a day: 8月16日，公司与…签订投资协议 / 2024年12月26日，…投产.
_OPENS_DATED = re.compile(r"(?:((?:19|20)\d\d)年)?(1[0-2]|[1-9])月(?:\d{1,2}日)?")
_LAST_MONTH = {"H1": 6, "Q1": 3, "Q3": 9}


def _report_told(doc: Doc, told_at: int, year: int, period: str, current: int | None) -> int:
    """Where the account of a report ends: at a heading whose section opens with a day after
    the report's span (【新基地】 / 8月16日，公司签订…), news of its own; sections on the
    report's parts (一、三大业务板块 / 分业务看…) go on telling its year."""
    last = _LAST_MONTH.get(period[4:], 12)
    current = current or year + 1  # a day with no year: the date line's year
    paragraphs = doc.paragraphs
    for k in range(told_at + 1, len(paragraphs) - 1):
        if paragraphs[k].kind != "heading":
            continue
        m = _OPENS_DATED.match(doc.text, paragraphs[k + 1].start)
        if m is not None and (int(m.group(1) or current), int(m.group(2))) > (year, last):
            return paragraphs[k].start
    return len(doc.text)


def lately(month_day: str, anchors: Anchors) -> bool:
    """Whether a day (``03-18``) falls in the date line's month or the one before: news
    tells of the days just gone, whatever year the paragraph before told of."""
    if anchors.month is None or len(month_day) < 5:
        return False
    month = int(month_day[:2])
    return month == anchors.month or month % 12 + 1 == anchors.month


def year_of_month(month_day: str, anchors: Anchors) -> int | None:
    """The year of ``6月底`` with no year written before it: the document's own year, or
    the year before when that month has not come yet at the date line (``9月`` in a report
    dated January)."""
    if anchors.current is None:
        return None
    month = int(month_day[:2])
    return anchors.current - 1 if anchors.month and month > anchors.month else anchors.current


_PLAN_HEADING = re.compile(
    r"[ \u3000]*[一二三四五六七八九十]+、(?![^\n]{0,20}?(?:完成|回顾|成效|情况))[^\n]{0,20}?"
    r"(?:目标(?=[和与及、\n]|任务|$)|工作安排|重点工作|主要任务|工作思路|工作计划|工作打算|计划草案)"
)


def plan_section(doc: Doc) -> int:
    """Where a work report's plan for the year begins (二、2025年主要目标和重点工作): every
    figure after it is a goal. The length of the text when there is none."""
    for p in doc.paragraphs:
        if _PLAN_HEADING.match(doc.text, p.start, p.end):
            return p.start
    return len(doc.text)


def time_written(doc: Doc) -> int | None:
    """The year ``doc`` was written in: its date line's, else the latest year it tells of
    other than as an end (到2030年); near enough to tell a story's past steps (到2006年…开园)
    from its goals."""
    current = read_anchors(doc).current
    if current is not None:
        return current
    years = [int(m.group(1)) for m in _TOLD_YEAR.finditer(doc.text)]
    return max(years) if years else None


_TOLD_YEAR = re.compile(r"(?<![到至])((?:19|20)\d\d)[ ]?年")


def reviewed_year(doc: Doc) -> tuple[str, int] | None:
    """(year, end) of a work report's or summary's review of a year: what it tells as done
    with no date of its own (县人民医院新院区建成投用) happened in that year, up to the plan
    (``end``); None for any other text."""
    anchors = read_anchors(doc)
    if not anchors.review or anchors.report is None or anchors.frame is not None:
        return None
    end = anchors.plan_at if anchors.plan_at >= 0 else len(doc.text)
    return str(anchors.report), end
