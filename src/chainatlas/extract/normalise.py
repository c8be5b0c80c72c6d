"""normalise@11: undo what PDF export and web pages do to Chinese text, keeping offsets.

- hard wraps: a full-width line that does not end a sentence continues on the next
  line (``2023\\n\\n年上半年``, ``比亚\\n 迪``), so the break and the blank lines are removed;
- spaces next to digits (``1287.4 亿元``, ``第 21 位``) and around CJK punctuation go;
  spaces between two Chinese characters stay (``吴 蓝`` in a credit line is a name);
- half-width punctuation becomes full width, full-width digits and letters half width;
- page numbers and running headers or footers (a short line recurring on every page) go;
- paragraphs are labelled body, heading, caption (▲…), byline, credit (记者：…) or footer,
  so that later components can skip captions and footers.

Only deletions and one-for-one swaps happen, so :class:`OffsetMap` stays exact.
"""

from __future__ import annotations

import itertools
import re

from chainatlas.extract.doc import MARKS, STAMPED_LINE, Doc, Paragraph
from chainatlas.extract.lexicon import surnames
from chainatlas.extract.offsets import OffsetMap
from chainatlas.extract.tables import CELL_GAP, unpiped
from chainatlas.extract.wrap_cuts import broken_number, word_across

NAME = "normalise"
VERSION = "12"

_WIDTH = {0xFF10 + i: ord("0") + i for i in range(10)}
_WIDTH.update({0xFF21 + i: ord("A") + i for i in range(26)})
_WIDTH.update({0xFF41 + i: ord("a") + i for i in range(26)})
_WIDTH.update({ord("％"): ord("%"), ord("．"): ord("."), ord("／"): ord("/")})
_WIDTH.update({ord("－"): ord("-"), ord("～"): ord("~"), ord("\r"): ord(" ")})
_WIDTH.update({ord(a): ord(b) for a, b in zip(",;:?!()", "，；：？！（）", strict=True)})
TRANSLATION = _WIDTH
_SWAPS = {chr(k): chr(v) for k, v in _WIDTH.items()}
#: ``str.translate`` looks every character up in the table; a regex finds the few that
#: change several times faster in Chinese text.
_SWAPPABLE = re.compile("[" + re.escape("".join(_SWAPS)) + "]")

_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】—…·「」『』"
_SPACE_RUN = re.compile(r"[ \t\u3000\xa0]+")
_DIGITISH = set("0123456789%")


def _deletable(left: str, right: str, narrow: bool = False) -> bool:
    """Whether spaces between ``left`` and ``right`` are layout, not content; ``narrow``: one
    half-width space, as set between Latin and Chinese (a wide one parts a heading's halves)."""
    if left in _CJK_PUNCT or right in _CJK_PUNCT:
        return bool(left.strip()) and bool(right.strip())
    cjk_left, cjk_right = "\u4e00" <= left <= "\u9fff", "\u4e00" <= right <= "\u9fff"
    if left in _DIGITISH:
        return cjk_right or right == "%" or (right.isascii() and right.isalpha())
    if "A" <= left <= "Z" and right == "级":
        return True  # A 级旅游景区, 5A 级: a grade's letter and its 级, set apart by a PDF
    latin_left, latin_right = left.isascii() and left.isalpha(), right.isascii() and right.isalpha()
    if (latin_left or latin_right) and narrow:
        return cjk_right or cjk_left  # 新建 5G 基站, 全年 GDP 增长: a Latin word set off by a space
    return cjk_left and right.isdigit()


#: The comma first, then the look-behind: fewer tries than a look-behind at every character.
_DIGIT_COMMA = re.compile(r"[，：](?<=\d[，：])(?=\d)")
_CLOSED = "。！？；…”』」.!?;"

