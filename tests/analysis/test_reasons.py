"""Reasons are worded from one code and its parameters in both languages."""

from __future__ import annotations

import string

import pytest

from chainatlas.analysis.reasons import TEMPLATES, Reason, make_reason


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_both_texts_of_a_code_use_the_same_parameters(code: str) -> None:
    zh, en = TEMPLATES[code]
    assert {name.removesuffix("_zh") for name in _fields(zh)} == _fields(en)
    assert not zh.isascii()


def test_lists_are_joined_per_language_and_kept_as_lists_in_json() -> None:
    reason = make_reason("strong_downstream", names=("电芯", "模组与电池包"))
    assert reason == Reason(
        "strong_downstream",
        "供给本地强势下游：电芯、模组与电池包",
        "supplies strong downstream 电芯, 模组与电池包",
        (("names", ("电芯", "模组与电池包")),),
    )
    assert reason.as_dict()["params"] == {"names": ["电芯", "模组与电池包"]}
    assert str(reason) == reason.zh and hash(reason)


def test_numbers_are_formatted_by_the_template() -> None:
    reason = make_reason("relatedness", density=0.5, bridge=1 / 3)
    assert reason.zh == "本地拥有该节点相邻节点的50%；跨链关联33%"
    assert reason.parameters() == {"density": 0.5, "bridge": 1 / 3}


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(KeyError):
        make_reason("no_such_reason")
