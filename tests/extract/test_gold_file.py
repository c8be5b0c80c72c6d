"""A gold file with a slip stops the run with the file and the field named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from chainatlas.cli.main import main
from chainatlas.errors import InputError
from chainatlas.extract.gold import load_gold

_FACT = {"quote": "5%", "value": 5, "unit": "%", "measure": "growth", "period": "2024",
         "subject": "溧阳市", "indicator": "规上工业产值", "indicator_aliases": ["产值"]}  # fmt: skip


def _write(tmp_path: Path, data: Any, encoding: str = "utf-8") -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding=encoding)
    return path


def _gold(**changes: Any) -> dict[str, Any]:
    return {"schema": 1, "documents": [{"doc": "a.txt", "facts": [{**_FACT, **changes}]}]}


def test_a_well_formed_gold_file_loads(tmp_path: Path) -> None:
    documents = load_gold(_write(tmp_path, _gold()))
    assert documents[0]["facts"][0]["indicator_aliases"] == ["产值"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"indicator_aliases": [["产值", "总产值"]]}, "documents[0].facts[0].indicator_aliases"),
        ({"measure": "levels"}, "documents[0].facts[0].measure"),
        ({"value": "5"}, "documents[0].facts[0].value"),
        ({"quote": ""}, "documents[0].facts[0].quote"),
        ({"subject": ["溧阳市"]}, "documents[0].facts[0].subject"),
    ],
)
def test_a_slip_in_a_fact_names_the_file_and_the_field(
    tmp_path: Path, changes: dict[str, Any], field: str
) -> None:
    path = _write(tmp_path, _gold(**changes))
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert caught.value.file == str(path)
    assert caught.value.field == field


def test_a_file_that_is_not_utf8_json_or_a_gold_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not UTF-8"):
        load_gold(_write(tmp_path, _gold(), encoding="gbk"))
    broken = tmp_path / "broken.json"
    broken.write_text('{"documents": [\n{"doc": "a.txt",}\n]}', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_gold(broken)
    assert caught.value.row == 2
    with pytest.raises(InputError, match="list of documents"):
        load_gold(_write(tmp_path, [_FACT]))
    with pytest.raises(InputError) as caught:
        load_gold(_write(tmp_path, {"documents": [{"doc": "a.txt", "entities": [
            {"name": "溧阳市", "type": "government", "aliases": "溧阳"}]}]}))  # fmt: skip
    assert caught.value.field == "documents[0].entities[0].aliases"


def test_the_evaluate_command_prints_the_slip_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, _gold(measure="levels"))
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", str(path), str(tmp_path)])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "documents[0].facts[0].measure" in err, err
