"""The review queue on a real SQLite file: propose, no duplicates, accept, edit, reject, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chainatlas.cli.main import cli
from chainatlas.errors import InvalidValue, NotFound
from chainatlas.model.fact import Fact
from chainatlas.service import review
from chainatlas.service.extraction import propose_documents
from chainatlas.service.session import open_store
from chainatlas.settings import Settings, resolve_database_url
from chainatlas.store import repository

TEXT = (
    "2022年，海门市实现规上工业总产值 1520.6 亿元，同比增长 8.2%。\n以甲乙能源、丙丁装备等企业为代表。\n"
    "2023年5月，甲乙能源电池项目在海门经济开发区开工。\n"
)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database_url=resolve_database_url(str(tmp_path / "q.db")))


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "haimen.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def fact_id(settings: Settings, quote: str) -> int:
    rows = review.list_queue(settings, kind="fact", limit=None)  # type: ignore[arg-type]
    return int(next(r["id"] for r in rows if r["quote"] == quote))


def test_re_extracting_a_document_adds_no_duplicates(settings: Settings, document: Path) -> None:
    first = propose_documents(settings, [document])
    second = propose_documents(settings, [document])
    assert first["added"] > 0 and first["already_queued"] == 0
    assert second == {"documents": 1, "added": 0, "already_queued": first["added"]}
    kinds = {r["kind"] for r in review.list_queue(settings, limit=100)}
    assert kinds == {"fact", "entity", "event"}


def test_accepting_a_fact_stores_it_with_provenance_reviewer_and_time(
    settings: Settings, document: Path
) -> None:
    propose_documents(settings, [document])
    cid = fact_id(settings, "1520.6 亿元")
    record = review.accept(settings, cid, "wang", now="2024-05-01T10:00:00+00:00")
    assert record["status"] == "accepted" and record["reviewer"] == "wang"
    with open_store(settings).connect() as conn:
        fact = repository.get(conn, Fact, record["fact"])
    p = fact.provenance
    assert (p.quote, p.accepted_by, p.accepted_at) == (
        "1520.6 亿元",
        "wang",
        "2024-05-01T10:00:00+00:00",
    )
    assert TEXT[p.start : p.end] == "1520.6 亿元"  # type: ignore[index]
    assert (str(fact.period), str(fact.quantity.value), fact.quantity.unit) == (
        "2022",
        "1520.6",
        "亿元",
    )
    assert review.list_queue(settings, status="accepted")[0]["id"] == cid


def test_edit_then_accept_uses_the_edited_payload(settings: Settings, document: Path) -> None:
    propose_documents(settings, [document])
    cid = fact_id(settings, "8.2%")
    review.edit(settings, cid, {"indicator": "规上工业总产值增速", "subject": "海门市"}, "li")
    record = review.accept(settings, cid, "li")
    with open_store(settings).connect() as conn:
        fact = repository.get(conn, Fact, record["fact"])
    assert fact.subject == "海门市"
    with pytest.raises(InvalidValue):
        review.edit(settings, cid, {"status": "accepted"}, "li")


def test_reject_and_unknown_ids(settings: Settings, document: Path) -> None:
    propose_documents(settings, [document])
    cid = fact_id(settings, "8.2%")
    assert review.reject(settings, cid, "zhao")["status"] == "rejected"
    assert all(r["id"] != cid for r in review.list_queue(settings))
    with pytest.raises(NotFound):
        review.accept(settings, 999999, "zhao")


def test_cli_extract_evaluate_and_review(
    settings: Settings, document: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    db = settings.database_url.removeprefix("sqlite:///")
    out = runner.invoke(cli, ["extract", "--json", str(document)])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout[out.stdout.index("[") :])
    assert data[0]["facts"][0]["quote"] == "1520.6 亿元"
    out = runner.invoke(cli, ["--db", db, "extract", "--propose", str(document)])
    assert out.exit_code == 0 and "candidates queued" in out.output
    out = runner.invoke(cli, ["--db", db, "review", "list", "--kind", "fact", "--json"])
    rows = json.loads(out.stdout)
    out = runner.invoke(
        cli, ["--db", db, "review", "accept", str(rows[0]["id"]), "--reviewer", "wang"]
    )
    assert out.exit_code == 0 and "accepted" in out.output
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"schema": 1, "documents": [{"doc": document.name, "facts": [
        {"quote": "8.2%", "value": 8.2, "unit": "%", "measure": "growth", "subject": "海门市",
         "indicator": "规上工业总产值增速", "period": "2022"}], "entities": [], "events": []}]},
        ensure_ascii=False), encoding="utf-8")  # fmt: skip
    out = runner.invoke(cli, ["evaluate", str(gold), str(document.parent), "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["figures"]["value_recall"] == 1.0
