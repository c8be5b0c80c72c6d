"""Generic word lists the extractor reads (data files beside this module).

Nothing here names the documents under test: the lists are China's provinces and
prefecture-level cities, statistical indicator names, organisation suffixes, national
designations and programmes, large national enterprises, media and surnames.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of ``lexicon/<name>``."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def read_table(name: str) -> list[list[str]]:
    """Tab- or bar-separated rows of ``lexicon/<name>``."""
    return [[c.strip() for c in ln.replace("\t", "|").split("|")] for ln in read_lines(name)]


@lru_cache(maxsize=1)
def indicators() -> dict[str, str]:
    """Written indicator name -> canonical name (``规模以上工业总产值`` -> ``规上工业总产值``)."""
    table: dict[str, str] = {}
    for row in read_table("indicators.txt"):
        for name in row:
            if name:
                table[name] = row[0]
    return table


@lru_cache(maxsize=1)
def tier_words() -> dict[str, str]:
    """Words after a bare magnitude that name a tier by an indicator (千亿**县** -> GDP)."""
    return {row[0]: row[1] for row in read_table("tier_words.txt")}


@lru_cache(maxsize=1)
def regions() -> dict[str, str]:
    """Region name (with and without its suffix) -> type (province, city, area)."""
    table: dict[str, str] = {}
    for row in read_table("regions.txt"):
        kind, names = row[0], row[1:]
        for name in names:
            table[name] = kind
    return table


#: Short forms that are ordinary words more often than places (阿里 of 阿里地区 is the firm,
#: 大兴安岭 the mountains, 中卫 of 其中卫生陶瓷 no city, 日照 sunshine in a solar story).
_AMBIGUOUS_SHORT = frozenset(
    {"朝阳", "大同", "中山", "白山", "黄山", "长治", "吉林", "通化", "新余", "抚州", "白银", "阿里",
     "兴安", "大兴安岭", "中卫", "日照"}
)  # fmt: skip
_REGION_SUFFIX = re.compile(r"(省|市|自治区|特别行政区|地区|盟)$")


@lru_cache(maxsize=1)
def place_words() -> dict[str, str]:
    """Region names and their short forms without 省/市/自治区 (江苏, 包头) -> type; short
    forms that are ordinary words (朝阳, 中山) are left out."""
    words: dict[str, str] = {}
    for name, kind in regions().items():
        words[name] = kind
        short = _REGION_SUFFIX.sub("", name)
        if len(short) >= 2 and short not in _AMBIGUOUS_SHORT:
            words.setdefault(short, kind)
    return words


@lru_cache(maxsize=1)
def known_organisations() -> dict[str, str]:
    """Names of national enterprises, media, ministries and designations -> entity type."""
    table: dict[str, str] = {}
    for name, kind in (
        ("companies.txt", "company"),
        ("institutions.txt", "institution"),
        ("governments.txt", "government"),
        ("designations.txt", "programme"),
    ):
        for line in read_lines(name):
            table[line] = kind
    return table


@lru_cache(maxsize=1)
def org_suffixes() -> list[tuple[str, str]]:
    """Suffix -> entity type, longest first (``股份有限公司`` before ``公司``)."""
    rows = [(r[0], r[1]) for r in read_table("org_suffixes.txt")]
    return sorted(rows, key=lambda r: len(r[0]), reverse=True)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset("".join(read_lines("surnames.txt")))


#: Above this many distinct first characters, scanning UTF-8 bytes is faster (see
#: :class:`Automaton`).
_BYTES_ABOVE = 64


def build_automaton(words: dict[str, Any]) -> Automaton:
    """An Aho-Corasick automaton over ``words`` whose values are ``(word, value)``."""
    return Automaton(words)


def _as_bytes(text: str) -> str:
    """The UTF-8 bytes of ``text``, one character each."""
    return text.encode("utf-8").decode("latin-1")


class Automaton:
    """An Aho-Corasick automaton, over characters or over UTF-8 bytes.

    pyahocorasick looks a character up among a node's children one after another, so a
    scan costs per character about as much as the root has children: hundreds for many
    Chinese words, a handful for their UTF-8 bytes, where the scan runs several times
    faster in spite of mapping each hit back to characters. UTF-8 never matches inside a
    character, so the same words are found in the same order.
    """

    def __init__(self, words: dict[str, Any]) -> None:
        self._bytes = len({word[:1] for word in words}) > _BYTES_ABOVE
        self._automaton = ahocorasick.Automaton()
        for word, value in words.items():
            key = _as_bytes(word) if self._bytes else word
            self._automaton.add_word(key, (word, value))
        if len(self._automaton):
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._automaton)

    def iter(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, Any]]:
        """``(index of the last character, (word, value))`` for each occurrence in
        ``text[start:end]``, by end and then longest first, as ``Automaton.iter`` gives."""
        end = len(text) if end is None else end
        if not self._bytes:
            return self._automaton.iter(text, start, end)  # type: ignore[no-any-return]
        return self._iter_bytes(text[start:end].encode("utf-8"), start)

    def values(self, text: str) -> Iterator[Any]:
        """``(word, value)`` for each occurrence, in the order of :meth:`iter`, without
        working out where each is."""
        if not self._bytes:
            return (found for _last, found in self._automaton.iter(text))
        return (found for _last, found in self._automaton.iter(_as_bytes(text)))

    def _iter_bytes(self, raw: bytes, start: int) -> Iterator[tuple[int, Any]]:
        byte, char = 0, start
        for last, found in self._automaton.iter(raw.decode("latin-1")):
            char += len(raw[byte : last + 1].decode("utf-8"))
            byte = last + 1
            yield char - 1, found
