"""``extract``, ``evaluate`` and ``review``: reading documents and the review queue."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from chainatlas.cli.context import json_option, print_json, settings_for
from chainatlas.service import extraction, review


def _paths(files: tuple[str, ...]) -> list[str]:
    """Files and folders expanded, so that the progress bar knows the total."""
    if "-" in files:
        return list(files)
    return [str(p) for p in extraction.list_paths(files)]


@click.command("extract")
@click.argument("files", nargs=-1, required=True)
@click.option("--propose", is_flag=True, help="Queue the candidates for review in the database.")
@click.option("--no-gazetteer", is_flag=True, help="Do not use the store's names when proposing.")
@json_option
@click.pass_context
def extract_command(
    ctx: click.Context, files: tuple[str, ...], propose: bool, no_gazetteer: bool, as_json: bool
) -> None:
    """Read FILES (text, HTML, DOCX, PDF; folders; - for stdin) and list what they state."""
    paths = _paths(files)
    if propose:
        with click.progressbar(length=len(paths), label="extracting", file=sys.stderr) as bar:
            counts = extraction.propose_documents(
                settings_for(ctx),
                paths,
                use_gazetteer=not no_gazetteer,
                on_document=lambda _n: bar.update(1),
            )
        print_json(counts) if as_json else click.echo(
            f"{counts['documents']} documents: {counts['added']} candidates queued, "
            f"{counts['already_queued']} already in the queue"
        )
        return
    results: list[dict[str, Any]] = []
    with click.progressbar(length=len(paths), label="extracting", file=sys.stderr) as bar:
        for result in extraction.extract_documents(paths):
            results.append(result) if as_json else _print_result(result)
            bar.update(1)
    if as_json:
        print_json(results)


def _print_result(result: dict[str, Any]) -> None:
    click.echo(f"# {result['doc']}")
    for f in result["facts"]:
        value = f["value"] if f["value_max"] is None else f"{f['value']}-{f['value_max']}"
        click.echo(
            f"  [{f['start']}:{f['end']}] {f['quote']!r} {f['subject']} | {f['indicator']} | "
            f"{f['measure']} {value}{f['unit']} {f['qualifier']} {f['period']}"
        )
    names = ", ".join(f"{e['name']}({e['type']})" for e in result["entities"])
    click.echo(f"  entities: {names}")
    if result["projects"]:
        click.echo(f"  projects: {', '.join(p['name'] for p in result['projects'])}")
    for e in result["events"]:
        click.echo(f"  event {e['date']}: {e['summary']} [{', '.join(e['actors'])}]")


@click.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("docs", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--misses", is_flag=True, help="Also list missed, spurious and wrong fields.")
@json_option
def evaluate_command(gold: Path, docs: Path, misses: bool, as_json: bool) -> None:
    """Score extraction on GOLD (the shared gold format) with the documents in DOCS.

    GOLD is checked as it is read: a slip (an alias list nested in a list, an unknown
    measure, a value that is no number) stops the run with the file and field named.
    """
    score = extraction.evaluate_gold(gold, docs)
    if as_json:
        data = score.as_dict()
        if not misses:
            data.pop("misses")
        print_json(data)
        return
    for name, value in score.figures().items():
        click.echo(f"{name:20s} {value:.3f}")
    click.echo(
        f"facts: {score.matched} matched of {score.facts_gold} gold, {score.facts_predicted} predicted"
    )
    if misses:
        for miss in score.misses:
            click.echo(json.dumps(miss, ensure_ascii=False))


@click.group("review")
def review_group() -> None:
    """The review queue: list, accept, edit or reject extracted candidates."""


@review_group.command("list")
@click.option(
    "--status", default="proposed", show_default=True, help="proposed, accepted, rejected or all."
)
@click.option("--kind", type=click.Choice(["fact", "entity", "event"]), default=None)
@click.option("--document", default=None)
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0, show_default=True)
@json_option
@click.pass_context
def review_list(
    ctx: click.Context, status: str, kind: str | None, document: str | None, limit: int, offset: int,
    as_json: bool,
) -> None:  # fmt: skip
    """List candidates."""
    rows = review.list_queue(settings_for(ctx), status=None if status == "all" else status, kind=kind,
                             document=document, limit=limit, offset=offset)  # fmt: skip
    if as_json:
        print_json(rows)
        return
    for r in rows:
        p = r["payload"]
        what = (
            p.get("name")
            or f"{p.get('subject')} | {p.get('indicator')} = {p.get('value')}{p.get('unit', '')}"
        )
        click.echo(
            f"{r['id']:>6} {r['status']:9s} {r['kind']:6s} {r['quote']!r} {what} ({r['component']})"
        )


@review_group.command("accept")
@click.argument("ids", nargs=-1, type=int, required=True)
@click.option("--reviewer", required=True, help="Who accepts (recorded with the fact).")
@json_option
@click.pass_context
def review_accept(ctx: click.Context, ids: tuple[int, ...], reviewer: str, as_json: bool) -> None:
    """Accept candidates IDS; facts are stored with their provenance and checked against
    the facts already stored."""
    done = [review.accept_checked(settings_for(ctx), i, reviewer) for i in ids]
    if as_json:
        print_json(done)
        return
    for d in done:
        click.echo(f"accepted {d['id']} {d.get('fact', '')}")
        for check in d.get("checks", []):
            click.echo(f"    {check['verdict']}: {check['zh']}")


@review_group.command("reject")
@click.argument("ids", nargs=-1, type=int, required=True)
@click.option("--reviewer", required=True)
@click.pass_context
def review_reject(ctx: click.Context, ids: tuple[int, ...], reviewer: str) -> None:
    """Reject candidates IDS."""
    for i in ids:
        review.reject(settings_for(ctx), i, reviewer)
        click.echo(f"rejected {i}")


@review_group.command("edit")
@click.argument("candidate_id", type=int)
@click.option(
    "--set", "changes", multiple=True, required=True, help="field=value, e.g. subject=溧阳市"
)
@click.option("--reviewer", required=True)
@json_option
@click.pass_context
def review_edit(
    ctx: click.Context, candidate_id: int, changes: tuple[str, ...], reviewer: str, as_json: bool
) -> None:
    """Edit fields of candidate CANDIDATE_ID before accepting it."""
    parsed = dict(_split(c) for c in changes)
    record = review.edit(settings_for(ctx), candidate_id, parsed, reviewer)
    print_json(record) if as_json else click.echo(f"edited {candidate_id}: {record['payload']}")


def _split(change: str) -> tuple[str, str]:
    if "=" not in change:
        raise click.BadParameter(f"{change!r} is not field=value")
    field, _, value = change.partition("=")
    return field.strip(), value.strip()


def register(group: click.Group) -> None:
    group.add_command(extract_command)
    group.add_command(evaluate_command)
    group.add_command(review_group)
