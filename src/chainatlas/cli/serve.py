"""``chainatlas serve`` (the dashboard and API) and ``chainatlas token`` (write access)."""

from __future__ import annotations

import click

from chainatlas.cli.context import db_option, json_option, print_json, settings_for
from chainatlas.service import auth
from chainatlas.service.session import open_store
from chainatlas.settings import Settings

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_CACHE = 5.0


def serve_dashboard(
    settings: Settings,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    workers: int = 1,
    cache_seconds: float = DEFAULT_CACHE,
) -> None:
    """Serve the dashboard and API of ``settings``' database until interrupted.

    Prints the address first, so that ``chainatlas demo`` can end with it.
    """
    import uvicorn

    from chainatlas.api.app import create_app

    open_store(settings)  # create or migrate before the first request
    click.echo(
        f"Chain Atlas dashboard: http://{host}:{port}/  (API: http://{host}:{port}/api/docs)"
    )
    if workers > 1:
        click.echo("(several workers: the database URL is passed on via CHAINATLAS_DATABASE_URL)")
        import os

        os.environ["CHAINATLAS_DATABASE_URL"] = settings.database_url
        os.environ["CHAINATLAS_CACHE_SECONDS"] = str(cache_seconds)
        uvicorn.run(
            "chainatlas.api.asgi:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
        )
        return
    uvicorn.run(
        create_app(settings, cache_seconds=cache_seconds), host=host, port=port, log_level="warning"
    )


@click.command("serve")
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=int, help="Worker processes.")
@click.option(
    "--cache",
    "cache_seconds",
    default=DEFAULT_CACHE,
    show_default=True,
    type=float,
    help="Seconds a GET response is reused (0: off); writes clear it.",
)
@db_option
@click.pass_context
def serve_command(
    ctx: click.Context, host: str, port: int, workers: int, cache_seconds: float, db: str | None
) -> None:
    """Serve the dashboard (Chinese) and the REST API (/api, /openapi.json)."""
    serve_dashboard(settings_for(ctx, db), host, port, workers, cache_seconds)


@click.group("token")
def token_group() -> None:
    """API tokens: reads are open, writes need an editor or admin token."""


@token_group.command("create")
@click.option(
    "--role", type=click.Choice(["viewer", "editor", "admin"]), default="editor", show_default=True
)
@click.option(
    "--name", default="editor", show_default=True, help="Who holds it (recorded on writes)."
)
@db_option
@json_option
@click.pass_context
def token_create(ctx: click.Context, role: str, name: str, db: str | None, as_json: bool) -> None:
    """Create a token; it is printed once and stored only as a hash."""
    issued = auth.create_token(settings_for(ctx, db), name, role)
    if as_json:
        print_json(
            {"id": issued.id, "name": issued.name, "role": issued.role.label, "token": issued.token}
        )
        return
    click.echo(
        f"token {issued.id} for {issued.name} ({issued.role.label}); keep it, it is not shown again:"
    )
    click.echo(issued.token)


@token_group.command("list")
@db_option
@json_option
@click.pass_context
def token_list(ctx: click.Context, db: str | None, as_json: bool) -> None:
    """List tokens (never their values)."""
    rows = auth.list_tokens(settings_for(ctx, db))
    if as_json:
        print_json(rows)
        return
    for row in rows:
        state = " revoked" if row["revoked"] else ""
        click.echo(f"{row['id']}\t{row['name']}\t{row['role']}\t{row['created_at']}{state}")


@token_group.command("revoke")
@click.argument("token_id", type=int)
@db_option
@click.pass_context
def token_revoke(ctx: click.Context, token_id: int, db: str | None) -> None:
    """Revoke token TOKEN_ID; writes with it are refused from now on."""
    auth.revoke_token(settings_for(ctx, db), token_id)
    click.echo(f"token {token_id} revoked")


def register(group: click.Group) -> None:
    group.add_command(serve_command)
    group.add_command(token_group)
