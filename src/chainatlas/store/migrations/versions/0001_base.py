"""Base schema and name search.

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
        op.execute(
            "CREATE TRIGGER names_ai AFTER INSERT ON names BEGIN "
            "INSERT INTO names_fts(rowid, name) VALUES (new.id, new.name); END"
        )
        op.execute(
            "CREATE TRIGGER names_ad AFTER DELETE ON names BEGIN "
            "INSERT INTO names_fts(names_fts, rowid, name) VALUES ('delete', old.id, old.name); END"
        )
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_names_trgm ON names USING gin (name gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS names_fts")
    metadata.drop_all(bind)
