"""``chainatlas derive`` and ``chainatlas check``: what the stored facts imply, and
whether they agree."""

from __future__ import annotations

from typing import Any

import click

from chainatlas.cli.context import db_option, json_option, print_json, settings_for
from chainatlas.model.wording import CHECK_KIND_WORDS, describe_check_counts
from chainatlas.service import checks as checks_service

MARKS = {"pass": "✓", "warn": "!", "fail": "✗"}


@click.command("derive")
@db_option
@json_option
@click.pass_context
def derive_command(ctx: click.Context, db: str | None, as_json: bool) -> None:
    """Print every figure the stored facts imply, with its formula and inputs."""
    result = checks_service.run_derivations(settings_for(ctx, db))
    if as_json:
        print_json(result)
        return
    for line in format_derived(result["derived"]):
        click.echo(line)


@click.command("check")
@db_option
@json_option
@click.option("--fail-on-fail", is_flag=True, help="Exit with status 1 if any check fails.")
@click.pass_context
def check_command(ctx: click.Context, db: str | None, as_json: bool, fail_on_fail: bool) -> None:
    """Check the stored facts against each other (rounding-aware): pass, warn or fail."""
    result = checks_service.run_checks(settings_for(ctx, db))
    if as_json:
        print_json(result)
    else:
        for line in format_checks(result):
            click.echo(line)
    if fail_on_fail and result["summary"]["fail"]:
        ctx.exit(1)


def format_derived(derived: list[dict[str, Any]]) -> list[str]:
    """Two lines per derived fact: what and how much, then formula and inputs."""
    lines = []
    for d in derived:
        scope = f" [{d['scope']}]" if d["scope"] else ""
        variant = f" ({d['variant']})" if d["variant"] else ""
        lines.append(
            f"{d['subject']}{scope} {d['indicator']} {d['measure']}{variant} {d['period']}: "
            f"≈ {d['value']}{d['unit']}  {d['interval_text']}"
        )
        lines.append(f"    {d['formula']}  ← {', '.join(d['inputs'])}")
    return lines


def format_checks(result: dict[str, Any], *, english: bool = True) -> list[str]:
    """One block per check, then the tally.  With ``english`` (``check``, for analysts) each
    check has its codes and English under the Chinese; without it (``demo``, for a Chinese
    reader) kinds and tally are in Chinese words and the English is left out."""
    lines = []
    for c in result["checks"]:
        if english:
            detail = f"/{c['detail']}" if c["detail"] else ""
            lines.append(f"{MARKS[c['verdict']]} [{c['kind']}{detail}] {c['zh']}")
            lines.append(f"    {c['en']}")
        else:
            kind = CHECK_KIND_WORDS.get(c["kind"], c["kind"])
            lines.append(f"{MARKS[c['verdict']]} [{kind}] {c['zh']}")
    s = result["summary"]
    if english:
        lines.append(
            f"{s['checks']} checks: {s['pass']} pass, {s['warn']} warn, {s['fail']} fail; "
            f"{s['derived']} derived figures"
        )
    else:
        lines.append(f"共核验{s['checks']}项：{describe_check_counts(s)}；推算数字{s['derived']}个")
    return lines


def register(group: click.Group) -> None:
    group.add_command(derive_command)
    group.add_command(check_command)
