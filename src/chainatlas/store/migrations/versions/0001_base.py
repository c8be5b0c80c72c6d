"""Base schema and name search.

The SQLite full-text index over names is kept by the store itself, one statement per
batch (``chainatlas.store.search``): per-row triggers made bulk imports twice as slow.

Until the first release the base revision builds the schema declared in
``chainatlas.store.schema``; later changes are revisions of their own.

Revision ID: 0001
Revises:
"""

from alembic import op

from chainatlas.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    metadata.create_all(bind)
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE names_fts USING fts5("
            "name, content='names', content_rowid='id', tokenize='trigram')"
        )
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_names_trgm ON names USING gin (name gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS names_fts")
    metadata.drop_all(bind)