_CAPTION = re.compile(r"^(?:[▲△▼]|图[为：]|[（(]图|资料图)")
_CREDIT = re.compile(
    r"^[（(【]?(?:记者|编辑|审核|审校|[一二三初复终]审|监制|责编|责任编辑|校对|作者|通讯员|摄影|撰稿|文字|图片|视频|"
    r"策划|统筹|出品人|主编|制作)(?:[：:]|】)"  # 【编辑：孟晓瑜】, 【责任编辑】徐　静: a credit in brackets
)
_SPOKEN = re.compile(r"[，。！？]")
_FOOTER = re.compile(
    r"转载|欢迎转发|侵权必究|微信号|关注我|戳这里|点击|扫码|^↓|^【(?:字号|字体|打印|关闭|分享|收藏)|"
    r"^[\[［]?(?:字号|字体)[：:\]］]|分享到|"
    r"出品$|版权|来源[：:]|原标题|^(?:上一篇|下一篇|上一条|下一条|相关阅读|相关新闻|延伸阅读)[：:]?"
)
#: Names separated by spaces; a two-character name may be padded to three columns (``徐 蕾``).
#: A newspaper's masthead (之江经济报　2025 年 7 月 28 日　星期一　第 05 版：县域经济), and a line
#: that credits the writers (本报记者　沈雨晴　通讯员　楼建军): neither runs on into the next.
_MASTHEAD = re.compile(r".{0,30}第\s*\d{1,3}\s*版")
_CREDITED = re.compile(r"(?:本报|本刊)?(?:记者|通讯员|特约记者)[\s\u3000：:]")
#: A photo's caption closed by its credit (``▲ …车间里，工人正在巡检生产线。　本报记者　摄``).
_CREDITED_CAPTION = re.compile(r"[▲△][^\n]*(?:摄|供图)\s*$")
_CLAUSE_MARK = re.compile(r"[，。；！？]")
#: A page's date line (发布时间：… 来源：…) and its menu (首页 | 机构概况 | …) stand alone.
_PAGE_LINE_START = re.compile(r"(?:发布时间|发布日期|信息来源|来源|作者|日期)[：:]")
_MENU = re.compile(r"首页\s*[|｜>＞]")
_BYLINE_NAME = r"(?:[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])"
#: Authors' names on a line of their own (热合曼·艾则孜 刘晓东).
_BYLINE = re.compile(rf"^{_BYLINE_NAME}(?: +{_BYLINE_NAME}){{1,4}}$")


def run(doc: Doc) -> Doc:
    """Fill ``doc.text``, ``doc.offsets`` and ``doc.paragraphs`` from ``doc.original``."""
    source = _SWAPPABLE.sub(_swap, doc.original)
    source = _DIGIT_COMMA.sub(lambda m: "," if m.group() == "，" else ":", source)
    source = unpiped(source)
    deletions = _line_deletions(source) + _space_deletions(source)
    doc.text, doc.offsets = _apply(source, deletions)
    doc.paragraphs = _label_paragraphs(doc.text)
    doc.made_by["paragraphs"] = f"{NAME}@{VERSION}"
    return doc


def _swap(match: re.Match[str]) -> str:
    return _SWAPS[match.group()]


def _lines(source: str) -> list[tuple[int, int]]:
    """Content span of each line, without surrounding whitespace (empty lines kept)."""
    spans = []
    pos, n = 0, len(source)
    while pos < n:
        nl = source.find("\n", pos)
        ce = n if nl < 0 else nl
        e = n if nl < 0 else nl + 1
        cs = pos
        if cs < ce and (source[cs].isspace() or source[ce - 1].isspace()):
            content = source[cs:ce]
            stripped = content.lstrip()
            if stripped:
                cs += len(content) - len(stripped)
                ce -= len(content) - len(content.rstrip())
            else:
                cs = ce = e
        elif cs == ce:
            cs = ce = e
        spans.append((cs, ce))
        pos = e
    return spans


def _display_width(line: str) -> int:
    """Width of a line as laid out: a Chinese character is two columns, a digit or a Latin
    letter one, so lines of a wrapped page measure alike whatever their mix (UTF-8 spends
    three bytes on a Chinese character and one on ASCII)."""
    return (len(line) + len(line.encode("utf-8"))) // 2


def _wrap_width(lengths: list[int]) -> int | None:
    """Line width of a hard-wrapped layout, or None when lines are whole paragraphs."""
    long = sorted(n for n in lengths if n >= 40)
    if len(long) < 3:
        return None
    return long[int(0.8 * (len(long) - 1))]


def _closes(source: str, end: int, next_start: int) -> bool:
    """Whether a line ending at ``end`` ends a sentence: ``1286.`` before ``4亿元`` on the
    next line is a number broken at its decimal point, not a full stop."""
    last = source[end - 1]
    if last == "." and source[end - 2 : end - 1].isdigit():
        return not source[next_start : next_start + 1].isdigit()
    return last in _CLOSED


