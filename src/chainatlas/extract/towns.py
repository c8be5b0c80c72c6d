"""Towns and townships of three-character stems (王江泾镇, 黄各庄镇, 柯鲁柯镇, 庆云堡镇).

The place rules read a town of two characters and 镇 like a county; a longer stem leaves no
way to tell the town's name from the words before it, except where a place's name stands:
after a mark or 在 / 从 / 来自 / 位于, and before punctuation, a figure, or what a town has or
does (企业, 村, 境内, 获评, 入选). Found from each 镇 / 乡 (few) rather than at every character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.names import CJK, Found, is_cjk

_END = re.compile(
    r"(?:镇|乡(?!村振兴))(?=[，、。；的（(：:\d等]|企业|村|境内|获评|入选|现有|共有|建成|成功)"
)
_OPENERS = ("来自", "位于", "落户", "在", "从", "于", "与", "和", "及", "赴")
_STEM = re.compile(rf"[{CJK}]{{3}}")
#: Characters no town's name opens with or holds: counts, pronouns, verbs (成为平乡, 选择宁乡),
#: and the words 城镇, 重镇, 等镇 (城镇和乡, 工业重镇, 锡场等镇).
_NOT_FIRST = frozenset("各全该本我每两个一二三四五六七八九十在从于与和及是其成选为也")
_NOT_INSIDE = frozenset("和等为城重返故老乡了")


def find_towns(text: str) -> Iterator[Found]:
    """Towns whose names have three characters before 镇 or 乡, where a place's name stands."""
    for m in _END.finditer(text):
        start = m.start() - 3
        stem = text[start : m.start()] if start >= 0 else ""
        if not _STEM.fullmatch(stem) or stem[0] in _NOT_FIRST or set(stem[1:]) & _NOT_INSIDE:
            continue
        if stem.endswith("家") and m.group() == "乡":
            continue  # 回到家乡: home, no township (汤家河镇, 胡家坨镇 hold 家)
        before = text[max(0, start - 2) : start]
        if not before or not is_cjk(before[-1]) or before.endswith(_OPENERS):
            yield start, m.end(), stem + m.group(), "region"
