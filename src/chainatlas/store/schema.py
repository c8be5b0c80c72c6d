"""The database schema, as SQLAlchemy Core tables.

Natural string keys (``320481``, ``catl``) are primary keys so that references read the
same in the database, the dataset files and the API.  Lists and nested records are JSON.
Uniqueness is enforced by constraints, never by check-then-insert.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

KEY = 200  # natural keys are short strings

regions = Table(
    "regions",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("name", Text, nullable=False),
    Column("level", String(20), nullable=False),
    Column("code", String(20)),
    Column("aliases", JSON, nullable=False),
    Column("parent", String(KEY), ForeignKey("regions.key")),
    Column("predecessor", String(KEY), ForeignKey("regions.key")),
    Column("opened", String(40)),
    Column("note", Text),
    Index("ix_regions_parent", "parent"),
    Index("ix_regions_name", "name"),
)

schemes = Table(
    "schemes",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("region", String(KEY), ForeignKey("regions.key")),
    Column("description", Text),
)

nodes = Table(
    "nodes",
    metadata,
    Column("scheme", String(KEY), ForeignKey("schemes.key"), primary_key=True),
    Column("key", String(KEY), primary_key=True),
    Column("name", Text, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("parent", String(KEY)),
    Column("stage", String(60)),
    Column("order", Integer, nullable=False, default=0),
    Column("tier", String(40)),
    Column("tier_threshold", String(60)),
    Column("tier_status", String(20)),
    Column("industry_codes", JSON, nullable=False),
    Column("keywords", JSON, nullable=False),
    Column("weight", Float, nullable=False, default=1.0),
    Column("description", Text),
    ForeignKeyConstraint(["scheme", "parent"], ["nodes.scheme", "nodes.key"]),
)

edges = Table(
    "edges",
    metadata,
    Column("scheme", String(KEY), primary_key=True),
    Column("source", String(KEY), primary_key=True),
    Column("target", String(KEY), primary_key=True),
    Column("kind", String(40), nullable=False),
    ForeignKeyConstraint(["scheme", "source"], ["nodes.scheme", "nodes.key"]),
    ForeignKeyConstraint(["scheme", "target"], ["nodes.scheme", "nodes.key"]),
)

indicators = Table(
    "indicators",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("name", Text, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("definition", Text),
    Column("unit", String(40)),
    Column("additive", Boolean, nullable=False, default=True),
    Column("scope", Text),
)

documents = Table(
    "documents",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("title", Text, nullable=False),
    Column("publisher", Text),
    Column("authors", JSON, nullable=False),
    Column("date", String(40)),
    Column("source", Text),
    Column("sha256", String(64)),
    Column("gaps", JSON, nullable=False),
    Column("text", Text),
)

enterprises = Table(
    "enterprises",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("name", Text, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("credit_code", String(18), unique=True),
    Column("region", String(KEY), ForeignKey("regions.key")),
    Column("industry_code", String(10)),
    Column("address", Text),
    Column("kind", Text),
    Column("founded", String(40)),
    Column("capital_wan", String(40)),
    Column("products", Text),
    Column("scope", Text),
    Column("tags", JSON, nullable=False),
    Column("note", Text),
    Index("ix_enterprises_region", "region"),
    Index("ix_enterprises_industry", "industry_code"),
)

relations = Table(
    "relations",
    metadata,
    Column("parent", String(KEY), ForeignKey("enterprises.key"), primary_key=True),
    Column("child", String(KEY), ForeignKey("enterprises.key"), primary_key=True),
    Column("kind", String(20), primary_key=True),
    Column("share", String(40)),
)

links = Table(
    "links",
    metadata,
    Column("enterprise", String(KEY), ForeignKey("enterprises.key"), primary_key=True),
    Column("scheme", String(KEY), primary_key=True),
    Column("node", String(KEY), primary_key=True),
    Column("evidence", String(20), nullable=False),
    Column("detail", Text),
    Column("confidence", Float, nullable=False),
    Column("status", String(20), nullable=False),
    Column("reviewer", Text),
    ForeignKeyConstraint(["scheme", "node"], ["nodes.scheme", "nodes.key"]),
    Index("ix_links_node", "scheme", "node"),
)

projects = Table(
    "projects",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("name", Text, nullable=False),
    Column("investor", String(KEY), ForeignKey("enterprises.key")),
    Column("region", String(KEY), ForeignKey("regions.key")),
    Column("scheme", String(KEY)),
    Column("node", String(KEY)),
    Column("investment", String(60)),
    Column("capacity", String(60)),
    Column("stage", String(20)),
    Column("milestones", JSON, nullable=False),
    Column("note", Text),
    ForeignKeyConstraint(["scheme", "node"], ["nodes.scheme", "nodes.key"]),
)

platforms = Table(
    "platforms",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("name", Text, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("kind", Text),
    Column("region", String(KEY), ForeignKey("regions.key")),
    Column("nodes", JSON, nullable=False),
    Column("partners", JSON, nullable=False),
    Column("founded", String(40)),
    Column("note", Text),
)

people = Table(
    "people",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("name", Text, nullable=False),
    Column("title", Text),
    Column("affiliation", Text),
    Column("region", String(KEY), ForeignKey("regions.key")),
    Column("note", Text),
)

honours = Table(
    "honours",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("name", Text, nullable=False),
    Column("recipient", String(KEY)),
    Column("recipient_type", String(20)),
    Column("awarder", Text),
    Column("period", String(40)),
    Column("note", Text),
)

programmes = Table(
    "programmes",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("name", Text, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("kind", Text),
    Column("region", String(KEY), ForeignKey("regions.key")),
    Column("period", String(40)),
    Column("note", Text),
)

facts = Table(
    "facts",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("subject_type", String(20), nullable=False),
    Column("subject", String(2 * KEY + 1), nullable=False),
    Column("indicator", String(KEY), ForeignKey("indicators.key"), nullable=False),
    Column("measure", String(20), nullable=False),
    Column("period", String(40), nullable=False),
    Column("value", String(60), nullable=False),  # decimal as written
    Column("value_max", String(60)),
    Column("value_num", Float, nullable=False),  # for sorting and filtering
    Column("unit", String(20), nullable=False),
    Column("qualifier", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("rank_of", Integer),
    Column("scope", Text),
    Column("note", Text),
    Column("source_document", String(KEY), ForeignKey("documents.key")),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("source_quote", Text),
    Column("source_formula", Text),
    Column("source_inputs", JSON, nullable=False),
    Column("source_file", Text),
    Column("source_row", Integer),
    Column("accepted_by", Text),
    Column("accepted_at", String(40)),
    Index("ix_facts_subject", "subject_type", "subject"),
    Index("ix_facts_indicator", "indicator"),
)

events = Table(
    "events",
    metadata,
    Column("key", String(KEY), primary_key=True),
    Column("date", String(40), nullable=False),
    Column("summary", Text, nullable=False),
    Column("actors", JSON, nullable=False),
    Column("region", String(KEY), ForeignKey("regions.key")),
    Column("document", String(KEY), ForeignKey("documents.key")),
    Column("start", Integer),
    Column("end", Integer),
    Column("quote", Text),
)

#: Every name and alias of every named entity, for substring search.
names = Table(
    "names",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),
    Column("entity", String(2 * KEY + 1), nullable=False),
    Column("name", Text, nullable=False),
    Index("ix_names_entity", "kind", "entity"),
    Index("ix_names_name", "name"),
)

candidates = Table(
    "candidates",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),
    Column("document", String(KEY), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("component", String(80), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("status", String(20), nullable=False),
    Column("reviewer", Text),
    Column("reviewed_at", String(40)),
    Column("fingerprint", String(64), nullable=False, unique=True),
    Index("ix_candidates_status", "status"),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("role", String(20), nullable=False),
    Column("hash", String(128), nullable=False, unique=True),
    Column("created_at", String(40), nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)