def _line_deletions(source: str) -> list[tuple[int, int]]:
    spans = _without_furniture(source, [sp for sp in _lines(source) if sp[1] > sp[0]])
    if not spans:
        return [(0, len(source))] if source else []
    lengths = [_display_width(source[s:e]) for s, e in spans]
    width = _wrap_width(lengths)
    open_full = 0
    if width:
        open_full = sum(
            1
            for (s, e), n in zip(spans, lengths, strict=True)
            if n >= 0.85 * width and source[e - 1] not in _CLOSED
        )
    wrapped = width is not None and open_full >= 0.25 * sum(1 for n in lengths if n >= 40)
    deletions = [(0, spans[0][0])]
    for k, ((s, e), (ns, _ne)) in enumerate(itertools.pairwise(spans)):
        join = wrapped and width is not None and lengths[k] >= 0.6 * width
        join = (join and not _closes(source, e, ns)) or broken_number(source, e, ns)
        # a page's number and header dropped between: the sentence the page cut goes on
        cut = lengths[k] >= 20 and not source[e:ns].isspace() and source[e - 1] not in _CLOSED
        join = join or cut
        if join and (CELL_GAP.search(source, s, e) or CELL_GAP.search(source, ns, _ne)):
            join = False  # rows of a table, cells apart by runs of spaces: each line stands
        if join and source[ns] in _OPENS_LINE:
            join = False  # ● 高新技术企业1156家, 【年度数据】, ——副标题: a line of its own
        if join and source[ns - 1] == "\u3000" and not broken_number(source, e, ns):
            join = False  # a line indented by full-width spaces opens a paragraph
        join = join or (wrapped and (source[e - 1] in "，、" or word_across(source, e, ns)))
        if join and _stands_alone(source, s, e, ns):
            join = False  # 之江经济报…第 05 版 / 本报记者　沈雨晴 / 发布时间：…: lines of their own
        if join:
            deletions.append((e, ns))
        else:
            newline = source.index("\n", e)
            deletions.append((e, newline))
            deletions.append((newline + 1, ns))
    deletions.append((spans[-1][1], len(source)))
    return deletions


def _stands_alone(source: str, start: int, end: int, next_start: int) -> bool:
    """Whether the line ``[start, end)`` and the next keep apart whatever the layout: a
    newspaper's masthead, a byline, a page's menu (or the site's name over it), a credited
    caption, or a date line next."""
    return bool(
        _MASTHEAD.match(source, start, end)
        or _MENU.search(source, start, end)
        or _MENU.match(source, next_start)
        or _CREDITED.match(source, next_start)
        or _PAGE_LINE_START.match(source, next_start)
        or _PAGE_LINE_START.match(source, start)
        or (_CREDITED.match(source, start) and not _CLAUSE_MARK.search(source, start, end))
        or _CREDITED_CAPTION.match(source, start, end) is not None
        or STAMPED_LINE.match(source, next_start) is not None
    )


#: What opens a line of its own: a list or caption mark, a bracketed heading, a subtitle.
_OPENS_LINE = MARKS | frozenset("【")
_PAGE_NUMBER = re.compile(
    r"[-—－\s]*\d{1,3}[-—－\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+"
)


def _without_furniture(source: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that are page furniture, not text: page numbers (``- 3 -``, ``第3页``) and a
    running header or footer, a short line that recurs on every page; dropping them lets a
    sentence broken across a page join up again."""
    counts: dict[str, int] = {}
    for s, e in spans:
        if e - s <= 40:
            counts[source[s:e]] = counts.get(source[s:e], 0) + 1
    pages = [_PAGE_NUMBER.fullmatch(source, s, e) is not None for s, e in spans]
    # a line told twice runs over pages only where there are pages: a web page repeats its
    # title above the text (2025年隆德县…统计公报（摘要）), a signature its office
    recurs = 2 if any(pages) else 3
    kept = [
        (s, e)
        for i, (s, e) in enumerate(spans)
        if not (
            pages[i]
            or (
                i
                and counts.get(source[s:e], 0) >= recurs
                and e - s >= 4
                and source[e - 1] not in _CLOSED
            )
            or _lone_header(source, spans, pages, i)
        )
    ]
    return kept or spans  # the first line stays: a title that the header repeats


_SENTENCE_MARKS = re.compile(
    r"[，。；！？：,;]|^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]"
)


def _lone_header(source: str, spans: list[tuple[int, int]], pages: list[bool], i: int) -> bool:
    """A running header seen once (``甘肃经济观察  2025年第7期``): a short line without a
    sentence's marks right after a page number, in a sentence the page break cut (the
    line before the page number ends open), that does not go on with a number's end."""
    if not 1 < i < len(spans) - 1 or pages[i] or not pages[i - 1]:
        return False
    s, e = spans[i]
    inked = e - s - sum(source.count(c, s, e) for c in " \u3000")  # 月报　　　　2026 年第 6 期
    if inked > 30 or _SENTENCE_MARKS.search(source, s, e) or source[s].isdigit():
        return False
    before = spans[i - 2][1]
    decimal = source[before - 1] == "." and source[before - 2 : before - 1].isdigit()
    return decimal or source[before - 1] not in _CLOSED


