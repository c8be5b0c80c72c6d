"""Two-character name search on SQLite.

The trigram index cannot answer two-character queries (时代, 溧阳 — common in Chinese
names), which fell back to scanning every name.  A contentless FTS5 table holds each name as
its overlapping character pairs, so such a query is one token lookup.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from chainatlas.store.bigrams import backfill_bigrams

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # Exact-name lookups (search ranks them first); databases built by an early base
    # revision lack this index.
    op.execute("CREATE INDEX IF NOT EXISTS ix_names_name ON names (name)")
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE names_bigram USING fts5("
            "grams, content='', tokenize='unicode61 remove_diacritics 0')"
        )
        backfill_bigrams(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS names_bigram")