def _space_deletions(source: str) -> list[tuple[int, int]]:
    out = []
    for m in _SPACE_RUN.finditer(source):
        s, e = m.span()
        if "\t" in m.group():
            continue  # 计量单位\t1—10月, —\t—\t8.4: a tab parts a table's cells, not layout
        if (
            s > 0
            and e < len(source)
            and _deletable(source[s - 1], source[e], e - s == 1 and source[s] == " ")
        ):
            out.append((s, e))
    for m in _SPACED_OUT.finditer(source):  # 政 府 工 作 报 告: a title set wide is one word
        out.extend((k, k + 1) for k in range(m.start() + 1, m.end(), 2))
    return sorted(set(out))


#: A line that opens with single characters set apart by single spaces.
_SPACED_OUT = re.compile(r"^(?:[\u4e00-\u9fff][ \u3000]){3,}[\u4e00-\u9fff]", re.MULTILINE)


def _apply(source: str, deletions: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
    pieces: list[tuple[int, int]] = []
    pos = 0
    for s, e in sorted(d for d in deletions if d[1] > d[0]):
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < len(source):
        pieces.append((pos, len(source)))
    offsets = OffsetMap()
    parts = []
    norm = 0
    for s, e in pieces:
        offsets.add_segment(norm, s)
        parts.append(source[s:e])
        norm += e - s
    offsets.norm_length = norm
    if not pieces:
        offsets.add_segment(0, 0)
    return "".join(parts), offsets


def _label_paragraphs(text: str) -> list[Paragraph]:
    paragraphs = []
    pos = 0
    for index, line in enumerate(text.split("\n")):
        paragraphs.append(Paragraph(pos, pos + len(line), classify_paragraph(line, index)))
        pos += len(line) + 1
    return paragraphs


def classify_paragraph(line: str, index: int) -> str:
    """What a paragraph is: body, heading, caption, byline, credit, question (an
    interviewer's) or footer."""
    if _CAPTION.match(line):
        return "caption"
    if _CREDIT.match(line):
        # 记者：下一步，…？ / 记者：谢谢！ are an interviewer's words, not a credit
        return "question" if _SPOKEN.search(line) else "credit"
    if len(line) < 60 and _FOOTER.search(line):
        return "footer"
    if index < 4 and (_BYLINE.match(line) or _named_apart(line)):
        return "byline"
    # a heading is short; a document's first line, its title, may run to 60 characters
    numbered = _NUMBERED_NAME.fullmatch(line) is not None  # （一）…有限公司年产…项目（在建）
    if (
        len(line) <= (60 if index == 0 or numbered else 30)
        and line[-1:] not in "。！？；…"
        and "。" not in line
    ):
        return "heading"
    return "body"


#: Authors' names set apart by full-width spaces (沈雁鸣　陆晓川), as a table's heads may be.
_NAMES_APART = re.compile(r"[\u4e00-\u9fff]{2,3}(?:\u3000+[\u4e00-\u9fff]{2,3}){1,4}")


def _named_apart(line: str) -> bool:
    """Whether ``line`` is authors' names set apart by full-width spaces: each opens with a
    surname, which the heads of a table (指标　单位　年度目标) do not all do."""
    if _NAMES_APART.fullmatch(line) is None:
        return False
    names = surnames()
    return all(word[0] in names for word in line.split("\u3000") if word)


#: A numbered line that is one name, with no clause in it: a section's heading however long.
_NUMBERED_NAME = re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）][^，。；：:、]{8,56}")
